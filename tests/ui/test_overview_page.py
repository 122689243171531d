"""The Overview page on its own: figures, next communications, values, refresh, locale."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

import pytest
from _shell_support import VALUES, build_workspace
from PySide6.QtCore import QLocale

from commsplanner.app import open_session
from commsplanner.domain import Changes, CorporateValue, EntityKind
from commsplanner.ui.i18n import LanguageManager, format_day, format_time
from commsplanner.ui.overview import OverviewPage

TODAY = date(2026, 3, 2)  # a Monday


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def session(tmp_path: Path):
    opened = open_session(build_workspace(tmp_path / "plan.commsplan", today=TODAY))
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, session, languages) -> OverviewPage:
    widget = OverviewPage(session)
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.refresh()
    return widget


def rows(page: OverviewPage) -> list[list[str]]:
    tree = page.upcoming_tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_header_and_counts(page) -> None:
    assert page.organisation_label.text() == "Banco Andino"
    assert page.plan_label.text() == "Plan de comunicación 2026"
    assert page.upcoming_tree.topLevelItem(1).data(3, 1).name() == "#9467bd"  # campaign colour
    numbers = {key: card.number.text() for key, card in page.cards.items()}
    assert numbers == {"employees": "6", "segments": "2", "campaigns": "2", "communications": "5"}
    assert [card.caption.text() for card in page.cards.values()] == [
        "Employees",
        "Audience segments",
        "Campaigns",
        "Communications",
    ]


def test_next_ten_communications_in_order(page) -> None:
    shown = rows(page)
    assert len(shown) == 10
    # Today's early one, tomorrow's mail, then the weekly series; past and cancelled left out.
    locale = QLocale()  # English, in the system's territory when it speaks English
    at = lambda h: format_time(time(h), locale)  # noqa: E731
    assert shown[0][:3] == ["Today", at(7), "Hoy temprano"]
    assert shown[1] == ["Tomorrow", at(9), "Anuncio en correo", "Lanzamiento app", "Correo"]
    wednesday = format_day(date(2026, 3, 4), locale, today=TODAY)
    assert shown[2] == [wednesday, at(8), "Boletín semanal", "Cultura", "Intranet"]
    assert "Mar" in shown[2][0] and "4" in shown[2][0] and "Wed" in shown[2][0]
    assert [r[2] for r in shown[3:]] == ["Boletín semanal"] * 7
    assert shown[0][4] == "—"  # no channel chosen yet
    titles = {r[2] for r in shown}
    assert "Pasado" not in titles and "Cancelada" not in titles
    assert not page.upcoming_empty.isVisibleTo(page)


def test_values_with_their_colours(page) -> None:
    assert page.value_names() == [name for name, _ in VALUES]
    swatches = [
        page.values_grid.itemAt(i).widget()
        for i in range(page.values_grid.count())
        if page.values_grid.itemAt(i).widget().objectName() == "valueSwatch"
    ]
    assert [s.property("colour") for s in swatches] == [colour for _, colour in VALUES]
    page.show()
    image = swatches[1].grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.name() == VALUES[1][1]


def test_names_that_look_like_html_are_shown_literally(page, session) -> None:
    workspace = session.hub._workspace
    workspace.values.add(CorporateValue("<b>Respeto</b> & más", position=10))
    page.refresh()
    labels = [
        page.values_grid.itemAt(i).widget()
        for i in range(page.values_grid.count())
        if page.values_grid.itemAt(i).widget().objectName() == "valueName"
    ]
    assert page.value_names()[-1] == "<b>Respeto</b> & más"
    assert labels[-1].text() == "<span>&lt;b&gt;Respeto&lt;/b&gt; &amp; más</span>"


def test_refreshes_on_relevant_changes_only(page, session) -> None:
    session.hub.workspace_info.save_settings(
        dataclasses.replace(session.hub.workspace_info.settings(), organisation="Otra")
    )
    unrelated = Changes()
    unrelated.add(EntityKind.MEASUREMENT, 1)
    page.refresh(unrelated)
    assert page.organisation_label.text() == "Banco Andino"

    relevant = Changes()
    relevant.update(EntityKind.SETTING, 0)
    session.notify(relevant)  # the window forwards this; the page just needs refresh()
    page.refresh(relevant)
    assert page.organisation_label.text() == "Otra"


def test_empty_workspace_explains_itself(qtbot, tmp_path, languages) -> None:
    session = open_session(tmp_path / "empty.commsplan", create=True)
    try:
        page = OverviewPage(session)
        qtbot.addWidget(page)
        page.show()
        assert page.organisation_label.text() == "empty"  # the file name stands in
        assert not page.plan_label.isVisible()
        assert page.upcoming_empty.isVisible()
        assert not page.upcoming_tree.isVisible()
        assert page.values_empty.isVisible()
        assert [c.number.text() for c in page.cards.values()] == ["0", "0", "0", "0"]
    finally:
        session.close()


def test_new_values_appear_after_a_change(page, session) -> None:
    # Storage is not reachable from the UI, so the test goes through the same private door
    # the services use; the page only sees the Changes.
    workspace = session.hub._workspace
    added = workspace.values.add(CorporateValue("Innovación", colour="#ff7f0e", position=9))
    changes = Changes()
    changes.add(EntityKind.VALUE, added.id)
    page.refresh(changes)
    assert page.value_names()[-1] == "Innovación"


def test_spanish_locale_formats_dates_and_numbers(page, languages) -> None:
    languages.install("es")
    page.retranslate()
    assert QLocale().firstDayOfWeek().name == "Monday"
    shown = rows(page)
    assert shown[0][0] == "Hoy"
    assert shown[1][:2] == ["Mañana", "9:00"]
    assert shown[2][0] == "mié 4 mar"
    assert page.cards["employees"].caption.text() == "Empleados"
    assert page.upcoming_tree.headerItem().text(2) == "Comunicación"


def test_the_day_rolls_over_when_shown_again(page) -> None:
    page.show()
    page.today = lambda: date(2026, 3, 3)
    page.hide()
    page.show()
    assert rows(page)[0][0] == "Today"
    assert rows(page)[0][2] == "Anuncio en correo"
