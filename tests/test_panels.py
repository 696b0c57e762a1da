"""Every registered panel, driven programmatically: each slider to its minimum and its maximum.

No error in the panel, no warning, no NaN/inf drawn, no empty plot, and the picture changes when a
slider moves. Panels are built in both languages and both styles.
"""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

import flywheel_lib as fw
from flywheel_lib import i18n, panels


IDS = panels.ids()


def pixels(fig) -> bytes:
    fig.canvas.draw()
    return bytes(fig.canvas.buffer_rgba())


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


@pytest.mark.parametrize("panel_id", IDS)
def test_each_slider_to_both_ends(panel_id, strict_warnings):
    panel = panels.build(panel_id)
    try:
        assert panel.last_error is None, panel.last_error
        assert panel.sliders, f"{panel_id} has no slider"
        for name, slider in panel.sliders.items():
            before = pixels(panel.fig)
            slider.value = slider.min
            assert panel.last_error is None, f"{name}=min: {panel.last_error!r}"
            check_drawn(panel)
            at_min = pixels(panel.fig)
            slider.value = slider.max
            assert panel.last_error is None, f"{name}=max: {panel.last_error!r}"
            check_drawn(panel)
            at_max = pixels(panel.fig)
            assert len({before, at_min, at_max}) > 1, f"{panel_id}: moving {name} changes nothing"
        panel.reset()
        assert panel.values == {c.name: c.value for c in panel.controls}
    finally:
        plt.close(panel.fig)


@pytest.mark.parametrize("panel_id", IDS)
def test_builds_twice_and_in_german_presenter_style(panel_id, strict_warnings):
    first = panels.build(panel_id)
    again = panels.build(panel_id)
    assert first.values == again.values
    fw.set_language("de")
    fw.set_style("presenter")
    german = panels.build(panel_id)
    try:
        assert german.last_error is None
        for control, slider in zip(german.controls, german.sliders.values()):
            assert slider.description.startswith(i18n.t(control.label, "de"))
        en_w, _ = first.fig.get_size_inches()
        de_w, _ = german.fig.get_size_inches()
        assert de_w > en_w, "presenter style should enlarge the figure"
    finally:
        for p in (first, again, german):
            plt.close(p.fig)


def test_callback_error_is_shown_in_the_panel_not_swallowed():
    panel = panels.build(IDS[-1])
    try:
        def broken(**_values):
            raise ValueError("friction must be in [0, 0.9]; got 7")
        panel.model = broken
        name, slider = next(iter(panel.sliders.items()))
        slider.value = slider.max
        assert isinstance(panel.last_error, ValueError)
        assert "flywheel-error" in panel.error_box.value
        assert "friction must be in [0, 0.9]; got 7" in panel.error_box.value
    finally:
        plt.close(panel.fig)


def test_set_names_unknown_sliders():
    panel = panels.build(IDS[0])
    try:
        with pytest.raises(KeyError, match="unknown slider"):
            panel.set(no_such_slider=1)
    finally:
        plt.close(panel.fig)


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


@pytest.mark.parametrize("language", ["en", "de"])
def test_panel_tables_are_the_html_pandas_writes(language):
    """Every panel's table, at both ends of every slider, in both languages: the HTML the panel
    shows is exactly pandas' to_html of the same table."""
    from flywheel_lib.ui import panel as widgets
    fw.set_language(language)
    try:
        checked = 0
        for panel_id in IDS:
            panel = panels.build(panel_id)
            for control in panel.controls:
                for value in (control.max, control.min):
                    panel.set(**{control.name: value})
                    table = panel.render(panel.last_result)
                    if table is None:
                        continue
                    assert widgets.table_html(table) == _pandas_table(table), (panel_id, control.name)
                    assert panel.table_box.value == _pandas_table(table)
                    checked += 1
            plt.close(panel.fig)
        assert checked >= 20
    finally:
        fw.set_language("en")


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
