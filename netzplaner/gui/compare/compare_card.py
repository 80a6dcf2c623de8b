"""A summary card of the Vergleich tab: title, a large figure, a line of detail; a click opens its group below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from .compare_lines import Card


class CompareCard(QFrame):
    clicked = Signal(str)  # the card's key

    def __init__(self, card: Card, parent=None) -> None:
        super().__init__(parent)
        self.key = card.key
        self.setObjectName(f"compareCard_{card.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel(card.title)
        self.title.setStyleSheet("color: #455a64;")
        self.figure = QLabel(card.figure, objectName="compareCardFigure")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.figure.setFont(font)
        self.detail = QLabel(card.detail, objectName="compareCardDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title, self.figure, self.detail):
            layout.addWidget(label)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)
