"""Files as the user left them: mode, owner, group and symlinks survive a save; exports get the user's usual
permissions; leftovers of a killed save are cleaned; a full disk is one sentence and loses nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from netzplaner import cli
from netzplaner.domain.errors import NetzplanerError
from netzplaner.io.files import atomic_write
from netzplaner.services import demo, partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store import checksum, file_write
from netzplaner.store.document import Document, DocumentError, find_orphans
from netzplaner.store.lock import lock_path_for

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return sorted(p.name for p in queries.list_partners(ws))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@POSIX
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_save_keeps_the_mode_of_the_document(tmp_path, mode, umask_022):
    path = tmp_path / "privat.netzplan"
    Document.create(path).close()
    os.chmod(path, mode)
    with Workspace.open(path) as ws:
        ws.execute(partners.create_partner(ws, name="Geheim", kind="company"))
        ws.save()
        ws.save_as(path)  # Save As onto itself is a save
    assert _mode(path) == mode and _names(path) == ["Geheim"]


@POSIX
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file away")
def test_save_keeps_owner_and_group(tmp_path):
    path = tmp_path / "team.netzplan"
    Document.create(path).close()
    os.chown(path, 4321, 8765)
    with Workspace.open(path) as ws:
        ws.execute(partners.create_partner(ws, name="A", kind="company"))
        ws.save()
    info = os.stat(path)
    assert (info.st_uid, info.st_gid) == (4321, 8765)


@POSIX
def test_saving_through_a_symlink_writes_the_real_file_and_keeps_the_link(tmp_path):
    real_folder = tmp_path / "sync"
    real_folder.mkdir()
    real = real_folder / "echt.netzplan"
    Document.create(real).close()
    os.chmod(real, 0o640)
    link = tmp_path / "verknüpfung.netzplan"
    link.symlink_to(real)
    with Workspace.open(link) as ws:
        ws.execute(partners.create_partner(ws, name="Über den Link", kind="company"))
        ws.save()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert _names(real) == ["Über den Link"] and _mode(real) == 0o640
    assert not [p for p in real_folder.iterdir() if p.name.endswith(".tmp")]


@POSIX
def test_two_links_to_one_document_share_its_lock(tmp_path):
    from netzplaner.store.lock import LockedError

    real = tmp_path / "echt.netzplan"
    Document.create(real).close()
    first, second = tmp_path / "a.netzplan", tmp_path / "b.netzplan"
    first.symlink_to(real)
    second.symlink_to(real)
    with Workspace.open(first):
        assert lock_path_for(real).exists()
        with pytest.raises(LockedError):
            Workspace.open(second)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.netzplan", "b.netzplan", "echt.netzplan"]


@POSIX
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exports_get_the_users_usual_permissions(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        target = tmp_path / "plan.csv"
        with atomic_write(target, "w") as out:
            out.write("a;b\n")
        assert _mode(target) == expected
        os.chmod(target, 0o640)  # an existing file keeps what the user gave it
        with atomic_write(target, "w") as out:
            out.write("c;d\n")
        assert _mode(target) == 0o640 and target.read_text() == "c;d\n"
    finally:
        os.umask(old)


@POSIX
def test_new_documents_get_the_users_usual_permissions(tmp_path):
    old = os.umask(0o002)
    try:
        Document.create(tmp_path / "neu.netzplan").close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "neu.netzplan") == 0o664


def test_an_export_onto_a_folder_names_the_users_target(tmp_path, capsys):
    folder = tmp_path / "ziel.xlsx"
    folder.mkdir()
    with pytest.raises(NetzplanerError) as caught, atomic_write(folder) as out:
        out.write(b"x")
    assert "ziel.xlsx" in str(caught.value) and ".part" not in str(caught.value)
    doc = tmp_path / "d.netzplan"
    demo.write_demo(doc)
    assert cli.main(["export", str(doc), "-o", str(folder), "--no-map"]) == 1
    err = capsys.readouterr().err
    assert "ziel.xlsx" in err and ".part" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.netzplan", "ziel.xlsx"]


def test_a_replace_refused_by_the_system_names_the_target_not_the_temp_file(tmp_path, monkeypatch):
    def refuse(src, dst):
        raise IsADirectoryError(21, "Is a directory", str(src))
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(NetzplanerError) as caught, atomic_write(tmp_path / "plan.xlsx") as out:
        out.write(b"x")
    assert "plan.xlsx" in str(caught.value) and ".part" not in str(caught.value)


def test_leftovers_of_a_killed_save_are_cleaned_on_the_next_open(tmp_path, data_dir):
    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    leftovers = [tmp_path / ".doc.netzplan.0a1b2c3d.tmp", tmp_path / ".doc.netzplan.0a1b2c3d.tmp-journal"]
    mine = [tmp_path / ".other.netzplan.0a1b2c3d.tmp", tmp_path / "doc.netzplan.tmp"]  # not ours: stay
    for leftover in leftovers + mine:
        leftover.write_bytes(b"x" * 1000)
    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout)
    snapshot = data_dir / "working-copies" / f"opening-{dead}-0123abcd.sqlite"
    snapshot.write_bytes(b"half a copy")
    with Workspace.open(path, read_only=True):  # read-only writes nothing beside the file
        assert all(p.exists() for p in leftovers)
    with Workspace.open(path):
        assert not any(p.exists() for p in leftovers) and all(p.exists() for p in mine)
    assert not snapshot.exists()


def _pretend_killed(ws) -> None:
    """The program died: its info file names a process that no longer exists."""
    ws.store.engine.dispose()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    info = ws.store.info_file
    info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {dead.stdout.strip()}'))
    lock_path_for(ws.path).unlink()


def test_an_unedited_orphan_is_cleaned_not_offered(tmp_path, data_dir):
    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    ws = Workspace.open(path)  # opened (a --demo, say) and killed before any edit
    _pretend_killed(ws)
    assert find_orphans() == [] and not ws.store.working_copy.exists()


def test_a_recovered_orphan_killed_again_is_offered_again(tmp_path, data_dir):
    path = tmp_path / "doc.netzplan"
    ws = Workspace.create(path)
    ws.execute(partners.create_partner(ws, name="Nur in der Arbeitskopie", kind="company"))
    _pretend_killed(ws)
    (orphan,) = find_orphans()
    recovered = Workspace(Document.recover(orphan))
    _pretend_killed(recovered)
    (again,) = find_orphans()
    with Workspace(Document.recover(again)) as last:
        assert [p.name for p in queries.list_partners(last)] == ["Nur in der Arbeitskopie"]


def _fill_disk_after_next_page(ws) -> None:
    """SQLite's own limit makes the working copy "full": the same SQLITE_FULL a full disk gives."""
    with closing(sqlite3.connect(ws.store.working_copy)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    from sqlalchemy import event

    @event.listens_for(ws.store.engine, "connect")
    def _limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_during_an_edit_is_one_sentence_and_loses_nothing(tmp_path):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Vorher", kind="company"))
        ws.save()
        _fill_disk_after_next_page(ws)
        with pytest.raises(DocumentError, match="not enough free disk space"):
            for i in range(500):
                ws.execute(partners.create_partner(ws, name=f"P{i}", kind="company", notes="y" * 2000))
        assert "Vorher" in [p.name for p in queries.list_partners(ws)]
    assert _names(path) == ["Vorher"]


def test_a_full_disk_during_save_is_one_sentence_and_loses_nothing(tmp_path, monkeypatch):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Gespeichert", kind="company"))
        ws.save()
        before = path.read_bytes()
        ws.execute(partners.create_partner(ws, name="Ungespeichert", kind="company"))

        def full(conn, target):
            raise sqlite3.OperationalError("database or disk is full")
        with monkeypatch.context() as patch:
            patch.setattr(checksum, "stamp", full)
            with pytest.raises(DocumentError, match="the disk is full") as caught:
                ws.save()
        assert caught.value.kind == "disk_full"
        assert path.read_bytes() == before and ws.modified
        assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.netzplan", "doc.netzplan.lock"]
        assert sorted(p.name for p in queries.list_partners(ws)) == ["Gespeichert", "Ungespeichert"]
        ws.save()
    assert _names(path) == ["Gespeichert", "Ungespeichert"]


def test_a_failed_demo_leaves_no_working_copy_and_no_file(tmp_path, data_dir, monkeypatch, capsys):
    def full(conn, target):
        raise OSError(28, "No space left on device")
    with monkeypatch.context() as patch:
        patch.setattr(file_write.checksum, "stamp", full)
        assert cli.main(["demo", str(tmp_path / "demo.netzplan")]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    folder = tmp_path / "ordner"
    folder.mkdir()
    assert cli.main(["demo", str(folder), "--force"]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ordner"]
    assert list((data_dir / "working-copies").iterdir()) == []
    assert find_orphans() == []


def test_an_import_from_a_folder_or_a_pipe_says_what_it_is(tmp_path, capsys):
    doc = tmp_path / "d.netzplan"
    demo.write_demo(doc)
    folder = tmp_path / "liste.xlsx"
    folder.mkdir()
    assert cli.main(["import", str(doc), str(folder), "--dry-run"]) == 1
    assert "is a folder" in capsys.readouterr().err
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "liste.csv"
        os.mkfifo(pipe)
        assert cli.main(["import", str(doc), str(pipe), "--dry-run"]) == 1
        assert "not a regular file" in capsys.readouterr().err


def test_a_full_data_folder_while_opening_is_one_sentence_and_leaves_nothing(tmp_path, data_dir, monkeypatch):
    from netzplaner.store import file_check

    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    before = path.read_bytes()

    def full(source, target, length=0):
        target.write(b"SQLite format 3\x00")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(file_check.shutil, "copyfileobj", full)
    for read_only in (False, True):
        with pytest.raises(DocumentError, match="data folder is full"):
            Document.open(path, read_only=read_only)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["doc.netzplan"]
    assert list((data_dir / "working-copies").iterdir()) == []
