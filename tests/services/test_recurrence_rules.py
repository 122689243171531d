"""Repetition rules built from the editor's choices, read back, and said in words."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr

from commsplanner.domain import ValidationError
from commsplanner.i18n import Catalog
from commsplanner.paths import resource_path
from commsplanner.services.recurrence_rules import (
    EndMode,
    Frequency,
    MonthlyMode,
    RecurrenceSpec,
    checked_rule,
    daily_rule,
    describe,
    describe_rule,
    monthly_by_day_rule,
    monthly_by_weekday_rule,
    weekly_rule,
)

START = datetime(2026, 3, 10, 9, 0)  # a Tuesday, the second of its month


def _days(rule: str, start: datetime = START, n: int = 10) -> list[date]:
    return [d.date() for d in list(rrulestr(rule, dtstart=start))[:n]]


def test_weekly_on_given_days_with_a_count() -> None:
    rule = weekly_rule([3, 1], count=4)
    assert rule == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"
    assert _days(rule) == [
        date(2026, 3, 10),
        date(2026, 3, 12),
        date(2026, 3, 17),
        date(2026, 3, 19),
    ]


def test_every_other_week_until_a_date_includes_that_whole_day() -> None:
    rule = weekly_rule([1], interval=2, until=date(2026, 4, 7))
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260407T235959"
    assert _days(rule) == [date(2026, 3, 10), date(2026, 3, 24), date(2026, 4, 7)]


def test_monthly_on_the_second_tuesday() -> None:
    rule = monthly_by_weekday_rule(2, 1, count=3)
    assert rule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"
    assert _days(rule) == [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]
    assert monthly_by_weekday_rule(-1, 4) == "FREQ=MONTHLY;BYDAY=-1FR"
    with pytest.raises(ValueError):
        monthly_by_weekday_rule(5, 1)


def test_monthly_by_day_of_month_clamps_to_short_months_unless_told_not_to() -> None:
    start = datetime(2026, 1, 31, 9)
    clamped = monthly_by_day_rule(31, count=4)
    assert clamped == "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=4"
    assert _days(clamped, start) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    strict = monthly_by_day_rule(31, clamp_to_month_end=False, count=3)
    assert strict == "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3"
    assert _days(strict, start) == [date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31)]
    # Day 30 in a leap year's February falls on the 29th.
    assert _days(monthly_by_day_rule(30, count=2), datetime(2028, 1, 30, 9)) == [
        date(2028, 1, 30),
        date(2028, 2, 29),
    ]
    assert monthly_by_day_rule(15) == "FREQ=MONTHLY;BYMONTHDAY=15"


def test_daily_and_until_or_count_not_both() -> None:
    assert daily_rule(interval=2, count=3) == "FREQ=DAILY;INTERVAL=2;COUNT=3"
    with pytest.raises(ValueError):
        daily_rule(until=date(2026, 1, 1), count=2)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;UNTIL=20261231T235959",
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;COUNT=4",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=DAILY;COUNT=5",
    ],
)
def test_rules_the_editor_makes_read_back_unchanged(rule: str) -> None:
    spec = RecurrenceSpec.from_rule(rule, START)
    assert spec.frequency is not Frequency.CUSTOM
    assert spec.to_rule() == rule


def test_rules_beyond_the_editor_are_kept_as_custom() -> None:
    spec = RecurrenceSpec.from_rule("FREQ=YEARLY;BYMONTH=3", START)
    assert spec.frequency is Frequency.CUSTOM
    assert spec.to_rule() == "FREQ=YEARLY;BYMONTH=3"
    assert describe(spec) == "Custom repetition (FREQ=YEARLY;BYMONTH=3)"


def test_defaults_follow_the_start_day() -> None:
    weekly = RecurrenceSpec.default_for(START, Frequency.WEEKLY)
    assert weekly.weekdays == (1,)
    monthly = RecurrenceSpec.default_for(datetime(2026, 3, 31, 9), Frequency.MONTHLY)
    assert (monthly.month_day, monthly.week_number, monthly.weekday) == (31, -1, 1)
    assert RecurrenceSpec.from_rule(None, START).to_rule() is None


def test_checked_rule_refuses_unusable_rules() -> None:
    assert checked_rule(RecurrenceSpec(), START) is None
    with pytest.raises(ValidationError):
        checked_rule(RecurrenceSpec(Frequency.CUSTOM, custom_rule="FREQ=NEVER"), START)


def test_summaries_in_english() -> None:
    assert describe(RecurrenceSpec()) == "Does not repeat"
    assert (
        describe_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=6", START)
        == "Every 2 weeks on Monday, Wednesday and Friday; 6 times"
    )
    assert (
        describe_rule("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630T235959", START)
        == "Every month on the second Tuesday; until 2026-06-30"
    )
    assert (
        describe_rule("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=1", START)
        == "Every month on day 31 (or the last day of shorter months); once only"
    )
    assert (
        describe_rule(
            "FREQ=DAILY",
            START,
            skipped=[date(2026, 3, 12), date(2026, 3, 11), date(2026, 3, 13), date(2026, 3, 14)],
        )
        == "Every day; skipping 2026-03-11, 2026-03-12, 2026-03-13 and 1 more"
    )


def test_summaries_in_spanish() -> None:
    spanish = Catalog.from_files("es", sorted(resource_path("i18n").glob("*_es.ts")))
    assert (
        describe_rule("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6", START, spanish)
        == "Cada semana: lunes y jueves; 6 veces"
    )
    assert (
        describe_rule(
            "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630T235959",
            START,
            spanish,
            format_date=lambda d: d.strftime("%d/%m/%Y"),
        )
        == "Cada mes, el segundo martes; hasta el 30/06/2026"
    )
    assert describe_rule(None, START, spanish) == "No se repite"


def test_spec_fields_survive_round_trip() -> None:
    spec = RecurrenceSpec(
        Frequency.MONTHLY,
        interval=2,
        monthly_mode=MonthlyMode.WEEKDAY,
        week_number=-1,
        weekday=4,
        end=EndMode.UNTIL,
        until=date(2026, 12, 31),
    )
    again = RecurrenceSpec.from_rule(spec.to_rule(), START)
    assert (again.monthly_mode, again.week_number, again.weekday, again.until, again.interval) == (
        MonthlyMode.WEEKDAY,
        -1,
        4,
        date(2026, 12, 31),
        2,
    )
