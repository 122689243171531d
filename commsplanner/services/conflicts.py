"""Conflicts in a plan, explained in plain language.

The headline check is **per-person overload**: segments overlap, so one person can be targeted
by several communications in one week. For every week we count, per employee, how many
communications would reach them (numpy: one counter row per week, filled from the member
arrays of each distinct audience), and report how many people exceed each channel's
per-person weekly cap and the workspace-wide cap, and who they are by segment, department and
location. The counters are kept in an :class:`OverloadState` so a what-if for one moved item
only has to touch two weeks.

The other checks: channel daily capacity, public holidays (``holidays`` package, country and
region from the workspace settings), blackout periods, two communications to the same
segment on the same day through the same channel, and communications without an audience.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ..domain import Status
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.progress import Progress
from ..domain.sequencing import ALL_STAFF_SHARE, SEQUENCE_CONFLICT_LABEL
from ..storage import Workspace
from ..storage.calendar_data import change_counter, employee_attribute, max_employee_id
from .calendar import CalendarItem, CalendarService, week_start

Translate = Callable[[str, str], str]
CONTEXT = "conflicts"
DATES_CONTEXT = "dates"
BREAKDOWN_ATTRIBUTES = ("department", "location")


def _no_translation(context: str, text: str) -> str:
    return text


@lru_cache(maxsize=64)
def _holidays_of(country: str, region: str | None, year: int, language: str) -> dict[date, str]:
    """Public holidays of one year (building them costs milliseconds, so they are kept)."""
    import holidays

    try:
        found = holidays.country_holidays(country, subdiv=region, years=year, language=language)
    except NotImplementedError:
        return {}
    return dict(found.items())


class MemberSource(Protocol):
    """Who is in a segment: sorted unique int64 ids of active employees."""

    def member_ids(self, segment_id: int) -> np.ndarray: ...


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return ("error", "warning", "info").index(self.value)


class ConflictKind(StrEnum):
    PERSON_OVERLOAD = "person_overload"  # more than the workspace-wide weekly cap
    CHANNEL_OVERLOAD = "channel_overload"  # more than a channel's per-person weekly cap
    CHANNEL_CAPACITY = "channel_capacity"  # more than a channel carries in one day
    HOLIDAY = "holiday"
    BLACKOUT = "blackout"
    SAME_DAY = "same_day"  # same segment, same day, same channel
    NO_AUDIENCE = "no_audience"
    SEQUENCE = "sequence"  # a sequencing rule broken (see services/sequencing.py)


SEVERITY: dict[ConflictKind, Severity] = {
    ConflictKind.PERSON_OVERLOAD: Severity.ERROR,
    ConflictKind.CHANNEL_OVERLOAD: Severity.WARNING,
    ConflictKind.CHANNEL_CAPACITY: Severity.ERROR,
    ConflictKind.HOLIDAY: Severity.WARNING,
    ConflictKind.BLACKOUT: Severity.ERROR,
    ConflictKind.SAME_DAY: Severity.WARNING,
    ConflictKind.NO_AUDIENCE: Severity.INFO,
    ConflictKind.SEQUENCE: Severity.ERROR,
}

KIND_LABELS: dict[ConflictKind, str] = {
    ConflictKind.PERSON_OVERLOAD: QT_TRANSLATE_NOOP("conflicts", "Too many per person"),
    ConflictKind.CHANNEL_OVERLOAD: QT_TRANSLATE_NOOP(
        "conflicts", "Too many per person on a channel"
    ),
    ConflictKind.CHANNEL_CAPACITY: QT_TRANSLATE_NOOP("conflicts", "Channel capacity"),
    ConflictKind.HOLIDAY: QT_TRANSLATE_NOOP("conflicts", "Public holiday"),
    ConflictKind.BLACKOUT: QT_TRANSLATE_NOOP("conflicts", "Blackout period"),
    ConflictKind.SAME_DAY: QT_TRANSLATE_NOOP("conflicts", "Same audience, same day"),
    ConflictKind.NO_AUDIENCE: QT_TRANSLATE_NOOP("conflicts", "No audience"),
    ConflictKind.SEQUENCE: SEQUENCE_CONFLICT_LABEL,
}

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("conflicts", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("conflicts", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("conflicts", "Note"),
}

_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "January"),
    QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"),
    QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "December"),
)
_DAY_MONTH = QT_TRANSLATE_NOOP("dates", "{day} {month}")
_DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("dates", "{day} {month} {year}")


def format_day(day: date, tr: Translate = _no_translation, *, with_year: bool = False) -> str:
    """ "3 March" / "3 de marzo" — a date as people write it in prose."""
    month = tr(DATES_CONTEXT, _MONTHS[day.month - 1])
    pattern = tr(DATES_CONTEXT, _DAY_MONTH_YEAR if with_year else _DAY_MONTH)
    return pattern.format(day=day.day, month=month, year=day.year)


# Message templates: English source, translated at display time (context "conflicts").
_T_OVERLOAD = QT_TRANSLATE_NOOP(
    "conflicts",
    "{people} people in {segment} would receive {received} communications in the week of "
    "{week} (limit {limit})",
)
_T_OVERLOAD_UP_TO = QT_TRANSLATE_NOOP(
    "conflicts",
    "{people} people in {segment} would receive up to {received} communications in the week "
    "of {week} (limit {limit})",
)
_T_CHANNEL_OVERLOAD = QT_TRANSLATE_NOOP(
    "conflicts",
    "{people} people in {segment} would receive {received} communications through {channel} "
    "in the week of {week} (limit {limit})",
)
_T_CHANNEL_OVERLOAD_UP_TO = QT_TRANSLATE_NOOP(
    "conflicts",
    "{people} people in {segment} would receive up to {received} communications through "
    "{channel} in the week of {week} (limit {limit})",
)
_T_CAPACITY = QT_TRANSLATE_NOOP(
    "conflicts", "{count} communications go out through {channel} on {day} (capacity {limit})"
)
_T_HOLIDAY = QT_TRANSLATE_NOOP(
    "conflicts", "“{title}” is planned on {day}, a public holiday ({holiday})"
)
_T_BLACKOUT = QT_TRANSLATE_NOOP(
    "conflicts", "“{title}” is planned on {day}, inside the blackout period “{period}”"
)
_T_SAME_DAY = QT_TRANSLATE_NOOP(
    "conflicts", "{count} communications reach {segment} through {channel} on {day}"
)
_T_NO_AUDIENCE = QT_TRANSLATE_NOOP(
    "conflicts", "“{title}” on {day} has no audience: neither it nor its campaign names a segment"
)
_T_OTHER_GROUPS = QT_TRANSLATE_NOOP("conflicts", "other groups")
_T_EMPTY_VALUE = QT_TRANSLATE_NOOP("conflicts", "(not set)")
_OWN_LABELS = frozenset({_T_OTHER_GROUPS, _T_EMPTY_VALUE})


@dataclass(frozen=True)
class Conflict:
    """One finding. ``params`` keep raw values; :meth:`message` formats them per language."""

    kind: ConflictKind
    template: str
    params: dict[str, Any]
    communication_ids: tuple[int, ...]
    day: date | None = None
    week: date | None = None
    # People affected (overloads) or communications involved (the other kinds).
    count: int = 0
    # The most communications one affected person would receive (overloads).
    received: int = 0
    limit: int | None = None
    segment_id: int | None = None
    channel_id: int | None = None
    # For overloads: attribute -> ((value, people), ...) among the people affected.
    breakdown: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]

    @property
    def first_day(self) -> date:
        return self.day or self.week  # type: ignore[return-value]

    def message(self, tr: Translate = _no_translation) -> str:
        values: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, date):
                values[key] = format_day(value, tr)
            else:
                values[key] = value
        template = tr(CONTEXT, self.template)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def breakdown_text(self, tr: Translate = _no_translation) -> str:
        """ "Operaciones 120, Ventas 80 · Madrid 150, Sevilla 50" for the people affected."""
        parts = []
        for _attribute, groups in self.breakdown.items():
            if groups:
                parts.append(
                    ", ".join(
                        f"{tr(CONTEXT, name) if name in _OWN_LABELS else name} {people}"
                        for name, people in groups
                    )
                )
        return " · ".join(parts)


class Population:
    """Employees grouped by which segments they belong to.

    Everyone with the same memberships receives exactly the same communications (an audience
    is a union of segments), so weekly counts are kept per *group* (a few thousand on a
    100,000-person directory) instead of per person. ``group_of[employee id]`` maps back.
    """

    def __init__(
        self,
        segment_ids: list[int],
        members: dict[int, np.ndarray],
        people: int,
        attributes: dict[str, tuple[np.ndarray, list[str]]],
    ) -> None:
        self.segment_ids = segment_ids
        self.column = {s: j for j, s in enumerate(segment_ids)}
        matrix = np.zeros((people, max(len(segment_ids), 1)), dtype=bool)
        for j, segment_id in enumerate(segment_ids):
            ids = members[segment_id]
            matrix[ids[ids < people], j] = True
        packed = np.packbits(matrix, axis=1)
        patterns, group_of = np.unique(packed, axis=0, return_inverse=True)
        self.group_of = group_of.reshape(-1).astype(np.int64)
        self.pattern = np.unpackbits(patterns, axis=1)[:, : matrix.shape[1]].astype(bool)
        self.size = np.bincount(self.group_of, minlength=len(patterns)).astype(np.int64)
        self.groups = len(patterns)
        # Per group and attribute value, how many people (for the "who are they" breakdown).
        self.attributes: dict[str, tuple[np.ndarray, list[str]]] = {}
        for name, (codes, labels) in attributes.items():
            codes = (
                codes[:people]
                if codes.size >= people
                else np.pad(codes, (0, people - codes.size), constant_values=-1)
            )
            width = len(labels) + 1  # the last column: no value
            cells = self.group_of * width + np.where(codes >= 0, codes, width - 1)
            table = np.bincount(cells, minlength=self.groups * width).reshape(self.groups, width)
            self.attributes[name] = (table, labels)
        self._audience: dict[tuple[int, ...], np.ndarray] = {}

    def audience(self, key: tuple[int, ...]) -> np.ndarray:
        """Which groups an audience (a union of segments) reaches, as a bool per group."""
        found = self._audience.get(key)
        if found is None:
            columns = [self.column[s] for s in key if s in self.column]
            if columns:
                found = self.pattern[:, columns].any(axis=1)
            else:
                found = np.zeros(self.groups, dtype=bool)
            self._audience[key] = found
        return found


@dataclass
class OverloadState:
    """Weekly counters, reusable for what-ifs.

    ``counts[w, g]`` is how many communications reach each person of group ``g`` of
    ``population`` in week ``w`` (weeks start at ``weeks[w]``); ``channel_counts[channel]``
    the same through one channel with a per-person cap. ``week_items[w]`` lists
    ``(communication id, audience key, channel id)`` of each occurrence in week ``w``.
    """

    weeks: list[date]
    counts: np.ndarray
    channel_counts: dict[int, np.ndarray]
    week_items: list[list[tuple[int, tuple[int, ...], int | None]]]
    population: Population

    def week_index(self, day: date) -> int | None:
        if not self.weeks:
            return None
        index = (day - self.weeks[0]).days // 7
        return index if 0 <= index < len(self.weeks) else None

    def person_counts(self, w: int, channel_id: int | None = None) -> np.ndarray:
        """Communications per employee id in week ``w`` (all channels, or one capped one)."""
        row = self.counts[w] if channel_id is None else self.channel_counts[channel_id][w]
        return row[self.population.group_of]


@dataclass
class ConflictReport:
    first: date
    last: date
    conflicts: list[Conflict]
    # People over the workspace-wide cap, per week start (for the calendar's week badges).
    week_overload: dict[date, int]
    state: OverloadState
    # The occurrences checked (cancelled ones left out) and the sequencing rules' evaluator,
    # kept for what-ifs (services/scheduling.py).
    items: list[CalendarItem] = field(default_factory=list)
    sequencing: Any = None

    @property
    def has_errors(self) -> bool:
        return any(c.severity is Severity.ERROR for c in self.conflicts)

    def count(self, severity: Severity) -> int:
        return sum(1 for c in self.conflicts if c.severity is severity)

    def by_day(self) -> dict[date, list[Conflict]]:
        """Findings per day; week-level ones are listed under every day of their week."""
        out: dict[date, list[Conflict]] = defaultdict(list)
        for conflict in self.conflicts:
            if conflict.day is not None:
                out[conflict.day].append(conflict)
        return dict(out)

    def by_communication(self) -> dict[int, list[Conflict]]:
        out: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in self.conflicts:
            for comm_id in conflict.communication_ids:
                out[comm_id].append(conflict)
        return dict(out)


class ConflictService:
    """Finds conflicts in a date range of the plan of one workspace."""

    def __init__(
        self,
        ws: Workspace,
        members: MemberSource | None = None,
        calendar: CalendarService | None = None,
    ) -> None:
        self._ws = ws
        self._members = members
        self._calendar = calendar or CalendarService(ws)
        self._cache_at = -1
        self._audiences: dict[tuple[int, ...], np.ndarray] = {}
        self._population: Population | None = None

    # ------------------------------------------------------------------ inputs
    def set_member_source(self, members: MemberSource | None) -> None:
        self._members = members
        self._audiences.clear()
        self._population = None

    def _fresh(self) -> None:
        counter = change_counter(self._ws)
        if counter != self._cache_at:
            self._audiences.clear()
            self._population = None
            self._cache_at = counter

    def audience(self, segment_ids: tuple[int, ...]) -> np.ndarray:
        """Sorted unique ids of everyone in any of the segments."""
        key = tuple(sorted(set(segment_ids)))
        found = self._audiences.get(key)
        if found is not None:
            return found
        if not key or self._members is None:
            found = np.empty(0, dtype=np.int64)
        elif len(key) == 1:
            found = np.asarray(self._members.member_ids(key[0]), dtype=np.int64)
        else:
            parts = [np.asarray(self._members.member_ids(s), dtype=np.int64) for s in key]
            found = np.unique(np.concatenate(parts))
        self._audiences[key] = found
        return found

    def population(self) -> Population:
        """Employees grouped by segment memberships (rebuilt when the workspace changed)."""
        self._fresh()
        if self._population is None:
            segment_ids = sorted(s.id for s in self._calendar.segments() if s.id is not None)
            members = {s: self.audience((s,)) for s in segment_ids}
            people = max_employee_id(self._ws) + 1
            for ids in members.values():
                if ids.size:
                    people = max(people, int(ids.max()) + 1)
            attributes = {a: self._attribute_codes(a, people) for a in BREAKDOWN_ATTRIBUTES}
            self._population = Population(segment_ids, members, people, attributes)
        return self._population

    def _attribute_codes(self, attribute: str, people: int) -> tuple[np.ndarray, list[str]]:
        """Per employee id, the index of its attribute value in the returned names (-1: none)."""
        rows = employee_attribute(self._ws, attribute)
        names: list[str] = []
        index: dict[str, int] = {}
        codes = np.full(max(people, 1 + max((r[0] for r in rows), default=0)), -1, np.int32)
        for emp_id, value in rows:
            code = index.get(value)
            if code is None:
                code = index[value] = len(names)
                names.append(value)
            codes[emp_id] = code
        return codes, names

    # ------------------------------------------------------------------ checking
    def check(
        self,
        first: date,
        last: date,
        *,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> ConflictReport:
        """Every conflict among communications in ``first``…``last``."""
        self._fresh()
        settings = self._ws.settings.load()
        lang = language or settings.language
        items = [
            item
            for item in self._calendar.items(first, last)
            if item.status is not Status.CANCELLED
        ]
        conflicts: list[Conflict] = []
        state = self.overload_state(items, first, last, settings.week_start, progress)
        week_overload: dict[date, int] = {}
        conflicts.extend(
            self._overload_findings(state, settings.weekly_cap, settings, week_overload, progress)
        )
        conflicts.extend(self._capacity_findings(items))
        conflicts.extend(self._holiday_findings(items, settings.country, settings.region, lang))
        conflicts.extend(self._blackout_findings(items, first, last))
        conflicts.extend(self._same_day_findings(items))
        conflicts.extend(self._no_audience_findings(items))
        evaluator = self.sequencing_evaluator(items, first, last)
        conflicts.extend(evaluator.findings())
        conflicts.sort(
            key=lambda c: (c.severity.rank, c.first_day, c.kind.value, -c.count, c.template)
        )
        return ConflictReport(first, last, conflicts, week_overload, state, items, evaluator)

    def sequencing_evaluator(self, items: list[CalendarItem], first: date, last: date) -> Any:
        """The plan's sequencing rules, ready to check ``items`` (the occurrences of
        ``first``…``last``) and what-ifs on them."""
        from .sequencing import CommFact, PlanFacts, RuleEvaluator
        from .working_days import WorkingDays

        calendar = self._calendar
        campaigns = {c.id: c for c in calendar.campaigns()}
        segments = {s.id: s for s in calendar.segments()}
        comms: dict[int, CommFact] = {}
        for comm in calendar.communications():
            campaign = campaigns.get(comm.campaign_id)
            key = comm.segment_ids or (campaign.segment_ids if campaign else ())
            comms[comm.id] = CommFact(  # type: ignore[index]
                id=comm.id,  # type: ignore[arg-type]
                title=comm.title,
                campaign_id=comm.campaign_id,
                key=tuple(sorted(set(key))),
                duration=timedelta(minutes=comm.duration_minutes),
                recurring=comm.is_recurring,
                cancelled=Status(comm.status) is Status.CANCELLED,
                communication=comm,
            )
        occurrences: dict[int, list[datetime]] = {}
        for item in items:
            occurrences.setdefault(item.id, []).append(item.start)
        for starts in occurrences.values():
            starts.sort()
        population = self.population()
        people = population.size > 0
        active = self._ws.employees.count()
        match_all = {s.id for s in segments.values() if s.rule == {"all": []}}
        overlap_cache: dict[tuple[tuple[int, ...], int], bool] = {}
        staff_cache: dict[tuple[int, ...], bool] = {}

        def overlaps(key: tuple[int, ...], segment_id: int) -> bool:
            found = overlap_cache.get((key, segment_id))
            if found is None:
                column = population.column.get(segment_id)
                if segment_id in key or (match_all & set(key)):
                    found = True
                elif column is None:
                    found = False
                else:
                    reached = population.audience(key)
                    found = bool((reached & population.pattern[:, column] & people).any())
                overlap_cache[(key, segment_id)] = found
            return found

        def all_staff(key: tuple[int, ...]) -> bool:
            found = staff_cache.get(key)
            if found is None:
                if match_all & set(key):
                    found = True
                elif active <= 0:
                    found = False
                else:
                    reached = int(population.size[population.audience(key)].sum())
                    found = reached >= ALL_STAFF_SHARE * active
                staff_cache[key] = found
            return found

        facts = PlanFacts(
            comms=comms,
            occurrences=occurrences,
            first=first,
            last=last,
            working=WorkingDays.for_workspace(self._ws),
            overlaps=overlaps,
            all_staff=all_staff,
            segment_names={s.id: s.name for s in segments.values()},  # type: ignore[misc]
            campaign_names={c.id: c.name for c in campaigns.values()},  # type: ignore[misc]
        )
        return RuleEvaluator(self._ws.sequencing_rules.list(), facts)

    def overload_state(
        self,
        items: list[CalendarItem],
        first: date,
        last: date,
        first_weekday: int = 0,
        progress: Progress | None = None,
    ) -> OverloadState:
        """Fills the weekly counters from ``items``."""
        start = week_start(first, first_weekday)
        weeks = []
        day = start
        while day <= last:
            weeks.append(day)
            day += timedelta(days=7)
        population = self.population()
        state = OverloadState(
            weeks=weeks,
            counts=np.zeros((len(weeks), population.groups), dtype=np.int32),
            channel_counts={},
            week_items=[[] for _ in weeks],
            population=population,
        )
        capped = {
            c.id
            for c in self._calendar.channels()
            if c.weekly_cap_per_person is not None and c.id is not None
        }
        for item in items:
            w = state.week_index(item.day)
            if w is None:
                continue
            key = tuple(sorted(set(item.segment_ids)))
            channel = item.channel.id if item.channel is not None else None
            state.week_items[w].append((item.id, key, channel))
            reached = population.audience(key)
            state.counts[w] += reached
            if channel in capped:
                grid = state.channel_counts.get(channel)
                if grid is None:
                    grid = state.channel_counts[channel] = np.zeros_like(state.counts)
                grid[w] += reached
        if progress is not None:
            progress.step(1, 2)
        return state

    def _overload_findings(
        self,
        state: OverloadState,
        cap: int,
        settings: Any,
        week_overload: dict[date, int],
        progress: Progress | None,
    ) -> list[Conflict]:
        channels = {c.id: c for c in self._calendar.channels()}
        population = state.population
        found: list[Conflict] = []
        for w, week in enumerate(state.weeks):
            if progress is not None:
                progress.step(len(state.weeks) + w, len(state.weeks) * 2)
            over = int(population.size[state.counts[w] > cap].sum())
            if over:
                week_overload[week] = over
                found.extend(self.week_overloads(state, w, cap, settings.anonymity_threshold))
            for channel_id in state.channel_counts:
                channel = channels.get(channel_id)
                if channel is None or channel.weekly_cap_per_person is None:
                    continue
                found.extend(
                    self.week_overloads(
                        state,
                        w,
                        channel.weekly_cap_per_person,
                        settings.anonymity_threshold,
                        channel_id=channel_id,
                        channel_name=channel.name,
                    )
                )
        return found

    def week_overloads(
        self,
        state: OverloadState,
        w: int,
        cap: int,
        anonymity: int = 1,
        *,
        channel_id: int | None = None,
        channel_name: str = "",
    ) -> list[Conflict]:
        """Overload findings of one week: one per targeted segment with people over ``cap``."""
        population = state.population
        row = state.counts[w] if channel_id is None else state.channel_counts[channel_id][w]
        over = (row > cap) & (population.size > 0)
        if not over.any():
            return []
        comms_by_key: dict[tuple[int, ...], set[int]] = {}
        for comm, key, channel in state.week_items[w]:
            if channel_id is None or channel == channel_id:
                comms_by_key.setdefault(key, set()).add(comm)
        segment_ids = sorted({s for key in comms_by_key for s in key if s in population.column})
        if not segment_ids:
            return []
        columns = [population.column[s] for s in segment_ids]
        over_patterns = population.pattern[over][:, columns].astype(np.float32)
        # shared[a, b] > 0: some overloaded person is in both segment a and segment b, so a
        # communication to a takes part in the overload reported for b.
        shared = over_patterns.T @ over_patterns
        local = {s: j for j, s in enumerate(segment_ids)}
        key_rows = {key: [local[s] for s in key if s in local] for key in comms_by_key}
        segments = {s.id: s for s in self._calendar.segments()}
        week = state.weeks[w]
        found = []
        for j, segment_id in enumerate(segment_ids):
            in_segment = over & population.pattern[:, columns[j]]
            people = int(population.size[in_segment].sum())
            if people == 0:
                continue
            received = row[in_segment]
            most = int(received.max())
            uniform = int(received.min()) == most
            comm_ids: set[int] = set()
            for key, comms in comms_by_key.items():
                rows = key_rows[key]
                if rows and shared[rows, j].max() > 0:
                    comm_ids |= comms
            segment = segments.get(segment_id)
            params: dict[str, Any] = {
                "people": people,
                "segment": segment.name if segment else str(segment_id),
                "received": most,
                "week": week,
                "limit": cap,
            }
            if channel_id is None:
                kind = ConflictKind.PERSON_OVERLOAD
                template = _T_OVERLOAD if uniform else _T_OVERLOAD_UP_TO
            else:
                kind = ConflictKind.CHANNEL_OVERLOAD
                template = _T_CHANNEL_OVERLOAD if uniform else _T_CHANNEL_OVERLOAD_UP_TO
                params["channel"] = channel_name
            found.append(
                Conflict(
                    kind=kind,
                    template=template,
                    params=params,
                    communication_ids=tuple(sorted(comm_ids)),
                    week=week,
                    count=people,
                    received=most,
                    limit=cap,
                    segment_id=segment_id,
                    channel_id=channel_id,
                    breakdown=self._breakdown(population, in_segment, anonymity),
                )
            )
        return found

    @staticmethod
    def _breakdown(
        population: Population, groups: np.ndarray, anonymity: int
    ) -> dict[str, tuple[tuple[str, int], ...]]:
        """The most common departments and locations among the people of ``groups``.

        Groups smaller than the anonymity threshold are folded into "other groups" so a
        finding never singles out a handful of people.
        """
        out: dict[str, tuple[tuple[str, int], ...]] = {}
        for attribute, (table, labels) in population.attributes.items():
            tally = table[groups].sum(axis=0)
            total = int(tally.sum())
            tally = tally[:-1]  # people without a value only count towards "other"
            if total == 0:
                out[attribute] = ()
                continue
            order = np.argsort(-tally, kind="stable")
            top = order[tally[order] >= max(anonymity, 1)][:5]
            shown = [(labels[code] or _T_EMPTY_VALUE, int(tally[code])) for code in top]
            other = total - int(tally[top].sum())
            if other:
                shown.append((_T_OTHER_GROUPS, other))
            out[attribute] = tuple(shown)
        return out

    def _capacity_findings(self, items: list[CalendarItem]) -> list[Conflict]:
        per_day: dict[tuple[date, int], list[int]] = defaultdict(list)
        channels = {}
        for item in items:
            channel = item.channel
            if channel is None or channel.daily_capacity is None:
                continue
            channels[channel.id] = channel
            per_day[(item.day, channel.id)].append(item.id)  # type: ignore[arg-type]
        found = []
        for (day, channel_id), comm_ids in sorted(per_day.items()):
            channel = channels[channel_id]
            if len(comm_ids) > channel.daily_capacity:
                found.append(
                    Conflict(
                        kind=ConflictKind.CHANNEL_CAPACITY,
                        template=_T_CAPACITY,
                        params={
                            "count": len(comm_ids),
                            "channel": channel.name,
                            "day": day,
                            "limit": channel.daily_capacity,
                        },
                        communication_ids=tuple(sorted(set(comm_ids))),
                        day=day,
                        count=len(comm_ids),
                        limit=channel.daily_capacity,
                        channel_id=channel_id,
                    )
                )
        return found

    def holidays_between(
        self, first: date, last: date, country: str, region: str | None, language: str
    ) -> dict[date, str]:
        """Public holidays by date, named in ``language`` when the package knows it."""
        out: dict[date, str] = {}
        for year in range(first.year, last.year + 1):
            for day, name in _holidays_of(country, region or None, year, language).items():
                if first <= day <= last:
                    out[day] = name
        return out

    def _holiday_findings(
        self, items: list[CalendarItem], country: str, region: str | None, language: str
    ) -> list[Conflict]:
        if not items:
            return []
        first = min(i.day for i in items)
        last = max(i.day for i in items)
        holidays = self.holidays_between(first, last, country, region, language)
        return [
            Conflict(
                kind=ConflictKind.HOLIDAY,
                template=_T_HOLIDAY,
                params={"title": item.title, "day": item.day, "holiday": holidays[item.day]},
                communication_ids=(item.id,),
                day=item.day,
                count=1,
            )
            for item in items
            if item.day in holidays
        ]

    def _blackout_findings(self, items: list[CalendarItem], first: date, last: date):
        periods = self._ws.blackouts.overlapping(first, last)
        found = []
        for item in items:
            for period in periods:
                if period.contains(item.day):
                    found.append(
                        Conflict(
                            kind=ConflictKind.BLACKOUT,
                            template=_T_BLACKOUT,
                            params={"title": item.title, "day": item.day, "period": period.name},
                            communication_ids=(item.id,),
                            day=item.day,
                            count=1,
                        )
                    )
                    break
        return found

    def _same_day_findings(self, items: list[CalendarItem]) -> list[Conflict]:
        groups: dict[tuple[date, int, int], list[CalendarItem]] = defaultdict(list)
        for item in items:
            if item.channel is None:
                continue
            for segment_id in set(item.segment_ids):
                groups[(item.day, item.channel.id, segment_id)].append(item)  # type: ignore[index]
        segments = {s.id: s for s in self._calendar.segments()}
        found = []
        for (day, channel_id, segment_id), group in sorted(groups.items()):
            if len(group) < 2:
                continue
            segment = segments.get(segment_id)
            found.append(
                Conflict(
                    kind=ConflictKind.SAME_DAY,
                    template=_T_SAME_DAY,
                    params={
                        "count": len(group),
                        "segment": segment.name if segment else str(segment_id),
                        "channel": group[0].channel.name,  # type: ignore[union-attr]
                        "day": day,
                    },
                    communication_ids=tuple(sorted({i.id for i in group})),
                    day=day,
                    count=len(group),
                    segment_id=segment_id,
                    channel_id=channel_id,
                )
            )
        return found

    def _no_audience_findings(self, items: list[CalendarItem]) -> list[Conflict]:
        seen: set[int] = set()
        found = []
        for item in items:
            if item.segment_ids or item.id in seen:
                continue
            seen.add(item.id)
            found.append(
                Conflict(
                    kind=ConflictKind.NO_AUDIENCE,
                    template=_T_NO_AUDIENCE,
                    params={"title": item.title, "day": item.day},
                    communication_ids=(item.id,),
                    day=item.day,
                    count=1,
                )
            )
        return found

    # ------------------------------------------------------------------ what-if
    def what_if_move(
        self,
        report: ConflictReport,
        comm_id: int,
        occurrence: datetime,
        new_start: datetime,
    ) -> list[Conflict]:
        """Workspace-cap overload findings of the weeks touched if one occurrence moved.

        Works on copies of the two affected counter rows, so ``report`` stays valid.
        """
        state = report.state
        settings = self._ws.settings.load()
        old_w = state.week_index(occurrence.date())
        new_w = state.week_index(new_start.date())
        weeks = sorted({w for w in (old_w, new_w) if w is not None})
        if not weeks:
            return []
        entry = None
        if old_w is not None:
            entry = next((e for e in state.week_items[old_w] if e[0] == comm_id), None)
        if entry is None:
            item_key = tuple(sorted(set(self._calendar_segments(comm_id))))
            entry = (comm_id, item_key, None)
        reached = state.population.audience(entry[1])
        # Only the touched weeks are copied: two counter rows, not the whole year.
        trial = OverloadState(
            weeks=[state.weeks[w] for w in weeks],
            counts=state.counts[weeks].copy(),
            channel_counts={},
            week_items=[list(state.week_items[w]) for w in weeks],
            population=state.population,
        )
        if old_w is not None:
            row = weeks.index(old_w)
            if entry in trial.week_items[row]:
                trial.week_items[row].remove(entry)
                trial.counts[row] -= reached
        if new_w is not None:
            row = weeks.index(new_w)
            trial.week_items[row].append(entry)
            trial.counts[row] += reached
        found = []
        for row in range(len(weeks)):
            found.extend(
                self.week_overloads(trial, row, settings.weekly_cap, settings.anonymity_threshold)
            )
        return found

    def _calendar_segments(self, comm_id: int) -> tuple[int, ...]:
        comm = self._calendar.communication(comm_id)
        if comm.segment_ids:
            return comm.segment_ids
        campaign = next(c for c in self._calendar.campaigns() if c.id == comm.campaign_id)
        return campaign.segment_ids
