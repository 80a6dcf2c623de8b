"""What importing a board workbook would do, line by line: the report the preview and the command line show.

Each line (``Change``) compares three values of one field: as exported (from the workbook's export record), as the
board left it, and as the document holds it now. Its ``kind`` says what happens:

- ``board``: only the board changed it: taken by default;
- ``conflict``: the board and Netzplaner both changed it since the export: kept as it is now unless the user
  takes the board's value;
- ``kept``: only Netzplaner changed it since the export: kept, reported so nobody wonders;
- ``new``: a row the board added (a new goal or action): created by default;
- ``removed``: a row the board deleted: proposed for deletion, deleted only when the user ticks it.

Refused rows (unknown IDs, invalid values) carry an English template and its parameters, so a translated front end
can rebuild the sentence (like ``NetzplanerError``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain import formatting
from ..domain.vocabulary import label
from ..io import workbook_labels as L
from .commands import Command

TAKEN_BY_DEFAULT = {"board": True, "conflict": False, "kept": False, "new": True, "removed": False}
DECIDABLE = frozenset({"board", "conflict", "new", "removed"})
_ENTITY_WORD = {"action": "action", "goal": "goal"}


@dataclass(frozen=True)
class Change:
    """One line of the comparison (see the module's docstring for ``kind``)."""

    kind: str
    entity: str  # "action" or "goal"
    entity_id: str  # for a new row: the id it will get
    title: str
    field: str | None  # None for a whole row (new, removed, or deleted in Netzplaner)
    old: Any  # the value in the document now
    new: Any  # the board's value
    sheet: str
    row: int | None  # the row in the workbook (None for a removed row)
    exported: Any = None  # the value at export time
    known: bool = False  # whether ``exported`` is known (False: the workbook has no trustworthy record)
    values: dict[str, Any] | None = None  # a new row's fields, ready for create_goal/create_action

    @property
    def decidable(self) -> bool:
        return self.kind in DECIDABLE

    @property
    def taken_by_default(self) -> bool:
        return TAKEN_BY_DEFAULT[self.kind]

    def line(self, lang: str = "en", taken: bool | None = None) -> str:
        taken = self.taken_by_default if taken is None else taken
        where = f"{self.sheet}, row {self.row}" if self.row else self.sheet
        what = f"{_ENTITY_WORD[self.entity]} “{self.title}”"
        name = L.header(self.field, lang) if self.field else ""
        if self.kind == "board":
            return f"{where}: {what}: {name} {_show(self.old, lang)} → {_show(self.new, lang)}"
        if self.kind == "conflict":
            outcome = (f"the board's {_show(self.new, lang)} taken" if taken
                       else f"Netzplaner's {_show(self.old, lang)} kept")
            if not self.known:
                return (f"{where}: {what}: {name}: differs (board {_show(self.new, lang)}, Netzplaner "
                        f"{_show(self.old, lang)}), unknown who changed it: {outcome}")
            return (f"{where}: {what}: {name}: conflict, changed by both since the export (exported "
                    f"{_show(self.exported, lang)}, board {_show(self.new, lang)}, Netzplaner "
                    f"{_show(self.old, lang)}): {outcome}")
        if self.kind == "kept":
            if self.field is None:
                return f"{where}: {what} was deleted in Netzplaner since the export: stays deleted"
            return (f"{where}: {what}: {name} changed in Netzplaner since the export "
                    f"({_show(self.exported, lang)} → {_show(self.old, lang)}): kept")
        if self.kind == "new":
            return f"{where}: new {what}{': created' if taken else ': not created'}"
        return (f"{where}: {what} was deleted from the workbook: "
                f"{'deleted' if taken else 'proposed for deletion, not deleted'}")


@dataclass(frozen=True)
class Refusal:
    """A row left out, with the sentence that says why (template and parameters, translated by the GUI)."""

    sheet: str
    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    title: str = ""  # the goal or action the row is about, where known

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def line(self, lang: str = "en") -> str:
        about = f"“{self.title}”: " if self.title else ""
        return f"{self.sheet}, row {self.row}: {about}{self.message}"


@dataclass
class ImportReport:
    path: Path
    items: list[Change] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    unchanged: int = 0  # matched rows where nothing differs
    command: Command | None = None  # the default decisions as one step (None: nothing to apply)
    applied: bool = False
    exported_at: datetime | None = None  # None: the workbook carries no (trustworthy) export record
    record: str = "trusted"  # "trusted", "missing" (an older workbook) or "changed" (edited by hand)
    chosen: set[int] | None = None  # the decisions ``command`` was built from (None: the defaults)

    def _of(self, kind: str) -> list[Change]:
        return [c for c in self.items if c.kind == kind]

    @property
    def changes(self) -> list[Change]:
        """The board's own changes of existing rows (taken by default)."""
        return self._of("board")

    @property
    def conflicts(self) -> list[Change]:
        return self._of("conflict")

    @property
    def kept(self) -> list[Change]:
        return self._of("kept")

    @property
    def added(self) -> list[Change]:
        return self._of("new")

    @property
    def removed(self) -> list[Change]:
        return self._of("removed")

    @property
    def changed_rows(self) -> int:
        return len({(c.entity, c.entity_id) for c in self.changes})

    def default_choice(self) -> set[int]:
        """Indices into ``items`` taken when nobody decides otherwise."""
        return {i for i, c in enumerate(self.items) if c.decidable and c.taken_by_default}

    def lines(self, lang: str = "en", chosen: set[int] | None = None) -> list[str]:
        """The row-by-row report and a closing summary (``chosen``: the decisions, default if None)."""
        chosen = chosen if chosen is not None else self.chosen if self.chosen is not None else self.default_choice()
        out = []
        if self.record == "missing":
            out.append("The workbook carries no export record (exported by an older Netzplaner): every value "
                       "that differs from the document is shown as a conflict and kept unless you take it.")
        elif self.record == "changed":
            out.append("The workbook's export record was changed after the export: every value that differs "
                       "from the document is shown as a conflict and kept unless you take it.")
        out += [c.line(lang, i in chosen) for i, c in enumerate(self.items)]
        out += [f"Refused: {r.line(lang)}" for r in self.refused]
        verb = "applied" if self.applied else "not applied (dry run)" if self.command else "nothing to apply"
        out.append(f"{len(self.changes)} change(s) in {self.changed_rows} row(s), {len(self.conflicts)} "
                   f"conflict(s), {len(self.kept)} kept, {len(self.added)} new, {len(self.removed)} removed, "
                   f"{self.unchanged} row(s) unchanged, {len(self.refused)} row(s) refused: {verb}.")
        return out


def _show(value: Any, lang: str) -> str:
    if value is None or value == "":
        return "(empty)" if lang == "en" else "(leer)"
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, date):
        return formatting.day(value, lang)
    if isinstance(value, float):
        return f"{value:g}"
    return f"“{value}”"
