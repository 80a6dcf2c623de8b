"""The network map drawn with pyqtgraph: one scatter item for all partners, one layer for all ties.

Speed at 10,000 partners and 50,000 ties (measured, see tests/benchmarks/bench_map.py): drawing every tie takes
20–60 ms, so the ties are one layer (``map_edges``) that keeps its last drawing as a picture and, while the view
moves, only moves and scales that picture; 150 ms after the view stops the ties are drawn again, sharp (in
slices of at most about 30 ms when there are many, so the GUI thread keeps answering). The
nodes are one scatter item (one item per node would draw a few frames per second). Antialiasing is off on screen:
it halves the speed of drawing the ties.

What a first-time viewer needs (issue 11): the own firm is a large star drawn above everything else and named in
full; names are placed without overlaps on a halo (``map_labels``), more of them as one zooms in; weak ties are
dashed, poor ones wide and red, ties nobody judged thin and light. A large network seen whole (more than
``OVERVIEW_NODES`` partners in view) is summarised: one bubble per network with its partners and mean quality,
only the ties that matter (to the own firm, judged or strong), and the names of the most important partners;
the details return as one zooms in.

The view only draws and reports gestures (``selectionRequested``, ``editRequested``, ``nodesMoved``); the map panel
turns them into commands and selection changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QSizePolicy
from shiboken6 import isValid

from ...analysis.layout import RADIUS, MapGeometry
from ...services.network_map import MapData
from . import map_style as style
from .map_edges import EdgeGroup, EdgeLayer
from .map_guides import caption_labels, caption_margin, guide_captions, guide_rings, sector_name
from .map_items import MapViewBox, MarkLayer, NodeLayer, selection_pen
from .map_label_layer import LabelLayer
from .map_labels import Label, Room, place_names
from .map_legend import build_legend

PICTURE_WHILE_MOVING = 2_000  # from this many ties on, a moving view shows the ties as a picture, names hidden
SETTLE_MS = 150
LEGEND_SHARE = 0.35  # of the map's width at most: 14 pt on a projector, or presenting, shrinks the legend's text
LEGEND_SMALLEST = 0.7  # ... down to this share of the window's text size, no smaller (it must stay legible)
OVERVIEW_NODES = 300  # more partners in view than this: summarise (bubbles, fewer lines, fewer names)
NAMES_AT_REST, NAMES_IN_OVERVIEW = 120, 12


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
        # the title (in pictures and when presenting) spans the top; the legend sits beside the map, never on it
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
        self.scale = 1.0  # pictures: lines and symbols grow with the picture (text grows with the painter)
        self.picture = False  # pictures name their font so that Windows and Linux draw the same letters
        self.overview = False
        self.label_pixels = style.label_pixels()
        self.tooltip_provider = None  # partner index -> text; the panel sets one with the key facts
        self._alpha = 255
        self._drag_start: np.ndarray | None = None
        self._drag_indices: list[int] = []

        self.nodes = NodeLayer()
        self.nodes.setZValue(10)
        self.nodes.opts["tip"] = self._tooltip
        self.own_node = MarkLayer(pxMode=True)  # the own firm, above every other node and line
        self.own_node.setZValue(13)
        self.highlight_edges = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen("#37474f", width=2.2))
        self.highlight_edges.setZValue(9)
        self.highlight_nodes = MarkLayer(pxMode=True)
        self.highlight_nodes.setZValue(11)
        self.selection_marks = MarkLayer(pxMode=True, brush=None, pen=selection_pen())
        self.selection_marks.setZValue(12)
        for item in (self.nodes, self.own_node, self.highlight_edges, self.highlight_nodes, self.selection_marks):
            self.viewbox.addItem(item)
        self.edges = EdgeLayer(self.viewbox)  # every tie, keyed (strength, quality band, tie to us)
        self.label_layer = LabelLayer(self.viewbox)
        self._guides: list = []
        self._captions = []
        self.geometry_shown: MapGeometry | None = None
        self._legend = None
        self.overlay = None  # the comparison's marks (map_compare_layer), drawn after every redraw

        self.nodes.nodeClicked.connect(lambda i, toggle: self.selectionRequested.emit([i], toggle))
        self.nodes.nodeDoubleClicked.connect(self.editRequested)
        self.nodes.nodeDragged.connect(self._drag)
        self.viewbox.groundClicked.connect(lambda: self.selectionRequested.emit([], False))
        self.viewbox.bandSelected.connect(self._band_selected)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._settled)
        self._label_timer = QTimer(self, singleShot=True, interval=60, timeout=self.update_labels)
        self.viewbox.sigRangeChanged.connect(self._range_changed)
        self.viewbox.sigRangeChangedManually.connect(self._moved_by_user)
        self.viewbox.sigResized.connect(self._resized)
        self.moving = False
        self._fitted = False  # fitted and not moved since: a resize fits again
        self._unfinished: bool | None = None  # set_data(finish=False) left the drawing, after a fit (True) or not

    @property
    def guides_shown(self) -> bool:
        return self.geometry_shown is not None

    # -- what to draw -----------------------------------------------------------------------------------

    def set_data(self, data: MapData, positions: np.ndarray, node_mask: np.ndarray, edge_mask: np.ndarray,
                 sizes: np.ndarray, *, fit: bool = False, finish: bool = True) -> None:
        """Show ``data``. ``finish=False`` sets the legend and the range only and leaves the partners, ties, marks
        and names to ``finish()``, the view not painting meanwhile: the GUI thread answers between the two halves
        (each about half of drawing 10,000 partners)."""
        self.data, self.positions = data, np.asarray(positions, dtype=float)
        self.node_mask, self.edge_mask, self.sizes = node_mask, edge_mask, np.asarray(sizes, dtype=float)
        self.selected = [i for i in self.selected if i < data.n]
        self._static_styles()
        if not finish:
            self.setUpdatesEnabled(False)  # no frame with the old partners beside the new legend and range
            self.label_layer.set_labels([])
            self.label_pixels = style.label_pixels(presentation=self.presentation)
            self.update_legend()
            if fit:
                self._fit_range()
                # the range changed: finish() places the names and settles, no timer of a range change must
                # (it could fire after the view closed, if it closes in between)
                self._label_timer.stop()
                self._settle.stop()
            self._unfinished = fit
            return
        self._unfinished = None
        self.redraw(labels=not fit)  # a fit places the names for the new range
        if fit:
            self.fit()
        if not self.updatesEnabled():  # a whole drawing after a half one
            self.setUpdatesEnabled(True)

    def finish(self) -> None:
        """The second half of ``set_data(..., finish=False)``: partners, ties, marks and names, and painting
        again. Nothing when the drawing is whole already, or the view closed meanwhile (its scene is gone)."""
        if self._unfinished is None or not isValid(self.viewbox):
            return
        fit, self._unfinished = self._unfinished, None
        self.redraw(labels=not fit, legend=False)
        if fit:
            self.settle()  # as fit() ends: the map at rest, sharp and named
        self._label_timer.stop()  # the names are placed for the range the first half set
        self.setUpdatesEnabled(True)

    def _static_styles(self) -> None:
        """Each partner's style (symbol, pen, brush) as an index into a short table: one entry per combination of
        networks and kind, and the own firm's; the pens and brushes are shared, so the symbol atlas holds a few
        pictures."""
        data = self.data
        masks, mask_of = np.unique(data.dimension_mask, return_inverse=True)
        white = pg.mkPen(style.BACKGROUND, width=0.8 * self.scale)
        looks = []
        for mask in masks.tolist():
            multi = bin(mask).count("1") > 1
            pen = pg.mkPen(style.dimension_colour(mask, second=True), width=2.6 * self.scale) if multi else white
            looks.append((pen, pg.mkBrush(style.dimension_colour(mask))))
        kinds = len(style.SYMBOL_OF_KIND)
        self._styles = [(symbol, pen, brush) for pen, brush in looks for symbol in style.SYMBOL_OF_KIND.tolist()]
        self._style = mask_of.reshape(-1).astype(np.int64) * kinds + data.kind
        if data.own is not None:
            self._styles.append((style.OWN_FIRM_SYMBOL, pg.mkPen(style.BACKGROUND, width=1.5 * self.scale),
                                 pg.mkBrush(style.OWN_FIRM_COLOUR)))
            self._style[data.own] = len(self._styles) - 1
        self._symbol = np.array([symbol for symbol, _pen, _brush in self._styles], dtype=object)[self._style]

    def redraw(self, *, labels: bool = True, legend: bool = True) -> None:
        """Draw nodes, ties, highlights, legend and labels from the current state."""
        if self.data is None:
            return
        self.label_pixels = style.label_pixels(presentation=self.presentation)
        self._draw_nodes()
        self._draw_edges()
        self._draw_highlights()
        if self.overlay is not None:
            self.overlay.draw(self)
        if legend:
            self.update_legend()
        if labels:
            self.update_labels()

    def _shown_sizes(self) -> np.ndarray:
        return self.sizes * (1.5 if self.presentation else 1.0)

    def _draw_nodes(self) -> None:
        data = self.data
        shown = np.flatnonzero(self.node_mask)  # the own firm too: its spot there takes the clicks
        sizes = self._shown_sizes() * self.scale
        self.nodes.set_spots(self.positions[shown], sizes[shown], self._style[shown], self._styles, data=shown)
        if data.own is not None and self.node_mask[data.own]:
            own = np.array([data.own])
            self.own_node.set_spots(self.positions[own], sizes[own], self._style[own], self._styles, data=own)
        else:
            self.own_node.clear()

    def _draw_edges(self) -> None:
        data = self.data
        shown = np.flatnonzero(self.edge_mask)
        band = style.quality_band(data.quality[shown])
        strength = data.strength[shown]
        own = np.zeros(len(shown), dtype=np.int64)
        if data.own is not None and len(shown):
            own = ((data.edges[shown, 0] == data.own) | (data.edges[shown, 1] == data.own)).astype(np.int64)
        self._alpha = style.edge_alpha(len(shown))
        groups = {}
        if len(shown):
            key = strength * 100 + band * 10 + own
            order = np.argsort(key, kind="stable")
            keys, starts = np.unique(key[order], return_index=True)
            for k, part in zip(keys.tolist(), np.split(order, starts[1:])):
                strength_k, band_k, to_us = k // 100, k // 10 % 10, bool(k % 10)
                ends = self.positions[data.edges[shown[part]].ravel()]
                # judged ties above unjudged ones, strong above weak, ties to us on top
                z = (band_k != style.UNASSESSED_BAND) * 6 + strength_k + to_us * 0.5
                groups[(strength_k, band_k, to_us)] = EdgeGroup(ends, z=z)
        self.edges.groups = groups
        self._style_edges()

    def _edge_visible(self, key: tuple[int, int, bool]) -> bool:
        """In the overview of a large network only the ties that tell the story: ours, and the strong judged ties
        between partners. The others return as one zooms in."""
        strength, band, to_us = key
        return not self.overview or to_us or (band != style.UNASSESSED_BAND and strength >= 4)

    def _style_edges(self) -> None:
        for key, group in self.edges.groups.items():
            group.visible = self._edge_visible(key)
            group.pen = style.edge_pen(key[0], key[1], self._alpha, scale=self.scale)
        self.edges.changed()

    def _draw_highlights(self) -> None:
        data = self.data
        selected = [] if self.presentation else [i for i in self.selected if self.node_mask[i]]
        sizes = self._shown_sizes() * self.scale
        if selected:
            self.selection_marks.setData(pos=self.positions[selected], size=sizes[selected] + 8 * self.scale,
                                         symbol=self._symbol[selected], brush=None,
                                         pen=selection_pen(3.0 * self.scale))
        else:
            self.selection_marks.clear()
        dim = self.neighbourhood and bool(selected)
        for item in (self.nodes, self.own_node, self.edges):
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
        self.highlight_nodes.set_spots(self.positions[shown], sizes[shown], self._style[shown], self._styles,
                                       data=shown)

    def set_selection(self, indices: list[int]) -> None:
        self.selected = list(indices)
        if self.data is not None:
            self._draw_highlights()
            self.update_labels()

    def set_neighbourhood(self, on: bool) -> None:
        self.neighbourhood = on
        if self.data is not None:
            self._draw_highlights()

    def set_guides(self, geometry: MapGeometry | None) -> None:
        """Rings and sector names of the network map layout, or none (the panel knows whether the partners sit
        where that layout put them)."""
        for item in self._guides:
            self.viewbox.removeItem(item)
        self.geometry_shown = geometry
        self._guides = guide_rings(geometry, scale=self.scale) if geometry is not None else []
        self._captions = guide_captions(geometry) if geometry is not None else []
        for item in self._guides:
            self.viewbox.addItem(item)

    def set_presentation(self, on: bool, title: str | None = None) -> None:
        """Large names, symbols and legend, a title, and no selection marks (the room sees the network, not what
        was clicked last)."""
        self.presentation = on
        self.set_title(title if on else None)
        self.redraw()

    def set_scale(self, scale: float, *, picture: bool = False) -> None:
        """Lines and symbols ``scale`` times as wide (for a picture painted ``scale`` times the view's size)."""
        self.scale, self.picture = scale, picture
        self.set_guides(self.geometry_shown)
        if self.data is not None:  # the legend and the title stay: the painter scales them with the text
            self._static_styles()
            self._draw_nodes()
            self._style_edges()
            self._draw_highlights()
            if self.overlay is not None:
                self.overlay.draw(self)
            self.update_labels()

    def set_overlay(self, overlay) -> None:
        """Show the comparison's marks (``map_compare_layer.CompareOverlay``) over the map, or none."""
        if self.overlay is not None:
            self.overlay.detach()
        self.overlay = overlay
        if overlay is not None:
            overlay.attach(self)

    # -- legend and labels ------------------------------------------------------------------------------

    def update_legend(self) -> None:
        if self._legend is not None:
            self.ci.removeItem(self._legend)
            self._legend.deleteLater()
            self._legend = None
        if self.show_legend and self.data is not None:
            self._legend = self._build_legend(self.label_pixels)
            room, smallest = self.width() * LEGEND_SHARE, style.label_pixels() * LEGEND_SMALLEST
            for _ in range(3):  # a large font shrinks the legend's text, not the map (symbols shrink less)
                pixels = self._legend.label_pixels
                if room <= 0 or self._legend.width() <= room or pixels <= smallest:
                    break
                self._legend.deleteLater()
                self._legend = self._build_legend(max(pixels * room / self._legend.width() * 0.97, smallest))
            self.ci.addItem(self._legend, row=1, col=1)
            self._legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.ci.layout.setAlignment(self._legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _build_legend(self, pixels: float):
        return build_legend(self.data, self.node_mask, self.edge_mask, large=self.presentation, pixels=pixels,
                            extra=self.overlay.legend_entries() if self.overlay is not None else ())

    def set_title(self, text: str | None) -> None:
        """A title above the map, for pictures and presentations; ``None`` removes it. It shrinks to fit."""
        pixels = style.label_pixels(presentation=self.presentation) * 1.5
        if text:
            probe = self._font(pixels, bold=True)
            from .map_labels import text_size

            pixels = min(pixels, pixels * self.width() * 0.95 / max(text_size(probe, text)[0], 1.0))
        self.title.setText(text or "", size=f"{pixels:.0f}px", color="#212121", bold=True)
        self.title.setMaximumHeight(pixels * 2.5 if text else 0)

    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = QFont(style.PICTURE_FONT) if self.picture else QFont(QApplication.font())
        font.setPixelSize(max(int(round(pixels)), 6))
        font.setBold(bold)
        return font

    def update_labels(self) -> None:
        """Captions, summary bubbles and the names of the most important partners in view, none overlapping."""
        if self.data is None or self.moving:
            self.label_layer.set_labels([])
            return
        width, height = max(self.viewbox.width(), 1.0), max(self.viewbox.height(), 1.0)
        m = self.viewbox.childTransform()
        shown = np.flatnonzero(self.node_mask)
        px = self.positions[shown, 0] * m.m11() + self.positions[shown, 1] * m.m21() + m.m31()
        py = self.positions[shown, 0] * m.m12() + self.positions[shown, 1] * m.m22() + m.m32()
        inside = (px >= 0) & (px <= width) & (py >= 0) & (py <= height)
        partners, px, py = shown[inside], px[inside], py[inside]
        radius = self._shown_sizes()[partners] / 2
        overview = len(partners) > OVERVIEW_NODES
        if overview != self.overview:
            self.overview = overview
            self._style_edges()
        room = Room(width, height)
        room.add_nodes(px, py, radius)
        labels = self._caption_labels(room, m, partners, px, py)
        own = self.data.own
        must = partners == own if own is not None else np.zeros(len(partners), dtype=bool)
        if not self.presentation:
            must |= np.isin(partners, self.selected)
        importance = self._shown_sizes()[partners] + 2.0 * self.data.tie[partners] + must * 1e9
        order = np.argsort(-importance, kind="stable")[:150 if overview else 600]
        fonts = (self._font(self.label_pixels), self._font(self.label_pixels * 1.15, bold=True))
        labels += place_names(room, px, py, radius, order, self.data.names, self.positions[partners], partners,
                              fonts, must, NAMES_IN_OVERVIEW if overview else NAMES_AT_REST)
        self.label_layer.set_labels(labels)

    def _caption_labels(self, room: Room, m, partners: np.ndarray, px: np.ndarray, py: np.ndarray) -> list[Label]:
        """The guide's captions and, in the overview, one bubble per network (``map_guides.caption_labels``)."""
        bubbles = self._bubbles(partners, px, py) if self.overview else {}
        small, large = self._font(self.label_pixels * 0.9), self._font(self.label_pixels * 1.35, bold=True)
        return caption_labels(self._captions, bubbles, m, room, small, large)

    def _bubbles(self, partners: np.ndarray, px: np.ndarray, py: np.ndarray) -> dict[int, tuple]:
        """{sector: (pixel x, pixel y, text)} for each network with partners in view."""
        data = self.data
        sector = data.sector[partners]
        if data.own is not None:
            sector = np.where(partners == data.own, -1, sector)
        in_view = np.zeros(data.n, dtype=bool)
        in_view[partners] = True
        a, b = data.edges[:, 0], data.edges[:, 1]
        quality = data.quality
        locale = QLocale()
        bubbles = {}
        for s in np.unique(sector[sector >= 0]).tolist():
            members = sector == s
            group = np.zeros(data.n, dtype=bool)
            group[partners[members]] = True
            ties = self.edge_mask & (group[a] | group[b]) & np.isfinite(quality)
            count = locale.toString(int(members.sum()))
            if ties.any():
                mean = locale.toString(float(np.mean(quality[ties])), "f", 0)
                detail = QCoreApplication.translate("MapView", "%1 partners · quality Ø %2") \
                    .replace("%1", count).replace("%2", mean)
            else:
                detail = QCoreApplication.translate("MapView", "%1 partners · not assessed").replace("%1", count)
            bubbles[s] = (float(np.median(px[members])), float(np.median(py[members])),
                          f"{sector_name(s)}\n{detail}")
        return bubbles

    @property
    def label_texts(self) -> list[str]:
        return [label.text for label in self.label_layer.labels if label.index >= 0]

    def dispose(self) -> None:
        """Stop the timers before the view goes (a pending label update must not touch a deleted view box)."""
        self._settle.stop()
        self._label_timer.stop()
        self.edges.stop()
        self.viewbox.sigRangeChanged.disconnect(self._range_changed)
        self.viewbox.sigResized.disconnect(self._resized)

    # -- moving the view --------------------------------------------------------------------------------

    def fit(self) -> None:
        self._fit_range()
        self.settle()  # a fit is not a gesture: the next frame is the map at rest, sharp and named

    def _fit_range(self) -> None:
        shown = self.positions[self.node_mask] if self.data is not None else np.zeros((0, 2))
        if self.guides_shown:  # the whole disc with its sector names
            reach = RADIUS + 0.3
            shown = np.vstack([shown, [[-reach, -reach], [reach, reach]]])
        if len(shown):
            lo, hi = shown.min(axis=0), shown.max(axis=0)
            pad = max(float((hi - lo).max()) * 0.04, 0.3)
            lo, hi = lo - pad, hi + pad
            # room for the captions beside the disc, and on the right for the names of the outermost partners
            left, right, margin_y = self._caption_margin()
            right += 80
            width, height = self.viewbox.width(), self.viewbox.height()
            if width - left - right > 100 and height - 2 * margin_y > 100:  # laid out: margins in pixels
                units = max((hi[0] - lo[0]) / (width - left - right), (hi[1] - lo[1]) / (height - 2 * margin_y))
                lo -= (left * units, margin_y * units)
                hi += (right * units, margin_y * units)
            else:
                hi[0] += 2 * pad
            self.viewbox.setRange(QRectF(QPointF(lo[0], lo[1]), QPointF(hi[0], hi[1])), padding=0)
            self._fitted = True

    def _resized(self) -> None:
        """A fitted map stays fitted when the window (or the presentation screen) changes its size; the legend
        keeps to its share of the width."""
        if self.data is not None and self._legend is not None and self._legend_share_changed():
            self.update_legend()
        if self._fitted and self.data is not None:
            self.fit()

    def _legend_share_changed(self) -> bool:
        """Whether the legend was made for another width: too wide for it now, or shrunk when it need not be."""
        room = self.width() * LEGEND_SHARE
        shrunk = self._legend.label_pixels < self.label_pixels - 0.5
        return self._legend.width() > room + 1 or (shrunk and self._legend.width() < room * 0.9)

    def _moved_by_user(self, *_args) -> None:
        self._fitted = False

    def _caption_margin(self) -> tuple[float, float, float]:
        """Pixels the guide's captions need beyond the disc (``map_guides.caption_margin``)."""
        if not self._captions:
            return 0.0, 0.0, 0.0
        small, large = self._font(self.label_pixels * 0.9), self._font(self.label_pixels * 1.35, bold=True)
        return caption_margin(self._captions, small, large)

    def centre_on(self, index: int) -> None:
        self._fitted = False
        rect = self.viewbox.viewRect()
        span = min(rect.width(), rect.height(), 3.0)
        x, y = self.positions[index]
        self.viewbox.setRange(QRectF(x - span / 2, y - span / 2, span, span), padding=0)

    def _range_changed(self, *_args) -> None:
        total = sum(group.count for group in self.edges.groups.values())
        if total >= PICTURE_WHILE_MOVING and not self.moving:
            self.moving = True
            self.edges.set_moving(True)
            self.label_layer.hide()
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
        self.edges.set_moving(False)
        self.label_layer.show()
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
