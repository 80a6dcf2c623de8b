"""The records of a comparison of two states of the network (issue 12), defined once for every surface: the
window's "Vergleich" view, ``netzplaner compare`` and the board workbook's sheet "Entwicklung".
``analysis.compare`` computes them (what counts as added, moved, stronger, overdue since is written there).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from enum import Enum

from .enums import ActionStatus, Criterion, Dimension, GoalStatus, PartnerKind, RelationshipKind

SCHEMA = 1  # the layout of Comparison.as_json; raise it when a key changes meaning or goes away


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


# -- words ---------------------------------------------------------------------------------------------------------

# the sections of a comparison (the attribute of ``Comparison`` -> German, English): one wording for the command
# line and the workbook's sheet "Entwicklung"
SECTIONS: dict[str, tuple[str, str]] = {
    "partners_added": ("Neue Partner", "Partners added"),
    "partners_removed": ("Entfernte Partner", "Partners removed"),
    "partners_archived": ("Archivierte Partner", "Partners archived"),
    "partners_restored": ("Wieder aktive Partner", "Partners restored"),
    "partners_moved": ("Partner in anderen Netzwerken", "Partners moved to other networks"),
    "ties_new": ("Neue Beziehungen", "New relationships"),
    "ties_lost": ("Weggefallene Beziehungen", "Lost relationships"),
    "ties_stronger": ("Stärker gewordene Beziehungen", "Stronger relationships"),
    "ties_weaker": ("Schwächer gewordene Beziehungen", "Weaker relationships"),
    "tie_quality": ("Qualität je Beziehung", "Quality per relationship"),
    "networks": ("Qualität je Netzwerk und Kriterium", "Quality per network and criterion"),
    "goals_added": ("Neue Ziele", "Goals added"),
    "goals_removed": ("Entfernte Ziele", "Goals removed"),
    "goals_changed": ("Ziele: Status und Kennzahl", "Goals: status and KPI"),
    "actions_completed": ("Erledigte Maßnahmen", "Actions completed"),
    "actions_added": ("Neue Maßnahmen", "Actions added"),
    "actions_removed": ("Entfernte Maßnahmen", "Actions removed"),
    "actions_overdue": ("Seitdem überfällig", "Overdue since"),
    "check": ("Netzwerk-Check damals und heute", "Network check then and now"),
}
LIST_SECTIONS = tuple(k for k in SECTIONS if k not in ("networks", "check"))


def section_title(key: str, lang: str = "de") -> str:
    de, en = SECTIONS[key]
    return en if lang == "en" else de
