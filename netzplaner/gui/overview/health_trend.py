"""The overview's health trend (issue 12, part 4): the health score's course over every saved state and now, one
line per network, and under it every component of today's score with its weight and its value per network, so
nobody has to trust a black box (the rule and what a value was computed from are in each cell's tooltip).

The course (each snapshot read back and judged) runs on the worker, in the overview's task with the network check
and from the same read of the document now; the figures are ``services.compare.health``'s
(``analysis.health.COMPONENTS``: the one declaration the workbook and the command line use too).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout

from ...domain import formatting
from ...domain.enums import Dimension
from ...domain.errors import NetzplanerError
from ...services.compare import COMPONENTS, Health
from ..common.i18n import Retranslating, current_language, shown_day, term, tr

WEIGHT_COLUMN = 1



def state_short(state) -> str:
    """A state on the chart's axis: its label and day, or "now"."""
    if state is None:
        return tr("now")
    return f"{state.label}\n{shown_day(state.taken_at)}"


class HealthModel(QStandardItemModel):
    """Today's score of each network and below it every component: name, weight, value per network."""

    def show_health(self, health: dict[Dimension, Health]) -> None:
        lang = current_language()
        self.clear()
        self.setHorizontalHeaderLabels([tr("Component"), tr("Weight"), *(term(d) for d in Dimension)])
        bold = QFont()
        bold.setBold(True)
        score = [QStandardItem(tr("Health score")), QStandardItem("100")]
        for dimension in Dimension:
            h = health.get(dimension)
            score.append(QStandardItem(formatting.number(h.score, lang, 0) if h else "–"))
        for item in score:
            item.setFont(bold)
        self.appendRow(score)
        for component in COMPONENTS:
            row = [QStandardItem(component.name(lang)), QStandardItem(formatting.number(component.weight, lang, 0))]
            row[0].setToolTip(component.rule(lang))
            for dimension in Dimension:
                h = health.get(dimension)
                value = h.component(component.key) if h else None
                cell = QStandardItem(formatting.number(value.value, lang, 0) if value else "–")
                if value is not None:
                    cell.setToolTip(tr("%1\nadds %2 of %3 points").replace("%1", value.detail(lang))
                                    .replace("%2", formatting.number(value.points, lang, 1))
                                    .replace("%3", formatting.number(component.weight, lang, 0)))
                    if value.value < 40:  # the weak spots stand out, as on the traffic lights
                        cell.setForeground(QBrush(QColor("#c62828")))
                row.append(cell)
            self.appendRow(row)
        for r in range(self.rowCount()):
            for c in range(1, self.columnCount()):
                self.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c in range(self.columnCount()):
                self.item(r, c).setEditable(False)


class HealthTrend(Retranslating, QGroupBox):
    """The overview's box: the course chart beside the components table."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardHealth")
        self.course: list | None = None
        self.chart = None  # pyqtgraph loads with the first figures
        self.model = HealthModel(self)
        self.table = QTableView(objectName="dashboardHealthTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # compact rows
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls, not it
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(tr("Computing the health course…"), objectName="dashboardHealthStatus", wordWrap=True)
        self.chart_column = QVBoxLayout()
        self.chart_column.addWidget(self.status)
        row = QHBoxLayout(self)
        row.addLayout(self.chart_column, 1)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def with_course(self, ws, today: date, check):
        """The overview's work on the worker: ``check()`` (the network check) and the health course from one read
        of the document now (``network_read.sharing``). Returns (the check's result, the course or the exception
        that stopped it: a damaged state must not cost the overview its check)."""
        from ...services.compare import health_course
        from ...services.network_read import sharing

        def work(progress, cancelled):
            with sharing(ws):
                result = check()
                try:
                    course = health_course(ws, today)
                except NetzplanerError as exc:
                    course = exc
            return result, course

        return work

    def show_result(self, course) -> None:
        if isinstance(course, Exception):
            self.status.setText(tr("The health course failed: %1").replace("%1", str(course)))
            self.status.show()
        else:
            self._show(course)

    def _show(self, course: list) -> None:
        self.course = course
        if self.chart is None:
            from .health_chart import HealthChart

            self.chart = HealthChart()
            self.chart.setMaximumHeight(max(300, self.fontMetrics().height() * 20))
            self.chart_column.addWidget(self.chart, 1)
        names = [state_short(state) for state, _health in course]
        scores = {d: [h[d].score for _state, h in course if d in h] for d in Dimension}
        self.chart.show_course(names, scores)
        self.status.setText(tr("One state so far: take more (States menu) to see the course.")
                            if len(course) < 2 else "")
        self.status.setVisible(len(course) < 2)
        self.model.show_health(course[-1][1])
        self._fit_table()

    def _fit_table(self) -> None:
        """The whole table without a scroll bar of its own: as tall as its rows, its columns as wide as their
        texts (the chart beside it takes the rest)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        height = header.height() + sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        width = sum(header.sectionSize(c) for c in range(self.model.columnCount()))
        self.table.setFixedSize(width + 2 * self.table.frameWidth(), height + 2 * self.table.frameWidth())

    def retranslate(self) -> None:
        self.setTitle(tr("Health of the networks over time"))
        self.setToolTip(tr("The score adds up the components below, each with its weight (points of 100)"))
        if self.course is not None:
            self._show(self.course)
