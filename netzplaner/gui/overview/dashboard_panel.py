"""The first page of a document: it speaks first. Per network a card with a traffic light, the verdict that says
why, and four large key figures; under them goal progress (visible without scrolling on a 1366×768 laptop), the
overdue actions, the top recommendations of the network check and a small chart. The page scrolls once, as a
whole; nothing inside it has a scroll bar of its own. Every item leads to its subject.

The network check (reading included) runs on the worker (docs/architecture.md, "Threading"); the page says so
meanwhile. The
figures are ``CheckResult.dimensions`` (``analysis.figures.dimension_figures``), the same the workbook prints.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...analysis.check import CheckResult
from ...domain import formatting
from ...domain.enums import Dimension
from ...domain.figures import DimensionFigures
from ...domain.plan import is_live
from ...services import network_check, network_read
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from .dashboard_card import DimensionCard
from .health_trend import HealthTrend
from ..common.i18n import Retranslating, current_language

MAX_GOALS, MAX_OVERDUE, MAX_RECOMMENDATIONS = 6, 5, 5
SEVERITY_COLOURS = {"high": "#c62828", "medium": "#ef6c00", "low": "#546e7a"}


def _linked(text: str, colour: str, href: str, link: str) -> str:
    """A line of the overview: a coloured dot, the text, and a link that leads to its subject."""
    follow = f' <a href="{escape(href)}">{escape(link)}</a>' if href else ""
    return (f'<table cellspacing=0 cellpadding=0><tr><td valign=top style="color:{colour}; padding-right:6px">●</td>'
            f"<td>{escape(text)}{follow}</td></tr></table>")


def _check(ws, today: date, cancelled) -> network_check.NetworkCheckReport:
    """The overview's check on the worker. Reading runs there too (each read opens its own connection to the working
    copy, WAL) and is the one read the map of the same window refresh shares (``network_read``). A check no longer
    wanted (the document closed, a newer check started) stops after the read instead of analysing 20,000 partners
    beside the next document's opening."""
    from ...analysis.layout import Cancelled

    read = network_read.read_network(ws)
    if cancelled():
        raise Cancelled()
    return network_check.check_network(ws, today, read=read)


class DashboardPanel(DocumentView, Retranslating, QWidget):
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
        self.attach(controller)
        self.today = today or date.today()
        self.report: network_check.NetworkCheckReport | None = None
        self.task = None
        self.heading = QLabel(objectName="dashboardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(objectName="dashboardStatus")
        self.status.setStyleSheet("color: #455a64;")
        self.cards = {d: DimensionCard(d) for d in Dimension}
        self.chart = None  # pyqtgraph loads when the first figures arrive, not while the window opens
        self.chart_box = QWidget(objectName="dashboardChartBox")
        self.chart_box.setMinimumSize(300, 200)
        self.chart_box.setMaximumHeight(max(280, self.fontMetrics().height() * 18))  # beside the text, not taller
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        self.goals_box = QGroupBox(objectName="dashboardGoals")
        self.goals_layout = QGridLayout(self.goals_box)
        self.goals_layout.setVerticalSpacing(2)
        self.goals_layout.setColumnStretch(0, 3)
        self.goals_layout.setColumnStretch(1, 2)
        self.overdue_box = QGroupBox(objectName="dashboardOverdue")
        self.overdue_lines = QVBoxLayout()
        self.all_overdue = QPushButton(objectName="dashboardAllOverdue", flat=True)
        overdue_layout = QVBoxLayout(self.overdue_box)
        overdue_layout.addLayout(self.overdue_lines)
        overdue_layout.addStretch(1)
        overdue_layout.addWidget(self.all_overdue, 0, Qt.AlignmentFlag.AlignRight)
        self.recommendations_box = QGroupBox(objectName="dashboardRecommendations")
        self.recommendation_lines = QVBoxLayout(self.recommendations_box)
        self.recommendation_lines.setSpacing(8)
        self.recommendation_lines.addStretch(1)  # the lines stay together at the top; spare height below
        self.recommendation_labels: list[QLabel] = []
        self.health = HealthTrend()  # issue 12: the health score's course
        self.overdue_labels: list[QLabel] = []

        content = QWidget(objectName="dashboardContent")
        grid = QGridLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        grid.addLayout(top, 0, 0, 1, 3)
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 1, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.goals_box, 2, 0, 1, 2)
        grid.addWidget(self.overdue_box, 2, 2)
        grid.addWidget(self.recommendations_box, 3, 0, 1, 2)
        grid.addWidget(self.chart_box, 3, 2)
        grid.addWidget(self.health, 4, 0, 1, 3)
        grid.setRowStretch(5, 1)  # spare height goes below everything: the cards keep their natural size
        scroll = QScrollArea(objectName="dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.all_overdue.clicked.connect(self.overdueRequested)
        self._refresh_timer = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.listen(controller.changed, self._document_changed)
        self.retranslate()
        # start the check once the window has built its pages: run beside them, it would slow them down
        QTimer(self, singleShot=True, interval=0, timeout=self.refresh).start()

    # -- the check on the worker ------------------------------------------------------------------------

    def _document_changed(self, entities: frozenset) -> None:
        self._refresh_timer.start()  # many edits in a row: check once

    def refresh(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        ws, today = self.controller.workspace, self.today
        self.status.setText(self.tr("Checking the network…"))
        asked = []  # the task's cancelled(), handed over when the work starts on the worker
        work = self.health.with_course(ws, today, lambda: _check(ws, today, asked[0]))
        self.task = self.start(lambda progress, cancelled: asked.append(cancelled) or work(progress, cancelled))
        self.task.finished.connect(lambda result: (self.health.show_result(result[1]), self._show(result[0])))
        self.task.failed.connect(self._failed)

    def _failed(self, exc) -> None:
        self.status.setText(self.tr("The network check failed: %1").replace("%1", str(exc)))

    def _show(self, report) -> None:
        self.report = report
        result: CheckResult = report.result
        lang = current_language()
        self.status.setText(self.tr("As of %1").replace("%1", formatting.day(result.as_of, lang))
                            + ("" if result.betweenness_exact else " · " + self.tr(
                                "large network: who links whom is estimated")))
        firm = result.own_firm.name if result.own_firm else ""
        self.heading.setText(self.tr("Network of %1").replace("%1", firm) if firm else self.tr("Overview"))
        figures = {f.dimension: f for f in result.dimensions}
        for dimension, card in self.cards.items():
            card.show_figures(figures.get(dimension))
        if self.chart is None:
            from .dashboard_charts import DimensionChart

            self.chart = DimensionChart()
            self.chart_box.layout().addWidget(self.chart)
        self.chart.show_figures([figures.get(d) for d in Dimension])
        self._fill_goals()
        self._fill_overdue(result)
        self._fill_recommendations(report)
        self.checkFinished.emit()

    def figures_shown(self) -> dict[Dimension, DimensionFigures | None]:
        """The figures the cards show (for the tests that compare them with the workbook)."""
        if self.report is None:
            return {}
        return {f.dimension: f for f in self.report.result.dimensions}

    def _fill_goals(self) -> None:
        from ...services import queries

        while self.goals_layout.count():
            widget = self.goals_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        goals = [g for g in queries.list_goals(self.controller.workspace) if is_live(g.status)]
        goals.sort(key=lambda g: (g.kpi_progress is None, -(g.kpi_progress or 0)))
        for row, goal in enumerate(goals[:MAX_GOALS]):
            link = QPushButton(goal.title, flat=True, objectName="dashboardGoalLink")
            link.setStyleSheet("text-align: left; padding: 1px 4px;")
            link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # long titles elide, not widen
            link.setToolTip(goal.title)
            link.clicked.connect(lambda _c=False, gid=goal.id: self.goalRequested.emit(gid))
            bar = QProgressBar(objectName="dashboardGoalProgress", maximum=100)
            bar.setMaximumHeight(link.sizeHint().height())
            if goal.kpi_progress is None:
                bar.setFormat(self.tr("no KPI"))
                bar.setValue(0)
            else:
                bar.setValue(round(goal.kpi_progress * 100))
                bar.setFormat(formatting.percent(goal.kpi_progress, current_language()))
            self.goals_layout.addWidget(link, row, 0)
            self.goals_layout.addWidget(bar, row, 1)
        if len(goals) > MAX_GOALS:
            more = QPushButton(self.tr("All %n current goal(s)", "", len(goals)), flat=True,
                               objectName="dashboardAllGoals")
            more.clicked.connect(lambda: self.goalRequested.emit(goals[0].id))
            self.goals_layout.addWidget(more, MAX_GOALS, 1, Qt.AlignmentFlag.AlignRight)
        if not goals:
            self.goals_layout.addWidget(QLabel(self.tr("No current goal yet: set one in the Goals tab.")), 0, 0)
        self.goals_layout.setRowStretch(self.goals_layout.rowCount(), 1)  # spare height below the last goal

    def _line(self, text: str, colour: str, href: str, name: str) -> QLabel:
        label = QLabel(_linked(text, colour, href, self.tr("Show")), objectName=name, wordWrap=True,
                       textFormat=Qt.TextFormat.RichText)
        label.setMinimumWidth(120)  # wraps rather than widening the page
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(self.follow)
        label.setProperty("href", href)
        return label

    @staticmethod
    def _clear(layout, labels: list[QLabel]) -> None:
        for label in labels:
            layout.removeWidget(label)
            label.deleteLater()
        labels.clear()

    def _fill_overdue(self, result: CheckResult) -> None:
        self._clear(self.overdue_lines, self.overdue_labels)
        overdue = result.overdue_actions
        for action in overdue[:MAX_OVERDUE]:
            text = self.tr("%1 – overdue by %n day(s)", "", action.days_overdue or 0).replace("%1", action.title)
            label = self._line(text, "#c62828", f"action:{action.id}", "dashboardOverdueLine")
            label.setToolTip(self.tr("Goal: %1").replace("%1", action.goal_title))
            self.overdue_labels.append(label)
        if not overdue:
            self.overdue_labels.append(QLabel(self.tr("No overdue actions."), objectName="dashboardOverdueLine"))
        for label in self.overdue_labels:
            self.overdue_lines.addWidget(label)
        self.all_overdue.setText(self.tr("Show all %n overdue action(s)", "", len(overdue)))
        self.all_overdue.setVisible(len(overdue) > 0)

    def _fill_recommendations(self, report) -> None:
        self._clear(self.recommendation_lines, self.recommendation_labels)
        lang = current_language()
        for rec in report.recommendations[:MAX_RECOMMENDATIONS]:
            href = f"{rec.evidence_kind}:{rec.evidence[0].id}" if rec.evidence else ""
            self.recommendation_labels.append(self._line(
                rec.text(lang), SEVERITY_COLOURS.get(str(rec.severity), "#546e7a"), href,
                "dashboardRecommendation"))
        if not report.recommendations:
            self.recommendation_labels.append(QLabel(self.tr("The check found nothing to recommend."),
                                                     objectName="dashboardRecommendation"))
        for i, label in enumerate(self.recommendation_labels):
            self.recommendation_lines.insertWidget(i, label)

    def follow(self, href: str) -> None:
        """Go to what a line is about: ``kind:id`` (partner, goal, action, relationship)."""
        kind, _, ref = href.partition(":")
        if not ref:
            return
        {"partner": self.partnerRequested, "goal": self.goalRequested, "action": self.actionRequested,
         "relationship": self.relationshipRequested}.get(kind, self.partnerRequested).emit(ref)

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.goals_box.setTitle(self.tr("Goal progress"))
        self.overdue_box.setTitle(self.tr("Overdue actions"))
        self.recommendations_box.setTitle(self.tr("What the network check recommends"))
        if self.report is not None:
            self._show(self.report)
