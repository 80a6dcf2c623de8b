"""What the user does with states ("Stände"): take one, rename, delete, look at one read-only, copy one into a new
document, return to one. Each edit is one step of the document's undo stack (``controller.run``).

Looking at a state opens a second window on a read-only document written from the state into the data folder
(``documents.data_dir() / "states"``): every view works on it as on any document (the map, the overview, the
board workbook export), and Save As keeps it as a document of its own. The in-memory copy of
``services.snapshot_restore.open_snapshot`` would need every path-based action of the window to learn about a
document without a file.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...domain import formatting
from ...domain.errors import NetzplanerError
from ...services import documents, snapshots
from ...services.snapshots import SnapshotInfo
from ...services.workspace import Workspace
from ..common import ask, settings
from ..common.i18n import current_language, tr
from ..common.messages import error_text
from ..common.worker import Task, Worker
from ..shell.controller import DocumentController
from .snapshot_model import shown_label

_windows: list[QWidget] = []  # the read-only windows opened on states, kept alive while shown


def _failed(parent: QWidget, title: str, exc: Exception) -> None:
    ask.error(parent, title, error_text(exc) if isinstance(exc, NetzplanerError) else str(exc))


def _run_waiting(parent: QWidget, controller: DocumentController, make, title: str) -> bool:
    """Run the step ``make()`` builds with the wait cursor (a large network takes a second or more); an error is
    told under ``title`` and nothing is written."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        controller.run(make())
    except NetzplanerError as exc:
        QApplication.restoreOverrideCursor()
        _failed(parent, title, exc)
        return False
    QApplication.restoreOverrideCursor()
    return True


def suggested_label(today: date | None = None) -> str:
    return tr("Workshop %1").replace("%1", formatting.day(today or date.today(), current_language()))


def take(parent: QWidget, controller: DocumentController) -> bool:
    """Ask for a label and freeze the network under it (one undo step)."""
    label = ask.text(parent, tr("Take a state"), tr("Label of the state (e.g. “Workshop spring 2026”):"),
                     suggested_label())
    if label is None:
        return False
    ws = controller.workspace
    try:
        snapshots.take_snapshot(ws, label)  # a label that breaks a rule is told at once
    except NetzplanerError as exc:
        _failed(parent, tr("Take a state"), exc)
        return False
    # reading and packing a large network takes a second or more: on the worker; the step only inserts the row
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    task = Worker.start(lambda progress, cancelled: snapshots.prepared_snapshot(ws, label), parent)

    def prepared(command) -> None:
        QApplication.restoreOverrideCursor()
        if controller.workspace is ws and not ws.closed:
            _run_waiting(parent, controller, lambda: command, tr("Take a state"))

    def failed(exc) -> None:
        QApplication.restoreOverrideCursor()
        _failed(parent, tr("Take a state"), exc)

    task.finished.connect(prepared)
    task.failed.connect(failed)
    controller.closing.connect(task.abandon)
    return True


def rename(parent: QWidget, controller: DocumentController, info: SnapshotInfo) -> bool:
    label = ask.text(parent, tr("Rename state"), tr("New label:"), shown_label(info))
    if label is None or label == shown_label(info):
        return False
    try:
        controller.run(snapshots.rename_snapshot(controller.workspace, info.id, label))
    except NetzplanerError as exc:
        _failed(parent, tr("Rename state"), exc)
        return False
    return True


def delete(parent: QWidget, controller: DocumentController, info: SnapshotInfo) -> bool:
    if not ask.confirm(parent, tr("Delete state"), tr("Delete the state “%1”?").replace("%1", shown_label(info)),
                       tr("The network itself stays as it is. Undo brings the state back."), tr("Delete")):
        return False
    try:
        controller.run(snapshots.delete_snapshot(controller.workspace, info.id))
    except NetzplanerError as exc:
        _failed(parent, tr("Delete state"), exc)
        return False
    return True


def restore(parent: QWidget, controller: DocumentController, info: SnapshotInfo) -> Task | None:
    """Return the network to the state after asking; "now" is kept as an automatic state first. Returns the
    running task (None when the user said no)."""
    if not ask.confirm(
            parent, tr("Return to this state"),
            tr("Return the whole network to the state “%1”?").replace("%1", shown_label(info)),
            tr("Partners, relationships, assessments, goals and actions become as they were then. The network as "
               "it is now is kept as the state “Before returning to an earlier state”, and Undo takes the return "
               "back."), tr("Return")):
        return None
    return _return_on_worker(parent, controller, info)


def _return_on_worker(parent: QWidget, controller: DocumentController, info: SnapshotInfo) -> Task:
    """The return replaces every row of the network (seconds at 20,000 partners): done on the worker behind a
    modal progress dialog that lets nobody edit (nor save on a timer) meanwhile; then the step is recorded on the
    undo stack as one step (``services.snapshot_restore.return_on_worker``)."""
    from ...services.snapshot_restore import return_on_worker

    ws, title = controller.workspace, tr("Return to this state")
    progress = QProgressDialog(tr("Returning to the state “%1”…").replace("%1", shown_label(info)), "", 0, 100,
                               parent)
    progress.setObjectName("restoreProgress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)  # no edit in any window until it is done
    progress.setCancelButton(None)  # a half return is never written: nothing to cancel
    progress.setValue(0)
    progress.show()  # at once: the return takes seconds, and the dialog is what blocks the edits
    controller.set_autosave_minutes(0)  # a timed save would write the file while the return is half done
    task = Worker.start(lambda report, cancelled: return_on_worker(ws, info.id, report), parent)
    inside = [0]  # setValue of a modal dialog runs the event loop: the result may arrive inside that call

    def show_progress(done: float) -> None:
        if progress.isVisible():
            inside[0] += 1
            try:
                progress.setValue(int(done * 100))
            finally:
                inside[0] -= 1

    def dispose() -> None:
        if inside[0]:  # still inside one of its own setValue calls: not yet
            QTimer.singleShot(0, dispose)
        else:
            progress.deleteLater()

    task.progress.connect(show_progress)

    def ended() -> None:
        progress.close()
        QTimer.singleShot(0, dispose)
        if not ws.closed:
            controller.set_autosave_minutes(settings.AUTOSAVE_MINUTES.get())

    def returned(command) -> None:
        ended()
        if controller.workspace is ws and not ws.closed:
            _run_waiting(parent, controller, lambda: command, title)

    def failed(exc) -> None:
        ended()
        _failed(parent, title, exc)

    task.finished.connect(returned)
    task.failed.connect(failed)
    controller.closing.connect(task.abandon)
    return task


def _file_name(controller: DocumentController, info: SnapshotInfo) -> str:
    stem = controller.path.stem if controller.path is not None else controller.workspace.display_name
    name = re.sub(r"[^\w .,()-]+", "-", f"{stem} – {shown_label(info)}").strip(" -.") or "state"
    return f"{name}.netzplan"


def copy_to_document(parent: QWidget, controller: DocumentController, info: SnapshotInfo) -> Path | None:
    """Ask where to, then write the state as a new document."""
    folder = controller.path.parent if controller.path is not None else Path.home()
    target = ask.save_path(parent, tr("Save state as a new document"), str(folder / _file_name(controller, info)))
    if not target:
        return None
    target_path = Path(target)
    try:
        if target_path.exists():  # the file dialog asked before overwriting
            target_path.unlink()
        snapshots.copy_snapshot(controller.workspace, info.id, target_path)
    except (NetzplanerError, OSError) as exc:
        _failed(parent, tr("Save state as a new document"), exc)
        return None
    ask.info(parent, tr("Save state as a new document"),
             tr("The state was saved as %1.").replace("%1", str(target_path)))
    return target_path


def open_read_only(parent: QWidget, controller: DocumentController, info: SnapshotInfo):
    """A second window on the state, read-only; returns it (None when it could not be written)."""
    from ..shell.main_window import MainWindow  # the window holds this package's menu

    folder = documents.data_dir() / "states"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _file_name(controller, info)
    if path.exists():
        path = path.with_name(f"{path.stem} {datetime.now():%Y-%m-%d %H%M%S}.netzplan")
    try:
        snapshots.copy_snapshot(controller.workspace, info.id, path)
        workspace = Workspace.open(path, read_only=True)
    except (NetzplanerError, OSError) as exc:
        _failed(parent, tr("Look at this state"), exc)
        return None
    window = MainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.documents.show_workspace(workspace)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.show()
    return window
