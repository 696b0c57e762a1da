"""Fast in-place redraws: a cached background, and only the artists that change drawn on it.

A full matplotlib draw of a panel spends most of its time on axes, ticks and text, which do not
change while a learner drags a slider. :class:`Redrawer` keeps a picture of everything that stays
still (the *background*) and, on each draw, restores it and draws only the *dynamic* artists.

Which artists are dynamic is learned, not declared: after the first draw, an artist the panel
changes (matplotlib marks it stale) becomes *animated* and leaves the background. So a diagram's
names, signs and arrows stay in the background while its gauges and numbers move. Layering is kept:
dynamic artists are drawn in matplotlib's order (by ``zorder``), and a still artist that lies above
a dynamic one and overlaps it becomes dynamic too, so nothing is ever painted over the wrong way.
An opaque legend stays in the background and is blitted back over the dynamic artists; axis
decorations (ticks, grid, spines) always stay in the background, below them.

The background is drawn again only when it changed: axis limits or scales, titles, axis labels,
fixed tick labels, figure texts, an artist added or removed, or an artist that starts to change.
When that concerns some axes only, only their *cell* of the figure is drawn again (see
:meth:`Redrawer._make_cells`); otherwise the whole figure. The constrained layout is computed on
the first draw and then kept.

Axis limits (:meth:`Redrawer.stabilise_limits`): under ipympl, while the learner drags, an axis
only grows, with ``HEADROOM``, when the data outgrow it, and otherwise keeps its limits, so a drag
rarely forces a full draw and the plot never clips data. When the sliders rest for ``SETTLE_S``
seconds, every axis takes the limits the panel asked for (:meth:`Redrawer.settle`). On canvases
without a browser (Agg: tests, exports), the panel's limits apply at once.

Under ipympl, frames are sent in answer to the browser's draw requests (``draw_idle``), as a PNG of
the changed pixels; :func:`fast_png` writes that PNG about three times faster than PIL's default
(no row filters, fast zlib), which matters at 30 ms per update. A browser can still miss a frame
(matplotlib/matplotlib#19116), so after every pause it gets one whole frame.
``savefig`` is unaffected: saving always draws everything.
"""
from __future__ import annotations

import struct
import types
import zlib

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.legend import Legend
from matplotlib.patches import Patch
from matplotlib.transforms import Bbox
from matplotlib.ticker import FixedLocator

HEADROOM = 3.0    # when data outgrow an axis during a drag, it grows to this multiple of their span
SETTLE_FILL = 0.6  # after a pause, re-fit an axis whose wanted span is below this share of its span
GAP = 2.0         # pixels: axes closer than twice this share one cell (anti-aliased edges bleed)
SETTLE_S = 0.4    # the pause (seconds without a slider move) after which axes are re-fitted


# -------------------------------------------------------------------------------------------
# The PNG of a frame
# -------------------------------------------------------------------------------------------
def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def fast_png(rgba: np.ndarray, level: int = 1) -> bytes:
    """A valid 8-bit RGBA PNG of ``rgba`` (height × width × 4, uint8), built for speed.

    Rows are stored unfiltered and deflated at zlib ``level`` (1 = fastest) with run-length
    matching, which suits ipympl's diff frames: mostly transparent zeros around the changed pixels.
    """
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    if rgba.ndim != 3 or rgba.shape[2] != 4:
        raise ValueError(f"rgba: expected an array of shape (height, width, 4), got {rgba.shape}")
    h, w, _ = rgba.shape
    raw = np.zeros((h, w * 4 + 1), np.uint8)   # each row starts with filter type 0 (none)
    raw[:, 1:] = rgba.reshape(h, w * 4)
    packer = zlib.compressobj(level, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
    idat = packer.compress(raw.data) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))


def _fast_diff_image(canvas):
    """matplotlib's ``FigureCanvasWebAggCore.get_diff_image`` with :func:`fast_png` as encoder."""
    if not canvas._png_is_old:
        return None
    pixels = np.asarray(canvas.get_renderer().buffer_rgba())
    buff = pixels.view(np.uint32).squeeze(2)
    if (canvas._force_full or buff.shape != canvas._last_buff.shape
            or (pixels[:, :, 3] != 255).any()):
        canvas.set_image_mode("full")
        output = buff
    else:
        canvas.set_image_mode("diff")
        output = np.where(buff != canvas._last_buff, buff, 0)
    canvas._last_buff = buff.copy()
    canvas._force_full = False
    canvas._png_is_old = False
    return fast_png(output.view(np.uint8).reshape((*output.shape, 4)))


# -------------------------------------------------------------------------------------------
# Which artists to draw, in which order
# -------------------------------------------------------------------------------------------
def _candidates(ax) -> list:
    """The artists of ``ax`` that may change, in the order ``Axes.draw`` draws them."""
    mine = {id(a) for a in (*ax.lines, *ax.patches, *ax.collections, *ax.texts, *ax.images)}
    if ax.get_legend() is not None:
        mine.add(id(ax.get_legend()))
    return sorted((a for a in ax.get_children() if id(a) in mine), key=lambda a: a.get_zorder())


def _opaque_legend(artist) -> bool:
    """True for a legend whose frame hides everything below it (its pixels can be re-blitted)."""
    if not isinstance(artist, Legend) or not artist.get_frame_on() or artist._loc == 0:
        return False   # (a legend placed "best" may move: it is drawn, not re-blitted)
    frame = artist.get_frame()
    return frame.get_visible() and frame.get_facecolor()[3] >= 1.0 and frame.get_alpha() in (None, 1)


def _extent(artist, renderer) -> Bbox:
    """Where ``artist`` paints, in display pixels; for patches, the box of the path's control
    points (a cheap superset of matplotlib's exact extent) widened by half the stroke."""
    if isinstance(artist, Patch):
        points = artist.get_transform().transform(artist.get_path().vertices)
        points = points[np.isfinite(points).all(axis=1)]
        if not len(points):
            return Bbox.null()
        pad = artist.get_linewidth() * artist.figure.dpi / 144.0 + 1.0   # half the stroke + AA
        return Bbox([points.min(axis=0) - pad, points.max(axis=0) + pad])
    return artist.get_window_extent(renderer)


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


class Redrawer:
    """Background caching and blitting for one figure (see the module docstring)."""

    def __init__(self, fig):
        self.fig = fig
        self.canvas = fig.canvas
        self.enabled = isinstance(self.canvas, FigureCanvasAgg)
        manager = getattr(self.canvas, "manager", None)
        self.sends = self.enabled and hasattr(manager, "refresh_all")   # ipympl / webagg
        self.interactive = self.sends   # limits: steady during a drag, fitted after a pause
        self.background = None
        self.signature = None
        self.known: set = set()        # ids of the artists at the last full draw
        self.order: list = []          # (axes, its candidate artists in drawing order)
        self.watch: list = []          # (dynamic artist, still artists above it: (artist, bbox))
        self.overlays: dict = {}       # id(axes) → pixels of its still, opaque legends
        self.limits: dict = {}         # (id(axes), "x"/"y") → limits shown
        self.wanted: dict = {}         # (id(axes), "x"/"y") → (axes, limits the panel asked for)
        self.cells: dict = {}          # id(axes) → (its group of axes, pixel rows and columns)
        self._cut_cells = True         # cut the cells again at the next full draw
        self.full_draws = 0
        self.partial_draws = 0
        self.fast_draws = 0
        self.settles = 0
        self._timer = None
        if self.enabled:
            # Every draw of this canvas (a browser's request, draw_idle, a test) composes the full
            # picture: background plus the dynamic artists.
            self.canvas.draw = self.full_draw
        if self.sends and hasattr(self.canvas, "_last_buff"):
            self.canvas.get_diff_image = types.MethodType(_fast_diff_image, self.canvas)

    # -- what the background depends on ----------------------------------------------------
    def _axes_signature(self, ax) -> tuple:
        parts = [(
            ax.get_visible(), ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale(),
            ax.get_title("left"), ax.get_title(), ax.get_title("right"),
            ax.get_xlabel(), ax.get_ylabel(), tuple(ax.get_position().bounds),
            tuple(t.get_text() for t in ax.get_legend().get_texts()) if ax.get_legend() else (),
        )]
        for axis in (ax.xaxis, ax.yaxis):
            loc = axis.get_major_locator()
            if isinstance(loc, FixedLocator):
                labels = tuple(getattr(axis.get_major_formatter(), "seq", ()) or ())
                parts.append((tuple(loc.locs), labels))
        return tuple(parts)

    def _signature(self) -> tuple:
        """(what the whole figure's background depends on, one part per axes)."""
        return ((tuple(self.fig.bbox.bounds), tuple(t.get_text() for t in self.fig.texts),
                 len(self.fig.legends), tuple(id(ax) for ax in self.fig.axes)),
                tuple(self._axes_signature(ax) for ax in self.fig.axes))

    @property
    def dynamic(self) -> list:
        """The artists drawn on every frame (the others live in the cached background)."""
        return [a for _ax, arts in self.order for a in arts if a.get_animated()]

    def _learn(self) -> tuple:
        """Animate the artists that changed since the last draw. Returns (whole background to
        draw again: first draw, or an artist disappeared; ids of the axes whose background must
        be drawn again because an artist in them started to change or appeared)."""
        self.order = [(ax, _candidates(ax)) for ax in self.fig.axes]
        ids = {id(a) for _ax, arts in self.order for a in arts}
        if self.background is None:
            return True, set()
        dirty = set()
        for ax, arts in self.order:
            for a in arts:
                if not a.get_animated() and (a.stale or id(a) not in self.known):
                    a.set_animated(True)
                    dirty.add(id(ax))
        return not self.known <= ids, dirty

    def _watch_list(self, renderer, overlays: bool = True) -> None:
        """For each dynamic artist, the still artists above it that it could cover (and, with
        ``overlays``, the pixels of the opaque legends to put back over them)."""
        self.watch = []
        self.overlays = {}
        for ax, arts in self.order:
            for i, a in enumerate(arts):
                if a.get_animated():
                    above = [(b, _extent(b, renderer)) for b in arts[i + 1:]
                             if not b.get_animated() and b.get_visible()
                             and not _opaque_legend(b)]
                    if above:
                        self.watch.append((a, above))
            # An opaque legend is put back over the dynamic artists from the background's pixels
            # (cheaper than drawing it on every frame, and the same picture).
            legends = [b for b in arts if _opaque_legend(b) and not b.get_animated()
                       and b.get_visible()]
            if overlays and legends and any(a.get_animated() for a in arts):
                self.overlays[id(ax)] = [self.canvas.copy_from_bbox(b.get_window_extent(renderer))
                                         for b in legends]

    def _covered(self, renderer) -> set:
        """Animate still artists that a dynamic one below them now overlaps; returns the ids of
        their axes."""
        dirty = set()
        for a, above in self.watch:
            if not a.get_visible():
                continue
            box = _extent(a, renderer)
            for b, b_box in above:
                if not b.get_animated() and _overlap(box, b_box):
                    b.set_animated(True)
                    dirty.add(id(a.axes))
        return dirty

    # -- cells: the part of the figure each axes owns ----------------------------------------
    def _make_cells(self, renderer) -> None:
        """Split the figure into one rectangle per group of axes (twins share one), so that a
        change of one axes' limits re-renders only its cell of the background.

        A cell is the group's tight box (ticks, labels, title) widened halfway to the nearest
        neighbouring box on each side, or to the figure's edge. Cells that would overlap each
        other or a figure-level artist are dropped (their changes re-render everything).
        """
        self.cells = {}
        axes = [ax for ax in self.fig.axes if ax.get_visible()]
        boxes = {id(ax): ax.get_tightbbox(   # everything the axes paints, in layout or not
                     renderer, bbox_extra_artists=[a for a in ax.get_children() if a.get_visible()])
                 for ax in axes}
        groups: list = []
        for ax in axes:   # axes whose boxes overlap or nearly touch (twins, insets) form a group
            box = boxes[id(ax)].padded(GAP)
            joined = [g for g in groups if any(_overlap(box, boxes[id(o)].padded(GAP)) for o in g)]
            merged = [o for g in joined for o in g] + [ax]
            groups = [g for g in groups if all(g is not j for j in joined)] + [merged]
        union = [Bbox.union([boxes[id(ax)] for ax in g]) for g in groups]
        width, height = self.fig.bbox.width, self.fig.bbox.height
        rects = []
        for k, (g, b) in enumerate(zip(groups, union)):
            others = [o for j, o in enumerate(union) if j != k]
            left = max([o.x1 for o in others if o.x1 <= b.x0], default=None)
            right = min([o.x0 for o in others if o.x0 >= b.x1], default=None)
            below = max([o.y1 for o in others if o.y1 <= b.y0], default=None)
            above = min([o.y0 for o in others if o.y0 >= b.y1], default=None)
            rects.append((g, Bbox([[0.0 if left is None else (left + b.x0) / 2,
                                    0.0 if below is None else (below + b.y0) / 2],
                                   [width if right is None else (right + b.x1) / 2,
                                    height if above is None else (above + b.y1) / 2]])))
        figure_level = [t.get_window_extent(renderer) for t in self.fig.texts if t.get_visible()]
        figure_level += [leg.get_window_extent(renderer) for leg in self.fig.legends]
        for g, rect in rects:
            inner = rect.padded(-1.0)
            if any(_overlap(inner, r.padded(-1.0)) for o, r in rects if o is not g):
                continue
            if any(_overlap(rect, f) for f in figure_level):
                continue
            # pixel rows count from the top of the buffer; neighbours share a rounded edge
            r0, r1 = round(height - rect.y1), round(height - rect.y0)
            c0, c1 = round(rect.x0), round(rect.x1)
            cell = (g, max(r0, 0), min(r1, int(height)), max(c0, 0), min(c1, int(width)))
            for ax in g:
                self.cells[id(ax)] = cell

    def _render_cells(self, dirty: set) -> bool:
        """Re-render only the cells of the ``dirty`` axes into the background; False if that is
        not possible (then the whole background is drawn)."""
        face = self.fig.patch.get_facecolor()
        if not dirty or face[3] < 1.0 or not all(i in self.cells for i in dirty):
            return False
        cells = {id(self.cells[i][0][0]): self.cells[i] for i in dirty}
        if len(cells) == len({id(c[0][0]) for c in self.cells.values()}):
            return False   # every cell is dirty: a plain full draw is as cheap
        self.canvas.restore_region(self.background)
        renderer = self.canvas.get_renderer()
        pixels = np.asarray(renderer.buffer_rgba())
        before = pixels.view(np.uint32).copy()
        colour = np.round(np.asarray(face) * 255).astype(np.uint8)
        for _group, r0, r1, c0, c1 in cells.values():
            pixels[r0:r1, c0:c1] = colour
        drawn = {id(ax) for group, *_ in cells.values() for ax in group}
        for ax in sorted(self.fig.axes, key=lambda a: a.get_zorder()):
            if id(ax) in drawn and ax.get_visible():
                ax.draw(renderer)   # its animated artists are skipped, as in a full draw
        # Did anything paint outside its cell (a label pushed sideways by wider tick labels)?
        # Then the cells no longer fit the picture: draw everything and cut new cells.
        after = pixels.view(np.uint32)
        for _group, r0, r1, c0, c1 in cells.values():
            before[r0:r1, c0:c1] = after[r0:r1, c0:c1]
        if not np.array_equal(before, after):
            self._cut_cells = True
            return False
        return True

    # -- limits -----------------------------------------------------------------------------
    def stabilise_limits(self) -> None:
        """Under ipympl, keep each linear axis' limits during a drag unless the data outgrow them
        (then grow with ``HEADROOM``); re-fit after a pause (see the module docstring)."""
        for ax in self.fig.axes:
            for name, scale in (("x", ax.get_xscale()), ("y", ax.get_yscale())):
                get, set_ = getattr(ax, f"get_{name}lim"), getattr(ax, f"set_{name}lim")
                key = (id(ax), name)
                new = get()
                self.wanted[key] = (ax, name, new)
                old = self.limits.get(key)
                if self.interactive and old is not None and scale == "linear" and new != old:
                    (lo, hi), (olo, ohi) = new, old
                    span = hi - lo
                    if olo <= lo and hi <= ohi:
                        set_(olo, ohi)   # the data still fit: keep the picture steady
                    elif span > 0:       # growing: leave room to grow further
                        if lo == olo:
                            set_(lo, lo + span * HEADROOM)
                        elif hi == ohi:
                            set_(hi - span * HEADROOM, hi)
                        else:
                            mid = (lo + hi) / 2
                            set_(mid - span * HEADROOM / 2, mid + span * HEADROOM / 2)
                self.limits[key] = get()
        if self.sends:
            self._settle_later()

    def _settle_later(self) -> None:
        if self._timer is None:
            self._timer = self.canvas.new_timer(interval=int(SETTLE_S * 1000))
            self._timer.single_shot = True
            self._timer.add_callback(self._pause)
        self._timer.stop()
        self._timer.start()

    def _pause(self) -> None:
        """The sliders rest: re-fit the axes, and send the browser one whole frame.

        ipympl sends only the pixels that changed since the frame before; a browser that missed a
        frame (matplotlib/matplotlib#19116) keeps stale pixels until a whole frame comes. Sending
        one after every pause heals that within ``SETTLE_S`` seconds, at the cost of one larger PNG.
        """
        self.settle(redraw=False)
        self.canvas._force_full = True
        self.redraw()

    def settle(self, redraw: bool = True) -> bool:
        """Give every axis the limits its panel asked for, where they differ enough from those
        shown; redraws and returns True if anything changed."""
        changed = False
        for key, (ax, name, (lo, hi)) in list(self.wanted.items()):
            olo, ohi = self.limits.get(key, (lo, hi))
            inside = olo <= lo and hi <= ohi
            if (lo, hi) != (olo, ohi) and not (inside and hi - lo >= SETTLE_FILL * (ohi - olo)):
                getattr(ax, f"set_{name}lim")(lo, hi)
                self.limits[key] = (lo, hi)
                changed = True
        if changed:
            self.settles += 1
            if redraw:
                self.redraw()
        return changed

    def forget_limits(self) -> None:
        """Let the panel's own limits apply again (after Reset, the first picture comes back)."""
        self.limits.clear()
        if self._timer is not None:
            self._timer.stop()

    # -- drawing ----------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Draw the whole background again on the next draw (after changes it cannot see, such
        as an artist's zorder or colour set from outside the panel)."""
        self.signature = None

    def full_draw(self, *args, **kwargs) -> None:
        """The canvas' draw: compose background and dynamic artists, then hand the frame on.

        The background is re-rendered only when it changed; otherwise it is restored from the
        cache and only the dynamic artists are drawn. Under ipympl the frame is then sent exactly
        as ipympl's own ``draw`` does, in answer to the browser's request after ``draw_idle``, so
        the browser never receives frames faster than it asks for them.
        """
        renderer = self.canvas.get_renderer()
        whole, dirty = self._learn()
        signature = self._signature()
        if self.signature is None or signature[0] != self.signature[0]:
            whole = True
        else:
            dirty |= {id(ax) for ax, new, old in zip(self.fig.axes, signature[1],
                                                      self.signature[1]) if new != old}
        if (whole or dirty) and self.background is not None:
            self._watch_list(renderer, overlays=False)   # still artists that the artists which
            dirty |= self._covered(renderer)             # just started to change already cover
        elif self.watch:
            dirty = self._covered(renderer)
        if whole or dirty:
            first = self.full_draws == 0
            if whole or not self._render_cells(dirty):
                FigureCanvasAgg.draw(self.canvas)   # animated artists are skipped here
                self.full_draws += 1
            else:
                self.partial_draws += 1
            renderer = self.canvas.get_renderer()
            if first and self.fig.get_layout_engine() is not None:
                # The layout is computed once, on the first draw; re-computing it on every change
                # of limits would double the cost of a full draw.
                self.fig.set_layout_engine("none")
            self.background = self.canvas.copy_from_bbox(self.fig.bbox)
            if self._cut_cells or self.signature is None or signature[0] != self.signature[0]:
                self._make_cells(renderer)   # (costly: tight boxes of every axes)
                self._cut_cells = False
            self.signature = self._signature()
            self.known = {id(a) for _ax, arts in self.order for a in arts}
            self._watch_list(renderer)
        else:
            self.canvas.restore_region(self.background)
            self.fast_draws += 1
        for ax, arts in self.order:
            if ax.get_visible():
                for a in arts:
                    if a.get_animated() and a.get_visible():
                        a.draw(renderer)
                for region in self.overlays.get(id(ax), ()):
                    self.canvas.restore_region(region)
        if self.sends:   # webagg/ipympl: mark the frame new and send it
            self.canvas._png_is_old = True
            self.canvas.manager.refresh_all()

    def redraw(self) -> None:
        """Ask for a redraw: ipympl's browser view requests it; other canvases draw at once."""
        self.canvas.draw_idle()
