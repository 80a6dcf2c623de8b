"""The list of search results: headings drawn as small bold captions, hits in two lines (title, where/why)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .results_model import DETAIL_ROLE, HEADING_ROLE


class _Delegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        lines = 1 if index.data(HEADING_ROLE) or not index.data(DETAIL_ROLE) else 2
        height = option.fontMetrics.lineSpacing() * lines + (10 if lines == 2 else 8)
        return QSize(option.rect.width(), height)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        palette = option.palette
        rect = option.rect.adjusted(8, 3, -8, -3)
        painter.save()
        if index.data(HEADING_ROLE):
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             index.data(Qt.ItemDataRole.DisplayRole))
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        main = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = option.fontMetrics
        title = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight,
                                   rect.width())
        painter.setPen(main)
        painter.drawText(rect.x(), rect.y() + metrics.ascent(), title)
        detail = index.data(DETAIL_ROLE)
        if detail:
            painter.setPen(main if selected else palette.color(QPalette.ColorRole.PlaceholderText))
            text = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.x(), rect.y() + metrics.lineSpacing() + metrics.ascent() + 2, text)
        painter.restore()


class ResultsView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(_Delegate(self))
        self.setUniformItemSizes(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box, which steers this list
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long texts are elided
