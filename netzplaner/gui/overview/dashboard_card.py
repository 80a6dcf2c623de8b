"""One network's card on the overview: its name, a traffic light with the one-line verdict that says why, four large
key figures (partners, mean quality, current goals, open actions) and a line of details.

The light and the verdict come from ``domain.figures`` (the workbook's cover uses the same rule); numbers are
written by ``domain.formatting`` in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain import formatting
from ...domain.enums import Dimension
from ...domain.figures import LIGHT_COLOURS, NETWORK_COLOURS, DimensionFigures, traffic_light, verdict
from ..common.i18n import current_language, term

FIGURES = ("partners", "quality", "goals", "open_actions")  # the four large numbers, in reading order
GREY = "#9e9e9e"


def light_pixmap(colour: str, size: int) -> QPixmap:
    """A filled circle with a thin darker ring, so that amber stays visible on a light background."""
    ratio = 2  # drawn at twice the size: crisp on high-density screens and projectors
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class KeyFigure(QWidget):
    """A large number over its caption."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel(objectName=f"cardValue_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(objectName=f"cardCaption_{key}", wordWrap=True)
        self.caption.setStyleSheet("color: #455a64;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # beside a two-line caption, a one-line one stays right under its number


class DimensionCard(QFrame):
    def __init__(self, dimension: Dimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setObjectName(f"dashboardCard_{dimension.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#dashboardCard_{dimension.value} {{ border-top: 5px solid "
                           f"{NETWORK_COLOURS[dimension]}; }}")
        # Preferred, not Maximum: a card whose texts wrap to more lines (14 pt) gets the height they need
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title = QLabel(objectName="cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.light = QLabel(objectName="cardLight")
        self.verdict = QLabel(objectName="cardVerdict", wordWrap=True)
        self.light_colour = ""
        self.tiles = {key: KeyFigure(key) for key in FIGURES}
        self.details = QLabel(objectName="cardDetails", wordWrap=True)
        self.details.setStyleSheet("color: #455a64;")

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        self.verdict_row = QHBoxLayout()
        self.verdict_row.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        self.verdict_row.addWidget(self.verdict, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for i, key in enumerate(FIGURES):
            grid.addWidget(self.tiles[key], i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.verdict_row)
        layout.addLayout(grid)
        layout.addWidget(self.details)
        layout.addStretch(1)  # beside a taller card the figures stay at the top, level with its figures

    def show_figures(self, f: DimensionFigures | None) -> None:
        translate = QCoreApplication.translate
        lang = current_language()
        self.title.setText(term(self.dimension))
        f = f or DimensionFigures(self.dimension)
        self.light_colour = traffic_light(f)
        size = max(22, round(self.verdict.fontMetrics().height() * 1.6))  # grows with the font preference
        self.light.setPixmap(light_pixmap(LIGHT_COLOURS.get(self.light_colour, GREY), size))
        self.light.setFixedSize(size, size)
        self.verdict.setText(verdict(f, lang))
        self.light.setToolTip(self.verdict.text())
        values = {"partners": formatting.number(f.partners, lang),
                  "quality": formatting.number(f.mean_quality, lang, 0),
                  "goals": formatting.number(f.goals, lang),
                  "open_actions": formatting.number(f.open_actions, lang)}
        captions = {"partners": translate("DimensionCard", "Partners"),
                    "quality": translate("DimensionCard", "Mean quality (of 100)"),
                    "goals": translate("DimensionCard", "Current goals"),
                    "open_actions": translate("DimensionCard", "Open actions")}
        for key, tile in self.tiles.items():
            tile.value.setText(values[key])
            tile.caption.setText(captions[key])
        if f.overdue_actions:
            self.tiles["open_actions"].caption.setText(
                translate("DimensionCard", "Open actions, %1 overdue").replace(
                    "%1", formatting.number(f.overdue_actions, lang)))
        details = [translate("DimensionCard", "%1 relationships (%2 assessed)").replace(
            "%1", formatting.number(f.relationships, lang)).replace("%2", formatting.number(f.assessed, lang))]
        if f.mean_strength is not None:
            details.append(translate("DimensionCard", "mean strength %1 of 5").replace(
                "%1", formatting.number(f.mean_strength, lang, 1)))
        if f.weakest_criterion is not None:
            details.append(translate("DimensionCard", "weakest criterion: %1").replace(
                "%1", term(f.weakest_criterion)))
        self.details.setText(" · ".join(details))
