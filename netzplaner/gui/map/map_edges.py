"""The ties of the map: one item that draws every group of ties, and on screen keeps what it drew as a picture.

Drawing 50,000 ties costs 20–60 ms (QPainter.drawPath of one-pixel, wide or dashed lines on the CPU), 100,000
twice that; a frame at 60 per second has 16. So, as web maps do, the ties are drawn once into a picture of the
view (with a margin around it) and, while the view pans or zooms, that picture is moved and scaled with it,
which costs a few milliseconds whatever the size of the network. When the view comes to rest (or a tie, a
filter or a style changes) the picture is drawn again, sharp, with every tie in its own pen. A picture that
would take longer than ``SLICE_MS`` is drawn in slices of about that long between which the GUI thread answers
the user (QPainter holds Python's lock, so a worker thread would not free it), and the old picture stays until
the new one is whole. Pictures (PNG, SVG) are drawn straight from the lines, so an SVG keeps them as vector
shapes.

The layer is a child of the view box, below the scene's map items (rings, nodes, highlights), and paints in the
view box's pixels, like the label layer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen, QTransform

MARGIN = 0.25  # the picture reaches this share of the view beyond each side, so a short pan shows no gap
SLICE_MS = 30.0  # the longest the GUI thread draws ties at a time
CHUNK = 2_000


@dataclass(eq=False)
class EdgeGroup:
    """Ties drawn with one pen: ``ends`` holds both ends of each tie in map coordinates, one row per end."""

    ends: np.ndarray
    pen: QPen = field(default_factory=QPen)
    z: float = 0.0
    visible: bool = True
    _paths: dict[int, list[QPainterPath]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.ends) // 2

    def paths(self, chunk: int) -> list[QPainterPath]:
        """The ties as paths of at most ``chunk`` ties each (0: one path)."""
        if chunk not in self._paths:
            step = 2 * chunk if chunk else len(self.ends)
            self._paths[chunk] = [pg.arrayToQPath(part[:, 0], part[:, 1], connect="pairs")
                                  for part in (self.ends[i:i + step] for i in range(0, len(self.ends), step))]
        return self._paths[chunk]


@dataclass(eq=False)
class Picture:
    """A picture of the ties, whole or being drawn: ``transform`` maps map coordinates to its pixels."""

    image: QImage
    transform: QTransform
    state: tuple
    strokes: Iterator[tuple[QPen, QPainterPath]] | None = None  # what is left to draw


class EdgeLayer(pg.GraphicsObject):
    """All ties in one paint call, in z order; ``moving`` keeps the last picture (moved with the view) instead of
    drawing the ties again."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        super().__init__()
        self.viewbox = viewbox
        self.groups: dict[tuple, EdgeGroup] = {}
        self.moving = False
        self.redraws = 0  # pictures finished (the benchmark and the tests count them)
        self.longest_slice_ms = 0.0  # the longest the GUI thread drew ties at a time (the benchmark reads it)
        self.seconds_per_tie: float | None = None  # measured on each picture: says whether the next needs slices
        self._shown: Picture | None = None
        self._next: Picture | None = None  # being drawn in slices
        self._generation = 0
        self._ties, self._seconds = 0, 0.0  # of the picture being drawn
        self._slicer = QTimer(self, singleShot=True, interval=0, timeout=self._draw_slice)
        self.setParentItem(viewbox)
        self.setZValue(-1)  # below the view box's child group, which holds the rings, nodes and highlights
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    # -- what to draw ---------------------------------------------------------------------------------

    def changed(self) -> None:
        """A group, a pen or a visibility changed: the next frame draws the ties again."""
        self._generation += 1
        self.update()

    def set_moving(self, moving: bool) -> None:
        self.moving = moving
        if moving:  # a picture for where the view stood is no use any more
            self.stop()
        else:
            self.update()

    def stop(self) -> None:
        """Drop the picture being drawn in slices, if any."""
        self._next = None
        self._slicer.stop()

    @property
    def drawing(self) -> bool:
        """A sharp picture is being drawn in slices."""
        return self._next is not None

    def drawn(self) -> list[EdgeGroup]:
        return sorted((g for g in self.groups.values() if g.visible and g.count), key=lambda g: g.z)

    def boundingRect(self) -> QRectF:
        return self.viewbox.boundingRect()

    # -- drawing --------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, _option, widget=None) -> None:
        groups = self.drawn()
        if not groups:
            return
        to_view = self.viewbox.childTransform()  # map coordinates -> view box pixels
        if widget is None:  # a picture (PNG, SVG): the lines themselves, at the picture's resolution
            painter.save()
            painter.setClipRect(self.viewbox.boundingRect())
            painter.setTransform(to_view, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen, path in strokes(groups, 0):
                painter.setPen(pen)
                painter.drawPath(path)
            painter.restore()
            return
        to_device = to_view * painter.transform()
        box = painter.transform().mapRect(self.viewbox.boundingRect())  # the view box in the device's pixels
        ratio = widget.devicePixelRatioF()
        state = (self._generation, box.width(), box.height(), ratio)
        wanted = picture_transform(to_device, box)
        shown = self._shown
        if shown is None or shown.state != state or (not self.moving and shown.transform != wanted):
            pending = self._next
            if pending is None or pending.state != state or (not self.moving and pending.transform != wanted):
                self._start(groups, wanted, box, ratio, state)
            shown = self._shown
        if shown is None:
            return
        painter.save()
        painter.setClipRect(self.viewbox.boundingRect())
        # picture -> map coordinates -> the device as the view stands now
        painter.setTransform(shown.transform.inverted()[0] * to_device)
        # a zoomed picture blurs instead of showing blocks (about 2 ms of a frame)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(QPointF(0, 0), shown.image)
        painter.restore()

    def _start(self, groups: list[EdgeGroup], transform: QTransform, box: QRectF, ratio: float, state) -> None:
        """Draw a new picture: at once when it takes less than a slice (or nothing is shown yet), else in slices
        while the old one stays on screen."""
        width = max(int(np.ceil(box.width() * (1 + 2 * MARGIN) * ratio)), 1)
        height = max(int(np.ceil(box.height() * (1 + 2 * MARGIN) * ratio)), 1)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        ties = sum(group.count for group in groups)
        estimate = ties * (self.seconds_per_tie or 0.0) * 1000
        at_once = self._shown is None or estimate <= SLICE_MS
        self._next = Picture(image, transform, state, strokes(groups, 0 if at_once else CHUNK))
        self._ties, self._seconds = ties, 0.0
        self._slicer.stop()
        if at_once:
            self._draw_slice(budget_ms=float("inf"))
        else:
            self._slicer.start()

    def _draw_slice(self, budget_ms: float | None = None) -> None:
        picture = self._next
        if picture is None:
            return
        budget_ms = SLICE_MS if budget_ms is None else budget_ms
        began = time.perf_counter()
        painter = QPainter(picture.image)
        finished = True
        try:
            # an explicit clip lets Qt's raster engine cut each line to the picture before stroking it: three to
            # four times faster than without one (measured: 50,000 ties, 300 -> 75 ms of CPU)
            painter.setClipRect(QRectF(QPointF(0, 0), picture.image.deviceIndependentSize()))
            painter.setTransform(picture.transform)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen, path in picture.strokes:
                painter.setPen(pen)
                painter.drawPath(path)
                if (time.perf_counter() - began) * 1000 >= budget_ms:
                    finished = False  # perhaps nothing is left: the next slice finds out
                    break
        finally:
            painter.end()
        spent = time.perf_counter() - began
        self.longest_slice_ms = max(self.longest_slice_ms, spent * 1000)
        self._seconds += spent
        if not finished:
            self._slicer.start()
            return
        self.seconds_per_tie = self._seconds / max(self._ties, 1)
        self._shown, self._next = picture, None
        picture.strokes = None
        self.redraws += 1
        self.update()


def strokes(groups: list[EdgeGroup], chunk: int) -> Iterator[tuple[QPen, QPainterPath]]:
    """Each group's pen and paths, in z order (``chunk`` ties per path; 0: one path per group)."""
    for group in groups:
        for path in group.paths(chunk):
            yield group.pen, path


def picture_transform(to_device: QTransform, box: QRectF) -> QTransform:
    """Map coordinates -> the picture's (logical) pixels: the device's, shifted by whole pixels so that the
    margin starts at 0 (a fraction of a pixel would move every line off the device's grid)."""
    return to_device * QTransform.fromTranslate(round(MARGIN * box.width() - box.left()),
                                                round(MARGIN * box.height() - box.top()))
