"""A rotating wheel pushed by a torque and slowed by friction (lessons 00 and 03).

The equation of motion of a wheel with moment of inertia ``I`` (kg·m²), driving torque ``τ(t)``
(N·m), viscous friction ``b`` (N·m·s; strictly N·m·s per radian: the friction torque is b·ω) and an
optional constant brake ``c`` (N·m)::

    I · dω/dt = τ(t) − b·ω − c          (the brake acts only while the wheel turns,
                                          and holds it still while τ ≤ c)

ω is the speed in rad/s (a radian is a pure number, so rad/s is 1/s: τ/b = N·m / (N·m·s) = 1/s).
The wheel carries the momentum (angular momentum) ``L = I·ω`` in kg·m²/s and stores the kinetic
energy ``½·I·ω²`` in joules.

What the lessons call the **energy input** is the torque τ: a push, not an amount of energy. The
energy it puts in is work, τ times the angle turned; per second that is τ·ω watts, so the same push
delivers more energy the faster the wheel turns. Friction turns b·ω² watts into heat.

:func:`spin` solves the equation exactly, piece by piece (the push is constant between the sample
times and the push's end): with a constant torque ``ω`` moves exponentially towards ``(τ − c)/b``
with the time constant ``I/b``, e.g. from rest and without a brake ``ω(t) = (τ/b)·(1 − e^(−b·t/I))``
and, after the push ends at ``T``, ``ω(t) = ω(T)·e^(−b·(t−T)/I)``; a brake at least as strong as
the push stops the wheel in finite time and then holds it.

A heavier wheel (larger ``I``) under the same push and friction reaches the same steady speed τ/b,
but later (time constant I/b); it carries more momentum at every moment, ``L(t) = (τ·I/b)·(1 −
e^(−b·t/I))``, since friction takes b·ω and a slower wheel loses less; and it coasts longer.

Every public function checks its inputs and names the bad field, the value given and the allowed
range; within the ranges every result is finite and ≥ 0.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

INERTIA_RANGE = (0.01, 1000.0)   # kg·m²
FRICTION_RANGE = (0.0, 100.0)    # N·m·s (per rad)
TORQUE_RANGE = (0.0, 1000.0)     # N·m
DRAG_RANGE = (0.0, 1000.0)       # N·m
T_END_RANGE = (1e-6, 100000.0)   # s (from a microsecond: every sample time a distinct number)
#: A run may span at most this many time constants I/b (beyond it the wheel has long settled).
MAX_TIME_CONSTANTS = 2000.0
#: The smallest friction (N·m·s) of :func:`steady_speed`, :func:`time_constant` and
#: :func:`coast_time`: at 0 the wheel would never settle; from here on the steady speed and the
#: time constant are at most 1e9 (rad/s, s).
MIN_FRICTION = 1e-6
SPEED0_RANGE = (0.0, 1e9)        # rad/s
SAMPLES_RANGE = (2, 100000)


def spin(inertia: float, friction: float, torque: float, t_end: float,
         push_until: float | None = None, *, drag: float = 0.0, samples: int = 241,
         speed0: float = 0.0) -> pd.DataFrame:
    """The wheel's speed and stored energy over time.

    Parameters
    ----------
    inertia : moment of inertia I in kg·m², in [0.01, 1000] — the wheel's size and mass.
    friction : viscous friction b in N·m·s (per rad), in [0, 100]; the friction torque is b·ω.
    torque : driving torque τ in N·m, in [0, 1000] — the push that the lessons call the energy
        input.
    t_end : length of the run in seconds, in [1e-6, 100000].
    push_until : time (s) at which the torque stops, in [0, t_end]; ``None``: it never stops.
    drag : a constant brake in N·m, in [0, 1000] (an opposing force; 0 = none).
    samples : number of evenly spaced times returned, 2 … 100000 (0 and t_end included).
    speed0 : speed at t = 0 in rad/s, in [0, 1e9].

    Returns
    -------
    DataFrame with columns ``t`` (s), ``speed`` (rad/s), ``energy`` (J, ½·I·ω²) and
    ``momentum`` (angular momentum I·ω, kg·m²/s).
    ``frame.attrs`` holds the inputs and the push end. Speed and energy are finite and ≥ 0; more
    torque never means less speed, more friction or drag never more.

    Besides the ranges, ``friction · t_end / inertia`` (the run's length in time constants) must
    be at most :data:`MAX_TIME_CONSTANTS`.
    """
    inertia = validate.number("inertia", inertia, *INERTIA_RANGE)
    friction = validate.number("friction", friction, *FRICTION_RANGE)
    torque = validate.number("torque", torque, *TORQUE_RANGE)
    t_end = validate.number("t_end", t_end, *T_END_RANGE)
    drag = validate.number("drag", drag, *DRAG_RANGE)
    samples = int(validate.number("samples", samples, *SAMPLES_RANGE, integer=True))
    speed0 = validate.number("speed0", speed0, *SPEED0_RANGE)
    push_end = t_end if push_until is None else validate.number("push_until", push_until, 0.0,
                                                                t_end)
    spans = friction * t_end / inertia
    if spans > MAX_TIME_CONSTANTS:
        raise ValueError(
            f"friction·t_end/inertia must be ≤ {MAX_TIME_CONSTANTS:g} (the run may span at most "
            f"that many time constants); got {spans:.4g}: shorten t_end or lower the friction")

    t = np.linspace(0.0, t_end, samples)
    # breakpoints: every sample time and the moment the push ends
    cuts = np.union1d(t, [push_end]) if 0.0 < push_end < t_end else t
    omega = speed0
    out = np.empty(samples)
    out[0] = omega
    j = 1
    for a, z in zip(cuts[:-1], cuts[1:]):
        omega = _advance(omega, torque if a < push_end else 0.0, friction, drag, inertia, z - a)
        if j < samples and z == t[j]:
            out[j] = omega
            j += 1
    frame = pd.DataFrame({"t": t, "speed": out, "energy": 0.5 * inertia * out ** 2,
                          "momentum": inertia * out})
    frame.attrs.update(inertia=inertia, friction=friction, torque=torque, drag=drag,
                       push_until=push_end, t_end=t_end)
    return frame


def _advance(omega: float, tau: float, b: float, c: float, inertia: float, h: float) -> float:
    """The exact speed after ``h`` seconds of I·ω' = τ − b·ω − c from ``omega`` (plain floats).

    With a constant push the speed moves exponentially towards (τ − c)/b (linearly when b = 0).
    When the brake c is at least the push, the wheel slows down and then stays at rest: the
    brake holds it, it never turns backwards. Exact, so more torque never means less speed."""
    net = tau - c
    if omega <= 0.0 and net <= 0.0:
        return 0.0
    # target + (ω − target)·e^(−x) with target = net/b and x = b·h/I, written as
    # ω·e^(−x) + (net·h/I)·(1 − e^(−x))/x: the same number, but finite however small b is (net/b
    # alone overflows for a tiny b), and the plain ω + net·h/I at b = 0
    x = b * h / inertia
    share = -math.expm1(-x) / x if x > 0.0 else 1.0
    omega = omega * math.exp(-x) + net * h / inertia * share
    return max(omega, 0.0)


def steady_speed(torque: float, friction: float, drag: float = 0.0) -> float:
    """The speed (rad/s) where push and friction balance: (τ − c)/b, 0 if the brake wins.

    ``torque`` τ in N·m in [0, 1000], ``friction`` b in N·m·s in [1e-6, 100]
    (:data:`MIN_FRICTION`), ``drag`` c in N·m in [0, 1000].
    """
    torque = validate.number("torque", torque, *TORQUE_RANGE)
    friction = validate.number("friction", friction, MIN_FRICTION, FRICTION_RANGE[1])
    drag = validate.number("drag", drag, *DRAG_RANGE)
    return max(torque - drag, 0.0) / friction


def time_constant(inertia: float, friction: float) -> float:
    """The time constant I/b in seconds: after it, the wheel has covered 63 % of its way.

    ``inertia`` I in kg·m² in [0.01, 1000], ``friction`` b in N·m·s in [1e-6, 100]
    (:data:`MIN_FRICTION`).
    """
    inertia = validate.number("inertia", inertia, *INERTIA_RANGE)
    friction = validate.number("friction", friction, MIN_FRICTION, FRICTION_RANGE[1])
    return inertia / friction


def coast_time(inertia: float, friction: float, share: float = 0.1) -> float:
    """Seconds a wheel let go (no push, no brake) needs to slow down to ``share`` of its speed:
    (I/b)·ln(1/share) — e.g. the half-speed time (I/b)·ln 2 for ``share`` 0.5.

    ``inertia`` I in kg·m² in [0.01, 1000], ``friction`` b in N·m·s in [1e-6, 100]
    (:data:`MIN_FRICTION`), ``share`` in [1e-6, 1].
    """
    tau = time_constant(inertia, friction)
    share = validate.number("share", share, 1e-6, 1.0)
    return tau * math.log(1.0 / share)
