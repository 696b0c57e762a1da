"""Helpers for the real-browser test (tests/test_browser.py) and the benchmark (tests/benchmark.py):
servers, Chromium, and in-page probes.

Nothing here touches the network beyond 127.0.0.1. Servers are started as our own child processes
in their own session and stopped by that process id; Chromium is Debian's, driven by Playwright.

A panel's figure is an ``<img class="flywheel-figure">`` (an ``ipywidgets.Image``) whose ``src``
becomes a new blob URL for every picture the kernel sends. The probe (:data:`PROBE_JS`, reached
through ``window.__fw``) watches every ``<img>``'s ``src`` with one MutationObserver; a picture
counts as *painted* when ``img.decode()`` has resolved and the next animation frame has begun with
that picture still in place. Its time is compared with ``performance.now()`` at the last keydown
(a capturing listener on the document). Pictures are compared by a hash of their decoded pixels.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
    # A page in a background tab must keep painting (one browser, several tabs).
    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    # Offline: no name resolves except loopback, so nothing leaves the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


def find_chromium() -> str | None:
    """Debian's Chromium binary, or None when it is not installed."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def launch_browser(playwright, profile: Path, chromium: str, viewport=(1366, 768),
                   cdp_port: int | None = None):
    """One persistent Chromium context (Debian's binary; Playwright's download is not used).

    With ``cdp_port``, Chromium also listens on 127.0.0.1:``cdp_port`` for the DevTools protocol,
    so that a second Playwright (in another thread) can drive a tab of the same browser with
    ``playwright.chromium.connect_over_cdp(f"http://127.0.0.1:{cdp_port}")``."""
    args = CHROMIUM_ARGS + ([f"--remote-debugging-port={cdp_port}",
                             "--remote-debugging-address=127.0.0.1"] if cdp_port else [])
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=chromium, headless=True, args=args,
        viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=1,
        timeout=60_000)
    context.set_default_timeout(30_000)
    return context


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


class Server:
    """A server process we start (in its own session) and stop by its process id.

    ``launch()`` starts the process and returns at once; ``wait()`` waits until it answers
    (``start()`` does both), so that a server can start while something else runs."""

    def __init__(self, name: str, argv: list[str], url: str, log: Path, cwd: Path,
                 env: dict | None = None):
        self.name, self.argv, self.url, self.log, self.cwd = name, argv, url, log, cwd
        self.env = {**os.environ, **(env or {})}
        self.proc: subprocess.Popen | None = None
        self._ready = False

    def launch(self) -> "Server":
        self._log = open(self.log, "wb")
        self.proc = subprocess.Popen(self.argv, cwd=self.cwd, env=self.env, stdout=self._log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        return self

    def wait(self, timeout: float = 90.0) -> "Server":
        if self._ready:
            return self
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n"
                                   f"{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status < 500:
                        self._ready = True
                        return self
            except urllib.error.HTTPError as e:
                if e.code < 500:
                    self._ready = True
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer at {self.url} within {timeout:.0f} s:\n"
                           f"{self.log_tail()}")

    def start(self, timeout: float = 90.0) -> "Server":
        return self.launch().wait(timeout)

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log.read_bytes()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """SIGTERM to our process (its session holds the kernels it started), then SIGKILL."""
        if self.proc is None:
            return
        pid = self.proc.pid
        children = _children(pid)  # kernels run in sessions of their own
        if self.proc.poll() is None:
            try:
                os.kill(pid, signal.SIGTERM)
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        # The server shuts its kernels down on SIGTERM; end any it left behind, by process id.
        for child in children:
            try:
                if b"kernel" not in Path(f"/proc/{child}/cmdline").read_bytes():
                    continue
                os.kill(child, signal.SIGKILL)
            except (OSError, ProcessLookupError):
                pass
        self._log.close()
        self.proc = None
        self._ready = False

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return "/".join(self.url.split("/")[:3])

    def request(self, method: str, path: str, data: dict | None = None) -> object:
        body = json.dumps(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, method=method,
                                     headers={"Content-Type": "application/json"} if body else {})
        with urllib.request.urlopen(req, timeout=30) as r:
            body = r.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self, keep: tuple[str, ...] = ()) -> None:
        """Shut down every kernel of this (Jupyter) server through its REST API, except those of
        the sessions of the notebooks ``keep`` (paths relative to the server's root)."""
        kept = {s["kernel"]["id"] for s in self.request("GET", "/api/sessions") or []
                if s.get("path") in keep and s.get("kernel")}
        for session in self.request("GET", "/api/sessions") or []:
            if session.get("path") not in keep:
                self.request("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.request("GET", "/api/kernels") or []:
            if kernel["id"] not in kept:
                self.request("DELETE", f"/api/kernels/{kernel['id']}")

    def start_session(self, path: str) -> None:
        """Start the kernel of notebook ``path`` ahead of time: JupyterLab, opening the notebook
        later, finds the session and uses its kernel (Jupyter's REST API)."""
        self.request("POST", "/api/sessions", {"path": path, "name": path.rsplit("/", 1)[-1],
                                               "type": "notebook", "kernel": {"name": "python3"}})


def write_lab_settings(settings_dir: Path) -> None:
    """User settings for the test: every cell attached (no windowing), no autosave, no news."""
    files = {
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
            {"fetchNews": "false", "checkForUpdates": False},
    }
    for rel, content in files.items():
        path = settings_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content))


def _root_flag() -> list[str]:
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def lab_server(root: Path, workdir: Path, extra_env: dict | None = None) -> Server:
    port = free_port()
    settings, workspaces = workdir / "lab-settings", workdir / "lab-workspaces"
    write_lab_settings(settings)
    workspaces.mkdir(parents=True, exist_ok=True)
    argv = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        "--IdentityProvider.token=", "--ServerApp.password=",
        f"--ServerApp.root_dir={root}", "--ServerApp.disable_check_xsrf=True",
        "--LabApp.expose_app_in_browser=True", f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={workspaces}", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly", "--ServerApp.terminals_enabled=False",
        *_root_flag(),
    ]
    env = {"JUPYTER_CONFIG_DIR": str(workdir / "jupyter-config"),
           "JUPYTER_RUNTIME_DIR": str(workdir / "jupyter-runtime"), **(extra_env or {})}
    return Server("JupyterLab", argv, f"http://127.0.0.1:{port}/lab", workdir / "jupyterlab.log",
                  root, env)


def voila_server(root: Path, workdir: Path, extra_env: dict | None = None) -> Server:
    port = free_port()
    argv = [
        sys.executable, "-m", "voila", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
        f"--Voila.root_dir={root}", "--VoilaConfiguration.show_tracebacks=True",
        "--Voila.token=",
    ]
    env = {"JUPYTER_CONFIG_DIR": str(workdir / "jupyter-config"),
           "JUPYTER_RUNTIME_DIR": str(workdir / "jupyter-runtime"), **(extra_env or {})}
    return Server("Voila", argv, f"http://127.0.0.1:{port}/", workdir / "voila.log", root, env)


# --- JupyterLab, driven from inside the page ------------------------------------------------------
# The notebook widget of JupyterLab (window.jupyterapp is exposed by --LabApp.expose_app_in_browser).
_LAB_FIND = r"""
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  let nb = null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.sessionContext && w.content && w.context.path === path) nb = w;
  }
"""

# JupyterLab has started and restored its layout (synchronous: a condition to poll).
LAB_APP_READY_JS = r"""
() => {
  const app = window.jupyterapp;
  if (!app || !app.commands || !app.commands.hasCommand('docmanager:open')) return false;
  if (!window.__fwRestored) app.restored.then(() => { window.__fwRestored = true; });
  return !!window.__fwRestored;
}"""

# Open a notebook in the running JupyterLab (no page load) and wait for its kernel.
LAB_OPEN_JS = "async path => {" + _LAB_FIND + r"""
  // as a learner meets it: JupyterLab's file browser open beside the notebook
  app.shell.activateById('filebrowser');
  if (!nb) nb = await app.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  app.shell.activateById(nb.id);
  await nb.context.ready;
  await nb.sessionContext.ready;
  return !!(nb.sessionContext.session && nb.sessionContext.session.kernel);
}"""

# Run all cells through JupyterLab's own command; resolves with its result ("true" when all ran).
LAB_RUN_ALL_JS = "async path => {" + _LAB_FIND + r"""
  app.shell.activateById(nb.id);
  await nb.sessionContext.ready;
  try {
    return String(await app.commands.execute('notebook:run-all-cells'));
  } catch (e) {
    return 'error: ' + e;
  }
}"""

# The kernel is idle and no cell is queued or running.
LAB_IDLE_JS = "path => {" + _LAB_FIND + r"""
  if (!nb) return false;
  const kernel = nb.sessionContext.session && nb.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  return !Array.from(nb.node.querySelectorAll('.jp-InputPrompt')).some(
      p => p.textContent.includes('*'));
}"""

# Shut the notebook's kernel down and close it without a "save changes?" dialog.
LAB_CLOSE_JS = "async path => {" + _LAB_FIND + r"""
  if (!nb) return false;
  try { await nb.sessionContext.shutdown(); } catch (e) { /* the REST call below will do */ }
  try { nb.context.model.dirty = false; } catch (e) { /* read-only in some versions */ }
  nb.dispose();
  return true;
}"""

# Close every document and dialog (after a failure, so that the next notebook starts clean).
LAB_CLOSE_ALL_JS = r"""
async () => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return false;
  document.querySelectorAll('.jp-Dialog').forEach(d => {
    const b = d.querySelector('.jp-mod-reject'); if (b) b.click();
  });
  for (const w of Array.from(app.shell.widgets('main'))) {
    if (w.sessionContext) { try { await w.sessionContext.shutdown(); } catch (e) {} }
    if (w.context) { try { w.context.model.dirty = false; } catch (e) {} }
    w.dispose();
  }
  return true;
}"""

# Code a Voilà page shows: editors, input prompts, visible code-cell inputs.
VISIBLE_CODE_JS = r"""
() => {
  const visible = el => !!(el.offsetParent !== null && el.getClientRects().length
                           && el.innerText.trim());
  const found = [];
  document.querySelectorAll('.cm-editor, .CodeMirror, .jp-CodeCell .jp-InputArea, .jp-InputPrompt,'
                            + ' .jp-CodeCell .highlight').forEach(el => {
    if (visible(el)) found.push(el.className + ': ' + el.innerText.trim().slice(0, 120));
  });
  return found;
}
"""

# --- the probe ------------------------------------------------------------------------------------
# Installed once per page (idempotent); everything is reached through window.__fw.
PROBE_JS = r"""
() => {
  if (window.__fw) return;
  const fw = window.__fw = {keyT: null, keys: 0, hashing: true, nextSlider: 0, nextPanel: 0,
                            nextImg: 0, nextReveal: 0, waiters: new Set(), paintLog: []};
  fw.keyTimes = [];
  document.addEventListener('keydown', () => {
    fw.keyT = performance.now(); fw.keys++;
    fw.keyTimes.push(fw.keyT);   // every keydown of the page's life (a benchmark's few thousand)
  }, true);
  const visible = el => !!(el && el.offsetParent !== null && el.getClientRects().length);
  fw.visible = visible;

  // -- pictures ---------------------------------------------------------------------------------
  const cv = document.createElement('canvas');
  const ctx = cv.getContext('2d', {willReadFrequently: true});
  // A hash of the picture's decoded pixels, with its size ('' when it has none).
  fw.hash = img => {
    if (!img || !img.complete || !img.naturalWidth) return '';
    cv.width = img.naturalWidth; cv.height = img.naturalHeight;
    ctx.clearRect(0, 0, cv.width, cv.height);
    ctx.drawImage(img, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, cv.width, cv.height).data.buffer);
    let h = 0x811c9dc5 ^ px.length;
    for (let i = 0; i < px.length; i++) h = Math.imul(h ^ px[i], 16777619);
    return (h >>> 0).toString(16) + '@' + cv.width + 'x' + cv.height;
  };
  // Loaded, and not one flat colour.
  fw.hasContent = img => {
    if (!img || !img.complete || !img.naturalWidth) return false;
    cv.width = img.naturalWidth; cv.height = img.naturalHeight;
    ctx.drawImage(img, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, cv.width, cv.height).data.buffer);
    for (let i = 1; i < px.length; i += 13) if (px[i] !== px[0]) return true;
    return false;
  };
  fw.imgId = img => {
    if (img.dataset.fwImg === undefined) {
      img.dataset.fwImg = String(fw.nextImg++);
      img.__fwState = {n: 0, last: null};
    }
    return Number(img.dataset.fwImg);
  };
  fw.img = i => document.querySelector(`img[data-fw-img="${i}"]`);
  const state = img => { fw.imgId(img); return img.__fwState; };
  // A new src: once decoded, and still in place at the next animation frame, it is painted.
  const onSrc = img => {
    const src = img.src;
    if (!src) return;
    const tSrc = performance.now();
    let tDec = null;
    img.decode().then(() => {
      tDec = performance.now();
      return new Promise(r => requestAnimationFrame(r));
    }).then(() => {
      if (img.src !== src) return;            // replaced before it was painted
      const t = performance.now();
      const st = state(img);
      st.n++;
      st.last = {src, t, tSrc, tDec, n: st.n, hash: fw.hashing ? fw.hash(img) : null};
      fw.paintLog.push({img: Number(img.dataset.fwImg), t});
      if (fw.paintLog.length > 5000) fw.paintLog.splice(0, 1000);
      for (const w of Array.from(fw.waiters)) w(img, st.last);
    }, () => { /* a src replaced before it was decoded */ });
  };
  new MutationObserver(records => {
    for (const r of records) if (r.target.tagName === 'IMG') onSrc(r.target);
  }).observe(document.documentElement, {subtree: true, attributes: true, attributeFilter: ['src']});

  // Resolve with test(img, paint) -> value (not undefined) on a paint of image i, or with
  // {timeout: true} after timeoutMs. `now` is tried first with the picture shown now.
  const waitPaint = (i, test, timeoutMs, now) => new Promise(resolve => {
    if (now) { const v = now(); if (v !== undefined) return resolve(v); }
    let timer = null;
    const w = (img, paint) => {
      if (Number(img.dataset.fwImg) !== i) return;
      const v = test(img, paint);
      if (v === undefined) return;
      fw.waiters.delete(w); clearTimeout(timer); resolve(v);
    };
    fw.waiters.add(w);
    timer = setTimeout(() => { fw.waiters.delete(w); resolve({timeout: true}); }, timeoutMs);
  });

  // Before a key press: the picture shown now, and how many pictures image i has painted.
  fw.arm = i => {
    const img = fw.img(i);
    const st = state(img);
    return {n: st.n, hash: fw.hashing ? fw.hash(img) : null};
  };
  // After a key press: the next picture of image i painted after `armed` that differs from the
  // picture shown then. ms = from the keydown to that paint (srcMs: to the new src, decMs: to
  // the end of its decoding).
  const since = t => fw.keyT === null || t === null ? null : t - fw.keyT;
  const newer = (armed, p) => !!p && p.n > armed.n
      && (armed.hash === null || p.hash !== armed.hash);
  const found = p => ({ok: true, ms: since(p.t), srcMs: since(p.tSrc), decMs: since(p.tDec),
                       hash: p.hash, n: p.n});
  fw.waitNew = (i, armed, timeoutMs) => waitPaint(
      i, (img, p) => newer(armed, p) ? found(p) : undefined, timeoutMs,
      () => { const p = state(fw.img(i)).last; return newer(armed, p) ? found(p) : undefined; })
    .then(r => r.timeout ? {ok: false, ms: null, hash: fw.hash(fw.img(i)), n: state(fw.img(i)).n}
                         : r);
  // One key press on slider s, whose panel's figure is image i: arm before, then afterKey.
  fw.armKey = (i, s) => Object.assign(fw.arm(i), {value: fw.value(s)});
  fw.afterKey = async (i, s, armed, timeoutMs) => {
    const after = fw.value(s);
    if (after === armed.value) return {moved: false, after, errors: fw.errors()};
    const r = await fw.waitNew(i, armed, timeoutMs);
    return Object.assign(r, {moved: true, after, errors: fw.errors()});
  };
  // Resolve once image i shows the picture with this hash and slider s shows value v.
  fw.waitPicture = (i, hash, s, v, timeoutMs) => new Promise(resolve => {
    const t0 = performance.now();
    const tick = () => {
      const img = fw.img(i);
      const st = img ? state(img) : null;
      const shown = st && st.last && st.last.src === img.src ? st.last.hash : fw.hash(img);
      if (fw.value(s) === v && shown === hash) return resolve(true);
      if (performance.now() - t0 > timeoutMs) return resolve(false);
      setTimeout(tick, 16);
    };
    tick();
  });
  // The picture shown by image i as a data URL (for a failure report).
  fw.dataUrl = i => {
    const img = fw.img(i);
    if (!img || !img.complete || !img.naturalWidth) return null;
    cv.width = img.naturalWidth; cv.height = img.naturalHeight;
    ctx.drawImage(img, 0, 0);
    return cv.toDataURL('image/png');
  };
  // Keep a picture (its blob, fetched before the widget revokes the URL) for a failure report.
  fw.blobs = {};
  fw.keep = async (i, name) => {
    const img = fw.img(i);
    try { fw.blobs[name] = await (await fetch(img.src)).blob(); return true; }
    catch (e) { return false; }
  };
  fw.keptUrl = name => new Promise(resolve => {
    const b = fw.blobs[name];
    if (!b) return resolve(null);
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => resolve(null);
    r.readAsDataURL(b);
  });
  fw.lastPaintT = i => {
    const img = fw.img(i);
    return img && img.__fwState && img.__fwState.last ? img.__fwState.last.t : null;
  };
  fw.paintsSince = (i, t0) => fw.paintLog.filter(p => p.img === i && p.t >= t0).map(p => p.t);

  // -- panels and sliders -------------------------------------------------------------------------
  fw.slider = i => document.querySelector(`[data-fw-slider="${i}"]`);
  fw.panelEl = i => document.querySelector(`[data-fw-panel="${i}"]`);
  // What of panel i does not fit its screen: its picture's edges outside an ancestor that clips
  // (overflow other than visible) or the window, and text cut off (scrollWidth > clientWidth).
  fw.clipped = i => {
    const panel = fw.panelEl(i);
    if (!panel) return ['panel not found'];
    const found = [];
    const img = panel.querySelector('img.flywheel-figure');
    if (img) {
      const r = img.getBoundingClientRect();
      if (r.right > window.innerWidth + 1) found.push(`picture right edge ${Math.round(r.right)} px`
          + ` beyond the window (${window.innerWidth} px)`);
      for (let el = img.parentElement; el && el !== document.body; el = el.parentElement) {
        const st = getComputedStyle(el);
        if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
        const c = el.getBoundingClientRect();
        if (r.right > c.right + 1 || r.left < c.left - 1) {
          found.push(`picture (${Math.round(r.left)}–${Math.round(r.right)} px) cut by `
                     + `${el.className || el.tagName} (${Math.round(c.left)}–${Math.round(c.right)} px)`);
          break;
        }
        if (el.scrollWidth > el.clientWidth + 1 && st.overflowX !== 'hidden') {
          const right = el.getBoundingClientRect().right;
          const wide = Array.from(el.querySelectorAll('*')).filter(d => d.getBoundingClientRect()
              .right > right + 1).filter(d => !(d.parentElement && d.parentElement
              .getBoundingClientRect().right > right + 1)).slice(0, 3).map(d =>
              `${d.tagName.toLowerCase()}.${String(d.className).split(' ').slice(0, 3).join('.')}`
              + ` ${JSON.stringify((d.innerText || '').trim().slice(0, 40))}`
              + ` (${Math.round(d.getBoundingClientRect().width)} px)`);
          found.push(`horizontal scroll bar on ${el.className || el.tagName}`
                     + (wide.length ? `; too wide: ${wide.join(', ')}` : ''));
          break;
        }
      }
    }
    panel.querySelectorAll('.widget-label, .widget-readout, button, .widget-html-content, '
                           + 'select, .lm-TabBar-tabLabel').forEach(el => {
      if (!visible(el)) return;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2)
        found.push(`text cut off: ${JSON.stringify((el.innerText || el.value || '').trim()
                   .slice(0, 60))} (${el.scrollWidth}×${el.scrollHeight} px in `
                   + `${el.clientWidth}×${el.clientHeight})`);
    });
    return found;
  };
  // Widget text of panel i (labels, readouts, buttons, HTML, drop-downs) set smaller than px.
  fw.smallText = (i, px) => {
    const panel = fw.panelEl(i);
    const found = [];
    if (!panel) return ['panel not found'];
    panel.querySelectorAll('.widget-label, .widget-readout, button, .widget-html-content, select')
      .forEach(el => {
        if (!visible(el) || !(el.innerText || el.value || '').trim()) return;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < px - 0.01) found.push(`${JSON.stringify((el.innerText || el.value).trim()
                                          .slice(0, 40))} ${size} px`);
      });
    return found;
  };
  // Text of the presenter header (lesson picker, language switch) cut off, as in fw.clipped.
  fw.headerClipped = () => {
    const found = [];
    document.querySelectorAll('.flywheel-dashboard-header').forEach(header => {
      const box = header.getBoundingClientRect();
      header.querySelectorAll('select, button').forEach(el => {
        if (!visible(el)) return;
        const r = el.getBoundingClientRect();
        const wrap = el.parentElement.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth + 1 || r.bottom > wrap.bottom + 1
            || r.bottom > box.bottom + 1 || r.right > window.innerWidth + 1)
          found.push(`header control cut off: ${JSON.stringify((el.innerText || el.value || '')
                     .trim().slice(0, 40))} (${Math.round(r.width)}×${Math.round(r.height)} px, `
                     + `in ${Math.round(wrap.width)}×${Math.round(wrap.height)})`);
      });
    });
    return found;
  };
  // The width of the column that notebook cells' outputs get (JupyterLab), or of the page body.
  fw.columnWidth = () => {
    const out = document.querySelector('.jp-OutputArea-output') || document.body;
    return Math.round(out.getBoundingClientRect().width);
  };
  // Resolves after two animation frames (a resize's layout has been done and painted).
  fw.settled = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(
    () => r(true))));
  fw.value = i => {
    const s = fw.slider(i);
    if (!s) return null;
    const h = s.querySelector('.noUi-handle');
    const r = s.querySelector('.widget-readout');
    const aria = h ? (h.getAttribute('aria-valuenow') || '') + '/'
                     + (h.getAttribute('aria-valuetext') || '') : '';
    return aria + ' | ' + (r ? r.innerText.trim() : '');
  };
  const figureOf = panel => panel ? panel.querySelector('img.flywheel-figure') : null;
  fw.loaded = img => !!(img && img.complete && img.naturalWidth > 0);
  // Tag every panel, its figure and its sliders (new ones get new ids) and describe them.
  fw.scan = () => {
    const panels = [];
    document.querySelectorAll('.flywheel-panel').forEach(p => {
      if (p.dataset.fwPanel === undefined) p.dataset.fwPanel = String(fw.nextPanel++);
      const img = figureOf(p);
      const h = p.querySelector('h3');
      const sliders = [];
      p.querySelectorAll('.flywheel-slider').forEach(s => {
        if (s.closest('.flywheel-panel') !== p) return;   // a panel inside this one
        if (s.dataset.fwSlider === undefined) s.dataset.fwSlider = String(fw.nextSlider++);
        const label = s.querySelector('.widget-label');
        const track = s.querySelector('.noUi-target') || s.querySelector('.slider-container');
        sliders.push({id: Number(s.dataset.fwSlider), label: label ? label.textContent.trim() : '',
                      value: fw.value(Number(s.dataset.fwSlider)), visible: visible(s),
                      track: track ? Math.round(track.getBoundingClientRect().width) : null});
      });
      panels.push({id: Number(p.dataset.fwPanel), title: h ? h.innerText.trim() : '',
                   visible: visible(p), img: img ? fw.imgId(img) : null, loaded: fw.loaded(img),
                   natural: img ? [img.naturalWidth, img.naturalHeight] : null,
                   reset: !!p.querySelector('.flywheel-reset'), sliders});
    });
    return panels;
  };
  // Widget outputs that have not been rendered yet, and visible figures not loaded yet.
  fw.pending = () => {
    let n = 0;
    document.querySelectorAll('[data-mime-type="application/vnd.jupyter.widget-view+json"]')
        .forEach(o => { if (!o.querySelector('.jupyter-widgets, .widget-box, .lm-Widget')) n++; });
    document.querySelectorAll('.flywheel-panel').forEach(p => {
      if (visible(p) && !fw.loaded(figureOf(p))) n++;
    });
    return n;
  };
  // Visible panels whose figure is loaded but blank (one flat colour).
  fw.blank = () => Array.from(document.querySelectorAll('.flywheel-panel'))
      .filter(p => visible(p) && fw.loaded(figureOf(p)) && !fw.hasContent(figureOf(p)))
      .map(p => { const h = p.querySelector('h3'); return h ? h.innerText.trim() : '(untitled)'; });
  // A visible panel not tagged yet, with its figure loaded (after a tab or a language change).
  fw.newPanel = () => Array.from(document.querySelectorAll('.flywheel-panel')).some(
      p => p.dataset.fwPanel === undefined && visible(p) && fw.loaded(figureOf(p)));

  // The next closed tab or accordion section (each offered once), tagged for a click; or null.
  fw.nextRevealTab = () => {
    const candidates = Array.from(document.querySelectorAll(
        '.jupyter-widget-TabPanel-tabBar .lm-TabBar-tab, .jupyter-widget-Collapse-header'));
    for (const el of candidates) {
      if (!visible(el) || el.dataset.fwRevealed) continue;
      const parent = el.parentElement;
      const open = el.classList.contains('lm-mod-current')
          || (parent && parent.classList.contains('jupyter-widget-Collapse-open'));
      if (open) { el.dataset.fwRevealed = 'open'; continue; }
      el.dataset.fwRevealed = '1';
      el.dataset.fwReveal = String(fw.nextReveal++);
      return {id: Number(el.dataset.fwReveal), label: el.innerText.trim()};
    }
    // A lesson picker (a drop-down): each option not shown yet, once.
    for (const sel of document.querySelectorAll('.flywheel-lesson-picker select')) {
      if (!visible(sel)) continue;
      const done = new Set((sel.dataset.fwDone || '').split('\n').filter(Boolean));
      done.add(sel.value);
      const next = Array.from(sel.options).find(o => !done.has(o.value));
      if (!next) { sel.dataset.fwDone = Array.from(done).join('\n'); continue; }
      done.add(next.value);
      sel.dataset.fwDone = Array.from(done).join('\n');
      sel.dataset.fwReveal = String(fw.nextReveal++);
      return {id: Number(sel.dataset.fwReveal), label: next.text.trim(), option: next.value};
    }
    return null;
  };
  // After a click on tab/section r: a new panel with its picture loaded, or else the opened
  // content shows something and nothing is pending (a section with a table, say).
  fw.revealed = r => {
    if (fw.newPanel()) return 'panel';
    const el = document.querySelector(`[data-fw-reveal="${r}"]`);
    if (!el) return false;
    let content = null;
    const collapse = el.closest('.jupyter-widget-Collapse');
    if (collapse) content = collapse.querySelector('.jupyter-widget-Collapse-contents');
    const tabs = el.closest('.jupyter-widget-TabPanel');
    if (tabs) {
      const stack = tabs.querySelector('.jupyter-widget-TabPanel-tabContents');
      content = stack ? Array.from(stack.children).find(visible) : null;
    }
    if (!content || !visible(content)) return false;
    const shows = content.innerText.trim() || content.querySelector('img, canvas, svg');
    return shows && fw.pending() === 0 ? 'content' : false;
  };
  // Text of every error shown on the page: cell errors/stderr, panel errors, widget failures.
  fw.errors = () => {
    const found = [];
    document.querySelectorAll(
        '[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output.jp-mod-error,'
        + ' .flywheel-error').forEach(el => {
      const text = el.innerText.trim();
      if (text) found.push(text.slice(0, 3000));
    });
    document.querySelectorAll('.jupyter-widgets, .jp-OutputArea-output').forEach(el => {
      const text = el.innerText || '';
      if (/Error displaying widget|Failed to (load|create) (model|view)/.test(text)
          && el.children.length < 3) found.push(text.trim().slice(0, 1000));
    });
    return Array.from(new Set(found));
  };
}
"""
