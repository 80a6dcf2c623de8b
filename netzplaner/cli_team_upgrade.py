"""``netzplaner team upgrade URL``: bring a team network to this version's format (registered in cli_team.py).

The command is the question: running it is the yes the window asks for. It changes the database for everyone
(who then needs this version), so it is never run as a side effect of another command: ``check``, ``export`` and
the rest refuse an older team network with a sentence that names this command.
"""

from __future__ import annotations

import argparse

from .io.safe_text import terminal_text


def _run_upgrade(args: argparse.Namespace) -> int:
    from .services.team_upgrade import newest_format, upgrade_team_network

    found = upgrade_team_network(args.url)
    if found is None:
        print(terminal_text("The team network already has this version's format; nothing was changed."))
    else:
        print(terminal_text(f"The team network was upgraded from format {found} to format {newest_format()}. "
                            "Everyone working on it now needs this version of Netzplaner."))
    return 0


def add_upgrade_parser(team: argparse._SubParsersAction) -> None:
    upgrade = team.add_parser("upgrade", help="upgrade a team network set up with an older version of Netzplaner")
    upgrade.add_argument("url", help="the database: postgresql://user@host:5432/dbname (its owner)")
    upgrade.set_defaults(team_run=_run_upgrade)
