"""A team database's format: checked on every opening, upgraded once by the first user who confirms it.

A team database records its format under the meta table's ``format`` key, as a document does; it starts at the
format of the program that ran ``team init`` (2 or later: formats 0 and 1 exist only as files). Opening calls
``check_format`` (one call in ``TeamStore.open``):

- the same format: nothing happens;
- a newer one: one sentence, and the older program writes nothing;
- an older one: ``UpgradeNeededError``; the front end asks (``services.team_upgrade``), and ``upgrade`` then runs
  the steps of ``migrate_steps`` (the same definitions as for documents) in ONE server transaction, as the role
  that owns the tables. Only a user who owns them, or is a member of the role that does, may; a reader never.

Two users confirming at the same moment: an advisory lock makes the second wait, and it then finds the work done.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, create_engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..domain.errors import DocumentError, UpgradeNeededError
from . import migrate_steps, migrations
from .models import TABLES, Meta
from .team_connect import Address, connect_error, load_driver
from .team_schema import CHANGE_LOG, grant_roles, install, quote

_UPGRADE_LOCK = 0x4E5A504C  # "NZPL": the advisory lock two upgrading sessions take turns on
LOCK_TIMEOUT = "15s"  # how long the upgrade waits for others' open transactions on the tables it changes
_LOCK_NOT_AVAILABLE = "55P03"
_INSUFFICIENT_PRIVILEGE = "42501"


def stored_format(conn: Connection, name: str) -> int:
    """The format the team database records (meta ``format``)."""
    value = conn.execute(select(Meta.__table__.c.value).where(
        Meta.__table__.c.key == migrate_steps.FORMAT_KEY)).scalar()
    try:
        found = int(value)
    except (TypeError, ValueError):
        found = -1
    if found < migrate_steps.LAST_SQLITE_ONLY_FORMAT:
        raise DocumentError("damaged", "“{name}” does not record a format Netzplaner ever set up; it cannot be "
                            "opened safely.", name=name)
    return found


def _newer(found: int) -> DocumentError:
    return DocumentError("newer", "This team network was set up with a newer version of Netzplaner (format "
                         "{version}). Please update Netzplaner.", version=found)


def check_format(conn: Connection, name: str) -> None:
    """Refuse a team database this program cannot work on as it is: newer (one sentence, nothing written) or
    older (``UpgradeNeededError``, saying whether this user may upgrade it). Reads only."""
    found = stored_format(conn, name)
    newest = migrations.SCHEMA_VERSION
    if found > newest:
        raise _newer(found)
    if found < newest:
        raise UpgradeNeededError(name, found, newest, can_upgrade=table_owner(conn) is not None)


def table_owner(conn: Connection) -> str | None:
    """The role that owns the network's tables, when the connected user may act as it (it is that role, a member
    of it, or a superuser); else None. Only the owner may change tables in PostgreSQL."""
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT tableowner, pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = ANY(%(names)s)",
        {"names": [*TABLES, CHANGE_LOG]}).all()
    superuser = conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    if len(rows) != 1 or not (rows[0][1] or superuser):
        return None  # tables of several owners: an administrator's set-up we do not guess about
    return rows[0][0]


def upgrade(conn: Connection, name: str, dbname: str) -> int | None:
    """Bring the team database to this program's format inside the caller's transaction (one transaction for
    every step); returns the format it had, or None when it already had this one (someone was quicker)."""
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": _UPGRADE_LOCK})
    found = stored_format(conn, name)
    newest = migrations.SCHEMA_VERSION
    if found > newest:
        raise _newer(found)
    if found == newest:
        return None
    owner = table_owner(conn)
    if owner is None:
        raise UpgradeNeededError(name, found, newest, can_upgrade=False)
    # as the owner, so that what a step creates belongs to it too; the change log still names who logged in
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote(owner)}")
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    for version in range(found, newest):
        migrate_steps.run_step(conn, version, after=_reinstall(dbname))
    return found


def _reinstall(dbname: str) -> Callable[[Connection], None]:
    def after(conn: Connection) -> None:  # a new table gets its triggers and grants (running it again is harmless)
        install(conn)
        grant_roles(conn, dbname)
    return after


def upgrade_location(location: str, *, password: str | None = None) -> int | None:
    """Connect to the team network at ``location`` and ``upgrade`` it in one transaction; returns the format it
    had (None: nothing to do). A refusal or a failure leaves it exactly as it was."""
    address = Address.parse(location, password)
    driver = load_driver()
    engine: Engine = create_engine("postgresql+psycopg://", poolclass=NullPool,
                                   creator=lambda: driver.connect(**address.connect_args()))
    name = address.display_name
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise connect_error(address, exc.orig) from None
        with conn, conn.begin():
            try:
                return upgrade(conn, name, address.dbname)
            except DBAPIError as exc:
                raise _failure(name, exc) from None
    finally:
        engine.dispose()


def _failure(name: str, error: DBAPIError) -> DocumentError:
    state = getattr(getattr(error.orig, "diag", None), "sqlstate", None)
    if state == _LOCK_NOT_AVAILABLE:
        return DocumentError("busy", "“{name}” could not be upgraded: others are working on it right now. Nothing "
                             "was changed; please try again in a moment.", name=name)
    if state == _INSUFFICIENT_PRIVILEGE:
        return DocumentError("no_access", "“{name}” could not be upgraded: the server refused a change of its "
                             "tables. Nothing was changed; please ask its administrator.", name=name)
    reason = str(error.orig).strip().splitlines()[0][:200] if str(error.orig).strip() else type(error.orig).__name__
    return DocumentError("upgrade_failed", "“{name}” could not be upgraded ({reason}). Nothing was changed.",
                         name=name, reason=reason)

