"""Real-browser test: every lesson in JupyterLab and in Voilà, driven in headless Chromium.

For each notebook in notebooks/ (new lessons and the presenter dashboard join automatically):

* JupyterLab: open it, run all cells, wait for the kernel and the ipympl canvases; no cell may show an
  error or stderr, no panel a ``.flywheel-error``. Then every slider (``.flywheel-slider``) is moved with
  the keyboard (End, Home) and the canvas of its panel must show new pixels after each move, without
  an error; the panel's Reset button must bring the slider back. Panels hidden in tabs or accordions
  (the presenter dashboard) are opened one by one and one slider of each is moved; every button of a
  language switch (``.flywheel-language``) is clicked.
* Voilà: the page shows the widgets and drawn canvases, no error and no code; one slider of each
  panel is moved (tabs opened as above) and its canvas must change.

Not failures, but written to ``browser_notes.json`` in the artifacts folder and summarised at the end:
a panel back at its start values showing another picture than before (a warning; ipympl diff frames,
matplotlib/matplotlib#19116), a layout shift after the first redraw, slider tracks narrower than
``NARROW_TRACK_PX``, requests to other hosts (blocked: Chromium resolves no name but loopback).

The time from a key press to new pixels on the canvas is measured for one slider per lesson (never
asserted) and written as JSON to ``$FLYWHEEL_BROWSER_TIMINGS`` (read by tests/benchmark.py).

Skipped when Chromium (/usr/bin/chromium or ``chromium`` on PATH) or Playwright's Python package is
absent. Screenshots, canvas pictures, page HTML and server logs of a failure go to
``$FLYWHEEL_BROWSER_ARTIFACTS`` (default: a pytest temporary folder, named in the failure message).
Run it alone with ``python -m pytest tests/test_browser.py -q``; leave it out with ``-m "not browser"``.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import statistics
import time
import warnings
from pathlib import Path

import pytest

import browser_util as bu

pytestmark = pytest.mark.browser

CHROMIUM = bu.find_chromium()
if CHROMIUM is None and os.environ.get("FLYWHEEL_REQUIRE_BROWSER"):
    raise RuntimeError("FLYWHEEL_REQUIRE_BROWSER is set (as in CI) but Chromium is not installed")
if CHROMIUM is None:
    pytest.skip("Chromium not installed (/usr/bin/chromium or chromium on PATH)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="Playwright's Python package is not installed")
pytest.importorskip("jupyterlab", reason="JupyterLab is not installed")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

CHANGE_TIMEOUT_MS = 10_000   # a move must show new pixels within this time (generous for 2 cores)
RESET_WAIT_MS = 5_000        # wait for a panel back at its start values to show its reference picture
RESET_MAX_SHARE = 0.01       # ... up to 1 % of its pixels may differ (anti-aliased edges of diff frames)
QUIET_MS = 700               # a canvas counts as settled after this long without a change (longer
                             # than redraw.SETTLE_S: after a pause, axes re-fit and a whole frame comes)
LAB_TIMING_MOVES = 6         # key presses timed per lesson in JupyterLab
VOILA_TIMING_MOVES = 4       # ... and in Voilà
TIMINGS: dict[str, dict] = {}
STALE: list[dict] = []
LAYOUT_SHIFTS: list[dict] = []
NARROW: list[dict] = []
CLIPPED: list[dict] = []
OUTSIDE: set[str] = set()
NARROW_TRACK_PX = 80         # a slider track narrower than this is hard to drag (noted, not failed)


class StalePictureWarning(UserWarning):
    """A panel back at its start values shows another picture than the last time it was there.

    Seen for two reasons: a start value off the slider's step grid (the browser snaps it and sends
    the snapped value back once, so the first picture is drawn for the snapped value, but Reset
    puts the exact start value back and the kernel keeps it), and ipympl's diff frames (a frame
    replaced before it has loaded leaves stale pixels, matplotlib/matplotlib#19116)."""


class NarrowSliderWarning(UserWarning):
    """A slider's track is too narrow to drag with a mouse (the keyboard still works)."""


# --- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="module")
def artifacts(workdir):
    path = Path(os.environ.get("FLYWHEEL_BROWSER_ARTIFACTS") or workdir / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def kit(workdir):
    """A copy of the repo's notebooks/ beside links to everything else, so nothing is saved in the repo."""
    kit = workdir / "kit"
    kit.mkdir()
    for entry in ROOT.iterdir():
        if entry.name == "notebooks" or entry.name.startswith("."):
            continue
        (kit / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    shutil.copytree(ROOT / "notebooks", kit / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    return kit


@pytest.fixture(scope="module")
def server_env(workdir):
    user = workdir / "user"
    user.mkdir(exist_ok=True)
    return {"FLYWHEEL_USER_DIR": str(user)}


@pytest.fixture(scope="module")
def lab(kit, workdir, server_env):
    server = bu.lab_server(kit, workdir, extra_env=server_env).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def voila(kit, workdir, server_env):
    pytest.importorskip("voila", reason="Voila is not installed")
    server = bu.voila_server(kit, workdir, extra_env=server_env).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser(workdir):
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(workdir / "chromium-profile"), executable_path=CHROMIUM, headless=True,
            args=bu.CHROMIUM_ARGS, viewport={"width": 1600, "height": 1000},
            device_scale_factor=1, timeout=60_000)
        context.set_default_timeout(30_000)
        yield context
        context.close()


@pytest.fixture(scope="module", autouse=True)
def timings_file(artifacts):
    yield
    _write_timings()
    (artifacts / "browser_timings.json").write_text(
        json.dumps(dict(sorted(TIMINGS.items())), indent=1), encoding="utf-8")
    notes = {"stale_pictures": STALE, "layout_shift_after_first_redraw": LAYOUT_SHIFTS,
             "narrow_slider_tracks": NARROW, "plots_wider_than_their_space": CLIPPED,
             "blocked_outside_requests": sorted(OUTSIDE)}
    path = artifacts / "browser_notes.json"
    path.write_text(json.dumps(notes, indent=1), encoding="utf-8")
    print(f"\nbrowser test notes (not failures): {len(STALE)} stale picture(s), "
          f"{len(LAYOUT_SHIFTS)} layout shift(s) after the first redraw, {len(NARROW)} narrow "
          f"slider(s), {len(CLIPPED)} plot(s) wider than their space, {len(OUTSIDE)} blocked "
          f"outside request(s); details in {path}")


@pytest.fixture
def page(browser):
    """A fresh tab; console errors and outside requests are kept for the failure report."""
    pg = browser.new_page()
    pg.fw_log = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.fw_log.append(f"console.{m.type}: {m.text[:500]}")
          if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: pg.fw_log.append(f"page error: {e}"))

    def failed(r):
        if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")):
            pg.fw_log.append(f"request failed: {r.url[:200]}")
            OUTSIDE.add(r.url[:200])
    pg.on("requestfailed", failed)
    yield pg
    # Let the page's unload handlers run (Voilà shuts its kernel down then), but do not wait for
    # a "leave page?" prompt.
    try:
        pg.close(run_before_unload=True)
        if not pg.is_closed():
            try:
                pg.wait_for_event("close", timeout=3000)
            except sync_api.TimeoutError:
                pg.close()
    except Exception:
        pass


# --- helpers -------------------------------------------------------------------------------------
class Check:
    """Collects what a test saw, and fails with a screenshot, the page's errors and logs."""

    def __init__(self, page, name: str, artifacts: Path, server: bu.Server):
        self.page, self.name, self.artifacts, self.server = page, name, artifacts, server

    def save_canvases(self, slider_id: int, which: tuple[str, ...]) -> list[Path]:
        """PNG files of a slider's canvases: stored snapshots and the current pixels."""
        saved = []
        for kind in which:
            try:
                urls = self.page.evaluate("([i, w]) => __fw.png(i, w)", [slider_id, kind])
            except Exception:
                continue
            for k, url in enumerate(urls):
                if url:
                    path = self.artifacts / f"{self.name}-slider{slider_id}-canvas{k}-{kind}.png"
                    path.write_bytes(base64.b64decode(url.split(",", 1)[1]))
                    saved.append(path)
        return saved

    def fail(self, message: str, element=None, canvases: tuple[int, tuple[str, ...]] | None = None
             ) -> None:
        shots = []
        if canvases is not None:
            shots.extend(self.save_canvases(*canvases))
        try:
            path = self.artifacts / f"{self.name}.png"
            self.page.screenshot(path=str(path), full_page=True)
            shots.append(path)
            if element is not None:
                path = self.artifacts / f"{self.name}-panel.png"
                element.screenshot(path=str(path))
                shots.append(path)
        except Exception as exc:  # the report matters more than the picture
            shots.append(f"(screenshot failed: {exc})")
        try:
            errors = self.page.evaluate("__fw.errors()")
        except Exception:
            errors = []
        log = "\n".join(getattr(self.page, "fw_log", [])[-20:])
        html_path = self.artifacts / f"{self.name}.html"
        try:
            html_path.write_text(self.page.content(), encoding="utf-8")
        except Exception:
            pass
        text = [message, f"screenshots: {', '.join(map(str, shots))}", f"page HTML: {html_path}"]
        if errors:
            text.append("errors shown on the page:\n" + "\n---\n".join(errors))
        if log:
            text.append("browser console (last 20):\n" + log)
        text.append(f"{self.server.name} log tail ({self.server.log}):\n{self.server.log_tail(2500)}")
        pytest.fail("\n\n".join(text), pytrace=False)

    def no_errors(self, when: str, element=None) -> None:
        errors = self.page.evaluate("__fw.errors()")
        if errors:
            self.fail(f"{when}: the page shows {len(errors)} error(s):\n" + "\n---\n".join(errors),
                      element)


def wait_canvases_drawn(page, check: Check, timeout_ms: int = 60_000) -> None:
    """Every visible ipympl canvas has been drawn (not blank)."""
    try:
        page.wait_for_function(
            "() => { const s = __fw.canvasState().filter(c => c.visible);"
            " return s.length > 0 && s.every(c => c.content); }", timeout=timeout_ms)
    except sync_api.TimeoutError:
        state = page.evaluate("__fw.canvasState()")
        panels = page.locator(".flywheel-panel")
        check.fail(f"canvases not drawn within {timeout_ms / 1000:.0f} s: {state}",
                   panels.first if panels.count() else None)
    # ipympl may resize and redraw a canvas once it is shown: wait until nothing is drawn for a while.
    page.evaluate("([q, t]) => __fw.waitAllStable(q, t)", [400, 10_000])


def _panel_of(page, slider_id: int):
    """Locator of the slider's .flywheel-panel, or None."""
    panel = page.locator(f'[data-fw-slider="{slider_id}"]').locator(
        "xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' flywheel-panel ')][1]")
    return panel if panel.count() else None


def press(page, slider_id: int, key: str) -> None:
    page.locator(f'[data-fw-slider="{slider_id}"] .noUi-handle').focus()
    page.keyboard.press(key)


def move_and_see(page, check: Check, slider: dict, key: str) -> float | None:
    """Press ``key`` on the slider; if its value changes, the plot must change. Returns the ms."""
    sid = slider["id"]
    before = page.evaluate("i => __fw.value(i)", sid)
    page.evaluate("i => __fw.snap(i)", sid)
    press(page, sid, key)
    after = page.evaluate("i => __fw.value(i)", sid)
    if after == before:  # already at that end of the range
        return None
    result = page.evaluate("([i, t]) => __fw.waitChange(i, t)", [sid, CHANGE_TIMEOUT_MS])
    panel = _panel_of(page, sid)
    if not result["changed"]:
        # ipympl may drop a frame that arrives before the previous one has loaded
        # (matplotlib/matplotlib#19116): note it, then move one step further; the plot must follow.
        warnings.warn(f"{check.name}: {slider['label']!r} ({key}) showed no new picture within "
                      f"{CHANGE_TIMEOUT_MS / 1000:.0f} s; moving one step further",
                      StalePictureWarning)
        page.evaluate("i => __fw.snap(i)", sid)
        press(page, sid, "ArrowRight" if key == "Home" else "ArrowLeft")
        result = page.evaluate("([i, t]) => __fw.waitChange(i, t)", [sid, CHANGE_TIMEOUT_MS])
    if not result["changed"]:
        check.no_errors(f"after moving {slider['label']!r} to {after} ({key})", panel)
        check.fail(f"slider {slider['label']!r} ({key}: {before} -> {after}): the plot beside it did "
                   f"not change within {CHANGE_TIMEOUT_MS / 1000:.0f} s",
                   panel, canvases=(sid, ("snap", "now")))
    page.evaluate("([i, q, t]) => __fw.waitStable(i, q, t)", [sid, QUIET_MS, 3000])
    check.no_errors(f"after moving {slider['label']!r} to {after} ({key})", panel)
    return result["ms"]


def reset_panel(page, check: Check, slider: dict) -> None:
    """Back to the start: click the panel's Reset button if the slider moved away from its first
    value; the slider must show that value again. The plot should then show the panel's reference
    picture (its picture the first time it was back at its start values); if it does not, a warning
    is issued, not a failure (see StalePictureWarning)."""
    sid = slider["id"]
    panel = _panel_of(page, sid)
    if page.evaluate("i => __fw.value(i)", sid) != slider["value"]:
        button = panel.locator(".flywheel-reset") if panel is not None else None
        if button is None or not button.count():
            return  # no Reset button: nothing to check
        page.evaluate("i => __fw.snap(i)", sid)
        button.first.click()
        if not page.evaluate("([i, v, t]) => __fw.waitValue(i, v, t)",
                             [sid, slider["value"], CHANGE_TIMEOUT_MS]):
            now = page.evaluate("i => __fw.value(i)", sid)
            check.fail(f"Reset after moving {slider['label']!r}: the slider shows {now!r}, not its "
                       f"first value {slider['value']!r}", panel)
        page.evaluate("([i, t]) => __fw.waitChange(i, t)", [sid, CHANGE_TIMEOUT_MS])
    page.evaluate("([i, q, t]) => __fw.waitStable(i, q, t)", [sid, QUIET_MS, 3000])
    if page.evaluate("i => __fw.storeRef(i)", sid):
        shift = page.evaluate("i => __fw.diffFirst(i)", sid)
        if any(n > 0 for n in shift):
            LAYOUT_SHIFTS.append({"test": check.name, "panel": slider["panel"], "pixels": shift})
        return
    restored = page.evaluate("([i, t, m]) => __fw.waitInitial(i, t, m)",
                             [sid, RESET_WAIT_MS, RESET_MAX_SHARE])
    if not restored:
        diff = page.evaluate("i => __fw.diff(i, 'initial')", sid)
        files = check.save_canvases(sid, ("initial", "now"))
        warnings.warn(
            f"{check.name}: back at its start values after moving {slider['label']!r}, the panel "
            f"shows another picture than the last time it was there ({diff} pixels differ per "
            f"canvas). Causes seen: a start value off its slider's step grid (the browser snaps "
            f"and echoes it the first time, but not after Reset), or a stale ipympl diff frame "
            f"(matplotlib/matplotlib#19116). Pictures: "
            f"{', '.join(map(str, files))}", StalePictureWarning, stacklevel=2)
        STALE.append({"test": check.name, "slider": slider["label"], "pixels": diff})


def time_moves(page, check: Check, slider: dict, moves: int) -> list[float]:
    """Key press to new pixels, alternating End and Home on one slider (measured, not asserted)."""
    samples = []
    for k in range(moves):
        ms = move_and_see(page, check, slider, ("Home", "End")[k % 2])
        if ms is not None:
            samples.append(ms)
    return samples


def record_timing(stem: str, where: str, slider: dict | None, samples: list[float]) -> None:
    row = TIMINGS.setdefault(stem, {"slider": None, "lab_moves": 0, "lab_p50_ms": None,
                                    "lab_max_ms": None, "voila_moves": 0, "voila_p50_ms": None,
                                    "voila_max_ms": None})
    if slider is not None and row["slider"] is None:
        row["slider"] = slider["label"]
    row[f"{where}_moves"] = len(samples)
    if samples:
        row[f"{where}_p50_ms"] = round(statistics.median(samples), 1)
        row[f"{where}_max_ms"] = round(max(samples), 1)
    _write_timings()


def _write_timings() -> None:
    target = os.environ.get("FLYWHEEL_BROWSER_TIMINGS")
    if not target or not TIMINGS:
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(dict(sorted(TIMINGS.items())), indent=1), encoding="utf-8")
    tmp.replace(path)


def exercise_sliders(page, check: Check, stem: str, timing_moves: int, where: str,
                     one_per_panel: bool = False) -> int:
    """Move the visible sliders, then open tabs/accordion sections one by one and go on there.

    Every slider of the panels visible at first is moved (``one_per_panel``: only the first slider
    of each panel); panels revealed by a tab or accordion (a dashboard repeating the lessons'
    panels) get one slider each. Returns how many sliders were moved.
    """
    tested: set[int] = set()
    seen: set[int] = set()
    panels_done: set[int] = set()
    clicked: set[int] = set()
    timed = False
    revealed = False
    while True:
        visible = [s for s in page.evaluate("__fw.scan()") if s["visible"] and s["id"] not in seen]
        for slider in visible:
            seen.add(slider["id"])
            if (one_per_panel or revealed) and slider["panel"] in panels_done:
                continue
            if slider["track"] is not None and slider["track"] < NARROW_TRACK_PX:
                NARROW.append({"test": check.name, "slider": slider["label"],
                               "track_px": slider["track"]})
            for c in page.evaluate("__fw.clipped()"):
                if {**c, "test": check.name} not in CLIPPED:
                    CLIPPED.append({**c, "test": check.name})
            if slider["canvases"] == 0:
                check.fail(f"slider {slider['label']!r} has no ipympl canvas in its panel")
            page.evaluate("i => __fw.snapFirst(i)", slider["id"])
            page.evaluate("i => __fw.snapInitial(i)", slider["id"])
            if not timed and timing_moves:
                samples = time_moves(page, check, slider, timing_moves)
                record_timing(stem, where, slider, samples)
                timed = True
            else:
                moved = [move_and_see(page, check, slider, key) for key in ("End", "Home")]
                if all(m is None for m in moved):
                    check.fail(f"slider {slider['label']!r}: End and Home did not change its value")
            reset_panel(page, check, slider)
            tested.add(slider["id"])
            panels_done.add(slider["panel"])
        # Open the next tab or accordion section that has not been opened yet.
        nxt = page.evaluate("() => __fw.nextReveal()")
        if nxt is None or nxt in clicked:
            break
        clicked.add(nxt)
        revealed = True
        page.locator(f'[data-fw-reveal="{nxt}"]').click()
        page.wait_for_timeout(200)
        wait_canvases_drawn(page, check)
        check.no_errors(f"after opening {page.evaluate('i => __fw.revealLabel(i)', nxt)!r}")
    narrow = [n for n in NARROW if n["test"] == check.name]
    if narrow:
        warnings.warn(f"{check.name}: {len(narrow)} slider track(s) narrower than "
                      f"{NARROW_TRACK_PX} px, hard or impossible to drag with a mouse: "
                      + "; ".join(f"{n['slider']!r} {n['track_px']} px" for n in narrow),
                      NarrowSliderWarning, stacklevel=2)
    hidden = [s["label"] for s in page.evaluate("__fw.scan()") if s["id"] not in seen]
    if hidden:
        check.fail(f"{len(hidden)} slider(s) never became visible, so were not tested: {hidden}")
    return len(tested)


def switch_language(page, check: Check) -> None:
    """Click every button of a language switch; the panel shown must redraw without error."""
    buttons = page.locator(".flywheel-language button")
    for k in range(buttons.count()):
        buttons.nth(k).click()
        page.wait_for_timeout(300)
        wait_canvases_drawn(page, check)
        check.no_errors(f"after clicking language {buttons.nth(k).inner_text()!r}")


def code_lines(path: Path) -> list[str]:
    """Distinctive source lines of the code cells (not also quoted in the Markdown)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    markdown = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    lines = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        for line in "".join(cell["source"]).splitlines():
            line = line.strip()
            if len(line) >= 16 and not line.startswith("#") and line not in markdown:
                lines.append(line)
    return lines


# --- the tests -----------------------------------------------------------------------------------
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_in_jupyterlab(notebook, lab, page, artifacts):
    try:
        _lesson_in_jupyterlab(notebook, lab, page, artifacts)
    finally:
        try:  # free the kernel for the next lesson (2 cores)
            lab.shutdown_kernels()
        except Exception:
            pass


def _lesson_in_jupyterlab(notebook, lab, page, artifacts):
    stem = notebook.stem
    check = Check(page, f"lab-{stem}", artifacts, lab)
    t0 = time.perf_counter()
    page.goto(f"{lab.base}/lab/workspaces/fw-{stem}/tree/notebooks/{notebook.name}",
              wait_until="domcontentloaded", timeout=120_000)
    try:
        page.wait_for_function(bu.LAB_NOTEBOOK_READY_JS, arg=notebook.name, timeout=120_000)
        page.evaluate(bu.LAB_RUN_ALL_JS, notebook.name)
        page.wait_for_function("() => window.__fwRunDone !== undefined", timeout=300_000)
        page.wait_for_function(bu.LAB_IDLE_JS, arg=notebook.name, timeout=120_000)
    except sync_api.TimeoutError as exc:
        page.evaluate(bu.PROBE_JS)
        check.fail(f"JupyterLab did not finish running {notebook.name}: {exc}")
    page.evaluate(bu.PROBE_JS)
    run_result = page.evaluate("() => window.__fwRunDone")
    check.no_errors(f"after running all cells (run-all returned {run_result})")
    if run_result != "true":
        check.fail(f"running all cells reported a failure: {run_result}")
    if page.evaluate("() => __fw.canvasState().length"):
        wait_canvases_drawn(page, check)
    ready_s = time.perf_counter() - t0
    n = exercise_sliders(page, check, stem, LAB_TIMING_MOVES, "lab")
    switch_language(page, check)
    check.no_errors("at the end")
    print(f"{stem}: JupyterLab ready in {ready_s:.1f} s, {n} slider(s) moved, "
          f"total {time.perf_counter() - t0:.1f} s")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_in_voila(notebook, voila, page, artifacts):
    stem = notebook.stem
    check = Check(page, f"voila-{stem}", artifacts, voila)
    t0 = time.perf_counter()
    page.goto(f"{voila.base}/voila/render/notebooks/{notebook.name}", wait_until="load",
              timeout=300_000)
    page.evaluate(bu.PROBE_JS)
    try:
        page.wait_for_function("() => document.querySelectorAll('.flywheel-slider').length > 0",
                               timeout=120_000)
    except sync_api.TimeoutError:
        check.no_errors("Voilà page")
        check.fail("Voilà rendered no slider (.flywheel-slider) within 120 s")
    wait_canvases_drawn(page, check)
    check.no_errors("Voilà page after loading")
    visible_code = page.evaluate(bu.VISIBLE_CODE_JS)
    if visible_code:
        check.fail(f"Voilà shows code: {visible_code}")
    text = page.evaluate("() => document.body.innerText")
    shown = [line for line in code_lines(notebook) if line in text]
    if shown:
        check.fail(f"Voilà shows source lines of code cells: {shown[:5]}")
    n = exercise_sliders(page, check, stem, VOILA_TIMING_MOVES, "voila", one_per_panel=True)
    check.no_errors("Voilà page at the end")
    print(f"{stem}: Voilà: {n} slider(s) moved, total {time.perf_counter() - t0:.1f} s")
