"""What a team network adds on PostgreSQL to the document's tables (issue 14): the version triggers, the change
log with its trigger, the notifications, and the two group roles with their grants.

Every object lives in the database's default schema (the first of the search path, normally ``public``). The
tables themselves are the document's models (``models.Base``); the file format does not change. The trigger
functions run as their owner (SECURITY DEFINER) so that editors need no right on ``change_log``: nobody but the
trigger writes history, and ``session_user`` names who logged in.

A change log row: when (``at``), who (``username``), which row (``table_name``, ``entity_id``: the id, or a meta
key), ``action`` ("insert", "update", "delete"), ``changes`` (JSON) and the transaction (``tx``). ``changes`` of an
update is {column: [old, new]} of the columns that changed; of an insert the new row, of a delete the old row,
whole. A set-valued field (tags, dimensions, a goal's partners) is logged under its owner as an update
{field: [removed values, null]} or {field: [null, added values]}; ``TeamStore.row_history`` merges what one
transaction did to a row into one change.
"""

from __future__ import annotations

from sqlalchemy import Connection

from .mapping import ENTITIES
from .models import TABLES
from .versions import VERSION, VERSIONED

CHANNEL = "netzplaner"
CHANGE_LOG = "change_log"
LOGGED = (*VERSIONED, "meta")  # tables whose rows have a history
# The entity kind each table's change is announced as (collections belong to their owner).
KIND_OF_TABLE = {**{name: name for name in LOGGED}, "partner_dimension": "partner", "tag": "partner",
                 "goal_partner": "goal"}
EDITABLE = tuple(TABLES)  # every table of the document: editors write them, readers read them
NOT_SHOWN = ("version", "updated_at")  # not part of what the user changed
# columns never copied into the change log: a snapshot's compressed network (megabytes; issue 12) - the log says
# that a snapshot was taken, renamed or deleted, and the row itself holds the content
NOT_LOGGED = ("content",)
_STRIP = "".join(f" - '{c}'" for c in NOT_LOGGED)

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION netzplaner_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- an update that did not set the version itself (raw SQL, another program) still raises it
    IF NEW.{VERSION} = OLD.{VERSION} THEN
        NEW.{VERSION} := OLD.{VERSION} + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION netzplaner_log_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    -- inserts and deletes once per statement over its transition table, each row as it is (the reader picks
    -- what to show): a bulk insert of 10,000 rows (a publish, an import) logs them in one INSERT
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
        SELECT clock_timestamp(), session_user, TG_TABLE_NAME, coalesce(r ->> 'id', r ->> 'key'), 'insert', r
        FROM (SELECT to_jsonb(n){_STRIP} AS r FROM new_rows n) AS added;
    ELSE
        INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
        SELECT clock_timestamp(), session_user, TG_TABLE_NAME, coalesce(r ->> 'id', r ->> 'key'), 'delete', r
        FROM (SELECT to_jsonb(o){_STRIP} AS r FROM old_rows o) AS removed;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION netzplaner_log_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD){_STRIP};
    new_row jsonb := to_jsonb(NEW){_STRIP};
    diff jsonb;
BEGIN
    -- updates once per row: a bulk update is many statements of one row each (positions after a layout),
    -- where a statement trigger with transition tables costs three times as much
    SELECT jsonb_object_agg(key, jsonb_build_array(old_row -> key, new_row -> key)) INTO diff
    FROM jsonb_object_keys(new_row) AS key
    WHERE key NOT IN {NOT_SHOWN!r} AND (old_row -> key) IS DISTINCT FROM (new_row -> key);
    IF diff IS NOT NULL THEN  -- else only the version moved (a tag changed, a reference cleared): nothing to show
        INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
        VALUES (clock_timestamp(), session_user, TG_TABLE_NAME, coalesce(new_row ->> 'id', new_row ->> 'key'),
                'update', diff);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION netzplaner_log_collection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    -- TG_ARGV: the owner's table, the field's name, the owner column, the value column
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
        SELECT clock_timestamp(), session_user, TG_ARGV[0], owner, 'update',
               jsonb_build_object(TG_ARGV[1], jsonb_build_array(NULL, items))
        FROM (SELECT r ->> TG_ARGV[2] AS owner, jsonb_agg(r -> TG_ARGV[3] ORDER BY r ->> TG_ARGV[3]) AS items
              FROM (SELECT to_jsonb(n) AS r FROM new_rows n) AS added GROUP BY 1) AS per_owner;
    ELSE
        INSERT INTO {CHANGE_LOG} (at, username, table_name, entity_id, action, changes)
        SELECT clock_timestamp(), session_user, TG_ARGV[0], owner, 'update',
               jsonb_build_object(TG_ARGV[1], jsonb_build_array(items, NULL))
        FROM (SELECT r ->> TG_ARGV[2] AS owner, jsonb_agg(r -> TG_ARGV[3] ORDER BY r ->> TG_ARGV[3]) AS items
              FROM (SELECT to_jsonb(o) AS r FROM old_rows o) AS removed GROUP BY 1) AS per_owner;
    END IF;
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
    changes jsonb NOT NULL,
    tx bigint NOT NULL DEFAULT txid_current()
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
        for event, rows in (("INSERT", "NEW TABLE AS new_rows"), ("DELETE", "OLD TABLE AS old_rows")):
            statements += _trigger(f"{table}_log_{event.lower()}", table, f"AFTER {event}",
                                   f"REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION netzplaner_log_rows()")
        statements += _trigger(f"{table}_log_update", table, "AFTER UPDATE",
                               "FOR EACH ROW EXECUTE FUNCTION netzplaner_log_update()")
    for entity, emap in ENTITIES.items():
        for field, coll in emap.collections.items():
            arguments = ", ".join(f"'{a}'" for a in (entity, field, coll.owner.name, coll.value.name))
            for event, rows in (("INSERT", "NEW TABLE AS new_rows"), ("DELETE", "OLD TABLE AS old_rows")):
                statements += _trigger(f"{coll.table.name}_log_{event.lower()}", coll.table.name, f"AFTER {event}",
                                       f"REFERENCING {rows} FOR EACH STATEMENT "
                                       f"EXECUTE FUNCTION netzplaner_log_collection({arguments})")
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
