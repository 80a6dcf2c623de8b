"""Reading two states of the network for the map's comparison mode: plain data, run on the worker.

A state is a saved snapshot (``services.snapshots.SnapshotInfo``) or ``None`` for the document now; both are read
as a ``services.network_read.NetworkRead`` and drawn the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...analysis.layout import fill_missing
from ...services.network_map import map_data
from ...services.network_read import NetworkRead, read_network
from .map_content import MapContent
from .map_diff import MapDiff, map_diff


def list_states(ws) -> list:
    """Every state there is, oldest first: the snapshots, then ``None`` (now)."""
    from ...services.snapshots import list_snapshots

    return [*list_snapshots(ws), None]


def read_state(ws, state) -> NetworkRead:
    if state is None:
        return read_network(ws)
    from ...services.snapshots import read_snapshot

    return read_snapshot(ws, state.id)


@dataclass(frozen=True, eq=False)
class MapComparison:
    """The later state's map (drawn as it is: its positions) and the marks of what changed since the earlier."""

    before: object  # SnapshotInfo | None
    after: object
    content: MapContent
    diff: MapDiff


def compare_reads(before: NetworkRead, after: NetworkRead) -> tuple[MapContent, MapDiff]:
    content = MapContent.from_data(map_data(after))
    old = map_data(before)
    positions = old.positions
    if np.isnan(positions).any():  # a partner that never had a place: where the map would have put it then
        positions = fill_missing(old.layout_input())
    return content, map_diff(old, content.data, content.positions, positions)


def load_comparison(ws, before, after) -> MapComparison:
    content, diff = compare_reads(read_state(ws, before), read_state(ws, after))
    return MapComparison(before, after, content, diff)
