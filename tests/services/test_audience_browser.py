"""The audience browser service and its charts."""

from __future__ import annotations

import dataclasses

import pytest

from commsplanner.domain import Employee
from commsplanner.services.audience_browser import AudienceBrowserService, AudienceFilter
from commsplanner.services.charts_audience import ChartTexts, distribution_bars, distribution_figure
from commsplanner.storage import Workspace

TEXTS = ChartTexts(
    title="Department",
    other="Other ({groups} groups)",
    empty="(empty)",
    no_data="Nobody matches",
    share_note="One person may count in several",
)


@pytest.fixture
def browser(workspace: Workspace) -> AudienceBrowserService:
    people = []
    for i in range(40):
        department = "Ventas" if i < 20 else "TI" if i < 32 else "RRHH" if i < 38 else "Legal"
        people.append(
            Employee(
                external_id=f"E{i:03d}",
                display_name=f"Persona {i}",
                department=department if i != 39 else "",
                customer_facing=i < 20,
                interests=("deporte",) if i % 2 else ("deporte", "música"),
                attributes={"Turno": "noche"} if i < 6 else {},
            )
        )
    workspace.employees.add_many(people)
    return AudienceBrowserService(workspace)


def test_view_count_and_rows(browser: AudienceBrowserService) -> None:
    flt = AudienceFilter(conditions=(("department", "TI"),))
    view = browser.view(flt, "display_name", descending=True)
    assert len(view) == browser.count(flt) == 12
    employees = browser.employees(view.ids[:3])
    assert [e.display_name for e in employees] == ["Persona 31", "Persona 30", "Persona 29"]
    assert browser.total() == 40
    assert browser.attribute_fields() == ["attr:Turno"]
    assert "attr:Turno" in browser.table_fields() and "attr:Turno" in browser.filter_fields()


def test_filter_helpers() -> None:
    flt = AudienceFilter().with_condition("department", "TI").with_condition("department", "RRHH")
    assert flt.grouped() == [("department", ["TI", "RRHH"])]
    assert flt.with_condition("department", "TI") is flt
    assert flt.without_condition("department", "TI").conditions == (("department", "RRHH"),)
    assert flt.without_field("department").is_empty


def test_values_ignore_the_fields_own_condition(browser: AudienceBrowserService) -> None:
    flt = AudienceFilter(conditions=(("department", "TI"), ("customer_facing", "0")))
    values = dict(browser.values("department", flt))
    assert values == {"TI": 12, "RRHH": 6, "Legal": 1, "": 1}


def test_distribution_hides_small_groups(
    browser: AudienceBrowserService, workspace: Workspace
) -> None:
    settings = workspace.settings.load()
    workspace.settings.save(dataclasses.replace(settings, anonymity_threshold=5))
    dist = browser.distribution("department", AudienceFilter())
    assert dist.items == [("Ventas", 20), ("TI", 12), ("RRHH", 6)]
    # Legal (1) and the one employee without a department are below the threshold.
    assert (dist.other, dist.hidden_groups, dist.empty, dist.total) == (2, 1, 0, 40)
    bars = distribution_bars(dist, TEXTS)
    assert [b[0] for b in bars] == ["Ventas", "TI", "RRHH", "Other (1 groups)"]


def test_distribution_of_tags_and_yes_no(browser: AudienceBrowserService) -> None:
    dist = browser.distribution("interests", AudienceFilter(search="NOCHE"))
    # The night shift: six people, all into sport, three into music (fewer than five).
    assert dist.total == 6 and dist.multi_valued
    assert (dist.items, dist.other, dist.hidden_groups) == ([("deporte", 6)], 3, 1)
    facing = browser.distribution("customer_facing", AudienceFilter())
    labels = [b[0] for b in distribution_bars(facing, dataclasses.replace(TEXTS, yes="Sí"))]
    assert labels == ["No", "Sí"]


def test_distribution_figure(browser: AudienceBrowserService) -> None:
    figure = distribution_figure(browser.distribution("department", AudienceFilter()), TEXTS)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()][:2] == ["Ventas", "TI"]
    assert axes.get_title(loc="left") == "Department"
    empty = distribution_figure(
        browser.distribution("department", AudienceFilter(search="nadie")), TEXTS
    )
    assert any(t.get_text() == "Nobody matches" for t in empty.axes[0].texts)


def test_too_few_people_get_no_breakdown(browser: AudienceBrowserService) -> None:
    dist = browser.distribution("department", AudienceFilter(search="persona 7"))
    # Persona 7 and Persona 17/27/37 match: four people, fewer than the threshold of five.
    assert dist.total == 4 and dist.suppressed
    assert (dist.items, dist.other, dist.empty) == ([], 0, 0)
    figure = distribution_figure(dist, dataclasses.replace(TEXTS, too_few="Too few"))
    assert any(t.get_text() == "Too few" for t in figure.axes[0].texts)
    assert not browser.distribution("department", AudienceFilter(search="nadie")).suppressed
