"""The ``commsplanner`` command (and ``python -m commsplanner``): the desktop app.

Python's cyclic garbage collector is paused while the app starts. Start-up builds tens of
thousands of long-lived objects (modules, classes, Qt wrappers) and no garbage worth a
collection, yet the collections their creation triggers cost ~4 ms of every start. The app
freezes what start-up built and turns the collector back on once its first screen is
painted (see :func:`commsplanner.app.main`).
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    from .app import main as run_app

    return run_app()
