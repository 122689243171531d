"""Charts of the Word plan: values coverage, timeline of the period and channel mix.

Each function returns a matplotlib ``Figure`` built without pyplot's global state, so the
same figure can be shown in Qt (FigureCanvasQTAgg) or saved as a print-resolution PNG with
:func:`figure_png`. matplotlib is imported inside the functions: start-up must stay fast.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from .plan_report import DateFormat, PlanReport, month_end

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..i18n import Catalog

PRINT_DPI = 200
FONT = "DejaVu Sans"
# The document's palette (see export_docx): deep navy, teal for listening, warm accents.
NAVY = "#1F3A5F"
TEAL = "#2A9D8F"
SAND = "#E9C46A"
CORAL = "#E76F51"
GREY = "#6B7280"
LIGHT = "#E5E7EB"
# Usable widths of an A4 page with the document's margins, in inches.
PORTRAIT_WIDTH = 6.5
LANDSCAPE_WIDTH = 9.9


@cache
def _font_charmap() -> frozenset[int]:
    """Code points the chart font can draw, so labels never produce missing-glyph boxes."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=FONT))
    return frozenset(FT2Font(path).get_charmap())


def chart_text(text: str, limit: int = 60) -> str:
    """A label the chart font can draw: unknown glyphs (emoji, …) dropped, long text cut."""
    drawable = _font_charmap()
    cleaned = "".join(
        ch
        for ch in text
        if ch == " " or (ord(ch) in drawable and unicodedata.category(ch)[0] not in ("C",))
    )
    cleaned = " ".join(cleaned.split())
    # mathtext would interpret "$…$"; escape it so labels are shown as typed.
    cleaned = cleaned.replace("$", r"\$")
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned or "–"


def month_labels(dates: DateFormat, months: list, many_years: bool) -> list[str]:
    """Short month names; across years, the year goes under the first month and each January."""
    labels = []
    for index, month in enumerate(months):
        label = dates.month_short(month)
        if many_years and (index == 0 or month.month == 1):
            label += f"\n{month.year}"
        labels.append(label)
    return labels


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9CA3AF")
    ax.tick_params(colors="#374151", labelsize=7.5, length=2.5)


def _rc() -> dict[str, object]:
    return {
        "font.family": FONT,
        "font.size": 8,
        "axes.titlesize": 9,
        "axes.titleweight": "bold",
        "axes.titlecolor": NAVY,
        "axes.labelcolor": "#374151",
        "svg.fonttype": "none",
    }


def figure_png(fig: Figure, dpi: int = PRINT_DPI) -> bytes:
    """The figure as PNG bytes at print resolution."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


# ---------------------------------------------------------------------------- values × month
def values_coverage_figure(report: PlanReport, cat: Catalog, max_height: float = 6.5) -> Figure:
    """Heatmap of how strongly the plan promotes each value in each month."""
    import matplotlib
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    dates = DateFormat(report.language)
    names = [chart_text(v.value.name, 32) for v in report.values]
    months = report.months
    data = np.array(report.coverage, dtype=float) if report.values else np.zeros((0, 0))
    with matplotlib.rc_context(_rc()):
        height = min(1.0 + 0.3 * max(len(names), 1), max_height)
        fig = _new_figure(PORTRAIT_WIDTH, height)
        ax = fig.add_subplot()
        if data.size == 0 or not months:
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                cat.translate("export", "No values or no months to show"),
                ha="center",
                color=GREY,
            )
            return fig
        cmap = LinearSegmentedColormap.from_list("cp", ["#F5F7FA", "#A8C5DA", TEAL, NAVY])
        vmax = max(float(data.max()), 1.0)
        image = ax.imshow(
            data, aspect="auto", cmap=cmap, vmin=0, vmax=vmax, interpolation="nearest"
        )
        many_years = months[0].year != months[-1].year
        step = max(1, len(months) // 18 + (1 if len(months) > 18 else 0))
        ax.set_xticks(range(0, len(months), step))
        ax.set_xticklabels(month_labels(dates, months[::step], many_years), fontsize=7.5)
        ax.set_yticks(range(len(names)))
        ax.set_yticklabels(names, fontsize=8)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        # White grid between cells reads as a calendar.
        ax.set_xticks(np.arange(-0.5, len(months), 1), minor=True)
        ax.set_yticks(np.arange(-0.5, len(names), 1), minor=True)
        ax.grid(which="minor", color="white", linewidth=1.5)
        ax.tick_params(which="minor", length=0)
        if len(months) <= 24:
            for (i, j), value in np.ndenumerate(data):
                if value <= 0:
                    ax.text(j, i, "·", ha="center", va="center", fontsize=7, color="#C0C6CF")
                    continue
                label = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
                ax.text(
                    j,
                    i,
                    label,
                    ha="center",
                    va="center",
                    fontsize=6.5,
                    color="white" if value > vmax * 0.45 else "#1F2937",
                )
        bar = fig.colorbar(image, ax=ax, shrink=0.85, pad=0.01, aspect=25)
        bar.outline.set_visible(False)
        bar.ax.tick_params(labelsize=6.5, length=0, colors="#374151")
        bar.set_label(cat.translate("export", "Weighted communications"), fontsize=7)
    return fig


# ---------------------------------------------------------------------------- timeline
def timeline_figure(
    report: PlanReport, cat: Catalog, max_rows: int = 25, width: float = LANDSCAPE_WIDTH
) -> Figure:
    """Gantt chart of the most important campaigns of the period, with their communications."""
    import matplotlib
    from matplotlib.dates import date2num

    dates = DateFormat(report.language)
    rank = {"critical": 0, "high": 1, "normal": 2, "low": 3}
    entries = [e for e in report.campaigns if e.first or e.last]
    chosen = sorted(
        entries,
        key=lambda e: (rank.get(str(e.campaign.priority), 2), -len(e.comms), e.campaign.name),
    )[:max_rows]
    chosen.sort(key=lambda e: (e.first or report.first, e.campaign.name.casefold()))
    with matplotlib.rc_context(_rc()):
        row = 0.2 if width > PORTRAIT_WIDTH else 0.17
        height = min(1.0 + row * max(len(chosen), 3), 5.6)
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        _style(ax)
        start_num = date2num(report.first)
        end_num = date2num(report.last + timedelta(days=1))
        for blackout in report.blackouts:
            ax.axvspan(
                date2num(max(blackout.start, report.first)),
                date2num(min(blackout.end, report.last) + timedelta(days=1)),
                color="#F3D9D2",
                alpha=0.6,
                lw=0,
                zorder=0,
            )
        for row, entry in enumerate(chosen):
            first = max(entry.campaign.start or entry.first or report.first, report.first)
            last = min(entry.campaign.end or entry.last or report.last, report.last)
            if entry.first:
                first = min(first, entry.first)
            if entry.last:
                last = max(last, entry.last)
            left = date2num(first)
            width = max(date2num(last + timedelta(days=1)) - left, 1.0)
            colour = entry.campaign.colour
            ax.barh(row, width, left=left, height=0.56, color=colour, alpha=0.28, lw=0, zorder=2)
            ax.barh(
                row, width, left=left, height=0.56, fill=False, edgecolor=colour, lw=0.8, zorder=3
            )
            days = sorted({c.start.date() for c in entry.comms})
            if days:
                ax.scatter(
                    [date2num(d) + 0.5 for d in days],
                    [row] * len(days),
                    s=9,
                    color=colour,
                    edgecolors="white",
                    linewidths=0.4,
                    zorder=4,
                )
        ax.set_ylim(len(chosen) - 0.5 if chosen else 0.5, -0.5)
        ax.set_yticks(range(len(chosen)))
        ax.set_yticklabels([chart_text(e.campaign.name, 42) for e in chosen], fontsize=7.5)
        ax.set_xlim(start_num, end_num)
        months = report.months
        step = max(1, (len(months) + 17) // 18)
        ticks = months[::step]
        many_years = months[0].year != months[-1].year if months else False
        # Month names sit in the middle of their month; lines mark where months begin.
        ax.set_xticks([date2num(m) + 15 for m in ticks])
        ax.set_xticklabels(month_labels(dates, ticks, many_years))
        ax.tick_params(axis="x", length=0)
        for month in months:
            ax.axvline(date2num(month), color=LIGHT, lw=0.6, zorder=1)
        ax.axvline(date2num(month_end(report.last) + timedelta(days=1)), color=LIGHT, lw=0.6)
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        if not chosen:
            ax.text(
                0.5,
                0.5,
                cat.translate("export", "No campaigns in this period"),
                transform=ax.transAxes,
                ha="center",
                color=GREY,
            )
    return fig


# ---------------------------------------------------------------------------- channel mix
def channel_mix_figure(
    report: PlanReport, cat: Catalog, max_channels: int = 10, max_height: float = 4.2
) -> Figure:
    """Share of one-way and two-way communications, and communications per channel."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        rows = report.channels[:max_channels]
        height = max(2.2, min(0.9 + 0.26 * len(rows), max_height))
        fig = _new_figure(PORTRAIT_WIDTH, height)
        donut, bars = fig.subplots(1, 2, width_ratios=[1, 2.3])
        total = report.figures.communications
        two_way = round(report.figures.two_way_share * total)
        one_way = total - two_way
        donut.set_aspect("equal")
        if total:
            donut.pie(
                [one_way, two_way],
                colors=[NAVY, TEAL],
                startangle=90,
                counterclock=False,
                wedgeprops={"width": 0.36, "edgecolor": "white", "linewidth": 1.5},
            )
            donut.text(
                0,
                0.08,
                f"{report.figures.two_way_share:.0%}",
                ha="center",
                va="center",
                fontsize=15,
                fontweight="bold",
                color=TEAL,
            )
            donut.text(
                0,
                -0.22,
                cat.translate("export", "two-way"),
                ha="center",
                va="center",
                fontsize=7.5,
                color=GREY,
            )
        else:
            donut.pie([1], colors=[LIGHT], wedgeprops={"width": 0.36})
        donut.set_title(cat.translate("export", "Listening share"), loc="center")
        from matplotlib.patches import Patch

        donut.legend(
            handles=[
                Patch(color=NAVY, label=cat.translate("export", "One-way")),
                Patch(color=TEAL, label=cat.translate("export", "Two-way")),
            ],
            loc="upper center",
            bbox_to_anchor=(0.5, 0.02),
            ncols=2,
            frameon=False,
            fontsize=7,
            handlelength=1,
            columnspacing=0.8,
        )
        _style(bars)
        if rows:
            labels = [chart_text(r.channel.name, 28) for r in rows][::-1]
            counts = [r.communications for r in rows][::-1]
            colours = [TEAL if r.channel.two_way else NAVY for r in rows][::-1]
            positions = range(len(rows))
            bars.barh(positions, counts, color=colours, height=0.62)
            bars.set_yticks(list(positions))
            bars.set_yticklabels(labels)
            top = max(counts)
            for pos, count in zip(positions, counts, strict=True):
                bars.text(
                    count + top * 0.015, pos, str(count), va="center", fontsize=7, color="#374151"
                )
            bars.set_xlim(0, top * 1.15)
            bars.tick_params(axis="y", length=0)
            bars.spines["left"].set_visible(False)
            bars.xaxis.grid(True, color=LIGHT, lw=0.6)
            bars.set_axisbelow(True)
        else:
            bars.set_axis_off()
            bars.text(
                0.5,
                0.5,
                cat.translate("export", "No communications in this period"),
                ha="center",
                color=GREY,
            )
        bars.set_title(cat.translate("export", "Communications per channel"), loc="left")
    return fig
