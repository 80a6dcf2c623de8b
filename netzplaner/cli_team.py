"""``netzplaner team ...``: the team network on PostgreSQL (issue 14). Each module of subcommands is registered in
``REGISTRARS``; cli.py only calls ``add_team_parser`` and ``run_team``.

The URL may carry the password, or libpq finds it (``PGPASSWORD``, ``.pgpass``, a service file); it is never
printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .io.safe_text import terminal_text



def _run_init(args: argparse.Namespace) -> int:
    from .services.team import init_team

    setup = init_team(args.url)
    print(terminal_text(f"Team network set up at {setup.location}; group roles: {setup.roles['editor']} (editors), "
                        f"{setup.roles['reader']} (readers). Give users a role with: netzplaner team grant URL USER "
                        f"--role editor|reader"))
    return 0


def _run_grant(args: argparse.Namespace) -> int:
    from .services.team import grant_role

    created = grant_role(args.url, args.user, args.role)
    note = " (new login role without a password: set one with ALTER ROLE ... PASSWORD)" if created else ""
    print(terminal_text(f"{args.user} is now {'an editor' if args.role == 'editor' else 'a reader'}{note}."))
    return 0


def _add_init_and_grant(team: argparse._SubParsersAction) -> None:
    init = team.add_parser("init", help="set up a team network in an empty PostgreSQL database")
    init.add_argument("url", help="the database: postgresql://user@host:5432/dbname (an administrator)")
    init.set_defaults(team_run=_run_init)
    grant = team.add_parser("grant", help="make a user an editor or a reader of the team network")
    grant.add_argument("url", help="the database: postgresql://user@host:5432/dbname (an administrator)")
    grant.add_argument("user", help="the PostgreSQL login role (created without a password when missing)")
    grant.add_argument("--role", choices=("editor", "reader"), required=True, help="what the user may do")
    grant.set_defaults(team_run=_run_grant)


# Each module of team commands adds its subcommands here, each with ``set_defaults(team_run=function)``
# (``team publish|pull|push`` come with team-sync).
REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = [_add_init_and_grant]


def add_team_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """``netzplaner team SUBCOMMAND`` with every registered subcommand."""
    team = sub.add_parser("team", help="the team network on PostgreSQL: init, grant")
    commands = team.add_subparsers(dest="team_command", required=True, parser_class=parser_class)
    for register in REGISTRARS:
        register(commands)


def run_team(args: argparse.Namespace) -> int:
    """Run the chosen subcommand (its ``team_run``); exit code as the rest of the command line."""
    return args.team_run(args)
