"""What a drop would do, as the calendar shows it while a communication is dragged.

:func:`cell_for` turns a :class:`~commsplanner.services.scheduling.Candidate` into a
:class:`WhatIfCell`: the tint of the candidate day or slot, a short label (the people it
reaches who would be over the weekly limit) and the sentences of the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...services.conflicts import format_day
from ...services.scheduling import Candidate

CONTEXT = "WhatIf"

OK_COLOUR = QColor(52, 168, 83, 56)
WEEKEND_OK_COLOUR = QColor(52, 168, 83, 22)
WARNING_COLOUR = QColor(249, 171, 0, 72)
ERROR_COLOUR = QColor(234, 67, 53, 64)
OUTLINE = {
    None: QColor("#188038"),
    "warning": QColor("#b06000"),
    "error": QColor("#c5221f"),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def short_number(value: int) -> str:
    return f"{value / 1000:.1f}k".replace(".0k", "k") if value >= 1000 else str(value)


@dataclass
class WhatIfCell:
    """One candidate position as drawn: tint, outline, label and tooltip."""

    candidate: Candidate
    colour: QColor
    outline: QColor
    label: str
    text: str

    @property
    def severity(self) -> str | None:
        return self.candidate.severity


def describe(candidate: Candidate, *, with_time: bool = False) -> list[str]:
    """The tooltip's sentences: what would be wrong there, or that nothing would be."""
    c = candidate
    day = format_day(c.start.date(), _translate, with_year=False)
    when = f"{day}, {c.start:%H:%M}" if with_time else day
    lines = [QCoreApplication.translate("WhatIf", "If it moved to %1:").replace("%1", when)]
    if c.audience_over:
        lines.append(
            QCoreApplication.translate(
                "WhatIf",
                "%1 people it reaches would get more than %2 communications that week (up to %3)",
            )
            .replace("%1", f"{c.audience_people_over:,}")
            .replace("%2", str(c.cap))
            .replace("%3", str(c.busiest))
        )
    if c.channel_over:
        lines.append(
            QCoreApplication.translate(
                "WhatIf", "Someone it reaches would get more than %1 through its channel that week"
            ).replace("%1", str(c.channel_cap))
        )
    if c.over_capacity:
        count, limit = c.capacity  # type: ignore[misc]
        lines.append(
            QCoreApplication.translate(
                "WhatIf", "Its channel would carry %1 communications that day (capacity %2)"
            )
            .replace("%1", str(count))
            .replace("%2", str(limit))
        )
    if c.holiday:
        lines.append(
            QCoreApplication.translate("WhatIf", "Public holiday: %1").replace("%1", c.holiday)
        )
    if c.blackout:
        lines.append(
            QCoreApplication.translate("WhatIf", "Inside the blackout period “%1”").replace(
                "%1", c.blackout
            )
        )
    if c.same_day:
        lines.append(
            QCoreApplication.translate(
                "WhatIf",
                "%1 other communication(s) reach the same segment through the same channel that day",
            ).replace("%1", str(c.same_day))
        )
    for conflict in c.sequence:
        lines.append(conflict.message(_translate))
    if c.clean:
        lines.append(
            QCoreApplication.translate(
                "WhatIf",
                "No conflict here. The busiest person it reaches would get %1 of %2 that week.",
            )
            .replace("%1", str(c.busiest))
            .replace("%2", str(c.cap))
        )
    if c.weekend:
        lines.append(QCoreApplication.translate("WhatIf", "A weekend day."))
    people = c.delta.overload_people
    if people > 0:
        lines.append(
            QCoreApplication.translate(
                "WhatIf", "In the whole plan: %1 more people over the weekly limit."
            ).replace("%1", f"{people:,}")
        )
    elif people < 0:
        lines.append(
            QCoreApplication.translate(
                "WhatIf", "In the whole plan: %1 fewer people over the weekly limit."
            ).replace("%1", f"{-people:,}")
        )
    return lines


def cell_for(candidate: Candidate, *, with_time: bool = False) -> WhatIfCell:
    severity = candidate.severity
    colour = {None: OK_COLOUR, "warning": WARNING_COLOUR}.get(severity, ERROR_COLOUR)
    if severity is None and candidate.weekend:
        colour = WEEKEND_OK_COLOUR  # allowed, but not where people read their messages
    label = short_number(candidate.audience_people_over) if candidate.audience_over else ""
    return WhatIfCell(
        candidate=candidate,
        colour=colour,
        outline=OUTLINE.get(severity, OUTLINE["error"]),
        label=label,
        text="\n".join(describe(candidate, with_time=with_time)),
    )
