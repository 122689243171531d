"""Long work off the UI thread, with progress and cancel.

``run_job(parent, title, fn)`` runs ``fn(progress)`` in a worker thread, shows a modal
progress dialog with a Cancel button, and returns the result (or raises what ``fn`` raised).
``fn`` receives a :class:`~commsplanner.domain.progress.Progress`; services call
``progress.step(done, total)``, which raises ``Cancelled`` once the user pressed Cancel.
The event loop keeps running while the job works, so the window repaints and stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.progress import Progress


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        progress = Progress(report=self.progressed.emit, cancelled=self.cancel_event.is_set)
        try:
            self.result = self._fn(progress)
        except BaseException as exc:  # re-raised on the UI thread
            self.error = exc
        finally:
            self.finished.emit()


class Job(QObject):
    """A function running in its own QThread; emits ``done`` when it ends either way."""

    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(fn)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._thread.quit)
        self._thread.finished.connect(self.done)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_event.set()

    def wait(self) -> None:
        self._thread.wait()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    @property
    def result(self) -> Any:
        if self._worker.error is not None:
            raise self._worker.error
        return self._worker.result

    @property
    def error(self) -> BaseException | None:
        return self._worker.error


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    label: str = "",
    minimum_duration_ms: int = 300,
) -> Any:
    """Runs ``fn`` off the UI thread behind a progress dialog; returns its result or raises."""
    job = Job(fn)
    dialog = QProgressDialog(label or title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    job.progressed.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.done.connect(dialog.reset)
    job.done.connect(dialog.close)
    finished = threading.Event()
    job.done.connect(finished.set)
    job.start()
    if not finished.is_set():
        dialog.exec()
    job.wait()
    dialog.deleteLater()
    return job.result
