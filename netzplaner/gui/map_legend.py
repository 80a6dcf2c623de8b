"""The legend of the network map: what each colour, shape and line means (only what the map shows)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ..domain.enums import Dimension
from ..services.network_map import KINDS, MapData
from . import map_style as style
from .i18n import term


def _symbol(symbol: str, brush, pen=None, size: int = 11) -> pg.PlotDataItem:
    return pg.PlotDataItem([0], [0], pen=None, symbol=symbol, symbolBrush=brush,
                           symbolPen=pen if pen is not None else pg.mkPen("w"), symbolSize=size)


def build_legend(data: MapData, node_mask: np.ndarray, edge_mask: np.ndarray, *,
                 large: bool = False) -> pg.LegendItem:
    """A legend item for the map's layout column (not parented: the caller places it)."""
    legend = pg.LegendItem(offset=None, verSpacing=-6 if not large else -2,
                           labelTextSize="11pt" if large else "9pt", labelTextColor="#263238")
    shown = np.flatnonzero(node_mask)
    masks = data.dimension_mask[shown]
    if data.own is not None and node_mask[data.own]:
        legend.addItem(_symbol(style.OWN_FIRM_SYMBOL, pg.mkBrush(style.OWN_FIRM_COLOUR), size=14),
                       QCoreApplication.translate("MapLegend", "Our firm"))
    for i, dimension in enumerate(Dimension):
        if (masks & (1 << i)).any():
            legend.addItem(_symbol("o", pg.mkBrush(style.DIMENSION_COLOURS[dimension])), term(dimension))
    if any(bin(int(m)).count("1") > 1 for m in np.unique(masks)):
        legend.addItem(_symbol("o", pg.mkBrush(style.DIMENSION_COLOURS[Dimension.REGIONAL]),
                               pg.mkPen(style.DIMENSION_COLOURS[Dimension.THEMATIC], width=2.6)),
                       QCoreApplication.translate("MapLegend", "Ring: also in a second network"))
    kinds_shown = set(data.kind[shown].tolist())
    for symbol, kinds in style.SHAPE_GROUPS:
        present = [k for k in kinds if KINDS.index(k) in kinds_shown]
        if present:
            legend.addItem(_symbol(symbol, pg.mkBrush("#90a4ae")), ", ".join(term(k) for k in present))
    bands = set(style.quality_band(data.quality[edge_mask]).tolist()) if len(edge_mask) else set()
    for band in sorted(bands):
        legend.addItem(pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen(style.band_colour(band), width=3)),
                       style.band_label(band))
    if bands:
        legend.addItem(pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen("#90a4ae", width=1)),
                       QCoreApplication.translate("MapLegend", "Thicker line: stronger relationship"))
    return legend
