"""Segments on a 100,000-employee workspace: rule recount and overlap matrix.

Targets (issue 3): recount of a 4-clause rule < 100 ms and at most 2x a hand-written SQL
COUNT of the same condition measured in the same run; overlap matrix of 20 segments < 1 s.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

EMPLOYEES = 100_000


def _median_ms(fn: Callable[[], object], repeat: int = 15) -> float:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _build_directory(path: Path) -> None:
    """The demo workspace when its generator is there, else a similar random directory."""
    try:
        from commsplanner.services.demo import generate_demo
    except ImportError:
        generate_demo = None
    if generate_demo is not None:
        generate_demo(path, employees=EMPLOYEES)
        return
    from commsplanner.domain import Employee
    from commsplanner.storage import Workspace

    rng = random.Random(7)
    positions = [f"Puesto {i}" for i in range(30)] + ["Cajero", "Reponedor", "Supervisor"]
    departments = ["Ventas", "TI", "Logística", "RR. HH.", "Finanzas", "Marketing", "Compras"]
    locations = [f"Tienda {i}" for i in range(60)]
    tags = ["sostenibilidad", "deporte", "formación", "salud", "tecnología", "voluntariado"]
    tags += [f"tema {i}" for i in range(14)]

    def person(i: int) -> Employee:
        return Employee(
            external_id=f"E{i:06d}",
            display_name=f"Persona {i}",
            position=rng.choice(positions),
            department=rng.choice(departments),
            location=rng.choice(locations),
            level=rng.choice(["1", "2", "3", "4"]),
            customer_facing=rng.random() < 0.6,
            language=rng.choice(["es", "en", "ca"]),
            interests=tuple(rng.sample(tags, rng.randint(0, 4))),
            needs=tuple(rng.sample(tags, rng.randint(0, 3))),
            expectations=tuple(rng.sample(tags, rng.randint(0, 2))),
            start_date=date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000)),
            active=rng.random() < 0.97,
        )

    ws = Workspace.create(path)
    try:
        ws.employees.add_many(person(i) for i in range(EMPLOYEES))
    finally:
        ws.close()


def main() -> None:
    from commsplanner.domain import Segment
    from commsplanner.domain.rules import parse, to_dict
    from commsplanner.services.segmentation import SegmentationService, added_segment_id
    from commsplanner.storage import Workspace

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.commsplan"
        began = time.perf_counter()
        _build_directory(path)
        print(f"directory of {EMPLOYEES:,} employees built in {time.perf_counter() - began:.1f} s")
        ws = Workspace.open(path)
        try:
            service = SegmentationService(ws)
            positions = [v for v, _ in service.distinct_values("position")[:2]]
            interest = service.distinct_values("interests")[0][0]
            department = service.distinct_values("department")[0][0]
            rule = parse(
                f"position in ({', '.join(repr_text(p) for p in positions)}) "
                f"and {repr_text(interest)} in interests "
                f"and not department = {repr_text(department)} and customer_facing"
            )
            print(f"rule: {service.format_rule(rule)}")
            hand_sql = (
                "SELECT COUNT(*) FROM employees WHERE active AND position IN (?, ?) "
                "AND EXISTS (SELECT 1 FROM employee_tags t WHERE t.kind = 'interests' "
                "AND t.tag = ? AND t.employee_id = employees.id) "
                "AND department <> ? AND customer_facing = 1"
            )
            hand_params = (*positions, interest, department)
            hand_count = ws.conn.execute(hand_sql, hand_params).fetchone()[0]
            rule_count = service.count_rule(rule)
            assert rule_count == hand_count, (rule_count, hand_count)
            rule_ms = _median_ms(lambda: service.count_rule(rule))
            hand_ms = _median_ms(lambda: ws.conn.execute(hand_sql, hand_params).fetchone())
            ratio = rule_ms / hand_ms if hand_ms else float("inf")
            print(
                f"recount of a 4-clause rule ({rule_count:,} members): {rule_ms:.1f} ms "
                f"(hand-written SQL COUNT: {hand_ms:.1f} ms, ratio {ratio:.2f}) "
                f"-> target < 100 ms and <= 2x: {'OK' if rule_ms < 100 and ratio <= 2 else 'MISSED'}"
            )

            # Twenty segments of varied shapes and sizes.
            values = {
                f: [v for v, _ in service.distinct_values(f)]
                for f in ("position", "department", "location", "interests", "needs")
            }
            texts = []
            for i in range(20):
                pick = values[("position", "department", "location", "interests", "needs")[i % 5]]
                value = pick[i % len(pick)]
                if i % 5 >= 3:
                    field = ("interests", "needs")[i % 5 - 3]
                    texts.append(f"{repr_text(value)} in {field} or customer_facing")
                else:
                    field = ("position", "department", "location")[i % 5]
                    texts.append(
                        f"{field} = {repr_text(value)} or level = {repr_text(str(i % 4 + 1))}"
                    )
            segment_ids = []
            with ws.transaction():
                for i, text in enumerate(texts):
                    changes = service.add_segment(Segment(f"S{i:02d}", rule=to_dict(parse(text))))
                    segment_ids.append(added_segment_id(changes))

            def cold_matrix() -> object:
                service.invalidate()
                return service.overlap_matrix(segment_ids)

            cold_ms = _median_ms(cold_matrix, repeat=5)
            warm_ms = _median_ms(lambda: service.overlap_matrix(segment_ids), repeat=10)
            sizes = service.overlap_matrix(segment_ids).sizes
            print(
                f"overlap matrix of 20 segments (sizes {int(sizes.min()):,}–{int(sizes.max()):,}): "
                f"{cold_ms:.0f} ms from scratch, {warm_ms:.1f} ms with memberships cached "
                f"-> target < 1000 ms: {'OK' if cold_ms < 1000 else 'MISSED'}"
            )
            sizes_ms = _median_ms(lambda: (service.invalidate(), service.sizes()), repeat=5)
            print(f"sizes of 20 segments from scratch: {sizes_ms:.0f} ms")
            profile_cold = _median_ms(
                lambda: (service.invalidate(), service.profile(segment_ids[0])), repeat=3
            )
            profile_warm = _median_ms(lambda: service.profile(segment_ids[1]), repeat=5)
            print(f"profile: {profile_cold:.0f} ms from scratch, {profile_warm:.1f} ms cached")
            unreached_ms = _median_ms(lambda: service.unreached_report(segment_ids[:5]), repeat=5)
            print(f"unreached report over 5 segments (cached): {unreached_ms:.1f} ms")
        finally:
            ws.close()


def repr_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
