"""A small, hand-counted workspace for the listening and dashboard tests.

Seventeen active employees (and one inactive):

- E1–E6  Operaciones, front line; E1–E4 in Madrid, E5–E6 in Sevilla
- E7–E10 Oficinas, Madrid, not front line
- E11    Operaciones, front line, INACTIVE
- E12–E17 Logística, Bilbao
- E18    Compras, Bilbao (a group of one)

Segments: "Primera línea" (customer_facing, 6), "Oficinas" (department, 4 — below the
anonymity threshold of 5), "Madrid" (location, 8).

Period of the tests: January and February 2025. The expected figures are worked out in the
tests' comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from commsplanner.domain import (
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Employee,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
    Segment,
    Status,
    ValueWeight,
)
from commsplanner.storage import Workspace

FIRST = date(2025, 1, 1)
LAST = date(2025, 2, 28)
TODAY = date(2025, 3, 1)


@dataclass
class Ids:
    front: int
    office: int
    madrid: int
    excellence: int
    cooperation: int
    integrity: int
    email: int
    intranet: int
    launch: int
    culture: int


def people() -> list[Employee]:
    staff = []
    for i in range(1, 7):
        staff.append(
            Employee(
                f"E{i}",
                f"Persona {i}",
                department="Operaciones",
                location="Madrid" if i <= 4 else "Sevilla",
                customer_facing=True,
                position="Cajero",
            )
        )
    for i in range(7, 11):
        staff.append(Employee(f"E{i}", f"Persona {i}", department="Oficinas", location="Madrid"))
    staff.append(
        Employee(
            "E11", "Persona 11", department="Operaciones", location="Madrid",
            customer_facing=True, active=False,
        )
    )  # fmt: skip
    for i in range(12, 18):
        staff.append(Employee(f"E{i}", f"Persona {i}", department="Logística", location="Bilbao"))
    staff.append(Employee("E18", "Persona 18", department="Compras", location="Bilbao"))
    return staff


def build(ws: Workspace, *, listening: bool = True) -> Ids:
    """Fills ``ws`` with the plan described in the module docstring."""
    with ws.transaction():
        ws.employees.add_many(people())
        front = ws.segments.add(
            Segment("Primera línea", rule={"field": "customer_facing", "op": "eq", "value": True})
        )
        office = ws.segments.add(
            Segment("Oficinas", rule={"field": "department", "op": "eq", "value": "Oficinas"})
        )
        madrid = ws.segments.add(
            Segment("Madrid", rule={"field": "location", "op": "eq", "value": "Madrid"})
        )
        excellence = ws.values.add(CorporateValue("Excelencia", colour="#1f77b4", position=0))
        cooperation = ws.values.add(CorporateValue("Cooperación", colour="#2ca02c", position=1))
        integrity = ws.values.add(CorporateValue("Integridad", colour="#d62728", position=2))
        email = ws.channels.add(Channel("Correo", ChannelKind.EMAIL, two_way=False))
        intranet = ws.channels.add(Channel("Intranet", ChannelKind.INTRANET, two_way=True))
        launch = ws.campaigns.add(
            Campaign(
                "Lanzamiento",
                owner="Luis",
                start=date(2025, 1, 8),
                end=date(2025, 1, 31),
                segment_ids=(front.id,),
                value_weights={
                    excellence.id: ValueWeight.PRIMARY,
                    cooperation.id: ValueWeight.SECONDARY,
                },
            )
        )
        culture = ws.campaigns.add(
            Campaign(
                "Cultura",
                owner="Ana",
                start=date(2025, 2, 1),
                end=date(2025, 3, 31),
                segment_ids=(office.id,),
                value_weights={cooperation.id: ValueWeight.PRIMARY},
            )
        )
        add = ws.communications.add
        add(
            Communication(
                launch.id, "m1", datetime(2025, 1, 10, 9), channel_id=email.id, owner="Ana"
            )
        )
        add(
            Communication(
                launch.id, "m2", datetime(2025, 1, 20, 9), channel_id=intranet.id,
                segment_ids=(madrid.id,),
            )
        )  # fmt: skip
        add(
            Communication(
                culture.id, "m3", datetime(2025, 2, 5, 9), channel_id=email.id, owner="Ana",
                duration_minutes=60,
            )
        )  # fmt: skip
        add(
            Communication(
                culture.id, "m4 cancelled", datetime(2025, 2, 6, 9), channel_id=email.id,
                owner="Ana", status=Status.CANCELLED,
            )
        )  # fmt: skip
        add(
            Communication(
                culture.id, "m5", datetime(2025, 2, 10, 9), channel_id=intranet.id, owner="Ana",
                segment_ids=(front.id, office.id), recurrence="FREQ=WEEKLY;COUNT=2",
            )
        )  # fmt: skip
        add(Communication(culture.id, "m6 later", datetime(2025, 3, 5, 9), channel_id=email.id))
        if listening:
            fb = ws.feedback.add
            fb(Feedback(date(2025, 1, 5), "Más formación", FeedbackKind.IDEA, intranet.id,
                        segment_id=front.id, status=FeedbackStatus.ANSWERED, response="Sí"))  # fmt: skip
            fb(Feedback(date(2025, 1, 15), "¿Horario de verano?", FeedbackKind.QUESTION,
                        intranet.id, segment_id=office.id))  # fmt: skip
            fb(Feedback(date(2025, 2, 2), "Faltan taquillas", FeedbackKind.COMPLAINT, None,
                        group_attribute="department", group_value="Operaciones",
                        status=FeedbackStatus.ACTED_ON, response="Instaladas"))  # fmt: skip
            fb(Feedback(date(2025, 2, 20), "El correo llega tarde", FeedbackKind.COMPLAINT,
                        intranet.id, campaign_id=launch.id))  # fmt: skip
            fb(Feedback(date(2024, 12, 20), "¿Cuándo cobramos el bonus?", FeedbackKind.QUESTION,
                        email.id, segment_id=madrid.id))  # fmt: skip
            fb(Feedback(date(2025, 3, 10), "Después del periodo", FeedbackKind.IDEA, intranet.id))
            m = ws.measurements.add
            sat = "Satisfacción"
            m(Measurement(date(2025, 1, 15), sat, 3.5, respondents=12))
            m(Measurement(date(2025, 2, 15), sat, 3.8, respondents=15))
            m(Measurement(date(2025, 1, 15), sat, 3.2, segment_id=front.id, respondents=5))
            m(Measurement(date(2025, 2, 15), sat, 3.4, segment_id=front.id, respondents=4))
            m(Measurement(date(2025, 2, 15), sat, 4.0, segment_id=office.id, respondents=4))
            m(Measurement(date(2025, 2, 15), sat, 3.0, group_attribute="department",
                          group_value="Logística"))  # fmt: skip
            m(Measurement(date(2025, 2, 15), sat, 2.0, group_attribute="department",
                          group_value="Compras", respondents=10))  # fmt: skip
            m(Measurement(date(2025, 2, 15), sat, 1.0, group_attribute="location",
                          group_value="Atlantis"))  # fmt: skip
            m(Measurement(date(2025, 1, 15), "eNPS", 10.0, respondents=12))
    return Ids(
        front.id, office.id, madrid.id, excellence.id, cooperation.id, integrity.id,
        email.id, intranet.id, launch.id, culture.id,
    )  # fmt: skip


def make(path: Path, *, listening: bool = True) -> tuple[Workspace, Ids]:
    ws = Workspace.create(path)
    return ws, build(ws, listening=listening)
