"""The window on a team network, against a real PostgreSQL server (tests/pg_server.py): the title and "saved in
the team" instead of Save, a reader's window, others' edits arriving live without losing the selection, the map's
zoom or a dialog's input, the server going away and coming back, and a conflict between two users."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from netzplaner.domain.errors import NetzplanerError
from netzplaner.gui.common.worker import Worker
from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.gui.team import conflict_dialog, connections
from netzplaner.gui.team.conflict_dialog import Choice
from netzplaner.gui.team.team_window import EDIT_ACTIONS, EDIT_BUTTONS
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from tests.gui.team_fixtures import memory_keyring, team_db  # noqa: F401

SEEN_WITHIN_MS = 2000  # issue 14: others' edits appear in an open window within 2 seconds


@pytest.fixture
def open_as(window, team_db, memory_keyring, monkeypatch):
    """Open the team network in the window as ``user`` through a saved connection (the keyring has the password)."""
    monkeypatch.setattr(Worker, "synchronous", True)

    def open_(user: str):
        url = team_db.url(user)
        connections.remember_connection("Team", url)
        connections.remember_password(url, team_db.password)
        controller = window.documents.open_team(url)
        assert controller is not None
        return controller
    return open_


@pytest.fixture
def colleague(team_db):
    """A second user's workspace on the same database (the administrator's session)."""
    ws = Workspace.open(team_db.admin_url)
    yield ws
    ws.close()


def partner_id(ws, name: str) -> str:
    return next(p.id for p in queries.list_partners(ws) if p.name == name)


def test_the_title_says_where_the_network_lives_and_there_is_nothing_to_save(window, open_as, team_db, qtbot):
    ctrl = open_as(team_db.editor)
    assert window.windowTitle() == f"Network on 127.0.0.1/{team_db.dbname} ({team_db.editor}, editor) — Netzplaner"
    for name in ("actionSave", "actionSaveAs"):
        action = window.findChild(QAction, name)
        assert not action.isVisible() and not action.isEnabled()
    saved = window.findChild(QLabel, "statusTeamSaved")
    assert saved.isVisible() and saved.text() == "Saved in the team"
    ctrl.set_autosave_minutes(1)
    assert not ctrl._autosave.isActive()  # no autosave: every step is on the server already
    ws = ctrl.workspace
    ctrl.run(partners.update_partner(ws, partner_id(ws, "Stahl Eyach"), city="Metzingen"))
    assert not ctrl.is_modified and not window.isWindowModified()
    assert window.documents.close()  # no "save changes?" question (the fixture fails on any question)
    assert window.findChild(QAction, "actionSave").isVisible() is False  # the welcome page shows no Save
    names = [window.welcome.team_list.item(i).text() for i in range(window.welcome.team_list.count())]
    assert names == [f"Team\n{team_db.url(team_db.editor)}"] and window.welcome.team_list.isVisibleTo(window)
    recent = [a.text() for a in window.menu_recent.actions() if a.objectName() == "recentConnection"]
    assert recent == ["Team"]
    window.welcome.team_list.itemClicked.emit(window.welcome.team_list.item(0))  # opens again, no question
    assert window.controller is not None and window.controller.workspace.user == team_db.editor


def test_a_readers_window_offers_no_editing_and_the_server_refuses_anyway(window, open_as, team_db, qtbot):
    ctrl = open_as(team_db.reader)
    assert f"({team_db.reader}, reader)" in window.windowTitle()
    assert window.status_mode.text() == "Read only (role: reader)"
    for name in EDIT_ACTIONS:
        action = window.findChild(QAction, name)
        assert not action.isVisible() and not action.isEnabled(), name
    hidden = [b.objectName() for name in EDIT_BUTTONS for b in window.findChildren(QPushButton, name)]
    assert set(hidden) >= {"newPartner", "newRelationship", "newGoal", "newAction"}
    assert all(b.isHidden() for name in EDIT_BUTTONS for b in window.findChildren(QPushButton, name))
    assert not window.menu_relationship.menuAction().isVisible()
    for name in ("actionExportWorkbook", "actionFind", "actionPresentation"):  # looking, filtering, exporting
        action = window.findChild(QAction, name)
        assert action.isVisible() and action.isEnabled(), name
    ws = ctrl.workspace
    with pytest.raises(NetzplanerError):
        ctrl.run(partners.update_partner(ws, partner_id(ws, "Stahl Eyach"), city="Metzingen"))
    with psycopg.connect(host="127.0.0.1", port=team_db.server.port, dbname=team_db.dbname, user=team_db.reader,
                         password=team_db.password) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE partner SET city = 'Metzingen'")
    assert ws.get("partner", partner_id(ws, "Stahl Eyach")).city == "Reutlingen"


def test_others_edits_arrive_and_the_selection_stays(window, open_as, team_db, colleague, qtbot):
    ctrl = open_as(team_db.editor)
    ws = ctrl.workspace
    steel, uni = partner_id(ws, "Stahl Eyach"), partner_id(ws, "Hochschule Nord")
    window.tabs.setCurrentWidget(window.partner_panel)
    ctrl.selection.set_partners([uni])
    assert window.partner_panel.selected_ids() == [uni]
    colleague.execute(partners.update_partner(colleague, steel, name="Stahl Eyach AG"))
    model = window.partner_panel.model
    qtbot.waitUntil(lambda: model.partner_at(model.row_of(steel)).name == "Stahl Eyach AG", timeout=SEEN_WITHIN_MS)
    assert window.partner_panel.selected_ids() == [uni]
    assert list(ctrl.selection.partner_ids) == [uni]
    assert not ctrl.undo_stack.canUndo()  # someone else's edit is not ours to undo


def test_others_edits_keep_the_maps_zoom_and_pan(window, open_as, team_db, colleague, qtbot):
    ctrl = open_as(team_db.editor)
    steel = partner_id(ctrl.workspace, "Stahl Eyach")
    window.tabs.setCurrentWidget(window.map_host)
    panel = window.map_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=5000)
    panel.view.viewbox.setRange(QRectF(-40, -30, 25, 20), padding=0)
    before = np.array(panel.view.viewbox.viewRange())
    colleague.execute(partners.update_partner(colleague, steel, name="Stahl Eyach AG"))
    qtbot.waitUntil(lambda: "Stahl Eyach AG" in panel.data.names, timeout=SEEN_WITHIN_MS)
    assert np.allclose(np.array(panel.view.viewbox.viewRange()), before)


def test_others_edits_leave_an_open_dialogs_input_and_a_conflict_asks(window, open_as, team_db, colleague,
                                                                      monkeypatch, qtbot):
    ctrl = open_as(team_db.editor)
    ws = ctrl.workspace
    steel, uni = partner_id(ws, "Stahl Eyach"), partner_id(ws, "Hochschule Nord")
    dialog = PartnerDialog(ctrl, steel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    colleague.execute(partners.update_partner(colleague, uni, city="Stuttgart"))  # another partner: no conflict
    model = window.partner_panel.model
    qtbot.waitUntil(lambda: model.partner_at(model.row_of(uni)).city == "Stuttgart", timeout=SEEN_WITHIN_MS)
    assert dialog.isVisible() and dialog.findChild(QLineEdit, "partnerCity").text() == "Tübingen"
    colleague.execute(partners.update_partner(colleague, steel, city="Metzingen", notes="vom Kollegen"))
    shown = []
    monkeypatch.setattr(conflict_dialog, "ask_choice", lambda conflicts, parent: shown.append(conflicts) or Choice.MINE)
    dialog.accept()
    [[conflict]] = shown
    assert [(f.theirs, f.mine) for f in conflict.fields] == [("Metzingen", "Tübingen")]
    assert conflict.changed_by.startswith("postgres, ")  # who changed it, from the server's change log
    stored = colleague.get("partner", steel)
    assert (stored.city, stored.notes) == ("Tübingen", "vom Kollegen")


def test_the_server_going_away_shows_the_banner_keeps_the_input_and_continues(window, open_as, team_db, colleague,
                                                                             qtbot):
    ctrl = open_as(team_db.editor)
    ws = ctrl.workspace
    steel = partner_id(ws, "Stahl Eyach")
    banner = window.findChild(QLabel, "offlineBannerText").parentWidget()
    dialog = PartnerDialog(ctrl, steel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not banner.isVisible()
    saved = window.findChild(QLabel, "statusTeamSaved")
    assert saved.isVisible()
    team_db.server.stop()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert banner.findChild(QLabel, "offlineBannerText").text() == \
            "Connection to the team server interrupted – your input is kept."
        assert not saved.isVisible()  # nothing is being saved while the server is away
        dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
        dialog.accept()
        assert dialog.isVisible() and dialog.findChild(QLineEdit, "partnerCity").text() == "Tübingen"
        assert "cannot be reached; nothing was written" in dialog.findChild(QLabel, "error_name").text()
        assert not ctrl.undo_stack.canUndo()
    finally:
        team_db.server.start()
    colleague.execute(partners.update_partner(colleague, partner_id(colleague, "Hochschule Nord"), city="Ulm"))
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert saved.isVisible()
    model = window.partner_panel.model  # back online, the window reads what happened meanwhile
    qtbot.waitUntil(lambda: "Ulm" in [model.partner_at(r).city for r in range(model.rowCount())],
                    timeout=SEEN_WITHIN_MS)
    dialog.accept()
    assert not dialog.isVisible()
    assert colleague.get("partner", steel).city == "Tübingen"
    history = colleague.row_history("partner", steel)
    assert [c.changes.get("city") for c in history if c.action == "update"] == [("Reutlingen", "Tübingen")]


def test_a_partners_history_says_who_changed_what_and_when(window, open_as, team_db, colleague, qtbot):
    from netzplaner.gui.common.i18n import install
    from netzplaner.gui.team.history_view import HistoryView

    ctrl = open_as(team_db.editor)
    ws = ctrl.workspace
    steel = partner_id(ws, "Stahl Eyach")
    colleague.execute(partners.update_partner(colleague, steel, city="Metzingen"))
    ctrl.run(partners.update_partner(ws, steel, kind="university", notes="neu"))
    dialog = PartnerDialog(ctrl, steel, window)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "partnerHistory").isHidden()
    history_action = window.findChild(QAction, "actionPartnerHistory")
    ctrl.selection.set_partners([])
    assert history_action.isVisible() and not history_action.isEnabled()  # nothing chosen, no history
    ctrl.selection.set_partners([steel])
    assert history_action.isEnabled()
    view = HistoryView(ws, "partner", steel)
    qtbot.addWidget(view)
    lines = view.lines()
    [latest, _notes, colleagues, created] = lines  # newest first; updated_at and version are not news
    change = colleague.row_history("partner", steel)[1]
    when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert colleagues == f"postgres, {when}: City Reutlingen → Metzingen"
    assert latest.startswith(f"{team_db.editor}, ") and latest.endswith("Kind Supplier → University")
    assert created.endswith(": created")
    install("de")
    assert ": Ort Reutlingen → Metzingen" in view.lines()[2]
    assert view.lines()[2].startswith(f"postgres, {change.at.astimezone():%d.%m.%Y %H:%M}")


def test_a_file_document_offers_no_history(window, ws, qtbot):
    window.documents._show(ws)
    dialog = PartnerDialog(window.controller, ws.own_firm_id, window)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "partnerHistory").isHidden()
    assert not window.findChild(QAction, "actionPartnerHistory").isVisible()
    assert not window.findChild(QLabel, "statusTeamSaved").isVisible()
    assert window.findChild(QAction, "actionSave").isVisible()


def test_an_address_on_the_command_line_opens_the_team_network_in_the_window(window, open_as, team_db,
                                                                             memory_keyring):
    from netzplaner.gui.shell.app import open_first

    url = team_db.url(team_db.editor)
    connections.remember_password(url, team_db.password)
    open_first(window, url, demo=False)  # what ``netzplaner postgresql://…`` does after showing the window
    assert window.documents.controller is not None
    assert window.documents.controller.workspace.kind == "team"
    assert window.documents.controller.workspace.location == url
    assert window.documents.close()
