"""Where the app keeps workspaces of its own (the demo copies) and how files are named."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.progress import Progress

SUFFIX = ".commsplan"
DEMO_EMPLOYEES = 2000
DEMO_SEED = 1


def data_dir() -> Path:
    """The user's data folder for the app (created, private to the user)."""
    from PySide6.QtCore import QStandardPaths  # not needed by a start on a given file

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(location) if location else Path.home() / ".commsplanner"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def with_suffix(path: str | os.PathLike[str]) -> Path:
    """``path`` ending in ``.commsplan`` (file dialogs do not always add it)."""
    target = Path(path)
    return target if target.suffix.lower() == SUFFIX else target.with_name(target.name + SUFFIX)


def fresh_demo_path(folder: Path | None = None) -> Path:
    """A new file name for a demo copy that does not exist yet: demo, demo-2, demo-3 …"""
    folder = folder or data_dir()
    candidate = folder / f"demo{SUFFIX}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"demo-{counter}{SUFFIX}"
    return candidate


def make_demo_copy(
    language: str, progress: Progress | None = None, folder: Path | None = None
) -> Path:
    """Generates a fresh demo workspace in the user's data folder and returns its path."""
    # Imported here: the generator pulls in code that start-up never needs.
    from ..services.demo import generate_demo

    return generate_demo(
        fresh_demo_path(folder),
        employees=DEMO_EMPLOYEES,
        seed=DEMO_SEED,
        lang=language,
        progress=progress,
    )
