"""The action plan as a Qt model: every action of every goal, with filters, sorting on ready keys, overdue
marks, and the status cell editable in place (``setData`` pushes an undoable command)."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, GoalStatus, Priority
from ..domain.errors import NetzplanerError
from ..domain.formatting import money
from ..services import goals as goal_service
from ..services import queries
from .controller import DocumentController
from .i18n import current_language, shown_day, term

ActionIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3

GOAL, TITLE, OWNER, START, DUE, STATUS, PRIORITY, EFFORT, COST, PARTNER = range(10)
COLUMNS = 10
NOT_DONE = "not_done"  # a status filter: everything still to do
OVERDUE_COLOUR = QColor("#c62828")
DONE_COLOUR = QColor("#2e7d32")
PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def is_overdue(action: Action, goal: Goal | None, today: date) -> bool:
    """Overdue only under a planned or active goal, as the network check counts (an achieved or dropped goal
    expects nothing more; the check lists such open actions so that someone closes them)."""
    return action.is_overdue(today) and (goal is None or goal.status in (GoalStatus.PLANNED, GoalStatus.ACTIVE))


class ActionTableModel(QAbstractTableModel):
    def __init__(self, controller: DocumentController, parent: QObject | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today = today or date.today()
        self._all: list[Action] = []
        self._rows: list[Action] = []
        self.goals: dict[str, Goal] = {}
        self.partner_names: dict[str, str] = {}
        self.owner = ""
        self.status: ActionStatus | str | None = NOT_DONE
        self.goal_id: str | None = None
        self.due_this_month = False
        self.overdue_only = False
        self.error = ""  # the last refused quick edit, for the panel to show
        self.sort_column, self.sort_order = DUE, Qt.SortOrder.AscendingOrder
        controller.changed.connect(self._on_changed)
        self.reload()

    # -- data -------------------------------------------------------------------------------------------

    def _on_changed(self, entities: frozenset[str]) -> None:
        if entities & {"action", "goal", "partner"}:
            self.reload()

    def reload(self) -> None:
        if self.controller.closed:
            return
        ws = self.controller.workspace
        self._all = queries.list_actions(ws)
        self.goals = {g.id: g for g in queries.list_goals(ws)}
        self.partner_names = queries.partner_names(ws, (a.partner_id for a in self._all))
        self._refresh()

    def owners(self) -> list[str]:
        return sorted({a.owner for a in self._all if a.owner}, key=str.casefold)

    @property
    def total(self) -> int:
        return len(self._all)

    def overdue_count(self) -> int:
        return sum(self.overdue(a) for a in self._all)

    def overdue(self, action: Action) -> bool:
        return is_overdue(action, self.goals.get(action.goal_id), self.today)

    def set_filter(self, *, owner: str | None = None, status=..., goal_id=..., due_this_month: bool | None = None,
                   overdue_only: bool | None = None) -> None:
        if owner is not None:
            self.owner = owner
        if status is not ...:
            self.status = status
        if goal_id is not ...:
            self.goal_id = goal_id
        if due_this_month is not None:
            self.due_this_month = due_this_month
        if overdue_only is not None:
            self.overdue_only = overdue_only
        self._refresh()

    def _accepts(self, a: Action) -> bool:
        if self.due_this_month:
            last = date(self.today.year, self.today.month, calendar.monthrange(self.today.year,
                                                                                self.today.month)[1])
            if a.due_date is None or not (self.today.replace(day=1) <= a.due_date <= last):
                return False
        return ((not self.owner or a.owner == self.owner)
                and (self.status is None or a.status == self.status
                     or (self.status == NOT_DONE and a.status != ActionStatus.DONE))
                and (self.goal_id is None or a.goal_id == self.goal_id)
                and (not self.overdue_only or self.overdue(a)))

    def visible_actions(self) -> list[Action]:
        return list(self._rows)

    def _refresh(self) -> None:
        self.beginResetModel()
        self._rows = [a for a in self._all if self._accepts(a)]
        self._rows.sort(key=lambda a: self._sort_key(a, self.sort_column),
                        reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda a: self._sort_key(a, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _goal_title(self, a: Action) -> str:
        goal = self.goals.get(a.goal_id)
        return goal.title if goal else ""

    def _sort_key(self, a: Action, column: int):
        far = date.max
        return {GOAL: lambda: self._goal_title(a).casefold(), TITLE: lambda: a.title.casefold(),
                OWNER: lambda: a.owner.casefold(), START: lambda: a.start_date or far,
                DUE: lambda: (a.due_date or far, a.title.casefold()),
                STATUS: lambda: list(ActionStatus).index(a.status), PRIORITY: lambda: PRIORITY_ORDER[a.priority],
                EFFORT: lambda: a.effort_days if a.effort_days is not None else -1.0,
                COST: lambda: a.cost_eur if a.cost_eur is not None else -1.0,
                PARTNER: lambda: self.partner_names.get(a.partner_id or "", "").casefold()}[column]()

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        return next((row for row, a in enumerate(self._rows) if a.id == action_id), -1)

    # -- Qt model interface -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def _display(self, a: Action, column: int) -> str:
        if column == EFFORT:  # person-days: the header names the unit
            return "" if a.effort_days is None else QLocale().toString(float(a.effort_days), "g", 6)
        if column == COST:
            return "" if a.cost_eur is None else money(a.cost_eur, current_language())
        return {GOAL: self._goal_title(a), TITLE: a.title, OWNER: a.owner, START: shown_day(a.start_date),
                DUE: shown_day(a.due_date), STATUS: term(a.status), PRIORITY: term(a.priority),
                PARTNER: self.partner_names.get(a.partner_id or "", "")}[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return a.status.value
        if role == ActionIdRole:
            return a.id
        if role == SortRole:
            return self._sort_key(a, column)
        if role == OverdueRole:
            return self.overdue(a)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.overdue(a) and column in (TITLE, DUE, STATUS):
                return QBrush(OVERDUE_COLOUR)
            if a.status == ActionStatus.DONE and column == STATUS:
                return QBrush(DONE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self.overdue(a) and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, DUE) and self.overdue(a):
            days = (self.today - a.due_date).days
            return self.tr("Overdue by %n day(s)", "", days)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (EFFORT, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A status chosen in the table is one undoable edit (docs/architecture.md, "Commands and undo")."""
        if role != Qt.ItemDataRole.EditRole or index.column() != STATUS:
            return False
        action = self._rows[index.row()]
        status = ActionStatus(value)
        if status == action.status:
            return False
        try:
            self.controller.run(goal_service.update_action(self.controller.workspace, action.id, status=status))
        except NetzplanerError as exc:
            self.error = str(exc)
            return False
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Goal"), self.tr("Action"), self.tr("Responsible"), self.tr("Start"), self.tr("Due"),
                    self.tr("Status"), self.tr("Priority"), self.tr("Effort (PD)"), self.tr("Cost"),
                    self.tr("Partner")][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == EFFORT:
            return self.tr("Effort (person-days)")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._refresh()
