"""The figures per network: the one function the overview, the workbook's cover and ``netzplaner check`` call.

What counts is written down once in ``domain.figures`` (current goals only, open actions under current goals,
archived partners left out). All three networks at once, on arrays: 50,000 relationships at 10,000 partners.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

import numpy as np

from ..domain.enums import Criterion, Dimension
from ..domain.figures import DimensionFigures
from ..domain.plan import is_live, is_open, is_overdue
from .network import NetworkData


def dimension_figures(data: NetworkData, today: date, *, dimensions: Iterable[Dimension] | None = None,
                      total: bool = False) -> tuple[DimensionFigures, ...]:
    """The figures of each network (all three, or those in ``dimensions``, in their usual order); with ``total``
    a last row (``dimension`` None) over the networks shown: with all three, the whole network, the own firm
    and partners without a network included."""
    dims = list(Dimension)
    shown = [d for d in dims if dimensions is None or d in set(dimensions)]
    mask = np.array([0 if n.is_own_firm else sum(1 << dims.index(d) for d in n.dimensions) for n in data.nodes],
                    np.int64)  # bit d set when the partner belongs to dimension d; the own firm counts for none
    ends = data.ends
    edge_mask = mask[ends[:, 0]] | mask[ends[:, 1]] if len(ends) else np.zeros(0, np.int64)
    strength = np.fromiter((e.strength for e in data.edges), float, len(data.edges))
    quality = np.array([np.nan if e.quality is None else e.quality for e in data.edges], float)
    criteria = list(Criterion)
    column = {c: i for i, c in enumerate(criteria)}  # a criterion or its code: the same key
    scores = np.full((len(data.edges), len(criteria)), np.nan)
    for k in np.flatnonzero(~np.isnan(quality)).tolist():
        row = scores[k]
        for c, score in data.edges[k].scores.items():
            if score is not None:
                row[column[c]] = score
    live_goals = [g for g in data.goals if is_live(g.status)]
    open_actions = [a for a in data.actions if is_open(a, data.goal_status(a.goal_id))]

    def row(dimension: Dimension | None, bits: int, everyone: bool) -> DimensionFigures:
        node_in = np.ones(len(data.nodes), bool) if everyone else (mask & bits) > 0
        chosen = np.ones(len(data.edges), bool) if everyone else (edge_mask & bits) > 0
        nodes = [n for n, inside in zip(data.nodes, node_in.tolist()) if inside or (n.is_own_firm and bits != 0
                                                                                     and dimension is None)]
        assessed = chosen & ~np.isnan(quality)
        counted = (~np.isnan(scores[assessed])).sum(axis=0)
        means = np.where(counted > 0, np.nansum(scores[assessed], axis=0) / np.maximum(counted, 1), np.inf)
        weakest = int(np.argmin(means)) if counted.any() else None  # ties: the first criterion
        if dimension is not None:
            goals = {g.id for g in live_goals if g.dimension == dimension}
        elif everyone:
            goals = {g.id for g in live_goals}
        else:
            goals = {g.id for g in live_goals if g.dimension in shown}
        actions = [a for a in open_actions if a.goal_id in goals]
        return DimensionFigures(
            dimension=dimension, partners=len(nodes), relationships=int(chosen.sum()),
            mean_strength=round(float(strength[chosen].mean()), 2) if chosen.any() else None,
            assessed=int(assessed.sum()),
            mean_quality=round(float(quality[assessed].mean()), 1) if assessed.any() else None,
            weakest_criterion=criteria[weakest] if weakest is not None else None,
            weakest_score=round(float(means[weakest]), 2) if weakest is not None else None,
            goals=len(goals), open_actions=len(actions),
            overdue_actions=sum(1 for a in actions if is_overdue(a, data.goal_status(a.goal_id), today)),
            kinds=dict(Counter(n.kind for n in nodes).most_common()),
            countries=dict(Counter(n.country for n in nodes if n.country).most_common()))

    rows = [row(d, 1 << dims.index(d), False) for d in shown]
    if total:
        bits = sum(1 << dims.index(d) for d in shown)
        rows.append(row(None, bits, len(shown) == len(dims)))
    return tuple(rows)
