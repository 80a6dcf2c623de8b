"""A store in memory: the same schema and the same unit of work as the document file, without the file.

For tests and quick work that needs no file: nothing is locked, copied, checked or written back; ``save`` only
marks the data saved. One SQLite connection in memory (a ``StaticPool``) is shared by every unit of work, so the
data lives exactly as long as the store. Units of work take turns (a lock), so a worker thread's query waits for
an edit on the GUI thread instead of entering its transaction; a query inside an edit sees the edit so far.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.pool import StaticPool

from ..domain.errors import DocumentError, NetzplanerError
from ..domain.files import refuse_bad_windows_name
from .document import SCHEMA_VERSION, Document
from .engine import create_schema, sqlite_engine
from .file_check import APPLICATION_ID, FileCheck
from .file_write import write_atomically
from .uow import UnitOfWork

DEFAULT_NAME = "In memory"


class MemoryStore:
    """An implementation of ``protocol.Store`` in memory. Use ``MemoryStore.create`` or ``MemoryStore.open``."""

    kind = "memory"
    always_saved = False  # changes are kept by saving
    user = None  # no database user: the operating system's user works on it

    def __init__(self, name: str = DEFAULT_NAME) -> None:
        self._name = name
        self.read_only = False
        self.modified = False
        self.closed = False
        self.notices: list[NetzplanerError] = []
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.file_check: FileCheck | None = None
        self._turn = threading.RLock()
        self._writer: Connection | None = None
        self.engine: Engine = sqlite_engine("sqlite://", lambda: self._name, poolclass=StaticPool,
                                            connect_args={"check_same_thread": False})

    @classmethod
    def create(cls, location: Path | str | None = None, *, overwrite: bool = False,
               metadata: dict[str, str] | None = None) -> MemoryStore:
        """A new, empty network; ``location`` only names it (nothing exists to overwrite)."""
        store = cls(Path(location).stem if location else DEFAULT_NAME)
        with store.engine.begin() as conn:  # the header a saved file must carry
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        create_schema(store.engine, SCHEMA_VERSION, metadata)
        return store

    @classmethod
    def open(cls, location: Path | str, *, read_only: bool = False) -> MemoryStore:
        """The content of the document file ``location`` in memory, checked and migrated as on opening; the file
        itself is never written (and not locked)."""
        document = Document.open(Path(location), read_only=True)
        try:
            store = cls(document.display_name)
            with closing(sqlite3.connect(document.working_copy)) as source, store._driver() as target:
                source.backup(target)
            store.read_only = read_only
            store.notices = list(document.notices)
            store.migrated_from, store.file_check = document.migrated_from, document.file_check
            store.modified = document.modified
        finally:
            document.close()
        return store

    # -- identity ---------------------------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        return self._name

    @property
    def location(self) -> str:
        return f"memory:{self._name}"

    @property
    def path(self) -> None:
        return None

    # -- units of work ----------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:
            raise DocumentError("closed", "“{name}” has been closed.", name=self._name)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction for one user action (commit on success, rollback on error)."""
        if self.read_only:
            raise DocumentError("read_only", "“{name}” is open read-only; use Save As to keep your changes.",
                                name=self._name)
        self._check_open()
        with self._turn, self.engine.begin() as conn:
            self._writer = conn
            try:
                yield UnitOfWork(conn)
            finally:
                self._writer = None
        self.modified = True

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A unit of work for queries only; inside an edit it reads the edit's own transaction (closing a second
        connection would roll the shared one back)."""
        self._check_open()
        with self._turn:
            if self._writer is not None:
                yield UnitOfWork(self._writer)
                return
            with self.engine.connect() as conn:
                yield UnitOfWork(conn)

    @contextmanager
    def _driver(self) -> Iterator[sqlite3.Connection]:
        """The shared sqlite3 connection itself (for the backup API), between units of work."""
        with self._turn:
            raw = self.engine.raw_connection()
            try:
                yield raw.driver_connection
            finally:
                raw.close()  # back to the pool: the connection and its data stay

    # -- saving and closing -----------------------------------------------------------------------------

    def save(self) -> None:
        """Nothing to write: the data is where it lives. Marks it saved."""
        if self.read_only:
            raise DocumentError("read_only", "“{name}” is open read-only; use Save As to keep your changes.",
                                name=self._name)
        self._check_open()
        self.modified = False

    def save_as(self, path: Path, *, overwrite: bool = True) -> None:
        """Write the network to the document file ``path`` (atomically, as a save does); the store stays in memory."""
        path = Path(path)
        self._check_open()
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        refuse_bad_windows_name(path)
        if path.is_dir():
            raise DocumentError("not_a_file", "“{name}” is a folder; please choose a file name.", name=path.name)
        with self._driver() as source:
            write_atomically(source, path)
        self.modified = False

    def watch(self, on_change, on_online=None):
        """Nobody else changes this network while it is open here: never calls back."""
        return _stop_nothing

    def row_history(self, entity: str, entity_id: str) -> list:
        """No history of rows is kept here (a team network keeps one)."""
        return []

    def close(self) -> None:
        """Let the data go."""
        self.closed = True
        self.engine.dispose()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _stop_nothing() -> None:
    """What ``watch`` returns: there is nothing to stop."""
