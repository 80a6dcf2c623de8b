"""The look of the board workbook: colours, cell formats per column kind, print setup, the map picture.

One sober house style: dark blue header row with white bold text, thin grey lines, dates and money in the
style of ``domain.formatting`` (``TT.MM.JJJJ`` and ``1.250 €``; ``YYYY-MM-DD`` and ``€1,250`` in English), A4 landscape fitted to the page width with the header row repeated on every page
and firm, sheet, date and page numbers in the page header and footer.
"""

from __future__ import annotations

import struct
from datetime import date

from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from ..domain import formatting
from . import workbook_labels as L
from .safe_text import header_footer_text

BLUE = "1F4E79"
LIGHT_BLUE = "DDEBF7"
GREY = "595959"
LINE = "BFBFBF"
RED_FILL, RED_TEXT = "F8CBAD", "9C0006"
GREEN_FILL, GREEN_TEXT = "E2EFDA", "375623"
AMBER_FILL = "FFE699"
FONT = "Calibri"

THIN = Side(style="thin", color=LINE)
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF", size=11)
HEADER_FILL = PatternFill("solid", fgColor=BLUE)
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
BODY_FONT = Font(name=FONT, size=11)
ID_FONT = Font(name=FONT, size=8, color="808080")
TITLE_FONT = Font(name=FONT, bold=True, size=20, color=BLUE)
SUBTITLE_FONT = Font(name=FONT, size=12, color=GREY)
SECTION_FONT = Font(name=FONT, bold=True, size=13, color=BLUE)
NOTE_FONT = Font(name=FONT, italic=True, size=10, color=GREY)
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
TOP_CENTER = Alignment(vertical="top", horizontal="center")

# column kind -> (number format, alignment)
KINDS: dict[str, tuple[str, Alignment]] = {
    "text": ("General", TOP),
    "centered": ("General", TOP_CENTER),
    "wrap": ("General", TOP_WRAP),
    "date": ("DD.MM.YYYY", TOP_CENTER),
    "int": ("0", TOP_CENTER),
    "number": ("General", TOP),
    "money": ("#,##0 €", TOP),
    "score": ("0", TOP_CENTER),
    "index": ("0", TOP_CENTER),
    "percent": ("0%", TOP_CENTER),
    "id": ("@", TOP),
}
DATE_FORMATS = {lang: formatting.excel_format("date", lang) for lang in ("de", "en")}
EXCEL_EPOCH = date(1899, 12, 30).toordinal()

# A4 landscape: printable width about 27 cm; 1 character of Calibri 11 is about 0.19 cm
PAGE_WIDTH_PX, PAGE_HEIGHT_PX = 1000, 620


def number_format(kind: str, lang: str) -> str:
    if kind in ("date", "money"):
        return formatting.excel_format(kind, lang)
    return KINDS[kind][0]


def excel_serial(day: date) -> int:
    """The spreadsheet serial number of a day (1900 date system)."""
    return day.toordinal() - EXCEL_EPOCH


def style_cell(cell, kind: str, lang: str, *, quote: bool = False) -> None:
    """Give ``cell`` the body format of its column kind (and the quote prefix for text kept as text)."""
    cell.font = ID_FONT if kind == "id" else BODY_FONT
    cell.number_format = number_format(kind, lang)
    cell.alignment = KINDS[kind][1]
    cell.border = BORDER
    if quote:
        cell.quotePrefix = True


def style_header(cell) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGN
    cell.border = BORDER


def print_setup(ws: Worksheet, *, firm: str, as_of: date, lang: str, repeat_header: bool = True,
                landscape: bool = True) -> None:
    """A4 landscape, fitted to the page width, header row on every page, firm/sheet/date and page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if repeat_header:
        ws.print_title_rows = "1:1"
    when = formatting.day(as_of, lang)
    for part in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        part.left.text = header_footer_text(firm)
        part.left.size = 9
        part.center.text = header_footer_text(ws.title)
        part.center.size = 9
        part.right.text = when
        part.right.size = 9
    for part in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        part.left.text = "Netzplaner"
        part.left.size = 8
        part.center.text = L.text("page", lang)
        part.center.size = 9


class PngPicture(Image):
    """A PNG for the workbook without Pillow: the size is read from the PNG header, the bytes go in as they are."""

    def __init__(self, data: bytes, *, max_width: int = PAGE_WIDTH_PX, max_height: int = PAGE_HEIGHT_PX) -> None:
        if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
            raise ValueError("The network map is not a PNG picture.")
        width, height = struct.unpack(">II", data[16:24])
        if not width or not height:
            raise ValueError("The network map picture is empty.")
        scale = min(1.0, max_width / width, max_height / height)
        self.ref = None
        self.format = "png"
        self.width, self.height = max(1, round(width * scale)), max(1, round(height * scale))
        self._png = bytes(data)

    def _data(self) -> bytes:
        return self._png
