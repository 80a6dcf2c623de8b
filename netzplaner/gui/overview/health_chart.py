"""The health score's course: one line per network over every saved state and now (pyqtgraph; loaded with the
first figures, not while the window opens)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy

from ...domain import formatting
from ...domain.enums import Dimension
from ...domain.figures import NETWORK_COLOURS
from ..common.i18n import current_language, term


class HealthChart(pg.PlotWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("dashboardHealthChart")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.15)
        font = QFont()
        font.setPointSize(8)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen("#90a4ae")
            axis.setTextPen("#455a64")
            axis.setStyle(tickFont=font)
        plot.getAxis("bottom").setHeight(self.fontMetrics().height() * 2 + 14)  # label and day of each state
        self.legend = plot.addLegend(offset=(8, 4), labelTextColor="#263238", labelTextSize="8pt")
        self.legend.setColumnCount(3)
        self.lines: dict[Dimension, list[int]] = {}

    def show_course(self, names: list[str], scores: dict[Dimension, list[int]]) -> None:
        """``names`` of the states along the axis (oldest first, now last); each network's scores 0–100."""
        plot = self.getPlotItem()
        plot.clear()
        self.legend.clear()
        lang = current_language()
        x = list(range(len(names)))
        self.lines = scores
        for dimension in Dimension:
            values = scores.get(dimension, [])
            colour = NETWORK_COLOURS[dimension]
            plot.plot(x, values, pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=7,
                      symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen("w"), name=term(dimension))
            if values:  # the latest score at the end of its line: no reading off the axis
                label = pg.TextItem(formatting.number(values[-1], lang, 0), color=colour, anchor=(-0.2, 0.5))
                label.setPos(x[-1], values[-1])
                plot.addItem(label)
        plot.getAxis("bottom").setTicks([list(enumerate(names))])
        plot.setXRange(-0.4, max(len(names) - 1, 1) + 0.6, padding=0)
        plot.setYRange(0, 118, padding=0)  # room for the legend above 100
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        plot.setTitle(QCoreApplication.translate("HealthChart", "Health score (0–100) per network"),
                      color="#263238", size="10pt")
