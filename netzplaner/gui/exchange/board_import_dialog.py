"""The preview of a board-workbook import: what the board changed, what both changed (the user decides), what
Netzplaner changed since the export (kept), rows added and deleted, and rows refused. Nothing is written before
the user presses "Apply changes"; then the chosen lines become one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.roundtrip_report import ImportReport
from .board_import_model import VALUES, WHAT, BoardImportModel
from ..common.i18n import shown_day, tr
from ..shell.screen_fit import resize_within_screen


def summary_text(report: ImportReport) -> str:
    """One short paragraph: how many lines of each kind, and what the user has to do."""
    parts = [tr("Changed by the board: %1").replace("%1", str(len(report.changes)))]
    if report.conflicts:
        parts.append(tr("conflicts to decide: %1").replace("%1", str(len(report.conflicts))))
    if report.kept:
        parts.append(tr("changed in Netzplaner since the export (stays): %1").replace("%1", str(len(report.kept))))
    if report.added:
        parts.append(tr("new rows: %1").replace("%1", str(len(report.added))))
    if report.removed:
        parts.append(tr("rows deleted in the workbook: %1").replace("%1", str(len(report.removed))))
    if report.refused:
        parts.append(tr("rows refused: %1").replace("%1", str(len(report.refused))))
    text = " · ".join(parts) + "."
    if report.exported_at is not None:
        when = f"{shown_day(report.exported_at)}, {report.exported_at:%H:%M}"
        text = tr("Exported on %1.").replace("%1", when) + " " + text
    elif report.record == "missing":
        text += " " + tr("The workbook comes from an older Netzplaner and does not record its export: every "
                         "difference is shown as a conflict, and Netzplaner's value stays unless you tick it.")
    elif report.record == "changed":
        text += " " + tr("The workbook's export record was changed by hand: every difference is shown as a "
                         "conflict, and Netzplaner's value stays unless you tick it.")
    if report.conflicts:
        text += " " + tr("Tick a conflict to take the board's value.")
    return text


class ImportPreview(QDialog):
    """What an edited board workbook would change, line by line, with the user's decisions."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(tr("Import board workbook"))
        self.report = report
        self.model = BoardImportModel(report, self)
        summary = QLabel(summary_text(report), objectName="importSummary", wordWrap=True)
        if not report.items and not report.refused:
            summary.setText(tr("The workbook changes nothing in this document."))
        self.table = QTableView(objectName="importLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUES, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the reason takes the rest and wraps
        em = self.fontMetrics().horizontalAdvance("x")
        self._share_columns()
        # wrapped reasons need taller rows; fitting 10,000s of rows would take seconds, so only short reports
        self._fit_rows = self.model.rowCount() <= 500
        if self._fit_rows:
            self.model.dataChanged.connect(self._rows_to_contents)
            header.sectionResized.connect(self._rows_to_contents)

        row = QHBoxLayout()
        self.take_all = QPushButton(tr("Take the board's value in every conflict"), objectName="importTakeConflicts")
        self.take_all.setVisible(bool(report.conflicts))
        self.take_all.clicked.connect(lambda: self.model.set_all("conflict", True))
        row.addWidget(self.take_all)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(tr("Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("importApply")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        self.model.dataChanged.connect(self._update_apply)
        self._update_apply()

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        resize_within_screen(self, 150 * em, 36 * self.fontMetrics().height())
        self._rows_to_contents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_columns()
        QTimer.singleShot(0, self._rows_to_contents)  # after the columns took their new widths

    def _share_columns(self) -> None:
        """The title and the change get a share of the width, so the reason keeps room to read on any screen."""
        em = self.fontMetrics().horizontalAdvance("x")
        room = self.table.viewport().width()
        header = self.table.horizontalHeader()
        header.resizeSection(WHAT, max(14 * em, min(30 * em, room // 4)))
        header.resizeSection(VALUES, max(16 * em, min(32 * em, room // 4)))

    def _rows_to_contents(self, *args) -> None:
        if self._fit_rows:
            self.table.resizeRowsToContents()

    def chosen(self) -> set[int]:
        return self.model.chosen()

    def _update_apply(self, *args) -> None:
        self.apply_button.setEnabled(bool(self.model.chosen()))
