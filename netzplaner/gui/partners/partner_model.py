"""The partner table as a Qt model: columns, custom roles, filtering and sorting (on ready keys, ``table_model``).

A filter is one pass over ready search strings, made on the first search (see tests/benchmarks/bench_window.py for
the figures).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.enums import Dimension, PartnerKind
from ...services.memory import collector_paused
from ...services.partners import PartnerRow, partner_rows
from ..shell.controller import DocumentController
from ..common.i18n import term
from ..common.table_model import Column, IdRole, TableModel
from ..common.table_model import SortRole as SortRole  # the tables and tests sort by it

PartnerIdRole = IdRole

NAME, KIND, NETWORKS, CITY, COUNTRY, INDUSTRY, TAGS = range(7)


def place(p: PartnerRow) -> str:
    """Postcode and city in one column ("72762 Reutlingen"): the table stays readable at 1366 pixels; the street
    is in the partner dialog."""
    return f"{p.postcode} {p.city}" if p.postcode and p.city else p.city or p.postcode


def _networks(p: PartnerRow) -> str:
    return ", ".join(term(d) for d in Dimension if d in p.dimensions)


class PartnerTableModel(TableModel):
    reads = frozenset({"partner"})
    columns = (
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Name"), lambda m, p: p.name.casefold()),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Kind"), lambda m, p: term(p.kind).casefold()),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Networks"), lambda m, p: _networks(p)),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "City"), lambda m, p: f"{p.city.casefold()} {p.postcode}"),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Country"), lambda m, p: p.country),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Industry"), lambda m, p: p.industry.casefold()),
        Column(QT_TRANSLATE_NOOP("PartnerTableModel", "Tags"), lambda m, p: ", ".join(p.tags).casefold()),
    )

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent, sort_column=NAME)
        self._all: list[PartnerRow] = []
        self._search_keys: list[str] | None = None  # one string per partner, made when a search first needs it
        self._tags: list[str] | None = None  # every tag once, made when first asked for
        self.search = ""
        self.dimension: Dimension | None = None
        self.kind: PartnerKind | None = None
        self.tag = ""
        self.show_archived = False
        self.reload()

    # -- data -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        # 20,000 rows are some 60,000 new objects: without the pause the collector walks them again and again
        # while the window opens (half of the table's time, measured in tests/benchmarks/bench_window.py)
        with collector_paused():
            self._all = partner_rows(self.controller.workspace)
            self._search_keys = self._tags = None
            self._refresh()

    def search_keys(self) -> list[str]:
        """What the search box looks in, one string per partner (in ``_all``'s order)."""
        if self._search_keys is None:
            self._search_keys = [" ".join((p.name, p.street, p.postcode, p.city, p.industry, p.region, p.notes,
                                           p.extra, *p.tags)).casefold() for p in self._all]
        return self._search_keys

    def tags(self) -> list[str]:
        """Every tag of the partners, sorted (the panel asks after every filter change)."""
        if self._tags is None:
            self._tags = sorted({t for p in self._all for t in p.tags}, key=str.casefold)
        return self._tags

    @property
    def total(self) -> int:
        return len(self._all)

    def set_filter(self, *, search=..., dimension=..., kind=..., tag=..., show_archived=...) -> None:
        super().set_filter(search=search if search is ... else search.strip().casefold(), dimension=dimension,
                           kind=kind, tag=tag, show_archived=show_archived)

    def _accepts(self, p: PartnerRow, key: str) -> bool:
        return ((self.show_archived or not p.archived)
                and (not self.search or self.search in key)
                and (self.dimension is None or self.dimension in p.dimensions)
                and (self.kind is None or p.kind == self.kind)
                and (not self.tag or self.tag in p.tags))

    def _refresh(self) -> None:
        keys = self.search_keys() if self.search else self._all  # no search: the keys are not looked at
        self._show(p for p, key in zip(self._all, keys) if self._accepts(p, key))

    partner_at = TableModel.row_at

    # -- cells ------------------------------------------------------------------------------------------

    def cell(self, p: PartnerRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.name, term(p.kind), _networks(p), place(p), p.country, p.industry, ", ".join(p.tags))[column]
        if role == Qt.ItemDataRole.FontRole and p.is_own_firm:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and p.archived:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and column == CITY and p.street:
            return f"{p.street}, {place(p)}"
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            if p.is_own_firm:
                return self.tr("Your own firm: the centre of the network map")
            if p.archived:
                return self.tr("Archived")
        return None
