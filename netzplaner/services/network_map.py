"""What the network map shows, read in one go as plain arrays, and the edits the map makes (positions).

The map of 20,000 partners and 100,000 relationships is read column-wise (no dataclass per row), so that a
reload after an edit stays short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

import numpy as np

from ..analysis.layout import NO_NETWORK, LayoutInput, LayoutKind, compute_layout
from ..domain.enums import Dimension, PartnerKind, RelationshipKind
from ..domain.errors import ValidationError
from ..domain.quality import SCORE_MAX, SCORE_MIN
from .commands import Command, SetColumns
from .memory import collector_paused
from .network_read import NetworkRead, read_network
from .workspace import Workspace

DIMENSIONS = tuple(Dimension)
KINDS = tuple(PartnerKind)
RELATIONSHIP_KINDS = tuple(RelationshipKind)


@dataclass(frozen=True, eq=False)
class MapData:
    """Partners (index i) and relationships (index k) of one document as arrays."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    cities: tuple[str, ...]
    countries: tuple[str, ...]
    tags: tuple[tuple[str, ...], ...]
    kind: np.ndarray  # (n,) index into KINDS
    dimension_mask: np.ndarray  # (n,) bit d set when the partner belongs to DIMENSIONS[d]
    archived: np.ndarray  # (n,) bool
    own: int | None  # index of the own firm
    positions: np.ndarray  # (n, 2) stored positions, NaN where there is none
    tie: np.ndarray  # (n,) strongest direct tie to the own firm, 0 if none
    edge_ids: tuple[str, ...]
    edges: np.ndarray  # (m, 2) partner indices
    strength: np.ndarray  # (m,) 1–5
    edge_kind: np.ndarray  # (m,) index into RELATIONSHIP_KINDS
    quality: np.ndarray  # (m,) quality index 0–100 of the latest assessment, NaN if not assessed
    index: dict[str, int] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def sector(self) -> np.ndarray:
        """The first dimension of each partner (0 regional, 1 thematic, 2 international); 3 if it has none."""
        mask = self.dimension_mask
        return np.where(mask & 1, 0, np.where(mask & 2, 1, np.where(mask & 4, 2, NO_NETWORK)))

    @property
    def degree(self) -> np.ndarray:
        return (np.bincount(self.edges[:, 0], minlength=self.n)
                + np.bincount(self.edges[:, 1], minlength=self.n)) if len(self.edges) else np.zeros(self.n, int)

    def layout_input(self, *, keep_positions: bool = True) -> LayoutInput:
        names = np.array(self.names, dtype=object)
        order = np.lexsort((np.array([n.casefold() for n in names], dtype=object).astype(str), self.kind))
        rank = np.empty(self.n, dtype=np.int64)
        rank[order] = np.arange(self.n)
        return LayoutInput(edges=self.edges, weights=self.strength.astype(float), sector=self.sector,
                           tie=self.tie, order=rank, centre=self.own,
                           initial=self.positions if keep_positions else None)


def load_map(ws: Workspace) -> MapData:
    """The map of the document, from one column-wise read (shared with the check and the workbook of the same
    command inside ``network_read.sharing``)."""
    return map_data(read_network(ws))


def map_data(read: NetworkRead) -> MapData:
    """The map's arrays from a read of the document: partners ordered by name (case-insensitive), as the map and
    its layouts expect. Column-wise: a dictionary look-up per row at most, no Python loop over the rows (the first
    map frame at 10,000 partners waits for it)."""
    with collector_paused():
        return _map_data(read)


def _map_data(read: NetworkRead) -> MapData:
    p, r = read.partners, read.relationships
    order = sorted(range(read.partner_count), key=p["name_key"].__getitem__)
    n = len(order)

    def ordered(column: str) -> list:
        values = p[column]
        return [values[i] for i in order]

    ids = tuple(ordered("id"))
    index = dict(zip(ids, range(n)))
    dimension_bit = {str(d): 1 << i for i, d in enumerate(DIMENSIONS)}
    masks = {held: sum(dimension_bit[d] for d in held) for held in set(p["dimensions"])}  # a few combinations
    mask = np.fromiter(map(masks.__getitem__, ordered("dimensions")), np.int64, n)
    own = next((k for k, flag in enumerate(ordered("is_own_firm")) if flag), None)
    at = np.array(order, dtype=np.int64)
    # None becomes NaN in a float array: "no stored position"
    positions = np.column_stack([np.array(p["pos_x"], dtype=float).reshape(-1)[at],
                                 np.array(p["pos_y"], dtype=float).reshape(-1)[at]]).reshape(n, 2)

    m = len(r["id"])
    edges = np.column_stack([np.fromiter(map(index.__getitem__, r["source_id"]), np.int64, m),
                             np.fromiter(map(index.__getitem__, r["target_id"]), np.int64, m)]).reshape(m, 2)
    strength = np.array(r["strength"], dtype=np.int64).reshape(m)
    rel_kind_index = {str(k): i for i, k in enumerate(RELATIONSHIP_KINDS)}
    edge_kind = np.fromiter(map(rel_kind_index.__getitem__, r["kind"]), np.int64, m)
    tie = np.zeros(n, dtype=np.int64)
    if own is not None and len(edges):
        for column in (0, 1):
            touching = edges[:, 1 - column] == own
            np.maximum.at(tie, edges[touching, column], strength[touching])
    kind_index = {str(k): i for i, k in enumerate(KINDS)}
    return MapData(
        ids=ids, names=tuple(ordered("name")), cities=tuple(c or "" for c in ordered("city")),
        countries=tuple(c or "" for c in ordered("country")),
        tags=tuple(t if not t else tuple(sorted(t)) for t in ordered("tags")),
        kind=np.fromiter(map(kind_index.__getitem__, ordered("kind")), np.int64, n), dimension_mask=mask,
        archived=np.array(ordered("archived"), dtype=bool).reshape(n), own=own, positions=positions,
        tie=tie, edge_ids=tuple(r["id"]), edges=edges, strength=strength, edge_kind=edge_kind,
        quality=tie_quality(r["id"], read.latest), index=index)


def tie_quality(relationship_ids: list[str], latest: dict) -> np.ndarray:
    """The quality index (0–100) of each relationship's assessment that counts, NaN where none: the same figures
    as ``domain.quality.quality_index``, for every tie at once."""
    quality = np.full(len(relationship_ids), np.nan)
    assessed = np.fromiter(map(latest.__contains__, relationship_ids), bool, len(relationship_ids))
    if not assessed.any():
        return quality
    # one row of scores per assessed tie, None -> NaN (a row maps criteria to scores, or is the scores alone)
    held = list(map(itemgetter(1), map(latest.__getitem__, compress(relationship_ids, assessed))))
    scores = np.array(list(map(list, map(dict.values, held) if isinstance(held[0], dict) else held)), dtype=float)
    scores = scores.reshape(len(held), -1)
    scored = np.isfinite(scores)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(scored, scores, 0.0).sum(axis=1) / scored.sum(axis=1)  # 0 / 0: NaN, nothing scored
        # as quality_index: the mean mapped from SCORE_MIN..SCORE_MAX onto 0..100, rounded to one place (numpy
        # and Python both round halves to even, and a half here is exact in binary)
        quality[assessed] = np.round((mean - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * 100.0, 1)
    return quality


def layout_positions(data: MapData, kind: LayoutKind | str, **options) -> np.ndarray:
    """Run a layout over the map's data (pure computation: safe on a worker thread, writes nothing)."""
    return compute_layout(kind, data.layout_input(), **options)


def place_partners(ws: Workspace, data: MapData, positions: np.ndarray, kind: LayoutKind | str) -> Command:
    """The command that stores the positions a layout computed, as one undo step."""
    values = {data.ids[i]: {"pos_x": float(positions[i, 0]), "pos_y": float(positions[i, 1])}
              for i in range(data.n)}
    if not values:
        raise ValidationError("pos_x", "There is no partner to move.")
    if LayoutKind(kind) is LayoutKind.FORCE:
        template = "Arrange {count} partners by connections"
    else:
        template = "Arrange {count} partners in rings around us"
    return SetColumns("partner", values, template, count=len(values))


def store_layout(ws: Workspace, kind: LayoutKind | str) -> None:
    """Compute a layout and store it, not undoable (new documents: opening one never has to lay it out)."""
    data = load_map(ws)
    if data.n:
        ws.apply(place_partners(ws, data, layout_positions(data, kind), kind))
