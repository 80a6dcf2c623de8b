"""Starting the window from the command line, the preferences dialog, the autosave timer and Save As."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QSpinBox

from netzplaner import cli
from netzplaner.gui.common import ask, i18n, settings
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.gui.shell.preferences_dialog import PreferencesDialog
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store.lock import break_lock, lock_path_for, read_holder


@pytest.fixture
def started(monkeypatch, qtbot):
    """``cli.main`` with the event loop returning at once; yields the main windows it showed."""
    windows = []

    def exec_once(app):
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    yield windows
    for window in windows:
        window.documents._drop()
        window.close()
        window.deleteLater()


def _partner_names(path) -> set[str]:
    with Workspace.open(path, read_only=True) as ws:
        return {p.name for p in queries.list_partners(ws)}


def test_netzplaner_file_opens_that_file_in_the_window(started, ws):
    ws.save()
    path = ws.path
    ws.close()
    assert cli.main([str(path)]) == 0
    [window] = started
    assert window.documents.controller.path == path
    assert window.stack.currentWidget() is not window.welcome
    assert path.name in window.windowTitle()


def test_netzplaner_demo_opens_the_demo(started):
    assert cli.main(["--demo"]) == 0
    [window] = started
    controller = window.documents.controller
    assert controller is not None and controller.path.suffix == ".netzplan"
    assert queries.own_firm(controller.workspace).name == "Eyachtal Präzisionsmaschinen GmbH"
    assert len(queries.list_partners(controller.workspace)) > 40


def test_the_preferences_dialog_changes_font_size_and_language(qtbot, monkeypatch):
    from netzplaner.gui.shell.app import apply_font_size

    window = MainWindow()
    qtbot.addWidget(window)

    def choose(dialog):
        dialog.findChild(QSpinBox, "prefFontSize").setValue(19)
        language = dialog.findChild(QComboBox, "prefLanguage")
        language.setCurrentIndex(language.findData("de"))
        dialog.findChild(QSpinBox, "prefAutosave").setValue(7)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    try:
        window.act_prefs.trigger()
        assert QApplication.font().pointSize() == 19
        assert (settings.FONT_POINT_SIZE.get(), settings.LANGUAGE.get(), settings.AUTOSAVE_MINUTES.get()) == (
            19, "de", 7)
        qtbot.waitUntil(lambda: window.act_save_as.text().replace("&", "").startswith("Speichern unter"))
    finally:
        apply_font_size(QApplication.instance(), 0)


def test_a_cancelled_preferences_dialog_changes_nothing(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    size = QApplication.font().pointSize()

    def change_and_cancel(dialog):
        dialog.findChild(QSpinBox, "prefFontSize").setValue(size + 5)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", change_and_cancel)
    window.act_prefs.trigger()
    assert QApplication.font().pointSize() == size and settings.FONT_POINT_SIZE.get() == 0


@pytest.fixture
def window_on(qtbot, ws):
    """The main window with the ``ws`` document open (autosave every minute)."""
    ws.save()
    path = ws.path
    ws.close()
    settings.AUTOSAVE_MINUTES.set(1)
    window = MainWindow()
    qtbot.addWidget(window)
    window.documents.open_path(path)
    yield window
    if window.documents.controller is not None:
        window.documents._drop()


def test_the_autosave_timer_saves_the_document(window_on):
    controller = window_on.documents.controller
    timer = controller._autosave
    assert timer.isActive() and timer.interval() == 60_000
    controller.run(partners.create_partner(controller.workspace, name="Neu GmbH", kind="supplier"))
    assert "Neu GmbH" not in _partner_names(controller.path)
    timer.timeout.emit()  # a minute has passed
    assert "Neu GmbH" in _partner_names(controller.path) and not controller.is_modified


@pytest.mark.parametrize("lang, said", [
    ("en", ("Autosave stopped", ("Someone else has broken the lock of “test.netzplan” and may be working on it; "
                                 "save your changes under another name with Save As."))),
    ("de", ("Automatisches Speichern angehalten", ("Jemand anderes hat die Sperre von „test.netzplan“ aufgehoben und "
            "arbeitet möglicherweise daran; speichern Sie Ihre Änderungen mit „Speichern unter“ unter einem anderen "
            "Namen.")))])
def test_autosave_after_the_lock_was_broken_tells_the_user_once_and_stops(window_on, monkeypatch, lang, said):
    i18n.install(lang)
    controller = window_on.documents.controller
    path = controller.path
    told = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: told.append((title, text)))
    assert break_lock(path, read_holder(lock_path_for(path)))
    other = Workspace.open(path)  # another user takes the document over
    try:
        controller.run(partners.create_partner(controller.workspace, name="Hier GmbH", kind="supplier"))
        controller._autosave.timeout.emit()
        controller._autosave.timeout.emit()  # a second tick, had the timer not stopped
        assert told == [said]
        assert not controller._autosave.isActive() and controller.is_modified
        controller.set_autosave_minutes(5)  # the preferences do not switch it back on for this document
        assert not controller._autosave.isActive()
        assert "Hier GmbH" not in _partner_names(path)  # the other user's file was not touched
        window_on.documents._drop()  # the user closes without saving (the question is tested elsewhere)
        assert lock_path_for(path).exists()  # the other user's lock stays
    finally:
        other.close()


def test_save_as_writes_a_new_file_and_continues_there(window_on, monkeypatch, tmp_path):
    controller = window_on.documents.controller
    old_path, new_path = controller.path, tmp_path / "Kopie.netzplan"
    controller.run(partners.create_partner(controller.workspace, name="Kopie GmbH", kind="supplier"))
    asked = []
    monkeypatch.setattr(ask, "save_path", lambda parent, title, suggestion, *a, **k: asked.append(title)
                        or str(new_path))
    window_on.act_save_as.trigger()
    assert asked == ["Save as"]
    assert controller.path == new_path and not controller.is_modified
    assert "Kopie GmbH" in _partner_names(new_path)
    assert "Kopie GmbH" not in _partner_names(old_path)  # the original stays as it was saved
    assert new_path.name in window_on.windowTitle()
