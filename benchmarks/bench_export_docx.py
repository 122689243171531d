"""Word plan export: a 52-week plan with 300 campaigns and 3,000 communications.

Target: the export takes < 5 s and at most 1.5× a bare python-docx script that writes the same
text and tables (headings, paragraphs, one table per campaign, the month table), measured in
the same run. Run with ``python -m benchmarks export_docx``.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from commsplanner.domain import (
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
from commsplanner.storage import Workspace

CAMPAIGNS = 300
COMMUNICATIONS = 3000
EMPLOYEES = 2000
TARGET_SECONDS = 5.0
TARGET_RATIO = 1.5

_DEPARTMENTS = [
    "Operaciones",
    "Ventas",
    "Atención al cliente",
    "Logística",
    "Finanzas",
    "TI",
    "Personas",
]
_LOCATIONS = ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"]
_POSITIONS = [
    "Cajero",
    "Supervisor",
    "Agente",
    "Técnico",
    "Analista",
    "Jefe de tienda",
    "Repartidor",
]
_INTERESTS = ["sostenibilidad", "formación", "tecnología", "bienestar", "innovación", "deporte"]
_NEEDS = [
    "horarios claros",
    "reconocimiento",
    "formación en producto",
    "información de cambios",
    "seguridad",
]
_EXPECT = ["escucha", "transparencia", "carrera", "flexibilidad"]
_WORDS = [
    "clientes",
    "equipo",
    "excelencia",
    "cooperación",
    "servicio",
    "cambio",
    "objetivos",
    "resultados",
    "escuchar",
    "mejora",
    "tienda",
    "turno",
    "seguridad",
    "formación",
    "reconocimiento",
    "datos",
    "calidad",
    "proyecto",
]


def populate(
    ws: Workspace,
    *,
    campaigns: int = CAMPAIGNS,
    communications: int = COMMUNICATIONS,
    employees: int = EMPLOYEES,
    year: int = 2025,
    seed: int = 1,
) -> None:
    """Fills an empty workspace with a realistic plan of the given size, in one transaction."""
    rnd = random.Random(seed)
    with ws.transaction():
        ws.settings.save(
            WorkspaceSettings(
                organisation="Grupo Horizonte Retail",
                plan_title=f"Plan de comunicación interna {year}",
                country="ES",
            )
        )
        values = [
            ws.values.add(CorporateValue(name, description=desc, colour=colour, position=i))
            for i, (name, desc, colour) in enumerate(
                [
                    ("Excelencia", "Hacer bien las cosas a la primera, cada día.", "#1f77b4"),
                    ("Cooperación", "Compartir lo que sabemos entre tiendas y áreas.", "#2ca02c"),
                    ("Trabajo en equipo", "Los resultados son de todos.", "#ff7f0e"),
                    ("Orientación al cliente", "El cliente interno primero.", "#9467bd"),
                    ("Integridad", "Decir lo que hacemos y hacer lo que decimos.", "#8c564b"),
                ]
            )
        ]
        goals = [
            ws.goals.add(
                BusinessGoal(
                    name,
                    description=desc,
                    kpi=kpi,
                    target=target,
                    due_date=date(year, month, 28),
                )
            )
            for name, desc, kpi, target, month in [
                ("Mejorar la satisfacción del cliente", "NPS de tiendas.", "NPS", "+8 puntos", 12),
                (
                    "Reducir la rotación en tienda",
                    "Rotación voluntaria anual.",
                    "Rotación",
                    "< 18 %",
                    11,
                ),
                ("Lanzar el nuevo programa de fidelización", "", "Altas", "250.000", 6),
                ("Adopción de la nueva app de turnos", "", "Usuarios activos", "85 %", 9),
            ]
        ]
        channels = [
            ws.channels.add(Channel(name, kind=kind, two_way=two, daily_capacity=cap, colour=col))
            for name, kind, two, cap, col in [
                ("Email corporativo", ChannelKind.EMAIL, False, 12, "#4c78a8"),
                ("Intranet", ChannelKind.INTRANET, False, None, "#72b7b2"),
                ("Reunión de equipo", ChannelKind.MEETING, True, None, "#54a24b"),
                ("Town hall", ChannelKind.TOWN_HALL, True, 1, "#e45756"),
                ("Cascada de mandos", ChannelKind.MANAGER_CASCADE, True, None, "#b279a2"),
                ("Newsletter", ChannelKind.NEWSLETTER, False, None, "#f58518"),
                ("Chat de tienda", ChannelKind.CHAT, True, None, "#9d755d"),
                ("Pantallas", ChannelKind.SIGNAGE, False, None, "#bab0ac"),
                ("Encuesta pulso", ChannelKind.SURVEY, True, 2, "#eeca3b"),
            ]
        ]
        people = []
        for i in range(employees):
            dept = rnd.choice(_DEPARTMENTS)
            people.append(
                Employee(
                    external_id=f"E{i:06d}",
                    display_name=f"Persona {i}",
                    position=rnd.choice(_POSITIONS),
                    function=dept,
                    department=dept,
                    location=rnd.choice(_LOCATIONS),
                    customer_facing=dept in ("Ventas", "Atención al cliente", "Operaciones"),
                    interests=tuple(rnd.sample(_INTERESTS, 2)),
                    needs=tuple(rnd.sample(_NEEDS, 2)),
                    expectations=tuple(rnd.sample(_EXPECT, 1)),
                )
            )
        ws.employees.add_many(people)
        segments = [
            ws.segments.add(Segment(name, description=desc, rule=rule, colour=colour))
            for name, desc, rule, colour in [
                (
                    "Primera línea",
                    "Quien atiende a clientes cada día.",
                    {"field": "customer_facing", "op": "eq", "value": True},
                    "#e45756",
                ),
                (
                    "Mandos de tienda",
                    "",
                    {"field": "position", "op": "in", "value": ["Supervisor", "Jefe de tienda"]},
                    "#4c78a8",
                ),
                (
                    "Logística",
                    "",
                    {"field": "department", "op": "eq", "value": "Logística"},
                    "#72b7b2",
                ),
                (
                    "Oficinas centrales",
                    "",
                    {"field": "department", "op": "in", "value": ["Finanzas", "TI", "Personas"]},
                    "#54a24b",
                ),
                (
                    "Interesados en sostenibilidad",
                    "",
                    {"field": "interests", "op": "has", "value": "sostenibilidad"},
                    "#f58518",
                ),
                ("Madrid", "", {"field": "location", "op": "eq", "value": "Madrid"}, "#b279a2"),
            ]
        ]
        per_campaign = max(communications // max(campaigns, 1), 1)
        extra = communications - per_campaign * campaigns
        start_year = date(year, 1, 6)
        statuses = [Status.APPROVED, Status.SCHEDULED, Status.DRAFT, Status.IN_REVIEW, Status.LIVE]
        for c in range(campaigns):
            first = start_year + timedelta(days=rnd.randrange(0, 330))
            last = first + timedelta(days=rnd.randrange(14, 60))
            campaign = ws.campaigns.add(
                Campaign(
                    name=f"{rnd.choice(['Campaña', 'Iniciativa', 'Programa'])} {c + 1:03d}: "
                    + " ".join(rnd.sample(_WORDS, 3)),
                    objective="Que " + " ".join(rnd.sample(_WORDS, 10)) + ".",
                    key_messages=tuple(
                        " ".join(rnd.sample(_WORDS, 9)).capitalize() + "." for _ in range(3)
                    ),
                    goal_ids=(rnd.choice(goals).id,),
                    value_weights={
                        rnd.choice(values).id: ValueWeight.PRIMARY,
                        rnd.choice(values).id: ValueWeight.SECONDARY,
                    },
                    segment_ids=tuple(s.id for s in rnd.sample(segments, 2)),
                    owner=rnd.choice(["Ana Ruiz", "Luis Gómez", "Marta Sanz", "Jorge Pérez"]),
                    status=rnd.choice(statuses),
                    priority=rnd.choice(
                        [
                            Priority.NORMAL,
                            Priority.NORMAL,
                            Priority.HIGH,
                            Priority.LOW,
                            Priority.CRITICAL,
                        ]
                    ),
                    start=first,
                    end=last,
                    colour=rnd.choice(["#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#d62728"]),
                )
            )
            count = per_campaign + (1 if c < extra else 0)
            span = (last - first).days
            for k in range(count):
                day = first + timedelta(days=rnd.randrange(0, span + 1))
                channel = rnd.choice(channels)
                ws.communications.add(
                    Communication(
                        campaign_id=campaign.id,
                        title=f"{channel.name}: " + " ".join(rnd.sample(_WORDS, 3)),
                        start=datetime(day.year, day.month, day.day, rnd.choice([9, 10, 12, 16])),
                        channel_id=channel.id,
                        message_brief=" ".join(rnd.sample(_WORDS, 14)).capitalize() + ".",
                        status=rnd.choice(statuses),
                        segment_ids=(rnd.choice(segments).id,) if k % 3 == 0 else (),
                    )
                )
        for month in range(1, 13):
            ws.measurements.add(
                Measurement(date(year, month, 20), "eNPS", 20 + rnd.random() * 20, respondents=800)
            )
            for seg in segments[:3]:
                ws.measurements.add(
                    Measurement(
                        date(year, month, 20),
                        "Satisfacción con la comunicación",
                        3 + rnd.random() * 2,
                        segment_id=seg.id,
                        respondents=rnd.choice([3, 40, 120]),
                    )
                )


def _bare_script(report, path: Path) -> None:
    """What a developer would write with python-docx alone: the same text and tables."""
    import docx

    doc = docx.Document()
    doc.add_heading(report.title, 0)
    doc.add_paragraph(report.organisation)
    doc.add_heading("Resumen ejecutivo", 1)
    f = report.figures
    doc.add_paragraph(
        f"{f.campaigns} campañas, {f.communications} comunicaciones, {f.reached} personas."
    )
    doc.add_heading("Objetivos", 1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Objetivo", "KPI", "Campañas"], strict=True):
        cell.text = text
    for g in report.goals:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = (
            g.goal.name,
            g.goal.kpi,
            ", ".join(g.campaigns),
        )
    doc.add_heading("Campañas", 1)
    for entry in report.campaigns:
        c = entry.campaign
        doc.add_heading(c.name, 2)
        doc.add_paragraph(c.objective)
        for label, value in (
            ("Responsable", c.owner),
            ("Objetivos", ", ".join(entry.goals)),
            ("Valores", ", ".join(n for n, _w in entry.values)),
            ("Audiencias", ", ".join(entry.segments)),
            ("Canales", ", ".join(entry.channels)),
        ):
            doc.add_paragraph(f"{label}: {value}")
        for message in c.key_messages:
            doc.add_paragraph(message, style="List Bullet")
        table = doc.add_table(rows=1, cols=4)
        for cell, text in zip(
            table.rows[0].cells, ["Fecha", "Canal", "Audiencia", "Mensaje"], strict=True
        ):
            cell.text = text
        for row in entry.comms:
            cells = table.add_row().cells
            cells[0].text = row.start.strftime("%d/%m/%Y %H:%M")
            cells[1].text = row.channel
            cells[2].text = row.segments
            cells[3].text = f"{row.title}\n{row.message}"
    doc.add_heading("Mes a mes", 1)
    table = doc.add_table(rows=1, cols=4)
    for m in report.month_rows:
        cells = table.add_row().cells
        cells[0].text = m.month.isoformat()
        cells[1].text = str(m.communications)
        cells[2].text = str(m.campaigns)
        cells[3].text = ", ".join(m.highlights)
    doc.save(path)


def main() -> None:
    from commsplanner.services.export_docx import DocxExportService, ExportOptions
    from commsplanner.services.plan_report import build_plan_report

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        began = time.perf_counter()
        ws = Workspace.create(folder / "bench.commsplan")
        populate(ws)
        print(
            f"   workspace: {CAMPAIGNS} campaigns, {COMMUNICATIONS} communications, "
            f"{EMPLOYEES} employees built in {time.perf_counter() - began:.1f} s"
        )
        service = DocxExportService(ws)
        options = ExportOptions(language="es", first=date(2025, 1, 1), last=date(2025, 12, 31))
        report = build_plan_report(ws, options)
        # Warm-up: first imports of docx, matplotlib and lxml are not part of either figure.
        service.export(options, folder / "warm.docx", remember=False)
        _bare_script(report, folder / "warm-bare.docx")
        ours, bare = [], []
        for run in range(3):
            t0 = time.perf_counter()
            service.export(options, folder / f"plan-{run}.docx", remember=False)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            report = build_plan_report(ws, options)
            _bare_script(report, folder / f"bare-{run}.docx")
            bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        service.export(
            ExportOptions(
                language="es", first=date(2025, 1, 1), last=date(2025, 12, 31), detail="summary"
            ),
            folder / "summary.docx",
            remember=False,
        )
        summary_time = time.perf_counter() - t0
        ws.close()
        size = (folder / "plan-0.docx").stat().st_size
        ours_median, bare_median = statistics.median(ours), statistics.median(bare)
        ratio = ours_median / bare_median
        print(f"   communications in the period: {report.figures.communications}")
        print(
            f"   full plan export (report + charts + Word): median {ours_median:.2f} s "
            f"(runs {', '.join(f'{x:.2f}' for x in ours)}), {size / 1e6:.1f} MB"
        )
        print(
            f"   bare python-docx script (report + same text and tables): median {bare_median:.2f} s"
        )
        print(
            f"   ratio {ratio:.2f}× (limit {TARGET_RATIO}×) -> {'OK' if ratio <= TARGET_RATIO else 'TOO SLOW'}"
        )
        print(
            f"   absolute {ours_median:.2f} s (limit {TARGET_SECONDS} s) -> "
            f"{'OK' if ours_median < TARGET_SECONDS else 'TOO SLOW'}"
        )
        print(f"   leadership summary export: {summary_time:.2f} s")


if __name__ == "__main__":
    main()
