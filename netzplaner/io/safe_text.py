"""User text on every way out: spreadsheet cells, CSV fields, XML (GraphML, GEXF, SVG) and the terminal.

One order everywhere: first the hidden characters go (``domain.text``: control characters, bidi controls,
characters XML cannot hold), then the way out gets its own protection. Checking the formula prefix before the
controls are gone would let ``"\\x01=1+1"`` become the cell ``=1+1``.

Formula injection ("CSV injection"): a cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return may be run as a formula by Excel or LibreOffice (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``); the full-width
signs (``＝ ＋ － ＠``) are treated alike, as an input method may turn them into the plain ones. In an ``.xlsx``
such text is stored as a string cell (never a formula) with the "quote prefix" style, so it stays text even when
somebody edits the cell; in a ``.csv`` it gets a leading apostrophe, the form Excel itself uses.

Limits that make Excel offer to "repair" a file when broken: a cell holds at most 32,767 characters, a sheet name
has at most 31 characters and none of ``[ ] : * ? / \\``, a drop-down list written into the validation is at
most 255 characters, a table name is unique in the workbook and is not a cell reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.text import HIDDEN, one_line, plain_text

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
QUOTED_PREFIXES = (*DANGEROUS_PREFIXES, "\n")  # in a cell a leading CR is stored as LF: quote that too
CELL_LIMIT = 32_767  # characters in one cell
SHEET_TITLE_LIMIT = 31
LIST_VALIDATION_LIMIT = 255  # characters of an inline drop-down list (the items joined by commas)
HEADER_FOOTER_LIMIT = 255  # characters of one header or footer (all three parts with their codes)
TABLE_NAME_LIMIT = 255

_CLAMP_MARK = "…"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEET_TITLES = {"history"}  # Excel reserves "History" for change tracking
_TABLE_CHARS = re.compile(r"[^\w.]", re.UNICODE)
_CELL_REF = re.compile(r"^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$")
# text a cell takes as it is: nothing hidden, no CR, within the limit (the streamed sheets skip cell_text for it)
is_plain_cell = re.compile(f"[^{HIDDEN}\r]{{1,{CELL_LIMIT - 1}}}").fullmatch
_SHOWN_ESCAPED = re.compile(f"[{HIDDEN}\t\r\n]")
_SHOWN_ESCAPED_BUT_LINES = re.compile(f"[{HIDDEN}\t\r]")
_JSON_HIDDEN = re.compile(f"[{HIDDEN}]")


# -- formula prefixes: always asked of text that has been through plain_text -------------------------------

def is_dangerous(text: str) -> bool:
    """True when spreadsheet software could read ``text`` as a formula."""
    return bool(text) and text.startswith(DANGEROUS_PREFIXES)


def needs_quote(text: str) -> bool:
    """True when a cell holding ``text`` (already through ``cell_text``) gets the quote-prefix style."""
    return bool(text) and text.startswith(QUOTED_PREFIXES)


# -- spreadsheet cells -------------------------------------------------------------------------------------

def cell_text(text: object, limit: int = CELL_LIMIT) -> str:
    """Text fit for one cell: hidden characters removed, line breaks made ``\\n``, at most ``limit`` characters.

    A text cut short ends in "…" so a reader sees that something is missing. The formula prefix is *not*
    removed here: the writer keeps such text a string with the quote-prefix style (see ``needs_quote``).
    """
    value = plain_text(str(text))
    if len(value) > limit:
        value = value[: limit - len(_CLAMP_MARK)] + _CLAMP_MARK
    return value


# -- CSV fields --------------------------------------------------------------------------------------------

def csv_text(text: object) -> str:
    """A CSV field: hidden characters removed, then dangerous text gets a leading apostrophe (Excel shows it
    without, as text)."""
    value = plain_text(str(text))
    return "'" + value if needs_quote(value) else value  # a leading CR became LF: that is quoted too


def from_csv_text(text: str) -> str:
    """Undo ``csv_text`` when reading a CSV back: drop the apostrophe in front of a dangerous prefix."""
    if text.startswith("'") and needs_quote(text[1:]):
        return text[1:]
    return text


# -- XML (GraphML, GEXF, SVG) ------------------------------------------------------------------------------

def xml_text(value: object) -> str:
    """Element content: hidden characters removed (XML 1.0 cannot hold most of them), ``& < >`` escaped."""
    from xml.sax.saxutils import escape  # here, not at the top: it pulls in urllib, http and email (0.05 s)

    return escape(plain_text(str(value)))


def xml_attr(value: object) -> str:
    """An attribute value with its quotes: hidden characters removed, quotes, tabs and line breaks escaped."""
    from xml.sax.saxutils import quoteattr

    return quoteattr(plain_text(str(value)))


def xml_document(text: str) -> str:
    """A whole XML document another library wrote (Qt's SVG): hidden characters removed wherever they are.

    Markup never holds them, so only the user's text changes, and the document becomes well-formed.
    """
    return plain_text(text)


# -- the terminal ------------------------------------------------------------------------------------------

def terminal_text(text: object, *, lines: bool = False) -> str:
    """Text for a terminal: hidden characters, tabs and (unless ``lines``) line breaks shown as ``\\x1b``,
    ``\\u202e``, ``\\n`` -- visible, never run (``ESC [2J`` would clear the screen), never a UnicodeEncodeError."""
    value = str(text)
    pattern = _SHOWN_ESCAPED_BUT_LINES if lines else _SHOWN_ESCAPED
    return pattern.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)


def terminal_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) for a terminal: hidden characters written as ``\\uXXXX``.

    json escapes C0 itself but writes DEL, C1, bidi controls and lone surrogates as they are; they only occur inside
    JSON strings, where ``\\uXXXX`` is the same character to every JSON reader.
    """
    return _JSON_HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- sheet and table names, drop-downs, headers ------------------------------------------------------------

def sheet_title(text: str, taken: Iterable[str] = (), fallback: str = "Tabelle") -> str:
    """A valid, unique sheet name: forbidden characters replaced, at most 31 characters, not "History"."""
    title = _SHEET_FORBIDDEN.sub("-", one_line(str(text))).strip().strip("'").strip()
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
