"""The look of the network map: colours of the dimensions, shapes of the partner kinds, lines of the ties.

Declared once here so that the window, the exported pictures and ``netzplaner render`` look the same.
Colours: the dimensions use blue, violet and teal; the quality of a tie uses the traffic-light scale
(red, amber, green) and grey for "not assessed", so the two never compete.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ..domain.enums import Dimension, PartnerKind
from ..services.network_map import KINDS

DIMENSION_COLOURS = {Dimension.REGIONAL: "#1f5fa8", Dimension.THEMATIC: "#8e3fae",
                     Dimension.INTERNATIONAL: "#00897b"}
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
QUALITY_BANDS = ((70.0, "#43a047"), (40.0, "#f9a825"), (0.0, "#e53935"))
UNASSESSED_COLOUR = "#9e9e9e"
STRENGTH_WIDTH = {1: 0.6, 2: 1.0, 3: 1.6, 4: 2.4, 5: 3.4}

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
    return 210 if count <= 500 else 140 if count <= 5_000 else 90 if count <= 30_000 else 60


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
