"""The bridge from the workspace's history to Qt's undo stack.

The workspace owns the one history (docs/architecture.md, "Commands and undo"); the QUndoStack mirrors it so
that Qt's undo actions, texts and clean state work. Each ``UndoableCommand`` runs its step through the
workspace: the first ``redo`` (inside ``QUndoStack.push``) executes it, later ones redo it, ``undo`` undoes
it. A step that fails marks itself obsolete, and Qt removes it from the stack just as the workspace removes it
from its history, so both keep the same steps in the same order. A step the workspace keeps (a team network's
server could not be reached) stays on the stack too: Qt has already moved past it, so the controller moves the
index back, and the step lets that move pass without running again (``resync``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...services.commands import Command
from ...services.workspace import Workspace
from ..common.i18n import term

Refused = Callable[[BaseException, bool, bool], None]  # (the error, a redo?, kept in the history?)


def command_text(command: Command) -> str:
    """The command's description in the UI language (templates are listed for lupdate in texts.py)."""
    params = {k: term(v) if isinstance(v, Enum) else v for k, v in command.params.items()}
    return QCoreApplication.translate("Command", command.template).format(**params)


class UndoableCommand(QUndoCommand):
    """One step of the workspace's history on Qt's undo stack.

    ``failure`` holds what stopped the first run (a ValidationError for the dialog that pushed it);
    ``refused(error, redo)`` is told when a later undo or redo fails. Qt calls these methods from C++, where a
    Python exception cannot travel, so they catch it and mark the step obsolete.
    """

    def __init__(self, workspace: Workspace, command: Command, refused: Refused) -> None:
        super().__init__(command_text(command))
        self.workspace = workspace
        self.command = command
        self.failure: BaseException | None = None
        self._refused = refused
        self._pushed = False
        self.resync = False  # the next undo/redo only puts Qt's index back where the workspace's history is

    def redo(self) -> None:
        if self.resync:
            self.resync = False
            return
        first, self._pushed = not self._pushed, True
        try:
            if first:
                self.workspace.execute(self.command)
            else:
                self._expect(self.workspace.undone, self.command)
                self.workspace.redo()
        except Exception as exc:  # noqa: BLE001 - handed on: to run()'s caller, or to the user
            if first:
                self.setObsolete(True)
                self.failure = exc
            else:
                self._refuse(exc, self.workspace.undone, redo=True)

    def undo(self) -> None:
        if self.resync:
            self.resync = False
            return
        try:
            self._expect(self.workspace.done[::-1], self.command)
            self.workspace.undo()
        except Exception as exc:  # noqa: BLE001
            self._refuse(exc, self.workspace.done[::-1], redo=False)

    def _refuse(self, exc: Exception, steps: tuple[Command, ...], *, redo: bool) -> None:
        """The workspace dropped the step (obsolete here too) or kept it (Qt's index goes back, see resync)."""
        kept = bool(steps) and steps[0] is self.command
        self.resync = kept
        self.setObsolete(not kept)
        self._refused(exc, redo, kept)

    @staticmethod
    def _expect(steps: tuple[Command, ...], command: Command) -> None:
        if not steps or steps[0] is not command:
            raise AssertionError("the undo stack and the workspace's history disagree")


def retranslate_stack(stack) -> None:
    """After a language switch, every entry on the stack describes itself in the new language."""
    for index in range(stack.count()):
        entry = stack.command(index)
        if isinstance(entry, UndoableCommand):
            entry.setText(command_text(entry.command))
