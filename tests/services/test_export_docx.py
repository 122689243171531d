"""The Word plan: read back with python-docx and checked against the workspace."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx_support import W, all_text, build_small_plan, find_table, headings, open_docx, table_rows

from commsplanner.domain import Employee, Feedback, FeedbackKind, FeedbackStatus, Measurement
from commsplanner.domain.errors import Cancelled
from commsplanner.domain.progress import Progress
from commsplanner.services.export_docx import DocxExportService, ExportError, clean_text
from commsplanner.services.plan_report import ExportOptions, build_plan_report

SPRING = {"first": date(2025, 3, 1), "last": date(2025, 5, 31)}


@pytest.fixture
def plan(workspace):
    return build_small_plan(workspace)


@pytest.fixture
def service(workspace):
    return DocxExportService(workspace)


def export(service, tmp_path: Path, name: str = "plan.docx", **options) -> Path:
    opts = ExportOptions(**{**SPRING, **options})
    return service.export(opts, tmp_path / name)


# ---------------------------------------------------------------------------- structure
def test_full_plan_has_numbered_chapters_in_order(plan, service, tmp_path):
    document = open_docx(export(service, tmp_path, language="en"))
    assert headings(document, 1) == [
        "1.\u2002Executive summary",
        "2.\u2002Goals and values",
        "3.\u2002Audiences",
        "4.\u2002Campaigns",
        "5.\u2002Calendar",
        "6.\u2002Channel mix",
        "7.\u2002Measurement plan",
        "8.\u2002Risks and conflicts",
        "9.\u2002Appendix: definitions",
    ]
    level2 = headings(document, 2)
    # One numbered section per campaign, in date order, and per audience.
    assert "4.1\u2002Lanzamiento app de turnos" in level2
    assert "4.2\u2002Escuchamos" in level2
    assert "3.1\u2002Primera línea" in level2
    # The calendar sits in its own landscape section; the rest is portrait.
    orientations = [s.page_width > s.page_height for s in document.sections]
    assert orientations == [False, True, False]
    # The cover has no header; later pages carry the plan title and a PAGE field.
    assert document.sections[0].different_first_page_header_footer
    assert "Plan de comunicación 2025" in document.sections[0].header.paragraphs[0].text
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_toc_is_a_real_field_prefilled_with_the_headings(plan, service, tmp_path):
    document = open_docx(export(service, tmp_path, language="en"))
    body = document.element.body
    instructions = [t.text for t in body.iter(W + "instrText")]
    assert any(i.strip() == 'TOC \\o "1-3" \\h \\z \\u' for i in instructions)
    kinds = [f.get(W + "fldCharType") for f in body.iter(W + "fldChar")]
    assert kinds[:2] == ["begin", "separate"] and "end" in kinds
    toc_entries = [p.text for p in document.paragraphs if p.style.name == "TOC 1"]
    assert toc_entries[0] == "1.\u2002Executive summary"
    # Entries link to bookmarks on the headings.
    anchors = {h.get(W + "anchor") for h in body.iter(W + "hyperlink")}
    bookmarks = {b.get(W + "name") for b in body.iter(W + "bookmarkStart")}
    assert anchors and anchors <= bookmarks
    settings = document.settings.element
    assert settings.find(W + "updateFields").get(W + "val") == "true"


def test_campaign_table_lists_its_occurrences_in_the_period(plan, service, tmp_path):
    document = open_docx(export(service, tmp_path, language="en"))
    (table,) = find_table(document, "Date", containing="Formación en tienda")
    rows = table_rows(table)
    assert rows[0] == ["Date", "Channel", "Audience", "Communication and message"]
    body = rows[1:]
    # The weekly series expands to three dated rows; the cancelled one is left out.
    assert [r[0] for r in body] == [
        "4 Mar 2025\n09:00",
        "10 Mar 2025\n10:00",
        "17 Mar 2025\n10:00",
        "24 Mar 2025\n10:00",
    ]
    assert body[0][1:] == ["Email", "Primera línea", "Anuncio de la app\nLa app llega el lunes."]
    assert {r[1] for r in body[1:]} == {"Reunión de equipo"}
    assert "Anuncio cancelado" not in all_text(document)
    facts = find_table(document, "Dates", containing="Ana Ruiz")[0]
    fact_rows = dict((r[0], r[1]) for r in table_rows(facts))
    assert fact_rows["Owner"] == "Ana Ruiz"
    assert fact_rows["Goals"] == "Mejorar la experiencia de cliente"
    assert fact_rows["Values"] == "Excelencia (primary), Trabajo en equipo (secondary)"
    assert fact_rows["Channels"] == "Email, Reunión de equipo"


def test_summary_figures_come_from_the_data(plan, service, workspace, tmp_path):
    report = build_plan_report(workspace, ExportOptions(**SPRING))
    f = report.figures
    # One-off + weekly series of three + the survey; the cancelled one does not count.
    assert (f.campaigns, f.communications) == (2, 5)
    # Front line (24 people) + supervisors (16) = everyone; 24 of them face customers.
    assert (f.employees, f.reached, f.front_line, f.front_line_reached) == (40, 40, 24, 24)
    assert (f.values, f.values_covered) == (3, 3)
    assert f.two_way_share == pytest.approx(4 / 5)
    assert f.surveys == 1
    document = open_docx(export(service, tmp_path, language="en"))
    text = all_text(document)
    assert "40 of 40 employees (100%) receive at least one communication" in text
    assert "24 of 24 (100%)" in text


def test_images_are_embedded(plan, service, tmp_path):
    path = export(service, tmp_path, language="en")
    document = open_docx(path)
    assert len(document.inline_shapes) == 3  # values coverage, timeline, channel mix
    with zipfile.ZipFile(path) as package:
        pngs = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(pngs) == 3
        for name in pngs:
            assert package.read(name).startswith(b"\x89PNG")


def test_tables_repeat_their_header_and_never_split_rows(plan, service, tmp_path):
    document = open_docx(export(service, tmp_path, language="en"))
    with_header = 0
    for table in document.tables:
        rows = table._tbl.findall(W + "tr")
        for row in rows:
            assert row.find(f"{W}trPr/{W}cantSplit") is not None
        if rows[0].find(f"{W}trPr/{W}tblHeader") is not None:
            with_header += 1
            assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    assert with_header >= 10
    # The communications table of a campaign is one of them.
    (table,) = find_table(document, "Date", containing="Formación en tienda")
    assert table._tbl.findall(W + "tr")[0].find(f"{W}trPr/{W}tblHeader") is not None


def test_spanish_and_english(plan, service, tmp_path):
    spanish = open_docx(export(service, tmp_path, "es.docx", language="es"))
    english = open_docx(export(service, tmp_path, "en.docx", language="en"))
    assert headings(spanish, 1)[0] == "1.\u2002Resumen ejecutivo"
    assert headings(english, 1)[0] == "1.\u2002Executive summary"
    es_text, en_text = all_text(spanish), all_text(english)
    assert "1 de marzo de 2025 – 31 de mayo de 2025" in es_text
    assert "1 March 2025 – 31 May 2025" in en_text
    assert "Aprobado por Marta Sanz el 20 de febrero de 2025" in es_text
    assert "Approved by Marta Sanz on 20 February 2025" in en_text
    assert "Página" in es_text and "Page" in en_text
    assert "Executive summary" not in es_text
    assert spanish.core_properties.language == "es-ES"
    # Spanish tables write dates as dd/mm/yyyy.
    (table,) = find_table(spanish, "Fecha", containing="Formación en tienda")
    assert table_rows(table)[1][0] == "04/03/2025\n09:00"


def test_small_groups_never_reach_the_document(plan, service, tmp_path):
    document = open_docx(export(service, tmp_path, language="en"))
    (results,) = find_table(document, "Metric")
    rows = table_rows(results)[1:]
    groups = {(r[0], r[1]) for r in rows}
    assert ("eNPS", "Whole organisation") in groups
    assert ("Satisfacción", "Primera línea") in groups
    assert ("Satisfacción", "Mandos") not in groups  # 3 respondents < threshold 5
    assert (
        "Results about groups of fewer than 5 people or respondents are not shown, to protect "
        "anonymity: 1." in all_text(document)
    )


def test_group_results_follow_the_dashboards_anonymity_guard(plan, workspace, tmp_path):
    # No respondents count, but the segment (24 people) is large enough: shown, as on the
    # dashboard. An attribute group nobody belongs to cannot vouch for itself: withheld.
    workspace.measurements.add(
        Measurement(date(2025, 5, 2), "Participación", 71.0, segment_id=plan.front_line.id)
    )
    workspace.measurements.add(
        Measurement(
            date(2025, 5, 2), "Participación", 90.0, group_attribute="location", group_value="Vigo"
        )
    )
    report = build_plan_report(workspace, ExportOptions(**SPRING))
    shown = {(r.metric, r.group) for r in report.results}
    assert ("Participación", "Primera línea") in shown
    assert not any(group == "location = Vigo" for _m, group in shown)
    assert report.hidden_results == 2  # Mandos (3 respondents) and Vigo


# ---------------------------------------------------------------------------- listening log
def add_feedback(workspace, plan) -> None:
    """Four entries in spring (one from a group of two people) and one after it."""
    workspace.employees.add_many(
        [Employee(external_id=f"B{i}", position="Cajero", location="Bilbao") for i in range(2)]
    )
    entries = [
        Feedback(
            date(2025, 3, 12),
            "Avisar por la app cuando cambie mi turno.",
            kind=FeedbackKind.IDEA,
            channel_id=plan.meeting.id,
            segment_id=plan.front_line.id,
            tags=("turnos",),
            status=FeedbackStatus.ACTED_ON,
            campaign_id=plan.launch.id,
            response="La app avisa de cada cambio desde abril.",
        ),
        Feedback(
            date(2025, 4, 16),
            "¿Se puede usar la app fuera de la tienda?",
            kind=FeedbackKind.QUESTION,
            channel_id=plan.survey.id,
            segment_id=plan.managers.id,
            tags=("app", "turnos"),
            status=FeedbackStatus.ANSWERED,
            campaign_id=plan.listening.id,
            response="Sí, desde el móvil personal.",
        ),
        Feedback(
            date(2025, 4, 22),
            "Faltan taquillas en el vestuario.",
            kind=FeedbackKind.COMPLAINT,
            channel_id=plan.meeting.id,
            group_attribute="location",
            group_value="Bilbao",
            tags=("vestuario",),
        ),
        Feedback(
            date(2025, 5, 5),
            "La formación en tienda fue muy útil.",
            kind=FeedbackKind.PRAISE,
            channel_id=plan.email.id,
        ),
        Feedback(date(2025, 6, 10), "Fuera del periodo.", kind=FeedbackKind.IDEA),
    ]
    for entry in entries:
        workspace.feedback.add(entry)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            {
                "heading": "7.4\u2002Listening: what we heard and what we did",
                "header": [
                    "Date",
                    "Channel and group",
                    "Kind and topics",
                    "What we heard",
                    "What we did",
                ],
                "rows": [
                    [
                        "12 Mar 2025",
                        "Reunión de equipo\nPrimera línea",
                        "Idea\nturnos",
                        "Avisar por la app cuando cambie mi turno.\nLanzamiento app de turnos",
                        "Acted on\nLa app avisa de cada cambio desde abril.",
                    ],
                    [
                        "16 Apr 2025",
                        "Encuesta pulso\nMandos",
                        "Question\napp, turnos",
                        "¿Se puede usar la app fuera de la tienda?\nEscuchamos",
                        "Answered\nSí, desde el móvil personal.",
                    ],
                    [
                        "22 Apr 2025",
                        "Reunión de equipo",
                        "Complaint\nvestuario",
                        "Faltan taquillas en el vestuario.",
                        "Still open",
                    ],
                    [
                        "5 May 2025",
                        "Email",
                        "Praise",
                        "La formación en tienda fue muy útil.",
                        "Still open",
                    ],
                ],
                "intro": "Between 1 March 2025 and 31 May 2025 the listening log recorded 4 "
                "contributions: 1 idea, 1 question, 1 complaint and 1 compliment. Answered: 1; acted "
                "on: 1; still open: 2 (50% answered or acted on).",
                "topics": "Most frequent topics: turnos (2), app (1), vestuario (1).",
                "withheld": "Contributions from groups of fewer than 5 people: 1. Their group is "
                "not named, to protect anonymity.",
                "summary": "What we heard. Received through two-way channels: 4 contributions (1 "
                "idea, 1 question, 1 complaint and 1 compliment). Answered or acted on: 50% "
                "(acted on: 1); still open: 2.",
            },
        ),
        (
            "es",
            {
                "heading": "7.4\u2002Escucha: qué oímos y qué hicimos",
                "header": ["Fecha", "Canal y grupo", "Tipo y temas", "Qué oímos", "Qué hicimos"],
                "rows": [
                    [
                        "12/03/2025",
                        "Reunión de equipo\nPrimera línea",
                        "Idea\nturnos",
                        "Avisar por la app cuando cambie mi turno.\nLanzamiento app de turnos",
                        "Resuelta\nLa app avisa de cada cambio desde abril.",
                    ],
                    [
                        "16/04/2025",
                        "Encuesta pulso\nMandos",
                        "Pregunta\napp, turnos",
                        "¿Se puede usar la app fuera de la tienda?\nEscuchamos",
                        "Respondida\nSí, desde el móvil personal.",
                    ],
                    [
                        "22/04/2025",
                        "Reunión de equipo",
                        "Queja\nvestuario",
                        "Faltan taquillas en el vestuario.",
                        "Aún abierta",
                    ],
                    [
                        "05/05/2025",
                        "Email",
                        "Elogio",
                        "La formación en tienda fue muy útil.",
                        "Aún abierta",
                    ],
                ],
                "intro": "Entre el 1 de marzo de 2025 y el 31 de mayo de 2025 el registro de "
                "escucha recogió 4 aportaciones: 1 idea, 1 pregunta, 1 queja y 1 elogio. "
                "Respondidas: 1; resueltas: 1; aún abiertas: 2 (50 % respondidas o resueltas).",
                "topics": "Temas más frecuentes: turnos (2), app (1), vestuario (1).",
                "withheld": "Aportaciones de grupos de menos de 5 personas: 1. Su grupo no se "
                "nombra, para proteger el anonimato.",
                "summary": "Qué oímos. Recibidas por canales bidireccionales: 4 aportaciones (1 "
                "idea, 1 pregunta, 1 queja y 1 elogio). Respondidas o resueltas: 50 % "
                "(resueltas: 1); aún abiertas: 2.",
            },
        ),
    ],
)
def test_listening_section_lists_what_was_heard_and_done(
    plan, workspace, service, tmp_path, language, expected
):
    add_feedback(workspace, plan)
    document = open_docx(export(service, tmp_path, language=language))
    assert expected["heading"] in headings(document, 2)
    (table,) = find_table(document, expected["header"][0], containing="taquillas")
    rows = table_rows(table)
    assert rows[0] == expected["header"]
    assert rows[1:] == expected["rows"]
    text = all_text(document)
    for key in ("intro", "topics", "withheld", "summary"):
        assert expected[key] in text, key
    # The two people in Bilbao are never named; the entry after the period is left out.
    assert "Bilbao" not in text
    assert "Fuera del periodo" not in text


def test_listening_follows_the_campaign_selection(plan, workspace, service, tmp_path):
    add_feedback(workspace, plan)
    report = build_plan_report(
        workspace, ExportOptions(**SPRING, campaign_ids=(plan.listening.id,))
    )
    assert report.heard is not None
    assert report.heard.received == 1
    assert [i.text for i in report.heard.answered_items] == [
        "¿Se puede usar la app fuera de la tienda?"
    ]


def test_leadership_summary_says_what_was_heard_without_the_table(
    plan, workspace, service, tmp_path
):
    add_feedback(workspace, plan)
    document = open_docx(export(service, tmp_path, language="en", detail="summary"))
    text = all_text(document)
    assert "Received through two-way channels: 4 contributions" in text
    assert "Answered or acted on: 50%" in text
    assert not find_table(document, "Date", containing="taquillas")
    assert "Listening: what we heard and what we did" not in text


@pytest.mark.parametrize(
    ("language", "sentence", "summary"),
    [
        (
            "en",
            "No ideas, questions, complaints or compliments were recorded in the listening log "
            "between 1 March 2025 and 31 May 2025.",
            "Nothing was recorded in the ideas and feedback log in this period.",
        ),
        (
            "es",
            "No se registraron ideas, preguntas, quejas ni elogios en el registro de escucha "
            "entre el 1 de marzo de 2025 y el 31 de mayo de 2025.",
            "No se registró nada en el registro de ideas y comentarios en este periodo.",
        ),
    ],
)
def test_empty_listening_period_is_a_sentence_not_an_empty_table(
    plan, service, tmp_path, language, sentence, summary
):
    document = open_docx(export(service, tmp_path, language=language))
    text = all_text(document)
    assert sentence in text and summary in text
    header = "What we heard" if language == "en" else "Qué oímos"
    assert not any(header in [c.text for c in t.rows[0].cells] for t in document.tables)


def test_hub_shares_its_feedback_service_with_the_export(plan, workspace, tmp_path):
    from commsplanner.services.hub import ServiceHub

    add_feedback(workspace, plan)
    hub = ServiceHub(workspace)
    assert hub.export_docx._feedback is hub.feedback
    report = hub.export_docx.build_report(ExportOptions(**SPRING))
    assert report.heard is not None and report.heard.received == 4


def test_selection_of_campaigns_and_segments(plan, service, tmp_path):
    only = export(service, tmp_path, "one.docx", language="en", campaign_ids=(plan.listening.id,))
    document = open_docx(only)
    level2 = headings(document, 2)
    assert "4.1\u2002Escuchamos" in level2
    assert not any("Lanzamiento" in h for h in level2)
    by_segment = open_docx(
        export(service, tmp_path, "seg.docx", language="en", segment_ids=(plan.managers.id,))
    )
    assert [h for h in headings(by_segment, 2) if h.startswith("3.")] == ["3.1\u2002Mandos"]


def test_sections_can_be_switched_off(plan, service, tmp_path):
    document = open_docx(
        export(service, tmp_path, language="en", sections=("summary", "campaigns"))
    )
    assert headings(document, 1) == ["1.\u2002Executive summary", "2.\u2002Campaigns"]
    assert len(document.sections) == 1
    assert len(document.inline_shapes) == 0


# ---------------------------------------------------------------------------- summary mode
def test_leadership_summary_is_short_and_has_no_toc(plan, service, tmp_path):
    full = open_docx(export(service, tmp_path, "full.docx", language="en"))
    summary = open_docx(export(service, tmp_path, "sum.docx", language="en", detail="summary"))
    assert not any("TOC" in (t.text or "") for t in summary.element.body.iter(W + "instrText"))
    assert len(summary.paragraphs) < len(full.paragraphs) / 2
    assert len(summary.sections) == 1  # no landscape section, no cover page
    # No per-campaign sections, and the summary still names the top campaigns.
    assert not any(h.startswith("4.1") for h in headings(summary))
    text = all_text(summary)
    assert "Leadership summary" in text and "Lanzamiento app de turnos" in text


# ---------------------------------------------------------------------------- awkward text
def test_control_characters_emoji_rtl_and_long_texts(workspace, service, tmp_path):
    long_message = "Mensaje clave muy largo. " * 800  # 20,000 characters
    build_small_plan(
        workspace,
        messages={
            "objective": "Objetivo\x00con\x07controles\x1b pegados\ufffe",
            "key": long_message,
            "title": "Anuncio 🎉🚀 עברית ومرحبا",
            "brief": "Línea 1\nLínea 2\tcon tabulador\x0b",
        },
    )
    path = export(service, tmp_path, language="es")
    document = open_docx(path)
    text = all_text(document)
    assert "Objetivocon" in text and "controles pegados" in text
    assert "\x00" not in text and "\x07" not in text
    assert "Anuncio 🎉🚀 עברית ومرحبا" in text
    # The whole key message is in the document; table cells are shortened instead.
    assert long_message.strip() in text
    # Right-to-left words are marked so Word lays them out correctly.
    rtl_runs = [
        r for r in document.element.body.iter(W + "r") if r.find(f"{W}rPr/{W}rtl") is not None
    ]
    assert rtl_runs == []  # the title starts left-to-right
    xml = document.element.xml
    assert "<w:br/>" in xml and "<w:tab/>" in xml


def test_right_to_left_campaign_is_marked(workspace, service, tmp_path):
    build_small_plan(workspace, messages={"title": "مرحبا بكم في التطبيق"})
    document = open_docx(export(service, tmp_path, language="en"))
    rtl = [
        "".join(t.text for t in r.iter(W + "t"))
        for r in document.element.body.iter(W + "r")
        if r.find(f"{W}rPr/{W}rtl") is not None
    ]
    assert "مرحبا بكم في التطبيق" in rtl


def test_clean_text_strips_what_xml_forbids():
    assert clean_text("a\x00b\x1fc\ud800d\r\ne") == "abcd\ne"
    assert clean_text(None) == ""


def test_empty_workspace_gives_a_short_sensible_document(workspace, service, tmp_path):
    path = service.export(ExportOptions(language="en"), tmp_path / "empty.docx")
    document = open_docx(path)
    text = all_text(document)
    assert "There are no campaigns or communications planned" in text
    assert "No campaigns are planned in this period." in text
    assert "No business goals are defined in the workspace." in text
    assert len(document.inline_shapes) == 0
    assert headings(document, 1)[0] == "1.\u2002Executive summary"


# ---------------------------------------------------------------------------- templates
def _make_template(folder: Path, *, dotx: bool) -> Path:
    from docx.shared import Pt, RGBColor

    template = docx.Document()
    heading = template.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0xC0, 0x10, 0x20)
    heading.font.size = Pt(21)
    template.sections[0].header.paragraphs[0].text = "ACME Corp — uso interno"
    template.add_paragraph("Texto de ejemplo de la plantilla que no debe aparecer.")
    buffer = io.BytesIO()
    template.save(buffer)
    path = folder / ("corporate.dotx" if dotx else "corporate.docx")
    if not dotx:
        path.write_bytes(buffer.getvalue())
        return path
    # A Word template differs only in its main part's content type.
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w") as out,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            out.writestr(item, data)
    return path


@pytest.mark.parametrize("dotx", [False, True])
def test_corporate_template_supplies_styles_and_header(plan, service, tmp_path, dotx):
    template = _make_template(tmp_path, dotx=dotx)
    document = open_docx(export(service, tmp_path, language="es", template=str(template)))
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Georgia"
    assert str(heading.font.color.rgb) == "C01020"
    text = all_text(document)
    assert "ACME Corp — uso interno" in text
    assert "Texto de ejemplo de la plantilla" not in text
    assert headings(document, 1)[0] == "1.\u2002Resumen ejecutivo"
    # The template's colour becomes the accent of table headers.
    fills = {s.get(W + "fill") for s in document.element.body.iter(W + "shd")}
    assert "C01020" in fills
    with zipfile.ZipFile(tmp_path / "plan.docx") as package:
        types = package.read("[Content_Types].xml").decode()
    assert "wordprocessingml.document.main+xml" in types
    assert "template.main+xml" not in types


def test_unusable_template_is_a_clear_error(plan, service, tmp_path):
    broken = tmp_path / "broken.dotx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ExportError) as info:
        export(service, tmp_path, template=str(broken))
    assert "broken.dotx" in str(info.value)
    assert not (tmp_path / "plan.docx").exists()


# ---------------------------------------------------------------------------- atomic writing
def _no_leftovers(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.startswith(".~cp-")] == []


def test_failed_replace_keeps_the_previous_file(plan, service, tmp_path, monkeypatch):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"previous version")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as info:
        export(service, tmp_path)
    assert "is open in another program" in info.value.template
    assert target.read_bytes() == b"previous version"
    _no_leftovers(tmp_path)


def test_folder_that_is_a_file_is_a_clear_error(plan, service, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError) as info:
        service.export(ExportOptions(**SPRING), blocker / "plan.docx")
    assert "not-a-folder" in str(info.value)


def test_read_only_target_is_left_alone(plan, service, tmp_path):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"signed-off version")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError) as info:
            export(service, tmp_path)
        assert "read-only" in info.value.template
        assert target.read_bytes() == b"signed-off version"
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    _no_leftovers(tmp_path)


def test_document_open_in_word_or_libreoffice_is_detected(plan, service, tmp_path):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"open elsewhere")
    lock = tmp_path / ".~lock.plan.docx#"
    lock.write_text("someone")
    with pytest.raises(ExportError) as info:
        export(service, tmp_path)
    assert "open in another program" in info.value.template
    assert target.read_bytes() == b"open elsewhere"
    lock.unlink()
    export(service, tmp_path)
    assert open_docx(target).paragraphs


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores permissions"
)
def test_unwritable_folder(plan, service, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError):
            service.export(ExportOptions(**SPRING), folder / "plan.docx")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_cancel_leaves_nothing_behind(plan, service, tmp_path):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"previous")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 12

    with pytest.raises(Cancelled):
        service.export(ExportOptions(**SPRING), target, Progress(cancelled=cancelled))
    assert target.read_bytes() == b"previous"
    _no_leftovers(tmp_path)


def test_progress_reaches_the_end(plan, service, tmp_path):
    seen: list[tuple[int, int]] = []
    service.export(
        ExportOptions(**SPRING),
        tmp_path / "p.docx",
        Progress(report=lambda d, t: seen.append((d, t))),
    )
    fractions = [d / t for d, t in seen if t]
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_suffix_is_added_and_options_are_remembered(plan, service, tmp_path):
    written = service.export(
        ExportOptions(language="en", detail="summary", version="2.1"), tmp_path / "plan"
    )
    assert written == tmp_path / "plan.docx" and written.exists()
    remembered = service.load_options()
    assert remembered.language == "en"
    assert remembered.detail == "summary"
    assert remembered.version == "2.1"
    assert remembered.output == str(written)


def test_options_round_trip_and_survive_damage():
    options = ExportOptions(
        language="en",
        first=date(2025, 1, 1),
        last=date(2025, 6, 30),
        campaign_ids=(3, 1),
        segment_ids=(),
        sections=("summary", "risks"),
        detail="summary",
        template="/t.dotx",
    )
    assert ExportOptions.from_dict(options.to_dict()) == options
    damaged = ExportOptions.from_dict({"first": "yesterday", "language": "fr", "sections": ["x"]})
    assert damaged.first is None and damaged.language == "es" and damaged.sections == ()
    assert ExportOptions.from_dict(None) == ExportOptions()


# ---------------------------------------------------------------------------- CLI
def test_cli_export_docx(plan, workspace, tmp_path, capsys):
    from commsplanner.cli import main

    path = workspace.path
    workspace.close()
    out = tmp_path / "cli.docx"
    code = main(
        [
            "--lang",
            "en",
            "export-docx",
            str(path),
            str(out),
            "--summary",
            "--from",
            "2025-03-01",
            "--to",
            "2025-05-31",
        ]
    )
    assert code == 0
    assert str(out) in capsys.readouterr().out
    assert "Leadership summary" in all_text(open_docx(out))
    code = main(["--lang", "es", "export-docx", str(path), str(tmp_path / "nope" / "x.docx")])
    assert code == 1
    assert "No se puede escribir el archivo de Word" in capsys.readouterr().err


# ---------------------------------------------------------------------------- LibreOffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE or not shutil.which("pdfinfo"), reason="LibreOffice not installed")
def test_libreoffice_converts_both_documents(plan, service, tmp_path):
    full = export(service, tmp_path, "full.docx", language="es")
    summary = export(service, tmp_path, "summary.docx", language="en", detail="summary")
    out = tmp_path / "pdf"
    env = {**os.environ, "HOME": str(tmp_path)}  # a private LibreOffice profile
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(full),
            str(summary),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    pages = {}
    for name in ("full", "summary"):
        info = subprocess.run(
            ["pdfinfo", str(out / f"{name}.pdf")], check=True, capture_output=True, text=True
        ).stdout
        pages[name] = int(next(x.split()[-1] for x in info.splitlines() if x.startswith("Pages:")))
    assert 2 <= pages["summary"] <= 4
    assert 8 <= pages["full"] <= 25


# ---------------------------------------------------------------------------- Word's schema
TBLPR = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
]
TCPR = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]
BORDERS = ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"]


def _order_violations(root, orders: dict[str, list[str]]) -> list[str]:
    bad = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.tag.rsplit("}", 1)[-1]
        order = orders.get(name)
        if order is None:
            continue
        positions = [
            order.index(c.tag.rsplit("}", 1)[-1])
            for c in element
            if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] in order
        ]
        if positions != sorted(positions):
            bad.append(f"{name}: {[c.tag.rsplit('}', 1)[-1] for c in element]}")
    return bad


@pytest.mark.parametrize("detail", ["full", "summary"])
def test_child_elements_follow_the_schema_order_word_requires(plan, service, tmp_path, detail):
    from commsplanner.services.export_docx import _PPR_ORDER, _RPR_ORDER

    document = open_docx(export(service, tmp_path, language="es", detail=detail))
    orders = {
        "pPr": _PPR_ORDER,
        "rPr": _RPR_ORDER,
        "tblPr": TBLPR,
        "tcPr": TCPR,
        "tblBorders": BORDERS,
        "pBdr": ["top", "left", "bottom", "right", "between", "bar"],
    }
    parts = [document.element, document.styles.element]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    for part in parts:
        assert _order_violations(part, orders) == []
    settings = [c.tag.rsplit("}", 1)[-1] for c in document.settings.element]
    assert settings.index("updateFields") < settings.index("compat")
