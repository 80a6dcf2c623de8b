"""The "Stände" menu and the tool bar button "Stand festhalten" in the window.

A menu of its own between Relationship and View, where a managing director looks for "the state before the
workshop": take a state, manage the states (the dialog). An invisible child of the window, so the language switch
reaches it like every widget; the window only creates it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from ..common.i18n import Retranslating, tr
from ..common.icons import icon
from ..shell.controller import DocumentController


class SnapshotMenu(Retranslating, QWidget):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.hide()
        self.main_window = window
        self.take = QAction(icon("history"), "", window, objectName="actionTakeSnapshot")
        self.manage = QAction(window, objectName="actionManageSnapshots")
        self.take.triggered.connect(self.take_state)
        self.manage.triggered.connect(self.show_dialog)
        window.addAction(self.take)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menuSnapshots")
        self.menu.addAction(self.take)
        self.menu.addAction(self.manage)
        window.menuBar().insertMenu(window.menu_view.menuAction(), self.menu)  # before View
        toolbar = window.toolbar
        after = toolbar.actions().index(window.act_assess) + 1  # with the edits of the network
        before = toolbar.actions()[after] if after < len(toolbar.actions()) else None
        toolbar.insertAction(before, self.take)
        self.dialog = None
        window.documents.documentChanged.connect(self.show_document)
        self.retranslate()
        self.show_document(window.controller)

    def show_document(self, controller: DocumentController | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        shown = controller is not None
        self.take.setVisible(shown)
        self.take.setEnabled(shown and not controller.read_only)
        self.manage.setEnabled(shown)
        self.menu.menuAction().setVisible(shown)

    def take_state(self) -> None:
        from .snapshot_actions import take

        controller = self.main_window.controller
        if controller is not None and not controller.read_only:
            take(self.main_window, controller)

    def show_dialog(self):
        from .snapshot_dialog import SnapshotDialog

        controller = self.main_window.controller
        if controller is None:
            return None
        if self.dialog is None:
            self.dialog = SnapshotDialog(controller, self.main_window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def retranslate(self) -> None:
        self.menu.setTitle(tr("S&tates"))
        self.take.setText(tr("&Take state…"))
        self.take.setIconText(tr("Take state"))
        self.take.setToolTip(tr("Freeze the whole network as it is now, to compare later"))
        self.manage.setText(tr("&Manage states…"))
        self.manage.setToolTip(tr("List, look at and return to earlier states"))
