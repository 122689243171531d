"""Repetition rules from the choices a person makes, and back, with a readable summary.

The workspace stores an RFC 5545 RRULE body on each communication (see
:mod:`commsplanner.domain.recurrence`). People do not write RRULEs: they say "every week on
Monday and Thursday, six times" or "the second Tuesday of every month until June".
:class:`RecurrenceSpec` holds those choices, :meth:`RecurrenceSpec.to_rule` writes the RRULE
and :meth:`RecurrenceSpec.from_rule` reads one back (rules it cannot represent are kept as
they are, marked ``custom``). :func:`describe` says it in words, in the caller's language.

Times are wall-clock times: a 09:00 series stays at 09:00 across daylight-saving changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.recurrence import validate_rule

CONTEXT = "recurrence"
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WORKDAYS = (0, 1, 2, 3, 4)

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("recurrence", "Monday"),
    QT_TRANSLATE_NOOP("recurrence", "Tuesday"),
    QT_TRANSLATE_NOOP("recurrence", "Wednesday"),
    QT_TRANSLATE_NOOP("recurrence", "Thursday"),
    QT_TRANSLATE_NOOP("recurrence", "Friday"),
    QT_TRANSLATE_NOOP("recurrence", "Saturday"),
    QT_TRANSLATE_NOOP("recurrence", "Sunday"),
)
# The position of a weekday in its month: 1…4, or -1 for the last one.
ORDINAL_NAMES = {
    1: QT_TRANSLATE_NOOP("recurrence", "first"),
    2: QT_TRANSLATE_NOOP("recurrence", "second"),
    3: QT_TRANSLATE_NOOP("recurrence", "third"),
    4: QT_TRANSLATE_NOOP("recurrence", "fourth"),
    -1: QT_TRANSLATE_NOOP("recurrence", "last"),
}


class Translator(Protocol):
    """Anything with ``translate(context, text)``: a :class:`commsplanner.i18n.Catalog`, or
    ``QCoreApplication`` in the UI."""

    def translate(self, context: str, text: str, /) -> str: ...


class _Untranslated:
    @staticmethod
    def translate(context: str, text: str, /) -> str:
        return text


UNTRANSLATED: Translator = _Untranslated()


class Frequency(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"  # an RRULE these choices cannot express; kept as it is


class MonthlyMode(StrEnum):
    DAY_OF_MONTH = "day_of_month"  # "on day 15"
    WEEKDAY = "weekday"  # "on the second Tuesday"
    LAST_DAY = "last_day"  # "on the last day"
    LAST_WORKDAY = "last_workday"  # "on the last working day (Monday to Friday)"


class EndMode(StrEnum):
    NEVER = "never"
    UNTIL = "until"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class RecurrenceSpec:
    """What a person chose in the repetition editor."""

    frequency: Frequency = Frequency.NONE
    interval: int = 1
    # Weekly: the days, 0 = Monday … 6 = Sunday.
    weekdays: tuple[int, ...] = ()
    monthly_mode: MonthlyMode = MonthlyMode.DAY_OF_MONTH
    month_day: int = 1
    # Day 29, 30 or 31 in a month that lacks it: the month's last day instead of no occurrence.
    clamp_to_month_end: bool = True
    week_number: int = 1  # 1…4 or -1 (last), with ``weekday``
    weekday: int = 0
    end: EndMode = EndMode.NEVER
    until: date | None = None
    count: int | None = None
    # The RRULE itself when ``frequency`` is CUSTOM.
    custom_rule: str = ""

    # ------------------------------------------------------------------ building
    @classmethod
    def default_for(cls, start: datetime | date, frequency: Frequency | str) -> RecurrenceSpec:
        """Sensible choices for a series beginning on ``start`` ("weekly" → on its weekday)."""
        day = start.date() if isinstance(start, datetime) else start
        nth = (day.day - 1) // 7 + 1
        return cls(
            frequency=Frequency(frequency),
            weekdays=(day.weekday(),),
            month_day=day.day,
            week_number=nth if nth <= 4 else -1,
            weekday=day.weekday(),
        )

    def to_rule(self) -> str | None:
        """The RRULE body, or None for "does not repeat"."""
        frequency = Frequency(self.frequency)
        if frequency is Frequency.NONE:
            return None
        if frequency is Frequency.CUSTOM:
            return self.custom_rule.strip() or None
        if self.interval < 1:
            raise ValueError("interval must be at least 1")
        parts = [f"FREQ={frequency.value.upper()}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if frequency is Frequency.WEEKLY:
            days = sorted(set(self.weekdays)) or [0]
            parts.append("BYDAY=" + ",".join(RRULE_DAYS[d] for d in days))
        elif frequency is Frequency.MONTHLY:
            mode = MonthlyMode(self.monthly_mode)
            if mode is MonthlyMode.DAY_OF_MONTH:
                day = min(max(self.month_day, 1), 31)
                if day > 28 and self.clamp_to_month_end:
                    # The day itself, or the last day of a shorter month: the latest of the
                    # candidate days that exist in each month.
                    parts.append("BYMONTHDAY=" + ",".join(str(d) for d in range(28, day + 1)))
                    parts.append("BYSETPOS=-1")
                else:
                    parts.append(f"BYMONTHDAY={day}")
            elif mode is MonthlyMode.WEEKDAY:
                number = self.week_number if self.week_number in ORDINAL_NAMES else 1
                parts.append(f"BYDAY={number}{RRULE_DAYS[self.weekday % 7]}")
            elif mode is MonthlyMode.LAST_DAY:
                parts.append("BYMONTHDAY=-1")
            else:
                parts.append("BYDAY=" + ",".join(RRULE_DAYS[d] for d in WORKDAYS))
                parts.append("BYSETPOS=-1")
        end = EndMode(self.end)
        if end is EndMode.UNTIL and self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        elif end is EndMode.COUNT and self.count:
            parts.append(f"COUNT={max(self.count, 1)}")
        return ";".join(parts)

    @classmethod
    def from_rule(cls, rule: str | None, start: datetime | date | None = None) -> RecurrenceSpec:
        """The choices behind ``rule``; rules they cannot express come back as CUSTOM."""
        if not rule or not rule.strip():
            return cls.default_for(start, Frequency.NONE) if start else cls()
        parsed = _parse(rule)
        base = cls.default_for(start, Frequency.NONE) if start else cls()
        custom = replace(base, frequency=Frequency.CUSTOM, custom_rule=rule.strip())
        if parsed is None:
            return custom
        spec = _spec_from_parts(base, parsed)
        if spec is None:
            return custom
        # Only accept the reading when it writes back the same rule (same meaning), the
        # days a rule leaves implicit being those of its start.
        implied = dict(parsed)
        if start is not None and "BYDAY" not in implied and "BYMONTHDAY" not in implied:
            day = start.date() if isinstance(start, datetime) else start
            if implied.get("FREQ") == "WEEKLY":
                implied["BYDAY"] = RRULE_DAYS[day.weekday()]
            elif implied.get("FREQ") == "MONTHLY":
                implied["BYMONTHDAY"] = str(day.day)
        written = ";".join(f"{k}={v}" for k, v in implied.items())
        return spec if _same_rule(spec.to_rule() or "", written) else custom

    @property
    def repeats(self) -> bool:
        return Frequency(self.frequency) is not Frequency.NONE


_PART = re.compile(r"^[A-Z]+=[^;=]+$")
_BYDAY_TOKEN = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")


def _parse(rule: str) -> dict[str, str] | None:
    parts: dict[str, str] = {}
    for raw in rule.strip().rstrip(";").split(";"):
        token = raw.strip().upper()
        if token.startswith("RRULE:"):
            token = token[len("RRULE:") :]
        if not _PART.match(token):
            return None
        key, value = token.split("=", 1)
        if key in parts:
            return None
        parts[key] = value
    return parts


def _same_rule(a: str, b: str) -> bool:
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None:
        return False
    for parts in (pa, pb):
        if parts.get("INTERVAL") == "1":
            del parts["INTERVAL"]
        if "BYDAY" in parts:
            parts["BYDAY"] = ",".join(sorted(parts["BYDAY"].split(",")))
        if "UNTIL" in parts:
            parts["UNTIL"] = parts["UNTIL"][:8]
    return pa == pb


def _spec_from_parts(base: RecurrenceSpec, parts: dict[str, str]) -> RecurrenceSpec | None:
    known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "UNTIL", "COUNT", "WKST"}
    if set(parts) - known or ("UNTIL" in parts and "COUNT" in parts):
        return None
    try:
        interval = int(parts.get("INTERVAL", "1"))
        end, until, count = EndMode.NEVER, None, None
        if "UNTIL" in parts:
            end, until = EndMode.UNTIL, datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        elif "COUNT" in parts:
            end, count = EndMode.COUNT, int(parts["COUNT"])
    except ValueError:
        return None
    spec = replace(base, interval=interval, end=end, until=until, count=count)
    frequency = parts.get("FREQ")
    byday = [t for t in parts.get("BYDAY", "").split(",") if t]
    tokens = [_BYDAY_TOKEN.match(t) for t in byday]
    if any(t is None for t in tokens):
        return None
    if frequency == "DAILY":
        return replace(spec, frequency=Frequency.DAILY)
    if frequency == "WEEKLY":
        if any(t.group(1) for t in tokens):  # type: ignore[union-attr]
            return None
        days = tuple(sorted({RRULE_DAYS.index(t.group(2)) for t in tokens}))  # type: ignore[union-attr]
        return replace(spec, frequency=Frequency.WEEKLY, weekdays=days or base.weekdays)
    if frequency != "MONTHLY":
        return None
    spec = replace(spec, frequency=Frequency.MONTHLY)
    monthday = parts.get("BYMONTHDAY")
    setpos = parts.get("BYSETPOS")
    if monthday and not byday:
        if monthday == "-1" and not setpos:
            return replace(spec, monthly_mode=MonthlyMode.LAST_DAY)
        days = monthday.split(",")
        try:
            numbers = [int(d) for d in days]
        except ValueError:
            return None
        if len(numbers) == 1 and not setpos and 1 <= numbers[0] <= 31:
            return replace(
                spec,
                monthly_mode=MonthlyMode.DAY_OF_MONTH,
                month_day=numbers[0],
                clamp_to_month_end=False,
            )
        if setpos == "-1" and numbers and numbers == list(range(28, numbers[-1] + 1)):
            return replace(
                spec,
                monthly_mode=MonthlyMode.DAY_OF_MONTH,
                month_day=numbers[-1],
                clamp_to_month_end=True,
            )
        return None
    if byday and not monthday:
        if setpos == "-1" and sorted(t.group(2) for t in tokens) == sorted(  # type: ignore[union-attr]
            RRULE_DAYS[d] for d in WORKDAYS
        ):
            return replace(spec, monthly_mode=MonthlyMode.LAST_WORKDAY)
        if len(tokens) == 1 and not setpos:
            ordinal = tokens[0].group(1)  # type: ignore[union-attr]
            number = int(ordinal) if ordinal else 0
            if number in ORDINAL_NAMES:
                return replace(
                    spec,
                    monthly_mode=MonthlyMode.WEEKDAY,
                    week_number=number,
                    weekday=RRULE_DAYS.index(tokens[0].group(2)),  # type: ignore[union-attr]
                )
        return None
    if not byday and not monthday:
        # Plain FREQ=MONTHLY repeats on the start's day of the month.
        return replace(spec, monthly_mode=MonthlyMode.DAY_OF_MONTH, clamp_to_month_end=False)
    return None


# ---------------------------------------------------------------------- shortcuts
def weekly_rule(
    days: Iterable[int],
    *,
    interval: int = 1,
    until: date | None = None,
    count: int | None = None,
) -> str:
    """E.g. ``weekly_rule([0, 3], count=6)`` → ``FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6``."""
    return _with_end(
        RecurrenceSpec(Frequency.WEEKLY, interval=interval, weekdays=tuple(days)), until, count
    )


def monthly_by_day_rule(
    day: int,
    *,
    interval: int = 1,
    clamp_to_month_end: bool = True,
    until: date | None = None,
    count: int | None = None,
) -> str:
    """Day ``day`` of every month (the last day in months that lack it, unless told not to)."""
    return _with_end(
        RecurrenceSpec(
            Frequency.MONTHLY,
            interval=interval,
            monthly_mode=MonthlyMode.DAY_OF_MONTH,
            month_day=day,
            clamp_to_month_end=clamp_to_month_end,
        ),
        until,
        count,
    )


def monthly_by_weekday_rule(
    week_number: int,
    weekday: int,
    *,
    interval: int = 1,
    until: date | None = None,
    count: int | None = None,
) -> str:
    """E.g. the 2nd Tuesday: ``monthly_by_weekday_rule(2, 1)`` → ``FREQ=MONTHLY;BYDAY=2TU``."""
    if week_number not in ORDINAL_NAMES:
        raise ValueError("week_number must be 1, 2, 3, 4 or -1 (last)")
    return _with_end(
        RecurrenceSpec(
            Frequency.MONTHLY,
            interval=interval,
            monthly_mode=MonthlyMode.WEEKDAY,
            week_number=week_number,
            weekday=weekday,
        ),
        until,
        count,
    )


def daily_rule(*, interval: int = 1, until: date | None = None, count: int | None = None) -> str:
    return _with_end(RecurrenceSpec(Frequency.DAILY, interval=interval), until, count)


def _with_end(spec: RecurrenceSpec, until: date | None, count: int | None) -> str:
    if until is not None and count is not None:
        raise ValueError("a series ends on a date or after a number of times, not both")
    if until is not None:
        spec = replace(spec, end=EndMode.UNTIL, until=until)
    elif count is not None:
        spec = replace(spec, end=EndMode.COUNT, count=count)
    rule = spec.to_rule()
    assert rule is not None
    return rule


def checked_rule(spec: RecurrenceSpec, start: datetime) -> str | None:
    """``spec.to_rule()``, refused with a clear message when it cannot be used from ``start``."""
    rule = spec.to_rule()
    if rule:
        validate_rule(rule, start)
    return rule


# ---------------------------------------------------------------------- in words
def _join(names: Sequence[str], tr: Translator) -> str:
    if len(names) <= 1:
        return "".join(names)
    return tr.translate("recurrence", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def weekday_name(day: int, tr: Translator = UNTRANSLATED) -> str:
    return tr.translate(CONTEXT, WEEKDAY_NAMES[day % 7])


def describe(
    spec: RecurrenceSpec,
    tr: Translator = UNTRANSLATED,
    *,
    format_date: Callable[[date], str] = date.isoformat,
    skipped: Sequence[date] = (),
) -> str:
    """``spec`` in words: "Every 2 weeks on Monday and Thursday; 6 times"."""
    frequency = Frequency(spec.frequency)
    n = spec.interval
    if frequency is Frequency.NONE:
        return tr.translate("recurrence", "Does not repeat")
    if frequency is Frequency.CUSTOM:
        text = tr.translate("recurrence", "Custom repetition ({rule})").format(
            rule=spec.custom_rule
        )
    elif frequency is Frequency.DAILY:
        text = (
            tr.translate("recurrence", "Every day")
            if n == 1
            else tr.translate("recurrence", "Every {n} days").format(n=n)
        )
    elif frequency is Frequency.WEEKLY:
        days = _join([weekday_name(d, tr) for d in sorted(set(spec.weekdays))], tr)
        text = (
            tr.translate("recurrence", "Every week on {days}")
            if n == 1
            else tr.translate("recurrence", "Every {n} weeks on {days}")
        ).format(n=n, days=days)
    else:
        mode = MonthlyMode(spec.monthly_mode)
        if mode is MonthlyMode.DAY_OF_MONTH:
            text = (
                tr.translate("recurrence", "Every month on day {day}")
                if n == 1
                else tr.translate("recurrence", "Every {n} months on day {day}")
            ).format(n=n, day=spec.month_day)
            if spec.month_day > 28:
                text += (
                    tr.translate("recurrence", " (or the last day of shorter months)")
                    if spec.clamp_to_month_end
                    else tr.translate("recurrence", " (skipping months without that day)")
                )
        elif mode is MonthlyMode.WEEKDAY:
            text = (
                tr.translate("recurrence", "Every month on the {nth} {weekday}")
                if n == 1
                else tr.translate("recurrence", "Every {n} months on the {nth} {weekday}")
            ).format(
                n=n,
                nth=tr.translate(CONTEXT, ORDINAL_NAMES.get(spec.week_number, ORDINAL_NAMES[1])),
                weekday=weekday_name(spec.weekday, tr),
            )
        elif mode is MonthlyMode.LAST_DAY:
            text = (
                tr.translate("recurrence", "Every month on its last day")
                if n == 1
                else tr.translate("recurrence", "Every {n} months on the last day")
            ).format(n=n)
        else:
            text = (
                tr.translate("recurrence", "Every month on its last working day")
                if n == 1
                else tr.translate("recurrence", "Every {n} months on the last working day")
            ).format(n=n)
    end = EndMode(spec.end)
    if frequency is not Frequency.CUSTOM:
        if end is EndMode.UNTIL and spec.until is not None:
            text += tr.translate("recurrence", "; until {date}").format(
                date=format_date(spec.until)
            )
        elif end is EndMode.COUNT and spec.count:
            text += (
                tr.translate("recurrence", "; once only")
                if spec.count == 1
                else tr.translate("recurrence", "; {count} times").format(count=spec.count)
            )
    if skipped:
        shown = sorted(skipped)
        listed = ", ".join(format_date(d) for d in shown[:3])
        if len(shown) > 3:
            text += tr.translate("recurrence", "; skipping {dates} and {more} more").format(
                dates=listed, more=len(shown) - 3
            )
        else:
            text += tr.translate("recurrence", "; skipping {dates}").format(dates=listed)
    return text


def describe_rule(
    rule: str | None,
    start: datetime,
    tr: Translator = UNTRANSLATED,
    *,
    format_date: Callable[[date], str] = date.isoformat,
    skipped: Sequence[date] = (),
) -> str:
    """A stored rule in words (see :func:`describe`)."""
    return describe(
        RecurrenceSpec.from_rule(rule, start), tr, format_date=format_date, skipped=skipped
    )
