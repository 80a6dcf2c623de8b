"""The map's comparison mode (issue 12, part 3): what changed between two reads of a network, drawn over the later
state at its positions, with the legend saying so."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from netzplaner.services import partners, relationships
from netzplaner.services.network_read import read_network

GOOD = dict.fromkeys(("openness", "trust", "knowledge_sharing", "clear_goals", "commitment", "mutual_benefit"), 5)
POOR = dict.fromkeys(GOOD, 1)


def _partner(ws, name, x, y):
    pid = ws.execute(partners.create_partner(ws, name=name, kind="supplier", dimensions=["regional"])).entity_id
    ws.execute(partners.move_partners(ws, {pid: (x, y)}))
    return pid


@pytest.fixture
def two_states(ws):
    """(before, after, ids): before has A, B (ties own–A strength 2, own–B, A–B judged good);
    after: B gone (with its ties), C new with a tie, own–A stronger, A moved, A–own judged poor now."""
    own = ws.own_firm_id
    ws.execute(partners.move_partners(ws, {own: (0.0, 0.0)}))
    a, b = _partner(ws, "Alpha", 1.0, 0.0), _partner(ws, "Beta", 0.0, 1.0)
    own_a = ws.execute(relationships.create_relationship(ws, own, a, kind="supply", strength=2)).entity_id
    own_b = ws.execute(relationships.create_relationship(ws, own, b, kind="supply", strength=3)).entity_id
    ab = ws.execute(relationships.create_relationship(ws, a, b, kind="cooperation", strength=3)).entity_id
    ws.execute(relationships.create_assessment(ws, own_a, GOOD, assessed_on=date(2026, 1, 1)))
    before = read_network(ws)
    ws.execute(partners.delete_partner(ws, b))
    c = _partner(ws, "Gamma", -1.0, 0.0)
    own_c = ws.execute(relationships.create_relationship(ws, own, c, kind="supply", strength=4)).entity_id
    ws.execute(relationships.update_relationship(ws, own_a, strength=4))
    ws.execute(relationships.create_assessment(ws, own_a, POOR, assessed_on=date(2026, 6, 1)))
    ws.execute(partners.move_partners(ws, {a: (2.0, 0.5)}))
    after = read_network(ws)
    return before, after, {"a": a, "b": b, "c": c, "own_a": own_a, "own_b": own_b, "ab": ab, "own_c": own_c}


@pytest.fixture
def views():
    made = []
    yield made
    for view in made:
        view.dispose()  # its timers stop before Qt deletes the view box
        view.close()


def _view(qtbot, made):
    from netzplaner.gui.map.map_view import NetworkMapView

    view = NetworkMapView()
    made.append(view)
    return view


def test_the_diff_names_what_is_new_lost_and_changed(two_states):
    from netzplaner.gui.map.map_compare_load import compare_reads

    before, after, ids = two_states
    content, diff = compare_reads(before, after)
    data = content.data
    assert [data.ids[i] for i in diff.new_nodes] == [ids["c"]]
    assert [data.edge_ids[k] for k in diff.new_edges] == [ids["own_c"]]
    assert diff.ghost_ids == (ids["b"],) and diff.ghost_names == ("Beta",)
    assert set(diff.ghost_edge_ids) == {ids["own_b"], ids["ab"]}
    assert [data.edge_ids[k] for k in diff.stronger] == [ids["own_a"]] and not len(diff.weaker)
    assert [data.edge_ids[k] for k in diff.worse] == [ids["own_a"]] and not len(diff.better)
    # the lost partner stays where it was; a lost tie runs from where its surviving end sits now (no jump)
    assert diff.ghost_positions.tolist() == [[0.0, 1.0]]
    lost_ab = diff.ghost_edges[diff.ghost_edge_ids.index(ids["ab"])]
    assert sorted(map(tuple, lost_ab.tolist())) == [(0.0, 1.0), (2.0, 0.5)]
    # the map draws the later state's positions
    assert content.positions[data.index[ids["a"]]].tolist() == [2.0, 0.5]


def test_a_whole_comparison_marks_the_map_as_its_lines_do(two_states):
    """The map reads the partner and tie lines by the names ``domain.comparison.Comparison`` declares (no copy of
    its fields): the Vergleich view's whole comparison and the map's own diff give the same marks."""
    from dataclasses import fields

    from netzplaner.analysis.compare import diff_partners, diff_ties
    from netzplaner.domain.comparison import Comparison
    from netzplaner.gui.map.map_compare_load import compare_reads
    from netzplaner.gui.map.map_diff import map_diff
    from netzplaner.services.compare import compare_states
    from netzplaner.services.network_map import map_data

    before, after, _ids = two_states
    lines = {**diff_partners(before, after), **diff_ties(before, after)}
    assert set(lines) <= {f.name for f in fields(Comparison)}
    content, expected = compare_reads(before, after)
    old = map_data(before)
    whole = map_diff(compare_states(before, after, date(2026, 7, 1)), old, content.data, content.positions,
                     old.positions)
    for name in ("new_nodes", "new_edges", "stronger", "weaker", "better", "worse", "ghost_kind",
                 "ghost_positions", "ghost_edges"):
        assert np.array_equal(getattr(whole, name), getattr(expected, name)), name
    assert (whole.ghost_ids, whole.ghost_names, whole.ghost_edge_ids) == \
        (expected.ghost_ids, expected.ghost_names, expected.ghost_edge_ids)
    assert not expected.empty


def test_the_same_state_twice_shows_no_change(two_states):
    from netzplaner.gui.map.map_compare_load import compare_reads

    _before, after, _ids = two_states
    _content, diff = compare_reads(after, after)
    assert diff.empty and not any(diff.counts().values())


def test_the_view_draws_the_marks_and_the_legend_says_so(two_states, qtbot, views):
    from netzplaner.gui.map.map_compare_layer import CompareOverlay
    from netzplaner.gui.map.map_compare_load import compare_reads
    before, after, _ids = two_states
    content, diff = compare_reads(before, after)
    view = _view(qtbot, views)
    view.resize(900, 600)
    view.set_overlay(CompareOverlay(diff))
    content.draw(view, fit=True)
    overlay = view.overlay
    assert len(overlay.new_nodes.data) == 1 and len(overlay.ghost_nodes.data) == 1
    assert len(overlay.changes.data) == 2  # stronger and worse, both on own–Alpha
    assert len(overlay.ghost_edges.xData) == 4  # two lost ties, two ends each
    texts = [label.text for _sample, label in view._legend.items]
    assert "New partner (1)" in texts and "Partner gone (ghost, 1)" in texts
    assert "Relationship gone (2)" in texts and "Stronger (1)" in texts and "Quality worse (1)" in texts
    assert not any(t.startswith(("Weaker", "Quality better")) for t in texts)  # only what the map shows
    view.set_overlay(None)
    view.redraw()
    assert not any("gone" in label.text for _sample, label in view._legend.items)
    assert overlay.new_nodes.scene() is None  # the marks left the map


def test_filters_hide_the_marks_of_hidden_ties(two_states, qtbot, views):
    from netzplaner.gui.map.map_compare_layer import CompareOverlay
    from netzplaner.gui.map.map_compare_load import compare_reads
    from netzplaner.gui.map.map_filter import MapFilter
    before, after, _ids = two_states
    content, diff = compare_reads(before, after)
    view = _view(qtbot, views)
    view.set_overlay(CompareOverlay(diff))
    content.draw(view, MapFilter(min_strength=5))  # every tie hidden, and the partners without a shown tie
    assert len(view.overlay.changes.data) == 0 and len(view.overlay.new_nodes.data) == 0
    assert np.asarray(view.overlay.new_edges.xData).size == 0
