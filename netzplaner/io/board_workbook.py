"""The board workbook: the action plan a managing director takes to the board, as one ``.xlsx``.

Sheets (German titles first): Übersicht/Overview (firm, date, key figures per network, goal progress, top
recommendations, two charts), Ziele/Goals, Maßnahmenplan/Action plan, Partner/Partners, Beziehungen/Relationships
and, when a picture is given, Netzwerkkarte/Network map; with a comparison, Entwicklung/Development (the changes
since a snapshot, ``workbook_development``). Each data sheet is an Excel table with filters, a frozen
and repeated header row, fitted column widths, real dates and a hidden ID column (the key of the round trip,
``workbook_reader``); statuses are drop-down lists; overdue, blocked and done actions are coloured by conditional
formats. Every sheet prints on A4 landscape, fitted to the page width, with firm, sheet, date and page numbers.

The input is plain data (``BoardData``): the services gather it from a document; this module knows no store.
Writing is atomic: a temporary file in the target folder, renamed over the target only when complete.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule, DataBarRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.comparison import Comparison
from ..domain.entities import Action, Assessment, Goal, Partner, Relationship
from ..domain.enums import ActionStatus, Criterion, Dimension, GoalStatus, Priority, RelationshipKind
from ..domain.errors import NetzplanerError
from ..domain.figures import DimensionFigures  # defined once for the overview, the cover and the check
from ..domain.health import HealthPoint
from ..domain.plan import is_live
from .files import atomic_write
from ..domain.vocabulary import label
from . import workbook_labels as L
from .board_state import add_record_sheet, record_rows
from .safe_text import cell_text, list_validation, sheet_title, table_name
from .workbook_cover import write_cover, write_map
from .workbook_development import write_development
from .workbook_stream import Column, RowsOnDemand, StreamedSheet, save_streamed
from .workbook_styles import AMBER_FILL, GREEN_FILL, GREEN_TEXT, RED_FILL, RED_TEXT, print_setup

Progress = Callable[[int, int], None]
TABLE_NAMES = {"goals": "Goals", "actions": "ActionPlan", "partners": "Partners", "relationships": "Relationships"}
_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


class PartnerRow(NamedTuple):
    """What the partner sheet shows of a partner (a ``Partner`` entity serves as well); ``kind`` may be the code."""

    id: str
    name: str
    dimensions: frozenset[Dimension]
    kind: str
    city: str
    country: str
    industry: str
    tags: tuple[str, ...]
    is_own_firm: bool
    archived: bool
    street: str = ""
    postcode: str = ""


class RelationshipRow(NamedTuple):
    """What the relationship sheet shows of a relationship (a ``Relationship`` entity serves as well)."""

    id: str
    source_id: str
    target_id: str
    kind: str
    strength: int
    since: date | None


class AssessmentRow(NamedTuple):
    """What the relationship sheet shows of the latest assessment (an ``Assessment`` entity serves as well)."""

    assessed_on: date
    scores: Mapping[Criterion, int | None]
    quality_index: float | None


@dataclass(frozen=True)
class BoardData:
    """Everything the board workbook shows, as frozen domain entities or the plain rows above (the export reads
    the document column by column: no entity per partner or relationship); nothing is read from a document here."""

    firm: str
    as_of: date
    lang: str = "de"
    title: str = ""
    partners: Sequence[Partner | PartnerRow] = ()
    relationships: Sequence[Relationship | RelationshipRow] = ()
    assessments: Mapping[str, Assessment | AssessmentRow] = field(default_factory=dict)  # latest per relationship
    goals: Sequence[Goal] = ()
    actions: Sequence[Action] = ()
    figures: Sequence[DimensionFigures] = ()
    recommendations: Sequence[str] = ()
    map_png: bytes | None = None
    extract: str = ""  # what a partial export holds, e.g. "Regional" or "2 von 6 Zielen"
    names: Mapping[str, str] = field(default_factory=dict)  # partner id -> name, beyond ``partners``
    exported_at: datetime | None = None  # the moment of the export recorded for the round trip (None: now)
    development: Comparison | None = None  # changes since a snapshot: the sheet "Entwicklung" (None: no sheet)
    health_trend: Sequence[HealthPoint] = ()  # the networks' health at the latest states and now (the cover)

    def name_of(self, partner_id: str | None) -> str:
        if partner_id is None:
            return ""
        if partner_id in self.names:
            return self.names[partner_id]
        return self._partner_names.get(partner_id, "")

    @property
    def _partner_names(self) -> dict[str, str]:
        cached = self.__dict__.get("_names_cache")
        if cached is None:
            cached = {p.id: p.name for p in self.partners}
            object.__setattr__(self, "_names_cache", cached)
        return cached


def ordered_goals(goals: Sequence[Goal]) -> list[Goal]:
    """Goals as the board reads them: high priority first, then by target date and title."""
    return sorted(goals, key=lambda g: (_PRIORITY_RANK[g.priority], g.target_date or date.max, g.title.casefold()))


# -- the data sheets -----------------------------------------------------------------------------------------

def _goal_sheet(wb: Workbook, data: BoardData, goals: list[Goal], title: str) -> StreamedSheet:
    lang = data.lang
    done: dict[str, list[int]] = {}
    for a in data.actions:
        counts = done.setdefault(a.goal_id, [0, 0])
        counts[1] += 1
        counts[0] += a.status == ActionStatus.DONE
    h = lambda key: L.header(key, lang)  # noqa: E731
    letters: dict[str, str] = {}  # filled below, read when the rows are written

    def progress(r: int) -> str:
        b, t, c = letters["kpi_baseline"], letters["kpi_target"], letters["kpi_current"]
        return (f'IF(AND(ISNUMBER({b}{r}),ISNUMBER({t}{r}),ISNUMBER({c}{r}),{t}{r}<>{b}{r}),'
                f'MAX(0,MIN(1,({c}{r}-{b}{r})/({t}{r}-{b}{r}))),"")')

    columns = [Column("title", h("title"), "wrap", 32), Column("benefit", h("benefit"), "wrap", 19),
               Column("dimension", h("dimension"), "wrap", 13),
               Column("owner", h("owner"), "wrap", 20, keep_empty=True), Column("priority", h("priority"), width=9),
               Column("status", h("status"), width=11, keep_empty=True),
               Column("target_date", h("target_date"), "date", 11, keep_empty=True),
               Column("kpi_name", h("kpi_name"), "wrap", 22),
               Column("kpi_unit", h("kpi_unit"), "wrap", 9),
               Column("kpi_baseline", h("kpi_baseline"), "number", 9),
               Column("kpi_target", h("kpi_target"), "number", 9),
               Column("kpi_current", h("kpi_current"), "number", 9, keep_empty=True),
               Column("progress", h("progress"), "percent", 9, formula=progress),
               Column("actions_done", h("actions_done"), "centered", 11),
               Column("id", h("id"), "id", 10, hidden=True)]
    across = L.text("across", lang)
    rows = []
    for g in goals:
        counts = done.get(g.id, [0, 0])
        rows.append((g.title, label(g.benefit, lang), label(g.dimension, lang) if g.dimension else across, g.owner,
                     label(g.priority, lang), label(g.status, lang), g.target_date, g.kpi_name, g.kpi_unit,
                     g.kpi_baseline, g.kpi_target, g.kpi_current, None,
                     f"{counts[0]} / {counts[1]}" if counts[1] else "", g.id))
    sheet = StreamedSheet(wb, title, columns, rows, lang=lang, table_name=TABLE_NAMES["goals"], freeze="B2")
    letters.update((c.key, sheet.letter(c.key)) for c in columns)
    _status_list(sheet, [label(s, lang) for s in GoalStatus], lang)
    sheet.ws.conditional_formatting.add(
        sheet.body("progress"), DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1,
                                            color="5B9BD5"))
    return sheet


def _action_sheet(wb: Workbook, data: BoardData, goals: list[Goal], title: str) -> StreamedSheet:
    lang = data.lang
    h = lambda key: L.header(key, lang)  # noqa: E731
    columns = [Column("goal", h("goal"), "wrap", 24), Column("action", h("action"), "wrap", 38),
               Column("owner", h("owner"), "wrap", 20, keep_empty=True),
               Column("start_date", h("start_date"), "date", 11, keep_empty=True),
               Column("due_date", h("due_date"), "date", 11, keep_empty=True),
               Column("status", h("status"), width=11, keep_empty=True),
               Column("priority", h("priority"), width=9), Column("effort_days", h("effort_days"), "number", 9),
               Column("cost_eur", h("cost_eur"), "money", 12), Column("partner", h("partner"), "wrap", 26),
               Column("id", h("id"), "id", 10, hidden=True)]
    order = {g.id: i for i, g in enumerate(goals)}
    titles = {g.id: g.title for g in goals}
    actions = sorted((a for a in data.actions if a.goal_id in order),
                     key=lambda a: (order[a.goal_id], a.due_date or date.max, a.title.casefold()))
    rows = [(titles[a.goal_id], a.title, a.owner, a.start_date, a.due_date, label(a.status, lang),
             label(a.priority, lang), a.effort_days, a.cost_eur, data.name_of(a.partner_id), a.id) for a in actions]
    sheet = StreamedSheet(wb, title, columns, rows, lang=lang, table_name=TABLE_NAMES["actions"], freeze="C2")
    _status_list(sheet, [label(s, lang) for s in ActionStatus], lang)
    status, due = sheet.letter("status"), sheet.letter("due_date")
    done, blocked = label(ActionStatus.DONE, lang), label(ActionStatus.BLOCKED, lang)
    cf = sheet.ws.conditional_formatting
    cf.add(sheet.body_range, FormulaRule(formula=[f'${status}2="{done}"'], stopIfTrue=True,
                                         fill=PatternFill("solid", bgColor=GREEN_FILL),
                                         font=Font(color=GREEN_TEXT)))
    # overdue (``domain.plan.is_overdue``): the goal's part is decided here, so only the rows under a current goal
    # carry the rule; the date's part stays a formula, so the sheet still marks an action that falls due later
    status_of = {g.id: g.status for g in goals}
    live_rows = _runs([row for row, a in enumerate(actions, 2) if is_live(status_of[a.goal_id])])
    if live_rows:
        first = live_rows[0][0]
        overdue = f'AND(${status}{first}<>"{done}",ISNUMBER(${due}{first}),${due}{first}<TODAY())'
        cf.add(" ".join(f"A{a}:{sheet.letters[-1]}{b}" for a, b in live_rows),
               FormulaRule(formula=[overdue], stopIfTrue=True, fill=PatternFill("solid", bgColor=RED_FILL),
                           font=Font(color=RED_TEXT)))
    cf.add(sheet.body_range, FormulaRule(formula=[f'${status}2="{blocked}"'], stopIfTrue=True,
                                         fill=PatternFill("solid", bgColor=AMBER_FILL)))
    return sheet


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _status_list(sheet: StreamedSheet, labels: list[str], lang: str) -> None:
    dv = DataValidation(type="list", formula1=list_validation(labels), allow_blank=True, showDropDown=False,
                        showErrorMessage=True, errorTitle=L.text("status_error_title", lang),
                        error=L.text("status_error", lang), errorStyle="stop")
    dv.add(sheet.body("status"))
    sheet.ws.add_data_validation(dv)


def _partner_sheet(wb: Workbook, data: BoardData, title: str) -> StreamedSheet:
    lang = data.lang
    h = lambda key: L.header(key, lang)  # noqa: E731
    ties = Counter(r.source_id for r in data.relationships)
    ties.update(r.target_id for r in data.relationships)
    columns = [Column("name", h("name"), "wrap", 36), Column("kind", h("kind"), "wrap", 18),
               Column("dimensions", h("dimensions"), "wrap", 16), Column("street", h("street"), "wrap", 22),
               Column("postcode", h("postcode"), "centered", 8), Column("city", h("city"), "wrap", 16),
               Column("country", h("country"), "centered", 7), Column("industry", h("industry"), "wrap", 20),
               Column("tags", h("tags"), "wrap", 24), Column("ties", h("ties"), "int", 9),
               Column("own_firm", h("own_firm"), "centered", 8),
               Column("archived", h("archived"), "centered", 8),
               Column("id", h("id"), "id", 10, hidden=True)]
    yes = L.text("yes", lang)
    partners = sorted(data.partners, key=lambda p: (not p.is_own_firm, p.name.casefold()))
    kinds = _Labels(lambda kind: label(kind, lang))  # a few kinds and combinations of networks, each worded once
    networks = _Labels(lambda dims: ", ".join(label(d, lang) for d in Dimension if d in dims))
    rows = [(p.name, kinds[p.kind], networks[p.dimensions], p.street, p.postcode, p.city, p.country, p.industry,
             ", ".join(p.tags), ties.get(p.id, 0), yes if p.is_own_firm else "", yes if p.archived else "", p.id)
            for p in partners]
    return StreamedSheet(wb, title, columns, rows, lang=lang, table_name=TABLE_NAMES["partners"])


class _Labels(dict):
    """value -> its words, each worded on first use."""

    def __init__(self, word: Callable[[object], str]) -> None:
        super().__init__()
        self.word = word

    def __missing__(self, key) -> str:
        self[key] = text = self.word(key)
        return text


def _relationship_sheet(wb: Workbook, data: BoardData, title: str) -> StreamedSheet:
    lang = data.lang
    h = lambda key: L.header(key, lang)  # noqa: E731
    columns = [Column("source", h("source"), "wrap", 32), Column("target", h("target"), "wrap", 32),
               Column("rel_kind", h("rel_kind"), "wrap", 16),
               Column("strength", h("strength"), "int", 6, rotate=True), Column("since", h("since"), "date", 11),
               *(Column(c.value, label(c, lang), "score", 6, rotate=True) for c in Criterion),
               Column("quality", h("quality"), "index", 6, rotate=True),
               Column("assessed_on", h("assessed_on"), "date", 11),
               Column("id", h("id"), "id", 10, hidden=True)]
    names = {**{p.id: p.name for p in data.partners}, **data.names}
    kinds = {k: label(k, lang) for k in RelationshipKind}
    criteria = tuple(Criterion)
    unassessed = (None,) * (len(criteria) + 2)
    # as a list (the services hand a view of the read's columns): the rows below take them in the sheet's order
    relationships, assessments = list(data.relationships), data.assessments

    def rows_of(order: Sequence[int]) -> list[tuple]:
        rows = []
        add = rows.append
        for k in order:
            r = relationships[k]
            a = assessments.get(r.id)
            if a is None:
                assessed = unassessed
            else:
                scores = a.scores
                assessed = (*[scores.get(c) for c in criteria], a.quality_index, a.assessed_on)
            add((names.get(r.source_id, ""), names.get(r.target_id, ""), kinds[r.kind], r.strength, r.since,
                 *assessed, r.id))
        return rows

    fold = {name: name.casefold() for name in names.values()}.get  # 100,000 relationships hold 20,000 names
    keys = [(fold(names.get(r.source_id, ""), ""), fold(names.get(r.target_id, ""), "")) for r in relationships]
    # by source and target name; the rows are made as they are written (100,000 rows held at once: 15 MiB)
    rows = RowsOnDemand(sorted(range(len(keys)), key=keys.__getitem__), rows_of)
    del keys
    sheet = StreamedSheet(wb, title, columns, rows, lang=lang, table_name=TABLE_NAMES["relationships"])
    cf = sheet.ws.conditional_formatting
    first, last = sheet.letter(Criterion.OPENNESS.value), sheet.letter(Criterion.MUTUAL_BENEFIT.value)
    cf.add(f"{first}2:{last}{sheet.last_row}", ColorScaleRule(
        start_type="num", start_value=1, start_color="F8696B", mid_type="num", mid_value=3, mid_color="FFEB84",
        end_type="num", end_value=5, end_color="63BE7B"))
    cf.add(sheet.body("quality"), ColorScaleRule(
        start_type="num", start_value=0, start_color="F8696B", mid_type="num", mid_value=50, mid_color="FFEB84",
        end_type="num", end_value=100, end_color="63BE7B"))
    return sheet


# -- the workbook ------------------------------------------------------------------------------------------------

def build_board_workbook(data: BoardData) -> tuple[Workbook, list[StreamedSheet]]:
    """The workbook with every sheet laid out; the data sheets' rows follow when saved (``save_streamed``)."""
    lang = "en" if data.lang == "en" else "de"
    if lang != data.lang:
        raise ValueError(f"unknown language {data.lang!r}")
    wb = Workbook()
    taken: list[str] = []

    def title(key: str) -> str:
        name = sheet_title(L.sheet(key, lang), taken)
        taken.append(name)
        return name

    goals = ordered_goals(data.goals)
    cover = wb.active
    cover.title = title("cover")
    sheets = [_goal_sheet(wb, data, goals, title("goals")),
              _action_sheet(wb, data, goals, title("actions")),
              _partner_sheet(wb, data, title("partners")),
              _relationship_sheet(wb, data, title("relationships"))]
    names: list[str] = []
    for s in sheets:  # valid and unique even if someone edits TABLE_NAMES
        s.table.displayName = table_name(s.table.displayName, names)
        s.table.name = s.table.displayName
        names.append(s.table.displayName)
        print_setup(s.ws, firm=data.firm, as_of=data.as_of, lang=lang)
    write_cover(cover, data, goals, lang)
    print_setup(cover, firm=data.firm, as_of=data.as_of, lang=lang, repeat_header=False)
    cover.page_setup.fitToHeight = 1
    if data.map_png:
        ws = wb.create_sheet(title("map"))
        write_map(ws, data, lang)
        print_setup(ws, firm=data.firm, as_of=data.as_of, lang=lang, repeat_header=False)
        ws.page_setup.fitToHeight = 1
    if data.development is not None:
        ws = wb.create_sheet(title("development"))
        write_development(ws, data, lang)
        print_setup(ws, firm=data.firm, as_of=data.as_of, lang=lang, repeat_header=False)
    # the exported state of the goals and actions, for a round trip that never sets a later edit back
    exported_goals = {g.id for g in goals}
    record = record_rows(goals, [a for a in data.actions if a.goal_id in exported_goals],
                         data.exported_at or datetime.now())
    sheets.append(add_record_sheet(wb, record, lang))
    wb.active = 0
    wb.properties.title = cell_text(f"{L.text('title', lang)} – {data.firm}", limit=255)
    wb.properties.creator = L.text("creator", lang)
    wb.properties.keywords = "netzplaner-board-workbook"
    wb.calculation.fullCalcOnLoad = True
    return wb, sheets


def write_board_workbook(data: BoardData, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the board workbook to ``path`` atomically; ``progress(done, total)`` hears about the rows written.

    Raises NetzplanerError with one sentence when the folder is missing or the target cannot be replaced
    (typically: it is open in Excel); nothing is left behind on any failure.
    """
    path = Path(path)
    if not (path.parent if str(path.parent) else Path(".")).is_dir():  # before the work of building it
        raise NetzplanerError("The folder {folder} does not exist.", folder=path.parent)
    wb, sheets = build_board_workbook(data)
    total = sum(len(s.rows) for s in sheets)
    done = 0

    def step(rows: int) -> None:
        nonlocal done
        done += rows
        if progress:
            progress(min(done, total), total)

    if progress:
        progress(0, total)
    with atomic_write(path) as out:
        save_streamed(wb, sheets, out, step)
    if progress:
        progress(total, total)
    return path
