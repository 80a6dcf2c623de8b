"""The SQLAlchemy engine over a SQLite database, set up the same way for the document file and the memory store.

Every connection enforces references (the cascades that ``UnitOfWork.delete`` relies on), leaves transactions
to SQLAlchemy (so that DDL in migrations is transactional too) and turns a database error the user can act on
into one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event

from .models import Base, Meta
from .storage_errors import storage_error


def sqlite_engine(url: str, name: Callable[[], str], **options: Any) -> Engine:
    """An engine for ``url``; ``name()`` is the document's name as its error sentences show it."""
    engine = create_engine(url, **options)

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

    @event.listens_for(engine, "handle_error")
    def _sentence(context):  # a full disk or damaged text in a row: one sentence, never a traceback
        return storage_error(name(), context.original_exception)

    return engine


def create_schema(engine: Engine, schema_version: int, metadata: Mapping[str, str] | None = None) -> None:
    """The tables of a new, empty document and its first meta values (created, format, and ``metadata``)."""
    Base.metadata.create_all(engine)
    now = datetime.now().isoformat(timespec="seconds")
    meta = {"created": now, "format": str(schema_version), **(metadata or {})}
    with engine.begin() as conn:
        conn.execute(Meta.__table__.insert(), [{"key": k, "value": v} for k, v in meta.items()])
