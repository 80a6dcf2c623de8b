"""The map's arrays are built column-wise (issue 17, first map frame): the same ``MapData`` as the row-by-row
build it replaced, on the demo, a synthetic network and an awkward one (archived, no network, no position, a tie
assessed twice), and the same quality figures as ``domain.quality.quality_index`` for every possible row."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest

from netzplaner.domain.quality import quality_index
from netzplaner.services import network_map, network_read, partners, relationships
from netzplaner.services.demo import write_demo, write_synthetic
from netzplaner.services.network_map import DIMENSIONS, KINDS, RELATIONSHIP_KINDS, MapData
from netzplaner.services.workspace import Workspace
from tests.conftest import new_workspace, with_own_firm


def row_by_row(read) -> MapData:
    """The map's arrays as they were built before, one partner and one tie at a time (the reference)."""
    p = read.partners
    order = sorted(range(read.partner_count), key=p["name_key"].__getitem__)
    ids = tuple(p["id"][i] for i in order)
    index = {pid: i for i, pid in enumerate(ids)}
    n = len(ids)
    kind_index = {str(k): i for i, k in enumerate(KINDS)}
    dimension_bit = {str(d): 1 << i for i, d in enumerate(DIMENSIONS)}
    mask = np.fromiter((sum(dimension_bit[d] for d in p["dimensions"][i]) for i in order), np.int64, n)
    own = next((k for k, i in enumerate(order) if p["is_own_firm"][i]), None)
    positions = np.array([(np.nan if p["pos_x"][i] is None else p["pos_x"][i],
                           np.nan if p["pos_y"][i] is None else p["pos_y"][i]) for i in order],
                         dtype=float).reshape(n, 2)
    r = read.relationships
    m = len(r["id"])
    edges = np.fromiter((index[x] for pair in zip(r["source_id"], r["target_id"]) for x in pair), np.int64,
                        2 * m).reshape(-1, 2)
    strength = np.array(r["strength"], dtype=np.int64).reshape(m)
    rel_kind_index = {str(k): i for i, k in enumerate(RELATIONSHIP_KINDS)}
    edge_kind = np.fromiter((rel_kind_index[k] for k in r["kind"]), np.int64, m)
    tie = np.zeros(n, dtype=np.int64)
    if own is not None and len(edges):
        for column in (0, 1):
            touching = edges[:, 1 - column] == own
            np.maximum.at(tie, edges[touching, column], strength[touching])
    quality = np.full(m, np.nan)
    for k, rid in enumerate(r["id"]):
        held = read.latest.get(rid)
        value = quality_index(held[1]) if held else None
        if value is not None:
            quality[k] = value
    return MapData(
        ids=ids, names=tuple(p["name"][i] for i in order), cities=tuple(p["city"][i] or "" for i in order),
        countries=tuple(p["country"][i] or "" for i in order), tags=tuple(tuple(sorted(p["tags"][i])) for i in order),
        kind=np.fromiter((kind_index[p["kind"][i]] for i in order), np.int64, n), dimension_mask=mask,
        archived=np.fromiter((bool(p["archived"][i]) for i in order), bool, n), own=own, positions=positions,
        tie=tie, edge_ids=tuple(r["id"]), edges=edges, strength=strength, edge_kind=edge_kind, quality=quality,
        index=index)


def assert_same(found: MapData, expected: MapData) -> None:
    for name in ("ids", "names", "cities", "countries", "tags", "own", "edge_ids", "index"):
        assert getattr(found, name) == getattr(expected, name), name
    for name in ("kind", "dimension_mask", "archived", "positions", "tie", "edges", "strength", "edge_kind",
                 "quality"):
        a, b = getattr(found, name), getattr(expected, name)
        assert a.dtype == b.dtype and a.shape == b.shape, name
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name


def test_the_demo_s_map_is_the_row_by_row_map(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=date(2026, 11, 30))
    with Workspace.open(path, read_only=True) as ws:
        read = network_read.read_network(ws)
    data = network_map.map_data(read)
    assert_same(data, row_by_row(read))
    assert np.isfinite(data.quality).any() and np.isnan(data.quality).any()


def test_a_synthetic_network_s_map_is_the_row_by_row_map(tmp_path):
    path = tmp_path / "synthetic.netzplan"
    write_synthetic(path, partners=1500, seed=3)
    with Workspace.open(path, read_only=True) as ws:
        read = network_read.read_network(ws)
    data = network_map.map_data(read)
    assert_same(data, row_by_row(read))
    assert data.n == 1500 and len(data.edges) > 3000 and data.own is not None and data.tie.any()


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_an_awkward_network_s_map_is_the_row_by_row_map(kind, tmp_path):
    with with_own_firm(new_workspace(kind, tmp_path)) as ws:
        own = ws.own_firm_id
        a = ws.execute(partners.create_partner(ws, name="Zulieferer Ost", kind="supplier",
                                               dimensions=["thematic", "regional"], tags=["zeta", "Alpha"],
                                               pos_x=1.5, pos_y=-0.5)).entity_id
        b = ws.execute(partners.create_partner(ws, name="alte Gießerei", kind="supplier", archived=True)).entity_id
        c = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university", dimensions=[])).entity_id
        tie = ws.execute(relationships.create_relationship(ws, own, a, kind="supply", strength=4)).entity_id
        ws.execute(relationships.create_relationship(ws, a, b, kind="supply", strength=2))
        other = ws.execute(relationships.create_relationship(ws, c, own, kind="research_project",
                                                             strength=5)).entity_id
        ws.execute(relationships.create_assessment(ws, tie, {"openness": 5, "trust": None, "commitment": 4},
                                                   assessed_on=date(2026, 6, 1)))
        ws.execute(relationships.create_assessment(ws, tie, {"openness": 2}, assessed_on=date(2025, 1, 1)))
        read = network_read.read_network(ws)
    data = network_map.map_data(read)
    assert_same(data, row_by_row(read))
    assert np.isnan(data.positions).any() and not np.isnan(data.positions).all()
    assert data.archived.any() and (data.dimension_mask == 0).any()
    assert data.quality[data.edge_ids.index(tie)] == quality_index([5, 4])  # the later assessment counts
    assert np.isnan(data.quality[data.edge_ids.index(other)])  # never assessed


def test_an_empty_document_s_map_is_empty(tmp_path):
    with new_workspace("memory", tmp_path) as ws:
        read = network_read.read_network(ws)
    data = network_map.map_data(read)
    assert_same(data, row_by_row(read))
    assert data.n == 0 and data.edges.shape == (0, 2) and data.positions.shape == (0, 2)


def test_tie_quality_gives_quality_index_for_every_possible_row():
    rows = list(itertools.product((None, 1, 2, 3, 4, 5), repeat=6))  # every score or none, six criteria
    latest = {f"r{k}": (date(2026, 1, 1), row) for k, row in enumerate(rows)}
    found = network_map.tie_quality([*latest, "not assessed"], latest)
    expected = [quality_index(row) for row in rows] + [None]
    assert [None if np.isnan(q) else float(q) for q in found] == expected
