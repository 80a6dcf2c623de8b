"""The skeleton of Netzplaner's list tables (partners, relationships, goals, actions): columns declared once, with
header text, sort key and alignment; rows of frozen dataclasses; sorting on ready Python keys.

Sorting runs in the model instead of through a QSortFilterProxyModel: a proxy over a Python model calls ``data()``
once per comparison (about 300,000 calls for 20,000 rows, far beyond the 100 ms the window may block). Here a sort
is one ``list.sort`` over the column's keys (see tests/benchmarks/bench_window.py for the figures).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from .document_view import DocumentView
from .i18n import current_language

if TYPE_CHECKING:  # a type only: common/ does not import the shell
    from ..shell.controller import DocumentController

IdRole = Qt.ItemDataRole.UserRole + 1  # the row's entity id
SortRole = Qt.ItemDataRole.UserRole + 2  # the value the column sorts by


@dataclass(frozen=True)
class Column:
    """One column: its header (source text, marked for lupdate in the model's context), how its rows sort
    (``sort_key(model, row)``), its alignment, and a header tool tip."""

    header: str
    sort_key: Callable[[Any, Any], Any]
    align: Qt.AlignmentFlag | None = None
    tooltip: str | None = None


class TableModel(DocumentView, QAbstractTableModel):
    """A table of one document's rows. Subclasses declare ``columns``, fill ``_rows`` through ``_show`` and answer
    ``cell(row, column, role)`` for the roles the base does not (the id, the sort key, the alignment)."""

    columns: Sequence[Column] = ()
    reads: frozenset[str] = frozenset()  # the kinds of entity the rows show: an edit of one reloads the table

    def __init__(self, controller: DocumentController, parent: QObject | None, sort_column: int) -> None:
        super().__init__(parent)
        self.attach(controller)
        self._rows: list = []  # visible rows, in display order
        self._sorted_as: tuple | None = None  # (column, order, language) the rows are in; None: not sorted yet
        self.sort_column, self.sort_order = sort_column, Qt.SortOrder.AscendingOrder
        self.listen(controller.changed, self._document_changed)

    def _document_changed(self, entities: frozenset[str]) -> None:
        if entities & self.reads:
            self.reload()

    def reload(self) -> None:
        """Read the rows from the document and show them."""
        raise NotImplementedError

    def set_filter(self, **filters) -> None:
        """Change the filters given (a value of ``...`` leaves one as it is) and show the rows that pass."""
        for name, value in filters.items():
            if value is not ...:
                setattr(self, name, value)
        self._refresh()

    # -- rows and their order ---------------------------------------------------------------------------

    def _show(self, rows: Iterable) -> None:
        """Show ``rows`` (already filtered) in the current sort order."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def _sort_state(self) -> tuple:
        return self.sort_column, self.sort_order, current_language()  # words sort differently per language

    def _sort_rows(self) -> None:
        key = self.columns[self.sort_column].sort_key
        self._rows.sort(key=lambda row: key(self, row), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._sorted_as = self._sort_state()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._reorder()

    def _reorder(self) -> None:
        """Put the shown rows in the current order (column, direction, language), if they are not in it: opening
        a document asks four times (the model, the view's sorting switched on, its sort column, the first
        translation), 40 ms each at 20,000 rows."""
        if self._sorted_as == self._sort_state():
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, entity_id: str) -> int:
        """The row that shows ``entity_id``; -1 when it is not shown."""
        return next((row for row, item in enumerate(self._rows) if item.id == entity_id), -1)

    def _refresh(self) -> None:
        """Show the rows again after a change of filter; by default only their order may change."""
        self._reorder()

    def retranslate(self) -> None:
        """Headers, texts and the sort order of vocabulary words follow the language (filters do not depend on
        it, so the rows stay; a new language sorts them again, which redraws their texts too)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._reorder()

    # -- Qt model interface -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == IdRole:
            return row.id
        if role == SortRole:
            return self.columns[column].sort_key(self, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.columns[column].align
            return None if align is None else int(align)
        return self.cell(row, column, role)

    def cell(self, row, column: int, role: int):
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return self.tr(column.tooltip)
        return None
