"""Assess a relationship on the six quality criteria, with the history of earlier assessments."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Criterion
from ...domain.errors import NetzplanerError
from ...domain.quality import quality_index
from ...services import queries, relationships
from ..common import ask
from ..shell.controller import DocumentController
from ..common.i18n import Retranslating, shown_day, term
from ..common.messages import error_text
from ..shell.screen_fit import VerticalScrollArea, resize_for_font
from ..common.tables import row_height

HISTORY_ROWS_SHOWN = 4  # the history keeps room for this many assessments, also at the projector font

HINTS = {
    Criterion.OPENNESS: QT_TRANSLATE_NOOP("AssessmentDialog", "Do both sides share plans and problems early?"),
    Criterion.TRUST: QT_TRANSLATE_NOOP("AssessmentDialog", "Can we rely on what is agreed, also without a contract?"),
    Criterion.KNOWLEDGE_SHARING: QT_TRANSLATE_NOOP("AssessmentDialog", "Does know-how flow both ways?"),
    Criterion.CLEAR_GOALS: QT_TRANSLATE_NOOP("AssessmentDialog", "Do we know what we want to achieve together?"),
    Criterion.COMMITMENT: QT_TRANSLATE_NOOP("AssessmentDialog", "Are agreements kept, dates met, people assigned?"),
    Criterion.MUTUAL_BENEFIT: QT_TRANSLATE_NOOP("AssessmentDialog", "Do both sides gain from the relationship?"),
}


class ScoreSelector(QWidget):
    """'not assessed' or 1-5 as a row of radio buttons."""

    changed = Signal()

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"score_{criterion.value}")
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.none_button = QRadioButton()
        self.group.addButton(self.none_button, 0)
        layout.addWidget(self.none_button)
        for score in range(1, 6):
            button = QRadioButton(str(score))
            self.group.addButton(button, score)
            layout.addWidget(button)
        layout.addStretch(1)
        self.none_button.setChecked(True)
        self.group.idToggled.connect(lambda _id, checked: checked and self.changed.emit())

    def score(self) -> int | None:
        return self.group.checkedId() or None

    def set_score(self, score: int | None) -> None:
        self.group.button(score or 0).setChecked(True)


class AssessmentDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, relationship_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.controller = controller
        ws = controller.workspace
        self.relationship = ws.get("relationship", relationship_id)
        names = queries.partner_names(ws, (self.relationship.source_id, self.relationship.target_id))
        self.pair = (names.get(self.relationship.source_id, "?"), names.get(self.relationship.target_id, "?"))
        self.correcting = None  # the earlier assessment being corrected, or None for a new one
        self.history = list(reversed(queries.assessments_of(ws, relationship_id)))  # newest first
        self.heading = QLabel(objectName="assessmentHeading", wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.scale = QLabel(objectName="assessmentScale", wordWrap=True)
        self.selectors = {c: ScoreSelector(c) for c in Criterion}
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for criterion, selector in self.selectors.items():
            self._add_row(selector)
            selector.changed.connect(self._update_index)
        self.date = QDateEdit(QDate.currentDate(), objectName="assessmentDate", calendarPopup=True,
                              displayFormat="dd.MM.yyyy")
        self.comment = QPlainTextEdit(objectName="assessmentComment")
        self.comment.setFixedHeight(60)
        self._add_row(self.date)
        self._add_row(self.comment)
        self.index_label = QLabel(objectName="qualityIndex")
        self.error = QLabel(objectName="error_scores", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.new_group = QGroupBox(objectName="assessmentNew")
        new_layout = QVBoxLayout(self.new_group)
        new_layout.addWidget(self.scale)
        new_layout.addLayout(self.form)
        new_layout.addWidget(self.index_label)
        new_layout.addWidget(self.error)
        self.history_group = QGroupBox(objectName="assessmentHistoryGroup")
        self.history_table = QTableWidget(0, 3 + len(Criterion), objectName="assessmentHistory")
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setDefaultSectionSize(row_height(self.history_table))
        self.history_table.setMinimumHeight(self.history_table.horizontalHeader().sizeHint().height()
                                            + HISTORY_ROWS_SHOWN * row_height(self.history_table)
                                            + self.history_table.horizontalScrollBar().sizeHint().height()
                                            + 2 * self.history_table.frameWidth())
        self._fill_history()
        self.correct_button = QPushButton(objectName="assessmentCorrect")
        self.delete_button = QPushButton(objectName="assessmentDelete")
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_table.itemSelectionChanged.connect(self._history_selection_changed)
        self._history_selection_changed()
        self.current_label = QLabel(objectName="currentQuality")
        history_layout = QVBoxLayout(self.history_group)
        history_layout.addWidget(self.current_label)
        history_layout.addWidget(self.history_table)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.correct_button)
        history_buttons.addWidget(self.delete_button)
        history_buttons.addStretch(1)
        history_layout.addLayout(history_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("assessmentOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(VerticalScrollArea(self.new_group), 3)  # the form scrolls; the history keeps its rows
        layout.addWidget(self.history_group, 2)
        layout.addWidget(self.buttons)
        if self.history:  # start from the last judgement: a re-assessment changes what moved
            for criterion, selector in self.selectors.items():
                selector.set_score(self.history[0].scores.get(criterion))
        resize_for_font(self, 1060, 720)
        self.retranslate()

    def _fill_history(self) -> None:
        self.history_table.setRowCount(len(self.history))
        for row, a in enumerate(self.history):
            cells = [shown_day(a.assessed_on), *[str(a.scores.get(c) or "–") for c in Criterion],
                     f"{a.quality_index:.0f}" if a.quality_index is not None else "–", a.comment]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column <= len(Criterion) + 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.history_table.setItem(row, column, item)

    def _selected_assessment(self):
        rows = self.history_table.selectionModel().selectedRows()
        return self.history[rows[0].row()] if rows else None

    def _history_selection_changed(self) -> None:
        chosen = self._selected_assessment() is not None and not self.controller.read_only
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def correct_selected(self) -> None:
        """Put an earlier assessment into the form: OK then corrects it instead of adding a new one."""
        chosen = self._selected_assessment()
        if chosen is None:
            return
        self.correcting = chosen
        for criterion, selector in self.selectors.items():
            selector.set_score(chosen.scores.get(criterion))
        self.date.setDate(QDate(chosen.assessed_on.year, chosen.assessed_on.month, chosen.assessed_on.day))
        self.comment.setPlainText(chosen.comment)
        self.retranslate()

    def delete_selected(self) -> None:
        chosen = self._selected_assessment()
        if chosen is None:
            return
        question = self.tr("Delete the assessment of %1?").replace("%1", shown_day(chosen.assessed_on))
        if not ask.confirm(self, self.tr("Delete assessment"), question, yes_text=self.tr("Delete")):
            return
        self.controller.run(relationships.delete_assessment(self.controller.workspace, chosen.id))
        self.history.remove(chosen)
        if self.correcting is chosen:
            self.correcting = None
        self._fill_history()
        self.retranslate()

    def _add_row(self, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels.append(label)
        self.form.addRow(label, widget)

    def scores(self) -> dict[Criterion, int | None]:
        return {c: s.score() for c, s in self.selectors.items()}

    def _update_index(self) -> None:
        index = quality_index(self.scores())
        self.index_label.setText(self.tr("Quality index of this assessment: %1").replace(
            "%1", f"{index:.0f} / 100" if index is not None else self.tr("not assessed")))

    def accept(self) -> None:
        self.error.hide()
        ws = self.controller.workspace
        when, comment = self.date.date().toPython(), self.comment.toPlainText()
        try:
            if self.correcting is None:
                command = relationships.create_assessment(ws, self.relationship.id, self.scores(),
                                                          assessed_on=when, comment=comment)
            else:
                command = relationships.update_assessment(ws, self.correcting.id, scores=self.scores(),
                                                          assessed_on=when, comment=comment)
            self.controller.run(command)
        except NetzplanerError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assess relationship"))
        self.heading.setText(f"{self.pair[0]} – {self.pair[1]} ({term(self.relationship.kind)})")
        self.scale.setText(self.tr("Score each criterion from 1 (very weak) to 5 (excellent); leave it at "
                                   "“not assessed” if you cannot judge it."))
        for label, (criterion, selector) in zip(self.labels, self.selectors.items()):
            label.setText(term(criterion) + ":")
            selector.none_button.setText(self.tr("not assessed"))
            selector.setToolTip(self.tr(HINTS[criterion]))
        self.labels[-2].setText(self.tr("&Date:"))
        self.labels[-1].setText(self.tr("&Comment:"))
        self.labels[-2].setBuddy(self.date)
        self.labels[-1].setBuddy(self.comment)
        self.new_group.setTitle(self.tr("New assessment") if self.correcting is None else self.tr(
            "Correct the assessment of %1").replace("%1", shown_day(self.correcting.assessed_on)))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Load the chosen assessment into the form to correct a mistake"))
        self.delete_button.setText(self.tr("Delete…"))
        self.history_group.setTitle(self.tr("Earlier assessments (newest first)"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Date"), *[term(c) for c in Criterion], self.tr("Index"), self.tr("Comment")])
        current = self.history[0].quality_index if self.history else None
        self.current_label.setText(self.tr("Current quality index: %1").replace(
            "%1", f"{current:.0f} / 100" if current is not None else self.tr("not assessed")))
        self._update_index()
