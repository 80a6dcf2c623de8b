"""What changed on the map between two states of the network (issue 12, before/after on the map), as plain arrays
over the later state's map (numpy, no Qt): the comparison mode draws it over the later state, so the picture does
not jump.

Ties are matched by their relationship id, partners by their partner id. A tie counts as stronger or weaker when
its strength changed, as better or worse when the quality index of its latest assessment moved by at least
``QUALITY_STEP`` points (a tie assessed for the first time is neither: it had nothing to compare with). Lost
partners and ties become ghosts: a lost partner at its old position, a lost tie between the later positions of
partners still there and the old positions of those gone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...services.network_map import MapData

QUALITY_STEP = 5.0  # points of the quality index: smaller moves are noise of a re-assessment


@dataclass(frozen=True, eq=False)
class MapDiff:
    """Indices into the later state's partners (``new_nodes``) and ties (the rest but the ghosts); the ghosts
    carry their own positions, names and kinds."""

    new_nodes: np.ndarray
    new_edges: np.ndarray
    stronger: np.ndarray
    weaker: np.ndarray
    better: np.ndarray
    worse: np.ndarray
    ghost_ids: tuple[str, ...]
    ghost_names: tuple[str, ...]
    ghost_kind: np.ndarray  # index into network_map.KINDS
    ghost_positions: np.ndarray  # (k, 2)
    ghost_edges: np.ndarray  # (j, 2, 2): both ends of each lost tie
    ghost_edge_ids: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not any(len(a) for a in (self.new_nodes, self.new_edges, self.stronger, self.weaker, self.better,
                                        self.worse, self.ghost_ids, self.ghost_edge_ids))

    def counts(self) -> dict[str, int]:
        """How many of each mark the map shows (the legend lists only what is there)."""
        return {"new_nodes": len(self.new_nodes), "new_edges": len(self.new_edges),
                "lost_nodes": len(self.ghost_ids), "lost_edges": len(self.ghost_edge_ids),
                "stronger": len(self.stronger), "weaker": len(self.weaker), "better": len(self.better),
                "worse": len(self.worse)}


def map_diff(before: MapData, after: MapData, after_positions: np.ndarray,
             before_positions: np.ndarray) -> MapDiff:
    """The marks of ``after`` compared with ``before``; positions as drawn (stored ones, missing ones placed)."""
    old_node = np.array([before.index.get(pid, -1) for pid in after.ids], dtype=np.int64).reshape(-1)
    new_nodes = np.flatnonzero(old_node < 0)
    lost = np.array([i for i, pid in enumerate(before.ids) if pid not in after.index], dtype=np.int64)

    old_edge_index = {rid: k for k, rid in enumerate(before.edge_ids)}
    old_edge = np.array([old_edge_index.get(rid, -1) for rid in after.edge_ids], dtype=np.int64).reshape(-1)
    kept = np.flatnonzero(old_edge >= 0)
    was = old_edge[kept]
    new_edges = np.flatnonzero(old_edge < 0)
    stronger = kept[after.strength[kept] > before.strength[was]]
    weaker = kept[after.strength[kept] < before.strength[was]]
    q_after, q_before = after.quality[kept], before.quality[was]
    both = np.isfinite(q_after) & np.isfinite(q_before)
    delta = np.where(both, q_after - q_before, 0.0)
    better, worse = kept[delta >= QUALITY_STEP], kept[delta <= -QUALITY_STEP]

    after_edges = set(after.edge_ids)
    gone = np.array([k for k, rid in enumerate(before.edge_ids) if rid not in after_edges], dtype=np.int64)
    # each end of a lost tie: where the partner sits now, or, gone too, where it sat
    where = before_positions.copy() if len(before_positions) else np.zeros((0, 2))
    for i, pid in enumerate(before.ids):
        j = after.index.get(pid)
        if j is not None:
            where[i] = after_positions[j]
    ends = where[before.edges[gone]] if len(gone) else np.zeros((0, 2, 2))
    return MapDiff(
        new_nodes=new_nodes, new_edges=new_edges, stronger=stronger, weaker=weaker, better=better, worse=worse,
        ghost_ids=tuple(before.ids[i] for i in lost), ghost_names=tuple(before.names[i] for i in lost),
        ghost_kind=before.kind[lost] if len(lost) else np.zeros(0, dtype=np.int64),
        ghost_positions=before_positions[lost] if len(lost) else np.zeros((0, 2)),
        ghost_edges=ends.reshape(-1, 2, 2), ghost_edge_ids=tuple(before.edge_ids[k] for k in gone))
