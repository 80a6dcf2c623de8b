"""The partner table as a Qt model: column constants, custom roles, filtering and sorting.

Sorting and filtering run in the model on precomputed Python keys instead of through a QSortFilterProxyModel:
a proxy over a Python model calls ``data()`` once per comparison (about 300,000 calls for 20,000 rows, far
beyond the 100 ms the window may block). Here a sort is one ``list.sort`` over ready keys and a filter one
pass over ready search strings (see tests/benchmarks/bench_window.py for the figures).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.entities import Partner
from ..domain.enums import Dimension, PartnerKind
from ..services import queries
from .controller import DocumentController
from .document_view import DocumentView
from .i18n import term

PartnerIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

NAME, KIND, NETWORKS, CITY, COUNTRY, INDUSTRY, TAGS = range(7)
COLUMNS = 7


class PartnerTableModel(DocumentView, QAbstractTableModel):
    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attach(controller)
        self._all: list[Partner] = []
        self._rows: list[Partner] = []  # visible rows, in display order
        self._search_keys: list[str] = []
        self.search = ""
        self.dimension: Dimension | None = None
        self.kind: PartnerKind | None = None
        self.tag = ""
        self.show_archived = False
        self.sort_column, self.sort_order = NAME, Qt.SortOrder.AscendingOrder
        self.listen(controller.changed, self._on_changed)
        self.reload()

    # -- data -------------------------------------------------------------------------------------------

    def _on_changed(self, entities: frozenset[str]) -> None:
        if "partner" in entities:
            self.reload()

    def reload(self) -> None:
        self._all = queries.list_partners(self.controller.workspace)
        self._search_keys = [" ".join((p.name, p.city, p.industry, p.region, p.notes, *p.tags)).casefold()
                             for p in self._all]
        self._refresh()

    def tags(self) -> list[str]:
        return sorted({t for p in self._all for t in p.tags}, key=str.casefold)

    @property
    def total(self) -> int:
        return len(self._all)

    def set_filter(self, *, search: str | None = None, dimension=..., kind=..., tag: str | None = None,
                   show_archived: bool | None = None) -> None:
        if search is not None:
            self.search = search.strip().casefold()
        if dimension is not ...:
            self.dimension = dimension
        if kind is not ...:
            self.kind = kind
        if tag is not None:
            self.tag = tag
        if show_archived is not None:
            self.show_archived = show_archived
        self._refresh()

    def _accepts(self, p: Partner, key: str) -> bool:
        return ((self.show_archived or not p.archived)
                and (not self.search or self.search in key)
                and (self.dimension is None or self.dimension in p.dimensions)
                and (self.kind is None or p.kind == self.kind)
                and (not self.tag or self.tag in p.tags))

    def _refresh(self) -> None:
        self.beginResetModel()
        rows = [p for p, key in zip(self._all, self._search_keys) if self._accepts(p, key)]
        rows.sort(key=lambda p: self._sort_key(p, self.sort_column),
                  reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda p: self._sort_key(p, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _sort_key(self, p: Partner, column: int):
        return {NAME: lambda: p.name.casefold(), KIND: lambda: term(p.kind).casefold(),
                NETWORKS: lambda: self._networks(p), CITY: lambda: p.city.casefold(), COUNTRY: lambda: p.country,
                INDUSTRY: lambda: p.industry.casefold(), TAGS: lambda: ", ".join(p.tags).casefold()}[column]()

    @staticmethod
    def _networks(p: Partner) -> str:
        return ", ".join(term(d) for d in Dimension if d in p.dimensions)

    def partner_at(self, row: int) -> Partner:
        return self._rows[row]

    def row_of(self, partner_id: str) -> int:
        for row, p in enumerate(self._rows):
            if p.id == partner_id:
                return row
        return -1

    # -- Qt model interface -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: p.name, KIND: term(p.kind), NETWORKS: self._networks(p), CITY: p.city,
                    COUNTRY: p.country, INDUSTRY: p.industry, TAGS: ", ".join(p.tags)}[column]
        if role == PartnerIdRole:
            return p.id
        if role == SortRole:
            return self._sort_key(p, column)
        if role == Qt.ItemDataRole.FontRole and p.is_own_firm:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and p.archived:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            if p.is_own_firm:
                return self.tr("Your own firm: the centre of the network map")
            if p.archived:
                return self.tr("Archived")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Kind"), self.tr("Networks"), self.tr("City"), self.tr("Country"),
                    self.tr("Industry"), self.tr("Tags")][section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._refresh()
