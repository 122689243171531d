"""The app's own preferences (not a workspace's): window, recent files, language, last page.

Stored with QSettings in the user's configuration (on Linux
``~/.config/commsplanner/commsplanner.conf``), one group per feature. Tests give :class:`AppSettings` a file of their own so they never touch the user's.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "commsplanner"
APPLICATION = "commsplanner"
MAX_RECENT = 10
THEMES = ("system", "light", "dark")
DEFAULT_BACKUP_MINUTES = 10
DEFAULT_BACKUP_COUNT = 10


class AppSettings:
    """Typed access to the QSettings keys the shell uses."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            # The same store as any QSettings() of the app (named by the composition root).
            self._qs = QSettings(ORGANISATION, APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # ------------------------------------------------------------------ helpers
    def _str(self, key: str) -> str | None:
        value = self._qs.value(key)
        return str(value) if value not in (None, "") else None

    def _set_or_remove(self, key: str, value: object | None) -> None:
        if value in (None, ""):
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)

    # ------------------------------------------------------------------ window
    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_page(self) -> str | None:
        return self._str("window/lastPage")

    @last_page.setter
    def last_page(self, page_id: str | None) -> None:
        self._set_or_remove("window/lastPage", page_id)

    # ------------------------------------------------------------------ language
    @property
    def language(self) -> str | None:
        """The language chosen in View ▸ Language, or None to follow the system."""
        return self._str("ui/language")

    @language.setter
    def language(self, code: str | None) -> None:
        self._set_or_remove("ui/language", code)

    @property
    def theme(self) -> str:
        """The colour scheme: "system" (follow the desktop), "light" or "dark"."""
        value = self._str("ui/theme")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set_or_remove("ui/theme", value if value in THEMES and value != "system" else None)

    # ------------------------------------------------------------------ backups
    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def backup_minutes(self) -> int:
        """Minutes between automatic backups of a changed workspace; 0 turns them off."""
        return self._int("backups/intervalMinutes", DEFAULT_BACKUP_MINUTES, 0, 24 * 60)

    @backup_minutes.setter
    def backup_minutes(self, minutes: int) -> None:
        self._qs.setValue("backups/intervalMinutes", int(minutes))

    @property
    def backup_count(self) -> int:
        """How many backups of each workspace are kept (the oldest are deleted)."""
        return self._int("backups/keep", DEFAULT_BACKUP_COUNT, 1, 200)

    @backup_count.setter
    def backup_count(self, count: int) -> None:
        self._qs.setValue("backups/keep", int(count))

    # ------------------------------------------------------------------ files
    @property
    def last_workspace(self) -> Path | None:
        value = self._str("files/lastWorkspace")
        return Path(value) if value else None

    @last_workspace.setter
    def last_workspace(self, path: Path | None) -> None:
        self._set_or_remove("files/lastWorkspace", str(path) if path else None)

    @property
    def has_run_before(self) -> bool:
        """Whether a workspace was ever opened: decides if a first-run demo is due."""
        return self._qs.contains("files/lastWorkspace") or bool(self.recent_files)

    @property
    def recent_files(self) -> list[Path]:
        value = self._qs.value("files/recent")
        if value in (None, ""):
            return []
        items = [value] if isinstance(value, str) else list(value)
        return [Path(str(item)) for item in items if item]

    def _store_recent(self, paths: list[Path]) -> None:
        if paths:
            self._qs.setValue("files/recent", [str(p) for p in paths[:MAX_RECENT]])
        else:
            self._qs.remove("files/recent")

    def add_recent(self, path: Path) -> None:
        """Puts ``path`` first in the recent list (no duplicates, at most MAX_RECENT)."""
        target = _normalised(path)
        rest = [p for p in self.recent_files if _normalised(p) != target]
        self._store_recent([target, *rest])

    def remove_recent(self, path: Path) -> None:
        target = _normalised(path)
        self._store_recent([p for p in self.recent_files if _normalised(p) != target])

    def clear_recent(self) -> None:
        self._store_recent([])


def _normalised(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.absolute()
