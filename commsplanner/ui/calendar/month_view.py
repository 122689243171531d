"""Month view: a grid of days with coloured chips, campaign bars and conflict badges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...services.calendar import CalendarItem, CampaignSpan
from .base import (
    BLACKOUT_BG,
    GRID,
    GRID_STRONG,
    HOLIDAY_BG,
    MUTED,
    OTHER_MONTH_BG,
    SELECTED,
    SEVERITY_COLOURS,
    TEXT,
    TODAY,
    CalendarView,
    day_name,
    month_name,
    pixel_font,
    text_colour_on,
    time_text,
    tint,
)

HEADER_H = 28.0
WEEK_COL_W = 40.0
DAY_NUMBER_H = 22.0
SPAN_H = 15.0
CHIP_H = 19.0
MAX_SPAN_LANES = 3


@dataclass
class _Chip:
    item: CalendarItem
    rect: QRectF


@dataclass
class _Layout:
    rect: QRectF
    first: date
    weeks: int
    cells: dict[date, QRectF]
    chips: list[_Chip]
    more: dict[date, tuple[QRectF, int]]
    spans: list[tuple[CampaignSpan, QRectF, bool, bool]]


class MonthView(CalendarView):
    """The month of ``current``, in full weeks starting on the locale's first weekday."""

    more_requested = Signal(object)  # date whose "+N more" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(560, 420)
        self._layout: _Layout | None = None
        self._press: QPointF | None = None
        self._press_item: CalendarItem | None = None
        self._press_day: date | None = None
        self._drag_day: date | None = None
        self._dragging = False
        self._create_range: tuple[date, date] | None = None

    # ------------------------------------------------------------------ range
    def grid_first(self) -> date:
        first_of_month = self.current.replace(day=1)
        return self.week_of(first_of_month)

    def weeks_shown(self) -> int:
        first = self.grid_first()
        next_month = (self.current.replace(day=28) + timedelta(days=4)).replace(day=1)
        return ((next_month - first).days + 6) // 7

    def visible_range(self) -> tuple[date, date]:
        first = self.grid_first()
        return first, first + timedelta(days=7 * self.weeks_shown() - 1)

    def title(self) -> str:
        return f"{month_name(self.current.month).capitalize()} {self.current.year}"

    def shift_period(self, direction: int) -> None:
        month = self.current.month - 1 + direction
        year = self.current.year + month // 12
        month = month % 12 + 1
        day = min(self.current.day, _days_in_month(year, month))
        self.set_current(date(year, month, day))

    # ------------------------------------------------------------------ geometry
    def layout_for(self, rect: QRectF) -> _Layout:
        first = self.grid_first()
        weeks = self.weeks_shown()
        grid = QRectF(
            rect.left() + WEEK_COL_W,
            rect.top() + HEADER_H,
            rect.width() - WEEK_COL_W,
            rect.height() - HEADER_H,
        )
        cell_w = grid.width() / 7
        cell_h = grid.height() / weeks
        cells: dict[date, QRectF] = {}
        for w in range(weeks):
            for d in range(7):
                day = first + timedelta(days=7 * w + d)
                cells[day] = QRectF(
                    grid.left() + d * cell_w, grid.top() + w * cell_h, cell_w, cell_h
                )
        last = first + timedelta(days=7 * weeks - 1)

        # Campaign bars: packed into lanes per week row.
        spans_out: list[tuple[CampaignSpan, QRectF, bool, bool]] = []
        lanes_used: dict[int, int] = {}
        for w in range(weeks):
            row_first = first + timedelta(days=7 * w)
            row_last = row_first + timedelta(days=6)
            lanes: list[date] = []  # last day used per lane
            for span in self.spans:
                if span.end < row_first or span.start > row_last:
                    continue
                start = max(span.start, row_first)
                end = min(span.end, row_last)
                lane = next((i for i, used in enumerate(lanes) if used < start), None)
                if lane is None:
                    lanes.append(end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = end
                if lane >= MAX_SPAN_LANES:
                    continue
                left = cells[start].left() + 2
                right = cells[end].right() - 2
                top = cells[start].top() + DAY_NUMBER_H + lane * (SPAN_H + 2)
                spans_out.append(
                    (
                        span,
                        QRectF(left, top, right - left, SPAN_H),
                        span.start >= row_first,
                        span.end <= row_last,
                    )
                )
            lanes_used[w] = min(len(lanes), MAX_SPAN_LANES)

        per_day: dict[date, list[CalendarItem]] = {}
        for item in self.items:
            if first <= item.day <= last:
                per_day.setdefault(item.day, []).append(item)
        chips: list[_Chip] = []
        more: dict[date, tuple[QRectF, int]] = {}
        for day, cell in cells.items():
            w = (day - first).days // 7
            top = cell.top() + DAY_NUMBER_H + lanes_used[w] * (SPAN_H + 2) + 1
            day_items = per_day.get(day, [])
            room = int((cell.bottom() - top - 2) // (CHIP_H + 2))
            shown = day_items if len(day_items) <= room else day_items[: max(room - 1, 0)]
            for i, item in enumerate(shown):
                chips.append(
                    _Chip(
                        item,
                        QRectF(cell.left() + 3, top + i * (CHIP_H + 2), cell.width() - 6, CHIP_H),
                    )
                )
            hidden = len(day_items) - len(shown)
            if hidden > 0:
                y = top + len(shown) * (CHIP_H + 2)
                more[day] = (QRectF(cell.left() + 3, y, cell.width() - 6, CHIP_H), hidden)
        return _Layout(rect, first, weeks, cells, chips, more, spans_out)

    def _current_layout(self) -> _Layout:
        rect = QRectF(self.rect())
        if (
            self._layout is None
            or self._layout.rect != rect
            or self._layout.first != self.grid_first()
        ):
            self._layout = self.layout_for(rect)
        return self._layout

    def content_changed(self) -> None:
        self._layout = None

    def set_current(self, day: date) -> None:
        self._layout = None
        super().set_current(day)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._layout = None
        super().resizeEvent(event)

    def cell_rect(self, day: date) -> QRectF | None:
        return self._current_layout().cells.get(day)

    def chip_rect(self, comm_id: int, day: date | None = None) -> QRectF | None:
        for chip in self._current_layout().chips:
            if chip.item.id == comm_id and (day is None or chip.item.day == day):
                return chip.rect
        return None

    def more_rect(self, day: date) -> QRectF | None:
        found = self._current_layout().more.get(day)
        return found[0] if found else None

    def hidden_count(self, day: date) -> int:
        found = self._current_layout().more.get(day)
        return found[1] if found else 0

    def span_rects(self, campaign_id: int) -> list[QRectF]:
        return [r for s, r, _a, _b in self._current_layout().spans if s.id == campaign_id]

    def day_at(self, pos: QPointF) -> date | None:
        for day, cell in self._current_layout().cells.items():
            if cell.contains(pos):
                return day
        return None

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        for chip in self._current_layout().chips:
            if chip.rect.contains(pos):
                return chip.item
        return None

    def items_on(self, day: date) -> list[CalendarItem]:
        return [i for i in self.items if i.day == day]

    def item_at_point(self, pos: QPointF) -> CalendarItem | None:
        return self.item_at(pos)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        self.setFocus()
        for day, (rect, _n) in self._current_layout().more.items():
            if rect.contains(pos):
                self.more_requested.emit(day)
                return None
        self._press = pos
        self._press_item = self.item_at(pos)
        self._press_day = self.day_at(pos)
        self._dragging = False
        if self._press_item is not None:
            self.select(self._press_item)
        elif self._press_day is not None:
            self.select(None)
            self._create_range = (self._press_day, self._press_day)
            self.set_current(self._press_day)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        pos = event.position()
        if not self._dragging and (pos - self._press).manhattanLength() < self.DRAG_THRESHOLD:
            return
        self._dragging = True
        day = self.day_at(pos)
        if self._press_item is not None:
            self._drag_day = day
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            item = self._press_item
            if self.what_if_item is None:
                # Every day of the grid is tinted by what dropping the item there would do.
                self.begin_what_if(item)
                for cell_day in self._current_layout().cells:
                    self.what_if_at(cell_day, datetime.combine(cell_day, item.start.time()))
            if day is not None:
                self.hover_what_if(
                    day,
                    datetime.combine(day, item.start.time()),
                    event.globalPosition().toPoint(),
                )
        elif self._press_day is not None and day is not None:
            self._create_range = (min(self._press_day, day), max(self._press_day, day))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        item, dragging = self._press_item, self._dragging
        target = self.day_at(event.position())
        create = self._create_range
        self._press = None
        self._press_item = None
        self._drag_day = None
        self._dragging = False
        self._create_range = None
        self.end_what_if()
        self.unsetCursor()
        self.update()
        if item is not None and dragging and target is not None and target != item.day:
            new_start = datetime.combine(target, item.start.time())
            self.move_requested.emit(item, new_start, None)
        elif item is None and dragging and create is not None:
            start = datetime.combine(create[0], time(9, 0))
            end = datetime.combine(create[1], time(9, 30))
            self.create_requested.emit(start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.position())
        if item is not None:
            self.activated.emit(item)
            return
        day = self.day_at(event.position())
        if day is not None:
            start = datetime.combine(day, time(9, 0))
            self.create_requested.emit(start, start + timedelta(minutes=30))

    # ------------------------------------------------------------------ painting
    def render_content(self, painter: QPainter, rect: QRectF, *, interactive: bool = False) -> None:
        layout = self._current_layout() if interactive else self.layout_for(rect)
        base = self.font()
        painter.fillRect(rect, QColor("#ffffff"))
        month = self.current.month

        # Weekday header.
        painter.setFont(pixel_font(base, 11, bold=True))
        painter.setPen(MUTED)
        for d in range(7):
            day = layout.first + timedelta(days=d)
            cell = layout.cells[day]
            header = QRectF(cell.left(), rect.top(), cell.width(), HEADER_H)
            painter.drawText(
                header, Qt.AlignmentFlag.AlignCenter, day_name(day).upper().rstrip(".")
            )

        create = self._create_range if interactive else None
        for day, cell in layout.cells.items():
            background = QColor("#ffffff") if day.month == month else OTHER_MONTH_BG
            if day in self.decorations.blackouts:
                background = BLACKOUT_BG
            if day in self.decorations.holidays:
                background = HOLIDAY_BG
            if create and create[0] <= day <= create[1]:
                background = tint(SELECTED, 0.85)
            if interactive and self._drag_day == day and not self.what_if_cells:
                background = tint(SELECTED, 0.8)
            painter.fillRect(cell, background)
            if interactive and self.what_if_item is not None:
                self.draw_what_if(painter, cell, self.what_if_cells.get(day), False, label=False)

        # Grid lines.
        painter.setPen(QPen(GRID, 1))
        for cell in layout.cells.values():
            painter.drawRect(cell)
        painter.setPen(QPen(GRID_STRONG, 1))
        painter.drawLine(
            QPointF(rect.left(), rect.top() + HEADER_H),
            QPointF(rect.right(), rect.top() + HEADER_H),
        )

        # Week numbers and overload badges.
        for w in range(layout.weeks):
            first = layout.first + timedelta(days=7 * w)
            row = layout.cells[first]
            number_rect = QRectF(rect.left(), row.top() + 2, WEEK_COL_W - 4, 18)
            painter.setFont(pixel_font(base, 10))
            painter.setPen(MUTED)
            painter.drawText(
                number_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(first.isocalendar()[1]),
            )
            overload = self.decorations.week_overload.get(self.week_of(first))
            if overload:
                self.draw_badge(
                    painter,
                    QPointF(rect.left() + WEEK_COL_W / 2, row.top() + 36),
                    _short_number(overload),
                    SEVERITY_COLOURS[_overload_severity()],
                )

        # Day numbers, holiday names, conflict dots.
        for day, cell in layout.cells.items():
            number = (
                str(day.day) if day.day != 1 else f"{day.day} {month_name(day.month, short=True)}"
            )
            painter.setFont(pixel_font(base, 12, bold=day == self.current and interactive))
            number_rect = QRectF(cell.left() + 6, cell.top() + 3, cell.width() - 12, 18)
            if day == self.today:
                width = painter.fontMetrics().horizontalAdvance(number) + 12
                pill = QRectF(cell.left() + 3, cell.top() + 3, max(width, 20), 18)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TODAY)
                painter.drawRoundedRect(pill, 9, 9)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, number)
            else:
                painter.setPen(TEXT if day.month == month else MUTED)
                painter.drawText(
                    number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number
                )
            label = self.decorations.holidays.get(day) or self.decorations.blackouts.get(day)
            if label:
                painter.setFont(pixel_font(base, 9))
                painter.setPen(QColor("#b3261e") if day in self.decorations.holidays else MUTED)
                label_rect = QRectF(cell.left() + 40, cell.top() + 3, cell.width() - 64, 18)
                elided = painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(label_rect.width())
                )
                painter.drawText(
                    label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
                )
            severity = self.decorations.day_severity.get(day)
            if severity is not None:
                count = self.decorations.day_counts.get(day, 1)
                self.draw_badge(
                    painter,
                    QPointF(cell.right() - 12, cell.top() + 12),
                    str(count),
                    SEVERITY_COLOURS[severity],
                )
            if interactive and day == self.current and self.hasFocus():
                painter.setPen(QPen(SELECTED, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))

        # Campaign bars.
        painter.setFont(pixel_font(base, 10, bold=True))
        for span, bar, starts, ends in layout.spans:
            colour = QColor(span.colours[self.colour_by])
            fill = tint(colour, 0.55)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            radius = 4.0
            painter.drawRoundedRect(bar, radius if starts else 0, radius if ends else 0)
            if starts:
                painter.setBrush(colour)
                painter.drawRect(QRectF(bar.left(), bar.top(), 3, bar.height()))
            painter.setPen(text_colour_on(fill))
            text_rect = bar.adjusted(6, 0, -4, 0)
            elided = painter.fontMetrics().elidedText(
                span.campaign.name, Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )

        # Communication chips.
        chip_font = pixel_font(base, 11)
        time_font = pixel_font(base, 11, bold=True)
        for chip in layout.chips:
            self._draw_chip(painter, chip.item, chip.rect, chip_font, time_font, interactive)

        # "+N more".
        painter.setFont(pixel_font(base, 11, bold=True))
        painter.setPen(QColor("#3c4043"))
        for _day, (more_rect, hidden) in layout.more.items():
            painter.drawText(
                more_rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%n more", "", hidden),
            )

        # What-if labels and the outline of the day under the cursor, above the chips.
        if interactive and self.what_if_item is not None:
            for day, cell in layout.cells.items():
                self.draw_what_if(
                    painter,
                    cell,
                    self.what_if_cells.get(day),
                    day == self.what_if_hover,
                    fill=False,
                )

        # Dragged chip ghost.
        if interactive and self._dragging and self._press_item is not None and self._drag_day:
            cell = layout.cells.get(self._drag_day)
            if cell is not None:
                ghost = QRectF(
                    cell.left() + 3, cell.bottom() - CHIP_H - 4, cell.width() - 6, CHIP_H
                )
                painter.setOpacity(0.8)
                self._draw_chip(painter, self._press_item, ghost, chip_font, time_font, False)
                painter.setOpacity(1.0)

    def _draw_chip(self, painter, item, rect, chip_font, time_font, interactive) -> None:
        colour = self.item_colour(item)
        fill = tint(colour, 0.78)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if item.id in self.highlighted or (interactive and self.is_selected(item)):
            painter.setPen(
                QPen(SELECTED if item.id not in self.highlighted else QColor("#d93025"), 2)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        severity = self.decorations.comm_severity.get(item.id)
        text_left = rect.left() + 8
        if severity is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SEVERITY_COLOURS[severity])
            painter.drawEllipse(QPointF(rect.right() - 7, rect.center().y()), 3.5, 3.5)
        painter.setPen(QColor("#202124"))
        painter.setFont(time_font)
        stamp = time_text(item.start)
        painter.drawText(
            QRectF(text_left, rect.top(), 40, rect.height()), Qt.AlignmentFlag.AlignVCenter, stamp
        )
        advance = painter.fontMetrics().horizontalAdvance(stamp + " ")
        painter.setFont(chip_font)
        title = ("↻ " if item.recurring else "") + item.title
        width = int(rect.right() - text_left - advance - (12 if severity else 4))
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, max(width, 0))
        painter.drawText(
            QRectF(text_left + advance, rect.top(), width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            elided,
        )


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def _short_number(value: int) -> str:
    return f"{value / 1000:.1f}k".replace(".0k", "k") if value >= 1000 else str(value)


def _overload_severity():
    from ...services.conflicts import SEVERITY, ConflictKind

    return SEVERITY[ConflictKind.PERSON_OVERLOAD]
