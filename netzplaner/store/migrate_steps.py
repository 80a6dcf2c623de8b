"""Schema steps from format 2 on, defined once for both engines with Alembic's ``Operations``.

Formats 0 -> 1 -> 2 are the SQLite-only history of the document file (``migrations.UPGRADES``, hand-written
SQLite SQL from before team networks existed); a team database starts at format 2. Every later step is a ``Step``
in ``STEPS``: one function over Alembic's ``Operations`` that runs unchanged on a ``.netzplan`` document (SQLite)
and on a team database (PostgreSQL). The program migrates itself (an embedded runner: no alembic.ini, no
command-line revisions).

Writing a step (format N -> N+1):
- change a table only inside ``with op.batch_alter_table("table") as batch:``. On SQLite, Alembic's batch mode
  rebuilds the table where ``ALTER TABLE`` cannot (copy, drop, rename); on PostgreSQL it issues the ALTERs
  directly. New tables: ``op.create_table``; data: ``op.execute`` with SQLAlchemy expressions, never raw SQL of
  one engine;
- declare in ``adds`` the tables and columns the step adds (older files are checked against the layout of their
  own format, which is today's models minus what later steps added);
- register it with ``STEPS[N] = Step(...)``, change ``models.py`` to the new layout and add a fixture document
  of format N to the tests. ``SCHEMA_VERSION`` follows from ``STEPS``.

The runners (``migrations.upgrade`` for documents, ``team_migrations`` for team databases) call ``run_step`` inside
their one transaction per step; it writes the new format into the meta table (both engines) after the step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, update

from .models import Meta

if TYPE_CHECKING:
    from alembic.operations import Operations

LAST_SQLITE_ONLY_FORMAT = 2  # formats up to here came from migrations.UPGRADES; a team database starts here
FORMAT_KEY = "format"  # the meta key that records a database's format (a document also has its user_version)


@dataclass(frozen=True)
class Step:
    """One schema step from ``from_format`` to ``from_format + 1``, the same on SQLite and PostgreSQL."""

    from_format: int
    summary: str  # what changes, in a few words (shown in logs and in the upgrade question's details)
    run: Callable[[Operations], None]
    adds: Mapping[str, frozenset[str]] = field(default_factory=dict)  # table -> the columns the step adds


STEPS: dict[int, Step] = {}  # from_format -> step; empty while format 2 is the newest


def newest_format(steps: Mapping[int, Step] | None = None) -> int:
    """The format this program writes: the SQLite-only history plus one per registered step."""
    steps = STEPS if steps is None else steps
    expected = list(range(LAST_SQLITE_ONLY_FORMAT, LAST_SQLITE_ONLY_FORMAT + len(steps)))
    if sorted(steps) != expected or any(steps[n].from_format != n for n in steps):
        raise RuntimeError(f"schema steps must follow each other from format {LAST_SQLITE_ONLY_FORMAT}: "
                           f"{sorted(steps)}")
    return LAST_SQLITE_ONLY_FORMAT + len(steps)


def run_step(conn: Connection, from_format: int, after: Callable[[Connection], None] | None = None) -> None:
    """Run the step from ``from_format`` on ``conn`` inside the caller's transaction, then ``after(conn)`` (what
    the engine needs again after a rebuilt table: SQLite's version triggers), then record the new format."""
    from alembic.migration import MigrationContext  # only when a step runs: no cost at start
    from alembic.operations import Operations

    step = STEPS[from_format]
    operations = Operations(MigrationContext.configure(connection=conn))
    step.run(operations)
    if after is not None:
        after(conn)
    write_format(conn, from_format + 1)


def write_format(conn: Connection, version: int) -> None:
    """Record ``version`` under the meta table's ``format`` key (an update, so a team's change log shows old and
    new format)."""
    meta = Meta.__table__
    if not conn.execute(update(meta).where(meta.c.key == FORMAT_KEY).values(value=str(version))).rowcount:
        conn.execute(insert(meta).values(key=FORMAT_KEY, value=str(version)))


def added_by_steps_from(version: int) -> dict[str, set[str]]:
    """Table -> columns that the steps from ``version`` on add (what a file of ``version`` does not have yet)."""
    added: dict[str, set[str]] = {}
    for number, step in STEPS.items():
        if number >= version:
            for table, columns in step.adds.items():
                added.setdefault(table, set()).update(columns)
    return added
