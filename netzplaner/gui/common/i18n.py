"""Languages: Netzplaner's own translations (compiled into resources_rc) and Qt's qtbase for standard dialogs.

Source strings are English; German is complete. The language follows the preference, else the system locale.
Vocabulary words (partner kinds, statuses, ...) come from ``domain.vocabulary`` so the window and the
workbook use the same terms.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ...domain import formatting
from ...domain.vocabulary import LANGUAGES, label
from . import settings

_current = "de"
_installed: list[QTranslator] = []


class Retranslating:
    """The one way a widget follows a language switch: put this mixin before the Qt class
    (``class GoalPanel(Retranslating, QWidget)``) and write ``retranslate()``, which sets every visible text.

    ``install`` makes Qt send QEvent.LanguageChange to every widget; this mixin's ``changeEvent`` answers it. A
    widget that handles other change events overrides ``changeEvent`` and calls ``super().changeEvent(event)``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def tr(text: str) -> str:
    """A text of a module-level function in the UI language: lupdate files calls of a module-level tr() under the
    empty context, so they are looked up there."""
    return QCoreApplication.translate("", text)


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def preferred_language() -> str:
    chosen = settings.LANGUAGE.get()
    return chosen if chosen in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def install(language: str) -> str:
    """Make ``language`` the UI language; widgets hear QEvent.LanguageChange and retranslate."""
    global _current
    from .. import resources_rc  # noqa: F401  (registers the compiled .qm files and icons)

    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = QTranslator(app)
    if own.load(f":/i18n/netzplaner_{language}.qm"):
        _installed.append(own)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_folder):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                               QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom))
    return language


def term(member: Enum) -> str:
    """A vocabulary word in the UI language ("Hochschule", "Erledigt", ...)."""
    return label(member, _current)


def shown_day(value: date | datetime | None) -> str:
    """A date as the UI language writes it (30.11.2026 / 2026-11-30); empty for none, as a blank cell reads."""
    return formatting.day(value, _current) if value else ""
