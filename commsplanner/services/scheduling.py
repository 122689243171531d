"""Smart scheduling: what-if of a move, slot suggestions and balancing the plan.

:class:`PlanIndex` is built from a :class:`~commsplanner.services.conflicts.ConflictReport`
and keeps, besides the report's weekly counters, how many communications each channel
carries per day, who is reached per day, channel and segment, and the sequencing rules'
evaluator. :meth:`PlanIndex.evaluate` answers "what if this occurrence moved there?" by
touching only what the move changes — the two weeks' counter rows (cached per week pair),
two days, and the rules naming the communication — and returns a :class:`Candidate` whose
``totals`` equal what a full re-check after the move would count (:func:`report_totals`).

On top of it, :class:`SchedulingService` finds conflict-free slots for one communication
and balances a period: it moves communications (one-offs, unpinned, not yet live, inside
their campaign's dates and the period) from overloaded weeks to lighter ones, accepting a
move only when it lowers the people over the weekly cap and makes no conflict count worse.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import TYPE_CHECKING, Any

import numpy as np

from ..domain import Channel, EntityKind, Status, ValidationError
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.progress import Progress
from ..domain.recurrence import occurrences
from .calendar import CalendarEdit, CalendarService, Scope, week_start
from .conflicts import Conflict, ConflictKind, ConflictReport, ConflictService
from .planning import PlanEdit, reapply_edit, recording, revert_edit
from .working_days import WorkingDays

if TYPE_CHECKING:
    from ..storage import Workspace

# Statuses balancing may move: what has gone out (or is going out) stays where it is.
MOVABLE_STATUSES = frozenset(
    {Status.IDEA, Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED}
)
# Without campaign dates, slots are looked for this many days either side.
OPEN_WINDOW_DAYS = 30
# Communications of one audience tried for one week-to-week option in a balancing round.
_TRIES_PER_OPTION = 12
# Other times tried on a day when only the order of communications rules the first out.
DAY_TIMES = tuple(clock(h, m) for h in range(8, 18) for m in (0, 30))


# --------------------------------------------------------------------------- totals
@dataclass(frozen=True)
class ConflictTotals:
    """How much of each kind of conflict a plan has (the numbers balancing must not raise)."""

    overload_people: int = 0  # person-weeks over the workspace-wide weekly cap
    # Communications beyond the cap, summed over those people and weeks (5 received with a
    # cap of 3 is 2): what balancing lowers step by step until people drop under the cap.
    overload_excess: int = 0
    # The sum of the squares of that excess: lower when the load is spread evenly (8 in one
    # week and 2 in the next is worse than 5 and 5). Not a conflict count: balancing lowers
    # it in weeks where everyone is over the cap anyway.
    overload_pressure: int = 0
    overload_findings: int = 0
    channel_people: int = 0  # person-weeks over a channel's per-person weekly cap
    channel_findings: int = 0
    capacity: int = 0
    holiday: int = 0
    blackout: int = 0
    same_day: int = 0
    sequence: int = 0
    no_audience: int = 0

    def __add__(self, other: ConflictTotals) -> ConflictTotals:
        return ConflictTotals(
            *(getattr(self, f.name) + getattr(other, f.name) for f in dataclasses.fields(self))
        )

    def __sub__(self, other: ConflictTotals) -> ConflictTotals:
        return ConflictTotals(
            *(getattr(self, f.name) - getattr(other, f.name) for f in dataclasses.fields(self))
        )

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    def worse_than(self, other: ConflictTotals) -> list[str]:
        """The names of the conflict counts that are higher here than in ``other``."""
        return [name for name in COUNT_FIELDS if getattr(self, name) > getattr(other, name)]

    @property
    def findings(self) -> int:
        """Conflict findings of every kind (people counts left out)."""
        return (
            self.overload_findings
            + self.channel_findings
            + self.capacity
            + self.holiday
            + self.blackout
            + self.same_day
            + self.sequence
            + self.no_audience
        )


COUNT_FIELDS = tuple(
    f.name for f in dataclasses.fields(ConflictTotals) if f.name != "overload_pressure"
)

_KIND_FIELDS = {
    ConflictKind.PERSON_OVERLOAD: "overload_findings",
    ConflictKind.CHANNEL_OVERLOAD: "channel_findings",
    ConflictKind.CHANNEL_CAPACITY: "capacity",
    ConflictKind.HOLIDAY: "holiday",
    ConflictKind.BLACKOUT: "blackout",
    ConflictKind.SAME_DAY: "same_day",
    ConflictKind.SEQUENCE: "sequence",
    ConflictKind.NO_AUDIENCE: "no_audience",
}


def report_totals(
    report: ConflictReport, channels: Iterable[Channel], weekly_cap: int
) -> ConflictTotals:
    """The totals of a full check (what :meth:`PlanIndex.evaluate` must reproduce)."""
    counts = Counter(_KIND_FIELDS[c.kind] for c in report.conflicts)
    state = report.state
    size = state.population.size
    caps = {c.id: c.weekly_cap_per_person for c in channels if c.weekly_cap_per_person}
    channel_people = 0
    for channel_id, grid in state.channel_counts.items():
        cap = caps.get(channel_id)
        if cap is not None:
            channel_people += sum(int(size[row > cap].sum()) for row in grid)
    beyond = [np.maximum(row.astype(np.int64) - weekly_cap, 0) for row in state.counts]
    return ConflictTotals(
        overload_people=int(sum(report.week_overload.values())),
        overload_excess=sum(int(size @ b) for b in beyond),
        overload_pressure=sum(int(size @ (b * b)) for b in beyond),
        channel_people=channel_people,
        **counts,
    )


# --------------------------------------------------------------------------- the index
@dataclass
class Entry:
    """One occurrence the index knows."""

    comm_id: int
    start: datetime
    duration: timedelta
    key: tuple[int, ...]
    channel_id: int | None
    campaign_id: int
    title: str
    status: Status
    pinned: bool
    recurring: bool

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass
class Candidate:
    """What would happen if one occurrence moved to ``start``."""

    comm_id: int
    occurrence: datetime
    start: datetime
    delta: ConflictTotals  # the plan after the move minus the plan now
    totals: ConflictTotals  # the whole plan after the move
    week_people_over: int  # people over the weekly cap in the target week, after the move
    audience_over: bool  # someone it reaches would be over the weekly cap that week
    audience_people_over: int  # how many of the people it reaches would be
    channel_over: bool  # … over its channel's per-person cap
    busiest: int  # the most communications one person it reaches gets that week
    cap: int
    channel_cap: int | None
    capacity: tuple[int, int] | None  # (communications through its channel that day, limit)
    holiday: str
    blackout: str
    same_day: int  # other communications to one of its segments through its channel that day
    sequence: list[Conflict] = field(default_factory=list)  # broken rules naming it, after
    sequence_global: int = 0  # change in broken rules anywhere (inside the period or not)
    sequence_new: int = 0  # broken rules naming it that were not broken that way before
    weekend: bool = False

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.capacity[0] > self.capacity[1]

    @property
    def clean(self) -> bool:
        """It would take part in no conflict there (and so makes no count worse)."""
        return not (
            self.audience_over
            or self.channel_over
            or self.over_capacity
            or self.holiday
            or self.blackout
            or self.same_day
            or self.sequence
        )

    @property
    def severity(self) -> str | None:
        """'error', 'warning' or None: the worst conflict it would take part in."""
        if self.blackout or self.over_capacity or self.audience_over or self.sequence:
            return "error"
        if self.holiday or self.same_day or self.channel_over:
            return "warning"
        return None

    @property
    def lightens(self) -> bool:
        """Not conflict-free, but the only trouble is per-person load, and the plan's
        overload goes down without any conflict count going up."""
        if self.clean or self.blackout or self.holiday or self.over_capacity:
            return False
        if self.same_day or self.sequence or self.makes_worse:
            return False
        delta = self.delta
        return (delta.overload_people, delta.overload_excess, delta.overload_pressure) < (0, 0, 0)

    @property
    def makes_worse(self) -> bool:
        return bool(self.delta.worse_than(ConflictTotals())) or self.sequence_global > 0


class PlanIndex:
    """Incremental what-if over one checked period (see the module's docstring)."""

    def __init__(
        self,
        report: ConflictReport,
        *,
        channels: dict[int, Channel],
        weekly_cap: int,
        holidays: dict[date, str],
        blackouts: dict[date, str],
    ) -> None:
        state = report.state
        self.first, self.last = report.first, report.last
        self.weeks = state.weeks
        self.population = state.population
        self.size = self.population.size
        self.cap = weekly_cap
        self.counts = state.counts.copy()
        self.channel_counts = {c: grid.copy() for c, grid in state.channel_counts.items()}
        self.channel_caps = {
            c: channels[c].weekly_cap_per_person
            for c in self.channel_counts
            if c in channels and channels[c].weekly_cap_per_person is not None
        }
        self.daily_caps = {
            c.id: c.daily_capacity for c in channels.values() if c.daily_capacity is not None
        }
        self.holidays = holidays
        self.blackouts = blackouts
        self.evaluator = report.sequencing
        self.entries: dict[tuple[int, datetime], Entry] = {}
        self.week_keys: list[Counter] = [Counter() for _ in self.weeks]
        self.week_channel_keys: dict[int, list[Counter]] = {
            c: [Counter() for _ in self.weeks] for c in self.channel_caps
        }
        self.day_channel: Counter = Counter()
        self.same: Counter = Counter()
        for item in report.items:
            key = tuple(sorted(set(item.segment_ids)))
            channel = item.channel.id if item.channel is not None else None
            entry = Entry(
                comm_id=item.id,
                start=item.start,
                duration=timedelta(minutes=item.duration_minutes),
                key=key,
                channel_id=channel,
                campaign_id=item.campaign.id,  # type: ignore[arg-type]
                title=item.title,
                status=Status(item.status),
                pinned=item.communication.pinned,
                recurring=item.recurring,
            )
            self.entries[(item.id, item.start)] = entry
            self._add_day(entry, entry.day, 1)
            w = self.week_index(entry.day)
            if w is not None:
                self.week_keys[w][key] += 1
                if channel in self.week_channel_keys:
                    self.week_channel_keys[channel][w][key] += 1
        weeks = len(self.weeks)
        self.week_people = np.zeros(weeks, dtype=np.int64)
        self.week_excess = np.zeros(weeks, dtype=np.int64)
        self.week_pressure = np.zeros(weeks, dtype=np.int64)
        self.week_findings = np.zeros(weeks, dtype=np.int64)
        self.channel_people = {c: np.zeros(weeks, dtype=np.int64) for c in self.channel_caps}
        self.channel_findings = {c: np.zeros(weeks, dtype=np.int64) for c in self.channel_caps}
        for w in range(weeks):
            self._refresh_week(w)
        base = self.evaluator.all_violations() if self.evaluator is not None else []
        no_audience = len({e.comm_id for e in self.entries.values() if not e.key})
        self.totals = ConflictTotals(
            overload_people=int(self.week_people.sum()),
            overload_excess=int(self.week_excess.sum()),
            overload_pressure=int(self.week_pressure.sum()),
            overload_findings=int(self.week_findings.sum()),
            channel_people=int(sum(a.sum() for a in self.channel_people.values())),
            channel_findings=int(sum(a.sum() for a in self.channel_findings.values())),
            capacity=sum(
                1
                for (_day, channel), n in self.day_channel.items()
                if n > self.daily_caps.get(channel, n)
            ),
            holiday=sum(1 for e in self.entries.values() if e.day in self.holidays),
            blackout=sum(1 for e in self.entries.values() if e.day in self.blackouts),
            same_day=sum(1 for n in self.same.values() if n >= 2),
            sequence=self.evaluator.in_period(base) if self.evaluator is not None else 0,
            no_audience=no_audience,
        )
        self._week_cache: dict[tuple, tuple] = {}

    # ------------------------------------------------------------------ helpers
    def week_index(self, day: date) -> int | None:
        if not self.weeks:
            return None
        index = (day - self.weeks[0]).days // 7
        return index if 0 <= index < len(self.weeks) else None

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def entry(self, comm_id: int, start: datetime) -> Entry | None:
        return self.entries.get((comm_id, start))

    def entries_of(self, comm_id: int) -> list[Entry]:
        return sorted(
            (e for (c, _s), e in self.entries.items() if c == comm_id), key=lambda e: e.start
        )

    def _add_day(self, entry: Entry, day: date, sign: int) -> None:
        channel = entry.channel_id
        if channel is None:
            return
        if channel in self.daily_caps:
            self.day_channel[(day, channel)] += sign
        for segment in entry.key:
            self.same[(day, channel, segment)] += sign

    def _stats(self, row: np.ndarray, cap: int, keys: Counter) -> tuple[int, int, int, int]:
        """(people over ``cap``, overload findings, excess, pressure) of one week's row."""
        over = (row > cap) & (self.size > 0)
        if not over.any():
            return 0, 0, 0, 0
        people = int(self.size[over].sum())
        beyond = row[over].astype(np.int64) - cap
        excess = int(self.size[over] @ beyond)
        pressure = int(self.size[over] @ (beyond * beyond))
        column = self.population.column
        segments = {s for key, n in keys.items() if n > 0 for s in key if s in column}
        if not segments:
            return people, 0, excess, pressure
        columns = [column[s] for s in segments]
        findings = int(self.population.pattern[over][:, columns].any(axis=0).sum())
        return people, findings, excess, pressure

    def _refresh_week(self, w: int) -> None:
        (
            self.week_people[w],
            self.week_findings[w],
            self.week_excess[w],
            self.week_pressure[w],
        ) = self._stats(self.counts[w], self.cap, self.week_keys[w])
        for channel, cap in self.channel_caps.items():
            people, findings, _excess, _pressure = self._stats(
                self.channel_counts[channel][w], cap, self.week_channel_keys[channel][w]
            )
            self.channel_people[channel][w] = people
            self.channel_findings[channel][w] = findings

    def _week_move(self, key: tuple[int, ...], channel: int | None, old: int, new: int) -> tuple:
        """Overload changes of moving one communication of ``key`` from week ``old`` to
        ``new``: (Δpeople, Δfindings, Δchannel people, Δchannel findings, target row,
        target channel row). Cached: many candidate days share a week."""
        cache_key = (key, channel, old, new)
        found = self._week_cache.get(cache_key)
        if found is not None:
            return found
        reached = self.population.audience(key).astype(self.counts.dtype)
        changes = [0, 0, 0, 0, 0, 0]
        rows: dict[int, np.ndarray] = {}
        channel_rows: dict[int, np.ndarray] = {}
        for w, sign in ((old, -1), (new, 1)):
            keys = Counter(self.week_keys[w])
            keys[key] += sign
            row = self.counts[w] + sign * reached
            rows[w] = row
            people, findings, excess, pressure = self._stats(row, self.cap, keys)
            changes[0] += people - int(self.week_people[w])
            changes[4] += excess - int(self.week_excess[w])
            changes[5] += pressure - int(self.week_pressure[w])
            changes[1] += findings - int(self.week_findings[w])
            if channel in self.channel_caps:
                keys = Counter(self.week_channel_keys[channel][w])
                keys[key] += sign
                crow = self.channel_counts[channel][w] + sign * reached
                channel_rows[w] = crow
                people, findings, _excess, _pressure = self._stats(
                    crow, self.channel_caps[channel], keys
                )
                changes[2] += people - int(self.channel_people[channel][w])
                changes[3] += findings - int(self.channel_findings[channel][w])
        found = (*changes, rows[new], channel_rows.get(new))
        self._week_cache[cache_key] = found
        return found

    # ------------------------------------------------------------------ what-if
    def evaluate(self, comm_id: int, occurrence: datetime, start: datetime) -> Candidate | None:
        """What moving the occurrence of ``comm_id`` at ``occurrence`` to ``start`` would do.

        None when the index does not know the occurrence or ``start`` lies outside the
        period it covers.
        """
        entry = self.entries.get((comm_id, occurrence))
        if entry is None or not self.covers(start.date()):
            return None
        old_day, new_day = entry.day, start.date()
        old_w, new_w = self.week_index(old_day), self.week_index(new_day)
        reached = self.population.audience(entry.key)
        channel = entry.channel_id
        channel_cap = self.channel_caps.get(channel)  # type: ignore[arg-type]
        d_people = d_findings = d_cpeople = d_cfindings = d_excess = d_pressure = 0
        if old_w != new_w:
            (
                d_people,
                d_findings,
                d_cpeople,
                d_cfindings,
                d_excess,
                d_pressure,
                row,
                crow,
            ) = self._week_move(
                entry.key,
                channel,
                old_w,
                new_w,  # type: ignore[arg-type]
            )
        else:
            row = self.counts[new_w]
            crow = self.channel_counts[channel][new_w] if channel_cap is not None else None  # type: ignore[index]
        live = reached & (self.size > 0)
        week_over = int(self.size[(row > self.cap) & (self.size > 0)].sum())
        audience_people = int(self.size[live & (row > self.cap)].sum())
        audience_over = audience_people > 0
        busiest = int(row[live].max()) if live.any() else 0
        channel_over = bool(
            channel_cap is not None and crow is not None and (live & (crow > channel_cap)).any()
        )

        moving = old_day != new_day
        d_capacity = 0
        capacity = None
        limit = self.daily_caps.get(channel) if channel is not None else None
        if limit is not None:
            at_old = self.day_channel[(old_day, channel)]
            at_new = self.day_channel[(new_day, channel)]
            if moving:
                before = (at_old > limit) + (at_new > limit)
                after = (at_old - 1 > limit) + (at_new + 1 > limit)
                d_capacity = int(after - before)
                capacity = (at_new + 1, limit)
            else:
                capacity = (at_new, limit)
        d_same = 0
        same_day = 0
        if channel is not None:
            for segment in entry.key:
                at_old = self.same[(old_day, channel, segment)]
                at_new = self.same[(new_day, channel, segment)]
                if moving:
                    d_same += ((at_old - 1 >= 2) + (at_new + 1 >= 2)) - (
                        (at_old >= 2) + (at_new >= 2)
                    )
                    same_day = max(same_day, at_new)
                else:
                    same_day = max(same_day, at_new - 1)
        holiday = self.holidays.get(new_day, "")
        blackout = self.blackouts.get(new_day, "")
        d_holiday = (new_day in self.holidays) - (old_day in self.holidays)
        d_blackout = (new_day in self.blackouts) - (old_day in self.blackouts)

        d_sequence = 0
        sequence_global = 0
        sequence_new = 0
        broken: list[Conflict] = []
        evaluator = self.evaluator
        if evaluator is not None and evaluator.has_rules(comm_id):
            move = (comm_id, occurrence, start)
            before, after = evaluator.moved(move)
            d_sequence = evaluator.in_period(after) - evaluator.in_period(before)
            sequence_global = len(after) - len(before)
            mine = [v for v in after if comm_id in (v[2], v[4])]
            known = {(v[0], v[1], v[2], v[4]) for v in before if comm_id in (v[2], v[4])}
            sequence_new = sum(1 for v in mine if (v[0], v[1], v[2], v[4]) not in known)
            broken = [evaluator.conflict(v) for v in mine]
        delta = ConflictTotals(
            overload_people=d_people,
            overload_excess=d_excess,
            overload_pressure=d_pressure,
            overload_findings=d_findings,
            channel_people=d_cpeople,
            channel_findings=d_cfindings,
            capacity=d_capacity,
            holiday=int(d_holiday),
            blackout=int(d_blackout),
            same_day=int(d_same),
            sequence=d_sequence,
        )
        return Candidate(
            comm_id=comm_id,
            occurrence=occurrence,
            start=start,
            delta=delta,
            totals=self.totals + delta,
            week_people_over=week_over,
            audience_people_over=audience_people,
            audience_over=audience_over,
            channel_over=channel_over,
            busiest=busiest,
            cap=self.cap,
            channel_cap=channel_cap,
            capacity=capacity,
            holiday=holiday,
            blackout=blackout,
            same_day=int(same_day),
            sequence=broken,
            sequence_global=sequence_global,
            sequence_new=sequence_new,
            weekend=new_day.weekday() >= 5,
        )

    def apply(self, candidate: Candidate) -> None:
        """Takes the move as done (balancing chains moves on one index)."""
        entry = self.entries.pop((candidate.comm_id, candidate.occurrence))
        old_day, new_day = entry.day, candidate.start.date()
        old_w, new_w = self.week_index(old_day), self.week_index(new_day)
        reached = self.population.audience(entry.key).astype(self.counts.dtype)
        self._add_day(entry, old_day, -1)
        moved = dataclasses.replace(entry, start=candidate.start)
        self.entries[(moved.comm_id, moved.start)] = moved
        self._add_day(moved, new_day, 1)
        if old_w != new_w:
            for w, sign in ((old_w, -1), (new_w, 1)):
                self.counts[w] += sign * reached
                self.week_keys[w][entry.key] += sign
                if entry.channel_id in self.channel_caps:
                    self.channel_counts[entry.channel_id][w] += sign * reached
                    self.week_channel_keys[entry.channel_id][w][entry.key] += sign
                self._refresh_week(w)  # type: ignore[arg-type]
            self._week_cache.clear()
        if self.evaluator is not None and self.evaluator.has_rules(entry.comm_id):
            self.evaluator.commit((entry.comm_id, candidate.occurrence, candidate.start))
        self.totals = candidate.totals


# --------------------------------------------------------------------------- results
@dataclass
class SlotSuggestion:
    start: datetime
    days_away: int  # calendar days from where it is now (negative: earlier)
    busiest: int  # the most communications one person it reaches would get that week
    cap: int
    candidate: Candidate

    @property
    def load(self) -> float:
        return self.busiest / self.cap if self.cap else 0.0


@dataclass
class SlotSearch:
    comm_id: int
    title: str
    occurrence: datetime
    window: tuple[date, date]
    suggestions: list[SlotSuggestion]
    current: Candidate | None  # the conflicts it takes part in where it is
    # When there are not enough conflict-free slots: places where it would still reach
    # people over the weekly cap, but fewer, or less far over, than where it is — and make
    # no other conflict worse. Most relief first.
    lighter: list[SlotSuggestion] = field(default_factory=list)


@dataclass(frozen=True)
class BalanceMove:
    comm_id: int
    title: str
    campaign: str
    old_start: datetime
    new_start: datetime
    people_saved: int  # person-weeks over the weekly cap this move removes
    excess_saved: int  # communications beyond the cap this move removes


@dataclass
class BalanceProposal:
    first: date
    last: date
    moves: list[BalanceMove]
    before: ConflictTotals
    after: ConflictTotals
    seconds: float
    candidates_checked: int
    complete: bool  # False when it stopped at the time limit

    @property
    def removed(self) -> int:
        return self.before.overload_people - self.after.overload_people


class StalePlanError(ValidationError):
    """The plan changed between the proposal and its application."""


# --------------------------------------------------------------------------- the service
class SchedulingService:
    """What-if index, slot suggestions, balancing and applying their moves."""

    def __init__(
        self,
        ws: Workspace,
        conflicts: ConflictService | None = None,
        calendar: CalendarService | None = None,
    ) -> None:
        self._ws = ws
        self._calendar = calendar or CalendarService(ws)
        self._conflicts = conflicts or ConflictService(ws, calendar=self._calendar)

    # ------------------------------------------------------------------ the index
    def index(self, report: ConflictReport, *, language: str | None = None) -> PlanIndex:
        """A what-if index over a report's period (built in the caller's thread)."""
        settings = self._calendar.settings()
        lang = language or settings.language
        holidays = self._conflicts.holidays_between(
            report.first, report.last, settings.country, settings.region, lang
        )
        return PlanIndex(
            report,
            channels={c.id: c for c in self._calendar.channels()},  # type: ignore[misc]
            weekly_cap=settings.weekly_cap,
            holidays=holidays,
            blackouts=self._calendar.blackouts_by_day(report.first, report.last),
        )

    def check_index(
        self,
        first: date,
        last: date,
        *,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> tuple[ConflictReport, PlanIndex]:
        """Checks whole weeks around ``first``…``last`` and indexes the result."""
        first_weekday = self._calendar.settings().week_start
        begin = week_start(first, first_weekday)
        end = week_start(last, first_weekday) + timedelta(days=6)
        report = self._conflicts.check(begin, end, language=language, progress=progress)
        return report, self.index(report, language=language)

    def totals(self, report: ConflictReport) -> ConflictTotals:
        return report_totals(
            report, self._calendar.channels(), self._calendar.settings().weekly_cap
        )

    def working_days(self) -> WorkingDays:
        return WorkingDays.for_workspace(self._ws)

    # ------------------------------------------------------------------ slots
    def window(self, comm_id: int, around: date) -> tuple[date, date]:
        """Where a communication may go: its campaign's dates (open ends: a month away)."""
        comm = self._calendar.communication(comm_id)
        campaign = next(c for c in self._calendar.campaigns() if c.id == comm.campaign_id)
        first = campaign.start or around - timedelta(days=OPEN_WINDOW_DAYS)
        last = campaign.end or around + timedelta(days=OPEN_WINDOW_DAYS)
        return first, max(first, last)

    def default_occurrence(self, comm_id: int, not_before: date | None = None) -> datetime:
        comm = self._calendar.communication(comm_id)
        if not comm.recurrence:
            return comm.start
        low = not_before or comm.start.date()
        found = occurrences(comm, low, low + timedelta(days=3 * 366))
        if not found:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{title}” has no occurrence left to move."),
                title=comm.title,
            )
        return found[0].start

    def find_slots(
        self,
        comm_id: int,
        *,
        occurrence: datetime | None = None,
        limit: int = 5,
        not_before: date | None = None,
        index: PlanIndex | None = None,
        language: str | None = None,
    ) -> SlotSearch:
        """The nearest conflict-free positions for one occurrence, inside its window.

        Working days only; the time of day is kept unless the order of communications rules
        it out that day, then the nearest half hour from 08:00 to 17:30 that works. Ranked
        by distance, then by how loaded the busiest person it reaches would be that week.
        """
        comm = self._calendar.communication(comm_id)
        if Status(comm.status) is Status.CANCELLED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{title}” is cancelled: there is nothing to place."),
                title=comm.title,
            )
        occurrence = occurrence or self.default_occurrence(comm_id, not_before)
        first, last = self.window(comm_id, occurrence.date())
        if not_before is not None:
            first = max(first, not_before)
        if index is None or not (
            index.covers(min(first, occurrence.date()))
            and index.covers(max(last, occurrence.date()))
            and index.entry(comm_id, occurrence) is not None
        ):
            _report, index = self.check_index(
                min(first, occurrence.date()), max(last, occurrence.date()), language=language
            )
        entry = index.entry(comm_id, occurrence)
        if entry is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{title}” has no occurrence on {day} to move."),
                title=comm.title,
                day=occurrence.date().isoformat(),
            )
        current = index.evaluate(comm_id, occurrence, occurrence)
        working = self.working_days()
        days = [d for d in working.working_days(first, last) if index.covers(d)]
        days.sort(key=lambda d: (abs((d - occurrence.date()).days), d))
        wanted = max(limit, 1) * 3
        found: list[SlotSuggestion] = []
        lighter: list[SlotSuggestion] = []
        at = occurrence.time()
        for day in days:
            start = datetime.combine(day, at)
            if start == occurrence:
                continue
            candidate = index.evaluate(comm_id, occurrence, start)
            if candidate is None:
                continue
            if not candidate.clean and _only_order(candidate):
                candidate = self._other_time(index, comm_id, occurrence, day) or candidate
            suggestion = SlotSuggestion(
                start=candidate.start,
                days_away=(day - occurrence.date()).days,
                busiest=candidate.busiest,
                cap=candidate.cap,
                candidate=candidate,
            )
            if candidate.clean:
                found.append(suggestion)
                if len(found) >= wanted:
                    break
            elif candidate.lightens:
                lighter.append(suggestion)
        found.sort(
            key=lambda s: (
                abs(s.days_away),
                s.busiest,
                abs(
                    (s.start.hour * 60 + s.start.minute)
                    - (occurrence.hour * 60 + occurrence.minute)
                ),
                s.start,
            )
        )
        lighter.sort(
            key=lambda s: (
                s.candidate.delta.overload_people,
                s.candidate.delta.overload_excess,
                s.candidate.delta.overload_pressure,
                abs(s.days_away),
                s.start,
            )
        )
        return SlotSearch(
            comm_id=comm_id,
            title=comm.title,
            occurrence=occurrence,
            window=(first, last),
            suggestions=found[:limit],
            current=current,
            lighter=lighter[:limit] if len(found) < limit else [],
        )

    def _other_time(
        self, index: PlanIndex, comm_id: int, occurrence: datetime, day: date
    ) -> Candidate | None:
        minutes = occurrence.hour * 60 + occurrence.minute
        for at in sorted(DAY_TIMES, key=lambda t: abs(t.hour * 60 + t.minute - minutes)):
            start = datetime.combine(day, at)
            if start == occurrence:
                continue
            candidate = index.evaluate(comm_id, occurrence, start)
            if candidate is not None and candidate.clean:
                return candidate
        return None

    def move_to(self, comm_id: int, occurrence: datetime, start: datetime) -> CalendarEdit:
        """Applies a suggestion (one occurrence of a series leaves it as its own copy)."""
        comm = self._calendar.communication(comm_id)
        return self._calendar.reschedule(
            comm_id,
            start,
            occurrence=occurrence,
            scope=Scope.ONE if comm.recurrence else Scope.SERIES,
        )

    # ------------------------------------------------------------------ balancing
    def balance(
        self,
        first: date,
        last: date,
        *,
        max_seconds: float = 9.0,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> BalanceProposal:
        """A set of moves within ``first``…``last`` that lowers per-person overload.

        Nothing is written: :meth:`apply_balance` applies a proposal.
        """
        if last < first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
                start=first.isoformat(),
                end=last.isoformat(),
            )
        began = time.perf_counter()
        _report, index = self.check_index(first, last, language=language)
        before = index.totals
        campaigns = {c.id: c for c in self._calendar.campaigns()}
        working = self.working_days()
        open_days = set(working.working_days(first, last))
        movable: dict[tuple[int, datetime], tuple[date, date]] = {}
        for (comm_id, start), entry in index.entries.items():
            if (
                entry.recurring
                or entry.pinned
                or entry.status not in MOVABLE_STATUSES
                or not first <= entry.day <= last
                or not entry.key
            ):
                continue
            campaign = campaigns.get(entry.campaign_id)
            low = max(first, campaign.start) if campaign and campaign.start else first
            high = min(last, campaign.end) if campaign and campaign.end else last
            if low <= high:
                movable[(comm_id, start)] = (low, high)
        moves: list[BalanceMove] = []
        checked = 0
        complete = True
        keys = sorted({index.entries[k].key for k in movable})
        if keys and before.overload_people:
            audience = np.stack([index.population.audience(k) for k in keys], axis=1).astype(
                np.float64
            )
            key_of = {k: i for i, k in enumerate(keys)}
            sizes = index.size.astype(np.float64)
            wide = False
            while True:
                if progress is not None:
                    # The search runs until nothing improves or the time is up.
                    progress.step(
                        round((time.perf_counter() - began) * 10), round(max_seconds * 10)
                    )
                if time.perf_counter() - began > max_seconds:
                    complete = False
                    break
                accepted, tried = self._balance_round(
                    index,
                    movable,
                    key_of,
                    audience,
                    sizes,
                    open_days,
                    moves,
                    campaigns,
                    began,
                    max_seconds,
                    wide=wide,
                )
                checked += tried
                if accepted:
                    wide = False
                elif not wide:
                    # Nothing among the most promising options: look at all of them once
                    # before concluding that nothing helps.
                    wide = True
                else:
                    break
        return BalanceProposal(
            first=first,
            last=last,
            moves=moves,
            before=before,
            after=index.totals,
            seconds=time.perf_counter() - began,
            candidates_checked=checked,
            complete=complete and time.perf_counter() - began <= max_seconds,
        )

    def _balance_round(
        self,
        index: PlanIndex,
        movable: dict[tuple[int, datetime], tuple[date, date]],
        key_of: dict[tuple[int, ...], int],
        audience: np.ndarray,
        sizes: np.ndarray,
        open_days: set[date],
        moves: list[BalanceMove],
        campaigns: dict[int, Any],
        began: float,
        max_seconds: float,
        *,
        wide: bool = False,
    ) -> tuple[int, int]:
        """One round: the best moves between distinct pairs of weeks. (accepted, checked).

        A move is better when it lowers, in this order, the people over the weekly cap, the
        communications beyond it and how unevenly that excess falls (its sum of squares).
        The gains of every (week, audience) → week are estimated at once with three pairs
        of matrix products; each candidate is then checked exactly by the index.
        """
        counts = index.counts.astype(np.int64)
        cap = index.cap
        at_cap = counts == cap
        over = counts > cap
        beyond = np.maximum(counts - cap, 0)
        # [w, k]: what one communication of audience k leaving week w saves / arriving adds.
        saved = (
            ((counts == cap + 1) * sizes) @ audience,
            (over * sizes) @ audience,
            ((2 * beyond - 1) * over * sizes) @ audience,
        )
        added = (
            (at_cap * sizes) @ audience,
            ((at_cap | over) * sizes) @ audience,
            ((2 * beyond + 1) * (at_cap | over) * sizes) @ audience,
        )
        over_weeks = index.week_people > 0
        groups: dict[tuple[int, int], list[tuple[int, datetime]]] = {}
        for ref in movable:
            entry = index.entries[ref]
            w = index.week_index(entry.day)
            if w is not None and over_weeks[w]:
                groups.setdefault((w, key_of[entry.key]), []).append(ref)
        options: list[tuple[tuple[float, float, float], int, int, int]] = []
        for (w, k), _refs in groups.items():
            people = saved[0][w, k] - added[0][:, k]
            excess = saved[1][w, k] - added[1][:, k]
            pressure = saved[2][w, k] - added[2][:, k]
            better = (people > 0) | (
                (people == 0) & ((excess > 0) | ((excess == 0) & (pressure > 0)))
            )
            better[w] = False
            targets = np.flatnonzero(better)
            if targets.size == 0:
                continue
            order = np.lexsort((-pressure[targets], -excess[targets], -people[targets]))
            for b in targets[order] if wide else targets[order[:6]]:
                gain = (float(people[b]), float(excess[b]), float(pressure[b]))
                options.append((gain, w, k, int(b)))
        options.sort(key=lambda o: (-o[0][0], -o[0][1], -o[0][2], o[1], o[3]))
        touched: set[int] = set()
        accepted = 0
        tried = 0
        for _gain, a, k, b in options:
            if a in touched or b in touched:
                continue
            if time.perf_counter() - began > max_seconds:
                break
            week = index.weeks[b]
            week_end = week + timedelta(days=6)
            done = False
            tried_here = 0
            for ref in sorted(groups[(a, k)], key=lambda r: (r[1], r[0])):
                if ref not in movable or (not wide and tried_here >= _TRIES_PER_OPTION):
                    continue
                low, high = movable[ref]
                if high < week or low > week_end:
                    continue
                tried_here += 1
                entry = index.entries[ref]
                days = [
                    day
                    for day in (week + timedelta(days=i) for i in range(7))
                    if low <= day <= high and day in open_days
                ]
                days.sort(key=lambda d: (abs((d - entry.day).days), d))
                for day in days:
                    start = datetime.combine(day, entry.start.time())
                    candidate = index.evaluate(ref[0], ref[1], start)
                    tried += 1
                    if candidate is None or candidate.makes_worse or candidate.sequence_new:
                        continue
                    delta = candidate.delta
                    if (delta.overload_people, delta.overload_excess, delta.overload_pressure) >= (
                        0,
                        0,
                        0,
                    ):
                        continue
                    index.apply(candidate)
                    window = movable.pop(ref)
                    movable[(ref[0], start)] = window
                    campaign = campaigns.get(entry.campaign_id)
                    moves.append(
                        BalanceMove(
                            comm_id=ref[0],
                            title=entry.title,
                            campaign=campaign.name if campaign else "",
                            old_start=ref[1],
                            new_start=start,
                            people_saved=-candidate.delta.overload_people,
                            excess_saved=-candidate.delta.overload_excess,
                        )
                    )
                    _merge_moves(moves)
                    touched.update((a, b))
                    accepted += 1
                    done = True
                    break
                if done:
                    break
        return accepted, tried

    def apply_balance(self, proposal: BalanceProposal) -> PlanEdit:
        """Writes every move of a proposal in one undoable edit; refuses a stale proposal."""
        with recording(self._ws) as rec:
            for move in proposal.moves:
                comm = self._ws.communications.find(move.comm_id)
                if comm is None or comm.recurrence or comm.start != move.old_start:
                    raise StalePlanError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "“{title}” is no longer where the proposal found it; compute the "
                            "proposal again.",
                        ),
                        title=move.title,
                    )
                rec.update(
                    EntityKind.COMMUNICATION, dataclasses.replace(comm, start=move.new_start)
                )
        return rec.edit  # type: ignore[return-value]

    def undo(self, edit: PlanEdit):
        return revert_edit(self._ws, edit)

    def redo(self, edit: PlanEdit):
        return reapply_edit(self._ws, edit)


def _only_order(candidate: Candidate) -> bool:
    """Whether the order of communications is the only thing wrong with a candidate."""
    return bool(candidate.sequence) and dataclasses.replace(candidate, sequence=[]).clean


def _merge_moves(moves: list[BalanceMove]) -> None:
    """Keeps one move per communication: from where it was to where it ends up."""
    last = moves[-1]
    earlier = [m for m in moves[:-1] if m.comm_id == last.comm_id and m.new_start == last.old_start]
    if not earlier:
        return
    first = earlier[0]
    moves.remove(first)
    moves[-1] = dataclasses.replace(
        last,
        old_start=first.old_start,
        people_saved=first.people_saved + last.people_saved,
        excess_saved=first.excess_saved + last.excess_saved,
    )
    if moves[-1].old_start == moves[-1].new_start:
        moves.pop()
