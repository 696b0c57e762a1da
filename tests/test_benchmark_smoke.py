"""The benchmark's core functions work on one panel (no timing is asserted: speed is printed by
``python tests/benchmark.py``, never tested).

The measurement switches matplotlib between ipympl and the inline backend and closes figures, so it
runs where the script runs it: in a fresh IPython kernel, not in the test process.
"""
import importlib.util
import math
from pathlib import Path

from flywheel_lib import panels
from flywheel_lib.ui.panel import Control

BENCH = Path(__file__).with_name("benchmark.py")


def load_benchmark():
    spec = importlib.util.spec_from_file_location("flywheel_benchmark", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def positive_finite(values):
    return bool(values) and all(isinstance(v, float) and math.isfinite(v) and v > 0 for v in values)


def test_moves_sweep_every_slider_over_its_range():
    bench = load_benchmark()
    controls = [Control("a", "slider.energy", 0.0, 10.0, 0.5, 2.0),
                Control("n", "slider.energy", 0, 36, 1, 12, integer=True),
                Control("b", "slider.energy", 0.0, 1.0, 1.0, 0.0)]
    moves = bench.plan_moves(controls, 100)
    assert len(moves) >= 100
    for c in controls:
        values = [v for name, v in moves if name == c.name]
        assert min(values) == c.min and max(values) == c.max
        assert all(x != y for x, y in zip([c.value, *values], values))  # every move changes it
    assert all(isinstance(v, int) for name, v in moves if name == "n")
    parts = bench.split_rounds(moves, 2, controls)
    assert sum(map(len, parts)) >= 0.95 * len(moves)
    for part in parts:
        assert {name for name, _ in part} == {"a", "n", "b"}


def test_core_functions_on_one_panel():
    bench = load_benchmark()
    raw = bench.measure_in_kernel(panels.ids()[0], n_moves=4, rounds=1, drag_seconds=0.2,
                                  timeout=300)
    row = bench.summarize(raw)
    assert raw["canvas"].startswith("ipympl."), raw["canvas"]
    assert "inline" in raw["backend_naive"], raw["backend_naive"]
    for key in ("ours", "naive", "ours_cpu", "naive_cpu", "draw"):
        assert len(raw[key]) >= 3, key
    assert positive_finite(raw["ours"]) and positive_finite(raw["naive"])
    for key in ("ours_p50", "ours_p95", "naive_p50", "naive_p95", "speedup"):
        assert math.isfinite(row[key]) and row[key] > 0, key
    assert row["drag_ours"] > 0 and row["drag_naive"] > 0
    assert raw["errors_ours"] == [] and raw["errors_naive"] == []


def test_tables_print_any_rows():
    bench = load_benchmark()
    rows = [{"what": "x", "ms": 1.25, "ok": True}, {"what": "y|z", "ms": float("nan"), "extra": 3}]
    text = bench.table(rows)
    assert "what" in text and "extra" in text and "yes" in text
    md = bench.table(rows, markdown=True)
    assert md.splitlines()[0].startswith("| what") and "y\\|z" in md
