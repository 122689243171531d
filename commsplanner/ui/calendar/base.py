"""What every calendar view shares: the current date, the items, keyboard navigation, drawing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.calendar import CalendarItem, CampaignSpan, ColourBy, week_start
from ...services.conflicts import Severity

# A restrained palette in the manner of desktop calendars.
GRID = QColor("#dadce0")
GRID_STRONG = QColor("#bdc1c6")
TEXT = QColor("#202124")
MUTED = QColor("#70757a")
OTHER_MONTH_BG = QColor("#f8f9fa")
TODAY = QColor("#1a73e8")
SELECTED = QColor("#1a73e8")
HOLIDAY_BG = QColor("#fdecea")
BLACKOUT_BG = QColor("#eceff1")
WEEKEND_BG = QColor("#fbfbfb")
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#d93025"),
    Severity.WARNING: QColor("#f29900"),
    Severity.INFO: QColor("#1a73e8"),
}


def pixel_font(base: QFont, size: float, *, bold: bool = False) -> QFont:
    """A font sized in pixels, so drawing looks the same on screen, PNG and PDF."""
    font = QFont(base)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#202124") if luminance > 0.6 else QColor("#ffffff")


def tint(colour: QColor, amount: float = 0.8) -> QColor:
    """``colour`` mixed with white (amount 1 = white)."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def locale_first_weekday(locale: QLocale | None = None) -> int:
    """0 = Monday … 6 = Sunday, from the locale (Monday in Spanish, Sunday in US English)."""
    day = (locale or QLocale()).firstDayOfWeek()
    return (day.value if hasattr(day, "value") else int(day)) - 1


def day_name(day: date, short: bool = True, locale: QLocale | None = None) -> str:
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return (locale or QLocale()).dayName(day.isoweekday(), fmt)


def month_name(month: int, locale: QLocale | None = None, short: bool = False) -> str:
    loc = locale or QLocale()
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return loc.standaloneMonthName(month, fmt)


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass
class Decorations:
    """What the calendar shows around the items: conflicts, holidays, blackouts, highlights."""

    day_severity: dict[date, Severity] = field(default_factory=dict)
    day_counts: dict[date, int] = field(default_factory=dict)
    week_overload: dict[date, int] = field(default_factory=dict)
    holidays: dict[date, str] = field(default_factory=dict)
    blackouts: dict[date, str] = field(default_factory=dict)
    comm_severity: dict[int, Severity] = field(default_factory=dict)


class CalendarView(QWidget):
    """Base of the month, week, timeline and agenda views.

    The page feeds items with :meth:`set_content`; the view reports what the user does with
    signals and never writes anything itself.
    """

    # The visible range changed: the page loads the items of the new range.
    range_changed = Signal()
    current_date_changed = Signal(object)
    # item, new start (datetime), new duration in minutes or None
    move_requested = Signal(object, object, object)
    # start, end (datetimes) of a communication to create
    create_requested = Signal(object, object)
    # campaign id, new start, new end (dates)
    campaign_dates_requested = Signal(int, object, object)
    activated = Signal(object)  # CalendarItem double-clicked
    item_selected = Signal(object)  # CalendarItem or None

    DRAG_THRESHOLD = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.current = date.today()
        self.today = date.today()
        self.first_weekday = locale_first_weekday()
        self.items: list[CalendarItem] = []
        self.spans: list[CampaignSpan] = []
        self.colour_by = ColourBy.VALUE
        self.decorations = Decorations()
        self.highlighted: set[int] = set()
        self.selected: tuple[int, datetime] | None = None

    # ------------------------------------------------------------------ content
    def visible_range(self) -> tuple[date, date]:
        raise NotImplementedError

    def load_range(self) -> tuple[date, date]:
        """The items the page loads for this view (may be wider than what is visible)."""
        return self.visible_range()

    def title(self) -> str:
        """The period shown, as the toolbar and exports print it."""
        raise NotImplementedError

    def set_content(
        self,
        items: list[CalendarItem],
        spans: list[CampaignSpan],
        colour_by: ColourBy,
        decorations: Decorations | None = None,
    ) -> None:
        self.items = items
        self.spans = spans
        self.colour_by = ColourBy(colour_by)
        if decorations is not None:
            self.decorations = decorations
        self.content_changed()
        self.update()

    def set_decorations(self, decorations: Decorations) -> None:
        self.decorations = decorations
        self.update()

    def content_changed(self) -> None:
        """Hook: recompute layouts that depend on the items."""

    def set_highlighted(self, ids: set[int]) -> None:
        self.highlighted = set(ids)
        self.update()

    def item_colour(self, item: CalendarItem) -> QColor:
        return QColor(item.colour(self.colour_by))

    def find_item(self, comm_id: int, start: datetime | None = None) -> CalendarItem | None:
        for item in self.items:
            if item.id == comm_id and (start is None or item.start == start):
                return item
        return None

    def is_selected(self, item: CalendarItem) -> bool:
        return self.selected == (item.id, item.start)

    def select(self, item: CalendarItem | None) -> None:
        self.selected = (item.id, item.start) if item is not None else None
        self.item_selected.emit(item)
        self.update()

    # ------------------------------------------------------------------ navigation
    def set_current(self, day: date) -> None:
        before = self.visible_range()
        self.current = day
        self.current_date_changed.emit(day)
        if self.visible_range() != before:
            self.range_changed.emit()
        self.update()

    def sync_to(self, day: date) -> None:
        """Follows another view's date without signalling (the page reloads once)."""
        self.current = day

    def step_days(self) -> tuple[int, int]:
        """(days for Left/Right, days for Up/Down)."""
        return 1, 7

    def shift_period(self, direction: int) -> None:
        """PageUp/PageDown: the previous or next month, week, quarter…"""
        raise NotImplementedError

    def go_today(self) -> None:
        self.set_current(self.today)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        small, big = self.step_days()
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.set_current(self.current - timedelta(days=small))
        elif key == Qt.Key.Key_Right:
            self.set_current(self.current + timedelta(days=small))
        elif key == Qt.Key.Key_Up:
            self.set_current(self.current - timedelta(days=big))
        elif key == Qt.Key.Key_Down:
            self.set_current(self.current + timedelta(days=big))
        elif key == Qt.Key.Key_PageUp:
            self.shift_period(-1)
        elif key == Qt.Key.Key_PageDown:
            self.shift_period(1)
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home):
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            item = self.find_item(*self.selected)
            if item is not None:
                self.activated.emit(item)
        else:
            super().keyPressEvent(event)

    def week_of(self, day: date) -> date:
        return week_start(day, self.first_weekday)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.render_content(painter, QRectF(self.rect()), interactive=True)
        painter.end()

    def render_content(self, painter: QPainter, rect: QRectF, *, interactive: bool = False) -> None:
        """Draws the view into ``rect``; exports call it with a page-sized rectangle."""
        raise NotImplementedError

    def export_size(self) -> tuple[int, int]:
        """A readable size for PNG/PDF exports, in logical pixels."""
        return 1600, 1000

    def draw_badge(self, painter: QPainter, centre: QPointF, text: str, colour: QColor) -> None:
        font = pixel_font(self.font(), 10, bold=True)
        painter.setFont(font)
        width = max(16.0, painter.fontMetrics().horizontalAdvance(text) + 8.0)
        rect = QRectF(centre.x() - width / 2, centre.y() - 8, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
