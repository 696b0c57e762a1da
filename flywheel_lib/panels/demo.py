"""The start page's first panel: push a wheel against friction and watch its speed."""
from __future__ import annotations

import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import inputs as validate, physics
from flywheel_lib.ui import plotting
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

T = np.linspace(0.0, 20.0, 201)


#: Allowed ``energy`` (torque, N·m) and ``friction`` (N·m·s) of :func:`spin_up`: the torque
#: range of lesson 03's wheel, and a friction from 0.01 (a wheel that settles in about 500 s,
#: long after the 20 s shown) to lesson 03's highest. The sliders cover 0–10 and 0.05–2.
ENERGY_RANGE = physics.TORQUE_RANGE
FRICTION_RANGE = (0.01, physics.FRICTION_RANGE[1])


def spin_up(energy: float, friction: float) -> pd.DataFrame:
    """Speed over 20 s of a unit wheel pushed with ``energy`` (torque, N·m, in [0, 1000]; the
    slider: 0–10) against viscous ``friction`` (N·m·s, in [0.01, 100]; the slider: 0.05–2): the
    closed form ω(t) = (τ/b)(1 − e^(−b·t)).

    Anything else — text, NaN, inf, a number outside the range — raises a TypeError or ValueError
    that names the field, the value given and the allowed range (the panel shows it).
    """
    energy = validate.number("energy", energy, *ENERGY_RANGE)
    friction = validate.number("friction", friction, *FRICTION_RANGE)
    speed = energy / friction * (1.0 - np.exp(-friction * T))
    return pd.DataFrame({"t": T, "speed": speed})


@register("00_start_here", "demo.title")
@plotting.styled
def demo_panel() -> Panel:
    fig, ax = plotting.figure(width=7, height=3.5)
    # the scale follows the speed on most moves: a sliding scale (its numbers change, the plot's
    # limits and grid stay), so that a new scale is not a redraw of the whole figure
    scale = plotting.SlidingScale(ax)
    (line,) = ax.plot(T, np.zeros_like(T))
    ax.set_xlabel(i18n.t("demo.time"))
    ax.set_ylabel(i18n.t("demo.speed"))
    ax.set_xlim(0, T[-1])

    def render(frame):
        speed = frame["speed"].to_numpy()
        scale.set_top(speed.max() * 1.05)
        line.set_ydata(scale.fractions(speed))

    controls = [
        Control("energy", "slider.energy", 0.0, 10.0, 0.5, 2.0, unit="unit.torque"),
        Control("friction", "slider.friction", 0.05, 2.0, 0.05, 0.5, unit="unit.per_second"),
    ]
    readout = lambda f: i18n.t("demo.readout", speed=f["speed"].iloc[-1])
    return Panel(controls, spin_up, render, fig, title="demo.title", readout=readout)
