"""The network check as a use case: read the document, run the analysis, hand back one frozen report.

``check_network`` is what the window (on a worker thread) and ``netzplaner check`` call; ``report_to_dict`` gives
the report with stable keys for ``--json``; ``format_text`` the plain text the command line prints, in German or
English. Lists in the dictionary hold at most ``LIST_LIMIT`` entries; each has its full ``count`` beside it
(recommendation parameters: the ``count`` of their evidence).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from enum import Enum

from ..analysis.check import CheckResult, Ref, run_check
from ..analysis.metrics import SEED
from ..analysis.network import NetworkData
from ..analysis.recommendations import (
    Recommendation,
    Words,
    country_name,
    fmt,
    recommend,
)
from ..domain.vocabulary import label
from .memory import collector_paused
from .network_read import NetworkRead, read_network
from .workspace import Workspace

SCHEMA = 1  # the layout of report_to_dict; raise it when a key changes meaning or goes away
LIST_LIMIT = 50


@dataclass(frozen=True)
class NetworkCheckReport:
    result: CheckResult  # figures and findings
    recommendations: tuple[Recommendation, ...]  # most important first

    @property
    def as_of(self) -> date:
        return self.result.as_of


def network_data(ws: Workspace) -> NetworkData:
    """The document's network as the analysis reads it (archived partners left out), from one column-wise read
    (``network_read``: shared with the map and the workbook inside ``network_read.sharing``)."""
    return read_network(ws).network


def check_network(ws: Workspace, today: date | None = None, *,
                  read: NetworkRead | None = None) -> NetworkCheckReport:
    """Run the network check on an open document; ``today`` decides what is overdue or outdated. ``read``: the
    document as already read for the same command (else it is read here)."""
    data = (read or read_network(ws)).network
    return report_of(data, today or date.today())


def report_of(data: NetworkData, today: date) -> NetworkCheckReport:
    """The check over data already read (pure computation: the GUI runs it on a worker thread)."""
    with collector_paused():
        result = run_check(data, today)
        return NetworkCheckReport(result, recommend(result))


# -- the dictionary ------------------------------------------------------------------------------------------

def _plain(value: object) -> object:
    """JSON-ready: enums by their code, dates ISO, references and records as objects with their field names."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Words):
        return {"de": value.de, "en": value.en}
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)  # a Country code is a str subclass
    return value


def _params(params: dict) -> dict:
    """A recommendation's parameters; long lists are cut like every list here (``evidence.count`` is exact)."""
    return {k: _plain(v[:LIST_LIMIT] if isinstance(v, (list, tuple)) else v) for k, v in params.items()}


def _listed(items) -> dict:
    return {"count": len(items), "items": [_plain(x) for x in items[:LIST_LIMIT]]}


def report_to_dict(report: NetworkCheckReport) -> dict:
    """The report with stable keys (see ``SCHEMA``): plain JSON types only."""
    r = report.result
    return {
        "schema": SCHEMA,
        "as_of": r.as_of.isoformat(),
        "own_firm": _plain(r.own_firm),
        "home_country": r.home_country,
        "totals": {"partners": r.partners, "archived_partners": r.archived_partners,
                   "relationships": r.relationships, "assessed_relationships": r.assessed_relationships,
                   "goals": r.goals, "live_goals": r.live_goals, "actions": r.actions,
                   "open_actions": r.open_actions, "overdue_actions": len(r.overdue_actions)},
        "dimensions": {d.dimension.value: {k: v for k, v in _plain(d).items() if k != "dimension"}
                       for d in r.dimensions},
        "structure": {
            "components": r.components,
            "not_connected": _listed(r.not_connected),
            "betweenness": {"method": "exact" if r.betweenness_exact else "sampled", "exact": r.betweenness_exact,
                            "sources": r.betweenness_sources, "seed": SEED},
            "brokers": [{**_plain(b.partner), "betweenness": b.betweenness, "degree": b.degree,
                         "own_tie": b.own_tie} for b in r.brokers],
            "cut_points": {"count": len(r.cut_points),
                           "items": [{**_plain(p.partner), "cut_off": p.cut_off, "examples": _plain(p.examples)}
                                     for p in r.cut_points[:LIST_LIMIT]]},
            "bridges": {"count": r.bridge_count, "items": _plain(r.bridges[:LIST_LIMIT])},
            "communities": {"count": r.community_count, "modularity": r.modularity,
                            "approximate": r.communities_approximate, "items": _plain(r.communities)},
        },
        "supply": {
            "ties": r.supply_ties, "foreign_ties": r.foreign_supply_ties,
            "by_partner": [{"id": s.key, "name": s.label, "count": s.count, "total": s.total, "share": s.share}
                           for s in r.supply_by_partner],
            "by_country": [{"country": s.key, "count": s.count, "total": s.total, "share": s.share,
                            "partners": _listed(s.partners)} for s in r.supply_by_country],
            "single_access": [{"gate": _plain(g.gate), "suppliers": _plain(g.suppliers),
                               "critical": _plain(g.critical)} for g in r.gates[:LIST_LIMIT]],
        },
        "care": {"loose_contacts": _listed(r.loose_contacts), "outdated_assessments": _listed(r.outdated_assessments),
                 "own_ties": r.own_ties, "unassessed_own_ties": _listed(r.unassessed_own_ties)},
        "plans": {name: _listed(getattr(r, name)) for name in (
            "goals_without_actions", "goals_without_open_actions", "goals_past_target", "overdue_actions",
            "blocked_actions", "open_under_closed_goals")},
        "recommendations": [{"rank": x.rank, "rule": x.rule, "severity": x.severity.value,
                             "text": {"de": x.text_de, "en": x.text_en}, "params": _params(x.params),
                             "evidence": {"kind": x.evidence_kind, "count": x.evidence_count,
                                          "items": _plain(x.evidence)}} for x in report.recommendations],
    }


# -- the text ----------------------------------------------------------------------------------------------

_WORDS = {  # key -> (Deutsch, English)
    "title": ("Netzwerk-Check, Stand {date}", "Network check as of {date}"),
    "own": ("Eigenes Unternehmen: {name}", "Own firm: {name}"),
    "none": ("(keines)", "(none)"),
    "totals": ("Partner: {partners} (+{archived} archiviert), Beziehungen: {ties} ({assessed} bewertet)",
               "Partners: {partners} (+{archived} archived), relationships: {ties} ({assessed} assessed)"),
    "plans": ("Ziele: {goals} ({live} geplant oder aktiv), Maßnahmen: {actions} ({open} offen, {late} überfällig)",
              "Goals: {goals} ({live} planned or active), actions: {actions} ({open} open, {late} overdue)"),
    "header": (("Netzwerk", "Partner", "Bezieh.", "Ø Stärke", "Ø Qualität", "Ziele", "offene Maßn."),
               ("Network", "partners", "ties", "strength", "quality", "goals", "open actions")),
    "weakest": ("  schwächstes Kriterium {dim}: {criterion} (Ø {score} von 5)",
                "  weakest criterion {dim}: {criterion} (mean {score} of 5)"),
    "structure": ("Struktur", "Structure"),
    "exact": ("Vermittler (über sie laufen die meisten Wege im Netz):",
              "Brokers (most paths in the network run through them):"),
    # the seed stays in the JSON output; the reader learns what it means: the estimate does not change by chance
    "sampled": (("Vermittler (über sie laufen die meisten Wege; geschätzt aus {k} von {n} Partnern, bei jedem "
                 "Lauf gleich):"),
                ("Brokers (most paths run through them; estimated from {k} of {n} partners, the same on every "
                 "run):")),
    "cuts": ("Schlüsselstellen (Partner, ohne die andere den Weg zu Ihnen verlieren): {items}",
             "Cut points (partners without whom others lose their way to you): {items}"),
    "connected": ("Zusammenhängende Teilnetze: {components}; Partner ohne Verbindung zu Ihnen: {alone}",
                  "Connected components: {components}; partners without a link to you: {alone}"),
    "communities": ("Gemeinschaften: {count} (Modularität {q}{approx})",
                    "Communities: {count} (modularity {q}{approx})"),
    "approx": ("; näherungsweise auf vergröbertem Netz", "; approximate, on a coarsened network"),
    "community": ("  {i}. {size} Partner, Schwerpunkt {dim}, {own} direkt mit Ihnen verbunden: {members}",
                  "  {i}. {size} partners, focus {dim}, {own} tied to you directly: {members}"),
    "supply": ("Lieferbeziehungen: {ties} ({foreign} ins Ausland); nach Land: {countries}",
               "Supply relationships: {ties} ({foreign} abroad); by country: {countries}"),
    "recommendations": ("Empfehlungen", "Recommendations"),
    "nothing": ("  Keine – das Netzwerk ist in gutem Zustand.", "  None – the network is in good shape."),
    "severity": ({"high": "hoch", "medium": "mittel", "low": "niedrig"}, {"high": "high", "medium": "medium",
                                                                          "low": "low"}),
}


def _w(key: str, lang: str):
    return _WORDS[key][1 if lang == "en" else 0]


def _names(refs: tuple[Ref, ...] | list[Ref], lang: str) -> str:
    return fmt(list(refs), lang)


def format_text(report: NetworkCheckReport, lang: str = "de") -> str:
    """The report as the command line prints it: figures, structure, supply, ranked recommendations."""
    r, lang = report.result, "en" if lang == "en" else "de"

    def n(value) -> str:  # numbers and dates in the language's style
        return fmt(value, lang)

    lines = [_w("title", lang).format(date=n(r.as_of)),
             _w("own", lang).format(name=r.own_firm.name if r.own_firm else _w("none", lang)),
             _w("totals", lang).format(partners=n(r.partners), archived=n(r.archived_partners),
                                       ties=n(r.relationships), assessed=n(r.assessed_relationships)),
             _w("plans", lang).format(goals=n(r.goals), live=n(r.live_goals), actions=n(r.actions),
                                      open=n(r.open_actions), late=n(len(r.overdue_actions))), ""]
    head = _w("header", lang)
    lines.append(f"{head[0]:<15}{head[1]:>9}{head[2]:>9}{head[3]:>10}{head[4]:>12}{head[5]:>7}{head[6]:>14}")
    for d in r.dimensions:
        strength = n(d.mean_strength) if d.mean_strength is not None else "–"
        quality = n(d.mean_quality) if d.mean_quality is not None else "–"
        lines.append(f"{label(d.dimension, lang):<15}{n(d.partners):>9}{n(d.relationships):>9}{strength:>10}"
                     f"{quality:>12}{n(d.goals):>7}{n(d.open_actions):>14}")
    for d in r.dimensions:
        if d.weakest_criterion is not None:
            lines.append(_w("weakest", lang).format(dim=label(d.dimension, lang),
                                                    criterion=label(d.weakest_criterion, lang),
                                                    score=n(d.weakest_score)))
    lines += ["", _w("structure", lang),
              "  " + _w("connected", lang).format(components=n(r.components), alone=n(len(r.not_connected)))]
    lines.append("  " + (_w("exact", lang) if r.betweenness_exact else _w("sampled", lang).format(
        k=n(r.betweenness_sources), n=n(r.partners))))
    lines += [f"    {b.partner.name} ({_decimal(b.betweenness, lang)})" for b in r.brokers[:5]] or ["    –"]
    if r.cut_points:
        items = [f"{p.partner.name} ({n(p.cut_off)})" for p in r.cut_points[:5]]
        lines.append("  " + _w("cuts", lang).format(items=fmt(items, lang)))
    lines.append("  " + _w("communities", lang).format(
        count=n(r.community_count), q=_decimal(r.modularity, lang),
        approx=_w("approx", lang) if r.communities_approximate else ""))
    for c in r.communities[:5]:
        dim = label(c.main_dimension, lang) if c.main_dimension else "–"
        lines.append("  " + _w("community", lang).format(i=c.index, size=n(c.size), dim=dim, own=n(c.own_ties),
                                                         members=_names(c.members, lang)))
    countries = ", ".join(f"{country_name(s.key, lang)} {n(s.count)}" for s in r.supply_by_country[:6]) or "–"
    lines += ["  " + _w("supply", lang).format(ties=n(r.supply_ties), foreign=n(r.foreign_supply_ties),
                                               countries=countries), "", _w("recommendations", lang)]
    severity = _w("severity", lang)
    lines += [f"  {x.rank}. [{severity[x.severity.value]}] {x.text(lang)}" for x in report.recommendations]
    if not report.recommendations:
        lines.append(_w("nothing", lang))
    return "\n".join(lines) + "\n"


def _decimal(value: float, lang: str, digits: int = 3) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "de" else text
