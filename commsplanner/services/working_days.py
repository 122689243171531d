"""Working-day arithmetic of a workspace: weekends, public holidays and blackout periods.

A day is *working* when it is a weekday (Monday to Friday), not a public holiday of the
workspace's country and region (python ``holidays``) and not inside a blackout period.
Counting is done on a cumulative array, so "how many working days between two dates" costs
two look-ups however far apart they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ..storage import Workspace

WEEKEND = frozenset({5, 6})
# How far the cumulative table reaches on each side of a requested date (it grows as needed).
_MARGIN_DAYS = 400


@lru_cache(maxsize=128)
def public_holidays(country: str, region: str | None, year: int) -> frozenset[date]:
    """Public holidays of one year; empty for an unknown country or region."""
    if not country:
        return frozenset()
    import holidays  # slow to import: only when first needed

    try:
        found = holidays.country_holidays(country, subdiv=region or None, years=year)
    except (NotImplementedError, KeyError):
        return frozenset()
    return frozenset(found)


class WorkingDays:
    """Which days are working days, and counting and stepping over them."""

    def __init__(
        self,
        *,
        country: str = "",
        region: str | None = None,
        holidays: Iterable[date] = (),
        blackouts: Iterable[tuple[date, date]] = (),
        weekend: frozenset[int] = WEEKEND,
    ) -> None:
        self.country = country
        self.region = region
        self.extra_holidays = frozenset(holidays)
        self.blackouts = tuple(sorted(blackouts))
        self.weekend = weekend
        self._base: date | None = None
        self._open = np.zeros(0, dtype=bool)
        # _cum[i] = working days among the first i days from _base.
        self._cum = np.zeros(1, dtype=np.int64)
        self._added: dict[tuple[date, int], date] = {}

    @classmethod
    def for_workspace(cls, ws: Workspace) -> WorkingDays:
        settings = ws.settings.load()
        return cls(
            country=settings.country or "",
            region=settings.region,
            blackouts=[(b.start, b.end) for b in ws.blackouts.list()],
        )

    # ------------------------------------------------------------------ the table
    def _ensure(self, first: date, last: date) -> None:
        base = self._base
        if base is not None and base <= first and last < base + timedelta(days=self._open.size):
            return
        if base is not None:
            first = min(first, base)
            last = max(last, base + timedelta(days=self._open.size - 1))
        first -= timedelta(days=_MARGIN_DAYS)
        last += timedelta(days=_MARGIN_DAYS)
        size = (last - first).days + 1
        ordinals = np.arange(first.toordinal(), first.toordinal() + size)
        # date.weekday() == (ordinal - 1) % 7 (ordinal 1 is Monday 1 January of year 1).
        weekdays = (ordinals - 1) % 7
        open_days = ~np.isin(weekdays, list(self.weekend))
        closed: set[date] = set(self.extra_holidays)
        for year in range(first.year, last.year + 1):
            closed |= public_holidays(self.country, self.region, year)
        for day in closed:
            index = (day - first).days
            if 0 <= index < size:
                open_days[index] = False
        for start, end in self.blackouts:
            lo = max((start - first).days, 0)
            hi = min((end - first).days, size - 1)
            if lo <= hi:
                open_days[lo : hi + 1] = False
        self._base = first
        self._open = open_days
        self._cum = np.concatenate(([0], np.cumsum(open_days, dtype=np.int64)))

    def _index(self, day: date) -> int:
        self._ensure(day, day)
        return (day - self._base).days  # type: ignore[operator]

    # ------------------------------------------------------------------ questions
    def is_working(self, day: date) -> bool:
        index = self._index(day)  # may rebuild the table: look it up afterwards
        return bool(self._open[index])

    def closed_reason(self, day: date) -> str:
        """'weekend', 'holiday', 'blackout' or '' (a working day)."""
        if day.weekday() in self.weekend:
            return "weekend"
        if day in self.extra_holidays or day in public_holidays(
            self.country, self.region, day.year
        ):
            return "holiday"
        if any(start <= day <= end for start, end in self.blackouts):
            return "blackout"
        return ""

    def between(self, first: date, last: date) -> int:
        """Working days ``d`` with ``first < d <= last`` (negative when ``last`` is earlier).

        Friday → next Monday is 1; a day to itself is 0.
        """
        if last < first:
            return -self.between(last, first)
        self._ensure(first, last)
        a = self._index(first)
        b = self._index(last)
        return int(self._cum[b + 1] - self._cum[a + 1])

    def add(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (before it when negative); 0: ``day``."""
        if count == 0:
            return day
        found = self._added.get((day, count))
        if found is not None:
            return found
        step = 1 if count > 0 else -1
        remaining = abs(count)
        current = day
        while remaining:
            current += timedelta(days=step)
            if self.is_working(current):
                remaining -= 1
        self._added[(day, count)] = current
        return current

    def next_working(self, day: date) -> date:
        """``day`` itself when it is a working day, else the next one."""
        while not self.is_working(day):
            day += timedelta(days=1)
        return day

    def previous_working(self, day: date) -> date:
        """``day`` itself when it is a working day, else the previous one."""
        while not self.is_working(day):
            day -= timedelta(days=1)
        return day

    def working_days(self, first: date, last: date) -> list[date]:
        """Every working day of ``first``…``last``, in order."""
        if last < first:
            return []
        self._ensure(first, last)
        a = self._index(first)
        flags = self._open[a : a + (last - first).days + 1]
        return [first + timedelta(days=int(i)) for i in np.flatnonzero(flags)]
