"""Team network connections: the address split into form fields, the saved list, and passwords in the keyring.

The saved list (``settings.TEAM_CONNECTIONS``) holds a name and the server address WITHOUT the password. A
password is kept only in the operating system's credential store (the ``keyring`` package: Windows Credential
Manager, macOS Keychain, Secret Service); never in our settings or any file. Where no keyring backend works,
nothing is remembered and the connection dialog says so. libpq's own ``.pgpass``/service file/``PGPASSWORD``
work as well: an address is first tried without a password.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ...domain.locations import is_team_location
from ..common import settings

DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-full", "disable")  # the ones a user meets; libpq knows a few more
KEYRING_SERVICE = "Netzplaner team network"


class AddressError(ValueError):
    """A pasted text that is no server address (the dialog shows its own sentence)."""


@dataclass(frozen=True)
class Address:
    """What the connection dialog shows: server, port, database, user and the TLS mode."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    options: tuple[tuple[str, str], ...] = ()  # other libpq parameters of a pasted address, kept as they were

    @property
    def url(self) -> str:
        """The address without a password (what the saved list, the title and the keyring key use)."""
        auth = f"{quote(self.user, safe='')}@" if self.user else ""
        query = [("sslmode", self.sslmode)] if self.sslmode and self.sslmode != "prefer" else []
        query += [(k, v) for k, v in self.options if k != "sslmode"]
        text = "&".join(f"{k}={quote(v, safe='')}" for k, v in query)
        port = f":{self.port}" if self.port and self.port != DEFAULT_PORT else ""
        return (f"postgresql://{auth}{quote(self.host, safe='')}{port}/{quote(self.database, safe='')}"
                + (f"?{text}" if text else ""))

    @property
    def where(self) -> str:
        """"server/database", as the window's title names the place."""
        return f"{self.host or 'localhost'}/{self.database}"


def parse(text: str) -> tuple[Address, str | None]:
    """A pasted ``postgresql://`` address as form fields, and the password it carried (or None).

    A password in a pasted address goes into the password field only; it is never saved with the address."""
    text = text.strip()
    if not is_team_location(text):
        raise AddressError(text)
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise AddressError(text) from exc
    query = parse_qsl(parts.query)
    options = dict(query)
    address = Address(host=unquote(parts.hostname or ""), port=port, database=unquote(parts.path.lstrip("/")),
                      user=unquote(parts.username or ""), sslmode=options.get("sslmode", "prefer"),
                      options=tuple((k, v) for k, v in query if k != "sslmode"))
    return address, unquote(parts.password) if parts.password is not None else None


# -- the saved list ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SavedConnection:
    name: str
    url: str  # never with a password


def saved_connections() -> list[SavedConnection]:
    found = []
    for entry in settings.TEAM_CONNECTIONS.get():
        try:
            data = json.loads(entry)
            found.append(SavedConnection(str(data["name"]), str(data["url"])))
        except (ValueError, KeyError, TypeError):  # a damaged entry is skipped, not fatal
            continue
    return found


def _store(connections: list[SavedConnection]) -> list[SavedConnection]:
    settings.TEAM_CONNECTIONS.set([json.dumps({"name": c.name, "url": c.url}, ensure_ascii=False)
                                   for c in connections[:settings.MAX_RECENT]])
    return saved_connections()


def remember_connection(name: str, url: str) -> list[SavedConnection]:
    """Put the connection first in the saved list (a connection opened again moves up)."""
    address, _password = parse(url)
    url = address.url  # whatever came in, the list keeps no password
    entry = SavedConnection(name.strip() or address.where, url)
    return _store([entry] + [c for c in saved_connections() if c.url != url])


def forget_connection(url: str) -> list[SavedConnection]:
    return _store([c for c in saved_connections() if c.url != url])


def name_of(url: str) -> str:
    """The saved name of an address, or its server/database."""
    for connection in saved_connections():
        if connection.url == url:
            return connection.name
    return parse(url)[0].where


# -- passwords in the operating system's credential store ----------------------------------------------------

def _keyring():
    import keyring  # loaded only when a team network is opened

    return keyring


def keyring_works() -> bool:
    """Whether a credential store is there to keep a password (not keyring's "fail" or "null" backend)."""
    try:
        backend = _keyring().get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is "no keyring", never a crash
        return False
    return getattr(backend, "priority", 0) > 0 and type(backend).__module__.split(".")[-1] not in ("fail", "null")


def stored_password(url: str) -> str | None:
    if not keyring_works():
        return None
    try:
        return _keyring().get_password(KEYRING_SERVICE, parse(url)[0].url)
    except Exception:  # noqa: BLE001 - a locked or broken store: ask the user instead
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep the password in the credential store; False when there is none that works (nothing is written)."""
    if not keyring_works():
        return False
    try:
        _keyring().set_password(KEYRING_SERVICE, parse(url)[0].url, password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(url: str) -> None:
    if not keyring_works():
        return
    try:
        _keyring().delete_password(KEYRING_SERVICE, parse(url)[0].url)
    except Exception:  # noqa: BLE001 - nothing stored is fine
        pass
