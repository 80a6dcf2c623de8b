"""Duplicates spelled differently (issue 15): the name normalisation, the proposals with their reasons, and the
import of the realistic list tests/fixtures/import/partner_list_cp1252.csv (within the file and against a document).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from netzplaner.domain.name_match import name_key, respelled
from netzplaner.services import partners, queries
from netzplaner.services.duplicates import find_duplicates, similarity
from netzplaner.services.partner_import import ADDED, UPDATED, apply_import, plan_import
from tests.conftest import dump_state

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "import" / "partner_list_cp1252.csv"
PAIRS = {("HS Reutlingen", "Hochschule Reutlingen"), ("Industrie- und Handelskammer Reutlingen", "IHK Reutlingen"),
         ("Robert Bosch GmbH", "Bosch"), ("Mueller Präzisionsteile GmbH", "Müller Präzisionsteile")}


def fixture_rows() -> list[tuple[int, str, str]]:
    with FIXTURE.open(encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    return [(number, cells[0], cells[4]) for number, cells in enumerate(rows, 2)]


@pytest.mark.parametrize("a, b", [
    ("Müller Präzisionsteile", "Mueller Präzisionsteile GmbH"), ("Eyach Logistik", "EYACH LOGISTIK GmbH & Co. KG"),
    ("Netzwerk Qualitätsmanagement e.V.", "Netzwerk Qualitaetsmanagement eV"), ("Brno Machining s.r.o.", "Brno Machining"),
    ("HS Reutlingen", "Hochschule Reutlingen"), ("TH Ulm", "Technische Hochschule Ulm"),
    ("IHK Reutlingen", "Industrie- und Handelskammer Reutlingen"), ("Uni Stuttgart", "Universität Stuttgart"),
    ("Straßenbau Groß AG", "Strassenbau Gross"), ("Précision Alsace SARL", "Precision Alsace"),
    ("Xinbo Tools Co., Ltd.", "Xinbo Tools"), ("Polmet Sp. z o.o.", "Polmet"), ("Müller GmbH 2", "Mueller 2")])
def test_spellings_of_one_name_meet(a, b):
    assert name_key(a).text == name_key(b).text


@pytest.mark.parametrize("a, b", [
    ("Hochschule Reutlingen", "Handwerkskammer Reutlingen"), ("IHK Reutlingen", "Handwerkskammer Reutlingen"),
    ("Technische Hochschule Ulm", "Hochschule Ulm"), ("AG Fertigung", "Fertigung"), ("Werk 2 GmbH", "Werk 3 GmbH")])
def test_different_names_stay_different(a, b):
    assert name_key(a).text != name_key(b).text


def test_legal_form_alone_is_not_taken_off():
    assert name_key("AG").text == "ag" and name_key("KG").legal_form == ""
    assert name_key("Eyach Logistik GmbH & Co. KG").legal_form == "GmbH & Co. KG"
    assert respelled("Müller", "Mueller") and not respelled("HS Reutlingen", "Hochschule Reutlingen")


def test_names_without_letters_are_no_duplicates_of_each_other():
    assert find_duplicates([(2, "???", ""), (3, "!!!", ""), (4, "–", "")], [("x", "…", "")]) == []


def test_the_realistic_list_proposes_its_four_pairs_and_nothing_else():
    found = {(c.name, c.other_name): c for c in find_duplicates(fixture_rows(), [])}
    assert set(found) == PAIRS  # Handwerkskammer is not the IHK, TH Ulm not the HS Reutlingen, and so on
    reasons = {pair: c.reason_text() for pair, c in found.items()}
    assert reasons[("HS Reutlingen", "Hochschule Reutlingen")] == "HS = Hochschule"
    assert reasons[("Industrie- und Handelskammer Reutlingen", "IHK Reutlingen")] == \
        "IHK = Industrie- und Handelskammer"
    assert reasons[("Robert Bosch GmbH", "Bosch")] == "every word of “Bosch” is in “Robert Bosch GmbH”"
    assert "legal form" in reasons[("Mueller Präzisionsteile GmbH", "Müller Präzisionsteile")]
    assert "ae/oe/ue" in reasons[("Mueller Präzisionsteile GmbH", "Müller Präzisionsteile")]
    merged = {pair for pair, c in found.items() if c.merge_by_default}
    assert merged == PAIRS - {("Robert Bosch GmbH", "Bosch")}  # only a part of the name: the user decides


def test_the_list_against_a_document_holding_one_of_each_pair():
    rows = fixture_rows()
    document = [(f"id{number}", name, city) for number, name, city in rows if name in {b for _a, b in PAIRS}]
    found = find_duplicates([r for r in rows if r[1] not in {b for _a, b in PAIRS}], document)
    assert {(c.name, c.other_name) for c in found} == PAIRS
    assert all(c.other_id is not None and c.other_row is None for c in found)


@pytest.mark.parametrize("name, other, proposed", [
    ("Fraunhofer IPA", "Fraunhover IPA", True),  # a typo
    ("Stahlhandel Süd GmbH", "Stahlhandl Süd", True),
    ("Handelskammer Reutlingen", "Handwerkskammer Reutlingen", False),  # a different kind of body
    ("Verband Leichtbau Kocherblick", "Verband Leichtbau Kocherbach", False),  # a different place
    ("Hochschule Brenzhof", "Hochschule Enzhof", False),
    ("Handelskammer Reutlingen Süd", "Handwerkskammer Reutlingen Süd", False),  # in one block, still different
    ("Werkzeugbau Kurz 2", "Werkzeugbau Kurz 3", False),  # numbers tell them apart
    ("Lager 1000 Nord", "Lager 10000 Nord", False),  # however alike they look
    ("Robert Bosch Stiftung", "Bosch", False),  # a foundation is not the firm
    ("Reutlingen", "Hochschule Reutlingen", False),  # the town alone is no name
    ("Reutlingen", "Stahlbau Reutlingen", False),
])
def test_fuzzy_and_part_rules(name, other, proposed):
    found = find_duplicates([(2, name, "Reutlingen")], [("x", other, "Reutlingen")])
    assert bool(found) == proposed


@pytest.mark.parametrize("name, other, alike", [
    ("Fraunhofer IPA", "Fraunhover IPA", True), ("Schwäbische Werkzeugbau", "Schwaebische Werkzeugbauu", True),
    ("Verband Leichtbau Kocherblick", "Verband Leichtbau Kocherbach", False),  # the words that differ are not alike
    ("Metallbau Sonnental", "Metallbau Tonnental", False),  # nor is another first letter a slip: two valleys
    ("Stahlbau Nord 2", "Stahlbau Nord 3", False)])
def test_the_fuzzy_rule_on_its_own(name, other, alike):
    """Independent of the blocks that choose which names are compared at all."""
    assert (similarity(name, other) >= 90) == alike


def test_same_name_in_other_capitals_is_reported_not_merged_silently(ws, tmp_path):
    existing = ws.execute(partners.create_partner(ws, name="Feld SL", kind="company")).entity_id
    path = tmp_path / "caps.csv"
    path.write_text("Name;Ort\nFELD SL;Madrid\nMetallbau Kurz;\nMETALLBAU KURZ;Hechingen\n", encoding="utf-8")
    report = plan_import(ws, path)
    fixed = {(c.name, c.other_name) for c in report.duplicates if c.fixed}
    assert fixed == {("FELD SL", "Feld SL"), ("METALLBAU KURZ", "Metallbau Kurz")}
    notes = {r.row: " ".join(str(n) for n in r.notes) for r in report.rows}
    assert "apart from capitals" in notes[2] and "apart from capitals" in notes[4]
    apply_import(ws, report)
    assert ws.get("partner", existing).city == "Madrid"  # one partner (names are unique regardless of case)


def test_import_of_the_realistic_list_merges_the_proposals_and_follows_the_choice(ws):
    report = plan_import(ws, FIXTURE)
    status = {r.row: r.status for r in report.rows}
    assert status[3] == UPDATED and status[5] == UPDATED and status[9] == UPDATED  # merged into rows 2, 4, 8
    assert status[7] == ADDED  # Robert Bosch GmbH: proposed, kept apart unless chosen
    assert report.merged == {3, 5, 9}
    before = dump_state(ws)
    chosen = plan_import(ws, FIXTURE, merge={7: True, 3: False})
    assert chosen.merged == {5, 7, 9}
    apply_import(ws, chosen)
    names = {p.name for p in queries.list_partners(ws)}
    assert {"Bosch", "HS Reutlingen", "Hochschule Reutlingen"} <= names and "Robert Bosch GmbH" not in names
    assert "Mueller Präzisionsteile GmbH" not in names and len(names) == 1 + 30 - 3
    bosch = next(p for p in queries.list_partners(ws) if p.name == "Bosch")
    assert len(queries.contacts_of(ws, bosch.id)) == 2  # both rows' contacts on one partner
    ws.undo()
    assert dump_state(ws) == before


def test_rows_against_the_document_merge_into_its_partner(ws):
    hs = ws.execute(partners.create_partner(ws, name="Hochschule Reutlingen", kind="university")).entity_id
    ihk = ws.execute(partners.create_partner(ws, name="Industrie- und Handelskammer Reutlingen",
                                             kind="chamber")).entity_id
    report = plan_import(ws, FIXTURE)
    to_document = {c.name: c.other_id for c in report.duplicates if c.other_id}
    assert to_document == {"HS Reutlingen": hs, "IHK Reutlingen": ihk}
    apply_import(ws, report)
    names = {p.name for p in queries.list_partners(ws)}
    assert "HS Reutlingen" not in names and "IHK Reutlingen" not in names
    assert len(queries.contacts_of(ws, hs)) == 2 and len(queries.contacts_of(ws, ihk)) == 2
