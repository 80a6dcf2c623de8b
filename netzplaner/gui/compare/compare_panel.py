"""The "Vergleich" tab (issue 12, part 2): what changed between two states of the network. On top the two states
("from" a snapshot, "to" a later snapshot or now) and a row of summary cards (partners, relationships, quality,
goals, actions, network check); below the details grouped the same way. A card opens its group; a double click on
a line (or Enter) leads to its partner, relationship, goal or action in the other tabs; "On the map" shows the
same two states in the map's comparison mode.

Reading both states and comparing them (with the network check of each) runs on the worker; the tab reads only
while it is shown (and again after an edit or a new snapshot).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import NetzplanerError, NotFoundError
from ...services.compare import Comparison, compare_states
from ..common.document_view import DocumentView
from ..common.flow_layout import FlowLayout
from ..common.i18n import Retranslating
from ..common.messages import error_text
from ..shell.controller import DocumentController
from . import compare_lines
from .compare_card import CompareCard
from .compare_model import TARGET_ROLE, CompareModel
from .states import list_states, read_state, state_id, state_name


class ComparePanel(DocumentView, Retranslating, QWidget):
    partnerRequested = Signal(str)
    relationshipRequested = Signal(str)
    goalRequested = Signal(str)
    actionRequested = Signal(str)
    mapRequested = Signal(object, object)  # the two states (SnapshotInfo or None = now)
    compared = Signal()  # a comparison is shown

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.attach(controller)
        self.today = today
        self.states: list = []
        self.chosen: tuple[str | None, str | None] | None = None  # ids of from and to; None: the latest and now
        self.comparison: Comparison | None = None
        self._dirty = True
        self._generation = 0
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_box = QComboBox(objectName="compareFrom")
        self.to_box = QComboBox(objectName="compareTo")
        for label, box in ((self.from_label, self.from_box), (self.to_label, self.to_box)):
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.map_button = QPushButton(objectName="compareOnMap")
        self.status = QLabel(objectName="compareStatus", wordWrap=True)
        self.status.setStyleSheet("color: #455a64;")
        self.card_widgets: dict[str, CompareCard] = {}
        self.cards = FlowLayout()
        self.model = CompareModel(self)
        self.tree = QTreeView(objectName="compareDetails")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)

        top = QHBoxLayout()
        for widget in (self.from_label, self.from_box, self.to_label, self.to_box, self.map_button):
            top.addWidget(widget)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(self.cards)
        layout.addWidget(self.tree, 1)

        self.from_box.activated.connect(self._picked)
        self.to_box.activated.connect(self._picked)
        self.map_button.clicked.connect(self._on_map)
        self.tree.activated.connect(self._follow_index)
        self.listen(controller.changed, self._document_changed)
        self.retranslate()

    # -- reading and comparing on the worker ------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _document_changed(self, _entities: frozenset) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """List the states and compare the two chosen (by default the latest snapshot with now)."""
        self._dirty = False
        self._generation += 1
        generation, ws, chosen = self._generation, self.controller.workspace, self.chosen
        today = self.today or date.today()

        def work(progress, cancelled):
            states = list_states(ws)
            if len(states) < 2:
                return states, None, None, None, None
            ids = [state_id(s) for s in states]
            before_id, after_id = chosen if chosen is not None else (ids[-2], None)
            before = states[ids.index(before_id)] if before_id in ids else states[-2]
            after = states[ids.index(after_id)] if after_id in ids else None
            try:
                result = compare_states(read_state(ws, before), read_state(ws, after), today,
                                        from_label=before.label if before is not None else "now",
                                        to_label=after.label if after is not None else "now")
            except NetzplanerError as exc:  # a damaged state: the pickers still offer the others
                return states, before, after, None, exc
            return states, before, after, result, None

        self.status.setText(self.tr("Comparing…"))
        task = self.start(work)
        task.finished.connect(lambda result: self._shown(generation, *result))
        task.failed.connect(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc) -> None:
        if generation == self._generation:
            said = error_text(exc) if isinstance(exc, NetzplanerError) else str(exc)
            self.status.setText(self.tr("The comparison failed: %1").replace("%1", said))
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.comparison = None
        self.model.clear()
        self._fill_cards(())
        self.map_button.setEnabled(False)

    def _shown(self, generation: int, states: list, before, after, comparison: Comparison | None,
               problem: NetzplanerError | None) -> None:
        if generation != self._generation:
            return
        self.states = states
        self._fill_boxes(before, after)
        self.comparison = comparison
        if problem is not None:  # the two chosen stay chosen; another pair can be picked
            self.chosen = (state_id(before), state_id(after))
            self._failed(generation, problem)
            return
        if comparison is None:
            self.status.setText(self.tr("No state taken yet. Take the network's state (States menu) to see "
                                        "later what changed since."))
            self._show_nothing()
            return
        self.chosen = (state_id(before), state_id(after))
        self.map_button.setEnabled(True)
        said = self.tr("%1 compared with %2").replace("%1", state_name(after)).replace("%2", state_name(before))
        self.status.setText(said[:1].upper() + said[1:])  # "now" opens the sentence: "Jetzt verglichen mit …"
        self._show_comparison()
        self.compared.emit()

    def _show_comparison(self) -> None:
        self._fill_cards(compare_lines.cards(self.comparison))
        self.model.show_groups(compare_lines.groups(self.comparison))
        self.tree.expandAll()

    def _fill_boxes(self, before, after) -> None:
        for box, chosen, states in ((self.from_box, before, self.states[:-1]), (self.to_box, after, self.states)):
            box.blockSignals(True)
            box.clear()
            for state in states:
                box.addItem(state_name(state), state_id(state))
            box.setCurrentIndex(max(box.findData(state_id(chosen)), 0))
            box.blockSignals(False)

    def _fill_cards(self, cards) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.card_widgets = {}
        for card in cards:
            widget = CompareCard(card)
            widget.setToolTip(self.tr("Show the details"))
            widget.clicked.connect(self.open_group)
            self.cards.addWidget(widget)
            self.card_widgets[card.key] = widget

    def _picked(self, _index: int) -> None:
        before, after = self.from_box.currentData(), self.to_box.currentData()
        self.chosen = (before, after)
        self.refresh()

    # -- leading on ---------------------------------------------------------------------------------------

    def open_group(self, key: str) -> None:
        row = self.model.group_row(key)
        if row >= 0:
            index = self.model.index(row, 0)
            self.tree.expand(index)
            self.tree.scrollTo(index, QTreeView.ScrollHint.PositionAtTop)
            self.tree.setCurrentIndex(index)

    def _follow_index(self, index) -> None:
        self.follow(index.data(TARGET_ROLE) or "")

    def follow(self, target: str) -> bool:
        """Go to what a line is about ("kind:id"); a partner, tie, goal or action that is no longer in the
        document is named in the status line instead."""
        kind, _, ref = target.partition(":")
        if not ref:
            return False
        try:
            self.controller.workspace.get(kind, ref)
        except NotFoundError:  # gone since, or a state's only
            self.status.setText(self.tr("This is no longer in the document; the map's comparison shows it as a "
                                        "ghost."))
            return False
        {"partner": self.partnerRequested, "relationship": self.relationshipRequested, "goal": self.goalRequested,
         "action": self.actionRequested}[kind].emit(ref)
        return True

    def _on_map(self) -> None:
        ids = [state_id(s) for s in self.states]
        if self.chosen is None or self.chosen[0] not in ids:
            return
        before_id, after_id = self.chosen
        after = self.states[ids.index(after_id)] if after_id in ids else None
        self.mapRequested.emit(self.states[ids.index(before_id)], after)

    # -- language -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.map_button.setText(self.tr("On the map"))
        self.map_button.setToolTip(self.tr("Show the two states in the network map's comparison mode"))
        if self.comparison is not None:
            self._fill_boxes(*self._chosen_states())
            self._show_comparison()

    def _chosen_states(self) -> tuple:
        ids = [state_id(s) for s in self.states]
        return tuple(self.states[ids.index(i)] if i in ids else None for i in (self.chosen or (None, None)))
