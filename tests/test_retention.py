"""Lesson 07: cohorts, lifetime value, membership, discounts versus service, Prime milestones.

Lifetime values are checked against closed forms (geometric series) and brute-force sums written
here, never against the module itself; the loyalty model is checked against an independent
recomputation in a special case and by properties over the panel's whole slider ranges.
"""
import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import flywheel_lib as fw
from flywheel_lib import data
from flywheel_lib.models import retention
from flywheel_lib.models.retention import LoyaltyParams, MembershipParams

# -- cohorts ---------------------------------------------------------------------------------


def test_cohort_follows_geometric_retention():
    table = retention.cohort(1000, 0.05, months=24)
    t = np.arange(1, 25)
    np.testing.assert_allclose(table["retention"], 0.95 ** t, rtol=1e-12)
    np.testing.assert_allclose(table["active"], 1000 * 0.95 ** t, rtol=1e-12)
    # everybody who is not active any more was lost in some month
    assert table["lost"].sum() + table["active"].iloc[-1] == pytest.approx(1000)


def test_expected_lifetime_is_the_sum_of_the_survival_curve():
    for c in (0.01, 0.05, 0.3, 1.0):
        brute = sum((1 - c) ** t for t in range(1, 20000))
        assert retention.expected_lifetime(c) == pytest.approx(brute, rel=1e-9)


# -- lifetime value against closed forms --------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(m=st.floats(-500, 500), c=st.floats(0, 1), d=st.floats(0, 0.2), T=st.integers(1, 400))
@example(m=1.0, c=4.9687545020483806e-11, d=0.0, T=42)   # q within 5e-11 of 1 (found by CI)
def test_finite_horizon_clv_matches_geometric_sum(m, c, d, T):
    # m q (1 - q^T) / (1 - q), written so that it stays exact when q is within 1e-10 of 1
    # (1 - q^T and 1 - q computed directly, not as differences of nearly equal numbers)
    q = (1 - c) / (1 + d)
    one_minus_q = (c + d) / (1 + d)
    if c == 1:
        closed = 0.0
    elif one_minus_q < 1e-12:   # q = 1 - e: the sum of q^t is T - e T (T + 1) / 2 to within e^2 T^3
        closed = m * (T - one_minus_q * T * (T + 1) / 2)
    else:
        closed = m * q * -math.expm1(T * (math.log1p(-c) - math.log1p(d))) / one_minus_q
    assert retention.lifetime_value(m, c, d, months=T) == pytest.approx(closed, rel=1e-9, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(m=st.floats(0.1, 500), c=st.floats(0.005, 1), d=st.floats(0, 0.1))
def test_endless_clv_matches_closed_form_and_a_long_sum(m, c, d):
    r = 1 - c
    closed = m * r / (1 + d - r)
    assert retention.lifetime_value(m, c, d) == pytest.approx(closed, rel=1e-12)
    t = np.arange(1, 20001)
    brute = float(np.sum(m * (r / (1 + d)) ** t))
    assert retention.lifetime_value(m, c, d) == pytest.approx(brute, rel=1e-6)


def test_clv_worked_numbers():
    # 6 €/month, 5 % churn, 1 % a month: 6 · 0.95 / 0.06 = 95 €
    assert retention.lifetime_value(6, 0.05, 0.01) == pytest.approx(95.0)
    # without discounting, margin × expected lifetime: 10 · 0.9 / 0.1 = 90 €
    assert retention.lifetime_value(10, 0.1, 0.0) == pytest.approx(90.0)


def test_endless_clv_needs_churn_or_discounting():
    with pytest.raises(ValueError, match="churn and discount_rate"):
        retention.lifetime_value(10, 0.0, 0.0)
    assert retention.lifetime_value(10, 0.0, 0.0, months=12) == pytest.approx(120.0)


def test_payback_month_against_a_plain_loop():
    cac, m, c, d = 60.0, 6.0, 0.05, 0.01
    total, month = 0.0, 0
    while total < cac:
        month += 1
        total += m * ((1 - c) / (1 + d)) ** month
    assert retention.payback_month(cac, m, c, d) == month
    # lifetime value 95 € < 120 €: never pays back
    assert retention.payback_month(120, m, c, d) == math.inf


# -- membership --------------------------------------------------------------------------------


def test_membership_table_by_hand():
    table = retention.membership()
    assert table.loc["guest", "monthly_margin"] == pytest.approx(0.5 * 40 * 0.3)
    assert table.loc["member", "monthly_margin"] == pytest.approx(1.0 * (40 * 0.3 - 3) + 5)
    assert table.loc["guest", "clv"] == pytest.approx(6 * 0.95 / (1.01 - 0.95))
    assert table.loc["member", "clv"] == pytest.approx(14 * 0.985 / (1.01 - 0.985))
    assert table.loc["member", "lifetime_months"] == pytest.approx(0.985 / 0.015)


def test_tier_rejects_bad_values():
    with pytest.raises(ValueError, match=r"vip\.churn must be in \(0, 1\]"):
        retention.Tier("vip", 1, 40, 0.3, churn=0)
    with pytest.raises(ValueError, match=r"vip\.margin_share"):
        retention.Tier("vip", 1, 40, 1.3, churn=0.1)


# -- discounts versus service -----------------------------------------------------------------

SLIDERS = dict(depth=st.floats(0, 0.6), frequency=st.integers(0, 12), service=st.floats(0, 1),
               friction=st.floats(0, 1))


def test_promo_calendar():
    assert list(np.flatnonzero(retention.promo_months(4, 24)) + 1) == [3, 6, 9, 12, 15, 18, 21, 24]
    assert list(np.flatnonzero(retention.promo_months(1, 30)) + 1) == [3, 15, 27]
    assert retention.promo_months(12, 10).sum() == 8
    assert retention.promo_months(0, 10).sum() == 0


def test_special_case_against_independent_recomputation():
    """No acquisition, no word of mouth, no discounts: customers = N0 · Π(1 − churn_t), with
    trust following its own closed form T_t = T* + (T0 − T*)(1 − b − f)^t."""
    p = LoyaltyParams(acquisition=0.0, word_of_mouth=0.0)
    service, friction, months = 0.7, 0.3, 60
    run = retention.loyalty(0.0, 0, service, friction, months, p)
    b = p.trust_build * service * (1 - friction)
    f = p.trust_decay + p.friction_decay * friction
    star = b / (b + f)
    t = np.arange(0, months + 1)
    trust = star + (p.trust0 - star) * (1 - b - f) ** t        # T_0 … T_months
    churn = p.churn * (1 + p.friction_churn * friction) * (1 - p.trust_churn * trust[:-1])
    customers = p.customers0 * np.cumprod(1 - churn)
    np.testing.assert_allclose(run["trust"], trust[1:], rtol=1e-12)
    np.testing.assert_allclose(run["churn"], churn, rtol=1e-12)
    np.testing.assert_allclose(run["customers"], customers, rtol=1e-10)
    assert (run["habit"] == 0).all() and not run["promo"].any()


def test_discount_spike_then_waiting_and_a_smaller_base():
    run = retention.loyalty(0.3, 4, 0.5, 0.2, months=48)
    ref = retention.loyalty(0.0, 0, 0.5, 0.2, months=48)
    promo = run["promo"].to_numpy()
    first = int(np.flatnonzero(promo)[0])
    # a sharp spike in the promotion month ...
    assert run["orders"].iloc[first] > 1.8 * ref["orders"].iloc[first]
    # ... then customers wait for the next deal: fewer orders than without discounts
    assert (run["orders"].to_numpy()[~promo][first:] < ref["orders"].to_numpy()[~promo][first:]).all()
    # habit keeps customers price-sensitive: a smaller base and less margin after four years
    assert run["customers"].iloc[-1] < ref["customers"].iloc[-1]
    assert run["cumulative_margin"].iloc[-1] < ref["cumulative_margin"].iloc[-1]
    # the same cut pulls less once it is expected
    spikes = run["orders"].to_numpy()[promo]
    assert spikes[-1] < spikes[0]


def test_trust_is_slow_but_lasting():
    run = retention.loyalty(0.0, 0, 1.0, 0.0, months=120)
    trust = run["trust"].to_numpy()
    assert trust[2] - trust[0] < 0.15          # slow to build
    assert np.all(np.diff(trust) > 0)           # never falls back while the service lasts
    base = retention.loyalty(0.0, 0, 0.0, 0.0, months=120)
    assert run["customers"].iloc[-1] > 1.5 * base["customers"].iloc[-1]


def test_zero_depth_is_no_discount_whatever_the_frequency():
    a = retention.loyalty(0.0, 12, 0.5, 0.2)
    b = retention.loyalty(0.3, 0, 0.5, 0.2)
    c = retention.loyalty(0.0, 0, 0.5, 0.2)
    for col in ("customers", "orders", "margin", "trust", "habit"):
        np.testing.assert_allclose(a[col], c[col])
        np.testing.assert_allclose(b[col], c[col])


@settings(max_examples=150, deadline=None)
@given(**SLIDERS)
def test_loyalty_is_finite_and_bounded(depth, frequency, service, friction):
    run = retention.loyalty(depth, frequency, service, friction, months=48)
    numeric = run.drop(columns="promo").to_numpy(float)
    assert np.isfinite(numeric).all()
    p = LoyaltyParams()
    assert (run["customers"] >= 0).all() and (run["customers"] <= p.market + 1e-9).all()
    for col in ("trust", "habit", "churn"):
        assert ((run[col] >= 0) & (run[col] <= 1)).all(), col
    assert (run["orders"] >= 0).all() and (run["new_customers"] >= 0).all()


@settings(max_examples=100, deadline=None)
@given(**SLIDERS, more=st.floats(0.01, 1))
def test_more_service_never_hurts_customers_or_trust(depth, frequency, service, friction, more):
    hi = min(1.0, service + more)
    a = retention.loyalty(depth, frequency, service, friction, months=48)
    b = retention.loyalty(depth, frequency, hi, friction, months=48)
    assert (b["customers"].to_numpy() >= a["customers"].to_numpy() - 1e-9).all()
    assert (b["trust"].to_numpy() >= a["trust"].to_numpy() - 1e-12).all()


@settings(max_examples=100, deadline=None)
@given(**SLIDERS, more=st.floats(0.01, 1))
def test_more_friction_never_helps(depth, frequency, service, friction, more):
    hi = min(1.0, friction + more)
    a = retention.loyalty(depth, frequency, service, friction, months=48)
    b = retention.loyalty(depth, frequency, service, hi, months=48)
    assert (b["customers"].to_numpy() <= a["customers"].to_numpy() + 1e-9).all()
    assert (b["trust"].to_numpy() <= a["trust"].to_numpy() + 1e-12).all()
    assert (b["orders"].to_numpy() <= a["orders"].to_numpy() + 1e-9).all()


# -- the membership in the loyalty model ("copy Prime only if your brand is as strong") ----------

def test_no_fee_is_no_membership_whatever_the_core():
    plain = retention.loyalty(0.3, 4, 0.5, 0.2, months=48)
    for core in (0.0, 0.5, 1.0):
        run = retention.loyalty(0.3, 4, 0.5, 0.2, months=48, fee=0.0, core=core)
        assert run.drop(columns="members").equals(plain.drop(columns="members"))
        assert (run["members"] == 0).all()


def test_membership_against_independent_recomputation():
    """No acquisition, no word of mouth, no discounts, no service, no friction: churn is the base
    churn c every month. Guests G and members M then follow, written out here:
    G' = G(1 − c)(1 − j·a), M' = M(1 − c_m) + G(1 − c)·j·a with a = min(1, core·benefit/fee) and
    c_m = c(1 − lock_in·core) + regret·max(0, fee − core·benefit); orders and margin from them."""
    p = LoyaltyParams(acquisition=0.0, word_of_mouth=0.0, trust0=0.0)
    mp = MembershipParams()
    fee, core, months = 8.0, 0.4, 36
    run = retention.loyalty(0.0, 0, 0.0, 0.0, months, p, fee=fee, core=core, membership=mp)
    c = p.churn
    value = core * mp.benefit
    a = min(1.0, value / fee)
    cm = c * (1 - mp.lock_in * core) + mp.regret * max(0.0, fee - value)
    G, M = p.customers0, 0.0
    customers, members, orders, margin = [], [], [], []
    for _ in range(months):
        o_g, o_m = G * p.orders, M * p.orders * (1 + mp.extra_orders * core)
        orders.append(o_g + o_m)
        margin.append((o_g + o_m) * p.basket * p.margin_share + fee * M - mp.perk_cost * o_m)
        G, M = G * (1 - c) * (1 - mp.join * a), M * (1 - cm) + G * (1 - c) * mp.join * a
        customers.append(G + M)
        members.append(M / (G + M))
    np.testing.assert_allclose(run["customers"], customers, rtol=1e-12)
    np.testing.assert_allclose(run["members"], members, rtol=1e-12)
    np.testing.assert_allclose(run["orders"], orders, rtol=1e-12)
    np.testing.assert_allclose(run["margin"], margin, rtol=1e-12)


def test_a_membership_binds_with_a_strong_core_and_backfires_with_a_weak_one():
    """Lesson 07's try-this: the same fee (8 € a month) with Amazon's core strength (1) keeps more
    customers, cuts churn and earns more; with a weak core (0.3) few join, those who do leave
    faster, and after four years there are fewer customers and a higher churn than with no
    membership at all — and less margin each month by then."""
    none = retention.loyalty(0.0, 0, 0.5, 0.2, months=48)
    strong = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=8.0, core=1.0)
    weak = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=8.0, core=0.3)
    assert strong["customers"].iloc[-1] > 1.2 * none["customers"].iloc[-1]
    assert strong["churn"].iloc[-1] < none["churn"].iloc[-1]
    assert strong["cumulative_margin"].iloc[-1] > none["cumulative_margin"].iloc[-1]
    assert weak["customers"].iloc[-1] < 0.9 * none["customers"].iloc[-1]
    assert weak["churn"].iloc[-1] > none["churn"].iloc[-1]
    assert weak["margin"].iloc[-1] < none["margin"].iloc[-1]
    assert weak["members"].iloc[-1] < 0.5 * strong["members"].iloc[-1]


@settings(max_examples=100, deadline=None)
@given(**SLIDERS, fee=st.floats(0, 12), core=st.floats(0, 1))
def test_loyalty_with_a_membership_is_finite_and_bounded(depth, frequency, service, friction,
                                                          fee, core):
    run = retention.loyalty(depth, frequency, service, friction, months=48, fee=fee, core=core)
    assert np.isfinite(run.drop(columns="promo").to_numpy(float)).all()
    assert (run["customers"] >= 0).all() and (run["customers"] <= LoyaltyParams().market).all()
    for col in ("members", "churn"):
        assert ((run[col] >= 0) & (run[col] <= 1)).all(), col
    assert (run["orders"] >= 0).all()


@settings(max_examples=60, deadline=None)
@given(fee=st.floats(0.5, 12), core=st.floats(0, 0.95), more=st.floats(0.05, 1))
def test_a_stronger_core_never_loses_members_nor_customers_once_the_deal_is_fair(fee, core, more):
    """More core strength: more members, always. More customers too once members get at least
    what they pay for. (Below that a slightly stronger core can lose customers: more people
    join a deal that still disappoints them.)"""
    hi = min(1.0, core + more)
    a = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=fee, core=core)
    b = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=fee, core=hi)
    assert (b["members"].to_numpy() >= a["members"].to_numpy() - 1e-12).all()
    if core * MembershipParams().benefit >= fee:
        assert (b["customers"].to_numpy() >= a["customers"].to_numpy() - 1e-9).all()


@pytest.mark.parametrize("call, words", [
    (lambda: retention.loyalty(fee=-1.0), ["fee must be in [0, 100]", "-1.0"]),
    (lambda: retention.loyalty(fee=5.0, core=1.5), ["core must be in [0, 1]", "1.5"]),
    (lambda: retention.loyalty(membership={"join": 1}), ["membership must be a MembershipParams"]),
    (lambda: MembershipParams(join=2.0), ["join must be in [0, 1]", "2.0"]),
    (lambda: MembershipParams(benefit=float("nan")), ["benefit", "finite"]),
])
def test_membership_input_is_checked(call, words):
    with pytest.raises((ValueError, TypeError)) as info:
        call()
    for w in words:
        assert w in str(info.value), (w, str(info.value))


@pytest.mark.parametrize("kwargs, pattern", [
    (dict(depth=0.7), r"depth must be in \[0, 0\.6\]"),
    (dict(frequency=2.5), r"frequency must be a whole number"),
    (dict(frequency=13), r"frequency must be in \[0, 12\]"),
    (dict(service=-0.1), r"service must be in \[0, 1\]"),
    (dict(friction="high"), r"friction must be a number"),
    (dict(months=0), r"months must be in \[1, 240\]"),
])
def test_bad_input_names_the_field(kwargs, pattern):
    with pytest.raises((ValueError, TypeError), match=pattern):
        retention.loyalty(**kwargs)


def test_compare_strategies_rows():
    table = retention.compare_strategies()
    assert list(table.index) == ["discounts", "service", "both"]
    assert table.loc["discounts", "peak_orders"] > table.loc["service", "peak_orders"]
    assert table.loc["service", "customers"] > table.loc["discounts", "customers"]


# -- data ---------------------------------------------------------------------------------------


def test_prime_milestones_have_a_source_each():
    frame = data.load("prime_milestones")
    assert list(frame["year"]) == [2005, 2018, 2020, 2021]
    assert list(frame["members_millions"]) == [0, 100, 150, 200]
    for src in frame["source"]:
        assert "http" in src and len(src) > 60


# -- panel --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_panel_survives_every_slider_end(language):
    from flywheel_lib import panels
    fw.set_language(language)
    p = panels.build("07_retention_prime")
    assert p.last_error is None
    for c in p.controls:
        for v in (c.min, c.max):
            p.set(**{c.name: v})
            assert p.last_error is None, (c.name, v, p.last_error)
    p.set(**{c.name: c.max for c in p.controls})
    assert p.last_error is None
    p.set(**{c.name: c.min for c in p.controls})
    assert p.last_error is None
    if language == "de":
        assert "Rabatt" in p.sliders["depth"].description
        assert "Marge" in p.readout_box.value


# -- issue 15: the audit's holes ----------------------------------------------------------------
@pytest.mark.parametrize("field, value, words", [
    ("market", 0.0, ["market must be in [1, 9.0072e+15]", "got 0.0"]),
    ("churn", -0.1, ["churn must be in [0, 1]", "got -0.1"]),
    ("acquisition", float("nan"), ["acquisition", "finite", "nan"]),
    ("trust0", 1.5, ["trust0 must be in [0, 1]", "1.5"]),
    ("first_promo", 2.5, ["first_promo must be a whole number", "2.5"]),
    ("service_cost", "cheap", ["service_cost must be a number", "'cheap'"]),
])
def test_loyalty_params_are_checked(field, value, words):
    with pytest.raises((ValueError, TypeError)) as info:
        LoyaltyParams(**{field: value})
    for w in words:
        assert w in str(info.value), (w, str(info.value))


def test_loyalty_cross_checks():
    with pytest.raises(ValueError, match=r"customers0 must be ≤ market \(100\); got 200"):
        LoyaltyParams(customers0=200.0, market=100.0)
    with pytest.raises(ValueError, match=r"trust_build \+ trust_decay \+ friction_decay must be ≤ 1"):
        LoyaltyParams(trust_build=0.7, trust_decay=0.2, friction_decay=0.2)
    with pytest.raises(ValueError, match=r"first must be in \[1, 600\]; got 0"):
        retention.promo_months(4, 24, first=0)


def test_customers_stay_within_the_market_at_the_largest_counts():
    p = LoyaltyParams(customers0=0.9 * 2 ** 53, market=2.0 ** 53, acquisition=2.0 ** 53,
                      churn=0.0, word_of_mouth=1.0)
    run = retention.loyalty(0.3, 12, 1.0, 0.0, 24, p)
    assert (run["customers"] <= p.market).all() and (run["new_customers"] >= 0).all()
    assert np.isfinite(run.drop(columns="promo").to_numpy(float)).all()


@pytest.mark.parametrize("churn, discount", [(1e-20, 0.0), (5e-324, 0.0), (0.0, 1e-300)])
def test_an_almost_endless_lifetime_value_is_refused_not_a_zero_division(churn, discount):
    with pytest.raises(ValueError, match="churn and discount_rate must add up to at least 1e-06"):
        retention.lifetime_value(10, churn, discount)
    assert retention.lifetime_value(10, churn, discount, months=12) == pytest.approx(
        sum(10 * ((1 - churn) / (1 + discount)) ** t for t in range(1, 13)))


def test_smallest_churn_gives_finite_lifetimes():
    assert retention.expected_lifetime(1e-6) == pytest.approx((1 - 1e-6) / 1e-6)
    with pytest.raises(ValueError, match=r"churn must be in \[1e-06, 1\]; got 5e-324"):
        retention.expected_lifetime(5e-324)
    tier = retention.Tier("vip", 1, 40, 0.3, churn=1e-6)
    table = retention.membership([tier], discount_rate=0.0)
    assert np.isfinite(table[["lifetime_months", "clv"]].to_numpy()).all()
    with pytest.raises(ValueError, match=r"vip\.churn must be at least 1e-06"):
        retention.Tier("vip", 1, 40, 0.3, churn=1e-9)


def test_cohorts_of_up_to_2_to_the_53_people():
    table = retention.cohort(2 ** 53, 0.05, months=12)
    assert table["lost"].sum() + table["active"].iloc[-1] == pytest.approx(2 ** 53)
    with pytest.raises(ValueError, match=r"size must be in \[0, 9.0072e\+15\]; got 10000000000000000000"):
        retention.cohort(10 ** 19, 0.05)
