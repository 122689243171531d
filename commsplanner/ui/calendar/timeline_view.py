"""Timeline view: Gantt-like swimlanes of campaigns over a quarter, half-year or year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QWidget

from ...services.calendar import CalendarItem, CampaignSpan
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
    month_name,
    pixel_font,
    tint,
)

LABEL_W = 210.0
RULER_H = 46.0
ROW_H = 30.0
BAR_H = 18.0
EDGE = 6.0


class Zoom(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


ZOOM_MONTHS = {Zoom.QUARTER: 3, Zoom.HALF: 6, Zoom.YEAR: 12}


class GroupBy(StrEnum):
    CAMPAIGN = "campaign"
    SEGMENT = "segment"
    CHANNEL = "channel"
    VALUE = "value"


@dataclass
class _Row:
    lane: str
    lane_key: object
    span: CampaignSpan
    items: list[CalendarItem]
    first_in_lane: bool


class TimelineView(CalendarView):
    zoom_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = Zoom.QUARTER
        self.group_by = GroupBy.CAMPAIGN
        self.names: dict[GroupBy, dict[int, str]] = {g: {} for g in GroupBy}
        self.none_label = self.tr("(none)")
        self.window_start = _period_start(self.current, self.zoom)
        self._rows: list[_Row] = []
        self._press: QPointF | None = None
        self._press_span: CampaignSpan | None = None
        self._press_item: CalendarItem | None = None
        self._mode = ""
        self._dragging = False
        self._preview: tuple[date, date] | None = None
        self._marker_day: date | None = None
        self._press_row: _Row | None = None
        self._marker_pixmaps: dict[tuple, QPixmap] = {}
        self.setMinimumWidth(560)

    # ------------------------------------------------------------------ range and zoom
    def window_days(self) -> int:
        end = _add_months(self.window_start, ZOOM_MONTHS[self.zoom])
        return (end - self.window_start).days

    def visible_range(self) -> tuple[date, date]:
        return self.window_start, self.window_start + timedelta(days=self.window_days() - 1)

    def load_range(self) -> tuple[date, date]:
        """Whole years around the window, so scrolling within them needs no reload."""
        first, last = self.visible_range()
        return date(first.year, 1, 1), date(last.year, 12, 31)

    def _moved(self, before: tuple[date, date]) -> None:
        """Reloads when the loaded years changed, else just repaints."""
        if self.load_range() != before:
            self.range_changed.emit()
        self.update()

    def title(self) -> str:
        first, last = self.visible_range()
        if first.year == last.year:
            return f"{month_name(first.month).capitalize()} – {month_name(last.month)} {first.year}"
        return f"{month_name(first.month, short=True)} {first.year} – {month_name(last.month, short=True)} {last.year}"

    def set_zoom(self, zoom: Zoom | str) -> None:
        before = self.load_range()
        self.zoom = Zoom(zoom)
        self.window_start = _period_start(self.current, self.zoom)
        self.zoom_changed.emit(self.zoom.value)
        self.current_date_changed.emit(self.current)
        self._moved(before)

    def zoom_in(self) -> None:
        order = list(Zoom)
        self.set_zoom(order[max(order.index(self.zoom) - 1, 0)])

    def zoom_out(self) -> None:
        order = list(Zoom)
        self.set_zoom(order[min(order.index(self.zoom) + 1, len(order) - 1)])

    def set_group_by(self, group_by: GroupBy | str) -> None:
        self.group_by = GroupBy(group_by)
        self.content_changed()
        self.update()

    def set_names(
        self, segments: dict[int, str], channels: dict[int, str], values: dict[int, str]
    ) -> None:
        self.names[GroupBy.SEGMENT] = segments
        self.names[GroupBy.CHANNEL] = channels
        self.names[GroupBy.VALUE] = values

    def set_current(self, day: date) -> None:
        first, last = self.visible_range()
        before = self.load_range()
        self.current = day
        if not first <= day <= last:
            self.window_start = _period_start(day, self.zoom)
        self.current_date_changed.emit(day)
        self._moved(before)

    def sync_to(self, day: date) -> None:
        first, last = self.visible_range()
        self.current = day
        if not first <= day <= last:
            self.window_start = _period_start(day, self.zoom)

    def scroll_days(self, days: int) -> None:
        """Moves the window (wheel, Shift+arrows) without changing the zoom."""
        before = self.load_range()
        self.window_start += timedelta(days=days)
        first, last = self.visible_range()
        self.current = min(max(self.current, first), last)
        self.current_date_changed.emit(self.current)
        self._moved(before)

    def step_days(self) -> tuple[int, int]:
        return 1, 7

    def shift_period(self, direction: int) -> None:
        before = self.load_range()
        months = ZOOM_MONTHS[self.zoom] * direction
        self.window_start = _add_months(self.window_start, months)
        self.current = _add_months(self.current, months)
        self.current_date_changed.emit(self.current)
        self._moved(before)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta.y() > 0:
                self.zoom_in()
            elif delta.y() < 0:
                self.zoom_out()
            event.accept()
            return
        amount = delta.x() or delta.y()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            self.scroll_days(-7 if amount > 0 else 7)
            event.accept()
            return
        event.ignore()

    # ------------------------------------------------------------------ rows
    def content_changed(self) -> None:
        self._rows = self._build_rows()
        self.setMinimumHeight(int(RULER_H + max(len(self._rows), 3) * ROW_H + 8))

    def _build_rows(self) -> list[_Row]:
        spans = {s.id: s for s in self.spans}
        rows: list[_Row] = []
        if self.group_by is GroupBy.CAMPAIGN:
            by_campaign: dict[int, list[CalendarItem]] = {}
            for item in self.items:
                by_campaign.setdefault(item.campaign.id, []).append(item)  # type: ignore[arg-type]
            for span in self.spans:
                rows.append(
                    _Row(span.campaign.name, span.id, span, by_campaign.get(span.id, []), True)
                )
            return rows
        lanes: dict[object, dict[int, list[CalendarItem]]] = {}
        for item in self.items:
            for key in self._keys(item) or (None,):
                lanes.setdefault(key, {}).setdefault(item.campaign.id, []).append(item)  # type: ignore[arg-type]
        names = self.names[self.group_by]

        def lane_name(key: object) -> str:
            return self.none_label if key is None else names.get(key, str(key))  # type: ignore[arg-type]

        for key in sorted(lanes, key=lambda k: (k is None, lane_name(k).casefold())):
            first = True
            for campaign_id, items in sorted(
                lanes[key].items(),
                key=lambda kv: spans[kv[0]].start if kv[0] in spans else date.max,
            ):
                span = spans.get(campaign_id)
                if span is None:
                    continue
                rows.append(_Row(lane_name(key), key, span, items, first))
                first = False
        return rows

    def _keys(self, item: CalendarItem) -> tuple:
        if self.group_by is GroupBy.SEGMENT:
            return item.segment_ids
        if self.group_by is GroupBy.CHANNEL:
            return (item.channel.id,) if item.channel is not None else ()
        return item.value_ids

    # ------------------------------------------------------------------ geometry
    def _x_for(self, day: date, rect: QRectF) -> float:
        width = rect.width() - LABEL_W
        return rect.left() + LABEL_W + (day - self.window_start).days * width / self.window_days()

    def _day_width(self, rect: QRectF) -> float:
        return (rect.width() - LABEL_W) / self.window_days()

    def day_at_x(self, x: float, rect: QRectF | None = None) -> date:
        rect = rect or QRectF(self.rect())
        offset = int((x - rect.left() - LABEL_W) // self._day_width(rect))
        return self.window_start + timedelta(days=offset)

    def rows(self) -> list[_Row]:
        return self._rows

    def row_rect(self, index: int, rect: QRectF | None = None) -> QRectF:
        rect = rect or QRectF(self.rect())
        return QRectF(rect.left(), rect.top() + RULER_H + index * ROW_H, rect.width(), ROW_H)

    def bar_rect(
        self, campaign_id: int, lane_key: object = None, rect: QRectF | None = None
    ) -> QRectF | None:
        rect = rect or QRectF(self.rect())
        for index, row in enumerate(self._rows):
            if row.span.id == campaign_id and (lane_key is None or row.lane_key == lane_key):
                return self._bar_for(row, index, rect)
        return None

    def _bar_for(self, row: _Row, index: int, rect: QRectF) -> QRectF:
        line = self.row_rect(index, rect)
        left = self._x_for(row.span.start, rect)
        right = self._x_for(row.span.end + timedelta(days=1), rect)
        return QRectF(left, line.center().y() - BAR_H / 2, max(right - left, 3.0), BAR_H)

    def marker_rect(
        self, comm_id: int, day: date | None = None, rect: QRectF | None = None
    ) -> QRectF | None:
        rect = rect or QRectF(self.rect())
        for index, row in enumerate(self._rows):
            for item in row.items:
                if item.id == comm_id and (day is None or item.day == day):
                    return self._marker_for(item, index, rect)
        return None

    def _marker_for(self, item: CalendarItem, index: int, rect: QRectF) -> QRectF:
        line = self.row_rect(index, rect)
        x = self._x_for(item.day, rect) + self._day_width(rect) / 2
        size = 11.0
        return QRectF(x - size / 2, line.center().y() - size / 2, size, size)

    def _hit(self, pos: QPointF):
        rect = QRectF(self.rect())
        for index, row in enumerate(self._rows):
            if not self.row_rect(index, rect).contains(pos):
                continue
            for item in row.items:
                if self._marker_for(item, index, rect).adjusted(-2, -2, 2, 2).contains(pos):
                    return "marker", row, item
            bar = self._bar_for(row, index, rect)
            if bar.adjusted(-EDGE, 0, EDGE, 0).contains(pos):
                if abs(pos.x() - bar.left()) <= EDGE:
                    return "start", row, None
                if abs(pos.x() - bar.right()) <= EDGE:
                    return "end", row, None
                return "bar", row, None
        return None

    def item_at_point(self, pos: QPointF) -> CalendarItem | None:
        hit = self._hit(pos)
        return hit[2] if hit is not None else None

    def what_if_row(self) -> int | None:
        """The row whose marker is being dragged (its days are tinted)."""
        if self._press_row is None:
            return None
        for index, row in enumerate(self._rows):
            if row is self._press_row:
                return index
        return None

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        pos = event.position()
        hit = self._hit(pos)
        self._press = pos
        self._dragging = False
        self._preview = None
        self._marker_day = None
        self._press_item = None
        self._press_span = None
        if hit is None:
            self._mode = ""
            if pos.x() > LABEL_W:
                self.set_current(self.day_at_x(pos.x()))
            return None
        mode, row, item = hit
        self._mode = mode
        self._press_row = row
        self._press_span = row.span
        if item is not None:
            self._press_item = item
            self.select(item)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if self._press is None:
            hit = self._hit(pos)
            if hit and hit[0] in ("start", "end"):
                self.setCursor(Qt.CursorShape.SizeHorCursor)
            elif hit and hit[0] == "marker":
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.unsetCursor()
            return
        if not self._dragging and (pos - self._press).manhattanLength() < self.DRAG_THRESHOLD:
            return
        self._dragging = True
        day = self.day_at_x(pos.x())
        span = self._press_span
        if span is None:
            return
        if self._mode == "start":
            self._preview = (min(day, span.end), span.end)
        elif self._mode == "end":
            self._preview = (span.start, max(day, span.start))
        elif self._mode == "marker":
            self._marker_day = day
            item = self._press_item
            if item is not None:
                if self.what_if_item is None:
                    self.begin_what_if(item)
                    first, last = self.visible_range()
                    candidate = first
                    while candidate <= last:
                        self.what_if_at(candidate, datetime.combine(candidate, item.start.time()))
                        candidate += timedelta(days=1)
                self.hover_what_if(
                    day, datetime.combine(day, item.start.time()), event.globalPosition().toPoint()
                )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        mode, span, item, preview, marker_day, dragging = (
            self._mode,
            self._press_span,
            self._press_item,
            self._preview,
            self._marker_day,
            self._dragging,
        )
        self._press = None
        self._press_span = None
        self._press_item = None
        self._preview = None
        self._marker_day = None
        self._press_row = None
        self._dragging = False
        self.end_what_if()
        self.update()
        if not dragging or span is None:
            return
        if mode in ("start", "end") and preview is not None and preview != (span.start, span.end):
            self.campaign_dates_requested.emit(span.id, preview[0], preview[1])
        elif mode == "marker" and item is not None and marker_day and marker_day != item.day:
            self.move_requested.emit(item, datetime.combine(marker_day, item.start.time()), None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hit = self._hit(event.position())
        if hit and hit[2] is not None:
            self.activated.emit(hit[2])

    # ------------------------------------------------------------------ painting
    def render_content(self, painter: QPainter, rect: QRectF, *, interactive: bool = False) -> None:
        base = self.font()
        painter.fillRect(rect, QColor("#ffffff"))
        first, last = self.visible_range()
        day_w = self._day_width(rect)
        days = self.window_days()
        x0 = rect.left() + LABEL_W
        bottom = rect.top() + RULER_H + max(len(self._rows), 1) * ROW_H

        # Holidays and blackouts as faint columns.
        for day, _name in self.decorations.blackouts.items():
            if first <= day <= last:
                painter.fillRect(
                    QRectF(
                        self._x_for(day, rect),
                        rect.top() + RULER_H,
                        day_w,
                        bottom - rect.top() - RULER_H,
                    ),
                    BLACKOUT_BG,
                )
        for day, _name in self.decorations.holidays.items():
            if first <= day <= last:
                painter.fillRect(
                    QRectF(
                        self._x_for(day, rect),
                        rect.top() + RULER_H,
                        day_w,
                        bottom - rect.top() - RULER_H,
                    ),
                    HOLIDAY_BG,
                )

        # Lane backgrounds and labels.
        lane_index = -1
        for index, row in enumerate(self._rows):
            line = self.row_rect(index, rect)
            if row.first_in_lane:
                lane_index += 1
            if lane_index % 2:
                painter.fillRect(
                    QRectF(rect.left(), line.top(), rect.width(), line.height()),
                    QColor(248, 249, 250, 200),
                )
            if row.first_in_lane:
                painter.setPen(
                    QPen(GRID_STRONG if self.group_by is not GroupBy.CAMPAIGN else GRID, 1)
                )
                painter.drawLine(
                    QPointF(rect.left(), line.top()), QPointF(rect.right(), line.top())
                )
            label_rect = QRectF(rect.left() + 10, line.top(), LABEL_W - 16, line.height())
            painter.setPen(TEXT)
            if self.group_by is GroupBy.CAMPAIGN:
                # How many communications the row holds, right-aligned beside the name.
                painter.setFont(pixel_font(base, 10))
                painter.setPen(MUTED)
                count = self.tr("%n communication(s)", "", len(row.items))
                painter.drawText(
                    label_rect,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    count,
                )
                label_rect = label_rect.adjusted(
                    0, 0, -painter.fontMetrics().horizontalAdvance(count) - 8, 0
                )
                painter.setPen(TEXT)
                painter.setFont(pixel_font(base, 12))
                text = row.lane
            else:
                painter.setFont(pixel_font(base, 12, bold=row.first_in_lane))
                text = row.lane if row.first_in_lane else ""
                sub = QRectF(rect.left() + 10, line.top(), LABEL_W - 16, line.height())
                if not row.first_in_lane:
                    painter.setFont(pixel_font(base, 11))
                    painter.setPen(MUTED)
                    text = "   " + row.span.campaign.name
                label_rect = sub
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, int(label_rect.width())
                ),
            )

        # Ruler: months and week ticks.
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), RULER_H), QColor("#ffffff"))
        month = first.replace(day=1)
        painter.setFont(pixel_font(base, 12, bold=True))
        while month <= last:
            x = max(self._x_for(month, rect), rect.left() + LABEL_W)
            nxt = _add_months(month, 1)
            x2 = min(self._x_for(nxt, rect), rect.right())
            painter.setPen(QPen(GRID_STRONG, 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, bottom))
            painter.setPen(TEXT)
            label = (
                f"{month_name(month.month).capitalize()} {month.year}"
                if self.zoom is Zoom.QUARTER
                else month_name(month.month, short=True).capitalize()
            )
            painter.drawText(
                QRectF(x + 6, rect.top() + 2, max(x2 - x - 8, 0), 20),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(max(x2 - x - 8, 0))
                ),
            )
            month = nxt
        painter.setFont(pixel_font(base, 9))
        monday = self.week_of(first)
        while monday <= last:
            if monday >= first:
                x = self._x_for(monday, rect)
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(x, rect.top() + 24), QPointF(x, bottom))
                if day_w * 7 >= 22:
                    painter.setPen(MUTED)
                    painter.drawText(
                        QRectF(x + 2, rect.top() + 24, day_w * 7 - 2, 18),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                        str(monday.day)
                        if day_w * 7 < 40
                        else self.tr("W%1").replace("%1", str(monday.isocalendar()[1])),
                    )
                overload = self.decorations.week_overload.get(monday)
                if overload:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(SEVERITY_COLOURS[_overload_severity()])
                    painter.drawRect(QRectF(x, rect.top() + RULER_H - 4, day_w * 7, 4))
            monday += timedelta(days=7)
        painter.setPen(QPen(GRID_STRONG, 1))
        painter.drawLine(
            QPointF(rect.left(), rect.top() + RULER_H), QPointF(rect.right(), rect.top() + RULER_H)
        )
        painter.drawLine(
            QPointF(rect.left() + LABEL_W, rect.top()), QPointF(rect.left() + LABEL_W, bottom)
        )

        # What-if: the days of the dragged marker's row, tinted by what a drop would do.
        row_index = self.what_if_row() if interactive and self.what_if_item is not None else None
        if row_index is not None:
            band = self.row_rect(row_index, rect)
            painter.save()
            painter.setClipRect(
                QRectF(rect.left() + LABEL_W, rect.top(), rect.width() - LABEL_W, rect.height())
            )
            for offset in range(days):
                day = first + timedelta(days=offset)
                cell = self.what_if_cells.get(day)
                if cell is None:
                    continue
                area = QRectF(self._x_for(day, rect), band.top() + 1, day_w, band.height() - 2)
                self.draw_what_if(painter, area, cell, day == self.what_if_hover)
            painter.restore()

        # Bars and markers.
        painter.save()
        painter.setClipRect(
            QRectF(rect.left() + LABEL_W, rect.top(), rect.width() - LABEL_W, rect.height())
        )
        for index, row in enumerate(self._rows):
            bar = self._bar_for(row, index, rect)
            span = row.span
            if interactive and self._preview is not None and self._press_span is span:
                left = self._x_for(self._preview[0], rect)
                right = self._x_for(self._preview[1] + timedelta(days=1), rect)
                bar = QRectF(left, bar.top(), max(right - left, 3.0), bar.height())
            colour = QColor(span.colours[self.colour_by])
            fill = tint(colour, 0.45)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(bar, 5, 5)
            # Thousands of markers: positions computed inline, and a marker identical to
            # one already drawn on the same day of the same row is skipped.
            centre_y = self.row_rect(index, rect).center().y()
            drawn: set[tuple] = set()
            for item in row.items:
                offset = (item.start.date() - self.window_start).days
                if offset < 0 or offset >= days:
                    continue
                dragged = interactive and self._marker_day and self._press_item is item
                if dragged:
                    offset = (self._marker_day - self.window_start).days
                key = self._marker_key(item, interactive)
                if not dragged and (offset, key) in drawn:
                    continue
                drawn.add((offset, key))
                x = x0 + (offset + 0.5) * day_w
                pixmap = self._marker_pixmaps.get(key)
                if pixmap is None:
                    pixmap = self._marker_pixmaps[key] = _marker_pixmap(*key)
                painter.drawPixmap(
                    QRectF(x - 8.5, centre_y - 8.5, 17, 17), pixmap, QRectF(pixmap.rect())
                )
        painter.restore()

        # Today.
        if first <= self.today <= last:
            x = self._x_for(self.today, rect) + day_w / 2
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(QPointF(x, rect.top() + 22), QPointF(x, bottom))
            painter.setBrush(TODAY)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(x, rect.top() + 22), 4, 4)
        if interactive and first <= self.current <= last and self.hasFocus():
            x = self._x_for(self.current, rect)
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, rect.top() + RULER_H, day_w, bottom - rect.top() - RULER_H))

    def _marker_key(self, item: CalendarItem, interactive: bool) -> tuple:
        if item.id in self.highlighted:
            state = "highlighted"
        elif interactive and self.is_selected(item):
            state = "selected"
        else:
            state = ""
        return (item.colours[self.colour_by], state, self.decorations.comm_severity.get(item.id))

    def export_size(self) -> tuple[int, int]:
        return 1800, int(max(RULER_H + len(self._rows) * ROW_H + 20, 700))


def _marker_pixmap(colour: str, state: str, severity) -> QPixmap:
    """A diamond marker (17 x 17 logical pixels around an 11-pixel diamond), drawn at 2x."""
    scale = 2
    size = 17
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    c, r = size / 2, 5.5
    diamond = QPolygonF(
        [QPointF(c, c - r), QPointF(c + r, c), QPointF(c, c + r), QPointF(c - r, c)]
    )
    outline, width = QColor("#ffffff"), 1.5
    if state == "highlighted":
        outline, width = QColor("#d93025"), 2.5
    elif state == "selected":
        outline, width = SELECTED, 2.5
    painter.setPen(QPen(outline, width))
    painter.setBrush(QColor(colour))
    painter.drawPolygon(diamond)
    if severity is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEVERITY_COLOURS[severity])
        painter.drawEllipse(QPointF(c + r, c - r), 2.5, 2.5)
    painter.end()
    return pixmap


def _period_start(day: date, zoom: Zoom) -> date:
    months = ZOOM_MONTHS[zoom]
    month = ((day.month - 1) // months) * months + 1
    return date(day.year, month, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (nxt - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def _overload_severity():
    from ...services.conflicts import SEVERITY, ConflictKind

    return SEVERITY[ConflictKind.PERSON_OVERLOAD]
