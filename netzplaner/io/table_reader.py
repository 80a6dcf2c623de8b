"""Tables from files: a ``.csv`` (encoding and separator detected) or the sheets of an ``.xlsx``, as plain rows.

CSV: UTF-8 with or without byte order mark, UTF-16 with one (Excel's "Unicode text"), otherwise Windows-1252
(what German Excel writes as "CSV (Trennzeichen-getrennt)"); ``;``, ``,``, tab or ``|`` as separator, detected
from the first lines (an Excel ``sep=;`` first line is honoured). A file with NUL bytes or bytes that are neither
UTF-8 nor Windows-1252 is refused with one sentence, as is a file larger than ``MAX_CSV_BYTES``.

XLSX: through ``workbook_reader.open_workbook`` (size check, zip bomb, no DTD, defusedxml) in read-only mode.
A table with more than ``MAX_ROWS`` rows is refused rather than read into memory.

Every cell comes back as text (numbers without a useless ``.0``, dates as ``YYYY-MM-DD``); a CSV field that
``safe_text.csv_text`` protected with an apostrophe gets its text back.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.errors import NetzplanerError
from .files import check_import_size
from .safe_text import from_csv_text
from .workbook_reader import open_workbook

MAX_CSV_BYTES = 50 * 2**20
MAX_ROWS = 200_000
MAX_COLUMNS = 500
SEPARATORS = (";", ",", "\t", "|")
CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


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

def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) of CSV bytes, or one sentence why they are no text table."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (BOM)"
        except UnicodeDecodeError:
            raise NetzplanerError("{name} claims to be UTF-8 text but holds bytes that are not; save it again as "
                                  "CSV UTF-8.", name=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise NetzplanerError("{name} cannot be decoded as UTF-16 text; save it again as CSV UTF-8.", name=name)
    if b"\x00" in data[:65536]:
        raise NetzplanerError("{name} is not a text table: it contains binary data.", name=name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if _CP1252_UNDEFINED & set(data):
        raise NetzplanerError("{name} cannot be decoded: it is neither UTF-8 nor Windows-1252 text; save it again "
                              "as CSV UTF-8.", name=name)
    return data.decode("cp1252"), "Windows-1252"


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
    check_import_size(path, MAX_CSV_BYTES)
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(b"PK\x03\x04"):
        raise NetzplanerError("{name} is an Excel workbook, not a CSV file; rename it to .xlsx and import that.",
                              name=name)
    text, encoding = decode(path.read_bytes(), name)
    if not text.translate({ord(c): None for c in "".join(SEPARATORS) + "\"'"}).strip():
        raise NetzplanerError("{name} holds no rows.", name=name)
    separator = ""
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:  # Excel's own hint line
        separator, text, offset = first.strip()[4], rest, 1
    else:
        offset = 0
    separator = separator or detect_separator(text)
    table = Table(name, encoding=encoding, separator=separator)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        for cells in reader:
            number = reader.line_num + offset
            if not any(c.strip() for c in cells):
                continue
            if len(table.rows) >= MAX_ROWS:
                _too_many_rows(name)
            table.rows.append((number, [from_csv_text(c.strip()) for c in cells[:MAX_COLUMNS]]))
    except csv.Error as exc:
        raise NetzplanerError("{name} is not a readable CSV table ({reason}).", name=name, reason=exc)
    if not table.rows:
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
