"""Enumerations shared by the whole product. Values are stable: they are stored in workspaces."""

from __future__ import annotations

from enum import StrEnum

from .status import Status, allowed_transitions, can_transition

__all__ = [
    "ApprovalKind",
    "ChannelKind",
    "EntityKind",
    "FeedbackKind",
    "FeedbackStatus",
    "Priority",
    "Status",
    "ValueWeight",
    "allowed_transitions",
    "can_transition",
]


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
