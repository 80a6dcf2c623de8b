"""Create or edit a collaboration goal with its linked partners and KPI; one OK is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Goal
from ...domain.enums import Benefit, Dimension, GoalStatus, Priority
from ...services import goals, queries
from ..common.read_only_form import show_read_only
from ..shell.controller import DocumentController
from ..common.i18n import Retranslating, term
from ..common.form_errors import show_error, submit
from ..shell.screen_fit import VerticalScrollArea, resize_for_font
from ..team.conflict_dialog import EditedRow, settle

FIELD_WIDGETS = {"title": "goalTitle", "description": "goalDescription", "benefit": "goalBenefit",
                 "dimension": "goalDimension", "partner_ids": "goalPartners", "owner": "goalOwner",
                 "priority": "goalPriority", "status": "goalStatus", "target_date": "goalTargetDate",
                 "kpi_name": "goalKpiName", "kpi_unit": "goalKpiUnit", "kpi_baseline": "goalKpiBaseline",
                 "kpi_target": "goalKpiTarget", "kpi_current": "goalKpiCurrent"}


# -- helpers shared with the action dialog ------------------------------------------------------------------

def parse_number(text: str) -> float | str | None:
    """A number typed in the UI language ("12,5" or "1.234,5" in German); the raw text when it is none, so the
    service names the problem in its own sentence."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), objectName=object_name, calendarPopup=True, displayFormat="dd.MM.yyyy")
    edit.setLocale(QLocale())  # the calendar speaks the UI language
    return edit


def optional_date(check_name: str, edit_name: str) -> tuple[QCheckBox, QDateEdit, QHBoxLayout]:
    """A date that may be left out: a check box enabling a date edit."""
    check, edit, row = QCheckBox(objectName=check_name), date_edit(edit_name), QHBoxLayout()
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    row.addWidget(check)
    row.addWidget(edit, 1)
    return check, edit, row


def set_optional_date(check: QCheckBox, edit: QDateEdit, value) -> None:
    check.setChecked(value is not None)
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))


def owner_combo(ws, object_name: str) -> QComboBox:
    """An editable combo offering the owners already named in the document's goals and actions."""
    combo = QComboBox(objectName=object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    owners = {x.owner.strip() for x in [*queries.list_goals(ws), *queries.list_actions(ws)] if x.owner.strip()}
    combo.addItems(sorted(owners, key=str.casefold))
    combo.setEditText("")
    return combo


def error_label(field: str) -> QLabel:
    label = QLabel(objectName=f"error_{field}", wordWrap=True)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


class GoalDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, goal_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.controller = controller
        self.goal_id = goal_id
        ws = controller.workspace
        self.version = queries.versions(ws, "goal", [goal_id]).get(goal_id) if goal_id else None  # before the row
        self.goal: Goal | None = ws.get("goal", goal_id) if goal_id else None
        self.edited: list[EditedRow] = []
        linked = self.goal.partner_ids if self.goal else frozenset()

        self.title = QLineEdit(objectName="goalTitle")
        self.title.setMinimumWidth(320)
        self.description = QPlainTextEdit(objectName="goalDescription")
        self.description.setMinimumHeight(80)  # takes the height the partner list gives the dialog
        self.benefit = QComboBox(objectName="goalBenefit")
        self.dimension = QComboBox(objectName="goalDimension")
        self.owner = owner_combo(ws, "goalOwner")
        self.priority = QComboBox(objectName="goalPriority")
        self.status = QComboBox(objectName="goalStatus")
        self.has_target, self.target_date, target_row = optional_date("goalHasTargetDate", "goalTargetDate")
        self.partner_filter = QLineEdit(objectName="goalPartnerFilter", clearButtonEnabled=True)
        self.partner_list = QListWidget(objectName="goalPartners")
        self.partner_count = QLabel(objectName="goalPartnerCount")
        partners = [p for p in queries.list_partners(ws) if not p.archived or p.id in linked]
        for p in sorted(partners, key=lambda p: (not p.is_own_firm, p.name.casefold())):
            item = QListWidgetItem(p.name, self.partner_list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in linked else Qt.CheckState.Unchecked)
            if p.is_own_firm:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.partner_filter.textChanged.connect(self._filter_partners)
        self.partner_list.itemChanged.connect(lambda _item: self._count_partners())
        self.kpi_name = QLineEdit(objectName="goalKpiName")
        self.kpi_unit = QLineEdit(objectName="goalKpiUnit")
        self.kpi_unit.setMaximumWidth(120)
        self.kpi_numbers = {f: QLineEdit(objectName=FIELD_WIDGETS[f])
                            for f in ("kpi_baseline", "kpi_target", "kpi_current")}
        for edit in self.kpi_numbers.values():
            edit.setMaximumWidth(160)
            edit.textChanged.connect(lambda _text: self._update_progress())
        self.progress = QProgressBar(objectName="kpiProgress")
        self.progress.setRange(0, 100)

        self.errors: dict[str, QLabel] = {}
        self.labels: list[QLabel] = []
        self.goal_group = QGroupBox(objectName="goalGroup")
        self.form = QFormLayout(self.goal_group)
        self._rows(self.form, (("title", self.title), ("description", self.description), ("benefit", self.benefit),
                               ("dimension", self.dimension), ("owner", self.owner), ("priority", self.priority),
                               ("status", self.status), ("target_date", target_row)))
        self.partner_group = QGroupBox(objectName="goalPartnerGroup")
        partner_layout = QVBoxLayout(self.partner_group)
        partner_layout.addWidget(self.partner_filter)
        partner_layout.addWidget(self.partner_list, 1)
        partner_layout.addWidget(self.partner_count)
        self.errors["partner_ids"] = error_label("partner_ids")
        partner_layout.addWidget(self.errors["partner_ids"])
        self.kpi_group = QGroupBox(objectName="goalKpiGroup")
        self.kpi_form = QFormLayout(self.kpi_group)
        self._rows(self.kpi_form, (("kpi_name", self.kpi_name), ("kpi_unit", self.kpi_unit),
                                   *self.kpi_numbers.items(), ("kpi_progress", self.progress)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("goalOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.partner_group, 1)
        right.addWidget(self.kpi_group)
        columns = QHBoxLayout()
        columns.addWidget(VerticalScrollArea(self.goal_group), 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        order = [self.title, self.description, self.benefit, self.dimension, self.owner, self.priority, self.status,
                 self.has_target, self.target_date, self.partner_filter, self.partner_list, self.kpi_name,
                 self.kpi_unit, *self.kpi_numbers.values()]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        resize_for_font(self, 1040, 600)
        self.retranslate()
        self._load()
        if controller.read_only:
            show_read_only(self, self.buttons)

    def _rows(self, form: QFormLayout, rows) -> None:
        for field, widget in rows:
            label = QLabel()
            label.setBuddy(widget if isinstance(widget, QWidget) else self.has_target)
            self.labels.append(label)
            form.addRow(label, widget)
            if field != "kpi_progress":
                self.errors[field] = error_label(field)
                form.addRow(self.errors[field])

    # -- values -----------------------------------------------------------------------------------------

    def _load(self) -> None:
        g = self.goal
        for combo, value in ((self.benefit, g.benefit if g else Benefit.RESILIENCE),
                             (self.dimension, g.dimension if g else None),
                             (self.priority, g.priority if g else Priority.MEDIUM),
                             (self.status, g.status if g else GoalStatus.PLANNED)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if g is not None:
            self.title.setText(g.title)
            self.title.setCursorPosition(0)  # a long title shows its beginning
            self.description.setPlainText(g.description)
            self.owner.setEditText(g.owner)
            set_optional_date(self.has_target, self.target_date, g.target_date)
            self.kpi_name.setText(g.kpi_name)
            self.kpi_unit.setText(g.kpi_unit)
            for field, edit in self.kpi_numbers.items():
                edit.setText(format_number(getattr(g, field)))
        self._count_partners()
        self._update_progress()

    def partner_ids(self) -> frozenset[str]:
        items = (self.partner_list.item(row) for row in range(self.partner_list.count()))
        return frozenset(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_partners_checked(self, partner_ids) -> None:
        """Tick exactly these partners (used by tests and scripts)."""
        for row in range(self.partner_list.count()):
            item = self.partner_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in partner_ids
                               else Qt.CheckState.Unchecked)

    def _filter_partners(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.partner_list.count()):
            item = self.partner_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _count_partners(self) -> None:
        self.partner_count.setText(self.tr("%n partner(s) linked", "", len(self.partner_ids())))

    def values(self) -> dict:
        target = self.target_date.date().toPython() if self.has_target.isChecked() else None
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "benefit": self.benefit.currentData(), "dimension": self.dimension.currentData(),
                "owner": self.owner.currentText(), "priority": self.priority.currentData(),
                "status": self.status.currentData(), "target_date": target, "kpi_name": self.kpi_name.text(),
                "kpi_unit": self.kpi_unit.text(), "partner_ids": self.partner_ids(),
                **{field: parse_number(edit.text()) for field, edit in self.kpi_numbers.items()}}

    def _update_progress(self) -> None:
        numbers = {f: parse_number(e.text()) for f, e in self.kpi_numbers.items()}
        numbers = {f: v if isinstance(v, float) else None for f, v in numbers.items()}
        share = Goal(id="", title="", benefit=Benefit.RESILIENCE, **numbers).kpi_progress
        if share is None:
            self.progress.reset()
            self.progress.setFormat("")
            self.progress.setToolTip(self.tr("Enter baseline, target and current value to see the progress."))
        else:
            self.progress.setValue(round(share * 100))
            # the bar says the share; the sentence, too long for the bar at 14 pt, is its tool tip
            self.progress.setFormat(self.tr("%p%"))
            self.progress.setToolTip(self.tr("%p% of the way from baseline to target").replace(
                "%p", str(self.progress.value())))

    def build_command(self):
        """The edit as one command, or None when nothing changed."""
        ws = self.controller.workspace
        if self.goal is None:
            return goals.create_goal(ws, **self.values())
        cleaned = goals.update_goal(ws, self.goal.id, **self.values()).changes
        changes = {k: v for k, v in cleaned.items() if getattr(self.goal, k) != v}
        self.edited = [EditedRow("goal", self.goal.id, self.goal.title, self.goal, self.version, changes)]
        return goals.update_goal(ws, self.goal.id, expected=self.version, **changes) if changes else None

    def _rebuild(self, versions: dict):
        self.version = versions.get(("goal", self.goal.id), self.version)
        return self.build_command()

    def accept(self) -> None:
        saved, command = submit(self, self.build_command, self.errors, FIELD_WIDGETS, "title", "goalTitle",
                                conflict=lambda _error: settle(self, self.edited, self._rebuild))
        if not saved:
            return
        if self.goal is None:
            self.goal_id = command.entity_id
        super().accept()

    def _show_error(self, field: str, text: str) -> None:
        show_error(self.errors, field, text)

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New goal") if self.goal is None
                            else self.tr("Goal “%1”").replace("%1", self.goal.title))
        self.goal_group.setTitle(self.tr("Goal"))
        self.partner_group.setTitle(self.tr("Linked partners"))
        self.kpi_group.setTitle(self.tr("Key figure (KPI)"))
        texts = [self.tr("&Title:"), self.tr("&Description:"), self.tr("&Benefit:"), self.tr("Net&work:"),
                 self.tr("&Responsible:"), self.tr("&Priority:"), self.tr("&Status:"), self.tr("Target dat&e:"),
                 self.tr("&KPI:"), self.tr("&Unit:"), self.tr("B&aseline:"), self.tr("Tar&get:"),
                 self.tr("&Current value:"), self.tr("Progress:")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        for combo, members in ((self.benefit, list(Benefit)), (self.dimension, [None, *Dimension]),
                               (self.priority, list(Priority)), (self.status, list(GoalStatus))):
            current = combo.currentData()
            combo.clear()
            for member in members:
                combo.addItem(term(member) if member is not None else self.tr("(none)"), member)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.has_target.setText(self.tr("set"))
        self.partner_filter.setPlaceholderText(self.tr("Type to filter partners…"))
        self.owner.lineEdit().setPlaceholderText(self.tr("responsible person"))
        self.kpi_name.setPlaceholderText(self.tr("e.g. share of regional suppliers"))
        self.kpi_unit.setPlaceholderText(self.tr("e.g. %"))
        for edit in self.kpi_numbers.values():
            edit.setPlaceholderText(format_number(12.5))
        self._count_partners()
        self._update_progress()
