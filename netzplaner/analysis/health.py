"""The health score of a network (0-100), defined once and in the open (issue 12; docs/health.md explains it).

``COMPONENTS`` is the one declaration the window, the workbook, the command line and docs/health.md use: each
component has a weight (the weights add up to 100) and a value 0-100; the score is the sum of weight × value /
100, rounded. Nothing else goes in. The components:

- **Quality** (six components, 8 each = 48): the mean score of each criterion the seed article names (openness,
  trust, knowledge sharing, clear goals, commitment, mutual benefit) over the latest assessments of the network's
  ties, mapped from 1-5 onto 0-100 like the quality index (``domain.quality``). Not assessed: 0.
- **Coverage** (20): the share of the kinds of partner a network of its sort should have that are present
  (``EXPECTED``): regional — a university or research institute, a chamber, an association or cluster; thematic —
  a university or research institute, an association, cluster or platform; international — a foreign partner, a
  chamber (AHK) and an association or platform.
- **Care** (2 × 8): the share of the network's ties whose latest assessment is at most a year old
  (``check.OUTDATED_AFTER_DAYS``), and the share of its partners that are not loose contacts (the network check's
  definition).
- **Plans** (2 × 8): the share of the network's current goals with at least one open action (no current goal: 0),
  and the share of its open actions that are not overdue (no open action: 0, nothing is planned).

A network's partners are those in it (the own firm belongs to none), its ties those touching one of them, its
goals the current goals set to it and their actions (``domain.figures``, ``domain.plan``). Archived partners are
not part of the network.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.enums import Criterion, Dimension, PartnerKind
from ..domain.plan import is_live, is_open, is_overdue
from ..domain.quality import SCORE_MAX, SCORE_MIN
from .check import OUTDATED_AFTER_DAYS, _loose_contacts
from .network import NetworkData


@dataclass(frozen=True)
class Component:
    """One part of the health score: its key, weight (points of 100), German and English name, and the rule in
    one sentence each (the workbook, the window's tooltip and docs/health.md show it)."""

    key: str
    weight: int
    name_de: str
    name_en: str
    rule_de: str
    rule_en: str

    def name(self, lang: str = "de") -> str:
        return self.name_en if lang == "en" else self.name_de

    def rule(self, lang: str = "de") -> str:
        return self.rule_en if lang == "en" else self.rule_de


# research, chamber, association or foreign: the groups of partner a network should have (coverage)
GROUPS: dict[str, tuple[frozenset[PartnerKind] | None, str, str]] = {
    "research": (frozenset({PartnerKind.UNIVERSITY, PartnerKind.RESEARCH_INSTITUTE}),
                 "Hochschule oder Forschungseinrichtung", "university or research institute"),
    "chamber": (frozenset({PartnerKind.CHAMBER}), "Kammer (IHK/HWK/AHK)", "chamber (IHK/HWK/AHK)"),
    "association": (frozenset({PartnerKind.ASSOCIATION, PartnerKind.CLUSTER, PartnerKind.PLATFORM}),
                    "Verband, Cluster oder Plattform", "association, cluster or platform"),
    "foreign": (None, "ausländischer Partner", "foreign partner"),  # a country other than the own firm's
}
EXPECTED: dict[Dimension, tuple[str, ...]] = {
    Dimension.REGIONAL: ("research", "chamber", "association"),
    Dimension.THEMATIC: ("research", "association"),
    Dimension.INTERNATIONAL: ("foreign", "chamber", "association"),
}
CRITERION_WEIGHT, COVERAGE_WEIGHT, CARE_WEIGHT, PLAN_WEIGHT = 8, 20, 8, 8

COMPONENTS: tuple[Component, ...] = (
    *(Component(c.value, CRITERION_WEIGHT, c.de, c.en,
                f"Mittlere Bewertung „{c.de}“ der Beziehungen (1–5 auf 0–100); nicht bewertet: 0",
                f"Mean score for “{c.en}” over the relationships (1–5 onto 0–100); not assessed: 0")
      for c in Criterion),
    Component("coverage", COVERAGE_WEIGHT, "Abdeckung", "Coverage",
              "Anteil der erwarteten Partnergruppen, die vertreten sind",
              "Share of the expected groups of partner that are present"),
    Component("current_assessments", CARE_WEIGHT, "Aktuelle Bewertungen", "Current assessments",
              "Anteil der Beziehungen mit einer Bewertung, die höchstens ein Jahr alt ist",
              "Share of the relationships whose assessment is at most a year old"),
    Component("no_loose_contacts", CARE_WEIGHT, "Keine losen Kontakte", "No loose contacts",
              "Anteil der Partner, die keine losen Kontakte sind (Ziel, Maßnahme oder bewertete Beziehung ab "
              "Stärke 3)",
              "Share of the partners that are no loose contacts (a goal, an action or an assessed tie of "
              "strength 3 or more)"),
    Component("goals_with_actions", PLAN_WEIGHT, "Ziele mit offenen Maßnahmen", "Goals with open actions",
              "Anteil der laufenden Ziele mit mindestens einer offenen Maßnahme; kein laufendes Ziel: 0",
              "Share of the current goals with at least one open action; no current goal: 0"),
    Component("nothing_overdue", PLAN_WEIGHT, "Nichts überfällig", "Nothing overdue",
              "Anteil der offenen Maßnahmen, die nicht überfällig sind; keine offene Maßnahme: 0",
              "Share of the open actions that are not overdue; no open action: 0"),
)
assert sum(c.weight for c in COMPONENTS) == 100


@dataclass(frozen=True)
class ComponentValue:
    """A component's value (0-100) for one network, with what it was computed from in a few words."""

    component: Component
    value: float
    detail_de: str
    detail_en: str

    @property
    def key(self) -> str:
        return self.component.key

    @property
    def weight(self) -> int:
        return self.component.weight

    @property
    def points(self) -> float:
        """What the component adds to the score: weight × value / 100."""
        return self.component.weight * self.value / 100.0

    def name(self, lang: str = "de") -> str:
        return self.component.name(lang)

    def detail(self, lang: str = "de") -> str:
        return self.detail_en if lang == "en" else self.detail_de


@dataclass(frozen=True)
class Health:
    """The health of one network: ``score`` 0-100 (the sum of the components' points, rounded) and every
    component with its weight and value, in the order of ``COMPONENTS``."""

    dimension: Dimension
    score: int
    components: tuple[ComponentValue, ...]

    def component(self, key: str) -> ComponentValue:
        return next(c for c in self.components if c.key == key)


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _pct(value: float) -> str:
    return f"{value:.0f} %"


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
        for comp in COMPONENTS[:len(Criterion)]:
            c = Criterion(comp.key)
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
            COMPONENTS[6], _share(len(present), len(groups)),
            f"{len(present)} von {len(groups)}" + (f"; fehlt: {', '.join(GROUPS[g][1] for g in missing)}"
                                                   if missing else ""),
            f"{len(present)} of {len(groups)}" + (f"; missing: {', '.join(GROUPS[g][2] for g in missing)}"
                                                  if missing else "")))
        current = sum(1 for e in assessed if e.assessed_on >= cutoff)
        values.append(ComponentValue(COMPONENTS[7], _share(current, len(ties)),
                                     f"{current} von {len(ties)} Beziehungen", f"{current} of {len(ties)} ties"))
        kept = sum(1 for n in members if n.id not in loose)
        values.append(ComponentValue(COMPONENTS[8], _share(kept, len(members)),
                                     f"{len(members) - kept} lose von {len(members)} Partnern",
                                     f"{len(members) - kept} loose of {len(members)} partners"))
        goals = {g.id for g in data.goals if g.dimension == dim and is_live(g.status)}
        open_actions = [a for a in data.actions if a.goal_id in goals and is_open(a, data.goal_status(a.goal_id))]
        with_open = len({a.goal_id for a in open_actions})
        values.append(ComponentValue(COMPONENTS[9], _share(with_open, len(goals)),
                                     f"{with_open} von {len(goals)} laufenden Zielen",
                                     f"{with_open} of {len(goals)} current goals"))
        late = sum(1 for a in open_actions if is_overdue(a, data.goal_status(a.goal_id), today))
        values.append(ComponentValue(COMPONENTS[10], _share(len(open_actions) - late, len(open_actions)),
                                     f"{late} von {len(open_actions)} offenen Maßnahmen überfällig",
                                     f"{late} of {len(open_actions)} open actions overdue"))
        result[dim] = Health(dim, round(sum(v.points for v in values)), tuple(values))
    return result


def _present(group: str, members: list, home: str) -> bool:
    kinds = GROUPS[group][0]
    if kinds is None:
        return any(n.country and n.country != home for n in members)
    return any(n.kind in kinds for n in members)
