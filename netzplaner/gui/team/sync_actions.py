"""File → "Take offline…" (Offline mitnehmen) and File → "Merge back…" (Zurückspielen) in the window.

Take offline (on a team network): choose a file; the copy is written on the worker. Merge back (on an offline copy):
connect to the team network it came from, compare on the worker, show the preview (``merge_dialog``), and apply
the chosen plan as ONE step of the copy's undo stack (``services.team_push.MergeStep``): one transaction on the
server, the copy brought in sync; Undo takes the merge back out of the team network (refused when someone changed
one of its rows since) and puts the copy back as it was. The team connection lives as long as the step can be
undone, that is until the document closes.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ...domain.errors import NetzplanerError
from ...services.workspace import Workspace
from ..common import ask
from ..common.i18n import Retranslating, tr
from ..common.messages import error_text
from ..common.worker import Worker
from ..shell.controller import DocumentController
from .merge_dialog import MergePreview


def open_origin(parent: QWidget, location: str) -> Workspace | None:
    """Connect to the team network an offline copy came from as to a saved connection: with the password of
    .pgpass, a service file or the credential store, else the connection dialog asks (and says why). None when
    the user cancels there."""
    from .connect_dialog import open_saved

    return open_saved(parent, location)


def take_offline(parent: QWidget, controller: DocumentController):
    """Ask where to, then write the offline copy on the worker; returns the running task (None: cancelled)."""
    from ...services.team_sync import pull

    ws = controller.workspace
    name = re.sub(r"[^\w.-]+", "-", ws.display_name).strip("-") or "team"
    suggestion = str(Path.home() / tr("%1 offline.netzplan").replace("%1", name))
    target = ask.save_path(parent, tr("Take offline"), suggestion)
    if not target:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    task = Worker.start(lambda progress, cancelled: pull(ws, target, overwrite=True), parent)

    def finished(path) -> None:
        QApplication.restoreOverrideCursor()
        ask.info(parent, tr("Take offline"), tr(
            "The offline copy was written to %1. Open it to work without a connection; File → Merge back… brings "
            "your changes into the team network.").replace("%1", str(path)))

    def failed(exc) -> None:
        QApplication.restoreOverrideCursor()
        ask.error(parent, tr("Take offline"), error_text(exc) if isinstance(exc, NetzplanerError) else str(exc))

    task.finished.connect(finished)
    task.failed.connect(failed)
    return task


def merge_back(parent: QWidget, controller: DocumentController):
    """Connect, compare, preview and merge the offline copy open in ``controller``; returns the running task."""
    from ...services.team_push import merge_step, plan_push
    from ...services.team_sync import offline_origin

    copy = controller.workspace
    origin = offline_origin(copy)
    if origin is None:
        ask.error(parent, tr("Merge back"), tr("This document is not an offline copy of a team network."))
        return None
    team = open_origin(parent, origin)
    if team is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    task = Worker.start(lambda progress, cancelled: plan_push(copy, team), parent)
    task.applied = False

    def document_closing() -> None:  # no preview for a document closed meanwhile
        if task.running:
            task.abandon()
            QApplication.restoreOverrideCursor()
        team.close()

    def planned(pushed) -> None:
        QApplication.restoreOverrideCursor()
        preview = MergePreview(pushed, parent)
        if not preview.exec():
            return
        step = merge_step(copy, team, pushed, preview.decisions())
        try:
            controller.run(step)
        except NetzplanerError as exc:
            ask.error(parent, tr("Merge back"), error_text(exc))
            return
        task.applied = True
        written = step.merge is not None
        ask.info(parent, tr("Merge back"), tr("Your changes are in the team network, and the offline copy is up to "
                                              "date again. Undo takes the merge back out.") if written else
                 tr("Nothing of yours needed merging; the offline copy is up to date again."))

    def failed(exc) -> None:
        QApplication.restoreOverrideCursor()
        ask.error(parent, tr("Merge back"), error_text(exc) if isinstance(exc, NetzplanerError) else str(exc))

    controller.closing.connect(document_closing)  # the team connection lives while the step can be undone
    task.finished.connect(planned)
    task.failed.connect(failed)
    return task


class SyncMenu(Retranslating, QWidget):
    """The two File menu entries, shown where they apply: "Take offline…" on a team network, "Merge back…" on an
    offline copy. An invisible child of the window, so the language switch reaches it like every widget."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.hide()
        self.main_window = window
        self.take_offline = QAction(window, objectName="actionTakeOffline")
        self.merge_back = QAction(window, objectName="actionMergeBack")
        self.take_offline.triggered.connect(lambda: self._run(take_offline))
        self.merge_back.triggered.connect(lambda: self._run(merge_back))
        menu = window.menu_file
        after = menu.actions().index(window.act_import_partners) + 1  # below the imports, above Quit
        before = menu.actions()[after] if after < len(menu.actions()) else None
        menu.insertActions(before, [self.take_offline, self.merge_back])
        window.documents.documentChanged.connect(self.show_document)
        self.task = None
        self.retranslate()
        self.show_document(window.controller)

    def _run(self, action) -> None:
        if self.main_window.controller is not None:
            self.task = action(self.main_window, self.main_window.controller)

    def show_document(self, controller: DocumentController | None) -> None:
        from ...services.team_sync import offline_origin

        ws = controller.workspace if controller is not None else None
        self.take_offline.setVisible(ws is not None and ws.kind == "team")
        self.merge_back.setVisible(ws is not None and not ws.read_only and offline_origin(ws) is not None)

    def retranslate(self) -> None:
        self.take_offline.setText(tr("Take &offline…"))
        self.take_offline.setToolTip(tr("Copy the team network into a document to work without a connection"))
        self.merge_back.setText(tr("&Merge back into the team network…"))
        self.merge_back.setToolTip(tr("Bring the changes of this offline copy into the team network it came from"))
