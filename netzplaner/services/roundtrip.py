"""The round trip: import a board workbook the board has edited back into the document.

What the board may change and Netzplaner takes back: status, owner, start and due date of an action; status,
owner, target date and current KPI value of a goal. Rows are matched by their stable id (the hidden ID column),
sheets by their column headers in German or English. Each changed value is reported; a row that cannot be
matched or holds an invalid value is refused with one line and left out whole; rows nobody changed are counted.
All changes form ONE command (a Macro): applied in one transaction, undone in one step.

``plan_board_import`` computes the report and the command without touching the document (``--dry-run``);
``import_board_workbook`` also executes it through the workspace; the GUI pushes ``report.command`` on its
undo stack instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, GoalStatus
from ..domain.errors import ValidationError
from ..domain.validation import clean_action, clean_goal
from ..domain.vocabulary import from_label, label
from ..io import workbook_labels as L
from ..io.workbook_reader import SheetRows, read_board_sheets
from . import goals as goal_commands
from . import queries
from .commands import Command, Macro
from .workspace import Workspace

ACTION_FIELDS = ("status", "owner", "start_date", "due_date")
GOAL_FIELDS = ("status", "owner", "target_date", "kpi_current")
_EXCEL_EPOCH = date(1899, 12, 30)
_ENTITY_WORD = {"action": "action", "goal": "goal"}


@dataclass(frozen=True)
class Change:
    """One value the board changed."""

    entity: str  # "action" or "goal"
    entity_id: str
    title: str
    field: str
    old: Any
    new: Any
    sheet: str
    row: int

    def line(self, lang: str = "en") -> str:
        name = L.header(self.field, lang)
        return (f"{self.sheet}, row {self.row}: {_ENTITY_WORD[self.entity]} “{self.title}”: {name} "
                f"{_show(self.old, lang)} → {_show(self.new, lang)}")


@dataclass(frozen=True)
class Refusal:
    """A row left out, with the one sentence that says why."""

    sheet: str
    row: int
    message: str

    def line(self, lang: str = "en") -> str:
        return f"{self.sheet}, row {self.row}: {self.message}"


@dataclass
class ImportReport:
    path: Path
    changes: list[Change] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    unchanged: int = 0  # matched rows without a change
    command: Command | None = None
    applied: bool = False

    @property
    def changed_rows(self) -> int:
        return len({(c.entity, c.entity_id) for c in self.changes})

    def lines(self, lang: str = "en") -> list[str]:
        """The row-by-row report: every change, every refused row, and a closing summary."""
        out = [c.line(lang) for c in self.changes]
        out += [f"Refused: {r.line(lang)}" for r in self.refused]
        verb = "applied" if self.applied else "not applied (dry run)" if self.command else "nothing to apply"
        out.append(f"{len(self.changes)} change(s) in {self.changed_rows} row(s), {self.unchanged} row(s) "
                   f"unchanged, {len(self.refused)} row(s) refused: {verb}.")
        return out


def _show(value: Any, lang: str) -> str:
    if value is None or value == "":
        return "(empty)" if lang == "en" else "(leer)"
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, date):
        return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return f"{value:g}"
    return f"“{value}”"


class _RowError(Exception):
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
        raise _RowError(f"{header} “{value}” is not a date.")
    return value  # text: the validation below reads 31.12.2026 and 2026-12-31 or says what is wrong


def _status(value: Any, enum: type[Enum], header: str, lang: str) -> Enum:
    text = _text(value)
    if not text:
        raise _RowError(f"{header} is empty; choose one of {', '.join(label(m, lang) for m in enum)}.")
    member = from_label(enum, text)
    if member is None:
        raise _RowError(f"{header} “{text}” is not one of {', '.join(label(m, lang) for m in enum)}.")
    return member


def _number(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float):
        return abs(old - new) <= 1e-9 * max(1.0, abs(old), abs(new))
    return old == new


def _read_row(kind: str, values: Mapping[str, Any], fields: tuple[str, ...], lang: str) -> dict[str, Any]:
    """The editable values of one row, cleaned by the domain rules (ValidationError or _RowError if bad)."""
    raw: dict[str, Any] = {}
    enum = ActionStatus if kind == "action" else GoalStatus
    for name in fields:
        if name not in values:
            continue
        header = L.header(name, lang)
        value = values[name]
        if name == "status":
            raw[name] = _status(value, enum, header, lang)
        elif name == "owner":
            raw[name] = _text(value)
        elif name in ("start_date", "due_date", "target_date"):
            raw[name] = _date(value, header)
        else:
            raw[name] = _number(value)
    return clean_action(raw, partial=True) if kind == "action" else clean_goal(raw, partial=True)


def _plan_sheet(ws: Workspace, sheet: SheetRows, kind: str, current: Mapping[str, Action | Goal],
                report: ImportReport, commands: list[Command]) -> None:
    fields = ACTION_FIELDS if kind == "action" else GOAL_FIELDS
    present = tuple(f for f in fields if f in sheet.columns)
    where: dict[str, list[int]] = {}
    for row, values in sheet.rows:
        where.setdefault(_text(values.get("id")), []).append(row)
    for row, values in sheet.rows:
        entity_id = _text(values.get("id"))
        refuse = lambda message: report.refused.append(Refusal(sheet.title, row, message))  # noqa: E731
        if not entity_id:
            refuse(f"the row has no ID; new {kind}s cannot be imported, add them in Netzplaner.")
            continue
        if len(where[entity_id]) > 1:
            rows = ", ".join(str(r) for r in where[entity_id])
            refuse(f"the ID {entity_id} appears in rows {rows}; none of them is imported.")
            continue
        entity = current.get(entity_id)
        if entity is None:
            refuse(f"no {kind} with the ID {entity_id} in this document (deleted since the export, or the "
                   f"workbook belongs to another document).")
            continue
        try:
            new = _read_row(kind, values, present, sheet.lang)
            changes = {f: v for f, v in new.items() if not _same(getattr(entity, f), v)}
            if not changes:
                report.unchanged += 1
                continue
            if kind == "action":
                command = goal_commands.update_action(ws, entity_id, **changes)
            else:
                command = goal_commands.update_goal(ws, entity_id, **changes)
        except (_RowError, ValidationError) as exc:
            refuse(f"{kind} “{entity.title}”: {exc}")
            continue
        commands.append(command)
        for f in fields:
            if f in changes:
                report.changes.append(Change(kind, entity_id, entity.title, f, getattr(entity, f), changes[f],
                                             sheet.title, row))


def plan_board_import(ws: Workspace, path: Path | str) -> ImportReport:
    """Read an edited board workbook and work out what it changes; the document is not touched.

    ``report.command`` is the one Macro that applies every accepted change (None when nothing changed).
    Raises NetzplanerError with one sentence for a file that is not a readable board workbook.
    """
    path = Path(path)
    sheets = read_board_sheets(path)
    report = ImportReport(path)
    commands: list[Command] = []
    if "goals" in sheets:
        goals = {g.id: g for g in queries.list_goals(ws)}
        _plan_sheet(ws, sheets["goals"], "goal", goals, report, commands)
    if "actions" in sheets:
        actions = {a.id: a for a in queries.list_actions(ws)}
        _plan_sheet(ws, sheets["actions"], "action", actions, report, commands)
    if commands:
        report.command = Macro(commands, "Import board workbook “{name}” ({count} changes)", name=path.name,
                               count=len(report.changes))
    return report


def import_board_workbook(ws: Workspace, path: Path | str, *, dry_run: bool = False) -> ImportReport:
    """Import the board's changes as one undoable step (or, with ``dry_run``, only report them)."""
    report = plan_board_import(ws, path)
    if report.command is not None and not dry_run:
        ws.execute(report.command)
        report.applied = True
    return report
