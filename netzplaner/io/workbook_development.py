"""The board workbook's sheet "Entwicklung" (issue 12): what changed since a chosen state of the network.

The sheet (the cover's health block is ``workbook_cover.health_block``): the period; at a glance (partners, relationships, mean quality overall and per network, then and now
and the change); the quality criteria of the whole network; then every section of the comparison that holds a line
(partners, relationships, quality per relationship, goals, actions; at most ``MAX_ROWS`` lines each) with the
id of each line in a hidden column; last the network check then and now. Written cell by cell (a comparison lists
what changed, not the network). The words are ``domain.comparison_text``'s, as on the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ..domain import formatting
from ..domain.comparison import LIST_SECTIONS, Comparison, section_title
from ..domain.comparison_text import describe, network_name
from ..domain.vocabulary import label
from . import workbook_labels as L
from .workbook_cover import put, state_name
from .workbook_stream import chars_per_line, row_height, wrapped_lines
from .workbook_styles import (
    BODY_FONT,
    GREEN_FILL,
    GREEN_TEXT,
    ID_FONT,
    NOTE_FONT,
    RED_FILL,
    RED_TEXT,
    SECTION_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    TOP_CENTER,
    TOP_WRAP,
    style_header,
)

if TYPE_CHECKING:
    from .board_workbook import BoardData

MAX_ROWS = 300  # lines per section on the sheet; the command line lists them all
WIDTHS = {"A": 44, "B": 58, "C": 12, "D": 12, "E": 14}
LAST = "E"
ID_COLUMN = "G"


def _header(ws: Worksheet, row: int, texts: Sequence[str]) -> None:
    for col, text in zip("ABCDE", texts):
        cell = put(ws, f"{col}{row}", text)
        style_header(cell)
        cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="left" if col in "AB" else "center")
    ws.row_dimensions[row].height = 20


def _change_cell(ws: Worksheet, ref: str, before, after, lang: str, digits: int) -> None:
    """The change after − before, green when it rose, red when it fell (more is better for every figure here)."""
    if before is None or after is None:
        put(ws, ref, formatting.MISSING, align=TOP_CENTER)
        return
    change = round(after - before, digits)
    text = ("+" if change > 0 else "") + formatting.number(change, lang, digits)
    cell = put(ws, ref, text, align=TOP_CENTER)
    if change:
        good = change > 0
        cell.fill = PatternFill("solid", fgColor=GREEN_FILL if good else RED_FILL)
        cell.font = Font(name=BODY_FONT.name, size=11, bold=True, color=GREEN_TEXT if good else RED_TEXT)


def _figure_row(ws: Worksheet, row: int, name: str, before, after, lang: str, digits: int = 0) -> None:
    put(ws, f"A{row}", name)
    put(ws, f"C{row}", formatting.number(before, lang, digits) if before is not None else formatting.MISSING,
        align=TOP_CENTER)
    put(ws, f"D{row}", formatting.number(after, lang, digits) if after is not None else formatting.MISSING,
        align=TOP_CENTER)
    _change_cell(ws, f"E{row}", before, after, lang, digits)


def _glance(ws: Worksheet, c: Comparison, row: int, lang: str) -> int:
    put(ws, f"A{row}", L.text("dev_glance", lang), font=SECTION_FONT)
    row += 1
    _header(ws, row, [L.text("dev_figure", lang), "", L.text("dev_then", lang), L.text("dev_now", lang),
                      L.text("dev_change", lang)])
    s = c.summary
    rows = [(L.text("dev_partners", lang), s.partners_before, s.partners_after, 0),
            (L.text("dev_ties", lang), s.ties_before, s.ties_after, 0),
            (L.text("dev_quality", lang), s.quality_before, s.quality_after, 1)]
    rows += [(L.text("dev_quality_of", lang, network=network_name(n, lang)), n.quality_before, n.quality_after, 1)
             for n in c.networks if n.dimension is not None]
    for name, before, after, digits in rows:
        row += 1
        _figure_row(ws, row, name, before, after, lang, digits)
    row += 2
    put(ws, f"A{row}", L.text("dev_criteria", lang), font=SECTION_FONT)
    row += 1
    _header(ws, row, [L.text("dev_figure", lang), "",
                      L.text("dev_then", lang), L.text("dev_now", lang), L.text("dev_change", lang)])
    for line in c.whole.criteria:
        row += 1
        _figure_row(ws, row, label(line.criterion, lang), line.before, line.after, lang, 2)
    return row + 2


def _section(ws: Worksheet, c: Comparison, key: str, row: int, lang: str, starts: list[int]) -> int:
    items = getattr(c, key)
    starts.append(row)
    put(ws, f"A{row}", f"{section_title(key, lang)} ({formatting.number(len(items), lang)})", font=SECTION_FONT)
    row += 1
    _header(ws, row, [L.text("dev_what", lang), L.text("dev_detail", lang), "", "", ""])
    ws.merge_cells(f"B{row}:{LAST}{row}")
    width_a, width_b = chars_per_line(WIDTHS["A"]), chars_per_line(sum(WIDTHS[k] for k in "BCDE"))
    for line in items[:MAX_ROWS]:
        row += 1
        what, detail = describe(key, line, lang)
        put(ws, f"A{row}", what, align=TOP_WRAP)
        put(ws, f"B{row}", detail, align=TOP_WRAP)
        ws.merge_cells(f"B{row}:{LAST}{row}")
        put(ws, f"{ID_COLUMN}{row}", line.id, font=ID_FONT)
        lines = max(wrapped_lines(what, width_a), wrapped_lines(detail, width_b))
        if lines > 1:
            ws.row_dimensions[row].height = row_height(lines)
    if len(items) > MAX_ROWS:
        row += 1
        put(ws, f"A{row}", L.text("dev_more", lang, n=formatting.number(len(items) - MAX_ROWS, lang)), font=NOTE_FONT)
    return row + 2


def _check(ws: Worksheet, c: Comparison, row: int, lang: str, starts: list[int]) -> int:
    k = c.check
    if k is None:
        return row
    put(ws, f"A{row}", section_title("check", lang), font=SECTION_FONT)
    starts.append(row)

    def names(refs) -> str:
        return ", ".join(r.name for r in refs) or formatting.MISSING

    texts = [L.text("dev_brokers", lang, new=names(k.brokers_new), gone=names(k.brokers_gone)),
             L.text("dev_cuts", lang, new=names(k.cut_points_new), gone=names(k.cut_points_gone)),
             L.text("dev_concentration", lang, a=formatting.percent(k.partner_concentration_before, lang),
                    b=formatting.percent(k.partner_concentration_after, lang),
                    c=formatting.percent(k.country_concentration_before, lang),
                    d=formatting.percent(k.country_concentration_after, lang))]
    texts += [L.text("dev_resolved", lang, text=r.text(lang)) for r in k.resolved]
    texts += [L.text("dev_new", lang, text=r.text(lang)) for r in k.new]
    width = chars_per_line(sum(WIDTHS.values()))
    for text in texts:
        row += 1
        put(ws, f"A{row}", text, align=TOP_WRAP)
        ws.merge_cells(f"A{row}:{LAST}{row}")
        ws.row_dimensions[row].height = row_height(wrapped_lines(text, width))
    return row + 2


def write_development(ws: Worksheet, data: BoardData, lang: str) -> None:
    """The sheet "Entwicklung": the changes from ``data.development.from_label`` to now."""
    c = data.development
    starts: list[int] = []  # the rows where a section starts, for the page breaks
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.column_dimensions[ID_COLUMN].hidden = True
    ws.sheet_view.showGridLines = False
    put(ws, "A1", L.text("dev_title", lang, label=state_name(c.from_label, lang)), font=TITLE_FONT)
    ws.row_dimensions[1].height = 30
    put(ws, "A2", L.text("dev_period", lang, then=formatting.day(c.then, lang), now=formatting.day(c.today, lang),
                         firm=data.firm), font=SUBTITLE_FONT)
    row = _glance(ws, c, 4, lang)
    shown = [key for key in LIST_SECTIONS if getattr(c, key)]
    if not shown:
        put(ws, f"A{row}", L.text("dev_nothing", lang), font=BODY_FONT)
        row += 2
    for key in shown:
        row = _section(ws, c, key, row, lang, starts)
    row = _check(ws, c, row, lang, starts)
    ws.print_area = f"A1:{LAST}{max(row - 1, 1)}"
    _keep_titles_with_rows(ws, row, starts)


# A4 landscape, margins as ``workbook_styles.print_setup`` sets them, fitted to the page width
PAGE_HEIGHT_PT = (21.0 - 2 * 0.75 * 2.54) / 2.54 * 72
PAGE_WIDTH_CM = 29.7 - 2 * 0.5 * 2.54
CM_PER_CHAR = 0.247  # as workbook_cover measured it in LibreOffice's PDF
SECTION_START_PT = 15 + 20 + 2 * 15  # a section's title, header and first two lines stay on one page


def _keep_titles_with_rows(ws: Worksheet, last: int, starts: list[int]) -> None:
    """A page break before a section whose title, header and first lines would not fit on the page any more (the
    printout otherwise leaves a heading alone at the foot of a page). The page height in rows is estimated from
    the fit-to-width scale; a tenth is kept in reserve for the estimate's error."""
    scale = min(1.0, PAGE_WIDTH_CM / (sum(WIDTHS.values()) * CM_PER_CHAR))
    capacity = PAGE_HEIGHT_PT / scale * 0.9
    starts, used = set(starts), 0.0
    for row in range(1, last):
        height = ws.row_dimensions[row].height or 15.0
        if row in starts and used + SECTION_START_PT > capacity:
            ws.row_breaks.append(Break(id=row - 1))
            used = 0.0
        elif used + height > capacity:  # where the printer breaks by itself
            used = 0.0
        used += height
