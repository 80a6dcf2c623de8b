"""A seeded generator of damaged documents and a campaign that opens, reads and checks each one.

Every case must end in success or one NetzplanerError sentence: never another exception (a traceback), never a
hang, never a changed file in the document's folder, and a document accepted with content that differs from
what was saved must come with a notice. ``tests/test_damaged_documents.py`` runs a bounded campaign; a longer
one is one command:

    NETZPLANER_DATA_DIR=$(mktemp -d) python -m tests.damaged_documents --cases 40 --seed 7
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import struct
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

HANG_SECONDS = 20


@dataclass(frozen=True)
class Case:
    kind: str
    label: str
    make: Callable[[Path, Path], None]  # (pristine document, damaged path to create) -> None


def _copy(pristine: Path, target: Path) -> bytearray:
    shutil.copyfile(pristine, target)
    return bytearray(target.read_bytes())


def _write(target: Path, data: bytes | bytearray) -> None:
    target.write_bytes(bytes(data))


def _page_size(data: bytes | bytearray) -> int:
    size = struct.unpack(">H", bytes(data[16:18]))[0]
    return 65536 if size == 1 else size


def flip_text(name: str) -> Callable[[Path, Path], None]:
    """The first bytes of a partner's name become invalid UTF-8 (same length: the page stays well-formed)."""
    def make(pristine: Path, target: Path) -> None:
        data = _copy(pristine, target)
        needle = name.encode("utf-8")
        at = data.find(needle)
        assert at > 0, name
        data[at:at + 2] = b"\xff\xfe"
        _write(target, data)
    return make


def flip_bytes(seed: int, count: int) -> Callable[[Path, Path], None]:
    def make(pristine: Path, target: Path) -> None:
        data = _copy(pristine, target)
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(100, len(data))
            data[at] ^= 1 << rng.randrange(8)
        _write(target, data)
    return make


def flip_page(seed: int) -> Callable[[Path, Path], None]:
    """Random bytes over one whole page (a sector gone bad)."""
    def make(pristine: Path, target: Path) -> None:
        data = _copy(pristine, target)
        rng = random.Random(seed)
        page = _page_size(data)
        number = rng.randrange(1, len(data) // page)  # never page 1 (the header): that is "header" cases
        data[number * page:(number + 1) * page] = rng.randbytes(page)
        _write(target, data)
    return make


def truncate(fraction: float | None = None, length: int | None = None) -> Callable[[Path, Path], None]:
    def make(pristine: Path, target: Path) -> None:
        data = _copy(pristine, target)
        keep = length if length is not None else int(len(data) * fraction)
        _write(target, data[:keep])
    return make


def zeros(pristine: Path, target: Path) -> None:
    _write(target, bytes(pristine.stat().st_size))


def header_field(offset: int, fmt: str, value: int) -> Callable[[Path, Path], None]:
    def make(pristine: Path, target: Path) -> None:
        data = _copy(pristine, target)
        struct.pack_into(fmt, data, offset, value)
        _write(target, data)
    return make


def sql_edit(*statements: str, pragma_after: str | None = None) -> Callable[[Path, Path], None]:
    """An edit made behind Netzplaner's back through sqlite3 (the file stays a valid database)."""
    def make(pristine: Path, target: Path) -> None:
        shutil.copyfile(pristine, target)
        with closing(sqlite3.connect(target)) as conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA ignore_check_constraints = ON")
            for statement in statements:
                conn.execute(statement)
            conn.commit()
            if pragma_after:
                conn.execute(pragma_after)
    return make


def stray_wal(pristine: Path, target: Path) -> None:
    """A real -wal beside the document that would rename 47 partners if SQLite applied it."""
    shutil.copyfile(pristine, target)
    with tempfile.TemporaryDirectory() as scratch:
        other = Path(scratch) / target.name
        shutil.copyfile(pristine, other)
        conn = sqlite3.connect(other)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE partner SET name = name || ' WAL' WHERE rowid IN "
                     "(SELECT rowid FROM partner ORDER BY rowid LIMIT 47)")
        conn.commit()
        shutil.copyfile(f"{other}-wal", f"{target}-wal")
        shutil.copyfile(f"{other}-shm", f"{target}-shm")
        conn.close()


def stray_journal(pristine: Path, target: Path) -> None:
    """A hot -journal beside the document: another program was killed in the middle of a write."""
    shutil.copyfile(pristine, target)
    with tempfile.TemporaryDirectory() as scratch:
        other = Path(scratch) / target.name
        shutil.copyfile(pristine, other)
        conn = sqlite3.connect(other, isolation_level=None)
        conn.execute("PRAGMA journal_mode = PERSIST")
        conn.execute("BEGIN")
        conn.execute("UPDATE partner SET name = name || ' J'")
        conn.execute("PRAGMA cache_spill = 1")
        journal = Path(f"{other}-journal").read_bytes()
        conn.execute("ROLLBACK")
        conn.close()
    Path(f"{target}-journal").write_bytes(journal)


def garbage_sidecar(suffix: str) -> Callable[[Path, Path], None]:
    def make(pristine: Path, target: Path) -> None:
        shutil.copyfile(pristine, target)
        Path(f"{target}{suffix}").write_bytes(random.Random(len(suffix)).randbytes(33_000))
    return make


def directory(pristine: Path, target: Path) -> None:
    target.mkdir()


def fifo(pristine: Path, target: Path) -> None:
    os.mkfifo(target)


def link_to_fifo(pristine: Path, target: Path) -> None:
    pipe = target.with_name("pipe")
    os.mkfifo(pipe)
    target.symlink_to(pipe)


def link_to_device(pristine: Path, target: Path) -> None:
    target.symlink_to("/dev/zero")


def dangling_link(pristine: Path, target: Path) -> None:
    target.symlink_to(target.with_name("gone.netzplan"))


def cases(pristine: Path, seeds: int = 8, seed: int = 1) -> Iterator[Case]:
    with closing(sqlite3.connect(pristine)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY rowid LIMIT 200")]
    rng = random.Random(seed)
    for name in rng.sample([n for n in names if len(n.encode()) > 4], min(seeds, len(names))):
        yield Case("text bytes flipped", name, flip_text(name))
    for i in range(seeds):
        yield Case("bits flipped", f"seed {seed}-{i}: 1 bit", flip_bytes(seed * 1000 + i, 1))
        yield Case("bits flipped", f"seed {seed}-{i}: 40 bits", flip_bytes(seed * 2000 + i, 40))
        yield Case("page overwritten", f"seed {seed}-{i}", flip_page(seed * 3000 + i))
    for fraction in (0.01, 0.25, 0.5, 0.75, 0.99):
        yield Case("truncated", f"{fraction:.0%}", truncate(fraction=fraction))
    for length in (1, 16, 99, 100, 4096):
        yield Case("truncated", f"{length} bytes", truncate(length=length))
    yield Case("zeros", "same size", zeros)
    yield Case("zeros", "empty", truncate(length=0))
    for value in (-1, -(2**31), 2, 99, 2**31 - 1, 0):
        yield Case("header", f"user_version {value}", header_field(60, ">i", value))
    for value in (0, 1, 0x4E5A504D):
        yield Case("header", f"application_id {value:#x}", header_field(68, ">I", value))
    for value in (0, 3, 512, 65535):
        yield Case("header", f"page size {value}", header_field(16, ">H", value))
    for value in (0, 2**32 - 1):
        yield Case("header", f"page count {value}", header_field(28, ">I", value))
    yield Case("header", "schema format 9", header_field(44, ">I", 9))
    yield Case("header", "text encoding 3", header_field(56, ">I", 3))
    yield Case("header", "freelist trunk 99999", header_field(32, ">I", 99999))
    yield Case("layout", "a table dropped", sql_edit("DROP TABLE goal_partner"))
    yield Case("layout", "format 0 number on a current layout", sql_edit("PRAGMA user_version = 0"))
    yield Case("layout", "a column renamed", sql_edit("ALTER TABLE partner RENAME COLUMN name TO nom"))
    yield Case("layout", "the checksum table dropped", sql_edit("DROP TABLE IF EXISTS netzplaner_checksum"))
    yield Case("edited outside", "47 names", sql_edit(
        "UPDATE partner SET name = name || ' (edited)' WHERE rowid IN (SELECT rowid FROM partner LIMIT 47)"))
    yield Case("edited outside", "strength 99", sql_edit("UPDATE relationship SET strength = 99"))
    yield Case("edited outside", "a text in a number column", sql_edit(
        "UPDATE relationship SET strength = 'viel' WHERE rowid = 1"))
    yield Case("edited outside", "a dangling reference", sql_edit(
        "UPDATE relationship SET source_id = 'nobody' WHERE rowid = 1"))
    yield Case("edited outside", "vacuumed in WAL mode", sql_edit("VACUUM", pragma_after="PRAGMA journal_mode = WAL"))
    yield Case("sidecar", "stray -wal renaming 47 partners", stray_wal)
    yield Case("sidecar", "hot -journal", stray_journal)
    for suffix in ("-wal", "-shm", "-journal"):
        yield Case("sidecar", f"garbage {suffix}", garbage_sidecar(suffix))
    yield Case("not a file", "a folder", directory)
    if hasattr(os, "mkfifo"):
        yield Case("not a file", "a named pipe", fifo)
        yield Case("not a file", "a link to a named pipe", link_to_fifo)
        yield Case("not a file", "a link to /dev/zero", link_to_device)
    yield Case("not a file", "a dangling link", dangling_link)


@dataclass
class Outcome:
    kind: str
    label: str
    result: str  # "refused" | "accepted" | "traceback" | "hang"
    detail: str
    changed_files: list[str]
    silent_change: bool  # accepted with content other than saved, and no notice
    noticed: bool = False  # accepted, and the user was told (a sidecar not applied, a change outside)


def _listing(folder: Path) -> dict[str, str]:
    listing = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or not entry.is_file():
            listing[entry.name] = "special"
        else:
            listing[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return listing


class _Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Hang()


def content(ws) -> list:
    from netzplaner.services import network_check, queries

    partners = sorted((p.name, p.kind, p.city) for p in queries.list_partners(ws))
    ties = sorted((r.source_id, r.target_id, r.strength) for r in queries.list_relationships(ws))
    goals = sorted(g.title for g in queries.list_goals(ws))
    actions = sorted(a.title for a in queries.list_actions(ws))
    network_check.check_network(ws)
    return [partners, ties, goals, actions]


def run_case(case: Case, pristine: Path, folder: Path, expected: list) -> Outcome:
    """Damage, then open for editing, open read-only and ``check``: each must be a success or one sentence."""
    from netzplaner.cli import check_report
    from netzplaner.domain.errors import NetzplanerError
    from netzplaner.services.workspace import Workspace

    folder.mkdir()
    target = folder / "doc.netzplan"
    case.make(pristine, target)
    before = _listing(folder)
    results, details, silent, noticed = [], [], False, False
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for step in ("open", "read-only", "check"):
            signal.alarm(HANG_SECONDS)
            try:
                if step == "check":
                    check_report(target, "en")
                else:
                    with Workspace.open(target, read_only=step == "read-only") as ws:
                        seen = content(ws)
                        if seen != expected and not ws.notices:
                            silent = True
                        noticed = noticed or bool(ws.notices)
                results.append("accepted")
            except NetzplanerError as exc:
                results.append("refused")
                details.append(str(exc))
            except _Hang:
                results.append("hang")
                details.append(f"{step}: no answer within {HANG_SECONDS} s")
            except Exception as exc:  # noqa: BLE001 - counting tracebacks is the point
                results.append("traceback")
                details.append(f"{step}: {type(exc).__name__}: {exc}")
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, old)
    after = _listing(folder)
    changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    for worst in ("hang", "traceback", "refused", "accepted"):
        if worst in results:
            result = worst
            break
    return Outcome(case.kind, case.label, result, " | ".join(details), changed, silent,
                   noticed and result == "accepted")


def make_pristine(folder: Path) -> Path:
    from netzplaner.services.demo import write_demo

    path = folder / "pristine.netzplan"
    write_demo(path, lang="de")
    return path


def campaign(work: Path, seeds: int = 8, seed: int = 1) -> list[Outcome]:
    from netzplaner.services.workspace import Workspace

    pristine = make_pristine(work)
    with Workspace.open(pristine, read_only=True) as ws:
        expected = content(ws)
    return [run_case(case, pristine, work / f"case{i:03d}", expected)
            for i, case in enumerate(cases(pristine, seeds, seed))]


def figures(outcomes: list[Outcome]) -> str:
    rows = defaultdict(Counter)
    for o in outcomes:
        rows[o.kind]["cases"] += 1
        rows[o.kind][o.result] += 1
        rows[o.kind]["changed"] += bool(o.changed_files)  # files in the document's folder
        rows[o.kind]["silent"] += o.silent_change  # accepted with other content and no notice
        rows[o.kind]["told"] += o.noticed
    columns = ("cases", "refused", "accepted", "told", "traceback", "hang", "changed", "silent")
    lines = [f"{'kind':20}" + "".join(f"{c:>10}" for c in columns)]
    total = Counter()
    for kind, counts in rows.items():
        total.update(counts)
        lines.append(f"{kind:20}" + "".join(f"{counts[c]:>10}" for c in columns))
    lines.append(f"{'total':20}" + "".join(f"{total[c]:>10}" for c in columns))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40, help="random cases per kind of random damage")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        outcomes = campaign(Path(folder), args.cases, args.seed)
    print(figures(outcomes))
    bad = [o for o in outcomes if o.result in ("traceback", "hang") or o.changed_files or o.silent_change]
    for o in bad:
        print(f"{o.kind} / {o.label}: {o.result} {o.detail} changed={o.changed_files}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
