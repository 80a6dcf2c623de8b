"""Data sheets whose rows are streamed straight into the saved workbook (10,000s of rows in well under a second).

openpyxl builds every sheet with its header row, column widths, Excel table, drop-down lists, conditional
formats, frozen header and print setup; the body rows of the large sheets are then written as plain
SpreadsheetML rows into the sheet's XML while the file is copied to its final place. openpyxl needs about a
microsecond and a Python object per cell; the stream needs neither, so a plan with 10,000 actions, 20,000
partners and 100,000 relationships is written in a few seconds with flat memory.

Each cell carries the style openpyxl registered for its column (``cell.style_id``), text is an inline string
(never a formula: dangerous text additionally gets the quote-prefix style), dates are serial numbers with a date
format, formulas are our own.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.filters import AutoFilter

from ..domain.text import HIDDEN
from .safe_text import CELL_LIMIT, QUOTED_PREFIXES, cell_text, is_plain_cell
from .workbook_styles import EXCEL_EPOCH, excel_serial, style_cell, style_header

Progress = Callable[[int, int], None]
CHUNK = 2000  # rows per write and per progress report
MIN_WIDTH, MAX_WIDTH, MAX_WRAP_WIDTH = 6.0, 45.0, 60.0
LINE_HEIGHT, MAX_LINES = 13.0, 12  # points per further line of Calibri 11; taller rows are capped


@dataclass(frozen=True)
class Column:
    """One column of a data sheet. ``formula`` makes a computed column: row number -> formula (without ``=``)."""

    key: str
    header: str
    kind: str = "text"
    width: float | None = None  # None: fit to the content
    hidden: bool = False
    formula: Callable[[int], str] | None = None
    rotate: bool = False  # header text turned upright (narrow score columns)
    keep_empty: bool = False  # write empty cells with the column's format (columns the board fills in)


_PREFIXES = frozenset(QUOTED_PREFIXES)


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def row_height(lines: int) -> float:
    """Points of a row showing ``lines`` lines of wrapped text (the first line is the standard 15 pt row)."""
    return 15.0 + LINE_HEIGHT * (min(lines, MAX_LINES) - 1)


def chars_per_line(width: float) -> float:
    """Characters of ordinary text in a column ``width`` wide (widths count the digit 0, text is narrower)."""
    return max(4.0, (width - 1) * 1.15)


def wrapped_lines(text: str, per_line: float) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries into ``per_line`` characters."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > per_line:
                lines += 1
                used = 0
            if size > per_line:  # a word longer than the line is broken
                lines += math.ceil(size / per_line) - 1
                used = size % per_line
            else:
                used += size + (1 if used else 0)
    return max(1, lines)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=4)


def _fit_width(column: Column, rows: Sequence[Sequence], index: int) -> float:
    """A width that fits the content (or the given width), never narrower than the longest header word."""
    if column.rotate:
        return column.width or 6.0
    header = _longest_word(column.header) + 2.5  # a header may wrap between words, not inside one
    if column.width is not None:
        return max(column.width, header)
    header = max(header, min(len(column.header), 12) + 3)  # room for the filter button
    if column.kind == "date":
        return max(12.0, header)
    if column.kind in ("int", "score", "index", "percent", "number", "money"):
        widest = max((len(f"{v:,.1f}") for v in (r[index] for r in rows[:5000]) if isinstance(v, (int, float))),
                     default=4)
        return float(min(MAX_WIDTH, max(header, widest + 3, MIN_WIDTH)))
    lengths = sorted(len(v) if isinstance(v, str) else len(str(v)) for v in (r[index] for r in rows[:5000])
                     if v is not None)
    typical = lengths[int(len(lengths) * 0.95)] if lengths else 0  # a few very long texts may wrap
    limit = MAX_WRAP_WIDTH if column.kind == "wrap" else MAX_WIDTH
    return float(min(limit, max(header, typical * 1.1 + 2, MIN_WIDTH)))


class RowsOnDemand(Sequence):
    """Rows made when they are read (the stream reads ``CHUNK`` at a time) instead of held all at once:
    ``make(keys)`` makes the rows of some keys, in the order of ``keys``."""

    def __init__(self, keys: Sequence, make: Callable[[Sequence], list[Sequence]]) -> None:
        self.keys, self.make = keys, make

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.make(self.keys[index])
        return self.make([self.keys[index]])[0]


class StreamedSheet:
    """A data sheet: header and frame by openpyxl now, body rows streamed in by ``write_rows`` at save time."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], rows: Sequence[Sequence], *,
                 lang: str, table_name: str | None, freeze: str = "A2",
                 table_style: str = "TableStyleMedium2") -> None:
        self.ws = ws = wb.create_sheet(title)
        self.columns, self.rows, self.lang = list(columns), rows, lang
        self.letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        self.last_row = max(2, len(rows) + 1)  # a table needs one body row, empty or not
        for i, (column, letter) in enumerate(zip(self.columns, self.letters)):
            cell = ws.cell(row=1, column=i + 1, value=cell_text(column.header))
            style_header(cell)
            if column.rotate:
                cell.alignment = Alignment(textRotation=90, vertical="bottom", horizontal="center")
            dim = ws.column_dimensions[letter]
            dim.width = _fit_width(column, rows, i)
            dim.hidden = column.hidden
        lines = max(wrapped_lines(c.header, chars_per_line(ws.column_dimensions[l].width) - 3)
                    for c, l in zip(self.columns, self.letters) if not c.rotate)
        upright = max((len(c.header) * 6.5 + 10 for c in self.columns if c.rotate), default=0)
        ws.row_dimensions[1].height = max(row_height(min(3, lines)) + 4, upright)
        ws.freeze_panes = freeze
        self.table: Table | None = None
        self._styles = self._register_styles(wb)
        if table_name is None:  # a sheet for the program, not for people: no Excel table
            return
        ref = f"A1:{self.letters[-1]}{self.last_row}"
        table = Table(displayName=table_name, ref=ref, autoFilter=AutoFilter(ref=ref),
                      tableStyleInfo=TableStyleInfo(name=table_style, showRowStripes=True))
        table.tableColumns = [TableColumn(id=i, name=cell_text(c.header)) for i, c in enumerate(self.columns, 1)]
        ws.add_table(table)
        self.table = table

    def _register_styles(self, wb: Workbook) -> list[tuple[int, int]]:
        """(plain, quote-prefixed) style ids per column, registered through a scratch sheet removed again."""
        scratch = wb.create_sheet("_styles")
        ids = []
        for i, column in enumerate(self.columns, 1):
            plain, quoted = scratch.cell(row=1, column=i), scratch.cell(row=2, column=i)
            style_cell(plain, column.kind, self.lang)
            style_cell(quoted, column.kind, self.lang, quote=True)
            ids.append((plain.style_id, quoted.style_id))
        wb.remove(scratch)
        return ids

    def letter(self, key: str) -> str:
        return self.letters[[c.key for c in self.columns].index(key)]

    def body(self, key: str) -> str:
        """The body range of one column, e.g. ``F2:F101``."""
        letter = self.letter(key)
        return f"{letter}2:{letter}{self.last_row}"

    @property
    def body_range(self) -> str:
        return f"A2:{self.letters[-1]}{self.last_row}"

    @property
    def archive_name(self) -> str:
        return self.ws.path.lstrip("/")

    # -- streaming ----------------------------------------------------------------------------------------

    def write_rows(self, out, progress: Callable[[int], None] | None = None) -> None:
        """Write the ``<row>`` elements of the body (UTF-8) to ``out``.

        The hot loop of a large export, run column by column over ``CHUNK`` rows at a time: a column whose values
        are all of one plain kind (text that needs no care, numbers, days) is written by one comprehension;
        any other column cell by cell (``_cell``), which gives the same XML for the same value. Empty cells
        are written (styled, so a date typed later is formatted) only in the columns that ask for it.
        """
        cols = [(letter, f' s="{plain}"', f' s="{quoted}"', c.formula, c.keep_empty)
                for letter, (plain, quoted), c in zip(self.letters, self._styles, self.columns)]
        # wrapped columns make a row taller: spreadsheet programs do not fit row heights when opening a file
        wrapped = [(i, chars_per_line(self.ws.column_dimensions[letter].width))
                   for i, (letter, c) in enumerate(zip(self.letters, self.columns)) if c.kind == "wrap"]
        rows = self.rows or [[None] * len(cols)]
        for start in range(0, len(rows), CHUNK):
            part = rows[start:start + CHUNK]
            numbers = range(start + 2, start + 2 + len(part))
            values = list(zip(*part))
            names = list(map(str, numbers))  # each row number made text once, not once per cell
            cells = [_column_cells(column, names, vals) for column, vals in zip(cols, values)]
            heads = _row_heads(numbers, [(values[i], per_line) for i, per_line in wrapped])
            out.write("".join([f"{head}{''.join(row)}</row>" for head, row in zip(heads, zip(*cells))])
                      .encode("utf-8"))
            if progress and self.rows:
                progress(len(part))


def _row_heads(numbers: range, wrapped: list[tuple[Sequence, float]]) -> list[str]:
    """The ``<row>`` start tags: taller where a wrapped column's text takes more than one line."""
    lines = [1] * len(numbers)
    for values, per_line in wrapped:
        known: dict[str, int] = {}  # a name shows in many rows (both ends of 100,000 relationships)
        for k, v in enumerate(values):
            if v.__class__ is str and (len(v) > per_line or "\n" in v):
                taken = known.get(v)
                if taken is None:
                    taken = known[v] = wrapped_lines(v, per_line)
                if taken > lines[k]:
                    lines[k] = taken
    return [f'<row r="{r}" ht="{row_height(n):g}" customHeight="1">' if n > 1 else f'<row r="{r}">'
            for r, n in zip(numbers, lines)]


# texts that go into cells as they are, joined with a separator: no hidden character or CR (``is_plain_cell``;
# a printable text has none), nothing to escape, no formula prefix (quote style) and no space at either end
# (xml:space); each test one scan of the joined text in C (the ends: after a separator, in it and reversed)
_SEPARATOR = "|"
_HIDDEN_OR_CR = re.compile(f"[{HIDDEN}\r]")
_BAD_START = re.compile(f"\\|[{re.escape(''.join(QUOTED_PREFIXES))}\\s]")
_BAD_END = re.compile("\\|\\s")  # in the reversed text


def _plain_texts(texts: list[str]) -> bool:
    """True when every (non-empty) text can be written as it is (a separator inside a text only makes this
    answer False more often, never wrongly True)."""
    joined = _SEPARATOR + _SEPARATOR.join(texts) + _SEPARATOR
    return (max(map(len, texts), default=0) < CELL_LIMIT
            and "&" not in joined and "<" not in joined and ">" not in joined
            and (joined.isprintable() or _HIDDEN_OR_CR.search(joined) is None)
            and _BAD_START.search(joined) is None and _BAD_END.search(joined[::-1]) is None)


_NUMBERS = frozenset({int, float})


def _column_cells(column: tuple, numbers: Sequence[str], values: Sequence) -> list[str]:
    """One column's cells of the rows ``numbers`` (as text), as ``_cell`` writes each of them."""
    letter, plain, quoted, formula, keep_empty = column
    kinds = set(map(type, values))
    kinds.discard(type(None))
    at = f'<c r="{letter}'  # each cell: at, row number, then its style and value
    empty = (lambda r: f'{at}{r}"{plain}/>') if keep_empty else (lambda r: "")
    if formula is None and kinds == {str}:
        texts = [v for v in values if v]
        if _plain_texts(texts):
            text = f'"{plain} t="inlineStr"><is><t>'
            return [f"{at}{r}{text}{v}</t></is></c>" if v else empty(r) for r, v in zip(numbers, values)]
    elif formula is None and kinds and kinds <= _NUMBERS:
        number = f'"{plain}><v>'
        return [f"{at}{r}{number}{v!r}</v></c>" if v is not None and v - v == 0 else empty(r)
                for r, v in zip(numbers, values)]
    elif formula is None and kinds == {date}:
        number = f'"{plain}><v>'
        return [f"{at}{r}{number}{v.toordinal() - EXCEL_EPOCH}</v></c>" if v is not None else empty(r)
                for r, v in zip(numbers, values)]
    elif not kinds:
        if formula is not None:
            return [f'{at}{r}"{plain}><f>{_escape(formula(int(r)))}</f></c>' for r in numbers]
        return [empty(r) for r in numbers]
    return [_cell(letter, r, plain, quoted, formula, keep_empty, v) for r, v in zip(numbers, values)]


def _cell(letter: str, r: str, plain: str, quoted: str, formula, keep_empty: bool, value) -> str:
    """The XML of one cell (empty string: no cell)."""
    kind = value.__class__
    if kind is str and value:
        if not is_plain_cell(value):
            value = cell_text(value)
            if not value:
                return ""
        style = quoted if value[0] in _PREFIXES else plain
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
        if "&" in value or "<" in value or ">" in value:
            value = _escape(value)
        return f'<c r="{letter}{r}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>'
    if kind is int or kind is float:
        if value - value == 0:  # not NaN, not infinite
            return f'<c r="{letter}{r}"{plain}><v>{value!r}</v></c>'
        return f'<c r="{letter}{r}"{plain}/>' if keep_empty else ""
    if kind is date:
        return f'<c r="{letter}{r}"{plain}><v>{value.toordinal() - EXCEL_EPOCH}</v></c>'
    if formula is not None:
        return f'<c r="{letter}{r}"{plain}><f>{_escape(formula(int(r)))}</f></c>'
    if value is None or value == "":
        return f'<c r="{letter}{r}"{plain}/>' if keep_empty else ""
    if kind is bool:
        return f'<c r="{letter}{r}"{plain} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        return f'<c r="{letter}{r}"{plain}><v>{excel_serial(value.date())}</v></c>'
    if isinstance(value, date):
        return f'<c r="{letter}{r}"{plain}><v>{excel_serial(value)}</v></c>'
    if isinstance(value, str):  # a str subclass (an enum member): its text
        return f'<c r="{letter}{r}"{plain} t="inlineStr"><is><t>{_escape(cell_text(str(value)))}</t></is></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{letter}{r}"{plain}><v>{float(value)!r}</v></c>'
    raise TypeError(f"cannot write {type(value).__name__} into a cell")


def save_streamed(wb: Workbook, sheets: Sequence[StreamedSheet], out, progress: Callable[[int], None] | None = None,
                  compresslevel: int = 1) -> None:
    """Save ``wb`` to the binary file ``out`` with the body rows of ``sheets`` streamed into their sheet XML."""
    skeleton = io.BytesIO()
    wb.save(skeleton)
    by_name = {s.archive_name: s for s in sheets}
    with zipfile.ZipFile(skeleton) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            sheet = by_name.get(info.filename)
            if sheet is None:  # a picture is compressed already: stored as it is
                packed = zipfile.ZIP_STORED if info.filename.endswith(".png") else zipfile.ZIP_DEFLATED
                zout.writestr(info, data, compress_type=packed, compresslevel=compresslevel)
                continue
            xml = data.decode("utf-8")
            end = xml.find("</sheetData>")
            if end < 0 or xml.count("</sheetData>") != 1:
                raise RuntimeError(f"unexpected sheet XML in {info.filename}")
            xml = _set_dimension(xml, f"A1:{sheet.letters[-1]}{sheet.last_row}")
            end = xml.find("</sheetData>")
            big = len(sheet.rows) * len(sheet.columns) > 5_000_000
            with zout.open(info.filename, "w", force_zip64=big) as f:
                f.write(xml[:end].encode("utf-8"))
                sheet.write_rows(f, progress)
                f.write(xml[end:].encode("utf-8"))


def _set_dimension(xml: str, ref: str) -> str:
    start = xml.find("<dimension ")
    if start < 0:
        return xml
    stop = xml.find("/>", start)
    return xml[:start] + f'<dimension ref="{ref}"' + xml[stop:]
