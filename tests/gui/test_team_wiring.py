"""The loose ends between the team helpers' parts, against a real PostgreSQL server (tests/pg_server.py): merging
back connects like a saved connection, the window asks before upgrading an older team network, a refused password
is German in a German window, and an undo refused while the server is down stays on the undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from netzplaner.domain.errors import DocumentError, UpgradeNeededError
from netzplaner.gui.common import ask, i18n
from netzplaner.gui.common.worker import Worker
from netzplaner.gui.team import connect_dialog, connections, sync_actions
from netzplaner.gui.team.connect_dialog import ConnectDialog
from netzplaner.services import partners, queries
from tests import schema_step
from tests.gui.team_fixtures import memory_keyring, team_db  # noqa: F401
from tests.test_team_migrations import PASSWORD, team  # noqa: F401


def fill(dialog: ConnectDialog, server, dbname: str, user: str, password: str) -> None:
    dialog.findChild(QLineEdit, "connectHost").setText("127.0.0.1")
    dialog.findChild(QSpinBox, "connectPort").setValue(server.port)
    dialog.findChild(QLineEdit, "connectDatabase").setText(dbname)
    dialog.findChild(QLineEdit, "connectUser").setText(user)
    dialog.findChild(QLineEdit, "connectPassword").setText(password)


def error_of(dialog) -> str:
    label = dialog.findChild(QLabel, "connectError")
    return label.text() if not label.isHidden() else ""


@pytest.fixture
def german():
    i18n.install("de")
    yield
    i18n.install("en")


def test_merging_back_connects_with_the_password_in_the_credential_store(team_db, memory_keyring, monkeypatch,
                                                                        qtbot):
    url = team_db.url(team_db.editor)  # an offline copy remembers the address without a password
    connections.remember_password(url, team_db.password)
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    ws = sync_actions.open_origin(None, url)
    assert errors == [] and ws is not None
    with ws:
        assert ws.user == team_db.editor and ws.kind == "team"


def test_merging_back_without_a_password_asks_for_it_in_the_connection_dialog(team_db, memory_keyring, monkeypatch,
                                                                             qtbot):
    shown = []

    def exec_(dialog):
        shown.append((dialog.findChild(QLineEdit, "connectUser").text(), error_of(dialog)))
        return 0

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    assert sync_actions.open_origin(None, team_db.url(team_db.editor)) is None
    [(user, error)] = shown
    assert user == team_db.editor and "needs a password" in error


def test_an_older_team_network_is_upgraded_only_after_a_yes(team, monkeypatch, qtbot):
    schema_step.register(monkeypatch)
    questions, answer = [], [False]

    def confirm(parent, title, text, detail="", yes_text=""):
        questions.append((title, text, detail, yes_text))
        return answer[0]

    monkeypatch.setattr(ask, "confirm", confirm)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, team.server, team.dbname, team.owner, PASSWORD)
    dialog.show()
    dialog.accept()  # no: nothing opened, nothing changed, the dialog stays with a sentence
    [(title, text, detail, yes_text)] = questions
    assert title == "Upgrade team network" and yes_text == "Upgrade"
    assert text == (f"“{team.dbname} on 127.0.0.1” was set up with an older version of Netzplaner: it has format "
                    f"{schema_step.FROM}, this version works with format {schema_step.TO}. Upgrade it now?")
    assert "for everyone" in detail
    assert dialog.workspace is None and dialog.isVisible() and team.format() == str(schema_step.FROM)
    assert error_of(dialog) == "The team network was not upgraded, so it was not opened."
    answer[0] = True
    dialog.accept()
    assert dialog.workspace is not None and not dialog.isVisible() and team.format() == str(schema_step.TO)
    dialog.workspace.close()


def test_a_saved_older_team_network_declined_opens_nothing(team, memory_keyring, monkeypatch, qtbot):
    schema_step.register(monkeypatch)
    url = team.server.url_for(team.dbname, team.owner)
    connections.remember_password(url, PASSWORD)
    monkeypatch.setattr(ask, "confirm", lambda *args, **kwargs: False)
    monkeypatch.setattr(ConnectDialog, "exec", lambda dialog: pytest.fail("no dialog after a no"))
    assert connect_dialog.open_saved(None, url) is None and team.format() == str(schema_step.FROM)


def test_a_refused_password_is_german_in_a_german_window(team_db, memory_keyring, german, qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, team_db.server, team_db.dbname, team_db.editor, "falsch")
    dialog.accept()
    assert error_of(dialog) == f"Der Server 127.0.0.1:{team_db.server.port} hat das Passwort für „{team_db.editor}“ " \
                               "abgelehnt."


def test_an_undo_refused_while_the_server_is_down_stays_on_the_undo_stack(window, team_db, memory_keyring,
                                                                         monkeypatch, qtbot):
    monkeypatch.setattr(Worker, "synchronous", True)
    url = team_db.url(team_db.editor)
    connections.remember_password(url, team_db.password)
    ctrl = window.documents.open_team(url)
    ws = ctrl.workspace
    steel = next(p.id for p in queries.list_partners(ws) if p.name == "Stahl Eyach")
    ctrl.run(partners.update_partner(ws, steel, city="Metzingen"))
    ctrl.run(partners.update_partner(ws, steel, city="Balingen"))
    refusals, told = [], []
    ctrl.stepRefused.connect(lambda redo, text: refusals.append((redo, text)))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: told.append(text))
    stack = ctrl.undo_stack
    team_db.server.stop()
    try:
        stack.undo()
        qtbot.waitUntil(lambda: refusals != [], timeout=5000)
        assert refusals[0][0] is False and "cannot be reached" in refusals[0][1]
        assert (stack.index(), stack.count()) == (2, 2) and len(ws.done) == 2 and stack.canUndo()
        assert stack.undoText() == ws.undo_text and len(told) == 1
    finally:
        team_db.server.start()
    qtbot.waitUntil(lambda: _reachable(ws), timeout=15_000)
    stack.undo()  # the same step, now on the server
    assert ws.get("partner", steel).city == "Metzingen" and (stack.index(), len(ws.done)) == (1, 1)
    stack.undo()
    assert ws.get("partner", steel).city == "Reutlingen" and stack.index() == 0 and not ws.done
    team_db.server.stop()
    try:
        stack.redo()
        qtbot.waitUntil(lambda: len(refusals) == 2, timeout=5000)
        assert refusals[1][0] is True and (stack.index(), stack.count()) == (0, 2) and len(ws.undone) == 2
    finally:
        team_db.server.start()
    qtbot.waitUntil(lambda: _reachable(ws), timeout=15_000)
    stack.redo()
    stack.redo()
    assert ws.get("partner", steel).city == "Balingen" and stack.index() == 2 and len(ws.done) == 2


def _reachable(ws) -> bool:
    try:
        ws.get("partner", next(p.id for p in queries.list_partners(ws)))
    except DocumentError:
        return False
    return True


def test_the_upgrade_question_is_german_in_a_german_window(german, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, detail="", yes_text="":
                        asked.append((title, text, yes_text)) or True)
    question = UpgradeNeededError("netz on server", 2, 3, can_upgrade=True)
    assert connect_dialog.ask_upgrade(None, question) is True
    assert asked == [("Team-Netzwerk aktualisieren", "„netz on server“ wurde mit einer älteren Netzplaner-Version "
                      "eingerichtet: Es hat das Format 2, diese Version arbeitet mit Format 3. Jetzt aktualisieren?",
                      "Aktualisieren")]


def _looks_only(dialog) -> None:
    """Fields show their values and cannot change; OK is gone, Cancel says Close."""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok.isHidden() and close.text() == "Close"
    edits = dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
    assert edits and all(edit.isReadOnly() for edit in edits)
    combos = dialog.findChildren(QComboBox)
    assert combos and not any(combo.isEnabled() for combo in combos)
    assert not any(b.isEnabled() for b in dialog.findChildren(QPushButton) if b.parent() is not dialog.buttons)


def test_a_reader_double_clicking_a_row_sees_the_dialog_read_only(window, team_db, memory_keyring, monkeypatch,
                                                                 qtbot, tmp_path):
    from netzplaner.gui.partners.partner_dialog import PartnerDialog
    from netzplaner.gui.partners.relationship_dialog import RelationshipDialog
    from netzplaner.gui.plan.action_dialog import ActionDialog
    from netzplaner.gui.plan.goal_dialog import GoalDialog
    from netzplaner.services import goals, relationships
    from netzplaner.services.workspace import Workspace

    with Workspace.open(team_db.admin_url) as admin:
        ids = {p.name: p.id for p in queries.list_partners(admin)}
        tie = admin.execute(relationships.create_relationship(
            admin, ids["Eyachtal Präzisionsmaschinen GmbH"], ids["Stahl Eyach"], kind="supply", strength=4)).entity_id
        goal = admin.execute(goals.create_goal(admin, title="Zulieferer sichern", benefit="innovation",
                                               dimension="thematic", partner_ids=[ids["Stahl Eyach"]])).entity_id
        action = admin.execute(goals.create_action(admin, goal, title="Rahmenvertrag", due_date="2027-03-01"))\
            .entity_id
    monkeypatch.setattr(Worker, "synchronous", True)
    url = team_db.url(team_db.reader)
    connections.remember_password(url, team_db.password)
    ctrl = window.documents.open_team(url)
    assert ctrl.read_only
    shown = []

    def exec_(dialog):
        dialog.show()
        _looks_only(dialog)
        assert dialog.history_button.isVisible() and dialog.history_button.isEnabled()  # who changed what: readable
        dialog.grab().save(str(tmp_path / "partner_read_only.png"))
        shown.append(dialog.findChild(QLineEdit, "partnerName").text())
        return 0

    monkeypatch.setattr(PartnerDialog, "exec", exec_)
    table = window.partner_panel.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "Stahl Eyach")
    table.selectRow(row)
    table.doubleClicked.emit(table.model().index(row, 0))
    assert shown == ["Stahl Eyach"]
    for dialog in (RelationshipDialog(ctrl, tie, parent=window), GoalDialog(ctrl, goal, window),
                   ActionDialog(ctrl, action, parent=window)):
        qtbot.addWidget(dialog)
        _looks_only(dialog)
    goal_dialog = GoalDialog(ctrl, goal, window)
    qtbot.addWidget(goal_dialog)
    partner_list = goal_dialog.findChild(QListWidget, "goalPartners")
    assert not any(partner_list.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable
                   for r in range(partner_list.count()))
