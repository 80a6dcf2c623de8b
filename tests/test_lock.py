"""The document lock: never held twice, stale locks recognised (dead process, reused process id, silent
heartbeat, other computer), garbage tolerated, a broken lock noticed by its former holder."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from netzplaner.store import Document, lock
from netzplaner.store.paths import working_dir
from netzplaner.store.lock import DocumentLock, LockedError, LockLostError, break_lock, lock_path_for, read_holder

REPO = Path(__file__).resolve().parents[1]

# -- who holds it and when it is stale ------------------------------------------------------------------


def _write_lock(document: Path, **fields) -> Path:
    me = lock.current_holder()
    data = {"user": "anna", "host": me.host, "pid": me.pid, "since": "30.11.2026 09:14", "started": me.started,
            "heartbeat": time.time(), "token": "fremd", **fields}
    path = lock_path_for(document)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "doc.netzplan"
    Document.create(path).close()
    return path


def test_a_living_holder_is_named(doc):
    _write_lock(doc)
    with pytest.raises(LockedError) as refused:
        Document.open(doc)
    holder = refused.value.holder
    assert (holder.user, holder.host, holder.since) == ("anna", socket.gethostname(), "30.11.2026 09:14")
    assert str(refused.value) == (f"“doc.netzplan” is already open by anna on {socket.gethostname()} since "
                                  "30.11.2026 09:14; you can open it read-only.")
    assert abs(holder.heartbeat - time.time()) < 5


def test_the_lock_records_user_host_process_start_and_heartbeat(doc):
    with Document.open(doc):
        data = json.loads(lock_path_for(doc).read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid() and data["host"] == socket.gethostname() and data["user"]
        assert data["started"] == lock.process_start_time(os.getpid()) and data["started"].startswith("linux:")
        assert abs(data["heartbeat"] - time.time()) < 5 and len(data["token"]) == 32


def test_the_process_start_time_is_read_from_proc():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        ours, theirs = lock.process_start_time(os.getpid()), lock.process_start_time(child.pid)
        assert ours and theirs and ours != theirs
        assert ours == lock.process_start_time(os.getpid())  # stable
    finally:
        child.kill()
        child.wait()
    assert lock.process_start_time(child.pid) == ""  # gone


def test_a_dead_process_is_stale(doc):
    _write_lock(doc, pid=_dead_pid())
    with Document.open(doc) as opened:
        assert not opened.read_only


def test_a_reused_process_id_is_stale(doc):
    """The lock names a process id that another program now uses: its start time gives it away."""
    _write_lock(doc, started="linux:another-boot:12345")
    assert lock.pid_alive(os.getpid())  # the id itself is alive
    with Document.open(doc) as opened:
        assert json.loads(lock_path_for(doc).read_text())["token"] == opened._lock.holder.token


def test_a_silent_heartbeat_is_stale_even_if_the_process_lives(doc):
    _write_lock(doc, heartbeat=time.time() - 11 * 60)
    _age(lock_path_for(doc), 11 * 60)
    with Document.open(doc) as opened:
        assert not opened.read_only


def test_the_file_time_counts_as_a_sign_of_life(doc):
    """A holder whose clock runs behind writes an old heartbeat; the fresh file time keeps the lock alive."""
    _write_lock(doc, heartbeat=time.time() - 3600)
    with pytest.raises(LockedError):
        Document.open(doc)


def test_another_computers_lock_is_stale_only_by_its_heartbeat(doc):
    # a process id that is dead here means nothing for another computer (simulated: a foreign host name and a
    # Windows start time)
    path = _write_lock(doc, host="LAPTOP-BUERO7", pid=_dead_pid(), started="win:133771234567890000",
                       heartbeat=time.time() - 9 * 60)
    _age(path, 9 * 60)
    with pytest.raises(LockedError) as refused:
        Document.open(doc)
    assert refused.value.holder.host == "LAPTOP-BUERO7"
    _write_lock(doc, host="LAPTOP-BUERO7", pid=_dead_pid(), started="win:133771234567890000",
                heartbeat=time.time() - 11 * 60)
    _age(path, 11 * 60)
    with Document.open(doc) as opened:
        assert not opened.read_only


def test_a_lock_of_an_older_version_without_heartbeat_still_counts(doc):
    path = lock_path_for(doc)
    path.write_text(json.dumps({"user": "anna", "host": socket.gethostname(), "pid": os.getpid(),
                                "since": "30.11.2026 09:14"}), encoding="utf-8")
    with pytest.raises(LockedError):
        Document.open(doc)
    path.write_text(path.read_text().replace(str(os.getpid()), str(_dead_pid())))
    Document.open(doc).close()


GARBAGE = {
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "huge pid": b'{"user": "x", "host": "h", "pid": 99999999999999999999, "since": "s"}',
    "negative pid": b'{"user": "x", "host": "h", "pid": -5, "since": "s"}',
    "pid as text": b'{"user": "x", "host": "h", "pid": "12", "since": "s"}',
    "pid true": b'{"user": "x", "host": "h", "pid": true, "since": "s"}',
    "a list": b"[1, 2, 3]",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "not utf-8": b'{"user": "\xff\xfe", "host": "h", "pid": 1, "since": "s"}',
    "half written": b'{"user": "anna", "host": "h',
}


@pytest.mark.parametrize("content", GARBAGE.values(), ids=GARBAGE.keys())
def test_garbage_is_a_lock_of_an_unknown_holder(doc, content):
    path = lock_path_for(doc)
    path.write_bytes(content)
    with pytest.raises(LockedError) as refused:
        Document.open(doc)
    assert not refused.value.holder.known
    assert str(refused.value) == ("“doc.netzplan” is locked, but its lock file cannot be read, so the holder is "
                                  "unknown; you can open it read-only.")
    assert path.read_bytes() == content  # nobody's lock is removed on a guess
    with Document.open(doc, read_only=True) as viewer:
        assert viewer.read_only
    assert break_lock(doc, refused.value.holder) and not path.exists()  # the user may break it
    Document.open(doc).close()


def test_garbage_goes_stale_by_its_file_time(doc):
    path = lock_path_for(doc)
    path.write_bytes(b'{"pid": 99999999999999999999}')
    _age(path, 11 * 60)
    with Document.open(doc) as opened:
        assert not opened.read_only


def test_a_heartbeat_that_is_not_a_number_is_ignored(doc):
    path = _write_lock(doc, pid=_dead_pid())
    path.write_text(path.read_text().replace('"heartbeat": ', '"heartbeat": NaN, "x": '))
    Document.open(doc).close()  # dead process: stale, the NaN changes nothing
    path = _write_lock(doc, heartbeat=float("inf"))
    assert read_holder(path).heartbeat < time.time() + 5


# -- the heartbeat, breaking and losing a lock ------------------------------------------------------------


def test_the_heartbeat_is_refreshed_while_held(doc, monkeypatch):
    monkeypatch.setattr(lock, "HEARTBEAT_SECONDS", 0.05)
    with Document.open(doc):
        first = json.loads(lock_path_for(doc).read_text())["heartbeat"]
        deadline = time.monotonic() + 10
        while json.loads(lock_path_for(doc).read_text())["heartbeat"] == first:
            assert time.monotonic() < deadline, "no heartbeat"
            time.sleep(0.02)
    assert sorted(p.name for p in doc.parent.iterdir()) == ["doc.netzplan"]  # no temp file of the heartbeat


def test_breaking_removes_only_the_lock_that_was_shown(doc):
    shown = DocumentLock(doc)
    shown.acquire()
    holder = read_holder(shown.path)
    shown.release()
    successor = DocumentLock(doc)
    successor.acquire()  # someone else took it between the question and the answer
    try:
        assert not break_lock(doc, holder) and successor.still_held()
    finally:
        successor.release()
    assert break_lock(doc, holder)  # nothing there any more: nothing in the way


def test_a_holder_whose_lock_was_broken_neither_saves_nor_deletes_the_new_lock(doc, monkeypatch):
    monkeypatch.setattr(lock, "HEARTBEAT_SECONDS", 0.05)
    first = Document.open(doc)
    try:
        assert break_lock(doc, read_holder(lock_path_for(doc)))
        second = Document.open(doc)
        deadline = time.monotonic() + 0.5  # ten heartbeats of the first: none may overwrite the second's lock
        while time.monotonic() < deadline:
            assert read_holder(lock_path_for(doc)).token == second._lock.holder.token
            time.sleep(0.005)
        assert second._lock.still_held() and not first._lock.still_held()
        with pytest.raises(LockLostError, match="Someone else has broken the lock of “doc.netzplan”"):
            first.save()
        first.close()
        assert second._lock.still_held()
        second.save()
        second.close()
        assert not lock_path_for(doc).exists()
    finally:
        first.close()


def test_a_full_disk_leaves_no_empty_lock(doc, monkeypatch):
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock.os, "fsync", full)
    with pytest.raises(OSError):
        DocumentLock(doc).acquire()
    assert not lock_path_for(doc).exists()


def test_a_guard_left_by_a_killed_process_is_taken_over(doc, monkeypatch):
    monkeypatch.setattr(lock, "GUARD_STALE_SECONDS", 0.2)
    held = DocumentLock(doc)
    held.acquire()
    guard = held.path.with_name(held.path.name + ".guard")
    guard.touch()
    held.release()
    assert not held.path.exists() and not guard.exists()


# -- readers on a locked or write-protected document ------------------------------------------------------

HOLD = textwrap.dedent("""
    import sys
    from netzplaner.store import Document
    doc = Document.open(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    doc.close()
""")


def _python(script: str, *args: str, data_dir: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "NETZPLANER_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def demo_doc(tmp_path):
    from netzplaner.services.demo import write_demo

    path = tmp_path / "demo.netzplan"
    write_demo(path, lang="de")
    partner_list = tmp_path / "partner.csv"
    partner_list.write_text("Name;Art;Ort\nNeue Hochschule;Hochschule;Ulm\n", encoding="utf-8")
    return path, partner_list


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    from netzplaner.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_checks_exports_and_dry_runs_work_while_another_process_holds_the_document(demo_doc, tmp_path, data_dir,
                                                                                   capsys):
    doc, partner_list = demo_doc
    holder = _python(HOLD, str(doc), data_dir=data_dir, stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "holding"
        lock_before, doc_before = lock_path_for(doc).read_bytes(), doc.read_bytes()
        code, out, err = _run(capsys, "check", doc)
        assert code == 0 and "integrity ok" in out, err
        code, out, err = _run(capsys, "export", doc, "-o", tmp_path / "board.xlsx")  # with the map picture
        assert code == 0 and (tmp_path / "board.xlsx").stat().st_size > 0, err
        code, out, err = _run(capsys, "export", doc, "-o", tmp_path / "partner.csv.out.csv")
        assert code == 0, err
        code, out, err = _run(capsys, "import", doc, tmp_path / "board.xlsx", "--dry-run")
        assert code == 0, err
        code, out, err = _run(capsys, "import", doc, partner_list, "--dry-run")
        assert code == 0 and "Neue Hochschule" in out, err
        code, out, err = _run(capsys, "import", doc, partner_list)  # a real import must wait for the holder
        assert code == 1 and "is already open by" in err and "Traceback" not in err
        assert lock_path_for(doc).read_bytes() == lock_before and doc.read_bytes() == doc_before
    finally:
        holder.communicate("\n", timeout=60)


def test_checks_exports_and_dry_runs_work_in_a_write_protected_folder(demo_doc, tmp_path, capsys, monkeypatch):
    """A folder where no lock file can be created (simulated: we run as a user who may write everywhere)."""
    doc, partner_list = demo_doc
    real_open = os.open

    def write_protected(path, flags, *args):
        if str(path).startswith(str(doc.parent)) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock.os, "open", write_protected)
    assert _run(capsys, "check", doc)[0] == 0
    code, _out, err = _run(capsys, "export", doc, "-o", tmp_path.parent / f"{tmp_path.name}-board.xlsx", "--no-map")
    assert code == 0, err
    assert _run(capsys, "import", doc, partner_list, "--dry-run")[0] == 0
    code, _out, err = _run(capsys, "import", doc, partner_list)
    assert code == 1 and "write-protected; open the document read-only" in err


# -- leftovers of killed runs ------------------------------------------------------------------------------

OPEN_AND_WAIT = textwrap.dedent("""
    import sys, time
    from netzplaner.services import partners
    from netzplaner.services.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    if sys.argv[2] == "edit":
        ws.execute(partners.create_partner(ws, name="Vor dem Absturz", kind="cluster"))
    if sys.argv[2] == "save":
        ws.execute(partners.create_partner(ws, name="Gespeichert", kind="cluster"))
        ws.save()
    print("ready", flush=True)
    time.sleep(600)
""")


@pytest.mark.parametrize("what", ["nothing", "edit", "save"])
def test_a_killed_run_offers_back_only_unsaved_edits(doc, data_dir, what):
    from netzplaner.store import document as docmod

    run = _python(OPEN_AND_WAIT, str(doc), what, data_dir=data_dir)
    assert run.stdout.readline().strip() == "ready", run.stderr.read()
    run.kill()
    run.wait()
    orphans = docmod.find_orphans()
    if what == "edit":
        assert [o.document for o in orphans] == [doc.resolve()]
    else:  # opened and never edited, or everything saved: nothing to recover, and nothing left behind
        assert orphans == [] and list(working_dir().iterdir()) == []
    with Document.open(doc) as reopened:  # the killed process's lock is stale
        assert not reopened.read_only


def test_demo_into_a_folder_is_refused_without_leftovers(tmp_path, data_dir, capsys):
    folder = tmp_path / "Ordner"
    folder.mkdir()
    code, _out, err = _run(capsys, "demo", folder, "--force")
    assert code == 1 and err.strip() == "Error: “Ordner” is a folder, not a Netzplaner document."
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Ordner"]
    assert list(working_dir().iterdir()) == []


def test_a_failed_create_removes_its_working_copy(tmp_path, data_dir, monkeypatch):
    from netzplaner.store import document as docmod
    from netzplaner.store import file_write

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_write, "replace_file", disk_full)
    with pytest.raises(docmod.DocumentError, match="could not be saved"):
        Document.create(tmp_path / "neu.netzplan")
    assert list(working_dir().iterdir()) == [] and list(tmp_path.iterdir()) == []


def test_a_stale_lock_is_removed_only_if_nobody_took_it_over_meanwhile(doc):
    """Two processes judge the same lock stale; the first takes it over; the second must not remove that."""
    path = _write_lock(doc, pid=_dead_pid())
    judged = read_holder(path)
    path.unlink()
    successor = DocumentLock(doc)
    successor.acquire()
    try:
        DocumentLock(doc)._remove_if_unchanged(judged)
        assert successor.still_held()
    finally:
        successor.release()
