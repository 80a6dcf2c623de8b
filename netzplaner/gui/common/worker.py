"""Long work off the GUI thread: one helper over a QThreadPool, results back on the GUI thread (docs/architecture.md,
"Threading").

A task is a plain function ``work(progress, cancelled)``: it reports 0..1 through ``progress`` and stops (by
raising ``analysis.layout.Cancelled`` or returning early) when ``cancelled()`` turns true. It may read the document
through the workspace (``ws.reading()``): the store opens a SQLite connection of its own for each read on the
thread that reads (no pool), and the working copy's WAL lets that read see one consistent state while the GUI
thread commits. It never writes (edits are commands on the GUI thread), keeps no unit of work or row object past
its read, and touches no widget; it returns plain data. A view that lets go of its document ``abandon()``s its
tasks: whatever they still deliver reaches nobody.

Tests can set ``Worker.synchronous = True`` to run tasks at once on the calling thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Task(QObject):
    """A running piece of work; connect to its signals, call ``cancel()`` to ask it to stop."""

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.running = True
        self.abandoned = False

    def cancel(self) -> None:
        self._stop.set()

    def abandon(self) -> None:
        """Ask the work to stop and deliver nothing more: no progress, result, failure or cancellation, even one
        that is already on its way to the GUI thread (the document it read may be closed by then)."""
        self.abandoned = True
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    # bound methods of an object on the GUI thread: Qt queues the worker's signals to them
    def _on_progress(self, value: float) -> None:
        if not self.abandoned:
            self.progress.emit(value)

    def _on_finished(self, result: object) -> None:
        self.running = False
        if not self.abandoned:
            self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.running = False
        if not self.abandoned:
            self.failed.emit(exc)

    def _on_cancelled(self) -> None:
        self.running = False
        if not self.abandoned:
            self.cancelled.emit()


class _Releaser(QObject):
    """Lets go of a finished task's objects on the GUI thread. The pool deletes a runnable on its worker thread;
    had the runnable the last reference to the task's QObjects, they would be destroyed there, and a destructor
    disconnecting signals on the worker while the GUI thread disconnects others under the interpreter lock
    deadlocks (seen once in the suite)."""

    parcel = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.parcel.connect(self._drop)  # queued: the parcel's references end on the GUI thread

    def _drop(self, parcel: object) -> None:
        pass


_releaser: _Releaser | None = None  # made by the first ``Worker.start``, on the GUI thread


class _Runnable(QRunnable):
    def __init__(self, work: Work, task: Task, signals: _Signals) -> None:
        super().__init__()
        self.work, self.task, self.signals = work, task, signals

    def run(self) -> None:
        try:
            _execute(self.work, self.task, self.signals)
        finally:
            parcel = (self.work, self.task, self.signals)
            self.work = self.task = self.signals = None
            try:
                _releaser.parcel.emit(parcel)
            except RuntimeError:  # the application is gone: nothing is left to deadlock with
                pass
            del parcel


def _execute(work: Work, task: Task, signals: _Signals) -> None:
    from ...analysis.layout import Cancelled

    try:
        try:
            result = work(signals.progress.emit, task.is_cancelled)
        except Cancelled:
            signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows one sentence
            exc.details = traceback.format_exc()
            signals.failed.emit(exc)
        else:
            if task.is_cancelled():
                signals.cancelled.emit()
            else:
                signals.finished.emit(result)
    except RuntimeError:  # the window went away while the task ran: nobody is left to tell
        pass


class Worker:
    """Starts tasks on the global thread pool."""

    synchronous = False

    @classmethod
    def start(cls, work: Work, parent: QObject | None = None) -> Task:
        """Run ``work``; connect to the returned task's signals before control returns to the event loop."""
        task = Task(parent)
        signals = _Signals()  # lives on the GUI thread: its queued signals arrive there
        signals.progress.connect(task._on_progress)
        signals.finished.connect(task._on_finished)
        signals.failed.connect(task._on_failed)
        signals.cancelled.connect(task._on_cancelled)
        task._signals = signals  # keep it alive as long as the task
        global _releaser
        if _releaser is None:
            _releaser = _Releaser()
        if cls.synchronous:
            # after the caller has connected its slots, like a real worker would
            QTimer.singleShot(0, lambda: _execute(work, task, signals))
        else:
            QThreadPool.globalInstance().start(_Runnable(work, task, signals))
        return task
