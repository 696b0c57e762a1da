"""Pictures of a panel's figure for the browser: drawn by matplotlib's Agg, sent as one PNG a move.

A panel's figure never goes through an interactive matplotlib backend. Each update draws it into
memory with Agg and puts the PNG into an ``ipywidgets.Image``: one kernel → browser message per
slider move, and no frame request from the browser in the loop.

**The fast path** is matplotlib's documented blitting (``copy_from_bbox``, ``restore_region``,
``draw_artist``), used only where it gives the same pixels as a plain draw:

1. *Learn what moves.* After a full draw every artist is clean (``Artist.stale`` is False). The
   artists that the panel's ``render`` then marks stale are the moving ones; they are made
   ``animated``, so that a full draw leaves them out and its picture is the background.
2. *Draw a frame.* Restore the background, then draw, in the order a full draw uses, the moving
   artists and every still artist drawn after them whose extent touches their area (a legend over
   a line, a spine under its end).
3. *Never stale.* Any other change — a colour, a limit, a tick label, a grid, an added or removed
   artist, a new size or dpi, made inside ``render`` or anywhere else — marks the figure stale
   (animated artists do not propagate it), and the next frame is a full draw, as matplotlib's own
   ``draw_idle`` relies on.

**The layout is made once.** The figure's layout engine (constrained layout) runs when the panel
is first drawn, until the positions no longer change, and is then taken off the figure: the
plots stay where they are while a learner drags (a panel's picture depends on its sliders, not on
where they have been), and a ``savefig`` draws exactly what the learner sees. ``relayout()`` runs
it again (after a change of size, say).

``FLYWHEEL_FAST_FRAMES=0`` (or ``Frames(fast=False)``, ``panel.frames.fast = False``) switches to
the plainest path: a full draw of every frame.
"""
from __future__ import annotations

import os
import struct
import zlib

import ipywidgets as W
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import Collection
from matplotlib.image import AxesImage
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.spines import Spine
from matplotlib.text import Text
from matplotlib.transforms import Bbox

try:  # ISA-L's deflate is ~5x faster than zlib's; the output is a standard zlib stream either way
    from isal import isal_zlib as _deflate
except ImportError:  # pragma: no cover - optional
    _deflate = zlib

#: pixels added around a still artist's extent when deciding what overlaps (antialiasing)
PAD_PX = 2
#: artist kinds whose get_window_extent covers everything they paint (others count as everywhere)
_MEASURED = (Text, Line2D, Patch, Collection, Legend, AxesImage)


def fast_by_default() -> bool:
    """False when the environment variable ``FLYWHEEL_FAST_FRAMES`` is ``0``/``no``/``off``."""
    return os.environ.get("FLYWHEEL_FAST_FRAMES", "1").strip().lower() not in ("0", "no", "off",
                                                                             "false")


def png(rgba: np.ndarray) -> bytes:
    """A PNG of an ``(h, w, 4)`` uint8 picture: RGB when it is opaque (smaller), else RGBA.

    Rows unfiltered, deflate level 1: about 1–5 ms for a panel, against 10–20 ms for Pillow.
    """
    h, w, _ = rgba.shape
    opaque = bool(rgba[..., 3].min() == 255)
    channels = 3 if opaque else 4
    rows = np.empty((h, 1 + w * channels), np.uint8)
    rows[:, 0] = 0                                   # filter type "none" on every row
    rows[:, 1:].reshape(h, w, channels)[...] = rgba[..., :channels]   # (one copy, no temporary)
    header = struct.pack(">IIBBBBB", w, h, 8, 2 if opaque else 6, 0, 0, 0)

    def chunk(kind: bytes, data) -> bytes:
        crc = zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + bytes(data) + struct.pack(">I", crc)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", _deflate.compress(rows, 1)) + chunk(b"IEND", b""))


def draw_order(fig) -> list:
    """The artists a full draw of ``fig`` paints, in its order: the figure's children by zorder,
    each visible Axes opened into its children by zorder (its background patch left out, as Axes
    and Figure draw their patches first). Mirrors ``Figure.draw`` and ``Axes.draw``."""
    order = []
    for artist in sorted((a for a in fig.get_children() if a is not fig.patch),
                         key=lambda a: a.get_zorder()):
        if not isinstance(artist, Axes):
            order.append(artist)
            continue
        ax = artist
        if not ax.get_visible():
            continue
        kids = [c for c in ax.get_children() if c is not ax.patch]
        if not (ax.axison and ax.get_frame_on()):
            kids = [c for c in kids if c not in ax.spines.values()]
        if not ax.axison:
            kids = [c for c in kids if not isinstance(c, Axis)]
        order.extend(sorted(kids, key=lambda a: a.get_zorder()))
    return order


def _area(artist, renderer, fig_box: Bbox) -> Bbox | None:
    """Where a still artist may paint, in display pixels (the whole figure when unsure; None for
    a collection without anything in it, which paints nothing)."""
    if isinstance(artist, Collection) and not len(artist.get_paths()):
        return None
    try:
        if isinstance(artist, Axis):
            box = Bbox.union([artist.axes.bbox, artist.get_tightbbox(renderer) or artist.axes.bbox])
        elif isinstance(artist, _MEASURED):
            box = artist.get_window_extent(renderer)
        else:
            return fig_box
    except Exception:  # an artist that cannot say where it is counts as everywhere
        return fig_box
    return box.padded(PAD_PX) if np.isfinite(box.extents).all() else fig_box


def _reach(artist, fig_box: Bbox) -> Bbox:
    """Where a moving artist may ever paint: its clip box (Agg clips to it, give or take a pixel
    of rounding), else the whole figure."""
    clip = artist.get_clip_box() if artist.get_clip_on() else None
    return clip.frozen().padded(1) if clip is not None else fig_box


class Frames:
    """Draws ``fig`` with Agg and shows each picture in :attr:`image` (an ``ipywidgets.Image``).

    ``show()`` after every change. The figure gets an Agg canvas of its own; nothing of it is
    registered with pyplot, so re-running a cell leaves no figure behind.
    """

    def __init__(self, fig, fast: bool | None = None):
        self.fig = fig
        self.canvas = FigureCanvasAgg(fig)      # (sets fig.canvas)
        self.fast = fast_by_default() if fast is None else bool(fast)
        self.moving: list = []                 # artists learned to move (made animated)
        self.full_draws = 0
        self.fast_draws = 0
        self.last_png = b""
        self._background = None
        self._layers: list = []                 # moving + overlapping still artists, in order
        self.layout = fig.get_layout_engine()   # run by relayout(), never by a draw
        self.css_dpi = fig.dpi                  # figure pixels per inch = CSS pixels per inch
        w, h = (int(round(v)) for v in fig.bbox.size)
        self.image = W.Image(format="png",
                             layout=W.Layout(width=f"{w}px", max_width="100%", height="auto",
                                             margin="0"))   # scaled down, never cut off
        self.image.add_class("flywheel-figure")

    # -- learning ------------------------------------------------------------------------------
    def clean(self) -> bool:
        """True when nothing that a full draw paints has changed since the last frame."""
        return not self.fig.stale

    def learn(self) -> None:
        """Make the artists that are stale now (changed since a clean figure) moving ones.

        Only children of an Axes are learned (a figure never draws an animated child of its own,
        not even in ``savefig``); never an Axis or a Spine (they change with the limits, and then
        the whole figure is drawn) nor an image (an animated image is still drawn into the
        background). A moving artist leaves the layout (so that a
        picture never depends on where a text stood before) and, on the fast path, becomes
        ``animated``. Call it right after ``render`` ran on a figure that was clean before."""
        found = []
        for ax in self.fig.axes:
            if ax.stale:
                found += [c for c in ax.get_children()
                          if c.stale and c is not ax.patch and c not in self.moving]
        for artist in found:
            if not isinstance(artist, (AxesImage, Axis, Spine)):
                artist.set_in_layout(False)
                artist.set_animated(self.fast)  # animated artists keep `stale` to themselves
                self.moving.append(artist)

    # -- drawing -------------------------------------------------------------------------------
    def relayout(self) -> None:
        """Place the plots with the figure's layout engine (until they stay put, at most 5
        passes), then keep them there: the engine is taken off the figure."""
        fig = self.fig
        if self.layout is None:
            return
        fig.set_layout_engine(self.layout)
        for _ in range(5):
            before = [ax.get_position().bounds for ax in fig.axes]
            fig.draw_without_rendering()
            if [ax.get_position().bounds for ax in fig.axes] == before:
                break
        fig.set_layout_engine("none")

    def _full_draw(self) -> None:
        canvas, fig = self.canvas, self.fig
        if fig.get_layout_engine() is self.layout and self.layout is not None:
            self.relayout()
        self.moving = [a for a in self.moving if a.figure is fig]
        if not self.fast:
            self._plain_draw()
            return
        for artist in self.moving:
            artist.set_animated(True)
        canvas.draw()                           # everything but the animated artists
        self.full_draws += 1
        layers = self._find_layers(canvas.get_renderer())
        if self.moving and not layers:          # no exact fast path for this figure now
            self._plain_draw()
            return
        still = [a for a in layers if not a.get_animated()]
        if still:                               # still artists over a moving one: out of the
            for artist in still:                # background, drawn with the moving ones
                artist.set_animated(True)
            canvas.draw()
            self.full_draws += 1
        self._layers = layers
        # the whole buffer, in whole pixels (fig.bbox may end a hair short of the last column)
        renderer = canvas.get_renderer()
        whole = Bbox.from_bounds(0, 0, renderer.width, renderer.height)
        self._background = canvas.copy_from_bbox(whole) if layers else None
        self._paint_layers()

    def _plain_draw(self) -> None:
        """A full draw of everything, nothing animated (the plainest path)."""
        for artist in draw_order(self.fig):
            artist.set_animated(False)
        self._layers, self._background = [], None
        self.canvas.draw()
        self.full_draws += 1
        self._paint_layers()

    def _find_layers(self, renderer) -> list:
        """The artists drawn over the background on every frame, in draw order: the animated
        ones (moving, or still but over a moving one), and every still artist after the first
        of them whose area touches the area of one drawn before it over the background."""
        fig_box = self.fig.bbox
        moving = set(self.moving)
        layers, areas = [], []
        for artist in draw_order(self.fig):
            if artist.get_animated():
                layers.append(artist)
                areas.append(_reach(artist, fig_box) if artist in moving
                             else _area(artist, renderer, fig_box))
            elif layers and artist.get_visible():
                area = _area(artist, renderer, fig_box)
                if area is not None and any(area.overlaps(a) for a in areas):
                    if artist.axes is None:
                        # a figure never draws an animated child of its own, not even in
                        # savefig: a still figure-level artist over a moving one means full draws
                        return []
                    layers.append(artist)
                    areas.append(area)
        return layers

    def _paint_layers(self) -> None:
        for artist in self._layers:
            self.fig.draw_artist(artist)
        # The picture now matches the figure: every flag is clean, also of artists a draw skips
        # (an empty text, an invisible patch) and of the parents of an Axis drawn alone (its
        # draw updates its ticks), so that the next `learn` sees only new changes.
        self.fig.stale = False
        for artist in self.fig.get_children():
            artist.stale = False
            if isinstance(artist, Axes):
                for child in artist.get_children():
                    child.stale = False

    def draw(self) -> np.ndarray:
        """Draw the current figure (fast when exact) and return its RGBA pixels."""
        if self.fast and self._background is not None and self.clean():
            self.canvas.restore_region(self._background)
            self._paint_layers()
            self.fast_draws += 1
        else:
            self._full_draw()
        return np.asarray(self.canvas.buffer_rgba())

    def show(self) -> None:
        """Draw and send the picture to the browser (one message)."""
        self.last_png = png(self.draw())
        self.image.value = self.last_png

    def set_ratio(self, ratio: float) -> bool:
        """Draw with ``ratio`` (≥ 1) device pixels per CSS pixel from now on, for a HiDPI screen:
        the figure's dpi becomes ``ratio`` times its first dpi, while the picture keeps its CSS
        size. The plots stay where they are (their positions are fractions of the figure, and
        text scales with the dpi). Returns True when the ratio changed; the next frame is then a
        full draw (a new dpi marks the figure stale)."""
        if not ratio >= 1.0:
            raise ValueError(f"ratio must be a number >= 1 (device pixels per CSS pixel); "
                             f"got {ratio!r}")
        dpi = self.css_dpi * ratio
        if abs(dpi - self.fig.dpi) < 1e-9:
            return False
        self.fig.set_dpi(dpi)
        self._background = None
        return True

    def forget(self) -> None:
        """Draw the whole figure next time (e.g. after a change matplotlib does not track)."""
        self._background = None
