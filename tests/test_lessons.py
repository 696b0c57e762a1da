"""The lessons: built from their sources, in the house shape, linked in order, README map in sync."""
import json
import re
from pathlib import Path

import pytest

from flywheel_lib import lessons, notebook_build


ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
GERMAN = sorted((ROOT / "notebooks" / "de").glob("[0-9][0-9]_*.ipynb"))
SECTIONS = {  # what every teaching lesson contains (the start page and the dashboard are lighter)
    "goals": re.compile(r"learning goals", re.I),
    "panel": re.compile(r"panels\.build\("),
    "try this": re.compile(r"\*\*try this\*\*", re.I),
    "exercise": re.compile(r"\*\*exercise 2\.\*\*", re.I),
    "self-check": re.compile(r"exercises\.(ask|check_)"),
    "summary": re.compile(r"^#+ summary", re.I | re.M),
    "next": re.compile(r"\*\*next:?\*\*", re.I),
}


GERMAN_SECTIONS = {  # the same shape in the German lessons
    "goals": re.compile(r"lernziele", re.I),
    "panel": SECTIONS["panel"],
    "try this": re.compile(r"\*\*(probier|versuch)[^*]*\*\*", re.I),
    "exercise": re.compile(r"\*\*aufgabe 2\.?\*\*", re.I),
    "self-check": SECTIONS["self-check"],
    "summary": re.compile(r"^#+ (zusammenfassung|das wichtigste)", re.I | re.M),
    "next": re.compile(r"\*\*(weiter|als nächstes|wie es weitergeht)[^*]*\*\*", re.I),
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


@pytest.mark.parametrize("nb", NOTEBOOKS + GERMAN, ids=lambda p: p.parent.name + "/" + p.stem)
def test_links_point_to_existing_lessons_in_order(nb):
    text = "".join("".join(c["source"]) for c in cells(nb))
    for target in re.findall(r"\]\(([^)#]+\.ipynb)", text):
        assert (nb.parent / target).exists(), f"{nb.name} links to missing {target}"
    prev, nxt = lessons.neighbours(nb.stem)
    nav = "".join(cells(nb)[0]["source"])
    # a German lesson links to the German neighbour, or to the English one until it is translated
    for lesson in (prev, nxt):
        if lesson:
            assert f"({lesson.file})" in nav or f"(../{lesson.file})" in nav, (nb, lesson.file)
            if nb in GERMAN and (nb.parent / lesson.file).exists():
                assert f"({lesson.file})" in nav


@pytest.mark.parametrize("nb", [n for n in GERMAN if n.stem not in ("00_start_here", "10_presenter")],
                         ids=lambda p: p.stem)
def test_german_lesson_has_the_house_shape(nb):
    text = "\n".join("".join(c["source"]) for c in cells(nb))
    missing = [name for name, pattern in GERMAN_SECTIONS.items() if not pattern.search(text)]
    assert not missing, f"de/{nb.name} lacks: {', '.join(missing)}"


@pytest.mark.parametrize("nb", GERMAN, ids=lambda p: p.stem)
def test_german_lesson_has_every_cell_of_the_english_one(nb):
    """The same cells in the same order: every Markdown cell translated, every code cell there
    (the same code, or its German twin), every exercise asked."""
    english, german = cells(ROOT / "notebooks" / nb.name), cells(nb)
    assert [c["cell_type"] for c in german] == [c["cell_type"] for c in english]
    for e, g in zip(english, german):
        if e["cell_type"] == "markdown" and "".join(e["source"]).strip():
            assert "".join(g["source"]) != "".join(e["source"]) or "<!-- nav:" in "".join(
                e["source"]), f"de/{nb.name}: an untranslated cell: {''.join(e['source'])[:80]!r}"
        asks = re.findall(r"exercises\.ask\([^)]*\)", "".join(e["source"]))
        assert asks == re.findall(r"exercises\.ask\([^)]*\)", "".join(g["source"]))


@pytest.mark.parametrize("nb", [n for n in NOTEBOOKS if n.stem not in ("00_start_here", "10_presenter")],
                         ids=lambda p: p.stem)
def test_lesson_has_the_house_shape(nb):
    text = "\n".join("".join(c["source"]) for c in cells(nb))
    missing = [name for name, pattern in SECTIONS.items() if not pattern.search(text)]
    assert not missing, f"{nb.name} lacks: {', '.join(missing)}"


@pytest.mark.parametrize("nb", NOTEBOOKS + GERMAN, ids=lambda p: p.parent.name + "/" + p.stem)
def test_no_stale_outputs_and_no_backend_magic(nb):
    code = [c for c in cells(nb) if c["cell_type"] == "code"]
    # panels draw their own pictures (flywheel_lib.ui.frames): no matplotlib backend to select
    assert not any("%matplotlib" in "".join(c["source"]) for c in code)
    for c in code:
        src = "".join(c["source"])
        # a panel cell's still picture (tests/test_notebook_pictures.py) is the one other output
        outputs = [o for o in c["outputs"] if not notebook_build.is_picture(o)]
        if outputs:
            assert notebook_build.is_checked(c), "only checked cells keep outputs"
            assert all(o["output_type"] == "stream" for o in outputs)


def test_readme_lesson_map_lists_every_lesson():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lesson in lessons.available():
        assert f"(notebooks/{lesson.file})" in readme, f"README's map lacks {lesson.file}"


@pytest.mark.parametrize("nb", NOTEBOOKS + GERMAN, ids=lambda p: p.parent.name + "/" + p.stem)
def test_no_absolute_paths_or_downloads(nb):
    code = "\n".join("".join(c["source"]) for c in cells(nb) if c["cell_type"] == "code")
    for bad in ("/home/", "/work/", "/tmp/", "C:\\", "http://", "https://", "urlopen", "requests."):
        assert bad not in code, f"{nb.name}: {bad!r} in code (lessons must run offline, anywhere)"
