"""One way to write numbers, money, shares and dates per language, for every surface (window, workbook, pictures,
command line).

German: 10.000 · 3,5 · 1.250 € · 45 % · 30.11.2026.  English: 10,000 · 3.5 · €1,250 · 45% · 2026-11-30.
English dates are ISO (2026-11-30): unambiguous for British and American readers alike, and the same text the
workbook's English date cells show (``workbook_styles.DATE_FORMATS``). A missing value is an en dash.
Spreadsheet cell formats for the same styles are in ``excel_format``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

MISSING = "–"
_SWAP = str.maketrans(",.", ".,")


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "de"


def number(value: float | int | None, lang: str = "de", digits: int | None = None) -> str:
    """10.000 / 10,000 for whole numbers; ``digits`` decimals for the rest (default: 1 for a float, 0 for an
    int): 3,5 / 3.5."""
    if value is None:
        return MISSING
    if digits is None:
        digits = 0 if isinstance(value, int) else 1
    # half away from zero, as a spreadsheet rounds its cells (54.5 → 55, where Python's format gives 54)
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{digits}f}"
    return text.translate(_SWAP) if _lang(lang) == "de" else text


def money(value: float | int | None, lang: str = "de") -> str:
    """Euros without cents (1.250 € / €1,250): the plan budgets whole euros."""
    if value is None:
        return MISSING
    amount = number(value, lang, 0)
    return f"{amount} €" if _lang(lang) == "de" else f"€{amount}"


def percent(share: float | None, lang: str = "de") -> str:
    """A share 0-1 as a whole percentage: 45 % / 45%."""
    if share is None:
        return MISSING
    amount = number(share * 100, lang, 0)
    return f"{amount} %" if _lang(lang) == "de" else f"{amount}%"


def day(value: date | datetime | None, lang: str = "de") -> str:
    """30.11.2026 / 2026-11-30."""
    if value is None:
        return MISSING
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if _lang(lang) == "en" else value.strftime("%d.%m.%Y")


def excel_format(kind: str, lang: str = "de") -> str:
    """The spreadsheet number format showing a cell as ``day``/``number``/``money``/``percent`` would.

    Excel applies the reader's own separators to ``#,##0``; the pattern only says where they go."""
    formats = {"date": "DD.MM.YYYY" if _lang(lang) == "de" else "YYYY-MM-DD",
               "int": "#,##0", "decimal": "#,##0.0", "percent": "0%",
               "money": '#,##0 "€"' if _lang(lang) == "de" else '"€"#,##0'}
    return formats[kind]
