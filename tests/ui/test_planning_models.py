"""The planning pages' Qt models: qtmodeltester, sorting keys, filters, drag to reorder."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt

from commsplanner.domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Segment,
    Status,
    ValueWeight,
)
from commsplanner.ui.planning.models import (
    ID_ROLE,
    SORT_ROLE,
    BlackoutsModel,
    CampaignFilterProxy,
    CampaignsModel,
    ChannelsModel,
    CheckListModel,
    CommunicationsModel,
    GoalsModel,
    PlanLookups,
    ValuesModel,
    ValueWeightsModel,
)

VALUES = [
    CorporateValue("Excelencia", colour="#1f77b4", position=0, id=1),
    CorporateValue("Cooperación", colour="#2ca02c", position=1, id=2),
    CorporateValue("Equipo", colour="#d62728", position=2, id=3),
]
LOOKUPS = PlanLookups(
    values={v.id: v for v in VALUES},
    goals={7: BusinessGoal("NPS", id=7)},
    segments={5: Segment("Cajeros", id=5), 6: Segment("Mandos", id=6)},
    sizes={5: 1200, 6: 40},
    channels={9: Channel("Correo", ChannelKind.EMAIL, id=9)},
    counts={11: 3},
)
CAMPAIGNS = [
    Campaign(
        "Verano",
        status=Status.DRAFT,
        start=date(2026, 6, 1),
        value_weights={2: ValueWeight.SECONDARY, 1: ValueWeight.PRIMARY},
        segment_ids=(5,),
        owner="Ana",
        id=11,
    ),
    Campaign("Cultura", status=Status.APPROVED, goal_ids=(7,), owner="Luis", id=12),
]


def test_every_model_passes_the_model_tester(qapp, qtmodeltester) -> None:
    values = ValuesModel()
    values.set_items(VALUES)
    goals = GoalsModel()
    goals.set_items([BusinessGoal("NPS", kpi="eNPS", due_date=date(2026, 12, 31), id=7)])
    channels = ChannelsModel()
    channels.set_channels([Channel("Correo", ChannelKind.EMAIL, id=9)], {9: 4})
    blackouts = BlackoutsModel()
    blackouts.set_items([Blackout("Cierre", date(2026, 3, 29), date(2026, 3, 31), id=1)])
    campaigns = CampaignsModel()
    campaigns.set_campaigns(CAMPAIGNS, LOOKUPS)
    proxy = CampaignFilterProxy()
    proxy.setSourceModel(campaigns)
    comms = CommunicationsModel()
    comms.set_communications(
        [
            Communication(11, "Aviso", datetime(2026, 6, 1, 9), channel_id=9, id=1),
            Communication(
                11, "Semanal", datetime(2026, 6, 2, 9), recurrence="FREQ=WEEKLY;COUNT=3", id=2
            ),
        ],
        LOOKUPS,
    )
    checks = CheckListModel()
    checks.set_rows([(5, "Cajeros", None, None), (6, "Mandos", "tip", None)], [6])
    weights = ValueWeightsModel()
    weights.set_values(VALUES, {1: ValueWeight.PRIMARY})
    for model in (values, goals, channels, blackouts, campaigns, proxy, comms, checks, weights):
        qtmodeltester.check(model)
    empty = CampaignsModel()
    qtmodeltester.check(empty)


def test_table_models_show_labels_and_sort_by_meaning(qapp) -> None:
    model = CampaignsModel()
    model.set_campaigns(CAMPAIGNS, LOOKUPS)
    status = model.column_of("status")
    values = model.column_of("values")
    assert model.index(0, status).data() == "Draft"
    assert model.index(0, values).data() == "Excelencia, Cooperación"  # primary first
    assert model.index(0, model.column_of("count")).data() == "3"
    assert model.index(1, model.column_of("start")).data(SORT_ROLE) == "9999"  # no date last
    assert model.index(0, status).data(SORT_ROLE) < model.index(1, status).data(SORT_ROLE)
    assert "1,200" in model.index(0, model.column_of("segments")).data(
        Qt.ItemDataRole.ToolTipRole
    ) or "1200" in model.index(0, model.column_of("segments")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(ID_ROLE) == 12
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Status"
    assert model.headerData(1, Qt.Orientation.Vertical) is None

    comms = CommunicationsModel()
    comms.set_communications(
        [Communication(11, "Semanal", datetime(2026, 6, 1, 9), recurrence="FREQ=WEEKLY;COUNT=3")],
        LOOKUPS,
    )
    assert comms.index(0, comms.column_of("channel")).data() == "No channel"
    assert comms.index(0, comms.column_of("audience")).data() == "Campaign's segments"
    assert comms.index(0, comms.column_of("repeats")).data() == "Every week on Monday; 3 times"

    channels = ChannelsModel()
    channels.set_channels([Channel("Chat", ChannelKind.CHAT, two_way=True, id=1)], {})
    assert channels.index(0, 1).data() == "Chat"
    assert channels.index(0, 2).data() == "Two-way"
    assert channels.index(0, 3).data() == "No limit"
    assert channels.index(0, 5).data() == "0"


def test_campaign_filter_by_each_criterion(qapp) -> None:
    model = CampaignsModel()
    model.set_campaigns(CAMPAIGNS, LOOKUPS)
    proxy = CampaignFilterProxy()
    proxy.setSourceModel(model)

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names() == ["Verano", "Cultura"]
    proxy.set_filters(status=Status.APPROVED)
    assert names() == ["Cultura"]
    proxy.set_filters(value_id=2)
    assert names() == ["Verano"]
    proxy.set_filters(goal_id=7)
    assert names() == ["Cultura"]
    proxy.set_filters(segment_id=5)
    assert names() == ["Verano"]
    proxy.set_filters(owner="Luis")
    assert names() == ["Cultura"]
    proxy.set_filters(text="VERA")
    assert names() == ["Verano"]
    proxy.set_filters()
    assert len(names()) == 2


def test_dropping_values_asks_for_the_new_order(qapp) -> None:
    model = ValuesModel()
    model.set_items(VALUES)
    asked: list[list[int]] = []
    model.reorder_requested.connect(asked.append)
    data = model.mimeData([model.index(2, 0), model.index(2, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert asked == [[3, 1, 2]]
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert asked[-1] == [2, 3, 1]
    # Dropping a value where it already is asks for nothing.
    data = model.mimeData([model.index(1, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert len(asked) == 2
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_pickers_keep_the_order_of_ticks(qapp) -> None:
    checks = CheckListModel()
    checks.set_rows([(5, "Cajeros", None, None), (6, "Mandos", None, None)], [6])
    checks.setData(checks.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert checks.checked_ids() == (6, 5)
    checks.setData(checks.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert checks.checked_ids() == (5,)

    weights = ValueWeightsModel()
    weights.set_values(VALUES, {})
    weights.setData(weights.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert weights.weights() == {2: ValueWeight.SECONDARY}
    weights.setData(weights.index(2, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert weights.weights() == {2: ValueWeight.SECONDARY, 3: ValueWeight.PRIMARY}
    weights.setData(
        weights.index(3 - 1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert weights.weights() == {2: ValueWeight.SECONDARY}
