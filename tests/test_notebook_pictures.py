"""The panel pictures stored in the notebooks and the gallery show what the panels draw now.

A notebook opened without a kernel (GitHub, nbviewer, an HTML export, JupyterLab before a cell
runs) shows, for every panel cell, the still picture that ``python -m flywheel_lib.notebook_build``
stored. These tests run every lesson's code in this process, as the builder does, and compare
each stored picture with the panel drawn now at its start values.

**The tolerance.** A stored picture passes when it has the same size and at most
:data:`MAX_SHARE` (0.05 %) of its pixels differ by more than :data:`LEVELS` (32 of 255) in some
channel. What it must catch and what it may let pass, measured on the eleven panels:

* One step of one slider changes 0.3–2.4 % of the pixels in ten panels, and 0.1 % in the AIDA
  panel when the number of people reached moves (only the numbers in the bars change). Only the
  AIDA panel's *action* rate, one step (a two-pixel bar: 0.012 %), passes — the one change this
  test cannot see. (The 0.5 % that first came to mind would miss the AIDA numbers, and one step
  of 02's churn and 04's map.)
* The same matplotlib and FreeType draw identical pixels on every platform (Agg and the FreeType
  bundled in matplotlib's wheels): the tolerance is a margin for a stray anti-aliased pixel.
* Another matplotlib or FreeType release moves glyph edges everywhere (3.10 with FreeType 2.6.1
  against 3.11 with 2.14.3: 2–13 % of the pixels). No tolerance can tell that from a real change,
  so the pixels are compared only when the pictures were drawn with the same releases (each
  picture records them); otherwise the comparison is skipped with a note to redraw them.
"""
from __future__ import annotations

import base64
import functools
import json
import re
import struct
from pathlib import Path

import numpy as np
import pytest

from flywheel_lib import lessons, notebook_build, panels

ROOT = Path(__file__).resolve().parent.parent
STEMS = sorted(p.stem for p in notebook_build.SRC.glob("*.py"))
FIX = "run: python -m flywheel_lib.notebook_build"
#: a pixel differs when one of its channels differs by more than this many levels (of 255)
LEVELS = 32
#: the share of pixels that may differ (a stray anti-aliased pixel; see above)
MAX_SHARE = 0.0005
#: all files under notebooks/ together (sources and built notebooks with their pictures)
MAX_NOTEBOOK_BYTES = 10_000_000
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@functools.lru_cache(maxsize=None)
def fresh(stem: str) -> dict[int, dict]:
    """The pictures drawn now for lesson ``stem``'s panel cells, by source cell index."""
    return notebook_build.draw_pictures(stem)


def stored_cells(stem: str) -> list[dict]:
    """The stored notebook's cells that come from the source (the navigation cells left out)."""
    cells = json.loads((lessons.NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    return cells[1:-1]


def same_drawing(picture: dict) -> None:
    """Skip when ``picture`` was drawn by another matplotlib or FreeType release than this one."""
    then = {k: picture["metadata"][notebook_build.PICTURE_KEY].get(k) for k in
            ("matplotlib", "freetype")}
    now = notebook_build.drawn_with()
    if then != now:
        pytest.skip(f"the pictures were drawn with matplotlib {then['matplotlib']} (FreeType "
                    f"{then['freetype']}), this is {now['matplotlib']} ({now['freetype']}): "
                    f"glyphs differ, pixels are not compared; to redraw them, {FIX}")


def stored_pictures(stem: str) -> dict[int, list[dict]]:
    return {i: found for i, cell in enumerate(stored_cells(stem))
            if (found := [o for o in cell.get("outputs", []) if notebook_build.is_picture(o)])}


def decode(picture: dict) -> np.ndarray:
    return notebook_build.pixels(base64.b64decode(picture["data"]["image/png"]))


def difference(stored: np.ndarray, now: np.ndarray) -> str | None:
    """Why two pictures are not the same (None when they are, within the tolerance)."""
    if stored.shape != now.shape:
        return f"size {stored.shape[1]}×{stored.shape[0]} px, drawn now {now.shape[1]}×{now.shape[0]}"
    far = np.abs(stored.astype(np.int16) - now.astype(np.int16)).max(axis=2) > LEVELS
    share = float(far.mean())
    if share > MAX_SHARE:
        return (f"{share:.2%} of the pixels differ by more than {LEVELS} levels "
                f"(allowed: {MAX_SHARE:.2%})")
    return None


def _shows_a_panel(call) -> bool:
    """``panels.build(...)`` or ``dashboard(...)``."""
    import ast
    func = call.func if isinstance(call, ast.Call) else None
    return (isinstance(func, ast.Attribute) and func.attr == "build"
            and isinstance(func.value, ast.Name) and func.value.id == "panels"
            or isinstance(func, ast.Name) and func.id == "dashboard")


def written_panel_cells(stem: str) -> set[int]:
    """The code cells that, read as text, show a panel: their last line is ``panels.build(...)``
    or ``dashboard(...)``, or a name the cell bound to one of them (a check of the builder's
    own finding, which runs the code)."""
    import ast
    found = set()
    for i, cell in enumerate(notebook_build.source_cells(stem)):
        if cell["cell_type"] != "code":
            continue
        body = ast.parse(cell["source"]).body
        if not body or not isinstance(body[-1], ast.Expr) or cell["source"].rstrip().endswith(";"):
            continue
        last = body[-1].value
        bound = {t.id for s in body[:-1] if isinstance(s, ast.Assign) and _shows_a_panel(s.value)
                 for t in s.targets if isinstance(t, ast.Name)}
        if _shows_a_panel(last) or isinstance(last, ast.Name) and last.id in bound:
            found.add(i)
    return found


def ancillary_chunks(data: bytes) -> list[str]:
    """The PNG's chunks beyond the picture itself (a time stamp, a text, a dpi, a gamma)."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    kinds, at = [], 8
    while at < len(data):
        length, = struct.unpack(">I", data[at:at + 4])
        kinds.append(data[at + 4:at + 8].decode("latin-1"))
        at += 12 + length
    assert kinds[0] == "IHDR" and kinds[-1] == "IEND"
    return [k for k in kinds if k not in ("IHDR", "PLTE", "IDAT", "IEND")]


# -- the notebooks ---------------------------------------------------------------------------------
@pytest.mark.parametrize("stem", STEMS)
def test_every_panel_cell_has_one_picture(stem):
    cells = stored_cells(stem)
    assert len(cells) == len(notebook_build.source_cells(stem)), FIX
    stored = stored_pictures(stem)
    now = set(fresh(stem))
    assert written_panel_cells(stem) <= now, "a cell that builds a panel is not found as one"
    assert set(stored) == now, (f"{stem}: panel cells {sorted(now)} but pictures on cells "
                                f"{sorted(stored)}; {FIX}")
    for index, found in stored.items():
        assert len(found) == 1, f"{stem}, cell {index}: {len(found)} pictures"
        picture = found[0]
        assert picture["output_type"] == "display_data"
        assert set(picture["data"]) == {"image/png", "text/plain"}   # no widget view: shown
        assert WIDGET_VIEW not in picture["data"]                      # until the cell runs
        assert "run the cell" in "".join(picture["data"]["text/plain"])
        extra = ancillary_chunks(base64.b64decode(picture["data"]["image/png"]))
        assert not extra, f"{stem}, cell {index}: the picture carries metadata {extra}; {FIX}"


@pytest.mark.parametrize("stem", STEMS)
def test_stored_pictures_show_the_panels_at_their_start_values(stem):
    stored = stored_pictures(stem)
    if not stored:
        return
    same_drawing(next(iter(stored.values()))[0])
    now = fresh(stem)
    for index, (picture,) in stored.items():
        assert index in now, f"{stem}, cell {index}: a picture on a cell without a panel; {FIX}"
        same_drawing(picture)
        meta, meta_now = (p["metadata"][notebook_build.PICTURE_KEY] for p in (picture, now[index]))
        assert meta == meta_now, f"{stem}, cell {index}: stored {meta}, drawn now {meta_now}; {FIX}"
        why = difference(decode(picture), decode(now[index]))
        code = notebook_build.source_cells(stem)[index]["source"].strip().splitlines()[-1]
        assert why is None, (f"notebooks/{stem}.ipynb, the cell ending {code!r} (panel "
                             f"{meta['panel']}): the stored picture is stale: {why}; {FIX}")


def test_notebooks_stay_small():
    files = [p for p in (ROOT / "notebooks").rglob("*") if p.is_file()
             and ".ipynb_checkpoints" not in p.parts and "__pycache__" not in p.parts]
    total = sum(p.stat().st_size for p in files)
    assert total <= MAX_NOTEBOOK_BYTES, (f"notebooks/ holds {total / 1e6:.1f} MB "
                                         f"(at most {MAX_NOTEBOOK_BYTES / 1e6:.0f} MB)")


# -- the gallery -----------------------------------------------------------------------------------
def plain_cell_picture(panel_id: str) -> dict | None:
    """The picture drawn now of a lesson cell that is just ``panels.build("<panel_id>")`` (English,
    default style), which is the gallery's picture too; None when no lesson has such a cell."""
    stem = panel_id.partition(":")[0]
    if stem not in STEMS:
        return None
    cells = notebook_build.source_cells(stem)
    for index, picture in fresh(stem).items():
        meta = picture["metadata"][notebook_build.PICTURE_KEY]
        if (cells[index]["source"].strip().endswith(f'panels.build("{panel_id}")')
                and (meta["language"], meta["style"]) == ("en", "default")):
            return picture
    return None


@pytest.mark.parametrize("panel_id", panels.ids())
def test_gallery_shows_every_panel_at_its_start_values(panel_id):
    path = notebook_build.GALLERY / notebook_build.gallery_file(panel_id)
    assert path.is_file(), f"docs/gallery has no picture of {panel_id}; {FIX}"
    data = path.read_bytes()
    extra = ancillary_chunks(data)
    assert not extra, f"docs/gallery/{path.name} carries metadata {extra}; {FIX}"
    # drawn in the same run as the notebooks' pictures, with the releases they record
    same_drawing(next(found[0] for stem in STEMS for found in stored_pictures(stem).values()))
    picture = plain_cell_picture(panel_id)
    now = (decode(picture) if picture is not None
           else notebook_build.pixels(notebook_build.gallery_picture(panel_id)))
    why = difference(notebook_build.pixels(data), now)
    assert why is None, f"docs/gallery/{path.name} is stale: {why}; {FIX}"


def test_gallery_holds_nothing_else():
    wanted = {notebook_build.gallery_file(pid) for pid in panels.ids()}
    extra = sorted(p.name for p in notebook_build.GALLERY.iterdir()) if \
        notebook_build.GALLERY.is_dir() else []
    assert set(extra) <= wanted, f"docs/gallery: not a panel's picture: {set(extra) - wanted}; {FIX}"


def test_readme_gallery_shows_every_panel():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## Gallery\n(.*?)^## ", readme, re.S | re.M)
    assert found, "README has no '## Gallery' section before another section"
    section = found.group(1)
    for panel_id in panels.ids():
        link = f"(docs/gallery/{notebook_build.gallery_file(panel_id)})"
        assert link in section, f"README's gallery does not show {panel_id}; {FIX}"
    body = section.split(notebook_build.GALLERY_START)[1].split(notebook_build.GALLERY_END)[0]
    assert body.strip() == notebook_build.gallery_markdown(), f"README's gallery is stale; {FIX}"
