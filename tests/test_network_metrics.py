"""The numpy metrics of analysis/metrics.py agree with networkx and with answers known by hand."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from netzplaner.analysis import metrics
from netzplaner.analysis.network import Edge, NetworkData, Node
from netzplaner.domain.enums import PartnerKind, RelationshipKind


def data_of(graph: nx.Graph, own: int | None = 0) -> NetworkData:
    """Node i of ``graph`` becomes partner "p0000i" (index i, as ids sort like the numbers)."""
    nodes = [Node(f"p{i:05d}", f"P{i}", PartnerKind.COMPANY, is_own_firm=i == own) for i in sorted(graph)]
    edges = [Edge(f"r{k}", f"p{u:05d}", f"p{v:05d}", RelationshipKind.COOPERATION, 3)
             for k, (u, v) in enumerate(graph.edges) if u != v]
    return NetworkData(nodes, edges)


def graph_of(graph: nx.Graph, own: int | None = 0) -> metrics.Graph:
    return metrics.graph_of(data_of(graph, own))


def random_graphs():
    for seed in range(12):
        yield nx.gnm_random_graph(40, 45 + 3 * seed, seed=seed)  # sparse: several components, cut points


def test_exact_betweenness_equals_networkx():
    for graph in [nx.star_graph(6), nx.path_graph(7), nx.complete_graph(5), *random_graphs()]:
        found = metrics.betweenness(graph_of(graph))
        expected = nx.betweenness_centrality(graph)
        assert found.exact and found.sources == graph.number_of_nodes()
        assert np.allclose(found.values, [expected[i] for i in sorted(graph)])


def top_down_dependencies(g: metrics.Graph, s: int, linear: bool) -> np.ndarray:
    """Brandes' dependencies of one source, every level searched from the frontier (the code before issue 17's
    bottom-up levels): the reference the faster search must equal to the last bit."""
    indptr, nbr, degree, n = g.indptr, g.nbr, g.degree, g.n
    dist, sigma = np.full(n, -1), np.zeros(n)
    dist[s], sigma[s] = 0, 1.0
    frontier, levels, depth = np.array([s]), [], 0
    while True:
        counts = degree[frontier]
        total = int(counts.sum())
        if total == 0:
            break
        ends = np.cumsum(counts)
        reached = nbr[np.arange(total) + np.repeat(indptr[frontier] - (ends - counts), counts)]
        new = dist[reached] < 0
        w, v = reached[new], np.repeat(frontier, counts)[new]
        if not w.size:
            break
        depth += 1
        dist[w] = depth
        sigma += np.bincount(w, weights=sigma[v], minlength=n)
        levels.append((v, w))
        frontier = np.flatnonzero(dist == depth)
    delta = np.zeros(n)
    for d, (v, w) in zip(range(len(levels), 0, -1), reversed(levels)):
        share = sigma[v] / sigma[w] * (1.0 + delta[w])
        delta += np.bincount(v, weights=share * ((d - 1) / d) if linear else share, minlength=n)
    delta[s] = 0.0
    return delta


def test_bottom_up_levels_give_the_top_down_result_to_the_last_bit():
    # dense enough that the middle levels are searched from the partners not yet reached (bottom-up)
    for graph in [nx.connected_watts_strogatz_graph(400, 12, 0.2, seed=3), nx.gnm_random_graph(300, 2400, seed=4),
                  nx.disjoint_union(nx.complete_graph(30), nx.path_graph(20))]:
        g = graph_of(graph)
        arrays = (g.indptr.astype(np.int32), g.nbr.astype(np.int32), g.degree.astype(np.int32),
                  g.row.astype(np.int32))
        for s in (0, 7, g.n - 1):
            for linear in (False, True):
                assert np.array_equal(metrics._dependencies(*arrays, g.n, s, linear=linear),
                                      top_down_dependencies(g, s, linear))
        expected = nx.betweenness_centrality(graph)
        assert np.allclose(metrics.betweenness(g).values, [expected[i] for i in sorted(graph)])


def test_star_and_chain_betweenness_by_hand():
    star = metrics.betweenness(graph_of(nx.star_graph(4))).values  # centre 0 lies on every path between leaves
    assert star[0] == pytest.approx(1.0) and not star[1:].any()
    chain = metrics.betweenness(graph_of(nx.path_graph(5))).values  # 0-1-2-3-4: the middle carries most
    assert chain.argmax() == 2 and chain[0] == chain[4] == 0


def linear_reference(graph: nx.Graph, sources: list[int]) -> np.ndarray:
    """The linearly scaled estimate by its definition, from every shortest path networkx lists: a partner at
    distance d on a shortest path of length D between a source and a target gets d/D of that path's share."""
    n = graph.number_of_nodes()
    raw = np.zeros(n)
    for s in sources:
        for t in graph:
            if t == s or not nx.has_path(graph, s, t):
                continue
            paths = list(nx.all_shortest_paths(graph, s, t))
            for path in paths:
                for d, v in enumerate(path[1:-1], start=1):
                    raw[v] += d / (len(path) - 1) / len(paths)
    return raw * 2.0 * n / len(sources) / ((n - 1) * (n - 2))


def test_sampled_betweenness_is_the_linearly_scaled_estimate_of_its_sample():
    for graph in random_graphs():
        found = metrics.betweenness(graph_of(graph), exact_limit=10, samples=12, seed=5)
        sources = random.Random(5).sample(range(len(graph)), 12)  # networkx's draw for k=12, seed=5
        assert not found.exact and found.sources == 12
        assert np.allclose(found.values, linear_reference(graph, sources))


def test_the_estimate_from_every_source_is_exact():
    """Linear scaling splits each pair between its two ends, so from every source it adds up to the exact value."""
    graph = nx.gnm_random_graph(60, 120, seed=4)
    everyone = linear_reference(graph, list(graph))
    assert np.allclose(everyone, [nx.betweenness_centrality(graph)[i] for i in sorted(graph)])


def misleading_network() -> nx.Graph:
    """Eight groups of 30 with few ties between them, and 240 partners hanging on one member each: a sampled
    pendant partner credits its member with its whole traffic, which made plain sampling rank such members
    among the brokers."""
    graph = nx.relaxed_caveman_graph(8, 30, 0.05, seed=1)
    rng = random.Random(1)
    for i in range(240):
        graph.add_edge(240 + i, rng.randrange(240))
    return graph


def test_sampled_top_brokers_agree_with_exact_where_plain_sampling_misleads():
    g = metrics.graph_from_ends(480, np.array(list(misleading_network().edges())))
    exact = metrics.betweenness(g).values
    assert metrics.betweenness(g).exact
    top = set(np.argsort(-exact)[:5].tolist())
    for seed in range(1, 9):  # plain sampling of the same 48 sources found 1 to 3 of the 5
        found = metrics.betweenness(g, exact_limit=0, samples=48, seed=seed)
        assert not found.exact and len(top & set(np.argsort(-found.values)[:5].tolist())) >= 4, seed


def test_sources_follow_the_work_budget_and_small_networks_are_exact():
    sparse = metrics.graph_from_ends(3000, np.array([(0, i) for i in range(1, 3000)]))  # a star: little work
    assert metrics.betweenness_samples(sparse) >= 3000 and metrics.betweenness(sparse, samples=None).exact
    dense = graph_of(nx.gnm_random_graph(3000, 30000, seed=1))
    k = metrics.betweenness_samples(dense)
    assert k == metrics.BETWEENNESS_WORK // (2 * 30000 + 3000) and k < 3000


def test_sampled_betweenness_is_reproducible_and_finds_the_hub():
    graph = nx.barabasi_albert_graph(1500, 2, seed=3)
    g = graph_of(graph)
    first, second = metrics.betweenness(g, samples=150), metrics.betweenness(g, samples=150)
    assert not first.exact and first.sources == 150
    assert np.array_equal(first.values, second.values)
    exact = metrics.betweenness(g, exact_limit=len(graph)).values  # equals networkx (tested above), 20x faster
    assert int(first.values.argmax()) == int(exact.argmax())
    top = set(np.argsort(-exact)[:5].tolist())
    assert len(top & set(np.argsort(-first.values)[:5].tolist())) >= 4  # the estimate ranks the top brokers


def test_cut_points_and_bridges_equal_networkx():
    for graph in random_graphs():
        cuts = metrics.cut_structure(graph_of(graph), 0)
        expected = set(nx.articulation_points(graph)) - {0}  # the root (own firm) is not reported
        assert set(cuts.cut_off) - {0} == expected
        assert {frozenset(b[:2]) for b in cuts.bridges} == {frozenset(e) for e in nx.bridges(graph)}


def test_cut_off_counts_and_gates_match_removing_the_partner():
    for graph in random_graphs():
        cuts = metrics.cut_structure(graph_of(graph), 0)
        home = nx.node_connected_component(graph, 0)
        distance = nx.single_source_shortest_path_length(graph, 0)
        for v, count in cuts.cut_off.items():
            if v in home:
                rest = graph.subgraph(home - {v})
                assert count == len(home) - 1 - len(nx.node_connected_component(rest, 0))
        for x in home - {0}:
            separators = [v for v in home - {0, x}
                          if x not in nx.node_connected_component(graph.subgraph(home - {v}), 0)]
            if not separators:
                assert cuts.gate[x] == -1
            else:  # the separator nearest to the own firm
                assert cuts.gate[x] in separators
                assert distance[cuts.gate[x]] == min(distance[v] for v in separators)
        assert all(cuts.component[v] == 0 for v in home)


def test_chain_with_a_bridge_by_hand():
    # own(0) - 1 - 2 - 3, and 1 - 4: partner 1 cuts off 2, 3 and 4; partner 2 cuts off 3
    graph = nx.Graph([(0, 1), (1, 2), (2, 3), (1, 4)])
    cuts = metrics.cut_structure(graph_of(graph), 0)
    assert cuts.cut_off == {1: 3, 2: 1}
    assert sorted(cuts.behind[1]) == [2, 4]
    assert sorted((u, v, c) for u, v, c in cuts.bridges) == [(0, 1, 4), (1, 2, 2), (1, 4, 1), (2, 3, 1)]
    assert cuts.gate.tolist() == [-1, -1, 1, 1, 1]


def test_cut_structure_without_own_firm_and_with_isolated_partners():
    graph = nx.Graph([(0, 1), (1, 2)])
    graph.add_node(3)
    cuts = metrics.cut_structure(graph_of(graph, own=None), None)
    assert cuts.cut_off == {1: 1} and len(set(cuts.component.tolist())) == 2


def test_two_cliques_are_two_communities():
    graph = nx.union(nx.complete_graph(6), nx.complete_graph(range(6, 12)))
    graph.add_edge(5, 6)
    found = metrics.communities(graph_of(graph))
    assert found.labels.tolist() == [0] * 6 + [1] * 6 and not found.approximate
    assert found.modularity == pytest.approx(nx.community.modularity(graph, [set(range(6)), set(range(6, 12))]))


def test_communities_of_a_large_planted_network_are_found_on_the_coarsened_graph():
    sizes = [900, 700, 500, 400]
    graph = nx.random_partition_graph(sizes, 0.012, 0.0004, seed=4)
    found = metrics.communities(graph_of(graph))
    assert found.approximate
    planted = graph.graph["partition"]
    assert found.modularity >= nx.community.modularity(graph, planted) - 0.02
    for block in planted:  # each planted group lands (almost) entirely in one community
        labels = np.bincount(found.labels[sorted(block)])
        assert labels.max() >= 0.95 * len(block)
    assert np.array_equal(found.labels, metrics.communities(graph_of(graph)).labels)  # seeded


def test_graph_merges_several_relationships_between_two_partners():
    nodes = [Node("a", "A", PartnerKind.COMPANY, is_own_firm=True), Node("b", "B", PartnerKind.SUPPLIER)]
    edges = [Edge("r1", "a", "b", RelationshipKind.SUPPLY, 4), Edge("r2", "b", "a", RelationshipKind.COOPERATION, 2)]
    g = metrics.graph_of(NetworkData(nodes, edges))
    assert g.pairs.tolist() == [[0, 1]] and g.degree.tolist() == [1, 1] and g.ends.tolist() == [[0, 1], [1, 0]]


def test_empty_and_tiny_networks():
    for graph in (nx.empty_graph(0), nx.empty_graph(1), nx.empty_graph(3), nx.path_graph(2)):
        g = graph_of(graph, own=0 if len(graph) else None)
        assert metrics.betweenness(g).values.tolist() == [0.0] * len(graph)
        metrics.cut_structure(g, 0 if len(graph) else None)
        assert len(metrics.communities(g).labels) == len(graph)


def test_network_data_refuses_bad_records():
    a = Node("a", "A", PartnerKind.COMPANY)
    with pytest.raises(ValueError):
        NetworkData([a, a])
    with pytest.raises(ValueError):
        NetworkData([a], [Edge("r", "a", "x", RelationshipKind.SUPPLY, 3)])
    with pytest.raises(ValueError):
        NetworkData([a], [Edge("r", "a", "a", RelationshipKind.SUPPLY, 3)])
    b = Node("b", "B", PartnerKind.COMPANY)
    supply = RelationshipKind.SUPPLY
    fine, itself = Edge("r1", "a", "b", supply, 3), Edge("r2", "b", "b", supply, 3)
    unknown = Edge("r3", "x", "a", supply, 3)
    with pytest.raises(ValueError, match="^Relationship r2 joins a partner to itself"):  # the first wrong one
        NetworkData([a, b], [fine, itself, unknown])
    with pytest.raises(ValueError, match="^Relationship r3 joins a partner that is not in the network"):
        NetworkData([a, b], [fine, unknown, itself])
    assert NetworkData([a, b], [fine, fine]).ends.tolist() == [[0, 1], [0, 1]]
    assert NetworkData([a, b]).ends.shape == (0, 2)
