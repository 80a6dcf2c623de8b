"""The legend's samples are drawn without a PlotDataItem each (``map_legend.LegendSample``, issue 17: every redraw
of the map builds the legend): each must give the pixels pyqtgraph's ItemSample gives for the PlotDataItem it
replaced, and the map's legend still lists what the map shows."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from netzplaner.gui.map import map_style as style
from netzplaner.gui.map.map_compare_layer import GHOST_COLOUR, NEW_COLOUR, _dashed
from netzplaner.gui.map.map_legend import LegendSample, line_sample, symbol_sample


def painted(sample) -> np.ndarray:
    image = QImage(24, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.darkCyan)  # not white: a white fill must show
    painter = QPainter(image)
    sample.paint(painter)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(24, image.bytesPerLine()).copy()


def weak_pen():
    pen = pg.mkPen("#78909c", width=2)
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern(style.DASHES)
    return pen


# (the PlotDataItem the legend used to make, the sample that replaces it)
CASES = {
    "symbol": (lambda: pg.PlotDataItem([0], [0], pen=None, symbol="t1", symbolBrush=pg.mkBrush("#1565c0"),
                                       symbolPen=pg.mkPen("w"), symbolSize=13.5),
               lambda: symbol_sample("t1", pg.mkBrush("#1565c0"), size=13.5)),
    "star with a pen": (lambda: pg.PlotDataItem([0], [0], pen=None, symbol="star", symbolBrush=pg.mkBrush("#263238"),
                                                symbolPen=pg.mkPen("#00897b", width=2.6), symbolSize=17),
                        lambda: symbol_sample("star", pg.mkBrush("#263238"), pg.mkPen("#00897b", width=2.6), 17)),
    "ring without a brush": (lambda: pg.PlotDataItem([0], [0], pen=None, symbol="o", symbolBrush=None,
                                                     symbolPen=pg.mkPen(NEW_COLOUR, width=2.6), symbolSize=14),
                             lambda: symbol_sample("o", None, pg.mkPen(NEW_COLOUR, width=2.6), 14)),
    "dashed symbol": (lambda: pg.PlotDataItem([0], [0], pen=None, symbol="h", symbolBrush=pg.mkBrush("#90a4ae"),
                                              symbolPen=_dashed(GHOST_COLOUR, 1.4), symbolSize=11),
                      lambda: symbol_sample("h", pg.mkBrush("#90a4ae"), _dashed(GHOST_COLOUR, 1.4))),
    "line": (lambda: pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen("#43a047", width=3)),
             lambda: line_sample(pg.mkPen("#43a047", width=3))),
    "dashed line": (lambda: pg.PlotDataItem([0, 1], [0, 0], pen=weak_pen()), lambda: line_sample(weak_pen())),
    "no change": (lambda: pg.PlotDataItem([], []), lambda: line_sample(pg.mkPen(200, 200, 200))),
}


@pytest.mark.parametrize("case", CASES)
def test_a_light_sample_paints_what_the_plot_data_item_s_sample_painted(qapp, case):
    old, new = CASES[case]
    expected = painted(ItemSample(old()))
    assert np.array_equal(painted(new()), expected)
    assert (expected != painted(LegendSample())).any()  # something was drawn
