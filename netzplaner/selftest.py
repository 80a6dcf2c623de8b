"""``netzplaner --selftest``: does this installation work? (The frozen Windows build is checked with it in CI.)

In a temporary folder it writes the demo network, opens it in a hidden main window, edits, undoes and saves, lays
the map out both ways, runs the network check and writes the board workbook and a picture of the map. It prints
``ok STEP`` for each step and returns 0, or names the step that failed in one sentence and returns 1
(``NETZPLANER_DEBUG=1`` adds the traceback). Nothing outside the temporary folder is touched: settings go to an
INI file there instead of the registry, working copies to a data folder there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

STEPS = ("window", "store", "layout", "check", "export", "import")


class StepFailed(Exception):
    """A check inside a step did not hold; the message says which."""


def _no_dialogs():
    """The window's questions and messages would wait for a click: turn each into a failure of the step."""
    from .gui.common import ask

    def fail(_parent, title, text, *_args, **_kwargs):
        raise StepFailed(f"the window asked “{title}”: {text}")

    saved = {name: getattr(ask, name) for name in ("confirm", "save_discard_cancel", "error", "info")}
    for name in saved:
        setattr(ask, name, fail)
    return lambda: [setattr(ask, name, func) for name, func in saved.items()]


class _SelfTest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.app = self.window = self.controller = None
        self.note = "Self-test edit"
        self.restore_dialogs: Callable[[], object] | None = None

    # -- the steps --------------------------------------------------------------------------------------

    def window_step(self) -> None:
        from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QSettings, QTranslator

        from .gui.shell.app import create_application
        from .services.demo import write_demo

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # not the user's registry / config file
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "settings"))
        self.app = create_application([sys.argv[0] if sys.argv else "netzplaner"])
        self.restore_dialogs = _no_dialogs()
        from .gui.shell.main_window import MainWindow

        if not QFile.exists(":/i18n/netzplaner_de.qm"):
            raise StepFailed("the German translation is missing from the compiled resources")
        if not QTranslator().load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            raise StepFailed("Qt's German translation (qtbase_de) is missing")
        demo = self.folder / "Demo.netzplan"
        write_demo(demo, lang="de")
        self.window = MainWindow()  # never shown
        self.controller = self.window.documents.open_path(demo)
        if self.controller is None:
            raise StepFailed("the demo network did not open")
        QCoreApplication.processEvents()
        rows = self.window.partner_panel.table.model().rowCount()
        if rows < 10:
            raise StepFailed(f"the partner table shows {rows} partners instead of the demo's")
        if self.window.map_panel is None:  # builds the map tab (pyqtgraph, loaded on first use)
            raise StepFailed("the network map tab could not be built")
        QCoreApplication.processEvents()

    def store_step(self) -> None:
        from .services import partners, queries
        from .services.documents import check_file

        ctrl = self.controller
        ws = ctrl.workspace
        own = queries.own_firm(ws)
        before = own.notes
        ctrl.run(partners.update_partner(ws, own.id, notes=self.note))
        if queries.own_firm(ws).notes != self.note or not ctrl.is_modified:
            raise StepFailed("an edit did not reach the document")
        ctrl.undo_stack.undo()
        if queries.own_firm(ws).notes != before:
            raise StepFailed("undo did not restore the previous value")
        ctrl.undo_stack.redo()
        ctrl.save()
        if ctrl.is_modified:
            raise StepFailed("the document still has unsaved changes after saving")
        check_file(ctrl.path)  # the saved file is a whole, valid document

    def layout_step(self) -> None:
        import numpy as np

        from .analysis.layout import LayoutKind
        from .services import network_map

        data = network_map.load_map(self.controller.workspace)
        for kind in LayoutKind:
            positions = network_map.layout_positions(data, kind)
            if positions.shape != (data.n, 2) or not np.isfinite(positions).all():
                raise StepFailed(f"the {kind.value} layout gave no position to some partners")

    def check_step(self) -> None:
        from .services import network_check

        self.report = network_check.check_network(self.controller.workspace)
        if not network_check.format_text(self.report, "de").strip():
            raise StepFailed("the network check produced an empty report")

    def export_step(self) -> None:
        from .gui.map.map_export import render_workspace
        from .services.export import export_board_workbook

        ws = self.controller.workspace
        picture = render_workspace(ws, self.folder / "map.png", width=1200, height=800)
        png = picture.read_bytes()
        if not png.startswith(b"\x89PNG") or len(png) < 10_000:
            raise StepFailed("the picture of the map is empty")
        texts = [r.text("de") for r in self.report.recommendations]
        workbook = export_board_workbook(ws, self.folder / "Vorstand.xlsx", lang="de", recommendations=texts,
                                         map_png=png)
        if Path(workbook).read_bytes()[:2] != b"PK":
            raise StepFailed("the board workbook is not an Excel file")

    def import_step(self) -> None:
        """A graph file read safely and a network proposed from the shipped postcode table (bundled data)."""
        from .domain.enums import Dimension, PartnerKind
        from .io import postcodes
        from .io.import_source import read_source
        from .services.network_proposal import propose

        path = self.folder / "netz.graphml"
        path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
                        '<node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
                        encoding="utf-8")
        if len(read_source(path).element_rows) != 2:
            raise StepFailed("a GraphML file did not read as two partners")
        home = ("DE", postcodes.lookup("72336", "DE"), "")
        if home[1] is None or propose({"name": "Nachbar", "kind": PartnerKind.COMPANY, "postcode": "72458"},
                                      home).dimensions != {Dimension.REGIONAL}:
            raise StepFailed("the postcode table is missing or places no postcode")

    def close(self) -> None:
        if self.app is None:
            return
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)  # the overview's check, before its window goes
        if self.window is not None:
            self.window.documents.close()
            self.window.deleteLater()
            self.window = None
        self.app.processEvents()


def _sentence(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {text}"


def run() -> int:
    """Run every step; 0 when all passed, 1 after the first that failed (named on stderr)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    debug = bool(os.environ.get("NETZPLANER_DEBUG"))
    saved_data_dir = os.environ.get("NETZPLANER_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="netzplaner-selftest-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        os.environ["NETZPLANER_DATA_DIR"] = str(folder / "data")  # working copies stay in the temporary folder
        test = _SelfTest(folder)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("window", test.window_step), ("store", test.store_step), ("layout", test.layout_step),
            ("check", test.check_step), ("export", test.export_step), ("import", test.import_step)]
        try:
            for name, step in steps:
                try:
                    step()
                except BaseException as exc:  # noqa: BLE001  (a self-test reports every failure)
                    if isinstance(exc, KeyboardInterrupt):
                        raise
                    print(f"Self-test failed at step “{name}”: {_sentence(exc)}", file=sys.stderr, flush=True)
                    if debug:
                        traceback.print_exc()
                    return 1
                print(f"ok {name}", flush=True)
            return 0
        finally:
            try:
                test.close()
            except Exception:  # noqa: BLE001  (closing after a failure must not hide the failure)
                if debug:
                    traceback.print_exc()
            if test.restore_dialogs is not None:
                test.restore_dialogs()
            if saved_data_dir is None:
                os.environ.pop("NETZPLANER_DATA_DIR", None)
            else:
                os.environ["NETZPLANER_DATA_DIR"] = saved_data_dir
