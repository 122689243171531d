"""The current calendar view as PNG, PDF or on paper, with a title, the period and a legend."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from ...domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from .agenda_view import AgendaView
from .base import MUTED, TEXT, CalendarView, pixel_font

HEADER_H = 74.0
LEGEND_ROW_H = 22.0


class ViewExportError(CommsPlannerError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The calendar could not be exported to “{path}” ({detail}). "
                "Any previous file there was left as it was.",
            ),
            path=path,
            detail=detail,
        )


def _legend_height(
    legend: list[tuple[str, str]], width: float, painter: QPainter, view: CalendarView
) -> float:
    if not legend:
        return 0.0
    painter.setFont(pixel_font(view.font(), 12))
    metrics = painter.fontMetrics()
    x, rows = 0.0, 1
    for label, _colour in legend:
        w = 22 + metrics.horizontalAdvance(label) + 18
        if x + w > width and x > 0:
            rows += 1
            x = 0.0
        x += w
    return rows * LEGEND_ROW_H + 6


def draw_header(
    painter: QPainter,
    view: CalendarView,
    rect: QRectF,
    title: str,
    subtitle: str,
    legend: list[tuple[str, str]],
) -> float:
    """Draws title, period and legend at the top of ``rect``; returns the height used."""
    painter.setPen(TEXT)
    painter.setFont(pixel_font(view.font(), 24, bold=True))
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), 34), Qt.AlignmentFlag.AlignVCenter, title
    )
    painter.setFont(pixel_font(view.font(), 14))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(rect.left(), rect.top() + 34, rect.width(), 24),
        Qt.AlignmentFlag.AlignVCenter,
        subtitle,
    )
    y = rect.top() + HEADER_H - 10
    painter.setFont(pixel_font(view.font(), 12))
    metrics = painter.fontMetrics()
    x = rect.left()
    for label, colour in legend:
        w = 22 + metrics.horizontalAdvance(label) + 18
        if x + w > rect.right() and x > rect.left():
            x = rect.left()
            y += LEGEND_ROW_H
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, y + 5, 14, 12), 3, 3)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(x + 20, y, w - 20, LEGEND_ROW_H), Qt.AlignmentFlag.AlignVCenter, label
        )
        x += w
    return (y - rect.top()) + (LEGEND_ROW_H + 10 if legend else 0)


def _render(
    painter: QPainter, view: CalendarView, rect: QRectF, title: str, subtitle: str, legend
) -> None:
    painter.fillRect(rect, QColor("#ffffff"))
    used = draw_header(painter, view, rect, title, subtitle, legend)
    body = QRectF(rect.left(), rect.top() + used, rect.width(), rect.height() - used)
    view.render_content(painter, body)


def image_of(
    view: CalendarView, title: str, subtitle: str, legend: list[tuple[str, str]]
) -> QImage:
    width, height = view.export_size()
    probe = QImage(10, 10, QImage.Format.Format_ARGB32)
    p = QPainter(probe)
    extra = HEADER_H + _legend_height(legend, width - 48, p, view)
    p.end()
    image = QImage(int(width), int(height + extra + 48), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _render(painter, view, QRectF(24, 24, width - 48, height + extra), title, subtitle, legend)
    painter.end()
    return image


def _atomic(path: Path, write) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    temporary: str | None = None
    try:
        if path.is_dir():
            raise IsADirectoryError(21, os.strerror(21))
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(fd)
        if not write(temporary):
            raise OSError(5, os.strerror(5))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise ViewExportError(str(path), exc.strerror or str(exc)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def export_png(
    view: CalendarView, path: str | os.PathLike[str], title: str, subtitle: str, legend
) -> Path:
    target = Path(path)
    image = image_of(view, title, subtitle, legend)
    _atomic(target, lambda temporary: image.save(temporary, "PNG"))
    return target


def _paint_pages(
    painter: QPainter, device, view: CalendarView, title: str, subtitle: str, legend
) -> None:
    """Fits the view to the page (landscape); a long agenda continues over several pages."""
    page = QRectF(0, 0, device.width(), device.height())
    width, height = view.export_size()
    probe_extra = HEADER_H + _legend_height(legend, width, painter, view)
    scale = page.width() / width
    if isinstance(view, AgendaView):
        page_h = page.height() / scale
        total = view.content_height()
        offset = 0.0
        first = True
        while first or offset < total:
            if not first:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            top = 0.0
            if first:
                top = draw_header(
                    painter, view, QRectF(0, 0, width, probe_extra), title, subtitle, legend
                )
            room = page_h - top
            painter.setClipRect(QRectF(0, top, width, room))
            painter.translate(0, top - offset)
            view.render_content(painter, QRectF(0, 0, width, max(total, room)))
            painter.restore()
            offset += _page_break(view, offset, room)
            first = False
        return
    scale = min(page.width() / width, page.height() / (height + probe_extra))
    painter.scale(scale, scale)
    _render(painter, view, QRectF(0, 0, width, height + probe_extra), title, subtitle, legend)


def _page_break(view: AgendaView, offset: float, room: float) -> float:
    """How far the next page starts: at the last row boundary that fits."""
    limit = offset + room
    best = offset
    for _kind, _obj, top, height in view.row_bounds():
        if top + height <= limit:
            best = top + height
    return max(best - offset, room if best == offset else 0.0) or room


def export_pdf(
    view: CalendarView, path: str | os.PathLike[str], title: str, subtitle: str, legend
) -> Path:
    target = Path(path)

    def write(temporary: str) -> bool:
        writer = QPdfWriter(temporary)
        writer.setResolution(150)
        writer.setTitle(title)
        writer.setCreator("Comms Planner")
        orientation = (
            QPageLayout.Orientation.Portrait
            if isinstance(view, AgendaView)
            else QPageLayout.Orientation.Landscape
        )
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12))
        )
        painter = QPainter()
        if not painter.begin(writer):
            return False
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_pages(painter, writer, view, title, subtitle, legend)
        painter.end()
        return True

    _atomic(target, write)
    return target


def print_view(printer: QPrinter, view: CalendarView, title: str, subtitle: str, legend) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_pages(painter, printer, view, title, subtitle, legend)
    painter.end()
    return True


def page_size_hint() -> QSizeF:
    return QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
