"""Regenerate the screenshots in docs/screenshots (welcome, overview, partners, network map, goals, action plan,
partner, assessment, goal and action dialogs; German and English):

    QT_QPA_PLATFORM=offscreen:configfile=docs/screen-1366x768.json python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NETZPLANER_DATA_DIR"] = tempfile.mkdtemp(prefix="netzplaner-shots-")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from netzplaner.gui import i18n  # noqa: E402
from netzplaner.gui.app import create_application  # noqa: E402


def settle(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)  # workers (network check, layouts) report back through the event loop
    loop.exec()


def shoot(widget, name: str) -> None:
    widget.show()
    settle()
    target = HERE / "screenshots" / f"{name}.png"
    widget.grab().save(str(target))
    print(target.relative_to(HERE.parent))


def main() -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["NETZPLANER_DATA_DIR"])
    app = create_application([])
    from netzplaner.gui.assessment_dialog import AssessmentDialog
    from netzplaner.gui.main_window import MainWindow
    from netzplaner.gui.partner_dialog import PartnerDialog
    from netzplaner.services import queries

    for lang in ("de", "en"):
        i18n.install(lang)
        QCoreApplication.processEvents()
        window = MainWindow()
        window.resize(1366, 768)  # a 1366×768 laptop, the screen most users have
        shoot(window, f"{lang}-welcome")
        controller = window.documents.open_demo()
        ws = controller.workspace
        settle(800)
        shoot(window, f"{lang}-overview")
        uni = next(p for p in queries.list_partners(ws) if p.kind.value == "university")
        window.tabs.setCurrentWidget(window.partner_panel)
        controller.selection.set_partners([uni.id])
        shoot(window, f"{lang}-main")
        window.tabs.setCurrentWidget(window.map_host)
        shoot(window, f"{lang}-map")
        window.tabs.setCurrentWidget(window.goal_panel)
        window.goal_panel.table.selectRow(1)
        shoot(window, f"{lang}-goals")
        window.tabs.setCurrentWidget(window.plan_panel)
        shoot(window, f"{lang}-action-plan")
        from netzplaner.gui.action_dialog import ActionDialog
        from netzplaner.gui.goal_dialog import GoalDialog

        goal = queries.list_goals(ws)[1]
        dialog = GoalDialog(controller, goal.id, window)
        shoot(dialog, f"{lang}-goal-dialog")
        dialog.close()
        dialog = ActionDialog(controller, queries.list_actions(ws, goal.id)[0].id, None, window)
        shoot(dialog, f"{lang}-action-dialog")
        dialog.close()
        window.tabs.setCurrentWidget(window.partner_panel)
        dialog = PartnerDialog(controller, uni.id, window)
        shoot(dialog, f"{lang}-partner-dialog")
        dialog.close()
        latest = queries.latest_assessments(ws)
        rel = max(latest, key=lambda rid: len(queries.assessments_of(ws, rid)))
        assessment = AssessmentDialog(controller, rel, window)
        shoot(assessment, f"{lang}-assessment")
        assessment.close()
        window.documents._drop()
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
