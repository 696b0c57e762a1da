"""Benchmark rows for fitting the models to a learner's numbers (imported by tests/benchmark.py).

``run()`` returns one row per measurement; run this file directly to print them. Times are the
median of several runs of a whole fit of 60 months, including its 90 % intervals (Bass: 200
bootstrap refits; inbound: the sandwich covariance and the price table). Target: ≤ 1 s each, so
a learner can re-fit live. Also a slider move of lesson 11 (``what_if``) and, for the real
series of Bass (1969) in data/, the fitted p, q and peak beside the regression stage (Bass's
own method, which gave his published values).
"""
from __future__ import annotations

import math
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parent.parent / "data"
MONTHS = 60


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run(repeat: int = 7) -> list[dict]:
    from flywheel_lib import fit
    from flywheel_lib.models import inbound

    rng = np.random.default_rng(2018)
    rows = []

    # Bass: 60 months, negative binomial counts around the closed form
    mean = np.diff(inbound.bass_adopters(np.arange(MONTHS + 1.0), 0.01, 0.25, 20_000))
    y = rng.negative_binomial(100, 100 / (100 + mean))
    fit.bass(y)
    ms = _median_ms(lambda: fit.bass(y), repeat)
    rows.append({"what": f"fit.bass: {MONTHS} months, with 90 % intervals (200 bootstrap refits)",
                 "median_ms": round(ms, 1), "target": "≤ 1000 ms"})

    # inbound: 60 months of the lesson's wheel, negative binomial counts
    par = inbound.InboundParams(friction_marketing=0.25, friction_sales=0.35,
                                friction_service=0.2, wom_promoters=0.35)
    flows = inbound.simulate(par, MONTHS).iloc[1:]
    counts = pd.DataFrame({
        col: rng.negative_binomial(100, 100 / (100 + flows[flow].to_numpy()))
        for col, flow in fit.MODEL_COLUMN.items()})
    result = fit.inbound(counts, value_per_customer=300)
    ms = _median_ms(lambda: fit.inbound(counts, value_per_customer=300), repeat)
    rows.append({"what": f"fit.inbound: {MONTHS} months, with 90 % intervals and price table",
                 "median_ms": round(ms, 1), "target": "≤ 1000 ms"})
    factors = iter(np.linspace(0, 1, 1000))
    ms = _median_ms(lambda: result.what_if("service", next(factors)), repeat * 20)
    rows.append({"what": "InboundFit.what_if: one slider move (friction × factor, re-price)",
                 "median_ms": round(ms, 3), "target": "a few ms"})

    # the real series (Bass 1969)
    for name in ("room_air_conditioners", "clothes_dryers"):
        frame = fit.read_counts(DATA / f"bass_1969_{name}.csv")
        sales = pd.Series(frame["sales_thousands"].to_numpy(), index=frame["year"].astype(int))
        found = fit.bass(sales)
        reg = found.regression
        first = int(sales.index[0])
        reg_peak = (math.log(reg["q"] / reg["p"]) / (reg["p"] + reg["q"])
                    if reg["q"] > reg["p"] else 0.0)
        rows.append({
            "what": f"Bass (1969) {name.replace('_', ' ')}, {first}–{int(sales.index[-1])}",
            "fitted": (f"p={found.p:.4f} [{found.ci['p'][0]:.4f}, {found.ci['p'][1]:.4f}] "
                       f"q={found.q:.3f} [{found.ci['q'][0]:.3f}, {found.ci['q'][1]:.3f}] "
                       f"m={found.m:,.0f}k peak t*={found.peak_period:.2f} "
                       f"(year {first - 1 + math.ceil(found.peak_period)})"),
            "regression": (f"p={reg['p']:.4f} q={reg['q']:.3f} m={reg['m']:,.0f}k "
                           f"peak t*={reg_peak:.2f} (year {first - 1 + math.ceil(reg_peak)})"),
            "observed peak": f"{int(sales.idxmax())} ({sales.max():,.0f}k)",
            "published": "Bass's Table values not transcribed yet (see data/README.md)",
        })
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
