"""The lessons: built from their sources, in the house shape, linked in order, README map in sync."""
import json
import re
from pathlib import Path

import pytest

from flywheel_lib import lessons, notebook_build


ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SECTIONS = {  # what every teaching lesson contains (the start page and the dashboard are lighter)
    "goals": re.compile(r"learning goals", re.I),
    "panel": re.compile(r"panels\.build\("),
    "try this": re.compile(r"\*\*try this\*\*", re.I),
    "exercise": re.compile(r"\*\*exercise 2\.\*\*", re.I),
    "self-check": re.compile(r"exercises\.(ask|check_)"),
    "summary": re.compile(r"^#+ summary", re.I | re.M),
    "next": re.compile(r"\*\*next:?\*\*", re.I),
}


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_notebooks_are_built_from_their_sources():
    assert notebook_build.main(["--check"]) == 0, "run: python -m flywheel_lib.notebook_build"


def test_every_notebook_has_a_source_and_a_place_in_the_map():
    stems = {lesson.stem for lesson in lessons.LESSONS}
    for nb in NOTEBOOKS:
        assert nb.stem in stems, f"{nb.name} is not in flywheel_lib.lessons.LESSONS"
        assert (ROOT / "notebooks" / "src" / f"{nb.stem}.py").exists(), f"{nb.name} has no source"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_links_point_to_existing_lessons_in_order(nb):
    text = "".join("".join(c["source"]) for c in cells(nb))
    for target in re.findall(r"\]\(([^)#]+\.ipynb)", text):
        assert (ROOT / "notebooks" / target).exists(), f"{nb.name} links to missing {target}"
    prev, nxt = lessons.neighbours(nb.stem)
    nav = "".join(cells(nb)[0]["source"])
    if prev:
        assert f"({prev.file})" in nav
    if nxt:
        assert f"({nxt.file})" in nav


@pytest.mark.parametrize("nb", [n for n in NOTEBOOKS if n.stem not in ("00_start_here", "10_presenter")],
                         ids=lambda p: p.stem)
def test_lesson_has_the_house_shape(nb):
    text = "\n".join("".join(c["source"]) for c in cells(nb))
    missing = [name for name, pattern in SECTIONS.items() if not pattern.search(text)]
    assert not missing, f"{nb.name} lacks: {', '.join(missing)}"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_stale_outputs_and_no_backend_magic(nb):
    code = [c for c in cells(nb) if c["cell_type"] == "code"]
    # panels draw their own pictures (flywheel_lib.ui.frames): no matplotlib backend to select
    assert not any("%matplotlib" in "".join(c["source"]) for c in code)
    for c in code:
        src = "".join(c["source"])
        # a panel cell's still picture (tests/test_notebook_pictures.py) is the one other output
        outputs = [o for o in c["outputs"] if not notebook_build.is_picture(o)]
        if outputs:
            assert src.startswith("# NBVAL_CHECK_OUTPUT"), "only checked cells keep outputs"
            assert all(o["output_type"] == "stream" for o in outputs)


def test_readme_lesson_map_lists_every_lesson():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lesson in lessons.available():
        assert f"(notebooks/{lesson.file})" in readme, f"README's map lacks {lesson.file}"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_absolute_paths_or_downloads(nb):
    code = "\n".join("".join(c["source"]) for c in cells(nb) if c["cell_type"] == "code")
    for bad in ("/home/", "/work/", "/tmp/", "C:\\", "http://", "https://", "urlopen", "requests."):
        assert bad not in code, f"{nb.name}: {bad!r} in code (lessons must run offline, anywhere)"
