"""Helpers for the real-browser test (tests/test_browser.py): servers, Chromium, and in-page probes.

Nothing here touches the network beyond 127.0.0.1. Servers are started as our own child processes
in their own session and stopped by that process id; Chromium is Debian's, driven by Playwright.
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
    # Offline: no name resolves except loopback, so nothing leaves the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


def find_chromium() -> str | None:
    """Debian's Chromium binary, or None when it is not installed."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


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
    """A server process we start (in its own session) and stop by its process id."""

    def __init__(self, name: str, argv: list[str], url: str, log: Path, cwd: Path,
                 env: dict | None = None):
        self.name, self.argv, self.url, self.log, self.cwd = name, argv, url, log, cwd
        self.env = {**os.environ, **(env or {})}
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90.0) -> "Server":
        self._log = open(self.log, "wb")
        self.proc = subprocess.Popen(self.argv, cwd=self.cwd, env=self.env, stdout=self._log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status < 500:
                        return self
            except urllib.error.HTTPError as e:
                if e.code < 500:
                    return self
            except OSError:
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer at {self.url} within {timeout:.0f} s:\n"
                           f"{self.log_tail()}")

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

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return "/".join(self.url.split("/")[:3])

    def request(self, method: str, path: str) -> object:
        req = urllib.request.Request(self.base + path, method=method)
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Shut down every kernel of this (Jupyter) server through its REST API."""
        for kernel in self.request("GET", "/api/kernels") or []:
            self.request("DELETE", f"/api/kernels/{kernel['id']}")


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


# --- in-page probes ------------------------------------------------------------------------------
# The notebook widget of JupyterLab (window.jupyterapp is exposed by --LabApp.expose_app_in_browser).
_LAB_FIND = r"""
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  let nb = null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.sessionContext && w.content && w.context.path.endsWith(name)) nb = w;
  }
"""

LAB_NOTEBOOK_READY_JS = "name => {" + _LAB_FIND + r"""
  return !!(nb && nb.context.isReady && nb.sessionContext.session
            && nb.sessionContext.session.kernel);
}"""

# Run all cells through JupyterLab's own command; the result lands in window.__fwRunDone.
LAB_RUN_ALL_JS = "async name => {" + _LAB_FIND + r"""
  app.shell.collapseLeft();
  app.shell.activateById(nb.id);
  await nb.sessionContext.ready;
  window.__fwRunDone = undefined;
  app.commands.execute('notebook:run-all-cells').then(
      r => { window.__fwRunDone = String(r); }, e => { window.__fwRunDone = 'error: ' + e; });
}"""

# The kernel is idle and no cell is queued or running.
LAB_IDLE_JS = "name => {" + _LAB_FIND + r"""
  if (!nb) return false;
  const kernel = nb.sessionContext.session && nb.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  return !Array.from(nb.node.querySelectorAll('.jp-InputPrompt')).some(
      p => p.textContent.includes('*'));
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

# Installed once per page; everything is reached through window.__fw.
PROBE_JS = r"""
() => {
  if (window.__fw) return;
  const fw = window.__fw = {keyT: null, snaps: {}, initial: {}, initialValue: {}, nextId: 0,
                            nextPanel: 0, nextRevealId: 0};
  document.addEventListener('keydown', () => { fw.keyT = performance.now(); }, true);
  // Note when an image is drawn into a canvas (ipympl paints each new frame with drawImage), so
  // that pixels are read only after a draw, not on every animation frame.
  fw.draws = 0;
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    const r = drawImage.apply(this, args);
    if (this.canvas) { this.canvas.__fwDrawT = performance.now(); fw.draws++; }
    return r;
  };
  const visible = el => !!(el && el.offsetParent !== null && el.getClientRects().length);
  fw.mainCanvases = root => Array.from(root.querySelectorAll(
      '.jupyter-matplotlib-canvas-div > canvas:first-of-type'));
  fw.pixels = c => {
    if (!c.width || !c.height) return null;
    return new Uint32Array(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.buffer);
  };
  fw.hasContent = c => {  // drawn, and not one flat colour
    const p = fw.pixels(c);
    if (!p) return false;
    const first = p[0];
    for (let i = 1; i < p.length; i += 7) if (p[i] !== first) return true;
    return false;
  };
  fw.same = (a, b) => {
    if (!a || !b || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  fw.slider = i => document.querySelector(`[data-fw-slider="${i}"]`);
  // The panel of a slider: its .flywheel-panel, else the nearest ancestor holding a plot.
  fw.panelOf = i => {
    const s = fw.slider(i);
    if (!s) return null;
    let panel = s.closest('.flywheel-panel');
    if (!panel) {
      panel = s.parentElement;
      while (panel && !panel.querySelector('.jupyter-matplotlib')) panel = panel.parentElement;
    }
    return panel;
  };
  fw.canvasesOf = i => { const p = fw.panelOf(i); return p ? fw.mainCanvases(p) : []; };
  fw.value = i => {
    const s = fw.slider(i);
    const h = s && s.querySelector('.noUi-handle');
    const r = s && s.querySelector('.widget-readout');
    return (h ? h.getAttribute('aria-valuenow') : '') + ' | ' + (r ? r.innerText.trim() : '');
  };
  // Tag every flywheel slider (new ones get new ids) and describe them.
  fw.scan = () => {
    const out = [];
    document.querySelectorAll('.flywheel-slider').forEach(s => {
      if (s.dataset.fwSlider === undefined) s.dataset.fwSlider = String(fw.nextId++);
      const i = Number(s.dataset.fwSlider);
      const label = s.querySelector('.widget-label');
      const panel = fw.panelOf(i);
      if (panel && panel.dataset.fwPanel === undefined) panel.dataset.fwPanel = String(fw.nextPanel++);
      const track = s.querySelector('.noUi-target') || s.querySelector('.slider-container');
      out.push({id: i, label: label ? label.textContent.trim() : '', value: fw.value(i),
                track: track ? Math.round(track.getBoundingClientRect().width) : null,
                visible: visible(s), canvases: fw.canvasesOf(i).length,
                panel: panel ? Number(panel.dataset.fwPanel) : -1});
    });
    return out;
  };
  fw.grab = i => fw.canvasesOf(i).map(fw.pixels);
  fw.snap = i => { fw.snaps[i] = fw.grab(i); fw.snapDraws = fw.draws; return true; };
  fw.diff = (i, which) => {  // pixels that differ from a snapshot, per canvas
    const before = (which === 'initial' ? fw.initial[i] : fw.snaps[i]) || [];
    return fw.grab(i).map((p, k) => {
      const b = before[k];
      if (!p || !b || p.length !== b.length) return -1;
      let n = 0;
      for (let j = 0; j < p.length; j++) if (p[j] !== b[j]) n++;
      return n;
    });
  };
  // Each slider's first value; a panel's reference picture at its start values (see below).
  fw.refPics = new Map();
  fw.snapInitial = i => { fw.initialValue[i] = fw.value(i); return true; };
  // The picture a panel shows the first time it is back at its start values becomes its reference
  // (not the picture at page load: constrained layout may shift the axes once after the first
  // redraw). Returns true when it was stored now, false when a reference exists already.
  fw.storeRef = i => {
    const panel = fw.panelOf(i);
    if (fw.refPics.has(panel)) { fw.initial[i] = fw.refPics.get(panel); return false; }
    fw.refPics.set(panel, fw.grab(i));
    fw.initial[i] = fw.refPics.get(panel);
    return true;
  };
  fw.firstPicture = new Map();
  fw.snapFirst = i => {  // the picture at page load, for the layout-shift note
    const panel = fw.panelOf(i);
    if (!fw.firstPicture.has(panel)) fw.firstPicture.set(panel, fw.grab(i));
    return true;
  };
  fw.diffFirst = i => {
    const first = fw.firstPicture.get(fw.panelOf(i)) || [];
    return fw.grab(i).map((p, k) => {
      const b = first[k];
      if (!p || !b || p.length !== b.length) return -1;
      let n = 0;
      for (let j = 0; j < p.length; j++) if (p[j] !== b[j]) n++;
      return n;
    });
  };
  fw.waitValue = (i, value, timeoutMs) => poll(() => fw.value(i) === value, timeoutMs)
      .then(t => t !== null);
  const differs = (now, before) => now.length !== before.length
      || now.some((p, k) => !fw.same(p, before[k]));
  const poll = (test, timeoutMs) => new Promise(resolve => {
    const t0 = performance.now();
    const tick = () => {
      const t = performance.now();
      if (test(t)) return resolve(t);
      if (t - t0 > timeoutMs) return resolve(null);
      requestAnimationFrame(tick);
    };
    tick();
  });
  // Resolve when the slider's plot differs from the last snapshot (checked every frame);
  // ms = time since the last key press.
  fw.waitChange = async (i, timeoutMs) => {
    let seen = fw.snapDraws, drawT = null, looked = performance.now();
    const t = await poll(now => {
      // Read pixels after a draw (or twice a second, in case a canvas is painted another way).
      if (fw.draws === seen && now - looked < 500) return false;
      seen = fw.draws;
      looked = now;
      const canvases = fw.canvasesOf(i);
      const before = fw.snaps[i] || [];
      if (!differs(canvases.map(fw.pixels), before)) return false;
      drawT = Math.max(...canvases.map(c => c.__fwDrawT || 0));
      return true;
    }, timeoutMs);
    if (t === null) return {changed: false, ms: null};
    const at = drawT || t;
    return {changed: true, ms: fw.keyT === null ? null : at - fw.keyT};
  };
  // Resolve true once the slider shows its first value and the plot its first picture again
  // (up to maxShare of its pixels may differ: ipympl paints diff frames over the last one, so
  // anti-aliased edges need not come back bit for bit).
  fw.waitInitial = async (i, timeoutMs, maxShare) => {
    let seen = -1, looked = 0;
    const t = await poll(now => {
      if (fw.value(i) !== fw.initialValue[i]) return false;
      if (fw.draws === seen && now - looked < 500) return false;
      seen = fw.draws;
      looked = now;
      const sizes = fw.canvasesOf(i).map(c => c.width * c.height);
      return fw.diff(i, 'initial').every((n, k) => n >= 0 && n <= maxShare * sizes[k]);
    }, timeoutMs);
    return t !== null;
  };
  // Resolve once the plot has not changed for quietMs (or after timeoutMs).
  fw.waitStable = async (i, quietMs, timeoutMs) => {
    let last = fw.grab(i), since = performance.now();
    const t = await poll(now => {
      const cur = fw.grab(i);
      if (differs(cur, last)) { last = cur; since = now; }
      return now - since >= quietMs;
    }, timeoutMs);
    return t !== null;
  };
  // Resolve once no canvas on the page has been drawn into for quietMs (or after timeoutMs).
  fw.waitAllStable = async (quietMs, timeoutMs) => {
    let seen = fw.draws, since = performance.now();
    const t = await poll(now => {
      if (fw.draws !== seen) { seen = fw.draws; since = now; }
      return now - since >= quietMs;
    }, timeoutMs);
    return t !== null;
  };
  // PNG data URLs of a slider's canvases: 'now', or a stored snapshot ('initial' / 'snap').
  fw.png = (i, which) => {
    const canvases = fw.canvasesOf(i);
    const stored = which === 'initial' ? fw.initial[i] : which === 'snap' ? fw.snaps[i] : null;
    return canvases.map((c, k) => {
      if (!stored) return c.toDataURL('image/png');
      const px = stored[k];
      if (!px) return null;
      const out = document.createElement('canvas');
      out.width = c.width; out.height = c.height;
      const img = new ImageData(new Uint8ClampedArray(px.buffer.slice(0)), c.width, c.height);
      out.getContext('2d').putImageData(img, 0, 0);
      return out.toDataURL('image/png');
    });
  };
  // Visible panels whose plot sticks out of the space the page gives them (cut off or scrolled).
  fw.clipped = () => {
    const out = [];
    document.querySelectorAll('.flywheel-panel').forEach(panel => {
      if (!visible(panel)) return;
      const box = panel.closest('.jp-OutputArea-output') || panel.parentElement || document.body;
      const room = box.getBoundingClientRect().right;
      fw.mainCanvases(panel).forEach(c => {
        const over = Math.round(c.getBoundingClientRect().right - room);
        if (visible(c) && over > 1) {
          const h = panel.querySelector('h3');
          out.push({panel: h ? h.innerText.trim() : '', canvas_px: c.width, overflow_px: over});
        }
      });
    });
    return out;
  };
  fw.canvasState = () => fw.mainCanvases(document).map(c => ({
      w: c.width, h: c.height, visible: visible(c), content: fw.hasContent(c)}));
  // The next closed tab or accordion section (each offered once), tagged for a click; or null.
  fw.nextReveal = () => {
    const candidates = Array.from(document.querySelectorAll(
        '.jupyter-widget-TabPanel-tabBar .lm-TabBar-tab, .jupyter-widget-Collapse-header'));
    for (const el of candidates) {
      if (!visible(el) || el.dataset.fwRevealed) continue;
      const open = el.classList.contains('lm-mod-current')
          || (el.parentElement && el.parentElement.classList.contains('jupyter-widget-Collapse-open'));
      if (open) { el.dataset.fwRevealed = 'open'; continue; }
      el.dataset.fwRevealed = '1';
      el.dataset.fwReveal = String(fw.nextRevealId++);
      return Number(el.dataset.fwReveal);
    }
    return null;
  };
  fw.revealLabel = i => {
    const el = document.querySelector(`[data-fw-reveal="${i}"]`);
    return el ? el.innerText.trim() : '';
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
