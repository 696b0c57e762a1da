"""Every public model function over its DOCUMENTED input ranges (issue 15).

One property test per model module draws its parameters from the whole documented ranges (the
ranges are written out here, as the docstrings state them, not read from the modules) and checks:
results finite and never negative (money may be negative where it is documented to be), people
conserved where the model says so, closed forms where there is one, and monotone only where a
docstring or lesson says so and it is true of the model. One more test per module feeds out-of-range
input and checks that the error names the field, the value given and the allowed range.

Nothing here is compared with a hard-coded result: the closed forms are written out below.
"""
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from flywheel_lib.models import ecosystem, funnel, inbound, loops, physics, retention

PROPERTY = settings(max_examples=1000, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: out-of-range checks: few examples per field suffice (the bad values are a handful of kinds)
ERRORS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MAX_COUNT = 2.0 ** 53       # "counts of people in [0, 2**53]"


def real(low, high, **kw):
    """A finite float in [low, high] (every float there, subnormals included)."""
    return st.floats(low, high, allow_nan=False, allow_infinity=False, **kw)


def share():
    return real(0.0, 1.0)


def finite_nonnegative(values, what=""):
    values = np.asarray(values, dtype=float)
    assert np.isfinite(values).all(), f"{what}: not finite"
    assert (values >= 0).all(), f"{what}: negative ({values.min()!r})"


def geometric_sum(churn, discount, T):
    """Σ_{t=1..T} q^t = q (1 − q^T) / (1 − q) with q = (1 − c)/(1 + d), written to stay exact when
    q is near 1 (1 − q and log q computed directly, not as differences); T may be inf."""
    if churn == 1 or T == 0:
        return 0.0
    q, one_minus_q = (1 - churn) / (1 + discount), (churn + discount) / (1 + discount)
    if math.isinf(T):
        return q / one_minus_q
    if one_minus_q < 1e-12:   # q = 1 − e: the sum is T − e·T(T + 1)/2 to within e²T³
        return T - one_minus_q * T * (T + 1) / 2
    return q * -math.expm1(T * (math.log1p(-churn) - math.log1p(discount))) / one_minus_q


# ================================================================================================
# funnel
# ================================================================================================
@PROPERTY
@given(reached=real(0, MAX_COUNT), rates=st.lists(share(), min_size=4, max_size=4),
       budget=real(0, 1e8), months=st.integers(1, 600), stop=st.none() | st.integers(0, 600),
       cpm=real(0.01, 1e4), friction=share(), churn=share(),
       more=real(0, 1e8), rougher=share(), faster=share())
def test_funnel(reached, rates, budget, months, stop, cpm, friction, churn, more, rougher,
                faster):
    # AIDA: people conserved stage by stage, the kept ones the closed form reached · r1 ··· rk
    t = funnel.aida_table(reached, rates)
    finite_nonnegative(t[["entered", "kept", "lost", "stage_rate", "overall_rate"]], "aida")
    np.testing.assert_allclose(t["kept"], reached * np.cumprod(rates), rtol=1e-12)
    np.testing.assert_allclose(t["kept"] + t["lost"], t["entered"], rtol=1e-12)
    assert t["lost"].sum() + t["kept"].iloc[-1] == pytest.approx(reached, rel=1e-12)
    assert (t["kept"] <= t["entered"]).all()
    # the observed-counts version of the same table agrees with it
    if reached >= 1:
        u = funnel.aida_table_from_counts([reached, *t["kept"]])
        np.testing.assert_allclose(u["kept"], t["kept"])
        finite_nonnegative(u[["entered", "kept", "lost", "stage_rate", "overall_rate"]], "counts")

    # the sales funnel against its closed form
    f = funnel.sales_funnel(budget, months, stop, cpm, rates, friction, churn)
    assert len(f) == months and list(f.index) == list(range(1, months + 1))
    finite_nonnegative(f.drop(columns="cost_per_customer"), "sales funnel")
    month = np.arange(1, months + 1)
    spend = np.where(month <= (months if stop is None else stop), budget, 0.0)
    new = spend / cpm * 1000 * math.prod(r * (1 - friction) for r in rates)
    np.testing.assert_allclose(f["new_customers"], new, rtol=1e-12)
    # base_t = Σ_{k ≤ t} new_k (1 − c)^(t − k): new is constant while the push lasts (months
    # 1 … s), 0 after, so with n = min(t, s) the base is new · (1 − c)^(t − n) · Σ_{j<n} (1 − c)^j
    s = months if stop is None else min(stop, months)
    n = np.minimum(month, s)
    with np.errstate(divide="ignore", invalid="ignore"):
        total = np.where(n == 0, 0.0, n if churn == 0 else
                         -np.expm1(n * math.log1p(-churn) if churn < 1 else -np.inf) / churn)
    base = (new[0] if s else 0.0) * (1.0 - churn) ** (month - n) * total
    np.testing.assert_allclose(f["customers"], base, rtol=1e-9, atol=1e-300)
    assert (f["customers"] <= f["cumulative_customers"]).all()
    cum_spend, won = np.cumsum(spend), np.cumsum(new)
    cpc = f["cost_per_customer"].to_numpy()
    some = f["cumulative_customers"].to_numpy() >= funnel.MIN_CUSTOMERS
    assert np.isnan(cpc[~some]).all()
    finite_nonnegative(cpc[some], "cost per customer")
    np.testing.assert_allclose(cpc[some], cum_spend[some] / won[some], rtol=1e-9)

    # "more budget never means fewer customers, more friction or churn never more"
    richer = funnel.sales_funnel(min(budget + more, 1e8), months, stop, cpm, rates, friction,
                                 churn)
    rough = funnel.sales_funnel(budget, months, stop, cpm, rates, min(friction + rougher, 1.0),
                                churn)
    leaky = funnel.sales_funnel(budget, months, stop, cpm, rates, friction,
                                min(churn + faster, 1.0))
    for col in ("new_customers", "customers"):
        assert (richer[col] >= f[col]).all() and (rough[col] <= f[col]).all(), col
    assert (leaky["customers"] <= f["customers"]).all()
    assert (leaky["new_customers"] == f["new_customers"]).all()


# ================================================================================================
# physics
# ================================================================================================
def wheel_speed(t, inertia, b, tau, c, w0, push_end):
    """The closed form of I·ω' = τ − b·ω − c, held at rest while the push is not stronger than the
    brake, in two phases (push on until push_end, off after): in each phase
    ω(s) = max(ω₀·e^(−x) + (net·s/I)·(1 − e^(−x))/x, 0) with x = b·s/I (ω₀ + net·s/I at b = 0)."""

    def phase(w_start, net, s):
        if w_start <= 0 and net <= 0:
            return np.zeros_like(s)
        x = b * s / inertia
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(x > 0, -np.expm1(-x) / np.where(x > 0, x, 1.0), 1.0)
        return np.maximum(w_start * np.exp(-x) + net * s / inertia * ratio, 0.0)

    t = np.asarray(t, float)
    on = phase(w0, tau - c, np.minimum(t, push_end))
    w_end = float(phase(w0, tau - c, np.array([push_end]))[0])
    off = phase(w_end, -c, np.maximum(t - push_end, 0.0))
    return np.where(t <= push_end, on, off)


@PROPERTY
@given(inertia=real(0.01, 1000), friction=real(0, 100), torque=real(0, 1000), drag=real(0, 1000),
       span=real(0, 1, exclude_min=True), samples=st.integers(2, 200), speed0=real(0, 1e9),
       push=st.none() | share(), more=real(0, 1000), rougher=real(0, 100), braked=real(0, 1000))
def test_physics(inertia, friction, torque, drag, span, samples, speed0, push, more, rougher,
                 braked):
    # t_end in [1e-6, 1e5] with friction·t_end/inertia ≤ 2000 (the documented limit of a run)
    t_end = max(1e-6, span * min(1e5, 2000 * inertia / friction if friction > 0 else 1e5))
    while friction * t_end / inertia > physics.MAX_TIME_CONSTANTS:
        t_end = np.nextafter(t_end, 0)
    assume(t_end >= 1e-6)
    push_until = None if push is None else push * t_end
    run = physics.spin(inertia, friction, torque, t_end, push_until, drag=drag, samples=samples,
                       speed0=speed0)
    finite_nonnegative(run, "spin")
    np.testing.assert_allclose(run["t"], np.linspace(0, t_end, samples))
    np.testing.assert_allclose(run["energy"], 0.5 * inertia * run["speed"] ** 2, rtol=1e-12)
    push_end = t_end if push_until is None else push_until
    exact = wheel_speed(run["t"].to_numpy(), inertia, friction, torque, drag, speed0, push_end)
    scale = speed0 + torque * min(t_end / inertia, 1 / friction if friction > 0 else math.inf)
    assert np.abs(run["speed"].to_numpy() - exact).max() <= 1e-9 * scale + 1e-300
    # never faster than it started or than the push and friction allow
    if friction > 0:
        top = max(speed0, max(torque - drag, 0.0) / friction)
        assert run["speed"].max() <= top * (1 + 1e-12)

    # "more torque never means less speed, more friction or drag never more"
    kw = dict(drag=drag, samples=samples, speed0=speed0)
    stronger = physics.spin(inertia, friction, min(torque + more, 1000), t_end, push_until, **kw)
    assert (stronger["speed"] >= run["speed"] - 1e-9 * scale).all()
    f2 = min(friction + rougher, 100.0)
    if f2 * t_end / inertia <= physics.MAX_TIME_CONSTANTS:
        rough = physics.spin(inertia, f2, torque, t_end, push_until, **kw)
        assert (rough["speed"] <= run["speed"] + 1e-9 * scale).all()
    kw["drag"] = min(drag + braked, 1000.0)
    brake = physics.spin(inertia, friction, torque, t_end, push_until, **kw)
    assert (brake["speed"] <= run["speed"] + 1e-9 * scale).all()

    # the helpers' closed forms (friction from 1e-6 on)
    if friction >= 1e-6:
        steady = physics.steady_speed(torque, friction, drag)
        assert steady == pytest.approx(max(torque - drag, 0) / friction, rel=1e-12)
        assert math.isfinite(steady) and steady >= 0
        assert physics.time_constant(inertia, friction) == pytest.approx(inertia / friction)


# ================================================================================================
# inbound
# ================================================================================================
# field → documented range (the comments of InboundParams and inbound.RANGES)
INBOUND_RANGES = {
    "market": (1, 1e10), "initial_customers": (0, 1e10),
    "marketing": (0, 100), "sales": (0, 100), "service": (0, 100),
    "friction_marketing": (0, 1), "friction_sales": (0, 1), "friction_service": (0, 1),
    "attract_base": (0, 1), "attract_per_energy": (0, 0.01), "engage_base": (0, 1),
    "engage_per_energy": (0, 0.1), "prospect_loss": (0, 1), "prospect_loss_friction": (0, 1),
    "delight_base": (0, 1), "delight_per_energy": (0, 0.1), "churn_customers": (0, 1),
    "churn_promoters": (0, 1), "churn_friction": (0, 1), "wom_prospects": (0, 1),
    "wom_customers": (0, 1), "wom_promoters": (0, 1), "badmouth": (0, 1),
    "after_sales": (0, 100), "breadth": (0, 1), "content_life": (1, 600), "broad_reach": (0, 10),
    "fit_floor": (0, 1), "churn_misfit": (0, 1), "repeat_base": (0, 1),
    "repeat_per_energy": (0, 0.1),
}
STOCKS = ["strangers", "prospects", "customers", "promoters", "left"]


def test_inbound_ranges_are_the_documented_ones():
    assert {k: v[:2] for k, v in inbound.RANGES.items()} == INBOUND_RANGES


@st.composite
def inbound_params(draw):
    fields = {name: draw(real(*rng)) for name, rng in INBOUND_RANGES.items()}
    fields["initial_customers"] = draw(share()) * fields["market"]   # ≤ market
    fields["push_until"] = draw(st.none() | real(0, 1e6))
    # dt: 1/n, n at least the fastest flow's share per month ("dt ≤ 1/fastest rate")
    fm, fs, fv = (fields[f"friction_{d}"] for d in inbound.DRIVERS)
    talk = max(fields["wom_prospects"], fields["wom_customers"] * (1 - fv),
               fields["wom_promoters"])
    # broad content reaches more strangers (reach) but fewer of them fit (fit); content's pull is
    # at most attract_per_energy × marketing (its stock ≤ marketing × life, pull ÷ life)
    fit = 1 - (1 - fields["fit_floor"]) * fields["breadth"]
    reach = 1 + fields["broad_reach"] * fields["breadth"]
    fastest = max(
        (1 - fm) * (fields["attract_base"]
                    + fields["attract_per_energy"] * fields["marketing"] * reach + talk),
        (1 - fs) * (fields["engage_base"] + fields["engage_per_energy"] * fields["sales"]) * fit
        + fields["prospect_loss"] + fields["prospect_loss_friction"] * fs,
        (1 - fv) * (fields["delight_base"] + fields["delight_per_energy"] * fields["service"])
        * fit + fields["churn_customers"] + fields["churn_friction"] * fv
        + fields["churn_misfit"] * (1 - fit),
        fields["churn_promoters"] + fields["churn_friction"] * fv,
        1 / fields["content_life"])
    fields["dt"] = 1.0 / (max(1, math.ceil(fastest)) + draw(st.integers(0, 3)))
    return inbound.InboundParams(**fields)


def bass_share(t, p, q):
    """Bass (1969): F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p)·e^(−(p+q)t)), (q/p)·e^… as one exp."""
    decay = np.exp(-(p + q) * t)
    with np.errstate(over="ignore"):          # inf: F is 0 to double precision
        odds = np.exp(math.log(q) - math.log(p) - (p + q) * t) if q > 0 else 0.0
    return (1 - decay) / (1 + odds)


@PROPERTY
@given(par=inbound_params(), months=st.integers(1, 24),
       p=real(0, 1, exclude_min=True), q=share(), market=real(1, 1e10),
       t=st.lists(real(0, 1e6), min_size=1, max_size=5), bass_months=st.integers(1, 12),
       budget=real(0, 250_000), stop=st.integers(0, 600), friction=real(0, 0.9))
def test_inbound(par, months, p, q, market, t, bass_months, budget, stop, friction):
    run = inbound.simulate(par, months)
    assert list(run.index) == list(range(months + 1))
    finite_nonnegative(run, "inbound")
    # everybody is in exactly one stock: the stocks add up to the market (to 1e-9 of it)
    total = run[STOCKS].sum(axis=1).to_numpy()
    assert np.abs(total - par.market).max() <= 1e-9 * par.market
    # the monthly flows add up to the cumulative count; word of mouth is part of the attracted
    np.testing.assert_allclose(run["new_customers"].cumsum(), run["cumulative_customers"],
                               rtol=1e-9, atol=1e-9 * par.market)
    assert (run["by_word_of_mouth"] <= run["attracted"] + 1e-9 * par.market).all()
    assert (run["cumulative_customers"] <= par.market * (1 + 1e-9)).all()
    assert inbound.final_customers(par, months) == run["cumulative_customers"].iloc[-1]
    m = inbound.momentum(par, run)
    assert all(math.isfinite(v) for v in m.values())
    assert m["speed"] >= 0 and m["force"] >= 0 and m["size"] >= 0

    # Bass: the closed form, and the inbound model in bass_setting within 1 % of the market of it
    adopters = inbound.bass_adopters(np.array(t), p, q, market)
    np.testing.assert_allclose(adopters, market * bass_share(np.array(t), p, q), rtol=1e-9,
                               atol=1e-300)
    finite_nonnegative(adopters, "bass")
    assert (adopters <= market * (1 + 1e-12)).all()
    ordered = inbound.bass_adopters(np.sort(t), p, q, market)
    assert (np.diff(ordered) >= -1e-9 * market).all()                # adopters never fall
    peak = inbound.bass_peak(p, q)
    assert peak == pytest.approx((math.log(q) - math.log(p)) / (p + q) if q > p else 0.0)
    bass = inbound.simulate(inbound.bass_setting(p, q, market), bass_months)
    gap = np.abs(market - bass["strangers"].to_numpy()
                 - market * bass_share(np.arange(bass_months + 1), p, q))
    assert gap.max() <= 0.01 * market

    # lesson 06: the same money into the funnel and the wheel
    energies = inbound.energy_from_budget(budget)
    assert sum(energies.values()) == pytest.approx(budget / 1000)
    assert all(0 <= e <= 100 for e in energies.values())
    both = inbound.compare_with_funnel(budget, stop, friction, months)
    cpc = ["funnel_cost_per_customer", "wheel_cost_per_customer"]
    finite_nonnegative(both.drop(columns=cpc), "compare")
    for key in ("funnel", "wheel"):
        some = both[f"{key}_cumulative_customers"] >= funnel.MIN_CUSTOMERS
        assert both[f"{key}_cost_per_customer"][~some].isna().all()
        finite_nonnegative(both[f"{key}_cost_per_customer"][some], key)
    table = inbound.comparison_table(both, stop)
    finite_nonnegative(table.drop(columns=["strategy", "cost_per_customer"]), "table")


# ================================================================================================
# retention
# ================================================================================================
LOYALTY_RANGES = {
    "customers0": (0, MAX_COUNT), "market": (1, MAX_COUNT), "orders": (0, 100),
    "basket": (0, 1e5), "margin_share": (0, 1), "churn": (0, 1), "acquisition": (0, MAX_COUNT),
    "spike": (0, 10), "buzz": (0, 10), "fatigue": (0, 1), "habit_gain": (0, 10),
    "habit_decay": (0, 1), "wait": (0, 1), "habit_churn": (0, 10), "trust0": (0, 1),
    "trust_build": (0, 1), "trust_decay": (0, 1), "friction_decay": (0, 1),
    "trust_churn": (0, 1), "word_of_mouth": (0, 1), "service_cost": (0, 1e4),
    "friction_churn": (0, 10), "friction_orders": (0, 1), "first_promo": (1, 600),
}


def test_loyalty_ranges_are_the_documented_ones():
    assert {k: v[:2] for k, v in retention.LOYALTY_RANGES.items()} == LOYALTY_RANGES


@st.composite
def loyalty_params(draw):
    fields = {name: draw(real(*rng)) for name, rng in LOYALTY_RANGES.items()
              if name != "first_promo"}
    fields["first_promo"] = draw(st.integers(1, 600))
    fields["customers0"] = draw(share()) * fields["market"]          # ≤ market
    # trust_build + trust_decay + friction_decay ≤ 1
    fields["trust_decay"] *= 1 - fields["trust_build"]
    fields["friction_decay"] *= 1 - fields["trust_build"] - fields["trust_decay"]
    while fields["trust_build"] + fields["trust_decay"] + fields["friction_decay"] > 1:
        fields["friction_decay"] = np.nextafter(fields["friction_decay"], 0)
    return retention.LoyaltyParams(**fields)


@PROPERTY
@given(size=real(0, MAX_COUNT), churn=share(), months=st.integers(1, 600),
       margin=real(-1e6, 1e6), discount=share(), horizon=st.none() | st.integers(1, 1200),
       cac=real(0, 1e7), params=loyalty_params(), depth=real(0, 0.6),
       frequency=st.integers(0, 12), service=share(), friction=share(),
       run_months=st.integers(1, 48),
       more=share(), which=st.sampled_from(["service", "friction"]))
def test_retention(size, churn, months, margin, discount, horizon, cac, params, depth, frequency,
                   service, friction, run_months, more, which):
    # a cohort thins out geometrically; nobody is lost or gained on the way
    c = retention.cohort(size, churn, months)
    finite_nonnegative(c, "cohort")
    t = np.arange(1, months + 1)
    np.testing.assert_allclose(c["retention"], (1 - churn) ** t, rtol=1e-12)
    np.testing.assert_allclose(c["active"], size * (1 - churn) ** t, rtol=1e-12)
    np.testing.assert_allclose(c["lost"].cumsum() + c["active"], size, rtol=1e-9)

    # lifetime value: the geometric series, finite or endless
    if horizon is not None or churn + discount >= 1e-6:
        clv = retention.lifetime_value(margin, churn, discount, horizon)
        T = math.inf if horizon is None else horizon
        expected = margin * geometric_sum(churn, discount, T)
        assert math.isfinite(clv)
        assert clv == pytest.approx(expected, rel=1e-9, abs=1e-9 * abs(margin) + 1e-300)
    else:
        with pytest.raises(ValueError, match="churn and discount_rate"):
            retention.lifetime_value(margin, churn, discount, horizon)
    if churn >= 1e-6:
        life = retention.expected_lifetime(churn)
        assert math.isfinite(life) and life == pytest.approx((1 - churn) / churn, rel=1e-12)
    # payback: the first month whose discounted margin so far covers the cost (or never: inf)
    limit = horizon or 600
    month = retention.payback_month(cac, margin, churn, discount, limit)
    slack = 1e-9 * (abs(margin) * limit + cac) + 1e-9
    if math.isinf(month):
        assert margin * geometric_sum(churn, discount, limit) < cac + slack
    else:
        assert month == int(month) and 1 <= month <= limit
        assert margin * geometric_sum(churn, discount, month) >= cac - slack
        assert margin * geometric_sum(churn, discount, month - 1) < cac + slack

    # the loyalty model over every documented constant
    run = retention.loyalty(depth, frequency, service, friction, run_months, params)
    numeric = run.drop(columns="promo")
    assert np.isfinite(numeric.to_numpy(float)).all()
    finite_nonnegative(run[["customers", "new_customers", "orders", "revenue", "trust", "habit",
                            "churn"]], "loyalty")
    assert (run["customers"] <= params.market * (1 + 1e-12)).all()
    for col in ("trust", "habit", "churn"):
        assert (run[col] <= 1).all(), col
    np.testing.assert_allclose(run["cumulative_margin"], run["margin"].cumsum(), rtol=1e-9,
                               atol=1e-9 * run["margin"].abs().sum() + 1e-300)
    # trust's closed form: T_t = T* + (T0 − T*)·(1 − b − f)^t
    b = params.trust_build * service * (1 - friction)
    f = params.trust_decay + params.friction_decay * friction
    k = np.arange(1, run_months + 1)
    star = b / (b + f) if b + f > 0 else params.trust0
    trust = star + (params.trust0 - star) * (1 - b - f) ** k
    np.testing.assert_allclose(run["trust"], trust, rtol=1e-9, atol=1e-12)
    # "more service never lowers trust, more friction never raises it" (for every constant)
    if which == "service":
        other = retention.loyalty(depth, frequency, min(service + more, 1), friction, run_months,
                                  params)
        assert (other["trust"] >= run["trust"] - 1e-12).all()
    else:
        other = retention.loyalty(depth, frequency, service, min(friction + more, 1), run_months,
                                  params)
        assert (other["trust"] <= run["trust"] + 1e-12).all()
    # ... and customers likewise with the lesson's constants (not for every constant: see
    # test_more_service_can_lower_customers_with_other_constants)
    base = retention.loyalty(depth, frequency, service, friction, run_months)
    if which == "service":
        other = retention.loyalty(depth, frequency, min(service + more, 1), friction, run_months)
        assert (other["customers"] >= base["customers"] - 1e-9).all()
    else:
        other = retention.loyalty(depth, frequency, service, min(friction + more, 1), run_months)
        assert (other["customers"] <= base["customers"] + 1e-9).all()


def test_more_service_can_lower_customers_with_other_constants():
    """The loyalty docstring's "more service never lowers customers" holds for the lesson's
    constants, not for every constant in range: when new customers fill the market's room
    (acquisition ≈ market) and churn is high, more customers now leave less room next month."""
    p = retention.LoyaltyParams(customers0=0.0, market=1e6, churn=1.0, acquisition=0.9e6,
                                trust0=0.0, trust_build=1.0, trust_decay=0.0,
                                friction_decay=0.0, trust_churn=0.0, word_of_mouth=1.0)
    low = retention.loyalty(0.0, 0, 0.0, 0.0, 24, p)["customers"]
    high = retention.loyalty(0.0, 0, 1.0, 0.0, 24, p)["customers"]
    assert (high < low).any()


# ================================================================================================
# ecosystem
# ================================================================================================
KEYS = ecosystem.SATELLITE_KEYS


@st.composite
def satellites(draw):
    """Satellites of the catalogue, or new ones with every field in its documented range."""
    if draw(st.booleans()):
        return list(draw(st.lists(st.sampled_from(KEYS), unique=True))), ecosystem.SATELLITES
    n = draw(st.integers(0, 3))
    sats = tuple(ecosystem.Satellite(
        f"s{i}", feeds=draw(st.sampled_from(("", *ecosystem.CORE))),
        **{name: draw(real(0, 2)) for name in ("feed", "draw", "own", "funds", "friction")},
        scale=draw(real(0, 100))) for i in range(n))
    return [s.key for s in sats], sats


@PROPERTY
@given(choice=satellites(), energy=real(0, 100), friction=real(0, 1.5),
       months=st.integers(1, 36), stop=share(), more=real(0, 100), rougher=real(0, 1.5),
       extra=st.sampled_from(KEYS))
def test_ecosystem(choice, energy, friction, months, stop, more, rougher, extra):
    keys, catalogue = choice
    push_until = stop * months
    run = ecosystem.simulate(keys, energy, friction, push_until, months, catalogue=catalogue)
    assert list(run.index) == list(range(months + 1))
    finite_nonnegative(run, "ecosystem")
    assert (run.to_numpy() <= 100 + 1e-9).all()
    np.testing.assert_allclose(run["core"], run[list(ecosystem.CORE)].mean(axis=1), rtol=1e-12,
                               atol=1e-300)
    rev = ecosystem.revenue(run, catalogue)
    finite_nonnegative(rev, "revenue")
    tip = ecosystem.tipping_friction(ecosystem.build(keys, catalogue=catalogue), catalogue)
    assert math.isfinite(tip) and tip >= 0
    # all links are positive: more energy never lowers a level, more friction never raises one
    kw = dict(catalogue=catalogue)
    stronger = ecosystem.simulate(keys, min(energy + more, 100), friction, push_until, months,
                                  **kw)
    rough = ecosystem.simulate(keys, energy, min(friction + rougher, 1.5), push_until, months,
                               **kw)
    assert (stronger.to_numpy() >= run.to_numpy() - 1e-9).all()
    assert (rough.to_numpy() <= run.to_numpy() + 1e-9).all()
    # and a satellite more never slows the core (contribution's "loss ≥ 0")
    if catalogue is ecosystem.SATELLITES and extra not in keys:
        bigger = ecosystem.simulate([*keys, extra], energy, friction, push_until, months)
        assert (bigger["core"].to_numpy() >= run["core"].to_numpy() - 1e-9).all()


# ================================================================================================
# loops (read-only here: its own claims, tested)
# ================================================================================================
@st.composite
def loop_runs(draw):
    """A graph of 1–5 factors with any links (signs, strengths, delays in range; all positive in
    about half the draws), and a run of it: friction per factor, pushes, start, steps."""
    n = draw(st.integers(1, 5))
    names = [f"f{i}" for i in range(n)]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), unique=True,
                          max_size=n * n))
    positive = draw(st.booleans())
    links = [(names[a], names[b], 1 if positive else draw(st.sampled_from([1, -1])),
              draw(real(0, 2)), draw(st.just(0.0) | real(0, 60))) for a, b in pairs]
    g = loops.Graph.from_links(names, links, capacity=draw(real(1e-6, 1e9)))
    months = draw(st.integers(1, 24))
    friction = [draw(real(0, 2)) for _ in g.factors]
    push = {f: draw(real(0, 1)) * g.capacity for f in g.factors if draw(st.booleans())}
    push_until = draw(st.none() | real(0, 1).map(lambda s: s * months))
    initial = draw(real(0, 1)) * g.capacity
    steps = draw(st.none() | st.integers(1, 8))
    return g, dict(friction=friction, push=push, push_until=push_until, months=months,
                   initial=initial, steps=steps)


@PROPERTY
@given(case=loop_runs(), more=share(), rougher=real(0, 2), higher=share())
def test_loops_simulate(case, more, rougher, higher):
    # any graph, any links: levels finite and within [0, capacity]
    g, kw = case
    frame = loops.simulate(g, **kw)
    assert list(frame.columns) == list(g.factors) and len(frame) == kw["months"] + 1
    finite_nonnegative(frame, "loops")
    run = frame.to_numpy()
    assert (run <= g.capacity).all()
    if not (g.links["sign"] > 0).all():
        return
    # all links positive: more energy (push or start) never less momentum, more friction never more
    tol = 1e-9 * g.capacity
    push = {f: min(e + more * g.capacity, g.capacity) for f, e in kw["push"].items()}
    assert (loops.simulate(g, **{**kw, "push": push}).to_numpy() >= run - tol).all()
    start = min(kw["initial"] + higher * g.capacity, g.capacity)
    assert (loops.simulate(g, **{**kw, "initial": start}).to_numpy() >= run - tol).all()
    rough = [min(f + rougher, 2.0) for f in kw["friction"]]
    assert (loops.simulate(g, **{**kw, "friction": rough}).to_numpy() <= run + tol).all()


@settings(PROPERTY, max_examples=300)   # a second, narrower look at loops: kept cheap
@given(capacity=real(1e-6, 1e9), energy=real(0, 1, exclude_min=True), friction=real(0, 2),
       start=share(), months=st.integers(1, 24), steps=st.integers(1, 8))
def test_loops_step_has_its_closed_form_without_links(capacity, energy, friction, start, months,
                                                      steps):
    """One factor, no links, a push e: each step is L ← (L + dt·e)/(1 + dt·(f + e/C)), so
    L_k = L* + (L0 − L*)·ρ^k with ρ = 1/(1 + dt·(f + e/C)) and the ODE's steady level
    L* = e·C/(e + f·C)."""
    g = loops.Graph.from_links(["a"], [], capacity=capacity)
    e, x0 = energy * capacity, start * capacity
    assume(e > 0)
    run = loops.simulate(g, friction, {"a": e}, months=months, initial=x0, steps=steps)
    dt = 1 / steps
    rho = 1 / (1 + dt * (friction + e / capacity))
    star = e * capacity / (e + friction * capacity)
    k = np.arange(months + 1) * steps
    np.testing.assert_allclose(run["a"], star + (x0 - star) * rho ** k, rtol=1e-9,
                               atol=1e-12 * capacity)


# ================================================================================================
# out of range: the error names the field, the value given and the allowed range
# ================================================================================================
def bad_values(low, high, integer=False, low_open=False, none_ok=False):
    """Values that must be refused: not numbers, not finite, outside [low, high], fractions (and
    None where None does not mean something)."""
    options = [st.sampled_from([math.nan, math.inf, -math.inf, "many", True,
                                *([] if none_ok else [None])])]
    if low is not None:
        options.append(real(-1e300, low) if low_open else real(-1e300, low, exclude_max=True))
    if high is not None:
        options.append(real(high, 1e300, exclude_min=True))
    if integer:
        options.append(real(low, high).filter(lambda v: v != int(v)))
    return st.one_of(*options)


def check_refused(call, field, value, low, high, low_open=False):
    error = TypeError if value is None or isinstance(value, (str, bool)) else ValueError
    with pytest.raises(error) as info:
        call(value)
    text = str(info.value)
    assert field in text, text
    assert "got" in text and (repr(value) in text or str(value) in text), text
    if low is not None and high is not None:
        assert f"{'(' if low_open else '['}{low:g}, {high:g}]" in text, text
    elif low is not None:
        assert f"{'>' if low_open else '≥'} {low:g}" in text, text


def case(label, call, low, high, integer=False, low_open=False, field=None, none_ok=False):
    return pytest.param(call, field or label, low, high, integer, low_open, none_ok, id=label)


def refuse(cases):
    """A test over ``cases``: each draws bad values for its field."""

    @pytest.mark.parametrize("call, field, low, high, integer, low_open, none_ok", cases)
    @ERRORS
    @given(data=st.data())
    def test(call, field, low, high, integer, low_open, none_ok, data):
        value = data.draw(bad_values(low, high, integer, low_open, none_ok))
        check_refused(call, field, value, low, high, low_open)

    return test


F = funnel
test_funnel_refuses_bad_input = refuse([
    case("reached", lambda v: F.aida_table(v, F.AIDA_RATES), 0, MAX_COUNT),
    case("rates[2]", lambda v: F.aida_table(10, [0.5, 0.5, v, 0.5]), 0, 1),
    case("counts[0]", lambda v: F.aida_table_from_counts([v, 0, 0, 0, 0]), 0, MAX_COUNT),
    case("budget", lambda v: F.sales_funnel(v), 0, 1e8),
    case("months", lambda v: F.sales_funnel(100, months=v), 1, 600, integer=True),
    case("push_until", lambda v: F.sales_funnel(100, push_until=v), 0, 600, integer=True,
         none_ok=True),
    case("cpm", lambda v: F.sales_funnel(100, cpm=v), 0.01, 1e4),
    case("sales rates[1]", lambda v: F.sales_funnel(100, rates=[0.1, v, 0.1, 0.1]), 0, 1,
         field="rates[1]"),
    case("friction", lambda v: F.sales_funnel(100, friction=v), 0, 1),
    case("churn", lambda v: F.sales_funnel(100, churn=v), 0, 1),
])

P = physics
test_physics_refuses_bad_input = refuse([
    case("inertia", lambda v: P.spin(v, 0.2, 4, 120), 0.01, 1000),
    case("friction", lambda v: P.spin(5, v, 4, 120), 0, 100),
    case("torque", lambda v: P.spin(5, 0.2, v, 120), 0, 1000),
    case("t_end", lambda v: P.spin(5, 0.2, 4, v), 1e-6, 1e5),
    case("push_until", lambda v: P.spin(5, 0.2, 4, 120, v), 0, 120, none_ok=True),
    case("drag", lambda v: P.spin(5, 0.2, 4, 120, drag=v), 0, 1000),
    case("samples", lambda v: P.spin(5, 0.2, 4, 120, samples=v), 2, 100000, integer=True),
    case("speed0", lambda v: P.spin(5, 0.2, 4, 120, speed0=v), 0, 1e9),
    case("steady torque", lambda v: P.steady_speed(v, 0.2), 0, 1000, field="torque"),
    case("steady friction", lambda v: P.steady_speed(4, v), 1e-6, 100, field="friction"),
    case("steady drag", lambda v: P.steady_speed(4, 0.2, v), 0, 1000, field="drag"),
    case("time_constant inertia", lambda v: P.time_constant(v, 0.2), 0.01, 1000,
         field="inertia"),
    case("time_constant friction", lambda v: P.time_constant(5, v), 1e-6, 100, field="friction"),
])

_RUN = inbound.simulate(None, 12)
test_inbound_refuses_bad_input = refuse([
    *[case(name, lambda v, name=name: inbound.InboundParams(**{name: v}), lo, hi)
      for name, (lo, hi) in INBOUND_RANGES.items()],
    case("params push_until", lambda v: inbound.InboundParams(push_until=v), 0, 1e6,
         field="push_until", none_ok=True),
    case("dt", lambda v: inbound.InboundParams(dt=v), 0, 1, low_open=True),
    case("months", lambda v: inbound.simulate(None, v), 1, 1200, integer=True),
    case("bass_setting p", lambda v: inbound.bass_setting(v, 0.3, 1e6), 0, 1, low_open=True,
         field="p"),
    case("bass_setting q", lambda v: inbound.bass_setting(0.03, v, 1e6), 0, 1, field="q"),
    case("bass_setting market", lambda v: inbound.bass_setting(0.03, 0.3, v), 1, 1e10,
         field="market"),
    case("bass_adopters t", lambda v: inbound.bass_adopters(v, 0.03, 0.3), 0, None, field="t"),
    case("bass_adopters t[1]", lambda v: inbound.bass_adopters([1.0, v], 0.03, 0.3), 0, None,
         field="t[1]"),
    case("bass_adopters p", lambda v: inbound.bass_adopters(1.0, v, 0.3), 0, 1, low_open=True,
         field="p"),
    case("bass_adopters q", lambda v: inbound.bass_adopters(1.0, 0.03, v), 0, 1, field="q"),
    case("bass_adopters market", lambda v: inbound.bass_adopters(1.0, 0.03, 0.3, v), 0, 1e10,
         field="market"),
    case("bass_peak p", lambda v: inbound.bass_peak(v, 0.3), 0, 1, low_open=True, field="p"),
    case("bass_peak q", lambda v: inbound.bass_peak(0.03, v), 0, 1, field="q"),
    case("energy_from_budget", lambda v: inbound.energy_from_budget(v), 0, 300_000,
         field="budget"),
    case("compare budget", lambda v: inbound.compare_with_funnel(v), 0, 250_000, field="budget"),
    case("compare push_until", lambda v: inbound.compare_with_funnel(5000, v), 0, 600,
         integer=True, field="push_until"),
    case("compare friction", lambda v: inbound.compare_with_funnel(5000, 12, v), 0, 0.9,
         field="friction"),
    case("compare months", lambda v: inbound.compare_with_funnel(5000, 12, 0.1, v), 1, 600,
         integer=True, field="months"),
    case("friction_costs months", lambda v: inbound.friction_costs(inbound.InboundParams(), v),
         1, 1200, integer=True, field="months"),
    case("friction_costs won", lambda v: inbound.friction_costs(inbound.InboundParams(), 12,
                                                                 won=v), 0, 1e10, field="won",
         none_ok=True),
    case("momentum smooth", lambda v: inbound.momentum(inbound.InboundParams(), _RUN, smooth=v),
         0, 1e10, field="smooth", none_ok=True),
])

R = retention
_TIER = dict(orders=1.0, basket=40.0, margin_share=0.3, churn=0.05, fee=5.0, perk_cost=3.0)
test_retention_refuses_bad_input = refuse([
    case("size", lambda v: R.cohort(v, 0.05), 0, MAX_COUNT),
    case("churn", lambda v: R.cohort(100, v), 0, 1),
    case("months", lambda v: R.cohort(100, 0.05, v), 1, 600, integer=True),
    case("expected_lifetime churn", lambda v: R.expected_lifetime(v), 1e-6, 1, field="churn"),
    case("margin", lambda v: R.lifetime_value(v, 0.05), -1e6, 1e6),
    case("clv churn", lambda v: R.lifetime_value(6, v), 0, 1, field="churn"),
    case("discount_rate", lambda v: R.lifetime_value(6, 0.05, v), 0, 1),
    case("clv months", lambda v: R.lifetime_value(6, 0.05, 0.01, v), 1, 1200, integer=True,
         field="months", none_ok=True),
    case("acquisition_cost", lambda v: R.payback_month(v, 6, 0.05), 0, 1e7),
    case("payback margin", lambda v: R.payback_month(60, v, 0.05), -1e6, 1e6, field="margin"),
    case("payback churn", lambda v: R.payback_month(60, 6, v), 0, 1, field="churn"),
    case("payback discount_rate", lambda v: R.payback_month(60, 6, 0.05, v), 0, 1,
         field="discount_rate"),
    case("max_months", lambda v: R.payback_month(60, 6, 0.05, 0.01, v), 1, 1200, integer=True),
    *[case(f"vip.{name}", lambda v, name=name: R.Tier("vip", **{**_TIER, name: v}), lo, hi,
           low_open=name == "churn")
      for name, (lo, hi) in dict(orders=(0, 100), basket=(0, 1e5), margin_share=(0, 1),
                                 churn=(0, 1), fee=(0, 1e4), perk_cost=(0, 1e4)).items()],
    case("membership discount_rate", lambda v: R.membership(discount_rate=v), 0, 1,
         field="discount_rate"),
    *[case(name, lambda v, name=name: R.LoyaltyParams(**{name: v}), lo, hi,
           integer=name == "first_promo")
      for name, (lo, hi) in LOYALTY_RANGES.items()],
    case("frequency", lambda v: R.promo_months(v, 24), 0, 12, integer=True),
    case("promo months", lambda v: R.promo_months(4, v), 1, 600, integer=True, field="months"),
    case("first", lambda v: R.promo_months(4, 24, v), 1, 600, integer=True),
    case("depth", lambda v: R.loyalty(v), 0, 0.6),
    case("loyalty frequency", lambda v: R.loyalty(0.3, v), 0, 12, integer=True,
         field="frequency"),
    case("service", lambda v: R.loyalty(0.3, 4, v), 0, 1),
    case("loyalty friction", lambda v: R.loyalty(0.3, 4, 0.5, v), 0, 1, field="friction"),
    case("loyalty months", lambda v: R.loyalty(0.3, 4, 0.5, 0.2, v), 1, 240, integer=True,
         field="months"),
    case("compare_strategies depth", lambda v: R.compare_strategies(v), 0, 0.6, field="depth"),
])

E = ecosystem
test_ecosystem_refuses_bad_input = refuse([
    *[case(f"satellite {name}", lambda v, name=name: E.Satellite("x", **{name: v}), 0, 2,
           field=f"satellite 'x': {name}")
      for name in ("feed", "draw", "own", "funds", "friction")],
    case("satellite scale", lambda v: E.Satellite("x", scale=v), 0, 100,
         field="satellite 'x': scale"),
    case("core_strength", lambda v: E.build(core_strength=v), 0, 2),
    case("energy", lambda v: E.simulate(energy=v, months=12), 0, 100),
    case("friction", lambda v: E.simulate(friction=v, months=12), 0, 1.5),
    case("months", lambda v: E.simulate(months=v, push_until=0), 1, 6000, integer=True),
    case("push_until", lambda v: E.simulate(push_until=v, months=12), 0, 12, none_ok=True),
    case("contribution energy", lambda v: E.contribution(["prime"], v, months=12), 0, 100,
         field="energy"),
])

_G = loops.amazon()
test_loops_simulate_refuses_bad_input = refuse([
    case("months", lambda v: loops.simulate(_G, 0.1, months=v), 1, 6000, integer=True),
    case("friction", lambda v: loops.simulate(_G, v, months=12), 0, 2),
    case("friction[2]", lambda v: loops.simulate(_G, [0.1, 0.1, v, 0.1, 0.1, 0.1, 0.1],
                                                 months=12), 0, 2),
    case("push['traffic']", lambda v: loops.simulate(_G, 0.1, {"traffic": v}, months=12), 0,
         100),
    case("push_until", lambda v: loops.simulate(_G, 0.1, {"traffic": 5}, v, months=12), 0, 12,
         none_ok=True),
    case("initial", lambda v: loops.simulate(_G, 0.1, initial=v, months=12), 0, 100),
    case("steps", lambda v: loops.simulate(_G, 0.1, months=12, steps=v), 1, 1000, integer=True,
         none_ok=True),
])


@pytest.mark.parametrize("call, words", [
    (lambda: physics.spin(0.01, 100, 4, 1000), ["friction·t_end/inertia", "2000"]),
    (lambda: inbound.InboundParams(market=100.0, initial_customers=200.0),
     ["initial_customers", "≤ market", "200"]),
    (lambda: inbound.InboundParams(engage_base=0.9, prospect_loss=0.9, friction_sales=0.0,
                                   dt=1.0), ["dt must be ≤", "got dt=1.0"]),
    (lambda: inbound.energy_from_budget(200_000, split=(1, 0, 0)),
     ["budget × split[0]", "100,000", "200,000"]),
    (lambda: inbound.compare_with_funnel(
        5000, friction=0.9, params=inbound.InboundParams(churn_customers=0.5, churn_friction=1)),
     ["churn_customers", "churn_friction", "≤ 1", "1.4"]),
    (lambda: retention.LoyaltyParams(market=100.0, customers0=200.0),
     ["customers0", "≤ market", "200"]),
    (lambda: retention.LoyaltyParams(trust_build=0.5, trust_decay=0.4, friction_decay=0.2),
     ["trust_build + trust_decay + friction_decay", "≤ 1", "1.1"]),
    (lambda: retention.lifetime_value(6, 0.0, 5e-7), ["churn and discount_rate", "1e-06"]),
    (lambda: retention.Tier("vip", 1, 40, 0.3, churn=1e-9), ["vip.churn", "1e-06", "1e-09"]),
])
def test_checks_across_fields_name_the_fields_and_values(call, words):
    with pytest.raises(ValueError) as info:
        call()
    for w in words:
        assert w in str(info.value), (w, str(info.value))


@pytest.mark.parametrize("call, words", [
    (lambda: inbound.final_customers(None), ["params", "InboundParams", "NoneType"]),
    (lambda: inbound.friction_costs({"sales": 3}), ["params", "InboundParams", "dict"]),
    (lambda: inbound.momentum(inbound.InboundParams(), "run"), ["frame", "DataFrame", "str"]),
    (lambda: inbound.comparison_table(pd.DataFrame({"x": [1]}), 3), ["run", "column"]),
    (lambda: inbound.compare_with_funnel(5000, params="fast"), ["params", "InboundParams"]),
    (lambda: inbound.simulate_grid(None, 12, marketing=["a", 1]), ["marketing[0]", "str"]),
    (lambda: inbound.simulate_grid(None, 12, push_until=["soon"]), ["push_until"]),
    (lambda: retention.membership(["guest"]), ["tiers", "Tier", "str"]),
    (lambda: retention.loyalty(params={"churn": 0.1}), ["params", "LoyaltyParams", "dict"]),
    (lambda: ecosystem.revenue("run"), ["run", "DataFrame", "str"]),
    (lambda: ecosystem.tipping_friction("graph"), ["graph", "loops.Graph", "str"]),
    (lambda: ecosystem.build(["x"], catalogue=[1]), ["catalogue[0]", "Satellite", "int"]),
    (lambda: ecosystem.simulate(7), ["satellites", "int"]),
])
def test_wrong_kinds_of_input_name_the_field(call, words):
    with pytest.raises((TypeError, ValueError)) as info:
        call()
    for w in words:
        assert w in str(info.value), (w, str(info.value))


def test_huge_whole_numbers_are_refused_not_wrapped():
    """Counts of 1e19 and more do not fit an int64 (they would wrap round to negative numbers):
    every count is refused above 2**53 with a message, a Python int too large for a float too."""
    for bad in (10 ** 19, 10 ** 400, np.uint64(10 ** 19)):
        with pytest.raises(ValueError, match=r"reached must be (a finite number )?in \[0, "):
            funnel.aida_table(bad, funnel.AIDA_RATES)
        with pytest.raises(ValueError, match=r"counts\[0\]"):
            funnel.aida_table_from_counts([bad, 0, 0, 0, 0])
        with pytest.raises(ValueError, match="size"):
            retention.cohort(bad, 0.1)
    t = funnel.aida_table(2 ** 53, funnel.AIDA_RATES)
    assert (t[["entered", "kept", "lost"]].round().astype(int).to_numpy() >= 0).all()
