"""Graph files in (issue 15, part 4): GraphML, GEXF and GML made by networkx, by Netzplaner and by hand, hostile XML
refused with one sentence and nothing written, and edge lists whose ends are row numbers or an Id column.
"""

from __future__ import annotations

import networkx as nx
import pytest

from netzplaner.cli import main
from netzplaner.domain.enums import Dimension, PartnerKind, RelationshipKind
from netzplaner.domain.errors import NetzplanerError
from netzplaner.io import graph_import
from netzplaner.io.import_source import read_source
from netzplaner.services import exchange_export, partners, queries
from netzplaner.services.partner_import import ADDED, SKIPPED, import_partners, plan_import
from tests.conftest import dump_state


def _network() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("n1", label="Hochschule Reutlingen", kind="Hochschule", city="Reutlingen", country="DE")
    graph.add_node("n2", label="Swissmem", kind="Verband", country="CH")
    graph.add_node("n3", label="Eyach Logistik", kind="Dienstleister")
    graph.add_edge("n1", "n2", weight=2.0, kind="Forschung")
    graph.add_edge("n2", "n1", weight=5.0, kind="Forschung")  # the opposite direction: the same tie
    graph.add_edge("n1", "n2", weight=1.0, kind="Forschung")  # repeated
    graph.add_edge("n3", "n3", weight=1.0)  # a self-loop
    graph.add_edge("n1", "n3", weight=4.0, kind="Lieferung")
    return graph


def _relationships(ws) -> dict[frozenset[str], object]:
    names = {p.id: p.name for p in queries.list_partners(ws)}
    return {frozenset((names[r.source_id], names[r.target_id])): r for r in queries.list_relationships(ws)}


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".gml"])
def test_networkx_files_map_attributes_weights_and_report_what_was_merged(ws, tmp_path, suffix):
    path = tmp_path / f"netz{suffix}"
    {".graphml": nx.write_graphml, ".gexf": nx.write_gexf, ".gml": nx.write_gml}[suffix](_network(), path)
    report = import_partners(ws, path)
    stored = {p.name: p for p in queries.list_partners(ws)}
    label = "Hochschule Reutlingen" if suffix != ".gml" else "n1"  # networkx writes the node's name as GML label
    assert stored[label].kind == PartnerKind.UNIVERSITY
    assert stored[{".gml": "n2"}.get(suffix, "Swissmem")].country == "CH"
    ties = _relationships(ws)
    assert len(ties) == 2
    a, b, c = (label, "Swissmem", "Eyach Logistik") if suffix != ".gml" else ("n1", "n2", "n3")
    research = ties[frozenset((a, b))]
    assert (research.kind, research.strength) == (RelationshipKind.RESEARCH_PROJECT, 5)  # the largest weight
    assert ties[frozenset((a, c))].kind == RelationshipKind.SUPPLY
    summary = [line for line in report.lines() if "edges read" in line]
    assert summary == [f"netz{suffix}: 5 directed edges read; 1 in the opposite direction of another and 1 "
                       "repeated edges merged into the tie they repeat (the largest weight kept), 1 self-loops "
                       "refused: 2 ties."]
    assert report.source.format == "graph"


def test_netzplaners_own_graphml_and_gexf_come_back(ws, tmp_path):
    uni = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university", city="Reutlingen",
                                             dimensions=["thematic"], country="DE")).entity_id
    from netzplaner.services import relationships
    ws.execute(relationships.create_relationship(ws, source_id=ws.own_firm_id, target_id=uni, kind="supply",
                                                 strength=4))
    for suffix in (".graphml", ".gexf"):
        path = tmp_path / f"export{suffix}"
        exchange_export.export_exchange(ws, path)
        source = read_source(path)
        assert source.format == "graph"
        rows = {cells[1]: cells for _, cells in source.element_rows}
        assert "Hochschule Nord" in rows
        from netzplaner.services.partner_import import plan_source, snapshot
        report = plan_source(snapshot(ws), source)
        assert report.count(ADDED) == 0  # everything is already there: nothing doubled
        assert any(line.endswith("These two partners already have a relationship of this kind.")
                   for line in report.lines())


def test_a_hand_made_graphml_with_defaults_and_an_undirected_graph(ws, tmp_path):
    path = tmp_path / "hand.graphml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="name" attr.type="string"/>
  <key id="k1" for="node" attr.name="Land" attr.type="string"><default>Deutschland</default></key>
  <key id="w" for="edge" attr.name="Gewicht" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="1"><data key="k0">Müller Präzisionsteile</data></node>
    <node id="2"><data key="k0">Précision Alsace</data><data key="k1">Frankreich</data></node>
    <node id="3"><data key="k0">Brno Machining</data><data key="k1">CZ</data></node>
    <edge source="1" target="2"><data key="w">10</data></edge>
    <edge source="2" target="1"><data key="w">30</data></edge>
    <edge source="1" target="3"><data key="w">50</data></edge>
    <edge source="1" target="9"/>
  </graph>
</graphml>""", encoding="utf-8")
    report = import_partners(ws, path)
    stored = {p.name: p for p in queries.list_partners(ws)}
    assert (stored["Müller Präzisionsteile"].country, stored["Précision Alsace"].country) == ("DE", "FR")
    assert stored["Précision Alsace"].dimensions == {Dimension.INTERNATIONAL}  # the proposal, with its reason
    ties = _relationships(ws)
    assert ties[frozenset(("Müller Präzisionsteile", "Précision Alsace"))].strength == 1  # 30 of 30..50
    assert ties[frozenset(("Müller Präzisionsteile", "Brno Machining"))].strength == 5
    skipped = [r for r in report.rows if r.status == SKIPPED]
    assert [str(r.reason) for r in skipped] == ["No partner with the Id “9” in the file."]
    assert "hand.graphml: 4 edges read; 1 repeated edges merged into the tie they repeat (the largest weight " \
           "kept), 0 self-loops refused: 3 ties." in report.lines()


def test_a_hand_made_gml_with_comments_and_nested_graphics(ws, tmp_path):
    path = tmp_path / "hand.gml"
    path.write_text('# written by hand\ngraph [\n directed 0\n node [ id 1 label "IHK Reutlingen" Art "Kammer"\n'
                    '  graphics [ x 1.5 y -2 ] ]\n node [ id 2 label "VDMA" Art "Verband" ]\n'
                    ' edge [ source 1 target 2 value 3 ]\n]\n', encoding="utf-8")
    import_partners(ws, path)
    stored = {p.name: p for p in queries.list_partners(ws)}
    assert (stored["IHK Reutlingen"].kind, stored["VDMA"].kind) == (PartnerKind.CHAMBER, PartnerKind.ASSOCIATION)
    assert len(_relationships(ws)) == 1


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="a"><data key="label">&lol3;</data></node></graph></graphml>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph><nodes><node id="1" label="&secret;"/></nodes></graph></gexf>"""


@pytest.mark.parametrize(("suffix", "text"), [
    (".graphml", BILLION_LAUGHS), (".gexf", EXTERNAL),
    (".graphml", BILLION_LAUGHS.replace("<!DOCTYPE", "<!doctype")),
    (".gexf", '<?xml version="1.0"?>\n<!--x--><!DOCTYPE gexf SYSTEM "http://example.invalid/x.dtd"><gexf/>'),
])
def test_xml_bombs_are_refused_with_one_sentence_and_nothing_written(ws, tmp_path, suffix, text):
    path = tmp_path / f"bomb{suffix}"
    path.write_text(text, encoding="utf-8")
    before = dump_state(ws)
    with pytest.raises(NetzplanerError) as caught:
        import_partners(ws, path)
    assert str(caught.value) == (f"bomb{suffix} contains an XML document type declaration (entities), which graph "
                                 "files do not need and which can make a file expand without end; it is refused.")
    assert dump_state(ws) == before


def test_a_bomb_that_hides_from_the_search_is_refused_by_the_parser(tmp_path):
    # not a DOCTYPE the pattern sees (UTF-16): the scan or defusedxml refuses it, with a sentence either way
    path = tmp_path / "bomb16.graphml"
    path.write_bytes(BILLION_LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
                     .encode("utf-16"))
    with pytest.raises(NetzplanerError):
        read_source(path)


@pytest.mark.parametrize(("suffix", "data", "words"), [
    (".gml", b"graph [" + b" node [" * 50 + b"]" * 51, "nested too deep"),
    (".gml", b"graph [ node [ id 1 label \"a\" ] ", "ends inside a list"),
    (".gml", b"graph [ node [ id 1 label ] ]", "has no value"),
    (".gml", b"graph [ node [ id \x01 ] ]", "unexpected text"),
    (".graphml", b"<graphml><graph><node id='1'></graph>", "not well-formed XML"),
    (".gexf", b"<gexf><graph><nodes>" + b"<!--" + b"x" * 300_000 + b"-->", "more than 256 KB"),
    (".graphml", b"<html><body/></html>", "neither GraphML nor GEXF"),
    (".gml", b"creator \"x\"", "holds no graph"),
])
def test_broken_and_oversized_graph_files_get_one_sentence(tmp_path, suffix, data, words):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    with pytest.raises(NetzplanerError) as caught:
        read_source(path)
    assert words in str(caught.value) and str(caught.value).count(". ") == 0


def test_a_graph_file_larger_than_the_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(graph_import, "MAX_GRAPH_BYTES", 1000)
    path = tmp_path / "big.graphml"
    path.write_bytes(b"<graphml>" + b" " * 2000 + b"</graphml>")
    with pytest.raises(NetzplanerError, match="larger than|too large|more than"):
        read_source(path)


def test_the_command_line_imports_a_gexf_and_refuses_a_bomb(ws, tmp_path, capsys):
    doc = tmp_path / "doc.netzplan"
    ws.save_as(doc) if hasattr(ws, "save_as") else None
    gexf = tmp_path / "netz.gexf"
    nx.write_gexf(_network(), gexf)
    bomb = tmp_path / "bomb.graphml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    main(["demo", str(doc), "--force"])
    capsys.readouterr()
    before = doc.read_bytes()
    assert main(["import", str(doc), str(bomb)]) == 1
    assert "document type declaration" in capsys.readouterr().err
    assert doc.read_bytes() == before
    assert main(["import", str(doc), str(gexf), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "5 directed edges read" in out and "network" in out


# -- edge lists by row number or Id column ------------------------------------------------------------------

NODES = [["Firma", "Land"], ["Hochschule Reutlingen", "DE"], ["Swissmem", "CH"], ["Eyach Logistik", "DE"],
         ["Brno Machining", "CZ"]]


def _pair(tmp_path, edges: list[list[str]], nodes=NODES):
    (tmp_path / "netz_nodes.csv").write_text("\n".join(";".join(r) for r in nodes) + "\n", encoding="utf-8")
    path = tmp_path / "netz_edges.csv"
    path.write_text("\n".join(";".join(r) for r in edges) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("edges", "sentence"), [
    ([["Source", "Target"], ["0", "1"], ["0", "2"], ["3", "2"]],
     "The connections' ends are numbers: read as the partner list's rows counted from 0 (0 = “Hochschule "
     "Reutlingen”)."),
    ([["Source", "Target"], ["1", "2"], ["1", "3"], ["4", "3"]],
     "The connections' ends are numbers: read as the partner list's rows counted from 1 (1 = “Hochschule "
     "Reutlingen”)."),
])
def test_an_edge_list_by_row_number_makes_no_phantom_partners(ws, tmp_path, edges, sentence):
    path = _pair(tmp_path, edges)
    report = import_partners(ws, path)
    names = {p.name for p in queries.list_partners(ws)}
    assert not any(name.isdigit() for name in names)
    assert len(names) == 5  # the own firm and the four
    ties = _relationships(ws)
    assert set(ties) == {frozenset(("Hochschule Reutlingen", "Swissmem")),
                         frozenset(("Hochschule Reutlingen", "Eyach Logistik")),
                         frozenset(("Brno Machining", "Eyach Logistik"))}
    assert sentence in report.lines()


def test_an_edge_list_by_the_files_row_numbers(ws, tmp_path):
    path = _pair(tmp_path, [["Source", "Target"], ["2", "3"], ["5", "4"]])  # row 2 is the first partner
    report = import_partners(ws, path)
    assert set(_relationships(ws)) == {frozenset(("Hochschule Reutlingen", "Swissmem")),
                                       frozenset(("Brno Machining", "Eyach Logistik"))}
    assert any("row numbers of the partner list in the file (row 2 = “Hochschule Reutlingen”)" in line
               for line in report.lines())


def test_an_edge_list_by_an_id_column_says_so(ws, tmp_path):
    nodes = [["Id", "Label"], ["17", "Hochschule Reutlingen"], ["23", "Swissmem"]]
    path = _pair(tmp_path, [["Source", "Target"], ["17", "23"]], nodes)
    report = import_partners(ws, path)
    assert set(_relationships(ws)) == {frozenset(("Hochschule Reutlingen", "Swissmem"))}
    assert "The connections name their partners by the Id column." in report.lines()


def test_numbers_that_are_partner_names_stay_names(ws, tmp_path):
    nodes = [["Firma"], ["3M"], ["1"], ["2"]]
    path = _pair(tmp_path, [["Source", "Target"], ["1", "2"]], nodes)
    import_partners(ws, path)
    assert set(_relationships(ws)) == {frozenset(("1", "2"))}


def test_numbers_out_of_every_range_are_left_as_they_are(ws, tmp_path):
    path = _pair(tmp_path, [["Source", "Target"], ["1", "99"]])
    report = plan_import(ws, path)
    assert not any("ends are numbers" in line for line in report.lines())
