"""Preferences and recent files in QSettings: each key declared once, with its type and default.

Document data never goes here (docs/architecture.md, "Words, numbers and translations").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Netzplaner"
APPLICATION = "Netzplaner"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type

    def get(self, settings: QSettings | None = None) -> Any:
        settings = settings or QSettings()
        value = settings.value(self.key, self.default)
        if self.type is list:
            if value in (None, ""):
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        if self.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if self.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: Any, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


LANGUAGE = Setting("ui/language", "", str)  # "" = follow the system locale; "de" or "en"
FONT_POINT_SIZE = Setting("ui/fontPointSize", 0, int)  # 0 = system default; larger for the projector
AUTOSAVE_MINUTES = Setting("document/autosaveMinutes", 5, int)  # 0 = off
RECENT_FILES = Setting("document/recentFiles", [], list)
TEAM_CONNECTIONS = Setting("team/connections", [], list)  # JSON {"name", "url"}; the url never with a password
LAST_FOLDER = Setting("document/lastFolder", "", str)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray)


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in RECENT_FILES.get() if f != path]
    files = files[:MAX_RECENT]
    RECENT_FILES.set(files)
    return files


def remove_recent_file(path: str) -> list[str]:
    files = [f for f in RECENT_FILES.get() if f != path]
    RECENT_FILES.set(files)
    return files
