"""GUI test fixtures: offscreen Qt, settings in a temporary folder, English UI unless a test switches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool


@pytest.fixture(autouse=True)
def worker_tasks_end_with_their_test(qapp):
    """Work a test handed to the thread pool (the overview's check, the search index, a state being taken) ends,
    and its result is delivered, before the next test: a result arriving for a window of an earlier test, in the
    middle of another test's set-up, crashed the run once (a segmentation fault in a dialog's constructor)."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("NetzplanerTests")
    QCoreApplication.setApplicationName("NetzplanerTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    from netzplaner.gui.common import i18n

    i18n.install("en")
    yield folder
    i18n.install("en")


@pytest.fixture
def controller(ws, qtbot):
    """A DocumentController over the ``ws`` document (own firm only)."""
    from netzplaner.gui.shell.controller import DocumentController

    ctrl = DocumentController(ws, autosave_minutes=0)
    yield ctrl
    ctrl.close()


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A real modal box would hang the offscreen run: fail instead. Tests patch the ones they expect."""
    from netzplaner.gui.common import ask

    def refuse(name):
        def question(*args, **kwargs):
            raise AssertionError(f"unexpected {name}: {args[2] if len(args) > 2 else args}")
        return question

    for name in ("confirm", "error", "info", "save_discard_cancel", "open_path", "save_path", "text"):
        monkeypatch.setattr(ask, name, refuse(name))


@pytest.fixture
def window(qtbot):
    """The main window, shown, with no document (a test opens one); the document is dropped afterwards."""
    from netzplaner.gui.shell.main_window import MainWindow

    win = MainWindow()
    win.show()
    yield win
    if win.controller is not None:
        win.documents._drop()
    win.close()
    win.deleteLater()
