"""Lesson 03's panels.

``03_flywheel_physics``: push (torque), brake, friction, size and stop time → speed and stored
energy. ``03_flywheel_physics:heavy``: the heavier-wheel paradox — the same push on a light and a
heavy wheel: the heavy one starts slower, yet carries more momentum at every moment and coasts
longer.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.legend_handler import HandlerTuple

from flywheel_lib import i18n
from flywheel_lib.models import physics
from flywheel_lib.ui import plotting
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

T_END = 120.0        # seconds shown
SAMPLES = 241        # one sample every half second
DEFAULTS = dict(torque=4.0, drag=0.0, friction=0.2, inertia=5.0, push_until=60.0)


def wheel_model(torque, drag, friction, inertia, push_until):
    """The panel's model: :func:`physics.spin` over 120 s, with the brake as ``drag``."""
    return physics.spin(inertia, friction, torque, T_END, push_until=push_until, drag=drag,
                        samples=SAMPLES)


def coast_time(frame) -> float | None:
    """Seconds from the end of the push until the speed is down to 10 % (None: not in the run)."""
    stop = frame.attrs["push_until"]
    at_stop = np.interp(stop, frame["t"], frame["speed"])
    if at_stop <= 0:
        return 0.0
    after = frame[(frame["t"] >= stop) & (frame["speed"] <= 0.1 * at_stop)]
    return None if after.empty else float(after["t"].iloc[0] - stop)


def readout_text(frame) -> str:
    a = frame.attrs
    if a["torque"] <= a["drag"]:
        return i18n.t("physics.readout_stuck")
    steady = physics.steady_speed(a["torque"], a["friction"], a["drag"])
    tau = physics.time_constant(a["inertia"], a["friction"])
    at_stop = np.interp(a["push_until"], frame["t"], frame["speed"])
    energy = 0.5 * a["inertia"] * at_stop ** 2
    coast = coast_time(frame)
    if at_stop <= 0:
        coast_text = i18n.t("physics.coast_none")
    elif coast is None:
        coast_text = i18n.t("physics.coast_longer")
    else:
        coast_text = i18n.t("physics.coast_seconds", seconds=coast)
    return i18n.t("physics.readout", steady=steady, tau=tau, energy=energy, coast=coast_text)


@register("03_flywheel_physics", "physics.panel_title")
@plotting.styled
def physics_panel() -> Panel:
    fig, (ax_s, ax_e) = plotting.figure(1, 2, width=11, height=4.4)
    reference = wheel_model(**DEFAULTS)
    t = reference["t"].to_numpy()
    # Speed and energy span orders of magnitude over the sliders (energy grows with the square
    # of the speed), so their scales follow the data: sliding scales (the numbers change, the
    # plots' limits and grids stay), so that a new scale is not a redraw of the whole figure.
    speed_scale = plotting.SlidingScale(ax_s)
    energy_scale = plotting.SlidingScale(ax_e)
    grey = "0.6"
    (ref_speed,) = ax_s.plot(t, reference["speed"], color=grey, lw=1.5, ls=":",
                             label=i18n.t("physics.reference"))
    (ref_energy,) = ax_e.plot(t, reference["energy"], color=grey, lw=1.5, ls=":",
                              label=i18n.t("physics.reference"))
    (speed,) = ax_s.plot(t, reference["speed"], color=plotting.PALETTE["blue"],
                         label=i18n.t("physics.this_wheel"))
    (energy,) = ax_e.plot(t, reference["energy"], color=plotting.PALETTE["orange"],
                          label=i18n.t("physics.this_wheel"))
    steady = ax_s.axhline(0, color=plotting.PALETTE["green"], ls="--", lw=1.5,
                          label=i18n.t("physics.steady"))
    stops = [ax.axvline(0, color="0.3", ls="--", lw=1.2) for ax in (ax_s, ax_e)]
    stops[0].set_label(i18n.t("physics.push_ends"))
    for ax, title, ylab in ((ax_s, "physics.speed_title", "physics.speed_axis"),
                            (ax_e, "physics.energy_title", "physics.energy_axis")):
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("physics.time_axis"))
        ax.set_ylabel(i18n.t(ylab))
        ax.set_xlim(0, T_END)
    # one legend under both plots ("this wheel" is blue on the left, orange on the right): a
    # legend over the moving lines would be drawn again on every slider move
    plotting.legend_below(fig, [ref_speed, (speed, energy), steady, stops[0]],
                          [ref_speed.get_label(), speed.get_label(), steady.get_label(),
                           stops[0].get_label()],
                          handler_map={tuple: HandlerTuple(ndivide=None, pad=0.3)})
    ref_v, ref_e = reference["speed"].to_numpy(), reference["energy"].to_numpy()

    def render(frame):
        a = frame.attrs
        v = frame["speed"].to_numpy()
        e = frame["energy"].to_numpy()
        level = physics.steady_speed(a["torque"], a["friction"], a["drag"])
        speed_scale.set_top(max(v.max(), level if a["push_until"] > 0 else 0.0, ref_v.max(),
                                1e-9) * 1.15)
        energy_scale.set_top(max(e.max(), ref_e.max(), 1e-9) * 1.15)
        speed.set_ydata(speed_scale.fractions(v))
        ref_speed.set_ydata(speed_scale.fractions(ref_v))
        steady.set_ydata(speed_scale.fractions([level, level]))
        energy.set_ydata(energy_scale.fractions(e))
        ref_energy.set_ydata(energy_scale.fractions(ref_e))
        for s in stops:
            s.set_xdata([a["push_until"], a["push_until"]])

    controls = [
        Control("torque", "physics.slider_torque", 0.0, 10.0, 0.1, DEFAULTS["torque"],
                unit="unit.torque", fmt=".1f"),
        Control("drag", "physics.slider_drag", 0.0, 5.0, 0.1, DEFAULTS["drag"],
                unit="unit.torque", fmt=".1f"),
        Control("friction", "physics.slider_friction", 0.05, 1.0, 0.01, DEFAULTS["friction"],
                unit="physics.unit_friction", fmt=".2f"),
        Control("inertia", "physics.slider_inertia", 1.0, 20.0, 0.5, DEFAULTS["inertia"],
                unit="physics.unit_inertia", fmt=".1f"),
        Control("push_until", "physics.slider_stop", 0.0, T_END, 1.0, DEFAULTS["push_until"],
                unit="physics.unit_seconds", fmt=".0f"),
    ]
    return Panel(controls, wheel_model, render, fig, title="physics.panel_title",
                 readout=readout_text)


# -- the heavier wheel ----------------------------------------------------------------------------
HEAVY_T_END = 240.0                    # seconds shown
HEAVY_SAMPLES = 241                    # one sample a second
#: The light wheel is the first panel's reference wheel; both wheels get its push and friction.
LIGHT = dict(inertia=DEFAULTS["inertia"], torque=DEFAULTS["torque"], friction=DEFAULTS["friction"])
HEAVY_DEFAULTS = dict(heavy=20.0, push_until=120.0)
HEAVY_RANGE = (5.0, 40.0)              # kg·m², the size slider of the heavy wheel


def heavy_model(heavy, push_until):
    """Both wheels over 240 s: columns ``t`` (s), ``light_speed``, ``heavy_speed`` (rad/s),
    ``light_momentum``, ``heavy_momentum`` (kg·m²/s). The light wheel has 5 kg·m², the heavy one
    ``heavy`` kg·m² (in [0.01, 1000]; the slider: 5–40); both are pushed with 4 N·m against a
    friction of 0.2 N·m·s until ``push_until`` s (in [0, 240]), then let go."""
    runs = {}
    for name, inertia in (("light", LIGHT["inertia"]), ("heavy", heavy)):
        runs[name] = physics.spin(inertia, LIGHT["friction"], LIGHT["torque"], HEAVY_T_END,
                                  push_until=push_until, samples=HEAVY_SAMPLES)
    frame = pd.DataFrame({"t": runs["light"]["t"]})
    for name, run in runs.items():
        frame[f"{name}_speed"] = run["speed"]
        frame[f"{name}_momentum"] = run["momentum"]
    frame.attrs.update(heavy=runs["heavy"].attrs["inertia"],
                       push_until=runs["heavy"].attrs["push_until"])
    return frame


def heavy_readout(frame) -> str:
    a = frame.attrs
    stop = a["push_until"]
    at = {key: float(np.interp(stop, frame["t"], frame[key]))
          for key in ("light_speed", "heavy_speed", "light_momentum", "heavy_momentum")}
    ratio = at["heavy_momentum"] / at["light_momentum"] if at["light_momentum"] > 0 else None
    return i18n.t(
        "heavy.readout", light=LIGHT["inertia"], heavy=a["heavy"], stop=stop,
        light_speed=at["light_speed"], heavy_speed=at["heavy_speed"],
        light_momentum=at["light_momentum"], heavy_momentum=at["heavy_momentum"],
        ratio="–" if ratio is None else i18n.number(ratio, ".1f"),
        light_coast=physics.coast_time(LIGHT["inertia"], LIGHT["friction"]),
        heavy_coast=physics.coast_time(a["heavy"], LIGHT["friction"]))


@register("03_flywheel_physics:heavy", "heavy.panel_title")
@plotting.styled
def heavy_panel() -> Panel:
    fig, (ax_s, ax_m) = plotting.figure(1, 2, width=10, height=3.9)
    t = np.linspace(0.0, HEAVY_T_END, HEAVY_SAMPLES)
    zeros = np.zeros_like(t)
    light_colour, heavy_colour = plotting.PALETTE["sky"], plotting.PALETTE["vermillion"]
    lines = {}
    for ax, key in ((ax_s, "speed"), (ax_m, "momentum")):
        (lines[f"light_{key}"],) = ax.plot(t, zeros, color=light_colour, lw=2, ls="--",
                                           label=i18n.t("heavy.light", inertia=LIGHT["inertia"]))
        (lines[f"heavy_{key}"],) = ax.plot(t, zeros, color=heavy_colour, lw=2.5,
                                           label=i18n.t("heavy.heavy"))
    stops = [ax.axvline(0, color="0.3", ls=":", lw=1.2) for ax in (ax_s, ax_m)]
    stops[0].set_label(i18n.t("physics.push_ends"))
    for ax, title, ylab in ((ax_s, "heavy.speed_title", "physics.speed_axis"),
                            (ax_m, "heavy.momentum_title", "heavy.momentum_axis")):
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("physics.time_axis"))
        ax.set_ylabel(i18n.t(ylab))
        ax.set_xlim(0, HEAVY_T_END)
    # the speed never passes the steady speed τ/b, whatever the size: a fixed scale
    ax_s.set_ylim(0, 1.1 * physics.steady_speed(LIGHT["torque"], LIGHT["friction"]))
    plotting.legend_below(fig, [lines["light_speed"], lines["heavy_speed"], stops[0]])

    def render(frame):
        for key, line in lines.items():
            line.set_ydata(frame[key].to_numpy())
        for s in stops:
            s.set_xdata([frame.attrs["push_until"]] * 2)
        # the momentum scale follows the heavy wheel's steady momentum τ·I/b in round steps
        most = physics.steady_speed(LIGHT["torque"], LIGHT["friction"]) * max(
            frame.attrs["heavy"], LIGHT["inertia"])
        plotting.set_top(ax_m, most * 1.1)

    controls = [
        Control("heavy", "heavy.slider_heavy", *HEAVY_RANGE, 1.0, HEAVY_DEFAULTS["heavy"],
                unit="physics.unit_inertia", fmt=".0f"),
        Control("push_until", "physics.slider_stop", 0.0, HEAVY_T_END, 5.0,
                HEAVY_DEFAULTS["push_until"], unit="physics.unit_seconds", fmt=".0f"),
    ]
    return Panel(controls, heavy_model, render, fig, title="heavy.panel_title",
                 readout=heavy_readout)
