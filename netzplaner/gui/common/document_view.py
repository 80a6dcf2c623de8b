"""A view of one open document, and how it lets go when the document closes.

A panel or table model inherits ``DocumentView`` (before its Qt base class), calls ``attach(controller)``, and ties
itself to the document only through ``listen`` (the controller's and the selection's signals) and ``start``
(tasks on the worker). When the document closes, every view detaches: it cuts its connections, abandons its tasks
(a result already on its way reaches nobody), stops its timers, drops its controller and sits out language
switches until Qt deletes it. The window calls ``detach_views(panel)`` before it closes the document, which also
silences the panel's widgets; a view outside the window detaches on the controller's ``closing`` signal. So no
slot has to ask whether the document is still open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMetaObject, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .worker import Task, Work, Worker

if TYPE_CHECKING:  # a type only: common/ does not import the shell
    from ..shell.controller import DocumentController


class DocumentView:
    """Mixin for QObjects that show one document; see the module's docstring."""

    controller: DocumentController | None

    def attach(self, controller: DocumentController) -> None:
        self.controller = controller
        self._connections: list[QMetaObject.Connection] = []
        self._tasks: list[Task] = []
        self.listen(controller.closing, self.detach)

    def listen(self, signal, slot: Callable) -> None:
        """Connect ``slot`` to a signal of the document (the controller, its selection) until ``detach``."""
        self._connections.append(signal.connect(slot))

    def start(self, work: Work) -> Task:
        """Run ``work`` on the worker for this view; its results stop arriving once the view is detached."""
        self._tasks = [task for task in self._tasks if task.running]
        task = Worker.start(work, self)
        self._tasks.append(task)
        return task

    def detach(self) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        for task in self._tasks:
            task.abandon()
        for timer in self.findChildren(QTimer):
            timer.stop()
        self._connections, self._tasks = [], []
        self.controller = None
        if isinstance(self, QWidget):
            self._sit_out = _SitOut(self)
            self.installEventFilter(self._sit_out)


class _SitOut(QObject):
    """Swallows the language switch for a detached view (and so for its children): retranslating might read the
    closed document."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange


def detach_views(panel: QWidget) -> None:
    """Let ``panel`` and every view in it go of their document and silence its widgets (call it before the
    document closes)."""
    for view in (panel, *panel.findChildren(QObject)):
        if isinstance(view, DocumentView):
            view.detach()
    panel.blockSignals(True)
    for child in panel.findChildren(QObject):  # widgets, item models, selection models
        child.blockSignals(True)
