"""The action plan: every action of every goal in one sortable table, with filters, overdue marks, a quick
status change in the table, and the same actions as a timeline below it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ActionStatus, Priority
from ...domain.errors import NetzplanerError
from ...services import goals as goal_service
from ..common import ask
from .action_model import DUE, NOT_DONE, STATUS, ActionIdRole, ActionTableModel
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from ..common.filters import refill_filter
from ..common.flow_layout import FlowLayout, flow_row
from ..common.i18n import Retranslating, term
from ..common.messages import error_text
from ..common.tables import SAMPLE_DATE, list_table


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four action states in the status cell."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setObjectName("actionStatusEditor")
        for status in ActionStatus:
            editor.addItem(term(status), status.value)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionPlanPanel(DocumentView, Retranslating, QWidget):
    partnerRequested = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanPanel")
        self.attach(controller)
        self.model = ActionTableModel(controller, self, today=today)
        self.owner_filter = QComboBox(objectName="actionOwnerFilter")
        self.status_filter = QComboBox(objectName="actionStatusFilter")
        self.goal_filter = QComboBox(objectName="actionGoalFilter")
        self.goal_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_filter.setMinimumContentsLength(28)  # long titles stay readable in the drop-down list
        self.month_filter = QCheckBox(objectName="actionDueThisMonth")
        self.overdue_filter = QCheckBox(objectName="actionOverdueOnly")
        self.table = list_table("actionTable", self.model, sort_column=DUE,
                                # the action itself gets the most room: it is what the plan is read for
                                widths=(24, 42, 16, SAMPLE_DATE, SAMPLE_DATE, lambda: [term(s) for s in ActionStatus],
                                        lambda: [term(p) for p in Priority], 7, "999.999 €"),
                                edit_triggers=QAbstractItemView.EditTrigger.SelectedClicked
                                | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.new_button = QPushButton(objectName="newAction")
        self.edit_button = QPushButton(objectName="editAction")
        self.done_button = QPushButton(objectName="markActionDone")
        self.delete_button = QPushButton(objectName="deleteAction")
        self.count = QLabel(objectName="actionCount")
        self.timeline = self._make_timeline()

        filters = FlowLayout()
        self.owner_label, self.status_label, self.goal_label = QLabel(), QLabel(), QLabel()
        for label, combo in ((self.goal_label, self.goal_filter), (self.owner_label, self.owner_filter),
                             (self.status_label, self.status_filter)):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.month_filter)
        filters.addWidget(self.overdue_filter)
        buttons = flow_row(self.new_button, self.edit_button, self.done_button, self.delete_button,
                           right=(self.count,))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="actionPlanSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.timeline_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.owner_filter.currentIndexChanged.connect(
            lambda: self.model.set_filter(owner=self.owner_filter.currentData() or ""))
        self.status_filter.currentIndexChanged.connect(
            lambda: self.model.set_filter(status=self.status_filter.currentData()))
        self.goal_filter.currentIndexChanged.connect(
            lambda: self.model.set_filter(goal_id=self.goal_filter.currentData()))
        self.month_filter.toggled.connect(lambda on: self.model.set_filter(due_this_month=on))
        self.overdue_filter.toggled.connect(lambda on: self.model.set_filter(overdue_only=on))
        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._show_timeline)
        self.retranslate()
        self._after_reset()

    def _make_timeline(self):
        from .timeline_view import TimelineView

        timeline = TimelineView()
        timeline.actionActivated.connect(self.edit_action)
        timeline.actionSelected.connect(self.select_action)
        self.timeline_area = QScrollArea(objectName="actionTimelineArea")
        self.timeline_area.setWidget(timeline)
        self.timeline_area.setWidgetResizable(True)
        return timeline

    # -- filters and counts -----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        refill_filter(self.owner_filter, self.tr("Everyone responsible"), [(o, o) for o in self.model.owners()])
        refill_filter(self.status_filter, self.tr("All states"),
                      [(self.tr("Not done"), NOT_DONE)] + [(term(s), s) for s in ActionStatus],
                      chosen=self.model.status)
        refill_filter(self.goal_filter, self.tr("All goals"),
                      sorted(((g.title, g.id) for g in self.model.goals.values()), key=lambda e: e[0].casefold()))

    def _after_reset(self) -> None:
        self._fill_filters()
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("%1 of %2 actions, %3 overdue").replace("%1", str(shown))
                           .replace("%2", str(total)).replace("%3", str(self.model.overdue_count())))
        if self.model.error:
            self.count.setText(self.model.error)
            self.model.error = ""
        self._show_timeline()

    def _show_timeline(self) -> None:
        goals = self.model.goals.values()
        self.timeline.set_actions(self.model.visible_actions(), {g.id: g.title for g in goals}, self.model.today,
                                  {g.id: g.status for g in goals})

    def show_overdue(self) -> None:
        """Only the overdue actions (the dashboard links here)."""
        self.overdue_filter.setChecked(True)

    # -- selection and edits ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.action_at(row).id for row in rows]

    def select_action(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row < 0:  # hidden by a filter: show everything again
            for combo in (self.owner_filter, self.status_filter, self.goal_filter):
                combo.setCurrentIndex(0)
            self.month_filter.setChecked(False)
            self.overdue_filter.setChecked(False)
            row = self.model.row_of(action_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != STATUS:
            self.edit_action(index.data(ActionIdRole))

    def new_action(self) -> None:
        from .action_dialog import ActionDialog

        goal_id = self.goal_filter.currentData()
        if goal_id is None and self.selected_ids():
            goal_id = self.model.action_at(self.model.row_of(self.selected_ids()[0])).goal_id
        if not self.model.goals:
            ask.info(self, self.tr("New action"), self.tr("Create a goal first: every action serves a goal."))
            return
        dialog = ActionDialog(self.controller, None, goal_id, self)
        if dialog.exec() and dialog.action_id:
            self.select_action(dialog.action_id)

    def edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_action(ids[0])

    def edit_action(self, action_id: str) -> None:
        from .action_dialog import ActionDialog

        ActionDialog(self.controller, action_id, None, self).exec()

    def mark_done(self) -> None:
        ids = [i for i in self.selected_ids() if self.model.action_at(self.model.row_of(i)).status
               != ActionStatus.DONE]
        if not ids:
            return
        try:
            self.controller.run(goal_service.mark_actions_done(self.controller.workspace, ids))
        except NetzplanerError as exc:
            ask.error(self, self.tr("Mark done"), error_text(exc))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        titles = [self.model.action_at(self.model.row_of(i)).title for i in ids]
        question = (self.tr("Delete the action “%1”?").replace("%1", titles[0]) if len(ids) == 1
                    else self.tr("Delete %n action(s)?", "", len(ids)))
        if not ask.confirm(self, self.tr("Delete actions"), question, yes_text=self.tr("Delete")):
            return
        self.controller.run(goal_service.delete_actions(self.controller.workspace, ids))

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.goal_label.setText(self.tr("&Goal:"))
        self.owner_label.setText(self.tr("&Responsible:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.month_filter.setText(self.tr("Due this month"))
        self.overdue_filter.setText(self.tr("Overdue only"))
        self.new_button.setText(self.tr("New action…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.done_button.setText(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Set the selected actions to done (click a status cell to choose "
                                            "any other state)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.retranslate()
