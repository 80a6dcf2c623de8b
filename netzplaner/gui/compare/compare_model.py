"""The details of a comparison as a Qt tree model: one row per group (partners, relationships, quality, goals,
actions, network check) with its lines below; ``TARGET_ROLE`` holds where a line leads ("kind:id")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from .compare_lines import COLOURS, SIGNS, Group

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class CompareModel(QStandardItemModel):
    def show_groups(self, groups: tuple[Group, ...]) -> None:
        self.clear()
        bold = QFont()
        bold.setBold(True)
        for group in groups:
            changes = sum(1 for line in group.lines if line.tone != "note" or line.target)
            head = QStandardItem(f"{group.title} ({changes})" if changes else group.title)
            head.setData(group.key, KEY_ROLE)
            head.setFont(bold)
            head.setEditable(False)
            for line in group.lines:
                item = QStandardItem(f"{SIGNS[line.tone]}  {line.text}")
                item.setEditable(False)
                item.setData(line.target, TARGET_ROLE)
                item.setData(QBrush(QColor(COLOURS[line.tone])), Qt.ItemDataRole.ForegroundRole)
                if line.target:
                    item.setToolTip(QCoreApplication.translate("CompareModel", "Double-click to show it"))
                head.appendRow(item)
            self.appendRow(head)

    def group_row(self, key: str) -> int:
        return next((r for r in range(self.rowCount()) if self.item(r).data(KEY_ROLE) == key), -1)

    def lines(self, key: str) -> list[tuple[str, str]]:
        """(text, target) of a group's lines (tests and the selftest read the model without a view)."""
        head = self.item(self.group_row(key))
        return [(head.child(i).text(), head.child(i).data(TARGET_ROLE) or "") for i in range(head.rowCount())]
