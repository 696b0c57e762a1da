"""Benchmark of the kit: what a learner feels when moving a panel's slider, in a real browser.

Run from the repo root (a script, not a pytest test; figures are printed, never asserted)::

    python tests/benchmark.py              # every panel: 2 rounds of 40 key presses and a drag
    python tests/benchmark.py --quick      # what CI runs: 20 key presses and one drag each
    python tests/benchmark.py --markdown   # the same as Markdown tables (for README)
    python tests/benchmark.py --no-browser # only the in-kernel figures (no Chromium needed)

**In the browser** (one JupyterLab server, one headless Chromium, one kernel; all panels in one
notebook written to a temporary folder), for every panel of ``flywheel_lib.panels.ids()``:

* *key press → new pixels*: single ArrowRight/ArrowLeft steps on each of the panel's sliders in
  turn, out and back so that the picture really changes; each time from the keydown to the
  animation frame in which the new picture, decoded, is painted (see tests/browser_util.py).
  p50 and p95 over the presses.
* *drag*: a key held down (a press every 1/60 s, for 1 s; 1.5 s without ``--quick``) on the
  panel's longest slider, turning at its ends, twice a round; the median of the distinct
  pictures painted per second, from the first keydown to the last picture (ipywidgets sends a
  slider's next value only when the kernel has answered the last one, so this is the rate of
  the whole round trip). Lag = the last picture after the last key press.
* *the floor*, measured in the same run beside each panel: a notebook cell with an
  ``ipywidgets.IntSlider`` and an ``ipywidgets.Image`` whose slider callback swaps in one of a
  dozen PNGs of that panel, precomputed (same pixel size, same bytes on the wire; one message per
  move, no drawing). The panel/floor ratios show what the panel's own work adds. Targets
  (printed, not asserted): p50 ≤ 1.5× floor p50, p95 ≤ 2× floor p95, drag ≥ 15 pictures/s.

**In the kernel** (in this process, Agg): per panel, the time of one update after a one-slider
move (``panel.timed_update()``: model, render, draw, PNG) over a sweep of every slider across its
range, and the share of frames that were full draws (``panel.frames.full_draws``).

Also printed: the rows of every ``tests/bench_*.py`` module's ``run()``, the time of
``import flywheel_lib``, the browser test's key-press timings if ``$FLYWHEEL_BROWSER_TIMINGS``
names its JSON file, and with ``--suite`` the test suite's wall time.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

TARGET_P50_RATIO = 1.5
TARGET_P95_RATIO = 2.0
TARGET_DRAG_PER_S = 15.0
FLOOR_PICTURES = 12          # precomputed PNGs the floor's slider swaps between
DRAG_INTERVAL_S = 1 / 60     # a held key (or a drag's pointer events) at the display's rate
STEP_TIMEOUT_MS = 5_000      # a press that paints nothing within this time counts as missed
QUIET_MS = 400               # a drag is over when nothing is painted for this long, kernel idle


# ---------------------------------------------------------------------------------------------
# Moves
# ---------------------------------------------------------------------------------------------
def slider_grid(control) -> list:
    """Every position a slider can take (its step grid from ``min`` to ``max``)."""
    n = int(round((control.max - control.min) / control.step))
    values = [min(control.min + i * control.step, control.max) for i in range(n + 1)]
    if values[-1] < control.max:
        values.append(control.max)
    if control.integer:
        return [int(round(v)) for v in values]
    return [round(float(v), 12) for v in values]


def drag_legs(control) -> list[list]:
    """One lap of a drag in three legs of consecutive positions: default → maximum, maximum →
    minimum, minimum → default (each leg excludes its start and includes its end)."""
    grid = slider_grid(control)
    start = min(range(len(grid)), key=lambda i: abs(grid[i] - control.value))
    top = len(grid) - 1
    legs = [range(start + 1, top + 1), range(top - 1, -1, -1), range(1, start + 1)]
    return [[grid[i] for i in leg] for leg in legs if len(leg)] if top > 0 else []


def _allocate(total: int, sizes: list[int]) -> list[int]:
    """Split ``total`` moves over legs in proportion to their sizes (largest remainder)."""
    whole = sum(sizes)
    exact = [total * n / whole for n in sizes]
    counts = [min(n, int(e)) for n, e in zip(sizes, exact)]
    order = sorted(range(len(sizes)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order * total:
        if sum(counts) >= total:
            break
        if counts[i] < sizes[i]:
            counts[i] += 1
    return counts


def plan_moves(controls, n_moves: int) -> list[tuple[str, object]]:
    """At least ``n_moves`` moves ``(slider name, value)``, shared evenly between the sliders.

    Each slider in turn is dragged over its whole range: default → maximum → minimum → default,
    in consecutive steps. A slider with fewer positions than its share of moves does further laps;
    one with more positions skips evenly within each leg but always reaches both ends. Every move
    changes its slider's value.
    """
    movable = [c for c in controls if drag_legs(c)]
    if not movable:
        return []
    share = math.ceil(n_moves / len(movable))
    moves = []
    for c in movable:
        legs = drag_legs(c)
        path = [v for leg in legs for v in leg]
        if len(path) <= share:
            walk = [path[k % len(path)] for k in range(share)]
        else:
            walk = []
            for leg, n in zip(legs, _allocate(share, [len(leg) for leg in legs])):
                walk += [leg[round((j + 1) * len(leg) / n) - 1] for j in range(n)]
        last = c.value
        for v in walk:
            if v != last:
                moves.append((c.name, v))
                last = v
    return moves


def positions(control) -> tuple[int, int]:
    """(number of slider positions, index of the default)."""
    grid = slider_grid(control)
    return len(grid), min(range(len(grid)), key=lambda i: abs(grid[i] - control.value))


def out_and_back(n_positions: int, start: int, presses: int) -> list[int]:
    """``presses`` single steps (+1 = ArrowRight, -1 = ArrowLeft) from position ``start``: out
    towards the side with more room and back, again and again; never against an end."""
    room_right, room_left = n_positions - 1 - start, start
    way = 1 if room_right >= room_left else -1
    reach = max(1, min(max(room_right, room_left), max(1, presses // 2)))
    steps: list[int] = []
    while len(steps) < presses:
        steps += [way] * reach + [-way] * reach
    return steps[:presses]


def bounce(n_positions: int, start: int, presses: int) -> list[int]:
    """``presses`` single steps of a held key from ``start``, turning at the ends."""
    pos, way, steps = start, 1 if start < n_positions - 1 else -1, []
    for _ in range(presses):
        if not 0 <= pos + way < n_positions:
            way = -way
        pos += way
        steps.append(way)
    return steps


def step_plan(controls, presses: int) -> list[tuple[int, int]]:
    """At least ``presses`` single steps ``(slider index, ±1)``: each slider in turn, out and
    back."""
    movable = [k for k, c in enumerate(controls) if positions(c)[0] > 1]
    if not movable:
        return []
    per = max(2, 2 * math.ceil(presses / (2 * len(movable))))
    return [(k, way) for k in movable for way in out_and_back(*positions(controls[k]), per)]


# ---------------------------------------------------------------------------------------------
# Statistics and tables
# ---------------------------------------------------------------------------------------------
def percentile(values, q: float) -> float:
    """The q-th percentile (linear interpolation, like numpy's default); NaN for no values."""
    xs = sorted(v for v in values if v is not None)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def ratio(a: float, b: float) -> float:
    return a / b if b and math.isfinite(a) and math.isfinite(b) and b > 0 else float("nan")


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:.1f}" if abs(value) >= 1 or value == 0 else f"{value:.2g}"
    return str(value)


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "").rstrip("×%"))
        return True
    except ValueError:
        return text == "–"


def table(rows: list[dict], columns: list[tuple[str, str]] | None = None,
          markdown: bool = False) -> str:
    """Rows (dicts) as an aligned text table or a Markdown table; columns = [(key, header)]."""
    if columns is None:
        keys: list[str] = []
        for row in rows:
            keys += [k for k in row if k not in keys]
        columns = [(k, k) for k in keys]
    cells = [[fmt(row.get(k, "")) for k, _ in columns] for row in rows]
    headers = [h for _, h in columns]
    if markdown:
        numeric = [any(c[i] for c in cells) and all(_looks_numeric(c[i]) for c in cells if c[i])
                   for i in range(len(columns))]
        lines = ["| " + " | ".join(headers) + " |",
                 "|" + "|".join("---:" if numeric[i] else ":---" for i in range(len(columns))) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h)
              for i, h in enumerate(headers)]

    def line(items):
        return "  ".join((s.rjust(w) if _looks_numeric(s) else s.ljust(w))
                         for s, w in zip(items, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(c) for c in cells)])


# ---------------------------------------------------------------------------------------------
# In the kernel: panel.timed_update() after a one-slider move
# ---------------------------------------------------------------------------------------------
def update_after_move(panel, name: str, value) -> float:
    """Seconds of ``panel.timed_update()`` with slider ``name`` moved to ``value`` (the move
    itself is made without its own update)."""
    if hasattr(panel, "_muted") and hasattr(panel, "timed_update"):
        panel._muted = True
        try:
            panel.sliders[name].value = value
        finally:
            panel._muted = False
        return panel.timed_update()
    t0 = time.perf_counter()         # a Panel without them: the move with its own update
    panel.sliders[name].value = value
    return time.perf_counter() - t0


def measure_in_kernel(panel_id: str, n_moves: int = 120) -> dict:
    """Update times (s) of one panel over :func:`plan_moves`, full-draw counts, picture size."""
    from flywheel_lib import panels
    t0 = time.perf_counter()
    panel = panels.build(panel_id)
    build = time.perf_counter() - t0
    moves = plan_moves(panel.controls, n_moves)
    for name, value in moves[:2]:   # warm-up, not counted
        update_after_move(panel, name, value)
    panel.reset()
    frames = panel.frames
    full0, fast0 = frames.full_draws, frames.fast_draws
    times, sizes, errors = [], [], []
    for name, value in moves:
        times.append(update_after_move(panel, name, value))
        sizes.append(len(frames.last_png))
        if panel.last_error is not None:
            errors.append(f"{type(panel.last_error).__name__}: {panel.last_error}")
    w, h = (int(round(v)) for v in panel.fig.bbox.size)
    panel.widget.close()
    return {"panel": panel_id, "build_s": build, "update_s": times, "png_bytes": sizes,
            "full_draws": frames.full_draws - full0, "fast_draws": frames.fast_draws - fast0,
            "px": f"{w}×{h}", "errors": errors}


def kernel_row(r: dict) -> dict:
    ms = [1000 * t for t in r["update_s"]]
    frames = r["full_draws"] + r["fast_draws"]
    return {"panel": r["panel"], "px": r["px"], "moves": len(ms),
            "p50": percentile(ms, 50), "p95": percentile(ms, 95),
            "full": 100.0 * r["full_draws"] / frames if frames else float("nan"),
            "kb": statistics.median(r["png_bytes"]) / 1024 if r["png_bytes"] else float("nan"),
            "errors": len(r["errors"])}


KERNEL_COLUMNS = [("panel", "panel"), ("px", "picture px"), ("moves", "moves"),
                  ("p50", "update p50 ms"), ("p95", "update p95 ms"),
                  ("full", "full draws %"), ("kb", "PNG kB"), ("errors", "errors")]


# ---------------------------------------------------------------------------------------------
# In the browser: panel against the floor
# ---------------------------------------------------------------------------------------------
SETUP_CELL = '''\
import ipywidgets as W
from flywheel_lib import panels


def floor(panel_id, css_class, count):
    """The floor: an IntSlider and an Image; each move swaps in one of `count` precomputed
    pictures of the panel (the panel's own PNGs: same size, same bytes), one message a move."""
    p = panels.build(panel_id)
    c = max(p.controls, key=lambda c: round((c.max - c.min) / c.step))
    n = int(round((c.max - c.min) / c.step))
    at = int(round((c.value - c.min) / c.step))
    way = 1 if n - at >= at else -1
    pictures = [p.frames.last_png]
    for k in range(1, n + 1):
        i = at + way * k
        if not 0 <= i <= n or len(pictures) == count:
            break
        p.set(**{c.name: c.min + i * c.step if not c.integer else int(c.min + i * c.step)})
        if p.frames.last_png != pictures[-1]:
            pictures.append(p.frames.last_png)
    p.widget.close()
    image = W.Image(value=pictures[0], format="png",
                    layout=W.Layout(width=p.frames.image.layout.width, max_width="100%",
                                    height="auto"))
    slider = W.IntSlider(value=0, min=0, max=len(pictures) - 1, continuous_update=True,
                         description="floor", layout=W.Layout(width="440px"))
    slider.observe(lambda change: setattr(image, "value", pictures[change["new"]]), names="value")
    box = W.VBox([slider, image])
    box.add_class(css_class)
    return box
'''


def bench_notebook(ids: list[str]) -> dict:
    """The benchmark's notebook: a setup cell, then each panel and its floor."""
    cells = [SETUP_CELL]
    for k, pid in enumerate(ids):
        cells.append(f"p{k} = panels.build({pid!r})\np{k}.widget.add_class('fwb-panel-{k}')\np{k}")
        cells.append(f"floor({pid!r}, 'fwb-floor-{k}', {FLOOR_PICTURES})")
    return {"cells": [{"cell_type": "code", "execution_count": None, "id": f"c{i}",
                       "metadata": {}, "outputs": [], "source": src}
                      for i, src in enumerate(cells)],
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                        "name": "python3"}},
            "nbformat": 4, "nbformat_minor": 5}


# Resolve once image i has painted nothing for quietMs, no key was pressed for quietMs and the
# notebook's kernel is idle (or after timeoutMs).
_DRAG_OVER_JS = "async ([i, path, quietMs, timeoutMs]) => {" + r"""
  const t0 = performance.now();
  const idle = () => {
    for (const w of window.jupyterapp.shell.widgets('main')) {
      if (w.context && w.sessionContext && w.context.path === path) {
        const k = w.sessionContext.session && w.sessionContext.session.kernel;
        return !!k && k.status === 'idle';
      }
    }
    return false;
  };
  while (performance.now() - t0 < timeoutMs) {
    const last = Math.max(__fw.lastPaintT(i) || 0, __fw.keyT || 0);
    if (performance.now() - last >= quietMs && idle()) return true;
    await new Promise(r => setTimeout(r, 20));
  }
  return false;
}"""


def focus(handle) -> None:
    """Keyboard focus on a slider handle, without scrolling it into view."""
    handle.evaluate("el => el.focus({preventScroll: true})")


class Browser:
    """JupyterLab and Chromium with the benchmark notebook open and run."""

    def __init__(self, ids: list[str], log=print):
        self.ids, self.log = ids, log
        self.workdir = Path(tempfile.mkdtemp(prefix="flywheel-bench-"))
        self.server = self.pw = self.context = self.page = None

    def __enter__(self) -> "Browser":
        try:
            return self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _start(self) -> "Browser":
        import browser_util as bu
        from playwright.sync_api import sync_playwright
        chromium = bu.find_chromium()
        if chromium is None:
            raise RuntimeError("Chromium not found (/usr/bin/chromium or chromium on PATH)")
        root = self.workdir / "root"
        root.mkdir()
        (root / "bench.ipynb").write_text(json.dumps(bench_notebook(self.ids)), encoding="utf-8")
        user = self.workdir / "user"
        user.mkdir()
        self.server = bu.lab_server(root, self.workdir, {"FLYWHEEL_USER_DIR": str(user),
                                                         "MPLBACKEND": "Agg"}).launch()
        self.pw = sync_playwright().start()
        self.context = bu.launch_browser(self.pw, self.workdir / "profile", chromium,
                                         viewport=(1366, 768))
        self.page = page = self.context.pages[0]
        self.server.wait()
        t0 = time.perf_counter()
        page.goto(f"{self.server.base}/lab/workspaces/bench?reset", wait_until="domcontentloaded",
                  timeout=120_000)
        page.wait_for_function(bu.LAB_APP_READY_JS, timeout=120_000, polling=50)
        page.evaluate(bu.PROBE_JS)
        page.evaluate("() => { __fw.hashing = false; }")   # no pixel hashing while timing
        page.evaluate(bu.LAB_OPEN_JS, "bench.ipynb")
        run = page.evaluate(bu.LAB_RUN_ALL_JS, "bench.ipynb")
        page.wait_for_function(bu.LAB_IDLE_JS, arg="bench.ipynb", timeout=600_000, polling=100)
        if run != "true":
            raise RuntimeError(f"running the benchmark notebook failed: {run}")
        page.wait_for_function("() => __fw.pending() === 0", timeout=120_000, polling=100)
        errors = page.evaluate("__fw.errors()")
        if errors:
            raise RuntimeError("the benchmark notebook shows errors:\n" + "\n---\n".join(errors))
        self.log(f"  JupyterLab with {len(self.ids)} panels and floors ready in "
                 f"{time.perf_counter() - t0:.0f} s")
        self.nodelay = "send without delay" in self.server.log_tail(10**6)
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.context is not None:
                self.context.close()
            if self.pw is not None:
                self.pw.stop()
        finally:
            if self.server is not None:
                self.server.stop()
            shutil.rmtree(self.workdir, ignore_errors=True)

    # -- one target: a panel's or a floor's picture and sliders ------------------------------
    def target(self, css: str) -> dict:
        """Image id and slider handles of the box with class ``css``."""
        page = self.page
        img = page.evaluate("c => __fw.imgId(document.querySelector(`.${c} img`))", css)
        handles = page.locator(f".{css} .noUi-handle")
        return {"css": css, "img": img, "handles": [handles.nth(k) for k in range(handles.count())]}

    def show(self, target: dict) -> None:
        """Scroll the target's picture to the middle of the window (what is timed is painted)."""
        self.page.evaluate("i => __fw.img(i).scrollIntoView({block: 'center'})", target["img"])

    def position(self, target: dict, slider: int = 0) -> int:
        """The position of an integer slider with step 1 from 0 (the floor's), from its handle."""
        return int(round(float(target["handles"][slider].get_attribute("aria-valuenow"))))

    def steps(self, target: dict, plan: list[tuple[int, int]]) -> tuple[list[float], int]:
        """Key press → painted picture (ms) for each single step; and how many painted nothing."""
        page, times, missed, focused = self.page, [], 0, None
        for k, way in plan:
            if focused != k:
                focus(target["handles"][k])
                focused = k
            armed = page.evaluate("i => __fw.arm(i)", target["img"])
            page.keyboard.press("ArrowRight" if way > 0 else "ArrowLeft")
            r = page.evaluate("([i, a, t]) => __fw.waitNew(i, a, t)",
                              [target["img"], armed, STEP_TIMEOUT_MS])
            if r["ok"] and r["ms"] is not None:
                times.append(r["ms"])
            else:
                missed += 1
        return times, missed

    def drag(self, target: dict, slider: int, steps: list[int]) -> dict:
        """A held key: one press every DRAG_INTERVAL_S; pictures painted per second."""
        page = self.page
        focus(target["handles"][slider])
        page.evaluate(_DRAG_OVER_JS, [target["img"], "bench.ipynb", QUIET_MS, 30_000])
        n0 = page.evaluate("() => __fw.keyTimes.length")
        t_next = time.perf_counter()
        for way in steps:
            page.keyboard.press("ArrowRight" if way > 0 else "ArrowLeft")
            t_next += DRAG_INTERVAL_S
            pause = t_next - time.perf_counter()
            if pause > 0:
                time.sleep(pause)   # the pace of the held key, not a wait for the page
        page.evaluate(_DRAG_OVER_JS, [target["img"], "bench.ipynb", QUIET_MS, 30_000])
        keys = page.evaluate("n => __fw.keyTimes.slice(n)", n0)
        paints = page.evaluate("([i, t]) => __fw.paintsSince(i, t)", [target["img"], keys[0]])
        span = (paints[-1] - keys[0]) / 1000 if paints else float("nan")
        return {"presses": len(keys), "pictures": len(paints),
                "per_s": len(paints) / span if paints and span > 0 else float("nan"),
                "lag_ms": paints[-1] - keys[-1] if paints else float("nan")}

    def measure(self, k: int, controls, presses: int, drag_presses: int, rounds: int,
                drags: int = 2) -> dict:
        """Panel k against its floor, ``rounds`` times: single steps, then ``drags`` drags each
        (panel and floor alternating)."""
        out = {"panel_ms": [], "floor_ms": [], "panel_missed": 0, "floor_missed": 0,
               "panel_drag": [], "floor_drag": []}
        panel = self.target(f"fwb-panel-{k}")
        floor = self.target(f"fwb-floor-{k}")
        n_floor = 1 + int(round(float(floor["handles"][0].get_attribute("aria-valuemax"))))
        plan = step_plan(controls, presses)
        longest = max(range(len(controls)), key=lambda j: positions(controls[j])[0])
        self.show(panel)
        self.steps(panel, plan[:2])   # warm-up, not counted
        self.steps(panel, [(j, -w) for j, w in reversed(plan[:2])])
        for _ in range(rounds):
            self.show(panel)
            times, missed = self.steps(panel, plan)
            out["panel_ms"] += times
            out["panel_missed"] += missed
            self.show(floor)
            at = self.position(floor)
            walk = out_and_back(n_floor, at, len(plan))
            times, missed = self.steps(floor, [(0, w) for w in walk])
            out["floor_ms"] += times
            out["floor_missed"] += missed
            n_longest, at_longest = positions(controls[longest])   # the steps ended at defaults
            for _ in range(drags):
                self.show(panel)
                walk = bounce(n_longest, at_longest, drag_presses)
                out["panel_drag"].append(self.drag(panel, longest, walk))
                at_longest += sum(walk)
                self.show(floor)
                at = self.position(floor)
                out["floor_drag"].append(self.drag(floor, 0, bounce(n_floor, at, drag_presses)))
            # the held key left the panel's slider elsewhere: back to the start for the next round
            self.page.locator(f".fwb-panel-{k} .flywheel-reset").first.click()
            self.page.evaluate(_DRAG_OVER_JS, [panel["img"], "bench.ipynb", QUIET_MS, 30_000])
        return out


def browser_row(pid: str, r: dict, px: str) -> dict:
    row = {"panel": pid, "px": px,
           "p50": percentile(r["panel_ms"], 50), "p95": percentile(r["panel_ms"], 95),
           "floor_p50": percentile(r["floor_ms"], 50), "floor_p95": percentile(r["floor_ms"], 95),
           "presses": len(r["panel_ms"]), "missed": r["panel_missed"] + r["floor_missed"]}
    row["x50"] = ratio(row["p50"], row["floor_p50"])
    row["x95"] = ratio(row["p95"], row["floor_p95"])
    drags = [d["per_s"] for d in r["panel_drag"] if math.isfinite(d["per_s"])]
    floor_drags = [d["per_s"] for d in r["floor_drag"] if math.isfinite(d["per_s"])]
    row["drag"] = statistics.median(drags) if drags else float("nan")
    row["floor_drag"] = statistics.median(floor_drags) if floor_drags else float("nan")
    lags = [d["lag_ms"] for d in r["panel_drag"] if math.isfinite(d["lag_ms"])]
    row["lag"] = statistics.median(lags) if lags else float("nan")
    missed = [name for name, ok in (
        ("p50", row["x50"] <= TARGET_P50_RATIO), ("p95", row["x95"] <= TARGET_P95_RATIO),
        ("drag", row["drag"] >= TARGET_DRAG_PER_S)) if not ok]
    row["targets"] = "all met" if not missed else "missed: " + ", ".join(missed)
    return row


BROWSER_COLUMNS = [("panel", "panel"), ("px", "picture px"), ("p50", "p50 ms"),
                   ("p95", "p95 ms"), ("floor_p50", "floor p50"), ("floor_p95", "floor p95"),
                   ("x50", "p50 ÷ floor"), ("x95", "p95 ÷ floor"), ("drag", "drag pictures/s"),
                   ("floor_drag", "floor drag/s"), ("lag", "drag lag ms"),
                   ("targets", "targets")]


def measure_browser(ids: list[str], presses: int, drag_presses: int, rounds: int,
                    log=print, notes: list | None = None) -> tuple[list[dict], list[list[str]]]:
    """Raw browser results per panel, and [panel, error] for panels that could not be measured."""
    from flywheel_lib import panels
    raw, failures = [], []
    with Browser(ids, log=log) as b:
        if notes is not None:
            notes.append("Kernel websockets: " + ("TCP_NODELAY (the kit's server extension is on)"
                         if b.nodelay else "Nagle on (the kit's server extension is OFF: install "
                         "the kit with README's command)"))
        for k, pid in enumerate(ids):
            log(f"  browser: {pid} …")
            try:
                p = panels.build(pid)
                controls = p.controls
                w, h = (int(round(v)) for v in p.fig.bbox.size)
                p.widget.close()
                r = b.measure(k, controls, presses, drag_presses, rounds)
                r.update(panel=pid, px=f"{w}×{h}")
                raw.append(r)
            except Exception as exc:
                failures.append([pid, "".join(traceback.format_exception_only(type(exc), exc))
                                 .strip()])
    return raw, failures


# ---------------------------------------------------------------------------------------------
# The other figures: bench_* modules, import time, suite time, browser test timings
# ---------------------------------------------------------------------------------------------
def run_bench_modules() -> list[tuple[str, list[dict] | None, str | None]]:
    """Import every tests/bench_*.py and call its ``run()``; (name, rows, error) per module."""
    found = []
    for path in sorted(TESTS.glob("bench_*.py")):
        name = path.stem
        try:
            spec = importlib.util.spec_from_file_location(f"flywheel_{name}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            rows = module.run()
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise TypeError(f"run() must return a list of dicts, got {type(rows).__name__}")
            found.append((name, rows, None))
        except Exception as exc:
            found.append((name, None, "".join(traceback.format_exception_only(type(exc), exc)).strip()))
    return found


def import_time(statement: str = "import flywheel_lib", repeats: int = 5) -> dict:
    """Median and min wall time (ms) of ``statement`` in fresh interpreters."""
    code = ("import time; t0 = time.perf_counter(); " + statement
            + "; print(time.perf_counter() - t0)")
    times = []
    for _ in range(repeats):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=str(REPO), env={**os.environ, "MPLBACKEND": "Agg"})
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
        times.append(1000 * float(done.stdout.strip().splitlines()[-1]))
    return {"statement": statement, "median_ms": statistics.median(times), "min_ms": min(times),
            "runs": repeats}


def suite_time() -> dict:
    """Wall time of the whole test suite (``python -m pytest -q``)."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q"], capture_output=True, text=True,
                          cwd=str(REPO))
    seconds = time.perf_counter() - t0
    lines = [line for line in done.stdout.strip().splitlines() if line.strip()]
    return {"command": "python -m pytest -q", "seconds": seconds,
            "exit_code": done.returncode, "summary": lines[-1] if lines else ""}


def browser_timings() -> tuple[str | None, list[dict] | str | None]:
    """Rows from the browser test's JSON (``$FLYWHEEL_BROWSER_TIMINGS``), or why there are none."""
    path = os.environ.get("FLYWHEEL_BROWSER_TIMINGS")
    if not path:
        return None, None
    p = Path(path)
    if not p.is_file():
        return path, f"no file at {path}"
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data:
            return path, f"no timings in {path}"
        return path, [{"lesson": lesson, **(values if isinstance(values, dict) else
                                            {"value": values})}
                      for lesson, values in data.items()]
    except Exception as exc:
        return path, f"unreadable: {type(exc).__name__}: {exc}"


def machine_info() -> str:
    import matplotlib
    import numpy
    versions = {"Python": platform.python_version(), "matplotlib": matplotlib.__version__,
                "numpy": numpy.__version__}
    for name in ("ipywidgets", "ipykernel", "jupyterlab"):
        try:
            versions[name] = __import__(name).__version__
        except Exception:
            versions[name] = "absent"
    versions["Chromium"] = chromium_version()
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {machine_load()}, {calibration()}; "
            + ", ".join(f"{k} {v}" for k, v in versions.items()))


def chromium_version() -> str:
    try:
        import browser_util as bu
        path = bu.find_chromium()
        if path is None:
            return "absent"
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20)
        words = out.stdout.split()
        return next((w for w in words if w[:1].isdigit()), out.stdout.strip() or "?")
    except Exception:
        return "?"


def calibration() -> str:
    """CPU speed for scale: a pure-Python loop of 10**6 additions (best of 3, CPU ms)."""
    best = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.process_time() - c0)
    return f"10^6-additions loop {1000 * best:.0f} ms"


def machine_load() -> str:
    """Load average and CPU pressure (share of time some task waited for a CPU, last 60 s)."""
    text = "load " + ("/".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg")
                      else "?")
    try:
        some = Path("/proc/pressure/cpu").read_text().split("\n")[0]
        text += f", CPU pressure {float(some.split('avg60=')[1].split()[0]):.0f} %"
    except (OSError, IndexError, ValueError):
        pass
    return text


# ---------------------------------------------------------------------------------------------
# The script
# ---------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="20 key presses and one drag per panel, fewer in-kernel moves (CI)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--no-browser", action="store_true",
                        help="skip the browser measurements (in-kernel figures only)")
    parser.add_argument("--suite", action="store_true", help="also time the whole test suite")
    parser.add_argument("--panels", default="", help="comma-separated panel ids (default: all)")
    parser.add_argument("--json", default="", help="also write the raw results to this file")
    parser.add_argument("--from-json", default="",
                        help="print the panel tables from a file written by --json")
    args = parser.parse_args(argv)

    presses = 20 if args.quick else 40
    drag_presses = 60 if args.quick else 90
    rounds = 1 if args.quick else 2   # each: the single steps, then 2 drags of panel and floor
    kernel_moves = 24 if args.quick else 120
    md = args.markdown
    say = print

    def heading(text):
        say(f"\n### {text}\n" if md else f"\n== {text} ==")

    def note(text):
        say(f"_{text}_" if md else text)

    def log(text):
        print(text, file=sys.stderr, flush=True)

    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        header, browser_raw, kernel_raw = saved["header"], saved["browser"], saved["kernel"]
        failures = saved.get("failures", [])
        header = header + [f"(panel figures read from {args.from_json})"]
        for line in header:
            note(line)
    else:
        header = [f"Machine: {machine_info()}",
                  f"{time.strftime('%Y-%m-%d %H:%M')}; browser: {presses * rounds} key presses and "
                  f"{2 * rounds} drags of {drag_presses} presses per panel and floor; in-kernel: "
                  f"{kernel_moves} moves per panel."]
        for line in header:
            note(line)
        from flywheel_lib import panels
        ids = panels.ids()
        if args.panels:
            wanted = [p.strip() for p in args.panels.split(",") if p.strip()]
            ids = [p for p in wanted if p in ids] + [p for p in wanted if p not in ids]
        failures: list[list[str]] = []
        browser_raw: list[dict] = []
        if args.no_browser:
            header.append("(browser part skipped: --no-browser)")
        else:
            t0 = time.perf_counter()
            try:
                browser_raw, failures = measure_browser(ids, presses, drag_presses, rounds, log,
                                                          header)
            except Exception as exc:
                header.append("(browser part failed: "
                              + "".join(traceback.format_exception_only(type(exc), exc)).strip()
                              + ")")
            log(f"  browser part took {time.perf_counter() - t0:.0f} s")
        kernel_raw = []
        for pid in ids:
            log(f"  in-kernel: {pid} …")
            try:
                kernel_raw.append(measure_in_kernel(pid, kernel_moves))
            except Exception as exc:
                failures.append([pid, "in-kernel: " + "".join(
                    traceback.format_exception_only(type(exc), exc)).strip()])
        header.append(f"Machine load after the panels: {machine_load()}")
        if args.json:
            Path(args.json).write_text(json.dumps(
                {"header": header, "browser": browser_raw, "kernel": kernel_raw,
                 "failures": failures}, indent=1), encoding="utf-8")
        for line in header[2:]:
            note(line)

    heading("Slider to new pixels in JupyterLab + Chromium: panel against the floor")
    if browser_raw:
        say(table([browser_row(r["panel"], r, r["px"]) for r in browser_raw], BROWSER_COLUMNS,
                  md))
        say("")
        say(f"ms = key press to the new picture painted (p50/p95 over single ArrowRight/Left steps "
            f"on each slider). Floor = an IntSlider swapping precomputed PNGs of the same panel "
            f"into an Image (one message a move, no drawing). Targets: p50 ≤ "
            f"{TARGET_P50_RATIO:g}× floor, p95 ≤ {TARGET_P95_RATIO:g}× floor, drag ≥ "
            f"{TARGET_DRAG_PER_S:g} pictures/s (a key held at 60 presses/s; lag = last picture "
            f"after the last press).")
        missed = sum(r["panel_missed"] + r["floor_missed"] for r in browser_raw)
        if missed:
            say(f"! {missed} key press(es) painted no new picture within "
                f"{STEP_TIMEOUT_MS / 1000:g} s (left out of the figures)")
    else:
        say("(no browser figures)")

    heading("In the kernel: panel.timed_update() after a one-slider move")
    say(table([kernel_row(r) for r in kernel_raw], KERNEL_COLUMNS, md))
    say("")
    say("A sweep of every slider over its range; update = model + render + draw (Agg) + PNG. "
        "Full draws % = frames drawn whole (the rest: cached background + moving artists).")
    for r in kernel_raw:
        if r["errors"]:
            say(f"! {r['panel']}: {len(r['errors'])} update error(s), first: {r['errors'][0]}")
    for pid, err in failures:
        say(f"! {pid}: could not be measured: {err}")

    for name, bench_rows, error in run_bench_modules():
        heading(f"{name}.run()")
        if error:
            say(f"! {name} failed: {error}")
        elif not bench_rows:
            say("(no rows)")
        else:
            say(table(bench_rows, markdown=md))

    repeats = 3 if args.quick else 5
    heading(f"Import time (fresh interpreter, median of {repeats})")
    imports = []
    for statement in ("import flywheel_lib", "from flywheel_lib import panels; panels.ids()"):
        try:
            imports.append(import_time(statement, repeats))
        except Exception as exc:
            imports.append({"statement": statement, "median_ms": float("nan"), "error": str(exc)})
    say(table(imports, [("statement", "statement"), ("median_ms", "median ms"),
                        ("min_ms", "min ms")], md))

    if args.suite:
        heading("Whole test suite")
        s = suite_time()
        say(table([s], [("command", "command"), ("seconds", "seconds"), ("exit_code", "exit code"),
                        ("summary", "summary")], md))

    path, timings = browser_timings()
    heading("Browser test: key press to new pixels")
    if path is None:
        say("(set FLYWHEEL_BROWSER_TIMINGS to the browser test's JSON file to include it)")
    elif isinstance(timings, str):
        say(f"({timings})")
    else:
        say(f"from {path} (JupyterLab and Voilà checked side by side):" + ("\n" if md else ""))
        say(table(timings, markdown=md))

    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
