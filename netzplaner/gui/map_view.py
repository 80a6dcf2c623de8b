"""The network map drawn with pyqtgraph: one scatter item for all partners, a few line items for the ties.

Speed at 10,000 partners and 50,000 ties (measured, see tests/benchmarks/bench_map.py): one item per node or tie
would draw a few frames per second; batched items with ``connect='pairs'`` draw 7–11 when the lines are wider
than one pixel, and 130–250 with one-pixel lines. So while the view moves, every tie is drawn one pixel wide (and
at most ``MOVING_EDGE_BUDGET`` of them, strongest first); 150 ms after it stops the widths come back.
Antialiasing is off: it halves the frame rate.

The view only draws and reports gestures (``selectionRequested``, ``editRequested``, ``nodesMoved``); the map panel
turns them into commands and selection changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSizePolicy

from ..analysis.layout import RADIUS
from ..services.network_map import MapData
from . import map_style as style
from .map_items import MapViewBox, MarkLayer, NodeLayer, selection_pen
from .map_guides import guide_items
from .map_legend import build_legend

MOVING_EDGE_BUDGET = 60_000
THIN_WHILE_MOVING = 2_000  # below this many ties, wide lines cost nothing worth saving
SETTLE_MS = 150


class NetworkMapView(pg.GraphicsLayoutWidget):
    selectionRequested = Signal(object, bool)  # list of partner indices, add to the current selection
    editRequested = Signal(int)
    nodesMoved = Signal(object)  # {partner index: (x, y)}, once, when a drag ends (object: a dict would lose int keys)

    def __init__(self, parent=None) -> None:
        self.viewbox = MapViewBox()
        super().__init__(parent, border=False)
        self.setBackground(style.BACKGROUND)
        self.setObjectName("networkMap")
        self.setAntialiasing(False)
        # the title (shown only in pictures) spans the top; the legend sits beside the map, never on it
        self.title = self.ci.addLabel("", row=0, col=0, colspan=2, size="13pt", color="#212121")
        self.title.setMaximumHeight(0)
        self.plot_item = self.ci.addPlot(row=1, col=0, viewBox=self.viewbox)
        for axis in ("left", "bottom"):
            self.plot_item.hideAxis(axis)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.data: MapData | None = None
        self.positions = np.zeros((0, 2))
        self.node_mask = np.zeros(0, dtype=bool)
        self.edge_mask = np.zeros(0, dtype=bool)
        self.sizes = np.zeros(0)
        self.selected: list[int] = []
        self.neighbourhood = False
        self.presentation = False
        self.show_legend = True
        self.tooltip_provider = None  # partner index -> text; the panel sets one with the key facts
        self._edge_items: dict[tuple[int, int], pg.PlotCurveItem] = {}
        self._edge_counts: dict[tuple[int, int], int] = {}
        self._drag_start: np.ndarray | None = None
        self._drag_indices: list[int] = []

        self.nodes = NodeLayer()
        self.nodes.setZValue(10)
        self.nodes.opts["tip"] = self._tooltip
        self.highlight_edges = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen("#37474f", width=2.2))
        self.highlight_edges.setZValue(9)
        self.highlight_nodes = MarkLayer(pxMode=True)
        self.highlight_nodes.setZValue(11)
        self.selection_marks = MarkLayer(pxMode=True, brush=None, pen=selection_pen())
        self.selection_marks.setZValue(12)
        for item in (self.nodes, self.highlight_edges, self.highlight_nodes, self.selection_marks):
            self.viewbox.addItem(item)
        self._labels: list[pg.TextItem] = []
        self._guides: list = []
        self.guides_shown = False
        self._legend = None

        self.nodes.nodeClicked.connect(lambda i, toggle: self.selectionRequested.emit([i], toggle))
        self.nodes.nodeDoubleClicked.connect(self.editRequested)
        self.nodes.nodeDragged.connect(self._drag)
        self.viewbox.groundClicked.connect(lambda: self.selectionRequested.emit([], False))
        self.viewbox.bandSelected.connect(self._band_selected)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._settled)
        self._label_timer = QTimer(self, singleShot=True, interval=60, timeout=self.update_labels)
        self.viewbox.sigRangeChanged.connect(self._range_changed)
        self.moving = False

    # -- what to draw -----------------------------------------------------------------------------------

    def set_data(self, data: MapData, positions: np.ndarray, node_mask: np.ndarray, edge_mask: np.ndarray,
                 sizes: np.ndarray, *, fit: bool = False) -> None:
        self.data, self.positions = data, np.asarray(positions, dtype=float)
        self.node_mask, self.edge_mask, self.sizes = node_mask, edge_mask, np.asarray(sizes, dtype=float)
        self.selected = [i for i in self.selected if i < data.n]
        self._static_styles()
        self.redraw()
        if fit:
            self.fit()

    def _static_styles(self) -> None:
        data = self.data
        brushes = {}
        pens = {}
        self._brush = np.empty(data.n, dtype=object)
        self._pen = np.empty(data.n, dtype=object)
        white = pg.mkPen(style.BACKGROUND, width=0.8)
        for i, mask in enumerate(data.dimension_mask.tolist()):
            if mask not in brushes:
                brushes[mask] = pg.mkBrush(style.dimension_colour(mask))
                multi = bin(mask).count("1") > 1
                pens[mask] = pg.mkPen(style.dimension_colour(mask, second=True), width=2.6) if multi else white
            self._brush[i], self._pen[i] = brushes[mask], pens[mask]
        self._symbol = style.SYMBOL_OF_KIND[data.kind].copy()
        if data.own is not None:
            self._brush[data.own] = pg.mkBrush(style.OWN_FIRM_COLOUR)
            self._pen[data.own] = white
            self._symbol[data.own] = style.OWN_FIRM_SYMBOL

    def redraw(self) -> None:
        """Draw nodes, ties, highlights and labels from the current state."""
        if self.data is None:
            return
        self._draw_nodes()
        self._draw_edges()
        self._draw_highlights()
        self.update_legend()
        self.update_labels()

    def _shown_sizes(self) -> np.ndarray:
        return self.sizes * (1.5 if self.presentation else 1.0)

    def _draw_nodes(self) -> None:
        shown = np.flatnonzero(self.node_mask)
        sizes = self._shown_sizes()
        self.nodes.setData(pos=self.positions[shown], size=sizes[shown], symbol=self._symbol[shown],
                           brush=self._brush[shown], pen=self._pen[shown], data=shown)

    def _draw_edges(self) -> None:
        data = self.data
        shown = np.flatnonzero(self.edge_mask)
        band = style.quality_band(data.quality[shown])
        strength = data.strength[shown]
        alpha = style.edge_alpha(len(shown))
        groups = {}
        if len(shown):
            key = strength * 10 + band
            order = np.argsort(key, kind="stable")
            keys, starts = np.unique(key[order], return_index=True)
            for k, part in zip(keys.tolist(), np.split(order, starts[1:])):
                groups[(k // 10, k % 10)] = shown[part]
        for key in list(self._edge_items):
            if key not in groups:
                self.viewbox.removeItem(self._edge_items.pop(key))
                self._edge_counts.pop(key, None)
        for (strength_value, band_value), edges in groups.items():
            item = self._edge_items.get((strength_value, band_value))
            if item is None:
                colour = QColor(style.band_colour(band_value))
                colour.setAlpha(alpha)
                item = pg.PlotCurveItem(connect="pairs", antialias=False)
                item.setZValue(strength_value)  # strong ties on top of weak ones
                item.setPen(pg.mkPen(colour, width=style.STRENGTH_WIDTH[strength_value]))
                self.viewbox.addItem(item)
                self._edge_items[(strength_value, band_value)] = item
            else:
                colour = item.opts["pen"].color()
                if colour.alpha() != alpha:
                    colour.setAlpha(alpha)
                    item.setPen(pg.mkPen(colour, width=style.STRENGTH_WIDTH[strength_value]))
            ends = data.edges[edges]
            xy = self.positions[ends.ravel()]
            item.setData(xy[:, 0], xy[:, 1], connect="pairs")
            self._edge_counts[(strength_value, band_value)] = len(edges)

    def _draw_highlights(self) -> None:
        data = self.data
        selected = [i for i in self.selected if self.node_mask[i]]
        sizes = self._shown_sizes()
        if selected:
            self.selection_marks.setData(pos=self.positions[selected], size=sizes[selected] + 8,
                                         symbol=self._symbol[selected], brush=None, pen=selection_pen())
        else:
            self.selection_marks.clear()
        dim = self.neighbourhood and bool(selected)
        for item in (self.nodes, *self._edge_items.values()):
            item.setOpacity(0.15 if dim else 1.0)
        if not dim:
            self.highlight_edges.setData([], [])
            self.highlight_nodes.clear()
            return
        chosen = np.zeros(data.n, dtype=bool)
        chosen[selected] = True
        a, b = data.edges[:, 0], data.edges[:, 1]
        touching = self.edge_mask & (chosen[a] | chosen[b])
        near = chosen.copy()
        near[a[touching]] = near[b[touching]] = True
        near &= self.node_mask
        xy = self.positions[data.edges[touching].ravel()]
        self.highlight_edges.setData(xy[:, 0], xy[:, 1], connect="pairs")
        shown = np.flatnonzero(near)
        self.highlight_nodes.setData(pos=self.positions[shown], size=sizes[shown], symbol=self._symbol[shown],
                                     brush=self._brush[shown], pen=self._pen[shown], data=shown)

    def set_selection(self, indices: list[int]) -> None:
        self.selected = list(indices)
        if self.data is not None:
            self._draw_highlights()
            self.update_labels()

    def set_neighbourhood(self, on: bool) -> None:
        self.neighbourhood = on
        if self.data is not None:
            self._draw_highlights()

    def set_guides(self, on: bool) -> None:
        """Rings and sector names of the network map layout (the panel knows whether the partners follow it)."""
        for item in self._guides:
            self.viewbox.removeItem(item)
        self._guides = guide_items(large=self.presentation) if on else []
        for item in self._guides:
            self.viewbox.addItem(item)
        self.guides_shown = on

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.redraw()
        if self.guides_shown:
            self.set_guides(True)

    # -- legend and labels ------------------------------------------------------------------------------

    def update_legend(self) -> None:
        if self._legend is not None:
            self.ci.removeItem(self._legend)
            self._legend.deleteLater()
            self._legend = None
        if self.show_legend and self.data is not None:
            self._legend = build_legend(self.data, self.node_mask, self.edge_mask, large=self.presentation)
            self.ci.addItem(self._legend, row=1, col=1)
            self._legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.ci.layout.setAlignment(self._legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def set_title(self, text: str | None) -> None:
        """A title above the map, for pictures; ``None`` removes it."""
        self.title.setText(text or "", size="18pt" if self.presentation else "13pt", color="#212121", bold=True)
        self.title.setMaximumHeight(60 if text else 0)

    def update_labels(self) -> None:
        """Names of the most important partners in view, as many as fit without overlapping."""
        for label in self._labels:
            self.viewbox.removeItem(label)
        self._labels.clear()
        if self.data is None or self.moving:
            return
        rect = self.viewbox.viewRect()
        width_px = max(self.viewbox.width(), 1.0)
        height_px = max(self.viewbox.height(), 1.0)
        scale_x, scale_y = width_px / max(rect.width(), 1e-9), height_px / max(rect.height(), 1e-9)
        pos = self.positions
        inside = self.node_mask & (pos[:, 0] >= rect.left()) & (pos[:, 0] <= rect.right()) \
            & (pos[:, 1] >= rect.top()) & (pos[:, 1] <= rect.bottom())
        candidates = np.flatnonzero(inside)
        importance = self.sizes[candidates].copy()
        if self.data.own is not None:
            importance[candidates == self.data.own] = 1e9
        importance[np.isin(candidates, self.selected)] = 1e8
        ranked = candidates[np.argsort(-importance, kind="stable")][:400]
        point_size = 14 if self.presentation else 9
        char_w, line_h = point_size * 0.75, point_size * 1.6  # generous: overlapping names are unreadable
        limit = 25 if self.presentation else 40
        taken: list[tuple[float, float, float, float]] = []
        font = QFont()
        font.setPointSize(point_size)
        for i in ranked.tolist():
            name = self.data.names[i]
            bold = i == self.data.own or i in self.selected  # named in full
            text = name if len(name) <= 30 or bold else name[:29] + "…"
            x = (pos[i, 0] - rect.left()) * scale_x + self._shown_sizes()[i] / 2 + 3
            y = (rect.bottom() - pos[i, 1]) * scale_y - line_h / 2
            box = (x, y, x + len(text) * char_w, y + line_h)
            if any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
                continue
            taken.append(box)
            label = pg.TextItem(text, color="#212121", anchor=(0, 0.5))
            item_font = QFont(font)
            item_font.setBold(bold)
            label.setFont(item_font)
            label.setPos(pos[i, 0] + (self._shown_sizes()[i] / 2 + 3) / scale_x, pos[i, 1])
            label.setZValue(20)
            self.viewbox.addItem(label, ignoreBounds=True)
            self._labels.append(label)
            if len(self._labels) >= limit:
                break

    @property
    def label_texts(self) -> list[str]:
        return [label.toPlainText() for label in self._labels]

    def dispose(self) -> None:
        """Stop the timers before the view goes (a pending label update must not touch a deleted view box)."""
        self._settle.stop()
        self._label_timer.stop()
        self.viewbox.sigRangeChanged.disconnect(self._range_changed)

    # -- moving the view --------------------------------------------------------------------------------

    def fit(self) -> None:
        shown = self.positions[self.node_mask] if self.data is not None else np.zeros((0, 2))
        if self.guides_shown:  # the whole disc with its sector names
            reach = RADIUS + 1.3
            shown = np.vstack([shown, [[-reach, -reach], [reach, reach]]])
        if len(shown):
            lo, hi = shown.min(axis=0), shown.max(axis=0)
            pad = max(float((hi - lo).max()) * 0.06, 0.5)
            # more room on the right, where the labels of the outermost partners go
            self.viewbox.setRange(QRectF(QPointF(lo[0] - pad, lo[1] - pad),
                                         QPointF(hi[0] + 3 * pad, hi[1] + pad)), padding=0)
        self.update_labels()

    def centre_on(self, index: int) -> None:
        rect = self.viewbox.viewRect()
        span = min(rect.width(), rect.height(), 3.0)
        x, y = self.positions[index]
        self.viewbox.setRange(QRectF(x - span / 2, y - span / 2, span, span), padding=0)

    def _range_changed(self, *_args) -> None:
        total = sum(self._edge_counts.values())
        if total > THIN_WHILE_MOVING and not self.moving:
            self.moving = True
            kept = 0
            for key in sorted(self._edge_items, key=lambda k: -k[0]):  # strongest ties first
                item = self._edge_items[key]
                kept += self._edge_counts.get(key, 0)
                item.setVisible(kept <= MOVING_EDGE_BUDGET)
                item.setPen(pg.mkPen(item.opts["pen"].color(), width=1))
            for label in self._labels:
                label.hide()
        if self.moving:
            self._settle.start()
        else:
            self._label_timer.start()

    def settle(self) -> None:
        """Draw as at rest now (for pictures), without waiting for the settle timer."""
        self._settle.stop()
        self._settled()

    def _settled(self) -> None:
        self.moving = False
        for (strength, _band), item in self._edge_items.items():
            item.setVisible(True)
            item.setPen(pg.mkPen(item.opts["pen"].color(), width=style.STRENGTH_WIDTH[strength]))
        self.update_labels()

    # -- gestures ---------------------------------------------------------------------------------------

    def _band_selected(self, rect: QRectF, add: bool) -> None:
        pos = self.positions
        inside = self.node_mask & (pos[:, 0] >= rect.left()) & (pos[:, 0] <= rect.right()) \
            & (pos[:, 1] >= rect.top()) & (pos[:, 1] <= rect.bottom())
        self.selectionRequested.emit(np.flatnonzero(inside).tolist(), add)

    def _drag(self, index: int, start: QPointF, now: QPointF, finished: bool) -> None:
        if self._drag_start is None:
            self._drag_indices = self.selected if index in self.selected else [index]
            self._drag_start = self.positions[self._drag_indices].copy()
        offset = np.array([now.x() - start.x(), now.y() - start.y()])
        self.positions[self._drag_indices] = self._drag_start + offset
        self._draw_nodes()
        self._draw_highlights()
        if finished:
            moved = {i: (float(x), float(y)) for i, (x, y) in zip(self._drag_indices,
                                                                  self.positions[self._drag_indices])}
            self._drag_start, self._drag_indices = None, []
            self._draw_edges()
            self.update_labels()
            self.nodesMoved.emit(moved)

    def _tooltip(self, x: float, y: float, data) -> str:
        if self.data is None:
            return ""
        return self.tooltip_provider(int(data)) if self.tooltip_provider else self.data.names[int(data)]
