"""The inbound flywheel against closed forms (Bass 1969, exponential decay), and its properties over
the whole slider ranges: finite, never negative, people conserved, monotone in energy and friction.
The independent-engine check (PySD) is in test_pysd_crosscheck.py."""
import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from flywheel_lib.models import funnel, inbound


STOCKS = ["strangers", "prospects", "customers", "promoters", "left"]
FLOWS = ["attracted", "by_word_of_mouth", "new_customers", "new_promoters", "new_left"]

energy = st.floats(0.0, 10.0, allow_nan=False)          # the lesson 05 sliders
friction = st.floats(0.0, 0.9, allow_nan=False)
push = st.one_of(st.none(), st.integers(0, 60).map(float))


def bass_F(t, p, q):
    """Bass (1969) cumulative adoption share, written out here independently of the library."""
    t = np.asarray(t, dtype=float)
    return (1 - np.exp(-(p + q) * t)) / (1 + (q / p) * np.exp(-(p + q) * t))


def bass_horizon(p, q) -> int:
    """Months until 99.9 % of the market has adopted (by the closed form), at most 1200."""
    t = 1.0
    while t < 1200 and bass_F(t, p, q) < 0.999:
        t *= 1.25
    return int(min(1200, math.ceil(t)))


# -- Bass --------------------------------------------------------------------------------------

def test_bass_setting_is_bass_equation_step_by_step():
    """Under bass_setting the strangers follow Bass's equation S' = −(p + q·(M − S)/M)·S, Euler-
    stepped: compare with that recurrence written out here."""
    p, q, market = 0.03, 0.38, 50_000.0
    par = inbound.bass_setting(p, q, market, dt=0.25)
    run = inbound.simulate(par, 40)
    S, expected = market, [market]
    for _month in range(40):
        for _step in range(4):
            S = S - 0.25 * (p + q * (market - S) / market) * S
        expected.append(S)
    np.testing.assert_allclose(run["strangers"], expected, rtol=1e-12)
    # market − strangers are the adopters: everyone attracted is still in the wheel
    adopters = run[["prospects", "customers", "promoters", "left"]].sum(axis=1)
    np.testing.assert_allclose(adopters, market - run["strangers"], rtol=1e-9, atol=1e-6)
    assert (run["left"] == 0).all()


@settings(max_examples=60, deadline=None)
@given(p=st.floats(0.001, 0.1), q=st.floats(0.0, 1.0))
def test_bass_matches_closed_form_within_one_percent(p, q):
    market = 1_000_000.0
    months = bass_horizon(p, q)
    run = inbound.simulate(inbound.bass_setting(p, q, market), months)
    adopters = (market - run["strangers"].to_numpy()) / market
    gap = np.abs(adopters - bass_F(np.arange(months + 1), p, q))
    assert gap.max() < 0.01, f"p={p}, q={q}: largest gap {gap.max():.4f} at month {gap.argmax()}"


@pytest.mark.parametrize("p", [0.001, 0.003, 0.01, 0.03, 0.1])
@pytest.mark.parametrize("q", [0.0, 0.01, 0.1, 0.38, 0.7, 1.0])
def test_bass_grid_corners_within_one_percent(p, q):
    months = bass_horizon(p, q)
    run = inbound.simulate(inbound.bass_setting(p, q, 1.0), months)
    gap = np.abs(1.0 - run["strangers"].to_numpy() - bass_F(np.arange(months + 1), p, q))
    assert gap.max() < 0.01


@settings(max_examples=40, deadline=None)
@given(p=st.floats(0.001, 0.1), ratio=st.floats(2.0, 1000.0))
def test_bass_peak_of_new_adopters(p, ratio):
    q = p * ratio
    assume(q <= 1.0)
    t_star = math.log(q / p) / (p + q)
    months = max(int(3 * t_star) + 3, 6)
    run = inbound.simulate(inbound.bass_setting(p, q, 1.0), months)
    monthly = run["attracted"].to_numpy()[1:]          # new adopters in month 1, 2, …
    peak_month = int(np.argmax(monthly)) + 1           # month m covers (m − 1, m]
    assert abs((peak_month - 0.5) - t_star) <= 1.0, (peak_month, t_star)
    assert inbound.bass_peak(p, q) == pytest.approx(t_star)


def test_bass_peak_at_start_when_imitation_is_weak():
    run = inbound.simulate(inbound.bass_setting(0.05, 0.02, 1.0), 60)
    assert int(np.argmax(run["attracted"].to_numpy()[1:])) == 0
    assert inbound.bass_peak(0.05, 0.02) == 0.0


def test_published_coefficients_per_year_and_per_month_give_the_same_curve():
    """Bass's p and q scale with the time unit: yearly (p, q) at t years = monthly (p/12, q/12)
    at 12·t months."""
    years = np.arange(0, 21)
    yearly = bass_F(years, 0.03, 0.38)
    run = inbound.simulate(inbound.bass_setting(0.03 / 12, 0.38 / 12, 1.0), 240)
    monthly = 1 - run["strangers"].to_numpy()[::12]
    assert np.abs(monthly - yearly).max() < 0.01
    np.testing.assert_allclose(inbound.bass_adopters(years * 12, 0.03 / 12, 0.38 / 12), yearly,
                               rtol=1e-12)


# -- other closed forms -----------------------------------------------------------------------

def test_marketing_alone_fills_content_and_empties_strangers_by_its_closed_form():
    """No word of mouth. The content stock is Euler-stepped K' = E − K/L from 0, so after n steps
    K_n = E·L·(1 − (1 − dt/L)^n); each step keeps the share 1 − dt·(1 − f)·a·K_n/L of the
    strangers. Both written out here from the closed form of K, not from the model's loop."""
    E, L, a, f, dt = 5.0, 9.0, 0.002, 0.3, 0.25
    par = inbound.InboundParams(market=1e6, marketing=E, attract_per_energy=a, content_life=L,
                                friction_marketing=f, wom_customers=0.0, wom_promoters=0.0,
                                badmouth=0.0, dt=dt)
    run = inbound.simulate(par, 24)
    n = np.arange(24 * 4 + 1)
    content = E * L * (1 - (1 - dt / L) ** n)
    keep = 1 - dt * (1 - f) * a * content[:-1] / L
    strangers = 1e6 * np.concatenate([[1.0], np.cumprod(keep)])
    np.testing.assert_allclose(run["content"], content[::4], rtol=1e-12)
    np.testing.assert_allclose(run["strangers"], strangers[::4], rtol=1e-12)
    assert (run["by_word_of_mouth"] == 0).all()


def test_content_pull_converges_to_the_continuous_closed_form():
    """As dt → 0 the strangers follow ln S(t)/M = −(1 − f)·a·E·(t − L·(1 − e^(−t/L))), the
    integral of the pull of K(t) = E·L·(1 − e^(−t/L)); at dt 1/64 within 1e-4 of the market."""
    E, L, a, f = 4.0, 9.0, 0.0006, 0.2
    par = inbound.InboundParams(marketing=E, attract_per_energy=a, content_life=L,
                                friction_marketing=f, wom_customers=0.0, wom_promoters=0.0,
                                badmouth=0.0, dt=1 / 64)
    run = inbound.simulate(par, 60)
    t = np.arange(61.0)
    exact = 1e6 * np.exp(-(1 - f) * a * E * (t - L * (1 - np.exp(-t / L))))
    assert np.abs(run["strangers"].to_numpy() - exact).max() < 1e-4 * 1e6


def test_content_fades_after_the_push_and_keeps_attracting():
    """After the push the content stock only fades: K keeps the share (1 − dt/L) each step. So the
    wheel still attracts people months after the money stopped (the coasting of lesson 06)."""
    par = inbound.InboundParams(push_until=12.0)
    run = inbound.simulate(par, 36)
    k12 = run.loc[12, "content"]
    np.testing.assert_allclose(run.loc[12:, "content"],
                               k12 * (1 - 0.25 / par.content_life) ** (4 * np.arange(25)),
                               rtol=1e-12)
    attracted_by_content = run["attracted"] - run["by_word_of_mouth"]
    assert attracted_by_content[24] > 0.2 * attracted_by_content[12]


def test_nothing_moves_without_energy_or_customers():
    par = inbound.InboundParams(marketing=0.0, sales=0.0, service=0.0)
    run = inbound.simulate(par, 36)
    assert (run["strangers"] == par.market).all()
    assert (run[STOCKS[1:] + FLOWS].to_numpy() == 0).all()


def test_customers_without_new_ones_decay_by_churn():
    """A base of customers with nobody attracted (no energy, no word of mouth) only churns or
    becomes promoters: customers fall by (1 − dt·(d + c)) each step."""
    par = inbound.InboundParams(initial_customers=1000.0, marketing=0.0, sales=0.0, service=0.0,
                                wom_customers=0.0, wom_promoters=0.0, friction_service=0.0,
                                dt=0.5)
    run = inbound.simulate(par, 12)
    rate = par.delight_base + par.churn_customers
    np.testing.assert_allclose(run["customers"], 1000 * (1 - 0.5 * rate) ** (2 * np.arange(13)))


def test_push_stops_energy():
    """After the push the energies are 0: the run equals one whose energies are switched off by
    hand from then on (prospects then only engage at the base rate)."""
    base = inbound.InboundParams(push_until=12.0)
    run = inbound.simulate(base, 36)
    always = inbound.simulate(replace(base, push_until=None), 36)
    pd.testing.assert_frame_equal(run.loc[:12], always.loc[:12])
    assert run.loc[13, "attracted"] < always.loc[13, "attracted"]
    assert run.loc[36, "cumulative_customers"] < always.loc[36, "cumulative_customers"]


def test_repeat_purchases_closed_form_and_no_one_moves():
    """A base of customers with no new ones (no energy, no word of mouth, nobody delighted):
    C_n = C_0·(1 − dt·c)^n and repeat purchases per month are r·Σ dt·C_n over the month's steps,
    r = (1 − f_service)·(repeat_base + repeat_per_energy·after_sales). After-sales energy changes
    the purchases, never the stocks."""
    par = inbound.InboundParams(initial_customers=1000.0, marketing=0.0, sales=0.0, service=0.0,
                                after_sales=2.0, wom_customers=0.0, wom_promoters=0.0,
                                badmouth=0.0, delight_base=0.0, friction_service=0.1, dt=0.5)
    run = inbound.simulate(par, 12)
    c = par.churn_customers + par.churn_friction * 0.1
    customers = 1000 * (1 - 0.5 * c) ** np.arange(25)
    r = 0.9 * (par.repeat_base + par.repeat_per_energy * 2.0)
    per_month = r * 0.5 * (customers[0:-1:2] + customers[1::2])
    np.testing.assert_allclose(run["repeat_purchases"].iloc[1:], per_month, rtol=1e-12)
    without = inbound.simulate(replace(par, after_sales=0.0), 12)
    pd.testing.assert_frame_equal(run[list(STOCKS)], without[list(STOCKS)])
    assert (run["repeat_purchases"].iloc[1:] > without["repeat_purchases"].iloc[1:]).all()


def test_fit_constants_do_nothing_when_content_aims_at_the_right_people():
    """At breadth 0 everybody fits: the constants of broad content change nothing."""
    base = inbound.simulate(inbound.InboundParams(), 60)
    other = inbound.simulate(inbound.InboundParams(broad_reach=5.0, fit_floor=0.0,
                                                   churn_misfit=0.9), 60)
    pd.testing.assert_frame_equal(base, other)


def test_broad_content_brings_more_prospects_but_fewer_customers():
    """Lesson 05's second panel: aiming broadly reaches more strangers (more prospects), but fewer
    of them fit, so fewer buy and more leave; prospect → customer falls towards the outbound
    close rate (about 2 %)."""
    runs = {b: inbound.simulate(inbound.InboundParams(breadth=b), 60) for b in (0.0, 0.5, 1.0)}
    attracted = {b: r["attracted"].iloc[1:13].sum() for b, r in runs.items()}
    won = {b: r["cumulative_customers"].iloc[-1] for b, r in runs.items()}
    assert attracted[0.0] < attracted[0.5] < attracted[1.0]          # first year: more prospects
    assert won[0.0] > won[0.5] > won[1.0]                             # five years: fewer customers
    conversion = won[1.0] / runs[1.0]["attracted"].sum()
    assert 0.01 < conversion < 0.03


# -- calibration: the defaults inside published ranges (sources in data/README.md) ------------

def test_defaults_land_in_published_ranges():
    par = inbound.InboundParams()
    run = inbound.simulate(par, 60)
    last = run.iloc[-1]
    # prospect → customer over the five years: inside 5–15 % (inbound leads close at ~14.6 %)
    conversion = last["cumulative_customers"] / run["attracted"].sum()
    assert 0.05 < conversion < 0.15, conversion
    # monthly churn of customers and promoters: a few per cent (Recurly: 3.95 % voluntary)
    fit = par.fit
    churn_c = par.churn_customers + par.churn_friction * 0.2 + par.churn_misfit * (1 - fit)
    assert 0.02 < churn_c < 0.07 and par.churn_promoters < churn_c
    # promoters: a fifth to a half of the customer base (Net Promoter surveys)
    share = last["promoters"] / (last["promoters"] + last["customers"])
    assert 0.2 < share < 0.5, share
    # word of mouth: 20–60 % of new prospects after five years (McKinsey: 20–50 % of decisions)
    word = last["by_word_of_mouth"] / last["attracted"]
    assert 0.2 < word < 0.6, word
    # 20 % friction on each driver: a sizeable but not absurd loss, between the 49 % of three
    # uncompounded 20 % losses and 70 %; no single friction more than half the customers
    m = inbound.momentum(par, run)
    assert 0.49 < m["friction"] < 0.7, m["friction"]
    assert (inbound.friction_costs(par, 60) < 0.5 * last["cumulative_customers"]).all()
    # repurchase within a year (Hillstrom's modes): below 40 % without after-sales content,
    # above 60 % with 2 k€ a month of it
    for energy, low, high in ((0.0, 0.25, 0.4), (2.0, 0.6, 0.75)):
        rate = 0.8 * (par.repeat_base + par.repeat_per_energy * energy)
        assert low < 1 - math.exp(-12 * rate) < high
    # what a customer costs: tens of euros, like the funnel of lesson 02
    assert 20 < 60 * 10_000 / last["cumulative_customers"] < 80


# -- properties over the slider ranges ---------------------------------------------------------

def sliders(**over):
    return inbound.InboundParams(**over)


@settings(max_examples=250, deadline=None)
@given(m=energy, s=energy, v=energy, fm=friction, fs=friction, fv=friction, stop=push,
       breadth=st.floats(0.0, 1.0), after=energy)
def test_finite_nonnegative_and_conserved(m, s, v, fm, fs, fv, stop, breadth, after):
    par = sliders(marketing=m, sales=s, service=v, friction_marketing=fm, friction_sales=fs,
                  friction_service=fv, push_until=stop, breadth=breadth, after_sales=after)
    run = inbound.simulate(par, 60)
    values = run.to_numpy()
    assert np.isfinite(values).all()
    assert (values >= 0).all(), run.min()
    total = run[STOCKS].sum(axis=1).to_numpy()
    assert np.abs(total - par.market).max() <= 1e-9 * par.market
    # the cumulative count is the sum of the monthly new customers
    np.testing.assert_allclose(run["new_customers"].cumsum(), run["cumulative_customers"],
                               rtol=1e-9, atol=1e-9 * par.market)
    assert (run["by_word_of_mouth"] <= run["attracted"] + 1e-9 * par.market).all()
    # the content never exceeds what marketing put in over its mean life
    assert (run["content"] <= m * par.content_life * (1 + 1e-12)).all()


@settings(max_examples=300, deadline=None)
@given(m=energy, s=energy, v=energy, fm=friction, fs=friction, fv=friction, stop=push,
       driver=st.sampled_from(inbound.DRIVERS), more=st.floats(0.0, 10.0))
def test_more_energy_never_lowers_cumulative_customers(m, s, v, fm, fs, fv, stop, driver, more):
    par = sliders(marketing=m, sales=s, service=v, friction_marketing=fm, friction_sales=fs,
                  friction_service=fv, push_until=stop)
    stronger = replace(par, **{driver: min(10.0, getattr(par, driver) + more)})
    low = inbound.simulate(par, 60)["cumulative_customers"].to_numpy()
    high = inbound.simulate(stronger, 60)["cumulative_customers"].to_numpy()
    assert (high >= low - 1e-9 * par.market).all(), (driver, (high - low).min())


@settings(max_examples=300, deadline=None)
@given(m=energy, s=energy, v=energy, fm=friction, fs=friction, fv=friction, stop=push,
       driver=st.sampled_from(inbound.DRIVERS), more=st.floats(0.0, 0.9))
def test_more_friction_never_raises_cumulative_customers(m, s, v, fm, fs, fv, stop, driver, more):
    par = sliders(marketing=m, sales=s, service=v, friction_marketing=fm, friction_sales=fs,
                  friction_service=fv, push_until=stop)
    field = f"friction_{driver}"
    rougher = replace(par, **{field: min(0.9, getattr(par, field) + more)})
    smooth = inbound.simulate(par, 60)["cumulative_customers"].to_numpy()
    rough = inbound.simulate(rougher, 60)["cumulative_customers"].to_numpy()
    assert (rough <= smooth + 1e-9 * par.market).all(), (driver, (rough - smooth).max())


def test_monotone_on_a_dense_grid_of_slider_corners():
    """The same two properties on a vectorised grid: every combination of slider values in
    {0, 2.5, 5, 10} × {0, 0.3, 0.6, 0.9}, each driver nudged up."""
    levels_e, levels_f = [0.0, 2.5, 5.0, 10.0], [0.0, 0.3, 0.6, 0.9]
    grid = np.array(np.meshgrid(levels_e, levels_e, levels_e, levels_f, levels_f, levels_f,
                                indexing="ij")).reshape(6, -1)
    names = ["marketing", "sales", "service", "friction_marketing", "friction_sales",
             "friction_service"]
    base = dict(zip(names, grid))
    won = inbound.simulate_grid(None, 60, **base)["cumulative_customers"]
    for name in names:
        up = dict(base)
        up[name] = np.minimum(base[name] + (1.0 if "friction" not in name else 0.1),
                              10.0 if "friction" not in name else 0.9)
        won_up = inbound.simulate_grid(None, 60, **up)["cumulative_customers"]
        diff = won_up - won if "friction" not in name else won - won_up
        assert diff.min() >= -1e-9 * 1e6, name


def test_grid_equals_single_runs():
    par = inbound.InboundParams(push_until=18.0)
    grid = inbound.simulate_grid(par, 48, sales=[0.0, 3.0, 7.5], friction_service=[0.1, 0.5, 0.9])
    for j, (s, fv) in enumerate([(0.0, 0.1), (3.0, 0.5), (7.5, 0.9)]):
        one = inbound.simulate(replace(par, sales=s, friction_service=fv), 48)
        for col in inbound.COLUMNS:
            np.testing.assert_array_equal(grid[col][:, j], one[col].to_numpy())
    assert grid["strangers"].shape == (49, 3)


def test_dt_must_divide_a_month_and_smaller_dt_converges():
    coarse = inbound.simulate(replace(inbound.InboundParams(), dt=0.5), 60)
    fine = inbound.simulate(replace(inbound.InboundParams(), dt=1 / 32), 60)
    finer = inbound.simulate(replace(inbound.InboundParams(), dt=1 / 64), 60)
    err_fine = abs(fine["cumulative_customers"].iloc[-1] - finer["cumulative_customers"].iloc[-1])
    err_coarse = abs(coarse["cumulative_customers"].iloc[-1] - finer["cumulative_customers"].iloc[-1])
    assert err_fine < err_coarse / 8


# -- what the panels read off -----------------------------------------------------------------

def test_friction_costs_and_momentum():
    par = inbound.InboundParams()
    run = inbound.simulate(par, 60)
    costs = inbound.friction_costs(par, 60)
    assert list(costs.index) == list(inbound.DRIVERS)
    assert (costs > 0).all()
    won = run["cumulative_customers"].iloc[-1]
    for d in inbound.DRIVERS:
        fixed = inbound.simulate(replace(par, **{f"friction_{d}": 0.0}), 60)
        assert costs[d] == pytest.approx(fixed["cumulative_customers"].iloc[-1] - won)
    m = inbound.momentum(par, run)
    assert 0 < m["friction"] < 1
    assert m["size"] == pytest.approx(run["customers"].iloc[-1] + run["promoters"].iloc[-1])
    assert m["force"] == pytest.approx(0.8 * (4 + 3 + 3))
    no_friction = replace(par, friction_marketing=0.0, friction_sales=0.0, friction_service=0.0)
    assert inbound.momentum(no_friction, inbound.simulate(no_friction, 60))["friction"] == 0.0
    assert (inbound.friction_costs(no_friction, 60) == 0).all()


def test_energy_from_budget():
    assert inbound.energy_from_budget(5000) == pytest.approx(
        {"marketing": 2.0, "sales": 1.5, "service": 1.5})
    assert inbound.energy_from_budget(1000, split=(1, 0, 0))["marketing"] == 1.0
    with pytest.raises(ValueError, match="split must add up to 1"):
        inbound.energy_from_budget(1000, split=(0.5, 0.5, 0.5))
    with pytest.raises(ValueError, match="budget"):
        inbound.energy_from_budget(-1)


def test_compare_with_funnel_same_money():
    run = inbound.compare_with_funnel(5000, push_until=12, friction=0.1, months=36)
    paid = funnel.sales_funnel(5000, months=36, push_until=12, friction=0.1,
                               churn=inbound.InboundParams().churn_customers
                               + inbound.InboundParams().churn_friction * 0.1)
    np.testing.assert_allclose(run["funnel_new_customers"], paid["new_customers"])
    np.testing.assert_allclose(run["spend"], paid["spend"])
    wheel = inbound.simulate(replace(inbound.InboundParams(), marketing=2.0, sales=1.5,
                                     service=1.5, friction_marketing=0.1, friction_sales=0.1,
                                     friction_service=0.1, push_until=12.0), 36)
    np.testing.assert_allclose(run["wheel_new_customers"], wheel["new_customers"].iloc[1:])
    cpc = run["spend"].cumsum() / run["wheel_cumulative_customers"]
    np.testing.assert_allclose(run["wheel_cost_per_customer"], cpc)
    table = inbound.comparison_table(run, 12)
    assert list(table["strategy"]) == ["funnel", "wheel"]
    funnel_row, wheel_row = table.iloc[0], table.iloc[1]
    assert funnel_row["won_after_push"] == 0            # the funnel stops with the money
    assert wheel_row["won_after_push"] > 100             # the wheel keeps turning
    assert wheel_row["new_last_month"] > 0


def test_without_money_neither_wins_and_much_friction_stops_the_wheel():
    table = inbound.comparison_table(inbound.compare_with_funnel(0, 12, 0.0), 12)
    assert (table["customers_won"] == 0).all()
    assert table["cost_per_customer"].isna().all()
    rough = inbound.compare_with_funnel(5000, 12, 0.5, months=60)
    smooth = inbound.compare_with_funnel(5000, 12, 0.0, months=60)
    assert rough["wheel_new_customers"].iloc[-1] < 0.02 * smooth["wheel_new_customers"].iloc[-1]


def test_the_wheel_coasts_when_the_money_stops():
    """Lesson 06: when the money stops the funnel's new customers drop to 0, the wheel's fall by
    less than a third in the first month and then slowly (content fades, prospects still buy on
    their own, customers keep talking): a year later still more than a third of month 12's."""
    run = inbound.compare_with_funnel(5000, 12, 0.1, months=60)
    wheel = run["wheel_new_customers"]
    assert run.loc[13, "funnel_new_customers"] == 0
    assert 0.67 < wheel[13] / wheel[12] < 0.9
    assert wheel[24] > wheel[12] / 3
    assert (np.diff(wheel.loc[13:].to_numpy()) < 0.05 * wheel[12]).all()   # no sudden fall


@settings(max_examples=100, deadline=None)
@given(budget=st.integers(0, 20_000), stop=st.integers(0, 36), f=st.floats(0.0, 0.9))
def test_compare_over_the_lesson_06_sliders(budget, stop, f):
    run = inbound.compare_with_funnel(budget, stop, f)
    counts = run.drop(columns=["funnel_cost_per_customer", "wheel_cost_per_customer"]).to_numpy()
    assert np.isfinite(counts).all() and (counts >= 0).all()
    table = inbound.comparison_table(run, stop)
    won = table.set_index("strategy")["customers_won"]
    assert (won >= 0).all()
    if budget == 0 or stop == 0:
        assert won.sum() == 0


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("field, value", [
    ("friction_sales", 1.5), ("friction_marketing", -0.1), ("market", -5.0), ("market", 0.0),
    ("marketing", float("nan")), ("service", float("inf")), ("churn_customers", 2.0),
    ("wom_promoters", -1.0), ("attract_per_energy", 0.5), ("push_until", -1.0),
])
def test_bad_parameters_name_the_field(field, value):
    with pytest.raises(ValueError, match=field):
        inbound.InboundParams(**{field: value})


def test_bad_types_and_other_bad_input():
    with pytest.raises(TypeError, match="sales"):
        inbound.InboundParams(sales="lots")
    with pytest.raises(ValueError, match="initial_customers"):
        inbound.InboundParams(market=100.0, initial_customers=200.0)
    with pytest.raises(ValueError, match="dt"):
        inbound.InboundParams(dt=0.3)
    with pytest.raises(ValueError, match="dt"):
        inbound.InboundParams(dt=0.0)
    with pytest.raises(ValueError, match="dt"):   # too coarse for these rates
        inbound.InboundParams(prospect_loss=0.9, engage_base=0.9, friction_sales=0.0, dt=1.0)
    for months in (0, -3, 1.5, float("nan")):
        with pytest.raises(ValueError, match="months"):
            inbound.simulate(None, months)
    with pytest.raises(TypeError, match="params"):
        inbound.simulate({"marketing": 3}, 12)
    with pytest.raises(ValueError, match=r"^p must"):
        inbound.bass_setting(0.0, 0.3, 1000)  # p must be > 0
    with pytest.raises(ValueError, match=r"^q must"):
        inbound.bass_setting(0.03, 1.5, 1000)
    with pytest.raises(ValueError, match="market"):
        inbound.bass_setting(0.03, 0.38, -1)
    with pytest.raises(ValueError, match=r"marketing\[2\]"):
        inbound.simulate_grid(None, 12, marketing=[1.0, 2.0, float("nan")])
    with pytest.raises(KeyError, match="cannot vary"):
        inbound.simulate_grid(None, 12, colour=[1, 2])
    with pytest.raises(ValueError, match="friction"):
        inbound.compare_with_funnel(5000, 12, friction=0.95)
    with pytest.raises(ValueError, match="push_until"):
        inbound.compare_with_funnel(5000, push_until=-1)
    with pytest.raises(ValueError, match="budget"):
        inbound.compare_with_funnel(-10)


# -- issue 15: the audit's holes ----------------------------------------------------------------
@pytest.mark.parametrize("call, error, words", [
    (lambda: inbound.bass_adopters(float("nan"), 0.03, 0.38), ValueError, ["t ", "finite", "nan"]),
    (lambda: inbound.bass_adopters([1.0, -5.0], 0.03, 0.38), ValueError, ["t[1]", "≥ 0", "-5"]),
    (lambda: inbound.bass_adopters(["soon"], 0.03, 0.38), TypeError, ["t[0]", "str"]),
    (lambda: inbound.bass_adopters(10, 0.03, 0.38, -5), ValueError, ["market", "[0, 1e+10]"]),
    (lambda: inbound.bass_adopters(10, 0.03, 0.38, "all"), TypeError, ["market", "str"]),
    (lambda: inbound.bass_peak(0.0, 0.3), ValueError, ["p must be in (0, 1]", "got 0"]),
    (lambda: inbound.bass_peak(0.03, float("inf")), ValueError, ["q", "finite", "inf"]),
])
def test_bass_helpers_check_their_inputs(call, error, words):
    with pytest.raises(error) as info:
        call()
    for w in words:
        assert w in str(info.value), (w, str(info.value))


def test_bass_with_a_tiny_p_stays_finite():
    p, q = 5e-324, 1.0        # q/p alone would not fit a float
    t = np.array([0.0, 1.0, 100.0, 1e4, 1e6])
    adopters = inbound.bass_adopters(t, p, q, 1e6)
    assert np.isfinite(adopters).all() and (adopters >= 0).all() and (adopters <= 1e6).all()
    assert (np.diff(adopters) >= 0).all()
    assert inbound.bass_peak(p, q) == pytest.approx((math.log(q) - math.log(p)) / (p + q))


def test_budget_ranges_admit_every_budget_the_wheel_can_take():
    top = inbound.compare_with_funnel(250_000, 12, 0.0, 12)     # 100 k€/month into marketing
    assert np.isfinite(top.drop(columns=["funnel_cost_per_customer",
                                         "wheel_cost_per_customer"]).to_numpy()).all()
    with pytest.raises(ValueError, match=r"budget must be in \[0, 250000\]; got 250001"):
        inbound.compare_with_funnel(250_001)
    assert inbound.energy_from_budget(300_000, split=(1 / 3, 1 / 3, 1 / 3))["sales"] == \
        pytest.approx(100.0)
    with pytest.raises(ValueError, match=r"budget × split\[0\] must be ≤ 100,000 €/month"):
        inbound.energy_from_budget(200_000, split=(0.6, 0.2, 0.2))


def test_a_frictionless_twin_that_needs_a_finer_step_gets_one():
    """Friction slows flows; without it the same wheel may be too fast for its step dt. The
    frictionless comparisons then run both wheels at a finer step instead of failing."""
    par = inbound.InboundParams(service=17.0, delight_per_energy=0.0625, delight_base=0.0,
                                friction_service=1.0, churn_customers=0.0, churn_friction=0.0,
                                churn_promoters=0.0, dt=1.0, initial_customers=10.0)
    run = inbound.simulate(par, 12)
    m = inbound.momentum(par, run)
    assert all(math.isfinite(v) for v in m.values())
    # compared at dt = 1/2: the frictionless wheel's delight (17 × 0.0625 a month) needs it
    fine = replace(par, dt=0.5)
    smooth = replace(fine, friction_marketing=0.0, friction_sales=0.0, friction_service=0.0)
    won, best = (inbound.simulate(x, 12)["cumulative_customers"].iloc[-1] for x in (fine, smooth))
    assert m["friction"] == pytest.approx(1 - won / best)
    costs = inbound.friction_costs(par, 12)
    assert costs["service"] == pytest.approx(
        inbound.final_customers(replace(fine, friction_service=0.0), 12) - won)
    for d in ("marketing", "sales"):      # these twins keep dt = 1
        assert costs[d] == pytest.approx(inbound.final_customers(
            replace(par, **{f"friction_{d}": 0.0}), 12) - run["cumulative_customers"].iloc[-1])


@pytest.mark.parametrize("call, words", [
    (lambda: inbound.final_customers(None), ["params must be an InboundParams", "NoneType"]),
    (lambda: inbound.friction_costs("defaults"), ["params must be an InboundParams", "str"]),
    (lambda: inbound.momentum(inbound.InboundParams(), None), ["frame must be a DataFrame"]),
    (lambda: inbound.comparison_table({"funnel": 1}, 12), ["run must be a DataFrame"]),
    (lambda: inbound.simulate_grid(None, 12, push_until=[True]), ["push_until"]),
])
def test_wrong_kinds_of_input_name_the_field(call, words):
    with pytest.raises((TypeError, ValueError)) as info:
        call()
    for w in words:
        assert w in str(info.value), (w, str(info.value))
