"""The network check: figures per dimension and the findings a consultant looks at, as plain frozen records.

``run_check`` never looks at the clock: ``today`` is passed in. What counts (decided here, once):
- Live (current) goals, open and overdue actions are what ``domain.plan`` says: an action under an achieved or
  dropped goal is neither open nor overdue; when it is not done it is listed apart (``open_under_closed_goals``)
  so someone closes it.
- The figures per network (``dimensions``) come from ``analysis.figures.dimension_figures``; what they count is
  written in ``domain.figures``. Archived partners and their relationships are not part of the network.
- A loose contact is a partner (not the own firm) with no goal and no action (dropped goals do not count) and
  without any relationship that is both assessed and of strength 3 or more.
- An assessment is outdated when the latest assessment of a relationship is more than a year old.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from ..domain.enums import ActionStatus, Dimension, GoalStatus, PartnerKind, Priority, RelationshipKind
from ..domain.figures import DimensionFigures
from ..domain.plan import is_live, is_open, is_overdue
from . import metrics
from .figures import dimension_figures
from .network import NetworkData, Node

OUTDATED_AFTER_DAYS = 365
WEAK_STRENGTH = 2  # strength 1-2 is a weak tie
SUPPLIER_KINDS = frozenset({PartnerKind.SUPPLIER, PartnerKind.SERVICE_PROVIDER})
CRITICAL_TAG_WORDS = ("kritisch", "critical", "single source")  # tags are free text; the demo uses these
TOP = 10  # brokers and communities listed


@dataclass(frozen=True)
class Ref:
    id: str
    name: str


@dataclass(frozen=True)
class Broker:
    partner: Ref
    betweenness: float
    degree: int
    own_tie: int | None  # strength of the strongest direct tie to the own firm, None without one


@dataclass(frozen=True)
class CutPoint:
    partner: Ref
    cut_off: int  # partners that lose every path to the own firm without it
    examples: tuple[Ref, ...]


@dataclass(frozen=True)
class BridgeTie:
    near: Ref  # the end towards the own firm
    far: Ref
    cut_off: int


@dataclass(frozen=True)
class Share:
    key: str  # partner id or country code
    label: str
    count: int
    total: int
    share: float
    partners: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Gate:
    """A partner every path from the own firm to these suppliers passes through."""

    gate: Ref
    suppliers: tuple[Ref, ...]
    critical: tuple[Ref, ...]  # the suppliers tagged critical or single source


@dataclass(frozen=True)
class CommunityFigures:
    index: int
    size: int
    main_dimension: Dimension | None
    main_share: float
    has_own_firm: bool
    own_ties: int  # members with a direct tie to the own firm
    members: tuple[Ref, ...]  # the best-connected few


@dataclass(frozen=True)
class TieRef:
    id: str
    a: Ref
    b: Ref
    kind: RelationshipKind
    strength: int
    assessed_on: date | None
    quality: float | None


@dataclass(frozen=True)
class GoalRef:
    id: str
    title: str
    status: GoalStatus
    priority: Priority
    dimension: Dimension | None
    target_date: date | None


@dataclass(frozen=True)
class ActionRef:
    id: str
    title: str
    goal_id: str
    goal_title: str
    status: ActionStatus
    priority: Priority
    due_date: date | None
    days_overdue: int | None
    partner: Ref | None


@dataclass(frozen=True)
class CheckResult:
    as_of: date
    own_firm: Ref | None
    home_country: str  # the own firm's country; "" when unknown
    partners: int  # the own firm included, archived ones not
    archived_partners: int
    relationships: int
    assessed_relationships: int
    goals: int
    live_goals: int
    actions: int
    open_actions: int
    dimensions: tuple[DimensionFigures, ...]  # one per network, from analysis.figures
    components: int
    not_connected: tuple[Ref, ...]  # partners without any path to the own firm
    betweenness_exact: bool
    betweenness_sources: int
    brokers: tuple[Broker, ...]
    cut_points: tuple[CutPoint, ...]
    bridges: tuple[BridgeTie, ...]  # ties whose loss cuts off two or more partners
    bridge_count: int  # all bridges, single-tie partners included
    supply_ties: int
    foreign_supply_ties: int
    supply_by_partner: tuple[Share, ...]
    supply_by_country: tuple[Share, ...]
    gates: tuple[Gate, ...]
    communities: tuple[CommunityFigures, ...]
    community_count: int  # communities of two or more partners
    modularity: float
    communities_approximate: bool
    loose_contacts: tuple[Ref, ...]
    outdated_assessments: tuple[TieRef, ...]  # oldest first
    own_ties: int
    unassessed_own_ties: tuple[TieRef, ...]  # strongest first
    goals_without_actions: tuple[GoalRef, ...]
    goals_without_open_actions: tuple[GoalRef, ...]
    goals_past_target: tuple[GoalRef, ...]
    overdue_actions: tuple[ActionRef, ...]  # longest overdue first
    blocked_actions: tuple[ActionRef, ...]
    open_under_closed_goals: tuple[ActionRef, ...]
    without_network: tuple[Ref, ...] = ()  # partners in none of the three networks (issue 15), by name


def run_check(data: NetworkData, today: date, *, seed: int = metrics.SEED,
              exact_limit: int = metrics.EXACT_BETWEENNESS_LIMIT,
              samples: int | None = None) -> CheckResult:
    nodes, own = data.nodes, data.own_firm
    ref = [Ref(n.id, n.name) for n in nodes]
    root = data.index[own.id] if own else None
    graph = metrics.graph_of(data)
    between = metrics.betweenness(graph, exact_limit=exact_limit, samples=samples, seed=seed)
    cuts = metrics.cut_structure(graph, root)
    found = metrics.communities(graph, seed=seed)
    own_tie: dict[str, int] = {}  # partner id -> strength of its strongest direct tie to the own firm
    for e in (e for e in data.edges if own and own.id in (e.source, e.target)):
        own_tie[e.other(own.id)] = max(own_tie.get(e.other(own.id), 0), e.strength)
    goals = _goal_findings(data, today)
    actions_open = sum(1 for a in data.actions if is_open(a, data.goal_status(a.goal_id)))
    in_reach = cuts.component == 0 if own else np.ones(graph.n, bool)
    return CheckResult(
        as_of=today, own_firm=Ref(own.id, own.name) if own else None, home_country=own.country if own else "",
        partners=len(nodes), archived_partners=data.archived_partners, relationships=len(data.edges),
        assessed_relationships=sum(1 for e in data.edges if e.assessed_on is not None),
        goals=len(data.goals), live_goals=sum(1 for g in data.goals if is_live(g.status)),
        actions=len(data.actions), open_actions=actions_open,
        dimensions=dimension_figures(data, today),
        components=int(cuts.component.max()) + 1 if graph.n else 0,
        not_connected=tuple(ref[i] for i in np.flatnonzero(~in_reach).tolist()),
        betweenness_exact=between.exact, betweenness_sources=between.sources,
        brokers=_brokers(data, graph, between, ref, own_tie),
        cut_points=_cut_points(cuts, graph, ref, in_reach),
        bridges=tuple(sorted((BridgeTie(ref[u], ref[v], c) for u, v, c in cuts.bridges
                              if c >= 2 and in_reach[v]), key=lambda b: (-b.cut_off, b.far.name))),
        bridge_count=len(cuts.bridges),
        **_supply(data, graph, cuts, ref, root),
        **_communities(data, graph, found, ref, own_tie),
        loose_contacts=_loose_contacts(data),
        without_network=tuple(sorted((Ref(n.id, n.name) for n in nodes if not n.is_own_firm and not n.dimensions),
                                     key=lambda r: (r.name, r.id))),
        **_assessments(data, graph, ref, root, today),
        **goals,
    )


def _brokers(data, graph, between, ref, own_tie) -> tuple[Broker, ...]:
    own_index = data.index[data.own_firm.id] if data.own_firm else -1
    order = np.lexsort((np.arange(graph.n), -between.values))
    degree = graph.degree
    chosen = [i for i in order.tolist() if i != own_index and between.values[i] > 0][:TOP]
    return tuple(Broker(ref[i], round(float(between.values[i]), 4), int(degree[i]), own_tie.get(ref[i].id))
                 for i in chosen)


def _cut_points(cuts, graph, ref, in_reach) -> tuple[CutPoint, ...]:
    degree = graph.degree
    points = []
    for v, count in cuts.cut_off.items():
        if in_reach[v]:
            near = sorted(cuts.behind.get(v, []), key=lambda x: (-degree[x], ref[x].name))[:3]
            points.append(CutPoint(ref[v], count, tuple(ref[x] for x in near)))
    return tuple(sorted(points, key=lambda p: (-p.cut_off, p.partner.name)))


def _supply(data: NetworkData, graph: metrics.Graph, cuts, ref, root) -> dict:
    """Who supplies whom: the own firm's partner in a supply tie is the supplier; between two other partners the
    one that looks like a supplier (kind), else the source (ties are recorded supplier first)."""
    nodes, own = data.nodes, root if root is not None else -1
    looks = [n.kind in SUPPLIER_KINDS for n in nodes]
    per_partner, country_ties, country_ends = Counter(), Counter(), defaultdict(set)
    suppliers = {i for i, n in enumerate(nodes) if n.kind == PartnerKind.SUPPLIER}
    home, total, foreign = data.own_firm.country if data.own_firm else "", 0, 0
    supply = [k for k, e in enumerate(data.edges) if e.kind == RelationshipKind.SUPPLY]
    for a, b in graph.ends[supply].tolist():  # the supply ties only, in their order
        total += 1
        if a != own:
            per_partner[a] += 1
        if b != own:
            per_partner[b] += 1
        end = b if a == own or (b != own and looks[b] and not looks[a]) else a
        suppliers.add(end)
        country = nodes[end].country
        if country:
            country_ties[country] += 1
            country_ends[country].add(end)
            foreign += country != home  # without a home country every known country counts as foreign
    by_partner = sorted(per_partner.items(), key=lambda kv: (-kv[1], ref[kv[0]].name))[:5]
    countries = sorted(country_ties, key=lambda c: (-country_ties[c], c))
    gates: dict[int, list[int]] = defaultdict(list)
    component, gate = cuts.component.tolist(), cuts.gate.tolist()
    for i in suppliers - {own}:  # gates only mean something in the own firm's part of the network
        if root is not None and component[i] == 0 and gate[i] >= 0:
            gates[gate[i]].append(i)
    gate_list = []
    for g, members in gates.items():
        members.sort(key=lambda i: ref[i].name)
        gate_list.append(Gate(ref[g], tuple(ref[i] for i in members),
                              tuple(ref[i] for i in members if _critical(nodes[i]))))
    gate_list.sort(key=lambda g: (-len(g.critical), -len(g.suppliers), g.gate.name))
    return dict(
        supply_ties=total, foreign_supply_ties=foreign,
        supply_by_partner=tuple(Share(ref[i].id, ref[i].name, c, total, round(c / total, 3)) for i, c in by_partner),
        supply_by_country=tuple(Share(c, c, country_ties[c], total, round(country_ties[c] / total, 3),
                                      tuple(sorted((ref[i] for i in country_ends[c]), key=lambda r: r.name)))
                                for c in countries),
        gates=tuple(gate_list))


def _critical(node: Node) -> bool:
    return any(word in tag.casefold() for tag in node.tags for word in CRITICAL_TAG_WORDS)


def _communities(data, graph, found, ref, own_tie) -> dict:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(found.labels.tolist()):
        groups[label].append(i)
    own_id = data.own_firm.id if data.own_firm else None
    degree = graph.degree
    listed = []
    for label, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        dims = Counter(d for i in members if data.nodes[i].id != own_id for d in data.nodes[i].dimensions)
        main, count = min(dims.items(), key=lambda kv: (-kv[1], list(Dimension).index(kv[0]))) if dims \
            else (None, 0)
        top = sorted(members, key=lambda i: (-degree[i], ref[i].name))[:3]
        listed.append(CommunityFigures(
            len(listed) + 1, len(members), main, round(count / len(members), 3),
            any(data.nodes[i].id == own_id for i in members),
            sum(1 for i in members if ref[i].id in own_tie), tuple(ref[i] for i in top)))
    return dict(communities=tuple(listed[:TOP]), community_count=len(listed),
                modularity=round(found.modularity, 4), communities_approximate=found.approximate)


def _loose_contacts(data: NetworkData) -> tuple[Ref, ...]:
    engaged = set()
    for g in data.goals:
        if g.status != GoalStatus.DROPPED:
            engaged.update(g.partner_ids)
    engaged.update(a.partner_id for a in data.actions
                   if a.partner_id and data.goal_status(a.goal_id) != GoalStatus.DROPPED)
    for e in data.edges:
        if e.scores and e.strength > WEAK_STRENGTH:  # an assessed tie of some strength is looked after
            engaged.update((e.source, e.target))
    return tuple(sorted((Ref(n.id, n.name) for n in data.nodes if not n.is_own_firm and n.id not in engaged),
                        key=lambda r: (r.name, r.id)))


def _assessments(data: NetworkData, graph: metrics.Graph, ref: list[Ref], root, today: date) -> dict:
    def ties(ks: list[int]) -> tuple[TieRef, ...]:  # the own firm first, so that the other end names the partner
        found = []
        for k, (a, b) in zip(ks, ends[ks].tolist()):  # the ends of these ties only, in one step
            e = data.edges[k]
            a, b = (b, a) if b == root else (a, b)
            found.append(TieRef(e.id, ref[a], ref[b], e.kind, e.strength, e.assessed_on, e.quality))
        return tuple(found)

    ends = graph.ends
    cutoff = today - timedelta(days=OUTDATED_AFTER_DAYS)  # outdated: more than that many days before today
    outdated = sorted((k for k, e in enumerate(data.edges) if e.assessed_on is not None and e.assessed_on < cutoff),
                      key=lambda k: (data.edges[k].assessed_on, data.edges[k].id))
    own = np.flatnonzero((ends == root).any(axis=1)).tolist() if root is not None else []
    unassessed = sorted((k for k in own if data.edges[k].assessed_on is None),
                        key=lambda k: (-data.edges[k].strength, data.edges[k].id))
    return dict(outdated_assessments=ties(outdated), own_ties=len(own), unassessed_own_ties=ties(unassessed))


def _goal_findings(data: NetworkData, today: date) -> dict:
    by_goal = defaultdict(list)
    for a in data.actions:
        by_goal[a.goal_id].append(a)
    goals = data.goal_index
    live = sorted((g for g in data.goals if is_live(g.status)), key=lambda g: (g.title, g.id))

    def goal_ref(g) -> GoalRef:
        return GoalRef(g.id, g.title, g.status, g.priority, g.dimension, g.target_date)

    def action_ref(a) -> ActionRef:
        goal = goals.get(a.goal_id)
        partner = Ref(a.partner_id, data.node(a.partner_id).name) if a.partner_id in data.index else None
        late = (today - a.due_date).days if a.due_date and a.due_date < today else None
        return ActionRef(a.id, a.title, a.goal_id, goal.title if goal else "", a.status, a.priority, a.due_date,
                         late, partner)

    status = {a.id: data.goal_status(a.goal_id) for a in data.actions}
    return dict(
        goals_without_actions=tuple(goal_ref(g) for g in live if not by_goal[g.id]),
        goals_without_open_actions=tuple(goal_ref(g) for g in live
                                         if all(a.status == ActionStatus.DONE for a in by_goal[g.id])),
        goals_past_target=tuple(goal_ref(g) for g in live if g.target_date and g.target_date < today),
        overdue_actions=tuple(action_ref(a) for a in sorted(data.actions, key=lambda a: (a.due_date or today, a.id))
                              if is_overdue(a, status[a.id], today)),
        blocked_actions=tuple(action_ref(a) for a in data.actions
                              if a.status == ActionStatus.BLOCKED and is_live(status[a.id])),
        open_under_closed_goals=tuple(action_ref(a) for a in data.actions
                                      if a.status != ActionStatus.DONE and not is_live(status[a.id])))
