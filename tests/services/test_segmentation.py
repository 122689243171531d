"""SegmentationService: rules as SQL against a brute-force Python filter, overlaps, profiles,
unreached employees, warnings, caching and segment editing."""

from __future__ import annotations

import random
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rule_strategies import conditions_over, rules

from commsplanner.domain import Campaign, Employee, EntityKind, Segment, ValidationError
from commsplanner.domain.rules import Condition, Not, from_dict, matches, parse
from commsplanner.services.segmentation import SegmentationService, added_segment_id
from commsplanner.storage import InUseError, Workspace

POSITIONS = ["Cajero", "Supervisor", "Reponedor", "Gerente de tienda", "Técnico"]
DEPARTMENTS = ["Ventas", "TI", "Logística", "RR. HH."]
LOCATIONS = ["Madrid", "Sevilla", "Bilbao", "A Coruña"]
LEVELS = ["1", "2", "3", ""]
LANGUAGES = ["es", "en", "ca", ""]
TAGS = ["sostenibilidad", "deporte", "formación", "Formación continua", "salud", "🌱"]
NAMES = [None, "", "Ana Pérez", "JOSÉ NÚÑEZ", "María-Jesús O'Neil", "علي", "Zoë"]
SHIFTS = ["Mañana", "Noche", "3"]
# Values a rule may mention: those employees have, near misses, and ones nobody has.
RULE_TEXT = st.sampled_from(
    POSITIONS
    + DEPARTMENTS
    + LOCATIONS
    + LEVELS
    + LANGUAGES
    + SHIFTS
    + ["cajero", "PÉREZ", "nu", "a", "", "Nadie", "E1", "E17"]
)
RULE_TAGS = st.sampled_from([*TAGS, "formacion", "FORM", "nadie"])
RULE_DATES = st.sampled_from(["2015-06-01", "2019-12-31", "2020-01-01", "2023-03-15"])
RULE_FIELDS = [
    "position",
    "function",
    "department",
    "location",
    "level",
    "language",
    "external_id",
    "display_name",
    "customer_facing",
    "interests",
    "needs",
    "expectations",
    "start_date",
    "attr:Turno",
    "attr:Centro de coste",
    "attr:Missing",
]
LEAVES = conditions_over(RULE_TEXT, RULE_FIELDS, RULE_TAGS, RULE_DATES)


def random_employee(rng: random.Random, index: int) -> Employee:
    attributes = {}
    if rng.random() < 0.6:
        attributes["Turno"] = rng.choice(SHIFTS)
    if rng.random() < 0.3:
        attributes["Centro de coste"] = rng.choice(["CC-1", "CC-2"])
    return Employee(
        external_id=f"E{index}",
        display_name=rng.choice(NAMES),
        position=rng.choice(POSITIONS),
        function=rng.choice(["Tiendas", "Oficina", ""]),
        department=rng.choice(DEPARTMENTS),
        location=rng.choice(LOCATIONS),
        level=rng.choice(LEVELS),
        customer_facing=rng.random() < 0.5,
        language=rng.choice(LANGUAGES),
        interests=tuple(rng.sample(TAGS, rng.randint(0, 3))),
        needs=tuple(rng.sample(TAGS, rng.randint(0, 2))),
        expectations=tuple(rng.sample(TAGS, rng.randint(0, 1))),
        start_date=rng.choice([None, date(2015, 6, 1), date(2020, 1, 1)])
        or date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000)),
        active=rng.random() < 0.85,
        attributes=attributes,
    )


class Population(tuple):
    """(workspace, service, employees by id), with a short repr for hypothesis reports."""

    def __new__(cls, *parts):
        return super().__new__(cls, parts)

    def __repr__(self) -> str:
        return f"<{len(self[2])} random employees>"


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory):
    """A workspace of 400 random employees, shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("seg") / "people.commsplan"
    ws = Workspace.create(path)
    rng = random.Random(20240611)
    ws.employees.add_many(random_employee(rng, i) for i in range(400))
    employees = {e.id: e for e in ws.employees.iter_all(active_only=False)}
    yield Population(ws, SegmentationService(ws), employees)
    ws.close()


def brute_force(employees, rule, include=(), exclude=()) -> list[int]:
    chosen = {i for i, e in employees.items() if e.active and rule is not None and matches(rule, e)}
    chosen |= {i for i in include if i in employees and employees[i].active}
    chosen -= set(exclude)
    return sorted(chosen)


# ----------------------------------------------------------------------------- rules vs Python


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=rules(LEAVES))
def test_sql_count_matches_brute_force(populated, rule) -> None:
    _, service, employees = populated
    assert service.count_rule(rule) == len(brute_force(employees, rule))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rule=st.one_of(st.none(), rules(LEAVES, max_leaves=5)),
    include=st.lists(st.integers(0, 420), max_size=8),
    exclude=st.lists(st.integers(0, 420), max_size=8),
)
def test_members_match_brute_force_with_manual_lists(populated, rule, include, exclude) -> None:
    _, service, employees = populated
    segment = Segment("s", rule=None, include_ids=tuple(include), exclude_ids=tuple(exclude))
    from commsplanner.domain.rules import to_dict

    segment = replace(segment, rule=to_dict(rule) if rule is not None else None)
    ids = service.members_of(segment)
    assert ids.dtype == np.int64
    assert ids.tolist() == brute_force(employees, rule, include, exclude)
    assert service.count_members(rule, include, exclude) == ids.size


employee_lists = st.lists(
    st.builds(
        Employee,
        external_id=st.uuids().map(str),
        display_name=st.one_of(st.none(), st.text(max_size=6)),
        position=st.sampled_from(["a", "A", "á", "b", ""]),
        department=st.sampled_from(["x", "y"]),
        customer_facing=st.booleans(),
        interests=st.lists(st.sampled_from(["t", "T", "ü", "u"]), max_size=3, unique=True).map(
            tuple
        ),
        start_date=st.one_of(st.none(), st.sampled_from([date(2020, 1, 1), date(2021, 1, 1)])),
        active=st.booleans(),
        attributes=st.dictionaries(st.sampled_from(["k"]), st.sampled_from(["a", "b", ""])),
    ),
    max_size=12,
)
small_rules = rules(
    conditions_over(
        st.sampled_from(["a", "A", "á", "b", "x", "", "t"]),
        [
            "position",
            "department",
            "display_name",
            "interests",
            "customer_facing",
            "start_date",
            "attr:k",
        ],
        st.sampled_from(["t", "T", "u", "ü"]),
        st.sampled_from(["2020-01-01", "2020-06-01", "2021-01-01"]),
    ),
    max_leaves=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=employee_lists, rule=small_rules)
def test_random_directories_and_rules(tmp_path_factory, people, rule) -> None:
    ws = Workspace.create(tmp_path_factory.mktemp("h") / "w.commsplan")
    try:
        ws.employees.add_many(people)
        stored = {e.id: e for e in ws.employees.iter_all(active_only=False)}
        service = SegmentationService(ws)
        assert service.count_rule(rule) == len(brute_force(stored, rule))
    finally:
        ws.close()


def test_contains_ignores_case_and_accents(populated) -> None:
    _, service, employees = populated
    expected = sum(1 for e in employees.values() if e.active and e.display_name in ("Ana Pérez",))
    assert expected > 0
    assert service.count_rule(parse('display_name contains "PEREZ"')) == expected
    nunez = sum(1 for e in employees.values() if e.active and e.display_name == "JOSÉ NÚÑEZ")
    assert service.count_rule(parse('display_name contains "núñez"')) == nunez
    assert service.count_rule(parse('display_name contains "jose nunez"')) == nunez


def test_text_form_and_json_form_count_the_same(populated) -> None:
    _, service, employees = populated
    text = 'position in ("Cajero", "Supervisor") and "sostenibilidad" in interests and not department = "TI"'
    rule = service.parse_rule(text)
    expected = len(brute_force(employees, from_dict(rule)))
    assert expected > 0
    assert service.count_rule(rule) == expected
    assert service.format_rule(rule) == text


def test_counter_counts_from_another_thread(populated) -> None:
    _, service, employees = populated
    rule = parse('location = "Madrid" or customer_facing')
    counter = service.counter()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(counter.count(rule, [1], [2])))
    worker.start()
    worker.join()
    counter.close()
    assert result == [len(brute_force(employees, rule, [1], [2]))]


# ----------------------------------------------------------------------------- small exact cases


def _people(ws: Workspace, rows: list[dict]) -> list[int]:
    ws.employees.add_many(Employee(external_id=f"P{i}", **row) for i, row in enumerate(rows))
    return [e.id for e in ws.employees.iter_all(active_only=False)]


def _segment(service: SegmentationService, name: str, **kwargs) -> int:
    return added_segment_id(service.add_segment(Segment(name, **kwargs)))


def test_overlap_counts_and_jaccard_are_exact(workspace: Workspace) -> None:
    ids = _people(workspace, [{} for _ in range(6)])
    service = SegmentationService(workspace)
    a = _segment(service, "A", include_ids=tuple(ids[0:3]))  # 1 2 3
    b = _segment(service, "B", include_ids=tuple(ids[1:5]))  # 2 3 4 5
    c = _segment(service, "C")  # nobody
    d = _segment(service, "D", rule={"all": []}, exclude_ids=(ids[5],))  # 1..5
    matrix = service.overlap_matrix([a, b, c, d])
    assert matrix.names == ("A", "B", "C", "D")
    assert matrix.counts.tolist() == [
        [3, 2, 0, 3],
        [2, 4, 0, 4],
        [0, 0, 0, 0],
        [3, 4, 0, 5],
    ]
    assert matrix.sizes.tolist() == [3, 4, 0, 5]
    assert matrix.jaccard[0, 1] == pytest.approx(2 / 5)
    assert matrix.jaccard[0, 3] == pytest.approx(3 / 5)
    assert matrix.jaccard[1, 3] == pytest.approx(4 / 5)
    assert matrix.jaccard[2, 2] == 0.0  # two empty sets: no overlap to speak of
    assert np.allclose(np.diag(matrix.jaccard), [1, 1, 0, 1])
    assert np.array_equal(matrix.jaccard, matrix.jaccard.T)
    assert service.overlap_matrix([]).counts.shape == (0, 0)


def test_unreached_and_its_breakdown(workspace: Workspace) -> None:
    rows = [
        {"department": "Ventas", "location": "Madrid", "customer_facing": True},
        {"department": "Ventas", "location": "Madrid", "customer_facing": True},
        {"department": "TI", "location": "Sevilla"},
        {"department": "TI", "location": "Madrid"},
        {"department": "TI", "location": "Madrid", "active": False},
        {"department": "RR. HH.", "location": "Bilbao", "customer_facing": True},
    ]
    ids = _people(workspace, rows)
    workspace.settings.save(replace(workspace.settings.load(), anonymity_threshold=2))
    service = SegmentationService(workspace)
    ti = _segment(service, "TI", rule={"field": "department", "op": "eq", "value": "TI"})
    assert service.unreached([ti]).tolist() == [ids[0], ids[1], ids[5]]
    assert service.unreached([]).tolist() == [ids[i] for i in (0, 1, 2, 3, 5)]
    report = service.unreached_report([ti])
    assert report.count == 3
    assert report.organisation_size == 5
    assert report.share == pytest.approx(3 / 5)
    assert report.front_line == 3
    # RR. HH. has a single unreached person: below the threshold of 2, only counted apart.
    assert report.by_field["department"].items == (("Ventas", 2),)
    assert report.by_field["department"].hidden == 1
    assert report.by_field["location"].items == (("Madrid", 2),)
    everyone = _segment(service, "All", rule={"all": []})
    assert service.unreached([ti, everyone]).size == 0


def test_profile(workspace: Workspace) -> None:
    rows = [
        {
            "position": "Cajero",
            "department": "Ventas",
            "customer_facing": True,
            "interests": ("salud", "deporte"),
        },
        {
            "position": "Cajero",
            "department": "Ventas",
            "customer_facing": True,
            "interests": ("salud",),
        },
        {"position": "Supervisor", "department": "Ventas", "needs": ("formación",)},
        {"position": "Técnico", "department": "TI"},
    ]
    _people(workspace, rows)
    workspace.settings.save(replace(workspace.settings.load(), anonymity_threshold=1))
    service = SegmentationService(workspace)
    sales = _segment(service, "Ventas", rule={"field": "department", "op": "eq", "value": "Ventas"})
    profile = service.profile(sales)
    assert profile.name == "Ventas"
    assert profile.size == 3
    assert profile.organisation_size == 4
    assert profile.share == pytest.approx(0.75)
    assert profile.front_line == 2
    assert profile.front_line_share == pytest.approx(2 / 3)
    assert profile.distributions["position"].items == (("Cajero", 2), ("Supervisor", 1))
    assert profile.distributions["department"].items == (("Ventas", 3),)
    assert profile.distributions["interests"].items == (("salud", 2), ("deporte", 1))
    assert profile.distributions["needs"].items == (("formación", 1),)
    assert profile.distributions["expectations"].items == ()
    workspace.settings.save(replace(workspace.settings.load(), anonymity_threshold=2))
    hidden = service.profile(sales).distributions["position"]
    assert hidden.items == (("Cajero", 2),)
    assert (hidden.hidden, hidden.hidden_groups) == (1, 1)


def test_profile_of_an_empty_segment(workspace: Workspace) -> None:
    service = SegmentationService(workspace)
    empty = _segment(service, "Nobody")
    profile = service.profile(empty)
    assert (profile.size, profile.share, profile.front_line_share) == (0, 0.0, 0.0)
    assert all(d.items == () for d in profile.distributions.values())


# ----------------------------------------------------------------------------- warnings


def test_warnings(workspace: Workspace) -> None:
    ids = _people(
        workspace,
        [
            {
                "position": "Cajero",
                "interests": ("sostenibilidad",),
                "attributes": {"Turno": "Noche"},
            },
            {"position": "Supervisor", "active": False},
        ],
    )
    service = SegmentationService(workspace)
    rule = parse(
        'position in ("cajero", "Astronauta") or "sostenibilidad" in interests '
        'or attr:Planta = "2" or display_name contains "zzz" or position = "Cajero"'
    )
    from commsplanner.domain.rules import to_dict

    seg = _segment(
        service,
        "S",
        rule=to_dict(rule),
        include_ids=(ids[1], 999),
        exclude_ids=(ids[1],),
    )
    codes = [(w.code, w.params) for w in service.warnings(seg)]
    assert codes == [
        ("unknown_value_hint", {"field": "position", "value": "cajero", "hint": "Cajero"}),
        ("unknown_value", {"field": "position", "value": "Astronauta"}),
        ("unknown_attribute", {"name": "Planta"}),
        ("no_contains", {"field": "display_name", "value": "zzz"}),
        ("inactive_included", {"count": 2}),
        ("included_and_excluded", {"count": 1}),
    ]
    messages = [w.format() for w in service.warnings(seg)]
    assert messages[0] == "No active employee has position “cajero”; did you mean “Cajero”?"
    nobody = _segment(
        service,
        "Nobody",
        rule={"field": "position", "op": "eq", "value": "Cajero"},
        exclude_ids=(ids[0],),
    )
    assert [w.code for w in service.warnings(nobody)] == ["empty"]
    assert service.warning_counts() == {seg: 6, nobody: 1}


# ----------------------------------------------------------------------------- editing and cache


def test_crud_returns_changes_and_keeps_members_current(workspace: Workspace) -> None:
    ids = _people(workspace, [{"department": "TI"}, {"department": "Ventas"}, {"department": "TI"}])
    service = SegmentationService(workspace)
    changes = service.add_segment(
        Segment(
            "  TI  ", rule={"field": "department", "op": "eq", "value": "TI"}, include_ids=(3, 3, 1)
        )
    )
    seg_id = added_segment_id(changes)
    assert changes.added == {EntityKind.SEGMENT: {seg_id}}
    stored = service.get_segment(seg_id)
    assert stored.name == "TI"
    assert stored.include_ids == (1, 3)
    first = service.member_ids(seg_id)
    assert first.tolist() == [ids[0], ids[2]]
    assert not first.flags.writeable
    assert service.member_ids(seg_id) is first  # cached

    changes = service.update_segment(
        replace(stored, rule={"field": "department", "op": "eq", "value": "Ventas"}, include_ids=())
    )
    assert changes.updated == {EntityKind.SEGMENT: {seg_id}}
    assert service.member_ids(seg_id).tolist() == [ids[1]]

    # A write that does not go through the service (an import) is noticed too.
    workspace.employees.add_many([Employee(external_id="new", department="Ventas")])
    assert service.size(seg_id) == 2

    old = service.get_segment(seg_id)
    changes = service.delete_segment(seg_id)
    assert changes.removed == {EntityKind.SEGMENT: {seg_id}}
    assert service.sizes() == {}
    service.restore_segment(old)
    assert service.sizes() == {seg_id: 2}


def test_cache_of_other_segments_survives_an_edit(workspace: Workspace) -> None:
    _people(workspace, [{"department": "TI"}, {"department": "Ventas"}])
    service = SegmentationService(workspace)
    a = _segment(service, "A", rule={"field": "department", "op": "eq", "value": "TI"})
    b = _segment(service, "B", rule={"field": "department", "op": "eq", "value": "Ventas"})
    cached_a = service.member_ids(a)
    service.member_ids(b)
    service.update_segment(replace(service.get_segment(b), name="B2"))
    assert service.member_ids(a) is cached_a


def test_invalid_segments_are_refused_and_nothing_is_written(workspace: Workspace) -> None:
    service = SegmentationService(workspace)
    with pytest.raises(ValidationError, match="is not a field"):
        service.add_segment(Segment("Bad", rule={"field": "salary", "op": "eq", "value": "1"}))
    with pytest.raises(ValidationError, match="needs a name"):
        service.add_segment(Segment("  "))
    _segment(service, "Dup")
    with pytest.raises(ValidationError, match="“dup”"):
        service.add_segment(Segment("dup"))
    assert [s.name for s in service.list_segments()] == ["Dup"]


def test_segment_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    service = SegmentationService(workspace)
    seg = _segment(service, "Used")
    workspace.campaigns.add(Campaign("Campaign", segment_ids=(seg,)))
    assert service.usage(seg) == 1
    with pytest.raises(InUseError):
        service.delete_segment(seg)
    assert service.find_segment(seg) is not None


def test_fields_values_and_employee_lookup(workspace: Workspace) -> None:
    ids = _people(
        workspace,
        [
            {"display_name": "Ana Pérez", "attributes": {"Turno": "Noche"}, "interests": ("a",)},
            {"display_name": "Luis", "attributes": {"Turno": "Noche"}, "interests": ("a", "b")},
            {"display_name": "Old", "active": False, "attributes": {"Planta": "1"}},
        ],
    )
    service = SegmentationService(workspace)
    assert service.fields()[-1] == "attr:Turno"  # inactive people's attributes are not offered
    assert service.distinct_values("attr:Turno") == [("Noche", 2)]
    assert service.distinct_values("interests") == [("a", 2), ("b", 1)]
    assert service.distinct_values("customer_facing") == [("false", 2)]
    found, unknown = service.resolve_external_ids(["P1", " P0 ", "nope", "P1"])
    assert found == [ids[1], ids[0]]
    assert unknown == ["nope"]
    assert service.describe_employees([ids[2], 999]) == [(ids[2], "P2", "Old", False)]
    assert [r[1] for r in service.search_employees("perez")] == ["P0"]


def test_hub_exposes_the_service(tmp_path: Path) -> None:
    from commsplanner.services.hub import open_hub

    hub = open_hub(tmp_path / "h.commsplan", create=True)
    try:
        assert isinstance(hub.segmentation, SegmentationService)
        assert hub.segmentation.count_rule(Not(Condition("position", "eq", "x"))) == 0
    finally:
        hub.close()
