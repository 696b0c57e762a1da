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
    assert list(run.columns) == ["t", "speed", "energy", "momentum"]
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
    assert physics.coast_time(8.0, 0.4, 0.5) == pytest.approx(20.0 * math.log(2))
    assert physics.coast_time(5.0, 0.2) == pytest.approx(25.0 * math.log(10))


# -- the three numbers lesson 03 asks to remember, from the run (closed forms written out) ------
@pytest.mark.parametrize("inertia, friction, torque", [(5.0, 0.2, 4.0), (20.0, 0.2, 4.0),
                                                       (1.0, 0.5, 2.0), (8.0, 0.4, 6.0)])
def test_steady_speed_time_constant_and_energy_from_the_run(inertia, friction, torque):
    tau = inertia / friction
    run = physics.spin(inertia, friction, torque, 40 * tau, samples=40001).set_index("t")
    # after one time constant: 1 − 1/e = 63.2 % of τ/b
    at_tau = np.interp(tau, run.index, run["speed"])
    assert at_tau == pytest.approx((1 - math.exp(-1)) * torque / friction, rel=1e-6)
    # settled: speed τ/b, energy ½·I·(τ/b)², momentum I·τ/b
    end = run.iloc[-1]
    assert end["speed"] == pytest.approx(torque / friction, rel=1e-9)
    assert end["energy"] == pytest.approx(0.5 * inertia * (torque / friction) ** 2, rel=1e-9)
    assert end["momentum"] == pytest.approx(inertia * torque / friction, rel=1e-9)


@pytest.mark.parametrize("inertia, friction, share", [(5.0, 0.2, 0.1), (20.0, 0.2, 0.5),
                                                      (8.0, 0.4, 0.01)])
def test_coast_time_agrees_with_a_coasting_run(inertia, friction, share):
    run = physics.spin(inertia, friction, 0.0, 10 * inertia / friction, push_until=0.0,
                       speed0=10.0, samples=100000)
    first = run.loc[run["speed"] <= share * 10.0, "t"].iloc[0]
    step = run["t"].iloc[1]
    assert physics.coast_time(inertia, friction, share) == pytest.approx(first, abs=step)


# -- the heavier-wheel paradox (lesson 03's second panel) ----------------------------------------
def momentum_closed_form(t, inertia, friction, torque):
    """L(t) = I·ω(t) = (τ·I/b)·(1 − e^(−b·t/I)) from rest, while pushed."""
    return torque * inertia / friction * (1 - np.exp(-friction * t / inertia))


@pytest.mark.parametrize("inertia", [1.0, 5.0, 20.0, 40.0])
def test_momentum_is_i_omega_and_its_closed_form(inertia):
    run = physics.spin(inertia, 0.2, 4.0, 240.0)
    t = run["t"].to_numpy()
    assert_close(run["momentum"], momentum_closed_form(t, inertia, 0.2, 4.0), "momentum")


@pytest.mark.parametrize("light, heavy", [(5.0, 6.0), (5.0, 20.0), (5.0, 40.0), (1.0, 2.0)])
def test_a_heavier_wheel_is_slower_but_carries_more_momentum_and_coasts_longer(light, heavy):
    kw = dict(friction=0.2, torque=4.0, t_end=240.0, push_until=120.0, samples=2401)
    a, b = physics.spin(light, **kw), physics.spin(heavy, **kw)
    pushed = (a["t"] > 0) & (a["t"] <= 120.0)
    # same push: while pushed the heavy wheel turns slower at every moment …
    assert (b["speed"][pushed] < a["speed"][pushed]).all()
    # … yet carries more momentum at every moment (friction takes b·ω: a slower wheel loses less)
    assert (b["momentum"][a["t"] > 0] > a["momentum"][a["t"] > 0]).all()
    # and once let go keeps a larger share of its speed for longer
    assert physics.coast_time(heavy, 0.2) / physics.coast_time(light, 0.2) == pytest.approx(
        heavy / light)
    both_steady = physics.steady_speed(4.0, 0.2)
    long = dict(kw, t_end=4000.0, push_until=None, samples=4001)
    assert physics.spin(heavy, **long)["speed"].iloc[-1] == pytest.approx(both_steady)
    assert physics.spin(light, **long)["speed"].iloc[-1] == pytest.approx(both_steady)


def test_heavy_panel_model_is_two_runs_of_the_wheel():
    from flywheel_lib.panels import physics as panel
    frame = panel.heavy_model(20.0, 120.0)
    for name, inertia in (("light", 5.0), ("heavy", 20.0)):
        run = physics.spin(inertia, 0.2, 4.0, 240.0, push_until=120.0, samples=241)
        np.testing.assert_allclose(frame[f"{name}_speed"], run["speed"])
        np.testing.assert_allclose(frame[f"{name}_momentum"], inertia * run["speed"])
    text = panel.heavy_readout(frame)
    for number in ("19.8 rad/s", "14.0 rad/s", "280 kg·m²/s", "2.8×", "58 s", "230 s"):
        assert number in text, (number, text)


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
        # I = 1 kg·m²: ω = (τ/b)·(1 − e^(−b·t/I)) in rad/s, τ in N·m, b in N·m·s
        np.testing.assert_allclose(run["speed"], energy / friction * (1 - np.exp(-friction * T)))
        assert np.isfinite(run.to_numpy()).all() and (run["speed"] >= 0).all()


def test_demo_wheel_is_lesson_03s_wheel_in_the_same_units():
    """Lesson 00's panel and lesson 03's are one physics: the demo is physics.spin with 1 kg·m²,
    and both panels label the push N·m and the friction N·m·s."""
    from flywheel_lib import i18n, panels
    from flywheel_lib.panels.demo import INERTIA, spin_up
    run = spin_up(2.0, 0.5)
    same = physics.spin(INERTIA, 0.5, 2.0, 20.0, samples=201)
    np.testing.assert_allclose(run["speed"], same["speed"])
    assert run["speed"].iloc[-1] == pytest.approx(2.0 / 0.5, rel=1e-3)   # 2 N·m / 0.5 N·m·s
    units = {}
    for pid in ("00_start_here", "03_flywheel_physics"):
        controls = {c.name: c for c in panels.build(pid).controls}
        push = controls.get("energy") or controls["torque"]
        units[pid] = (i18n.t(push.unit), i18n.t(controls["friction"].unit))
    assert units["00_start_here"] == units["03_flywheel_physics"] == ("N·m", "N·m·s")


def _compact_number(text: str) -> float:
    """The number an English sliding scale writes (950, 1.5k, 12k, 1.2M) as a float."""
    text = text.replace("\N{MINUS SIGN}", "-")
    for suffix, factor in (("k", 1e3), ("M", 1e6)):
        if text.endswith(suffix):
            return float(text[:-1]) * factor
    return float(text)


def _axis_numbers(ax):
    """The numbers a learner reads on ``ax``'s y axis: a sliding scale's texts, else the tick
    labels inside the limits (after a draw)."""
    texts = [t.get_text() for t in ax.texts if t.get_text()]
    if texts:
        return [_compact_number(t) for t in texts]
    ax.figure.canvas.draw()
    low, high = ax.get_ylim()
    return [float(t.get_text().replace("\N{MINUS SIGN}", "-"))
            for t, v in zip(ax.get_yticklabels(), ax.get_yticks()) if low <= v <= high]


@pytest.mark.parametrize("pid, corners", [
    ("00_start_here", [dict(energy=e, friction=f) for e in (0.0, 0.5, 10.0)
                       for f in (0.05, 2.0)]),
    ("03_flywheel_physics", [dict(torque=q, drag=d, friction=f, inertia=i, push_until=s)
                             for q in (0.0, 10.0) for d in (0.0, 5.0) for f in (0.05, 1.0)
                             for i in (1.0, 20.0) for s in (0.0, 120.0)]),
    ("03_flywheel_physics:heavy", [dict(heavy=h, push_until=s) for h in (5.0, 40.0)
                                   for s in (0.0, 240.0)]),
])
def test_speed_axes_keep_distinct_round_numbers_at_every_corner(pid, corners):
    """Issue 17: at zero push lesson 00's axis read "1, 1, 1, 0". Every y axis of these panels
    must show at least three distinct numbers, rising from 0, with the data inside."""
    from flywheel_lib import panels
    panel = panels.build(pid)
    for values in corners:
        panel.set(**values)
        assert panel.last_error is None, (values, panel.last_error)
        for ax in panel.fig.axes:
            numbers = _axis_numbers(ax)
            assert len(numbers) >= 3 and len(set(numbers)) == len(numbers), (values, numbers)
            assert numbers == sorted(numbers) and numbers[0] == 0, (values, numbers)
            assert numbers[-1] >= 0.5, (values, numbers)   # never a span of a few hundredths


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
