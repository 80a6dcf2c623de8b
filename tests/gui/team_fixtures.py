"""Fixtures for the window on a team network: a team database on the test server (tests/pg_server.py) with an
editor and a reader, and a credential store in memory (the machine's keyring may have no backend)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A credential store that works, kept in memory for one test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@dataclass
class TeamDb:
    server: object
    dbname: str
    admin_url: str  # the superuser's, password included
    editor: str
    reader: str
    password: str = "secret-äöü-1"

    def url(self, user: str) -> str:
        """The address without a password, as the window keeps it."""
        return self.server.url_for(self.dbname, user)


@pytest.fixture
def team_db(pg_server):
    """A team network with the own firm and two partners; an editor and a reader with the same password."""
    from netzplaner.services import partners
    from netzplaner.services.workspace import Workspace
    from netzplaner.services.team import grant_role

    admin_url = pg_server.new_database()
    dbname = admin_url.rsplit("/", 1)[1]
    with Workspace.create(admin_url) as ws:
        ws.apply(partners.create_partner(ws, name="Eyachtal Präzisionsmaschinen GmbH", kind="company",
                                         dimensions=["regional"], is_own_firm=True, city="Balingen"))
        for name, city in (("Stahl Eyach", "Reutlingen"), ("Hochschule Nord", "Tübingen")):
            ws.apply(partners.create_partner(ws, name=name, kind="supplier", city=city))
    tag = uuid.uuid4().hex[:6]
    db = TeamDb(pg_server, dbname, admin_url, f"anna_{tag}", f"bernd_{tag}")
    for user, role in ((db.editor, "editor"), (db.reader, "reader")):
        pg_server.create_user(user, db.password)
        grant_role(admin_url, user, role)
    return db
