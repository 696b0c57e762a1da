"""A read-only install works (issue 15): with the kit's folder and the home folder not writable —
a read-only container, a service user — every panel builds, lessons 00, 04, 09 and 10 run top to
bottom, the Save buttons say which folder they could not write and how to set
``FLYWHEEL_USER_DIR``, and nothing is ever written inside the kit.

The kit is copied (its git files) into a temporary folder, and the copy and a fake home folder
are made read-only (``chmod -R a-w``). Root may write anywhere, so the kit runs in a subprocess
that may not:

* as root: as the user ``nobody`` (uid/gid 65534) — if ``nobody`` can run this Python (an
  interpreter under ``/root``, e.g. pyenv's, it cannot); else still as root but without the
  capabilities that override permission bits (``CAP_DAC_OVERRIDE``, ``CAP_DAC_READ_SEARCH`` …,
  dropped from the bounding set before ``exec``), so the read-only bits bind it like any owner;
* as another user: as that user (the copy's permission bits bind its owner already).

Where none of this works (Windows, a root that may not change its user or capabilities) the
tests are skipped, saying why.

The subprocess gets a clean environment: ``HOME`` (the read-only fake home), ``PYTHONPATH`` (the
copy), ``PATH`` and ``LANG``; no ``FLYWHEEL_USER_DIR``, no ``MPLCONFIGDIR`` (matplotlib warns and
falls back to a temporary folder by itself) and no ``IPYTHONDIR`` (IPython does the same). What the
platform gives a kernel — not the kit's business — is set too: ``TMPDIR`` (a writable ``/tmp``,
as every container has; here a scratch folder, so that nothing is left behind: IPython's fallback
folders stay) and ``JUPYTER_RUNTIME_DIR`` (a Jupyter server keeps its files there, under the home
by default; nbclient's kernel manager, jupyter_client 8, actually writes its connection file with
``tempfile.mkstemp``, so these lessons also run without it).
"""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534
LESSONS = ("00_start_here", "04_amazon_flywheel", "09_build_your_own", "10_presenter")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs POSIX users and permission bits")


# ------------------------------------------------------------------------------------------------
# The read-only kit, the read-only home and the user who runs them
# ------------------------------------------------------------------------------------------------
def kit_files() -> list[str]:
    """The kit's files: what git knows in the checkout (also new files not yet committed)."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot list the kit's files with git: {exc}")
    return [f for f in out.stdout.decode().split("\0") if f and (ROOT / f).is_file()]


def read_only(folder: Path) -> None:
    """``chmod -R a-w folder``."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)


def listing(folder: Path) -> dict:
    """Every entry below ``folder`` (and the folder itself) with its kind, size and mtime: a file
    made, changed or removed — also one made and removed again — changes the listing."""
    out = {}
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        out[str(path.relative_to(folder))] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns,
                                              stat.S_IMODE(st.st_mode))
    return out


def changes(before: dict, after: dict) -> list[str]:
    return sorted([f"new: {k}" for k in after.keys() - before.keys()]
                  + [f"gone: {k}" for k in before.keys() - after.keys()]
                  + [f"changed: {k}" for k in before.keys() & after.keys()
                     if before[k] != after[k]])


#: Linux capabilities that let root ignore permission bits: CHOWN, DAC_OVERRIDE,
#: DAC_READ_SEARCH, FOWNER, FSETID, LINUX_IMMUTABLE.
_DAC_CAPS = (0, 1, 2, 3, 4, 9)
_PR_CAPBSET_DROP = 24


def _drop_dac_capabilities() -> None:   # (runs in the child between fork and exec)
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _DAC_CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl(PR_CAPBSET_DROP, {cap})")


def unprivileged() -> tuple[str, dict]:
    """How to run a subprocess that permission bits bind: a description and Popen's keywords;
    skips the module when there is no way."""
    if os.geteuid() != 0:
        return f"as uid {os.geteuid()} (not root)", {}
    as_nobody = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    try:
        subprocess.run([sys.executable, "-c", "0"], check=True, capture_output=True, timeout=60,
                       **as_nobody)
        return f"as nobody (uid {NOBODY})", as_nobody
    except (OSError, subprocess.SubprocessError) as exc:
        why = f"nobody cannot run {sys.executable} ({exc})"
    if not sys.platform.startswith("linux"):
        pytest.skip(f"running as root and {why}")
    import ctypes  # noqa: F401  (loaded before the fork)
    no_caps = {"preexec_fn": _drop_dac_capabilities}
    try:
        subprocess.run([sys.executable, "-c", "0"], check=True, capture_output=True, timeout=60,
                       **no_caps)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"running as root; {why}, and root may not drop its capabilities ({exc})")
    return f"as root without the capabilities that override permission bits ({why})", no_caps


class ReadOnlyInstall:
    """The copy of the kit, the fake home, scratch folders for the platform's runtime files, and
    a way to run Python that the permission bits bind."""

    def __init__(self, root: Path):
        self.how, self.drop = unprivileged()
        self.root = root
        self.kit, self.home, self.scratch = root / "kit", root / "home", root / "scratch"
        for name in kit_files():
            target = self.kit / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
        self.home.mkdir()
        for name in ("runtime", "tmp", "writable"):
            (self.scratch / name).mkdir(parents=True, mode=0o700)
        if "user" in self.drop:
            for path in [self.scratch, *self.scratch.iterdir()]:
                os.chown(path, NOBODY, NOBODY)
        read_only(self.kit)
        read_only(self.home)
        self.before = {"kit": listing(self.kit), "home": listing(self.home)}

    @property
    def env(self) -> dict:
        return {"HOME": str(self.home), "PYTHONPATH": str(self.kit), "LANG": "C.UTF-8",
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"]),
                # the platform's part (a writable /tmp, a place for the kernel's connection file):
                "TMPDIR": str(self.scratch / "tmp"),
                "JUPYTER_RUNTIME_DIR": str(self.scratch / "runtime")}

    def start(self, code: str, *args: str) -> subprocess.Popen:
        """Start ``code`` unprivileged, in the kit's read-only ``notebooks`` folder."""
        return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args],
                                cwd=self.kit / "notebooks", env=self.env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, **self.drop)

    def result(self, proc: subprocess.Popen, what: str, timeout: float = 180) -> dict:
        """The JSON line ``proc`` printed last (with its stderr)."""
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
        assert proc.returncode == 0, \
            f"{what}: exit {proc.returncode}\n{stdout[-3000:]}\n{stderr[-6000:]}"
        return {**json.loads(stdout.strip().splitlines()[-1]), "stderr": stderr}

    def python(self, code: str, *args: str, timeout: float = 180) -> dict:
        return self.result(self.start(code, *args), code.strip().splitlines()[0], timeout)

    def assert_nothing_written(self) -> None:
        for name, folder in (("kit", self.kit), ("home", self.home)):
            found = changes(self.before[name], listing(folder))
            assert not found, f"written inside the read-only {name}: {found[:20]}"


@pytest.fixture(scope="module")
def install():
    root = Path(tempfile.mkdtemp(prefix="flywheel-readonly-"))
    root.chmod(0o755)   # (mkdtemp makes it private; the user nobody must reach the copy)
    try:
        yield ReadOnlyInstall(root)
    finally:
        for path in [root, *root.rglob("*")]:    # writable again, so it can be removed
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(root, ignore_errors=True)


def test_the_copy_and_home_really_are_read_only(install):
    probe = """
        import json, os, sys
        writable = []
        for folder in sys.argv[1:]:
            try:
                flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
                os.close(os.open(os.path.join(folder, ".probe"), flags))
            except OSError:
                continue
            os.unlink(os.path.join(folder, ".probe"))
            writable.append(folder)
        print(json.dumps({"writable": writable, "uid": os.getuid()}))
    """
    folders = [install.kit, install.kit / "flywheel_lib", install.kit / "notebooks",
               install.kit / "data", install.home]
    found = install.python(probe, *map(str, folders))
    assert found["writable"] == [], f"writable {install.how}: the test would prove nothing"


# ------------------------------------------------------------------------------------------------
# Panels: all build; Save says where it could not write, loses nothing, and works once told
# ------------------------------------------------------------------------------------------------
PANELS = """
    import html, json, os, sys
    import flywheel_lib as fw
    import matplotlib.pyplot as plt
    from flywheel_lib import panels
    from flywheel_lib.models import own_flywheel

    kit, writable = sys.argv[1], sys.argv[2]
    out = {"module": fw.__file__, "mplconfig": __import__("matplotlib").get_configdir(),
           "panels": {}}

    def click_both(panel):
        before = (dict(panel.values), panel.last_result, panel.updates)
        said = []
        for button in (panel.save_figure_button, panel.save_numbers_button):
            button.click()
            said.append(html.unescape(panel.saved_box.value))
        kept = before == (dict(panel.values), panel.last_result, panel.updates)
        return said, kept and panel.last_error is None and not panel.error_box.value

    for language, ids in (("en", panels.ids()), ("de", ["01_aida", "09_build_your_own"])):
        fw.set_language(language)
        for pid in ids:
            panel = panels.build(pid)
            built = repr(panel.last_error) if panel.last_error else None
            panel.set(**{c.name: c.max for c in panel.controls[:1]})   # the learner's own state
            said, kept = click_both(panel)
            out["panels"][f"{pid}/{language}"] = {"error": built, "said": said, "kept": kept}
            if not (pid == "09_build_your_own" and language == "en"):
                plt.close(panel.fig)
            else:
                byo = panel

    fw.set_language("en")
    try:
        own_flywheel.save(byo.flywheel)
    except own_flywheel.FlywheelError as err:
        out["save"] = {"error": type(err).__name__, "message": str(err),
                       "permission": isinstance(err, PermissionError)}
    # the hint works at once, as a notebook's %env would set it: no restart, nothing rebuilt
    os.environ["FLYWHEEL_USER_DIR"] = writable
    out["after_hint"], out["after_hint_kept"] = click_both(byo)
    out["after_hint_save"] = str(own_flywheel.save(byo.flywheel))
    print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def panel_run(install):
    return install.python(PANELS, str(install.kit), str(install.scratch / "writable"))


def test_the_kit_runs_from_the_read_only_copy(install, panel_run):
    assert Path(panel_run["module"]).resolve().is_relative_to(install.kit)
    assert not Path(panel_run["mplconfig"]).resolve().is_relative_to(install.home)


def test_every_panel_builds_and_save_says_which_folder_and_what_to_do(install, panel_run):
    from flywheel_lib import panels
    exports = install.home / "flywheel_kit" / "exports"
    assert {k.split("/")[0] for k in panel_run["panels"]} == set(panels.ids())
    for key, found in panel_run["panels"].items():
        assert found["error"] is None, f"{key}: {found['error']}"
        assert found["kept"], f"{key}: a failed save changed the panel"
        words = "Konnte nicht in den Ordner" if key.endswith("/de") else "Could not write"
        for message in found["said"]:
            assert words in message, f"{key}: {message}"
            assert str(exports) in message, f"{key}: the folder is not named: {message}"
            assert "%env FLYWHEEL_USER_DIR=" in message, f"{key}: {message}"
    install.assert_nothing_written()


def test_saving_a_flywheel_raises_the_kits_error_with_the_hint(install, panel_run):
    found = panel_run["save"]
    assert found["error"] == "NotSaved" and found["permission"]
    assert str(install.home / "flywheel_kit" / "flywheels") in found["message"]
    assert "FLYWHEEL_USER_DIR" in found["message"]
    install.assert_nothing_written()


def test_once_told_a_writable_folder_the_same_panel_saves(install, panel_run):
    writable = install.scratch / "writable"
    said, kept = panel_run["after_hint"], panel_run["after_hint_kept"]
    assert kept and all(m.startswith("<small>Saved: ") for m in said), said
    assert len(list((writable / "exports").glob("09_build_your_own_*"))) == 3  # png, svg, csv
    assert Path(panel_run["after_hint_save"]) == writable / "flywheels" / "local_shop.json"
    install.assert_nothing_written()


# ------------------------------------------------------------------------------------------------
# Lessons top to bottom, with a Jupyter kernel run by that user
# ------------------------------------------------------------------------------------------------
LESSON = """
    import json, sys, time
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = sys.argv[1]
    start = time.perf_counter()
    # Twelve kernels start at once here.  jupyter_client picks each kernel's free TCP ports before
    # the kernel binds them, so two kernels can pick the same port and one dies before it answers
    # ("Address already in use"; jupyter/jupyter_client#154, nteract/papermill#511).  A learner
    # starts one kernel at a time.  A kernel that died *starting* is started again (at most
    # twice); nothing else is retried.
    for attempt in range(3):
        nb = nbformat.read(path, as_version=4)
        try:
            NotebookClient(nb, timeout=120, kernel_name="python3",
                           resources={"metadata": {"path": "."}}).execute()
            error = None
        except CellExecutionError as exc:
            error = str(exc)[-3000:]
        except RuntimeError as exc:
            if "before replying to kernel_info" not in str(exc) or attempt == 2:
                raise
            time.sleep(1 + attempt)
            continue
        break
    printed = ["".join(o.get("text", "") for o in c.get("outputs", []) if o.get("name") == "stdout")
               for c in nb.cells if c.cell_type == "code"]
    print(json.dumps({"error": error, "printed": printed,
                      "seconds": round(time.perf_counter() - start, 1)}))
"""


@pytest.fixture(scope="module")
def lesson_runs(install):
    """Every lesson at once (one kernel each), run unprivileged."""
    running = {stem: install.start(LESSON, f"{stem}.ipynb") for stem in LESSONS}
    return {stem: install.result(proc, stem) for stem, proc in running.items()}


@pytest.mark.parametrize("stem", LESSONS)
def test_lesson_runs_top_to_bottom(install, lesson_runs, stem):
    run = lesson_runs[stem]
    assert run["error"] is None, f"{stem}:\n{run['error']}\n--- stderr:\n{run['stderr'][-3000:]}"
    install.assert_nothing_written()


def test_lesson_09_says_where_it_could_not_save(install, lesson_runs):
    printed = "\n".join(lesson_runs["09_build_your_own"]["printed"])
    assert "yoga_studio.json: Could not write to the folder" in printed
    assert str(install.home / "flywheel_kit" / "flywheels") in printed
    assert "%env FLYWHEEL_USER_DIR=" in printed
    assert "saved as" not in printed


# ------------------------------------------------------------------------------------------------
# In this process: the messages themselves
# ------------------------------------------------------------------------------------------------
@pytest.fixture
def blocked(tmp_path, monkeypatch):
    """A user folder that cannot be made, even by root: a file stands where its parent would."""
    (tmp_path / "a_file").write_text("not a folder")
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "a_file" / "mine"))
    return tmp_path / "a_file" / "mine"


def test_a_panel_answers_in_the_language_it_was_built_in(blocked):
    import matplotlib.pyplot as plt
    import flywheel_lib as fw
    from flywheel_lib import panels
    fw.set_language("de")
    panel = panels.build("01_aida")
    fw.set_language("en")
    try:
        panel.save_numbers_button.click()
        message = panel.saved_box.value
        assert "Konnte nicht in den Ordner" in message and str(blocked / "exports") in message
        assert "%env FLYWHEEL_USER_DIR=/tmp/my_flywheels" in message
        assert panel.error_box.value == "" and panel.last_error is None
    finally:
        plt.close(panel.fig)


def test_a_read_only_file_system_is_named(tmp_path, monkeypatch):
    import errno
    import matplotlib.pyplot as plt
    from flywheel_lib import panels, userdir

    def read_only_fs(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "mine"))
    monkeypatch.setattr(Path, "mkdir", read_only_fs)
    panel = panels.build("09_build_your_own")
    try:
        values = dict(panel.values)
        panel.save_figure_button.click()
        message = panel.saved_box.value
        assert "read-only file system" in message and str(tmp_path / "mine" / "exports") in message
        assert "FLYWHEEL_USER_DIR" in message and panel.values == values
    finally:
        plt.close(panel.fig)
    assert userdir.problem_of(OSError(errno.EROFS, "x", "/ro/file.png")).folder == Path("/ro")
    assert userdir.problem_of(FileExistsError(errno.EEXIST, "x", "/a/b")) is None
    assert userdir.problem_of(OSError(errno.EACCES, "x")) is None    # (no folder to name)


def test_saving_a_flywheel_raises_the_kits_error(blocked):
    from flywheel_lib import userdir
    from flywheel_lib.models import own_flywheel
    wheel = own_flywheel.example("local_shop")
    for folder, where in ((None, blocked / "flywheels"), (blocked / "own", blocked / "own")):
        with pytest.raises(own_flywheel.FlywheelError) as info:
            own_flywheel.save(wheel, folder=folder)
        err = info.value
        assert isinstance(err, PermissionError) and isinstance(err, userdir.NotWritable)
        assert err.folder == where and str(where) in str(err)
        assert str(err).startswith("local_shop.json: Could not write to the folder")
        assert "%env FLYWHEEL_USER_DIR=" in str(err)
        assert "Konnte nicht" in err.message("de")
    assert not blocked.parent.joinpath("mine").exists()


def test_the_user_folder_is_looked_up_only_when_saving(monkeypatch, tmp_path):
    """A relative or a kit folder in FLYWHEEL_USER_DIR builds every panel; the Save button says
    what is wrong with it."""
    import matplotlib.pyplot as plt
    from flywheel_lib import panels, userdir
    for value, words in (("relative/folder", "a relative path"),
                         (str(userdir.kit_folders()[0] / "mine"), "inside the kit")):
        monkeypatch.setenv("FLYWHEEL_USER_DIR", value)
        panel = panels.build("01_aida")
        try:
            assert panel.last_error is None
            panel.save_figure_button.click()
            assert words in panel.saved_box.value and "FLYWHEEL_USER_DIR" in panel.saved_box.value
        finally:
            plt.close(panel.fig)
