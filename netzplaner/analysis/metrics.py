"""Network metrics over ``NetworkData``: betweenness, cut points and bridges, communities.

Why not networkx throughout: on 10,000 partners and 50,000 relationships networkx needs about 90 ms per source
for betweenness (5 s for 50 sampled sources), 13 s for Louvain communities and 0.5 s for bridges, while the whole
check must finish in under 3 s. So the hot parts run here on numpy arrays (Brandes' algorithm level by level,
one depth-first search for cut points and bridges); ``tests/test_network_metrics.py`` checks them against
networkx. networkx's Louvain still finds the communities (ported to ``louvain.py``: importing networkx cost more
than the communities), on a coarsened graph when the network is large.

All metrics treat the network as undirected and unweighted (several relationships between the same two
partners are one tie): "who connects whom", not "how strongly".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from . import louvain
from .network import NetworkData

SEED = 1  # every sampled or randomised metric uses it: the same document gives the same report
EXACT_BETWEENNESS_LIMIT = 1000  # partners; exact Brandes up to here, whatever the number of ties
# Brandes' work is one breadth-first search per source, each visiting every tie twice: sources x (2 ties + partners).
# This much (about 0.4 s CPU at 10,000 partners) makes betweenness exact up to about 1,450 partners with five ties
# each and estimates it from about 300 sources at 10,000, where the estimated top 10 brokers share 8 to 10 with the
# exact ones on each of seeds 1 to 10, and any two seeds share at least 8 (tests/benchmarks/bench_brokers.py; 45
# million, 420 sources, gave the same range; half that, 7 to 10); 100 sources without linear scaling shared 5 to 7.
BETWEENNESS_WORK = 32_000_000
MIN_BETWEENNESS_SAMPLES = 100
COARSEN_ABOVE = 1000  # partners; Louvain runs on a coarsened graph above this size
COARSEN_TARGET = 100  # coarsen until the graph has at most this many nodes (or stops shrinking)
REFINE_ROUNDS = 10


@dataclass(frozen=True, eq=False)
class Graph:
    """The network as a compressed adjacency list: node i is ``data.nodes[i]``."""

    n: int
    ends: np.ndarray  # (len(data.edges), 2) node indices of each relationship, in the order of data.edges
    pairs: np.ndarray  # (m, 2) distinct undirected ties, lower index first
    indptr: np.ndarray  # (n + 1,) neighbours of i are nbr[indptr[i]:indptr[i + 1]]
    nbr: np.ndarray
    row: np.ndarray  # row[j] is the node whose neighbour list holds entry j

    @property
    def degree(self) -> np.ndarray:
        return np.diff(self.indptr)


def graph_of(data: NetworkData) -> Graph:
    return graph_from_ends(len(data.nodes), data.ends)


def graph_from_ends(n: int, ends: np.ndarray) -> Graph:
    """The graph of ``n`` nodes whose relationships join the node indices in ``ends`` (m, 2)."""
    ends = np.asarray(ends, dtype=np.int64).reshape(-1, 2)
    low, high = ends.min(axis=1), ends.max(axis=1)
    keys = np.unique(low * max(n, 1) + high)  # several relationships between two partners are one tie
    pairs = np.stack([keys // max(n, 1), keys % max(n, 1)], axis=1)
    row = np.concatenate([pairs[:, 0], pairs[:, 1]])
    nbr = np.concatenate([pairs[:, 1], pairs[:, 0]])
    order = np.argsort(row * max(n, 1) + nbr)  # by row, then neighbour: one key (each pair once per side)
    row, nbr = row[order], nbr[order]
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(row, minlength=n), out=indptr[1:])
    return Graph(n, ends, pairs, indptr, nbr, row)


# -- betweenness ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Betweenness:
    values: np.ndarray  # normalised like networkx.betweenness_centrality (endpoints excluded)
    sources: int  # shortest-path sources used
    exact: bool  # False: estimated from ``sources`` sampled partners


def betweenness_samples(g: Graph, work: int = BETWEENNESS_WORK) -> int:
    """How many sources fit in ``work`` on this graph (``g.n`` or more: exact)."""
    return max(MIN_BETWEENNESS_SAMPLES, work // max(1, 2 * len(g.pairs) + g.n))


def betweenness(g: Graph, *, exact_limit: int = EXACT_BETWEENNESS_LIMIT, samples: int | None = None,
                seed: int = SEED) -> Betweenness:
    """Brandes' betweenness: exact up to ``exact_limit`` partners or when every partner fits in the sample
    (``samples``, by default what ``betweenness_samples`` allows), else estimated from that many sources.

    The estimate scales each source's contribution linearly (Geisberger, Sanders and Schultes 2008): a partner
    at distance d on a shortest path of length D gets d/D of the pair from this source; the far end, counted
    from its own side, would get the rest. Without this, every partner next to a sampled source is credited
    with that source's whole traffic (at 10,000 partners, 100 such sources found 5 to 7 of the exact top 10).
    The sources are drawn as ``networkx.betweenness_centrality(G, k=samples, seed=seed)`` draws them.
    """
    n = g.n
    samples = betweenness_samples(g) if samples is None else samples
    exact = n <= exact_limit or samples >= n
    sources = list(range(n)) if exact else random.Random(seed).sample(range(n), samples)
    raw = np.zeros(n)
    arrays = (g.indptr.astype(np.int32), g.nbr.astype(np.int32), g.degree.astype(np.int32), g.row.astype(np.int32))
    for s in sources:
        raw += _dependencies(*arrays, n, s, linear=not exact)
    if n <= 2:
        return Betweenness(np.zeros(n), len(sources), exact)
    if exact:
        return Betweenness(raw / ((n - 1) * (n - 2)), len(sources), True)
    # each ordered pair is counted once from each end, in shares adding up to one: twice the linear sum over all
    # sources equals the exact sum, and the sample stands for n / k of them
    return Betweenness(raw * (2.0 * n / len(sources)) / ((n - 1) * (n - 2)), len(sources), False)


def _dependencies(indptr, nbr, degree, row, n: int, s: int, *, linear: bool = False) -> np.ndarray:
    """One source of Brandes' algorithm, a whole breadth-first level per numpy call (int32 indices: the work is
    moving index arrays, and half the bytes is a third less time).

    Each level finds its ties to the next level from whichever side has fewer neighbour entries to look at: the
    frontier's neighbours (top-down), or, once most partners are reached, the neighbours of the partners not yet
    reached (bottom-up; Beamer, Asanovic and Patterson 2012). Either way the ties come out sorted by both ends,
    so every partner sums its shares in the same order and the result is the same to the last bit."""
    dist = np.full(n, -1, np.int32)
    sigma = np.zeros(n)
    dist[s], sigma[s] = 0, 1.0
    frontier, levels, depth = np.array([s], np.int32), [], 0
    frontier_entries = int(degree[s])  # neighbour entries of the frontier, and of the partners not yet reached:
    unreached_entries = len(nbr) - frontier_entries
    while True:
        if frontier_entries == 0:
            break
        if frontier_entries <= unreached_entries:
            at = _entries(indptr, degree, frontier, frontier_entries)
            w = nbr[at]
            new = np.flatnonzero(dist[w] < 0)  # exactly the ties from this level to the next
            v, w = row[at[new]], w[new]
        else:
            unreached = np.flatnonzero(dist < 0).astype(np.int32)
            at = _entries(indptr, degree, unreached, unreached_entries)
            v = nbr[at]
            new = np.flatnonzero(dist[v] == depth)
            v, w = v[new], row[at[new]]
        if not w.size:
            break
        depth += 1
        dist[w] = depth
        sigma += np.bincount(w, weights=sigma[v], minlength=n)
        levels.append((v, w))
        frontier = np.flatnonzero(dist == depth).astype(np.int32)
        frontier_entries = int(degree[frontier].sum())
        unreached_entries -= frontier_entries
    delta = np.zeros(n)
    for d, (v, w) in zip(range(len(levels), 0, -1), reversed(levels)):  # w lies at distance d, v at d - 1
        share = sigma[v] / sigma[w] * (1.0 + delta[w])
        delta += np.bincount(v, weights=share * ((d - 1) / d) if linear else share, minlength=n)
    delta[s] = 0.0
    return delta


def _entries(indptr, degree, nodes, total: int) -> np.ndarray:
    """The positions in the neighbour list of every neighbour of ``nodes`` (ascending node indices), in order:
    ones summed up, with a jump at the start of each node's run (faster than np.repeat for many short runs)."""
    if total == 0:
        return np.zeros(0, np.int32)
    starts, counts = indptr[nodes], degree[nodes]
    keep = counts > 0
    starts, counts = starts[keep], counts[keep]
    step = np.ones(total, np.int32)
    step[0] = starts[0]
    step[np.cumsum(counts[:-1])] = starts[1:] - starts[:-1] - counts[:-1] + 1
    return np.cumsum(step, dtype=np.int32)


# -- cut points and bridges -----------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class CutStructure:
    """What holds the network together, seen from ``root`` (the own firm) in its connected component.

    ``cut_off[v]``: partners that lose every path to the root of their component when ``v`` goes (v an
    articulation point); ``behind[v]``: the neighbours of ``v`` among them. ``bridges``: (u, v, cut_off) for
    every tie whose loss splits the network, v on the far side from the root. ``gate[x]``: the partner nearest
    to the root that every path from the root to ``x`` passes through, -1 when there is none.
    """

    component: np.ndarray  # component label per node; the root's component is 0
    cut_off: dict[int, int]
    behind: dict[int, list[int]]
    bridges: tuple[tuple[int, int, int], ...]
    gate: np.ndarray


def cut_structure(g: Graph, root: int | None = None) -> CutStructure:
    """Articulation points, bridges and gates in one iterative depth-first search (Tarjan), O(n + m)."""
    n = g.n
    indptr, nbr = g.indptr.tolist(), g.nbr.tolist()
    disc, low, size, parent = [-1] * n, [0] * n, [1] * n, [-1] * n
    component, cut_off, behind, bridges, order = [-1] * n, {}, {}, [], []
    position = indptr[:-1]  # next neighbour to look at, per node
    roots = ([root] if root is not None else []) + [v for v in range(n) if v != root]
    timer = label = 0
    for r in roots:
        if disc[r] >= 0:
            continue
        disc[r] = low[r] = timer
        timer += 1
        stack, children, biggest = [r], 0, 0
        while stack:
            v = stack[-1]
            i = position[v]
            if i < indptr[v + 1]:
                position[v] = i + 1
                w = nbr[i]
                if disc[w] < 0:
                    disc[w] = low[w] = timer
                    timer += 1
                    parent[w] = v
                    stack.append(w)
                elif w != parent[v] and disc[w] < low[v]:
                    low[v] = disc[w]
                continue
            stack.pop()
            component[v] = label
            order.append(v)
            u = parent[v]
            if u < 0:
                continue
            size[u] += size[v]
            if low[v] < low[u]:
                low[u] = low[v]
            if u == r:
                children, biggest = children + 1, max(biggest, size[v])
            elif low[v] >= disc[u]:  # u stands between v's subtree and the root
                cut_off[u] = cut_off.get(u, 0) + size[v]
                behind.setdefault(u, []).append(v)
            if low[v] > disc[u]:
                bridges.append((u, v, size[v]))
        if children >= 2 and r != root:  # a root without the own firm: what splits off the largest part
            cut_off[r] = size[r] - 1 - biggest
        label += 1
    gate = [-1] * n
    for v in reversed(order):  # parents come before their children in reverse finishing order
        u = parent[v]
        if u >= 0 and parent[u] >= 0:
            gate[v] = gate[u] if gate[u] >= 0 else (u if low[v] >= disc[u] else -1)
    return CutStructure(np.array(component, np.int64), cut_off, behind, tuple(bridges), np.array(gate, np.int64))


# -- communities ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Communities:
    labels: np.ndarray  # community per node, 0 = the largest
    modularity: float
    approximate: bool  # True when Louvain ran on a coarsened graph


def communities(g: Graph, *, seed: int = SEED, coarsen_above: int = COARSEN_ABOVE) -> Communities:
    """Louvain communities (networkx's, seeded: ``louvain``), polished by moving single partners to the neighbouring
    community that raises modularity most, then letting Louvain merge the polished communities, until nothing
    changes. Above ``coarsen_above`` partners the first Louvain runs on a coarsened graph (each partner joined
    with its best neighbour, repeatedly), which keeps 10,000 partners at about 0.2 s."""
    n, m = g.n, len(g.pairs)
    if m == 0:
        return Communities(np.arange(n), 0.0, False)
    ties = (g.pairs[:, 0], g.pairs[:, 1], np.ones(m), np.zeros(n))  # a, b, weight, weight inside a node
    mapping, coarse, approximate = np.arange(n), ties, False
    while n > coarsen_above and len(coarse[3]) > COARSEN_TARGET:
        merged = _join_best_neighbours(*coarse, 2.0 * m, seed)
        if merged.max() + 1 > 0.9 * len(coarse[3]):
            break
        mapping, coarse, approximate = merged[mapping], _quotient(*coarse, merged), True
    labels = _louvain(*coarse, seed)[mapping]
    for _ in range(3):
        labels = _by_size(_refine(g, labels))
        merged = _louvain(*_quotient(*ties, labels), seed)
        if merged.max() == labels.max():
            break
        labels = merged[labels]
    return Communities(_by_size(labels), _modularity(g, labels), approximate)


def _quotient(a, b, w, inner, labels):
    """The graph whose nodes are the groups of ``labels`` (0..k-1), ties summed, ties inside kept as weight."""
    size = int(labels.max()) + 1
    la, lb = labels[a], labels[b]
    same = la == lb
    inner = np.bincount(labels, weights=inner, minlength=size) + np.bincount(la[same], weights=w[same],
                                                                             minlength=size)
    keys, group = np.unique(np.minimum(la, lb)[~same] * size + np.maximum(la, lb)[~same], return_inverse=True)
    return keys // size, keys % size, np.bincount(group, weights=w[~same]), inner


def _louvain(a, b, w, inner, seed) -> np.ndarray:
    graph = louvain.Graph()  # built in networkx's order: nodes, ties, then the weight inside each node
    for i in range(len(inner)):
        graph.add_node(i)
    for x, y, weight in zip(a.tolist(), b.tolist(), w.tolist()):
        graph.add_edge(x, y, weight)
    for i in np.flatnonzero(inner).tolist():
        graph.add_edge(i, i, float(inner[i]))
    labels = np.empty(len(inner), np.int64)
    for i, members in enumerate(sorted(louvain.communities(graph, seed), key=min)):
        labels[list(members)] = i
    return labels


def _join_best_neighbours(a, b, w, inner, m2, seed) -> np.ndarray:
    """Each node points at the neighbour it gains most modularity with; linked nodes become one node."""
    n = len(inner)
    k = np.bincount(a, weights=w, minlength=n) + np.bincount(b, weights=w, minlength=n) + 2 * inner
    s, t, ww = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([w, w])
    gain = ww - k[s] * k[t] / m2 + np.random.default_rng(seed).random(s.size) * 1e-9  # tiny seeded tie-break
    best_from, at = best_per_node(n, s, gain)
    best_to, best_gain = t[at], gain[at]
    joined = best_gain > 0
    return np.unique(least_in_component(n, best_from[joined], best_to[joined]), return_inverse=True)[1].reshape(-1)


def best_per_node(n: int, node: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each node that has entries (ascending) and the position of its entry of greatest value, the last such
    position where values are equal: what the last entry per node after ``np.lexsort((value, node))`` is, in two
    passes instead of a sort (a sort of 100,000 gains was a third of the communities)."""
    best = np.full(n, -np.inf)
    np.maximum.at(best, node, value)
    top = np.flatnonzero(value == best[node])
    pick = np.full(n, -1, np.int64)
    np.maximum.at(pick, node[top], top)
    nodes = np.flatnonzero(pick >= 0)
    return nodes, pick[nodes]


def least_in_component(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each of ``n`` nodes the least node index of its connected component over the ties (a, b): each node
    takes the least label among its ties' ends, then the label of its label (pointer jumping), until stable;
    a few numpy passes instead of a union-find in Python."""
    label = np.arange(n)
    while True:
        low = np.minimum(label[a], label[b])
        lowered = label.copy()
        np.minimum.at(lowered, a, low)
        np.minimum.at(lowered, b, low)
        lowered = lowered[lowered]
        if np.array_equal(lowered, label):
            return label
        label = lowered


def _refine(g: Graph, labels: np.ndarray) -> np.ndarray:
    """Move every node that gains modularity to its best neighbouring community, a few rounds at once."""
    k = g.degree.astype(float)
    m2 = k.sum()
    for _ in range(REFINE_ROUNDS):
        c = int(labels.max()) + 1
        total = np.bincount(labels, weights=k, minlength=c)
        keys, group = np.unique(g.row * c + labels[g.nbr], return_inverse=True)
        k_in = np.bincount(group).astype(float)
        node, target = keys // c, keys % c
        own = labels[node] == target
        k_own = np.zeros(g.n)
        k_own[node[own]] = k_in[own]
        gain = k_in - k_own[node] - k[node] * (total[target] - total[labels[node]] + k[node]) / m2
        gain[own] = 0.0
        order = np.lexsort((gain, node))
        last = np.r_[node[order][1:] != node[order][:-1], True]
        movers = gain[order][last] > 1e-9
        if not movers.any():
            break
        labels = labels.copy()
        labels[node[order][last][movers]] = target[order][last][movers]
    return labels


def _by_size(labels: np.ndarray) -> np.ndarray:
    """Relabel 0, 1, ... by size, largest first (ties: the community holding the lowest node index)."""
    _, first, inverse, counts = np.unique(labels, return_index=True, return_inverse=True, return_counts=True)
    rank = np.empty(len(counts), np.int64)
    rank[np.lexsort((first, -counts))] = np.arange(len(counts))
    return rank[inverse.reshape(-1)]


def _modularity(g: Graph, labels: np.ndarray) -> float:
    m = len(g.pairs)
    if m == 0:
        return 0.0
    inside = labels[g.pairs[:, 0]] == labels[g.pairs[:, 1]]
    internal = np.bincount(labels[g.pairs[inside, 0]], minlength=int(labels.max()) + 1)
    degree = np.bincount(labels, weights=g.degree, minlength=int(labels.max()) + 1)
    return float((internal / m - (degree / (2.0 * m)) ** 2).sum())
