"""The causal-loop engine (lesson 04, reused by 08 and 09), checked against independent engines.

* the simulation against PySD (a system-dynamics engine) running the same model written in Vensim,
  and in the linear regime against the closed-form solution of the Euler map (a matrix power);
* loop finding against a brute-force enumeration of every ordering of factors;
* the tipping friction against the closed form of the Amazon graph (r⁵ = r + 1) and of a single
  loop (the geometric mean of its strengths), and the simulation growing just below it and
  decaying just above it;
* cruising levels against the closed form of a single loop and a long run; the take-off month
  against the closed-form solution of a one-factor wheel and against an independent fine-step
  integration of the Amazon wheel (delays and all); the take-off map against single runs;
* properties over the panel's ranges; bad input.
"""
import itertools
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy.optimize import brentq

from flywheel_lib.models import loops
from flywheel_lib.models.loops import Graph

AMAZON = loops.amazon()
FACTORS = loops.AMAZON_FACTORS


# -- the Amazon preset ----------------------------------------------------------------------------
def test_amazon_preset_is_the_napkin():
    g = AMAZON
    assert set(g.factors) == {"customer experience", "traffic", "sellers", "selection",
                              "growth", "lower cost structure", "lower prices"}
    links = set(zip(g.links["source"], g.links["target"]))
    outer = ["customer experience", "traffic", "sellers", "selection", "customer experience"]
    booster = ["growth", "lower cost structure", "lower prices", "customer experience"]
    assert set(zip(outer, outer[1:])) <= links
    assert set(zip(booster, booster[1:])) <= links
    assert ("traffic", "growth") in links                # growth is fed by the outer loop
    assert (g.links["sign"] == 1).all()
    found = g.loops()
    assert len(found) == 2 and set(found["polarity"]) == {"reinforcing"}
    assert {frozenset(f) for f in found["factors"]} == {
        frozenset(outer), frozenset(["traffic", "customer experience", *booster])}


def test_amazon_tipping_friction_matches_the_closed_form():
    # the two loops share customer experience and traffic, so det(λI − A) = λ⁷ − s⁴λ³ − s⁵λ²
    # and the Perron root is s·r with r⁵ = r + 1
    r = brentq(lambda x: x ** 5 - x - 1, 1.0, 2.0)
    for s in (0.05, 0.15, 0.4):
        for delays in (True, False):
            assert loops.tipping_friction(loops.amazon(s, delays)) == pytest.approx(s * r, rel=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.01, 2.0), min_size=1, max_size=8))
def test_single_loop_tipping_friction_is_the_geometric_mean(strengths):
    k = len(strengths)
    names = [f"f{i}" for i in range(k)]
    g = Graph.from_links(names, [(names[i], names[(i + 1) % k], 1, w)
                                 for i, w in enumerate(strengths)])
    assert loops.tipping_friction(g) == pytest.approx(math.prod(strengths) ** (1 / k), rel=1e-7)


@pytest.mark.parametrize("delays", [True, False])
@pytest.mark.parametrize("strength", [0.1, 0.15, 0.3])
def test_grows_just_below_and_decays_just_above_the_tipping_point(delays, strength):
    g = loops.amazon(strength, delays)
    tip = loops.tipping_friction(g)
    below = loops.simulate(g, tip * 0.98, initial=1.0, months=3000)
    above = loops.simulate(g, tip * 1.02, initial=1.0, months=3000)
    assert (below.iloc[-1] > 1.0).all(), "just below the tipping point the wheel must grow"
    assert (above.iloc[-1] < 0.01).all(), "just above the tipping point friction must win"
    assert loops.growth_rate(g, tip * 0.98) > 0 > loops.growth_rate(g, tip * 1.02)


def test_tipping_point_separates_the_regimes_after_a_push():
    tip = loops.tipping_friction(AMAZON)
    for name in FACTORS:
        keeps = loops.simulate(AMAZON, tip * 0.8, {name: 5.0}, push_until=24, months=240)
        dies = loops.simulate(AMAZON, tip * 1.2, {name: 5.0}, push_until=24, months=240)
        m_keep, m_die = loops.momentum(keeps), loops.momentum(dies)
        assert m_keep.iloc[-1] > m_keep.loc[24], f"{name}: below the tipping point it must grow on"
        assert m_die.iloc[-1] < 0.1 * m_die.loc[24], f"{name}: above it the wheel must run down"


@pytest.mark.parametrize("name", FACTORS)
def test_pushing_any_factor_lifts_all_the_others(name):
    run = loops.simulate(AMAZON, 0.1, {name: 5.0}, push_until=24)
    assert (run.iloc[-1] > 1.0).all()


# -- the engine against independent engines ------------------------------------------------------
def vensim_model(graph, friction, push, push_until, months, dt, *, step=True):
    """The engine's model for an all-positive graph, as Vensim text for PySD.

    ``step=True`` writes the engine's own step (linearly implicit in the losses) as a flow that
    PySD's Euler integration applies, ``level + dt · flow`` = the step's new level; ``step=False``
    writes the differential equation as a modeller would."""
    ids = {f: f"factor {i}" for i, f in enumerate(graph.factors)}
    lines = []
    for f in graph.factors:
        x = ids[f]
        terms = [f"push {x}"]
        for r in graph.links[graph.links["target"] == f].itertuples(index=False):
            src = ids[r.source] if r.delay == 0 else f"DELAY FIXED({ids[r.source]}, {r.delay}, 0)"
            terms.append(f"{r.strength} * {src}")
        energy = push.get(f, 0.0)
        if step:
            change = (f"(MAX(0, {x} + TIME STEP * net {x}) / (1 + TIME STEP * ({friction} "
                      f"+ MAX(net {x}, 0) / {graph.capacity})) - {x}) / TIME STEP")
        else:
            change = f"net {x} * (1 - {x} / {graph.capacity}) - {friction} * {x}"
        lines += [
            f"{x} = INTEG(change {x}, 0) ~~|",
            f"change {x} = {change} ~~|",
            f"net {x} = {' + '.join(terms)} ~~|",
            f"push {x} = IF THEN ELSE(Time < {push_until}, {energy}, 0) ~~|",
        ]
    lines += ["INITIAL TIME = 0 ~~|", f"FINAL TIME = {months} ~~|", f"TIME STEP = {dt} ~~|",
              "SAVEPER = 1 ~~|"]
    return "\n".join(lines), ids


def run_pysd(tmp_path, graph, push, dt, step):
    pysd = pytest.importorskip("pysd")
    text, ids = vensim_model(graph, 0.12, push, 24, 120, dt, step=step)
    model_file = tmp_path / "flywheel.mdl"
    model_file.write_text(text, encoding="utf-8")
    model = pysd.read_vensim(str(model_file))
    return model.run(return_columns=[ids[f] for f in graph.factors]).to_numpy()


PYSD_CASES = [
    (loops.amazon(delays=False), {"traffic": 5.0}),
    (loops.amazon(), {"growth": 8.0}),
    (loops.amazon(0.3), {"customer experience": 2.0, "sellers": 3.0}),
]


@pytest.mark.filterwarnings("ignore")   # PySD's own encoding and pandas deprecation notes
@pytest.mark.parametrize("graph, push", PYSD_CASES)
def test_simulation_equals_pysd(tmp_path, graph, push):
    theirs = run_pysd(tmp_path, graph, push, 0.25, step=True)
    ours = loops.simulate(graph, 0.12, push, push_until=24, months=120, steps=4)
    np.testing.assert_allclose(ours.to_numpy(), theirs, rtol=1e-9, atol=1e-9)


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("graph, push", PYSD_CASES)
def test_fine_steps_agree_with_pysd_on_the_differential_equation(tmp_path, graph, push):
    # two different schemes on the same equation: at 1/64 month both are close to its solution
    theirs = run_pysd(tmp_path, graph, push, 1 / 64, step=False)
    ours = loops.simulate(graph, 0.12, push, push_until=24, months=120, steps=64)
    np.testing.assert_allclose(ours.to_numpy(), theirs, rtol=0.01, atol=0.01)


def test_linear_regime_equals_the_closed_form_of_the_step():
    # with a huge capacity the model is linear: x_{k+1} = T x_k + c with T = (I + dt·A)/(1 + dt·b)
    # and c = dt·p/(1 + dt·b), so after N steps x_N = (I − T)⁻¹ (I − T^N) c (capacity 1e9 leaves
    # a 1e-8 nonlinearity)
    g = Graph.from_links(AMAZON.factors, AMAZON.links.assign(delay=0.0), capacity=1e9)
    b, dt, months = 0.3, 0.25, 60
    push = np.zeros(g.n)
    push[g.index("sellers")] = 2.0
    step = (np.eye(g.n) + dt * g.matrix()) / (1 + dt * b)
    c = dt * push / (1 + dt * b)
    run = loops.simulate(g, b, {"sellers": 2.0}, months=months, steps=4)
    for month in (1, 7, 30, 60):
        power = np.linalg.matrix_power(step, 4 * month)
        exact = np.linalg.solve(np.eye(g.n) - step, (np.eye(g.n) - power) @ c)
        np.testing.assert_allclose(run.loc[month].to_numpy(), exact, rtol=1e-7, atol=1e-12)


def test_fine_steps_converge_to_the_continuous_solution():
    from scipy.linalg import expm
    g = Graph.from_links(AMAZON.factors, AMAZON.links.assign(delay=0.0), capacity=1e9)
    b = 0.3
    push = np.zeros(g.n)
    push[g.index("traffic")] = 1.0
    m = g.matrix() - b * np.eye(g.n)
    exact = np.linalg.solve(m, (expm(m * 24) - np.eye(g.n)) @ push)
    run = loops.simulate(g, b, {"traffic": 1.0}, months=24, steps=64)
    np.testing.assert_allclose(run.loc[24].to_numpy(), exact, rtol=5e-3)


def test_vectorised_grid_equals_single_runs():
    energies, frictions = [0.0, 3.0, 12.5], [0.02, 0.17, 0.35]
    grid = loops.final_levels(AMAZON, "sellers", energies, frictions, push_until=30)
    for i, f in enumerate(frictions):
        for j, e in enumerate(energies):
            one = loops.simulate(AMAZON, f, {"sellers": e}, push_until=30).iloc[-1].to_numpy()
            np.testing.assert_allclose(grid[i, j], one, rtol=1e-4, atol=1e-4)
    mmap = loops.momentum_map(AMAZON, "sellers", energies, frictions, push_until=30)
    assert mmap.shape == (3, 3)
    np.testing.assert_allclose(mmap.to_numpy(), grid.mean(axis=2), rtol=1e-12)


# -- cruising and take-off (lesson 04: what energy buys) ------------------------------------------
def self_loop(w):
    return Graph.from_links(["x"], [("x", "x", 1, w)])


@pytest.mark.parametrize("k, w, b", [(1, 0.3, 0.1), (4, 0.15, 0.10), (3, 0.5, 0.45)])
def test_cruising_levels_of_a_single_loop_are_its_closed_form(k, w, b):
    # every level solves x (b + w x / C) = w x: x = C (1 − b / w), the same on every factor
    names = [f"f{i}" for i in range(k)]
    g = Graph.from_links(names, [(names[i], names[(i + 1) % k], 1, w) for i in range(k)])
    np.testing.assert_allclose(loops.cruising_levels(g, b), 100 * (1 - b / w), rtol=1e-10)
    assert loops.cruising_momentum(g, b) == pytest.approx(100 * (1 - b / w), rel=1e-10)
    assert loops.cruising_momentum(g, 1.01 * w) == 0.0            # above the tipping point


@pytest.mark.parametrize("friction", [0.02, 0.10, 0.14, 0.17])
def test_cruising_levels_are_where_a_long_run_settles(friction):
    from_top = loops.simulate(AMAZON, friction, initial=100.0, months=4000).iloc[-1]
    pushed = loops.simulate(AMAZON, friction, {"traffic": 5.0}, push_until=24, months=4000)
    cruise = loops.cruising_levels(AMAZON, friction)
    np.testing.assert_allclose(from_top.to_numpy(), cruise, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(pushed.iloc[-1].to_numpy(), cruise, rtol=1e-4, atol=1e-4)
    many = loops.cruising_levels(AMAZON, [friction, 0.3])
    np.testing.assert_allclose(many, [cruise, np.zeros(7)], atol=1e-12)


def one_factor_takeoff_time(w, b, e, level, capacity=100.0):
    """The time a one-factor wheel (a loop onto itself, strength w, friction b, pushed with e
    for ever) takes from 0 to ``level``: dx/dt = (w x + e)(1 − x/C) − b x = −(w/C)(x − r1)(x − r2)
    with roots r1 < 0 < r2, so t(x) = C / (w (r2 − r1)) · ln[(r2 (x − r1)) / (−r1 (r2 − x))]."""
    coeffs = [-w / capacity, w - b - e / capacity, e]
    r1, r2 = sorted(np.roots(coeffs).real)
    x = level / 100 * capacity
    return capacity / (w * (r2 - r1)) * math.log(r2 * (x - r1) / (-r1 * (r2 - x)))


@pytest.mark.parametrize("w, b, e", [(0.3, 0.1, 0.5), (0.3, 0.1, 5.0), (0.2, 0.12, 1.0),
                                     (0.5, 0.3, 0.05)])
def test_takeoff_month_of_a_one_factor_wheel_is_its_closed_form(w, b, e):
    t = one_factor_takeoff_time(w, b, e, loops.TAKEOFF_MOMENTUM)
    assert abs(t - round(t)) > 0.05, t               # (the cases are not at a month's edge)
    run = loops.simulate(self_loop(w), b, {"x": e}, months=240, steps=400)
    assert loops.takeoff_month(run, self_loop(w), b) == math.ceil(t)


def fine_euler_momentum(graph, friction, factor, energy, push_until, months, spm=400):
    """The model's differential equation by plain explicit Euler with ``spm`` steps a month and a
    history for the delays: momentum (% of capacity) at every whole month."""
    a0 = np.zeros((graph.n, graph.n))
    lagged = []
    for r in graph.links.itertuples(index=False):
        i, j = graph.index(r.target), graph.index(r.source)
        if r.delay:
            lagged.append((i, j, r.sign * r.strength, int(round(r.delay * spm))))
        else:
            a0[i, j] += r.sign * r.strength
    dt, cap = 1 / spm, graph.capacity
    hist = [np.zeros(graph.n)]
    out = [0.0]
    p = graph.index(factor)
    for k in range(months * spm):
        x = hist[-1]
        net = a0 @ x
        for i, j, w, lag in lagged:
            net[i] += w * (hist[-1 - lag][j] if lag < len(hist) else 0.0)
        if (k + 0.5) * dt < push_until:
            net[p] += energy
        grow = np.where(net > 0, net * (1 - x / cap), net)
        hist.append(np.clip(x + dt * (grow - friction * x), 0, cap))
        if (k + 1) % spm == 0:
            out.append(hist[-1].mean() / cap * 100)
        if len(hist) > 10 * spm:
            del hist[:len(hist) - 10 * spm]
    return np.array(out)


@pytest.mark.parametrize("friction, energy, push", [(0.10, 0.5, 6), (0.10, 20.0, 60),
                                                    (0.05, 2.0, 24), (0.12, 5.0, 24)])
def test_takeoff_month_agrees_with_a_fine_step_integration(friction, energy, push):
    m = fine_euler_momentum(AMAZON, friction, "customer experience", energy, push, 120)
    below = np.flatnonzero(m < loops.TAKEOFF_MOMENTUM)
    theirs = int(below[-1]) + 1
    fine = loops.simulate(AMAZON, friction, {"customer experience": energy}, push_until=push,
                          steps=400)
    assert loops.takeoff_month(fine, AMAZON, friction) == theirs
    # the lessons' four steps a month slow the growth a little: a few months late at most (the
    # slowest take-off, 74 against 71)
    run = loops.simulate(AMAZON, friction, {"customer experience": energy}, push_until=push)
    ours = loops.takeoff_month(run, AMAZON, friction)
    assert theirs <= ours <= theirs + 3, (ours, theirs)


def test_energy_buys_time_not_momentum():
    # the case: at friction 0.10 a tiny short push and a huge long one end almost alike
    # after ten years, but take off years apart
    small = loops.simulate(AMAZON, 0.10, {"customer experience": 0.5}, push_until=6)
    big = loops.simulate(AMAZON, 0.10, {"customer experience": 20.0}, push_until=60)
    gap = loops.momentum(big).iloc[-1] - loops.momentum(small).iloc[-1]
    assert 0 < gap < 3
    assert loops.takeoff_month(small, AMAZON, 0.10) - loops.takeoff_month(big, AMAZON, 0.10) > 50
    # above the tipping point no push takes off; just below it the loops hold < 20 %: none either
    tip = loops.tipping_friction(AMAZON)
    for f in (1.05 * tip, 0.95 * tip):
        run = loops.simulate(AMAZON, f, {"traffic": 20.0}, push_until=120)
        assert loops.momentum(run).max() > loops.TAKEOFF_MOMENTUM     # lifted while pushed …
        assert loops.takeoff_month(run, AMAZON, f) is None             # … yet never taken off


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(FACTORS), e1=st.floats(0, 20), e2=st.floats(0, 20),
       friction=st.floats(0, 0.16), stop=st.integers(1, 120))
def test_more_energy_never_makes_the_takeoff_later(name, e1, e2, friction, stop):
    lo, hi = sorted((e1, e2))
    t_lo = loops.takeoff_month(loops.simulate(AMAZON, friction, {name: lo}, stop), AMAZON,
                               friction)
    t_hi = loops.takeoff_month(loops.simulate(AMAZON, friction, {name: hi}, stop), AMAZON,
                               friction)
    assert t_lo is None or (t_hi is not None and t_hi <= t_lo)


def test_takeoff_map_equals_single_runs():
    energies, frictions = [0.0, 0.5, 3.0, 20.0], [0.02, 0.10, 0.13, 0.15, 0.25]
    grid = loops.takeoff_map(AMAZON, "sellers", energies, frictions, push_until=30)
    assert grid.shape == (5, 4)
    for f in frictions:
        for e in energies:
            run = loops.simulate(AMAZON, f, {"sellers": e}, push_until=30)
            one = loops.takeoff_month(run, AMAZON, f)
            cell = grid.loc[f, e]
            assert (one is None and np.isnan(cell)) or one == cell, (f, e, one, cell)
    assert grid.loc[0.25].isna().all() and grid[0.0].isna().all()


# -- loop finding against brute force -------------------------------------------------------------
def brute_force_cycles(n, edges):
    """Every simple cycle as a frozenset of its edges, by trying every ordering of factors."""
    found = set()
    for k in range(1, n + 1):
        for combo in itertools.permutations(range(n), k):
            if combo[0] != min(combo):
                continue
            steps = list(zip(combo, combo[1:] + combo[:1]))
            if all(e in edges for e in steps):
                found.add(frozenset(steps))
    return found


@settings(max_examples=80, deadline=None)
@given(st.integers(2, 5).flatmap(lambda n: st.tuples(
    st.just(n), st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=12),
    st.lists(st.sampled_from([1, -1]), min_size=25, max_size=25))))
def test_loops_match_brute_force(case):
    n, edges, signs = case
    names = [f"f{i}" for i in range(n)]
    edge_list = sorted(edges)
    sign_of = {e: signs[i] for i, e in enumerate(edge_list)}
    g = Graph.from_links(names, [(names[a], names[b], sign_of[(a, b)], 0.2)
                                 for a, b in edge_list])
    found = g.loops()
    ours = set()
    for factors, sign, polarity in zip(found["factors"], found["sign"], found["polarity"]):
        idx = [names.index(f) for f in factors]
        cycle = frozenset(zip(idx, idx[1:] + idx[:1]))
        ours.add(cycle)
        assert sign == math.prod(sign_of[e] for e in cycle)
        assert polarity == ("reinforcing" if sign > 0 else "balancing")
    assert ours == brute_force_cycles(n, set(edge_list))
    assert len(found) == len(ours)


def test_a_negative_link_makes_a_balancing_loop():
    g = AMAZON.with_link("traffic", "customer experience", sign=-1, strength=0.1)
    found = g.loops().set_index("loop")
    assert found.loc["customer experience → traffic → customer experience", "polarity"] == \
        "balancing"
    assert (found["polarity"] == "reinforcing").sum() == 2


# -- properties over the panel's ranges ----------------------------------------------------------
settings_panel = settings(max_examples=60, deadline=None)
factor_st = st.sampled_from(FACTORS)
energy_st = st.floats(0.0, 20.0)
friction_st = st.floats(0.0, 0.4)
stop_st = st.integers(0, 120)


@settings_panel
@given(factor_st, energy_st, friction_st, stop_st)
def test_levels_are_finite_and_within_capacity(name, energy, friction, stop):
    run = loops.simulate(AMAZON, friction, {name: energy}, push_until=stop)
    v = run.to_numpy()
    assert np.isfinite(v).all()
    assert (v >= 0).all() and (v <= AMAZON.capacity).all()
    assert list(run.index) == list(range(121))


@settings_panel
@given(factor_st, energy_st, energy_st, friction_st, stop_st)
def test_more_energy_never_lowers_any_final_level(name, e1, e2, friction, stop):
    low, high = sorted((e1, e2))
    a = loops.simulate(AMAZON, friction, {name: low}, push_until=stop).iloc[-1]
    b = loops.simulate(AMAZON, friction, {name: high}, push_until=stop).iloc[-1]
    assert (b.to_numpy() >= a.to_numpy() - 1e-9).all()


@settings_panel
@given(factor_st, energy_st, friction_st, friction_st, stop_st)
def test_more_friction_never_raises_any_final_level(name, energy, f1, f2, stop):
    low, high = sorted((f1, f2))
    a = loops.simulate(AMAZON, low, {name: energy}, push_until=stop).iloc[-1]
    b = loops.simulate(AMAZON, high, {name: energy}, push_until=stop).iloc[-1]
    assert (b.to_numpy() <= a.to_numpy() + 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(0.0, 2.0), min_size=3, max_size=3), st.floats(0.0, 2.0),
       st.floats(0.0, 100.0), st.integers(1, 200))
def test_extreme_strengths_stay_finite_and_bounded(strengths, friction, energy, months):
    g = Graph.from_links(["a", "b", "c"], [("a", "b", 1, strengths[0]), ("b", "c", 1, strengths[1]),
                                           ("c", "a", 1, strengths[2]), ("c", "b", -1, 0.5)])
    run = loops.simulate(g, friction, {"a": energy}, months=months)
    v = run.to_numpy()
    assert np.isfinite(v).all() and (v >= 0).all() and (v <= 100).all()


# -- building graphs from plain data ------------------------------------------------------------
def test_graph_from_lists_dataframe_dict_json_and_csv(tmp_path):
    rows = [("a", "b", "+", 0.2), ("b", "c", "+1", 0.3, 2), ("c", "a", "−", 0.1)]
    g1 = Graph.from_links(None, rows, name="mine")
    assert g1.factors == ("a", "b", "c")
    assert g1.links["sign"].tolist() == [1, 1, -1]
    assert g1.links["delay"].tolist() == [0.0, 2.0, 0.0]
    g2 = Graph.from_links(["a", "b", "c"], g1.links)
    g3 = Graph.from_dict(json.loads(json.dumps(g1.to_dict())))
    (tmp_path / "g.json").write_text(json.dumps(g1.to_dict()), encoding="utf-8")
    g1.links.to_csv(tmp_path / "g.csv", index=False)
    g4 = loops.read_graph(tmp_path / "g.json")
    g5 = loops.read_graph(tmp_path / "g.csv")
    for g in (g2, g3, g4, g5):
        assert g.factors == g1.factors
        pd.testing.assert_frame_equal(g.links, g1.links)
    assert g1.loops()["polarity"].tolist() == ["balancing"]


def test_derived_graphs():
    g = AMAZON.without_link("traffic", "growth")
    assert len(g.loops()) == 1
    assert loops.tipping_friction(AMAZON.with_strengths(2.0)) == \
        pytest.approx(2 * loops.tipping_friction(AMAZON))
    with pytest.raises(KeyError, match="no link"):
        AMAZON.without_link("growth", "traffic")


def test_push_with_its_own_period_and_per_factor_friction():
    run = loops.simulate(AMAZON, {f: 0.1 for f in FACTORS}, {"sellers": (5.0, 12, 24)})
    assert (run.loc[:12] == 0).all().all()
    assert run.loc[24, "sellers"] > 0
    same = loops.simulate(AMAZON, 0.1, {"sellers": 5.0}, push_from=12, push_until=24)
    pd.testing.assert_frame_equal(run, same)


# -- bad input ------------------------------------------------------------------------------------
@pytest.mark.parametrize("call, error, words", [
    (lambda: loops.simulate(AMAZON, 0.1, {"trafic": 5}), KeyError, ["trafic", "traffic"]),
    (lambda: Graph.from_links(["a", "b"], [("a", "c", 1, 0.1)]), ValueError,
     ["link 1", "a → c", "unknown target 'c'"]),
    (lambda: Graph.from_links(["a", "b"], [("a", "b", 1, 0.1), ("b", "a", 1, 7)]), ValueError,
     ["link 2", "strength", "[0, 2]"]),
    (lambda: Graph.from_links(["a", "b"], [("a", "b", 2, 0.1)]), ValueError, ["link 1", "sign"]),
    (lambda: Graph.from_links(["a", "b"], [("a", "b", 1, 0.1), ("a", "b", 1, 0.2)]), ValueError,
     ["link 2", "second link"]),
    (lambda: Graph.from_links(["a", "a"], [("a", "a", 1, 0.1)]), ValueError, ["'a'", "twice"]),
    (lambda: Graph.from_links(["a", "b"], [("a", "b", 1, 0.1, 99)]), ValueError,
     ["link 1", "delay"]),
    (lambda: loops.simulate(AMAZON, 2.5), ValueError, ["friction", "[0, 2]"]),
    (lambda: loops.simulate(AMAZON, {"traffic": 0.1}), ValueError, ["friction", "customer"]),
    (lambda: loops.simulate(AMAZON, 0.1, {"traffic": -1}), ValueError, ["push['traffic']"]),
    (lambda: loops.simulate(AMAZON, 0.1, {"traffic": 1}, push_until=500), ValueError,
     ["push_until"]),
    (lambda: loops.simulate(AMAZON, 0.1, months=0), ValueError, ["months"]),
    (lambda: loops.simulate("amazon", 0.1), TypeError, ["loops.Graph"]),
    (lambda: loops.tipping_friction(Graph.from_links(["a", "b"], [("a", "b", 1, 0.1)])),
     ValueError, ["no loop"]),
    (lambda: loops.amazon(strength=3), ValueError, ["strength"]),
    (lambda: loops.momentum_map(AMAZON, "growth", [0, 1], [0.1, 9]), ValueError,
     ["frictions[1]"]),
    (lambda: loops.cruising_levels(AMAZON.with_link("traffic", "customer experience", -1), 0.1),
     ValueError, ["all positive"]),
    (lambda: loops.cruising_levels(AMAZON, 3), ValueError, ["friction", "[0, 2]"]),
    (lambda: loops.cruising_momentum(AMAZON, [0.1]), TypeError, ["friction must be a number"]),
    (lambda: loops.takeoff_month(pd.DataFrame({"x": [1.0]}), AMAZON, 0.1), TypeError,
     ["loops.simulate"]),
    (lambda: loops.takeoff_month(loops.simulate(AMAZON, 0.1, months=2), AMAZON, 0.1, level=0),
     ValueError, ["level"]),
    (lambda: loops.takeoff_map(AMAZON, "growth", [-1], [0.1]), ValueError, ["energies[0]"]),
])
def test_bad_input_names_the_item(call, error, words):
    with pytest.raises(error) as info:
        call()
    for w in words:
        assert w in str(info.value), f"{w!r} not in {info.value}"
