"""The pages of the main window's sidebar, in order.

A page is a QWidget subclass built as ``PageClass(session, parent)`` (``session`` is the
:class:`~commsplanner.ui.session.WorkspaceSession`), with:

- ``page_id``: a stable string (used to remember the last page);
- ``page_title() -> str`` (classmethod): the translated sidebar label;
- ``page_icon() -> str`` (classmethod): a Qt standard-icon name or a resource path;
- optional ``refresh(changes)`` slot: called with the Changes after every edit;
- optional ``retranslate()`` after a language switch.

Pages are imported lazily so start-up only pays for the first one shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# (page_id, "module:ClassName"), sidebar order.
PAGE_SPECS: list[tuple[str, str]] = [
    ("overview", "commsplanner.ui.overview:OverviewPage"),
    ("audiences", "commsplanner.ui.audiences.page:AudiencesPage"),
    ("segments", "commsplanner.ui.segments.page:SegmentsPage"),
    ("strategy", "commsplanner.ui.planning.strategy_page:StrategyPage"),
    ("channels", "commsplanner.ui.planning.channels_page:ChannelsPage"),
    ("campaigns", "commsplanner.ui.planning.campaigns_page:CampaignsPage"),
    ("calendar", "commsplanner.ui.calendar.page:CalendarPage"),
    ("listening", "commsplanner.ui.listening.listening_page:ListeningPage"),
    ("dashboard", "commsplanner.ui.listening.dashboard_page:DashboardPage"),
]


def load_page_class(spec: str) -> Callable[..., QWidget]:
    module_name, class_name = spec.split(":")
    return getattr(importlib.import_module(module_name), class_name)
