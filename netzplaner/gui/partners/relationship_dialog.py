"""Create or edit a relationship between any two partners (the own firm included)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import RelationshipKind
from ...domain.errors import NetzplanerError, StaleEditError, ValidationError
from ...services import queries, relationships
from ..common.read_only_form import show_read_only
from ..shell.controller import DocumentController
from ..common.i18n import Retranslating, term
from ..common.messages import error_text
from ..team.conflict_dialog import EditedRow, settle


def partner_combo(names: QStandardItemModel, object_name: str) -> QComboBox:
    """An editable combo over all partners that completes on any part of the name (fine for 20,000)."""
    combo = QComboBox(objectName=object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setModel(names)
    completer = QCompleter(names, combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setMinimumWidth(320)
    return combo


class RelationshipDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, relationship_id: str | None = None,
                 partner_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipDialog")
        self.controller = controller
        ws = controller.workspace
        self.version = queries.versions(ws, "relationship", [relationship_id]).get(relationship_id) \
            if relationship_id else None  # read before the row: a change in between makes OK ask, never overwrite
        self.relationship = ws.get("relationship", relationship_id) if relationship_id else None
        self.relationship_id = relationship_id
        self.names = QStandardItemModel(self)
        for p in sorted(queries.list_partners(ws, include_archived=False), key=lambda p: p.name.casefold()):
            item = QStandardItem(p.name)
            item.setData(p.id, Qt.ItemDataRole.UserRole)
            self.names.appendRow(item)
        self.partner_a = partner_combo(self.names, "relPartnerA")
        self.partner_b = partner_combo(self.names, "relPartnerB")
        self.kind = QComboBox(objectName="relKind")
        self.strength = QSlider(Qt.Orientation.Horizontal, objectName="relStrength")
        self.strength.setRange(1, 5)
        self.strength.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.strength_text = QLabel(objectName="relStrengthText")
        self.strength.valueChanged.connect(lambda _v: self._describe_strength())
        self.since_known = QCheckBox(objectName="relSinceKnown")
        self.since = QDateEdit(objectName="relSince", calendarPopup=True, displayFormat="dd.MM.yyyy")
        self.since.setDate(QDate.currentDate())
        self.since_known.toggled.connect(self.since.setEnabled)
        self.notes = QPlainTextEdit(objectName="relNotes")
        self.notes.setFixedHeight(70)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        strength_row, since_row = QHBoxLayout(), QHBoxLayout()
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.strength_text, 1)
        since_row.addWidget(self.since_known)
        since_row.addWidget(self.since, 1)
        for field, widget in (("source_id", self.partner_a), ("target_id", self.partner_b), ("kind", self.kind),
                              ("strength", strength_row), ("since", since_row), ("notes", self.notes)):
            label = QLabel()
            buddy = {"strength": self.strength, "since": self.since_known}.get(field, widget)
            label.setBuddy(buddy)
            self.labels.append(label)
            self.form.addRow(label, widget)
            error = QLabel(objectName=f"error_{field}", wordWrap=True)
            error.setStyleSheet("color: #c0392b;")
            error.hide()
            self.form.addRow(error)
            self.errors[field] = error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("relationshipOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        r = self.relationship
        self.select_partner(self.partner_a, r.source_id if r else partner_id)
        self.select_partner(self.partner_b, r.target_id if r else None)
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind if r else RelationshipKind.COOPERATION)))
        self.strength.setValue(r.strength if r else 3)
        self.since_known.setChecked(bool(r and r.since))
        self.since.setEnabled(bool(r and r.since))
        if r and r.since:
            self.since.setDate(QDate(r.since.year, r.since.month, r.since.day))
        self.notes.setPlainText(r.notes if r else "")
        self._describe_strength()
        self.setMinimumWidth(560)
        if controller.read_only:
            show_read_only(self, self.buttons)

    def select_partner(self, combo: QComboBox, partner_id: str | None) -> None:
        matches = self.names.match(self.names.index(0, 0), Qt.ItemDataRole.UserRole, partner_id, 1,
                                   Qt.MatchFlag.MatchExactly) if partner_id else []
        combo.setCurrentIndex(matches[0].row() if matches else -1)
        if not matches:
            combo.setEditText("")

    def _partner_id(self, combo: QComboBox) -> str | None:
        """The partner whose name is typed or chosen (exact name, case-insensitive)."""
        text = combo.currentText().strip().casefold()
        for row in range(self.names.rowCount()):
            item = self.names.item(row)
            if item.text().casefold() == text:
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def _describe_strength(self) -> None:
        texts = [self.tr("1 – loose contact"), self.tr("2 – occasional exchange"), self.tr("3 – regular cooperation"),
                 self.tr("4 – close partnership"), self.tr("5 – strategic partnership")]
        self.strength_text.setText(texts[self.strength.value() - 1])

    def values(self) -> dict:
        since = self.since.date().toPython() if self.since_known.isChecked() else None
        return {"kind": self.kind.currentData(), "strength": self.strength.value(), "since": since,
                "notes": self.notes.toPlainText()}

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        ws = self.controller.workspace
        source, target = self._partner_id(self.partner_a), self._partner_id(self.partner_b)
        for field, pid in (("source_id", source), ("target_id", target)):
            if pid is None:
                self.errors[field].setText(self.tr("Choose a partner from the list."))
                self.errors[field].show()
                return
        try:
            if self.relationship is None:
                command = relationships.create_relationship(ws, source, target, **self.values())
                self.relationship_id = command.entity_id
            else:
                r = self.relationship
                changes = {k: v for k, v in {"source_id": source, "target_id": target, **self.values()}.items()
                           if getattr(r, k) != v}
                command = relationships.update_relationship(ws, r.id, expected=self.version, **changes) \
                    if changes else None
            if command is not None:
                try:
                    self.controller.run(command)
                except StaleEditError:
                    if not self._settle(changes):
                        return
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.errors["kind"])
            label.setText(error_text(exc))
            label.show()
            return
        except NetzplanerError as exc:
            self.errors["kind"].setText(error_text(exc))
            self.errors["kind"].show()
            return
        super().accept()

    def _settle(self, changes: dict) -> bool:
        """Someone changed the relationship meanwhile: ask (gui/team/conflict_dialog.py); True when done."""
        r = self.relationship
        names = queries.partner_names(self.controller.workspace, [r.source_id, r.target_id])
        title = f"{names.get(r.source_id, '?')} – {names.get(r.target_id, '?')}"
        row = EditedRow("relationship", r.id, title, r, self.version, changes)

        def rebuild(versions: dict):
            self.version = versions.get(("relationship", r.id), self.version)
            return relationships.update_relationship(self.controller.workspace, r.id, expected=self.version,
                                                     **changes)

        saved, _command = settle(self, [row], rebuild)
        return saved

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New relationship") if self.relationship is None else self.tr("Edit relationship"))
        for label, text in zip(self.labels, (self.tr("Partner &A:"), self.tr("Partner &B:"), self.tr("&Kind:"),
                                             self.tr("&Strength:"), self.tr("S&ince:"), self.tr("N&otes:"))):
            label.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        for kind in RelationshipKind:
            self.kind.addItem(term(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.since_known.setText(self.tr("known"))
        self.partner_a.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.partner_b.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self._describe_strength()


