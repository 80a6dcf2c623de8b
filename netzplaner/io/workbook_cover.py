"""The cover sheet of the board workbook (firm, date, key figures, goal progress, recommendations, charts)
and the network map sheet. Small sheets, written cell by cell through openpyxl."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.enums import ActionStatus
from ..domain.vocabulary import label
from . import workbook_labels as L
from .safe_text import cell_text, needs_quote
from .workbook_stream import chars_per_line, row_height, wrapped_lines
from .workbook_styles import (
    BLUE,
    BODY_FONT,
    NOTE_FONT,
    SECTION_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    TOP,
    TOP_CENTER,
    TOP_WRAP,
    PngPicture,
    style_header,
)

if TYPE_CHECKING:
    from ..domain.entities import Goal
    from .board_workbook import BoardData

COVER_GOALS = 12  # goals listed on the cover; the goals sheet has all
COVER_RECOMMENDATIONS = 5
WIDTHS = {"A": 42, "B": 21, "C": 13, "D": 24, "E": 13, "F": 13, "G": 13, "H": 13}
LAST_COLUMN = "H"
CHARS_PER_LINE = 165  # of a text merged over A:H


def put(ws: Worksheet, ref: str, value, *, font: Font = BODY_FONT, fmt: str | None = None,
        align: Alignment = TOP):
    """Write one cell; user text never becomes a formula."""
    cell = ws[ref]
    if isinstance(value, str):
        value = cell_text(value)
        cell.value = value
        cell.data_type = "s"
        if needs_quote(value):
            cell.quotePrefix = True
    else:
        cell.value = value
    cell.font = font
    cell.alignment = align
    if fmt:
        cell.number_format = fmt
    return cell


def _merged_text(ws: Worksheet, row: int, value: str, font: Font = BODY_FONT) -> None:
    put(ws, f"A{row}", value, font=font, align=TOP_WRAP)
    ws.merge_cells(f"A{row}:{LAST_COLUMN}{row}")
    ws.row_dimensions[row].height = row_height(wrapped_lines(cell_text(value), CHARS_PER_LINE))


def _header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for i, text in enumerate(headers):
        cell = put(ws, f"{chr(ord('A') + i)}{row}", text)
        style_header(cell)
        cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="left" if i == 0 else "center")
    ws.row_dimensions[row].height = 32


def _figures(ws: Worksheet, data: BoardData, row: int, lang: str) -> tuple[int, int, int]:
    """Key figures per network; returns (header row, first and last dimension row)."""
    put(ws, f"A{row}", L.text("figures", lang), font=SECTION_FONT)
    row += 1
    header = row
    _header_row(ws, row, [L.header(k, lang) for k in ("network", "fig_partners", "fig_relationships",
                                                      "fig_assessed", "fig_quality", "fig_goals", "fig_open",
                                                      "fig_overdue")])
    first = row + 1
    last = first - 1
    line = Side(style="thin", color=BLUE)
    for f in data.figures:
        row += 1
        bold = f.dimension is None
        font = Font(name=BODY_FONT.name, size=11, bold=bold)
        name = label(f.dimension, lang) if f.dimension is not None else L.text("total", lang)
        put(ws, f"A{row}", name, font=font)
        values = (f.partners, f.relationships, f.assessed, f.mean_quality, f.goals, f.open_actions,
                  f.overdue_actions)
        for col, value in zip("BCDEFGH", values):
            put(ws, f"{col}{row}", value, font=font, fmt="0", align=TOP_CENTER)
        if f.overdue_actions:
            ws[f"H{row}"].font = Font(name=BODY_FONT.name, size=11, bold=True, color="9C0006")
        if bold:
            for col in "ABCDEFGH":
                ws[f"{col}{row}"].border = Border(top=line)
        else:
            last = row
    return header, first, last


def _goal_progress(ws: Worksheet, data: BoardData, goals: list[Goal], row: int, lang: str) -> tuple[int, int]:
    """The goal table; returns (first, last) goal row (last < first when there is none)."""
    put(ws, f"A{row}", L.text("goal_progress", lang), font=SECTION_FONT)
    row += 1
    _header_row(ws, row, [L.header(k, lang) for k in ("title", "benefit", "status", "kpi_name", "kpi_current",
                                                      "kpi_target", "progress", "actions_done")])
    first = row + 1
    if not goals:
        row += 1
        put(ws, f"A{row}", L.text("no_goals", lang), font=NOTE_FONT)
        return first, first - 1
    counts: dict[str, list[int]] = {}
    for a in data.actions:
        c = counts.setdefault(a.goal_id, [0, 0])
        c[0] += a.status == ActionStatus.DONE
        c[1] += 1
    for g in goals[:COVER_GOALS]:
        row += 1
        put(ws, f"A{row}", g.title, align=TOP_WRAP)
        put(ws, f"B{row}", label(g.benefit, lang))
        put(ws, f"C{row}", label(g.status, lang))
        kpi = f"{g.kpi_name} ({g.kpi_unit})" if g.kpi_name and g.kpi_unit else g.kpi_name
        put(ws, f"D{row}", kpi, align=TOP_WRAP)
        put(ws, f"E{row}", g.kpi_current, fmt="#,##0.##", align=TOP_CENTER)
        put(ws, f"F{row}", g.kpi_target, fmt="#,##0.##", align=TOP_CENTER)
        put(ws, f"G{row}", g.kpi_progress, fmt="0%", align=TOP_CENTER)
        c = counts.get(g.id)
        put(ws, f"H{row}", f"{c[0]} / {c[1]}" if c else "", align=TOP_CENTER)
        lines = max(wrapped_lines(g.title, chars_per_line(WIDTHS["A"])),
                    wrapped_lines(kpi, chars_per_line(WIDTHS["D"])))
        ws.row_dimensions[row].height = row_height(min(lines, 4))
    last = row
    if len(goals) > COVER_GOALS:
        row += 1
        more = len(goals) - COVER_GOALS
        put(ws, f"A{row}", f"… + {more} " + ("weitere Ziele im Blatt „Ziele“" if lang == "de" else
                                              "more goals on the “Goals” sheet"), font=NOTE_FONT)
    return first, last


def _bar_chart(title: str, *, horizontal: bool = False) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.style = 10
    chart.legend.position = "b"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None if horizontal else chart.y_axis.majorGridlines
    return chart


def write_cover(ws: Worksheet, data: BoardData, goals: list[Goal], lang: str) -> None:
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.sheet_view.showGridLines = False
    put(ws, "A1", L.text("title", lang), font=TITLE_FONT)
    ws.row_dimensions[1].height = 30
    put(ws, "A2", data.firm, font=Font(name=BODY_FONT.name, size=14, bold=True))
    when = data.as_of.strftime("%d.%m.%Y") if lang == "de" else data.as_of.isoformat()
    subtitle = L.text("as_of", lang, date=when)
    if data.extract:
        subtitle += " · " + L.text("extract", lang, what=data.extract)
    put(ws, "A3", subtitle, font=SUBTITLE_FONT)

    header, first_dim, last_dim = _figures(ws, data, 5, lang)
    row = max(last_dim, first_dim) + 3 if data.figures else header + 2
    goal_first, goal_last = _goal_progress(ws, data, goals, row, lang)
    row = max(goal_last, goal_first) + (3 if len(goals) > COVER_GOALS else 2)

    recommendations = [r for r in data.recommendations if r and r.strip()][:COVER_RECOMMENDATIONS]
    if recommendations:
        put(ws, f"A{row}", L.text("recommendations", lang), font=SECTION_FONT)
        for i, text in enumerate(recommendations, 1):
            row += 1
            _merged_text(ws, row, f"{i}. {text.strip()}")
        row += 2
    _merged_text(ws, row, L.text("round_trip", lang), font=NOTE_FONT)
    row += 2

    if last_dim >= first_dim:
        chart = _bar_chart(L.text("chart_network", lang))
        chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=header, max_row=last_dim), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first_dim, max_row=last_dim))
        chart.width, chart.height = 14, 7.5
        ws.add_chart(chart, f"A{row}")
    with_kpi = [i for i, g in enumerate(goals[:COVER_GOALS]) if g.kpi_progress is not None]
    if goal_last >= goal_first and with_kpi:
        chart = _bar_chart(L.text("chart_goals", lang), horizontal=True)
        chart.add_data(Reference(ws, min_col=7, min_row=goal_first, max_row=goal_last), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=1, min_row=goal_first, max_row=goal_last))
        chart.legend = None
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.y_axis.number_format = "0%"
        chart.x_axis.scaling.orientation = "maxMin"  # first goal on top, as in the table
        chart.y_axis.crosses = "max"  # ... and the percent axis below the bars
        chart.width, chart.height = 15, 7.5
        ws.add_chart(chart, f"D{row}")
    ws.print_area = f"A1:{LAST_COLUMN}{row + 16}"


def write_map(ws: Worksheet, data: BoardData, lang: str) -> None:
    ws.sheet_view.showGridLines = False
    put(ws, "A1", ws.title, font=SECTION_FONT)
    when = data.as_of.strftime("%d.%m.%Y") if lang == "de" else data.as_of.isoformat()
    put(ws, "A2", L.text("map_caption", lang, firm=data.firm, date=when), font=NOTE_FONT)
    png = data.map_png
    picture = PngPicture(png)
    picture.anchor = "A4"
    ws.add_image(picture)
    ws.column_dimensions["A"].width = 12
    ws.print_area = f"A1:P{4 + math.ceil(picture.height / 20) + 1}"

