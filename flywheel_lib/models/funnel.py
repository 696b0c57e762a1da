"""The AIDA funnel and the monthly sales funnel: linear, open at the bottom, fed by paid input.

Counts are expected numbers of people (floats); they are never negative and never exceed the stage
before. Rates are shares in [0, 1]. Every public function checks its inputs and names the bad field,
the value given and the allowed range; within the ranges every result is finite.

One world for lessons 01, 02 and 06: the default stage rates :data:`STAGE_RATES` are those of an
online shop advertising on paid social and search. Each stage is a step a shop can measure, and
each default lies inside a published range (sources below):

- attention 25 % — looks at the ad for a second or more. Of the ads that are on screen
  ("viewable"), 42 % are looked at for 1 s or more and 25 % not at all [1]; not every ad served
  reaches the screen.
- interest 8 % — clicks through to the shop: 25 % × 8 % = 2 % of the people reached. Published
  click-through rates of ads served: display 0.46 %, Facebook 0.9 % (newer figures 1.5–2.5 %),
  search 3.17 % [2, 3].
- desire 10 % — puts something in the cart. Add-to-cart rates: 7–18 % of visits [4, 5].
- action 25 % — buys; 75 % of carts are abandoned. Studies find 55–83 % abandoned, 70 % on
  average, so 17–45 % buy [6].

Overall 25 % × 8 % × 10 % × 25 % = 0.05 % of the people reached, i.e. 2.5 % of the shop's visitors
buy (published e-commerce averages: 2–3 % [4]). At the default CPM of 15 € (Facebook: about 5–22 $
per 1,000 impressions [7]) one customer costs 30 €. The defaults are a teaching choice inside
those ranges, not one shop's data; the monthly churn of 3 % is invented for teaching.

[1] Lumen Research eye-tracking, as reported at
    https://digiperform.com/online-ads-screen-14-seconds-seen-report
[2] WordStream's Facebook benchmarks (256 US accounts, 2017), reported by WordStream's founder
    Larry Kim on Medium (marketing-and-entrepreneurship, "Here's How to Tell If Your Company's Ad
    Is Beating Competitors on Facebook", 29 Dec 2017); newer Meta figures:
    https://zeely.ai/blog/facebook-ads-benchmarks-in-2026
[3] WordStream's Google Ads benchmarks (search 3.17 %, display 0.46 %), as summarised at
    https://sites.google.com/view/growuptrad/google-ads-benchmarks
[4] Monetate Ecommerce Quarterly, Q1 2015 (add-to-cart 7.39 %, conversion 2.32 % over more than
    7 billion sessions), via https://www.marketingsherpa.com/article/chart/good-low-conversion-rate
    and Smart Insights, "What are typical average add-to-cart conversion rates?" (2018)
[5] Monetate's later figures (add-to-cart 9–18 %), reported at
    https://rockartech.com/insights/automotive/do-you-know-your-average-add-to-cart-conversion-rate/
[6] Baymard Institute, cart abandonment rate statistics (average of 46–50 studies, 70 %; studies
    range from 55 % to 83 %): https://baymard.com/lists/cart-abandonment-rate and
    https://baymard.com/blog/cart-abandonment-statistics
[7] https://www.stackmatix.com/blog/facebook-ads-cost-per-impression (5–18 $ globally, median
    11.62 $; US average 22.20 $ in 2025)
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

AIDA_STAGES = ("attention", "interest", "desire", "action")
#: The stage rates of the kit's one world (share of a stage's entrants who move on): looked at the
#: ad, clicked through, put something in the cart, bought. Calibrated in the module docstring.
STAGE_RATES = (0.25, 0.08, 0.10, 0.25)
#: Default AIDA stage rates of lesson 01 — the same world as the paid funnel of lesson 02.
AIDA_RATES = STAGE_RATES
#: Default stage rates of the paid sales funnel (lessons 02 and 06) — the same as lesson 01's.
FUNNEL_RATES = STAGE_RATES
#: Default price of reaching 1,000 people, € (inside the published range, see the docstring).
DEFAULT_CPM = 15.0
#: Default monthly churn of the sales funnel (invented for teaching).
DEFAULT_CHURN = 0.03

TABLE_COLUMNS = ["stage", "entered", "kept", "lost", "stage_rate", "overall_rate"]

#: People reached, and every count of people, in [0, MAX_COUNT] (2**53: exact as a float, far
#: inside int64, so a table of whole people never wraps round).
MAX_COUNT = validate.MAX_COUNT
#: The sales funnel's paid input, € per month.
BUDGET_RANGE = (0.0, 1e8)
#: Cost of reaching 1,000 people, €. With the budget's range the reach stays below 1e13 people a
#: month, and 600 months of it below MAX_COUNT.
CPM_RANGE = (0.01, 1e4)
#: Length of a sales funnel run, months.
MONTHS_RANGE = (1, 600)
#: Fewer cumulative customers than this (a billionth of a person) count as nobody: the cost per
#: customer is undefined (NaN) then, not an astronomically large number.
MIN_CUSTOMERS = 1e-9


def aida_table(reached, rates: Sequence[float]) -> pd.DataFrame:
    """Stage by stage, how many people an AIDA funnel keeps and loses.

    Parameters
    ----------
    reached : people the message reaches, in [0, 2**53] (:data:`MAX_COUNT`); they enter the
        attention stage.
    rates : four stage rates in [0, 1] — the share of each stage's entrants who move on
        (attention, interest, desire, action).

    Returns
    -------
    DataFrame with one row per stage and columns ``stage``, ``entered``, ``kept``, ``lost``
    (people), ``stage_rate`` (kept / entered) and ``overall_rate`` (kept / reached; 0 if nobody
    was reached).
    """
    n = validate.number("reached", reached, 0, MAX_COUNT)
    r = validate.numbers_in("rates", rates, 0.0, 1.0, length=len(AIDA_STAGES))
    overall = np.cumprod(r)   # kept / reached, computed without the rounding of tiny counts
    kept = n * overall
    entered = np.concatenate([[n], kept[:-1]])
    if n == 0:
        overall = np.zeros_like(kept)
    return pd.DataFrame({
        "stage": list(AIDA_STAGES),
        "entered": entered,
        "kept": kept,
        "lost": entered - kept,
        "stage_rate": r,
        "overall_rate": overall,
    })


def aida_table_from_counts(counts: Sequence[float]) -> pd.DataFrame:
    """The same table as :func:`aida_table`, computed from observed counts.

    ``counts`` are five numbers: people reached, then the people who reached each stage's goal
    (attention, interest, desire, action). Each count must be in [0, 2**53] (:data:`MAX_COUNT`)
    and not above the one before. A stage with no entrants gets a stage rate of 0.
    """
    c = validate.numbers_in("counts", counts, 0.0, MAX_COUNT, length=len(AIDA_STAGES) + 1)
    for i in range(1, len(c)):
        if c[i] > c[i - 1]:
            names = ("reached", *AIDA_STAGES)
            raise ValueError(
                f"counts[{i}] ({names[i]} = {c[i]:g}) must not exceed counts[{i - 1}] "
                f"({names[i - 1]} = {c[i - 1]:g}): a stage keeps at most the people who entered it"
            )
    entered, kept = c[:-1], c[1:]
    with np.errstate(divide="ignore", invalid="ignore"):
        stage_rate = np.where(entered > 0, kept / np.where(entered > 0, entered, 1), 0.0)
    overall = kept / c[0] if c[0] > 0 else np.zeros_like(kept)
    return pd.DataFrame({
        "stage": list(AIDA_STAGES),
        "entered": entered,
        "kept": kept,
        "lost": entered - kept,
        "stage_rate": stage_rate,
        "overall_rate": overall,
    })


def sales_funnel(budget, months: int = 36, push_until=None, cpm=DEFAULT_CPM,
                 rates: Sequence[float] = FUNNEL_RATES, friction=0.0,
                 churn=DEFAULT_CHURN) -> pd.DataFrame:
    """A paid sales funnel month by month: money buys reach, the stages convert, customers churn.

    Nothing flows back to the top: when the paid push stops, acquisition stops.

    Parameters
    ----------
    budget : paid input ("energy input") in € per month, in [0, 1e8].
    months : length of the run in months, a whole number in [1, 600].
    push_until : last month with paid input, a whole number in [0, 600] (0 = never, ``None`` =
        every month).
    cpm : cost of reaching 1,000 people in €, in [0.01, 10000] (an ad platform's price per 1,000
        impressions; the model counts each impression as one person reached).
    rates : four AIDA stage rates in [0, 1] before friction (default: :data:`STAGE_RATES`, the
        rates of lesson 01).
    friction : extra stage loss in [0, 1]: each stage rate is multiplied by (1 − friction).
    churn : share of the customer base lost each month, in [0, 1].

    Returns
    -------
    DataFrame indexed by ``month`` (1..months) with columns ``spend`` (€), ``reached``,
    ``new_customers``, ``customers`` (base at month end, people), ``cumulative_spend`` (€),
    ``cumulative_customers`` and ``cost_per_customer`` (cumulative spend / cumulative customers,
    €; NaN while nobody has been acquired — fewer than :data:`MIN_CUSTOMERS` — since it is
    undefined then). Every number is finite and ≥ 0 (but for that NaN); ``customers`` never
    exceeds ``cumulative_customers``; more budget never means fewer customers, more friction or
    churn never more.
    """
    b = validate.number("budget", budget, *BUDGET_RANGE)
    m = int(validate.number("months", months, *MONTHS_RANGE, integer=True))
    stop = m if push_until is None else int(validate.number("push_until", push_until, 0,
                                                            MONTHS_RANGE[1], integer=True))
    price = validate.number("cpm", cpm, *CPM_RANGE)
    r = validate.numbers_in("rates", rates, 0.0, 1.0, length=len(AIDA_STAGES))
    f = validate.number("friction", friction, 0.0, 1.0)
    c = validate.number("churn", churn, 0.0, 1.0)

    month = np.arange(1, m + 1)
    spend = np.where(month <= stop, b, 0.0)
    reached = spend / price * 1000.0
    conversion = float(np.prod(r * (1.0 - f)))
    new = reached * conversion
    customers = np.empty(m)
    base = 0.0
    for i in range(m):  # a short recurrence: months ≤ 600, microseconds
        base = base * (1.0 - c) + new[i]
        customers[i] = base
    cum_spend = np.cumsum(spend)
    cum_new = np.cumsum(new)
    won = cum_new >= MIN_CUSTOMERS
    cpc = np.where(won, cum_spend / np.where(won, cum_new, 1.0), np.nan)
    frame = pd.DataFrame({
        "spend": spend, "reached": reached, "new_customers": new, "customers": customers,
        "cumulative_spend": cum_spend, "cumulative_customers": cum_new, "cost_per_customer": cpc,
    }, index=pd.Index(month, name="month"))
    return frame
