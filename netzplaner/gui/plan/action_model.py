"""The action plan as a Qt model: every action of every goal, with filters, sorting on ready keys, overdue
marks, and the status cell editable in place (``setData`` pushes an undoable command)."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import plan
from ...domain.entities import Action, Goal
from ...domain.enums import ActionStatus, Priority
from ...domain.errors import NetzplanerError
from ...domain.formatting import money
from ...services import goals as goal_service
from ...services import queries
from ..shell.controller import DocumentController
from ..common.i18n import current_language, shown_day, term
from ..common.table_model import Column, IdRole, TableModel
from ..common.table_model import SortRole as SortRole  # the tables and tests sort by it

ActionIdRole = IdRole
OverdueRole = Qt.ItemDataRole.UserRole + 3

GOAL, TITLE, OWNER, START, DUE, STATUS, PRIORITY, EFFORT, COST, PARTNER = range(10)
NOT_DONE = "not_done"  # a status filter: everything still to do
OVERDUE_COLOUR = QColor("#c62828")
DONE_COLOUR = QColor("#2e7d32")
PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def is_overdue(action: Action, goal: Goal | None, today: date) -> bool:
    """The one rule (``domain.plan.is_overdue``): never under an achieved or dropped goal."""
    return plan.is_overdue(action, goal.status if goal else None, today)


class ActionTableModel(TableModel):
    reads = frozenset({"action", "goal", "partner"})
    columns = (
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Goal"), lambda m, a: m._goal_title(a).casefold()),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Action"), lambda m, a: a.title.casefold()),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Responsible"), lambda m, a: a.owner.casefold()),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Start"), lambda m, a: a.start_date or date.max),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
               lambda m, a: (a.due_date or date.max, a.title.casefold())),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Status"), lambda m, a: list(ActionStatus).index(a.status)),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Priority"), lambda m, a: PRIORITY_ORDER[a.priority]),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Effort (PD)"),
               lambda m, a: a.effort_days if a.effort_days is not None else -1.0,
               align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
               tooltip=QT_TRANSLATE_NOOP("ActionTableModel", "Effort (person-days)")),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Cost"),
               lambda m, a: a.cost_eur if a.cost_eur is not None else -1.0, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(QT_TRANSLATE_NOOP("ActionTableModel", "Partner"),
               lambda m, a: m.partner_names.get(a.partner_id or "", "").casefold()),
    )

    def __init__(self, controller: DocumentController, parent: QObject | None = None,
                 today: date | None = None) -> None:
        super().__init__(controller, parent, sort_column=DUE)
        self.today = today or date.today()
        self._all: list[Action] = []
        self.goals: dict[str, Goal] = {}
        self.partner_names: dict[str, str] = {}
        self.owner = ""
        self.status: ActionStatus | str | None = NOT_DONE
        self.goal_id: str | None = None
        self.due_this_month = False
        self.overdue_only = False
        self.error = ""  # the last refused quick edit, for the panel to show
        self.reload()

    # -- data -------------------------------------------------------------------------------------------

    def reload(self) -> None:
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

    def set_filter(self, *, owner=..., status=..., goal_id=..., due_this_month=..., overdue_only=...) -> None:
        super().set_filter(owner=owner, status=status, goal_id=goal_id, due_this_month=due_this_month,
                           overdue_only=overdue_only)

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
        self._show(a for a in self._all if self._accepts(a))

    def _goal_title(self, a: Action) -> str:
        goal = self.goals.get(a.goal_id)
        return goal.title if goal else ""

    action_at = TableModel.row_at

    # -- cells ------------------------------------------------------------------------------------------

    def _display(self, a: Action, column: int) -> str:
        if column == EFFORT:  # person-days: the header names the unit
            return "" if a.effort_days is None else QLocale().toString(float(a.effort_days), "g", 6)
        if column == COST:
            return "" if a.cost_eur is None else money(a.cost_eur, current_language())
        return {GOAL: self._goal_title(a), TITLE: a.title, OWNER: a.owner, START: shown_day(a.start_date),
                DUE: shown_day(a.due_date), STATUS: term(a.status), PRIORITY: term(a.priority),
                PARTNER: self.partner_names.get(a.partner_id or "", "")}[column]

    def cell(self, a: Action, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return a.status.value
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
