"""The welcome page: what Netzplaner does in three steps, the way in (demo, new, open, import), recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import Retranslating
from ..common.icons import icon
from .screen_fit import VerticalScrollArea

ACCENT = "#1f5fa8"  # the regional blue of the map: the product's colour
CONTENT_WIDTH = 1100  # on a wide screen the page stays a readable column in the middle


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class StepCard(QFrame):
    """One of the three steps: a numbered badge, a title and a sentence."""

    def __init__(self, number: int, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"welcomeStep{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon_name = icon_name
        self.badge = badge = QLabel(str(number), alignment=Qt.AlignmentFlag.AlignCenter)
        self.symbol = QLabel()
        self._size_to_font()
        self.title = _bold(QLabel(objectName=f"welcomeStepTitle{number}", wordWrap=True), 1.15)
        self.text = QLabel(objectName=f"welcomeStepText{number}", wordWrap=True)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QGridLayout(self)
        layout.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.symbol, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1, 1, 1, 2)
        layout.setColumnStretch(1, 1)

    def _size_to_font(self) -> None:
        side = self.fontMetrics().height() * 2
        self.badge.setFixedSize(side, side)
        self.badge.setStyleSheet(f"background: {ACCENT}; color: white; border-radius: {side // 2}px; "
                                 "font-weight: bold;")
        self.symbol.setPixmap(icon(self.icon_name).pixmap(QSize(side, side)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the projector font: badge and symbol grow with the text
            self._size_to_font()
        super().changeEvent(event)


class WelcomePage(Retranslating, QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    importRequested = Signal()
    recentRequested = Signal(str)
    teamRequested = Signal()  # "Open team network…"
    connectionRequested = Signal(str)  # a saved team connection's address (without a password)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        logo = QLabel()
        logo.setPixmap(QIcon(":/icons/netzplaner.svg").pixmap(QSize(64, 64)))
        self.title = _bold(QLabel(objectName="welcomeTitle"), 2.2)
        self.subtitle = QLabel(objectName="welcomeSubtitle", wordWrap=True)
        self.steps_title = _bold(QLabel(objectName="welcomeStepsTitle"), 1.15)
        self.steps = [StepCard(1, "users"), StepCard(2, "handshake"), StepCard(3, "target")]
        self.start_title = _bold(QLabel(objectName="welcomeStartTitle"), 1.15)
        self.demo_button = QPushButton(icon("play", colour="#ffffff"), "", objectName="welcomeDemo")
        self.demo_button.setDefault(True)
        self.new_button = QPushButton(icon("file-plus"), "", objectName="welcomeNew")
        self.open_button = QPushButton(icon("folder-open"), "", objectName="welcomeOpen")
        self.import_button = QPushButton(icon("file-input"), "", objectName="welcomeImport")
        self.team_button = QPushButton(icon("users"), "", objectName="welcomeTeam")
        self.demo_hint = QLabel(objectName="welcomeDemoHint", wordWrap=True)
        for button in (self.demo_button, self.new_button, self.open_button, self.import_button, self.team_button):
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 6)
            button.setStyleSheet("text-align: left; padding-left: 10px; padding-right: 10px;")
        self.demo_button.setStyleSheet(self.demo_button.styleSheet()
                                       + f"background: {ACCENT}; color: white; font-weight: bold;")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.team_button.clicked.connect(self.teamRequested)
        self.recent_label = _bold(QLabel(objectName="welcomeRecentLabel"))
        self.recent_list = QListWidget(objectName="welcomeRecent")
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.recent_list.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_list.itemClicked.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_empty = QLabel(objectName="welcomeRecentEmpty", wordWrap=True)
        self.team_label = _bold(QLabel(objectName="welcomeTeamLabel"))
        self.team_list = QListWidget(objectName="welcomeConnections")  # saved team networks, beside the files
        self.team_list.setFrameShape(QFrame.Shape.NoFrame)
        self.team_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for signal in (self.team_list.itemActivated, self.team_list.itemClicked):
            signal.connect(lambda item: self.connectionRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

        heading = QHBoxLayout()
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        steps = QVBoxLayout()
        steps.addWidget(self.steps_title)
        for card in self.steps:
            steps.addWidget(card)
        steps.addStretch(1)
        start = QVBoxLayout()
        start.addWidget(self.start_title)
        for widget in (self.demo_button, self.demo_hint, self.new_button, self.open_button, self.import_button,
                       self.team_button):
            start.addWidget(widget)
        start.addSpacing(16)
        start.addWidget(self.recent_label)
        start.addWidget(self.recent_empty)
        start.addWidget(self.recent_list)
        start.addWidget(self.team_label)
        start.addWidget(self.team_list)
        start.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(steps, 3)
        body.addSpacing(24)
        body.addLayout(start, 2)
        content = QWidget(objectName="welcomeContent")
        content.setMaximumWidth(CONTENT_WIDTH)
        page = QVBoxLayout(content)
        page.setContentsMargins(32, 24, 32, 24)
        page.addLayout(heading)
        page.addSpacing(16)
        page.addLayout(body, 1)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)  # on a wide screen the column stands in the middle
        row.addWidget(content, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(centred))  # at the projector font the page scrolls, the window fits
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

    def set_connections(self, connections: list[tuple[str, str]]) -> None:
        """The saved team networks: (name, address without password)."""
        self.team_list.clear()
        for name, url in connections:
            item = QListWidgetItem(icon("users"), f"{name}\n{url}")
            item.setData(Qt.ItemDataRole.UserRole, url)
            item.setToolTip(url)
            self.team_list.addItem(item)
        self.team_label.setVisible(bool(connections))
        self.team_list.setVisible(bool(connections))

    def retranslate(self) -> None:
        self.title.setText("Netzplaner")
        self.subtitle.setText(self.tr(
            "Turn your contact list into a managed partner network: regional, thematic and international."))
        self.steps_title.setText(self.tr("How Netzplaner works"))
        texts = (
            (self.tr("Record your partners"),
             self.tr("Customers, suppliers, universities, chambers, associations and clusters – typed in or "
                     "imported from a list, each in its network: regional, thematic or international.")),
            (self.tr("Assess your relationships"),
             self.tr("Score each relationship on openness, trust, knowledge sharing, clear goals, commitment and "
                     "mutual benefit. The network map shows where your network carries and where it is thin.")),
            (self.tr("Plan goals and actions"),
             self.tr("Set goals for the collaboration, plan actions with owners and dates, and hand your board "
                     "the action plan as an Excel workbook.")),
        )
        for card, (title, text) in zip(self.steps, texts):
            card.title.setText(title)
            card.text.setText(text)
        self.start_title.setText(self.tr("Get started"))
        self.demo_button.setText(self.tr("Explore the demo network"))
        self.demo_hint.setText(self.tr("A fictitious machine builder and its partner network: try everything "
                                       "without risk."))
        self.new_button.setText(self.tr("New document…"))
        self.open_button.setText(self.tr("Open document…"))
        self.import_button.setText(self.tr("Import partner list…"))
        self.import_button.setToolTip(self.tr("Creates a new document and imports your partners from Excel or "
                                              "CSV"))
        self.recent_label.setText(self.tr("Recently opened"))
        self.recent_empty.setText(self.tr("No documents opened yet."))
        self.team_button.setText(self.tr("Open team network…"))
        self.team_button.setToolTip(self.tr("A network on your company's PostgreSQL server that several managers "
                                            "plan together"))
        self.team_label.setText(self.tr("Team networks"))
