"""The demo's two earlier states ("Stände", issue 12): a first-time user sees a real comparison and a health trend.

The earlier states are derived from the demo as written, going back in time: partners and ties added since are
left out, some ties were weaker, assessments made since are left out and the ones before scored lower, KPI values
stood nearer their baseline, actions started since did not exist and actions done since were still open. A seeded
generator decides which, and every timestamp is the state's moment, so the demo stays the same byte for byte.
The labels name the season and year of each moment ("Workshop Herbst 2025"), which follow the demo's ``today``.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta

from . import snapshot_content as sc
from .memory import collector_paused
from .snapshots import MANUAL, _figures, as_read
from .workspace import Workspace

SEED = 20251106
# days before today, and how far back each state is: the share of later partners, ties and progress it lacks
STATES = ((390, 0.30), (200, 0.14))
_SEASONS = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}
_SEASON_NAMES = (("Winter", "Winter"), ("Frühjahr", "Spring"), ("Sommer", "Summer"), ("Herbst", "Autumn"))


def label_of(day: date, lang: str) -> str:
    season = _SEASON_NAMES[_SEASONS[day.month]][1 if lang == "en" else 0]
    year = day.year - 1 if day.month in (1, 2) else day.year  # winter belongs to the year it began in
    return f"Workshop {season} {year}"


def _keep(table: dict[str, list], rows: list[int]) -> dict[str, list]:
    return {name: [values[k] for k in rows] for name, values in table.items()}


def earlier(tables: sc.Tables, day: date, back: float, rng: random.Random) -> sc.Tables:
    """The network as it plausibly stood on ``day``: ``back`` (0-1) is how much of what came since is left out."""
    p, r = tables["partner"], tables["relationship"]
    stamp = datetime.combine(day, time(10, 0))
    later = {pid for pid, own in zip(p["id"], p["is_own_firm"]) if not own and rng.random() < back}
    partner_rows = [k for k, pid in enumerate(p["id"]) if pid not in later]
    partner = _keep(p, partner_rows)
    partner["created_at"] = partner["updated_at"] = [stamp] * len(partner_rows)
    tie_rows = [k for k, (a, b) in enumerate(zip(r["source_id"], r["target_id"]))
                if a not in later and b not in later and rng.random() >= back / 2
                and (r["since"][k] is None or r["since"][k] <= day)]
    tie = _keep(r, tie_rows)
    tie["strength"] = [max(1, s - 1) if rng.random() < back * 1.5 else s for s in tie["strength"]]
    kept_ties = set(tie["id"])

    a = tables["assessment"]
    assessed = [k for k, (rid, on) in enumerate(zip(a["relationship_id"], a["assessed_on"]))
                if rid in kept_ties and on <= day]
    assessment = _keep(a, assessed)
    for criterion in ("openness", "trust", "knowledge_sharing", "clear_goals", "commitment", "mutual_benefit"):
        assessment[criterion] = [None if s is None else max(1, s - 1) if rng.random() < back * 2 else s
                                 for s in assessment[criterion]]

    contact = _keep(tables["contact"], [k for k, pid in enumerate(tables["contact"]["partner_id"])
                                        if pid not in later])
    g = dict(tables["goal"])
    g["partner_ids"] = [tuple(x for x in ids if x not in later) for ids in g["partner_ids"]]
    g["kpi_current"] = [None if c is None or b is None else round(b + (c - b) * (1 - 2 * back), 1)
                        for b, c in zip(g["kpi_baseline"], g["kpi_current"])]
    g["status"] = ["active" if s == "achieved" else s for s in g["status"]]
    g["created_at"] = g["updated_at"] = [stamp] * len(g["id"])

    act = tables["action"]
    started = [k for k, start in enumerate(act["start_date"]) if start is None or start <= day]
    action = _keep(act, started)
    for k, done in enumerate(action["completed_on"]):
        if done is not None and done > day:
            action["status"][k], action["completed_on"][k] = "in_progress", None
    action["partner_id"] = [None if x in later else x for x in action["partner_id"]]
    action["created_at"] = action["updated_at"] = [stamp] * len(started)
    return {"partner": partner, "contact": contact, "relationship": tie, "assessment": assessment, "goal": g,
            "action": action}


def add_earlier_states(ws: Workspace, lang: str, today: date) -> None:
    """Write the demo's two earlier states into the document (no undo history: a new document)."""
    rng = random.Random(SEED)
    with collector_paused(), ws.store.unit_of_work() as uow:
        tables = sc.read_tables(uow)
        meta = {key: value for key, value in uow.meta().items() if key != "created"}  # the same bytes every time
        for k, (days, back) in enumerate(STATES):
            day = today - timedelta(days=days)
            state = earlier(tables, day, back, rng)
            summary = _figures(as_read(state, meta), day)
            uow.insert("snapshot", {
                "id": f"{SEED:08x}{k:024x}", "label": label_of(day, lang), "reason": MANUAL,
                "partner_count": len(state["partner"]["id"]), "relationship_count": len(state["relationship"]["id"]),
                "taken_at": datetime.combine(day, time(10, 0)), "summary": json.dumps(summary, ensure_ascii=False),
                "content": sc.pack(state, meta)})
