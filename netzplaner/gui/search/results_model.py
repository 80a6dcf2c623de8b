"""The search results as one list: a heading row per kind ("Kontakte (3)") followed by its hits.

Headings are not selectable, so the arrow keys step from hit to hit. Each hit row carries its ``Hit`` (where it
leads) under ``HIT_ROLE`` and a second line under ``DETAIL_ROLE``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.search import Hit, Results
from ..common.i18n import tr

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3


def kind_title(kind: str) -> str:
    """The heading of a kind of result in the UI language."""
    return {"partner": tr("Partners"), "contact": tr("Contacts"), "tag": tr("Tags"), "note": tr("Notes"),
            "goal": tr("Goals"), "action": tr("Actions"), "owner": tr("People responsible")}[kind]


def detail(hit: Hit) -> str:
    """The second line of a hit: where it belongs, or the text that matched when that is not the title."""
    entry = hit.entry
    if hit.kind == "tag":
        return tr("%1 partner(s)").replace("%1", str(entry.counts[0]))
    if hit.kind == "owner":
        goals, actions = entry.counts
        return tr("%1 goal(s), %2 action(s)").replace("%1", str(goals)).replace("%2", str(actions))
    if hit.kind == "note":
        return hit.matched
    if hit.matched and hit.matched != entry.title and hit.matched not in entry.context:  # say it once
        return " · ".join(t for t in (entry.context, hit.matched) if t)
    return entry.context


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, bool] | Hit] = []  # (kind, total, more) for a heading, else a hit
        self.results: Results | None = None

    def set_results(self, results: Results | None) -> None:
        self.beginResetModel()
        self.results = results
        self._rows = []
        for group in results.groups if results is not None else ():
            self._rows.append((group.kind, group.total, group.more))
            self._rows.extend(group.hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def hit_at(self, row: int) -> Hit | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, Hit) else None

    def first_hit_row(self) -> int:
        return next((row for row, item in enumerate(self._rows) if isinstance(item, Hit)), -1)

    def flags(self, index):
        if self.hit_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: the cursor steps over it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, tuple):
            kind, total, more = item
            if role == Qt.ItemDataRole.DisplayRole:
                count = tr("more than %1").replace("%1", str(total)) if more else str(total)
                return f"{kind_title(kind)} ({count})"
            if role == HEADING_ROLE:
                return kind
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.entry.title
        if role == DETAIL_ROLE:
            return detail(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (item.entry.title, detail(item)) if t)
        if role == HIT_ROLE:
            return item
        return None
