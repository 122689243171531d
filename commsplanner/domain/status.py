"""The workflow status of campaigns and communications, and the steps allowed between them.

A module of its own: the first screen needs this enumeration alone (Python builds every
enumeration class of a module on import, a noticeable cost for all of them).
"""

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
