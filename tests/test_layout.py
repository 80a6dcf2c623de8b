"""Layouts and map filters as pure functions over small hand-built networks whose right answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from netzplaner.analysis.layout import (
    RADIUS,
    SECTOR_CENTRES,
    Cancelled,
    LayoutInput,
    LayoutKind,
    compute_layout,
    concentric_layout,
    fill_missing,
    force_layout,
)


def star(leaves: int = 6, sector=None, tie=None) -> LayoutInput:
    """Node 0 is the own firm, tied to every leaf."""
    n = leaves + 1
    edges = np.array([(0, i) for i in range(1, n)])
    return LayoutInput(edges=edges, weights=np.full(leaves, 3.0),
                       sector=np.array(sector if sector is not None else [0] * n),
                       tie=np.array(tie if tie is not None else [0] + [3] * leaves),
                       order=np.arange(n), centre=0)


def two_clusters() -> LayoutInput:
    """Two cliques of five joined by one tie (4–5)."""
    edges = [(a, b) for group in (range(0, 5), range(5, 10)) for a in group for b in group if a < b] + [(4, 5)]
    edges = np.array(edges)
    return LayoutInput(edges=edges, weights=np.full(len(edges), 3.0), sector=np.zeros(10, int),
                       tie=np.zeros(10, int), order=np.arange(10), centre=0)


def test_network_map_puts_the_own_firm_in_the_centre_and_strong_ties_closer():
    graph = star(4, tie=[0, 5, 4, 2, 1])
    pos = concentric_layout(graph)
    radius = np.sqrt((pos ** 2).sum(axis=1))
    assert radius[0] == 0
    assert radius[1] < radius[2] < radius[3] < radius[4] <= RADIUS


def test_network_map_gives_each_dimension_its_sector():
    graph = star(3, sector=[0, 0, 1, 2], tie=[0, 3, 3, 3])
    pos = concentric_layout(graph)
    angles = np.degrees(np.arctan2(pos[1:, 1], pos[1:, 0])) % 360
    for angle, centre in zip(angles, SECTOR_CENTRES):
        assert abs((angle - centre + 180) % 360 - 180) < 60


def test_network_map_keeps_10000_partners_apart():
    n = 10_000
    graph = LayoutInput(edges=np.zeros((0, 2), int), weights=np.zeros(0), sector=np.arange(n) % 3,
                        tie=np.zeros(n, int), order=np.arange(n), centre=None)
    pos = concentric_layout(graph)
    assert len(np.unique(np.round(pos, 6), axis=0)) == n  # nobody sits on somebody else


def test_force_layout_keeps_clusters_together_and_apart():
    pos = force_layout(two_clusters())
    inside = np.mean([np.linalg.norm(pos[a] - pos[b]) for a in range(5) for b in range(a + 1, 5)])
    between = np.linalg.norm(pos[:5].mean(axis=0) - pos[5:].mean(axis=0))
    assert np.isfinite(pos).all() and between > 1.5 * inside


def test_force_layout_is_reproducible_and_centred_on_the_own_firm():
    a, b = force_layout(star(8)), force_layout(star(8))
    assert np.array_equal(a, b) and np.allclose(a[0], 0)


def test_force_layout_reports_progress_and_stops_when_cancelled():
    seen = []
    compute_layout(LayoutKind.FORCE, two_clusters(), progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        compute_layout(LayoutKind.FORCE, two_clusters(), cancelled=lambda: True)


def test_stored_positions_are_kept_and_only_missing_ones_are_placed():
    graph = star(3)
    initial = np.array([[0.0, 0.0], [9.0, 9.0], [np.nan, np.nan], [-3.0, 1.0]])
    graph = LayoutInput(**{**graph.__dict__, "initial": initial})
    pos = fill_missing(graph)
    assert pos[1].tolist() == [9.0, 9.0] and pos[3].tolist() == [-3.0, 1.0]
    assert np.isfinite(pos[2]).all()


def test_empty_and_single_partner_networks():
    empty = LayoutInput(edges=np.zeros((0, 2), int), weights=np.zeros(0), sector=np.zeros(0, int),
                        tie=np.zeros(0, int), order=np.zeros(0, int))
    assert force_layout(empty).shape == (0, 2)
    alone = LayoutInput(edges=np.zeros((0, 2), int), weights=np.zeros(0), sector=np.zeros(1, int),
                        tie=np.zeros(1, int), order=np.zeros(1, int), centre=0)
    assert force_layout(alone).tolist() == [[0.0, 0.0]]


def test_map_filter_masks(ws):
    from netzplaner.gui.map_filter import MapFilter, visible
    from netzplaner.services import network_map, partners, relationships

    own = ws.own_firm_id
    supplier = ws.execute(partners.create_partner(ws, name="Lieferant CN", kind="supplier",
                                                  dimensions=["international"])).entity_id
    uni = ws.execute(partners.create_partner(ws, name="Hochschule", kind="university", dimensions=["regional"],
                                             tags=["Forschung"])).entity_id
    old = ws.execute(partners.create_partner(ws, name="Alt", kind="company", dimensions=["regional"])).entity_id
    ws.execute(partners.archive_partner(ws, old))
    weak = ws.execute(relationships.create_relationship(ws, own, supplier, kind="supply", strength=2)).entity_id
    ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project", strength=5))
    ws.execute(relationships.create_assessment(ws, weak, {"trust": 1}))
    data = network_map.load_map(ws)
    name = {pid: i for i, pid in enumerate(data.ids)}

    nodes, ties = visible(data, MapFilter())
    assert nodes[name[supplier]] and nodes[name[uni]] and not nodes[name[old]] and ties.all()
    nodes, _ = visible(data, MapFilter(dimensions=frozenset({0})))
    assert not nodes[name[supplier]] and nodes[name[own]]
    nodes, ties = visible(data, MapFilter(min_strength=3))
    assert not nodes[name[supplier]] and nodes[name[uni]] and ties.sum() == 1
    nodes, _ = visible(data, MapFilter(min_quality=50))  # the unassessed tie and the poor one both go
    assert not nodes[name[supplier]] and not nodes[name[uni]] and nodes[name[own]]
    nodes, _ = visible(data, MapFilter(tag="forschung"))
    assert nodes[name[uni]] and not nodes[name[supplier]]
    nodes, _ = visible(data, MapFilter(hide_archived=False, kinds=frozenset({0})))
    assert nodes[name[old]] and not nodes[name[uni]]
