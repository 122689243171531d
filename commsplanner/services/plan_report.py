"""Everything the Word plan says, gathered from the workspace into plain data.

:func:`build_plan_report` reads the workspace once for a period, a selection of campaigns and
segments and a level of detail, and returns a :class:`PlanReport`: language-neutral figures,
rows and names that the Word writer (``export_docx``) and the charts (``charts_plan``) only
have to lay out. Keeping the assembly apart from the layout lets both be tested on their own.

Where another service owns a computation (segment membership, conflicts, the listening log's
digest, the dashboard's anonymity guard) it is used when present; otherwise this module
computes what the report needs itself, with the same rules.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain import (
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
from ..domain.progress import Progress
from ..domain.recurrence import occurrences

if TYPE_CHECKING:
    from ..storage import Workspace
    from .feedback_log import HeardDigest

# Sections of the document that the user can switch on or off, in document order.
SECTIONS: tuple[str, ...] = (
    "summary",
    "goals_values",
    "audiences",
    "campaigns",
    "calendar",
    "channels",
    "measurement",
    "risks",
    "appendix",
)
DETAIL_FULL = "full"
DETAIL_SUMMARY = "summary"
OPTIONS_KEY = "export_docx"

# Statuses that no longer count as planned work.
_CLOSED = frozenset({Status.CANCELLED})
_PRIORITY_RANK = {Priority.CRITICAL: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}
_SEVERITY_RANK = {"critical": 0, "error": 0, "high": 0, "warning": 1, "medium": 1}


def severity_rank(severity: str) -> int:
    """0 for errors, 1 for warnings, 2 for notes."""
    return _SEVERITY_RANK.get(str(severity).lower(), 2)


# ---------------------------------------------------------------------------- options
@dataclass(frozen=True)
class ExportOptions:
    """What the user chose for one export; remembered per workspace (settings "export_docx")."""

    language: str = "es"
    first: date | None = None
    last: date | None = None
    # None = every campaign / segment.
    campaign_ids: tuple[int, ...] | None = None
    segment_ids: tuple[int, ...] | None = None
    sections: tuple[str, ...] = SECTIONS
    detail: str = DETAIL_FULL
    template: str = ""
    logo: str = ""
    output: str = ""
    version: str = "1.0"

    @property
    def summary(self) -> bool:
        return self.detail == DETAIL_SUMMARY

    def wants(self, section: str) -> bool:
        return section in self.sections

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for key in ("first", "last"):
            data[key] = data[key].isoformat() if data[key] else None
        for key in ("campaign_ids", "segment_ids", "sections"):
            data[key] = list(data[key]) if data[key] is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ExportOptions:
        """Rebuilds options saved by :meth:`to_dict`, ignoring anything unknown or damaged."""
        if not isinstance(data, Mapping):
            return cls()
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            try:
                if f.name in ("first", "last"):
                    value = date.fromisoformat(value) if value else None
                elif f.name in ("campaign_ids", "segment_ids"):
                    value = tuple(int(v) for v in value) if value is not None else None
                elif f.name == "sections":
                    value = tuple(s for s in value if s in SECTIONS)
                elif f.name == "language":
                    value = value if value in ("es", "en") else "es"
                elif f.name == "detail":
                    value = value if value in (DETAIL_FULL, DETAIL_SUMMARY) else DETAIL_FULL
                else:
                    value = str(value)
            except (TypeError, ValueError):
                continue
            kwargs[f.name] = value
        return cls(**kwargs)


# ---------------------------------------------------------------------------- report rows
@dataclass(frozen=True)
class ApprovalInfo:
    kind: ApprovalKind
    who: str
    at: datetime
    comment: str = ""


@dataclass(frozen=True)
class Figures:
    """The executive-summary numbers."""

    campaigns: int = 0
    communications: int = 0
    employees: int = 0
    reached: int = 0
    front_line: int = 0
    front_line_reached: int = 0
    values: int = 0
    values_covered: int = 0
    least_covered_value: str = ""
    open_risks: int = 0
    serious_risks: int = 0
    two_way_share: float = 0.0
    segments: int = 0
    goals: int = 0
    goals_served: int = 0
    surveys: int = 0

    @property
    def reached_share(self) -> float:
        return self.reached / self.employees if self.employees else 0.0

    @property
    def front_line_share(self) -> float:
        return self.front_line_reached / self.front_line if self.front_line else 0.0


@dataclass(frozen=True)
class CommRow:
    """One dated communication (one occurrence of a series) in the period."""

    start: datetime
    title: str
    campaign: str
    campaign_id: int
    channel: str
    two_way: bool
    segments: str
    message: str
    status: Status
    owner: str
    channel_kind: ChannelKind | None = None


@dataclass(frozen=True)
class GoalEntry:
    goal: BusinessGoal
    campaigns: tuple[str, ...]
    communications: int


@dataclass(frozen=True)
class ValueEntry:
    value: CorporateValue
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    communications: int
    months_covered: int
    score: float


@dataclass(frozen=True)
class SegmentEntry:
    segment: Segment
    size: int
    share: float
    front_line: int
    # Attribute name → [(value, count)], most common first, small groups left out.
    profile: dict[str, list[tuple[str, int]]]
    campaigns: tuple[str, ...]
    communications: int

    @property
    def needs(self) -> list[tuple[str, int]]:
        return self.profile.get("needs", [])

    @property
    def expectations(self) -> list[tuple[str, int]]:
        return self.profile.get("expectations", [])


@dataclass(frozen=True)
class CampaignEntry:
    campaign: Campaign
    goals: tuple[str, ...]
    values: tuple[tuple[str, ValueWeight], ...]
    segments: tuple[str, ...]
    channels: tuple[str, ...]
    comms: tuple[CommRow, ...]
    first: date | None
    last: date | None


@dataclass(frozen=True)
class MonthEntry:
    month: date
    communications: int
    campaigns: int
    channels: tuple[tuple[str, int], ...]
    highlights: tuple[str, ...]
    two_way: int


@dataclass(frozen=True)
class ChannelEntry:
    channel: Channel
    communications: int
    share: float


@dataclass(frozen=True)
class KpiEntry:
    goal: str
    kpi: str
    target: str
    due: date | None


@dataclass(frozen=True)
class ResultEntry:
    metric: str
    value: float
    when: date
    group: str  # "" = whole organisation
    respondents: int | None
    source: str


@dataclass(frozen=True)
class SurveyEntry:
    when: datetime
    title: str
    campaign: str
    channel: str
    segments: str


@dataclass(frozen=True)
class RiskEntry:
    kind: str
    severity: str  # "error", "warning" or "info"
    message: str
    day: date | None = None
    # The kind as the conflict service names it in the report's language ("" = use kind).
    label: str = ""
    # Who is affected, e.g. "Operaciones 120, Ventas 80 · Madrid 150".
    detail: str = ""
    # People affected (overloads) or communications involved: ranks the worst case first.
    count: int = 0

    @property
    def serious(self) -> bool:
        return severity_rank(self.severity) == 0


@dataclass(frozen=True)
class KeyDate:
    day: date
    kind: str  # "campaign_start", "critical", "goal_due", "blackout", "survey"
    text: str


@dataclass
class PlanReport:
    """Plain data of one plan document; see the module docstring."""

    options: ExportOptions
    first: date
    last: date
    generated: datetime
    settings: WorkspaceSettings
    organisation: str
    title: str
    approval: ApprovalInfo | None
    figures: Figures
    goals: list[GoalEntry] = field(default_factory=list)
    values: list[ValueEntry] = field(default_factory=list)
    months: list[date] = field(default_factory=list)
    # coverage[value index][month index]: weighted communications promoting the value.
    coverage: list[list[float]] = field(default_factory=list)
    segments: list[SegmentEntry] = field(default_factory=list)
    campaigns: list[CampaignEntry] = field(default_factory=list)
    month_rows: list[MonthEntry] = field(default_factory=list)
    channels: list[ChannelEntry] = field(default_factory=list)
    kpis: list[KpiEntry] = field(default_factory=list)
    surveys: list[SurveyEntry] = field(default_factory=list)
    results: list[ResultEntry] = field(default_factory=list)
    hidden_results: int = 0
    risks: list[RiskEntry] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    blackouts: list[Blackout] = field(default_factory=list)
    comms: list[CommRow] = field(default_factory=list)
    # What the listening log heard in the period and what was done (None: no log service).
    heard: HeardDigest | None = None

    @property
    def language(self) -> str:
        return self.options.language

    @property
    def is_empty(self) -> bool:
        return not self.campaigns and not self.comms


# ---------------------------------------------------------------------------- helpers
def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def months_between(first: date, last: date) -> list[date]:
    out: list[date] = []
    current = month_start(first)
    while current <= last:
        out.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return out


def default_period(ws: Workspace, today: date | None = None) -> tuple[date, date]:
    """Whole months spanning the planned campaigns and communications, else this year."""
    today = today or date.today()
    days: list[date] = []
    for campaign in ws.campaigns.list():
        days.extend(d for d in (campaign.start, campaign.end) if d)
    comms = ws.communications.list()
    for comm in comms:
        days.append(comm.start.date())
        if comm.recurrence:
            from ..domain.recurrence import series_dates

            tail = series_dates(comm, limit=400)
            if tail:
                days.append(tail[-1].date())
    if not days:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return month_start(min(days)), month_end(max(days))


# ---------------------------------------------------------------------------- segments
def _condition_matches(employee: Employee, cond: Mapping[str, Any]) -> bool:
    name = str(cond.get("field", ""))
    op = cond.get("op")
    expected = cond.get("value")
    if name.startswith("attr:"):
        actual: Any = employee.attributes.get(name[5:], "")
    elif name == "start_date":
        actual = employee.start_date.isoformat() if employee.start_date else ""
    else:
        actual = getattr(employee, name, "")
    if op in ("has", "lacks"):
        tags = {str(t).casefold() for t in (actual or ())}
        present = str(expected).casefold() in tags
        return present if op == "has" else not present
    if isinstance(actual, bool) or name == "customer_facing":
        wanted = expected if isinstance(expected, bool) else str(expected).lower() == "true"
        return bool(actual) == wanted if op == "eq" else bool(actual) != wanted
    text = "" if actual is None else str(actual)
    if op == "eq":
        return text.casefold() == str(expected).casefold()
    if op in ("in", "not_in"):
        inside = text.casefold() in {str(v).casefold() for v in (expected or ())}
        return inside if op == "in" else not inside
    if op == "contains":
        return str(expected).casefold() in text.casefold()
    if op == "before":
        return bool(text) and text < str(expected)
    if op == "after":
        return bool(text) and text > str(expected)
    return False


def rule_matches(employee: Employee, rule: Mapping[str, Any] | None) -> bool:
    """Evaluates the segment rule JSON of CONTRACTS.md for one employee."""
    if not rule:
        return False
    if "all" in rule:
        return all(rule_matches(employee, r) for r in rule["all"])
    if "any" in rule:
        return any(rule_matches(employee, r) for r in rule["any"])
    if "not" in rule:
        return not rule_matches(employee, rule["not"])
    return _condition_matches(employee, rule)


class _StaticMembers:
    """``member_ids`` over memberships computed here, for the conflict service."""

    def __init__(self, members: dict[int, frozenset[int]]) -> None:
        self._members = members

    def member_ids(self, segment_id: int) -> Any:
        import numpy as np

        return np.array(sorted(self._members.get(segment_id, ())), dtype=np.int64)


def segmentation_source(ws: Workspace) -> Any:
    """The segmentation service of the workspace, or None while it does not exist."""
    try:
        from .segmentation import SegmentationService  # type: ignore[import-not-found]
    except ImportError:
        return None
    return SegmentationService(ws)


def _matcher() -> Any:
    """The domain's rule evaluator when present, else this module's (same JSON contract)."""
    try:
        from ..domain import rules  # type: ignore[attr-defined]

        def match(employee: Employee, rule: Mapping[str, Any] | None) -> bool:
            return bool(rule) and rules.matches(rules.from_dict(rule), employee)

        rules.matches  # noqa: B018 - fails early when the module lacks the evaluator
        return match
    except (ImportError, AttributeError):
        return rule_matches


class _StaticMembers:
    """``member_ids`` over memberships computed here, for the conflict service."""

    def __init__(self, members: dict[int, frozenset[int]]) -> None:
        self._members = members

    def member_ids(self, segment_id: int) -> Any:
        import numpy as np

        return np.array(sorted(self._members.get(segment_id, ())), dtype=np.int64)


def _segment_members(
    ws: Workspace,
    source: Any,
    segments: list[Segment],
    employees: dict[int, Employee],
) -> dict[int, frozenset[int]]:
    """Active members of each segment, from the segmentation service when it exists."""
    match = _matcher()
    members: dict[int, frozenset[int]] = {}
    for segment in segments:
        assert segment.id is not None
        if source is not None and hasattr(source, "member_ids"):
            ids = frozenset(int(i) for i in source.member_ids(segment.id))
        else:
            matched = {eid for eid, emp in employees.items() if match(emp, segment.rule)} | {
                i for i in segment.include_ids if i in employees
            }
            ids = frozenset(matched - set(segment.exclude_ids))
        members[segment.id] = ids
    return members


_PROFILE_FIELDS = (
    "position",
    "function",
    "department",
    "location",
    "interests",
    "needs",
    "expectations",
)


def _profile(
    member_ids: Iterable[int], employees: dict[int, Employee], threshold: int, top: int = 5
) -> dict[str, list[tuple[str, int]]]:
    counters: dict[str, Counter[str]] = {name: Counter() for name in _PROFILE_FIELDS}
    for eid in member_ids:
        emp = employees.get(eid)
        if emp is None:
            continue
        for name in ("position", "function", "department", "location"):
            value = getattr(emp, name)
            if value:
                counters[name][value] += 1
        for name in ("interests", "needs", "expectations"):
            counters[name].update(getattr(emp, name))
    # Groups smaller than the anonymity threshold are never shown.
    return {
        name: [(v, n) for v, n in counter.most_common() if n >= threshold][:top]
        for name, counter in counters.items()
    }


# ---------------------------------------------------------------------------- conflicts
def _conflicts_from_service(
    ws: Workspace, service: Any, members: Any, first: date, last: date, language: str
) -> list[RiskEntry] | None:
    """Open conflicts from the calendar's conflict service, when it is available."""
    if service is None:
        try:
            from .conflicts import ConflictService  # type: ignore[import-not-found]
        except ImportError:
            return None
        service = ConflictService(ws, members=members)
    check = getattr(service, "check", None)
    if not callable(check):
        return None
    from ..i18n import catalog

    translate = catalog(language).translate
    try:
        from .conflicts import KIND_LABELS  # type: ignore[import-not-found]
    except ImportError:
        KIND_LABELS = {}  # noqa: N806 - mirrors the other module's constant
    found = check(first, last, language=language)
    risks = []
    for item in getattr(found, "conflicts", found) or ():
        day = getattr(item, "first_day", None) or getattr(item, "day", None)
        if isinstance(day, datetime):
            day = day.date()
        message = item.message(translate) if callable(getattr(item, "message", None)) else ""
        breakdown = getattr(item, "breakdown_text", None)
        detail = breakdown(translate) if callable(breakdown) else ""
        kind = getattr(item, "kind", "")
        label = KIND_LABELS.get(kind)
        risks.append(
            RiskEntry(
                kind=str(kind),
                severity=str(getattr(item, "severity", "warning")),
                message=str(message),
                day=day if isinstance(day, date) else None,
                label=translate("conflicts", label) if label else "",
                detail=str(detail),
                count=int(getattr(item, "count", 0) or 0),
            )
        )
    return risks


def _compute_conflicts(
    settings: WorkspaceSettings,
    rows: list[CommRow],
    channels: dict[int, Channel],
    comm_channel: dict[int, int | None],
    comm_targets: dict[int, tuple[int, ...]],
    comm_keys: list[tuple[int, datetime]],
    segment_names: dict[int, str],
    blackouts: list[Blackout],
    first: date,
    last: date,
) -> list[RiskEntry]:
    """Audience overload, channel capacity, blackouts and public holidays, computed here."""
    risks: list[RiskEntry] = []
    per_segment_week: Counter[tuple[int, date]] = Counter()
    per_channel_day: Counter[tuple[int, date]] = Counter()
    for comm_id, start in comm_keys:
        day = start.date()
        week = day - timedelta(days=(day.weekday() - settings.week_start) % 7)
        for seg in comm_targets.get(comm_id, ()):
            per_segment_week[(seg, week)] += 1
        channel_id = comm_channel.get(comm_id)
        if channel_id is not None:
            per_channel_day[(channel_id, day)] += 1
    for (seg, week), count in sorted(per_segment_week.items(), key=lambda kv: kv[0][1]):
        if count > settings.weekly_cap:
            risks.append(
                RiskEntry(
                    "audience_overload",
                    "error" if count > settings.weekly_cap * 1.5 else "warning",
                    f"{segment_names.get(seg, '?')}: {count} / {settings.weekly_cap}",
                    week,
                    count=count,
                )
            )
    for (channel_id, day), count in sorted(per_channel_day.items(), key=lambda kv: kv[0][1]):
        cap = channels[channel_id].daily_capacity if channel_id in channels else None
        if cap is not None and count > cap:
            risks.append(
                RiskEntry(
                    "channel_capacity",
                    "warning",
                    f"{channels[channel_id].name}: {count} / {cap}",
                    day,
                )
            )
    holiday_names: dict[date, str] = {}
    try:
        import holidays

        years = range(first.year, last.year + 1)
        try:
            calendar_ = holidays.country_holidays(
                settings.country, subdiv=settings.region, years=years
            )
        except (NotImplementedError, KeyError, ValueError):
            calendar_ = holidays.country_holidays(settings.country, years=years)
        holiday_names = dict(calendar_.items())
    except (ImportError, NotImplementedError, KeyError, ValueError):
        holiday_names = {}
    for row in rows:
        if row.status in _CLOSED:
            continue
        day = row.start.date()
        for blackout in blackouts:
            if blackout.contains(day):
                risks.append(RiskEntry("blackout", "error", f"{row.title} · {blackout.name}", day))
                break
        else:
            if day in holiday_names:
                risks.append(
                    RiskEntry("holiday", "warning", f"{row.title} · {holiday_names[day]}", day)
                )
    return risks


# ---------------------------------------------------------------------------- assembly
def build_plan_report(
    ws: Workspace,
    options: ExportOptions,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    conflicts: Any = None,
    members_source: Any = None,
    feedback: Any = None,
) -> PlanReport:
    """Reads the workspace and gathers everything the plan document shows.

    ``conflicts`` is the conflict service (``hub.conflicts``), ``members_source`` anything
    with ``member_ids(segment_id)`` (``hub.segmentation``) and ``feedback`` the listening
    log (``hub.feedback``); all are found or computed here when not given.
    """
    progress = progress or Progress()
    settings = ws.settings.load()
    if options.first and options.last:
        first, last = options.first, options.last
    else:
        default_first, default_last = default_period(ws)
        first = options.first or default_first
        last = options.last or default_last
    if last < first:
        first, last = last, first
    progress.step(0, 100)

    values = ws.values.list()
    goals = ws.goals.list()
    channels = {c.id: c for c in ws.channels.list() if c.id is not None}
    all_segments = ws.segments.list()
    segment_by_id = {s.id: s for s in all_segments if s.id is not None}
    campaigns_all = ws.campaigns.list()
    selected_campaigns = [
        c
        for c in campaigns_all
        if options.campaign_ids is None or c.id in set(options.campaign_ids)
    ]
    wanted_segments = set(options.segment_ids) if options.segment_ids is not None else None
    campaign_by_id = {c.id: c for c in selected_campaigns}
    progress.step(5, 100)

    # Occurrences of every communication of the selected campaigns inside the period.
    comms_by_campaign: dict[int, list[Communication]] = defaultdict(list)
    for comm in ws.communications.list():
        if comm.campaign_id in campaign_by_id:
            comms_by_campaign[comm.campaign_id].append(comm)
    rows: list[CommRow] = []
    comm_keys: list[tuple[int, datetime]] = []
    comm_targets: dict[int, tuple[int, ...]] = {}
    comm_channel: dict[int, int | None] = {}
    rows_by_campaign: dict[int, list[CommRow]] = defaultdict(list)
    targets_by_campaign: dict[int, set[int]] = defaultdict(set)
    total_campaigns = max(len(selected_campaigns), 1)
    for done, campaign in enumerate(selected_campaigns):
        if done % 20 == 0:
            progress.step(5 + 25 * done // total_campaigns, 100)
        assert campaign.id is not None
        for comm in comms_by_campaign.get(campaign.id, ()):
            if comm.status in _CLOSED:
                continue
            targets = comm.segment_ids or campaign.segment_ids
            if wanted_segments is not None and not (set(targets) & wanted_segments):
                continue
            found = occurrences(comm, first, last)
            if not found:
                continue
            assert comm.id is not None
            channel = channels.get(comm.channel_id) if comm.channel_id is not None else None
            seg_text = ", ".join(segment_by_id[s].name for s in targets if s in segment_by_id)
            comm_targets[comm.id] = tuple(targets)
            comm_channel[comm.id] = comm.channel_id
            targets_by_campaign[campaign.id].update(targets)
            for occ in found:
                row = CommRow(
                    start=occ.start,
                    title=comm.title,
                    campaign=campaign.name,
                    campaign_id=campaign.id,
                    channel=channel.name if channel else "",
                    two_way=bool(channel and channel.two_way),
                    segments=seg_text,
                    message=comm.message_brief,
                    status=comm.status,
                    owner=comm.owner or campaign.owner,
                    channel_kind=channel.kind if channel else None,
                )
                rows.append(row)
                rows_by_campaign[campaign.id].append(row)
                comm_keys.append((comm.id, occ.start))
    rows.sort(key=lambda r: (r.start, r.campaign, r.title))
    progress.step(30, 100)

    # Campaigns shown: those with communications in the period or whose dates overlap it.
    def overlaps(c: Campaign) -> bool:
        if c.id in rows_by_campaign:
            return True
        if c.status in _CLOSED:
            return False
        if wanted_segments is not None and not (set(c.segment_ids) & wanted_segments):
            return False
        if c.start is None and c.end is None:
            return False
        return (c.start or first) <= last and (c.end or last) >= first

    shown = [c for c in selected_campaigns if overlaps(c)]
    value_names = {v.id: v.name for v in values}
    goal_names = {g.id: g.name for g in goals}
    campaign_entries: list[CampaignEntry] = []
    for campaign in shown:
        assert campaign.id is not None
        crow = sorted(rows_by_campaign.get(campaign.id, ()), key=lambda r: r.start)
        channel_names = tuple(dict.fromkeys(r.channel for r in crow if r.channel))
        targets = list(dict.fromkeys([*campaign.segment_ids, *targets_by_campaign[campaign.id]]))
        campaign_entries.append(
            CampaignEntry(
                campaign=campaign,
                goals=tuple(goal_names[g] for g in campaign.goal_ids if g in goal_names),
                values=tuple(
                    (value_names[v], ValueWeight(w))
                    for v, w in sorted(
                        campaign.value_weights.items(),
                        key=lambda kv: (ValueWeight(kv[1]) != ValueWeight.PRIMARY, kv[0]),
                    )
                    if v in value_names
                ),
                segments=tuple(segment_by_id[s].name for s in targets if s in segment_by_id),
                channels=channel_names,
                comms=tuple(crow),
                first=crow[0].start.date() if crow else campaign.start,
                last=crow[-1].start.date() if crow else campaign.end,
            )
        )
    campaign_entries.sort(
        key=lambda e: (e.first or e.campaign.start or first, e.campaign.name.casefold())
    )
    progress.step(40, 100)

    # Audiences: membership, reach and profiles.
    employees = {e.id: e for e in ws.employees.iter_all() if e.id is not None}
    progress.step(55, 100)
    segments_shown = [s for s in all_segments if wanted_segments is None or s.id in wanted_segments]
    targeted_ids = {s for ts in comm_targets.values() for s in ts}
    source = members_source if members_source is not None else segmentation_source(ws)
    members = _segment_members(
        ws,
        source,
        [s for s in all_segments if s.id in targeted_ids or s in segments_shown],
        employees,
    )
    progress.step(70, 100)
    reached: set[int] = set()
    for seg in targeted_ids:
        reached |= members.get(seg, frozenset())
    front_line_ids = {eid for eid, e in employees.items() if e.customer_facing}
    total = len(employees)
    segment_campaigns: dict[int, list[str]] = defaultdict(list)
    segment_comms: Counter[int] = Counter()
    for entry in campaign_entries:
        cid = entry.campaign.id
        for seg in dict.fromkeys([*entry.campaign.segment_ids, *targets_by_campaign[cid]]):
            segment_campaigns[seg].append(entry.campaign.name)
    for comm_id, _start in comm_keys:
        for seg in comm_targets.get(comm_id, ()):
            segment_comms[seg] += 1
    threshold = settings.anonymity_threshold
    segment_entries = []
    for seg in segments_shown:
        ids = members.get(seg.id, frozenset())
        segment_entries.append(
            SegmentEntry(
                segment=seg,
                size=len(ids),
                share=len(ids) / total if total else 0.0,
                front_line=len(ids & front_line_ids),
                profile=_profile(ids, employees, threshold),
                campaigns=tuple(segment_campaigns.get(seg.id, ())),
                communications=segment_comms.get(seg.id, 0),
            )
        )
    segment_entries.sort(key=lambda e: (-e.size, e.segment.name.casefold()))
    progress.step(75, 100)

    # Values coverage: weighted communications per value and month.
    months = months_between(first, last)
    month_index = {m: i for i, m in enumerate(months)}
    coverage = [[0.0] * len(months) for _ in values]
    value_index = {v.id: i for i, v in enumerate(values)}
    value_comms: Counter[int] = Counter()
    for row in rows:
        campaign = campaign_by_id[row.campaign_id]
        mi = month_index.get(month_start(row.start.date()))
        for vid, weight in campaign.value_weights.items():
            if vid in value_index and mi is not None:
                coverage[value_index[vid]][mi] += ValueWeight(weight).factor
                value_comms[vid] += 1
    value_entries = []
    for value in values:
        primary = tuple(
            e.campaign.name
            for e in campaign_entries
            if e.campaign.value_weights.get(value.id) == ValueWeight.PRIMARY
        )
        secondary = tuple(
            e.campaign.name
            for e in campaign_entries
            if e.campaign.value_weights.get(value.id) == ValueWeight.SECONDARY
        )
        line = coverage[value_index[value.id]]
        value_entries.append(
            ValueEntry(
                value=value,
                primary=primary,
                secondary=secondary,
                communications=value_comms.get(value.id, 0),
                months_covered=sum(1 for x in line if x > 0),
                score=sum(line),
            )
        )

    # Goals and the campaigns serving them.
    goal_entries = []
    for goal in goals:
        serving = [e for e in campaign_entries if goal.id in e.campaign.goal_ids]
        goal_entries.append(
            GoalEntry(
                goal=goal,
                campaigns=tuple(e.campaign.name for e in serving),
                communications=sum(len(e.comms) for e in serving),
            )
        )

    # Month by month.
    month_rows = []
    by_month: dict[date, list[CommRow]] = defaultdict(list)
    for row in rows:
        by_month[month_start(row.start.date())].append(row)
    for month in months:
        mrows = by_month.get(month, [])
        channel_counts = Counter(r.channel for r in mrows if r.channel)
        ranked = sorted(
            {r.campaign_id: r for r in mrows}.values(),
            key=lambda r: (
                _PRIORITY_RANK.get(campaign_by_id[r.campaign_id].priority, 2),
                r.start,
            ),
        )
        month_rows.append(
            MonthEntry(
                month=month,
                communications=len(mrows),
                campaigns=len({r.campaign_id for r in mrows}),
                channels=tuple(channel_counts.most_common(3)),
                highlights=tuple(r.campaign for r in ranked[:3]),
                two_way=sum(1 for r in mrows if r.two_way),
            )
        )

    # Channel mix.
    per_channel: Counter[int] = Counter()
    for comm_id, _start in comm_keys:
        ch = comm_channel.get(comm_id)
        if ch is not None:
            per_channel[ch] += 1
    total_rows = len(rows)
    channel_entries = [
        ChannelEntry(channels[ch], n, n / total_rows if total_rows else 0.0)
        for ch, n in per_channel.most_common()
    ]
    two_way = sum(1 for r in rows if r.two_way)
    progress.step(80, 100)

    # Measurement plan.
    kpis = [KpiEntry(g.name, g.kpi, g.target, g.due_date) for g in goals if g.kpi or g.target]
    surveys = [
        SurveyEntry(r.start, r.title, r.campaign, r.channel, r.segments)
        for r in rows
        if r.channel_kind == ChannelKind.SURVEY
    ]
    from .dashboard import AnonymityGuard

    # The dashboard's guard: group size and respondents both count, as on screen.
    sizes = source if source is not None and hasattr(source, "size") else None
    guard = AnonymityGuard.for_workspace(ws, sizes)
    results, hidden = _latest_results(ws.measurements.list(), segment_by_id, guard, last)
    if feedback is None:
        from .feedback_log import FeedbackLogService

        feedback = FeedbackLogService(ws, members=sizes)
    heard = feedback.heard_and_done(first, last, campaign_ids=options.campaign_ids)

    # Risks: open conflicts.
    blackouts = ws.blackouts.overlapping(first, last)
    adapter = source if source is not None else _StaticMembers(members)
    risks = _conflicts_from_service(ws, conflicts, adapter, first, last, options.language)
    if risks is None:
        risks = _compute_conflicts(
            settings,
            rows,
            channels,
            comm_channel,
            comm_targets,
            comm_keys,
            {s.id: s.name for s in all_segments if s.id is not None},
            blackouts,
            first,
            last,
        )
    risks.sort(key=lambda r: (severity_rank(r.severity), r.day or first))
    progress.step(90, 100)

    # Key dates.
    key_dates: list[KeyDate] = []
    for entry in campaign_entries:
        c = entry.campaign
        if (
            c.start
            and first <= c.start <= last
            and c.priority in (Priority.HIGH, Priority.CRITICAL)
        ):
            key_dates.append(KeyDate(c.start, "campaign_start", c.name))
    for row in rows:
        campaign = campaign_by_id[row.campaign_id]
        if campaign.priority == Priority.CRITICAL and row.channel_kind in (
            ChannelKind.TOWN_HALL,
            ChannelKind.MEETING,
        ):
            key_dates.append(KeyDate(row.start.date(), "critical", f"{row.title} ({row.campaign})"))
    for goal in goals:
        if goal.due_date and first <= goal.due_date <= last:
            key_dates.append(KeyDate(goal.due_date, "goal_due", goal.name))
    for blackout in blackouts:
        key_dates.append(KeyDate(max(blackout.start, first), "blackout", blackout.name))
    for survey in surveys[:6]:
        key_dates.append(KeyDate(survey.when.date(), "survey", survey.title))
    seen: set[tuple[date, str]] = set()
    unique_dates = []
    for kd in sorted(key_dates, key=lambda k: k.day):
        if (kd.day, kd.text) not in seen:
            seen.add((kd.day, kd.text))
            unique_dates.append(kd)

    approved_or_latest = ws.approvals.latest()
    approval = (
        ApprovalInfo(
            approved_or_latest.kind,
            approved_or_latest.who,
            approved_or_latest.at,
            approved_or_latest.comment,
        )
        if approved_or_latest
        else None
    )

    covered = [v for v in value_entries if v.communications]
    least = min(value_entries, key=lambda v: (v.score, v.value.position), default=None)
    figures = Figures(
        campaigns=len(campaign_entries),
        communications=len(rows),
        employees=total,
        reached=len(reached),
        front_line=len(front_line_ids),
        front_line_reached=len(reached & front_line_ids),
        values=len(values),
        values_covered=len(covered),
        least_covered_value=least.value.name if least and values else "",
        open_risks=len(risks),
        serious_risks=sum(1 for r in risks if r.serious),
        two_way_share=two_way / total_rows if total_rows else 0.0,
        segments=len(segment_entries),
        goals=len(goals),
        goals_served=sum(1 for g in goal_entries if g.campaigns),
        surveys=len(surveys),
    )
    progress.step(100, 100)
    return PlanReport(
        options=options,
        first=first,
        last=last,
        generated=now or datetime.now(),
        settings=settings,
        organisation=settings.organisation,
        title=settings.plan_title,
        approval=approval,
        figures=figures,
        goals=goal_entries,
        values=value_entries,
        months=months,
        coverage=coverage,
        segments=segment_entries,
        campaigns=campaign_entries,
        month_rows=month_rows,
        channels=channel_entries,
        kpis=kpis,
        surveys=surveys,
        results=results,
        hidden_results=hidden,
        risks=risks,
        key_dates=unique_dates,
        blackouts=blackouts,
        comms=rows,
        heard=heard,
    )


def _latest_results(
    measurements: list[Measurement],
    segments: dict[int | None, Segment],
    guard: Any,
    last: date,
) -> tuple[list[ResultEntry], int]:
    """The latest result per metric and group up to ``last``; small groups are withheld.

    ``guard`` is the dashboard's ``AnonymityGuard``: a group result (segment or attribute
    group) is shown only when neither its respondents nor the group's size are known to be
    under the threshold and at least one of them is known; organisation-wide results are
    shown unless they are known to come from fewer respondents than the threshold.
    """
    latest: dict[tuple[str, str], Measurement] = {}
    for m in measurements:
        if m.date > last:
            continue
        if m.segment_id is not None:
            group = segments[m.segment_id].name if m.segment_id in segments else "?"
        elif m.group_attribute:
            group = f"{m.group_attribute} = {m.group_value or ''}"
        else:
            group = ""
        key = (m.metric, group)
        if key not in latest or (m.date, m.id or 0) >= (latest[key].date, latest[key].id or 0):
            latest[key] = m
    shown: list[ResultEntry] = []
    hidden = 0
    for (metric, group), m in sorted(
        latest.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1])
    ):
        if not guard.allows_measurement(m):
            hidden += 1
            continue
        shown.append(ResultEntry(metric, m.value, m.date, group, m.respondents, m.source))
    return shown, hidden


class PlanReportService:
    """Builds :class:`PlanReport` objects and remembers the export options of a workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def build(self, options: ExportOptions, progress: Progress | None = None) -> PlanReport:
        return build_plan_report(self._ws, options, progress)

    def default_period(self) -> tuple[date, date]:
        return default_period(self._ws)


# ---------------------------------------------------------------------------- dates per language
class DateFormat:
    """Dates written the way each language writes them ("3 de marzo de 2025", "3 March 2025")."""

    def __init__(self, language: str) -> None:
        from ..i18n import catalog

        cat = catalog(language)
        self.language = language
        self.months = (
            cat.translate("export", "January"),
            cat.translate("export", "February"),
            cat.translate("export", "March"),
            cat.translate("export", "April"),
            cat.translate("export", "May"),
            cat.translate("export", "June"),
            cat.translate("export", "July"),
            cat.translate("export", "August"),
            cat.translate("export", "September"),
            cat.translate("export", "October"),
            cat.translate("export", "November"),
            cat.translate("export", "December"),
        )
        # Both languages abbreviate months to their first three letters (ene, feb … / Jan …).
        self.short_months = tuple(name[:3] for name in self.months)

    def long(self, day: date) -> str:
        if self.language == "es":
            return f"{day.day} de {self.months[day.month - 1]} de {day.year}"
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def short(self, day: date) -> str:
        """Compact form for tables: "03/03/2025" in Spanish, "3 Mar 2025" in English."""
        if self.language == "es":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day} {self.short_months[day.month - 1]} {day.year}"

    def month(self, day: date) -> str:
        name = self.months[day.month - 1]
        name = name[:1].upper() + name[1:]
        return f"{name} {day.year}"

    def month_short(self, day: date, with_year: bool = False) -> str:
        name = self.short_months[day.month - 1]
        name = name[:1].upper() + name[1:]
        return f"{name} {day.year % 100:02d}" if with_year else name

    def time(self, moment: datetime) -> str:
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def period(self, first: date, last: date) -> str:
        return f"{self.long(first)} – {self.long(last)}"
