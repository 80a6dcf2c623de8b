"""The board workbook's map page drawn straight onto a QImage: the map the window shows, without its scene.

``netzplaner export`` and File → Export board workbook spent half their map picture on setting up a hidden
``NetworkMapView`` (pyqtgraph's scene: one styled spot per partner, the legend's items, the layout) only to paint
it once. Here the same decisions are taken on plain arrays and painted with one QPainter: the partners that show
(``map_filter.visible``), their sizes (``map_content.node_measure``), the fitted range of the view
(``NetworkMapView.fit``), the overview of a large network (bubbles, only the ties that tell the story), the names
placed without overlaps (``map_labels``), the rings and sector names of the guide, and the legend beside the map.
Colours, shapes, pens and fonts come from ``map_style``, so the picture keeps the window's look; the geometry
constants below are those of the hidden view's layout (margins and spacing of pyqtgraph's layout and legend).

The picture is drawn at ``canvas_width`` pixels and painted ``width`` pixels wide: text, symbols and lines all
grow by the same factor, as ``map_export.export_picture`` scales the view.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDataStream, QIODevice, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QApplication

from ...analysis.layout import RADIUS
from ...domain.enums import Dimension
from ...services.network_map import KINDS, MapData
from . import map_style as style
from ..common.i18n import term
from .map_content import MapContent, node_measure
from .map_filter import MapFilter, visible
from .map_guides import caption_labels, caption_margin, guide_captions, sector_name
from .map_labels import Label, Room, paint_labels, place_names

# the hidden view's layout (pyqtgraph): 9 px around the layout, 6 px between its cells, the view box 1 px inside
# its plot on every side; the legend 9 px inside, samples of 20 px, 5 px to the text, rows 15 px
# apart (21 px text boxes overlapping by 6), text boxes with a margin of 4 px
LAYOUT_MARGIN, LAYOUT_SPACING = 9.0, 6.0
LEGEND_MARGIN, SAMPLE, SAMPLE_GAP, ROW_PITCH, ROW_HEIGHT, TEXT_MARGIN = 9.0, 20.0, 5.0, 15.0, 21.0, 4.0
LEGEND_TEXT = "#263238"
RING_COLOUR = "#cfd8dc"
OVERVIEW_NODES, NAMES_AT_REST, NAMES_IN_OVERVIEW = 300, 120, 12  # as the view (map_view)
SHAPE_SAMPLE = "#90a4ae"
PNG_QUALITY = 80  # Qt's PNG quality: zlib's fastest level; a third less time than the default, 5 % larger


def _symbol_paths() -> dict[str, QPainterPath]:
    """pyqtgraph's symbols in unit size (y down), the shapes the window's scatter item draws."""
    coords = {
        "t": [(-0.5, -0.5), (0, 0.5), (0.5, -0.5)],
        "t1": [(-0.5, 0.5), (0, -0.5), (0.5, 0.5)],
        "d": [(0., -0.5), (-0.4, 0.), (0, 0.5), (0.4, 0)],
        "h": [(0.433, 0.25), (0., 0.5), (-0.433, 0.25), (-0.433, -0.25), (0, -0.5), (0.433, -0.25)],
        "star": [(0, -0.5), (-0.1123, -0.1545), (-0.4755, -0.1545), (-0.1816, 0.059), (-0.2939, 0.4045),
                 (0, 0.1910), (0.2939, 0.4045), (0.1816, 0.059), (0.4755, -0.1545), (0.1123, -0.1545)],
    }
    paths = {"o": QPainterPath(), "s": QPainterPath()}
    paths["o"].addEllipse(QRectF(-0.5, -0.5, 1, 1))
    paths["s"].addRect(QRectF(-0.5, -0.5, 1, 1))
    for name, points in coords.items():
        path = QPainterPath()
        path.moveTo(*points[0])
        for x, y in points[1:]:
            path.lineTo(x, y)
        path.closeSubpath()
        paths[name] = path
    return paths


def pairs_path(ends: np.ndarray) -> QPainterPath:
    """One path of separate lines from an (2k, 2) array of ends, built in one go through QPainterPath's binary
    form (a Python call per line would cost more than drawing it)."""
    path = QPainterPath()
    n = len(ends)
    if n < 2:
        return path
    record = np.empty(n, dtype=[("c", ">i4"), ("x", ">f8"), ("y", ">f8")])
    record["c"][0::2], record["c"][1::2] = 0, 1  # move to, line to
    record["x"], record["y"] = ends[:, 0], ends[:, 1]
    blob = QByteArray(struct.pack(">i", n) + record.tobytes() + struct.pack(">ii", 0, 0))
    QDataStream(blob) >> path
    return path


@dataclass(frozen=True)
class Frame:
    """Where the map stands in the canvas: the view box (canvas pixels) and map units per pixel from its
    top-left corner (``left``, ``top`` in map units; y grows upwards on the map, downwards in pixels)."""

    box: QRectF
    left: float
    top: float
    units: float

    def pixels(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map coordinates -> pixels inside the view box (its top-left corner is 0, 0)."""
        return (xy[:, 0] - self.left) / self.units, (self.top - xy[:, 1]) / self.units

    @property
    def transform(self) -> QTransform:
        """Map coordinates -> view box pixels, as ``Label`` anchors are mapped."""
        k = 1.0 / self.units
        return QTransform(k, 0, 0, -k, -self.left * k, self.top * k)


class MapPicture:
    """One drawing of the map: the decisions (what shows, where, which names) taken once, then painted."""

    def __init__(self, content: MapContent, *, canvas_width: float, canvas_height: float) -> None:
        self.data, self.positions, self.guide = content.data, content.positions, content.guide
        self.width, self.height = float(canvas_width), float(canvas_height)
        self.node_mask, self.edge_mask = visible(self.data, MapFilter())
        self.sizes = node_measure(self.data, "tie")
        self.pixels = style.label_pixels()
        self.legend = legend_rows(self.data, self.node_mask, self.edge_mask, self.pixels)
        self.legend_font = _app_font(self.pixels * 0.95)
        text_width = max((QFontMetricsF(self.legend_font).horizontalAdvance(text) for _s, text in self.legend),
                         default=0.0)
        self.legend_width = 2 * LEGEND_MARGIN + SAMPLE + SAMPLE_GAP + text_width + 2 * TEXT_MARGIN \
            if self.legend else 0.0
        plot_width = self.width - 2 * LAYOUT_MARGIN - (self.legend_width + LAYOUT_SPACING if self.legend else 0.0)
        plot_top = LAYOUT_MARGIN + LAYOUT_SPACING  # below the (empty) title row
        box = QRectF(LAYOUT_MARGIN + 1, plot_top + 1, plot_width - 2, self.height - plot_top - LAYOUT_MARGIN - 2)
        self.captions = guide_captions(self.guide) if self.guide is not None else []
        self.frame = self._fit(box)
        px, py = self.frame.pixels(self.positions)
        shown = np.flatnonzero(self.node_mask)
        inside = (px[shown] >= 0) & (px[shown] <= box.width()) & (py[shown] >= 0) & (py[shown] <= box.height())
        self.overview = int(inside.sum()) > OVERVIEW_NODES
        self.labels = self._labels(shown[inside], px[shown][inside], py[shown][inside])

    # -- decisions, as NetworkMapView takes them -------------------------------------------------------------

    def _fit(self, box: QRectF) -> Frame:
        """The view's ``fit``: every partner (and the guide's disc) with a margin, room for the captions and, on
        the right, for the names of the outermost partners; the aspect kept (the larger scale wins)."""
        shown = self.positions[self.node_mask]
        if self.guide is not None:
            reach = RADIUS + 0.3
            shown = np.vstack([shown, [[-reach, -reach], [reach, reach]]])
        if not len(shown):
            shown = np.array([[-1.0, -1.0], [1.0, 1.0]])
        lo, hi = shown.min(axis=0), shown.max(axis=0)
        pad = max(float((hi - lo).max()) * 0.04, 0.3)
        lo, hi = lo - pad, hi + pad
        left, right, margin_y = self._caption_margin()
        right += 80
        width, height = box.width(), box.height()
        if width - left - right > 100 and height - 2 * margin_y > 100:
            units = max((hi[0] - lo[0]) / (width - left - right), (hi[1] - lo[1]) / (height - 2 * margin_y))
            lo = lo - (left * units, margin_y * units)
            hi = hi + (right * units, margin_y * units)
        else:
            hi[0] += 2 * pad
        units = max((hi[0] - lo[0]) / width, (hi[1] - lo[1]) / height)  # locked aspect: centred, the rest widens
        cx, cy = (lo + hi) / 2
        return Frame(box, cx - units * width / 2, cy + units * height / 2, units)

    def _caption_margin(self) -> tuple[float, float, float]:
        if not self.captions:
            return 0.0, 0.0, 0.0
        small, large = _app_font(self.pixels * 0.9), _app_font(self.pixels * 1.35, bold=True)
        return caption_margin(self.captions, small, large)

    def _labels(self, partners: np.ndarray, px: np.ndarray, py: np.ndarray) -> list[Label]:
        """The view's ``update_labels`` at rest, with the picture's font."""
        data = self.data
        room = Room(self.frame.box.width(), self.frame.box.height())
        radius = self.sizes[partners] / 2
        room.add_nodes(px, py, radius)
        labels = self._caption_labels(room, partners, px, py)
        must = partners == data.own if data.own is not None else np.zeros(len(partners), dtype=bool)
        importance = self.sizes[partners] + 2.0 * data.tie[partners] + must * 1e9
        order = np.argsort(-importance, kind="stable")[:150 if self.overview else 600]
        fonts = (_picture_font(self.pixels), _picture_font(self.pixels * 1.15, bold=True))
        return labels + place_names(room, px, py, radius, order, data.names, self.positions[partners], partners,
                                    fonts, must, NAMES_IN_OVERVIEW if self.overview else NAMES_AT_REST)

    def _caption_labels(self, room: Room, partners: np.ndarray, px: np.ndarray, py: np.ndarray) -> list[Label]:
        bubbles = self._bubbles(partners, px, py) if self.overview else {}
        small, large = _picture_font(self.pixels * 0.9), _picture_font(self.pixels * 1.35, bold=True)
        return caption_labels(self.captions, bubbles, self.frame.transform, room, small, large)

    def _bubbles(self, partners: np.ndarray, px: np.ndarray, py: np.ndarray) -> dict[int, tuple]:
        """{sector: (pixel x, pixel y, text)}: each network in view with its partners and mean quality."""
        data = self.data
        sector = data.sector[partners]
        if data.own is not None:
            sector = np.where(partners == data.own, -1, sector)
        a, b = data.edges[:, 0], data.edges[:, 1]
        locale = QLocale()
        bubbles = {}
        for s in np.unique(sector[sector >= 0]).tolist():
            members = sector == s
            group = np.zeros(data.n, dtype=bool)
            group[partners[members]] = True
            ties = self.edge_mask & (group[a] | group[b]) & np.isfinite(data.quality)
            count = locale.toString(int(members.sum()))
            if ties.any():
                mean = locale.toString(float(np.mean(data.quality[ties])), "f", 0)
                detail = QCoreApplication.translate("MapView", "%1 partners · quality Ø %2") \
                    .replace("%1", count).replace("%2", mean)
            else:
                detail = QCoreApplication.translate("MapView", "%1 partners · not assessed").replace("%1", count)
            bubbles[s] = (float(np.median(px[members])), float(np.median(py[members])),
                          f"{sector_name(s)}\n{detail}")
        return bubbles

    def _edge_groups(self) -> list[tuple[QPen, np.ndarray]]:
        """(pen at scale 1, indices of the ties) per group, in drawing order: unjudged below judged, weak below
        strong, ties to us on top; in the overview only ours and the strong judged ones."""
        data = self.data
        shown = np.flatnonzero(self.edge_mask)
        if not len(shown):
            return []
        band = style.quality_band(data.quality[shown])
        strength = data.strength[shown]
        own = np.zeros(len(shown), dtype=np.int64)
        if data.own is not None:
            own = ((data.edges[shown, 0] == data.own) | (data.edges[shown, 1] == data.own)).astype(np.int64)
        alpha = style.edge_alpha(len(shown))
        key = strength * 100 + band * 10 + own
        order = np.argsort(key, kind="stable")
        keys, starts = np.unique(key[order], return_index=True)
        groups = []
        for k, part in zip(keys.tolist(), np.split(order, starts[1:])):
            strength_k, band_k, to_us = k // 100, k // 10 % 10, bool(k % 10)
            if self.overview and not (to_us or (band_k != style.UNASSESSED_BAND and strength_k >= 4)):
                continue
            z = (band_k != style.UNASSESSED_BAND) * 6 + strength_k + to_us * 0.5
            groups.append((z, strength_k, band_k, alpha, shown[part]))
        groups.sort(key=lambda g: g[0])
        return [(g[1], g[2], g[3], g[4]) for g in groups]

    # -- painting ------------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, scale: float) -> None:
        """Paint the map onto ``painter`` (antialiased, white ground) ``scale`` times the canvas size."""
        box = self.frame.box
        device_box = QRectF(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale)
        px, py = self.frame.pixels(self.positions)
        xy = np.column_stack([box.x() + px, box.y() + py]) * scale  # every partner in the picture's pixels
        painter.save()
        painter.setClipRect(device_box)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for strength, band, alpha, ties in self._edge_groups():
            painter.setPen(style.edge_pen(strength, band, alpha, scale=scale))
            painter.drawPath(pairs_path(xy[self.data.edges[ties].ravel()]))
        if self.guide is not None:
            self._paint_rings(painter, scale)
        self._paint_nodes(painter, xy, scale)
        painter.restore()
        painter.save()
        painter.scale(scale, scale)
        painter.setClipRect(box)
        painter.translate(box.topLeft())
        paint_labels(painter, self.labels, self.frame.transform)
        painter.restore()
        if self.legend:
            painter.save()
            painter.scale(scale, scale)
            self._paint_legend(painter, scale)
            painter.restore()

    def _paint_rings(self, painter: QPainter, scale: float) -> None:
        pen = QPen(QColor(RING_COLOUR), 1.0 * scale, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # as pyqtgraph's line items draw
        painter.setPen(pen)
        angles = np.linspace(0, 2 * np.pi, 241)
        box = self.frame.box
        for _tie, inner, outer in self.guide.rings:
            radius = (inner + outer) / 2
            px, py = self.frame.pixels(np.column_stack([radius * np.cos(angles), radius * np.sin(angles)]))
            path = QPainterPath(QPointF((box.x() + px[0]) * scale, (box.y() + py[0]) * scale))
            for x, y in zip(((box.x() + px[1:]) * scale).tolist(), ((box.y() + py[1:]) * scale).tolist()):
                path.lineTo(x, y)
            painter.drawPath(path)
        painter.restore()

    def _paint_nodes(self, painter: QPainter, xy: np.ndarray, scale: float) -> None:
        """Every partner as its symbol, in the order of the map data (later ones on top), the own firm last;
        each distinct look is drawn once and stamped (as pyqtgraph's symbol atlas does)."""
        data = self.data
        shown = np.flatnonzero(self.node_mask)
        if data.own is not None and self.node_mask[data.own]:
            shown = np.append(shown, data.own)  # drawn again above everything else, as the view's own layer
        symbols = style.SYMBOL_OF_KIND[data.kind]
        sizes = self.sizes * scale
        stamps: dict[tuple, tuple[QImage, float]] = {}
        for i in shown.tolist():
            own = i == data.own
            mask = int(data.dimension_mask[i])
            key = (own, mask, symbols[i], float(sizes[i]))
            stamp = stamps.get(key)
            if stamp is None:
                stamp = stamps[key] = _stamp(*self._look(own, mask, symbols[i], scale), float(sizes[i]))
            image, half = stamp
            painter.drawImage(QPointF(xy[i, 0] - half, xy[i, 1] - half), image)

    @staticmethod
    def _look(own: bool, mask: int, symbol: str, scale: float) -> tuple[str, QBrush, QPen]:
        if own:
            return style.OWN_FIRM_SYMBOL, QBrush(QColor(style.OWN_FIRM_COLOUR)), \
                _cosmetic(QColor(style.BACKGROUND), 1.5 * scale)
        if bin(mask).count("1") > 1:
            pen = _cosmetic(style.dimension_colour(mask, second=True), 2.6 * scale)
        else:
            pen = _cosmetic(QColor(style.BACKGROUND), 0.8 * scale)
        return symbol, QBrush(style.dimension_colour(mask)), pen

    def _paint_legend(self, painter: QPainter, scale: float) -> None:
        left = self.width - LAYOUT_MARGIN - self.legend_width
        top = LAYOUT_MARGIN + LAYOUT_SPACING
        painter.setFont(self.legend_font)
        metrics = QFontMetricsF(self.legend_font)
        for row, (sample, text) in enumerate(self.legend):
            y = top + LEGEND_MARGIN + ROW_PITCH * row
            painter.save()
            painter.translate(left + LEGEND_MARGIN, y + 0.5)
            sample(painter)
            painter.restore()
            painter.setPen(QColor(LEGEND_TEXT))
            painter.drawText(QPointF(left + LEGEND_MARGIN + SAMPLE + SAMPLE_GAP + TEXT_MARGIN,
                                     y + TEXT_MARGIN + metrics.ascent()), text)

    def image(self, width: int) -> QImage:
        scale = width / self.width
        height = max(int(round(width * self.height / self.width)), 1)
        image = QImage(width, height, QImage.Format.Format_RGB32)  # opaque: painted faster, saved as RGB
        image.fill(QColor(style.BACKGROUND))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.paint(painter, scale)
        finally:
            painter.end()
        return image


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


_PATHS: dict[str, QPainterPath] = {}


def _draw_symbol(painter: QPainter, symbol: str, size: float, pen: QPen, brush: QBrush) -> None:
    if not _PATHS:
        _PATHS.update(_symbol_paths())
    painter.scale(size, size)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(_PATHS[symbol])


def _stamp(symbol: str, brush: QBrush, pen: QPen, size: float) -> tuple[QImage, float]:
    """The symbol drawn once into a transparent image of ``size`` plus its outline; (image, half its side)."""
    side = int(np.ceil(size + max(np.ceil(pen.widthF()), 1)))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(side / 2, side / 2)
        _draw_symbol(painter, symbol, size, pen, brush)
    finally:
        painter.end()
    return image, side / 2


def _app_font(pixels: float, *, bold: bool = False) -> QFont:
    """The application's font at ``pixels`` (the view's font before the picture names its own)."""
    font = QFont(QApplication.font())
    font.setPixelSize(max(int(round(pixels)), 6))
    font.setBold(bold)
    return font


def _picture_font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(style.PICTURE_FONT)
    font.setPixelSize(max(int(round(pixels)), 6))
    font.setBold(bold)
    return font


def legend_rows(data: MapData, node_mask: np.ndarray, edge_mask: np.ndarray, pixels: float) -> list[tuple]:
    """(paint the 20-pixel sample, text) per legend row: what the map shows (``map_legend.build_legend``)."""
    translate = QCoreApplication.translate
    symbol = pixels * 0.9
    white = _cosmetic(QColor("white"), 1.0)

    def spot(shape: str, colour, size: float = symbol, pen: QPen = white):
        def paint(painter: QPainter) -> None:
            painter.translate(10, 10)
            _draw_symbol(painter, shape, size, pen, QBrush(QColor(colour)))
        return paint

    def line(pen: QPen):
        def paint(painter: QPainter) -> None:
            painter.setPen(pen)
            painter.drawLine(QPointF(0, 11), QPointF(20, 11))
        return paint

    rows: list[tuple] = []
    shown = np.flatnonzero(node_mask)
    masks = data.dimension_mask[shown]
    if data.own is not None and node_mask[data.own]:
        rows.append((spot(style.OWN_FIRM_SYMBOL, style.OWN_FIRM_COLOUR, symbol * 1.4),
                     translate("MapLegend", "Our firm")))
    for i, dimension in enumerate(Dimension):
        if (masks & (1 << i)).any():
            rows.append((spot("o", style.DIMENSION_COLOURS[dimension]), term(dimension)))
    if (masks == 0).any():
        rows.append((spot("o", style.dimension_colour(0)), translate("MapLegend", "No network")))
    if any(bin(int(m)).count("1") > 1 for m in np.unique(masks)):
        rows.append((spot("o", style.DIMENSION_COLOURS[Dimension.REGIONAL], symbol,
                          _cosmetic(QColor(style.DIMENSION_COLOURS[Dimension.THEMATIC]), 2.6)),
                     translate("MapLegend", "Ring: also in a second network")))
    kinds_shown = set(data.kind[shown].tolist())
    for shape, kinds in style.SHAPE_GROUPS:
        present = [k for k in kinds if KINDS.index(k) in kinds_shown]
        if present:
            rows.append((spot(shape, SHAPE_SAMPLE), ", ".join(term(k) for k in present)))
    bands = set(style.quality_band(data.quality[edge_mask]).tolist()) if len(edge_mask) else set()
    for band in sorted(bands):
        rows.append((line(_cosmetic(QColor(style.band_colour(band)), style.edge_width(3, band) + 1)),
                     style.band_label(band)))
    if bands - {style.UNASSESSED_BAND}:
        rows.append((line(_cosmetic(QColor("#78909c"), 3.5)),
                     translate("MapLegend", "Thicker line: stronger relationship")))
        if (data.strength[edge_mask] <= style.WEAK_STRENGTH).any():
            pen = _cosmetic(QColor("#78909c"), 2)
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern(style.DASHES)
            rows.append((line(pen), translate("MapLegend", "Dashed: weak relationship (strength 1–2)")))
    return rows


def picture_png(content: MapContent, *, width: int, height: int, canvas_width: int) -> bytes:
    """The map of ``content`` as PNG bytes ``width`` pixels wide, laid out on a canvas ``canvas_width`` wide."""
    canvas_height = max(int(round(canvas_width * height / width)), 1)
    image = MapPicture(content, canvas_width=canvas_width, canvas_height=canvas_height).image(width)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", PNG_QUALITY):
        raise RuntimeError("the map picture could not be encoded")
    return bytes(buffer.data())
