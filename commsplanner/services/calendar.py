"""What the calendar shows and the edits made on it.

:class:`CalendarService` expands communications into dated items (recurring ones on every
occurrence) with everything a view needs to draw them — campaign, channel, audience, values
and a colour per colouring mode — and filters them. Its edits (move, move one occurrence of a
series, change a duration, change a campaign's dates, create) return a :class:`CalendarEdit`:
the :class:`~commsplanner.domain.Changes` plus the before/after objects that
:meth:`CalendarService.revert` and :meth:`CalendarService.reapply` need for undo and redo.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from ..domain import (
    Campaign,
    Changes,
    Channel,
    Communication,
    CorporateValue,
    Segment,
    Status,
    ValidationError,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.recurrence import occurrences, validate_rule
from ..storage import Workspace
from ..storage.calendar_data import change_counter

# Fixed, colour-blind-friendly status palette (Okabe–Ito based): status has no stored colour.
STATUS_COLOURS: dict[Status, str] = {
    Status.IDEA: "#9e9e9e",
    Status.DRAFT: "#56b4e9",
    Status.IN_REVIEW: "#e69f00",
    Status.APPROVED: "#009e73",
    Status.SCHEDULED: "#0072b2",
    Status.LIVE: "#d55e00",
    Status.DONE: "#5b5b5b",
    Status.CANCELLED: "#cc79a7",
}
NO_VALUE_COLOUR = "#b0b0b0"
NO_CHANNEL_COLOUR = "#8c8c8c"


class ColourBy(StrEnum):
    VALUE = "value"
    CAMPAIGN = "campaign"
    CHANNEL = "channel"
    STATUS = "status"


class Scope(StrEnum):
    """Which part of a recurring communication an edit applies to."""

    ONE = "one"  # this occurrence only: it leaves the series as a standalone copy
    SERIES = "series"  # every occurrence


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One dated occurrence of a communication, with what views need to draw and filter it."""

    communication: Communication
    start: datetime
    index: int
    campaign: Campaign
    channel: Channel | None
    # The audience actually targeted: the communication's segments, else its campaign's.
    segment_ids: tuple[int, ...]
    value_ids: tuple[int, ...]
    goal_ids: tuple[int, ...]
    colours: dict[ColourBy, str]

    @property
    def id(self) -> int:
        return self.communication.id  # type: ignore[return-value]

    @property
    def title(self) -> str:
        return self.communication.title

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.communication.duration_minutes)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def duration_minutes(self) -> int:
        return self.communication.duration_minutes

    @property
    def status(self) -> Status:
        return self.communication.status

    @property
    def owner(self) -> str:
        return self.communication.owner or self.campaign.owner

    @property
    def recurring(self) -> bool:
        return self.communication.is_recurring

    def colour(self, mode: ColourBy | str) -> str:
        return self.colours[ColourBy(mode)]


@dataclass(frozen=True, slots=True)
class CampaignSpan:
    """A campaign drawn as a bar: its dates, or the dates of its communications when open."""

    campaign: Campaign
    start: date
    end: date
    communication_count: int
    colours: dict[ColourBy, str]

    @property
    def id(self) -> int:
        return self.campaign.id  # type: ignore[return-value]


@dataclass(frozen=True)
class CalendarFilter:
    """Which items to show; an empty set means "any"."""

    segment_ids: frozenset[int] = frozenset()
    value_ids: frozenset[int] = frozenset()
    goal_ids: frozenset[int] = frozenset()
    channel_ids: frozenset[int] = frozenset()
    statuses: frozenset[Status] = frozenset()
    owners: frozenset[str] = frozenset()
    campaign_ids: frozenset[int] = frozenset()

    @property
    def active(self) -> bool:
        return any(dataclasses.astuple(self))

    def accepts(self, item: CalendarItem) -> bool:
        if self.segment_ids and not self.segment_ids.intersection(item.segment_ids):
            return False
        if self.value_ids and not self.value_ids.intersection(item.value_ids):
            return False
        if self.goal_ids and not self.goal_ids.intersection(item.goal_ids):
            return False
        if self.channel_ids and (item.channel is None or item.channel.id not in self.channel_ids):
            return False
        if self.statuses and item.status not in self.statuses:
            return False
        if self.owners and item.owner not in self.owners:
            return False
        return not (self.campaign_ids and item.campaign.id not in self.campaign_ids)


@dataclass
class CalendarEdit:
    """The result of one calendar edit and everything needed to undo or redo it."""

    changes: Changes
    before: list[Communication | Campaign] = field(default_factory=list)
    after: list[Communication | Campaign] = field(default_factory=list)
    created: list[Communication] = field(default_factory=list)

    @property
    def created_ids(self) -> list[int]:
        return [c.id for c in self.created if c.id is not None]


class _Snapshot:
    """Everything the calendar reads, loaded once and reused until the workspace changes."""

    def __init__(self, ws: Workspace) -> None:
        self.campaigns: dict[int, Campaign] = {c.id: c for c in ws.campaigns.list()}
        self.channels: dict[int, Channel] = {c.id: c for c in ws.channels.list()}
        self.values: dict[int, CorporateValue] = {v.id: v for v in ws.values.list()}
        self.segments: dict[int, Segment] = {s.id: s for s in ws.segments.list()}
        comms = ws.communications.list()
        self.communications: dict[int, Communication] = {c.id: c for c in comms}
        self.one_offs = sorted((c for c in comms if not c.recurrence), key=lambda c: c.start)
        self.one_off_starts = [c.start for c in self.one_offs]
        self.series = [c for c in comms if c.recurrence]
        # The value a campaign promotes most, for "colour by value": primary first, then order.
        position = {v.id: (v.position, v.id) for v in self.values.values()}
        self.main_value: dict[int, int | None] = {}
        for campaign in self.campaigns.values():
            ranked = sorted(
                campaign.value_weights.items(),
                key=lambda kv: (kv[1].factor * -1, position.get(kv[0], (0, kv[0]))),
            )
            self.main_value[campaign.id] = ranked[0][0] if ranked else None
        self._items: dict[int, tuple[tuple[int, ...], tuple[int, ...], dict[ColourBy, str]]] = {}
        self._bounds: dict[int, list[date]] | None = None

    def campaign_bounds(self) -> dict[int, list[date]]:
        """First and last communication day per campaign (for campaigns without dates)."""
        if self._bounds is None:
            bounds: dict[int, list[date]] = {}
            for comm in self.communications.values():
                day = comm.start.date()
                span = bounds.setdefault(comm.campaign_id, [day, day])
                span[0] = min(span[0], day)
                span[1] = max(span[1], day)
            self._bounds = bounds
        return self._bounds

    def describe(self, comm: Communication) -> tuple[tuple[int, ...], tuple[int, ...], dict]:
        """(segments, values, colours) of a communication, computed once per communication."""
        found = self._items.get(comm.id)  # type: ignore[arg-type]
        if found is not None:
            return found
        campaign = self.campaigns[comm.campaign_id]
        channel = self.channels.get(comm.channel_id) if comm.channel_id else None
        segments = comm.segment_ids or campaign.segment_ids
        values = tuple(campaign.value_weights)
        main_value = self.main_value.get(campaign.id)
        colours = {
            ColourBy.VALUE: self.values[main_value].colour if main_value else NO_VALUE_COLOUR,
            ColourBy.CAMPAIGN: campaign.colour,
            ColourBy.CHANNEL: channel.colour if channel else NO_CHANNEL_COLOUR,
            ColourBy.STATUS: STATUS_COLOURS[Status(comm.status)],
        }
        found = (tuple(segments), values, colours)
        self._items[comm.id] = found  # type: ignore[index]
        return found


_BYDAY = re.compile(r"^([+-]?\d*)(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def shift_rule(rule: str, days: int) -> str:
    """The RRULE body that describes the same series moved by ``days`` days.

    Weekdays named in BYDAY, days of the month in BYMONTHDAY and the UNTIL bound move with
    the series; otherwise a weekly-on-Monday series moved to Tuesday would snap back to Monday.
    """
    if not days:
        return rule
    parts: list[str] = []
    for part in rule.split(";"):
        if "=" not in part:
            parts.append(part)
            continue
        key, value = part.split("=", 1)
        upper = key.upper()
        if upper == "BYDAY":
            shifted = []
            for token in value.split(","):
                match = _BYDAY.match(token.strip().upper())
                if not match:
                    shifted.append(token)
                    continue
                ordinal, weekday = match.groups()
                new_day = _WEEKDAYS[(_WEEKDAYS.index(weekday) + days) % 7]
                shifted.append(f"{ordinal}{new_day}")
            value = ",".join(shifted)
        elif upper == "BYMONTHDAY":
            shifted = []
            for token in value.split(","):
                try:
                    number = int(token)
                except ValueError:
                    shifted.append(token)
                    continue
                if 1 <= number <= 28 and 1 <= number + days <= 28:
                    number += days
                shifted.append(str(number))
            value = ",".join(shifted)
        elif upper == "UNTIL":
            value = _shift_until(value, days)
        parts.append(f"{key}={value}")
    return ";".join(parts)


def _shift_until(value: str, days: int) -> str:
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return (parsed + timedelta(days=days)).strftime(fmt)
    return value


class CalendarService:
    """Calendar items of one workspace and the edits made by dragging them around."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._snapshot: _Snapshot | None = None
        self._snapshot_at = -1

    # ------------------------------------------------------------------ reading
    def _data(self) -> _Snapshot:
        counter = change_counter(self._ws)
        if self._snapshot is None or counter != self._snapshot_at:
            self._snapshot = _Snapshot(self._ws)
            self._snapshot_at = counter
        return self._snapshot

    def invalidate(self) -> None:
        """Forgets the cached plan (another connection may have written)."""
        self._snapshot = None

    def communication(self, comm_id: int) -> Communication:
        found = self._data().communications.get(comm_id)
        if found is None:
            return self._ws.communications.get(comm_id)
        return found

    def communications(self) -> list[Communication]:
        return list(self._data().communications.values())

    def campaigns(self) -> list[Campaign]:
        return list(self._data().campaigns.values())

    def channels(self) -> list[Channel]:
        return list(self._data().channels.values())

    def values(self) -> list[CorporateValue]:
        return list(self._data().values.values())

    def segments(self) -> list[Segment]:
        return list(self._data().segments.values())

    def goals(self) -> list[Any]:
        return self._ws.goals.list()

    def blackouts_by_day(self, first: date, last: date) -> dict[date, str]:
        """The name of the blackout period covering each day of ``first``…``last``."""
        out: dict[date, str] = {}
        for period in self._ws.blackouts.overlapping(first, last):
            for day in iter_days(max(period.start, first), min(period.end, last)):
                out.setdefault(day, period.name)
        return out

    def settings(self) -> Any:
        return self._ws.settings.load()

    def owners(self) -> list[str]:
        data = self._data()
        names = {c.owner for c in data.communications.values() if c.owner}
        names |= {c.owner for c in data.campaigns.values() if c.owner}
        return sorted(names, key=str.casefold)

    def items(
        self, first: date, last: date, flt: CalendarFilter | None = None
    ) -> list[CalendarItem]:
        """Occurrences whose day lies in ``first``…``last``, by start time."""
        data = self._data()
        found: list[CalendarItem] = []
        low = bisect.bisect_left(data.one_off_starts, datetime.combine(first, time.min))
        high = bisect.bisect_right(data.one_off_starts, datetime.combine(last, time.max))
        for comm in data.one_offs[low:high]:
            found.append(self._item(data, comm, comm.start, 0))
        for comm in data.series:
            if comm.start.date() > last:
                continue
            for occ in occurrences(comm, first, last):
                found.append(self._item(data, comm, occ.start, occ.index))
        if flt is not None and flt.active:
            found = [item for item in found if flt.accepts(item)]
        found.sort(key=lambda i: (i.start, i.communication.id))
        return found

    def _item(self, data: _Snapshot, comm: Communication, start: datetime, index: int):
        segments, values, colours = data.describe(comm)
        campaign = data.campaigns[comm.campaign_id]
        return CalendarItem(
            communication=comm,
            start=start,
            index=index,
            campaign=campaign,
            channel=data.channels.get(comm.channel_id) if comm.channel_id else None,
            segment_ids=segments,
            value_ids=values,
            goal_ids=campaign.goal_ids,
            colours=colours,
        )

    def campaign_spans(
        self,
        first: date,
        last: date,
        flt: CalendarFilter | None = None,
        items: list[CalendarItem] | None = None,
    ) -> list[CampaignSpan]:
        """Campaign bars overlapping ``first``…``last``.

        A campaign without dates spans its communications. With a filter, only campaigns
        with at least one matching communication in the range are kept. ``items`` may pass
        the range's items when the caller already has them.
        """
        data = self._data()
        bounds = data.campaign_bounds()
        counts: dict[int, int] = {}
        if items is None:
            items = self.items(first, last, flt)
        for item in items:
            counts[item.campaign.id] = counts.get(item.campaign.id, 0) + 1  # type: ignore[index]
        shown: set[int] | None = set(counts) if flt is not None and flt.active else None
        spans: list[CampaignSpan] = []
        for campaign in data.campaigns.values():
            if shown is not None and campaign.id not in shown:
                continue
            fallback = bounds.get(campaign.id)  # type: ignore[arg-type]
            start = campaign.start or (fallback[0] if fallback else None)
            end = campaign.end or (fallback[1] if fallback else None)
            if start is None or end is None:
                continue
            end = max(start, end)
            if end < first or start > last:
                continue
            main_value = data.main_value.get(campaign.id)  # type: ignore[arg-type]
            colours = {
                ColourBy.VALUE: data.values[main_value].colour if main_value else NO_VALUE_COLOUR,
                ColourBy.CAMPAIGN: campaign.colour,
                ColourBy.CHANNEL: campaign.colour,
                ColourBy.STATUS: STATUS_COLOURS[Status(campaign.status)],
            }
            spans.append(
                CampaignSpan(campaign, start, end, counts.get(campaign.id, 0), colours)  # type: ignore[arg-type]
            )
        spans.sort(key=lambda s: (s.start, s.end, s.campaign.name.casefold()))
        return spans

    def legend(self, mode: ColourBy | str) -> list[tuple[str, str]]:
        """(label, colour) pairs for the colouring mode; status labels are the enum values."""
        data = self._data()
        mode = ColourBy(mode)
        if mode is ColourBy.VALUE:
            return [(v.name, v.colour) for v in data.values.values()]
        if mode is ColourBy.CAMPAIGN:
            return [(c.name, c.colour) for c in data.campaigns.values()]
        if mode is ColourBy.CHANNEL:
            return [(c.name, c.colour) for c in data.channels.values()]
        return [(s.value, colour) for s, colour in STATUS_COLOURS.items()]

    # ------------------------------------------------------------------ editing
    def reschedule(
        self,
        comm_id: int,
        new_start: datetime,
        *,
        occurrence: datetime | None = None,
        scope: Scope | str = Scope.SERIES,
        duration_minutes: int | None = None,
    ) -> CalendarEdit:
        """Moves a communication (and/or changes its duration).

        For a recurring one, ``occurrence`` is the start of the occurrence that was dragged.
        ``Scope.SERIES`` shifts the whole series by the same amount; ``Scope.ONE`` skips that
        date in the series and creates a standalone copy at ``new_start``.
        """
        comm = self._ws.communications.get(comm_id)
        scope = Scope(scope)
        duration = comm.duration_minutes if duration_minutes is None else duration_minutes
        if comm.recurrence and scope is Scope.ONE:
            if occurrence is None:
                raise ValueError("moving one occurrence needs the occurrence's start")
            if not occurrences(comm, occurrence.date(), occurrence.date()):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "“{title}” has no occurrence on {day} to move."),
                    title=comm.title,
                    day=occurrence.date().isoformat(),
                )
            skipped = tuple(sorted({*comm.skipped_dates, occurrence.date()}))
            series = dataclasses.replace(comm, skipped_dates=skipped)
            copy = dataclasses.replace(
                comm,
                id=None,
                start=new_start,
                duration_minutes=duration,
                recurrence=None,
                skipped_dates=(),
            )
            copy.validate()
            with self._ws.transaction() as changes:
                self._ws.communications.update(series)
                created = self._ws.communications.add(copy)
            return CalendarEdit(_copy(changes), [comm], [series], [created])
        if comm.recurrence:
            anchor = occurrence or comm.start
            delta = new_start - anchor
            day_shift = (new_start.date() - anchor.date()).days
            moved = dataclasses.replace(
                comm,
                start=comm.start + delta,
                duration_minutes=duration,
                recurrence=shift_rule(comm.recurrence, day_shift),
                skipped_dates=tuple(d + timedelta(days=day_shift) for d in comm.skipped_dates),
            )
            validate_rule(moved.recurrence, moved.start)  # type: ignore[arg-type]
        else:
            moved = dataclasses.replace(comm, start=new_start, duration_minutes=duration)
        with self._ws.transaction() as changes:
            self._ws.communications.update(moved)
        return CalendarEdit(_copy(changes), [comm], [moved])

    def set_duration(
        self,
        comm_id: int,
        minutes: int,
        *,
        occurrence: datetime | None = None,
        scope: Scope | str = Scope.SERIES,
    ) -> CalendarEdit:
        """Changes how long a communication (or one occurrence of a series) lasts."""
        comm = self._ws.communications.get(comm_id)
        start = occurrence if (comm.recurrence and occurrence is not None) else comm.start
        if Scope(scope) is Scope.SERIES:
            start = comm.start
            occurrence = None
        return self.reschedule(
            comm_id, start, occurrence=occurrence, scope=scope, duration_minutes=minutes
        )

    def set_campaign_dates(self, campaign_id: int, start: date, end: date) -> CalendarEdit:
        campaign = self._ws.campaigns.get(campaign_id)
        changed = dataclasses.replace(campaign, start=start, end=end)
        with self._ws.transaction() as changes:
            self._ws.campaigns.update(changed)
        return CalendarEdit(_copy(changes), [campaign], [changed])

    def create(self, comm: Communication) -> CalendarEdit:
        """Adds a communication drawn on the calendar."""
        if comm.recurrence:
            validate_rule(comm.recurrence, comm.start)
        with self._ws.transaction() as changes:
            created = self._ws.communications.add(comm)
        return CalendarEdit(_copy(changes), created=[created])

    def update(self, comm: Communication) -> CalendarEdit:
        """Saves an edited communication (from the calendar's editor)."""
        before = self._ws.communications.get(comm.id)  # type: ignore[arg-type]
        if comm.recurrence:
            validate_rule(comm.recurrence, comm.start)
        with self._ws.transaction() as changes:
            self._ws.communications.update(comm)
        return CalendarEdit(_copy(changes), [before], [comm])

    def delete(self, comm_id: int) -> CalendarEdit:
        with self._ws.transaction() as changes:
            removed = self._ws.communications.delete(comm_id)
        # Undo of a delete is a restore: model it as "created by the undo".
        edit = CalendarEdit(_copy(changes))
        edit.before = [removed]
        return edit

    def revert(self, edit: CalendarEdit) -> Changes:
        """Undoes ``edit``: removes what it created and puts back what it changed."""
        with self._ws.transaction() as changes:
            for created in edit.created:
                self._ws.communications.delete(created.id)  # type: ignore[arg-type]
            after_ids = {(type(o), o.id) for o in edit.after}
            for obj in edit.before:
                if (type(obj), obj.id) in after_ids:
                    self._repo(obj).update(obj)
                else:
                    self._repo(obj).restore(obj)
        return _copy(changes)

    def reapply(self, edit: CalendarEdit) -> Changes:
        """Redoes ``edit`` exactly as it was first done (same ids for what it created)."""
        with self._ws.transaction() as changes:
            after_ids = {(type(o), o.id) for o in edit.after}
            for obj in edit.before:
                if (type(obj), obj.id) not in after_ids:
                    self._repo(obj).delete(obj.id)
            for obj in edit.after:
                self._repo(obj).update(obj)
            for created in edit.created:
                self._ws.communications.restore(created)
        return _copy(changes)

    def _repo(self, obj: Communication | Campaign) -> Any:
        return self._ws.campaigns if isinstance(obj, Campaign) else self._ws.communications


def _copy(changes: Changes) -> Changes:
    """A detached copy: the transaction's object is reset when the next one starts."""
    out = Changes()
    out.merge(changes)
    return out


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week containing ``day`` (0 = weeks start on Monday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def iter_days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
