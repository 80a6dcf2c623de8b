"""Reaching a team network's server: its address, the driver, and one sentence for each way connecting fails.

A location is a libpq URL (``postgresql://user@host:5432/dbname?sslmode=require``; ``postgres://`` too). The
password may be in it, be handed over separately (the window asks for it, or takes it from the OS credential
store), or come from libpq's own ``.pgpass``/service file/``PGPASSWORD``. It never appears in ``location``, in a
message or in a log: sentences are our own, and a driver's text is only shown with the password cut out.
psycopg is imported here, only when a team network is opened (the single-user program never loads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..domain.errors import DocumentError, NetzplanerError
from ..domain.locations import is_team_location

CONNECT_TIMEOUT = 10  # seconds before an unreachable server is reported


def load_driver():
    """The psycopg module, or one sentence saying how to get it."""
    try:
        import psycopg
    except ImportError as exc:
        raise DocumentError("no_driver", "Team networks need the team extra: pip install netzplaner[team].") \
            from exc
    return psycopg


@dataclass(frozen=True)
class Address:
    """A parsed server address; ``password`` stays out of every text made from it."""

    host: str | None
    port: int | None
    user: str | None
    dbname: str
    options: dict[str, str] = field(default_factory=dict)
    password: str | None = field(default=None, repr=False)

    @classmethod
    def parse(cls, location: str, password: str | None = None) -> Address:
        if not is_team_location(location):
            raise DocumentError("bad_address", "This is not a server address; it should look like "
                                "postgresql://user@host:5432/database.")
        try:
            parts = urlsplit(location)
            port = parts.port
        except ValueError:
            raise DocumentError("bad_address", "The server address is not valid; it should look like "
                                "postgresql://user@host:5432/database.") from None
        dbname = unquote(parts.path.lstrip("/"))
        if not dbname:
            raise DocumentError("bad_address", "The server address names no database; it should look like "
                                "postgresql://user@host:5432/database.")
        given = unquote(parts.password) if parts.password is not None else None
        return cls(host=unquote(parts.hostname) if parts.hostname else None, port=port,
                   user=unquote(parts.username) if parts.username else None, dbname=dbname,
                   options=dict(parse_qsl(parts.query)), password=password if password is not None else given)

    @property
    def where(self) -> str:
        """The server as a message names it."""
        host = self.host or "localhost"
        return f"{host}:{self.port}" if self.port else host

    @property
    def display_name(self) -> str:
        return f"{self.dbname} on {self.host or 'localhost'}"

    def location(self) -> str:
        """The URL without the password (for titles, recent lists and messages)."""
        auth = f"{quote(self.user, safe='')}@" if self.user else ""
        host = quote(self.host, safe="") if self.host else ""
        port = f":{self.port}" if self.port else ""
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in self.options.items())
        return f"postgresql://{auth}{host}{port}/{quote(self.dbname, safe='')}" + (f"?{query}" if query else "")

    def connect_args(self) -> dict[str, Any]:
        """Keyword arguments for ``psycopg.connect`` (libpq fills in what is missing, sslmode is honoured)."""
        args: dict[str, Any] = {"dbname": self.dbname, "connect_timeout": CONNECT_TIMEOUT,
                                "application_name": "Netzplaner", **self.options}
        for key, value in (("host", self.host), ("port", self.port), ("user", self.user),
                           ("password", self.password)):
            if value is not None:
                args[key] = value
        return args

    def without_password(self, text: str) -> str:
        return text.replace(self.password, "***") if self.password else text


_PATTERNS = (
    (re.compile(r"password authentication failed|authentication failed", re.I), "password",
     "The server {where} refused the password for “{user}”."),
    (re.compile(r"no password (was )?supplied|fe_sendauth", re.I), "password",
     "The server {where} needs a password for “{user}”."),
    (re.compile(r'database ".*" does not exist', re.I), "no_database",
     "There is no database “{dbname}” on the server {where}."),
    (re.compile(r'role ".*" does not exist', re.I), "password",
     "The server {where} does not know the user “{user}”."),
    (re.compile(r"permission denied for database", re.I), "no_access",
     "“{user}” may not connect to the database “{dbname}” on {where}; ask its administrator."),
    (re.compile(r"SSL", re.I), "tls",
     "The secure connection to the server {where} failed; check the sslmode in the address."),
    (re.compile(r"connection refused|could not translate|could not connect|timeout expired|no route|"
                r"network is unreachable|server closed the connection|connection timed out|"
                r"Name or service not known|the database system is (starting|shutting) ", re.I), "unreachable",
     "The server {where} cannot be reached; check the address and that the server is running."),
)


def connect_error(address: Address, error: BaseException) -> NetzplanerError:
    """The sentence for a failed connection (wrong password, unreachable server, missing database, ...)."""
    text = str(getattr(error, "orig", None) or error)
    params = {"where": address.where, "user": address.user or "you", "dbname": address.dbname}
    for pattern, kind, template in _PATTERNS:
        if pattern.search(text):
            return DocumentError(kind, template, **params)
    reason = address.without_password(text.strip().splitlines()[-1] if text.strip() else type(error).__name__)
    return DocumentError("connect_failed", "The team network “{dbname}” on {where} could not be opened: {reason}",
                         reason=reason, **params)
