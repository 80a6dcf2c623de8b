"""Values the program can use: every stored value has its column's type, code list, range and reference.

A valid SQLite file may still hold what Netzplaner never writes (a text in a number column, a kind code
that does not exist, a date that is no date, a reference to a deleted partner), typically after an edit
through another tool. Reading such a row would fail deep inside the program; this check finds it first, in
SQL (one scan per table, no Python objects per row). It costs about 1 s at 20,000 partners, so it runs only
where the checksum cannot vouch for the content: files saved by older versions or changed outside.
"""

from __future__ import annotations

import sqlite3
from enum import Enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Text,
)

from ..domain.enums import (
    ActionStatus,
    Benefit,
    Dimension,
    GoalStatus,
    PartnerKind,
    Priority,
    RelationshipKind,
)
from ..domain.errors import NetzplanerError
from .models import Base

CODES: dict[tuple[str, str], type[Enum]] = {
    ("partner", "kind"): PartnerKind,
    ("partner_dimension", "dimension"): Dimension,
    ("relationship", "kind"): RelationshipKind,
    ("goal", "benefit"): Benefit,
    ("goal", "dimension"): Dimension,
    ("goal", "priority"): Priority,
    ("goal", "status"): GoalStatus,
    ("action", "status"): ActionStatus,
    ("action", "priority"): Priority,
}
_DATE = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _valid(table: str, column: Column) -> str:
    """An SQL condition true when ``column`` holds a value the program can read."""
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, Boolean):
        rule = f"typeof({name}) = 'integer' AND {name} IN (0, 1)"
    elif isinstance(kind, Integer):
        rule = f"typeof({name}) = 'integer'"
    elif isinstance(kind, Float):
        rule = f"typeof({name}) IN ('integer', 'real')"
    elif isinstance(kind, DateTime):
        rule = (f"typeof({name}) = 'text' AND datetime({name}) IS NOT NULL AND {name} GLOB {_DATE[:-1]}*' "
                f"AND NOT {name} GLOB '*[^0-9 :.T-]*'")
    elif isinstance(kind, Date):
        rule = f"typeof({name}) = 'text' AND {name} GLOB {_DATE} AND date({name}) = {name}"
    elif isinstance(kind, (String, Text)):
        rule = f"typeof({name}) = 'text'"
        codes = CODES.get((table, column.name))
        if codes is not None:
            rule += f" AND {name} IN ({', '.join(_quote(str(c.value)) for c in codes)})"
    else:
        return "1"
    rule = f"({name} IS NULL OR ({rule}))" if column.nullable else f"({name} IS NOT NULL AND {rule})"
    return f"coalesce({rule}, 0)"  # date('2026-13-45') is NULL, and NULL must count as invalid, not as unknown


def content_problem(conn: sqlite3.Connection, name: str) -> NetzplanerError | None:
    """Where the current-format database ``conn`` (the document ``name``) holds a value the program cannot
    use, as one sentence; or None."""
    for table in Base.metadata.sorted_tables:
        every = " AND ".join(_valid(table.name, column) for column in table.columns)
        (bad,) = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE NOT ({every})').fetchone()
        for column in table.columns if bad else ():  # one scan per table; the columns only to name the culprit
            (bad,) = conn.execute(
                f'SELECT count(*) FROM "{table.name}" WHERE NOT {_valid(table.name, column)}').fetchone()
            if bad:
                return NetzplanerError(
                    "“{name}” is damaged or was changed by another program: {count} value(s) in the column "
                    "“{column}” of the table “{table}” are not what Netzplaner writes there.",
                    name=name, count=bad, column=column.name, table=table.name)
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint):
                (bad,) = conn.execute(
                    f'SELECT count(*) FROM "{table.name}" WHERE NOT ({constraint.sqltext})').fetchone()
                if bad:
                    return NetzplanerError(
                        "“{name}” is damaged or was changed by another program: {count} row(s) of the table "
                        "“{table}” break the rule “{rule}”.",
                        name=name, count=bad, table=table.name, rule=str(constraint.sqltext))
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        return NetzplanerError(
            "“{name}” is damaged or was changed by another program: {count} row(s) of the table “{table}” refer "
            "to rows that no longer exist.", name=name, count=len(dangling), table=dangling[0][0])
    return None
