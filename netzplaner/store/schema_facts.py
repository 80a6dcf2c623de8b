"""What a read-only open needs to know of the newest document format, without loading SQLAlchemy.

``models.py`` and ``migrate_steps.py`` define the schema; loading them (SQLAlchemy's ORM) costs about 0.3 s, a
third of ``netzplaner check`` at 10,000 partners. The facts below are derived from them and written here by
``python -m netzplaner.store.schema_facts`` (it prints this module's constants); ``tests/test_schema_facts.py``
fails when they no longer match, so they cannot drift. Per table, each column's kind decides how a raw SQLite
value becomes what SQLAlchemy would hand back (``sqlite_read``); ``once`` marks the texts a bulk read keeps once.
"""

from __future__ import annotations

FORMAT = 3  # = migrations.SCHEMA_VERSION

# table -> column -> (kind, once): kind is text, int, float, bool, date, datetime or bytes; once: a text that
# repeats across rows (not a key, not unique)
COLUMNS: dict[str, dict[str, tuple[str, bool]]] = {
    'meta': {
        'key': ('text', False),
        'value': ('text', True),
    },
    'partner': {
        'id': ('text', False),
        'name': ('text', True),
        'name_key': ('text', False),
        'kind': ('text', True),
        'is_own_firm': ('bool', False),
        'street': ('text', True),
        'postcode': ('text', True),
        'city': ('text', True),
        'country': ('text', True),
        'region': ('text', True),
        'industry': ('text', True),
        'website': ('text', True),
        'notes': ('text', True),
        'extra': ('text', True),
        'archived': ('bool', False),
        'pos_x': ('float', False),
        'pos_y': ('float', False),
        'created_at': ('datetime', False),
        'updated_at': ('datetime', False),
        'version': ('int', False),
    },
    'partner_dimension': {
        'partner_id': ('text', False),
        'dimension': ('text', False),
    },
    'tag': {
        'partner_id': ('text', False),
        'name': ('text', False),
    },
    'contact': {
        'id': ('text', False),
        'partner_id': ('text', True),
        'name': ('text', True),
        'salutation': ('text', True),
        'title': ('text', True),
        'role': ('text', True),
        'department': ('text', True),
        'email': ('text', True),
        'phone': ('text', True),
        'notes': ('text', True),
        'version': ('int', False),
    },
    'relationship': {
        'id': ('text', False),
        'source_id': ('text', True),
        'target_id': ('text', True),
        'kind': ('text', True),
        'strength': ('int', False),
        'since': ('date', False),
        'notes': ('text', True),
        'created_at': ('datetime', False),
        'updated_at': ('datetime', False),
        'version': ('int', False),
    },
    'assessment': {
        'id': ('text', False),
        'relationship_id': ('text', True),
        'assessed_on': ('date', False),
        'openness': ('int', False),
        'trust': ('int', False),
        'knowledge_sharing': ('int', False),
        'clear_goals': ('int', False),
        'commitment': ('int', False),
        'mutual_benefit': ('int', False),
        'comment': ('text', True),
        'created_at': ('datetime', False),
        'version': ('int', False),
    },
    'goal': {
        'id': ('text', False),
        'title': ('text', True),
        'description': ('text', True),
        'benefit': ('text', True),
        'dimension': ('text', True),
        'owner': ('text', True),
        'priority': ('text', True),
        'status': ('text', True),
        'target_date': ('date', False),
        'kpi_name': ('text', True),
        'kpi_unit': ('text', True),
        'kpi_baseline': ('float', False),
        'kpi_target': ('float', False),
        'kpi_current': ('float', False),
        'created_at': ('datetime', False),
        'updated_at': ('datetime', False),
        'version': ('int', False),
    },
    'goal_partner': {
        'goal_id': ('text', False),
        'partner_id': ('text', False),
    },
    'action': {
        'id': ('text', False),
        'goal_id': ('text', True),
        'title': ('text', True),
        'owner': ('text', True),
        'start_date': ('date', False),
        'due_date': ('date', False),
        'status': ('text', True),
        'priority': ('text', True),
        'effort_days': ('float', False),
        'cost_eur': ('float', False),
        'partner_id': ('text', True),
        'completed_on': ('date', False),
        'notes': ('text', True),
        'created_at': ('datetime', False),
        'updated_at': ('datetime', False),
        'version': ('int', False),
    },
    'snapshot': {
        'id': ('text', False),
        'label': ('text', True),
        'reason': ('text', True),
        'partner_count': ('int', False),
        'relationship_count': ('int', False),
        'taken_at': ('datetime', False),
        'summary': ('text', True),
        'content': ('bytes', False),
        'version': ('int', False),
    },
}


def layout() -> dict[str, set[str]]:
    """Table -> column names of the newest format (what ``migrations.layout_problem`` expects of it)."""
    return {table: set(columns) for table, columns in COLUMNS.items()}


def derive() -> tuple[int, dict[str, dict[str, tuple[str, bool]]]]:
    """FORMAT and COLUMNS as the models define them today (loads SQLAlchemy)."""
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String

    from .migrations import SCHEMA_VERSION
    from .models import TABLES

    kinds = ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Float, "float"), (Integer, "int"),
             (LargeBinary, "bytes"), (String, "text"))  # DateTime before Date: neither derives from the other

    def kind(column) -> str:
        return next(name for base, name in kinds if isinstance(column.type, base))

    return SCHEMA_VERSION, {
        name: {c.name: (kind(c), kind(c) == "text" and not (c.primary_key or c.unique)) for c in table.columns}
        for name, table in TABLES.items()}


def source() -> str:
    """The two constants as this module writes them."""
    version, columns = derive()
    lines = [f"FORMAT = {version}  # = migrations.SCHEMA_VERSION", "", "COLUMNS = {"]
    for table, found in columns.items():
        lines.append(f"    {table!r}: {{")
        lines += [f"        {name!r}: {value!r}," for name, value in found.items()]
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(source())
