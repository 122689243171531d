"""Sequencing rules: the order in which communications must reach people.

Four kinds, each said the way a communications manager says it:

- ``LEAD_TIME``: "A at least N working days before B" (``first_id`` = A, ``second_id`` = B,
  ``days`` = N). A must also be over before B starts.
- ``NOT_BEFORE``: "B not before A" — B may only start once A has taken place.
- ``SEGMENT_FIRST``: "segment S briefed before any all-staff communication of campaign C"
  (``segment_id`` = S, ``campaign_id`` = C).
- ``HOLD_SEGMENT``: "nothing to segment X before communication Y" (``segment_id`` = X,
  ``first_id`` = Y); ``campaign_id`` limits it to one campaign's communications (None: any
  campaign) and ``days`` to the N working days before Y (0: any time before).

References are soft (no foreign keys): a rule whose communication, segment or campaign was
deleted is *void* — it is kept, shown as such and never reported as a conflict — so that
undoing the deletion brings the rule back to life. ``campaign_id`` on a rule between two
communications records the campaign it was written for (None: a cross-campaign rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, ValidationError

# The conflict kind's label, kept here so the conflicts module and its catalogue share it.
SEQUENCE_CONFLICT_LABEL = QT_TRANSLATE_NOOP("conflicts", "Order of communications")

# A communication "goes to all staff" when it reaches at least this share of active people.
ALL_STAFF_SHARE = 0.9
MAX_DAYS = 250


class RuleKind(StrEnum):
    LEAD_TIME = "lead_time"
    NOT_BEFORE = "not_before"
    SEGMENT_FIRST = "segment_first"
    HOLD_SEGMENT = "hold_segment"


RULE_KIND_LABELS: dict[RuleKind, str] = {
    RuleKind.LEAD_TIME: QT_TRANSLATE_NOOP("sequencing", "A at least N working days before B"),
    RuleKind.NOT_BEFORE: QT_TRANSLATE_NOOP("sequencing", "B not before A"),
    RuleKind.SEGMENT_FIRST: QT_TRANSLATE_NOOP(
        "sequencing", "A segment briefed before any all-staff communication"
    ),
    RuleKind.HOLD_SEGMENT: QT_TRANSLATE_NOOP("sequencing", "Nothing to a segment before Y"),
}


@dataclass(frozen=True, slots=True)
class SequencingRule:
    kind: RuleKind
    first_id: int | None = None
    second_id: int | None = None
    segment_id: int | None = None
    campaign_id: int | None = None
    days: int = 0
    note: str = ""
    enabled: bool = True
    id: int | None = None

    def validate(self) -> None:
        kind = RuleKind(self.kind)
        if not 0 <= self.days <= MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The number of working days must be between 0 and {most}."
                ),
                field="days",
                most=MAX_DAYS,
            )
        if kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE):
            if self.first_id is None or self.second_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose both communications of the rule."),
                    field="first_id" if self.first_id is None else "second_id",
                )
            if self.first_id == self.second_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A rule needs two different communications, not the same twice."
                    ),
                    field="second_id",
                )
        elif kind is RuleKind.SEGMENT_FIRST:
            if self.segment_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose the segment to brief first."),
                    field="segment_id",
                )
            if self.campaign_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose the campaign the rule applies to."),
                    field="campaign_id",
                )
        else:
            if self.segment_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose the segment to hold back."),
                    field="segment_id",
                )
            if self.first_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose the communication that must come first."),
                    field="first_id",
                )

    @property
    def communication_ids(self) -> tuple[int, ...]:
        """The communications the rule names (not those it merely applies to)."""
        return tuple(i for i in (self.first_id, self.second_id) if i is not None)

    @property
    def cross_campaign(self) -> bool:
        return self.campaign_id is None
