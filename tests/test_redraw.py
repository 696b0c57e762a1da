"""The fast redraw (flywheel_lib.redraw) paints the same picture as a plain matplotlib draw.

Every panel is driven through its sliders' ends; after each move the composed frame (cached
background + dynamic artists + re-blitted legends) is compared pixel by pixel with a full draw of
the same figure in which nothing is animated. The PNG writer is checked against PIL's decoder.
"""
from __future__ import annotations

import io

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


@pytest.mark.parametrize("panel_id", panels.ids())
def test_composed_frame_equals_a_plain_draw(panel_id):
    panel = panels.build(panel_id)
    # Axis decorations (grid, ticks, spines) live in the background, below every data artist;
    # put them below in the plain draw too, so that only real differences remain.
    # A twin axes (twinx) repeats the x axis of the one below it: hide its copy.
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
    while its gauges and numbers are."""
    panel = panels.build("04_amazon_flywheel")
    for friction in (panel.sliders["friction"].max, panel.sliders["friction"].min):
        panel.set(friction=friction)
        panel.fig.canvas.draw()
    dynamic = {id(a) for a in panel.redrawer.dynamic}
    diagram = panel.diagram
    assert not any(id(t) in dynamic for t in diagram.names.values())
    assert id(diagram.highlight_ring) not in dynamic
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
    assert grown[1] > wanted[1] and grown[1] == pytest.approx(wanted[1] * redraw.HEADROOM)
    panel.set(budget=15000)         # still fits: the picture stays steady
    assert ax.get_ylim() == grown
    assert r.settle()               # the pause: the axis takes the panel's own limits
    assert ax.get_ylim() == r.wanted[(id(ax), "y")][2] != grown
    assert not r.settle()           # nothing left to settle
    r.interactive = False
    panel.reset()
    assert ax.get_ylim() == start


@settings(max_examples=40, deadline=None)
@given(arrays(np.uint8, st.tuples(st.integers(1, 40), st.integers(1, 40), st.just(4))))
def test_fast_png_decodes_to_the_same_pixels(rgba):
    decoded = np.asarray(Image.open(io.BytesIO(redraw.fast_png(rgba))).convert("RGBA"))
    assert np.array_equal(decoded, rgba)


def test_fast_png_rejects_other_shapes():
    with pytest.raises(ValueError, match="rgba"):
        redraw.fast_png(np.zeros((4, 4, 3), np.uint8))
