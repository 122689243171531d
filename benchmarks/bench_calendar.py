"""Calendar speed on the 100,000-employee demo with 10,000 communications.

Prints: the year-long per-person overload check (cold: segment members computed; warm:
members cached), switching month (load the month's items + repaint) and scrolling the
timeline (one week + repaint), as medians. Targets: check < 2 s, repaints < 50 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EMPLOYEES = 100_000
COMMUNICATIONS = 10_000


def _fill(ws, total: int, first: date, seed: int = 7) -> int:
    """Adds one-off communications spread over a year until the plan holds ``total``."""
    from commsplanner.domain import Communication, Status

    have = ws.communications.count()
    campaigns = ws.campaigns.list()
    channels = [c.id for c in ws.channels.list()]
    rng = random.Random(seed)
    extra = []
    for n in range(max(total - have, 0)):
        campaign = rng.choice(campaigns)
        day = first + timedelta(days=rng.randrange(365))
        extra.append(
            Communication(
                campaign_id=campaign.id,
                title=f"Aviso {n + 1}",
                start=datetime.combine(day, clock(rng.choice((8, 9, 10, 11, 12, 15, 16)))),
                duration_minutes=rng.choice((15, 30, 45, 60)),
                channel_id=rng.choice(channels),
                segment_ids=(rng.choice(campaign.segment_ids),) if campaign.segment_ids else (),
                status=rng.choice((Status.DRAFT, Status.APPROVED, Status.SCHEDULED)),
            )
        )
    ws.communications.add_many(extra)
    return ws.communications.count()


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (max {max(samples) * 1000:.1f} ms)"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from commsplanner.services.demo import generate_demo
    from commsplanner.services.hub import ServiceHub
    from commsplanner.storage import Workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.commsplan"
        anchor = date(date.today().year, 1, 1)
        began = time.perf_counter()
        generate_demo(path, employees=EMPLOYEES, today=anchor)
        ws = Workspace.open(path)
        count = _fill(ws, COMMUNICATIONS, anchor)
        print(
            f"workspace: {ws.employees.count():,} employees, {count:,} communications "
            f"({time.perf_counter() - began:.1f} s to build)"
        )
        hub = ServiceHub(ws)
        first, last = anchor, date(anchor.year, 12, 31)
        occurrences = len(hub.calendar.items(first, last))
        print(f"occurrences in {anchor.year}: {occurrences:,}")

        began = time.perf_counter()
        for segment in hub.calendar.segments():
            hub.segmentation.member_ids(segment.id)
        members = time.perf_counter() - began
        began = time.perf_counter()
        report = hub.conflicts.check(first, last)
        cold = time.perf_counter() - began
        timings = []
        for _ in range(3):
            began = time.perf_counter()
            report = hub.conflicts.check(first, last)
            timings.append(time.perf_counter() - began)
        print(
            f"segment members from the segmentation service "
            f"({len(hub.calendar.segments())} segments): {members:.2f} s"
        )
        print(
            f"year overload check: first {cold:.2f} s (grouping people by membership "
            f"included), then {statistics.median(timings):.2f} s "
            f"(target < 2 s); {len(report.conflicts):,} findings, "
            f"{sum(1 for v in report.week_overload.values() if v)} overloaded weeks"
        )

        from commsplanner.ui.calendar.page import CalendarPage
        from commsplanner.ui.session import WorkspaceSession

        session = WorkspaceSession(hub)
        page = CalendarPage(session)
        page.resize(1400, 900)
        page.go_to(anchor)
        page.show()
        page.wait_for_conflicts()
        app.processEvents()

        month = page.month
        samples = []
        for _ in range(12):
            began = time.perf_counter()
            month.shift_period(1)  # reloads the month's items through range_changed
            month.repaint()
            samples.append(time.perf_counter() - began)
        print(f"month switch + repaint: {_median_ms(samples)} (target < 50 ms)")

        page.set_view("timeline")
        page.timeline.set_zoom("quarter")
        page.go_to(anchor)
        app.processEvents()
        timeline = page.timeline
        samples = []
        for _ in range(20):
            began = time.perf_counter()
            timeline.scroll_days(7)
            timeline.repaint()
            samples.append(time.perf_counter() - began)
        print(
            f"timeline scroll (1 week, quarter, {len(timeline.rows())} lanes) + repaint: "
            f"{_median_ms(samples)} (target < 50 ms)"
        )
        page.close()
        session.close()


if __name__ == "__main__":
    main()
