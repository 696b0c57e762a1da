"""German throughout: one term per idea (docs/glossary.md), the learner addressed with "du", no
English prose and no English number format in a German lesson, German numbers in German mode.

German lessons are built from the same sources as the English ones (``# %% [markdown de]`` twins,
see :mod:`flywheel_lib.notebook_build`) into ``notebooks/de/``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flywheel_lib import i18n, lessons, notebook_build

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
GERMAN_NOTEBOOKS = sorted((ROOT / "notebooks" / "de").glob("*.ipynb"))


# -- the glossary --------------------------------------------------------------------------------
def glossary() -> list[tuple[str, str, list[str]]]:
    """(English, German, rejected variants) rows of docs/glossary.md's table."""
    text = GLOSSARY.read_text(encoding="utf-8")
    body = text.split("<!-- glossary:start -->", 1)[1].split("<!-- glossary:end -->", 1)[0]
    rows = []
    for line in body.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows.append((cells[0], cells[1], [v.strip() for v in cells[2].split(",") if v.strip()]))
    return rows


def rejected_pattern() -> re.Pattern:
    variants = sorted({v for _, _, vs in glossary() for v in vs}, key=len, reverse=True)
    words = "|".join(re.escape(v) for v in variants)
    return re.compile(rf"(?<![\w/-])({words})(?![\w/-])", re.IGNORECASE)   # not in a path


def rejected_in(text: str) -> list[str]:
    """The rejected variants used in ``text`` (a variant named "(engl. …)" is allowed)."""
    text = re.sub(r"\(engl\.[^)]*\)", " ", text)
    text = re.sub(r"`[^`]*`", " ", text)              # code names are not prose
    text = re.sub(r"\{[^{}]*\}", " ", text)            # nor a label's placeholders
    text = re.sub(r"\]\([^)]*\)", "]", text)           # nor link targets
    return sorted({m.group(1) for m in rejected_pattern().finditer(text)})


def test_glossary_is_well_formed():
    rows = glossary()
    assert len(rows) >= 10
    germans = [g for _, g, _ in rows]
    assert len(set(germans)) == len(germans), "one German term per idea"
    for english, german, rejected in rows:
        assert english and german, (english, german)
        for variant in rejected:
            assert variant.casefold() != german.casefold(), f"{german} is both chosen and rejected"
    for needed in ("Schwungrad", "Reibung", "Energiezufuhr", "Kundenbindung", "Abwanderung",
                   "Kipppunkt", "selbstverstärkender Kreislauf"):
        assert needed in germans, needed


def test_rejected_variants_are_found():
    # the check itself: a rejected variant is found as a word, in any case, not inside a longer
    # word, and allowed when named as the English term in brackets
    assert rejected_in("Das Amazon Flywheel dreht sich") == ["Amazon Flywheel"]
    assert rejected_in("eine verstärkende Schleife") == ["Schleife"]
    assert rejected_in("die Drehzahl steigt") == ["Drehzahl"]
    assert rejected_in("das Schwungrad (engl. flywheel)") == []
    assert rejected_in("die Schleifenverstärkung") == []
    assert rejected_in("der Kreislauf `loops.Graph`") == []
    assert rejected_in("im Ordner flywheel_kit/flywheels") == []


def german_labels() -> dict[str, str]:
    return {key: row["de"] for key, row in i18n.table().items()}


def test_german_labels_use_the_glossary_terms():
    found = {key: bad for key, text in german_labels().items() if (bad := rejected_in(text))}
    assert not found, ("German labels use rejected terms (docs/glossary.md): "
                       + "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(found.items())))


FORMAL = re.compile(r"(?<![.!?:;„“\"]\s)(?<!^)(?<!\n)\b(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")


def test_german_labels_say_du():
    found = {key: m.group(0) for key, text in german_labels().items()
             if (m := FORMAL.search(text))}
    assert not found, f"formal address in German labels (the kit says du): {found}"


def test_every_label_is_in_both_languages():
    empty = [key for key, row in i18n.table().items() if not row["en"].strip()
             or not row["de"].strip()]
    assert not empty, f"labels without a text in both languages: {empty}"


# -- numbers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, spec, en, de", [
    (20000, ",.0f", "20,000", "20.000"),
    (2.54, ".2f", "2.54", "2,54"),
    (1234567.891, ",.2f", "1,234,567.89", "1.234.567,89"),
    (-0.5, ".1f", "-0.5", "-0,5"),
    (0.000123, ".3g", "0.000123", "0,000123"),
])
def test_numbers_are_written_as_each_language_writes_them(value, spec, en, de):
    assert i18n.number(value, spec, "en") == en
    assert i18n.number(value, spec, "de") == de


def test_percent_and_money():
    assert i18n.percent(0.003, 2, "de") == "0,30 %"
    assert i18n.percent(0.003, 2, "en") == "0.30 %"
    assert i18n.money(30, 2, "de") == "30,00 €"
    assert i18n.money(1250, 0, "de") == "1.250 €"
    assert i18n.money(1250, 0, "en") == "1,250 €"
    assert i18n.number(float("nan")) == "–"


def test_tick_labels_follow_the_panel_language():
    import numpy as np
    from flywheel_lib.ui import plotting
    for language, expected in (("en", "0.4"), ("de", "0,4")):
        previous = i18n.get_language()
        i18n.set_language(language)
        try:
            fig, ax = plotting.figure()
        finally:
            i18n.set_language(previous)
        ax.plot(np.linspace(0, 1, 5), np.linspace(0, 1, 5))
        fig.canvas.draw()
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert expected in labels, (language, labels)
        assert plotting._compact(1500.0) in ("1.5k", "1.500")


# -- German lessons ------------------------------------------------------------------------------
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "with", "that", "this", "you", "your", "are",
                 "for", "what", "when", "how", "which", "from", "it", "on", "at", "by", "more"}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
ENGLISH_NUMBER = re.compile(r"(?<![\d.,])(?:0\.\d+|[1-9]\d*\.\d{1,2}(?!\d)|[1-9]\d{0,2}(?:,\d{3})+"
                            r"(?![\d,]))(?![\d])")


def prose(markdown: str) -> str:
    """Markdown without code, math, links' targets, HTML tags and the navigation line."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def german_cells(nb: Path) -> list[dict]:
    return json.loads(nb.read_text(encoding="utf-8"))["cells"]


def test_german_lessons_are_built_for_every_german_source():
    for lesson in lessons.LESSONS:
        if lesson.source.is_file() and notebook_build.has_language(lesson.stem, "de"):
            assert notebook_build.notebook_path(lesson.stem, "de").is_file(), lesson.stem


@pytest.mark.parametrize("nb", GERMAN_NOTEBOOKS, ids=lambda p: p.stem)
def test_german_lesson_has_no_english_prose(nb):
    for index, cell in enumerate(german_cells(nb)):
        if cell["cell_type"] != "markdown":
            continue
        words = [w.casefold() for w in WORD.findall(prose("".join(cell["source"])))]
        english = [w for w in words if w in ENGLISH_WORDS]
        # a few English words may stand in a German text (a quoted name: "Get Big Fast")
        assert len(english) <= max(2, len(words) // 40), (
            f"{nb.name} cell {index} reads like English ({len(english)} of {len(words)} words: "
            f"{sorted(set(english))}): {''.join(cell['source'])[:200]!r}")


@pytest.mark.parametrize("nb", GERMAN_NOTEBOOKS, ids=lambda p: p.stem)
def test_german_lesson_uses_glossary_terms_and_du(nb):
    for index, cell in enumerate(german_cells(nb)):
        text = "".join(cell["source"]) if cell["cell_type"] == "markdown" else "".join(
            "".join(o.get("text", "")) for o in cell.get("outputs", [])
            if o.get("output_type") == "stream")
        assert not rejected_in(text), f"{nb.name} cell {index}: {rejected_in(text)}"
        if cell["cell_type"] == "markdown":
            formal = FORMAL.search(prose(text))
            assert not formal, f"{nb.name} cell {index}: formal address {formal.group(0)!r}"


@pytest.mark.parametrize("nb", GERMAN_NOTEBOOKS, ids=lambda p: p.stem)
def test_german_lesson_writes_german_numbers(nb):
    for index, cell in enumerate(german_cells(nb)):
        if cell["cell_type"] == "markdown":
            text = prose("".join(cell["source"]))
        else:
            text = "".join("".join(o.get("text", "")) for o in cell.get("outputs", [])
                           if o.get("output_type") == "stream")
        found = ENGLISH_NUMBER.findall(text)
        assert not found, f"{nb.name} cell {index}: English number format {found}"


# -- panels in German ----------------------------------------------------------------------------
def shown_texts(panel) -> list[str]:
    """Every text a panel shows: its widgets' HTML and labels, and its figure's texts and tick
    labels (drawn first, so the tick labels exist)."""
    import ipywidgets as W
    from matplotlib.text import Text
    texts, todo = [], [panel.widget]
    while todo:
        widget = todo.pop()
        todo.extend(getattr(widget, "children", ()))
        if isinstance(widget, (W.HTML, W.HTMLMath, W.Label)):
            value = re.sub(r"<style.*?</style>", " ", widget.value, flags=re.S)
            texts.append(re.sub(r"<[^>]+>", " ", value))
        if isinstance(widget, W.FloatSlider | W.IntSlider):
            texts.append(widget.description)
    panel.fig.canvas.draw()
    texts += [t.get_text() for t in panel.fig.findobj(Text)]
    return [t for t in texts if t.strip()]


@pytest.mark.parametrize("panel_id", __import__("flywheel_lib.panels", fromlist=["ids"]).ids())
def test_panel_in_german_writes_german_numbers(panel_id):
    import matplotlib.pyplot as plt
    from flywheel_lib import panels
    previous = i18n.get_language()
    i18n.set_language("de")
    try:
        panel = panels.build(panel_id)
        try:
            found = {t: ENGLISH_NUMBER.findall(t) for t in shown_texts(panel)
                     if ENGLISH_NUMBER.search(t)}
        finally:
            plt.close(panel.fig)
    finally:
        i18n.set_language(previous)
    assert not found, f"{panel_id} in German shows English numbers: {found}"


@pytest.mark.parametrize("panel_id", __import__("flywheel_lib.panels", fromlist=["ids"]).ids())
def test_german_slider_values_are_written_the_german_way(panel_id):
    """ipywidgets writes a slider's value in the browser with English separators; a German
    panel hides that readout and shows the value itself, and follows every move."""
    import matplotlib.pyplot as plt
    from flywheel_lib import panels
    previous = i18n.get_language()
    i18n.set_language("de")
    try:
        panel = panels.build(panel_id)
    finally:
        i18n.set_language(previous)
    try:
        assert set(panel.value_labels) == set(panel.sliders)
        for control in panel.controls:
            slider, label = panel.sliders[control.name], panel.value_labels[control.name]
            assert slider.readout is False
            assert label.value == control.readout_text(slider.value, "de")
            slider.value = slider.max
            assert label.value == control.readout_text(slider.max, "de")
            assert not ENGLISH_NUMBER.search(label.value), label.value
            if not control.integer and not (control.fmt or ".2f").endswith("%"):
                assert "," in label.value or "." not in label.value, label.value
    finally:
        plt.close(panel.fig)


def test_english_panels_keep_the_sliders_own_readout():
    import matplotlib.pyplot as plt
    from flywheel_lib import panels
    previous = i18n.get_language()
    i18n.set_language("en")
    try:
        panel = panels.build("03_flywheel_physics")
    finally:
        i18n.set_language(previous)
    try:
        assert panel.value_labels == {}
        assert all(s.readout for s in panel.sliders.values())
    finally:
        plt.close(panel.fig)
