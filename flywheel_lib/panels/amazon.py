"""Lesson 04's panels: push one factor of the Amazon flywheel, and the tipping-point map.

``04_amazon_flywheel``: the causal-loop diagram (levels after 120 months in each node) and every
factor's level over time, with the month the wheel takes off marked. ``04_amazon_flywheel:map``:
the take-off month over an energy × friction grid (grey: not within 120 months) with the current
setting and the tipping point marked, and the momentum over time.

Energy barely changes where a self-reinforcing wheel ends up (below the tipping point the loops
decide that); it changes *when* the wheel gets there. Both panels show it: the readout names the
take-off month, the pictures mark it.

Both panels have the sliders energy, friction and push end, plus the pushed factor as a number
slider that a drop-down list of factor names mirrors.
"""
from __future__ import annotations

from collections import OrderedDict

import ipywidgets as W
import numpy as np
from matplotlib import colormaps
from matplotlib.colors import Normalize
from matplotlib.patches import Patch

from flywheel_lib import i18n
from flywheel_lib.models import loops
from flywheel_lib.ui import plotting
from flywheel_lib.ui.loop_diagram import AMAZON_LABEL_SIDES, AMAZON_LAYOUT, LoopDiagram
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 120
ENERGY_MAX = 20.0
FRICTION_MAX = 0.4
DEFAULTS = dict(factor=1, energy=5.0, friction=0.10, push_until=24)
#: The panel map's grid (the lesson computes the full 100 × 100 one): slider steps exactly.
MAP_ENERGIES = np.linspace(0.0, ENERGY_MAX, 41)
MAP_FRICTIONS = np.linspace(0.0, FRICTION_MAX, 41)
#: The panel's map takes as many steps per month as the panel's own runs (loops.STEPS), so a cell
#: of the map and the readout name the same take-off month (with three steps the months would
#: differ by up to two near the edges of the grey region).
MAP_STEPS = loops.STEPS
#: The map's colour for "does not take off within the months shown" (grey).
MAP_NEVER = "#BDBDBD"

OUTER = ("customer experience", "traffic", "sellers", "selection")
BOOSTER = ("lower prices", "lower cost structure")
FACTOR_COLOURS = {
    **{f: plotting.PALETTE["blue"] for f in OUTER},
    **{f: plotting.PALETTE["orange"] for f in BOOSTER},
    "growth": plotting.PALETTE["green"],
}
LINE_COLOURS = {
    "customer experience": plotting.PALETTE["blue"], "traffic": plotting.PALETTE["sky"],
    "sellers": "#1B4F72", "selection": "#5D8AA8",
    "lower prices": plotting.PALETTE["orange"], "lower cost structure": plotting.PALETTE["vermillion"],
    "growth": plotting.PALETTE["green"],
}


#: Label keys of the Amazon preset's factors.
FACTOR_KEYS = {
    "customer experience": "amazon.factor.customer_experience",
    "traffic": "amazon.factor.traffic",
    "sellers": "amazon.factor.sellers",
    "selection": "amazon.factor.selection",
    "lower prices": "amazon.factor.lower_prices",
    "lower cost structure": "amazon.factor.lower_cost_structure",
    "growth": "amazon.factor.growth",
}


def factor_label(name: str) -> str:
    """A factor's display name in the current language (its own name if it has no label)."""
    return i18n.t(FACTOR_KEYS[name]) if name in FACTOR_KEYS else name


def numbered_label(i: int, name: str, wrap: int = 0) -> str:
    """``"1 · Customer experience"``; with ``wrap`` a label longer than that breaks in two."""
    text = f"{i + 1} · {factor_label(name)}"
    if wrap and len(text) > wrap and " " in text[4:]:
        spaces = [k for k, c in enumerate(text) if c == " " and k > 3]
        cut = min(spaces, key=lambda k: abs(k - len(text) / 2))
        text = text[:cut] + "\n" + text[cut + 1:]
    return text


def flywheel_model(factor, energy, friction, push_until, graph=None, tip=None):
    """The panels' model: push factor number ``factor`` (1-based) and simulate 120 months.

    ``graph`` defaults to :func:`loops.amazon`; ``tip`` (its tipping friction) is computed when
    not given — the panels pass both once, so a slider move only simulates.
    """
    graph = graph or loops.amazon()
    name = graph.factors[int(factor) - 1]
    frame = loops.simulate(graph, friction, {name: energy}, push_until=push_until, months=MONTHS)
    cruise = loops.cruising_momentum(graph, friction)
    frame.attrs.update(factor=name, energy=float(energy), friction=float(friction),
                       push_until=float(push_until),
                       tip=loops.tipping_friction(graph) if tip is None else float(tip),
                       capacity=graph.capacity, cruise=cruise,
                       takeoff=loops.takeoff_month(frame, graph, friction))
    return frame


def _momentum(frame, capacity: float) -> np.ndarray:
    """:func:`loops.momentum` as an array (with numpy: a tenth of the time, on every move)."""
    return frame.to_numpy(dtype=float).mean(axis=1) / capacity * 100.0


def readout_text(frame) -> str:
    a = frame.attrs
    if a["energy"] <= 0 or a["push_until"] <= 0:
        return i18n.t("amazon.readout_rest")
    m = float(loops.momentum(frame, a["capacity"]).iloc[-1])
    if a["cruise"] <= 0:
        key = "amazon.readout_decays"
    elif a["cruise"] < loops.TAKEOFF_MOMENTUM:
        key = "amazon.readout_low"
    elif a["takeoff"] is None:
        key = "amazon.readout_late"
    else:
        key = "amazon.readout_spins"
    return i18n.t(key, factor=factor_label(a["factor"]), friction=a["friction"], tip=a["tip"],
                  months=MONTHS, momentum=m, cruise=a["cruise"], mark=loops.TAKEOFF_MOMENTUM,
                  takeoff=a["takeoff"])


def _takeoff_marks(ax, capacity: float):
    """The take-off marks on a plot over months: a dotted line at the take-off mark (momentum
    :data:`loops.TAKEOFF_MOMENTUM`), a dashed line at the take-off month and its label. Returns
    ``update(frame)`` and the two lines (for a legend)."""
    mark = loops.TAKEOFF_MOMENTUM / 100.0 * capacity
    half = ax.axhline(mark, color="black", ls=":", lw=1.3,
                      label=i18n.t("amazon.takeoff_mark", mark=loops.TAKEOFF_MOMENTUM))
    line = ax.axvline(0.0, color="black", ls="--", lw=1.5, label=i18n.t("amazon.takeoff_line"))
    # clipped to the plot (where it always stands): an unclipped moving text may paint anywhere,
    # so every frame would redraw the legend and titles too (the map panel: the whole figure)
    text = ax.text(0.0, 0.97 * capacity, "", ha="left", va="top", fontsize="small",
                   clip_on=True)

    def update(frame):
        a = frame.attrs
        month = a["takeoff"]
        shown = month is not None and a["energy"] > 0 and a["push_until"] > 0
        line.set_visible(shown)
        text.set_visible(shown)
        if shown:
            line.set_xdata([month] * 2)
            text.set_x(month + 1.5 if month < 0.7 * MONTHS else month - 1.5)
            text.set_ha("left" if month < 0.7 * MONTHS else "right")
            text.set_text(i18n.t("amazon.takeoff_text", month=month))

    return update, (half, line)


def _controls():
    n = len(loops.AMAZON_FACTORS)
    return [
        Control("factor", "amazon.slider_factor", 1, n, 1, DEFAULTS["factor"], integer=True),
        Control("energy", "amazon.slider_energy", 0.0, ENERGY_MAX, 0.5, DEFAULTS["energy"],
                unit="amazon.unit_points", fmt=".1f"),
        Control("friction", "amazon.slider_friction", 0.0, FRICTION_MAX, 0.005,
                DEFAULTS["friction"], unit="amazon.unit_per_month", fmt=".3f"),
        Control("push_until", "amazon.slider_stop", 0, MONTHS, 1, DEFAULTS["push_until"],
                unit="unit.month", integer=True),
    ]


def _edges(centres, half: float) -> np.ndarray:
    """Cell edges round grid points ``centres``: halfway between neighbours, and as far beyond
    the ends (``half`` each side for a single point)."""
    c = np.asarray(centres, float)
    if c.size < 2:
        return np.array([c[0] - half, c[0] + half])
    mid = (c[1:] + c[:-1]) / 2
    return np.concatenate([[2 * c[0] - mid[0]], mid, [2 * c[-1] - mid[-1]]])


def _add_factor_dropdown(panel: Panel, factors) -> W.Dropdown:
    """A drop-down of factor names kept in step with the ``factor`` number slider."""
    slider = panel.sliders["factor"]
    dropdown = W.Dropdown(options=[(numbered_label(i, f), i + 1) for i, f in enumerate(factors)],
                          value=slider.value, description=i18n.t("amazon.dropdown_factor"),
                          style={"description_width": "initial"}, layout=W.Layout(width="100%"))
    dropdown.add_class("flywheel-dropdown")
    W.link((dropdown, "value"), (slider, "value"))
    cell = panel.slider_cells["factor"]   # the slider, or the slider with its value beside it
    box = _box_holding(panel.widget, cell)
    if box is not None:
        children = list(box.children)
        children.insert(children.index(cell), dropdown)
        box.children = tuple(children)
    panel.factor_dropdown = dropdown
    return dropdown


def _box_holding(widget, child):
    """The container widget whose children include ``child`` (depth-first), or None."""
    kids = getattr(widget, "children", ())
    if child in kids:
        return widget
    for k in kids:
        found = _box_holding(k, child)
        if found is not None:
            return found
    return None


@register("04_amazon_flywheel", "amazon.panel_title")
@plotting.styled
def amazon_panel() -> Panel:
    graph = loops.amazon()
    fig, (ax_d, ax_t) = plotting.figure(1, 2, width=12.5, height=5.4,
                                        gridspec_kw={"width_ratios": [1.45, 1]})
    labels = {f: numbered_label(i, f, wrap=18) for i, f in enumerate(graph.factors)}
    diagram = LoopDiagram(
        ax_d, graph, positions=AMAZON_LAYOUT, labels=labels, colours=FACTOR_COLOURS,
        link_colours={(r.source, r.target): plotting.PALETTE["blue"]
                      if r.source in OUTER and r.target in OUTER else plotting.PALETTE["orange"]
                      for r in graph.links.itertuples(index=False)},
        curvature={"default": 0.41, ("traffic", "growth"): 0.0,
                   ("growth", "lower cost structure"): -0.15,
                   ("lower cost structure", "lower prices"): -0.2,
                   ("lower prices", "customer experience"): -0.2},
        label_sides=AMAZON_LABEL_SIDES,
        markers=[(0.0, -0.6, "↻ " + i18n.t("amazon.loop_outer")),
                 (0.22, 0.34, "↻ " + i18n.t("amazon.loop_booster"))])
    plotting.set_title(ax_d, i18n.t("amazon.diagram_title", months=MONTHS))

    month = np.arange(MONTHS + 1)
    lines = {}
    for i, f in enumerate(graph.factors):
        (lines[f],) = ax_t.plot(month, np.zeros(MONTHS + 1), color=LINE_COLOURS[f], lw=1.6,
                                label=numbered_label(i, f))
    (momentum_line,) = ax_t.plot(month, np.zeros(MONTHS + 1), color="black", lw=3.0,
                                 label=i18n.t("amazon.momentum"))
    span = ax_t.axvspan(0, DEFAULTS["push_until"], color=plotting.PALETTE["yellow"], alpha=0.3,
                        lw=0, label=i18n.t("amazon.push_window"))
    marks, _ = _takeoff_marks(ax_t, graph.capacity)
    ax_t.set_xlim(0, MONTHS)
    ax_t.set_ylim(0, graph.capacity)
    ax_t.set_xlabel(i18n.t("common.month"))
    ax_t.set_ylabel(i18n.t("amazon.level_axis"))
    plotting.set_title(ax_t, i18n.t("amazon.levels_title"))
    # the legend beside the plot: over the moving lines it would be drawn again on every move
    plotting.legend_beside(ax_t, fontsize="x-small")

    def render(frame):
        a = frame.attrs
        for f in graph.factors:
            lines[f].set_ydata(frame[f].to_numpy())
        momentum_line.set_ydata(_momentum(frame, graph.capacity))
        span.set_x(0.0)
        span.set_width(a["push_until"] if a["energy"] > 0 else 0.0)
        marks(frame)
        diagram.set_levels(frame.iloc[-1])
        diagram.highlight(a["factor"] if a["energy"] > 0 and a["push_until"] > 0 else None)

    panel = Panel(_controls(), flywheel_model, render, fig, title="amazon.panel_title",
                  readout=readout_text,
                  fixed={"graph": graph, "tip": loops.tipping_friction(graph)})
    _add_factor_dropdown(panel, graph.factors)
    panel.diagram = diagram
    return panel


@register("04_amazon_flywheel:map", "amazon.map_title")
@plotting.styled
def amazon_map_panel(energies=None, frictions=None) -> Panel:
    """The tipping-point map: the month the wheel takes off, for every energy and friction (grey:
    not within 120 months); ``energies``/``frictions`` override the panel's 41 × 41 grid."""
    graph = loops.amazon()
    tip = loops.tipping_friction(graph)
    energies = MAP_ENERGIES if energies is None else np.asarray(energies, float)
    frictions = MAP_FRICTIONS if frictions is None else np.asarray(frictions, float)
    fig, (ax_m, ax_t) = plotting.figure(1, 2, width=12.5, height=4.8,
                                        gridspec_kw={"width_ratios": [1.2, 1]})
    # The map is a mesh of cells (not an image): a new map is then drawn alone on the picture
    # that stays (an image is always drawn into it, which would redraw the whole figure).
    cmap = colormaps["viridis_r"].with_extremes(bad=MAP_NEVER)   # early: bright; never: grey
    mesh = ax_m.pcolormesh(_edges(energies, 0.5), _edges(frictions, 0.005),
                           np.zeros((frictions.size, energies.size)), cmap=cmap,
                           norm=Normalize(0, MONTHS), shading="flat")
    bar = fig.colorbar(mesh, ax=ax_m)
    bar.set_label(i18n.t("amazon.map_colorbar", months=MONTHS))
    # (the colorbar's cell dividers are not drawn here, and an empty artist counts as lying
    # everywhere for the fast redraw: hidden, nothing changes in the picture)
    bar.dividers.set_visible(False)
    tip_line = ax_m.axhline(tip, color="black", ls="--", lw=2.0,
                            label=i18n.t("amazon.tipping_line", value=tip))
    (marker,) = ax_m.plot([DEFAULTS["energy"]], [DEFAULTS["friction"]], marker="o", ms=12,
                          mfc=plotting.PALETTE["orange"], mec="white", mew=2, ls="none",
                          label=i18n.t("amazon.you_are_here"))
    ax_m.set_xlabel(i18n.t("amazon.map_energy_axis"))
    ax_m.set_ylabel(i18n.t("amazon.map_friction_axis"))
    plotting.set_title(ax_m, i18n.t("amazon.map_title"))
    ax_m.grid(False)

    month = np.arange(MONTHS + 1)
    (line,) = ax_t.plot(month, np.zeros(MONTHS + 1), color="black", lw=3.0,
                        label=i18n.t("amazon.momentum"))
    span = ax_t.axvspan(0, DEFAULTS["push_until"], color=plotting.PALETTE["yellow"], alpha=0.3,
                        lw=0, label=i18n.t("amazon.push_window"))
    marks, (half_line, takeoff_line) = _takeoff_marks(ax_t, graph.capacity)
    ax_t.set_xlim(0, MONTHS)
    ax_t.set_ylim(0, graph.capacity)   # momentum is a mean of levels 0 … capacity: the axis
    ax_t.set_xlabel(i18n.t("common.month"))   # stays put between runs
    ax_t.set_ylabel(i18n.t("amazon.momentum_axis"))
    plotting.set_title(ax_t, i18n.t("amazon.momentum_title"))
    # one legend under both plots: over the map or the moving line it would be drawn again on
    # every slider move (grey cells: a patch of the map's "never" colour)
    never = Patch(facecolor=MAP_NEVER, edgecolor="none",
                  label=i18n.t("amazon.map_never", months=MONTHS))
    plotting.legend_below(fig, [tip_line, never, marker, line, half_line, takeoff_line, span],
                          ncols=4)

    # (factor, push_until) → grid (41 × 41 floats, 13 kB); the axes never change. 128 grids hold
    # every push period of one factor, so a drag back over periods seen before computes nothing
    cache: OrderedDict = OrderedDict()
    shown = {"key": None}

    def grid_for(factor_name, push_until):
        key = (factor_name, float(push_until))
        if key not in cache:
            cache[key] = np.ma.masked_invalid(
                loops.takeoff_map(graph, factor_name, energies, frictions, push_until=push_until,
                                  months=MONTHS, steps=MAP_STEPS).to_numpy())
            while len(cache) > 128:
                cache.popitem(last=False)
        cache.move_to_end(key)
        return cache[key]

    def render(frame):
        a = frame.attrs
        key = (a["factor"], a["push_until"])
        if shown["key"] != key:
            values = grid_for(*key)
            mesh.set_array(values)
            mesh.stale = True   # (set_array alone does not tell the figure that the map changed)
            shown["key"] = key   # the colour scale stays 0 … 120 months: maps compare at a glance
        marker.set_data([a["energy"]], [a["friction"]])
        m = _momentum(frame, graph.capacity)
        line.set_ydata(m)
        span.set_x(0.0)
        span.set_width(a["push_until"] if a["energy"] > 0 else 0.0)
        marks(frame)

    panel = Panel(_controls(), flywheel_model, render, fig, title="amazon.map_title",
                  readout=readout_text, fixed={"graph": graph, "tip": tip})
    _add_factor_dropdown(panel, graph.factors)
    panel.map_cache = cache
    return panel


def sales_figure():
    """Lesson 04's picture of Amazon's real numbers (``data/amazon_net_sales.csv`` and
    ``data/amazon_third_party_share.csv``): net sales on a log scale, growth on the year before,
    and the share of physical goods sold by third-party sellers. Returns a still picture for a
    notebook cell (:func:`plotting.show`)."""
    from flywheel_lib import data
    sales = data.load("amazon_net_sales")
    share = data.load("amazon_third_party_share")
    fig, (ax_s, ax_g, ax_p) = plotting.figure(1, 3, width=13, height=3.6)
    ax_s.semilogy(sales["year"], sales["net_sales_usd_m"], marker="o", ms=3,
                  color=plotting.PALETTE["blue"])
    ax_s.set_title(i18n.t("amazon.sales_title"))
    ax_s.set_ylabel(i18n.t("amazon.sales_axis"))
    growth = sales.set_index("year")["net_sales_usd_m"].pct_change() * 100
    ax_g.bar(growth.index, growth.to_numpy(), color=plotting.PALETTE["green"])
    ax_g.set_title(i18n.t("amazon.growth_title"))
    ax_g.set_ylabel(i18n.t("amazon.growth_axis"))
    ax_p.plot(share["year"], share["share_pct"], marker="o", ms=3, color=plotting.PALETTE["orange"])
    ax_p.set_title(i18n.t("amazon.share_title_short"))
    ax_p.set_ylabel(i18n.t("amazon.share_axis"))
    ax_p.set_ylim(0, 100)
    for ax in (ax_s, ax_g, ax_p):
        ax.set_xlabel(i18n.t("amazon.year_axis"))
    return plotting.show(fig)
