"""The partner list: search, filters, the sortable table, and the partner actions (new, edit, archive, delete)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Dimension, PartnerKind
from ...domain.errors import NetzplanerError
from ...services import partners
from ..common import ask
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from ..common.filters import refill_filter
from ..common.flow_layout import flow_row
from ..common.i18n import Retranslating, term
from ..common.messages import error_text
from .partner_dialog import PartnerDialog
from .partner_model import NAME, PartnerTableModel
from ..common.tables import list_table


class PartnerPanel(DocumentView, Retranslating, QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerPanel")
        self.attach(controller)
        self.model = PartnerTableModel(controller, self)
        self.search = QLineEdit(objectName="partnerSearch", clearButtonEnabled=True)
        self.dimension_filter = QComboBox(objectName="partnerDimensionFilter")
        self.kind_filter = QComboBox(objectName="partnerKindFilter")
        self.tag_filter = QComboBox(objectName="partnerTagFilter")
        self.show_archived = QCheckBox(objectName="partnerShowArchived")
        self.count = QLabel(objectName="partnerCount")
        self.table = list_table("partnerTable", self.model, sort_column=NAME, widths=(
            40, lambda: [term(k) for k in PartnerKind],
            lambda: [f"{term(a)}, {term(b)}" for a in Dimension for b in Dimension if a != b], 18, "DE", 24))
        self.new_button = QPushButton(objectName="newPartner")
        self.edit_button = QPushButton(objectName="editPartner")
        self.archive_button = QPushButton(objectName="archivePartner")
        self.delete_button = QPushButton(objectName="deletePartner")
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_current)
        self.archive_button.clicked.connect(self.archive_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 24)
        filters = flow_row(self.search, self.dimension_filter, self.kind_filter, self.tag_filter, self.show_archived)
        buttons = flow_row(self.new_button, self.edit_button, self.archive_button, self.delete_button,
                           right=(self.count,))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(lambda text: self._filter(search=text))
        self.dimension_filter.currentIndexChanged.connect(
            lambda: self._filter(dimension=self.dimension_filter.currentData()))
        self.kind_filter.currentIndexChanged.connect(lambda: self._filter(kind=self.kind_filter.currentData()))
        self.tag_filter.currentIndexChanged.connect(lambda: self._filter(tag=self.tag_filter.currentData() or ""))
        self.show_archived.toggled.connect(lambda on: self._filter(show_archived=on))
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.listen(controller.selection.partnersChanged, self._select_rows)
        self.model.modelReset.connect(self._after_reset)
        self._syncing = False
        self.retranslate()

    # -- filters ----------------------------------------------------------------------------------------

    def _filter(self, **kwargs) -> None:
        self.model.set_filter(**kwargs)

    def _fill_filters(self) -> None:
        refill_filter(self.dimension_filter, self.tr("All networks"), [(term(d), d) for d in Dimension])
        refill_filter(self.kind_filter, self.tr("All kinds"),
                      sorted(((term(k), k) for k in PartnerKind), key=lambda e: e[0]))
        refill_filter(self.tag_filter, self.tr("All tags"), [(t, t) for t in self.model.tags()])

    def _after_reset(self) -> None:
        if self.tag_filter.count() - 1 != len(self.model.tags()):
            self._fill_filters()
        self._show_count()
        self._select_rows(self.controller.selection.partner_ids)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 of %2 partners").replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection, both ways ---------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.partner_at(row).id for row in rows]

    def _table_selection_changed(self, *_args) -> None:
        if not self._syncing:
            self._syncing = True
            self.controller.selection.set_partners(self.selected_ids())
            self._syncing = False

    def _select_rows(self, ids) -> None:
        if self._syncing:
            return
        self._syncing = True
        selection = QItemSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])
        self._syncing = False

    # -- actions ----------------------------------------------------------------------------------------

    def new_partner(self) -> None:
        dialog = PartnerDialog(self.controller, None, self)
        if dialog.exec() and dialog.partner_id:
            self.controller.selection.set_partners([dialog.partner_id])

    def edit_current(self) -> None:
        ids = self.selected_ids() or list(self.controller.selection.partner_ids)
        if ids:
            PartnerDialog(self.controller, ids[0], self).exec()

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ws = self.controller.workspace
        try:
            commands = [partners.archive_partner(ws, pid, not ws.get("partner", pid).archived) for pid in ids]
            if len(commands) == 1:
                self.controller.run(commands[0])
            else:
                self.controller.run_all(commands, self.tr("Archive or restore %n partner(s)", "", len(commands)))
        except NetzplanerError as exc:
            ask.error(self, self.tr("Archive partner"), error_text(exc))

    def make_own_firm(self) -> None:
        """The selected partner becomes the centre of the map (the previous own firm loses the flag)."""
        ids = self.selected_ids() or list(self.controller.selection.partner_ids)
        if not ids:
            return
        ws = self.controller.workspace
        partner = ws.get("partner", ids[0])
        question = self.tr("Make “%1” your own firm, the centre of the network map?").replace("%1", partner.name)
        if not ask.confirm(self, self.tr("Own firm"), question, yes_text=self.tr("Make own firm")):
            return
        try:
            self.controller.run(partners.set_own_firm(ws, partner.id))
        except NetzplanerError as exc:
            ask.error(self, self.tr("Own firm"), error_text(exc))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ws = self.controller.workspace
        try:
            commands = [partners.delete_partner(ws, pid) for pid in ids]
        except NetzplanerError as exc:
            ask.error(self, self.tr("Delete partner"), error_text(exc))
            return
        impacts = [partners.delete_impact(ws, pid) for pid in ids]
        what = self.tr("With it go %1 contact(s), %2 relationship(s) with %3 assessment(s) and %4 goal link(s); "
                       "%5 action(s) lose their partner. You can undo this.")
        for number, value in enumerate((sum(i.contacts for i in impacts), sum(i.relationships for i in impacts),
                                        sum(i.assessments for i in impacts), sum(i.goals for i in impacts),
                                        sum(i.actions for i in impacts)), start=1):
            what = what.replace(f"%{number}", str(value))
        name = ws.get("partner", ids[0]).name
        question = (self.tr("Delete the partner “%1”?").replace("%1", name) if len(ids) == 1
                    else self.tr("Delete %n partners?", "", len(ids)))
        if not ask.confirm(self, self.tr("Delete partner"), question, what, yes_text=self.tr("Delete")):
            return
        if len(commands) == 1:
            self.controller.run(commands[0])
        else:
            self.controller.run_all(commands, self.tr("Delete %n partners", "", len(commands)))

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, city, industry, tags… (Ctrl+F)"))
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("New partner…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.archive_button.setText(self.tr("Archive / restore"))
        self.delete_button.setText(self.tr("Delete…"))
        self._fill_filters()
        self.model.retranslate()
        self._show_count()  # also the first time: the model was filled before its resets were heard
