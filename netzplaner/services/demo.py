"""The built-in demo document and synthetic networks of any size (``netzplaner demo``, "Open demo network").

``write_demo`` writes the fictional network of ``demo_content`` through the ordinary service commands, so the
demo obeys every rule a user's edit obeys. Its dates are offsets from ``today`` (the demo stays fresh: what is
overdue stays overdue) and its ids come from a seeded generator (the same ids every time).

``write_synthetic`` makes a network of N partners for load tests and benchmarks: three communities (one per
network dimension, dense inside, sparse between), about five relationships per partner (exactly 5 N when the
size allows), an own firm tied to a subset, some assessments, goals and actions. It bulk-inserts plain rows in
one unit of work (20,000 partners in a few seconds). The same seed gives the same rows byte for byte: every
date is counted from ``SYNTHETIC_AS_OF`` and every timestamp is ``SYNTHETIC_STAMP``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from itertools import groupby
from datetime import date, datetime, timedelta
from pathlib import Path

from ..analysis.layout import LayoutKind
from ..domain.enums import Criterion
from ..domain.ids import new_id
from . import demo_content as dc
from . import goals, partners, queries, relationships
from .commands import CreateEntity
from .demo_snapshots import add_earlier_states
from .network_map import store_layout
from .workspace import Workspace

DEMO_SEED = 20261101  # the demo's ids are the same in every copy
SYNTHETIC_AS_OF = date(2026, 11, 1)
SYNTHETIC_STAMP = datetime(2026, 11, 1, 9, 0, 0)


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "de"


def _fill(ws: Workspace, commands: list[CreateEntity]) -> None:
    """Insert a batch of new entities in one transaction, with the values their commands cleaned and validated
    (no undo history: a new document has nothing to undo). Applying the commands one by one also ran their rule
    checks and read each row's undo label back: 295 single statements with their reads, half of what
    ``netzplaner --demo`` spent on writing the demo at every start. The content is fixed, the database's keys
    and constraints still hold, and tests/test_demo.py checks that the result is exactly what the checked
    commands write."""
    with ws.store.unit_of_work() as uow:
        for entity, group in groupby(commands, key=lambda command: command.entity):
            uow.insert_many(entity, [command.values for command in group])


# -- the demo network ---------------------------------------------------------------------------------------

def write_demo(path: Path | str, *, lang: str = "de", overwrite: bool = False,
               today: date | None = None) -> queries.Summary:
    """Write the built-in demo network to ``path`` (German or English texts); return its figures.

    Every date is counted from ``today`` (default: the real today). Raises DocumentError like
    ``Workspace.create`` (file exists without ``overwrite``, missing folder); on any later failure the
    half-written file is removed.
    """
    lang, today = _lang(lang), today or date.today()
    path = Path(path)
    rng = random.Random(DEMO_SEED)
    ws = Workspace.create(path, overwrite=overwrite)
    try:
        figures = _write_demo(ws, lang, today, rng)
        store_layout(ws, LayoutKind.CONCENTRIC)  # the demo opens on the "network map" around the own firm
        add_earlier_states(ws, lang, today)  # two workshops before: a comparison and a trend at once (issue 12)
        ws.save()
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        raise
    ws.close()
    return figures


def _write_demo(ws: Workspace, lang: str, today: date, rng: random.Random) -> queries.Summary:
    def day(offset: int | None) -> date | None:
        return None if offset is None else today + timedelta(days=offset)

    domains = {p.key: p.domain for p in dc.PARTNERS}
    names = {p.key: p.name for p in dc.PARTNERS}  # the undo texts' names, known here: no read per relationship
    ids = {p.key: new_id(rng) for p in dc.PARTNERS}
    steps: list[CreateEntity] = []
    for p in dc.PARTNERS:
        steps.append(partners.create_partner(
            ws, id=ids[p.key], name=p.name, kind=p.kind, dimensions=[dc.DIMENSIONS[d] for d in p.dims],
            is_own_firm=p.key == dc.OWN_FIRM, city=p.city, country=p.country, region=p.region,
            industry=_t(dc.INDUSTRIES[p.industry], lang), website=f"https://www.{p.domain}",
            notes=_t(p.notes, lang), tags=[_t(dc.TAGS[t], lang) for t in p.tags], archived=p.archived))
    for c in dc.CONTACTS:
        steps.append(partners.create_contact(
            ws, ids[c.partner], id=new_id(rng), name=c.name, role=_t(dc.ROLES[c.role], lang),
            email=f"{c.email}@{domains[c.partner]}", phone=c.phone, notes=_t(c.notes, lang)))
    _fill(ws, steps)

    rel_ids = [new_id(rng) for _ in dc.RELATIONSHIPS]
    _fill(ws, [relationships.create_relationship(
        ws, ids[r.source], ids[r.target], id=rid, names=(names[r.source], names[r.target]), kind=r.kind,
        strength=r.strength, since=day(r.since), notes=_t(r.notes, lang))
        for rid, r in zip(rel_ids, dc.RELATIONSHIPS)])

    steps = []
    for rid, r in zip(rel_ids, dc.RELATIONSHIPS):
        for a in r.assessments:
            scores = {c: (None if s == "-" else int(s)) for c, s in zip(Criterion, a.scores, strict=True)}
            steps.append(relationships.create_assessment(
                ws, rid, scores, assessed_on=day(a.on), comment=_t(a.comment, lang), id=new_id(rng),
                names=(names[r.source], names[r.target])))
    _fill(ws, steps)

    goal_ids = {g.key: new_id(rng) for g in dc.GOALS}
    _fill(ws, [goals.create_goal(
        ws, id=goal_ids[g.key], title=_t(g.title, lang), description=_t(g.description, lang), benefit=g.benefit,
        dimension=dc.DIMENSIONS[g.dimension] if g.dimension else None, owner=_t(dc.OWNERS[g.owner], lang),
        priority=g.priority, status=g.status, target_date=day(g.target), kpi_name=_t(g.kpi_name, lang),
        kpi_unit=_t(g.kpi_unit, lang), kpi_baseline=g.kpi_baseline, kpi_target=g.kpi_target,
        kpi_current=g.kpi_current, partner_ids=[ids[k] for k in g.partners]) for g in dc.GOALS])

    _fill(ws, [goals.create_action(
        ws, goal_ids[a.goal], id=new_id(rng), title=_t(a.title, lang), owner=_t(dc.OWNERS[a.owner], lang),
        start_date=day(a.start), due_date=day(a.due), status=a.status, priority=a.priority,
        effort_days=a.effort_days, cost_eur=a.cost_eur, partner_id=ids[a.partner] if a.partner else None,
        completed_on=day(a.completed), notes=_t(a.notes, lang)) for a in dc.ACTIONS])

    with ws.store.unit_of_work() as uow:
        uow.set_meta({"title": _t(dc.TITLE, lang), "lang": lang})
    return queries.summary(ws, today)


# -- synthetic networks: plausible pools ----------------------------------------------------------------------

_DIMS = ("regional", "thematic", "international")
_DIM_SHARE = "RRRRRRRRRTTTTTTIIIII"  # 45 % regional, 30 % thematic, 25 % international
_SECOND_DIM = 0.05  # share of partners in two networks (keeps the communities distinct)
_INSIDE = 0.93  # share of a partner's ties inside its own community
_KINDS = {  # letters repeat to weight the draw
    "R": ["supplier"] * 6 + ["customer"] * 4 + ["company"] * 3 + ["service_provider"] * 3
         + ["university", "chamber", "cluster", "public_body", "other", "association", "research_institute"],
    "T": ["association"] * 3 + ["cluster"] * 2 + ["research_institute"] * 3 + ["university"] * 2
         + ["service_provider"] * 3 + ["platform"] * 2 + ["supplier"] * 2 + ["customer"] * 2
         + ["company", "public_body"],
    "I": ["supplier"] * 7 + ["customer"] * 5 + ["company"] * 3 + ["service_provider"] * 2
         + ["platform", "chamber", "association", "research_institute"],
}
_HUB_KINDS = frozenset({"chamber", "cluster", "association", "platform", "university", "research_institute"})
_REL_KINDS = {  # by the kind of the partner at the other end
    "supplier": ["supply"] * 6 + ["cooperation", "knowledge_exchange"],
    "customer": ["sales"] * 6 + ["cooperation", "knowledge_exchange"],
    "company": ["cooperation", "cooperation", "shared_infrastructure", "knowledge_exchange", "skilled_workers"],
    "university": ["research_project", "research_project", "skilled_workers", "knowledge_exchange"],
    "research_institute": ["research_project", "research_project", "knowledge_exchange"],
    "chamber": ["membership", "membership", "skilled_workers", "knowledge_exchange"],
    "association": ["membership", "membership", "knowledge_exchange"],
    "cluster": ["membership", "membership", "knowledge_exchange", "cooperation"],
    "public_body": ["cooperation", "research_project"],
    "service_provider": ["supply", "supply", "cooperation"],
    "platform": ["membership", "knowledge_exchange"],
    "other": ["cooperation", "skilled_workers", "knowledge_exchange"],
}
_INDUSTRY = {
    "supplier": ["guss", "haerten", "blech", "elektro", "lager", "linear", "werkzeuge"],
    "customer": ["medtech", "antrieb", "luftfahrt", "uhren", "mb"], "company": ["mb", "automation", "werkzeug"],
    "service_provider": ["logistik", "it", "mess", "beratung", "software"], "university": ["bildung"],
    "research_institute": ["forschung"], "chamber": ["wirtschaft"], "public_body": ["wirtschaft"],
    "association": ["verband"], "cluster": ["verband"], "platform": ["verband"], "other": ["bildung"],
}
_TAGS = {"R": ["ausbildung", "fachkraefte", "kritisch", "service", "energie"],
         "T": ["forschung", "i40", "am", "leichtbau", "digital", "nachhaltig", "foerder"],
         "I": ["export", "zweitquelle", "messe", "kritisch", "service"]}
_RIVERS = ["Alb", "Neckar", "Donau", "Eyach", "Fils", "Rems", "Murr", "Kocher", "Jagst", "Tauber", "Enz", "Nagold",
           "Glems", "Lauter", "Brenz", "Iller", "Starzel", "Schmiech", "Blau", "Ammer", "Lauchert", "Steinach"]
_ENDINGS = ["tal", "au", "feld", "berg", "bach", "hof", "brunn", "stein", "wald", "blick", "grund", "eck"]
_SURNAMES = ["Maier", "Huber", "Keller", "Brenner", "Fischer", "Walz", "Haug", "Ruoff", "Eberle", "Kugler", "Stehle",
             "Renz", "Wagner", "Hipp", "Mader", "Pfister", "Gaiser", "Kohler", "Seeger", "Dreher", "Nill", "Lutz",
             "Binder", "Rieger", "Speidel", "Mack", "Vogt", "Hellstern", "Sauter", "Grieshaber", "Dold", "Zepf"]
_FIRST = ["Anna", "Lukas", "Sabine", "Jonas", "Petra", "Felix", "Claudia", "Tobias", "Julia", "Markus", "Nina",
          "Stefan", "Laura", "Daniel", "Katrin", "Simon", "Miriam", "Jan", "Heike", "David"]
_STEMS = [("Feinwerktechnik", "Precision Engineering"), ("Maschinenbau", "Machinery"), ("Antriebe", "Drives"),
          ("Automation", "Automation"), ("Metallbau", "Metalworks"), ("Kunststofftechnik", "Plastics"),
          ("Präzisionsteile", "Precision Parts"), ("Oberflächentechnik", "Surface Technology"),
          ("Elektronik", "Electronics"), ("Logistik", "Logistics")]
_TOPICS = [("Fertigungstechnik", "Manufacturing"), ("Leichtbau", "Lightweight Design"),
           ("Automatisierung", "Automation"), ("Werkstoffe", "Materials"), ("Digitalisierung", "Digitalisation"),
           ("Energieeffizienz", "Energy Efficiency"), ("Robotik", "Robotics"), ("Oberflächen", "Surfaces")]
_ORG = {  # kind -> (German pattern, English pattern); {p} place, {t} topic
    "university": ("Hochschule {p}", "{p} University of Applied Sciences"),
    "research_institute": ("Institut für {t} {p}", "{p} Institute of {t}"),
    "chamber": ("Wirtschaftskammer {p}", "{p} Chamber of Commerce"),
    "association": ("Verband {t} {p}", "{p} {t} Association"),
    "cluster": ("Cluster {t} {p}", "{p} {t} Cluster"),
    "public_body": ("Förderagentur {p}", "{p} Funding Agency"),
    "platform": ("Plattform {t} {p}", "{p} {t} Platform"),
    "other": ("Netzwerk {p}", "{p} Network"),
}
_DE_R = [("Balingen", dc.ZAK), ("Albstadt", dc.ZAK), ("Hechingen", dc.ZAK), ("Tuttlingen", dc.TUT),
         ("Trossingen", dc.TUT), ("Reutlingen", dc.NAB), ("Tübingen", dc.NAB), ("Rottweil", "Landkreis Rottweil"),
         ("Sigmaringen", "Landkreis Sigmaringen"), ("Villingen-Schwenningen", "Schwarzwald-Baar-Kreis")]
_DE_T = [("Stuttgart", dc.STR), ("Esslingen am Neckar", dc.STR), ("Karlsruhe", "Baden-Württemberg"),
         ("München", "Bayern"), ("Aachen", "Nordrhein-Westfalen"), ("Dresden", "Sachsen"), ("Chemnitz", "Sachsen"),
         ("Darmstadt", "Hessen"), ("Bremen", "Bremen"), ("Hannover", "Niedersachsen")]
# country -> (weight, cities with region, name roots, legal form, calling code)
_COUNTRIES = {
    "CN": (28, [("Ningbo", "Zhejiang"), ("Suzhou", "Jiangsu"), ("Shenzhen", "Guangdong"), ("Changzhou", "Jiangsu")],
           ["Xinbo", "Ruikai", "Hengtai", "Jinlong", "Huafeng", "Taiyuan", "Meisheng", "Kaida"], "Co., Ltd.", "86"),
    "PL": (11, [("Wrocław", "Dolnośląskie"), ("Poznań", "Wielkopolskie"), ("Katowice", "Śląskie")],
           ["Polmet", "Wistal", "Odrex", "Kratek", "Silmar", "Narex"], "Sp. z o.o.", "48"),
    "CZ": (9, [("Brno", "Jihomoravský kraj"), ("Plzeň", "Plzeňský kraj"),
               ("České Budějovice", "Jihočeský kraj")],
           ["Strojmet", "Vltex", "Budmet", "Jihotech", "Moravex"], "s.r.o.", "420"),
    "FR": (9, [("Strasbourg", "Grand Est"), ("Lyon", "Auvergne-Rhône-Alpes"), ("Annecy", "Auvergne-Rhône-Alpes")],
           ["Mecalor", "Usitec", "Alpmeca", "Savoitec", "Lorrmeca"], "SAS", "33"),
    "IT": (8, [("Brescia", "Lombardia"), ("Bergamo", "Lombardia"), ("Bologna", "Emilia-Romagna")],
           ["Lariatec", "Brixmec", "Padanova", "Orobica", "Emiltec"], "S.r.l.", "39"),
    "US": (8, [("Cleveland", "Ohio"), ("Detroit", "Michigan"), ("Charlotte", "North Carolina")],
           ["Lakeshore", "Ridgeway", "Pinecrest", "Rivermark", "Bluestone"], "Inc.", "1"),
    "IN": (7, [("Pune", "Maharashtra"), ("Chennai", "Tamil Nadu"), ("Bengaluru", "Karnataka")],
           ["Sahyadri", "Kaveri", "Narmada", "Vyomtek", "Konkan"], "Pvt. Ltd.", "91"),
    "CH": (6, [("Zürich", "Zürich"), ("Biel/Bienne", "Bern"), ("St. Gallen", "St. Gallen")],
           ["Jurafeld", "Rheintec", "Aaretal", "Seeland"], "AG", "41"),
    "AT": (6, [("Linz", "Oberösterreich"), ("Graz", "Steiermark"), ("Wels", "Oberösterreich")],
           ["Ennstal", "Traunviertel", "Pongau", "Murtal"], "GmbH", "43"),
    "NL": (4, [("Eindhoven", "Noord-Brabant"), ("Enschede", "Overijssel")], ["Maasland", "Veluwtec"], "B.V.", "31"),
    "SE": (4, [("Göteborg", "Västra Götaland"), ("Västerås", "Västmanland")], ["Norrtec", "Vasatec"], "AB", "46"),
}
_INTL = [c for c, spec in _COUNTRIES.items() for _ in range(spec[0])]
_GOAL_TEXTS = {
    "resilience": [("Lieferkette absichern", "Secure the supply chain"), ("Fachkräfte sichern", "Secure skilled "
                   "workers"), ("Zweitquellen aufbauen", "Build second sources")],
    "innovation": [("Forschungskooperation ausbauen", "Expand research cooperation"),
                   ("Fertigung digitalisieren", "Digitalise production"), ("Neue Werkstoffe erproben",
                                                                           "Trial new materials")],
    "competitiveness": [("Neue Märkte erschließen", "Open up new markets"), ("Energiekosten senken",
                        "Cut energy costs"), ("Service international ausbauen", "Expand service abroad")],
}
_KPIS = {"resilience": (("Anteil Zweitquellen", "Share of second sources"), "%", 20, 80),
         "innovation": (("Pilotprojekte", "Pilot projects"), "#", 0, 5),
         "competitiveness": (("Exportanteil", "Export share"), "%", 25, 45)}
_ACTION_TEXTS = [("Workshop mit Partnern durchführen", "Hold a workshop with partners"),
                 ("Lieferantenaudit durchführen", "Carry out a supplier audit"),
                 ("Förderantrag stellen", "Submit a funding application"),
                 ("Rahmenvertrag verhandeln", "Negotiate a framework agreement"),
                 ("Pilotprojekt starten", "Start a pilot project"), ("Ausbildungsplätze anbieten",
                                                                     "Offer apprenticeships"),
                 ("Messeauftritt planen", "Plan a trade fair presence"),
                 ("Lieferantenbewertung aktualisieren", "Update the supplier rating"),
                 ("Jahresgespräch führen", "Hold the annual partner meeting"),
                 ("Marktstudie beauftragen", "Commission a market study"), ("Schulung organisieren",
                                                                            "Organise training")]
_COMMENTS = [("Verlässlich, aber wenig Austausch.", "Reliable, but little exchange."),
             ("Ziele gemeinsam festgelegt.", "Goals agreed together."), ("Reaktionszeiten zu lang.",
                                                                         "Response times too long."),
             ("Sehr offener Austausch.", "Very open exchange.")]
_STRENGTHS = [1, 2, 2, 3, 3, 3, 4, 4, 5]
_ACTION_STATUSES = ["done"] * 7 + ["in_progress"] * 6 + ["open"] * 5 + ["blocked"] * 2
_GOAL_STATUSES = ["active"] * 5 + ["planned"] * 3 + ["achieved"] * 1 + ["dropped"] * 1
_PRIORITIES = ["high", "medium", "medium", "low"]


# -- synthetic networks: the writer ---------------------------------------------------------------------------

def write_synthetic(path: Path | str, *, partners: int, seed: int = 1, lang: str = "de",
                    overwrite: bool = False) -> None:
    """Write a reproducible synthetic network of ``partners`` partners (own firm included) to ``path``."""
    n = int(partners)
    if n < 2:
        raise ValueError("A synthetic network needs at least 2 partners.")
    lang, path = _lang(lang), Path(path)
    ws = Workspace.create(path, overwrite=overwrite)
    try:
        with ws.store.unit_of_work() as uow:
            _Synthetic(random.Random(seed), n, lang).write(uow)
            title = (f"Synthetic network ({n} partners, seed {seed})" if lang == "en"
                     else f"Synthetisches Netzwerk ({n} Partner, Seed {seed})")
            uow.set_meta({"title": title, "lang": lang})
        store_layout(ws, LayoutKind.FORCE)  # a large network reads best by its clusters
        ws.save()
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        raise
    ws.close()


class _Synthetic:
    def __init__(self, rng: random.Random, n: int, lang: str) -> None:
        self.rng, self.n, self.en = rng, n, lang == "en"
        self.ids = [new_id(rng) for _ in range(n)]
        self.kind: list[str] = []
        self.community: list[str] = []

    def t(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.en else pair[0]

    def day(self, offset: int) -> date:
        return SYNTHETIC_AS_OF + timedelta(days=offset)

    def write(self, uow) -> None:
        partner_rows, dim_rows, tag_rows, contact_rows = self.partners()
        uow.bulk_insert("partner", partner_rows)
        uow.bulk_insert("partner_dimension", dim_rows)
        uow.bulk_insert("tag", tag_rows)
        uow.bulk_insert("contact", contact_rows)
        ties = self.ties()
        uow.bulk_insert("relationship", self.relationship_rows(ties))
        uow.bulk_insert("assessment", self.assessment_rows(ties))
        goal_rows, goal_partner_rows, action_rows = self.plans()
        uow.bulk_insert("goal", goal_rows)
        uow.bulk_insert("goal_partner", goal_partner_rows)
        uow.bulk_insert("action", action_rows)

    # partners, their networks, tags and contacts
    def partners(self):
        rng, stamp = self.rng, SYNTHETIC_STAMP
        own = dc.PARTNERS[0]
        taken = {own.name.casefold()}
        partner_rows = [dict(id=self.ids[0], name=own.name, name_key=own.name.casefold(), kind=own.kind,
                             is_own_firm=True, city=own.city, country=own.country, region=own.region,
                             industry=self.t(dc.INDUSTRIES[own.industry]), website=f"https://www.{own.domain}",
                             notes="", archived=False, pos_x=None, pos_y=None, created_at=stamp, updated_at=stamp)]
        dim_rows = [dict(partner_id=self.ids[0], dimension="regional")]
        tag_rows: list[dict] = []
        contact_rows: list[dict] = []
        self.kind, self.community = [own.kind], ["R"]
        for i in range(1, self.n):
            com = rng.choice(_DIM_SHARE)
            kind = rng.choice(_KINDS[com])
            country = "DE" if com != "I" else rng.choice(_INTL)
            if com == "R":
                city, region = rng.choice(_DE_R)
                root = rng.choice(_RIVERS) + rng.choice(_ENDINGS)
            elif com == "T" or country == "DE":
                city, region = rng.choice(_DE_T)
                root = rng.choice(_RIVERS) + rng.choice(_ENDINGS)
            else:
                spec = _COUNTRIES[country]
                city, region = rng.choice(spec[1])
                root = rng.choice(spec[2])
            name, slug = self.name(kind, country, root)
            key = name.casefold()
            if key in taken:
                number = 2
                while f"{key} {number}" in taken:
                    number += 1
                name, key = f"{name} {number}", f"{key} {number}"
            taken.add(key)
            self.kind.append(kind)
            self.community.append(com)
            pid = self.ids[i]
            partner_rows.append(dict(
                id=pid, name=name, name_key=key, kind=kind, is_own_firm=False, city=city, country=country,
                region=region, industry=self.t(dc.INDUSTRIES[rng.choice(_INDUSTRY[kind])]),
                website=f"https://www.{slug}.example", notes="", archived=rng.random() < 0.01, pos_x=None,
                pos_y=None, created_at=stamp, updated_at=stamp))
            dims = {com}
            if rng.random() < _SECOND_DIM:
                dims.add(rng.choice("RTI"))
            dim_rows.extend(dict(partner_id=pid, dimension=dc.DIMENSIONS[d]) for d in sorted(dims))
            if rng.random() < 0.3:
                tags = {self.t(dc.TAGS[rng.choice(_TAGS[com])]) for _ in range(rng.randint(1, 2))}
                tag_rows.extend(dict(partner_id=pid, name=tag) for tag in sorted(tags))
            for c in range(rng.choice((0, 0, 0, 1, 1, 1, 1, 2))):
                first, last = rng.choice(_FIRST), rng.choice(_SURNAMES)
                role = rng.choice(("gf_m", "gf_w", "vl_m", "ek_w", "qm", "pl_w") if kind not in _HUB_KINDS
                                  else ("koord", "pl_m", "gs", "cm", "transfer"))
                code = "49 7000" if country == "DE" else _COUNTRIES[country][4]
                contact_rows.append(dict(
                    id=new_id(rng), partner_id=pid, name=f"{first} {last}", role=self.t(dc.ROLES[role]),
                    email=f"{first[0]}.{last}@{slug}.example".lower(), phone=f"+{code} 555-{i:05d}{c}", notes=""))
        return partner_rows, dim_rows, tag_rows, contact_rows

    def name(self, kind: str, country: str, root: str) -> tuple[str, str]:
        rng = self.rng
        if kind in _ORG:
            pattern = _ORG[kind][1 if self.en else 0]
            return pattern.format(p=root, t=self.t(rng.choice(_TOPICS))), root.lower()
        stem = rng.choice(_STEMS)
        if country == "DE":
            surname = rng.choice(_SURNAMES)
            return f"{surname} {self.t(stem)} {root} GmbH", f"{surname}-{root}".lower()
        return f"{root} {stem[1]} {_COUNTRIES[country][3]}", f"{root}-{stem[1].split()[0]}".lower()

    # relationships: (source, target, kind) index triples
    def ties(self) -> list[tuple[int, int, str]]:
        rng, n, kind = self.rng, self.n, self.kind
        members = {c: sorted((i for i in range(1, n) if self.community[i] == c),
                             key=lambda i: (kind[i] not in _HUB_KINDS, i)) for c in "RTI"}
        everybody = list(range(1, n)) or [0]
        ties: list[tuple[int, int, str]] = []
        seen: set[tuple[int, int, str]] = set()

        def add(a: int, b: int, rel_kind: str) -> None:
            pair = (a, b, rel_kind) if a < b else (b, a, rel_kind)
            if a != b and pair not in seen:
                seen.add(pair)
                ties.append((a, b, rel_kind))

        for b in rng.sample(range(1, n), min(n - 1, 20 + n // 100)):  # the own firm knows a subset directly
            add(0, b, rng.choice(_REL_KINDS[kind[b]]))
        target = 5 * n
        limit, attempts, source = 30 * target, 0, 0
        while len(ties) < target and attempts < limit:
            attempts += 1
            source = source % (n - 1) + 1  # every partner starts ties in turn
            group = members[self.community[source]] if rng.random() < _INSIDE else everybody
            if len(group) < 2 or attempts > 10 * target:  # tiny networks: anybody, the own firm included
                group = range(n)
            size = len(group)
            pick = int(size * rng.random() ** 2) if rng.random() < 0.3 else rng.randrange(size)  # a few hubs
            other = group[min(pick, size - 1)]
            end = other if kind[other] != "company" or other == 0 else source
            add(source, other, rng.choice(_REL_KINDS[kind[end]]))
        return ties

    def relationship_rows(self, ties: list[tuple[int, int, str]]) -> Iterable[dict]:
        rng, ids, stamp = self.rng, self.ids, SYNTHETIC_STAMP
        self.tie_ids = [new_id(rng) for _ in ties]
        self.strength = [rng.choice(_STRENGTHS) for _ in ties]
        for tid, (a, b, rel_kind), strength in zip(self.tie_ids, ties, self.strength):
            yield dict(id=tid, source_id=ids[a], target_id=ids[b], kind=rel_kind, strength=strength,
                       since=self.day(-rng.randint(30, 20 * 365)), notes="", created_at=stamp, updated_at=stamp)

    def assessment_rows(self, ties: list[tuple[int, int, str]]) -> Iterable[dict]:
        rng, criteria = self.rng, [c.value for c in Criterion]
        for tid, strength in zip(self.tie_ids, self.strength):
            if rng.random() >= 0.3:
                continue
            for _ in range(2 if rng.random() < 0.25 else 1):
                scores = {c: (None if rng.random() < 0.15 else max(1, min(5, strength + rng.choice((-1, 0, 0, 1)))))
                          for c in criteria}
                if all(v is None for v in scores.values()):
                    scores["trust"] = strength
                comment = self.t(rng.choice(_COMMENTS)) if rng.random() < 0.2 else ""
                yield dict(id=new_id(rng), relationship_id=tid, assessed_on=self.day(-rng.randint(10, 1400)),
                           comment=comment, created_at=SYNTHETIC_STAMP, **scores)

    # goals, their partners and actions
    def plans(self):
        rng, n, stamp = self.rng, self.n, SYNTHETIC_STAMP
        owners = [self.t(o) for o in dc.OWNERS.values()]
        goal_rows, goal_partner_rows, action_rows, linked = [], [], [], []
        for g in range(max(3, n // 200)):
            benefit = ("resilience", "innovation", "competitiveness")[g % 3]
            dim = (None, "R", "T", "I")[g % 4]
            texts = _GOAL_TEXTS[benefit]
            title = self.t(texts[(g // 3) % len(texts)]) + (f" ({g // 9 + 1})" if g >= 9 else "")
            kpi, unit, low, high = _KPIS[benefit]
            status = rng.choice(_GOAL_STATUSES)
            gid = new_id(rng)
            goal_rows.append(dict(
                id=gid, title=title, description="", benefit=benefit, dimension=dc.DIMENSIONS.get(dim),
                owner=rng.choice(owners), priority=rng.choice(_PRIORITIES), status=status,
                target_date=self.day(rng.randint(-60, 900)), kpi_name=self.t(kpi), kpi_unit=unit,
                kpi_baseline=float(low), kpi_target=float(high),
                kpi_current=float(high if status == "achieved" else rng.randint(low, high)),
                created_at=stamp, updated_at=stamp))
            chosen = sorted({rng.randrange(1, n) for _ in range(rng.randint(3, 8))})
            linked.append(chosen)
            goal_partner_rows.extend(dict(goal_id=gid, partner_id=self.ids[p]) for p in chosen)
        for _ in range(max(5, n // 20)):
            g = rng.randrange(len(goal_rows))
            start = rng.randint(-400, 90)
            due = start + rng.randint(14, 240)
            status = "open" if start > 0 else rng.choice(_ACTION_STATUSES)
            completed = min(0, start + rng.randint(1, due - start + 30)) if status == "done" else None
            effort = float(rng.randint(1, 30)) if rng.random() < 0.7 else None
            partner = self.ids[rng.choice(linked[g])] if rng.random() < 0.6 else None
            action_rows.append(dict(
                id=new_id(rng), goal_id=goal_rows[g]["id"], title=self.t(rng.choice(_ACTION_TEXTS)),
                owner=rng.choice(owners), start_date=self.day(start), due_date=self.day(due), status=status,
                priority=rng.choice(_PRIORITIES), effort_days=effort,
                cost_eur=None if effort is not None else float(rng.randint(1, 100) * 500), partner_id=partner,
                completed_on=None if completed is None else self.day(max(completed, start)), notes="",
                created_at=stamp, updated_at=stamp))
        return goal_rows, goal_partner_rows, action_rows
