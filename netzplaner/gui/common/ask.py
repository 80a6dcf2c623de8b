"""The questions and messages the window puts to the user, in one place (tests patch these functions)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "", yes_text: str = "") -> bool:
    """A yes/no question whose safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmBox")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole) if yes_text \
        else box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    if detail:
        box.setInformativeText(detail)
    box.exec()
    return box.clickedButton() is yes


def save_discard_cancel(parent: QWidget | None, title: str, text: str, detail: str = "") -> Answer:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedBox")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    if detail:
        box.setInformativeText(detail)
    result = box.exec()
    return {QMessageBox.StandardButton.Save: Answer.SAVE,
            QMessageBox.StandardButton.Discard: Answer.DISCARD}.get(QMessageBox.StandardButton(result), Answer.CANCEL)


def error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.exec()


def open_path(parent: QWidget | None, title: str, folder: str, name_filter: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, name_filter or document_filter())
    return path


def save_path(parent: QWidget | None, title: str, suggestion: str, name_filter: str = "",
              suffix: str = "netzplan") -> str:
    """A path to write a document (or a picture, a workbook) to; the dialog itself asks before overwriting."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, suggestion, name_filter or document_filter())
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)  # added before the overwrite question, so that question is right
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return ""


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog

    result, ok = QInputDialog.getText(parent, title, label, text=value)
    return result if ok else None


def document_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ask", "Netzplaner documents (*.netzplan);;All files (*)")
