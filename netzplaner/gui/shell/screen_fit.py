"""Windows that fit the screen they open on: a 1366×768 laptop, a 1280×800 projector at 14 pt, 125 % scaling.

``resize_within_screen`` gives a dialog its preferred size, but never more than the screen leaves after the task
bar and the title bar. ``VerticalScrollArea`` lets a tall form scroll inside its dialog instead of pushing OK and
Cancel under the task bar; it keeps the form's full width, so only the height scrolls. ``resize_for_font`` does
the same for a size chosen at the 9-pt font, grown with the font preference. ``fit_tool_bar`` keeps every tool bar
button on screen: it drops labels (the well-known ones first) before Qt would hide buttons behind "»".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QToolBar, QWidget

TITLE_BAR = 30  # what the window frame takes above a dialog on Windows (logical pixels)
SCROLLED_MINIMUM_HEIGHT = 120  # a scrolling form never shrinks below a few rows
DESIGN_POINTS = 9.0  # the font size the dialogs' preferred sizes were chosen at (Segoe UI 9 pt)


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the widget's screen (or the primary screen) without the task bar, in logical pixels."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 697)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, or less where the screen is smaller (the title bar counted)."""
    room = available_size(widget.parentWidget() or widget)
    hint = widget.minimumSizeHint()
    widget.resize(max(hint.width(), min(width, room.width())),
                  max(hint.height(), min(height, room.height() - TITLE_BAR)))


def resize_for_font(widget: QWidget, width: int, height: int) -> None:
    """``resize_within_screen`` with a size chosen at the 9-pt font, grown in proportion to a larger font: at the
    projector's 14 pt a dialog gets the room its texts need, as far as the screen allows."""
    grow = max(1.0, widget.font().pointSizeF() / DESIGN_POINTS)
    resize_within_screen(widget, round(width * grow), round(height * grow))


def fit_tool_bar(toolbar: QToolBar, room: int, shorten_first: Sequence[QAction]) -> None:
    """Show every button of ``toolbar`` within ``room`` pixels: labels beside the icons while they fit; else the
    actions ``shorten_first`` (undo, save: known by their icons) show only their icon, then all actions do. The
    name stays in each button's tool tip and in the menus."""
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    for short in ((), tuple(shorten_first), tuple(actions)):
        for action in actions:
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if action in short
                                          else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.layout().invalidate()
        if toolbar.sizeHint().width() <= room:
            return


class VerticalScrollArea(QScrollArea):
    """Shows ``content`` at its full width and scrolls it up and down when the dialog is short."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        return QSize(content.width() + self._bar() + 2 * self.frameWidth(), content.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint()
        return QSize(content.width() + self._bar() + 2 * self.frameWidth(),
                     min(content.height(), SCROLLED_MINIMUM_HEIGHT))
