"""Plain dataclasses and rules of a communication plan. Never imports Qt.

Names are loaded from their submodules on first use (PEP 562), so that importing one small
part of the domain — an error class, the change record — does not build every entity class:
start-up pays only for what the first screen needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .changes import Changes
    from .enums import (
        ApprovalKind,
        ChannelKind,
        EntityKind,
        FeedbackKind,
        FeedbackStatus,
        Priority,
        ValueWeight,
    )
    from .errors import CommsPlannerError, ValidationError, WorkflowError
    from .models import (
        Approval,
        Blackout,
        BusinessGoal,
        Campaign,
        Channel,
        Communication,
        CorporateValue,
        Employee,
        Feedback,
        Measurement,
        Segment,
        StatusChange,
        WorkspaceSettings,
    )
    from .status import Status, allowed_transitions, can_transition

_SUBMODULE_OF = {
    "Changes": "changes",
    **dict.fromkeys(
        (
            "ApprovalKind",
            "ChannelKind",
            "EntityKind",
            "FeedbackKind",
            "FeedbackStatus",
            "Priority",
            "ValueWeight",
        ),
        "enums",
    ),
    **dict.fromkeys(("Status", "allowed_transitions", "can_transition"), "status"),
    **dict.fromkeys(("CommsPlannerError", "ValidationError", "WorkflowError"), "errors"),
    **dict.fromkeys(
        (
            "Approval",
            "Blackout",
            "BusinessGoal",
            "Campaign",
            "Channel",
            "Communication",
            "CorporateValue",
            "Employee",
            "Feedback",
            "Measurement",
            "Segment",
            "StatusChange",
            "WorkspaceSettings",
        ),
        "models",
    ),
}

__all__ = [
    "Approval",
    "ApprovalKind",
    "Blackout",
    "BusinessGoal",
    "Campaign",
    "Changes",
    "Channel",
    "ChannelKind",
    "CommsPlannerError",
    "Communication",
    "CorporateValue",
    "Employee",
    "EntityKind",
    "Feedback",
    "FeedbackKind",
    "FeedbackStatus",
    "Measurement",
    "Priority",
    "Segment",
    "Status",
    "StatusChange",
    "ValidationError",
    "ValueWeight",
    "WorkflowError",
    "WorkspaceSettings",
    "allowed_transitions",
    "can_transition",
]


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULE_OF.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{submodule}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
