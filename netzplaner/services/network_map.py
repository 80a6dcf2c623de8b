"""What the network map shows, read in one go as plain arrays, and the edits the map makes (positions).

The map of 20,000 partners and 100,000 relationships is read column-wise (no dataclass per row), so that a
reload after an edit stays short.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..analysis.layout import NO_NETWORK, LayoutInput, LayoutKind, compute_layout
from ..domain.enums import Criterion, Dimension, PartnerKind, RelationshipKind
from ..domain.errors import ValidationError
from ..domain.quality import latest_per_relationship, quality_index
from .commands import Command, SetColumns
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
    with ws.reading() as uow:
        partners = uow.rows("partner", ("id", "name", "kind", "city", "country", "archived", "is_own_firm",
                                         "pos_x", "pos_y"), order_by="name_key")
        dimension_rows = uow.collection_rows("partner", "dimensions")
        tag_rows = uow.collection_rows("partner", "tags")
        relationships = uow.rows("relationship", ("id", "source_id", "target_id", "strength", "kind"))
        assessments = uow.rows("assessment", ("relationship_id", "assessed_on", "id",
                                              *(str(c) for c in Criterion)))
    ids = tuple(row[0] for row in partners)
    index = {pid: i for i, pid in enumerate(ids)}
    n = len(ids)
    kind_index = {str(k): i for i, k in enumerate(KINDS)}
    dimension_bit = {str(d): 1 << i for i, d in enumerate(DIMENSIONS)}
    mask = np.zeros(n, dtype=np.int64)
    for owner, value in dimension_rows:
        mask[index[owner]] |= dimension_bit[value]
    tags: list[list[str]] = [[] for _ in range(n)]
    for owner, value in tag_rows:
        tags[index[owner]].append(value)
    own = next((i for i, row in enumerate(partners) if row[6]), None)
    positions = np.array([(np.nan if row[7] is None else row[7], np.nan if row[8] is None else row[8])
                          for row in partners], dtype=float).reshape(n, 2)

    edges = np.array([(index[r[1]], index[r[2]]) for r in relationships], dtype=np.int64).reshape(-1, 2)
    strength = np.array([r[3] for r in relationships], dtype=np.int64)
    rel_kind_index = {str(k): i for i, k in enumerate(RELATIONSHIP_KINDS)}
    edge_kind = np.array([rel_kind_index[r[4]] for r in relationships], dtype=np.int64)
    tie = np.zeros(n, dtype=np.int64)
    if own is not None and len(edges):
        for column in (0, 1):
            touching = edges[:, 1 - column] == own
            np.maximum.at(tie, edges[touching, column], strength[touching])
    return MapData(
        ids=ids, names=tuple(row[1] for row in partners), cities=tuple(row[3] or "" for row in partners),
        countries=tuple(row[4] or "" for row in partners), tags=tuple(tuple(sorted(t)) for t in tags),
        kind=np.array([kind_index[row[2]] for row in partners], dtype=np.int64), dimension_mask=mask,
        archived=np.array([bool(row[5]) for row in partners], dtype=bool), own=own, positions=positions,
        tie=tie, edge_ids=tuple(r[0] for r in relationships), edges=edges, strength=strength,
        edge_kind=edge_kind, quality=_latest_quality([r[0] for r in relationships], assessments), index=index)


def _latest_quality(relationship_ids: list[str], assessments: list[tuple]) -> np.ndarray:
    """The quality index of each relationship's latest assessment (rows: relationship, date, id, scores...)."""
    latest = latest_per_relationship((row[0], row[1], row[2], row[3:]) for row in assessments)
    quality = np.full(len(relationship_ids), np.nan)
    for k, rid in enumerate(relationship_ids):
        index = quality_index(latest[rid]) if rid in latest else None
        if index is not None:
            quality[k] = index
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
