"""Recommendations from the network check: rules, their German and English sentences, and their ranking.

Each rule looks at the ``CheckResult`` and may raise findings: a stable rule key, a severity, the evidence (the
partners, goals, actions or relationships concerned) and parameters. The sentence is the rule's template filled
with the parameters, in German and in English, without Qt (like ``domain.vocabulary``). Templates use
``{name}`` for a parameter and ``{name|singular|plural}`` for words that follow a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum

from ..domain import formatting
from ..domain.enums import Dimension, PartnerKind, Priority
from ..domain.vocabulary import label
from .check import WEAK_STRENGTH, CheckResult, Ref, TieRef

RESEARCH = frozenset({PartnerKind.UNIVERSITY, PartnerKind.RESEARCH_INSTITUTE})
THEMATIC_HUBS = frozenset({PartnerKind.ASSOCIATION, PartnerKind.CLUSTER, PartnerKind.PLATFORM})
FOREIGN_HUBS = frozenset({PartnerKind.CHAMBER, PartnerKind.ASSOCIATION, PartnerKind.PLATFORM})
CONCENTRATION = 0.5  # more than half of the supply relationships on one partner or in one country
MIN_SUPPLY_TIES = 3
ONE_COUNTRY = 0.75  # international partners: this share or more in one country
LOW_QUALITY, VERY_LOW_QUALITY, MIN_ASSESSED = 50.0, 35.0, 3
LOOSE_SHARE, MIN_LOOSE = 0.2, 3
BIG_CUT = 5  # partners cut off: from here the loss of one partner is a high risk
MIN_COMMUNITY = 5
LISTED = 3  # names in a sentence; the evidence holds up to EVIDENCE
EVIDENCE = 20


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


# rule -> (German, English); the order of this table is the order of importance within a severity
TEMPLATES: dict[str, tuple[str, str]] = {
    "supplier_single_access": (
        "{suppliers} {count|ist|sind} nur über {gate} erreichbar. Fällt {gate} weg, reißt der Zugang ab – "
        "bauen Sie eine direkte Beziehung auf.",
        "{suppliers} {count|is|are} reachable only through {gate}. If {gate} drops out, you lose access – "
        "build a direct relationship."),
    "supply_partner_concentration": (
        "{share} der Lieferbeziehungen im Netzwerk ({count} von {total}) hängen an {partner}. Das ist ein "
        "Klumpenrisiko – qualifizieren Sie eine Zweitquelle.",
        "{share} of the supply relationships in the network ({count} of {total}) depend on {partner}. That is "
        "a concentration risk – qualify a second source."),
    "supply_country_concentration": (
        "{share} der Lieferbeziehungen ins Ausland ({count} von {total}) entfallen auf ein Land, {country}: "
        "{partners}. Verteilen Sie das Risiko auf weitere Länder, etwa mit europäischen Zweitquellen.",
        "{share} of the foreign supply relationships ({count} of {total}) are with one country, {country}: "
        "{partners}. Spread the risk over more countries, for example with European second sources."),
    "cut_point": (
        "Fällt {partner} weg, verlieren {cut_off} {cut_off|Partner|Partner} jede Verbindung zu Ihrem "
        "Unternehmen (etwa {examples}). Schaffen Sie einen zweiten Weg oder direkte Kontakte.",
        "If {partner} drops out, {cut_off} {cut_off|partner loses|partners lose} every link to your firm "
        "(for example {examples}). Build a second route or direct contacts."),
    "regional_without_research": (
        "Im regionalen Netzwerk ({partners} Partner) fehlt eine Hochschule oder Forschungseinrichtung – die "
        "wichtigste Quelle für Fachkräfte und Know-how vor Ort. Nehmen Sie Kontakt zur nächsten Hochschule auf.",
        "The regional network ({partners} partners) has no university or research institute – the main local "
        "source of skilled workers and know-how. Get in touch with the nearest university."),
    "overdue_actions": (
        "{count} {count|Maßnahme ist|Maßnahmen sind} überfällig, am längsten „{oldest}“ ({days} Tage). "
        "Klären Sie Verantwortung und neue Termine in der nächsten Leitungsrunde.",
        "{count} {count|action is|actions are} overdue, the longest “{oldest}” ({days} days). Settle who is "
        "responsible and new dates at the next management meeting."),
    "goals_without_open_actions": (
        "{count} {count|Ziel hat|Ziele haben} keine offene Maßnahme: {goals}. Planen Sie den nächsten Schritt "
        "mit Verantwortlichem und Termin.",
        "{count} {count|goal has|goals have} no open action: {goals}. Plan the next step with an owner and "
        "a date."),
    "partners_without_network": (
        "{count} {count|Partner hat|Partner haben} noch kein Netzwerk, etwa {examples}. Ordnen Sie sie Regional, "
        "Fachlich oder International zu – erst dann zählen sie in den Zahlen je Netzwerk.",
        "{count} {count|partner has|partners have} no network yet, such as {examples}. Assign them to Regional, "
        "Thematic or International – only then do they count in the figures per network."),
    "dimension_without_partners": (
        "Im Netzwerk „{dimension}“ ist noch kein Partner erfasst – eine der drei Säulen Ihres Netzwerks fehlt.",
        "The {dimension} network has no partners yet – one of the three pillars of your network is missing."),
    "international_one_country": (
        "{count} von {total} internationalen Partnern sitzen in einem Land, {country}. Ein Ausfall dort trifft "
        "Ihr internationales Netzwerk als Ganzes – erschließen Sie Partner in weiteren Ländern.",
        "{count} of {total} international partners are in one country, {country}. A disruption there hits your "
        "whole international network – find partners in more countries."),
    "dimension_low_quality": (
        "Die Beziehungsqualität im Netzwerk „{dimension}“ ist niedrig: Qualitätsindex {quality} von 100 über "
        "{assessed} bewertete Beziehungen, am schwächsten „{criterion}“ (Ø {score} von 5). Sprechen Sie das in "
        "den nächsten Partnergesprächen an.",
        "Relationship quality in the {dimension} network is low: quality index {quality} of 100 over "
        "{assessed} assessed relationships, weakest “{criterion}” (mean {score} of 5). Raise it in your next "
        "partner meetings."),
    "dimension_without_goal": (
        "Für das Netzwerk „{dimension}“ ({partners} Partner) gibt es kein geplantes oder aktives Ziel. Ohne Ziel "
        "bleibt es eine Kontaktliste – vereinbaren Sie ein Ziel mit Kennzahl.",
        "The {dimension} network ({partners} partners) has no planned or active goal. Without a goal it stays "
        "a contact list – agree a goal with a KPI."),
    "thematic_without_association": (
        "Im fachlichen Netzwerk ({partners} Partner) fehlt ein Verband, Cluster oder Arbeitskreis, der Sie früh "
        "über Trends wie Industrie 4.0 oder neue Werkstoffe informiert. Treten Sie einem passenden bei.",
        "The thematic network ({partners} partners) has no association, cluster or working group to keep you "
        "informed early about trends such as Industry 4.0 or new materials. Join a suitable one."),
    "loose_contacts": (
        "{count} von {total} Partnern ({share}) sind lose Kontakte ohne Ziel, Maßnahme oder bewertete starke "
        "Beziehung, etwa {examples}. Entscheiden Sie je Partner: einbinden oder archivieren.",
        "{count} of {total} partners ({share}) are loose contacts without a goal, an action or an assessed "
        "strong relationship, such as {examples}. Decide for each: involve or archive."),
    "key_broker_weak_tie": (
        "{partner} verbindet große Teile Ihres Netzwerks (Vermittler Nr. {position}), Ihre direkte Beziehung "
        "ist aber {tie}. Stärken Sie den Draht zu diesem Schlüsselpartner.",
        "{partner} connects large parts of your network (broker no. {position}), but your direct relationship "
        "is {tie}. Strengthen your tie with this key partner."),
    "community_without_own_tie": (
        "Eine Gruppe von {size} Partnern (Schwerpunkt: {dimension}, etwa {members}) hat keine direkte Beziehung "
        "zu Ihrem Unternehmen. Knüpfen Sie einen direkten Kontakt, am besten zu {first}.",
        "A group of {size} partners (focus: {dimension}, such as {members}) has no direct relationship with "
        "your firm. Make a direct contact, best with {first}."),
    "bridge_relationship": (
        "Die Beziehung {near} – {far} ist die einzige Verbindung zu {cut_off} Partnern. Pflegen Sie sie und "
        "schaffen Sie einen zweiten Draht.",
        "The relationship {near} – {far} is the only link to {cut_off} partners. Look after it and build a "
        "second line."),
    "goals_past_target": (
        "Bei {count} {count|Ziel|Zielen} ist der Zieltermin verstrichen: {goals}. Entscheiden Sie: erreicht, "
        "verschoben oder verworfen.",
        "{count} {count|goal is|goals are} past the target date: {goals}. Decide: achieved, postponed or "
        "dropped."),
    "blocked_actions": (
        "{count} {count|Maßnahme ist|Maßnahmen sind} blockiert: {actions}. Lösen Sie die Blockade gemeinsam "
        "mit dem Partner.",
        "{count} {count|action is|actions are} blocked: {actions}. Clear the block together with the partner."),
    "assessments_outdated": (
        "{count} {count|Beziehung ist|Beziehungen sind} seit über einem Jahr nicht neu bewertet, am längsten "
        "{oldest} (zuletzt {since}). Bewerten Sie sie im nächsten Gespräch neu.",
        "{count} {count|relationship has|relationships have} not been reassessed for over a year, the longest "
        "{oldest} (last on {since}). Reassess them at the next meeting."),
    "own_ties_unassessed": (
        "{count} von {total} Ihrer Beziehungen {count|ist|sind} noch nie bewertet worden, darunter {examples}. "
        "Ohne Bewertung sehen Sie nicht, wo Sie nachsteuern müssen.",
        "{count} of your {total} relationships {count|has|have} never been assessed, among them {examples}. "
        "Without an assessment you cannot see where to act."),
    "international_without_chamber": (
        "Im internationalen Netzwerk ({partners} Partner) fehlt eine Auslandshandelskammer, ein bilateraler "
        "Wirtschaftsverband oder eine europäische Plattform; sie senken die Hürden in neuen Märkten.",
        "The international network ({partners} partners) has no chamber abroad, bilateral business "
        "association or European platform; they lower the barriers to new markets."),
    "not_connected": (
        "{count} {count|Partner hat|Partner haben} keinerlei Verbindung zu Ihrem Unternehmen, auch nicht über "
        "Dritte, etwa {examples}. Erfassen Sie die Beziehung oder archivieren Sie den Partner.",
        "{count} {count|partner has|partners have} no link at all to your firm, not even through others, such "
        "as {examples}. Record the relationship or archive the partner."),
    "open_under_closed_goals": (
        "{count} {count|Maßnahme ist|Maßnahmen sind} noch offen, obwohl das Ziel erreicht oder verworfen ist: "
        "{actions}. Schließen Sie sie ab oder ordnen Sie sie neu zu.",
        "{count} {count|action is|actions are} still open although the goal is achieved or dropped: "
        "{actions}. Close them or move them to another goal."),
}
_ORDER = {rule: i for i, rule in enumerate(TEMPLATES)}
_SEVERITY = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


@dataclass(frozen=True)
class Recommendation:
    rule: str
    severity: Severity
    rank: int  # 1 = most important
    params: dict[str, object]
    evidence_kind: str  # "partner", "goal", "action" or "relationship"
    evidence: tuple[Ref, ...]  # id and name (or title) of what the sentence is about
    evidence_count: int  # all of them; ``evidence`` holds at most EVIDENCE
    text_de: str
    text_en: str

    def text(self, lang: str = "de") -> str:
        return self.text_en if lang == "en" else self.text_de


@dataclass(frozen=True)
class _Finding:
    rule: str
    severity: Severity
    params: dict[str, object]
    kind: str
    evidence: list[Ref] = field(default_factory=list)
    weight: float = 0.0  # orders findings of the same rule and severity: the bigger first


def recommend(result: CheckResult) -> tuple[Recommendation, ...]:
    """All recommendations, most important first: by severity, then the rule's place in TEMPLATES, then
    the size of what it found."""
    found = [f for rule in _RULES for f in rule(result)]
    found.sort(key=lambda f: (_SEVERITY[f.severity], _ORDER[f.rule], -f.weight,
                              f.evidence[0].id if f.evidence else ""))
    return tuple(Recommendation(f.rule, f.severity, i, f.params, f.kind, tuple(f.evidence[:EVIDENCE]),
                                len(f.evidence), render(f.rule, f.params, "de"), render(f.rule, f.params, "en"))
                 for i, f in enumerate(found, start=1))


# -- rendering ------------------------------------------------------------------------------------------------

class Country(str):
    """A parameter holding an ISO country code, shown as the country's name."""


@dataclass(frozen=True)
class Words:
    """A parameter that is itself a phrase in both languages."""

    de: str
    en: str


_PLURAL = re.compile(r"\{(\w+)\|([^|}]*)\|([^}]*)\}")
_FIELD = re.compile(r"\{(\w+)\}")


def render(rule: str, params: dict[str, object], lang: str) -> str:
    template = TEMPLATES[rule][1 if lang == "en" else 0]
    template = _PLURAL.sub(lambda m: m.group(2) if params[m.group(1)] == 1 else m.group(3), template)

    def fill(m: re.Match) -> str:
        text = fmt(params[m.group(1)], lang, share=m.group(1) == "share")
        follows = template[m.end():m.end() + 1]
        return text[:-1] if text.endswith(".") and follows == "." else text  # "Co., Ltd." ends the sentence

    return _FIELD.sub(fill, template)


def country_name(code: str, lang: str = "de") -> str:
    names = _COUNTRIES.get(code.upper())
    return (names[1] if lang == "en" else names[0]) if names else code


_COUNTRIES = {  # the countries a Mittelstand network most often spans; others stay as their ISO code
    "DE": ("Deutschland", "Germany"), "AT": ("Österreich", "Austria"), "CH": ("Schweiz", "Switzerland"),
    "FR": ("Frankreich", "France"), "IT": ("Italien", "Italy"), "NL": ("Niederlande", "Netherlands"),
    "BE": ("Belgien", "Belgium"), "PL": ("Polen", "Poland"), "CZ": ("Tschechien", "Czechia"),
    "HU": ("Ungarn", "Hungary"), "SK": ("Slowakei", "Slovakia"), "RO": ("Rumänien", "Romania"),
    "ES": ("Spanien", "Spain"), "PT": ("Portugal", "Portugal"), "SE": ("Schweden", "Sweden"),
    "DK": ("Dänemark", "Denmark"), "FI": ("Finnland", "Finland"), "GB": ("Großbritannien", "United Kingdom"),
    "TR": ("Türkei", "Türkiye"), "US": ("USA", "USA"), "CA": ("Kanada", "Canada"), "MX": ("Mexiko", "Mexico"),
    "BR": ("Brasilien", "Brazil"), "CN": ("China", "China"), "JP": ("Japan", "Japan"),
    "KR": ("Südkorea", "South Korea"), "TW": ("Taiwan", "Taiwan"), "IN": ("Indien", "India"),
    "VN": ("Vietnam", "Vietnam"), "TH": ("Thailand", "Thailand"), "SG": ("Singapur", "Singapore"),
}


def fmt(value: object, lang: str, *, share: bool = False) -> str:
    """A parameter as it reads in a sentence: names joined, numbers and dates in the language's style."""
    de = lang != "en"
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, date):
        return formatting.day(value, lang)
    if isinstance(value, (list, tuple)):  # "A, B, C und 4 weitere"; never "1 weitere" (it has a gender)
        shown = value if len(value) <= LISTED + 1 else value[:LISTED]
        names = [fmt(v, lang) for v in shown]
        if len(shown) < len(value):
            names.append(f"{len(value) - LISTED} weitere" if de else f"{len(value) - LISTED} more")
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + (" und " if de else " and ") + names[-1]
    if isinstance(value, Ref):
        return value.name
    if isinstance(value, Words):
        return value.de if de else value.en
    if isinstance(value, Country):
        return country_name(value, lang)
    if share and isinstance(value, float):
        return formatting.percent(value, lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value, lang)  # the window and the workbook round the same way (half up)
    return str(value)


# -- the rules ----------------------------------------------------------------------------------------------

def _tie_name(tie: TieRef) -> str:
    return f"{tie.a.name} – {tie.b.name}"


def _supply(r: CheckResult) -> Iterator[_Finding]:
    for gate in r.gates:
        named = [*gate.critical, *(s for s in gate.suppliers if s not in gate.critical)]
        yield _Finding("supplier_single_access", Severity.HIGH if gate.critical else Severity.MEDIUM,
                       dict(suppliers=named, count=len(named), gate=gate.gate), "partner", [*named, gate.gate],
                       1000 * len(gate.critical) + len(named))
    top = r.supply_by_partner[0] if r.supply_by_partner else None
    if top and r.supply_ties >= MIN_SUPPLY_TIES and top.share > CONCENTRATION:
        yield _Finding("supply_partner_concentration", Severity.HIGH,
                       dict(share=top.share, count=top.count, total=top.total, partner=top.label),
                       "partner", [Ref(top.key, top.label)], top.share)
    foreign = [s for s in r.supply_by_country if s.key != r.home_country]
    total = sum(s.count for s in foreign)
    if total >= MIN_SUPPLY_TIES and foreign[0].count / total > CONCENTRATION:
        first, share = foreign[0], round(foreign[0].count / total, 3)
        yield _Finding("supply_country_concentration", Severity.HIGH if share >= ONE_COUNTRY else Severity.MEDIUM,
                       dict(share=share, count=first.count, total=total, country=Country(first.key),
                            partners=list(first.partners)), "partner", list(first.partners), share)


def _structure(r: CheckResult) -> Iterator[_Finding]:
    if r.own_firm is None:  # every sentence here is about the way to the own firm
        return
    named = set()
    for p in r.cut_points[:LISTED]:
        severity = Severity.HIGH if p.cut_off >= BIG_CUT else Severity.MEDIUM if p.cut_off >= 2 else Severity.LOW
        named.add(p.partner.id)
        yield _Finding("cut_point", severity, dict(partner=p.partner, cut_off=p.cut_off, examples=list(p.examples)),
                       "partner", [p.partner, *p.examples], p.cut_off)
    bridges = [b for b in r.bridges if b.cut_off >= 3 and not {b.near.id, b.far.id} & named]
    for b in bridges[:LISTED]:
        yield _Finding("bridge_relationship", Severity.MEDIUM, dict(near=b.near, far=b.far, cut_off=b.cut_off),
                       "partner", [b.near, b.far], b.cut_off)
    weak = [(i, b) for i, b in enumerate(r.brokers[:5], start=1) if b.own_tie is None or b.own_tie <= WEAK_STRENGTH]
    for position, b in weak[:LISTED]:
        tie = (Words("nicht vorhanden", "missing") if b.own_tie is None
               else Words(f"schwach (Stärke {b.own_tie})", f"weak (strength {b.own_tie})"))
        yield _Finding("key_broker_weak_tie", Severity.MEDIUM, dict(partner=b.partner, position=position, tie=tie),
                       "partner", [b.partner], b.betweenness)
    lonely = [c for c in r.communities if c.size >= MIN_COMMUNITY and not c.has_own_firm and not c.own_ties]
    for c in lonely[:LISTED]:
        yield _Finding("community_without_own_tie", Severity.MEDIUM,
                       dict(size=c.size, dimension=c.main_dimension or Words("gemischt", "mixed"),
                            members=list(c.members), first=c.members[0]), "partner", list(c.members), c.size)
    if r.not_connected:
        yield _Finding("not_connected", Severity.LOW,
                       dict(count=len(r.not_connected), examples=list(r.not_connected[:LISTED])),
                       "partner", list(r.not_connected), len(r.not_connected))


def _dimensions(r: CheckResult) -> Iterator[_Finding]:
    figures = {d.dimension: d for d in r.dimensions}
    if r.without_network:
        yield _Finding("partners_without_network", Severity.MEDIUM,
                       dict(count=len(r.without_network), examples=list(r.without_network[:LISTED])),
                       "partner", list(r.without_network), len(r.without_network))
    for d in r.dimensions:
        where = [Ref(d.dimension.value, d.dimension.value)]
        if d.partners == 0:
            yield _Finding("dimension_without_partners", Severity.MEDIUM, dict(dimension=d.dimension),
                           "dimension", where)
            continue
        if not d.goals:
            yield _Finding("dimension_without_goal", Severity.MEDIUM,
                           dict(dimension=d.dimension, partners=d.partners), "dimension", where, d.partners)
        if d.mean_quality is not None and d.assessed >= MIN_ASSESSED and d.mean_quality < LOW_QUALITY:
            yield _Finding("dimension_low_quality",
                           Severity.HIGH if d.mean_quality < VERY_LOW_QUALITY else Severity.MEDIUM,
                           dict(dimension=d.dimension, quality=d.mean_quality, assessed=d.assessed,
                                criterion=d.weakest_criterion, score=d.weakest_score),
                           "dimension", where, LOW_QUALITY - d.mean_quality)
    checks = ((Dimension.REGIONAL, RESEARCH, "regional_without_research", Severity.HIGH),
              (Dimension.THEMATIC, THEMATIC_HUBS, "thematic_without_association", Severity.MEDIUM),
              (Dimension.INTERNATIONAL, FOREIGN_HUBS, "international_without_chamber", Severity.LOW))
    for dim, kinds, rule, severity in checks:
        d = figures[dim]
        if d.partners and not kinds & set(d.kinds):
            yield _Finding(rule, severity, dict(partners=d.partners), "dimension", [Ref(dim.value, dim.value)])
    abroad = {c: n for c, n in figures[Dimension.INTERNATIONAL].countries.items() if c != r.home_country}
    total = sum(abroad.values())
    if total >= MIN_SUPPLY_TIES:
        country, count = max(abroad.items(), key=lambda kv: (kv[1], kv[0]))
        if count / total >= ONE_COUNTRY:
            yield _Finding("international_one_country", Severity.MEDIUM,
                           dict(count=count, total=total, country=Country(country)), "dimension",
                           [Ref(Dimension.INTERNATIONAL.value, Dimension.INTERNATIONAL.value)], count / total)


def _plans(r: CheckResult) -> Iterator[_Finding]:
    def goals(items):
        return [Ref(g.id, g.title) for g in items]

    def actions(items):
        return [Ref(a.id, a.title) for a in items]

    if r.overdue_actions:
        first, count = r.overdue_actions[0], len(r.overdue_actions)
        urgent = count >= 5 or any(a.priority == Priority.HIGH for a in r.overdue_actions)
        yield _Finding("overdue_actions", Severity.HIGH if urgent else Severity.MEDIUM,
                       dict(count=count, oldest=first.title, days=first.days_overdue or 0), "action",
                       actions(r.overdue_actions), count)
    if r.goals_without_open_actions:
        items = r.goals_without_open_actions
        urgent = any(g.priority == Priority.HIGH for g in items)
        yield _Finding("goals_without_open_actions", Severity.HIGH if urgent else Severity.MEDIUM,
                       dict(count=len(items), goals=[g.title for g in items]), "goal", goals(items), len(items))
    if r.goals_past_target:
        items = r.goals_past_target
        yield _Finding("goals_past_target", Severity.MEDIUM, dict(count=len(items), goals=[g.title for g in items]),
                       "goal", goals(items), len(items))
    if r.blocked_actions:
        items = r.blocked_actions
        urgent = any(a.priority == Priority.HIGH for a in items)
        yield _Finding("blocked_actions", Severity.MEDIUM if urgent else Severity.LOW,
                       dict(count=len(items), actions=[a.title for a in items]), "action", actions(items), len(items))
    if r.open_under_closed_goals:
        items = r.open_under_closed_goals
        yield _Finding("open_under_closed_goals", Severity.LOW,
                       dict(count=len(items), actions=[a.title for a in items]), "action", actions(items), len(items))


def _care(r: CheckResult) -> Iterator[_Finding]:
    others = r.partners - (1 if r.own_firm else 0)
    loose = r.loose_contacts
    if others and len(loose) >= MIN_LOOSE and len(loose) / others >= LOOSE_SHARE:
        share = round(len(loose) / others, 3)
        yield _Finding("loose_contacts", Severity.HIGH if share >= 0.5 else Severity.MEDIUM,
                       dict(count=len(loose), total=others, share=share, examples=list(loose[:LISTED])),
                       "partner", list(loose), share)
    old = r.outdated_assessments
    if old:
        many = len(old) >= 10 or len(old) / max(r.assessed_relationships, 1) >= 0.25
        yield _Finding("assessments_outdated", Severity.MEDIUM if many else Severity.LOW,
                       dict(count=len(old), oldest=_tie_name(old[0]), since=old[0].assessed_on),
                       "relationship", [Ref(t.id, _tie_name(t)) for t in old], len(old))
    never = r.unassessed_own_ties
    if never:
        many = len(never) >= MIN_LOOSE and len(never) / max(r.own_ties, 1) >= 0.5
        yield _Finding("own_ties_unassessed", Severity.MEDIUM if many else Severity.LOW,
                       dict(count=len(never), total=r.own_ties, examples=[t.b for t in never[:LISTED]]),
                       "relationship", [Ref(t.id, _tie_name(t)) for t in never], len(never))


_RULES = (_supply, _structure, _dimensions, _plans, _care)
