"""What changed on the map between two states of the network (issue 12, before/after on the map), as plain arrays
over the later state's map (numpy, no Qt): the comparison mode draws it over the later state, so the picture does
not jump.

What counts as new, lost, stronger, weaker, better or worse is the comparison's (``services.compare``, decided
once in ``analysis.compare``); this module only finds those partners and ties on the map. Lost partners and ties
become ghosts: a lost partner at its old position, a lost tie between the later positions of partners still there
and the old positions of those gone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ...domain.comparison import Comparison
from ...services.network_map import MapData


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


def map_diff(comparison: Comparison | Mapping[str, tuple], before: MapData, after: MapData,
             after_positions: np.ndarray, before_positions: np.ndarray) -> MapDiff:
    """The marks of ``comparison`` on the map of its later state; positions as drawn (stored ones, missing ones
    placed). ``comparison`` is a whole ``Comparison`` or only its partner and tie lines, by the names of its fields
    (what ``analysis.compare.diff_partners`` and ``diff_ties`` give)."""
    changes = comparison if isinstance(comparison, Mapping) else vars(comparison)

    def nodes(lines) -> np.ndarray:
        return np.array(sorted(after.index[x.id] for x in lines if x.id in after.index), dtype=np.int64)

    edge_index = {rid: k for k, rid in enumerate(after.edge_ids)}

    def edges(lines) -> np.ndarray:
        return np.array(sorted(edge_index[x.id] for x in lines if x.id in edge_index), dtype=np.int64)

    changed = [t for t in changes["tie_quality"] if t.quality_change]
    lost = np.array(sorted(before.index[x.id] for x in changes["partners_removed"] if x.id in before.index),
                    dtype=np.int64)
    old_edge_index = {rid: k for k, rid in enumerate(before.edge_ids)}
    gone = np.array([old_edge_index[t.id] for t in changes["ties_lost"] if t.id in old_edge_index], dtype=np.int64)
    # each end of a lost tie: where the partner sits now, or, gone too, where it sat
    where = np.array(before_positions, dtype=float).reshape(-1, 2).copy()
    for i, pid in enumerate(before.ids):
        j = after.index.get(pid)
        if j is not None:
            where[i] = after_positions[j]
    ends = where[before.edges[gone]] if len(gone) else np.zeros((0, 2, 2))
    return MapDiff(
        new_nodes=nodes(changes["partners_added"]), new_edges=edges(changes["ties_new"]),
        stronger=edges(changes["ties_stronger"]), weaker=edges(changes["ties_weaker"]),
        better=edges(t for t in changed if t.quality_change > 0),
        worse=edges(t for t in changed if t.quality_change < 0),
        ghost_ids=tuple(before.ids[i] for i in lost), ghost_names=tuple(before.names[i] for i in lost),
        ghost_kind=before.kind[lost] if len(lost) else np.zeros(0, dtype=np.int64),
        ghost_positions=where[lost] if len(lost) else np.zeros((0, 2)),
        ghost_edges=ends.reshape(-1, 2, 2), ghost_edge_ids=tuple(before.edge_ids[k] for k in gone))
