"""The relationships of one partner (or of everybody) with strength and current quality index.

Like the partner table, the model sorts itself on precomputed keys: "show all" on a 20,000-partner network
lists 100,000 relationships, and a proxy calling back into Python for each comparison would take seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ..services import queries
from .controller import DocumentController
from .document_view import DocumentView
from .i18n import shown_day, term

RelationshipIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

PARTNER_A, PARTNER_B, KIND, STRENGTH, QUALITY, ASSESSED = range(6)
COLUMNS = 6


class RelationshipTableModel(DocumentView, QAbstractTableModel):
    def __init__(self, controller: DocumentController, parent: QObject | None = None,
                 partner_id: str | None = None) -> None:
        super().__init__(parent)
        self.attach(controller)
        self.partner_id = partner_id
        self.sort_column, self.sort_order = QUALITY, Qt.SortOrder.AscendingOrder
        self._rows: list = []
        self._names: dict[str, str] = {}
        self._latest: dict = {}
        self.listen(controller.changed, self._on_changed)
        self.reload()

    def _on_changed(self, entities: frozenset[str]) -> None:
        if entities & {"relationship", "assessment", "partner"}:
            self.reload()

    def set_partner(self, partner_id: str | None) -> None:
        self.partner_id = partner_id
        self.reload()

    def reload(self) -> None:
        ws = self.controller.workspace
        self.beginResetModel()
        if self.partner_id is None:
            self._rows = queries.list_relationships(ws)
            ids = None
        else:
            self._rows = queries.relationships_of(ws, self.partner_id)
            ids = {r.source_id for r in self._rows} | {r.target_id for r in self._rows} | {self.partner_id}
        if ids is None:
            self._names = {p.id: p.name for p in queries.list_partners(ws)}
            self._latest = queries.latest_assessments(ws)
        else:  # one partner's relationships: read only what they need
            self._names = queries.partner_names(ws, ids)
            self._latest = queries.latest_assessments(ws, [r.id for r in self._rows])
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        column = self.sort_column
        self._rows.sort(key=lambda r: self._key(r, column), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _key(self, r, column: int):
        a, b = self._ends(r)
        latest = self._latest.get(r.id)
        if column == QUALITY:
            quality = latest.quality_index if latest else None
            return -1.0 if quality is None else quality
        return (self._names.get(a, "").casefold(), self._names.get(b, "").casefold(), term(r.kind), r.strength, 0,
                latest.assessed_on.toordinal() if latest else 0)[column]

    def _ends(self, r) -> tuple[str, str]:
        """The selected partner first, so the other side reads as 'partner B'."""
        if self.partner_id == r.target_id:
            return r.target_id, r.source_id
        return r.source_id, r.target_id

    def relationship_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        a, b = self._ends(r)
        latest = self._latest.get(r.id)
        quality = latest.quality_index if latest else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PARTNER_A:
                return self._names.get(a, "")
            if column == PARTNER_B:
                return self._names.get(b, "")
            if column == KIND:
                return term(r.kind)
            if column == STRENGTH:
                return "●" * r.strength + "○" * (5 - r.strength) + f"  {r.strength}"
            if column == QUALITY:
                return f"{quality:.0f}" if quality is not None else self.tr("not assessed")
            if column == ASSESSED:
                return shown_day(latest.assessed_on) if latest else ""
        if role == SortRole:
            return self._key(r, column)
        if role == RelationshipIdRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:  # the side panel hides the kind: the tool tip names it
            quality_text = f"{quality:.0f} / 100" if quality is not None else self.tr("not assessed")
            return self.tr("%1 – %2 (%3), strength %4 of 5, quality %5").replace("%1", self._names.get(a, "")) \
                .replace("%2", self._names.get(b, "")).replace("%3", term(r.kind)).replace("%4", str(r.strength)) \
                .replace("%5", quality_text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STRENGTH, QUALITY):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Partner"), self.tr("With"), self.tr("Kind"), self.tr("Strength"),
                    self.tr("Quality"), self.tr("Assessed")][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == QUALITY:
                return self.tr("Quality index of the latest assessment, 0–100")
            if section == ASSESSED:
                return self.tr("Date of the latest assessment")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()
