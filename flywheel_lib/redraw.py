"""Fast in-place redraws: a cached background, and only the artists a panel changes drawn on it.

A full matplotlib draw of a panel spends most of its time on axes, ticks and tick labels, which do
not change while a learner drags a slider. :class:`Redrawer` draws them once into a background,
marks every data artist (lines, bars, collections, texts and images inside the axes) as
*animated*, and on each draw restores the background and draws only those artists. A full
draw happens only when something in the background changed: axis limits or scales, titles, axis
labels, fixed tick labels, figure texts, or an artist added to the axes.

The constrained layout is computed on the first draw and then kept. Axis limits get hysteresis
(:meth:`Redrawer.stabilise_limits`): when new data still fits the current limits and fills at least
``SHRINK`` of them, the limits stay; when the data outgrow them, they grow with ``HEADROOM``. So a drag rarely forces a full draw, and the plot never clips data.

Works with ipympl (which sends only the changed pixels to the browser) and with Agg (tests,
benchmark, exports). Under ipympl the browser still asks for each frame (after ``draw_idle``), so
no frame is dropped; only the cost of composing it falls. ``savefig`` is
unaffected: saving always draws everything.
"""
from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ticker import FixedLocator

SHRINK = 0.35    # keep the limits while the data span at least this share of them
HEADROOM = 1.6   # when data outgrow the limits, leave this much room for further growth


def _data_artists(fig) -> list:
    return [a for ax in fig.axes
            for a in (*ax.lines, *ax.patches, *ax.collections, *ax.texts, *ax.images)]


class Redrawer:
    """Background caching and blitting for one figure (see the module docstring)."""

    def __init__(self, fig):
        self.fig = fig
        self.canvas = fig.canvas
        self.enabled = isinstance(self.canvas, FigureCanvasAgg)
        self.background = None
        self.signature = None
        self.artists: list = []
        self.limits: dict = {}
        self.full_draws = 0
        self.fast_draws = 0
        if self.enabled:
            # Every draw of this canvas (a browser's request, draw_idle, a test) composes the full
            # picture: background plus the animated artists.
            self.canvas.draw = self.full_draw

    # -- what the background depends on ----------------------------------------------------
    def _signature(self) -> tuple:
        parts = [tuple(self.fig.bbox.bounds), tuple(t.get_text() for t in self.fig.texts)]
        for ax in self.fig.axes:
            parts.append((
                ax.get_visible(), ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale(),
                ax.get_title("left"), ax.get_title(), ax.get_title("right"),
                ax.get_xlabel(), ax.get_ylabel(), tuple(ax.get_position().bounds),
                tuple(t.get_text() for t in ax.get_legend().get_texts()) if ax.get_legend() else (),
            ))
            for axis in (ax.xaxis, ax.yaxis):
                loc = axis.get_major_locator()
                if isinstance(loc, FixedLocator):
                    labels = tuple(getattr(axis.get_major_formatter(), "seq", ()) or ())
                    parts.append((tuple(loc.locs), labels))
        return tuple(parts)

    def _collect(self) -> bool:
        """Mark the figure's data artists animated; True if the set changed."""
        current = _data_artists(self.fig)
        changed = len(current) != len(self.artists) or any(
            a is not b for a, b in zip(current, self.artists))
        for a in current:
            if not a.get_animated():
                a.set_animated(True)
        self.artists = current
        return changed

    # -- limits -----------------------------------------------------------------------------
    def stabilise_limits(self) -> None:
        """Keep each linear axis' limits while the new ones fit inside and fill enough of them."""
        for ax in self.fig.axes:
            for name, scale in (("x", ax.get_xscale()), ("y", ax.get_yscale())):
                get, set_ = getattr(ax, f"get_{name}lim"), getattr(ax, f"set_{name}lim")
                new = get()
                old = self.limits.get((id(ax), name))
                if old is not None and scale == "linear" and new != old:
                    (lo, hi), (olo, ohi) = new, old
                    span, ospan = hi - lo, ohi - olo
                    if olo <= lo and hi <= ohi and ospan > 0 and span >= SHRINK * ospan:
                        set_(olo, ohi)  # the data still fit: keep the picture steady
                        continue
                    if span > 0 and (hi > ohi or lo < olo):  # growing: leave room to grow further
                        if lo == olo:
                            set_(lo, lo + span * HEADROOM)
                        elif hi == ohi:
                            set_(hi - span * HEADROOM, hi)
                        else:
                            mid = (lo + hi) / 2
                            set_(mid - span * HEADROOM / 2, mid + span * HEADROOM / 2)
                self.limits[(id(ax), name)] = get()

    def forget_limits(self) -> None:
        """Let the panel's own limits apply again (after Reset, the first picture comes back)."""
        self.limits.clear()

    # -- drawing ----------------------------------------------------------------------------
    def full_draw(self, *args, **kwargs) -> None:
        """The canvas' draw: compose background and data artists, then hand the frame on.

        The background is re-rendered only when it changed; otherwise it is restored from the
        cache and only the data artists are drawn. Under ipympl the frame is then sent exactly as
        ipympl's own ``draw`` does, in answer to the browser's request after ``draw_idle``, so the
        browser never receives frames faster than it asks for them.
        """
        added = self._collect()
        if added or self.background is None or self._signature() != self.signature:
            FigureCanvasAgg.draw(self.canvas)  # animated artists are skipped here
            if self.full_draws == 0 and self.fig.get_layout_engine() is not None:
                # The layout is computed once, on the first draw; re-computing it on every change
                # of limits would double the cost of a full draw.
                self.fig.set_layout_engine("none")
            self.background = self.canvas.copy_from_bbox(self.fig.bbox)
            self.signature = self._signature()
            self.full_draws += 1
        else:
            self.canvas.restore_region(self.background)
            self.fast_draws += 1
        renderer = self.canvas.get_renderer()
        for a in self.artists:
            if a.get_visible() and a.axes is not None and a.axes.get_visible():
                a.draw(renderer)
        manager = getattr(self.canvas, "manager", None)
        if hasattr(manager, "refresh_all"):  # webagg/ipympl: mark the frame new and send it
            self.canvas._png_is_old = True
            manager.refresh_all()

    def redraw(self) -> None:
        """Ask for a redraw: ipympl's browser view requests it; other canvases draw at once."""
        self.canvas.draw_idle()
