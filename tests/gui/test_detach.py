"""A document's views let go of it when it closes: work still running for them delivers nothing, and a language
switch does not make them read the closed file. Real files, real worker threads."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from netzplaner.gui.common import ask, i18n
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.gui.overview.dashboard_panel import DashboardPanel
from netzplaner.gui.partners.relationship_panel import RelationshipPanel
from netzplaner.services import demo, network_check, partners
from netzplaner.services.workspace import Workspace

WAIT = 10  # seconds a worker waits for the test at most


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="en")
    return path


def held_back(monkeypatch, owner, name, *, read_first: bool):
    """Make ``owner.name`` wait for the test on the worker, after (or before) its real read of the document."""
    real, started, release = getattr(owner, name), threading.Event(), threading.Event()

    def waiting(*args, **kwargs):
        if read_first:
            result = real(*args, **kwargs)
            started.set()
            assert release.wait(WAIT)
            return result
        started.set()
        assert release.wait(WAIT)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, waiting)
    return started, release


def finish(qtbot) -> None:
    """Let the worker threads end and their results reach the GUI thread (the task may be deleted by then)."""
    assert QThreadPool.globalInstance().waitForDone(WAIT * 1000)
    qtbot.wait(100)


def test_a_map_read_that_arrives_after_closing_is_dropped(window, doc, qtbot):
    window.documents.open_path(doc)
    window.tabs.setCurrentWidget(window.map_host)
    panel = window.map_panel
    assert QThreadPool.globalInstance().waitForDone(WAIT * 1000)  # the map of the real file is read and on its
    # way to the GUI thread; the document closes before the window gets to it
    assert panel.data is None and panel._tasks
    assert window.documents.close()
    QApplication.processEvents()
    assert panel.controller is None and panel.data is None  # nothing drawn, nothing read after closing


def test_a_network_check_arriving_after_closing_is_dropped(window, doc, monkeypatch, qtbot):
    heard = []
    monkeypatch.setattr(DashboardPanel, "_failed", lambda panel, exc: heard.append(exc))
    monkeypatch.setattr(DashboardPanel, "_show", lambda panel, report: heard.append(report))
    read, release = held_back(monkeypatch, network_check, "check_network", read_first=True)
    window.documents.open_path(doc)
    qtbot.waitUntil(read.is_set, timeout=WAIT * 1000)  # the check starts once the window has its pages
    release.set()
    assert QThreadPool.globalInstance().waitForDone(WAIT * 1000)  # its report is on the way

    assert window.documents.close()
    finish(qtbot)
    assert heard == []


def test_a_network_check_failing_after_closing_says_nothing(window, doc, monkeypatch, qtbot):
    heard = []
    monkeypatch.setattr(DashboardPanel, "_failed", lambda panel, exc: heard.append(exc))
    started, release = held_back(monkeypatch, network_check, "check_network", read_first=False)
    window.documents.open_path(doc)
    qtbot.waitUntil(started.is_set, timeout=WAIT * 1000)

    assert window.documents.close()
    release.set()  # now the check reads the closed file and fails
    finish(qtbot)
    assert heard == []


def test_a_board_import_read_while_closing_shows_no_preview(window, doc, tmp_path, monkeypatch, qtbot):
    from netzplaner.services import roundtrip

    monkeypatch.setattr(ask, "open_path", lambda *args: str(tmp_path / "plan.xlsx"))
    previews = []
    monkeypatch.setattr("netzplaner.gui.exchange.workbook_actions.ImportPreview.exec", lambda dialog: previews.append(1))
    started, release = held_back(monkeypatch, roundtrip, "plan_board_import", read_first=False)
    window.documents.open_path(doc)
    window.import_workbook()
    assert started.wait(WAIT)

    assert window.documents.close()
    release.set()
    finish(qtbot)
    assert previews == [] and QApplication.overrideCursor() is None


def test_a_language_switch_right_after_closing_reads_nothing(window, doc, qtbot):
    window.documents.open_path(doc)
    panels = [window.dashboard, window.partner_panel, window.map_panel, window.goal_panel, window.plan_panel,
              window.relationship_panel]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert window.documents.close()
    i18n.install("de")  # the closed document's panels still exist until Qt deletes them
    QApplication.processEvents()
    assert all(panel.controller is None for panel in panels)
    assert window.findChild(type(window.menu_file), "menuFile").title() == "&Datei"


def test_a_view_outside_the_window_lets_go_when_its_document_closes(tmp_path, qtbot):
    with Workspace.create(tmp_path / "netz.netzplan") as ws:
        ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        controller = DocumentController(ws, autosave_minutes=0)
        panel = RelationshipPanel(controller)
        qtbot.addWidget(panel)
        assert panel.title.text() == "Relationships of “Eyachtal GmbH”"
        controller.close()
        assert panel.controller is None and panel.model.controller is None
        i18n.install("de")  # retranslating would read the closed document
        QApplication.processEvents()
        assert panel.title.text() == "Relationships of “Eyachtal GmbH”"


def test_a_result_on_its_way_when_the_document_closes_reaches_nobody(doc, monkeypatch, qtbot):
    """Outside the window too: the view detaches on the controller's closing and its task delivers nothing."""
    heard = []
    monkeypatch.setattr(DashboardPanel, "_show", lambda panel, report: heard.append(report))
    read, release = held_back(monkeypatch, network_check, "check_network", read_first=True)
    ws = Workspace.open(doc)
    controller = DocumentController(ws, autosave_minutes=0)
    overview = DashboardPanel(controller)
    qtbot.addWidget(overview)
    qtbot.waitUntil(read.is_set, timeout=WAIT * 1000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(WAIT * 1000)  # the report waits for the GUI thread

    controller.close()
    QApplication.processEvents()
    assert heard == [] and not overview.task.running
