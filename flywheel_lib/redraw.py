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
the first draw and then kept, until an axis' labels no longer fit the figure
(:meth:`Redrawer._fit_layout`: then once more, when the sliders rest).

Axis limits (:meth:`Redrawer.stabilise_limits`): under ipympl, while the learner drags, an axis
only grows, with ``HEADROOM``, when the data outgrow it, and otherwise keeps its limits, so a drag
rarely forces a full draw and the plot never clips data. When the sliders rest for ``SETTLE_S``
seconds, every axis takes the limits the panel asked for (:meth:`Redrawer.settle`). On canvases
without a browser (Agg: tests, exports), the panel's limits apply at once.

Growing lands on a ladder of round limits (:func:`nice_ceil`), and every cell drawn is kept in a
cache under the limits it shows: a drag that comes back to limits seen before copies their
background instead of drawing the axes again. :meth:`Redrawer.prefetch` can render the cells of
the next steps up the ladder ahead, in pauses, so that the first growth of the next drag is a copy
too.

Threads: under JupyterLab, ipykernel 7 handles widget messages (a slider's move, the browser's
request for a frame) on a *subshell* thread, while ipympl's timers (the pause, rendering ahead)
fire on the kernel's main thread. matplotlib is not thread-safe, so every change of the figure goes
through :attr:`Redrawer.lock`: draws and :meth:`Panel.update <flywheel_lib.widgets.Panel.update>`
wait for it, and a timer that finds it taken comes back later.

Texts are the costliest artists in matplotlib 3.11 (each one is laid out, measured and
rasterised glyph by glyph, again on every draw). While a Redrawer draws, text layouts are kept by
string and font (:func:`_get_layout`), and plain text is painted from glyph images kept by glyph and
sub-pixel place (:class:`_Glyphs`): the same calls and pixels as matplotlib's, without FreeType on
a repeat. A new number (digits, separators, signs) is laid out and measured glyph after glyph,
without raqm, in fonts that were checked not to kern or replace those characters
(:meth:`_Glyphs.simple`). This is how: on the first draw, ``Text._get_layout``,
``RendererAgg.draw_text`` and ``RendererAgg.get_text_width_height_descent`` are replaced by
functions that use the caches only inside a Redrawer's draw, in the drawing thread, and are
matplotlib's own methods everywhere else (``savefig``, other figures, other threads).

Under ipympl, frames are sent in answer to the browser's draw requests (``draw_idle``), as a PNG of
the changed pixels; :func:`fast_png` writes that PNG in about 2 ms where PIL's default takes about
24 (no row filters, ISA-L's deflate), which matters at 30 ms per update. A browser can still miss
a frame (matplotlib/matplotlib#19116), so after every pause it gets one whole frame.
``savefig`` is unaffected: saving always draws everything.
"""
from __future__ import annotations

import contextlib
import math
import struct
import threading
import types
import zlib

import numpy as np

try:   # Intel ISA-L's deflate: about 8× faster than zlib on ipympl's mostly transparent frames
    from isal import isal_zlib as _deflate
except ImportError:   # pragma: no cover - plain zlib works everywhere, only slower
    _deflate = None
import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import fontManager
from matplotlib.image import AxesImage
from matplotlib.legend import Legend
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from matplotlib.ticker import FixedLocator

HEADROOM = 2.0    # when data outgrow an axis during a drag, it grows to at least this multiple of
                  # their span, rounded up to the ladder 1, 2, 5, 10, 20, ... (see nice_ceil)
CACHE_PER_CELL = 24   # backgrounds kept per cell (one per set of limits seen), newest kept
PREFETCH_STEPS = 4    # in a pause, render ahead this many rungs of the ladder for each moving axis
PREFETCH_MS = 30      # under ipympl, one cell is rendered ahead per timer tick of this interval
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

    Rows are stored unfiltered and deflated at ``level`` (1 = fastest): with ISA-L (the ``isal``
    package) when it is installed, else with zlib's run-length matching. Both suit ipympl's diff
    frames, which are mostly transparent zeros around the changed pixels; ISA-L writes a
    1250×540 frame in about 1 ms, zlib in about 8 ms.
    """
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    if rgba.ndim != 3 or rgba.shape[2] != 4:
        raise ValueError(f"rgba: expected an array of shape (height, width, 4), got {rgba.shape}")
    h, w, _ = rgba.shape
    raw = _png_rows(h, w)
    raw[:, 1:] = rgba.reshape(h, w * 4)
    return _png(raw, w, h, level)


def _png_rows(h: int, w: int) -> np.ndarray:
    """Zeroed PNG scanlines for an RGBA image: each row a filter byte (0, none) and 4·w bytes."""
    return np.zeros((h, w * 4 + 1), np.uint8)


def _png(raw: np.ndarray, w: int, h: int, level: int = 1) -> bytes:
    if _deflate is not None:
        idat = _deflate.compress(raw.data, min(max(level, 0), 3))
    else:
        packer = zlib.compressobj(level, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
        idat = packer.compress(raw.data) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))


def _opaque_face(fig) -> bool:
    """True when the figure's face is opaque: every pixel of a frame is, and painting a frame
    over another equals replacing it (cells and diff frames rely on that)."""
    return fig.patch.get_facecolor()[3] >= 1.0


def _fast_diff_image(canvas):
    """matplotlib's ``FigureCanvasWebAggCore.get_diff_image`` with :func:`fast_png` as encoder,
    and one image mode for the browser.

    ipympl's browser side loads every frame into one shared image, asynchronously, and reads the
    image mode ("full": clear, then paint; "diff": paint over) only when the image has loaded. The
    mode travels as a widget state update, which the browser may apply after the next frame has
    arrived; a diff frame that loads while the mode still reads "full" is painted on a cleared
    canvas, and only its changed pixels show. So for a figure with an opaque face (painting over
    equals replacing there) the mode is "diff" from the start and never changes; a whole frame
    (every pixel) is sent in that mode when ipympl asks for one and after every pause (see
    :meth:`Redrawer._pause`), which also repairs the pixels of any frame the browser lost
    (matplotlib/matplotlib#19116). A figure with a transparent face keeps matplotlib's rule.
    """
    if not canvas._png_is_old:
        return None
    pixels = np.asarray(canvas.get_renderer().buffer_rgba())
    buff = pixels.view(np.uint32).squeeze(2)
    whole = canvas._force_full or buff.shape != canvas._last_buff.shape
    if not _opaque_face(canvas.figure) and (whole or (pixels[:, :, 3] != 255).any()):
        canvas.set_image_mode("full")
        whole = True
    else:
        canvas.set_image_mode("diff")
    canvas._force_full = False
    canvas._png_is_old = False
    if whole:
        canvas._last_buff = buff.copy()
        return fast_png(pixels)
    return _diff_png(buff, canvas._last_buff)


def _diff_png(buff: np.ndarray, last: np.ndarray) -> bytes:
    """A PNG of the pixels of ``buff`` that differ from ``last`` (others transparent), and
    ``last`` brought up to date. Both are height × width uint32, one pixel each. Only the box
    around the changed pixels is looked at and remembered, and the changed pixels go straight
    into the PNG's rows."""
    changed = buff != last
    rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    h, w = buff.shape
    raw = _png_rows(h, w)
    if rows.size:
        part = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
        np.copyto(raw[:, 1:].view(np.uint32)[part], buff[part], where=changed[part])
        last[part] = buff[part]
    return _png(raw, w, h)


# -------------------------------------------------------------------------------------------
# Text: each string laid out once, each glyph rasterised once per sub-pixel offset
# -------------------------------------------------------------------------------------------
_GENERIC = ("serif", "sans-serif", "sans serif", "sans", "cursive", "fantasy", "monospace")


def _font_key(prop) -> tuple:
    """Everything that picks a FontProperties' font and size: its fields (the object is mutable,
    so it cannot be a key itself), with generic families ("sans-serif") resolved by rcParams."""
    rc = mpl.rcParams
    family = tuple(tuple(rc["font.sans-serif" if f in ("sans serif", "sans") else f"font.{f}"])
                   if f in _GENERIC else f for f in prop.get_family())
    return (family, prop.get_style(), prop.get_variant(), prop.get_weight(), prop.get_stretch(),
            prop.get_file(), prop.get_math_fontfamily(), prop.get_size_in_points(),
            len(fontManager.ttflist))


_RC_TEXT = ("text.hinting", "text.hinting_factor", "text.kerning_factor", "text.antialiased")


def _text_rc() -> tuple:
    """The rcParams that change how text is shaped or rasterised (part of every text cache key)."""
    rc = mpl.rcParams
    return tuple(rc[k] for k in _RC_TEXT)
try:   # matplotlib >= 3.11 shapes and rasterises text glyph by glyph from Python
    from matplotlib.ft2font import FT2Font, RenderMode
    _FAST_TEXT = all(hasattr(FT2Font, n) for n in ("_layout", "_set_transform", "_render_glyph"))
except ImportError:   # pragma: no cover - older matplotlib: texts are drawn as usual
    _FAST_TEXT = False


def _de_bruijn(symbols: str) -> str:
    """A string in which every ordered pair of ``symbols`` occurs exactly once (length n² + 1)."""
    n, out, a = len(symbols), [], [0] * 3

    def walk(t, p):   # the standard construction from Lyndon words, for pairs
        if t > 2:
            if 2 % p == 0:
                out.extend(a[1:p + 1])
            return
        a[t] = a[t - p]
        walk(t + 1, p)
        for j in range(a[t - p] + 1, n):
            a[t] = j
            walk(t + 1, t)

    walk(1, 1)
    return "".join(symbols[i] for i in out) + symbols[out[0]]


#: the characters of numbers on labels (digits, separators, signs, units) that are laid out
#: without raqm in fonts that do not kern or replace them (see _Glyphs.simple)
_SIMPLE = "0123456789,.−-+% €()/:kM"
_SIMPLE_SET = frozenset(_SIMPLE)
_SIMPLE_PAIRS = _de_bruijn(_SIMPLE)


def _one_by_one(font, chars: dict, s: str) -> tuple:
    """Layout items ``(font, glyph index, x, y)`` of ``s`` set glyph after glyph, each at the sum
    of the advances (1/64 pixel) before it: raqm's layout when nothing is kerned or replaced."""
    items, pen = [], 0
    for c in s:
        glyph, advance, _box = chars[c]
        items.append((font, glyph, pen / 64, 0.0))
        pen += advance
    return tuple(items)


def _trim(kept: dict, limit: int) -> None:
    """Drop the oldest entries of ``kept`` beyond ``limit`` (shared by threads: another thread
    may be dropping the same entry)."""
    try:
        while len(kept) > limit:
            del kept[next(iter(kept))]
    except (KeyError, RuntimeError, StopIteration):
        pass


class _Glyphs:
    """Draws plain text as matplotlib's Agg renderer does, from two caches.

    In matplotlib 3.11 a text is shaped by raqm (``FT2Font._layout``) and then each glyph is
    rasterised by FreeType at its exact sub-pixel position and painted with ``draw_text_image``:
    0.5-2 ms per text here, on every frame for a panel's moving numbers and on every redraw of
    an axis for its tick labels. This class keeps

    * the **layout** of each string (glyph indices and offsets, which do not depend on where the
      text is drawn), and
    * each **glyph image**, by font, size, glyph, rotation and the position's fraction of a pixel
      in FreeType's 1/64 units. A glyph moved by a whole pixel is the same image moved by a whole
      pixel, so the image is stored with its offset from the pixel the glyph starts in, and
    * for fonts that qualify (:meth:`simple`), each number character's glyph, advance and box,
      from which a new number is laid out and measured (:meth:`metrics`) without raqm.

    The calls and their arguments are matplotlib's own (``_draw_text_glyphs_and_boxes``), so the
    pixels are the same (a test compares them). Mathtext, and matplotlib without these font
    methods (before 3.11), are drawn as usual.
    """

    LAYOUTS = 4000    # strings kept
    IMAGES = 20000    # glyph images kept (each some 100-300 bytes with its key: about 5 MB)

    def __init__(self):
        self.layouts: dict = {}
        self.images: dict = {}
        self.fonts: dict = {}   # font and size → _SIMPLE's glyphs in it, or None
        self.hits = 0        # glyphs painted from the cache

    def simple(self, renderer, prop, s: str):
        """``(font, {character: (glyph index, advance, ink box)})`` for a string made of
        :data:`_SIMPLE` only, in a font in which these characters are laid out glyph after glyph
        (no kerning, nothing replaced); else None.

        A new number on a moving label would otherwise be shaped by raqm twice (once to measure
        it, once to draw it), about 0.3 ms each. Whether the font qualifies is checked once per
        font, size and dpi: raqm lays out a string in which every ordered pair of these
        characters occurs (a de Bruijn sequence), and every glyph must sit exactly where the
        sum of the advances before it puts it.
        """
        if not _FAST_TEXT or not s or not _SIMPLE_SET.issuperset(s):
            return None
        flags = get_hinting_flag()
        key = (_font_key(prop), renderer.dpi, flags, *_text_rc())
        if key in self.fonts:
            return self.fonts[key]
        font = renderer._prepare_font(prop)
        chars, found = {}, None
        for c in _SIMPLE:
            glyph = font.get_char_index(ord(c))
            loaded = font.load_char(ord(c), flags)
            chars[c] = (glyph, loaded.horiAdvance, loaded.bbox)
        if all(glyph for glyph, _a, _b in chars.values()):
            font = renderer._prepare_font(prop)
            items = font._layout(_SIMPLE_PAIRS, flags=flags)
            ours = _one_by_one(font, chars, _SIMPLE_PAIRS)
            if [(item.ft_object, item.glyph_index, item.x, item.y) for item in items] == list(ours):
                found = (font, chars)
        self.fonts[key] = found
        return found

    def metrics(self, renderer, s: str, prop):
        """Width, height and descent (pixels) of ``s`` as ``RendererAgg`` measures it, for a
        :meth:`simple` string; else None. (FreeType's measure of a string: the sum of the
        advances wide; from the lowest to the highest edge of the glyphs' boxes high, the box
        of a blank counting as 0 to 0; the descent is the lowest edge below the baseline.)"""
        simple = self.simple(renderer, prop, s)
        if simple is None:
            return None
        chars = simple[1]
        width, low, high = 0, None, None
        for c in s:
            _glyph, advance, (_x0, y0, _x1, y1) = chars[c]
            width += advance
            low = y0 if low is None or y0 < low else low
            high = y1 if high is None or y1 > high else high
        return width / 64.0, (high - low) / 64.0, -low / 64.0

    def draw_text(self, renderer, gc, x, y, s, prop, angle, mtext=None):
        """Draw plain (not math) text ``s`` as ``RendererAgg.draw_text`` does."""
        flags = get_hinting_flag()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        dpi = renderer.dpi
        key = (s, _font_key(prop), dpi, flags, features, language,
               *_text_rc())
        try:
            items = self.layouts.get(key)
        except TypeError:    # unhashable font features: draw as usual
            return _real_draw_text(renderer, gc, x, y, s, prop, angle, mtext=mtext)
        if items is None:
            simple = None if features or language else self.simple(renderer, prop, s)
            if simple is not None:
                items = _one_by_one(*simple, s)
            else:
                font = renderer._prepare_font(prop)
                items = tuple(
                    (item.ft_object, item.glyph_index, item.x, item.y)
                    for item in font._layout(s, flags=flags, features=features,
                                             language=language))
            self.layouts[key] = items
            _trim(self.layouts, self.LAYOUTS)
        size = prop.get_size_in_points()
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        turn = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        turn_key = tuple(turn.ravel().tolist())
        antialiased = gc.get_antialiased()
        height = renderer.height
        core = renderer._renderer
        images = self.images
        for font, glyph, dx, dy in items:   # dy is upwards, y downwards (as in matplotlib)
            tx = round(0x40 * (x + dx * cos - dy * sin))
            ty = round(0x40 * (height - y + dx * sin + dy * cos))
            gkey = (font, size, dpi, glyph, turn_key, tx & 63, ty & 63, flags, antialiased)
            image = images.get(gkey)
            if image is None:
                font.set_size(size, dpi)
                font._set_transform(turn, [tx, ty])
                bitmap = font._render_glyph(
                    glyph, flags, RenderMode.NORMAL if antialiased else RenderMode.MONO)
                pixels = np.array(bitmap.buffer, dtype=np.uint8)   # a copy
                if not antialiased:
                    pixels *= 0xff
                image = images[gkey] = (pixels, bitmap.left - (tx >> 6), bitmap.top - (ty >> 6))
                _trim(images, self.IMAGES)
            else:
                self.hits += 1
            pixels, left, top = image
            # draw_text_image's y is downwards and names the bitmap's bottom row
            core.draw_text_image(pixels, left + (tx >> 6),
                                 int(height) - (top + (ty >> 6)) + pixels.shape[0], 0, gc)
        return None


#: One glyph cache for every figure: a lesson's cell run again, or the next lesson, starts warm.
#: (Only plain dict look-ups and inserts are shared between threads; a miss renders with the
#: font objects matplotlib itself shares between figures.)
_GLYPHS = _Glyphs()


def _layout_key(text, renderer):
    """What ``Text._get_layout`` reads, or None for a text whose layout is not kept (wrapped,
    TeX, mathtext, not in a figure: those depend on more than this)."""
    s = text._text
    if not isinstance(s, str) or "$" in s or text.get_wrap() or text.get_usetex():
        return None
    figure = text.figure
    if figure is None:
        return None
    return (s, _font_key(text._fontproperties), figure.dpi, text.get_rotation(),
            text.get_rotation_mode(), text._horizontalalignment, text._verticalalignment,
            text._multialignment, text._linespacing, type(renderer),
            *_text_rc())


_LAYOUTS: dict = {}      # text layouts (they do not depend on where a text is), for every figure
_LAYOUT_LIMIT = 6000
_kept = threading.local()   # .glyphs: set while this thread is inside a Redrawer's draw
_real_get_layout = Text._get_layout
_real_draw_text = RendererAgg.draw_text
_real_text_metrics = RendererAgg.get_text_width_height_descent


def _get_layout(self, renderer):
    """``Text._get_layout``, kept by string, font and alignment while a Redrawer draws.

    matplotlib (3.11) lays a text out again each time it is drawn or measured: fonts looked up,
    font tables read, about 0.2 ms. A redraw of an axes measures each tick label several times
    (tight boxes, label positions), and a panel's moving numbers are measured on every frame.
    The layout is the same wherever the text stands, so one is kept per key
    (:func:`_layout_key`) and shared by all texts. Outside a Redrawer's draw this is matplotlib's
    own method.
    """
    if getattr(_kept, "glyphs", None) is not None:
        key = _layout_key(self, renderer)
        if key is not None:
            layout = _LAYOUTS.get(key)
            if layout is None:
                layout = _LAYOUTS[key] = _real_get_layout(self, renderer)
                _trim(_LAYOUTS, _LAYOUT_LIMIT)
            return layout
    return _real_get_layout(self, renderer)


def _draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
    """``RendererAgg.draw_text``; while a Redrawer draws, plain text comes from its
    :class:`_Glyphs` (the same pixels)."""
    glyphs = getattr(_kept, "glyphs", None)
    if glyphs is None or ismath or not s or not _FAST_TEXT or type(self) is not RendererAgg:
        return _real_draw_text(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
    return glyphs.draw_text(self, gc, x, y, s, prop, angle, mtext=mtext)


def _text_metrics(self, s, prop, ismath):
    """``RendererAgg.get_text_width_height_descent``; while a Redrawer draws, a plain number
    (:meth:`_Glyphs.metrics`) is measured without raqm (the same numbers)."""
    glyphs = getattr(_kept, "glyphs", None)
    if glyphs is not None and not ismath and type(self) is RendererAgg:
        measured = glyphs.metrics(self, s, prop)
        if measured is not None:
            return measured
    return _real_text_metrics(self, s, prop, ismath)


def _install_text_hooks() -> None:
    """Route ``Text._get_layout``, ``RendererAgg.draw_text`` and
    ``RendererAgg.get_text_width_height_descent`` through this module's caches. Done once, on a
    Redrawer's first draw; outside its draws all three are matplotlib's own."""
    if Text._get_layout is not _get_layout:
        Text._get_layout = _get_layout
    if RendererAgg.draw_text is not _draw_text:
        RendererAgg.draw_text = _draw_text
    if RendererAgg.get_text_width_height_descent is not _text_metrics:
        RendererAgg.get_text_width_height_descent = _text_metrics


class SteadyImage(AxesImage):
    """An image (as ``imshow`` makes) that keeps its resampled picture between draws.

    matplotlib resamples and colours an image on every draw (about 10 ms for a 41 × 41 map in a
    plot of 600 × 400 pixels), even when only a marker over it moved. This image keeps the result
    of :meth:`make_image` while its data (set with :meth:`set_data`), colour scale, place on the
    figure and the axes' limits stay the same. Change the data with :meth:`set_data`, never in
    place. Construct it as :class:`~matplotlib.image.AxesImage`, then ``ax.add_image(image)``.
    """

    _memo = None

    def set_data(self, A) -> None:
        self._memo = None
        super().set_data(A)

    def changed(self) -> None:   # colour map or limits of the colour scale changed
        self._memo = None
        super().changed()

    def make_image(self, renderer, magnification=1.0, unsampled=False):
        ax = self.axes
        key = (id(self._A), tuple(self.get_extent()), tuple(ax.viewLim.bounds),
               tuple(ax.bbox.bounds), magnification, unsampled, renderer.dpi,
               self.get_interpolation(), self.get_alpha(), self.norm.vmin, self.norm.vmax,
               self.cmap.name, self.origin)
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, super().make_image(renderer, magnification, unsampled))
        return self._memo[1]


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


def _painted_box(ax, renderer) -> Bbox:
    """Where the still (background) part of ``ax`` paints: its tight box with every still artist,
    without the dynamic ones. An axes with its axis off paints neither frame nor ticks, so only
    its artists and titles count (its box may reach into a neighbour's without painting there)."""
    still = [a for a in ax.get_children() if a.get_visible() and not a.get_animated()]
    if ax.axison:
        return ax.get_tightbbox(renderer, bbox_extra_artists=still)
    hidden = {id(ax.patch), id(ax.xaxis), id(ax.yaxis), *(id(s) for s in ax.spines.values())}
    boxes = [a.get_tightbbox(renderer) for a in still if id(a) not in hidden]
    boxes = [b for b in boxes if b is not None and b.width > 0 and b.height > 0
             and np.isfinite(b.extents).all()]
    return Bbox.union(boxes) if boxes else Bbox.from_bounds(*ax.bbox.bounds)


def nice_ceil(value: float) -> float:
    """The smallest number of the ladder 1, 2, 5, 10, 20, 50, ... (times any power of ten) that is
    at least ``value`` (> 0). Axes that grow during a drag land on this ladder, so a drag that
    comes back to the same range finds the same limits, and their background in the cache."""
    if not np.isfinite(value) or value <= 0:
        raise ValueError(f"value: expected a finite number > 0, got {value!r}")
    power = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return float(step * power)
    return float(10.0 * power)   # pragma: no cover (rounding guard)


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
        self.cell_cache: dict = {}     # cell rectangle → {its axes' signatures: its pixels}
        self.cache_hits = 0
        self.moving: set = set()       # (id(axes), "x"/"y") whose limits the panel has changed
        self.prefetched = 0
        self._prefetch_timer = None
        self._unfit: set = set()       # (cell, key) rendered ahead that painted outside its cell
        self._prefetch_left = 0
        self._drawing = False          # inside full_draw (timer callbacks wait for its end)
        # One thread at a time changes or draws the figure (see the module docstring). Re-entrant:
        # an update's redraw draws at once on canvases without a browser.
        self.lock = threading.RLock()
        self.glyphs = _GLYPHS          # texts: layouts by string, glyph images by sub-pixel place
        self._engine = None            # the figure's layout engine (kept off after a draw)
        self._relayout = False         # lay out again on the next draw (see _fit_layout)
        self._laid_out_for = None      # the limits the layout was last made again for
        self.relayouts = 0
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
            if _opaque_face(fig):
                # before the canvas is shown, so that the browser starts in the one mode it keeps
                self.canvas.set_image_mode("diff")

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
        if dirty:   # the cells were cut around artists that now move: cut them without them
            self._cut_cells = True
        return not self.known <= ids, dirty

    def _watch_list(self, renderer, overlays: bool = True, only: set | None = None) -> None:
        """For each dynamic artist, the still artists above it that it could cover (and, with
        ``overlays``, the pixels of the opaque legends to put back over them). With ``only`` (ids
        of axes), only those axes are looked at again; the others keep what they had."""
        if only is None:
            self.watch, self.overlays = [], {}
        else:
            self.watch = [(a, above) for a, above in self.watch if id(a.axes) not in only]
        for ax, arts in self.order:
            if only is not None:
                if id(ax) not in only:
                    continue
                self.overlays.pop(id(ax), None)
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

    def _covered(self, renderer, changed_only: bool = False, axes: set | None = None) -> set:
        """Animate still artists that a dynamic one below them now overlaps; returns the ids of
        their axes. With ``changed_only``, only dynamic artists changed since they were last drawn
        are looked at (the others cover what they covered before); with ``axes`` (ids), those
        and every dynamic artist of these axes."""
        dirty = set()
        for a, above in self.watch:
            if not a.get_visible():
                continue
            if (changed_only or axes is not None) and not (
                    a.stale or (axes is not None and id(a.axes) in axes)):
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

        A cell is the group's tight box (ticks, labels, title and every still artist; the dynamic
        ones are not part of the background) widened halfway to the nearest neighbouring box on
        each side, or to the figure's edge. Cells that would overlap each other or a figure-level
        artist are dropped (their changes re-render everything).
        """
        self.cells = {}
        self.cell_cache = {}
        self._unfit = set()
        axes = [ax for ax in self.fig.axes if ax.get_visible()]
        boxes = {id(ax): _painted_box(ax, renderer) for ax in axes}
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

    def _cell_key(self, group) -> tuple:
        """What a cell's background depends on: the signatures of its axes."""
        index = {id(ax): i for i, ax in enumerate(self.fig.axes)}
        return tuple(self._axes_signature(ax) for ax in sorted(group, key=lambda a: index[id(a)]))

    def _draw_cells(self, cells, renderer) -> bool:
        """Fill ``cells`` (of the background just restored) with the figure's face colour and draw
        their axes. False if anything painted outside its cell (a label pushed sideways by wider
        tick labels): then the cells no longer fit the picture."""
        pixels = np.asarray(renderer.buffer_rgba())
        colour = np.round(np.asarray(self.fig.patch.get_facecolor()) * 255).astype(np.uint8)
        for _group, r0, r1, c0, c1 in cells:
            pixels[r0:r1, c0:c1] = colour
        before = pixels.view(np.uint32).copy()
        drawn = {id(ax) for group, *_ in cells for ax in group}
        for ax in sorted(self.fig.axes, key=lambda a: a.get_zorder()):
            if id(ax) in drawn and ax.get_visible():
                ax.draw(renderer)   # its animated artists are skipped, as in a full draw
        after = pixels.view(np.uint32)
        for _group, r0, r1, c0, c1 in cells:
            before[r0:r1, c0:c1] = after[r0:r1, c0:c1]
        return np.array_equal(before, after)

    def _keep_cell(self, cell, key, pixels) -> None:
        """Put a drawn cell's pixels into the cache under ``key`` (oldest out beyond the limit)."""
        _group, r0, r1, c0, c1 = cell
        store = self.cell_cache.setdefault((r0, r1, c0, c1), {})
        store[key] = pixels[r0:r1, c0:c1].copy()
        while len(store) > CACHE_PER_CELL:
            del store[next(iter(store))]

    def _render_cells(self, dirty: set) -> bool:
        """Re-render only the cells of the ``dirty`` axes into the background; False if that is
        not possible (then the whole background is drawn).

        A cell whose axes were drawn before with the same limits and labels is taken from the
        cache (a drag that goes back and forth re-renders nothing). The others are filled with the
        figure's face colour and their axes drawn; if one of them paints outside its cell, False.
        """
        if not dirty or not _opaque_face(self.fig) or not all(i in self.cells for i in dirty):
            return False
        cells = {id(self.cells[i][0][0]): self.cells[i] for i in dirty}
        keys = {k: self._cell_key(cell[0]) for k, cell in cells.items()}
        cached = {k: self.cell_cache.get(cell[1:], {}).get(keys[k]) for k, cell in cells.items()}
        draw = {k: cell for k, cell in cells.items() if cached[k] is None}
        self.canvas.restore_region(self.background)
        renderer = self.canvas.get_renderer()
        pixels = np.asarray(renderer.buffer_rgba())
        if draw:
            if not self._draw_cells(list(draw.values()), renderer):
                self._cut_cells = True   # draw everything, and cut new cells
                return False
            for k, cell in draw.items():
                self._keep_cell(cell, keys[k], pixels)
        for k, (_group, r0, r1, c0, c1) in cells.items():
            if cached[k] is not None:
                pixels[r0:r1, c0:c1] = cached[k]
                self.cache_hits += 1
        return True

    # -- limits -----------------------------------------------------------------------------
    def stabilise_limits(self) -> None:
        """Under ipympl, keep each linear axis' limits during a drag unless the data outgrow them
        (then grow to at least ``HEADROOM`` times their span, on the :func:`nice_ceil` ladder);
        re-fit after a pause (see the module docstring)."""
        for ax in self.fig.axes:
            for name, scale in (("x", ax.get_xscale()), ("y", ax.get_yscale())):
                get, set_ = getattr(ax, f"get_{name}lim"), getattr(ax, f"set_{name}lim")
                key = (id(ax), name)
                new = get()
                if key in self.wanted and self.wanted[key][2] != new:
                    self.moving.add(key)
                self.wanted[key] = (ax, name, new)
                old = self.limits.get(key)
                if self.interactive and old is not None and scale == "linear" and new != old:
                    (lo, hi), (olo, ohi) = new, old
                    span = hi - lo
                    if olo <= lo and hi <= ohi:
                        set_(olo, ohi)   # the data still fit: keep the picture steady
                    elif span > 0:       # growing: leave room to grow further, on the ladder
                        grown = nice_ceil(span * HEADROOM)
                        if lo == olo:
                            set_(lo, lo + grown)
                        elif hi == ohi:
                            set_(hi - grown, hi)
                        else:
                            mid = (lo + hi) / 2
                            set_(mid - grown / 2, mid + grown / 2)
                self.limits[key] = get()
        if self.sends:
            if self._prefetch_timer is not None:
                self._prefetch_timer.stop()   # a move: rendering ahead waits for the next pause
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
        Then, one cell per timer tick, the cells the next drag is likely to grow to are rendered
        ahead (:meth:`prefetch`).
        """
        if not self._take():      # a draw or an update runs: come back after it
            self._settle_later()
            return
        try:
            self.settle(redraw=False)
            self.canvas._force_full = True
            self.redraw()
            self._prefetch_left = 2 * PREFETCH_STEPS * max(len(self.moving), 1)   # bound per pause
        finally:
            self.lock.release()
        if self._prefetch_left:
            self._prefetch_later()

    def _take(self) -> bool:
        """For timer callbacks: take :attr:`lock` if no draw or update holds it, in any thread."""
        if not self.lock.acquire(blocking=False):
            return False
        if self._drawing:         # this thread is inside a draw (a callback run from within it)
            self.lock.release()
            return False
        return True

    def _prefetch_later(self) -> None:
        if self._prefetch_timer is None:
            self._prefetch_timer = self.canvas.new_timer(interval=PREFETCH_MS)
            self._prefetch_timer.single_shot = True
            self._prefetch_timer.add_callback(self._prefetch_tick)
        self._prefetch_timer.start()

    def _prefetch_tick(self) -> None:
        if not self._take():      # a draw or an update runs: come back after it
            self._prefetch_later()
            return
        try:
            self._prefetch_left -= 1
            more = self.prefetch(limit=1) and self._prefetch_left > 0
        finally:
            self.lock.release()
        if more:
            self._prefetch_later()

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
        changed = self._fit_layout() or changed   # (with the limits just settled)
        if changed and redraw:
            self.redraw()
        return changed

    def forget_limits(self) -> None:
        """Let the panel's own limits apply again (after Reset, the first picture comes back)."""
        with self.lock:
            self.limits.clear()
            if self._timer is not None:
                self._timer.stop()

    # -- pre-rendering in pauses -------------------------------------------------------------
    def _prefetch_work(self) -> list:
        """The cells a drag is likely to need next and that are not in the cache yet: for each
        axis the panel moves, the limits :meth:`stabilise_limits` grows to when data outgrow
        the ones shown, and the next rungs of the ladder above (``PREFETCH_STEPS`` in all)."""
        if self.background is None or not self.cells:
            return []
        work = []
        for key in sorted(self.moving, key=str):
            ax, name = self.wanted[key][:2]
            cell = self.cells.get(id(ax))
            lo, hi = self.limits.get(key, (None, None))
            if cell is None or lo is None or not hi > lo or not ax.get_visible():
                continue
            if (ax.get_xscale() if name == "x" else ax.get_yscale()) != "linear":
                continue
            span = nice_ceil((hi - lo) * HEADROOM * (1 + 1e-9))   # the first growth
            for _ in range(PREFETCH_STEPS):                        # and the rungs above it
                work.append((cell, ax, name, (lo, lo + span)))
                span = nice_ceil(span * (1 + 1e-9))
        store = self.cell_cache
        return [w for w in work if (key := self._prefetch_key(w)) not in store.get(w[0][1:], {})
                and (w[0][1:], key) not in self._unfit]

    @staticmethod
    @contextlib.contextmanager
    def _limits_quietly(group, ax, name, limits):
        """Show ``limits`` on one axis of ``ax`` for a moment, without telling anyone.

        Setting limits marks the axes stale, and under ipympl a stale figure asks the browser
        for a frame; rendering ahead sends nothing, so it must not ask for one. The stale
        callbacks of ``ax``'s cell group are off meanwhile, and their stale flags are put back."""
        get, set_ = getattr(ax, f"get_{name}lim"), getattr(ax, f"set_{name}lim")
        shown = get()
        saved = [(a, a.stale_callback, a.stale) for a in group]
        for a, _callback, _stale in saved:
            a.stale_callback = None
        try:
            set_(*limits, emit=False)
            yield
        finally:
            set_(*shown, emit=False)
            for a, callback, stale in saved:
                a.stale_callback = callback
                a._stale = stale

    def _prefetch_key(self, item) -> tuple:
        cell, ax, name, limits = item
        with self._limits_quietly(cell[0], ax, name, limits):
            return self._cell_key(cell[0])

    def prefetch(self, limit: int | None = None) -> int:
        """Render ahead, into the cache, the cells a drag is likely to grow to next (see
        :meth:`_prefetch_work`); at most ``limit`` cells. Returns how many were rendered.

        Runs in pauses (under ipympl one cell per timer tick, stopped by the next slider move), so
        that the first growth of the next drag costs a copy instead of drawing an axes. It leaves
        the picture, the limits and the figure's stale state as they were, and sends nothing.
        """
        with self._texts():
            return self._prefetch(limit)

    def _prefetch(self, limit: int | None) -> int:
        done = 0
        for item in self._prefetch_work():
            if limit is not None and done >= limit:
                break
            cell, ax, name, limits = item
            renderer = self.canvas.get_renderer()
            pixels = np.asarray(renderer.buffer_rgba())
            frame = pixels.copy()
            try:
                with self._limits_quietly(cell[0], ax, name, limits):
                    key = self._cell_key(cell[0])
                    self.canvas.restore_region(self.background)
                    if self._draw_cells([cell], renderer):
                        self._keep_cell(cell, key, pixels)
                    else:   # it would not fit its cell (that growth will need a full draw)
                        self._unfit.add((cell[1:], key))
                self.prefetched += 1
                done += 1
            finally:
                pixels[...] = frame
        return done

    # -- drawing ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _texts(self):
        """While active, this thread's text layouts are kept and plain text is drawn from
        :attr:`glyphs` (see :func:`_get_layout` and :func:`_draw_text`)."""
        _install_text_hooks()
        was = getattr(_kept, "glyphs", None)
        _kept.glyphs = self.glyphs
        try:
            yield
        finally:
            _kept.glyphs = was

    def _fit_layout(self) -> bool:
        """Lay the figure out again (on the next draw) if an axes' labels, ticks or title no
        longer fit inside it; True if so.

        The layout is made on the first draw, for the tick labels of the first limits. An axis
        that grows to longer tick labels ("400" to "1,000") pushes its label outwards, and at a
        slider's end it can leave the figure. This runs when the sliders rest (and after a
        redraw of the background on a canvas without a browser), at most once for each set of
        limits, so a layout that cannot fit is not made again and again.
        """
        if self._engine is None or self.background is None:
            return False
        renderer = self.canvas.get_renderer()
        width, height = self.fig.bbox.width, self.fig.bbox.height
        fits = True
        for ax in self.fig.axes:
            box = ax.get_tightbbox(renderer) if ax.get_visible() else None
            if box is not None and (box.x0 < -0.5 or box.y0 < -0.5 or box.x1 > width + 0.5
                                    or box.y1 > height + 0.5):
                fits = False
                break
        limits = tuple((ax.get_xlim(), ax.get_ylim()) for ax in self.fig.axes)
        if fits or limits == self._laid_out_for:
            return False
        self._laid_out_for = limits
        self.relayouts += 1
        self.fig.set_layout_engine(self._engine)
        self._relayout = True
        self.invalidate()
        return True

    def invalidate(self) -> None:
        """Draw the whole background again on the next draw (after changes it cannot see, such
        as an artist's zorder or colour set from outside the panel)."""
        self.signature = None

    def full_draw(self, *args, **kwargs) -> None:
        """The canvas' draw (see :meth:`_compose`), holding :attr:`lock`.

        A browser test's trace showed why: the browser's "draw" messages were handled on a
        subshell thread while the pause's re-fit and rendering-ahead ticks ran on the main thread,
        in the middle of the draw. Changing limits or the picture while a draw composes a frame
        sends a wrong frame; now the draw waits for a tick, and a tick that finds a draw running
        comes back later."""
        with self.lock, self._texts():
            self._drawing = True
            try:
                self._compose()
            finally:
                self._drawing = False

    def _compose(self) -> None:
        """Compose background and dynamic artists, then hand the frame on.

        The background is re-rendered only when it changed; otherwise it is restored from the
        cache and only the dynamic artists are drawn. Under ipympl the frame is then sent exactly
        as ipympl's own ``draw`` does, in answer to the browser's request after ``draw_idle``, so
        the browser never receives frames faster than it asks for them.
        """
        renderer = self.canvas.get_renderer()
        whole, dirty = self._learn()
        signature = self._signature()
        changed = set()   # axes whose limits or labels changed (their cells may be in the cache)
        if self.signature is None or signature[0] != self.signature[0]:
            whole = True
        else:
            changed = {id(ax) for ax, new, old in zip(self.fig.axes, signature[1],
                                                      self.signature[1]) if new != old}
        if (whole or dirty or changed) and self.background is not None:
            # still artists that the artists which just started to change already cover (when
            # only limits changed, only in those axes: elsewhere nothing moved but the data)
            only = None if whole or dirty else changed
            self._watch_list(renderer, overlays=False, only=only)
            dirty |= self._covered(renderer, axes=only)
        elif self.watch:
            dirty = self._covered(renderer, changed_only=True)
        learned = whole or bool(dirty)
        if learned:   # the background itself changed: no cached cell is valid any more
            self.cell_cache = {}
        dirty |= changed
        if whole or dirty:
            first = self.full_draws == 0
            if whole or not self._render_cells(dirty):
                FigureCanvasAgg.draw(self.canvas)   # animated artists are skipped here
                self.full_draws += 1
                learned = True
            else:
                self.partial_draws += 1
            renderer = self.canvas.get_renderer()
            if (first or self._relayout) and self.fig.get_layout_engine() is not None:
                # The layout is computed once, on the first draw; re-computing it on every change
                # of limits would double the cost of a full draw. (Again only when the labels
                # no longer fit the figure: see _fit_layout.)
                self._engine = self.fig.get_layout_engine()
                self.fig.set_layout_engine("none")
                self._cut_cells = self._cut_cells or self._relayout
                self._relayout = False
            self.background = self.canvas.copy_from_bbox(self.fig.bbox)
            if self._cut_cells or self.signature is None or signature[0] != self.signature[0]:
                self._make_cells(renderer)   # (costly: tight boxes of every axes)
                self._cut_cells = False
            self.signature = self._signature()
            self.known = {id(a) for _ax, arts in self.order for a in arts}
            self._watch_list(renderer, only=None if learned else changed)
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
        if (whole or dirty) and not self.interactive and self._fit_layout():
            self._compose()   # (once: the layout is not made again for the same limits)
            return
        # The figure is drawn: not stale any more (as after matplotlib's own draw). A figure left
        # stale would be asked for a frame again after every command the kernel runs
        # (pyplot's draw_all after each execution), a needless frame each time.
        self.fig.stale = False
        if self.sends:   # webagg/ipympl: mark the frame new and send it
            self.canvas._png_is_old = True
            self.canvas.manager.refresh_all()

    def redraw(self) -> None:
        """Ask for a redraw: ipympl's browser view requests it; other canvases draw at once."""
        self.canvas.draw_idle()
