"""The welcome page: new document, open, demo network, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/netzplaner.svg").pixmap(QSize(72, 72)))
        self.title = QLabel(objectName="welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(objectName="welcomeSubtitle", wordWrap=True)
        self.new_button = QPushButton(objectName="welcomeNew")
        self.open_button = QPushButton(objectName="welcomeOpen")
        self.demo_button = QPushButton(objectName="welcomeDemo")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(260)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent_label = QLabel(objectName="welcomeRecentLabel")
        bold = self.recent_label.font()
        bold.setBold(True)
        self.recent_label.setFont(bold)
        self.recent_list = QListWidget(objectName="welcomeRecent")
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_list.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_list.itemClicked.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_empty = QLabel(objectName="welcomeRecentEmpty")

        heading = QHBoxLayout()
        heading.addWidget(icon)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent_empty)
        recent.addWidget(self.recent_list, 10)
        recent.addStretch(1)  # keeps the label at the top while the list is hidden
        body = QHBoxLayout()
        body.addLayout(buttons)
        body.addSpacing(32)
        body.addLayout(recent, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(48, 40, 48, 40)
        page.addLayout(heading)
        page.addSpacing(28)
        page.addLayout(body, 1)
        self._recent: list[str] = []
        self.retranslate()

    def set_recent_files(self, files: list[str]) -> None:
        self._recent = list(files)
        self.recent_list.clear()
        for path in files:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(files))
        self.recent_empty.setVisible(not files)

    def retranslate(self) -> None:
        self.title.setText("Netzplaner")
        self.subtitle.setText(self.tr(
            "Map your partners in the regional, thematic and international network, judge each relationship, "
            "set collaboration goals and plan the actions for your board."))
        self.new_button.setText(self.tr("New document…"))
        self.open_button.setText(self.tr("Open document…"))
        self.demo_button.setText(self.tr("Open demo network"))
        self.recent_label.setText(self.tr("Recently opened"))
        self.recent_empty.setText(self.tr("No documents opened yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
