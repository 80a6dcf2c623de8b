"""The one way the network map is loaded and drawn: the window's map tab, ``netzplaner render`` and the board
workbook's map page each load a ``MapContent`` and ``draw`` it on a ``NetworkMapView``, so they cannot drift apart.

Loading is plain data and reads the document through ``services.network_map``: the map tab runs it on the worker.
Drawing touches the view and runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...analysis.layout import MapGeometry, compute_layout, fill_missing, network_map_guide
from ...services import network_map
from ...services.network_map import MapData
from . import map_style
from ..common.i18n import shown_day
from .map_filter import MapFilter, visible


def node_measure(data: MapData, measure: str, betweenness: np.ndarray | None = None) -> np.ndarray:
    """Node sizes in pixels for the chosen measure; the own firm is always the largest."""
    if measure == "degree":
        sizes = map_style.node_sizes(data.degree, base=7.0, spread=13.0)
    elif measure == "betweenness" and betweenness is not None:
        sizes = map_style.node_sizes(betweenness, base=7.0, spread=15.0)
    else:
        sizes = map_style.node_sizes(data.tie, base=6.0, spread=10.0)
    if data.own is not None:  # the largest element of the map, by far
        sizes[data.own] = max(float(sizes.max()) * 1.6, 34.0)
    return sizes


def title_of(ws, data: MapData) -> str:
    firm = data.names[data.own] if data.own is not None else ws.display_name
    when = shown_day(date.today())
    return QCoreApplication.translate("MapPanel", "Network of %1 · %2").replace("%1", firm).replace("%2", when)


@dataclass(frozen=True, eq=False)
class MapContent:
    """The map of one document: its data, where each partner sits, and the guide (rings and sectors) of the
    network-map layout while the partners follow it."""

    data: MapData
    positions: np.ndarray
    guide: MapGeometry | None
    search_names: tuple[str, ...] = ()  # the names A–Z (case-insensitive), for the search field's completer
    tags: tuple[str, ...] = ()  # every tag once, A–Z: the tag filter's choices

    @classmethod
    def load(cls, ws, layout: str | None = None) -> MapContent:
        """Read the map of ``ws``; positions as stored (missing ones placed), or arranged by ``layout``
        ("force", "concentric") for a picture only. Plain data: safe to run on the worker."""
        return cls.from_data(network_map.load_map(ws), layout)

    @classmethod
    def from_data(cls, data: MapData, layout: str | None = None) -> MapContent:
        """The map of one read of a network (the document now, or a saved state for the comparison mode)."""
        graph = data.layout_input()  # once per load: it sorts every name
        positions = compute_layout(layout, graph) if layout else fill_missing(graph)
        # sorted here, on the worker: the GUI thread only hands the lists to its widgets
        return cls(data, positions, network_map_guide(graph, positions),
                   search_names=tuple(sorted(data.names, key=str.casefold)),
                   tags=tuple(sorted({t for tags in data.tags for t in tags}, key=str.casefold)))

    def draw(self, view, map_filter: MapFilter = MapFilter(), *, measure: str = "tie",
             betweenness: np.ndarray | None = None, selected: Iterable[int] = (),
             fit: bool = False, finish: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Show the content on ``view`` through ``map_filter``; returns the masks of the nodes and ties shown.
        ``finish=False``: the legend, fit and names wait for ``view.finish()`` (``NetworkMapView.set_data``)."""
        nodes, edges = visible(self.data, map_filter)
        view.selected = list(selected)
        view.set_guides(self.guide)
        view.set_data(self.data, self.positions, nodes, edges, node_measure(self.data, measure, betweenness),
                      fit=fit, finish=finish)
        return nodes, edges
