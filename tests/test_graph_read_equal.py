"""The GraphML/GEXF reading (ElementTree's C parser after a guarded look at the prolog) gives the same graph as the
defusedxml tree it replaced (``tests/graph_tree_reference.py``): on files written by networkx and by Netzplaner (a synthetic network
of 2,000 partners) and on hand-made files with the shapes a stream can get wrong -- keys and attribute
declarations after the nodes, defaults with child elements, data holding elements (yEd), nested and second graphs.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from netzplaner.io.graph_import import read_graph
from netzplaner.services.demo import write_synthetic
from netzplaner.services.exchange_export import export_exchange
from netzplaner.services.workspace import Workspace
from tests.graph_tree_reference import read_tree

GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="city"><default>  Reutlingen <desc>not this</desc> nor this</default>
    <default>second default ignored</default></key>
  <key id="d3" for="all" attr.name="kind"><default></default></key>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d0">Balingen</data><data key="d1"><y:ShapeNode><y:NodeLabel>Eyach <y:b>Logistik</y:b>
      </y:NodeLabel></y:ShapeNode> GmbH </data></node>
    <node id="b"/>
    <node id="c"><graph id="c:"><node id="c::inner"><data key="d1">Innen</data></node>
      <edge source="c::inner" target="a"/></graph></node>
    <edge source="a" target="b" directed="true"><data key="d2">4</data><data key="unknown">x</data></edge>
    <edge source="b" target="c"><data key="d2"><![CDATA[2]]></data></edge>
  </graph>
  <graph id="second"><node id="never"/></graph>
  <key id="d1" for="node" attr.name="label"/>
  <key id="d2" for="edge" attr.name="weight"><default>1</default></key>
</graphml>
"""

GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="static" defaultedgetype="directed">
    <nodes>
      <node id="0" label="Hochschule Reutlingen"><attvalues><attvalue for="0" value="Hochschule"/>
        <attvalue id="city" value="Reutlingen"/></attvalues></node>
      <node id="1" label=""><attvalues><attvalue for="9" value="unknown attribute"/></attvalues></node>
    </nodes>
    <attributes class="node"><attribute id="0" title="kind" type="string"><default> Sonstiges </default>
      </attribute><attribute id="country" type="string"><default>DE</default></attribute></attributes>
    <attributes class="edge"><attribute id="0" title="kind"/></attributes>
    <edges>
      <edge source="0" target="1" weight="3" type="undirected"><attvalues><attvalue for="0" value="Forschung"/>
        </attvalues></edge>
      <edge source="1" target="0" label="Lieferung" kind="supply"/>
    </edges>
    <nodes><node id="2"/></nodes>
  </graph>
</gexf>
"""


def _same(path: Path) -> None:
    new = read_graph(path)
    old = read_tree(path.read_bytes(), path.name)
    assert (new.name, new.directed) == (old.name, old.directed)
    assert new.nodes == old.nodes
    assert new.edges == old.edges


@pytest.mark.parametrize(("suffix", "text"), [(".graphml", GRAPHML), (".gexf", GEXF)])
def test_hand_made_files_read_as_the_tree_read_them(tmp_path, suffix, text):
    path = tmp_path / f"hand{suffix}"
    path.write_text(text, encoding="utf-8")
    _same(path)
    graph = read_graph(path)
    assert graph.nodes[0][1]  # the file's values arrived (not two empty readings that agree)


def test_the_hand_made_graphml_is_read_as_documented(tmp_path):
    path = tmp_path / "hand.graphml"
    path.write_text(GRAPHML, encoding="utf-8")
    graph = read_graph(path)
    nodes = dict(graph.nodes)
    assert list(nodes) == ["a", "b", "c", "c::inner"]  # the second graph is not read
    assert nodes["a"] == {"city": "Balingen", "label": "Eyach Logistik\n       GmbH"}
    assert nodes["b"] == {"city": "Reutlingen"}  # a default's own text, up to its first child
    assert graph.edges[0] == ("c::inner", "a", {"weight": "1"})  # the nested graph's edge comes first in the file
    assert graph.edges[1] == ("a", "b", {"weight": "4", "unknown": "x", "\0directed": "true"})
    assert graph.edges[2][2] == {"weight": "2"} and graph.directed


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_networkx_files_read_as_the_tree_read_them(tmp_path, suffix):
    graph = nx.MultiDiGraph()
    graph.add_node("n1", label="Hochschule Reutlingen", kind="Hochschule", city="Reutlingen", size=3.5)
    graph.add_node("n2", label="Swissmem", kind="Verband")
    graph.add_edge("n1", "n2", weight=2.0, kind="Forschung")
    graph.add_edge("n2", "n1", weight=5.0)
    path = tmp_path / f"nx{suffix}"
    (nx.write_graphml if suffix == ".graphml" else nx.write_gexf)(graph, path)
    _same(path)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stream")
    doc = folder / "netz.netzplan"
    write_synthetic(doc, partners=2000, seed=1)
    return doc


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_netzplaners_own_export_of_2000_partners_reads_as_the_tree_read_it(synthetic, suffix):
    path = synthetic.with_suffix(suffix)
    with Workspace.open(synthetic, read_only=True) as ws:
        export_exchange(ws, path)
    _same(path)
    assert len(read_graph(path).nodes) == 2000


def test_reading_and_planning_a_graph_run_no_pass_of_the_cycle_collector(synthetic):
    # 500,000 XML elements and a few objects per row: the collector's passes over them were half the reading time
    # and a third of the plan's (issue 17)
    import gc

    from netzplaner import api
    from netzplaner.services.partner_import import plan_source, read_import_source, snapshot

    path = synthetic.with_suffix(".graphml")
    with Workspace.open(synthetic, read_only=True) as ws:
        export_exchange(ws, path)
    snap = snapshot(api.create_in_memory())
    passes: list[int] = []
    callback = lambda phase, info: phase == "start" and passes.append(info["generation"])  # noqa: E731
    gc.callbacks.append(callback)
    try:
        source = read_import_source(path)
        report = plan_source(snap, source)
    finally:
        gc.callbacks.remove(callback)
    assert len(report.rows) > 2000
    assert len(passes) <= 2 and 2 not in passes  # at most the young pass when the collector resumes, each time
    assert gc.isenabled()
