"""The look of the network map: colours of the dimensions, shapes of the partner kinds, lines of the ties.

Declared once here so that the window, the exported pictures and ``netzplaner render`` look the same.
Colours: the dimensions use blue, violet and teal; the quality of a tie uses the traffic-light scale
(red, amber, green) and grey for "not assessed", so the two never compete.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPen

from ...domain.enums import Dimension, PartnerKind
from ...domain.figures import NETWORK_COLOURS
from ...services.network_map import KINDS

DIMENSION_COLOURS = NETWORK_COLOURS  # one definition: the map, the overview and the workbook colour a network alike
OWN_FIRM_COLOUR = "#263238"
SELECTED_COLOUR = "#ff6f00"
BACKGROUND = "#ffffff"

# partner kinds grouped into six shapes (a dozen shapes could not be told apart on a projector)
SHAPE_GROUPS: tuple[tuple[str, tuple[PartnerKind, ...]], ...] = (
    ("o", (PartnerKind.COMPANY, PartnerKind.SERVICE_PROVIDER, PartnerKind.OTHER)),
    ("t1", (PartnerKind.CUSTOMER,)),  # triangle up
    ("t", (PartnerKind.SUPPLIER,)),  # triangle down
    ("d", (PartnerKind.UNIVERSITY, PartnerKind.RESEARCH_INSTITUTE)),
    ("s", (PartnerKind.CHAMBER, PartnerKind.PUBLIC_BODY)),
    ("h", (PartnerKind.ASSOCIATION, PartnerKind.CLUSTER, PartnerKind.PLATFORM)),
)
OWN_FIRM_SYMBOL = "star"
SYMBOL_OF_KIND = np.array([next(sym for sym, kinds in SHAPE_GROUPS if k in kinds) for k in KINDS], dtype=object)

# quality of a tie: (lower bound of the quality index, colour, label)
QUALITY_BANDS = ((70.0, "#43a047"), (40.0, "#f0a000"), (0.0, "#d32f2f"))
UNASSESSED_COLOUR = "#c5ccd1"  # light: ties nobody judged yet recede behind the judged ones
UNASSESSED_BAND = 3
POOR_BAND = 2
STRENGTH_WIDTH = {1: 1.2, 2: 1.5, 3: 2.0, 4: 2.8, 5: 3.8}
UNASSESSED_WIDTH = 1.0
POOR_MIN_WIDTH = 2.4  # a poor tie is never a hairline, whatever its strength
WEAK_STRENGTH = 2  # ties up to this strength are drawn dashed
DASHES = [3.0, 2.5]  # in units of the line width

# the font family of pictures: Arial on Windows, its metric twin Liberation Sans on Linux
PICTURE_FONT = "Arial"
SVG_FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif"
LABEL_COLOUR = "#1c2429"
GUIDE_COLOUR = "#78909c"
HALO_COLOUR = QColor(255, 255, 255, 225)

# the measures a node's size can follow (key, English label: shown through tr())
SIZE_MEASURES = (
    ("tie", QT_TRANSLATE_NOOP("MapStyle", "Strength of our tie")),
    ("degree", QT_TRANSLATE_NOOP("MapStyle", "Number of relationships")),
    ("betweenness", QT_TRANSLATE_NOOP("MapStyle", "Broker role (betweenness)")),
)


def tr(text: str) -> str:
    """The labels marked with QT_TRANSLATE_NOOP("MapStyle", …) above, in the UI language."""
    return QCoreApplication.translate("MapStyle", text)


def quality_band(quality: np.ndarray) -> np.ndarray:
    """0 good, 1 fair, 2 poor, 3 not assessed, for each quality index."""
    band = np.full(len(quality), 3, dtype=np.int64)
    assessed = np.isfinite(quality)
    for i, (lower, _colour) in reversed(list(enumerate(QUALITY_BANDS))):
        band[assessed & (quality >= lower)] = i
    return band


def band_colour(band: int) -> str:
    return QUALITY_BANDS[band][1] if band < len(QUALITY_BANDS) else UNASSESSED_COLOUR


def band_label(band: int) -> str:
    translate = QCoreApplication.translate
    return (translate("MapStyle", "Good tie (quality 70–100)"), translate("MapStyle", "Fair tie (quality 40–69)"),
            translate("MapStyle", "Poor tie (quality below 40)"), translate("MapStyle", "Not assessed"))[band]


def edge_alpha(count: int) -> int:
    """Fewer, clearer lines in a small network; faint ones in a large network so the nodes stay visible."""
    return 220 if count <= 500 else 150 if count <= 5_000 else 100 if count <= 30_000 else 70


def edge_width(strength: int, band: int) -> float:
    """Stronger ties are thicker; poor ties never thin; ties nobody judged stay thin whatever their strength."""
    if band == UNASSESSED_BAND:
        return UNASSESSED_WIDTH
    width = STRENGTH_WIDTH[int(strength)]
    return max(width, POOR_MIN_WIDTH) if band == POOR_BAND else width


def edge_pen(strength: int, band: int, alpha: int, *, scale: float = 1.0) -> QPen:
    """The pen of a group of ties: weak ties are dashed and poor ones wide, so both stand out."""
    colour = QColor(band_colour(band))
    colour.setAlpha(alpha if band != UNASSESSED_BAND else max(alpha * 2 // 3, 40))
    pen = QPen(colour)
    pen.setCosmetic(True)
    pen.setWidthF(edge_width(strength, band) * scale)
    if strength <= WEAK_STRENGTH and band != UNASSESSED_BAND:
        pen.setDashPattern(DASHES)
    return pen


def label_pixels(*, presentation: bool = False) -> float:
    """The pixel size of the partner names: the application's font (the user's font preference), larger when
    presenting so that the back of the room reads them."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return max(points, 6.0) * 4.0 / 3.0 * (1.7 if presentation else 1.0)


def node_sizes(measure: np.ndarray, *, base: float, spread: float) -> np.ndarray:
    """Pixel sizes from a measure: the square root keeps hubs from swallowing the map."""
    measure = np.asarray(measure, dtype=float)
    top = float(measure.max()) if measure.size else 0.0
    if top <= 0:
        return np.full(measure.shape, base)
    return base + spread * np.sqrt(np.clip(measure, 0, None) / top)


def dimension_colour(mask: int, *, second: bool = False) -> QColor:
    """The colour of the first (or second) dimension in a partner's mask; grey when it has none."""
    dims = [d for i, d in enumerate(Dimension) if mask & (1 << i)]
    if second:
        return QColor(DIMENSION_COLOURS[dims[1]]) if len(dims) > 1 else QColor(255, 255, 255)
    return QColor(DIMENSION_COLOURS[dims[0]]) if dims else QColor("#b0bec5")
