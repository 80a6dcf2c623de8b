"""Collaboration goals: the filterable goal table with KPI progress bars, and for the selected goal its partners
(shown on the map on request) and its actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Benefit, Dimension, GoalStatus, Priority
from ...services import goals as goal_service
from ...services import queries
from ..common import ask
from .action_model import is_overdue
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from ..common.filters import refill_filter
from ..common.flow_layout import FlowLayout, flow_row
from .goal_model import PROGRESS, TITLE, GoalTableModel, ProgressDelegate
from ..common.i18n import Retranslating, shown_day, term
from ..common.tables import SAMPLE_DATE, list_table

ActionIdRole = Qt.ItemDataRole.UserRole + 1
PartnerIdRole = Qt.ItemDataRole.UserRole + 1


class GoalPanel(DocumentView, Retranslating, QWidget):
    mapRequested = Signal()  # the goal's partners are selected: show them on the map
    actionRequested = Signal(str)  # open the action in the action plan

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalPanel")
        self.attach(controller)
        self.model = GoalTableModel(controller, self, today=today)
        self.benefit_filter = QComboBox(objectName="goalBenefitFilter")
        self.dimension_filter = QComboBox(objectName="goalDimensionFilter")
        self.status_filter = QComboBox(objectName="goalStatusFilter")
        self.partner_filter = QComboBox(objectName="goalPartnerFilter")
        self.partner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_filter.setMinimumContentsLength(24)  # long names stay readable in the drop-down list
        self.table = list_table("goalTable", self.model, sort_column=TITLE, multi=False,
                                widths=(36, lambda: [term(b) for b in Benefit], lambda: [term(d) for d in Dimension],
                                        lambda: [term(s) for s in GoalStatus], lambda: [term(p) for p in Priority],
                                        24, SAMPLE_DATE, 14, "999"))  # 24: "Dr. L. Behrens (Entwicklung)" in full
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.new_button = QPushButton(objectName="newGoal")
        self.edit_button = QPushButton(objectName="editGoal")
        self.delete_button = QPushButton(objectName="deleteGoal")
        self.new_action_button = QPushButton(objectName="newGoalAction")
        self.map_button = QPushButton(objectName="showGoalOnMap")
        self.count = QLabel(objectName="goalCount")
        self.description = QLabel(objectName="goalDescription", wordWrap=True)
        self.partners = QListWidget(objectName="goalPartners")
        self.actions = QListWidget(objectName="goalActions")
        self.partners_box = QGroupBox(objectName="goalPartnersBox")
        self.actions_box = QGroupBox(objectName="goalActionsBox")
        for box, widget in ((self.partners_box, self.partners), (self.actions_box, self.actions)):
            QVBoxLayout(box).addWidget(widget)

        filters = FlowLayout()
        self.filter_labels = [QLabel() for _ in range(4)]
        for label, combo in zip(self.filter_labels, (self.benefit_filter, self.dimension_filter,
                                                     self.status_filter, self.partner_filter)):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        buttons = flow_row(self.new_button, self.edit_button, self.delete_button, self.new_action_button,
                           self.map_button, right=(self.count,))
        details = QWidget()
        detail_layout = QHBoxLayout(details)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.partners_box, 2)
        detail_layout.addWidget(self.actions_box, 3)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.description)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        for combo, name in ((self.benefit_filter, "benefit"), (self.dimension_filter, "dimension"),
                            (self.status_filter, "status"), (self.partner_filter, "partner_id")):
            combo.currentIndexChanged.connect(
                lambda _i, combo=combo, name=name: self.model.set_filter(**{name: combo.currentData()}))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.new_action_button.clicked.connect(self.new_action)
        self.map_button.clicked.connect(self.show_on_map)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.actions.itemDoubleClicked.connect(lambda item: self.actionRequested.emit(item.data(ActionIdRole)))
        self.model.modelReset.connect(self._after_reset)
        self.retranslate()

    # -- filters, selection, details --------------------------------------------------------------------

    def _fill_filters(self) -> None:
        # only partners that have goals: the filter answers "which goals does this partner serve?"
        linked = {pid for g in queries.list_goals(self.controller.workspace) for pid in g.partner_ids}
        if self.partner_filter.currentData():
            linked.add(self.partner_filter.currentData())
        names = queries.partner_names(self.controller.workspace, linked)
        partners = sorted(((name, pid) for pid, name in names.items()), key=lambda e: e[0].casefold())
        refill_filter(self.benefit_filter, self.tr("All benefits"), [(term(b), b) for b in Benefit])
        refill_filter(self.dimension_filter, self.tr("All networks"), [(term(d), d) for d in Dimension])
        refill_filter(self.status_filter, self.tr("All states"), [(term(s), s) for s in GoalStatus])
        refill_filter(self.partner_filter, self.tr("All partners"), partners)

    def _after_reset(self) -> None:
        self.count.setText(self.tr("%1 of %2 goals").replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total)))
        self._show_details()

    def current_goal_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.goal_at(rows[0].row()).id if rows else None

    def select_goal(self, goal_id: str) -> None:
        row = self.model.row_of(goal_id)
        if row < 0:
            for combo in (self.benefit_filter, self.dimension_filter, self.status_filter, self.partner_filter):
                combo.setCurrentIndex(0)
            row = self.model.row_of(goal_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def show_goals_of_partner(self, partner_id: str) -> None:
        """From a partner to its goals: filter the table by that partner (even one without goals)."""
        self._fill_filters()
        if self.partner_filter.findData(partner_id) < 0:
            name = queries.partner_names(self.controller.workspace, [partner_id]).get(partner_id, "")
            self.partner_filter.addItem(name, partner_id)
        self.partner_filter.setCurrentIndex(self.partner_filter.findData(partner_id))

    def _show_details(self, *_args) -> None:
        goal_id = self.current_goal_id()
        for widget in (self.edit_button, self.delete_button, self.new_action_button, self.map_button):
            widget.setEnabled(goal_id is not None and (widget is self.map_button or not self.controller.read_only))
        self.partners.clear()
        self.actions.clear()
        if goal_id is None:
            self.description.setText("")
            return
        ws = self.controller.workspace
        goal = ws.get("goal", goal_id)
        self.description.setText(goal.description)
        names = queries.partner_names(ws, goal.partner_ids)
        for pid, name in sorted(names.items(), key=lambda e: e[1].casefold()):
            item = QListWidgetItem(name)
            item.setData(PartnerIdRole, pid)
            self.partners.addItem(item)
        for action in queries.list_actions(ws, goal_id):
            due = shown_day(action.due_date)
            text = f"{action.title} — {term(action.status)}" + (f" — {due}" if due else "")
            item = QListWidgetItem(text)
            item.setData(ActionIdRole, action.id)
            if is_overdue(action, goal, self.model.today):
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self.tr("Overdue"))
            self.actions.addItem(item)
        self.map_button.setEnabled(bool(goal.partner_ids))

    # -- edits ------------------------------------------------------------------------------------------

    def new_goal(self) -> None:
        from .goal_dialog import GoalDialog

        dialog = GoalDialog(self.controller, None, self)
        if dialog.exec() and dialog.goal_id:
            self.select_goal(dialog.goal_id)

    def edit_current(self) -> None:
        from .goal_dialog import GoalDialog

        goal_id = self.current_goal_id()
        if goal_id:
            GoalDialog(self.controller, goal_id, self).exec()

    def new_action(self) -> None:
        from .action_dialog import ActionDialog

        goal_id = self.current_goal_id()
        if goal_id:
            ActionDialog(self.controller, None, goal_id, self).exec()

    def delete_current(self) -> None:
        goal_id = self.current_goal_id()
        if not goal_id:
            return
        goal = self.controller.workspace.get("goal", goal_id)
        actions = self.model.all_actions.get(goal_id, 0)
        detail = self.tr("Its %n action(s) are deleted with it.", "", actions) if actions else ""
        if ask.confirm(self, self.tr("Delete goal"), self.tr("Delete the goal “%1”?").replace("%1", goal.title),
                       detail, yes_text=self.tr("Delete")):
            self.controller.run(goal_service.delete_goal(self.controller.workspace, goal_id))

    def show_on_map(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id:
            goal = self.controller.workspace.get("goal", goal_id)
            self.controller.selection.set_partners(sorted(goal.partner_ids))
            self.mapRequested.emit()

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(self.filter_labels, (self.tr("&Benefit:"), self.tr("&Network:"),
                                                    self.tr("S&tatus:"), self.tr("&Partner:"))):
            label.setText(text)
        self.new_button.setText(self.tr("New goal…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.new_action_button.setText(self.tr("New action…"))
        self.map_button.setText(self.tr("Show partners on map"))
        self.partners_box.setTitle(self.tr("Partners of this goal"))
        self.actions_box.setTitle(self.tr("Actions of this goal"))
        self.actions.setToolTip(self.tr("Double-click an action to open it in the action plan"))
        self._fill_filters()
        self.model.retranslate()
