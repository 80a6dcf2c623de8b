"""The preview of Zurückspielen: what the offline copy changed (new, changed, deleted), where the copy and the team
network both changed a value (a conflict, mine and theirs side by side), deletions against edits, and changes left
out. Nothing is written before the user presses "Merge"; the team network's version stays unless ticked otherwise.
Built like the board-workbook import preview (gui/exchange/board_import_dialog.py)."""

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

from ...services.team_merge import MINE, THEIRS
from ...services.team_push import PushPlan
from ..shell.screen_fit import resize_within_screen
from ..common.i18n import tr
from .merge_model import FIELD, GROUP, MINE_COLUMN, WHAT, MergeModel


def summary_text(pushed: PushPlan, model: MergeModel) -> str:
    """One short paragraph: what the copy changed, what needs a decision, what the team network changed alone."""
    plan = pushed.plan
    parts = [tr("From the offline copy: %1 new, %2 changed, %3 deleted").replace("%1", str(model.count("new")))
             .replace("%2", str(model.count("changed"))).replace("%3", str(model.count("deleted")))]
    if plan.decisions_needed:
        parts.append(tr("decisions: %1").replace("%1", str(plan.decisions_needed)))
    if pushed.left_out:
        parts.append(tr("left out: %1").replace("%1", str(len(pushed.left_out))))
    theirs = plan.theirs
    text = " · ".join(parts) + ". " + tr(
        "Changed in the team network since the copy was taken (kept): %1 new, %2 changed, %3 deleted.").replace(
        "%1", str(theirs["new"])).replace("%2", str(theirs["changed"])).replace("%3", str(theirs["deleted"]))
    if plan.decisions_needed:
        text += " " + tr("In each conflict the version in the team network stays unless you tick yours.")
    return text


class MergePreview(QDialog):
    """What Zurückspielen would do, line by line, with the user's decisions."""

    def __init__(self, pushed: PushPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.setWindowTitle(tr("Merge the offline copy"))
        self.pushed = pushed
        self.model = MergeModel(pushed, self)
        summary = QLabel(summary_text(pushed, self.model), objectName="mergeSummary", wordWrap=True)
        origin = QLabel(tr("Team network: %1").replace("%1", pushed.base.origin), objectName="mergeOrigin",
                        wordWrap=True)
        if not pushed.plan.items:
            summary.setText(tr("The offline copy holds no changes of its own; merging brings it up to date with "
                               "the team network."))
        self.table = QTableView(objectName="mergeLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (WHAT, MINE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_rows = self.model.rowCount() <= 500  # fitting 10,000s of rows would take seconds
        if self._fit_rows:
            header.sectionResized.connect(self._rows_to_contents)

        row = QHBoxLayout()
        self.take_mine = QPushButton(tr("Take my version everywhere"), objectName="mergeTakeMine")
        self.take_theirs = QPushButton(tr("Keep the team network's version everywhere"),
                                       objectName="mergeTakeTheirs")
        for button, side in ((self.take_mine, MINE), (self.take_theirs, THEIRS)):
            button.setVisible(bool(pushed.plan.decisions_needed))
            button.clicked.connect(lambda _checked=False, side=side: self.model.set_all(side))
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("mergeApply")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(origin)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        em = self.fontMetrics().horizontalAdvance("x")
        resize_within_screen(self, 150 * em, 36 * self.fontMetrics().height())
        self._share_columns()
        self._rows_to_contents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._share_columns)  # after the layout gave the table its new width

    def _share_columns(self) -> None:
        """The row's name and the two versions share the width, so both sides stay readable on a laptop."""
        em = self.fontMetrics().horizontalAdvance("x")
        room = self.table.viewport().width() - self.table.columnWidth(GROUP) - self.table.columnWidth(FIELD)
        header = self.table.horizontalHeader()
        header.resizeSection(WHAT, max(16 * em, min(40 * em, room // 3)))
        header.resizeSection(MINE_COLUMN, max(18 * em, (room - header.sectionSize(WHAT)) // 2))
        self._rows_to_contents()

    def _rows_to_contents(self, *args) -> None:
        if self._fit_rows:
            self.table.resizeRowsToContents()

    def decisions(self) -> dict:
        return self.model.decisions()
