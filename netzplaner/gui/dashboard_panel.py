"""The first page of a document: the three networks side by side with a traffic light, goal progress, overdue
actions, the top recommendations of the network check, and two small charts. Every item leads to its subject.

The network check (reading included) runs on the worker (DESIGN.md rule 6); the page says so meanwhile.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..analysis.check import CheckResult
from ..domain.figures import DimensionFigures
from ..domain.enums import Dimension
from ..services import network_check
from .controller import DocumentController
from .i18n import current_language, term
from .map_style import DIMENSION_COLOURS
from .worker import Worker

RefRole = Qt.ItemDataRole.UserRole + 1
LIGHTS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}
MAX_GOALS, MAX_OVERDUE, MAX_RECOMMENDATIONS = 8, 8, 6


def traffic_light(f: DimensionFigures) -> str:
    """Green: partners, assessed good ties (quality ≥ 70) and a live goal. Red: no partner, poor quality
    (< 40) or neither a goal nor an assessment. Amber: everything between."""
    if f.partners == 0 or (f.mean_quality is not None and f.mean_quality < 40) or (f.goals == 0 and not f.assessed):
        return "red"
    if f.mean_quality is not None and f.mean_quality >= 70 and f.goals > 0:
        return "green"
    return "amber"


def _dot(colour: str) -> QIcon:
    """A small filled circle: the severity of a recommendation, the mark of an overdue action."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class DimensionCard(QFrame):
    def __init__(self, dimension: Dimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setObjectName(f"dashboardCard_{dimension.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#dashboardCard_{dimension.value} {{ border-top: 4px solid "
                           f"{DIMENSION_COLOURS[dimension]}; }}")
        self.title = QLabel(objectName="cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.light = QLabel(objectName="cardLight")
        self.figures = QLabel(objectName="cardFigures", textFormat=Qt.TextFormat.RichText)
        self.light_colour = ""
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.light)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.figures)

    def show_figures(self, f: DimensionFigures | None, rows: list[tuple[str, str]], light: str,
                     light_text: str) -> None:
        self.title.setText(term(self.dimension))
        self.light_colour = light
        self.light.setText(f'<span style="font-size:20pt; color:{LIGHTS.get(light, "#9e9e9e")}">●</span>')
        self.light.setToolTip(light_text)
        self.figures.setText("<table cellspacing=3>" + "".join(
            f"<tr><td>{name}</td><td align=right><b>{value}</b></td></tr>" for name, value in rows) + "</table>")


class DashboardPanel(QWidget):
    partnerRequested = Signal(str)
    goalRequested = Signal(str)
    actionRequested = Signal(str)
    relationshipRequested = Signal(str)
    overdueRequested = Signal()
    checkFinished = Signal()

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPanel")
        self.controller = controller
        self.today = today or date.today()
        self.report: network_check.NetworkCheckReport | None = None
        self.task = None
        self.heading = QLabel(objectName="dashboardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(objectName="dashboardStatus")
        self.cards = {d: DimensionCard(d) for d in Dimension}
        self.chart = None  # pyqtgraph loads when the first figures arrive, not while the window opens
        self.chart_box = QWidget(objectName="dashboardChartBox")
        self.chart_box.setMinimumSize(320, 220)
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        self.goals_box = QGroupBox(objectName="dashboardGoals")
        self.goals_layout = QGridLayout(self.goals_box)
        self.overdue_box = QGroupBox(objectName="dashboardOverdue")
        self.overdue_list = QListWidget(objectName="dashboardOverdueList", wordWrap=True)
        self.all_overdue = QPushButton(objectName="dashboardAllOverdue", flat=True)
        overdue_layout = QVBoxLayout(self.overdue_box)
        overdue_layout.addWidget(self.overdue_list)
        overdue_layout.addWidget(self.all_overdue, 0, Qt.AlignmentFlag.AlignRight)
        self.recommendations_box = QGroupBox(objectName="dashboardRecommendations")
        self.recommendations = QListWidget(objectName="dashboardRecommendationList", wordWrap=True)
        self.recommendations.setSpacing(3)
        QVBoxLayout(self.recommendations_box).addWidget(self.recommendations)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self.heading, 0, 0, 1, 3)
        grid.addWidget(self.status, 1, 0, 1, 3)
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 2, column)
        grid.addWidget(self.recommendations_box, 3, 0, 1, 2)
        grid.addWidget(self.chart_box, 3, 2)
        grid.addWidget(self.goals_box, 4, 0, 1, 2)
        grid.addWidget(self.overdue_box, 4, 2)
        grid.setRowStretch(3, 3)
        grid.setRowStretch(4, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

        self.overdue_list.itemActivated.connect(lambda item: self.actionRequested.emit(item.data(RefRole)))
        self.overdue_list.itemClicked.connect(lambda item: self.actionRequested.emit(item.data(RefRole)))
        self.all_overdue.clicked.connect(self.overdueRequested)
        self.recommendations.itemClicked.connect(self._follow_recommendation)
        self._refresh_timer = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        controller.changed.connect(self._document_changed)
        self.retranslate()
        # start the check once the window has built its pages: run beside them, it would slow them down
        QTimer.singleShot(0, self.refresh)

    # -- the check on the worker ------------------------------------------------------------------------

    def _document_changed(self, entities: frozenset) -> None:
        if not self.controller.closed:
            self._refresh_timer.start()  # many edits in a row: check once

    def refresh(self) -> None:
        if self.controller.closed:
            return
        if self.task is not None and self.task.running:
            self.task.cancel()
        ws, today = self.controller.workspace, self.today
        self.status.setText(self.tr("Checking the network…"))
        # reading runs on the worker too: each read opens its own connection to the working copy (WAL)
        self.task = Worker.start(lambda progress, cancelled: network_check.check_network(ws, today), self)
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)

    def _failed(self, exc) -> None:
        if not self.controller.closed:  # a check cut short by closing the document is no news
            self.status.setText(self.tr("The network check failed: %1").replace("%1", str(exc)))

    def _show(self, report) -> None:
        if self.controller.closed:
            return
        self.report = report
        result: CheckResult = report.result
        self.status.setText(self.tr("As of %1.").replace("%1", result.as_of.strftime("%d.%m.%Y"))
                            + ("" if result.betweenness_exact else " " + self.tr(
                                "Broker roles estimated from a sample of %n partner(s).", "",
                                result.betweenness_sources)))
        firm = result.own_firm.name if result.own_firm else ""
        self.heading.setText(self.tr("Network of %1").replace("%1", firm) if firm else self.tr("Overview"))
        figures = {f.dimension: f for f in result.dimensions}
        for dimension, card in self.cards.items():
            self._fill_card(card, figures.get(dimension))
        if self.chart is None:
            from .dashboard_charts import DimensionChart

            self.chart = DimensionChart()
            self.chart_box.layout().addWidget(self.chart)
        self.chart.show_figures([figures.get(d) for d in Dimension])
        self._fill_goals()
        self._fill_overdue(result)
        self._fill_recommendations(report)
        self.checkFinished.emit()

    def _fill_card(self, card: DimensionCard, f: DimensionFigures | None) -> None:
        if f is None:
            card.show_figures(None, [], "red", self.tr("No partner in this network."))
            return

        def number(value, digits=1):
            return "–" if value is None else QLocale().toString(float(value), "f", digits)  # 3,5 / 3.5

        rows = [(self.tr("Partners"), str(f.partners)), (self.tr("Relationships"), str(f.relationships)),
                (self.tr("Mean strength"), number(f.mean_strength)),
                (self.tr("Mean quality"), number(f.mean_quality, 0)),
                (self.tr("Goals"), str(f.goals)), (self.tr("Open actions"), str(f.open_actions))]
        if f.weakest_criterion is not None:
            rows.append((self.tr("Weakest criterion"), term(f.weakest_criterion)))
        light = traffic_light(f)
        text = {"green": self.tr("Green: good relationship quality and at least one live goal."),
                "amber": self.tr("Amber: quality between 40 and 70, or no live goal yet."),
                "red": self.tr("Red: no partners, poor quality (below 40), or neither goals nor assessments.")}
        card.show_figures(f, rows, light, text[light])

    def _fill_goals(self) -> None:
        from ..services import queries

        while self.goals_layout.count():
            widget = self.goals_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        goals = [g for g in queries.list_goals(self.controller.workspace) if g.status.value in ("planned", "active")]
        goals.sort(key=lambda g: (g.kpi_progress is None, -(g.kpi_progress or 0)))
        for row, goal in enumerate(goals[:MAX_GOALS]):
            link = QPushButton(goal.title, flat=True, objectName="dashboardGoalLink")
            link.setStyleSheet("text-align: left;")
            link.clicked.connect(lambda _c=False, gid=goal.id: self.goalRequested.emit(gid))
            bar = QProgressBar(objectName="dashboardGoalProgress", maximum=100)
            if goal.kpi_progress is None:
                bar.setFormat(self.tr("no KPI"))
                bar.setValue(0)
            else:
                bar.setValue(round(goal.kpi_progress * 100))
                bar.setFormat("%p %")
            self.goals_layout.addWidget(link, row, 0)
            self.goals_layout.addWidget(bar, row, 1)
        if not goals:
            self.goals_layout.addWidget(QLabel(self.tr("No live goal yet: set one in the Goals tab.")), 0, 0)

    def _fill_overdue(self, result: CheckResult) -> None:
        self.overdue_list.clear()
        overdue = getattr(result, "overdue_actions", ())
        for action in overdue[:MAX_OVERDUE]:
            item = QListWidgetItem(self.tr("%1 – overdue by %n day(s)", "", action.days_overdue or 0)
                                   .replace("%1", action.title))
            item.setData(RefRole, action.id)
            item.setToolTip(self.tr("Goal: %1").replace("%1", action.goal_title))
            item.setIcon(_dot("#c62828"))
            self.overdue_list.addItem(item)
        if not overdue:
            self.overdue_list.addItem(self.tr("No overdue actions."))
        self.all_overdue.setText(self.tr("Show all %n overdue action(s)", "", len(overdue)))
        self.all_overdue.setVisible(bool(overdue))

    def _fill_recommendations(self, report) -> None:
        self.recommendations.clear()
        lang = current_language()
        colours = {"high": "#c62828", "medium": "#ef6c00", "low": "#546e7a"}
        for rec in report.recommendations[:MAX_RECOMMENDATIONS]:
            item = QListWidgetItem(rec.text(lang))
            item.setData(RefRole, (rec.evidence_kind, rec.evidence[0].id if rec.evidence else ""))
            item.setIcon(_dot(colours.get(str(rec.severity), "#546e7a")))
            item.setToolTip(self.tr("Click to go to what this is about."))
            self.recommendations.addItem(item)
        if not report.recommendations:
            self.recommendations.addItem(self.tr("The check found nothing to recommend."))

    def _follow_recommendation(self, item: QListWidgetItem) -> None:
        target = item.data(RefRole)
        if not target or not target[1]:
            return
        kind, ref = target
        {"partner": self.partnerRequested, "goal": self.goalRequested, "action": self.actionRequested,
         "relationship": self.relationshipRequested}.get(kind, self.partnerRequested).emit(ref)

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.goals_box.setTitle(self.tr("Goal progress"))
        self.overdue_box.setTitle(self.tr("Overdue actions"))
        self.recommendations_box.setTitle(self.tr("What the network check recommends"))
        if self.report is not None:
            self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
