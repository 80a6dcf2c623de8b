"""analysis/louvain.py finds exactly networkx's Louvain communities (same seed, same members), on random weighted
graphs with weights inside nodes and on the coarsened graphs the network check hands it; so the communities of
the check did not change when networkx left the check's imports (issue 17)."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from netzplaner.analysis import louvain, metrics
from netzplaner.analysis.metrics import graph_from_ends


def networkx_louvain(a, b, w, inner, seed) -> np.ndarray:
    """metrics._louvain as it was, over networkx."""
    graph = nx.Graph()
    graph.add_nodes_from(range(len(inner)))
    graph.add_weighted_edges_from(zip(a.tolist(), b.tolist(), w.tolist()))
    graph.add_weighted_edges_from((i, i, float(inner[i])) for i in np.flatnonzero(inner).tolist())
    labels = np.empty(len(inner), np.int64)
    for i, members in enumerate(sorted(nx.community.louvain_communities(graph, weight="weight", seed=seed),
                                       key=min)):
        labels[list(members)] = i
    return labels


def random_ties(rng: random.Random, n: int, m: int):
    pairs = sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(m)})
    a = np.array([p[0] for p in pairs], np.int64)
    b = np.array([p[1] for p in pairs], np.int64)
    w = np.array([rng.choice([1.0, 2.0, 0.5, rng.random() * 7]) for _ in pairs])
    inner = np.array([rng.choice([0.0, 0.0, 1.0, 3.5, rng.random()]) for _ in range(n)])
    return a, b, w, inner


@pytest.mark.parametrize("case", range(60))
def test_the_same_communities_as_networkx_on_random_weighted_graphs(case):
    rng = random.Random(case)
    n = rng.choice([2, 5, 12, 40, 100, 160])
    ties = random_ties(rng, n, rng.randint(1, 4 * n))
    for seed in (1, case + 2):
        assert np.array_equal(metrics._louvain(*ties, seed), networkx_louvain(*ties, seed)), (case, seed)


@pytest.mark.parametrize("name", ["ring of cliques", "grid", "karate", "barbell", "complete", "caveman"])
def test_the_same_communities_where_many_moves_gain_the_same(name):
    """Unit weights on regular shapes: equal gains everywhere, so the order of looking decides."""
    graph = {"ring of cliques": nx.ring_of_cliques(8, 4), "grid": nx.convert_node_labels_to_integers(
        nx.grid_2d_graph(7, 7)), "karate": nx.karate_club_graph(), "barbell": nx.barbell_graph(5, 2),
             "complete": nx.complete_graph(9), "caveman": nx.connected_caveman_graph(6, 5)}[name]
    pairs = np.array(sorted(tuple(sorted(e)) for e in graph.edges()), np.int64)
    ties = (pairs[:, 0], pairs[:, 1], np.ones(len(pairs)), np.zeros(graph.number_of_nodes()))
    for seed in range(1, 9):
        assert np.array_equal(metrics._louvain(*ties, seed), networkx_louvain(*ties, seed)), seed


def test_the_same_modularity_as_networkx():
    a, b, w, inner = random_ties(random.Random(7), 50, 160)
    graph, other = louvain.Graph(), nx.Graph()
    for x, y, weight in zip(a.tolist(), b.tolist(), w.tolist()):
        graph.add_edge(x, y, weight)
        other.add_edge(x, y, weight=weight)
    parts = [set(range(0, 20)), set(range(20, 50))]
    assert louvain.modularity(graph, parts) == nx.community.modularity(other, parts, weight="weight")


def test_a_graph_without_ties_keeps_every_node_apart():
    graph = louvain.Graph()
    for i in range(3):
        graph.add_node(i)
    assert louvain.communities(graph, 1) == [{0}, {1}, {2}]


def test_the_check_s_communities_are_networkx_s(monkeypatch):
    """The whole community search (coarsening, Louvain, polishing) on clustered networks as the check sees them."""
    found = {}
    for size in (300, 1500, 4000):
        rng = np.random.default_rng(size)
        group = rng.integers(0, 12, size)
        a = rng.integers(0, size, size * 5)
        b = np.where(rng.random(size * 5) < 0.8,
                     [rng.choice(np.flatnonzero(group == group[x])) for x in a], rng.integers(0, size, size * 5))
        ends = np.stack([a, b], axis=1)
        g = graph_from_ends(size, ends[ends[:, 0] != ends[:, 1]])
        found[size] = metrics.communities(g)
        with monkeypatch.context() as old:
            old.setattr(metrics, "_louvain", networkx_louvain)
            before = metrics.communities(g)
        assert np.array_equal(found[size].labels, before.labels) and found[size].modularity == before.modularity
    assert found[4000].approximate and len(set(found[4000].labels.tolist())) > 3


def joined_by_union_find(n: int, a, b) -> np.ndarray:
    """metrics._join_best_neighbours' grouping as it was: a union-find in Python, the least index as the root."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return np.array([find(x) for x in range(n)], np.int64)


@pytest.mark.parametrize("case", range(30))
def test_linked_nodes_are_grouped_as_by_the_union_find(case):
    rng = np.random.default_rng(case)
    n = int(rng.integers(1, 3000))
    m = int(rng.integers(0, 2 * n))
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    if case % 3 == 0:  # long chains, as a best-neighbour forest may hold
        order = rng.permutation(n)
        a, b = order[:-1], order[1:]
    assert np.array_equal(metrics.least_in_component(n, a, b), joined_by_union_find(n, a, b)), case


def best_by_lexsort(node, value):
    """The best entry per node as _join_best_neighbours took it before: the last one after sorting."""
    order = np.lexsort((value, node))
    last = np.r_[node[order][1:] != node[order][:-1], True]
    return node[order][last], order[last]


@pytest.mark.parametrize("case", range(30))
def test_the_best_entry_per_node_is_the_last_after_sorting(case):
    rng = np.random.default_rng(case)
    n = int(rng.integers(1, 500))
    m = int(rng.integers(1, 4 * n + 2))
    node = rng.integers(0, n, m)
    value = rng.integers(-3, 4, m) / 2.0 if case % 2 else rng.random(m) - 0.5  # many equal values, or none
    found, expected = metrics.best_per_node(n, node, value), best_by_lexsort(node, value)
    assert np.array_equal(found[0], expected[0]) and np.array_equal(found[1], expected[1]), case
