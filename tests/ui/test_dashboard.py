"""The Dashboard page with qtbot: every chart on the demo, numbers tables, export, period,
recompute off the UI thread, refresh after edits, anonymity, language."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from listening_support import FIRST, LAST, TODAY, build
from PySide6.QtCore import QCoreApplication, Qt

from commsplanner.app import open_session
from commsplanner.domain import Feedback
from commsplanner.services.charts_dashboard import CHART_KEYS
from commsplanner.storage import Workspace
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.listening import chart_card
from commsplanner.ui.listening.chart_card import CHART_PAGE, TABLE_PAGE
from commsplanner.ui.listening.dashboard_page import CUSTOM, DashboardPage

DEMO_TODAY = date(2025, 6, 15)
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from commsplanner.services.demo import generate_demo

    return generate_demo(
        tmp_path_factory.mktemp("dash") / "demo.commsplan", employees=400, today=DEMO_TODAY
    )


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


def open_page(session, today: date, period: tuple[date, date] | None = None) -> DashboardPage:
    """The page shown and filled once (waits for the first computation)."""
    page = DashboardPage(session)
    page.today = lambda: today
    if period is not None:
        page.set_period(CUSTOM, *period)
    session.changed.connect(page.refresh)
    page.resize(1300, 900)
    done: list[bool] = []
    page.updated.connect(lambda: done.append(True))
    page.show()
    deadline = time.monotonic() + TIMEOUT / 1000
    while not done and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert done, "the dashboard never finished"
    return page


@pytest.fixture(scope="module")
def demo_page(qapp, tmp_path_factory, demo_file):
    """One demo dashboard for the tests that only look at it."""
    manager = LanguageManager(qapp)
    manager.install("en")
    path = tmp_path_factory.mktemp("demo-page") / "demo.commsplan"
    shutil.copy(demo_file, path)
    session = open_session(path)
    page = open_page(session, DEMO_TODAY)
    yield page
    page.close()
    page.deleteLater()
    session.close()
    manager.uninstall()


@pytest.fixture
def small_page(qtbot, tmp_path, languages):
    ws = Workspace.create(tmp_path / "small.commsplan")
    build(ws)
    ws.close()
    session = open_session(tmp_path / "small.commsplan")
    page = open_page(session, TODAY, (FIRST, LAST))
    qtbot.addWidget(page)
    yield page
    page.close()
    session.close()


def test_every_chart_is_on_the_demo_dashboard(demo_page) -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert list(demo_page.cards) == list(CHART_KEYS)
    for key, card in demo_page.cards.items():
        assert isinstance(card.canvas, FigureCanvasQTAgg), key
        assert card.canvas.isVisibleTo(demo_page), key
        assert card.canvas.figure is demo_page.charts[key].figure
        assert card.canvas.figure.axes, key
        assert card.title.text() == demo_page.charts[key].title
        assert card.canvas.toolTip(), key
        assert card.table_model.rowCount() > 0, key
    dashboard = demo_page.dashboard
    assert dashboard is not None and dashboard.channels.communications > 0
    assert demo_page.kpis["reach"].value.text().endswith("%")
    assert demo_page.kpis["answered"].value.text() != "–"
    # The metric menu lists the demo's survey metrics and follows satisfaction by default.
    metrics = [demo_page.metric_combo.itemText(i) for i in range(demo_page.metric_combo.count())]
    assert "eNPS" in metrics
    assert demo_page.metric_combo.currentText().startswith("Satisfacción")
    assert demo_page.status.text().startswith("Updated in")


def test_numbers_table_view(demo_page, qtbot, qtmodeltester) -> None:
    card = demo_page.cards["channel_mix"]
    assert card.stack.currentIndex() == CHART_PAGE
    qtbot.mouseClick(card.numbers_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentIndex() == TABLE_PAGE
    assert card.table.isVisibleTo(demo_page)
    table = demo_page.charts["channel_mix"].table
    model = card.table_model
    assert model.rowCount() == len(table.rows)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())] == [
        *table.headers
    ]
    assert model.index(0, 0).data() == table.rows[0][0]
    qtmodeltester.check(model)
    qtbot.mouseClick(card.numbers_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentIndex() == CHART_PAGE


def test_export_png_and_svg(demo_page, qtbot, tmp_path, monkeypatch) -> None:
    card = demo_page.cards["coverage_month"]
    target = tmp_path / "coverage.svg"
    monkeypatch.setattr(chart_card, "ask_export_path", lambda *_args: str(target))
    with qtbot.waitSignal(card.exported, timeout=10_000):
        qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    svg = target.read_text(encoding="utf-8")
    assert "<svg" in svg and "Values coverage by month" in svg  # the title is put back
    # The figure on the page keeps its title-less look.
    assert card.result.figure._suptitle is None
    png = Path(card.export_to(str(tmp_path / "reach.png")))
    assert png.read_bytes().startswith(b"\x89PNG")


def test_export_failure_is_reported(demo_page, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(chart_card.messages, "show_error", lambda _p, exc: shown.append(exc))
    card = demo_page.cards["workload"]
    assert card.export_to(str(tmp_path / "nowhere" / "x.png")) is None
    assert shown and "could not be saved" in str(shown[0])


def test_tooltips_name_what_is_under_the_pointer(small_page) -> None:
    card = small_page.cards["coverage_month"]
    figure = card.result.figure
    event = SimpleNamespace(inaxes=figure.axes[0], xdata=0.0, ydata=0.0)
    tip = card.tooltip_for(event)
    assert tip is not None and tip.startswith("Excelencia, January 2025:")
    assert card.tooltip_for(SimpleNamespace(inaxes=None, xdata=None, ydata=None)) is None


def test_custom_period_and_hand_counted_figures(small_page) -> None:
    dashboard = small_page.dashboard
    assert (dashboard.first, dashboard.last) == (FIRST, LAST)
    assert dashboard.coverage.totals == (14.0, 31.0, 0.0)
    assert small_page.kpis["reach"].value.text() == "59%"  # 10 of 17
    assert small_page.kpis["values"].value.text() == "1"  # Integridad
    assert "Integridad" in small_page.kpis["values"].detail.text()
    assert small_page.kpis["oldest"].value.text() == "70 days"
    notes = small_page.cards["coverage_month"].notes.text()
    assert "No communication in this period promotes “Integridad”." in notes


def test_small_groups_never_reach_the_page(small_page) -> None:
    for key in ("coverage_segment", "satisfaction", "unreached"):
        model = small_page.cards[key].table_model
        cells = [
            str(model.index(r, c).data())
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
        headers = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        text = " ".join(cells + headers)
        for hidden in ("Oficinas", "Compras", "Atlantis"):
            assert hidden not in text, (key, hidden)
    assert "fewer than 5 people" in small_page.anonymity.text()


def test_recompute_runs_off_the_ui_thread_and_restarts(small_page, qtbot) -> None:
    # Two requests in a row: the first is cancelled, the page ends up with the second.
    small_page.recompute()
    assert small_page.computing
    assert small_page.busy.isVisibleTo(small_page)
    small_page.set_period(CUSTOM, date(2025, 2, 1), date(2025, 2, 28))
    small_page.recompute()
    with qtbot.waitSignal(small_page.updated, timeout=TIMEOUT):
        pass
    small_page.wait()
    assert not small_page.computing
    assert small_page.dashboard.first == date(2025, 2, 1)
    assert small_page.dashboard.coverage.months == (date(2025, 2, 1),)


def test_an_edit_recomputes_the_dashboard(small_page, qtbot) -> None:
    session = small_page.session
    service = session.hub.feedback
    before = small_page.dashboard.listening.received
    entry = Feedback(date(2025, 2, 3), "Nueva idea")
    with qtbot.waitSignal(small_page.updated, timeout=TIMEOUT):
        session.execute("add", lambda: service.add(entry), lambda: None)
    assert small_page.dashboard.listening.received == before + 1


def test_metric_choice_changes_the_trend(small_page, qtbot) -> None:
    index = small_page.metric_combo.findData("eNPS")
    with qtbot.waitSignal(small_page.updated, timeout=TIMEOUT):
        small_page.metric_combo.setCurrentIndex(index)
    assert small_page.dashboard.satisfaction.metric == "eNPS"
    assert small_page.cards["satisfaction"].title.text() == "Satisfaction trends: eNPS"


def test_charts_follow_the_ui_language(small_page, qtbot, languages) -> None:
    languages.install("es")
    try:
        with qtbot.waitSignal(small_page.updated, timeout=TIMEOUT):
            small_page.retranslate()
        assert small_page.title.text() == "Panel"
        assert small_page.cards["channel_mix"].title.text() == "Combinación de canales"
        assert small_page.cards["channel_mix"].numbers_button.text() == "Ver cifras"
    finally:
        languages.install("en")


def test_empty_workspace_dashboard(qtbot, tmp_path, languages) -> None:
    session = open_session(tmp_path / "empty.commsplan", create=True)
    try:
        page = open_page(session, DEMO_TODAY)
        qtbot.addWidget(page)
        for card in page.cards.values():
            assert card.canvas is not None
        assert page.kpis["reach"].value.text() == "–"
        page.close()
    finally:
        session.close()


def test_closing_the_workspace_while_counting_is_safe(qtbot, tmp_path, languages) -> None:
    from commsplanner.ui.listening import dashboard_page

    ws = Workspace.create(tmp_path / "w.commsplan")
    build(ws)
    ws.close()
    session = open_session(tmp_path / "w.commsplan")
    page = DashboardPage(session)
    page.today = lambda: TODAY
    page.recompute()
    assert dashboard_page._RUNNING
    # What the main window does when another workspace is opened.
    page.deleteLater()
    session.close()
    qtbot.waitUntil(lambda: not dashboard_page._RUNNING, timeout=TIMEOUT)
