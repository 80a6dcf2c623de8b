"""Every bad input gets one clear sentence, names its field, and writes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import dump_state
from netzplaner.domain.errors import ValidationError
from netzplaner.services import goals, partners, relationships


@pytest.fixture
def setup(ws):
    uni = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university")).entity_id
    rel = ws.execute(relationships.create_relationship(ws, ws.own_firm_id, uni, kind="cooperation",
                                                       strength=3)).entity_id
    goal = ws.execute(goals.create_goal(ws, title="Resilienz", benefit="resilience")).entity_id
    action = ws.execute(goals.create_action(ws, goal, title="Zweitlieferant", start_date="2026-03-01")).entity_id
    return {"ws": ws, "own": ws.own_firm_id, "uni": uni, "rel": rel, "goal": goal, "action": action}


CASES = {
    "empty name": (lambda s: partners.create_partner(s["ws"], name="  ", kind="company"),
                   "name", "Name must not be empty."),
    "duplicate name, other case": (lambda s: partners.create_partner(s["ws"], name="hochschule NORD",
                                                                     kind="company"),
                                   "name", "There is already a partner called “Hochschule Nord”."),
    "rename onto another name": (lambda s: partners.update_partner(s["ws"], s["uni"],
                                                                   name="Eyachtal Präzisionsmaschinen GmbH"),
                                 "name", "There is already a partner called “Eyachtal Präzisionsmaschinen GmbH”."),
    "unknown kind": (lambda s: partners.create_partner(s["ws"], name="X", kind="spaceship"),
                     "kind", "“spaceship” is not a valid value for Kind."),
    "bad country": (lambda s: partners.create_partner(s["ws"], name="X", kind="company", country="Germany"),
                    "country", "Country must be a two-letter ISO code such as DE, FR or CN, not “Germany”."),
    "bad e-mail": (lambda s: partners.create_contact(s["ws"], s["uni"], name="A. Beck", email="beck(at)hs"),
                   "email", "“beck(at)hs” is not a valid e-mail address."),
    "second own firm": (lambda s: partners.create_partner(s["ws"], name="Y", kind="company", is_own_firm=True),
                        "is_own_firm", "“Eyachtal Präzisionsmaschinen GmbH” is already marked as your own firm; "
                                       "a document has exactly one."),
    "delete own firm": (lambda s: partners.delete_partner(s["ws"], s["own"]),
                        "is_own_firm", "Your own firm cannot be deleted; it is the centre of the map."),
    "archive own firm": (lambda s: partners.archive_partner(s["ws"], s["own"]),
                         "archived", "Your own firm cannot be archived."),
    "relationship to itself": (lambda s: relationships.create_relationship(s["ws"], s["uni"], s["uni"],
                                                                           kind="cooperation", strength=2),
                               "target_id", "A relationship needs two different partners."),
    "duplicate relationship reversed": (
        lambda s: relationships.create_relationship(s["ws"], s["uni"], s["own"], kind="cooperation", strength=2),
        "kind", "These two partners already have a relationship of this kind."),
    "strength too high": (lambda s: relationships.update_relationship(s["ws"], s["rel"], strength=6),
                          "strength", "Strength must be between 1 and 5, not 6."),
    "strength not a number": (lambda s: relationships.create_relationship(s["ws"], s["own"], s["uni"],
                                                                          kind="sales", strength="stark"),
                              "strength", "Strength must be a number, not “stark”."),
    "score outside 1-5": (lambda s: relationships.create_assessment(s["ws"], s["rel"], {"trust": 0}),
                          "trust", "Trust must be between 1 and 5, not 0."),
    "score not whole": (lambda s: relationships.create_assessment(s["ws"], s["rel"], {"openness": 2.5}),
                        "openness", "Openness must be a whole number, not “2.5”."),
    "nothing scored": (lambda s: relationships.create_assessment(s["ws"], s["rel"], {"trust": None}),
                       "openness", "Score at least one criterion from 1 to 5."),
    "due before start": (lambda s: goals.create_action(s["ws"], s["goal"], title="A", start_date="2026-05-02",
                                                       due_date="2026-05-01"),
                         "due_date", "The due date (01.05.2026) lies before the start (02.05.2026)."),
    "due moved before existing start": (lambda s: goals.update_action(s["ws"], s["action"],
                                                                      due_date="2026-02-01"),
                                        "due_date", "The due date (01.02.2026) lies before the start (01.03.2026)."),
    "bad date": (lambda s: goals.create_goal(s["ws"], title="Z", benefit="innovation", target_date="31.02.2026"),
                 "target_date", "Target date is not a valid date: “31.02.2026”."),
    "negative cost": (lambda s: goals.create_action(s["ws"], s["goal"], title="A", cost_eur=-5),
                      "cost_eur", "Cost must not be negative."),
    "goal without title": (lambda s: goals.create_goal(s["ws"], title="", benefit="innovation"),
                           "title", "Title must not be empty."),
    "goal with unknown partner": (lambda s: goals.create_goal(s["ws"], title="Z", benefit="innovation",
                                                              partner_ids=["nope"]),
                                  "partner_ids", "The chosen partner is no longer in the document."),
    "too long name": (lambda s: partners.create_partner(s["ws"], name="x" * 201, kind="company"),
                      "name", "Name is too long (201 characters; at most 200)."),
    "unknown field": (lambda s: partners.create_partner(s["ws"], name="X", kind="company", colour="red"),
                      "colour", "Unknown field: colour."),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_with_a_clear_sentence(setup, case):
    build, field, message = CASES[case]
    ws = setup["ws"]
    before = dump_state(ws)
    with pytest.raises(ValidationError) as caught:
        ws.execute(build(setup))  # errors may come while building (form rules) or applying (document rules)
    assert caught.value.field == field
    assert str(caught.value) == message
    assert dump_state(ws) == before
