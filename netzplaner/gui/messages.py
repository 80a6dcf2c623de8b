"""Error sentences from the lower layers, in the UI language.

Every ``NetzplanerError`` carries an English template and its parameters; the templates are listed in
``texts.py`` for lupdate, so a German sentence exists for each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import NetzplanerError


def error_text(error: NetzplanerError) -> str:
    template = QCoreApplication.translate("Message", error.template)
    params = dict(error.params)
    if isinstance(params.get("label"), str):  # field names inside a sentence ("Name must not be empty.")
        params["label"] = QCoreApplication.translate("Field", params["label"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return str(error)
