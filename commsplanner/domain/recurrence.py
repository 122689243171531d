"""Recurring communications: occurrences expanded on demand, never stored one by one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .series import parse_rule, series_starts

if TYPE_CHECKING:
    from .models import Communication

__all__ = [
    "Occurrence",
    "occurrences",
    "parse_rule",
    "series_dates",
    "series_starts",
    "validate_rule",
]


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One dated instance of a communication (the only one, or one of its series)."""

    communication: Communication
    start: datetime
    # 0 for a one-off; the position in the series otherwise (skipped dates keep their number).
    index: int = 0

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.communication.duration_minutes)

    @property
    def day(self) -> date:
        return self.start.date()


def validate_rule(rule: str, start: datetime) -> None:
    """Raises :class:`ValidationError` when ``rule`` is not a usable RRULE body."""
    try:
        parse_rule(rule, start)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The repetition rule “{rule}” is not valid ({detail})."),
            field="recurrence",
            rule=rule,
            detail=str(exc),
        ) from None


def occurrences(comm: Communication, first: date, last: date) -> list[Occurrence]:
    """Occurrences of ``comm`` whose day lies in ``first``…``last`` (both included).

    Times are wall-clock times of the workspace, so a weekly 09:00 stays at 09:00 across
    daylight-saving changes.
    """
    if not comm.recurrence:
        day = comm.start.date()
        return [Occurrence(comm, comm.start, 0)] if first <= day <= last else []
    return [
        Occurrence(comm, start, index)
        for index, start in series_starts(
            comm.start, comm.recurrence, comm.skipped_dates, first, last
        )
    ]


def series_dates(comm: Communication, limit: int = 1000) -> list[datetime]:
    """Every occurrence start of a bounded series (up to ``limit``), skipped ones excluded."""
    if not comm.recurrence:
        return [comm.start]
    rule = parse_rule(comm.recurrence, comm.start)
    skipped = set(comm.skipped_dates)
    out: list[datetime] = []
    for start in rule:
        if len(out) >= limit:
            break
        if start.date() not in skipped:
            out.append(start)
    return out
