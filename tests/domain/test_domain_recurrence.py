"""Recurring communications: occurrences inside a window, skipped dates, month ends."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr

from commsplanner.domain import Communication, ValidationError
from commsplanner.domain.recurrence import occurrences, parse_rule, series_dates, validate_rule


def _comm(start: datetime, rule: str | None, skipped: tuple[date, ...] = ()) -> Communication:
    return Communication(
        campaign_id=1, title="T", start=start, recurrence=rule, skipped_dates=skipped
    )


def test_a_one_off_occurs_once_inside_the_window_only() -> None:
    comm = _comm(datetime(2026, 3, 10, 9, 0), None)
    found = occurrences(comm, date(2026, 3, 1), date(2026, 3, 31))
    assert [(o.start, o.index) for o in found] == [(datetime(2026, 3, 10, 9, 0), 0)]
    assert found[0].end == datetime(2026, 3, 10, 9, 30)
    assert found[0].day == date(2026, 3, 10)
    assert occurrences(comm, date(2026, 3, 11), date(2026, 3, 31)) == []
    # Both ends of the window are included.
    assert occurrences(comm, date(2026, 3, 10), date(2026, 3, 10))


def test_weekly_series_within_a_window_keeps_its_indexes() -> None:
    comm = _comm(datetime(2026, 3, 2, 9, 0), "FREQ=WEEKLY;BYDAY=MO;COUNT=6")
    found = occurrences(comm, date(2026, 3, 9), date(2026, 3, 23))
    assert [o.start.date() for o in found] == [
        date(2026, 3, 9),
        date(2026, 3, 16),
        date(2026, 3, 23),
    ]
    assert [o.index for o in found] == [1, 2, 3]
    assert all(o.start.time().hour == 9 for o in found)


def test_a_series_starting_after_the_window_has_no_occurrence_there() -> None:
    comm = _comm(datetime(2026, 4, 6, 9, 0), "FREQ=WEEKLY;BYDAY=MO")
    assert occurrences(comm, date(2026, 3, 1), date(2026, 4, 5)) == []
    # Starting on the window's last day still counts.
    assert [o.day for o in occurrences(comm, date(2026, 3, 1), date(2026, 4, 6))] == [
        date(2026, 4, 6)
    ]


def test_skipped_dates_disappear_but_keep_the_numbering() -> None:
    comm = _comm(datetime(2026, 3, 2, 9, 0), "FREQ=WEEKLY;COUNT=4", skipped=(date(2026, 3, 9),))
    found = occurrences(comm, date(2026, 3, 1), date(2026, 3, 31))
    assert [o.start.date() for o in found] == [
        date(2026, 3, 2),
        date(2026, 3, 16),
        date(2026, 3, 23),
    ]
    assert [o.index for o in found] == [0, 2, 3]
    assert [d.date() for d in series_dates(comm)] == [
        date(2026, 3, 2),
        date(2026, 3, 16),
        date(2026, 3, 23),
    ]


def test_last_day_of_every_month() -> None:
    comm = _comm(datetime(2026, 1, 31, 18, 0), "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4")
    days = [d.date() for d in series_dates(comm)]
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_the_31st_skips_shorter_months_as_rfc_5545_says() -> None:
    comm = _comm(datetime(2026, 1, 31, 9, 0), "FREQ=MONTHLY;COUNT=3")
    assert [d.date() for d in series_dates(comm)] == [
        date(2026, 1, 31),
        date(2026, 3, 31),
        date(2026, 5, 31),
    ]


def test_last_working_day_of_the_month_in_a_leap_year() -> None:
    comm = _comm(
        datetime(2028, 1, 31, 18, 0), "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3"
    )
    # 29 February 2028 is a Tuesday; 31 March 2028 a Friday.
    assert [d.date() for d in series_dates(comm)] == [
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
    ]


def test_an_open_ended_series_stops_at_the_window() -> None:
    comm = _comm(datetime(2020, 1, 2, 8, 30), "FREQ=WEEKLY;BYDAY=TH")
    found = occurrences(comm, date(2026, 3, 1), date(2026, 3, 31))
    assert [o.start.date() for o in found] == [
        date(2026, 3, 5),
        date(2026, 3, 12),
        date(2026, 3, 19),
        date(2026, 3, 26),
    ]
    assert len(series_dates(comm, limit=10)) == 10


def test_wall_clock_time_is_kept_across_daylight_saving_changes() -> None:
    # Spain moves its clocks on 29 March 2026.
    comm = _comm(datetime(2026, 3, 23, 9, 0), "FREQ=WEEKLY;COUNT=2")
    assert [d.hour for d in series_dates(comm)] == [9, 9]


def test_until_bounds_a_series() -> None:
    comm = _comm(datetime(2026, 3, 2, 9, 0), "FREQ=DAILY;UNTIL=20260304T235959")
    assert len(series_dates(comm)) == 3


@pytest.mark.parametrize(
    "rule", ["FREQ=NEVER", "COUNT=3", "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;UNTIL=20260304T235959Z"]
)
def test_invalid_rules_are_reported_with_the_rule(rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rule(rule, datetime(2026, 3, 2, 9, 0))
    assert caught.value.field == "recurrence"
    assert rule in str(caught.value)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20271031T235959",
        "UNTIL=20270101;FREQ=DAILY",
        "FREQ=DAILY;UNTIL=20270101T120000;INTERVAL=3",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20270301T000000",
        "freq=weekly;until=20270105;byday=tu",
        "FREQ=WEEKLY;BYDAY=WE;COUNT=10",
    ],
)
def test_parse_rule_gives_the_dates_dateutil_gives(rule: str) -> None:
    start = datetime(2026, 11, 2, 9, 30)
    assert list(parse_rule(rule, start)) == list(rrulestr(rule, dtstart=start))


def test_parse_rule_refuses_an_impossible_until() -> None:
    with pytest.raises(ValidationError):
        validate_rule("FREQ=DAILY;UNTIL=20271345", datetime(2026, 1, 1))
