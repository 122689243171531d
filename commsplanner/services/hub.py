"""The services of one open workspace, built once by the composition root.

The UI and the CLI receive a :class:`ServiceHub` and never touch ``commsplanner.storage``
directly. Each service is created on first use, so start-up only pays for what it shows.
The storage and the Overview's service are imported here, with the hub: the first screen
needs both, and an import statement run after Qt is loaded makes PySide read the module's
source once more.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from ..storage import Workspace
from .overview import OverviewService


class ServiceHub:
    """Entry point to every service of one open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # The workspace is kept private: callers go through services.
    @property
    def path(self) -> Path:
        return self._workspace.path

    @property
    def read_only(self) -> bool:
        return self._workspace.read_only

    @cached_property
    def workspace_info(self):
        from .workspace_info import WorkspaceInfoService

        return WorkspaceInfoService(self._workspace)

    @cached_property
    def overview(self) -> OverviewService:
        return OverviewService(self._workspace)

    @cached_property
    def segmentation(self):
        from .segmentation import SegmentationService

        return SegmentationService(self._workspace)

    @cached_property
    def directory_import(self):
        from .directory_import import DirectoryImportService

        return DirectoryImportService(self._workspace)

    @cached_property
    def audience_browser(self):
        from .audience_browser import AudienceBrowserService

        return AudienceBrowserService(self._workspace)

    @cached_property
    def calendar(self):
        from .calendar import CalendarService

        return CalendarService(self._workspace)

    @cached_property
    def conflicts(self):
        from .conflicts import ConflictService

        # Segment membership comes from the segmentation service (member_ids).
        members = self.segmentation if hasattr(type(self), "segmentation") else None
        return ConflictService(self._workspace, members=members, calendar=self.calendar)

    @cached_property
    def ics(self):
        from .ics_export import IcsExportService

        return IcsExportService(self._workspace, calendar=self.calendar)

    @cached_property
    def export_docx(self):
        from .export_docx import DocxExportService

        return DocxExportService(
            self._workspace,
            conflicts=self.conflicts,
            members=self.segmentation,
            feedback=self.feedback,
        )

    @cached_property
    def planning(self):
        from .planning import PlanningService

        return PlanningService(self._workspace)

    @cached_property
    def templates(self):
        from .templates import TemplateService

        return TemplateService(self._workspace, self.planning)

    @cached_property
    def approvals(self):
        from .approvals import ApprovalService

        return ApprovalService(self._workspace)

    @cached_property
    def measurements_import(self):
        from .measurements_import import MeasurementImportService

        return MeasurementImportService(self._workspace)

    @cached_property
    def feedback(self):
        from .feedback_log import FeedbackLogService

        return FeedbackLogService(self._workspace, members=self.segmentation)

    @cached_property
    def dashboard(self):
        from .dashboard import DashboardService

        return DashboardService(self._workspace, members=self.segmentation, calendar=self.calendar)

    @cached_property
    def sequencing(self):
        from .sequencing import SequencingService

        return SequencingService(self._workspace)

    @cached_property
    def scheduling(self):
        from .scheduling import SchedulingService

        return SchedulingService(self._workspace, conflicts=self.conflicts, calendar=self.calendar)

    def close(self) -> None:
        self._workspace.close()


def open_hub(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    create: bool = False,
    check_later: bool = False,
) -> ServiceHub:
    """Opens (or creates) a workspace and returns its :class:`ServiceHub`.

    ``check_later``: the search for damage inside the file runs in the background, from the
    first call of ``hub.workspace_info.check_integrity()`` on; the app uses it so the first
    screen does not wait for a read of the whole file.
    """
    if create:
        workspace = Workspace.create(path)
    else:
        workspace = Workspace.open(path, read_only=read_only, check_later=check_later)
    return ServiceHub(workspace)
