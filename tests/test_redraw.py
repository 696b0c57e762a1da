"""The fast redraw (flywheel_lib.redraw) paints the same picture as a plain matplotlib draw.

Every panel is driven through its sliders' ends; after each move the composed frame (cached
background + dynamic artists + re-blitted legends) is compared pixel by pixel with a full draw of
the same figure in which nothing is animated. The PNG writer is checked against PIL's decoder.
"""
from __future__ import annotations

import io
import threading
import types

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from flywheel_lib import panels, redraw


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt
    plt.close("all")


def _composed(panel) -> np.ndarray:
    panel.fig.canvas.draw()
    return np.asarray(panel.fig.canvas.buffer_rgba()).copy()


def _reference(panel) -> np.ndarray:
    """A plain draw of everything, nothing animated (then the flags are put back)."""
    artists = [a for ax in panel.fig.axes for a in ax.get_children()]
    flags = [a.get_animated() for a in artists]
    for a in artists:
        a.set_animated(False)
    FigureCanvasAgg.draw(panel.fig.canvas)
    out = np.asarray(panel.fig.canvas.buffer_rgba()).copy()
    for a, flag in zip(artists, flags):
        a.set_animated(flag)
    return out


def _legend_rims(panel, shape) -> np.ndarray:
    """Pixels on the border of each legend's frame (anti-aliased edges blend with what is below)."""
    mask = np.zeros(shape[:2], bool)
    renderer = panel.fig.canvas.get_renderer()
    height = shape[0]
    for ax in panel.fig.axes:
        legend = ax.get_legend()
        if legend is None or not legend.get_visible():
            continue
        box = legend.get_window_extent(renderer)
        x0, x1 = int(np.floor(box.x0)) - 2, int(np.ceil(box.x1)) + 2
        y0, y1 = height - int(np.ceil(box.y1)) - 2, height - int(np.floor(box.y0)) + 2
        ring = np.zeros_like(mask)
        ring[max(y0, 0):y1, max(x0, 0):x1] = True
        ring[max(y0 + 5, 0):y1 - 5, max(x0 + 5, 0):x1 - 5] = False
        mask |= ring
    return mask


def _prepare(panel) -> None:
    """Axis decorations (grid, ticks, spines) live in the background, below every data artist;
    put them below in the plain draw too, so that only real differences remain.
    A twin axes (twinx) repeats the x axis of the one below it: hide its copy."""
    seen = []
    for ax in panel.fig.axes:
        for artist in (ax.xaxis, ax.yaxis, *ax.spines.values()):
            artist.set_zorder(-10)
        ax.stale = True
        if tuple(ax.get_position().bounds) in seen:
            ax.xaxis.set_visible(False)
            for spine in ax.spines.values():
                spine.set_visible(False)
        seen.append(tuple(ax.get_position().bounds))
    panel.redrawer.invalidate()


def _differing(panel, composed) -> int:
    """Pixels where a composed frame and a plain draw differ (legend frame rims excluded)."""
    plain = _reference(panel)
    return int(((composed != plain).any(axis=2) & ~_legend_rims(panel, composed.shape)).sum())


@pytest.mark.parametrize("panel_id", panels.ids())
def test_composed_frame_equals_a_plain_draw(panel_id):
    panel = panels.build(panel_id)
    _prepare(panel)
    for control in panel.controls:
        for value in (control.max, control.min, control.value):
            panel.set(**{control.name: value})
            composed, plain = _composed(panel), _reference(panel)
            differ = (composed != plain).any(axis=2) & ~_legend_rims(panel, composed.shape)
            # A few pixels may differ where a neighbour's tick labels, grown wider than when the
            # layout was made, touch the end of a line; a real layering fault shows thousands.
            assert differ.sum() <= 25, (
                f"{panel_id}: {control.name}={value}: {int(differ.sum())} pixels differ from a "
                f"plain draw, e.g. at (row, col) {tuple(int(v) for v in np.argwhere(differ)[0])}")
    assert panel.redrawer.fast_draws > 0, f"{panel_id}: the background cache was never used"


def test_still_artists_stay_in_the_background():
    """The Amazon diagram's names, signs and arrows never change: they are not redrawn per frame,
    while its gauges, numbers and the ring around the pushed factor are. Picking every factor in
    turn moves the ring over the whole diagram without pulling anything into the frame."""
    panel = panels.build("04_amazon_flywheel")
    panel.fig.canvas.draw()
    panel.update()                  # the first update teaches the redraw what moves
    panel.fig.canvas.draw()
    background_draws = panel.redrawer.full_draws + panel.redrawer.partial_draws
    for factor in range(1, panel.sliders["factor"].max + 1):
        panel.set(factor=factor)
        panel.fig.canvas.draw()
    assert panel.redrawer.full_draws + panel.redrawer.partial_draws == background_draws
    for friction in (panel.sliders["friction"].max, panel.sliders["friction"].min):
        panel.set(friction=friction)
        panel.fig.canvas.draw()
    dynamic = {id(a) for a in panel.redrawer.dynamic}
    diagram = panel.diagram
    assert not any(id(t) in dynamic for t in diagram.names.values())
    assert id(diagram.highlight_ring) in dynamic
    assert not any(id(t) in dynamic for t in diagram.signs.values())
    assert not any(id(a) in dynamic for a in diagram.arrows.values())
    assert all(id(t) in dynamic for t in diagram.values.values())


def test_limits_grow_during_a_drag_and_fit_after_a_pause():
    panel = panels.build("02_sales_funnel")
    r = panel.redrawer
    ax = panel.fig.axes[1]          # customer base
    r.interactive = True            # behave as under ipympl (the timer of Agg never fires)
    panel.set(budget=5000)
    panel.fig.canvas.draw()
    start = ax.get_ylim()
    panel.set(budget=20000)         # data outgrow the axis: it grows with headroom
    grown = ax.get_ylim()
    wanted = r.wanted[(id(ax), "y")][2]
    assert grown[1] > wanted[1]
    assert grown[1] == redraw.nice_ceil((wanted[1] - wanted[0]) * redraw.HEADROOM) + wanted[0]
    panel.set(budget=15000)         # still fits: the picture stays steady
    assert ax.get_ylim() == grown
    assert r.settle()               # the pause: the axis takes the panel's own limits
    assert ax.get_ylim() == r.wanted[(id(ax), "y")][2] != grown
    assert not r.settle()           # nothing left to settle
    r.interactive = False
    panel.reset()
    assert ax.get_ylim() == start


@pytest.mark.parametrize("deflate", ["isal", "zlib"])
@settings(max_examples=40, deadline=None)
@given(rgba=arrays(np.uint8, st.tuples(st.integers(1, 40), st.integers(1, 40), st.just(4))))
def test_fast_png_decodes_to_the_same_pixels(deflate, rgba):
    """Both encoders (ISA-L when installed, zlib as the fallback) write PNGs PIL reads back."""
    engine = redraw._deflate if deflate == "isal" else None
    if deflate == "isal" and engine is None:
        pytest.skip("isal is not installed")
    saved, redraw._deflate = redraw._deflate, engine
    try:
        png = redraw.fast_png(rgba)
    finally:
        redraw._deflate = saved
    decoded = np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))
    assert np.array_equal(decoded, rgba)


def test_fast_png_rejects_other_shapes():
    with pytest.raises(ValueError, match="rgba"):
        redraw.fast_png(np.zeros((4, 4, 3), np.uint8))


@settings(max_examples=200, deadline=None)
@given(st.floats(1e-6, 1e12))
def test_nice_ceil_is_the_next_rung_of_the_ladder(value):
    rung = redraw.nice_ceil(value)
    assert value * (1 - 1e-12) <= rung < value * 2.5 * (1 + 1e-12)
    mantissa = rung / 10.0 ** np.floor(np.log10(rung) + 1e-12)
    assert min(abs(mantissa - m) for m in (1.0, 2.0, 5.0)) < 1e-9


@pytest.mark.parametrize("bad", [0.0, -1.0, float("nan"), float("inf")])
def test_nice_ceil_names_the_field_on_bad_input(bad):
    with pytest.raises(ValueError, match="value"):
        redraw.nice_ceil(bad)


def _count_axes_draws(panel, monkeypatch) -> list:
    calls = []
    for ax in panel.fig.axes:
        def counted(renderer, _draw=ax.draw, _ax=ax):
            calls.append(_ax)
            return _draw(renderer)
        monkeypatch.setattr(ax, "draw", counted)
    return calls


def test_a_drag_back_to_limits_seen_before_copies_their_cells(monkeypatch):
    """Growing to limits drawn before takes their cells from the cache: no axes is drawn, and
    the frame is still the plain draw's."""
    panel = panels.build("02_sales_funnel")
    _prepare(panel)
    r = panel.redrawer
    r.interactive = True            # behave as under ipympl
    panel.set(budget=5000)
    panel.fig.canvas.draw()
    panel.set(budget=20000)         # the axes grow: their cells are drawn and kept
    panel.fig.canvas.draw()
    grown = [ax.get_ylim() for ax in panel.fig.axes]
    panel.set(budget=5000)
    assert r.settle()               # a pause: back to the panel's own limits
    panel.fig.canvas.draw()
    calls = _count_axes_draws(panel, monkeypatch)
    hits = r.cache_hits
    panel.set(budget=20000)         # the same drag again
    assert [ax.get_ylim() for ax in panel.fig.axes] == grown
    composed = _composed(panel)
    assert r.cache_hits > hits and calls == []
    assert _differing(panel, composed) <= 25


def test_a_pause_renders_the_next_growth_ahead(monkeypatch):
    """After a pause, prefetch() draws the cells the next drag grows to; that drag then draws
    no axes, and its frame is the plain draw's."""
    monkeypatch.setattr(redraw, "PREFETCH_STEPS", 4)   # (switched off in live use for now)
    panel = panels.build("06_funnel_vs_flywheel")
    _prepare(panel)
    r = panel.redrawer
    r.interactive = True
    budget = panel.sliders["budget"]
    start = budget.value
    panel.set(budget=start + budget.step)   # the panel's axes move: the redraw learns which
    panel.fig.canvas.draw()
    panel.set(budget=start)
    r.settle()
    panel.fig.canvas.draw()
    assert r.moving, "the redraw did not notice which axes the panel moves"
    import matplotlib
    requests = []                   # what ipympl would do: a stale figure asks for a frame
    monkeypatch.setattr(matplotlib, "is_interactive", lambda: True)
    monkeypatch.setattr(panel.fig.canvas, "draw_idle", lambda *a, **k: requests.append(1))
    frame = np.asarray(panel.fig.canvas.buffer_rgba()).copy()
    limits = [(ax.get_xlim(), ax.get_ylim()) for ax in panel.fig.axes]
    assert r.prefetch() > 0
    # It asks for no frame (it sends nothing), and leaves the picture and the limits as they were.
    assert requests == []
    assert np.array_equal(np.asarray(panel.fig.canvas.buffer_rgba()), frame)
    assert [(ax.get_xlim(), ax.get_ylim()) for ax in panel.fig.axes] == limits
    assert r.prefetch() == 0        # everything likely is in the cache now
    monkeypatch.undo()
    monkeypatch.setattr(redraw, "PREFETCH_STEPS", 4)
    calls = _count_axes_draws(panel, monkeypatch)
    before = [ax.get_ylim() for ax in panel.fig.axes]
    panel.set(budget=start + 2 * budget.step)
    assert [ax.get_ylim() for ax in panel.fig.axes] != before, "the drag did not grow an axis"
    composed = _composed(panel)
    assert calls == []
    assert _differing(panel, composed) <= 25


class _FakeWebCanvas:
    """What :func:`redraw._fast_diff_image` uses of an ipympl canvas: the picture, the last frame
    sent, the flags, and the image modes it sets (recorded)."""

    def __init__(self, height=6, width=5, face_alpha=1.0):
        self.picture = np.zeros((height, width, 4), np.uint8)
        self.figure = types.SimpleNamespace(
            patch=types.SimpleNamespace(get_facecolor=lambda: (1.0, 1.0, 1.0, face_alpha)))
        self._last_buff = np.zeros((1, 1), np.uint32)
        self._force_full = True
        self._png_is_old = True
        self.modes = []

    def get_renderer(self):
        return types.SimpleNamespace(buffer_rgba=lambda: self.picture)

    def set_image_mode(self, mode):
        self.modes.append(mode)


def _decode(png) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(st.integers(0, 2**32 - 1), st.booleans(), st.booleans()),
                      min_size=1, max_size=12))
def test_the_frame_after_a_pause_repairs_frames_the_browser_lost(steps):
    """A browser as ipympl's paints each frame over the last one, and may lose any frame that
    another one follows. The mode stays "diff" (a change of mode can reach the browser late), and
    the whole frame sent after a pause (``_force_full``) shows the kernel's picture, whatever
    the browser lost before."""
    canvas = _FakeWebCanvas()
    shown = np.zeros_like(canvas.picture)
    frames = []
    for seed, pause, lose in steps:
        rng = np.random.default_rng(seed)
        changed = rng.random(canvas.picture.shape[:2]) < 0.3
        canvas.picture[changed] = rng.integers(0, 256, (int(changed.sum()), 4), dtype=np.uint8)
        canvas.picture[..., 3] = 255     # an opaque figure
        canvas._force_full = canvas._force_full or pause
        canvas._png_is_old = True
        frames.append((_decode(redraw._fast_diff_image(canvas)), lose))
    for i, (frame, lose) in enumerate(frames):
        if lose and i + 1 < len(frames):
            continue                      # replaced by the next one before it loaded
        painted = frame[..., 3] != 0
        shown[painted] = frame[painted]
    assert set(canvas.modes) == {"diff"}
    last_whole = steps[-1][1] or len(steps) == 1
    if last_whole:
        assert np.array_equal(shown, canvas.picture)
    assert (frames[0][0][..., 3] == 255).all()   # the first frame is whole


@settings(max_examples=80, deadline=None)
@given(changes=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.integers(0, 8),
                                  st.integers(0, 8), st.integers(0, 2**32 - 1)),
                        min_size=1, max_size=10))
def test_diff_frames_of_changes_in_small_boxes_keep_the_browser_exact(changes):
    """A diff frame copies only the box around the changed pixels and remembers only that box;
    a browser that paints every frame over the last one shows the kernel's picture after each."""
    canvas = _FakeWebCanvas(height=12, width=9)
    canvas.picture[..., 3] = 255
    shown = _decode(redraw._fast_diff_image(canvas)).copy()   # the first frame: whole
    for r0, r1, c0, c1, seed in changes:
        (r0, r1), (c0, c1) = sorted((r0, r1)), sorted((c0, c1))
        rng = np.random.default_rng(seed)
        canvas.picture[r0:r1 + 1, c0:c1 + 1, :3] = rng.integers(0, 256, (r1 - r0 + 1,
                                                                       c1 - c0 + 1, 3))
        canvas._png_is_old = True
        frame = _decode(redraw._fast_diff_image(canvas))
        painted = frame[..., 3] != 0
        assert not painted[:r0].any() and not painted[r1 + 1:].any()
        assert not painted[:, :c0].any() and not painted[:, c1 + 1:].any()
        shown[painted] = frame[painted]
        assert np.array_equal(shown, canvas.picture)


def test_a_diff_frame_carries_only_the_changed_pixels():
    canvas = _FakeWebCanvas()
    canvas.picture[...] = 255
    redraw._fast_diff_image(canvas)
    canvas.picture[2, 3] = (10, 20, 30, 255)
    canvas._png_is_old = True
    later = _decode(redraw._fast_diff_image(canvas))
    assert (later[..., 3] != 0).sum() == 1
    assert redraw._fast_diff_image(canvas) is None   # nothing new: nothing sent


def test_a_transparent_figure_gets_whole_frames_in_full_mode():
    canvas = _FakeWebCanvas(face_alpha=0.0)
    canvas.picture[..., :3] = 50                    # transparent pixels: a diff is not safe
    redraw._fast_diff_image(canvas)
    assert canvas.modes == ["full"]


def test_a_drawn_figure_is_not_stale():
    """After a draw the figure is not stale, as after matplotlib's own draw; otherwise pyplot's
    draw_all (run after every command in a kernel) would ask the browser for needless frames."""
    panel = panels.build("02_sales_funnel")
    canvas = panel.fig.canvas
    canvas.draw()
    for budget in (8000, 9000):   # the second move: a fast draw (background from the cache)
        panel.set(budget=budget)
        panel.fig.axes[0].stale = True   # as under ipympl, where limits held steady mark it so
        assert panel.fig.stale
        canvas.draw()
        assert not panel.fig.stale


def _grown_panel(monkeypatch, prepare=False):
    """Lesson 02's panel after a drag up and back: its axes keep their grown limits until a
    pause re-fits them, and rendering ahead has work to do."""
    monkeypatch.setattr(redraw, "PREFETCH_STEPS", 4)
    panel = panels.build("02_sales_funnel")
    if prepare:
        _prepare(panel)
    r = panel.redrawer
    r.interactive = True
    panel.fig.canvas.draw()
    panel.set(budget=20000)
    panel.fig.canvas.draw()
    panel.set(budget=5000)
    r._prefetch_left = 4
    return panel, r


def test_the_pause_and_rendering_ahead_wait_while_a_draw_runs(monkeypatch):
    """A timer callback run from within a draw, in the draw's own thread, must not change limits
    or render ahead in the middle of it: it comes back after the draw (the lock alone would let
    it through, being re-entrant)."""
    panel, r = _grown_panel(monkeypatch, prepare=True)
    before = (r.settles, r.prefetched, [ax.get_ylim() for ax in panel.fig.axes])
    learn = r._learn

    def callbacks_inside_the_draw():
        r._pause()
        r._prefetch_tick()
        return learn()
    monkeypatch.setattr(r, "_learn", callbacks_inside_the_draw)
    composed = _composed(panel)
    assert (r.settles, r.prefetched, [ax.get_ylim() for ax in panel.fig.axes]) == before
    assert _differing(panel, composed) <= 25
    monkeypatch.setattr(r, "_learn", learn)
    r._pause()                      # after the draw, the pause does its work
    assert r.settles == before[0] + 1


def test_work_in_another_thread_holds_off_the_timers_and_updates_wait_for_it(monkeypatch):
    """Under JupyterLab, ipykernel 7 handles widget messages (moves, the browser's draw requests)
    on a subshell thread while ipympl's timers fire on the main thread (a browser test's trace
    showed both at once). While one thread holds the redrawer's lock, a timer callback does
    nothing and comes back later, and an update waits for the lock."""
    panel, r = _grown_panel(monkeypatch)

    def state():   # what the timers and an update change: limits, counts, the artists' data
        data = [np.asarray(a.get_ydata(), float).tolist() for ax in panel.fig.axes for a in ax.lines]
        data += [[p.get_height() for p in ax.patches] for ax in panel.fig.axes]
        return (r.settles, r.prefetched, panel.updates, [ax.get_ylim() for ax in panel.fig.axes],
                data)
    before = state()
    holding, release = threading.Event(), threading.Event()

    def a_draw_in_another_thread():
        with r.lock:
            holding.set()
            release.wait(30)
    other = threading.Thread(target=a_draw_in_another_thread)
    other.start()
    try:
        assert holding.wait(30)
        r._pause()
        r._prefetch_tick()
        assert state() == before
        mover = threading.Thread(target=lambda: panel.set(budget=6000))
        mover.start()
        mover.join(0.5)
        assert mover.is_alive() and state() == before   # the move waits for the draw
    finally:
        release.set()
        other.join(30)
    mover.join(30)
    assert panel.updates == before[2] + 1
    r._pause()                      # the other thread is done: the pause does its work
    assert r.settles == before[0] + 1


@pytest.mark.skipif(not redraw._FAST_TEXT, reason="matplotlib < 3.11 draws its texts itself")
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="0123456789,.−-+€ %kÄöüßAVTWoy(", min_size=1, max_size=10),
       x=st.floats(20, 160), y=st.floats(20, 110), angle=st.sampled_from([0.0, 90.0, 30.0, -45.0]),
       size=st.sampled_from([7.0, 10.5, 14.0]), weight=st.sampled_from(["normal", "bold"]),
       antialiased=st.booleans(), colour=st.sampled_from(["black", "tab:red", "#0072B2"]))
def test_cached_glyphs_paint_the_pixels_matplotlib_paints(text, x, y, angle, size, weight,
                                                          antialiased, colour):
    """Plain text drawn from the glyph cache is matplotlib's own drawing, pixel for pixel: on the
    first draw, on a repeat from the cache, and moved by whole pixels (cached images at a new
    place). Any sub-pixel place, rotation, weight, colour, with and without anti-aliasing."""
    from matplotlib.colors import to_rgba
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    fig = Figure(figsize=(2, 1.5), dpi=100)
    FigureCanvasAgg(fig)
    renderer = fig.canvas.get_renderer()
    prop = FontProperties(size=size, weight=weight)
    gc = renderer.new_gc()
    gc.set_foreground(to_rgba(colour), isRGBA=True)
    gc.set_antialiased(antialiased)
    glyphs = redraw._Glyphs()

    def paint(draw, dx=0, dy=0):
        pixels = np.asarray(renderer.buffer_rgba())
        pixels[...] = 255
        draw(renderer, gc, x + dx, y + dy, text, prop, angle)
        return pixels.copy()

    real = paint(redraw._real_draw_text)
    assert np.array_equal(paint(glyphs.draw_text), real)
    hits = glyphs.hits
    assert np.array_equal(paint(glyphs.draw_text), real)
    assert text.isspace() or glyphs.hits > hits
    assert np.array_equal(paint(glyphs.draw_text, 7, -3), paint(redraw._real_draw_text, 7, -3))


@pytest.mark.skipif(not redraw._FAST_TEXT, reason="matplotlib < 3.11 draws its texts itself")
@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet=redraw._SIMPLE, min_size=1, max_size=12),
       size=st.sampled_from([6.0, 8.33, 10.0, 10.5, 13.0, 21.0]),
       weight=st.sampled_from(["normal", "bold"]), dpi=st.sampled_from([72, 100, 150]),
       family=st.sampled_from(["sans-serif", "serif", "monospace"]))
def test_numbers_laid_out_without_raqm_are_laid_out_and_measured_as_raqm_does(
        text, size, weight, dpi, family):
    """A number made of the simple characters is measured and laid out glyph after glyph: the
    same width, height and descent as matplotlib's measure, and the same glyphs at the same
    places as raqm's layout, in each font, size, weight and dpi. A font that is refused (DejaVu
    Serif kerns some of these pairs) really is laid out otherwise by raqm."""
    from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
    from matplotlib.font_manager import FontProperties
    renderer = RendererAgg(200, 100, dpi)
    prop = FontProperties(size=size, weight=weight, family=family)
    glyphs = redraw._Glyphs()
    simple = glyphs.simple(renderer, prop, text)
    if simple is None:   # refused: then raqm really puts some glyph of the pairs elsewhere
        assert family != "sans-serif"   # (the kit's own font, DejaVu Sans, qualifies)
        font = renderer._prepare_font(prop)
        pairs = redraw._SIMPLE_PAIRS
        advances = [font.load_char(ord(c), get_hinting_flag()).horiAdvance for c in pairs]
        places = [item.x for item in
                  renderer._prepare_font(prop)._layout(pairs, flags=get_hinting_flag())]
        assert places != [sum(advances[:i]) / 64 for i in range(len(pairs))]
        return
    assert glyphs.metrics(renderer, text, prop) == redraw._real_text_metrics(
        renderer, text, prop, False)
    font, chars = simple
    pen, ours = 0, []
    for c in text:
        ours.append((chars[c][0], pen / 64))
        pen += chars[c][1]
    theirs = renderer._prepare_font(prop)._layout(text, flags=get_hinting_flag())
    assert ours == [(item.glyph_index, item.x) for item in theirs]


def test_a_font_that_kerns_numbers_is_shaped_by_raqm():
    """If raqm puts any glyph of the pairs check elsewhere than the sum of the advances (a font
    that kerns "1," say), numbers in that font are shaped and measured by raqm as before."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties
    renderer = RendererAgg(200, 100, 100)
    real_prepare = renderer._prepare_font

    class Kerning:      # the real font, except that its layout moves one glyph by 1/64 pixel
        def __init__(self, font):
            self.font = font

        def __getattr__(self, name):
            return getattr(self.font, name)

        def _layout(self, s, **kwargs):
            items = [types.SimpleNamespace(ft_object=self, glyph_index=i.glyph_index, x=i.x,
                                           y=i.y) for i in self.font._layout(s, **kwargs)]
            items[len(items) // 2].x += 1 / 64
            return items

    renderer._prepare_font = lambda prop: Kerning(real_prepare(prop))
    glyphs = redraw._Glyphs()
    prop = FontProperties(size=10)
    assert glyphs.simple(renderer, prop, "1,234") is None
    assert glyphs.metrics(renderer, "1,234", prop) is None
    renderer._prepare_font = real_prepare
    assert redraw._Glyphs().simple(renderer, prop, "1,234") is not None
    assert redraw._Glyphs().simple(renderer, prop, "1,234 kg") is None   # "g": not simple


def _plain(layout):
    bbox, lines, (corner, size) = layout
    return (tuple(bbox.bounds), tuple((s, tuple(w), tuple(xy)) for s, w, xy in lines),
            tuple(corner), tuple(size))


def test_kept_text_layouts_are_matplotlibs_and_follow_every_change():
    """While a Redrawer draws, a text's layout comes from the cache shared by all texts: the same
    as matplotlib's, and new whenever anything it depends on changes (string, font, size,
    weight, rotation, alignment, line spacing, the fonts behind a generic family). Outside a
    draw, matplotlib's own method runs and nothing is kept."""
    import matplotlib as mpl
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    fig = Figure(figsize=(3, 2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    text = ax.text(0.3, 0.5, "1,234", fontsize=11)
    other = ax.text(0.7, 0.2, "1,234", fontsize=11)
    renderer = fig.canvas.get_renderer()
    redraw._install_text_hooks()
    changes = [
        lambda: None, lambda: text.set_text("−56.7 %\nzwei Zeilen"), lambda: text.set_fontsize(15),
        lambda: text.set_fontweight("bold"), lambda: text.set_rotation(30),
        lambda: text.set_horizontalalignment("right"), lambda: text.set_verticalalignment("top"),
        lambda: text.set_linespacing(2.0), lambda: text.set_multialignment("center"),
        lambda: text.set_rotation_mode("anchor"), lambda: text.set_fontfamily("monospace"),
    ]
    redraw._LAYOUTS.clear()
    redraw._kept.glyphs = redraw._Glyphs()
    try:
        seen = set()
        for change in changes:
            change()
            kept = text._get_layout(renderer)
            assert _plain(kept) == _plain(redraw._real_get_layout(text, renderer))
            assert text._get_layout(renderer) is kept                 # kept, not laid out again
            assert _plain(kept) not in seen or change is changes[0]   # every change shows
            seen.add(_plain(kept))
        text.set_fontfamily("sans-serif")
        key = redraw._layout_key(text, renderer)
        with mpl.rc_context({"font.sans-serif": ["DejaVu Sans Mono"]}):
            assert redraw._layout_key(text, renderer) != key   # another font behind the name
            kept = text._get_layout(renderer)
            assert _plain(kept) == _plain(redraw._real_get_layout(text, renderer))
        # another text with the same string and font elsewhere shares the layout
        twin = ax.text(0.1, 0.9, "1,234", fontsize=11)
        assert twin._get_layout(renderer) is other._get_layout(renderer)
    finally:
        redraw._kept.glyphs = None
    count = len(redraw._LAYOUTS)
    text.set_text("outside a draw")
    assert _plain(Text._get_layout(text, renderer)) == _plain(redraw._real_get_layout(text, renderer))
    assert len(redraw._LAYOUTS) == count


def test_a_steady_image_keeps_its_picture_only_while_nothing_it_shows_changed(monkeypatch):
    """SteadyImage resamples once and reuses the picture; new data, a new colour scale or new
    axis limits give a new picture, always the one a plain imshow draws."""
    from matplotlib.colors import Normalize
    from matplotlib.figure import Figure
    from matplotlib.image import AxesImage

    rng = np.random.default_rng(7)
    data = rng.uniform(0, 100, (9, 11))

    def figure(cls):
        fig = Figure(figsize=(3, 2), dpi=80)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        image = cls(ax, cmap="viridis", norm=Normalize(0, 100), interpolation="nearest",
                    origin="lower")
        image.set_data(data)
        ax.add_image(image)
        image.set_extent((0, 11, 0, 9))
        ax.set_aspect("auto")
        ax.plot([2], [3], "o")
        return fig, ax, image

    steady, plain = figure(redraw.SteadyImage), figure(AxesImage)
    made = []
    original = AxesImage.make_image
    monkeypatch.setattr(AxesImage, "make_image",
                        lambda self, *a, **k: made.append(1) or original(self, *a, **k))

    def pictures():
        out = []
        for fig, _ax, _image in (steady, plain):
            fig.canvas.draw()
            out.append(np.asarray(fig.canvas.buffer_rgba()).copy())
        return out

    changes = [
        lambda fig, ax, im: None,                                   # nothing: reused
        lambda fig, ax, im: ax.lines[0].set_data([5], [6]),         # only the marker: reused
        lambda fig, ax, im: im.set_data(data[::-1].copy()),         # new data
        lambda fig, ax, im: im.set_clim(10, 60),                    # new colour scale
        lambda fig, ax, im: ax.set_xlim(2, 8),                      # new limits
    ]
    expected_new = [False, False, True, True, True]
    pictures()
    for change, new in zip(changes, expected_new):
        for fig, ax, image in (steady, plain):
            change(fig, ax, image)
        made.clear()
        mine, theirs = pictures()
        assert np.array_equal(mine, theirs)
        assert len(made) == (2 if new else 1)   # the plain image resamples on every draw


def _overflow(fig) -> float:
    """How far (pixels) the farthest axes' labels, ticks or title reach out of the figure."""
    renderer = fig.canvas.get_renderer()
    worst = 0.0
    for ax in fig.axes:
        if ax.get_visible():
            b = ax.get_tightbbox(renderer)
            worst = max(worst, -b.x0, -b.y0, b.x1 - fig.bbox.width, b.y1 - fig.bbox.height)
    return worst


@pytest.mark.parametrize("panel_id", ["02_sales_funnel", "05_inbound_flywheel",
                                      "06_funnel_vs_flywheel"])
def test_labels_stay_inside_the_figure_at_every_slider_end(panel_id):
    """The layout is made on the first draw, for its tick labels. At a slider's end an axis can
    grow to longer tick labels that push its label out of the figure (02 by 18 pixels, 05 and
    06 by 5, before the layout was made again when that happens): on a canvas without a
    browser at once, and under ipympl when the sliders rest."""
    panel = panels.build(panel_id)
    for control in panel.controls:
        for value in (control.max, control.min, control.value):
            panel.set(**{control.name: value})
            panel.fig.canvas.draw()
            assert _overflow(panel.fig) <= 0.5, (control.name, value)
    assert panel.redrawer.relayouts >= 1
    # under ipympl: a drag keeps the layout; the pause makes it again if it must, once for the
    # same limits; the frames stay those of a plain draw
    panel = panels.build(panel_id)
    r = panel.redrawer
    r.interactive = True
    panel.fig.canvas.draw()
    for control in panel.controls:
        for value in (control.max, control.min, control.value):
            panel.set(**{control.name: value})
            panel.fig.canvas.draw()
            before = r.relayouts
            r.settle()
            panel.fig.canvas.draw()
            assert _overflow(panel.fig) <= 0.5, (control.name, value)
            if r.relayouts > before:
                assert not r.settle() and r.relayouts == before + 1
    assert r.relayouts >= 1
    _prepare(panel)
    assert _differing(panel, _composed(panel)) <= 25
