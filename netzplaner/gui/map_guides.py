"""The guide of the network map layout: faint rings for the strength of the tie to the own firm and the names
of the three sectors, drawn only while the partners sit where that layout put them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from ..analysis.layout import RADIUS, SECTOR_CENTRES, ring_radius
from ..domain.enums import Dimension
from .i18n import term
from .map_style import DIMENSION_COLOURS

GAP_ANGLE = 270.0  # degrees: the empty wedge between thematic and international, where the ring labels go


def guide_items(*, large: bool = False) -> list[pg.GraphicsObject]:
    items: list[pg.GraphicsObject] = []
    pen = pg.mkPen("#b0bec5", width=1, style=Qt.PenStyle.DashLine)
    angles = np.linspace(0, 2 * np.pi, 241)
    label_font = QFont()
    label_font.setPointSize(11 if large else 8)
    for tie in range(5, -1, -1):
        radius = ring_radius(tie)
        ring = pg.PlotCurveItem(radius * np.cos(angles), radius * np.sin(angles), pen=pen)
        ring.setZValue(-10)
        items.append(ring)
        text = str(tie) if tie else QCoreApplication.translate("MapGuides", "none")
        label = pg.TextItem(text, color="#78909c", anchor=(0.5, 0.5))
        label.setFont(label_font)
        label.setPos(radius * np.cos(np.radians(GAP_ANGLE)), radius * np.sin(np.radians(GAP_ANGLE)))
        items.append(label)
    caption = pg.TextItem(QCoreApplication.translate("MapGuides", "strength of our tie"), color="#78909c",
                          anchor=(0.5, 0.0))
    caption.setFont(label_font)
    caption.setPos(0.0, -(RADIUS + 0.35))
    items.append(caption)
    sector_font = QFont()
    sector_font.setPointSize(16 if large else 12)
    sector_font.setBold(True)
    for dimension, angle in zip(Dimension, SECTOR_CENTRES):
        name = pg.TextItem(term(dimension), color=DIMENSION_COLOURS[dimension], anchor=(0.5, 0.5))
        name.setFont(sector_font)
        reach = RADIUS + 0.8
        name.setPos(reach * np.cos(np.radians(angle)), reach * np.sin(np.radians(angle)))
        items.append(name)
    return items
