"""Keeping customers: cohort retention, customer lifetime value, a paid membership tier, and
three ways of buying loyalty (deep discounts, trust built by service, a paid membership).

Time is counted in **months** throughout. Money is in **€**. Rates are shares in [0, 1]:

* ``churn`` *c* — the share of a month's active customers who leave by the next month;
  retention *r* = 1 − *c*.
* ``margin`` *m* — the gross margin a customer earns the business per active month, in €/month.
* ``discount_rate`` *d* — the monthly rate at which future money is worth less (cost of capital).

Customer lifetime value (CLV), in €: the expected, discounted margin of one new customer who is
counted as active from month 1 on with probability *r*, *r*², … (margin paid at the end of each
month the customer is still there)::

    CLV(T) = Σ_{t=1..T} m · r^t / (1 + d)^t
    CLV(∞) = m · r / (1 + d − r)          (the closed form, for d + c ≥ 1e-6)

Every public function checks its inputs and names the bad field, the value given and the allowed
range; within the ranges every result is finite (:func:`payback_month`'s ``inf`` — "never" — is
the one documented exception).

The constants of the tiers and of :func:`loyalty` are invented for teaching; the published ranges
they sit in (monthly churn, Prime members' orders and renewals, loyalty programmes on a weak core:
Recurly, CIRP, Dowling and Uncles 1997, Hillstrom) are listed with their addresses in
``data/README.md`` under "Calibration ranges".
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

#: Counts of people (cohort size, market, customers) are in [0, MAX_COUNT] (2**53).
MAX_COUNT = validate.MAX_COUNT
#: The smallest monthly churn (and churn + discount rate) of an endless horizon: a customer who
#: stays a million months on average (far smaller ones give lifetimes that overflow a float).
MIN_RATE = 1e-6

# --------------------------------------------------------------------------------------------
# Cohorts and lifetime value
# --------------------------------------------------------------------------------------------


def cohort(size: float, churn: float, months: int = 36) -> pd.DataFrame:
    """How a cohort of ``size`` customers who joined in month 0 thins out, month by month.

    Parameters
    ----------
    size : customers in the cohort, in [0, 2**53] (:data:`MAX_COUNT`).
    churn : share of the active customers who leave each month, in [0, 1].
    months : months to follow (1–600).

    Returns
    -------
    DataFrame indexed by ``month`` (1 … months) with ``active`` (customers still there at the end
    of the month), ``lost`` (customers who left in that month) and ``retention`` (active / size,
    i.e. (1 − churn)^month). Nobody is lost or gained on the way: the ``lost`` of months 1 … t
    and ``active`` at month t add up to ``size``.
    """
    n = validate.number("size", size, 0, MAX_COUNT)
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

    ``churn`` per month in [1e-6, 1] (:data:`MIN_RATE`); a churn of 0 would mean an endless
    lifetime and raises ValueError.
    """
    c = validate.number("churn", churn, MIN_RATE, 1.0)
    return (1.0 - c) / c


def lifetime_value(margin: float, churn: float, discount_rate: float = 0.01,
                   months: int | None = None) -> float:
    """Customer lifetime value in € (see the module docstring for the formula).

    Parameters
    ----------
    margin : gross margin per active month, €/month (any real number in [−10⁶, 10⁶]).
    churn : monthly churn in [0, 1].
    discount_rate : monthly discount rate in [0, 1] (0.01 ≈ 12.7 % a year).
    months : horizon in months, a whole number in [1, 1200]; ``None`` means no end (closed form
        m·r/(1+d−r) = m·r/(c+d), which needs churn + discount_rate ≥ 1e-6, :data:`MIN_RATE`).

    With a horizon the value is the sum over the cohort's expected active months, computed from
    :func:`cohort`'s retention curve, so it can be checked against the closed forms.
    """
    m = validate.number("margin", margin, -1e6, 1e6)
    c = validate.number("churn", churn, 0.0, 1.0)
    d = validate.number("discount_rate", discount_rate, 0.0, 1.0)
    r = 1.0 - c
    if months is None:
        if c + d < MIN_RATE:
            raise ValueError(
                f"churn and discount_rate must add up to at least {MIN_RATE:g} for an endless "
                f"horizon: a customer who (almost) never leaves and money that (almost) never "
                f"loses value give an endless lifetime value; got churn {c:g} + discount_rate "
                f"{d:g}; raise one of them or set a finite months")
        return m * r / (c + d)   # 1 + d − r, without the rounding of 1 − c
    t_end = int(validate.number("months", months, 1, 1200, integer=True))
    t = np.arange(1, t_end + 1)
    return float(np.sum(m * (r / (1.0 + d)) ** t))


def payback_month(acquisition_cost: float, margin: float, churn: float,
                  discount_rate: float = 0.01, max_months: int = 600) -> float:
    """The first month in which a new customer's expected, discounted margin so far covers the
    cost of winning them; ``inf`` if it never does within ``max_months``, e.g. because the
    lifetime value is below the acquisition cost.

    ``acquisition_cost`` in € in [0, 1e7]; ``margin`` in €/month in [−10⁶, 10⁶]; ``churn`` and
    ``discount_rate`` per month in [0, 1]; ``max_months`` a whole number in [1, 1200]. Returns a
    whole month in [1, max_months] or ``inf``.
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

    ``orders`` per month in [0, 100], ``basket`` € per order in [0, 1e5], ``margin_share`` of the
    basket kept as gross margin in [0, 1], ``churn`` per month in (0, 1] and at least 1e-6
    (:data:`MIN_RATE`), ``fee`` €/month paid for the membership in [0, 1e4], ``perk_cost`` € per
    order that the business spends on the member's benefits (free fast shipping, streaming, …) in
    [0, 1e4]. ``name`` is text.
    """

    name: str
    orders: float
    basket: float
    margin_share: float
    churn: float
    fee: float = 0.0
    perk_cost: float = 0.0

    def __post_init__(self):
        if not isinstance(self.name, str):
            raise TypeError(f"Tier name must be text; got {type(self.name).__name__} "
                            f"{self.name!r}")
        validate.number(f"{self.name}.orders", self.orders, 0, 100)
        validate.number(f"{self.name}.basket", self.basket, 0, 1e5)
        validate.number(f"{self.name}.margin_share", self.margin_share, 0, 1)
        churn = validate.number(f"{self.name}.churn", self.churn, 0, 1, low_open=True)
        if churn < MIN_RATE:   # (the tier's lifetime value must stay a finite number)
            raise ValueError(f"{self.name}.churn must be at least {MIN_RATE:g} (an expected "
                             f"lifetime of at most a million months); got {self.churn!r}")
        validate.number(f"{self.name}.fee", self.fee, 0, 1e4)
        validate.number(f"{self.name}.perk_cost", self.perk_cost, 0, 1e4)

    @property
    def monthly_margin(self) -> float:
        """€/month: orders × (basket × margin share − perk cost) + fee."""
        return self.orders * (self.basket * self.margin_share - self.perk_cost) + self.fee


#: Invented, round numbers for the lesson: members order twice as often, leave a third as often,
#: pay 5 €/month and cost 3 € per order in benefits. The proportions follow the published Prime
#: figures (CIRP 2017: US members shop about 25 times a year against 14, spend about $1,300
#: against $700, and more than 90 % mean to renew); the churn of 5 % a month is inside Recurly's
#: subscription benchmarks (4.9 % B2B, 6.8 % B2C). Sources: data/README.md, "Calibration ranges".
GUEST = Tier("guest", orders=0.5, basket=40.0, margin_share=0.30, churn=0.05)
MEMBER = Tier("member", orders=1.0, basket=40.0, margin_share=0.30, churn=0.015, fee=5.0,
              perk_cost=3.0)


def membership(tiers=(GUEST, MEMBER), discount_rate: float = 0.01) -> pd.DataFrame:
    """Compare tiers side by side: one row per tier (indexed by name) with ``orders`` per month,
    ``monthly_margin`` (€/month), ``churn``, ``lifetime_months`` (expected active months,
    (1 − c)/c) and ``clv`` (€, the closed form :func:`lifetime_value` with no end).

    ``tiers`` is a sequence of :class:`Tier` objects; ``discount_rate`` per month in [0, 1].
    """
    d = validate.number("discount_rate", discount_rate, 0.0, 1.0)
    if isinstance(tiers, Tier):
        tiers = [tiers]
    if isinstance(tiers, (str, bytes)) or not hasattr(tiers, "__iter__"):
        raise TypeError(f"tiers must be a sequence of Tier objects; got {type(tiers).__name__}")
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

    Ranges are checked on construction (an error names the field, the value and the range); see
    :data:`LOYALTY_RANGES` for each field's range, unit and meaning. Besides, ``customers0`` must
    not exceed ``market``, and ``trust_build + trust_decay + friction_decay`` must not exceed 1
    (else trust would overshoot and leave [0, 1]).
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

    def __post_init__(self):
        validate.fields(self, LOYALTY_RANGES, integers=("first_promo",))
        if self.customers0 > self.market:
            raise ValueError(f"customers0 must be ≤ market ({self.market:g}); "
                             f"got {self.customers0!r}")
        total = self.trust_build + self.trust_decay + self.friction_decay
        if total > 1.0:
            raise ValueError(f"trust_build + trust_decay + friction_decay must be ≤ 1 (trust "
                             f"would overshoot and leave [0, 1]); got {self.trust_build:g} + "
                             f"{self.trust_decay:g} + {self.friction_decay:g} = {total:g}")


#: field of :class:`LoyaltyParams` → (low, high, unit, meaning); every field is checked.
LOYALTY_RANGES = {
    "customers0": (0.0, MAX_COUNT, "people", "active customers at the start (≤ market)"),
    "market": (1.0, MAX_COUNT, "people", "everybody who could be a customer"),
    "orders": (0.0, 100.0, "orders/month", "orders per customer per month"),
    "basket": (0.0, 1e5, "€", "value of an order at full price"),
    "margin_share": (0.0, 1.0, "share", "gross margin at full price"),
    "churn": (0.0, 1.0, "1/month", "base share of customers who leave"),
    "acquisition": (0.0, MAX_COUNT, "people/month", "new customers from ordinary marketing"),
    "spike": (0.0, 10.0, "per unit of pull", "extra orders in a promotion month"),
    "buzz": (0.0, 10.0, "per unit of pull", "extra new customers in a promotion month"),
    "fatigue": (0.0, 1.0, "share", "pull lost at full discount habit"),
    "habit_gain": (0.0, 10.0, "per unit of depth", "discount habit a promotion adds"),
    "habit_decay": (0.0, 1.0, "1/month", "share of the discount habit that fades"),
    "wait": (0.0, 1.0, "share", "orders put off until the next deal at full habit"),
    "habit_churn": (0.0, 10.0, "per unit of habit", "extra churn at full habit"),
    "trust0": (0.0, 1.0, "share", "trust at the start"),
    "trust_build": (0.0, 1.0, "1/month", "trust built at full service, no friction"),
    "trust_decay": (0.0, 1.0, "1/month", "share of trust that fades"),
    "friction_decay": (0.0, 1.0, "1/month", "extra fading at friction 1"),
    "trust_churn": (0.0, 1.0, "share", "churn taken away at full trust"),
    "word_of_mouth": (0.0, 1.0, "1/month", "new customers per active customer at full trust"),
    "service_cost": (0.0, 1e4, "€/month", "cost of full service per customer"),
    "friction_churn": (0.0, 10.0, "per unit of friction", "extra churn at friction 1"),
    "friction_orders": (0.0, 1.0, "share", "orders lost at friction 1"),
    "first_promo": (1, 600, "month", "month of the first promotion (whole number)"),
}


@dataclass(frozen=True)
class MembershipParams:
    """The constants of the paid membership in :func:`loyalty` (invented, round values; the ratios
    at full core strength are those of :data:`GUEST` and :data:`MEMBER`, which follow the Prime
    figures in the lesson).

    A membership asks customers to pay a fee in advance. What they get for it depends on the
    **core strength** of the business (selection, prices, delivery: 0 … 1, Amazon ≈ 1): at full
    strength a member gets ``benefit`` € a month of value (fast free shipping and the rest).

    * Each month the share ``join`` × min(1, value ÷ fee) of the guests joins: a fair deal is
      taken up, a poor one less.
    * Members order ``1 + extra_orders × core`` times as often as guests (CIRP: US Prime members
      shop about 25 times a year, other Amazon customers about 14) and churn ``lock_in × core``
      less (:data:`MEMBER` 1.5 % against :data:`GUEST` 5 % a month).
    * A member who pays more than they get resents it: their churn rises by ``regret`` per € the
      fee exceeds the value, each month. Loyalty schemes that do not add to the value of the core
      product buy no loyalty (Dowling and Uncles 1997).
    * The business pays ``perk_cost`` € per member order for the perks and earns the fee.

    Ranges are checked on construction (:data:`MEMBERSHIP_RANGES`).
    """

    benefit: float = 12.0
    join: float = 0.05
    extra_orders: float = 1.0
    lock_in: float = 0.7
    regret: float = 0.01
    perk_cost: float = 3.0

    def __post_init__(self):
        validate.fields(self, MEMBERSHIP_RANGES)


#: field of :class:`MembershipParams` → (low, high, unit, meaning).
MEMBERSHIP_RANGES = {
    "benefit": (0.0, 1e4, "€/month", "value a member gets at full core strength"),
    "join": (0.0, 1.0, "1/month", "share of guests who join a fair deal each month"),
    "extra_orders": (0.0, 10.0, "share", "extra orders of a member at full core strength"),
    "lock_in": (0.0, 1.0, "share", "churn a member does not have at full core strength"),
    "regret": (0.0, 1.0, "1/month per €/month", "extra churn per € the fee exceeds the value"),
    "perk_cost": (0.0, 1e4, "€/order", "what the perks cost per member order"),
}
#: The membership fee a loyalty run accepts, €/month.
FEE_RANGE = (0.0, 100.0)


LOYALTY_COLUMNS = ["promo", "customers", "new_customers", "churn", "orders", "revenue", "margin",
                   "cumulative_margin", "trust", "habit", "members"]


def promo_months(frequency: int, months: int, first: int = 3) -> np.ndarray:
    """Boolean array over months 1 … ``months``: True in promotion months.

    ``frequency`` promotions a year (whole number in [0, 12]), spread evenly, the first in month
    ``first`` (whole number in [1, 600]); 12 means every month from ``first`` on (a permanent
    price cut). ``months`` is a whole number in [1, 600].
    """
    k = int(validate.number("frequency", frequency, 0, 12, integer=True))
    t_end = int(validate.number("months", months, 1, 600, integer=True))
    first = int(validate.number("first", first, 1, 600, integer=True))
    m = np.arange(1, t_end + 1)
    if k == 0:
        return np.zeros(t_end, bool)
    return (m >= first) & (((m - first) * k) % 12 < k)


def loyalty(depth: float = 0.0, frequency: int = 0, service: float = 0.5,
            friction: float = 0.2, months: int = 36,
            params: LoyaltyParams = LoyaltyParams(), fee: float = 0.0, core: float = 0.5,
            membership: MembershipParams = MembershipParams()) -> pd.DataFrame:
    """A customer base over ``months`` under a discount policy, a level of service and (if
    ``fee`` > 0) a paid membership.

    Parameters
    ----------
    depth : price cut in a promotion month, share of the price in [0, 0.6].
    frequency : promotions per year, whole number in [0, 12] (see :func:`promo_months`).
    service : service quality — the energy put into trust — in [0, 1].
    friction : everything that annoys customers (slow delivery, bad hand-offs), in [0, 1].
    months : months to simulate (1–240).
    params : the model's constants (:class:`LoyaltyParams`; ranges in :data:`LOYALTY_RANGES`).
    fee : membership fee in €/month, in [0, 100]; 0 means no membership is offered.
    core : strength of the core offer (selection, prices, delivery) in [0, 1]; it decides what a
        member gets for the fee (:class:`MembershipParams`). Without a membership it changes
        nothing.
    membership : the membership's constants (:class:`MembershipParams`).

    Returns
    -------
    DataFrame indexed by ``month`` (1 … months) with ``promo`` (bool), ``customers`` (active at
    the end of the month), ``new_customers``, ``churn`` (share lost that month, members and
    guests together), ``orders``, ``revenue`` (€, with the fees), ``margin`` (€, after discounts,
    the cost of service and of the perks, with the fees), ``cumulative_margin`` (€), ``trust`` and
    ``habit`` (both in [0, 1]) and ``members`` (share of the customers who are members, in [0, 1]).

    Customers stay within [0, market]; more service never lowers trust and more friction never
    raises it. With the lesson's constants (``LoyaltyParams()``) the same holds for customers;
    with extreme constants it need not (when new customers fill a nearly full market, more
    customers now can mean fewer arrivals next month). With ``fee`` 0 the run is the one without
    a membership, to the last bit.
    """
    dep = validate.number("depth", depth, 0.0, 0.6)
    srv = validate.number("service", service, 0.0, 1.0)
    fr = validate.number("friction", friction, 0.0, 1.0)
    t_end = int(validate.number("months", months, 1, 240, integer=True))
    fee = validate.number("fee", fee, *FEE_RANGE)
    core = validate.number("core", core, 0.0, 1.0)
    if not isinstance(params, LoyaltyParams):
        raise TypeError(f"params must be a LoyaltyParams; got {type(params).__name__}")
    if not isinstance(membership, MembershipParams):
        raise TypeError(f"membership must be a MembershipParams; got {type(membership).__name__}")
    p, mp = params, membership
    promo = promo_months(frequency, t_end, p.first_promo)

    # the membership: what a member gets, how many join, how they buy and leave
    value = core * mp.benefit
    appeal = min(1.0, value / fee) if fee > 0 else 0.0
    member_orders = 1.0 + mp.extra_orders * core
    shortfall = max(0.0, fee - value)

    n, trust, habit, members = p.customers0, p.trust0, 0.0, 0.0
    cols = {k: np.empty(t_end) for k in LOYALTY_COLUMNS if k != "promo"}
    build = p.trust_build * srv * (1.0 - fr)
    fade = p.trust_decay + p.friction_decay * fr
    for i in range(t_end):
        on = 1.0 if promo[i] else 0.0
        off = 1.0 - on
        guests = n - members
        # orders this month from the customers at its start
        pull = dep * on * (1.0 - p.fatigue * habit)  # the same cut pulls less once expected
        rate = p.orders * (1.0 + p.spike * pull) * (1.0 - p.wait * habit * off) \
            * (1.0 - p.friction_orders * fr)
        by_members = members * rate * member_orders
        orders = guests * rate + by_members
        price = p.basket * (1.0 - dep * on)
        revenue = orders * price + fee * members
        margin = orders * p.basket * (p.margin_share - dep * on) - n * p.service_cost * srv \
            + fee * members - mp.perk_cost * by_members
        # who leaves, who comes
        churn = p.churn * (1.0 + p.friction_churn * fr) * (1.0 - p.trust_churn * trust) \
            * (1.0 + p.habit_churn * habit * (0.5 + 0.5 * off))
        churn = min(max(churn, 0.0), 1.0)
        churn_members = min(max(churn * (1.0 - mp.lock_in * core) + mp.regret * shortfall,
                                0.0), 1.0)
        room = max(0.0, 1.0 - n / p.market)
        new = (p.acquisition * (1.0 + p.buzz * pull) + p.word_of_mouth * trust * n) * room
        if members > 0.0:
            kept_guests, kept_members = guests * (1.0 - churn), members * (1.0 - churn_members)
            kept = kept_guests + kept_members
            lost = churn * guests + churn_members * members
            churn_all = lost / n if n > 0 else churn
        else:
            kept_guests, kept_members = n * (1.0 - churn), 0.0
            kept, churn_all = kept_guests, churn
        new = min(new, max(p.market - kept, 0.0))   # (max, min: no rounding past the market)
        n = min(kept + new, p.market)
        members = min(kept_members + mp.join * appeal * kept_guests, n)
        # slow stocks: trust and the discount habit
        trust = trust + build * (1.0 - trust) - fade * trust
        habit = habit * (1.0 - p.habit_decay) + p.habit_gain * dep * on * (1.0 - habit)
        habit = min(max(habit, 0.0), 1.0)
        for key, value_now in (("customers", n), ("new_customers", new), ("churn", churn_all),
                               ("orders", orders), ("revenue", revenue), ("margin", margin),
                               ("trust", trust), ("habit", habit),
                               ("members", members / n if n > 0 else 0.0)):
            cols[key][i] = value_now
    cols["cumulative_margin"] = np.cumsum(cols["margin"])
    frame = pd.DataFrame({"promo": promo, **cols}, index=pd.Index(np.arange(1, t_end + 1),
                                                                  name="month"))
    return frame[LOYALTY_COLUMNS]


def compare_strategies(depth: float = 0.3, frequency: int = 4, service: float = 0.5,
                       friction: float = 0.2, months: int = 36) -> pd.DataFrame:
    """Three runs of :func:`loyalty` side by side, one row each: ``discounts`` (the given depth
    and frequency at no extra service: service 0), ``service`` (no discounts, the given service),
    and ``both``. Columns: ``customers`` at the end, ``peak_orders`` and ``mean_orders`` per
    month, ``total_margin`` (€), ``final_trust`` and ``final_habit``. Arguments and their ranges
    as in :func:`loyalty`.
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
