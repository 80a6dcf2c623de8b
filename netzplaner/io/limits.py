"""Bounded work on every input file: the limits, the special-file check and the reading deadline.

Every reader (workbooks and CSV files) opens its file through ``open_input`` (a regular file, opened without ever
blocking on a pipe or a device) and reads under a ``Deadline``. Workbook XML is scanned against these limits
before openpyxl parses any of it (``xml_scan``); CSV files are read as a stream and counted (``table_reader``).

The limits are set for a real board workbook of 20,000 partners and 100,000 relationships (12.6 MB, 62 MB of XML,
122,000 rows, 1.0 million cells, 2.7 million XML elements, no part other than a sheet above 1 MB; its partner list
as CSV: 4.8 MB) with at least twice the room, and low enough that no file makes the program use more than 500 MB
(measured peaks: 206 MB for that workbook, at most 164 MB for the hostile files of ``tests/fuzz``) or take much
longer than reading that real workbook (13 s here; 2 million cells take about 27 s, the cell limit).
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import IO

from ..domain.errors import NetzplanerError

# -- limits (each one named in the sentence that refuses a file) ---------------------------------------------
MAX_XML_BYTES = 256 * 2**20  # all XML parts together, unpacked (real 20k workbook: 64 MB)
MAX_CELLS = 2_000_000  # cells in all sheets, or fields in a CSV file (real: 1.0 million, read in 13 s)
MAX_GRID_CELLS = 20_000_000  # cells the rows hand out, empty ones between filled ones included (real: 1.6 million)
MAX_SHEET_ROWS = 1_048_576  # rows of one sheet, Excel's own limit; a row number above it is refused too
MAX_ROW_CELLS = 50_000  # XML elements in one row (Excel has 16,384 columns; a cell is 1 to 3 elements)
MAX_ELEMENTS = 8_000_000  # XML elements in all sheets (real: 2.7 million)
MAX_LOOSE_ELEMENTS = 1_500_000  # elements kept in memory: outside rows, the emptied rows and shared strings, styles ...
MAX_TEXT_CHARS = 32_767  # one cell's text: Excel's own limit
MAX_XML_TEXT_BYTES = 256 * 1024  # one XML text, attribute value, comment or CDATA section, in bytes
MAX_XML_SPECIALS = 10_000  # comments, CDATA sections and processing instructions in one part
MAX_CSV_LINE_CHARS = 1_000_000  # one line of a CSV file (a partner list's line is under 10 KB)
MAX_CSV_LINES = 2_000_000  # lines of a CSV file, empty ones included
# the deadline is the last guard (the counts above bound the work): generous, so that a real file on a slow or busy
# laptop is never refused; the real 20k workbook reads in 13 s here, 47 s on this machine under full load
READ_SECONDS = 60  # reading a file may take this long, plus READ_SECONDS_PER_MB for each MB of (XML) text
READ_SECONDS_PER_MB = 1.0  # the real 20k workbook: 62 MB of XML, so a deadline of 122 s

CHUNK = 64 * 1024  # bytes scanned at a time; a text may outgrow MAX_XML_TEXT_BYTES by this much


def open_input(path: Path) -> IO[bytes]:
    """``path`` opened for reading, after refusing a missing file, a folder, a pipe or a device with a sentence.

    The file is opened without blocking (a named pipe would wait for a writer forever) and checked again on the
    open handle, so a file swapped for a pipe in between is refused too.
    """
    name = path.name
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NetzplanerError("{name} does not exist.", name=name)
    except OSError as exc:
        raise NetzplanerError("{name} cannot be read ({reason}).", name=name, reason=exc.strerror or exc)
    _check_kind(name, info.st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise NetzplanerError("{name} cannot be read ({reason}).", name=name, reason=exc.strerror or exc)
    try:
        _check_kind(name, os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def _check_kind(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise NetzplanerError("{name} is a folder, not a file; choose the file to import.", name=name)
    if not stat.S_ISREG(mode):
        raise NetzplanerError("{name} is not a regular file (it is a pipe, a device or a socket); it is refused.",
                              name=name)


class Deadline:
    """The time a file may take to read: ``READ_SECONDS`` plus an allowance for its size."""

    def __init__(self, name: str, megabytes: float = 0.0) -> None:
        self.name = name
        self.seconds = READ_SECONDS + READ_SECONDS_PER_MB * megabytes
        self.end = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise NetzplanerError("{name} takes longer than {seconds} seconds to read, far longer than a file of "
                                  "its size should; it is refused.", name=self.name, seconds=round(self.seconds))


def too_many_cells(name: str, limit: int) -> NetzplanerError:
    return NetzplanerError("{name} holds more than {limit} cells, more than a network's tables need; split it.",
                           name=name, limit=f"{limit:,}")


def text_too_long(name: str) -> NetzplanerError:
    return NetzplanerError("{name} holds a cell with more than {limit} characters, more than Excel allows in a "
                           "cell; it is refused.", name=name, limit=f"{MAX_TEXT_CHARS:,}")
