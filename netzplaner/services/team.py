"""Setting up a team network on a PostgreSQL server (issue 14): ``team init`` and ``team grant``.

An administrator runs them with a user allowed to create tables and roles (the database's owner, say). ``init``
creates the schema in an empty database and two group roles, ``<db>_editor`` and ``<db>_reader``; ``grant`` makes a
login role a member of one of them (creating the login role without a password when it is missing: the
administrator sets passwords, Netzplaner never does).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import DocumentError
from ..domain.locations import is_team_location

ROLES = ("editor", "reader")


@dataclass(frozen=True)
class TeamSetup:
    """What ``init_team`` set up: where (the URL without password) and the group roles (role -> name)."""

    location: str
    roles: dict[str, str]


def _team_store():
    from ..store import team  # psycopg only when a team network is used

    return team


def _refuse_files(location: str) -> None:
    if not is_team_location(location):
        raise DocumentError("bad_address", "A team network lives on a server; give its address as "
                            "postgresql://user@host:5432/database.")


def init_team(location: str, *, password: str | None = None) -> TeamSetup:
    """Set up the team network in the empty database at ``location``."""
    _refuse_files(location)
    team = _team_store()
    with team.TeamStore.create(location, password=password) as store:
        return TeamSetup(store.location, dict(store.roles))


def grant_role(location: str, user: str, role: str, *, password: str | None = None) -> bool:
    """Make the login role ``user`` an editor or a reader of the team network at ``location`` (no longer the
    other); returns whether the login role was created."""
    _refuse_files(location)
    if role not in ROLES:
        raise DocumentError("bad_role", "The role must be editor or reader, not “{role}”.", role=role)
    if not user.strip():
        raise DocumentError("bad_user", "Please name the user who gets the role.")
    team = _team_store()
    with team.TeamStore.open(location, password=password) as store:
        return store.grant(user, role)
