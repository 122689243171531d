"""The demo organisation: a complete, realistic workspace built from a seed.

``generate_demo`` writes a Spanish retail chain (stores with front-line staff, warehouses, a
contact centre and head office) with its corporate values, business goals, channels, audience
segments, a year of campaigns and communications, blackout periods, pulse-survey results and
feedback. The same seed, size, language and reference day always give the same table contents:
only ``random.Random(seed)`` is used, never the clock (the caller passes ``today``).

The file appears only when complete: everything is written in one transaction to a temporary
file beside the target, which is renamed at the end (a failure or a cancel leaves nothing).
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import itertools
import os
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from dateutil.rrule import rrulestr

from ..domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    EntityKind,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
    Priority,
    Segment,
    Status,
    StatusChange,
    ValidationError,
    ValueWeight,
    WorkspaceSettings,
    rules,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.models import Employee
from ..domain.progress import Progress
from ..storage import Workspace, WorkspaceError
from . import demo_people as people
from . import demo_plan as plan

DEFAULT_EMPLOYEES = 2000
MIN_EMPLOYEES = 20
MAX_EMPLOYEES = 1_000_000
LANGUAGES = ("es", "en")

# Progress units given to everything after the employees (which count one unit each).
_PLAN_UNITS = 100


class DemoWriteError(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The demo workspace could not be written to “{path}” ({detail})."
            ),
            path=path,
            detail=detail,
        )


def generate_demo(
    path: str | os.PathLike[str],
    *,
    employees: int = DEFAULT_EMPLOYEES,
    seed: int = 1,
    lang: str = "es",
    progress: Progress | None = None,
    today: date | None = None,
) -> Path:
    """Writes the demo workspace to ``path`` and returns it; refuses to overwrite a file.

    ``today`` anchors the plan (campaigns run over the twelve months from the first day of
    its month, survey results cover the months before); it defaults to the current day.
    """
    if not isinstance(employees, int) or not MIN_EMPLOYEES <= employees <= MAX_EMPLOYEES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The number of employees must be a whole number from {min} to {max}."
            ),
            field="employees",
            min=MIN_EMPLOYEES,
            max=MAX_EMPLOYEES,
        )
    if lang not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{lang}” is not a demo language; choose one of: {choices}."
            ),
            field="lang",
            lang=lang,
            choices=", ".join(LANGUAGES),
        )
    target = Path(path)
    if target.exists():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("errors", "“{path}” already exists; choose another name."),
            path=str(target),
        )
    if not target.parent.is_dir():
        raise DemoWriteError(str(target), os.strerror(2))

    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    _remove_with_sidecars(temporary)
    try:
        workspace = Workspace.create(temporary)
    except WorkspaceError as exc:
        raise DemoWriteError(str(target), str(exc.params.get("detail", exc))) from None
    try:
        with workspace.transaction():
            _Builder(
                workspace,
                random.Random(seed),
                lang=lang,
                today=today or date.today(),
                size=employees,
                progress=progress,
            ).build()
        workspace.close()
        _publish(temporary, target)
    except BaseException:
        workspace.close()
        _remove_with_sidecars(temporary)
        raise
    return target


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _publish(temporary: Path, target: Path) -> None:
    """Moves the finished file into place without ever replacing a file that appeared since."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("errors", "“{path}” already exists; choose another name."),
            path=str(target),
        ) from None
    except OSError:
        # File systems without hard links: a rename, after checking once more.
        if target.exists():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("errors", "“{path}” already exists; choose another name."),
                path=str(target),
            ) from None
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise DemoWriteError(str(target), exc.strerror or str(exc)) from None
        return
    temporary.unlink()


# ============================================================================ helpers
class _Weighted:
    """A fast weighted choice over a fixed table (bisect over cumulative weights)."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self._items = tuple(items)
        self._cum = list(itertools.accumulate(weights))
        self._total = self._cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self._items[bisect.bisect_right(self._cum, rng.random() * self._total)]

    def distinct(self, rng: random.Random, count: int) -> tuple[Any, ...]:
        """Up to ``count`` different items (fewer if chance keeps repeating one)."""
        picked: list[Any] = []
        for _ in range(count * 3):
            if len(picked) >= count:
                break
            item = self(rng)
            if item not in picked:
                picked.append(item)
        return tuple(picked)


def _pairs(table: Sequence[tuple[Any, int]]) -> _Weighted:
    return _Weighted([item for item, _ in table], [weight for _, weight in table])


def _add_months(day: date, months: int, wanted_day: int | None = None) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(wanted_day or day.day, last))


def _month_in_window(anchor: date, month: int, day: int) -> date:
    """The date with this month and day inside the twelve months that start at ``anchor``."""
    year = anchor.year if month >= anchor.month else anchor.year + 1
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _at(day: date, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)))


# ============================================================================ the builder
@dataclass
class _Store:
    code: str
    city: str
    name: str


@dataclass
class _Comm:
    """A communication being planned, before it is stored."""

    title: str
    channel: str
    start: datetime
    minutes: int
    segments: tuple[str, ...] | None
    brief: str
    recurrence: str | None = None
    skipped: tuple[date, ...] = ()
    movable: bool = True
    status: Status = Status.IDEA
    owner: str = ""
    pinned: bool = False


@dataclass
class _Stats:
    """What the plan needs to know about the generated people."""

    # (function, customer_facing, level, position, location) → head count, active only
    profiles: Counter[tuple[str, bool, str, str, str]] = field(default_factory=Counter)
    # external ids of candidates for the hand-picked segments
    ambassador_pool: list[str] = field(default_factory=list)
    managers: list[str] = field(default_factory=list)


class _Builder:
    def __init__(
        self,
        ws: Workspace,
        rng: random.Random,
        *,
        lang: str,
        today: date,
        size: int,
        progress: Progress | None,
    ) -> None:
        self.ws = ws
        self.rng = rng
        self.index = LANGUAGES.index(lang)
        self.lang = lang
        self.today = today
        self.anchor = today.replace(day=1)
        self.window_end = _add_months(self.anchor, 12, 1) - timedelta(days=1)
        self.recent = today - timedelta(days=182)
        self.size = size
        self.progress = progress
        self.total_units = size + _PLAN_UNITS
        self.stats = _Stats()
        self.value_ids: dict[str, int] = {}
        self.goal_ids: dict[str, int] = {}
        self.channel_ids: dict[str, int] = {}
        self.segment_ids: dict[str, int] = {}
        self.segment_rules: dict[str, dict[str, Any] | None] = {}
        self.blackouts: list[Blackout] = []
        self.campaigns: dict[str, Campaign] = {}
        self.holidays: set[date] = self._public_holidays()

    def t(self, text: tuple[str, str]) -> str:
        return text[self.index]

    def step(self, units_done_after_people: int) -> None:
        if self.progress is not None:
            self.progress.step(self.size + units_done_after_people, self.total_units)

    # ------------------------------------------------------------------ the whole build
    def build(self) -> None:
        self._settings()
        self.ws.employees.add_many(self._people())
        self.step(10)
        self._values()
        self._goals()
        self._channels()
        self._segments()
        self.step(20)
        self._blackouts()
        self._campaigns()
        self.step(70)
        self._measurements()
        self._feedback()
        self.step(_PLAN_UNITS)

    def _public_holidays(self) -> set[date]:
        import holidays  # imported here: only the demo needs it at this point

        years = range(self.anchor.year - 1, self.window_end.year + 1)
        return set(holidays.country_holidays("ES", years=years))

    # ------------------------------------------------------------------ settings
    def _settings(self) -> None:
        first, last = self.anchor.year, self.window_end.year
        years = str(first) if first == last else f"{first}–{last}"
        self.ws.settings.save(
            WorkspaceSettings(
                organisation=people.ORGANISATION,
                plan_title=self.t(plan.PLAN_TITLE).format(years=years),
                country="ES",
                region=None,
                language=self.lang,
                weekly_cap=3,
                anonymity_threshold=5,
                week_start=0,
            )
        )

    # ------------------------------------------------------------------ people
    def _people(self) -> Iterator[Employee]:
        rng = self.rng
        n = self.size
        parts = self._workforce_parts(n)
        n_store_staff = parts.count(people.STORES)
        stores = self._stores(max(1, round(n_store_staff / 42)))
        managers_left = list(range(len(stores)))

        store_role = _Weighted(people.STORE_ROLES, [r[4] for r in people.STORE_ROLES])
        logistics_role = _Weighted(people.LOGISTICS_ROLES, [r[4] for r in people.LOGISTICS_ROLES])
        contact_role = _Weighted(people.CONTACT_ROLES, [r[4] for r in people.CONTACT_ROLES])
        centre = _Weighted(people.LOGISTICS_CENTRES, [c[2] for c in people.LOGISTICS_CENTRES])
        contact_city = _pairs(people.CONTACT_CENTRES)
        office_city = _pairs(people.HEAD_OFFICE_CITIES)
        office_function = _Weighted(people.HEAD_OFFICE, [f[1] for f in people.HEAD_OFFICE])
        office_positions = {f[0]: _Weighted(f[3], [p[2] for p in f[3]]) for f in people.HEAD_OFFICE}
        field_city = _Weighted([c[0] for c in people.CITIES], [c[1] for c in people.CITIES])
        languages = {city: _pairs(mix) for city, mix in people.LANGUAGE_BY_CITY.items()}
        default_language = _pairs(people.LANGUAGE_DEFAULT)
        shifts = {
            "store": _pairs(people.SHIFTS_STORE),
            "logistics": _pairs(people.SHIFTS_LOGISTICS),
            "office": _pairs(people.SHIFTS_OFFICE),
        }
        contract_front = _pairs(people.CONTRACTS_FRONT)
        contract_office = _pairs(people.CONTRACTS_OFFICE)
        interests = self._tag_tables(
            people.INTERESTS, people.INTEREST_WEIGHTS, people.INTEREST_BOOST
        )
        needs = self._tag_tables(people.NEEDS, people.NEED_WEIGHTS, people.NEED_BOOST)
        expectations = _Weighted(people.EXPECTATIONS, people.EXPECTATION_WEIGHTS)
        interest_count = _Weighted((0, 1, 2, 3, 4), (6, 30, 36, 20, 8))
        need_count = _Weighted((1, 2, 3), (40, 45, 15))
        new_joiner_share = {
            people.STORES: 0.14,
            people.LOGISTICS: 0.16,
            people.CUSTOMER_SERVICE: 0.18,
        }
        stats = self.stats

        for i, part in enumerate(parts):
            external_id = f"E{i + 1:06d}"
            attributes: dict[str, str] = {}
            is_store_manager = False
            if part == people.STORES:
                if managers_left:
                    store = stores[managers_left.pop(0)]
                    role = people.STORE_MANAGER
                    is_store_manager = True
                else:
                    store = stores[int(rng.random() * len(stores))]
                    role = store_role(rng)
                position, departments, level, facing = role[0], role[1], role[2], role[3]
                function = people.STORES
                location = store.city
                attributes["centro"] = store.name
                attributes["turno"] = shifts["store"](rng)
                attributes["jornada"] = "Parcial" if rng.random() < 0.35 else "Completa"
            elif part == people.LOGISTICS:
                city, site, _ = centre(rng)
                role = logistics_role(rng)
                position, departments, level, facing = role[0], role[1], role[2], role[3]
                function = people.LOGISTICS
                location = city
                attributes["centro"] = f"Centro logístico {site}"
                attributes["turno"] = shifts["logistics"](rng)
                attributes["jornada"] = "Parcial" if rng.random() < 0.1 else "Completa"
            elif part == people.CUSTOMER_SERVICE:
                role = contact_role(rng)
                position, departments, level, facing = role[0], role[1], role[2], role[3]
                function = people.CUSTOMER_SERVICE
                location = contact_city(rng)
                attributes["centro"] = f"Centro de atención al cliente {location}"
                attributes["turno"] = shifts["store"](rng)
                attributes["jornada"] = "Parcial" if rng.random() < 0.25 else "Completa"
            else:
                name, _, office_departments, _ = office_function(rng)
                position, level, _ = office_positions[name](rng)
                departments = office_departments
                function = name
                facing = False
                if position == "Gerente de zona":
                    location = field_city(rng)
                    attributes["centro"] = f"Gerencia de zona {location}"
                else:
                    location = office_city(rng)
                    attributes["centro"] = f"Oficinas centrales {location}"
                attributes["turno"] = shifts["office"](rng)
                attributes["jornada"] = "Parcial" if rng.random() < 0.05 else "Completa"
            department = (
                people.POSITION_DEPARTMENT.get(position)
                or departments[int(rng.random() * len(departments))]
            )
            senior = level in (people.MANAGER, people.EXECUTIVE)
            if senior:
                attributes["jornada"] = "Completa"

            new_joiner = rng.random() < (0.03 if senior else new_joiner_share.get(function, 0.06))
            if new_joiner:
                start = self.today - timedelta(days=int(rng.random() * 170))
            else:
                tenure_days = 200 + int(min(rng.expovariate(1 / 6.5), 34) * 365)
                start = self.today - timedelta(days=tenure_days)
            if position == "Becario":
                attributes["contrato"] = "Prácticas"
            elif senior:
                attributes["contrato"] = "Indefinido"
            elif function in people.HEAD_OFFICE_FUNCTIONS:
                attributes["contrato"] = contract_office(rng)
            elif new_joiner and rng.random() < 0.5:
                attributes["contrato"] = "Temporal"
            else:
                attributes["contrato"] = contract_front(rng)

            language = languages.get(location, default_language)(rng)
            display_name = self._name(language)
            person_interests = interests[function].distinct(rng, interest_count(rng))
            person_needs = needs[function].distinct(rng, need_count(rng))
            if new_joiner:
                person_needs = ("acogida", *person_needs)
            person_expectations = expectations.distinct(rng, 1 + (rng.random() < 0.45))
            active = is_store_manager or rng.random() >= 0.012

            employee = Employee(
                external_id=external_id,
                display_name=display_name,
                position=position,
                function=function,
                department=department,
                location=location,
                level=level,
                customer_facing=facing,
                language=language,
                interests=person_interests,
                needs=person_needs,
                expectations=person_expectations,
                start_date=start,
                active=active,
                attributes=attributes,
            )
            if active:
                stats.profiles[(function, facing, level, position, location)] += 1
                if (
                    function in (people.STORES, people.LOGISTICS)
                    and level == people.OPERATIVE
                    and len(stats.ambassador_pool) < 2000
                ):
                    stats.ambassador_pool.append(external_id)
                if level == people.MIDDLE_MANAGER and len(stats.managers) < 50:
                    stats.managers.append(external_id)
            if self.progress is not None and i % 1000 == 0:
                self.progress.step(i, self.total_units)
            yield employee

    def _workforce_parts(self, n: int) -> list[str]:
        """Each employee's part of the company, in exact proportions, shuffled."""
        total = sum(w for _, w in people.WORKFORCE_SPLIT)
        parts: list[str] = []
        for name, weight in people.WORKFORCE_SPLIT[1:]:
            parts.extend([name] * max(1, round(n * weight / total)))
        parts.extend([people.STORES] * (n - len(parts)))
        self.rng.shuffle(parts)
        return parts

    def _stores(self, count: int) -> list[_Store]:
        city = _Weighted(people.CITIES, [c[1] for c in people.CITIES])
        used: Counter[str] = Counter()
        stores = []
        for number in range(1, count + 1):
            # The first stores open one per city (largest first), so even a small demo has
            # its regions and languages; the rest follow the cities' weights.
            if number <= len(people.CITIES):
                name, _, areas, _ = people.CITIES[number - 1]
            else:
                name, _, areas, _ = city(self.rng)
            area = areas[used[name] % len(areas)]
            round_ = used[name] // len(areas)
            used[name] += 1
            label = area if round_ == 0 else f"{area} {round_ + 1}"
            code = f"T{number:04d}"
            stores.append(_Store(code, name, f"{code} {name} – {label}"))
        return stores

    @staticmethod
    def _tag_tables(
        tags: Sequence[str], weights: Sequence[int], boost: dict[str, dict[str, float]]
    ) -> dict[str, _Weighted]:
        functions = (
            people.STORES,
            people.LOGISTICS,
            people.CUSTOMER_SERVICE,
            *people.HEAD_OFFICE_FUNCTIONS,
        )
        return {
            function: _Weighted(
                tags,
                [
                    w * boost.get(function, {}).get(tag, 1.0)
                    for tag, w in zip(tags, weights, strict=True)
                ],
            )
            for function in functions
        }

    def _name(self, language: str) -> str:
        rng = self.rng
        pick = rng.choice
        if language == "en":
            return f"{pick(people.FIRST_NAMES_EN)} {pick(people.SURNAMES_EN)}"
        if language == "ca" and rng.random() < 0.7:
            first = pick(people.FIRST_NAMES_CA)
            return (
                f"{first} {pick(people.SURNAMES_CA)} {pick(people.SURNAMES + people.SURNAMES_CA)}"
            )
        if language == "eu" and rng.random() < 0.7:
            first = pick(people.FIRST_NAMES_EU)
            return (
                f"{first} {pick(people.SURNAMES_EU)} {pick(people.SURNAMES + people.SURNAMES_EU)}"
            )
        first = pick(people.FIRST_NAMES_F if rng.random() < 0.52 else people.FIRST_NAMES_M)
        return f"{first} {pick(people.SURNAMES)} {pick(people.SURNAMES)}"

    # ------------------------------------------------------------------ reference data
    def _values(self) -> None:
        for position, (key, name, description, colour) in enumerate(plan.VALUES):
            stored = self.ws.values.add(
                CorporateValue(
                    name=self.t(name),
                    description=self.t(description),
                    colour=colour,
                    position=position,
                )
            )
            self.value_ids[key] = stored.id  # type: ignore[assignment]

    def _goals(self) -> None:
        for key, name, description, kpi, target, (months, day) in plan.GOALS:
            stored = self.ws.goals.add(
                BusinessGoal(
                    name=self.t(name),
                    description=self.t(description),
                    kpi=self.t(kpi),
                    target=self.t(target),
                    due_date=_add_months(self.anchor, months, day),
                )
            )
            self.goal_ids[key] = stored.id  # type: ignore[assignment]

    def _channels(self) -> None:
        for key, name, kind, two_way, cap, capacity, note, colour, _, _ in plan.CHANNELS:
            stored = self.ws.channels.add(
                Channel(
                    name=self.t(name),
                    kind=ChannelKind(kind),
                    two_way=two_way,
                    weekly_cap_per_person=cap,
                    daily_capacity=capacity,
                    effort_note=self.t(note),
                    colour=colour,
                )
            )
            self.channel_ids[key] = stored.id  # type: ignore[assignment]

    def _segments(self) -> None:
        rng = self.rng
        employees = self.ws.employees
        pool = self.stats.ambassador_pool
        ambassadors = sorted(rng.sample(pool, min(len(pool), max(6, self.size // 250))))
        ambassador_ids = tuple(
            e.id for x in ambassadors if (e := employees.find_by_external_id(x)) is not None
        )
        on_leave = self.stats.managers[:2]
        on_leave_ids = tuple(
            e.id for x in on_leave if (e := employees.find_by_external_id(x)) is not None
        )
        for key, name, description, template, colour in plan.SEGMENTS:
            # Stored in the canonical form the segment editor writes.
            rule = rules.validate_rule(_fill_rule(template, {"@recent": self.recent.isoformat()}))
            stored = self.ws.segments.add(
                Segment(
                    name=self.t(name),
                    description=self.t(description),
                    rule=rule,
                    include_ids=ambassador_ids if key == "ambassadors" else (),
                    exclude_ids=on_leave_ids if key == "managers" else (),  # long-term leave
                    colour=colour,
                )
            )
            self.segment_ids[key] = stored.id  # type: ignore[assignment]
            self.segment_rules[key] = rule

    def _segment_size(self, key: str) -> int:
        """Active members by rule, from the profile counts (no per-person pass needed)."""
        rule = self.segment_rules[key]
        if rule is None:
            return 0
        tree = rules.from_dict(rule)
        total = 0
        for (function, facing, level, position, location), count in self.stats.profiles.items():
            probe = Employee(
                external_id="probe",
                function=function,
                customer_facing=facing,
                level=level,
                position=position,
                location=location,
            )
            if rules.matches(tree, probe):
                total += count
        return total

    # ------------------------------------------------------------------ blackouts
    def _blackouts(self) -> None:
        found: list[Blackout] = []
        name, note = plan.BLACKOUT_QUARTER
        for month in (3, 6, 9, 12):
            quarter_end = _month_in_window(self.anchor, month, 31)
            found.append(
                Blackout(
                    name=self.t(name).format(quarter=month // 3),
                    start=quarter_end - timedelta(days=3),
                    end=quarter_end + timedelta(days=2),
                    note=self.t(note),
                )
            )
        for name, note, (m1, d1), (m2, d2) in plan.BLACKOUT_SEASONS:
            start = _month_in_window(self.anchor, m1, d1)
            end = date(start.year + (m2 < m1), m2, d2)
            found.append(Blackout(name=self.t(name), start=start, end=end, note=self.t(note)))
        november = _month_in_window(self.anchor, 11, 1)
        black_friday = _nth_weekday(november.year, 11, 3, 4) + timedelta(days=1)
        found.append(
            Blackout(
                name=self.t(plan.BLACK_FRIDAY),
                start=black_friday - timedelta(days=4),
                end=black_friday + timedelta(days=3),
                note=self.t(plan.BLACK_FRIDAY_NOTE),
            )
        )
        found.sort(key=lambda b: (b.start, b.name))
        self.blackouts = [self.ws.blackouts.add(b) for b in found]

    def _blackout_on(self, day: date) -> Blackout | None:
        for blackout in self.blackouts:
            if blackout.contains(day):
                return blackout
        return None

    # ------------------------------------------------------------------ campaigns
    def _campaign_start(self, spec: tuple[str, int, int]) -> date:
        kind, number, day = spec
        if kind == "offset":
            return _add_months(self.anchor, number, day)
        return _month_in_window(self.anchor, number, day)

    def _campaigns(self) -> None:
        rng = self.rng
        comms_by_campaign: list[tuple[str, Campaign, list[_Comm]]] = []
        for spec in plan.CAMPAIGNS:
            planned = self._campaign_start(spec["start"])
            end = planned + timedelta(days=spec["days"] - 1)
            # Preparation items (a briefing before the launch) open the campaign earlier.
            earliest = min([0, *(item[2] for item in spec["items"])])
            start = planned + timedelta(days=earliest)
            comms = self._campaign_comms(spec, planned, start, end)
            comms_by_campaign.append((spec["key"], self._campaign(spec, start, end), comms))
        comms_by_campaign.append((plan.ALWAYS_ON["key"], *self._always_on()))

        # A couple of planned one-offs were dropped along the way.
        future = [
            c
            for _, _, comms in comms_by_campaign
            for c in comms
            if c.recurrence is None and c.start.date() > self.today + timedelta(days=20)
        ]
        for comm in rng.sample(future, min(3, len(future))):
            comm.status = Status.CANCELLED

        for key, campaign, comms in comms_by_campaign:
            stored = self.ws.campaigns.add(campaign)
            self.campaigns[key] = stored
            self._status_history(stored)
            for comm in sorted(comms, key=lambda c: (c.start, c.title)):
                self.ws.communications.add(
                    Communication(
                        campaign_id=stored.id,  # type: ignore[arg-type]
                        title=comm.title,
                        start=comm.start,
                        duration_minutes=comm.minutes,
                        channel_id=self.channel_ids[comm.channel],
                        segment_ids=tuple(self.segment_ids[k] for k in comm.segments or ()),
                        message_brief=comm.brief,
                        owner=comm.owner or stored.owner,
                        status=comm.status,
                        recurrence=comm.recurrence,
                        skipped_dates=comm.skipped,
                        pinned=comm.pinned,
                    )
                )

    def _campaign(self, spec: dict[str, Any], start: date, end: date) -> Campaign:
        return Campaign(
            name=self.t(spec["name"]),
            objective=self.t(spec["objective"]),
            key_messages=tuple(self.t(m) for m in spec["messages"]),
            goal_ids=tuple(self.goal_ids[g] for g in spec["goals"]),
            value_weights={self.value_ids[v]: ValueWeight(w) for v, w in spec["values"].items()},
            segment_ids=tuple(self.segment_ids[s] for s in spec["segments"]),
            owner=people.COMMS_TEAM[spec["owner"]],
            status=self._campaign_status(start, end),
            priority=Priority(spec["priority"]),
            start=start,
            end=end,
            colour=spec["colour"],
        )

    def _campaign_status(self, start: date, end: date) -> Status:
        rng = self.rng
        if end < self.today:
            return Status.DONE
        if start <= self.today:
            return Status.LIVE
        ahead = (start - self.today).days
        if ahead <= 30:
            return Status.SCHEDULED if rng.random() < 0.6 else Status.APPROVED
        if ahead <= 90:
            return Status.APPROVED if rng.random() < 0.5 else Status.IN_REVIEW
        if ahead <= 180:
            return Status.IN_REVIEW if rng.random() < 0.4 else Status.DRAFT
        return Status.DRAFT if rng.random() < 0.45 else Status.IDEA

    def _comm_status(self, first: date, last: date) -> Status:
        rng = self.rng
        if last < self.today:
            return Status.DONE
        if first <= self.today:
            return Status.LIVE
        ahead = (first - self.today).days
        roll = rng.random()
        if ahead <= 14:
            return Status.SCHEDULED if roll < 0.75 else Status.APPROVED
        if ahead <= 45:
            return (
                Status.APPROVED
                if roll < 0.5
                else (Status.IN_REVIEW if roll < 0.85 else Status.DRAFT)
            )
        if ahead <= 120:
            return (
                Status.IN_REVIEW if roll < 0.3 else (Status.DRAFT if roll < 0.85 else Status.IDEA)
            )
        return Status.DRAFT if roll < 0.45 else Status.IDEA

    def _campaign_comms(
        self, spec: dict[str, Any], planned: date, start: date, end: date
    ) -> list[_Comm]:
        rng = self.rng
        short = self.t(spec["short"])
        key_message = self.t(spec["messages"][0])
        days = spec["days"]
        comms: list[_Comm] = []
        phases = list(spec["phases"])
        # Some variety between seeds: optional phases come and go.
        for optional, chance in (
            ("faq", 0.8),
            ("story", 0.7),
            ("followup", 0.7),
            ("reminder", 0.6),
        ):
            if days >= 30 and rng.random() < chance:
                phases.append(optional)
        for phase in phases:
            if phase not in ("cascade", "launch") and rng.random() < 0.08:
                continue
            title, channel, position, recurrence, brief = plan.PHASES[phase]
            _, _, _, _, _, _, _, _, minutes, usual = _channel_spec(channel)
            day = planned + timedelta(days=round(position * (days - 1)))
            text = self.t(brief)
            if phase in ("launch", "closing"):
                text += " " + self.t(plan.KEY_MESSAGE).format(message=key_message.rstrip("."))
            comm = _Comm(
                title=self.t(title).format(short=short),
                channel=channel,
                start=_at(day, self._time(usual, channel)),
                minutes=minutes,
                segments=("managers",) if channel == "cascade" else None,
                brief=text,
            )
            if recurrence:
                weeks = max(2, min(6, days // 14))
                comm.recurrence = recurrence.format(count=weeks)
            comms.append(comm)
        for title, channel, offset, hhmm, minutes, segments, brief, recurrence in spec["items"]:
            comms.append(
                _Comm(
                    title=self.t(title),
                    channel=channel,
                    start=_at(planned + timedelta(days=offset), hhmm),
                    minutes=minutes,
                    segments=segments,
                    brief=self.t(brief),
                    recurrence=recurrence,
                    movable=False,
                )
            )
        for comm in comms:
            self._place(comm, start, end)
            comm.owner = people.COMMS_TEAM[
                spec["owner"] if rng.random() < 0.7 else int(rng.random() * len(people.COMMS_TEAM))
            ]
            comm.pinned = comm.channel == "town_hall"
        return comms

    def _time(self, usual: str, channel: str) -> str:
        if channel in ("signage", "cascade", "newsletter"):
            return usual
        return self.rng.choice((usual, usual, "09:00", "10:30", "12:00", "16:30"))

    def _place(self, comm: _Comm, first: date, last: date) -> None:
        """Moves a communication onto a working day inside its campaign, then sets its status.

        Generated phases also leave blackout periods; hand-written items stay where the plan
        put them, so the demo keeps a few real conflicts to resolve.
        """
        day = comm.start.date()
        if comm.movable:
            blackout = self._blackout_on(day)
            if blackout is not None:
                after = blackout.end + timedelta(days=1)
                before = blackout.start - timedelta(days=1)
                day = after if after <= last else before
        day = self._working_day(day, first, last, avoid_blackouts=comm.movable)
        comm.start = datetime.combine(day, comm.start.time())
        if comm.recurrence:
            self._fit_series(comm, last)
            occurrences = list(rrulestr(comm.recurrence, dtstart=comm.start))
            first_day, last_day = occurrences[0].date(), occurrences[-1].date()
        else:
            first_day = last_day = day
        comm.status = self._comm_status(first_day, last_day)

    def _working_day(self, day: date, first: date, last: date, *, avoid_blackouts: bool) -> date:
        """The nearest suitable weekday in ``first``…``last``, looking forward first."""
        nearby = [day + timedelta(days=d) for d in range(0, 8)]
        nearby += [day - timedelta(days=d) for d in range(1, 8)]
        for strict in (True, False) if avoid_blackouts else (False,):
            for candidate in nearby:
                if (
                    first <= candidate <= last
                    and candidate.weekday() < 5
                    and candidate not in self.holidays
                    and not (strict and self._blackout_on(candidate) is not None)
                ):
                    return candidate
        return min(max(day, first), last)

    def _fit_series(self, comm: _Comm, last: date) -> None:
        """Starts a series on its first real occurrence and ends it by ``last``."""
        assert comm.recurrence is not None
        rule = rrulestr(comm.recurrence, dtstart=comm.start)
        first = next(iter(rule), None)
        if first is not None and first != comm.start:
            comm.start = first
        if "COUNT=" in comm.recurrence:
            parts = dict(p.split("=", 1) for p in comm.recurrence.split(";"))
            count = int(parts["COUNT"])
            while count > 1:
                dates = list(rrulestr(comm.recurrence, dtstart=comm.start))
                if dates[-1].date() <= last:
                    break
                count -= 1
                parts["COUNT"] = str(count)
                comm.recurrence = ";".join(f"{k}={v}" for k, v in parts.items())
        # Occurrences on public holidays are skipped, as a comms team would.
        dates = list(rrulestr(comm.recurrence, dtstart=comm.start))
        comm.skipped = tuple(d.date() for d in dates[1:] if d.date() in self.holidays)

    def _always_on(self) -> tuple[Campaign, list[_Comm]]:
        spec = plan.ALWAYS_ON
        start, end = self.anchor, self.window_end
        until = end.strftime("%Y%m%dT235959")
        comms = []
        for title, channel, hhmm, minutes, segments, brief, recurrence in spec["items"]:
            comm = _Comm(
                title=self.t(title),
                channel=channel,
                start=_at(start, hhmm),
                minutes=minutes,
                segments=segments,
                brief=self.t(brief),
                recurrence=recurrence.format(until=until),
                movable=False,
                owner=people.COMMS_TEAM[spec["owner"]],
                pinned=channel == "town_hall",
            )
            rule = rrulestr(comm.recurrence, dtstart=comm.start)
            comm.start = next(iter(rule))
            dates = [d.date() for d in rrulestr(comm.recurrence, dtstart=comm.start)]
            # The regular rhythm pauses during blackouts and on public holidays.
            comm.skipped = tuple(
                d for d in dates[1:] if d in self.holidays or self._blackout_on(d) is not None
            )
            comm.status = self._comm_status(dates[0], dates[-1])
            comms.append(comm)
        campaign = Campaign(
            name=self.t(spec["name"]),
            objective=self.t(spec["objective"]),
            key_messages=tuple(self.t(m) for m in spec["messages"]),
            goal_ids=tuple(self.goal_ids[g] for g in spec["goals"]),
            value_weights={self.value_ids[v]: ValueWeight(w) for v, w in spec["values"].items()},
            segment_ids=tuple(self.segment_ids[s] for s in spec["segments"]),
            owner=people.COMMS_TEAM[spec["owner"]],
            status=Status.LIVE,
            priority=Priority(spec["priority"]),
            start=start,
            end=end,
            colour=spec["colour"],
        )
        return campaign, comms

    def _status_history(self, campaign: Campaign) -> None:
        """The workflow steps that brought a campaign to its current status."""
        assert campaign.id is not None and campaign.start is not None and campaign.end is not None
        path = [Status.IDEA, Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED]
        target = campaign.status
        if target is Status.CANCELLED:
            steps = [Status.IDEA, Status.DRAFT, Status.CANCELLED]
        elif target in (Status.LIVE, Status.DONE):
            steps = [*path, Status.LIVE] + ([Status.DONE] if target is Status.DONE else [])
        else:
            steps = path[: path.index(target) + 1]
        preparation = [s for s in steps if s not in (Status.LIVE, Status.DONE)]
        last_prepared = min(self.today, campaign.start) - timedelta(days=2)
        moments: dict[Status, datetime] = {}
        at = _at(last_prepared, "17:00")
        for status in reversed(preparation):
            moments[status] = at
            at -= timedelta(days=3 + int(self.rng.random() * 7), hours=int(self.rng.random() * 6))
        moments[Status.LIVE] = _at(campaign.start, "08:00")
        moments[Status.DONE] = _at(campaign.end + timedelta(days=1), "18:00")
        previous: Status | None = None
        for status in steps:
            comment = plan.STATUS_COMMENTS.get(str(status))
            self.ws.status_changes.add(
                StatusChange(
                    entity=EntityKind.CAMPAIGN,
                    entity_id=campaign.id,
                    from_status=previous,
                    to_status=status,
                    at=moments[status],
                    who=campaign.owner,
                    comment=self.t(comment) if comment else "",
                )
            )
            previous = status

    # ------------------------------------------------------------------ listening
    def _measurements(self) -> None:
        rng = self.rng
        source = self.t(plan.SURVEY_SOURCE)
        sizes = {key: self._segment_size(key) for key in plan.SURVEY_BASELINES}
        by_city: Counter[str] = Counter()
        for (_, _, _, _, location), count in self.stats.profiles.items():
            by_city[location] += count
        rows: list[Measurement] = []
        for months_ago in range(6, -1, -1):
            month = _add_months(self.anchor, -months_ago, 1)
            day = _nth_weekday(month.year, month.month, 2, 3)  # the third Wednesday
            if day >= self.today:
                continue
            elapsed = 6 - months_ago
            for key, (satisfaction, enps, participation, trend) in plan.SURVEY_BASELINES.items():
                share = participation + elapsed * 1.5 * (trend > 0.03) + rng.uniform(-4, 4)
                share = min(95.0, max(5.0, share))
                respondents = round(sizes[key] * share / 100)
                if respondents < 5:  # below the anonymity threshold: never published
                    continue
                segment_id = self.segment_ids[key]
                score = min(
                    5.0, max(1.0, satisfaction + trend * elapsed + rng.uniform(-0.08, 0.08))
                )
                nps = max(-100, min(100, round(enps + trend * 60 * elapsed + rng.uniform(-4, 4))))
                for metric, value in (
                    ("satisfaction", round(score, 2)),
                    ("enps", float(nps)),
                    ("participation", round(share, 1)),
                ):
                    rows.append(
                        Measurement(
                            date=day,
                            metric=self.t(plan.METRICS[metric]),
                            value=value,
                            segment_id=segment_id,
                            respondents=respondents,
                            source=source,
                        )
                    )
            for city in sorted(by_city):
                share = min(95.0, max(5.0, 50 + rng.uniform(-12, 12)))
                respondents = round(by_city[city] * share / 100)
                if respondents < 5:
                    continue
                score = min(5.0, max(1.0, 3.55 + rng.uniform(-0.3, 0.3) + 0.02 * elapsed))
                rows.append(
                    Measurement(
                        date=day,
                        metric=self.t(plan.METRICS["satisfaction"]),
                        value=round(score, 2),
                        group_attribute="location",
                        group_value=city,
                        respondents=respondents,
                        source=source,
                    )
                )
        rows.extend(self._open_rates())
        for row in rows:
            self.ws.measurements.add(row)

    def _open_rates(self) -> list[Measurement]:
        email = self.channel_ids["email"]
        rows = []
        for campaign in self.campaigns.values():
            for comm in self.ws.communications.for_campaign(campaign.id):  # type: ignore[arg-type]
                sent = comm.start.date()
                if comm.channel_id != email or comm.recurrence or comm.status is not Status.DONE:
                    continue
                if sent + timedelta(days=2) >= self.today:
                    continue
                rows.append(
                    Measurement(
                        date=sent + timedelta(days=2),
                        metric=self.t(plan.METRICS["open_rate"]),
                        value=round(self.rng.uniform(42, 78), 1),
                        source=self.t(plan.EMAIL_SOURCE),
                        campaign_id=campaign.id,
                    )
                )
        return rows

    def _feedback(self) -> None:
        rng = self.rng
        two_way = _Weighted(
            ("intranet", "chat", "cascade", "survey", "town_hall"), (30, 30, 15, 20, 5)
        )
        cities = [c[0] for c in people.CITIES]
        listening = self.campaigns.get("listening")
        templates = list(plan.FEEDBACK)
        rng.shuffle(templates)
        entries = []
        # Each topic once, a few raised twice (by other people, on other days).
        for number in range(len(templates) + int(rng.random() * 9)):
            kind, text, tags, answer = templates[number % len(templates)]
            age = 1 + int(rng.random() * 90)
            day = self.today - timedelta(days=age)
            audiences = plan.FEEDBACK_AUDIENCES.get(tags[0], ("front", "office"))
            segment_key = audiences[int(rng.random() * len(audiences))]
            by_city = rng.random() < 0.3
            if answer is not None and age > 10:
                status = (
                    FeedbackStatus.ACTED_ON
                    if kind == "idea" and age > 25
                    else FeedbackStatus.ANSWERED
                )
                response = self.t(answer)
            elif age > 21:
                status, response = FeedbackStatus.ANSWERED, self.t(plan.FEEDBACK_FOLLOW_UP)
            else:
                status, response = FeedbackStatus.NEW, ""
            in_listening = listening is not None and listening.covers(day) and rng.random() < 0.6
            entries.append(
                Feedback(
                    date=day,
                    text=self.t(text),
                    kind=FeedbackKind(kind),
                    channel_id=self.channel_ids[two_way(rng)],
                    segment_id=None if by_city else self.segment_ids[segment_key],
                    group_attribute="location" if by_city else None,
                    group_value=rng.choice(cities) if by_city else None,
                    tags=tags,
                    status=status,
                    campaign_id=listening.id if in_listening and listening else None,
                    response=response,
                )
            )
        entries.sort(key=lambda f: f.date)
        for entry in entries:
            self.ws.feedback.add(entry)


def _channel_spec(key: str) -> tuple[Any, ...]:
    for spec in plan.CHANNELS:
        if spec[0] == key:
            return spec
    raise KeyError(key)


def _fill_rule(rule: Any, replacements: dict[str, str]) -> Any:
    if isinstance(rule, dict):
        return {k: _fill_rule(v, replacements) for k, v in rule.items()}
    if isinstance(rule, list):
        return [_fill_rule(v, replacements) for v in rule]
    if isinstance(rule, str):
        return replacements.get(rule, rule)
    return rule
