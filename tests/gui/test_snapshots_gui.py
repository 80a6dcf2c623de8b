"""The "Stände" menu, the tool bar button and the manager dialog (issue 12), driven as a user would: real document,
real commands, the modal questions patched."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QProgressDialog

from netzplaner.gui.common import ask
from netzplaner.gui.snapshots import snapshot_actions
from netzplaner.gui.snapshots.snapshot_model import IdRole, SnapshotModel, shown_label
from netzplaner.services import partners, snapshots
from netzplaner.services.demo import write_demo
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace


@pytest.fixture(autouse=True)
def synchronous_worker(request, monkeypatch):
    from netzplaner.gui.common.worker import Worker

    if "real_worker" not in request.keywords:
        monkeypatch.setattr(Worker, "synchronous", True)


@pytest.fixture
def demo_window(window, tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, lang="en")
    window.documents.open_path(path)
    return window


def _labels(window) -> list[str]:
    return [s.label for s in snapshots.list_snapshots(window.controller.workspace)]


def test_the_menu_and_the_tool_bar_offer_taking_a_state(demo_window, monkeypatch, qtbot):
    window = demo_window
    take = window.findChild(type(window.act_new), "actionTakeSnapshot")
    assert take in window.toolbar.actions() and take.isVisible() and take.isEnabled()
    menu = window.menuBar().findChild(type(window.menu_file), "menuSnapshots")
    assert menu.title() == "S&tates" and take in menu.actions()
    monkeypatch.setattr(ask, "text", lambda *args: "Workshop Frühjahr 2026")
    take.trigger()
    qtbot.waitUntil(lambda: _labels(window)[-1] == "Workshop Frühjahr 2026")
    assert window.controller.undo_stack.undoText() == "Take the state “Workshop Frühjahr 2026”"
    window.controller.undo_stack.undo()
    assert "Workshop Frühjahr 2026" not in _labels(window)


def test_the_dialog_lists_the_states_newest_first_and_renames_and_deletes(demo_window, monkeypatch):
    window = demo_window
    dialog = window.snapshot_menu.show_dialog()
    table = dialog.table
    assert dialog.objectName() == "snapshotDialog"
    model = table.model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Workshop Spring 2026",
                                                                           "Workshop Autumn 2025"]
    assert model.index(0, 3).data() == "40" and model.index(0, 5).data() not in ("", "–")
    table.selectRow(1)
    monkeypatch.setattr(ask, "text", lambda *args: "Herbst-Workshop")
    dialog.rename_button.click()
    assert model.index(1, 1).data() == "Herbst-Workshop"  # the dialog followed the edit
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    table.selectRow(1)
    dialog.delete_button.click()
    assert model.rowCount() == 1
    window.controller.undo_stack.undo()
    assert model.rowCount() == 2 and dialog.empty.isHidden()


def test_returning_to_a_state_from_the_dialog_and_back(demo_window, monkeypatch, qtbot):
    window = demo_window
    ws = window.controller.workspace
    now = sorted(read_network(ws).partners["name"])
    steps = window.controller.undo_stack.count()
    dialog = window.snapshot_menu.show_dialog()
    dialog.table.selectRow(1)  # the autumn workshop
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.controller.undo_stack.count() == steps + 1)
    assert window.controller.undo_stack.undoText() == "Return to the state “Workshop Autumn 2025”"
    assert len(read_network(ws).partners["name"]) < len(now)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, 1).data() == "Before returning to an earlier state"
    window.controller.undo_stack.undo()
    assert sorted(read_network(ws).partners["name"]) == now


def test_a_state_opens_read_only_in_a_second_window_and_saves_as_a_document(demo_window, monkeypatch, tmp_path,
                                                                               qtbot):
    window = demo_window
    dialog = window.snapshot_menu.show_dialog()
    dialog.table.selectRow(1)
    other = snapshot_actions.open_read_only(dialog, window.controller, dialog.current())
    try:
        assert other is not window and other.controller.read_only
        assert "(read-only)" in other.windowTitle() and "Workshop Autumn 2025" in other.windowTitle()
        assert other.controller.workspace.read_only
        assert not other.findChild(type(window.act_new), "actionTakeSnapshot").isEnabled()
    finally:
        other.documents._drop()
        other.close()
    target = tmp_path / "herbst.netzplan"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    told = []
    monkeypatch.setattr(ask, "info", lambda parent, title, text: told.append(text))
    dialog.copy_button.click()
    assert told and str(target) in told[0]
    with Workspace.open(target, read_only=True) as copy:
        assert read_network(copy).partner_count == 37


def test_a_label_that_breaks_a_rule_is_told_and_nothing_is_taken(demo_window, monkeypatch):
    window = demo_window
    before = _labels(window)
    monkeypatch.setattr(ask, "text", lambda *args: "x" * 200)
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    window.snapshot_menu.take.trigger()
    assert errors and "120" in errors[0] and _labels(window) == before


def test_the_model_translates_an_automatic_label_until_it_is_renamed(qapp):
    from datetime import datetime

    from netzplaner.gui.common import i18n

    auto = snapshots.SnapshotInfo("a", "Before importing a partner list", "partner_import", datetime(2026, 3, 1),
                                  3, 2, {"figures": [{"mean_quality": 61.5}]})
    renamed = snapshots.SnapshotInfo("b", "Import März", "partner_import", datetime(2026, 3, 2), 3, 2, {})
    i18n.install("de")
    try:
        assert shown_label(auto) == "Vor dem Import einer Partnerliste"
        assert shown_label(renamed) == "Import März"
        model = SnapshotModel()
        model.set_rows([auto, renamed])
        assert model.index(0, 0).data(IdRole) == "b" and model.index(1, 5).data() == "62"
        assert model.index(1, 2).data() == "automatisch: Import einer Partnerliste"
    finally:
        i18n.install("en")


@pytest.mark.real_worker
def test_taking_a_state_reads_the_network_on_the_worker(demo_window, monkeypatch, qtbot):
    import threading

    window = demo_window
    threads = []
    real = snapshots.prepared_snapshot
    monkeypatch.setattr(snapshots, "prepared_snapshot",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    monkeypatch.setattr(ask, "text", lambda *args: "Auf dem Worker")
    window.snapshot_menu.take.trigger()
    qtbot.waitUntil(lambda: "Auf dem Worker" in _labels(window), timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert window.controller.undo_stack.undoText() == "Take the state “Auf dem Worker”"


@pytest.mark.real_worker
def test_returning_runs_on_the_worker_behind_a_modal_progress_and_is_one_undo_step(demo_window, monkeypatch,
                                                                                   qtbot):
    """The rows are replaced on the worker while an application-modal progress dialog blocks every edit and the
    timed save; the step then lands on the undo stack as one step, and undo gives back the network."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from netzplaner.services import snapshot_restore

    window = demo_window
    controller = window.controller
    ws = controller.workspace
    now = read_network(ws)
    steps = controller.undo_stack.count()
    seen = {}
    release = threading.Event()
    real = snapshot_restore.RestoreSnapshot.return_to

    def watched(self, uow, progress=snapshot_restore._quiet):
        seen["thread"] = threading.current_thread()
        release.wait(10)  # the GUI is looked at while the worker is at it
        return real(self, uow, progress)

    monkeypatch.setattr(snapshot_restore.RestoreSnapshot, "return_to", watched)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    autumn = snapshots.find_snapshot(ws, "Workshop Autumn 2025")
    task = snapshot_actions.restore(window, controller, autumn)
    qtbot.waitUntil(lambda: "thread" in seen)
    progress = window.findChild(QProgressDialog, "restoreProgress")
    assert progress is not None and progress.isVisible()
    assert progress.windowModality() == Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() is progress  # menus, tool bar and shortcuts of every window blocked
    assert not controller._autosave.isActive()  # no timed save of a half-done return
    assert controller.undo_stack.count() == steps  # nothing recorded yet
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    qtbot.waitUntil(lambda: controller.undo_stack.count() == steps + 1)
    assert seen["thread"] is not threading.main_thread()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "restoreProgress") is None)  # closed and gone
    assert controller._autosave.isActive()
    returned = snapshots.read_snapshot(ws, autumn.id)
    assert sorted(read_network(ws).partners["name"]) == sorted(returned.partners["name"])
    assert controller.undo_stack.undoText() == "Return to the state “Workshop Autumn 2025”"
    controller.undo_stack.undo()
    assert read_network(ws).partners == now.partners and read_network(ws).latest == now.latest
    assert "Before returning to an earlier state" not in _labels(window)
    controller.undo_stack.redo()
    assert sorted(read_network(ws).partners["name"]) == sorted(returned.partners["name"])
