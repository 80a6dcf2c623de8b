"""The document file: create, open (through a private working copy), migrate, lock, save.

A ``.netzplan`` document is one self-contained SQLite file (rollback journal, ``application_id`` and
``user_version`` in its header). The program never edits it in place: opening copies the main file alone
(never a sidecar beside it) into a private snapshot in the data folder, checks the snapshot
(``file_check``) and works on it as the working copy; every edit commits there (WAL, synchronous), and
saving writes the whole document back atomically (``file_write``: temp file in the same folder, checksum,
fsync, ``os.replace``). A killed program therefore leaves the document as it was last saved and a working
copy holding every committed edit, which ``find_orphans``/``Document.recover`` offer back at the next start.

Together with ``file_check``, ``file_write`` and ``checksum`` this is where SQLite-specific SQL lives.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import NetzplanerError
from ..domain.files import refuse_bad_windows_name
from . import checksum, schema_facts
from .file_check import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DocumentError,
    FileCheck,
    check_file,
    check_into_snapshot,
    new_snapshot_path,
    refuse_unusual,
)
from .file_write import real_target, remove_save_leftovers, write_atomically
from .lock import DocumentLock, current_holder, pid_alive
from .orphans import Orphan, discard_orphan, find_orphans, remove_working_files
from .paths import backup_dir, working_dir
from .storage_errors import storage_error

if TYPE_CHECKING:  # SQLAlchemy loads when a document is edited or migrated, not for reading one read-only
    from sqlalchemy import Engine

    from .uow import UnitOfWork

SCHEMA_VERSION = schema_facts.FORMAT  # = migrations.SCHEMA_VERSION (tests/test_schema_facts.py)
FILE_SUFFIX = ".netzplan"
OPENING_PREFIX = "opening-"  # a snapshot being checked: "opening-<pid>-<hex>.sqlite" until it becomes a working copy

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "SQLITE_MAGIC", "Document", "DocumentError", "FileCheck", "Orphan",
           "check_file", "discard_orphan", "find_orphans", "write_atomically"]


class Document:
    """An open document file, the file implementation of ``protocol.Store``. Use ``Document.create`` /
    ``Document.open``; ``close`` when done."""

    kind = "file"
    always_saved = False  # changes are kept by saving
    user = None  # no database user: the operating system's user works on it

    def __init__(self, path: Path, working_copy: Path, lock: DocumentLock | None, read_only: bool) -> None:
        self.path = Path(path)
        self.working_copy = working_copy
        self.info_file = working_copy.with_suffix(".json")
        self._lock = lock
        self.read_only = read_only
        self.modified = False
        self.closed = False
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        # Things the user should hear about after opening (a stray -wal beside the file, a file changed
        # outside Netzplaner), as sentences a front end can translate like any other NetzplanerError.
        self.notices: list[NetzplanerError] = []
        self.file_check: FileCheck | None = None
        self._edited_since_save = False
        self._engine: Engine | None = None  # made on first use (``engine``)
        self._write_info()

    # -- identity (the store protocol) ----------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """The name a window title or a map caption shows: the file name without its suffix."""
        return self.path.stem

    @property
    def location(self) -> str:
        """Where the data lives: the document file's path."""
        return str(self.path)

    # -- creation and opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, overwrite: bool = False, metadata: dict[str, str] | None = None) -> Document:
        """A new, empty document at ``path`` (written at once, so the file exists and is locked)."""
        path = Path(path)
        if path.is_dir():
            raise DocumentError("not_a_file", "“{name}” is a folder, not a Netzplaner document.", name=path.name)
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        if not path.parent.is_dir():
            raise DocumentError("no_folder", "The folder “{folder}” does not exist.", folder=str(path.parent))
        refuse_bad_windows_name(path)
        lock = cls._acquire_lock(path)
        doc = None
        work = cls._new_working_copy_path()
        try:
            with closing(sqlite3.connect(work)) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            doc = cls(path, work, lock, read_only=False)
            from .engine import create_schema

            create_schema(doc.engine, SCHEMA_VERSION, metadata)
            doc.save()
            return doc
        except BaseException as exc:
            if doc is not None:
                doc.close()  # frees the lock too: no orphaned working copy of a document never written
            else:
                remove_working_files(work)
                lock.release()
            if isinstance(exc, sqlite3.Error):
                raise DocumentError("create_failed", "“{name}” could not be created: {reason}.", name=path.name,
                                    reason=exc) from exc
            raise

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Document:
        """Check and open ``path``; an older format is backed up and migrated in the working copy.

        The working copy is made from the main file alone: a ``-wal``, ``-shm`` or ``-journal`` beside it is
        never applied (``notices`` tells the user), and nothing beside the file changes while checking."""
        path = Path(path)
        _remove_dead_snapshots()
        refuse_unusual(path)  # before the lock: no lock file beside a folder, a pipe or a missing file
        lock = None if read_only else cls._acquire_lock(path)
        snapshot = new_snapshot_path()
        work = cls._new_working_copy_path()
        try:
            checked = check_into_snapshot(path, snapshot)
            with closing(sqlite3.connect(snapshot, isolation_level=None)) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
            os.replace(snapshot, work)
            doc = cls(path, work, lock, read_only)
            doc.file_check = checked
            doc.notices.extend(_notices(checked))
            if checked.schema_version < SCHEMA_VERSION:
                doc._migrate(checked.schema_version)
            if not read_only:
                remove_save_leftovers(path)  # temp files of a killed save; we hold the lock, so none is live
            return doc
        except BaseException as exc:
            for leftover in (snapshot, Path(f"{snapshot}-wal"), Path(f"{snapshot}-shm")):
                leftover.unlink(missing_ok=True)
            remove_working_files(work)
            if lock is not None:
                lock.release()
            if isinstance(exc, sqlite3.Error):
                raise DocumentError("damaged", "“{name}” is damaged and cannot be opened safely.",
                                    name=path.name) from exc
            raise

    @classmethod
    def recover(cls, orphan: Orphan) -> Document:
        """Adopt an orphaned working copy: the document comes back with every edit committed before the crash."""
        lock = cls._acquire_lock(orphan.document)
        doc = cls(orphan.document, orphan.working_copy, lock, read_only=False)
        doc.modified = True
        doc._mark_edited(True)  # killed again before a save, it must be offered again
        return doc

    @staticmethod
    def _acquire_lock(path: Path) -> DocumentLock:
        lock = DocumentLock(real_target(path))  # beside the real file: two links to it share one lock
        try:
            lock.acquire()
        except PermissionError:
            raise DocumentError(
                "read_only_folder", "The folder of “{name}” is write-protected; open the document read-only.",
                name=path.name)
        except OSError as exc:
            raise DocumentError("lock_failed", "“{name}” cannot be opened for editing: no lock file can be "
                                "written beside it ({reason}); open it read-only.", name=path.name,
                                reason=exc.strerror or type(exc).__name__)
        return lock

    @staticmethod
    def _new_working_copy_path() -> Path:
        return working_dir() / f"{uuid.uuid4().hex}.sqlite"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over the working copy, made on first use: reading a read-only document needs
        none (``sqlite_read``), so ``netzplaner check`` does not load SQLAlchemy."""
        if self._engine is None:
            self._engine = self._make_engine(self.working_copy, self)
        return self._engine

    @staticmethod
    def _make_engine(work: Path, owner: Document | None = None) -> Engine:
        from sqlalchemy.pool import NullPool

        from .engine import sqlite_engine

        return sqlite_engine(f"sqlite:///{work}", lambda: (owner.path if owner else work).name, poolclass=NullPool)

    def _write_info(self) -> None:
        holder = current_holder()
        info = {"document": str(self.path.resolve()), "pid": holder.pid, "host": holder.host,
                "started": holder.started, "opened_at": holder.since, "read_only": self.read_only,
                "edited": self._edited_since_save}
        self.info_file.write_text(json.dumps(info), encoding="utf-8")

    def _mark_edited(self, edited: bool) -> None:
        """Tell a later start whether the working copy holds edits the document lacks (only those are offered
        for recovery). Written before the first edit commits, so a kill can never lose the mark."""
        if self._edited_since_save != edited:
            self._edited_since_save = edited
            try:
                self._write_info()
            except OSError:  # a full disk: the edit's own commit reports it in a sentence
                pass

    # -- migration --------------------------------------------------------------------------------------

    def _migrate(self, from_version: int) -> None:
        """Back the original up, then upgrade the working copy one version at a time."""
        from . import migrations

        if not self.read_only:  # read-only: the original is never replaced, and nothing is written beside it
            self.backup_path = self._backup_before_migration(from_version)
        try:
            migrations.upgrade(self.engine, from_version)
        except migrations.MigrationError as exc:
            raise DocumentError("damaged", "“{name}” could not be upgraded: its content does not fit its file "
                                "format ({version}). It was left unchanged.", name=self.path.name,
                                version=from_version) from exc
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
            self._mark_edited(True)
        with self.engine.begin() as conn:
            yield conn
        if not self.read_only:
            self.modified = True

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction for one user action (commit on success, rollback on error)."""
        if self.read_only:
            raise DocumentError("read_only", "“{name}” is open read-only; use Save As to keep your changes.",
                                name=self.path.name)
        from .uow import UnitOfWork

        with self.connect() as conn:
            yield UnitOfWork(conn)

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A unit of work for queries only: it never writes and does not mark the document modified. A read-only
        document's working copy never changes, so its bulk reads go straight to sqlite3 (``sqlite_read``)."""
        self._check_open()
        if not self.read_only or schema_facts.FORMAT != SCHEMA_VERSION:  # the facts are of this program's format
            with self._full_reading() as uow:
                yield uow
            return
        from .sqlite_read import SqliteReading

        with ExitStack() as stack:
            conn = stack.enter_context(closing(sqlite3.connect(self.working_copy, isolation_level=None)))
            try:
                conn.execute("BEGIN")  # one consistent read, as the full unit of work's transaction
                yield SqliteReading(conn, lambda: stack.enter_context(self._full_reading()))
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                sentence = storage_error(self.path.name, exc)
                if sentence is None:
                    raise
                raise sentence from exc

    @contextmanager
    def _full_reading(self) -> Iterator[UnitOfWork]:
        from .uow import UnitOfWork

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
        self._mark_edited(False)

    def save_as(self, path: Path, *, overwrite: bool = True) -> None:
        """Write the document to ``path`` and continue working there (the lock moves with it)."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        if path.resolve() == self.path.resolve() and not self.read_only:
            self.save()
            return
        refuse_bad_windows_name(path)
        new_lock = self._acquire_lock(path)
        try:
            self._write_to(path)
        except BaseException:
            new_lock.release()
            raise
        if self._lock is not None:
            self._lock.release()
        self._lock, self.path, self.read_only, self.modified = new_lock, path, False, False
        self._edited_since_save = False
        self._write_info()

    def write_copy(self, path: Path) -> None:
        """Write a copy (rotating backups, export) without switching to it."""
        refuse_bad_windows_name(path)
        self._write_to(Path(path))

    def _write_to(self, target: Path) -> None:
        if Path(target).is_dir():
            raise DocumentError("not_a_file", "“{name}” is a folder; please choose a file name.", name=target.name)
        try:
            with closing(sqlite3.connect(self.working_copy)) as source:
                write_atomically(source, target)
        except sqlite3.Error as exc:  # the working copy itself cannot be read (its disk is full, say)
            raise DocumentError("write_failed", "“{name}” could not be saved: {reason}.", name=target.name,
                                reason=exc) from exc

    def watch(self, on_change, on_online=None):
        """Nobody else changes this network while it is open here: never calls back."""
        return _stop_nothing

    def row_history(self, entity: str, entity_id: str) -> list:
        """No history of rows is kept here (a team network keeps one)."""
        return []

    def close(self) -> None:
        """Forget the working copy and free the lock. Unsaved changes are dropped: save first."""
        self.closed = True
        if self._engine is not None:
            self._engine.dispose()
        remove_working_files(self.working_copy)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _remove_dead_snapshots() -> None:
    from .file_check import remove_dead_snapshots

    remove_dead_snapshots(pid_alive)


def _notices(checked: FileCheck) -> list[NetzplanerError]:
    notices = [NetzplanerError(
        "Beside “{name}” lies “{sidecar}”, a file another program left behind. Netzplaner did not apply it and "
        "opened the document as it was last saved; “{sidecar}” was left untouched.",
        name=checked.path.name, sidecar=sidecar) for sidecar in checked.sidecars]
    if checked.content == checksum.CHANGED:
        notices.append(NetzplanerError(
            "“{name}” was changed outside Netzplaner since it was last saved here; please check its content.",
            name=checked.path.name))
    return notices


def _stop_nothing() -> None:
    """What ``watch`` returns: there is nothing to stop."""
