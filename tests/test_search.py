"""Search across everything (issue 15, part 6): one query finds partners (name, street, postcode, city, further
details), contacts, tags, notes, goals, actions and owners, umlaut- and case-blind, grouped by kind, each result
naming its place."""

from __future__ import annotations

import pytest

from netzplaner import api
from netzplaner.domain.text import fold
from netzplaner.services.search import KINDS, build_index, search
from netzplaner.services.workspace import Workspace


@pytest.fixture(scope="module")
def doc():
    ws = api.create_in_memory("Suche")
    run = lambda cmd: ws.execute(cmd).entity_id  # noqa: E731
    own = run(api.partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
    weiss = run(api.partners.create_partner(
        ws, name="Metallbau Weiß GmbH", kind="supplier", street="Hauptstraße 5", postcode="73430", city="Aalen",
        extra="Kundennummer: K-4711\nZahlungsziel: 30 Tage", tags=["Härterei", "Zulieferer"],
        notes="Einziger Härter für Spindelwellen.\nAudit bestanden."))
    uni = run(api.partners.create_partner(ws, name="Hochschule Ulm", kind="university", city="Ulm",
                                          tags=["Forschung"]))
    run(api.partners.create_contact(ws, uni, name="Anna Müller", title="Prof. Dr.", role="Dekanin",
                                    email="mueller@hs-ulm.example", notes="Mag kurze Wege."))
    rel = run(api.relationships.create_relationship(ws, own, weiss, kind="supply", strength=4,
                                                    notes="Rahmenvertrag über Spindelwellen"))
    goal = run(api.goals.create_goal(ws, title="Resilienz der Lieferkette", benefit="resilience", owner="H. Kern",
                                     description="Zweite Quelle für Härteteile"))
    action = run(api.goals.create_action(ws, goal, title="Zweitlieferanten qualifizieren", owner="P. Kern",
                                         notes="Angebote aus Tschechien einholen"))
    index = build_index(ws)
    yield {"ws": ws, "index": index, "own": own, "weiss": weiss, "uni": uni, "rel": rel, "goal": goal,
           "action": action}
    ws.close()


def _found(doc, text: str) -> dict[str, list[tuple[str, str, str]]]:
    """kind -> [(title, target, target id)] of the results for ``text``."""
    return {g.kind: [(h.entry.title, *h.target) for h in g.hits] for g in doc["index"].search(text).groups}


def test_folding_treats_umlauts_sharp_s_and_case_alike():
    assert fold("Weiß") == fold("Weiss") == fold("WEISS") == "weiss"
    assert fold("Müller") == fold("Mueller") == fold("muller") == fold("MÜLLER")
    assert fold("Härterei") == fold("Haerterei") == fold("harterei")
    assert fold("  Hoch \n schule ") == "hoch schule"


@pytest.mark.parametrize("typed", ["Weiss", "weiß", "WEISS", "metallbau weiss"])
def test_weiss_finds_weiss_with_sharp_s(doc, typed):
    assert _found(doc, typed)["partner"] == [("Metallbau Weiß GmbH", "partner", doc["weiss"])]


@pytest.mark.parametrize("typed", ["Mueller", "muller", "MÜLLER", "Müll"])
def test_a_contact_is_found_however_the_umlaut_is_typed_and_leads_to_its_partner(doc, typed):
    assert _found(doc, typed)["contact"] == [("Prof. Dr. Anna Müller", "partner", doc["uni"])]


def test_a_contact_shows_its_partner_and_role(doc):
    hit = doc["index"].search("dekanin").groups[0].hits[0]
    assert (hit.kind, hit.entry.context, hit.matched) == ("contact", "Hochschule Ulm · Dekanin", "Dekanin")


def test_owners_of_goals_and_actions(doc):
    found = _found(doc, "kern")
    assert found["owner"] == [("H. Kern", "owner", "H. Kern"), ("P. Kern", "owner", "P. Kern")]
    counts = {h.entry.title: h.entry.counts for h in doc["index"].search("kern").groups[-1].hits}
    assert counts == {"H. Kern": (1, 0), "P. Kern": (0, 1)}


def test_goals_actions_tags_and_notes_each_lead_to_their_place(doc):
    assert _found(doc, "resilienz")["goal"] == [("Resilienz der Lieferkette", "goal", doc["goal"])]
    assert _found(doc, "haerteteile")["goal"] == [("Resilienz der Lieferkette", "goal", doc["goal"])]  # description
    assert _found(doc, "zweitlieferant")["action"] == [("Zweitlieferanten qualifizieren", "action", doc["action"])]
    assert _found(doc, "harterei")["tag"] == [("Härterei", "tag", "Härterei")]
    notes = _found(doc, "spindelwellen")["note"]
    assert sorted(notes) == sorted([("Metallbau Weiß GmbH", "partner", doc["weiss"]),
                                    ("Eyachtal GmbH – Metallbau Weiß GmbH", "relationship", doc["rel"])])
    assert _found(doc, "tschechien")["note"] == [("Zweitlieferanten qualifizieren", "action", doc["action"])]
    assert _found(doc, "kurze wege")["note"] == [("Prof. Dr. Anna Müller (Hochschule Ulm)", "partner", doc["uni"])]


def test_the_address_fields_and_further_details_are_searched(doc):
    for typed in ("hauptstrasse", "73430", "aalen", "K-4711", "zahlungsziel"):
        assert _found(doc, typed)["partner"] == [("Metallbau Weiß GmbH", "partner", doc["weiss"])], typed
    hit = doc["index"].search("4711").groups[0].hits[0]
    assert hit.matched == "Kundennummer: K-4711"  # the line of the further details that matched
    assert hit.entry.context == "Hauptstraße 5, 73430 Aalen"


def test_results_are_grouped_by_kind_in_one_order(doc):
    groups = doc["index"].search("e").groups
    kinds = [g.kind for g in groups]
    assert kinds == [k for k in KINDS if k in kinds] and len(kinds) == len(KINDS)  # "e" is in every kind
    assert all(g.total >= len(g.hits) > 0 for g in groups)


def test_names_that_start_with_the_query_come_first_and_limit_counts(doc):
    ws = api.create_in_memory("Rang")
    for name in ("Zentrum Ulm", "Ulmer Stahl", "Neu-Ulm Guss", "Bulmann KG"):
        ws.execute(api.partners.create_partner(ws, name=name, kind="company"))
    groups = search(ws, "ulm", limit=3).groups
    assert [h.entry.title for h in groups[0].hits] == ["Ulmer Stahl", "Neu-Ulm Guss", "Zentrum Ulm"]
    assert groups[0].total == 4  # four match, three shown


def test_nothing_found_and_empty_queries(doc):
    assert doc["index"].search("Raumschiff").groups == ()
    assert doc["index"].search("   ").groups == () and doc["index"].search("\x00\x01").groups == ()


def test_the_index_is_a_snapshot_and_a_new_build_sees_an_edit(doc):
    ws = doc["ws"]
    pid = ws.execute(api.partners.create_partner(ws, name="Gießerei Nord", kind="company")).entity_id
    try:
        assert "partner" not in _found(doc, "giesserei")
        assert [h.target for h in search(ws, "giesserei").hits] == [("partner", pid)]
    finally:
        ws.undo()


# -- the index's life on the worker leaves the GUI thread alone (issue 17) --------------------------------------

@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from netzplaner.services.demo import write_synthetic

    path = tmp_path_factory.mktemp("search-gc") / "netz.netzplan"
    write_synthetic(path, partners=1500, seed=1)
    with Workspace.open(path, read_only=True) as ws:
        yield ws


def test_building_the_index_runs_no_pass_of_the_cycle_collector(synthetic):
    # a pass holds the interpreter lock: a full one over the window's heap stood the GUI still for 100-300 ms
    import gc

    passes = []
    callback = lambda phase, info: phase == "start" and passes.append(info["generation"])  # noqa: E731
    gc.callbacks.append(callback)
    try:
        index = build_index(synthetic)
    finally:
        gc.callbacks.remove(callback)
    assert len(index) > 1500
    assert passes in ([], [0])  # at most the one young pass when the collector resumes (hundreds without the pause)
    assert gc.isenabled()


def test_the_index_keeps_texts_not_objects_the_collector_walks(synthetic):
    import gc

    gc.collect()
    before = len(gc.get_objects())
    index = build_index(synthetic)
    gc.collect()
    assert len(index) > 1500
    assert len(gc.get_objects()) - before < 200  # lists of texts; one object per entry was > 5,000
    hit = index.search("gmbh").hits[0]
    assert hit.entry.fields[0] and hit.entry.target == "partner"  # an Entry is still made for a hit
