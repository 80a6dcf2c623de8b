"""A tab whose panel is built the first time it is shown, so heavy modules (pyqtgraph) load only when needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPanel(QWidget):
    def __init__(self, factory: Callable[[], QWidget], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._factory = factory
        self.panel: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure_panel(self) -> QWidget:
        if self.panel is None:
            self.panel = self._factory()
            self.layout().addWidget(self.panel)
            if self.isVisible():  # added to a shown tab: show it now, not at the next event
                self.panel.show()
        return self.panel

    def showEvent(self, event) -> None:
        self.ensure_panel()
        super().showEvent(event)
