"""The Dashboard page: listening, values coverage, reach, channel mix, satisfaction, workload.

Everything is computed off the UI thread (:class:`~commsplanner.ui.workers.Job`): the
aggregates and the matplotlib figures are built in a worker, the page only embeds the
finished figures, so it stays responsive while a large workspace is being counted. A new
request while one is running cancels it and starts again with the latest choices.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, EntityKind
from ...domain.errors import Cancelled
from ...services.charts_dashboard import CHART_KEYS, ChartResult
from ...services.dashboard import PERIOD_CHOICES, PERIOD_LABELS, Dashboard
from ..messages import error_text
from ..session import WorkspaceSession
from ..workers import Job
from .chart_card import ChartCard
from .common import format_count, format_number, from_qdate, to_qdate, ui_language

_RELEVANT = (
    EntityKind.EMPLOYEE,
    EntityKind.SEGMENT,
    EntityKind.VALUE,
    EntityKind.CHANNEL,
    EntityKind.CAMPAIGN,
    EntityKind.COMMUNICATION,
    EntityKind.MEASUREMENT,
    EntityKind.FEEDBACK,
    EntityKind.SETTING,
)
CUSTOM = "custom"
# Height of each chart, in pixels, so that its labels stay readable.
_HEIGHTS = {
    "listening": 320,
    "coverage_month": 300,
    "coverage_segment": 380,
    "reach": 300,
    "unreached": 320,
    "channel_mix": 330,
    "satisfaction": 380,
    "workload": 300,
}
_KPIS = ("reach", "two_way", "answered", "oldest", "values", "satisfaction")
# Jobs still running, kept alive until their thread ends (see DashboardPage.recompute).
_RUNNING: set[Job] = set()

_STYLE = """
QWidget#dashboardCanvas { background: #F3F5F8; }
QFrame#chartCard, QFrame#kpiCard {
    background: white;
    border: 1px solid #E2E6EC;
    border-radius: 10px;
}
QLabel#chartTitle { font-size: 11pt; font-weight: 600; color: #1F3A5F; }
QLabel#chartNotes { color: #4B5563; }
QLabel#chartPlaceholder { color: #6B7280; font-size: 11pt; }
QLabel#dashboardTitle { font-size: 16pt; font-weight: 700; color: #1F3A5F; }
QLabel#dashboardStatus, QLabel#anonymityNote { color: #6B7280; }
QLabel#kpiValue { font-size: 20pt; font-weight: 700; color: #1F3A5F; }
QLabel#kpiValue[tone="good"] { color: #2A9D8F; }
QLabel#kpiValue[tone="warn"] { color: #C2410C; }
QLabel#kpiCaption { color: #6B7280; }
QLabel#kpiDetail { color: #374151; }
QToolButton#showNumbers, QToolButton#exportChart {
    border: 1px solid #D1D5DB; border-radius: 5px; padding: 3px 8px; background: #F9FAFB;
}
QToolButton#showNumbers:checked { background: #E0ECF7; border-color: #93B4D6; }
"""


class _KpiCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setProperty("kpi", key)
        self.caption = QLabel()
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel("–")
        self.value.setObjectName("kpiValue")
        self.detail = QLabel()
        self.detail.setObjectName("kpiDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_figure(self, value: str, detail: str = "", tone: str = "", tip: str = "") -> None:
        self.value.setText(value)
        self.value.setProperty("tone", tone)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)
        self.setToolTip(tip)
        self.setAccessibleDescription(f"{self.caption.text()}: {value}. {detail}")


class DashboardPage(QWidget):
    """Every dashboard chart for a chosen period, recomputed off the UI thread."""

    page_id = "dashboard"
    #: Emitted once new figures are on the page.
    updated = Signal()

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "Dashboard")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/dashboard.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.session = session
        #: Which day counts as today; replaceable in tests.
        self.today: Callable[[], date] = date.today
        self.dashboard: Dashboard | None = None
        self.charts: dict[str, ChartResult] = {}
        self._job: Job | None = None
        self._pending = False
        self._dirty = True
        self._started = False
        self._began = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for choice in (*PERIOD_CHOICES, CUSTOM):
            self.period_combo.addItem("", choice)
        self.first_edit = QDateEdit()
        self.first_edit.setObjectName("periodFirst")
        self.last_edit = QDateEdit()
        self.last_edit.setObjectName("periodLast")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._custom_changed)
        self.metric_label = QLabel()
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricCombo")
        self.metric_combo.setMinimumContentsLength(14)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshDashboard")
        self.refresh_button.clicked.connect(self.recompute)
        self.busy = QProgressBar()
        self.busy.setObjectName("dashboardBusy")
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setRange(0, 7)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.anonymity = QLabel()
        self.anonymity.setObjectName("anonymityNote")

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.title)
        bar.addSpacing(16)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.first_edit)
        bar.addWidget(self.last_edit)
        bar.addSpacing(12)
        bar.addWidget(self.metric_label)
        bar.addWidget(self.metric_combo)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.status)
        bar.addWidget(self.refresh_button)

        self.kpis = {key: _KpiCard(key) for key in _KPIS}
        kpi_row = QGridLayout()
        kpi_row.setSpacing(10)
        for index, card in enumerate(self.kpis.values()):
            kpi_row.addWidget(card, 0, index)

        self.cards = {key: ChartCard(key, _HEIGHTS[key]) for key in CHART_KEYS}
        canvas = QWidget()
        canvas.setObjectName("dashboardCanvas")
        column = QVBoxLayout(canvas)
        column.setContentsMargins(14, 12, 14, 14)
        column.setSpacing(12)
        column.addLayout(kpi_row)
        column.addWidget(self.anonymity)
        for card in self.cards.values():
            column.addWidget(card)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(canvas)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        first, last = self.session.hub.dashboard.period(PERIOD_CHOICES[0], self.today())
        self._set_dates(first, last)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.metric_combo.currentIndexChanged.connect(self._metric_changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.period_label.setText(self.tr("Period"))
        for i in range(self.period_combo.count()):
            choice = str(self.period_combo.itemData(i))
            self.period_combo.setItemText(
                i, QCoreApplication.translate("Dashboard", PERIOD_LABELS[choice])
            )
        self.metric_label.setText(self.tr("Results"))
        self.metric_combo.setToolTip(self.tr("The metric the satisfaction chart follows"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Count everything again"))
        captions = {
            "reach": self.tr("Reached"),
            "two_way": self.tr("Two-way share"),
            "answered": self.tr("Feedback answered"),
            "oldest": self.tr("Oldest unanswered"),
            "values": self.tr("Under-served values"),
            "satisfaction": self.tr("Latest result"),
        }
        for key, card in self.kpis.items():
            card.caption.setText(captions[key])
        for card in self.cards.values():
            card.retranslate()
        if self._started:
            self.recompute()

    # ------------------------------------------------------------------ period
    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def period(self) -> tuple[date, date]:
        """The period chosen now."""
        choice = str(self.period_combo.currentData())
        if choice == CUSTOM:
            first = from_qdate(self.first_edit.date())
            last = from_qdate(self.last_edit.date())
            return (first, last) if first <= last else (last, first)
        return self.session.hub.dashboard.period(choice, self.today())

    def set_period(self, choice: str, first: date | None = None, last: date | None = None) -> None:
        """Chooses a named period, or ``custom`` with its dates (recomputes)."""
        if choice == CUSTOM and first is not None and last is not None:
            self._set_dates(first, last)
        index = self.period_combo.findData(choice)
        if index == self.period_combo.currentIndex():
            self._period_changed()
        else:
            self.period_combo.setCurrentIndex(index)

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == CUSTOM
        self.first_edit.setEnabled(custom)
        self.last_edit.setEnabled(custom)
        if not custom:
            self._set_dates(*self.period())
        self.schedule()

    def _custom_changed(self) -> None:
        if self.period_combo.currentData() == CUSTOM:
            self.schedule()

    def _metric_changed(self) -> None:
        if self.metric_combo.count() and not self._filling_metrics:
            self.schedule()

    _filling_metrics = False

    # ------------------------------------------------------------------ computing
    @property
    def computing(self) -> bool:
        return self._job is not None

    def schedule(self) -> None:
        """Recomputes shortly (several quick changes make one computation)."""
        self._timer.start()

    def refresh(self, changes: Changes) -> None:
        if not changes.touches(*_RELEVANT):
            return
        if self.isVisible():
            self.schedule()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty or not self._started:
            self.schedule()

    def recompute(self) -> None:
        """Starts counting in a worker thread (or restarts it with the current choices)."""
        self._timer.stop()
        if self._job is not None:
            self._pending = True
            self._job.cancel()
            return
        self._started = True
        self._dirty = False
        first, last = self.period()
        metric = self.metric_combo.currentData() if self.metric_combo.count() else None
        language = ui_language()
        today = self.today()
        service = self.session.hub.dashboard

        def work(progress: Any) -> tuple[Dashboard, dict[str, ChartResult]]:
            from ...services.charts_dashboard import dashboard_charts

            dashboard = service.compute(first, last, metric=metric, today=today, progress=progress)
            progress.check()
            return dashboard, dashboard_charts(dashboard, language, titled=False)

        self._began = time.perf_counter()
        # Not parented to the page: if the page goes away (workspace closed) while the job
        # runs, the job is cancelled and lives on in _RUNNING until its thread has ended,
        # since destroying a running QThread aborts the process.
        job = Job(work)
        _RUNNING.add(job)
        job.done.connect(lambda: _RUNNING.discard(job))
        self.destroyed.connect(job.cancel)
        job.progressed.connect(self._progressed)
        job.done.connect(self._finished)
        self._job = job
        self.busy.setValue(0)
        self.busy.show()
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Counting…"))
        for card in self.cards.values():
            card.set_busy(self.tr("Calculating…"))
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _finished(self) -> None:
        job, self._job = self._job, None
        self.busy.hide()
        if job is None:
            return
        job.wait()
        error = job.error
        if self._pending:
            self._pending = False
            self.recompute()
            return
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped."))
            return
        if error is not None:
            self.status.setText(error_text(error))
            self.status.setToolTip(error_text(error))
            return
        dashboard, charts = job.result
        self.show_dashboard(dashboard, charts)

    def wait(self) -> None:
        """Blocks until no computation runs (tests and shutdown)."""
        while self._job is not None:
            self._job.wait()
            QCoreApplication.processEvents()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
        super().closeEvent(event)

    # ------------------------------------------------------------------ showing
    def show_dashboard(self, dashboard: Dashboard, charts: dict[str, ChartResult]) -> None:
        self.dashboard = dashboard
        self.charts = charts
        for key, result in charts.items():
            self.cards[key].set_result(result)
        self._fill_metrics(dashboard)
        self._fill_kpis(dashboard)
        self.anonymity.setText(
            self.tr(
                "Results and groups of fewer than {threshold} people are never shown, charted or "
                "exported."
            ).replace("{threshold}", format_count(dashboard.threshold))
        )
        seconds = time.perf_counter() - self._began
        self.status.setText(
            self.tr("Updated in {seconds} s").replace(
                "{seconds}", QLocale().toString(seconds, "f", 1)
            )
        )
        self.status.setToolTip("")
        self.updated.emit()

    def _fill_metrics(self, dashboard: Dashboard) -> None:
        trends = dashboard.satisfaction
        self._filling_metrics = True
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for name in trends.metrics:
            self.metric_combo.addItem(name, name)
        if trends.metric is not None:
            index = self.metric_combo.findData(trends.metric)
            self.metric_combo.setCurrentIndex(max(index, 0))
        self.metric_combo.setEnabled(bool(trends.metrics))
        self.metric_combo.blockSignals(False)
        self._filling_metrics = False

    def _fill_kpis(self, dashboard: Dashboard) -> None:
        from ...services.dashboard import coverage_sentences

        language = ui_language()
        reach = dashboard.reach
        self.kpis["reach"].set_figure(
            _percent(reach.share, language) if reach.organisation_size else "–",
            self.tr("{reached} of {total} employees")
            .replace("{reached}", format_count(reach.reached))
            .replace("{total}", format_count(reach.organisation_size)),
            "good" if reach.share >= 0.9 else ("warn" if reach.organisation_size else ""),
        )
        mix = dashboard.channels
        self.kpis["two_way"].set_figure(
            _percent(mix.two_way_share, language) if mix.communications else "–",
            self.tr("of {count} communications").replace(
                "{count}", format_count(mix.communications)
            ),
        )
        listening = dashboard.listening
        self.kpis["answered"].set_figure(
            _percent(listening.share_answered, language) if listening.received else "–",
            self.tr("{answered} of {received} entries")
            .replace("{answered}", format_count(listening.answered))
            .replace("{received}", format_count(listening.received)),
            "good" if listening.received and listening.share_answered >= 0.8 else "",
        )
        oldest = listening.oldest_open
        if oldest is None:
            self.kpis["oldest"].set_figure(
                self.tr("none"), self.tr("nothing waits for an answer"), "good"
            )
        else:
            self.kpis["oldest"].set_figure(
                self.tr("{days} days").replace("{days}", format_count(oldest.age_days)),
                self.tr("{count} entries still open").replace(
                    "{count}", format_count(listening.open_total)
                ),
                "warn" if oldest.age_days > 14 else "",
            )
        coverage = dashboard.coverage
        under = coverage.under_served
        sentences = coverage_sentences(coverage, QCoreApplication.translate, language)
        gaps = [f for f in coverage.findings if f.kind == "gaps"]
        if under:
            detail = ", ".join(f.value.name for f in under)
        elif gaps:
            detail = self.tr("{count} values miss some months").replace(
                "{count}", format_count(len(gaps))
            )
        else:
            detail = self.tr("every value is served")
        self.kpis["values"].set_figure(
            format_count(len(under)) if coverage.values else "–",
            detail,
            "warn" if under else ("good" if coverage.values and not gaps else ""),
            "\n".join(sentences),
        )
        trends = dashboard.satisfaction
        series = _headline_series(trends.series)
        if series is None or series.latest is None:
            self.kpis["satisfaction"].set_figure("–", trends.metric or self.tr("no results yet"))
        else:
            change = series.change
            detail = f"{trends.metric} · {series.group.text(QCoreApplication.translate)}"
            if change is not None:
                sign = "+" if change > 0 else ("−" if change < 0 else "±")
                detail += " · " + self.tr("{change} vs previous").replace(
                    "{change}", sign + format_number(abs(change), 2)
                )
            self.kpis["satisfaction"].set_figure(
                format_number(series.latest.value, 2),
                detail,
                "good" if change and change > 0 else ("warn" if change and change < 0 else ""),
            )


def _headline_series(series: Any) -> Any:
    """The organisation's trend, else the group with the most respondents at its latest."""
    found = [s for s in series if s.latest is not None]
    for item in found:
        if item.group.is_organisation:
            return item
    return max(found, key=lambda s: s.latest.respondents or 0, default=None)


def _percent(share: float, language: str) -> str:
    value = round(share * 100)
    return f"{value} %" if language == "es" else f"{value}%"


__all__ = ["DashboardPage"]
