"""What the Overview page shows: the plan's identity, its size, what comes next, its values.

The Overview is the first screen of every start, so it reads plain rows (no entity objects)
and its records are named tuples, which cost a fraction of a dataclass to define. This module
does without postponed annotations: typing.NamedTuple compiles every annotation it is given
as a string, which made defining these records cost a few milliseconds of every start.
"""

import heapq
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..domain.series import series_starts
from ..domain.status import Status
from ..storage import overview_data

if TYPE_CHECKING:
    from ..storage import Workspace

# Searched first; widened only when the plan has fewer items than asked for in that window,
# so a plan with weekly items never expands years of a series just to show ten of them.
_FIRST_HORIZON_DAYS = 62
_LAST_HORIZON_DAYS = 366 * 10


class ValueItem(NamedTuple):
    """A corporate value as the Overview lists it."""

    id: int
    name: str
    description: str
    colour: str


class UpcomingItem(NamedTuple):
    """One coming occurrence of a communication with the names shown beside it."""

    communication_id: int
    # 0 for a one-off; the position in its series otherwise.
    index: int
    start: datetime
    duration_minutes: int
    title: str
    message_brief: str
    campaign_name: str
    campaign_colour: str
    channel_name: str

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


class OverviewSummary(NamedTuple):
    organisation: str
    plan_title: str
    employees: int
    segments: int
    campaigns: int
    communications: int
    values: tuple[ValueItem, ...]


class OverviewService:
    """Read-only figures of one workspace, cheap enough to recompute after every edit."""

    def __init__(self, workspace: "Workspace") -> None:
        self._ws = workspace

    def summary(self) -> OverviewSummary:
        employees, segments, campaigns, communications = overview_data.counts(self._ws)
        organisation, plan_title = overview_data.workspace_settings(
            self._ws, "organisation", "plan_title"
        )
        return OverviewSummary(
            organisation=str(organisation or ""),
            plan_title=str(plan_title or ""),
            employees=employees,
            segments=segments,
            campaigns=campaigns,
            communications=communications,
            values=tuple(ValueItem(*row) for row in overview_data.values(self._ws)),
        )

    def upcoming(self, n: int, today: date) -> list[UpcomingItem]:
        """The next ``n`` occurrences from ``today`` on (today included), earliest first.

        Recurring communications are expanded; cancelled ones and skipped dates are left out.
        """
        if n <= 0:
            return []
        cancelled = Status.CANCELLED.value
        first = today.isoformat()
        end = (today + timedelta(days=_LAST_HORIZON_DAYS + 1)).isoformat()
        # Only the n earliest one-offs can be shown; the n-th of them also bounds how far the
        # series need expanding.
        one_offs = [
            _item(row, 0, datetime.fromisoformat(row[2]))
            for row in overview_data.one_off_candidates(self._ws, first, end, n, cancelled)
        ]
        series = overview_data.series_candidates(self._ws, end, cancelled)
        bound = _LAST_HORIZON_DAYS
        if len(one_offs) == n:
            bound = (one_offs[-1].day - today).days
        found: list[UpcomingItem] = []
        horizon = min(_FIRST_HORIZON_DAYS, bound)
        while True:
            last = today + timedelta(days=horizon)
            found = [item for item in one_offs if item.day <= last]
            for row in series:
                skipped = [date.fromisoformat(d) for d in (row[5] or "").split()]
                start = datetime.fromisoformat(row[2])
                found.extend(
                    _item(row, index, when)
                    for index, when in series_starts(start, row[4], skipped, today, last)
                )
            if len(found) >= n or horizon >= bound:
                break
            horizon = min(horizon * 4, bound)
        return heapq.nsmallest(n, found, key=lambda i: (i.start, i.title.casefold(), i.index))


def _item(row: tuple, index: int, start: datetime) -> UpcomingItem:
    return UpcomingItem(
        communication_id=row[0],
        index=index,
        start=start,
        duration_minutes=row[3],
        title=row[1],
        message_brief=row[6],
        campaign_name=row[7],
        campaign_colour=row[8] or "#999999",
        channel_name=row[9],
    )
