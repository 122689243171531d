"""The main window: menus, the page sidebar and the open workspace's session.

The window is a shell. It opens and closes workspaces through the ``open_session`` callable
the composition root gives it, shows the pages listed in :data:`~commsplanner.ui.pages.PAGE_SPECS`
(each imported and built only when first needed), forwards the session's changes to the pages
that exist, and keeps its own preferences in :class:`~commsplanner.ui.app_settings.AppSettings`.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import Cancelled, CommsPlannerError
from ..paths import resource_path
from . import messages
from .app_settings import AppSettings
from .i18n import LANGUAGE_NAMES, LanguageManager
from .pages import PAGE_SPECS, load_page_class
from .rich_text import escape as _escape
from .session import WorkspaceSession
from .workspace_files import SUFFIX, make_demo_copy, with_suffix

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from ..domain import WorkspaceSettings
    from .welcome_panel import WelcomePanel

# Qt.ItemDataRole.UserRole, spelt out: see _finish_startup() for why ``Qt`` waits.
_USER_ROLE = 0x0100

OpenSession = Callable[..., WorkspaceSession]  # (path, *, read_only=False, create=False)
MakeDemo = Callable[..., Path]  # (language, progress) -> path of a new demo workspace

# The sidebar is styled without a style sheet: one would make Qt draw it through its slower
# style-sheet engine, a noticeable part of start-up.
_SIDEBAR_ITEM_HEIGHT = 34
# How long an announced window's deferred work waits for a first paint that does not come.
_FIRST_PAINT_GRACE_MS = 3000


def page_icon(name: str, widget: QWidget) -> QIcon:
    """An icon from a page's ``page_icon()``: a resource path (relative to ``resources/``),
    a QStyle standard pixmap name ("SP_…") or a freedesktop theme icon name."""
    from PySide6.QtGui import QIcon

    if not name:
        return QIcon()
    if name.startswith("SP_"):
        # QStyle is imported only here: its Python wrapper is slow to set up at start-up.
        from PySide6.QtWidgets import QStyle

        pixmap = getattr(QStyle.StandardPixmap, name, None)
        if pixmap is not None:
            return widget.style().standardIcon(pixmap)
    candidate = Path(name) if os.path.isabs(name) else resource_path(name)
    if candidate.is_file():
        return QIcon(str(candidate))
    return QIcon.fromTheme(name)


class FileDialogs:
    """The file choosers of the shell, replaceable in tests."""

    @classmethod
    def ask_open(cls, parent: QWidget, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "Open workspace"),
            folder,
            _workspace_filter(),
        )
        return Path(path) if path else None

    @classmethod
    def ask_new(cls, parent: QWidget, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "New workspace"),
            folder,
            _workspace_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return with_suffix(path) if path else None

    @classmethod
    def ask_copy(cls, parent: QWidget, suggestion: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "Save a copy as"),
            suggestion,
            _workspace_filter(),
        )
        return with_suffix(path) if path else None


def _workspace_filter() -> str:
    return QCoreApplication.translate(
        "FileDialogs", "Comms Planner workspaces (*{suffix})"
    ).replace("{suffix}", SUFFIX)


class MainWindow(QMainWindow):
    """The shell around the pages of one open workspace."""

    # The session now shown (None when no workspace is open).
    session_changed = Signal(object)
    # Emitted once, after the first page was painted (start-up is over for the user).
    first_painted = Signal()
    # Emitted once every page class of the sidebar has been imported.
    pages_loaded = Signal()
    # The id of the page now shown.
    page_shown = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        languages: LanguageManager,
        open_session: OpenSession,
        *,
        make_demo: MakeDemo = make_demo_copy,
        show_welcome: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``show_welcome=False`` when a workspace is opened right away (the app's start on
        a file): the welcome panel is then built only if that fails."""
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self._open_session = open_session
        self._make_demo = make_demo
        self.session: WorkspaceSession | None = None
        self._specs: list[tuple[str, str]] = list(PAGE_SPECS)
        self._classes: dict[str, type] = {}
        self._failed: set[str] = set()
        self._pages: dict[str, QWidget] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._goto_actions: dict[str, QAction] = {}
        self._current_page: str | None = None
        self._pending_classes: list[str] = []
        self._first_paint_seen = False
        self._first_paint_done = False
        self._showing_soon = False
        # A session whose background damage check waits for the first screen to be painted.
        self._check_pending: WorkspaceSession | None = None
        # Other work the first screen does not need, run right after its paint.
        self._after_first_paint: list[Callable[[], None]] = []
        self._pages_loaded = False
        self._shortcuts_installed = False
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        # Periodic backups; built after the first paint (ui.backups_ui.AutoBackup).
        self.auto_backup = None
        self._manual_backup = False
        # Import the other pages' classes right after the first paint (off only when the
        # process is about to quit anyway, as in the start-up benchmark).
        self.preload_pages = True
        self._welcome: WelcomePanel | None = None

        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._connect_signals()
        self._bind_undo_actions()
        self.retranslate()
        self._restore_window()
        if show_welcome:
            self._show_welcome()
        self._update_actions()

    # ================================================================== construction
    def _build_actions(self) -> None:
        def action() -> QAction:
            return QAction(self)

        # Shortcuts are set by _finish_startup(), after the first paint (see there).
        self.new_action = action()
        self.open_action = action()
        self.demo_action = action()
        self.copy_action = action()
        self.close_action = action()
        self.quit_action = action()
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent_action = action()
        self.import_directory_action = action()
        self.import_measurements_action = action()
        self.export_docx_action = action()
        self.export_ics_action = action()
        self.backup_action = action()
        self.restore_action = action()
        self.preferences_action = action()
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = action()
        self.about_action = action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = action()
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in self.languages.available():
            # Text set apart: the (text, parent) form makes PySide set up QIcon to choose
            # among QAction's constructors.
            act = QAction(self.language_group)
            act.setText(LANGUAGE_NAMES.get(code, code))
            act.setCheckable(True)
            act.setData(code)
            self.language_actions[code] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.demo_action)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_directory_action)
        self.file_menu.addAction(self.import_measurements_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_docx_action)
        self.file_menu.addAction(self.export_ics_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.copy_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        # Undo and Redo are inserted above this separator by _bind_undo_actions().
        self._edit_separator = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.view_menu = bar.addMenu("")
        self.goto_menu = QMenu(self.view_menu)
        self.view_menu.addMenu(self.goto_menu)
        self.language_menu = QMenu(self.view_menu)
        for act in self.language_actions.values():
            self.language_menu.addAction(act)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _build_central(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        # A viewport of our own, which paints no background: the sidebar takes the window's
        # colour. (Asking the list for its own viewport costs ~15 ms at start-up: PySide sets
        # up every widget class to find the Python type of that plain QWidget.)
        self.sidebar.setViewport(QWidget())
        self.sidebar.setSpacing(1)
        self.sidebar.setAccessibleName("Pages")  # translated in retranslate()
        for page_id, _spec in self._specs:
            item = QListWidgetItem()
            item.setSizeHint(QSize(0, _SIDEBAR_ITEM_HEIGHT))
            item.setData(_USER_ROLE, page_id)
            self.sidebar.addItem(item)
            item.setHidden(True)  # shown once its class (and so its title) is loaded
            self._items[page_id] = item

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The sidebar with its margins and the line that sets it off from the pages; hidden
        # together while no workspace is open.
        self._sidebar_box = QWidget()
        self._sidebar_box.setObjectName("sidebarBox")
        self._sidebar_box.setFixedWidth(200)
        box = QHBoxLayout(self._sidebar_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        column = QVBoxLayout()
        column.setContentsMargins(8, 8, 8, 0)
        column.addWidget(self.sidebar)
        box.addLayout(column, 1)
        divider = QFrame()
        divider.setObjectName("sidebarDivider")
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        box.addWidget(divider)
        layout.addWidget(self._sidebar_box)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setObjectName("locationLabel")
        self.statusBar().addPermanentWidget(self.location_label)

    def _connect_signals(self) -> None:
        """Every signal of the shell, wired in one place.

        The one exception is the open session's own signals, connected and disconnected in
        set_session() as sessions come and go.
        """
        self.new_action.triggered.connect(self.new_workspace)
        self.open_action.triggered.connect(self.open_workspace_dialog)
        self.demo_action.triggered.connect(self.open_demo)
        self.copy_action.triggered.connect(self.save_copy)
        self.close_action.triggered.connect(self.close_workspace)
        self.quit_action.triggered.connect(self.close)
        self.clear_recent_action.triggered.connect(self._clear_recent)
        self.import_directory_action.triggered.connect(self.import_directory)
        self.import_measurements_action.triggered.connect(self.import_measurements)
        self.export_docx_action.triggered.connect(self.export_docx)
        self.export_ics_action.triggered.connect(self.export_ics)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_menu.triggered.connect(self._on_recent_action)
        self.goto_menu.triggered.connect(lambda act: self.show_page(str(act.data())))
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.language_group.triggered.connect(lambda act: self.set_language(str(act.data())))
        self.sidebar.currentItemChanged.connect(self._on_sidebar_item)

    def _restore_window(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    # ================================================================== language
    def retranslate(self) -> None:
        """Sets every text of the shell in the current language (also after a live switch)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setStatusTip(self.tr("Create an empty workspace file"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open a workspace file"))
        self.demo_action.setText(self.tr("Open &demo"))
        self.demo_action.setStatusTip(
            self.tr("Create a fresh copy of the demo organisation and open it")
        )
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.clear_recent_action.setText(self.tr("&Clear list"))
        self.copy_action.setText(self.tr("Save a &copy as…"))
        self.copy_action.setStatusTip(self.tr("Write a copy of this workspace to another file"))
        self.close_action.setText(self.tr("C&lose workspace"))
        self.quit_action.setText(self.tr("&Quit"))
        self.import_directory_action.setText(self.tr("&Import directory…"))
        self.import_directory_action.setStatusTip(
            self.tr("Import or update the employee directory from a CSV or Excel file")
        )
        self.import_measurements_action.setText(self.tr("Import &measurements…"))
        self.import_measurements_action.setStatusTip(
            self.tr("Import survey results and other measurements from a CSV or Excel file")
        )
        self.export_docx_action.setText(self.tr("&Export plan to Word…"))
        self.export_docx_action.setStatusTip(
            self.tr("Write the communication plan as a Word document for leadership")
        )
        self.export_ics_action.setText(self.tr("Export &calendar (.ics)…"))
        self.export_ics_action.setStatusTip(
            self.tr("Write the planned communications as an iCalendar file")
        )
        self.backup_action.setText(self.tr("&Back up now"))
        self.backup_action.setStatusTip(
            self.tr("Write a timestamped backup of this workspace to the backups folder")
        )
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.restore_action.setStatusTip(self.tr("Go back to an earlier state of this workspace"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.preferences_action.setStatusTip(
            self.tr("Language, theme, backups and the open workspace's settings")
        )
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(self.tr("The pages of the open workspace"))
        self.goto_menu.setTitle(self.tr("&Go to"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.about_action.setText(self.tr("&About Comms Planner"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        for code, act in self.language_actions.items():
            act.setChecked(code == self.languages.language)
        for page_id, cls in self._classes.items():
            self._apply_page_title(page_id, cls)
        if self._welcome is not None:
            self._welcome.retranslate()
        self._bind_undo_actions()
        self._update_title()
        for page in self._pages.values():
            retranslate = getattr(page, "retranslate", None)
            if callable(retranslate):
                retranslate()

    def set_language(self, code: str) -> None:
        """Switches the UI language now and remembers the choice."""
        self.languages.install(code)
        self.settings.language = self.languages.language
        self.retranslate()

    # ================================================================== workspace
    def open_workspace(self, path: str | os.PathLike[str], *, read_only: bool = False) -> bool:
        """Opens ``path`` and shows it; on failure explains why and keeps what was open."""
        target = Path(path)
        if self.session is not None and _same_file(self.session.hub.path, target):
            return True
        opened = self._open(target, read_only)
        if not opened and self.session is None:
            self._show_welcome()
        return opened

    def _open(self, target: Path, read_only: bool) -> bool:
        try:
            session = self._open_session(target, read_only=read_only)
        except CommsPlannerError as exc:
            if _is_locked_error(exc) and not read_only:
                if messages.ask_open_read_only(self, exc):
                    return self.open_workspace(target, read_only=True)
                return False
            messages.show_error(self, exc)
            if not target.exists():
                self.settings.remove_recent(target)
            return False
        except Exception as exc:
            traceback.print_exc()
            messages.show_error(self, exc)
            return False
        self.set_session(session)
        if self._first_paint_done:
            self._watch_integrity(session)
        else:
            # The damage check reads the whole file: the first screen goes first.
            self._check_pending = session
            QTimer.singleShot(0, self, lambda: self._start_pending_check(painted=False))
        return True

    def about_to_show(self) -> None:
        """Tells the window it is about to be shown (the app's start, before its workspace
        opens): what the first screen does not need then waits for the first paint."""
        self._showing_soon = True
        # A window never painted (started minimised on some desktops) still records the
        # workspace and checks it.
        QTimer.singleShot(_FIRST_PAINT_GRACE_MS, self, self._run_deferred_work)

    def _run_deferred_work(self) -> None:
        """What waited for the first paint: settings writes and the damage check."""
        pending, self._after_first_paint = self._after_first_paint, []
        for work in pending:
            work()
        self._start_pending_check()

    def _painting_first_screen(self) -> bool:
        """Whether the window is on its way to the screen for the first time: what the first
        screen does not need waits for its paint (see _on_first_paint)."""
        return (self._showing_soon or self.isVisible()) and not self._first_paint_done

    def _remember_workspace(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_workspace = path

    def _start_pending_check(self, *, painted: bool = True) -> None:
        if not painted and self._painting_first_screen():
            return  # a window being shown starts it after its first paint
        session, self._check_pending = self._check_pending, None
        if session is not None:
            self._watch_integrity(session)

    def _watch_integrity(self, session: WorkspaceSession) -> None:
        """Follows the damage check that runs in the background after opening (the first
        screen does not wait for it); a damaged file is explained and closed. Nothing was
        written to it meanwhile: the workspace refuses writes until the check has passed."""
        if self.session is not session:
            return
        try:
            done = session.hub.workspace_info.check_integrity(wait=False)
        except CommsPlannerError as exc:
            self._close_damaged(session, exc)
            return
        if not done:
            # With the window as context: the timer dies with it.
            QTimer.singleShot(25, self, lambda: self._watch_integrity(session))

    def _damage_found(self) -> bool:
        """Waits for the damage check of the open workspace; True (after explaining and
        closing it) if the file is damaged — the real reason behind a failed read."""
        session = self.session
        if session is None:
            return False
        try:
            session.hub.workspace_info.check_integrity()
        except CommsPlannerError as exc:
            # Closed on the next turn: this may run inside set_session() or show_page().
            QTimer.singleShot(0, self, lambda error=exc: self._close_damaged(session, error))
            return True
        return False

    def _close_damaged(self, session: WorkspaceSession, exc: CommsPlannerError) -> None:
        if self.session is not session or session.damage_reported:
            return
        session.damage_reported = True
        messages.show_error(self, exc)
        self.set_session(None)

    def set_session(self, session: WorkspaceSession | None) -> None:
        """Shows ``session`` (or nothing), closing the one shown before."""
        old = self.session
        if self.auto_backup is not None:
            self.auto_backup.wait()  # a backup being written reads the file being closed
            self.auto_backup.set_session(session)
        if old is not None:
            old.changed.disconnect(self._on_session_changed)
            old.undo_stack.cleanChanged.disconnect(self._update_title)
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        if old is not None:
            old.close()
            old.deleteLater()
        self.session = session
        if session is None:
            self._show_welcome()
        else:
            session.setParent(self)
            session.changed.connect(self._on_session_changed)
            session.undo_stack.cleanChanged.connect(self._update_title)
            path = session.hub.path
            if self._painting_first_screen():
                # QSettings writes its file (with two disk flushes) on the next event-loop
                # turn after a change: after the first paint, not before it.
                self._after_first_paint.append(lambda: self._remember_workspace(path))
            else:
                self._remember_workspace(path)
            self.sidebar.setEnabled(True)
            self._sidebar_box.show()
            self.show_page(self._start_page())
        self._bind_undo_actions()
        self._update_actions()
        self._update_title()
        self.session_changed.emit(session)

    def close_workspace(self) -> None:
        if self.session is not None:
            self._remember_page()
            self.set_session(None)

    def new_workspace(self) -> bool:
        """File ▸ New…: asks for the organisation, holidays, language and values."""
        return self._new_workspace(import_directory=False)

    def new_workspace_and_import(self) -> bool:
        """The welcome screen's "Import a directory": a new workspace, then the import."""
        return self._new_workspace(import_directory=True)

    def _new_workspace(self, *, import_directory: bool) -> bool:
        from .new_workspace import NewWorkspaceDialog

        choice = NewWorkspaceDialog.ask(
            self,
            Path(self._dialog_folder()),
            self.languages.language or "es",
            import_directory=import_directory,
        )
        return choice is not None and self.create_workspace(choice)

    def create_workspace(self, choice) -> bool:
        """Creates the workspace a NewWorkspace choice describes, opens it and, if asked,
        starts the directory import."""
        try:
            session = self._open_session(choice.path, create=True)
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)
            return False
        from ..domain import CorporateValue

        hub = session.hub
        try:
            hub.workspace_info.save_settings(choice.settings)
            planning = hub.planning
            for position, (name, colour) in enumerate(choice.values):
                planning.add_value(CorporateValue(name, "", colour, position))
        except Exception as exc:
            # The file exists and opens: what could not be set is set later in the app.
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)
        self.set_session(session)
        self.statusBar().showMessage(
            self.tr("Workspace created: {path}").replace("{path}", str(choice.path)), 10000
        )
        if choice.import_directory:
            self.import_directory()
        return True

    def open_workspace_dialog(self) -> None:
        target = FileDialogs.ask_open(self, self._dialog_folder())
        if target is not None:
            self.open_workspace(target)

    def open_demo(self) -> bool:
        """Generates a fresh demo workspace (with progress and cancel) and opens it."""
        from .workers import run_job

        language = self.languages.language or "es"
        try:
            path = run_job(
                self,
                self.tr("Preparing the demo organisation"),
                lambda progress: self._make_demo(language, progress),
                label=self.tr("Writing the demo workspace…"),
            )
        except Cancelled:
            return False
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)
            return False
        return self.open_workspace(path)

    def save_copy(self) -> None:
        if self.session is None:
            return
        current = self.session.hub.path
        copy_name = self.tr("{name} (copy)").replace("{name}", current.stem)
        suggestion = str(current.with_name(copy_name + SUFFIX))
        chosen = FileDialogs.ask_copy(self, suggestion)
        if chosen is None:
            return
        target = with_suffix(chosen)
        if _same_file(current, target):
            messages.show_error(
                self,
                CommsPlannerError(
                    self.tr(
                        "A copy cannot replace the workspace that is open; choose another name."
                    )
                ),
            )
            return
        try:
            written = self.session.hub.workspace_info.save_copy(target)
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Copy saved as {path}").replace("{path}", str(written)), 8000
        )

    # ------------------------------------------------------------------ imports and exports
    def import_directory(self) -> object | None:
        """File ▸ Import directory…: the Audiences page's import wizard."""
        if self.session is None or self.session.read_only:
            return None
        from .audiences.import_wizard import ImportDirectoryFlow, result_text

        if self.show_page("audiences"):
            # The page runs it, so its table stays quiet while the import writes.
            result = self.page("audiences").import_directory()
        else:
            result = ImportDirectoryFlow(self, self.session).run()
        if result is not None:
            self.statusBar().showMessage(result_text(result), 15000)
        return result

    def import_measurements(self) -> object | None:
        """File ▸ Import measurements…: the Listening page's import wizard for results."""
        if self.session is None or self.session.read_only:
            return None
        from .listening.import_wizard import MEASUREMENTS, ImportWizard

        outcome = ImportWizard.ask(self, self.session, MEASUREMENTS)
        if outcome is not None:
            self.statusBar().showMessage(
                self.tr("Measurements imported: {added} added, {updated} updated.")
                .replace("{added}", QLocale().toString(outcome.added))
                .replace("{updated}", QLocale().toString(outcome.updated)),
                15000,
            )
        return outcome

    def export_docx(self) -> Path | None:
        """File ▸ Export plan to Word…"""
        if self.session is None:
            return None
        from .export.docx_dialog import export_plan_dialog

        path = export_plan_dialog(self, self.session)
        if path is not None:
            self.statusBar().showMessage(
                self.tr("Plan exported to {path}").replace("{path}", str(path)), 15000
            )
        return path

    def export_ics(self) -> Path | None:
        """File ▸ Export calendar (.ics)…: audience, campaign and period, then the file."""
        if self.session is None:
            return None
        from ..services.ics_export import IcsFilter
        from .ics_dialog import IcsExportDialog
        from .workers import run_job

        choice = IcsExportDialog.ask(self, self.session)
        if choice is None:
            return None
        hub = self.session.hub
        language = hub.workspace_info.settings().language
        flt = IcsFilter(choice.segment_id, choice.campaign_id, choice.first, choice.last)
        try:
            result = run_job(
                self,
                self.tr("Exporting the calendar"),
                lambda _progress: hub.ics.export(choice.path, flt, language=language),
            )
        except Cancelled:
            return None
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc, self.tr("Export calendar"))
            return None
        self.statusBar().showMessage(
            self.tr("{count} events exported to {path}")
            .replace("{count}", QLocale().toString(result.events))
            .replace("{path}", str(result.path)),
            15000,
        )
        return result.path

    # ------------------------------------------------------------------ backups
    def _start_auto_backup(self) -> None:
        if self.auto_backup is not None:
            return
        from .backups_ui import AutoBackup

        self.auto_backup = AutoBackup(self.settings, self)
        self.auto_backup.started.connect(
            lambda: self.statusBar().showMessage(self.tr("Writing a backup…"), 5000)
        )
        self.auto_backup.written.connect(self._backup_written)
        self.auto_backup.failed.connect(self._backup_failed)
        self.auto_backup.set_session(self.session)

    def backup_now(self) -> bool:
        """File ▸ Back up now: a backup of the open workspace, whether it changed or not."""
        self._start_auto_backup()
        started = self.auto_backup.backup_now()
        if started:
            self._manual_backup = True
        return started

    def _backup_written(self, path: Path) -> None:
        self._manual_backup = False
        self.statusBar().showMessage(
            self.tr("Backup saved: {name}").replace("{name}", Path(path).name), 8000
        )

    def _backup_failed(self, message: str) -> None:
        manual, self._manual_backup = self._manual_backup, False
        self.statusBar().showMessage(message)  # stays until the next message
        if manual:
            messages.show_error(self, CommsPlannerError(message), self.tr("Back up now"))

    def restore_from_backup(self) -> bool:
        """File ▸ Restore from backup…: lists the backups, restores the chosen one."""
        session = self.session
        if session is None or session.read_only:
            return False
        from ..services.backups import describe_all, restore_backup
        from . import backups_ui
        from .workers import run_job

        path = session.hub.path
        folder = backups_ui.backups_folder(path)
        try:
            backups = run_job(
                self,
                self.tr("Reading the backups"),
                lambda progress: describe_all(folder, progress),
            )
        except Cancelled:
            return False
        except Exception as exc:
            messages.show_error(self, exc)
            return False
        chosen = backups_ui.RestoreDialog.ask(self, path, backups)
        if chosen is None:
            return False
        info = next(b for b in backups if b.path == chosen)
        when = QLocale().toString(info.created, QLocale.FormatType.ShortFormat)
        if not backups_ui.confirm_restore(self, when):
            return False
        self._remember_page()
        keep = self.settings.backup_count
        self.set_session(None)  # releases the workspace (and waits for a running backup)
        try:
            result = run_job(
                self,
                self.tr("Restoring the backup"),
                lambda _progress: restore_backup(chosen, path, folder, keep),
            )
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)
            self.open_workspace(path)
            return False
        if not self.open_workspace(path):
            return False
        self.statusBar().showMessage(
            self.tr("The backup of {when} was restored. The replaced state was saved as {name}.")
            .replace("{when}", when)
            .replace("{name}", result.safety_backup.name),
            20000,
        )
        return True

    # ------------------------------------------------------------------ preferences
    def show_preferences(self) -> None:
        """Edit ▸ Preferences…"""
        from .backups_ui import backups_folder
        from .preferences import PreferencesDialog

        session = self.session
        workspace = session.hub.workspace_info.settings() if session is not None else None
        chosen = PreferencesDialog.ask(
            self,
            self.settings,
            self.settings.language,
            workspace,
            read_only=session is not None and session.read_only,
            backups_folder=backups_folder(session.hub.path) if session is not None else None,
        )
        if chosen is not None:
            self.apply_preferences(chosen, workspace)

    def apply_preferences(self, chosen, before: WorkspaceSettings | None) -> None:
        """Applies a Preferences result: app choices at once, workspace ones undoably."""
        if chosen.language != self.settings.language:
            self.languages.install(self.languages.resolve(chosen.language))
            self.settings.language = chosen.language
            self.retranslate()
        if chosen.theme != self.settings.theme:
            from .theme import apply_theme

            self.settings.theme = chosen.theme
            apply_theme(chosen.theme)
        self.settings.backup_minutes = chosen.backup_minutes
        self.settings.backup_count = chosen.backup_count
        if self.auto_backup is not None:
            self.auto_backup.apply_settings()
        after = chosen.workspace
        if self.session is None or after is None or before is None or after == before:
            return
        info = self.session.hub.workspace_info

        from ..domain import Changes, EntityKind

        def saving(value: WorkspaceSettings):
            def run() -> Changes:
                info.save_settings(value)
                changes = Changes()
                changes.update(EntityKind.SETTING, 0)
                return changes

            return run

        try:
            self.session.execute(
                self.tr("Change the workspace settings"), saving(after), saving(before)
            )
        except Exception as exc:
            if not isinstance(exc, CommsPlannerError):
                traceback.print_exc()
            messages.show_error(self, exc)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_for(self)

    def _dialog_folder(self) -> str:
        if self.session is not None:
            return str(self.session.hub.path.parent)
        recent = self.settings.recent_files
        return str(recent[0].parent) if recent else str(Path.home())

    # ------------------------------------------------------------------ recent files
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for number, path in enumerate(files, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            act = self.recent_menu.addAction(f"{label}  —  {path.parent}")
            act.setToolTip(str(path))
            act.setData(str(path))  # read by _on_recent_action
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(files))

    def _on_recent_action(self, act: QAction) -> None:
        path = act.data()
        if isinstance(path, str) and path:
            self.open_workspace(Path(path))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()

    # ================================================================== pages
    def _start_page(self) -> str:
        ids = [page_id for page_id, _ in self._specs if page_id not in self._failed]
        wanted = self._current_page or self.settings.last_page
        return wanted if wanted in ids else (ids[0] if ids else "")

    def page_ids(self) -> list[str]:
        """Ids of the pages in the sidebar, in order (including ones not loaded yet)."""
        return [page_id for page_id, _ in self._specs if page_id not in self._failed]

    def page(self, page_id: str) -> QWidget | None:
        """The page widget if it has been built for the open workspace."""
        return self._pages.get(page_id)

    @property
    def current_page_id(self) -> str | None:
        return self._current_page if self.session is not None else None

    def _page_class(self, page_id: str) -> type | None:
        if page_id in self._classes:
            return self._classes[page_id]
        if page_id in self._failed:
            return None
        spec = dict(self._specs).get(page_id)
        if spec is None:
            return None
        try:
            cls = load_page_class(spec)
        except Exception:
            # A broken page must not take the whole app down: it just leaves the sidebar.
            print(f"commsplanner: page {page_id!r} ({spec}) could not be loaded:", file=sys.stderr)
            traceback.print_exc()
            self._failed.add(page_id)
            return None
        self._classes[page_id] = cls
        self._apply_page_title(page_id, cls)
        return cls

    def _apply_page_title(self, page_id: str, cls: type) -> None:
        item = self._items[page_id]
        try:
            title = cls.page_title()
        except Exception:
            traceback.print_exc()
            title = page_id
        item.setText(title)
        if self._first_paint_done:
            self._apply_page_icon(page_id, cls)
        item.setHidden(False)
        act = self._goto_actions.get(page_id)
        if act is None:
            act = QAction(self)
            act.setData(page_id)  # View ▸ Go to's triggered signal carries it to show_page
            self._goto_actions[page_id] = act
            self._rebuild_goto_menu()
        act.setText(title)

    def _apply_page_icon(self, page_id: str, cls: type) -> None:
        """Sidebar icons come with the first paint, like the other pages' entries: the
        first screen does not wait for QIcon, whose Python type is slow to set up."""
        item = self._items[page_id]
        if not item.icon().isNull():
            return
        try:
            icon_name = cls.page_icon() if hasattr(cls, "page_icon") else ""
        except Exception:
            traceback.print_exc()
            return
        if icon_name:
            item.setIcon(page_icon(icon_name, self))

    def _rebuild_goto_menu(self) -> None:
        self.goto_menu.clear()
        number = 0
        for page_id, _ in self._specs:
            act = self._goto_actions.get(page_id)
            if act is None:
                continue
            number += 1
            if number <= 9 and self._shortcuts_installed:
                from PySide6.QtGui import QKeySequence

                act.setShortcut(QKeySequence(f"Ctrl+{number}"))
            self.goto_menu.addAction(act)

    def ensure_pages_loaded(self) -> None:
        """Imports every page class now (normally done right after the first paint)."""
        for page_id, _ in self._specs:
            self._page_class(page_id)
        self._pending_classes = []
        self._emit_pages_loaded()

    def _load_next_page_class(self) -> None:
        """Imports one more page class per event-loop turn, so the window stays responsive."""
        while self._pending_classes:
            page_id = self._pending_classes.pop(0)
            if page_id not in self._classes and page_id not in self._failed:
                self._page_class(page_id)
                if self._pending_classes:
                    QTimer.singleShot(0, self, self._load_next_page_class)
                    return
        self._emit_pages_loaded()

    def _emit_pages_loaded(self) -> None:
        if not self._pages_loaded:
            self._pages_loaded = True
            self.pages_loaded.emit()

    def _finish_startup(self) -> None:
        """What the first screen does not need, done right after it is painted.

        Keyboard shortcuts and the sidebar's scroll-bar policy are the first things that
        touch PySide's ``Qt`` namespace, whose Python wrapper costs ~15 ms to build; no key
        can reach a window that is not on screen yet, so they wait for the first paint.
        """
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        if self._shortcuts_installed:
            return
        self._shortcuts_installed = True
        standard = QKeySequence.StandardKey
        for act, key, fallback in (
            (self.new_action, standard.New, "Ctrl+N"),
            (self.open_action, standard.Open, "Ctrl+O"),
            (self.copy_action, standard.SaveAs, "Ctrl+Shift+S"),
            (self.close_action, standard.Close, "Ctrl+W"),
            (self.quit_action, standard.Quit, "Ctrl+Q"),
            (self.preferences_action, standard.Preferences, "Ctrl+,"),
            (self.shortcuts_action, standard.HelpContents, "F1"),
        ):
            # Some platform themes define no binding for a standard key (Quit on bare X11).
            sequence = QKeySequence(key)
            act.setShortcut(sequence if not sequence.isEmpty() else QKeySequence(fallback))
        for act, key in (
            (self.import_directory_action, "Ctrl+I"),
            (self.import_measurements_action, "Ctrl+Shift+I"),
            (self.export_docx_action, "Ctrl+E"),
            (self.export_ics_action, "Ctrl+Shift+E"),
            (self.backup_action, "Ctrl+Shift+B"),
        ):
            act.setShortcut(QKeySequence(key))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._bind_undo_actions()
        self._rebuild_goto_menu()
        self._start_auto_backup()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._first_paint_seen:
            # The window is painted with all its children in one pass: once its own paint
            # has run, the whole first screen follows before control returns here.
            self._first_paint_seen = True
            QTimer.singleShot(0, self, self._on_first_paint)

    def _on_first_paint(self) -> None:
        if self._first_paint_done:
            return
        self._first_paint_done = True
        # The window is on screen with its data: report that first, then do what only
        # interaction needs (shortcuts) on the next event-loop turn, before any key can arrive.
        self.first_painted.emit()
        for page_id, cls in list(self._classes.items()):
            self._apply_page_icon(page_id, cls)
        QTimer.singleShot(0, self, self._finish_startup)
        self._run_deferred_work()
        if self.preload_pages:
            self._pending_classes = [p for p, _ in self._specs if p not in self._classes]
            QTimer.singleShot(0, self, self._load_next_page_class)

    def show_page(self, page_id: str) -> bool:
        """Shows a page of the open workspace, building it on first use."""
        if self.session is None:
            return False
        page = self._pages.get(page_id)
        if page is None:
            cls = self._page_class(page_id)
            if cls is None:
                self._select_sidebar(self._current_page)
                return False
            try:
                page = cls(self.session, self.pages)
            except Exception as exc:
                traceback.print_exc()
                if not self._damage_found():
                    messages.show_error(self, exc)
                self._select_sidebar(self._current_page)
                return False
            self._pages[page_id] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._current_page = page_id
        self._select_sidebar(page_id)
        self.page_shown.emit(page_id)
        return True

    def _select_sidebar(self, page_id: str | None) -> None:
        item = self._items.get(page_id) if page_id else None
        if item is not None and self.sidebar.currentItem() is not item:
            blocked = self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(blocked)

    def _on_sidebar_item(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_page(str(current.data(_USER_ROLE)))

    @property
    def welcome(self) -> WelcomePanel:
        """The panel shown while no workspace is open (built when first needed: a start on
        a workspace never shows it)."""
        if self._welcome is None:
            from .welcome_panel import WelcomePanel

            welcome = self._welcome = WelcomePanel()
            self.pages.addWidget(welcome)
            welcome.new_requested.connect(self.new_workspace)
            welcome.open_requested.connect(self.open_workspace_dialog)
            welcome.demo_requested.connect(self.open_demo)
            welcome.import_requested.connect(self.new_workspace_and_import)
            welcome.recent_requested.connect(self.open_workspace)
        return self._welcome

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files)
        self.pages.setCurrentWidget(self.welcome)
        self._sidebar_box.hide()

    # ================================================================== session events
    def _on_session_changed(self, changes: object) -> None:
        for page in list(self._pages.values()):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                try:
                    refresh(changes)
                except Exception as exc:
                    traceback.print_exc()
                    messages.show_error(self, exc)
        self._update_title()

    def _bind_undo_actions(self) -> None:
        """Edit ▸ Undo/Redo bound to the open workspace's undo stack."""
        for act in (self.undo_action, self.redo_action):
            if act is not None:
                self.edit_menu.removeAction(act)
                act.deleteLater()
        if self.session is not None:
            stack = self.session.undo_stack
            self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
            self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        else:
            # Text set apart: the (text, parent) form makes PySide set up QIcon to choose
            # among QAction's constructors.
            self.undo_action = QAction(self)
            self.undo_action.setText(self.tr("&Undo"))
            self.redo_action = QAction(self)
            self.redo_action.setText(self.tr("&Redo"))
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self.undo_action.setObjectName("undoAction")
        self.redo_action.setObjectName("redoAction")
        if self._shortcuts_installed:
            from PySide6.QtGui import QKeySequence

            self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        if self.session is not None and self.session.read_only:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self.edit_menu.insertAction(self._edit_separator, self.undo_action)
        self.edit_menu.insertAction(self._edit_separator, self.redo_action)

    def _update_actions(self) -> None:
        has_session = self.session is not None
        writable = has_session and not self.session.read_only
        self.copy_action.setEnabled(has_session)
        self.close_action.setEnabled(has_session)
        self.export_docx_action.setEnabled(has_session)
        self.export_ics_action.setEnabled(has_session)
        for act in (
            self.import_directory_action,
            self.import_measurements_action,
            self.backup_action,
            self.restore_action,
        ):
            act.setEnabled(writable)

    def _update_title(self, *_args: object) -> None:
        app_name = QApplication.applicationDisplayName() or "Comms Planner"
        if self.session is None:
            self._set_title(app_name)
            self.location_label.setText("")
            return
        path = self.session.hub.path
        name = path.name
        if self.session.read_only:
            name = self.tr("{name} (read-only)").replace("{name}", name)
        self._set_title(f"{name} — {app_name}")
        self.setWindowFilePath(str(path))
        self.location_label.setText(
            self.tr("Read-only: {path}").replace("{path}", str(path))
            if self.session.read_only
            else str(path)
        )

    def _set_title(self, title: str) -> None:
        # Each change reaches the window system, so unchanged titles are not set again.
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    # ================================================================== about
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Comms Planner"), self.about_html())

    def about_html(self) -> str:
        """The About text: what the app is for and the versions it runs on."""
        import contextlib
        import platform
        import sqlite3
        from importlib import metadata

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from .. import __version__

        rows = [
            ("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", pyside_version),
            ("SQLite", sqlite3.sqlite_version),
        ]
        for dist in (
            "sqlite-utils",
            "matplotlib",
            "python-docx",
            "openpyxl",
            "icalendar",
            "python-dateutil",
            "holidays",
            "numpy",
        ):
            with contextlib.suppress(metadata.PackageNotFoundError):
                rows.append((dist, metadata.version(dist)))
        table = "".join(
            f"<tr><td>{_escape(name)}</td><td>&nbsp;&nbsp;{_escape(version)}</td></tr>"
            for name, version in rows
        )
        purpose = self.tr(
            "Plans internal communication for employees as internal customers: "
            "audiences, campaigns, calendar and Word plans."
        )
        running_on = self.tr("Running on")
        return (
            f"<h3>Comms Planner {_escape(__version__)}</h3>"
            f"<p>{_escape(purpose)}</p>"
            f"<p><b>{_escape(running_on)}</b></p><table>{table}</table>"
        )

    # ================================================================== window events
    def _remember_page(self) -> None:
        if self._current_page:
            self.settings.last_page = self._current_page

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._remember_page()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.set_session(None)
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _dropped_workspace(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = _dropped_workspace(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.open_workspace(path))


def _dropped_workspace(mime) -> Path | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _is_locked_error(exc: CommsPlannerError) -> bool:
    # The UI may not import storage (layering), so the storage error is recognised by name.
    return any(cls.__name__ == "WorkspaceLockedError" for cls in type(exc).__mro__)
