"""Lesson 09's panel, built from any flywheel: an energy slider per factor, friction and the
month the push stops → the causal-loop diagram with each factor's level, the levels over time,
the tipping point and the weakest link.

The learner's factor names are drawn exactly as typed: no math text (``$x$`` stays ``$x$``), and
a name starting with ``_`` still shows in the legend (matplotlib would leave it out)."""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import loops, own_flywheel as flywheel_io
from flywheel_lib.ui import plotting
from flywheel_lib.ui.loop_diagram import LoopDiagram
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 120


def byo_model(flywheel: flywheel_io.Flywheel, friction: float, push_until: float,
              energies) -> pd.DataFrame:
    """The panel's model: :func:`loops.simulate` of the flywheel with one energy per factor
    (level points per month, pushed until ``push_until``) and the same friction on every factor.
    The tipping friction is in ``attrs["tip"]``."""
    push = {f: float(e) for f, e in zip(flywheel.factors, energies) if e > 0}
    run = loops.simulate(flywheel.graph, friction, push=push or None,
                         push_until=push_until, months=MONTHS)
    run.attrs.update(tip=flywheel.tipping_friction(), friction=friction, push_until=push_until,
                     pushed=sum(energies) > 0)
    return run


def verdict(run: pd.DataFrame) -> str:
    """Label key of what the wheel does after the push: spins on, runs down, or never pushed."""
    if not run.attrs["pushed"] or run.attrs["push_until"] <= 0:
        return "byo.verdict_idle"
    return "byo.verdict_spins" if run.attrs["friction"] < run.attrs["tip"] else "byo.verdict_stops"


def loops_table(flywheel: flywheel_io.Flywheel) -> pd.DataFrame:
    """The loops as shown under the panel: loop, polarity (translated) and gain."""
    found = flywheel.loops()
    return pd.DataFrame({
        "loop": found["loop"],
        "polarity": [i18n.t(f"byo.{p}") for p in found["polarity"]],
        "loop_gain": found["gain"],
    })


@register("09_build_your_own", "byo.panel_title")
@plotting.styled  # titles, legends and texts added after figure() get the style too
def build_your_own_panel(flywheel: flywheel_io.Flywheel | None = None) -> Panel:
    """The panel for ``flywheel`` (default: the shipped local-shop example)."""
    fw = flywheel_io.example("local_shop") if flywheel is None else flywheel
    if not isinstance(fw, flywheel_io.Flywheel):
        raise TypeError(f"flywheel must be a Flywheel (flywheel_io.load, from_table or example); "
                        f"got {type(fw).__name__}")
    tip = fw.tipping_friction()
    weakest = flywheel_io.weakest_links(fw).iloc[0]
    notes = flywheel_io.review(fw)
    table = loops_table(fw)

    fig, (ax_d, ax_t) = plotting.figure(1, 2, width=10, height=4.8,
                                        gridspec_kw={"width_ratios": [1.5, 1]})
    colours = {f: plotting.CYCLE[i % len(plotting.CYCLE)] for i, f in enumerate(fw.factors)}
    diagram = LoopDiagram(ax_d, fw.graph, colours=colours, node_radius=0.17)
    plotting.set_title(ax_d, i18n.t("byo.diagram_short"))
    month = np.arange(MONTHS + 1)
    lines = {f: ax_t.plot(month, np.zeros(MONTHS + 1), color=colours[f], label=f)[0]
             for f in fw.factors}
    stop = ax_t.axvline(0, color="0.3", linestyle="--", linewidth=1.5,
                        label=i18n.t("byo.push_ends"))
    ax_t.set_xlim(0, MONTHS)
    ax_t.set_ylim(0, 100)
    ax_t.set_xlabel(i18n.t("common.month"))
    plotting.set_title(ax_t, i18n.t("byo.levels_short"))
    # the legend beside the plot: over the moving lines it would be drawn again on every move;
    # handles and labels given (matplotlib drops labels starting with "_" it collects itself)
    legend = plotting.legend_beside(ax_t, [*lines.values(), stop],
                                    [*fw.factors, i18n.t("byo.push_ends")], fontsize="x-small")
    for text in legend.get_texts():
        text.set_parse_math(False)

    names = [f"energy_{i}" for i in range(len(fw.factors))]

    def model(friction, push_until, **energies):
        return byo_model(fw, friction, push_until, [energies[n] for n in names])

    def render(run):
        for f, line in lines.items():
            line.set_ydata(run[f].to_numpy())
        x = run.attrs["push_until"]
        stop.set_xdata([x, x])
        diagram.set_levels(run.iloc[-1][list(fw.factors)].to_numpy())
        return table

    def readout(run):
        text = i18n.t("byo.readout", tip=run.attrs["tip"], friction=run.attrs["friction"],
                      verdict=i18n.t(verdict(run)), source=html.escape(weakest["source"]),
                      target=html.escape(weakest["target"]), strength=weakest["strength"])
        if notes:
            text += "<br>" + "<br>".join(f"⚠ {html.escape(n)}" for n in notes)
        return text

    step = 0.005  # friction slider step; the default must sit on its grid
    top = float(min(loops.FRICTION_RANGE[1], max(0.5, round(2 * tip, 2))))
    start = round(round(0.8 * tip / step) * step, 3) if tip > 0 else 0.1
    controls = [Control(n, "byo.slider_energy_on", 0.0, 20.0, 0.5, 5.0 if i == 0 else 0.0,
                        unit="byo.unit_points")
                for i, n in enumerate(names)]
    controls += [
        Control("friction", "byo.slider_friction", 0.0, top, step, min(start, top),
                unit="byo.unit_per_month", fmt=".3f"),
        Control("push_until", "byo.slider_stop", 0, MONTHS, 1, 24, unit="unit.month",
                integer=True),
    ]
    panel = Panel(controls, model, render, fig, title="byo.panel_title", readout=readout)
    for n, f in zip(names, fw.factors):
        # "Energy on “factor”": the label key starts the text, the factor is the learner's own
        panel.sliders[n].description = i18n.t("byo.energy_on", factor=f)
    panel.flywheel = fw
    return panel
