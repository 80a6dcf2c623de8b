"""Which partners and ties the map shows: a filter as plain data and the masks it gives (numpy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...services.network_map import MapData


@dataclass(frozen=True)
class MapFilter:
    dimensions: frozenset[int] = frozenset({0, 1, 2})  # indices into network_map.DIMENSIONS
    kinds: frozenset[int] | None = None  # indices into network_map.KINDS; None = every kind
    tag: str = ""  # "" = any tag
    min_strength: int = 1  # ties weaker than this are hidden
    min_quality: float = 0.0  # above 0, ties of lower (or no) quality are hidden
    hide_archived: bool = True

    @property
    def thins_ties(self) -> bool:
        return self.min_strength > 1 or self.min_quality > 0


def visible(data: MapData, f: MapFilter) -> tuple[np.ndarray, np.ndarray]:
    """(partner mask, tie mask). The own firm always shows. When ties are filtered by strength or quality,
    partners left without any shown tie disappear too: "show only strong ties" means their partners."""
    bits = sum(1 << d for d in f.dimensions)
    nodes = ((data.dimension_mask & bits) != 0) | (data.dimension_mask == 0)
    if f.kinds is not None:
        nodes &= np.isin(data.kind, list(f.kinds))
    if f.tag:
        key = f.tag.casefold()
        nodes &= np.array([any(t.casefold() == key for t in tags) for tags in data.tags], dtype=bool)
    if f.hide_archived:
        nodes &= ~data.archived
    if data.own is not None:
        nodes[data.own] = True
    if not len(data.edges):
        return nodes, np.zeros(0, dtype=bool)
    a, b = data.edges[:, 0], data.edges[:, 1]
    ties = nodes[a] & nodes[b] & (data.strength >= f.min_strength)
    if f.min_quality > 0:
        with np.errstate(invalid="ignore"):
            ties &= np.nan_to_num(data.quality, nan=-1.0) >= f.min_quality
    if f.thins_ties:
        touched = np.zeros(data.n, dtype=bool)
        touched[a[ties]] = touched[b[ties]] = True
        nodes &= touched
        if data.own is not None:
            nodes[data.own] = True
    return nodes, ties
