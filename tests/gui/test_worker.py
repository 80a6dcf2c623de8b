"""The worker helper: results, failures and cancellation come back on the GUI thread; tests may run it inline."""

from __future__ import annotations

import threading
import time

import pytest

from netzplaner.analysis.layout import Cancelled
from netzplaner.gui.common.worker import Worker


def run(qtbot, work, signal="finished"):
    task = Worker.start(work)
    seen = []
    for name in ("finished", "failed", "cancelled"):
        getattr(task, name).connect(lambda *args, name=name: seen.append((name, args, threading.get_ident())))
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert [s[0] for s in seen] == [signal]
    return task, seen[0]


def test_a_result_comes_back_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    ran_on = []
    _task, (_name, (result,), delivered_on) = run(qtbot, lambda progress, cancelled: ran_on.append(
        threading.get_ident()) or 42)
    assert result == 42 and delivered_on == gui and ran_on[0] != gui


def test_a_failure_is_handed_over_with_its_details(qtbot):
    def work(progress, cancelled):
        raise ValueError("kaputt")

    _task, (_name, (exc,), _thread) = run(qtbot, work, "failed")
    assert isinstance(exc, ValueError) and "kaputt" in exc.details


def test_cancel_stops_the_work(qtbot):
    def work(progress, cancelled):
        for _ in range(500):
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "too late"

    task = Worker.start(work)
    ended = []
    task.cancelled.connect(lambda: ended.append("cancelled"))
    task.finished.connect(lambda result: ended.append(result))
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert ended == ["cancelled"]


@pytest.fixture
def synchronous(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


def test_synchronous_mode_runs_on_the_calling_thread(qtbot, synchronous):
    gui = threading.get_ident()
    ran_on = []
    _task, (_name, (result,), _thread) = run(qtbot, lambda progress, cancelled: ran_on.append(
        threading.get_ident()) or "done")
    assert result == "done" and ran_on == [gui]


def test_a_task_nobody_holds_is_let_go_on_the_gui_thread(qtbot):
    """The pool deletes its runnable on the worker thread; the task's QObjects must not die there (their destructor
    disconnecting signals there deadlocked once against the GUI thread disconnecting others)."""
    import gc
    import weakref

    from PySide6.QtCore import QThreadPool

    gone_on = []
    started = threading.Event()
    release = threading.Event()

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        return 1

    task = Worker.start(work)  # no parent: only the runnable keeps it once we let go
    weakref.finalize(task._signals, lambda: gone_on.append(threading.get_ident()))
    weakref.finalize(task, lambda: gone_on.append(threading.get_ident()))
    assert started.wait(5)
    task.abandon()
    del task
    gc.collect()
    assert gone_on == []  # still held by the running work
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: len(gone_on) == 2, timeout=5_000)
    assert gone_on == [threading.get_ident()] * 2
