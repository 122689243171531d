"""Planning: corporate values, business goals, channels, campaigns, communications, blackouts.

Every edit returns a :class:`PlanEdit`: the :class:`~commsplanner.domain.Changes` it made,
the ordered steps (each item before and after) that :meth:`PlanningService.undo` and
:meth:`PlanningService.redo` replay, and the warnings worth showing (a communication outside
its campaign's dates is allowed, but said). Refused edits raise a translatable
:class:`~commsplanner.domain.ValidationError` or :class:`~commsplanner.domain.WorkflowError`
and leave the workspace as it was.

Campaigns and communications follow the status workflow of
:func:`commsplanner.domain.allowed_transitions`; each change of status is recorded as a
:class:`~commsplanner.domain.StatusChange` (who, when, comment; approvals need a who and a
comment).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Changes,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    EntityKind,
    Priority,
    Segment,
    Status,
    StatusChange,
    ValidationError,
    ValueWeight,
    WorkflowError,
    allowed_transitions,
    can_transition,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.recurrence import Occurrence, occurrences, series_dates
from ..storage import planning_refs
from .recurrence_rules import (
    RecurrenceSpec,
    daily_rule,
    describe,
    describe_rule,
    monthly_by_day_rule,
    monthly_by_weekday_rule,
    weekly_rule,
)

if TYPE_CHECKING:
    from ..storage import Workspace

__all__ = [
    "CHANNEL_KIND_LABELS",
    "PRIORITY_LABELS",
    "STATUS_LABELS",
    "STATUS_ORDER",
    "WEIGHT_LABELS",
    "Occurrence",
    "PlanEdit",
    "PlanWarning",
    "PlanningService",
    "RecurrenceSpec",
    "Step",
    "daily_rule",
    "describe",
    "describe_rule",
    "monthly_by_day_rule",
    "monthly_by_weekday_rule",
    "weekly_rule",
]

WARNINGS_CONTEXT = "planning_warnings"

# The order statuses are offered in (workflow order, cancelled last).
STATUS_ORDER: tuple[Status, ...] = (
    Status.IDEA,
    Status.DRAFT,
    Status.IN_REVIEW,
    Status.APPROVED,
    Status.SCHEDULED,
    Status.LIVE,
    Status.DONE,
    Status.CANCELLED,
)
# Labels of the enumerations, translated where shown (contexts "status", "priority",
# "channel_kind", "value_weight"); the UI, the CLI and the approval diff share them.
STATUS_LABELS: dict[Status, str] = {
    Status.IDEA: QT_TRANSLATE_NOOP("status", "Idea"),
    Status.DRAFT: QT_TRANSLATE_NOOP("status", "Draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("status", "In review"),
    Status.APPROVED: QT_TRANSLATE_NOOP("status", "Approved"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("status", "Scheduled"),
    Status.LIVE: QT_TRANSLATE_NOOP("status", "Live"),
    Status.DONE: QT_TRANSLATE_NOOP("status", "Done"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("status", "Cancelled"),
}
PRIORITY_LABELS: dict[Priority, str] = {
    Priority.LOW: QT_TRANSLATE_NOOP("priority", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("priority", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("priority", "High"),
    Priority.CRITICAL: QT_TRANSLATE_NOOP("priority", "Critical"),
}
CHANNEL_KIND_LABELS: dict[ChannelKind, str] = {
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP("channel_kind", "Email"),
    ChannelKind.INTRANET: QT_TRANSLATE_NOOP("channel_kind", "Intranet"),
    ChannelKind.MEETING: QT_TRANSLATE_NOOP("channel_kind", "Meeting"),
    ChannelKind.TOWN_HALL: QT_TRANSLATE_NOOP("channel_kind", "Town hall"),
    ChannelKind.MANAGER_CASCADE: QT_TRANSLATE_NOOP("channel_kind", "Manager cascade"),
    ChannelKind.NEWSLETTER: QT_TRANSLATE_NOOP("channel_kind", "Newsletter"),
    ChannelKind.CHAT: QT_TRANSLATE_NOOP("channel_kind", "Chat"),
    ChannelKind.SIGNAGE: QT_TRANSLATE_NOOP("channel_kind", "Signage"),
    ChannelKind.SURVEY: QT_TRANSLATE_NOOP("channel_kind", "Survey"),
    ChannelKind.OTHER: QT_TRANSLATE_NOOP("channel_kind", "Other"),
}
WEIGHT_LABELS: dict[ValueWeight, str] = {
    ValueWeight.PRIMARY: QT_TRANSLATE_NOOP("value_weight", "Primary"),
    ValueWeight.SECONDARY: QT_TRANSLATE_NOOP("value_weight", "Secondary"),
}
# New campaigns and communications start at the beginning of the workflow.
_INITIAL_STATUSES = frozenset({Status.IDEA, Status.DRAFT})
_OPEN_STATUSES = frozenset(STATUS_ORDER) - {Status.DONE, Status.CANCELLED}


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class PlanWarning:
    """Something allowed but worth a second look. ``template`` is translatable (context
    ``planning_warnings``) and filled with ``params``."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(
        self,
        template: str | None = None,
        *,
        format_date: Callable[[date], str] = date.isoformat,
    ) -> str:
        """The sentence, dates written with ``format_date`` (an open date as "…")."""
        params = {
            key: format_date(value)
            if isinstance(value, date)
            else ("…" if value is None else value)
            for key, value in self.params.items()
        }
        try:
            return (template or self.template).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)


_WARNINGS = {
    "outside_campaign": QT_TRANSLATE_NOOP(
        "planning_warnings",
        "“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).",
    ),
    "series_outside_campaign": QT_TRANSLATE_NOOP(
        "planning_warnings",
        "“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).",
    ),
    "in_blackout": QT_TRANSLATE_NOOP(
        "planning_warnings",
        "“{title}” on {day} falls in the blackout period “{blackout}”.",
    ),
    "campaign_leaves_communications": QT_TRANSLATE_NOOP(
        "planning_warnings",
        "{count} communication(s) of “{campaign}” now fall outside its dates.",
    ),
    "segment_removed_from_communications": QT_TRANSLATE_NOOP(
        "planning_warnings",
        "{count} communication(s) lost their only segment and now reach their campaign's whole audience.",
    ),
}


def _warning(code: str, **params: Any) -> PlanWarning:
    return PlanWarning(code, _WARNINGS[code], params)


@dataclass(frozen=True)
class Step:
    """One item as it was before an edit and as it is after (None: absent)."""

    kind: EntityKind
    before: Any
    after: Any


@dataclass
class PlanEdit:
    """What one edit did: its changes, the steps to undo/redo it and its warnings."""

    changes: Changes
    steps: list[Step] = field(default_factory=list)
    warnings: list[PlanWarning] = field(default_factory=list)

    def created(self, kind: EntityKind) -> list[Any]:
        """The items of ``kind`` this edit created, in creation order."""
        return [s.after for s in self.steps if s.kind == kind and s.before is None and s.after]

    def created_id(self, kind: EntityKind) -> int | None:
        found = self.created(kind)
        return found[0].id if found else None

    def __bool__(self) -> bool:
        return bool(self.steps)


def _copy_changes(changes: Changes) -> Changes:
    out = Changes()
    out.merge(changes)
    return out


# --------------------------------------------------------------------------- recording
_REPOSITORIES = {
    EntityKind.VALUE: "values",
    EntityKind.GOAL: "goals",
    EntityKind.CHANNEL: "channels",
    EntityKind.SEGMENT: "segments",
    EntityKind.CAMPAIGN: "campaigns",
    EntityKind.COMMUNICATION: "communications",
    EntityKind.BLACKOUT: "blackouts",
    EntityKind.APPROVAL: "approvals",
    EntityKind.STATUS_CHANGE: "status_changes",
    EntityKind.MEASUREMENT: "measurements",
    EntityKind.FEEDBACK: "feedback",
    EntityKind.SEQUENCING_RULE: "sequencing_rules",
}


def _repo(ws: Workspace, kind: EntityKind) -> Any:
    return getattr(ws, _REPOSITORIES[kind])


class EditRecorder:
    """Writes items through the repositories and remembers each as a :class:`Step`."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.steps: list[Step] = []
        self.warnings: list[PlanWarning] = []
        self.edit: PlanEdit | None = None

    def add(self, kind: EntityKind, obj: Any) -> Any:
        repo = _repo(self.ws, kind)
        validate = getattr(obj, "validate", None)
        if validate is not None:
            validate()
        with self.ws.transaction():
            new_id = planning_refs.allocate_id(self.ws, repo.table)
            stored = repo.restore(replace(obj, id=new_id))
        self.steps.append(Step(kind, None, stored))
        return stored

    def update(self, kind: EntityKind, obj: Any) -> Any:
        repo = _repo(self.ws, kind)
        before = repo.get(obj.id)
        if before == obj:
            return obj
        repo.update(obj)
        self.steps.append(Step(kind, before, obj))
        return obj

    def delete(self, kind: EntityKind, entity_id: int) -> Any:
        old = _repo(self.ws, kind).delete(entity_id)
        self.steps.append(Step(kind, old, None))
        return old

    def warn(self, warnings: Iterable[PlanWarning]) -> None:
        for warning in warnings:
            if warning not in self.warnings:
                self.warnings.append(warning)


@contextlib.contextmanager
def recording(ws: Workspace) -> Iterator[EditRecorder]:
    """One all-or-nothing edit; ``recorder.edit`` holds its :class:`PlanEdit` afterwards."""
    recorder = EditRecorder(ws)
    with ws.transaction() as changes:
        yield recorder
    recorder.edit = PlanEdit(_copy_changes(changes), recorder.steps, recorder.warnings)


def _put(ws: Workspace, kind: EntityKind, current: Any, target: Any) -> None:
    repo = _repo(ws, kind)
    if target is None:
        repo.delete(current.id)
    elif current is None:
        repo.restore(target)
    else:
        repo.update(target)


def revert_edit(ws: Workspace, edit: PlanEdit) -> Changes:
    """Undoes ``edit``: its steps backwards, each item put back as it was."""
    with ws.transaction() as changes:
        for step in reversed(edit.steps):
            _put(ws, step.kind, step.after, step.before)
    return _copy_changes(changes)


def reapply_edit(ws: Workspace, edit: PlanEdit) -> Changes:
    """Redoes ``edit`` exactly as first done (created items keep their ids)."""
    with ws.transaction() as changes:
        for step in edit.steps:
            _put(ws, step.kind, step.before, step.after)
    return _copy_changes(changes)


# --------------------------------------------------------------------------- validation
_DUPLICATE = {
    EntityKind.VALUE: QT_TRANSLATE_NOOP(
        "errors", "There is already a corporate value called “{name}”; choose another name."
    ),
    EntityKind.GOAL: QT_TRANSLATE_NOOP(
        "errors", "There is already a business goal called “{name}”; choose another name."
    ),
    EntityKind.CHANNEL: QT_TRANSLATE_NOOP(
        "errors", "There is already a channel called “{name}”; choose another name."
    ),
    EntityKind.CAMPAIGN: QT_TRANSLATE_NOOP(
        "errors", "There is already a campaign called “{name}”; choose another name."
    ),
}

# One sentence per target status: says what the item must be first (no status nouns to
# assemble, so every language can phrase it properly).
_REFUSED = {
    Status.IDEA: QT_TRANSLATE_NOOP(
        "errors", "“{name}” can only go back to being an idea while it is a draft."
    ),
    Status.DRAFT: QT_TRANSLATE_NOOP(
        "errors", "“{name}” cannot go back to draft once it is live or done."
    ),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP(
        "errors", "“{name}” can only be sent for review while it is a draft."
    ),
    Status.APPROVED: QT_TRANSLATE_NOOP(
        "errors", "“{name}” can only be approved while it is in review."
    ),
    Status.SCHEDULED: QT_TRANSLATE_NOOP(
        "errors", "“{name}” can only be scheduled once it has been approved."
    ),
    Status.LIVE: QT_TRANSLATE_NOOP("errors", "“{name}” can only go live once it is scheduled."),
    Status.DONE: QT_TRANSLATE_NOOP("errors", "“{name}” can only be marked done while it is live."),
    Status.CANCELLED: QT_TRANSLATE_NOOP(
        "errors", "“{name}” is already done or cancelled, so it cannot be cancelled."
    ),
}


def clean_name(name: str) -> str:
    """Trims a name and collapses runs of spaces ("  Excelencia  operativa " → one space)."""
    return " ".join((name or "").split())


def _check_unique(kind: EntityKind, name: str, existing: Iterable[Any], own_id: int | None) -> None:
    folded = name.casefold()
    for item in existing:
        if item.id != own_id and clean_name(item.name).casefold() == folded:
            raise ValidationError(_DUPLICATE[kind], field="name", name=name)


def check_transition(name: str, current: Status, target: Status) -> None:
    """Raises :class:`WorkflowError` unless ``current`` → ``target`` is an allowed step."""
    current, target = Status(current), Status(target)
    if current == target:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("errors", "“{name}” already has that status."), name=name
        )
    if not can_transition(current, target):
        raise WorkflowError(_REFUSED[target], name=name, current=current.value, target=target.value)


def _check_approval(target: Status, who: str, comment: str) -> None:
    if Status(target) is not Status.APPROVED:
        return
    if not who.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who approved it: the approval needs a name."),
            field="who",
        )
    if not comment.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Add a comment to the approval (what was approved, on which conditions).",
            ),
            field="comment",
        )


def _check_initial_status(status: Status) -> None:
    if Status(status) not in _INITIAL_STATUSES:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "errors",
                "New campaigns and communications start as an idea or a draft; "
                "later statuses are reached through the workflow.",
            )
        )


def _now() -> datetime:
    # Stored to the minute: keeping seconds here would make the stored record differ.
    return datetime.now().replace(second=0, microsecond=0)


# --------------------------------------------------------------------------- the service
class PlanningService:
    """Create, change and delete the parts of a plan, with validation, warnings and undo."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        #: When status changes happen; replaceable in tests.
        self.clock: Callable[[], datetime] = _now

    # ================================================================= reading
    def values(self) -> list[CorporateValue]:
        return self._ws.values.list()

    def goals(self) -> list[BusinessGoal]:
        return self._ws.goals.list()

    def channels(self) -> list[Channel]:
        return sorted(self._ws.channels.list(), key=lambda c: c.name.casefold())

    def segments(self) -> list[Segment]:
        return self._ws.segments.list()

    def campaigns(self) -> list[Campaign]:
        return self._ws.campaigns.list()

    def communications(self, campaign_id: int | None = None) -> list[Communication]:
        if campaign_id is None:
            return self._ws.communications.list()
        return self._ws.communications.for_campaign(campaign_id)

    def blackouts(self) -> list[Blackout]:
        return self._ws.blackouts.list()

    def value(self, value_id: int) -> CorporateValue:
        return self._ws.values.get(value_id)

    def goal(self, goal_id: int) -> BusinessGoal:
        return self._ws.goals.get(goal_id)

    def channel(self, channel_id: int) -> Channel:
        return self._ws.channels.get(channel_id)

    def campaign(self, campaign_id: int) -> Campaign:
        return self._ws.campaigns.get(campaign_id)

    def communication(self, comm_id: int) -> Communication:
        return self._ws.communications.get(comm_id)

    def blackout(self, blackout_id: int) -> Blackout:
        return self._ws.blackouts.get(blackout_id)

    def find_campaign(self, campaign_id: int) -> Campaign | None:
        return self._ws.campaigns.find(campaign_id)

    def find_communication(self, comm_id: int) -> Communication | None:
        return self._ws.communications.find(comm_id)

    def owners(self) -> list[str]:
        """Everyone named as an owner somewhere in the plan, alphabetically."""
        return planning_refs.distinct_owners(self._ws)

    def communication_counts(self) -> dict[int, int]:
        """Communications per campaign id."""
        return planning_refs.communication_counts_by_campaign(self._ws)

    def channel_usage(self) -> dict[int, int]:
        """Communications per channel id."""
        return planning_refs.communication_counts_by_channel(self._ws)

    def value_usage(self, value_id: int) -> list[int]:
        """Ids of the campaigns promoting a value."""
        return planning_refs.referring_ids(self._ws, "campaign_values", "value_id", value_id)

    def goal_usage(self, goal_id: int) -> list[int]:
        """Ids of the campaigns serving a goal."""
        return planning_refs.referring_ids(self._ws, "campaign_goals", "goal_id", goal_id)

    def segment_usage(self, segment_id: int) -> tuple[list[int], list[int]]:
        """(campaign ids, communication ids) that target a segment."""
        return (
            planning_refs.referring_ids(self._ws, "campaign_segments", "segment_id", segment_id),
            planning_refs.referring_ids(
                self._ws, "communication_segments", "segment_id", segment_id
            ),
        )

    def status_history(self, kind: EntityKind, entity_id: int) -> list[StatusChange]:
        return self._ws.status_changes.history(kind, entity_id)

    @staticmethod
    def allowed_statuses(current: Status) -> list[Status]:
        """The statuses reachable from ``current`` in one step, in workflow order."""
        allowed = allowed_transitions(current)
        return [s for s in STATUS_ORDER if s in allowed]

    def occurrences_between(
        self, first: date, last: date, *, include_cancelled: bool = True
    ) -> list[Occurrence]:
        """Every occurrence of every communication on ``first``…``last`` (both included),
        series expanded on demand, by start time."""
        found: list[Occurrence] = []
        for comm in self._ws.communications.list():
            if not include_cancelled and comm.status is Status.CANCELLED:
                continue
            found.extend(occurrences(comm, first, last))
        found.sort(key=lambda o: (o.start, o.communication.id or 0, o.index))
        return found

    # ================================================================= undo / redo
    def undo(self, edit: PlanEdit) -> Changes:
        """Puts back what ``edit`` changed (any edit of this module, templates, approvals)."""
        return revert_edit(self._ws, edit)

    def redo(self, edit: PlanEdit) -> Changes:
        return reapply_edit(self._ws, edit)

    # ================================================================= values
    def add_value(self, value: CorporateValue) -> PlanEdit:
        """Adds a value; without a position it goes last."""
        value = replace(value, name=clean_name(value.name))
        value.validate()
        existing = self._ws.values.list()
        _check_unique(EntityKind.VALUE, value.name, existing, None)
        if value.position <= 0:
            value = replace(value, position=max((v.position for v in existing), default=-1) + 1)
        with recording(self._ws) as rec:
            rec.add(EntityKind.VALUE, value)
        return rec.edit  # type: ignore[return-value]

    def update_value(self, value: CorporateValue) -> PlanEdit:
        value = replace(value, name=clean_name(value.name))
        value.validate()
        _check_unique(EntityKind.VALUE, value.name, self._ws.values.list(), value.id)
        with recording(self._ws) as rec:
            rec.update(EntityKind.VALUE, value)
        return rec.edit  # type: ignore[return-value]

    def delete_value(self, value_id: int, *, detach: bool = False) -> PlanEdit:
        """Deletes a value. Campaigns promoting it refuse the delete, unless ``detach``
        removes it from them first."""
        with recording(self._ws) as rec:
            if detach:
                for campaign_id in self.value_usage(value_id):
                    campaign = self._ws.campaigns.get(campaign_id)
                    weights = {k: w for k, w in campaign.value_weights.items() if k != value_id}
                    rec.update(EntityKind.CAMPAIGN, replace(campaign, value_weights=weights))
            rec.delete(EntityKind.VALUE, value_id)
        return rec.edit  # type: ignore[return-value]

    def reorder_values(self, ordered_ids: Sequence[int]) -> PlanEdit:
        """Gives the values the order of ``ordered_ids`` (ids not listed keep their turn after)."""
        values = self._ws.values.list()
        by_id = {v.id: v for v in values}
        order = [i for i in dict.fromkeys(ordered_ids) if i in by_id]
        order += [v.id for v in values if v.id not in order]
        with recording(self._ws) as rec:
            for position, value_id in enumerate(order):
                value = by_id[value_id]
                if value.position != position:
                    rec.update(EntityKind.VALUE, replace(value, position=position))
        return rec.edit  # type: ignore[return-value]

    def move_value(self, value_id: int, offset: int) -> PlanEdit:
        """Moves a value up (negative ``offset``) or down the list."""
        ids = [v.id for v in self._ws.values.list()]
        index = ids.index(value_id)
        target = min(max(index + offset, 0), len(ids) - 1)
        ids.insert(target, ids.pop(index))
        return self.reorder_values(ids)  # type: ignore[arg-type]

    # ================================================================= goals
    def add_goal(self, goal: BusinessGoal) -> PlanEdit:
        goal = replace(goal, name=clean_name(goal.name))
        goal.validate()
        _check_unique(EntityKind.GOAL, goal.name, self._ws.goals.list(), None)
        with recording(self._ws) as rec:
            rec.add(EntityKind.GOAL, goal)
        return rec.edit  # type: ignore[return-value]

    def update_goal(self, goal: BusinessGoal) -> PlanEdit:
        goal = replace(goal, name=clean_name(goal.name))
        goal.validate()
        _check_unique(EntityKind.GOAL, goal.name, self._ws.goals.list(), goal.id)
        with recording(self._ws) as rec:
            rec.update(EntityKind.GOAL, goal)
        return rec.edit  # type: ignore[return-value]

    def delete_goal(self, goal_id: int, *, detach: bool = False) -> PlanEdit:
        with recording(self._ws) as rec:
            if detach:
                for campaign_id in self.goal_usage(goal_id):
                    campaign = self._ws.campaigns.get(campaign_id)
                    goals = tuple(g for g in campaign.goal_ids if g != goal_id)
                    rec.update(EntityKind.CAMPAIGN, replace(campaign, goal_ids=goals))
            rec.delete(EntityKind.GOAL, goal_id)
        return rec.edit  # type: ignore[return-value]

    # ================================================================= channels
    def add_channel(self, channel: Channel) -> PlanEdit:
        channel = replace(channel, name=clean_name(channel.name))
        channel.validate()
        _check_unique(EntityKind.CHANNEL, channel.name, self._ws.channels.list(), None)
        with recording(self._ws) as rec:
            rec.add(EntityKind.CHANNEL, channel)
        return rec.edit  # type: ignore[return-value]

    def update_channel(self, channel: Channel) -> PlanEdit:
        channel = replace(channel, name=clean_name(channel.name))
        channel.validate()
        _check_unique(EntityKind.CHANNEL, channel.name, self._ws.channels.list(), channel.id)
        with recording(self._ws) as rec:
            rec.update(EntityKind.CHANNEL, channel)
        return rec.edit  # type: ignore[return-value]

    def _reassign_channel(self, rec: EditRecorder, old: int, new: int | None) -> None:
        if new is not None:
            self._ws.channels.get(new)  # refuses a channel that does not exist
        for comm_id in planning_refs.referring_ids(self._ws, "communications", "channel_id", old):
            comm = self._ws.communications.get(comm_id)
            rec.update(EntityKind.COMMUNICATION, replace(comm, channel_id=new))

    def reassign_channel(self, old: int, new: int | None) -> PlanEdit:
        """Moves every communication of channel ``old`` to ``new`` (None: no channel)."""
        if old == new:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a different channel to move them to.")
            )
        with recording(self._ws) as rec:
            self._reassign_channel(rec, old, new)
        return rec.edit  # type: ignore[return-value]

    def delete_channel(
        self, channel_id: int, *, reassign: bool = False, reassign_to: int | None = None
    ) -> PlanEdit:
        """Deletes a channel. While communications use it the delete is refused, unless
        ``reassign`` moves them to ``reassign_to`` (None: no channel) in the same edit."""
        if reassign and reassign_to == channel_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a different channel to move them to.")
            )
        with recording(self._ws) as rec:
            if reassign:
                self._reassign_channel(rec, channel_id, reassign_to)
            self._detach_soft(rec, EntityKind.FEEDBACK, "feedback", "channel_id", channel_id)
            rec.delete(EntityKind.CHANNEL, channel_id)
        return rec.edit  # type: ignore[return-value]

    def _detach_soft(
        self, rec: EditRecorder, kind: EntityKind, table: str, column: str, entity_id: int
    ) -> None:
        """Clears references SQLite would set to NULL anyway, so that undo can restore them."""
        repo = _repo(self._ws, kind)
        for item_id in planning_refs.referring_ids(self._ws, table, column, entity_id):
            item = repo.get(item_id)
            rec.update(kind, replace(item, **{column: None}))

    def _keep_segment_label(self, rec: EditRecorder, segment_id: int) -> None:
        """Results and feedback of a deleted segment keep naming it as their group.

        Dropping the link alone would make a segment's survey scores look like the whole
        organisation's; as ``segment = <name>`` they stay attributed (and undo puts the link back).
        """
        name = self._ws.segments.get(segment_id).name
        for kind, table in (
            (EntityKind.FEEDBACK, "feedback"),
            (EntityKind.MEASUREMENT, "measurements"),
        ):
            repo = _repo(self._ws, kind)
            for item_id in planning_refs.referring_ids(self._ws, table, "segment_id", segment_id):
                item = repo.get(item_id)
                label = {"group_attribute": "segment", "group_value": name}
                if item.group_attribute:
                    label = {}
                rec.update(kind, replace(item, segment_id=None, **label))

    # ================================================================= segments
    def reassign_segment(self, old: int, new: int | None) -> PlanEdit:
        """Targets ``new`` instead of ``old`` wherever ``old`` is targeted (None: drop it)."""
        if old == new:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a different segment to move them to.")
            )
        with recording(self._ws) as rec:
            self._reassign_segment(rec, old, new)
        return rec.edit  # type: ignore[return-value]

    def _reassign_segment(self, rec: EditRecorder, old: int, new: int | None) -> None:
        if new is not None:
            self._ws.segments.get(new)

        def swapped(ids: tuple[int, ...]) -> tuple[int, ...]:
            out = [new if i == old else i for i in ids]
            return tuple(dict.fromkeys(i for i in out if i is not None))

        campaign_ids, comm_ids = self.segment_usage(old)
        for campaign_id in campaign_ids:
            campaign = self._ws.campaigns.get(campaign_id)
            rec.update(
                EntityKind.CAMPAIGN, replace(campaign, segment_ids=swapped(campaign.segment_ids))
            )
        emptied = 0
        for comm_id in comm_ids:
            comm = self._ws.communications.get(comm_id)
            segments = swapped(comm.segment_ids)
            emptied += not segments
            rec.update(EntityKind.COMMUNICATION, replace(comm, segment_ids=segments))
        if emptied:
            rec.warn([_warning("segment_removed_from_communications", count=emptied)])

    def delete_segment(
        self, segment_id: int, *, reassign: bool = False, reassign_to: int | None = None
    ) -> PlanEdit:
        """Deletes a segment; while targeted, refused unless ``reassign`` moves its campaigns
        and communications to ``reassign_to`` (None: they stop targeting it) first."""
        with recording(self._ws) as rec:
            if reassign:
                self._reassign_segment(rec, segment_id, reassign_to)
            self._keep_segment_label(rec, segment_id)
            rec.delete(EntityKind.SEGMENT, segment_id)
        return rec.edit  # type: ignore[return-value]

    # ================================================================= campaigns
    def _clean_campaign(self, campaign: Campaign) -> Campaign:
        messages = tuple(m.strip() for m in campaign.key_messages if m and m.strip())
        weights = {int(k): ValueWeight(w) for k, w in campaign.value_weights.items()}
        campaign = replace(
            campaign,
            name=clean_name(campaign.name),
            owner=clean_name(campaign.owner),
            key_messages=messages,
            value_weights=weights,
            goal_ids=tuple(dict.fromkeys(campaign.goal_ids)),
            segment_ids=tuple(dict.fromkeys(campaign.segment_ids)),
        )
        campaign.validate()
        return campaign

    def add_campaign(
        self,
        campaign: Campaign,
        communications: Sequence[Communication] = (),
        *,
        who: str = "",
    ) -> PlanEdit:
        """Adds a campaign, optionally with its communications (their campaign id is set)."""
        campaign = self._clean_campaign(campaign)
        _check_initial_status(campaign.status)
        _check_unique(EntityKind.CAMPAIGN, campaign.name, self._ws.campaigns.list(), None)
        with recording(self._ws) as rec:
            stored = rec.add(EntityKind.CAMPAIGN, campaign)
            self._record_status(rec, EntityKind.CAMPAIGN, stored.id, None, stored.status, who)
            for comm in communications:
                self._add_communication(rec, replace(comm, campaign_id=stored.id), who)
        return rec.edit  # type: ignore[return-value]

    def update_campaign(self, campaign: Campaign, *, who: str = "", comment: str = "") -> PlanEdit:
        """Saves an edited campaign. A different status goes through the workflow."""
        campaign = self._clean_campaign(campaign)
        before = self._ws.campaigns.get(campaign.id)  # type: ignore[arg-type]
        _check_unique(EntityKind.CAMPAIGN, campaign.name, self._ws.campaigns.list(), campaign.id)
        if campaign.status != before.status:
            check_transition(campaign.name, before.status, campaign.status)
            _check_approval(campaign.status, who, comment)
        with recording(self._ws) as rec:
            rec.update(EntityKind.CAMPAIGN, campaign)
            if campaign.status != before.status:
                self._record_status(
                    rec,
                    EntityKind.CAMPAIGN,
                    campaign.id,
                    before.status,
                    campaign.status,
                    who,
                    comment,
                )
            if (campaign.start, campaign.end) != (before.start, before.end):
                outside = self._outside_count(campaign)
                if outside:
                    rec.warn(
                        [
                            _warning(
                                "campaign_leaves_communications",
                                count=outside,
                                campaign=campaign.name,
                            )
                        ]
                    )
        return rec.edit  # type: ignore[return-value]

    def delete_campaign(self, campaign_id: int) -> PlanEdit:
        """Deletes a campaign with its communications (all restored by undo)."""
        with recording(self._ws) as rec:
            for comm in self._ws.communications.for_campaign(campaign_id):
                rec.delete(EntityKind.COMMUNICATION, comm.id)
            self._detach_soft(rec, EntityKind.FEEDBACK, "feedback", "campaign_id", campaign_id)
            self._detach_soft(
                rec, EntityKind.MEASUREMENT, "measurements", "campaign_id", campaign_id
            )
            rec.delete(EntityKind.CAMPAIGN, campaign_id)
        return rec.edit  # type: ignore[return-value]

    def unique_campaign_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)`` … when it is taken."""
        taken = {clean_name(c.name).casefold() for c in self._ws.campaigns.list()}
        base = clean_name(name)
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base} ({number})"
        return candidate

    def campaign_warnings(self, campaign_id: int) -> list[PlanWarning]:
        """Warnings about every communication of a campaign."""
        campaign = self._ws.campaigns.get(campaign_id)
        out: list[PlanWarning] = []
        for comm in self._ws.communications.for_campaign(campaign_id):
            out.extend(self._communication_warnings(comm, campaign))
        return out

    def _outside_count(self, campaign: Campaign) -> int:
        return sum(
            1
            for comm in self._ws.communications.for_campaign(campaign.id)  # type: ignore[arg-type]
            if any(
                w.code in ("outside_campaign", "series_outside_campaign")
                for w in self._date_warnings(comm, campaign)
            )
        )

    # ================================================================= communications
    def _clean_communication(self, comm: Communication) -> Communication:
        recurrence = (comm.recurrence or "").strip() or None
        comm = replace(
            comm,
            title=" ".join((comm.title or "").split()),
            owner=clean_name(comm.owner),
            recurrence=recurrence,
            start=comm.start.replace(second=0, microsecond=0),
            segment_ids=tuple(dict.fromkeys(comm.segment_ids)),
            skipped_dates=tuple(sorted(set(comm.skipped_dates))) if recurrence else (),
        )
        comm.validate()
        return comm

    def communication_warnings(self, comm: Communication) -> list[PlanWarning]:
        """What is worth saying about ``comm`` as it stands (stored or not)."""
        campaign = self._ws.campaigns.find(comm.campaign_id)
        return self._communication_warnings(comm, campaign) if campaign else []

    def _date_warnings(self, comm: Communication, campaign: Campaign) -> list[PlanWarning]:
        if campaign.start is None and campaign.end is None:
            return []
        params = {
            "title": comm.title,
            "campaign": campaign.name,
            "start": campaign.start,
            "end": campaign.end,
        }
        if not comm.recurrence:
            day = comm.start.date()
            if campaign.covers(day):
                return []
            return [_warning("outside_campaign", day=day, **params)]
        limit = 500
        dates = series_dates(comm, limit=limit)
        unbounded = len(dates) >= limit
        outside = [d for d in dates if not campaign.covers(d.date())]
        if outside or (unbounded and campaign.end is not None):
            return [_warning("series_outside_campaign", **params)]
        return []

    def _communication_warnings(self, comm: Communication, campaign: Campaign) -> list[PlanWarning]:
        out = self._date_warnings(comm, campaign)
        if not comm.recurrence:
            day = comm.start.date()
            for period in self._ws.blackouts.overlapping(day, day):
                out.append(_warning("in_blackout", title=comm.title, day=day, blackout=period.name))
        else:
            dates = series_dates(comm, limit=200)
            if dates:
                periods = self._ws.blackouts.overlapping(dates[0].date(), dates[-1].date())
                for period in periods:
                    hit = next((d for d in dates if period.contains(d.date())), None)
                    if hit is not None:
                        out.append(
                            _warning(
                                "in_blackout",
                                title=comm.title,
                                day=hit.date(),
                                blackout=period.name,
                            )
                        )
        return out

    def _add_communication(self, rec: EditRecorder, comm: Communication, who: str) -> Any:
        comm = self._clean_communication(comm)
        _check_initial_status(comm.status)
        stored = rec.add(EntityKind.COMMUNICATION, comm)
        self._record_status(rec, EntityKind.COMMUNICATION, stored.id, None, stored.status, who)
        rec.warn(self.communication_warnings(stored))
        return stored

    def add_communication(self, comm: Communication, *, who: str = "") -> PlanEdit:
        """Adds a communication to its campaign (warnings when it falls outside its dates)."""
        self._ws.campaigns.get(comm.campaign_id)
        with recording(self._ws) as rec:
            self._add_communication(rec, comm, who)
        return rec.edit  # type: ignore[return-value]

    def update_communication(
        self, comm: Communication, *, who: str = "", comment: str = ""
    ) -> PlanEdit:
        """Saves an edited communication. A different status goes through the workflow."""
        comm = self._clean_communication(comm)
        before = self._ws.communications.get(comm.id)  # type: ignore[arg-type]
        if comm.status != before.status:
            check_transition(comm.title, before.status, comm.status)
            _check_approval(comm.status, who, comment)
        with recording(self._ws) as rec:
            rec.update(EntityKind.COMMUNICATION, comm)
            if comm.status != before.status:
                self._record_status(
                    rec,
                    EntityKind.COMMUNICATION,
                    comm.id,
                    before.status,
                    comm.status,
                    who,
                    comment,
                )
            rec.warn(self.communication_warnings(comm))
        return rec.edit  # type: ignore[return-value]

    def delete_communication(self, comm_id: int) -> PlanEdit:
        with recording(self._ws) as rec:
            rec.delete(EntityKind.COMMUNICATION, comm_id)
        return rec.edit  # type: ignore[return-value]

    def skip_occurrence(self, comm_id: int, day: date) -> PlanEdit:
        """Leaves out the occurrence of a series on ``day`` (the rest of the series stays)."""
        comm = self._ws.communications.get(comm_id)
        if not comm.recurrence:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{title}” does not repeat: delete it instead of skipping a date."
                ),
                title=comm.title,
            )
        if day in comm.skipped_dates:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The occurrence of {day} is already skipped."),
                day=day.isoformat(),
            )
        if not occurrences(comm, day, day):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{title}” has no occurrence on {day}."),
                title=comm.title,
                day=day.isoformat(),
            )
        skipped = tuple(sorted({*comm.skipped_dates, day}))
        with recording(self._ws) as rec:
            rec.update(EntityKind.COMMUNICATION, replace(comm, skipped_dates=skipped))
        return rec.edit  # type: ignore[return-value]

    def restore_occurrence(self, comm_id: int, day: date) -> PlanEdit:
        """Brings back a skipped occurrence."""
        comm = self._ws.communications.get(comm_id)
        if day not in comm.skipped_dates:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The occurrence of {day} is not skipped."),
                day=day.isoformat(),
            )
        skipped = tuple(d for d in comm.skipped_dates if d != day)
        with recording(self._ws) as rec:
            rec.update(EntityKind.COMMUNICATION, replace(comm, skipped_dates=skipped))
        return rec.edit  # type: ignore[return-value]

    # ================================================================= blackouts
    def add_blackout(self, blackout: Blackout) -> PlanEdit:
        blackout = replace(blackout, name=clean_name(blackout.name))
        blackout.validate()
        with recording(self._ws) as rec:
            rec.add(EntityKind.BLACKOUT, blackout)
        return rec.edit  # type: ignore[return-value]

    def update_blackout(self, blackout: Blackout) -> PlanEdit:
        blackout = replace(blackout, name=clean_name(blackout.name))
        blackout.validate()
        with recording(self._ws) as rec:
            rec.update(EntityKind.BLACKOUT, blackout)
        return rec.edit  # type: ignore[return-value]

    def delete_blackout(self, blackout_id: int) -> PlanEdit:
        with recording(self._ws) as rec:
            rec.delete(EntityKind.BLACKOUT, blackout_id)
        return rec.edit  # type: ignore[return-value]

    # ================================================================= workflow
    def _record_status(
        self,
        rec: EditRecorder,
        kind: EntityKind,
        entity_id: int,
        before: Status | None,
        after: Status,
        who: str = "",
        comment: str = "",
        at: datetime | None = None,
    ) -> None:
        rec.add(
            EntityKind.STATUS_CHANGE,
            StatusChange(
                kind,
                entity_id,
                before,
                after,
                (at or self.clock()).replace(second=0, microsecond=0),
                clean_name(who),
                comment.strip(),
            ),
        )

    def change_status(
        self,
        kind: EntityKind,
        entity_id: int,
        target: Status,
        *,
        who: str = "",
        comment: str = "",
        at: datetime | None = None,
        cascade: bool = True,
    ) -> PlanEdit:
        """Moves a campaign or a communication one step along the workflow.

        Refused steps raise :class:`WorkflowError`; approving needs ``who`` and ``comment``.
        Cancelling a campaign (with ``cascade``) also cancels its open communications.
        """
        kind, target = EntityKind(kind), Status(target)
        if kind not in (EntityKind.CAMPAIGN, EntityKind.COMMUNICATION):
            raise ValueError(f"{kind} has no status workflow")
        repo = _repo(self._ws, kind)
        item = repo.get(entity_id)
        name = item.name if kind is EntityKind.CAMPAIGN else item.title
        check_transition(name, item.status, target)
        _check_approval(target, who, comment)
        with recording(self._ws) as rec:
            rec.update(kind, replace(item, status=target))
            self._record_status(rec, kind, entity_id, item.status, target, who, comment, at)
            if kind is EntityKind.CAMPAIGN and cascade and target is Status.CANCELLED:
                for comm in self._ws.communications.for_campaign(entity_id):
                    if comm.status in _OPEN_STATUSES:
                        rec.update(EntityKind.COMMUNICATION, replace(comm, status=Status.CANCELLED))
                        self._record_status(
                            rec,
                            EntityKind.COMMUNICATION,
                            comm.id,
                            comm.status,
                            Status.CANCELLED,
                            who,
                            comment,
                            at,
                        )
        return rec.edit  # type: ignore[return-value]
