"""The import preview's likely duplicates (issue 15): each row of the file that is probably a partner already in the
document or an earlier row, spelled differently, with the reason, the score and the choice: merge or keep apart.

The proposals come with the plan (``PartnerImportReport.duplicates``, from ``services/duplicates.py``); ticking or
unticking "Merge" emits ``choicesChanged`` and the dialog plans again with the choice. A row that differs only in
capitals is always merged (names are unique regardless of case): its box is ticked and cannot be unticked, and the
reason says why.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...services.duplicates import Candidate
from ...services.partner_import import PartnerImportReport
from ..common.i18n import tr
from ..common.messages import error_text
from .preview_table import FIT, STRETCH, fit_rows, preview_table, section

ROW, ENTRY, MATCH, WHY, SCORE, MERGE = range(6)


class DuplicateModel(QAbstractTableModel):
    """One line per proposal; the last column is the user's choice (checked: merge)."""

    choiceChanged = Signal(int, bool)  # row of the file, merge

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Candidate, str, str]] = []  # the proposal, where its match is, the reasons
        self.merged: set[int] = set()

    def set_report(self, report: PartnerImportReport | None) -> None:
        self.beginResetModel()
        self._rows = []
        for c in report.duplicates if report is not None else []:
            where = (tr("in the document") if c.other_id is not None
                     else tr("row %1 of the file").replace("%1", str(c.other_row)))
            self._rows.append((c, f"{c.other_name} ({where})", "; ".join(error_text(r) for r in c.reasons)))
        self.merged = set(report.merged) if report is not None else set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("In the file"), tr("Likely the same as"), tr("Why"), tr("Similarity"),
                    tr("Merge?"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MERGE and not self._rows[index.row()][0].fixed:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        candidate, match, why = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {ROW: str(candidate.row), ENTRY: candidate.name, MATCH: match, WHY: why,
                    SCORE: f"{candidate.score} %"}.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == MERGE:
            return Qt.CheckState.Checked if candidate.row in self.merged else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (WHY, MERGE):
            return why if column == WHY else (
                tr("Names are unique regardless of capitals: these rows are one partner.") if candidate.fixed else
                tr("Ticked: the row goes into “%1”. Unticked: it becomes a partner of its own.").replace(
                    "%1", candidate.other_name))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != MERGE:
            return False
        candidate = self._rows[index.row()][0]
        if candidate.fixed:
            return False
        merge = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.merged.add if merge else self.merged.discard)(candidate.row)
        self.dataChanged.emit(index, index)
        self.choiceChanged.emit(candidate.row, merge)
        return True


class DuplicatePanel(QWidget):
    """The heading and the table of proposals; hidden when there are none."""

    choicesChanged = Signal()  # the user ticked or unticked a proposal (``choices`` holds them all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDuplicates")
        self.choices: dict[int, bool] = {}
        self.model = DuplicateModel(self)
        self.model.choiceChanged.connect(self._chosen)
        self.heading = QLabel(objectName="importDuplicatesHeading", wordWrap=True)
        self.table = preview_table("importDuplicatesTable", self.model, (
            FIT, 20, 26, STRETCH, FIT, FIT))  # row, in the file, likely the same as, why, similarity, merge?
        section(self.heading, self.table, stretch=self.table, box=self)
        self.hide()

    def set_report(self, report: PartnerImportReport | None) -> None:
        self.model.set_report(report)
        count = self.model.rowCount()
        self.heading.setText("<b>" + tr("Likely duplicates, spelled differently: %1").replace("%1", str(count))
                             + "</b> – " + tr("tick “Merge?” to take a row as the partner it resembles."))
        self.setVisible(count > 0)
        fit_rows(self.table, 200)

    def _chosen(self, row: int, merge: bool) -> None:
        self.choices[row] = merge
        self.choicesChanged.emit()
