"""One open document in the window: the workspace, its undo stack, the shared selection, saving and autosave.

Views call ``run(command)`` for every edit and listen to ``changed``; they never hold a session or an ORM object.
The undo stack drives the workspace's history (gui/shell/undo.py): both hold the same steps in the same order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.errors import NetzplanerError
from ...services import queries
from ...services.commands import Command
from ...services.workspace import Workspace
from ..common.messages import error_text
from ..common.selection import Selection
from .undo import UndoableCommand


class DocumentController(QObject):
    changed = Signal(frozenset)  # kinds of entity that changed ("partner", "relationship", ...)
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)
    autosaveFailed = Signal(str)  # one sentence for the user, in the UI language; autosave has stopped
    closing = Signal()  # the document is about to close: work started for it must deliver nothing more
    stepRefused = Signal(bool, str)  # (a redo?, the sentence): an undo or redo failed and left the history

    def __init__(self, workspace: Workspace, parent: QObject | None = None, autosave_minutes: int = 5) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selection = Selection(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        workspace.clear_history()  # the stack starts empty: steps done before are not undoable here
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(self.is_modified))
        self.undo_stack.cleanChanged.connect(lambda clean: clean and workspace.mark_clean())
        workspace.subscribe(self._on_workspace_changed)
        # a recovered or migrated document is unsaved from the start, with nothing to undo
        self._forced_modified = workspace.modified
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave)
        self._autosave_failed = False  # once a timed save failed (e.g. the lock was broken), no more timed saves
        self.set_autosave_minutes(autosave_minutes)

    def set_autosave_minutes(self, minutes: int) -> None:
        """Write the document back every ``minutes`` while it has unsaved changes; 0 turns autosave off (and a
        team network, always saved on its server, has none)."""
        self._autosave_minutes = minutes
        self._autosave.stop()
        if minutes > 0 and not self.read_only and not self._autosave_failed and not self.always_saved:
            self._autosave.start(minutes * 60 * 1000)

    # -- edits ------------------------------------------------------------------------------------------

    def run(self, command: Command) -> Command:
        """Do an edit as one step of the history (pushed on the undo stack, which runs it through the workspace).
        An error (a ValidationError for a dialog's field; a team network's server that cannot be reached)
        propagates; nothing is written or pushed."""
        step = UndoableCommand(self.workspace, command, self._step_refused)
        self.undo_stack.push(step)  # Qt runs step.redo() and drops the step again if it failed
        if step.failure is not None:
            raise step.failure
        return command

    def run_all(self, commands: list[Command], text: str) -> None:
        """Several edits as one undo step (a macro), e.g. a partner with its contacts."""
        from ...services.commands import Macro

        self.run(Macro(commands, text))

    def _step_refused(self, error: BaseException, redo: bool, kept: bool = False) -> None:
        """An undo or redo failed (e.g. a row changed since): the step left the workspace's history and leaves
        Qt's stack as it is obsolete. A refused redo takes the steps undone before it along (they were built on
        it). A step the workspace kept (the server could not be reached) stays, and Qt's index goes back to
        where it was. Called from inside QUndoStack, which must not be changed or re-entered there: the rest
        waits."""
        if kept:
            index = self.undo_stack.index()  # still where it was; Qt moves it once this returns: back again then
            QTimer.singleShot(0, self, lambda: self._after_kept(index, redo, error))
            return
        if redo:  # the refused step is at index(): the ones above it follow it out
            for index in range(self.undo_stack.index() + 1, self.undo_stack.count()):
                self.undo_stack.command(index).setObsolete(True)
        QTimer.singleShot(0, self, lambda: self._after_refusal(redo, error))

    def _after_kept(self, index: int, redo: bool, error: BaseException) -> None:
        if self.workspace.closed:
            return
        self.undo_stack.setIndex(index)
        self.stepRefused.emit(redo, error_text(error))

    def _after_refusal(self, redo: bool, error: BaseException) -> None:
        if self.workspace.closed:
            return
        if redo and self.undo_stack.canRedo():
            marker = QUndoCommand()
            marker.setObsolete(True)
            self.undo_stack.push(marker)  # Qt deletes every step above the current one, then the marker itself
            self.undo_stack.canRedoChanged.emit(False)  # that path of Qt's emits no signal: tell the actions
            self.undo_stack.redoTextChanged.emit("")
        if not isinstance(error, NetzplanerError):
            raise error  # a bug: the application's exception hook reports it
        self.stepRefused.emit(redo, error_text(error))

    # -- a team network: others' changes (gui/team/live_refresh.py) ----------------------------------------

    def changed_elsewhere(self, entities: frozenset[str]) -> None:
        """Another user changed these kinds of entity: the views reload exactly as after an own edit (and read
        afresh: the workspace forgets what it remembered)."""
        if not self.workspace.closed:
            self.workspace.mark_changed()
            self._on_workspace_changed(entities)

    def _on_workspace_changed(self, entities: frozenset[str]) -> None:
        selection = self.selection
        if entities & {"partner", "relationship"} and (selection.partner_ids or selection.relationship_id):
            rel = [selection.relationship_id] if selection.relationship_id else []
            selection.forget(queries.existing(self.workspace, "partner", selection.partner_ids),
                             queries.existing(self.workspace, "relationship", rel))
        self.changed.emit(entities)

    # -- state ------------------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.workspace.path

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    @property
    def always_saved(self) -> bool:
        """A team network: every step is committed on the server; there is nothing to save."""
        return self.workspace.always_saved

    @property
    def is_modified(self) -> bool:
        """Unsaved changes: the undo stack is away from its clean state, or the document came in unsaved."""
        if self.always_saved:
            return False
        return not self.undo_stack.isClean() or self._forced_modified

    def mark_unsaved(self) -> None:
        self._forced_modified = True
        self.modifiedChanged.emit(True)

    # -- saving -----------------------------------------------------------------------------------------

    def save(self) -> None:
        self.workspace.save()
        self._forced_modified = False
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)

    def save_as(self, path: Path) -> None:
        self.workspace.save_as(Path(path))
        self._forced_modified = False
        self.undo_stack.setClean()
        self.pathChanged.emit(self.path)
        self.modifiedChanged.emit(False)
        self._autosave_failed = False  # a new file with a lock of its own
        self.set_autosave_minutes(self._autosave_minutes)  # a read-only document became writable

    def autosave(self) -> None:
        """Write the document back while the user works (docs/architecture.md, "The document file"); edits stay
        undoable."""
        if not self.is_modified or self.read_only or self._autosave_failed:
            return
        try:
            self.save()
        except NetzplanerError as exc:  # a timer has no one to pass it to: stop, and tell the user once
            self._autosave_failed = True
            self._autosave.stop()
            self.autosaveFailed.emit(error_text(exc))

    def close(self) -> None:
        self.closing.emit()
        self._autosave.stop()
        self.undo_stack.cleanChanged.disconnect()  # the stack dies with us; nobody should ask it any more
        self.workspace.close()
