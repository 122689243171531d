"""Listening SQL: natural keys of results and feedback, upserts, filters, spans."""

from __future__ import annotations

from datetime import date

from commsplanner.domain import EntityKind, Feedback, FeedbackStatus, Measurement
from commsplanner.storage import listening as store


def test_measurement_key_ignores_case_and_spacing() -> None:
    a = Measurement(date(2025, 1, 1), "Satisfacción", 3.0, group_attribute="department",
                    group_value="Operaciones", source="Pulso")  # fmt: skip
    b = Measurement(date(2025, 1, 1), "  SATISFACCIÓN ", 4.0, group_attribute="Department",
                    group_value="operaciones", source="pulso ")  # fmt: skip
    assert store.measurement_key(a) == store.measurement_key(b)
    c = Measurement(date(2025, 1, 1), "Satisfacción", 3.0, segment_id=4)
    d = Measurement(date(2025, 1, 1), "Satisfacción", 3.0, segment_id=5)
    assert store.measurement_key(c) != store.measurement_key(d)


def test_upsert_adds_updates_and_counts_unchanged(workspace) -> None:
    first = [
        Measurement(date(2025, 1, 1), "eNPS", 10.0),
        Measurement(date(2025, 1, 1), "eNPS", 11.0),  # same key again in the batch: first wins
        Measurement(date(2025, 2, 1), "eNPS", 12.0),
    ]
    result = store.upsert_measurements(workspace, first)
    assert (len(result.added), result.updated, result.unchanged) == (2, [], 0)
    assert store.plan_measurement_upsert(workspace, first[::2]) == (0, 0, 2)
    with workspace.transaction() as changes:
        result = store.upsert_measurements(
            workspace,
            [
                Measurement(date(2025, 1, 1), "ENPS", 15.0),
                Measurement(date(2025, 2, 1), "eNPS", 12.0),
            ],
        )
    assert len(result.updated) == 1 and result.unchanged == 1
    assert changes.updated[EntityKind.MEASUREMENT] == set(result.updated)
    values = sorted((m.date, m.value, m.metric) for m in workspace.measurements.list())
    assert values == [(date(2025, 1, 1), 15.0, "ENPS"), (date(2025, 2, 1), 12.0, "eNPS")]
    assert (
        store.metric_counts(workspace) == [("ENPS", 2)] or store.metric_counts(workspace)[0][1] == 2
    )


def test_feedback_upsert_and_queries(workspace) -> None:
    entry = Feedback(date(2025, 1, 5), "Más  fruta", status=FeedbackStatus.NEW)
    result = store.upsert_feedback(workspace, [entry, entry])
    assert len(result.added) == 1
    answered = Feedback(
        date(2025, 1, 5), "más fruta", status=FeedbackStatus.ANSWERED, response="Sí"
    )
    assert store.plan_feedback_upsert(workspace, [answered]) == (0, 1, 0)
    store.upsert_feedback(workspace, [answered])
    (stored,) = workspace.feedback.list()
    assert stored.status is FeedbackStatus.ANSWERED and stored.response == "Sí"
    assert store.oldest_open_feedback(workspace, date(2025, 12, 31)) is None
    store.upsert_feedback(workspace, [Feedback(date(2024, 12, 1), "Vieja")])
    assert store.oldest_open_feedback(workspace, date(2025, 12, 31)).text == "Vieja"
    assert store.oldest_open_feedback(workspace, date(2024, 11, 30)) is None
    assert store.open_feedback_counts(workspace) == [(None, None, None, None, 1)]
    assert [f.text for f in store.list_feedback(workspace, statuses=[FeedbackStatus.NEW])] == [
        "Vieja"
    ]
    assert store.feedback_month_channel_counts(workspace, date(2024, 12, 1), date(2025, 1, 31)) == [
        ("2024-12", None, "new", "idea", 1),
        ("2025-01", None, "answered", "idea", 1),
    ]
    assert store.listening_date_span(workspace) == (date(2024, 12, 1), date(2025, 1, 5))


def test_empty_span_and_front_line(workspace) -> None:
    assert store.listening_date_span(workspace) == (None, None)
    assert store.front_line_count(workspace) == 0
