"""Import of partner lists (csv in each encoding and separator, xlsx), Kumu workbooks and Gephi tables.

Every import is planned first (the report is complete before anything is written), merges duplicates by name
instead of doubling them, and is applied as one undoable step, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.domain.enums import Dimension, PartnerKind, RelationshipKind
from netzplaner.domain.errors import NetzplanerError, ValidationError
from netzplaner.io.countries import country_code
from netzplaner.io.import_source import read_source
from netzplaner.io.partner_table import field_of, partner_kind
from netzplaner.io.relation_table import relationship_kind, strengths
from netzplaner.services import partners, queries
from netzplaner.services.partner_import import (
    ADDED,
    SKIPPED,
    UPDATED,
    apply_import,
    import_partners,
    plan_import,
)
from netzplaner.services.workspace import Workspace
from tests.conftest import dump_state

# a real Kumu workbook (copied from the project's shared sample data, so a clean clone tests it too)
KUMU = Path(__file__).resolve().parent / "fixtures" / "kumu-paypal-mafia.xlsx"
GERMAN = [["Firma", "Typ", "PLZ", "Ort", "Land", "Branche", "Ansprechpartner", "E-Mail", "Telefon", "Schlagworte"],
          ["Härterei Schäfer GmbH", "Lieferant", "72336", "Balingen", "Deutschland", "Wärmebehandlung",
           "Jürgen Weiß", "j.weiss@haerterei.example", "+49 7433 1234", "Härten; Nitrieren"],
          ["Hochschule Albstadt-Sigmaringen", "Hochschule", "72458", "Albstadt", "Deutschland", "Forschung", "", "",
           "", ""],
          ["IHK Reutlingen", "IHK", "72764", "Reutlingen", "DE", "", "", "", "", "Ausbildung"],
          ["Suzhou Precision Parts Co.", "Zulieferer", "", "Suzhou", "China", "Gießerei", "", "", "", ""]]


def write_csv(path: Path, rows: list[list[str]], sep: str = ";", encoding: str = "utf-8") -> Path:
    text = "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def by_name(ws) -> dict:
    return {p.name: p for p in queries.list_partners(ws)}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_in_each_encoding_and_separator(ws, tmp_path, encoding, sep):
    path = write_csv(tmp_path / "partner.csv", GERMAN, sep, encoding)
    report = import_partners(ws, path)
    assert report.applied and report.count(ADDED) == 4 and report.count(SKIPPED) == 0
    assert read_source(path).elements.separator == sep
    found = by_name(ws)
    haerterei = found["Härterei Schäfer GmbH"]  # umlauts survive every encoding
    assert (haerterei.kind, haerterei.postcode, haerterei.city, haerterei.country) == \
        (PartnerKind.SUPPLIER, "72336", "Balingen", "DE")
    assert haerterei.tags == ("Härten", "Nitrieren") and haerterei.industry == "Wärmebehandlung"
    assert found["Hochschule Albstadt-Sigmaringen"].kind == PartnerKind.UNIVERSITY
    assert found["IHK Reutlingen"].kind == PartnerKind.CHAMBER
    suzhou = found["Suzhou Precision Parts Co."]
    assert (suzhou.kind, suzhou.country) == (PartnerKind.SUPPLIER, "CN")
    assert suzhou.dimensions == {Dimension.INTERNATIONAL}  # no network column: abroad means international
    contacts = queries.contacts_of(ws, haerterei.id)
    assert [(c.name, c.email, c.phone) for c in contacts] == [("Jürgen Weiß", "j.weiss@haerterei.example",
                                                               "+49 7433 1234")]


def test_encoding_names_are_detected(tmp_path):
    for encoding, name in (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("cp1252", "Windows-1252"),
                           ("utf-16", "UTF-16")):
        path = write_csv(tmp_path / f"{encoding}.csv", GERMAN, ";", encoding)
        assert read_source(path).elements.encoding == name


def test_excel_sep_line_and_english_headers(ws, tmp_path):
    path = tmp_path / "english.csv"
    path.write_text("sep=,\nCompany,Type,City,Country,Industry,Contact,Email,Phone,Notes\n"
                    "Acme Tooling Ltd,Supplier,Leeds,United Kingdom,Tooling,Jane Roe,jane@acme.example,+44 1,"
                    "\"First order 2024, good\"\n", encoding="utf-8")
    report = import_partners(ws, path)
    assert report.count(ADDED) == 1
    acme = by_name(ws)["Acme Tooling Ltd"]
    assert (acme.kind, acme.country, acme.notes) == (PartnerKind.SUPPLIER, "GB", "First order 2024, good")
    assert queries.contacts_of(ws, acme.id)[0].name == "Jane Roe"


@pytest.mark.parametrize("header, field", [
    ("Firma", "name"), ("Unternehmen", "name"), ("Organisation", "name"), ("Stadt", "city"), ("City", "city"),
    ("Land", "country"), ("Art", "kind"), ("Kind", "kind"), ("PLZ", "postcode"), ("Bundesland", "region"),
    ("Branche", "industry"), ("Netzwerk", "dimensions"), ("Website", "website"), ("Schlagworte", "tags"),
    ("Notizen", "notes"), ("Ansprechpartner", "contact_name"), ("Kontakt", "contact_name"),
    ("E-Mail", "contact_email"), ("E-Mail-Adresse", "contact_email"), ("Telefon", "contact_phone"),
    ("Phone", "contact_phone"), ("Umsatz", None), ("Straße", "street"), ("Strasse", "street"), ("Str.", "street"),
    ("Street", "street"), ("Address", "street"), ("Postleitzahl", "postcode"), ("Postcode", "postcode"),
    ("ZIP", "postcode"), ("Ort", "city"), ("PLZ/Ort", "city"), ("Region", "region"), ("State", "region"),
    ("Country", "country"), ("Anrede", "contact_salutation"), ("Salutation", "contact_salutation"),
    ("Titel", "contact_title"), ("Title", "contact_title"), ("Abteilung", "contact_department"),
    ("Department", "contact_department"), ("Funktion", "contact_role"), ("Position", "contact_role"),
    ("Rolle", "contact_role"), ("Role", "contact_role"), ("Vorname", "contact_first_name"),
    ("Nachname", "contact_last_name"), ("E-Mail 2", "contact_email@2"), ("Ansprechpartner 3", "contact_name@3"),
    ("Telefon 1", "contact_phone"), ("Quartal 2", None)])
def test_headers_are_recognised(header, field):
    assert field_of(header) == field


@pytest.mark.parametrize("word, kind", [
    ("Lieferant", PartnerKind.SUPPLIER), ("Hochschule", PartnerKind.UNIVERSITY), ("IHK", PartnerKind.CHAMBER),
    ("Handwerkskammer", PartnerKind.CHAMBER), ("Kunde", PartnerKind.CUSTOMER), ("Verband", PartnerKind.ASSOCIATION),
    ("Fraunhofer-Institut", PartnerKind.RESEARCH_INSTITUTE), ("Cluster", PartnerKind.CLUSTER),
    ("Wirtschaftsförderung", PartnerKind.PUBLIC_BODY), ("Beratung", PartnerKind.SERVICE_PROVIDER),
    ("Company", PartnerKind.COMPANY), ("Kammer (IHK/HWK)", PartnerKind.CHAMBER), ("Person", None)])
def test_kind_words(word, kind):
    assert partner_kind(word) == kind


def test_country_names_and_relationship_words():
    assert [country_code(t) for t in ("Deutschland", "china", "Österreich", "USA", "DEU", "FR", "Atlantis")] == \
        ["DE", "CN", "AT", "US", "DE", "FR", None]
    assert relationship_kind("Lieferbeziehung") == RelationshipKind.SUPPLY
    assert relationship_kind("Mitglied") == RelationshipKind.MEMBERSHIP
    assert relationship_kind("Investor") is None
    assert strengths([1, 5, None, 3.4]) == [1, 5, None, 3]
    assert strengths([0.0, 10.0, 5.0]) == [1, 5, 3]  # scaled from the smallest to the largest weight


def test_merge_by_name_within_the_file_and_against_the_document(ws, tmp_path):
    existing = ws.execute(partners.create_partner(ws, name="Härterei Schäfer GmbH", kind="supplier", city="Balingen",
                                                  tags=["Härten"], dimensions=["regional"])).entity_id
    path = write_csv(tmp_path / "dups.csv", [
        ["Name", "Ort", "Branche", "Schlagworte", "Netzwerk"],
        ["HÄRTEREI SCHÄFER GMBH", "Hechingen", "Wärmebehandlung", "Härten, Nitrieren", "Fachlich"],
        ["Werkzeugbau Kurz", "", "", "Werkzeug", ""],
        ["werkzeugbau kurz", "Hechingen", "", "", ""],
        ["Werkzeugbau Kurz", "", "", "", ""]])
    report = plan_import(ws, path)
    status = {r.row: (r.status, r.fields) for r in report.rows}
    assert status[2] == (UPDATED, ("industry", "tags", "dimensions"))
    assert status[3][0] == ADDED and status[4] == (UPDATED, ("city",)) and status[5][0] == SKIPPED
    kept = next(r for r in report.rows if r.row == 2).notes
    assert any("Balingen" in str(n) and "Hechingen" in str(n) for n in kept)  # a differing value is kept, said
    apply_import(ws, report)
    found = by_name(ws)
    assert len(found) == 3  # own firm, Härterei, Werkzeugbau: nothing doubled
    haerterei = found["Härterei Schäfer GmbH"]
    assert haerterei.id == existing and haerterei.city == "Balingen" and haerterei.industry == "Wärmebehandlung"
    assert haerterei.tags == ("Härten", "Nitrieren")
    assert haerterei.dimensions == {Dimension.REGIONAL, Dimension.THEMATIC}
    assert found["Werkzeugbau Kurz"].city == "Hechingen"


def test_the_plan_writes_nothing_and_the_import_is_one_undo_step(ws, tmp_path):
    path = write_csv(tmp_path / "p.csv", GERMAN)
    before = dump_state(ws)
    report = plan_import(ws, path)
    assert report.command is not None and dump_state(ws) == before
    apply_import(ws, report)
    assert dump_state(ws) != before and len(by_name(ws)) == 5
    ws.undo()
    assert dump_state(ws) == before
    ws.redo()
    assert len(by_name(ws)) == 5 and len(queries.contacts_of(ws, by_name(ws)["Härterei Schäfer GmbH"].id)) == 1


def test_all_or_nothing_when_the_document_changed_after_the_plan(ws, tmp_path):
    path = write_csv(tmp_path / "p.csv", GERMAN)
    report = plan_import(ws, path)
    ws.execute(partners.create_partner(ws, name="IHK Reutlingen", kind="chamber"))
    before = dump_state(ws)
    with pytest.raises(ValidationError, match="already a partner called"):
        apply_import(ws, report)
    assert dump_state(ws) == before and not report.applied


def test_bad_rows_are_skipped_with_their_reason_the_rest_is_imported(ws, tmp_path):
    path = write_csv(tmp_path / "bad.csv", [
        ["Firma", "Land", "E-Mail", "Ansprechpartner", "Typ", "Netzwerk"],
        ["", "DE", "", "", "", ""],
        ["x" * 250, "DE", "", "", "", ""],
        ["Gut GmbH", "Atlantis", "keine-mail", "Eva", "Raumschiffwerft", "Regional, galaktisch"]])
    report = import_partners(ws, path)
    rows = {r.row: r for r in report.rows}
    assert rows[2].status == SKIPPED and "no name" in str(rows[2].reason)
    assert rows[3].status == SKIPPED and "too long" in str(rows[3].reason)
    assert rows[4].status == ADDED
    notes = " ".join(str(n) for n in rows[4].notes)
    assert "Atlantis" in notes and "keine-mail" in notes and "Raumschiffwerft" in notes and "galaktisch" in notes
    gut = by_name(ws)["Gut GmbH"]
    assert (gut.country, gut.kind, gut.tags, gut.dimensions) == ("", PartnerKind.OTHER, ("Raumschiffwerft",),
                                                                 {Dimension.REGIONAL})
    assert [c.email for c in queries.contacts_of(ws, gut.id)] == [""]
    assert report.lines()[-1].startswith("1 partner(s) added")


def test_a_column_mapping_overrides_the_recognition(ws, tmp_path):
    path = write_csv(tmp_path / "odd.csv", [["Kürzel", "Wer", "Wo"], ["A1", "Gießerei Berger", "Ulm"]])
    with pytest.raises(NetzplanerError, match="no column for the partners' names"):
        plan_import(ws, path)
    report = import_partners(ws, path, mapping={1: "name", 2: "city"})
    assert report.count(ADDED) == 1 and by_name(ws)["Gießerei Berger"].city == "Ulm"
    source = read_source(path)
    assert source.layout.headers == ["Kürzel", "Wer", "Wo"]


def test_xlsx_partner_list_with_a_title_row(ws, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", {"Partner": [
        ["Unsere Partner 2026"], [], ["Unternehmen", "Art", "PLZ", "Stadt", "Land"],
        ["Gießerei Berger", "Lieferant", 89073, "Ulm", "Deutschland"]]})
    report = import_partners(ws, path)
    assert report.format == "table" and report.count(ADDED) == 1
    assert (by_name(ws)["Gießerei Berger"].postcode, by_name(ws)["Gießerei Berger"].city) == ("89073", "Ulm")


def test_the_real_kumu_workbook(ws):
    report = import_partners(ws, KUMU)
    assert report.format == "kumu" and report.applied
    assert report.count(ADDED, "partner") == 34 and report.count(SKIPPED, "partner") == 0
    assert report.count(ADDED, "relationship") == 47
    merged = [r for r in report.rows if r.entity == "relationship" and r.status != ADDED]
    assert len(merged) == 2 and all(r.status == UPDATED for r in merged)  # Investor and founder of the same firm
    found = by_name(ws)
    assert len(found) == 35  # 34 elements + own firm
    assert found["Tesla Motors"].kind == PartnerKind.COMPANY and found["Greylock Partners"].website == \
        "http://www.greylock.com/"
    botha = found["Roelof Botha"]
    assert botha.kind == PartnerKind.OTHER and set(botha.tags) == {"PayPal-Mafia", "Person"}
    assert botha.notes.startswith("Roelof Botha is a partner at Sequoia Capital")
    ties = {frozenset((found_id, other)) for r in queries.list_relationships(ws)
            for found_id, other in [(r.source_id, r.target_id)]}
    assert frozenset((found["Elon Musk"].id, found["Tesla Motors"].id)) in ties
    rel = next(r for r in queries.list_relationships(ws)
               if {r.source_id, r.target_id} == {found["Keith Rabois"].id, found["Slide"].id})
    assert rel.kind == RelationshipKind.COOPERATION and "Investor" in rel.notes and "Employee/Founder" in rel.notes
    again = plan_import(ws, KUMU)  # a second import adds nothing
    assert again.command is None and again.count(ADDED) == 0


def test_gephi_workbook_with_ids_and_weights(ws, tmp_path):
    path = write_xlsx(tmp_path / "gephi.xlsx", {
        "Nodes": [["Id", "Label", "Kind"], ["n1", "Hochschule Nord", "Hochschule"], ["n2", "Berger AG", "Lieferant"],
                  ["n3", "VDMA", "Verband"]],
        "Edges": [["Source", "Target", "Type", "Weight", "Label"], ["n1", "n2", "Undirected", 10, "Forschung"],
                  ["n2", "n3", "Undirected", 2, "Mitgliedschaft"], ["n3", "n9", "Undirected", 4, ""]]})
    report = import_partners(ws, path)
    assert report.format == "gephi"
    found = by_name(ws)
    assert found["Berger AG"].kind == PartnerKind.SUPPLIER and found["VDMA"].kind == PartnerKind.ASSOCIATION
    rels = {frozenset((r.source_id, r.target_id)): r for r in queries.list_relationships(ws)}
    research = rels[frozenset((found["Hochschule Nord"].id, found["Berger AG"].id))]
    member = rels[frozenset((found["Berger AG"].id, found["VDMA"].id))]
    assert (research.kind, research.strength) == (RelationshipKind.RESEARCH_PROJECT, 5)
    assert (member.kind, member.strength) == (RelationshipKind.MEMBERSHIP, 1)
    skipped = [r for r in report.rows if r.status == SKIPPED]
    assert len(skipped) == 1 and "n9" in str(skipped[0].reason)


def test_gephi_edge_list_csv_alone_creates_the_partners(ws, tmp_path):
    path = write_csv(tmp_path / "edges.csv", [["Source", "Target", "Type", "Weight"],
                                              ["Alpha GmbH", "Beta KG", "Undirected", "1"],
                                              ["Beta KG", "Beta KG", "Undirected", "1"]], sep=",")
    report = import_partners(ws, path)
    assert report.count(ADDED, "partner") == 2 and report.count(ADDED, "relationship") == 1
    assert report.count(SKIPPED, "relationship") == 1  # a tie of a partner with itself


def test_gephi_csv_pair_edges_bring_their_nodes(ws, tmp_path):
    write_csv(tmp_path / "netz_nodes.csv", [["Id", "Label", "Land"], ["0", "Berger AG", "Deutschland"],
                                            ["1", "Nantes Composites", "Frankreich"]], sep=",")
    edges = write_csv(tmp_path / "netz_edges.csv", [["Source", "Target", "Type", "Id", "Weight"],
                                                    ["0", "1", "Undirected", "0", "2.5"]], sep=",")
    report = import_partners(ws, edges)
    assert report.format == "gephi" and report.count(ADDED, "partner") == 2
    found = by_name(ws)
    assert found["Nantes Composites"].country == "FR"
    (rel,) = queries.list_relationships(ws)
    assert {rel.source_id, rel.target_id} == {found["Berger AG"].id, found["Nantes Composites"].id}
    assert rel.strength == 3  # 2.5 rounds up


def test_exported_csv_reads_back_the_same_partners(tmp_path):
    from netzplaner.services import demo
    from netzplaner.services.exchange_export import export_exchange

    demo.write_demo(tmp_path / "demo.netzplan")
    with Workspace.open(tmp_path / "demo.netzplan", read_only=True) as source:
        export_exchange(source, tmp_path / "p.csv")
        original = {p.name: p for p in queries.list_partners(source)}
    with Workspace.create(tmp_path / "empty.netzplan") as target:
        report = import_partners(target, tmp_path / "p.csv")
        assert report.count(ADDED) == len(original) and report.count(SKIPPED) == 0
        for p in queries.list_partners(target):
            o = original[p.name]
            assert (p.kind, p.dimensions, p.city, p.country, p.region, p.industry, p.website, p.tags, p.notes) == \
                (o.kind, o.dimensions, o.city, o.country, o.region, o.industry, o.website, o.tags, o.notes)


def test_cli_dry_run_writes_nothing_then_import_saves(tmp_path, capsys):
    doc = tmp_path / "d.netzplan"
    with Workspace.create(doc) as ws:
        ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True))
        ws.save()
    path = write_csv(tmp_path / "p.csv", GERMAN, encoding="cp1252")
    before = doc.read_bytes()
    assert main(["import", str(doc), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "partner list" in out and "4 partner(s) added" in out and "dry run" in out
    assert doc.read_bytes() == before
    assert main(["import", str(doc), str(path), "--map", "Branche=-"]) == 0
    assert "applied" in capsys.readouterr().out
    with Workspace.open(doc, read_only=True) as ws:
        assert len(queries.list_partners(ws)) == 5
        assert by_name(ws)["Härterei Schäfer GmbH"].industry == ""  # the column was mapped to nothing
    assert main(["import", str(doc), str(path), "--map", "Branche=umsatz"]) == 2


def test_cli_takes_a_board_workbook_back_through_the_round_trip(tmp_path, capsys):
    from netzplaner.services import demo
    from netzplaner.services.export import export_board_workbook

    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc)
    with Workspace.open(doc, read_only=True) as ws:
        export_board_workbook(ws, tmp_path / "plan.xlsx")
    assert read_source(tmp_path / "plan.xlsx").format == "board"
    assert main(["import", str(doc), str(tmp_path / "plan.xlsx"), "--dry-run"]) == 0
    assert "row(s) unchanged" in capsys.readouterr().out
