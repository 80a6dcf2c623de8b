"""Errors that carry one clear sentence for the user."""

from __future__ import annotations


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
