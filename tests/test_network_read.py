"""One column-wise read of the document for the check, the map and the board workbook (issue 17): the columns the
store hands out are the entities' values, the network built from them is the one built from entities, and one
command (``netzplaner export``) reads the document once."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from netzplaner import cli
from netzplaner.analysis.network import NetworkData
from netzplaner.domain.plan import is_live
from netzplaner.domain.quality import quality_index
from netzplaner.services import export, network_check, network_map, network_read, partners, queries, relationships
from netzplaner.services.demo import write_demo
from netzplaner.services.workspace import Workspace
from tests.conftest import new_workspace, with_own_firm

TODAY = date(2026, 11, 30)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    return path


def _awkward(ws) -> Workspace:
    """A network with what the read must get right: an archived partner and its tie, several networks and tags
    in no order, a tie assessed twice (the later one counts), one never assessed."""
    own = ws.own_firm_id
    a = ws.execute(partners.create_partner(ws, name="Zulieferer Ost", kind="supplier", dimensions=["thematic",
                   "regional"], tags=["zeta", "Alpha", "kritisch"], country="cz", region="Böhmen")).entity_id
    b = ws.execute(partners.create_partner(ws, name="alte Gießerei", kind="supplier", archived=True)).entity_id
    c = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university")).entity_id
    tie = ws.execute(relationships.create_relationship(ws, own, a, kind="supply", strength=4)).entity_id
    ws.execute(relationships.create_relationship(ws, a, b, kind="supply", strength=2))
    ws.execute(relationships.create_relationship(ws, own, c, kind="research_project", strength=3))
    ws.execute(relationships.create_assessment(ws, tie, {"openness": 5, "trust": None, "commitment": 4},
                                               assessed_on=date(2026, 6, 1)))
    ws.execute(relationships.create_assessment(ws, tie, {"openness": 2, "trust": 3}, assessed_on=date(2025, 1, 1)))
    with ws.store.unit_of_work() as uow:  # as another program may have written it: unsorted, lower case
        uow.insert_many("partner", [{"id": "f" * 32, "name": "Ölwerk", "name_key": "ölwerk", "kind": "supplier",
                                     "country": "pl", "dimensions": ["thematic", "regional"],
                                     "tags": ["zeta", "Alpha", "kritisch"]}])
    return ws


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_columns_hold_each_entity_s_values_row_by_row(kind, tmp_path):
    with _awkward(with_own_firm(new_workspace(kind, tmp_path))) as ws:
        with ws.reading() as uow:
            found = uow.columns("partner", ("name", "kind", "dimensions", "tags", "archived"))
            ties = uow.columns("relationship", ("id", "strength", "since"))
            empty = uow.columns("contact", ("id", "name"))
        assert list(found) == ["name", "kind", "dimensions", "tags", "archived"]  # as asked, "id" not added
        entities = {p.name: p for p in queries.list_partners(ws)}
        assert sorted(found["name"]) == sorted(entities)
        for i, name in enumerate(found["name"]):
            p = entities[name]
            assert found["kind"][i] == p.kind.value and type(found["kind"][i]) is str  # the code, not a member
            assert set(found["dimensions"][i]) == set(p.dimensions) and found["tags"][i] == p.tags
            assert bool(found["archived"][i]) is p.archived
        for name in ("Zulieferer Ost", "Ölwerk"):
            assert found["tags"][found["name"].index(name)] == ("Alpha", "kritisch", "zeta")
            assert found["dimensions"][found["name"].index(name)] == ("regional", "thematic")
        assert sorted(zip(ties["id"], ties["strength"])) == sorted((r.id, r.strength)
                                                                   for r in queries.list_relationships(ws))
        assert empty == {"id": [], "name": []}


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_the_network_from_columns_is_the_network_from_entities(kind, tmp_path):
    with _awkward(with_own_firm(new_workspace(kind, tmp_path))) as ws:
        read = network_read.read_network(ws)
        entities = NetworkData.from_entities(queries.list_partners(ws), queries.list_relationships(ws),
                                             queries.latest_assessments(ws).values(), queries.list_goals(ws),
                                             queries.list_actions(ws))
    columns = read.network
    assert columns.nodes == entities.nodes and columns.edges == entities.edges
    assert columns.archived_partners == entities.archived_partners == 1
    assert columns.ends.tolist() == entities.ends.tolist() and len(columns.edges) == 2  # the archived tie left out
    supply = next(e for e in columns.edges if e.kind == "supply")
    assert supply.assessed_on == date(2026, 6, 1) and supply.quality == quality_index([5, 4])  # the later one
    assert next(n for n in columns.nodes if n.name == "Ölwerk").country == "PL"
    assert list(network_map.map_data(read).names) == ["alte Gießerei", "Eyachtal Präzisionsmaschinen GmbH",
                                                      "Hochschule", "Zulieferer Ost", "Ölwerk"]


def test_the_demo_gives_the_same_check_and_map_as_before(demo):
    with Workspace.open(demo, read_only=True) as ws:
        read = network_read.read_network(ws)
        entities = NetworkData.from_entities(queries.list_partners(ws), queries.list_relationships(ws),
                                             queries.latest_assessments(ws).values(), queries.list_goals(ws),
                                             queries.list_actions(ws))
        assert network_check.report_of(read.network, TODAY) == network_check.report_of(entities, TODAY)
        data = network_map.map_data(read)
        names = sorted((p.name for p in queries.list_partners(ws)), key=str.casefold)
        latest = queries.latest_assessments(ws)
    assert list(data.names) == names  # the map's order: by name, case-insensitive
    for k, rid in enumerate(data.edge_ids):
        expected = latest[rid].quality_index if rid in latest else None
        assert (data.quality[k] == expected) if expected is not None else data.quality[k] != data.quality[k]


def _count_reads(monkeypatch) -> list[int]:
    reads = []
    real = network_read._read

    def counting(ws):
        reads.append(1)
        return real(ws)

    monkeypatch.setattr(network_read, "_read", counting)
    return reads


def test_netzplaner_export_reads_the_document_once(demo, tmp_path, monkeypatch):
    reads = _count_reads(monkeypatch)
    assert cli.main(["export", str(demo), "-o", str(tmp_path / "plan.xlsx")]) == 0
    assert len(reads) == 1  # the map picture, the network check and the workbook share it
    assert (tmp_path / "plan.xlsx").stat().st_size > 0


def test_each_state_of_the_document_is_read_once_and_the_next_edit_is_seen(ws, monkeypatch):
    reads = _count_reads(monkeypatch)
    network_check.check_network(ws, TODAY)
    assert network_map.load_map(ws) and len(reads) == 1  # the check and the map of one state share the read
    ws.execute(partners.create_partner(ws, name="Neu GmbH", kind="customer"))
    assert "Neu GmbH" in network_map.load_map(ws).names
    assert len(reads) == 2
    with network_read.sharing(ws) as shared:
        assert shared.read is None  # nothing read yet in the block
        first = network_read.read_network(ws)
        with network_read.sharing(ws) as inner:  # a nested block shares the outer read
            assert network_read.read_network(ws) is first and inner.read is first
        network_check.check_network(ws, TODAY)
        export.board_data(ws, today=TODAY)
        assert network_read.read_network(ws) is first
    assert shared.read is first and len(reads) == 2  # the document had not changed since the map's read
    assert network_read.read_network(ws).partners is first.partners and len(reads) == 2
    with network_read.sharing(ws):
        block = network_read.read_network(ws)
        assert block.partners is first.partners
        ws.execute(partners.create_partner(ws, name="Im Block GmbH", kind="customer"))
        assert network_read.read_network(ws) is block  # one command works on one state
    assert "Im Block GmbH" in network_map.load_map(ws).names and len(reads) == 3  # the block is over


def test_another_thread_gets_the_block_s_read_only_while_the_document_is_unchanged(ws):
    seen = []

    def on_a_worker():
        worker = threading.Thread(target=lambda: seen.append(network_read.read_network(ws)))
        worker.start()
        worker.join()

    with network_read.sharing(ws):
        mine = network_read.read_network(ws)
        on_a_worker()
        ws.execute(partners.create_partner(ws, name="Neu GmbH", kind="customer"))
        on_a_worker()
        assert network_read.read_network(ws) is mine
    assert seen[0].partners is mine.partners  # the same state: one read
    assert seen[1] is not mine and "Neu GmbH" in seen[1].partners["name"]  # a view reloading after the edit sees it
    assert "Neu GmbH" not in mine.partners["name"]


def test_the_workbook_rows_carry_the_entities_values(demo):
    with Workspace.open(demo, read_only=True) as ws:
        data = export.board_data(ws, today=TODAY)
        entities = {p.id: p for p in queries.list_partners(ws)}
        ties = {r.id: r for r in queries.list_relationships(ws)}
        latest = queries.latest_assessments(ws)
    assert {p.id for p in data.partners} == set(entities)
    for p in data.partners:
        e = entities[p.id]
        assert (p.name, p.kind, p.dimensions, p.city, p.country, p.industry, p.tags, bool(p.is_own_firm),
                bool(p.archived)) == (e.name, e.kind, e.dimensions, e.city, e.country, e.industry, e.tags,
                                      e.is_own_firm, e.archived)
    for r in data.relationships:
        e = ties[r.id]
        assert (r.source_id, r.target_id, r.kind, r.strength, r.since) == (e.source_id, e.target_id, e.kind,
                                                                          e.strength, e.since)
    assert set(data.assessments) == set(latest)
    for rid, a in data.assessments.items():
        assert (a.assessed_on, dict(a.scores), a.quality_index) == (latest[rid].assessed_on, latest[rid].scores,
                                                                    latest[rid].quality_index)


def test_an_extract_counts_only_its_goals_in_the_figures(demo):
    with Workspace.open(demo, read_only=True) as ws:
        goals = queries.list_goals(ws)
        live = [g for g in goals if is_live(g.status)]
        one = export.board_data(ws, goal_ids=[live[0].id], today=TODAY)
        every = export.board_data(ws, today=TODAY)
    assert one.figures[-1].goals == 1 and every.figures[-1].goals == len(live)



@pytest.mark.parametrize("kind", ["file", "memory"])
def test_numbers_keep_their_type_beside_flags_of_the_same_value(kind, tmp_path):
    # texts that repeat are kept once; 0, 0.0 and False (1, 1.0, True) are one key, so numbers must not be
    with with_own_firm(new_workspace(kind, tmp_path)) as ws:
        ws.execute(partners.create_partner(ws, name="Am Nullpunkt", kind="supplier", pos_x=0.0, pos_y=1.0))
        with ws.reading() as uow:
            found = uow.columns("partner", ("name", "archived", "is_own_firm", "pos_x", "pos_y"))
        at = found["name"].index("Am Nullpunkt")
        assert type(found["pos_x"][at]) is float and type(found["pos_y"][at]) is float
