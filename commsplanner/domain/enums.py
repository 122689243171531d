"""Enumerations shared by the whole product. Values are stable: they are stored in workspaces."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Workflow status of a campaign or a communication."""

    IDEA = "idea"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    LIVE = "live"
    DONE = "done"
    CANCELLED = "cancelled"


# Forward steps, one step back for rework, and cancellation from any open state.
_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.IDEA: frozenset({Status.DRAFT, Status.CANCELLED}),
    Status.DRAFT: frozenset({Status.IN_REVIEW, Status.IDEA, Status.CANCELLED}),
    Status.IN_REVIEW: frozenset({Status.APPROVED, Status.DRAFT, Status.CANCELLED}),
    Status.APPROVED: frozenset({Status.SCHEDULED, Status.DRAFT, Status.CANCELLED}),
    Status.SCHEDULED: frozenset({Status.LIVE, Status.APPROVED, Status.CANCELLED}),
    Status.LIVE: frozenset({Status.DONE, Status.CANCELLED}),
    Status.DONE: frozenset(),
    Status.CANCELLED: frozenset({Status.DRAFT}),
}


def allowed_transitions(current: Status) -> frozenset[Status]:
    """Statuses reachable from ``current`` in one step."""
    return _TRANSITIONS[Status(current)]


def can_transition(current: Status, target: Status) -> bool:
    return Status(target) in _TRANSITIONS[Status(current)]


class ChannelKind(StrEnum):
    EMAIL = "email"
    INTRANET = "intranet"
    MEETING = "meeting"
    TOWN_HALL = "town_hall"
    MANAGER_CASCADE = "manager_cascade"
    NEWSLETTER = "newsletter"
    CHAT = "chat"
    SIGNAGE = "signage"
    SURVEY = "survey"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


class ValueWeight(StrEnum):
    """How strongly a campaign promotes a corporate value."""

    PRIMARY = "primary"
    SECONDARY = "secondary"

    @property
    def factor(self) -> float:
        return 1.0 if self is ValueWeight.PRIMARY else 0.5


class ApprovalKind(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class FeedbackKind(StrEnum):
    IDEA = "idea"
    QUESTION = "question"
    COMPLAINT = "complaint"
    PRAISE = "praise"


class FeedbackStatus(StrEnum):
    NEW = "new"
    ANSWERED = "answered"
    ACTED_ON = "acted_on"


class EntityKind(StrEnum):
    """Names of the stored entity collections; used in change notifications."""

    EMPLOYEE = "employee"
    SEGMENT = "segment"
    VALUE = "value"
    GOAL = "goal"
    CHANNEL = "channel"
    CAMPAIGN = "campaign"
    COMMUNICATION = "communication"
    BLACKOUT = "blackout"
    MEASUREMENT = "measurement"
    APPROVAL = "approval"
    STATUS_CHANGE = "status_change"
    FEEDBACK = "feedback"
    SETTING = "setting"
    SEQUENCING_RULE = "sequencing_rule"
