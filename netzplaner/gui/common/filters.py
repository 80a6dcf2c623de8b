"""Filter drop-downs: "All …" first, then the choices; refilled without losing what the user had chosen."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox

_KEEP = object()


def refill_filter(combo: QComboBox, everything: str, entries: Iterable[tuple[str, Any]], *,
                  everything_data: Any = None, chosen: Any = _KEEP) -> None:
    """Fill ``combo`` with ``everything`` and ``entries`` (text, data) and select ``chosen`` (by default what
    was selected before; the first entry when that is gone), without emitting a change."""
    if chosen is _KEEP:
        chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, everything_data)
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)
