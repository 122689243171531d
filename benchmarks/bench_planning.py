"""Planning on a large plan: occurrence expansion, edits with undo, approval snapshot + diff,
template instantiation, and the Campaigns page loading.

The plan: 200 campaigns with 2,000 communications, a third of them repeating (weekly or
monthly, many unbounded), over two years. Figures are medians of several runs.
Reference points: the calendar asks ``occurrences_between`` for a month view on every edit,
so a month should expand in well under 100 ms; a whole year in under 1 s. Opening the
Campaigns page should stay under 1 s (the shell's start-up budget is ~330 ms for a bare
window; the page is built when first shown).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

CAMPAIGNS = 200
COMMUNICATIONS_PER_CAMPAIGN = 10


def _median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    fn()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _build(path: Path) -> None:
    from commsplanner.domain import (
        Campaign,
        Channel,
        ChannelKind,
        Communication,
        CorporateValue,
        EntityKind,
        Segment,
        ValueWeight,
    )
    from commsplanner.services.planning import PlanningService
    from commsplanner.storage import Workspace

    rng = random.Random(7)
    ws = Workspace.create(path)
    planning = PlanningService(ws)
    values = [
        planning.add_value(CorporateValue(f"Valor {i}")).created_id(EntityKind.VALUE)
        for i in range(6)
    ]
    channels = [
        planning.add_channel(Channel(f"Canal {k.value}", k)).created_id(EntityKind.CHANNEL)
        for k in ChannelKind
    ]
    segments = [ws.segments.add(Segment(f"Segmento {i}")).id for i in range(12)]
    first = date(2026, 1, 5)
    rules = (
        "FREQ=WEEKLY;BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20",
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
    )
    with ws.transaction():
        for number in range(CAMPAIGNS):
            start = first + timedelta(days=rng.randrange(0, 600))
            comms = []
            for item in range(COMMUNICATIONS_PER_CAMPAIGN):
                moment = datetime.combine(
                    start + timedelta(days=rng.randrange(0, 60)), datetime.min.time()
                ).replace(hour=rng.choice((8, 9, 10, 12, 16)))
                comms.append(
                    Communication(
                        0,
                        f"Comunicación {number}-{item}",
                        moment,
                        channel_id=rng.choice(channels),
                        segment_ids=tuple(rng.sample(segments, rng.randrange(0, 3))),
                        recurrence=rng.choice(rules) if item % 3 == 0 else None,
                    )
                )
            planning.add_campaign(
                Campaign(
                    f"Campaña {number}",
                    start=start,
                    end=start + timedelta(days=90),
                    value_weights={rng.choice(values): ValueWeight.PRIMARY},
                    segment_ids=tuple(rng.sample(segments, 2)),
                    owner=rng.choice(("Ana", "Luis", "Marta", "Pablo")),
                ),
                comms,
            )
    ws.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from commsplanner.services.approvals import ApprovalService
    from commsplanner.services.planning import PlanningService
    from commsplanner.services.templates import TemplateService
    from commsplanner.storage import Workspace

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.commsplan"
        began = time.perf_counter()
        _build(path)
        print(
            f"build {CAMPAIGNS} campaigns / {CAMPAIGNS * COMMUNICATIONS_PER_CAMPAIGN} "
            f"communications through PlanningService: {time.perf_counter() - began:.1f} s"
        )
        ws = Workspace.open(path)
        planning = PlanningService(ws)
        month = _median_ms(
            lambda: planning.occurrences_between(date(2026, 6, 1), date(2026, 6, 30))
        )
        year = _median_ms(
            lambda: planning.occurrences_between(date(2026, 1, 1), date(2026, 12, 31)), 3
        )
        count = len(planning.occurrences_between(date(2026, 1, 1), date(2026, 12, 31)))
        print(f"occurrences_between, one month: {month:.0f} ms (target < 100 ms)")
        print(
            f"occurrences_between, one year ({count} occurrences): {year:.0f} ms (target < 1000 ms)"
        )

        campaign = planning.campaigns()[100]

        def edit_and_undo() -> None:
            edit = planning.update_campaign(replace(campaign, notes="x"))
            planning.undo(edit)

        print(f"update a campaign + undo: {_median_ms(edit_and_undo):.1f} ms")

        def delete_and_undo() -> None:
            edit = planning.delete_campaign(campaign.id)
            planning.undo(edit)

        print(
            f"delete a campaign with 10 communications + undo: {_median_ms(delete_and_undo):.1f} ms"
        )

        approvals = ApprovalService(ws)
        snapshot = _median_ms(approvals.snapshot)
        print(f"approval snapshot of the whole plan: {snapshot:.0f} ms")
        edit = approvals.record_approval("Dirección", "OK")
        for comm in planning.communications()[:50]:
            planning.update_communication(replace(comm, start=comm.start + timedelta(days=1)))
        diff = _median_ms(lambda: approvals.diff_since_last_approval().lines(), 5)
        lines = len(approvals.diff_since_last_approval().lines())
        print(f"diff since approval ({lines} lines): {diff:.0f} ms")
        planning.undo(edit)

        templates = TemplateService(ws, planning)

        def instantiate_and_undo() -> None:
            made = templates.instantiate("pulse_survey", date(2026, 9, 7), language="es")
            planning.undo(made)

        print(f"campaign from a template + undo: {_median_ms(instantiate_and_undo, 5):.0f} ms")
        ws.close()

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from commsplanner.services.hub import open_hub
        from commsplanner.ui.planning.campaigns_page import CampaignsPage
        from commsplanner.ui.session import WorkspaceSession

        session = WorkspaceSession(open_hub(path))
        began = time.perf_counter()
        page = CampaignsPage(session)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        built = (time.perf_counter() - began) * 1000
        print(f"Campaigns page built and shown: {built:.0f} ms (target < 1000 ms)")
        campaign_id = page.model.item(0).id
        select = _median_ms(lambda: page.editor.show_campaign(campaign_id), 5)
        print(f"show one campaign in the editor: {select:.0f} ms")
        refresh = _median_ms(page.reload, 5)
        print(f"reload the page after an edit: {refresh:.0f} ms")
        page.close()
        session.close()


if __name__ == "__main__":
    main()
