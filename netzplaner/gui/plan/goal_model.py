"""The goal table as a Qt model: column constants, roles, filters (benefit, network, status, partner), sorting on
ready keys, and the KPI progress for a bar delegate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ...domain import plan
from ...domain.entities import Goal
from ...domain.enums import Benefit, Dimension, GoalStatus
from ...services import queries
from .action_model import PRIORITY_ORDER, is_overdue
from ..shell.controller import DocumentController
from ..common.i18n import shown_day, term
from ..common.table_model import Column, IdRole, TableModel
from ..common.table_model import SortRole as SortRole  # the tables and tests sort by it

GoalIdRole = IdRole
ProgressRole = Qt.ItemDataRole.UserRole + 3  # 0..100, or None without a complete KPI

TITLE, BENEFIT, NETWORK, STATUS, PRIORITY, OWNER, TARGET, PROGRESS, PARTNERS, ACTIONS = range(10)


def _progress(m: GoalTableModel, g: Goal) -> float:
    return -1.0 if g.kpi_progress is None else g.kpi_progress


class GoalTableModel(TableModel):
    reads = frozenset({"goal", "action", "partner"})
    columns = (
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Goal"), lambda m, g: g.title.casefold()),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Benefit"), lambda m, g: list(Benefit).index(g.benefit)),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Network"),
               lambda m, g: list(Dimension).index(g.dimension) if g.dimension else 9),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Status"), lambda m, g: list(GoalStatus).index(g.status)),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Priority"), lambda m, g: PRIORITY_ORDER[g.priority]),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Responsible"), lambda m, g: g.owner.casefold()),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Target date"), lambda m, g: g.target_date or date.max),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "KPI progress"), _progress),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Partners"), lambda m, g: len(g.partner_ids)),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Actions"), lambda m, g: m.open_actions.get(g.id, 0)),
    )

    def __init__(self, controller: DocumentController, parent: QObject | None = None,
                 today: date | None = None) -> None:
        super().__init__(controller, parent, sort_column=TITLE)
        self.today = today or date.today()
        self._all: list[Goal] = []
        self.open_actions: dict[str, int] = {}
        self.all_actions: dict[str, int] = {}
        self.overdue: dict[str, int] = {}
        self.benefit: Benefit | None = None
        self.dimension: Dimension | None = None
        self.status: GoalStatus | None = None
        self.partner_id: str | None = None
        self.reload()

    def reload(self) -> None:
        ws = self.controller.workspace
        self._all = queries.list_goals(ws)
        goals = {g.id: g for g in self._all}
        self.open_actions, self.all_actions, self.overdue = {}, {}, {}
        for a in queries.list_actions(ws):
            self.all_actions[a.goal_id] = self.all_actions.get(a.goal_id, 0) + 1
            goal = goals.get(a.goal_id)
            if plan.is_open(a, goal.status if goal else None):  # the one rule: nothing open under a closed goal
                self.open_actions[a.goal_id] = self.open_actions.get(a.goal_id, 0) + 1
            if is_overdue(a, goals.get(a.goal_id), self.today):
                self.overdue[a.goal_id] = self.overdue.get(a.goal_id, 0) + 1
        self._refresh()

    @property
    def total(self) -> int:
        return len(self._all)

    def set_filter(self, *, benefit=..., dimension=..., status=..., partner_id=...) -> None:
        super().set_filter(benefit=benefit, dimension=dimension, status=status, partner_id=partner_id)

    def _accepts(self, g: Goal) -> bool:
        return ((self.benefit is None or g.benefit == self.benefit)
                and (self.dimension is None or g.dimension == self.dimension)
                and (self.status is None or g.status == self.status)
                and (self.partner_id is None or self.partner_id in g.partner_ids))

    def _refresh(self) -> None:
        self._show(g for g in self._all if self._accepts(g))

    goal_at = TableModel.row_at

    def _actions_text(self, g: Goal) -> str:
        text = self.tr("%1 open of %2").replace("%1", str(self.open_actions.get(g.id, 0))).replace(
            "%2", str(self.all_actions.get(g.id, 0)))
        overdue = self.overdue.get(g.id, 0)
        return text + (self.tr(", %1 overdue").replace("%1", str(overdue)) if overdue else "")

    def cell(self, g: Goal, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PROGRESS:
                return "" if g.kpi_progress is None else f"{round(g.kpi_progress * 100)} %"
            return {TITLE: g.title, BENEFIT: term(g.benefit), NETWORK: term(g.dimension) if g.dimension else "",
                    STATUS: term(g.status), PRIORITY: term(g.priority), OWNER: g.owner,
                    TARGET: shown_day(g.target_date), PARTNERS: str(len(g.partner_ids)),
                    ACTIONS: self._actions_text(g)}[column]
        if role == ProgressRole:
            return None if g.kpi_progress is None else round(g.kpi_progress * 100)
        if role == Qt.ItemDataRole.ToolTipRole and column == PROGRESS and g.kpi_name:
            values = [v for v in (g.kpi_baseline, g.kpi_current, g.kpi_target)]
            shown = ["–" if v is None else f"{v:g}" for v in values]
            return self.tr("%1: baseline %2, now %3, target %4 %5").replace("%1", g.kpi_name).replace(
                "%2", shown[0]).replace("%3", shown[1]).replace("%4", shown[2]).replace("%5", g.kpi_unit).strip()
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE and g.description:
            return g.description
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws the KPI progress as a bar; an incomplete KPI leaves the cell empty."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(3, 3, -3, -3))
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{int(value)} %"
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
