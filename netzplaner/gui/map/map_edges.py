"""The ties of the map: one item that draws every group of ties, and on screen keeps what it drew as a picture.

Drawing 50,000 ties costs 20–60 ms (QPainter.drawPath of one-pixel, wide or dashed lines on the CPU); a frame at
60 per second has 16. So, as web maps do, the ties are drawn once into a picture of the view (with a margin
around it) and, while the view pans or zooms, that picture is moved and scaled with it, which costs a few
milliseconds whatever the size of the network. When the view comes to rest (or a tie, a filter or a style
changes) the picture is drawn again, sharp, with every tie in its own pen. Pictures (PNG, SVG) are drawn
straight from the lines, so an SVG keeps them as vector shapes.

The layer is a child of the view box, below the scene's map items (rings, nodes, highlights), and paints in the
view box's pixels, like the label layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen, QTransform

MARGIN = 0.25  # the picture reaches this share of the view beyond each side, so a short pan shows no gap


@dataclass(eq=False)
class EdgeGroup:
    """Ties drawn with one pen: ``ends`` holds both ends of each tie in map coordinates, one row per end."""

    ends: np.ndarray
    pen: QPen = field(default_factory=QPen)
    z: float = 0.0
    visible: bool = True
    _path: QPainterPath | None = None

    @property
    def count(self) -> int:
        return len(self.ends) // 2

    @property
    def path(self) -> QPainterPath:
        if self._path is None:
            self._path = pg.arrayToQPath(self.ends[:, 0], self.ends[:, 1], connect="pairs")
        return self._path


class EdgeLayer(pg.GraphicsObject):
    """All ties in one paint call, in z order; ``moving`` keeps the last picture (moved with the view) instead of
    drawing the ties again."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        super().__init__()
        self.viewbox = viewbox
        self.groups: dict[tuple, EdgeGroup] = {}
        self.moving = False
        self.redraws = 0  # pictures drawn (the benchmark and the tests count them)
        self._image: QImage | None = None
        self._image_transform = QTransform()  # map coordinates -> pixels of the picture, when it was drawn
        self._image_state = None
        self._generation = 0
        self.setParentItem(viewbox)
        self.setZValue(-1)  # below the view box's child group, which holds the rings, nodes and highlights
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    # -- what to draw ---------------------------------------------------------------------------------

    def set_groups(self, groups: dict[tuple, EdgeGroup]) -> None:
        self.groups = groups
        self.changed()

    def changed(self) -> None:
        """A group, a pen or a visibility changed: the next frame draws the ties again."""
        self._generation += 1
        self.update()

    def set_moving(self, moving: bool) -> None:
        self.moving = moving
        if not moving:
            self.update()

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
            draw_groups(painter, groups)
            painter.restore()
            return
        to_device = to_view * painter.transform()
        box = painter.transform().mapRect(self.viewbox.boundingRect())  # the view box in the device's pixels
        state = (self._generation, box.width(), box.height(), widget.devicePixelRatioF())
        if self._image is None or self._image_state != state or (
                not self.moving and picture_transform(to_device, box) != self._image_transform):
            self._draw_picture(groups, to_device, box, widget.devicePixelRatioF())
            self._image_state = state
        painter.save()
        painter.setClipRect(self.viewbox.boundingRect())
        # picture -> map coordinates -> the device as the view stands now
        painter.setTransform(self._image_transform.inverted()[0] * to_device)
        painter.drawImage(QPointF(0, 0), self._image)
        painter.restore()

    def _draw_picture(self, groups: list[EdgeGroup], to_device: QTransform, box: QRectF, ratio: float) -> None:
        width = max(int(np.ceil(box.width() * (1 + 2 * MARGIN) * ratio)), 1)
        height = max(int(np.ceil(box.height() * (1 + 2 * MARGIN) * ratio)), 1)
        if self._image is None or self._image.width() != width or self._image.height() != height:
            self._image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self._image.setDevicePixelRatio(ratio)
        self._image.fill(Qt.GlobalColor.transparent)
        self._image_transform = picture_transform(to_device, box)
        painter = QPainter(self._image)
        try:
            painter.setTransform(self._image_transform)
            draw_groups(painter, groups)
        finally:
            painter.end()
        self.redraws += 1


def picture_transform(to_device: QTransform, box: QRectF) -> QTransform:
    """Map coordinates -> the picture's (logical) pixels: the device's, shifted by whole pixels so that the
    margin starts at 0 (a fraction of a pixel would move every line off the device's grid)."""
    return to_device * QTransform.fromTranslate(round(MARGIN * box.width() - box.left()),
                                                round(MARGIN * box.height() - box.top()))


def draw_groups(painter: QPainter, groups: list[EdgeGroup]) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for group in groups:
        painter.setPen(group.pen)
        painter.drawPath(group.path)
