"""A test-only schema step after the newest shipped format (never shipped): proves that one definition migrates both engines.

It adds a column to the partner table and makes another one nullable; the second change cannot be done by
SQLite's ALTER TABLE, so on a document Alembic's batch mode rebuilds the whole partner table (the case where
references and triggers are at risk), while on PostgreSQL it is one ALTER. ``register(monkeypatch)`` makes the
program one that knows format ``TO`` for the length of a test.
"""

from __future__ import annotations

import sys

import sqlalchemy as sa

from netzplaner.store import migrate_steps

NEW_COLUMN = "workshop_note"
FROM = migrate_steps.newest_format()  # the step after the newest shipped one
TO = FROM + 1


def _add_workshop_note(op) -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column(NEW_COLUMN, sa.Text(), nullable=False, server_default=""))
        batch.alter_column("region", existing_type=sa.String(200), existing_nullable=False, nullable=True)


STEP = migrate_steps.Step(FROM, "partners get a workshop note", _add_workshop_note,
                          adds={"partner": frozenset({NEW_COLUMN})})


def register(monkeypatch) -> None:
    """Register ``STEP`` and raise every copy of the newest format number the program holds."""
    monkeypatch.setitem(migrate_steps.STEPS, FROM, STEP)
    for name, module in list(sys.modules.items()):
        if name.startswith("netzplaner") and getattr(module, "SCHEMA_VERSION", None) == FROM:
            monkeypatch.setattr(module, "SCHEMA_VERSION", TO)
