"""Bar charts of audience distributions, as matplotlib Figures (no pyplot state).

matplotlib is imported inside the functions: start-up must not pay for it. The caller passes
every text already translated, so the same figure serves the Qt page and any export.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .audience_browser import Distribution

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BAR_COLOUR = "#4c78a8"
OTHER_COLOUR = "#b0b7c3"
EMPTY_COLOUR = "#d9dde3"
MAX_LABEL = 32
MIN_SLOTS = 8


@dataclass(frozen=True)
class ChartTexts:
    """The words of a distribution chart, in the user's language."""

    title: str
    other: str  # e.g. "Other ({groups} groups)"; {groups} is filled in
    empty: str  # e.g. "(empty)"
    no_data: str  # shown instead of bars when nobody matches
    too_few: str = ""  # shown instead of bars when fewer people than the threshold match
    share_note: str = ""  # e.g. "One person can have several"; shown for tag fields
    yes: str = "Yes"
    no: str = "No"


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def distribution_bars(distribution: Distribution, texts: ChartTexts) -> list[tuple[str, int, str]]:
    """(label, count, colour) of each bar, top to bottom."""
    bars: list[tuple[str, int, str]] = []
    for value, count in distribution.items:
        label = value
        if distribution.field == "customer_facing":
            label = texts.yes if value in ("1", "True", "true") else texts.no
        bars.append((_short(label), count, BAR_COLOUR))
    if distribution.empty:
        bars.append((texts.empty, distribution.empty, EMPTY_COLOUR))
    if distribution.other:
        bars.append(
            (
                texts.other.replace("{groups}", f"{distribution.hidden_groups:,}"),
                distribution.other,
                OTHER_COLOUR,
            )
        )
    return bars


def distribution_figure(
    distribution: Distribution,
    texts: ChartTexts,
    *,
    width_in: float = 5.0,
    dpi: int = 100,
) -> Figure:
    """A horizontal bar chart: one bar per group, with count and share of the audience."""
    from matplotlib.figure import Figure

    bars = distribution_bars(distribution, texts)
    height = max(2.2, 0.9 + 0.32 * max(len(bars), 1))
    figure = Figure(figsize=(width_in, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(texts.title, fontsize=11, loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if not bars or distribution.total == 0:
        axes.set_axis_off()
        message = texts.too_few if distribution.suppressed and texts.too_few else texts.no_data
        axes.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            wrap=True,
            transform=axes.transAxes,
        )
        return figure
    labels = [b[0] for b in bars]
    counts = [b[1] for b in bars]
    positions = list(range(len(bars)))
    axes.barh(positions, counts, color=[b[2] for b in bars])
    axes.set_yticks(positions, labels=labels, fontsize=9)
    # At least MIN_SLOTS bar slots, top to bottom, so one or two bars stay bar-sized.
    axes.set_ylim(max(len(bars), MIN_SLOTS) - 0.5, -0.5)
    axes.tick_params(axis="x", labelsize=8)
    top = max(counts)
    axes.set_xlim(0, top * 1.28)
    for position, (_label, count, colour) in zip(positions, bars, strict=True):
        share = count / distribution.total if distribution.total else 0
        # "Other" of a tag field sums people counted once per value: no share of the total.
        summed = distribution.multi_valued and colour == OTHER_COLOUR
        axes.text(
            count + top * 0.01,
            position,
            f"{count:,}" if summed else f"{count:,} ({share:.0%})",
            va="center",
            fontsize=8,
        )
    if distribution.multi_valued and texts.share_note:
        axes.set_xlabel(texts.share_note, fontsize=8)
    return figure
