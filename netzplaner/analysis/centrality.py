"""Broker roles: betweenness centrality of the partners (exact on small networks, sampled on large ones)."""

from __future__ import annotations

import networkx as nx
import numpy as np

EXACT_LIMIT = 1_500  # above this many partners, sample the sources (exact would take minutes at 10,000)
SAMPLES = 100


def betweenness(n: int, edges: np.ndarray, *, seed: int = 7) -> np.ndarray:
    """Betweenness of each partner index 0..n-1 (normalised 0..1); ``is_sampled(n)`` says when it is estimated."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, np.asarray(edges, dtype=np.int64).tolist()))
    k = None if not is_sampled(n) else SAMPLES
    values = nx.betweenness_centrality(graph, k=k, seed=seed if k else None)
    return np.array([values[i] for i in range(n)])


def is_sampled(n: int) -> bool:
    return n > EXACT_LIMIT
