"""Charts of segments: a profile (attribute distributions) and the overlap heatmap.

Each function returns a matplotlib ``Figure`` built without pyplot's global state, shown in
Qt through FigureCanvasQTAgg or saved as PNG (``charts_plan.figure_png``). matplotlib is
imported inside the functions so that start-up stays fast. Labels are translated with a
:class:`~commsplanner.i18n.Catalog` (context ``segment_charts``); without one they stay English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import Catalog
from .segmentation import PROFILE_FIELDS, Distribution, OverlapMatrix, SegmentProfile

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FONT = "DejaVu Sans"
BAR = "#4c78a8"
OTHER = "#bab0ac"
TEXT = "#374151"


def _catalog(cat: Catalog | None) -> Catalog:
    return cat if cat is not None else Catalog("en", {})


def _label(text: str, limit: int = 28) -> str:
    # Imported late: charts_plan's helper needs matplotlib's font data.
    from .charts_plan import chart_text

    return chart_text(text, limit)


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9CA3AF")
    ax.tick_params(colors=TEXT, labelsize=7.5, length=2.5)


def field_titles(cat: Catalog | None = None) -> dict[str, str]:
    """Translated names of the attributes a profile shows."""
    cat = _catalog(cat)
    return {
        "position": cat.translate("segment_charts", "Position"),
        "department": cat.translate("segment_charts", "Department"),
        "location": cat.translate("segment_charts", "Location"),
        "interests": cat.translate("segment_charts", "Interests"),
        "needs": cat.translate("segment_charts", "Needs"),
        "expectations": cat.translate("segment_charts", "Expectations"),
    }


def _bars(ax: Axes, dist: Distribution, title: str, top: int, cat: Catalog) -> None:
    _style(ax)
    ax.set_title(title, fontsize=9, fontweight="bold", color="#1F3A5F", loc="left")
    items = list(dist.items[:top])
    rest = sum(c for _, c in dist.items[top:]) + dist.hidden
    labels = [_label(v) if v else cat.translate("segment_charts", "(empty)") for v, _ in items]
    values = [c for _, c in items]
    colours = [BAR] * len(items)
    if rest:
        labels.append(cat.translate("segment_charts", "Other"))
        values.append(rest)
        colours.append(OTHER)
    if not values:
        ax.set_axis_off()
        ax.set_title(title, fontsize=9, fontweight="bold", color="#1F3A5F", loc="left")
        ax.text(
            0.5,
            0.5,
            cat.translate("segment_charts", "No data"),
            ha="center",
            va="center",
            color="#9CA3AF",
            transform=ax.transAxes,
        )
        return
    positions = list(range(len(values)))[::-1]
    ax.barh(positions, values, color=colours, height=0.7)
    ax.set_yticks(positions, labels)
    biggest = max(values)
    for pos, value in zip(positions, values, strict=True):
        ax.text(value + biggest * 0.02, pos, f"{value:,}", va="center", fontsize=7, color=TEXT)
    ax.set_xlim(0, biggest * 1.18)
    ax.xaxis.set_visible(False)
    ax.spines["bottom"].set_visible(False)


def profile_figure(
    profile: SegmentProfile,
    cat: Catalog | None = None,
    *,
    top: int = 8,
    width: float = 9.0,
    height: float = 6.0,
) -> Figure:
    """Bars of the segment's distributions: position, department, location and the tags.

    Groups below the anonymity threshold and values beyond the ``top`` most common go to
    one grey "Other" bar.
    """
    from matplotlib import rc_context

    cat = _catalog(cat)
    titles = field_titles(cat)
    with rc_context({"font.family": FONT, "font.size": 8}):
        fig = _new_figure(width, height)
        axes = fig.subplots(2, 3)
        for ax, name in zip(axes.flat, PROFILE_FIELDS, strict=True):
            _bars(ax, profile.distributions[name], titles[name], top, cat)
    return fig


def overlap_figure(
    matrix: OverlapMatrix,
    cat: Catalog | None = None,
    *,
    width: float = 7.0,
    height: float = 6.0,
) -> Figure:
    """Heatmap of the Jaccard index between segments, each cell showing shared members."""
    from matplotlib import rc_context

    cat = _catalog(cat)
    n = len(matrix.segment_ids)
    with rc_context({"font.family": FONT, "font.size": 8}):
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        if n == 0:
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                cat.translate("segment_charts", "No segments to compare"),
                ha="center",
                va="center",
                color="#9CA3AF",
                transform=ax.transAxes,
            )
            return fig
        image = ax.imshow(matrix.jaccard, cmap="Blues", vmin=0.0, vmax=1.0)
        names = [_label(name, 22) for name in matrix.names]
        ax.set_xticks(range(n), names, rotation=40, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(n), names)
        ax.tick_params(labelsize=7.5 if n <= 12 else 6, length=0, colors=TEXT)
        for spine in ax.spines.values():
            spine.set_visible(False)
        font = 7 if n <= 10 else 5.5 if n <= 20 else 0
        if font:
            for i in range(n):
                for j in range(n):
                    value = matrix.jaccard[i, j]
                    ax.text(
                        j,
                        i,
                        f"{int(matrix.counts[i, j]):,}\n{value:.0%}",
                        ha="center",
                        va="center",
                        fontsize=font,
                        color="white" if value > 0.55 else TEXT,
                    )
        bar = fig.colorbar(image, ax=ax, fraction=0.046, pad=0.03)
        bar.set_label(cat.translate("segment_charts", "Jaccard index (shared / in either)"))
        bar.ax.tick_params(labelsize=7)
        ax.set_title(
            cat.translate("segment_charts", "Overlap between segments"),
            fontsize=9,
            fontweight="bold",
            color="#1F3A5F",
            loc="left",
        )
    return fig
