"""A small, fully known plan for the Word export tests, and helpers to read a .docx back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from commsplanner.domain import (
    Approval,
    ApprovalKind,
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Employee,
    Measurement,
    Priority,
    Segment,
    Status,
    ValueWeight,
    WorkspaceSettings,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class SmallPlan:
    front_line: Segment
    managers: Segment
    email: Channel
    meeting: Channel
    survey: Channel
    launch: Campaign
    listening: Campaign
    excellence: CorporateValue
    cooperation: CorporateValue
    teamwork: CorporateValue
    goal: BusinessGoal


def build_small_plan(ws, *, messages: dict[str, str] | None = None) -> SmallPlan:
    """Two campaigns in spring 2025, three channels, two segments, 40 employees."""
    messages = messages or {}
    ws.settings.save(
        WorkspaceSettings(
            organisation="Mercados Alameda",
            plan_title="Plan de comunicación 2025",
            anonymity_threshold=5,
        )
    )
    people = []
    for i in range(40):
        people.append(
            Employee(
                external_id=f"E{i:03d}",
                position="Cajero" if i < 24 else "Supervisor",
                department="Tiendas" if i < 30 else "Oficinas",
                location="Madrid" if i % 2 else "Sevilla",
                customer_facing=i < 24,
                needs=("horarios claros",) if i < 20 else ("formación",),
                expectations=("escucha",),
            )
        )
    ws.employees.add_many(people)
    front_line = ws.segments.add(
        Segment(
            "Primera línea",
            description="Quien atiende a clientes.",
            rule={"field": "customer_facing", "op": "eq", "value": True},
        )
    )
    managers = ws.segments.add(
        Segment("Mandos", rule={"field": "position", "op": "eq", "value": "Supervisor"})
    )
    excellence = ws.values.add(CorporateValue("Excelencia", position=0))
    cooperation = ws.values.add(CorporateValue("Cooperación", position=1))
    teamwork = ws.values.add(CorporateValue("Trabajo en equipo", position=2))
    goal = ws.goals.add(
        BusinessGoal(
            "Mejorar la experiencia de cliente",
            kpi="NPS de tienda",
            target="+8 puntos",
            due_date=date(2025, 6, 30),
        )
    )
    email = ws.channels.add(Channel("Email", kind=ChannelKind.EMAIL))
    meeting = ws.channels.add(Channel("Reunión de equipo", kind=ChannelKind.MEETING, two_way=True))
    survey = ws.channels.add(Channel("Encuesta pulso", kind=ChannelKind.SURVEY, two_way=True))
    launch = ws.campaigns.add(
        Campaign(
            "Lanzamiento app de turnos",
            objective=messages.get("objective", "Que cada cajero use la app."),
            key_messages=(messages.get("key", "Tus turnos, en tu móvil."), "Más fácil cambiar."),
            goal_ids=(goal.id,),
            value_weights={excellence.id: ValueWeight.PRIMARY, teamwork.id: ValueWeight.SECONDARY},
            segment_ids=(front_line.id,),
            owner="Ana Ruiz",
            status=Status.APPROVED,
            priority=Priority.HIGH,
            start=date(2025, 3, 3),
            end=date(2025, 4, 30),
        )
    )
    listening = ws.campaigns.add(
        Campaign(
            "Escuchamos",
            objective="Saber qué necesita la primera línea.",
            key_messages=("Tu opinión cuenta.",),
            value_weights={cooperation.id: ValueWeight.PRIMARY},
            segment_ids=(managers.id,),
            owner="Luis Gómez",
            status=Status.SCHEDULED,
            start=date(2025, 4, 1),
            end=date(2025, 5, 31),
        )
    )
    ws.communications.add(
        Communication(
            launch.id,
            messages.get("title", "Anuncio de la app"),
            datetime(2025, 3, 4, 9, 0),
            channel_id=email.id,
            message_brief=messages.get("brief", "La app llega el lunes."),
            status=Status.SCHEDULED,
        )
    )
    ws.communications.add(
        Communication(
            launch.id,
            "Formación en tienda",
            datetime(2025, 3, 10, 10, 0),
            channel_id=meeting.id,
            message_brief="Cómo pedir un cambio de turno.",
            recurrence="FREQ=WEEKLY;COUNT=3",
        )
    )
    ws.communications.add(
        Communication(
            launch.id,
            "Anuncio cancelado",
            datetime(2025, 3, 5, 9, 0),
            channel_id=email.id,
            status=Status.CANCELLED,
        )
    )
    ws.communications.add(
        Communication(
            listening.id,
            "Encuesta de pulso de abril",
            datetime(2025, 4, 15, 12, 0),
            channel_id=survey.id,
            message_brief="Cinco preguntas sobre la app.",
        )
    )
    ws.blackouts.add(Blackout("Cierre trimestral", date(2025, 3, 28), date(2025, 3, 31)))
    ws.measurements.add(Measurement(date(2025, 4, 20), "eNPS", 31.0, respondents=38))
    ws.measurements.add(
        Measurement(date(2025, 4, 20), "Satisfacción", 4.2, segment_id=managers.id, respondents=3)
    )
    ws.measurements.add(
        Measurement(
            date(2025, 4, 20), "Satisfacción", 3.9, segment_id=front_line.id, respondents=20
        )
    )
    ws.approvals.add(Approval(ApprovalKind.APPROVED, "Marta Sanz", datetime(2025, 2, 20, 17, 30)))
    return SmallPlan(
        front_line,
        managers,
        email,
        meeting,
        survey,
        launch,
        listening,
        excellence,
        cooperation,
        teamwork,
        goal,
    )


def headings(document, level: int | None = None) -> list[str]:
    """Texts of the Heading N paragraphs, in order."""
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading ") and (level is None or name == f"Heading {level}"):
            found.append(paragraph.text)
    return found


def table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def find_table(document, first_header: str, *, containing: str | None = None):
    """Tables whose first header cell is ``first_header`` (and whose text holds ``containing``)."""
    found = []
    for table in document.tables:
        rows = table.rows
        if rows and rows[0].cells and rows[0].cells[0].text == first_header:
            text = "\n".join(c.text for r in rows for c in r.cells)
            if containing is None or containing in text:
                found.append(table)
    return found


def all_text(document) -> str:
    """Every w:t of the body, headers and footers."""
    parts = ["".join(t.text or "" for t in document.element.body.iter(W + "t"))]
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.append("".join(t.text or "" for t in part._element.iter(W + "t")))
    return "\n".join(parts)


def open_docx(path: Path):
    import docx

    return docx.Document(str(path))
