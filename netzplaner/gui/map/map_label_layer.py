"""The window's label layer: the texts ``map_labels`` placed, drawn over the map in one paint call (kept apart
from the placement so that the workbook's picture places and paints names without pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt

from .map_labels import Label, paint_labels


class LabelLayer(pg.GraphicsObject):
    """Draws the placed texts over the map, in the view box's pixels (so the text keeps its size when zooming
    and follows the nodes while panning, until the next placement)."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        super().__init__()
        self.viewbox = viewbox
        self.labels: list[Label] = []
        self.setParentItem(viewbox)
        self.setZValue(1e6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def set_labels(self, labels: list[Label]) -> None:
        self.prepareGeometryChange()
        self.labels = labels
        self.update()

    def boundingRect(self) -> QRectF:
        return self.viewbox.boundingRect()

    def paint(self, painter, *_args) -> None:
        if not self.labels:
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setRenderHint(painter.RenderHint.TextAntialiasing, True)
        painter.setClipRect(self.viewbox.boundingRect())
        paint_labels(painter, self.labels, self.viewbox.childTransform())
        painter.restore()

    def rect_of(self, label: Label) -> QRectF:
        """Where a label is drawn, in scene coordinates (tests measure pictures with it)."""
        anchor = self.viewbox.childTransform().map(QPointF(label.x, label.y))
        local = QRectF(anchor.x() + label.dx, anchor.y() + label.dy, label.width, label.height)
        return self.mapRectToScene(local)
