"""Week view: a time grid with communications as blocks by start time and duration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...services.calendar import CalendarItem
from .base import (
    BLACKOUT_BG,
    GRID,
    GRID_STRONG,
    HOLIDAY_BG,
    MUTED,
    SELECTED,
    SEVERITY_COLOURS,
    TEXT,
    TODAY,
    CalendarView,
    day_name,
    month_name,
    pixel_font,
    time_text,
    tint,
)

HEADER_H = 46.0
GUTTER_W = 56.0
SNAP_MINUTES = 15
RESIZE_MARGIN = 6.0


@dataclass
class _Block:
    item: CalendarItem
    rect: QRectF


class WeekView(CalendarView):
    """Seven days from the locale's first weekday; hours fitted to what is planned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(560, 420)
        self.first_hour = 7
        self.last_hour = 20
        self._press: QPointF | None = None
        self._press_item: CalendarItem | None = None
        self._mode = ""  # "move", "resize" or "create"
        self._dragging = False
        self._ghost: tuple[datetime, int] | None = None  # start, minutes
        self._create: tuple[datetime, datetime] | None = None

    # ------------------------------------------------------------------ range
    def visible_range(self) -> tuple[date, date]:
        first = self.week_of(self.current)
        return first, first + timedelta(days=6)

    def title(self) -> str:
        first, last = self.visible_range()
        if first.month == last.month:
            return f"{first.day}–{last.day} {month_name(first.month)} {first.year}"
        return (
            f"{first.day} {month_name(first.month, short=True)} – "
            f"{last.day} {month_name(last.month, short=True)} {last.year}"
        )

    def shift_period(self, direction: int) -> None:
        self.set_current(self.current + timedelta(days=7 * direction))

    def content_changed(self) -> None:
        first_hour, last_hour = 7, 20
        for item in self.items:
            first_hour = min(first_hour, item.start.hour)
            end = item.end
            end_hour = end.hour + (1 if end.minute else 0) if end.date() == item.day else 24
            last_hour = max(last_hour, end_hour)
        self.first_hour, self.last_hour = first_hour, min(last_hour, 24)

    # ------------------------------------------------------------------ geometry
    def _grid(self, rect: QRectF) -> QRectF:
        return QRectF(
            rect.left() + GUTTER_W,
            rect.top() + HEADER_H,
            rect.width() - GUTTER_W - 1,
            rect.height() - HEADER_H - 1,
        )

    def _hour_h(self, rect: QRectF) -> float:
        return self._grid(rect).height() / max(self.last_hour - self.first_hour, 1)

    def day_rect(self, day: date, rect: QRectF | None = None) -> QRectF:
        rect = rect or QRectF(self.rect())
        grid = self._grid(rect)
        first, _last = self.visible_range()
        col_w = grid.width() / 7
        index = (day - first).days
        return QRectF(grid.left() + index * col_w, grid.top(), col_w, grid.height())

    def y_for(self, moment: datetime, rect: QRectF | None = None) -> float:
        rect = rect or QRectF(self.rect())
        grid = self._grid(rect)
        hours = moment.hour + moment.minute / 60 - self.first_hour
        return grid.top() + hours * self._hour_h(rect)

    def slot_rect(self, start: datetime, minutes: int, rect: QRectF | None = None) -> QRectF:
        rect = rect or QRectF(self.rect())
        column = self.day_rect(start.date(), rect)
        top = self.y_for(start, rect)
        height = max(minutes / 60 * self._hour_h(rect), 14.0)
        return QRectF(column.left() + 2, top, column.width() - 6, height)

    def blocks(self, rect: QRectF | None = None) -> list[_Block]:
        """Item rectangles, overlapping items side by side."""
        rect = rect or QRectF(self.rect())
        first, last = self.visible_range()
        out: list[_Block] = []
        by_day: dict[date, list[CalendarItem]] = {}
        for item in self.items:
            if first <= item.day <= last:
                by_day.setdefault(item.day, []).append(item)
        for day_items in by_day.values():
            day_items.sort(key=lambda i: (i.start, -i.duration_minutes))
            # Greedy columns within clusters of overlapping items.
            clusters: list[list[tuple[CalendarItem, int]]] = []
            cluster_end: datetime | None = None
            columns_end: list[datetime] = []
            for item in day_items:
                if cluster_end is None or item.start >= cluster_end:
                    clusters.append([])
                    columns_end = []
                    cluster_end = item.end
                column = next((i for i, end in enumerate(columns_end) if end <= item.start), None)
                if column is None:
                    columns_end.append(item.end)
                    column = len(columns_end) - 1
                else:
                    columns_end[column] = item.end
                clusters[-1].append((item, column))
                cluster_end = max(cluster_end, item.end)
            for cluster in clusters:
                count = max(c for _i, c in cluster) + 1
                for item, column in cluster:
                    slot = self.slot_rect(item.start, item.duration_minutes, rect)
                    width = slot.width() / count
                    out.append(
                        _Block(
                            item,
                            QRectF(
                                slot.left() + column * width, slot.top(), width - 1, slot.height()
                            ),
                        )
                    )
        return out

    def item_rect(self, comm_id: int, start: datetime | None = None) -> QRectF | None:
        for block in self.blocks():
            if block.item.id == comm_id and (start is None or block.item.start == start):
                return block.rect
        return None

    def time_at(self, pos: QPointF, *, snap: bool = True) -> datetime | None:
        rect = QRectF(self.rect())
        grid = self._grid(rect)
        if not grid.contains(pos):
            return None
        first, _last = self.visible_range()
        col_w = grid.width() / 7
        index = min(int((pos.x() - grid.left()) // col_w), 6)
        minutes = (pos.y() - grid.top()) / self._hour_h(rect) * 60 + self.first_hour * 60
        if snap:
            minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min(int(minutes), 24 * 60 - SNAP_MINUTES))
        day = first + timedelta(days=index)
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    def block_at(self, pos: QPointF) -> _Block | None:
        for block in reversed(self.blocks()):
            if block.rect.contains(pos):
                return block
        return None

    def item_at_point(self, pos: QPointF) -> CalendarItem | None:
        block = self.block_at(pos)
        return block.item if block is not None else None

    def what_if_bands(self, item: CalendarItem) -> list[tuple[tuple[date, int], datetime]]:
        """The candidate slots tinted while ``item`` is dragged: every visible hour of the
        week at the item's minute (the order of communications depends on the time)."""
        first, _last = self.visible_range()
        out = []
        for offset in range(7):
            day = first + timedelta(days=offset)
            for hour in range(self.first_hour, self.last_hour):
                out.append(((day, hour), datetime.combine(day, time(hour, item.start.minute))))
        return out

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        pos = event.position()
        block = self.block_at(pos)
        self._press = pos
        self._dragging = False
        self._ghost = None
        self._create = None
        if block is not None:
            self._press_item = block.item
            self._mode = "resize" if block.rect.bottom() - pos.y() <= RESIZE_MARGIN else "move"
            self._press_offset = self.time_at(pos, snap=False) or block.item.start
            self.select(block.item)
        else:
            self._press_item = None
            self._mode = "create"
            moment = self.time_at(pos)
            if moment is not None:
                self.set_current(moment.date())
                self.select(None)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if self._press is None:
            block = self.block_at(pos)
            near_edge = block is not None and block.rect.bottom() - pos.y() <= RESIZE_MARGIN
            if near_edge:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
            return
        if not self._dragging and (pos - self._press).manhattanLength() < self.DRAG_THRESHOLD:
            return
        self._dragging = True
        moment = self.time_at(pos)
        if moment is None:
            return
        item = self._press_item
        if self._mode == "move" and item is not None:
            grabbed = self._press_offset - item.start
            start = moment - _snap_delta(grabbed)
            start = start.replace(second=0, microsecond=0)
            self._ghost = (start, item.duration_minutes)
            if self.what_if_item is None:
                self.begin_what_if(item)
                for key, candidate in self.what_if_bands(item):
                    self.what_if_at(key, candidate)
            # The exact slot under the cursor (to the quarter hour) is evaluated on its own.
            self.hover_what_if(start, start, event.globalPosition().toPoint())
        elif self._mode == "resize" and item is not None:
            minutes = max(SNAP_MINUTES, int((moment - item.start).total_seconds() // 60))
            if moment.date() != item.day:
                minutes = max(SNAP_MINUTES, (24 * 60) - item.start.hour * 60 - item.start.minute)
            self._ghost = (item.start, minutes)
        elif self._mode == "create":
            anchor = self.time_at(self._press)
            if anchor is not None:
                moment = datetime.combine(anchor.date(), moment.time())
                first, last = sorted((anchor, moment))
                self._create = (first, max(last, first + timedelta(minutes=SNAP_MINUTES)))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        item, mode, ghost, create, dragging = (
            self._press_item,
            self._mode,
            self._ghost,
            self._create,
            self._dragging,
        )
        self._press = None
        self._press_item = None
        self._ghost = None
        self._create = None
        self._dragging = False
        self.end_what_if()
        self.update()
        if not dragging:
            return
        if item is not None and ghost is not None:
            start, minutes = ghost
            if mode == "move" and start != item.start:
                self.move_requested.emit(item, start, None)
            elif mode == "resize" and minutes != item.duration_minutes:
                self.move_requested.emit(item, item.start, minutes)
        elif create is not None:
            self.create_requested.emit(*create)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        block = self.block_at(event.position())
        if block is not None:
            self.activated.emit(block.item)
            return
        moment = self.time_at(event.position())
        if moment is not None:
            self.create_requested.emit(moment, moment + timedelta(minutes=30))

    # ------------------------------------------------------------------ painting
    def render_content(self, painter: QPainter, rect: QRectF, *, interactive: bool = False) -> None:
        base = self.font()
        painter.fillRect(rect, QColor("#ffffff"))
        grid = self._grid(rect)
        first, _last = self.visible_range()
        hour_h = self._hour_h(rect)

        for offset in range(7):
            day = first + timedelta(days=offset)
            column = self.day_rect(day, rect)
            if day in self.decorations.holidays:
                painter.fillRect(column, HOLIDAY_BG)
            elif day in self.decorations.blackouts:
                painter.fillRect(column, BLACKOUT_BG)
            elif day.weekday() >= 5:
                painter.fillRect(column, QColor("#fafafa"))
            header = QRectF(column.left(), rect.top(), column.width(), HEADER_H)
            painter.setFont(pixel_font(base, 10, bold=True))
            painter.setPen(TODAY if day == self.today else MUTED)
            painter.drawText(
                QRectF(header.left(), header.top() + 4, header.width(), 14),
                Qt.AlignmentFlag.AlignCenter,
                day_name(day).upper().rstrip("."),
            )
            painter.setFont(pixel_font(base, 18))
            number_rect = QRectF(header.center().x() - 15, header.top() + 18, 30, 26)
            if day == self.today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TODAY)
                painter.drawEllipse(number_rect.adjusted(1, -1, -1, 1))
                painter.setPen(QColor("#ffffff"))
            else:
                painter.setPen(TEXT)
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
            severity = self.decorations.day_severity.get(day)
            if severity is not None:
                self.draw_badge(
                    painter,
                    QPointF(header.right() - 14, header.top() + 12),
                    str(self.decorations.day_counts.get(day, 1)),
                    SEVERITY_COLOURS[severity],
                )
            label = self.decorations.holidays.get(day) or self.decorations.blackouts.get(day)
            if label:
                painter.setFont(pixel_font(base, 9))
                painter.setPen(QColor("#b3261e"))
                text = painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(column.width() - 8)
                )
                painter.drawText(
                    QRectF(column.left() + 4, grid.top() + 2, column.width() - 8, 14),
                    Qt.AlignmentFlag.AlignLeft,
                    text,
                )

        overload = self.decorations.week_overload.get(first)
        if overload:
            self.draw_badge(
                painter,
                QPointF(rect.left() + GUTTER_W / 2, rect.top() + HEADER_H / 2),
                str(overload),
                SEVERITY_COLOURS[_overload_severity()],
            )

        # Hour lines and labels.
        painter.setFont(pixel_font(base, 10))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = grid.top() + (hour - self.first_hour) * hour_h
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
            if hour < self.last_hour:
                painter.setPen(QPen(QColor("#f1f3f4"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(grid.left(), y + hour_h / 2), QPointF(grid.right(), y + hour_h / 2)
                )
                painter.setPen(MUTED)
                painter.drawText(
                    QRectF(rect.left(), y - 7, GUTTER_W - 8, 14),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(GRID_STRONG, 1))
        for offset in range(8):
            x = grid.left() + offset * grid.width() / 7
            painter.drawLine(QPointF(x, rect.top() + HEADER_H - 6), QPointF(x, grid.bottom()))
        painter.drawLine(QPointF(grid.left(), grid.top()), QPointF(grid.right(), grid.top()))

        # Now line.
        now = datetime.now()
        if (
            first <= self.today <= first + timedelta(days=6)
            and self.first_hour <= now.hour < self.last_hour
        ):
            column = self.day_rect(self.today, rect)
            y = self.y_for(datetime.combine(self.today, now.time()), rect)
            painter.setPen(QPen(QColor("#ea4335"), 2))
            painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y))
            painter.setBrush(QColor("#ea4335"))
            painter.drawEllipse(QPointF(column.left(), y), 4, 4)

        if interactive and self.what_if_item is not None:
            for offset in range(7):
                day = first + timedelta(days=offset)
                column = self.day_rect(day, rect)
                for hour in range(self.first_hour, self.last_hour):
                    band = QRectF(
                        column.left(),
                        grid.top() + (hour - self.first_hour) * hour_h,
                        column.width(),
                        hour_h,
                    )
                    cell = self.what_if_cells.get((day, hour))
                    self.draw_what_if(painter, band, cell, False, label=False)

        for block in self.blocks(rect):
            self._draw_block(painter, block.item, block.rect, interactive)

        if interactive and self._ghost is not None and self._press_item is not None:
            start, minutes = self._ghost
            ghost = self.slot_rect(start, minutes, rect)
            painter.setOpacity(0.75)
            self._draw_block(painter, self._press_item, ghost, False, override=(start, minutes))
            painter.setOpacity(1.0)
            hovered = self.what_if_cells.get(start) if self.what_if_item is not None else None
            if hovered is not None:
                self.draw_what_if(painter, ghost, hovered, True, fill=False)
        if interactive and self._create is not None:
            start, end = self._create
            area = self.slot_rect(start, int((end - start).total_seconds() // 60), rect)
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DashLine))
            painter.setBrush(tint(SELECTED, 0.8))
            painter.drawRoundedRect(area, 4, 4)
            painter.setPen(TEXT)
            painter.setFont(pixel_font(base, 11, bold=True))
            painter.drawText(
                area.adjusted(6, 2, -4, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"{time_text(start)} – {time_text(end)}",
            )

    def _draw_block(self, painter, item, rect, interactive, override=None) -> None:
        colour = self.item_colour(item)
        fill = tint(colour, 0.72)
        painter.setPen(QPen(tint(colour, 0.3), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if item.id in self.highlighted or (interactive and self.is_selected(item)):
            painter.setPen(QPen(QColor("#d93025") if item.id in self.highlighted else SELECTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        start, minutes = override or (item.start, item.duration_minutes)
        end = start + timedelta(minutes=minutes)
        base = self.font()
        inner = rect.adjusted(8, 2, -4, -2)
        painter.setPen(QColor("#202124"))
        painter.setFont(pixel_font(base, 11, bold=True))
        title = ("↻ " if item.recurring else "") + item.title
        metrics = painter.fontMetrics()
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), 15),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        if inner.height() >= 28:
            painter.setFont(pixel_font(base, 10))
            painter.setPen(QColor("#3c4043"))
            detail = f"{time_text(start)} – {time_text(end)}"
            if item.channel is not None:
                detail += f" · {item.channel.name}"
            painter.drawText(
                QRectF(inner.left(), inner.top() + 15, inner.width(), 14),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                painter.fontMetrics().elidedText(
                    detail, Qt.TextElideMode.ElideRight, int(inner.width())
                ),
            )
        severity = self.decorations.comm_severity.get(item.id)
        if severity is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SEVERITY_COLOURS[severity])
            painter.drawEllipse(QPointF(rect.right() - 7, rect.top() + 7), 3.5, 3.5)


def _snap_delta(delta: timedelta) -> timedelta:
    minutes = int(delta.total_seconds() // 60)
    return timedelta(minutes=(minutes // SNAP_MINUTES) * SNAP_MINUTES)


def _overload_severity():
    from ...services.conflicts import SEVERITY, ConflictKind

    return SEVERITY[ConflictKind.PERSON_OVERLOAD]
