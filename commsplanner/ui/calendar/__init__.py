"""The calendar: month, week, timeline and agenda views with drag-and-drop and conflicts."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> None:
    """Works around PySide6 6.12 dropping a reference to ``None`` on every void call.

    On Python ≥ 3.12 ``None`` is immortal and the missing incref is harmless; on 3.11 each
    ``painter.setPen(...)``, ``rect.setWidth(...)`` … lowers ``None``'s reference count by
    one, and painting a busy timeline a few thousand times aborts the interpreter with
    "none_dealloc". Giving ``None`` a huge count makes it effectively immortal, as on 3.12.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # True and False suffer the same (a bool-returning call on a painter, a model…).
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40


_keep_none_alive()
