"""One export use case: File → Export board workbook and ``netzplaner export`` run ``services.export.board_contents``
and ``write_board`` (the window through ``export_board``) and write the same workbook (sheets, every cell, the map
picture)."""

from __future__ import annotations

import zipfile

import openpyxl

from netzplaner.cli import main
from netzplaner.gui.common import ask
from netzplaner.services import demo, network_check
from netzplaner.services import export as export_service
from netzplaner.services.workspace import Workspace


def _contents(path):
    """Every sheet's cell values; the export's own stamp (time, id for the round trip) left out."""
    book = openpyxl.load_workbook(path)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows() if row[0].value != "export"]
            for sheet in book.worksheets}


def _pictures(path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(name) for name in sorted(archive.namelist()) if name.startswith("xl/media/")]


def test_the_window_and_the_command_line_write_the_same_workbook(window, tmp_path, monkeypatch, qtbot):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    calls = []
    real = export_service.board_contents
    monkeypatch.setattr(export_service, "board_contents",
                        lambda ws, **options: calls.append(options) or real(ws, **options))

    assert main(["export", str(doc), "-o", str(tmp_path / "cli.xlsx"), "--lang", "en"]) == 0
    window.documents.open_path(doc)
    target = tmp_path / "window.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    monkeypatch.setattr(ask, "info", lambda *args: None)
    task = window.export_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)

    assert len(calls) == 2 and all(c["map_png"] for c in calls)  # both through the one use case, with the map
    from_cli, from_window = _contents(tmp_path / "cli.xlsx"), _contents(target)
    assert list(from_window) == list(from_cli)
    assert from_window == from_cli
    assert len(_pictures(target)) == 1 and _pictures(target) == _pictures(tmp_path / "cli.xlsx")
    with Workspace.open(doc, read_only=True) as ws:
        first_advice = network_check.check_network(ws).recommendations[0].text("en")
    cover = " ".join(str(value) for row in from_window["Overview"] for value in row if value)
    assert first_advice.split(":")[0] in cover  # the network check's advice is on the cover


def test_the_window_s_export_reads_the_document_once(window, tmp_path, monkeypatch, qtbot):
    """File → Export paints the map picture and writes the workbook on the worker: both, and the network check,
    from the one read the picture made (issue 17)."""
    from PySide6.QtCore import QThreadPool

    from netzplaner.services import network_read

    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    window.documents.open_path(doc)
    # the panels' own loading (the overview's check, the search index: both started by timers), before counting
    qtbot.waitUntil(lambda: window.dashboard.report is not None and window.search_box.keeper.index is not None,
                    timeout=30_000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    window.controller.workspace.mark_changed()  # forget the overview's read of this state: the export reads itself
    reads = []
    real = network_read._read
    monkeypatch.setattr(network_read, "_read", lambda ws: reads.append(1) or real(ws))
    target = tmp_path / "window.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    monkeypatch.setattr(ask, "info", lambda *args: None)
    task = window.export_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert target.exists() and len(_pictures(target)) == 1
    assert len(reads) == 1


def test_the_command_line_lets_the_document_go_before_it_writes(tmp_path, monkeypatch):
    """``netzplaner export`` closes the document before writing the workbook: the read of the document (and the
    network the check built from it) are free then, and their memory serves the writing (20k partners: the
    export's peak 14 MiB lower)."""
    import gc
    import weakref

    from netzplaner.services import network_read

    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    reads, alive = [], []
    real_read, real_write = network_read._read, export_service.write_board

    def read(ws):
        made = real_read(ws)
        reads.append(weakref.ref(made))
        return made

    def write(data, path, progress=None):
        gc.collect()
        alive.extend(ref() is not None for ref in reads)
        return real_write(data, path, progress)

    monkeypatch.setattr(network_read, "_read", read)
    monkeypatch.setattr(export_service, "write_board", write)
    assert main(["export", str(doc), "-o", str(tmp_path / "cli.xlsx")]) == 0
    assert alive == [False] and (tmp_path / "cli.xlsx").stat().st_size


def test_the_window_s_export_leaves_the_gui_thread_free(window, tmp_path, monkeypatch, qtbot):
    """The map picture, the check and the workbook all run on the worker: the GUI thread only shows progress."""
    import threading

    from netzplaner.gui.map import map_export

    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    window.documents.open_path(doc)
    threads = []
    real = map_export.workbook_picture
    monkeypatch.setattr(map_export, "workbook_picture",
                        lambda ws: threads.append(threading.current_thread()) or real(ws))
    target = tmp_path / "window.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    monkeypatch.setattr(ask, "info", lambda *args: None)
    task = window.export_workbook()
    assert threads == []  # nothing painted before the window's event loop runs again
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert len(_pictures(target)) == 1
