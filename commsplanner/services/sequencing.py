"""Sequencing rules: keeping them, saying them in words, and checking a plan against them.

:class:`SequencingService` adds, changes and deletes rules as undoable
:class:`~commsplanner.services.planning.PlanEdit` steps. :class:`RuleEvaluator` finds the
violations of every rule in a plan (as conflicts of kind ``sequence``, with a plain-language
message) and re-checks only the rules a moved communication touches, which is what the live
what-if and the balancing need.

What the rules compare (see :mod:`commsplanner.domain.sequencing` for the kinds):

- a communication's position is its *first occurrence* (a one-off: its start); "A before B"
  means A is over (start + duration) when B starts;
- all-staff communications (``SEGMENT_FIRST``) and communications reaching a held-back
  segment (``HOLD_SEGMENT``) are checked on each of their occurrences in the period checked;
- cancelled communications take part in nothing; rules naming a deleted (or cancelled)
  communication, segment or campaign are void.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain import Communication, EntityKind, Status, ValidationError
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.recurrence import series_dates
from ..domain.sequencing import RULE_KIND_LABELS, RuleKind, SequencingRule
from .planning import PlanEdit, Step, reapply_edit, recording, revert_edit
from .working_days import WorkingDays

if TYPE_CHECKING:
    from ..storage import Workspace
    from .conflicts import Conflict

Translate = Callable[[str, str], str]
CONTEXT = "sequencing"


def _no_translation(context: str, text: str) -> str:
    return text


# Conflict messages (context "conflicts", like the other conflict kinds).
_T_LEAD_BEFORE = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{second}” on {second_day} comes before “{first}” ({first_day}); it must come at least "
    "{days} working day(s) after it",
)
_T_LEAD_CLOSE = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{second}” on {second_day} is only {gap} working day(s) after “{first}” ({first_day}); "
    "the rule asks for at least {days}",
)
_T_NOT_BEFORE = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{second}” on {second_day} comes before “{first}” ({first_day}), which must take place first",
)
_T_FIRST_LATE = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{title}” reaches all staff on {day}, before {segment} are briefed in “{briefing}” "
    "({briefing_day})",
)
_T_FIRST_MISSING = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{title}” reaches all staff on {day}, but no communication of “{campaign}” briefs "
    "{segment} first",
)
_T_HOLD = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go "
    "to {segment} before it",
)
_T_HOLD_WINDOW = QT_TRANSLATE_NOOP(
    "conflicts",
    "“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go "
    "to {segment} in the {days} working day(s) before it",
)

# Rules in words (context "sequencing").
_D_LEAD = QT_TRANSLATE_NOOP(
    "sequencing", "“{first}” at least {days} working day(s) before “{second}”"
)
_D_NOT_BEFORE = QT_TRANSLATE_NOOP("sequencing", "“{second}” not before “{first}”")
_D_FIRST = QT_TRANSLATE_NOOP(
    "sequencing", "{segment} briefed before any all-staff communication of “{campaign}”"
)
_D_HOLD = QT_TRANSLATE_NOOP("sequencing", "Nothing to {segment} before “{first}”")
_D_HOLD_CAMPAIGN = QT_TRANSLATE_NOOP(
    "sequencing", "Nothing to {segment} from “{campaign}” before “{first}”"
)
_D_HOLD_WINDOW = QT_TRANSLATE_NOOP(
    "sequencing", "Nothing to {segment} in the {days} working day(s) before “{first}”"
)
_D_HOLD_CAMPAIGN_WINDOW = QT_TRANSLATE_NOOP(
    "sequencing",
    "Nothing to {segment} from “{campaign}” in the {days} working day(s) before “{first}”",
)
_D_MISSING = QT_TRANSLATE_NOOP("sequencing", "#{id} (deleted)")
_D_ANY_CAMPAIGN = QT_TRANSLATE_NOOP("sequencing", "all campaigns")

VOID_REASONS = {
    "communication": QT_TRANSLATE_NOOP("sequencing", "A communication it names was deleted."),
    "cancelled": QT_TRANSLATE_NOOP("sequencing", "A communication it names is cancelled."),
    "segment": QT_TRANSLATE_NOOP("sequencing", "Its segment was deleted."),
    "campaign": QT_TRANSLATE_NOOP("sequencing", "Its campaign was deleted."),
}


# --------------------------------------------------------------------------- facts
@dataclass
class CommFact:
    """What the rules need to know about one communication."""

    id: int
    title: str
    campaign_id: int
    key: tuple[int, ...]  # the audience actually targeted (its segments, else its campaign's)
    duration: timedelta
    recurring: bool
    cancelled: bool
    communication: Communication
    _first: datetime | None = None
    _first_known: bool = False

    @property
    def first(self) -> datetime | None:
        """The start of the first occurrence (None: a series with every date skipped)."""
        if not self._first_known:
            if self.recurring:
                dates = series_dates(self.communication, limit=1)
                self._first = dates[0] if dates else None
            else:
                self._first = self.communication.start
            self._first_known = True
        return self._first


@dataclass
class PlanFacts:
    """The plan as the evaluator sees it: every communication, and the occurrences of those
    in the period checked (``first``…``last``)."""

    comms: dict[int, CommFact]
    occurrences: dict[int, list[datetime]]
    first: date
    last: date
    working: WorkingDays
    overlaps: Callable[[tuple[int, ...], int], bool]
    all_staff: Callable[[tuple[int, ...]], bool]
    segment_names: dict[int, str]
    campaign_names: dict[int, str]

    def in_period(self, day: date) -> bool:
        return self.first <= day <= self.last


# A violation before it becomes a Conflict: (rule id, variant, subject communication, subject
# start, other communication or None, other start or None, number for the message).
Violation = tuple[int, str, int, datetime, int | None, datetime | None, int]
# One moved occurrence: (communication id, old start, new start).
Move = tuple[int, datetime, datetime]


@dataclass
class _HoldIndex:
    members: set[int]
    entries: list[tuple[datetime, int]]  # (occurrence start, communication), sorted


@dataclass
class _FirstIndex:
    briefings: list[int]
    all_staff: list[int]


class RuleEvaluator:
    """Checks a plan against its rules; re-checks one moved occurrence incrementally."""

    def __init__(self, rules: Iterable[SequencingRule], facts: PlanFacts) -> None:
        self.facts = facts
        self.all_rules = list(rules)
        self.void: dict[int, str] = {}
        self.rules: list[SequencingRule] = []
        for rule in self.all_rules:
            reason = self._void_reason(rule)
            if reason:
                self.void[rule.id] = reason  # type: ignore[index]
            elif rule.enabled:
                self.rules.append(rule)
        self._hold: dict[int, _HoldIndex] = {}
        self._first: dict[int, _FirstIndex] = {}
        self._touching: dict[int, list[SequencingRule]] = {}
        for rule in self.rules:
            for comm_id in self._involved(rule):
                self._touching.setdefault(comm_id, []).append(rule)
        self._base: dict[int, list[Violation]] | None = None
        self._by_id = {rule.id: rule for rule in self.rules}
        self._by_subject: dict[int, dict[int, list[Violation]]] = {}

    # ------------------------------------------------------------------ structure
    def _void_reason(self, rule: SequencingRule) -> str:
        comms = self.facts.comms
        for comm_id in rule.communication_ids:
            fact = comms.get(comm_id)
            if fact is None:
                return "communication"
            if fact.cancelled:
                return "cancelled"
        if rule.segment_id is not None and rule.segment_id not in self.facts.segment_names:
            return "segment"
        if rule.campaign_id is not None and rule.campaign_id not in self.facts.campaign_names:
            return "campaign"
        return ""

    def _involved(self, rule: SequencingRule) -> set[int]:
        kind = RuleKind(rule.kind)
        comms = self.facts.comms
        if kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE):
            return set(rule.communication_ids)
        if kind is RuleKind.SEGMENT_FIRST:
            briefings, all_staff = [], []
            for fact in comms.values():
                if fact.cancelled or fact.campaign_id != rule.campaign_id:
                    continue
                if self.facts.all_staff(fact.key):
                    all_staff.append(fact.id)
                elif rule.segment_id in fact.key:
                    briefings.append(fact.id)
            self._first[rule.id] = _FirstIndex(briefings, all_staff)  # type: ignore[index]
            return {*briefings, *all_staff}
        members = set()
        entries = []
        for fact in comms.values():
            if fact.cancelled or fact.id == rule.first_id:
                continue
            if rule.campaign_id is not None and fact.campaign_id != rule.campaign_id:
                continue
            if not self.facts.overlaps(fact.key, rule.segment_id):  # type: ignore[arg-type]
                continue
            members.add(fact.id)
            entries.extend((start, fact.id) for start in self.facts.occurrences.get(fact.id, ()))
        entries.sort()
        self._hold[rule.id] = _HoldIndex(members, entries)  # type: ignore[index]
        return {*members, rule.first_id}  # type: ignore[arg-type]

    def touching(self, comm_id: int) -> list[SequencingRule]:
        """The rules whose outcome can change when ``comm_id`` moves."""
        return self._touching.get(comm_id, [])

    def has_rules(self, comm_id: int) -> bool:
        return comm_id in self._touching

    # ------------------------------------------------------------------ positions
    def _first_of(self, comm_id: int, move: Move | None) -> datetime | None:
        fact = self.facts.comms.get(comm_id)
        if fact is None or fact.cancelled:
            return None
        first = fact.first
        if move is not None and move[0] == comm_id:
            _id, old, new = move
            if first is None or not fact.recurring or first == old:
                # A series whose first occurrence moves: taken as starting at the new place
                # (exact for one-offs, which is all balancing ever moves).
                return new
            return min(first, new)
        return first

    def _end_of(self, comm_id: int, move: Move | None) -> datetime | None:
        start = self._first_of(comm_id, move)
        return None if start is None else start + self.facts.comms[comm_id].duration

    def _occurrences(self, comm_id: int, move: Move | None) -> list[datetime]:
        found = self.facts.occurrences.get(comm_id, [])
        if move is None or move[0] != comm_id:
            return found
        _id, old, new = move
        out = [s for s in found if s != old]
        if self.facts.in_period(new.date()):
            out.append(new)
        out.sort()
        return out

    # ------------------------------------------------------------------ evaluation
    def violations(
        self, rule: SequencingRule, move: Move | None = None, only: int | None = None
    ) -> list[Violation]:
        """The rule's violations (with ``only``: just those about that communication, for
        the all-staff and held-back ones)."""
        kind = RuleKind(rule.kind)
        if kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE):
            return self._pair(rule, kind, move)
        if kind is RuleKind.SEGMENT_FIRST:
            return self._segment_first(rule, move, only)
        return self._hold_segment(rule, move, only)

    def _pair(self, rule: SequencingRule, kind: RuleKind, move: Move | None) -> list[Violation]:
        a_id, b_id = rule.first_id, rule.second_id
        a = self._first_of(a_id, move)  # type: ignore[arg-type]
        b = self._first_of(b_id, move)  # type: ignore[arg-type]
        if a is None or b is None:
            return []
        a_end = a + self.facts.comms[a_id].duration  # type: ignore[index]
        if b < a_end:
            return [(rule.id, "before", b_id, b, a_id, a, rule.days)]  # type: ignore[list-item]
        if kind is RuleKind.LEAD_TIME and rule.days > 0:
            gap = self.facts.working.between(a.date(), b.date())
            if gap < rule.days:
                return [(rule.id, "close", b_id, b, a_id, a, gap)]  # type: ignore[list-item]
        return []

    def _segment_first(
        self, rule: SequencingRule, move: Move | None, only: int | None = None
    ) -> list[Violation]:
        index = self._first[rule.id]  # type: ignore[index]
        brief: tuple[datetime, int, datetime] | None = None  # (end, id, start)
        for comm_id in index.briefings:
            start = self._first_of(comm_id, move)
            if start is None:
                continue
            end = start + self.facts.comms[comm_id].duration
            if brief is None or (end, comm_id) < (brief[0], brief[1]):
                brief = (end, comm_id, start)
        found: list[Violation] = []
        subjects = index.all_staff if only is None else [c for c in index.all_staff if c == only]
        for comm_id in subjects:
            for start in self._occurrences(comm_id, move):
                if brief is None:
                    found.append((rule.id, "missing", comm_id, start, None, None, 0))  # type: ignore[arg-type]
                elif start < brief[0]:
                    found.append((rule.id, "late", comm_id, start, brief[1], brief[2], 0))  # type: ignore[arg-type]
        found.sort(key=lambda v: (v[3], v[2]))
        return found

    def _hold_segment(
        self, rule: SequencingRule, move: Move | None, only: int | None = None
    ) -> list[Violation]:
        anchor = self._first_of(rule.first_id, move)  # type: ignore[arg-type]
        if anchor is None:
            return []
        index = self._hold[rule.id]  # type: ignore[index]
        lower = None
        if rule.days > 0:
            lower = datetime.combine(
                self.facts.working.add(anchor.date(), -rule.days), datetime.min.time()
            )
        if only is not None:
            if only not in index.members:
                return []
            return [
                (rule.id, "hold", only, start, rule.first_id, anchor, rule.days)  # type: ignore[misc]
                for start in self._occurrences(only, move)
                if start < anchor and (lower is None or start >= lower)
            ]
        entries = index.entries
        lo = 0 if lower is None else bisect.bisect_left(entries, (lower, -1))
        hi = bisect.bisect_left(entries, (anchor, -1))
        selected = entries[lo:hi]
        if move is not None and move[0] in index.members:
            comm_id, old, new = move
            selected = [e for e in selected if e != (old, comm_id)]
            if (
                self.facts.in_period(new.date())
                and new < anchor
                and (lower is None or new >= lower)
            ):
                selected.append((new, comm_id))
                selected.sort()
        return [
            (rule.id, "hold", comm_id, start, rule.first_id, anchor, rule.days)  # type: ignore[misc]
            for start, comm_id in selected
        ]

    def baseline(self) -> dict[int, list[Violation]]:
        """Every rule's violations in the plan as it is (computed once)."""
        if self._base is None:
            self._base = {rule.id: self.violations(rule) for rule in self.rules}  # type: ignore[misc]
        return self._base

    def all_violations(self) -> list[Violation]:
        return [v for found in self.baseline().values() for v in found]

    def in_period(self, found: Iterable[Violation]) -> int:
        """How many of ``found`` are about an occurrence inside the period checked."""
        return sum(1 for v in found if self.facts.in_period(v[3].date()))

    def moved(self, move: Move) -> tuple[list[Violation], list[Violation]]:
        """(before, after): the violations ``move`` can change, without and with it.

        Violations the move cannot change may be left out of both lists (a communication
        that is only one of the many all-staff or held-back ones of a rule changes only its
        own violations), so compare counts, not whole lists.
        """
        base = self.baseline()
        comm_id = move[0]
        before: list[Violation] = []
        after: list[Violation] = []
        for rule in self.touching(comm_id):
            if self._own_part(rule, comm_id):
                before.extend(self._subject_part(rule.id, comm_id))  # type: ignore[arg-type]
                after.extend(self.violations(rule, move, only=comm_id))
            else:
                before.extend(base[rule.id])  # type: ignore[index]
                after.extend(self.violations(rule, move))
        return before, after

    def _subject_part(self, rule_id: int, comm_id: int) -> list[Violation]:
        """The baseline violations of a rule about one communication (indexed once)."""
        parts = self._by_subject.get(rule_id)
        if parts is None:
            parts = {}
            for violation in self.baseline()[rule_id]:
                parts.setdefault(violation[2], []).append(violation)
            self._by_subject[rule_id] = parts
        return parts.get(comm_id, [])

    def _own_part(self, rule: SequencingRule, comm_id: int) -> bool:
        """Whether moving ``comm_id`` can only change the violations it is the subject of."""
        kind = RuleKind(rule.kind)
        if kind is RuleKind.SEGMENT_FIRST:
            return comm_id not in self._first[rule.id].briefings  # type: ignore[index]
        if kind is RuleKind.HOLD_SEGMENT:
            return comm_id != rule.first_id
        return False

    def commit(self, move: Move) -> None:
        """Takes ``move`` as done (balancing applies its moves one after the other)."""
        comm_id, old, new = move
        fact = self.facts.comms[comm_id]
        if not fact.recurring:
            fact.communication = dataclasses.replace(fact.communication, start=new)
            fact._first, fact._first_known = new, True
        occurrences = self._occurrences(comm_id, move)
        self.facts.occurrences[comm_id] = occurrences
        for rule in self.touching(comm_id):
            hold = self._hold.get(rule.id)  # type: ignore[arg-type]
            if hold is not None and comm_id in hold.members:
                entries = [e for e in hold.entries if e != (old, comm_id)]
                if self.facts.in_period(new.date()):
                    entries.append((new, comm_id))
                entries.sort()
                hold.entries = entries
        if self._base is not None:
            for rule in self.touching(comm_id):
                self._base[rule.id] = self.violations(rule)  # type: ignore[index]
                self._by_subject.pop(rule.id, None)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ findings
    def conflict(self, violation: Violation) -> Conflict:
        from .conflicts import Conflict, ConflictKind

        rule_id, variant, subject, start, other, other_start, number = violation
        comms = self.facts.comms
        rule = self._by_id[rule_id]
        title = comms[subject].title
        other_title = comms[other].title if other is not None and other in comms else ""
        segment = self.facts.segment_names.get(rule.segment_id, "")  # type: ignore[arg-type]
        params: dict[str, Any] = {"rule_id": rule_id}
        if variant in ("before", "close"):
            template = _T_LEAD_BEFORE if variant == "before" else _T_LEAD_CLOSE
            if RuleKind(rule.kind) is RuleKind.NOT_BEFORE:
                template = _T_NOT_BEFORE
            params.update(
                second=title,
                second_day=start.date(),
                first=other_title,
                first_day=other_start.date(),  # type: ignore[union-attr]
                days=rule.days,
                gap=number,
            )
        elif variant == "late":
            template = _T_FIRST_LATE
            params.update(
                title=title,
                day=start.date(),
                segment=segment,
                briefing=other_title,
                briefing_day=other_start.date(),  # type: ignore[union-attr]
            )
        elif variant == "missing":
            template = _T_FIRST_MISSING
            params.update(
                title=title,
                day=start.date(),
                segment=segment,
                campaign=self.facts.campaign_names.get(rule.campaign_id, ""),  # type: ignore[arg-type]
            )
        else:
            template = _T_HOLD_WINDOW if rule.days > 0 else _T_HOLD
            params.update(
                title=title,
                day=start.date(),
                segment=segment,
                anchor=other_title,
                anchor_day=other_start.date(),  # type: ignore[union-attr]
                days=rule.days,
            )
        ids = {subject} if other is None else {subject, other}
        return Conflict(
            kind=ConflictKind.SEQUENCE,
            template=template,
            params=params,
            communication_ids=tuple(sorted(ids)),
            day=start.date(),
            count=1,
            segment_id=rule.segment_id,
        )

    def findings(self) -> list[Conflict]:
        """Conflicts for every violation about an occurrence inside the period checked."""
        return [
            self.conflict(v) for v in self.all_violations() if self.facts.in_period(v[3].date())
        ]


# --------------------------------------------------------------------------- the service
@dataclass
class RuleView:
    """A rule as the editor lists it: in words, whether it is void, who it names."""

    rule: SequencingRule
    text: str
    void_reason: str = ""
    names: dict[str, str] = field(default_factory=dict)


class SequencingService:
    """The rules of one workspace: add, change, delete (undoable), list, describe."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # ------------------------------------------------------------------ reading
    def rules(self, campaign_id: int | None = None) -> list[SequencingRule]:
        """Every rule, or those of one campaign plus the cross-campaign rules naming one of
        its communications or its segments' campaigns."""
        rules = self._ws.sequencing_rules.list()
        if campaign_id is None:
            return rules
        comm_ids = {c.id for c in self._ws.communications.for_campaign(campaign_id)}
        return [
            r
            for r in rules
            if r.campaign_id == campaign_id
            or (r.campaign_id is None and comm_ids.intersection(r.communication_ids))
        ]

    def rule(self, rule_id: int) -> SequencingRule:
        return self._ws.sequencing_rules.get(rule_id)

    def rules_naming(self, comm_id: int) -> list[SequencingRule]:
        return self._ws.sequencing_rules.naming(comm_id)

    def describe(
        self, rule: SequencingRule, tr: Translate = _no_translation, names: dict | None = None
    ) -> str:
        """The rule in one sentence, in the language of ``tr``."""
        names = names or self._names()
        return describe_rule(rule, names, tr)

    def views(
        self, campaign_id: int | None = None, tr: Translate = _no_translation
    ) -> list[RuleView]:
        names = self._names()
        out = []
        for rule in self.rules(campaign_id):
            out.append(
                RuleView(
                    rule=rule,
                    text=describe_rule(rule, names, tr),
                    void_reason=void_reason(rule, names),
                )
            )
        return out

    def _names(self) -> dict[str, dict[int, Any]]:
        return {
            "communications": {c.id: c for c in self._ws.communications.list()},
            "segments": {s.id: s.name for s in self._ws.segments.list()},
            "campaigns": {c.id: c.name for c in self._ws.campaigns.list()},
        }

    # ------------------------------------------------------------------ editing
    def _check(self, rule: SequencingRule) -> SequencingRule:
        rule = dataclasses.replace(rule, kind=RuleKind(rule.kind), note=(rule.note or "").strip())
        rule.validate()
        for comm_id in rule.communication_ids:
            if self._ws.communications.find(comm_id) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The rule names a communication (id {id}) that does not exist."
                    ),
                    field="first_id",
                    id=comm_id,
                )
        if rule.segment_id is not None and self._ws.segments.find(rule.segment_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The rule names a segment (id {id}) that does not exist."
                ),
                field="segment_id",
                id=rule.segment_id,
            )
        if rule.campaign_id is not None and self._ws.campaigns.find(rule.campaign_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The rule names a campaign (id {id}) that does not exist."
                ),
                field="campaign_id",
                id=rule.campaign_id,
            )
        return rule

    def add_rule(self, rule: SequencingRule) -> PlanEdit:
        rule = self._check(dataclasses.replace(rule, id=None))
        with recording(self._ws) as rec:
            stored = self._ws.sequencing_rules.add(rule)
            rec.steps.append(Step(EntityKind.SEQUENCING_RULE, None, stored))
        return rec.edit  # type: ignore[return-value]

    def add_rules(self, rules: Iterable[SequencingRule]) -> PlanEdit:
        """Several rules in one undoable step."""
        checked = [self._check(dataclasses.replace(r, id=None)) for r in rules]
        with recording(self._ws) as rec:
            for rule in checked:
                stored = self._ws.sequencing_rules.add(rule)
                rec.steps.append(Step(EntityKind.SEQUENCING_RULE, None, stored))
        return rec.edit  # type: ignore[return-value]

    def update_rule(self, rule: SequencingRule) -> PlanEdit:
        if rule.id is None:
            raise ValueError("update_rule() needs a stored rule")
        rule = self._check(rule)
        before = self._ws.sequencing_rules.get(rule.id)
        with recording(self._ws) as rec:
            if before != rule:
                self._ws.sequencing_rules.update(rule)
                rec.steps.append(Step(EntityKind.SEQUENCING_RULE, before, rule))
        return rec.edit  # type: ignore[return-value]

    def delete_rule(self, rule_id: int) -> PlanEdit:
        with recording(self._ws) as rec:
            old = self._ws.sequencing_rules.delete(rule_id)
            rec.steps.append(Step(EntityKind.SEQUENCING_RULE, old, None))
        return rec.edit  # type: ignore[return-value]

    def undo(self, edit: PlanEdit):
        return revert_edit(self._ws, edit)

    def redo(self, edit: PlanEdit):
        return reapply_edit(self._ws, edit)


# --------------------------------------------------------------------------- words
def _comm_name(names: dict[str, dict[int, Any]], comm_id: int | None, tr: Translate) -> str:
    comm = names["communications"].get(comm_id)
    if comm is None:
        return tr(CONTEXT, _D_MISSING).format(id=comm_id)
    return comm.title


def void_reason(rule: SequencingRule, names: dict[str, dict[int, Any]]) -> str:
    """Why a rule is void ('' when it is not): the untranslated sentence (context sequencing)."""
    for comm_id in rule.communication_ids:
        comm = names["communications"].get(comm_id)
        if comm is None:
            return VOID_REASONS["communication"]
        if Status(comm.status) is Status.CANCELLED:
            return VOID_REASONS["cancelled"]
    if rule.segment_id is not None and rule.segment_id not in names["segments"]:
        return VOID_REASONS["segment"]
    if rule.campaign_id is not None and rule.campaign_id not in names["campaigns"]:
        return VOID_REASONS["campaign"]
    return ""


def describe_rule(
    rule: SequencingRule, names: dict[str, dict[int, Any]], tr: Translate = _no_translation
) -> str:
    kind = RuleKind(rule.kind)
    first = _comm_name(names, rule.first_id, tr)
    second = _comm_name(names, rule.second_id, tr)
    segment = names["segments"].get(rule.segment_id) or tr(CONTEXT, _D_MISSING).format(
        id=rule.segment_id
    )
    campaign = names["campaigns"].get(rule.campaign_id) or tr(CONTEXT, _D_MISSING).format(
        id=rule.campaign_id
    )
    if kind is RuleKind.LEAD_TIME:
        return tr(CONTEXT, _D_LEAD).format(first=first, second=second, days=rule.days)
    if kind is RuleKind.NOT_BEFORE:
        return tr(CONTEXT, _D_NOT_BEFORE).format(first=first, second=second)
    if kind is RuleKind.SEGMENT_FIRST:
        return tr(CONTEXT, _D_FIRST).format(segment=segment, campaign=campaign)
    if rule.campaign_id is None:
        template = _D_HOLD_WINDOW if rule.days else _D_HOLD
    else:
        template = _D_HOLD_CAMPAIGN_WINDOW if rule.days else _D_HOLD_CAMPAIGN
    return tr(CONTEXT, template).format(
        segment=segment, campaign=campaign, first=first, days=rule.days
    )


def kind_label(kind: RuleKind | str, tr: Translate = _no_translation) -> str:
    return tr(CONTEXT, RULE_KIND_LABELS[RuleKind(kind)])


ANY_CAMPAIGN_LABEL = _D_ANY_CAMPAIGN
