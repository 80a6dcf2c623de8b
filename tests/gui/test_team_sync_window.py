"""File → Take offline / Merge back in the window against a real PostgreSQL server: the preview groups the lines,
shows both versions of a conflict side by side and honours the choice; nothing is written before "Merge"; the
merge is one undo step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from netzplaner.gui.common import ask
from netzplaner.gui.common.i18n import install
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.gui.team import sync_actions
from netzplaner.gui.team.merge_dialog import MergePreview
from netzplaner.gui.team.merge_model import MINE_COLUMN, THEIRS_COLUMN, WHAT, KindRole
from netzplaner.services import partners, team_sync
from netzplaner.services.workspace import Workspace

from ..team_sync_helpers import comparable, demo_source, id_of, value

HAERTEREI = "Härterei Eyachtal GmbH"
BLECH = "Blechform Killertal KG"


@pytest.fixture
def team_url(pg_server, tmp_path):
    url = pg_server.new_database()
    with demo_source(tmp_path) as source, Workspace.create(url) as team:
        team_sync.publish(source, team)
    return url


@pytest.fixture
def copy_path(team_url, tmp_path):
    with Workspace.open(team_url) as team:
        return team_sync.pull(team, tmp_path / "Werkstatt.netzplan")


@pytest.fixture
def edited(team_url, copy_path):
    """Both sides edited: a conflict, a change of ours, a new partner of ours, a deletion against an edit."""
    with Workspace.open(copy_path) as copy:
        pid = id_of(copy, "partner", name=HAERTEREI)
        copy.execute(partners.update_partner(copy, pid, city="Hechingen", region="Zollernalb"))
        copy.execute(partners.create_partner(copy, name="Werkzeugbau Onstmettingen", kind="supplier"))
        copy.execute(partners.delete_partner(copy, id_of(copy, "partner", name=BLECH)))
        copy.save()
    with Workspace.open(team_url) as team:
        team.execute(partners.update_partner(team, pid, city="Albstadt"))
        team.execute(partners.update_partner(team, id_of(team, "partner", name=BLECH), notes="Team: wichtig"))
    return pid


@pytest.fixture
def window(window, edited, copy_path, team_url, monkeypatch):
    """The window on the edited offline copy, connecting to its team network with the test server's password."""
    window.resize(1366, 697)
    window.documents.open_path(copy_path)
    monkeypatch.setattr(sync_actions, "open_origin", lambda parent, location: Workspace.open(team_url))
    return window


def team_state(url, versions=True):
    with Workspace.open(url) as team:
        return comparable(team, versions=versions)


def test_the_menu_offers_merge_back_on_an_offline_copy_only(window, tmp_path):
    assert window.sync_menu.merge_back.isVisible() and not window.sync_menu.take_offline.isVisible()
    assert window.sync_menu.merge_back in window.menu_file.actions()
    install("de")  # the entries follow the language switch
    QApplication.processEvents()  # Qt posts the switch to every widget
    assert window.sync_menu.merge_back.text() == "&Zurückspielen ins Team-Netzwerk…"
    assert window.sync_menu.take_offline.text() == "&Offline mitnehmen…"
    install("en")
    QApplication.processEvents()
    assert window.sync_menu.merge_back.text() == "&Merge back into the team network…"
    window.documents._drop()
    window.documents.open_path(tmp_path / "demo.netzplan")
    assert not window.sync_menu.merge_back.isVisible() and not window.sync_menu.take_offline.isVisible()


def test_the_preview_shows_both_versions_and_the_choice_is_one_undo_step(window, edited, team_url, monkeypatch,
                                                                         qtbot, tmp_path):
    install("de")
    seen, infos = {}, []

    def decide(dialog):
        model = dialog.model
        kinds = [model.index(r, 0).data(KindRole) for r in range(model.rowCount())]
        seen["kinds"] = kinds
        conflict = kinds.index("conflict")
        seen["conflict"] = (model.index(conflict, WHAT).data(), model.index(conflict, MINE_COLUMN).data(),
                            model.index(conflict, THEIRS_COLUMN).data())
        assert model.index(conflict, THEIRS_COLUMN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        model.setData(model.index(conflict, MINE_COLUMN), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
        assert model.index(conflict, THEIRS_COLUMN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        seen["summary"] = dialog.findChild(QLabel, "mergeSummary").text()
        changed = kinds.index("changed")  # the region, changed in the copy only, beside the conflict on the city
        seen["changed"] = (model.index(changed, WHAT).data(), model.index(changed, MINE_COLUMN).data())
        dialog.resize(1366, 697)
        dialog.show()
        qtbot.wait(50)
        shots = Path(os.environ.get("NETZPLANER_SHOTS", tmp_path))  # to look at
        dialog.grab().save(str(shots / "merge_preview_1366.png"))
        dialog.hide()
        return 1

    monkeypatch.setattr(MergePreview, "exec", decide)
    monkeypatch.setattr(ask, "info", lambda parent, title, text: infos.append(text))
    before = team_state(team_url)
    stack = window.controller.undo_stack
    count = stack.count()
    window.sync_menu.merge_back.trigger()
    task = window.sync_menu.task
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    install("en")
    assert seen["kinds"][0] == "conflict" and "deleted_here" in seen["kinds"] and "new" in seen["kinds"]
    assert seen["conflict"] == ("Partner „Härterei Eyachtal GmbH“", "Hechingen", "Albstadt")
    assert "1 neu, 1 geändert, 3 gelöscht · Entscheidungen: 2" in seen["summary"]
    assert seen["changed"] == ("Partner „Härterei Eyachtal GmbH“", "Region: Zollernalbkreis, Baden-Württemberg → Zollernalb")
    assert task.applied and stack.count() == count + 1
    assert infos and "Team-Netzwerk" in infos[0]
    assert value_in(team_url, "partner", edited, "city") == "Hechingen"  # mine, as ticked
    assert value_in(team_url, "partner", edited, "region") == "Zollernalb"
    assert value(window.controller.workspace, "partner", edited, "city") == "Hechingen"
    assert team_state(team_url, versions=False) == comparable(window.controller.workspace, versions=False)
    stack.undo()
    assert team_state(team_url) == before
    assert value(window.controller.workspace, "partner", edited, "city") == "Hechingen"  # our copy as it was
    assert value(window.controller.workspace, "partner", edited, "region") == "Zollernalb"


def value_in(url, entity, entity_id, column):
    with Workspace.open(url) as team:
        return value(team, entity, entity_id, column)


def test_cancel_writes_nothing(window, edited, team_url, monkeypatch, qtbot):
    monkeypatch.setattr(MergePreview, "exec", lambda dialog: 0)
    before, copy_before = team_state(team_url), comparable(window.controller.workspace)
    count = window.controller.undo_stack.count()
    window.sync_menu.merge_back.trigger()
    task = window.sync_menu.task
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert not task.applied and window.controller.undo_stack.count() == count
    assert team_state(team_url) == before and comparable(window.controller.workspace) == copy_before


def test_a_change_in_the_team_while_deciding_writes_nothing_and_says_so(window, edited, team_url, monkeypatch,
                                                                         qtbot):
    errors = []

    def someone_edits_meanwhile(dialog):
        with Workspace.open(team_url) as team:
            team.execute(partners.update_partner(team, edited, notes="zwischendurch"))
        return 1

    monkeypatch.setattr(MergePreview, "exec", someone_edits_meanwhile)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    window.sync_menu.merge_back.trigger()
    qtbot.waitUntil(lambda: not window.sync_menu.task.running, timeout=30_000)
    after_them = team_state(team_url)
    assert errors and "while you decided; nothing was written" in errors[0]
    assert not window.sync_menu.task.applied and team_state(team_url) == after_them
    assert value_in(team_url, "partner", edited, "city") == "Albstadt"


def test_take_offline_writes_a_copy_of_the_team_network(team_url, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "unterwegs.netzplan"
    infos = []
    monkeypatch.setattr(ask, "save_path", lambda *args, **kwargs: str(target))
    monkeypatch.setattr(ask, "info", lambda parent, title, text: infos.append(text))
    team = Workspace.open(team_url)
    controller = DocumentController(team, autosave_minutes=0)
    task = sync_actions.take_offline(None, controller)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert infos and str(target) in infos[0]
    with Workspace.open(target) as copy:
        assert comparable(copy) == comparable(team)
        assert team_sync.offline_origin(copy) == team.location
    controller.close()
