"""What a team network adds on PostgreSQL to the document's tables (issue 14): the version triggers, the change
log with its trigger, the notifications, and the two group roles with their grants.

Every object lives in the database's default schema (the first of the search path, normally ``public``). The
tables themselves are the document's models (``models.Base``); the file format does not change. The trigger
functions run as their owner (SECURITY DEFINER) so that editors need no right on ``change_log``: nobody but the
trigger writes history, and ``session_user`` names who logged in.
"""

from __future__ import annotations

from sqlalchemy import Connection

from .models import TABLES
from .versions import VERSION, VERSIONED

CHANNEL = "netzplaner"
CHANGE_LOG = "change_log"
LOGGED = (*VERSIONED, "meta")  # tables whose rows have a history
# The entity kind each table's change is announced as (collections belong to their owner).
KIND_OF_TABLE = {**{name: name for name in LOGGED}, "partner_dimension": "partner", "tag": "partner",
                 "goal_partner": "goal"}
EDITABLE = tuple(TABLES)  # every table of the document: editors write them, readers read them
_NOT_SHOWN = ("version", "updated_at")  # not part of what the user changed

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION netzplaner_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- an update that did not set the version itself (raw SQL, another program) still raises it
    IF NEW.{VERSION} = OLD.{VERSION} THEN
        NEW.{VERSION} := OLD.{VERSION} + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION netzplaner_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_id text := coalesce(new_row ->> 'id', new_row ->> 'key', old_row ->> 'id', old_row ->> 'key');
    diff jsonb;
BEGIN
    SELECT jsonb_object_agg(key, jsonb_build_array(old_row -> key, new_row -> key)) INTO diff
    FROM jsonb_object_keys(coalesce(new_row, old_row)) AS key
    WHERE key NOT IN {_NOT_SHOWN!r}
      AND (old_row -> key) IS DISTINCT FROM (new_row -> key)
      AND NOT (TG_OP = 'INSERT' AND new_row -> key = 'null'::jsonb)
      AND NOT (TG_OP = 'DELETE' AND old_row -> key = 'null'::jsonb);
    IF TG_OP = 'UPDATE' AND diff IS NULL THEN
        RETURN NULL;  -- only the version moved (a tag changed, a reference was cleared): nothing to show
    END IF;
    INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
    VALUES (clock_timestamp(), session_user, TG_TABLE_NAME, row_id, lower(TG_OP), coalesce(diff, '{{}}'));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION netzplaner_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- once per statement; the listener knows the sender's backend and skips its own session's changes
    PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
    RETURN NULL;
END $$;
"""

_CHANGE_LOG_TABLE = f"""
CREATE TABLE IF NOT EXISTS {CHANGE_LOG} (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    username text NOT NULL,
    table_name text NOT NULL,
    entity_id text NOT NULL,
    action text NOT NULL,
    changes jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_{CHANGE_LOG}_row ON {CHANGE_LOG} (table_name, entity_id);
"""


def _trigger(name: str, table: str, when: str, body: str) -> list[str]:
    # DROP and CREATE rather than CREATE OR REPLACE TRIGGER, which needs PostgreSQL 14
    return [f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"',
            f'CREATE TRIGGER "{name}" {when} ON "{table}" {body}']


def _triggers() -> list[str]:
    statements = []
    for table in VERSIONED:
        statements += _trigger(f"{table}_version", table, "BEFORE UPDATE",
                               "FOR EACH ROW EXECUTE FUNCTION netzplaner_bump_version()")
    for table in LOGGED:
        statements += _trigger(f"{table}_log", table, "AFTER INSERT OR UPDATE OR DELETE",
                               "FOR EACH ROW EXECUTE FUNCTION netzplaner_log_change()")
    for table, kind in KIND_OF_TABLE.items():
        statements += _trigger(f"{table}_notify", table, "AFTER INSERT OR UPDATE OR DELETE",
                               f"FOR EACH STATEMENT EXECUTE FUNCTION netzplaner_notify('{kind}')")
    return statements


def install(conn: Connection) -> None:
    """The change log, the trigger functions and the triggers, in the current transaction (the tables must
    exist). Running it again changes nothing."""
    conn.exec_driver_sql(_CHANGE_LOG_TABLE)
    conn.exec_driver_sql(_FUNCTIONS)
    for statement in _triggers():
        conn.exec_driver_sql(statement)


def quote(identifier: str) -> str:
    """A PostgreSQL identifier in double quotes (a role named after a database with odd characters)."""
    return '"' + identifier.replace('"', '""') + '"'


def group_roles(dbname: str) -> dict[str, str]:
    """The two group roles of a team database: role -> PostgreSQL role name (at most 63 bytes)."""
    base = dbname[:50]
    return {"editor": f"{base}_editor", "reader": f"{base}_reader"}


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": name}).first() is not None


def grant_roles(conn: Connection, dbname: str) -> dict[str, str]:
    """Create the group roles if missing and give them their rights: readers read every table and the change
    log, editors also write the document's tables. Returns ``group_roles(dbname)``."""
    roles = group_roles(dbname)
    for name in roles.values():
        if not _role_exists(conn, name):
            conn.exec_driver_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
    tables = ", ".join(quote(t) for t in (*EDITABLE, CHANGE_LOG))
    writable = ", ".join(quote(t) for t in EDITABLE)
    for name in roles.values():
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quote(dbname)} TO {quote(name)}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {quote(_schema(conn))} TO {quote(name)}")
        conn.exec_driver_sql(f"GRANT SELECT ON {tables} TO {quote(name)}")
    conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {writable} TO {quote(roles['editor'])}")
    return roles


def grant_user(conn: Connection, dbname: str, user: str, role: str) -> bool:
    """Make the login role ``user`` an editor or a reader of the database (creating the login role without a
    password if it is missing; the administrator sets passwords). Returns whether the login role was created."""
    roles = group_roles(dbname)
    created = not _role_exists(conn, user)
    if created:
        conn.exec_driver_sql(f"CREATE ROLE {quote(user)} LOGIN")
    other = roles["reader" if role == "editor" else "editor"]
    conn.exec_driver_sql(f"REVOKE {quote(other)} FROM {quote(user)}")
    conn.exec_driver_sql(f"GRANT {quote(roles[role])} TO {quote(user)}")
    return created


def _schema(conn: Connection) -> str:
    return conn.exec_driver_sql("SELECT current_schema()").scalar_one()


def has_tables(conn: Connection) -> bool:
    """Whether the database holds a Netzplaner network (its meta table, in the default schema)."""
    return conn.exec_driver_sql("SELECT to_regclass(quote_ident(current_schema()) || '.meta')").scalar() is not None


def may_write(conn: Connection) -> bool:
    """Whether the connected user may change the network (an editor, the owner or a superuser)."""
    return bool(conn.exec_driver_sql("SELECT has_table_privilege(current_user, "
                                     "quote_ident(current_schema()) || '.partner', 'UPDATE')").scalar())
