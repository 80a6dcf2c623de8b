"""Where a network lives: a ``.netzplan`` file path, or a team network's server address (issue 14)."""

from __future__ import annotations

from pathlib import Path

TEAM_SCHEMES = ("postgresql", "postgres")


def is_team_location(location: object) -> bool:
    """Whether ``location`` is a server address (``postgresql://user@host:5432/dbname``) rather than a file path."""
    if not isinstance(location, str) or "://" not in location:
        return False
    return location.split("://", 1)[0].lower() in TEAM_SCHEMES


def parse_location(text: str) -> Path | str:
    """A command-line argument as a location: a server address stays text, anything else is a path."""
    return text if is_team_location(text) else Path(text)
