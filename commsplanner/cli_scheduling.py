"""Smart scheduling from ``commsplanner-cli``: ``suggest`` and ``balance``.

    commsplanner-cli suggest WORKSPACE COMMUNICATION_ID [--occurrence DATE] [--from DATE]
                                                        [--limit N]
    commsplanner-cli balance WORKSPACE --from DATE --to DATE [--apply] [--max-seconds S]

``suggest`` lists the nearest conflict-free slots (exit 1 when there is none); ``balance``
prints the moves that lower per-person overload and, with ``--apply``, makes them (one
undoable edit in the app's terms; here, one transaction). Services only, no storage.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime

from .cli_calendar import _date_type, _id_type
from .i18n import Catalog, catalog

CONTEXT = "SchedulingCli"


def _positive(tr: Catalog) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(
                tr.translate("SchedulingCli", "“{text}” is not a whole number from 1.").format(
                    text=text
                )
            )
        return value

    return parse


def _seconds(tr: Catalog) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = -1.0
        if not 0 < value <= 600:
            raise argparse.ArgumentTypeError(
                tr.translate(
                    "SchedulingCli", "“{text}” is not a number of seconds between 0 and 600."
                ).format(text=text)
            )
        return value

    return parse


def register(commands, tr: Catalog, add_command) -> None:
    """Adds ``suggest`` and ``balance`` to the CLI's parser (called by ``cli.build_parser``)."""
    suggest = add_command(
        commands,
        tr,
        "suggest",
        cmd_suggest,
        tr.translate(
            "SchedulingCli",
            "List the nearest dates and times for a communication that create no conflict.",
        ),
    )
    suggest.add_argument(
        "workspace",
        metavar=tr.translate("SchedulingCli", "WORKSPACE"),
        help=tr.translate("SchedulingCli", "The workspace file (.commsplan)."),
    )
    suggest.add_argument(
        "communication",
        type=_id_type(tr),
        metavar=tr.translate("SchedulingCli", "COMMUNICATION_ID"),
        help=tr.translate("SchedulingCli", "The id of the communication to place."),
    )
    suggest.add_argument(
        "--occurrence",
        type=_date_type(tr),
        metavar=tr.translate("SchedulingCli", "DATE"),
        help=tr.translate(
            "SchedulingCli",
            "For a repeating communication: the date of the occurrence to move "
            "(default: the first one from --from).",
        ),
    )
    suggest.add_argument(
        "--from",
        dest="first",
        type=_date_type(tr),
        metavar=tr.translate("SchedulingCli", "DATE"),
        help=tr.translate("SchedulingCli", "Propose nothing before this day (default: today)."),
    )
    suggest.add_argument(
        "--limit",
        type=_positive(tr),
        default=5,
        metavar="N",
        help=tr.translate("SchedulingCli", "How many slots to list (default: 5)."),
    )

    balance = add_command(
        commands,
        tr,
        "balance",
        cmd_balance,
        tr.translate(
            "SchedulingCli",
            "Propose moves that spread communications so fewer people get more than the "
            "weekly limit; with --apply, make them.",
        ),
    )
    balance.add_argument(
        "workspace",
        metavar=tr.translate("SchedulingCli", "WORKSPACE"),
        help=tr.translate("SchedulingCli", "The workspace file (.commsplan)."),
    )
    balance.add_argument(
        "--from",
        dest="first",
        required=True,
        type=_date_type(tr),
        metavar=tr.translate("SchedulingCli", "DATE"),
        help=tr.translate("SchedulingCli", "First day of the period to balance (YYYY-MM-DD)."),
    )
    balance.add_argument(
        "--to",
        dest="last",
        required=True,
        type=_date_type(tr),
        metavar=tr.translate("SchedulingCli", "DATE"),
        help=tr.translate("SchedulingCli", "Last day of the period to balance (YYYY-MM-DD)."),
    )
    balance.add_argument(
        "--apply",
        action="store_true",
        help=tr.translate("SchedulingCli", "Make the proposed moves (default: only show them)."),
    )
    balance.add_argument(
        "--max-seconds",
        type=_seconds(tr),
        default=9.0,
        metavar="S",
        help=tr.translate(
            "SchedulingCli", "Stop looking for moves after this many seconds (default: 9)."
        ),
    )


def _moment(tr: Catalog, moment: datetime) -> str:
    from .services.conflicts import format_day

    return tr.translate("SchedulingCli", "{day} {time}").format(
        day=format_day(moment.date(), tr.translate, with_year=True), time=f"{moment:%H:%M}"
    )


def cmd_suggest(args: argparse.Namespace) -> int:
    from .services.conflicts import format_day
    from .services.hub import open_hub

    tr = catalog(args.lang)
    hub = open_hub(args.workspace, read_only=True)
    try:
        service = hub.scheduling
        occurrence = None
        if args.occurrence is not None:
            occurrence = _occurrence_on(hub, args.communication, args.occurrence, tr)
        search = service.find_slots(
            args.communication,
            occurrence=occurrence,
            limit=args.limit,
            not_before=args.first or date.today(),
            language=args.lang,
        )
    finally:
        hub.close()
    now = _moment(tr, search.occurrence)
    if search.current is not None and not search.current.clean:
        state = tr.translate("SchedulingCli", "it takes part in a conflict there")
    else:
        state = tr.translate("SchedulingCli", "no conflict there")
    print(
        tr.translate("SchedulingCli", "“{title}” is now on {now} ({state}).").format(
            title=search.title, now=now, state=state
        )
    )
    first, last = search.window
    window = tr.translate("SchedulingCli", "{first} and {last}").format(
        first=format_day(first, tr.translate, with_year=True),
        last=format_day(last, tr.translate, with_year=True),
    )
    if not search.suggestions:
        print(
            tr.translate(
                "SchedulingCli",
                "No slot without conflicts between {window}: working days inside its "
                "campaign's dates were all tried.",
            ).format(window=window)
        )
        if search.lighter:
            print(
                tr.translate(
                    "SchedulingCli",
                    "Where it would still reach people over the weekly limit, but lighten "
                    "the load without making any conflict worse:",
                )
            )
            for number, slot in enumerate(search.lighter, start=1):
                delta = slot.candidate.delta
                relief = tr.translate(
                    "SchedulingCli",
                    "{people} fewer people over the limit, {excess} fewer communications beyond it",
                ).format(people=-delta.overload_people, excess=-delta.overload_excess)
                print(f"  {number}. {_moment(tr, slot.start)}  ({relief})")
        return 1
    print(
        tr.translate("SchedulingCli", "Slots without conflicts between {window}:").format(
            window=window
        )
    )
    for number, slot in enumerate(search.suggestions, start=1):
        if slot.days_away > 0:
            distance = tr.translate("SchedulingCli", "{days} day(s) later").format(
                days=slot.days_away
            )
        elif slot.days_away < 0:
            distance = tr.translate("SchedulingCli", "{days} day(s) earlier").format(
                days=-slot.days_away
            )
        else:
            distance = tr.translate("SchedulingCli", "same day")
        load = tr.translate(
            "SchedulingCli", "the busiest person it reaches gets {count} of {limit} that week"
        ).format(count=slot.busiest, limit=slot.cap)
        print(f"  {number}. {_moment(tr, slot.start)}  ({distance}; {load})")
    return 0


def _occurrence_on(hub, comm_id: int, day: date, tr: Catalog) -> datetime:
    from .domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError

    found = hub.planning.occurrences_between(day, day)
    for occurrence in found:
        if occurrence.communication.id == comm_id:
            return occurrence.start
    raise CommsPlannerError(
        QT_TRANSLATE_NOOP("errors", "The communication (id {id}) has no occurrence on {day}."),
        id=comm_id,
        day=day.isoformat(),
    )


def cmd_balance(args: argparse.Namespace) -> int:
    from .services.hub import open_hub

    tr = catalog(args.lang)
    hub = open_hub(args.workspace, read_only=not args.apply)
    try:
        proposal = hub.scheduling.balance(
            args.first, args.last, max_seconds=args.max_seconds, language=args.lang
        )
        if args.apply and proposal.moves:
            hub.scheduling.apply_balance(proposal)
    finally:
        hub.close()
    print(
        tr.translate(
            "SchedulingCli", "Balancing {first} to {last}: {moves} move(s), found in {seconds} s."
        ).format(
            first=args.first.isoformat(),
            last=args.last.isoformat(),
            moves=len(proposal.moves),
            seconds=f"{proposal.seconds:.1f}",
        )
    )
    for move in proposal.moves:
        print(
            f"  “{move.title}” ({move.campaign}): "
            f"{_moment(tr, move.old_start)} → {_moment(tr, move.new_start)}"
        )
    before, after = proposal.before, proposal.after
    rows = [
        (
            tr.translate("SchedulingCli", "People over the weekly limit (summed over weeks)"),
            before.overload_people,
            after.overload_people,
        ),
        (
            tr.translate("SchedulingCli", "Communications beyond the weekly limit"),
            before.overload_excess,
            after.overload_excess,
        ),
        (
            tr.translate("SchedulingCli", "People over a channel's weekly limit"),
            before.channel_people,
            after.channel_people,
        ),
        (
            tr.translate("SchedulingCli", "Conflict findings of every kind"),
            before.findings,
            after.findings,
        ),
    ]
    width = max(len(label) for label, _b, _a in rows)
    for label, was, now in rows:
        print(f"  {label + ':':<{width + 1}} {was} → {now}")
    if not proposal.complete:
        print(
            tr.translate(
                "SchedulingCli",
                "Stopped at the time limit: running it again may find more moves.",
            )
        )
    if not proposal.moves:
        print(
            tr.translate(
                "SchedulingCli", "No move would lower the overload without making a conflict worse."
            )
        )
    elif args.apply:
        print(
            tr.translate("SchedulingCli", "Applied: {moves} communication(s) moved.").format(
                moves=len(proposal.moves)
            )
        )
    else:
        print(
            tr.translate("SchedulingCli", "Nothing was changed; add --apply to make these moves.")
        )
    return 0
