"""The network as the analysis sees it: plain, frozen records, no document, no services.

``NetworkData`` holds the partners still in the network (archived ones are left out: they are no longer part of
it), the relationships between them with the latest assessment folded in, and the goals and actions. Tests and
other callers build it from small hand-made records or from entities (``NetworkData.from_entities``); the services
build it from the document's tables read column by column (``NetworkData.from_columns``), with no entity per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from types import MappingProxyType

import numpy as np

from ..domain.entities import Action, Assessment, Goal, Partner, Relationship
from ..domain.enums import Criterion, Dimension, GoalStatus, PartnerKind, RelationshipKind
from ..domain.quality import latest_assessments, quality_index


@dataclass(frozen=True, slots=True)
class Node:
    """A partner in the network (the own firm included)."""

    id: str
    name: str
    kind: PartnerKind
    dimensions: frozenset[Dimension] = frozenset()
    country: str = ""
    region: str = ""
    tags: tuple[str, ...] = ()
    is_own_firm: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    """A relationship; ``scores`` and ``assessed_on`` come from its latest assessment (empty/None if never)."""

    id: str
    source: str
    target: str
    kind: RelationshipKind
    strength: int
    assessed_on: date | None = None
    scores: Mapping[Criterion, int | None] = field(default_factory=dict, hash=False)
    quality: float | None = field(init=False, default=None)  # index 0-100 of ``scores``, None if not assessed

    def __post_init__(self) -> None:  # computed once: the check reads it several times per relationship
        object.__setattr__(self, "quality", quality_index(self.scores) if self.scores else None)

    def other(self, node_id: str) -> str:
        return self.target if node_id == self.source else self.source


@dataclass(frozen=True, eq=False)
class NetworkData:
    """Partners, relationships, goals and actions as plain records.

    ``goals`` and ``actions`` are the domain's own frozen records (they carry nothing the analysis must not
    see). Every edge must join two different nodes of ``nodes``; node ids must be unique.
    """

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...] = ()
    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    archived_partners: int = 0  # counted for the figures, not part of the network
    index: dict[str, int] = field(init=False, repr=False)
    own_firm: Node | None = field(init=False, repr=False)
    goal_index: dict[str, Goal] = field(init=False, repr=False)
    ends: np.ndarray = field(init=False, repr=False)  # (m, 2) node indices of each edge, in the order of ``edges``

    def __post_init__(self) -> None:
        for name in ("nodes", "edges", "goals", "actions"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        index = {node.id: i for i, node in enumerate(self.nodes)}
        if len(index) != len(self.nodes):
            raise ValueError("Partner ids in the network must be unique.")
        ends = np.array([[index.get(e.source, -1) for e in self.edges], [index.get(e.target, -1) for e in self.edges]],
                        np.int64).T.reshape(-1, 2)  # a column at a time: a third of the time of a pair per edge
        wrong = np.flatnonzero((ends == -1).any(axis=1) | (ends[:, 0] == ends[:, 1]))
        if wrong.size:
            edge, pair = self.edges[wrong[0]], ends[wrong[0]]
            if -1 in pair:
                raise ValueError(f"Relationship {edge.id} joins a partner that is not in the network.")
            raise ValueError(f"Relationship {edge.id} joins a partner to itself.")
        object.__setattr__(self, "ends", np.ascontiguousarray(ends))
        owners = [node for node in self.nodes if node.is_own_firm]
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "own_firm", owners[0] if owners else None)
        object.__setattr__(self, "goal_index", {g.id: g for g in self.goals})

    def node(self, node_id: str) -> Node:
        return self.nodes[self.index[node_id]]

    def goal_status(self, goal_id: str) -> GoalStatus:
        """The status of an action's goal; an action whose goal is missing still needs doing (active)."""
        goal = self.goal_index.get(goal_id)
        return goal.status if goal else GoalStatus.ACTIVE

    @classmethod
    def from_entities(cls, partners: Iterable[Partner], relationships: Iterable[Relationship],
                      assessments: Iterable[Assessment] = (), goals: Iterable[Goal] = (),
                      actions: Iterable[Action] = ()) -> NetworkData:
        """The network of a document: archived partners and their relationships left out, the latest
        assessment of each relationship folded in, partners in id order (so sampled metrics are reproducible
        whatever order the document returns rows in)."""
        partners = list(partners)
        active = sorted((p for p in partners if not p.archived), key=lambda p: p.id)
        keep = {p.id for p in active}
        latest = latest_assessments(assessments)
        edges = []
        for r in relationships:
            if r.source_id in keep and r.target_id in keep and r.source_id != r.target_id:
                a = latest.get(r.id)
                edges.append(Edge(r.id, r.source_id, r.target_id, r.kind, r.strength,
                                  a.assessed_on if a else None, a.scores if a else {}))
        nodes = tuple(Node(p.id, p.name, p.kind, frozenset(p.dimensions), p.country.upper(), p.region,
                           tuple(p.tags), p.is_own_firm) for p in active)
        return cls(nodes, tuple(edges), tuple(goals), tuple(actions),
                   archived_partners=len(partners) - len(active))

    @classmethod
    def from_columns(cls, partners: Mapping[str, Sequence], relationships: Mapping[str, Sequence],
                     latest: Mapping[str, tuple[date, Mapping[Criterion, int | None]]], goals: Iterable[Goal] = (),
                     actions: Iterable[Action] = ()) -> NetworkData:
        """The same network as ``from_entities``, from the tables read column by column (``{column: [value per
        row]}``): partners with id, name, kind, dimensions, country, region, tags, is_own_firm and archived;
        relationships with id, source_id, target_id, kind and strength; ``latest`` maps a relationship id to the
        date and the scores of its latest assessment (the edge keeps that mapping, it is not copied). Codes become
        vocabulary members by a dictionary look-up (calling the enum for each of 200,000 codes was most of the
        network check)."""
        kind_of, dimension_of = _members(PartnerKind), _members(Dimension)
        relationship_kind = _members(RelationshipKind)
        p = partners
        active = sorted((i for i, archived in enumerate(p["archived"]) if not archived), key=p["id"].__getitem__)
        networks: dict[tuple, frozenset[Dimension]] = {}  # the few combinations of networks, each made once
        nodes = tuple(Node(p["id"][i], p["name"][i], kind_of[p["kind"][i]],
                           networks.get(p["dimensions"][i]) or networks.setdefault(
                               p["dimensions"][i], frozenset(dimension_of[d] for d in p["dimensions"][i])),
                           (p["country"][i] or "").upper(), p["region"][i] or "", tuple(p["tags"][i]),
                           bool(p["is_own_firm"][i])) for i in active)
        keep = {node.id for node in nodes}
        edges = []
        r = relationships
        for rid, source, target, kind, strength in zip(r["id"], r["source_id"], r["target_id"], r["kind"],
                                                       r["strength"]):
            if source in keep and target in keep and source != target:
                held = latest.get(rid)
                edges.append(_edge(rid, source, target, relationship_kind[kind], strength, held[0], held[1],
                                   quality_index(held[1]) if held[1] else None) if held else
                             _edge(rid, source, target, relationship_kind[kind], strength, None, _UNASSESSED, None))
        return cls(nodes, tuple(edges), tuple(goals), tuple(actions), archived_partners=len(p["id"]) - len(nodes))


_UNASSESSED: Mapping[Criterion, int | None] = MappingProxyType({})  # one for every edge never assessed


def _edge_maker():
    """``Edge(id, source, target, kind, strength, assessed_on, scores)`` with ``quality`` given, for the 50,000
    edges of one read: the fields set through their slots, without the frozen dataclass's ``__init__`` (half the
    time). The caller computes ``quality`` as ``Edge.__post_init__`` does (tests/test_network_read.py compares)."""
    new = object.__new__
    slots = [Edge.__dict__[f.name].__set__ for f in fields(Edge)]
    assert [f.name for f in fields(Edge)] == ["id", "source", "target", "kind", "strength", "assessed_on", "scores",
                                              "quality"]
    s0, s1, s2, s3, s4, s5, s6, s7 = slots

    def make(id, source, target, kind, strength, assessed_on, scores, quality) -> Edge:  # noqa: A002 - as Edge
        edge = new(Edge)
        s0(edge, id), s1(edge, source), s2(edge, target), s3(edge, kind)
        s4(edge, strength), s5(edge, assessed_on), s6(edge, scores), s7(edge, quality)
        return edge

    return make


_edge = _edge_maker()


def _members(vocabulary: type) -> dict[str, object]:
    return {member.value: member for member in vocabulary}
