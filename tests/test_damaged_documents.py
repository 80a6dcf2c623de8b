"""Damaged documents: one sentence each, never a traceback or a hang; sidecars never applied; the checksum tells
a document changed outside Netzplaner; a read-only check writes nothing beside the file."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from netzplaner import cli
from netzplaner.services import partners, queries
from netzplaner.services.demo import write_demo
from netzplaner.services.workspace import Workspace
from netzplaner.store import checksum
from netzplaner.store.document import Document, DocumentError, check_file
from tests import damaged_documents as damage

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pristine")
    os.environ.setdefault("NETZPLANER_DATA_DIR", str(tmp_path_factory.mktemp("appdata-module")))
    path = folder / "pristine.netzplan"
    write_demo(path, lang="de")
    return path


def _doc(pristine: Path, folder: Path, make=None) -> Path:
    target = folder / "doc.netzplan"
    (make or (lambda p, t: shutil.copyfile(p, t)))(pristine, target)
    return target


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.iterdir())}


def _names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return sorted(p.name for p in queries.list_partners(ws))


def test_campaign_of_damaged_documents_has_no_traceback_hang_or_changed_file(tmp_path):
    outcomes = damage.campaign(tmp_path, seeds=3, seed=5)
    report = damage.figures(outcomes)
    print(report)
    assert len(outcomes) > 50
    bad = [(o.kind, o.label, o.result, o.detail) for o in outcomes if o.result in ("traceback", "hang")]
    assert bad == [], report
    assert [(o.kind, o.label, o.changed_files) for o in outcomes if o.changed_files] == []
    assert [(o.kind, o.label) for o in outcomes if o.silent_change] == []
    kinds = {o.kind for o in outcomes if o.result == "refused"}
    assert {"text bytes flipped", "truncated", "zeros", "header", "layout", "not a file"} <= kinds


def test_stray_wal_is_not_applied_and_the_user_is_told(pristine, tmp_path):
    path = _doc(pristine, tmp_path, damage.stray_wal)
    wal = Path(f"{path}-wal")
    wal_digest = hashlib.sha256(wal.read_bytes()).hexdigest()
    scratch = tmp_path / "proof"
    scratch.mkdir()
    shutil.copy(path, scratch / path.name)
    shutil.copy(wal, scratch / wal.name)
    with closing(sqlite3.connect(scratch / path.name)) as conn:  # plain SQLite applies it: the danger is real
        assert conn.execute("SELECT count(*) FROM partner WHERE name LIKE '% WAL'").fetchone()[0] == 47
    with Workspace.open(path) as ws:
        assert not [p.name for p in queries.list_partners(ws) if p.name.endswith(" WAL")]
        notices = [str(n) for n in ws.notices]
        assert any("doc.netzplan-wal" in n and "did not apply" in n for n in notices), notices
        ws.execute(partners.create_partner(ws, name="Neu nach dem Öffnen", kind="company"))
        ws.save()
    assert hashlib.sha256(wal.read_bytes()).hexdigest() == wal_digest  # left untouched
    report, _text = cli.check_report(path, "en")
    assert report["file"]["integrity"] == "ok" and any("-wal" in n for n in report["file"]["notices"])


def test_a_document_changed_outside_is_not_called_intact(pristine, tmp_path, capsys):
    path = _doc(pristine, tmp_path)
    assert check_file(path).content == "intact"
    damage.sql_edit("UPDATE partner SET name = name || ' (edited)' WHERE rowid IN "
                    "(SELECT rowid FROM partner LIMIT 47)")(pristine, path)
    assert check_file(path).content == "changed"
    assert cli.main(["check", str(path), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "CHANGED OUTSIDE NETZPLANER" in out and "integrity ok" not in out
    assert cli.main(["check", str(path), "--json"]) == 1
    assert '"integrity": "changed_outside"' in capsys.readouterr().out
    with Workspace.open(path) as ws:  # still opens, with the notice; saving makes it Netzplaner's again
        assert any("changed outside Netzplaner" in str(n) for n in ws.notices)
        ws.save()
    assert check_file(path).content == "intact"


@pytest.mark.parametrize("chunk", [None, 4096])  # the demo fits in one chunk: also read it page by page
def test_every_saved_byte_is_covered_by_the_checksum(pristine, tmp_path, monkeypatch, chunk):
    if chunk:
        monkeypatch.setattr(checksum, "_CHUNK", chunk)
    path = _doc(pristine, tmp_path)
    data = bytearray(path.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'netzplaner_checksum'").fetchone()[0]
        names = [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY rowid")]
    spots = [data.find(n.encode()) for n in (names[1], names[len(names) // 2], names[-1])]
    assert min(spots) > 100 and not any((root - 1) * 4096 <= at < root * 4096 for at in spots)
    for at in spots:  # one letter's case, as a text editor or a flaky disk might change it
        flipped = bytearray(data)
        flipped[at] ^= 0x20
        path.write_bytes(flipped)
        assert check_file(path).content == "changed", at
    path.write_bytes(data)
    assert check_file(path).content == "intact"


def test_older_files_without_checksum_are_fine(tmp_path, capsys):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format0.netzplan", old)
    assert check_file(old).content == "none"
    assert cli.main(["check", str(old), "--lang", "en"]) == 0
    assert "no content checksum" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["plain", "older format", "stray sidecars", "changed outside"])
def test_read_only_check_writes_nothing_beside_the_file(pristine, tmp_path, case, capsys):
    if case == "older format":
        path = tmp_path / "alt.netzplan"
        shutil.copy(FIXTURES / "format0.netzplan", path)
    else:
        path = _doc(pristine, tmp_path, {"stray sidecars": damage.stray_wal,
                                         "changed outside": damage.sql_edit("UPDATE partner SET city = 'X'")
                                         }.get(case))
        if case == "stray sidecars":
            Path(f"{path}-journal").write_bytes(b"not ours")
    before = _listing(tmp_path)
    cli.main(["check", str(path)])
    cli.main(["check", str(path), "--json"])
    check_file(path)
    with Workspace.open(path, read_only=True) as ws:
        queries.list_partners(ws)
    capsys.readouterr()
    assert _listing(tmp_path) == before  # no backup, no journal, no lock, no shm


@pytest.mark.parametrize("version", [-1, 0, -(2**31)])  # 7 is "newer": tested in test_document_file
def test_a_wrong_format_number_is_one_sentence(pristine, tmp_path, version):
    path = _doc(pristine, tmp_path, damage.header_field(60, ">i", version))
    before = _listing(tmp_path)
    for read_only in (False, True):
        with pytest.raises(DocumentError, match="is damaged") as caught:
            Document.open(path, read_only=read_only)
        assert caught.value.kind == "damaged"
    assert _listing(tmp_path) == before


def test_a_migration_that_meets_bad_content_is_one_sentence(tmp_path):
    old = tmp_path / "alt.netzplan"
    shutil.copy(FIXTURES / "format0.netzplan", old)
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("UPDATE relationship SET strength = 'stark' WHERE rowid = 1")
        conn.commit()
    before = _listing(tmp_path)
    with pytest.raises(DocumentError, match="could not be upgraded"):
        Document.open(old)
    after = _listing(tmp_path)
    assert {k: v for k, v in after.items() if "backup" not in k} == before


def test_damaged_text_read_later_is_one_sentence(pristine, tmp_path):
    path = _doc(pristine, tmp_path)
    with Workspace.open(path) as ws:
        name = queries.list_partners(ws)[3].name
        work = ws.store.working_copy
        with closing(sqlite3.connect(work)) as conn:  # damage arriving after the open (a bad sector, say)
            conn.execute("UPDATE partner SET name = CAST(? AS TEXT) WHERE name = ?", (b"\xff\xfeKaputt", name))
            conn.commit()
        with pytest.raises(DocumentError, match="part of its content cannot be read"):
            queries.list_partners(ws)


def test_a_named_pipe_is_refused_before_anything_opens_it(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "doc.netzplan"
    os.mkfifo(pipe)
    old = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the pipe blocked"))
    signal.alarm(10)
    try:
        for call in (lambda: check_file(pipe), lambda: Document.open(pipe), lambda: Document.open(pipe, read_only=True)):
            with pytest.raises(DocumentError, match="not a regular file"):
                call()
        assert cli.main(["check", str(pipe)]) == 1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.netzplan"]


@pytest.mark.parametrize("edit, column", [
    ("UPDATE action SET due_date = '2026-13-45' WHERE rowid = 1", "due_date"),
    ("UPDATE partner SET kind = 'alien' WHERE rowid = 2", "kind"),
    ("UPDATE partner SET created_at = 'gestern' WHERE rowid = 2", "created_at"),
    ("UPDATE partner SET pos_x = 'links' WHERE rowid = 2", "pos_x"),
    ("UPDATE partner SET archived = 7 WHERE rowid = 2", "archived"),
])
def test_a_value_netzplaner_never_writes_is_named_in_one_sentence(pristine, tmp_path, edit, column):
    path = _doc(pristine, tmp_path, damage.sql_edit(edit))
    with pytest.raises(DocumentError, match=f"column “{column}”"):
        Document.open(path, read_only=True)
