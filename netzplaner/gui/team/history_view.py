"""A row's change history in readable sentences: who changed what and when (``Store.row_history``).

"anna, 01.12.2026 10:42: Stadt Reutlingen → Metzingen". A team network records every change on the server;
a file document keeps no such history (an empty list), and the view is not offered there.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ...services.workspace import Workspace
from ..common.i18n import Retranslating, shown_day
from ..shell.screen_fit import resize_for_font
from .field_text import POSITION, label, spec, value_text


def history(ws: Workspace, entity: str, entity_id: str) -> list:
    """The row's changes, newest first (``domain.history.RowChange``); [] for a store without history."""
    return list(ws.row_history(entity, entity_id))


def latest_change(ws: Workspace, entity: str, entity_id: str) -> Any | None:
    found = history(ws, entity, entity_id)
    return found[0] if found else None


def when_text(at: datetime) -> str:
    local = at.astimezone() if at.tzinfo is not None else at
    return f"{shown_day(local)} {local:%H:%M}"


def changed_by(change: Any) -> str:
    """"anna, 01.12.2026 10:42": who made a change, and when (local time)."""
    return f"{change.user}, {when_text(change.at)}"


def change_lines(ws: Workspace, entity: str, change: Any) -> list[str]:
    """One sentence per changed field of one change ("…: City Reutlingen → Metzingen")."""
    who = changed_by(change)
    if change.action == "insert":
        return [QCoreApplication.translate("History", "%1: created").replace("%1", who)]
    if change.action == "delete":
        return [QCoreApplication.translate("History", "%1: deleted").replace("%1", who)]
    lines = []
    moved = False
    for name, (old, new) in change.changes.items():
        if name in POSITION:
            moved = True
        elif spec(entity, name) is not None:
            text = QCoreApplication.translate("History", "%1: %2 %3 → %4")
            lines.append(text.replace("%1", who).replace("%2", label(entity, name))
                         .replace("%3", value_text(ws, entity, name, old))
                         .replace("%4", value_text(ws, entity, name, new)))
    if moved:
        lines.append(QCoreApplication.translate("History", "%1: moved on the map").replace("%1", who))
    return lines


class HistoryView(Retranslating, QWidget):
    """The sentences of one row's history, newest first."""

    def __init__(self, ws: Workspace, entity: str, entity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.ws, self.entity, self.entity_id = ws, entity, entity_id
        self.list = QListWidget(objectName="historyList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(objectName="historyEmpty", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.reload()

    def reload(self) -> None:
        self.changes = history(self.ws, self.entity, self.entity_id)
        self.retranslate()

    def lines(self) -> list[str]:
        return [line for change in self.changes for line in change_lines(self.ws, self.entity, change)]

    def retranslate(self) -> None:
        lines = self.lines()
        self.list.clear()
        self.list.addItems(lines)
        self.list.setVisible(bool(lines))
        self.empty.setText(self.tr("No changes recorded yet."))
        self.empty.setVisible(not lines)


class HistoryDialog(Retranslating, QDialog):
    def __init__(self, ws: Workspace, entity: str, entity_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.title = title
        self.view = HistoryView(ws, entity, entity_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.retranslate()
        resize_for_font(self, 680, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", self.title))


def has_history(ws: Workspace) -> bool:
    """Whether the store records who changed what (a team network); file documents do not."""
    return ws.kind == "team"


def show_history(ws: Workspace, entity: str, entity_id: str, title: str, parent: QWidget | None) -> None:
    HistoryDialog(ws, entity, entity_id, title, parent).exec()
