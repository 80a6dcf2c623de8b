"""The action timeline: rows grouped by goal, bar geometry, overdue flag, clicks, German months, 10,000 actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from netzplaner.domain.entities import Action, Goal
from netzplaner.domain.enums import ActionStatus, Benefit, GoalStatus, Priority
from netzplaner.gui.plan import action_model
from netzplaner.gui.common import i18n
from netzplaner.gui.plan import timeline_view
from netzplaner.gui.plan.timeline_view import TimelineView

TODAY = date(2025, 6, 16)
GOALS = {"g1": "Fachkräfte sichern", "g2": "Lieferkette absichern"}


def _action(id_, goal="g1", start=None, due=None, status=ActionStatus.OPEN, title=None):
    return Action(id=id_, goal_id=goal, title=title or f"Maßnahme {id_}", owner="Anna Keller",
                  start_date=start, due_date=due, status=status, priority=Priority.MEDIUM)


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    widget.set_actions([
        _action("kickoff", start=date(2025, 3, 3), due=date(2025, 3, 14), status=ActionStatus.DONE,
                title="Kick-off mit Hochschule Zollernalb"),
        _action("audit", goal="g2", start=date(2025, 4, 7), due=date(2025, 5, 30), title="Lieferantenaudit Ningbo"),
        _action("contract", start=date(2025, 4, 1), due=date(2025, 7, 31), status=ActionStatus.IN_PROGRESS),
        _action("fair", due=date(2025, 9, 20)),
        _action("stock", goal="g2", start=date(2025, 6, 2)),
        _action("training", title="Schulung OPC UA"),
    ], GOALS, TODAY)
    return widget


def test_rows_are_grouped_by_goal_in_date_order_and_undated_actions_are_listed(view):
    assert view.objectName() == "actionTimeline"
    assert view.row_texts() == [
        "Fachkräfte sichern", "Kick-off mit Hochschule Zollernalb", "Maßnahme contract", "Maßnahme fair",
        "Schulung OPC UA", "Lieferkette absichern", "Lieferantenaudit Ningbo", "Maßnahme stock"]
    assert view.bar_rect("training").isEmpty()
    assert view.bar_rect("unknown").isEmpty()


def test_bar_geometry_follows_the_dates(view):
    kickoff, contract = view.bar_rect("kickoff"), view.bar_rect("contract")
    assert contract.right() > kickoff.right() + 100  # due 31 July lies months right of 14 March
    assert contract.left() > kickoff.left()           # starts 1 April, after 3 March
    assert contract.top() > kickoff.top()             # its own row below
    # a milestone (due only) is small and centred on its due day; an open end is drawn as a bar
    assert view.bar_rect("fair").width() < 20
    assert view.bar_rect("fair").center().x() > contract.right()
    assert view.bar_rect("stock").width() > 30


def test_a_later_due_date_moves_the_bar_right(view):
    before = view.bar_rect("audit").right()
    view.set_actions([_action("audit", goal="g2", start=date(2025, 4, 7), due=date(2025, 6, 30))], GOALS, TODAY)
    assert view.bar_rect("audit").right() > before + 50


def test_overdue_actions_are_flagged_but_not_done_ones(view):
    assert view.is_overdue("audit")          # due 30 May, open, today 16 June
    assert not view.is_overdue("kickoff")    # done
    assert not view.is_overdue("contract")   # due later
    assert not view.is_overdue("training")   # no due date


def test_nothing_is_overdue_under_a_dropped_or_achieved_goal(view):
    """The timeline asks the one rule (domain.plan.is_overdue), as the table, the check and the workbook do."""
    audit = _action("audit", goal="g2", start=date(2025, 4, 7), due=date(2025, 5, 30))
    for status, overdue in ((GoalStatus.ACTIVE, True), (GoalStatus.DROPPED, False), (GoalStatus.ACHIEVED, False)):
        view.set_actions([audit], GOALS, TODAY, {"g2": status})
        assert view.is_overdue("audit") is overdue, status
        goal = Goal("g2", GOALS["g2"], Benefit.RESILIENCE, status=status)
        assert action_model.is_overdue(audit, goal, TODAY) is overdue, status  # the action plan's table


def test_click_selects_and_double_click_activates(view, qtbot):
    centre = view.bar_rect("contract").center().toPoint()
    with qtbot.waitSignal(view.actionSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert selected.args == ["contract"]
    assert view.selected_action() == "contract"
    with qtbot.waitSignal(view.actionActivated) as activated:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_rect("audit").center().toPoint())
    assert activated.args == ["audit"]


def test_clicking_empty_chart_or_a_goal_row_emits_nothing(view, qtbot):
    received = []
    view.actionSelected.connect(received.append)
    bar = view.bar_rect("kickoff")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(bar.right()) + 300, int(bar.center().y())))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, int(bar.top()) - 20))  # goal title
    assert received == []


def _tooltip_at(view, shown: list[str], pos: QPoint) -> str:
    """The text the view shows on hover at ``pos`` ("" when it hides the tooltip)."""
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    return shown[-1]


@pytest.fixture
def tooltips(monkeypatch):
    """Record what the view passes to QToolTip (the real one hides with a delay offscreen)."""
    shown: list[str] = []

    class Recorder:
        @staticmethod
        def showText(pos, text, widget=None):
            shown.append(text)

        @staticmethod
        def hideText():
            shown.append("")

    monkeypatch.setattr(timeline_view, "QToolTip", Recorder)
    return shown


def test_tooltip_names_goal_owner_dates_and_status_in_german(view, tooltips):
    i18n.install("de")
    text = _tooltip_at(view, tooltips, view.bar_rect("audit").center().toPoint())
    assert "Lieferantenaudit Ningbo" in text and "Lieferkette absichern" in text and "Anna Keller" in text
    assert "07.04.2025" in text and "30.05.2025" in text and "Offen" in text
    assert "17" in text  # days overdue
    assert _tooltip_at(view, tooltips, QPoint(view.width() - 40, int(view.bar_rect("kickoff").center().y()))) == ""


def test_month_header_follows_the_language(view):
    assert view.month_labels()[:2] == ["Feb 2025", "Mar"]
    i18n.install("de")
    labels = view.month_labels()
    assert labels[0] == "Feb 2025"
    assert "Mär" in labels and "Mai" in labels and "Okt" not in labels[:8]
    view.grab()  # paints with German names


def test_the_year_is_shown_when_it_changes(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_actions([_action("a", start=date(2025, 11, 20), due=date(2026, 2, 10))], GOALS, date(2025, 12, 1))
    assert view.month_labels() == ["Nov 2025", "Dec", "Jan 2026", "Feb"]


def test_ten_thousand_actions_load_and_paint_only_visible_rows(qtbot, monkeypatch):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    actions = [_action(f"a{i}", goal=f"g{i % 40}", start=TODAY + timedelta(days=i % 400),
                       due=TODAY + timedelta(days=i % 400 + 5 + i % 30), status=list(ActionStatus)[i % 4])
               for i in range(10_000)]
    view.set_actions(actions, {f"g{i}": f"Ziel {i}" for i in range(40)}, TODAY)
    assert len(view.row_texts()) == 10_040
    painted = []
    paint_row = view._paint_row_chart
    monkeypatch.setattr(view, "_paint_row_chart", lambda p, row, w: (painted.append(row), paint_row(p, row, w)))
    view.grab()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.grab()
    assert 0 < len(painted) < 100 and max(painted) == 10_039  # only the visible rows, the last one among them
