"""What every calendar view shares: the current date, the items, keyboard navigation, drawing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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
    context_requested = Signal(object, object)  # CalendarItem, global QPoint

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
        # Live what-if while an item is dragged: the page sets the provider, which answers
        # (item, candidate start) with a cell to draw (or None when it cannot tell).
        self.what_if_provider: Callable[[CalendarItem, datetime], Any] | None = None
        self.what_if_item: CalendarItem | None = None
        self.what_if_cells: dict[object, Any] = {}
        self.what_if_hover: object | None = None
        self.what_if_text = ""

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

    # ------------------------------------------------------------------ what-if
    def begin_what_if(self, item: CalendarItem) -> None:
        """A drag of ``item`` starts: candidate cells are evaluated from now on."""
        self.what_if_item = item
        self.what_if_cells = {}
        self.what_if_hover = None
        self.what_if_text = ""

    def what_if_at(self, key: object, start: datetime) -> Any:
        """The cell for a candidate position (evaluated once per drag)."""
        if self.what_if_item is None or self.what_if_provider is None:
            return None
        if key not in self.what_if_cells:
            self.what_if_cells[key] = self.what_if_provider(self.what_if_item, start)
        return self.what_if_cells[key]

    def hover_what_if(self, key: object, start: datetime, global_pos: QPoint | None) -> None:
        """The cursor is over a candidate: remember it and say what would happen there."""
        cell = self.what_if_at(key, start)
        self.what_if_hover = key
        text = cell.text if cell is not None else ""
        if text != self.what_if_text:
            self.what_if_text = text
            if global_pos is not None:
                if text:
                    QToolTip.showText(global_pos, text, self)
                else:
                    QToolTip.hideText()

    def end_what_if(self) -> None:
        if self.what_if_item is not None:
            QToolTip.hideText()
        self.what_if_item = None
        self.what_if_cells = {}
        self.what_if_hover = None
        self.what_if_text = ""

    def draw_what_if(
        self,
        painter: QPainter,
        rect: QRectF,
        cell: Any,
        hovered: bool,
        *,
        fill: bool = True,
        label: bool = True,
    ) -> None:
        """A candidate's tint (and, on top of the items, its label and hover outline)."""
        if cell is None:
            return
        if fill:
            painter.fillRect(rect, cell.colour)
        if label:
            if hovered:
                painter.setPen(QPen(cell.outline, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            if cell.label and rect.width() >= 28 and rect.height() >= 18:
                font = pixel_font(self.font(), 10, bold=True)
                painter.setFont(font)
                width = painter.fontMetrics().horizontalAdvance(cell.label) + 10
                badge = QRectF(rect.left() + 3, rect.bottom() - 17, width, 14)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(cell.outline)
                painter.drawRoundedRect(badge, 7, 7)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, cell.label)

    def item_at_point(self, pos: QPointF) -> CalendarItem | None:
        """The item under ``pos`` (for the context menu); views override it."""
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at_point(QPointF(event.pos()))
        if item is None:
            super().contextMenuEvent(event)
            return
        self.select(item)
        self.context_requested.emit(item, event.globalPos())

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
