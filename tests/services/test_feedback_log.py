"""The ideas and feedback log: edits returning Changes, filters, open items, import, digest."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from listening_support import make

from commsplanner.domain import (
    EntityKind,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    ValidationError,
    WorkspaceSettings,
)
from commsplanner.services.feedback_log import (
    FeedbackFilter,
    FeedbackImportOptions,
    FeedbackLogService,
    parse_kind,
    parse_status,
)
from commsplanner.services.measurements_import import ListeningImportError
from commsplanner.services.segmentation import SegmentationService


@pytest.fixture
def log(tmp_path):
    ws, ids = make(tmp_path / "plan.commsplan")
    yield ws, ids, FeedbackLogService(ws, SegmentationService(ws))
    ws.close()


def test_edits_return_changes_and_can_be_undone(log) -> None:
    ws, ids, service = log
    changes = service.add(
        Feedback(date(2025, 3, 2), "  Un idea  ", channel_id=ids.intranet, tags=("a", "A", " b "))
    )
    (new_id,) = changes.added[EntityKind.FEEDBACK]
    entry = service.get(new_id)
    assert entry.text == "Un idea" and entry.tags == ("a", "b")
    changes = service.set_status(new_id, FeedbackStatus.ANSWERED, " Gracias ")
    assert changes.updated[EntityKind.FEEDBACK] == {new_id}
    assert (service.get(new_id).status, service.get(new_id).response) == (
        FeedbackStatus.ANSWERED,
        "Gracias",
    )
    old = service.get(new_id)
    changes = service.delete(new_id)
    assert changes.removed[EntityKind.FEEDBACK] == {new_id}
    assert ws.feedback.find(new_id) is None
    service.restore(old)
    assert service.get(new_id) == old
    with pytest.raises(ValidationError):
        service.add(Feedback(date(2025, 3, 2), "   "))


def test_delete_many_and_restore_many(log) -> None:
    ws, _ids, service = log
    before = ws.feedback.list()
    changes, removed = service.delete_many([f.id for f in before[:3]])
    assert changes.removed[EntityKind.FEEDBACK] == {f.id for f in before[:3]}
    assert ws.feedback.count() == len(before) - 3
    service.restore_many(removed)
    assert ws.feedback.list() == before


def test_filters(log) -> None:
    _ws, ids, service = log
    texts = lambda flt: [f.text for f in service.list(flt)]  # noqa: E731
    # Newest first.
    assert texts(FeedbackFilter())[0] == "Después del periodo"
    assert texts(
        FeedbackFilter(statuses=frozenset({FeedbackStatus.NEW}), channel_id=ids.intranet)
    ) == [
        "Después del periodo",
        "El correo llega tarde",
        "¿Horario de verano?",
    ]
    assert texts(FeedbackFilter(campaign_id=ids.launch)) == ["El correo llega tarde"]
    assert texts(FeedbackFilter(segment_id=ids.front)) == ["Más formación"]
    assert texts(FeedbackFilter(kind=FeedbackKind.COMPLAINT)) == [
        "El correo llega tarde",
        "Faltan taquillas",
    ]
    # Text search ignores case and accents and also looks in the answer.
    assert texts(FeedbackFilter(text="TAQUILLA")) == ["Faltan taquillas"]
    assert texts(FeedbackFilter(text="instaladas")) == ["Faltan taquillas"]
    assert texts(FeedbackFilter(first=date(2025, 2, 1), last=date(2025, 2, 28))) == [
        "El correo llega tarde",
        "Faltan taquillas",
    ]
    assert texts(FeedbackFilter(statuses=frozenset())) == []


def test_open_items_per_campaign_and_group(log) -> None:
    _ws, ids, service = log
    items = service.open_items()
    # New: Oficinas question (Jan), Intranet complaint of Lanzamiento, Madrid question (Dec),
    # the March idea of the whole organisation.
    assert items.total == 4
    assert [(o.label, o.count) for o in items.by_campaign] == [("Lanzamiento", 1)]
    assert items.without_campaign == 3
    assert [(o.label, o.count) for o in items.by_group] == [
        ("Whole organisation", 2),
        ("Madrid", 1),
    ]
    # Oficinas has 4 members: only counted together.
    assert (items.hidden_groups, items.hidden_count) == (1, 1)
    assert service.open_count_for_campaign(ids.launch) == 1


def test_heard_and_done_withholds_small_groups(log) -> None:
    _ws, _ids, service = log
    digest = service.heard_and_done(date(2025, 1, 1), date(2025, 2, 28))
    assert digest.received == 4
    assert digest.by_kind[FeedbackKind.COMPLAINT] == 2
    assert (digest.answered, digest.acted_on, digest.still_open) == (1, 1, 2)
    assert digest.share_answered == 0.5
    assert [i.text for i in digest.acted] == ["Faltan taquillas"]
    assert digest.acted[0].group is not None
    assert digest.acted[0].group.text() == "Department = Operaciones"
    assert digest.acted[0].response == "Instaladas"
    question = next(i for i in digest.open_items if i.text.startswith("¿Horario"))
    assert question.group is None
    assert digest.withheld_groups == 1


IMPORT = """Fecha;Tipo;Canal;Segmento;Texto;Etiquetas;Estado;Respuesta;Campaña
03/03/2025;Pregunta;intranet;Madrid;¿Hay parking?;instalaciones, movilidad;Nuevo;;
04/03/2025;queja;Intranet;department = Logística;Hace frío en el almacén;instalaciones;resuelto;Calefacción arreglada;Cultura
05/03/2025;Elogio;;;Gran evento;;;Gracias a vosotros;
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_spanish_file_and_reimport_updates(log, tmp_path) -> None:
    ws, ids, service = log
    importer = service.importer
    path = write(tmp_path, "buzon.csv", IMPORT)
    report = importer.validate(path)
    assert report.errors == []
    assert (report.would_add, report.would_update, report.unchanged) == (3, 0, 0)
    before = ws.feedback.count()
    outcome = importer.apply(report)
    assert outcome.added == 3 and ws.feedback.count() == before + 3
    entries = {f.text: f for f in ws.feedback.list()}
    parking = entries["¿Hay parking?"]
    assert (parking.kind, parking.channel_id, parking.segment_id, parking.status) == (
        FeedbackKind.QUESTION,
        ids.intranet,
        ids.madrid,
        FeedbackStatus.NEW,
    )
    assert parking.tags == ("instalaciones", "movilidad")
    cold = entries["Hace frío en el almacén"]
    assert (cold.kind, cold.status, cold.campaign_id) == (
        FeedbackKind.COMPLAINT,
        FeedbackStatus.ACTED_ON,
        ids.culture,
    )
    assert (cold.group_attribute, cold.group_value) == ("department", "Logística")
    # With an answer and no status, an entry counts as answered.
    assert entries["Gran evento"].status is FeedbackStatus.ANSWERED
    # The same file again changes nothing; a status changed in the file updates the entry.
    assert importer.validate(path).unchanged == 3
    changed = write(tmp_path, "buzon2.csv", IMPORT.replace(";Nuevo;;", ";Respondido;En estudio;"))
    report = importer.validate(changed)
    assert (report.would_add, report.would_update, report.unchanged) == (0, 1, 2)
    importer.apply(report)
    assert ws.feedback.count() == before + 3
    parking = next(f for f in ws.feedback.list() if f.text == "¿Hay parking?")
    assert (parking.status, parking.response) == (FeedbackStatus.ANSWERED, "En estudio")


def test_import_errors_block_everything(log, tmp_path) -> None:
    ws, _ids, service = log
    importer = service.importer
    text = (
        "Date,Kind,Channel,Text,Status\n"
        "2025-03-01,rant,Intranet,Hello,new\n"
        "2025-03-02,idea,Intranett,Hello 2,new\n"
        "2025-03-03,idea,Intranet,,new\n"
        "2025-03-04,idea,Intranet,Hello 4,maybe\n"
        "yesterday,idea,Intranet,Hello 5,new\n"
        "2025-03-06,idea,Intranet,Fine,new\n"
    )
    report = importer.validate(write(tmp_path, "bad.csv", text))
    assert [(i.row, i.column_ref) for i in report.errors] == [
        (2, "B “Kind”"),
        (3, "C “Channel”"),
        (4, "D “Text”"),
        (5, "E “Status”"),
        (6, "A “Date”"),
    ]
    assert "did you mean “Intranet”?" in report.errors[1].message()
    before = ws.feedback.count()
    with pytest.raises(ListeningImportError):
        importer.apply(report)
    assert ws.feedback.count() == before


def test_import_defaults_from_options(log, tmp_path) -> None:
    ws, ids, service = log
    importer = service.importer
    path = write(tmp_path, "ideas.csv", "Fecha,Idea\n2025-04-01,Más fruta\n")
    options = FeedbackImportOptions(
        kind=FeedbackKind.IDEA, channel_id=ids.intranet, campaign_id=ids.culture
    )
    importer.apply(importer.validate(path, options=options))
    entry = next(f for f in ws.feedback.list() if f.text == "Más fruta")
    assert (entry.channel_id, entry.campaign_id, entry.kind) == (
        ids.intranet,
        ids.culture,
        FeedbackKind.IDEA,
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Sugerencia", FeedbackKind.IDEA), ("QUEJA", FeedbackKind.COMPLAINT), ("x", None)],
)
def test_parse_kind(text, kind) -> None:
    assert parse_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pendiente", FeedbackStatus.NEW),
        ("acted_on", FeedbackStatus.ACTED_ON),
        ("Acted on", FeedbackStatus.ACTED_ON),
        ("contestado", FeedbackStatus.ANSWERED),
        ("?", None),
    ],
)
def test_parse_status(text, status) -> None:
    assert parse_status(text) is status


def test_threshold_setting_changes_what_open_items_show(log) -> None:
    ws, _ids, service = log
    ws.settings.save(WorkspaceSettings(anonymity_threshold=9))
    items = service.open_items()
    # Madrid (8) joins Oficinas among the hidden groups.
    assert [(o.label, o.count) for o in items.by_group] == [("Whole organisation", 2)]
    assert (items.hidden_groups, items.hidden_count) == (2, 2)


def test_entries_keep_only_one_kind_of_group(log) -> None:
    _ws, ids, service = log
    entry = Feedback(
        date(2025, 3, 2), "x", segment_id=ids.front, group_attribute="department", group_value="Y"
    )
    changes = service.add(entry)
    (new_id,) = changes.added[EntityKind.FEEDBACK]
    stored = service.get(new_id)
    assert (stored.segment_id, stored.group_attribute, stored.group_value) == (
        ids.front,
        None,
        None,
    )
    assert dataclasses.replace(stored, id=None) != entry
