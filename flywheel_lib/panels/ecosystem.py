"""Lesson 08's panel: satellites on and off, energy and friction → the core's momentum, the
satellites' levels and each stream's revenue, beside the core alone.

The core is lesson 04's Amazon flywheel (:func:`loops.amazon`, through
:mod:`flywheel_lib.models.ecosystem`); the push goes on its customer experience for 24 months."""
from __future__ import annotations

import functools

import ipywidgets as W
import numpy as np

from flywheel_lib import i18n
from flywheel_lib.models import ecosystem
from flywheel_lib.ui import plotting
from flywheel_lib.ui.plotting import PALETTE
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 120
PUSH_UNTIL = 24
COLOURS = {"prime": PALETTE["blue"], "video": PALETTE["vermillion"], "music": PALETTE["purple"],
           "kindle": PALETTE["green"], "devices": PALETTE["orange"], "payments": PALETTE["sky"],
           "grocery": "#8C6D31", "affiliate": "#999999", "aws": PALETTE["black"]}


def satellite_name(key: str) -> str:
    """A satellite's visible name in the current language."""
    return i18n.t(f"eco.sat.{key}")


def ecosystem_model(energy, friction, satellites=ecosystem.SATELLITE_KEYS):
    """The panel's model: :func:`ecosystem.simulate` with the core-alone reference."""
    run = ecosystem.simulate(satellites, energy, friction, push_until=PUSH_UNTIL, months=MONTHS,
                             alone=True)
    run.attrs["tip"] = _tipping_friction(tuple(satellites))
    run.attrs["tip_alone"] = _tipping_friction(())
    run.attrs["friction"] = friction
    return run


@functools.lru_cache(maxsize=256)
def _tipping_friction(satellites: tuple) -> float:
    """:func:`ecosystem.tipping_friction` of the core with ``satellites`` (it depends on the
    satellites alone, not on the sliders: computed once per choice of satellites)."""
    return ecosystem.tipping_friction(ecosystem.build(list(satellites)))


@register("08_ecosystem", "eco.panel_title")
@plotting.styled  # titles, legends and texts added after figure() get the style too
def ecosystem_panel(satellites=None) -> Panel:
    """The panel; ``satellites`` lists the keys switched on at the start (default: all)."""
    start_on = set(ecosystem.SATELLITE_KEYS if satellites is None else satellites)
    unknown = start_on - set(ecosystem.SATELLITE_KEYS)
    if unknown:
        raise ValueError(f"unknown satellite(s) {sorted(unknown)}; satellites are: "
                         f"{', '.join(ecosystem.SATELLITE_KEYS)}")
    keys = ecosystem.SATELLITE_KEYS
    toggles = {k: W.Checkbox(value=k in start_on, description=satellite_name(k), indent=False,
                             layout=W.Layout(width="auto"))
               for k in keys}
    for box in toggles.values():
        box.add_class("flywheel-toggle")

    # the core's momentum above the satellites on the left, the revenue bars on the right
    fig, grid = plotting.figure(2, 2, width=10, height=6.8,
                                gridspec_kw={"width_ratios": [3, 2]})
    spec = grid[0, 0].get_gridspec()
    ax_core, ax_sat = grid[0, 0], grid[1, 0]
    for ax in grid[:, 1]:
        ax.remove()
    ax_rev = fig.add_subplot(spec[:, 1])
    month = np.arange(MONTHS + 1)
    nan = np.full(MONTHS + 1, np.nan)
    (core_line,) = ax_core.plot(month, nan, color=PALETTE["vermillion"],
                                label=i18n.t("eco.with_satellites"))
    (alone_line,) = ax_core.plot(month, nan, color=PALETTE["blue"], linestyle="--",
                                 label=i18n.t("eco.core_alone"))
    for ax in (ax_core, ax_sat):
        ax.axvline(PUSH_UNTIL, color="0.4", linestyle=":", linewidth=1.5)
        ax.set_xlim(0, MONTHS)
        ax.set_ylim(0, 100)
        ax.set_ylabel(i18n.t("eco.level_axis"))
    ax_sat.set_xlabel(i18n.t("common.month"))
    plotting.set_title(ax_core, i18n.t("eco.core_title"))
    sat_lines = {k: ax_sat.plot(month, nan, color=COLOURS[k], label=satellite_name(k))[0]
                 for k in keys}
    plotting.set_title(ax_sat, i18n.t("eco.satellites_title"))
    # one legend under the plots: over the moving lines it would be drawn again on every move.
    # The satellites' lines have their bars' colours: the revenue chart names them (nine more
    # legend entries would take the plots' room)
    plotting.legend_below(fig, [core_line, alone_line], ncols=2, fontsize="small")
    streams = ("core", *keys)
    y = np.arange(len(streams))[::-1]
    bars = ax_rev.barh(y, np.zeros(len(streams)),
                       color=[PALETTE["yellow"], *(COLOURS[k] for k in keys)])
    ax_rev.set_yticks(y, [i18n.t("eco.core"), *(satellite_name(k) for k in keys)])
    ax_rev.set_xlabel(i18n.t("eco.revenue_index"))
    # a fixed scale up to the most any stream can earn (a satellite at level 100 × its revenue
    # scale): the bars compare across settings, and the scale never has to be redrawn
    ax_rev.set_xlim(0, max(100.0, *(100.0 * s.scale for s in ecosystem.SATELLITES)))
    plotting.set_title(ax_rev, i18n.t("eco.revenue_title"))

    def chosen():
        return tuple(k for k in keys if toggles[k].value)

    def model(energy, friction):
        return ecosystem_model(energy, friction, chosen())

    def render(run):
        core_line.set_ydata(run["core"].to_numpy())
        alone_line.set_ydata(run.attrs["alone"]["core"].to_numpy())
        for k, line in sat_lines.items():
            line.set_ydata(run[k].to_numpy() if k in run.columns else nan)
        rev = ecosystem.revenue(run)
        widths = [rev.get(s, 0.0) for s in streams]
        for bar, w in zip(bars, widths):
            bar.set_width(float(w))

    def readout(run):
        return i18n.t("eco.readout", tip=run.attrs["tip"], tip_alone=run.attrs["tip_alone"],
                      friction=run.attrs["friction"], core=run["core"].iloc[-1],
                      alone=run.attrs["alone"]["core"].iloc[-1], months=MONTHS)

    controls = [
        Control("energy", "eco.energy_short", 0.0, 30.0, 1.0, ecosystem.STORY_ENERGY,
                unit="eco.unit_points_short"),
        Control("friction", "eco.slider_friction", 0.0, 0.4, 0.01, ecosystem.STORY_FRICTION,
                unit="eco.unit_per_month"),
    ]
    panel = Panel(controls, model, render, fig, title="eco.panel_title", readout=readout)
    panel.toggles = toggles
    for box in toggles.values():
        box.observe(lambda _change: panel.update(), names="value")
    heading = W.HTML(f"<b>{i18n.t('eco.toggles_heading')}</b>")
    columns = "repeat(auto-fill, minmax(210px, 1fr))"
    toggle_box = W.VBox([heading, W.GridBox(list(toggles.values()),
                                            layout=W.Layout(grid_template_columns=columns))])
    panel.add_controls(toggle_box)
    return panel
