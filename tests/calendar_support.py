"""A small plan with known numbers, shared by the calendar and conflict tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from commsplanner.domain import (
    Blackout,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Employee,
    Segment,
    Status,
    ValueWeight,
    WorkspaceSettings,
)


class IncludeMembers:
    """Segment members = the segment's include_ids (stands in for the segmentation service)."""

    def __init__(self, ws) -> None:
        self._ws = ws

    def member_ids(self, segment_id: int) -> np.ndarray:
        segment = self._ws.segments.get(segment_id)
        return np.array(sorted(set(segment.include_ids)), dtype=np.int64)


@dataclass
class Plan:
    seg_a: int
    seg_b: int
    seg_c: int
    email: int
    intranet: int
    value_excellence: int
    value_teamwork: int
    campaign_x: int
    campaign_y: int
    comms: dict[str, int]


def dt(day: str, hour: int = 9, minute: int = 0) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, hour, minute)


def build_plan(ws, *, with_conflicts: bool = True) -> Plan:
    """Employees 1–20; A = 1–10, B = 6–15, C = 16–20 (ids as given by the workspace)."""
    ws.settings.save(WorkspaceSettings(organisation="Acme", plan_title="Plan 2025"))
    ws.employees.add_many(
        Employee(
            external_id=f"E{i:03d}",
            display_name=f"Person {i}",
            department="Tiendas" if i <= 10 else "Oficinas",
            location="Norte" if i % 2 else "Sur",
        )
        for i in range(1, 21)
    )
    ids = ws.employees.active_ids()
    a = ws.segments.add(Segment("Tiendas Norte", include_ids=tuple(ids[0:10]), colour="#2a9d8f"))
    b = ws.segments.add(Segment("Mandos", include_ids=tuple(ids[5:15]), colour="#e76f51"))
    c = ws.segments.add(Segment("Oficinas", include_ids=tuple(ids[15:20]), colour="#264653"))
    email = ws.channels.add(
        Channel(
            "Email",
            kind=ChannelKind.EMAIL,
            weekly_cap_per_person=2,
            daily_capacity=2,
            colour="#3366cc",
        )
    )
    intranet = ws.channels.add(Channel("Intranet", kind=ChannelKind.INTRANET, colour="#dc3912"))
    excellence = ws.values.add(CorporateValue("Excelencia", colour="#ff9900", position=0))
    teamwork = ws.values.add(CorporateValue("Trabajo en equipo", colour="#109618", position=1))
    x = ws.campaigns.add(
        Campaign(
            "Primavera",
            key_messages=("Clientes primero",),
            value_weights={excellence.id: ValueWeight.PRIMARY, teamwork.id: ValueWeight.SECONDARY},
            segment_ids=(a.id,),
            owner="Lucía",
            status=Status.APPROVED,
            start=date(2025, 3, 1),
            end=date(2025, 5, 31),
            colour="#aa00aa",
        )
    )
    y = ws.campaigns.add(Campaign("Sin público", owner="Marta", colour="#00aaaa"))
    comms: dict[str, int] = {}

    def add(name: str, **kw) -> None:
        kw.setdefault("campaign_id", x.id)
        kw.setdefault("status", Status.SCHEDULED)
        comms[name] = ws.communications.add(Communication(title=name, **kw)).id

    if with_conflicts:
        # Week of Monday 3 March 2025: people 6–10 (in A and B) get five communications.
        add("c1", start=dt("2025-03-03"), channel_id=email.id, segment_ids=(a.id,))
        add("c2", start=dt("2025-03-04"), channel_id=email.id, segment_ids=(b.id,))
        add("c3", start=dt("2025-03-05"), channel_id=intranet.id, segment_ids=(a.id,))
        add("c4", start=dt("2025-03-06"), channel_id=intranet.id, segment_ids=(b.id,))
        add("c5", start=dt("2025-03-07"), channel_id=email.id, segment_ids=(a.id,))
        # Tuesday 11 March: three emails to C (capacity 2 a day).
        for name, hour in (("c6", 9), ("c7", 11), ("c8", 13)):
            add(name, start=dt("2025-03-11", hour), channel_id=email.id, segment_ids=(c.id,))
        # 1 May is a national holiday; 2 May only in the Community of Madrid.
        add("c9", start=dt("2025-05-01"), channel_id=intranet.id, segment_ids=(c.id,))
        add("c10", start=dt("2025-05-02"), channel_id=intranet.id, segment_ids=(c.id,))
        # Inside the quarter-close blackout.
        add("c11", start=dt("2025-03-31"), channel_id=intranet.id, segment_ids=(c.id,))
        # No audience at all.
        add("c12", campaign_id=y.id, start=dt("2025-04-15"), channel_id=intranet.id)
        # Cancelled: never counts, even on a holiday.
        add(
            "c13",
            start=dt("2025-05-01", 12),
            channel_id=intranet.id,
            segment_ids=(c.id,),
            status=Status.CANCELLED,
        )
        ws.blackouts.add(Blackout("Cierre trimestral", date(2025, 3, 28), date(2025, 3, 31)))
    return Plan(
        seg_a=a.id,
        seg_b=b.id,
        seg_c=c.id,
        email=email.id,
        intranet=intranet.id,
        value_excellence=excellence.id,
        value_teamwork=teamwork.id,
        campaign_x=x.id,
        campaign_y=y.id,
        comms=comms,
    )
