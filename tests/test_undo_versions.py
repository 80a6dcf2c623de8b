"""Row versions and the one history: undo and redo refuse to overwrite a row changed since, and write nothing.

"Someone else" is a second connection to the document's working copy, as another user of a shared database
would be: a raw sqlite3 statement (caught by the version trigger) or another Netzplaner's unit of work.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from netzplaner.domain.errors import StaleEditError, ValidationError
from netzplaner.services import goals, partners, relationships
from netzplaner.services.commands import Macro
from netzplaner.services.workspace import Workspace
from netzplaner.store import migrations
from netzplaner.store.document import Document
from netzplaner.store.uow import UnitOfWork
from netzplaner.store.versions import VERSIONED
from tests.conftest import dump_state

FIXTURES = Path(__file__).parent / "fixtures"
CHANGED_UNDO = ("“{}” was changed after this step (by someone else or in another window); "
                "the step can no longer be undone.")
CHANGED_REDO = CHANGED_UNDO.replace("undone", "redone")


@pytest.fixture
def mueller(ws):
    return ws.execute(partners.create_partner(ws, name="Müller GmbH", kind="supplier", city="Hechingen",
                                              tags=["Stahl"])).entity_id


def raw(ws, sql: str, *params) -> None:
    """A statement through a second, plain sqlite3 connection, committed."""
    with closing(sqlite3.connect(ws.store.working_copy)) as conn:
        conn.execute(sql, params)
        conn.commit()


def other_user(ws, work) -> None:
    """``work(uow)`` through another Netzplaner's unit of work on its own connection."""
    engine = Document._make_engine(ws.store.working_copy)
    try:
        with engine.begin() as conn:
            work(UnitOfWork(conn))
    finally:
        engine.dispose()


def version(ws, table: str, row_id: str) -> int:
    with closing(sqlite3.connect(ws.store.working_copy)) as conn:
        return conn.execute(f"SELECT version FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]


def test_every_write_raises_the_version_and_undo_puts_it_back(ws, mueller):
    assert version(ws, "partner", mueller) == 1
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    assert version(ws, "partner", mueller) == 2
    ws.execute(partners.move_partners(ws, {mueller: (1.0, 2.0)}))
    assert version(ws, "partner", mueller) == 3
    ws.undo()
    assert version(ws, "partner", mueller) == 2
    ws.undo()
    assert version(ws, "partner", mueller) == 1 and ws.get("partner", mueller).city == "Hechingen"
    ws.redo(), ws.redo()
    assert version(ws, "partner", mueller) == 3 and ws.get("partner", mueller).pos_x == 1.0


def test_a_raw_update_from_another_connection_raises_the_version(ws, mueller):
    raw(ws, "UPDATE partner SET city = 'Tübingen' WHERE id = ?", mueller)
    assert version(ws, "partner", mueller) == 2
    raw(ws, "UPDATE partner SET city = 'Rottweil', version = version WHERE id = ?", mueller)
    assert version(ws, "partner", mueller) == 3


def test_undo_of_an_edit_changed_through_a_second_connection_is_refused(ws, mueller):
    ws.execute(partners.update_partner(ws, mueller, city="Balingen", notes="Rahmenvertrag"))
    raw(ws, "UPDATE partner SET name = 'Müller & Söhne GmbH' WHERE id = ?", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError) as refused:
        ws.undo()
    assert str(refused.value) == CHANGED_UNDO.format("Müller & Söhne GmbH")
    assert dump_state(ws) == before  # the row and every other table as they were
    stored = ws.get("partner", mueller)
    assert (stored.name, stored.city, stored.notes) == ("Müller & Söhne GmbH", "Balingen", "Rahmenvertrag")
    assert not ws.can_redo and ws.undo_text == "Add partner “Müller GmbH”"  # the step left the history


def test_undo_is_refused_after_another_netzplaner_changed_the_row(ws, mueller):
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    other_user(ws, lambda uow: uow.update("partner", mueller, {"notes": "vom Kollegen"}))
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match="“Müller GmbH” was changed after this step"):
        ws.undo()
    assert dump_state(ws) == before


def test_undo_of_an_edit_whose_row_was_deleted_names_it(ws, mueller):
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    raw(ws, "DELETE FROM partner WHERE id = ?", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError) as refused:
        ws.undo()
    assert str(refused.value) == ("“Müller GmbH” was deleted after this step (by someone else or in another "
                                  "window); the step can no longer be undone.")
    assert dump_state(ws) == before


def test_redo_of_a_step_whose_row_changed_since_is_refused_with_the_steps_after_it(ws, mueller):
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    ws.execute(partners.update_partner(ws, mueller, city="Haigerloch"))
    ws.undo(), ws.undo()
    raw(ws, "UPDATE partner SET city = 'Tübingen' WHERE id = ?", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError) as refused:
        ws.redo()
    assert str(refused.value) == CHANGED_REDO.format("Müller GmbH")
    assert dump_state(ws) == before and ws.get("partner", mueller).city == "Tübingen"
    # the second edit was built on the first: had it stayed, its version check would match the stranger's row
    assert not ws.can_redo and ws.undone == ()


def test_a_macro_is_refused_as_a_whole(ws, mueller):
    other = ws.execute(partners.create_partner(ws, name="Schmid KG", kind="customer")).entity_id
    ws.execute(Macro([partners.update_partner(ws, mueller, city="Balingen"),
                      partners.update_partner(ws, other, city="Sigmaringen")], "Two edits"))
    raw(ws, "UPDATE partner SET notes = 'geändert' WHERE id = ?", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match="“Müller GmbH”"):
        ws.undo()  # the second partner's revert ran before the refusal; it is rolled back
    assert dump_state(ws) == before and ws.get("partner", other).city == "Sigmaringen"


def test_the_unit_of_work_raises_versions_without_the_trigger(ws, mueller):
    """A store without the SQLite trigger (another database) relies on the unit of work alone."""
    with closing(sqlite3.connect(ws.store.working_copy)) as conn:
        for table in VERSIONED:
            conn.execute(f'DROP TRIGGER "{table}_version"')
        conn.commit()
    goal = ws.execute(goals.create_goal(ws, title="Zweite Stahlquelle", benefit="resilience")).entity_id
    action = ws.execute(goals.create_action(ws, goal, title="Audit", partner_id=mueller)).entity_id
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    ws.execute(partners.move_partners(ws, {mueller: (1.0, 2.0)}))
    assert version(ws, "partner", mueller) == 3
    ws.execute(partners.delete_partner(ws, mueller))
    assert version(ws, "action", action) == 2  # the reference the delete cleared
    ws.undo(), ws.undo()
    assert version(ws, "partner", mueller) == 2 and version(ws, "action", action) == 1
    other_user(ws, lambda uow: uow.update("partner", mueller, {"notes": "vom Kollegen"}))
    assert version(ws, "partner", mueller) == 3
    with pytest.raises(StaleEditError, match="“Müller GmbH” was changed after this step"):
        ws.undo()


def test_undo_of_a_move_of_many_partners_is_refused_when_one_moved(ws, mueller):
    ids = [ws.own_firm_id, mueller] + [ws.execute(partners.create_partner(ws, name=f"P{i}", kind="company")).entity_id
                                       for i in range(3)]
    ws.execute(partners.move_partners(ws, {pid: (float(i), 0.0) for i, pid in enumerate(ids)}))
    raw(ws, "UPDATE partner SET pos_x = 99 WHERE id = ?", ids[3])
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match="“P1” was changed"):
        ws.undo()
    assert dump_state(ws) == before


def test_undo_of_a_create_is_refused_when_someone_added_to_it(ws, mueller):
    raw(ws, "INSERT INTO contact (id, partner_id, name, role, email, phone, notes) "
            "VALUES ('c' || hex(randomblob(15)), ?, 'Frau Keller', '', '', '', '')", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match=r"^“Müller GmbH” was changed after this step"):
        ws.undo()  # would delete the stranger's contact with the partner
    assert dump_state(ws) == before


def test_undo_of_a_delete_is_refused_when_what_it_hung_on_is_gone(ws, mueller):
    contact = ws.execute(partners.create_contact(ws, mueller, name="Frau Keller")).entity_id
    ws.execute(partners.delete_contact(ws, contact))
    raw(ws, "DELETE FROM partner WHERE id = ?", mueller)
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match="^Part of this step was deleted after it"):
        ws.undo()
    assert dump_state(ws) == before


def test_undo_of_a_delete_restores_references_only_while_unchanged(ws, mueller):
    goal = ws.execute(goals.create_goal(ws, title="Zweite Stahlquelle", benefit="resilience")).entity_id
    action = ws.execute(goals.create_action(ws, goal, title="Audit", partner_id=mueller)).entity_id
    ws.execute(partners.delete_partner(ws, mueller))
    assert ws.get("action", action).partner_id is None and version(ws, "action", action) == 2
    raw(ws, "UPDATE action SET owner = 'Frau Keller' WHERE id = ?", action)
    before = dump_state(ws)
    with pytest.raises(StaleEditError, match="“Audit” was changed"):
        ws.undo()
    assert dump_state(ws) == before


def test_redo_of_a_delete_is_refused_when_a_removed_row_changed(ws, mueller):
    own = ws.own_firm_id
    rel = ws.execute(relationships.create_relationship(ws, own, mueller, kind="supply", strength=3)).entity_id
    ws.execute(partners.delete_partner(ws, mueller))
    ws.undo()
    raw(ws, "UPDATE relationship SET strength = 5 WHERE id = ?", rel)
    before = dump_state(ws)
    with pytest.raises(StaleEditError) as refused:
        ws.redo()
    assert str(refused.value) == CHANGED_REDO.format("Eyachtal Präzisionsmaschinen GmbH – Müller GmbH")
    assert dump_state(ws) == before


def test_the_history_tells_what_it_holds(ws, mueller):
    heard = []
    ws.subscribe_history(lambda: heard.append((ws.can_undo, ws.can_redo, ws.undo_text, ws.redo_text)))
    ws.mark_clean()
    assert ws.is_clean
    ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
    assert not ws.is_clean and heard[-1] == (True, False, "Edit partner “Müller GmbH”", "")
    ws.undo()
    assert ws.is_clean and heard[-1] == (True, True, "Add partner “Müller GmbH”", "Edit partner “Müller GmbH”")
    clash = partners.create_partner(ws, name="MÜLLER GMBH", kind="company")
    with pytest.raises(ValidationError):
        ws.execute(clash)
    assert not ws.can_redo  # a new step ends the redo list even when it fails, as Qt's stack does
    assert ws.is_clean and [c.text for c in ws.done][-1] == "Add partner “Müller GmbH”"


def test_a_document_of_format_1_gets_versions(tmp_path):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format1.netzplan", old)
    original = old.read_bytes()
    with Workspace.open(old) as ws:
        assert ws.migrated_from == 1 and ws.store.schema_version == migrations.SCHEMA_VERSION
        assert ws.backup_path.read_bytes() == original
        with closing(sqlite3.connect(ws.store.working_copy)) as conn:
            for table in migrations.VERSIONED_AT_FORMAT_2:
                assert conn.execute(f"SELECT count(*), min(version), max(version) FROM {table}").fetchone() == (
                    1 if table != "partner" else 2, 1, 1), table
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers == {f"{t}_version" for t in VERSIONED}
        mueller = "p1" * 16
        assert ws.get("partner", mueller).tags == ("Stahl",)
        ws.execute(partners.update_partner(ws, mueller, city="Balingen"))
        raw(ws, "UPDATE partner SET notes = 'x' WHERE id = ?", mueller)
        with pytest.raises(StaleEditError):
            ws.undo()
        ws.save()
    with closing(sqlite3.connect(old)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_a_document_of_format_0_gets_versions_too(tmp_path):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format0.netzplan", old)
    with Workspace.open(old) as ws:
        assert ws.migrated_from == 0
        raw(ws, "UPDATE relationship SET strength = 2 WHERE id = 'r1'")
        assert version(ws, "relationship", "r1") == 2
