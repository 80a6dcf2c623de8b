"""Start the desktop application: one QApplication, style and palette, language, font, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ... import __version__
from ...domain.locations import is_team_location
from ..common import i18n, settings


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor(38, 110, 170)),
                        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120))
    return palette


def apply_color_scheme(app: QApplication) -> None:
    """Fusion with a light palette, or a dark one when the system asks for dark."""
    scheme = QGuiApplication.styleHints().colorScheme()
    app.setPalette(_dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())


def apply_font_size(app: QApplication, point_size: int) -> None:
    """0 = the system's size; larger sizes make the window readable on a projector."""
    font = QFont(app.font())
    default = getattr(app, "_netzplaner_default_point_size", None) or font.pointSize()
    app._netzplaner_default_point_size = default
    font.setPointSize(point_size if point_size > 0 else default)
    app.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        # crisp on 125 % / 150 % Windows scaling instead of rounding to whole factors
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    apply_color_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_color_scheme(app))
    i18n.install(i18n.preferred_language())
    app.setWindowIcon(QIcon(":/icons/netzplaner.svg"))
    apply_font_size(app, settings.FONT_POINT_SIZE.get())
    return app


def run(file: Path | str | None = None, demo: bool = False) -> int:
    """The GUI entry point used by ``netzplaner [FILE|URL] [--demo]``; a ``postgresql://`` address opens that team
    network (asking for the password only when libpq and the keyring have none)."""
    app = create_application()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    window.offer_recovery()
    open_first(window, file, demo)
    if os.environ.get("NETZPLANER_QUIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: _report_shown_and_quit(window, os.environ["NETZPLANER_QUIT_WHEN_SHOWN"]))
    return app.exec()


STORE_PRELOAD_MS = 300  # after the welcome page's first frame, before a user can have picked a file


def open_first(window, file: Path | str | None, demo: bool) -> None:
    """What the command line asked the new window to open: the demo, a team network's address or a file. With
    nothing to open, the welcome page shows first and the document store loads just after it."""
    if demo:
        window.documents.open_demo()
    elif is_team_location(file):
        window.documents.open_team(file)
    elif file is not None:
        window.documents.open_path(Path(file))
    else:
        from ...services.documents import load_store

        QTimer.singleShot(STORE_PRELOAD_MS, load_store)


def _report_shown_and_quit(window, target: str) -> None:
    """Start-up benchmark hook (tests/benchmarks/bench_startup.py): once the window has drawn its first frame
    with the document, note the wall-clock time (stdout if ``target`` is "1", else into the file ``target``)
    and quit."""
    import time

    window.repaint()  # the first frame, drawn now rather than whenever the platform asks
    stamp = f"{time.time():.6f}"
    if target == "1":
        if sys.stdout is not None:
            print(f"shown {stamp}", flush=True)
    else:
        Path(target).write_text(stamp, encoding="utf-8")
    window.close()  # an unmodified document closes without a question
    QApplication.instance().quit()
