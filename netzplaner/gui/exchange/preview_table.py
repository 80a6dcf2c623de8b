"""The import preview's tables and sections: one set-up for the likely duplicates, the row-by-row report and the
proposed networks (they were three copies of the same dozen lines, each with pixel widths that a 14 pt font
outgrew).

A column is declared by what it must show (``gui/common/tables.ColumnWidth``: characters, a sample text, or a
function giving the texts) and measured from the table's font now and after every font or language change;
``FIT`` columns follow their contents, ``STRETCH`` takes the rest of the width. Rows wrap their texts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLayout, QTableView, QVBoxLayout, QWidget

from ..common.tables import ColumnSizer, ColumnWidth

FIT = "fit"  # as wide as the contents Qt measures (a row number, "95 %")
STRETCH = "stretch"  # the rest of the width (one column: the reason, the details)


def preview_table(object_name: str, model: QAbstractItemModel, widths: Sequence[ColumnWidth | str], *,
                  editable: bool = False) -> QTableView:
    """A table of ``model`` selecting whole rows, without row numbers, texts wrapped, columns as ``widths`` say."""
    table = QTableView(objectName=object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                          else QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    modes = {FIT: QHeaderView.ResizeMode.ResizeToContents, STRETCH: QHeaderView.ResizeMode.Stretch}
    for column, width in enumerate(widths):
        header.setSectionResizeMode(column, modes.get(width, QHeaderView.ResizeMode.Interactive)
                                    if isinstance(width, str) else QHeaderView.ResizeMode.Interactive)
    table.column_sizer = ColumnSizer(table, [0 if w in (FIT, STRETCH) else w for w in widths])
    return table


def fit_rows(table: QTableView, up_to: int) -> None:
    """Rows as tall as their wrapped texts when there are at most ``up_to`` of them (measuring every row of
    10,000 takes seconds; beyond, each row is one line and its tooltip holds the rest)."""
    if table.model().rowCount() <= up_to:
        table.resizeRowsToContents()


def section(heading: QLabel, *items: QWidget | QLayout, stretch: QWidget | None = None,
            box: QWidget | None = None) -> QWidget:
    """``box`` (a new widget if None) laid out as a heading over ``items`` (widgets or layouts), no margins;
    ``stretch`` takes the height that is left."""
    box = box if box is not None else QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item, 1 if item is stretch else 0)
    return box
