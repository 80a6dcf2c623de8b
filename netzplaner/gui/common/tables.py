"""The one way Netzplaner's list tables look and behave: whole rows selected, sortable headers, column widths.

Column widths and row heights follow the font: a column is declared by what it must show in full (a sample
such as "28.12.2026", the texts of an enum, or a number of characters), and measured again whenever the font
or the language changes, so the projector font at 14 pt never cuts "21.09.2026" to "21.09.2…".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

# a column's width: characters (int), the widest expected text (str), or a function giving the texts in the UI
# language (called again after a language switch)
ColumnWidth = int | str | Callable[[], Iterable[str]]

SAMPLE_DATE = "28.12.2026"  # the widest digits a date of ours shows


class ColumnSizer(QObject):
    """Sizes ``table``'s columns and rows from its font, now and after every font or language change."""

    def __init__(self, table: QTableView, widths: Sequence[ColumnWidth]) -> None:
        super().__init__(table)
        self.table = table
        self.widths = list(widths)
        table.installEventFilter(self)
        self.apply()

    def text_width(self, spec: ColumnWidth) -> int:
        metrics = self.table.fontMetrics()
        if isinstance(spec, int):
            return spec * metrics.averageCharWidth()
        texts = [spec] if isinstance(spec, str) else list(spec())
        return max((metrics.horizontalAdvance(text) for text in texts), default=0)

    def width_of(self, column: int) -> int:
        """The column's width: its widest expected content or its header, whichever is wider."""
        style, metrics = self.table.style(), self.table.fontMetrics()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        padding += metrics.averageCharWidth()  # air between neighbouring columns
        header = self.table.horizontalHeader()
        return max(self.text_width(self.widths[column]) + padding, header.sectionSizeFromContents(column).width())

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(len(self.widths)):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, self.width_of(column))
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.apply()
        return False


def row_height(table: QTableView) -> int:
    """A row with room for one line of text at the table's font."""
    return table.fontMetrics().height() + 8


def list_table(object_name: str, model, *, sort_column: int, widths: Sequence[ColumnWidth], multi: bool = True,
               edit_triggers=QAbstractItemView.EditTrigger.NoEditTriggers) -> QTableView:
    """A sortable table of ``model`` selecting whole rows; the last column takes the rest of the width."""
    table = QTableView(objectName=object_name)
    table.setModel(model)
    # the indicator first: switching sorting on sorts by it, and the model then is in that order already
    table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(edit_triggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.column_sizer = ColumnSizer(table, widths)
    return table
