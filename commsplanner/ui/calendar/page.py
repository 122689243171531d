"""The Calendar page: month, week, timeline and agenda views, filters, conflicts, exports."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, CommsPlannerError, Communication, EntityKind, Status
from ...domain.errors import Cancelled
from ...i18n import normalise_language
from ...services.calendar import CalendarEdit, CalendarFilter, CalendarItem, ColourBy
from ...services.conflicts import ConflictReport, format_day
from ..rich_text import escape as _escape
from ..workers import Job
from .agenda_view import AgendaView
from .base import CalendarView, Decorations
from .conflicts_panel import ConflictsPanel, translate
from .dialogs import CommunicationDialog, Lookups, RecurrenceScopeDialog, error_text, status_labels
from .export import export_pdf, export_png, print_view
from .month_view import MonthView
from .timeline_view import GroupBy, TimelineView, Zoom
from .week_view import WeekView

VIEW_IDS = ("month", "week", "timeline", "agenda")
# Edits that change what the calendar shows.
_RELEVANT = (
    EntityKind.COMMUNICATION,
    EntityKind.CAMPAIGN,
    EntityKind.CHANNEL,
    EntityKind.SEGMENT,
    EntityKind.VALUE,
    EntityKind.GOAL,
    EntityKind.BLACKOUT,
    EntityKind.SETTING,
    EntityKind.EMPLOYEE,
    EntityKind.SEQUENCING_RULE,
)


class CalendarPage(QWidget):
    page_id = "calendar"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = session.hub
        self.filter = CalendarFilter()
        self.colour_by = ColourBy.VALUE
        self.report: ConflictReport | None = None
        # The what-if index of the last check (smart scheduling), built in the same job.
        self.what_if_index = None
        self._job: Job | None = None
        self._jobs: list[Job] = []
        self._generation = 0
        self._report_range: tuple[date, date] | None = None
        self._marks = Decorations()

        self.month = MonthView()
        self.week = WeekView()
        self.timeline = TimelineView()
        self.agenda = AgendaView()
        self.views: dict[str, CalendarView] = {
            "month": self.month,
            "week": self.week,
            "timeline": self.timeline,
            "agenda": self.agenda,
        }
        self.stack = QStackedWidget()
        for key, view in self.views.items():
            if key in ("timeline", "agenda"):
                area = QScrollArea()
                area.setWidgetResizable(True)
                area.setFrameShape(QFrame.Shape.NoFrame)
                area.setWidget(view)
                self.stack.addWidget(area)
            else:
                self.stack.addWidget(view)
            view.range_changed.connect(self.reload)
            view.current_date_changed.connect(self._sync_date)
            view.move_requested.connect(self._move_requested)
            view.create_requested.connect(self._create_requested)
            view.campaign_dates_requested.connect(self._campaign_dates_requested)
            view.activated.connect(self._edit_item)
        self.month.more_requested.connect(self.show_day_list)

        self._build_toolbar()
        from ..scheduling.actions import SchedulingActions

        self.scheduling = SchedulingActions(self)
        self.legend_bar = QLabel()
        self.legend_bar.setTextFormat(Qt.TextFormat.RichText)
        self.legend_bar.setWordWrap(True)
        self.legend_bar.setContentsMargins(6, 4, 6, 4)
        self.conflicts_panel = ConflictsPanel()
        self.conflicts_panel.conflict_activated.connect(self.show_conflict)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.legend_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.conflicts_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._conflict_timer = QTimer(self)
        self._conflict_timer.setSingleShot(True)
        self._conflict_timer.setInterval(150)
        self._conflict_timer.timeout.connect(self.recompute_conflicts)

        QShortcut(QKeySequence("Ctrl++"), self, self.timeline.zoom_in)
        QShortcut(QKeySequence("Ctrl+-"), self, self.timeline.zoom_out)

        self.retranslate()
        self._apply_week_start()
        self.set_view("month")
        self.reload()
        self.schedule_conflicts()

    def _apply_week_start(self) -> None:
        """Weeks start on the workspace's day, as the weekly caps count them."""
        first = self.hub.workspace_info.settings().week_start
        for view in self.views.values():
            view.first_weekday = first

    # ------------------------------------------------------------------ page protocol
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CalendarPage", "Calendar")

    @classmethod
    def page_icon(cls) -> str:
        return "SP_FileDialogDetailedView"

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(*_RELEVANT):
            return
        # The what-if index describes the plan before this change: none until rechecked.
        self.what_if_index = None
        if changes is None or changes.touches(EntityKind.SETTING):
            self._apply_week_start()
        self._fill_filter_menu()
        self.reload()
        self.schedule_conflicts()

    # ------------------------------------------------------------------ toolbar
    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.today_button = QPushButton()
        self.today_button.clicked.connect(lambda: self.current_view().go_today())
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.clicked.connect(lambda: self.current_view().shift_period(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.current_view().shift_period(1))
        self.period_label = QLabel()
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.period_label.setFont(font)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        view_box = QHBoxLayout()
        view_box.setSpacing(0)
        for index, key in enumerate(VIEW_IDS):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("view_id", key)
            self.view_buttons.addButton(button, index)
            view_box.addWidget(button)
        self.view_buttons.idClicked.connect(lambda i: self.set_view(VIEW_IDS[i]))
        self.colour_combo = QComboBox()
        self.colour_combo.currentIndexChanged.connect(self._colour_changed)
        self.group_combo = QComboBox()
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.zoom_combo = QComboBox()
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        self.timeline.zoom_changed.connect(self._zoom_synced)
        self.filter_button = QToolButton()
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self)
        self.filter_button.setMenu(self.filter_menu)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.png_action = self.export_menu.addAction("", self.export_png_dialog)
        self.pdf_action = self.export_menu.addAction("", self.export_pdf_dialog)
        self.print_action = self.export_menu.addAction("", self.print_dialog)
        self.export_menu.addSeparator()
        self.ics_action = self.export_menu.addAction("", self.export_ics_dialog)

        self.toolbar.addWidget(self.today_button)
        self.toolbar.addWidget(self.prev_button)
        self.toolbar.addWidget(self.next_button)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.period_label)
        self.toolbar.addStretch(1)
        self.group_label = QLabel()
        self.toolbar.addWidget(self.group_label)
        self.toolbar.addWidget(self.group_combo)
        self.toolbar.addWidget(self.zoom_combo)
        self.colour_label = QLabel()
        self.toolbar.addWidget(self.colour_label)
        self.toolbar.addWidget(self.colour_combo)
        self.toolbar.addWidget(self.filter_button)
        self.toolbar.addSpacing(8)
        self.toolbar.addLayout(view_box)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.export_button)

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.prev_button.setToolTip(self.tr("Previous period (Page Up)"))
        self.next_button.setToolTip(self.tr("Next period (Page Down)"))
        labels = [self.tr("Month"), self.tr("Week"), self.tr("Timeline"), self.tr("Agenda")]
        for index, label in enumerate(labels):
            self.view_buttons.button(index).setText(label)
        for view, label in zip(self.views.values(), labels, strict=True):
            view.setAccessibleName(label)  # the views paint themselves: named for screen readers
        self.colour_label.setText(self.tr("Colour by:"))
        self.group_label.setText(self.tr("Group by:"))
        _refill(
            self.colour_combo,
            [
                (self.tr("Value"), ColourBy.VALUE.value),
                (self.tr("Campaign"), ColourBy.CAMPAIGN.value),
                (self.tr("Channel"), ColourBy.CHANNEL.value),
                (self.tr("Status"), ColourBy.STATUS.value),
            ],
            self.colour_by.value,
        )
        _refill(
            self.group_combo,
            [
                (self.tr("Campaign"), GroupBy.CAMPAIGN.value),
                (self.tr("Segment"), GroupBy.SEGMENT.value),
                (self.tr("Channel"), GroupBy.CHANNEL.value),
                (self.tr("Value"), GroupBy.VALUE.value),
            ],
            self.timeline.group_by.value,
        )
        _refill(
            self.zoom_combo,
            [
                (self.tr("Quarter"), Zoom.QUARTER.value),
                (self.tr("Half-year"), Zoom.HALF.value),
                (self.tr("Year"), Zoom.YEAR.value),
            ],
            self.timeline.zoom.value,
        )
        self.export_button.setText(self.tr("Export"))
        self.png_action.setText(self.tr("Image (PNG)…"))
        self.pdf_action.setText(self.tr("PDF…"))
        self.print_action.setText(self.tr("Print…"))
        self.ics_action.setText(self.tr("Calendar file (.ics)…"))
        self.timeline.none_label = self.tr("(none)")
        self.agenda.empty_text = self.tr("Nothing is planned in this period.")
        self.conflicts_panel.retranslate()
        self.scheduling.retranslate()
        self._fill_filter_menu()
        self._update_period_label()
        self._update_legend()

    # ------------------------------------------------------------------ views
    def current_view(self) -> CalendarView:
        return self.views[VIEW_IDS[self.stack.currentIndex()]]

    def set_view(self, key: str) -> None:
        index = VIEW_IDS.index(key)
        current = self.current_view().current
        self.stack.setCurrentIndex(index)
        self.view_buttons.button(index).setChecked(True)
        is_timeline = key == "timeline"
        for widget in (self.group_label, self.group_combo, self.zoom_combo):
            widget.setVisible(is_timeline)
        view = self.views[key]
        view.sync_to(current)
        self.reload()
        view.setFocus()

    def _sync_date(self, day: date) -> None:
        for view in self.views.values():
            if view is not self.sender():
                view.sync_to(day)
        self._update_period_label()

    def reload(self) -> None:
        """Loads the items of the current view's range and repaints it."""
        view = self.current_view()
        first, last = view.load_range()
        calendar = self.hub.calendar
        items = calendar.items(first, last, self.filter)
        spans = calendar.campaign_spans(first, last, self.filter, items)
        if view is self.timeline:
            self.timeline.set_names(
                {s.id: s.name for s in calendar.segments()},
                {c.id: c.name for c in calendar.channels()},
                {v.id: v.name for v in calendar.values()},
            )
        if view is self.agenda:
            self.agenda.segment_names = {s.id: s.name for s in calendar.segments()}
            self.agenda.status_names = {k.value: v for k, v in status_labels().items()}
        view.set_content(items, spans, self.colour_by, self._decorations(first, last))
        self._update_period_label()
        self._update_legend()
        if self._report_range is not None and (
            first < self._report_range[0] or last > self._report_range[1]
        ):
            self.schedule_conflicts()

    def _update_period_label(self) -> None:
        if hasattr(self, "stack"):
            self.period_label.setText(self.current_view().title())

    def legend(self) -> list[tuple[str, str]]:
        entries = self.hub.calendar.legend(self.colour_by)
        if self.colour_by is ColourBy.STATUS:
            labels = status_labels()
            return [(labels[Status(value)], colour) for value, colour in entries]
        return entries

    def _update_legend(self) -> None:
        if not hasattr(self, "legend_bar"):
            return
        parts = [
            f'<span style="color:{colour}; font-size:14px">■</span>&nbsp;{_escape(label)}'
            for label, colour in self.legend()
        ]
        self.legend_bar.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def _colour_changed(self) -> None:
        value = self.colour_combo.currentData()
        if value:
            self.colour_by = ColourBy(value)
            self.reload()

    def _group_changed(self) -> None:
        value = self.group_combo.currentData()
        if value:
            self.timeline.set_group_by(value)

    def _zoom_changed(self) -> None:
        value = self.zoom_combo.currentData()
        if value and value != self.timeline.zoom.value:
            self.timeline.set_zoom(value)

    def _zoom_synced(self, value: str) -> None:
        index = self.zoom_combo.findData(value)
        if index >= 0 and index != self.zoom_combo.currentIndex():
            self.zoom_combo.blockSignals(True)
            self.zoom_combo.setCurrentIndex(index)
            self.zoom_combo.blockSignals(False)

    # ------------------------------------------------------------------ filters
    def _fill_filter_menu(self) -> None:
        if not hasattr(self, "filter_menu"):
            return
        calendar = self.hub.calendar
        menu = self.filter_menu
        menu.clear()
        groups = [
            ("segment_ids", self.tr("Segment"), [(s.name, s.id) for s in calendar.segments()]),
            ("value_ids", self.tr("Value"), [(v.name, v.id) for v in calendar.values()]),
            ("goal_ids", self.tr("Goal"), [(g.name, g.id) for g in calendar.goals()]),
            ("channel_ids", self.tr("Channel"), [(c.name, c.id) for c in calendar.channels()]),
            ("statuses", self.tr("Status"), [(label, s) for s, label in status_labels().items()]),
            ("owners", self.tr("Owner"), [(o, o) for o in calendar.owners()]),
        ]
        for field, title, options in groups:
            sub = menu.addMenu(title)
            sub.setEnabled(bool(options))
            chosen = getattr(self.filter, field)
            for label, value in options:
                action = sub.addAction(label)
                action.setCheckable(True)
                action.setChecked(value in chosen)
                action.toggled.connect(lambda on, f=field, v=value: self.toggle_filter(f, v, on))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Show everything"))
        clear.setEnabled(self.filter.active)
        clear.triggered.connect(self.clear_filters)
        active = sum(len(getattr(self.filter, f)) for f, _t, _o in groups)
        self.filter_button.setText(
            self.tr("Filters (%1)").replace("%1", str(active)) if active else self.tr("Filters")
        )

    def toggle_filter(self, field: str, value, on: bool) -> None:
        chosen = set(getattr(self.filter, field))
        if on:
            chosen.add(value)
        else:
            chosen.discard(value)
        self.set_filter(dataclasses.replace(self.filter, **{field: frozenset(chosen)}))

    def set_filter(self, flt: CalendarFilter) -> None:
        self.filter = flt
        self._fill_filter_menu()
        self.reload()

    def clear_filters(self) -> None:
        self.set_filter(CalendarFilter())

    # ------------------------------------------------------------------ conflicts
    def _decorations(self, first: date, last: date) -> Decorations:
        settings = self.hub.calendar.settings()
        language = normalise_language(QLocale().name())
        marks = self._marks
        return Decorations(
            day_severity=marks.day_severity,
            day_counts=marks.day_counts,
            week_overload=marks.week_overload,
            comm_severity=marks.comm_severity,
            holidays=self.hub.conflicts.holidays_between(
                first, last, settings.country, settings.region, language
            ),
            blackouts=self.hub.calendar.blackouts_by_day(first, last),
        )

    def conflict_range(self) -> tuple[date, date]:
        """The whole year(s) around what is shown, so paging within a year needs no recheck."""
        first, last = self.current_view().visible_range()
        return date(first.year, 1, 1), date(last.year, 12, 31)

    def schedule_conflicts(self) -> None:
        self._conflict_timer.start()

    def recompute_conflicts(self) -> None:
        """Checks the plan in a worker thread; the page stays responsive meanwhile."""
        first, last = self.conflict_range()
        language = normalise_language(QLocale().name())
        self._generation += 1
        generation = self._generation
        if self._job is not None and self._job.running:
            self._job.cancel()
        service = self.hub.conflicts
        scheduling = self.hub.scheduling

        def work(progress):
            report = service.check(first, last, language=language, progress=progress)
            return report, report_marks(report), scheduling.index(report, language=language)

        job = Job(work)
        self._job = job
        self._jobs.append(job)
        self.conflicts_panel.set_busy(True)
        job.done.connect(lambda: self._conflicts_done(job, generation, (first, last)))
        job.start()

    def _conflicts_done(self, job: Job, generation: int, period: tuple[date, date]) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if generation != self._generation:
            return
        self.conflicts_panel.set_busy(False)
        if job.error is not None:
            if isinstance(job.error, Cancelled):
                return
            if isinstance(job.error, CommsPlannerError):
                self.conflicts_panel.summary.setText(error_text(job.error))
            else:
                self.conflicts_panel.summary.setText(str(job.error))
            return
        self.report, self._marks, self.what_if_index = job.result
        self._report_range = period
        year = (
            str(period[0].year)
            if period[0].year == period[1].year
            else f"{period[0].year}–{period[1].year}"
        )
        self.conflicts_panel.set_conflicts(
            self.report.conflicts, self.tr("(%1)").replace("%1", year)
        )
        view = self.current_view()
        view.set_decorations(self._decorations(*view.load_range()))
        self.scheduling.conflicts_updated()

    def wait_for_conflicts(self, timeout_s: float = 30.0) -> None:
        """Runs the event loop until a pending check has finished (tests, screenshots).

        ``Job.wait()`` cannot be used from the UI thread: the job's end is delivered through
        this thread's event loop.
        """
        if self._conflict_timer.isActive():
            self._conflict_timer.stop()
            self.recompute_conflicts()
        deadline = time.monotonic() + timeout_s
        while self._jobs and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)

    def show_conflict(self, conflict) -> None:
        day = conflict.day or conflict.week
        view = self.current_view()
        if day is not None:
            view.set_current(day)
        for each in self.views.values():
            each.set_highlighted(set(conflict.communication_ids))

    # ------------------------------------------------------------------ editing
    def apply_edit(self, text: str, do: Callable[[], CalendarEdit]) -> bool:
        """Runs a calendar edit through the undo stack; shows refused edits plainly."""
        calendar = self.hub.calendar
        state: dict[str, CalendarEdit] = {}

        def redo() -> Changes:
            if "edit" not in state:
                state["edit"] = do()
                return state["edit"].changes
            return calendar.reapply(state["edit"])

        def undo() -> Changes:
            return calendar.revert(state["edit"])

        try:
            self.session.execute(text, redo, undo)
        except CommsPlannerError as err:
            QMessageBox.warning(self, self.tr("Calendar"), error_text(err))
            self.reload()
            return False
        # The shell passes session.changed on to refresh(), which reloads this page.
        return True

    def _move_requested(self, item: CalendarItem, new_start: datetime, minutes) -> None:
        scope = "series"
        if item.recurring:
            scope = RecurrenceScopeDialog.ask(self, item.title)
            if scope is None:
                self.reload()
                return
        calendar = self.hub.calendar
        if minutes is None:
            text = self.tr("Move “%1”").replace("%1", item.title)
        else:
            text = self.tr("Change the duration of “%1”").replace("%1", item.title)
        self.apply_edit(
            text,
            lambda: calendar.reschedule(
                item.id,
                new_start,
                occurrence=item.start,
                scope=scope,
                duration_minutes=minutes,
            ),
        )

    def _campaign_dates_requested(self, campaign_id: int, start: date, end: date) -> None:
        calendar = self.hub.calendar
        campaign = next((c for c in calendar.campaigns() if c.id == campaign_id), None)
        name = campaign.name if campaign else str(campaign_id)
        self.apply_edit(
            self.tr("Change the dates of “%1”").replace("%1", name),
            lambda: calendar.set_campaign_dates(campaign_id, start, end),
        )

    def lookups(self) -> Lookups:
        calendar = self.hub.calendar
        return Lookups(calendar.campaigns(), calendar.channels(), calendar.segments())

    def _create_requested(self, start: datetime, end: datetime) -> None:
        lookups = self.lookups()
        if not lookups.campaigns:
            QMessageBox.information(
                self,
                self.tr("Calendar"),
                self.tr("Create a campaign first: every communication belongs to one."),
            )
            return
        days = (end.date() - start.date()).days + 1
        if days > 1:
            minutes, rule = 30, f"FREQ=DAILY;COUNT={days}"
        else:
            minutes, rule = max(int((end - start).total_seconds() // 60), 15), None
        campaign_id = next(
            (c.id for c in lookups.campaigns if c.covers(start.date())), lookups.campaigns[0].id
        )
        draft = Communication(
            campaign_id=campaign_id,
            title="",
            start=start,
            duration_minutes=minutes,
            recurrence=rule,
            status=Status.DRAFT,
        )
        comm = CommunicationDialog.ask(self, lookups, draft)
        if comm is None:
            return
        calendar = self.hub.calendar
        self.apply_edit(
            self.tr("Create “%1”").replace("%1", comm.title), lambda: calendar.create(comm)
        )

    def _edit_item(self, item: CalendarItem) -> None:
        comm = self.hub.calendar.communication(item.id)
        edited = CommunicationDialog.ask(self, self.lookups(), comm)
        if edited is None or edited == comm:
            return
        calendar = self.hub.calendar
        self.apply_edit(
            self.tr("Edit “%1”").replace("%1", edited.title), lambda: calendar.update(edited)
        )

    def show_day_list(self, day: date) -> None:
        """The "+N more" popup: every communication of the day."""
        popup = QListWidget(self)
        popup.setWindowFlag(Qt.WindowType.Popup)
        popup.setObjectName("calendarDayList")
        for item in self.month.items_on(day):
            entry = QListWidgetItem(f"{item.start:%H:%M}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setToolTip(f"{item.campaign.name}")
            popup.addItem(entry)
        popup.itemDoubleClicked.connect(
            lambda entry: (popup.close(), self._edit_item(entry.data(Qt.ItemDataRole.UserRole)))
        )
        rect = self.month.cell_rect(day)
        if rect is not None:
            corner = self.month.mapToGlobal(rect.topLeft().toPoint())
            popup.move(corner)
            popup.resize(max(int(rect.width()) + 60, 260), min(34 + 22 * popup.count(), 420))
        popup.show()
        self.day_popup = popup

    # ------------------------------------------------------------------ exports
    def export_title(self) -> str:
        settings = self.hub.calendar.settings()
        return settings.plan_title or settings.organisation or self.tr("Communication plan")

    def export_subtitle(self) -> str:
        view = self.current_view()
        first, last = view.visible_range()
        tr = translate
        return (
            self.tr("%1 · %2 to %3")
            .replace("%1", view.title())
            .replace("%2", format_day(first, tr, with_year=True))
            .replace("%3", format_day(last, tr, with_year=True))
        )

    def _export_args(self):
        return self.current_view(), self.export_title(), self.export_subtitle(), self.legend()

    def export_png_to(self, path: str) -> None:
        export_png(*self._export_args()[:1], path, *self._export_args()[1:])

    def export_pdf_to(self, path: str) -> None:
        export_pdf(*self._export_args()[:1], path, *self._export_args()[1:])

    def _ask_path(self, caption: str, pattern: str, suffix: str) -> str | None:
        path, _chosen = QFileDialog.getSaveFileName(self, caption, "", pattern)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def export_png_dialog(self) -> None:
        path = self._ask_path(
            self.tr("Export the view as an image"), self.tr("PNG images (*.png)"), ".png"
        )
        if path:
            self._guarded(lambda: self.export_png_to(path))

    def export_pdf_dialog(self) -> None:
        path = self._ask_path(
            self.tr("Export the view as PDF"), self.tr("PDF documents (*.pdf)"), ".pdf"
        )
        if path:
            self._guarded(lambda: self.export_pdf_to(path))

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_view(printer, *self._export_args())

    def export_ics_dialog(self) -> None:
        from ...services.ics_export import IcsFilter

        path = self._ask_path(
            self.tr("Export the calendar file"), self.tr("iCalendar files (*.ics)"), ".ics"
        )
        if not path:
            return
        segments = self.filter.segment_ids
        campaigns = self.filter.campaign_ids
        flt = IcsFilter(
            segment_id=next(iter(segments)) if len(segments) == 1 else None,
            campaign_id=next(iter(campaigns)) if len(campaigns) == 1 else None,
        )
        language = normalise_language(QLocale().name())
        self._guarded(lambda: self.hub.ics.export(path, flt, language=language))

    def _guarded(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except CommsPlannerError as err:
            QMessageBox.warning(self, self.tr("Export"), error_text(err))
            return False
        return True

    # ------------------------------------------------------------------ lifecycle
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._conflict_timer.stop()
        for job in list(self._jobs):
            job.cancel()
        self.wait_for_conflicts(timeout_s=10.0)
        super().closeEvent(event)

    def set_today(self, day: date) -> None:
        """Pins "today" (tests, screenshots)."""
        for view in self.views.values():
            view.today = day

    def go_to(self, day: date) -> None:
        for view in self.views.values():
            view.sync_to(day)
        self.reload()

    def shift(self, days: int) -> None:
        self.go_to(self.current_view().current + timedelta(days=days))


def report_marks(report: ConflictReport) -> Decorations:
    """Badges and dots of a report (worst severity per day and per communication).

    Computed in the worker thread: a busy plan has thousands of findings naming thousands
    of communications.
    """
    marks = Decorations(week_overload=dict(report.week_overload))
    # Findings come sorted worst first, so the first severity seen is the worst.
    for conflict in report.conflicts:
        severity = conflict.severity
        if conflict.day is not None:
            marks.day_severity.setdefault(conflict.day, severity)
            marks.day_counts[conflict.day] = marks.day_counts.get(conflict.day, 0) + 1
        comm_severity = marks.comm_severity
        for comm_id in conflict.communication_ids:
            if comm_id not in comm_severity:
                comm_severity[comm_id] = severity
    return marks


def _refill(combo: QComboBox, entries: list[tuple[str, str]], current: str) -> None:
    combo.blockSignals(True)
    combo.clear()
    for label, value in entries:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
