"""The marks of the map's comparison mode, drawn over the later state (issue 12): new partners ringed and new ties
underlaid in magenta (a colour neither a network nor a quality uses), lost partners and ties as grey dashed
ghosts, and at the middle of a tie a triangle for a change: up or down for its strength (dark), up or down for its
quality (green, red). The view calls ``draw`` after each redraw and adds ``legend_entries`` to its legend.

A few items for all marks (one curve, one scatter each), so 10,000 partners stay quick.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from . import map_style as style
from .map_diff import MapDiff
from .map_items import MarkLayer
from .map_legend import LegendSample, line_sample, symbol_sample

NEW_COLOUR = "#d81b60"
GHOST_COLOUR = "#90a4ae"
STRENGTH_COLOUR = "#37474f"
BETTER_COLOUR, WORSE_COLOUR = "#2e7d32", "#c62828"
UP, DOWN = "t1", "t"  # pyqtgraph's triangle up and down
GHOST_NAMES = 12  # up to this many lost partners are named beside their ghost (more would bury the map)


def _dashed(colour: str, width: float) -> pg.QtGui.QPen:
    pen = pg.mkPen(colour, width=width)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


class CompareOverlay:
    """The comparison's marks on one map view."""

    def __init__(self, diff: MapDiff, caption: str = "") -> None:
        self.diff = diff
        self.caption = caption  # which two states, for the legend's head
        self.ghost_edges = pg.PlotCurveItem(connect="pairs", pen=_dashed(GHOST_COLOUR, 1.6))
        self.ghost_edges.setZValue(4)
        self.new_edges = pg.PlotCurveItem(connect="pairs")
        self.new_edges.setZValue(5)  # under the ties, so the tie's own colour (its quality) stays readable
        self.ghost_nodes = MarkLayer(pxMode=True)
        self.ghost_nodes.setZValue(8)
        self.new_nodes = MarkLayer(pxMode=True, brush=None)
        self.new_nodes.setZValue(12.5)
        self.changes = MarkLayer(pxMode=True)
        self.changes.setZValue(12.6)
        self.items = (self.ghost_edges, self.new_edges, self.ghost_nodes, self.new_nodes, self.changes)
        self.ghost_labels: list[pg.TextItem] = []
        self._view = None

    def attach(self, view) -> None:
        self._view = view
        for item in self.items:
            view.viewbox.addItem(item)

    def detach(self) -> None:
        if self._view is not None:
            for item in (*self.items, *self.ghost_labels):
                self._view.viewbox.removeItem(item)
        self.ghost_labels = []
        self._view = None

    def _name_ghosts(self, view) -> None:
        """The names of a few lost partners beside their ghosts (made once; a redraw only sets their font)."""
        d = self.diff
        if len(d.ghost_ids) > (GHOST_NAMES // 3 if view.presentation else GHOST_NAMES):
            for item in self.ghost_labels:
                item.hide()
            return
        font = view._font(view.label_pixels * 0.9)
        font.setItalic(True)
        if not self.ghost_labels:
            for name, (x, y) in zip(d.ghost_names, d.ghost_positions.tolist()):
                label = pg.TextItem(name, color="#607d8b", anchor=(-0.12, 0.5))
                label.setPos(x, y)
                label.setZValue(8.5)
                view.viewbox.addItem(label)
                self.ghost_labels.append(label)
        for label in self.ghost_labels:
            label.setFont(font)
            label.show()

    def draw(self, view) -> None:
        """Draw the marks for what ``view`` shows now (its positions, filters and sizes)."""
        d, scale = self.diff, view.scale
        positions, data = view.positions, view.data
        sizes = view._shown_sizes() * scale
        edges = np.flatnonzero(view.edge_mask)
        shown_edge = np.zeros(len(view.edge_mask), dtype=bool)
        shown_edge[edges] = True

        new_edges = d.new_edges[shown_edge[d.new_edges]] if len(d.new_edges) else d.new_edges
        xy = positions[data.edges[new_edges].ravel()] if len(new_edges) else np.zeros((0, 2))
        colour = pg.mkColor(NEW_COLOUR)
        colour.setAlpha(110)
        self.new_edges.setData(xy[:, 0], xy[:, 1], connect="pairs", pen=pg.mkPen(colour, width=7 * scale))

        new_nodes = d.new_nodes[view.node_mask[d.new_nodes]] if len(d.new_nodes) else d.new_nodes
        self.new_nodes.setData(pos=positions[new_nodes], size=sizes[new_nodes] + 9 * scale, symbol="o",
                               brush=None, pen=pg.mkPen(NEW_COLOUR, width=2.6 * scale))

        ghosts = d.ghost_edges.reshape(-1, 2)
        self.ghost_edges.setData(ghosts[:, 0], ghosts[:, 1], connect="pairs", pen=_dashed(GHOST_COLOUR, 1.6 * scale))
        ghost_size = max(float(np.median(sizes)) if len(sizes) else 10.0, 14.0 * scale)
        ghost_fill = pg.mkColor(GHOST_COLOUR)
        ghost_fill.setAlpha(70)
        self.ghost_nodes.setData(pos=d.ghost_positions, size=ghost_size,
                                 symbol=style.SYMBOL_OF_KIND[d.ghost_kind].tolist() if len(d.ghost_kind) else "o",
                                 brush=pg.mkBrush(ghost_fill), pen=_dashed("#78909c", 1.6 * scale))
        self._name_ghosts(view)

        points, symbols, brushes = [], [], []
        for indices, symbol, colour, at in ((d.stronger, UP, STRENGTH_COLOUR, 0.4),
                                            (d.weaker, DOWN, STRENGTH_COLOUR, 0.4),
                                            (d.better, UP, BETTER_COLOUR, 0.6), (d.worse, DOWN, WORSE_COLOUR, 0.6)):
            shown = indices[shown_edge[indices]] if len(indices) else indices
            if len(shown):
                a, b = positions[data.edges[shown, 0]], positions[data.edges[shown, 1]]
                points.append(a + (b - a) * at)
                symbols += [symbol] * len(shown)
                brushes += [pg.mkBrush(colour)] * len(shown)
        if points:
            self.changes.setData(pos=np.vstack(points), symbol=symbols, brush=brushes, size=13 * scale,
                                 pen=pg.mkPen("w", width=1))
        else:
            self.changes.clear()

    def legend_entries(self) -> list[tuple[LegendSample, str]]:
        """(sample, text) for each kind of mark the map shows, in the legend's order."""
        translate = QCoreApplication.translate
        counts = self.diff.counts()
        ghost_fill = pg.mkColor(GHOST_COLOUR)
        ghost_fill.setAlpha(70)

        new_line = pg.mkColor(NEW_COLOUR)
        new_line.setAlpha(110)
        rows = [
            ("new_nodes", symbol_sample("o", None, pg.mkPen(NEW_COLOUR, width=2.6), 14),
             translate("MapCompare", "New partner (%1)")),
            ("new_edges", line_sample(pg.mkPen(new_line, width=7)),
             translate("MapCompare", "New relationship (%1)")),
            ("lost_nodes", symbol_sample("o", pg.mkBrush(ghost_fill), _dashed(GHOST_COLOUR, 1.4)),
             translate("MapCompare", "Partner gone (ghost, %1)")),
            ("lost_edges", line_sample(_dashed(GHOST_COLOUR, 1.6)),
             translate("MapCompare", "Relationship gone (%1)")),
            ("stronger", symbol_sample(UP, pg.mkBrush(STRENGTH_COLOUR), pg.mkPen("w")),
             translate("MapCompare", "Stronger (%1)")),
            ("weaker", symbol_sample(DOWN, pg.mkBrush(STRENGTH_COLOUR), pg.mkPen("w")),
             translate("MapCompare", "Weaker (%1)")),
            ("better", symbol_sample(UP, pg.mkBrush(BETTER_COLOUR), pg.mkPen("w")),
             translate("MapCompare", "Quality better (%1)")),
            ("worse", symbol_sample(DOWN, pg.mkBrush(WORSE_COLOUR), pg.mkPen("w")),
             translate("MapCompare", "Quality worse (%1)")),
        ]
        entries = [(item, text.replace("%1", str(counts[key]))) for key, item, text in rows if counts[key]]
        if not entries:
            entries.append((line_sample(pg.mkPen(200, 200, 200)),  # a faint line, as before
                            translate("MapCompare", "No change between the two states")))
        return entries
