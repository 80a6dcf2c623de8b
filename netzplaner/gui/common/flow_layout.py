"""A row of controls that wraps onto the next line instead of widening the window.

A QHBoxLayout asks for the sum of its widgets' widths: a row of filters and buttons at the projector font then
forces the window wider than the screen. ``FlowLayout`` asks only for its widest widget and lays the others out
line by line (the height follows the width, so the panel below gets what is left).

    row = FlowLayout()
    row.addWidget(search)
    row.addWidget(filter_combo)
    row.addSpacer()            # where a QHBoxLayout had addStretch(): what follows goes to the right when it fits
    row.addWidget(export_button)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item interface -----------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addSpacer(self) -> None:
        """Push the widgets added after it to the right end of their line (like addStretch in a box)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def addLayout(self, layout: QLayout) -> None:
        """A group that stays together on one line (for example a label and its field)."""
        self.addChildLayout(layout)
        self.addItem(layout)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._gap(item, Qt.Orientation.Horizontal)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single control (or label and field); the height of one line (heightForWidth adds the wrapped lines)."""
        size = QSize()
        for unit in self._units():
            width = sum(item.minimumSize().width() for item in unit) + sum(
                self._gap(item, Qt.Orientation.Horizontal) for item in unit[1:])
            size = size.expandedTo(QSize(width, max(item.minimumSize().height() for item in unit)))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- the arrangement --------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or isinstance(item, QSpacerItem)]

    def _units(self) -> list[list[QLayoutItem]]:
        """Items that share a line: a label stays with the field it names (its buddy)."""
        units: list[list[QLayoutItem]] = []
        for item in self._visible():
            previous = units[-1][-1].widget() if units else None
            if isinstance(previous, QLabel) and previous.buddy() is not None and previous.buddy() is item.widget():
                units[-1].append(item)
            else:
                units.append([item])
        return units

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else (self.parentWidget().style() if self.parentWidget() else None)
        if style is None:
            return 6
        control = QSizePolicy.ControlType.DefaultType
        if widget is not None:
            control = widget.sizePolicy().controlType()
        gap = style.layoutSpacing(control, control, orientation)
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items line by line."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for unit in self._units():
            if isinstance(unit[0], QSpacerItem):
                lines[-1].append(unit[0])
                continue
            needed = sum(item.sizeHint().width() for item in unit) + sum(
                self._gap(item, Qt.Orientation.Horizontal) for item in unit[1:])
            gap = self._gap(unit[0], Qt.Orientation.Horizontal) if used else 0
            if used and used + gap + needed > width:
                lines.append([])
                used, gap = 0, 0
            lines[-1].extend(unit)
            used += gap + needed
        return [line for line in lines if any(not isinstance(i, QSpacerItem) for i in line)]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the lines (when ``move``) and return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y, vertical_gap = area.y(), 0
        for line in self._lines(area.width()):
            widgets = [item for item in line if not isinstance(item, QSpacerItem)]
            gaps = [0] + [self._gap(item, Qt.Orientation.Horizontal) for item in widgets[1:]]
            widths = [max(min(item.sizeHint().width(), area.width()), min(item.minimumSize().width(), area.width()))
                      for item in widgets]
            height = max(item.sizeHint().height() for item in widgets)
            spare = max(0, area.width() - sum(widths) - sum(gaps))
            has_spacer = len(widgets) < len(line)
            if not has_spacer:  # no spacer on this line: a field that likes to grow takes the room
                for index, item in enumerate(widgets):
                    if item.expandingDirections() & Qt.Orientation.Horizontal:
                        grown = min(widths[index] + spare, item.maximumSize().width())
                        spare -= grown - widths[index]
                        widths[index] = grown
                        break
            if move:
                x, index, spacer_used = area.x(), 0, False
                for item in line:
                    if isinstance(item, QSpacerItem):
                        if not spacer_used:
                            x += spare
                            spacer_used = True
                        continue
                    x += gaps[index]
                    item_height = min(item.sizeHint().height(), height)
                    item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2),
                                           QSize(widths[index], item_height)))
                    x += widths[index]
                    index += 1
            vertical_gap = self._gap(widgets[0], Qt.Orientation.Vertical)
            y += height + vertical_gap
        used = y - vertical_gap - area.y() if y > area.y() else 0
        return used + margins.top() + margins.bottom()


def flow_row(*widgets, right=()) -> FlowLayout:
    """A FlowLayout with ``widgets`` on the left and ``right`` at the right end of the line."""
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    if right:
        row.addSpacer()
        for widget in right:
            row.addWidget(widget)
    return row

