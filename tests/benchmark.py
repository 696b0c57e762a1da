"""Benchmark of the kit: how fast a panel answers a slider, against the naive ``interact`` re-plot.

Run from the repo root (this is a script, not a pytest test; speed is printed, never asserted)::

    python tests/benchmark.py              # every registered panel, 120 moves each, in a real kernel
    python tests/benchmark.py --quick      # a smoke run with few moves
    python tests/benchmark.py --markdown   # the same results as Markdown tables (for README)
    python tests/benchmark.py --suite      # also time the whole test suite

What is measured, per registered panel (``flywheel_lib.panels.ids()``):

* **ours** — the kit's pattern under ipympl (``%matplotlib widget``): the time from setting a slider's
  value (the observer runs the model, sets the artists' data and calls ``draw_idle``) to the end of
  ``fig.canvas.draw()`` (what the browser's draw request triggers: the panel's redraw — cached
  background plus data artists, or a full render when limits changed — then diff PNG, comm send).
* **naive** — the ``ipywidgets.interact`` pattern under the inline backend, built generically from
  the same panel: on every move the panel's factory builds its figure from scratch (its ``Panel`` is
  only recorded: no widgets; widget extras a factory adds to the live panel are skipped, as an
  ``interact`` author would make them once), the model runs, ``render`` fills the artists, the table and readout are
  shown, and ``plt.show()`` renders the whole figure to PNG (``bbox_inches="tight"``) and closes it.

Both patterns get the same moves: every slider dragged in consecutive steps from its default to its
maximum, down to its minimum and back, spread over at least ``--moves`` moves; the two patterns are
measured in alternating rounds so that load on the machine hits both alike.

By default each panel is measured inside a real IPython kernel started with jupyter_client (ipympl
canvases and comms as in JupyterLab, the real inline backend and display path for the naive pattern).
No browser is attached, so the benchmark sends the canvas the ``initialized`` message a browser sends
(otherwise ipympl would also encode a full PNG per frame for nbconvert-style embedding).
``--in-process`` runs the same functions without a kernel (ipympl's Canvas works there with a dummy
comm; the inline display is replaced by the very ``print_figure`` call it makes).

The script also prints: the fast-drag rate (redraws per second while a slider is swept faster than the
kernel can follow), the rows returned by every ``tests/bench_*.py`` module's ``run()``, the time of
``import flywheel_lib``, the browser's slider-to-pixels times if ``$FLYWHEEL_BROWSER_TIMINGS`` names a
JSON file, and with ``--suite`` the test suite's wall time.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import inspect
import io
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

OURS_BACKEND = "module://ipympl.backend_nbagg"
NAIVE_BACKEND = "module://matplotlib_inline.backend_inline"
TARGET_P95_MS = 30.0
TARGET_SPEEDUP = 3.0
TARGET_REDRAWS_PER_S = 10.0
RESULT_MARK = "@@FLYWHEEL_BENCH@@"


# ---------------------------------------------------------------------------------------------
# Moves: a realistic drag of every slider over its whole range
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


def drag_path(control) -> list:
    """All positions of one lap (see :func:`drag_legs`); empty for a slider that cannot move."""
    return [v for leg in drag_legs(control) for v in leg]


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
    movable = [c for c in controls if drag_path(c)]
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


def split_rounds(moves, rounds: int, controls) -> list[list]:
    """Deal the moves, two at a time, into ``rounds`` interleaved parts (each still sweeps every
    slider's range; pairs keep a two-position slider moving). Each part starts from the defaults;
    a move that would not change its slider is dropped.
    """
    parts = []
    for r in range(rounds):
        last = {c.name: c.value for c in controls}
        part = []
        for name, value in [m for i, m in enumerate(moves) if (i // 2) % rounds == r]:
            if value != last[name]:
                part.append((name, value))
                last[name] = value
        parts.append(part)
    return parts


# ---------------------------------------------------------------------------------------------
# Backends and the naive pattern
# ---------------------------------------------------------------------------------------------
def in_kernel() -> bool:
    """True when running inside an IPython kernel (not a plain interpreter)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    ip = get_ipython()
    return ip is not None and getattr(ip, "kernel", None) is not None


def use_backend(which: str, dpi_ratio: float = 1.0) -> str:
    """Switch matplotlib to ipympl (``"ours"``) or the inline backend (``"naive"``); closes figures."""
    import matplotlib.pyplot as plt
    if in_kernel():
        from IPython import get_ipython
        ip = get_ipython()
        if which == "naive":
            fmt = "retina" if dpi_ratio >= 2 else "png"
            ip.run_line_magic("config", f"InlineBackend.figure_formats = [{fmt!r}]")
        ip.run_line_magic("matplotlib", "widget" if which == "ours" else "inline")
    else:
        plt.switch_backend(OURS_BACKEND if which == "ours" else NAIVE_BACKEND)
    import matplotlib
    return matplotlib.get_backend()


def connect_like_a_browser(canvas, dpi_ratio: float = 1.0) -> None:
    """Send an ipympl canvas the messages JupyterLab's front end sends when it shows the canvas."""
    handle = getattr(canvas, "_handle_message", None)
    if handle is None:
        return
    handle(canvas, {"type": "initialized"}, [])
    handle(canvas, {"type": "set_dpi_ratio", "dpi_ratio": dpi_ratio}, [])
    handle(canvas, {"type": "send_image_mode"}, [])
    handle(canvas, {"type": "refresh"}, [])


@contextlib.contextmanager
def recorded_panels():
    """While active, constructing a ``Panel`` only records its arguments: no widgets, no update.

    This turns any panel factory into "build the figure from scratch", the first half of what a
    naive ``interact`` callback does on every move. Yields the list of recorded panels.
    """
    from flywheel_lib.ui import panel as widgets
    original = widgets.Panel.__init__
    signature = inspect.signature(original)

    made = []

    def record(self, *args, **kwargs):
        bound = signature.bind(self, *args, **kwargs)
        bound.apply_defaults()
        self.__dict__.update({k: v for k, v in bound.arguments.items() if k != "self"})
        self.controls = list(self.controls)
        self.fixed = dict(self.fixed or {})
        made.append(self)

    widgets.Panel.__init__ = record
    try:
        yield made
    finally:
        widgets.Panel.__init__ = original


def _show_inline(dpi_ratio: float = 1.0) -> None:
    """``plt.show()`` under the inline backend: every open figure to PNG, then close them all.

    In a kernel this is the real thing. Outside one, IPython's ``display`` cannot render, so the
    same ``print_figure`` call the inline backend's formatter makes is called directly.
    """
    import matplotlib.pyplot as plt
    if in_kernel():
        plt.show()
        return
    from IPython.core.pylabtools import print_figure
    from matplotlib._pylab_helpers import Gcf
    fmt = "retina" if dpi_ratio >= 2 else "png"
    for manager in Gcf.get_all_fig_managers():
        print_figure(manager.canvas.figure, fmt, base64=True, bbox_inches="tight")
    plt.close("all")


class NaivePanel:
    """The naive ``interact`` version of a registered panel (inline backend must be active).

    ``move(name, value)`` moves one of interact's sliders: the callback rebuilds the panel's figure
    from its factory, runs the model, renders, shows table and readout, and ``plt.show()``s.
    """

    def __init__(self, panel_id: str, dpi_ratio: float = 1.0):
        import ipywidgets as W
        self.panel_id = panel_id
        self.dpi_ratio = dpi_ratio
        self.errors: list[BaseException] = []
        self.mode = "recorded"
        try:  # the recorded pieces must work on their own
            spec = self._build()
            with contextlib.redirect_stdout(io.StringIO()):
                spec.render(spec.model(**spec.fixed, **{c.name: c.value for c in spec.controls}))
        except Exception:
            self.mode = "full"
            spec = self._build()
        self.controls = spec.controls
        import matplotlib.pyplot as plt
        plt.close("all")
        sliders = {c.name: c.make_widget() for c in self.controls}
        with self._quiet():
            self.widget = W.interactive(self._callback, **sliders)
        self.sliders = sliders

    def _build(self):
        """The panel's figure built from scratch by its factory, and its model/render/readout.

        ``recorded``: the factory's ``Panel(...)`` is only recorded. If the factory then fails because
        it decorates the live panel (adds buttons, renames sliders), the recorded panel is used and
        those widget extras are skipped (``recorded-extras-skipped``): a naive ``interact`` author
        would make such widgets once, not on every move. ``full`` (fallback, if the recorded pieces
        do not work alone): the real panel with its widgets, without its first update.
        """
        from flywheel_lib import panels
        from flywheel_lib.ui import panel as widgets
        if self.mode != "full":
            with recorded_panels() as made:
                try:
                    return panels.build(self.panel_id)
                except Exception:
                    if not made:
                        raise
                    self.mode = "recorded-extras-skipped"
                    return made[-1]
        update = widgets.Panel.update
        widgets.Panel.update = lambda self: None
        try:
            return panels.build(self.panel_id)
        finally:
            widgets.Panel.update = update

    def _callback(self, **values):
        import matplotlib.pyplot as plt
        from IPython.display import HTML, display
        from flywheel_lib import i18n
        from flywheel_lib.ui import plotting
        try:
            spec = self._build()
            result = spec.model(**spec.fixed, **values)
            with plt.rc_context(plotting.rc_params()):
                table = spec.render(result)
            if table is not None:
                display(HTML(i18n.translate_columns(table).to_html(index=False)))
            readout = getattr(spec, "readout", None) or getattr(spec, "readout_fn", None)
            if readout is not None:
                display(HTML(readout(result)))
            _show_inline(self.dpi_ratio)
        except Exception as exc:
            self.errors.append(exc)
            plt.close("all")
            raise

    @contextlib.contextmanager
    def _quiet(self):
        # Outside a kernel, Output/clear_output/display write escape codes and reprs to stdout.
        if in_kernel():
            yield
        else:
            with contextlib.redirect_stdout(io.StringIO()):
                yield

    def move(self, name: str, value) -> None:
        with self._quiet():
            self.sliders[name].value = value

    def close(self) -> None:
        import matplotlib.pyplot as plt
        self.widget.close()
        plt.close("all")


class OursPanel:
    """The kit's panel under ipympl; ``move`` = slider change (model, render, draw_idle) + draw."""

    def __init__(self, panel_id: str, dpi_ratio: float = 1.0):
        from flywheel_lib import panels
        self.panel = panels.build(panel_id)
        self.canvas = self.panel.fig.canvas
        self.backend = type(self.canvas).__module__ + "." + type(self.canvas).__name__
        connect_like_a_browser(self.canvas, dpi_ratio)
        self.canvas.draw()
        self.controls = self.panel.controls
        self.sliders = self.panel.sliders
        self.errors: list[BaseException] = []

    def move(self, name: str, value) -> None:
        self.sliders[name].value = value
        if self.panel.last_error is not None:
            self.errors.append(self.panel.last_error)
        self.canvas.draw()

    def draw_counts(self) -> tuple[int, int] | None:
        """(full draws, background-cached draws) so far, if the panel's redraw counts them."""
        redrawer = getattr(self.panel, "redrawer", None)
        if redrawer is None or not hasattr(redrawer, "full_draws"):
            return None
        return redrawer.full_draws, redrawer.fast_draws, getattr(redrawer, "partial_draws", 0)

    def split_move(self, name: str, value) -> tuple[float, float]:
        """A move timed in two parts: the slider callback, and the draw."""
        t0 = time.perf_counter()
        self.sliders[name].value = value
        t1 = time.perf_counter()
        if self.panel.last_error is not None:
            self.errors.append(self.panel.last_error)
        self.canvas.draw()
        return t1 - t0, time.perf_counter() - t1

    def pause(self) -> float | None:
        """The learner lets go of a slider: the axes are re-fitted (one redraw) if they need it,
        and the cells the next drag is likely to need are rendered ahead.

        Under ipympl this runs from timers ``redraw.SETTLE_S`` seconds after the last move, never
        during a drag; here it is called directly and timed apart from the moves. Returns the
        time of the pause's work (seconds), or None when there was none.
        """
        redrawer = getattr(self.panel, "redrawer", None)
        settle = getattr(redrawer, "settle", None)
        if settle is None:
            return None
        t0 = time.perf_counter()
        settled = settle()
        if settled:
            self.canvas.draw()
        # What the pause's timers then do under ipympl: render ahead the cells the next drag is
        # likely to grow to (one per tick, stopped by the next move; here all at once).
        prefetch = getattr(redrawer, "prefetch", None)
        ahead = prefetch() if prefetch is not None else 0
        return time.perf_counter() - t0 if settled or ahead else None

    def close(self) -> None:
        import matplotlib.pyplot as plt
        self.panel.widget.close()
        plt.close(self.panel.fig)


def timed_moves(view, moves, cpu: list | None = None, split: dict | None = None) -> list[float]:
    """Wall time (s) of each move. The process's CPU time of each move is appended to ``cpu``; with
    ``split``, a view that can (ours) also appends its callback and draw times to ``split``."""
    times = []
    for i, (name, value) in enumerate(moves):
        if split is not None and i and moves[i - 1][0] != name and hasattr(view, "pause"):
            settled = view.pause()   # the previous slider was let go (not a timed move)
            if settled is not None:
                split.setdefault("settle", []).append(settled)
        c0, t0 = time.process_time(), time.perf_counter()
        if split is not None:
            callback, draw = view.split_move(name, value)
            split["callback"].append(callback)
            split["draw"].append(draw)
        else:
            view.move(name, value)
        times.append(time.perf_counter() - t0)
        if cpu is not None:
            cpu.append(time.process_time() - c0)
    return times


def fast_drag(view, controls, seconds: float) -> dict:
    """Redraws per second while the pointer sweeps sliders faster than the kernel can follow.

    Each slider in turn is swept back and forth over its whole range, reaching a new step every
    5 ms (faster than any hand). ipywidgets sends only the newest value while the kernel is busy,
    so after each redraw the next one takes the slider's position at that moment.
    """
    movable = [c for c in controls if len(slider_grid(c)) > 1]
    if not movable:
        return {"redraws_per_s": float("nan"), "redraws": 0, "seconds": 0.0, "worst_ms": float("nan")}
    per_slider = seconds / len(movable)
    redraws, worst = 0, 0.0
    start = time.perf_counter()
    for c in movable:
        grid = slider_grid(c)
        sweep = 0.005 * (len(grid) - 1)
        last = view.sliders[c.name].value
        t0 = time.perf_counter()
        while (now := time.perf_counter()) - t0 < per_slider:
            phase = ((now - t0) / sweep) % 2.0
            pos = phase if phase < 1.0 else 2.0 - phase
            value = grid[int(round(pos * (len(grid) - 1)))]
            if value == last:
                time.sleep(0.001)
                continue
            view.move(c.name, value)
            worst = max(worst, time.perf_counter() - now)
            redraws += 1
            last = value
    elapsed = time.perf_counter() - start
    return {"redraws_per_s": redraws / elapsed, "redraws": redraws, "seconds": elapsed,
            "worst_ms": 1000 * worst}


def measure_panel(panel_id: str, n_moves: int = 120, rounds: int = 2, drag_seconds: float = 2.0,
                  style: str = "default", dpi_ratio: float = 1.0) -> dict:
    """Measure one panel, ours against naive; returns raw times in seconds and drag rates.

    Works in a kernel (the default of the script) and in a plain interpreter. Switches the
    matplotlib backend back and forth and closes all figures.
    """
    import flywheel_lib as fw
    fw.set_style(style)
    out = {"panel": panel_id, "where": "kernel" if in_kernel() else "process", "style": style,
           "dpi_ratio": dpi_ratio, "ours": [], "naive": [], "ours_cpu": [], "naive_cpu": [],
           "callback": [], "draw": [], "model": [], "settle": [],
           "errors_ours": [], "errors_naive": []}
    parts = None
    for r in range(rounds):
        out["backend_ours"] = use_backend("ours", dpi_ratio)
        ours = OursPanel(panel_id, dpi_ratio)
        out["canvas"] = ours.backend
        if parts is None:
            parts = split_rounds(plan_moves(ours.controls, n_moves), rounds, ours.controls)
            out["sliders"] = [c.name for c in ours.controls]
        part = parts[r]
        # Warm-up, not counted: imports and font caches (first round), and on every new panel the
        # first moves, which teach its redraw which artists move (once per panel, see redraw.py).
        timed_moves(ours, part[:2])
        ours.panel.reset()
        ours.canvas.draw()
        first = ours.pause()   # the learner looks at the panel before the first drag
        if first is not None:
            out["settle"].append(first)
        before = ours.draw_counts()
        out["ours"] += timed_moves(ours, part, out["ours_cpu"], split=out)
        after = ours.draw_counts()
        if before and after:
            out["full_draws"] = out.get("full_draws", 0) + after[0] - before[0]
            out["fast_draws"] = out.get("fast_draws", 0) + after[1] - before[1]
            out["partial_draws"] = out.get("partial_draws", 0) + after[2] - before[2]
        panel = ours.panel
        values = {c.name: c.value for c in ours.controls}
        for name, value in part:
            values[name] = value
            t0 = time.perf_counter()
            panel.model(**panel.fixed, **values)
            out["model"].append(time.perf_counter() - t0)
        out["errors_ours"] += [f"{type(e).__name__}: {e}" for e in ours.errors]
        ours.close()

        out["backend_naive"] = use_backend("naive", dpi_ratio)
        naive = NaivePanel(panel_id, dpi_ratio)
        out["naive_mode"] = naive.mode
        if r == 0:
            timed_moves(naive, part[:2])
            naive.close()
            naive = NaivePanel(panel_id, dpi_ratio)
        out["naive"] += timed_moves(naive, part, out["naive_cpu"])
        out["errors_naive"] += [f"{type(e).__name__}: {e}" for e in naive.errors]
        naive.close()

    if drag_seconds > 0:
        use_backend("ours", dpi_ratio)
        ours = OursPanel(panel_id, dpi_ratio)
        out["drag_ours"] = fast_drag(ours, ours.controls, drag_seconds)
        ours.close()
        use_backend("naive", dpi_ratio)
        naive = NaivePanel(panel_id, dpi_ratio)
        out["drag_naive"] = fast_drag(naive, naive.controls, drag_seconds)
        naive.close()
    use_backend("ours", dpi_ratio)
    return out


# ---------------------------------------------------------------------------------------------
# Running in a real kernel
# ---------------------------------------------------------------------------------------------
_KERNEL_CODE = """
import importlib.util as _u, json as _j, sys as _s
_spec = _u.spec_from_file_location("flywheel_benchmark", {path!r})
_b = _u.module_from_spec(_spec); _s.modules["flywheel_benchmark"] = _b; _spec.loader.exec_module(_b)
_r = _b.measure_panel({panel!r}, n_moves={moves}, rounds={rounds}, drag_seconds={drag},
                      style={style!r}, dpi_ratio={dpi})
print({mark!r} + _j.dumps(_r))
"""


def measure_in_kernel(panel_id: str, timeout: float = 900, **kwargs) -> dict:
    """Run :func:`measure_panel` inside a fresh IPython kernel (jupyter_client) and return its result."""
    from jupyter_client.manager import start_new_kernel

    import tempfile
    log = tempfile.TemporaryFile(mode="w+")  # the kernel's own stderr (shown only on failure)
    km, kc = start_new_kernel(kernel_name="python3", cwd=str(REPO), stderr=log)
    stdout, errors = [], []

    def hook(msg):
        kind = msg["header"]["msg_type"]
        if kind == "stream" and msg["content"].get("name") == "stdout":
            stdout.append(msg["content"]["text"])
        elif kind == "error":
            errors.append("\n".join(msg["content"].get("traceback", [])) or msg["content"]["evalue"])

    try:
        code = _KERNEL_CODE.format(path=str(Path(__file__).resolve()), panel=panel_id,
                                   moves=kwargs.get("n_moves", 120), rounds=kwargs.get("rounds", 2),
                                   drag=kwargs.get("drag_seconds", 2.0),
                                   style=kwargs.get("style", "default"),
                                   dpi=kwargs.get("dpi_ratio", 1.0), mark=RESULT_MARK)
        reply = kc.execute_interactive(code, output_hook=hook, timeout=timeout, store_history=False)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        log.seek(0)
        kernel_log = log.read()
        log.close()
    text = "".join(stdout)
    for line in text.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    import re
    detail = re.sub(r"\x1b\[[0-9;]*m", "", errors[-1]) if errors else (text + kernel_log)[-2000:]
    raise RuntimeError(f"kernel run of {panel_id} failed ({reply['content'].get('status')}):\n{detail}")


# ---------------------------------------------------------------------------------------------
# Summaries and tables
# ---------------------------------------------------------------------------------------------
def percentile(values, q: float) -> float:
    """The q-th percentile (linear interpolation, like numpy's default); NaN for no values."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summarize(result: dict) -> dict:
    """The row of the main table for one panel's raw result."""
    ms = lambda key, q: 1000 * percentile(result.get(key, []), q)
    row = {
        "panel": result["panel"],
        "moves": len(result.get("ours", [])),
        "ours_p50": ms("ours", 50), "ours_p95": ms("ours", 95),
        "naive_p50": ms("naive", 50), "naive_p95": ms("naive", 95),
        "model_p50": ms("model", 50), "callback_p50": ms("callback", 50),
        "draw_p50": ms("draw", 50), "draw_p95": ms("draw", 95),
        "ours_cpu_p50": ms("ours_cpu", 50), "ours_cpu_p95": ms("ours_cpu", 95),
        "naive_cpu_p50": ms("naive_cpu", 50),
    }
    row["speedup_cpu"] = (row["naive_cpu_p50"] / row["ours_cpu_p50"] if row["ours_cpu_p50"] > 0
                          else float("nan"))
    row["speedup"] = row["naive_p50"] / row["ours_p50"] if row["ours_p50"] > 0 else float("nan")
    row["speedup_p95"] = row["naive_p95"] / row["ours_p95"] if row["ours_p95"] > 0 else float("nan")
    row["target_met"] = bool(row["ours_p95"] <= TARGET_P95_MS and row["speedup"] >= TARGET_SPEEDUP)
    for which in ("ours", "naive"):
        drag = result.get(f"drag_{which}") or {}
        row[f"drag_{which}"] = drag.get("redraws_per_s", float("nan"))
        row[f"drag_{which}_worst"] = drag.get("worst_ms", float("nan"))
    row["drag_met"] = bool(row["drag_ours"] >= TARGET_REDRAWS_PER_S)
    full, fast = result.get("full_draws"), result.get("fast_draws")
    partial = result.get("partial_draws", 0)
    total = (full or 0) + (fast or 0) + partial
    row["full_draw_share"] = 100.0 * full / total if full is not None and total else float("nan")
    row["partial_draw_share"] = (100.0 * partial / total if full is not None and total
                                 else float("nan"))
    row["settles"] = len(result.get("settle", []))
    row["settle_p50"] = ms("settle", 50)
    row["errors"] = len(result.get("errors_ours", [])) + len(result.get("errors_naive", []))
    row["naive_mode"] = result.get("naive_mode", "")
    return row


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:.1f}" if abs(value) >= 1 or value == 0 else f"{value:.3g}"
    return str(value)


def table(rows: list[dict], columns: list[tuple[str, str]] | None = None, markdown: bool = False) -> str:
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
    line = lambda items: "  ".join(
        (s.rjust(w) if _looks_numeric(s) else s.ljust(w)) for s, w in zip(items, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(c) for c in cells)])


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "").rstrip("×%"))
        return True
    except ValueError:
        return text == "–"


MAIN_COLUMNS = [("panel", "panel"), ("ours_p50", "ours p50 ms"), ("ours_p95", "ours p95 ms"),
                ("naive_p50", "naive p50 ms"), ("naive_p95", "naive p95 ms"),
                ("speedup", "speed-up (p50)"), ("target_met", "target met")]
DETAIL_COLUMNS = [("panel", "panel"), ("moves", "moves"), ("model_p50", "model p50 ms"),
                  ("callback_p50", "callback p50 ms"), ("draw_p50", "draw p50 ms"),
                  ("draw_p95", "draw p95 ms"), ("full_draw_share", "full draws %"),
                  ("partial_draw_share", "one-plot redraws %"),
                  ("settles", "pauses with work (re-fit, render ahead)"), ("settle_p50", "pause work p50 ms"),
                  ("ours_cpu_p50", "ours CPU p50 ms"), ("ours_cpu_p95", "ours CPU p95 ms"),
                  ("naive_cpu_p50", "naive CPU p50 ms"), ("speedup_cpu", "speed-up (CPU)"),
                  ("drag_ours", "drag redraws/s ours"), ("drag_ours_worst", "worst frame ms"),
                  ("drag_naive", "drag redraws/s naive"), ("drag_met", "≥10/s"),
                  ("errors", "errors")]


# ---------------------------------------------------------------------------------------------
# The other figures: bench_* modules, import time, suite time, browser timings
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
    """Wall time of the whole test suite (``python -m pytest -q -p no:cacheprovider``)."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          capture_output=True, text=True, cwd=str(REPO))
    seconds = time.perf_counter() - t0
    lines = [l for l in done.stdout.strip().splitlines() if l.strip()]
    return {"command": "python -m pytest -q -p no:cacheprovider", "seconds": seconds,
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
        rows = []
        for lesson, values in data.items():
            rows.append({"lesson": lesson, **(values if isinstance(values, dict) else {"value": values})})
        return path, rows
    except Exception as exc:
        return path, f"unreadable: {type(exc).__name__}: {exc}"


def machine_info() -> str:
    import matplotlib
    import numpy
    versions = {"Python": platform.python_version(), "matplotlib": matplotlib.__version__,
                "numpy": numpy.__version__}
    for name in ("ipympl", "ipywidgets", "ipykernel"):
        try:
            versions[name] = __import__(name).__version__
        except Exception:
            versions[name] = "absent"
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


def discover_panels() -> tuple[list[str], list[str]]:
    """Registered panel ids, and errors of panel modules that failed to import."""
    from flywheel_lib import panels
    try:
        return panels.ids(), []
    except Exception:
        errors = []
        for name in panels.MODULES:
            try:
                importlib.import_module(f"{panels.__name__}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{panels.__name__}.{name}":
                    errors.append(f"panels.{name}: {type(exc).__name__}: {exc}")
            except Exception as exc:
                errors.append(f"panels.{name}: {type(exc).__name__}: {exc}")
        return sorted(panels.REGISTRY), errors


# ---------------------------------------------------------------------------------------------
# The script
# ---------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="few moves, short drags (smoke run)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--suite", action="store_true", help="also time the whole test suite")
    parser.add_argument("--in-process", action="store_true",
                        help="measure in this interpreter instead of a real IPython kernel")
    parser.add_argument("--moves", type=int, default=None, help="moves per panel (default 120)")
    parser.add_argument("--panels", default="", help="comma-separated panel ids (default: all)")
    parser.add_argument("--style", default="default", choices=("default", "presenter"))
    parser.add_argument("--dpi-ratio", type=float, default=1.0,
                        help="browser device pixel ratio (2 = HiDPI screen; default 1)")
    parser.add_argument("--json", default="", help="also write the raw results to this file")
    parser.add_argument("--from-json", default="",
                        help="print the panel tables from a file written by --json (no re-measuring)")
    args = parser.parse_args(argv)

    n_moves = args.moves or (12 if args.quick else 120)
    rounds = 1 if args.quick else 2
    drag = 0.6 if args.quick else 2.0
    md = args.markdown
    say = print
    heading = (lambda text: say(f"\n### {text}\n")) if md else (lambda text: say(f"\n== {text} =="))

    note = (lambda text: say(f"_{text}_")) if md else say

    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        header, raw, failures = saved["header"], saved["results"], saved.get("failures", [])
        header = header + [f"(panel figures read from {args.from_json}; "
                           f"other sections measured now: {machine_load()})"]
    else:
        where = ("in-process (ipympl Canvas with a dummy comm)" if args.in_process else
                 "inside a real IPython kernel (jupyter_client), one fresh kernel per panel")
        header = [f"Machine: {machine_info()}",
                  f"Measured {where}; {n_moves} moves per panel in {rounds} alternating round(s); "
                  f"style {args.style}, device pixel ratio {args.dpi_ratio:g}; "
                  f"{time.strftime('%Y-%m-%d %H:%M')}."]
        for line in header:
            note(line)
        ids, module_errors = discover_panels()
        if args.panels:
            wanted = [p.strip() for p in args.panels.split(",") if p.strip()]
            ids = [p for p in wanted if p in ids] + [p for p in wanted if p not in ids]
        failures = [e.split(": ", 1) for e in module_errors]
        raw = []
        for pid in ids:
            kwargs = dict(n_moves=n_moves, rounds=rounds, drag_seconds=drag, style=args.style,
                          dpi_ratio=args.dpi_ratio)
            print(f"  measuring {pid} …", file=sys.stderr, flush=True)
            try:
                result = (measure_panel(pid, **kwargs) if args.in_process
                          else measure_in_kernel(pid, **kwargs))
            except Exception as exc:
                failures.append(
                    [pid, "".join(traceback.format_exception_only(type(exc), exc)).strip()])
                continue
            raw.append(result)
        header.append(f"Machine load after the panels: {machine_load()}")
        if args.json:
            Path(args.json).write_text(json.dumps({"header": header, "results": raw,
                                                   "failures": failures}, indent=1),
                                       encoding="utf-8")
    rows = [summarize(r) for r in raw]
    for line in header[2 if not args.from_json else 0:]:
        note(line)

    heading("Slider update: ours (ipympl, set data + redraw) vs naive (interact + inline re-plot)")
    say(table(rows, MAIN_COLUMNS, md))
    say("")
    say(f"Target: p95 ≤ {TARGET_P95_MS:g} ms and speed-up ≥ {TARGET_SPEEDUP:g}× "
        "(speed-up = naive p50 / ours p50). Command: `python tests/benchmark.py`.")
    for pid, err in failures:
        say(f"! {pid}: could not be measured: {err}")

    heading("Where the time goes (ours), and the fast drag")
    say(table(rows, DETAIL_COLUMNS, md))
    say("")
    say("callback = slider set → model + render + widgets; draw = the draw the browser asks for "
        "(cached background + the artists that change; when an axis' limits change, only that "
        "plot's part of the background is drawn again or copied from the cache of plots drawn "
        "before ('one-plot redraws %'), or everything ('full draws %')), diff PNG, comm send. "
        "Pause work: when a slider is let go, axes that kept room during the drag are fitted "
        "again, and the plots the next drag is likely to grow to are drawn ahead into the cache "
        "(after a pause, never during a drag; timed apart from the moves). "
        "CPU = the kernel process's CPU time per update. "
        f"Fast drag: sliders swept faster than the kernel can follow (target ≥ "
        f"{TARGET_REDRAWS_PER_S:g} redraws/s, in the kernel; a browser adds its round trip).")
    for result in raw:
        for which in ("ours", "naive"):
            errs = result.get(f"errors_{which}", [])
            if errs:
                say(f"! {result['panel']} ({which}): {len(errs)} update error(s), first: {errs[0]}")
        mode = result.get("naive_mode", "recorded")
        if mode == "recorded-extras-skipped":
            say(f"  {result['panel']}: naive figure rebuilt by the factory; the widget extras it adds "
                "to the live panel were skipped")
        elif mode != "recorded":
            say(f"! {result['panel']}: naive variant built with the full Panel and its widgets "
                "(its model/render do not work on their own)")

    for name, bench_rows, error in run_bench_modules():
        heading(f"{name}.run()")
        if error:
            say(f"! {name} failed: {error}")
        elif not bench_rows:
            say("(no rows)")
        else:
            say(table(bench_rows, markdown=md))

    heading("Import time (fresh interpreter, median of 5)")
    imports = []
    for statement in ("import flywheel_lib",
                      "from flywheel_lib import panels; panels.ids()"):
        try:
            imports.append(import_time(statement))
        except Exception as exc:
            imports.append({"statement": statement, "median_ms": float("nan"), "error": str(exc)})
    say(table(imports, [("statement", "statement"), ("median_ms", "median ms"),
                        ("min_ms", "min ms")], md))

    if args.suite:
        heading("Whole test suite")
        s = suite_time()
        say(table([s], [("command", "command"), ("seconds", "seconds"), ("exit_code", "exit code"),
                        ("summary", "summary")], md))

    path, browser = browser_timings()
    heading("Browser: slider to new pixels")
    if path is None:
        say("(set FLYWHEEL_BROWSER_TIMINGS to the browser test's JSON file to include it; with "
            "--suite, the browser test run by the suite writes it there)")
    elif isinstance(browser, str):
        say(f"({browser})")
    else:
        say(f"from {path}:" + ("\n" if md else ""))
        say(table(browser, markdown=md))

    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
