"""The four list tables on their shared base: headers in their order, the id role, and every column sorting by the
key its sort role shows, both ways."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from netzplaner.gui.plan.action_model import ActionTableModel
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.gui.plan.goal_model import GoalTableModel
from netzplaner.gui.partners.partner_model import PartnerTableModel
from netzplaner.gui.partners.relationship_model import RelationshipTableModel
from netzplaner.gui.common.table_model import IdRole, SortRole
from netzplaner.services import demo
from netzplaner.services.workspace import Workspace

HEADERS = {
    PartnerTableModel: ["Name", "Kind", "Networks", "City", "Country", "Industry", "Tags"],
    RelationshipTableModel: ["Partner", "With", "Kind", "Strength", "Quality", "Assessed"],
    GoalTableModel: ["Goal", "Benefit", "Network", "Status", "Priority", "Responsible", "Target date",
                     "KPI progress", "Partners", "Actions"],
    ActionTableModel: ["Goal", "Action", "Responsible", "Start", "Due", "Status", "Priority", "Effort (PD)", "Cost",
                       "Partner"],
}


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "demo.netzplan"
    demo.write_demo(path, lang="en")
    return path


@pytest.fixture
def controller(demo_doc, qapp):
    with Workspace.open(demo_doc, read_only=True) as ws:
        ctrl = DocumentController(ws, autosave_minutes=0)
        yield ctrl
        ctrl.close()


@pytest.mark.parametrize("model_class", list(HEADERS), ids=lambda cls: cls.__name__)
def test_headers_ids_and_sorting(controller, model_class):
    model = model_class(controller)
    assert model.rowCount() > 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == HEADERS[model_class]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    first = model.index(0, 0).data(IdRole)
    assert model.row_of(first) == 0 and model.row_at(0).id == first and model.row_of("no such id") == -1
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            keys = [model.index(row, column).data(SortRole) for row in range(model.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), (HEADERS[model_class][column],
                                                                                          order)
            assert model.index(0, column).data(Qt.ItemDataRole.DisplayRole) is not None


def test_numbers_stand_right_and_relationship_figures_centred(controller):
    actions, relationships = ActionTableModel(controller), RelationshipTableModel(controller)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert [actions.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in range(10)] == \
        [None] * 7 + [right, right, None]
    centre = int(Qt.AlignmentFlag.AlignCenter)
    assert [relationships.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in range(6)] == \
        [None, None, None, centre, centre, None]
    assert relationships.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "Quality index of the latest assessment, 0–100"


def test_a_closed_goal_has_no_open_actions_in_the_goal_table(qapp):
    """The one rule (domain.plan.is_open): an action not done under a dropped goal is not open any more."""
    from netzplaner.domain.enums import GoalStatus
    from netzplaner.services import goals

    ws = Workspace.in_memory()
    live = ws.execute(goals.create_goal(ws, title="Fachkräfte sichern", benefit="resilience")).entity_id
    dropped = ws.execute(goals.create_goal(ws, title="Messe in Lyon", benefit="competitiveness")).entity_id
    for goal_id in (live, dropped):
        ws.execute(goals.create_action(ws, goal_id, title="Erstes Gespräch"))
        ws.execute(goals.create_action(ws, goal_id, title="Vertrag", status="done"))
    ws.execute(goals.update_goal(ws, dropped, status=GoalStatus.DROPPED))
    ctrl = DocumentController(ws, autosave_minutes=0)
    try:
        model = GoalTableModel(ctrl)
        shown = {model.row_at(row).id: model.index(row, 9).data() for row in range(model.rowCount())}
        assert shown == {live: "1 open of 2", dropped: "0 open of 2"}
    finally:
        ctrl.close()


def test_rows_sort_once_per_order_and_again_when_the_language_changes(controller, monkeypatch):
    """Opening a document asks the model to sort four times; only a new column, direction or language sorts
    the 20,000 rows again (the kinds' words sort differently in German and English)."""
    from netzplaner.gui.common import i18n
    from netzplaner.gui.partners.partner_model import KIND

    model = PartnerTableModel(controller)
    calls = []
    key = model.columns[KIND].sort_key
    counting = dataclasses.replace(model.columns[KIND], sort_key=lambda m, p: calls.append(p) or key(m, p))
    monkeypatch.setattr(model, "columns", (*model.columns[:KIND], counting, *model.columns[KIND + 1:]))
    model.sort(KIND)
    sorted_once = len(calls)
    assert sorted_once == model.rowCount()
    model.sort(KIND)
    model.retranslate()
    assert len(calls) == sorted_once  # the same order: nothing sorted
    english = [model.index(r, KIND).data() for r in range(model.rowCount())]
    try:
        i18n.install("de")
        model.retranslate()
        german = [model.index(r, KIND).data() for r in range(model.rowCount())]
        assert german == sorted(german, key=str.casefold) and len(calls) == 2 * sorted_once
    finally:
        i18n.install("en")
    assert english == sorted(english, key=str.casefold)
