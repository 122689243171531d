"""The plan as an iCalendar file (RFC 5545) that teams can subscribe to or import.

One VEVENT per communication; a recurring one stays one event with its RRULE and its skipped
dates as EXDATE. UIDs are ``comm-<id>@<workspace uuid>``, the uuid being created once and kept
in the workspace settings, so importing a newer export updates events instead of duplicating
them. SEQUENCE grows each time an event's content changed since the previous export.
Times are floating (wall-clock) times, as the plan is made in the organisation's local time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event, vRecur

from ..domain import Communication, Status
from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.recurrence import occurrences
from ..i18n import catalog
from ..storage import Workspace, WorkspaceReadOnlyError
from .calendar import CalendarService

UUID_KEY = "workspace_uuid"
SEQUENCE_KEY = "ics_sequences"
PRODID = "-//Comms Planner//Comms Planner//EN"

_ICS_STATUS = {
    Status.IDEA: "TENTATIVE",
    Status.DRAFT: "TENTATIVE",
    Status.IN_REVIEW: "TENTATIVE",
    Status.APPROVED: "CONFIRMED",
    Status.SCHEDULED: "CONFIRMED",
    Status.LIVE: "CONFIRMED",
    Status.DONE: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
}


class IcsExportError(CommsPlannerError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The calendar file “{path}” could not be written ({detail}). "
                "Any previous file there was left as it was.",
            ),
            path=path,
            detail=detail,
        )


@dataclass(frozen=True)
class IcsFilter:
    segment_id: int | None = None
    campaign_id: int | None = None
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class IcsResult:
    path: Path
    events: int


class IcsExportService:
    def __init__(self, ws: Workspace, calendar: CalendarService | None = None) -> None:
        self._ws = ws
        self._calendar = calendar or CalendarService(ws)

    def workspace_uuid(self) -> str:
        """The workspace's own uuid, created on first use (derived from the path if read-only)."""
        found = self._ws.settings.get_value(UUID_KEY)
        if found:
            return str(found)
        if self._ws.read_only:
            return str(uuid.uuid5(uuid.NAMESPACE_URL, self._ws.path.resolve().as_uri()))
        made = str(uuid.uuid4())
        self._ws.settings.set_value(UUID_KEY, made)
        return made

    def uid(self, comm_id: int) -> str:
        return f"comm-{comm_id}@{self.workspace_uuid()}"

    def selected(self, flt: IcsFilter | None = None) -> list[Communication]:
        """Communications the filter keeps, by start."""
        flt = flt or IcsFilter()
        campaigns = {c.id: c for c in self._calendar.campaigns()}
        out = []
        for comm in sorted(self._calendar.communications(), key=lambda c: (c.start, c.id)):
            if flt.campaign_id is not None and comm.campaign_id != flt.campaign_id:
                continue
            if flt.segment_id is not None:
                segments = comm.segment_ids or campaigns[comm.campaign_id].segment_ids
                if flt.segment_id not in segments:
                    continue
            if flt.first is not None or flt.last is not None:
                first = flt.first or date.min
                last = flt.last or date.max
                if not occurrences(comm, first, last):
                    continue
            out.append(comm)
        return out

    def build(self, flt: IcsFilter | None = None, *, language: str | None = None) -> Calendar:
        """The calendar object (not yet written); SEQUENCE numbers are updated and stored."""
        settings = self._ws.settings.load()
        cat = catalog(language or settings.language)
        campaigns = {c.id: c for c in self._calendar.campaigns()}
        channels = {c.id: c for c in self._calendar.channels()}
        values = {v.id: v for v in self._calendar.values()}
        segments = {s.id: s for s in self._calendar.segments()}
        workspace_uuid = self.workspace_uuid()
        stamp = datetime.now(UTC).replace(microsecond=0)
        sequences: dict[str, list] = dict(self._ws.settings.get_value(SEQUENCE_KEY, {}) or {})
        changed = False

        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        title = (
            settings.plan_title
            or settings.organisation
            or cat.translate("ics", "Communication plan")
        )
        cal.add("x-wr-calname", title)

        for comm in self.selected(flt):
            campaign = campaigns[comm.campaign_id]
            segment_ids = comm.segment_ids or campaign.segment_ids
            audience = [segments[s].name for s in segment_ids if s in segments]
            key_message = comm.message_brief or (
                campaign.key_messages[0] if campaign.key_messages else ""
            )
            lines = []
            if key_message:
                lines.append(key_message)
            if audience:
                lines.append(
                    cat.translate("ics", "Audience: {segments}").format(
                        segments=", ".join(audience)
                    )
                )
            channel = channels.get(comm.channel_id) if comm.channel_id else None
            if channel is not None:
                lines.append(
                    cat.translate("ics", "Channel: {channel}").format(channel=channel.name)
                )
            if comm.owner or campaign.owner:
                lines.append(
                    cat.translate("ics", "Owner: {owner}").format(
                        owner=comm.owner or campaign.owner
                    )
                )
            categories = [values[v].name for v in campaign.value_weights if v in values]
            categories.append(campaign.name)

            event = Event()
            uid = f"comm-{comm.id}@{workspace_uuid}"
            event.add("uid", uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", comm.start)
            event.add("dtend", comm.end)
            event.add("summary", comm.title)
            event.add("description", "\n".join(lines))
            event.add("categories", categories)
            event.add("status", _ICS_STATUS[Status(comm.status)])
            if channel is not None:
                event.add("location", channel.name)
            if comm.recurrence:
                event.add("rrule", vRecur.from_ical(comm.recurrence))
                if comm.skipped_dates:
                    event.add(
                        "exdate",
                        [datetime.combine(d, comm.start.time()) for d in comm.skipped_dates],
                    )
            digest = hashlib.sha1(event.to_ical().replace(_stamp_bytes(stamp), b"")).hexdigest()
            previous = sequences.get(uid)
            if previous is None:
                sequence = 0
            elif previous[0] != digest:
                sequence = int(previous[1]) + 1
            else:
                sequence = int(previous[1])
            if previous is None or previous[0] != digest:
                sequences[uid] = [digest, sequence]
                changed = True
            event.add("sequence", sequence)
            cal.add_component(event)

        if changed and not self._ws.read_only:
            with contextlib.suppress(WorkspaceReadOnlyError):
                self._ws.settings.set_value(SEQUENCE_KEY, sequences)
        return cal

    def export(
        self,
        path: str | os.PathLike[str],
        flt: IcsFilter | None = None,
        *,
        language: str | None = None,
    ) -> IcsResult:
        """Writes the .ics atomically: a temporary file next to it, then a rename."""
        target = Path(path)
        cal = self.build(flt, language=language)
        data = cal.to_ical()
        write_atomically(target, data, IcsExportError)
        return IcsResult(target, len(cal.walk("VEVENT")))


def _stamp_bytes(stamp: datetime) -> bytes:
    return stamp.strftime("%Y%m%dT%H%M%SZ").encode()


def write_atomically(target: Path, data: bytes, error: type[CommsPlannerError]) -> None:
    """Writes ``data`` to ``target`` so that a failure leaves any previous file intact."""
    folder = target.parent if str(target.parent) else Path(".")
    temporary: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(21, os.strerror(21))
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        temporary = None
    except OSError as exc:
        raise error(str(target), exc.strerror or str(exc)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
