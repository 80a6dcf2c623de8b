"""Ordered upgrades of the document schema, keyed by ``user_version``.

Each step moves a document from version N to N+1 in one transaction and sets ``user_version`` and the meta
``format`` inside it, so a failed step leaves the working copy at N.

Version 0 is the prototype format of the first workshops (one dimension per partner, no assessments, goals
or actions). Version 1 is the model of ``domain/entities.py``. Version 2 gives every entity row a version
(store/versions.py), which undo and redo check. These steps (``UPGRADES``) are SQLite-only history, written in
SQLite's SQL before team networks existed; they stay as they are. Every step after format 2 is defined once for
both engines in ``migrate_steps.STEPS`` (Alembic operations) and runs here on documents and in
``team_migrations`` on team databases. To change the schema, read ``migrate_steps``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from functools import cache

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import NetzplanerError
from . import migrate_steps, versions
from .models import Base

SCHEMA_VERSION = migrate_steps.newest_format()

V0_SCHEMA = """
CREATE TABLE partner (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, dimension TEXT,
    city TEXT, country TEXT, notes TEXT, is_own_firm INTEGER NOT NULL DEFAULT 0);
CREATE TABLE relationship (
    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES partner(id),
    target_id TEXT NOT NULL REFERENCES partner(id), kind TEXT NOT NULL, strength INTEGER NOT NULL);
"""


def expected_tables(version: int) -> set[str]:
    return set(_layout(version))


def known_version(version: int) -> bool:
    return 0 <= version <= SCHEMA_VERSION


@cache
def _layout_v0() -> dict[str, set[str]]:
    with closing(sqlite3.connect(":memory:")) as v0:
        v0.executescript(V0_SCHEMA)
        return {t: {c[1] for c in v0.execute(f"PRAGMA table_info({t})")} for t in ("partner", "relationship")}


def _layout(version: int) -> dict[str, set[str]]:
    """Table -> column names of the format ``version``: format 0 from its schema, the newest from the models,
    the others from the models minus what the later steps added (format 1 also lacks the row versions)."""
    if version == 0:
        return {table: set(columns) for table, columns in _layout_v0().items()}
    layout = {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}
    for table, columns in migrate_steps.added_by_steps_from(max(version, migrate_steps.LAST_SQLITE_ONLY_FORMAT)
                                                            ).items():
        layout[table] = layout.get(table, set()) - columns
        if not layout[table]:
            del layout[table]  # the table itself came with a later step
    if version == 1:
        layout = {name: columns - {versions.VERSION} for name, columns in layout.items()}
    return layout


def layout_problem(version: int, layout: dict[str, set[str]], name: str) -> NetzplanerError | None:
    """What in ``layout`` (table -> columns of the document ``name``) does not fit the format ``version`` it
    claims, as one sentence; or None.

    A migration must start from the layout it was written for: a current file with a wrong version number
    would otherwise be "upgraded" into a crash."""
    from .file_check import layout_mismatch

    expected = _layout(version)
    later = set().union(*(expected_tables(v) for v in range(version + 1, SCHEMA_VERSION + 1))) - set(expected)
    return layout_mismatch(version, layout, name, expected, later)


class MigrationError(NetzplanerError):
    """An upgrade step that the file's content did not allow; the working copy stays at the old version."""


def _upgrade_0_to_1(conn: Connection) -> None:
    """Dimensions become a set, names get their case-insensitive key, the new tables appear."""
    conn.execute(text("ALTER TABLE partner RENAME TO partner_v0"))
    conn.execute(text("ALTER TABLE relationship RENAME TO relationship_v0"))
    Base.metadata.create_all(conn)
    now = datetime.now().replace(microsecond=0)
    partners = conn.execute(text(
        "SELECT id, name, kind, dimension, city, country, notes, is_own_firm FROM partner_v0")).all()
    seen: set[str] = set()
    for p in partners:
        name = p.name.strip()
        key = name.casefold()
        while key in seen:  # v0 did not enforce unique names: keep both, tell them apart
            name, key = f"{name} (2)", f"{key} (2)"
        seen.add(key)
        conn.execute(Base.metadata.tables["partner"].insert().values(
            id=p.id, name=name, name_key=key, kind=p.kind, is_own_firm=bool(p.is_own_firm),
            city=p.city or "", country=(p.country or "").upper()[:2], region="", industry="", website="",
            notes=p.notes or "", archived=False, created_at=now, updated_at=now))
        if p.dimension:
            conn.execute(Base.metadata.tables["partner_dimension"].insert().values(
                partner_id=p.id, dimension=p.dimension))
    rows = conn.execute(text("SELECT id, source_id, target_id, kind, strength FROM relationship_v0")).all()
    if rows:
        conn.execute(Base.metadata.tables["relationship"].insert(), [
            dict(id=r.id, source_id=r.source_id, target_id=r.target_id, kind=r.kind,
                 strength=min(5, max(1, int(r.strength))), since=None, notes="", created_at=now, updated_at=now)
            for r in rows if r.source_id != r.target_id])
    conn.execute(text("DROP TABLE relationship_v0"))
    conn.execute(text("DROP TABLE partner_v0"))
    conn.execute(Base.metadata.tables["meta"].insert().values(key="migrated_from", value="0"))
    _drop_later_parts(conn)


def _drop_later_parts(conn: Connection) -> None:
    """Take away what the steps after the SQLite-only history add: the step above builds today's tables, and the
    later steps (``migrate_steps``) must find the layout they were written for."""
    format_2 = _layout(migrate_steps.LAST_SQLITE_ONLY_FORMAT)
    for table, columns in migrate_steps.added_by_steps_from(migrate_steps.LAST_SQLITE_ONLY_FORMAT).items():
        if table not in format_2:
            conn.exec_driver_sql(f'DROP TABLE "{table}"')
            continue
        for column in sorted(columns):
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')


VERSIONED_AT_FORMAT_2 = ("partner", "contact", "relationship", "assessment", "goal", "action")  # history: frozen


def _upgrade_1_to_2(conn: Connection) -> None:
    """Every entity row gets a version (1) and its trigger: undo and redo refuse to overwrite a changed row."""
    for table in VERSIONED_AT_FORMAT_2:
        columns = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
        if versions.VERSION not in columns:  # step 0 -> 1 builds today's tables, which have it already
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN {versions.VERSION} INTEGER NOT NULL DEFAULT 1')
    versions.create_triggers(conn)


UPGRADES: dict[int, Callable[[Connection], None]] = {
    0: _upgrade_0_to_1,
    1: _upgrade_1_to_2,
}


def upgrade(engine: Engine, from_version: int) -> None:
    for version in range(from_version, SCHEMA_VERSION):
        try:
            if version in UPGRADES:
                with engine.begin() as conn:
                    UPGRADES[version](conn)
                    migrate_steps.write_format(conn, version + 1)
                    conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
            else:
                _run_shared_step(engine, version)
        except (DBAPIError, TypeError, ValueError, AttributeError) as exc:  # content the old format allowed
            raise MigrationError("The document could not be upgraded from file format {version}: its content "
                                 "does not fit that format ({reason}).", version=version,
                                 reason=str(getattr(exc, "orig", exc)).splitlines()[0][:200])


def _run_shared_step(engine: Engine, version: int) -> None:
    """One step of ``migrate_steps`` on the document, in one transaction.

    References are switched off around it: Alembic's batch mode rebuilds a table by copying it and dropping the
    old one, and with references enforced SQLite's DROP TABLE deletes first, cascading into every row that
    points at it (a rebuilt partner table would take all contacts with it). SQLite ignores the switch inside a
    transaction, so it is set on the raw connection before the transaction begins; the references are checked
    before the commit instead, and the version triggers a rebuilt table lost are created again."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                migrate_steps.run_step(conn, version, after=versions.create_triggers)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise MigrationError("The document could not be upgraded from file format {version}: a row "
                                         "of “{table}” refers to one that does not exist.", version=version,
                                         table=broken[0])
                conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
