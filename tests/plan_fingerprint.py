"""A fingerprint of an import plan that does not depend on the random ids it makes: the report's lines, the
proposed duplicates and every row the command would write, with ids replaced by the names they stand for.

Used by tests/test_import_plan_equal.py to hold a faster planner to the plans the program made before. To see
what a plan was, run this file from a checkout of that time: ``python -m tests.plan_fingerprint``.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date
from enum import Enum
from pathlib import Path

from netzplaner.services.commands import Macro


def _plain(value):
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical(report, names: dict[str, str]) -> dict:
    """``names``: the document's partner ids -> names (the plan's new partners are added here)."""
    command = report.command
    children = command.children if isinstance(command, Macro) else [command] if command else []
    rows = next((c for c in children if hasattr(c, "partners")), None)
    names = dict(names)
    out: dict = {"lines": report.lines(), "merged": sorted(report.merged),
                 "duplicates": [(c.row, c.name, c.other_name, c.other_row, c.score, [str(r) for r in c.reasons])
                                for c in report.duplicates]}
    if rows is not None:
        names.update({p["id"]: p["name"] for p in rows.partners})
        out["partners"] = [{k: _plain(v) for k, v in p.items() if k != "id"} for p in rows.partners]
        out["contacts"] = [{**{k: _plain(v) for k, v in c.items() if k not in ("id", "partner_id")},
                            "partner": names[c["partner_id"]]} for c in rows.contacts]
        out["relationships"] = [{**{k: _plain(v) for k, v in r.items() if k not in ("id", "source_id", "target_id")},
                                 "ends": [names[r["source_id"]], names[r["target_id"]]]} for r in rows.relationships]
    out["updates"] = [(names.get(c.entity_id, c.entity_id), {k: _plain(v) for k, v in c.changes.items()})
                      for c in children if not hasattr(c, "partners")]
    return out


def fingerprint(report, names: dict[str, str]) -> str:
    text = json.dumps(canonical(report, names), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def partner_list(path: Path, document: list[tuple[str, str]], others: list[tuple[str, str]], rows: int) -> None:
    """A Windows-1252 list "Firma;Ort;Land" of other names and, each tenth row, a document partner spelled
    differently (bench_import_dedupe.py's shape, smaller)."""
    rng = random.Random(3)
    lines, taken = ["Firma;Ort;Land"], {name.casefold() for name, _ in document}
    others_left = iter(others)
    i = 0
    while len(lines) <= rows:
        i += 1
        if i % 10 == 0:
            name, city = document[rng.randrange(len(document))]
            name = name.replace("ü", "ue") + " GmbH" if i % 20 else name[:-1]
        else:
            name, city = next(others_left)
        if name.casefold() in taken:
            continue
        taken.add(name.casefold())
        lines.append(f"{name};{city};DE" if i % 7 else f"{name};{city};Österreich")
    path.write_bytes("\r\n".join(lines).encode("cp1252", "replace") + b"\r\n")


def fingerprints(folder: Path) -> dict[str, str]:
    """The fingerprints of the plans of a synthetic network of 2,000 partners: its own GraphML and GEXF into an
    empty document, and a list of 1,500 rows against the network itself."""
    import sqlite3
    from contextlib import closing

    from netzplaner import api
    from netzplaner.io.import_source import read_source
    from netzplaner.services.demo import write_synthetic
    from netzplaner.services.exchange_export import export_exchange
    from netzplaner.services.partner_import import plan_source, snapshot
    from netzplaner.services.workspace import Workspace

    doc, other = folder / "netz.netzplan", folder / "other.netzplan"
    write_synthetic(doc, partners=2000, seed=1)
    write_synthetic(other, partners=3000, seed=2)
    found = {}
    empty = api.create_in_memory()
    for suffix in (".graphml", ".gexf"):
        path = folder / f"netz{suffix}"
        with Workspace.open(doc, read_only=True) as ws:
            export_exchange(ws, path)
        found[suffix] = fingerprint(plan_source(snapshot(empty), read_source(path)), {})
    query = "SELECT name, city FROM partner WHERE is_own_firm = 0 ORDER BY name"
    with closing(sqlite3.connect(doc)) as a, closing(sqlite3.connect(other)) as b:
        document, others = list(a.execute(query)), list(b.execute(query))
    listing = folder / "Partnerliste.csv"
    partner_list(listing, document, others, 1500)
    with Workspace.open(doc, read_only=True) as ws:
        snap = snapshot(ws)
        names = {p.id: p.name for p in snap.partners.values()}
        found[".csv"] = fingerprint(plan_source(snap, read_source(listing)), names)
    return found


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(fingerprints(Path(tmp)), indent=1))
