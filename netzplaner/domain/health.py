"""The health score of a network (0-100), defined once and in the open (issue 12; docs/health.md explains it).
``analysis.health.network_health`` computes it; this module declares it.

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

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .enums import Criterion, Dimension, PartnerKind

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
    group: str = "quality"  # quality, coverage, care or plans (GROUP_NAMES)

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
              "Share of the expected groups of partner that are present", "coverage"),
    Component("current_assessments", CARE_WEIGHT, "Aktuelle Bewertungen", "Current assessments",
              "Anteil der Beziehungen mit einer Bewertung, die höchstens ein Jahr alt ist",
              "Share of the relationships whose assessment is at most a year old", "care"),
    Component("no_loose_contacts", CARE_WEIGHT, "Keine losen Kontakte", "No loose contacts",
              "Anteil der Partner, die keine losen Kontakte sind (Ziel, Maßnahme oder bewertete Beziehung ab "
              "Stärke 3)",
              "Share of the partners that are not loose contacts (a goal, an action or an assessed tie of "
              "strength 3 or more)", "care"),
    Component("goals_with_actions", PLAN_WEIGHT, "Ziele mit offenen Maßnahmen", "Goals with open actions",
              "Anteil der laufenden Ziele mit mindestens einer offenen Maßnahme; kein laufendes Ziel: 0",
              "Share of the current goals with at least one open action; no current goal: 0", "plans"),
    Component("nothing_overdue", PLAN_WEIGHT, "Nichts überfällig", "Nothing overdue",
              "Anteil der offenen Maßnahmen, die nicht überfällig sind; keine offene Maßnahme: 0",
              "Share of the open actions that are not overdue; no open action: 0", "plans"),
)
assert sum(c.weight for c in COMPONENTS) == 100
GROUP_NAMES: dict[str, tuple[str, str]] = {"quality": ("Qualität", "Quality"), "coverage": ("Abdeckung", "Coverage"),
                                           "care": ("Pflege", "Care"), "plans": ("Pläne", "Plans")}


def group_weights() -> dict[str, int]:
    """The weight of each group of components (quality 48, coverage 20, care 16, plans 16)."""
    weights: dict[str, int] = {}
    for c in COMPONENTS:
        weights[c.group] = weights.get(c.group, 0) + c.weight
    return weights


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


class HealthPoint(NamedTuple):
    """The health of each network at one state: a snapshot's label and day, or ``label`` "" for now."""

    label: str
    day: date
    health: Mapping[Dimension, Health]
