"""The round trip: import a board workbook the board has edited back into the document, never losing an edit.

What the board may change and Netzplaner takes back: status, owner, start and due date of an action; status,
owner, target date and current KPI value of a goal (``io.board_state.ROUND_TRIP_FIELDS``). The board may also add
rows (a new action under a goal, a new goal) and delete rows. Rows are matched by their stable id (the hidden ID
column), sheets by their column headers in German or English.

Three states are compared per field: as exported (the workbook's hidden export record), as the board left it,
and as the document is now. Only what the board alone changed is taken; what Netzplaner changed since the export
is kept; where both changed a field, the line is a conflict for the user to decide (kept as it is now unless the
user takes the board's value). A workbook without a trustworthy record (older exports, or a record edited by
hand) makes every difference a conflict, so a stale workbook can never set a later edit back.

``plan_board_import`` computes the report without touching the document (``--dry-run``); ``decide`` turns a
report and the user's decisions into ONE command (a Macro: applied in one transaction, undone in one step);
``import_board_workbook`` does both through the workspace with the default decisions.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, Benefit, Dimension, GoalStatus, Priority
from ..domain.errors import NetzplanerError
from ..domain.ids import new_id
from ..domain.validation import clean_action, clean_goal
from ..domain.vocabulary import from_label, label
from ..io import workbook_labels as L
from ..io.board_state import ROUND_TRIP_FIELDS, ExportRecord
from ..io.workbook_reader import SheetRows, read_board_workbook
from . import goals as goal_commands
from . import queries
from .commands import Command, Macro
from .roundtrip_report import Change, ImportReport, Refusal
from .snapshots import snapshot_before
from .workspace import Workspace

__all__ = ["Change", "ImportReport", "Refusal", "decide", "import_board_workbook", "plan_board_import"]

_EXCEL_EPOCH = date(1899, 12, 30)
# the fields of a row the board added, beyond the round trip's own
_NEW_FIELDS = {"goal": ("title", "benefit", "dimension", "owner", "priority", "status", "target_date", "kpi_name",
                        "kpi_unit", "kpi_baseline", "kpi_target", "kpi_current"),
               "action": ("owner", "start_date", "due_date", "status", "priority", "effort_days",
                          "cost_eur")}


class _RowError(NetzplanerError):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _date(value: Any, header: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # a date serial Excel left unformatted
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise _RowError("{header} “{value}” is not a date.", header=header, value=value)
    return value  # text: the validation below reads 31.12.2026 and 2026-12-31 or says what is wrong


def _choice(value: Any, enum: type[Enum], header: str, lang: str, *, required: bool) -> Enum | None:
    text = _text(value)
    choices = ", ".join(label(m, lang) for m in enum)
    if not text:
        if required:
            raise _RowError("{header} is empty; choose one of {choices}.", header=header, choices=choices)
        return None
    member = from_label(enum, text)
    if member is None:
        raise _RowError("{header} “{value}” is not one of {choices}.", header=header, value=text, choices=choices)
    return member


def _number(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float):
        return abs(old - new) <= 1e-9 * max(1.0, abs(old), abs(new))
    if old in (None, "") and new in (None, ""):
        return True
    return old == new


def _raw(kind: str, values: Mapping[str, Any], fields: tuple[str, ...], lang: str, *, new: bool) -> dict[str, Any]:
    """The cell values of ``fields`` turned into domain values (not yet validated)."""
    raw: dict[str, Any] = {}
    for name in fields:
        if name not in values:
            continue
        header = L.header(name, lang)
        value = values[name]
        if name == "status":
            status = ActionStatus if kind == "action" else GoalStatus
            raw[name] = _choice(value, status, header, lang, required=not new)
        elif name == "priority":
            raw[name] = _choice(value, Priority, header, lang, required=False)
        elif name == "benefit":
            raw[name] = _choice(value, Benefit, header, lang, required=True)
        elif name == "dimension":
            across = {L.text("across", "de").casefold(), L.text("across", "en").casefold()}
            raw[name] = None if _text(value).casefold() in across else _choice(value, Dimension, header, lang,
                                                                                 required=False)
        elif name in ("owner", "title", "kpi_name", "kpi_unit"):
            raw[name] = _text(value)
        elif name in ("start_date", "due_date", "target_date"):
            raw[name] = _date(value, header)
        else:
            raw[name] = _number(value)
    return raw


def _clean(kind: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    return clean_action(raw, partial=True) if kind == "action" else clean_goal(raw, partial=True)


class _Planner:
    """Compares one workbook with the document; fills ``report``."""

    def __init__(self, ws: Workspace, path: Path, record: ExportRecord | None) -> None:
        self.ws = ws
        self.record = record
        self.report = ImportReport(path)
        if record is None:
            self.report.record = "missing"
        elif not record.trusted:
            self.report.record = "changed"
        else:
            self.report.exported_at = record.exported_at
        self.goals = {g.id: g for g in queries.list_goals(ws)}
        self.new_goals: dict[str, str] = {}  # casefolded title -> id of a goal the board added

    def refuse(self, sheet: SheetRows, row: int, template: str, title: str = "", **params: Any) -> None:
        self.report.refused.append(Refusal(sheet.title, row, template, params, title))

    def plan(self, sheet: SheetRows, kind: str, current: Mapping[str, Goal | Action]) -> None:
        fields = tuple(f for f in ROUND_TRIP_FIELDS[kind] if f in sheet.columns)
        where: dict[str, list[int]] = {}
        for row, values in sheet.rows:
            where.setdefault(_text(values.get("id")), []).append(row)
        for row, values in sheet.rows:
            entity_id = _text(values.get("id"))
            if not entity_id:
                self._new_row(sheet, kind, row, values)
            elif len(where[entity_id]) > 1:
                self.refuse(sheet, row, "the ID {id} appears in rows {rows}; none of them is imported.",
                            id=entity_id, rows=", ".join(str(r) for r in where[entity_id]))
            else:
                self._known_row(sheet, kind, row, values, fields, current.get(entity_id), entity_id)
        self._removed_rows(sheet, kind, current, set(where))

    def _exported(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        if self.record is None or not self.record.trusted:
            return None
        return self.record.states.get((kind, entity_id))

    def _known_row(self, sheet: SheetRows, kind: str, row: int, values: Mapping[str, Any], fields: tuple[str, ...],
                   entity: Goal | Action | None, entity_id: str) -> None:
        exported = self._exported(kind, entity_id)
        if entity is None and exported is None:
            if kind == "action":
                self.refuse(sheet, row, "no action with the ID {id} in this document (deleted since the export, or "
                            "the workbook belongs to another document).", id=entity_id)
            else:
                self.refuse(sheet, row, "no goal with the ID {id} in this document (deleted since the export, or "
                            "the workbook belongs to another document).", id=entity_id)
            return
        try:
            board = _clean(kind, _raw(kind, values, fields, sheet.lang, new=False))
            base = _clean(kind, exported) if exported is not None else None
        except NetzplanerError as exc:
            title = entity.title if entity else _text(values.get("action" if kind == "action" else "title"))
            self.refuse(sheet, row, exc.template, title, **exc.params)
            return
        if entity is None:  # deleted here since the export
            title = _text(values.get("action" if kind == "action" else "title"))
            if any(not _same(base.get(f), board.get(f)) for f in board):
                self.refuse(sheet, row, "the board changed this row, but it was deleted in Netzplaner since the "
                            "export; its changes are not taken.", title)
            else:
                self.report.items.append(Change("kept", kind, entity_id, title, None, None, None, sheet.title, row))
            return
        lines = []
        for name in fields:
            now, theirs = getattr(entity, name), board.get(name)
            if base is None:  # no trustworthy record: any difference may be a later edit of ours
                if not _same(now, theirs):
                    lines.append(Change("conflict", kind, entity_id, entity.title, name, now, theirs, sheet.title,
                                        row))
                continue
            then = base.get(name)
            # the board's cells are read through the domain's cleaning, so compare them with the cleaned export;
            # the document's value with the value exactly as exported
            board_changed, app_changed = not _same(then, theirs), not _same(exported.get(name), now)
            if board_changed and not app_changed:
                lines.append(Change("board", kind, entity_id, entity.title, name, now, theirs, sheet.title, row,
                                    then, known=True))
            elif board_changed and not _same(now, theirs):
                lines.append(Change("conflict", kind, entity_id, entity.title, name, now, theirs, sheet.title, row,
                                    then, known=True))
            elif app_changed and not board_changed:
                lines.append(Change("kept", kind, entity_id, entity.title, name, now, theirs, sheet.title, row,
                                    then, known=True))
        if any(c.kind != "kept" for c in lines):
            try:  # the board's values together must make a valid row (e.g. due not before start)
                self._command_for(kind, entity_id, {c.field: c.new for c in lines if c.kind != "kept"})
            except NetzplanerError as exc:
                self.refuse(sheet, row, exc.template, entity.title, **exc.params)
                return
        if not lines:
            self.report.unchanged += 1
        self.report.items.extend(lines)

    def _command_for(self, kind: str, entity_id: str, changes: Mapping[str, Any]) -> Command:
        if kind == "action":
            return goal_commands.update_action(self.ws, entity_id, **changes)
        return goal_commands.update_goal(self.ws, entity_id, **changes)

    def _new_row(self, sheet: SheetRows, kind: str, row: int, values: Mapping[str, Any]) -> None:
        title = _text(values.get("action" if kind == "action" else "title"))
        goal_title = _text(values.get("goal")) if kind == "action" else ""
        if kind == "action" and not goal_title:
            self.refuse(sheet, row, "the row has no ID and names no goal; a new action needs the title of its "
                        "goal in the goal column.", title)
            return
        if not title:
            self.refuse(sheet, row, "the row has no ID and no title; a new row needs a title.")
            return
        try:
            raw = _raw(kind, values, tuple(f for f in _NEW_FIELDS[kind] if f in sheet.columns), sheet.lang,
                       new=True)
            if kind == "action":
                raw["title"] = title  # the action sheet names it in its "action" column
                raw["goal_id"] = self._goal_id(goal_title)
                cleaned = clean_action(raw)
                goal_name = goal_title
            else:
                cleaned = clean_goal(raw)
                goal_name = ""
        except NetzplanerError as exc:
            self.refuse(sheet, row, exc.template, title, **exc.params)
            return
        entity_id = new_id()
        if kind == "goal":
            self.new_goals[cleaned["title"].casefold()] = entity_id
        self.report.items.append(Change("new", kind, entity_id, title, None, None, goal_name or None, sheet.title,
                                        row, values=cleaned))

    def _goal_id(self, goal_title: str) -> str:
        wanted = goal_title.casefold()
        matches = [g.id for g in self.goals.values() if g.title.strip().casefold() == wanted]
        if wanted in self.new_goals:
            matches.append(self.new_goals[wanted])
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise _RowError("{count} goals are called “{goal}”; add the action in Netzplaner.", count=len(matches),
                            goal=goal_title)
        raise _RowError("there is no goal called “{goal}” in this document.", goal=goal_title)

    def _removed_rows(self, sheet: SheetRows, kind: str, current: Mapping[str, Goal | Action],
                      present: set[str]) -> None:
        if self.record is None or not self.record.trusted:
            return
        for entity_id in sorted(self.record.exported(kind) - present):
            entity = current.get(entity_id)
            if entity is not None:
                self.report.items.append(Change("removed", kind, entity_id, entity.title, None, None, None,
                                                sheet.title, None))


def plan_board_import(ws: Workspace, path: Path | str) -> ImportReport:
    """Read an edited board workbook and work out what it changes; the document is not touched.

    ``report.command`` is the one Macro of the default decisions (None when there is nothing to apply).
    Raises NetzplanerError with one sentence for a file that is not a readable board workbook.
    """
    path = Path(path)
    workbook = read_board_workbook(path)
    planner = _Planner(ws, path, workbook.record)
    sheets = workbook.sheets
    if "goals" in sheets:  # goals first: a new action may belong to a goal the board added
        planner.plan(sheets["goals"], "goal", planner.goals)
    if "actions" in sheets:
        planner.plan(sheets["actions"], "action", {a.id: a for a in queries.list_actions(ws)})
    report = planner.report
    report.command = decide(ws, report, report.default_choice())
    return report


def decide(ws: Workspace, report: ImportReport, chosen: Collection[int]) -> Command | None:
    """The one command that applies the chosen lines of ``report`` (indices into ``report.items``)."""
    picked = [c for i, c in enumerate(report.items) if i in chosen and c.decidable]
    commands: list[Command] = []
    for change in picked:
        if change.kind == "new" and change.entity == "goal":
            commands.append(goal_commands.create_goal(ws, id=change.entity_id, **change.values))
    goals = {c.entity_id for c in picked if c.kind == "new" and c.entity == "goal"}
    goals |= {g.id for g in queries.list_goals(ws)}
    for change in picked:
        if change.kind == "new" and change.entity == "action":
            values = dict(change.values)
            goal_id = values.pop("goal_id")
            if goal_id in goals:  # an action under a new goal the user did not take is left out
                commands.append(goal_commands.create_action(ws, goal_id, id=change.entity_id, **values))
    updates: dict[tuple[str, str], dict[str, Any]] = {}
    for change in picked:
        if change.kind in ("board", "conflict"):
            updates.setdefault((change.entity, change.entity_id), {})[change.field] = change.new
    for (kind, entity_id), changes in updates.items():
        if kind == "action":
            commands.append(goal_commands.update_action(ws, entity_id, **changes))
        else:
            commands.append(goal_commands.update_goal(ws, entity_id, **changes))
    removed = [c for c in picked if c.kind == "removed"]
    gone_goals = {c.entity_id for c in removed if c.entity == "goal"}
    actions_of_gone = {a.id for a in queries.list_actions(ws) if a.goal_id in gone_goals} if gone_goals else set()
    for change in removed:  # actions first; a deleted goal takes its remaining actions with it
        if change.entity == "action" and change.entity_id not in actions_of_gone:
            commands.append(goal_commands.delete_action(ws, change.entity_id))
    commands += [goal_commands.delete_goal(ws, goal_id) for goal_id in sorted(gone_goals)]
    if not commands:
        return None
    return Macro(commands, "Import board workbook “{name}” ({count} changes)", name=report.path.name,
                 count=len(picked))


def import_board_workbook(ws: Workspace, path: Path | str, *, dry_run: bool = False, take_conflicts: bool = False,
                          delete_removed: bool = False) -> ImportReport:
    """Import the board's changes as one undoable step (or, with ``dry_run``, only report them).

    Conflicts keep the document's value unless ``take_conflicts``; rows the board deleted are deleted only with
    ``delete_removed``.
    """
    report = plan_board_import(ws, path)
    chosen = report.default_choice()
    chosen |= {i for i, c in enumerate(report.items) if (c.kind == "conflict" and take_conflicts)
               or (c.kind == "removed" and delete_removed)}
    if chosen != report.default_choice():
        report.command = decide(ws, report, chosen)
        report.chosen = chosen
    if report.command is not None and not dry_run:
        report.command = snapshot_before(ws, "board_import", report.command)  # the state before it kept (issue 12)
        ws.execute(report.command)
        report.applied = True
    return report
