"""The dashboard's small chart: partners and mean relationship quality per network, side by side (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy

from ...domain.figures import DimensionFigures
from ...domain.enums import Dimension
from ...domain import formatting
from ...domain.figures import NETWORK_COLOURS as DIMENSION_COLOURS
from ..common.i18n import current_language, term


class DimensionChart(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, border=False)
        self.setObjectName("dashboardChart")
        self.setBackground("w")
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.partners_plot = self.addPlot(row=0, col=0)
        self.quality_plot = self.addPlot(row=0, col=1)
        for plot in (self.partners_plot, self.quality_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.getAxis("left").setPen("#90a4ae")
            plot.getAxis("bottom").setPen("#90a4ae")
            plot.getAxis("left").setTextPen("#455a64")
            plot.getAxis("bottom").setTextPen("#455a64")
            font = QFont()
            font.setPointSize(8)
            plot.getAxis("bottom").setStyle(tickFont=font)
        self.values: dict[str, list[float]] = {}

    def show_figures(self, figures: list[DimensionFigures | None]) -> None:
        translate = QCoreApplication.translate
        lang = current_language()
        partners = [f.partners if f else 0 for f in figures]
        quality = [f.mean_quality if f and f.mean_quality is not None else 0.0 for f in figures]
        self.values = {"partners": partners, "quality": quality}
        ticks = [[(i, term(d)) for i, d in enumerate(Dimension)]]
        brushes = [pg.mkBrush(DIMENSION_COLOURS[d]) for d in Dimension]
        for plot, values, title in ((self.partners_plot, partners, translate("DimensionChart", "Partners")),
                                    (self.quality_plot, quality, translate("DimensionChart", "Mean quality (0–100)"))):
            plot.clear()
            plot.addItem(pg.BarGraphItem(x=list(range(3)), height=values, width=0.6, brushes=brushes,
                                         pen=pg.mkPen(None)))
            for i, value in enumerate(values):  # the value over its bar: no reading off the axis
                text = pg.TextItem(formatting.number(value, lang, 0), color="#263238", anchor=(0.5, 1.0))
                text.setPos(i, value)
                plot.addItem(text)
            plot.getAxis("bottom").setTicks(ticks)
            plot.setTitle(title, color="#263238", size="10pt")
            plot.setXRange(-0.7, 2.7, padding=0)
        self.partners_plot.setYRange(0, max(max(partners), 1) * 1.18, padding=0)  # room for the value labels
        self.quality_plot.setYRange(0, 112, padding=0)
