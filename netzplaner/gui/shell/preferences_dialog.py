"""Preferences: language, font size for the projector, autosave."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..common import settings
from ..common.i18n import Retranslating


class PreferencesDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.language = QComboBox(objectName="prefLanguage")
        self.font_size = QSpinBox(objectName="prefFontSize")
        self.font_size.setRange(0, 32)
        self.autosave = QSpinBox(objectName="prefAutosave")
        self.autosave.setRange(0, 120)
        self.hint = QLabel(objectName="prefHint", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("prefOk")
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(self.labels, (self.language, self.font_size, self.autosave)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        current = settings.LANGUAGE.get()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.font_size.setValue(settings.FONT_POINT_SIZE.get())
        self.autosave.setValue(settings.AUTOSAVE_MINUTES.get())
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        selected = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(selected)))
        self.font_size.setSpecialValueText(self.tr("Standard"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setSuffix(self.tr(" min"))
        for label, text in zip(self.labels, (self.tr("&Language:"), self.tr("&Font size:"), self.tr("&Autosave every:"))):
            label.setText(text)
        self.hint.setText(self.tr("For a projector, choose a font size of 14 pt or more. Autosave writes the "
                                  "open document back at the chosen interval while it has unsaved changes."))

    def values(self) -> dict:
        return {"language": self.language.currentData(), "font_size": self.font_size.value(),
                "autosave": self.autosave.value()}
