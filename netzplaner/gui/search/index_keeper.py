"""The search index of one open document, built on the worker after opening and again after edits.

The box asks ``index`` on every keystroke (a few milliseconds at 20,000 partners); building it reads the whole
document (about a second at 20,000), so it never runs on the GUI thread. Until the first index arrives ``index`` is
None; while a newer one is built the older keeps answering.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...services.search import SearchIndex, build_index
from ..common.document_view import DocumentView


class IndexKeeper(DocumentView, QObject):
    indexReady = Signal()

    REBUILD_DELAY_MS = 400  # many edits in a row (an import, typing in a dialog): build once

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attach(controller)
        self.index: SearchIndex | None = None
        self.task = None
        self._timer = QTimer(self, singleShot=True, interval=self.REBUILD_DELAY_MS, timeout=self.rebuild)
        self.listen(controller.changed, lambda _entities: self._timer.start())
        # after the window has built its pages (and beside the overview's check, not before it)
        QTimer(self, singleShot=True, interval=200, timeout=self.rebuild).start()

    def rebuild(self) -> None:
        if self.controller is None:
            return
        if self.task is not None and self.task.running:
            self.task.cancel()
        ws = self.controller.workspace
        self.task = self.start(lambda progress, cancelled: build_index(ws))
        self.task.finished.connect(self._arrived)

    def _arrived(self, index: SearchIndex) -> None:
        self.index = index
        self.indexReady.emit()
