"""The interactive pieces of the map scene: the view box (pan, zoom, rubber band) and the node layer (click,
double-click, drag). Both only report what the user did; the map view decides what it means."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
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


class StyledScatter(pg.ScatterPlotItem):
    """A scatter item whose spots share a few styles: ``set_spots`` takes each spot's style as an index into a
    short table, so the set-up is a handful of array operations, not pyqtgraph's Python work per spot (pens,
    brushes and a symbol-atlas key for each of 10,000 spots: 40 ms of the first map frame). The spots drawn are
    the ones ``setData`` with the same values per spot would give."""

    def set_spots(self, pos: np.ndarray, sizes: np.ndarray, style: np.ndarray,
                  styles: Sequence[tuple[object, object, object]], data: np.ndarray | None = None) -> None:
        """``pos`` (k, 2), ``sizes`` (k,) pixels, ``style`` (k,) index into ``styles``: (symbol, pen, brush)."""
        pos = np.asarray(pos, dtype=float).reshape(-1, 2)
        count = len(pos)
        sizes = np.broadcast_to(np.asarray(sizes, dtype=float), (count,))
        style = np.asarray(style, dtype=np.int64).reshape(count)
        table = [np.empty(len(styles), dtype=object) for _ in range(3)]
        for i, entry in enumerate(styles):  # element-wise: a tuple must not become an array
            for column, value in zip(table, entry):
                column[i] = value
        symbols, pens, brushes = table
        if not (self.opts["pxMode"] and self.opts["useCache"] and hasattr(self, "fragmentAtlas")):
            self.setData(pos=pos, size=sizes, symbol=symbols[style], pen=pens[style], brush=brushes[style],
                         data=data)
            return
        spots = np.zeros(count, dtype=self.data.dtype)  # (np.empty would put None in each object field, slowly)
        spots["x"], spots["y"], spots["size"] = pos[:, 0], pos[:, 1], sizes
        spots["symbol"], spots["pen"], spots["brush"] = symbols[style], pens[style], brushes[style]
        spots["visible"] = True
        spots["item"] = None  # no SpotItem made yet
        spots["data"] = data
        if count:
            # one picture in the symbol atlas per (style, size) that occurs, looked up once
            size_values, size_of = np.unique(sizes, return_inverse=True)
            _keys, first, inverse = np.unique(style * len(size_values) + size_of.reshape(-1), return_index=True,
                                              return_inverse=True)
            coords = self.fragmentAtlas[[(symbols[k], sizes[i], pens[k], brushes[k])
                                         for i, k in zip(first.tolist(), style[first].tolist())]]
            spots["sourceRect"] = np.array([tuple(c) for c in coords],
                                           dtype=spots.dtype["sourceRect"])[inverse.reshape(-1)]
        # what ScatterPlotItem.setData does after filling its spots
        self._maxSpotWidth = self._maxSpotPxWidth = 0
        self.data = spots
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.bounds = [None, None]
        self._maybeRebuildAtlas()
        self._updateMaxSpotSizes(data=spots)
        self.invalidate()
        self.sigPlotChanged.emit(self)


class NodeLayer(StyledScatter):
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


class MarkLayer(StyledScatter):
    """Marks drawn over the nodes (selection, neighbourhood); clicks and drags go through to the nodes."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()

    def mouseDragEvent(self, ev) -> None:
        ev.ignore()


def selection_pen(width: float = 3.0) -> QPen:
    return pg.mkPen(SELECTED_COLOUR, width=width)
