"""The document file: creation, refusal of bad files (untouched), migration, save, lock, recovery."""

from __future__ import annotations

import getpass
import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store import document as docmod
from netzplaner.store import migrations
from netzplaner.store.document import APPLICATION_ID, SCHEMA_VERSION, Document, DocumentError
from netzplaner.store.lock import LockedError, lock_path_for

FIXTURES = Path(__file__).with_name("fixtures")
REPO = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_document_is_one_self_contained_file(tmp_path):
    path = tmp_path / "neu.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eigene Firma", kind="company", is_own_firm=True))
        ws.save()
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "journal_mode") == "delete"
    assert pragma(path, "integrity_check") == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.netzplan"]  # no -wal, no lock left
    with Workspace.open(path) as ws:
        assert [p.name for p in queries.list_partners(ws)] == ["Eigene Firma"]


def test_edits_reach_the_file_only_on_save(tmp_path):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        saved = digest(path)
        ws.execute(partners.create_partner(ws, name="A", kind="company"))
        assert ws.modified and digest(path) == saved
    with Workspace.open(path) as ws:  # closed without saving: the edit is gone, as the user chose
        assert queries.list_partners(ws) == []


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "da.netzplan"
    path.write_bytes(b"wichtig")
    with pytest.raises(DocumentError, match="already exists"):
        Document.create(path)
    assert path.read_bytes() == b"wichtig"


def _foreign_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE kunden (name TEXT)")
        conn.execute("INSERT INTO kunden VALUES ('x')")
        conn.commit()


def _newer(path: Path) -> None:
    Document.create(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _truncated(path: Path) -> None:
    ws = Workspace.create(path)
    for i in range(300):
        ws.apply(partners.create_partner(ws, name=f"Partner {i}", kind="company", notes="x" * 200))
    ws.save()
    ws.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_inside(path: Path) -> None:
    ws = Workspace.create(path)
    for i in range(300):
        ws.apply(partners.create_partner(ws, name=f"Partner {i}", kind="company", notes="x" * 200))
    ws.save()
    ws.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page: 6 * page] = b"\xff" * (3 * page)  # scribble over b-tree pages, keep the length
    path.write_bytes(bytes(data))


BAD_FILES = {
    "empty": (lambda p: p.write_bytes(b""), "empty", "is empty"),
    "text": (lambda p: p.write_text("Firma;Ort\nMüller;Ulm\n", encoding="utf-8"), "foreign",
             "is not a Netzplaner document"),
    "foreign sqlite": (_foreign_sqlite, "foreign", "database of another program"),
    "truncated": (_truncated, "damaged", "damaged"),
    "scribbled": (_damaged_inside, "damaged", "damaged"),
    "newer": (_newer, "newer", "newer version of Netzplaner"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_and_left_untouched(tmp_path, data_dir, case):
    make, kind, words = BAD_FILES[case]
    path = tmp_path / "bad.netzplan"
    make(path)
    before = digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DocumentError) as caught:
        Workspace.open(path)
    assert caught.value.kind == kind
    assert words in str(caught.value) and "bad.netzplan" in str(caught.value)
    assert "\n" not in str(caught.value)  # one sentence, no traceback text
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no lock, no journal left beside it
    assert not list((data_dir / "working-copies").glob("*.sqlite")) if (data_dir / "working-copies").exists() \
        else True


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        Workspace.open(tmp_path / "fehlt.netzplan")
    with pytest.raises(DocumentError, match="is a folder"):
        Workspace.open(tmp_path)


def test_migration_from_format_0(tmp_path):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format0.netzplan", old)
    original = digest(old)
    with Workspace.open(old) as ws:
        assert ws.migrated_from == 0 and ws.store.schema_version == SCHEMA_VERSION
        backup = ws.backup_path
        assert backup is not None and backup.parent == tmp_path and digest(backup) == original
        names = sorted(p.name for p in queries.list_partners(ws))
        assert names == ["Eyachtal Präzisionsmaschinen GmbH", "Fachverband Antriebstechnik", "Hochschule Zollernalb",
                         "Usinage Dubois SARL", "usinage dubois sarl (2)"]
        own = queries.own_firm(ws)
        assert own.name == "Eyachtal Präzisionsmaschinen GmbH" and own.country == "DE"
        assert {r.id: r.strength for r in queries.list_relationships(ws)}["r4"] == 5  # clamped into 1..5
        assert {str(d) for p in queries.list_partners(ws) for d in p.dimensions} == {
            "regional", "thematic", "international"}
        assert digest(old) == original  # the file changes only when the user saves
        ws.save()
    assert pragma(old, "user_version") == SCHEMA_VERSION
    with Workspace.open(old) as ws:
        assert ws.migrated_from is None and len(queries.list_partners(ws)) == 5


def test_a_failing_migration_step_changes_nothing(tmp_path, monkeypatch):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format0.netzplan", old)
    original = digest(old)

    def broken(conn):
        migrations._upgrade_0_to_1(conn)
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setitem(migrations.UPGRADES, 0, broken)
    doc = Document.__new__(Document)  # the working copy alone, to look inside after the failure
    work = tmp_path / "work.sqlite"
    shutil.copy(old, work)
    engine = Document._make_engine(work)
    with pytest.raises(RuntimeError):
        migrations.upgrade(engine, 0)
    engine.dispose()
    assert pragma(work, "user_version") == 0
    with closing(sqlite3.connect(work)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"partner", "relationship"}  # the DDL was rolled back too
    with pytest.raises(RuntimeError):
        Workspace.open(old)
    assert digest(old) == original and not lock_path_for(old).exists()
    del doc


def test_save_as_writes_a_new_file_and_moves_the_lock(tmp_path):
    first, second = tmp_path / "a.netzplan", tmp_path / "b.netzplan"
    with Workspace.create(first) as ws:
        ws.execute(partners.create_partner(ws, name="X", kind="company"))
        ws.save_as(second)
        assert ws.path == second and not ws.modified
        assert not lock_path_for(first).exists() and lock_path_for(second).exists()
    assert pragma(second, "integrity_check") == "ok"
    with Workspace.open(second) as ws:
        assert [p.name for p in queries.list_partners(ws)] == ["X"]
    with Workspace.open(first) as ws:
        assert queries.list_partners(ws) == []


def test_a_failed_write_leaves_the_old_document(tmp_path, monkeypatch):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        before = digest(path)
        ws.execute(partners.create_partner(ws, name="X", kind="company"))

        def disk_full(src, dst):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(docmod.os, "replace", disk_full)
        with pytest.raises(DocumentError, match="could not be saved: the disk is full"):
            ws.save()
        monkeypatch.undo()
        assert digest(path) == before and ws.modified
        assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.netzplan", "doc.netzplan.lock"]


HOLD_SCRIPT = textwrap.dedent("""
    import sys, time
    from netzplaner.store import Document
    doc = Document.open(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    doc.close()
""")

TRY_SCRIPT = textwrap.dedent("""
    import sys
    from netzplaner.store import Document, LockedError
    try:
        Document.open(sys.argv[1]).close()
        print("opened")
    except LockedError as exc:
        print("refused:", exc)
""")


def _python(script: str, *args: str, data_dir: Path, **kwargs):
    env = {**os.environ, "NETZPLANER_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_second_process_is_refused_with_the_holders_name(tmp_path, data_dir):
    path = tmp_path / "geteilt.netzplan"
    Document.create(path).close()
    holder = _python(HOLD_SCRIPT, str(path), data_dir=data_dir, stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "holding"
        other = _python(TRY_SCRIPT, str(path), data_dir=data_dir)
        out, err = other.communicate(timeout=60)
        assert out.startswith("refused:"), err
        assert getpass.getuser() in out and socket.gethostname() in out and "read-only" in out
        with pytest.raises(LockedError):  # this process too
            Document.open(path)
        with Document.open(path, read_only=True) as doc:  # read-only is always possible
            assert doc.read_only
    finally:
        holder.communicate("\n", timeout=60)
    after = _python(TRY_SCRIPT, str(path), data_dir=data_dir)
    assert after.communicate(timeout=60)[0].strip() == "opened"


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock_path_for(path).write_text(
        f'{{"user": "jemand", "host": "{socket.gethostname()}", "pid": {dead.stdout.strip()}, '
        '"since": "01.01.2026 08:00"}', encoding="utf-8")
    with Document.open(path) as doc:
        assert not doc.read_only


def test_read_only_document_refuses_edits(tmp_path):
    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    with Workspace.open(path, read_only=True) as ws:
        with pytest.raises(DocumentError, match="read-only"):
            ws.execute(partners.create_partner(ws, name="X", kind="company"))
        with pytest.raises(DocumentError, match="read-only"):
            ws.save()


def test_orphaned_working_copy_is_recovered(tmp_path, data_dir):
    path = tmp_path / "doc.netzplan"
    ws = Workspace.create(path)
    ws.execute(partners.create_partner(ws, name="Nach dem Speichern", kind="company"))
    ws.store.engine.dispose()
    # pretend the program died: its info file names a process that no longer exists, its lock stays
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    info = ws.store.info_file
    info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {dead.stdout.strip()}'))
    lock_path_for(path).write_text(lock_path_for(path).read_text().replace(
        f'"pid": {os.getpid()}', f'"pid": {dead.stdout.strip()}'))
    orphans = docmod.find_orphans()
    assert [o.document for o in orphans] == [path.resolve()]
    with Workspace(Document.recover(orphans[0])) as recovered:
        assert [p.name for p in queries.list_partners(recovered)] == ["Nach dem Speichern"]
        assert recovered.modified
        recovered.save()
    assert docmod.find_orphans() == []
    with Workspace.open(path) as reopened:
        assert len(queries.list_partners(reopened)) == 1


def test_orphan_of_a_living_process_is_not_offered(tmp_path):
    with Workspace.create(tmp_path / "doc.netzplan"):
        assert docmod.find_orphans() == []
