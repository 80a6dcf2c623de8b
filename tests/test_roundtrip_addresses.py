"""Issue 15: what the exchange formats write comes back whole -- addresses, every contact with its details, and
the further details (Kumu's custom columns) as columns of their own."""

from __future__ import annotations

import networkx as nx
import openpyxl
import pytest

from netzplaner.domain.extra_fields import extra_value
from netzplaner.services import partners, queries
from netzplaner.services.exchange_export import export_exchange
from netzplaner.services.partner_import import ADDED, SKIPPED, import_partners
from netzplaner.services.workspace import Workspace
from tests.test_partner_import import KUMU


def _fill(ws) -> None:
    """The real Kumu sample (custom columns kept as further details) plus partners with addresses and contacts."""
    import_partners(ws, KUMU)
    berger = ws.execute(partners.create_partner(
        ws, name="Gießerei Berger", kind="supplier", street="Hafenstraße 3", postcode="89073", city="Ulm",
        country="DE", region="Baden-Württemberg", archived=True,
        extra="Kundennummer: K-1001\nImage: =HYPERLINK(\"x\")\nohne Namen")).entity_id
    ws.execute(partners.create_contact(ws, berger, name="Max Berger", salutation="Herr", title="Dr.",
                                       department="Geschäftsleitung", role="Inhaber", email="max@berger.example",
                                       phone="+49 731 1", notes="Mag Radfahren"))
    ws.execute(partners.create_contact(ws, berger, name="Kaya", salutation="Frau", department="Einkauf",
                                       email="kaya@berger.example"))
    ws.execute(partners.create_contact(ws, berger, name="Dr. Lang", role="Qualität"))  # a title typed in the name


def _state(ws) -> dict:
    people = {}
    for p in queries.list_partners(ws):
        people[p.name] = (
            p.kind, p.street, p.postcode, p.city, p.country, p.region, p.notes, p.extra, p.archived, p.tags,
            sorted((c.name, c.salutation, c.title, c.department, c.role, c.email, c.phone, c.notes)
                   for c in queries.contacts_of(ws, p.id)))
    return people


@pytest.mark.parametrize("suffix, fmt", [(".xlsx", "kumu"), (".csv", "csv")])
def test_export_and_reimport_keep_addresses_contacts_and_further_details(tmp_path, suffix, fmt):
    with Workspace.create(tmp_path / "a.netzplan") as source:
        _fill(source)
        before = _state(source)
        out = export_exchange(source, tmp_path / f"out{suffix}", fmt=fmt)
    assert extra_value(before["Peter Thiel"][7], "Net Worth (Billions)")  # the sample's custom field is there
    with Workspace.create(tmp_path / "b.netzplan") as target:
        report = import_partners(target, out)
        assert report.count(ADDED, "partner") == len(before) and report.count(SKIPPED) == 0
        # the further details come back as columns kept as further details; nothing is left out
        assert set(report.kept_columns) == {"Attribution", "Board Affiliations", "Citizenship", "Education", "Home",
                                            "Image", "Influence", "Net Worth (Billions)", "Kundennummer"}
        assert report.ignored_columns == []
        after = _state(target)
    assert after == before


def test_kumu_export_has_the_custom_fields_and_contacts_as_columns(tmp_path):
    with Workspace.create(tmp_path / "a.netzplan") as ws:
        _fill(ws)
        out = export_exchange(ws, tmp_path / "k.xlsx", fmt="kumu")
    sheet = openpyxl.load_workbook(out)["Elements"]
    headers = [c.value for c in sheet[1]]
    for name in ("Straße", "PLZ", "Ort", "Ansprechpartner", "Anrede", "Titel", "Abteilung", "E-Mail",
                 "Ansprechpartner 3", "Image", "Net Worth (Billions)", "Citizenship", "Kundennummer",
                 "Weitere Angaben"):
        assert name in headers, name
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Gießerei Berger")
    value = dict(zip(headers, row))
    assert (value["Straße"], value["PLZ"], value["Ort"]) == ("Hafenstraße 3", "89073", "Ulm")
    assert value["Kundennummer"] == "K-1001" and value["Weitere Angaben"] == "ohne Namen"
    cell = sheet.cell(row=[c.value for c in sheet["A"]].index("Gießerei Berger") + 1,
                      column=headers.index("Image") + 1)
    assert cell.data_type == "s" and cell.quotePrefix  # a further detail is never a formula either


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_formats_carry_address_contacts_and_further_details(tmp_path, suffix):
    with Workspace.create(tmp_path / "a.netzplan") as ws:
        _fill(ws)
        out = export_exchange(ws, tmp_path / f"g{suffix}")
        ids = {p.name: p.id for p in queries.list_partners(ws)}
    graph = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    node = graph.nodes[ids["Gießerei Berger"]]
    assert (node["street"], node["postcode"], node["city"]) == ("Hafenstraße 3", "89073", "Ulm")
    assert node["contact"] in {"Dr. Lang", "Kaya", "Max Berger"} and "contact 3" in node
    assert node["Kundennummer"] == "K-1001" and node["Weitere Angaben"] == "ohne Namen"
    assert graph.nodes[ids["Peter Thiel"]]["Net Worth (Billions)"]


def test_board_workbook_partner_sheet_has_street_and_postcode(tmp_path):
    from netzplaner.services.export import export_board_workbook

    with Workspace.create(tmp_path / "a.netzplan") as ws:
        _fill(ws)
        path = export_board_workbook(ws, tmp_path / "board.xlsx", map_png=None)
    sheet = openpyxl.load_workbook(path)["Partner"]
    header_row = next(r for r in sheet.iter_rows(max_row=5, values_only=True) if "Name" in r)
    rows = [dict(zip(header_row, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    berger = next(r for r in rows if r["Name"] == "Gießerei Berger")
    assert (berger["Straße"], berger["PLZ"], berger["Ort"]) == ("Hafenstraße 3", "89073", "Ulm")
