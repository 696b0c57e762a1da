"""The benchmark's parts work, quickly and without a browser (no timing is asserted: speed is
printed by ``python tests/benchmark.py``, never tested)."""
import importlib.util
import math
from pathlib import Path

import nbformat

from flywheel_lib import panels
from flywheel_lib.ui.panel import Control

BENCH = Path(__file__).with_name("benchmark.py")


def load_benchmark():
    spec = importlib.util.spec_from_file_location("flywheel_benchmark", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONTROLS = [Control("a", "slider.energy", 0.0, 10.0, 0.5, 2.0),
            Control("n", "slider.energy", 0, 36, 1, 36, integer=True),
            Control("b", "slider.energy", 0.0, 1.0, 1.0, 0.0)]


def test_moves_sweep_every_slider_over_its_range():
    bench = load_benchmark()
    moves = bench.plan_moves(CONTROLS, 100)
    assert len(moves) >= 100
    for c in CONTROLS:
        values = [v for name, v in moves if name == c.name]
        assert min(values) == c.min and max(values) == c.max
        assert all(x != y for x, y in zip([c.value, *values], values))  # every move changes it
    assert all(isinstance(v, int) for name, v in moves if name == "n")


def test_key_presses_never_push_against_an_end():
    bench = load_benchmark()
    plan = bench.step_plan(CONTROLS, 20)
    assert len(plan) >= 20
    assert {k for k, _ in plan} == {0, 1, 2}             # every slider in turn
    at = {k: bench.positions(c)[1] for k, c in enumerate(CONTROLS)}
    for k, way in plan:
        at[k] += way
        assert 0 <= at[k] < bench.positions(CONTROLS[k])[0]
    assert at == {k: bench.positions(c)[1] for k, c in enumerate(CONTROLS)}  # out and back
    pos = 3
    for way in bench.bounce(5, pos, 40):                  # a held key turns at the ends
        pos += way
        assert 0 <= pos < 5


def test_in_kernel_part_on_one_panel():
    bench = load_benchmark()
    raw = bench.measure_in_kernel(panels.ids()[0], n_moves=6)
    row = bench.kernel_row(raw)
    assert raw["errors"] == []
    assert len(raw["update_s"]) >= 6
    assert all(math.isfinite(t) and t > 0 for t in raw["update_s"])
    assert raw["full_draws"] + raw["fast_draws"] >= len(raw["update_s"])
    for key in ("p50", "p95", "full", "kb"):
        assert math.isfinite(row[key]) and row[key] >= 0, key
    assert "×" in row["px"]


def test_browser_rows_and_notebook():
    bench = load_benchmark()
    raw = {"panel_ms": [80.0, 90.0, 100.0], "floor_ms": [50.0, 60.0, 70.0], "panel_missed": 0,
           "floor_missed": 1, "panel_drag": [{"per_s": 12.0, "lag_ms": 90.0}],
           "floor_drag": [{"per_s": 20.0, "lag_ms": 40.0}]}
    row = bench.browser_row("x", raw, "10×10")
    assert row["x50"] == 1.5 and row["missed"] == 1
    assert row["targets"] == "missed: drag"
    nb = nbformat.from_dict(bench.bench_notebook(["00_start_here", "01_aida"]))
    nbformat.validate(nb)
    sources = "\n".join(c.source for c in nb.cells)
    assert "fwb-panel-1" in sources and "fwb-floor-1" in sources and "'01_aida'" in sources


def test_tables_print_any_rows():
    bench = load_benchmark()
    rows = [{"what": "x", "ms": 1.25, "ok": True}, {"what": "y|z", "ms": float("nan"), "extra": 3}]
    text = bench.table(rows)
    assert "what" in text and "extra" in text and "yes" in text
    md = bench.table(rows, markdown=True)
    assert md.splitlines()[0].startswith("| what") and "y\\|z" in md
