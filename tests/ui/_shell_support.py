"""A small, fully known workspace for the app shell's tests (the demo generator is bigger)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commsplanner.domain import (
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Employee,
    Segment,
    Status,
    WorkspaceSettings,
)
from commsplanner.storage import Workspace

VALUES = (
    ("Excelencia", "#1f77b4"),
    ("Cooperación", "#2ca02c"),
    ("Trabajo en equipo", "#d62728"),
)


def build_workspace(path: Path, today: date | None = None) -> Path:
    """Writes a plan with known counts: 6 active employees, 2 segments, 2 campaigns, 5 comms."""
    today = today or date.today()
    ws = Workspace.create(path)
    try:
        with ws.transaction():
            ws.settings.save(
                WorkspaceSettings(
                    organisation="Banco Andino", plan_title="Plan de comunicación 2026"
                )
            )
            for position, (name, colour) in enumerate(VALUES):
                ws.values.add(CorporateValue(name, f"Sobre {name.lower()}", colour, position))
            email = ws.channels.add(Channel("Correo", ChannelKind.EMAIL))
            intranet = ws.channels.add(Channel("Intranet", ChannelKind.INTRANET))
            employees = [
                Employee(f"E{i}", f"Persona {i}", position="Cajero", active=i != 7)
                for i in range(1, 8)
            ]
            ws.employees.add_many(employees)
            front = ws.segments.add(
                Segment("Cajeros", rule={"field": "position", "op": "eq", "value": "Cajero"})
            )
            ws.segments.add(Segment("Todos"))
            launch = ws.campaigns.add(
                Campaign("Lanzamiento app", colour="#9467bd", segment_ids=(front.id,))
            )
            culture = ws.campaigns.add(Campaign("Cultura", colour="#8c564b"))

            def at(days: int, hour: int = 9) -> datetime:
                return datetime.combine(today + timedelta(days=days), time(hour, 0))

            ws.communications.add(
                Communication(launch.id, "Anuncio en correo", at(1), channel_id=email.id)
            )
            ws.communications.add(Communication(launch.id, "Pasado", at(-3), channel_id=email.id))
            ws.communications.add(
                Communication(
                    culture.id,
                    "Boletín semanal",
                    at(2, 8),
                    channel_id=intranet.id,
                    recurrence="FREQ=WEEKLY;COUNT=20",
                )
            )
            ws.communications.add(
                Communication(launch.id, "Cancelada", at(3), status=Status.CANCELLED)
            )
            ws.communications.add(Communication(culture.id, "Hoy temprano", at(0, 7)))
    finally:
        ws.close()
    return path


# A second page for the sidebar tests, listed in PAGE_SPECS as "_shell_support:NotesPage".


class NotesPage(QWidget):
    page_id = "notes"
    built = 0

    @classmethod
    def page_title(cls) -> str:
        return "Notes"

    @classmethod
    def page_icon(cls) -> str:
        return "SP_FileIcon"

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        type(self).built += 1
        self.session = session
        self.refreshed: list = []
        self.retranslated = 0
        QVBoxLayout(self).addWidget(QLabel("notes"))

    def refresh(self, changes) -> None:
        self.refreshed.append(changes)

    def retranslate(self) -> None:
        self.retranslated += 1
