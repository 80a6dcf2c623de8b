"""The demo network is realistic and complete; synthetic networks are reproducible."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from netzplaner.cli import main
from netzplaner.domain.enums import Benefit, Dimension, PartnerKind
from netzplaner.services import queries
from netzplaner.services.demo import write_demo, write_synthetic
from netzplaner.services.workspace import Workspace


def test_demo_network_has_what_the_workshop_needs(tmp_path):
    path = tmp_path / "demo.netzplan"
    assert main(["demo", str(path)]) == 0
    with Workspace.open(path, read_only=True) as ws:
        partners = queries.list_partners(ws)
        own = queries.own_firm(ws)
        relationships = queries.list_relationships(ws)
        goals = queries.list_goals(ws)
        actions = queries.list_actions(ws)
        summary = queries.summary(ws)
        history = [queries.assessments_of(ws, r.id) for r in relationships]
    assert own.name == "Eyachtal Präzisionsmaschinen GmbH" and own.country == "DE"
    assert 35 <= len(partners) <= 50
    assert len({p.kind for p in partners}) >= 10 and PartnerKind.UNIVERSITY in {p.kind for p in partners}
    assert all(summary.by_dimension[d].partners >= 10 for d in Dimension)
    between_partners = [r for r in relationships if own.id not in (r.source_id, r.target_id)]
    assert len(between_partners) >= 10  # not only a star around the own firm
    assert any(len(h) >= 2 for h in history) and any(not h for h in history)
    assert 5 <= len(goals) <= 7 and {g.benefit for g in goals} == set(Benefit)
    assert 20 <= len(actions) <= 40 and summary.overdue_actions >= 3
    assert summary.contacts >= 10
    assert len({p.country for p in partners}) >= 6


def test_demo_in_english(tmp_path):
    write_demo(tmp_path / "de.netzplan")
    write_demo(tmp_path / "en.netzplan", lang="en")
    titles = {}
    for lang in ("de", "en"):
        with Workspace.open(tmp_path / f"{lang}.netzplan", read_only=True) as ws:
            titles[lang] = sorted(g.title for g in queries.list_goals(ws))
            names = sorted(p.name for p in queries.list_partners(ws))
    assert "Fachkräfte aus der Region gewinnen" in titles["de"]
    assert "Win skilled workers in the region" in titles["en"]
    assert "Hochschule Zollernalb für Technik" in names  # names stay the same in both languages


def test_demo_dates_are_relative_so_overdue_stays_overdue(tmp_path):
    write_demo(tmp_path / "alt.netzplan", today=date(2030, 6, 1))
    with Workspace.open(tmp_path / "alt.netzplan", read_only=True) as ws:
        assert queries.summary(ws, today=date(2030, 6, 1)).overdue_actions >= 3


def _rows(path):
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute(  # meta and the checksum table hold no network content
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('meta', 'netzplaner_checksum')")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def test_synthetic_network_is_reproducible_and_shaped(tmp_path):
    write_synthetic(tmp_path / "a.netzplan", partners=600, seed=7)
    write_synthetic(tmp_path / "b.netzplan", partners=600, seed=7)
    write_synthetic(tmp_path / "c.netzplan", partners=600, seed=8)
    a, b, c = (_rows(tmp_path / f"{x}.netzplan") for x in "abc")
    assert a == b and a != c
    with Workspace.open(tmp_path / "a.netzplan", read_only=True) as ws:
        partners = queries.list_partners(ws)
        relationships = queries.list_relationships(ws)
        summary = queries.summary(ws)
    assert len(partners) == 600 and len(relationships) == 3000
    assert all(summary.by_dimension[d].partners > 100 for d in Dimension)
    community = {p.id: min(p.dimensions) for p in partners if not p.is_own_firm and len(p.dimensions) == 1}
    inside = sum(1 for r in relationships
                 if r.source_id in community and community[r.source_id] == community.get(r.target_id))
    assert inside > 0.7 * len(relationships)  # three communities, dense inside
    assert len({(min(r.source_id, r.target_id), max(r.source_id, r.target_id), r.kind) for r in relationships}) \
        == len(relationships)


def test_demo_written_in_bulk_is_what_its_checked_commands_write(tmp_path, monkeypatch):
    """The demo skips its commands' rule checks to start fast; applied one by one as checked commands (each
    name unique, every partner there, no tie twice) they write the very same rows, timestamps aside."""
    from netzplaner.services import demo as demo_module
    from netzplaner.services.commands import Macro

    def state(path):
        with closing(sqlite3.connect(path)) as conn:
            tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                      if t not in ("meta", "netzplaner_checksum")]
            found = {}
            for table in tables:
                columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')
                           if c[1] not in ("created_at", "updated_at")]
                found[table] = sorted(conn.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall(), key=repr)
            return found

    today = date(2026, 11, 30)
    demo_module.write_demo(tmp_path / "bulk.netzplan", today=today)
    monkeypatch.setattr(demo_module, "_fill", lambda ws, commands: ws.apply(Macro(commands, "checked")))
    demo_module.write_demo(tmp_path / "checked.netzplan", today=today)
    bulk, checked = state(tmp_path / "bulk.netzplan"), state(tmp_path / "checked.netzplan")
    assert bulk == checked and len(bulk["partner"]) > 20 and len(bulk["assessment"]) > 20


def test_the_demo_names_each_relationship_as_the_document_does_without_reading_per_row(tmp_path, monkeypatch):
    """The demo writer hands the partners' names to the relationship and assessment builders, so that building
    its 147 commands reads nothing (each read opened a connection: a third of ``--demo``); the undo texts stay
    what reading the document would give."""
    from netzplaner.services import demo as demo_module, relationships

    built = []
    original_fill = demo_module._fill
    monkeypatch.setattr(demo_module, "_fill", lambda ws, commands: (built.extend(commands),
                                                                     original_fill(ws, commands)))
    reads = []
    real_pair_names = relationships._pair_names
    monkeypatch.setattr(relationships, "_pair_names", lambda *a: reads.append(a) or real_pair_names(*a))
    write_demo(tmp_path / "demo.netzplan", today=date(2026, 11, 30))
    assert reads == []
    ties = [c for c in built if c.entity in ("relationship", "assessment")]
    assert len(ties) > 100
    ws = Workspace.open(tmp_path / "demo.netzplan")
    try:
        for command in ties:
            tie = command.values["id"] if command.entity == "relationship" else command.values["relationship_id"]
            relationship = ws.get("relationship", tie)
            assert (command.params["source"], command.params["target"]) == real_pair_names(
                ws, relationship.source_id, relationship.target_id)
    finally:
        ws.close()
