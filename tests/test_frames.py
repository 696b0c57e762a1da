"""The picture a learner sees is always a plain ``savefig`` of the panel's figure.

``flywheel_lib.ui.frames`` draws only the moving artists when that is exact. These tests make
changes of every kind — inside a panel's ``render`` and outside it, between slider moves — and
compare the PNG the panel sent (decoded) with a ``savefig`` of the same figure: 0 differing pixels.
(Every lesson panel gets the same comparison on every move in ``test_panels.py``.)
"""
from __future__ import annotations

import ast
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pictures import differing, sent

import flywheel_lib as fw
from flywheel_lib import i18n, panels
from flywheel_lib.ui import frames, plotting
from flywheel_lib.ui.panel import Control, Panel

ROOT = Path(__file__).resolve().parent.parent


# --- helpers ------------------------------------------------------------------------------------
def toy_panel(fast=None, hook=None) -> Panel:
    """A small panel with what lessons use: two plots, lines, bars, a legend, texts, a span."""
    with plotting.style_context():
        fig, (ax, ax_b) = plotting.figure(1, 2, width=8, height=3)
    x = np.linspace(0, 10, 50)
    (line,) = ax.plot(x, np.zeros_like(x), label="speed")
    (ref,) = ax.plot(x, np.sin(x) + 1, color="0.5", label="reference")
    span = ax.axvspan(0, 1, color="0.85", alpha=0.5, zorder=0.6)
    ax.legend(loc="upper left")
    ax.set_xlim(0, 10)
    ax.set_title("toy")
    note = ax.text(5, 0.2, "", clip_on=True)
    bars = ax_b.bar([0, 1, 2], [1, 1, 1])
    ax_b.set_ylim(0, 20)
    calls = {"n": 0}

    def render(values):
        calls["n"] += 1
        energy, friction = values
        line.set_ydata(energy / friction * (1 - np.exp(-friction * x)))
        plotting.set_top(ax, energy / friction * 1.1)
        span.set_width(energy)
        note.set_text(f"{energy:.1f}")
        for bar, h in zip(bars, (energy, friction * 10, energy * friction)):
            bar.set_height(h)
        if hook is not None:
            hook(calls["n"], ax, ax_b)

    controls = [Control("energy", "slider.energy", 0.5, 10.0, 0.5, 2.0, unit="unit.torque"),
                Control("friction", "slider.friction", 0.05, 2.0, 0.05, 0.5)]
    return Panel(controls, lambda energy, friction: (energy, friction), render, fig,
                 title="demo.title", fast=fast)


def step(panel, k: int = 1) -> None:
    """Move the first slider k steps up (as a learner's arrow key does)."""
    c = panel.controls[0]
    value = panel.values[c.name] + k * c.step
    if value > c.max:
        value = c.min
    panel.set(**{c.name: value})


# --- the catalogue of changes -------------------------------------------------------------------
def _ax(panel):
    return panel.fig.axes[0]


OUTSIDE = {   # made between two slider moves, by a learner or a lesson author
    "axes facecolour": lambda p: _ax(p).set_facecolor("#ffeecc"),
    "figure facecolour": lambda p: p.fig.set_facecolor("#eeeeff"),
    "grid off": lambda p: _ax(p).grid(False),
    "tick colours": lambda p: _ax(p).tick_params(colors="tab:red"),
    "tick labels by hand (German)": lambda p: _ax(p).set_xticks([0, 5, 10], ["null", "fünf",
                                                                               "zehn"]),
    "x-label colour": lambda p: (_ax(p).set_xlabel("Monat"), _ax(p).xaxis.label.set_color("r")),
    "title text": lambda p: _ax(p).set_title("Schwungrad"),
    "legend added": lambda p: p.fig.axes[1].legend(["a", "b", "c"], loc="upper right"),
    "legend removed": lambda p: _ax(p).get_legend().remove(),
    "artist added": lambda p: _ax(p).axhline(1.0, color="k"),
    "artist removed": lambda p: _ax(p).lines[1].remove(),
    "moving artist removed": lambda p: _ax(p).lines[0].remove(),
    "limits": lambda p: _ax(p).set_xlim(2, 8),
    "moving line's colour": lambda p: _ax(p).lines[0].set_color("tab:green"),
    "spine hidden": lambda p: _ax(p).spines["left"].set_visible(False),
    "patch alpha": lambda p: p.fig.axes[1].patches[0].set_alpha(0.3),
    "figure size": lambda p: p.fig.set_size_inches(7, 3),
    "dpi": lambda p: p.fig.set_dpi(120),
    "language switch": lambda p: (fw.set_language("de"),
                                  _ax(p).set_title(i18n.t("demo.title"))),
    "style switch": lambda p: fw.set_style("presenter"),
    "figure-level text over a plot": lambda p: p.fig.text(0.3, 0.5, "Notiz", fontsize=20),
    "size off the pixel grid": lambda p: p.fig.set_size_inches(8.0 - 1e-9, 3),
}

INSIDE = {    # made by a panel's render on one move
    "grid on and off": lambda n, ax, ax_b: ax_b.grid(n % 2 == 0),
    "title and its colour": lambda n, ax, ax_b: (ax.set_title(f"move {n}"),
                                                 ax.title.set_color("C1" if n % 2 else "C2")),
    "tick-label colour": lambda n, ax, ax_b: ax.tick_params(labelcolor="C3" if n % 2 else "k"),
    "facecolour": lambda n, ax, ax_b: ax_b.set_facecolor("0.9" if n % 3 else "w"),
    "artist added each move": lambda n, ax, ax_b: ax_b.text(n % 3, 15, str(n), clip_on=True),
    "limits each move": lambda n, ax, ax_b: ax_b.set_ylim(0, 20 + n % 4),
}


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_change_outside_render_shows_at_once(name):
    panel = toy_panel()
    try:
        step(panel)
        step(panel)
        assert panel.frames.fast_draws >= 1, "the toy panel should take the fast path"
        OUTSIDE[name](panel)
        for _ in range(3):   # the move right after the change, and fast moves after it
            step(panel)
            assert panel.last_error is None, panel.last_error
            assert differing(panel) == 0, name
    finally:
        fw.set_language("en")
        fw.set_style("default")


@pytest.mark.parametrize("name", sorted(INSIDE))
def test_change_inside_render_shows_at_once(name):
    panel = toy_panel(hook=INSIDE[name])
    for _ in range(6):
        step(panel)
        assert panel.last_error is None, panel.last_error
        assert differing(panel) == 0, name


def test_catalogue_has_at_least_15_kinds():
    assert len(OUTSIDE) + len(INSIDE) >= 15


def test_fast_path_is_taken_and_learns_only_what_moves():
    panel = toy_panel()
    for _ in range(10):
        step(panel)
    f = panel.frames
    assert f.fast_draws >= 8, (f.full_draws, f.fast_draws)
    ax, ax_b = panel.fig.axes
    assert ax.lines[0] in f.moving and ax.lines[1] not in f.moving   # the reference stays still
    assert ax.get_legend() in f._layers       # a still legend over moving data is redrawn on top
    assert ax.title not in f._layers          # a title outside the plot is left in the background


def test_plain_path_by_environment_and_per_panel(monkeypatch):
    monkeypatch.setenv("FLYWHEEL_FAST_FRAMES", "0")
    assert frames.fast_by_default() is False
    plain = toy_panel()
    monkeypatch.setenv("FLYWHEEL_FAST_FRAMES", "1")
    fast = toy_panel()
    also_plain = toy_panel(fast=False)
    for panel in (plain, fast, also_plain):
        for _ in range(4):
            step(panel)
            assert differing(panel) == 0
    assert plain.frames.fast_draws == 0 and also_plain.frames.fast_draws == 0
    assert fast.frames.fast_draws > 0
    assert np.array_equal(sent(plain), sent(fast))
    # switched off on a running panel: every animated artist is drawn in the plain way again
    fast.frames.fast = False
    step(fast)
    assert differing(fast) == 0 and not any(a.get_animated() for a in frames.draw_order(fast.fig))


def test_png_round_trip_rgb_and_rgba():
    rng = np.random.default_rng(1)
    opaque = rng.integers(0, 256, (7, 5, 4), dtype=np.uint8)
    opaque[..., 3] = 255
    see_through = opaque.copy()
    see_through[2, 3, 3] = 17
    for picture, mode in ((opaque, "RGB"), (see_through, "RGBA")):
        decoded = Image.open(io.BytesIO(frames.png(picture)))
        assert decoded.mode == mode
        assert np.array_equal(np.asarray(decoded.convert("RGBA")), picture)


def test_one_message_per_picture():
    """A slider move changes the Image widget's value once (one kernel → browser message)."""
    panel = toy_panel()
    changes = []
    panel.frames.image.observe(lambda change: changes.append(change), names="value")
    step(panel)
    assert len(changes) == 1


def test_no_file_assigns_to_another_librarys_attributes():
    """No monkeypatching: nothing in flywheel_lib assigns to (or setattr's on) a module, class
    or function imported from another library."""
    offenders = []
    for path in (ROOT / "flywheel_lib").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported |= {(a.asname or a.name).split(".")[0] for a in node.names
                             if not a.name.startswith("flywheel_lib")}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and not (
                    node.module or "").startswith("flywheel_lib"):
                imported |= {a.asname or a.name for a in node.names}

        def root(expr):
            while isinstance(expr, ast.Attribute):
                expr = expr.value
            return expr.id if isinstance(expr, ast.Name) else None

        for node in ast.walk(tree):
            targets = []
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and root(target) in imported:
                    offenders.append(f"{path.name}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "setattr" and node.args
                    and root(node.args[0]) in imported):
                offenders.append(f"{path.name}:{node.lineno} setattr")
    assert not offenders, offenders


# --- HiDPI: the browser's pixel ratio -------------------------------------------------------------
@pytest.mark.parametrize("given, drawn", [(1, 1.0), (1.25, 1.25), (1.5, 1.5), (2, 2.0), (3, 2.0),
                                          (0.5, 1.0), (1.1, 1.0), (1.4, 1.5), (float("nan"), 1.0),
                                          (None, 1.0), ("x", 1.0)])
def test_drawing_ratio_is_rounded_and_bounded(given, drawn):
    from flywheel_lib.ui.screen import drawing_ratio
    assert drawing_ratio(given) == drawn


@pytest.mark.parametrize("ratio", [1.5, 2.0])
def test_hidpi_screen_gets_a_denser_picture_of_the_same_size(ratio):
    panel = toy_panel()
    width_css = panel.frames.image.layout.width
    h1, w1 = sent(panel).shape[:2]
    panel.screen.ratio = ratio                      # as the browser's widget reports it
    h2, w2 = sent(panel).shape[:2]
    assert (w2, h2) == (round(w1 * ratio), round(h1 * ratio))
    assert panel.frames.image.layout.width == width_css      # same size on screen
    assert differing(panel) == 0                    # the picture is the figure, at that dpi
    step(panel)                                     # slider moves keep the density ...
    assert sent(panel).shape[:2] == (h2, w2) and differing(panel) == 0
    step(panel)
    assert differing(panel) == 0                    # ... on the fast path too
    panel.screen.ratio = 1.0                        # back on a plain screen
    assert sent(panel).shape[:2] == (h1, w1) and differing(panel) == 0


def test_hidpi_picture_is_the_1x_picture_sharper():
    """A 2x picture averaged over 2x2 blocks is the 1x picture up to antialiasing: the plots
    stay where they are when the density changes."""
    panel = toy_panel()
    one = sent(panel).astype(float)
    panel.screen.ratio = 2.0
    two = sent(panel).astype(float)
    h, w = one.shape[:2]
    down = two[:2 * h, :2 * w].reshape(h, 2, w, 2, 4).mean(axis=(1, 3))
    assert np.abs(down - one).mean() < 3.5    # grey levels of 255 (2.1 today; the same figure
    #                                           shifted by 3 px gives 6.0)


def test_set_ratio_refuses_less_than_one():
    panel = toy_panel()
    with pytest.raises(ValueError, match="ratio"):
        panel.frames.set_ratio(0.5)
