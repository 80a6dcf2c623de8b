"""File → "Open team network…": server, port, database, user, TLS, password; or a pasted postgresql:// address.

OK ("Connect") opens the network right here; a refusal (wrong password, server unreachable, no such database,
the team extra missing) is one sentence in the dialog, and everything typed stays. A saved connection is opened
without the dialog when libpq (``.pgpass``, service file) or the keyring has its password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DocumentError, NetzplanerError, UpgradeNeededError
from ...services.workspace import Workspace
from ..common import ask
from ..common.i18n import Retranslating
from ..common.messages import error_text
from ..shell.screen_fit import VerticalScrollArea, resize_within_screen
from . import connections
from .connections import SSL_MODES, Address

Opener = Callable[..., Workspace | None]  # (url, password=..., parent=...): None when the user declined


def ask_upgrade(parent: QWidget | None, question: UpgradeNeededError) -> bool:
    """Yes or no: upgrade a team network of an older format for everyone (the safe answer, No, is the default)."""
    text = QCoreApplication.translate(
        "ConnectDialog", "“%1” was set up with an older version of Netzplaner: it has format %2, this version "
        "works with format %3. Upgrade it now?").replace("%1", question.name) \
        .replace("%2", str(question.found)).replace("%3", str(question.newest))
    detail = QCoreApplication.translate(
        "ConnectDialog", "The upgrade changes the team network for everyone: all who work on it then need this "
        "version of Netzplaner. Your partners, relationships and plans stay as they are.")
    return ask.confirm(parent, QCoreApplication.translate("ConnectDialog", "Upgrade team network"), text, detail,
                       QCoreApplication.translate("ConnectDialog", "Upgrade"))


def _open(url: str, password: str | None, parent: QWidget | None = None) -> Workspace | None:
    """The team network, upgraded first when it is older and the user agrees; None when the user says no."""
    from ...services.team_upgrade import open_team_network

    return open_team_network(url, password=password, confirm_upgrade=lambda question: ask_upgrade(parent, question))


class ConnectDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None, address: Address | None = None, name: str = "",
                 error: str = "", opener: Opener = _open) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.opener = opener
        self.workspace: Workspace | None = None
        self.paste = QLineEdit(objectName="connectUrl")
        self.paste.textEdited.connect(self._pasted)
        self.name = QLineEdit(objectName="connectName")
        self.host = QLineEdit(objectName="connectHost")
        self.port = QSpinBox(objectName="connectPort", minimum=1, maximum=65535, value=connections.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(objectName="connectDatabase")
        self.user = QLineEdit(objectName="connectUser")
        self.sslmode = QComboBox(objectName="connectSslMode")
        self.sslmode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sslmode.setMinimumContentsLength(24)  # the long choices must not widen the dialog at 14 pt
        self.ssl_hint = QLabel(objectName="connectSslHint", wordWrap=True)
        self.ssl_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit(objectName="connectPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password_hint = QLabel(objectName="connectPasswordHint", wordWrap=True)
        self.remember = QCheckBox(objectName="connectRemember")
        self.keyring_ok = connections.keyring_works()
        self.remember.setEnabled(self.keyring_ok)
        self.remember.setChecked(self.keyring_ok)
        self.keyring_note = QLabel(objectName="connectKeyringNote", wordWrap=True)
        self.keyring_note.setVisible(not self.keyring_ok)
        self.error = QLabel(objectName="connectError", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        for hint in (self.ssl_hint, self.password_hint, self.keyring_note):
            hint.setStyleSheet("color: palette(placeholder-text);")
        self.sslmode.currentIndexChanged.connect(self._describe_ssl)

        self.paste_hint = QLabel(objectName="connectUrlHint", wordWrap=True)
        self.paste_hint.setStyleSheet("color: palette(placeholder-text);")
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(8)]
        rows = ((self.paste, self.paste_hint), (self.name,), (self.host,), (self.port,), (self.database,),
                (self.user,), (self.sslmode, self.ssl_hint),
                (self.password, self.password_hint, self.remember, self.keyring_note))
        for label, widgets in zip(self.labels, rows):
            label.setBuddy(widgets[0])
            if len(widgets) == 1:
                form.addRow(label, widgets[0])
                continue
            column = QVBoxLayout()  # a field with its explanation right below it, in the field's column
            column.setSpacing(2)
            for widget in widgets:
                column.addWidget(widget)
            form.addRow(label, column)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(objectName="connectIntro", wordWrap=True)
        body_layout.addWidget(self.intro)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("connectOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(VerticalScrollArea(body), 1)  # at the projector font the form scrolls, the buttons stay
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        if address is not None:
            self.set_address(address)
        self.name.setText(name)
        self.show_error(error)
        (self.password if address is not None and address.database else self.paste).setFocus()
        self._fit(body)

    def _fit(self, body: QWidget) -> None:
        """Wide enough for the check box at the projector font; each explanation as tall as its wrapped lines
        at the field's width (a form layout guesses too little and squeezes them); where the screen is smaller,
        the form scrolls and the buttons stay in view."""
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        label_width = max(label.sizeHint().width() for label in self.labels) + self.form.horizontalSpacing()
        width = max(640, label_width + self.remember.sizeHint().width() + bar + margins.left() + margins.right())
        field = width - label_width - bar - margins.left() - margins.right()
        for hint in (self.paste_hint, self.ssl_hint, self.password_hint, self.keyring_note):
            hint.setMinimumHeight(hint.heightForWidth(field))
        self.intro.setMinimumHeight(self.intro.heightForWidth(field + label_width))
        body.adjustSize()
        error_room = 0 if self.error.isVisibleTo(self) else 2 * self.error.fontMetrics().height()  # a refusal's line
        resize_within_screen(self, width, self.sizeHint().height() + error_room)

    # -- the address -----------------------------------------------------------------------------------

    def set_address(self, address: Address) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(address.sslmode)))
        if self.sslmode.findData(address.sslmode) < 0:  # a mode the list does not offer (allow, verify-ca)
            self.sslmode.addItem(address.sslmode, address.sslmode)
            self.sslmode.setCurrentIndex(self.sslmode.count() - 1)
        self._options = address.options

    def address(self) -> Address:
        return Address(host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip(),
                       user=self.user.text().strip(), sslmode=self.sslmode.currentData() or "prefer",
                       options=getattr(self, "_options", ()))

    def _pasted(self, text: str) -> None:
        """A pasted address fills the fields (its password only the password field)."""
        if not text.strip():
            self.show_error("")
            return
        try:
            address, password = connections.parse(text)
        except connections.AddressError:
            self.show_error(self.tr("This is not a server address; it looks like "
                                    "postgresql://user@server:5432/database."))
            return
        self.set_address(address)
        if password is not None:
            self.password.setText(password)
            self.paste.setText(address.url)  # the password does not stay visible in the address line
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- connecting ------------------------------------------------------------------------------------

    def accept(self) -> None:
        address = self.address()
        if not address.database:
            self.show_error(self.tr("Enter the name of the database."))
            self.database.setFocus()
            return
        password = self.password.text() or None
        self.show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = self.opener(address.url, password=password, parent=self)
        except NetzplanerError as exc:
            self.show_error(error_text(exc))
            focus = {"password": self.password, "no_database": self.database, "unreachable": self.host,
                     "tls": self.sslmode}.get(exc.kind if isinstance(exc, DocumentError) else "", None)
            (focus or self.ok_button).setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.workspace is None:  # the user declined to upgrade it: nothing opened, the dialog stays
            self.show_error(self.tr("The team network was not upgraded, so it was not opened."))
            self.ok_button.setFocus()
            return
        if password and self.remember.isChecked():
            connections.remember_password(address.url, password)
        elif password and self.keyring_ok:
            connections.forget_password(address.url)  # unticked: a password kept earlier goes
        connections.remember_connection(self.name.text(), address.url)
        super().accept()

    # -- language --------------------------------------------------------------------------------------

    def _describe_ssl(self) -> None:
        texts = {
            "prefer": self.tr("Encrypted when the server offers it, otherwise not. Enough inside the company "
                              "network."),
            "require": self.tr("Always encrypted; without encryption no connection is made. The server's "
                               "certificate is not checked."),
            "verify-full": self.tr("Always encrypted, and the server's certificate is checked (name and issuer). "
                                   "The safest choice over the internet."),
            "disable": self.tr("Not encrypted. Only for a server on this computer or in a sealed-off network."),
        }
        self.ssl_hint.setText(texts.get(self.sslmode.currentData(), self.tr("A setting of your administrator.")))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open team network"))
        self.intro.setText(self.tr("A team network lives on your company's PostgreSQL server; everyone with access "
                                   "plans in it together. Your administrator gives you the details."))
        texts = (self.tr("Paste an &address:"), self.tr("&Name in the list:"), self.tr("&Server:"),
                 self.tr("&Port:"), self.tr("&Database:"), self.tr("&User:"), self.tr("&Encryption (TLS):"),
                 self.tr("Pass&word:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.paste.setPlaceholderText(self.tr("postgresql://user@server:5432/database"))
        self.paste_hint.setText(self.tr("or fill in the fields below"))
        self.name.setPlaceholderText(self.tr("e.g. Network of the management team"))
        self.host.setPlaceholderText(self.tr("e.g. netzplaner.company.local"))
        current = self.sslmode.currentData() or "prefer"
        self.sslmode.blockSignals(True)
        self.sslmode.clear()
        names = {"prefer": self.tr("Encrypt when possible (prefer)"), "require": self.tr("Always encrypt (require)"),
                 "verify-full": self.tr("Encrypt and check the server (verify-full)"),
                 "disable": self.tr("Do not encrypt (disable)")}
        for mode in SSL_MODES:
            self.sslmode.addItem(names[mode], mode)
        if current not in SSL_MODES:
            self.sslmode.addItem(current, current)
        self.sslmode.setCurrentIndex(self.sslmode.findData(current))
        self.sslmode.blockSignals(False)
        self._describe_ssl()
        self.password_hint.setText(self.tr("Leave empty when your administrator has set up a .pgpass or service "
                                           "file on this computer."))
        self.remember.setText(self.tr("Remember the password in the system's credential store"))
        self.keyring_note.setText(self.tr("This computer has no credential store that Netzplaner can use, so the "
                                          "password is not remembered; you will be asked for it next time."))
        self.ok_button.setText(self.tr("Connect"))


def connect(parent: QWidget | None, address: Address | None = None, name: str = "", error: str = "",
            opener: Opener = _open) -> Workspace | None:
    """Ask for a connection and open it (an older team network after the upgrade question); the open workspace,
    or None when the user cancels."""
    dialog = ConnectDialog(parent, address, name, error, opener)
    return dialog.workspace if dialog.exec() else None


def open_saved(parent: QWidget | None, url: str, opener: Opener = _open) -> Workspace | None:
    """Open a saved connection: with libpq's own password (.pgpass, service) or the keyring's, else ask. None
    when the user cancels or declines to upgrade an older team network."""
    try:
        address, _password = connections.parse(url)
    except connections.AddressError:
        return connect(parent, opener=opener)
    try:
        workspace = opener(address.url, password=connections.stored_password(address.url), parent=parent)
    except NetzplanerError as exc:  # the dialog, with the sentence and the fields filled in
        return connect(parent, address, connections.name_of(address.url), error_text(exc), opener)
    if workspace is None:  # the user declined to upgrade it
        return None
    connections.remember_connection(connections.name_of(address.url), address.url)  # moves up the list
    return workspace
