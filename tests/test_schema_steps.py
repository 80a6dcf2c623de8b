"""Schema steps defined once (store/migrate_steps.py) run on a real .netzplan document.

The same test-only step runs on a PostgreSQL team database in tests/test_team_migrations.py.
"""

from __future__ import annotations

import sqlite3
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


def test_no_shipped_step_after_the_sqlite_history():
    assert migrate_steps.STEPS == {} and migrations.SCHEMA_VERSION == migrate_steps.LAST_SQLITE_ONLY_FORMAT == 2


def test_steps_must_follow_each_other():
    step = schema_step.STEP
    assert migrate_steps.newest_format({2: step}) == 3
    with pytest.raises(RuntimeError, match="follow each other"):
        migrate_steps.newest_format({3: step})


def test_a_format_3_step_upgrades_a_real_document(demo_doc, monkeypatch):
    before = counts(demo_doc)
    assert before["contact"] > 0 and before["relationship"] > 0
    schema_step.register(monkeypatch)
    with Workspace.open(demo_doc) as ws:
        assert ws.migrated_from == 2 and ws.backup_path is not None and ws.backup_path.exists()
        work = ws.store.working_copy
        assert rows(work, "PRAGMA user_version") == [(3,)]
        assert rows(work, "SELECT value FROM meta WHERE key = 'format'") == [("3",)]
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
    assert rows(demo_doc, "PRAGMA user_version") == [(3,)]
    with Workspace.open(demo_doc) as ws:
        assert ws.migrated_from is None


def test_a_failing_step_leaves_the_document_at_its_format(demo_doc, monkeypatch):
    def broken(op):
        schema_step.STEP.run(op)
        raise ValueError("the step met content it cannot convert")

    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, 2, migrate_steps.Step(2, "broken", broken))
    original = demo_doc.read_bytes()
    with pytest.raises(DocumentError, match="could not be upgraded"):
        Workspace.open(demo_doc)
    assert demo_doc.read_bytes() == original


def test_a_step_that_breaks_references_is_refused(demo_doc, monkeypatch):
    def orphan_a_contact(op):
        op.execute("UPDATE contact SET partner_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM contact)")

    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, 2, migrate_steps.Step(2, "orphans", orphan_a_contact))
    with pytest.raises(DocumentError, match="could not be upgraded"):
        Workspace.open(demo_doc)


def test_the_older_program_refuses_a_format_3_document(demo_doc, monkeypatch):
    with monkeypatch.context() as newer:
        schema_step.register(newer)
        with Workspace.open(demo_doc) as ws:
            ws.save()
    assert migrations.SCHEMA_VERSION == 2
    saved = demo_doc.read_bytes()
    with pytest.raises(DocumentError, match=r"newer version of Netzplaner \(file format 3\)"):
        Workspace.open(demo_doc)
    assert demo_doc.read_bytes() == saved


def test_older_formats_are_checked_against_their_own_layout(monkeypatch):
    # as if format 3 had brought the partner's website and the goal-partner links (both in today's models)
    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, 2, migrate_steps.Step(2, "as if", schema_step.STEP.run, adds={
        "partner": frozenset({"website"}), "goal_partner": frozenset({"goal_id", "partner_id"})}))
    layout = {v: migrations._layout(v) for v in (1, 2, 3)}
    assert "website" in layout[3]["partner"] and "website" not in layout[2]["partner"]
    assert "goal_partner" in layout[3] and "goal_partner" not in layout[2] and "goal_partner" not in layout[1]
    assert "version" in layout[2]["partner"] and "version" not in layout[1]["partner"]
    assert migrations.known_version(3) and not migrations.known_version(4)
    # a file claiming format 2 that already has format 3's table is damaged, not "upgraded" into a crash
    claims_2 = {table: set(columns) for table, columns in layout[3].items()}
    assert migrations.layout_problem(2, claims_2, "x.netzplan") is not None
    assert migrations.layout_problem(3, claims_2, "x.netzplan") is None
