"""Opening, creating, saving and closing documents in the window, with the familiar questions.

The manager owns the current DocumentController; the main window shows whatever it announces.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from ...domain.errors import DocumentError, LockedError, NetzplanerError
from ...services import documents, partners
from ...services.documents import Orphan
from ...services.memory import collector_paused
from ...services.workspace import Workspace
from ..common import ask, settings
from . import lock_dialog
from .controller import DocumentController
from ..common.i18n import shown_day
from ..common.messages import error_text


class DocumentManager(QObject):
    documentChanged = Signal(object)  # the new DocumentController, or None when closed
    recentFilesChanged = Signal(list)
    connectionsChanged = Signal()  # the saved team connections changed (gui/team/connections.py)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("documentManager")
        self.window = window
        self.controller: DocumentController | None = None

    # -- helpers ----------------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        folder = settings.LAST_FOLDER.get()
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _show(self, workspace: Workspace) -> DocumentController:
        # the window's pages are built now: tens of thousands of rows and widgets that live as long as the
        # document; the collector would walk them again and again while they are made (tests/benchmarks/
        # bench_window.py), and finds nothing to free among them
        with collector_paused():
            return self._show_paused(workspace)

    def _show_paused(self, workspace: Workspace) -> DocumentController:
        controller = DocumentController(workspace, self, autosave_minutes=settings.AUTOSAVE_MINUTES.get())
        self.controller = controller
        if workspace.path is None:  # a team network: it went into the saved connections when it was opened
            self.connectionsChanged.emit()
            self.documentChanged.emit(controller)
            return controller
        path = str(workspace.path.resolve())
        settings.LAST_FOLDER.set(str(Path(path).parent))
        self.recentFilesChanged.emit(settings.add_recent_file(path))
        controller.pathChanged.connect(lambda p: self.recentFilesChanged.emit(settings.add_recent_file(str(p))))
        self.documentChanged.emit(controller)
        return controller

    def show_workspace(self, workspace: Workspace) -> DocumentController:
        """Show a workspace opened elsewhere (a state opened read-only, gui/snapshots) in this window."""
        return self._show(workspace)

    def _fail(self, title: str, error: Exception) -> None:
        text = error_text(error) if isinstance(error, NetzplanerError) else str(error)
        ask.error(self.window, title, text)

    # -- the questions ----------------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Ask about unsaved changes; True when the current document may go."""
        ctrl = self.controller
        if ctrl is None or not ctrl.is_modified:
            return True
        answer = ask.save_discard_cancel(
            self.window, self.tr("Unsaved changes"),
            self.tr("Do you want to save the changes to “%1”?").replace("%1", ctrl.path.name),
            self.tr("If you don't save, the changes since the last save are lost."))
        if answer is ask.Answer.CANCEL:
            return False
        if answer is ask.Answer.SAVE:
            return self.save()
        return True

    def close(self) -> bool:
        if not self.may_close():
            return False
        self._drop()
        return True

    def _drop(self) -> None:
        """Close the current document without asking (the question was asked already)."""
        if self.controller is not None:
            controller, self.controller = self.controller, None
            self.documentChanged.emit(None)  # views let go first, then the files go
            controller.close()
            controller.deleteLater()

    # -- opening ----------------------------------------------------------------------------------------

    def new_document(self) -> DocumentController | None:
        if not self.may_close():
            return None
        path = ask.save_path(self.window, self.tr("New document"),
                             str(Path(self._start_folder()) / self.tr("Network.netzplan")))
        if not path:
            return None
        name = ask.text(self.window, self.tr("New document"),
                        self.tr("Name of your own firm (the centre of the network map):"))
        if name is None:
            return None
        self._drop()
        try:
            workspace = Workspace.create(Path(path), overwrite=True)
        except NetzplanerError as exc:
            self._fail(self.tr("New document"), exc)
            return None
        try:
            workspace.apply(partners.create_partner(
                workspace, name=name.strip() or self.tr("Our firm"), kind="company",
                dimensions=["regional", "thematic", "international"], is_own_firm=True))
            workspace.save()
        except NetzplanerError as exc:
            workspace.close()
            self._fail(self.tr("New document"), exc)
            return None
        return self._show(workspace)

    def _open_locked(self, path: Path, locked: LockedError) -> Workspace | None:
        """Someone else holds ``path``: name them, then open read-only or, after a warning, break the lock."""
        title = self.tr("Open document")
        choice = lock_dialog.ask_locked(self.window, path, locked.holder)
        if choice is lock_dialog.LockChoice.CANCEL:
            return None
        if choice is lock_dialog.LockChoice.BREAK:
            if not lock_dialog.confirm_break(self.window, path, locked.holder):
                return None
            try:
                broken = documents.break_lock(path, locked.holder)
            except OSError as exc:
                ask.error(self.window, title, self.tr("The lock of “%1” could not be broken: %2.").replace(
                    "%1", path.name).replace("%2", exc.strerror or str(exc)))
                return None
            if not broken:
                ask.error(self.window, title, self.tr(
                    "The lock of “%1” was not broken: it changed in the meantime, someone else has opened the "
                    "document now.").replace("%1", path.name))
                return None
        try:
            return Workspace.open(path, read_only=choice is lock_dialog.LockChoice.READ_ONLY)
        except NetzplanerError as exc:  # taken again in the meantime, or the file went away
            self._fail(title, exc)
            return None

    def open_dialog(self) -> DocumentController | None:
        path = ask.open_path(self.window, self.tr("Open document"), self._start_folder())
        return self.open_path(Path(path)) if path else None

    def open_path(self, path: Path) -> DocumentController | None:
        path = Path(path)
        ctrl = self.controller
        if ctrl is not None and ctrl.path is not None and ctrl.path.resolve() == path.resolve():
            return self.controller  # already open here
        if not self.may_close():
            return None
        title = self.tr("Open document")
        try:
            workspace = Workspace.open(path)
        except LockedError as exc:
            workspace = self._open_locked(path, exc)
            if workspace is None:
                return None
        except NetzplanerError as exc:
            self._fail(title, exc)
            if isinstance(exc, DocumentError) and exc.kind == "not_found":
                self.recentFilesChanged.emit(settings.remove_recent_file(str(path.resolve())))
            return None
        self._drop()
        controller = self._show(workspace)
        if workspace.migrated_from is not None:
            ask.info(self.window, title, self.tr(
                "“%1” was saved by an older version of Netzplaner and has been upgraded. A backup of the "
                "original is at “%2”.").replace("%1", path.name).replace("%2", str(workspace.backup_path)))
        for notice in workspace.notices:  # a stray -wal beside the file, a file changed outside
            ask.info(self.window, title, error_text(notice))
        return controller

    def open_team(self, url: str | None = None) -> DocumentController | None:
        """A team network: the connection dialog, or a saved connection (``url``, asked for only when needed)."""
        from ..team.connect_dialog import connect, open_saved

        if self.controller is not None and url is not None and self.controller.workspace.location == url:
            return self.controller  # already open here
        if not self.may_close():
            return None
        workspace = open_saved(self.window, url) if url else connect(self.window)
        if workspace is None:
            return None
        self._drop()
        return self._show(workspace)

    def open_demo(self) -> DocumentController | None:
        """A fresh copy of the demo network in the data folder, in the UI language."""
        from ...services.demo import write_demo
        from ..common import i18n

        if not self.may_close():
            return None
        folder = documents.data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        stem = self.tr("Demo network")
        path = folder / f"{stem}.netzplan"
        if path.exists():  # the previous demo may still be open in another window
            path = folder / f"{stem} {datetime.now():%Y-%m-%d %H%M%S}.netzplan"
        try:
            write_demo(path, lang=i18n.current_language(), overwrite=True)
        except NetzplanerError as exc:
            self._fail(self.tr("Demo network"), exc)
            return None
        return self.open_path(path)

    # -- saving -----------------------------------------------------------------------------------------

    def save(self) -> bool:
        ctrl = self.controller
        if ctrl is None:
            return False
        if ctrl.always_saved:  # a team network: every step is on the server already
            return True
        if ctrl.read_only:
            return self.save_as()
        try:
            ctrl.save()
        except NetzplanerError as exc:
            self._fail(self.tr("Save"), exc)
            return False
        return True

    def save_as(self) -> bool:
        ctrl = self.controller
        if ctrl is None or ctrl.always_saved:  # a team network goes offline through team-sync's own action
            return False
        path = ask.save_path(self.window, self.tr("Save as"), str(ctrl.path))
        if not path:
            return False
        try:
            ctrl.save_as(Path(path))
        except NetzplanerError as exc:
            self._fail(self.tr("Save as"), exc)
            return False
        return True

    # -- recovery ---------------------------------------------------------------------------------------

    def offer_recovery(self) -> DocumentController | None:
        """After a crash: offer each orphaned working copy back (newest first); the user decides."""
        for orphan in documents.find_orphans():
            if self._ask_recover(orphan):
                return self._recover(orphan)
        return None

    def _ask_recover(self, orphan: Orphan) -> bool:
        title = self.tr("Recover unsaved changes")
        text = self.tr("Netzplaner was not closed properly while “%1” was open. Do you want to recover the "
                       "changes made until %2?").replace("%1", orphan.document.name).replace(
                           "%2", f"{shown_day(orphan.modified)} {orphan.modified:%H:%M}")
        if ask.confirm(self.window, title, text, self.tr("If you don't, these changes are deleted."),
                       yes_text=self.tr("Recover")):
            return True
        documents.discard_orphan(orphan)
        return False

    def _recover(self, orphan: Orphan) -> DocumentController | None:
        if not self.may_close():
            return None
        self._drop()
        try:
            workspace = documents.recover(orphan)
        except NetzplanerError as exc:
            self._fail(self.tr("Recover unsaved changes"), exc)
            return None
        return self._show(workspace)
