"""The dates of a recurring series, from its RRULE body (RFC 5545) and first start."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

# A floating UNTIL as this app writes it (date, or date and time, no zone).
_FLOATING_UNTIL = re.compile(r"(?:^|;)UNTIL=(\d{8})(?:T(\d{6}))?(?=;|$)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_rule(rule: str, start: datetime) -> rrule:
    """The dateutil rule of an RRULE body starting at ``start`` (cached: rules are immutable).

    A floating UNTIL is read here rather than by ``rrulestr``, which would load dateutil's
    general date parser (a noticeable part of the app's start-up) for a fixed format.
    """
    match = _FLOATING_UNTIL.search(rule)
    if match is None:
        return rrulestr(rule, dtstart=start)
    day, clock = match.groups()
    clock = clock or "000000"
    # Fixed digits: datetime() checks the ranges (strptime would cost a locale set-up).
    until = datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]), int(clock[4:])
    )
    rest = (rule[: match.start()] + rule[match.end() :]).strip(";")
    return rrulestr(rest, dtstart=start).replace(until=until)


def series_starts(
    start: datetime, rule: str, skipped: Iterable[date], first: date, last: date
) -> list[tuple[int, datetime]]:
    """(position in the series, start) of the dates of a series whose day lies in
    ``first``…``last``; skipped dates are left out but keep their position."""
    if start.date() > last:
        return []  # a series never starts before its first date; skip parsing its rule
    skipped_days = set(skipped)
    window_start = datetime.combine(first, time.min)
    window_end = datetime.combine(last, time.max)
    found: list[tuple[int, datetime]] = []
    for index, when in enumerate(parse_rule(rule, start)):
        if when > window_end:
            break
        if when >= window_start and when.date() not in skipped_days:
            found.append((index, when))
    return found
