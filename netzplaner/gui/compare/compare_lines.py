"""The readable lines of a comparison (issue 12, the "Vergleich" view): the summary cards on top and the details
grouped below, each detail with the partner, tie, goal or action it leads to ("kind:id", as the overview's
links). Plain data from a ``services.compare.Comparison``; the texts in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain import formatting
from ...domain.enums import Dimension
from ...services.compare import Comparison
from ..common.i18n import current_language, shown_day, term, tr

ADDED, REMOVED, UP, DOWN, NOTE = "added", "removed", "up", "down", "note"
COLOURS = {ADDED: "#2e7d32", REMOVED: "#c62828", UP: "#2e7d32", DOWN: "#c62828", NOTE: "#455a64"}
SIGNS = {ADDED: "+", REMOVED: "−", UP: "▲", DOWN: "▼", NOTE: "•"}



@dataclass(frozen=True)
class Line:
    text: str
    tone: str  # ADDED, REMOVED, UP, DOWN, NOTE
    target: str = ""  # "partner:ID", "relationship:ID", "goal:ID", "action:ID" or "" (leads nowhere)


@dataclass(frozen=True)
class Group:
    key: str  # partners, ties, quality, goals, actions, check
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Card:
    key: str  # the group it opens
    title: str
    figure: str
    detail: str


def _n(value, digits: int | None = None) -> str:
    return formatting.number(value, current_language(), digits)


def _q(value: float | None) -> str:
    return _n(value, 0) if value is not None else tr("not assessed")


def _arrow(before: str, after: str) -> str:
    return f"{before} → {after}"


def _dims(dims: tuple[Dimension, ...]) -> str:
    return ", ".join(term(d) for d in dims) or tr("no network")


def _tone(before, after) -> str:
    if before is None or after is None or before == after:
        return NOTE
    return UP if after > before else DOWN


def cards(c: Comparison) -> tuple[Card, ...]:
    s = c.summary
    check = (tr("%1 resolved · %2 new").replace("%1", _n(s.recommendations_resolved))
             .replace("%2", _n(s.recommendations_new)) if c.check is not None else "…")
    networks = "  ".join(f"{term(n.dimension)} {_arrow(_q(n.quality_before), _q(n.quality_after))}"
                         for n in c.networks if n.dimension is not None)
    return (
        Card("partners", tr("Partners"), f"+{_n(s.partners_added)}  −{_n(s.partners_removed)}",
             _arrow(_n(s.partners_before), _n(s.partners_after))),
        Card("ties", tr("Relationships"), f"+{_n(s.ties_new)}  −{_n(s.ties_lost)}",
             tr("%1 stronger · %2 weaker").replace("%1", _n(s.ties_stronger)).replace("%2", _n(s.ties_weaker))),
        Card("quality", tr("Quality Ø"), _arrow(_q(s.quality_before), _q(s.quality_after)), networks),
        Card("goals", tr("Goals"), tr("%1 changed").replace("%1", _n(s.goals_changed)),
             tr("%1 new · %2 removed").replace("%1", _n(len(c.goals_added))).replace("%2", _n(len(c.goals_removed)))),
        Card("actions", tr("Actions"), tr("%1 done").replace("%1", _n(s.actions_completed)),
             tr("%1 new · %2 overdue since").replace("%1", _n(s.actions_added)).replace("%2", _n(s.actions_overdue))),
        Card("check", tr("Network check"), check, tr("recommendations of the check")),
    )


def _partner_lines(c: Comparison) -> list[Line]:
    lines = [Line(tr("%1 (%2, %3) is new").replace("%1", p.name).replace("%2", term(p.kind))
                  .replace("%3", _dims(p.dimensions_after)), ADDED, f"partner:{p.id}") for p in c.partners_added]
    lines += [Line(tr("%1 is gone").replace("%1", p.name), REMOVED, f"partner:{p.id}") for p in c.partners_removed]
    lines += [Line(tr("%1 was archived").replace("%1", p.name), REMOVED, f"partner:{p.id}")
              for p in c.partners_archived]
    lines += [Line(tr("%1 is active again").replace("%1", p.name), ADDED, f"partner:{p.id}")
              for p in c.partners_restored]
    lines += [Line(tr("%1 moved: %2").replace("%1", p.name)
                   .replace("%2", _arrow(_dims(p.dimensions_before), _dims(p.dimensions_after))), NOTE, f"partner:{p.id}")
              for p in c.partners_moved]
    return lines


def _tie(t) -> str:
    return f"{t.a_name} – {t.b_name}"


def _tie_lines(c: Comparison) -> list[Line]:
    lines = [Line(tr("%1: new (%2, strength %3)").replace("%1", _tie(t)).replace("%2", term(t.kind))
                  .replace("%3", _n(t.strength_after)), ADDED, f"relationship:{t.id}") for t in c.ties_new]
    lines += [Line(tr("%1: gone").replace("%1", _tie(t)), REMOVED, f"relationship:{t.id}") for t in c.ties_lost]
    for ties, tone in ((c.ties_stronger, UP), (c.ties_weaker, DOWN)):
        lines += [Line(tr("%1: strength %2").replace("%1", _tie(t))
                       .replace("%2", _arrow(_n(t.strength_before), _n(t.strength_after))), tone, f"relationship:{t.id}")
                  for t in ties]
    for t in c.tie_quality:
        if t.quality_before is None:
            text = tr("%1: assessed for the first time, quality %2").replace("%2", _q(t.quality_after))
        else:
            text = tr("%1: quality %2").replace("%2", _arrow(_q(t.quality_before), _q(t.quality_after)))
        lines.append(Line(text.replace("%1", _tie(t)), _tone(t.quality_before, t.quality_after),
                          f"relationship:{t.id}"))
    return lines


def _quality_lines(c: Comparison) -> list[Line]:
    lines = []
    for n in c.networks:
        name = term(n.dimension) if n.dimension is not None else tr("Whole network")
        text = tr("%1: quality Ø %2 (%3 of %4 relationships assessed)").replace("%1", name) \
            .replace("%2", _arrow(_q(n.quality_before), _q(n.quality_after))) \
            .replace("%3", _n(n.assessed_after)).replace("%4", _n(n.ties_after))
        moved = [*(f"▲ {term(x)}" for x in n.improved), *(f"▼ {term(x)}" for x in n.fell)]
        lines.append(Line(text + (" · " + ", ".join(moved) if moved else ""),
                          _tone(n.quality_before, n.quality_after)))
    for line in c.whole.criteria:
        lines.append(Line(tr("%1 (whole network): Ø %2 of 5").replace("%1", term(line.criterion))
                          .replace("%2", _arrow(_n(line.before, 1) if line.before is not None else "–",
                                                _n(line.after, 1) if line.after is not None else "–")),
                          _tone(line.before, line.after)))
    return lines


def _goal_lines(c: Comparison) -> list[Line]:
    lines = [Line(tr("%1: new goal").replace("%1", g.title), ADDED, f"goal:{g.id}") for g in c.goals_added]
    lines += [Line(tr("%1: goal removed").replace("%1", g.title), REMOVED, f"goal:{g.id}") for g in c.goals_removed]
    for g in c.goals_changed:
        parts = []
        if g.status_before != g.status_after:
            parts.append(_arrow(term(g.status_before), term(g.status_after)))
        if g.progress_before != g.progress_after:
            lang = current_language()
            parts.append(f"{g.kpi_name or tr('KPI')} " + _arrow(formatting.percent(g.progress_before, lang),
                                                              formatting.percent(g.progress_after, lang)))
        lines.append(Line(f"{g.title}: " + "; ".join(parts), _tone(g.progress_before, g.progress_after),
                          f"goal:{g.id}"))
    return lines


def _action_lines(c: Comparison) -> list[Line]:
    lines = [Line(tr("%1: done (%2)").replace("%1", a.title).replace("%2", shown_day(a.completed_on) or "–"), UP,
                  f"action:{a.id}") for a in c.actions_completed]
    lines += [Line(tr("%1: new (goal %2)").replace("%1", a.title).replace("%2", a.goal_title), ADDED,
                   f"action:{a.id}") for a in c.actions_added]
    lines += [Line(tr("%1: removed").replace("%1", a.title), REMOVED, f"action:{a.id}") for a in c.actions_removed]
    lines += [Line(tr("%1: overdue since %2").replace("%1", a.title).replace("%2", shown_day(a.due_date)), DOWN,
                   f"action:{a.id}") for a in c.actions_overdue]
    return lines


def _check_lines(c: Comparison) -> list[Line]:
    check = c.check
    if check is None:
        return [Line(tr("The network check is still running…"), NOTE)]
    lang = current_language()
    lines = [Line(tr("Resolved: %1").replace("%1", r.text(lang)), UP) for r in check.resolved]
    lines += [Line(tr("New: %1").replace("%1", r.text(lang)), DOWN) for r in check.new]
    for refs, text, tone in ((check.brokers_new, tr("%1 is a new broker"), NOTE),
                             (check.brokers_gone, tr("%1 is no longer a broker"), NOTE),
                             (check.cut_points_new, tr("%1 is a new single point of failure"), DOWN),
                             (check.cut_points_gone, tr("%1 is no longer a single point of failure"), UP)):
        lines += [Line(text.replace("%1", r.name), tone, f"partner:{r.id}") for r in refs]
    for before, after, text in ((check.partner_concentration_before, check.partner_concentration_after,
                                 tr("Supply on one partner: largest share %1")),
                                (check.country_concentration_before, check.country_concentration_after,
                                 tr("Supply from one country: largest share %1"))):
        if before != after:
            lines.append(Line(text.replace("%1", _arrow(formatting.percent(before, lang),
                                                        formatting.percent(after, lang))),
                              _tone(after, before)))  # less concentration is better
    return lines


def groups(c: Comparison) -> tuple[Group, ...]:
    """The details, grouped as the cards on top; an empty group says so in one line."""
    built = (("partners", tr("Partners"), _partner_lines(c)), ("ties", tr("Relationships"), _tie_lines(c)),
             ("quality", tr("Quality per network and criterion"), _quality_lines(c)),
             ("goals", tr("Goals"), _goal_lines(c)), ("actions", tr("Actions"), _action_lines(c)),
             ("check", tr("Network check"), _check_lines(c)))
    return tuple(Group(key, title, tuple(lines) or (Line(tr("No change."), NOTE),)) for key, title, lines in built)

