"""Regenerate the screenshots in docs/screenshots, all at 1366×768 (the laptop most users have):

- German and English: the welcome page, every tab on the demo (overview, partners, network map, goals, action
  plan) and the goal, action, partner and assessment dialogs;
- German only: the map of a synthetic network of 2,000 partners, presentation mode of the demo map, and the
  board workbook's cover and map page (``netzplaner export`` → LibreOffice → PDF → pdftoppm at 80 dpi).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

The demo's dates count from today, as in the app, so only the dates shown change from day to day. The workbook
pages need LibreOffice (``soffice``) and poppler (``pdftoppm``, ``pdftotext``); without them they are skipped
with a note.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "screenshots"
SCREEN = HERE / "screen-1366x768.json"
sys.path.insert(0, str(ROOT))
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a 1366×768 screen for full screen and dialogs
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ["NETZPLANER_DATA_DIR"] = tempfile.mkdtemp(prefix="netzplaner-shots-")

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QSettings,
    QTimer,
    qInstallMessageHandler,
)

from netzplaner.gui.common import i18n
from netzplaner.gui.shell.app import create_application

WIDTH, HEIGHT = 1366, 768


def quiet_offscreen(mode, context, message: str) -> None:
    """The offscreen platform says this for every window it shows; everything else still reaches stderr."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)  # workers (network check, layouts) report back through the event loop
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds; a worker that never reports is an error, not a blank shot."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"make_screenshots: timed out waiting for {what}")
        settle(50)


def shoot(widget, name: str) -> None:
    widget.show()
    settle()
    target = OUT / f"{name}.png"
    widget.grab().save(str(target))
    print(target.relative_to(ROOT))


def map_ready(window) -> None:
    """Wait until the map tab has read its data on the worker, no layout runs, and it is drawn as at rest."""
    panel = window.map_panel
    wait_until(lambda: panel.data is not None and not panel._dirty and panel._shown_generation == panel._generation
               and (panel.task is None or not panel.task.running), "the network map")
    settle()
    panel.view.fit()
    panel.view.settle()  # labels and edge styles as at rest, without waiting for the settle timer


def shoot_map(window, name: str) -> None:
    window.tabs.setCurrentWidget(window.map_host)
    map_ready(window)
    shoot(window, name)


def shoot_presentation(window, name: str) -> None:
    """The demo map full screen with large labels, grabbed as the 1366×768 screen shows it; Esc's path leaves."""
    window.start_presentation()
    panel = window.map_panel
    full = panel._presentation_window
    full.setGeometry(0, 0, WIDTH, HEIGHT)
    settle(500)
    panel.view.fit()
    panel.view.settle()
    shoot(full, name)
    panel._leave_presentation()
    settle()


def shoot_large_network(window, partners: int = 2000) -> None:
    from netzplaner.services import demo

    path = Path(os.environ["NETZPLANER_DATA_DIR"]) / f"synthetic-{partners}.netzplan"
    demo.write_synthetic(path, partners=partners, seed=1, lang="de", overwrite=True)  # as `netzplaner demo --partners`
    if window.documents.open_path(path) is None:
        raise SystemExit(f"make_screenshots: could not open {path}")
    settle(500)
    shoot_map(window, f"de-map-{partners}")
    window.documents._drop()


def shoot_workbook(lang: str = "de") -> None:
    """The board workbook of the demo, written by `netzplaner export` (with the map picture), printed by LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        print("make_screenshots: LibreOffice or poppler missing, the workbook pages are skipped", file=sys.stderr)
        return
    from netzplaner.io import workbook_labels
    from netzplaner.services import demo

    work = Path(tempfile.mkdtemp(prefix="netzplaner-workbook-"))
    doc, xlsx = work / "demo.netzplan", work / "Vorstandsmappe.xlsx"
    demo.write_demo(doc, lang=lang)
    subprocess.run([sys.executable, "-m", "netzplaner", "export", str(doc), "-o", str(xlsx), "--lang", lang],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    profile = work / "lo-profile"  # a private profile: a running LibreOffice does not block the conversion
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), str(xlsx)], check=True, capture_output=True, timeout=300)
    pdf = xlsx.with_suffix(".pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(work / "page")], check=True, timeout=300)
    pages = sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    caption = workbook_labels.sheet("map", lang)
    map_page = pages[-1]  # the map sheet is the last one printed, unless its caption says otherwise
    for number in range(len(pages), 1, -1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              check=True, capture_output=True, text=True, timeout=60).stdout
        if caption in text:
            map_page = pages[number - 1]
            break
    for source, name in ((pages[0], f"{lang}-workbook-cover"), (map_page, f"{lang}-workbook-map")):
        target = OUT / f"{name}.png"
        shutil.copyfile(source, target)
        print(target.relative_to(ROOT), f"(page {pages.index(source) + 1} of {len(pages)})")
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    qInstallMessageHandler(quiet_offscreen)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["NETZPLANER_DATA_DIR"])
    app = create_application([])
    from netzplaner.gui.plan.action_dialog import ActionDialog
    from netzplaner.gui.partners.assessment_dialog import AssessmentDialog
    from netzplaner.gui.plan.goal_dialog import GoalDialog
    from netzplaner.gui.shell.main_window import MainWindow
    from netzplaner.gui.partners.partner_dialog import PartnerDialog
    from netzplaner.services import queries

    for lang in ("de", "en"):
        QSettings().clear()  # each language starts as a first-time user: no recent files, no saved window state
        i18n.install(lang)
        QCoreApplication.processEvents()
        window = MainWindow()
        window.resize(WIDTH, HEIGHT)
        shoot(window, f"{lang}-welcome")
        controller = window.documents.open_demo()
        ws = controller.workspace
        settle(800)
        shoot(window, f"{lang}-overview")
        uni = next(p for p in queries.list_partners(ws) if p.kind.value == "university")
        window.tabs.setCurrentWidget(window.partner_panel)
        controller.selection.set_partners([uni.id])
        shoot(window, f"{lang}-main")  # the partner tab with a partner chosen
        controller.selection.set_partners([])  # the map tab and presentation without a selection
        shoot_map(window, f"{lang}-map")
        if lang == "de":
            shoot_presentation(window, "de-presentation")
        window.tabs.setCurrentWidget(window.goal_panel)
        window.goal_panel.table.selectRow(1)
        shoot(window, f"{lang}-goals")
        window.tabs.setCurrentWidget(window.plan_panel)
        shoot(window, f"{lang}-action-plan")
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
        if lang == "de":
            shoot_large_network(window)
        window.close()
    shoot_workbook("de")
    app.quit()
    shutil.rmtree(os.environ["NETZPLANER_DATA_DIR"], ignore_errors=True)  # the demo copies and the 2,000 partners


if __name__ == "__main__":
    main()
