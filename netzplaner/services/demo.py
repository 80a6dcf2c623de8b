"""The demo document and synthetic networks of any size.

``write_demo`` builds the built-in network through the ordinary service commands (so it obeys every rule);
``write_synthetic`` bulk-inserts plain rows in one unit of work, fast enough for 20,000 partners.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.enums import ActionStatus, Benefit, Criterion, Dimension, GoalStatus, PartnerKind, Priority, RelationshipKind
from ..domain.ids import new_id
from . import demo_content as content
from . import goals, partners, relationships
from .workspace import Workspace

DIMENSION_CODES = {"R": Dimension.REGIONAL, "T": Dimension.THEMATIC, "I": Dimension.INTERNATIONAL}
DEMO_SEED = 20261124


def _text(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def write_demo(path: Path | str, *, lang: str = "de", overwrite: bool = False, today: date | None = None) -> None:
    """Write the built-in demo network (a fictional machine builder in Baden-Württemberg) to ``path``."""
    today = today or date.today()
    rng = random.Random(DEMO_SEED)
    day = lambda offset: today + timedelta(days=offset)  # noqa: E731
    with Workspace.create(path, overwrite=overwrite) as ws:
        ids: dict[str, str] = {}
        for key, name, kind, dims, city, country, region, industry, notes, tags in [content.OWN_FIRM, *content.PARTNERS]:
            ids[key] = new_id(rng)
            ws.apply(partners.create_partner(
                ws, id=ids[key], name=name, kind=kind, dimensions=[DIMENSION_CODES[d] for d in dims],
                is_own_firm=key == content.OWN_FIRM[0], city=city, country=country, region=region,
                industry=_text(industry, lang), notes=_text(notes, lang),
                website=f"https://www.{key.replace('_', '-')}.example",
                tags=[_text(t, lang) for t in tags]))
        for number, (key, name, role, user, phone) in enumerate(content.CONTACTS):
            ws.apply(partners.create_contact(
                ws, ids[key], id=new_id(rng), name=name, role=_text(role, lang),
                email=f"{user}@{key.replace('_', '-')}.example", phone=f"+49 7433 555-{phone}"))
        rel_ids: dict[str, str] = {}
        for key, source, target, kind, strength, since in content.RELATIONSHIPS:
            rel_ids[key] = new_id(rng)
            ws.apply(relationships.create_relationship(
                ws, ids[source], ids[target], id=rel_ids[key], kind=kind, strength=strength, since=day(-since)))
        for key, ago, scores, comment in content.ASSESSMENTS:
            ws.apply(relationships.create_assessment(
                ws, rel_ids[key], {c: (s or None) for c, s in zip(Criterion, scores)}, assessed_on=day(-ago),
                comment=_text(comment, lang), id=new_id(rng)))
        goal_ids: dict[str, str] = {}
        for (key, title, description, benefit, dimension, owner, priority, status, target, kpi, unit,
             baseline, kpi_target, current, linked) in content.GOALS:
            goal_ids[key] = new_id(rng)
            ws.apply(goals.create_goal(
                ws, id=goal_ids[key], title=_text(title, lang), description=_text(description, lang), benefit=benefit,
                dimension=dimension, owner=owner, priority=priority, status=status, target_date=day(target),
                kpi_name=_text(kpi, lang), kpi_unit=_text(unit, lang), kpi_baseline=baseline, kpi_target=kpi_target,
                kpi_current=current, partner_ids=[ids[p] for p in linked]))
        for goal, title, owner, start, due, status, priority, effort, cost, partner in content.ACTIONS:
            ws.apply(goals.create_action(
                ws, goal_ids[goal], id=new_id(rng), title=_text(title, lang), owner=owner, start_date=day(start),
                due_date=day(due), status=status, priority=priority, effort_days=effort, cost_eur=cost,
                partner_id=ids[partner] if partner else None,
                completed_on=day(min(due, -1)) if status == "done" else None))
        with ws.document.unit_of_work() as uow:
            uow.set_meta({"title": "Netzwerk Kessler Präzisionsmaschinen" if lang == "de"
                          else "Kessler Präzisionsmaschinen network", "lang": lang, "demo": "1"})
        ws.save()


# -- synthetic networks ---------------------------------------------------------------------------------

_CITIES = {
    Dimension.REGIONAL: [("Balingen", "DE"), ("Albstadt", "DE"), ("Reutlingen", "DE"), ("Tübingen", "DE"),
                         ("Tuttlingen", "DE"), ("Rottweil", "DE"), ("Sigmaringen", "DE"), ("Hechingen", "DE")],
    Dimension.THEMATIC: [("Stuttgart", "DE"), ("Karlsruhe", "DE"), ("München", "DE"), ("Aachen", "DE"),
                         ("Frankfurt am Main", "DE"), ("Dresden", "DE")],
    Dimension.INTERNATIONAL: [("Strasbourg", "FR"), ("Zürich", "CH"), ("Linz", "AT"), ("Opole", "PL"), ("Brno", "CZ"),
                              ("Brescia", "IT"), ("Ningbo", "CN"), ("Suzhou", "CN"), ("Pune", "IN"), ("Detroit", "US")],
}
_KINDS = {
    Dimension.REGIONAL: [PartnerKind.SUPPLIER, PartnerKind.CUSTOMER, PartnerKind.COMPANY, PartnerKind.SERVICE_PROVIDER,
                         PartnerKind.CHAMBER, PartnerKind.UNIVERSITY, PartnerKind.PUBLIC_BODY],
    Dimension.THEMATIC: [PartnerKind.ASSOCIATION, PartnerKind.RESEARCH_INSTITUTE, PartnerKind.CLUSTER,
                         PartnerKind.PLATFORM, PartnerKind.SUPPLIER, PartnerKind.UNIVERSITY],
    Dimension.INTERNATIONAL: [PartnerKind.SUPPLIER, PartnerKind.CUSTOMER, PartnerKind.COMPANY, PartnerKind.CHAMBER,
                              PartnerKind.PLATFORM],
}
_WORDS = ["Alb", "Neckar", "Donau", "Eyach", "Lauchert", "Kocher", "Jagst", "Rems", "Fils", "Brenz", "Murr", "Enz",
          "Nagold", "Glems", "Starzel", "Schmiech", "Ammer", "Steinach", "Blau", "Lone"]
_TRADES = [("Präzisionsteile", "Precision Parts"), ("Maschinenbau", "Machinery"), ("Automation", "Automation"),
           ("Gießerei", "Foundry"), ("Elektronik", "Electronics"), ("Logistik", "Logistics"), ("Oberflächen", "Surfaces"),
           ("Antriebe", "Drives"), ("Software", "Software"), ("Werkzeuge", "Tools")]


def write_synthetic(path: Path | str, *, partners: int, seed: int = 1, lang: str = "de",
                    overwrite: bool = False) -> None:
    """A reproducible network of ``partners`` partners, about five relationships each, in three communities."""
    n = max(2, int(partners))
    rng = random.Random(seed)
    stamp = datetime(2026, 1, 1, 8, 0, 0)
    today = date(2026, 11, 1)
    dims = list(Dimension)
    ids = [new_id(rng) for _ in range(n)]
    community = [None] + [dims[rng.randrange(3)] for _ in range(n - 1)]
    partner_rows, dim_rows, tag_rows = [], [], []
    for i, pid in enumerate(ids):
        own = i == 0
        dim = community[i] or Dimension.REGIONAL
        city, country = _CITIES[dim][rng.randrange(len(_CITIES[dim]))]
        kind = PartnerKind.COMPANY if own else _KINDS[dim][rng.randrange(len(_KINDS[dim]))]
        trade = _TRADES[rng.randrange(len(_TRADES))]
        name = ("Eigene Firma GmbH" if lang == "de" else "Own Firm Ltd") if own else \
            f"{_WORDS[rng.randrange(len(_WORDS))]} {_text(trade, lang)} {i:05d}"
        partner_rows.append(dict(id=pid, name=name, name_key=name.casefold(), kind=kind, is_own_firm=own, city=city,
                                 country=country, region="", industry=_text(trade, lang), website="", notes="",
                                 archived=(not own and rng.random() < 0.02), pos_x=None, pos_y=None,
                                 created_at=stamp, updated_at=stamp))
        member_of = set(dims) if own else {dim} | ({dims[rng.randrange(3)]} if rng.random() < 0.1 else set())
        dim_rows += [dict(partner_id=pid, dimension=d) for d in sorted(member_of)]
        if not own and rng.random() < 0.3:
            tag_rows.append(dict(partner_id=pid, name=["kritisch", "Forschung", "Ausbildung", "Industrie 4.0"][i % 4]))
    members = {d: [i for i in range(1, n) if community[i] == d] for d in dims}
    relationship_rows, seen = [], set()
    kinds = list(RelationshipKind)

    def tie(a: int, b: int, kind: RelationshipKind) -> None:
        key = (min(a, b), max(a, b), kind)
        if a == b or key in seen:
            return
        seen.add(key)
        relationship_rows.append(dict(id=new_id(rng), source_id=ids[a], target_id=ids[b], kind=kind,
                                      strength=rng.randint(1, 5), since=today - timedelta(days=rng.randrange(3650)),
                                      notes="", created_at=stamp, updated_at=stamp))

    for i in range(1, n):  # the own firm knows about a fifth of everybody directly
        if rng.random() < 0.2 or i < 4:
            tie(0, i, kinds[rng.randrange(len(kinds))])
    target = 5 * n
    attempts = 0
    while len(relationship_rows) < target and attempts < 20 * target:
        attempts += 1
        a = rng.randrange(1, n)
        group = members[community[a]] if rng.random() < 0.9 else range(1, n)  # dense inside, sparse between
        b = group[rng.randrange(len(group))] if len(group) else a
        tie(a, b, kinds[rng.randrange(len(kinds))])
    assessment_rows = []
    for row in relationship_rows:
        if rng.random() < 0.3:
            scores = {c.value: (rng.randint(1, 5) if rng.random() < 0.85 else None) for c in Criterion}
            scores[Criterion.TRUST.value] = scores[Criterion.TRUST.value] or 3
            assessment_rows.append(dict(id=new_id(rng), relationship_id=row["id"],
                                        assessed_on=today - timedelta(days=rng.randrange(900)), comment="",
                                        created_at=stamp, **scores))
    goal_rows, goal_partner_rows, action_rows = [], [], []
    benefits, statuses = list(Benefit), list(GoalStatus)
    for g in range(max(3, n // 200)):
        gid = new_id(rng)
        goal_rows.append(dict(id=gid, title=f"{'Ziel' if lang == 'de' else 'Goal'} {g + 1}", description="",
                              benefit=benefits[g % 3], dimension=dims[g % 3], owner="GF", priority=list(Priority)[g % 3],
                              status=statuses[g % 2], target_date=today + timedelta(days=365), kpi_name="KPI",
                              kpi_unit="%", kpi_baseline=0.0, kpi_target=100.0, kpi_current=float(rng.randrange(100)),
                              created_at=stamp, updated_at=stamp))
        for p in {rng.randrange(1, n) for _ in range(3)}:
            goal_partner_rows.append(dict(goal_id=gid, partner_id=ids[p]))
    action_statuses = list(ActionStatus)
    for a in range(max(5, n // 20)):
        start = today - timedelta(days=rng.randrange(300))
        status = action_statuses[rng.randrange(4)]
        due = start + timedelta(days=rng.randrange(10, 200))
        action_rows.append(dict(id=new_id(rng), goal_id=goal_rows[a % len(goal_rows)]["id"],
                                title=f"{'Maßnahme' if lang == 'de' else 'Action'} {a + 1}", owner=f"Team {a % 7 + 1}",
                                start_date=start, due_date=due, status=status, priority=list(Priority)[a % 3],
                                effort_days=float(rng.randint(1, 20)), cost_eur=None,
                                partner_id=ids[rng.randrange(1, n)] if rng.random() < 0.5 else None,
                                completed_on=due if status == ActionStatus.DONE else None, notes="",
                                created_at=stamp, updated_at=stamp))
    with Workspace.create(path, overwrite=overwrite) as ws:
        with ws.document.unit_of_work() as uow:
            for table, rows in (("partner", partner_rows), ("partner_dimension", dim_rows), ("tag", tag_rows),
                                ("relationship", relationship_rows), ("assessment", assessment_rows),
                                ("goal", goal_rows), ("goal_partner", goal_partner_rows), ("action", action_rows)):
                uow.bulk_insert(table, rows)
            uow.set_meta({"title": f"Synthetic network ({n} partners, seed {seed})", "lang": lang,
                          "synthetic": f"{n}/{seed}"})
        ws.save()
