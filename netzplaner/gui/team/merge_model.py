"""The Zurückspielen preview as a Qt table model: one line per conflicting field, per deletion against an edit, per
row added, changed or deleted in the offline copy, and per change left out, grouped in that order.

Where the user decides (a conflict, a deletion against an edit), the two columns "My version" and "Version in the
team network" show both sides, and the one ticked is taken (the team network's by default: nothing there is
overwritten unless the user says so). ``decisions()`` gives them for ``services.team_push.merge_step``.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from ...domain.enums import Criterion, Dimension
from ...domain.fields import spec_of
from ...services.team_merge import MINE, THEIRS, FieldDiff, MergeItem
from ...services.team_push import LeftOut, PushPlan
from ...services.team_sync import ENTITY_TYPES
from ..common.i18n import shown_day, term, tr
from ..common.messages import template_text
from ..exchange.board_import_model import (
    CONFLICT_BACKGROUND,
    MUTED_TEXT,
    REFUSED_BACKGROUND,
)

GROUP, WHAT, FIELD, MINE_COLUMN, THEIRS_COLUMN = range(5)
COLUMNS = 5
KindRole = Qt.ItemDataRole.UserRole + 1
_ORDER = ("conflict", "deleted_here", "deleted_there", "new", "changed", "deleted")


def entity_word(entity: str) -> str:
    return {"partner": tr("Partner"), "contact": tr("Contact"), "relationship": tr("Relationship"),
            "assessment": tr("Assessment"), "goal": tr("Goal"), "action": tr("Action")}[entity]


def group_word(kind: str) -> str:
    return {"conflict": tr("Conflict"), "deleted_here": tr("Deleted here, changed in the team"),
            "deleted_there": tr("Changed here, deleted in the team"), "new": tr("New"), "changed": tr("Changed"),
            "deleted": tr("Deleted"), "left_out": tr("Left out")}[kind]


def field_word(entity: str, name: str) -> str:
    if name in {c.value for c in Criterion}:
        return term(Criterion(name))
    return QCoreApplication.translate("Field", spec_of(ENTITY_TYPES[entity], name).label)


class _Line:
    """One line of the preview: an item (and for a conflict one of its fields), or a change left out."""

    def __init__(self, kind: str, item: MergeItem, diff: FieldDiff | None = None, left_out: LeftOut | None = None):
        self.kind, self.item, self.diff, self.left_out = kind, item, diff, left_out

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.item.entity, self.item.entity_id, self.diff.field if self.diff else None

    @property
    def asked(self) -> bool:
        return self.kind in ("conflict", "deleted_here", "deleted_there")


class MergeModel(QAbstractTableModel):
    def __init__(self, pushed: PushPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pushed = pushed
        lines: list[_Line] = []
        for item in pushed.plan.items:
            if item.kind == "conflict":
                lines += [_Line("conflict", item, diff) for diff in item.conflicts]
                if item.changes:  # fields of the same row changed in the copy only: written too
                    lines.append(_Line("changed", item))
            else:
                lines.append(_Line(item.kind, item))
        self._lines = sorted(lines, key=lambda line: _ORDER.index(line.kind))
        self._lines += [_Line("left_out", lo.item, left_out=lo) for lo in pushed.left_out]
        self._taken = {line.key: THEIRS for line in self._lines if line.asked}

    # -- decisions ----------------------------------------------------------------------------------------

    def decisions(self) -> dict[tuple[str, str, str | None], str]:
        return dict(self._taken)

    def set_all(self, side: str) -> None:
        self._taken = dict.fromkeys(self._taken, side)
        if self._lines:
            self.dataChanged.emit(self.index(0, MINE_COLUMN), self.index(len(self._lines) - 1, THEIRS_COLUMN))

    def count(self, kind: str) -> int:
        return sum(line.kind == kind for line in self._lines)

    def line_kind(self, row: int) -> str:
        return self._lines[row].kind

    # -- the model ----------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Change"), tr("Entry"), tr("Field"), tr("My version"), tr("Version in the team network"))[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (MINE_COLUMN, THEIRS_COLUMN) and self._lines[index.row()].asked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        side = MINE if index.column() == MINE_COLUMN else THEIRS
        if Qt.CheckState(value) != Qt.CheckState.Checked:  # unticking one side ticks the other
            side = THEIRS if side == MINE else MINE
        self._taken[self._lines[index.row()].key] = side
        self.dataChanged.emit(self.index(index.row(), MINE_COLUMN), self.index(index.row(), THEIRS_COLUMN))
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == KindRole:
            return line.kind
        if role == Qt.ItemDataRole.CheckStateRole and column in (MINE_COLUMN, THEIRS_COLUMN) and line.asked:
            side = MINE if column == MINE_COLUMN else THEIRS
            return Qt.CheckState.Checked if self._taken[line.key] == side else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.kind == "left_out":
                return QBrush(REFUSED_BACKGROUND)
            return QBrush(CONFLICT_BACKGROUND) if line.asked else None
        if role == Qt.ItemDataRole.ForegroundRole and line.kind in ("deleted",) and column == THEIRS_COLUMN:
            return QBrush(MUTED_TEXT)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        return None

    # -- texts --------------------------------------------------------------------------------------------

    def _text(self, line: _Line, column: int) -> str:
        item = line.item
        if column == GROUP:
            return group_word(line.kind)
        if column == WHAT:
            return self._row(item.entity, item.entity_id)
        if line.kind == "left_out":
            return {FIELD: "", MINE_COLUMN: template_text(line.left_out.template, line.left_out.params),
                    THEIRS_COLUMN: ""}[column]
        if line.kind == "conflict":
            diff = line.diff
            return {FIELD: field_word(item.entity, diff.field), MINE_COLUMN: self._show(item.entity, diff.field,
                                                                                          diff.mine),
                    THEIRS_COLUMN: self._show(item.entity, diff.field, diff.theirs)}[column]
        if column == FIELD:
            diffs = item.changes if line.kind in ("changed", "deleted_there") else item.conflicts
            return ", ".join(field_word(item.entity, d.field) for d in diffs)
        return self._sides(line)[column == THEIRS_COLUMN]

    def _row(self, entity: str, entity_id: str) -> str:
        label = self.pushed.labels.get((entity, entity_id), entity_id)
        return tr("%1 “%2”").replace("%1", entity_word(entity)).replace("%2", label)

    def _sides(self, line: _Line) -> tuple[str, str]:
        """(my version, the team network's version) of a whole row."""
        item = line.item
        if line.kind == "new":
            return tr("Added"), tr("(not there)")
        if line.kind == "deleted":
            parent = self.pushed.follows.get((item.entity, item.entity_id))
            if parent is not None:
                return tr("Deleted"), tr("Deleted only together with %1").replace(
                    "%1", self._row(*parent))
            return tr("Deleted"), tr("Unchanged")
        if line.kind == "changed":
            return "; ".join(self._change(item.entity, d, d.mine) for d in item.changes), tr("Unchanged")
        if line.kind == "deleted_here":
            if item.affected:
                added = ", ".join(f"{entity_word(kind)} {label}" for kind, label in item.affected)
                return tr("Deleted"), tr("Added or changed there: %1").replace("%1", added)
            return tr("Deleted"), "; ".join(self._change(item.entity, d, d.theirs) for d in item.conflicts)
        return "; ".join(self._change(item.entity, d, d.mine) for d in item.changes), tr("Deleted")

    def _change(self, entity: str, diff: FieldDiff, new: Any) -> str:
        return (f"{field_word(entity, diff.field)}: {self._show(entity, diff.field, diff.base)} → "
                f"{self._show(entity, diff.field, new)}")

    def _show(self, entity: str, name: str, value: Any) -> str:
        """A plain value as the window shows it: the vocabulary's words, dates and names."""
        if value is None or value == "" or value == []:
            return tr("(empty)")
        if name in {c.value for c in Criterion}:
            return str(value)
        kind = spec_of(ENTITY_TYPES[entity], name).kind
        labels = self.pushed.labels
        if name.endswith("_id") or name == "partner_ids":
            target = {"goal_id": "goal", "relationship_id": "relationship"}.get(name, "partner")
            ids = value if isinstance(value, list) else [value]
            return ", ".join(labels.get((target, v), v) for v in ids)
        if isinstance(value, list):
            return ", ".join(term(Dimension(v)) if name == "dimensions" else v for v in value)
        if isinstance(kind, type) and issubclass(kind, Enum):
            return term(kind(value))
        if kind is bool:
            return tr("yes") if value else tr("no")
        if kind is date:
            return shown_day(date.fromisoformat(value))
        return str(value)

