"""The dashboard's figures: listening, values coverage, reach, channel mix, satisfaction, workload.

:class:`DashboardService` reads one period of the plan once — the dated occurrences of every
communication that is not cancelled, with the people each one reaches — and derives every
aggregate from it. Each aggregate is a frozen dataclass of exact numbers (counts are ints,
weights are sums of 1.0 and 0.5 and so exact in binary floating point) that the charts
(:mod:`commsplanner.services.charts_dashboard`), the Qt page and the Word export lay out.

Audiences are numpy bit sets over employee ids: the union of an occurrence's segments, the
people reached in a month and the overlap of an audience with a segment are a few vectorised
bit operations, which keeps a 100,000-employee workspace with 10,000 communications fast.

**Anonymity.** Nothing concerning a group smaller than the workspace's anonymity threshold
leaves this module: :class:`AnonymityGuard` decides, by number of respondents and by group
size, and every aggregate drops (and counts) what it refuses. The charts, the tables and the
exports only ever see what the guard allowed.
"""

from __future__ import annotations

import calendar as _calendar
import time as _time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

from ..domain import (
    Campaign,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
    Status,
    ValueWeight,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.progress import Progress
from ..storage import listening as store
from ..storage.calendar_data import max_employee_id
from .audience_fields import FIELD_LABELS, FIELDS_CONTEXT

if TYPE_CHECKING:
    from ..storage import Workspace
    from .calendar import CalendarItem, CalendarService

Translate = Callable[[str, str], str]
CONTEXT = "Dashboard"

# Results of a deleted segment keep its name under this attribute (see PlanningService).
DELETED_SEGMENT_ATTRIBUTE = "segment"


def _no_translation(context: str, text: str) -> str:
    return text


# ----------------------------------------------------------------------------- dates

MONTHS = (
    QT_TRANSLATE_NOOP("Dashboard", "January"),
    QT_TRANSLATE_NOOP("Dashboard", "February"),
    QT_TRANSLATE_NOOP("Dashboard", "March"),
    QT_TRANSLATE_NOOP("Dashboard", "April"),
    QT_TRANSLATE_NOOP("Dashboard", "May"),
    QT_TRANSLATE_NOOP("Dashboard", "June"),
    QT_TRANSLATE_NOOP("Dashboard", "July"),
    QT_TRANSLATE_NOOP("Dashboard", "August"),
    QT_TRANSLATE_NOOP("Dashboard", "September"),
    QT_TRANSLATE_NOOP("Dashboard", "October"),
    QT_TRANSLATE_NOOP("Dashboard", "November"),
    QT_TRANSLATE_NOOP("Dashboard", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Dashboard", "Jan"),
    QT_TRANSLATE_NOOP("Dashboard", "Feb"),
    QT_TRANSLATE_NOOP("Dashboard", "Mar"),
    QT_TRANSLATE_NOOP("Dashboard", "Apr"),
    QT_TRANSLATE_NOOP("Dashboard", "May (short)"),
    QT_TRANSLATE_NOOP("Dashboard", "Jun"),
    QT_TRANSLATE_NOOP("Dashboard", "Jul"),
    QT_TRANSLATE_NOOP("Dashboard", "Aug"),
    QT_TRANSLATE_NOOP("Dashboard", "Sep"),
    QT_TRANSLATE_NOOP("Dashboard", "Oct"),
    QT_TRANSLATE_NOOP("Dashboard", "Nov"),
    QT_TRANSLATE_NOOP("Dashboard", "Dec"),
)
_MONTH_YEAR = QT_TRANSLATE_NOOP("Dashboard", "{month} {year}")


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=_calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """First days of the months that ``first``…``last`` touches."""
    out: list[date] = []
    current = month_start(first)
    while current <= last:
        out.append(current)
        current = add_months(current, 1)
    return out


def week_start(day: date, first_weekday: int = 0) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_name(day: date, tr: Translate = _no_translation, *, with_year: bool = True) -> str:
    """ "March 2025" / "marzo 2025"."""
    name = tr(CONTEXT, MONTHS[day.month - 1])
    if not with_year:
        return name
    return tr(CONTEXT, _MONTH_YEAR).format(month=name, year=day.year)


def short_month(day: date, tr: Translate = _no_translation) -> str:
    """ "Mar" / "mar" (May has its own source text because its short form is the long one)."""
    text = tr(CONTEXT, SHORT_MONTHS[day.month - 1])
    return "May" if text == "May (short)" else text


# ----------------------------------------------------------------------------- periods

PERIOD_CHOICES: tuple[str, ...] = (
    "all",
    "last_3_months",
    "last_6_months",
    "last_12_months",
    "this_year",
    "next_6_months",
    "next_12_months",
)
PERIOD_LABELS: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("Dashboard", "Whole plan and results"),
    "last_3_months": QT_TRANSLATE_NOOP("Dashboard", "Last 3 months"),
    "last_6_months": QT_TRANSLATE_NOOP("Dashboard", "Last 6 months"),
    "last_12_months": QT_TRANSLATE_NOOP("Dashboard", "Last 12 months"),
    "this_year": QT_TRANSLATE_NOOP("Dashboard", "This year"),
    "next_6_months": QT_TRANSLATE_NOOP("Dashboard", "Next 6 months"),
    "next_12_months": QT_TRANSLATE_NOOP("Dashboard", "Next 12 months"),
    "custom": QT_TRANSLATE_NOOP("Dashboard", "Custom dates"),
}


# ----------------------------------------------------------------------------- anonymity


class AnonymityGuard:
    """Decides what may be shown about a group, by respondents and by group size.

    A result about a segment or an attribute group is shown only when its number of
    respondents (when known) reaches the threshold *and* the group (when its size can be
    known) is at least that large; a group result whose size and respondents are both
    unknown is withheld, since nothing shows it is safe. Organisation-wide results are shown
    unless their respondents are known to be fewer than the threshold.
    """

    def __init__(
        self,
        threshold: int,
        segment_size: Callable[[int], int | None],
        attribute_sizes: Callable[[str], dict[str, int]],
    ) -> None:
        self.threshold = max(1, int(threshold))
        self._segment_size = segment_size
        self._attribute_sizes = attribute_sizes
        self._segments: dict[int, int | None] = {}
        self._attributes: dict[str, dict[str, int]] = {}

    @classmethod
    def for_workspace(cls, ws: Workspace, members: Any = None) -> AnonymityGuard:
        """A guard reading group sizes from ``ws`` (segments through ``members`` when given)."""
        if members is None:
            from .segmentation import SegmentationService

            members = SegmentationService(ws)

        def segment_size(segment_id: int) -> int | None:
            if ws.segments.find(segment_id) is None:
                return None
            return int(members.size(segment_id))

        def attribute_sizes(attribute: str) -> dict[str, int]:
            sizes: dict[str, int] = {}
            for value, count in ws.employees.distinct_values(attribute):
                key = store.fold(value)
                sizes[key] = sizes.get(key, 0) + count
            if attribute == "customer_facing":
                # Stored as 1/0; results name the groups "true"/"false".
                sizes = {{"1": "true", "0": "false"}.get(k, k): v for k, v in sizes.items()}
            return sizes

        return cls(ws.settings.load().anonymity_threshold, segment_size, attribute_sizes)

    def segment_size(self, segment_id: int) -> int | None:
        if segment_id not in self._segments:
            self._segments[segment_id] = self._segment_size(segment_id)
        return self._segments[segment_id]

    def attribute_group_size(self, attribute: str, value: str | None) -> int | None:
        sizes = self._attributes.get(attribute)
        if sizes is None:
            sizes = self._attributes[attribute] = self._attribute_sizes(attribute)
        return sizes.get(store.fold(value or ""))

    def group_size(
        self, segment_id: int | None, attribute: str | None, value: str | None
    ) -> int | None:
        if segment_id is not None:
            return self.segment_size(segment_id)
        if attribute == DELETED_SEGMENT_ATTRIBUTE:
            return None  # the segment is gone: only the respondents count can vouch
        if attribute:
            return self.attribute_group_size(attribute, value)
        return None

    def allows(
        self,
        *,
        is_group: bool,
        group_size: int | None = None,
        respondents: int | None = None,
    ) -> bool:
        t = self.threshold
        if respondents is not None and respondents < t:
            return False
        if not is_group:
            return True
        if group_size is not None and group_size < t:
            return False
        return group_size is not None or respondents is not None

    def allows_measurement(self, m: Measurement) -> bool:
        is_group = m.segment_id is not None or bool(m.group_attribute)
        size = self.group_size(m.segment_id, m.group_attribute, m.group_value) if is_group else None
        return self.allows(is_group=is_group, group_size=size, respondents=m.respondents)

    def allows_group(
        self, segment_id: int | None, attribute: str | None, value: str | None
    ) -> bool:
        """Whether anything about this group (feedback counts, profiles) may be shown."""
        if segment_id is None and not attribute:
            return True
        return self.allows(is_group=True, group_size=self.group_size(segment_id, attribute, value))

    def allows_count(self, count: int) -> bool:
        """A head count of a sub-group: shown when zero or at least the threshold."""
        return count == 0 or count >= self.threshold


# ----------------------------------------------------------------------------- references


@dataclass(frozen=True)
class ChannelRef:
    id: int | None  # None: communications without a channel
    name: str
    two_way: bool
    colour: str


@dataclass(frozen=True)
class ValueRef:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class SegmentRef:
    id: int
    name: str
    size: int
    colour: str = "#4c78a8"


@dataclass(frozen=True)
class GroupLabel:
    """Whom a figure concerns: a segment, an attribute group or the whole organisation."""

    segment_id: int | None = None
    segment_name: str = ""
    attribute: str | None = None
    value: str | None = None

    @property
    def is_organisation(self) -> bool:
        return self.segment_id is None and not self.attribute

    @property
    def kind(self) -> str:
        if self.segment_id is not None:
            return "segment"
        return "group" if self.attribute else "organisation"

    def text(self, tr: Translate = _no_translation) -> str:
        if self.segment_id is not None:
            return self.segment_name or "?"
        if self.attribute:
            label = FIELD_LABELS.get(self.attribute)
            name = tr(FIELDS_CONTEXT, label) if label else self.attribute
            value = self.value or ""
            if self.attribute == "customer_facing":
                value = tr(CONTEXT, _YES) if value == "true" else tr(CONTEXT, _NO)
            return tr(CONTEXT, _GROUP).format(attribute=name, value=value)
        return tr(CONTEXT, _ORGANISATION)


_GROUP = QT_TRANSLATE_NOOP("Dashboard", "{attribute} = {value}")
_ORGANISATION = QT_TRANSLATE_NOOP("Dashboard", "Whole organisation")
_YES = QT_TRANSLATE_NOOP("Dashboard", "yes")
_NO = QT_TRANSLATE_NOOP("Dashboard", "no")
NO_CHANNEL = QT_TRANSLATE_NOOP("Dashboard", "No channel")
NO_OWNER = QT_TRANSLATE_NOOP("Dashboard", "(no owner)")
NO_CHANNEL_COLOUR = "#9CA3AF"


# ----------------------------------------------------------------------------- aggregates


@dataclass(frozen=True)
class OldestOpen:
    """The feedback entry waiting longest for an answer."""

    feedback_id: int
    received: date
    age_days: int
    kind: FeedbackKind
    channel: str
    # None when the entry's group is below the anonymity threshold.
    text: str | None
    group: GroupLabel | None


@dataclass(frozen=True)
class ListeningSummary:
    """Ideas, questions and complaints received per month and channel, and how they were met."""

    months: tuple[date, ...]
    channels: tuple[ChannelRef, ...]
    # counts[channel index][month index]: entries received.
    counts: tuple[tuple[int, ...], ...]
    received: int
    answered: int  # answered or acted on
    acted_on: int
    by_kind: dict[FeedbackKind, int]
    open_total: int  # still new, received up to the end of the period
    oldest_open: OldestOpen | None
    open_by_campaign: tuple[tuple[str, int], ...]
    open_by_group: tuple[tuple[GroupLabel, int], ...]
    hidden_groups: int  # groups below the threshold left out of open_by_group
    hidden_open: int  # their open entries

    @property
    def share_answered(self) -> float:
        return self.answered / self.received if self.received else 0.0

    @property
    def per_month(self) -> tuple[int, ...]:
        return tuple(sum(col) for col in zip(*self.counts, strict=True)) if self.counts else ()


@dataclass(frozen=True)
class CoverageFinding:
    """A value the period serves badly. ``kind``: "nothing" (no communication promotes it),
    "low" (under half an even share of the weighted reach) or "gaps" (months with nothing)."""

    value: ValueRef
    kind: str
    weighted_reach: float
    share: float
    even_share: float
    empty_months: tuple[date, ...]


@dataclass(frozen=True)
class ValuesCoverage:
    """How strongly the plan promotes each value, by month and by segment.

    A communication occurrence adds, for each value of its campaign, the value's weight
    (primary 1.0, secondary 0.5) times the number of people it reaches.
    """

    values: tuple[ValueRef, ...]
    months: tuple[date, ...]
    # by_month[value][month]: weighted people reached.
    by_month: tuple[tuple[float, ...], ...]
    # communications[value][month]: weighted communications (the Word export's measure).
    communications: tuple[tuple[float, ...], ...]
    segments: tuple[SegmentRef, ...]
    # by_segment[value][segment]: weighted contacts with that segment's members.
    by_segment: tuple[tuple[float, ...], ...]
    hidden_segments: int
    organisation_size: int
    findings: tuple[CoverageFinding, ...]

    @property
    def totals(self) -> tuple[float, ...]:
        return tuple(sum(row) for row in self.by_month)

    @property
    def under_served(self) -> tuple[CoverageFinding, ...]:
        return tuple(f for f in self.findings if f.kind in ("nothing", "low"))

    def per_employee(self) -> tuple[tuple[float, ...], ...]:
        """by_month divided by the organisation size: weighted messages per person."""
        size = self.organisation_size or 1
        return tuple(tuple(x / size for x in row) for row in self.by_month)

    def per_member(self) -> tuple[tuple[float, ...], ...]:
        """by_segment divided by each segment's size: weighted messages per member."""
        return tuple(
            tuple(x / s.size if s.size else 0.0 for x, s in zip(row, self.segments, strict=True))
            for row in self.by_segment
        )


@dataclass(frozen=True)
class Breakdown:
    """Head counts by one attribute; groups under the threshold only counted in ``hidden``."""

    attribute: str
    items: tuple[tuple[str, int], ...]
    hidden: int = 0
    hidden_groups: int = 0


@dataclass(frozen=True)
class ReachSummary:
    organisation_size: int
    reached: int
    front_line: int
    front_line_reached: int
    months: tuple[date, ...]
    reached_by_month: tuple[int, ...]
    targeted_segments: int
    unreached: int
    unreached_by: tuple[Breakdown, ...]
    # None when the count is a group below the anonymity threshold.
    unreached_front_line: int | None
    unreached_office: int | None

    @property
    def share(self) -> float:
        return self.reached / self.organisation_size if self.organisation_size else 0.0

    @property
    def front_line_share(self) -> float:
        return self.front_line_reached / self.front_line if self.front_line else 0.0


@dataclass(frozen=True)
class ChannelShare:
    channel: ChannelRef
    communications: int
    contacts: int
    communication_share: float
    contact_share: float


@dataclass(frozen=True)
class ChannelMix:
    rows: tuple[ChannelShare, ...]
    communications: int
    contacts: int
    two_way_communications: int
    two_way_contacts: int

    @property
    def one_way_communications(self) -> int:
        return self.communications - self.two_way_communications

    @property
    def one_way_contacts(self) -> int:
        return self.contacts - self.two_way_contacts

    @property
    def two_way_share(self) -> float:
        return self.two_way_communications / self.communications if self.communications else 0.0

    @property
    def two_way_contact_share(self) -> float:
        return self.two_way_contacts / self.contacts if self.contacts else 0.0


@dataclass(frozen=True)
class TrendPoint:
    day: date
    value: float
    respondents: int | None


@dataclass(frozen=True)
class TrendSeries:
    group: GroupLabel
    points: tuple[TrendPoint, ...]

    @property
    def latest(self) -> TrendPoint | None:
        return self.points[-1] if self.points else None

    @property
    def previous(self) -> TrendPoint | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def change(self) -> float | None:
        if self.latest is None or self.previous is None:
            return None
        return self.latest.value - self.previous.value


@dataclass(frozen=True)
class CampaignMarker:
    day: date
    name: str
    campaign_id: int
    colour: str


@dataclass(frozen=True)
class SatisfactionTrends:
    metric: str | None
    metrics: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    markers: tuple[CampaignMarker, ...]
    hidden_points: int  # results withheld by the anonymity threshold
    hidden_groups: int  # groups with no result left to show


@dataclass(frozen=True)
class Workload:
    weeks: tuple[date, ...]
    owners: tuple[str, ...]  # "" = no owner
    # counts[owner][week]: communications going out; minutes the same in duration.
    counts: tuple[tuple[int, ...], ...]
    minutes: tuple[tuple[int, ...], ...]

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.counts)

    @property
    def peak(self) -> tuple[str, date, int] | None:
        best: tuple[str, date, int] | None = None
        for owner, row in zip(self.owners, self.counts, strict=True):
            for week, count in zip(self.weeks, row, strict=True):
                if count and (best is None or count > best[2]):
                    best = (owner, week, count)
        return best


@dataclass(frozen=True)
class Dashboard:
    first: date
    last: date
    today: date
    threshold: int
    organisation_size: int
    listening: ListeningSummary
    coverage: ValuesCoverage
    reach: ReachSummary
    channels: ChannelMix
    satisfaction: SatisfactionTrends
    workload: Workload
    # Seconds spent per part (for the benchmark and for curiosity).
    timings: dict[str, float] = field(default_factory=dict, compare=False)


# ----------------------------------------------------------------------------- audiences


class _Audiences:
    """Bit sets of employee ids for segments and unions of segments, built once per compute."""

    def __init__(self, members: Any, width: int) -> None:
        self._members = members
        self.width = max(width, 1)
        self._segment_bits: dict[int, np.ndarray] = {}
        self._bits: dict[tuple[int, ...], np.ndarray] = {}
        self._counts: dict[tuple[int, ...], int] = {}

    def segment_bits(self, segment_id: int) -> np.ndarray:
        found = self._segment_bits.get(segment_id)
        if found is None:
            mask = np.zeros(self.width, dtype=bool)
            ids = np.asarray(self._members.member_ids(segment_id), dtype=np.int64)
            mask[ids[ids < self.width]] = True
            found = self._segment_bits[segment_id] = np.packbits(mask)
        return found

    def bits(self, key: tuple[int, ...]) -> np.ndarray:
        found = self._bits.get(key)
        if found is None:
            if not key:
                found = np.zeros((self.width + 7) // 8, dtype=np.uint8)
            else:
                found = self.segment_bits(key[0]).copy()
                for segment_id in key[1:]:
                    np.bitwise_or(found, self.segment_bits(segment_id), out=found)
            self._bits[key] = found
        return found

    def count(self, key: tuple[int, ...]) -> int:
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = popcount(self.bits(key))
        return found


def popcount(bits: np.ndarray) -> int:
    return int(np.bitwise_count(bits).sum(dtype=np.int64))


@dataclass
class _Occurrence:
    day: date
    campaign: Campaign
    channel_id: int | None
    key: tuple[int, ...]
    owner: str
    minutes: int


# ----------------------------------------------------------------------------- service


class DashboardService:
    """Aggregates of one workspace for the dashboard page, the charts and the exports."""

    def __init__(
        self, workspace: Workspace, members: Any = None, calendar: CalendarService | None = None
    ) -> None:
        self._ws = workspace
        if members is None:
            from .segmentation import SegmentationService

            members = SegmentationService(workspace)
        if calendar is None:
            from .calendar import CalendarService

            calendar = CalendarService(workspace)
        self._members = members
        self._calendar = calendar

    # ------------------------------------------------------------------ periods
    def data_span(self) -> tuple[date, date] | None:
        """Whole months covering the plan, the results and the feedback (None if all empty)."""
        from .plan_report import default_period

        days: list[date] = []
        if self._ws.campaigns.count() or self._ws.communications.count():
            days.extend(default_period(self._ws))
        first, last = store.listening_date_span(self._ws)
        days.extend(d for d in (first, last) if d is not None)
        if not days:
            return None
        return month_start(min(days)), month_end(max(days))

    def period(self, choice: str, today: date | None = None) -> tuple[date, date]:
        """``first``, ``last`` of a named period (see :data:`PERIOD_CHOICES`)."""
        today = today or date.today()
        this_month = month_start(today)
        if choice == "last_3_months":
            return add_months(this_month, -2), month_end(today)
        if choice == "last_6_months":
            return add_months(this_month, -5), month_end(today)
        if choice == "last_12_months":
            return add_months(this_month, -11), month_end(today)
        if choice == "this_year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if choice == "next_6_months":
            return this_month, month_end(add_months(this_month, 5))
        if choice == "next_12_months":
            return this_month, month_end(add_months(this_month, 11))
        span = self.data_span()
        if span is None:
            return add_months(this_month, -5), month_end(add_months(this_month, 6))
        return span

    # ------------------------------------------------------------------ inputs
    def guard(self) -> AnonymityGuard:
        return AnonymityGuard.for_workspace(self._ws, self._members)

    def _occurrences(self, first: date, last: date) -> list[_Occurrence]:
        items: Sequence[CalendarItem] = self._calendar.items(first, last)
        found: list[_Occurrence] = []
        for item in items:
            if item.status is Status.CANCELLED:
                continue
            found.append(
                _Occurrence(
                    day=item.day,
                    campaign=item.campaign,
                    channel_id=item.channel.id if item.channel is not None else None,
                    key=tuple(sorted(set(item.segment_ids))),
                    owner=item.owner,
                    minutes=item.duration_minutes,
                )
            )
        return found

    def _channels(self) -> dict[int | None, ChannelRef]:
        refs: dict[int | None, ChannelRef] = {
            c.id: ChannelRef(c.id, c.name, c.two_way, c.colour) for c in self._ws.channels.list()
        }
        refs[None] = ChannelRef(None, "", False, NO_CHANNEL_COLOUR)
        return refs

    def metrics(self) -> list[str]:
        """Metric names with results, most used first."""
        return [m for m, _count in store.metric_counts(self._ws)]

    def default_metric(self) -> str | None:
        names = self.metrics()
        for name in names:
            folded = store.fold(name)
            if "satisf" in folded:
                return name
        return names[0] if names else None

    # ------------------------------------------------------------------ everything
    def compute(
        self,
        first: date,
        last: date,
        *,
        metric: str | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> Dashboard:
        """Every aggregate of the dashboard for ``first``…``last``."""
        if last < first:
            first, last = last, first
        progress = progress or Progress()
        today = today or date.today()
        timings: dict[str, float] = {}
        began = _time.perf_counter()

        def lap(name: str, step: int) -> None:
            nonlocal began
            now = _time.perf_counter()
            timings[name] = now - began
            began = now
            progress.step(step, 7)

        progress.step(0, 7)
        guard = self.guard()
        occurrences = self._occurrences(first, last)
        width = max_employee_id(self._ws) + 1
        audiences = _Audiences(self._members, width)
        lap("plan", 1)
        listening = self.listening(first, last, today=today, guard=guard)
        lap("listening", 2)
        coverage = self._coverage(first, last, occurrences, audiences, guard)
        lap("coverage", 3)
        reach = self._reach(first, last, occurrences, audiences, guard)
        lap("reach", 4)
        channels = self._channel_mix(occurrences, audiences)
        lap("channels", 5)
        satisfaction = self.satisfaction(first, last, metric=metric, guard=guard)
        lap("satisfaction", 6)
        workload = self._workload(first, last, occurrences)
        lap("workload", 7)
        return Dashboard(
            first=first,
            last=last,
            today=today,
            threshold=guard.threshold,
            organisation_size=reach.organisation_size,
            listening=listening,
            coverage=coverage,
            reach=reach,
            channels=channels,
            satisfaction=satisfaction,
            workload=workload,
            timings=timings,
        )

    # ------------------------------------------------------------------ listening
    def listening(
        self,
        first: date,
        last: date,
        *,
        today: date | None = None,
        guard: AnonymityGuard | None = None,
    ) -> ListeningSummary:
        today = today or date.today()
        guard = guard or self.guard()
        months = months_between(first, last)
        month_index = {f"{m.year:04d}-{m.month:02d}": i for i, m in enumerate(months)}
        refs = self._channels()
        grid: dict[int | None, list[int]] = {}
        received = answered = acted = 0
        by_kind: dict[FeedbackKind, int] = {k: 0 for k in FeedbackKind}
        for month, channel_id, status, kind, count in store.feedback_month_channel_counts(
            self._ws, first, last
        ):
            index = month_index.get(month)
            if index is None:
                continue
            if channel_id not in refs:
                channel_id = None
            grid.setdefault(channel_id, [0] * len(months))[index] += count
            received += count
            if status in (FeedbackStatus.ANSWERED.value, FeedbackStatus.ACTED_ON.value):
                answered += count
            if status == FeedbackStatus.ACTED_ON.value:
                acted += count
            by_kind[FeedbackKind(kind)] += count
        order = [c for c in refs if c is not None and c in grid]
        if None in grid:
            order.append(None)
        channels = tuple(refs[c] for c in order)
        counts = tuple(tuple(grid[c]) for c in order)

        oldest = store.oldest_open_feedback(self._ws, last)
        oldest_open = None
        if oldest is not None:
            allowed = guard.allows_group(
                oldest.segment_id, oldest.group_attribute, oldest.group_value
            )
            channel = refs.get(oldest.channel_id)
            oldest_open = OldestOpen(
                feedback_id=oldest.id,  # type: ignore[arg-type]
                received=oldest.date,
                age_days=max(0, (min(today, last) - oldest.date).days),
                kind=oldest.kind,
                channel=channel.name if channel is not None and channel.id is not None else "",
                text=oldest.text if allowed else None,
                group=self._group_label(
                    oldest.segment_id, oldest.group_attribute, oldest.group_value
                )
                if allowed
                else None,
            )
        campaigns = {c.id: c.name for c in self._ws.campaigns.list()}
        by_campaign: dict[str, int] = defaultdict(int)
        by_group: dict[tuple[Any, ...], int] = defaultdict(int)
        labels: dict[tuple[Any, ...], GroupLabel] = {}
        open_total = 0
        for campaign_id, segment_id, attribute, value, count in store.open_feedback_counts(
            self._ws, last
        ):
            open_total += count
            if campaign_id in campaigns:
                by_campaign[campaigns[campaign_id]] += count
            key = (
                segment_id,
                store.fold(attribute) if segment_id is None else "",
                store.fold(value) if segment_id is None else "",
            )
            by_group[key] += count
            labels.setdefault(key, self._group_label(segment_id, attribute, value))
        open_by_group: list[tuple[GroupLabel, int]] = []
        hidden_groups = hidden_open = 0
        for key, count in by_group.items():
            label = labels[key]
            if guard.allows_group(label.segment_id, label.attribute, label.value):
                open_by_group.append((label, count))
            else:
                hidden_groups += 1
                hidden_open += count
        open_by_group.sort(key=lambda lc: (-lc[1], lc[0].text().casefold()))
        return ListeningSummary(
            months=tuple(months),
            channels=channels,
            counts=counts,
            received=received,
            answered=answered,
            acted_on=acted,
            by_kind=by_kind,
            open_total=open_total,
            oldest_open=oldest_open,
            open_by_campaign=tuple(
                sorted(by_campaign.items(), key=lambda nc: (-nc[1], nc[0].casefold()))
            ),
            open_by_group=tuple(open_by_group),
            hidden_groups=hidden_groups,
            hidden_open=hidden_open,
        )

    def _group_label(
        self, segment_id: int | None, attribute: str | None, value: str | None
    ) -> GroupLabel:
        if segment_id is not None:
            segment = self._ws.segments.find(segment_id)
            return GroupLabel(segment_id=segment_id, segment_name=segment.name if segment else "?")
        if attribute:
            return GroupLabel(attribute=attribute, value=value)
        return GroupLabel()

    # ------------------------------------------------------------------ coverage
    def coverage(self, first: date, last: date) -> ValuesCoverage:
        audiences = _Audiences(self._members, max_employee_id(self._ws) + 1)
        return self._coverage(first, last, self._occurrences(first, last), audiences, self.guard())

    def _coverage(
        self,
        first: date,
        last: date,
        occurrences: list[_Occurrence],
        audiences: _Audiences,
        guard: AnonymityGuard,
    ) -> ValuesCoverage:
        values = [v for v in self._ws.values.list() if v.id is not None]
        refs = tuple(ValueRef(v.id, v.name, v.colour) for v in values)  # type: ignore[arg-type]
        value_index = {v.id: i for i, v in enumerate(values)}
        months = months_between(first, last)
        month_index = {m: i for i, m in enumerate(months)}
        reach = np.zeros((len(values), len(months)), dtype=np.float64)
        comms = np.zeros((len(values), len(months)), dtype=np.float64)
        # Weight per audience and value, so segment overlaps are counted once per audience.
        by_key: dict[tuple[int, ...], np.ndarray] = {}
        for occ in occurrences:
            weights = occ.campaign.value_weights
            if not weights:
                continue
            m = month_index[month_start(occ.day)]
            people = audiences.count(occ.key)
            row = by_key.get(occ.key)
            for value_id, weight in weights.items():
                i = value_index.get(value_id)
                if i is None:
                    continue
                factor = ValueWeight(weight).factor
                comms[i, m] += factor
                reach[i, m] += factor * people
                if row is None:
                    row = by_key[occ.key] = np.zeros(len(values), dtype=np.float64)
                row[i] += factor
        organisation = int(self._members.organisation_size())
        segments = self._ws.segments.list()
        shown: list[SegmentRef] = []
        hidden = 0
        for segment in segments:
            size = guard.segment_size(segment.id)  # type: ignore[arg-type]
            if size is None:
                continue
            if not guard.allows(is_group=True, group_size=size):
                hidden += 1
                continue
            shown.append(SegmentRef(segment.id, segment.name, size, segment.colour))  # type: ignore[arg-type]
        by_segment = np.zeros((len(values), len(shown)), dtype=np.float64)
        for key, weights in by_key.items():
            if not key:
                continue
            bits = audiences.bits(key)
            overlap = np.array(
                [popcount(bits & audiences.segment_bits(s.id)) for s in shown], dtype=np.float64
            )
            by_segment += np.outer(weights, overlap)
        findings = _coverage_findings(refs, months, reach)
        return ValuesCoverage(
            values=refs,
            months=tuple(months),
            by_month=_rows(reach),
            communications=_rows(comms),
            segments=tuple(shown),
            by_segment=_rows(by_segment),
            hidden_segments=hidden,
            organisation_size=organisation,
            findings=findings,
        )

    # ------------------------------------------------------------------ reach
    def reach(self, first: date, last: date) -> ReachSummary:
        audiences = _Audiences(self._members, max_employee_id(self._ws) + 1)
        return self._reach(first, last, self._occurrences(first, last), audiences, self.guard())

    def _reach(
        self,
        first: date,
        last: date,
        occurrences: list[_Occurrence],
        audiences: _Audiences,
        guard: AnonymityGuard,
    ) -> ReachSummary:
        months = months_between(first, last)
        month_index = {m: i for i, m in enumerate(months)}
        keys_by_month: list[set[tuple[int, ...]]] = [set() for _ in months]
        keys: set[tuple[int, ...]] = set()
        for occ in occurrences:
            if occ.key:
                keys_by_month[month_index[month_start(occ.day)]].add(occ.key)
                keys.add(occ.key)

        def union(selected: Iterable[tuple[int, ...]]) -> np.ndarray:
            bits = np.zeros((audiences.width + 7) // 8, dtype=np.uint8)
            for key in selected:
                np.bitwise_or(bits, audiences.bits(key), out=bits)
            return bits

        per_month = tuple(popcount(union(ks)) for ks in keys_by_month)
        targeted = sorted({s for key in keys for s in key})
        report = self._members.unreached_report(targeted)
        organisation = int(report.organisation_size)
        unreached = int(report.count)
        front_total = store.front_line_count(self._ws)
        front_unreached = int(report.front_line)
        office_total = organisation - front_total
        office_unreached = unreached - front_unreached
        breakdowns = tuple(
            Breakdown(name, tuple(dist.items), dist.hidden, dist.hidden_groups)
            for name, dist in report.by_field.items()
        )
        return ReachSummary(
            organisation_size=organisation,
            reached=organisation - unreached,
            front_line=front_total,
            front_line_reached=front_total - front_unreached,
            months=tuple(months),
            reached_by_month=per_month,
            targeted_segments=len(targeted),
            unreached=unreached,
            unreached_by=breakdowns,
            unreached_front_line=front_unreached if guard.allows_count(front_unreached) else None,
            unreached_office=(
                office_unreached
                if guard.allows_count(office_unreached) and office_total >= 0
                else None
            ),
        )

    # ------------------------------------------------------------------ channels
    def channel_mix(self, first: date, last: date) -> ChannelMix:
        audiences = _Audiences(self._members, max_employee_id(self._ws) + 1)
        return self._channel_mix(self._occurrences(first, last), audiences)

    def _channel_mix(self, occurrences: list[_Occurrence], audiences: _Audiences) -> ChannelMix:
        refs = self._channels()
        comms: dict[int | None, int] = defaultdict(int)
        contacts: dict[int | None, int] = defaultdict(int)
        for occ in occurrences:
            channel = occ.channel_id if occ.channel_id in refs else None
            comms[channel] += 1
            contacts[channel] += audiences.count(occ.key)
        total = sum(comms.values())
        total_contacts = sum(contacts.values())
        rows = [
            ChannelShare(
                channel=refs[c],
                communications=comms[c],
                contacts=contacts[c],
                communication_share=comms[c] / total if total else 0.0,
                contact_share=contacts[c] / total_contacts if total_contacts else 0.0,
            )
            for c in comms
        ]
        rows.sort(
            key=lambda r: (r.channel.id is None, -r.communications, r.channel.name.casefold())
        )
        return ChannelMix(
            rows=tuple(rows),
            communications=total,
            contacts=total_contacts,
            two_way_communications=sum(r.communications for r in rows if r.channel.two_way),
            two_way_contacts=sum(r.contacts for r in rows if r.channel.two_way),
        )

    # ------------------------------------------------------------------ satisfaction
    def satisfaction(
        self,
        first: date,
        last: date,
        *,
        metric: str | None = None,
        guard: AnonymityGuard | None = None,
    ) -> SatisfactionTrends:
        guard = guard or self.guard()
        metrics = tuple(self.metrics())
        chosen = metric if metric is not None else self.default_metric()
        markers = tuple(
            CampaignMarker(c.start, c.name, c.id, c.colour)  # type: ignore[arg-type]
            for c in sorted(
                self._ws.campaigns.list(), key=lambda c: (c.start or first, c.name.casefold())
            )
            if c.start is not None and first <= c.start <= last and c.status is not Status.CANCELLED
        )
        if chosen is None:
            return SatisfactionTrends(None, metrics, (), markers, 0, 0)
        found = store.list_measurements(self._ws, metric=chosen, first=first, last=last)
        groups: dict[tuple[Any, ...], list[Measurement]] = defaultdict(list)
        labels: dict[tuple[Any, ...], GroupLabel] = {}
        for m in found:
            key = (
                m.segment_id,
                store.fold(m.group_attribute) if m.segment_id is None else "",
                store.fold(m.group_value) if m.segment_id is None else "",
            )
            groups[key].append(m)
            labels.setdefault(
                key, self._group_label(m.segment_id, m.group_attribute, m.group_value)
            )
        series: list[TrendSeries] = []
        hidden_points = hidden_groups = 0
        for key, results in groups.items():
            # One point per day: the newest stored result of that day wins.
            per_day: dict[date, Measurement] = {}
            for m in results:
                if guard.allows_measurement(m):
                    per_day[m.date] = m
                else:
                    hidden_points += 1
            if not per_day:
                hidden_groups += 1
                continue
            points = tuple(
                TrendPoint(day, per_day[day].value, per_day[day].respondents)
                for day in sorted(per_day)
            )
            series.append(TrendSeries(labels[key], points))
        rank = {"organisation": 0, "segment": 1, "group": 2}
        series.sort(key=lambda s: (rank[s.group.kind], s.group.text().casefold()))
        return SatisfactionTrends(
            chosen, metrics, tuple(series), markers, hidden_points, hidden_groups
        )

    # ------------------------------------------------------------------ workload
    def workload(self, first: date, last: date) -> Workload:
        return self._workload(first, last, self._occurrences(first, last))

    def _workload(self, first: date, last: date, occurrences: list[_Occurrence]) -> Workload:
        start = self._ws.settings.load().week_start
        weeks: list[date] = []
        day = week_start(first, start)
        while day <= last:
            weeks.append(day)
            day += timedelta(days=7)
        index = {w: i for i, w in enumerate(weeks)}
        counts: dict[str, list[int]] = {}
        minutes: dict[str, list[int]] = {}
        for occ in occurrences:
            w = index.get(week_start(occ.day, start))
            if w is None:
                continue
            owner = " ".join(occ.owner.split())
            counts.setdefault(owner, [0] * len(weeks))[w] += 1
            minutes.setdefault(owner, [0] * len(weeks))[w] += occ.minutes
        owners = sorted(counts, key=lambda o: (o == "", -sum(counts[o]), o.casefold()))
        return Workload(
            weeks=tuple(weeks),
            owners=tuple(owners),
            counts=tuple(tuple(counts[o]) for o in owners),
            minutes=tuple(tuple(minutes[o]) for o in owners),
        )


def _rows(matrix: np.ndarray) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(x) for x in row) for row in matrix)


def _coverage_findings(
    values: Sequence[ValueRef], months: Sequence[date], reach: np.ndarray
) -> tuple[CoverageFinding, ...]:
    """Values that got nothing, under half an even share, or months with nothing.

    A month counts as a gap for a value only when some other value was promoted in it: a
    month with no plan yet is not a value's problem.
    """
    if not values:
        return ()
    totals = reach.sum(axis=1) if reach.size else np.zeros(len(values))
    total = float(totals.sum())
    even = 1.0 / len(values)
    busy = reach.sum(axis=0) > 0 if reach.size else np.zeros(len(months), dtype=bool)
    findings: list[CoverageFinding] = []
    if total <= 0:
        return ()
    for i, value in enumerate(values):
        share = float(totals[i]) / total
        empty = tuple(m for j, m in enumerate(months) if busy[j] and reach[i, j] <= 0)
        if totals[i] <= 0:
            kind = "nothing"
        elif share < even / 2:
            kind = "low"
        elif empty:
            kind = "gaps"
        else:
            continue
        findings.append(CoverageFinding(value, kind, float(totals[i]), share, even, empty))
    order = {"nothing": 0, "low": 1, "gaps": 2}
    findings.sort(key=lambda f: (order[f.kind], f.share))
    return tuple(findings)


# ----------------------------------------------------------------------------- plain words

_NOTHING = QT_TRANSLATE_NOOP("Dashboard", "No communication in this period promotes “{value}”.")
_LOW = QT_TRANSLATE_NOOP(
    "Dashboard",
    "“{value}” is under-served: {share} of the weighted reach, against an even share of {even}.",
)
_LOW_GAPS = QT_TRANSLATE_NOOP(
    "Dashboard",
    "“{value}” is under-served: {share} of the weighted reach, against an even share of "
    "{even}; nothing promoted it in {months}.",
)
_GAPS = QT_TRANSLATE_NOOP(
    "Dashboard", "Nothing promoted “{value}” in {months}, while other values were promoted."
)
_ALL_WELL = QT_TRANSLATE_NOOP(
    "Dashboard", "Every value gets a fair share of the weighted reach in this period."
)
_NOTHING_PLANNED = QT_TRANSLATE_NOOP(
    "Dashboard", "No communication of this period promotes any corporate value yet."
)
_NO_VALUES = QT_TRANSLATE_NOOP("Dashboard", "The workspace has no corporate values yet.")
_AND = QT_TRANSLATE_NOOP("Dashboard", "{first} and {last}")


def percent_text(share: float, language: str = "en") -> str:
    """ "12 %" in Spanish (with a space), "12%" in English."""
    value = round(share * 100)
    return f"{value} %" if language == "es" else f"{value}%"


def list_text(items: Sequence[str], tr: Translate = _no_translation) -> str:
    """ "a, b and c" / "a, b y c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return tr(CONTEXT, _AND).format(first=", ".join(items[:-1]), last=items[-1])


def coverage_sentences(
    coverage: ValuesCoverage, tr: Translate = _no_translation, language: str = "en"
) -> list[str]:
    """The values coverage findings as sentences in the user's language."""
    if not coverage.values:
        return [tr(CONTEXT, _NO_VALUES)]
    if sum(coverage.totals) <= 0:
        return [tr(CONTEXT, _NOTHING_PLANNED)]
    sentences: list[str] = []
    for finding in coverage.findings:
        months = list_text([month_name(m, tr) for m in finding.empty_months[:6]], tr)
        params = {
            "value": finding.value.name,
            "share": percent_text(finding.share, language),
            "even": percent_text(finding.even_share, language),
            "months": months,
        }
        if finding.kind == "nothing":
            sentences.append(tr(CONTEXT, _NOTHING).format(**params))
        elif finding.kind == "low":
            template = _LOW_GAPS if finding.empty_months else _LOW
            sentences.append(tr(CONTEXT, template).format(**params))
        else:
            sentences.append(tr(CONTEXT, _GAPS).format(**params))
    return sentences or [tr(CONTEXT, _ALL_WELL)]
