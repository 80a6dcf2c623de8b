"""Error sentences from the lower layers, in the UI language.

Every ``NetzplanerError`` carries an English template and its parameters; the templates are listed in
``texts.py`` for lupdate, so a German sentence exists for each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import NetzplanerError


def error_text(error: NetzplanerError) -> str:
    return template_text(error.template, error.params, fallback=str(error))


def template_text(template: str, params: dict, fallback: str | None = None) -> str:
    """A lower layer's sentence (English template and parameters) in the UI language."""
    translated = QCoreApplication.translate("Message", template)
    params = dict(params)
    if isinstance(params.get("label"), str):  # field names inside a sentence ("Name must not be empty.")
        params["label"] = QCoreApplication.translate("Field", params["label"])
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return fallback if fallback is not None else template.format(**params)
