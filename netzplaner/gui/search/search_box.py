"""The global search box beside the document's tabs and its results list.

Typing asks the document's index (``IndexKeeper``, built on the worker) at once: the answer takes milliseconds, so
each keystroke shows the newest results without a worker round trip. The results list opens below the box, over
the page; the arrow keys move through the hits (headings are stepped over), Enter or a click leads to the place
(``activated``), Escape closes the list and a second Escape empties the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.search import Hit
from ..common.i18n import Retranslating
from ..common.icons import icon
from .index_keeper import IndexKeeper
from .results_model import HIT_ROLE, SearchResultsModel
from .results_view import ResultsView

LIMIT = 8  # hits shown per kind


class ResultsPopup(QFrame):
    """The results under the box: a child of the window drawn over the page (keeps the focus in the box)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.status = QLabel(objectName="searchStatus")
        self.status.setContentsMargins(8, 6, 8, 6)
        self.status.setWordWrap(True)
        self.view = ResultsView(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.hide()


class SearchBox(Retranslating, QWidget):
    activated = Signal(object)  # the Hit chosen

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("globalSearchBox")
        self.window_ = window
        self.edit = QLineEdit(objectName="globalSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit)
        self.model = SearchResultsModel(self)
        self.popup = ResultsPopup(window)
        self.popup.view.setModel(self.model)
        self.popup.view.clicked.connect(self._clicked)
        self.keeper: IndexKeeper | None = None
        self.edit.textChanged.connect(self._query)
        self.edit.installEventFilter(self)
        window.installEventFilter(self)  # the list follows the window's size
        self.retranslate()

    # -- the document ---------------------------------------------------------------------------------

    def set_controller(self, controller) -> None:
        """Search ``controller``'s document (None: no document; the box empties)."""
        if self.keeper is not None:
            self.keeper.detach()
            self.keeper.deleteLater()
        self.keeper = None
        self.edit.clear()
        self.popup.hide()
        if controller is not None:
            self.keeper = IndexKeeper(controller, self)
            self.keeper.indexReady.connect(lambda: self._query(self.edit.text()))

    def focus(self) -> None:
        """Ctrl+F: into the box, its text selected for a new search."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text().strip():
            self._query(self.edit.text())

    # -- asking -----------------------------------------------------------------------------------------

    def _query(self, text: str) -> None:
        if not text.strip():
            self.model.set_results(None)
            self.popup.hide()
            return
        index = self.keeper.index if self.keeper is not None else None
        if index is None:
            self.model.set_results(None)
            self._show_status(self.tr("Preparing the search…"))
            return
        results = index.search(text, LIMIT)
        self.model.set_results(results)
        if not results.groups:
            self._show_status(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
            return
        self.popup.status.hide()
        self.popup.view.show()
        self.popup.view.setCurrentIndex(self.model.index(self.model.first_hit_row(), 0))
        self._place()

    def _show_status(self, text: str) -> None:
        self.popup.status.setText(text)
        self.popup.status.show()
        self.popup.view.hide()
        self._place()

    def _showing_hits(self) -> bool:
        return not self.popup.view.isHidden()

    def _place(self) -> None:
        """Below the box, right-aligned with it, as tall as the results (at most the window's room)."""
        window = self.window_
        width = min(max(self.width(), self.fontMetrics().averageCharWidth() * 64), window.width() - 16)
        below = self.mapTo(window, QPoint(self.width(), self.height()))
        room = window.height() - below.y() - 12
        view = self.popup.view
        if self._showing_hits():
            rows = sum(view.sizeHintForRow(r) for r in range(self.model.rowCount()))
            height = min(room, rows + 2 * (view.frameWidth() + self.popup.frameWidth()) + 4)
        else:
            height = self.popup.status.heightForWidth(width - 2) + 2
        self.popup.setGeometry(max(8, below.x() - width), below.y(), width, max(40, height))
        self.popup.show()
        self.popup.raise_()

    # -- keys and clicks ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.popup.isVisible():
            self._place()
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and \
                event.reason() == Qt.FocusReason.MouseFocusReason and not self.popup.underMouse():
            self.popup.hide()  # a click elsewhere closes the list
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, view = event.key(), self.popup.view
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.edit.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.popup.isVisible() and self.edit.text().strip():
                self._query(self.edit.text())
            elif self._showing_hits():
                view.keyPressEvent(event)  # the list steps over the headings itself
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = view.currentIndex()
            hit = current.data(HIT_ROLE) if current.isValid() and self._showing_hits() else None
            if hit is not None:
                self._choose(hit)
            return True
        return False

    def _clicked(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self._choose(hit)

    def _choose(self, hit: Hit) -> None:
        self.popup.hide()
        self.activated.emit(hit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the font preference (14 pt on a projector)
            self._fit_placeholder()
        super().changeEvent(event)

    def _fit_placeholder(self) -> None:
        """Wide enough for the whole placeholder beside the search icon and the clear button, in any font."""
        text = self.edit.placeholderText()
        icons = 2 * self.edit.sizeHint().height()  # the search icon and the clear button, each about square
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(text) + icons)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self._fit_placeholder()
        self.edit.setToolTip(self.tr("Partners, contacts, tags, notes, goals, actions and the people responsible"))
        if self.edit.text().strip():
            self._query(self.edit.text())
