"""The segments' subcommands of ``commsplanner-cli``: ``segments`` and ``segment-count``.

    commsplanner-cli segments WORKSPACE [--rules]
    commsplanner-cli segment-count WORKSPACE RULE [--number]

``segment-count`` reads the rule in its text form (English or Spanish keywords), e.g.
``position in ("Cajero", "Supervisor") and "sostenibilidad" in interests``. A rule that
cannot be read prints the problem, the rule and a caret under the column, and exits 2.
Both open the workspace read-only. Services only, no storage.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from .domain.rules import RuleSyntaxError
from .i18n import Catalog, catalog


def register(commands, tr: Catalog, add_command) -> None:
    """Adds the segment subcommands to the CLI's parser (called by ``cli.build_parser``)."""
    listing = add_command(
        commands,
        tr,
        "segments",
        cmd_segments,
        tr.translate("SegmentsCli", "List the segments of a workspace with their sizes."),
    )
    listing.add_argument(
        "workspace",
        metavar=tr.translate("SegmentsCli", "WORKSPACE"),
        help=tr.translate("SegmentsCli", "The workspace file (.commsplan); opened read-only."),
    )
    listing.add_argument(
        "--rules",
        action="store_true",
        help=tr.translate("SegmentsCli", "Also print each segment's rule as text."),
    )

    count = add_command(
        commands,
        tr,
        "segment-count",
        cmd_segment_count,
        tr.translate(
            "SegmentsCli",
            "Count the active employees a rule selects, e.g. "
            '\'position in ("Cajero", "Supervisor") and "sostenibilidad" in interests\'.',
        ),
    )
    count.add_argument(
        "workspace",
        metavar=tr.translate("SegmentsCli", "WORKSPACE"),
        help=tr.translate("SegmentsCli", "The workspace file (.commsplan); opened read-only."),
    )
    count.add_argument(
        "rule",
        metavar=tr.translate("SegmentsCli", "RULE"),
        help=tr.translate(
            "SegmentsCli",
            "The rule as text. Comparisons: = != in, not in, contains, has, lacks, before, "
            "after; join with and / or / not (or y / o / no); custom attributes as attr:Name.",
        ),
    )
    count.add_argument(
        "--number",
        action="store_true",
        help=tr.translate("SegmentsCli", "Print only the number (for scripts)."),
    )


def _open(path: str):
    from .services.hub import open_hub

    return open_hub(path, read_only=True)


def cmd_segments(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, _decimal, _number

    tr = catalog(args.lang)
    hub = _open(args.workspace)
    try:
        service = hub.segmentation
        segments = service.list_segments()
        total = service.organisation_size()
        rows = []
        notes: list[str] = []
        for segment in segments:
            assert segment.id is not None
            size = service.size(segment.id)
            share = size / total * 100 if total else 0.0
            rows.append((segment, size, share))
            for warning in service.warnings(segment.id):
                template = tr.translate("segment_warnings", warning.template)
                notes.append(f"⚠ {segment.name}: {warning.format(template)}")
    finally:
        hub.close()
    if not rows:
        print(tr.translate("SegmentsCli", "This workspace has no segments yet."))
        return EXIT_OK
    headers = (
        tr.translate("SegmentsCli", "Segment"),
        tr.translate("SegmentsCli", "Members"),
        tr.translate("SegmentsCli", "Share"),
    )
    cells = [
        (s.name, _number(size, args.lang), _decimal(share, args.lang) + " %")
        for s, size, share in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print(f"{headers[0]:<{widths[0]}}  {headers[1]:>{widths[1]}}  {headers[2]:>{widths[2]}}")
    for (segment, _, _), (name, members, share) in zip(rows, cells, strict=True):
        print(f"{name:<{widths[0]}}  {members:>{widths[1]}}  {share:>{widths[2]}}")
        if args.rules:
            text = service.format_rule(segment.rule, args.lang) if segment.rule else ""
            print("    " + (text or tr.translate("SegmentsCli", "(no rule: only added by hand)")))
    print(
        tr.translate("SegmentsCli", "{segments} segment(s); {employees} active employees.").format(
            segments=_number(len(rows), args.lang), employees=_number(total, args.lang)
        )
    )
    for note in notes:
        print(note)
    return EXIT_OK


def cmd_segment_count(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, EXIT_USAGE, PROG, _decimal, _number

    tr = catalog(args.lang)
    hub = _open(args.workspace)
    try:
        service = hub.segmentation
        try:
            rule = service.parse_rule(args.rule)
        except RuleSyntaxError as exc:
            message = exc.format(tr.translate("errors", exc.template))
            *head, source, caret = message.split("\n")
            # The rule and a caret under the column, indented alike, after one message line.
            with contextlib.suppress(Exception):
                sys.stderr.write(f"{PROG}: {' '.join(' '.join(head).split())}\n")
                sys.stderr.write(f"    {source}\n    {caret}\n")
                sys.stderr.flush()
            return EXIT_USAGE
        count = service.count_rule(rule)
        total = service.organisation_size()
        warnings = service.rule_warnings(rule)
    finally:
        hub.close()
    if args.number:
        print(count)
        return EXIT_OK
    share = count / total * 100 if total else 0.0
    print(
        tr.translate(
            "SegmentsCli", "{count} of {total} active employees ({share} %) match the rule."
        ).format(
            count=_number(count, args.lang),
            total=_number(total, args.lang),
            share=_decimal(share, args.lang),
        )
    )
    for warning in warnings:
        print("⚠ " + warning.format(tr.translate("segment_warnings", warning.template)))
    return EXIT_OK
