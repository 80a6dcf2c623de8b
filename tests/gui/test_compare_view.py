"""The Vergleich tab, the map's comparison mode in the window and the overview's health trend (issue 12, parts 2-4),
on a real document with two saved states."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from netzplaner.domain.enums import Dimension
from netzplaner.services import goals, partners, relationships, snapshots
from netzplaner.services.compare import COMPONENTS, compare_states, health
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace
from tests.conftest import with_own_firm

GOOD = dict.fromkeys(("openness", "trust", "knowledge_sharing", "clear_goals", "commitment", "mutual_benefit"), 5)
POOR = dict.fromkeys(GOOD, 1)


def _partner(ws, name, x, y, dimension="regional"):
    pid = ws.execute(partners.create_partner(ws, name=name, kind="supplier", dimensions=[dimension])).entity_id
    ws.execute(partners.move_partners(ws, {pid: (x, y)}))
    return pid


def build(ws) -> dict:
    """Start: Alpha, Beta, ties own–Alpha (2, judged good), own–Beta, Alpha–Beta; a goal with an open action.
    Juli: Gamma new with a tie. Now: Beta gone, own–Alpha stronger and judged poor, the action done."""
    own = ws.own_firm_id
    ws.execute(partners.move_partners(ws, {own: (0.0, 0.0)}))
    a, b = _partner(ws, "Alpha", 1.0, 0.0), _partner(ws, "Beta", 0.0, 1.0)
    own_a = ws.execute(relationships.create_relationship(ws, own, a, kind="supply", strength=2)).entity_id
    ws.execute(relationships.create_relationship(ws, own, b, kind="supply", strength=3))
    ws.execute(relationships.create_relationship(ws, a, b, kind="cooperation", strength=3))
    ws.execute(relationships.create_assessment(ws, own_a, GOOD, assessed_on=date(2026, 1, 1)))
    goal = ws.execute(goals.create_goal(ws, title="Zweitlieferant", benefit="resilience", dimension="regional",
                                        status="active")).entity_id
    action = ws.execute(goals.create_action(ws, goal, title="Angebote einholen", status="open")).entity_id
    ws.execute(snapshots.take_snapshot(ws, "Start", taken_at=datetime(2026, 3, 1, 9, 0)))
    c = _partner(ws, "Gamma", -1.0, 0.0)
    ws.execute(relationships.create_relationship(ws, own, c, kind="supply", strength=4))
    ws.execute(snapshots.take_snapshot(ws, "Juli", taken_at=datetime(2026, 7, 1, 9, 0)))
    ws.execute(partners.delete_partner(ws, b))
    ws.execute(relationships.update_relationship(ws, own_a, strength=4))
    ws.execute(relationships.create_assessment(ws, own_a, POOR, assessed_on=date(2026, 8, 1)))
    ws.execute(goals.update_action(ws, action, status="done", completed_on=date(2026, 8, 2)))
    return {"a": a, "b": b, "c": c, "own_a": own_a, "goal": goal, "action": action}


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "verlauf.netzplan"
    ws = with_own_firm(Workspace.create(path))
    ids = build(ws)
    ws.save()
    ws.close()
    return path, ids


def _open_compare(window, qtbot, path):
    window.documents.open_path(path)
    panel = window.compare_panel
    with qtbot.waitSignal(panel.compared, timeout=20_000):
        window.tabs.setCurrentWidget(panel)
    return panel


def test_the_lines_lead_to_their_partner_tie_goal_and_action_model_without_view(ws):
    from netzplaner.gui.compare import compare_lines
    from netzplaner.gui.compare.compare_model import CompareModel

    ids = build(ws)
    start = snapshots.find_snapshot(ws, "Start")
    comparison = compare_states(snapshots.read_snapshot(ws, start.id), read_network(ws), date(2026, 9, 1))
    model = CompareModel()
    model.show_groups(compare_lines.groups(comparison))
    partners_lines = dict((t, text) for text, t in model.lines("partners"))
    assert "Gamma" in partners_lines[f"partner:{ids['c']}"] and "new" in partners_lines[f"partner:{ids['c']}"]
    assert "Beta is gone" in partners_lines[f"partner:{ids['b']}"]
    ties = model.lines("ties")
    assert any(t == f"relationship:{ids['own_a']}" and "strength 2 → 4" in text for text, t in ties)
    assert any(t == f"relationship:{ids['own_a']}" and "quality 100 → 0" in text for text, t in ties)
    assert any(t == f"action:{ids['action']}" and "done" in text for text, t in model.lines("actions"))
    assert model.item(model.group_row("partners")).text() == "Partners (2)"
    cards = {c.key: c for c in compare_lines.cards(comparison)}
    assert cards["partners"].figure == "+1  −1" and cards["ties"].figure == "+1  −2"
    assert cards["actions"].figure == "1 done"


def test_the_tab_compares_the_latest_state_with_now_and_leads_on(window, qtbot, document):
    path, ids = document
    panel = _open_compare(window, qtbot, path)
    assert panel.from_box.currentText().startswith("„Juli“") and panel.to_box.currentData() is None
    assert panel.card_widgets["partners"].figure.text() == "+0  −1"  # Gamma came before Juli
    assert [panel.from_box.itemText(i)[:7] for i in range(panel.from_box.count())] == ["„Start“", "„Juli“ "]
    # a line leads to its tie: the partner tab with the tie chosen in the relationship panel
    row = panel.model.group_row("ties")
    head = panel.model.index(row, 0)
    target = next(panel.model.index(r, 0, head) for r in range(panel.model.rowCount(head))
                  if "strength" in panel.model.index(r, 0, head).data())
    panel.tree.activated.emit(target)
    assert window.tabs.currentWidget() is window.partner_panel
    assert window.controller.selection.relationship_id == ids["own_a"]
    # a partner that is gone cannot be shown: the status line says so, nothing else moves
    window.tabs.setCurrentWidget(panel)
    assert not panel.follow(f"partner:{ids['b']}")
    assert "no longer in the document" in panel.status.text()
    assert window.tabs.currentWidget() is panel
    assert panel.follow(f"goal:{ids['goal']}") and window.tabs.currentWidget() is window.goal_panel


def test_choosing_the_states_compares_again(window, qtbot, document):
    path, ids = document
    panel = _open_compare(window, qtbot, path)
    panel.from_box.setCurrentIndex(0)  # Start
    with qtbot.waitSignal(panel.compared, timeout=20_000):
        panel.from_box.activated.emit(0)
    assert panel.card_widgets["partners"].figure.text() == "+1  −1"
    assert panel.comparison.from_label == "Start" and panel.comparison.to_label == "now"
    juli = panel.to_box.findText("„Juli“", Qt.MatchFlag.MatchStartsWith)
    panel.to_box.setCurrentIndex(juli)
    with qtbot.waitSignal(panel.compared, timeout=20_000):
        panel.to_box.activated.emit(juli)
    assert panel.card_widgets["partners"].figure.text() == "+1  −0"
    assert panel.comparison.to_label == "Juli"
    panel.card_widgets["actions"].clicked.emit("actions")
    assert panel.tree.currentIndex().data() .startswith("Actions")


def test_without_a_saved_state_the_tab_says_how_to_get_one(window, qtbot, tmp_path):
    path = tmp_path / "neu.netzplan"
    ws = with_own_firm(Workspace.create(path))
    ws.save()
    ws.close()
    window.documents.open_path(path)
    panel = window.compare_panel
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "No state taken yet" in panel.status.text(), timeout=20_000)
    assert panel.model.rowCount() == 0 and not panel.card_widgets and not panel.map_button.isEnabled()
    window.tabs.setCurrentWidget(window.map_host)
    bar = window.map_panel.compare
    bar.toggle.setChecked(True)
    qtbot.waitUntil(lambda: "no state to compare with" in bar.caption.text(), timeout=20_000)
    assert window.map_panel.view.overlay is None and not bar.slider.isEnabled()


def test_the_map_steps_through_the_states_and_leaves_the_comparison(window, qtbot, document):
    path, ids = document
    window.documents.open_path(path)
    with qtbot.waitSignal(window.map_panel.loaded, timeout=20_000):
        window.tabs.setCurrentWidget(window.map_host)
    mp = window.map_panel
    bar = mp.compare
    with qtbot.waitSignal(bar.shown, timeout=20_000):
        bar.toggle.setChecked(True)
    assert bar.slider.maximum() == 2 and bar.slider.value() == 2  # Start, Juli, now: now against Juli
    assert mp.view.overlay is not None and mp.view.overlay.diff.ghost_ids == (ids["b"],)
    assert not mp.force_button.isEnabled()  # a state is not laid out
    texts = [label.text for _sample, label in mp.view._legend.items]
    assert "Partner gone (ghost, 1)" in texts and "Stronger (1)" in texts
    with qtbot.waitSignal(bar.shown, timeout=20_000):
        bar.slider.setValue(1)  # Juli against Start
    assert ids["b"] in mp.data.index and mp.view.overlay.diff.new_nodes.tolist() == [mp.data.index[ids["c"]]]
    assert "„Juli“" in bar.caption.text() and "„Start“" in bar.caption.text()
    # a drag on a compared state is not an edit: it snaps back
    before = window.controller.workspace.undo_text
    with qtbot.waitSignal(bar.shown, timeout=20_000):
        mp._moved({mp.data.index[ids["a"]]: (9.0, 9.0)})
    assert window.controller.workspace.undo_text == before
    assert mp.content.positions[mp.data.index[ids["a"]]].tolist() == [1.0, 0.0]
    with qtbot.waitSignal(mp.loaded, timeout=20_000):
        bar.toggle.setChecked(False)
    assert mp.view.overlay is None and ids["b"] not in mp.data.index and mp.force_button.isEnabled()
    assert not any("gone" in label.text for _sample, label in mp.view._legend.items)


def test_on_the_map_opens_the_comparison_of_the_chosen_states(window, qtbot, document):
    path, ids = document
    panel = _open_compare(window, qtbot, path)
    panel.from_box.setCurrentIndex(0)
    with qtbot.waitSignal(panel.compared, timeout=20_000):
        panel.from_box.activated.emit(0)
    window.map_panel  # built now, so its signal can be awaited
    with qtbot.waitSignal(window.map_panel.compare.shown, timeout=20_000):
        panel.map_button.click()
    mp = window.map_panel
    assert window.tabs.currentWidget() is window.map_host and mp.compare.active
    assert mp.compare.pair[0].label == "Start" and mp.compare.pair[1] is None
    assert mp.view.overlay.diff.counts()["new_nodes"] == 1 and mp.view.overlay.diff.counts()["lost_nodes"] == 1


def test_the_overview_draws_the_course_and_every_component_with_its_weight(window, qtbot, document):
    path, _ids = document
    window.documents.open_path(path)
    trend = window.dashboard.health
    qtbot.waitUntil(lambda: trend.course is not None, timeout=20_000)
    assert [s.label if s else None for s, _h in trend.course] == ["Start", "Juli", None]
    assert all(len(values) == 3 for values in trend.chart.lines.values())
    now = health(read_network(window.controller.workspace), date.today())
    model = trend.model
    assert model.rowCount() == len(COMPONENTS) + 1
    assert sum(int(model.item(r, 1).text()) for r in range(1, model.rowCount())) == 100
    regional = 2  # column of the first network
    assert model.item(0, regional).text() == str(now[Dimension.REGIONAL].score)
    assert trend.chart.lines[Dimension.REGIONAL][-1] == now[Dimension.REGIONAL].score
    first = COMPONENTS[0]
    assert model.item(1, 0).text() == first.name("en") and model.item(1, 0).toolTip() == first.rule("en")
    assert "points" in model.item(1, regional).toolTip()


def test_a_damaged_state_is_named_in_one_sentence_and_nothing_is_drawn(window, qtbot, tmp_path):
    path = tmp_path / "kaputt.netzplan"
    ws = with_own_firm(Workspace.create(path))
    build(ws)
    start = snapshots.find_snapshot(ws, "Juli")
    with ws.store.unit_of_work() as uow:  # a content changed outside Netzplaner
        uow.update("snapshot", start.id, {"content": b"not zlib"})
    ws.save()
    ws.close()
    window.documents.open_path(path)
    sentence = "The state “Juli” is damaged and cannot be read."
    trend = window.dashboard.health  # the overview keeps its check and names the state
    qtbot.waitUntil(lambda: sentence in trend.status.text(), timeout=20_000)
    assert window.dashboard.report is not None and trend.course is None
    panel = window.compare_panel
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: sentence in panel.status.text(), timeout=20_000)
    assert panel.comparison is None and panel.model.rowCount() == 0 and not panel.card_widgets
    # the pickers still offer every state, the damaged pair chosen: another pair can be compared
    assert [panel.from_box.itemText(i)[:7] for i in range(panel.from_box.count())] == ["„Start“", "„Juli“ "]
    assert panel.from_box.currentText().startswith("„Juli“") and panel.to_box.count() == 3
    with qtbot.waitSignal(panel.compared, timeout=20_000):
        panel.from_box.setCurrentIndex(0)
        panel.from_box.activated.emit(0)
    assert panel.comparison.from_label == "Start" and panel.map_button.isEnabled()
    window.tabs.setCurrentWidget(window.map_host)
    bar = window.map_panel.compare
    bar.toggle.setChecked(True)
    qtbot.waitUntil(lambda: sentence in bar.caption.text(), timeout=20_000)
    assert window.map_panel.view.overlay is None


def test_the_pickers_name_an_automatic_state_in_the_ui_language(qapp):
    from netzplaner.gui.common import i18n
    from netzplaner.gui.compare.states import state_name

    auto = snapshots.SnapshotInfo("a", "Before returning to an earlier state", "restore", datetime(2026, 3, 1, 9),
                                  3, 2, {})
    mine = snapshots.SnapshotInfo("b", "Workshop März", "manual", datetime(2026, 3, 2, 9), 3, 2, {})
    i18n.install("de")
    try:
        assert state_name(auto) == "„Vor der Rückkehr zu einem früheren Stand“ (01.03.2026)"
        assert state_name(mine) == "„Workshop März“ (02.03.2026)"
    finally:
        i18n.install("en")
