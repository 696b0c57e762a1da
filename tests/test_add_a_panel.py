"""CONTRIBUTING.md's "Add a panel", followed step by step in a temporary copy of the kit.

The panel file and the labels are taken from CONTRIBUTING.md as written; the new panel must be
found by the registry without any list being edited, and pass the panel and frame tests.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def block(marker: str) -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\s*```\w*\n(.*?)```", text, re.S)
    assert found, f"CONTRIBUTING.md has no block after <!-- {marker} -->"
    return found.group(1)


def test_add_a_panel_as_contributing_says(tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(ROOT / "flywheel_lib", kit / "flywheel_lib",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (kit / "tests").mkdir()
    for name in ("conftest.py", "pictures.py", "test_panels.py"):
        shutil.copy(ROOT / "tests" / name, kit / "tests" / name)
    # step 2: the panel's file; step 3: its labels
    (kit / "flywheel_lib" / "panels" / "coasting.py").write_text(block("add-a-panel:file"),
                                                                 encoding="utf-8")
    with open(kit / "flywheel_lib" / "labels.tsv", "a", encoding="utf-8") as table:
        table.write(block("add-a-panel:labels"))
    env = {**os.environ, "PYTHONPATH": str(kit), "MPLBACKEND": "Agg"}
    check = subprocess.run(
        [sys.executable, "-c",
         "import flywheel_lib, sys; from flywheel_lib import panels\n"
         "assert flywheel_lib.__file__.startswith(sys.argv[1]), flywheel_lib.__file__\n"
         "assert '12_coasting' in panels.ids(), panels.ids()\n"
         "p = panels.build('12_coasting'); p.set(speed=9.5)\n"
         "assert p.last_error is None, p.last_error\n"
         "assert p.frames.last_png.startswith(b'\\x89PNG')\n"
         "print(p.sliders['speed'].description)", str(kit)],
        cwd=kit, env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "Speed when let go" in check.stdout
    # step 5: the kit's own tests pick the new panel up
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
         "-k", "12_coasting", "tests/test_panels.py"],
        cwd=kit, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert re.search(r"\b([2-9]|\d\d+) passed", run.stdout), run.stdout[-500:]   # en + de/presenter
