"""The team dialogs fit every screen the users have (docs/architecture.md, "Screens"): the connection dialog with
an error line, the conflict dialog and the history, on the laptop, the projector at 14 pt and at 125 %."""

from __future__ import annotations

from PySide6.QtCore import QSize

from netzplaner.gui.team.conflict_dialog import ConflictDialog, EditedRow, find_conflicts
from netzplaner.gui.team.connect_dialog import ConnectDialog
from netzplaner.gui.team.history_view import HistoryDialog
from netzplaner.services import partners, queries
from tests.gui.test_screens import TITLE_BAR, screen  # noqa: F401  (the screen fixture: font, size, German)


def fits(dialog, size: QSize) -> bool:
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize()).expandedTo(dialog.size())
    return need.width() <= size.width() and need.height() <= size.height() - TITLE_BAR


def test_the_team_dialogs_fit_the_screen(screen, controller, qtbot):  # noqa: F811
    ws = controller.workspace
    connect = ConnectDialog(error="Der Server 127.0.0.1:5432 ist nicht erreichbar; prüfen Sie die Adresse und ob "
                                  "der Server läuft.")
    qtbot.addWidget(connect)
    connect.show()
    remember = connect.remember
    assert fits(connect, screen), connect.size()
    assert remember.geometry().right() <= remember.parentWidget().width()  # the check box is not cut off
    base = ws.get("partner", ws.own_firm_id)
    version = queries.versions(ws, "partner", [base.id])[base.id]
    ws.execute(partners.update_partner(ws, base.id, city="Hechingen", notes="Zweites Werk in Hechingen"))
    conflicts = find_conflicts(ws, [EditedRow("partner", base.id, base.name, base, version,
                                              {"city": "Albstadt", "notes": "Neues Werk " * 30})])
    for dialog in (ConflictDialog(conflicts), HistoryDialog(ws, "partner", base.id, base.name)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert fits(dialog, screen), (dialog.objectName(), dialog.size())


def test_the_conflict_dialog_shows_both_versions_without_scrolling(screen, controller, qtbot):  # noqa: F811
    """At 14 pt the dialog kept its 9-pt size and showed one and a half rows of the two that conflict; its size
    grows with the font now (``screen_fit.resize_for_font``)."""
    ws = controller.workspace
    base = ws.get("partner", ws.own_firm_id)
    version = queries.versions(ws, "partner", [base.id])[base.id]
    ws.execute(partners.update_partner(ws, base.id, city="Hechingen", notes="Zweites Werk in Hechingen"))
    dialog = ConflictDialog(find_conflicts(ws, [EditedRow("partner", base.id, base.name, base, version,
                                                          {"city": "Albstadt", "notes": "Neues Werk " * 30})]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    table = dialog.table
    assert table.model().rowCount() == 2
    assert table.verticalScrollBar().maximum() == 0, (dialog.size(), table.verticalScrollBar().maximum())
