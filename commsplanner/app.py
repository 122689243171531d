"""Composition root of the desktop app: ``commsplanner [FILE]``.

Builds the QApplication, installs the translators, creates the main window with the way to
open a workspace (ServiceHub + WorkspaceSession), opens the start-up workspace and runs.

The services the first screen needs are imported here, before any Qt module: once PySide6
is loaded it reads the source of every module imported after it (for its ``__feature__``
switch), a start-up cost worth a tenth of a bare Qt window. Qt modules are imported in the
functions below for that reason.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import __version__
from . import i18n as _i18n  # noqa: F401 - loaded before Qt (see above)
from .paths import resource_path
from .services import overview as _overview  # noqa: F401 - loaded before Qt (see above)
from .services.hub import open_hub
from .ui import pages as _pages  # noqa: F401 - loaded before Qt (see above)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .ui.app_settings import AppSettings
    from .ui.main_window import MainWindow
    from .ui.session import WorkspaceSession

# Set to 1 to quit right after the first page is painted (start-up benchmark), or to
# ``pages`` to quit once every sidebar page is loaded as well.
EXIT_AFTER_SHOWN = "COMMSPLANNER_EXIT_AFTER_SHOWN"
# The longest the garbage collector stays paused when the launcher started the app.
_COLLECTION_PAUSE_MS = 3000


def open_session(
    path: str | os.PathLike[str], *, read_only: bool = False, create: bool = False
) -> WorkspaceSession:
    """Opens (or creates) a workspace and wraps its services in a UI session."""
    from .ui.session import WorkspaceSession

    # The damage check runs in the background: the window follows it (MainWindow).
    return WorkspaceSession(open_hub(path, read_only=read_only, create=create, check_later=True))


def startup_workspace(argument: str | None, settings: AppSettings) -> tuple[Path | None, bool]:
    """What to open at start: (path or None, whether this is the first run: the welcome
    screen then greets the user)."""
    if argument:
        return Path(argument), False
    last = settings.last_workspace
    if last is not None and last.exists():
        return last, False
    return None, not settings.has_run_before


def _parse_arguments(argv: list[str]) -> str | None:
    """``commsplanner [FILE]``; Qt's own options (``-platform`` …) are removed by QApplication."""
    files = [a for a in argv[1:] if not a.startswith("-")]
    if any(a in ("-h", "--help") for a in argv[1:]):
        print("usage: commsplanner [WORKSPACE.commsplan]")
        raise SystemExit(0)
    if any(a in ("-V", "--version") for a in argv[1:]):
        print(f"commsplanner {__version__}")
        raise SystemExit(0)
    return files[0] if files else None


def _install_excepthook(window: MainWindow) -> None:
    """Unexpected errors in slots reach the user as a message, not only stderr."""
    from PySide6.QtWidgets import QApplication

    from .ui import messages

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb)
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            messages.show_error(window if window.isVisible() else None, exc)
        except Exception:
            traceback.print_exc()

    sys.excepthook = hook


def _quit_when_shown(app: QApplication, window: MainWindow, mode: str) -> None:
    """For the start-up benchmark: report when the window is up (epoch seconds on stdout,
    so the caller can subtract its own launch time) and quit."""

    def done() -> None:
        print(f"shown-at {time.time():.6f}", flush=True)
        app.quit()

    # Both signals are emitted from the event loop after the paint, so quitting right there
    # is safe.
    if mode == "pages":
        window.pages_loaded.connect(done)
    else:
        window.preload_pages = False
        window.first_painted.connect(done)


def _set_window_icon() -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "commsplanner.svg"))))


def _resume_garbage_collection() -> None:
    """Turns the garbage collector back on once start-up is over (the launcher pauses it);
    what start-up built is frozen first, so later collections do not walk it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.app_settings import APPLICATION, ORGANISATION, AppSettings
    from .ui.i18n import LanguageManager
    from .ui.main_window import MainWindow
    from .ui.workspace_files import make_demo_copy

    argv = list(sys.argv if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing or QApplication(argv)
    QApplication.setApplicationDisplayName("Comms Planner")
    QApplication.setDesktopFileName("commsplanner")
    # QApplication strips its own options (-platform …) from arguments(); an application
    # made by the caller (tests, tools) leaves ``argv`` as given.
    argument = _parse_arguments(argv if existing else app.arguments())

    settings = AppSettings()
    languages = LanguageManager(app)
    languages.install(languages.resolve(settings.language))

    if settings.theme != "system":
        from .ui.theme import apply_theme

        apply_theme(settings.theme)

    target, first_run = startup_workspace(argument, settings)
    window = MainWindow(
        settings,
        languages,
        open_session,
        make_demo=make_demo_copy,
        show_welcome=target is None,
    )
    _install_excepthook(window)
    # What the first screen does not need (icons, the damage check, settings writes) then
    # waits for its first paint.
    window.about_to_show()
    if target is not None:
        window.open_workspace(target)
    elif first_run:
        # The welcome screen offers the demo, a new workspace or a directory import.
        window.welcome.set_first_run(True)
    window.show()
    exit_mode = os.environ.get(EXIT_AFTER_SHOWN, "")
    if exit_mode and exit_mode != "0":
        _quit_when_shown(app, window, exit_mode)
    # QIcon is slow to set up in PySide: the window icon follows the first screen.
    window.first_painted.connect(_set_window_icon)
    window.first_painted.connect(_resume_garbage_collection)
    # Also for a window that is never painted (started minimised on some desktops).
    QTimer.singleShot(_COLLECTION_PAUSE_MS, _resume_garbage_collection)
    code = app.exec()
    window.set_session(None)
    return code


if __name__ == "__main__":
    sys.exit(main())
