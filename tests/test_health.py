"""The health score of a network (issue 12, part 4): every component's value on a hand-built network, the
weights, and the score as the weighted sum."""

from __future__ import annotations

from datetime import date

import pytest

from netzplaner.domain.health import COMPONENTS, EXPECTED, GROUPS
from netzplaner.domain.enums import Dimension
from netzplaner.services import goals, partners, relationships
from netzplaner.services.compare import health
from netzplaner.services.network_read import read_network
from tests.conftest import new_workspace, with_own_firm

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def regional(tmp_path_factory):
    """A regional network: a university (tie of strength 4, assessed in June: openness 5, trust 3), a chamber
    (strength 1, never assessed: a loose contact), a firm assessed two years ago; no association. One current
    goal with an overdue and a pending action; a thematic goal that does not count here."""
    ws = with_own_firm(new_workspace("memory", tmp_path_factory.mktemp("health")))
    own = ws.own_firm_id
    uni = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university", dimensions=["regional"],
                                             country="DE")).entity_id
    ihk = ws.execute(partners.create_partner(ws, name="IHK", kind="chamber", dimensions=["regional"],
                                             country="DE")).entity_id
    firm = ws.execute(partners.create_partner(ws, name="Nachbar GmbH", kind="company", dimensions=["regional"],
                                              country="DE")).entity_id
    t_uni = ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project",
                                                         strength=4)).entity_id
    ws.execute(relationships.create_relationship(ws, own, ihk, kind="membership", strength=1))
    t_firm = ws.execute(relationships.create_relationship(ws, own, firm, kind="cooperation", strength=3)).entity_id
    ws.execute(relationships.create_assessment(ws, t_uni, {"openness": 5, "trust": 3}, assessed_on=date(2026, 6, 1)))
    ws.execute(relationships.create_assessment(ws, t_firm, {"openness": 1}, assessed_on=date(2024, 11, 1)))
    goal = ws.execute(goals.create_goal(ws, title="Fachkräfte", benefit="resilience", dimension="regional",
                                        status="active")).entity_id
    ws.execute(goals.create_action(ws, goal, title="Messe", due_date=date(2026, 11, 1)))
    ws.execute(goals.create_action(ws, goal, title="Praktikum", due_date=date(2027, 2, 1)))
    ws.execute(goals.create_goal(ws, title="Andere", benefit="innovation", dimension="thematic", status="active"))
    read = read_network(ws)
    yield health(read, TODAY)
    ws.close()


def test_weights_add_up_to_100_and_every_component_is_declared_once():
    assert sum(c.weight for c in COMPONENTS) == 100
    keys = [c.key for c in COMPONENTS]
    assert len(keys) == len(set(keys)) == 11
    assert keys[:6] == ["openness", "trust", "knowledge_sharing", "clear_goals", "commitment", "mutual_benefit"]
    assert all(c.name("de") and c.name("en") and c.rule("de") and c.rule("en") for c in COMPONENTS)
    assert set(EXPECTED) == set(Dimension) and all(g in GROUPS for gs in EXPECTED.values() for g in gs)


def test_each_component_of_a_hand_built_network(regional):
    h = regional[Dimension.REGIONAL]
    value = {c.key: c.value for c in h.components}
    # criteria: openness (5 + 1) / 2 = 3 → 50; trust 3 → 50; the rest not assessed → 0
    assert value["openness"] == 50.0 and value["trust"] == 50.0
    assert value["knowledge_sharing"] == value["clear_goals"] == value["commitment"] == 0.0
    assert value["coverage"] == pytest.approx(66.7)  # research and chamber, no association
    assert "Verband" in h.component("coverage").detail("de")
    assert value["current_assessments"] == pytest.approx(33.3)  # the firm's assessment is two years old
    # the chamber is a loose contact; the firm's assessed tie of strength 3 keeps it looked after
    assert value["no_loose_contacts"] == pytest.approx(66.7)
    assert value["goals_with_actions"] == 100.0
    assert value["nothing_overdue"] == 50.0


def test_score_is_the_weighted_sum_of_the_components(regional):
    h = regional[Dimension.REGIONAL]
    expected = sum(c.weight * c.value / 100 for c in h.components)
    assert h.score == round(expected)
    # 8·.5 + 8·.5 + 20·.667 + 8·.333 + 8·.667 + 8·1 + 8·.5
    assert h.score == 41  # 41.3


def test_an_empty_network_scores_zero(regional):
    h = regional[Dimension.INTERNATIONAL]
    assert h.score == 0
    assert all(c.value == 0 for c in h.components)
    thematic = regional[Dimension.THEMATIC]
    assert thematic.component("goals_with_actions").value == 0.0  # a current goal without an action


def test_course_over_snapshots_and_now(tmp_path):
    from datetime import datetime

    from netzplaner.services import snapshots
    from netzplaner.services.compare import health_course

    ws = with_own_firm(new_workspace("file", tmp_path))
    try:
        uni = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university", dimensions=["regional"],
                                                 country="DE")).entity_id
        ws.execute(snapshots.take_snapshot(ws, "Vorher", taken_at=datetime(2026, 1, 5, 10)))
        ws.execute(partners.create_partner(ws, name="IHK", kind="chamber", dimensions=["regional"], country="DE"))
        tie = ws.execute(relationships.create_relationship(ws, ws.own_firm_id, uni, kind="research_project",
                                                           strength=4)).entity_id
        ws.execute(relationships.create_assessment(ws, tie, {c: 5 for c in ("openness", "trust")},
                                                   assessed_on=date(2026, 11, 1)))
        course = health_course(ws, TODAY)
    finally:
        ws.close()
    assert [info.label if info else None for info, _ in course] == ["Vorher", None]
    then, now = course[0][1][Dimension.REGIONAL], course[1][1][Dimension.REGIONAL]
    assert then.component("coverage").value == pytest.approx(33.3) and now.component("coverage").value == \
        pytest.approx(66.7)
    assert now.component("openness").value == 100.0 and then.component("openness").value == 0.0
    assert now.score > then.score
