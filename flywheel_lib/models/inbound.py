"""HubSpot's inbound flywheel as a stock-and-flow model of people, and its Bass special case.

Everybody in the target market sits in exactly one of five stocks (people)::

    strangers ──attract──▶ prospects ──engage──▶ customers ──delight──▶ promoters
                                │                     │                     │
                                └──── lose interest ──┴──── churn ──────────┴──▶ left

and marketing's work piles up in a sixth stock, **content** (k€ of content that still brings people
in: a blog post or a guide keeps attracting readers for months after it was paid for).

* **attract** (marketing): strangers become prospects. Two sources: the pull of the content
  marketing has published, and **word of mouth** from people already in the wheel. Promoters talk
  most, customers a little, prospects (by default) not at all. Unhappy customers speak *against*
  the brand: their voice enters the word-of-mouth sum with a minus sign. Bad talk can cancel good
  talk, but it cannot un-attract the people the content brings in: the word-of-mouth term is never
  below zero.
* **engage** (sales): prospects become customers; the rest lose interest and leave. Some prospects
  buy without any sales help (the content answered their questions); sales energy adds to that.
* **delight** (service): customers become promoters; customers and promoters churn out of the wheel.
* **repeat purchases**: customers and promoters buy again. After-sales content (tips, how-tos,
  news for existing customers) starts such a new buying journey more often. Repeat purchases are
  counted, but nobody moves: a repeat buyer stays where they are.

Each driver gets **energy** and has its own **friction**:

* energy is effort per month, measured in the money that buys it: **1 unit = 1,000 € per month**
  spent on that driver (content for marketing, sales people's time for sales, service people's
  time for service, after-sales content for repeat purchases). Each unit of marketing adds 1 k€ of
  content a month, and content fades with a mean life of ``content_life`` months; 1 k€ of content
  still working pulls as many people as 1 k€ a month of marketing does when the wheel has been
  pushed for a long time (``attract_per_energy``). Each unit of sales, service or after-sales
  raises its rate by a fixed amount (``*_per_energy``): every euro buys the same effect, as in
  the funnel of lesson 02.
* friction is a share in [0, 1] of that driver's effect that is lost: poor content and calls to
  action (marketing: scales the whole attract flow), poor sales handling (sales: fewer prospects
  engage, more lose interest), bad service and bad hand-offs between teams (service: fewer
  customers are delighted or buy again, more churn, and that share of customers is unhappy and
  speaks against the brand).

**Fit.** ``breadth`` says how broadly marketing aims beyond the people the product is for (0: only
them, the inbound ideal; 1: everybody). Broad content reaches more strangers (up to
``1 + broad_reach`` times as many), but fewer of those it brings fit: the share that fits falls from
1 to ``fit_floor``. Prospects who do not fit rarely buy, customers who do not fit are rarely
delighted and churn more (``churn_misfit``).

**Calibration.** The response constants are invented for teaching, but chosen so that, at the
lesson's defaults (market 1,000,000; 4, 3 and 3 k€ a month; 20 % friction on each driver), the
wheel lands inside published ranges (sources in ``data/README.md``, "Calibration ranges"):

* prospect → customer: about 11 % of prospects become customers (lead-to-customer rates are a
  few per cent to about 15 %; search (inbound) leads close at 14.6 %, outbound leads at 1.7 %,
  Search Engine Journal). At ``breadth`` 1 it falls to about 2 %, the outbound figure.
* monthly churn: customers 3.6 %, promoters 1.8 % (Recurly's subscription benchmarks: 3.95 %
  voluntary churn a month; 4.9 % B2B and 6.8 % B2C in all).
* promoters: about a third of the customer base, and 20 % of customers unhappy (Net Promoter
  surveys; Reichheld 2003). Word of mouth brings about half of the new prospects after five years
  (McKinsey 2010: word of mouth is the main factor in 20–50 % of purchase decisions; Nielsen 2015:
  83 % trust recommendations from people they know).
* repeat purchases: about 38 % of customers buy again within a year without after-sales content,
  54 % with 1 k€ a month of it, 65 % with 2 k€ (Hillstrom's e-commerce modes in Croll and
  Yoskovitz, *Lean Analytics*: below 40 % "acquisition mode", 40–60 % "hybrid", above 60 %
  "loyalty mode").
* cost: the default wheel wins a customer for about 40 € (600,000 € over five years), the
  funnel of lesson 02 for 30–46 €.

The model is integrated with Euler's method at a step ``dt`` (a fraction of a month, ``1/dt`` a whole
number), exactly as Vensim and PySD integrate it, so an independent engine reproduces it step for
step. At every step ``strangers + prospects + customers + promoters + left == market`` (up to
rounding, far below 1e-9 of the market): every flow leaves one stock and enters another.

With :func:`bass_setting` the model is the Bass (1969) diffusion model exactly: only external
attraction ``p`` and imitation ``q`` (everybody who is not a stranger talks with weight ``q``), no
friction, no loss, no churn. Then ``market − strangers`` are Bass's adopters.

Every public function checks its inputs and names the bad field, the value given and the allowed
range; within the ranges every stock and flow is finite and ≥ 0 (the step ``dt`` is checked to be
small enough that no stock is overdrawn).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

DRIVERS = ("marketing", "sales", "service")
#: The driver each flow belongs to (attract ← marketing, engage ← sales, delight ← service).
FLOWS = {"marketing": "attract", "sales": "engage", "service": "delight"}
#: The stocks of people (they add up to the market); the content stock is in k€, not people.
STOCKS = ("strangers", "prospects", "customers", "promoters", "left")
#: 1 unit of energy is this many € per month spent on a driver.
EUR_PER_ENERGY = 1000.0
#: Lesson 06: how a budget is split over the three drivers (marketing, sales, service).
BUDGET_SPLIT = (0.4, 0.3, 0.3)
#: The most a driver's energy can be, k€/month (:data:`RANGES`), so the largest budget (€/month)
#: of :func:`energy_from_budget` (any split) and of :func:`compare_with_funnel` (BUDGET_SPLIT).
MAX_ENERGY = 100.0
MAX_BUDGET_ANY_SPLIT = len(DRIVERS) * MAX_ENERGY * EUR_PER_ENERGY          # 300,000 €/month
MAX_BUDGET = MAX_ENERGY * EUR_PER_ENERGY / max(BUDGET_SPLIT)                # 250,000 €/month

COLUMNS = ["strangers", "prospects", "customers", "promoters", "left", "content", "attracted",
           "by_word_of_mouth", "new_customers", "new_promoters", "new_left", "repeat_purchases",
           "cumulative_customers"]

_COLUMN_INDEX = pd.Index(COLUMNS)

# field → (low, high, unit, meaning); every field of InboundParams except push_until and dt.
RANGES = {
    "market": (1.0, 1e10, "people", "people in the target market"),
    "initial_customers": (0.0, 1e10, "people", "customers at month 0 (≤ market)"),
    "marketing": (0.0, MAX_ENERGY, "k€/month", "energy put into attract (new content)"),
    "sales": (0.0, MAX_ENERGY, "k€/month", "energy put into engage"),
    "service": (0.0, MAX_ENERGY, "k€/month", "energy put into delight"),
    "after_sales": (0.0, MAX_ENERGY, "k€/month", "energy put into after-sales content"),
    "friction_marketing": (0.0, 1.0, "share", "poor content and calls to action"),
    "friction_sales": (0.0, 1.0, "share", "poor sales handling"),
    "friction_service": (0.0, 1.0, "share", "bad service, bad hand-offs between teams"),
    "breadth": (0.0, 1.0, "share", "how broadly marketing aims beyond the right people"),
    "attract_base": (0.0, 1.0, "1/month", "share of strangers who find you with no content"),
    "attract_per_energy": (0.0, 0.01, "1/month per k€/month", "pull of content still working"),
    "content_life": (1.0, 600.0, "months", "mean life of content"),
    "broad_reach": (0.0, 10.0, "share", "extra strangers reached at breadth 1"),
    "fit_floor": (0.0, 1.0, "share", "share of those reached who fit, at breadth 1"),
    "engage_base": (0.0, 1.0, "1/month", "share of prospects who buy with no sales energy"),
    "engage_per_energy": (0.0, 0.1, "1/month per k€/month", "extra engage rate per unit"),
    "prospect_loss": (0.0, 1.0, "1/month", "share of prospects who lose interest"),
    "prospect_loss_friction": (0.0, 1.0, "1/month", "extra loss at sales friction 1"),
    "delight_base": (0.0, 1.0, "1/month", "share of customers delighted with no service energy"),
    "delight_per_energy": (0.0, 0.1, "1/month per k€/month", "extra delight rate per unit"),
    "churn_customers": (0.0, 1.0, "1/month", "share of customers who leave"),
    "churn_promoters": (0.0, 1.0, "1/month", "share of promoters who leave"),
    "churn_friction": (0.0, 1.0, "1/month", "extra churn at service friction 1"),
    "churn_misfit": (0.0, 1.0, "1/month", "extra churn of customers who do not fit"),
    "wom_prospects": (0.0, 1.0, "1/month", "strangers attracted per prospect (whole market)"),
    "wom_customers": (0.0, 1.0, "1/month", "strangers attracted per happy customer"),
    "wom_promoters": (0.0, 1.0, "1/month", "strangers attracted per promoter"),
    "badmouth": (0.0, 1.0, "1/month", "strangers put off per unhappy customer"),
    "repeat_base": (0.0, 1.0, "1/month", "repeat purchases per customer, no after-sales energy"),
    "repeat_per_energy": (0.0, 0.1, "1/month per k€/month", "extra repeat purchases per unit"),
}


@dataclass(frozen=True)
class InboundParams:
    """Parameters of the inbound flywheel. Rates are shares per month; energy is in k€/month.

    The energies, the three frictions and ``breadth`` are the lessons' sliders; the rest are
    response constants (invented, calibrated to published ranges: see the module docstring and
    lesson 05). Ranges are checked on construction; see :data:`RANGES` for each field's unit and
    meaning.

    ``push_until`` (months, ≥ 0, or ``None`` = for ever): the energies are put in while
    ``time < push_until`` and are 0 afterwards (the content published so far keeps working and
    fades). ``dt`` (month, in (0, 1], ``1/dt`` a whole number): the Euler step.

    Word of mouth counts each person's voice relative to the whole market, as in Bass's model: one
    promoter attracts ``wom_promoters × strangers / market`` people per month. The share
    ``friction_service`` of customers is unhappy: it speaks against the brand with weight
    ``badmouth`` instead of for it with weight ``wom_customers``.
    """

    market: float = 1_000_000.0         # people in the target market, [1, 1e10]
    initial_customers: float = 0.0      # customers at month 0, people, [0, market]
    marketing: float = 4.0              # energy into attract (content), k€/month, [0, 100]
    sales: float = 3.0                  # energy into engage, k€/month, [0, 100] (slider 0–10)
    service: float = 3.0                # energy into delight, k€/month, [0, 100] (slider 0–10)
    after_sales: float = 0.0            # energy into after-sales content, k€/month, [0, 100]
    friction_marketing: float = 0.2     # share of attract lost, [0, 1] (slider 0–0.9)
    friction_sales: float = 0.2         # share of engage lost, [0, 1] (slider 0–0.9)
    friction_service: float = 0.2       # share of delight lost = share of unhappy customers, [0, 1]
    breadth: float = 0.0                # 0 = content for the right people only … 1 = for all, [0, 1]
    attract_base: float = 0.0           # share of strangers/month found with no content, [0, 1]
    attract_per_energy: float = 0.0006  # share of strangers/month per k€ of content ÷ life, [0, 0.01]
    content_life: float = 9.0           # mean life of content, months, [1, 600]
    broad_reach: float = 0.8            # extra strangers reached at breadth 1, share, [0, 10]
    fit_floor: float = 0.15             # share of them who fit at breadth 1, [0, 1]
    engage_base: float = 0.02           # share of prospects/month who buy unaided, [0, 1]
    engage_per_energy: float = 0.006    # extra share/month per k€/month of sales, [0, 0.1]
    prospect_loss: float = 0.2          # share of prospects/month who lose interest, [0, 1]
    prospect_loss_friction: float = 0.05  # extra loss/month at sales friction 1, [0, 1]
    delight_base: float = 0.004         # share of customers/month delighted unaided, [0, 1]
    delight_per_energy: float = 0.008   # extra share/month per k€/month of service, [0, 0.1]
    churn_customers: float = 0.03       # share of customers/month who leave, [0, 1]
    churn_promoters: float = 0.012      # share of promoters/month who leave, [0, 1]
    churn_friction: float = 0.03        # extra churn/month at service friction 1, [0, 1]
    churn_misfit: float = 0.03          # extra churn/month of customers who do not fit, [0, 1]
    wom_prospects: float = 0.0          # strangers/month one prospect attracts (÷ market), [0, 1]
    wom_customers: float = 0.2          # … one happy customer attracts, [0, 1]
    wom_promoters: float = 0.8          # … one promoter attracts, [0, 1]
    badmouth: float = 0.6               # … one unhappy customer puts off, [0, 1]
    repeat_base: float = 0.05           # repeat purchases per customer per month, [0, 1]
    repeat_per_energy: float = 0.03     # extra per k€/month of after-sales content, [0, 0.1]
    push_until: float | None = None     # energy put in while time < push_until (months); None = always
    dt: float = 0.25                    # Euler step, month, 1/n

    def __post_init__(self):
        validate.fields(self, RANGES)
        if self.initial_customers > self.market:
            raise ValueError(f"initial_customers must be ≤ market ({self.market:g}); "
                             f"got {self.initial_customers!r}")
        if self.push_until is not None:
            object.__setattr__(self, "push_until",
                               validate.number("push_until", self.push_until, 0, 1e6))
        object.__setattr__(self, "dt", _check_dt(self.dt))
        bound = _fastest_rate(self)
        if bound * self.dt > 1.0 + 1e-12:
            raise ValueError(
                f"dt must be ≤ {1 / bound:.4g} month for these rates (the fastest flow empties "
                f"{bound:.3g} of its stock per month, so a step of {self.dt:g} would overdraw it); "
                f"got dt={self.dt!r}")

    @property
    def fit(self) -> float:
        """Share of the people marketing brings who fit the product, in [fit_floor, 1]."""
        return 1 - (1 - self.fit_floor) * self.breadth

    @property
    def reach(self) -> float:
        """How many times as many strangers the content reaches as at breadth 0, ≥ 1."""
        return 1 + self.broad_reach * self.breadth


def _changed(par: InboundParams, **changes) -> InboundParams:
    """``par`` with ``changes``, at the same step ``dt`` — or a finer one, 1/n, if the changed
    rates are faster than that step allows (less friction or more energy speeds flows up), so a
    wheel that is valid stays valid when friction is taken away or money put in."""
    fields = {name: getattr(par, name) for name in par.__dataclass_fields__}
    fields.update(changes)
    bound = _fastest_rate(type("_Rates", (), fields))
    dt = par.dt if bound * par.dt <= 1.0 + 1e-12 else 1.0 / math.ceil(bound)
    return replace(par, **changes, dt=dt)


def _check_dt(dt) -> float:
    value = validate.number("dt", dt, 0.0, 1.0, low_open=True)
    steps = round(1.0 / value)
    if abs(steps * value - 1.0) > 1e-9:
        raise ValueError(f"dt must be 1/n for a whole number n (e.g. 0.25, 0.0625); got {dt!r}")
    return 1.0 / steps


def _fastest_rate(p) -> float:
    """The largest share per month any stock can lose (bounds the Euler step that keeps stocks ≥ 0).

    The content stock starts at 0 and never exceeds ``marketing × content_life`` (it is filled at
    ``marketing`` k€ a month and empties at the share ``1/content_life``), so its pull is at most
    ``attract_per_energy × marketing`` (times the reach)."""
    fm, fs, fv = p.friction_marketing, p.friction_sales, p.friction_service
    fit = 1 - (1 - p.fit_floor) * p.breadth
    reach = 1 + p.broad_reach * p.breadth
    talk = max(p.wom_prospects, p.wom_customers * (1 - fv), p.wom_promoters)
    attract = (1 - fm) * (p.attract_base + p.attract_per_energy * p.marketing * reach + talk)
    prospects = ((1 - fs) * (p.engage_base + p.engage_per_energy * p.sales) * fit
                 + p.prospect_loss + p.prospect_loss_friction * fs)
    customers = ((1 - fv) * (p.delight_base + p.delight_per_energy * p.service) * fit
                 + p.churn_customers + p.churn_friction * fv + p.churn_misfit * (1 - fit))
    promoters = p.churn_promoters + p.churn_friction * fv
    return max(attract, prospects, customers, promoters, 1 / p.content_life, 1e-300)


def bass_setting(p, q, market, *, dt: float | None = None) -> InboundParams:
    """The parameters under which the inbound model *is* the Bass (1969) diffusion model.

    Parameters
    ----------
    p : coefficient of innovation (external influence), share of strangers per month, in (0, 1].
    q : coefficient of imitation (word of mouth), per month, in [0, 1].
    market : market potential *m* (people), in [1, 1e10].
    dt : Euler step in months, in (0, 1] with ``1/dt`` a whole number; by default the largest
        1/2^k (k ≥ 2) with ``(p + q)·dt ≤ 1/128``, which keeps the Euler solution within 1 % of
        the market of Bass's closed form.

    Returns
    -------
    InboundParams with: no energy, no friction, no content, content for the right people only
    (``breadth`` 0: everybody fits); external attraction ``attract_base = p``;
    every prospect, customer and promoter talks with weight ``q``; no badmouthing; nobody loses
    interest or churns. Then ``strangers`` follows ``S' = −(p + q·(m − S)/m)·S`` — Bass's equation
    for the non-adopters — and ``market − strangers`` are the adopters. (Engage and delight keep their
    default rates: they move adopters around inside the wheel, which Bass does not care about,
    since every adopter talks alike.)
    """
    p = validate.number("p", p, 0.0, 1.0, low_open=True)
    q = validate.number("q", q, 0.0, 1.0)
    m = validate.number("market", market, RANGES["market"][0], RANGES["market"][1])
    if dt is None:
        k = max(2, math.ceil(math.log2(128 * (p + q))))
        dt = 2.0 ** -k
    return InboundParams(
        market=m, initial_customers=0.0, marketing=0.0, sales=0.0, service=0.0, after_sales=0.0,
        friction_marketing=0.0, friction_sales=0.0, friction_service=0.0, breadth=0.0,
        attract_base=p, attract_per_energy=0.0, prospect_loss=0.0, prospect_loss_friction=0.0,
        churn_customers=0.0, churn_promoters=0.0, churn_friction=0.0, churn_misfit=0.0,
        wom_prospects=q, wom_customers=q, wom_promoters=q, badmouth=0.0, push_until=None, dt=dt)


def bass_adopters(t, p, q, market=1.0):
    """Bass's closed form: cumulative adopters m·F(t), F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p)e^(−(p+q)t)).

    ``t`` in months (a number or an array of numbers, each finite and ≥ 0), ``p`` in (0, 1],
    ``q`` in [0, 1] per month, ``market`` *m* in people in [0, 1e10] (1: the share F(t)).
    Returns adopters (people, the shape of ``t``), in [0, market], never falling as t grows.
    """
    t = validate.array("t", t, 0.0, None)
    p = validate.number("p", p, 0.0, 1.0, low_open=True)
    q = validate.number("q", q, 0.0, 1.0)
    m = validate.number("market", market, 0.0, RANGES["market"][1])
    decay = np.exp(-(p + q) * t)
    # (q/p)·e^(−(p+q)t) as one exponential: q/p alone may not fit a float when p is tiny; where
    # the exponential does not either (inf), F is 0 to double precision, as the division gives
    with np.errstate(over="ignore"):
        odds = np.exp(math.log(q) - math.log(p) - (p + q) * t) if q > 0 else 0.0
    return m * (1.0 - decay) / (1.0 + odds)


def bass_peak(p, q) -> float:
    """Bass's peak time t* = ln(q/p)/(p+q) of new adopters per month (0 when q ≤ p), in months.

    ``p`` in (0, 1], ``q`` in [0, 1] per month.
    """
    p = validate.number("p", p, 0.0, 1.0, low_open=True)
    q = validate.number("q", q, 0.0, 1.0)
    return (math.log(q) - math.log(p)) / (p + q) if q > p else 0.0


# -- the engine -------------------------------------------------------------------------------

def _constants(par: InboundParams):
    """Per-month rates in the 'push on' and 'push off' phases, and the constant ones."""
    fm, fs, fv = par.friction_marketing, par.friction_sales, par.friction_service
    reach = 1 + par.broad_reach * par.breadth
    fit = 1 - (1 - par.fit_floor) * par.breadth

    def phase(es, ev, ea):
        engage = (1.0 - fs) * (par.engage_base + par.engage_per_energy * es) * fit
        delight = (1.0 - fv) * (par.delight_base + par.delight_per_energy * ev) * fit
        repeat = (1.0 - fv) * (par.repeat_base + par.repeat_per_energy * ea)
        return engage, delight, repeat

    on = phase(par.sales, par.service, par.after_sales)
    off = phase(0.0, 0.0, 0.0)
    voice_customers = par.wom_customers * (1.0 - fv) - par.badmouth * fv
    return dict(
        on=on, off=off, content_in=par.marketing, pull=1.0 - fm, base=par.attract_base,
        per_content=par.attract_per_energy, life=par.content_life, reach=reach,
        lose=par.prospect_loss + par.prospect_loss_friction * fs,
        churn_c=par.churn_customers + par.churn_friction * fv + par.churn_misfit * (1 - fit),
        churn_r=par.churn_promoters + par.churn_friction * fv,
        w_p=par.wom_prospects, w_c=voice_customers, w_r=par.wom_promoters,
    )


def _push_steps(par: InboundParams, total_steps: int) -> int:
    """Number of Euler steps at the start with the energy on (``time < push_until``)."""
    if par.push_until is None:
        return total_steps
    return min(total_steps, math.ceil(par.push_until / par.dt - 1e-9))


def _check_months(months) -> int:
    return int(validate.number("months", months, 1, 1200, integer=True))


def _check_params(params, allow_none: bool = False) -> InboundParams:
    if params is None and allow_none:
        return InboundParams()
    if not isinstance(params, InboundParams):
        raise TypeError(f"params must be an InboundParams{' (or None)' if allow_none else ''}; "
                        f"got {type(params).__name__}")
    return params


def _run(par: InboundParams, months: int) -> np.ndarray:
    """The Euler loop for one parameter set; rows = months 0..months, columns = :data:`COLUMNS`.

    The loop itself is :func:`_euler` (plain Python on floats: a run of 60 months at dt 1/4
    takes about 0.2 ms).
    """
    c = _constants(par)
    sub = round(1.0 / par.dt)
    (e, d, r), (e_off, d_off, r_off) = c["on"], c["off"]
    stocks = _euler(par.market, par.initial_customers, par.dt, sub, months,
                    _push_steps(par, months * sub), c["content_in"], e, d, r, e_off, d_off, r_off,
                    c["pull"], c["base"], c["per_content"], c["life"], c["reach"], c["lose"],
                    c["churn_c"], c["churn_r"], c["w_p"], c["w_c"], c["w_r"])
    return _with_flows(stocks)


#: columns of the stocks and cumulative counts :func:`_euler` returns
_STATE = ("strangers", "prospects", "customers", "promoters", "left", "content", "won",
          "delighted", "talked", "repeated")


def _euler(market, initial_customers, dt, sub, months, push, content_in, e_on, d_on, r_on,
           e_off, d_off, r_off, pull, base, per_content, life, reach, lose_r, churn_c, churn_r,
           w_p, w_c, w_r):
    """Euler steps of ``dt`` months, ``sub`` per month, the energy on for the first ``push``
    steps; returns the stocks and cumulative counts at the end of each month, shape
    (months + 1, 10), columns :data:`_STATE`: strangers, prospects, customers, promoters, left,
    content, won, delighted, talked, repeated.

    The stock updates use the same arithmetic, in the same order, as PySD's Euler step of
    ``tests/inbound.mdl``. Monthly flows are later taken as differences of the cumulative counts
    (all won, delighted, brought by word of mouth, repeat purchases), which costs fewer operations
    than summing every flow. Plain floats: a loop of scalar steps is faster in Python than in
    numpy.
    """
    out = np.empty((months + 1, len(_STATE)))
    S = market - initial_customers
    C = initial_customers
    P = R = L = K = won = delighted = talked = repeated = 0.0
    out[0] = S, P, C, R, L, K, won, delighted, talked, repeated
    step = 0
    for month in range(1, months + 1):
        for _k in range(sub):
            if step < push:
                k_in, e, d, r = content_in, e_on, d_on, r_on
            else:
                k_in, e, d, r = 0.0, e_off, d_off, r_off
            step += 1
            outside = base + per_content * (K / life) * reach
            talk = (w_p * P + w_c * C + w_r * R) / market
            if talk < 0.0:
                talk = 0.0
            pulled = pull * S
            attract = pulled * (outside + talk)
            engage = e * P
            lose = lose_r * P
            delight = d * C
            churn_cust = churn_c * C
            churn_prom = churn_r * R
            again = r * (C + R)
            S = S + dt * -attract
            P = P + dt * (attract - engage - lose)
            C = C + dt * (engage - delight - churn_cust)
            R = R + dt * (delight - churn_prom)
            L = L + dt * (lose + churn_cust + churn_prom)
            K = K + dt * (k_in - K / life)
            won = won + dt * engage
            delighted = delighted + dt * delight
            talked = talked + dt * (pulled * talk)
            repeated = repeated + dt * again
        out[month] = S, P, C, R, L, K, won, delighted, talked, repeated
    return out


def _with_flows(stocks: np.ndarray) -> np.ndarray:
    """From stocks + cumulative counts (rows = months, shape (months+1, 10) or (months+1, 10, n),
    columns :data:`_STATE`) to the :data:`COLUMNS` table: monthly flows are month-to-month
    differences."""
    out = np.zeros((stocks.shape[0], len(COLUMNS)) + stocks.shape[2:])
    out[:, 0:6] = stocks[:, 0:6]                        # the five stocks of people, content
    out[1:, 6] = stocks[:-1, 0] - stocks[1:, 0]         # attracted = strangers lost
    out[1:, 7] = np.diff(stocks[:, 8], axis=0)          # by word of mouth
    out[1:, 8] = np.diff(stocks[:, 6], axis=0)          # new customers
    out[1:, 9] = np.diff(stocks[:, 7], axis=0)          # new promoters
    out[1:, 10] = np.diff(stocks[:, 4], axis=0)         # new left
    out[1:, 11] = np.diff(stocks[:, 9], axis=0)         # repeat purchases
    out[:, 12] = stocks[:, 6]                           # cumulative customers
    return out


def simulate(params: InboundParams | None = None, months=60) -> pd.DataFrame:
    """Run the inbound flywheel month by month.

    Parameters
    ----------
    params : an :class:`InboundParams` (``None`` = the lesson's defaults).
    months : length of the run in months, a whole number in [1, 1200].

    Returns
    -------
    DataFrame indexed by ``month`` 0..months. Stocks at the end of each month (people):
    ``strangers``, ``prospects``, ``customers``, ``promoters``, ``left`` (row 0 is the start);
    and ``content`` (k€ of content still working). Flows during the month ending at that row
    (people per month; 0 in row 0): ``attracted`` (strangers who became prospects),
    ``by_word_of_mouth`` (the part of ``attracted`` that word of mouth brought), ``new_customers``
    (prospects who became customers: first purchases), ``new_promoters`` (customers delighted into
    promoters), ``new_left`` (people who left the wheel), ``repeat_purchases`` (purchases per
    month by customers and promoters who buy again). And ``cumulative_customers``: all customers
    won since month 0.
    """
    par = _check_params(params, allow_none=True)
    m = _check_months(months)
    values = _run(par, m)
    return pd.DataFrame(values, columns=_COLUMN_INDEX, index=pd.RangeIndex(m + 1, name="month"),
                        copy=False)


def final_customers(params: InboundParams, months=60) -> float:
    """Cumulative customers won after ``months`` (whole number in [1, 1200]), in people: the last
    value of :func:`simulate`."""
    par = _check_params(params)
    m = _check_months(months)
    return float(_run(par, m)[-1, -1])


# -- many parameter sets at once ------------------------------------------------------------------

def _check_array(name, values, low, high) -> np.ndarray:
    arr = np.atleast_1d(validate.array(name, values, low, high))
    if arr.ndim != 1:
        raise ValueError(f"{name} must be a number or a 1-D sequence of numbers; got shape {arr.shape}")
    return arr


def simulate_grid(params: InboundParams | None = None, months=60, **vary) -> dict:
    """Run many parameter sets at once (numpy, vectorised over the sets).

    ``vary`` maps field names of :class:`InboundParams` to 1-D sequences (all of one length *n*, or
    single numbers); every other field comes from ``params``. ``push_until`` may vary too (``inf``
    = never stops). ``dt`` is that of ``params``. Every value is checked against its range
    (an error names the field and the index).

    Returns a dict of arrays of shape ``(months + 1, n)``, one per column of :func:`simulate`, plus
    ``"month"`` (shape ``(months + 1,)``). Column *j* equals ``simulate`` of the *j*-th set.
    """
    par = _check_params(params, allow_none=True)
    m = _check_months(months)
    unknown = set(vary) - set(RANGES) - {"push_until"}
    if unknown:
        raise KeyError(f"cannot vary {sorted(unknown)}; fields: {', '.join([*RANGES, 'push_until'])}")
    arrays = {}
    for name in RANGES:
        low, high = RANGES[name][:2]
        arrays[name] = _check_array(name, vary[name], low, high) if name in vary else \
            np.array([getattr(par, name)])
    push = vary.get("push_until", np.inf if par.push_until is None else par.push_until)
    push = _push_array(push)
    arrays["push_until"] = push
    try:
        n = np.broadcast_shapes(*(a.shape for a in arrays.values()))[0]
    except ValueError:
        lengths = {k: len(v) for k, v in arrays.items() if len(v) > 1}
        raise ValueError(f"varied fields must all have the same length; got {lengths}") from None
    g = {k: np.broadcast_to(v, (n,)) for k, v in arrays.items()}
    if (g["initial_customers"] > g["market"]).any():
        i = int(np.flatnonzero(g["initial_customers"] > g["market"])[0])
        raise ValueError(f"initial_customers[{i}] must be ≤ market; got {g['initial_customers'][i]!r}")
    dt = par.dt
    fm, fs, fv = g["friction_marketing"], g["friction_sales"], g["friction_service"]
    fit = 1 - (1 - g["fit_floor"]) * g["breadth"]
    reach = 1 + g["broad_reach"] * g["breadth"]
    talk_max = np.maximum.reduce([g["wom_prospects"], g["wom_customers"] * (1 - fv), g["wom_promoters"]])
    bound = np.maximum.reduce([   # as _fastest_rate, for every set
        (1 - fm) * (g["attract_base"] + g["attract_per_energy"] * g["marketing"] * reach + talk_max),
        (1 - fs) * (g["engage_base"] + g["engage_per_energy"] * g["sales"]) * fit
        + g["prospect_loss"] + g["prospect_loss_friction"] * fs,
        (1 - fv) * (g["delight_base"] + g["delight_per_energy"] * g["service"]) * fit
        + g["churn_customers"] + g["churn_friction"] * fv + g["churn_misfit"] * (1 - fit),
        g["churn_promoters"] + g["churn_friction"] * fv,
        1 / g["content_life"],
    ])
    if (bound * dt > 1.0 + 1e-12).any():
        raise ValueError(f"dt must be ≤ {1 / bound.max():.4g} month for the fastest of these "
                         f"parameter sets; got dt={dt!r}")

    # the same arithmetic, in the same order, as _constants and _euler (so that column j equals
    # simulate of the j-th set to the last bit)
    e_on = (1.0 - fs) * (g["engage_base"] + g["engage_per_energy"] * g["sales"]) * fit
    d_on = (1.0 - fv) * (g["delight_base"] + g["delight_per_energy"] * g["service"]) * fit
    r_on = (1.0 - fv) * (g["repeat_base"] + g["repeat_per_energy"] * g["after_sales"])
    e_off = (1.0 - fs) * (g["engage_base"] + g["engage_per_energy"] * 0.0) * fit
    d_off = (1.0 - fv) * (g["delight_base"] + g["delight_per_energy"] * 0.0) * fit
    r_off = (1.0 - fv) * (g["repeat_base"] + g["repeat_per_energy"] * 0.0)
    pull = 1.0 - fm
    base, per_content, life = g["attract_base"], g["attract_per_energy"], g["content_life"]
    lose_r = g["prospect_loss"] + g["prospect_loss_friction"] * fs
    churn_c = g["churn_customers"] + g["churn_friction"] * fv + g["churn_misfit"] * (1 - fit)
    churn_r = g["churn_promoters"] + g["churn_friction"] * fv
    w_p, w_c, w_r = g["wom_prospects"], g["wom_customers"] * (1.0 - fv) - g["badmouth"] * fv, \
        g["wom_promoters"]
    market = g["market"]
    sub = round(1.0 / dt)
    push_steps = np.where(np.isinf(push), np.inf, np.ceil(np.broadcast_to(push, (n,)) / dt - 1e-9))

    S = market - g["initial_customers"]
    C = g["initial_customers"].astype(float)
    P, R, L, K, won, delighted, talked, repeated = (np.zeros(n) for _ in range(8))
    stocks = np.zeros((m + 1, len(_STATE), n))
    stocks[0] = S, P, C, R, L, K, won, delighted, talked, repeated
    i = 0
    for month in range(1, m + 1):
        for _k in range(sub):
            on = i < push_steps
            i += 1
            k_in = np.where(on, g["marketing"], 0.0)
            e = np.where(on, e_on, e_off)
            d = np.where(on, d_on, d_off)
            r = np.where(on, r_on, r_off)
            outside = base + per_content * (K / life) * reach
            talk = np.maximum((w_p * P + w_c * C + w_r * R) / market, 0.0)
            pulled = pull * S
            attract = pulled * (outside + talk)
            engage = e * P
            lose = lose_r * P
            delight = d * C
            churn_cust = churn_c * C
            churn_prom = churn_r * R
            again = r * (C + R)
            S = S + dt * -attract
            P = P + dt * (attract - engage - lose)
            C = C + dt * (engage - delight - churn_cust)
            R = R + dt * (delight - churn_prom)
            L = L + dt * (lose + churn_cust + churn_prom)
            K = K + dt * (k_in - K / life)
            won = won + dt * engage
            delighted = delighted + dt * delight
            talked = talked + dt * (pulled * talk)
            repeated = repeated + dt * again
        stocks[month] = S, P, C, R, L, K, won, delighted, talked, repeated
    out = _with_flows(stocks)
    result = {name: out[:, j] for j, name in enumerate(COLUMNS)}
    result["month"] = np.arange(m + 1)
    return result


def _push_array(push) -> np.ndarray:
    """``push_until`` values of :func:`simulate_grid`: each ≥ 0, or inf for never."""
    if isinstance(push, (str, bytes)):
        raise TypeError(f"push_until must be a number or a sequence of numbers (≥ 0, or inf for "
                        f"never); got {push!r}")
    try:
        raw = np.atleast_1d(np.asarray(push))
        if raw.dtype.kind == "b":
            raise TypeError
        arr = raw.astype(float)
    except (TypeError, ValueError, OverflowError):
        raise TypeError(f"push_until must be a number or a sequence of numbers (≥ 0, or inf for "
                        f"never); got {type(push).__name__}") from None
    bad = np.isnan(arr) | (arr < 0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ValueError(f"push_until[{i}] must be ≥ 0 (or inf for never); got {arr[i]!r}")
    return arr


# -- what the panel of lesson 05 reads off ------------------------------------------------------

def friction_costs(params: InboundParams, months=60, *, won: float | None = None) -> pd.Series:
    """Customers each driver's friction costs: cumulative customers won with that driver's friction
    set to 0 (all else unchanged) minus those won as is, after ``months``. Indexed by driver.

    The driver with the largest value is where removing friction would win the most customers.
    ``params`` is an :class:`InboundParams`, ``months`` a whole number in [1, 1200]; ``won``
    (optional, people in [0, 1e10]) is the cumulative customers of ``params`` if already known.
    A wheel whose flows become too fast for its step ``dt`` without a friction is compared with
    ``params`` at a finer step 1/n that both allow (same step, same Euler error).
    """
    params = _check_params(params)
    m = _check_months(months)
    won = final_customers(params, m) if won is None else \
        validate.number("won", won, 0.0, RANGES["market"][1])
    costs = {}
    for d in DRIVERS:
        smooth = _changed(params, **{f"friction_{d}": 0.0})
        here = won if smooth.dt == params.dt else final_customers(replace(params, dt=smooth.dt), m)
        costs[d] = final_customers(smooth, m) - here
    return pd.Series(costs, name="customers_lost_to_friction")


def momentum(params: InboundParams, frame: pd.DataFrame, *,
             smooth: float | None = None) -> dict:
    """HubSpot's three factors of a flywheel's momentum, read off a run of :func:`simulate`.

    * ``speed`` — how fast it spins: people moved one step round the wheel in the last month
      (attracted + new customers + new promoters), people per month; with ``force``, the effective
      energy put in, Σ energy × (1 − friction), in k€/month (after-sales content counts with the
      service friction).
    * ``friction`` — the share of the customers a frictionless wheel would have won (same energy)
      that friction cost, at most 1; with the lesson's constants in [0, 1] (with unusual ones,
      e.g. prospects who talk more than customers, friction in sales can help a little and the
      share is slightly negative).
    * ``size`` — customers + promoters at the end (people): the base whose word of mouth turns it.

    ``params`` is an :class:`InboundParams` and ``frame`` the run of :func:`simulate` with them
    (at least month 1). ``smooth`` (optional, people in [0, 1e10]): the frictionless wheel's
    cumulative customers, if already known. (If the frictionless wheel's flows are too fast for
    ``dt``, both wheels are compared at a finer step 1/n that both allow.)
    """
    params = _check_params(params)
    _check_frame("frame", frame, COLUMNS)
    last = frame.iloc[-1]
    months = _check_months(frame.index[-1])
    won = float(last["cumulative_customers"])
    if smooth is not None:
        smooth = validate.number("smooth", smooth, 0.0, RANGES["market"][1])
    else:
        twin = _changed(params, friction_marketing=0.0, friction_sales=0.0, friction_service=0.0)
        smooth = final_customers(twin, months)
        if twin.dt != params.dt:   # compare at the same (finer) step
            won = final_customers(replace(params, dt=twin.dt), months)
    return {
        "speed": float(last["attracted"] + last["new_customers"] + last["new_promoters"]),
        "force": float(sum(getattr(params, d) * (1 - getattr(params, f"friction_{d}"))
                           for d in DRIVERS)
                       + params.after_sales * (1 - params.friction_service)),
        "friction": (smooth - won) / smooth if smooth > 0 else 0.0,
        "size": float(last["customers"] + last["promoters"]),
    }


# -- lesson 06: the same money into the funnel and into the wheel -------------------------------

def energy_from_budget(budget, split=BUDGET_SPLIT) -> dict:
    """Turn a monthly budget (€/month) into the wheel's three energies (k€/month).

    ``split`` gives the shares for marketing, sales and service (each in [0, 1], summing to 1).
    1 unit of energy = :data:`EUR_PER_ENERGY` € per month spent on that driver. ``budget`` is in
    [0, 300,000] €/month, and each driver's energy (budget × share / 1000) at most
    :data:`MAX_ENERGY` (100 k€/month): with :data:`BUDGET_SPLIT` a budget of at most 250,000 €.
    """
    b = validate.number("budget", budget, 0, MAX_BUDGET_ANY_SPLIT)
    s = validate.numbers_in("split", split, 0.0, 1.0, length=3)
    if abs(s.sum() - 1.0) > 1e-9:
        raise ValueError(f"split must add up to 1; got {list(s)} (sum {s.sum():g})")
    energies = {d: b * share / EUR_PER_ENERGY for d, share in zip(DRIVERS, s)}
    for i, (d, e) in enumerate(energies.items()):
        if e > MAX_ENERGY:
            raise ValueError(f"budget × split[{i}] must be ≤ {MAX_ENERGY * EUR_PER_ENERGY:,.0f} "
                             f"€/month (the most {d} takes); got {b:,.0f} × {s[i]:g} = "
                             f"{e * EUR_PER_ENERGY:,.0f}: lower the budget or {d}'s share")
    return energies


def compare_with_funnel(budget, push_until=12, friction=0.0, months=60,
                        params: InboundParams | None = None) -> pd.DataFrame:
    """The paid funnel and the inbound wheel driven by the same money, month by month.

    Both get ``budget`` € per month in months 1..``push_until`` and nothing afterwards. The funnel
    (:func:`flywheel_lib.models.funnel.sales_funnel`, default rates) buys reach with it; the wheel gets it
    as energy split by :data:`BUDGET_SPLIT` (:func:`energy_from_budget`). ``friction`` (in [0, 0.9])
    is applied to every funnel stage and to all three drivers of the wheel.

    When the money stops, the funnel's new customers drop to 0 that month. The wheel coasts: the
    content published so far keeps attracting people and fades with its mean life, prospects still
    buy on their own (only the sales help is gone), and customers keep talking. With the defaults
    its new customers fall by about a quarter in the first month after the push and then slowly.

    ``budget`` in €/month in [0, 250,000] (:data:`MAX_BUDGET`: the most that BUDGET_SPLIT lets
    every driver take), ``push_until`` and ``months`` whole numbers in [0, 600] and [1, 600],
    ``params`` an :class:`InboundParams` (``None``: the defaults) whose customer churn at this
    friction, ``churn_customers + churn_friction × friction``, is at most 1 (it is the funnel's
    monthly churn). If the money makes the wheel's flows too fast for the step ``dt`` of
    ``params``, the wheel runs at a finer step 1/n.

    Returns a DataFrame indexed by ``month`` 1..months with ``spend`` (€) and, for each strategy
    (prefix ``funnel_`` / ``wheel_``): ``new_customers``, ``cumulative_customers``, ``customers``
    (base at month end; for the wheel customers + promoters) and ``cost_per_customer`` (cumulative
    spend / cumulative customers, €; NaN while nobody is won — fewer than
    :data:`flywheel_lib.models.funnel.MIN_CUSTOMERS`).
    """
    from flywheel_lib.models import funnel

    b = validate.number("budget", budget, 0, MAX_BUDGET)
    stop = int(validate.number("push_until", push_until, 0, 600, integer=True))
    f = validate.number("friction", friction, 0.0, 0.9)
    m = int(validate.number("months", months, 1, 600, integer=True))
    base = _check_params(params, allow_none=True)
    wheel_par = _changed(base, **energy_from_budget(b), friction_marketing=f, friction_sales=f,
                        friction_service=f, push_until=float(stop))
    churn = base.churn_customers + base.churn_friction * f
    if churn > 1.0:
        raise ValueError(f"params.churn_customers + params.churn_friction × friction must be ≤ 1 "
                         f"(the funnel's monthly churn); got {base.churn_customers:g} + "
                         f"{base.churn_friction:g} × {f:g} = {churn:g}")
    paid = funnel.sales_funnel(b, months=m, push_until=stop, friction=f, churn=churn)
    wheel = simulate(wheel_par, m).iloc[1:]
    spend = paid["spend"].to_numpy()
    cum_spend = np.cumsum(spend)
    won = wheel["cumulative_customers"].to_numpy()
    some = won >= funnel.MIN_CUSTOMERS
    wheel_cpc = np.where(some, cum_spend / np.where(some, won, 1.0), np.nan)
    return pd.DataFrame({
        "spend": spend,
        "funnel_new_customers": paid["new_customers"].to_numpy(),
        "funnel_cumulative_customers": paid["cumulative_customers"].to_numpy(),
        "funnel_customers": paid["customers"].to_numpy(),
        "funnel_cost_per_customer": paid["cost_per_customer"].to_numpy(),
        "wheel_new_customers": wheel["new_customers"].to_numpy(),
        "wheel_cumulative_customers": won,
        "wheel_customers": (wheel["customers"] + wheel["promoters"]).to_numpy(),
        "wheel_cost_per_customer": wheel_cpc,
    }, index=pd.Index(np.arange(1, m + 1), name="month"))


def _check_frame(name: str, frame, columns) -> None:
    """``frame`` must be a non-empty DataFrame with ``columns`` (TypeError/ValueError naming it)."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a DataFrame (a run of this module); got "
                        f"{type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} lacks the column(s) {', '.join(missing)}: pass the DataFrame "
                         f"that this module's run returned")
    if frame.empty:
        raise ValueError(f"{name} has no rows")


def comparison_table(run: pd.DataFrame, push_until: int) -> pd.DataFrame:
    """One row per strategy from :func:`compare_with_funnel`: ``strategy`` (funnel, wheel),
    ``customers_won``, ``cost_per_customer`` (€, NaN if nobody was won), ``won_after_push``
    (customers won in the months after ``push_until``), ``new_last_month`` and ``base_at_end``.
    ``push_until`` is a whole number in [0, 600]."""
    _check_frame("run", run, [f"{key}_{col}" for key in ("funnel", "wheel") for col in
                              ("new_customers", "cumulative_customers", "cost_per_customer",
                               "customers")])
    stop = int(validate.number("push_until", push_until, 0, 600, integer=True))
    after = run.index.to_numpy() > stop   # the months after the push (plain arrays: this runs
    rows = []                             # on every slider move of lesson 06's panel)
    for key in ("funnel", "wheel"):
        new = run[f"{key}_new_customers"].to_numpy()
        rows.append({
            "strategy": key,
            "customers_won": float(run[f"{key}_cumulative_customers"].to_numpy()[-1]),
            "cost_per_customer": float(run[f"{key}_cost_per_customer"].to_numpy()[-1]),
            "won_after_push": float(new[after].sum()),
            "new_last_month": float(new[-1]),
            "base_at_end": float(run[f"{key}_customers"].to_numpy()[-1]),
        })
    return pd.DataFrame(rows)
