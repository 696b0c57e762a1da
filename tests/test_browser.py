"""Real-browser test: every lesson in JupyterLab and in Voilà, driven in headless Chromium.

For each notebook in notebooks/ (new lessons and the presenter dashboard join automatically):

* JupyterLab: open it, run all cells, wait for the kernel and the pictures; no cell may show an
  error or stderr, no panel a ``.flywheel-error``, and every panel's figure
  (``<img class="flywheel-figure">``, one PNG per slider move) must be loaded and not blank. Then
  every slider (``.flywheel-slider``) is moved with the keyboard (End, Home): after each move its
  panel must paint a new picture (other decoded pixels), without an error. The panel's Reset button
  must bring the slider back and the picture back to the panel's start picture, pixel for pixel
  (a stale picture is a failure). Panels hidden in tabs or accordions (the presenter dashboard)
  are opened one by one and one slider of each is moved; every button of a language switch
  (``.flywheel-language``) is clicked and the panel shown must be redrawn without an error.
  A screenshot of each panel at the top of the window (viewport 1366×768) goes to the
  artifacts folder (``lab-<lesson>-panel<k>.png``).
* Voilà: the page shows the widgets and loaded pictures, no error and no code; one slider of each
  panel is moved (tabs opened as above), its picture must change and Reset bring the start
  picture back. A screenshot of each page (viewport 1280×720, ``voila-<lesson>.png``; the
  presenter dashboard also whole, ``-full.png``) goes to the artifacts folder.

One JupyterLab server, one Voilà server and one Chromium serve the whole session. JupyterLab is
loaded once, in one tab, and opens each notebook itself; while a lesson is checked, the next
lesson's kernel starts, and each lesson's kernel is shut down after its test. The Voilà checks
run at the same time in a window of their own in the same Chromium, driven from a thread of their
own (a second Playwright connected over the DevTools protocol): the machine has two cores and each
flow mostly waits for its kernel. ``test_lesson_in_voila`` reports the result of its notebook's
Voilà check. Waits are for conditions (a picture painted, a value shown), never fixed sleeps.

The time from each key press (keydown) to the new picture painted (decoded, and its animation
frame begun) is recorded, never asserted, and written as JSON to ``$FLYWHEEL_BROWSER_TIMINGS``
(read by tests/benchmark.py). JupyterLab and Voilà run side by side, so these times include
waiting for the other flow's work; ``python tests/benchmark.py`` measures alone. Notes that are
not failures (slider tracks narrower than ``NARROW_TRACK_PX``; requests to other hosts, blocked:
Chromium resolves no name but loopback) go to ``browser_notes.json`` in the artifacts folder.

Skipped when Chromium (/usr/bin/chromium or ``chromium`` on PATH) or Playwright's Python package is
absent, unless ``FLYWHEEL_REQUIRE_BROWSER`` is set (then a missing Chromium is an error).
Screenshots, pictures, page HTML and server logs go to ``$FLYWHEEL_BROWSER_ARTIFACTS`` (default: a
pytest temporary folder, named in a failure message). Run it alone with
``python -m pytest tests/test_browser.py -q``; leave it out with ``-m "not browser"``.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import statistics
import threading
import time
import re
import traceback
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
#: the German lessons, checked in JupyterLab (a German class) and Voilà (a German workshop)
GERMAN_NOTEBOOKS = sorted((ROOT / "notebooks" / "de").glob("*.ipynb"))
#: English words that a German page must not show (a language switch's "English" aside)
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "with", "that", "this", "you", "your", "are",
                 "for", "what", "when", "how", "which", "from", "per", "customers", "month"}


def lesson_key(notebook: Path) -> str:
    """``NN_name`` for an English lesson, ``de/NN_name`` for a German one."""
    return notebook.relative_to(ROOT / "notebooks").with_suffix("").as_posix()

LAB_VIEWPORT = (1366, 768)
VOILA_VIEWPORT = (1280, 720)
#: the other screens every panel must fit, checked after the sliders were moved: a small laptop or
#: projector, full HD, and a narrow notebook column (1024 px with the file browser open leaves the
#: notebook about 700 px; the test prints the column's width)
LAB_SCREENS = ((1280, 720), (1920, 1080), (1024, 768))
VOILA_SCREENS = ((1920, 1080),)
PRESENTER_TEXT_PX = 18       # widget text in the presenter style, readable from the back of a room
LOAD_TIMEOUT_MS = 180_000    # open + run a whole lesson (2 cores, first imports)
CHANGE_TIMEOUT_MS = 10_000   # a move must paint a new picture within this time
RESET_TIMEOUT_MS = 10_000    # ... and Reset the start picture
NARROW_TRACK_PX = 80         # a slider track narrower than this is hard to drag (noted, not failed)

SAMPLES: dict[str, dict[str, list[float]]] = {}
NARROW: list[dict] = []
OUTSIDE: set[str] = set()
LOCK = threading.RLock()   # the JupyterLab tests and the Voilà thread both record


class NarrowSliderWarning(UserWarning):
    """A slider's track is too narrow to drag with a mouse (the keyboard still works)."""


# --- fixtures: one of each for the whole session ---------------------------------------------------
@pytest.fixture(scope="session")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="session")
def artifacts(workdir):
    path = Path(os.environ.get("FLYWHEEL_BROWSER_ARTIFACTS") or workdir / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
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


def user_dir(workdir, name: str) -> dict:
    """The environment of a server's kernels: a user folder of their own (exports, saved wheels)."""
    user = workdir / f"user-{name}"
    user.mkdir(exist_ok=True)
    return {"FLYWHEEL_USER_DIR": str(user)}


@pytest.fixture(scope="session")
def lab(kit, workdir):
    server = bu.lab_server(kit, workdir, extra_env=user_dir(workdir, "lab")).launch()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(workdir):
    """The session's Chromium; ``browser.fw_cdp`` is the DevTools address the Voilà thread uses."""
    port = bu.free_port()
    with sync_api.sync_playwright() as p:
        context = bu.launch_browser(p, workdir / "chromium-profile", CHROMIUM, LAB_VIEWPORT,
                                    cdp_port=port)
        context.fw_cdp = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
        yield context
        context.close()


def watch_page(page) -> None:
    """Keep console errors and requests to other hosts for the failure report."""
    page.fw_log = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.fw_log.append(f"console.{m.type}: {m.text[:500]}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: page.fw_log.append(f"page error: {e}"))

    def failed(r):
        if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")):
            page.fw_log.append(f"request failed: {r.url[:200]}")
            OUTSIDE.add(r.url[:200])
    page.on("requestfailed", failed)


@pytest.fixture(scope="session", autouse=True)
def notes(artifacts):
    yield
    _write_timings(artifacts)
    path = artifacts / "browser_notes.json"
    path.write_text(json.dumps({"narrow_slider_tracks": NARROW,
                                "blocked_outside_requests": sorted(OUTSIDE)}, indent=1),
                    encoding="utf-8")
    print(f"\nbrowser test notes (not failures): {len(NARROW)} narrow slider(s), {len(OUTSIDE)} "
          f"blocked outside request(s); details in {path}; timings in "
          f"{os.environ.get('FLYWHEEL_BROWSER_TIMINGS') or artifacts / 'browser_timings.json'}")


def new_window(browser):
    """A page in a window of its own (a second tab of the same window would slow the first
    one's painting down while it loads)."""
    context = browser.contexts[0]
    cdp = browser.new_browser_cdp_session()
    try:
        with context.expect_page() as info:
            cdp.send("Target.createTarget", {"url": "about:blank", "newWindow": True})
    finally:
        cdp.detach()
    return info.value


class VoilaRunner:
    """The Voilà checks of the selected notebooks, one after the other, in a thread of their own
    and a window of their own in the session's Chromium; ``result(stem)`` waits for one."""

    def __init__(self, notebooks: list[Path], server: bu.Server, cdp_url: str, artifacts: Path):
        self.notebooks, self.server, self.cdp_url, self.artifacts = (notebooks, server, cdp_url,
                                                                     artifacts)
        self.results: dict[str, tuple[str | None, str]] = {}
        self.done = {lesson_key(nb): threading.Event() for nb in notebooks}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="voila-checks", daemon=True)

    def start(self) -> "VoilaRunner":
        self.thread.start()
        return self

    def _finish(self, stem: str, error: str | None, summary: str = "") -> None:
        self.results[stem] = (error, summary)
        self.done[stem].set()

    def _run(self) -> None:
        try:
            self.server.wait()
            with sync_api.sync_playwright() as p:
                browser = p.chromium.connect_over_cdp(self.cdp_url)
                page = None
                for notebook in self.notebooks:
                    if self.stopping.is_set():
                        break
                    if page is None or page.is_closed():
                        page = new_window(browser)
                        watch_page(page)
                    try:
                        self._finish(lesson_key(notebook), None,
                                     voila_check(page, notebook, self.server, self.artifacts))
                    except BaseException as exc:  # pytest.fail raises an OutcomeException
                        message = str(exc) if isinstance(exc, pytest.fail.Exception) else \
                            "".join(traceback.format_exception(exc))
                        self._finish(lesson_key(notebook), message or repr(exc))
                    finally:
                        try:  # Voilà shuts the kernel down when its page unloads
                            page.goto("about:blank", timeout=10_000)
                        except Exception:
                            page.close()
                if page is not None and not page.is_closed():
                    page.close()
                browser.close()  # disconnects; the browser is the session's
        except BaseException as exc:
            text = "".join(traceback.format_exception(exc))
            for stem, event in self.done.items():
                if not event.is_set():
                    self._finish(stem, f"the Voilà checks could not run: {text}")

    def result(self, stem: str, timeout: float) -> tuple[str | None, str]:
        if not self.done[stem].wait(timeout):
            return f"no result of the Voilà check within {timeout:.0f} s", ""
        return self.results[stem]

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=120)


@pytest.fixture(scope="session")
def voila_runner(request, kit, workdir, artifacts, browser):
    """Starts the Voilà checks of the selected ``test_lesson_in_voila`` items right away (they run
    while the JupyterLab tests run); None when none is selected."""
    wanted = [item.callspec.params["notebook"] for item in request.session.items
              if getattr(item, "originalname", "") == "test_lesson_in_voila"
              and hasattr(item, "callspec")]
    if not wanted:
        yield None
        return
    pytest.importorskip("voila", reason="Voila is not installed")
    server = bu.voila_server(kit, workdir, extra_env=user_dir(workdir, "voila")).launch()
    runner = VoilaRunner(wanted, server, browser.fw_cdp, artifacts).start()
    yield runner
    runner.close()
    server.stop()


@pytest.fixture(scope="session")
def lab_order(request) -> list[Path]:
    """The notebooks of the selected ``test_lesson_in_jupyterlab`` items, in order (each test
    starts the next one's kernel ahead of time)."""
    return [item.callspec.params["notebook"] for item in request.session.items
            if getattr(item, "originalname", "") == "test_lesson_in_jupyterlab"
            and hasattr(item, "callspec")]


@pytest.fixture(scope="session")
def lab_tab(browser):
    page = browser.pages[0] if browser.pages else browser.new_page()
    watch_page(page)
    return page


@pytest.fixture
def lab_page(lab, voila_runner, lab_tab):
    """The tab showing JupyterLab (loaded once), with no document open."""
    page = lab_tab
    lab.wait()
    if not page.url.startswith(lab.base + "/lab") or not _lab_ready(page):
        page.set_viewport_size({"width": LAB_VIEWPORT[0], "height": LAB_VIEWPORT[1]})
        page.goto(f"{lab.base}/lab/workspaces/flywheel-test?reset", wait_until="domcontentloaded",
                  timeout=120_000)
        page.wait_for_function(bu.LAB_APP_READY_JS, timeout=120_000, polling=50)
    page.evaluate(bu.LAB_CLOSE_ALL_JS)
    page.evaluate(bu.PROBE_JS)
    return page


def _lab_ready(page) -> bool:
    try:
        return bool(page.evaluate(bu.LAB_APP_READY_JS))
    except Exception:
        return False


# --- helpers -------------------------------------------------------------------------------------
class Check:
    """Collects what a test saw, and fails with a screenshot, the page's errors and logs."""

    def __init__(self, page, name: str, artifacts: Path, server: bu.Server):
        self.page, self.name, self.artifacts, self.server = page, name, artifacts, server

    def save_picture(self, img_id: int | None, tag: str, kept: str | None = None) -> Path | None:
        """The picture image ``img_id`` shows now (or a kept one) as a PNG file."""
        try:
            url = (self.page.evaluate("n => __fw.keptUrl(n)", kept) if kept is not None
                   else self.page.evaluate("i => __fw.dataUrl(i)", img_id))
        except Exception:
            return None
        if not url:
            return None
        path = self.artifacts / f"{self.name}-{tag}.png"
        path.write_bytes(base64.b64decode(url.split(",", 1)[1]))
        return path

    def fail(self, message: str, element=None, pictures: list | None = None) -> None:
        shots = [p for p in (pictures or []) if p]
        try:
            path = self.artifacts / f"{self.name}-failure.png"
            self.page.screenshot(path=str(path), full_page=True)
            shots.append(path)
            if element is not None:  # the panel at the top of the window
                element.evaluate("el => el.scrollIntoView({block: 'start'})")
                path = self.artifacts / f"{self.name}-failure-panel.png"
                self.page.screenshot(path=str(path))
                shots.append(path)
        except Exception as exc:  # the report matters more than the picture
            shots.append(f"(screenshot failed: {exc})")
        try:
            errors = self.page.evaluate("__fw.errors()")
        except Exception:
            errors = []
        log = "\n".join(getattr(self.page, "fw_log", [])[-20:])
        html_path = self.artifacts / f"{self.name}-failure.html"
        try:
            html_path.write_text(self.page.content(), encoding="utf-8")
        except Exception:
            pass
        text = [message, f"screenshots and pictures: {', '.join(map(str, shots))}",
                f"page HTML: {html_path}"]
        if errors:
            text.append("errors shown on the page:\n" + "\n---\n".join(errors))
        if log:
            text.append("browser console (last 20):\n" + log)
        text.append(f"{self.server.name} log tail ({self.server.log}):\n{self.server.log_tail(2500)}")
        pytest.fail("\n\n".join(text), pytrace=False)

    def errors(self, when: str, errors: list[str], element=None) -> None:
        if errors:
            self.fail(f"{when}: the page shows {len(errors)} error(s):\n" + "\n---\n".join(errors),
                      element)

    def no_errors(self, when: str, element=None) -> None:
        self.errors(when, self.page.evaluate("__fw.errors()"), element)


def wait_loaded(page, check: Check, when: str, timeout_ms: int = LOAD_TIMEOUT_MS) -> None:
    """Every widget output rendered and every visible panel's picture loaded, and not blank."""
    try:
        page.wait_for_function("() => __fw.pending() === 0", timeout=timeout_ms, polling=50)
    except sync_api.TimeoutError:
        state = [{k: p[k] for k in ("title", "visible", "loaded", "natural")}
                 for p in page.evaluate("__fw.scan()")]
        check.no_errors(when)
        check.fail(f"{when}: pictures or widgets not loaded within {timeout_ms / 1000:.0f} s: "
                   f"{page.evaluate('__fw.pending()')} pending; panels: {state}")
    blank = page.evaluate("__fw.blank()")
    if blank:
        check.fail(f"{when}: blank picture (one flat colour) in panel(s) {blank}")
    check.no_errors(when)


def panel_locator(page, panel_id: int):
    return page.locator(f'[data-fw-panel="{panel_id}"]')


def record(stem: str, where: str, ms: float | None) -> None:
    if ms is not None:
        with LOCK:
            SAMPLES.setdefault(stem, {}).setdefault(where, []).append(ms)


def _timing_rows() -> dict:
    rows = {}
    for stem, by_where in sorted(SAMPLES.items()):
        row = {}
        for where in ("lab", "voila"):
            xs = sorted(by_where.get(where, []))
            row[f"{where}_moves"] = len(xs)
            row[f"{where}_p50_ms"] = round(statistics.median(xs), 1) if xs else None
            row[f"{where}_p95_ms"] = round(xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))], 1) \
                if xs else None
            row[f"{where}_max_ms"] = round(xs[-1], 1) if xs else None
        rows[stem] = row
    return rows


def _write_timings(artifacts: Path) -> None:
    """The key-press-to-pixels times so far, to the artifacts folder and
    ``$FLYWHEEL_BROWSER_TIMINGS`` (replaced in one step: the benchmark may read it)."""
    with LOCK:
        rows = _timing_rows()
        if not rows:
            return
        text = json.dumps(rows, indent=1)
        (artifacts / "browser_timings.json").write_text(text, encoding="utf-8")
        target = os.environ.get("FLYWHEEL_BROWSER_TIMINGS")
        if target:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)


def move(page, check: Check, stem: str, where: str, panel: dict, slider: dict, key: str) -> bool:
    """Press ``key`` on the slider; if its value changes, the panel must paint a new picture.
    Returns whether the value changed."""
    img = panel["img"]
    armed = page.evaluate("([i, s]) => __fw.armKey(i, s)", [img, slider["id"]])
    page.keyboard.press(key)
    r = page.evaluate("([i, s, a, t]) => __fw.afterKey(i, s, a, t)",
                      [img, slider["id"], armed, CHANGE_TIMEOUT_MS])
    what = f"{slider['label']!r} {key} ({armed['value']} -> {r['after']})"
    element = panel_locator(page, panel["id"])
    check.errors(f"after moving {what}", r["errors"], element)
    if not r["moved"]:
        return False
    if not r["ok"]:
        shot = check.save_picture(img, f"panel{panel['id']}-slider{slider['id']}-{key}-now")
        check.fail(f"slider {what}: its panel {panel['title']!r} painted no new picture within "
                   f"{CHANGE_TIMEOUT_MS / 1000:.0f} s", element, [shot])
    record(stem, where, r["ms"])
    return True


def exercise_slider(page, check: Check, stem: str, where: str, panel: dict, slider: dict) -> None:
    """End, Home (each must paint a new picture if the value changes), then Reset: the slider's
    first value and the panel's start picture must come back."""
    page.focus(f'[data-fw-slider="{slider["id"]}"] .noUi-handle')
    moved = [move(page, check, stem, where, panel, slider, key) for key in ("End", "Home")]
    if not any(moved):
        check.fail(f"slider {slider['label']!r}: End and Home did not change its value "
                   f"({slider['value']})", panel_locator(page, panel["id"]))
    now = page.evaluate("s => __fw.value(s)", slider["id"])
    if now != slider["value"]:
        if not panel["reset"]:
            return  # no Reset button: nothing more to check
        panel_locator(page, panel["id"]).locator(".flywheel-reset").first.click()
    back = page.evaluate("([i, h, s, v, t]) => __fw.waitPicture(i, h, s, v, t)",
                         [panel["img"], panel["start"], slider["id"], slider["value"],
                          RESET_TIMEOUT_MS])
    if not back:
        now = page.evaluate("s => __fw.value(s)", slider["id"])
        shots = [check.save_picture(None, f"panel{panel['id']}-start", kept=f"start{panel['id']}"),
                 check.save_picture(panel["img"], f"panel{panel['id']}-after-reset")]
        check.fail(f"after moving {slider['label']!r} and {'Reset' if panel['reset'] else 'Home'}, "
                   f"the slider shows {now!r} (first value {slider['value']!r}) and panel "
                   f"{panel['title']!r} does not show its start picture again within "
                   f"{RESET_TIMEOUT_MS / 1000:.0f} s (hash {panel['start']} at the start, "
                   f"{page.evaluate('i => __fw.hash(__fw.img(i))', panel['img'])} now)",
                   panel_locator(page, panel["id"]), shots)
    check.no_errors(f"after Reset of {slider['label']!r}", panel_locator(page, panel["id"]))


def exercise_panels(page, check: Check, stem: str, where: str, all_sliders: bool,
                    screenshot_prefix: str | None = None, slide: bool = False) -> int:
    """Move the sliders of every visible panel, then open tabs/accordion sections one by one and
    move one slider of each panel they show. ``all_sliders``: every slider of the panels visible at
    first (else one per panel). ``slide``: each panel's controls and picture must be whole on the
    first screen (the presenter dashboard); a screenshot of the screen per panel. Returns how many
    sliders were moved."""
    done: set[int] = set()
    moved = 0
    revealed = False
    while True:
        for panel in page.evaluate("__fw.scan()"):
            if not panel["visible"] or panel["id"] in done:
                continue
            done.add(panel["id"])
            if panel["img"] is None or not panel["loaded"]:
                check.fail(f"panel {panel['title']!r} shows no loaded picture "
                           f"(img.flywheel-figure): {panel}", panel_locator(page, panel["id"]))
            if screenshot_prefix:  # the panel at the top of the window, as a learner sees it
                page.evaluate("i => __fw.panelEl(i).scrollIntoView({block: 'start'})", panel["id"])
                page.screenshot(
                    path=str(check.artifacts / f"{screenshot_prefix}-panel{len(done)}.png"))
            if slide:
                slide_check(page, check, panel, f"{check.name}-panel{len(done)}.png")
            clipped = page.evaluate("i => __fw.clipped(i)", panel["id"])
            if clipped:
                check.fail(f"panel {panel['title']!r} does not fit the {where} window "
                           f"({page.viewport_size['width']}×{page.viewport_size['height']}): "
                           + "; ".join(clipped), panel_locator(page, panel["id"]))
            panel["start"] = page.evaluate("i => __fw.hash(__fw.img(i))", panel["img"])
            page.evaluate("([i, n]) => __fw.keep(i, n)", [panel["img"], f"start{panel['id']}"])
            sliders = [s for s in panel["sliders"] if s["visible"]]
            if not sliders:
                check.fail(f"panel {panel['title']!r} has no visible slider")
            for s in sliders:
                if s["track"] is not None and s["track"] < NARROW_TRACK_PX:
                    NARROW.append({"test": check.name, "slider": s["label"], "track_px": s["track"]})
            for slider in sliders if all_sliders and not revealed else sliders[:1]:
                exercise_slider(page, check, stem, where, panel, slider)
                moved += 1
        nxt = page.evaluate("() => __fw.nextRevealTab()")
        if nxt is None:
            break
        revealed = True
        target = page.locator(f'[data-fw-reveal="{nxt["id"]}"]')
        if nxt.get("option") is not None:
            target.select_option(value=nxt["option"])
        else:
            target.click()
        try:
            shown = page.wait_for_function("r => __fw.revealed(r)", arg=nxt["id"],
                                           timeout=60_000, polling=50).json_value()
            if shown == "content" and nxt.get("option") is None and page.evaluate(
                    "r => !!document.querySelector(`[data-fw-reveal=\"${r}\"]`)"
                    ".closest('.jupyter-widget-Collapse')", nxt["id"]):
                # a section with a table, not a panel: seen; closed again, as a presenter
                # would before going on (an open table pushes the panel below the screen)
                target.click()
        except sync_api.TimeoutError:
            check.no_errors(f"after opening {nxt['label']!r}")
            check.fail(f"opening {nxt['label']!r} showed neither a new panel with a loaded "
                       "picture nor any other content within 60 s")
        wait_loaded(page, check, f"after opening {nxt['label']!r}")
    hidden = [s["label"] for p in page.evaluate("__fw.scan()") if p["id"] not in done
              for s in p["sliders"]]
    if hidden:
        check.fail(f"{len(hidden)} slider(s) never became visible, so were not tested: {hidden}")
    return moved


def slide_check(page, check: Check, panel: dict, shot: str) -> None:
    """The presenter dashboard is a slide: panel ``panel``'s controls, picture and readout whole
    on the first screen, the header's text whole, widget text at least PRESENTER_TEXT_PX."""
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(check.artifacts / shot))
    size = f"{page.viewport_size['width']}×{page.viewport_size['height']}"
    bottom = page.evaluate(
        "i => Math.max(...Array.from(__fw.panelEl(i).querySelectorAll("
        "'.flywheel-controls, .flywheel-picture')).map(e => "
        "e.getBoundingClientRect().bottom))", panel["id"])
    if bottom > page.viewport_size["height"] + 1:
        check.fail(f"panel {panel['title']!r} is not whole on the first screen ({size}): it "
                   f"ends at {bottom:.0f} px of {page.viewport_size['height']} (see {shot})")
    small = page.evaluate("([i, px]) => __fw.smallText(i, px)", [panel["id"], PRESENTER_TEXT_PX])
    if small:
        check.fail(f"panel {panel['title']!r} ({size}): widget text under {PRESENTER_TEXT_PX} px "
                   f"in the presenter style: {small[:6]}")
    cut = page.evaluate("() => __fw.headerClipped()")
    if cut:
        check.fail(f"the presenter header does not fit ({size}): {cut}")


def check_screens(page, check: Check, where: str, screens, slide: bool = False) -> list[str]:
    """After the sliders were moved: at each screen size, every visible panel must fit (as at
    the first size); a screenshot of each (``<name>-<w>x<h>-panel<k>.png``). ``slide``: the
    presenter dashboard, every lesson picked in turn, each a whole slide. Returns one line per
    size (the notebook column's width)."""
    first = dict(page.viewport_size)
    lines = []
    try:
        for w, h in screens:
            page.set_viewport_size({"width": w, "height": h})
            page.evaluate("() => __fw.settled()")
            lines.append(f"{w}×{h}: column {page.evaluate('() => __fw.columnWidth()')} px")
            if slide:
                picker = page.locator(".flywheel-lesson-picker select").first
                for k in range(picker.locator("option").count()):
                    old = page.evaluate_handle(
                        "() => Array.from(document.querySelectorAll('.flywheel-panel'))"
                        ".find(__fw.visible) || null")
                    if picker.evaluate("el => el.selectedIndex") != k:
                        picker.select_option(index=k)
                        page.wait_for_function(
                            "old => { const p = Array.from(document.querySelectorAll("
                            "'.flywheel-panel')).find(__fw.visible); return !!p && p !== old && "
                            "__fw.loaded(p.querySelector('img.flywheel-figure')); }",
                            arg=old, timeout=60_000, polling=50)
                    page.evaluate("() => __fw.settled()")
                    panel = next(p for p in page.evaluate("__fw.scan()") if p["visible"])
                    slide_check(page, check, panel, f"{check.name}-{w}x{h}-panel{k + 1}.png")
                    clipped = page.evaluate("i => __fw.clipped(i)", panel["id"])
                    if clipped:
                        check.fail(f"panel {panel['title']!r} does not fit the {where} window "
                                   f"({w}×{h}): " + "; ".join(clipped))
                continue
            k = 0
            for panel in page.evaluate("__fw.scan()"):
                if not panel["visible"]:
                    continue
                k += 1
                page.evaluate("i => __fw.panelEl(i).scrollIntoView({block: 'start'})",
                              panel["id"])
                page.evaluate("() => __fw.settled()")
                page.screenshot(path=str(check.artifacts / f"{check.name}-{w}x{h}-panel{k}.png"))
                clipped = page.evaluate("i => __fw.clipped(i)", panel["id"])
                if clipped:
                    check.fail(f"panel {panel['title']!r} does not fit the {where} window "
                               f"({w}×{h}, {lines[-1]}): " + "; ".join(clipped),
                               panel_locator(page, panel["id"]))
    finally:
        page.set_viewport_size(first)
        page.evaluate("() => __fw.settled()")
    return lines


def check_hidpi(page, check: Check) -> str:
    """On a screen with 2 device pixels per CSS pixel (emulated through the DevTools protocol, as
    a HiDPI laptop), every visible panel must send a picture with twice the pixels at the same
    CSS size (sharp, not enlarged); a screenshot of it."""
    cdp = page.context.new_cdp_session(page)
    size = page.viewport_size
    try:
        cdp.send("Emulation.setDeviceMetricsOverride",
                 {"width": size["width"], "height": size["height"], "deviceScaleFactor": 2,
                  "mobile": False})
        try:
            page.wait_for_function(
                "() => { const imgs = Array.from(document.querySelectorAll("
                "'.flywheel-panel img.flywheel-figure')).filter(__fw.visible); return imgs.length "
                "&& imgs.every(i => i.complete && i.naturalWidth >= 1.9 * Math.max("
                "parseFloat(i.style.width) || 0, i.getBoundingClientRect().width)); }", timeout=30_000, polling=50)
        except sync_api.TimeoutError:
            found = page.evaluate(
                "() => Array.from(document.querySelectorAll('.flywheel-panel img.flywheel-figure'))"
                ".filter(__fw.visible).map(i => `${i.naturalWidth} px drawn for "
                "${Math.round(i.getBoundingClientRect().width)} CSS px`)")
            check.fail("on a screen of device pixel ratio 2 the pictures were not drawn sharper "
                       f"within 30 s: {found}")
        page.evaluate("() => __fw.settled()")
        page.screenshot(path=str(check.artifacts / f"{check.name}-hidpi.png"))
        check.no_errors("after switching to a HiDPI screen")
        return page.evaluate(
            "() => Array.from(document.querySelectorAll('.flywheel-panel img.flywheel-figure'))"
            ".filter(__fw.visible).map(i => (i.naturalWidth / i.getBoundingClientRect().width)"
            ".toFixed(2)).join('/')")
    finally:
        cdp.send("Emulation.clearDeviceMetricsOverride")
        cdp.detach()


def switch_language(page, check: Check) -> int:
    """Click every button of each language switch; a click that changes the language must show
    the panel again (a new one, its picture loaded) without an error. Returns the clicks."""
    buttons = page.locator(".flywheel-language button")
    clicks = 0
    order = list(range(buttons.count()))
    first_active = next((k for k in order if "mod-active" in (buttons.nth(k).get_attribute("class")
                                                             or "")), None)
    if first_active is not None:
        order.append(first_active)  # and back to the language it started in
    for k in order:
        button = buttons.nth(k)
        label = button.inner_text()
        active = "mod-active" in (button.get_attribute("class") or "")
        page.evaluate("__fw.scan()")  # tag the panels shown now
        button.click()
        clicks += 1
        if not active:
            try:
                page.wait_for_function("() => __fw.newPanel()", timeout=60_000, polling=50)
            except sync_api.TimeoutError:
                check.no_errors(f"after clicking language {label!r}")
                check.fail(f"clicking language {label!r} showed no new panel within 60 s")
        wait_loaded(page, check, f"after clicking language {label!r}")
    return clicks


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


def warn_narrow(name: str) -> None:
    narrow = [n for n in NARROW if n["test"] == name]
    if narrow:
        warnings.warn(f"{name}: {len(narrow)} slider track(s) narrower than {NARROW_TRACK_PX} px, "
                      "hard or impossible to drag with a mouse: "
                      + "; ".join(f"{n['slider']!r} {n['track_px']} px" for n in narrow),
                      NarrowSliderWarning, stacklevel=2)


def voila_check(page, notebook: Path, server: bu.Server, artifacts: Path) -> str:
    """Everything checked in Voilà for one notebook (raises pytest's Failed); returns a summary."""
    stem = lesson_key(notebook).replace("/", "-")
    german = notebook.parent.name == "de"
    check = Check(page, f"voila-{stem}", artifacts, server)
    t0 = time.perf_counter()
    page.set_viewport_size({"width": VOILA_VIEWPORT[0], "height": VOILA_VIEWPORT[1]})
    page.goto(f"{server.base}/voila/render/notebooks/{lesson_key(notebook)}.ipynb",
              wait_until="load", timeout=LOAD_TIMEOUT_MS)
    page.evaluate(bu.PROBE_JS)
    try:
        page.wait_for_function("() => document.querySelectorAll('.flywheel-slider').length > 0",
                               timeout=120_000, polling=50)
    except sync_api.TimeoutError:
        check.no_errors("Voilà page")
        check.fail("Voilà rendered no slider (.flywheel-slider) within 120 s")
    wait_loaded(page, check, "Voilà page after loading")
    ready_s = time.perf_counter() - t0
    page.screenshot(path=str(artifacts / f"voila-{stem}.png"))
    if page.locator(".flywheel-dashboard").count():  # and the whole dashboard page
        page.screenshot(path=str(artifacts / f"voila-{stem}-full.png"), full_page=True)
    visible_code = page.evaluate(bu.VISIBLE_CODE_JS)
    if visible_code:
        check.fail(f"Voilà shows code: {visible_code}")
    text = page.evaluate("() => document.body.innerText")
    shown = [line for line in code_lines(notebook) if line in text]
    if shown:
        check.fail(f"Voilà shows source lines of code cells: {shown[:5]}")
    if german:   # a German workshop sees no English prose (the language switch aside)
        words = re.findall(r"[A-Za-zÄÖÜäöüß]+", text)
        english = [w for w in words if w.casefold() in ENGLISH_WORDS]
        if len(english) > max(3, len(words) // 100):
            check.fail(f"the German page shows English: {len(english)} of {len(words)} words "
                       f"({sorted(set(english))})")
    slide = page.locator(".flywheel-dashboard").count() > 0
    n = exercise_panels(page, check, stem, "voila", all_sliders=False, slide=slide)
    screens = check_screens(page, check, "voila", VOILA_SCREENS, slide=slide)
    hidpi = check_hidpi(page, check)
    check.no_errors("Voilà page at the end")
    return (f"{stem}: Voilà ready in {ready_s:.1f} s, {n} slider(s) moved, fits "
            f"{'; '.join(screens)}, HiDPI pixels per CSS pixel {hidpi}, "
            f"total {time.perf_counter() - t0:.1f} s")


# --- the tests -----------------------------------------------------------------------------------
@pytest.mark.parametrize("notebook", NOTEBOOKS + GERMAN_NOTEBOOKS, ids=lesson_key)
def test_lesson_in_jupyterlab(notebook, lab, lab_page, lab_order, artifacts):
    page, stem = lab_page, lesson_key(notebook).replace("/", "-")
    path = f"notebooks/{lesson_key(notebook)}.ipynb"
    later = lab_order[lab_order.index(notebook) + 1:] if notebook in lab_order else []
    following = (f"notebooks/{lesson_key(later[0])}.ipynb",) if later else ()
    check = Check(page, f"lab-{stem}", artifacts, lab)
    t0 = time.perf_counter()
    try:
        try:
            page.evaluate(bu.LAB_OPEN_JS, path)
            run = page.evaluate(bu.LAB_RUN_ALL_JS, path)
            page.wait_for_function(bu.LAB_IDLE_JS, arg=path, timeout=LOAD_TIMEOUT_MS, polling=50)
        except sync_api.Error as exc:
            check.fail(f"JupyterLab did not finish running {notebook.name}: {exc}")
        for nxt in following:  # the next lesson's kernel starts while this one is checked
            lab.start_session(nxt)
        check.no_errors(f"after running all cells (run-all returned {run})")
        if run != "true":
            check.fail(f"running all cells reported a failure: {run}")
        wait_loaded(page, check, "after running all cells")
        ready_s = time.perf_counter() - t0
        n = exercise_panels(page, check, stem, "lab", all_sliders=True,
                            screenshot_prefix=f"lab-{stem}")
        screens = check_screens(page, check, "lab", LAB_SCREENS)
        clicks = switch_language(page, check)
        check.no_errors("at the end")
    finally:
        _write_timings(artifacts)
        try:  # free the kernel for the next lesson (2 cores)
            page.evaluate(bu.LAB_CLOSE_JS, path)
        except Exception:
            pass
        try:
            lab.shutdown_kernels(keep=following)
        except Exception:
            pass
    warn_narrow(check.name)
    print(f"{stem}: JupyterLab ready in {ready_s:.1f} s, {n} slider(s) moved, {clicks} language "
          f"click(s), fits {'; '.join(screens)}, total {time.perf_counter() - t0:.1f} s")


@pytest.mark.parametrize("notebook", NOTEBOOKS + GERMAN_NOTEBOOKS, ids=lesson_key)
def test_lesson_in_voila(notebook, voila_runner, artifacts):
    error, summary = voila_runner.result(lesson_key(notebook), timeout=900)
    _write_timings(artifacts)
    if error:
        pytest.fail(error, pytrace=False)
    warn_narrow(f"voila-{notebook.stem}")
    print(summary)


OWN_NUMBERS = ROOT / "notebooks" / "11_your_own_numbers.ipynb"


@pytest.mark.skipif(not OWN_NUMBERS.exists(), reason="lesson 11 is not built")
def test_lesson_11_fits_a_learners_csv_in_jupyterlab(lab, lab_page, artifacts, tmp_path):
    """A learner uploads a CSV of their own months (German, ';', decimal comma): the panel says
    which file it fitted, and its picture changes to the new data."""
    page = lab_page
    path = f"notebooks/{OWN_NUMBERS.name}"
    check = Check(page, "lab-11-upload", artifacts, lab)
    mine = tmp_path / "meine_monate.csv"
    mine.write_text("Monat;Neue Interessenten;Neue Kunden;Neue Fürsprecher\n" + "".join(
        f"{m};{40 + 15 * m};{2 + 4 * m},5;{m // 3}\n" for m in range(1, 31)), encoding="utf-8")
    try:
        page.evaluate(bu.LAB_OPEN_JS, path)
        page.evaluate(bu.LAB_RUN_ALL_JS, path)
        page.wait_for_function(bu.LAB_IDLE_JS, arg=path, timeout=LOAD_TIMEOUT_MS, polling=50)
        wait_loaded(page, check, "after running all cells")
        panels_now = page.evaluate("__fw.scan()")
        panel = next((p for p in panels_now if p["img"] is not None
                      and page.evaluate("i => !!__fw.panelEl(i).querySelector('.flywheel-upload')",
                                        p["id"])), None)
        if panel is None:
            check.fail("lesson 11 shows no panel with an upload button")
        before = page.evaluate("i => __fw.hash(__fw.img(i))", panel["img"])
        # the button opens the browser's file chooser (its <input type=file> is not in the page)
        with page.expect_file_chooser(timeout=30_000) as chooser:
            page.locator(f'[data-fw-panel="{panel["id"]}"] .flywheel-upload').click()
        chooser.value.set_files(str(mine))
        try:
            page.wait_for_function(
                "([p, i, h]) => __fw.panelEl(p).querySelector('.flywheel-upload-status')"
                ".innerText.includes('meine_monate.csv') && __fw.hash(__fw.img(i)) !== h",
                arg=[panel["id"], panel["img"], before], timeout=60_000, polling=100)
        except sync_api.TimeoutError:
            status = page.evaluate("i => __fw.panelEl(i).querySelector('.flywheel-upload-status')"
                                   ".innerText", panel["id"])
            check.fail(f"the uploaded file was not fitted and shown within 60 s: {status!r}")
        page.evaluate("i => __fw.panelEl(i).scrollIntoView({block: 'start'})", panel["id"])
        page.screenshot(path=str(artifacts / "lab-11-upload.png"))
        check.no_errors("after the upload")
        print("11_your_own_numbers: a learner's CSV (30 months, German format) uploaded, fitted "
              "and shown")
    finally:
        try:
            page.evaluate(bu.LAB_CLOSE_JS, path)
        except Exception:
            pass
        try:
            lab.shutdown_kernels()
        except Exception:
            pass
