"""The Overview's figures and its list of coming communications."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from commsplanner.domain import (
    Campaign,
    Channel,
    Communication,
    CorporateValue,
    Employee,
    Segment,
    Status,
    WorkspaceSettings,
)
from commsplanner.services.hub import ServiceHub

TODAY = date(2026, 3, 2)  # a Monday


def at(days: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), time(hour))


def test_summary_counts_only_active_employees_and_orders_values(workspace) -> None:
    workspace.settings.save(WorkspaceSettings(organisation="Acme", plan_title="Plan 2026"))
    workspace.values.add(CorporateValue("Segundo", colour="#00ff00", position=2))
    workspace.values.add(CorporateValue("Primero", colour="#ff0000", position=1))
    workspace.employees.add_many([Employee("A"), Employee("B"), Employee("C", active=False)])
    workspace.segments.add(Segment("Todos"))
    campaign = workspace.campaigns.add(Campaign("C1"))
    workspace.communications.add(Communication(campaign.id, "Uno", at(1)))

    summary = ServiceHub(workspace).overview.summary()

    assert (summary.organisation, summary.plan_title) == ("Acme", "Plan 2026")
    assert (summary.employees, summary.segments, summary.campaigns, summary.communications) == (
        2,
        1,
        1,
        1,
    )
    assert [v.name for v in summary.values] == ["Primero", "Segundo"]


def test_upcoming_expands_series_skips_past_cancelled_and_skipped(workspace) -> None:
    channel = workspace.channels.add(Channel("Intranet"))
    campaign = workspace.campaigns.add(Campaign("Cultura", colour="#123456"))
    add = workspace.communications.add
    add(Communication(campaign.id, "Ayer", at(-1)))
    add(Communication(campaign.id, "Hoy", at(0, 7)))
    add(Communication(campaign.id, "Cancelada", at(0, 8), status=Status.CANCELLED))
    add(
        Communication(
            campaign.id,
            "Semanal",
            at(-14, 10),  # started two weeks ago: its past dates must not appear
            channel_id=channel.id,
            recurrence="FREQ=WEEKLY;COUNT=10",
            skipped_dates=(TODAY + timedelta(days=7),),
        )
    )

    items = ServiceHub(workspace).overview.upcoming(4, TODAY)

    assert [(i.title, i.start) for i in items] == [
        ("Hoy", at(0, 7)),
        ("Semanal", at(0, 10)),
        ("Semanal", at(14, 10)),
        ("Semanal", at(21, 10)),
    ]
    assert items[1].channel_name == "Intranet"
    assert (items[1].campaign_name, items[1].campaign_colour) == ("Cultura", "#123456")
    assert items[0].channel_name == ""


def test_upcoming_looks_far_ahead_when_the_near_future_is_empty(workspace) -> None:
    campaign = workspace.campaigns.add(Campaign("Lejana"))
    workspace.communications.add(Communication(campaign.id, "En dos años", at(730)))
    workspace.communications.add(Communication(campaign.id, "En un año", at(365)))

    items = ServiceHub(workspace).overview.upcoming(10, TODAY)

    assert [i.title for i in items] == ["En un año", "En dos años"]


def test_upcoming_of_an_endless_series_is_bounded(workspace) -> None:
    campaign = workspace.campaigns.add(Campaign("Diaria"))
    workspace.communications.add(
        Communication(campaign.id, "Cada día", at(-400), recurrence="FREQ=DAILY")
    )

    items = ServiceHub(workspace).overview.upcoming(10, TODAY)

    assert [i.day for i in items] == [TODAY + timedelta(days=d) for d in range(10)]
    assert ServiceHub(workspace).overview.upcoming(0, TODAY) == []


def test_summary_of_a_plan_without_a_name_is_blank(workspace) -> None:
    workspace.settings.save(WorkspaceSettings(organisation="", plan_title=""))
    summary = ServiceHub(workspace).overview.summary()
    assert (summary.organisation, summary.plan_title) == ("", "")
    assert summary.values == ()


def test_upcoming_leaves_out_every_skipped_date_of_a_series(workspace) -> None:
    campaign = workspace.campaigns.add(Campaign("Diaria"))
    skipped = (TODAY + timedelta(days=1), TODAY + timedelta(days=3))
    workspace.communications.add(
        Communication(
            campaign.id, "Cada día", at(0), recurrence="FREQ=DAILY;COUNT=5", skipped_dates=skipped
        )
    )

    items = ServiceHub(workspace).overview.upcoming(10, TODAY)

    # Skipped dates keep their place in the series: the others keep their index.
    assert [(i.day, i.index) for i in items] == [
        (TODAY, 0),
        (TODAY + timedelta(days=2), 2),
        (TODAY + timedelta(days=4), 4),
    ]
