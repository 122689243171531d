"""Agenda view: the communications of a month as a printable list, day by day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...services.calendar import CalendarItem
from .base import (
    GRID,
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

DAY_H = 32.0
ROW_H = 40.0
TOP_PAD = 8.0


class AgendaView(CalendarView):
    """Rows per communication under a header per day; only days with something planned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_names: dict[str, str] = {}
        self.segment_names: dict[int, str] = {}
        self.empty_text = self.tr("Nothing is planned in this period.")
        self._rows: list[tuple[str, object, float, float]] = []

    def visible_range(self) -> tuple[date, date]:
        first = self.current.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1)

    def title(self) -> str:
        return f"{month_name(self.current.month).capitalize()} {self.current.year}"

    def shift_period(self, direction: int) -> None:
        first = self.current.replace(day=1)
        if direction > 0:
            self.set_current((first + timedelta(days=32)).replace(day=1))
        else:
            self.set_current((first - timedelta(days=1)).replace(day=1))

    def content_changed(self) -> None:
        self._rows = self.row_bounds()
        self.setMinimumHeight(int(self.content_height()))

    def row_bounds(self) -> list[tuple[str, object, float, float]]:
        """("day", date, top, height) and ("item", CalendarItem, top, height), in order."""
        rows: list[tuple[str, object, float, float]] = []
        y = TOP_PAD
        last_day: date | None = None
        first, last = self.visible_range()
        for item in self.items:
            if not first <= item.day <= last:
                continue
            if item.day != last_day:
                rows.append(("day", item.day, y, DAY_H))
                y += DAY_H
                last_day = item.day
            rows.append(("item", item, y, ROW_H))
            y += ROW_H
        return rows

    def content_height(self) -> float:
        if not self._rows:
            return 120.0
        _kind, _obj, top, height = self._rows[-1]
        return top + height + TOP_PAD

    def item_rect(self, comm_id: int, day: date | None = None) -> QRectF | None:
        for kind, obj, top, height in self._rows:
            if kind == "item" and obj.id == comm_id and (day is None or obj.day == day):  # type: ignore[attr-defined]
                return QRectF(0, top, self.width(), height)
        return None

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        for kind, obj, top, height in self._rows:
            if kind == "item" and top <= pos.y() < top + height:
                return obj  # type: ignore[return-value]
        return None

    def item_at_point(self, pos: QPointF) -> CalendarItem | None:
        return self.item_at(pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.setFocus()
        item = self.item_at(event.position())
        if item is not None:
            self.select(item)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.position())
        if item is not None:
            self.activated.emit(item)

    def render_content(self, painter: QPainter, rect: QRectF, *, interactive: bool = False) -> None:
        base = self.font()
        painter.fillRect(rect, QColor("#ffffff"))
        if not self._rows:
            painter.setPen(MUTED)
            painter.setFont(pixel_font(base, 13))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        for kind, obj, top, height in self._rows:
            row = QRectF(rect.left(), rect.top() + top, rect.width(), height)
            if kind == "day":
                day: date = obj  # type: ignore[assignment]
                painter.fillRect(row.adjusted(0, 4, 0, 0), QColor("#f1f3f4"))
                painter.setFont(pixel_font(base, 13, bold=True))
                painter.setPen(TODAY if day == self.today else TEXT)
                label = (
                    f"{day_name(day, short=False).capitalize()} {day.day} {month_name(day.month)}"
                )
                painter.drawText(row.adjusted(16, 4, -16, 0), Qt.AlignmentFlag.AlignVCenter, label)
                holiday = self.decorations.holidays.get(day) or self.decorations.blackouts.get(day)
                if holiday:
                    painter.setFont(pixel_font(base, 11))
                    painter.setPen(QColor("#b3261e"))
                    painter.drawText(
                        row.adjusted(16, 4, -16, 0),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                        holiday,
                    )
                continue
            item: CalendarItem = obj  # type: ignore[assignment]
            if interactive and self.is_selected(item):
                painter.fillRect(row, tint(SELECTED, 0.88))
            if item.id in self.highlighted:
                painter.fillRect(row, QColor("#fce8e6"))
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(
                QPointF(row.left() + 16, row.bottom()), QPointF(row.right() - 16, row.bottom())
            )
            painter.setFont(pixel_font(base, 12, bold=True))
            painter.setPen(TEXT)
            times = f"{time_text(item.start)} – {time_text(item.end)}"
            painter.drawText(
                QRectF(row.left() + 16, row.top(), 110, 22), Qt.AlignmentFlag.AlignVCenter, times
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.item_colour(item))
            painter.drawEllipse(QPointF(row.left() + 136, row.top() + 11), 5, 5)
            painter.setPen(TEXT)
            painter.setFont(pixel_font(base, 12, bold=True))
            title = ("↻ " if item.recurring else "") + item.title
            text_w = row.width() - 160 - 150
            painter.drawText(
                QRectF(row.left() + 150, row.top(), text_w, 22),
                Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(text_w)),
            )
            details = [item.campaign.name]
            if item.channel is not None:
                details.append(item.channel.name)
            segments = [self.segment_names.get(s, str(s)) for s in item.segment_ids]
            if segments:
                details.append(", ".join(segments))
            if item.owner:
                details.append(item.owner)
            painter.setFont(pixel_font(base, 11))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(row.left() + 150, row.top() + 19, text_w, 18),
                Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    " · ".join(details), Qt.TextElideMode.ElideRight, int(text_w)
                ),
            )
            status = self.status_names.get(item.status.value, item.status.value)
            painter.setFont(pixel_font(base, 11))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(row.right() - 160, row.top(), 144, 22),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                status,
            )
            severity = self.decorations.comm_severity.get(item.id)
            if severity is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SEVERITY_COLOURS[severity])
                painter.drawEllipse(QPointF(row.right() - 22, row.top() + 29), 4, 4)

    def export_size(self) -> tuple[int, int]:
        return 1200, int(max(self.content_height(), 400))
