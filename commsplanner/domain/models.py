"""The entities of a communication plan, as plain immutable dataclasses.

Identifiers are integers given by the workspace (``None`` until stored). Edits make new
objects with :func:`dataclasses.replace`, which keeps before/after pairs cheap for undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from .enums import (
    ApprovalKind,
    ChannelKind,
    EntityKind,
    FeedbackKind,
    FeedbackStatus,
    Priority,
    Status,
    ValueWeight,
)
from .errors import QT_TRANSLATE_NOOP, ValidationError

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _require_name(name: str, template: str) -> None:
    # One full sentence per kind of item: a translated sentence cannot be assembled from an
    # untranslated noun ("El segment necesita…"), and Spanish nouns carry a gender.
    if not name or not name.strip():
        raise ValidationError(template, field="name")


def _check_colour(colour: str) -> None:
    if not _COLOUR.match(colour):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{colour}” is not a colour of the form #RRGGBB."),
            field="colour",
            colour=colour,
        )


def clean_tags(values: Any) -> tuple[str, ...]:
    """Normalises a tag list: trimmed, empty ones dropped, duplicates (case-insensitive) removed."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in values or ():
        tag = " ".join(str(raw).split())
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Employee:
    external_id: str
    display_name: str | None = None
    position: str = ""
    function: str = ""
    department: str = ""
    location: str = ""
    level: str = ""
    customer_facing: bool = False
    language: str = ""
    interests: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    expectations: tuple[str, ...] = ()
    start_date: date | None = None
    active: bool = True
    attributes: dict[str, str] = field(default_factory=dict)
    id: int | None = None

    # Attributes usable in segment rules, in the order the UI offers them.
    SCALAR_FIELDS = (
        "external_id",
        "display_name",
        "position",
        "function",
        "department",
        "location",
        "level",
        "language",
    )
    TAG_FIELDS = ("interests", "needs", "expectations")

    def validate(self) -> None:
        if not self.external_id or not self.external_id.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Every employee needs an identifier."),
                field="external_id",
            )


@dataclass(frozen=True, slots=True)
class Segment:
    name: str
    description: str = ""
    # Structured rule tree (see ``commsplanner.domain.rules``); None means "nobody by rule".
    rule: dict[str, Any] | None = None
    include_ids: tuple[int, ...] = ()
    exclude_ids: tuple[int, ...] = ()
    colour: str = "#4c78a8"
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The segment needs a name."))
        _check_colour(self.colour)


@dataclass(frozen=True, slots=True)
class CorporateValue:
    name: str
    description: str = ""
    colour: str = "#1f77b4"
    position: int = 0
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The corporate value needs a name."))
        _check_colour(self.colour)


@dataclass(frozen=True, slots=True)
class BusinessGoal:
    name: str
    description: str = ""
    kpi: str = ""
    target: str = ""
    due_date: date | None = None
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The business goal needs a name."))


@dataclass(frozen=True, slots=True)
class Channel:
    name: str
    kind: ChannelKind = ChannelKind.OTHER
    two_way: bool = False
    # How many communications one person may receive through this channel in a week.
    weekly_cap_per_person: int | None = None
    # How many communications the channel can carry in one day.
    daily_capacity: int | None = None
    effort_note: str = ""
    colour: str = "#72b7b2"
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The channel needs a name."))
        _check_colour(self.colour)
        for name, cap in (
            ("weekly_cap_per_person", self.weekly_cap_per_person),
            ("daily_capacity", self.daily_capacity),
        ):
            if cap is not None and cap < 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A capacity must be at least 1 (or left empty)."),
                    field=name,
                )


@dataclass(frozen=True, slots=True)
class Campaign:
    name: str
    objective: str = ""
    key_messages: tuple[str, ...] = ()
    goal_ids: tuple[int, ...] = ()
    value_weights: dict[int, ValueWeight] = field(default_factory=dict)
    segment_ids: tuple[int, ...] = ()
    owner: str = ""
    status: Status = Status.IDEA
    priority: Priority = Priority.NORMAL
    start: date | None = None
    end: date | None = None
    colour: str = "#f58518"
    notes: str = ""
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The campaign needs a name."))
        _check_colour(self.colour)
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The campaign ends ({end}) before it starts ({start})."
                ),
                field="end",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    def covers(self, day: date) -> bool:
        """Whether ``day`` lies inside the campaign's dates (open ends count as covering)."""
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Communication:
    campaign_id: int
    title: str
    start: datetime
    duration_minutes: int = 30
    channel_id: int | None = None
    # Empty means "the campaign's segments".
    segment_ids: tuple[int, ...] = ()
    message_brief: str = ""
    owner: str = ""
    status: Status = Status.IDEA
    # An RFC 5545 RRULE body such as "FREQ=WEEKLY;BYDAY=MO;COUNT=6", or None for a one-off.
    recurrence: str | None = None
    # Occurrence dates of the series that were skipped.
    skipped_dates: tuple[date, ...] = ()
    # Pinned communications are never moved by automatic balancing.
    pinned: bool = False
    id: int | None = None

    def validate(self) -> None:
        if not self.title or not self.title.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The communication needs a title."), field="title"
            )
        if self.duration_minutes <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The duration must be longer than zero minutes."),
                field="duration_minutes",
            )
        if self.recurrence:
            # Checked here so that a broken rule is never stored (and later fails to expand).
            from .recurrence import validate_rule  # recurrence imports this module

            validate_rule(self.recurrence, self.start)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)


@dataclass(frozen=True, slots=True)
class Blackout:
    """A period in which nothing should be sent (quarter close, company event, …)."""

    name: str
    start: date
    end: date
    note: str = ""
    id: int | None = None

    def validate(self) -> None:
        _require_name(self.name, QT_TRANSLATE_NOOP("errors", "The blackout period needs a name."))
        if self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
                field="end",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Measurement:
    """One result: a survey score, a campaign KPI, … for a segment or an attribute group."""

    date: date
    metric: str
    value: float
    segment_id: int | None = None
    # An attribute group such as department = "Operaciones", when not a segment.
    group_attribute: str | None = None
    group_value: str | None = None
    respondents: int | None = None
    source: str = ""
    campaign_id: int | None = None
    id: int | None = None

    def validate(self) -> None:
        if not self.metric or not self.metric.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The measurement needs a metric name."),
                field="metric",
            )
        if self.respondents is not None and self.respondents < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The number of respondents cannot be negative."),
                field="respondents",
            )


@dataclass(frozen=True, slots=True)
class Approval:
    kind: ApprovalKind
    who: str
    at: datetime
    comment: str = ""
    # The plan as it stood (see ``services.planning`` for its shape).
    snapshot: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    entity: EntityKind
    entity_id: int
    from_status: Status | None
    to_status: Status
    at: datetime
    who: str = ""
    comment: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    """An idea, question or complaint heard through a two-way channel."""

    date: date
    text: str
    kind: FeedbackKind = FeedbackKind.IDEA
    channel_id: int | None = None
    segment_id: int | None = None
    group_attribute: str | None = None
    group_value: str | None = None
    tags: tuple[str, ...] = ()
    status: FeedbackStatus = FeedbackStatus.NEW
    campaign_id: int | None = None
    response: str = ""
    id: int | None = None

    def validate(self) -> None:
        if not self.text or not self.text.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The feedback entry needs a text."), field="text"
            )


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    organisation: str = ""
    plan_title: str = ""
    # ISO country and optional subdivision for public holidays (python ``holidays``).
    country: str = "ES"
    region: str | None = None
    language: str = "es"
    # Communications one person may receive per week across all channels.
    weekly_cap: int = 3
    # Groups smaller than this are never shown, charted or exported.
    anonymity_threshold: int = 5
    # 0 = Monday … 6 = Sunday.
    week_start: int = 0

    def validate(self) -> None:
        if self.weekly_cap < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The weekly cap must be at least 1."),
                field="weekly_cap",
            )
        if self.anonymity_threshold < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The anonymity threshold must be at least 1."),
                field="anonymity_threshold",
            )
        if not 0 <= self.week_start <= 6:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The week must start on a day from 0 to 6."),
                field="week_start",
            )
