"""The team network: the store protocol over a PostgreSQL database (issue 14, docs/architecture.md "The store
protocol").

The tables are the document's (``models``), plus what ``team_schema`` installs: version triggers, the change log
and notifications, and two group roles. Every unit of work is one server transaction through the same
``UnitOfWork`` as the file; ``TeamUnitOfWork`` only locks a row before a read-then-write, so two sessions checking
the same version cannot both pass. There is no Save: every unit of work is committed on the server, ``modified``
stays False. Readers (no write grant) open the network read-only, and the server refuses their writes anyway.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.exc import DBAPIError

from ..domain.errors import DocumentError, NetzplanerError
from ..domain.files import refuse_bad_windows_name
from ..domain.history import RowChange
from . import team_migrations
from .document import SCHEMA_VERSION, Document
from .file_check import FileCheck
from .mapping import ENTITIES
from .models import TABLES, Base, Meta
from .team_connect import Address, connect_error, load_driver
from .team_listen import ChangeListener
from .team_schema import CHANGE_LOG, NOT_SHOWN, grant_roles, grant_user, group_roles, has_tables, install, may_write
from .uow import UnitOfWork

_INSUFFICIENT_PRIVILEGE = "42501"
_CONFLICTS = {"40001", "40P01", "23505"}  # serialization failure, deadlock, a unique key taken meanwhile
_LOST = ("08", "57P")  # connection exceptions; the server shutting down or ending the session (57P01 ...)
_ROLES = ("editor", "reader")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _changes(action: str, logged: dict) -> dict[str, tuple[Any, Any]]:
    """A change log entry's ``changes`` as column -> (old, new): an update logs the pairs, an insert the new row and a
    delete the old one (team_schema); columns that are empty or only bookkeeping are left out."""
    if action == "update":
        return {column: (pair[0], pair[1]) for column, pair in logged.items()}
    shown = {column: value for column, value in logged.items() if value is not None and column not in NOT_SHOWN}
    if action == "insert":
        return {column: (None, value) for column, value in shown.items()}
    return {column: (value, None) for column, value in shown.items()}


def _merged(entries: list, fields: set[str]) -> RowChange | None:
    """What one transaction did to one row, from its change log entries (oldest first), as one change; None when
    nothing is left to show (tags written back as they were)."""
    actions = {action for _at, _user, action, _changes in entries}
    action = "insert" if "insert" in actions else "delete" if "delete" in actions else "update"
    changes: dict[str, tuple[Any, Any]] = {}
    removed: dict[str, set] = {}
    added: dict[str, set] = {}
    for _at, _user, kind, logged in entries:
        if kind == "update" and fields.intersection(logged):
            for field, (gone, new) in logged.items():
                removed.setdefault(field, set()).update(gone or ())
                added.setdefault(field, set()).update(new or ())
            continue
        for column, (old, new) in _changes(kind, logged).items():
            changes[column] = (changes[column][0] if column in changes else old, new)
    for field in removed.keys() | added.keys():
        gone, new = removed.get(field, set()), added.get(field, set())
        if gone != new:
            changes[field] = (tuple(sorted(gone)) or None, tuple(sorted(new)) or None)
    if action == "update" and not changes:
        return None
    at, user = entries[-1][0], entries[-1][1]
    return RowChange(at=at.astimezone(), user=user, action=action, changes=changes)


class TeamUnitOfWork(UnitOfWork):
    """The unit of work on PostgreSQL: a row an update or a delete first reads is locked for the transaction,
    so a second session waits and then sees the new version (and refuses a stale ``expected``); bulk inserts go
    through COPY. ``translate`` turns a driver error into the store's sentence (or None)."""

    def __init__(self, conn, translate: Callable[[BaseException], NetzplanerError | None]) -> None:
        super().__init__(conn)
        self._translate = translate

    def _lock(self, entity: str, entity_id: str) -> None:
        table = ENTITIES[entity].table
        self.conn.execute(select(table.c.id).where(table.c.id == entity_id).with_for_update())

    def update(self, entity: str, entity_id: str, changes, *, expected: int | None = None,
               known_as: str | None = None) -> dict[str, Any]:
        self._lock(entity, entity_id)
        return super().update(entity, entity_id, changes, expected=expected, known_as=known_as)

    def delete(self, entity: str, entity_id: str, *, expected=None, known_as: str | None = None):
        self._lock(entity, entity_id)
        return super().delete(entity, entity_id, expected=expected, known_as=known_as)

    def bulk_insert(self, table_name: str, rows) -> None:
        """Many rows through COPY in the unit of work's transaction: the 90,000 rows of the 10,000-partner network
        in about 8 s, where SQLAlchemy's executemany took about 25 s (measured 2026-12-01 on the test cluster,
        load average 6). A column a row leaves out gets the model's default, as an INSERT would give it."""
        table = TABLES[table_name]
        defaults = {c.name: c.default.arg if c.default is not None and c.default.is_scalar else None
                    for c in table.columns}
        names = list(defaults)
        columns = ", ".join(f'"{name}"' for name in names)
        driver = self.conn.connection.driver_connection
        try:
            with driver.cursor() as cursor, cursor.copy(f'COPY "{table_name}" ({columns}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row([_plain(row[name]) if name in row else defaults[name] for name in names])
        except load_driver().Error as exc:  # past SQLAlchemy: the store's sentence, if it has one
            sentence = self._translate(exc)
            if sentence is None:
                raise
            raise sentence from None


class TeamStore:
    """An open team network, the PostgreSQL implementation of ``protocol.Store``. Use ``TeamStore.open`` or
    ``TeamStore.create``."""

    kind = "team"
    always_saved = True

    def __init__(self, address: Address) -> None:
        self.address = address
        self.read_only = False
        self.modified = False
        self.closed = False
        self.notices: list[NetzplanerError] = []
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.file_check: FileCheck | None = None
        self.user: str | None = address.user
        self.roles: dict[str, str] = group_roles(address.dbname)  # role -> the group role's name on the server
        self._own_pids: set[int] = set()
        self._local = threading.local()  # the current thread's writing connection, for a reading inside it
        self._listeners: list[ChangeListener] = []
        self._opening = True
        self.engine: Engine = self._make_engine()

    # -- connecting -------------------------------------------------------------------------------------

    def _connect(self):
        return load_driver().connect(**self.address.connect_args())

    def _make_engine(self) -> Engine:
        engine = create_engine("postgresql+psycopg://", creator=self._connect, pool_pre_ping=True, pool_size=4)

        @event.listens_for(engine, "connect")
        def _remember(dbapi_conn, _record):  # our own sessions: the listener skips their notifications
            self._own_pids.add(dbapi_conn.info.backend_pid)

        @event.listens_for(engine, "close")
        def _forget(dbapi_conn, _record):
            try:
                self._own_pids.discard(dbapi_conn.info.backend_pid)
            except Exception:  # a connection the server already dropped has no process to forget
                pass

        @event.listens_for(engine, "handle_error")
        def _sentence(context):
            if context.is_pre_ping or self._opening:  # the pool reconnects itself; opening says it its own way
                return None
            return self._error(context.original_exception, committing=getattr(self._local, "committing", False))

        return engine

    def _error(self, error: BaseException, *, committing: bool = False) -> NetzplanerError | None:
        """One sentence for a server error the user can act on; None leaves the error as it is. A connection
        lost during COMMIT may have committed, so that sentence does not claim nothing was written."""
        if isinstance(error, NetzplanerError):
            return error
        state = getattr(getattr(error, "diag", None), "sqlstate", None) or getattr(error, "sqlstate", None)
        name = self.display_name
        if state == _INSUFFICIENT_PRIVILEGE:
            return DocumentError("read_only", "The server refused the change: you may only read “{name}”. "
                                 "Ask its administrator for the editor role.", name=name)
        if state in _CONFLICTS:
            return DocumentError("conflict", "Someone else changed “{name}” at the same moment; nothing was "
                                 "written. Please try again.", name=name)
        driver = load_driver()
        lost = (isinstance(error, driver.OperationalError) and state is None) or (state or "").startswith(_LOST)
        if lost and committing:
            return DocumentError("offline", "The connection to the server of “{name}” broke off while the change "
                                 "was being saved, so it could not be confirmed. Once the server is back, the "
                                 "window shows whether it was saved.", name=name)
        if lost:
            return DocumentError("offline", "The server of “{name}” cannot be reached; nothing was written. "
                                 "Try again when it is back.", name=name)
        return None

    @classmethod
    def _connected(cls, location: str, password: str | None) -> TeamStore:
        """A store whose first connection has been made (every way that fails gets its sentence)."""
        load_driver()
        store = cls(Address.parse(location, password))
        try:
            with store.engine.connect() as conn:
                store.user = conn.exec_driver_sql("SELECT session_user").scalar_one()
        except DBAPIError as exc:
            store.engine.dispose()
            raise connect_error(store.address, exc.orig) from None
        store._opening = False
        return store

    @classmethod
    def open(cls, location: str, *, read_only: bool = False, password: str | None = None) -> TeamStore:
        """Open the team network at ``location`` (a postgresql:// URL). Read-only when asked or when the user
        may not write."""
        store = cls._connected(location, password)
        try:
            with store.engine.connect() as conn:
                if not has_tables(conn):
                    raise DocumentError("no_team_network", "The database “{dbname}” on {where} holds no team "
                                        "network yet; an administrator sets it up with: netzplaner team init.",
                                        dbname=store.address.dbname, where=store.address.where)
                store.read_only = read_only or not may_write(conn)
                team_migrations.check_format(conn, store.display_name)  # newer: a sentence; older: asks to upgrade
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def create(cls, location: str, *, overwrite: bool = False, metadata: dict[str, str] | None = None,
               password: str | None = None) -> TeamStore:
        """Set up an empty database as a team network (tables, triggers, change log, the two group roles) in one
        transaction, and open it. A database that already holds one is refused (``overwrite`` changes nothing:
        a server's data is never dropped by us)."""
        store = cls._connected(location, password)
        try:
            with store.engine.begin() as conn:
                if has_tables(conn):
                    raise DocumentError("exists", "The database “{dbname}” on {where} already holds a team "
                                        "network.", dbname=store.address.dbname, where=store.address.where)
                Base.metadata.create_all(conn)
                now = datetime.now().isoformat(timespec="seconds")
                meta = {"created": now, "format": str(SCHEMA_VERSION), **(metadata or {})}
                conn.execute(insert(Meta.__table__), [{"key": k, "value": v} for k, v in meta.items()])
                install(conn)
                store.roles = grant_roles(conn, store.address.dbname)
        except BaseException:
            store.close()
            raise
        return store

    def grant(self, user: str, role: str) -> bool:
        """Make the login role ``user`` an editor or a reader (creating it without a password when missing);
        returns whether it was created. Needs a user allowed to manage roles."""
        if role not in _ROLES:
            raise DocumentError("bad_role", "The role must be editor or reader, not “{role}”.", role=role)
        self._check_open()
        with self.engine.begin() as conn:
            grant_roles(conn, self.address.dbname)
            return grant_user(conn, self.address.dbname, user, role)

    # -- identity ---------------------------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """"dbname on host", for titles and map captions."""
        return self.address.display_name

    @property
    def location(self) -> str:
        """The URL without the password."""
        return self.address.location()

    @property
    def path(self) -> None:
        return None

    # -- units of work ----------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:
            raise DocumentError("closed", "“{name}” has been closed.", name=self.display_name)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One server transaction for one user action (committed when the block ends, rolled back on error)."""
        self._check_open()
        if self.read_only:
            raise DocumentError("read_only", "You may only read “{name}”; ask its administrator for the editor "
                                "role to change it.", name=self.display_name)
        try:
            with self.engine.begin() as conn:
                self._local.writer = conn
                try:
                    yield TeamUnitOfWork(conn, self._error)
                finally:
                    self._local.writer = None
                self._local.committing = True  # leaving the block commits: a lost connection there is uncertain
        finally:
            self._local.committing = False

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """Queries on one consistent snapshot of the server (REPEATABLE READ); inside an edit on this thread,
        the edit's own transaction."""
        self._check_open()
        writer = getattr(self._local, "writer", None)
        if writer is not None:
            yield UnitOfWork(writer)
            return
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            yield UnitOfWork(conn)

    # -- others' changes and the history --------------------------------------------------------------------

    def watch(self, on_change: Callable[[frozenset[str]], None],
              on_online: Callable[[bool], None] | None = None) -> Callable[[], None]:
        """Listen for other sessions' changes on a background thread (see ``team_listen``); returns ``stop``."""
        self._check_open()
        listener = ChangeListener(self._listen_connection, self._own_pids, on_change, on_online)
        self._listeners.append(listener)
        listener.start()

        def stop() -> None:
            listener.stop()
            if listener in self._listeners:
                self._listeners.remove(listener)
        return stop

    def _listen_connection(self):
        return load_driver().connect(**self.address.connect_args(), autocommit=True)

    def row_history(self, entity: str, entity_id: str) -> list[RowChange]:
        """Who changed this row, when and what, newest first (from the server's change log): one change per
        transaction, its set-valued fields (tags, dimensions, a goal's partners) included."""
        table = ENTITIES[entity].table.name if entity in ENTITIES else entity
        with self.reading() as uow:
            rows = uow.conn.exec_driver_sql(
                f"SELECT tx, at, username, action, changes FROM {CHANGE_LOG} "
                "WHERE table_name = %(table)s AND entity_id = %(id)s ORDER BY id",
                {"table": table, "id": entity_id}).all()
        by_transaction: dict[int, list] = {}
        for tx, *entry in rows:
            by_transaction.setdefault(tx, []).append(entry)
        fields = set(ENTITIES[entity].collections) if entity in ENTITIES else set()
        merged = (_merged(entries, fields) for entries in by_transaction.values())
        return [change for change in reversed(list(merged)) if change is not None]

    # -- saving and closing -----------------------------------------------------------------------------

    def save(self) -> None:
        """Nothing to do: every unit of work is already committed on the server."""
        self._check_open()

    def save_as(self, path: Path, *, overwrite: bool = True) -> None:
        """Write the network to the document file ``path`` (an ordinary .netzplan document); the store stays on the
        server. One consistent snapshot is copied."""
        self._check_open()
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError("exists", "“{name}” already exists.", name=path.name)
        refuse_bad_windows_name(path)
        if path.is_dir():
            raise DocumentError("not_a_file", "“{name}” is a folder; please choose a file name.", name=path.name)
        # written beside the target and moved into place whole, so a failure leaves no half document
        partial = path.with_name(f".{path.stem}.{os.getpid()}.partial{path.suffix}")
        try:
            document = Document.create(partial, overwrite=True)
            try:
                with self.reading() as source, document.connect() as target:
                    target.execute(Meta.__table__.delete())
                    for table in Base.metadata.sorted_tables:
                        rows = [dict(row) for row in source.conn.execute(select(table)).mappings()]
                        if rows:
                            target.execute(insert(TABLES[table.name]), rows)
                document.save()
            finally:
                document.close()
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop listening and let go of the server connections."""
        for listener in list(self._listeners):
            listener.stop()
        self._listeners.clear()
        self.closed = True
        self.engine.dispose()

    def __enter__(self) -> TeamStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

