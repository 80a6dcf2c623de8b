"""The health score's course: one line per network over every saved state and now (pyqtgraph; loaded with the
first figures, not while the window opens)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
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
        font = QFont(self.font())  # the application's font: larger on a projector (the font preference)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.points = font.pointSizeF()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen("#90a4ae")
            axis.setTextPen("#455a64")
            axis.setStyle(tickFont=font)
        bottom = QFont(font)
        bottom.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))  # several labels side by side
        plot.getAxis("bottom").setStyle(tickFont=bottom)
        plot.getAxis("bottom").setHeight(int(QFontMetrics(bottom).height() * 2 + 14))  # label and day of a state
        self.legend = plot.addLegend(offset=(8, 4), labelTextColor="#263238", labelTextSize=f"{self.points:.0f}pt")
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
        ends = self._label_heights({d: v[-1] for d, v in scores.items() if v})
        for dimension in Dimension:
            values = scores.get(dimension, [])
            colour = NETWORK_COLOURS[dimension]
            plot.plot(x, values, pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=7,
                      symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen("w"), name=term(dimension))
            if values:  # the latest score at the end of its line: no reading off the axis
                label = pg.TextItem(formatting.number(values[-1], lang, 0), color=colour, anchor=(-0.2, 0.5))
                label.setFont(self._label_font())
                label.setPos(x[-1], ends[dimension])
                plot.addItem(label)
        plot.getAxis("bottom").setTicks([list(enumerate(names))])
        plot.setXRange(-0.6, max(len(names) - 1, 1) + 0.6, padding=0)
        plot.setYRange(0, 118, padding=0)  # room for the legend above 100
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        plot.setTitle(QCoreApplication.translate("HealthChart", "Health score (0–100) per network"),
                      color="#263238", size=f"{self.points * 1.15:.0f}pt")

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.points)
        return font

    @staticmethod
    def _label_heights(ends: dict[Dimension, float], gap: float = 5.0) -> dict[Dimension, float]:
        """Where the last scores are written: at their points, pushed apart so that close ones do not overlap."""
        placed: dict[Dimension, float] = {}
        last = None
        for dimension, value in sorted(ends.items(), key=lambda item: -item[1]):
            y = value if last is None else min(value, last - gap)
            placed[dimension], last = y, y
        return placed
