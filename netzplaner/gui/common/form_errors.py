"""Saving a dialog: run its command, or show the one sentence of a refusal next to the field it is about."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import NetzplanerError, StaleEditError, ValidationError
from ...services.commands import Command
from .messages import error_text


def show_error(errors: Mapping[str, QLabel], field: str, text: str) -> None:
    errors[field].setText(text)
    errors[field].show()


Conflict = Callable[[StaleEditError], tuple[bool, "Command | None"]]


def submit(dialog: QWidget, build: Callable[[], Command | None], errors: Mapping[str, QLabel],
           field_widgets: Mapping[str, str], default_field: str,
           fallback_widget: str = "", conflict: Conflict | None = None) -> tuple[bool, Command | None]:
    """(saved, command): the command is run through ``dialog.controller`` as one undo step; None = no change.

    A refusal puts its sentence under the field named by the error (else ``default_field``), focuses that
    field's widget (``fallback_widget`` for a field without one), and nothing is written. ``conflict`` settles
    a row someone changed since the dialog loaded it (gui/team/conflict_dialog.py).
    """
    for label in errors.values():
        label.hide()
    try:
        try:
            command = build()
            if command is not None:
                dialog.controller.run(command)
        except StaleEditError as exc:
            if conflict is None:
                raise
            return conflict(exc)
    except ValidationError as exc:
        field = exc.field if exc.field in errors else default_field
        show_error(errors, field, error_text(exc))
        widget = dialog.findChild(QWidget, field_widgets.get(field, fallback_widget))
        if widget is not None:
            widget.setFocus()
        return False, None
    except NetzplanerError as exc:
        show_error(errors, default_field, error_text(exc))
        return False, None
    return True, command
