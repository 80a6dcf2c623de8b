"""The list of a document's states ("Stände") as a Qt table model: date, label, why it was taken, counts, quality.

A few dozen rows at most, read without unpacking any content (``services.snapshots.list_snapshots``); newest
first, as a managing director looks for the last workshop.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ...domain import formatting
from ...services.snapshots import MANUAL, SnapshotInfo, is_auto_label
from ..common.i18n import current_language

IdRole = Qt.ItemDataRole.UserRole + 1

TAKEN, LABEL, REASON, PARTNERS, RELATIONSHIPS, QUALITY = range(6)
HEADERS = (QT_TRANSLATE_NOOP("SnapshotModel", "Taken"), QT_TRANSLATE_NOOP("SnapshotModel", "Label"),
           QT_TRANSLATE_NOOP("SnapshotModel", "Taken because"), QT_TRANSLATE_NOOP("SnapshotModel", "Partners"),
           QT_TRANSLATE_NOOP("SnapshotModel", "Relationships"), QT_TRANSLATE_NOOP("SnapshotModel", "Mean quality"))
# the automatic states' labels and reasons (services.snapshots.AUTO_LABELS), translated where they are shown
AUTO_LABELS = {
    "board_import": lambda: QCoreApplication.translate("SnapshotModel", "Before importing the board workbook"),
    "partner_import": lambda: QCoreApplication.translate("SnapshotModel", "Before importing a partner list"),
    "layout_all": lambda: QCoreApplication.translate("SnapshotModel", "Before arranging all partners"),
    "restore": lambda: QCoreApplication.translate("SnapshotModel", "Before returning to an earlier state"),
}
REASONS = {
    MANUAL: lambda: QCoreApplication.translate("SnapshotModel", "taken by hand"),
    "board_import": lambda: QCoreApplication.translate("SnapshotModel", "automatic: board workbook import"),
    "partner_import": lambda: QCoreApplication.translate("SnapshotModel", "automatic: partner list import"),
    "layout_all": lambda: QCoreApplication.translate("SnapshotModel", "automatic: all partners arranged"),
    "restore": lambda: QCoreApplication.translate("SnapshotModel", "automatic: before a return"),
}


def shown_label(info: SnapshotInfo) -> str:
    """The label in the UI language: an automatic state's own label translated, a user's label as written."""
    if is_auto_label(info) and info.reason in AUTO_LABELS:
        return AUTO_LABELS[info.reason]()
    return info.label


def mean_quality(info: SnapshotInfo) -> float | None:
    figures = info.summary.get("figures") or [{}]
    total = figures[-1] if isinstance(figures[-1], dict) else {}
    value = total.get("mean_quality")
    return value if isinstance(value, (int, float)) else None


class SnapshotModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SnapshotInfo] = []

    def set_rows(self, rows: list[SnapshotInfo]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda s: s.taken_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SnapshotModel", HEADERS[section])
        return None

    def text(self, info: SnapshotInfo, column: int) -> str:
        lang = current_language()
        if column == TAKEN:
            return f"{formatting.day(info.taken_at, lang)} {info.taken_at:%H:%M}"
        if column == LABEL:
            return shown_label(info)
        if column == REASON:
            return REASONS.get(info.reason, REASONS[MANUAL])()
        if column == PARTNERS:
            return formatting.number(info.partner_count, lang)
        if column == RELATIONSHIPS:
            return formatting.number(info.relationship_count, lang)
        quality = mean_quality(info)
        return "–" if quality is None else formatting.number(quality, lang, 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(info, index.column())
        if role == IdRole:
            return info.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (PARTNERS, RELATIONSHIPS, QUALITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
