"""The SQL of a directory synchronisation and of the audience browser queries."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from commsplanner.domain import Employee, EntityKind
from commsplanner.storage import Workspace, WorkspaceWriteError
from commsplanner.storage import directory_sync as sync
from commsplanner.storage import employee_queries as queries

ALL_FIELDS = {
    "external_id",
    "display_name",
    "position",
    "department",
    "interests",
    "needs",
    "expectations",
    "start_date",
}


def person(external_id: str, **values) -> Employee:
    return Employee(external_id=external_id, **values)


def run(ws: Workspace, employees, **kwargs):
    present = kwargs.pop("present_ids", {e.external_id for e in employees})
    with ws.transaction() as changes:
        plan = sync.plan_sync(
            ws,
            employees,
            fields=kwargs.pop("fields", ALL_FIELDS),
            attribute_names=kwargs.pop("attribute_names", ()),
            present_ids=present,
            deactivate_missing=kwargs.pop("deactivate_missing", True),
        )
        written = sync.apply_sync(ws, plan)
    return plan, written, changes


def tags(ws: Workspace) -> set[tuple[str, str, str]]:
    rows = ws.conn.execute(
        "SELECT t.kind, t.tag, e.external_id FROM employee_tags t "
        "JOIN employees e ON e.id = t.employee_id"
    ).fetchall()
    return {tuple(r) for r in rows}


def test_insert_update_unchanged_deactivate(workspace: Workspace) -> None:
    plan, written, changes = run(
        workspace,
        [
            person("A", position="Cajera", interests=("deporte",)),
            person("B", position="Jefe"),
            person("C", position="Técnica", needs=("formación",)),
        ],
    )
    assert (plan.added, plan.updated, plan.unchanged, plan.deactivated) == (3, 0, 0, 0)
    assert changes.added[EntityKind.EMPLOYEE] == set(written.added_ids)
    assert tags(workspace) == {("interests", "deporte", "A"), ("needs", "formación", "C")}

    plan, written, changes = run(
        workspace,
        [
            person("A", position="Cajera", interests=("música",)),
            person("B", position="Jefe"),
            person("D", position="Nueva"),
        ],
    )
    assert (plan.added, plan.updated, plan.unchanged, plan.deactivated) == (1, 1, 1, 1)
    assert tags(workspace) == {("interests", "música", "A"), ("needs", "formación", "C")}
    c = workspace.employees.find_by_external_id("C")
    assert c is not None and c.active is False
    assert c.id in changes.updated[EntityKind.EMPLOYEE]
    assert workspace.employees.count() == 3
    assert workspace.employees.count(active_only=False) == 4


def test_unmapped_fields_and_attributes_are_kept(workspace: Workspace) -> None:
    run(
        workspace,
        [
            person(
                "A",
                position="Cajera",
                start_date=date(2020, 1, 2),
                attributes={"Turno": "noche", "Centro": "CC1"},
            )
        ],
        attribute_names=("Turno", "Centro"),
    )
    plan, _written, _changes = run(
        workspace,
        [person("A", position="Supervisora", attributes={"Turno": "día"})],
        fields={"external_id", "position"},
        attribute_names=("Turno",),
    )
    assert plan.updated == 1
    a = workspace.employees.find_by_external_id("A")
    assert a is not None
    assert a.position == "Supervisora"
    assert a.start_date == date(2020, 1, 2)
    assert a.attributes == {"Turno": "día", "Centro": "CC1"}


def test_attribute_order_does_not_count_as_a_change(workspace: Workspace) -> None:
    run(workspace, [person("A", attributes={"x": "1", "y": "2"})], attribute_names=("x", "y"))
    plan, _w, _c = run(
        workspace, [person("A", attributes={"y": "2", "x": "1"})], attribute_names=("y", "x")
    )
    assert plan.unchanged == 1 and plan.updated == 0


def test_reactivation_and_keep_missing(workspace: Workspace) -> None:
    run(workspace, [person("A"), person("B")])
    run(workspace, [person("A")])
    plan, _w, _c = run(workspace, [person("A"), person("B")])
    assert plan.reactivated == 1 and plan.updated == 0
    plan, _w, _c = run(workspace, [person("A")], deactivate_missing=False)
    assert plan.deactivated == 0
    assert workspace.employees.count() == 2


def test_apply_needs_a_transaction(workspace: Workspace) -> None:
    plan = sync.plan_sync(
        workspace,
        [person("A")],
        fields=ALL_FIELDS,
        attribute_names=(),
        present_ids={"A"},
        deactivate_missing=True,
    )
    with pytest.raises(RuntimeError):
        sync.apply_sync(workspace, plan)


def test_database_errors_become_workspace_errors_and_roll_back(workspace: Workspace) -> None:
    run(workspace, [person("A", position="x")])
    workspace.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON employees BEGIN "
        "SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(WorkspaceWriteError, match="refused"):
        run(workspace, [person("A", position="y"), person("B")])
    assert [e.external_id for e in workspace.employees.iter_all()] == ["A"]
    assert workspace.employees.find_by_external_id("A").position == "x"


def test_large_sync_is_batched(workspace: Workspace) -> None:
    employees = [person(f"E{i}", interests=(f"t{i % 3}",)) for i in range(3500)]
    plan, written, _ = run(workspace, employees)
    assert plan.added == 3500 and len(written.added_ids) == 3500
    assert workspace.conn.execute("SELECT COUNT(*) FROM employee_tags").fetchone()[0] == 3500


# ----------------------------------------------------------------------------- browser queries


@pytest.fixture
def people(workspace: Workspace) -> Workspace:
    run(
        workspace,
        [
            person("E10", display_name="Álvaro Núñez", position="Cajero", department="Ventas",
                   interests=("deporte", "música")),
            person("E2", display_name="ana ruiz", position="Supervisora", department="Ventas",
                   interests=("deporte",), start_date=date(2021, 3, 1)),
            person("E3", display_name="Zoë 👩🏽‍💻", position="Técnica", department="TI",
                   attributes={"Turno": "noche"}, start_date=date(2019, 1, 1)),
            person("E1", display_name="Bruno", position="", department="TI", customer_facing=True),
        ],
        fields=ALL_FIELDS | {"customer_facing"},
        attribute_names=("Turno",),
    )  # fmt: skip
    return workspace


def ids_to_external(ws: Workspace, ids) -> list[str]:
    return [row["external_id"] for row in queries.fetch_rows(ws, list(ids))]


def test_filters_search_and_counts(people: Workspace) -> None:
    def matching(search="", conditions=(), inactive=False):
        where, params = queries.build_where(search, conditions, inactive)
        return ids_to_external(people, queries.ordered_ids(people, where, params))

    assert matching() == ["E10", "E2", "E3", "E1"]
    assert matching(conditions=[("department", ["Ventas"])]) == ["E10", "E2"]
    assert matching(conditions=[("department", ["Ventas", "TI"]), ("interests", ["música"])]) == [
        "E10"
    ]
    assert matching(conditions=[("interests", [""])]) == ["E3", "E1"]
    assert matching(conditions=[("position", [""])]) == ["E1"]
    assert matching(conditions=[("attr:Turno", ["noche"])]) == ["E3"]
    assert matching(conditions=[("customer_facing", ["1"])]) == ["E1"]
    assert matching(conditions=[("start_date", ["2021"])]) == ["E2"]
    # Search ignores case and accents, every word must match, % is literal.
    assert matching("alvaro") == ["E10"]
    assert matching("VENTAS ANA") == ["E2"]
    assert matching("noche") == ["E3"]
    assert matching("👩🏽") == ["E3"]
    assert matching("100%") == []
    where, params = queries.build_where("", [("department", ["TI"])], False)
    assert queries.count(people, where, params) == 2


def test_sorting_is_natural_accent_insensitive_and_empties_last(people: Workspace) -> None:
    where, params = queries.build_where("", [], False)

    def order(field, descending=False):
        ids = queries.ordered_ids(people, where, params, field, descending)
        return ids_to_external(people, ids)

    assert order("external_id") == ["E1", "E2", "E3", "E10"]
    assert order("external_id", True) == ["E10", "E3", "E2", "E1"]
    assert order("display_name") == ["E10", "E2", "E1", "E3"]
    assert order("position") == ["E10", "E2", "E3", "E1"]
    assert order("position", True) == ["E3", "E2", "E10", "E1"]
    assert order("start_date") == ["E3", "E2", "E10", "E1"]
    assert order("attr:Turno") == ["E3", "E10", "E2", "E1"]


def test_value_counts(people: Workspace) -> None:
    where, params = queries.build_where("", [], False)
    assert queries.value_counts(people, "department", where, params) == [("TI", 2), ("Ventas", 2)]
    assert queries.value_counts(people, "interests", where, params) == [
        ("deporte", 2),
        ("música", 1),
    ]
    assert queries.employees_with_tags(people, "interests", where, params) == 2
    assert queries.value_counts(people, "attr:Turno", where, params) == [("", 3), ("noche", 1)]
    with pytest.raises(queries.UnknownFieldError):
        queries.value_counts(people, "id; DROP TABLE employees", where, params)
    assert queries.attribute_names(people) == ["Turno"]


def test_fast_encoder_writes_what_the_codec_writes(workspace: Workspace) -> None:
    codec = workspace.employees.codec
    encode = sync.row_encoder(codec.columns)
    samples = [
        person("A"),
        Employee(
            external_id="B",
            display_name="Zoë 👩🏽‍💻",
            position="Cajera",
            customer_facing=True,
            interests=("café ☕", "مرحبا"),
            needs=("x",),
            start_date=date(2021, 3, 15),
            active=False,
            attributes={"Centro": "CC-1", "Ñ": "ü"},
        ),
    ]
    for employee in samples:
        row = codec.to_row(employee)
        assert encode(employee) == [row[c] for c in codec.columns]


def test_indexed_search_follows_every_change(people: Workspace) -> None:
    assert queries.prepare_search(people)

    def found(text: str) -> list[str]:
        queries.prepare_search(people)
        where, params = queries.build_where(text, [], True, indexed_search=True)
        return ids_to_external(people, queries.ordered_ids(people, where, params))

    assert found("alvaro nunez") == ["E10"]
    assert found("NOCHE") == ["E3"]
    bruno = people.employees.find_by_external_id("E1")
    people.employees.update(dataclasses.replace(bruno, display_name="Bruno Ñandú"))
    assert found("nandu") == ["E1"]
    people.employees.delete(bruno.id)
    assert found("nandu") == []
    # A rolled-back change leaves the index as it was.
    with pytest.raises(RuntimeError), people.transaction():
        people.employees.add(Employee("E99", display_name="Fantasma"))
        raise RuntimeError
    assert found("fantasma") == []
    # The index lives in the connection only: the file has no trace of it.
    tables = {r[0] for r in people.conn.execute("SELECT name FROM main.sqlite_master")}
    assert not any(name.startswith("cp_search") for name in tables)
