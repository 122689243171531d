"""How long-running services report progress and notice cancellation, without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import Cancelled

# progress(done, total) — total 0 means "unknown".
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class Progress:
    """Bundles the two callbacks a long job receives; both optional."""

    report: ProgressCallback | None = None
    cancelled: CancelCheck | None = None

    def step(self, done: int, total: int = 0) -> None:
        """Reports progress and raises :class:`Cancelled` if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.report is not None:
            self.report(done, total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
