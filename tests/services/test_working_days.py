"""Working-day arithmetic over weekends, public holidays (national and regional) and blackouts."""

from __future__ import annotations

from datetime import date

import pytest

from commsplanner.domain import Blackout, WorkspaceSettings
from commsplanner.services.working_days import WorkingDays


def test_weekends_are_skipped() -> None:
    days = WorkingDays()
    friday, monday = date(2025, 3, 7), date(2025, 3, 10)
    assert days.between(friday, monday) == 1
    assert days.between(monday, friday) == -1
    assert days.between(monday, monday) == 0
    assert days.add(friday, 1) == monday
    assert days.add(monday, -1) == friday
    assert days.add(monday, 0) == monday
    assert days.next_working(date(2025, 3, 8)) == monday
    assert days.previous_working(date(2025, 3, 9)) == friday
    assert days.closed_reason(date(2025, 3, 8)) == "weekend"
    assert days.closed_reason(monday) == ""


def test_national_and_regional_holidays() -> None:
    spain = WorkingDays(country="ES")
    # Thursday 1 May 2025 is Labour Day everywhere in Spain; Friday 2 May only in Madrid.
    assert not spain.is_working(date(2025, 5, 1))
    assert spain.closed_reason(date(2025, 5, 1)) == "holiday"
    assert spain.is_working(date(2025, 5, 2))
    assert spain.between(date(2025, 4, 30), date(2025, 5, 5)) == 2  # 2 May and 5 May
    madrid = WorkingDays(country="ES", region="MD")
    assert not madrid.is_working(date(2025, 5, 2))
    assert madrid.between(date(2025, 4, 30), date(2025, 5, 5)) == 1
    assert madrid.add(date(2025, 4, 30), 1) == date(2025, 5, 5)
    assert madrid.add(date(2025, 5, 5), -1) == date(2025, 4, 30)
    # Christmas and New Year across a year boundary.
    assert spain.between(date(2025, 12, 24), date(2026, 1, 2)) == 5  # 26, 29, 30, 31 Dec, 2 Jan


def test_unknown_country_or_region_means_no_holidays() -> None:
    assert WorkingDays(country="").is_working(date(2025, 5, 1))
    assert WorkingDays(country="XX").is_working(date(2025, 5, 1))
    assert WorkingDays(country="ES", region="ZZ").is_working(date(2025, 5, 2))


def test_blackouts_are_not_working_days() -> None:
    days = WorkingDays(blackouts=[(date(2025, 3, 4), date(2025, 3, 5))])
    assert days.closed_reason(date(2025, 3, 4)) == "blackout"
    assert days.between(date(2025, 3, 3), date(2025, 3, 6)) == 1
    assert days.working_days(date(2025, 3, 3), date(2025, 3, 9)) == [
        date(2025, 3, 3),
        date(2025, 3, 6),
        date(2025, 3, 7),
    ]
    assert days.working_days(date(2025, 3, 9), date(2025, 3, 3)) == []


def test_far_apart_dates_grow_the_table() -> None:
    days = WorkingDays()
    # 52 full weeks of five days, whatever the distance from the first question.
    assert days.between(date(2025, 1, 6), date(2026, 1, 5)) == 260
    assert days.between(date(2020, 1, 6), date(2021, 1, 4)) == 260
    assert days.between(date(2030, 1, 7), date(2031, 1, 6)) == 260


@pytest.mark.parametrize("count", [1, 3, 10, 40])
def test_add_and_between_agree(count: int) -> None:
    days = WorkingDays(
        country="ES", region="MD", blackouts=[(date(2025, 4, 14), date(2025, 4, 16))]
    )
    start = date(2025, 4, 10)
    later = days.add(start, count)
    assert days.between(start, later) == count
    assert days.is_working(later)
    earlier = days.add(start, -count)
    assert days.between(earlier, days.previous_working(start)) == count


def test_for_workspace_reads_settings_and_blackouts(workspace) -> None:
    workspace.settings.save(WorkspaceSettings(country="ES", region="MD"))
    workspace.blackouts.add(Blackout("Cierre", date(2025, 3, 31), date(2025, 3, 31)))
    days = WorkingDays.for_workspace(workspace)
    assert not days.is_working(date(2025, 5, 2))
    assert not days.is_working(date(2025, 3, 31))
    assert days.is_working(date(2025, 4, 1))
