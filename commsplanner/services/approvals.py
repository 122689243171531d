"""Plan approvals: who signed what and when, and what changed since.

"Submit for approval" and "Record approval" store an :class:`~commsplanner.domain.Approval`
with who, when, a comment and a JSON snapshot of the plan as it stood. A later
:meth:`ApprovalService.diff_since_last_approval` compares that snapshot with the plan now
and answers leadership's question, "what changed since we signed?", in plain sentences:
campaigns added, removed or renamed, dates moved, audiences, values and goals changed,
communications added, removed or moved, status changes.

The snapshot (version 1)::

    {"version": 1,
     "names": {"segments": {"3": "Cajeros"}, "channels": {…}, "values": {…}, "goals": {…}},
     "campaigns": [{"id", "name", "status", "priority", "owner", "start", "end",
                    "segment_ids", "goal_ids", "value_weights": {"1": "primary"}}],
     "communications": [{"id", "campaign_id", "title", "start", "duration_minutes",
                         "channel_id", "segment_ids", "status", "recurrence",
                         "skipped_dates"}]}

Names are kept in the snapshot so that the diff can still name what was deleted since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain import (
    Approval,
    ApprovalKind,
    CommsPlannerError,
    EntityKind,
    Priority,
    Status,
    ValidationError,
    ValueWeight,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from .planning import (
    PRIORITY_LABELS,
    STATUS_LABELS,
    WEIGHT_LABELS,
    PlanEdit,
    clean_name,
    recording,
)
from .recurrence_rules import UNTRANSLATED, Translator, describe_rule

if TYPE_CHECKING:
    from ..storage import Workspace

SNAPSHOT_VERSION = 1
DIFF_CONTEXT = "plan_diff"


class NoApprovalError(CommsPlannerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The plan has never been approved, so there is nothing to compare it with. "
                "Record an approval first.",
            )
        )


# ----------------------------------------------------------------------------- snapshot
def _ids(values: Iterable[int]) -> list[int]:
    return [int(v) for v in values]


def take_snapshot(ws: Workspace) -> dict[str, Any]:
    """The plan as it stands, as JSON-ready data."""
    campaigns = ws.campaigns.list()
    comms = ws.communications.list()
    return {
        "version": SNAPSHOT_VERSION,
        "names": {
            "segments": {str(s.id): s.name for s in ws.segments.list()},
            "channels": {str(c.id): c.name for c in ws.channels.list()},
            "values": {str(v.id): v.name for v in ws.values.list()},
            "goals": {str(g.id): g.name for g in ws.goals.list()},
        },
        "campaigns": [
            {
                "id": c.id,
                "name": c.name,
                "status": c.status.value,
                "priority": c.priority.value,
                "owner": c.owner,
                "start": c.start.isoformat() if c.start else None,
                "end": c.end.isoformat() if c.end else None,
                "segment_ids": _ids(c.segment_ids),
                "goal_ids": _ids(c.goal_ids),
                "value_weights": {str(k): ValueWeight(w).value for k, w in c.value_weights.items()},
            }
            for c in campaigns
        ],
        "communications": [
            {
                "id": m.id,
                "campaign_id": m.campaign_id,
                "title": m.title,
                "start": m.start.isoformat(timespec="minutes"),
                "duration_minutes": m.duration_minutes,
                "channel_id": m.channel_id,
                "segment_ids": _ids(m.segment_ids),
                "status": m.status.value,
                "recurrence": m.recurrence,
                "skipped_dates": [d.isoformat() for d in m.skipped_dates],
            }
            for m in comms
        ],
    }


# ----------------------------------------------------------------------------- diff
# Parameters that are translated or formatted when the line is written out.
@dataclass(frozen=True)
class _StatusParam:
    status: str


@dataclass(frozen=True)
class _PriorityParam:
    priority: str


@dataclass(frozen=True)
class _DateParam:
    value: str | None  # ISO date or None (open)


@dataclass(frozen=True)
class _DateTimeParam:
    value: str  # ISO date and time


@dataclass(frozen=True)
class _NamesParam:
    names: tuple[str, ...]
    empty: str  # the (translatable) text for an empty list


@dataclass(frozen=True)
class _RuleParam:
    rule: str | None
    start: str


@dataclass(frozen=True)
class _WeightLabel:
    weight: str


@dataclass(frozen=True)
class _DateList:
    days: tuple[str, ...]


@dataclass(frozen=True)
class DiffEntry:
    """One change, as a translatable sentence (context ``plan_diff``) and its parameters."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(
        self,
        tr: Translator = UNTRANSLATED,
        *,
        format_date: Callable[[date], str] = date.isoformat,
        format_datetime: Callable[[datetime], str] = lambda d: d.strftime("%Y-%m-%d %H:%M"),
    ) -> str:
        def render(value: Any) -> Any:
            if isinstance(value, _StatusParam):
                return tr.translate("status", STATUS_LABELS[Status(value.status)])
            if isinstance(value, _PriorityParam):
                return tr.translate("priority", PRIORITY_LABELS[Priority(value.priority)])
            if isinstance(value, _DateParam):
                return format_date(date.fromisoformat(value.value)) if value.value else "…"
            if isinstance(value, _DateTimeParam):
                return format_datetime(datetime.fromisoformat(value.value))
            if isinstance(value, _NamesParam):
                if not value.names:
                    return tr.translate(DIFF_CONTEXT, value.empty)
                quoted = tr.translate("plan_diff", "“{name}”")
                return ", ".join(quoted.format(name=n) for n in value.names)
            if isinstance(value, _WeightLabel):
                return tr.translate("value_weight", WEIGHT_LABELS[ValueWeight(value.weight)])
            if isinstance(value, _DateList):
                return ", ".join(format_date(date.fromisoformat(d)) for d in value.days)
            if isinstance(value, _RuleParam):
                return describe_rule(
                    value.rule,
                    datetime.fromisoformat(value.start),
                    tr,
                    format_date=format_date,
                )
            return value

        params = {k: render(v) for k, v in self.params.items()}
        template = tr.translate(DIFF_CONTEXT, self.template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)


_T = {
    "campaign_added": QT_TRANSLATE_NOOP(
        "plan_diff", "Campaign added: “{name}” ({start} – {end}), {count} communication(s)."
    ),
    "campaign_removed": QT_TRANSLATE_NOOP(
        "plan_diff", "Campaign removed: “{name}” ({start} – {end})."
    ),
    "campaign_renamed": QT_TRANSLATE_NOOP("plan_diff", "Campaign renamed: “{old}” → “{new}”."),
    "campaign_dates": QT_TRANSLATE_NOOP(
        "plan_diff",
        "“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.",
    ),
    "campaign_status": QT_TRANSLATE_NOOP(
        "plan_diff", "“{name}”: status changed from {old} to {new}."
    ),
    "campaign_priority": QT_TRANSLATE_NOOP(
        "plan_diff", "“{name}”: priority changed from {old} to {new}."
    ),
    "campaign_owner": QT_TRANSLATE_NOOP(
        "plan_diff", "“{name}”: owner changed from {old} to {new}."
    ),
    "segments_added": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: segments added: {names}."),
    "segments_removed": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: segments removed: {names}."),
    "values_added": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: values added: {names}."),
    "values_removed": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: values removed: {names}."),
    "value_weight": QT_TRANSLATE_NOOP(
        "plan_diff", "“{name}”: value “{value}” changed from {old} to {new}."
    ),
    "goals_added": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: goals added: {names}."),
    "goals_removed": QT_TRANSLATE_NOOP("plan_diff", "“{name}”: goals removed: {names}."),
    "comm_added": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: communication added: “{title}” on {when}."
    ),
    "comm_removed": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: communication removed: “{title}” (was on {when})."
    ),
    "comm_moved_campaign": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” moved here from campaign “{old}”."
    ),
    "comm_renamed": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: communication renamed: “{old}” → “{new}”."
    ),
    "comm_moved": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” moved from {old} to {new}."
    ),
    "comm_status": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” status changed from {old} to {new}."
    ),
    "comm_channel": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” channel changed from {old} to {new}."
    ),
    "comm_segments": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” audience changed from {old} to {new}."
    ),
    "comm_recurrence": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”."
    ),
    "comm_skipped": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” no longer takes place on {days}."
    ),
    "comm_unskipped": QT_TRANSLATE_NOOP(
        "plan_diff", "“{campaign}”: “{title}” takes place again on {days}."
    ),
}
_NO_CHANNEL = QT_TRANSLATE_NOOP("plan_diff", "no channel")
_CAMPAIGN_AUDIENCE = QT_TRANSLATE_NOOP("plan_diff", "the campaign's segments")
_NOBODY = QT_TRANSLATE_NOOP("plan_diff", "nobody")
_NONE = QT_TRANSLATE_NOOP("plan_diff", "none")


def _entry(code: str, **params: Any) -> DiffEntry:
    return DiffEntry(code, _T[code], params)


def _names(ids: Iterable[Any], *tables: dict[str, str], empty: str = _NONE) -> _NamesParam:
    out = []
    for i in ids:
        key = str(i)
        out.append(next((t[key] for t in tables if key in t), f"#{key}"))
    return _NamesParam(tuple(out), empty)


def _person(name: str) -> _NamesParam:
    return _NamesParam((name,) if name else (), _NOBODY)


def _campaign_key(c: dict[str, Any]) -> tuple[Any, ...]:
    return (c.get("start") is None, c.get("start") or "", c["name"].casefold(), c["id"])


def diff_snapshots(old: dict[str, Any], new: dict[str, Any]) -> list[DiffEntry]:
    """What changed from ``old`` to ``new`` (two :func:`take_snapshot` results), in the
    order people read it: removed campaigns, added campaigns, then each changed campaign
    with its communications (by date)."""
    names_old = old.get("names", {})
    names_new = new.get("names", {})

    def table(kind: str) -> tuple[dict[str, str], dict[str, str]]:
        return names_new.get(kind, {}), names_old.get(kind, {})

    segments, channels, values, goals = (
        table(k) for k in ("segments", "channels", "values", "goals")
    )
    old_campaigns = {c["id"]: c for c in old.get("campaigns", [])}
    new_campaigns = {c["id"]: c for c in new.get("campaigns", [])}
    old_comms = {m["id"]: m for m in old.get("communications", [])}
    new_comms = {m["id"]: m for m in new.get("communications", [])}
    comms_by_campaign: dict[int, list[dict[str, Any]]] = {}
    for comm in new_comms.values():
        comms_by_campaign.setdefault(comm["campaign_id"], []).append(comm)
    old_by_campaign: dict[int, list[dict[str, Any]]] = {}
    for comm in old_comms.values():
        old_by_campaign.setdefault(comm["campaign_id"], []).append(comm)

    entries: list[DiffEntry] = []
    for cid in sorted(
        set(old_campaigns) - set(new_campaigns), key=lambda i: _campaign_key(old_campaigns[i])
    ):
        c = old_campaigns[cid]
        entries.append(
            _entry(
                "campaign_removed",
                name=c["name"],
                start=_DateParam(c.get("start")),
                end=_DateParam(c.get("end")),
            )
        )
    for cid in sorted(
        set(new_campaigns) - set(old_campaigns), key=lambda i: _campaign_key(new_campaigns[i])
    ):
        c = new_campaigns[cid]
        entries.append(
            _entry(
                "campaign_added",
                name=c["name"],
                start=_DateParam(c.get("start")),
                end=_DateParam(c.get("end")),
                count=len(comms_by_campaign.get(cid, [])),
            )
        )
    for cid in sorted(
        set(new_campaigns) & set(old_campaigns), key=lambda i: _campaign_key(new_campaigns[i])
    ):
        before, after = old_campaigns[cid], new_campaigns[cid]
        name = after["name"]
        if before["name"] != name:
            entries.append(_entry("campaign_renamed", old=before["name"], new=name))
        if (before.get("start"), before.get("end")) != (after.get("start"), after.get("end")):
            entries.append(
                _entry(
                    "campaign_dates",
                    name=name,
                    old_start=_DateParam(before.get("start")),
                    old_end=_DateParam(before.get("end")),
                    new_start=_DateParam(after.get("start")),
                    new_end=_DateParam(after.get("end")),
                )
            )
        if before["status"] != after["status"]:
            entries.append(
                _entry(
                    "campaign_status",
                    name=name,
                    old=_StatusParam(before["status"]),
                    new=_StatusParam(after["status"]),
                )
            )
        if before.get("priority") != after.get("priority"):
            entries.append(
                _entry(
                    "campaign_priority",
                    name=name,
                    old=_PriorityParam(before["priority"]),
                    new=_PriorityParam(after["priority"]),
                )
            )
        if before.get("owner", "") != after.get("owner", ""):
            entries.append(
                _entry(
                    "campaign_owner",
                    name=name,
                    old=_person(before.get("owner", "")),
                    new=_person(after.get("owner", "")),
                )
            )
        entries.extend(_added_removed(name, before, after, "segment_ids", "segments", segments))
        entries.extend(_value_changes(name, before, after, values))
        entries.extend(_added_removed(name, before, after, "goal_ids", "goals", goals))
        entries.extend(
            _communication_changes(
                name,
                cid,
                old_by_campaign.get(cid, []),
                comms_by_campaign.get(cid, []),
                old_comms,
                old_campaigns,
                segments,
                channels,
            )
        )
    return entries


def _added_removed(
    name: str,
    before: dict[str, Any],
    after: dict[str, Any],
    key: str,
    code: str,
    names: tuple[dict[str, str], dict[str, str]],
) -> list[DiffEntry]:
    old_ids, new_ids = list(before.get(key, [])), list(after.get(key, []))
    added = [i for i in new_ids if i not in old_ids]
    removed = [i for i in old_ids if i not in new_ids]
    out = []
    if added:
        out.append(_entry(f"{code}_added", name=name, names=_names(added, *names)))
    if removed:
        out.append(_entry(f"{code}_removed", name=name, names=_names(removed, *names)))
    return out


def _value_changes(
    name: str,
    before: dict[str, Any],
    after: dict[str, Any],
    names: tuple[dict[str, str], dict[str, str]],
) -> list[DiffEntry]:
    old, new = before.get("value_weights", {}), after.get("value_weights", {})
    out = []
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    if added:
        out.append(_entry("values_added", name=name, names=_names(added, *names)))
    if removed:
        out.append(_entry("values_removed", name=name, names=_names(removed, *names)))
    for key in new:
        if key in old and old[key] != new[key]:
            out.append(
                _entry(
                    "value_weight",
                    name=name,
                    value=_names([key], *names).names[0],
                    old=_WeightLabel(old[key]),
                    new=_WeightLabel(new[key]),
                )
            )
    return out


def _comm_key(m: dict[str, Any]) -> tuple[Any, ...]:
    return (m["start"], m["title"].casefold(), m["id"])


def _communication_changes(
    campaign: str,
    campaign_id: int,
    before: list[dict[str, Any]],
    after: list[dict[str, Any]],
    all_old: dict[int, dict[str, Any]],
    old_campaigns: dict[int, dict[str, Any]],
    segments: tuple[dict[str, str], dict[str, str]],
    channels: tuple[dict[str, str], dict[str, str]],
) -> list[DiffEntry]:
    out: list[DiffEntry] = []
    old_ids = {m["id"] for m in before}
    new_ids = {m["id"] for m in after}
    for m in sorted((m for m in before if m["id"] not in new_ids), key=_comm_key):
        out.append(
            _entry(
                "comm_removed",
                campaign=campaign,
                title=m["title"],
                when=_DateTimeParam(m["start"]),
            )
        )
    for m in sorted(after, key=_comm_key):
        if m["id"] not in old_ids:
            previous = all_old.get(m["id"])
            if previous is None:
                out.append(
                    _entry(
                        "comm_added",
                        campaign=campaign,
                        title=m["title"],
                        when=_DateTimeParam(m["start"]),
                    )
                )
                continue
            moved_from = old_campaigns.get(previous["campaign_id"], {}).get("name", "?")
            out.append(
                _entry("comm_moved_campaign", campaign=campaign, title=m["title"], old=moved_from)
            )
        else:
            previous = next(p for p in before if p["id"] == m["id"])
        out.extend(_one_communication(campaign, previous, m, segments, channels))
    return out


def _one_communication(
    campaign: str,
    old: dict[str, Any],
    new: dict[str, Any],
    segments: tuple[dict[str, str], dict[str, str]],
    channels: tuple[dict[str, str], dict[str, str]],
) -> list[DiffEntry]:
    out = []
    title = new["title"]
    if old["title"] != title:
        out.append(_entry("comm_renamed", campaign=campaign, old=old["title"], new=title))
    if old["start"] != new["start"]:
        out.append(
            _entry(
                "comm_moved",
                campaign=campaign,
                title=title,
                old=_DateTimeParam(old["start"]),
                new=_DateTimeParam(new["start"]),
            )
        )
    if old["status"] != new["status"]:
        out.append(
            _entry(
                "comm_status",
                campaign=campaign,
                title=title,
                old=_StatusParam(old["status"]),
                new=_StatusParam(new["status"]),
            )
        )
    if old.get("channel_id") != new.get("channel_id"):
        out.append(
            _entry(
                "comm_channel",
                campaign=campaign,
                title=title,
                old=_names(
                    [old["channel_id"]] if old.get("channel_id") else [],
                    *channels,
                    empty=_NO_CHANNEL,
                ),
                new=_names(
                    [new["channel_id"]] if new.get("channel_id") else [],
                    *channels,
                    empty=_NO_CHANNEL,
                ),
            )
        )
    if list(old.get("segment_ids", [])) != list(new.get("segment_ids", [])):
        out.append(
            _entry(
                "comm_segments",
                campaign=campaign,
                title=title,
                old=_names(old.get("segment_ids", []), *segments, empty=_CAMPAIGN_AUDIENCE),
                new=_names(new.get("segment_ids", []), *segments, empty=_CAMPAIGN_AUDIENCE),
            )
        )
    if (old.get("recurrence") or None) != (new.get("recurrence") or None):
        out.append(
            _entry(
                "comm_recurrence",
                campaign=campaign,
                title=title,
                old=_RuleParam(old.get("recurrence"), old["start"]),
                new=_RuleParam(new.get("recurrence"), new["start"]),
            )
        )
    old_skipped, new_skipped = set(old.get("skipped_dates", [])), set(new.get("skipped_dates", []))
    if new_skipped - old_skipped:
        out.append(
            _entry(
                "comm_skipped",
                campaign=campaign,
                title=title,
                days=_DateList(tuple(sorted(new_skipped - old_skipped))),
            )
        )
    if old_skipped - new_skipped:
        out.append(
            _entry(
                "comm_unskipped",
                campaign=campaign,
                title=title,
                days=_DateList(tuple(sorted(old_skipped - new_skipped))),
            )
        )
    return out


@dataclass
class PlanDiff:
    """The changes since an approval."""

    approval: Approval
    entries: list[DiffEntry]

    def lines(
        self,
        tr: Translator = UNTRANSLATED,
        *,
        format_date: Callable[[date], str] = date.isoformat,
        format_datetime: Callable[[datetime], str] = lambda d: d.strftime("%Y-%m-%d %H:%M"),
    ) -> list[str]:
        return [
            e.format(tr, format_date=format_date, format_datetime=format_datetime)
            for e in self.entries
        ]

    def __bool__(self) -> bool:
        return bool(self.entries)


# ----------------------------------------------------------------------------- service
class ApprovalService:
    """Submissions and approvals of the plan, and the diff since the last approval."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        #: When approvals happen; replaceable in tests.
        self.clock: Callable[[], datetime] = lambda: datetime.now().replace(second=0, microsecond=0)

    def snapshot(self) -> dict[str, Any]:
        return take_snapshot(self._ws)

    def history(self) -> list[Approval]:
        """Every submission and approval, newest first."""
        return list(reversed(self._ws.approvals.list()))

    def last_approval(self) -> Approval | None:
        return self._ws.approvals.latest(ApprovalKind.APPROVED)

    def last_event(self) -> Approval | None:
        """The latest submission, approval or rejection."""
        return self._ws.approvals.latest()

    def _record(self, kind: ApprovalKind, who: str, comment: str, at: datetime | None) -> PlanEdit:
        who = clean_name(who)
        if not who:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say who is signing: the record needs a name."),
                field="who",
            )
        if kind is not ApprovalKind.SUBMITTED and not comment.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Add a comment to the approval (what was approved, on which conditions).",
                ),
                field="comment",
            )
        approval = Approval(
            kind=kind,
            who=who,
            at=(at or self.clock()).replace(second=0, microsecond=0),
            comment=comment.strip(),
            snapshot=self.snapshot(),
        )
        with recording(self._ws) as rec:
            rec.add(EntityKind.APPROVAL, approval)
        return rec.edit  # type: ignore[return-value]

    def submit(self, who: str, comment: str = "", *, at: datetime | None = None) -> PlanEdit:
        """Records that the plan was submitted for approval (with a snapshot of it)."""
        return self._record(ApprovalKind.SUBMITTED, who, comment, at)

    def record_approval(
        self, who: str, comment: str, *, approved: bool = True, at: datetime | None = None
    ) -> PlanEdit:
        """Records leadership's decision on the plan as it stands now."""
        kind = ApprovalKind.APPROVED if approved else ApprovalKind.REJECTED
        return self._record(kind, who, comment, at)

    def diff_since(self, approval: Approval) -> PlanDiff:
        return PlanDiff(approval, diff_snapshots(approval.snapshot, self.snapshot()))

    def diff_since_last_approval(self) -> PlanDiff:
        """What changed since the plan was last approved; :class:`NoApprovalError` if never."""
        approval = self.last_approval()
        if approval is None:
            raise NoApprovalError()
        return self.diff_since(approval)

    def diff_since_submission(self) -> PlanDiff | None:
        """What changed since the latest submission (None when never submitted)."""
        submitted = self._ws.approvals.latest(ApprovalKind.SUBMITTED)
        return self.diff_since(submitted) if submitted else None
