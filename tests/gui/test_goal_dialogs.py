"""Goals and actions through their dialogs: create, edit, KPI progress, errors next to the field, one undo step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QProgressBar

from netzplaner.domain.enums import ActionStatus, Benefit, Dimension, GoalStatus, Priority
from netzplaner.gui.common import i18n
from netzplaner.gui.plan.action_dialog import ActionDialog
from netzplaner.gui.plan.goal_dialog import GoalDialog
from netzplaner.services import goals, partners, queries
from tests.conftest import dump_state


@pytest.fixture
def net(controller):
    ws = controller.workspace
    for name in ("Hochschule Nord", "Stahl Eyach", "Schleifmittel Thurgau"):
        ws.apply(partners.create_partner(ws, name=name, kind="company"))
    ids = {p.name: p.id for p in queries.list_partners(ws)}
    ids["own"] = ws.own_firm_id
    return controller, ids


@pytest.fixture
def goal(net):
    controller, ids = net
    ws = controller.workspace
    ws.apply(goals.create_goal(ws, title="Zweite Stahlquelle", benefit="resilience", owner="Frau Keller",
                               partner_ids=[ids["Stahl Eyach"]], kpi_name="Lieferanten", kpi_baseline=1,
                               kpi_target=3, kpi_current=1))
    return controller, ids, queries.list_goals(ws)[0]


def choose(dialog, name: str, value) -> None:
    combo = dialog.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(value))


def visible_errors(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.objectName().startswith("error_")
            and not label.isHidden()]


def test_create_goal_with_partners_and_kpi_is_one_undo_step(net, qtbot):
    controller, ids = net
    ws = controller.workspace
    before = dump_state(ws)
    dialog = GoalDialog(controller, None)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QListWidget, "goalPartners").count() == 4  # the own firm is listed too
    dialog.findChild(QLineEdit, "goalTitle").setText("Forschung mit der Hochschule")
    choose(dialog, "goalBenefit", Benefit.INNOVATION)
    choose(dialog, "goalDimension", Dimension.THEMATIC)
    choose(dialog, "goalPriority", Priority.HIGH)
    choose(dialog, "goalStatus", GoalStatus.ACTIVE)
    dialog.findChild(QComboBox, "goalOwner").setEditText("Herr Maier")
    dialog.findChild(QCheckBox, "goalHasTargetDate").setChecked(True)
    dialog.findChild(QDateEdit, "goalTargetDate").setDate(QDate(2027, 6, 30))
    dialog.findChild(QLineEdit, "goalPartnerFilter").setText("hoch")
    listed = dialog.findChild(QListWidget, "goalPartners")
    assert [listed.item(r).text() for r in range(listed.count()) if not listed.item(r).isHidden()] == [
        "Hochschule Nord"]
    dialog.set_partners_checked({ids["Hochschule Nord"], ids["own"]})
    dialog.findChild(QLineEdit, "goalKpiName").setText("Gemeinsame Projekte")
    dialog.findChild(QLineEdit, "goalKpiUnit").setText("Anzahl")
    dialog.findChild(QLineEdit, "goalKpiBaseline").setText("0")
    dialog.findChild(QLineEdit, "goalKpiTarget").setText("4")
    dialog.findChild(QLineEdit, "goalKpiCurrent").setText("1,5")  # the German decimal comma
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [stored] = queries.list_goals(ws)
    assert stored.id == dialog.goal_id
    assert (stored.title, stored.benefit, stored.dimension, stored.priority, stored.status, stored.owner) == (
        "Forschung mit der Hochschule", Benefit.INNOVATION, Dimension.THEMATIC, Priority.HIGH, GoalStatus.ACTIVE,
        "Herr Maier")
    assert stored.target_date == date(2027, 6, 30)
    assert stored.partner_ids == {ids["Hochschule Nord"], ids["own"]}
    assert (stored.kpi_name, stored.kpi_unit, stored.kpi_baseline, stored.kpi_target, stored.kpi_current) == (
        "Gemeinsame Projekte", "Anzahl", 0.0, 4.0, 1.5)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert queries.list_goals(ws) == [] and dump_state(ws) == before


def test_kpi_bar_follows_typing(net, qtbot):
    controller, _ids = net
    dialog = GoalDialog(controller, None)
    qtbot.addWidget(dialog)
    bar = dialog.findChild(QProgressBar, "kpiProgress")
    assert bar.text() == ""  # no KPI yet
    dialog.findChild(QLineEdit, "goalKpiBaseline").setText("10")
    dialog.findChild(QLineEdit, "goalKpiTarget").setText("20")
    assert bar.text() == ""
    dialog.findChild(QLineEdit, "goalKpiCurrent").setText("12,5")
    assert bar.value() == 25 and bar.text().startswith("25%")
    dialog.findChild(QLineEdit, "goalKpiCurrent").setText("30")  # beyond the target: clamped
    assert bar.value() == 100
    dialog.findChild(QLineEdit, "goalKpiCurrent").setText("abc")
    assert bar.text() == ""


def test_edit_goal(goal, qtbot):
    controller, ids, stored = goal
    ws = controller.workspace
    dialog = GoalDialog(controller, stored.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "goalTitle").text() == "Zweite Stahlquelle"
    assert dialog.partner_ids() == {ids["Stahl Eyach"]}
    assert dialog.findChild(QProgressBar, "kpiProgress").value() == 0
    assert dialog.findChild(QCheckBox, "goalHasTargetDate").isChecked() is False
    dialog.ok_button.click()  # nothing changed: nothing on the stack
    assert controller.undo_stack.count() == 0
    dialog = GoalDialog(controller, stored.id)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "goalKpiCurrent").setText("2")
    assert dialog.findChild(QProgressBar, "kpiProgress").value() == 50
    dialog.set_partners_checked({ids["Stahl Eyach"], ids["Schleifmittel Thurgau"]})
    choose(dialog, "goalStatus", GoalStatus.ACTIVE)
    dialog.ok_button.click()
    edited = ws.get("goal", stored.id)
    assert (edited.kpi_current, edited.status, edited.title) == (2.0, GoalStatus.ACTIVE, "Zweite Stahlquelle")
    assert edited.partner_ids == {ids["Stahl Eyach"], ids["Schleifmittel Thurgau"]}
    assert edited.kpi_progress == 0.5
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert ws.get("goal", stored.id).kpi_current == 1.0


@pytest.mark.parametrize("field, widget, text, sentence", [
    ("title", "goalTitle", "", "Title must not be empty."),
    ("kpi_current", "goalKpiCurrent", "abc", "Current value must be a number, not “abc”."),
])
def test_bad_goal_input_shows_one_sentence_and_writes_nothing(net, qtbot, field, widget, text, sentence):
    controller, _ids = net
    ws = controller.workspace
    before = dump_state(ws)
    dialog = GoalDialog(controller, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "goalTitle").setText("Ein Ziel")
    dialog.findChild(QLineEdit, widget).setText(text)
    dialog.ok_button.click()
    assert visible_errors(dialog) == [sentence]
    assert not dialog.findChild(QLabel, f"error_{field}").isHidden()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.goal_id is None
    assert dump_state(ws) == before and controller.undo_stack.count() == 0


def test_create_action_for_a_goal(goal, qtbot):
    controller, ids, stored = goal
    ws = controller.workspace
    dialog = ActionDialog(controller, None, goal_id=stored.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "actionGoal").currentData() == stored.id
    owner = dialog.findChild(QComboBox, "actionOwner")
    assert [owner.itemText(i) for i in range(owner.count())] == ["Frau Keller"]  # owners already used
    assert dialog.findChild(QComboBox, "actionPartner").currentText() == "(none)"
    dialog.findChild(QLineEdit, "actionTitle").setText("Angebot einholen")
    owner.setEditText("Frau Keller")
    dialog.findChild(QCheckBox, "actionHasStart").setChecked(True)
    dialog.findChild(QDateEdit, "actionStart").setDate(QDate(2026, 5, 4))
    dialog.findChild(QCheckBox, "actionHasDue").setChecked(True)
    dialog.findChild(QDateEdit, "actionDue").setDate(QDate(2026, 6, 30))
    choose(dialog, "actionPriority", Priority.HIGH)
    dialog.findChild(QLineEdit, "actionEffort").setText("2,5")
    dialog.findChild(QLineEdit, "actionCost").setText("1200")
    dialog.findChild(QComboBox, "actionPartner").setEditText("schleifmittel thurgau")
    dialog.ok_button.click()
    assert visible_errors(dialog) == []
    action = ws.get("action", dialog.action_id)
    assert (action.goal_id, action.title, action.owner, action.start_date, action.due_date, action.priority,
            action.status, action.effort_days, action.cost_eur, action.partner_id) == (
        stored.id, "Angebot einholen", "Frau Keller", date(2026, 5, 4), date(2026, 6, 30), Priority.HIGH,
        ActionStatus.OPEN, 2.5, 1200.0, ids["Schleifmittel Thurgau"])
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert queries.list_actions(ws) == []


def test_german_numbers_in_german(goal, qtbot):
    controller, _ids, stored = goal
    i18n.install("de")
    dialog = ActionDialog(controller, None, goal_id=stored.id)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "actionTitle").setText("Workshop")
    dialog.findChild(QLineEdit, "actionCost").setText("1.234,5")
    dialog.ok_button.click()
    assert controller.workspace.get("action", dialog.action_id).cost_eur == 1234.5


def test_edit_action_to_done_sets_completed_on(goal, qtbot):
    controller, _ids, stored = goal
    ws = controller.workspace
    ws.apply(goals.create_action(ws, stored.id, title="Lieferantentag", cost_eur=1500))
    [action] = queries.list_actions(ws)
    dialog = ActionDialog(controller, action.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "actionCost").text() == "1500"
    choose(dialog, "actionStatus", ActionStatus.DONE)
    dialog.ok_button.click()
    done = ws.get("action", action.id)
    assert (done.status, done.completed_on, done.cost_eur) == (ActionStatus.DONE, date.today(), 1500.0)
    assert controller.undo_stack.count() == 1
    again = ActionDialog(controller, action.id)
    qtbot.addWidget(again)
    assert again.findChild(QLabel, "actionCompletedOn").text() == \
        f"completed on {date.today().isoformat()}"  # the English window writes ISO dates
    controller.undo_stack.undo()
    assert ws.get("action", action.id).completed_on is None


def test_due_before_start_is_refused(goal, qtbot):
    controller, _ids, stored = goal
    ws = controller.workspace
    before = dump_state(ws)
    dialog = ActionDialog(controller, None, goal_id=stored.id)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "actionTitle").setText("Vertrag")
    dialog.findChild(QCheckBox, "actionHasStart").setChecked(True)
    dialog.findChild(QDateEdit, "actionStart").setDate(QDate(2026, 7, 1))
    dialog.findChild(QCheckBox, "actionHasDue").setChecked(True)
    dialog.findChild(QDateEdit, "actionDue").setDate(QDate(2026, 6, 1))
    dialog.ok_button.click()
    assert visible_errors(dialog) == ["The due date (01.06.2026) lies before the start (01.07.2026)."]
    assert not dialog.findChild(QLabel, "error_due_date").isHidden()
    assert dump_state(ws) == before and dialog.action_id is None


def test_unknown_partner_name_is_refused(goal, qtbot):
    controller, _ids, stored = goal
    dialog = ActionDialog(controller, None, goal_id=stored.id)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "actionTitle").setText("Besuch")
    dialog.findChild(QComboBox, "actionPartner").setEditText("Niemand GmbH")
    dialog.ok_button.click()
    assert visible_errors(dialog) == ["Choose a partner from the list."]
    assert queries.list_actions(controller.workspace) == []


def test_dialogs_retranslate(goal, qtbot):
    controller, _ids, stored = goal
    dialog = ActionDialog(controller, None, goal_id=stored.id)
    qtbot.addWidget(dialog)
    i18n.install("de")
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert dialog.findChild(QComboBox, "actionStatus").currentText() == "Offen"
    goal_dialog = GoalDialog(controller, stored.id)
    qtbot.addWidget(goal_dialog)
    assert goal_dialog.findChild(QComboBox, "goalBenefit").currentText() == "Resilienz"
