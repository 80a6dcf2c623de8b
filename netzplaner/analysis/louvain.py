"""Louvain communities on a small weighted graph: networkx's ``louvain_communities`` step for step, without
networkx.

The network check runs Louvain only on coarsened graphs of about a hundred nodes, yet importing networkx for it
cost 0.09 s of the 1.3 s that ``netzplaner check`` takes at 10,000 partners. This is a port of networkx 3.6's
``algorithms/community/louvain.py`` and ``quality.modularity`` (BSD-3-Clause, (c) NetworkX Developers) for an
undirected graph with resolution 1: the same graph storage order, the same random draws (``random.Random(seed)``)
and the same floating-point sums in the same order, so it finds the same communities to the last member
(``tests/test_louvain.py`` holds it to networkx on many graphs).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Iterator

THRESHOLD = 0.0000001  # networkx's default: a level must raise modularity by more than this


class Graph:
    """An undirected weighted graph stored as networkx.Graph stores it: nodes and neighbours in insertion order,
    one weight per pair (a self-loop counts twice in the degree)."""

    def __init__(self) -> None:
        self.adj: dict[int, dict[int, float]] = {}
        self.members: dict[int, set] = {}  # networkx's node attribute "nodes": the original nodes a node stands for

    def add_node(self, node: int, members: set | None = None) -> None:
        if node not in self.adj:
            self.adj[node] = {}
        if members is not None:
            self.members[node] = members

    def add_edge(self, u: int, v: int, weight: float) -> None:
        self.add_node(u)
        self.add_node(v)
        self.adj[u][v] = weight
        self.adj[v][u] = weight

    def degree(self, node: int) -> float:
        nbrs = self.adj[node]
        return sum(w for w in nbrs.values()) + (node in nbrs and nbrs[node])

    def edges(self, nodes: Iterable[int] | None = None) -> Iterator[tuple[int, int, float]]:
        """Each tie once, as ``Graph.edges(nbunch, data="weight")`` yields them."""
        seen = set()
        for n in (self.adj if nodes is None else (n for n in nodes if n in self.adj)):
            for nbr, w in self.adj[n].items():
                if nbr not in seen:
                    yield n, nbr, w
            seen.add(n)


def communities(graph: Graph, seed: int) -> list[set]:
    """``networkx.community.louvain_communities(graph, weight="weight", seed=seed)``."""
    rng = random.Random(seed)
    partition = [{u} for u in graph.adj]
    if not any(graph.adj.values()):
        return partition
    mod = modularity(graph, partition)
    level = Graph()
    for u in graph.adj:
        level.add_node(u)
    for u, v, w in graph.edges():
        level.add_edge(u, v, w)
    m = sum(level.degree(u) for u in level.adj) / 2
    partition, inner, improvement = _one_level(level, m, partition, rng)
    improvement, found = True, partition
    while improvement:
        found = [s.copy() for s in partition]
        new_mod = modularity(level, inner)
        if new_mod - mod <= THRESHOLD:
            return found
        mod = new_mod
        level = _gen_graph(level, inner)
        partition, inner, improvement = _one_level(level, m, partition, rng)
    return found


def modularity(graph: Graph, communities: list[set]) -> float:
    """``networkx.community.modularity(graph, communities, weight="weight")``."""
    degree = {u: graph.degree(u) for u in graph.adj}
    deg_sum = sum(degree.values())
    m = deg_sum / 2
    norm = 1 / deg_sum**2

    def contribution(community) -> float:
        comm = set(community)
        inside = sum(w for _u, v, w in graph.edges(comm) if v in comm)
        degree_sum = sum(degree[u] for u in comm)
        return inside / m - 1 * degree_sum * degree_sum * norm

    return sum(map(contribution, communities))


def _one_level(graph: Graph, m: float, partition: list[set], rng: random.Random):
    node2com = {u: i for i, u in enumerate(graph.adj)}
    inner = [{u} for u in graph.adj]
    degrees = {u: graph.degree(u) for u in graph.adj}
    total = list(degrees.values())
    nbrs = {u: {v: w for v, w in graph.adj[u].items() if v != u} for u in graph.adj}
    rand_nodes = list(graph.adj)
    rng.shuffle(rand_nodes)
    nb_moves, improvement = 1, False
    while nb_moves > 0:
        nb_moves = 0
        for u in rand_nodes:
            best_mod = 0
            best_com = node2com[u]
            weights2com = _neighbor_weights(nbrs[u], node2com)
            degree = degrees[u]
            total[best_com] -= degree
            remove_cost = -weights2com[best_com] / m + 1 * (total[best_com] * degree) / (2 * m**2)
            for nbr_com, wt in weights2com.items():
                gain = remove_cost + wt / m - 1 * (total[nbr_com] * degree) / (2 * m**2)
                if gain > best_mod:
                    best_mod = gain
                    best_com = nbr_com
            total[best_com] += degree
            if best_com != node2com[u]:
                com = graph.members.get(u, {u})
                partition[node2com[u]].difference_update(com)
                inner[node2com[u]].remove(u)
                partition[best_com].update(com)
                inner[best_com].add(u)
                improvement = True
                nb_moves += 1
                node2com[u] = best_com
    return list(filter(len, partition)), list(filter(len, inner)), improvement


def _neighbor_weights(nbrs: dict[int, float], node2com: dict[int, int]) -> defaultdict:
    weights: defaultdict = defaultdict(float)
    for nbr, wt in nbrs.items():
        weights[node2com[nbr]] += wt
    return weights


def _gen_graph(graph: Graph, partition: list[set]) -> Graph:
    merged = Graph()
    node2com = {}
    for i, part in enumerate(partition):
        nodes: set = set()
        for node in part:
            node2com[node] = i
            nodes.update(graph.members.get(node, {node}))
        merged.add_node(i, nodes)
    for node1, node2, wt in graph.edges():
        com1, com2 = node2com[node1], node2com[node2]
        temp = merged.adj[com1].get(com2, 0) if com1 in merged.adj else 0
        merged.add_edge(com1, com2, wt + temp)
    return merged
