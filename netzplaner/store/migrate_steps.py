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

import sqlalchemy as sa
from sqlalchemy import Connection, insert, update

from ..domain.addresses import split_postcode  # the rule of the step, shared with the import
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


STEPS: dict[int, Step] = {}  # from_format -> step, registered below each step's function


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


# --- format 2 -> 3: addresses and contact details (issue 15), snapshots of the network (issue 12) ---------------

def _partner_data_and_snapshots(op: Operations) -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column("street", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("postcode", sa.String(16), nullable=False, server_default=""))
        batch.add_column(sa.Column("extra", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("salutation", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("title", sa.String(60), nullable=False, server_default=""))
        batch.add_column(sa.Column("department", sa.String(200), nullable=False, server_default=""))
    op.create_table(
        "snapshot",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("partner_count", sa.Integer()),
        sa.Column("relationship_count", sa.Integer()),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.PrimaryKeyConstraint("id", name="pk_snapshot"),
    )
    op.create_index("ix_snapshot_taken_at", "snapshot", ["taken_at"])
    partner = sa.table("partner", sa.column("id", sa.String), sa.column("city", sa.String),
                       sa.column("postcode", sa.String))
    conn = op.get_bind()
    moved = [{"key": pid, "new_postcode": split[0], "new_city": split[1]}
             for pid, city in conn.execute(sa.select(partner.c.id, partner.c.city).where(partner.c.city != ""))
             if (split := split_postcode(city or "")) is not None]
    if moved:
        conn.execute(partner.update().where(partner.c.id == sa.bindparam("key"))
                     .values(postcode=sa.bindparam("new_postcode"), city=sa.bindparam("new_city")), moved)


STEPS[2] = Step(2, "partners get street, postcode and further details, contacts salutation, title and "
                   "department; snapshots of the network", _partner_data_and_snapshots,
                adds={"partner": frozenset({"street", "postcode", "extra"}),
                      "contact": frozenset({"salutation", "title", "department"}),
                      "snapshot": frozenset({"id", "label", "reason", "partner_count", "relationship_count",
                                             "taken_at", "summary", "content", "version"})})
