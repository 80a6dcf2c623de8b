"""Errors that carry one clear sentence for the user."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class NetzplanerError(Exception):
    """Base of every error a user may see. ``str(error)`` is one clear English sentence.

    ``template`` and ``params`` let a translated front end rebuild the sentence in its own language.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(NetzplanerError):
    """An input that breaks a rule; ``field`` names the form field the message belongs next to."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(NetzplanerError):
    """The record an edit refers to is no longer in the document."""


class DocumentError(NetzplanerError):
    """A document that cannot be opened or written; ``kind`` says why (for translated messages)."""

    def __init__(self, kind: str, template: str, **params: object) -> None:
        self.kind = kind
        super().__init__(template, **params)


class LockedError(NetzplanerError):
    """Another process holds the document. ``holder`` says who (``user``, ``host``, ``since``, ``heartbeat``,
    ``known``: False when the lock file cannot be read), for the question whether to open it read-only."""

    def __init__(self, path: Path, holder: Any) -> None:
        self.path = path
        self.holder = holder
        if holder.known:
            super().__init__(
                "“{name}” is already open by {user} on {host} since {since}; you can open it read-only.",
                name=path.name, user=holder.user, host=holder.host, since=holder.since)
        else:
            super().__init__(
                "“{name}” is locked, but its lock file cannot be read, so the holder is unknown; you can open "
                "it read-only.", name=path.name)


class LockLostError(NetzplanerError):
    """The lock was broken by someone else while the document was open here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            "Someone else has broken the lock of “{name}” and may be working on it; save your changes under "
            "another name with Save As.", name=path.name)


class StaleEditError(NetzplanerError):
    """Undo or redo refused: a row the step would write was changed or deleted since the step left it.

    ``name`` is how the user knows the row (None when it is gone and its name unknown); ``deleted`` says
    whether it is gone; ``redo`` whether the refusal is of a redo. Each sentence is spelled out for translators.
    """

    def __init__(self, name: str | None, *, deleted: bool = False, redo: bool = False) -> None:
        self.name, self.deleted, self.redo = name, deleted, redo
        if name is None and redo:
            super().__init__("Part of this step was deleted after it (by someone else or in another window); "
                             "the step can no longer be redone.")
        elif name is None:
            super().__init__("Part of this step was deleted after it (by someone else or in another window); "
                             "the step can no longer be undone.")
        elif deleted and redo:
            super().__init__("“{name}” was deleted after this step (by someone else or in another window); "
                             "the step can no longer be redone.", name=name)
        elif deleted:
            super().__init__("“{name}” was deleted after this step (by someone else or in another window); "
                             "the step can no longer be undone.", name=name)
        elif redo:
            super().__init__("“{name}” was changed after this step (by someone else or in another window); "
                             "the step can no longer be redone.", name=name)
        else:
            super().__init__("“{name}” was changed after this step (by someone else or in another window); "
                             "the step can no longer be undone.", name=name)

    def on_redo(self) -> StaleEditError:
        """The same refusal, said of a redo."""
        return StaleEditError(self.name, deleted=self.deleted, redo=True)


class UpgradeNeededError(NetzplanerError):
    """A team network of an older format: this version opens it only after upgrading it, which changes it for
    everyone. ``can_upgrade`` says whether the user may do it (an editor with the right to change the tables, or
    the owner); then a front end asks (the window: yes or no; the command line: ``netzplaner team upgrade URL``),
    else the sentence says who can."""

    def __init__(self, name: str, found: int, newest: int, *, can_upgrade: bool) -> None:
        self.name, self.found, self.newest, self.can_upgrade = name, found, newest, can_upgrade
        if can_upgrade:
            super().__init__(
                "“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to "
                "format {newest} before this version can open it; everyone working on it then needs this "
                "version. Upgrade it in the window, or with: netzplaner team upgrade URL.",
                name=name, found=found, newest=newest)
        else:
            super().__init__(
                "“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to "
                "format {newest} before this version can open it, and you may not upgrade it. Please ask its "
                "administrator.", name=name, found=found, newest=newest)
