"""German and English names of the vocabulary, for output made without Qt (command line, workbooks, demo).

The names are declared with the words themselves (``domain.enums``); the GUI shows the same words, so the workbook
and the window never disagree.
"""

from __future__ import annotations

from enum import Enum

from .enums import VOCABULARY

LANGUAGES = ("de", "en")

# member -> (Deutsch, English); a member's code finds it too ("company" is PartnerKind.COMPANY)
_LABELS: dict[Enum, tuple[str, str]] = {word: (word.de, word.en) for kind in VOCABULARY for word in kind}


def label(member: Enum | str, lang: str = "de") -> str:
    """The display name of a vocabulary member in German ("de") or English ("en")."""
    de, en = _LABELS[member]
    return en if lang == "en" else de


def from_label(enum_type: type[Enum], text: str) -> Enum | None:
    """The member whose code, German or English name matches ``text`` (case-insensitive), else None."""
    wanted = text.strip().casefold()
    for member in enum_type:
        names = (member.value, *_LABELS[member])
        if any(wanted == name.casefold() for name in names):
            return member
    return None
