"""The map's comparison mode (issue 12, before/after on the map): a check box turns it on, a slider steps through
the saved states in order, each compared with the one before it (the last step: the document now against the
latest snapshot). The map then draws the later state at its positions with the marks of ``map_compare_layer``.

Reading both states and finding the changes runs on the worker; the map panel draws the result
(``MapPanel.show_content``). While comparing, the map shows a state, not the document to edit: a drag snaps back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QWidget

from ..common.i18n import Retranslating
from .map_compare_layer import CompareOverlay
from ..compare.states import list_states, state_id, state_name
from .map_compare_load import MapComparison, load_comparison


class MapCompareBar(Retranslating, QWidget):
    shown = Signal()  # a comparison is drawn

    def __init__(self, panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCompareBar")
        self.panel = panel
        self.states: list = []
        self.comparison: MapComparison | None = None
        self.pair: tuple | None = None  # (before, after) shown or on its way
        self._generation = 0
        self.toggle = QCheckBox(objectName="mapCompare")
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="mapCompareSlider")
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(140)
        self.slider.setMaximumWidth(260)
        self.slider.setEnabled(False)
        self.caption = QLabel(objectName="mapCompareCaption")
        layout = QHBoxLayout(self)  # the panel puts the check box among its filters; this row shows when on
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider)
        layout.addWidget(self.caption, 1)
        self.toggle.toggled.connect(self._toggled)
        self.slider.valueChanged.connect(self._stepped)
        self.retranslate()

    @property
    def active(self) -> bool:
        return self.toggle.isChecked()

    # -- turning it on and off --------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        self.setVisible(on)
        for button in (self.panel.force_button, self.panel.concentric_button):  # a state is not laid out
            button.setEnabled(not on and not self.panel.controller.read_only)
        if on:
            self.refresh()
        else:
            self._generation += 1
            self.comparison = self.pair = None
            self.slider.setEnabled(False)
            self.caption.setText("")
            self.panel.view.set_overlay(None)
            self.panel.reload()

    def compare(self, before, after) -> None:
        """Show ``after`` against ``before`` (states from ``list_states``; None = now), e.g. from the Vergleich
        view."""
        self.pair = (before, after)
        if not self.active:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(True)
            self.toggle.blockSignals(False)
            self.show()
        self.refresh()

    def refresh(self) -> None:
        """List the states and load the chosen pair on the worker (after an edit too: now has changed)."""
        self._generation += 1
        generation, ws, pair = self._generation, self.panel.controller.workspace, self.pair

        def work(progress, cancelled):
            states = list_states(ws)
            before, after = pair if pair is not None else (states[-2] if len(states) > 1 else None, None)
            if len(states) < 2 and pair is None:
                return states, None
            return states, load_comparison(ws, before, after)

        self.caption.setText(self.tr("Comparing…"))
        task = self.panel.start(work)
        task.finished.connect(lambda result: self._loaded(generation, *result))
        task.failed.connect(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc) -> None:
        if generation == self._generation:
            self.caption.setText(self.tr("The comparison failed: %1").replace("%1", str(exc)))

    def _loaded(self, generation: int, states: list, comparison: MapComparison | None) -> None:
        if generation != self._generation or not self.active:
            return
        self.states = states
        if comparison is None:
            self.caption.setText(self.tr("There is no state to compare with yet: take one under “States”."))
            self.slider.setEnabled(False)
            return
        self.comparison = comparison
        self.pair = (comparison.before, comparison.after)
        ids = [state_id(s) for s in states]
        after = state_id(comparison.after)
        self.slider.blockSignals(True)
        self.slider.setRange(1, len(states) - 1)
        self.slider.setValue(ids.index(after) if after in ids else len(states) - 1)
        self.slider.setEnabled(len(states) > 2)
        self.slider.blockSignals(False)
        self.caption.setText(self.tr("%1 compared with %2").replace("%1", state_name(comparison.after))
                             .replace("%2", state_name(comparison.before)))
        self.panel.view.set_overlay(CompareOverlay(comparison.diff))
        self.panel.show_content(comparison.content, then=lambda: self._drawn(generation))

    def _drawn(self, generation: int) -> None:
        if generation == self._generation and self.active:
            self.shown.emit()

    def _stepped(self, value: int) -> None:
        """Step k: state k against state k − 1 (states oldest first; the last one is now)."""
        if 1 <= value < len(self.states):
            self.pair = (self.states[value - 1], self.states[value])
            self.refresh()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Compare states"))
        self.toggle.setToolTip(self.tr("Show what changed since an earlier saved state: new partners and "
                                       "relationships highlighted, lost ones as ghosts, changes marked"))
        self.slider.setToolTip(self.tr("Step through the saved states in order"))
        if self.comparison is not None:
            self.caption.setText(self.tr("%1 compared with %2").replace("%1", state_name(self.comparison.after))
                                 .replace("%2", state_name(self.comparison.before)))
