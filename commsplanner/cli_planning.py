"""The planning subcommands of ``commsplanner-cli``: ``campaigns`` and ``diff``.

    commsplanner-cli campaigns WORKSPACE [--status STATUS]
    commsplanner-cli diff WORKSPACE

``campaigns`` lists every campaign with its status, dates, values and segments (with their
sizes); ``diff`` prints what changed since the plan was last approved (exit 1 when it never
was). Both open the workspace read-only. Services only, no storage.
"""

from __future__ import annotations

import argparse
from datetime import date

from .domain import Status, ValueWeight
from .i18n import Catalog, catalog


def register(commands, tr: Catalog, add_command) -> None:
    """Adds the planning subcommands to the CLI's parser (called by ``cli.build_parser``)."""
    campaigns = add_command(
        commands,
        tr,
        "campaigns",
        cmd_campaigns,
        tr.translate(
            "PlanningCli",
            "List the campaigns of a plan with their status, dates, values and segments.",
        ),
    )
    campaigns.add_argument(
        "workspace",
        metavar=tr.translate("PlanningCli", "WORKSPACE"),
        help=tr.translate(
            "PlanningCli", "The workspace file (.commsplan); it is opened read-only."
        ),
    )
    campaigns.add_argument(
        "--status",
        choices=[s.value for s in Status],
        action="append",
        help=tr.translate("PlanningCli", "Only campaigns with this status (may be repeated)."),
    )
    diff = add_command(
        commands,
        tr,
        "diff",
        cmd_diff,
        tr.translate("PlanningCli", "Print what changed in the plan since it was last approved."),
    )
    diff.add_argument(
        "workspace",
        metavar=tr.translate("PlanningCli", "WORKSPACE"),
        help=tr.translate(
            "PlanningCli", "The workspace file (.commsplan); it is opened read-only."
        ),
    )


def _format_date(day: date | None, lang: str) -> str:
    if day is None:
        return "…"
    return day.strftime("%d/%m/%Y") if lang == "es" else day.isoformat()


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    if lang == "es":
        return text.replace(",", ".") if value >= 10_000 else str(value)
    return text


def cmd_campaigns(args: argparse.Namespace) -> int:
    from .services.hub import open_hub
    from .services.planning import STATUS_LABELS

    tr = catalog(args.lang)
    hub = open_hub(args.workspace, read_only=True)
    try:
        planning = hub.planning
        campaigns = planning.campaigns()
        values = {v.id: v.name for v in planning.values()}
        segments = {s.id: s.name for s in planning.segments()}
        sizes = hub.segmentation.sizes() if segments else {}
        counts = planning.communication_counts()
    finally:
        hub.close()
    if args.status:
        wanted = {Status(s) for s in args.status}
        campaigns = [c for c in campaigns if c.status in wanted]
    if not campaigns:
        print(tr.translate("PlanningCli", "No campaigns."))
        return 0
    none = tr.translate("PlanningCli", "none")
    for campaign in campaigns:
        status = tr.translate("status", STATUS_LABELS[campaign.status])
        dates = (
            f"{_format_date(campaign.start, args.lang)} – {_format_date(campaign.end, args.lang)}"
        )
        print(f"{campaign.name}  [{status}]  {dates}")
        ranked = sorted(
            campaign.value_weights.items(),
            key=lambda kv: (kv[1] is not ValueWeight.PRIMARY, values.get(kv[0], "")),
        )
        value_text = ", ".join(
            values.get(vid, f"#{vid}")
            + (tr.translate("PlanningCli", " (primary)") if weight is ValueWeight.PRIMARY else "")
            for vid, weight in ranked
        )
        segment_text = ", ".join(
            tr.translate("PlanningCli", "{name} ({size} people)").format(
                name=segments.get(sid, f"#{sid}"), size=_number(sizes.get(sid, 0), args.lang)
            )
            for sid in campaign.segment_ids
        )
        print(
            "    "
            + tr.translate("PlanningCli", "Values: {values}").format(values=value_text or none)
        )
        print(
            "    "
            + tr.translate("PlanningCli", "Segments: {segments}").format(
                segments=segment_text or none
            )
        )
        print(
            "    "
            + tr.translate("PlanningCli", "Communications: {count}").format(
                count=counts.get(campaign.id, 0)
            )
        )
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from .services.hub import open_hub

    tr = catalog(args.lang)
    hub = open_hub(args.workspace, read_only=True)
    try:
        diff = hub.approvals.diff_since_last_approval()
    finally:
        hub.close()
    approval = diff.approval
    print(
        tr.translate("PlanningCli", "Approved by {who} on {when}: “{comment}”").format(
            who=approval.who,
            when=_format_date(approval.at.date(), args.lang) + approval.at.strftime(" %H:%M"),
            comment=approval.comment,
        )
    )
    lines = diff.lines(
        tr,
        format_date=lambda d: _format_date(d, args.lang),
        format_datetime=lambda d: _format_date(d.date(), args.lang) + d.strftime(" %H:%M"),
    )
    if not lines:
        print(tr.translate("PlanningCli", "Nothing has changed since then."))
        return 0
    print(tr.translate("PlanningCli", "{count} change(s) since then:").format(count=len(lines)))
    for line in lines:
        print(f"- {line}")
    return 0
