"""What changed between two states of a network (issue 12): the records of a comparison and the pure diff.

A *state* is anything shaped like ``services.network_read.NetworkRead`` (a snapshot read back, or the document
now): partner and relationship columns, the latest assessment per relationship, goals and actions, and its
``network`` (``analysis.network.NetworkData``). The diff works on columns and dictionaries keyed by id, never on
an entity per row, so two states of 20,000 partners compare in well under a second; the network check then and
now (``CheckDiff``) is the expensive part and is handed in by the caller, already run.

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
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Protocol

from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, Criterion, Dimension, GoalStatus, PartnerKind, RelationshipKind
from ..domain.plan import is_overdue
from ..domain.quality import quality_index
from .network import NetworkData

SCHEMA = 1  # the layout of Comparison.as_json; raise it when a key changes meaning or goes away
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


# -- the records ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PartnerLine:
    """A partner that was added, removed, archived, restored or moved to other networks. ``dimensions_before``
    and ``dimensions_after`` are its networks in either state (empty where it did not exist)."""

    id: str
    name: str
    kind: PartnerKind
    dimensions_before: tuple[Dimension, ...]
    dimensions_after: tuple[Dimension, ...]


@dataclass(frozen=True)
class TieLine:
    """A relationship in either state: its two partners (``a_name``, ``b_name``), kind, strength and quality
    index (0-100, None when not assessed) then and now (None where the tie did not exist)."""

    id: str
    a_id: str
    a_name: str
    b_id: str
    b_name: str
    kind: RelationshipKind
    strength_before: int | None
    strength_after: int | None
    quality_before: float | None
    quality_after: float | None

    @property
    def quality_change(self) -> float | None:
        """After minus before; None unless assessed in both states."""
        if self.quality_before is None or self.quality_after is None:
            return None
        return round(self.quality_after - self.quality_before, 1)


@dataclass(frozen=True)
class CriterionLine:
    """One quality criterion's mean score (1-5) over the assessed ties, then and now (None: none assessed)."""

    criterion: Criterion
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 2)


@dataclass(frozen=True)
class NetworkLine:
    """One network (``dimension``; None = the whole network) then and now: partners, ties, assessed ties, the
    mean quality index and the six criteria; ``improved``/``fell`` name the criteria whose mean score rose/fell."""

    dimension: Dimension | None
    partners_before: int
    partners_after: int
    ties_before: int
    ties_after: int
    assessed_before: int
    assessed_after: int
    quality_before: float | None
    quality_after: float | None
    criteria: tuple[CriterionLine, ...]

    @property
    def improved(self) -> tuple[Criterion, ...]:
        return tuple(c.criterion for c in self.criteria if (c.change or 0) > 0)

    @property
    def fell(self) -> tuple[Criterion, ...]:
        return tuple(c.criterion for c in self.criteria if (c.change or 0) < 0)


@dataclass(frozen=True)
class GoalLine:
    """A goal then and now: status and the KPI's current value and progress (0-1, ``Goal.kpi_progress``);
    ``*_before`` are None for an added goal, ``*_after`` None for a removed one."""

    id: str
    title: str
    status_before: GoalStatus | None
    status_after: GoalStatus | None
    kpi_name: str
    kpi_unit: str
    kpi_before: float | None
    kpi_after: float | None
    progress_before: float | None
    progress_after: float | None


@dataclass(frozen=True)
class ActionLine:
    """An action then and now: its goal, status (None where it did not exist), due date and completion date."""

    id: str
    title: str
    goal_id: str
    goal_title: str
    status_before: ActionStatus | None
    status_after: ActionStatus | None
    due_date: date | None
    completed_on: date | None


@dataclass(frozen=True)
class PartnerRef:
    id: str
    name: str


@dataclass(frozen=True)
class RecommendationLine:
    """A recommendation of the network check that is new or resolved; ``key`` is its rule and main subject."""

    key: str
    rule: str
    severity: str
    text_de: str
    text_en: str

    def text(self, lang: str = "de") -> str:
        return self.text_en if lang == "en" else self.text_de


@dataclass(frozen=True)
class CheckDiff:
    """The network check then and now: brokers (the top ten), cut points, supply concentration (the largest
    share of supply ties on one partner / one country, 0-1) and the recommendations resolved and new."""

    brokers_before: tuple[PartnerRef, ...]
    brokers_after: tuple[PartnerRef, ...]
    cut_points_before: tuple[PartnerRef, ...]
    cut_points_after: tuple[PartnerRef, ...]
    partner_concentration_before: float | None
    partner_concentration_after: float | None
    country_concentration_before: float | None
    country_concentration_after: float | None
    recommendations_before: int
    recommendations_after: int
    resolved: tuple[RecommendationLine, ...]
    new: tuple[RecommendationLine, ...]

    @property
    def brokers_new(self) -> tuple[PartnerRef, ...]:
        return _minus(self.brokers_after, self.brokers_before)

    @property
    def brokers_gone(self) -> tuple[PartnerRef, ...]:
        return _minus(self.brokers_before, self.brokers_after)

    @property
    def cut_points_new(self) -> tuple[PartnerRef, ...]:
        return _minus(self.cut_points_after, self.cut_points_before)

    @property
    def cut_points_gone(self) -> tuple[PartnerRef, ...]:
        return _minus(self.cut_points_before, self.cut_points_after)


def _minus(a: tuple[PartnerRef, ...], b: tuple[PartnerRef, ...]) -> tuple[PartnerRef, ...]:
    gone = {r.id for r in b}
    return tuple(r for r in a if r.id not in gone)


@dataclass(frozen=True)
class Summary:
    """The counts on top of a comparison (partners and ties are active ones, archived partners left out)."""

    partners_before: int
    partners_after: int
    ties_before: int
    ties_after: int
    partners_added: int
    partners_removed: int
    partners_archived: int
    partners_moved: int
    ties_new: int
    ties_lost: int
    ties_stronger: int
    ties_weaker: int
    quality_before: float | None  # mean quality index of the assessed ties, whole network
    quality_after: float | None
    goals_changed: int
    actions_completed: int
    actions_added: int
    actions_overdue: int
    recommendations_resolved: int
    recommendations_new: int


@dataclass(frozen=True)
class Comparison:
    """What changed from ``before`` to ``after``. Every line carries the id of its partner, tie, goal or action,
    so that a view can lead to it. Lists are sorted for reading: names and titles A-Z, ties by the largest
    change first. ``check`` is None when the comparison was made without the network check."""

    today: date  # the day of the later state
    then: date  # the day of the earlier state
    summary: Summary
    partners_added: tuple[PartnerLine, ...]
    partners_removed: tuple[PartnerLine, ...]
    partners_archived: tuple[PartnerLine, ...]
    partners_restored: tuple[PartnerLine, ...]
    partners_moved: tuple[PartnerLine, ...]
    ties_new: tuple[TieLine, ...]
    ties_lost: tuple[TieLine, ...]
    ties_stronger: tuple[TieLine, ...]
    ties_weaker: tuple[TieLine, ...]
    tie_quality: tuple[TieLine, ...]  # ties in both states whose quality index changed (or was first assessed)
    networks: tuple[NetworkLine, ...]  # the three networks, then the whole network (dimension None)
    goals_added: tuple[GoalLine, ...]
    goals_removed: tuple[GoalLine, ...]
    goals_changed: tuple[GoalLine, ...]  # status or KPI changed
    actions_completed: tuple[ActionLine, ...]
    actions_added: tuple[ActionLine, ...]
    actions_removed: tuple[ActionLine, ...]
    actions_overdue: tuple[ActionLine, ...]  # overdue now and not then
    check: CheckDiff | None
    from_label: str = ""
    to_label: str = ""

    @property
    def whole(self) -> NetworkLine:
        """The whole network's line (its criteria are the per-criterion comparison)."""
        return self.networks[-1]

    def as_json(self) -> dict:
        """The comparison with stable keys (``"schema": SCHEMA``), plain JSON types only: codes for words, ISO
        dates; every list whole (a comparison lists what changed, not the network)."""
        return _comparison_json(self)


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
    bi = {rid: i for i, rid in enumerate(b["id"])}
    ai = {rid: i for i, rid in enumerate(a["id"])}
    names = dict(zip(before.partners["id"], before.partners["name"]))
    names.update(zip(after.partners["id"], after.partners["name"]))
    bl, al = before.latest, after.latest

    def line(rid: str, i: int | None, j: int | None) -> TieLine:
        src, k = (a, j) if j is not None else (b, i)
        s, t = src["source_id"][k], src["target_id"][k]
        return TieLine(rid, s, names.get(s, ""), t, names.get(t, ""), _TIE_KINDS[src["kind"][k]],
                       b["strength"][i] if i is not None else None, a["strength"][j] if j is not None else None,
                       _quality(bl.get(rid)) if i is not None else None,
                       _quality(al.get(rid)) if j is not None else None)

    new = [line(r, None, j) for r, j in ai.items() if r not in bi]
    lost = [line(r, i, None) for r, i in bi.items() if r not in ai]
    stronger, weaker, quality = [], [], []
    bs, as_ = b["strength"], a["strength"]
    for r, j in ai.items():
        i = bi.get(r)
        if i is None:
            continue
        held_b, held_a = bl.get(r), al.get(r)
        changed_quality = held_b is not held_a and (held_b is None or held_a is None or held_b[1] != held_a[1])
        if bs[i] == as_[j] and not changed_quality:
            continue
        x = line(r, i, j)
        if as_[j] > bs[i]:
            stronger.append(x)
        elif as_[j] < bs[i]:
            weaker.append(x)
        if changed_quality and x.quality_before != x.quality_after:
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


def _network_means(data: NetworkData) -> dict[Dimension | None, tuple[int, int, int, float | None, list]]:
    """Per network and for the whole (None): partners, ties, assessed ties, mean quality, mean score per
    criterion. Partners belong to their networks, the own firm to none; a tie to the networks of its ends."""
    dims = list(Dimension)
    sums = {d: [0, 0, 0, 0.0, [0.0] * len(CRITERIA), [0] * len(CRITERIA)] for d in [*dims, None]}
    column = {c: k for k, c in enumerate(CRITERIA)}
    node_dims = [() if n.is_own_firm else tuple(n.dimensions) for n in data.nodes]
    for ds in node_dims:
        for d in ds:
            sums[d][0] += 1
    sums[None][0] = len(data.nodes)
    for e, (u, v) in zip(data.edges, data.ends.tolist()):
        touched = set(node_dims[u]).union(node_dims[v])
        touched.add(None)
        for d in touched:
            s = sums[d]
            s[1] += 1
            if e.quality is not None:
                s[2] += 1
                s[3] += e.quality
                for c, score in e.scores.items():
                    if score is not None:
                        s[4][column[c]] += score
                        s[5][column[c]] += 1
    return {d: (s[0], s[1], s[2], round(s[3] / s[2], 1) if s[2] else None,
                [round(t / n, 2) if n else None for t, n in zip(s[4], s[5])]) for d, s in sums.items()}


def diff_networks(before: State, after: State) -> tuple[NetworkLine, ...]:
    mb, ma = _network_means(before.network), _network_means(after.network)
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


# -- JSON --------------------------------------------------------------------------------------------------------

def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _tie_json(t: TieLine) -> dict:
    return {**_plain(t), "quality_change": t.quality_change}


def _network_json(n: NetworkLine) -> dict:
    return {"dimension": _plain(n.dimension) if n.dimension else "all",
            "partners": {"before": n.partners_before, "after": n.partners_after},
            "ties": {"before": n.ties_before, "after": n.ties_after},
            "assessed": {"before": n.assessed_before, "after": n.assessed_after},
            "quality": {"before": n.quality_before, "after": n.quality_after},
            "criteria": {c.criterion.value: {"before": c.before, "after": c.after, "change": c.change}
                         for c in n.criteria},
            "improved": [c.value for c in n.improved], "fell": [c.value for c in n.fell]}


def _check_json(c: CheckDiff | None) -> dict | None:
    if c is None:
        return None
    return {"brokers": {"before": _plain(c.brokers_before), "after": _plain(c.brokers_after),
                        "new": _plain(c.brokers_new), "gone": _plain(c.brokers_gone)},
            "cut_points": {"before": _plain(c.cut_points_before), "after": _plain(c.cut_points_after),
                           "new": _plain(c.cut_points_new), "gone": _plain(c.cut_points_gone)},
            "concentration": {"partner": {"before": c.partner_concentration_before,
                                          "after": c.partner_concentration_after},
                              "country": {"before": c.country_concentration_before,
                                          "after": c.country_concentration_after}},
            "recommendations": {"before": c.recommendations_before, "after": c.recommendations_after,
                                "resolved": [_recommendation_json(r) for r in c.resolved],
                                "new": [_recommendation_json(r) for r in c.new]}}


def _recommendation_json(r: RecommendationLine) -> dict:
    return {"key": r.key, "rule": r.rule, "severity": r.severity, "text": {"de": r.text_de, "en": r.text_en}}


def _comparison_json(c: Comparison) -> dict:
    return {
        "schema": SCHEMA,
        "from": {"label": c.from_label, "date": c.then.isoformat()},
        "to": {"label": c.to_label, "date": c.today.isoformat()},
        "summary": _plain(c.summary),
        "partners": {key: _plain(getattr(c, f"partners_{key}"))
                     for key in ("added", "removed", "archived", "restored", "moved")},
        "ties": {**{key: [_tie_json(t) for t in getattr(c, f"ties_{key}")]
                    for key in ("new", "lost", "stronger", "weaker")},
                 "quality": [_tie_json(t) for t in c.tie_quality]},
        "networks": [_network_json(n) for n in c.networks],
        "goals": {key: _plain(getattr(c, f"goals_{key}")) for key in ("added", "removed", "changed")},
        "actions": {key: _plain(getattr(c, f"actions_{key}"))
                    for key in ("completed", "added", "removed", "overdue")},
        "check": _check_json(c.check),
    }
