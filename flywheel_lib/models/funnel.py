"""The AIDA funnel and the monthly sales funnel: linear, open at the bottom, fed by paid input.

Counts are expected numbers of people (floats); they are never negative and never exceed the stage
before. Rates are shares in [0, 1]. Every public function checks its inputs and names the bad field,
the value given and the allowed range; within the ranges every result is finite.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

AIDA_STAGES = ("attention", "interest", "desire", "action")
#: Default AIDA stage rates of the lessons (share of a stage's entrants who move on).
AIDA_RATES = (0.40, 0.30, 0.25, 0.10)
#: Default stage rates of the paid sales funnel in lesson 02.
FUNNEL_RATES = (0.10, 0.20, 0.25, 0.10)

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


def sales_funnel(budget, months: int = 36, push_until=None, cpm=15.0,
                 rates: Sequence[float] = FUNNEL_RATES, friction=0.0, churn=0.03) -> pd.DataFrame:
    """A paid sales funnel month by month: money buys reach, the stages convert, customers churn.

    Nothing flows back to the top: when the paid push stops, acquisition stops.

    Parameters
    ----------
    budget : paid input ("energy input") in € per month, in [0, 1e8].
    months : length of the run in months, a whole number in [1, 600].
    push_until : last month with paid input, a whole number in [0, 600] (0 = never, ``None`` =
        every month).
    cpm : cost of reaching 1,000 people in €, in [0.01, 10000].
    rates : four AIDA stage rates in [0, 1] before friction.
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
