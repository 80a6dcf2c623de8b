"""One window refresh reads the document once (issue 17): after an edit, an undo, a redo or another session's
change, the map and the overview's check (with its health course) are built from one read on the worker, and both
show the change. Real document, real worker threads, offscreen Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from netzplaner.services import demo, network_read, partners

NAME = "Neu im Fenster GmbH"


@pytest.fixture
def shown(window, tmp_path, qtbot):
    """The demo in the window with the map tab shown, every first load done."""
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    window.documents.open_path(doc)
    window.tabs.setCurrentWidget(window.map_host)
    qtbot.waitUntil(lambda: window.dashboard.report is not None and window.map_panel.data is not None
                    and window.search_box.keeper.index is not None, timeout=30_000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    return window


def _settled(window, qtbot, partners_now: int, name_shown: bool) -> None:
    """Wait until the overview's check and the map both show the document as it is now."""
    qtbot.waitUntil(lambda: (NAME in window.map_panel.data.names) == name_shown
                    and window.dashboard.report.result.partners == partners_now, timeout=30_000)
    qtbot.wait(window.dashboard._refresh_timer.interval() + 100)  # nothing else is still to come
    QThreadPool.globalInstance().waitForDone()


def test_an_edit_undo_redo_and_others_change_each_take_one_read_that_map_and_overview_share(
        shown, qtbot, monkeypatch):
    window = shown
    controller = window.controller
    ws = controller.workspace
    reads: list[int] = []
    real = network_read._read
    monkeypatch.setattr(network_read, "_read", lambda w: reads.append(1) or real(w))
    before = window.dashboard.report.result.partners

    controller.run(partners.create_partner(ws, name=NAME, kind="customer"))
    _settled(window, qtbot, before + 1, True)
    assert len(reads) == 1  # the map's reload and the overview's check and course: one read

    controller.undo_stack.undo()
    _settled(window, qtbot, before, False)
    assert len(reads) == 2

    controller.undo_stack.redo()
    _settled(window, qtbot, before + 1, True)
    assert len(reads) == 3

    # another session's change: written past this window's history, then announced as the team refresh does
    own = ws.done[-1].entity_id
    with ws.store.unit_of_work() as uow:
        uow.update("partner", own, {"name": "Umbenannt von anderen GmbH"})
    controller.changed_elsewhere(frozenset({"partner"}))
    qtbot.waitUntil(lambda: "Umbenannt von anderen GmbH" in window.map_panel.data.names, timeout=30_000)
    _settled(window, qtbot, before + 1, False)
    assert len(reads) == 4
