"""Benchmark rows for the inbound flywheel (imported by tests/benchmark.py): our engine against PySD
running the same model (tests/inbound.mdl) for the same run, side by side.

``run()`` returns one row per measurement; run this file directly to print them. Each engine gets
the same run (60 months, same parameters, same Euler step); both return a DataFrame of the monthly
trajectories. PySD's time is its ``model.run(...)`` only (the translation of the .mdl is done once,
before timing). Target: ours ≥ 100× faster.
"""
from __future__ import annotations

import itertools
import shutil
import statistics
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np

MDL = Path(__file__).with_name("inbound.mdl")
MONTHS = 60
STOCKS = ["Strangers", "Prospects", "Customers", "Promoters", "Left", "Content", "Won"]


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _p95_ms(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def run(repeat: int = 7) -> list[dict]:
    from flywheel_lib.models import inbound
    from flywheel_lib.panels import funnel_vs_flywheel, inbound as inbound_panel

    rows = []
    par = inbound.InboundParams()
    try:
        import pysd
    except ImportError:  # PySD is a test dependency only
        pysd = None

    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = None
        if pysd is not None:
            shutil.copy(MDL, Path(folder) / MDL.name)
            model = pysd.read_vensim(str(Path(folder) / MDL.name))
        for dt, label in ((0.25, "dt 1/4 (the panels' step)"), (1 / 16, "dt 1/16")):
            p = replace(par, dt=dt)
            inbound.simulate(p, MONTHS)                                   # warm-up
            ours = _median_ms(lambda: inbound.simulate(p, MONTHS), repeat * 30)
            engine = _median_ms(lambda: inbound._run(p, MONTHS), repeat * 30)
            row = {"what": f"inbound: ours vs PySD, same 60-month run, {label}",
                   "ours_ms": round(ours, 3), "ours_engine_only_ms": round(engine, 3)}
            if model is not None:
                model.run(time_step=dt, saveper=1, final_time=MONTHS, return_columns=STOCKS)
                theirs = _median_ms(lambda: model.run(time_step=dt, saveper=1, final_time=MONTHS,
                                                      return_columns=STOCKS), repeat)
                row.update(pysd_ms=round(theirs, 2), ratio=f"{theirs / ours:.0f}×")
            else:
                row.update(pysd_ms="PySD not installed", ratio="–")
            row["target"] = "≥ 100×"
            rows.append(row)

        # A slider move: new parameters, then the same run. PySD gets them as run(params=...),
        # the way an app built on it would answer a slider (names as in the cross-check test).
        if model is not None:
            import importlib.util
            spec = importlib.util.spec_from_file_location(
                "flywheel_pysd_crosscheck", Path(__file__).with_name("test_pysd_crosscheck.py"))
            crosscheck = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(crosscheck)
            settings = [replace(par, marketing=m) for m in np.linspace(0.5, 9.5, 10)]
            theirs_next, ours_next = itertools.cycle(settings), itertools.cycle(settings)

            def pysd_move():
                q = next(theirs_next)
                model.run(params=crosscheck.pysd_params(q), time_step=q.dt, saveper=1,
                          final_time=MONTHS, return_columns=STOCKS)

            def our_move():
                inbound.simulate(next(ours_next), MONTHS)

            pysd_move()
            ours = _median_ms(our_move, repeat * 30)
            theirs = _median_ms(pysd_move, repeat * 3)
            rows.append({"what": "inbound: one slider move (new parameters, then the 60-month "
                                 "run), dt 1/4", "ours_ms": round(ours, 3),
                         "pysd_ms": round(theirs, 2), "ratio": f"{theirs / ours:.0f}×",
                         "target": "≥ 100×"})

        # a whole grid of parameter sets at once (numpy, vectorised over the sets)
        rng = np.random.default_rng(2018)
        n = 1000
        vary = {d: rng.uniform(0, 10, n) for d in inbound.DRIVERS}
        vary.update({f"friction_{d}": rng.uniform(0, 0.9, n) for d in inbound.DRIVERS})
        inbound.simulate_grid(par, MONTHS, **{k: v[:2] for k, v in vary.items()})
        grid_ms = _median_ms(lambda: inbound.simulate_grid(par, MONTHS, **vary), max(3, repeat // 2))
        row = {"what": f"inbound: {n:,} parameter sets at once (grid), per set, dt 1/4",
               "ours_ms": round(grid_ms / n, 4)}
        if model is not None:
            theirs = _median_ms(lambda: model.run(time_step=0.25, saveper=1, final_time=MONTHS,
                                                  return_columns=STOCKS), repeat)
            row.update(pysd_ms=round(theirs, 2), ratio=f"{theirs / (grid_ms / n):.0f}×")
        row["target"] = "≥ 100×"
        rows.append(row)

    # what one slider move of each panel costs in the model (drawing is measured by benchmark.py)
    values = dict(marketing=4.0, sales=3.0, service=3.0, friction_marketing=0.2,
                  friction_sales=0.2, friction_service=0.2)
    p50, p95 = _p95_ms(lambda: inbound_panel.wheel_model(**values), repeat * 10)
    rows.append({"what": "inbound: panel 05 model per slider move (run + frictionless run + "
                         "3 friction costs + momentum)", "p50_ms": round(p50, 2),
                 "p95_ms": round(p95, 2), "target": "well under 30 ms"})
    p50, p95 = _p95_ms(lambda: inbound_panel.fit_model(0.5, 2.0), repeat * 10)
    rows.append({"what": "inbound: panel 05:fit model per slider move (3 runs)",
                 "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "target": "well under 30 ms"})
    p50, p95 = _p95_ms(lambda: funnel_vs_flywheel.compare_model(5000, 12, 0.1), repeat * 10)
    rows.append({"what": "inbound: panel 06 model per slider move (funnel + wheel + table)",
                 "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "target": "well under 30 ms"})
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
