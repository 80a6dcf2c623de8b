"""The relationships of one partner (or of everybody) with strength and current quality index.

Like the partner table, the model sorts itself on precomputed keys: "show all" on a 20,000-partner network
lists 100,000 relationships, and a proxy calling back into Python for each comparison would take seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from ...services import queries
from ..shell.controller import DocumentController
from ..common.i18n import shown_day, term
from ..common.table_model import Column, IdRole, TableModel
from ..common.table_model import SortRole as SortRole  # the tables and tests sort by it

RelationshipIdRole = IdRole

PARTNER_A, PARTNER_B, KIND, STRENGTH, QUALITY, ASSESSED = range(6)


def _quality(m: RelationshipTableModel, r) -> float:
    latest = m._latest.get(r.id)
    quality = latest.quality_index if latest else None
    return -1.0 if quality is None else quality


def _assessed(m: RelationshipTableModel, r) -> int:
    latest = m._latest.get(r.id)
    return latest.assessed_on.toordinal() if latest else 0


class RelationshipTableModel(TableModel):
    reads = frozenset({"relationship", "assessment", "partner"})
    columns = (
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "Partner"),
               lambda m, r: m._names.get(m._ends(r)[0], "").casefold()),
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "With"),
               lambda m, r: m._names.get(m._ends(r)[1], "").casefold()),
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "Kind"), lambda m, r: term(r.kind)),
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "Strength"), lambda m, r: r.strength,
               align=Qt.AlignmentFlag.AlignCenter),
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "Quality"), _quality, align=Qt.AlignmentFlag.AlignCenter,
               tooltip=QT_TRANSLATE_NOOP("RelationshipTableModel", "Quality index of the latest assessment, 0–100")),
        Column(QT_TRANSLATE_NOOP("RelationshipTableModel", "Assessed"), _assessed,
               tooltip=QT_TRANSLATE_NOOP("RelationshipTableModel", "Date of the latest assessment")),
    )

    def __init__(self, controller: DocumentController, parent: QObject | None = None,
                 partner_id: str | None = None) -> None:
        super().__init__(controller, parent, sort_column=QUALITY)
        self.partner_id = partner_id
        self._names: dict[str, str] = {}
        self._latest: dict = {}
        self.reload()

    def set_partner(self, partner_id: str | None) -> None:
        self.partner_id = partner_id
        self.reload()

    def reload(self) -> None:
        ws = self.controller.workspace
        if self.partner_id is None:
            rows = queries.list_relationships(ws)
            self._names = {p.id: p.name for p in queries.list_partners(ws)}
            self._latest = queries.latest_assessments(ws)
        else:  # one partner's relationships: read only what they need
            rows = queries.relationships_of(ws, self.partner_id)
            ids = {r.source_id for r in rows} | {r.target_id for r in rows} | {self.partner_id}
            self._names = queries.partner_names(ws, ids)
            self._latest = queries.latest_assessments(ws, [r.id for r in rows])
        self._show(rows)

    def _ends(self, r) -> tuple[str, str]:
        """The selected partner first, so the other side reads as 'partner B'."""
        if self.partner_id == r.target_id:
            return r.target_id, r.source_id
        return r.source_id, r.target_id

    relationship_at = TableModel.row_at

    def cell(self, r, column: int, role: int):
        a, b = self._ends(r)
        latest = self._latest.get(r.id)
        quality = latest.quality_index if latest else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STRENGTH:
                return "●" * r.strength + "○" * (5 - r.strength) + f"  {r.strength}"
            if column == QUALITY:
                return f"{quality:.0f}" if quality is not None else self.tr("not assessed")
            if column == ASSESSED:
                return shown_day(latest.assessed_on) if latest else ""
            return (self._names.get(a, ""), self._names.get(b, ""), term(r.kind))[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # the side panel hides the kind: the tool tip names it
            quality_text = f"{quality:.0f} / 100" if quality is not None else self.tr("not assessed")
            return self.tr("%1 – %2 (%3), strength %4 of 5, quality %5").replace("%1", self._names.get(a, "")) \
                .replace("%2", self._names.get(b, "")).replace("%3", term(r.kind)).replace("%4", str(r.strength)) \
                .replace("%5", quality_text)
        return None
