"""The import preview's networks: the network proposed for each new partner with its reason, changed per row or group.

``NetworkPanel`` shows ``report.networks`` (``services.network_proposal``): row, partner, kind, place, network and
why. The network cell is a drop-down (one row); the bar below sets one network for a whole group (all rows of a
kind, of a country, of a proposed network). The choices are kept by partner name, so planning again (another
column mapping) keeps them; ``apply_to(report)`` writes them into the planned import just before it runs.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStyledItemDelegate, QWidget

from ...domain.enums import Dimension
from ...io.countries import country_names
from ...services.network_proposal import ProposedRow, apply_choices
from ..common.i18n import current_language, term, tr
from ..common.messages import error_text
from .preview_table import FIT, STRETCH, preview_table, section

ROW, PARTNER, KIND, PLACE, NETWORK, REASON = range(6)
R, T, I = Dimension.REGIONAL, Dimension.THEMATIC, Dimension.INTERNATIONAL
OPTIONS: tuple[frozenset[Dimension], ...] = (frozenset({R}), frozenset({T}), frozenset({I}), frozenset({R, T}),
                                             frozenset({T, I}), frozenset({R, I}), frozenset())
_COLOURS = {R: "#e3eefb", T: "#f1e6f6", I: "#e0f2f1"}  # the map's network colours, light


def network_text(dimensions: frozenset[Dimension]) -> str:
    if not dimensions:
        return tr("– no network –")
    return " + ".join(term(d) for d in Dimension if d in dimensions)


def _country(code: str) -> str:
    return country_names(code)[0 if current_language() == "de" else 1] if code else ""


class NetworkModel(QAbstractTableModel):
    """One row per new partner; the network column is editable (``setData`` records the choice)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposedRow] = []
        self.chosen: dict[str, frozenset[Dimension]] = {}  # partner name (case-folded) -> the user's networks

    def set_rows(self, rows: list[ProposedRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def networks(self, row: ProposedRow) -> frozenset[Dimension]:
        return self.chosen.get(row.name.casefold(), row.proposal.dimensions)

    def choose(self, rows: list[ProposedRow], dimensions: frozenset[Dimension]) -> None:
        for row in rows:
            self.chosen[row.name.casefold()] = dimensions
        if self.rows:
            self.dataChanged.emit(self.index(0, NETWORK), self.index(len(self.rows) - 1, REASON))
        self.changed.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Partner"), tr("Kind"), tr("Place"), tr("Network"), tr("Reason"))[section]
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NETWORK else flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == REASON:
                text = error_text(row.proposal.reason(current_language()))
                if row.name.casefold() in self.chosen and self.networks(row) != row.proposal.dimensions:
                    text = tr("Changed by you; proposed: %1 (%2)").replace(
                        "%1", network_text(row.proposal.dimensions)).replace("%2", text)
                return text
            if role == Qt.ItemDataRole.ToolTipRole:
                return None
            return (str(row.row), row.name, term(row.kind),
                    ", ".join(t for t in (row.city, _country(row.country) if row.proposal.country else "") if t),
                    network_text(self.networks(row)), "")[column]
        if role == Qt.ItemDataRole.EditRole and column == NETWORK:
            return OPTIONS.index(self.networks(row)) if self.networks(row) in OPTIONS else 0
        if role == Qt.ItemDataRole.BackgroundRole and column == NETWORK:
            networks = self.networks(row)
            first = next((d for d in Dimension if d in networks), None)
            return QBrush(QColor(_COLOURS[first] if first else "#fdeaea"))
        if role == Qt.ItemDataRole.FontRole and column == NETWORK and row.name.casefold() in self.chosen:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NETWORK or not 0 <= int(value) < len(OPTIONS):
            return False
        self.choose([self.rows[index.row()]], OPTIONS[int(value)])
        return True


class _NetworkDelegate(QStyledItemDelegate):
    """The network cell as a drop-down of the seven choices."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent, objectName="networkCellEditor")
        for dimensions in OPTIONS:
            combo.addItem(network_text(dimensions))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)


class NetworkPanel(QWidget):
    """The proposed networks of the new partners, changeable per row and per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importNetworks")
        self.model = NetworkModel(self)
        self.model.changed.connect(self._count)
        self.heading = QLabel(objectName="importNetworksSummary", wordWrap=True)
        self.table = preview_table("importNetworksTable", self.model, (
            FIT, 22, 16, 14, lambda: [network_text(o) for o in OPTIONS], STRETCH), editable=True)
        self.table.setItemDelegateForColumn(NETWORK, _NetworkDelegate(self.table))
        self.group = QComboBox(objectName="importNetworkGroup")
        self.group.setMinimumContentsLength(28)
        self.group_network = QComboBox(objectName="importNetworkGroupChoice")
        for dimensions in OPTIONS:
            self.group_network.addItem(network_text(dimensions))
        self.group_apply = QPushButton(tr("Set for the group"), objectName="importNetworkGroupApply")
        self.group_apply.clicked.connect(self.apply_group)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("All rows of:")))
        bar.addWidget(self.group)
        bar.addWidget(QLabel(tr("Network:")))
        bar.addWidget(self.group_network)
        bar.addWidget(self.group_apply)
        bar.addStretch(1)
        section(self.heading, self.table, bar, stretch=self.table, box=self)
        self._groups: list[list[ProposedRow]] = []
        self.set_rows([])

    def set_rows(self, rows: list[ProposedRow]) -> None:
        self.model.set_rows(rows)  # the columns' widths follow the font (``preview_table``), not the texts
        # one line per row: a reason takes up to five lines wrapped; its tooltip holds it whole
        self._fill_groups()
        self._count()

    def _fill_groups(self) -> None:
        rows = self.model.rows
        by_kind: dict = {}  # one pass over the rows (10,000 of a graph file), in their order within a group
        by_country: dict = {}
        by_proposal: dict = {}
        for r in rows:
            by_kind.setdefault(r.kind, []).append(r)
            if r.country:
                by_country.setdefault(r.country, []).append(r)
            by_proposal.setdefault(r.proposal.dimensions, []).append(r)
        groups: list[tuple[str, list[ProposedRow]]] = []
        for kind, members in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
            groups.append((tr("kind “%1” (%2)").replace("%1", term(kind)).replace(
                "%2", str(len(members))), members))
        for country, members in sorted(by_country.items(), key=lambda kv: -len(kv[1])):
            groups.append((tr("country “%1” (%2)").replace("%1", _country(country)).replace(
                "%2", str(len(members))), members))
        for dimensions in OPTIONS:
            members = by_proposal.get(dimensions, [])
            if members:
                groups.append((tr("proposed “%1” (%2)").replace("%1", network_text(dimensions)).replace(
                    "%2", str(len(members))), members))
        self.group.clear()
        self._groups = [members for _, members in groups]
        for text, _ in groups:
            self.group.addItem(text)
        self.group_apply.setEnabled(bool(groups))

    def apply_group(self) -> None:
        index = self.group.currentIndex()
        if 0 <= index < len(self._groups):
            self.model.choose(self._groups[index], OPTIONS[self.group_network.currentIndex()])

    def _count(self) -> None:
        rows = self.model.rows
        if not rows:
            self.heading.setText(tr("The file names the networks itself, or adds no partner: nothing to propose."))
            return
        counts = Counter(d for r in rows for d in self.model.networks(r))
        none = sum(1 for r in rows if not self.model.networks(r))
        parts = [f"{term(d)} {counts[d]}" for d in Dimension]
        text = tr("Networks proposed for %1 new partners: %2, without a network %3. Change a row in its Network "
                  "cell, or a whole group below.").replace("%1", str(len(rows))).replace(
            "%2", " · ".join(parts)).replace("%3", str(none))
        self.heading.setText(text)

    def choices(self) -> dict[str, frozenset[Dimension]]:
        """The networks per partner id of the current plan (the proposal, or what the user chose)."""
        return {row.partner_id: self.model.networks(row) for row in self.model.rows}

    def apply_to(self, report) -> int:
        """Write the networks shown into the planned import (before it runs); returns the rows changed."""
        return apply_choices(report.command if report is not None else None, self.choices())
