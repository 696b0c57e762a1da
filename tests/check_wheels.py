"""Does every dependency of the kit have a wheel for every platform its users have?

Run from anywhere (CI runs it in .ci/install_ways; it needs the package index, no compiler)::

    python tests/check_wheels.py            # every platform × Python 3.10–3.13
    python tests/check_wheels.py --quick    # one Python version per platform

For each platform and Python version, pip resolves README's requirements (the kit's own
dependencies from pyproject.toml included) with ``--only-binary=:all:`` and ``--dry-run``: a
dependency without a wheel there makes the resolution fail, which is what a learner on that
machine would meet as a failed source build. Prints one line per case; exits 1 if any fails.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None

REPO = Path(__file__).resolve().parent.parent
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
PLATFORMS = {  # pip expands each to the older compatible tags (macOS 11 takes 10.9 wheels, …)
    "Windows x64": ["win_amd64"],
    "macOS 11+ arm64": ["macosx_11_0_arm64"],
    "macOS 11+ x86_64": ["macosx_11_0_x86_64"],
    "Linux x86_64 (glibc 2.28)": [f"manylinux_2_{v}_x86_64" for v in range(28, 16, -1)]
    + ["manylinux2014_x86_64"],
    "Linux aarch64 (glibc 2.28)": [f"manylinux_2_{v}_aarch64" for v in range(28, 16, -1)]
    + ["manylinux2014_aarch64"],
}


def requirements() -> list[str]:
    """README's requirements.txt with the kit itself replaced by its own dependencies."""
    lines = [ln.split("#")[0].strip() for ln in (REPO / "requirements.txt").read_text().splitlines()]
    reqs = [ln for ln in lines if ln and ln not in (".", "-e .")]
    text = (REPO / "pyproject.toml").read_text()
    if tomllib is not None:
        deps = tomllib.loads(text)["project"]["dependencies"]
    else:
        block = re.search(r"dependencies = \[(.*?)\]", text, re.S).group(1)
        deps = re.findall(r'"([^"]+)"', block)
    return reqs + deps


def resolve(platforms: list[str], python: str, reqs: list[str]) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as target:
        cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
               "--only-binary=:all:", "--python-version", python, "--target", target,
               *[f"--platform={p}" for p in platforms], *reqs]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    lines = [ln for ln in proc.stderr.splitlines()
             if ln.strip() and not ln.startswith("WARNING: Location")]
    return proc.returncode == 0, (lines[-1] if lines else "")


def main(argv: list[str]) -> int:
    pythons = PYTHONS[-1:] if "--quick" in argv else PYTHONS
    reqs = requirements()
    print(f"requirements: {' '.join(reqs)}")
    failed = 0
    for name, platforms in PLATFORMS.items():
        for python in pythons:
            t0 = time.perf_counter()
            ok, why = resolve(platforms, python, reqs)
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name:28} Python {python}  "
                  f"({time.perf_counter() - t0:.0f} s){'' if ok else '  ' + why}", flush=True)
    print(f"{failed} of {len(PLATFORMS) * len(pythons)} cases without wheels for everything")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
