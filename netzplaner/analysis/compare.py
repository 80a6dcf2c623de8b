"""What changed between two states of a network (issue 12): the records of a comparison and the pure diff.

A *state* is anything shaped like ``services.network_read.NetworkRead`` (a snapshot read back, or the document
now): partner and relationship columns, the latest assessment per relationship, goals and actions, and its
``network`` (``analysis.network.NetworkData``). The diff works on columns and dictionaries keyed by id, never on
an entity per row: two states of 20,000 partners and 100,000 ties compare in 0.8 s of CPU
(tests/benchmarks/bench_compare.py); the network check then and now (``CheckDiff``) is the expensive part and is
handed in by the caller, already run.

What counts (decided here, once):
- A partner is *added*/*removed* when its id is only in the later/earlier state, *archived*/*restored* when its
  archived flag changed, *moved* when its networks (dimensions) changed (archived partners included).
- A tie is *new*/*lost* when its id is only in the later/earlier state, *stronger*/*weaker* when its strength
  rose/fell; its quality is the index of its latest assessment (``domain.quality``), listed when it changed.
- Networks and criteria: mean quality index and mean score per criterion over the assessed ties of the network
  (archived partners left out, like every figure: ``analysis.figures``), then and now.
- Goals: added, removed, and changed (status, or the KPI's current value / progress).
- Actions: *completed* = done now and not done then (new actions already done included), *added*, *removed*,
  *overdue since* = overdue now (``domain.plan.is_overdue`` at ``today``) and not overdue then (at ``then``, the
  earlier state's day).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Protocol

import numpy as np

from ..domain.comparison import (  # noqa: F401 - the records, importable from here too
    SCHEMA,
    ActionLine,
    CheckDiff,
    Comparison,
    CriterionLine,
    GoalLine,
    NetworkLine,
    PartnerLine,
    PartnerRef,
    RecommendationLine,
    Summary,
    TieLine,
)
from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, Criterion, Dimension, GoalStatus, PartnerKind, RelationshipKind
from ..domain.plan import is_overdue
from ..domain.quality import SCORE_MAX, SCORE_MIN, quality_index
from .network import NetworkData

CRITERIA = tuple(Criterion)
_DIMENSIONS = {d.value: d for d in Dimension}
_KINDS = {k.value: k for k in PartnerKind}
_TIE_KINDS = {k.value: k for k in RelationshipKind}


class State(Protocol):
    """The shape of ``services.network_read.NetworkRead`` the diff reads."""

    partners: Mapping[str, list]
    relationships: Mapping[str, list]
    latest: Mapping[str, tuple[date, Mapping[Criterion, int | None]]]
    goals: tuple[Goal, ...]
    actions: tuple[Action, ...]

    @property
    def network(self) -> NetworkData: ...


# -- the diff ------------------------------------------------------------------------------------------------

def _dims(codes: Iterable[str]) -> tuple[Dimension, ...]:
    return tuple(sorted((_DIMENSIONS[c] for c in codes), key=list(Dimension).index))


def _quality(held) -> float | None:
    return quality_index(held[1]) if held else None


def diff_partners(before: State, after: State) -> dict[str, tuple[PartnerLine, ...]]:
    b, a = before.partners, after.partners
    bi = {pid: i for i, pid in enumerate(b["id"])}
    ai = {pid: i for i, pid in enumerate(a["id"])}

    def line(pid: str) -> PartnerLine:
        i, j = bi.get(pid), ai.get(pid)
        src, k = (a, j) if j is not None else (b, i)
        return PartnerLine(pid, src["name"][k], _KINDS[src["kind"][k]],
                           _dims(b["dimensions"][i]) if i is not None else (),
                           _dims(a["dimensions"][j]) if j is not None else ())

    added = [p for p in ai if p not in bi]
    removed = [p for p in bi if p not in ai]
    both = [(p, bi[p], j) for p, j in ai.items() if p in bi]
    archived = [p for p, i, j in both if a["archived"][j] and not b["archived"][i]]
    restored = [p for p, i, j in both if b["archived"][i] and not a["archived"][j]]
    moved = [p for p, i, j in both if set(b["dimensions"][i]) != set(a["dimensions"][j])]

    def lines(ids: list[str]) -> tuple[PartnerLine, ...]:
        return tuple(sorted((line(p) for p in ids), key=lambda x: (x.name.casefold(), x.id)))

    return dict(partners_added=lines(added), partners_removed=lines(removed), partners_archived=lines(archived),
                partners_restored=lines(restored), partners_moved=lines(moved))


def diff_ties(before: State, after: State) -> dict[str, tuple[TieLine, ...]]:
    b, a = before.relationships, after.relationships
    bi = dict(zip(b["id"], range(len(b["id"]))))
    ai = dict(zip(a["id"], range(len(a["id"]))))
    bl, al = before.latest, after.latest
    names: dict[str, str] = {}

    def name(pid: str) -> str:  # the partners' names, looked up only for the lines shown
        if not names:
            names.update(zip(before.partners["id"], before.partners["name"]))
            names.update(zip(after.partners["id"], after.partners["name"]))
        return names.get(pid, "")

    def line(rid: str, i: int | None, j: int | None) -> TieLine:
        src, k = (a, j) if j is not None else (b, i)
        s, t = src["source_id"][k], src["target_id"][k]
        return TieLine(rid, s, name(s), t, name(t), _TIE_KINDS[src["kind"][k]],
                       b["strength"][i] if i is not None else None, a["strength"][j] if j is not None else None,
                       _quality(bl.get(rid)) if i is not None else None,
                       _quality(al.get(rid)) if j is not None else None)

    # strengths aligned by id on arrays; quality only where either state holds an assessment
    find = bi.get
    pos = np.array([find(rid, -1) for rid in a["id"]], np.int64)
    both = np.flatnonzero(pos >= 0)
    step = np.asarray(a["strength"], np.int64)[both] - np.asarray(b["strength"], np.int64)[pos[both]]
    new = [line(a["id"][j], None, j) for j in np.flatnonzero(pos < 0).tolist()]
    lost = [line(r, i, None) for r, i in bi.items() if r not in ai]
    stronger = [line(a["id"][j], int(pos[j]), j) for j in both[step > 0].tolist()]
    weaker = [line(a["id"][j], int(pos[j]), j) for j in both[step < 0].tolist()]
    quality = []
    for r in bl.keys() | al.keys():
        held_b, held_a = bl.get(r), al.get(r)
        if held_b is not None and held_a is not None and held_b[1] == held_a[1]:
            continue
        i, j = bi.get(r), ai.get(r)
        if i is not None and j is not None:
            x = line(r, i, j)
            if x.quality_before != x.quality_after:
                quality.append(x)

    def by_name(xs):
        return tuple(sorted(xs, key=lambda x: (x.a_name.casefold(), x.b_name.casefold(), x.id)))

    def by_step(xs):
        return tuple(sorted(xs, key=lambda x: (-abs((x.strength_after or 0) - (x.strength_before or 0)),
                                               x.a_name.casefold(), x.b_name.casefold(), x.id)))

    def by_quality(xs):  # largest change first; first assessments (no change figure) after them
        return tuple(sorted(xs, key=lambda x: (x.quality_change is None, -abs(x.quality_change or 0),
                                               x.a_name.casefold(), x.b_name.casefold(), x.id)))

    return dict(ties_new=by_name(new), ties_lost=by_name(lost), ties_stronger=by_step(stronger),
                ties_weaker=by_step(weaker), tie_quality=by_quality(quality))


def _network_means(state: State) -> dict[Dimension | None, tuple[int, int, int, float | None, list]]:
    """Per network and for the whole (None): partners, ties, assessed ties, mean quality index, mean score per
    criterion — counted as ``analysis.figures`` counts (archived partners and their ties left out, the own firm in
    no network, a tie in the networks of its ends), but straight from the columns: building the analysis' network
    of both states would cost more than the whole comparison."""
    return {d: found[:5] for d, found in _network_figures(state).items()}


def _network_figures(state: State) -> dict[Dimension | None, tuple]:
    """``_network_means`` and after them the mean strength (rounded as ``analysis.figures``) and the weakest
    criterion (the lowest unrounded mean score; of equal ones the first; None when nothing is scored)."""
    dims = list(Dimension)
    p, r = state.partners, state.relationships
    dim_bit = {c: 1 << dims.index(d) for c, d in _DIMENSIONS.items()}
    bits: dict[str, int] = {}  # active partner id -> its networks as bits (the own firm: none)
    for pid, codes, archived, own in zip(p["id"], p["dimensions"], p["archived"], p["is_own_firm"]):
        if not archived:
            bits[pid] = 0 if own else sum(dim_bit[c] for c in codes)
    node_bits = np.fromiter(bits.values(), np.int64, len(bits))
    get = bits.get
    ends_a = np.array([get(x, -1) for x in r["source_id"]], np.int64)
    ends_b = np.array([get(x, -1) for x in r["target_id"]], np.int64)
    kept = (ends_a >= 0) & (ends_b >= 0) & (np.asarray(r["source_id"], object) != np.asarray(r["target_id"], object))
    eb = (ends_a | ends_b)[kept]
    strength = np.asarray(r["strength"], float)[kept] if len(kept) else np.zeros(0)
    # the latest scores of the kept ties, one row per tie (NaN: not scored), and their quality index as
    # domain.quality.quality_index computes it (the same float operations, rounded to one decimal)
    latest = state.latest
    kept_ids = [rid for rid, keep in zip(r["id"], kept.tolist()) if keep]
    held_at = [k for k, rid in enumerate(kept_ids) if rid in latest]
    scores = np.full((len(kept_ids), len(CRITERIA)), np.nan)
    if held_at:
        scores[held_at] = np.array([list(map(latest[kept_ids[k]][1].get, CRITERIA)) for k in held_at],
                                   float)  # None (not scored) becomes NaN
    counted_row = (~np.isnan(scores)).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(scores, axis=1) / counted_row
    qa = np.where(counted_row > 0, np.round((mean - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * 100.0, 1), np.nan)
    result = {}
    for d in [*dims, None]:
        if d is None:
            partners, chosen = len(bits), np.ones(len(eb), bool)
        else:
            bit = 1 << dims.index(d)
            partners, chosen = int(((node_bits & bit) > 0).sum()), (eb & bit) > 0
        held = chosen & ~np.isnan(qa)
        picked = scores[held]
        counted = (~np.isnan(picked)).sum(axis=0)
        sums = np.nansum(picked, axis=0)
        means = np.where(counted > 0, sums / np.maximum(counted, 1), np.inf)
        result[d] = (partners, int(chosen.sum()), int(held.sum()),
                     round(float(qa[held].mean()), 1) if held.any() else None,
                     [round(float(t / n), 2) if n else None for t, n in zip(sums.tolist(), counted.tolist())],
                     round(float(strength[chosen].mean()), 2) if chosen.any() else None,
                     CRITERIA[int(np.argmin(means))] if counted.any() else None)
    return result


def state_figures(state: State, today: date) -> list[dict]:
    """The headline figures of each network and of the whole (last, ``dimension`` None) as a snapshot's summary
    keeps them (``services.snapshots``): the values of ``analysis.figures.dimension_figures`` (partners,
    relationships, mean strength, assessed, mean quality, weakest criterion, current goals, open and overdue
    actions under them), from the columns without building the analysis' network (a third of a second at
    20,000 partners; tests/test_snapshot_speed.py holds the two equal)."""
    from ..domain.plan import is_live, is_open

    status = {g.id: g.status for g in state.goals}
    live = [g for g in state.goals if is_live(g.status)]
    open_actions = [a for a in state.actions if is_open(a, status.get(a.goal_id, GoalStatus.ACTIVE))]
    rows = []
    for d, (partners, ties, assessed, quality, _means, strength, weakest) in _network_figures(state).items():
        goals = {g.id for g in live if d is None or g.dimension == d}
        actions = [a for a in open_actions if a.goal_id in goals]
        overdue = sum(1 for a in actions if is_overdue(a, status.get(a.goal_id, GoalStatus.ACTIVE), today))
        rows.append({"dimension": d.value if d else None, "partners": partners, "relationships": ties,
                     "mean_strength": strength, "assessed": assessed, "mean_quality": quality,
                     "weakest_criterion": weakest.value if weakest else None, "goals": len(goals),
                     "open_actions": len(actions), "overdue_actions": overdue})
    return rows


def diff_networks(before: State, after: State) -> tuple[NetworkLine, ...]:
    mb, ma = _network_means(before), _network_means(after)
    lines = []
    for d in [*Dimension, None]:
        pb, tb, sb, qb, cb = mb[d]
        pa, ta, sa, qa, ca = ma[d]
        lines.append(NetworkLine(d, pb, pa, tb, ta, sb, sa, qb, qa,
                                 tuple(CriterionLine(c, x, y) for c, x, y in zip(CRITERIA, cb, ca))))
    return tuple(lines)


def _goal_line(before: Goal | None, after: Goal | None) -> GoalLine:
    g = after or before
    return GoalLine(g.id, g.title, before.status if before else None, after.status if after else None,
                    g.kpi_name, g.kpi_unit, before.kpi_current if before else None,
                    after.kpi_current if after else None, before.kpi_progress if before else None,
                    after.kpi_progress if after else None)


def diff_goals(before: State, after: State) -> dict[str, tuple[GoalLine, ...]]:
    b = {g.id: g for g in before.goals}
    a = {g.id: g for g in after.goals}
    changed = [_goal_line(b[k], g) for k, g in a.items() if k in b and (
        b[k].status != g.status or b[k].kpi_current != g.kpi_current or b[k].kpi_progress != g.kpi_progress)]

    def by_title(xs):
        return tuple(sorted(xs, key=lambda x: (x.title.casefold(), x.id)))

    return dict(goals_added=by_title(_goal_line(None, g) for k, g in a.items() if k not in b),
                goals_removed=by_title(_goal_line(g, None) for k, g in b.items() if k not in a),
                goals_changed=by_title(changed))


def diff_actions(before: State, after: State, today: date, then: date) -> dict[str, tuple[ActionLine, ...]]:
    b = {x.id: x for x in before.actions}
    a = {x.id: x for x in after.actions}
    goal_b = {g.id: g for g in before.goals}
    goal_a = {g.id: g for g in after.goals}

    def line(x: Action | None, y: Action | None) -> ActionLine:
        z = y or x
        goal = goal_a.get(z.goal_id) or goal_b.get(z.goal_id)
        return ActionLine(z.id, z.title, z.goal_id, goal.title if goal else "", x.status if x else None,
                          y.status if y else None, z.due_date, z.completed_on)

    def status(goals: dict[str, Goal], goal_id: str) -> GoalStatus:
        goal = goals.get(goal_id)
        return goal.status if goal else GoalStatus.ACTIVE  # as NetworkData.goal_status

    done = ActionStatus.DONE
    completed = [line(b.get(k), y) for k, y in a.items()
                 if y.status == done and (k not in b or b[k].status != done)]
    overdue = [line(b.get(k), y) for k, y in a.items()
               if is_overdue(y, status(goal_a, y.goal_id), today)
               and not (k in b and is_overdue(b[k], status(goal_b, b[k].goal_id), then))]

    def by_due(xs):
        return tuple(sorted(xs, key=lambda x: (x.due_date or date.max, x.title.casefold(), x.id)))

    return dict(actions_completed=by_due(completed),
                actions_added=by_due(line(None, y) for k, y in a.items() if k not in b),
                actions_removed=by_due(line(x, None) for k, x in b.items() if k not in a),
                actions_overdue=by_due(overdue))


def compare_reads(before: State, after: State, today: date, check: CheckDiff | None = None, *,
                  then: date | None = None) -> Comparison:
    """The comparison of two states (pure: no store, no clock): ``after`` as of ``today``, ``before`` as of
    ``then`` (default ``today``); ``check`` is the network check then and now (``services.compare`` runs it) or
    None."""
    parts = {**diff_partners(before, after), **diff_ties(before, after), **diff_goals(before, after),
             **diff_actions(before, after, today, then or today)}
    networks = diff_networks(before, after)
    whole = networks[-1]
    summary = Summary(
        partners_before=whole.partners_before, partners_after=whole.partners_after,
        ties_before=whole.ties_before, ties_after=whole.ties_after,
        partners_added=len(parts["partners_added"]), partners_removed=len(parts["partners_removed"]),
        partners_archived=len(parts["partners_archived"]), partners_moved=len(parts["partners_moved"]),
        ties_new=len(parts["ties_new"]), ties_lost=len(parts["ties_lost"]),
        ties_stronger=len(parts["ties_stronger"]), ties_weaker=len(parts["ties_weaker"]),
        quality_before=whole.quality_before, quality_after=whole.quality_after,
        goals_changed=len(parts["goals_changed"]), actions_completed=len(parts["actions_completed"]),
        actions_added=len(parts["actions_added"]), actions_overdue=len(parts["actions_overdue"]),
        recommendations_resolved=len(check.resolved) if check else 0,
        recommendations_new=len(check.new) if check else 0)
    return Comparison(today=today, then=then or today, summary=summary, networks=networks, check=check, **parts)
