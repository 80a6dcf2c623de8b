"""The relationships of the selected partner (or all), with new, edit, assess and delete.

The side panel is narrow: it shows the partner, the quality index as a coloured badge, the date of the last
assessment and the strength, sized from the font, so it needs no horizontal scroll bar; the kind of the
relationship is in the row's tool tip and in the edit dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import queries, relationships
from ..common import ask
from .assessment_dialog import AssessmentDialog
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from ..common.i18n import Retranslating
from .relationship_dialog import RelationshipDialog
from .relationship_model import (
    ASSESSED,
    KIND,
    PARTNER_A,
    PARTNER_B,
    QUALITY,
    STRENGTH,
    RelationshipIdRole,
    RelationshipTableModel,
    SortRole,
)
from ..common.tables import SAMPLE_DATE, ColumnSizer

NAME_CHARACTERS = 12  # the partner's name gets at least this much room before it is shortened with "…"


def _badge_colour(quality: float | None) -> str:
    """The map's traffic-light colour of a quality index (None: not assessed)."""
    import numpy as np  # here, not at the top: numpy and the map's style load when a badge is drawn, not at start

    from ..map.map_style import band_colour, quality_band

    return band_colour(int(quality_band(np.array([np.nan if quality is None else quality]))[0]))


class QualityBadgeDelegate(QStyledItemDelegate):
    """The quality index as a badge in the traffic-light colours of the map; a grey dash when not assessed."""

    def paint(self, painter: QPainter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        quality = index.data(SortRole)
        assessed = quality is not None and quality >= 0
        colour = QColor(_badge_colour(quality if assessed else None))
        text = f"{quality:.0f}" if assessed else "–"
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance("100"), metrics.horizontalAdvance(text)) + metrics.height()
        height = metrics.height() + 2
        rect = QRectF(option.rect.center().x() - width / 2, option.rect.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class RelationshipPanel(DocumentView, Retranslating, QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipPanel")
        self.attach(controller)
        own = queries.own_firm(controller.workspace)
        start = controller.selection.current_partner or (own.id if own else None)
        self.model = RelationshipTableModel(controller, self, partner_id=start)
        self.title = QLabel(objectName="relationshipTitle", wordWrap=True)
        self.show_all = QCheckBox(objectName="relationshipShowAll")
        self.table = QTableView(objectName="relationshipTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QUALITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(QUALITY, QualityBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # ResizeToContents reads every row
        header.setStretchLastSection(False)
        for column in (PARTNER_A, PARTNER_B):  # the names take the room the fixed columns leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(QUALITY), PARTNER_B + 1)
        header.moveSection(header.visualIndex(ASSESSED), PARTNER_B + 2)
        self.table.setColumnHidden(KIND, True)
        self.sizer = ColumnSizer(self.table, (NAME_CHARACTERS, NAME_CHARACTERS, 0, "●●●●●  5", "100", SAMPLE_DATE))
        self.new_button = QPushButton(objectName="newRelationship")
        self.edit_button = QPushButton(objectName="editRelationship")
        self.assess_button = QPushButton(objectName="assessRelationship")
        self.delete_button = QPushButton(objectName="deleteRelationship")
        self.new_button.clicked.connect(self.new_relationship)
        self.edit_button.clicked.connect(self.edit_current)
        self.assess_button.clicked.connect(self.assess_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.assess_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_all.toggled.connect(lambda _on: self._follow_selection())
        self.listen(controller.selection.partnersChanged, lambda _ids: self._follow_selection())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: controller.selection.set_relationship(
                current.data(RelationshipIdRole) if current.isValid() else None))
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self._follow_selection()
        self._fit_width()

    def sizeHint(self) -> QSize:
        """The dock opens with room for longer names than its minimum allows."""
        return QSize(self.minimumWidth() + 12 * self.fontMetrics().averageCharWidth(), super().sizeHint().height())

    def _fit_width(self) -> None:
        """Wide enough for a shortened name and the fixed columns: no horizontal scroll bar at any font size."""
        columns = [PARTNER_B, STRENGTH, QUALITY, ASSESSED]
        table = sum(self.sizer.width_of(c) for c in columns) + self.table.frameWidth() * 2
        table += self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.table)
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(table + margins.left() + margins.right())

    def _follow_selection(self) -> None:
        partner = None if self.show_all.isChecked() else self.controller.selection.current_partner
        if partner is None and not self.show_all.isChecked():
            own = queries.own_firm(self.controller.workspace)
            partner = own.id if own else None
        if partner != self.model.partner_id or partner is None:
            self.model.set_partner(partner)
        self.table.setColumnHidden(0, partner is not None)  # the title already names the partner
        self._update_title()

    def _update_title(self) -> None:
        if self.model.partner_id is None:
            self.title.setText(self.tr("All relationships"))
        else:
            name = self.controller.workspace.get("partner", self.model.partner_id).name
            self.title.setText(self.tr("Relationships of “%1”").replace("%1", name))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(RelationshipIdRole) if index.isValid() else None

    def select(self, relationship_id: str) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(RelationshipIdRole) == relationship_id:
                self.table.setCurrentIndex(index)
                return

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for button in (self.edit_button, self.assess_button, self.delete_button):
            button.setEnabled(has)

    def new_relationship(self) -> None:
        dialog = RelationshipDialog(self.controller, partner_id=self.model.partner_id, parent=self)
        if dialog.exec() and dialog.relationship_id:
            self.select(dialog.relationship_id)

    def edit_current(self) -> None:
        if self.current_id():
            RelationshipDialog(self.controller, self.current_id(), parent=self).exec()

    def assess_current(self) -> None:
        if self.current_id():
            AssessmentDialog(self.controller, self.current_id(), self).exec()

    def delete_current(self) -> None:
        rid = self.current_id()
        if not rid:
            return
        command = relationships.delete_relationship(self.controller.workspace, rid)
        count = len(queries.assessments_of(self.controller.workspace, rid))
        question = self.tr("Delete the relationship “%1” – “%2”?").replace("%1", command.params["source"]) \
            .replace("%2", command.params["target"])
        detail = self.tr("Its %n assessment(s) will be deleted too. You can undo this.", "", count)
        if ask.confirm(self, self.tr("Delete relationship"), question, detail, yes_text=self.tr("Delete")):
            self.controller.run(command)

    def retranslate(self) -> None:
        self.show_all.setText(self.tr("Show all relationships"))
        self.new_button.setText(self.tr("New relationship…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.assess_button.setText(self.tr("Assess…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # retranslates on a language switch
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._fit_width()
