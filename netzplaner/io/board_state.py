"""The export record of a board workbook: the state of every goal and action as it was exported.

The round trip compares three states (exported, the board's, now). The exported one travels inside the workbook
as a very hidden sheet, one row per goal or action with the values of the fields the board may change, plus a
first row holding the export time and a SHA-256 checksum over all rows. Excel and LibreOffice keep very hidden
sheets untouched; a record whose checksum no longer fits was edited by hand and is not trusted.

Values are stored as JSON text (ASCII only, so no cell ever holds a control character or a formula prefix):
enums by their value, dates as ISO dates, numbers as numbers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from openpyxl.workbook import Workbook

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, GoalStatus
from .workbook_stream import Column, StreamedSheet

SHEET_TITLE = "_netzplaner_export"
FORMAT = 1
# what the board may change, per kind of row (the round trip takes back these fields only)
ROUND_TRIP_FIELDS: dict[str, tuple[str, ...]] = {
    "goal": ("status", "owner", "target_date", "kpi_current"),
    "action": ("status", "owner", "start_date", "due_date"),
}
_DATES = frozenset({"target_date", "start_date", "due_date"})
_STATUS = {"goal": GoalStatus, "action": ActionStatus}
_HEADER = ("kind", "id", "state")


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def decode(kind: str, name: str, value: Any) -> Any:
    """A stored value back as the domain type of the field (None stays None)."""
    if value is None:
        return None
    if name == "status":
        return _STATUS[kind](value)
    if name in _DATES:
        return date.fromisoformat(value)
    if name == "kpi_current":
        return float(value)
    return value


def _row_state(kind: str, entity: Goal | Action) -> str:
    values = {name: _encode(getattr(entity, name)) for name in ROUND_TRIP_FIELDS[kind]}
    return json.dumps(values, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def _checksum(rows: Iterable[Sequence[str]]) -> str:
    digest = hashlib.sha256(f"netzplaner-board-export/{FORMAT}".encode())
    for row in rows:
        digest.update("\x1f".join(row).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def record_rows(goals: Iterable[Goal], actions: Iterable[Action], exported_at: datetime) -> list[tuple[str, ...]]:
    """The rows of the record: a head row (export time, checksum), then one row per goal and action."""
    body = [("goal", g.id, _row_state("goal", g)) for g in goals]
    body += [("action", a.id, _row_state("action", a)) for a in actions]
    head = json.dumps({"format": FORMAT, "exported_at": exported_at.isoformat(timespec="seconds"),
                       "checksum": _checksum(body)}, sort_keys=True, separators=(",", ":"))
    return [("export", "", head), *body]


def add_record_sheet(wb: Workbook, rows: Sequence[Sequence[str]], lang: str) -> StreamedSheet:
    """The record as a very hidden sheet (streamed like the data sheets: 10,000s of rows cost little)."""
    columns = [Column(key, key, "text", 20) for key in _HEADER]
    sheet = StreamedSheet(wb, SHEET_TITLE, columns, rows, lang=lang, table_name=None)
    sheet.ws.sheet_state = "veryHidden"
    return sheet


@dataclass
class ExportRecord:
    """What a workbook says about its export: per (kind, id) the exported values, decoded."""

    exported_at: datetime | None
    trusted: bool  # False: the record was edited after the export (checksum mismatch) or is unreadable
    states: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def exported(self, kind: str) -> set[str]:
        return {entity_id for k, entity_id in self.states if k == kind}


def read_record(wb) -> ExportRecord | None:
    """The export record of an opened workbook, or None when it has none (an older or foreign workbook)."""
    if SHEET_TITLE not in wb.sheetnames:
        return None
    rows = [tuple("" if v is None else str(v) for v in r[:3]) + ("",) * max(0, 3 - len(r))
            for r in wb[SHEET_TITLE].iter_rows(values_only=True)]
    rows = [r for r in rows if any(r)]
    if not rows or rows[0] != _HEADER:
        return ExportRecord(None, False)
    try:
        head = json.loads(rows[1][2]) if len(rows) > 1 and rows[1][0] == "export" else {}
        exported_at = datetime.fromisoformat(head["exported_at"])
        checksum = head["checksum"]
    except (ValueError, KeyError, TypeError):
        return ExportRecord(None, False)
    body = rows[2:]
    record = ExportRecord(exported_at, trusted=checksum == _checksum(body))
    for kind, entity_id, text in body:
        if kind not in ROUND_TRIP_FIELDS:
            record.trusted = False
            continue
        try:
            stored = json.loads(text)
            record.states[(kind, entity_id)] = {name: decode(kind, name, stored.get(name))
                                                for name in ROUND_TRIP_FIELDS[kind]}
        except (ValueError, TypeError, AttributeError):
            record.trusted = False
    if not record.trusted:
        record.states.clear()  # a changed record tells nothing reliable about the export
    return record

