"""Tables from files: a ``.csv`` (encoding and separator detected) or the sheets of an ``.xlsx``, as plain rows.

CSV: UTF-8 with or without byte order mark, UTF-16 with one (Excel's "Unicode text"), otherwise Windows-1252
(what German Excel writes as "CSV (Trennzeichen-getrennt)"); ``;``, ``,``, tab or ``|`` as separator, detected
from the first lines (an Excel ``sep=;`` first line is honoured). The file is read as a stream, line by line, and
refused with one sentence as soon as it breaks a limit (``limits``): larger than ``MAX_CSV_BYTES``, a NUL byte
anywhere, bytes that are neither UTF-8 nor Windows-1252, a line longer than ``MAX_CSV_LINE_CHARS``, more lines,
rows or cells than a partner list holds, a field longer than Excel allows in a cell, or too long to read.

XLSX: through ``workbook_reader.open_workbook`` (size check, zip bomb, no DTD, defusedxml, the XML scan and the
row limits) in read-only mode. A table with more than ``MAX_ROWS`` rows is refused rather than read into memory.

Every cell comes back as text (numbers without a useless ``.0``, dates as ``YYYY-MM-DD``); a CSV field that
``safe_text.csv_text`` protected with an apostrophe gets its text back.
"""

from __future__ import annotations

import csv
import io
import itertools
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO

from ..domain.errors import NetzplanerError
from .files import check_import_size
from .limits import (
    MAX_CELLS,
    MAX_CSV_LINE_CHARS,
    MAX_CSV_LINES,
    MAX_TEXT_CHARS,
    Deadline,
    open_input,
    text_too_long,
    too_many_cells,
)
from .safe_text import from_csv_text
from .workbook_reader import open_workbook

MAX_CSV_BYTES = 50 * 2**20  # a list of 20,000 partners is about 3 MB
MAX_ROWS = 200_000
MAX_COLUMNS = 500
SEPARATORS = (";", ",", "\t", "|")
CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SAMPLE_CHARS = 65536  # the first lines that decide the separator
_NOISE = {ord(c): None for c in "".join(SEPARATORS) + "\"'"}  # a file of only these holds no rows


@dataclass
class Table:
    """One sheet or CSV file: ``rows`` are (row number in the file, cell texts) in file order, empty rows left out."""

    name: str  # the sheet title, or the file name of a CSV
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""  # CSV only: "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
    separator: str = ""  # CSV only

    @property
    def width(self) -> int:
        return max((len(cells) for _, cells in self.rows), default=0)


def read_tables(path: Path | str) -> list[Table]:
    """The tables of a ``.csv`` (one) or ``.xlsx`` (one per sheet, empty sheets included); one sentence if bad."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return [read_csv(path)]
    if path.is_file():
        with open(path, "rb") as f:
            if f.read(2) == b"PK":
                return read_xlsx(path)
    raise NetzplanerError("{name} is neither a CSV file nor an Excel workbook (.csv, .xlsx).", name=path.name)


# -- CSV --------------------------------------------------------------------------------------------------

def detect_separator(text: str) -> str:
    """The separator that splits the first lines into the most columns, consistently."""
    sample = text[:65536].splitlines()[:30]
    best, best_score = ";", (-1, 0)
    for sep in SEPARATORS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=sep) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common), common) if common > 1 else (0, 1)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv(path: Path | str) -> Table:
    path = Path(path)
    name = path.name
    with open_input(path) as f:
        size = check_import_size(path, MAX_CSV_BYTES)
        head = f.read(4)
        if head.startswith(b"PK\x03\x04"):
            raise NetzplanerError("{name} is an Excel workbook, not a CSV file; rename it to .xlsx and import that.",
                                  name=name)
        deadline = Deadline(name, size / 2**20)
        if head.startswith(b"\xef\xbb\xbf"):
            return _read_csv_text(f, name, "utf-8-sig", "UTF-8 (BOM)", deadline)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _read_csv_text(f, name, "utf-16", "UTF-16", deadline)
        try:
            return _read_csv_text(f, name, "utf-8", "UTF-8", deadline)
        except UnicodeDecodeError:  # not UTF-8 after all: read again as what German Excel writes
            return _read_csv_text(f, name, "cp1252", "Windows-1252", deadline)


def _read_csv_text(f: IO[bytes], name: str, encoding: str, label: str, deadline: Deadline) -> Table:
    """The table of the whole CSV file ``f`` in ``encoding``; UnicodeDecodeError only for plain UTF-8."""
    f.seek(0)
    text = io.TextIOWrapper(f, encoding=encoding, errors="strict", newline="")
    try:
        return _parse_csv(_csv_lines(text, name, deadline), name, label)
    except UnicodeDecodeError:
        if encoding == "utf-8":
            raise
        if encoding == "utf-8-sig":
            raise NetzplanerError("{name} claims to be UTF-8 text but holds bytes that are not; save it again as "
                                  "CSV UTF-8.", name=name)
        if encoding == "utf-16":
            raise NetzplanerError("{name} cannot be decoded as UTF-16 text; save it again as CSV UTF-8.", name=name)
        raise NetzplanerError("{name} cannot be decoded: it is neither UTF-8 nor Windows (Western Europe) text; "
                              "save it again as CSV UTF-8.", name=name)
    finally:
        text.detach()  # the caller closes the file


def _csv_lines(text: IO[str], name: str, deadline: Deadline) -> Iterator[str]:
    """The lines of ``text``, each checked: not too long, not too many, no NUL (a binary file)."""
    for count in itertools.count(1):
        line = text.readline(MAX_CSV_LINE_CHARS + 1)
        if not line:
            return
        if len(line) > MAX_CSV_LINE_CHARS:
            raise NetzplanerError("{name} has a line of more than {limit} characters, far more than a table row "
                                  "holds; it is refused.", name=name, limit=f"{MAX_CSV_LINE_CHARS:,}")
        if count > MAX_CSV_LINES:
            raise NetzplanerError("{name} has more than {limit} lines, more than a partner list can sensibly "
                                  "hold; split it.", name=name, limit=f"{MAX_CSV_LINES:,}")
        if "\x00" in line:
            raise NetzplanerError("{name} is not a text table: it contains binary data.", name=name)
        if not count % 1024:
            deadline.check()
        yield line


def _parse_csv(lines: Iterator[str], name: str, encoding: str) -> Table:
    sample: list[str] = []
    for line in lines:  # the first lines decide the separator (and may be Excel's "sep=;")
        sample.append(line)
        if len(sample) >= 30 or sum(map(len, sample)) >= _SAMPLE_CHARS:
            break
    separator, offset = "", 0
    if sample and sample[0].strip().lower().startswith("sep=") and len(sample[0].strip()) == 5:
        separator, offset = sample.pop(0).strip()[4], 1  # Excel's own hint line
    separator = separator or detect_separator("".join(sample))
    table = Table(name, encoding=encoding, separator=separator)
    cells_read, content = 0, False
    try:
        reader = csv.reader(itertools.chain(sample, lines), delimiter=separator)
        for cells in reader:
            number = reader.line_num + offset
            cells_read += len(cells)
            if cells_read > MAX_CELLS:
                raise too_many_cells(name, MAX_CELLS)
            if not any(c.strip() for c in cells):
                continue
            if len(table.rows) >= MAX_ROWS:
                _too_many_rows(name)
            if any(len(c) > MAX_TEXT_CHARS for c in cells):
                raise text_too_long(name)
            table.rows.append((number, [from_csv_text(c.strip()) for c in cells[:MAX_COLUMNS]]))
            content = content or bool("".join(cells).translate(_NOISE).strip())
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise text_too_long(name)
        raise NetzplanerError("{name} is not a readable CSV table ({reason}).", name=name, reason=exc)
    if not content:
        raise NetzplanerError("{name} holds no rows.", name=name)
    return table


def _too_many_rows(name: str) -> None:
    raise NetzplanerError("{name} has more than {limit} rows, more than a partner list can sensibly hold; split it.",
                          name=name, limit=f"{MAX_ROWS:,}")


# -- XLSX -------------------------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(path: Path | str) -> list[Table]:
    path = Path(path)
    tables: list[Table] = []
    with open_workbook(path) as wb, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            for sheet in wb.worksheets:
                table = Table(sheet.title)
                if not hasattr(sheet, "iter_rows"):  # a chart sheet
                    continue
                for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                    cells = [cell_text(v) for v in values[:MAX_COLUMNS]]
                    if not any(cells):
                        continue
                    if len(table.rows) >= MAX_ROWS:
                        _too_many_rows(f"{path.name} ({sheet.title})")
                    while cells and not cells[-1]:
                        cells.pop()
                    table.rows.append((number, cells))
                tables.append(table)
        except NetzplanerError:
            raise
        except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken parts
            raise NetzplanerError("{name} is damaged and cannot be read as an Excel workbook.", name=path.name)
    return tables
