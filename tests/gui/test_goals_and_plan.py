"""Goals, the action plan, the dashboard and the workbook round trip in the window, on the demo document."""

from __future__ import annotations

import re
from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from netzplaner.domain.enums import ActionStatus, Benefit, GoalStatus
from netzplaner.gui.common import ask
from netzplaner.gui.plan.action_model import NOT_DONE, STATUS
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.services import demo, goals, queries


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    win.documents.open_path(path)
    with qtbot.waitSignal(win.dashboard.checkFinished, timeout=20_000):
        pass
    yield win
    if win.controller is not None:
        win.documents._drop()
    win.close()
    win.deleteLater()


def test_a_document_opens_on_the_overview(window):
    assert window.tabs.currentWidget() is window.dashboard
    assert not window.relationship_dock.isVisible()  # the overview gets the room
    dashboard = window.dashboard
    lights = {str(card.dimension): card.light_colour for card in dashboard.cards.values()}
    # the demo's figures: good relationships and goals in the region and the topic, middling quality abroad
    assert lights == {"regional": "green", "thematic": "green", "international": "amber"}
    assert len(dashboard.recommendation_labels) > 0
    details = " ".join(card.findChild(QLabel, "cardDetails").text() for card in dashboard.cards.values())
    assert re.search(r"strength \d\.\d of 5", details) and not re.search(r"\d,\d", details)  # English decimals
    assert dashboard.chart.values["partners"] == [f.partners for f in dashboard.report.result.dimensions]
    # nothing inside the page scrolls on its own: the page scrolls once
    scrolling = [a for a in dashboard.findChildren(QAbstractScrollArea) if a is not dashboard.scroll
                 and a.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff]
    assert scrolling == []


def test_following_a_dashboard_recommendation_leads_to_its_partner(window):
    dashboard = window.dashboard
    label = next(x for x in dashboard.recommendation_labels if x.property("href").startswith("partner:"))
    partner_id = label.property("href").partition(":")[2]
    label.linkActivated.emit(label.property("href"))
    assert window.tabs.currentWidget() is window.partner_panel
    assert window.controller.selection.partner_ids == (partner_id,)
    assert window.relationship_dock.isVisible()


def test_following_an_overdue_action_and_a_goal(window):
    dashboard = window.dashboard
    label = dashboard.overdue_labels[0]
    label.linkActivated.emit(label.property("href"))
    plan = window.plan_panel
    assert window.tabs.currentWidget() is plan and plan.selected_ids() == [label.property("href").partition(":")[2]]
    goal = queries.list_goals(window.controller.workspace)[0]
    dashboard.goalRequested.emit(goal.id)
    assert window.tabs.currentWidget() is window.goal_panel and window.goal_panel.current_goal_id() == goal.id


def test_create_a_goal_with_actions_mark_one_done_and_undo(window):
    ctrl = window.controller
    ws = ctrl.workspace
    partner = queries.list_partners(ws)[1]
    goal_id = ctrl.run(goals.create_goal(ws, title="Zweitlieferant qualifizieren", benefit="resilience",
                                         dimension="international", partner_ids=[partner.id])).entity_id
    soon = date.today() + timedelta(days=20)
    first = ctrl.run(goals.create_action(ws, goal_id, title="Audit planen", owner="J. Ostertag",
                                         due_date=soon)).entity_id
    ctrl.run(goals.create_action(ws, goal_id, title="Muster bestellen", owner="J. Ostertag", due_date=soon))
    panel = window.goal_panel
    window.show_goal(goal_id)
    assert panel.actions.count() == 2 and panel.partners.item(0).text() == partner.name
    plan = window.plan_panel
    window.show_action(first)
    assert plan.selected_ids() == [first]
    plan.done_button.click()
    assert ws.get("action", first).status == ActionStatus.DONE
    assert ws.get("action", first).completed_on == date.today()
    assert plan.model.row_of(first) == -1  # the plan shows what is still to do
    ctrl.undo_stack.undo()
    assert ws.get("action", first).status == ActionStatus.OPEN and ws.get("action", first).completed_on is None
    assert plan.model.row_of(first) >= 0


def test_status_is_changed_in_the_table_as_one_undo_step(window):
    plan = window.plan_panel
    model = plan.model
    row = next(r for r in range(model.rowCount()) if model.action_at(r).status == ActionStatus.OPEN)
    action_id = model.action_at(row).id
    count = window.controller.undo_stack.count()
    assert model.setData(model.index(row, STATUS), "blocked")
    assert window.controller.workspace.get("action", action_id).status == ActionStatus.BLOCKED
    assert window.controller.undo_stack.count() == count + 1
    window.controller.undo_stack.undo()
    assert window.controller.workspace.get("action", action_id).status == ActionStatus.OPEN


def test_filters_of_the_plan(window):
    """Each filter shows exactly the actions it names, counted from the document rather than from the model."""
    plan, model = window.plan_panel, window.plan_panel.model
    ws, today = window.controller.workspace, model.today
    actions = queries.list_actions(ws)
    goal_status = {g.id: g.status for g in queries.list_goals(ws)}

    def shown() -> list[str]:
        return sorted(a.id for a in model.visible_actions())

    def ids(wanted) -> list[str]:
        found = sorted(a.id for a in actions if wanted(a))
        assert found, "the demo has no such action: the filter would be tested on nothing"
        return found

    assert model.status == NOT_DONE and shown() == ids(lambda a: a.status != ActionStatus.DONE)
    plan.overdue_filter.setChecked(True)
    assert shown() == ids(lambda a: a.due_date is not None and a.due_date < today and a.status != ActionStatus.DONE
                          and goal_status[a.goal_id] in (GoalStatus.PLANNED, GoalStatus.ACTIVE))
    assert len(shown()) == model.overdue_count()
    plan.overdue_filter.setChecked(False)
    plan.status_filter.setCurrentIndex(0)  # all states
    assert shown() == ids(lambda a: True)
    owner = model.owners()[0]
    plan.owner_filter.setCurrentIndex(plan.owner_filter.findData(owner))
    assert shown() == ids(lambda a: a.owner == owner)
    plan.owner_filter.setCurrentIndex(0)
    plan.month_filter.setChecked(True)
    assert shown() == ids(lambda a: a.due_date is not None and (a.due_date.year, a.due_date.month)
                          == (today.year, today.month))
    assert "overdue" in plan.count.text()


def test_goal_filters_and_partners_on_the_map(window, qtbot):
    panel = window.goal_panel
    panel.benefit_filter.setCurrentIndex(panel.benefit_filter.findData(Benefit.INNOVATION))
    shown = [panel.model.goal_at(r) for r in range(panel.model.rowCount())]
    assert shown and all(g.benefit == Benefit.INNOVATION for g in shown)
    panel.benefit_filter.setCurrentIndex(0)
    goal = next(g for g in queries.list_goals(window.controller.workspace) if g.partner_ids)
    window.show_goal(goal.id)
    panel.map_button.click()
    assert window.tabs.currentWidget() is window.map_host
    qtbot.waitUntil(lambda: window.map_panel.data is not None)
    assert set(window.controller.selection.partner_ids) == set(goal.partner_ids)
    assert sorted(window.map_panel.view.selected) == sorted(window.map_panel.data.index[p] for p in goal.partner_ids)


def test_goals_of_a_partner(window):
    goal = next(g for g in queries.list_goals(window.controller.workspace) if g.partner_ids)
    partner_id = sorted(goal.partner_ids)[0]
    window.controller.selection.set_partners([partner_id])
    window.act_partner_goals.trigger()
    panel = window.goal_panel
    assert window.tabs.currentWidget() is panel
    shown = [panel.model.goal_at(r) for r in range(panel.model.rowCount())]
    assert goal in shown and all(partner_id in g.partner_ids for g in shown)


def test_board_workbook_round_trip_in_the_window(window, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    written = []
    monkeypatch.setattr(ask, "info", lambda parent, title, text: written.append(text))
    task = window.export_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert written and target.exists()
    book = openpyxl.load_workbook(target)
    assert "Action plan" in book.sheetnames and "Network map" in book.sheetnames  # the UI language (English)
    sheet = book["Action plan"]
    header = [c.value for c in sheet[1]]
    status_col, id_col = header.index("Status") + 1, next(i for i, v in enumerate(header, 1) if v == "ID")
    open_row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, status_col).value == "Open")
    action_id = sheet.cell(open_row, id_col).value
    sheet.cell(open_row, status_col).value = "Done"
    book.save(target)
    monkeypatch.setattr(ask, "open_path", lambda *args: str(target))
    monkeypatch.setattr("netzplaner.gui.exchange.workbook_actions.ImportPreview.exec", lambda dialog: 1)
    count = window.controller.undo_stack.count()
    task = window.import_workbook()  # read and compared on the worker
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert task.applied
    assert window.controller.workspace.get("action", action_id).status == ActionStatus.DONE
    assert window.controller.undo_stack.count() == count + 1
    window.controller.undo_stack.undo()
    assert window.controller.workspace.get("action", action_id).status == ActionStatus.OPEN


def test_a_damaged_workbook_is_one_sentence_and_changes_nothing(window, tmp_path, monkeypatch, qtbot):
    bad = tmp_path / "kaputt.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    errors = []
    monkeypatch.setattr(ask, "open_path", lambda *args: str(bad))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    before = window.controller.undo_stack.count()
    task = window.import_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert not task.applied
    assert len(errors) == 1 and "kaputt.xlsx" in errors[0] and window.controller.undo_stack.count() == before
