"""House plot style, presenter style, and figures built once for in-place updates.

``set_style("default")`` is for reading at a desk; ``set_style("presenter")`` enlarges type, lines
and figures for a projector. Colours come from the Okabe–Ito palette, which stays distinguishable
for the common forms of colour blindness.
"""
from __future__ import annotations

import contextlib

import math

import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure

from flywheel_lib import i18n
from flywheel_lib.i18n import _initial

# Okabe & Ito (2008), "Color Universal Design": safe for deuteranopia, protanopia and tritanopia.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
CYCLE = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "sky", "purple", "black")]

STYLES = {
    "default": {
        "figure.dpi": 100,
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.labelsize": 11,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.fontsize": 10,
        "lines.linewidth": 2.0,
        "scale": 1.0,
    },
    # The same figure sizes (so the same layouts) with type about a third larger and thicker
    # lines: the dashboard shows the picture beside the controls on a 1280×720 projector at about
    # the size it is drawn, so its text stays ~19 px and more.
    "presenter": {
        "figure.dpi": 100,
        "font.size": 14,
        "axes.titlesize": 15,
        "axes.labelsize": 14,
        "xtick.labelsize": 13,
        "ytick.labelsize": 13,
        "legend.fontsize": 12.5,
        "lines.linewidth": 3.0,
        "scale": 1.0,
    },
}
_state = {"style": "default"}
_state["style"] = _initial("FLYWHEEL_STYLE", tuple(STYLES), "default")


def set_style(style: str) -> str:
    """Switch the plot style to ``"default"`` or ``"presenter"`` (large type, thick lines).

    Figures built afterwards use it; re-run a panel's cell to rebuild it. Returns the style set.
    """
    if not isinstance(style, str) or style.lower() not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}; got {style!r}")
    _state["style"] = style.lower()
    return _state["style"]


def get_style() -> str:
    """The current plot style name."""
    return _state["style"]


def rc_params(style: str | None = None) -> dict:
    """Matplotlib rcParams for a style (the current one by default)."""
    spec = dict(STYLES[style or _state["style"]])
    spec.pop("scale")
    spec.update({
        "axes.prop_cycle": mpl.cycler(color=CYCLE),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.axisbelow": True,     # grid and ticks under the data (and out of each frame's work)
        "grid.alpha": 0.3,
        "legend.framealpha": 1.0,   # opaque legends: the data under them never shows through
        "figure.constrained_layout.use": True,
    })
    return spec


def _compact(value, _pos=None) -> str:
    """Tick label in at most about seven characters, as the current language writes numbers:
    English 950, 12k, 150k, 1.2M; German 950, 12.000, 150.000, 1,2 Mio. (German charts write
    thousands out; "k" is not German), so that a label never grows wide enough to cover the next
    plot while a slider moves."""
    size = abs(value)
    if i18n.get_language() == "de":
        if size >= 1e6:
            text = f"{value / 1e6:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "\u00a0Mio."
        else:
            text = i18n.number(value, ",.6g" if size < 1e3 else ",.0f", "de")
        return text.replace("-", "\N{MINUS SIGN}")
    if size >= 1e6:
        text = f"{value / 1e6:.1f}".rstrip("0").rstrip(".") + "M"
    elif size >= 1e4:
        text = f"{value / 1e3:.0f}k"
    elif size >= 1e3:
        text = f"{value / 1e3:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        text = f"{value:.6g}"
    return text.replace("-", "\N{MINUS SIGN}")


def widest_compact() -> str:
    """The widest label :func:`_compact` writes in the current language (for the room kept
    beside an axis)."""
    return "888.888" if i18n.get_language() == "de" else "888k"


class LocalFormatter(mpl.ticker.ScalarFormatter):
    """Matplotlib's usual tick labels, written as ``language`` writes numbers (German: ``0,5``;
    ``1.000``). Every axis of :func:`figure` starts with one, for the language the panel is built
    in; a panel that sets another formatter (or a log scale) replaces it."""

    def __init__(self, language: str = "en"):
        super().__init__()
        self.language = language

    def __call__(self, x, pos=None):
        text = super().__call__(x, pos)
        if self.language != "de":
            return text
        whole = text.replace("\N{MINUS SIGN}", "-")
        if whole.lstrip("-").isdigit() and len(whole.lstrip("-")) >= 4:   # 2000 → 2.000
            return i18n.number(int(whole), ",d", "de").replace("-", "\N{MINUS SIGN}")
        return text.translate(i18n.GERMAN_MARKS)


def compact_formatter() -> mpl.ticker.FuncFormatter:
    """A tick formatter (one per axis) for values that span several orders of magnitude
    (see :func:`_compact`)."""
    return mpl.ticker.FuncFormatter(_compact)


def figure(nrows: int = 1, ncols: int = 1, width: float = 8.0, height: float = 4.0, **kwargs):
    """A new figure and axes in the current style, for a panel.

    ``width`` and ``height`` are in inches for the default style; the presenter style scales them.
    Returns ``(fig, axes)`` like ``plt.subplots``. The figure is not registered with pyplot: a
    panel shows it itself (see :mod:`flywheel_lib.ui.frames`), and re-running a cell leaves no
    figure behind.
    """
    scale = STYLES[_state["style"]]["scale"]
    with mpl.rc_context(rc_params()):
        fig = Figure(figsize=(width * scale, height * scale))
        axes = fig.subplots(nrows, ncols, **kwargs)
        language = i18n.get_language()
        for ax in np.atleast_1d(axes).ravel():
            ax.xaxis.set_major_formatter(LocalFormatter(language))
            ax.yaxis.set_major_formatter(LocalFormatter(language))
    return fig, axes


@contextlib.contextmanager
def style_context(style: str | None = None):
    """A style's rcParams (the current style by default) while the block runs (a panel's update).

    Like ``mpl.rc_context(rc_params(style))`` but it saves and restores only the style's own keys
    (about 0.05 ms instead of 0.4: rc_context copies all 300 rcParams, on every slider move).
    """
    params = rc_params(style)
    rc = mpl.rcParams
    before = {key: rc[key] for key in params}
    try:
        rc.update(params)
        yield
    finally:
        dict.update(rc, before)   # (validated when they were set, as rc_context restores them)


def styled(func):
    """Run ``func`` under the current style's rcParams (for artists added after ``figure``)."""
    def wrapper(*args, **kwargs):
        with mpl.rc_context(rc_params()):
            return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


#: round axis limits: 1, 2, 5 times a power of ten
LADDER = (1.0, 2.0, 5.0, 10.0)


def nice_ceiling(value: float, ladder=LADDER) -> float:
    """The smallest rung of ``ladder`` (by default 1, 2 or 5) times a power of ten at or above
    ``value``; 1 for values that are not positive and finite."""
    if not (value > 0 and math.isfinite(value)):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in ladder:
        if value <= step * power * (1 + 1e-9):
            return step * power
    return 10.0 * power


def set_top(ax, top: float, *, axis: str = "y", bottom: float = 0.0) -> None:
    """Let ``ax``'s y (or x) axis run from ``bottom`` to the round number above ``top``.

    The limit changes only when the data cross a rung of the ladder 1, 2, 5, 10, …: the scale
    stays put while a learner drags, and the picture is a function of the sliders alone. (A
    change of limits means a full draw; unchanged limits are not set again.)"""
    limits = (bottom, nice_ceiling(top))
    current = ax.get_ylim() if axis == "y" else ax.get_xlim()
    if tuple(current) != limits:
        (ax.set_ylim if axis == "y" else ax.set_xlim)(*limits)


def show(fig, dpi: float | None = None):
    """A still picture of ``fig`` for a notebook cell: the PNG that ``savefig`` writes, shown by
    IPython in JupyterLab, Voilà, an HTML export or a notebook viewer."""
    import io

    from IPython.display import Image
    buffer = io.BytesIO()
    with mpl.rc_context(rc_params()):
        fig.savefig(buffer, format="png", dpi=dpi or fig.dpi)
    return Image(data=buffer.getvalue(), format="png")


def _handles_and_labels(ax, handles, labels):
    """A legend's entries: ``ax``'s labelled artists by default, else ``handles`` with their own
    labels unless ``labels`` are given."""
    if handles is None:
        return ax.get_legend_handles_labels()
    return handles, labels if labels is not None else [h.get_label() for h in handles]


def legend_below(fig, handles=None, labels=None, *, ncols: int | None = None, **kwargs):
    """One legend for the whole figure, below its plots (``loc="outside lower center"``).

    By default it collects the labelled artists of every plot, each label once. A legend outside
    the plots never hides data, and it stays out of every frame's work: a legend over moving
    data is drawn again on each slider move (see :mod:`flywheel_lib.ui.frames`)."""
    if handles is None:
        seen = {}
        for ax in fig.axes:
            for handle, label in zip(*ax.get_legend_handles_labels()):
                seen.setdefault(label, handle)
        labels, handles = list(seen), list(seen.values())
    else:
        handles, labels = _handles_and_labels(None, handles, labels)
    kwargs.setdefault("frameon", False)
    # no more columns than fit the figure's width (estimated from the longest label): a legend
    # wider than its figure is cut off, and the layout engine then gives up on the whole figure
    size = mpl.font_manager.FontProperties(
        size=kwargs.get("fontsize", mpl.rcParams["legend.fontsize"])).get_size_in_points()
    longest = max((len(str(label)) for label in labels), default=1)
    column_pt = (0.6 * longest + 4.5) * size         # text + handle + spacing, points
    fit = max(1, int(0.95 * fig.get_figwidth() * 72 // column_pt))
    return fig.legend(handles, labels, loc="outside lower center",
                      ncols=max(1, min(ncols or 4, len(handles), fit)), **kwargs)


def set_bar_heights(bars, heights) -> None:
    """Set the heights of a bar container in place."""
    for bar, h in zip(bars, heights):
        bar.set_height(float(h))


def set_bar_widths(bars, widths, centre: float = 0.0) -> None:
    """Set horizontal bars' widths in place, centred on ``centre`` (for funnel charts)."""
    for bar, w in zip(bars, widths):
        bar.set_width(float(w))
        bar.set_x(centre - float(w) / 2)


def clip_to(artists, ax, x0: float, y0: float, x1: float, y1: float):
    """Clip ``artists`` to the rectangle (x0, y0)–(x1, y1) in ``ax``'s data coordinates (a patch,
    line or text that stays inside it looks the same); returns the clip box.

    A tight clip box keeps a moving artist's redraw small: the fast redraw (see
    :mod:`flywheel_lib.ui.frames`) repaints every still artist drawn over a moving one's clip box
    on each slider move (a name next to a gauge, say), so a box round the artist's own place keeps
    its neighbours out of that work. Texts are clipped too (``clip_on``)."""
    from matplotlib.transforms import Bbox, TransformedBbox
    box = TransformedBbox(Bbox([[min(x0, x1), min(y0, y1)], [max(x0, x1), max(y0, y1)]]),
                          ax.transData)
    for artist in artists:
        artist.set_clip_on(True)
        artist.set_clip_box(box)
    return box


def legend_under(ax, handles=None, labels=None, *, ncols: int = 3, **kwargs):
    """A legend for ``ax`` outside its plot, centred under its tick labels and x label.

    Like :func:`legend_below` for one plot of several: the legend never hides data and never
    lies over a moving line (which would be drawn again on each slider move). The gap under the
    plot is measured in points from the current style's font sizes, so it fits both styles."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.transforms import ScaledTranslation
    handles, labels = _handles_and_labels(ax, handles, labels)
    rc = mpl.rcParams

    def points(size):
        return FontProperties(size=size).get_size_in_points()

    gap = rc["xtick.major.size"] + rc["xtick.major.pad"] + 1.2 * points(rc["xtick.labelsize"])
    if ax.get_xlabel():
        gap += rc["axes.labelpad"] + 1.2 * points(rc["axes.labelsize"])
    offset = ScaledTranslation(0, -gap / 72, ax.figure.dpi_scale_trans)
    kwargs.setdefault("frameon", False)
    return ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0.0),
                     bbox_transform=ax.transAxes + offset, ncols=ncols, **kwargs)


def legend_beside(ax, handles=None, labels=None, **kwargs):
    """A legend for ``ax`` outside its plot, to the right of it (top aligned): it never hides
    data and never lies over a moving line (see :func:`legend_under`)."""
    handles, labels = _handles_and_labels(ax, handles, labels)
    kwargs.setdefault("frameon", False)
    kwargs.setdefault("borderaxespad", 0.8)   # (a few pixels clear of the plot's lines)
    return ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.0, 1.0), **kwargs)


class SlidingScale:
    """A y axis from 0 whose numbers follow the data without redrawing the whole figure.

    For plots whose scale must follow the data on almost every move (growth that spans orders of
    magnitude): a change of axis limits redraws the whole figure (50–150 ms, see
    :mod:`flywheel_lib.ui.frames`). Here the plot's limits, ticks and grid never change — the
    axis runs from 0 to 1, with a grid line at every quarter — and the data are drawn as
    fractions of the top (:meth:`fractions`). The numbers at the half and at the top are texts
    that change with the data and are drawn with the moving lines; they look like tick labels.

    ``scale.set_top(value)`` picks the top: the round number 1, 1.5, 2, 3, 4, 5, 6 or 8 times a
    power of ten at or above ``value`` (so that the half is round too), and returns it. ``formatter``
    writes a number (default :func:`_compact`: 950, 12k, 1.2M; in German 950, 12.000, 1,2 Mio.);
    ``widest`` is the widest label it writes (default: :func:`widest_compact`), for the room kept between the axis and its label. Build it under the panel's
    style (the numbers take the style's tick label size and colour).
    """

    LADDER = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
    LABELLED = (0.5, 1.0)   # the fractions of the top that carry a number that moves

    def __init__(self, ax, formatter=_compact, widest: str | None = None):
        from matplotlib.font_manager import FontProperties
        from matplotlib.textpath import TextPath
        from matplotlib.ticker import NullFormatter
        from matplotlib.transforms import Bbox, ScaledTranslation, TransformedBbox
        self.ax = ax
        self.formatter = formatter
        self.top = None
        rc = mpl.rcParams
        ax.set_ylim(0.0, 1.0)
        ax.set_yticks([0.0, 0.5, 1.0])
        ax.set_yticks([0.25, 0.75], minor=True)
        ax.yaxis.set_major_formatter(NullFormatter())
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.grid(True, which="minor", axis="y")
        pad = rc["ytick.major.size"] + rc["ytick.major.pad"]
        size = FontProperties(size=rc["ytick.labelsize"]).get_size_in_points()
        colour = rc["ytick.labelcolor"]
        colour = rc["ytick.color"] if colour == "inherit" else colour
        place, _, _ = ax.get_yaxis_text1_transform(pad)
        style = dict(transform=place, ha="right", va="center_baseline", fontsize=size,
                     color=colour)
        ax.text(0.0, 0.0, formatter(0.0), **style)   # (the 0 never changes: a still text)
        # the moving numbers are clipped to the strip left of the plot beside them: a move
        # redraws that strip only. (They count in the layout made at the first picture, like
        # tick labels: room is kept for the top one above the plot; the room for their width
        # is kept by the place of the axis label.)
        strip = TransformedBbox(Bbox([[-0.45, 0.3], [0.0, 1.04]]), ax.transAxes)
        self.labels = [ax.text(0.0, y, "", **style) for y in self.LABELLED]
        for label in self.labels:
            label.set_clip_on(True)
            label.set_clip_box(strip)
        width = TextPath((0, 0), widest or widest_compact(), size=size).get_extents().width
        room = (pad + width + rc["axes.labelpad"]) / 72
        ax.yaxis.set_label_coords(0.0, 0.5, transform=ax.transAxes + ScaledTranslation(
            -room, 0.0, ax.figure.dpi_scale_trans))

    def set_top(self, value: float) -> float:
        """Let the axis run from 0 to the round number at or above ``value``; returns the top.

        (The numbers are marked as changed on every call, also when they stay: the picture
        engine then learns them as moving on the first move, not with a full redraw later.)"""
        top = nice_ceiling(value, self.LADDER)
        self.top = top
        for y, label in zip(self.LABELLED, self.labels):
            label.set_text(self.formatter(top * y))
            label.stale = True
        return top

    def fractions(self, values) -> np.ndarray:
        """``values`` as fractions of the top (what a line on this axis is given)."""
        return np.asarray(values, dtype=float) / self.top


def set_title(ax, text: str, **kwargs):
    """``ax.set_title`` with a little more room under the title (a quarter of its size and
    3.5 points; matplotlib's default is 6 points), so that the title stays clear of the plot's
    frame in both styles: a title that touches the plot where lines move would be drawn again on
    every slider move. Returns the title."""
    from matplotlib.font_manager import FontProperties
    rc = mpl.rcParams
    size = FontProperties(size=kwargs.get("fontsize", rc["axes.titlesize"])).get_size_in_points()
    kwargs.setdefault("pad", 0.25 * size + 3.5)
    return ax.set_title(text, **kwargs)
