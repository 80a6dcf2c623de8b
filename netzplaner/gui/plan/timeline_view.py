"""A Gantt-like timeline of the collaboration actions, grouped by goal.

A scroll area that paints its viewport itself: the month header, the label column and the legend stay put while
the chart scrolls, and only the rows inside the damaged rectangle are drawn, so 10,000 actions stay smooth.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from ...domain.entities import Action
from ...domain.enums import ActionStatus, GoalStatus
from ...domain.plan import is_overdue
from ..common.i18n import Retranslating, term

HEADER_H, FOOTER_H, ROW_H = 30, 24, 24
LABEL_W = 380       # title (elided to TITLE_W) + owner
TITLE_W = 220
MIN_MONTH_W = 90    # below this the month names no longer fit
OPEN_END_DAYS = 14  # an action without due date is drawn this long, hatched
MARGIN_DAYS = 5

STATUS_COLOURS = {
    ActionStatus.OPEN: QColor("#8a9bb4"),
    ActionStatus.IN_PROGRESS: QColor("#2f6fd0"),
    ActionStatus.DONE: QColor("#3c9a5f"),
    ActionStatus.BLOCKED: QColor("#8b1a1a"),
}
OVERDUE, TODAY = QColor("#e53935"), QColor("#e65100")
INK, GREY, LINE, GRID = QColor("#263238"), QColor("#78828c"), QColor("#c5ccd4"), QColor("#e3e7ec")
PANEL, GOAL_BAND, SELECTED = QColor("#f7f9fb"), QColor("#e9eef4"), QColor("#dce8fa")


class TimelineView(Retranslating, QAbstractScrollArea):
    """Actions as bars over the calendar; click selects, double click opens."""

    actionSelected = Signal(str)
    actionActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("actionTimeline")
        self._rows: list[tuple[str, object]] = []   # ("goal", title) or ("action", Action)
        self._index: dict[str, int] = {}              # action id -> row
        self._goal_titles: dict[str, str] = {}
        self._goal_status: dict[str, GoalStatus] = {}
        self._today = self._first = date.today()
        self._days = 1
        self._ppd = MIN_MONTH_W / 30.0                # pixels per day
        self._selected = ""
        self._bold = QFont()

    # --- data -------------------------------------------------------------------------------------------------

    def set_actions(self, actions: list[Action], goal_titles: dict[str, str], today: date,
                    goal_status: dict[str, GoalStatus] | None = None) -> None:
        """Show ``actions``; goals keep the order of ``goal_titles``, actions sort by date within a goal;
        ``goal_status`` decides which are overdue (none under an achieved or dropped goal)."""
        self._today, self._goal_titles, self._goal_status = today, dict(goal_titles), dict(goal_status or {})
        order = {goal_id: i for i, goal_id in enumerate(goal_titles)}
        far = date.max

        def key(a: Action):
            return (order.get(a.goal_id, len(order)), a.goal_id, a.start_date or a.due_date or far,
                    a.due_date or far, a.title.casefold())

        self._rows, self._index, goal, dates = [], {}, None, [today]
        for action in sorted(actions, key=key):
            if action.goal_id != goal:
                goal = action.goal_id
                self._rows.append(("goal", goal_titles.get(goal) or self.tr("(without goal)")))
            self._index[action.id] = len(self._rows)
            self._rows.append(("action", action))
            dates += [d for d in (action.start_date, action.due_date) if d]
            if action.start_date and not action.due_date:
                dates.append(action.start_date + timedelta(days=OPEN_END_DAYS))
        # whole months, with a few days' air on both sides
        low, high = min(dates) - timedelta(days=MARGIN_DAYS), max(dates) + timedelta(days=MARGIN_DAYS)
        self._first = low.replace(day=1)
        self._days = (_next_month(high) - self._first).days
        if self._selected not in self._index:
            self._selected = ""
        self._relayout()
        if not getattr(self, "_shown_today", False):  # open on the present, with some past to its left
            self._shown_today = True
            self.horizontalScrollBar().setValue(max(0, int((today - self._first).days * self._ppd
                                                           - (self.viewport().width() - LABEL_W) / 4)))

    def selected_action(self) -> str:
        return self._selected

    def select_action(self, action_id: str) -> None:
        """Follow the shared selection: highlight the action and bring it into view (no signal)."""
        row = self._index.get(action_id)
        self._selected = action_id if row is not None else ""
        if row is not None and not 0 <= self._row_top(row) - HEADER_H <= self._body_h() - ROW_H:
            self.verticalScrollBar().setValue(row * ROW_H - self._body_h() // 3)
        when = row is not None and (self._rows[row][1].start_date or self._rows[row][1].due_date)
        if when and not LABEL_W <= self._x(when) <= self.viewport().width() - 20:
            self.horizontalScrollBar().setValue(int((when - self._first).days * self._ppd) - 40)
        self.viewport().update()

    # --- geometry (viewport coordinates) ----------------------------------------------------------------------

    def _body_h(self) -> int:
        return max(0, self.viewport().height() - HEADER_H - FOOTER_H)

    def _relayout(self) -> None:
        # stretch a short plan over the whole width; a long one scrolls
        chart_w = max(1, self.viewport().width() - LABEL_W)
        self._ppd = max(MIN_MONTH_W / 30.0, chart_w / max(self._days, 1))
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, int(self._days * self._ppd) - chart_w))
        hbar.setPageStep(chart_w)
        vbar.setRange(0, max(0, len(self._rows) * ROW_H - self._body_h()))
        vbar.setPageStep(self._body_h())
        vbar.setSingleStep(ROW_H)
        self.viewport().update()

    def _x(self, day: date) -> float:
        return LABEL_W + (day - self._first).days * self._ppd - self.horizontalScrollBar().value()

    def _row_top(self, row: int) -> int:
        return HEADER_H + row * ROW_H - self.verticalScrollBar().value()

    def _row_at(self, y: float) -> int:
        if y < HEADER_H or y >= self.viewport().height() - FOOTER_H:
            return -1
        row = int((y - HEADER_H + self.verticalScrollBar().value()) // ROW_H)
        return row if 0 <= row < len(self._rows) else -1

    def _bar(self, action: Action, row: int) -> QRectF:
        top = self._row_top(row) + 5
        if action.start_date and action.due_date:
            left, right = sorted((self._x(action.start_date), self._x(action.due_date + timedelta(days=1))))
        elif action.start_date:
            left, right = self._x(action.start_date), self._x(action.start_date + timedelta(days=OPEN_END_DAYS))
        elif action.due_date:  # milestone: a diamond centred on the due day
            centre = self._x(action.due_date) + self._ppd / 2
            return QRectF(centre - 7, top - 1, 14, ROW_H - 8)
        else:
            return QRectF()
        return QRectF(left, top, max(right - left, 6.0), ROW_H - 10)  # a one-day meeting stays visible

    def bar_rect(self, action_id: str) -> QRectF:
        """The bar of an action in viewport coordinates (empty when it has no dates or is unknown)."""
        row = self._index.get(action_id)
        return QRectF() if row is None else self._bar(self._rows[row][1], row)

    def is_overdue(self, action_id: str) -> bool:
        row = self._index.get(action_id)
        return row is not None and self._overdue(self._rows[row][1])

    def _overdue(self, action: Action) -> bool:
        return is_overdue(action, self._goal_status.get(action.goal_id), self._today)

    def row_texts(self) -> list[str]:
        """The left column, top to bottom: goal titles and action titles."""
        return [item if kind == "goal" else item.title for kind, item in self._rows]

    def month_labels(self) -> list[str]:
        """The header's month names, the year added at the first month and at each January."""
        locale, labels = QLocale(), []
        for month in self._month_starts():
            text = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
            labels.append(f"{text} {month.year}" if not labels or month.month == 1 else text)
        return labels

    def _month_starts(self) -> list[date]:
        out, month, end = [], self._first, self._first + timedelta(days=self._days)
        while month < end:
            out.append(month)
            month = _next_month(month)
        return out

    # --- painting ---------------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.viewport().width(), self.viewport().height()
        bottom, rect = h - FOOTER_H, event.rect()
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        first = max(0, self._row_at(max(rect.top(), HEADER_H)))
        last = self._row_at(min(rect.bottom(), bottom - 1))
        rows = range(first, (len(self._rows) - 1 if last < 0 else last) + 1)  # only what is on screen
        p.fillRect(rect, Qt.GlobalColor.white)
        for row in rows:  # goal bands and the selection span label and chart
            kind, item = self._rows[row]
            if kind == "goal" or item.id == self._selected:
                p.fillRect(QRectF(0, self._row_top(row), w, ROW_H), GOAL_BAND if kind == "goal" else SELECTED)
        p.setClipRect(QRectF(LABEL_W, HEADER_H, w - LABEL_W, bottom - HEADER_H))
        months = self._month_starts()
        p.setPen(QPen(GRID, 1))
        for month in months:
            p.drawLine(QPointF(self._x(month), HEADER_H), QPointF(self._x(month), bottom))
        for row in rows:
            self._paint_row_chart(p, row, w)
        x = self._x(self._today) + self._ppd / 2
        p.setPen(QPen(TODAY, 2))
        p.drawLine(QPointF(x, HEADER_H), QPointF(x, bottom))
        p.setClipRect(QRectF(0, HEADER_H, LABEL_W, bottom - HEADER_H))
        for row in rows:
            self._paint_row_label(p, row)
        p.setClipping(False)
        p.setPen(QPen(LINE, 1))
        p.drawLine(QPointF(LABEL_W, 0), QPointF(LABEL_W, bottom))
        self._paint_header(p, months, w)
        self._paint_footer(p, w, h)

    def _paint_row_chart(self, p: QPainter, row: int, w: int) -> None:
        kind, item = self._rows[row]
        if kind == "goal":
            return
        top, bar = self._row_top(row), self._bar(item, row)
        if bar.isEmpty():
            italic = QFont(self.font())
            italic.setItalic(True)
            p.setFont(italic)
            p.setPen(GREY)
            p.drawText(QRectF(LABEL_W + 8, top, 300, ROW_H), Qt.AlignmentFlag.AlignVCenter, self.tr("no dates"))
            p.setFont(self.font())
            return
        colour = STATUS_COLOURS.get(item.status, GREY)
        overdue = self._overdue(item)
        if bar.right() < LABEL_W or bar.left() > w:  # scrolled out of sight: point to it
            left = bar.right() < LABEL_W
            p.setPen(colour)
            p.drawText(QRectF(LABEL_W + 4 if left else w - 18, top, 14, ROW_H), Qt.AlignmentFlag.AlignCenter,
                       "◀" if left else "▶")
            if overdue:
                _warning(p, QPointF(LABEL_W + 28 if left else w - 30, top + ROW_H / 2))
            return
        pen = QPen(OVERDUE, 2) if overdue else QPen(colour.darker(130), 1)
        p.setPen(pen)
        p.setBrush(colour)
        if item.start_date and item.due_date:
            p.drawRoundedRect(bar, 3, 3)
        elif item.start_date:
            _paint_open_end(p, bar, colour, pen)
        else:
            p.drawPolygon(_diamond(bar.center(), bar.height() / 2))
        if overdue:
            _warning(p, QPointF(bar.right() + 10, top + ROW_H / 2))

    def _paint_row_label(self, p: QPainter, row: int) -> None:
        kind, item = self._rows[row]
        rect = QRectF(6, self._row_top(row), LABEL_W - 12, ROW_H)
        p.setPen(INK)
        if kind == "goal":
            p.setFont(self._bold)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(self._bold).elidedText(item, Qt.TextElideMode.ElideRight, int(rect.width())))
            p.setFont(self.font())
            return
        fm = self.fontMetrics()
        p.drawText(rect.adjusted(12, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(item.title, Qt.TextElideMode.ElideRight, TITLE_W))
        p.setPen(GREY)
        p.drawText(rect.adjusted(TITLE_W + 20, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(item.owner, Qt.TextElideMode.ElideRight, LABEL_W - TITLE_W - 32))

    def _paint_header(self, p: QPainter, months: list[date], w: int) -> None:
        p.fillRect(QRectF(0, 0, w, HEADER_H), PANEL)
        p.setPen(LINE)
        p.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(w, HEADER_H - 0.5))
        p.setPen(INK)
        p.drawText(QRectF(6, 0, TITLE_W, HEADER_H), Qt.AlignmentFlag.AlignVCenter, self.tr("Goal / action"))
        p.drawText(QRectF(TITLE_W + 26, 0, LABEL_W - TITLE_W - 32, HEADER_H), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Responsible"))
        p.setClipRect(QRectF(LABEL_W, 0, w - LABEL_W, HEADER_H))
        for month, text in zip(months, self.month_labels()):
            x = self._x(month)
            p.setPen(LINE)
            p.drawLine(QPointF(x, 4), QPointF(x, HEADER_H))
            p.setFont(self._bold if " " in text else self.font())  # with the year
            p.setPen(INK)
            p.drawText(QRectF(x + 5, 0, 30 * self._ppd - 8, HEADER_H), Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())
        x = self._x(self._today) + self._ppd / 2
        p.setPen(TODAY)
        p.drawText(QRectF(x - 40, HEADER_H - 13, 80, 13), Qt.AlignmentFlag.AlignCenter, "▼")
        p.setClipping(False)

    def _paint_footer(self, p: QPainter, w: int, h: int) -> None:
        """A legend, so the colours and shapes need no explanation in the workshop."""
        top = h - FOOTER_H
        p.fillRect(QRectF(0, top, w, FOOTER_H), PANEL)
        p.setPen(LINE)
        p.drawLine(QPointF(0, top + 0.5), QPointF(w, top + 0.5))
        entries = [(colour, term(status)) for status, colour in STATUS_COLOURS.items()]
        entries += [("overdue", self.tr("overdue")), ("today", self.tr("today")),
                    ("milestone", self.tr("due date only")), ("open", self.tr("no due date yet"))]
        x = 8.0
        for mark, text in entries:
            box = QRectF(x, top + FOOTER_H / 2 - 5, 18, 10)
            if isinstance(mark, QColor):
                p.setPen(QPen(mark.darker(130), 1))
                p.setBrush(mark)
                p.drawRoundedRect(box, 2, 2)
            elif mark == "overdue":
                _warning(p, box.center())
            elif mark == "today":
                p.setPen(QPen(TODAY, 2))
                p.drawLine(QPointF(box.center().x(), top + 4), QPointF(box.center().x(), h - 4))
            elif mark == "milestone":
                p.setPen(QPen(GREY.darker(130), 1))
                p.setBrush(GREY)
                p.drawPolygon(_diamond(box.center(), 6))
            else:
                _paint_open_end(p, box, GREY, QPen(GREY.darker(130), 1))
            p.setPen(INK)
            p.drawText(QRectF(x + 23, top, 400, FOOTER_H), Qt.AlignmentFlag.AlignVCenter, text)
            x += 23 + self.fontMetrics().horizontalAdvance(text) + 18

    # --- interaction ------------------------------------------------------------------------------------------

    def _action_at(self, pos) -> Action | None:
        row = self._row_at(pos.y())
        if row < 0 or self._rows[row][0] != "action":
            return None
        action = self._rows[row][1]
        # the label and the bar (a little wider: milestones are small) are targets, empty chart space is not
        hit = pos.x() < LABEL_W or self._bar(action, row).adjusted(-4, -3, 4, 3).contains(QPointF(pos))
        return action if hit else None

    def mousePressEvent(self, event) -> None:
        action = self._action_at(event.position().toPoint())
        if action is not None and event.button() == Qt.MouseButton.LeftButton:
            self._selected = action.id
            self.viewport().update()
            self.actionSelected.emit(action.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        action = self._action_at(event.position().toPoint())
        if action is not None and event.button() == Qt.MouseButton.LeftButton:
            self.actionActivated.emit(action.id)
        else:
            super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            action = self._action_at(event.pos())
            if action is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(action), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip(self, a: Action) -> str:
        locale = QLocale()
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        fmt = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # "30.05.2025", not "30.05.25"

        def day(d: date | None) -> str:
            return locale.toString(QDate(d.year, d.month, d.day), fmt) if d else "…"

        lines = [f"<b>{html.escape(a.title)}</b>",
                 self.tr("Goal: {0}").format(html.escape(self._goal_titles.get(a.goal_id, ""))),
                 self.tr("Responsible: {0}").format(html.escape(a.owner or "–")),
                 f"{day(a.start_date)} – {day(a.due_date)}",
                 self.tr("Status: {0}").format(term(a.status))]
        if self._overdue(a):
            days = (self._today - a.due_date).days
            lines.append(f"<span style='color:#c62828'>⚠ {self.tr('Overdue by %n day(s)', '', days)}</span>")
        return "<br>".join(lines)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()  # header and label column are fixed: repaint instead of scrolling pixels

    def retranslate(self) -> None:
        self.viewport().update()  # month names, legend and texts are read at paint time


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _diamond(c: QPointF, r: float) -> QPolygonF:
    return QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)])


def _paint_open_end(p: QPainter, bar: QRectF, colour: QColor, pen: QPen) -> None:
    """No due date yet: a pale hatched bar with a dashed outline, its length is only a guess."""
    p.fillRect(bar, colour.lighter(175))
    p.fillRect(bar, QBrush(colour.darker(110), Qt.BrushStyle.BDiagPattern))
    p.setPen(pen)
    p.drawLine(bar.topLeft(), bar.bottomLeft())
    dashed = QPen(pen)
    dashed.setStyle(Qt.PenStyle.DashLine)
    p.setPen(dashed)
    p.drawPolyline(QPolygonF([bar.topLeft(), bar.topRight(), bar.bottomRight(), bar.bottomLeft()]))


def _warning(p: QPainter, centre: QPointF) -> None:
    """A small red warning triangle with an exclamation mark: overdue."""
    p.setPen(QPen(OVERDUE.darker(120), 1))
    p.setBrush(OVERDUE)
    p.drawPolygon(QPolygonF([centre + QPointF(0, -7), centre + QPointF(7, 6), centre + QPointF(-7, 6)]))
    p.setPen(QPen(Qt.GlobalColor.white, 1.6))
    p.drawLine(centre + QPointF(0, -3), centre + QPointF(0, 2))
    p.drawPoint(centre + QPointF(0, 4))
