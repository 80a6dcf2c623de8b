"""The health score of each network computed from one state of the network (the declaration, with every component,
weight and rule: ``domain.health``; docs/health.md explains it)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from ..domain.enums import Criterion, Dimension
from ..domain.health import COMPONENTS, EXPECTED, GROUPS, ComponentValue, Health
from ..domain.plan import is_live, is_open, is_overdue
from ..domain.quality import SCORE_MAX, SCORE_MIN
from .check import OUTDATED_AFTER_DAYS, _loose_contacts
from .network import NetworkData


_BY_KEY = {c.key: c for c in COMPONENTS}


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def network_health(data: NetworkData, today: date,
                   dimensions: Iterable[Dimension] | None = None) -> dict[Dimension, Health]:
    """The health of each network (all three, or those named), from one state of the network."""
    home = data.own_firm.country if data.own_firm else ""
    loose = {r.id for r in _loose_contacts(data)}
    cutoff = today - timedelta(days=OUTDATED_AFTER_DAYS)
    node_dims = [frozenset() if n.is_own_firm else n.dimensions for n in data.nodes]
    result = {}
    for dim in (list(dimensions) if dimensions is not None else list(Dimension)):
        members = [n for n, ds in zip(data.nodes, node_dims) if dim in ds]
        ties = [e for e, (u, v) in zip(data.edges, data.ends.tolist()) if dim in node_dims[u] or dim in node_dims[v]]
        values = []
        assessed = [e for e in ties if e.assessed_on is not None]
        for c in Criterion:
            comp = _BY_KEY[c.value]
            scores = [s for e in assessed if (s := e.scores.get(c)) is not None]
            if scores:
                mean = sum(scores) / len(scores)
                value = round((mean - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * 100.0, 1)
                values.append(ComponentValue(comp, value, f"Ø {mean:.1f} von 5 ({len(scores)} bewertet)".replace(
                    ".", ","), f"mean {mean:.1f} of 5 ({len(scores)} assessed)"))
            else:
                values.append(ComponentValue(comp, 0.0, "nicht bewertet", "not assessed"))
        groups = EXPECTED[dim]
        present = [g for g in groups if _present(g, members, home)]
        missing = [g for g in groups if g not in present]
        values.append(ComponentValue(
            _BY_KEY["coverage"], _share(len(present), len(groups)),
            f"{len(present)} von {len(groups)}" + (f"; fehlt: {', '.join(GROUPS[g][1] for g in missing)}"
                                                   if missing else ""),
            f"{len(present)} of {len(groups)}" + (f"; missing: {', '.join(GROUPS[g][2] for g in missing)}"
                                                  if missing else "")))
        current = sum(1 for e in assessed if e.assessed_on >= cutoff)
        values.append(ComponentValue(_BY_KEY["current_assessments"], _share(current, len(ties)),
                                     f"{current} von {len(ties)} Beziehungen", f"{current} of {len(ties)} ties"))
        kept = sum(1 for n in members if n.id not in loose)
        values.append(ComponentValue(_BY_KEY["no_loose_contacts"], _share(kept, len(members)),
                                     f"{len(members) - kept} lose von {len(members)} Partnern",
                                     f"{len(members) - kept} loose of {len(members)} partners"))
        goals = {g.id for g in data.goals if g.dimension == dim and is_live(g.status)}
        open_actions = [a for a in data.actions if a.goal_id in goals and is_open(a, data.goal_status(a.goal_id))]
        with_open = len({a.goal_id for a in open_actions})
        values.append(ComponentValue(_BY_KEY["goals_with_actions"], _share(with_open, len(goals)),
                                     f"{with_open} von {len(goals)} laufenden Zielen",
                                     f"{with_open} of {len(goals)} current goals"))
        late = sum(1 for a in open_actions if is_overdue(a, data.goal_status(a.goal_id), today))
        values.append(ComponentValue(_BY_KEY["nothing_overdue"], _share(len(open_actions) - late, len(open_actions)),
                                     f"{late} von {len(open_actions)} offenen Maßnahmen überfällig",
                                     f"{late} of {len(open_actions)} open actions overdue"))
        result[dim] = Health(dim, round(sum(v.points for v in values)), tuple(values))
    return result


def _present(group: str, members: list, home: str) -> bool:
    kinds = GROUPS[group][0]
    if kinds is None:
        return any(n.country and n.country != home for n in members)
    return any(n.kind in kinds for n in members)
