"""Checking a document file without trusting it and without writing beside it.

The check never opens the document itself with SQLite: SQLite would apply a ``-wal`` or roll back a
``-journal`` it finds beside the file (changing what the user sees, and writing there). Instead the main file
alone is copied into a private snapshot in the data folder, and every check runs on that snapshot; opening a
document then works on the snapshot it checked. Sidecar files beside a document are reported, never used: our
own save never leaves one there (it writes a temp file and replaces the document whole).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import struct
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DocumentError, NetzplanerError  # defined with the other errors a user sees
from . import checksum, schema_facts
from .paths import working_dir

APPLICATION_ID = 0x4E5A504C  # "NZPL"
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
SNAPSHOT_PREFIX = "opening-"
SCHEMA_VERSION = schema_facts.FORMAT  # the newest format (= migrations.SCHEMA_VERSION; a test step raises both)


@dataclass(frozen=True)
class FileCheck:
    path: Path
    schema_version: int
    size: int
    content: str = checksum.NONE  # checksum.INTACT, CHANGED or NONE (saved by an older version)
    sidecars: tuple[str, ...] = ()  # names of stray -wal/-shm/-journal files beside the document, not applied


def check_file(path: Path) -> FileCheck:
    """Check a document without changing a byte of it or of its folder; raise DocumentError with one sentence."""
    snapshot = new_snapshot_path()
    try:
        return check_into_snapshot(Path(path), snapshot)
    finally:
        snapshot.unlink(missing_ok=True)


def new_snapshot_path() -> Path:
    """A private path for a snapshot; its name carries our process id so that a killed check can be cleaned."""
    return working_dir() / f"{SNAPSHOT_PREFIX}{os.getpid()}-{uuid.uuid4().hex}.sqlite"


def remove_dead_snapshots(alive) -> None:
    """Delete snapshots (and their SQLite sidecars) of processes that ended during a check; ``alive(pid)``."""
    for leftover in working_dir().glob(f"{SNAPSHOT_PREFIX}*"):
        try:
            pid = int(leftover.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not alive(pid):
            leftover.unlink(missing_ok=True)


def refuse_unusual(path: Path) -> None:
    """Refuse what is not a plain file before anything opens it (a named pipe would block for ever)."""
    name = path.name
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DocumentError("not_found", "The file “{name}” does not exist.", name=name)
    except OSError as exc:
        raise DocumentError("unreadable", "“{name}” cannot be read: {reason}.", name=name,
                            reason=exc.strerror or type(exc).__name__)
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError("not_a_file", "“{name}” is a folder, not a Netzplaner document.", name=name)
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError("not_a_file", "“{name}” is not a regular file (perhaps a pipe or a device); "
                            "it is not a Netzplaner document.", name=name)


def check_into_snapshot(path: Path, snapshot: Path) -> FileCheck:
    """Copy the main file of ``path`` to ``snapshot`` and check the copy; the snapshot stays for the caller."""
    refuse_unusual(path)
    name = path.name
    size = _copy_main_file(path, snapshot)
    with open(snapshot, "rb") as handle:
        header = handle.read(100)
    if size == 0:
        raise DocumentError("empty", "“{name}” is empty; it is not a Netzplaner document.", name=name)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DocumentError("foreign", "“{name}” is not a Netzplaner document.", name=name)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    user_version = struct.unpack(">i", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    valid_for = struct.unpack(">I", header[92:96])[0]
    if application_id != APPLICATION_ID:
        raise DocumentError(
            "foreign", "“{name}” is a database of another program, not a Netzplaner document.", name=name)
    if user_version > SCHEMA_VERSION:
        raise DocumentError(
            "newer",
            "“{name}” was saved by a newer version of Netzplaner (file format {version}); "
            "please update Netzplaner to open it.", name=name, version=user_version)
    if user_version < 0:
        raise DocumentError("damaged", "“{name}” is damaged: its file format number ({version}) is not one "
                            "Netzplaner ever wrote.", name=name, version=user_version)
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DocumentError(
            "damaged", "“{name}” is damaged: the file is incomplete (perhaps a copy was interrupted).",
            name=name)
    damaged = DocumentError("damaged", "“{name}” is damaged and cannot be opened safely.", name=name)
    try:
        content = checksum.verify(snapshot)
        with closing(sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise damaged
            layout = {table: {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
                      for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
            problem = _layout_problem(user_version, layout, name)
            if problem is None and user_version == SCHEMA_VERSION and content != checksum.INTACT:
                # what Netzplaner saved needs no second look; anything else might hold values it never writes
                from .content_check import content_problem  # SQLAlchemy's models: only for such a file

                problem = content_problem(conn, name)
    except (sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError):
        raise damaged
    if problem is not None:
        raise DocumentError("damaged", problem.template, **problem.params)
    sidecars = tuple(f"{name}{suffix}" for suffix in SIDECAR_SUFFIXES
                     if os.path.lexists(f"{path}{suffix}"))
    return FileCheck(path=path, schema_version=user_version, size=size, content=content, sidecars=sidecars)


def _layout_problem(version: int, layout: dict[str, set[str]], name: str) -> NetzplanerError | None:
    """``migrations.layout_problem``; for the newest format from ``schema_facts``, so that opening a current
    document loads no SQLAlchemy (an older one is migrated with it anyway)."""
    if version == schema_facts.FORMAT == SCHEMA_VERSION:
        return layout_mismatch(version, layout, name, schema_facts.layout(), later=set())
    from . import migrations

    return migrations.layout_problem(version, layout, name)


def layout_mismatch(version: int, layout: dict[str, set[str]], name: str, expected: dict[str, set[str]],
                    later: set[str]) -> NetzplanerError | None:
    """What in ``layout`` (table -> columns of the document ``name``) does not fit ``expected``, the layout of
    the format ``version`` it claims, as one sentence; or None. ``later``: tables only later formats have."""
    missing = sorted(set(expected) - set(layout))
    if missing:
        return NetzplanerError("“{name}” is damaged: parts of the document are missing.", name=name)
    for table, columns in expected.items():
        if not columns <= layout[table]:
            return NetzplanerError("“{name}” is damaged: the table “{table}” does not have the columns of its "
                                   "file format ({version}).", name=name, table=table, version=version)
    if later & set(layout):
        return NetzplanerError("“{name}” is damaged: its parts do not match its file format number ({version}).",
                               name=name, version=version)
    return None


def _copy_main_file(path: Path, snapshot: Path) -> int:
    """Copy the bytes of ``path`` (never its sidecars) to the new file ``snapshot``; return the size copied."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise DocumentError("unreadable", "“{name}” cannot be read: {reason}.", name=path.name,
                            reason=exc.strerror or type(exc).__name__)
    with os.fdopen(fd, "rb") as source:
        if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):  # replaced by a pipe since refuse_unusual
            raise DocumentError("not_a_file", "“{name}” is not a regular file (perhaps a pipe or a device); "
                                "it is not a Netzplaner document.", name=path.name)
        try:
            with open(snapshot, "xb") as target:
                shutil.copyfileobj(source, target, 1 << 20)
                return target.tell()
        except OSError as exc:
            snapshot.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise DocumentError("disk_full", "“{name}” cannot be opened: the disk of Netzplaner's data "
                                    "folder is full.", name=path.name)
            if exc.filename is None or Path(exc.filename) != snapshot:
                raise DocumentError("unreadable", "“{name}” cannot be read: {reason}.", name=path.name,
                                    reason=exc.strerror or type(exc).__name__)
            raise DocumentError("unreadable", "“{name}” cannot be opened: Netzplaner's data folder cannot be "
                                "written ({reason}).", name=path.name, reason=exc.strerror or type(exc).__name__)
