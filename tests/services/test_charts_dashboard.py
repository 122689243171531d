"""Dashboard charts: produced for empty and full workspaces, numbers tables, anonymity in
figures and tables, tooltips, language, PNG/SVG export."""

from __future__ import annotations

from datetime import date

import pytest
from listening_support import FIRST, LAST, TODAY, make

from commsplanner.services.charts_dashboard import (
    CHART_BUILDERS,
    CHART_KEYS,
    ChartExportError,
    Numbers,
    dashboard_charts,
    save_chart,
)
from commsplanner.services.dashboard import DashboardService
from commsplanner.services.segmentation import SegmentationService


def figure_texts(figure) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def table_text(chart) -> str:
    return "\n".join(
        [chart.table.title, *chart.table.headers, *("|".join(r) for r in chart.table.rows)]
    )


@pytest.fixture
def full(tmp_path):
    ws, _ids = make(tmp_path / "plan.commsplan")
    dashboard = DashboardService(ws, SegmentationService(ws)).compute(FIRST, LAST, today=TODAY)
    yield dashboard
    ws.close()


def test_every_chart_for_an_empty_workspace(workspace, tmp_path) -> None:
    service = DashboardService(workspace)
    first, last = service.period("all", today=date(2025, 6, 1))
    charts = dashboard_charts(service.compute(first, last, today=date(2025, 6, 1)), "en")
    assert list(charts) == list(CHART_KEYS)
    for key, chart in charts.items():
        assert chart.key == key and chart.title
        assert chart.figure.axes, key
        assert chart.table.headers, key
        path = save_chart(chart.figure, tmp_path / f"{key}.png")
        assert path.read_bytes().startswith(b"\x89PNG")
    texts = figure_texts(charts["listening"].figure)
    assert "No feedback was received in this period." in texts
    assert "No survey results imported yet." in figure_texts(charts["satisfaction"].figure)


def test_every_chart_for_a_full_workspace(full, tmp_path) -> None:
    charts = dashboard_charts(full, "en")
    for key in CHART_KEYS:
        chart = charts[key]
        assert chart.figure.axes and chart.table.rows, key
        assert chart.summary, key
        assert CHART_BUILDERS[key](full, "en").table == chart.table
        svg = save_chart(chart.figure, tmp_path / f"{key}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg
    # Text stays text in SVG, so the titles can be found (and read by screen readers).
    assert "Channel mix" in (tmp_path / "channel_mix.svg").read_text(encoding="utf-8")


def test_numbers_tables_hold_the_exact_figures(full) -> None:
    charts = dashboard_charts(full, "en")
    mix = charts["channel_mix"].table
    assert mix.rows == (
        ("Intranet", "yes", "3", "60.0%", "28", "73.7%"),
        ("Correo", "no", "2", "40.0%", "10", "26.3%"),
        ("Total", "", "5", "100.0%", "38", "100.0%"),
    )
    listening = charts["listening"].table
    assert listening.headers == ("Month", "Intranet", "No channel", "Total")
    assert listening.rows == (
        ("January 2025", "2", "0", "2"),
        ("February 2025", "1", "1", "2"),
        ("Total", "3", "1", "4"),
    )
    workload = charts["workload"].table
    assert workload.rows[0] == ("Ana", "6 Jan 2025", "1", "0.5")
    assert ("Luis", "20 Jan 2025", "1", "0.5") in workload.rows
    coverage = charts["coverage_month"].table
    assert coverage.rows[0][0] == "Excelencia"
    assert coverage.rows[0][-1] == "14.0"
    assert any("Integridad" in note for note in charts["coverage_month"].notes)


def test_nothing_below_the_anonymity_threshold_reaches_a_chart_or_table(full) -> None:
    charts = dashboard_charts(full, "en")
    segment = charts["coverage_segment"]
    # "Oficinas" (4 members) is neither a column of the heatmap nor of its table.
    assert "Oficinas" not in table_text(segment)
    assert not any("Oficinas" in t for t in figure_texts(segment.figure))
    assert any("1 segments smaller than the anonymity threshold" in n for n in segment.notes)
    trends = charts["satisfaction"]
    for hidden in ("Oficinas", "Compras", "Atlantis", "3.40", "4.00", "2.00"):
        assert hidden not in table_text(trends), hidden
        assert not any(hidden in t for t in figure_texts(trends.figure)), hidden
    assert any("4 results of groups below the anonymity threshold" in n for n in trends.notes)
    unreached = charts["unreached"]
    assert "Compras" not in table_text(unreached)
    assert "Groups below the anonymity threshold|1" in table_text(unreached)
    listening = charts["listening"]
    assert "¿Horario de verano?" not in " ".join(listening.notes)


def test_hotspots_give_tooltips(full) -> None:
    chart = dashboard_charts(full, "en")["coverage_month"]
    # Row 0 (Excelencia), column 0 (January): a cell of the first axes.
    tip = chart.tooltip_at(0, 0.1, 0.1)
    assert tip is not None and tip.startswith("Excelencia, January 2025:")
    assert "14.0 weighted contacts" in tip
    assert chart.tooltip_at(0, 50, 50) is None
    mix = dashboard_charts(full, "en")["channel_mix"]
    assert any("3 communications" in s.text for s in mix.hotspots)


def test_charts_follow_the_language(full) -> None:
    charts = dashboard_charts(full, "es")
    assert charts["channel_mix"].title == "Combinación de canales"
    assert charts["listening"].table.rows[0][0] == "enero de 2025"
    mix = charts["channel_mix"].table
    assert mix.rows[0] == ("Intranet", "sí", "3", "60,0 %", "28", "73,7 %")
    assert "Cooperación" in table_text(charts["coverage_month"])


def test_numbers_per_language() -> None:
    es, en = Numbers("es"), Numbers("en")
    assert (es.integer(1234), es.integer(12345), en.integer(12345)) == ("1234", "12.345", "12,345")
    assert (es.decimal(3.456, 2), en.decimal(3.456, 2)) == ("3,46", "3.46")
    assert es.decimal(12345.5, 1) == "12.345,5"
    assert (es.percent(0.123), en.percent(0.123)) == ("12 %", "12%")
    assert (en.signed(0.3), en.signed(-0.25), en.signed(0)) == ("+0.30", "−0.25", "0.00")


def test_save_chart_refuses_other_formats_and_leaves_nothing(full, tmp_path) -> None:
    chart = dashboard_charts(full, "en")["reach"]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ChartExportError, match="PNG or SVG"):
        save_chart(chart.figure, tmp_path / "chart.gif")
    with pytest.raises(ChartExportError, match="could not be saved"):
        save_chart(chart.figure, tmp_path / "missing-folder" / "chart.png")
    target = save_chart(chart.figure, tmp_path / "chart.bin", fmt="png")
    assert target.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.bin"]


def test_charts_of_the_demo_workspace(tmp_path) -> None:
    from commsplanner.services.demo import generate_demo
    from commsplanner.storage import Workspace

    path = generate_demo(tmp_path / "demo.commsplan", employees=300, today=date(2025, 6, 15))
    ws = Workspace.open(path, read_only=True)
    try:
        service = DashboardService(ws)
        first, last = service.period("all", today=date(2025, 6, 15))
        dashboard = service.compute(first, last, today=date(2025, 6, 15))
        charts = dashboard_charts(dashboard, "es")
        assert dashboard.coverage.values and dashboard.satisfaction.series
        assert dashboard.channels.communications > 50
        for chart in charts.values():
            assert chart.table.rows
    finally:
        ws.close()
