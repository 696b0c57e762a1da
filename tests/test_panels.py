"""Every registered panel, driven programmatically: each slider a step, to its minimum and to its
maximum.

After every move: no error in the panel, no warning, no NaN/inf drawn, no empty plot, the picture
the panel sent equals a plain ``savefig`` of its figure (0 differing pixels), and its table is the
HTML pandas writes; the picture changes when a slider moves. Panels are built in both languages
and both styles.
"""
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

import flywheel_lib as fw
from flywheel_lib import i18n, panels
from pictures import differing


IDS = panels.ids()


def pixels(panel) -> bytes:
    """The picture the panel sent last (the PNG the browser shows)."""
    return panel.frames.last_png


def check_drawn(panel):
    """No inf anywhere, and every axes shows finite data or a visible note."""
    for ax in panel.fig.axes:
        if not ax.get_visible() or not ax.axison and not ax.lines and not ax.patches:
            continue
        shows_something = False
        for artist in ax.get_children():
            if isinstance(artist, Line2D) and artist.get_visible():
                y = np.asarray(artist.get_ydata(), dtype=float)
                assert not np.isinf(y).any(), f"{ax.get_title()}: inf in a line"
                shows_something |= bool(np.isfinite(y).any())
            elif isinstance(artist, Rectangle) and artist.get_visible() and artist is not ax.patch:
                h, w = artist.get_height(), artist.get_width()
                assert np.isfinite([h, w]).all(), f"{ax.get_title()}: NaN/inf in a bar"
                shows_something = True
            elif isinstance(artist, Text) and artist.get_visible() and artist.get_text().strip():
                shows_something |= artist not in (ax.title, ax._left_title, ax._right_title)
            elif hasattr(artist, "get_offsets") and artist.get_visible():
                shows_something |= len(artist.get_offsets()) > 0
            elif hasattr(artist, "get_array") and artist.get_visible() and artist.get_array() is not None:
                shows_something = True
        assert shows_something, f"panel axes {ax.get_title()!r} is empty"


@pytest.fixture
def strict_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def check_move(panel, what: str) -> None:
    """What must hold after every move: no error, finite data drawn, the picture a savefig."""
    assert panel.last_error is None, f"{what}: {panel.last_error!r}"
    check_drawn(panel)
    assert differing(panel) == 0, f"{what}: the picture sent is not what savefig draws"
    table = panel.render(panel.last_result)   # (render again: same data, nothing changes)
    if table is not None:
        assert panel.table_box.value == _pandas_table(table), f"{what}: table"


@pytest.mark.parametrize("panel_id", IDS)
def test_each_slider_a_step_and_to_both_ends(panel_id, strict_warnings):
    panel = panels.build(panel_id)
    assert panel.last_error is None, panel.last_error
    assert panel.sliders, f"{panel_id} has no slider"
    for name, slider in panel.sliders.items():
        control = next(c for c in panel.controls if c.name == name)
        panel.reset()   # each slider from the start values (at another slider's end, e.g. no
        before = pixels(panel)   # customers at all, a slider may rightly change nothing)
        up = control.value + control.step if control.value < control.max else control.min
        panel.set(**{name: int(up) if control.integer else up})
        check_move(panel, f"{name}=one step")
        slider.value = slider.min
        check_move(panel, f"{name}=min")
        at_min = pixels(panel)
        slider.value = slider.max
        check_move(panel, f"{name}=max")
        at_max = pixels(panel)
        assert len({before, at_min, at_max}) > 1, f"{panel_id}: moving {name} changes nothing"
    panel.reset()
    assert panel.values == {c.name: c.value for c in panel.controls}


@pytest.mark.parametrize("panel_id", IDS)
def test_in_german_presenter_style(panel_id, strict_warnings):
    english = panels.build(panel_id)
    fw.set_language("de")
    fw.set_style("presenter")
    german = panels.build(panel_id)
    assert german.last_error is None
    for control, slider in zip(german.controls, german.sliders.values()):
        assert slider.description.startswith(i18n.t(control.label, "de"))
    # the presenter style: larger type in a figure of the same size (the dashboard shows it
    # beside the controls at about the size it is drawn)
    assert tuple(german.fig.get_size_inches()) == tuple(english.fig.get_size_inches())
    sizes = [max(t.get_fontsize() for t in p.fig.findobj(Text) if t.get_text())
             for p in (english, german)]
    assert sizes[1] > sizes[0], "presenter style should enlarge the type"
    for name, slider in german.sliders.items():
        slider.value = slider.max
        check_move(german, f"{name}=max (de, presenter)")


def test_callback_error_is_shown_in_the_panel_not_swallowed():
    panel = panels.build(IDS[-1])
    def broken(**_values):
        raise ValueError("friction must be in [0, 0.9]; got 7")
    panel.model = broken
    name, slider = next(iter(panel.sliders.items()))
    slider.value = slider.min if slider.value == slider.max else slider.max   # a real move
    assert isinstance(panel.last_error, ValueError)
    assert "flywheel-error" in panel.error_box.value
    assert "friction must be in [0, 0.9]; got 7" in panel.error_box.value


def test_set_names_unknown_sliders():
    panel = panels.build(IDS[0])
    with pytest.raises(KeyError, match="unknown slider"):
        panel.set(no_such_slider=1)


@pytest.mark.parametrize("kwargs, message", [
    (dict(min=0.0, max=1.0, step=0.1, value=0.25), "not on the slider's grid"),
    (dict(min=0.0, max=1.0, step=0.1, value=1.5), "outside"),
    (dict(min=1.0, max=1.0, step=0.1, value=1.0), "must be below max"),
    (dict(min=0.0, max=1.0, step=0.0, value=0.5), "step must be in"),
])
def test_control_rejects_bad_specs_naming_the_slider(kwargs, message):
    from flywheel_lib.ui.panel import Control
    with pytest.raises(ValueError, match=message) as err:
        Control("friction", "slider.energy", **kwargs)
    assert "'friction'" in str(err.value)


def test_control_accepts_defaults_on_the_grid():
    from flywheel_lib.ui.panel import Control
    assert Control("friction", "slider.energy", 0.0, 0.4, 0.005, 0.14).value == 0.14


def _pandas_table(frame) -> str:
    from flywheel_lib.ui import panel as widgets
    return i18n.translate_columns(frame).to_html(
        index=False, float_format=widgets._table_number, classes="flywheel-table", border=0)


@settings(max_examples=60, deadline=None)
@given(rows=st.integers(1, 4), data=st.data())
def test_table_html_matches_pandas_for_numbers_strings_and_nan(rows, data):
    """Columns of ints, floats (NaN, tiny, huge, negative), booleans and strings with HTML
    characters: the same HTML as pandas; other kinds of column are left to pandas."""
    import pandas as pd
    from flywheel_lib.ui import panel as widgets
    floats = st.one_of(st.floats(-1e9, 1e9, allow_nan=False), st.just(float("nan")))
    kinds = {"i": st.integers(-10**6, 10**6), "f": floats, "b": st.booleans(),
             "s": st.text(alphabet="ab  <>&\"'€ä\t", max_size=8)}
    columns = data.draw(st.lists(st.sampled_from(sorted(kinds)), min_size=1, max_size=5))
    frame = pd.DataFrame({f"{k}{j}": data.draw(st.lists(kinds[k], min_size=rows, max_size=rows))
                          for j, k in enumerate(columns)})
    assert widgets.table_html(frame) == _pandas_table(frame)
    frame["when"] = pd.Timestamp("2026-11-24")   # another kind: written by pandas
    assert widgets.table_html(frame) == _pandas_table(frame)


@pytest.mark.parametrize("panel_id", IDS)
def test_moving_artists_stay_inside_their_plot(panel_id):
    """A moving artist that is not clipped may paint anywhere, so the picture engine draws every
    later artist again on every move (legends, titles), or the whole figure when a figure-level
    legend follows it (lesson 04's map did, 180 ms a move). Every panel's moving artists are
    clipped, and each panel keeps a background to draw its moves on."""
    panel = panels.build(panel_id)
    for name, slider in panel.sliders.items():
        step = slider.step if slider.value + slider.step <= slider.max else -slider.step
        slider.value = slider.value + step
    frames = panel.frames
    assert frames.moving, f"{panel_id}: nothing learned to move"
    loose = [f"{type(a).__name__} {getattr(a, 'get_text', lambda: '')()!r}"
             for a in frames.moving if not a.get_clip_on() or a.get_clip_box() is None]
    assert not loose, f"{panel_id}: moving artists without a clip: {loose}"
    assert frames._background is not None, f"{panel_id}: every move is a full draw"
