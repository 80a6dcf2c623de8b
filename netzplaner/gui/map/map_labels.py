"""Text on the map: partner names, sector captions and summary bubbles, placed in screen space so that none
overlaps another, each on a light halo so that no line crosses it.

The placement is greedy (as Gephi's label adjust and most map engines do it): the most important partners first,
each tries a few positions around its node and takes the first one that covers neither a placed text nor another
node, else it stays unnamed. Occupied room is kept in a coarse raster of the view (cells of ``CELL`` pixels): a
test is one slice or one lookup in a summed-area table, so placing a few hundred names takes milliseconds and is
redone whenever the view comes to rest. Zooming in spreads the nodes, so more names fit (semantic zoom).

One ``LabelLayer`` item (``map_label_layer``) draws all texts in one paint call (``paint_labels``), as vector
text and rounded rectangles, so an SVG picture keeps them as text. This module needs no pyqtgraph: the board
workbook's picture (``map_picture``) places and paints its names with it, without the view.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

from . import map_style as style

CELL = 4  # pixels per cell of the occupancy raster
PAD = 2.0  # pixels of halo around a text
GAP = 3.0  # pixels between a node and its name


@dataclass(frozen=True)
class Label:
    """One text: ``x``, ``y`` in map coordinates; the box's top-left ``dx``, ``dy`` pixels from there."""

    x: float
    y: float
    dx: float
    dy: float
    width: float
    height: float
    text: str
    font: QFont
    colour: str = style.LABEL_COLOUR
    frame: str | None = None  # a coloured border (summary bubbles)
    index: int = -1  # the partner it names, -1 for captions and bubbles


def text_size(font: QFont, text: str) -> tuple[float, float]:
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines) + 2 * PAD, metrics.height() * len(lines) + PAD


class Room:
    """Which pixels of the view texts and nodes already take (cells of ``CELL`` pixels)."""

    def __init__(self, width: float, height: float) -> None:
        self.cols, self.rows = int(width // CELL) + 2, int(height // CELL) + 2
        self.width, self.height = width, height
        self.taken = np.zeros((self.rows, self.cols), dtype=bool)
        self.nodes = np.zeros((self.rows + 1, self.cols + 1), dtype=np.int64)  # summed-area table of node cells
        self._node_cells: list[list[int]] = []

    def _cells(self, left: float, top: float, right: float, bottom: float) -> tuple[int, int, int, int]:
        return (max(int(left // CELL), 0), max(int(top // CELL), 0),
                min(int(np.ceil(right / CELL)), self.cols), min(int(np.ceil(bottom / CELL)), self.rows))

    def add_nodes(self, x: np.ndarray, y: np.ndarray, radius: np.ndarray) -> None:
        """Nodes as obstacles (a node's own name is allowed next to it: see ``free``)."""
        c0 = np.clip(((x - radius) // CELL).astype(np.int64), 0, self.cols)
        r0 = np.clip(((y - radius) // CELL).astype(np.int64), 0, self.rows)
        c1 = np.clip(np.ceil((x + radius) / CELL).astype(np.int64), 0, self.cols)
        r1 = np.clip(np.ceil((y + radius) / CELL).astype(np.int64), 0, self.rows)
        self._node_cells = np.stack([c0, r0, c1, r1], axis=1).tolist()
        corners = np.zeros((self.rows + 1, self.cols + 1), dtype=np.int64)  # 2-D difference array
        np.add.at(corners, (r0, c0), 1)
        np.add.at(corners, (r0, c1), -1)
        np.add.at(corners, (r1, c0), -1)
        np.add.at(corners, (r1, c1), 1)
        cover = corners.cumsum(axis=0).cumsum(axis=1)[:self.rows, :self.cols]
        self.nodes[1:, 1:] = cover.cumsum(axis=0).cumsum(axis=1)

    def free(self, box: tuple[float, float, float, float], *, own: int = -1, nodes: bool = True) -> bool:
        left, top, right, bottom = box
        if left < 0 or top < 0 or right > self.width or bottom > self.height:
            return False
        c0, r0, c1, r1 = int(left // CELL), int(top // CELL), int(-(-right // CELL)), int(-(-bottom // CELL))
        if nodes:  # first the constant-time test: in a crowded view most candidates fail here
            t = self.nodes
            covered = t[r1, c1] - t[r0, c1] - t[r1, c0] + t[r0, c0]
            if own >= 0 and own < len(self._node_cells):  # the node itself does not count
                n0, m0, n1, m1 = self._node_cells[own]
                covered -= max(min(c1, n1) - max(c0, n0), 0) * max(min(r1, m1) - max(r0, m0), 0)
            if covered > 0:
                return False
        return not self.taken[r0:r1, c0:c1].any()

    def take(self, box: tuple[float, float, float, float]) -> None:
        c0, r0, c1, r1 = self._cells(*box)
        self.taken[r0:r1, c0:c1] = True


def candidates(radius: float, width: float, height: float) -> list[tuple[float, float]]:
    """Top-left offsets of a name around a node, in order of preference: right, left, above, below, corners."""
    r = radius + GAP
    d = r * 0.75
    return [(r, -height / 2), (-r - width, -height / 2), (-width / 2, -r - height), (-width / 2, r),
            (d, -d - height), (d, d), (-d - width, -d - height), (-d - width, d)]


def paint_labels(painter, labels: list[Label], transform) -> None:
    """Each text on its halo (a bubble in its coloured frame), in view box pixels: ``transform`` maps the labels'
    map coordinates there. The window's label layer and the workbook's picture (``map_picture``) paint alike."""
    halo = QBrush(style.HALO_COLOUR)
    for label in labels:
        anchor = transform.map(QPointF(label.x, label.y))
        box = QRectF(anchor.x() + label.dx, anchor.y() + label.dy, label.width, label.height)
        if label.frame:
            painter.setPen(QPen(QColor(label.frame), 2.0))
            painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
            painter.drawRoundedRect(box, 6.0, 6.0)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawRoundedRect(box, 3.0, 3.0)
        painter.setFont(label.font)
        painter.setPen(QColor(label.colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)


def caption_label(x: float, y: float, px: float, py: float, text: str, font: QFont, colour: str,
                  angle: float | None, *, frame: str | None = None) -> tuple[Label, tuple]:
    """A caption at pixel ``px``, ``py``: centred, or (with ``angle``) on the side of the point away from the
    map's centre. Returns the label and its box."""
    width, height = text_size(font, text)
    if frame:
        width, height = width + 10, height + 6
    if angle is None:
        dx, dy = -width / 2, -height / 2
    else:
        a = np.radians(angle)
        dx, dy = -width * (1 - np.cos(a)) / 2, -height * (1 + np.sin(a)) / 2
    label = Label(x, y, float(dx), float(dy), width, height, text, font, colour, frame=frame)
    return label, (px + dx, py + dy, px + dx + width, py + dy + height)


def place_names(room: Room, px: np.ndarray, py: np.ndarray, radius: np.ndarray, order: np.ndarray,
                texts: list[str], anchors: np.ndarray, partners: np.ndarray, fonts: tuple[QFont, QFont],
                must: np.ndarray, limit: int) -> list[Label]:
    """Names for the nodes ``order`` (most important first); ``must`` ones (the own firm, the selection) are
    named even where they have to overlap; the others only where a candidate position is free."""
    metrics = [QFontMetricsF(font) for font in fonts]
    labels: list[Label] = []
    for k in order.tolist():
        forced = bool(must[k])
        if len(labels) >= limit and not forced:
            break  # the forced ones come first in ``order``
        bold = 1 if forced else 0
        text = texts[int(partners[k])]
        width = metrics[bold].horizontalAdvance(text) + 2 * PAD
        height = metrics[bold].height() + PAD
        chosen = None
        # the own firm and the selection may cover other nodes, but not another text, before they overlap
        for avoid_nodes in (True, False) if forced else (True,):
            for dx, dy in candidates(float(radius[k]), width, height):
                box = (px[k] + dx, py[k] + dy, px[k] + dx + width, py[k] + dy + height)
                if room.free(box, own=k, nodes=avoid_nodes):
                    chosen = (dx, dy, box)
                    break
            if chosen is not None:
                break
        if chosen is None:
            if not forced:
                continue
            dx, dy = candidates(float(radius[k]), width, height)[0]
            chosen = (dx, dy, (px[k] + dx, py[k] + dy, px[k] + dx + width, py[k] + dy + height))
        dx, dy, box = chosen
        room.take(box)
        labels.append(Label(float(anchors[k, 0]), float(anchors[k, 1]), float(dx), float(dy), width, height,
                            text, fonts[bold], index=int(partners[k])))
    return labels
