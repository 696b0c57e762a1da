"""Keeping customers: cohort retention, customer lifetime value, a paid membership tier, and
two ways of buying loyalty (deep discounts versus trust and service).

Time is counted in **months** throughout. Money is in **€**. Rates are shares in [0, 1]:

* ``churn`` *c* — the share of a month's active customers who leave by the next month;
  retention *r* = 1 − *c*.
* ``margin`` *m* — the gross margin a customer earns the business per active month, in €/month.
* ``discount_rate`` *d* — the monthly rate at which future money is worth less (cost of capital).

Customer lifetime value (CLV), in €: the expected, discounted margin of one new customer who is
counted as active from month 1 on with probability *r*, *r*², … (margin paid at the end of each
month the customer is still there)::

    CLV(T) = Σ_{t=1..T} m · r^t / (1 + d)^t
    CLV(∞) = m · r / (1 + d − r)          (the closed form, for d + c > 0)

Every public function checks its inputs and names the bad field and the allowed range.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

# --------------------------------------------------------------------------------------------
# Cohorts and lifetime value
# --------------------------------------------------------------------------------------------


def cohort(size: float, churn: float, months: int = 36) -> pd.DataFrame:
    """How a cohort of ``size`` customers who joined in month 0 thins out, month by month.

    Parameters
    ----------
    size : customers in the cohort (≥ 0).
    churn : share of the active customers who leave each month, in [0, 1].
    months : months to follow (1–600).

    Returns
    -------
    DataFrame indexed by ``month`` (1 … months) with ``active`` (customers still there at the end
    of the month), ``lost`` (customers who left in that month) and ``retention`` (active / size,
    i.e. (1 − churn)^month).
    """
    n = validate.number("size", size, 0)
    c = validate.number("churn", churn, 0.0, 1.0)
    t_end = int(validate.number("months", months, 1, 600, integer=True))
    t = np.arange(1, t_end + 1)
    retention = (1.0 - c) ** t
    active = n * retention
    before = np.concatenate([[n], active[:-1]])
    return pd.DataFrame({"active": active, "lost": before - active, "retention": retention},
                        index=pd.Index(t, name="month"))


def expected_lifetime(churn: float) -> float:
    """Expected number of active months of a new customer, Σ_{t≥1} (1 − c)^t = (1 − c) / c.

    ``churn`` in (0, 1]; a churn of 0 means an endless lifetime and raises ValueError.
    """
    c = validate.number("churn", churn, 0.0, 1.0, low_open=True)
    return (1.0 - c) / c


def lifetime_value(margin: float, churn: float, discount_rate: float = 0.01,
                   months: int | None = None) -> float:
    """Customer lifetime value in € (see the module docstring for the formula).

    Parameters
    ----------
    margin : gross margin per active month, €/month (any real number in [−10⁶, 10⁶]).
    churn : monthly churn in [0, 1].
    discount_rate : monthly discount rate in [0, 1] (0.01 ≈ 12.7 % a year).
    months : horizon in months (1–1200); ``None`` means no end (closed form m·r/(1+d−r),
        which needs churn + discount_rate > 0).

    With a horizon the value is the sum over the cohort's expected active months, computed from
    :func:`cohort`'s retention curve, so it can be checked against the closed forms.
    """
    m = validate.number("margin", margin, -1e6, 1e6)
    c = validate.number("churn", churn, 0.0, 1.0)
    d = validate.number("discount_rate", discount_rate, 0.0, 1.0)
    r = 1.0 - c
    if months is None:
        if c + d <= 0:
            raise ValueError("churn and discount_rate are both 0: a customer who never leaves "
                             "and money that never loses value give an endless lifetime value; "
                             "set churn > 0, discount_rate > 0 or a finite months")
        return m * r / (1.0 + d - r)
    t_end = int(validate.number("months", months, 1, 1200, integer=True))
    t = np.arange(1, t_end + 1)
    return float(np.sum(m * r ** t / (1.0 + d) ** t))


def payback_month(acquisition_cost: float, margin: float, churn: float,
                  discount_rate: float = 0.01, max_months: int = 600) -> float:
    """The first month in which a new customer's expected, discounted margin so far covers the
    cost of winning them (``acquisition_cost``, € ≥ 0); ``inf`` if it never does within
    ``max_months`` (1–1200), e.g. because the lifetime value is below the acquisition cost.
    """
    cac = validate.number("acquisition_cost", acquisition_cost, 0, 1e7)
    m = validate.number("margin", margin, -1e6, 1e6)
    c = validate.number("churn", churn, 0.0, 1.0)
    d = validate.number("discount_rate", discount_rate, 0.0, 1.0)
    t_end = int(validate.number("max_months", max_months, 1, 1200, integer=True))
    t = np.arange(1, t_end + 1)
    cumulative = np.cumsum(m * ((1.0 - c) / (1.0 + d)) ** t)
    reached = np.flatnonzero(cumulative >= cac - 1e-9)
    return float(reached[0] + 1) if reached.size else math.inf


# --------------------------------------------------------------------------------------------
# A paid membership tier (Prime-like)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tier:
    """One way of being a customer.

    ``orders`` per month, ``basket`` € per order, ``margin_share`` of the basket kept as gross
    margin, ``churn`` per month, ``fee`` €/month paid for the membership, ``perk_cost`` € per order
    that the business spends on the member's benefits (free fast shipping, streaming, …).
    """

    name: str
    orders: float
    basket: float
    margin_share: float
    churn: float
    fee: float = 0.0
    perk_cost: float = 0.0

    def __post_init__(self):
        validate.number(f"{self.name}.orders", self.orders, 0, 100)
        validate.number(f"{self.name}.basket", self.basket, 0, 1e5)
        validate.number(f"{self.name}.margin_share", self.margin_share, 0, 1)
        validate.number(f"{self.name}.churn", self.churn, 0, 1, low_open=True)
        validate.number(f"{self.name}.fee", self.fee, 0, 1e4)
        validate.number(f"{self.name}.perk_cost", self.perk_cost, 0, 1e4)

    @property
    def monthly_margin(self) -> float:
        """€/month: orders × (basket × margin share − perk cost) + fee."""
        return self.orders * (self.basket * self.margin_share - self.perk_cost) + self.fee


#: Invented, round numbers for the lesson: members order twice as often, leave a third as often,
#: pay 5 €/month and cost 3 € per order in benefits.
GUEST = Tier("guest", orders=0.5, basket=40.0, margin_share=0.30, churn=0.05)
MEMBER = Tier("member", orders=1.0, basket=40.0, margin_share=0.30, churn=0.015, fee=5.0,
              perk_cost=3.0)


def membership(tiers=(GUEST, MEMBER), discount_rate: float = 0.01) -> pd.DataFrame:
    """Compare tiers side by side: one row per tier (indexed by name) with ``orders`` per month,
    ``monthly_margin`` (€/month), ``churn``, ``lifetime_months`` (expected active months,
    (1 − c)/c) and ``clv`` (€, the closed form :func:`lifetime_value` with no end).
    """
    d = validate.number("discount_rate", discount_rate, 0.0, 1.0)
    rows = []
    for tier in tiers:
        if not isinstance(tier, Tier):
            raise TypeError(f"tiers must hold Tier objects; got {type(tier).__name__}")
        rows.append({
            "tier": tier.name,
            "orders": tier.orders,
            "fee": tier.fee,
            "monthly_margin": tier.monthly_margin,
            "churn": tier.churn,
            "lifetime_months": expected_lifetime(tier.churn),
            "clv": lifetime_value(tier.monthly_margin, tier.churn, d),
        })
    return pd.DataFrame(rows).set_index("tier")


# --------------------------------------------------------------------------------------------
# Discounts versus trust and service
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoyaltyParams:
    """The constants of :func:`loyalty` (invented, round values chosen to show the mechanisms).

    Base business: ``customers0`` active customers at the start of a market of ``market``;
    ``orders`` per customer per month at ``basket`` € with ``margin_share``; base ``churn`` per
    month; ``acquisition`` new customers per month from ordinary marketing.

    Discounts: a promotion's pull is depth × (1 − ``fatigue`` × H) — the same cut pulls less once
    customers expect it. In a promotion month orders rise by ``spike`` × pull and new customers by
    ``buzz`` × pull; each promotion adds ``habit_gain`` × depth of the remaining room to the
    *discount habit* H ∈ [0, 1], which fades by ``habit_decay`` a month. Outside promotions a share
    ``wait`` × H of orders is put off until the next deal; churn rises by ``habit_churn`` × H
    outside promotions and by half that during them (price-sensitive customers compare and leave).

    Trust T ∈ [0, 1] grows by ``trust_build`` × service × (1 − friction) of the remaining room each
    month and fades by ``trust_decay`` (+ ``friction_decay`` × friction). Trust lowers churn by up
    to ``trust_churn`` and brings ``word_of_mouth`` new customers per active customer per month at
    T = 1. Service costs ``service_cost`` € per customer per month at full quality.

    Friction raises churn by ``friction_churn`` × friction and costs ``friction_orders`` × friction
    of the orders.
    """

    customers0: float = 1000.0
    market: float = 10000.0
    orders: float = 1.0
    basket: float = 40.0
    margin_share: float = 0.30
    churn: float = 0.04
    acquisition: float = 40.0
    spike: float = 4.0
    buzz: float = 3.0
    fatigue: float = 0.6
    habit_gain: float = 1.2
    habit_decay: float = 0.04
    wait: float = 0.5
    habit_churn: float = 1.0
    trust0: float = 0.2
    trust_build: float = 0.06
    trust_decay: float = 0.01
    friction_decay: float = 0.04
    trust_churn: float = 0.6
    word_of_mouth: float = 0.015
    service_cost: float = 1.5
    friction_churn: float = 1.0
    friction_orders: float = 0.3
    first_promo: int = 3


LOYALTY_COLUMNS = ["promo", "customers", "new_customers", "churn", "orders", "revenue", "margin",
                   "cumulative_margin", "trust", "habit"]


def promo_months(frequency: int, months: int, first: int = 3) -> np.ndarray:
    """Boolean array over months 1 … ``months``: True in promotion months.

    ``frequency`` promotions a year (0–12), spread evenly, the first in month ``first``;
    12 means every month from ``first`` on (a permanent price cut).
    """
    k = int(validate.number("frequency", frequency, 0, 12, integer=True))
    t_end = int(validate.number("months", months, 1, 600, integer=True))
    m = np.arange(1, t_end + 1)
    if k == 0:
        return np.zeros(t_end, bool)
    return (m >= first) & (((m - first) * k) % 12 < k)


def loyalty(depth: float = 0.0, frequency: int = 0, service: float = 0.5,
            friction: float = 0.2, months: int = 36,
            params: LoyaltyParams = LoyaltyParams()) -> pd.DataFrame:
    """A customer base over ``months`` under a discount policy and a level of service.

    Parameters
    ----------
    depth : price cut in a promotion month, share of the price in [0, 0.6].
    frequency : promotions per year, whole number in [0, 12] (see :func:`promo_months`).
    service : service quality — the energy put into trust — in [0, 1].
    friction : everything that annoys customers (slow delivery, bad hand-offs), in [0, 1].
    months : months to simulate (1–240).
    params : the model's constants (:class:`LoyaltyParams`).

    Returns
    -------
    DataFrame indexed by ``month`` (1 … months) with ``promo`` (bool), ``customers`` (active at
    the end of the month), ``new_customers``, ``churn`` (share lost that month), ``orders``,
    ``revenue`` (€), ``margin`` (€, after discounts and the cost of service), ``cumulative_margin``
    (€), ``trust`` and ``habit`` (both in [0, 1]).

    Customers stay within [0, market]; more service never lowers customers or trust, more
    friction never raises them.
    """
    dep = validate.number("depth", depth, 0.0, 0.6)
    srv = validate.number("service", service, 0.0, 1.0)
    fr = validate.number("friction", friction, 0.0, 1.0)
    t_end = int(validate.number("months", months, 1, 240, integer=True))
    if not isinstance(params, LoyaltyParams):
        raise TypeError(f"params must be a LoyaltyParams; got {type(params).__name__}")
    p = params
    promo = promo_months(frequency, t_end, p.first_promo)

    n, trust, habit = p.customers0, p.trust0, 0.0
    cols = {k: np.empty(t_end) for k in LOYALTY_COLUMNS if k != "promo"}
    build = p.trust_build * srv * (1.0 - fr)
    fade = p.trust_decay + p.friction_decay * fr
    for i in range(t_end):
        on = 1.0 if promo[i] else 0.0
        off = 1.0 - on
        # orders this month from the customers at its start
        pull = dep * on * (1.0 - p.fatigue * habit)  # the same cut pulls less once expected
        rate = p.orders * (1.0 + p.spike * pull) * (1.0 - p.wait * habit * off) \
            * (1.0 - p.friction_orders * fr)
        orders = n * rate
        price = p.basket * (1.0 - dep * on)
        revenue = orders * price
        margin = orders * p.basket * (p.margin_share - dep * on) - n * p.service_cost * srv
        # who leaves, who comes
        churn = p.churn * (1.0 + p.friction_churn * fr) * (1.0 - p.trust_churn * trust) \
            * (1.0 + p.habit_churn * habit * (0.5 + 0.5 * off))
        churn = min(max(churn, 0.0), 1.0)
        room = max(0.0, 1.0 - n / p.market)
        new = (p.acquisition * (1.0 + p.buzz * pull) + p.word_of_mouth * trust * n) * room
        new = min(new, p.market - n * (1.0 - churn))
        n = n * (1.0 - churn) + new
        # slow stocks: trust and the discount habit
        trust = trust + build * (1.0 - trust) - fade * trust
        habit = habit * (1.0 - p.habit_decay) + p.habit_gain * dep * on * (1.0 - habit)
        habit = min(max(habit, 0.0), 1.0)
        for key, value in (("customers", n), ("new_customers", new), ("churn", churn),
                           ("orders", orders), ("revenue", revenue), ("margin", margin),
                           ("trust", trust), ("habit", habit)):
            cols[key][i] = value
    cols["cumulative_margin"] = np.cumsum(cols["margin"])
    frame = pd.DataFrame({"promo": promo, **cols}, index=pd.Index(np.arange(1, t_end + 1),
                                                                  name="month"))
    return frame[LOYALTY_COLUMNS]


def compare_strategies(depth: float = 0.3, frequency: int = 4, service: float = 0.5,
                       friction: float = 0.2, months: int = 36) -> pd.DataFrame:
    """Three runs of :func:`loyalty` side by side, one row each: ``discounts`` (the given depth
    and frequency at no extra service: service 0), ``service`` (no discounts, the given service),
    and ``both``. Columns: ``customers`` at the end, ``peak_orders`` and ``mean_orders`` per
    month, ``total_margin`` (€), ``final_trust`` and ``final_habit``.
    """
    runs = {
        "discounts": loyalty(depth, frequency, 0.0, friction, months),
        "service": loyalty(0.0, 0, service, friction, months),
        "both": loyalty(depth, frequency, service, friction, months),
    }
    rows = [{"strategy": name, "customers": f["customers"].iloc[-1],
             "peak_orders": f["orders"].max(), "mean_orders": f["orders"].mean(),
             "total_margin": f["cumulative_margin"].iloc[-1],
             "final_trust": f["trust"].iloc[-1], "final_habit": f["habit"].iloc[-1]}
            for name, f in runs.items()]
    return pd.DataFrame(rows).set_index("strategy")
