"""What the Overview page shows: the plan's identity, its size, what comes next, its values."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain import CorporateValue, Status
from ..domain.recurrence import Occurrence, occurrences

if TYPE_CHECKING:
    from ..storage import Workspace

# Searched first; widened only when the plan has fewer items than asked for in that window,
# so a plan with weekly items never expands years of a series just to show ten of them.
_FIRST_HORIZON_DAYS = 62
_LAST_HORIZON_DAYS = 366 * 10


@dataclass(frozen=True, slots=True)
class UpcomingItem:
    """One coming occurrence with the names the Overview shows beside it."""

    occurrence: Occurrence
    campaign_name: str
    campaign_colour: str
    channel_name: str

    @property
    def title(self) -> str:
        return self.occurrence.communication.title


@dataclass(frozen=True, slots=True)
class OverviewSummary:
    organisation: str
    plan_title: str
    employees: int
    segments: int
    campaigns: int
    communications: int
    values: tuple[CorporateValue, ...]


class OverviewService:
    """Read-only figures of one workspace, cheap enough to recompute after every edit."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def summary(self) -> OverviewSummary:
        counts = self._ws.counts()
        settings = self._ws.settings.load()
        values = sorted(self._ws.values.list(), key=lambda v: (v.position, v.id or 0))
        return OverviewSummary(
            organisation=settings.organisation,
            plan_title=settings.plan_title,
            employees=counts["employees"],
            segments=counts["segments"],
            campaigns=counts["campaigns"],
            communications=counts["communications"],
            values=tuple(values),
        )

    def upcoming(self, n: int, today: date) -> list[UpcomingItem]:
        """The next ``n`` occurrences from ``today`` on (today included), earliest first.

        Recurring communications are expanded; cancelled ones and skipped dates are left out.
        """
        if n <= 0:
            return []
        comms = [c for c in self._ws.communications.list() if c.status != Status.CANCELLED]
        found: list[Occurrence] = []
        horizon = _FIRST_HORIZON_DAYS
        while True:
            last = today + timedelta(days=horizon)
            found = [occ for comm in comms for occ in occurrences(comm, today, last)]
            if len(found) >= n or horizon >= _LAST_HORIZON_DAYS:
                break
            horizon = min(horizon * 4, _LAST_HORIZON_DAYS)
        chosen = heapq.nsmallest(
            n, found, key=lambda o: (o.start, o.communication.title.casefold(), o.index)
        )
        campaigns = {c.id: c for c in self._ws.campaigns.list()}
        channels = {c.id: c.name for c in self._ws.channels.list()}
        items = []
        for occ in chosen:
            campaign = campaigns.get(occ.communication.campaign_id)
            items.append(
                UpcomingItem(
                    occurrence=occ,
                    campaign_name=campaign.name if campaign else "",
                    campaign_colour=campaign.colour if campaign else "#999999",
                    channel_name=channels.get(occ.communication.channel_id, ""),
                )
            )
        return items
