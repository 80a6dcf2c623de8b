"""Others' edits in the open window: the workspace's watch, brought to the GUI thread (issue 14, item 2).

``Workspace.watch`` calls back from its listening thread. The callbacks only emit Qt signals of an object that
lives on the GUI thread, so Qt queues them there; the slots then run the controller's own ``changed`` path, the
one every own edit takes (tables reload and keep their selection, the map keeps its zoom and pan, an open
dialog is not touched). While the server is away, an edit is refused by the store with one sentence and the
dialog keeps its input; once it is back, the listener reports every kind as changed (some may have been missed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from ..shell.controller import DocumentController


class LiveRefresh(QObject):
    othersChanged = Signal(frozenset)  # emitted from the listening thread; delivered on the GUI thread
    onlineChanged = Signal(bool)
    serverReachable = Signal(bool)  # on the GUI thread, once per change (the window's banner)

    def __init__(self, controller: DocumentController) -> None:
        super().__init__(controller)  # lives (and dies) with the document on the GUI thread
        self.setObjectName("liveRefresh")
        self.controller = controller
        self.online = True
        queued = Qt.ConnectionType.QueuedConnection  # also when a test emits from the GUI thread itself
        self.othersChanged.connect(self._others_changed, queued)
        self.onlineChanged.connect(self._online_changed, queued)
        self._stop = controller.workspace.watch(self.othersChanged.emit, self.onlineChanged.emit)
        controller.closing.connect(self.stop)

    def stop(self) -> None:
        """Stop listening (the document closes); later callbacks find nothing to do."""
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()

    def _others_changed(self, entities: frozenset) -> None:
        if self._stop is not None:
            self.controller.changed_elsewhere(frozenset(entities))

    def _online_changed(self, online: bool) -> None:
        if self._stop is None or online == self.online:
            return
        self.online = online
        self.serverReachable.emit(online)
