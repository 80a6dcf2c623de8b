"""Exports for other tools: GraphML and GEXF re-read with networkx, Kumu's workbook, CSV for German Excel."""

from __future__ import annotations

import csv
import io
from datetime import date

import networkx as nx
import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.domain.entities import Partner
from netzplaner.domain.enums import Criterion, PartnerKind
from netzplaner.domain.errors import ValidationError
from netzplaner.io.csv_export import write_partner_csv
from netzplaner.io.exchange import ExchangeData
from netzplaner.io.kumu import write_kumu_workbook
from netzplaner.io.safe_text import DANGEROUS_PREFIXES
from netzplaner.services import partners, queries, relationships
from netzplaner.services.exchange_export import export_exchange
from netzplaner.services.partner_import import ADDED, import_partners
from netzplaner.services.workspace import Workspace


@pytest.fixture
def net(ws):
    """Own firm, a university (two networks, a position, tags, a contact) and a supplier; two assessed ties."""
    uni = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university",
                                             dimensions=["regional", "thematic"], city="Ulm", country="DE",
                                             tags=["Forschung", "Lehre"])).entity_id
    sup = ws.execute(partners.create_partner(ws, name="Suzhou Parts <&> \"Co\"", kind="supplier",
                                             dimensions=["international"], country="CN")).entity_id
    ws.execute(partners.move_partners(ws, {uni: (120.5, -40.25), ws.own_firm_id: (0.0, 0.0)}))
    ws.execute(partners.create_contact(ws, uni, name="Prof. Eva Roth", email="roth@hs-nord.example"))
    r1 = ws.execute(relationships.create_relationship(ws, ws.own_firm_id, uni, kind="research_project",
                                                      strength=4, since=date(2019, 5, 1))).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, sup, kind="supply", strength=2))
    ws.execute(relationships.create_assessment(ws, r1, {c: 5 for c in Criterion}))
    ws.ids = {"uni": uni, "sup": sup, "r1": r1}
    return ws


def test_graphml_round_trip_with_networkx(net, tmp_path):
    path = export_exchange(net, tmp_path / "net.graphml")
    g = nx.read_graphml(path)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 2 and not g.is_directed()
    uni = g.nodes[net.ids["uni"]]
    assert uni["label"] == "Hochschule Nord" and uni["kind"] == "university" and uni["kind_label"] == "Hochschule"
    assert uni["regional"] is True and uni["thematic"] is True and uni["international"] is False
    assert uni["dimensions"] == "Regional, Fachlich" and uni["tags"] == "Forschung, Lehre"
    assert (uni["x"], uni["y"]) == (120.5, -40.25)
    assert "x" not in g.nodes[net.ids["sup"]]  # never placed: no position
    assert g.nodes[net.ids["sup"]]["label"] == "Suzhou Parts <&> \"Co\""
    own_uni = g.get_edge_data(net.own_firm_id, net.ids["uni"])
    edge = next(iter(own_uni.values())) if g.is_multigraph() else own_uni
    assert edge["kind"] == "research_project" and edge["strength"] == 4 and edge["weight"] == 4.0
    assert edge["quality"] == 100.0 and edge["since"] == "2019-05-01"
    sup_edge = g.get_edge_data(net.own_firm_id, net.ids["sup"])
    sup_edge = next(iter(sup_edge.values())) if g.is_multigraph() else sup_edge
    assert "quality" not in sup_edge  # not assessed


def test_gexf_round_trip_with_networkx(net, tmp_path):
    path = export_exchange(net, tmp_path / "net.gexf", lang="en")
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 2
    uni = g.nodes[net.ids["uni"]]
    assert uni["label"] == "Hochschule Nord" and uni["kind_label"] == "University"
    assert uni["viz"]["position"] == {"x": 120.5, "y": -40.25, "z": 0.0}
    assert uni["viz"]["color"]["r"] == 0x1F  # the colour of the first network (regional) on the map
    assert uni["dimensions"] == "Regional, Thematic" and uni["thematic"] is True
    assert "position" not in g.nodes[net.ids["sup"]]["viz"]
    edge = g.edges[net.own_firm_id, net.ids["uni"]]
    assert edge["weight"] == 4.0 and edge["quality"] == 100.0 and edge["kind"] == "research_project"
    assert edge["label"] == "Research project"


def test_text_xml_cannot_hold_still_makes_a_valid_file(ws, tmp_path):
    ws.execute(partners.create_partner(ws, name="Steuer\x07zeichen GmbH", kind="company",
                                       notes="a\x00b]]><!-- -->"))
    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        g = read(export_exchange(ws, tmp_path / f"odd{suffix}"))
        assert "Steuerzeichen GmbH" in {d["label"] for _, d in g.nodes(data=True)}


def test_kumu_workbook_layout_and_reimport(net, tmp_path):
    path = export_exchange(net, tmp_path / "kumu.xlsx", "kumu")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Elements", "Connections"]
    elements = list(wb["Elements"].iter_rows(values_only=True))
    assert elements[0][:4] == ("Label", "Type", "Tags", "Description")
    uni = next(r for r in elements if r[0] == "Hochschule Nord")
    assert uni[1] == "Hochschule" and uni[2] == "Forschung | Lehre" and uni[4] == "Regional | Fachlich"
    connections = list(wb["Connections"].iter_rows(values_only=True))
    assert connections[0][:4] == ("From", "To", "Type", "Direction")
    research = next(r for r in connections if r[2] == "Forschungsprojekt")
    assert research[:2] == ("Eyachtal Präzisionsmaschinen GmbH", "Hochschule Nord") and research[4] == 4
    assert research[5] == 100.0
    with Workspace.create(tmp_path / "other.netzplan") as other:
        report = import_partners(other, path)
        assert report.format == "kumu" and report.count(ADDED, "partner") == 3
        assert report.count(ADDED, "relationship") == 2
        back = {p.name: p for p in queries.list_partners(other)}
        assert back["Hochschule Nord"].tags == ("Forschung", "Lehre")
        assert back["Hochschule Nord"].dimensions == net.get("partner", net.ids["uni"]).dimensions
        strengths = sorted(r.strength for r in queries.list_relationships(other))
        assert strengths == [2, 4]


def _partner(name: str, **fields) -> Partner:
    return Partner(id="p1", name=name, kind=PartnerKind.COMPANY, dimensions=frozenset(), **fields)


@pytest.mark.parametrize("prefix", DANGEROUS_PREFIXES)
def test_csv_neutralises_each_formula_prefix(tmp_path, prefix):
    # the writer gets the text as it is (the domain strips surrounding blanks, a file from elsewhere may not)
    payload = prefix + "HYPERLINK(\"http://evil.example\")"
    data = ExchangeData([_partner(prefix + "1+1 GmbH", notes=payload, industry=prefix + "1+1")], [])
    raw = write_partner_csv(data, tmp_path / "p.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= 2
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:6] == ["Name", "Art", "Netzwerke", "Straße", "PLZ", "Ort"]
    row = rows[1]
    for cell in (row[0], row[rows[0].index("Notizen")], row[rows[0].index("Branche")]):
        assert cell.startswith("'") and not cell.startswith(DANGEROUS_PREFIXES), cell
    harmless = write_partner_csv(ExchangeData([_partner("Müller-Lüdenscheidt GmbH")], []), tmp_path / "h.csv")
    assert "\r\nMüller-Lüdenscheidt GmbH;" in harmless.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("prefix", DANGEROUS_PREFIXES)
def test_kumu_cells_are_never_formulas(tmp_path, prefix):
    data = ExchangeData([_partner(prefix + "1+1 GmbH", notes=prefix + "SUM(A1)")], [])
    wb = openpyxl.load_workbook(write_kumu_workbook(data, tmp_path / "k.xlsx"))
    for cell in (wb["Elements"]["A2"], wb["Elements"]["D2"]):
        assert cell.data_type == "s" and cell.quotePrefix and "1" in cell.value


def test_cli_exports_by_suffix_and_format(net, tmp_path, capsys):
    net.save()
    doc = str(net.path)
    net.close()
    for name, args in (("n.graphml", []), ("n.gexf", []), ("n.csv", []), ("k.xlsx", ["--format", "kumu"])):
        assert main(["export", doc, "-o", str(tmp_path / name), *args]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert "Kumu workbook written" in capsys.readouterr().out
    assert main(["export", doc, "-o", str(tmp_path / "n.pdf")]) == 2
    assert main(["export", doc, "-o", str(tmp_path / "n.csv"), "--format", "kumu"]) == 2
    assert "ending in .xlsx" in capsys.readouterr().err


def test_unknown_format_and_missing_folder(ws, tmp_path):
    with pytest.raises(ValidationError, match="cannot be told"):
        export_exchange(ws, tmp_path / "net.txt")
    from netzplaner.domain.errors import NetzplanerError

    with pytest.raises(NetzplanerError, match="does not exist"):
        export_exchange(ws, tmp_path / "missing" / "net.gexf")
    assert not list(tmp_path.glob("*.part"))
