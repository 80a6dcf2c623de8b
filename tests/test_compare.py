"""Comparing two states of a network (issue 12, part 2): a hand-built "before" and "after" give exactly the
differences made between them — partners, ties, quality per tie, network and criterion, goals, actions, and the
network check then and now."""

from __future__ import annotations

import json
from datetime import date

import pytest

from netzplaner.domain.enums import ActionStatus, Criterion, Dimension, GoalStatus
from netzplaner.services import goals, partners, relationships
from netzplaner.services.compare import compare_states
from netzplaner.services.network_read import read_network
from tests.conftest import new_workspace, with_own_firm

THEN = date(2026, 12, 1)
TODAY = date(2027, 1, 10)


def _ids(lines) -> list[str]:
    return [x.id for x in lines]


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """Before: the own firm with a university (a broker for a lab behind it), a supplier, an association, an old
    firm and a partner about to be archived; a goal with two actions. After: what a year's work changes."""
    ws = with_own_firm(new_workspace("memory", tmp_path_factory.mktemp("compare")))
    own, x = ws.own_firm_id, {}

    def partner(key, **fields):
        x[key] = ws.execute(partners.create_partner(ws, **fields)).entity_id

    def tie(key, a, b, **fields):
        x[key] = ws.execute(relationships.create_relationship(ws, a, b, **fields)).entity_id

    partner("uni", name="Hochschule Albstadt", kind="university", dimensions=["regional"], country="DE")
    partner("lab", name="Labor Süd", kind="research_institute", dimensions=["regional"], country="DE")
    partner("sup", name="Lieferant Ost", kind="supplier", dimensions=["thematic"], country="CZ")
    partner("assoc", name="VDMA", kind="association", dimensions=["thematic"], country="DE")
    partner("old", name="Alt GmbH", kind="company", dimensions=["regional"], country="DE")
    partner("arch", name="Bald Archiv SA", kind="company", dimensions=["international"], country="FR")
    tie("t_uni", own, x["uni"], kind="research_project", strength=3)
    tie("t_lab", x["uni"], x["lab"], kind="knowledge_exchange", strength=2)
    tie("t_sup", own, x["sup"], kind="supply", strength=4)
    tie("t_assoc", own, x["assoc"], kind="membership", strength=2)
    tie("t_old", own, x["old"], kind="cooperation", strength=2)
    tie("t_arch", own, x["arch"], kind="sales", strength=3)
    ws.execute(relationships.create_assessment(ws, x["t_uni"], {"openness": 3, "trust": 3},
                                               assessed_on=date(2026, 6, 1)))
    ws.execute(relationships.create_assessment(ws, x["t_sup"], {"openness": 4, "trust": 4,
                                                                "knowledge_sharing": 4},
                                               assessed_on=date(2026, 6, 1)))
    x["g1"] = ws.execute(goals.create_goal(ws, title="Fachkräfte sichern", benefit="resilience",
                                           dimension="regional", status="active", kpi_name="Azubis",
                                           kpi_baseline=0, kpi_target=10, kpi_current=2)).entity_id
    x["g3"] = ws.execute(goals.create_goal(ws, title="Messe Lyon", benefit="competitiveness",
                                           dimension="international", status="planned")).entity_id
    x["a1"] = ws.execute(goals.create_action(ws, x["g1"], title="Tag der offenen Tür",
                                             due_date=date(2026, 12, 15))).entity_id
    x["a2"] = ws.execute(goals.create_action(ws, x["g1"], title="Ausbildungsmesse",
                                             due_date=date(2026, 12, 20))).entity_id
    before = read_network(ws)

    partner("new", name="Neu AG", kind="platform", dimensions=["international"], country="FR")
    tie("t_new", own, x["new"], kind="cooperation", strength=3)
    tie("t_lab2", own, x["lab"], kind="research_project", strength=3)  # the lab no longer hangs on the uni
    ws.execute(partners.delete_partner(ws, x["old"]))
    ws.execute(partners.archive_partner(ws, x["arch"]))
    ws.execute(partners.update_partner(ws, x["assoc"], dimensions=["thematic", "regional"]))
    ws.execute(relationships.update_relationship(ws, x["t_uni"], strength=5))
    ws.execute(relationships.update_relationship(ws, x["t_sup"], strength=3))
    ws.execute(relationships.create_assessment(ws, x["t_uni"], {"openness": 5, "trust": 4},
                                               assessed_on=date(2026, 12, 20)))
    ws.execute(relationships.create_assessment(ws, x["t_assoc"], {"openness": 3, "trust": 3,
                                                                  "knowledge_sharing": 2},
                                               assessed_on=date(2026, 12, 20)))
    ws.execute(goals.update_goal(ws, x["g1"], kpi_current=6))
    ws.execute(goals.update_goal(ws, x["g3"], status="achieved"))
    x["g2"] = ws.execute(goals.create_goal(ws, title="Zweitquelle", benefit="resilience",
                                           dimension="thematic", status="active")).entity_id
    ws.execute(goals.update_action(ws, x["a1"], status="done", completed_on=date(2026, 12, 14)))
    x["a3"] = ws.execute(goals.create_action(ws, x["g2"], title="Audit", due_date=date(2027, 3, 1))).entity_id
    after = read_network(ws)
    yield before, after, x
    ws.close()


@pytest.fixture(scope="module")
def comparison(states):
    before, after, _ = states
    return compare_states(before, after, TODAY, then=THEN)


def test_partners_added_removed_archived_moved(comparison, states):
    x = states[2]
    c = comparison
    assert _ids(c.partners_added) == [x["new"]]
    assert _ids(c.partners_removed) == [x["old"]]
    assert _ids(c.partners_archived) == [x["arch"]]
    assert c.partners_restored == ()
    assert _ids(c.partners_moved) == [x["assoc"]]
    moved = c.partners_moved[0]
    assert moved.dimensions_before == (Dimension.THEMATIC,)
    assert moved.dimensions_after == (Dimension.REGIONAL, Dimension.THEMATIC)
    s = c.summary
    assert (s.partners_before, s.partners_after) == (7, 6)  # own firm included, archived left out
    assert (s.partners_added, s.partners_removed, s.partners_archived, s.partners_moved) == (1, 1, 1, 1)


def test_ties_new_lost_stronger_weaker(comparison, states):
    x = states[2]
    c = comparison
    assert sorted(_ids(c.ties_new)) == sorted([x["t_new"], x["t_lab2"]])
    assert _ids(c.ties_lost) == [x["t_old"]]  # deleted with its partner
    assert _ids(c.ties_stronger) == [x["t_uni"]]
    assert (c.ties_stronger[0].strength_before, c.ties_stronger[0].strength_after) == (3, 5)
    assert _ids(c.ties_weaker) == [x["t_sup"]]
    assert (c.ties_weaker[0].strength_before, c.ties_weaker[0].strength_after) == (4, 3)
    lost = c.ties_lost[0]
    assert lost.b_name == "Alt GmbH" and lost.strength_after is None


def test_quality_per_tie(comparison, states):
    x = states[2]
    by_id = {t.id: t for t in comparison.tie_quality}
    assert set(by_id) == {x["t_uni"], x["t_assoc"]}  # t_sup's assessment did not change
    uni = by_id[x["t_uni"]]
    assert (uni.quality_before, uni.quality_after, uni.quality_change) == (50.0, 87.5, 37.5)
    assoc = by_id[x["t_assoc"]]
    assert assoc.quality_before is None and assoc.quality_after == pytest.approx(41.7)
    assert comparison.tie_quality[0].id == x["t_uni"]  # changes first, first assessments after them


def test_quality_per_network_and_criterion(comparison):
    whole = comparison.whole
    assert whole.dimension is None
    crit = {c.criterion: c for c in whole.criteria}
    # openness: (3 + 4) / 2 → (5 + 4 + 3) / 3; knowledge sharing: 4 → (4 + 2) / 2
    assert (crit[Criterion.OPENNESS].before, crit[Criterion.OPENNESS].after) == (3.5, 4.0)
    assert (crit[Criterion.KNOWLEDGE_SHARING].before, crit[Criterion.KNOWLEDGE_SHARING].after) == (4.0, 3.0)
    assert crit[Criterion.COMMITMENT].before is None and crit[Criterion.COMMITMENT].change is None
    assert Criterion.OPENNESS in whole.improved and Criterion.TRUST in whole.improved
    assert whole.fell == (Criterion.KNOWLEDGE_SHARING,)
    regional = comparison.networks[0]
    assert regional.dimension == Dimension.REGIONAL
    # uni, lab, old → uni, lab, assoc (moved in); ties touching them: t_uni t_lab t_old → t_uni t_lab t_lab2 t_assoc
    assert (regional.partners_before, regional.partners_after) == (3, 3)
    assert (regional.ties_before, regional.ties_after) == (3, 4)
    assert (regional.quality_before, regional.quality_after) == (50.0, pytest.approx(64.6, abs=0.05))
    international = comparison.networks[2]
    assert (international.partners_before, international.partners_after) == (1, 1)  # arch out, new in


def test_goals_kpi_and_status(comparison, states):
    x = states[2]
    c = comparison
    assert _ids(c.goals_added) == [x["g2"]]
    assert c.goals_removed == ()
    changed = {g.id: g for g in c.goals_changed}
    assert set(changed) == {x["g1"], x["g3"]}
    g1 = changed[x["g1"]]
    assert (g1.kpi_before, g1.kpi_after, g1.progress_before, g1.progress_after) == (2, 6, 0.2, 0.6)
    assert g1.status_before == g1.status_after == GoalStatus.ACTIVE
    assert (changed[x["g3"]].status_before, changed[x["g3"]].status_after) == (GoalStatus.PLANNED,
                                                                              GoalStatus.ACHIEVED)


def test_actions_completed_added_overdue_since(comparison, states):
    x = states[2]
    c = comparison
    assert _ids(c.actions_completed) == [x["a1"]]
    assert (c.actions_completed[0].status_before, c.actions_completed[0].status_after) == (ActionStatus.OPEN,
                                                                                          ActionStatus.DONE)
    assert _ids(c.actions_added) == [x["a3"]]
    assert _ids(c.actions_overdue) == [x["a2"]]  # due 20 December: not overdue on 1 December, overdue now
    assert c.actions_removed == ()
    assert c.actions_overdue[0].goal_title == "Fachkräfte sichern"


def test_overdue_then_is_judged_on_the_earlier_day(states):
    before, after, x = states
    same_day = compare_states(before, after, TODAY, with_check=False)
    assert same_day.actions_overdue == ()  # a2 was as late on 10 January in the earlier state


def test_check_then_and_now(comparison, states):
    x = states[2]
    check = comparison.check
    assert [p.id for p in check.cut_points_before] == [x["uni"]]  # the lab hung on the university
    assert check.cut_points_after == () and [p.id for p in check.cut_points_gone] == [x["uni"]]
    resolved = {r.key for r in check.resolved}
    assert f"cut_point:{x['uni']}" in resolved
    assert check.partner_concentration_before == 1.0  # the one supply tie
    assert comparison.summary.recommendations_resolved == len(check.resolved)


def test_same_state_shows_nothing(states):
    before = states[0]
    c = compare_states(before, before, THEN)
    s = c.summary
    assert (s.partners_added, s.partners_removed, s.ties_new, s.ties_lost, s.ties_stronger, s.ties_weaker,
            s.goals_changed, s.actions_completed, s.actions_overdue) == (0,) * 9
    assert c.tie_quality == () and c.check.resolved == () and c.check.new == ()


def test_json_keys_are_stable_and_plain(comparison, states):
    x = states[2]
    data = json.loads(json.dumps(comparison.as_json()))
    assert data["schema"] == 1
    assert list(data) == ["schema", "from", "to", "summary", "partners", "ties", "networks", "goals", "actions",
                          "check"]
    assert data["from"]["date"] == "2026-12-01" and data["to"]["date"] == "2027-01-10"
    assert list(data["partners"]) == ["added", "removed", "archived", "restored", "moved"]
    assert list(data["ties"]) == ["new", "lost", "stronger", "weaker", "quality"]
    assert data["partners"]["moved"][0]["dimensions_after"] == ["regional", "thematic"]
    assert data["ties"]["stronger"][0]["id"] == x["t_uni"]
    assert [n["dimension"] for n in data["networks"]] == ["regional", "thematic", "international", "all"]
    assert data["networks"][3]["fell"] == ["knowledge_sharing"]
    assert data["actions"]["overdue"][0]["id"] == x["a2"]
    assert data["check"]["cut_points"]["gone"] == [{"id": x["uni"], "name": "Hochschule Albstadt"}]


def test_network_figures_agree_with_the_overview_s(tmp_path):
    """The comparison's counts per network are those of ``analysis.figures`` (one rule for every surface)."""
    from netzplaner.analysis.figures import dimension_figures
    from netzplaner.services.demo import write_demo
    from netzplaner.services.workspace import Workspace

    path = tmp_path / "demo.netzplan"
    write_demo(path, today=THEN)
    with Workspace.open(path) as ws:
        first = ws.execute(partners.create_partner(ws, name="Archiv KG", kind="company",
                                                   dimensions=["regional"])).entity_id
        ws.execute(relationships.create_relationship(ws, ws_own(ws), first, kind="sales", strength=2))
        ws.execute(partners.archive_partner(ws, first))
        read = read_network(ws)
    figures = dimension_figures(read.network, THEN, total=True)
    lines = compare_states(read, read, THEN, with_check=False).networks
    for f, line in zip(figures, lines):
        assert f.dimension == line.dimension
        assert (f.partners, f.relationships, f.assessed, f.mean_quality) == (
            line.partners_after, line.ties_after, line.assessed_after, line.quality_after)


def ws_own(ws) -> str:
    from netzplaner.services import queries

    return next(p.id for p in queries.list_partners(ws) if p.is_own_firm)


def test_a_list_finding_stays_the_same_while_its_list_changes(states):
    """"Overdue actions" then (one) and now (another) is one finding still open, not one resolved and one new."""
    before, after, x = states
    c = compare_states(before, after, date(2027, 1, 10), then=date(2026, 12, 16))  # a1 overdue then, a2 now
    keys_resolved = {r.key for r in c.check.resolved}
    keys_new = {r.key for r in c.check.new}
    assert "overdue_actions" not in keys_resolved | keys_new
    earlier = compare_states(before, after, date(2027, 1, 10), then=date(2026, 12, 1))  # none overdue then
    assert "overdue_actions" in {r.key for r in earlier.check.new}
