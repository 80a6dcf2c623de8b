"""Create or edit a partner with its contacts; one OK is one undo step. Errors appear next to their field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Partner
from ...domain.enums import Dimension, PartnerKind
from ...domain.errors import ValidationError
from ...domain.fields import max_length
from ...domain.validation import clean_contact, clean_partner
from ...services import partners, queries
from ...services.commands import Macro
from ..common.read_only_form import show_read_only
from ..shell.controller import DocumentController
from ..common.i18n import Retranslating, term
from ..common.form_errors import submit
from ..shell.screen_fit import VerticalScrollArea, resize_for_font
from ..team.conflict_dialog import EditedRow, settle
from ..team.history_view import has_history, show_history

CONTACT_FIELDS = ("salutation", "title", "name", "department", "role", "email", "phone")
NAME_COLUMN = CONTACT_FIELDS.index("name")
FIELD_WIDGETS = {"name": "partnerName", "kind": "partnerKind", "street": "partnerStreet",
                 "postcode": "partnerPostcode", "city": "partnerCity", "country": "partnerCountry",
                 "region": "partnerRegion", "industry": "partnerIndustry", "website": "partnerWebsite",
                 "notes": "partnerNotes", "extra": "partnerExtra", "tags": "partnerTags",
                 "dimensions": "partnerDimRegional"}


class PartnerDialog(Retranslating, QDialog):
    def __init__(self, controller: DocumentController, partner_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.controller = controller
        self.partner_id = partner_id
        ws = controller.workspace
        # versions first: a change between the reads makes OK ask (gui/team/conflict_dialog.py), never overwrite
        ids = [partner_id] if partner_id else []
        self.versions = {("partner", k): v for k, v in queries.versions(ws, "partner", ids).items()}
        self.partner = ws.get("partner", partner_id) if partner_id else None
        contact_ids = [c.id for c in queries.contacts_of(ws, partner_id)] if partner_id else []
        self.versions.update({("contact", k): v for k, v in queries.versions(ws, "contact", contact_ids).items()})
        self.contacts = queries.contacts_of(ws, partner_id) if partner_id else []
        self.edited: list[EditedRow] = []  # what the last OK wrote, for the conflict dialog

        self.name = QLineEdit(objectName="partnerName")
        self.name.setMinimumWidth(320)
        self.kind = QComboBox(objectName="partnerKind")
        self.dims = {d: QCheckBox(objectName=f"partnerDim{d.value.capitalize()}") for d in Dimension}
        self.street = QLineEdit(objectName="partnerStreet")
        self.postcode = QLineEdit(objectName="partnerPostcode", maxLength=max_length(Partner, "postcode"))
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit(objectName="partnerCity")
        self.country = QLineEdit(objectName="partnerCountry", maxLength=max_length(Partner, "country"))
        self.country.setMaximumWidth(60)
        self.region = QLineEdit(objectName="partnerRegion")
        self.industry = QLineEdit(objectName="partnerIndustry")
        self.website = QLineEdit(objectName="partnerWebsite")
        self.tags = QLineEdit(objectName="partnerTags")
        self.notes = QPlainTextEdit(objectName="partnerNotes")
        self.notes.setFixedHeight(70)
        # the columns of an imported list that map to no field (issue 15), one "Name: value" per line
        self.extra = QPlainTextEdit(objectName="partnerExtra")
        self.extra.setFixedHeight(60)
        self.extra.setTabChangesFocus(True)
        self.extra.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one detail per line, as stored
        self.errors: dict[str, QLabel] = {}
        self.contact_table = QTableWidget(0, len(CONTACT_FIELDS), objectName="contactTable")
        self.contact_table.verticalHeader().hide()
        self.contact_table.setWordWrap(False)  # a phone number on one line; seven columns scroll sideways
        self.contact_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.contact_table.horizontalHeader().setStretchLastSection(True)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_contact = QPushButton(objectName="addContact")
        self.remove_contact = QPushButton(objectName="removeContact")
        self.add_contact.clicked.connect(self._add_contact_row)
        self.remove_contact.clicked.connect(self._remove_contact_row)

        self.master = QGroupBox(objectName="masterDataGroup")
        form = QFormLayout(self.master)
        self.labels: list[QLabel] = []
        self.form = form
        dims_row = QHBoxLayout()
        for box in self.dims.values():
            dims_row.addWidget(box)
        dims_row.addStretch(1)
        place_row = QHBoxLayout()  # postcode and city on one line, as on an envelope
        place_row.addWidget(self.postcode)
        place_row.addWidget(self.city, 1)
        for fields, widget, buddy in (
                (("name",), self.name, None), (("kind",), self.kind, None),
                (("dimensions",), dims_row, self.dims[Dimension.REGIONAL]), (("street",), self.street, None),
                (("postcode", "city"), place_row, self.postcode), (("country",), self.country, None),
                (("region",), self.region, None), (("industry",), self.industry, None),
                (("website",), self.website, None), (("tags",), self.tags, None), (("notes",), self.notes, None),
                (("extra",), self.extra, None)):
            label = QLabel()
            label.setBuddy(buddy or widget)
            self.labels.append(label)
            form.addRow(label, widget)
            for field in fields:
                error = QLabel(objectName=f"error_{field}")
                error.setStyleSheet("color: #c0392b;")
                error.setWordWrap(True)
                error.hide()
                form.addRow(error)
                self.errors[field] = error
        self.contact_group = QGroupBox(objectName="contactGroup")
        contact_layout = QVBoxLayout(self.contact_group)
        contact_layout.addWidget(self.contact_table)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact)
        contact_buttons.addWidget(self.remove_contact)
        contact_buttons.addStretch(1)
        contact_layout.addLayout(contact_buttons)
        self.errors["contacts"] = QLabel(objectName="error_contacts", wordWrap=True)
        self.errors["contacts"].setStyleSheet("color: #c0392b;")
        self.errors["contacts"].hide()
        contact_layout.addWidget(self.errors["contacts"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("partnerOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.history_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.history_button.setObjectName("partnerHistory")
        self.history_button.setVisible(self.partner is not None and has_history(ws))  # a file keeps no history
        self.history_button.clicked.connect(self.show_history)
        columns = QHBoxLayout()
        columns.addWidget(VerticalScrollArea(self.master), 1)  # error lines may make the form taller than the screen
        columns.addWidget(self.contact_group, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        order = [self.name, self.kind, *self.dims.values(), self.street, self.postcode, self.city, self.country,
                 self.region, self.industry, self.website, self.tags, self.notes, self.extra, self.contact_table,
                 self.add_contact, self.remove_contact]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        resize_for_font(self, 1180, 580)
        self.retranslate()
        self._load()
        if controller.read_only:  # a reader looks (and sees the history), changes nothing
            show_read_only(self, self.buttons)

    # -- values -----------------------------------------------------------------------------------------

    def _load(self) -> None:
        p = self.partner
        if p is None:
            self.kind.setCurrentIndex(self.kind.findData(PartnerKind.COMPANY))
            return
        self.name.setText(p.name)
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        for dim, box in self.dims.items():
            box.setChecked(dim in p.dimensions)
        for widget, value in ((self.street, p.street), (self.postcode, p.postcode), (self.city, p.city),
                              (self.country, p.country), (self.region, p.region),
                              (self.industry, p.industry), (self.website, p.website), (self.tags, ", ".join(p.tags))):
            widget.setText(value)
        self.notes.setPlainText(p.notes)
        self.extra.setPlainText(p.extra)
        for contact in self.contacts:
            self._add_contact_row(contact)

    def _add_contact_row(self, contact=None) -> None:
        row = self.contact_table.rowCount()
        self.contact_table.insertRow(row)
        for column, field in enumerate(CONTACT_FIELDS):
            item = QTableWidgetItem(getattr(contact, field) if contact else "")
            item.setData(Qt.ItemDataRole.UserRole, contact.id if contact else None)
            self.contact_table.setItem(row, column, item)
        if not contact:
            self.contact_table.setCurrentCell(row, NAME_COLUMN)
            self.contact_table.editItem(self.contact_table.item(row, NAME_COLUMN))

    def _remove_contact_row(self) -> None:
        row = self.contact_table.currentRow()
        if row >= 0:
            self.contact_table.removeRow(row)

    def set_contact(self, row: int, **values: str) -> None:
        """Fill one contact row (used by tests and by the add button's editor)."""
        for field, value in values.items():
            self.contact_table.item(row, CONTACT_FIELDS.index(field)).setText(value)

    def values(self) -> dict:
        return {"name": self.name.text(), "kind": self.kind.currentData(),
                "dimensions": [d for d, box in self.dims.items() if box.isChecked()],
                "street": self.street.text(), "postcode": self.postcode.text(),
                "city": self.city.text(), "country": self.country.text(), "region": self.region.text(),
                "industry": self.industry.text(), "website": self.website.text(),
                "tags": [t for t in self.tags.text().split(",") if t.strip()], "notes": self.notes.toPlainText(),
                "extra": self.extra.toPlainText()}

    def _contact_rows(self) -> list[tuple[str | None, dict]]:
        rows = []
        for row in range(self.contact_table.rowCount()):
            values = {f: (self.contact_table.item(row, c).text() if self.contact_table.item(row, c) else "")
                      for c, f in enumerate(CONTACT_FIELDS)}
            if any(v.strip() for v in values.values()):
                rows.append((self.contact_table.item(row, 0).data(Qt.ItemDataRole.UserRole), values))
        return rows

    def build_command(self):
        """The edit as one command (a macro with the contacts), or None when nothing changed."""
        ws = self.controller.workspace
        if self.partner is None:
            main = partners.create_partner(ws, **self.values())
            partner_id = main.entity_id
        else:  # only what the user changed, so a re-applied edit keeps a colleague's other changes
            changed = {k: v for k, v in clean_partner(self.values(), partial=True).items()
                       if getattr(self.partner, k) != v}
            main = partners.update_partner(ws, self.partner.id, expected=self.versions.get(("partner", self.partner.id)),
                                           **changed)
            partner_id = self.partner.id
        steps = [main] if (self.partner is None or main.changes) else []
        self.edited = [EditedRow("partner", partner_id, self.partner.name, self.partner,
                                 self.versions.get(("partner", partner_id)), changed)] if self.partner else []
        kept = set()
        for contact_id, values in self._contact_rows():
            try:
                if contact_id is None:
                    steps.append(partners.create_contact(ws, partner_id, **values))
                else:
                    kept.add(contact_id)
                    old = next(c for c in self.contacts if c.id == contact_id)
                    changes = {f: v for f, v in clean_contact(values, partial=True).items() if getattr(old, f) != v}
                    if changes:
                        version = self.versions.get(("contact", contact_id))
                        steps.append(partners.update_contact(ws, contact_id, expected=version, **changes))
                        self.edited.append(EditedRow("contact", contact_id, old.name, old, version, changes))
            except ValidationError as exc:
                raise ValidationError("contacts", exc.template, **exc.params) from exc
        steps += [partners.delete_contact(ws, c.id) for c in self.contacts if c.id not in kept]
        if not steps:
            return None
        self.partner_id = partner_id
        return steps[0] if len(steps) == 1 else Macro(steps, main.template, **main.params)

    def accept(self) -> None:
        saved, _command = submit(self, self.build_command, self.errors, FIELD_WIDGETS, "name", "contactTable",
                                 conflict=lambda _error: settle(self, self.edited, self._rebuild))
        if saved:
            super().accept()

    def _rebuild(self, versions: dict) -> Macro | None:
        """The edit again, over the rows as a colleague left them (their new versions)."""
        self.versions.update(versions)
        return self.build_command()

    def show_history(self) -> None:
        show_history(self.controller.workspace, "partner", self.partner.id, self.partner.name, self)

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New partner") if self.partner is None
                            else self.tr("Partner “%1”").replace("%1", self.partner.name))
        self.master.setTitle(self.tr("Master data"))
        self.contact_group.setTitle(self.tr("Contacts"))
        labels = [self.tr("&Name:"), self.tr("&Kind:"), self.tr("Net&works:"), self.tr("Str&eet:"),
                  self.tr("&Postcode, city:"), self.tr("C&ountry:"), self.tr("&Region:"), self.tr("&Industry:"),
                  self.tr("&Website:"), self.tr("&Tags:"), self.tr("N&otes:"), self.tr("Further &details:")]
        for label, text in zip(self.labels, labels):
            label.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        for kind in sorted(PartnerKind, key=lambda k: term(k)):
            self.kind.addItem(term(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        for dim, box in self.dims.items():
            box.setText(term(dim))
        self.country.setPlaceholderText("DE")
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.website.setPlaceholderText("https://")
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.city.setPlaceholderText(self.tr("City"))
        self.region.setPlaceholderText(self.tr("federal state or region"))
        self.extra.setPlaceholderText(self.tr("One detail per line, as “Name: value”"))
        self.extra.setToolTip(self.tr("Columns of an imported list that have no field of their own are kept here, "
                                      "one per line; the exports write each as a column again."))
        self.contact_table.setHorizontalHeaderLabels([self.tr("Salutation"), self.tr("Title"), self.tr("Name"),
                                                      self.tr("Department"), self.tr("Role"), self.tr("E-mail"),
                                                      self.tr("Phone")])
        self.add_contact.setText(self.tr("Add contact"))
        self.remove_contact.setText(self.tr("Remove contact"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed this partner, what and when"))


