"""Someone changed a row while the user edited it: the other person's values beside the user's, and a choice.

An editing dialog loads its rows with their versions (``queries.versions``) and sends them with its update
(``UpdateEntity.expected``). When OK meets a ``StaleEditError``, ``settle`` shows this dialog:

- "Ihre Änderung übernehmen": the user's changed fields (only those) are written again over the colleague's
  current row, expecting its new version; the colleague's other changes stay;
- "Die Fassung des Kollegen behalten": nothing is written, the editing dialog closes;
- "Zurück zum Formular" (Esc): back to the editing dialog with everything the user typed.

Nothing the user typed is dropped without one of these choices. File documents get the same protection (two
windows of one document); there the history names no one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StaleEditError
from ...services import queries
from ...services.commands import Command
from ...services.workspace import Workspace
from ..common.i18n import Retranslating
from ..shell.screen_fit import resize_for_font
from .field_text import label, value_text
from .history_view import changed_by, latest_change


@dataclass(frozen=True)
class EditedRow:
    """One row an editing dialog writes: what it loaded (``base``, at ``version``) and what the user changed."""

    entity: str
    entity_id: str
    title: str  # how the user knows the row ("Müller GmbH")
    base: Any  # the frozen dataclass as the dialog loaded it
    version: int | None
    changes: Mapping[str, Any]  # the fields the user changed, cleaned, with their new values


@dataclass(frozen=True)
class FieldConflict:
    name: str
    label: str
    theirs: str
    mine: str


@dataclass(frozen=True)
class Conflict:
    row: EditedRow
    version: int | None  # the row's version now; None when it was deleted
    fields: tuple[FieldConflict, ...]  # the user's changes where the colleague's value now differs
    kept: tuple[str, ...]  # labels of fields only the colleague changed: they stay as they are
    changed_by: str  # "anna, 01.12.2026 10:42", or "" when the store keeps no history

    @property
    def deleted(self) -> bool:
        return self.version is None


def find_conflicts(ws: Workspace, rows: Sequence[EditedRow]) -> list[Conflict]:
    """The rows that changed since their dialog loaded them, with what differs from the user's input."""
    found = []
    for row in rows:
        now = queries.versions(ws, row.entity, [row.entity_id]).get(row.entity_id)
        if now is not None and now == row.version:
            continue
        current = ws.get(row.entity, row.entity_id) if now is not None else None
        fields, kept = [], []
        if current is not None:
            for name, mine in row.changes.items():
                theirs = getattr(current, name)
                if theirs != mine:
                    fields.append(FieldConflict(name, label(row.entity, name), value_text(ws, row.entity, name, theirs),
                                                value_text(ws, row.entity, name, mine)))
            kept = [label(row.entity, name) for name in _fields_of(row.base)
                    if name not in row.changes and getattr(current, name) != getattr(row.base, name)]
        change = latest_change(ws, row.entity, row.entity_id)
        found.append(Conflict(row, now, tuple(fields), tuple(dict.fromkeys(kept)),
                              changed_by(change) if change is not None else ""))
    return found


def _fields_of(item: Any) -> list[str]:
    """The fields a user edits (declared in ``domain.entities``), not ids or timestamps."""
    return [f.name for f in fields(item) if f.metadata.get("spec") is not None]


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BACK = "back"


class ConflictDialog(Retranslating, QDialog):
    """The colleague's values next to the user's for the fields that differ; three buttons."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflicts = list(conflicts)
        self.choice = Choice.BACK
        self.heading = QLabel(objectName="conflictHeading", wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.who = QLabel(objectName="conflictWho", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="conflictTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.kept = QLabel(objectName="conflictKept", wordWrap=True)
        self.mine_button = QPushButton(objectName="conflictMine")
        self.theirs_button = QPushButton(objectName="conflictTheirs")
        self.back_button = QPushButton(objectName="conflictBack")
        self.mine_button.clicked.connect(lambda: self._choose(Choice.MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.back_button.clicked.connect(self.reject)
        self.back_button.setAutoDefault(False)
        self.mine_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kept)
        layout.addLayout(buttons)
        self.retranslate()
        resize_for_font(self, 760, 360)

    @property
    def deleted(self) -> bool:
        return any(c.deleted for c in self.conflicts)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = Choice.BACK
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        names = ", ".join(c.row.title for c in self.conflicts)
        if self.deleted:
            self.heading.setText(self.tr("“%1” was deleted by someone else while you were editing it, so your "
                                         "changes cannot be saved.").replace("%1", names))
        else:
            self.heading.setText(self.tr("“%1” was changed by someone else while you were editing it. Which "
                                         "version should apply?").replace("%1", names))
        who = [c.changed_by for c in self.conflicts if c.changed_by]
        self.who.setText(self.tr("Last change: %1").replace("%1", "; ".join(who)) if who else "")
        self.who.setVisible(bool(who))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Colleague's version"),
                                              self.tr("Your version")])
        rows = [(c.row.title if len(self.conflicts) > 1 else "", f) for c in self.conflicts for f in c.fields]
        self.table.setRowCount(len(rows))
        for index, (prefix, conflict) in enumerate(rows):
            name = f"{prefix}: {conflict.label}" if prefix else conflict.label
            for column, text in enumerate((name, conflict.theirs, conflict.mine)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        kept = [name for c in self.conflicts for name in c.kept]
        if kept:
            self.kept.setText(self.tr("The colleague's other changes are kept either way: %1.").replace(
                "%1", ", ".join(dict.fromkeys(kept))))
        elif not rows and not self.deleted:
            self.kept.setText(self.tr("Your changes do not contradict the colleague's; saving yours keeps both."))
        else:
            self.kept.setText("")
        self.kept.setVisible(bool(self.kept.text()))
        self.mine_button.setText(self.tr("Apply your changes"))
        self.mine_button.setVisible(not self.deleted)
        self.theirs_button.setText(self.tr("Discard your input") if self.deleted
                                   else self.tr("Keep the colleague's version"))
        self.back_button.setText(self.tr("Back to the form"))
        self.back_button.setToolTip(self.tr("Your input stays in the form; nothing is saved yet."))


def ask_choice(conflicts: Sequence[Conflict], parent: QWidget | None) -> Choice:
    """Show the conflict dialog and return the user's choice (tests patch this function)."""
    dialog = ConflictDialog(conflicts, parent)
    dialog.exec()
    return dialog.choice


Rebuild = Callable[[dict[tuple[str, str], int]], "Command | None"]


def settle(dialog: QWidget, rows: Sequence[EditedRow], rebuild: Rebuild) -> tuple[bool, Command | None]:
    """After a ``StaleEditError`` on OK: ask, then act. Returns (the editing dialog may close, the command run).

    ``rebuild(versions)`` builds the dialog's command again with the rows' new versions (by (entity, id)),
    writing only the user's changed fields. Another change in the meantime asks again; any other refusal
    (``NetzplanerError``, e.g. a name taken meanwhile) propagates to the form, which shows it at its field."""
    ws = dialog.controller.workspace
    while True:
        conflicts = find_conflicts(ws, rows)
        if not conflicts:  # the conflicting row is another one of the same step (a contact, the own firm)
            raise StaleEditError(rows[0].title if rows else None)
        choice = ask_choice(conflicts, dialog)
        if choice is Choice.BACK:
            return False, None
        if choice is Choice.THEIRS:
            return True, None
        versions = {(c.row.entity, c.row.entity_id): c.version for c in conflicts}
        command = rebuild(versions)
        if command is None:
            return True, None
        try:
            dialog.controller.run(command)
        except StaleEditError:
            rows = [EditedRow(r.entity, r.entity_id, r.title, r.base,
                              versions.get((r.entity, r.entity_id), r.version), r.changes) for r in rows]
            continue
        return True, command
