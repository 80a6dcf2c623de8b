"""The questions when a document is locked by someone else: who holds it, open read-only, break the lock.

``ask_locked`` and ``confirm_break`` are the two modal questions (tests patch them, as they patch ``ask``);
the boxes themselves are built by ``locked_box`` and ``break_box`` so that tests can look at them.
"""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from ...services.documents import LockHolder

translate = QCoreApplication.translate  # lupdate finds translate("LockDialog", ...) calls


class LockChoice(Enum):
    READ_ONLY = "read_only"
    BREAK = "break"
    CANCEL = "cancel"


def _when(timestamp: float) -> str:
    return time.strftime("%d.%m.%Y %H:%M", time.localtime(timestamp))


def _ago(timestamp: float, now: float | None = None) -> str:
    minutes = max(0, int(((now or time.time()) - timestamp) // 60))
    if minutes < 1:
        return translate("LockDialog", "less than a minute ago")
    if minutes < 120:
        return translate("LockDialog", "%1 min ago").replace("%1", str(minutes))
    return translate("LockDialog", "%1 h ago").replace("%1", str(minutes // 60))


def holder_text(path: Path, holder: LockHolder) -> str:
    """Who holds ``path``, since when, and when they last showed a sign of life."""
    if holder.known:
        text = translate("LockDialog", "“%1” is open by %2 on the computer %3 since %4.")
        text = text.replace("%1", path.name).replace("%2", holder.user).replace("%3", holder.host)
        text = text.replace("%4", holder.since)
    else:
        text = translate("LockDialog", "“%1” is locked, but the lock file cannot be read, so it is not known "
                                       "who holds it.").replace("%1", path.name)
    life = translate("LockDialog", "Last sign of life: %1 (%2).")
    return f"{text}\n" + life.replace("%1", _when(holder.heartbeat)).replace("%2", _ago(holder.heartbeat))


def locked_box(parent: QWidget | None, path: Path, holder: LockHolder) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LockDialog", "Document in use"),
                      holder_text(path, holder), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("lockedBox")
    box.setInformativeText(translate(
        "LockDialog", "You can open a read-only copy: you see everything and can save it under another name. "
        "Break the lock only if nobody is working on the document any more, for example after a crash."))
    read_only = box.addButton(translate("LockDialog", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnlyButton")
    breaker = box.addButton(translate("LockDialog", "Break the lock…"), QMessageBox.ButtonRole.DestructiveRole)
    breaker.setObjectName("breakLockButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    return box


def ask_locked(parent: QWidget | None, path: Path, holder: LockHolder) -> LockChoice:
    box = locked_box(parent, path, holder)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"openReadOnlyButton": LockChoice.READ_ONLY, "breakLockButton": LockChoice.BREAK}.get(
        name, LockChoice.CANCEL)


def break_box(parent: QWidget | None, path: Path, holder: LockHolder) -> QMessageBox:
    who = holder.user if holder.known else translate("LockDialog", "the other person")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LockDialog", "Break the lock"),
                      translate("LockDialog", "Really break the lock of “%1”?").replace("%1", path.name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("breakLockBox")
    box.setInformativeText(translate(
        "LockDialog", "If %1 is still working on the document, their unsaved changes could be lost, and you would "
        "overwrite each other's work. Break the lock only if you are sure that %1 has closed Netzplaner or that the "
        "computer has crashed.").replace("%1", who))
    confirm = box.addButton(translate("LockDialog", "Break the lock"), QMessageBox.ButtonRole.DestructiveRole)
    confirm.setObjectName("confirmBreakButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(cancel)  # the safe answer
    box.setEscapeButton(cancel)
    return box


def confirm_break(parent: QWidget | None, path: Path, holder: LockHolder) -> bool:
    box = break_box(parent, path, holder)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "confirmBreakButton"
