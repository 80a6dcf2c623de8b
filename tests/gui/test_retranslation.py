"""One retranslation mechanism: every widget that has texts to follow is ``i18n.Retranslating``, and a language switch
retranslates every page of an open document, the window and an open dialog."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

import netzplaner.gui
from netzplaner.gui.common import i18n
from netzplaner.gui.common.i18n import Retranslating
from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.gui.partners.partner_model import KIND
from netzplaner.services import demo


def _gui_classes():
    for module in pkgutil.walk_packages(netzplaner.gui.__path__, "netzplaner.gui."):
        if module.ispkg or module.name.rsplit(".", 1)[-1] in ("resources_rc", "__main__", "build", "collect"):
            continue
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ == loaded.__name__:
                yield loaded, cls


def test_every_widget_with_texts_follows_the_language_through_the_one_mixin():
    own_handlers = []
    for module, cls in _gui_classes():
        if issubclass(cls, QWidget) and "retranslate" in vars(cls):
            assert issubclass(cls, Retranslating), f"{cls.__qualname__} retranslates but is not Retranslating"
        source = inspect.getsource(cls)
        if "LanguageChange" in source and cls is not Retranslating:
            own_handlers.append(cls.__qualname__)
    # besides the mixin only these look at the event: column widths, a relationship list's width, a closed view
    assert sorted(own_handlers) == ["ColumnSizer", "RelationshipPanel", "_SitOut"]


def test_switching_the_language_retranslates_every_page(window, tmp_path, monkeypatch, qtbot):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    window.documents.open_path(doc)
    for index in range(window.tabs.count()):  # every page built, the map included
        window.tabs.setCurrentIndex(index)
    dialog = PartnerDialog(window.controller, None, window)
    qtbot.addWidget(dialog)
    views = [w for w in (window, *window.findChildren(QWidget)) if isinstance(w, Retranslating)]
    assert {type(w).__name__ for w in views} >= {"MainWindow", "WelcomePage", "DashboardPanel", "PartnerPanel",
                                                "MapPanel", "GoalPanel", "ActionPlanPanel", "TimelineView",
                                                "RelationshipPanel", "PartnerDialog"}
    retranslated = []
    for cls in {type(w) for w in views}:
        original = cls.retranslate
        monkeypatch.setattr(cls, "retranslate",
                            lambda self, original=original: (retranslated.append(self), original(self))[1])

    i18n.install("de")
    QApplication.processEvents()  # Qt posts the switch to every widget
    assert {id(w) for w in views} <= {id(w) for w in retranslated}  # each one, whatever it is
    assert window.menu_file.title() == "&Datei"
    assert window.tabs.tabText(window.tabs.indexOf(window.plan_panel)) == "Maßnahmenplan"
    assert window.map_panel.force_button.text() == "Nach Verbindungen"
    assert window.plan_panel.goal_label.text() == "&Ziel:"
    assert window.relationship_panel.show_all.text() == "Alle Beziehungen anzeigen"
    assert window.goal_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Ziel"
    assert window.partner_panel.model.headerData(KIND, Qt.Orientation.Horizontal) == "Art"
    assert dialog.windowTitle() == "Neuer Partner"
