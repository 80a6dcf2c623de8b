"""Opening a team network of an older format: ask the user, upgrade it once for everyone, then open it.

The first user who opens an older team network with a newer Netzplaner upgrades it, after a clear question: the
window asks yes or no (``open_team_network`` with its own ``confirm_upgrade``), the command line has
``netzplaner team upgrade URL``. A newer team network is refused by ``Workspace.open`` with one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.errors import UpgradeNeededError
from ..store import migrations
from .workspace import Workspace

AskUpgrade = Callable[[UpgradeNeededError], bool]


def open_team_network(location: str, *, confirm_upgrade: AskUpgrade, password: str | None = None,
                      read_only: bool = False) -> Workspace | None:
    """Open the team network at ``location``; when it needs an upgrade this user may do, ask
    ``confirm_upgrade(question)`` (``question.found``, ``question.newest``, ``question.name``) and upgrade it on
    yes. Returns None when the user said no (nothing was changed). Raises like ``Workspace.open`` otherwise, and
    ``UpgradeNeededError`` itself when the user may not upgrade (its sentence says so)."""
    try:
        return Workspace.open(location, password=password, read_only=read_only)
    except UpgradeNeededError as question:
        if not question.can_upgrade:
            raise
        if not confirm_upgrade(question):
            return None
    upgrade_team_network(location, password=password)
    return Workspace.open(location, password=password, read_only=read_only)


def upgrade_team_network(location: str, *, password: str | None = None) -> int | None:
    """Upgrade the team network at ``location`` to this version's format in one server transaction (only its
    owner, or a member of the owning role, may). Returns the format it had; None when it had this one already."""
    from ..store.team_migrations import upgrade_location  # psycopg only for a team network

    return upgrade_location(location, password=password)


def newest_format() -> int:
    """The format this version of Netzplaner writes (documents and team networks alike)."""
    return migrations.SCHEMA_VERSION
