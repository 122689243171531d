"""Dashboard on the 100,000-employee demo with 10,000 communications.

Target (issue 7): the dashboard aggregates fill in < 2 s. Printed: the time of the first
computation on a freshly opened workspace (segment memberships not yet cached), of a
recomputation, per part, and of building the eight charts (which the page also does off the
UI thread).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

EMPLOYEES = 100_000
COMMUNICATIONS = 10_000
TARGET_SECONDS = 2.0
TODAY = date(2026, 1, 15)


def _add_communications(path: Path) -> int:
    """Tops the demo up to COMMUNICATIONS communications spread over its plan."""
    from commsplanner.domain import Communication, Status
    from commsplanner.storage import Workspace

    rng = random.Random(7)
    ws = Workspace.open(path)
    try:
        campaigns = [c for c in ws.campaigns.list() if c.id is not None]
        channels = [c.id for c in ws.channels.list() if c.id is not None]
        segments = [s.id for s in ws.segments.list() if s.id is not None]
        owners = sorted({c.owner for c in campaigns if c.owner}) or ["Equipo"]
        missing = COMMUNICATIONS - ws.communications.count()
        first = TODAY.replace(day=1)
        statuses = [Status.DRAFT, Status.APPROVED, Status.SCHEDULED, Status.IDEA]
        batch = []
        for i in range(missing):
            campaign = rng.choice(campaigns)
            start = (campaign.start or first) + timedelta(days=rng.randint(0, 330))
            targets = () if rng.random() < 0.4 else tuple(rng.sample(segments, rng.randint(1, 2)))
            batch.append(
                Communication(
                    campaign_id=campaign.id,  # type: ignore[arg-type]
                    title=f"Extra {i}",
                    start=datetime.combine(start, clock(8 + rng.randint(0, 9), 0)),
                    duration_minutes=rng.choice((15, 30, 45, 60)),
                    channel_id=rng.choice(channels),
                    segment_ids=targets,
                    owner=rng.choice(owners),
                    status=rng.choice(statuses),
                )
            )
        ws.communications.add_many(batch)
        return ws.communications.count()
    finally:
        ws.close()


def main() -> None:
    from commsplanner.services.charts_dashboard import dashboard_charts
    from commsplanner.services.demo import generate_demo
    from commsplanner.services.hub import open_hub

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.commsplan"
        began = time.perf_counter()
        generate_demo(path, employees=EMPLOYEES, today=TODAY)
        made = time.perf_counter() - began
        began = time.perf_counter()
        total = _add_communications(path)
        added = time.perf_counter() - began
        print(f"   demo of {EMPLOYEES:,} employees: {made:.1f} s")
        print(f"   topped up to {total:,} communications: {added:.1f} s")

        hub = open_hub(path, read_only=True)
        try:
            service = hub.dashboard
            first, last = service.period("all", TODAY)
            began = time.perf_counter()
            dashboard = service.compute(first, last, today=TODAY)
            cold = time.perf_counter() - began
            parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in dashboard.timings.items())
            occurrences = dashboard.channels.communications
            print(
                f"   period {first} – {last}: {occurrences:,} dated communications, "
                f"{dashboard.organisation_size:,} employees"
            )
            print(f"   first computation (cold caches): {cold:.2f} s  [{parts}]")
            warm = []
            for _ in range(5):
                began = time.perf_counter()
                dashboard = service.compute(first, last, today=TODAY)
                warm.append(time.perf_counter() - began)
            print(f"   recomputation (median of 5): {statistics.median(warm):.2f} s")
            began = time.perf_counter()
            charts = dashboard_charts(dashboard, "es", titled=False)
            first_charts = time.perf_counter() - began
            drawn = []
            for _ in range(3):
                began = time.perf_counter()
                dashboard_charts(dashboard, "es", titled=False)
                drawn.append(time.perf_counter() - began)
            print(
                f"   {len(charts)} charts built: first {first_charts:.2f} s (imports matplotlib), "
                f"then {statistics.median(drawn):.2f} s"
            )
            page = cold + first_charts
            print(
                f"   whole page off the UI thread (aggregates + charts): first {page:.2f} s, "
                f"then {statistics.median(warm) + statistics.median(drawn):.2f} s"
            )
            verdict = "OK" if cold < TARGET_SECONDS else "OVER TARGET"
            print(
                f"   target: aggregates < {TARGET_SECONDS:.0f} s → cold {cold:.2f} s, "
                f"warm {statistics.median(warm):.2f} s: {verdict}"
            )
        finally:
            hub.close()


if __name__ == "__main__":
    main()
