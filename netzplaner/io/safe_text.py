"""Text from users on its way into a spreadsheet: never a formula, always within Excel's limits.

Formula injection ("CSV injection"): a cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return may be run as a formula by Excel or LibreOffice (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). In an
``.xlsx`` such text is stored as a string cell (never a formula) with the "quote prefix" style, so it stays text
even when somebody edits the cell; in a ``.csv`` it gets a leading apostrophe, the form Excel itself uses.

Limits that make Excel offer to "repair" a file when broken: a cell holds at most 32,767 characters, a sheet name
has at most 31 characters and none of ``[ ] : * ? / \\``, a drop-down list written into the validation is at
most 255 characters, a table name is unique in the workbook and is not a cell reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
QUOTED_PREFIXES = (*DANGEROUS_PREFIXES, "\n")  # in a cell a leading CR is stored as LF: quote that too
CELL_LIMIT = 32_767  # characters in one cell
SHEET_TITLE_LIMIT = 31
LIST_VALIDATION_LIMIT = 255  # characters of an inline drop-down list (the items joined by commas)
HEADER_FOOTER_LIMIT = 255  # characters of one header or footer (all three parts with their codes)
TABLE_NAME_LIMIT = 255

_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ufffe\uffff]")  # not allowed in XML 1.0 (tab, LF, CR are)
_CLAMP_MARK = "…"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEET_TITLES = {"history"}  # Excel reserves "History" for change tracking
_TABLE_CHARS = re.compile(r"[^\w.]", re.UNICODE)
_CELL_REF = re.compile(r"^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$")


def is_dangerous(text: str) -> bool:
    """True when spreadsheet software could read ``text`` as a formula."""
    return bool(text) and text.startswith(DANGEROUS_PREFIXES)


def needs_quote(text: str) -> bool:
    """True when a cell holding ``text`` (already through ``cell_text``) gets the quote-prefix style."""
    return bool(text) and text.startswith(QUOTED_PREFIXES)


def cell_text(text: object, limit: int = CELL_LIMIT) -> str:
    """Text fit for one cell: characters XML cannot carry removed, line breaks made ``\\n``, at most ``limit``.

    A text cut short ends in "…" so a reader sees that something is missing. The formula prefix is *not*
    removed here: the writer keeps such text a string (see ``is_dangerous``).
    """
    value = str(text)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ILLEGAL.sub("", value)
    if len(value) > limit:
        value = value[: limit - len(_CLAMP_MARK)] + _CLAMP_MARK
    return value


def csv_text(text: object) -> str:
    """A CSV field: dangerous text gets a leading apostrophe (Excel shows it without, as text)."""
    value = str(text)
    return "'" + value if is_dangerous(value) else value


def from_csv_text(text: str) -> str:
    """Undo ``csv_text`` when reading a CSV back: drop the apostrophe in front of a dangerous prefix."""
    if text.startswith("'") and is_dangerous(text[1:]):
        return text[1:]
    return text


def sheet_title(text: str, taken: Iterable[str] = (), fallback: str = "Tabelle") -> str:
    """A valid, unique sheet name: forbidden characters replaced, at most 31 characters, not "History"."""
    title = _SHEET_FORBIDDEN.sub("-", _ILLEGAL.sub("", str(text))).strip().strip("'").strip()
    if not title or title.casefold() in _RESERVED_SHEET_TITLES:
        title = fallback
    title = title[:SHEET_TITLE_LIMIT].rstrip().rstrip("'")
    used = {t.casefold() for t in taken}
    candidate, number = title, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = title[: SHEET_TITLE_LIMIT - len(suffix)].rstrip() + suffix
    return candidate


def table_name(text: str, taken: Iterable[str] = ()) -> str:
    """A valid, workbook-unique table name: letters, digits, ``_`` and ``.``, not a cell reference."""
    name = _TABLE_CHARS.sub("_", str(text).strip())
    if not name or not (name[0].isalpha() or name[0] == "_"):
        name = "T_" + name
    if _CELL_REF.match(name):
        name = "T_" + name
    name = name[:TABLE_NAME_LIMIT]
    used = {t.casefold() for t in taken}
    candidate, number = name, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f"_{number}"
        candidate = name[: TABLE_NAME_LIMIT - len(suffix)] + suffix
    return candidate


def list_validation(items: Iterable[str]) -> str:
    """The ``formula1`` of a drop-down list validation: ``"a,b,c"``.

    Raises ValueError when an item holds a comma or a double quote (Excel splits or breaks on them) or when the
    list is longer than Excel's 255 characters; a longer list belongs in a cell range instead.
    """
    items = [str(i) for i in items]
    for item in items:
        if "," in item or '"' in item or not item.strip():
            raise ValueError(f"A drop-down item must be non-empty without commas or quotes: {item!r}")
    joined = ",".join(items)
    if len(joined) > LIST_VALIDATION_LIMIT:
        raise ValueError(f"A drop-down list may have at most {LIST_VALIDATION_LIMIT} characters, not {len(joined)}")
    return f'"{joined}"'


def header_footer_text(text: str, limit: int = 60) -> str:
    """User text inside a page header or footer: ``&`` doubled (it starts a code there), kept short."""
    value = cell_text(text).replace("\n", " ")
    if len(value) > limit:
        value = value[: limit - 1] + _CLAMP_MARK
    return value.replace("&", "&&")
