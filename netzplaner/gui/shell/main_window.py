"""The main window: menus, toolbar, status bar, the welcome page and the document's panels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...services import queries
from ..common import ask, i18n, settings
from .controller import DocumentController
from ..common.i18n import Retranslating
from ..common.icons import icon
from .document_manager import DocumentManager
from ..common.document_view import detach_views
from .lazy_panel import LazyPanel
from .undo import retranslate_stack
from ..partners.partner_panel import PartnerPanel
from .preferences_dialog import PreferencesDialog
from .screen_fit import fit_tool_bar
from ..partners.relationship_panel import RelationshipPanel
from .welcome import WelcomePage
from ..snapshots.snapshot_menu import SnapshotMenu

from ..search.navigate import go_to
from ..search.search_box import SearchBox
from ..team.connections import saved_connections
from ..team.team_window import TeamWindow
from ..team.sync_actions import SyncMenu

STANDARD = QKeySequence.StandardKey
SIDE_PANEL_SHARE = 3  # the relationship panel opens at most 1/3 of the window wide


class MainWindow(Retranslating, QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(":/icons/netzplaner.svg"))
        self.documents = DocumentManager(self)
        self.undo_group = QUndoGroup(self)
        self.partner_panel: PartnerPanel | None = None
        self.map_host: LazyPanel | None = None
        self.dashboard = self.goal_panel = self.plan_panel = None
        self.compare_panel = None
        self.relationship_panel: RelationshipPanel | None = None

        self.welcome = WelcomePage()
        self.tabs = QTabWidget(objectName="documentTabs")
        # the global search on every page (Ctrl+F): at the menu bar's right end, where it takes no room from the
        # tabs (beside them, the six tabs scrolled at the projector's 14 pt with the side panel open)
        self.search_box = SearchBox(self)
        self.search_box.activated.connect(lambda hit: go_to(self, hit))
        self.stack = QStackedWidget(objectName="centralStack")
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        central = QWidget(objectName="centralArea")
        self.central_column = QVBoxLayout(central)  # the team network's offline banner goes above the pages
        self.central_column.setContentsMargins(0, 0, 0, 0)
        self.central_column.setSpacing(0)
        self.central_column.addWidget(self.stack)
        self.setCentralWidget(central)
        self.relationship_dock = QDockWidget(objectName="relationshipDock")
        self.relationship_dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.relationship_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)  # no float/close clutter
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.relationship_dock)
        self.status_counts = QLabel(objectName="statusCounts")
        self.status_mode = QLabel(objectName="statusMode")
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_mode)

        self._create_actions()
        self._create_menus()
        self.menuBar().setCornerWidget(self.search_box, Qt.Corner.TopRightCorner)
        self.team = TeamWindow(self, self.central_column)
        self.sync_menu = SyncMenu(self)  # File → Take offline / Merge back
        self.snapshot_menu = SnapshotMenu(self)  # the "Stände" menu and "Stand festhalten" (issue 12)
        self._fit_tool_bar()
        self.welcome.newRequested.connect(self.documents.new_document)
        self.welcome.openRequested.connect(self.documents.open_dialog)
        self.welcome.demoRequested.connect(self.documents.open_demo)
        self.welcome.importRequested.connect(self.import_partner_list)
        self.welcome.recentRequested.connect(lambda path: self.documents.open_path(Path(path)))
        self.welcome.teamRequested.connect(lambda: self.documents.open_team())
        self.welcome.connectionRequested.connect(self.documents.open_team)
        self.documents.documentChanged.connect(self._show_document)
        self.documents.recentFilesChanged.connect(self._set_recent_files)
        self.documents.connectionsChanged.connect(lambda: self._set_recent_files(settings.RECENT_FILES.get()))
        self._set_recent_files(settings.RECENT_FILES.get())
        self.retranslate()
        self._show_document(None)
        if not self.restoreGeometry(settings.WINDOW_GEOMETRY.get()):
            self.resize(1280, 800)
        self.restoreState(settings.WINDOW_STATE.get())

    # -- actions and menus ------------------------------------------------------------------------------

    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when menus are hidden (full screen)
        return action

    def _create_actions(self) -> None:
        d = self.documents
        self.act_new = self._action("actionNew", d.new_document, STANDARD.New)
        self.act_open = self._action("actionOpen", d.open_dialog, STANDARD.Open)
        self.act_demo = self._action("actionOpenDemo", d.open_demo)
        self.act_open_team = self._action("actionOpenTeam", lambda: d.open_team())
        self.act_save = self._action("actionSave", d.save, STANDARD.Save)
        self.act_save_as = self._action("actionSaveAs", d.save_as, STANDARD.SaveAs)
        self.act_close = self._action("actionClose", d.close, STANDARD.Close)
        self.act_export = self._action("actionExportWorkbook", self.export_workbook, "Ctrl+E")
        self.act_import = self._action("actionImportWorkbook", self.import_workbook)
        self.act_import_partners = self._action("actionImportPartners", self.import_partner_list)
        self.act_quit = self._action("actionQuit", self.close, STANDARD.Quit)
        self.act_undo = self.undo_group.createUndoAction(self)
        self.act_undo.setObjectName("actionUndo")
        self.act_undo.setShortcuts(QKeySequence.keyBindings(STANDARD.Undo))
        self.act_redo = self.undo_group.createRedoAction(self)
        self.act_redo.setObjectName("actionRedo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        # Qt fixes the "Undo %1" prefix when the action is made; ours follows a language switch
        self.undo_group.undoTextChanged.connect(lambda _text: self._update_undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _text: self._update_undo_texts())
        self.act_find = self._action("actionFind", self._focus_search, STANDARD.Find)
        self.act_prefs = self._action("actionPreferences", self.show_preferences, STANDARD.Preferences)
        self.act_bigger = self._action("actionFontBigger", lambda: self.change_font_size(+2), STANDARD.ZoomIn)
        self.act_smaller = self._action("actionFontSmaller", lambda: self.change_font_size(-2), STANDARD.ZoomOut)
        on_partners, on_relationships = self._on_partners, self._on_relationships
        self.act_new_partner = self._action("actionNewPartner", lambda: on_partners(PartnerPanel.new_partner),
                                            "Ctrl+Shift+N")
        self.act_edit_partner = self._action("actionEditPartner", lambda: on_partners(PartnerPanel.edit_current), "F2")
        self.act_archive_partner = self._action("actionArchivePartner",
                                                lambda: on_partners(PartnerPanel.archive_selected))
        self.act_delete_partner = self._action("actionDeletePartner", lambda: on_partners(PartnerPanel.delete_selected),
                                               STANDARD.Delete)
        self.act_new_rel = self._action("actionNewRelationship",
                                        lambda: on_relationships(RelationshipPanel.new_relationship), "Ctrl+R")
        self.act_edit_rel = self._action("actionEditRelationship",
                                         lambda: on_relationships(RelationshipPanel.edit_current))
        self.act_assess = self._action("actionAssessRelationship",
                                       lambda: on_relationships(RelationshipPanel.assess_current), "Ctrl+B")
        self.act_delete_rel = self._action("actionDeleteRelationship",
                                           lambda: on_relationships(RelationshipPanel.delete_current))
        self.act_partner_goals = self._action("actionPartnerGoals", self._goals_of_partner)
        self.act_own_firm = self._action("actionMakeOwnFirm", lambda: on_partners(PartnerPanel.make_own_firm))
        self.act_merge_partners = self._action("actionMergePartners", self._merge_partners)
        self.act_about = self._action("actionAbout", self.show_about)
        self.act_present = self._action("actionPresentation", self.start_presentation, "F5")
        self._apply_icons()
        self.document_actions = [self.act_present, self.act_save, self.act_save_as, self.act_close, self.act_find,
                                 self.act_new_partner, self.act_edit_partner, self.act_archive_partner,
                                 self.act_delete_partner, self.act_new_rel, self.act_edit_rel, self.act_assess,
                                 self.act_delete_rel, self.act_partner_goals, self.act_export, self.act_import,
                                 self.act_own_firm, self.act_import_partners]
        self.document_actions.append(self.act_merge_partners)

    def _apply_icons(self) -> None:
        """One icon set (Lucide) on every tool bar action and beside the menu entries."""
        for action, name in ((self.act_new, "file-plus"), (self.act_open, "folder-open"), (self.act_demo, "sparkles"),
                             (self.act_open_team, "users"),
                             (self.act_save, "save"), (self.act_save_as, "save-all"), (self.act_close, "x"),
                             (self.act_export, "file-spreadsheet"), (self.act_import, "file-down"),
                             (self.act_import_partners, "file-input"), (self.act_quit, "log-out"),
                             (self.act_undo, "undo-2"), (self.act_redo, "redo-2"), (self.act_find, "search"),
                             (self.act_prefs, "settings"), (self.act_bigger, "a-arrow-up"),
                             (self.act_smaller, "a-arrow-down"), (self.act_new_partner, "building-complex-plus"),
                             (self.act_edit_partner, "pencil"), (self.act_archive_partner, "archive"),
                             (self.act_delete_partner, "trash-2"), (self.act_new_rel, "link"),
                             (self.act_assess, "gauge"), (self.act_partner_goals, "target"),
                             (self.act_own_firm, "star"), (self.act_about, "info"),
                             (self.act_present, "presentation")):
            action.setIcon(icon(name))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        self.menu_recent = QMenu(self, objectName="menuRecent")
        for action in (self.act_new, self.act_open, self.act_open_team, self.act_demo):
            self.menu_file.addAction(action)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        for action in (self.act_save, self.act_save_as, self.act_close):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export)
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_import_partners)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.setObjectName("menuEdit")
        for action in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_prefs)
        self.menu_partner = bar.addMenu("")
        self.menu_partner.setObjectName("menuPartner")
        for action in (self.act_new_partner, self.act_edit_partner, self.act_archive_partner, self.act_delete_partner):
            self.menu_partner.addAction(action)
        self.menu_partner.addSeparator()
        self.menu_partner.addAction(self.act_partner_goals)
        self.menu_partner.addAction(self.act_own_firm)
        self.menu_partner.addAction(self.act_merge_partners)
        self.menu_relationship = bar.addMenu("")
        self.menu_relationship.setObjectName("menuRelationship")
        for action in (self.act_new_rel, self.act_edit_rel, self.act_assess, self.act_delete_rel):
            self.menu_relationship.addAction(action)
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menuView")
        self.menu_view.addAction(self.relationship_dock.toggleViewAction())
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_bigger)
        self.menu_view.addAction(self.act_smaller)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_present)
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menuHelp")
        self.menu_help.addAction(self.act_about)
        # A QToolBar moves what does not fit into its extension menu (») instead of widening the window.
        self.toolbar = QToolBar(objectName="mainToolbar", movable=False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        groups = ((self.act_new, self.act_open, self.act_save), (self.act_undo, self.act_redo),
                  (self.act_new_partner, self.act_new_rel, self.act_assess),
                  (self.act_import_partners, self.act_export, self.act_present))
        self.document_separators = []
        for number, group in enumerate(groups):
            if number:
                self.document_separators.append(self.toolbar.addSeparator())
            for action in group:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.act_new: self.tr("&New…"), self.act_open: self.tr("&Open…"),
            self.act_demo: self.tr("Open &demo network"), self.act_save: self.tr("&Save"),
            self.act_open_team: self.tr("Open &team network…"),
            self.act_save_as: self.tr("Save &as…"), self.act_close: self.tr("&Close"),
            self.act_quit: self.tr("&Quit"), self.act_find: self.tr("&Find…"),
            self.act_prefs: self.tr("&Preferences…"), self.act_bigger: self.tr("&Larger font"),
            self.act_smaller: self.tr("&Smaller font"), self.act_new_partner: self.tr("New &partner…"),
            self.act_edit_partner: self.tr("&Edit partner…"), self.act_archive_partner: self.tr("&Archive / restore"),
            self.act_delete_partner: self.tr("&Delete partner…"),
            self.act_new_rel: self.tr("New &relationship…"), self.act_edit_rel: self.tr("&Edit relationship…"),
            self.act_assess: self.tr("&Assess relationship…"), self.act_delete_rel: self.tr("&Delete relationship…"),
            self.act_about: self.tr("&About Netzplaner"), self.act_partner_goals: self.tr("&Goals of this partner"),
            self.act_own_firm: self.tr("Make &own firm…"), self.act_merge_partners: self.tr("&Merge partners…"),
            self.act_export: self.tr("&Export board workbook (Excel)…"),
            self.act_import: self.tr("&Import board workbook…"),
            self.act_import_partners: self.tr("Import &partner list (Excel, CSV, GraphML, GEXF, GML)…"),
            self.act_present: self.tr("&Presentation"),
        }
        for action, text in texts.items():
            action.setText(text)
        short = {self.act_new: self.tr("New"), self.act_open: self.tr("Open"),
                 self.act_new_partner: self.tr("Partner"), self.act_new_rel: self.tr("Relationship"),
                 self.act_assess: self.tr("Assess"), self.act_import_partners: self.tr("Import"),
                 self.act_export: self.tr("Board workbook")}
        for action, text in short.items():  # the tool bar's labels stay short; the menus say it in full
            action.setIconText(text)
            action.setToolTip(action.text().replace("&", ""))
        self.act_present.setToolTip(self.tr("The network map in full screen with large labels (Esc leaves)"))
        if self.controller is not None:
            retranslate_stack(self.controller.undo_stack)
        self._update_undo_texts()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_partner.setTitle(self.tr("&Partner"))
        self.menu_relationship.setTitle(self.tr("&Relationship"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.relationship_dock.setWindowTitle(self.tr("Relationships"))
        self._retranslate_tabs()
        self.team.retranslate()
        self._update_title()
        self._update_status()
        self._fit_tool_bar()

    def _update_undo_texts(self) -> None:
        """The Edit menu and the tool tip name the step; the tool bar button keeps its short label."""
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.act_undo.setIconText(self.tr("Undo"))
        self.act_redo.setIconText(self.tr("Redo"))
        for action in (self.act_undo, self.act_redo):
            action.setToolTip(action.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light or dark scheme: icons in the matching grey
            self._apply_icons()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the projector font: labels and side panel need more room
            self._fit_tool_bar()
            self._fit_side_panel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tool_bar()

    def _fit_side_panel(self) -> None:
        """The side panel opens at most a third of the window wide (never below its own minimum), so that the
        partner table and the tabs keep their room at the projector's font."""
        if self.relationship_panel is not None:
            width = max(self.relationship_panel.minimumWidth(),
                        min(self.relationship_panel.sizeHint().width(), self.width() // SIDE_PANEL_SHARE))
            self.resizeDocks([self.relationship_dock], [width], Qt.Orientation.Horizontal)

    def _fit_tool_bar(self) -> None:
        """Every tool bar button stays on screen (1280 px at the projector's 14 pt): undo, redo and the file
        buttons give up their labels first, so nothing hides behind the overflow menu "»"."""
        if hasattr(self, "toolbar"):
            fit_tool_bar(self.toolbar, self.width(), (self.act_undo, self.act_redo, self.act_new, self.act_open,
                                                      self.act_save))

    # -- the document -----------------------------------------------------------------------------------

    @property
    def controller(self) -> DocumentController | None:
        return self.documents.controller

    def _show_document(self, controller: DocumentController | None) -> None:
        for panel in (self.partner_panel, self.relationship_panel, self.map_host, self.dashboard,
                      self.goal_panel, self.plan_panel, self.compare_panel):
            if panel is not None:  # it lets go of the document before the document closes
                detach_views(panel)
                panel.hide()
                panel.setParent(None)
                panel.deleteLater()
        self.partner_panel = self.relationship_panel = self.map_host = None
        self.dashboard = self.goal_panel = self.plan_panel = self.compare_panel = None
        self.tabs.clear()
        for stack in list(self.undo_group.stacks()):
            self.undo_group.removeStack(stack)
        if controller is None:
            self.stack.setCurrentWidget(self.welcome)
            self.relationship_dock.setWidget(QWidget())
            self.relationship_dock.hide()
        else:
            self._add_panels(controller)
            self.relationship_panel = RelationshipPanel(controller)
            self.relationship_dock.setWidget(self.relationship_panel)
            self._fit_side_panel()
            self._tab_changed(0)
            self.undo_group.addStack(controller.undo_stack)
            self.undo_group.setActiveStack(controller.undo_stack)
            controller.autosaveFailed.connect(
                lambda text: ask.error(self, self.tr("Autosave stopped"), text))
            controller.stepRefused.connect(
                lambda redo, text: ask.error(self, self.tr("Redo") if redo else self.tr("Undo"), text))
            controller.modifiedChanged.connect(self._update_title)
            controller.pathChanged.connect(self._update_title)
            controller.changed.connect(self._update_status)
            self.stack.setCurrentWidget(self.tabs)
        for action in self.document_actions:
            action.setEnabled(controller is not None)
            action.setVisible(controller is not None)  # the welcome page shows no disabled document buttons
        for item in (*self.document_separators, self.menu_partner.menuAction(),
                     self.menu_relationship.menuAction(), self.act_undo, self.act_redo):  # the undo group enables these
            item.setVisible(controller is not None)
        self.team.show_document(controller)  # a team network: no Save, a reader's window, live refresh
        self.search_box.set_controller(controller)
        self.search_box.setVisible(controller is not None)
        self._update_title()
        self._update_status()
        self._fit_tool_bar()  # the document's buttons came or went

    def _add_panels(self, controller: DocumentController) -> None:
        """The document's pages: overview first, then partners, map, goals and the action plan."""
        from ..plan.action_plan_panel import ActionPlanPanel
        from ..overview.dashboard_panel import DashboardPanel
        from ..plan.goal_panel import GoalPanel
        from ..compare.compare_panel import ComparePanel

        self.dashboard = DashboardPanel(controller)
        self.partner_panel = PartnerPanel(controller)
        self.map_host = LazyPanel(lambda: self._map_panel(controller), "mapHost")
        self.goal_panel = GoalPanel(controller)
        self.plan_panel = ActionPlanPanel(controller)
        self.compare_panel = ComparePanel(controller)
        for panel in (self.dashboard, self.partner_panel, self.map_host, self.goal_panel, self.plan_panel,
                      self.compare_panel):
            self.tabs.addTab(panel, "")
        # the partner table's context menu: the partner menu's entries for the rows selected
        self.partner_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.partner_panel.table.addActions([self.act_edit_partner, self.act_merge_partners, self.act_archive_partner,
                                             self.act_delete_partner])
        self._retranslate_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        selection = controller.selection
        self.dashboard.partnerRequested.connect(
            lambda pid: (selection.set_partners([pid]), self.tabs.setCurrentWidget(self.partner_panel)))
        self.dashboard.goalRequested.connect(self.show_goal)
        self.dashboard.actionRequested.connect(self.show_action)
        self.dashboard.relationshipRequested.connect(self._show_relationship)
        self.dashboard.overdueRequested.connect(
            lambda: (self.tabs.setCurrentWidget(self.plan_panel), self.plan_panel.show_overdue()))
        self.goal_panel.mapRequested.connect(lambda: self.tabs.setCurrentWidget(self.map_host))
        self.goal_panel.actionRequested.connect(self.show_action)
        self._connect_compare(selection)

    def _connect_compare(self, selection) -> None:
        """The Vergleich tab's lines lead to their partner, tie, goal or action; "On the map" to the map's
        comparison mode (issue 12)."""
        panel = self.compare_panel
        panel.partnerRequested.connect(
            lambda pid: (selection.set_partners([pid]), self.tabs.setCurrentWidget(self.partner_panel)))
        panel.relationshipRequested.connect(self._show_relationship)
        panel.goalRequested.connect(self.show_goal)
        panel.actionRequested.connect(self.show_action)
        panel.mapRequested.connect(
            lambda before, after: (self.tabs.setCurrentWidget(self.map_host),
                                   self.map_panel.compare.compare(before, after)))

    def export_workbook(self):
        from ..exchange.workbook_actions import export_workbook

        return export_workbook(self, self.controller) if self.controller is not None else None

    def import_workbook(self):
        """File → Import board workbook; returns the running task (or None)."""
        from ..exchange.workbook_actions import import_workbook

        if self.controller is None or self.controller.read_only:
            return None
        return import_workbook(self, self.controller)

    def import_partner_list(self) -> bool:
        """Import a partner list into the open document; from the welcome page, into a new one first."""
        from ..exchange.partner_import_dialog import import_partner_list

        if self.controller is None and self.documents.new_document() is None:
            return False
        if self.controller is None or self.controller.read_only:
            return False
        return import_partner_list(self, self.controller)

    def start_presentation(self) -> None:
        """The network map in full screen with large labels (Esc leaves)."""
        if self.map_host is None:
            return
        self.tabs.setCurrentWidget(self.map_host)
        self.map_panel.toggle_presentation()

    def _tab_changed(self, _index: int) -> None:
        """The relationship dock belongs to the partner pages; the overview, goals and plan get the room."""
        current = self.tabs.currentWidget()
        if current is not None and self.controller is not None:
            self.relationship_dock.setVisible(current in (self.partner_panel, self.map_host))

    def show_goal(self, goal_id: str) -> None:
        self.tabs.setCurrentWidget(self.goal_panel)
        self.goal_panel.select_goal(goal_id)

    def show_action(self, action_id: str) -> None:
        self.tabs.setCurrentWidget(self.plan_panel)
        self.plan_panel.select_action(action_id)

    def _show_relationship(self, relationship_id: str) -> None:
        ctrl = self.controller
        rel = ctrl.workspace.get("relationship", relationship_id)
        ctrl.selection.set_partners([rel.source_id])
        ctrl.selection.set_relationship(relationship_id)
        self.relationship_dock.show()
        self.tabs.setCurrentWidget(self.partner_panel)

    def _goals_of_partner(self) -> None:
        ctrl = self.controller
        if ctrl is None or self.goal_panel is None or not ctrl.selection.partner_ids:
            return
        self.goal_panel.show_goals_of_partner(ctrl.selection.partner_ids[0])
        self.tabs.setCurrentWidget(self.goal_panel)

    def _retranslate_tabs(self) -> None:
        for panel, text in ((self.dashboard, self.tr("Overview")), (self.partner_panel, self.tr("Partners")),
                            (self.map_host, self.tr("Network map")), (self.goal_panel, self.tr("Goals")),
                            (self.plan_panel, self.tr("Action plan")), (self.compare_panel, self.tr("Comparison"))):
            if panel is not None:
                self.tabs.setTabText(self.tabs.indexOf(panel), text)

    @staticmethod
    def _map_panel(controller: DocumentController) -> QWidget:
        from ..map.map_panel import MapPanel  # pyqtgraph loads when the map is first shown, not at start-up

        return MapPanel(controller)

    @property
    def map_panel(self):
        """The map tab's panel, built on first use."""
        return self.map_host.ensure_panel() if self.map_host is not None else None

    def _update_title(self, *_args) -> None:
        ctrl = self.controller
        if ctrl is None:
            self.setWindowTitle("Netzplaner")
            self.setWindowModified(False)
            return
        team_title = self.team.title(ctrl)
        if team_title is not None:
            self.setWindowTitle(team_title)
            self.setWindowModified(False)
            return
        suffix = self.tr(" (read-only)") if ctrl.read_only else ""
        self.setWindowTitle(f"{ctrl.path.name}[*]{suffix} — Netzplaner")
        self.setWindowModified(ctrl.is_modified)

    def _update_status(self, *_args) -> None:
        ctrl = self.controller
        if ctrl is None:
            self.status_counts.setText(self.tr("No document open"))
            self.status_mode.setText("")
            return
        partners, relationships = queries.totals(ctrl.workspace)
        self.status_counts.setText(self.tr("%Ln partner(s)", "", partners) + " · "
                                   + self.tr("%Ln relationship(s)", "", relationships))
        team_mode = self.team.status_mode(ctrl)
        self.status_mode.setText(team_mode if team_mode is not None else self.tr("Read-only") if ctrl.read_only
                                 else "")

    def _set_recent_files(self, files: list[str]) -> None:
        self.welcome.set_recent_files(files)
        self.menu_recent.clear()
        for path in files:
            action = self.menu_recent.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.documents.open_path(Path(p)))
        connections = saved_connections()
        self.welcome.set_connections([(c.name, c.url) for c in connections])
        if files and connections:
            self.menu_recent.addSeparator()
        for connection in connections:  # the saved team networks beside the files
            action = self.menu_recent.addAction(icon("users"), connection.name)
            action.setObjectName("recentConnection")
            action.setToolTip(connection.url)
            action.triggered.connect(lambda _checked=False, url=connection.url: self.documents.open_team(url))
        self.menu_recent.setEnabled(bool(files or connections))

    def _on_partners(self, act: Callable[[PartnerPanel], object]) -> None:
        """A partner menu entry acts on the open document's partner page (``act`` is e.g. PartnerPanel.new_partner)."""
        if self.partner_panel is not None:
            act(self.partner_panel)

    def _merge_partners(self) -> None:
        """Partner → Merge partners: the two partners selected in the table (or on the map) become one."""
        from ..partners.merge_dialog import merge_selected

        if self.partner_panel is not None and self.controller is not None and not self.controller.read_only:
            ids = self.partner_panel.selected_ids() or list(self.controller.selection.partner_ids)
            merge_selected(self, self.controller, ids)

    def _on_relationships(self, act: Callable[[RelationshipPanel], object]) -> None:
        if self.relationship_panel is not None:
            act(self.relationship_panel)

    def _focus_search(self) -> None:
        """Ctrl+F, from any tab: the global search box."""
        if self.controller is not None:
            self.search_box.focus()

    def offer_recovery(self) -> None:
        self.documents.offer_recovery()

    # -- preferences and comfort ------------------------------------------------------------------------

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self)
        if dialog.exec():
            self.apply_preferences(**dialog.values())

    def apply_preferences(self, language: str, font_size: int, autosave: int) -> None:
        from .app import apply_font_size

        settings.LANGUAGE.set(language)
        settings.FONT_POINT_SIZE.set(font_size)
        settings.AUTOSAVE_MINUTES.set(autosave)
        i18n.install(language or i18n.system_language())
        apply_font_size(QApplication.instance(), font_size)
        if self.controller is not None:
            self.controller.set_autosave_minutes(autosave)

    def change_font_size(self, step: int) -> None:
        from .app import apply_font_size

        current = settings.FONT_POINT_SIZE.get() or QApplication.font().pointSize()
        size = max(8, min(32, current + step))
        settings.FONT_POINT_SIZE.set(size)
        apply_font_size(QApplication.instance(), size)

    def show_about(self) -> None:
        ask.info(self, self.tr("About Netzplaner"), self.tr(
            "Netzplaner %1\n\nMap, judge and plan the partner network of your firm. Works offline; your data "
            "stays in your .netzplan file.\n\nMIT licence. Built with Qt for Python (LGPL).").replace("%1", __version__))

    # -- window events ----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().lower().endswith(".netzplan") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".netzplan"):
                event.acceptProposedAction()
                self.documents.open_path(Path(url.toLocalFile()))
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.close():
            event.ignore()
            return
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        event.accept()
