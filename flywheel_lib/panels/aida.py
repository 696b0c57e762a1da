"""Lesson 01's panel: AIDA stage rates → funnel chart and drop-off table."""
from __future__ import annotations

import numpy as np

from flywheel_lib import i18n
from flywheel_lib.models import funnel
from flywheel_lib.ui import plotting
from flywheel_lib.ui.plotting import PALETTE
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

LEVELS = ("reached", *funnel.AIDA_STAGES)


def aida_model(reached, attention, interest, desire, action):
    """The panel's model: :func:`funnel.aida_table` with the four rates as separate arguments."""
    return funnel.aida_table(reached, [attention, interest, desire, action])


def stage_names() -> list[str]:
    return [i18n.t(f"aida.{s}") for s in funnel.AIDA_STAGES]


def display_table(table):
    """The drop-off table as shown to a learner: whole people, rates in percent, stage names translated."""
    shown = table.copy()
    shown["stage"] = stage_names()
    for col in ("entered", "kept", "lost"):
        shown[col] = shown[col].round().astype(int).map(i18n.number)
    for col in ("stage_rate", "overall_rate"):
        shown[col] = shown[col].map(lambda share: i18n.percent(share, 2))
    return shown


@register("01_aida", "aida.panel_title")
@plotting.styled
def aida_panel() -> Panel:
    fig, (ax_f, ax_l) = plotting.figure(1, 2, width=10, height=4,
                                        gridspec_kw={"width_ratios": [3, 2]})
    y = np.arange(len(LEVELS))[::-1]
    colours = [PALETTE["sky"], PALETTE["blue"], PALETTE["green"], PALETTE["orange"],
               PALETTE["vermillion"]]
    bars = ax_f.barh(y, np.ones(len(LEVELS)), height=0.8, color=colours)
    texts = [ax_f.text(0, yi, "", ha="center", va="center", fontweight="bold") for yi in y]
    for text in texts:   # (numbers that change: clipped to their plot, so that a redraw of them
        text.set_clip_box(ax_f.bbox)   # never has to cover the whole figure)
    ax_f.set_yticks(y, [i18n.t("aida.reached"), *stage_names()])
    ax_f.set_xlim(-0.55, 0.55)
    ax_f.set_xticks([])
    ax_f.grid(False)
    plotting.set_title(ax_f, i18n.t("aida.funnel_title"))
    # Lost people as a share of the people reached: the four bars and the buyers add up to
    # 100 %, and the axis stays 0-100 % whatever the reach (counts are in the table).
    lost_bars = ax_l.bar(np.arange(4), np.zeros(4), color=colours[1:])
    # slanted, each name ending under its bar: long names (German "Aufmerksamkeit") then never
    # run into the next one, in either style
    ax_l.set_xticks(np.arange(4), stage_names(), rotation=35, ha="right",
                    rotation_mode="anchor")
    ax_l.set_ylim(0, 100)
    ax_l.set_ylabel(i18n.t("aida.lost_axis"))
    plotting.set_title(ax_l, i18n.t("aida.lost_title"))

    def render(table):
        counts = np.concatenate([[table["entered"].iloc[0]], table["kept"].to_numpy()])
        reached = max(counts[0], 1.0)
        shares = counts / reached  # widths relative to the people reached
        plotting.set_bar_widths(bars, np.maximum(shares, 0.004))
        for text, c in zip(texts, counts):
            text.set_text(i18n.number(c))
        plotting.set_bar_heights(lost_bars, 100 * table["lost"].to_numpy() / reached)
        return display_table(table)

    def readout(table):
        return i18n.t("aida.readout", rate=100 * table["overall_rate"].iloc[-1],
                      buyers=table["kept"].iloc[-1], reached=table["entered"].iloc[0])

    controls = [
        Control("reached", "aida.slider_reached", 1000, 100000, 1000, 20000, unit="unit.people",
                integer=True),
        *[Control(stage, f"aida.slider_{stage}", 0.0, 1.0, 0.01, rate, fmt=".0%")
          for stage, rate in zip(funnel.AIDA_STAGES, funnel.AIDA_RATES)],
    ]
    return Panel(controls, aida_model, render, fig, title="aida.panel_title", readout=readout)
