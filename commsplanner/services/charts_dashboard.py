"""The dashboard's charts as matplotlib Figures, each with its numbers as a table.

Every function takes one aggregate of :mod:`commsplanner.services.dashboard` and a language,
and returns a :class:`ChartResult`: the ``Figure`` (built without pyplot's global state, so the
Qt page embeds it with FigureCanvasQTAgg and the Word export saves it as PNG), a
:class:`ChartTable` with every number the chart shows (the accessible alternative, also shown
by "Show numbers"), plain-language notes, and hotspots that give each bar, cell or point a
tooltip. Titles, axes and notes follow the language (``catalog(lang)``, context
``DashboardCharts``). matplotlib is imported inside the functions: start-up must stay fast.

The aggregates never contain results of groups below the anonymity threshold, so neither do
the charts or the tables built here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from .audience_fields import FIELD_LABELS, FIELDS_CONTEXT
from .charts_plan import CORAL, FONT, GREY, LIGHT, NAVY, SAND, TEAL, chart_text
from .dashboard import (
    NO_CHANNEL,
    NO_OWNER,
    ChannelMix,
    Dashboard,
    ListeningSummary,
    ReachSummary,
    SatisfactionTrends,
    ValuesCoverage,
    Workload,
    coverage_sentences,
    month_name,
    short_month,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ..i18n import Catalog

CONTEXT = "DashboardCharts"
EXPORT_DPI = 200
WIDTH = 9.0
# A qualitative palette that stays apart for colour-blind readers (Okabe–Ito, then Tableau).
SERIES_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#4C78A8",
    "#F58518",
)
INK = "#1F2937"
SOFT_INK = "#374151"
MAX_SERIES = 6
MAX_DUMBBELLS = 14
MAX_BARS = 10
MAX_MARKERS = 15

CHART_KEYS = (
    "listening",
    "coverage_month",
    "coverage_segment",
    "reach",
    "unreached",
    "channel_mix",
    "satisfaction",
    "workload",
)


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ChartTable:
    """The numbers of a chart, as text in the chart's language."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Hotspot:
    """A rectangle in data coordinates of ``fig.axes[axes]`` with the tooltip it shows."""

    axes: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def contains(self, x: float, y: float) -> bool:
        return min(self.x0, self.x1) <= x <= max(self.x0, self.x1) and min(
            self.y0, self.y1
        ) <= y <= max(self.y0, self.y1)


@dataclass
class ChartResult:
    key: str
    title: str
    figure: Figure
    table: ChartTable
    notes: list[str] = field(default_factory=list)
    hotspots: list[Hotspot] = field(default_factory=list)
    # One sentence saying what the chart shows (tooltips, screen readers).
    summary: str = ""
    # True when the chart only says there is nothing to show (the page gives it less room).
    empty: bool = False

    def tooltip_at(self, axes: int, x: float, y: float) -> str | None:
        """The tooltip of the hotspot under (x, y) of axes number ``axes``, if any."""
        for spot in self.hotspots:
            if spot.axes == axes and spot.contains(x, y):
                return spot.text
        return None


class ChartExportError(CommsPlannerError):
    """A chart could not be written; nothing was left behind."""


# ----------------------------------------------------------------------------- formatting


class Numbers:
    """Numbers and dates written the way the chart's language writes them."""

    def __init__(self, language: str) -> None:
        self.language = language

    def integer(self, value: int) -> str:
        text = f"{int(value):,}"
        if self.language == "es":
            return text.replace(",", ".") if abs(value) >= 10_000 else str(int(value))
        return text

    def decimal(self, value: float, digits: int = 1) -> str:
        text = f"{value:,.{digits}f}"
        if self.language == "es":
            whole = abs(value) >= 10_000
            text = text.replace(",", "\0").replace(".", ",").replace("\0", "." if whole else "")
        return text

    def percent(self, share: float, digits: int = 0) -> str:
        number = self.decimal(share * 100, digits)
        return f"{number} %" if self.language == "es" else f"{number}%"

    def signed(self, value: float, digits: int = 2) -> str:
        text = self.decimal(abs(value), digits)
        if value > 0:
            return "+" + text
        if value < 0:
            return "−" + text
        return text

    def day(self, day: date, tx: Callable[[str, str], str]) -> str:
        month = short_month(day, tx)
        if self.language == "es":
            return f"{day.day} {month.lower()} {day.year}"
        return f"{day.day} {month} {day.year}"


def _catalog(language: str) -> Catalog:
    from ..i18n import catalog

    return catalog(language)


def _rc() -> dict[str, Any]:
    return {
        "font.family": FONT,
        "font.size": 8,
        "axes.titlesize": 9.5,
        "axes.titleweight": "bold",
        "axes.titlecolor": NAVY,
        "axes.titlelocation": "left",
        "axes.labelcolor": SOFT_INK,
        "axes.labelsize": 8,
        "xtick.color": SOFT_INK,
        "ytick.color": SOFT_INK,
        "xtick.labelsize": 7.5,
        "ytick.labelsize": 7.5,
        "legend.fontsize": 7.5,
        "svg.fonttype": "none",
    }


def _figure(height: float, width: float = WIDTH) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained", facecolor="white")
    FigureCanvasAgg(fig)
    return fig


def _style(ax: Axes, grid: str | None = "y") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9CA3AF")
    ax.tick_params(length=2.5)
    if grid:
        getattr(ax, f"{grid}axis").grid(True, color=LIGHT, lw=0.6)
        ax.set_axisbelow(True)


def main_title(fig: Figure, title: str, titled: bool = True) -> None:
    """The chart's title above everything, left-aligned (left out where the page shows it)."""
    if titled:
        fig.suptitle(title, x=0.01, ha="left", fontsize=10, fontweight="bold", color=NAVY)


def _empty(ax: Axes, text: str) -> None:
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        color=GREY,
        fontsize=9,
        wrap=True,
    )


def _month_ticks(months: Sequence[date], tx: Callable[[str, str], str]) -> list[str]:
    many_years = bool(months) and months[0].year != months[-1].year
    labels = []
    for index, month in enumerate(months):
        label = short_month(month, tx)
        if many_years and (index == 0 or month.month == 1):
            label += f"\n{month.year}"
        labels.append(label)
    return labels


def _tick_step(count: int, most: int = 18) -> int:
    return max(1, -(-count // most))


def _heatmap(
    fig: Figure,
    ax: Axes,
    data: Any,
    rows: Sequence[str],
    columns: Sequence[str],
    *,
    cell_text: Callable[[float], str],
    tip: Callable[[int, int, float], str],
    colour_label: str,
    annotate: bool,
    highlight_rows: Sequence[int] = (),
    column_step: int = 1,
    rotate: int = 0,
) -> list[Hotspot]:
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("cp", ["#F5F7FA", "#A8C5DA", TEAL, NAVY])
    vmax = max(float(np.max(data)) if data.size else 0.0, 1e-9)
    image = ax.imshow(data, aspect="auto", cmap=cmap, vmin=0, vmax=vmax, interpolation="nearest")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([chart_text(r, 30) for r in rows])
    for index in highlight_rows:
        ax.get_yticklabels()[index].set_color(CORAL)
        ax.get_yticklabels()[index].set_fontweight("bold")
    positions = list(range(0, len(columns), column_step))
    ax.set_xticks(positions)
    ax.set_xticklabels(
        [columns[i] for i in positions],
        rotation=rotate,
        ha="right" if rotate else "center",
        rotation_mode="anchor" if rotate else "default",
    )
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(-0.5, len(columns), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(rows), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5 if len(columns) <= 40 else 0.5)
    ax.tick_params(which="minor", length=0)
    index = list(fig.axes).index(ax)
    spots: list[Hotspot] = []
    for (i, j), value in np.ndenumerate(data):
        value = float(value)
        spots.append(Hotspot(index, j - 0.5, i - 0.5, j + 0.5, i + 0.5, tip(i, j, value)))
        if not annotate:
            continue
        if value <= 0:
            ax.text(j, i, "·", ha="center", va="center", fontsize=7, color="#C0C6CF")
            continue
        ax.text(
            j,
            i,
            cell_text(value),
            ha="center",
            va="center",
            fontsize=6.5,
            color="white" if value > vmax * 0.45 else INK,
        )
    bar = fig.colorbar(image, ax=ax, shrink=0.85, pad=0.01, aspect=25)
    bar.outline.set_visible(False)
    bar.ax.tick_params(labelsize=6.5, length=0, colors=SOFT_INK)
    bar.set_label(colour_label, fontsize=7)
    return spots


# ----------------------------------------------------------------------------- listening


def listening_chart(
    summary: ListeningSummary, language: str, *, titled: bool = True
) -> ChartResult:
    """Feedback per month, stacked by channel, beside the answer rate and the oldest open item."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "Listening: feedback received per month and channel")
    channel_names = [
        ref.name if ref.id is not None else tx("Dashboard", NO_CHANNEL) for ref in summary.channels
    ]
    months = list(summary.months)
    with matplotlib.rc_context(_rc()):
        fig = _figure(3.5)
        grid = fig.add_gridspec(1, 2, width_ratios=[3.3, 1])
        ax = fig.add_subplot(grid[0])
        side = fig.add_subplot(grid[1])
        side.set_axis_off()
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if summary.received == 0 or not months:
            _empty(ax, cat.translate("DashboardCharts", "No feedback was received in this period."))
        else:
            _style(ax)
            x = np.arange(len(months))
            bottom = np.zeros(len(months))
            for ref, name, row in zip(summary.channels, channel_names, summary.counts, strict=True):
                values = np.array(row, dtype=float)
                ax.bar(
                    x,
                    values,
                    bottom=bottom,
                    width=0.68,
                    color=ref.colour,
                    label=chart_text(name, 26),
                )
                for j, value in enumerate(values):
                    if value:
                        spots.append(
                            Hotspot(
                                0,
                                j - 0.34,
                                bottom[j],
                                j + 0.34,
                                bottom[j] + value,
                                cat.translate(
                                    "DashboardCharts", "{channel}, {month}: {count}"
                                ).format(
                                    channel=name,
                                    month=month_name(months[j], tx),
                                    count=num.integer(int(value)),
                                ),
                            )
                        )
                bottom += values
            top = float(bottom.max()) if bottom.size else 0.0
            for j, total in enumerate(bottom):
                if total:
                    ax.text(
                        j,
                        total + top * 0.02,
                        num.integer(int(total)),
                        ha="center",
                        va="bottom",
                        fontsize=7,
                        color=SOFT_INK,
                    )
            ax.set_ylim(0, top * 1.15 + 0.5)
            step = _tick_step(len(months))
            ax.set_xticks(list(x[::step]))
            ax.set_xticklabels(_month_ticks(months, tx)[::step])
            ax.set_ylabel(cat.translate("DashboardCharts", "Entries received"))
            ax.yaxis.get_major_locator().set_params(integer=True)
            ax.legend(
                loc="upper left",
                ncols=min(4, len(channel_names)),
                frameon=False,
                handlelength=1,
                columnspacing=0.8,
            )
        # The side panel: the answer rate and the oldest open item in big type.
        side.text(
            0.02,
            0.93,
            cat.translate("DashboardCharts", "Answered"),
            color=GREY,
            fontsize=8,
            transform=side.transAxes,
        )
        side.text(
            0.02,
            0.74,
            num.percent(summary.share_answered) if summary.received else "–",
            fontsize=22,
            fontweight="bold",
            color=TEAL,
            transform=side.transAxes,
        )
        side.text(
            0.02,
            0.64,
            cat.translate("DashboardCharts", "{answered} of {received} entries").format(
                answered=num.integer(summary.answered), received=num.integer(summary.received)
            ),
            color=SOFT_INK,
            fontsize=7.5,
            transform=side.transAxes,
        )
        side.text(
            0.02,
            0.45,
            cat.translate("DashboardCharts", "Oldest unanswered"),
            color=GREY,
            fontsize=8,
            transform=side.transAxes,
        )
        oldest = summary.oldest_open
        if oldest is None:
            side.text(
                0.02,
                0.28,
                cat.translate("DashboardCharts", "none"),
                fontsize=16,
                fontweight="bold",
                color=TEAL,
                transform=side.transAxes,
            )
        else:
            side.text(
                0.02,
                0.28,
                cat.translate("DashboardCharts", "{days} days").format(
                    days=num.integer(oldest.age_days)
                ),
                fontsize=16,
                fontweight="bold",
                color=CORAL if oldest.age_days > 14 else NAVY,
                transform=side.transAxes,
            )
            side.text(
                0.02,
                0.18,
                cat.translate("DashboardCharts", "received {day}").format(
                    day=num.day(oldest.received, tx)
                ),
                color=SOFT_INK,
                fontsize=7.5,
                transform=side.transAxes,
            )
        side.text(
            0.02,
            0.05,
            cat.translate("DashboardCharts", "{count} still open").format(
                count=num.integer(summary.open_total)
            ),
            color=SOFT_INK,
            fontsize=7.5,
            transform=side.transAxes,
        )
    headers = (
        cat.translate("DashboardCharts", "Month"),
        *channel_names,
        cat.translate("DashboardCharts", "Total"),
    )
    rows = []
    per_month = summary.per_month
    for j, month in enumerate(months):
        rows.append(
            (
                month_name(month, tx),
                *(num.integer(row[j]) for row in summary.counts),
                num.integer(per_month[j] if per_month else 0),
            )
        )
    rows.append(
        (
            cat.translate("DashboardCharts", "Total"),
            *(num.integer(sum(row)) for row in summary.counts),
            num.integer(summary.received),
        )
    )
    notes = [
        cat.translate(
            "DashboardCharts",
            "{received} entries received; {answered} answered ({share}), {acted} of them acted on.",
        ).format(
            received=num.integer(summary.received),
            answered=num.integer(summary.answered),
            share=num.percent(summary.share_answered),
            acted=num.integer(summary.acted_on),
        )
    ]
    if oldest is not None:
        if oldest.text is not None:
            notes.append(
                cat.translate(
                    "DashboardCharts",
                    "Oldest unanswered: received {day} ({days} days ago) through {channel}: “{text}”",
                ).format(
                    day=num.day(oldest.received, tx),
                    days=num.integer(oldest.age_days),
                    channel=oldest.channel or tx("Dashboard", NO_CHANNEL),
                    text=oldest.text if len(oldest.text) <= 140 else oldest.text[:139] + "…",
                )
            )
        else:
            notes.append(
                cat.translate(
                    "DashboardCharts",
                    "Oldest unanswered: received {day} ({days} days ago); its text is withheld "
                    "because it comes from a group below the anonymity threshold.",
                ).format(day=num.day(oldest.received, tx), days=num.integer(oldest.age_days))
            )
    if summary.hidden_groups:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "{count} open entries from {groups} groups below the anonymity threshold are "
                "not listed by group.",
            ).format(
                count=num.integer(summary.hidden_open), groups=num.integer(summary.hidden_groups)
            )
        )
    return ChartResult(
        "listening",
        title,
        fig,
        ChartTable(title, headers, tuple(rows)),
        notes,
        spots,
        notes[0],
    )


# ----------------------------------------------------------------------------- coverage


def coverage_month_chart(
    coverage: ValuesCoverage, language: str, *, titled: bool = True
) -> ChartResult:
    """Heatmap of value × month: weighted messages per employee (weights 1.0 / 0.5)."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "Values coverage by month")
    names = [v.name for v in coverage.values]
    months = list(coverage.months)
    data = np.array(coverage.per_employee(), dtype=float) if names else np.zeros((0, 0))
    under = {f.value.id for f in coverage.under_served}
    with matplotlib.rc_context(_rc()):
        fig = _figure(min(1.3 + 0.34 * max(len(names), 2), 5.0))
        ax = fig.add_subplot()
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if data.size == 0 or not months:
            _empty(
                ax, cat.translate("DashboardCharts", "No corporate values or no months to show.")
            )
        else:
            step = _tick_step(len(months))

            def tip(i: int, j: int, value: float) -> str:
                return cat.translate(
                    "DashboardCharts",
                    "{value}, {month}: {per_person} weighted messages per employee "
                    "({reach} weighted contacts, {comms} weighted communications)",
                ).format(
                    value=names[i],
                    month=month_name(months[j], tx),
                    per_person=num.decimal(value, 2),
                    reach=num.decimal(coverage.by_month[i][j], 1),
                    comms=num.decimal(coverage.communications[i][j], 1),
                )

            spots = _heatmap(
                fig,
                ax,
                data,
                names,
                _month_ticks(months, tx),
                cell_text=lambda v: num.decimal(v, 1),
                tip=tip,
                colour_label=cat.translate("DashboardCharts", "Weighted messages per employee"),
                annotate=len(months) <= 24,
                highlight_rows=[i for i, v in enumerate(coverage.values) if v.id in under],
                column_step=step,
            )
    headers = (
        cat.translate("DashboardCharts", "Value"),
        *(month_name(m, tx) for m in months),
        cat.translate("DashboardCharts", "Total weighted contacts"),
    )
    rows = tuple(
        (
            name,
            *(num.decimal(x, 2) for x in per_row),
            num.decimal(total, 1),
        )
        for name, per_row, total in zip(
            names, coverage.per_employee(), coverage.totals, strict=True
        )
    )
    notes = coverage_sentences(coverage, tx, language)
    notes.append(
        cat.translate(
            "DashboardCharts",
            "Each communication counts its audience once per value of its campaign: fully for "
            "a primary value, half for a secondary one. Cells show that weighted reach divided "
            "by the {people} employees.",
        ).format(people=num.integer(coverage.organisation_size))
    )
    return ChartResult(
        "coverage_month",
        title,
        fig,
        ChartTable(title, headers, rows),
        notes,
        spots,
        notes[0],
        empty=data.size == 0 or not months,
    )


def coverage_segment_chart(
    coverage: ValuesCoverage, language: str, *, titled: bool = True
) -> ChartResult:
    """Heatmap of value × segment: weighted messages per member of each segment."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "Values coverage by segment")
    names = [v.name for v in coverage.values]
    segments = list(coverage.segments)
    data = (
        np.array(coverage.per_member(), dtype=float).reshape(len(names), len(segments))
        if names and segments
        else np.zeros((0, 0))
    )
    with matplotlib.rc_context(_rc()):
        fig = _figure(min(1.9 + 0.34 * max(len(names), 2), 5.4))
        ax = fig.add_subplot()
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if data.size == 0:
            _empty(ax, cat.translate("DashboardCharts", "No corporate values or segments to show."))
        else:

            def tip(i: int, j: int, value: float) -> str:
                return cat.translate(
                    "DashboardCharts",
                    "{value}, {segment} ({members} members): {per_member} weighted messages per "
                    "member",
                ).format(
                    value=names[i],
                    segment=segments[j].name,
                    members=num.integer(segments[j].size),
                    per_member=num.decimal(value, 2),
                )

            spots = _heatmap(
                fig,
                ax,
                data,
                names,
                [chart_text(s.name, 22) for s in segments],
                cell_text=lambda v: num.decimal(v, 1),
                tip=tip,
                colour_label=cat.translate("DashboardCharts", "Weighted messages per member"),
                annotate=len(segments) <= 20,
                rotate=30,
            )
    headers = (
        cat.translate("DashboardCharts", "Value"),
        *(
            cat.translate("DashboardCharts", "{segment} ({members})").format(
                segment=s.name, members=num.integer(s.size)
            )
            for s in segments
        ),
    )
    rows = tuple(
        (name, *(num.decimal(x, 2) for x in row))
        for name, row in zip(names, coverage.per_member(), strict=True)
    )
    notes = []
    if coverage.hidden_segments:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "{count} segments smaller than the anonymity threshold are left out.",
            ).format(count=num.integer(coverage.hidden_segments))
        )
    notes.append(
        cat.translate(
            "DashboardCharts",
            "Cells show the weighted messages that reach the segment's members, divided by its "
            "size.",
        )
    )
    return ChartResult(
        "coverage_segment",
        title,
        fig,
        ChartTable(title, headers, rows),
        notes,
        spots,
        notes[-1],
        empty=data.size == 0,
    )


# ----------------------------------------------------------------------------- reach


def reach_chart(reach: ReachSummary, language: str, *, titled: bool = True) -> ChartResult:
    """Share of the organisation reached (donut) and people reached in each month."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate(
        "DashboardCharts", "Reach: employees reached by at least one communication"
    )
    months = list(reach.months)
    with matplotlib.rc_context(_rc()):
        fig = _figure(3.2)
        donut, bars = fig.subplots(1, 2, width_ratios=[1, 2.6])
        donut.set_aspect("equal")
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if reach.organisation_size:
            donut.pie(
                [reach.reached, reach.organisation_size - reach.reached],
                colors=[TEAL, LIGHT],
                startangle=90,
                counterclock=False,
                wedgeprops={"width": 0.34, "edgecolor": "white", "linewidth": 1.5},
            )
            donut.text(
                0,
                0.1,
                num.percent(reach.share),
                ha="center",
                va="center",
                fontsize=17,
                fontweight="bold",
                color=TEAL,
            )
            donut.text(
                0,
                -0.22,
                cat.translate("DashboardCharts", "{reached} of {total}").format(
                    reached=num.integer(reach.reached), total=num.integer(reach.organisation_size)
                ),
                ha="center",
                va="center",
                fontsize=7,
                color=GREY,
            )
            donut.set_title(cat.translate("DashboardCharts", "In the period"), loc="center")
        else:
            _empty(donut, cat.translate("DashboardCharts", "No employees in the directory yet."))
        if reach.organisation_size and months:
            _style(bars)
            shares = np.array(reach.reached_by_month, dtype=float) / reach.organisation_size * 100
            x = np.arange(len(months))
            bars.bar(x, shares, width=0.68, color=NAVY)
            for j, share in enumerate(shares):
                spots.append(
                    Hotspot(
                        1,
                        j - 0.34,
                        0,
                        j + 0.34,
                        max(share, 2.0),
                        cat.translate(
                            "DashboardCharts", "{month}: {people} people reached ({share})"
                        ).format(
                            month=month_name(months[j], tx),
                            people=num.integer(reach.reached_by_month[j]),
                            share=num.percent(share / 100),
                        ),
                    )
                )
            step = _tick_step(len(months))
            bars.set_xticks(list(x[::step]))
            bars.set_xticklabels(_month_ticks(months, tx)[::step])
            bars.set_ylim(0, 105)
            bars.set_ylabel(cat.translate("DashboardCharts", "% of employees reached"))
            bars.set_title(cat.translate("DashboardCharts", "Reached in each month"))
        else:
            _empty(bars, cat.translate("DashboardCharts", "No communication in this period."))
    headers = (
        cat.translate("DashboardCharts", "Figure"),
        cat.translate("DashboardCharts", "Value"),
    )
    rows: list[tuple[str, str]] = [
        (
            cat.translate("DashboardCharts", "Employees (active)"),
            num.integer(reach.organisation_size),
        ),
        (cat.translate("DashboardCharts", "Reached in the period"), num.integer(reach.reached)),
        (
            cat.translate("DashboardCharts", "Share of the organisation"),
            num.percent(reach.share, 1),
        ),
        (
            cat.translate("DashboardCharts", "Front-line staff reached"),
            cat.translate("DashboardCharts", "{reached} of {total} ({share})").format(
                reached=num.integer(reach.front_line_reached),
                total=num.integer(reach.front_line),
                share=num.percent(reach.front_line_share, 1),
            ),
        ),
        (
            cat.translate("DashboardCharts", "Segments targeted"),
            num.integer(reach.targeted_segments),
        ),
    ]
    for month, people in zip(months, reach.reached_by_month, strict=True):
        rows.append(
            (
                cat.translate("DashboardCharts", "Reached in {month}").format(
                    month=month_name(month, tx)
                ),
                num.integer(people),
            )
        )
    summary = cat.translate(
        "DashboardCharts",
        "{share} of the organisation ({reached} of {total}) is reached in the period.",
    ).format(
        share=num.percent(reach.share),
        reached=num.integer(reach.reached),
        total=num.integer(reach.organisation_size),
    )
    return ChartResult(
        "reach", title, fig, ChartTable(title, headers, tuple(rows)), [summary], spots, summary
    )


def unreached_chart(reach: ReachSummary, language: str, *, titled: bool = True) -> ChartResult:
    """Who no targeted segment reaches: by department, by location and by front-line role."""
    import matplotlib

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "The unreached: employees in no targeted segment")
    breakdowns = {b.attribute: b for b in reach.unreached_by}
    with matplotlib.rc_context(_rc()):
        fig = _figure(3.4)
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if reach.unreached == 0:
            ax = fig.add_subplot()
            _empty(
                ax,
                cat.translate("DashboardCharts", "Everyone is in at least one targeted segment.")
                if reach.organisation_size
                else cat.translate("DashboardCharts", "No employees in the directory yet."),
            )
        else:
            panels = fig.subplots(1, 3, width_ratios=[1.4, 1.4, 1])
            for index, attribute in enumerate(("department", "location")):
                ax = panels[index]
                _style(ax, "x")
                label = tx(FIELDS_CONTEXT, FIELD_LABELS[attribute])
                ax.set_title(
                    cat.translate("DashboardCharts", "By {attribute}").format(
                        attribute=label.lower() if language == "es" else label
                    )
                )
                breakdown = breakdowns.get(attribute)
                items = list(breakdown.items[:MAX_BARS]) if breakdown else []
                rest = sum(c for _, c in breakdown.items[MAX_BARS:]) if breakdown else 0
                rest += breakdown.hidden if breakdown else 0
                bars = [(chart_text(v or "–", 24), c, NAVY) for v, c in items]
                if rest:
                    bars.append((cat.translate("DashboardCharts", "Other"), rest, "#B0B7C3"))
                if not bars:
                    _empty(ax, "–")
                    continue
                bars = bars[::-1]
                ax.barh(
                    range(len(bars)), [b[1] for b in bars], color=[b[2] for b in bars], height=0.64
                )
                ax.set_yticks(range(len(bars)))
                ax.set_yticklabels([b[0] for b in bars])
                ax.tick_params(axis="y", length=0)
                ax.spines["left"].set_visible(False)
                top = max(b[1] for b in bars)
                for pos, (name, count, _c) in enumerate(bars):
                    ax.text(
                        count + top * 0.02,
                        pos,
                        num.integer(count),
                        va="center",
                        fontsize=7,
                        color=SOFT_INK,
                    )
                    spots.append(
                        Hotspot(
                            index,
                            0,
                            pos - 0.32,
                            max(count, top * 0.05),
                            pos + 0.32,
                            f"{name}: {num.integer(count)}",
                        )
                    )
                ax.set_xlim(0, top * 1.25)
            ax = panels[2]
            _style(ax, "y")
            ax.set_title(cat.translate("DashboardCharts", "Front line"))
            labels = [
                cat.translate("DashboardCharts", "Front line"),
                cat.translate("DashboardCharts", "Others"),
            ]
            counts = [reach.unreached_front_line, reach.unreached_office]
            for pos, (name, count) in enumerate(zip(labels, counts, strict=True)):
                if count is None:
                    ax.text(
                        pos,
                        0,
                        cat.translate("DashboardCharts", "hidden"),
                        ha="center",
                        va="bottom",
                        fontsize=7,
                        color=GREY,
                    )
                    continue
                ax.bar(pos, count, color=CORAL if pos == 0 else NAVY, width=0.6)
                ax.text(
                    pos,
                    count,
                    num.integer(count),
                    ha="center",
                    va="bottom",
                    fontsize=7,
                    color=SOFT_INK,
                )
                spots.append(
                    Hotspot(
                        2, pos - 0.3, 0, pos + 0.3, max(count, 1), f"{name}: {num.integer(count)}"
                    )
                )
            ax.set_xticks([0, 1])
            ax.set_xticklabels(labels)
            ax.set_ylim(0, max([c or 0 for c in counts] + [1]) * 1.18)
    headers = (
        cat.translate("DashboardCharts", "Attribute"),
        cat.translate("DashboardCharts", "Group"),
        cat.translate("DashboardCharts", "Unreached employees"),
    )
    rows: list[tuple[str, str, str]] = [
        (cat.translate("DashboardCharts", "All"), "", num.integer(reach.unreached))
    ]
    hidden_note = False
    for breakdown in reach.unreached_by:
        label = tx(FIELDS_CONTEXT, FIELD_LABELS.get(breakdown.attribute, breakdown.attribute))
        for value, count in breakdown.items:
            rows.append((label, value or "–", num.integer(count)))
        if breakdown.hidden:
            hidden_note = True
            rows.append(
                (
                    label,
                    cat.translate("DashboardCharts", "Groups below the anonymity threshold"),
                    num.integer(breakdown.hidden),
                )
            )
    front = tx(FIELDS_CONTEXT, FIELD_LABELS["customer_facing"])
    for name, count in (
        (cat.translate("DashboardCharts", "Front line"), reach.unreached_front_line),
        (cat.translate("DashboardCharts", "Others"), reach.unreached_office),
    ):
        rows.append(
            (
                front,
                name,
                num.integer(count)
                if count is not None
                else cat.translate("DashboardCharts", "hidden"),
            )
        )
    summary = cat.translate(
        "DashboardCharts", "{count} employees ({share}) are in no segment targeted in the period."
    ).format(
        count=num.integer(reach.unreached),
        share=num.percent(
            reach.unreached / reach.organisation_size if reach.organisation_size else 0.0
        ),
    )
    notes = [summary]
    if hidden_note or reach.unreached_front_line is None or reach.unreached_office is None:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "Groups of fewer people than the anonymity threshold are only counted together.",
            )
        )
    return ChartResult(
        "unreached",
        title,
        fig,
        ChartTable(title, headers, tuple(rows)),
        notes,
        spots,
        summary,
        empty=reach.unreached == 0,
    )


# ----------------------------------------------------------------------------- channel mix


def channel_mix_chart(mix: ChannelMix, language: str, *, titled: bool = True) -> ChartResult:
    """Share of communications and of audience contacts per channel; one-way against two-way."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "Channel mix")
    two_way_mark = cat.translate("DashboardCharts", "two-way")
    names = [
        r.channel.name if r.channel.id is not None else tx("Dashboard", NO_CHANNEL)
        for r in mix.rows
    ]
    with matplotlib.rc_context(_rc()):
        rows = list(mix.rows[: MAX_BARS + 2])
        fig = _figure(max(2.8, min(1.2 + 0.32 * len(rows), 5.0)))
        split, bars = fig.subplots(1, 2, width_ratios=[1, 2.4])
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if not mix.communications:
            _empty(split, "")
            _empty(bars, cat.translate("DashboardCharts", "No communication in this period."))
        else:
            _style(split, None)
            kinds = [
                cat.translate("DashboardCharts", "Communications"),
                cat.translate("DashboardCharts", "Audience contacts"),
            ]
            two = [mix.two_way_share * 100, mix.two_way_contact_share * 100]
            one = [100 - two[0], 100 - two[1]]
            x = np.arange(2)
            split.bar(
                x, one, color=NAVY, width=0.55, label=cat.translate("DashboardCharts", "One-way")
            )
            split.bar(
                x,
                two,
                bottom=one,
                color=TEAL,
                width=0.55,
                label=cat.translate("DashboardCharts", "Two-way"),
            )
            for j in range(2):
                for base, share, colour in ((0, one[j], "white"), (one[j], two[j], "white")):
                    if share >= 7:
                        split.text(
                            j,
                            base + share / 2,
                            num.percent(share / 100),
                            ha="center",
                            va="center",
                            fontsize=7.5,
                            color=colour,
                            fontweight="bold",
                        )
                spots.append(
                    Hotspot(
                        0,
                        j - 0.28,
                        0,
                        j + 0.28,
                        100,
                        cat.translate(
                            "DashboardCharts", "{kind}: {one} one-way, {two} two-way"
                        ).format(
                            kind=kinds[j],
                            one=num.percent(one[j] / 100, 1),
                            two=num.percent(two[j] / 100, 1),
                        ),
                    )
                )
            split.set_xticks(list(x))
            split.set_xticklabels([chart_text(k, 18) for k in kinds])
            split.set_ylim(0, 100)
            split.set_yticks([0, 25, 50, 75, 100])
            split.set_yticklabels([num.percent(v / 100) for v in (0, 25, 50, 75, 100)])
            split.legend(
                loc="upper center",
                bbox_to_anchor=(0.5, -0.12),
                ncols=2,
                frameon=False,
                handlelength=1,
                columnspacing=0.8,
            )
            split.set_title(cat.translate("DashboardCharts", "Listening share"))
            _style(bars, "x")
            shown = rows[::-1]
            positions = np.arange(len(shown))
            comm_share = [r.communication_share * 100 for r in shown]
            contact_share = [r.contact_share * 100 for r in shown]
            bars.barh(
                positions + 0.19,
                comm_share,
                height=0.36,
                color=NAVY,
                label=cat.translate("DashboardCharts", "Share of communications"),
            )
            bars.barh(
                positions - 0.19,
                contact_share,
                height=0.36,
                color=SAND,
                label=cat.translate("DashboardCharts", "Share of audience contacts"),
            )
            labels = []
            for row in shown:
                name = (
                    row.channel.name if row.channel.id is not None else tx("Dashboard", NO_CHANNEL)
                )
                label = chart_text(name, 26)
                if row.channel.two_way:
                    label += f" ({two_way_mark})"
                labels.append(label)
            bars.set_yticks(list(positions))
            bars.set_yticklabels(labels)
            for tick, row in zip(bars.get_yticklabels(), shown, strict=True):
                if row.channel.two_way:
                    tick.set_color(TEAL)
            bars.tick_params(axis="y", length=0)
            bars.spines["left"].set_visible(False)
            top = max(comm_share + contact_share + [1])
            for pos, row in enumerate(shown):
                for offset, share in ((0.19, row.communication_share), (-0.19, row.contact_share)):
                    bars.text(
                        share * 100 + top * 0.01,
                        pos + offset,
                        num.percent(share),
                        va="center",
                        fontsize=6.5,
                        color=SOFT_INK,
                    )
                spots.append(
                    Hotspot(
                        1,
                        0,
                        pos - 0.4,
                        max(row.communication_share, row.contact_share) * 100 + top * 0.08,
                        pos + 0.4,
                        cat.translate(
                            "DashboardCharts",
                            "{channel}: {comms} communications ({comm_share}), {contacts} "
                            "audience contacts ({contact_share})",
                        ).format(
                            channel=labels[pos],
                            comms=num.integer(row.communications),
                            comm_share=num.percent(row.communication_share, 1),
                            contacts=num.integer(row.contacts),
                            contact_share=num.percent(row.contact_share, 1),
                        ),
                    )
                )
            bars.set_xlim(0, top * 1.18)
            bars.xaxis.set_major_formatter(
                matplotlib.ticker.FuncFormatter(lambda v, _p: num.percent(v / 100))
            )
            bars.legend(loc="lower right", frameon=False, handlelength=1)
            bars.set_title(cat.translate("DashboardCharts", "By channel"))
    headers = (
        cat.translate("DashboardCharts", "Channel"),
        cat.translate("DashboardCharts", "Two-way"),
        cat.translate("DashboardCharts", "Communications"),
        cat.translate("DashboardCharts", "Share of communications"),
        cat.translate("DashboardCharts", "Audience contacts"),
        cat.translate("DashboardCharts", "Share of audience contacts"),
    )
    yes, no = cat.translate("DashboardCharts", "yes"), cat.translate("DashboardCharts", "no")
    table_rows = [
        (
            name,
            yes if r.channel.two_way else no,
            num.integer(r.communications),
            num.percent(r.communication_share, 1),
            num.integer(r.contacts),
            num.percent(r.contact_share, 1),
        )
        for name, r in zip(names, mix.rows, strict=True)
    ]
    table_rows.append(
        (
            cat.translate("DashboardCharts", "Total"),
            "",
            num.integer(mix.communications),
            num.percent(1.0 if mix.communications else 0.0, 1),
            num.integer(mix.contacts),
            num.percent(1.0 if mix.contacts else 0.0, 1),
        )
    )
    summary = cat.translate(
        "DashboardCharts",
        "{two_way} of the communications ({contacts} of the audience contacts) go through "
        "two-way channels.",
    ).format(
        two_way=num.percent(mix.two_way_share), contacts=num.percent(mix.two_way_contact_share)
    )
    return ChartResult(
        "channel_mix",
        title,
        fig,
        ChartTable(title, headers, tuple(table_rows)),
        [summary],
        spots,
        summary,
        empty=not mix.communications,
    )


# ----------------------------------------------------------------------------- satisfaction


def satisfaction_chart(
    trends: SatisfactionTrends, language: str, *, titled: bool = True
) -> ChartResult:
    """Trend lines per segment with campaign starts, and the latest score against the previous."""
    import matplotlib
    from matplotlib.dates import date2num

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    metric = trends.metric or ""
    title = (
        cat.translate("DashboardCharts", "Satisfaction trends: {metric}").format(metric=metric)
        if metric
        else cat.translate("DashboardCharts", "Satisfaction trends")
    )
    series = list(trends.series)
    shown_markers: list[Any] = []
    with matplotlib.rc_context(_rc()):
        fig = _figure(3.8)
        lines, dumbbell = fig.subplots(1, 2, width_ratios=[2.2, 1])
        main_title(fig, chart_text(title, 90), titled)
        spots: list[Hotspot] = []
        if not series:
            _empty(
                lines,
                cat.translate("DashboardCharts", "No results to show for this period.")
                if trends.metric
                else cat.translate("DashboardCharts", "No survey results imported yet."),
            )
            _empty(dumbbell, "")
        else:
            _style(lines)
            all_values = [p.value for s in series for p in s.points]
            low, high = min(all_values), max(all_values)
            pad = (high - low) * 0.12 or 0.5
            for index, item in enumerate(series[:MAX_SERIES]):
                colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
                xs = [date2num(p.day) for p in item.points]
                ys = [p.value for p in item.points]
                width = 2.2 if item.group.is_organisation else 1.4
                lines.plot(
                    xs,
                    ys,
                    color=colour,
                    lw=width,
                    marker="o",
                    ms=3.2,
                    label=chart_text(item.group.text(tx), 28),
                )
                for p, x, y in zip(item.points, xs, ys, strict=True):
                    spots.append(
                        Hotspot(
                            0,
                            x - 2.5,
                            y - pad * 0.25,
                            x + 2.5,
                            y + pad * 0.25,
                            _point_tip(cat, num, tx, item.group.text(tx), p),
                        )
                    )
            first_day = min(p.day for s in series for p in s.points)
            last_day = max(p.day for s in series for p in s.points)
            shown_markers = [
                m
                for m in trends.markers
                if first_day - timedelta(days=31) <= m.day <= last_day + timedelta(days=31)
            ]
            # Campaign starts: dotted lines with small numbers on top (names in tooltips and
            # notes), staggered so that starts a few days apart stay readable.
            for number, marker in enumerate(shown_markers[:MAX_MARKERS], start=1):
                x = date2num(marker.day)
                lines.axvline(x, color=marker.colour, lw=0.9, ls=(0, (2, 2)), alpha=0.8, zorder=1)
                lines.text(
                    x,
                    high + pad * (0.82 if number % 2 else 0.55),
                    str(number),
                    fontsize=6.5,
                    fontweight="bold",
                    color="white",
                    ha="center",
                    va="center",
                    bbox={"boxstyle": "circle,pad=0.25", "fc": marker.colour, "ec": "none"},
                    zorder=5,
                )
                spots.append(
                    Hotspot(
                        0,
                        x - 1.5,
                        low - pad,
                        x + 1.5,
                        high + pad,
                        cat.translate("DashboardCharts", "Campaign “{name}” starts {day}").format(
                            name=marker.name, day=num.day(marker.day, tx)
                        ),
                    )
                )
            lines.set_ylim(low - pad, high + pad)
            lines.set_xlim(
                date2num(min([first_day] + [m.day for m in shown_markers])) - 10,
                date2num(max([last_day] + [m.day for m in shown_markers])) + 10,
            )
            _date_axis(lines, tx, language)
            lines.set_title(cat.translate("DashboardCharts", "Over time"))
            lines.legend(
                loc="upper left",
                bbox_to_anchor=(0, -0.12),
                ncols=3,
                frameon=False,
                fontsize=6.8,
                handlelength=1.4,
            )
            # Latest against previous, every group.
            _style(dumbbell, "x")
            rows = [s for s in series if s.latest is not None][:MAX_DUMBBELLS][::-1]
            for pos, item in enumerate(rows):
                latest, previous = item.latest, item.previous
                assert latest is not None
                if previous is not None:
                    colour = TEAL if latest.value >= previous.value else CORAL
                    dumbbell.plot([previous.value, latest.value], [pos, pos], color=colour, lw=1.6)
                    dumbbell.scatter([previous.value], [pos], color="#B0B7C3", s=16, zorder=3)
                else:
                    colour = NAVY
                dumbbell.scatter([latest.value], [pos], color=colour, s=24, zorder=4)
                change = item.change
                spots.append(
                    Hotspot(
                        1,
                        min(latest.value, previous.value if previous else latest.value) - pad * 0.2,
                        pos - 0.4,
                        max(latest.value, previous.value if previous else latest.value) + pad * 0.2,
                        pos + 0.4,
                        cat.translate(
                            "DashboardCharts", "{group}: {latest} on {day} ({change} vs previous)"
                        ).format(
                            group=item.group.text(tx),
                            latest=num.decimal(latest.value, 2),
                            day=num.day(latest.day, tx),
                            change=num.signed(change, 2) if change is not None else "–",
                        ),
                    )
                )
            dumbbell.set_yticks(range(len(rows)))
            dumbbell.set_yticklabels([chart_text(s.group.text(tx), 24) for s in rows], fontsize=7)
            dumbbell.tick_params(axis="y", length=0)
            dumbbell.spines["left"].set_visible(False)
            dumbbell.set_xlim(low - pad, high + pad)
            dumbbell.set_ylim(-0.7, len(rows) - 0.3)
            dumbbell.set_title(cat.translate("DashboardCharts", "Latest vs previous"))
    headers = (
        cat.translate("DashboardCharts", "Group"),
        cat.translate("DashboardCharts", "Date"),
        cat.translate("DashboardCharts", "Value"),
        cat.translate("DashboardCharts", "Change"),
        cat.translate("DashboardCharts", "Respondents"),
    )
    table_rows: list[tuple[str, ...]] = []
    for item in series:
        previous_value: float | None = None
        for point in item.points:
            table_rows.append(
                (
                    item.group.text(tx),
                    num.day(point.day, tx),
                    num.decimal(point.value, 2),
                    num.signed(point.value - previous_value, 2)
                    if previous_value is not None
                    else "",
                    num.integer(point.respondents) if point.respondents is not None else "",
                )
            )
            previous_value = point.value
    notes = []
    falling = [s for s in series if s.change is not None and s.change < 0]
    if series:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "{count} groups with results; {falling} fell at their latest measurement.",
            ).format(count=num.integer(len(series)), falling=num.integer(len(falling)))
        )
    if len(series) > MAX_SERIES:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "The lines show the first {shown} groups; every group is in the numbers table.",
            ).format(shown=MAX_SERIES)
        )
    if trends.hidden_points:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "{count} results of groups below the anonymity threshold are not shown.",
            ).format(count=num.integer(trends.hidden_points))
        )
    if shown_markers:
        notes.append(
            cat.translate("DashboardCharts", "Campaign starts: {list}.").format(
                list="; ".join(
                    f"{n}. {m.name} ({num.day(m.day, tx)})"
                    for n, m in enumerate(shown_markers[:MAX_MARKERS], start=1)
                )
            )
        )
    return ChartResult(
        "satisfaction",
        title,
        fig,
        ChartTable(title, headers, tuple(table_rows)),
        notes,
        spots,
        notes[0] if notes else title,
        empty=not series,
    )


def _point_tip(cat: Catalog, num: Numbers, tx: Any, group: str, point: Any) -> str:
    if point.respondents is not None:
        return cat.translate(
            "DashboardCharts", "{group}, {day}: {value} ({respondents} respondents)"
        ).format(
            group=group,
            day=num.day(point.day, tx),
            value=num.decimal(point.value, 2),
            respondents=num.integer(point.respondents),
        )
    return cat.translate("DashboardCharts", "{group}, {day}: {value}").format(
        group=group, day=num.day(point.day, tx), value=num.decimal(point.value, 2)
    )


def _date_axis(ax: Axes, tx: Any, language: str) -> None:
    from matplotlib.dates import MonthLocator, num2date
    from matplotlib.ticker import FuncFormatter

    low, high = ax.get_xlim()
    months = max(1, int((high - low) / 30))
    ax.xaxis.set_major_locator(MonthLocator(interval=max(1, -(-months // 10))))

    def label(value: float, _pos: int) -> str:
        day = num2date(value).date()
        text = short_month(day, tx)
        return f"{text}\n{day.year}" if day.month == 1 or _pos == 0 else text

    ax.xaxis.set_major_formatter(FuncFormatter(label))


# ----------------------------------------------------------------------------- workload


def workload_chart(
    workload: Workload, language: str, max_owners: int = 12, *, titled: bool = True
) -> ChartResult:
    """Heatmap of owner × week: how many communications each owner sends out."""
    import matplotlib
    import numpy as np

    cat = _catalog(language)
    tx = cat.translate
    num = Numbers(language)
    title = cat.translate("DashboardCharts", "Workload: communications per owner and week")
    owners = list(workload.owners[:max_owners])
    names = [o or tx("Dashboard", NO_OWNER) for o in workload.owners]
    weeks = list(workload.weeks)
    data = np.array(workload.counts[:max_owners], dtype=float) if owners else np.zeros((0, 0))
    with matplotlib.rc_context(_rc()):
        fig = _figure(min(1.5 + 0.3 * max(len(owners), 2), 5.0))
        ax = fig.add_subplot()
        main_title(fig, title, titled)
        spots: list[Hotspot] = []
        if data.size == 0 or not weeks:
            _empty(ax, cat.translate("DashboardCharts", "No communication in this period."))
        else:
            labels = _week_labels(weeks, tx)
            step = 1

            def tip(i: int, j: int, value: float) -> str:
                return cat.translate(
                    "DashboardCharts", "{owner}, week of {day}: {count} communications ({hours} h)"
                ).format(
                    owner=names[i],
                    day=num.day(weeks[j], tx),
                    count=num.integer(int(value)),
                    hours=num.decimal(workload.minutes[i][j] / 60, 1),
                )

            spots = _heatmap(
                fig,
                ax,
                data,
                [chart_text(n, 24) for n in names[: len(owners)]],
                labels,
                cell_text=lambda v: num.integer(int(v)),
                tip=tip,
                colour_label=cat.translate("DashboardCharts", "Communications"),
                annotate=len(weeks) <= 30,
                column_step=step,
            )
            for tick, text in zip(ax.get_xticklabels(), labels, strict=False):
                tick.set_visible(bool(text))
    headers = (
        cat.translate("DashboardCharts", "Owner"),
        cat.translate("DashboardCharts", "Week of"),
        cat.translate("DashboardCharts", "Communications"),
        cat.translate("DashboardCharts", "Hours"),
    )
    rows: list[tuple[str, ...]] = []
    for name, counts, minutes in zip(names, workload.counts, workload.minutes, strict=True):
        for week, count, spent in zip(weeks, counts, minutes, strict=True):
            if count:
                rows.append(
                    (name, num.day(week, tx), num.integer(count), num.decimal(spent / 60, 1))
                )
    notes = []
    peak = workload.peak
    if peak is not None:
        owner, week, count = peak
        notes.append(
            cat.translate(
                "DashboardCharts",
                "Busiest week: {owner}, week of {day}, with {count} communications.",
            ).format(
                owner=owner or tx("Dashboard", NO_OWNER),
                day=num.day(week, tx),
                count=num.integer(count),
            )
        )
    if len(workload.owners) > max_owners:
        notes.append(
            cat.translate(
                "DashboardCharts",
                "The chart shows the {shown} busiest owners; the table lists all.",
            ).format(shown=max_owners)
        )
    return ChartResult(
        "workload",
        title,
        fig,
        ChartTable(title, headers, tuple(rows)),
        notes,
        spots,
        notes[0] if notes else title,
        empty=data.size == 0 or not weeks,
    )


def _week_labels(weeks: Sequence[date], tx: Any) -> list[str]:
    """A month name under the first week mostly in that month; other weeks unlabelled."""
    labels = [""] * len(weeks)
    marked: list[int] = []
    previous = None
    for index, week in enumerate(weeks):
        middle = week + timedelta(days=3)
        if (middle.year, middle.month) != previous:
            previous = (middle.year, middle.month)
            marked.append(index)
    if len(marked) > 1 and marked[1] - marked[0] < 3:
        marked.pop(0)  # a stub of a month at the start would crowd the next label
    for position, index in enumerate(marked):
        middle = weeks[index] + timedelta(days=3)
        label = short_month(middle, tx)
        if position == 0 or middle.month == 1:
            label += f"\n{middle.year}"
        labels[index] = label
    return labels


# ----------------------------------------------------------------------------- all and export


def dashboard_charts(
    dashboard: Dashboard, language: str, *, titled: bool = True
) -> dict[str, ChartResult]:
    """Every chart of the dashboard, by key (see :data:`CHART_KEYS`).

    ``titled=False`` leaves the main title out of the figures (the page shows it above each
    chart); :func:`save_chart` puts it back when a chart is exported.
    """
    return {key: build(dashboard, language, titled) for key, build in CHART_BUILDERS.items()}


CHART_BUILDERS: dict[str, Callable[..., ChartResult]] = {
    "listening": lambda d, lang, titled=True: listening_chart(d.listening, lang, titled=titled),
    "coverage_month": lambda d, lang, titled=True: coverage_month_chart(
        d.coverage, lang, titled=titled
    ),
    "coverage_segment": lambda d, lang, titled=True: coverage_segment_chart(
        d.coverage, lang, titled=titled
    ),
    "reach": lambda d, lang, titled=True: reach_chart(d.reach, lang, titled=titled),
    "unreached": lambda d, lang, titled=True: unreached_chart(d.reach, lang, titled=titled),
    "channel_mix": lambda d, lang, titled=True: channel_mix_chart(d.channels, lang, titled=titled),
    "satisfaction": lambda d, lang, titled=True: satisfaction_chart(
        d.satisfaction, lang, titled=titled
    ),
    "workload": lambda d, lang, titled=True: workload_chart(d.workload, lang, titled=titled),
}

EXPORT_FORMATS = ("png", "svg")


def save_chart(
    figure: Figure,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Writes ``figure`` as PNG (print resolution) or SVG, atomically; returns the path.

    The format comes from ``fmt`` or the file's suffix. ``title`` is drawn above a figure
    built without its main title, for the saved file only. A failure leaves no partial file.
    """
    target = Path(path)
    kind = (fmt or target.suffix.lstrip(".")).lower()
    if kind not in EXPORT_FORMATS:
        raise ChartExportError(
            QT_TRANSLATE_NOOP("errors", "Charts can be saved as PNG or SVG, not as “{kind}”."),
            kind=kind or "?",
        )
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise ChartExportError(
            QT_TRANSLATE_NOOP("errors", "The chart could not be saved to “{path}” ({detail})."),
            path=str(target),
            detail=exc.strerror or str(exc),
        ) from None
    try:
        import matplotlib

        added = None
        if title and getattr(figure, "_suptitle", None) is None:
            with matplotlib.rc_context({"font.family": FONT}):
                main_title(figure, chart_text(title, 100))
            added = figure._suptitle
        try:
            # Text stays text in SVG: searchable, selectable and read by screen readers.
            with os.fdopen(fd, "wb") as fh, matplotlib.rc_context({"svg.fonttype": "none"}):
                figure.savefig(fh, format=kind, dpi=EXPORT_DPI, facecolor="white")
        finally:
            if added is not None:
                added.remove()
                figure._suptitle = None
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ChartExportError(
            QT_TRANSLATE_NOOP("errors", "The chart could not be saved to “{path}” ({detail})."),
            path=str(target),
            detail=exc.strerror or str(exc),
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
