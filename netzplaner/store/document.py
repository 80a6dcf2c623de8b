"""The document file: create, check, open (through a private working copy), migrate, lock, save.

A ``.netzplan`` document is one self-contained SQLite file (rollback journal, ``application_id`` and
``user_version`` in its header). The program never edits it in place: opening copies it with the SQLite
backup API into a private working copy in the data folder, every edit commits there (WAL, synchronous), and
saving writes the whole document back atomically (temp file in the same folder, fsync, ``os.replace``). A
killed program therefore leaves the document as it was last saved and a working copy holding every committed
edit, which ``find_orphans``/``Document.recover`` offer back at the next start.

This is the only module that speaks SQLite-specific SQL (pragmas, backup API).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from ..domain.errors import NetzplanerError
from . import migrations
from .lock import DocumentLock, current_holder, process_alive, this_host
from .models import Base
from .paths import backup_dir, working_dir
from .uow import UnitOfWork

APPLICATION_ID = 0x4E5A504C  # "NZPL"
SCHEMA_VERSION = migrations.SCHEMA_VERSION
FILE_SUFFIX = ".netzplan"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DocumentError(NetzplanerError):
    """A document that cannot be opened or written; ``kind`` says why (for translated messages)."""

    def __init__(self, kind: str, template: str, **params: object) -> None:
        self.kind = kind
        super().__init__(template, **params)


@dataclass(frozen=True)
class FileCheck:
    path: Path
    schema_version: int
    size: int


def check_file(path: Path) -> FileCheck:
    """Check a document without changing a byte of it; raise DocumentError with one clear sentence."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise DocumentError("not_found", "The file “{name}” does not exist.", name=name)
    if path.is_dir():
        raise DocumentError("not_a_file", "“{name}” is a folder, not a Netzplaner document.", name=name)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DocumentError("unreadable", "“{name}” cannot be read: {reason}.", name=name,
                            reason=exc.strerror or exc)
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
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DocumentError(
            "damaged", "“{name}” is damaged: the file is incomplete (perhaps a copy was interrupted).",
            name=name)
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise DocumentError("damaged", "“{name}” is damaged and cannot be opened safely.", name=name)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        raise DocumentError("damaged", "“{name}” is damaged and cannot be opened safely.", name=name)
    if not migrations.expected_tables(user_version) <= tables:
        raise DocumentError("damaged", "“{name}” is damaged: parts of the document are missing.", name=name)
    return FileCheck(path=path, schema_version=user_version, size=size)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; os.replace is durable enough there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind ``source`` to ``target`` as one self-contained file, all or nothing."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with closing(sqlite3.connect(tmp)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Orphan:
    """A working copy left behind by a program that ended without closing its document."""

    working_copy: Path
    info_file: Path
    document: Path
    opened_at: str
    modified: datetime


class Document:
    """An open document. Use ``Document.create`` / ``Document.open``; ``close`` when done."""

    def __init__(self, path: Path, working_copy: Path, lock: DocumentLock | None, read_only: bool) -> None:
        self.path = Path(path)
        self.working_copy = working_copy
        self.info_file = working_copy.with_suffix(".json")
        self._lock = lock
        self.read_only = read_only
        self.modified = False
        self._unsaved_noted = False  # what the info file says: a killed run offers only edited copies back
        self.closed = False
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.engine: Engine = self._make_engine(working_copy)
        self._write_info()

    # -- creation and opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, overwrite: bool = False, metadata: dict[str, str] | None = None) -> Document:
        """A new, empty document at ``path`` (written at once, so the file exists and is locked)."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        if path.is_dir():
            raise DocumentError("not_a_file", "“{name}” is a folder, not a Netzplaner document.", name=path.name)
        if not path.parent.is_dir():
            raise DocumentError("no_folder", "The folder “{folder}” does not exist.", folder=str(path.parent))
        lock = cls._acquire_lock(path)
        doc = None
        try:
            work = cls._new_working_copy_path()
            with closing(sqlite3.connect(work)) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            doc = cls(path, work, lock, read_only=False)
            Base.metadata.create_all(doc.engine)
            now = datetime.now().isoformat(timespec="seconds")
            meta = {"created": now, "format": str(SCHEMA_VERSION), **(metadata or {})}
            with doc.engine.begin() as conn:
                from .models import Meta
                conn.execute(Meta.__table__.insert(), [{"key": k, "value": v} for k, v in meta.items()])
            doc.save()
            return doc
        except BaseException:
            if doc is not None:
                doc.close()  # the working copy goes too: nothing to recover from a document never written
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Document:
        """Check and open ``path``; an older format is backed up and migrated in the working copy."""
        path = Path(path)
        checked = check_file(path)
        lock = None if read_only else cls._acquire_lock(path)
        work = cls._new_working_copy_path()
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as src, \
                    closing(sqlite3.connect(work)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
            doc = cls(path, work, lock, read_only)
            if checked.schema_version < SCHEMA_VERSION:
                doc._migrate(checked.schema_version)
            return doc
        except BaseException:
            for leftover in (work, work.with_suffix(".json"), Path(f"{work}-wal"), Path(f"{work}-shm")):
                leftover.unlink(missing_ok=True)
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def recover(cls, orphan: Orphan) -> Document:
        """Adopt an orphaned working copy: the document comes back with every edit committed before the crash."""
        lock = cls._acquire_lock(orphan.document)
        doc = cls(orphan.document, orphan.working_copy, lock, read_only=False)
        doc.modified = True
        doc._note_unsaved()
        return doc

    @staticmethod
    def _acquire_lock(path: Path) -> DocumentLock:
        lock = DocumentLock(path)
        try:
            lock.acquire()
        except PermissionError:
            raise DocumentError(
                "read_only_folder", "The folder of “{name}” is write-protected; open the document read-only.",
                name=path.name)
        return lock

    @staticmethod
    def _new_working_copy_path() -> Path:
        return working_dir() / f"{uuid.uuid4().hex}.sqlite"

    @staticmethod
    def _make_engine(work: Path) -> Engine:
        engine = create_engine(f"sqlite:///{work}", poolclass=NullPool)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # every connection: enforce references, survive a kill
            # Leave transactions to SQLAlchemy (the "begin" hook below) so that DDL in migrations is
            # transactional too; pysqlite's own implicit BEGIN skips DDL.
            dbapi_conn.isolation_level = None
            dbapi_conn.execute("PRAGMA foreign_keys = ON")
            dbapi_conn.execute("PRAGMA synchronous = FULL")
            dbapi_conn.execute("PRAGMA busy_timeout = 5000")

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN")

        return engine

    def _write_info(self) -> None:
        holder = current_holder()
        info = {"document": str(self.path.resolve()), "pid": holder.pid, "host": holder.host,
                "started": holder.started, "opened_at": holder.since, "read_only": self.read_only,
                "unsaved": self._unsaved_noted}
        self.info_file.write_text(json.dumps(info), encoding="utf-8")

    # -- migration --------------------------------------------------------------------------------------

    def _migrate(self, from_version: int) -> None:
        """Back the original up, then upgrade the working copy one version at a time."""
        self.backup_path = self._backup_before_migration(from_version)
        migrations.upgrade(self.engine, from_version)
        self.migrated_from = from_version
        self.modified = True

    def _backup_before_migration(self, version: int) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{self.path.stem}.format{version}-backup-{stamp}{self.path.suffix}"
        for folder in (self.path.parent, backup_dir()):
            try:
                target = folder / name
                shutil.copy2(self.path, target)
                return target
            except OSError:
                continue
        raise DocumentError("backup_failed", "No backup of “{name}” could be written; it was not upgraded.",
                            name=self.path.name)

    # -- working with the data --------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:  # a late view must not recreate an empty working copy
            raise DocumentError("closed", "“{name}” has been closed.", name=self.path.name)

    @contextmanager
    def connect(self) -> Iterator:
        """A SQLAlchemy connection in one transaction: committed on success, rolled back on any error."""
        self._check_open()
        if not self.read_only:
            self._note_unsaved()  # before the commit: a kill right after it still offers the copy back
        with self.engine.begin() as conn:
            yield conn
        if not self.read_only:
            self.modified = True

    def _note_unsaved(self) -> None:
        if not self._unsaved_noted:
            self._unsaved_noted = True
            self._write_info()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction for one user action (commit on success, rollback on error)."""
        if self.read_only:
            raise DocumentError("read_only", "“{name}” is open read-only; use Save As to keep your changes.",
                                name=self.path.name)
        with self.connect() as conn:
            yield UnitOfWork(conn)

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A unit of work for queries only: it never writes and does not mark the document modified."""
        self._check_open()
        with self.engine.connect() as conn:
            yield UnitOfWork(conn)

    @property
    def schema_version(self) -> int:
        with closing(sqlite3.connect(self.working_copy)) as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    # -- saving -----------------------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            raise DocumentError("read_only", "“{name}” is open read-only; use Save As to keep your changes.",
                                name=self.path.name)
        if self._lock is not None:
            self._lock.ensure_held()  # someone broke the lock: never overwrite their work
        self._write_to(self.path)
        self.modified = False
        if self._unsaved_noted:
            self._unsaved_noted = False
            self._write_info()

    def save_as(self, path: Path, *, overwrite: bool = True) -> None:
        """Write the document to ``path`` and continue working there (the lock moves with it)."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        if path.resolve() == self.path.resolve() and not self.read_only:
            self.save()
            return
        new_lock = self._acquire_lock(path)
        try:
            self._write_to(path)
        except BaseException:
            new_lock.release()
            raise
        if self._lock is not None:
            self._lock.release()
        self._lock, self.path, self.read_only, self.modified = new_lock, path, False, False
        self._write_info()

    def write_copy(self, path: Path) -> None:
        """Write a copy (rotating backups, export) without switching to it."""
        self._write_to(Path(path))

    def _write_to(self, target: Path) -> None:
        try:
            with closing(sqlite3.connect(self.working_copy)) as source:
                write_atomically(source, target)
        except OSError as exc:
            raise DocumentError("write_failed", "“{name}” could not be saved: {reason}.", name=target.name,
                                reason=exc.strerror or exc)

    def close(self) -> None:
        """Forget the working copy and free the lock. Unsaved changes are dropped: save first."""
        self.closed = True
        self.engine.dispose()
        for leftover in (self.working_copy, self.info_file, Path(f"{self.working_copy}-wal"),
                         Path(f"{self.working_copy}-shm")):
            leftover.unlink(missing_ok=True)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def find_orphans() -> list[Orphan]:
    """Working copies whose program is gone (killed, crashed), newest first."""
    orphans = []
    for info_file in working_dir().glob("*.json"):
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        work = info_file.with_suffix(".sqlite")
        if not work.exists() or info.get("read_only"):
            continue
        host, pid, started = str(info.get("host", "")), info.get("pid"), str(info.get("started") or "")
        if host == this_host() and process_alive(host, pid if isinstance(pid, int) else 0, started):
            continue
        if info.get("unsaved") is False:  # opened, never edited (or saved), then killed: nothing to offer
            discard_orphan(Orphan(work, info_file, Path(), "", datetime.now()))
            continue
        orphans.append(Orphan(work, info_file, Path(info["document"]), str(info.get("opened_at", "")),
                              datetime.fromtimestamp(work.stat().st_mtime)))
    return sorted(orphans, key=lambda o: o.modified, reverse=True)


def discard_orphan(orphan: Orphan) -> None:
    for leftover in (orphan.working_copy, orphan.info_file, Path(f"{orphan.working_copy}-wal"),
                     Path(f"{orphan.working_copy}-shm")):
        leftover.unlink(missing_ok=True)
