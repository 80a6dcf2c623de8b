"""Schema steps defined once (store/migrate_steps.py) run on a real .netzplan document.

The same test-only step runs on a PostgreSQL team database in tests/test_team_migrations.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from contextlib import closing

import pytest

from netzplaner.domain.errors import DocumentError
from netzplaner.services import demo, partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store import migrate_steps, migrations
from netzplaner.store.versions import VERSIONED
from tests import schema_step


def rows(path, sql: str):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def counts(path) -> dict[str, int]:
    tables = [t for (t,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: rows(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


@pytest.fixture
def demo_doc(tmp_path):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path)
    return path


FROM, TO = schema_step.FROM, schema_step.TO


def test_the_test_step_follows_the_newest_shipped_one():
    assert sorted(migrate_steps.STEPS) == list(range(2, FROM)) and migrations.SCHEMA_VERSION == FROM


def test_steps_must_follow_each_other():
    step = schema_step.STEP
    assert migrate_steps.newest_format({**migrate_steps.STEPS, FROM: step}) == TO
    with pytest.raises(RuntimeError, match="follow each other"):
        migrate_steps.newest_format({**migrate_steps.STEPS, TO: step})


def test_a_next_format_step_upgrades_a_real_document(demo_doc, monkeypatch):
    before = counts(demo_doc)
    assert before["contact"] > 0 and before["relationship"] > 0
    schema_step.register(monkeypatch)
    with Workspace.open(demo_doc) as ws:
        assert ws.migrated_from == FROM and ws.backup_path is not None and ws.backup_path.exists()
        work = ws.store.working_copy
        assert rows(work, "PRAGMA user_version") == [(TO,)]
        assert rows(work, "SELECT value FROM meta WHERE key = 'format'") == [(str(TO),)]
        columns = {r[1]: r for r in rows(work, "PRAGMA table_info(partner)")}
        assert schema_step.NEW_COLUMN in columns and columns["region"][3] == 0  # added; NOT NULL dropped
        # the partner table was rebuilt: nothing that points at it was lost, its triggers and indexes are back
        assert counts(work) == before
        assert rows(work, "SELECT count(*) FROM partner WHERE workshop_note = ''") == [(before["partner"],)]
        triggers = {t for (t,) in rows(work, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers == {f"{t}_version" for t in VERSIONED}
        indexes = {i for (i,) in rows(work, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        assert {"uq_partner_own_firm", "ix_contact_partner_id"} <= indexes
        assert rows(work, "PRAGMA foreign_key_check") == []
        own = queries.own_firm(ws)
        with pytest.raises(Exception, match="own firm|UNIQUE|unique"):  # the partial unique index still holds
            with ws.store.unit_of_work() as uow:
                uow.insert("partner", {"id": "x" * 32, "name": "Zweite", "name_key": "zweite", "kind": "company",
                                       "is_own_firm": True})
        ws.execute(partners.update_partner(ws, own.id, city="Hechingen"))
        assert ws.get("partner", own.id).city == "Hechingen"
        with ws.store.unit_of_work() as uow:  # references are enforced again after the step
            uow.conn.exec_driver_sql("DELETE FROM partner WHERE id = ?", (own.id,))
        assert rows(work, "SELECT count(*) FROM relationship WHERE source_id = ? OR target_id = ?".replace(
            "?", f"'{own.id}'")) == [(0,)]
        ws.save()
    assert rows(demo_doc, "PRAGMA user_version") == [(TO,)]
    with Workspace.open(demo_doc) as ws:
        assert ws.migrated_from is None


def test_a_failing_step_leaves_the_document_at_its_format(demo_doc, monkeypatch):
    def broken(op):
        schema_step.STEP.run(op)
        raise ValueError("the step met content it cannot convert")

    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, FROM, migrate_steps.Step(FROM, "broken", broken))
    original = demo_doc.read_bytes()
    with pytest.raises(DocumentError, match="could not be upgraded"):
        Workspace.open(demo_doc)
    assert demo_doc.read_bytes() == original


def test_a_step_that_breaks_references_is_refused(demo_doc, monkeypatch):
    def orphan_a_contact(op):
        op.execute("UPDATE contact SET partner_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM contact)")

    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, FROM, migrate_steps.Step(FROM, "orphans", orphan_a_contact))
    with pytest.raises(DocumentError, match="could not be upgraded"):
        Workspace.open(demo_doc)


def test_the_older_program_refuses_a_newer_document(demo_doc, monkeypatch):
    with monkeypatch.context() as newer:
        schema_step.register(newer)
        with Workspace.open(demo_doc) as ws:
            ws.save()
    assert migrations.SCHEMA_VERSION == FROM
    saved = demo_doc.read_bytes()
    with pytest.raises(DocumentError, match=rf"newer version of Netzplaner \(file format {TO}\)"):
        Workspace.open(demo_doc)
    assert demo_doc.read_bytes() == saved


def test_older_formats_are_checked_against_their_own_layout(monkeypatch):
    # as if the next format had brought the partner's website and the goal-partner links (both in today's models)
    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, FROM, migrate_steps.Step(FROM, "as if", schema_step.STEP.run, adds={
        "partner": frozenset({"website"}), "goal_partner": frozenset({"goal_id", "partner_id"})}))
    layout = {v: migrations._layout(v) for v in (1, 2, FROM, TO)}
    assert "website" in layout[TO]["partner"] and "website" not in layout[FROM]["partner"]
    assert "goal_partner" in layout[TO] and "goal_partner" not in layout[FROM] and "goal_partner" not in layout[1]
    assert "version" in layout[2]["partner"] and "version" not in layout[1]["partner"]
    assert migrations.known_version(TO) and not migrations.known_version(TO + 1)
    # a file claiming the older format that already has the newer one's table is damaged, not "upgraded"
    claims_older = {table: set(columns) for table, columns in layout[TO].items()}
    assert migrations.layout_problem(FROM, claims_older, "x.netzplan") is not None
    assert migrations.layout_problem(TO, claims_older, "x.netzplan") is None


def test_a_format_2_document_gets_addresses_contact_details_and_snapshots(tmp_path):
    # written by the program of format 2 (tests/fixtures/make_format2.py); postcodes typed into the city
    path = tmp_path / "format2.netzplan"
    path.write_bytes((Path(__file__).parent / "fixtures" / "format2.netzplan").read_bytes())
    with Workspace.open(path) as ws:
        assert ws.migrated_from == 2 and ws.backup_path is not None
        found = {p.name: (p.postcode, p.city, p.street, p.extra) for p in queries.list_partners(ws)}
        assert found == {"Eyachtal Präzisionsmaschinen GmbH": ("72336", "Balingen", "", ""),
                         "Müller GmbH": ("72762", "Reutlingen", "", ""),
                         "Hochschule Reutlingen": ("", "Reutlingen", "", ""),
                         "Swissmem": ("8005", "Zürich", "", ""),
                         "Werkstatt 4.0": ("", "4.0 Labor", "", "")}  # not a postcode: left as it was
        contact = ws.get("contact", "c1" * 16)
        assert (contact.name, contact.role, contact.salutation, contact.title, contact.department) == (
            "Frau Keller", "Einkauf", "", "", "")
        ws.save()
    assert rows(path, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION,)]
    assert rows(path, "SELECT count(*) FROM snapshot") == [(0,)]
    triggers = {t for (t,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{t}_version" for t in VERSIONED} <= triggers
    with Workspace.open(path) as again:
        assert again.migrated_from is None and len(queries.list_partners(again)) == 5


@pytest.mark.parametrize(("typed", "split"), [
    ("72762 Reutlingen", ("72762", "Reutlingen")), ("D-72762 Reutlingen", ("72762", "Reutlingen")),
    ("A-1010 Wien", ("1010", "Wien")), ("CH - 8005 Zürich", ("8005", "Zürich")), (" 01067  Dresden ", ("01067", "Dresden")),
    ("Reutlingen", None), ("4.0 Labor", None), ("123 Main Street", None), ("72762", None)])
def test_a_leading_postcode_is_split_from_the_city(typed, split):
    assert migrate_steps.split_postcode(typed) == split
