"""The key figures of one network and its traffic light, defined once for the overview, the workbook's cover and
``netzplaner check`` (``analysis.figures.dimension_figures`` computes them; this module only holds and judges them).

What counts (the one rule, docs/architecture.md, "Words, numbers and translations"):
- Goals of a network are its *current* goals (``domain.plan``: planned or active) with that network set.
  Achieved and dropped goals are history; they stay on the goals sheet but are not what a network is working on
  now. Goals without a network count for no network (only in the total).
- Open and overdue actions are those ``domain.plan.is_open`` and ``is_overdue`` name, under the network's goals.
- Partners are the active partners of the network, the own firm not included (it belongs to every network);
  relationships are those touching one of them. Archived partners and their relationships are not counted.

The traffic light: red when the network has no partner, its relationships are poor (mean quality below 40) or
it has neither a current goal nor an assessed relationship; green when the quality is good (70 or more) and at
least one current goal exists; amber in between. ``verdict`` says why, from the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import Criterion, Dimension, PartnerKind
from .formatting import number
from .plan import LIVE_GOALS  # noqa: F401 - defined in domain.plan; still importable from here

POOR_QUALITY, GOOD_QUALITY = 40, 70
# the networks' colours on the map, the overview's cards and the workbook's charts
NETWORK_COLOURS = {Dimension.REGIONAL: "#1f5fa8", Dimension.THEMATIC: "#8e3fae", Dimension.INTERNATIONAL: "#00897b"}
LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}


@dataclass(frozen=True)
class DimensionFigures:
    """Key figures of one network (``dimension`` None: the whole network or extract, the total row)."""

    dimension: Dimension | None
    partners: int = 0
    relationships: int = 0
    mean_strength: float | None = None
    assessed: int = 0
    mean_quality: float | None = None  # mean quality index 0-100 of the assessed relationships
    weakest_criterion: Criterion | None = None
    weakest_score: float | None = None  # its mean score 1-5
    goals: int = 0  # current goals (planned or active)
    open_actions: int = 0
    overdue_actions: int = 0
    kinds: dict[PartnerKind, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # most partners first


# reason -> (Deutsch, English); {q} is the mean quality, {n} a count
_REASONS: dict[str, tuple[str, str]] = {
    "no_partners": ("Noch keine Partner in diesem Netzwerk", "No partners in this network yet"),
    "poor": ("Beziehungen schwach (Ø Qualität {q} von 100)", "Weak relationships (mean quality {q} of 100)"),
    "idle": ("Weder ein laufendes Ziel noch eine bewertete Beziehung",
             "Neither a current goal nor an assessed relationship"),
    "good": ("Gute Beziehungen (Ø Qualität {q} von 100)", "Good relationships (mean quality {q} of 100)"),
    "middling": ("Beziehungen mittelmäßig (Ø Qualität {q} von 100)",
                 "Relationships middling (mean quality {q} of 100)"),
    "unassessed": ("noch keine Beziehung bewertet", "no relationship assessed yet"),
    "goals": ("{n} laufende Ziele", "{n} current goals"),
    "one_goal": ("1 laufendes Ziel", "1 current goal"),
    "no_goal": ("kein laufendes Ziel", "no current goal"),
}


def _judge(f: DimensionFigures) -> tuple[str, list[tuple[str, dict]]]:
    """The light and the reasons for it, most important first."""
    q = f.mean_quality
    if f.partners == 0:
        return "red", [("no_partners", {})]
    if q is not None and q < POOR_QUALITY:
        return "red", [("poor", {"q": q})]
    if f.goals == 0 and not f.assessed:
        return "red", [("idle", {})]
    goals = ("no_goal", {}) if f.goals == 0 else ("one_goal", {}) if f.goals == 1 else ("goals", {"n": f.goals})
    if q is not None and q >= GOOD_QUALITY and f.goals > 0:
        return "green", [("good", {"q": q}), goals]
    quality = ("unassessed", {}) if q is None else ("good" if q >= GOOD_QUALITY else "middling", {"q": q})
    return "amber", [quality, goals]


def traffic_light(f: DimensionFigures) -> str:
    """"green", "amber" or "red" (see the module's docstring)."""
    return _judge(f)[0]


def verdict(f: DimensionFigures, lang: str = "de") -> str:
    """One line that says why the light is what it is, e.g. "Gute Beziehungen (Ø Qualität 74 von 100), 2 laufende
    Ziele"."""
    parts = []
    for key, params in _judge(f)[1]:
        de, en = _REASONS[key]
        text = (en if lang == "en" else de).format(**{k: number(v, lang, 0) for k, v in params.items()})
        parts.append(text)
    line = ", ".join(parts)
    return line[:1].upper() + line[1:]
