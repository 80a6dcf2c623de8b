"""Regenerate the screenshots in docs/screenshots at the users' three screens (docs/architecture.md, "Screens"):

- ``1366x768``: a laptop at 100 % with the 9-pt font; the files keep their plain names (``de-main.png``);
- ``1280x800``: a projector with the projector font of 14 pt (``de-main-1280x800.png``);
- ``1920x1080``: a full-HD screen at Windows' 125 % scaling (``de-main-1920x1080.png``). The offscreen screen
  reports 120 dpi as Windows does at 125 %; Qt derives the factor 1.25 from it, so the window works in 1536×864
  logical pixels and the pictures have 1920×1080 real ones.

Each size shows the German window as a maximised window has it (the screen less the task bar and the title bar):
the welcome page, every tab on the demo (overview, partners, network map, goals, action plan, comparison), the
File menu, presentation mode, and the main dialogs (partner, relationship, assessment, goal, action, merge,
partner-list import, states, preferences, team connection). At 1366×768 also: the English window, the map of a
synthetic network of 2,000 partners, and the board workbook's cover and map page (``netzplaner export`` →
LibreOffice → PDF → pdftoppm at 80 dpi). Liberation Sans stands in for Segoe UI (the same widths).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--size 1280x800 ...] [--no-workbook]

Every size runs in a process of its own (the screen is fixed when Qt starts). The demo's dates count from today,
as in the app, so only the dates shown change from day to day. The workbook pages need LibreOffice (``soffice``)
and poppler (``pdftoppm``, ``pdftotext``); without them they are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "screenshots"
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Screen:
    width: int  # real pixels
    height: int
    points: int  # the application font
    dpi: int  # 96 = 100 %, 120 = Windows' 125 %
    suffix: str  # of the file names
    everything: bool  # also English, the 2,000-partner map and the workbook

    @property
    def scale(self) -> float:
        return self.dpi / 96

    @property
    def logical(self) -> tuple[int, int]:
        return round(self.width / self.scale), round(self.height / self.scale)


SCREENS = {
    "1366x768": Screen(1366, 768, 9, 96, "", True),
    "1280x800": Screen(1280, 800, 14, 96, "-1280x800", False),
    "1920x1080": Screen(1920, 1080, 9, 120, "-1920x1080", False),
}
TASK_BAR = 40  # logical pixels of the Windows task bar below a maximised window
TITLE_AND_TASK_BAR = 71  # a maximised window at 1366×768 leaves 1366×697 (issue 11)
STAND_IN_FONT = "Liberation Sans"

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QSize, QTimer, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog

from netzplaner.gui.common import ask, i18n
from netzplaner.gui.shell import screen_fit
from netzplaner.gui.shell.app import apply_font_size, create_application


def quiet_offscreen(mode, context, message: str) -> None:
    """The offscreen platform says what it cannot do for every window and menu; everything else reaches stderr."""
    if not message.startswith("This plugin does not support"):  # propagateSizeHints, raise(), keyboard grabs
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


class Shots:
    """Grabs widgets into ``docs/screenshots/<name><suffix>.png`` for one screen."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen

    def __call__(self, widget, name: str) -> None:
        widget.show()
        settle()
        target = OUT / f"{name}{self.screen.suffix}.png"
        widget.grab().save(str(target))
        print(target.relative_to(ROOT), f"{widget.width()}×{widget.height()} logical")


def map_ready(window) -> None:
    """Wait until the map tab has read its data on the worker, no layout runs, and it is drawn as at rest."""
    panel = window.map_panel
    wait_until(lambda: panel.data is not None and not panel._dirty and panel._shown_generation == panel._generation
               and (panel.task is None or not panel.task.running), "the network map")
    settle()
    panel.view.fit()
    panel.view.settle()  # labels and edge styles as at rest, without waiting for the settle timer


def shoot_map(shoot: Shots, window, name: str) -> None:
    window.tabs.setCurrentWidget(window.map_host)
    map_ready(window)
    shoot(window, name)


def shoot_presentation(shoot: Shots, window, name: str) -> None:
    """The demo map full screen with large labels, grabbed as the screen shows it; Esc's path leaves."""
    window.start_presentation()
    panel = window.map_panel
    full = panel._presentation_window
    full.setGeometry(0, 0, *shoot.screen.logical)
    settle(500)
    panel.view.fit()
    panel.view.settle()
    shoot(full, name)
    panel._leave_presentation()
    settle()


def shoot_menu(shoot: Shots, window, menu, name: str) -> None:
    """A menu of the menu bar as it opens below its title."""
    bar = window.menuBar()
    menu.popup(window.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
    shoot(menu, name)
    menu.hide()


def shoot_dialog(shoot: Shots, dialog: QDialog, name: str) -> None:
    shoot(dialog, name)
    dialog.close()


def shoot_large_network(shoot: Shots, window, partners: int = 2000) -> None:
    from netzplaner.services import demo

    path = Path(os.environ["NETZPLANER_DATA_DIR"]) / f"synthetic-{partners}.netzplan"
    demo.write_synthetic(path, partners=partners, seed=1, lang="de", overwrite=True)  # as `netzplaner demo --partners`
    if window.documents.open_path(path) is None:
        raise SystemExit(f"make_screenshots: could not open {path}")
    settle(500)
    shoot_map(shoot, window, f"de-map-{partners}")
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


def partner_list(folder: Path) -> Path:
    """A supplier list as a purchasing department hands it over: long names, a few columns."""
    path = folder / "Lieferanten.csv"
    path.write_text("Name;Art;Ort;Land;Branche\n" + "".join(
        f"Zulieferer {i} Präzisionsteile GmbH;Lieferant;Stuttgart;DE;Zerspanung\n" for i in range(40)),
        encoding="utf-8")
    return path


def shoot_dialogs(shoot: Shots, window, lang: str, uni) -> None:
    """The main dialogs on the demo, each as it first opens."""
    from netzplaner.gui.exchange.partner_import_dialog import PartnerImportDialog
    from netzplaner.gui.partners.assessment_dialog import AssessmentDialog
    from netzplaner.gui.partners.merge_dialog import MergeDialog
    from netzplaner.gui.partners.partner_dialog import PartnerDialog
    from netzplaner.gui.partners.relationship_dialog import RelationshipDialog
    from netzplaner.gui.plan.action_dialog import ActionDialog
    from netzplaner.gui.plan.goal_dialog import GoalDialog
    from netzplaner.gui.shell.preferences_dialog import PreferencesDialog
    from netzplaner.gui.snapshots.snapshot_dialog import SnapshotDialog
    from netzplaner.services import queries

    controller = window.controller
    ws = controller.workspace
    goal = queries.list_goals(ws)[1]
    shoot_dialog(shoot, GoalDialog(controller, goal.id, window), f"{lang}-goal-dialog")
    action = queries.list_actions(ws, goal.id)[0]
    shoot_dialog(shoot, ActionDialog(controller, action.id, None, window), f"{lang}-action-dialog")
    window.tabs.setCurrentWidget(window.partner_panel)
    shoot_dialog(shoot, PartnerDialog(controller, uni.id, window), f"{lang}-partner-dialog")
    latest = queries.latest_assessments(ws)
    rel = max(latest, key=lambda rid: len(queries.assessments_of(ws, rid)))
    shoot_dialog(shoot, AssessmentDialog(controller, rel, window), f"{lang}-assessment")
    if lang != "de":
        return
    shoot_dialog(shoot, RelationshipDialog(controller, rel, parent=window), "de-relationship-dialog")
    shoot_dialog(shoot, PreferencesDialog(window), "de-preferences")
    first, second = sorted(queries.list_partners(ws), key=lambda p: p.name)[1:3]
    shoot_dialog(shoot, MergeDialog(controller, first.id, second.id, window), "de-merge-dialog")
    shoot_dialog(shoot, SnapshotDialog(controller, window), "de-states-dialog")
    dialog = PartnerImportDialog(controller, partner_list(Path(os.environ["NETZPLANER_DATA_DIR"])), window)
    dialog.show()
    wait_until(lambda: dialog.report is not None, "the import preview")
    shoot_dialog(shoot, dialog, "de-import-preview")


def shoot_window(shoot: Shots, lang: str) -> None:
    """The welcome page, every tab and the main dialogs on the demo in one language."""
    from netzplaner.gui.shell.main_window import MainWindow
    from netzplaner.services import queries

    QSettings().clear()  # each language starts as a first-time user: no recent files, no saved window state
    i18n.install(lang)
    QCoreApplication.processEvents()
    window = MainWindow()
    width, height = shoot.screen.logical
    window.resize(width, height - TITLE_AND_TASK_BAR)  # maximised
    shoot(window, f"{lang}-welcome")
    if lang == "de":  # the welcome page's "Team-Netzwerk öffnen…", before any network is known
        from netzplaner.gui.team.connect_dialog import ConnectDialog

        shoot_dialog(shoot, ConnectDialog(window), "de-team-connect")
    controller = window.documents.open_demo()
    ws = controller.workspace
    settle(800)
    shoot(window, f"{lang}-overview")
    uni = next(p for p in queries.list_partners(ws) if p.kind.value == "university")
    window.tabs.setCurrentWidget(window.partner_panel)
    controller.selection.set_partners([uni.id])
    shoot(window, f"{lang}-main")  # the partner tab with a partner chosen
    if lang == "de":
        shoot_menu(shoot, window, window.menu_file, "de-menu-file")
    controller.selection.set_partners([])  # the map tab and presentation without a selection
    shoot_map(shoot, window, f"{lang}-map")
    if lang == "de":
        shoot_presentation(shoot, window, "de-presentation")
    window.tabs.setCurrentWidget(window.goal_panel)
    window.goal_panel.table.selectRow(1)
    shoot(window, f"{lang}-goals")
    window.tabs.setCurrentWidget(window.plan_panel)
    shoot(window, f"{lang}-action-plan")
    if lang == "de":
        window.tabs.setCurrentWidget(window.compare_panel)
        wait_until(lambda: window.compare_panel.comparison is not None, "the comparison")
        shoot(window, "de-compare")
    shoot_dialogs(shoot, window, lang, uni)
    window.documents._drop()
    if lang == "de" and shoot.screen.everything:
        shoot_large_network(shoot, window)
    window.close()


def configure(screen: Screen) -> None:
    """The offscreen screen of this size, before Qt starts; settings and demo copies in a folder of their own."""
    work = Path(tempfile.mkdtemp(prefix="netzplaner-shots-"))
    os.environ["NETZPLANER_DATA_DIR"] = str(work)
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        config = work / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": screen.width,
                                                   "height": screen.height, "logicalDpi": screen.dpi, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def shoot_screen(screen: Screen, workbook: bool) -> None:
    configure(screen)
    qInstallMessageHandler(quiet_offscreen)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["NETZPLANER_DATA_DIR"])
    app = create_application([])
    if STAND_IN_FONT in QFontDatabase.families():
        font = QFont(app.font())
        font.setFamily(STAND_IN_FONT)
        app.setFont(font)
    apply_font_size(app, screen.points)
    width, height = screen.logical
    screen_fit.available_size = lambda widget=None: QSize(width, height - TASK_BAR)  # offscreen has no task bar
    ask.info = lambda *args, **kwargs: None  # a finished import or export says so in a box nobody closes here
    shoot = Shots(screen)
    for lang in ("de", "en") if screen.everything else ("de",):
        shoot_window(shoot, lang)
    if workbook and screen.everything:
        shoot_workbook("de")
    app.quit()
    shutil.rmtree(os.environ["NETZPLANER_DATA_DIR"], ignore_errors=True)  # the demo copies and the 2,000 partners


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", choices=list(SCREENS), help="only these sizes (default: all)")
    parser.add_argument("--no-workbook", action="store_true", help="skip the workbook pages (LibreOffice)")
    args = parser.parse_args(argv)
    sizes = args.size or list(SCREENS)
    if len(sizes) == 1:
        shoot_screen(SCREENS[sizes[0]], workbook=not args.no_workbook)
        return
    for size in sizes:  # one process per size: Qt fixes the screen and its scale when it starts
        command = [sys.executable, str(Path(__file__).resolve()), "--size", size]
        subprocess.run(command + (["--no-workbook"] if args.no_workbook else []), check=True)


if __name__ == "__main__":
    main()
