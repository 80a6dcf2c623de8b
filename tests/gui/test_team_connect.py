"""Connecting to a team network from the window: the dialog against a real PostgreSQL server (tests/pg_server.py),
the saved connection list without passwords, and passwords only in the credential store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from netzplaner.gui.common import settings
from netzplaner.gui.team import connect_dialog, connections
from netzplaner.gui.team.connect_dialog import ConnectDialog
from tests.gui.team_fixtures import memory_keyring, no_keyring, team_db  # noqa: F401


def fill(dialog: ConnectDialog, db, user: str, password: str, *, port: int | None = None,
         database: str | None = None) -> None:
    dialog.findChild(QLineEdit, "connectHost").setText("127.0.0.1")
    dialog.findChild(QSpinBox, "connectPort").setValue(port or db.server.port)
    dialog.findChild(QLineEdit, "connectDatabase").setText(database or db.dbname)
    dialog.findChild(QLineEdit, "connectUser").setText(user)
    dialog.findChild(QLineEdit, "connectPassword").setText(password)


def error_of(dialog) -> str:
    label = dialog.findChild(QLabel, "connectError")
    return label.text() if not label.isHidden() else ""


def settings_text() -> str:
    QSettings().sync()
    return Path(QSettings().fileName()).read_text(encoding="utf-8") if Path(QSettings().fileName()).exists() else ""


def test_a_pasted_address_fills_the_fields_and_its_password_only_the_password_field(qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    paste = dialog.findChild(QLineEdit, "connectUrl")
    paste.setText("postgres://anna:geheim%21@db.firma.local:6543/netz?sslmode=verify-full")
    paste.textEdited.emit(paste.text())
    assert dialog.findChild(QLineEdit, "connectHost").text() == "db.firma.local"
    assert dialog.findChild(QSpinBox, "connectPort").value() == 6543
    assert dialog.findChild(QLineEdit, "connectDatabase").text() == "netz"
    assert dialog.findChild(QLineEdit, "connectUser").text() == "anna"
    assert dialog.findChild(QComboBox, "connectSslMode").currentData() == "verify-full"
    assert dialog.findChild(QLineEdit, "connectPassword").text() == "geheim!"
    assert "geheim" not in paste.text() and "geheim" not in dialog.address().url
    assert dialog.address().url == "postgresql://anna@db.firma.local:6543/netz?sslmode=verify-full"
    assert "certificate is checked" in dialog.findChild(QLabel, "connectSslHint").text()
    paste.setText("C:/Netze/netz.netzplan")
    paste.textEdited.emit(paste.text())
    assert "not a server address" in error_of(dialog)
    assert dialog.findChild(QLineEdit, "connectHost").text() == "db.firma.local"  # nothing lost


def test_the_saved_list_keeps_names_and_addresses_never_a_password():
    connections.remember_connection("Geschäftsleitung", "postgresql://anna:geheim@db:5432/netz?sslmode=require")
    connections.remember_connection("", "postgresql://bernd@db/plan")
    saved = connections.saved_connections()
    assert [(c.name, c.url) for c in saved] == [("db/plan", "postgresql://bernd@db/plan"),
                                                ("Geschäftsleitung", "postgresql://anna@db/netz?sslmode=require")]
    assert "geheim" not in settings_text()
    settings.TEAM_CONNECTIONS.set(["not json", *settings.TEAM_CONNECTIONS.get()])  # a damaged entry is skipped
    assert len(connections.saved_connections()) == 2
    connections.forget_connection("postgresql://bernd@db/plan")
    assert [c.name for c in connections.saved_connections()] == ["Geschäftsleitung"]


def test_wrong_password_unreachable_server_and_missing_database_each_get_a_sentence(team_db, memory_keyring, qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, team_db, team_db.editor, "falsch")
    dialog.accept()
    assert "refused the password" in error_of(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.workspace is None
    assert dialog.findChild(QLineEdit, "connectPassword").text() == "falsch"  # the input stays
    fill(dialog, team_db, team_db.editor, team_db.password, database="gibt_es_nicht")
    dialog.accept()
    assert "There is no database “gibt_es_nicht”" in error_of(dialog)
    fill(dialog, team_db, team_db.editor, team_db.password, port=1)
    dialog.accept()
    assert "cannot be reached" in error_of(dialog)
    assert dialog.findChild(QLineEdit, "connectUser").text() == team_db.editor
    assert connections.saved_connections() == [] and memory_keyring.items == {}  # nothing kept from failures
    dialog.findChild(QLineEdit, "connectDatabase").setText("")
    dialog.accept()
    assert "Enter the name of the database" in error_of(dialog)


def test_connecting_opens_the_network_saves_the_connection_and_the_password_in_the_keyring(team_db, memory_keyring,
                                                                                          qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, team_db, team_db.editor, team_db.password)
    dialog.findChild(QLineEdit, "connectName").setText("Netz der Geschäftsleitung")
    assert dialog.findChild(QCheckBox, "connectRemember").isChecked()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, error_of(dialog)
    ws = dialog.workspace
    try:
        assert ws.kind == "team" and ws.user == team_db.editor and not ws.read_only
    finally:
        ws.close()
    url = team_db.url(team_db.editor)
    assert [(c.name, c.url) for c in connections.saved_connections()] == [("Netz der Geschäftsleitung", url)]
    assert list(memory_keyring.items.values()) == [team_db.password]
    assert team_db.password not in settings_text()


def test_without_a_credential_store_the_dialog_says_so_and_remembers_nothing(team_db, no_keyring, qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    remember = dialog.findChild(QCheckBox, "connectRemember")
    assert not remember.isEnabled() and not remember.isChecked()
    assert not dialog.findChild(QLabel, "connectKeyringNote").isHidden()
    fill(dialog, team_db, team_db.editor, team_db.password)
    dialog.accept()
    assert dialog.workspace is not None, error_of(dialog)
    dialog.workspace.close()
    assert connections.stored_password(team_db.url(team_db.editor)) is None
    assert team_db.password not in settings_text()


def test_a_saved_connection_opens_with_the_keyrings_password_and_asks_only_without_one(team_db, memory_keyring,
                                                                                      monkeypatch, qtbot):
    url = team_db.url(team_db.editor)
    connections.remember_connection("Netz", url)
    asked = []
    monkeypatch.setattr(connect_dialog, "connect",
                        lambda parent, address=None, name="", error="", opener=None: asked.append(error))
    ws = connect_dialog.open_saved(None, url)  # libpq finds no password and the keyring has none: ask
    assert ws is None and len(asked) == 1 and "needs a password" in asked[0]
    connections.remember_password(url, team_db.password)
    ws = connect_dialog.open_saved(None, url)
    try:
        assert ws is not None and ws.user == team_db.editor and len(asked) == 1
    finally:
        ws.close()


def test_a_saved_connection_with_a_wrong_stored_password_opens_the_dialog_filled_in(team_db, memory_keyring,
                                                                                   monkeypatch, qtbot):
    url = team_db.url(team_db.editor)
    connections.remember_connection("Netz", url)
    connections.remember_password(url, "veraltet")
    shown = []

    def exec_(dialog):
        shown.append((dialog.findChild(QLineEdit, "connectUser").text(), dialog.findChild(QLineEdit, "connectName")
                      .text(), error_of(dialog)))
        return 0

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    assert connect_dialog.open_saved(None, url) is None
    [(user, name, error)] = shown
    assert (user, name) == (team_db.editor, "Netz") and "refused the password" in error


def test_without_the_team_extra_one_sentence(team_db, monkeypatch, qtbot):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg fails as when it is not installed
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, team_db, team_db.editor, team_db.password)
    dialog.accept()
    assert "pip install netzplaner[team]" in error_of(dialog)
    assert dialog.workspace is None
