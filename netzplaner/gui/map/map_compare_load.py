"""Reading two states of the network for the map's comparison mode: plain data, run on the worker.

A state is a saved snapshot or ``None`` for the document now (``gui.compare.states``); both are read as a
``services.network_read.NetworkRead`` and drawn the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...analysis.layout import fill_missing
from ...analysis.compare import diff_partners, diff_ties
from ...services.network_map import map_data
from ...services.network_read import NetworkRead
from ..compare.states import read_state
from .map_content import MapContent
from .map_diff import MapDiff, map_diff


@dataclass(frozen=True, eq=False)
class MapComparison:
    """The later state's map (drawn as it is: its positions) and the marks of what changed since the earlier."""

    before: object  # SnapshotInfo | None
    after: object
    content: MapContent
    diff: MapDiff


def compare_reads(before: NetworkRead, after: NetworkRead) -> tuple[MapContent, MapDiff]:
    """The later state's map and the marks of what changed: the comparison's own partner and tie diff
    (``analysis.compare``), without the per-network figures and the check the map does not show (at 10,000
    partners they are most of a full comparison's seconds)."""
    changes = {**diff_partners(before, after), **diff_ties(before, after)}  # a Comparison's lines, by name
    content = MapContent.from_data(map_data(after))
    old = map_data(before)
    positions = old.positions
    if np.isnan(positions).any():  # a partner that never had a place: where the map would have put it then
        positions = fill_missing(old.layout_input())
    return content, map_diff(changes, old, content.data, content.positions, positions)


def load_comparison(ws, before, after) -> MapComparison:
    content, diff = compare_reads(read_state(ws, before), read_state(ws, after))
    return MapComparison(before, after, content, diff)
