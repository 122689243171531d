"""The live member count of a rule being edited: debounced, and off the UI thread when slow.

Each :meth:`LiveCount.request` restarts a short timer; when it fires the latest request is
counted. While counting stays fast (small directories) it runs right away on the UI thread;
once one count took longer than ``slow_ms`` the next ones run in a worker thread on a
connection of their own, and requests arriving meanwhile are coalesced into one more count.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.rules import Rule
from ...services.segmentation import RuleCounter, SegmentationService
from ..messages import error_text
from ..workers import Job

Request = tuple[Rule | None, tuple[int, ...], tuple[int, ...]]


class LiveCount(QObject):
    counted = Signal(int)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(
        self,
        service: SegmentationService,
        parent: QObject | None = None,
        *,
        delay_ms: int = 250,
        slow_ms: float = 50.0,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        self._slow_ms = slow_ms
        self.in_thread = False  # becomes True after a slow count (tests may set it)
        self._pending: Request | None = None
        self._job: Job | None = None
        self._counter: RuleCounter | None = None

    def request(
        self, rule: Rule | None, include_ids: Iterable[int] = (), exclude_ids: Iterable[int] = ()
    ) -> None:
        self._pending = (rule, tuple(include_ids), tuple(exclude_ids))
        self.busy.emit(True)
        self._timer.start()

    def flush(self) -> None:
        """Counts a pending request now instead of after the delay."""
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    @property
    def running(self) -> bool:
        return self._job is not None

    def _run(self) -> None:
        if self._job is not None or self._pending is None:
            return  # a running count picks the pending request up when it ends
        request, self._pending = self._pending, None
        if not self.in_thread:
            began = time.perf_counter()
            try:
                count = self._service.count_members(*request)
            except Exception as exc:
                self.failed.emit(error_text(exc))
            else:
                self.counted.emit(count)
            finally:
                if (time.perf_counter() - began) * 1000 > self._slow_ms:
                    self.in_thread = True
                self.busy.emit(False)
            return
        if self._counter is None:
            self._counter = self._service.counter()
        counter = self._counter
        job = Job(lambda _progress: counter.count(*request), self)
        job.done.connect(lambda: self._finished(job))
        self._job = job
        job.start()

    def _finished(self, job: Job) -> None:
        job.wait()
        self._job = None
        error: Any = job.error
        if error is not None:
            self.failed.emit(error_text(error))
        else:
            self.counted.emit(int(job.result))
        job.deleteLater()
        if self._pending is not None and not self._timer.isActive():
            self._run()
        else:
            self.busy.emit(self._timer.isActive())

    def close(self) -> None:
        """Stops counting and frees the worker's connection (call when the dialog closes)."""
        self._timer.stop()
        self._pending = None
        if self._job is not None:
            self._job.wait()
            self._job = None
        if self._counter is not None:
            self._counter.close()
            self._counter = None
