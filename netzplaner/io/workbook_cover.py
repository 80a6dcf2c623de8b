"""The cover sheet of the board workbook, a page a board reads in two minutes, and the network map sheet.

The cover: firm and date; the three networks with their traffic lights, the verdict that says why and their key
figures (the same figures and rule as the window's overview: ``domain.figures``); the findings of the network
check that matter most; the decisions the board is asked to take (blocked and overdue actions, goals past their
date, red networks); charts in the networks' colours with their values; goal progress. How to hand the workbook
back is a note on the data sheets it concerns. Small sheets, written cell by cell through openpyxl."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.comments import Comment
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.units import cm_to_EMU
from openpyxl.worksheet.worksheet import Worksheet

from ..domain import formatting
from ..domain.enums import ActionStatus
from ..domain.figures import LIGHT_COLOURS, NETWORK_COLOURS, traffic_light, verdict
from ..domain.plan import is_live, is_overdue
from ..domain.glossary import term
from ..domain.health import GROUP_NAMES, HealthPoint, group_weights
from . import workbook_labels as L
from .safe_text import cell_text, needs_quote
from .workbook_stream import chars_per_line, row_height, wrapped_lines
from .workbook_styles import (
    BLUE,
    BODY_FONT,
    NOTE_FONT,
    RED_TEXT,
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

COVER_GOALS = 8  # current goals in the progress chart; the goals sheet has all
COVER_FINDINGS = 4
COVER_DECISIONS = 4
# network | light | verdict | five figures: about the width of an A4 landscape page at full size
WIDTHS = {"A": 22, "B": 9, "C": 58, "D": 10, "E": 10, "F": 10, "G": 12, "H": 10}
LAST_COLUMN = "H"
CHARS_PER_LINE = 160  # of a text merged over A:H (LibreOffice fits 160-175)
CHART_HEIGHT = 7.0  # cm
CM_PER_CHAR = 0.247  # one unit of column width in Calibri 11, padding included (measured in LibreOffice's PDF)
CHART_DATA = ("J", "K")  # hidden columns beside the page: the goal chart's titles and progress
LIGHT_TEXT = {"green": "FFFFFF", "amber": "263238", "red": "FFFFFF"}


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
        cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="left" if i < 3 else "center")
    ws.row_dimensions[row].height = 32


def _numbered(ws: Worksheet, row: int, title: str, lines: list[str]) -> int:
    """A section of numbered sentences over the page width; returns the next free row."""
    put(ws, f"A{row}", title, font=SECTION_FONT)
    for i, text in enumerate(lines, 1):
        row += 1
        _merged_text(ws, row, f"{i}. {text.strip()}")
    return row + 2


def _networks(ws: Worksheet, data: BoardData, row: int, lang: str) -> tuple[int, int, int]:
    """The networks at a glance: light, verdict and key figures; returns (header row, first and last network
    row)."""
    put(ws, f"A{row}", L.text("at_a_glance", lang), font=SECTION_FONT)
    row += 1
    header = row
    _header_row(ws, row, [L.header(k, lang) for k in ("network", "light", "verdict", "fig_partners",
                                                      "fig_quality", "fig_goals", "fig_open", "fig_overdue")])
    first, last = row + 1, row
    line = Side(style="thin", color=BLUE)
    whole = formatting.excel_format("int", lang)
    for f in data.figures:
        row += 1
        total = f.dimension is None
        colour = "263238" if total else NETWORK_COLOURS[f.dimension].lstrip("#").upper()
        put(ws, f"A{row}", term(f.dimension, lang) if not total else L.text("total", lang),
            font=Font(name=BODY_FONT.name, size=12, bold=True, color=colour))
        if not total:
            light = traffic_light(f)
            cell = put(ws, f"B{row}", term(f"light_{light}", lang), align=TOP_CENTER,
                       font=Font(name=BODY_FONT.name, size=11, bold=True, color=LIGHT_TEXT[light]))
            cell.fill = PatternFill("solid", fgColor=LIGHT_COLOURS[light].lstrip("#").upper())
            text = verdict(f, lang)
            put(ws, f"C{row}", text, align=TOP_WRAP)
            ws.row_dimensions[row].height = row_height(wrapped_lines(text, chars_per_line(WIDTHS["C"])))
        values = (f.partners, f.mean_quality, f.goals, f.open_actions, f.overdue_actions)
        font = Font(name=BODY_FONT.name, size=12 if not total else 11, bold=not total or None)
        for col, value in zip("DEFGH", values):
            put(ws, f"{col}{row}", value, font=font, fmt=whole, align=TOP_CENTER)
        if f.overdue_actions:
            ws[f"H{row}"].font = Font(name=BODY_FONT.name, size=12, bold=True, color=RED_TEXT)
        if total:
            for col in "ABCDEFGH":
                ws[f"{col}{row}"].border = Border(top=line)
        else:
            last = row
    return header, first, last


def _decisions(data: BoardData, lang: str) -> list[str]:
    """What the board is asked to decide: blocked actions, overdue actions, goals past their date, red networks."""
    today, de = data.as_of, lang != "en"
    goals = {g.id: g for g in data.goals}
    status = {g.id: g.status for g in data.goals}
    live = {g.id for g in data.goals if is_live(g.status)}
    owner = term("owner", lang)
    found: list[str] = []
    for a in (a for a in data.actions if a.status == ActionStatus.BLOCKED and a.goal_id in live):
        who = f"; {owner.lower()}: {a.owner}" if a.owner else ""
        goal = goals[a.goal_id].title
        found.append(f"„{a.title}“ ist blockiert – Ziel „{goal}“{who}. Unterstützung beschließen oder die "
                     "Maßnahme beenden." if de else
                     f"“{a.title}” is blocked – goal “{goal}”{who}. Decide on support or stop the action.")
    overdue = sorted((a for a in data.actions if a.goal_id in status and is_overdue(a, status[a.goal_id], today)),
                     key=lambda a: (a.due_date, a.title))
    if overdue:
        a, n = overdue[0], len(overdue)
        days = formatting.number((today - a.due_date).days, lang)
        who = f", {owner.lower()}: {a.owner}" if a.owner else ""
        found.append(f"{formatting.number(n, lang)} überfällige Maßnahme{'n' if n > 1 else ''} neu terminieren "
                     f"oder streichen – am längsten „{a.title}“, seit {days} Tagen{who}." if de else
                     f"Reschedule or drop {formatting.number(n, lang)} overdue action{'s' if n > 1 else ''} – the "
                     f"longest “{a.title}”, {days} days late{who}.")
    for g in data.goals:
        if g.id in live and g.target_date and g.target_date < today:
            when = formatting.day(g.target_date, lang)
            found.append(f"Ziel „{g.title}“ hat seinen Zieltermin ({when}) überschritten: verlängern oder "
                         "beenden." if de else
                         f"Goal “{g.title}” is past its target date ({when}): extend it or close it.")
    for f in data.figures:
        if f.dimension is not None and traffic_light(f) == "red":
            name = term(f.dimension, lang)
            if f.partners == 0:
                todo = ("Erste Partner gewinnen und eine verantwortliche Person festlegen." if de else
                        "Win its first partners and name a responsible person.")
            else:
                todo = ("Ein Ziel und eine verantwortliche Person festlegen." if de else
                        "Set a goal and name a responsible person.")
            found.append(f"Netzwerk {name} steht auf Rot ({verdict(f, lang)}). {todo}" if de else
                         f"The {name} network is red ({verdict(f, lang)}). {todo}")
    return found[:COVER_DECISIONS]


def _goal_chart_data(ws: Worksheet, goals: list[Goal], row: int) -> tuple[int, int]:
    """The current goals with a KPI and their progress in hidden cells beside the page (the chart reads them);
    returns (first, last) row, last < first when none has a KPI."""
    title, value = CHART_DATA
    shown = [g for g in goals if is_live(g.status) and g.kpi_progress is not None][:COVER_GOALS]
    for i, g in enumerate(shown):
        put(ws, f"{title}{row + i}", g.title)
        put(ws, f"{value}{row + i}", g.kpi_progress, fmt="0%")
    for letter in CHART_DATA:
        ws.column_dimensions[letter].hidden = True
    return row, row + len(shown) - 1


def _title(text: str) -> Title:
    """A chart title at the size of the cover's section headings (the default is larger than the page's)."""
    font = CharacterProperties(sz=1200, b=True, solidFill=BLUE)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _bar_chart(title: str, *, horizontal: bool = False) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = _title(title)
    chart.style = 10
    chart.legend = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    return chart


def _values_on_bars(chart: BarChart, colours: list[str] | None = None, number_format: str = "0") -> None:
    """Each bar in its own colour (the networks' colours) with its value written at its end."""
    for series in chart.series:
        series.graphicalProperties.solidFill = BLUE
        series.graphicalProperties.line.noFill = True
        for i, colour in enumerate(colours or []):
            point = DataPoint(idx=i)
            point.graphicalProperties.solidFill = colour
            point.graphicalProperties.line.noFill = True
            series.dPt.append(point)
        series.dLbls = DataLabelList()
        series.dLbls.showVal = True
        for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
            setattr(series.dLbls, flag, False)
        series.dLbls.numFmt = number_format
    chart.gapWidth = 60


def _step(top: float) -> int:
    """A round axis step giving four or five lines up to ``top``: 1, 2, 5, 10, 20, 50, ..."""
    step = 1
    while top / step > 5:
        step *= 2.5 if str(step)[0] == "2" else 2
    return int(step)


def _place(ws: Worksheet, chart: BarChart, row: int, left: float, width: float) -> None:
    """Put ``chart`` at ``left`` cm from the page's left edge on ``row``, ``width`` cm wide: three charts share
    the page width whatever the columns below them."""
    col, start = 0, 0.0
    for letter, chars in WIDTHS.items():
        if start + chars * CM_PER_CHAR > left:
            break
        col, start = col + 1, start + chars * CM_PER_CHAR
    chart.width, chart.height = width, CHART_HEIGHT
    chart.anchor = OneCellAnchor(_from=AnchorMarker(col=col, row=row - 1, colOff=cm_to_EMU(left - start)),
                                 ext=XDRPositiveSize2D(cm_to_EMU(width), cm_to_EMU(CHART_HEIGHT)))
    ws.add_chart(chart)


def _charts(ws: Worksheet, data: BoardData, goals: list[Goal], networks: tuple[int, int], row: int,
            lang: str) -> None:
    """Partners and mean quality per network in the networks' colours, and the current goals' progress."""
    first, last = networks
    if last >= first:
        colours = [NETWORK_COLOURS[f.dimension].lstrip("#").upper() for f in data.figures if f.dimension]
        for col, key, left in ((4, "chart_partners", 0.0), (5, "chart_quality", 9.9)):
            chart = _bar_chart(L.text(key, lang))
            chart.add_data(Reference(ws, min_col=col, min_row=first, max_row=last), titles_from_data=False)
            chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
            _values_on_bars(chart, colours)
            chart.y_axis.scaling.min = 0
            chart.y_axis.majorUnit = _step(max((f.partners for f in data.figures if f.dimension), default=1))
            if key == "chart_quality":
                chart.y_axis.scaling.max, chart.y_axis.majorUnit = 100, 25
            _place(ws, chart, row, left, 9.5)
    goal_first, goal_last = _goal_chart_data(ws, goals, row)
    if goal_last >= goal_first:
        chart = _bar_chart(L.text("chart_goals", lang), horizontal=True)
        chart.add_data(Reference(ws, min_col=11, min_row=goal_first, max_row=goal_last), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=10, min_row=goal_first, max_row=goal_last))
        chart.visible_cells_only = False  # its data stands in hidden columns
        _values_on_bars(chart, number_format="0%")
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.y_axis.number_format = "0%"
        chart.x_axis.scaling.orientation = "maxMin"  # the most advanced goal on top
        chart.y_axis.crosses = "max"  # ... and the percent axis below the bars
        _place(ws, chart, row, 19.8, 13.5)
    ws.row_dimensions[row].height = 15


def _round_trip_notes(wb, lang: str) -> None:
    """How to hand the workbook back is a note on the sheets it concerns (their editable headers), not on the
    cover."""
    for key, columns in (("actions", ("status", "owner", "start_date", "due_date")),
                         ("goals", ("status", "owner", "target_date", "kpi_current"))):
        title = L.sheet(key, lang)
        if title not in wb.sheetnames:
            continue
        ws = wb[title]
        wanted = {L.header(c, lang) for c in columns}
        for cell in ws[1]:
            if cell.value in wanted:
                cell.comment = Comment(L.text(f"note_{key}", lang), "Netzplaner", width=300, height=110)


def write_cover(ws: Worksheet, data: BoardData, goals: list[Goal], lang: str) -> None:
    """The board's page: who and when, the networks at a glance, findings, decisions asked for, charts, goals."""
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.sheet_view.showGridLines = False
    put(ws, "A1", L.text("title", lang), font=TITLE_FONT)
    ws.row_dimensions[1].height = 30
    put(ws, "A2", data.firm, font=Font(name=BODY_FONT.name, size=14, bold=True))
    subtitle = L.text("as_of", lang, date=formatting.day(data.as_of, lang))
    if data.extract:
        subtitle += " · " + L.text("extract", lang, what=data.extract)
    put(ws, "A3", subtitle, font=SUBTITLE_FONT)

    header, first_dim, last_dim = _networks(ws, data, 5, lang)
    row = max(last_dim, first_dim) + (3 if data.figures else 2)
    findings = [r for r in data.recommendations if r and r.strip()][:COVER_FINDINGS]
    if findings:
        row = _numbered(ws, row, L.text("findings", lang), findings)
    decisions = _decisions(data, lang) or [L.text("no_decisions", lang)]
    row = _numbered(ws, row, L.text("decisions", lang), decisions)
    row = health_block(ws, data.health_trend, row, lang)
    live = sorted(goals, key=lambda g: -(g.kpi_progress or 0))
    _charts(ws, data, live, (first_dim, last_dim), row, lang)
    _round_trip_notes(ws.parent, lang)
    ws.print_area = f"A1:{LAST_COLUMN}{row + round(CHART_HEIGHT / 0.53)}"  # a 15-pt row is 0.53 cm


# -- the cover's health trend ----------------------------------------------------------------------------------

COVER_POINTS = 5  # the earlier states shown beside now on the cover (columns D-H)


def state_name(text: str, lang: str) -> str:
    """A snapshot's label in quotes, or "heute"/"now" for the document now ("" or "now")."""
    if text in ("", "now"):
        return L.text("health_now", lang)
    return f"„{text}“" if lang == "de" else f"“{text}”"


def health_block(ws: Worksheet, trend: Sequence[HealthPoint], row: int, lang: str) -> int:
    """The networks' health on the cover: network, score now, the change since the earliest state shown and the
    weakest component, then the scores at the latest earlier states (``trend``: oldest first, now last); returns
    the next free row."""
    if not trend:
        return row
    now, earlier = trend[-1], list(trend[:-1])[-COVER_POINTS:]
    put(ws, f"A{row}", L.text("health_title", lang), font=SECTION_FONT)
    row += 1
    heads = [L.header("network", lang), L.text("health_now", lang), L.text("health_trend", lang)]
    heads += [state_name(p.label, lang) for p in earlier]
    for i, text in enumerate(heads):
        cell = put(ws, f"{chr(ord('A') + i)}{row}", text)
        style_header(cell)
        cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="left" if i in (0, 2) else "center")
    ws.row_dimensions[row].height = 32
    for dim, h in now.health.items():
        row += 1
        colour = NETWORK_COLOURS[dim].lstrip("#").upper()
        put(ws, f"A{row}", term(dim, lang), font=Font(name=BODY_FONT.name, size=12, bold=True, color=colour))
        put(ws, f"B{row}", h.score, font=Font(name=BODY_FONT.name, size=12, bold=True), align=TOP_CENTER)
        parts = []
        if earlier and dim in earlier[0].health:
            change = h.score - earlier[0].health[dim].score
            parts.append(L.text("health_since", lang, sign="+" if change > 0 else "±" if change == 0 else "−",
                                n=abs(change), label=state_name(earlier[0].label, lang)))
        weakest = min(h.components, key=lambda v: (v.value, -v.weight))
        parts.append(L.text("health_weakest", lang, name=weakest.name(lang),
                            value=formatting.number(weakest.value, lang, 0)))
        put(ws, f"C{row}", "; ".join(parts), align=TOP_WRAP)
        for i, point in enumerate(earlier):
            score = point.health.get(dim)
            put(ws, f"{chr(ord('D') + i)}{row}", score.score if score else formatting.MISSING, align=TOP_CENTER)
    row += 1
    weights = group_weights()  # from the one declaration (domain.health), never a copy of it
    parts = ", ".join(f"{GROUP_NAMES[g][1 if lang == 'en' else 0]} {formatting.percent(weights[g] / 100, lang)}"
                      for g in weights)
    put(ws, f"A{row}", L.text("health_note", lang, parts=parts), font=NOTE_FONT)
    return row + 2


def write_map(ws: Worksheet, data: BoardData, lang: str) -> None:
    """The map picture under one title line that carries the firm and the date (the sheet's name says the rest)."""
    ws.sheet_view.showGridLines = False
    put(ws, "A1", L.text("map_caption", lang, firm=data.firm, date=formatting.day(data.as_of, lang)),
        font=SECTION_FONT)
    png = data.map_png
    picture = PngPicture(png)
    picture.anchor = "A3"
    ws.add_image(picture)
    ws.column_dimensions["A"].width = 12
    ws.print_area = f"A1:P{3 + math.ceil(picture.height / 20) + 1}"

