"""Smart scheduling on the 100,000-employee demo with 5,000 communications and order rules.

Prints: the year check and the what-if index built from it; one candidate position
evaluated (median and p95, cold: nothing cached for that week pair; and warm, as while
dragging over the days of a week already seen) — target < 30 ms; "find a slot" for one
communication; balancing the whole year (target < 10 s) with the overload before → after.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EMPLOYEES = 100_000
COMMUNICATIONS = 5_000
SAMPLES = 400


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def _add_rules(ws, rng: random.Random) -> int:
    """Order rules as templates leave them: in each campaign a few briefing → announcement →
    follow-up chains, managers first where the campaign goes to everyone, and a few embargoes
    ("nothing to this segment in the 3 working days before …") across campaigns."""
    from commsplanner.domain.sequencing import RuleKind, SequencingRule

    segments = {s.name: s.id for s in ws.segments.list()}
    managers = next((i for n, i in segments.items() if "ando" in n or "anager" in n), None)
    rules = []
    for campaign in ws.campaigns.list():
        comms = [c for c in ws.communications.for_campaign(campaign.id) if not c.recurrence]
        for _ in range(min(6, len(comms) // 3)):
            first, second, third = sorted(rng.sample(comms, 3), key=lambda c: c.start)
            rules.append(
                SequencingRule(
                    RuleKind.LEAD_TIME,
                    first_id=first.id,
                    second_id=second.id,
                    campaign_id=campaign.id,
                    days=1,
                )
            )
            rules.append(
                SequencingRule(
                    RuleKind.NOT_BEFORE,
                    first_id=second.id,
                    second_id=third.id,
                    campaign_id=campaign.id,
                )
            )
        if managers is not None and comms and rng.random() < 0.3:
            rules.append(
                SequencingRule(RuleKind.SEGMENT_FIRST, segment_id=managers, campaign_id=campaign.id)
            )
    anchors = rng.sample([c for c in ws.communications.list() if not c.recurrence], 10)
    for anchor in anchors:
        rules.append(
            SequencingRule(
                RuleKind.HOLD_SEGMENT,
                first_id=anchor.id,
                segment_id=rng.choice(list(segments.values())),
                days=3,
            )
        )
    for rule in rules:
        ws.sequencing_rules.add(rule)
    return len(rules)


def _balance(hub, first: date, last: date, label: str) -> None:
    began = time.perf_counter()
    proposal = hub.scheduling.balance(first, last, max_seconds=9.5)
    elapsed = time.perf_counter() - began
    b, a = proposal.before, proposal.after
    print(
        f"balance the year, {label}: {elapsed:.1f} s (target < 10 s; "
        f"{'complete' if proposal.complete else 'stopped at the time limit'}), "
        f"{len(proposal.moves)} moves, {proposal.candidates_checked:,} candidates checked"
    )
    print(
        f"  people over the weekly cap (person-weeks): {b.overload_people:,} → "
        f"{a.overload_people:,} ({_share(b.overload_people, a.overload_people)} fewer)"
    )
    print(
        f"  communications beyond the cap: {b.overload_excess:,} → {a.overload_excess:,} "
        f"({_share(b.overload_excess, a.overload_excess)} fewer); unevenness (sum of squares): "
        f"{_share(b.overload_pressure, a.overload_pressure)} lower"
    )
    print(f"  conflict counts made worse: {a.worse_than(b) or 'none'}")
    began = time.perf_counter()
    edit = hub.scheduling.apply_balance(proposal)
    applied = time.perf_counter() - began
    after = hub.scheduling.totals(hub.conflicts.check(*_weeks(hub, first, last)))
    assert after == a, (after, a)
    hub.scheduling.undo(edit)
    print(f"  applied in {applied:.2f} s and undone; a full re-check agrees with the proposal")


def main() -> None:
    from benchmarks.bench_calendar import _fill
    from commsplanner.services.demo import generate_demo
    from commsplanner.services.hub import ServiceHub
    from commsplanner.storage import Workspace

    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.commsplan"
        anchor = date(date.today().year, 1, 1)
        began = time.perf_counter()
        generate_demo(path, employees=EMPLOYEES, today=anchor)
        ws = Workspace.open(path)
        first, last = anchor, date(anchor.year, 12, 31)
        rules = _add_rules(ws, rng)
        hub = ServiceHub(ws)
        for segment in hub.calendar.segments():
            hub.segmentation.member_ids(segment.id)
        print(
            f"demo plan: {ws.employees.count():,} employees, "
            f"{ws.communications.count():,} communications, {rules} order rules"
        )
        _balance(hub, first, last, "demo plan")
        ws.close()

        ws = Workspace.open(path)
        count = _fill(ws, COMMUNICATIONS, anchor)
        rules = ws.sequencing_rules.count() + _add_rules(ws, rng)
        print(
            f"filled plan: {count:,} communications, {rules} order rules "
            f"({time.perf_counter() - began:.1f} s to build both)"
        )
        hub = ServiceHub(ws)
        for segment in hub.calendar.segments():
            hub.segmentation.member_ids(segment.id)

        began = time.perf_counter()
        report = hub.conflicts.check(first, last)
        checked = time.perf_counter() - began
        began = time.perf_counter()
        index = hub.scheduling.index(report)
        indexed = time.perf_counter() - began
        print(
            f"year check {checked:.2f} s ({len(report.items):,} occurrences, "
            f"{index.population.groups:,} membership groups); what-if index {indexed:.2f} s"
        )

        entries = [e for e in index.entries.values() if e.key]
        cold, warm = [], []
        with_rules = 0
        for _ in range(SAMPLES):
            entry = rng.choice(entries)
            target = datetime.combine(
                first + timedelta(days=rng.randrange(365)), entry.start.time()
            )
            index._week_cache.clear()
            began = time.perf_counter()
            candidate = index.evaluate(entry.comm_id, entry.start, target)
            cold.append(time.perf_counter() - began)
            began = time.perf_counter()
            index.evaluate(entry.comm_id, entry.start, target + timedelta(hours=1))
            warm.append(time.perf_counter() - began)
            if index.evaluator.has_rules(entry.comm_id):
                with_rules += 1
            assert candidate is not None
        print(
            f"one candidate position ({SAMPLES} random moves, {with_rules} under order rules): "
            f"cold {_ms(cold)}; warm {_ms(warm)} (target < 30 ms)"
        )

        # A month view's worth at drag start: 42 days for one communication.
        entry = rng.choice(entries)
        index._week_cache.clear()
        began = time.perf_counter()
        for offset in range(42):
            index.evaluate(
                entry.comm_id,
                entry.start,
                datetime.combine(entry.day - timedelta(days=14 - offset), entry.start.time()),
            )
        print(f"tinting a month view (42 days): {(time.perf_counter() - began) * 1000:.1f} ms")

        _drag_on_the_page(hub, anchor)

        slot_times, found = [], []
        for entry in rng.sample(entries, 20):
            began = time.perf_counter()
            search = hub.scheduling.find_slots(entry.comm_id, occurrence=entry.start, index=index)
            slot_times.append(time.perf_counter() - began)
            found.append(len(search.suggestions))
        print(
            f"find a slot (20 communications, index reused as in the app): {_ms(slot_times)}; "
            f"{statistics.mean(found):.1f} slots found on average"
        )
        entry = rng.choice(entries)
        began = time.perf_counter()
        hub.scheduling.find_slots(entry.comm_id, occurrence=entry.start)
        print(
            f"find a slot from scratch (check of its campaign's weeks included, as the CLI): "
            f"{time.perf_counter() - began:.2f} s"
        )

        _balance(hub, first, last, f"{count:,} communications")
        ws.close()


def _drag_on_the_page(hub, anchor: date) -> None:
    """A real drag on the Calendar page's month view: the first move (every day of the grid
    evaluated, then painted) and the following ones (hover, tooltip, repaint)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from commsplanner.ui.calendar.page import CalendarPage
    from commsplanner.ui.session import WorkspaceSession

    app = QApplication.instance() or QApplication([])
    session = WorkspaceSession(hub)
    page = CalendarPage(session)
    page.resize(1400, 900)
    page.go_to(date(anchor.year, 5, 14))
    page.show()
    page.wait_for_conflicts()
    app.processEvents()
    month = page.month
    month.repaint()
    chip = next(c for c in month._current_layout().chips)
    start = chip.rect.center().toPoint()
    cells = list(month._current_layout().cells.values())
    QTest.mousePress(month, Qt.MouseButton.LeftButton, pos=start)
    began = time.perf_counter()
    QTest.mouseMove(month, QPoint(start.x() + 8, start.y() + 8))
    month.repaint()
    first_move = time.perf_counter() - began
    moves = []
    for cell in cells[::3]:
        began = time.perf_counter()
        QTest.mouseMove(month, cell.center().toPoint())
        month.repaint()
        moves.append(time.perf_counter() - began)
    tinted = sum(1 for c in month.what_if_cells.values() if c is not None)
    QTest.mouseRelease(month, Qt.MouseButton.LeftButton, pos=start)
    print(
        f"dragging on the month view: first move {first_move * 1000:.1f} ms "
        f"({tinted} days tinted, painted); each further move {_ms(moves)}"
    )
    page.close()
    session.undo_stack.clear()


def _weeks(hub, first: date, last: date) -> tuple[date, date]:
    from commsplanner.services.calendar import week_start

    start = hub.calendar.settings().week_start
    return week_start(first, start), week_start(last, start) + timedelta(days=6)


def _share(before: int, after: int) -> str:
    return f"{(before - after) / before:.0%}" if before else "0%"


if __name__ == "__main__":
    main()
