"""Reading workbooks safely: the file is checked before any XML is parsed, and parsed through defusedxml.

``check_workbook_file`` refuses, each with one sentence, a missing, empty or huge file, a folder, pipe or device,
an old ``.xls`` or an encrypted workbook, a renamed or damaged file, a zip bomb (declared sizes and compression
ratios are checked before anything is unpacked) and XML that a parser should not see (``xml_scan``: a document
type declaration, the door to entity expansion; very long texts and comments; too many cells, rows or elements).
``open_workbook`` then loads it read-only through openpyxl, which parses with defusedxml when that is installed:
this module refuses to read at all when it is not. The sheets' declared dimensions are ignored (a sheet claiming
A1:XFD1048576 would be padded to a billion empty cells), and rows are counted and timed as they come (``limits``).

``read_board_sheets`` finds the goals and action plan sheets of a board workbook by their column headers (in
German or English, whatever the sheet is called) and returns their rows keyed by column.
"""

from __future__ import annotations

import os
import warnings
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..domain.errors import NetzplanerError
from .board_state import SHEET_TITLE, ExportRecord, read_record
from . import workbook_labels as L
from .files import check_import_size
from .limits import (
    MAX_GRID_CELLS,
    MAX_SHEET_ROWS,
    MAX_TEXT_CHARS,
    Deadline,
    open_input,
    text_too_long,
    too_many_cells,
)
from .xml_scan import (
    DAMAGED_ZIP,
    XML_SUFFIXES,
    GuardedZipFile,
    XmlBudget,
    damaged,
    scan_workbook,
)

MAX_FILE_BYTES = 100 * 2**20  # a board workbook of 20,000 partners and 100,000 relationships is 12.6 MB
MAX_UNPACKED_BYTES = 512 * 2**20  # declared, all parts (the XML among them is held to limits.MAX_XML_BYTES by the scan)
MAX_MEMBERS = 5_000
MAX_RATIO = 120  # unpacked / packed size of one member (real sheets: 5 to 60)
RATIO_FROM_BYTES = 2**20  # members smaller than this unpacked may have any ratio
# workbooks that passed the checks, by file identity and version -> MB of XML: an import reads its file twice
# (once to tell its kind, once to read it), and the scan of the real 20k workbook takes 0.7 s
_PASSED: dict[tuple[int, int, int, int], float] = {}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and every encrypted .xlsx

# the sheets of the round trip: kind -> (keys that identify it, keys it may have)
BOARD_SHEETS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "actions": (frozenset({"id", "action", "status"}),
                frozenset({"goal", "action", "owner", "start_date", "due_date", "status", "priority", "effort_days",
                           "cost_eur", "partner", "id"})),
    "goals": (frozenset({"id", "title", "kpi_current"}),
              frozenset({"title", "benefit", "dimension", "owner", "priority", "status", "target_date", "kpi_name",
                         "kpi_unit", "kpi_baseline", "kpi_target", "kpi_current", "progress", "actions_done",
                         "id"})),
}


def _defused() -> bool:
    import openpyxl
    from openpyxl.xml import functions

    def module(f) -> str:
        return getattr(f, "__module__", None) or ""

    return bool(openpyxl.DEFUSEDXML) and module(functions.iterparse).startswith("defusedxml") and (
        module(functions.fromstring).startswith("defusedxml") or bool(openpyxl.LXML))


def check_workbook_file(path: Path | str) -> None:
    """Refuse anything that is not a plausible, harmless ``.xlsx`` with one clear sentence; parse no XML."""
    path = Path(path)
    with open_input(path) as f:
        _check_workbook(path, f)


def _check_workbook(path: Path, f: IO[bytes]) -> XmlBudget:
    """The checks of ``check_workbook_file`` on the open file; a fresh budget (and deadline) for reading it."""
    name = path.name
    check_import_size(path, MAX_FILE_BYTES)
    info = os.fstat(f.fileno())
    version = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    if version in _PASSED:  # the same file, unchanged, scanned a moment ago
        return XmlBudget(name, Deadline(name, _PASSED[version]))
    head = f.read(8)
    f.seek(0)
    if head == _OLE2:
        raise NetzplanerError("{name} is an old Excel 97-2003 workbook (.xls) or password-protected; save it as an "
                              "unprotected .xlsx workbook and import that.", name=name)
    if not head.startswith(b"PK"):
        raise NetzplanerError("{name} is not an Excel workbook (.xlsx); it may be damaged or a renamed file of "
                              "another kind.", name=name)
    try:
        with zipfile.ZipFile(f) as zf:
            infos = zf.infolist()
            _check_members(name, infos)
            xml_bytes = sum(i.file_size for i in infos if i.filename.endswith(XML_SUFFIXES))
            budget = XmlBudget(name, Deadline(name, xml_bytes / 2**20))
            scan_workbook(zf, budget)
    except NetzplanerError:
        raise
    except zipfile.BadZipFile:
        raise NetzplanerError("{name} is damaged: it is not a complete Excel workbook.", name=name)
    except (zipfile.LargeZipFile, *DAMAGED_ZIP):
        raise NetzplanerError("{name} is damaged or uses a packing Excel does not write; it cannot be read.",
                              name=name)
    finally:
        f.seek(0)
    _PASSED[version] = xml_bytes / 2**20
    while len(_PASSED) > 8:
        del _PASSED[next(iter(_PASSED))]
    return XmlBudget(name, Deadline(name, xml_bytes / 2**20))


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise NetzplanerError("{name} is not an Excel workbook (.xlsx); it may be a renamed document of another "
                              "kind.", name=name)
    if len(infos) > MAX_MEMBERS:
        raise NetzplanerError("{name} holds {count} parts, far more than a workbook has; it is refused.",
                              name=name, count=len(infos))
    unpacked = sum(i.file_size for i in infos)
    bomb = unpacked > MAX_UNPACKED_BYTES or any(
        i.file_size > RATIO_FROM_BYTES and i.file_size > MAX_RATIO * max(1, i.compress_size) for i in infos)
    if bomb:
        raise NetzplanerError("{name} would unpack to far more data than a workbook holds; it is refused as a "
                              "possible zip bomb.", name=name)


@contextmanager
def open_workbook(path: Path | str) -> Iterator[Any]:
    """The checked workbook, opened read-only with cached values (no formulas evaluated), closed afterwards.

    Reading it is bounded: every XML part has been scanned before openpyxl parses it, the sheets' declared
    dimensions are dropped, and rows are counted and timed as they come.
    """
    path = Path(path)
    name = path.name
    with open_input(path) as f:
        budget = _check_workbook(path, f)
        if not _defused():
            raise NetzplanerError("Workbooks cannot be read safely because the defusedxml package is missing; "
                                  "reinstall Netzplaner.")
        from openpyxl.reader.excel import ExcelReader

        try:
            with warnings.catch_warnings():  # "extension is not supported": other programs' extras we do not need
                warnings.simplefilter("ignore", UserWarning)
                reader = ExcelReader(f, read_only=True, data_only=True, keep_links=False)
                reader.archive.close()  # openpyxl's own zip of ``f``; ours checks the deadline as it reads
                reader.archive = GuardedZipFile(f, name, budget.deadline)
                reader.read()
        except NetzplanerError:
            raise
        except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken parts (KeyError, ParseError, ...)
            raise damaged(name)
        wb = reader.wb
        for ws in wb.worksheets:
            _bound_rows(ws, budget)
        try:
            yield wb
        finally:
            wb.close()


def _bound_rows(ws: Any, budget: XmlBudget) -> None:
    """Ignore the sheet's declared size and count, time and check its rows as openpyxl hands them out."""
    if not hasattr(ws, "_cells_by_row"):  # a chart sheet
        return
    ws.reset_dimensions()
    rows = ws._cells_by_row
    name, deadline = budget.name, budget.deadline

    def bounded(*args: Any, **kwargs: Any) -> Iterator[tuple]:
        for count, row in enumerate(rows(*args, **kwargs), 1):
            if count > MAX_SHEET_ROWS:
                raise NetzplanerError("{name} has a sheet of more than {limit} rows, more than Excel allows; it is "
                                      "refused.", name=name, limit=f"{MAX_SHEET_ROWS:,}")
            budget.grid += len(row)
            if budget.grid > MAX_GRID_CELLS:
                raise too_many_cells(name, MAX_GRID_CELLS)
            deadline.check()
            for value in row:
                if type(value) is str and len(value) > MAX_TEXT_CHARS:
                    raise text_too_long(name)
            yield row

    ws._cells_by_row = bounded


@dataclass
class SheetRows:
    """The rows of one recognised sheet: ``values`` maps column keys to cell values."""

    kind: str
    title: str
    columns: dict[str, int]  # key -> 0-based column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number in Excel, values)
    lang: str = "de"  # the language of the headers (and so of the statuses the board sees)


def _match_header(cells: tuple, spec: tuple[frozenset[str], frozenset[str]]) -> dict[str, int] | None:
    required, allowed = spec
    lookup = L.header_keys(set(allowed))
    columns: dict[str, int] = {}
    for index, value in enumerate(cells):
        if not isinstance(value, str):
            continue
        for key in lookup.get(value.strip().casefold(), ()):
            columns.setdefault(key, index)
    return columns if required <= columns.keys() else None


def _language(cells: tuple) -> str:
    words = {v.strip() for v in cells if isinstance(v, str)}
    german = sum(1 for de, en in L.HEADERS.values() if de != en and de in words)
    english = sum(1 for de, en in L.HEADERS.values() if de != en and en in words)
    return "en" if english > german else "de"


def read_sheets(wb, specs: Mapping[str, tuple[frozenset[str], frozenset[str]]] = BOARD_SHEETS,
                header_rows: int = 5) -> dict[str, SheetRows]:
    """Each sheet whose header (within the first ``header_rows`` rows) fits one of ``specs``, first one wins."""
    found: dict[str, SheetRows] = {}
    for ws in wb.worksheets:
        rows = ws.iter_rows(values_only=True)
        sheet: SheetRows | None = None
        number = 0
        for number, cells in enumerate(rows, 1):
            if sheet is None:
                if number > header_rows:
                    break
                for kind, spec in specs.items():
                    if kind in found:
                        continue
                    columns = _match_header(cells, spec)
                    if columns is not None:
                        sheet = SheetRows(kind, ws.title, columns, lang=_language(cells))
                        break
                continue
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
                continue
            width = len(cells)
            sheet.rows.append((number, {k: cells[i] if i < width else None for k, i in sheet.columns.items()}))
        if sheet is not None:
            found[sheet.kind] = sheet
    return found


@dataclass
class BoardWorkbook:
    """The round trip's view of a board workbook: its goals and action plan sheets and its export record."""

    sheets: dict[str, SheetRows]
    record: ExportRecord | None  # None: an older workbook without one


# without its ID column a goals or action plan sheet is still recognisable by these headers
_DAMAGED_SHEETS = {kind: (required - {"id"}, allowed) for kind, (required, allowed) in BOARD_SHEETS.items()}


def looks_like_board_workbook(wb) -> bool:
    """True for a workbook Netzplaner exported for the board, even one whose ID columns were deleted."""
    keywords = (getattr(getattr(wb, "properties", None), "keywords", None) or "")
    return SHEET_TITLE in wb.sheetnames or "netzplaner-board-workbook" in keywords


def read_board_workbook(path: Path | str) -> BoardWorkbook:
    """The goals and action plan sheets (either or both) and the export record of a board workbook.

    A workbook with neither sheet is refused; so is a board workbook whose structure was damaged (an ID column
    deleted or renamed, a sheet the export record lists gone), with a sentence, never read half.
    """
    path = Path(path)
    with open_workbook(path) as wb, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            found = read_sheets(wb)
            record = read_record(wb)
            board = looks_like_board_workbook(wb)
            damaged = read_sheets(wb, {k: v for k, v in _DAMAGED_SHEETS.items() if k not in found})
        except (KeyError, ValueError, TypeError, AttributeError, EOFError, OSError, SyntaxError):
            raise NetzplanerError("{name} is damaged and cannot be read as an Excel workbook.", name=path.name)
    for kind, sheet in damaged.items():
        raise NetzplanerError("{name} is a board workbook whose sheet “{sheet}” lost its ID column; the rows "
                              "cannot be matched. Export the board workbook again and make the changes there.",
                              name=path.name, sheet=sheet.title)
    if record is not None and record.trusted:
        if "goals" not in found and record.exported("goal"):
            raise NetzplanerError("{name} is a board workbook whose goals sheet is missing or lost its columns; "
                                  "export the board workbook again and make the changes there.", name=path.name)
        if "actions" not in found and record.exported("action"):
            raise NetzplanerError("{name} is a board workbook whose action plan sheet is missing or lost its "
                                  "columns; export the board workbook again and make the changes there.",
                                  name=path.name)
    if not found:
        if board:
            raise NetzplanerError("{name} is a board workbook whose goals and action plan sheets are missing or "
                                  "lost their columns; export the board workbook again.", name=path.name)
        raise NetzplanerError("{name} is not a Netzplaner board workbook: it has no goals or action plan sheet "
                              "with an ID column.", name=path.name)
    return BoardWorkbook(found, record)


def read_board_sheets(path: Path | str) -> dict[str, SheetRows]:
    """The goals and action plan sheets of a board workbook (either or both); refuse a workbook with neither."""
    return read_board_workbook(path).sheets
