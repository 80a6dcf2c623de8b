"""Row versions: which tables carry one, and the SQLite trigger that bumps it on any other update.

Every entity row has an integer ``version`` (1 when inserted). The unit of work raises it by one with each
write and puts the old number back on undo; undo and redo write a row only while it still has the version
the step left it at (docs/architecture.md, "Commands and undo"). So that an update from outside Netzplaner
(another program, a raw SQL statement on a shared file) cannot slip past that check, a trigger raises the
version of any row updated without touching it. Its body only runs for such updates (the unit of work always
sets the version itself), but SQLite still evaluates it per row. Measured 2026-12-01 on 20,000 partner positions
(``tests/benchmarks/bench_version_trigger.py``, load average 0.7, medians): the bare UPDATE 148 ms instead of
130 ms; the whole step through the workspace: execute 328 instead of 316 ms, undo 254 instead of 236 ms, redo
254 instead of 237 ms (4-8 %). Single-row edits and inserts do not notice. Kept: without it a statement from
another program would slip past the check, and an undo would overwrite what it wrote.
"""

from __future__ import annotations

from sqlalchemy import DDL, Connection, event

from .models import TABLES
from .protocol import VERSION

VERSIONED = ("partner", "contact", "relationship", "assessment", "goal", "action", "snapshot")
FIRST_VERSION = 1


def has_version(table_name: str) -> bool:
    return table_name in VERSIONED


def trigger_sql(table: str) -> str:
    return (f'CREATE TRIGGER IF NOT EXISTS "{table}_version" AFTER UPDATE ON "{table}" FOR EACH ROW '
            f"WHEN NEW.{VERSION} = OLD.{VERSION} "
            f'BEGIN UPDATE "{table}" SET {VERSION} = OLD.{VERSION} + 1 WHERE rowid = NEW.rowid; END')


def create_triggers(conn: Connection) -> None:
    """The version triggers of every entity table the file has (migrations: an older format lacks the tables of
    later steps; a fresh schema gets them from ``create_all``)."""
    present = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in VERSIONED:
        if table in present:
            conn.exec_driver_sql(trigger_sql(table))


for _name in VERSIONED:  # every create_all on SQLite (document, working copy, in-memory store) adds them
    event.listen(TABLES[_name], "after_create", DDL(trigger_sql(_name)).execute_if(dialect="sqlite"))
