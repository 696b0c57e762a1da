"""Lesson 03's wheel model against the closed forms of a pushed, braked, viscous flywheel.

``physics.spin`` solves I·ω' = τ − b·ω − c piece by piece; the tests compare it with the exact
solutions written out here (spin-up, coasting, the brake's stopping time) at every returned
sample, to 0.5 %, and with an independent engine: explicit Euler steps of a ten-thousandth of
the run (property test).
"""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flywheel_lib.models import physics


REL = 0.005  # 0.5 % at every sample


def spin_up(t, inertia, friction, torque, drag=0.0):
    """ω(t) = ((τ − c)/b)·(1 − e^(−b·t/I)) from rest, while the push lasts."""
    return (torque - drag) / friction * (1.0 - np.exp(-friction * t / inertia))


def assert_close(sim, exact, what):
    sim, exact = np.asarray(sim, float), np.asarray(exact, float)
    zero = exact == 0
    assert np.all(sim[zero] == 0), f"{what}: nonzero where the exact speed is 0"
    if zero.all():
        return
    rel = np.abs(sim[~zero] - exact[~zero]) / np.abs(exact[~zero])
    assert rel.max() <= REL, f"{what}: off by {rel.max():.2%} at worst"


@pytest.mark.parametrize("inertia, friction, torque, t_end", [
    (5.0, 0.2, 4.0, 120.0),       # the panel's reference wheel
    (1.0, 1.0, 10.0, 60.0),       # light wheel, high friction: settles fast
    (20.0, 0.05, 0.5, 120.0),     # heavy wheel, low friction: never settles in the run
    (0.01, 100.0, 1000.0, 0.2),   # the extremes of the allowed ranges
    (1000.0, 0.0 + 1e-3, 1.0, 1000.0),
])
def test_spin_up_matches_closed_form_at_every_sample(inertia, friction, torque, t_end):
    run = physics.spin(inertia, friction, torque, t_end)
    assert list(run.columns) == ["t", "speed", "energy"]
    assert run["t"].iloc[0] == 0 and run["t"].iloc[-1] == pytest.approx(t_end)
    assert_close(run["speed"], spin_up(run["t"].to_numpy(), inertia, friction, torque), "spin-up")


@pytest.mark.parametrize("push_until", [0.0, 13.7, 37.3, 60.0, 119.5])
def test_coasting_decays_as_exp_minus_bt_over_i(push_until):
    inertia, friction, torque, t_end = 5.0, 0.2, 4.0, 120.0
    run = physics.spin(inertia, friction, torque, t_end, push_until=push_until)
    t = run["t"].to_numpy()
    w_stop = spin_up(push_until, inertia, friction, torque)
    exact = np.where(t <= push_until, spin_up(t, inertia, friction, torque),
                     w_stop * np.exp(-friction * (t - push_until) / inertia))
    assert_close(run["speed"], exact, "push then coast")


def test_coasting_from_a_spinning_start():
    run = physics.spin(8.0, 0.4, 0.0, 100.0, push_until=0.0, speed0=30.0)
    t = run["t"].to_numpy()
    assert_close(run["speed"], 30.0 * np.exp(-0.4 * t / 8.0), "coast from 30 rad/s")


def test_energy_is_half_i_omega_squared():
    run = physics.spin(7.0, 0.3, 5.0, 50.0, push_until=20.0)
    np.testing.assert_allclose(run["energy"], 0.5 * 7.0 * run["speed"] ** 2, rtol=1e-12)


def test_brake_lowers_the_steady_speed_and_stops_the_wheel_in_finite_time():
    inertia, friction, torque, drag, stop = 5.0, 0.2, 4.0, 1.0, 60.0
    run = physics.spin(inertia, friction, torque, 200.0, push_until=stop, drag=drag, samples=2001)
    t = run["t"].to_numpy()
    pushing = t <= stop
    assert_close(run["speed"][pushing], spin_up(t[pushing], inertia, friction, torque, drag),
                 "spin-up against a brake")
    # coasting with a brake: ω(s) = (ω0 + c/b)·e^(−b·s/I) − c/b until it reaches 0
    w0 = spin_up(stop, inertia, friction, torque, drag)
    t_stop = inertia / friction * math.log(1 + friction * w0 / drag)
    s = t - stop
    exact = np.maximum((w0 + drag / friction) * np.exp(-friction * s / inertia) - drag / friction, 0)
    coasting = (~pushing) & (s < t_stop - 0.5)   # away from the kink where it stops
    assert_close(run["speed"][coasting], exact[coasting], "coasting against a brake")
    assert (run["speed"][t > stop + t_stop + 0.5] == 0).all(), "the brake holds the wheel still"


def test_a_brake_at_least_as_strong_as_the_push_keeps_the_wheel_still():
    assert (physics.spin(5.0, 0.2, 3.0, 60.0, drag=3.0)["speed"] == 0).all()


def test_helpers():
    assert physics.steady_speed(4.0, 0.2) == pytest.approx(20.0)
    assert physics.steady_speed(4.0, 0.2, drag=5.0) == 0.0
    assert physics.time_constant(5.0, 0.2) == pytest.approx(25.0)


# -- properties over the panel's ranges --------------------------------------------------------
wheels = st.fixed_dictionaries({
    "inertia": st.floats(1.0, 20.0), "friction": st.floats(0.05, 1.0),
    "torque": st.floats(0.0, 10.0), "drag": st.floats(0.0, 5.0),
    "push_until": st.floats(0.0, 120.0),
})


@settings(max_examples=150, deadline=None)
@given(wheels)
def test_speed_is_finite_nonnegative_and_below_the_steady_speed(w):
    run = physics.spin(w["inertia"], w["friction"], w["torque"], 120.0,
                       push_until=w["push_until"], drag=w["drag"])
    v = run["speed"].to_numpy()
    assert np.isfinite(run.to_numpy()).all()
    assert (v >= 0).all()
    assert v.max() <= max(w["torque"] - w["drag"], 0) / w["friction"] * (1 + 1e-9) + 1e-12


@settings(max_examples=100, deadline=None)
@given(wheels, st.floats(0.0, 5.0))
def test_more_torque_never_slows_the_wheel(w, extra):
    kw = dict(push_until=w["push_until"], drag=w["drag"])
    low = physics.spin(w["inertia"], w["friction"], w["torque"], 120.0, **kw)["speed"]
    high = physics.spin(w["inertia"], w["friction"], w["torque"] + extra, 120.0, **kw)["speed"]
    assert (high.to_numpy() >= low.to_numpy() - 1e-9).all()


@settings(max_examples=100, deadline=None)
@given(wheels, st.floats(0.0, 0.5))
def test_more_friction_never_speeds_the_wheel_up(w, extra):
    kw = dict(push_until=w["push_until"], drag=w["drag"])
    low = physics.spin(w["inertia"], w["friction"] + extra, w["torque"], 120.0, **kw)["speed"]
    high = physics.spin(w["inertia"], w["friction"], w["torque"], 120.0, **kw)["speed"]
    assert (high.to_numpy() >= low.to_numpy() - 1e-9).all()


# -- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, error, words", [
    (dict(inertia=-1), ValueError, ["inertia", "[0.01, 1000]"]),
    (dict(inertia="big"), TypeError, ["inertia"]),
    (dict(friction=-0.1), ValueError, ["friction", "[0, 100]"]),
    (dict(torque=float("nan")), ValueError, ["torque", "finite"]),
    (dict(t_end=0), ValueError, ["t_end"]),
    (dict(push_until=200), ValueError, ["push_until", "[0, 120]"]),
    (dict(drag=-1), ValueError, ["drag"]),
    (dict(samples=1), ValueError, ["samples"]),
    (dict(friction=100, inertia=0.01, t_end=1000), ValueError, ["friction·t_end/inertia"]),
])
def test_bad_input_names_the_field(kwargs, error, words):
    args = dict(inertia=5.0, friction=0.2, torque=4.0, t_end=120.0)
    args.update(kwargs)
    with pytest.raises(error) as info:
        physics.spin(**args)
    for w in words:
        assert w in str(info.value)


def _euler_wheel(inertia, friction, torque, t_end, push_until, drag, samples=241, per=80):
    """An independent engine: explicit Euler, ``per`` small steps between two samples; the brake
    holds a wheel at rest while the push is not stronger."""
    steps = (samples - 1) * per
    h = t_end / steps
    out, omega, every = [0.0], 0.0, per
    for k in range(steps):
        tau = torque if k * h < push_until else 0.0
        if omega <= 0.0 and tau <= drag:
            omega = 0.0
        else:
            omega = max(omega + h * (tau - friction * omega - drag) / inertia, 0.0)
        if (k + 1) % every == 0:
            out.append(omega)
    return np.array(out)


@settings(max_examples=25, deadline=None)
@given(st.floats(1.0, 50.0), st.floats(0.05, 2.0), st.floats(0.0, 10.0), st.floats(0.0, 3.0),
       st.sampled_from([0.0, 30.0, 60.0, 120.0]))
def test_agrees_with_an_independent_euler_engine(inertia, friction, torque, drag, push_until):
    run = physics.spin(inertia, friction, torque, 120.0, push_until=push_until, drag=drag)
    ref = _euler_wheel(inertia, friction, torque, 120.0, push_until, drag)
    scale = max(torque - drag, 0.0) / friction + 1e-9
    assert np.abs(run["speed"].to_numpy() - ref).max() <= 0.01 * scale


# -- issue 15: the audit's holes ----------------------------------------------------------------
@pytest.mark.parametrize("friction", [5e-324, 1e-310, 1e-300])
def test_a_tiny_friction_is_the_frictionless_wheel_not_nan(friction):
    run = physics.spin(1.0, friction, 1000.0, 10.0, samples=11)
    assert np.isfinite(run.to_numpy()).all()
    np.testing.assert_allclose(run["speed"], 1000.0 * run["t"], rtol=1e-12)   # ω = τ·t/I


def test_a_run_shorter_than_a_microsecond_is_refused():
    # sample times that close together are no longer distinct numbers
    with pytest.raises(ValueError, match=r"t_end must be in \[1e-06, 100000\]; got 1e-300"):
        physics.spin(1.0, 0.5, 1.0, 1e-300)
    run = physics.spin(1.0, 0.5, 1.0, 1e-6, samples=100000)
    assert np.isfinite(run.to_numpy()).all() and (np.diff(run["t"]) > 0).all()


@pytest.mark.parametrize("call", [lambda: physics.steady_speed(1000, 5e-324),
                                  lambda: physics.time_constant(1000, 5e-324)])
def test_helpers_refuse_a_friction_so_small_the_result_would_not_fit(call):
    with pytest.raises(ValueError, match=r"friction must be in \[1e-06, 100\]; got 5e-324"):
        call()


# -- lesson 00's demo wheel ----------------------------------------------------------------------
def test_demo_wheel_is_the_closed_form():
    from flywheel_lib.panels.demo import T, spin_up
    for energy, friction in [(2.0, 0.5), (10.0, 0.05), (0.0, 2.0), (1000.0, 0.01), (3, 100)]:
        run = spin_up(energy, friction)
        np.testing.assert_allclose(run["speed"], energy / friction * (1 - np.exp(-friction * T)))
        assert np.isfinite(run.to_numpy()).all() and (run["speed"] >= 0).all()


@pytest.mark.parametrize("energy, friction, error, words", [
    (float("nan"), 0.5, ValueError, ["energy", "finite", "nan", "[0, 1000]"]),
    (2.0, float("nan"), ValueError, ["friction", "finite", "nan", "[0.01, 100]"]),
    (float("inf"), 0.5, ValueError, ["energy", "finite", "inf"]),
    (2.0, float("-inf"), ValueError, ["friction", "finite", "-inf"]),
    (2.0, 0.0, ValueError, ["friction", "[0.01, 100]", "got 0"]),
    (-1.0, 0.5, ValueError, ["energy", "[0, 1000]", "got -1"]),
    ("lots", 0.5, TypeError, ["energy", "str", "'lots'"]),
    (2.0, None, TypeError, ["friction", "None"]),
])
def test_demo_wheel_refuses_nan_inf_and_out_of_range(energy, friction, error, words):
    from flywheel_lib.panels.demo import spin_up
    with pytest.raises(error) as info:
        spin_up(energy, friction)
    for w in words:
        assert w in str(info.value)


def test_demo_panel_shows_the_error_for_nan():
    from flywheel_lib import panels
    p = panels.build("00_start_here")
    assert p.last_error is None
    p.set(friction=float("nan"))
    assert isinstance(p.last_error, ValueError) and "friction" in str(p.last_error)
    assert "friction must be a finite number" in p.error_box.value
    p.reset()
    assert p.last_error is None and p.error_box.value == ""
