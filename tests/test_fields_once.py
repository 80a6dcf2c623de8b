"""Each entity's fields are declared once (domain.entities with domain.fields): validation, the store's columns and
the row mapping follow that one declaration, so a length or a kind changed there changes everywhere."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import String, Text

from netzplaner.domain import entities as e
from netzplaner.domain import validation
from netzplaner.domain.enums import ActionStatus, Criterion, Dimension, GoalStatus, PartnerKind, Priority
from netzplaner.domain.errors import ValidationError
from netzplaner.domain.fields import COUNTRY, EMAIL, REFERENCE, TAG_TEXT, declared, max_length
from netzplaner.services import goals, partners, relationships
from netzplaner.store.mapping import ENTITIES

KEPT_BY_THE_PROGRAM = {"id", "created_at", "updated_at", "taken_at", "summary", "content"}
ENTITY_OF = {"partner": e.Partner, "contact": e.Contact, "relationship": e.Relationship, "assessment": e.Assessment,
             "goal": e.Goal, "action": e.Action, "snapshot": e.NetworkSnapshot}
CLEAN = {"partner": validation.clean_partner, "contact": validation.clean_contact,
         "relationship": validation.clean_relationship, "assessment": validation.clean_assessment,
         "goal": validation.clean_goal, "action": validation.clean_action, "snapshot": validation.clean_snapshot}
VALID = {"partner": {"name": "A", "kind": "company"}, "contact": {"partner_id": "p", "name": "A"},
         "relationship": {"source_id": "a", "target_id": "b", "kind": "supply", "strength": 3},
         "assessment": {"relationship_id": "r", "assessed_on": "2026-01-01", "trust": 3},
         "goal": {"title": "A", "benefit": "resilience"}, "action": {"goal_id": "g", "title": "A"},
         "snapshot": {"label": "Workshop Frühjahr 2026"}}


def _text_fields():
    for name, entity in ENTITY_OF.items():
        for field, spec in declared(entity).items():
            if spec.kind in (str, EMAIL, COUNTRY, REFERENCE):
                yield name, entity, field, spec


def test_every_field_a_user_types_is_declared_and_validation_uses_the_declaration():
    assert set(ENTITY_OF) == set(CLEAN) == set(ENTITIES)
    for name, entity in ENTITY_OF.items():
        typed = {f.name for f in dataclasses.fields(entity)} - KEPT_BY_THE_PROGRAM
        scores = {"scores"} if entity is e.Assessment else set()
        assert set(declared(entity)) == (typed - scores) | {c.value for c in Criterion if scores}, name
        assert getattr(validation, f"{name.upper()}_FIELDS") == declared(entity)
        assert all(spec.label for spec in declared(entity).values()), name
    assert declared(e.Goal)["owner"].label == declared(e.Action)["owner"].label == "Responsible"  # the glossary's


@pytest.mark.parametrize(("name", "entity", "field", "spec"), list(_text_fields()),
                         ids=[f"{n}.{f}" for n, _, f, _ in _text_fields()])
def test_the_store_column_and_validation_take_the_declared_length(name, entity, field, spec):
    column = ENTITIES[name].table.c[field]
    if spec.lines:
        assert isinstance(column.type, Text)
    else:
        assert isinstance(column.type, String) and column.type.length == spec.max_len == max_length(entity, field)
    if spec.kind == COUNTRY:
        return  # a code, checked by its pattern (two letters)
    fill = "a@b.de".rjust(spec.max_len, "x") if spec.kind == EMAIL else "x" * spec.max_len
    assert CLEAN[name]({**VALID[name], field: fill})[field] == fill
    with pytest.raises(ValidationError) as refused:
        CLEAN[name]({**VALID[name], field: "x" + fill})
    assert refused.value.field == field
    assert f"at most {spec.max_len}" in str(refused.value) and spec.label in str(refused.value)


def test_tags_and_ranges_come_from_the_declaration():
    assert ENTITIES["partner"].collections["tags"].value.type.length == TAG_TEXT
    with pytest.raises(ValidationError, match=f"at most {TAG_TEXT} characters"):
        validation.clean_partner({**VALID["partner"], "tags": ["t" * (TAG_TEXT + 1)]})
    strength = declared(e.Relationship)["strength"]
    checks = {c.name: str(c.sqltext) for c in ENTITIES["relationship"].table.constraints if hasattr(c, "sqltext")}
    assert any(f"BETWEEN {strength.low:g} AND {strength.high:g}" in text for text in checks.values())
    with pytest.raises(ValidationError, match="between 1 and 5"):
        validation.clean_assessment({**VALID["assessment"], "trust": 6})


def test_every_declared_field_comes_back_from_the_store_as_its_kind(ws):
    """Write each entity with every field set, read it back: the values and their Python types survive."""
    run = lambda command: ws.execute(command).entity_id
    other = run(partners.create_partner(ws, name="Hochschule", kind="university", dimensions=["thematic"]))
    pid = run(partners.create_partner(
        ws, name="Zulieferer", kind="supplier", dimensions=["regional", "international"], city="Hechingen",
        country="de", region="Zollernalb", industry="Guss", website="https://example.de", notes="Zeile 1\nZeile 2",
        tags=["kritisch", "Guss"], archived=True, pos_x=1.5, pos_y=-2.0))
    cid = run(partners.create_contact(ws, pid, name="Anna Keller", role="Einkauf", email="a.keller@example.de",
                                      phone="+49 7433 1234", notes="ruft zurück"))
    rid = run(relationships.create_relationship(ws, pid, other, kind="supply", strength=4,
                                                since=date(2020, 5, 1), notes="seit Jahren"))
    aid = run(relationships.create_assessment(ws, rid, {"trust": 4, "openness": None, "commitment": 2},
                                              assessed_on=date(2026, 3, 1), comment="gut"))
    gid = run(goals.create_goal(ws, title="Zweitquelle", benefit="resilience", description="Warum",
                                dimension="regional", owner="J. Ostertag", priority="high", status="active",
                                target_date=date(2027, 1, 31), kpi_name="Quellen", kpi_unit="Stück",
                                kpi_baseline=1, kpi_target=3, kpi_current=2, partner_ids=[pid, other]))
    xid = run(goals.create_action(ws, gid, title="Audit", owner="T. Yıldız", start_date=date(2026, 4, 1),
                                  due_date=date(2026, 5, 1), status="blocked", priority="low", effort_days=2.5,
                                  cost_eur=1200, partner_id=pid, notes="vor Ort"))
    partner, contact = ws.get("partner", pid), ws.get("contact", cid)
    assert (partner.name, partner.kind, partner.dimensions) == (
        "Zulieferer", PartnerKind.SUPPLIER, frozenset({Dimension.REGIONAL, Dimension.INTERNATIONAL}))
    assert (partner.city, partner.country, partner.region, partner.industry, partner.website, partner.notes) == (
        "Hechingen", "DE", "Zollernalb", "Guss", "https://example.de", "Zeile 1\nZeile 2")
    assert partner.tags == ("Guss", "kritisch") and partner.archived is True and partner.is_own_firm is False
    assert (partner.pos_x, partner.pos_y) == (1.5, -2.0)
    assert (contact.partner_id, contact.name, contact.role, contact.email, contact.phone, contact.notes) == (
        pid, "Anna Keller", "Einkauf", "a.keller@example.de", "+49 7433 1234", "ruft zurück")
    tie = ws.get("relationship", rid)
    assert (tie.source_id, tie.target_id, tie.kind, tie.strength, tie.since, tie.notes) == (
        pid, other, "supply", 4, date(2020, 5, 1), "seit Jahren")
    assessment = ws.get("assessment", aid)
    assert assessment.scores == {c: {"trust": 4, "commitment": 2}.get(c.value) for c in Criterion}
    assert all(isinstance(c, Criterion) for c in assessment.scores) and assessment.comment == "gut"
    goal, action = ws.get("goal", gid), ws.get("action", xid)
    assert (goal.title, goal.benefit, goal.description, goal.dimension, goal.owner, goal.priority, goal.status,
            goal.target_date, goal.kpi_name, goal.kpi_unit, goal.kpi_baseline, goal.kpi_target, goal.kpi_current,
            goal.partner_ids) == ("Zweitquelle", "resilience", "Warum", Dimension.REGIONAL, "J. Ostertag",
                                  Priority.HIGH, GoalStatus.ACTIVE, date(2027, 1, 31), "Quellen", "Stück", 1, 3, 2,
                                  frozenset({pid, other}))
    assert (action.goal_id, action.title, action.owner, action.start_date, action.due_date, action.status,
            action.priority, action.effort_days, action.cost_eur, action.partner_id, action.notes) == (
        gid, "Audit", "T. Yıldız", date(2026, 4, 1), date(2026, 5, 1), "blocked", "low", 2.5, 1200, pid, "vor Ort")
    for entity in (partner, contact, tie, assessment, goal, action):
        for name, spec in declared(type(entity)).items():
            value = getattr(entity, name, None)
            if isinstance(spec.kind, type) and value is not None:
                assert isinstance(value, spec.kind), (type(entity).__name__, name, value)


def test_an_empty_input_takes_the_declared_default():
    goal = validation.clean_goal({"title": "A", "benefit": "innovation", "priority": "", "status": None})
    assert (goal["priority"], goal["status"], goal["dimension"], goal["partner_ids"]) == (
        Priority.MEDIUM, GoalStatus.PLANNED, None, frozenset())
    assert goal["priority"] == e.Goal("g", "A", "innovation").priority  # the entity's own default
    action = validation.clean_action({"goal_id": "g", "title": "A", "partner_id": " ", "status": ""})
    assert (action["partner_id"], action["status"], action["owner"]) == (None, ActionStatus.OPEN, "")
    partner = validation.clean_partner({"name": "A", "kind": "company", "country": " "})
    assert (partner["tags"], partner["dimensions"], partner["archived"], partner["country"]) == (
        (), frozenset(), False, "")
    assert validation.clean_goal({"priority": ""}, partial=True) == {"priority": Priority.MEDIUM}
