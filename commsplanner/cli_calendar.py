"""The calendar's subcommands of ``commsplanner-cli``: ``conflicts`` and ``export-ics``.

    commsplanner-cli conflicts WORKSPACE [--from DATE --to DATE]
    commsplanner-cli export-ics WORKSPACE OUT.ics [--segment ID] [--campaign ID]
                                                  [--from DATE --to DATE]

``conflicts`` exits 1 when any finding has severity "error". Services only, no storage.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta

from .i18n import Catalog, catalog

CONTEXT = "CalendarCli"


def _date_type(tr: Catalog) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr.translate(
                    "CalendarCli", "“{text}” is not a date of the form YYYY-MM-DD."
                ).format(text=text)
            ) from None

    return parse


def _id_type(tr: Catalog) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(
                tr.translate(
                    "CalendarCli", "“{text}” is not an id (a whole number from 1)."
                ).format(text=text)
            )
        return value

    return parse


def _range_arguments(parser: argparse.ArgumentParser, tr: Catalog) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        type=_date_type(tr),
        metavar=tr.translate("CalendarCli", "DATE"),
        help=tr.translate("CalendarCli", "First day (YYYY-MM-DD)."),
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=_date_type(tr),
        metavar=tr.translate("CalendarCli", "DATE"),
        help=tr.translate("CalendarCli", "Last day (YYYY-MM-DD)."),
    )


def register(commands, tr: Catalog, add_command) -> None:
    """Adds the calendar subcommands to the CLI's parser (called by ``cli.build_parser``)."""
    conflicts = add_command(
        commands,
        tr,
        "conflicts",
        cmd_conflicts,
        tr.translate(
            "CalendarCli",
            "List the conflicts of a plan (overload, capacity, holidays, blackouts); "
            "exits 1 if any is an error.",
        ),
    )
    conflicts.add_argument(
        "workspace",
        metavar=tr.translate("CalendarCli", "WORKSPACE"),
        help=tr.translate("CalendarCli", "The workspace file (.commsplan)."),
    )
    _range_arguments(conflicts, tr)

    ics = add_command(
        commands,
        tr,
        "export-ics",
        cmd_export_ics,
        tr.translate("CalendarCli", "Export the plan as an iCalendar (.ics) file."),
    )
    ics.add_argument(
        "workspace",
        metavar=tr.translate("CalendarCli", "WORKSPACE"),
        help=tr.translate("CalendarCli", "The workspace file (.commsplan)."),
    )
    ics.add_argument(
        "output",
        metavar=tr.translate("CalendarCli", "OUT.ics"),
        help=tr.translate("CalendarCli", "The calendar file to write (replaced if it exists)."),
    )
    ics.add_argument(
        "--segment",
        type=_id_type(tr),
        metavar="ID",
        help=tr.translate("CalendarCli", "Only communications for this segment."),
    )
    ics.add_argument(
        "--campaign",
        type=_id_type(tr),
        metavar="ID",
        help=tr.translate("CalendarCli", "Only communications of this campaign."),
    )
    _range_arguments(ics, tr)


def _check_range(tr: Catalog, first: date | None, last: date | None) -> None:
    from .domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError

    if first and last and last < first:
        raise CommsPlannerError(
            QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
            start=first.isoformat(),
            end=last.isoformat(),
        )


def _plan_range(hub) -> tuple[date, date]:
    """The whole plan: from its first communication to its last (a year of any series)."""
    comms = hub.calendar.communications()
    if not comms:
        today = date.today()
        return date(today.year, 1, 1), date(today.year, 12, 31)
    first = min(c.start.date() for c in comms)
    last = max(
        (c.start.date() + timedelta(days=365)) if c.recurrence else c.start.date() for c in comms
    )
    return first, last


def cmd_conflicts(args: argparse.Namespace) -> int:
    from .services.conflicts import SEVERITY_LABELS, Severity
    from .services.hub import open_hub

    tr = catalog(args.lang)
    _check_range(tr, args.first, args.last)
    hub = open_hub(args.workspace, read_only=True)
    try:
        plan_first, plan_last = _plan_range(hub)
        first = args.first or plan_first
        last = args.last or max(plan_last, first)
        report = hub.conflicts.check(first, last, language=args.lang)
    finally:
        hub.close()
    for conflict in report.conflicts:
        label = tr.translate("conflicts", SEVERITY_LABELS[conflict.severity])
        print(f"[{label}] {conflict.message(tr.translate)}")
        details = conflict.breakdown_text(tr.translate)
        if details:
            print(f"    {details}")
    print(
        tr.translate(
            "CalendarCli",
            "{errors} errors, {warnings} warnings, {notes} notes from {first} to {last}.",
        ).format(
            errors=report.count(Severity.ERROR),
            warnings=report.count(Severity.WARNING),
            notes=report.count(Severity.INFO),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    )
    return 1 if report.has_errors else 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from .services.hub import open_hub
    from .services.ics_export import IcsFilter

    tr = catalog(args.lang)
    _check_range(tr, args.first, args.last)
    hub = open_hub(args.workspace)
    try:
        result = hub.ics.export(
            args.output,
            IcsFilter(
                segment_id=args.segment,
                campaign_id=args.campaign,
                first=args.first,
                last=args.last,
            ),
            language=args.lang,
        )
    finally:
        hub.close()
    print(
        tr.translate("CalendarCli", "{events} events written to “{path}”.").format(
            events=result.events, path=result.path
        )
    )
    return 0
