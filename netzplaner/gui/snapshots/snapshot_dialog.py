"""The manager of a document's states ("Stände verwalten"): the list (newest first, with date, label, why it was
taken, counts and mean quality) and what can be done with the selected state."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from ...services.snapshots import SnapshotInfo, list_snapshots
from ..common.i18n import Retranslating
from ..shell.controller import DocumentController
from ..shell.screen_fit import resize_within_screen
from . import snapshot_actions as actions
from .snapshot_model import LABEL, SnapshotModel


class SnapshotDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.controller = controller
        self.intro = QLabel(objectName="snapshotIntro", wordWrap=True)
        self.model = SnapshotModel(self)
        self.table = QTableView(objectName="snapshotTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._selected(actions.open_read_only))
        self.empty = QLabel(objectName="snapshotEmpty", wordWrap=True)

        self.take_button = QPushButton(objectName="takeSnapshotButton")
        self.open_button = QPushButton(objectName="openSnapshotButton")
        self.copy_button = QPushButton(objectName="copySnapshotButton")
        self.rename_button = QPushButton(objectName="renameSnapshotButton")
        self.delete_button = QPushButton(objectName="deleteSnapshotButton")
        self.restore_button = QPushButton(objectName="restoreSnapshotButton")
        self.take_button.clicked.connect(lambda: actions.take(self, self.controller))
        self.open_button.clicked.connect(lambda: self._selected(actions.open_read_only))
        self.copy_button.clicked.connect(lambda: self._selected(actions.copy_to_document))
        self.rename_button.clicked.connect(lambda: self._selected(actions.rename))
        self.delete_button.clicked.connect(lambda: self._selected(actions.delete))
        self.restore_button.clicked.connect(lambda: self._selected(actions.restore))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="snapshotButtons")
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (self.take_button, self.open_button, self.copy_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        controller.changed.connect(self._changed)
        self.retranslate()
        self.reload()
        resize_within_screen(self, 980, 520)

    def _changed(self, entities: frozenset[str]) -> None:
        if "snapshot" in entities:
            self.reload()

    def reload(self) -> None:
        selected = self.current()
        self.model.set_rows(list_snapshots(self.controller.workspace))
        ids = [s.id for s in self.model.rows]
        if ids:
            row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.table.selectRow(row)
        self.empty.setVisible(not ids)
        self._enable()

    def current(self) -> SnapshotInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def _selected(self, action) -> None:
        info = self.current()
        if info is not None:
            action(self, self.controller, info)

    def _enable(self) -> None:
        chosen = self.current() is not None
        writable = not self.controller.read_only
        for button in (self.open_button, self.copy_button):
            button.setEnabled(chosen)
        for button in (self.rename_button, self.delete_button, self.restore_button):
            button.setEnabled(chosen and writable)
        self.take_button.setEnabled(writable)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("States of the network"))
        self.intro.setText(self.tr(
            "A state freezes the whole network at a moment: partners, relationships with their assessments, goals, "
            "actions and the network check's figures. Take one before a workshop to see later what has changed. "
            "Netzplaner also keeps one automatically before an import and before arranging all partners."))
        self.empty.setText(self.tr("No states yet. “Take state” freezes the network as it is now."))
        self.take_button.setText(self.tr("Take state…"))
        self.open_button.setText(self.tr("Look at it (read-only)"))
        self.copy_button.setText(self.tr("Save as new document…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.restore_button.setText(self.tr("Return to this state…"))
        self.restore_button.setToolTip(self.tr(
            "Make the network as it was then; the state now is kept first, and Undo takes the return back"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
