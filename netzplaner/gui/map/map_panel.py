"""The "Network map" tab: the map view with its tool bar (search, layouts, filters, size, export, presentation).

The panel reads the document through ``services.network_map``, turns the view's gestures into commands and into
the shared selection, and runs layouts and the broker measure on the worker (docs/architecture.md,
"Commands and undo" and "Threading").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis.layout import LayoutKind
from ...domain.enums import Dimension
from ...domain.errors import NetzplanerError
from ...services import network_map
from ...services.network_map import KINDS, MapData
from ..common import ask
from . import map_style
from ..shell.controller import DocumentController
from ..common.document_view import DocumentView
from ..common.filters import refill_filter
from ..common.flow_layout import FlowLayout
from ..common.i18n import Retranslating, term
from .map_compare_bar import MapCompareBar
from .map_content import MapContent, title_of
from .map_filter import MapFilter
from .map_view import NetworkMapView
from ..common.messages import error_text


class MapPanel(DocumentView, Retranslating, QWidget):
    layoutFinished = Signal()
    loaded = Signal()  # new data is drawn (after opening, an edit, an undo)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self.attach(controller)
        self.content: MapContent | None = None
        self.data: MapData | None = None
        self.filter = MapFilter()
        self.measure = "tie"
        self._betweenness: np.ndarray | None = None
        self._dirty = True
        self._fitted = False
        self._own_move = False
        self._generation = self._shown_generation = 0
        self.task = None
        self._presentation_window: QWidget | None = None

        self.view = NetworkMapView()
        self.view.tooltip_provider = self._tooltip
        self.search = QLineEdit(objectName="mapSearch", clearButtonEnabled=True)
        self.search.setMaximumWidth(260)
        self.completer = QCompleter([], self.search)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.force_button = QPushButton(objectName="mapLayoutForce")
        self.concentric_button = QPushButton(objectName="mapLayoutConcentric")
        self.size_by = QComboBox(objectName="mapSizeBy")
        self.neighbours = QCheckBox(objectName="mapNeighbours")
        self.fit_button = QToolButton(objectName="mapFit")
        self.export_button = QToolButton(objectName="mapExport")
        self.present_button = QToolButton(objectName="mapPresentation")
        self.dimension_boxes = {d: QCheckBox(objectName=f"mapDimension_{d.value}", checked=True) for d in Dimension}
        self.kind_button = QToolButton(objectName="mapKindFilter",
                                       popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self.kind_button, objectName="mapKindMenu")
        self.kind_actions = {}
        for i, kind in enumerate(KINDS):
            action = self.kind_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(True)
            action.setObjectName(f"mapKind_{kind.value}")
            action.toggled.connect(self._filters_changed)
            self.kind_actions[i] = action
        self.kind_button.setMenu(self.kind_menu)
        self.tag_filter = QComboBox(objectName="mapTagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter.setMinimumContentsLength(16)  # "Alle Schlagwörter" and most tags in full
        self.min_strength = QSpinBox(objectName="mapMinStrength", minimum=1, maximum=5)
        self.min_quality = QSpinBox(objectName="mapMinQuality", minimum=0, maximum=100, singleStep=10)
        self.hide_archived = QCheckBox(objectName="mapHideArchived", checked=True)
        self.legend_box = QCheckBox(objectName="mapLegend", checked=True)
        self.compare = MapCompareBar(self)  # issue 12: before/after on the map
        self.compare.hide()
        self.progress = QProgressBar(objectName="mapLayoutProgress", maximum=100)
        self.cancel_button = QPushButton(objectName="mapLayoutCancel")
        self.status = QLabel(objectName="mapStatus")
        self.size_label, self.tag_label = QLabel(), QLabel()
        self.strength_label, self.quality_label = QLabel(), QLabel()
        for label, buddy in ((self.size_label, self.size_by), (self.tag_label, self.tag_filter),
                             (self.strength_label, self.min_strength), (self.quality_label, self.min_quality)):
            label.setBuddy(buddy)

        top = FlowLayout()  # wraps instead of widening the window
        for widget in (self.search, self.force_button, self.concentric_button, self.size_label, self.size_by,
                       self.neighbours):
            top.addWidget(widget)
        top.addSpacer()
        for widget in (self.fit_button, self.export_button, self.present_button):
            top.addWidget(widget)
        filters = FlowLayout()
        for widget in (*self.dimension_boxes.values(), self.kind_button, self.tag_label, self.tag_filter,
                       self.strength_label, self.min_strength, self.quality_label, self.min_quality,
                       self.hide_archived):
            filters.addWidget(widget)
        filters.addSpacer()
        filters.addWidget(self.compare.toggle)
        filters.addWidget(self.legend_box)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        running.addWidget(self.status, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.compare)
        layout.addWidget(self.view, 1)
        layout.addLayout(running)
        self.progress.hide()
        self.cancel_button.hide()

        self.search.returnPressed.connect(self.find)
        self.completer.activated.connect(lambda text: self.find(text))
        self.force_button.clicked.connect(lambda: self.run_layout(LayoutKind.FORCE))
        self.concentric_button.clicked.connect(lambda: self.run_layout(LayoutKind.CONCENTRIC))
        self.cancel_button.clicked.connect(self.cancel_layout)
        self.size_by.currentIndexChanged.connect(self._size_changed)
        self.neighbours.toggled.connect(self.view.set_neighbourhood)
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button.clicked.connect(self.export_picture)
        self.present_button.clicked.connect(self.toggle_presentation)
        for box in (*self.dimension_boxes.values(), self.hide_archived):
            box.toggled.connect(self._filters_changed)
        self.tag_filter.currentIndexChanged.connect(self._filters_changed)
        self.min_strength.valueChanged.connect(self._filters_changed)
        self.min_quality.valueChanged.connect(self._filters_changed)
        self.legend_box.toggled.connect(self._legend_toggled)
        self.view.selectionRequested.connect(self._select)
        self.view.editRequested.connect(self._edit)
        self.view.nodesMoved.connect(self._moved)
        self.listen(controller.changed, self._document_changed)
        self.listen(controller.selection.partnersChanged, self._selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._leave_presentation)
        self.retranslate()
        self.force_button.setEnabled(not controller.read_only)
        self.concentric_button.setEnabled(not controller.read_only)

    # -- reading the document ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _document_changed(self, entities: frozenset) -> None:
        if not entities & {"partner", "relationship", "assessment", "snapshot"}:
            return
        if not entities - {"snapshot"} and not self.compare.active:  # a new state only matters to the comparison
            return
        if self._own_move and entities == frozenset({"partner"}):
            self._own_move = False  # the view already shows the new positions
            return
        self._own_move = False
        self._betweenness = None
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def reload(self) -> None:
        """Read and place the map on the worker (0.5 s at 10,000 partners), then draw it on the GUI thread.

        Reading off the GUI thread is safe: every read opens its own connection to the working copy (WAL).
        A newer reload makes the result of an older one stale.
        """
        self._dirty = False
        self._generation += 1
        if self.compare.active:  # the comparison reads both states itself (now may have changed)
            self.compare.refresh()
            return
        generation, ws = self._generation, self.controller.workspace
        task = self.start(lambda progress, cancelled: MapContent.load(ws))
        task.finished.connect(lambda content: self._loaded(generation, content))
        task.failed.connect(lambda exc: self._load_failed(generation, exc))

    def _load_failed(self, generation: int, exc) -> None:
        if generation == self._generation:
            self._task_failed(exc)

    def _loaded(self, generation: int, content: MapContent) -> None:
        if generation != self._generation or self.compare.active:  # the comparison draws its own states
            return
        self._shown_generation = generation
        self.show_content(content, then=lambda: self._finished(generation))

    def _finished(self, generation: int) -> None:
        if generation == self._generation and not self.compare.active:
            self.loaded.emit()

    def show_content(self, content: MapContent, then=None) -> None:
        """Draw ``content``: the document, or the later state of a comparison (``MapCompareBar``). With ``then``,
        in two halves with the event loop between them (``NetworkMapView.set_data``), then ``then()``; a newer
        drawing meanwhile finishes the view itself."""
        self.content, self.data = content, content.data
        self.completer.model().setStringList(list(content.search_names))
        self._fill_tags()
        self._apply(fit=not self._fitted, finish=then is None)
        self._fitted = True
        if then is not None:
            QTimer.singleShot(0, self, lambda: (self.view.finish(), then()))

    def _apply(self, fit: bool = False, finish: bool = True) -> None:
        if self.data is None:
            return
        nodes, edges = self.content.draw(self.view, self.filter, measure=self.measure,
                                         betweenness=self._betweenness, selected=self._selected_indices(),
                                         fit=fit, finish=finish)
        shown, total = int(nodes.sum()), self.data.n
        self.status.setText(self.tr("Showing %1 of %2 partners and %3 relationships.")
                            .replace("%1", f"{shown:,}".replace(",", "."))
                            .replace("%2", f"{total:,}".replace(",", "."))
                            .replace("%3", f"{int(edges.sum()):,}".replace(",", ".")))

    def _fill_tags(self) -> None:
        refill_filter(self.tag_filter, self.tr("All tags"), [(t, t) for t in self.content.tags], everything_data="",
                      chosen=self.tag_filter.currentData() or "")

    # -- filters and sizes ------------------------------------------------------------------------------

    def _filters_changed(self, *_args) -> None:
        kinds = frozenset(i for i, action in self.kind_actions.items() if action.isChecked())
        self.filter = MapFilter(
            dimensions=frozenset(i for i, d in enumerate(Dimension) if self.dimension_boxes[d].isChecked()),
            kinds=None if len(kinds) == len(KINDS) else kinds, tag=self.tag_filter.currentData() or "",
            min_strength=self.min_strength.value(), min_quality=float(self.min_quality.value()),
            hide_archived=self.hide_archived.isChecked())
        self._apply()

    def _legend_toggled(self, on: bool) -> None:
        self.view.show_legend = on
        self.view.update_legend()

    def _size_changed(self, *_args) -> None:
        self.measure = self.size_by.currentData() or "tie"
        if self.measure == "betweenness" and self._betweenness is None and self.data is not None:
            self._compute_betweenness()
        else:
            self._apply()

    def _compute_betweenness(self) -> None:
        from ...analysis.metrics import betweenness, graph_from_ends

        data = self.data
        self._show_running(self.tr("Measuring broker roles…"))
        task = self.start(lambda progress, cancelled: betweenness(graph_from_ends(data.n, data.edges)).values)
        task.finished.connect(lambda values: self._betweenness_done(data, values))
        task.failed.connect(self._task_failed)
        self.task = task

    def _betweenness_done(self, data: MapData, values) -> None:
        self._hide_running()
        if data is self.data:
            self._betweenness = np.asarray(values)
            self._apply()

    # -- selection, search, editing ---------------------------------------------------------------------

    def _selected_indices(self) -> list[int]:
        if self.data is None:
            return []
        return [self.data.index[p] for p in self.controller.selection.partner_ids if p in self.data.index]

    def _selection_changed(self, _ids) -> None:
        self.view.set_selection(self._selected_indices())

    def _select(self, indices: list, add: bool) -> None:
        ids = [self.data.ids[i] for i in indices]
        current = list(self.controller.selection.partner_ids)
        if add:
            for pid in ids:
                (current.remove if pid in current else current.append)(pid)
            ids = current
        self.controller.selection.set_partners(ids)

    def find(self, text: str | None = None) -> bool:
        """Select and centre the partner whose name matches (exactly, else the first that contains it)."""
        text = (text if isinstance(text, str) else self.search.text()).strip().casefold()
        if not text or self.data is None:
            return False
        names = [n.casefold() for n in self.data.names]
        index = names.index(text) if text in names else next((i for i, n in enumerate(names) if text in n), None)
        if index is None:
            self.status.setText(self.tr("No partner matches “%1”.").replace("%1", self.search.text().strip()))
            return False
        if not self.view.node_mask[index]:
            self.status.setText(self.tr("“%1” is hidden by the filters.").replace("%1", self.data.names[index]))
        self.controller.selection.set_partners([self.data.ids[index]])
        self.view.centre_on(index)
        return True

    def _edit(self, index: int) -> None:
        from ..partners.partner_dialog import PartnerDialog

        self.controller.selection.set_partners([self.data.ids[index]])
        if not self.controller.read_only and not self.compare.active:
            PartnerDialog(self.controller, self.data.ids[index], self).exec()

    def _tooltip(self, i: int) -> str:
        data = self.data
        place = ", ".join(p for p in (data.cities[i], data.countries[i]) if p)
        dims = ", ".join(term(d) for k, d in enumerate(Dimension) if data.dimension_mask[i] & (1 << k))
        lines = [data.names[i], " · ".join(p for p in (term(KINDS[data.kind[i]]), place) if p), dims,
                 self.tr("%n relationship(s)", "", int(data.degree[i]))]
        if data.own is not None and i != data.own:
            lines.append(self.tr("Tie to us: %1 of 5").replace("%1", str(int(data.tie[i])))
                         if data.tie[i] else self.tr("No direct tie to us"))
        if data.tags[i]:
            lines.append(", ".join(data.tags[i]))
        return "\n".join(line for line in lines if line)

    # -- edits: drag and layouts ------------------------------------------------------------------------

    def _moved(self, moved: dict) -> None:
        if self.compare.active:  # a compared state is not the document: the drag snaps back
            self.status.setText(self.tr("Leave the comparison to move partners."))
            self.compare.refresh()
            return
        if self.controller.read_only:
            self._apply()
            return
        positions = {self.data.ids[i]: xy for i, xy in moved.items()}
        from ...services.partners import move_partners

        # the view already shows the move; reload anyway if a newer read of the document is still on its way
        self._own_move = self._shown_generation == self._generation
        try:
            self.controller.run(move_partners(self.controller.workspace, positions))
        except NetzplanerError as exc:
            self._own_move = False
            ask.error(self, self.tr("Move partners"), error_text(exc))
            self.reload()

    def run_layout(self, kind: LayoutKind) -> None:
        if self.data is None or (self.task is not None and self.task.running) or self.compare.active:
            return
        data = self.data
        self._show_running(self.tr("Arranging %n partner(s)…", "", data.n))
        self.task = self.start(
            lambda progress, cancelled: network_map.layout_positions(data, kind, progress=progress,
                                                                     cancelled=cancelled))
        self.task.progress.connect(lambda value: self.progress.setValue(int(value * 100)))
        self.task.finished.connect(lambda positions: self._layout_done(data, kind, positions))
        self.task.cancelled.connect(self._layout_cancelled)
        self.task.failed.connect(self._task_failed)

    def cancel_layout(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _layout_done(self, data: MapData, kind: LayoutKind, positions) -> None:
        self._hide_running()
        if data is not self.data:
            self.status.setText(self.tr("The network changed while it was being arranged; please arrange again."))
            return
        command = network_map.place_partners(self.controller.workspace, data, positions, kind)
        self._fitted = False
        from ...services.snapshots import snapshot_before  # the automatic state before it (issue 12)
        self.controller.run(snapshot_before(self.controller.workspace, "layout_all", command))
        self.layoutFinished.emit()

    def _layout_cancelled(self) -> None:
        self._hide_running()
        self.status.setText(self.tr("Arranging cancelled; the positions are unchanged."))

    def _task_failed(self, exc) -> None:
        self._hide_running()
        ask.error(self, self.tr("Network map"), error_text(exc) if isinstance(exc, NetzplanerError)
                  else self.tr("The calculation failed: %1").replace("%1", str(exc)))

    def _show_running(self, text: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(text)
        self.force_button.setEnabled(False)
        self.concentric_button.setEnabled(False)

    def _hide_running(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText("")
        self.force_button.setEnabled(not self.controller.read_only)
        self.concentric_button.setEnabled(not self.controller.read_only)

    # -- pictures and presentation ----------------------------------------------------------------------

    def export_picture(self) -> None:
        from .map_export import export_picture

        suggestion = str(self.controller.path.with_suffix(".png"))
        path = ask.save_path(self, self.tr("Export map as picture"), suggestion,
                             self.tr("PNG picture (*.png);;SVG drawing (*.svg)"), "png")
        if not path:
            return
        try:
            export_picture(self.view, Path(path), title_of(self.controller.workspace, self.data))
        except NetzplanerError as exc:
            ask.error(self, self.tr("Export map as picture"), error_text(exc))
        except OSError as exc:
            ask.error(self, self.tr("Export map as picture"),
                      self.tr("The picture could not be written: %1").replace("%1", exc.strerror or str(exc)))
        else:
            self.status.setText(self.tr("Picture written to %1.").replace("%1", path))

    def toggle_presentation(self) -> None:
        if self._presentation_window is not None:
            self._leave_presentation()
            return
        window = QWidget(None, Qt.WindowType.Window)
        window.setObjectName("mapPresentationWindow")
        window.setWindowTitle(self.tr("Network map"))
        box = QVBoxLayout(window)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), window, activated=self._leave_presentation)
        self._presentation_window = window
        self.view.set_presentation(True, title_of(self.controller.workspace, self.data) if self.data else None)
        window.showFullScreen()
        self.view.fit()

    def _leave_presentation(self) -> None:
        window = self._presentation_window
        if window is None:
            return
        self._presentation_window = None
        self.layout().insertWidget(2, self.view, 1)
        self.view.set_presentation(False)
        window.close()
        window.deleteLater()
        self.view.fit()

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find partner…"))
        self.force_button.setText(self.tr("By connections"))
        self.force_button.setToolTip(self.tr("Arrange the partners so that connected partners sit together"))
        self.concentric_button.setText(self.tr("Rings around us"))
        self.concentric_button.setToolTip(self.tr(
            "Arrange the partners around your firm: one sector per network, stronger ties closer to the centre"))
        self.size_label.setText(self.tr("&Size:"))
        measure = self.size_by.currentData() or "tie"
        self.size_by.blockSignals(True)
        self.size_by.clear()
        for key, text in map_style.SIZE_MEASURES:
            self.size_by.addItem(map_style.tr(text), key)
        self.size_by.setCurrentIndex(max(self.size_by.findData(measure), 0))
        self.size_by.blockSignals(False)
        self.neighbours.setText(self.tr("Highlight neighbours"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole network"))
        self.export_button.setText(self.tr("Picture…"))
        self.export_button.setToolTip(self.tr("Export the map as PNG or SVG, with title and legend"))
        self.present_button.setText(self.tr("Presentation"))
        self.present_button.setToolTip(self.tr("Full screen with large labels (Esc to leave)"))
        for dimension, box in self.dimension_boxes.items():
            box.setText(term(dimension))
        self.kind_button.setText(self.tr("Kinds"))
        for i, action in self.kind_actions.items():
            action.setText(term(KINDS[i]))
        self.tag_label.setText(self.tr("&Tag:"))
        if self.tag_filter.count():
            self.tag_filter.setItemText(0, self.tr("All tags"))
        self.strength_label.setText(self.tr("Min. s&trength:"))
        self.quality_label.setText(self.tr("Min. &quality:"))
        self.min_quality.setSpecialValueText(self.tr("any"))
        self.hide_archived.setText(self.tr("Hide archived"))
        self.legend_box.setText(self.tr("Legend"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.data is not None:
            self.view.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self.data is not None:
            self.view.redraw()  # names and legend follow the font preference
        super().changeEvent(event)
