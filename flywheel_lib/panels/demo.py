"""The start page's first panel: push a wheel against friction and watch its speed.

The wheel is lesson 03's model (:func:`flywheel_lib.models.physics.spin`) with a small wheel of
1 kg·m²: the same physics and the same units, so that what lesson 00 shows, lesson 03 explains.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import inputs as validate, physics
from flywheel_lib.ui import plotting
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

T_END = 20.0                          # seconds shown
T = np.linspace(0.0, T_END, 201)
#: The demo wheel's moment of inertia, kg·m² (lesson 03's panel starts at 5).
INERTIA = 1.0
#: Allowed ``energy`` (the push: a torque, N·m) and ``friction`` (N·m·s) of :func:`spin_up`: the
#: torque range of lesson 03's wheel, and a friction from 0.01 (a wheel that settles in about
#: 500 s, long after the 20 s shown) to lesson 03's highest. The sliders cover 0–10 and 0.05–2.
ENERGY_RANGE = physics.TORQUE_RANGE
FRICTION_RANGE = (0.01, physics.FRICTION_RANGE[1])
#: The speed axis runs at least from 0 to 1 rad/s: a wheel that barely turns (or not at all)
#: still gets an axis with round, distinct numbers.
MIN_TOP = 1.0


def spin_up(energy: float, friction: float) -> pd.DataFrame:
    """Speed (rad/s) over 20 s of a 1 kg·m² wheel from rest, pushed with ``energy`` — the push, a
    torque in N·m, in [0, 1000] (the slider: 0–10) — against viscous ``friction`` in N·m·s, in
    [0.01, 100] (the slider: 0.05–2). It is :func:`physics.spin`, whose closed form here is
    ω(t) = (τ/b)·(1 − e^(−b·t/I)) with I = 1 kg·m²; it settles at τ/b rad/s.

    Returns a DataFrame with ``t`` (s) and ``speed`` (rad/s). Anything else — text, NaN, inf, a
    number outside the range — raises a TypeError or ValueError that names the field, the value
    given and the allowed range (the panel shows it).
    """
    energy = validate.number("energy", energy, *ENERGY_RANGE)
    friction = validate.number("friction", friction, *FRICTION_RANGE)
    run = physics.spin(INERTIA, friction, energy, T_END, samples=len(T))
    return run[["t", "speed"]]


def readout_text(frame: pd.DataFrame, energy: float, friction: float) -> str:
    return i18n.t("demo.readout", speed=frame["speed"].iloc[-1],
                  steady=physics.steady_speed(energy, friction))


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

    def model(energy, friction):
        frame = spin_up(energy, friction)
        frame.attrs.update(energy=energy, friction=friction)
        return frame

    def render(frame):
        speed = frame["speed"].to_numpy()
        scale.set_top(max(speed.max() * 1.05, MIN_TOP))
        line.set_ydata(scale.fractions(speed))

    controls = [
        # "Energy input", as the product calls it; its unit N·m says what it is: a push (torque),
        # which lesson 00's text explains right beside the panel
        Control("energy", "slider.energy", 0.0, 10.0, 0.5, 2.0, unit="unit.torque"),
        Control("friction", "slider.friction", 0.05, 2.0, 0.05, 0.5,
                unit="physics.unit_friction"),
    ]
    readout = lambda f: readout_text(f, f.attrs["energy"], f.attrs["friction"])
    return Panel(controls, model, render, fig, title="demo.title", readout=readout)
