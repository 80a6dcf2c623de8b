"""Every entity round-trips through the services, and every command's revert restores the exact state.

The whole suite runs three times: on a .netzplan document file, on the in-memory store and on a team network in a
fresh PostgreSQL database (the store protocol)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import dump_state, new_workspace, with_own_firm
from netzplaner.domain.enums import (ActionStatus, Benefit, Criterion, Dimension, GoalStatus, PartnerKind, Priority,
                                     RelationshipKind)
from netzplaner.services import goals, partners, queries, relationships


@pytest.fixture(params=["file", "memory", "team"])
def kind(request) -> str:
    return request.param


@pytest.fixture
def ws(kind, tmp_path, request):
    """A new network with an own firm, in a document file, in memory or on the test PostgreSQL server."""
    server = request.getfixturevalue("pg_server") if kind == "team" else None
    workspace = with_own_firm(new_workspace(kind, tmp_path, server))
    yield workspace
    workspace.close()


def test_the_suite_runs_on_the_store_it_names(ws, kind):
    assert (ws.path is not None) is (kind == "file")
    assert ws.kind == kind
    if kind == "team":
        assert ws.location.startswith("postgresql://postgres@127.0.0.1:") and ws.always_saved
    else:
        assert ws.location == (str(ws.path) if kind == "file" else "memory:test")


@pytest.fixture
def uni(ws):
    return ws.execute(partners.create_partner(
        ws, name="Hochschule Zollernalb", kind="university", dimensions=["regional", "thematic"],
        city="Albstadt", country="de", region="Neckar-Alb", industry="Bildung", website="https://hs.example",
        notes="Labor für Fertigungstechnik", tags=["Forschung", "Ausbildung", "forschung"])).entity_id


@pytest.fixture
def rel(ws, uni):
    return ws.execute(relationships.create_relationship(
        ws, ws.own_firm_id, uni, kind="research_project", strength=4, since="2021-03-01",
        notes="Projekt Leichtbau")).entity_id


@pytest.fixture
def goal(ws, uni):
    return ws.execute(goals.create_goal(
        ws, title="Innovation durch Hochschulkooperation", benefit="innovation", dimension="thematic",
        owner="M. Eberle", priority="high", status="active", target_date="2027-06-30", kpi_name="Projekte",
        kpi_unit="Anzahl", kpi_baseline=0, kpi_target=4, kpi_current=1, partner_ids=[uni])).entity_id


def test_partner_rows_say_what_the_partners_say(ws, uni):
    """The table's plain read agrees with the entities, field by field: tags sorted as the entity sorts them,
    a partner without networks or tags, an archived one, the own firm."""
    bare = ws.execute(partners.create_partner(ws, name="Ohne alles", kind="other")).entity_id
    ws.execute(partners.archive_partner(ws, bare))
    rows = {r.id: r for r in partners.partner_rows(ws)}
    entities = {p.id: p for p in queries.list_partners(ws)}
    assert rows.keys() == entities.keys() == {uni, bare, ws.own_firm_id}
    fields = partners.PartnerRow._fields
    for pid, row in rows.items():
        assert {f: getattr(row, f) for f in fields} == {f: getattr(entities[pid], f) for f in fields}
    assert rows[uni].tags == ("Ausbildung", "Forschung") and rows[uni].kind is PartnerKind.UNIVERSITY
    assert rows[bare].archived and rows[bare].dimensions == frozenset() and rows[bare].tags == ()
    assert rows[ws.own_firm_id].is_own_firm is True and rows[uni].is_own_firm is False


def test_partner_round_trip(ws, uni):
    p = ws.get("partner", uni)
    assert (p.name, p.kind, p.dimensions) == (
        "Hochschule Zollernalb", PartnerKind.UNIVERSITY, frozenset({Dimension.REGIONAL, Dimension.THEMATIC}))
    assert (p.city, p.country, p.region, p.industry, p.website) == (
        "Albstadt", "DE", "Neckar-Alb", "Bildung", "https://hs.example")
    assert p.tags == ("Ausbildung", "Forschung")  # duplicates by case merged, sorted
    assert p.notes == "Labor für Fertigungstechnik" and not p.archived and not p.is_own_firm
    assert {x.id for x in queries.list_partners(ws)} == {ws.own_firm_id, uni}
    assert queries.own_firm(ws).id == ws.own_firm_id


def test_contact_round_trip(ws, uni):
    cid = ws.execute(partners.create_contact(ws, uni, name="Dr. Anna Beck", role="Transferstelle",
                                             email="beck@hs.example", phone="+49 7431 555-10")).entity_id
    c = ws.get("contact", cid)
    assert (c.partner_id, c.name, c.role, c.email, c.phone) == (
        uni, "Dr. Anna Beck", "Transferstelle", "beck@hs.example", "+49 7431 555-10")
    ws.execute(partners.update_contact(ws, cid, role="Leitung Transfer"))
    assert [x.role for x in queries.contacts_of(ws, uni)] == ["Leitung Transfer"]


def test_relationship_and_assessment_round_trip(ws, uni, rel):
    r = ws.get("relationship", rel)
    assert (r.source_id, r.target_id, r.kind, r.strength, r.since, r.notes) == (
        ws.own_firm_id, uni, RelationshipKind.RESEARCH_PROJECT, 4, date(2021, 3, 1), "Projekt Leichtbau")
    old = ws.execute(relationships.create_assessment(
        ws, rel, {"trust": 2, "openness": 3}, assessed_on=date(2024, 1, 10))).entity_id
    new = ws.execute(relationships.create_assessment(
        ws, rel, {Criterion.TRUST: 5, Criterion.OPENNESS: 4, Criterion.MUTUAL_BENEFIT: None},
        assessed_on=date(2026, 5, 1), comment="deutlich besser")).entity_id
    history = queries.assessments_of(ws, rel)
    assert [a.id for a in history] == [old, new]
    latest = queries.latest_assessments(ws)[rel]
    assert latest.id == new and latest.comment == "deutlich besser"
    assert latest.scores[Criterion.TRUST] == 5 and latest.scores[Criterion.MUTUAL_BENEFIT] is None
    assert latest.quality_index == 87.5  # mean 4.5 on 1..5 -> 87.5 on 0..100
    assert [x.id for x in queries.relationships_of(ws, uni)] == [rel]


def test_goal_and_action_round_trip(ws, uni, goal):
    g = ws.get("goal", goal)
    assert (g.benefit, g.dimension, g.priority, g.status, g.target_date) == (
        Benefit.INNOVATION, Dimension.THEMATIC, Priority.HIGH, GoalStatus.ACTIVE, date(2027, 6, 30))
    assert g.partner_ids == frozenset({uni}) and g.kpi_progress == 0.25
    aid = ws.execute(goals.create_action(
        ws, goal, title="Projektantrag stellen", owner="Leitung Entwicklung", start_date="2026-01-05",
        due_date="15.02.2026", priority="high", effort_days=5, cost_eur="1200,50", partner_id=uni)).entity_id
    a = ws.get("action", aid)
    assert (a.goal_id, a.title, a.start_date, a.due_date, a.status, a.effort_days, a.cost_eur, a.partner_id) == (
        goal, "Projektantrag stellen", date(2026, 1, 5), date(2026, 2, 15), ActionStatus.OPEN, 5.0, 1200.5, uni)
    assert a.is_overdue(date(2026, 3, 1)) and not a.is_overdue(date(2026, 2, 1))
    ws.execute(goals.update_action(ws, aid, status="done"))
    done = ws.get("action", aid)
    assert done.completed_on == date.today() and not done.is_overdue(date(2030, 1, 1))
    ws.execute(goals.update_action(ws, aid, status="in_progress"))
    assert ws.get("action", aid).completed_on is None
    assert [x.id for x in queries.list_actions(ws, goal)] == [aid]


def _each_command(ws, uni, rel, goal):
    """One of every kind of edit, built against the current state (a fresh list per call)."""
    aid = ws.execute(goals.create_action(ws, goal, title="Kick-off", due_date="2026-03-01",
                                         partner_id=uni)).entity_id
    ass = ws.execute(relationships.create_assessment(ws, rel, {"trust": 3})).entity_id
    cid = ws.execute(partners.create_contact(ws, uni, name="Max Weber")).entity_id
    return [
        lambda: partners.create_partner(ws, name="Neuer Partner", kind="supplier", dimensions=["international"]),
        lambda: partners.update_partner(ws, uni, name="HS Zollernalb", tags=["Neu"], dimensions=["thematic"]),
        lambda: partners.archive_partner(ws, uni),
        lambda: partners.move_partners(ws, {uni: (10.0, -4.5), ws.own_firm_id: (0.0, 0.0)}),
        lambda: partners.delete_partner(ws, uni),
        lambda: partners.create_contact(ws, uni, name="Eva Roth"),
        lambda: partners.update_contact(ws, cid, email="weber@hs.example"),
        lambda: partners.delete_contact(ws, cid),
        lambda: relationships.update_relationship(ws, rel, strength=1, since=None),
        lambda: relationships.delete_relationship(ws, rel),
        lambda: relationships.create_assessment(ws, rel, {"commitment": 5}),
        lambda: relationships.update_assessment(ws, ass, scores={"trust": 1}, comment="x"),
        lambda: relationships.delete_assessment(ws, ass),
        lambda: goals.update_goal(ws, goal, kpi_current=3, partner_ids=[], status="achieved"),
        lambda: goals.delete_goal(ws, goal),
        lambda: goals.create_action(ws, goal, title="Neu"),
        lambda: goals.update_action(ws, aid, status="done", owner="GF"),
        lambda: goals.delete_action(ws, aid),
        lambda: goals.create_goal(ws, title="Resilienz", benefit="resilience", partner_ids=[uni]),
    ]


def test_every_command_reverts_to_the_exact_previous_state(ws, uni, rel, goal):
    builders = _each_command(ws, uni, rel, goal)
    for build in builders:
        before = dump_state(ws)
        command = build()
        ws.execute(command)
        after = dump_state(ws)
        assert after != before, f"{command!r} changed nothing"
        assert ws.undo() is command
        assert dump_state(ws) == before, f"{command!r} did not revert exactly"
        assert ws.redo() is command  # redo, then undo again: still exact
        ws.undo()
        assert dump_state(ws) == before, f"{command!r} did not revert exactly after redo"


def test_undo_redo_history(ws, uni):
    ws.execute(partners.update_partner(ws, uni, name="Neu 1"))
    ws.execute(partners.update_partner(ws, uni, name="Neu 2"))
    assert ws.undo().text == "Rename partner “Neu 1” to “Neu 2”"
    assert ws.get("partner", uni).name == "Neu 1"
    ws.redo()
    assert ws.get("partner", uni).name == "Neu 2"
    ws.undo(), ws.undo()
    assert ws.get("partner", uni).name == "Hochschule Zollernalb"


def test_undo_with_empty_history_does_nothing(kind, tmp_path, request):
    server = request.getfixturevalue("pg_server") if kind == "team" else None
    with new_workspace(kind, tmp_path, server) as empty:
        assert empty.undo() is None and empty.redo() is None


def test_set_own_firm_is_one_step(ws, uni):
    before = dump_state(ws)
    ws.execute(partners.set_own_firm(ws, uni))
    assert queries.own_firm(ws).id == uni
    assert not ws.get("partner", ws.own_firm_id).is_own_firm
    ws.undo()
    assert dump_state(ws) == before


def test_delete_impact_names_what_goes_with_it(ws, uni, rel, goal):
    ws.execute(partners.create_contact(ws, uni, name="Max Weber"))
    ws.execute(relationships.create_assessment(ws, rel, {"trust": 3}))
    ws.execute(goals.create_action(ws, goal, title="Termin", partner_id=uni))
    impact = partners.delete_impact(ws, uni)
    assert (impact.contacts, impact.relationships, impact.assessments, impact.goals, impact.actions) == (
        1, 1, 1, 1, 1)


def test_listeners_hear_what_changed(ws, uni):
    heard = []
    ws.subscribe(heard.append)
    ws.execute(partners.delete_partner(ws, uni))
    assert "partner" in heard[-1] and "relationship" in heard[-1]
