"""Create or edit an action of a collaboration goal; one OK is one undo step. Errors appear next to their field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Action
from ...domain.enums import ActionStatus, Priority
from ...services import goals, queries
from ..common.read_only_form import show_read_only
from ..shell.controller import DocumentController
from .goal_dialog import error_label, format_number, optional_date, owner_combo, parse_number, set_optional_date
from ..common.i18n import Retranslating, shown_day, term
from ..common.form_errors import show_error, submit
from ..partners.relationship_dialog import partner_combo
from ..shell.screen_fit import VerticalScrollArea, resize_within_screen
from ..team.conflict_dialog import EditedRow, settle

FIELD_WIDGETS = {"goal_id": "actionGoal", "title": "actionTitle", "owner": "actionOwner",
                 "start_date": "actionStart", "due_date": "actionDue", "status": "actionStatus",
                 "priority": "actionPriority", "effort_days": "actionEffort", "cost_eur": "actionCost",
                 "partner_id": "actionPartner", "notes": "actionNotes"}
UNKNOWN = object()  # a typed partner name that matches nobody


def number_row(edit: QLineEdit, unit: QLabel) -> QHBoxLayout:
    edit.setMaximumWidth(160)
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(unit)
    row.addStretch(1)
    return row


class ActionDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, action_id: str | None, goal_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.controller = controller
        self.action_id = action_id
        ws = controller.workspace
        self.version = queries.versions(ws, "action", [action_id]).get(action_id) if action_id else None
        self.action: Action | None = ws.get("action", action_id) if action_id else None  # after its version
        self.edited: list[EditedRow] = []

        self.goal = QComboBox(objectName="actionGoal")
        for g in queries.list_goals(ws):
            self.goal.addItem(g.title, g.id)
        self.goal.setMinimumWidth(320)
        self.goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal.setMinimumContentsLength(32)  # a long goal title does not widen the dialog beyond the screen
        self.title = QLineEdit(objectName="actionTitle")
        self.owner = owner_combo(ws, "actionOwner")
        self.has_start, self.start, start_row = optional_date("actionHasStart", "actionStart")
        self.has_due, self.due, due_row = optional_date("actionHasDue", "actionDue")
        self.status = QComboBox(objectName="actionStatus")
        self.completed = QLabel(objectName="actionCompletedOn")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.completed)
        self.priority = QComboBox(objectName="actionPriority")
        self.effort = QLineEdit(objectName="actionEffort")
        self.effort_unit = QLabel()
        self.cost = QLineEdit(objectName="actionCost")
        self.cost_unit = QLabel("€")
        self.names = QStandardItemModel(self)
        self.names.appendRow(QStandardItem())  # "(none)", named in retranslate
        for p in sorted(queries.list_partners(ws, include_archived=False), key=lambda p: p.name.casefold()):
            item = QStandardItem(p.name)
            item.setData(p.id, Qt.ItemDataRole.UserRole)
            self.names.appendRow(item)
        self.partner = partner_combo(self.names, "actionPartner")
        self.notes = QPlainTextEdit(objectName="actionNotes")
        self.notes.setFixedHeight(80)

        self.errors: dict[str, QLabel] = {}
        self.labels: list[QLabel] = []
        self.form = QFormLayout()
        buddies = {"start_date": self.has_start, "due_date": self.has_due, "status": self.status,
                   "effort_days": self.effort, "cost_eur": self.cost}
        for field, widget in (("goal_id", self.goal), ("title", self.title), ("owner", self.owner),
                              ("start_date", start_row), ("due_date", due_row), ("status", status_row),
                              ("priority", self.priority), ("effort_days", number_row(self.effort, self.effort_unit)),
                              ("cost_eur", number_row(self.cost, self.cost_unit)), ("partner_id", self.partner),
                              ("notes", self.notes)):
            label = QLabel()
            label.setBuddy(buddies.get(field, widget))
            self.labels.append(label)
            self.form.addRow(label, widget)
            self.errors[field] = error_label(field)
            self.form.addRow(self.errors[field])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("actionOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QWidget()
        form.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(VerticalScrollArea(form), 1)  # with error lines under the fields the form scrolls
        layout.addWidget(self.buttons)
        order = [self.goal, self.title, self.owner, self.has_start, self.start, self.has_due, self.due, self.status,
                 self.priority, self.effort, self.cost, self.partner, self.notes]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(580)
        self.retranslate()
        self._load(goal_id)
        if controller.read_only:
            show_read_only(self, self.buttons)
        hint = self.sizeHint()  # long partner names in the drop-downs would ask for more: 64 characters do
        resize_within_screen(self, min(hint.width(), 64 * self.fontMetrics().averageCharWidth()), hint.height())

    # -- values -----------------------------------------------------------------------------------------

    def _load(self, goal_id: str | None) -> None:
        a = self.action
        self.goal.setCurrentIndex(self.goal.findData(a.goal_id if a else goal_id) if (a or goal_id) else 0)
        self.status.setCurrentIndex(max(0, self.status.findData(a.status if a else ActionStatus.OPEN)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(a.priority if a else Priority.MEDIUM)))
        self.select_partner(a.partner_id if a else None)
        if a is None:
            return
        self.title.setText(a.title)
        self.owner.setEditText(a.owner)
        set_optional_date(self.has_start, self.start, a.start_date)
        set_optional_date(self.has_due, self.due, a.due_date)
        self.effort.setText(format_number(a.effort_days))
        self.cost.setText(format_number(a.cost_eur))
        self.notes.setPlainText(a.notes)

    def select_partner(self, partner_id: str | None) -> None:
        matches = self.names.match(self.names.index(1, 0), Qt.ItemDataRole.UserRole, partner_id, 1,
                                   Qt.MatchFlag.MatchExactly) if partner_id and self.names.rowCount() > 1 else []
        self.partner.setCurrentIndex(matches[0].row() if matches else 0)

    def _partner_id(self) -> str | None:
        """The partner typed or chosen (exact name, case-insensitive); None for "(none)", UNKNOWN for a typo."""
        text = self.partner.currentText().strip().casefold()
        if not text or text == self.names.item(0).text().casefold():
            return None
        for row in range(1, self.names.rowCount()):
            item = self.names.item(row)
            if item.text().casefold() == text:
                return item.data(Qt.ItemDataRole.UserRole)
        return UNKNOWN

    def values(self) -> dict:
        return {"title": self.title.text(), "owner": self.owner.currentText(),
                "start_date": self.start.date().toPython() if self.has_start.isChecked() else None,
                "due_date": self.due.date().toPython() if self.has_due.isChecked() else None,
                "status": self.status.currentData(), "priority": self.priority.currentData(),
                "effort_days": parse_number(self.effort.text()), "cost_eur": parse_number(self.cost.text()),
                "partner_id": self._partner_id(), "notes": self.notes.toPlainText()}

    def build_command(self):
        """The edit as one command, or None when nothing changed."""
        ws = self.controller.workspace
        goal_id = self.goal.currentData()
        if self.action is None:
            return goals.create_action(ws, goal_id, **self.values())
        a = self.action
        cleaned = goals.update_action(ws, a.id, goal_id=goal_id, **self.values()).changes
        changes = {k: v for k, v in cleaned.items() if k != "completed_on" and getattr(a, k) != v}
        self.edited = [EditedRow("action", a.id, a.title, a, self.version, changes)]
        return goals.update_action(ws, a.id, expected=self.version, **changes) if changes else None

    def _rebuild(self, versions: dict):
        self.version = versions.get(("action", self.action.id), self.version)
        return self.build_command()

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        if self._partner_id() is UNKNOWN:
            self._show_error("partner_id", self.tr("Choose a partner from the list."))
            self.partner.setFocus()
            return
        saved, command = submit(self, self.build_command, self.errors, FIELD_WIDGETS, "title", "actionTitle",
                                conflict=lambda _error: settle(self, self.edited, self._rebuild))
        if not saved:
            return
        if self.action is None:
            self.action_id = command.entity_id
        super().accept()

    def _show_error(self, field: str, text: str) -> None:
        show_error(self.errors, field, text)

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New action") if self.action is None
                            else self.tr("Action “%1”").replace("%1", self.action.title))
        texts = [self.tr("&Goal:"), self.tr("&Title:"), self.tr("Respo&nsible:"), self.tr("&Start:"), self.tr("D&ue:"),
                 self.tr("St&atus:"), self.tr("&Priority:"), self.tr("&Effort:"), self.tr("&Cost:"),
                 self.tr("Pa&rtner:"), self.tr("N&otes:")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        for combo, members in ((self.status, ActionStatus), (self.priority, Priority)):
            current = combo.currentData()
            combo.clear()
            for member in members:
                combo.addItem(term(member), member)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        none_selected = self._partner_id() is None
        self.names.item(0).setText(self.tr("(none)"))
        if none_selected:
            self.partner.setCurrentIndex(0)
            self.partner.setEditText(self.names.item(0).text())
        self.has_start.setText(self.tr("set"))
        self.has_due.setText(self.tr("set"))
        self.effort_unit.setText(self.tr("person-days"))
        self.owner.lineEdit().setPlaceholderText(self.tr("responsible person"))
        self.partner.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.effort.setPlaceholderText(format_number(2.5))
        done = self.action.completed_on if self.action else None
        self.completed.setText(self.tr("completed on %1").replace("%1", shown_day(done)) if done else "")
