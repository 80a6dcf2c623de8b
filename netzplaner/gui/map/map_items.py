"""The interactive pieces of the map scene: the view box (pan, zoom, rubber band) and the node layer (click,
double-click, drag). Both only report what the user did; the map view decides what it means."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from .map_style import SELECTED_COLOUR


class MapViewBox(pg.ViewBox):
    """Left drag pans, the wheel zooms; Shift+drag draws a rubber band; a click on empty ground clears."""

    bandSelected = Signal(QRectF, bool)  # rectangle in map coordinates, add to the selection (Ctrl)
    groundClicked = Signal()

    def __init__(self) -> None:
        super().__init__(lockAspect=True, enableMenu=False)
        self._band = QGraphicsRectItem()
        self._band.setPen(pg.mkPen(SELECTED_COLOUR, width=1, style=Qt.PenStyle.DashLine, cosmetic=True))
        colour = QColor(SELECTED_COLOUR)
        colour.setAlpha(40)
        self._band.setBrush(QBrush(colour))
        self._band.setZValue(1e9)
        self._band.hide()
        self.addItem(self._band, ignoreBounds=True)

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        rect = QRectF(self.mapToView(ev.buttonDownPos()), self.mapToView(ev.pos())).normalized()
        self._band.setRect(rect)
        self._band.setVisible(not ev.isFinish())
        if ev.isFinish():
            self.bandSelected.emit(rect, bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.groundClicked.emit()
        else:
            super().mouseClickEvent(ev)


class NodeLayer(pg.ScatterPlotItem):
    """All partners in one scatter item; each spot's data is the partner's index in the map data."""

    nodeClicked = Signal(int, bool)  # index, toggle (Ctrl held)
    nodeDoubleClicked = Signal(int)
    nodeDragged = Signal(int, QPointF, QPointF, bool)  # index, start and current map position, finished

    def __init__(self) -> None:
        super().__init__(pxMode=True, hoverable=True, tip=None)
        self._dragging: int | None = None

    def index_at(self, pos: QPointF) -> int | None:
        points = self.pointsAt(pos)
        return int(points[-1].data()) if len(points) else None

    def mouseClickEvent(self, ev) -> None:
        index = self.index_at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else None
        if index is None:
            ev.ignore()
            return
        ev.accept()
        if ev.double():
            self.nodeDoubleClicked.emit(index)
        else:
            self.nodeClicked.emit(index, bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            ev.ignore()
            return
        if ev.isStart():
            self._dragging = self.index_at(ev.buttonDownPos())
        if self._dragging is None:
            ev.ignore()  # the view box pans instead
            return
        ev.accept()
        index = self._dragging
        if ev.isFinish():
            self._dragging = None
        self.nodeDragged.emit(index, QPointF(ev.buttonDownPos()), QPointF(ev.pos()), ev.isFinish())


class MarkLayer(pg.ScatterPlotItem):
    """Marks drawn over the nodes (selection, neighbourhood); clicks and drags go through to the nodes."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()

    def mouseDragEvent(self, ev) -> None:
        ev.ignore()


def selection_pen(width: float = 3.0) -> QPen:
    return pg.mkPen(SELECTED_COLOUR, width=width)
