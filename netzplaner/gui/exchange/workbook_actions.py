"""File → Export board workbook and File → Import board workbook: the workbook round trip in the window.

The export (reading, the map picture, the network check and writing) runs on the worker with a progress dialog:
the picture is painted onto a QImage (``map_picture``), which Qt allows off the GUI thread. The import is previewed line by line (the board's changes,
conflicts to decide, our later edits kept; ``board_import_dialog``) before anything is written, and the chosen
lines are applied as one undoable step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...domain.errors import NetzplanerError
from ..common import ask
from .board_import_dialog import ImportPreview
from ..shell.controller import DocumentController
from ..common.i18n import current_language, tr
from ..common.messages import error_text
from ..common.worker import Worker


def export_workbook(parent: QWidget, controller: DocumentController) -> object | None:
    """Ask where to, then write the board workbook in the UI language; returns the running task."""
    from ...services.export import export_board
    from ...services.network_read import sharing
    from ..map.map_export import workbook_picture

    suggestion = str(controller.path.with_name(controller.path.stem + "-Maßnahmenplan.xlsx"))
    target = ask.save_path(parent, tr("Export board workbook"), suggestion, tr("Excel workbook (*.xlsx)"), "xlsx")
    if not target:
        return None
    ws, lang = controller.workspace, current_language()
    progress = QProgressDialog(tr("Writing the board workbook…"), tr("Cancel"), 0, 100, parent)
    progress.setObjectName("exportProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setCancelButton(None)  # a half-written file is never left behind, but there is nothing to cancel

    def work(report_progress, cancelled):
        with sharing(ws) as shared:  # the picture's read of the document serves the check and the workbook as well
            picture = workbook_picture(ws)
            return export_board(ws, target, lang=lang, map_png=picture, read=shared.read,
                                progress=lambda done, total: report_progress(done / max(total, 1)))

    task = Worker.start(work, parent)
    task.progress.connect(lambda value: progress.setValue(int(value * 100)))

    def finished(path) -> None:
        progress.close()
        ask.info(parent, tr("Export board workbook"), tr("The board workbook was written to %1.").replace(
            "%1", str(path)))

    def failed(exc) -> None:
        progress.close()
        text = error_text(exc) if isinstance(exc, NetzplanerError) else tr(
            "The workbook could not be written: %1").replace("%1", getattr(exc, "strerror", None) or str(exc))
        ask.error(parent, tr("Export board workbook"), text)

    task.finished.connect(finished)
    task.failed.connect(failed)
    return task


def import_workbook(parent: QWidget, controller: DocumentController):
    """Ask for an edited board workbook, read and compare it on the worker (1.4 s for 10,000 actions), preview
    the changes, apply them as one undo step. Returns the running task (None when nothing was chosen)."""
    from ...services.roundtrip import decide, plan_board_import

    folder = str(controller.path.parent)
    source = ask.open_path(parent, tr("Import board workbook"), folder, tr("Excel workbook (*.xlsx)"))
    if not source:
        return None
    ws = controller.workspace
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    task = Worker.start(lambda progress, cancelled: plan_board_import(ws, Path(source)), parent)

    def document_closing() -> None:  # no preview for a document closed meanwhile
        if task.running:
            task.abandon()
            QApplication.restoreOverrideCursor()

    def planned(report) -> None:
        QApplication.restoreOverrideCursor()
        preview = ImportPreview(report, parent)
        if not preview.exec():
            return
        command = decide(controller.workspace, report, preview.chosen())
        task.applied = command is not None
        if command is not None:
            from ...services.snapshots import snapshot_before  # the automatic state before it (issue 12)
            controller.run(snapshot_before(controller.workspace, "board_import", command))

    def failed(exc) -> None:
        QApplication.restoreOverrideCursor()
        text = error_text(exc) if isinstance(exc, NetzplanerError) else str(exc)
        ask.error(parent, tr("Import board workbook"), text)

    task.applied = False
    controller.closing.connect(document_closing)
    task.finished.connect(planned)
    task.failed.connect(failed)
    return task
