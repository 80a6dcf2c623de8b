"""Where the application keeps its private files (working copies, backups), per platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Netzplaner"


def data_dir() -> Path:
    """The per-user data folder; ``NETZPLANER_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("NETZPLANER_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_DIR_NAME.lower()
    base.mkdir(parents=True, exist_ok=True)
    return base


def working_dir() -> Path:
    path = data_dir() / "working-copies"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
