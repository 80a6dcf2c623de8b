"""The legend of the network map: what each colour, shape and line means (only what the map shows)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QCoreApplication, Qt

from ...domain.enums import Dimension
from ...services.network_map import KINDS, MapData
from . import map_style as style
from ..common.i18n import term


class LegendSample(ItemSample):
    """The sample of a legend row, a line or a symbol, drawn as pyqtgraph's ``ItemSample`` draws a PlotDataItem's
    line or symbol, without making the PlotDataItem (a curve and a scatter item each: half of building the legend,
    which every redraw of the map does). A click does nothing (it would hide the sample)."""

    def __init__(self, *, line=None, symbol: str | None = None, size: float = 11, pen=None, brush=None) -> None:
        super().__init__(None)
        self.line = pg.mkPen(line) if line is not None else None
        self.symbol, self.symbol_size = symbol, size
        self.symbol_pen, self.symbol_brush = pg.mkPen(pen), pg.mkBrush(brush)

    def paint(self, painter, *args) -> None:
        if self.line is not None:
            painter.setPen(self.line)
            painter.drawLine(0, 11, 20, 11)
        if self.symbol is not None:
            painter.translate(10, 10)
            drawSymbol(painter, self.symbol, self.symbol_size, self.symbol_pen, self.symbol_brush)

    def mouseClickEvent(self, event) -> None:
        event.ignore()


def symbol_sample(symbol: str, brush, pen=None, size: float = 11) -> LegendSample:
    """A symbol (white outline unless ``pen``)."""
    return LegendSample(symbol=symbol, size=size, pen=pen if pen is not None else pg.mkPen("w"), brush=brush)


def line_sample(pen) -> LegendSample:
    return LegendSample(line=pen)



def build_legend(data: MapData, node_mask: np.ndarray, edge_mask: np.ndarray, *, large: bool = False,
                 pixels: float = 12.0, extra: Sequence[tuple[ItemSample, str]] = ()) -> pg.LegendItem:
    """A legend item for the map's layout column (not parented: the caller places it). Its text follows the
    size of the partner names (the font preference; larger when presenting). ``extra`` rows (sample, text) come
    last: the comparison mode's marks."""
    translate = QCoreApplication.translate
    legend = pg.LegendItem(offset=None, verSpacing=-6 if not large else -2,
                           labelTextSize=f"{pixels * 0.95:.0f}px", labelTextColor="#263238")
    # pyqtgraph keeps a legend unscaled (meant for one floating over a plot); this one sits in the layout, and a
    # picture painted larger must draw it larger too
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
    # pyqtgraph lays the legend out again after every row (0.3 s for 24 rows, on the GUI thread): once at the end
    legend.updateSize = lambda: None
    symbol = pixels * (1.1 if large else 0.9)
    shown = np.flatnonzero(node_mask)
    masks = data.dimension_mask[shown]
    if data.own is not None and node_mask[data.own]:
        legend.addItem(symbol_sample(style.OWN_FIRM_SYMBOL, pg.mkBrush(style.OWN_FIRM_COLOUR), size=symbol * 1.4),
                       translate("MapLegend", "Our firm"))
    for i, dimension in enumerate(Dimension):
        if (masks & (1 << i)).any():
            legend.addItem(symbol_sample("o", pg.mkBrush(style.DIMENSION_COLOURS[dimension]), size=symbol),
                           term(dimension))
    if (masks == 0).any():
        legend.addItem(symbol_sample("o", pg.mkBrush(style.dimension_colour(0)), size=symbol),
                       translate("MapLegend", "No network"))
    if any(bin(int(m)).count("1") > 1 for m in np.unique(masks)):
        legend.addItem(symbol_sample("o", pg.mkBrush(style.DIMENSION_COLOURS[Dimension.REGIONAL]),
                               pg.mkPen(style.DIMENSION_COLOURS[Dimension.THEMATIC], width=2.6), size=symbol),
                       translate("MapLegend", "Ring: also in a second network"))
    kinds_shown = set(data.kind[shown].tolist())
    for shape, kinds in style.SHAPE_GROUPS:
        present = [k for k in kinds if KINDS.index(k) in kinds_shown]
        if present:
            legend.addItem(symbol_sample(shape, pg.mkBrush("#90a4ae"), size=symbol),
                           ", ".join(term(k) for k in present))
    bands = set(style.quality_band(data.quality[edge_mask]).tolist()) if len(edge_mask) else set()
    for band in sorted(bands):
        legend.addItem(line_sample(pg.mkPen(style.band_colour(band), width=style.edge_width(3, band) + 1)),
                       style.band_label(band))
    if bands - {style.UNASSESSED_BAND}:
        legend.addItem(line_sample(pg.mkPen("#78909c", width=3.5)),
                       translate("MapLegend", "Thicker line: stronger relationship"))
        weak = (data.strength[edge_mask] <= style.WEAK_STRENGTH).any()
        if weak:
            pen = pg.mkPen("#78909c", width=2)
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern(style.DASHES)
            legend.addItem(line_sample(pen), translate("MapLegend", "Dashed: weak relationship (strength 1–2)"))
    for sample, text in extra:
        legend.addItem(sample, text)
    del legend.updateSize
    legend.updateSize()
    legend.label_pixels = pixels  # the text size it was made with (the view shrinks a legend too wide for it)
    return legend
