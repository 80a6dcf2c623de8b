"""File → Import partner list: preview the file, map its columns, see what each row will do, apply as one step.

The file is read, the document's partners looked up (``partner_import.snapshot``) and the import planned on the
worker (a list of 10,000 partners takes about a second); the document is only written by ``Import``, which runs
the plan's one command through the controller, so Edit → Undo takes the whole import back. Changing a column's
field in the preview plans again.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import NetzplanerError
from ...domain.text import one_line
from ...io.import_source import ImportSource
from ...io.partner_table import EXTRA, FIELDS
from ...services.partner_import import (
    ADDED,
    SKIPPED,
    UPDATED,
    PartnerImportReport,
    plan_source,
    read_import_source,
    snapshot,
)
from ..common import ask
from ..shell.controller import DocumentController
from ..common.messages import error_text
from ..shell.screen_fit import resize_within_screen
from ..common.tables import row_height
from ..common.worker import Worker
from ..common.i18n import tr
from .duplicate_panel import DuplicatePanel
from .network_column import NetworkPanel
from .preview_table import FIT, STRETCH, fit_rows, preview_table, section

PREVIEW_ROWS = 20
ROW, ENTRY, RESULT, DETAILS = range(4)
STATUS_ROLE = Qt.ItemDataRole.UserRole
WRAP_ROWS_UP_TO = 400  # taller rows for wrapped details; beyond this the details show in one line and a tooltip
_STATUS_COLOURS = {ADDED: "#e3f4e5", UPDATED: "#e3eefb", SKIPPED: "#fdeaea"}


def field_labels() -> dict[str | None, str]:
    """The fields a column can feed, in the UI language (None: the column is not imported)."""
    return {None: tr("– not imported –"), "name": tr("Name"), "kind": tr("Kind"), "dimensions": tr("Networks"),
            "street": tr("Street"), "city": tr("City"), "postcode": tr("Postcode"), "country": tr("Country"),
            "region": tr("Region / federal state"), "industry": tr("Industry"), "website": tr("Website"),
            "tags": tr("Tags"), "notes": tr("Notes"), "extra": tr("Further details (kept as “column: value”)"),
            "archived": tr("Archived"), "contact_name": tr("Contact person"),
            "contact_first_name": tr("Contact: first name"), "contact_last_name": tr("Contact: last name"),
            "contact_salutation": tr("Contact: salutation"), "contact_title": tr("Contact: title"),
            "contact_department": tr("Contact: department"), "contact_role": tr("Contact: role"),
            "contact_email": tr("Contact: e-mail"), "contact_phone": tr("Contact: phone"),
            "contact_notes": tr("Contact: notes"), "id": tr("ID (links connections)")}


def field_label(key: str | None, labels: dict[str | None, str]) -> str:
    """The label of a field; "contact_email@2" is the second contact's ("Contact 2: e-mail")."""
    if key in labels:
        return labels[key]
    base, _, number = str(key).partition("@")
    return tr("Contact %1").replace("%1", number) + " – " + labels.get(base, base)


def _changed_fields(fields: tuple[str, ...]) -> str:
    labels = {**field_labels(), "contact": tr("Contact person"), "strength": tr("Strength"),
              "extra": tr("Further details")}
    return ", ".join(labels.get(f, f) for f in fields)


class ReportModel(QAbstractTableModel):
    """The row-by-row report: row, entry, result, details (in the UI language), each row's texts made when it is
    first shown: a graph file of 10,000 partners and 50,000 ties reports 60,000 rows, and making all their texts
    at once held the GUI thread for 0.4 s."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: list = []  # the report's RowResults
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._with_sheet = False
        self._words: dict[str, str] = {}
        self._entity: dict[str, str] = {}

    def set_report(self, report: PartnerImportReport | None, with_sheet: bool) -> None:
        self.beginResetModel()
        self._results = list(report.rows) if report is not None else []
        self._texts = {}
        self._with_sheet = with_sheet
        self._words = {ADDED: tr("added"), UPDATED: tr("updated"), SKIPPED: tr("skipped")}
        self._entity = {"partner": tr("Partner"), "relationship": tr("Relationship")}
        self.endResetModel()

    def _row(self, index: int) -> tuple[str, str, str, str]:
        texts = self._texts.get(index)
        if texts is None:
            r = self._results[index]
            details = []
            if r.fields:
                details.append(tr("Fills: %1.").replace("%1", _changed_fields(r.fields)))
            if r.reason is not None:
                details.append(error_text(r.reason))
            details += [error_text(n) for n in r.notes]
            name = f"{self._entity[r.entity]}: {r.name}" if self._with_sheet else r.name
            texts = self._texts[index] = (f"{r.sheet}, {r.row}" if self._with_sheet else str(r.row), name,
                                          self._words[r.status], " ".join(details))
        return texts

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Entry"), tr("Result"), tr("Details"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == STATUS_ROLE:  # the filter asks every row: no texts made for it
            return self._results[index.row()].status
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == RESULT:
            return QBrush(QColor(_STATUS_COLOURS[self._results[index.row()].status]))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DETAILS:
            return self._row(index.row())[DETAILS] or None
        return None


class _ProblemFilter(QSortFilterProxyModel):
    """All rows, or only those that are not simply added: Qt's own filter on the status (no Python call per row
    of 60,000 while it shows all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(STATUS_ROLE)
        self.setFilterKeyColumn(RESULT)

    @property
    def only_problems(self) -> bool:
        return bool(self.filterRegularExpression().pattern())

    def show_only_problems(self, only: bool) -> None:
        self.setFilterRegularExpression(QRegularExpression(f"^(?!{ADDED}$)") if only else QRegularExpression())


class PartnerImportDialog(QDialog):
    """The preview with a field per column, the row-by-row report and the Import button."""

    def __init__(self, controller: DocumentController, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerImportDialog")
        self.setWindowTitle(tr("Import partner list"))
        resize_within_screen(self, 1200, 900)  # all the height there is: four tables share it
        self.controller, self.path = controller, Path(path)
        self.source: ImportSource | None = None
        self.report: PartnerImportReport | None = None
        self.mapping: dict[int, str | None] = {}
        self.duplicates = DuplicatePanel(self)  # likely duplicates and the user's merge choice (issue 15)
        self.duplicates.choicesChanged.connect(lambda: self._start(read=False))
        self._task = None
        self._snapshot = None  # what the plan needs of the document: read on the worker (1 s at 10,000 partners)

        self.file_label = QLabel(objectName="importFile", wordWrap=True)
        hint = QLabel("<b>" + tr("Preview of the file (first rows)") + "</b> – " + tr(
            "Check which field each column feeds; rows whose name is already in the document fill its empty fields "
            "instead of adding it twice."), objectName="importHint", wordWrap=True)
        self.preview = QTableWidget(objectName="importPreviewTable")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setDefaultSectionSize(row_height(self.preview))
        # which columns are kept as further details or left out: named, never greyed out without a word
        self.columns_note = QLabel(objectName="importColumnsNote", wordWrap=True)
        self.columns_note.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_note.hide()
        self.report_model = ReportModel(self)
        self.report_filter = _ProblemFilter(self)
        self.report_filter.setSourceModel(self.report_model)
        self.report_table = preview_table("importReport", self.report_filter, (FIT, 30, FIT, STRETCH))
        self.problems_only = QCheckBox(tr("Only rows that are updated or skipped"), objectName="importProblemsOnly")
        self.problems_only.toggled.connect(self._filter_report)
        self.summary = QLabel(tr("Reading the file…"), objectName="importSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("importApply")
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)

        preview_box = section(hint, self.preview, self.columns_note, stretch=self.preview)
        self.network_panel = NetworkPanel(self)  # the proposed networks of the new partners (issue 15)
        self.result_tabs = QTabWidget(objectName="importResultTabs")
        self.result_tabs.addTab(self.report_table, tr("Row by row"))
        self.result_tabs.addTab(self.network_panel, tr("Networks"))
        self.result_tabs.setCornerWidget(self.problems_only)  # beside the tabs: a line less for the rows
        self.result_tabs.currentChanged.connect(lambda tab: self.problems_only.setVisible(tab == 0))
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="importSplitter")
        splitter.setChildrenCollapsible(False)
        for widget in (preview_box, self.duplicates, self.result_tabs):
            splitter.addWidget(widget)
        line = row_height(self.report_table)  # the preview: header, field and four rows; the rest mostly below
        splitter.setSizes([7 * line, 6 * line, 14 * line])
        splitter.setStretchFactor(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)  # the summary beside the buttons: a line less at 14 pt
        bottom.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._start(read=True)

    # -- planning on the worker ---------------------------------------------------------------------------

    def _start(self, read: bool) -> None:
        path, snap, mapping, source = self.path, self._snapshot, dict(self.mapping), self.source
        merge = dict(self.duplicates.choices)
        ws = self.controller.workspace
        self.apply_button.setEnabled(False)

        def work(progress, cancelled):
            current = read_import_source(path) if read else source
            known = snap if snap is not None else snapshot(ws)  # the worker may read the document
            try:
                return current, plan_source(known, current, mapping, merge), None, known
            except NetzplanerError as exc:  # the file is fine, its columns are not (yet): show and let map
                if current.format == "board" or current.layout is None:
                    raise
                return current, None, exc, known

        self._task = Worker.start(work, self)
        self._task.finished.connect(self._planned)
        self._task.failed.connect(self._failed)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, NetzplanerError) else tr("The file could not be read: %1").replace(
            "%1", getattr(exc, "strerror", None) or str(exc))
        ask.error(self, tr("Import partner list"), text)
        self.reject()

    def _planned(self, result) -> None:
        source, report, problem, self._snapshot = result
        first = self.source is None
        self.source, self.report = source, report
        if first:
            self.mapping = dict(source.layout.mapping) if source.layout else {}
            self._fill_preview()
        self._describe_file()
        self._describe_columns()
        self._fill_report()
        self.duplicates.set_report(report)
        self.network_panel.set_rows(report.networks if report is not None else [])
        if problem is not None:
            self.summary.setText(error_text(problem))
            self.summary.setStyleSheet("color: #c0392b;")
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self._summary_text())
        self.apply_button.setEnabled(report is not None and report.command is not None)

    def report_notes(self) -> list[NetzplanerError]:
        """What reading and planning say about the file: merged edges, how the connections' ends were read."""
        return list(self.report.source.notes) if self.report is not None else list(self.source.notes)

    # -- the preview with a field per column --------------------------------------------------------------

    def _describe_file(self) -> None:
        source = self.source
        kind = {"kumu": tr("Kumu workbook"), "gephi": tr("Gephi tables"), "graph": tr("graph file")}.get(
            source.format, tr("partner list"))
        parts = [f"{self.path.name}: {kind}"]
        table = source.elements or source.connections
        if table is not None and table.encoding:
            separator = {";": tr("semicolon"), ",": tr("comma"), "\t": tr("tab"), "|": "|"}[table.separator]
            encoding = {"Windows-1252": tr("Windows (Western Europe)")}.get(table.encoding, table.encoding)
            parts.append(tr("%1, separated by %2").replace("%1", encoding).replace("%2", separator))
        elif source.elements is not None:
            parts.append(tr("sheet “%1”").replace("%1", source.elements.name))
        if source.connections is not None and source.connections is not source.elements:
            parts.append(tr("%1 connections in “%2”").replace("%1", str(len(source.connection_rows)))
                         .replace("%2", source.connections.name))
        self.file_label.setText(" · ".join(parts + [error_text(note) for note in self.report_notes()]))

    def _fill_preview(self) -> None:
        source = self.source
        layout = source.layout
        if layout is None:  # a file of connections only: nothing to map
            self.preview.hide()
            return
        rows = source.element_rows[:PREVIEW_ROWS]
        width = max([len(layout.headers), *(len(cells) for _, cells in rows)])
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows) + 1)
        # the file's own text, shown as it will be stored: a bidi override cannot reverse "Süd" on screen
        headers = [one_line(layout.headers[i]) if i < len(layout.headers) and layout.headers[i] else tr(
            "Column %1").replace(
            "%1", str(i + 1)) for i in range(width)]
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([tr("Field"), *(str(number) for number, _ in rows)])
        labels = field_labels()
        for column in range(width):
            combo = QComboBox(objectName=f"mapColumn{column}")
            for key in (None, *FIELDS):
                combo.addItem(labels[key], key)
            if self.mapping.get(column) not in (None, *FIELDS):  # "E-Mail 2": a further contact's field
                combo.addItem(field_label(self.mapping[column], labels), self.mapping[column])
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(column))))
            combo.setToolTip(tr("Which field the column “%1” feeds").replace("%1", headers[column]))
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._remap(c, box.currentData()))
            self.preview.setCellWidget(0, column, combo)
            for row, (_, cells) in enumerate(rows, 1):
                text = one_line(cells[column]) if column < len(cells) else ""
                item = QTableWidgetItem(text if len(text) <= 80 else text[:79] + "…")
                item.setToolTip(text if len(text) > 80 else "")
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(width):
            self.preview.setColumnWidth(column, min(260, max(150, self.preview.columnWidth(column))))
        self._mark_unmapped()

    def _mark_unmapped(self) -> None:
        grey, kept = QBrush(QColor("#9e9e9e")), QBrush(QColor("#1f5fa8"))
        for column in range(self.preview.columnCount()):
            key = self.mapping.get(column)
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:  # grey: left out; blue: kept as a further detail (the note below says so)
                    item.setForeground(grey if key is None else kept if key == EXTRA else QBrush())

    def _describe_columns(self) -> None:
        report, lines = self.report, []
        if report is not None:
            for names, text in ((report.kept_columns, tr("Kept as further details of the partner (blue): %1")),
                                (report.ignored_columns, tr("Not imported (grey): %1")),
                                (report.kept_connection_columns, tr("Kept in the relationships' notes: %1")),
                                (report.ignored_connection_columns, tr("Connection columns not imported: %1"))):
                if names:
                    lines.append(text.replace("%1", ", ".join(names)))
        self.columns_note.setText("\n".join(lines))
        self.columns_note.setVisible(bool(lines))

    def _remap(self, column: int, key: str | None) -> None:
        if key not in (None, EXTRA):  # a field feeds from one column: the one chosen last
            for other, value in list(self.mapping.items()):
                if value == key and other != column:
                    self.mapping[other] = None
                    combo = self.preview.cellWidget(0, other)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.mapping[column] = key
        self._mark_unmapped()
        self.summary.setText(tr("Planning the import…"))
        self._start(read=False)

    # -- the report -----------------------------------------------------------------------------------------

    def _fill_report(self) -> None:
        with_sheet = self.source is not None and self.source.connections is not None
        self.report_model.set_report(self.report, with_sheet)
        self._fit_rows()

    def _filter_report(self, only: bool) -> None:
        self.report_filter.show_only_problems(only)
        self._fit_rows()

    def _fit_rows(self) -> None:
        fit_rows(self.report_table, WRAP_ROWS_UP_TO)

    def _summary_text(self) -> str:
        report = self.report
        counts = Counter((r.status, r.entity) for r in report.rows)  # one pass over 60,000 rows, not four
        parts = [tr("Partners: %1 new, %2 updated").replace("%1", str(counts[ADDED, "partner"]))
                 .replace("%2", str(counts[UPDATED, "partner"]))]
        if self.source is not None and self.source.connections is not None:
            parts.append(tr("Relationships: %1 new").replace("%1", str(counts[ADDED, "relationship"])))
        skipped = counts[SKIPPED, "partner"] + counts[SKIPPED, "relationship"]
        parts.append(tr("Rows skipped: %1").replace("%1", str(skipped)))
        if report.command is None:
            return " · ".join(parts) + " – " + tr("there is nothing to import.")
        return " · ".join(parts) + " – " + tr("Import applies it as one step; Edit → Undo takes it back.")

    # -- applying -------------------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.report is None or self.report.command is None:
            return
        self.network_panel.apply_to(self.report)  # the networks as proposed or as the user changed them
        try:
            from ...services.snapshots import snapshot_before  # the automatic state before it (issue 12)
            self.controller.run(snapshot_before(self.controller.workspace, "partner_import", self.report.command))
        except NetzplanerError as exc:
            ask.error(self, tr("Import partner list"), error_text(exc))
            return
        self.report.applied = True
        self.accept()


def import_partner_list(parent: QWidget, controller: DocumentController) -> bool:
    """Ask for a partner list (.xlsx, .csv; Kumu and Gephi too), preview it, import it as one undo step."""
    folder = str(controller.path.parent)
    source = ask.open_path(parent, tr("Import partner list"), folder,
                           tr("Partner lists (*.xlsx *.csv *.txt *.graphml *.gexf *.gml);;All files (*)"))
    if not source:
        return False
    dialog = PartnerImportDialog(controller, Path(source), parent)
    dialog.exec()
    return bool(dialog.report is not None and dialog.report.applied)
