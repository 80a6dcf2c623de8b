"""The main window on a team network: where it lives in the title, "saved in the team" instead of Save, the
reader's window without editing, the offline banner, others' edits arriving live, and a partner's history.

The main window owns one ``TeamWindow`` and tells it which document it shows; for a file document it stays
out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from ..common.i18n import Retranslating
from ..common.icons import icon
from ..shell.controller import DocumentController
from .connections import AddressError, parse
from .history_view import has_history, show_history
from .live_refresh import LiveRefresh

# what a reader may not do: the window's actions and the panels' buttons, by objectName
EDIT_ACTIONS = ("actionNewPartner", "actionEditPartner", "actionArchivePartner", "actionDeletePartner",
                "actionMakeOwnFirm", "actionNewRelationship", "actionEditRelationship", "actionAssessRelationship",
                "actionDeleteRelationship", "actionImportWorkbook", "actionImportPartners", "actionUndo",
                "actionRedo", "actionMergePartners")
EDIT_BUTTONS = ("newPartner", "editPartner", "archivePartner", "deletePartner", "newRelationship",
                "editRelationship", "assessRelationship", "deleteRelationship", "newGoal", "editGoal",
                "deleteGoal", "newGoalAction", "newAction", "editAction", "markActionDone", "deleteAction")
SAVE_ACTIONS = ("actionSave", "actionSaveAs")


class OfflineBanner(Retranslating, QFrame):
    """A strip above the pages while the server is away; the window stays usable (reading, filtering)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setStyleSheet("#offlineBanner { background: #fdf0d5; border-bottom: 1px solid #e0b252; } "
                           "#offlineBanner QLabel { color: #5c3d00; }")
        self.symbol = QLabel()
        self.symbol.setPixmap(icon("info", colour="#5c3d00").pixmap(20, 20))
        self.text = QLabel(objectName="offlineBannerText")
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.detail = QLabel(objectName="offlineBannerDetail", wordWrap=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.symbol)
        layout.addWidget(self.text)
        layout.addWidget(self.detail, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Connection to the team server interrupted – your input is kept."))
        self.detail.setText(self.tr("Netzplaner keeps trying; once the server is back, the window shows the "
                                    "latest state and you can save again."))


class TeamWindow(QObject):
    def __init__(self, window: QMainWindow, banner_host) -> None:
        super().__init__(window)
        self.setObjectName("teamWindow")
        self.window = window
        self.banner = OfflineBanner()
        banner_host.insertWidget(0, self.banner)
        self.saved_label = QLabel(objectName="statusTeamSaved")
        window.statusBar().addPermanentWidget(self.saved_label)
        self.saved_label.hide()
        self.history_action = QAction(window)
        self.history_action.setObjectName("actionPartnerHistory")
        self.history_action.setIcon(icon("history"))
        self.history_action.triggered.connect(self.show_partner_history)
        window.menu_partner.addAction(self.history_action)
        self.live: LiveRefresh | None = None
        self.controller: DocumentController | None = None
        self.retranslate()
        self.show_document(None)

    # -- the document ---------------------------------------------------------------------------------

    def show_document(self, controller: DocumentController | None) -> None:
        """After the main window has put up the document's panels and actions: the team's differences."""
        self.controller = controller
        self.live = None  # the previous one stopped when its document closed
        team = controller is not None and controller.always_saved
        self.banner.hide()
        self.saved_label.setVisible(team and not controller.read_only)  # a reader saves nothing
        self.history_action.setVisible(controller is not None and has_history(controller.workspace))
        if controller is not None:  # a history belongs to one chosen partner
            controller.selection.partnersChanged.connect(lambda ids: self.history_action.setEnabled(bool(ids)))
            self.history_action.setEnabled(bool(controller.selection.partner_ids))
        if not team:
            return
        for name in SAVE_ACTIONS:  # always saved on the server: nothing to save
            self._hide(self.window.findChild(QAction, name))
        if controller.read_only:
            self._reader_window()
        self.live = LiveRefresh(controller)
        self.live.serverReachable.connect(self._reachable)

    def _reader_window(self) -> None:
        """A reader looks, filters, checks and exports; whatever would change the network is not offered (and
        the server refuses it anyway)."""
        for name in EDIT_ACTIONS:
            self._hide(self.window.findChild(QAction, name))
        for name in EDIT_BUTTONS:
            for button in self.window.findChildren(QPushButton, name):
                button.hide()
        self.window.menu_relationship.menuAction().setVisible(False)  # every entry there edits
        for separator in self.window.document_separators[:-1]:  # their tool bar groups are gone: no double bars
            separator.setVisible(False)

    @staticmethod
    def _hide(action: QAction | None) -> None:
        if action is not None:
            action.setEnabled(False)
            action.setVisible(False)

    def _reachable(self, online: bool) -> None:
        self.banner.setVisible(not online)
        ctrl = self.controller  # while the server is away nothing is being saved: the status must not say so
        self.saved_label.setVisible(online and ctrl is not None and ctrl.always_saved and not ctrl.read_only)
        self.window.statusBar().clearMessage()

    def show_partner_history(self) -> None:
        ctrl = self.controller
        if ctrl is None or not ctrl.selection.partner_ids:
            return
        partner_id = ctrl.selection.partner_ids[0]
        show_history(ctrl.workspace, "partner", partner_id, ctrl.workspace.get("partner", partner_id).name,
                     self.window)

    # -- texts ----------------------------------------------------------------------------------------

    def title(self, controller: DocumentController) -> str | None:
        """"Network on server/db (anna, editor) — Netzplaner" for a team network; None for a file."""
        if not controller.always_saved:
            return None
        try:
            where = parse(controller.workspace.location)[0].where
        except AddressError:
            where = controller.workspace.display_name
        role = (QCoreApplication.translate("TeamWindow", "reader") if controller.read_only
                else QCoreApplication.translate("TeamWindow", "editor"))
        text = QCoreApplication.translate("TeamWindow", "Network on %1 (%2, %3) — Netzplaner")
        return text.replace("%1", where).replace("%2", controller.workspace.user or "").replace("%3", role)

    def status_mode(self, controller: DocumentController) -> str | None:
        if not controller.always_saved:
            return None
        return QCoreApplication.translate("TeamWindow", "Read only (role: reader)") if controller.read_only else ""

    def retranslate(self) -> None:
        self.saved_label.setText(QCoreApplication.translate("TeamWindow", "Saved in the team"))
        self.saved_label.setToolTip(QCoreApplication.translate(
            "TeamWindow", "Every change is saved on the team server at once; there is nothing to save."))
        self.history_action.setText(QCoreApplication.translate("TeamWindow", "&History of this partner…"))
