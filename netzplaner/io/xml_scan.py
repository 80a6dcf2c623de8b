"""The scan of workbook XML before openpyxl parses any of it (``scan_workbook``), and the zip openpyxl then reads.

Each part is streamed once, in chunks, with byte-string searches only (the real 20k board workbook's 64 MB of XML
take about 0.7 s, unpacking included), and the workbook is refused with a sentence as soon as a part takes a shape that
makes a parser slow or greedy: a very long text, attribute value or comment, a document type declaration, too
many cells, rows or elements, a row of more cells than Excel has columns, elements that the read-only reader keeps
in memory. A damaged part (bad CRC, broken compression) gets a sentence too, never ``zlib.error``.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import IO, Self

from ..domain.errors import NetzplanerError
from .limits import (
    CHUNK,
    MAX_CELLS,
    MAX_ELEMENTS,
    MAX_LOOSE_ELEMENTS,
    MAX_ROW_CELLS,
    MAX_SHEET_ROWS,
    MAX_XML_BYTES,
    MAX_XML_SPECIALS,
    MAX_XML_TEXT_BYTES,
    Deadline,
    too_many_cells,
)

_SPECIAL = re.compile(rb"<!|<\?")
_ENDS = ((b"<!--", b"-->"), (b"<![CDATA[", b"]]>"), (b"<?", b"?>"))


class Unit:
    """The element openpyxl builds whole and then empties: a sheet's ``row``, a shared string's ``si``."""

    def __init__(self, tag: bytes, parent: bytes) -> None:
        self.open, self.close, self.prefixed = b"<" + tag, b"</" + tag + b">", b":" + tag
        self.tag = re.compile(rb"<(/?)" + tag + rb"[\s>/]")
        self.prefixed_tag = re.compile(rb"<(/?)[A-Za-z_][\w.-]*:" + tag + rb"[\s>/]")
        # the end of one followed by anything but the next one or the end of their parent
        self.gap = re.compile(rb"(?:</" + tag + rb">|<" + tag + rb"[^<>]*/>)(?!\s*(?:<" + tag + rb"[\s>/]|</"
                              + parent + rb">)|\s*\Z)")


ROW = Unit(b"row", b"sheetData")
SHARED_STRING = Unit(b"si", b"sst")


class XmlBudget:
    """The counts of one workbook being read, over all its parts, and its deadline."""

    def __init__(self, name: str, deadline: Deadline) -> None:
        self.name = name
        self.deadline = deadline
        self.xml_bytes = 0
        self.cells = 0
        self.elements = 0
        self.loose = 0
        self.grid = 0  # cells handed out by the row reader, empty ones between filled ones included

    def scan(self, stream: IO[bytes], unit: Unit | None) -> None:
        """Scan one whole part."""
        part = PartScan(self, unit)
        while chunk := stream.read(CHUNK):
            part.feed(chunk)
        part.finish()


class PartScan:
    """Scans one XML part fed in chunks of any size and refuses, with a sentence, what a parser should not see.

    The text after the last ``<`` of a chunk waits for the next one, so a text without markup can grow only to
    about ``MAX_XML_TEXT_BYTES`` (plus one chunk). Comments, CDATA sections and processing instructions are
    measured on their own; a document type declaration is refused outright (the door to entity expansion).
    In a sheet, elements inside rows are counted per row (openpyxl builds each row whole) and elements outside
    rows as ``loose`` (the read-only reader keeps them in memory until the sheet is done).
    """

    def __init__(self, budget: XmlBudget, unit: Unit | None) -> None:
        self.budget = budget
        self.name = budget.name
        self.unit = unit
        self.carry = b""
        self.special_end: bytes | None = None  # inside a comment/CDATA/PI: its terminator
        self.special_length = 0
        self.specials = 0
        self.in_row = False
        self.row_elements = 0
        self.rows = 0

    def feed(self, chunk: bytes) -> None:
        budget = self.budget
        budget.xml_bytes += len(chunk)
        if budget.xml_bytes > MAX_XML_BYTES:
            raise NetzplanerError("{name} would unpack to more than {limit} MB of XML, more than a workbook of a "
                                  "network holds; it is refused.", name=self.name, limit=MAX_XML_BYTES // 2**20)
        budget.deadline.check()
        self._feed(self.carry + chunk if self.carry else chunk)

    def finish(self) -> None:
        if self.special_end is None and self.carry:
            self._markup(self.carry)
        self.carry = b""

    def _feed(self, data: bytes) -> None:
        pos, size = 0, len(data)
        while True:
            if self.special_end is not None:
                end = data.find(self.special_end, pos)
                if end < 0:  # keep the last bytes: the terminator may be split between chunks
                    keep = max(pos, size - len(self.special_end) + 1)
                    self.special_length += keep - pos
                    self._check_text(self.special_length)
                    self.carry = data[keep:]
                    return
                self.special_length += end - pos
                self._check_text(self.special_length)
                pos = end + len(self.special_end)
                self.special_end = None
                continue
            cut = data.rfind(b"<", pos)
            if cut < 0:  # text only: it goes on in the next chunk
                self.carry = data[pos:]
                self._check_text(len(self.carry))
                return
            special = _SPECIAL.search(data, pos, cut + 2)
            if special is not None:
                start = special.start()
                self._markup(data[pos:start])
                opening = self._opening(data, start)
                if opening:
                    pos = start + len(opening)
                    continue
                cut = start  # the opening is split between chunks
            else:
                self._markup(data[pos:cut])
            self.carry = data[cut:]
            self._check_text(len(self.carry))
            return

    def _opening(self, data: bytes, start: int) -> bytes:
        """The opening of the comment/CDATA/PI at ``start`` (entered), or b"" when it is not complete yet."""
        head = data[start:start + 9]
        for opening, end in _ENDS:
            if head.startswith(opening):
                self.special_end, self.special_length = end, 0
                self.specials += 1
                if self.specials > MAX_XML_SPECIALS:
                    raise NetzplanerError("{name} holds more than {limit} XML comments or instructions in one "
                                          "part, which no real workbook has; it is refused.", name=self.name,
                                          limit=f"{MAX_XML_SPECIALS:,}")
                return opening
            if len(head) < len(opening) and opening.startswith(head):
                return b""
        if len(head) < 9 and start + 9 > len(data):
            return b""
        raise NetzplanerError("{name} contains XML with a document type declaration, which no real workbook "
                              "has; it is refused.", name=self.name)

    def _check_text(self, length: int) -> None:
        if length > MAX_XML_TEXT_BYTES:
            raise NetzplanerError("{name} holds an XML text or comment of more than {limit} KB, which no real "
                                  "workbook has; it is refused.", name=self.name, limit=MAX_XML_TEXT_BYTES // 1024)

    def _markup(self, data: bytes) -> None:
        """Count the elements of ``data`` (complete tags and texts only)."""
        if not data:
            return
        unit = self.unit
        if unit is None:
            self._loose(data.count(b"<") - data.count(b"</"))
            return
        budget = self.budget
        if unit is ROW:
            budget.cells += data.count(b"<c") + data.count(b":c")
            if budget.cells > MAX_CELLS:
                raise too_many_cells(self.name, MAX_CELLS)
        elements = data.count(b"<") - data.count(b"</")
        budget.elements += elements
        if budget.elements > MAX_ELEMENTS:
            raise NetzplanerError("{name} holds more than {limit} million XML elements, more than a workbook of "
                                  "a network has; it is refused.", name=self.name, limit=MAX_ELEMENTS // 10**6)
        if elements > MAX_ROW_CELLS or unit.prefixed in data or unit.gap.search(data):
            self._rows_one_by_one(data)
            return
        # rows follow each other directly, as every spreadsheet program writes them, and no row in the chunk
        # can be too long: whole chunk at once
        first = data.find(unit.open)
        if first < 0:
            self._span(data, 0, len(data))
            return
        self._span(data, 0, first)
        opened, closed = data.rfind(unit.open), data.rfind(unit.close)
        self._count_rows(data.count(unit.open))
        if closed > opened:
            self.in_row, tail = False, closed + len(unit.close)
        else:
            close = data.find(b">", opened)
            self.in_row = close < 0 or data[close - 1:close] != b"/"
            self.row_elements, tail = 0, opened + len(unit.open)
        self._span(data, tail, len(data))

    def _rows_one_by_one(self, data: bytes) -> None:
        """The exact count, row by row, for chunks with anything between their rows (or a prefix on them)."""
        pos = 0
        pattern = self.unit.prefixed_tag if self.unit.prefixed in data else self.unit.tag
        for tag in pattern.finditer(data):
            self._span(data, pos, tag.start())
            pos = tag.end()
            if tag.group(1):  # the end tag
                self.in_row = False
                continue
            self._count_rows(1)
            close = data.find(b">", tag.start())
            self.in_row = close < 0 or data[close - 1:close] != b"/"
            self.row_elements = 0
        self._span(data, pos, len(data))

    def _count_rows(self, count: int) -> None:
        self.rows += count
        if self.rows > MAX_SHEET_ROWS and self.unit is ROW:
            raise NetzplanerError("{name} has a sheet of more than {limit} rows, more than Excel allows; it is "
                                  "refused.", name=self.name, limit=f"{MAX_SHEET_ROWS:,}")
        self._loose(count)  # the read-only reader keeps every (emptied) row element

    def _span(self, data: bytes, start: int, end: int) -> None:
        count = data.count(b"<", start, end) - data.count(b"</", start, end)
        if self.in_row:
            self.row_elements += count
            if self.row_elements > MAX_ROW_CELLS:
                if self.unit is ROW:
                    raise NetzplanerError("{name} has a row of more than {limit} cells, more than Excel allows; it "
                                          "is refused.", name=self.name, limit=f"{MAX_ROW_CELLS:,}")
                raise NetzplanerError("{name} holds a text made of more than {limit} pieces, which no real "
                                      "workbook has; it is refused.", name=self.name, limit=f"{MAX_ROW_CELLS:,}")
        else:
            self._loose(count)

    def _loose(self, count: int) -> None:
        self.budget.loose += count
        if self.budget.loose > MAX_LOOSE_ELEMENTS:
            raise NetzplanerError("{name} holds more than {limit} XML elements outside its rows, which no real "
                                  "workbook has; it is refused.", name=self.name, limit=f"{MAX_LOOSE_ELEMENTS:,}")


XML_SUFFIXES = (".xml", ".rels", ".vml")
DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)


def damaged(name: str) -> NetzplanerError:
    return NetzplanerError("{name} is damaged and cannot be read as an Excel workbook.", name=name)


def unit_of(filename: str) -> Unit | None:
    if filename.startswith("xl/worksheets/"):
        return ROW
    return SHARED_STRING if filename == "xl/sharedStrings.xml" else None


def scan_workbook(zf: zipfile.ZipFile, budget: XmlBudget) -> None:
    """Scan every XML part of the workbook ``zf``, before anything parses it; a sentence for a damaged part."""
    for info in zf.infolist():
        if info.filename.endswith(XML_SUFFIXES) and not info.is_dir():
            try:
                with zf.open(info) as member:
                    budget.scan(_as_utf8(member), unit_of(info.filename))
            except DAMAGED_ZIP:
                raise damaged(budget.name)
            except UnicodeDecodeError:
                raise damaged(budget.name)


class _Utf8:
    """A UTF-16 part read as UTF-8, so that the byte searches find its markup (the parser reads UTF-16 too)."""

    def __init__(self, text: IO[str]) -> None:
        self.text = text

    def read(self, size: int) -> bytes:
        return self.text.read(size // 2).encode("utf-8", errors="surrogatepass")


def _as_utf8(member: IO[bytes]):
    head = member.peek(4)[:4] if hasattr(member, "peek") else b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head in (b"<\x00?\x00", b"\x00<\x00?"):
        encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else (
            "utf-16-le" if head[0] == 0x3C else "utf-16-be")
        return _Utf8(io.TextIOWrapper(member, encoding=encoding, errors="strict"))
    return member


class GuardedPart:
    """A zip member as a read-only stream: a damaged part gets a sentence, and every read checks the deadline."""

    def __init__(self, raw: IO[bytes], name: str, deadline: Deadline) -> None:
        self.raw, self.name, self.deadline = raw, name, deadline

    def read(self, size: int | None = -1) -> bytes:
        self.deadline.check()
        try:
            return self.raw.read(size)
        except DAMAGED_ZIP:
            raise damaged(self.name)

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GuardedZipFile(zipfile.ZipFile):
    """The zip openpyxl reads a scanned workbook through (it opens every part with ``open``)."""

    def __init__(self, file, name: str, deadline: Deadline) -> None:
        super().__init__(file)
        self.name, self.deadline = name, deadline

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        try:
            raw = super().open(name, mode, pwd, force_zip64=force_zip64)
        except DAMAGED_ZIP:
            raise damaged(self.name)
        return GuardedPart(raw, self.name, self.deadline) if mode == "r" else raw
