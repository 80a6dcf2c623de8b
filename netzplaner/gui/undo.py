"""The bridge from service commands to Qt's undo stack."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.commands import Command
from ..services.workspace import Workspace
from .i18n import term


def command_text(command: Command) -> str:
    """The command's description in the UI language (templates are listed for lupdate in texts.py)."""
    params = {k: term(v) if isinstance(v, Enum) else v for k, v in command.params.items()}
    return QCoreApplication.translate("Command", command.template).format(**params)


class UndoableCommand(QUndoCommand):
    """Wraps a service command that has *already been applied* (so validation errors never reach the stack)."""

    def __init__(self, workspace: Workspace, command: Command) -> None:
        super().__init__(command_text(command))
        self.workspace = workspace
        self.command = command
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo once; the edit is already in the document
            self._applied = False
            return
        self.workspace.apply(self.command)

    def undo(self) -> None:
        self.workspace.revert(self.command)


def retranslate_stack(stack) -> None:
    """After a language switch, every entry on the stack describes itself in the new language."""
    for index in range(stack.count()):
        entry = stack.command(index)
        if isinstance(entry, UndoableCommand):
            entry.setText(command_text(entry.command))
