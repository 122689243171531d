"""Small plans for the sequencing and scheduling tests (people 1–20, three segments)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from calendar_support import IncludeMembers, build_plan, dt

from commsplanner.domain import Campaign, Communication, Segment, Status
from commsplanner.services.calendar import CalendarService
from commsplanner.services.conflicts import ConflictService
from commsplanner.services.scheduling import SchedulingService
from commsplanner.services.sequencing import SequencingService

__all__ = ["Rig", "dt", "make_rig"]


@dataclass
class Rig:
    ws: object
    plan: object
    everyone: int
    campaign: int  # "Cambio" with the all-staff segment as its audience
    other_campaign: int
    calendar: CalendarService
    conflicts: ConflictService
    scheduling: SchedulingService
    sequencing: SequencingService
    comms: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, start: datetime, **kw) -> int:
        kw.setdefault("campaign_id", self.campaign)
        kw.setdefault("status", Status.SCHEDULED)
        kw.setdefault("duration_minutes", 30)
        comm = self.ws.communications.add(Communication(title=name, start=start, **kw))
        self.comms[name] = comm.id
        return comm.id

    def check(self, first: date = date(2025, 3, 1), last: date = date(2025, 5, 31), **kw):
        return self.conflicts.check(first, last, **kw)


def make_rig(ws, *, with_conflicts: bool = False) -> Rig:
    plan = build_plan(ws, with_conflicts=with_conflicts)
    ids = ws.employees.active_ids()
    everyone = ws.segments.add(Segment("Toda la plantilla", include_ids=tuple(ids)))
    change = ws.campaigns.add(
        Campaign(
            "Cambio",
            segment_ids=(everyone.id,),
            status=Status.APPROVED,
            start=date(2025, 3, 1),
            end=date(2025, 4, 30),
        )
    )
    other = ws.campaigns.add(Campaign("Otra", segment_ids=(plan.seg_c,)))
    calendar = CalendarService(ws)
    conflicts = ConflictService(ws, members=IncludeMembers(ws), calendar=calendar)
    return Rig(
        ws=ws,
        plan=plan,
        everyone=everyone.id,
        campaign=change.id,
        other_campaign=other.id,
        calendar=calendar,
        conflicts=conflicts,
        scheduling=SchedulingService(ws, conflicts, calendar),
        sequencing=SequencingService(ws),
    )


def sequence_findings(report):
    return [c for c in report.conflicts if c.kind.value == "sequence"]
