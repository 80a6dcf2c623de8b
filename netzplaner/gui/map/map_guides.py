"""The guide of the network map layout: faint rings for the strength of the tie to the own firm, and the names
of the sectors beside their partners, drawn only while the partners sit where that layout put them.

The rings are line items; the names are captions for the label layer (drawn over the nodes, on a halo, and kept
free of partner names)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont, QTransform

from ...analysis.layout import NO_NETWORK, RADIUS, MapGeometry
from ...domain.enums import Dimension
from ..common.i18n import term
from .map_labels import Label, Room, caption_label, text_size
from .map_style import DIMENSION_COLOURS, GUIDE_COLOUR

NO_NETWORK_COLOUR = "#607d8b"


@dataclass(frozen=True)
class Caption:
    """A text at ``x``, ``y`` (map coordinates); ``angle`` (degrees) says on which side of the point it sits:
    away from the centre, so a sector's name stands beside its partners, not on them."""

    x: float
    y: float
    text: str
    colour: str
    angle: float | None = None  # None: centred on the point
    sector: int = -1  # the sector it names (summary bubbles replace it), -1 for ring names
    large: bool = False


def sector_name(sector: int) -> str:
    if sector == NO_NETWORK:
        return QCoreApplication.translate("MapGuides", "No network")
    return term(tuple(Dimension)[sector])


def sector_colour(sector: int) -> str:
    return NO_NETWORK_COLOUR if sector == NO_NETWORK else DIMENSION_COLOURS[tuple(Dimension)[sector]]


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle (a narrow caption beside the disc)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def guide_rings(geometry: MapGeometry, *, scale: float = 1.0) -> list[pg.GraphicsObject]:
    import pyqtgraph as pg  # here: the workbook's picture takes the captions and draws its own rings

    pen = pg.mkPen("#cfd8dc", width=1.0 * scale, style=Qt.PenStyle.DashLine)
    angles = np.linspace(0, 2 * np.pi, 241)
    items: list[pg.GraphicsObject] = []
    for _tie, inner, outer in geometry.rings:
        radius = (inner + outer) / 2
        ring = pg.PlotCurveItem(radius * np.cos(angles), radius * np.sin(angles), pen=pen)
        ring.setZValue(-10)
        items.append(ring)
    return items


def guide_captions(geometry: MapGeometry) -> list[Caption]:
    captions: list[Caption] = []
    gap = np.radians(geometry.gap_angle)
    for tie, inner, outer in geometry.rings:
        radius = (inner + outer) / 2
        text = str(tie) if tie else QCoreApplication.translate("MapGuides", "none")
        captions.append(Caption(radius * np.cos(gap), radius * np.sin(gap), text, GUIDE_COLOUR))
    captions.append(Caption((RADIUS + 0.25) * np.cos(gap), (RADIUS + 0.25) * np.sin(gap),
                            two_lines(QCoreApplication.translate("MapGuides", "strength of our tie")),
                            GUIDE_COLOUR, angle=geometry.gap_angle))
    reach = dict(geometry.reach)
    for sector, _first, _span in geometry.sectors:
        angle = geometry.sector_centre(sector)
        distance = reach.get(sector, RADIUS) or RADIUS
        distance += 0.25
        captions.append(Caption(distance * np.cos(np.radians(angle)), distance * np.sin(np.radians(angle)),
                                sector_name(sector), sector_colour(sector), angle=angle, sector=sector,
                                large=True))
    return captions


def caption_labels(captions: list[Caption], bubbles: dict[int, tuple], m: QTransform, room: Room, small: QFont,
                   large: QFont) -> list[Label]:
    """The guide's captions and, in the overview, one bubble per network (``bubbles``: {sector: (pixel x, pixel
    y, text)}, count and mean quality), which stands in for the network's caption; each takes its place in
    ``room``. ``m`` maps map coordinates to pixels. The window's view and the workbook's picture place them alike."""
    bubbles = dict(bubbles)
    labels = []
    for caption in captions:
        point = m.map(QPointF(caption.x, caption.y))
        text, frame = caption.text, None
        if caption.sector in bubbles:
            text, frame = bubbles.pop(caption.sector)[2], caption.colour
        label, box = caption_label(caption.x, caption.y, point.x(), point.y(), text,
                                   large if caption.large else small, caption.colour, caption.angle, frame=frame)
        room.take(box)
        labels.append(label)
    inverse = m.inverted()[0]
    for sector, (cx, cy, text) in bubbles.items():
        spot = inverse.map(QPointF(cx, cy))
        label, box = caption_label(spot.x(), spot.y(), cx, cy, text, large, sector_colour(sector), None,
                                   frame=sector_colour(sector))
        # a cluster at the edge of the view keeps its whole bubble in view
        shift_x = max(4.0 - box[0], 0.0) - max(box[2] - room.width + 4.0, 0.0)
        shift_y = max(4.0 - box[1], 0.0) - max(box[3] - room.height + 4.0, 0.0)
        label = replace(label, dx=label.dx + shift_x, dy=label.dy + shift_y)
        room.take((box[0] + shift_x, box[1] + shift_y, box[2] + shift_x, box[3] + shift_y))
        labels.append(label)
    return labels


def caption_margin(captions: list[Caption], small: QFont, large: QFont) -> tuple[float, float, float]:
    """Pixels the guide's captions need beyond the disc (the sector names stand outside it): on the left, on the
    right (each side only for the captions that stand there), and above and below."""
    left, right, vertical = [0.0], [0.0], [0.0]
    for caption in captions:
        if caption.angle is not None:
            width, height = text_size(large if caption.large else small, caption.text)
            angle = np.radians(caption.angle)
            (right if np.cos(angle) >= 0 else left).append(width * abs(np.cos(angle)))
            vertical.append(height * abs(np.sin(angle)))
    return max(left) + 4, max(right) + 4, max(vertical) + 4
