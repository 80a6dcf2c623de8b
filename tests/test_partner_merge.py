"""Partner → "Partner zusammenführen" (issue 15): every kind of linked row moves to the survivor, in one undo step.

A document with every kind of row hanging on the partner that goes: a tie between the two (it must not become a
loop), two ties of the same kind to one third partner (they become one: the stronger strength, the earlier since,
both notes, both assessment histories), a tie of another kind to that partner and a tie to a fourth (both move),
contacts (one of the same name as a survivor's: combined), tags, networks, goals and actions. Undo gives back
exactly the rows that were there (``dump_state``: every column of every table, versions and timestamps included).
"""

from __future__ import annotations

from datetime import date

import pytest

from netzplaner.domain.enums import Dimension, PartnerKind
from netzplaner.domain.errors import ValidationError
from netzplaner.services import goals, partners, queries, relationships
from netzplaner.services.partner_merge import BOTH, OTHER, merge_partners, merge_plan
from tests.conftest import dump_state, new_workspace, with_own_firm


def add(ws, command):
    return ws.execute(command).entity_id


@pytest.fixture
def net(ws):
    """Two records of one university (``keep`` survives, ``gone`` is merged into it) with everything linked."""
    p = lambda **kw: add(ws, partners.create_partner(ws, **kw))
    keep = p(name="Hochschule Reutlingen", kind="university", city="Reutlingen", dimensions=["regional"],
             tags=["Labor"], notes="Gemeinsames Labor", industry="")
    gone = p(name="HS Reutlingen", kind="research_institute", city="Reutlingen", street="Alteburgstr. 150",
             dimensions=["thematic"], tags=["Praktika", "labor"], notes="Praktikanten", industry="Forschung",
             pos_x=10.0, pos_y=20.0)
    third = p(name="IHK Reutlingen", kind="chamber")
    fourth = p(name="Bosch", kind="customer")
    rel = lambda a, b, **kw: add(ws, relationships.create_relationship(ws, a, b, **kw))
    between = rel(gone, keep, kind="cooperation", strength=4)
    twin_keep = rel(keep, third, kind="membership", strength=2, since=date(2020, 1, 1), notes="Mitglied")
    twin_gone = rel(third, gone, kind="membership", strength=4, since=date(2018, 5, 1), notes="Prüfungsausschuss")
    other_kind = rel(gone, third, kind="knowledge_exchange", strength=3)
    to_fourth = rel(gone, fourth, kind="research_project", strength=5)
    assess = lambda r, day, score: add(ws, relationships.create_assessment(
        ws, r, {"trust": score, "openness": score}, assessed_on=day))
    assess(between, date(2024, 1, 1), 4)
    assess(twin_keep, date(2023, 1, 1), 2)
    moved_assessment = assess(twin_gone, date(2025, 3, 1), 5)
    assess(to_fourth, date(2024, 6, 1), 3)
    add(ws, partners.create_contact(ws, keep, name="Klaus Kern", role="Professor"))
    add(ws, partners.create_contact(ws, gone, name="klaus kern", email="kern@hs.example", phone="0712 1"))
    add(ws, partners.create_contact(ws, gone, name="Dr. Weiß", role="Praktikantenamt"))
    goal_both = add(ws, goals.create_goal(ws, title="Fachkräfte", benefit="resilience",
                                          partner_ids=[keep, gone, third]))
    goal_gone = add(ws, goals.create_goal(ws, title="Labor", benefit="innovation", partner_ids=[gone]))
    action = add(ws, goals.create_action(ws, goal_gone, title="Praktika anbieten", partner_id=gone))
    return dict(keep=keep, gone=gone, third=third, fourth=fourth, between=between, twin_keep=twin_keep,
                twin_gone=twin_gone, other_kind=other_kind, to_fourth=to_fourth, goal_both=goal_both,
                goal_gone=goal_gone, action=action, moved_assessment=moved_assessment)


def test_the_plan_says_what_moves_and_which_fields_to_choose(ws, net):
    plan = merge_plan(ws, net["keep"], net["gone"])
    assert plan.conflicts == ("name", "kind", "notes")  # city equal, industry and street only on one side
    assert set(plan.filled) == {"street", "industry"}
    assert (plan.contacts, plan.relationships_moved, plan.relationships_combined, plan.relationships_removed) == \
        (2, 2, 1, 1)
    assert (plan.assessments_moved, plan.assessments_removed, plan.goals, plan.actions) == (1, 1, 2, 1)
    assert plan.tags_added == ("Praktika",)  # "labor" is "Labor"


def test_merge_moves_every_linked_row_and_undo_restores_exactly(ws, net):
    before = dump_state(ws)
    ws.execute(merge_partners(ws, net["keep"], net["gone"], {"kind": OTHER, "notes": BOTH}))
    keep = ws.get("partner", net["keep"])
    assert not queries.existing(ws, "partner", [net["gone"]])
    assert keep.name == "Hochschule Reutlingen" and keep.kind == PartnerKind.RESEARCH_INSTITUTE
    assert keep.notes == "Gemeinsames Labor\nPraktikanten" and keep.street == "Alteburgstr. 150"
    assert keep.industry == "Forschung" and (keep.pos_x, keep.pos_y) == (10.0, 20.0)  # it had no place: the other's
    assert keep.tags == ("Labor", "Praktika") and keep.dimensions == {Dimension.REGIONAL, Dimension.THEMATIC}
    ties = {r.id: r for r in queries.relationships_of(ws, net["keep"])}
    # the tie between the two is gone (no loop), its assessment with it
    assert net["between"] not in ties and all(r.source_id != r.target_id for r in queries.list_relationships(ws))
    # two membership ties to the IHK became one: stronger strength, earlier since, both notes, both histories
    assert net["twin_gone"] not in ties
    twin = ties[net["twin_keep"]]
    assert (twin.strength, twin.since, twin.notes) == (4, date(2018, 5, 1), "Mitglied\nPrüfungsausschuss")
    history = queries.assessments_of(ws, twin.id)
    assert [a.assessed_on for a in history] == [date(2023, 1, 1), date(2025, 3, 1)]
    assert queries.latest_assessments(ws, [twin.id])[twin.id].id == net["moved_assessment"]
    # a tie of another kind to the IHK and the tie to Bosch moved, with their assessments
    assert {net["other_kind"], net["to_fourth"]} <= set(ties) and len(ties) == 3
    assert len(queries.assessments_of(ws, net["to_fourth"])) == 1
    assert {r.kind.value for r in ties.values() if net["third"] in (r.source_id, r.target_id)} == \
        {"membership", "knowledge_exchange"}
    # contacts: the same person combined (empty fields filled), the other one moved
    contacts = {c.name: c for c in queries.contacts_of(ws, net["keep"])}
    assert set(contacts) == {"Klaus Kern", "Dr. Weiß"}
    assert contacts["Klaus Kern"].role == "Professor" and contacts["Klaus Kern"].email == "kern@hs.example"
    # goals and actions name the survivor
    assert ws.get("goal", net["goal_both"]).partner_ids == {net["keep"], net["third"]}
    assert ws.get("goal", net["goal_gone"]).partner_ids == {net["keep"]}
    assert ws.get("action", net["action"]).partner_id == net["keep"]
    assert ws.undo_text == "Merge partner “HS Reutlingen” into “Hochschule Reutlingen”"
    ws.undo()
    assert dump_state(ws) == before  # one step, every row back as it was
    ws.redo()
    assert not queries.existing(ws, "partner", [net["gone"]]) and len(queries.relationships_of(ws, net["keep"])) == 3


def test_choosing_the_other_name_and_merging_the_other_way(ws, net):
    ws.execute(merge_partners(ws, net["gone"], net["keep"], {"name": OTHER}))
    survivor = ws.get("partner", net["gone"])
    assert survivor.name == "Hochschule Reutlingen" and survivor.kind == PartnerKind.RESEARCH_INSTITUTE
    assert survivor.notes == "Praktikanten" and (survivor.pos_x, survivor.pos_y) == (10.0, 20.0)
    assert {p.name for p in queries.list_partners(ws)} == {
        "Eyachtal Präzisionsmaschinen GmbH", "Hochschule Reutlingen", "IHK Reutlingen", "Bosch"}


def test_bad_merges_are_refused_with_a_sentence_and_write_nothing(ws, net):
    before = dump_state(ws)
    with pytest.raises(ValidationError, match="two different partners"):
        merge_partners(ws, net["keep"], net["keep"])
    with pytest.raises(ValidationError, match="own firm must be the partner that stays"):
        merge_partners(ws, net["keep"], ws.own_firm_id)
    with pytest.raises(ValidationError, match="no choice"):
        merge_partners(ws, net["keep"], net["gone"], {"kind": BOTH})
    assert dump_state(ws) == before


def test_a_merge_planned_before_someone_changed_a_moved_row_changes_nothing(ws, net):
    """All or nothing: a row deleted between planning and applying makes the whole step fail."""
    command = merge_partners(ws, net["keep"], net["gone"])
    ws.execute(relationships.delete_relationship(ws, net["to_fourth"]))
    before = dump_state(ws)
    with pytest.raises(Exception):
        ws.execute(command)
    assert dump_state(ws) == before


@pytest.mark.parametrize("kind", ["memory", "team"])
def test_merge_on_the_memory_store_and_a_team_network(kind, tmp_path, request):
    server = request.getfixturevalue("pg_server") if kind == "team" else None
    ws = with_own_firm(new_workspace(kind, tmp_path, server))
    a = add(ws, partners.create_partner(ws, name="Bosch", kind="customer", archived=True))
    b = add(ws, partners.create_partner(ws, name="Robert Bosch GmbH", kind="customer", city="Gerlingen"))
    add(ws, relationships.create_relationship(ws, ws.own_firm_id, b, kind="sales", strength=3))
    add(ws, relationships.create_relationship(ws, a, ws.own_firm_id, kind="sales", strength=2))
    before = dump_state(ws)
    ws.execute(merge_partners(ws, a, b))
    (tie,) = queries.relationships_of(ws, a)
    assert tie.strength == 3 and ws.get("partner", a).city == "Gerlingen"
    assert not ws.get("partner", a).archived  # one of the two was active: the merged partner is
    ws.undo()
    assert dump_state(ws) == before
    ws.close()
