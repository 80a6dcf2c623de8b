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
    from netzplaner.gui.map.map_filter import MapFilter, visible
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


def test_components_are_labelled_by_paths_of_ties():
    from netzplaner.analysis.layout import components

    label = components(7, np.array([(0, 1), (1, 2), (4, 3), (5, 6)]))
    assert label[0] == label[1] == label[2] and label[3] == label[4] and label[5] == label[6]
    assert len(set(label.tolist())) == 3


def test_force_layout_packs_small_groups_next_to_the_main_cluster():
    """A main cluster of 30 around the own firm, four pairs and six loners with no tie to it: the small groups
    end right outside the main cluster, not 5–6 times its width away, so the main cluster fills the view."""
    rng = np.random.default_rng(4)
    main = [(0, i) for i in range(1, 30)] + [tuple(sorted(rng.choice(30, 2, replace=False))) for _ in range(40)]
    pairs = [(30 + 2 * k, 31 + 2 * k) for k in range(4)]
    n = 44
    edges = np.array(main + pairs)
    graph = LayoutInput(edges=edges, weights=np.full(len(edges), 3.0), sector=np.zeros(n, int),
                        tie=np.zeros(n, int), order=np.arange(n), centre=0)
    pos = force_layout(graph)
    distance = np.sqrt((pos ** 2).sum(axis=1))
    main_reach = distance[:30].max()
    assert distance[30:].max() < 1.7 * main_reach
    assert main_reach > 0.6 * RADIUS  # the main cluster takes most of the disc
    gaps = np.sqrt(((pos[30:, None] - pos[None, 30:]) ** 2).sum(axis=2)) + np.eye(n - 30) * 1e9
    assert gaps.min() > 0.02 * RADIUS  # the packed groups do not sit on each other


def test_network_map_uses_the_whole_radius_and_gives_partners_without_network_their_own_sector():
    from netzplaner.analysis.layout import NO_NETWORK, map_geometry

    # most partners have no direct tie (as in a large network), two tie strengths do not occur at all
    tie = [0] + [5] * 3 + [3] * 5 + [0] * 40 + [2, 2]
    sector = [0] + [k % 3 for k in range(48)] + [NO_NETWORK, NO_NETWORK]
    n = len(tie)
    graph = LayoutInput(edges=np.zeros((0, 2), int), weights=np.zeros(0), sector=np.array(sector),
                        tie=np.array(tie), order=np.arange(n), centre=0)
    geometry = map_geometry(graph)
    assert [t for t, _inner, _outer in geometry.rings] == [5, 3, 2, 0]  # only strengths that occur
    assert geometry.rings[-1][2] == pytest.approx(RADIUS)
    pos = concentric_layout(graph)
    radius = np.sqrt((pos ** 2).sum(axis=1))
    outer = radius[np.array(tie) == 0][1:]
    assert outer.max() > 0.8 * RADIUS and outer.min() < 0.7 * RADIUS  # a wide band, not one dense circle
    angles = np.degrees(np.arctan2(pos[:, 1], pos[:, 0])) % 360
    own_sector = [(first, span) for s, first, span in geometry.sectors if s == NO_NETWORK]
    assert own_sector, "partners without a network get a sector of their own"
    first, span = own_sector[0]
    for i in (n - 2, n - 1):
        assert (angles[i] - first) % 360 <= span
    for i in range(1, n - 2):  # and nobody else sits in it
        assert (angles[i] - first) % 360 > span
