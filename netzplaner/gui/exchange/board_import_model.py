"""The board-workbook import preview as a Qt table model: one line per value the board changed, per conflict, per
edit of ours kept, per row added or deleted, and per row refused, each in the UI language.

The first column is a check box wherever the user decides (the board's change, a conflict, a new row, a deleted
row); ``chosen()`` gives the decisions for ``services.roundtrip.decide``.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...io import workbook_labels as L
from ...services.roundtrip_report import Change, ImportReport, Refusal
from ...domain import formatting
from ..common.i18n import current_language, shown_day, term, tr
from ..common.messages import template_text

TAKE, ROW, WHAT, VALUES, NOTE = range(5)
COLUMNS = 5
KindRole = Qt.ItemDataRole.UserRole + 1

CONFLICT_BACKGROUND = QColor("#fff3cd")
REFUSED_BACKGROUND = QColor("#fde2e1")
MUTED_TEXT = QColor("#5f6368")


def show_value(value: Any) -> str:
    """A value as the window shows it: the vocabulary's words, dates in the language's style."""
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, Enum):
        return term(value)
    if isinstance(value, date):
        return shown_day(value)
    if isinstance(value, float):
        return formatting.number(value, current_language(), 0 if value.is_integer() else None)
    return str(value)


class BoardImportModel(QAbstractTableModel):
    def __init__(self, report: ImportReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._lines: list[Change | Refusal] = [*report.items, *report.refused]
        self._taken = [isinstance(c, Change) and c.decidable and c.taken_by_default for c in self._lines]

    # -- decisions ----------------------------------------------------------------------------------------

    def chosen(self) -> set[int]:
        """Indices into ``report.items`` the user takes."""
        return {i for i, taken in enumerate(self._taken[:len(self.report.items)]) if taken}

    def set_all(self, kind: str, taken: bool) -> None:
        for i, line in enumerate(self._lines):
            if isinstance(line, Change) and line.kind == kind:
                self._taken[i] = taken
        if self._lines:
            self.dataChanged.emit(self.index(0, TAKE), self.index(len(self._lines) - 1, TAKE))

    # -- the model ----------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Take"), tr("Row"), tr("Goal or action"), tr("Change"), tr("Why"))[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        if index.column() == TAKE and isinstance(line, Change) and line.decidable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        self._taken[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, self.index(index.row(), NOTE))
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == KindRole:
            return line.kind if isinstance(line, Change) else "refused"
        if role == Qt.ItemDataRole.CheckStateRole and column == TAKE:
            if isinstance(line, Change) and line.decidable:
                return Qt.CheckState.Checked if self._taken[index.row()] else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if isinstance(line, Refusal):
                return QBrush(REFUSED_BACKGROUND)
            if line.kind == "conflict":
                return QBrush(CONFLICT_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(line, Change) and line.kind == "kept":
            return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (VALUES, NOTE):
            return self._text(line, column, index.row())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(line, column, index.row())

    def _text(self, line: Change | Refusal, column: int, row: int) -> str:
        if column == TAKE:
            return ""
        if column == ROW:
            return f"{line.sheet} {line.row}" if line.row else line.sheet
        if isinstance(line, Refusal):
            return {WHAT: line.title, VALUES: "", NOTE: tr("Refused: %1").replace(
                "%1", template_text(line.template, line.params))}[column]
        if column == WHAT:
            return line.title
        if column == VALUES:
            values = self._values(line)
            if line.field and values:
                return f"{L.header(line.field, current_language())}: {values}"
            return values
        return self._note(line, self._taken[row])

    @staticmethod
    def _values(line: Change) -> str:
        if line.kind == "board":
            return f"{show_value(line.old)} → {show_value(line.new)}"
        if line.kind == "conflict":
            return tr("%1 (Netzplaner) or %2 (board)").replace("%1", show_value(line.old)).replace(
                "%2", show_value(line.new))
        if line.kind == "kept" and line.field:
            return f"{show_value(line.exported)} → {show_value(line.old)}"
        if line.kind == "new" and line.entity == "action" and line.new:
            return tr("under the goal “%1”").replace("%1", str(line.new))
        return ""

    @staticmethod
    def _note(line: Change, taken: bool) -> str:
        if line.kind == "board":
            return tr("Changed by the board: taken") if taken else tr("Changed by the board: not taken")
        if line.kind == "conflict":
            if line.known:
                reason = tr("Changed in Netzplaner and by the board since the export (exported: %1)").replace(
                    "%1", show_value(line.exported))
            else:
                reason = tr("Differs; the workbook does not say who changed it")
            outcome = tr("the board's value is taken") if taken else tr("Netzplaner's value stays")
            return f"{reason}: {outcome}"
        if line.kind == "kept":
            if line.field is None:
                return tr("Deleted in Netzplaner since the export: stays deleted")
            return tr("Changed in Netzplaner since the export: stays")
        if line.kind == "new":
            return tr("Added by the board: created") if taken else tr("Added by the board: not created")
        return tr("Deleted from the workbook: will be deleted") if taken else tr(
            "Deleted from the workbook: tick to delete")
