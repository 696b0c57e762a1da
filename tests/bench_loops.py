"""Benchmark rows for the causal-loop engine and the physics model (imported by tests/benchmark.py).

``run()`` returns one row per measurement; run this file directly to print them.
The headline figure: the tipping-point map, a 100 × 100 energy × friction grid over 120 months
(10,000 runs of the Amazon flywheel at once), target ≤ 0.25 s on this machine.
"""
from __future__ import annotations

import statistics
import time

import numpy as np


def _times(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _row(what: str, times: list[float], **extra) -> dict:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return {"what": what, "p50_ms": round(statistics.median(ms), 3), "p95_ms": round(p95, 3),
            "n": len(ms), **extra}


def run(repeat: int = 5) -> list[dict]:
    from flywheel_lib.models import loops, physics
    graph = loops.amazon()
    energies = np.linspace(0.0, 20.0, 100)
    frictions = np.linspace(0.0, 0.4, 100)
    loops.momentum_map(graph, "traffic", energies[:2], frictions[:2])   # warm-up

    grid = _times(lambda: loops.momentum_map(graph, "traffic", energies, frictions,
                                             push_until=24, months=120), repeat)
    rows = [{"what": "loops: tipping-point map 100×100 energy × friction, 120 months",
             "seconds": round(statistics.median(grid), 4), "target": "≤ 0.25 s"},
            _row("loops: tipping-point map 100×100 (all repeats)", grid)]
    rows.append(_row("loops: panel map 41×41, 3 steps a month",
                     _times(lambda: loops.momentum_map(graph, "growth", energies[::2][:41],
                                                       frictions[::2][:41], push_until=24,
                                                       steps=3), repeat * 4)))
    rows.append(_row("loops: simulate Amazon, 120 months",
                     _times(lambda: loops.simulate(graph, 0.1, {"traffic": 5.0},
                                                   push_until=24), repeat * 20)))
    rows.append(_row("loops: tipping_friction + find_loops",
                     _times(lambda: loops.tipping_friction(graph), repeat * 20)))
    rows.append(_row("physics: spin 120 s, 241 samples",
                     _times(lambda: physics.spin(5.0, 0.2, 4.0, 120.0, push_until=60.0),
                            repeat * 20)))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
