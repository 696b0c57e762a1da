"""In German, the yoga studio of lesson 09 and both worked examples name their factors in German
(the editor, the panel and the lesson show them); in English they stay as they were."""
from __future__ import annotations

import pytest

import flywheel_lib as fw
from flywheel_lib.models import own_flywheel
from flywheel_lib.panels import build_your_own

GERMAN = {
    "starter": ["gute Kurse", "zufriedene Mitglieder", "Empfehlungen", "neue Mitglieder"],
    "b2b_software": ["Produktqualität", "Kundenerfolg", "Empfehlungen", "neue Kundenkonten",
                     "Umsatz", "Support-Belastung"],
    "local_shop": ["Beratung & Atmosphäre", "Stammkunden", "Mundpropaganda", "neue Besucher",
                   "Einnahmen", "Gedränge"],
}


def wheel(name: str, language: str | None = None):
    return build_your_own.starter(language) if name == "starter" else \
        own_flywheel.example(name, language)


@pytest.mark.parametrize("name", sorted(GERMAN))
def test_german_factor_names(name):
    english = wheel(name, "en")
    german = wheel(name, "de")
    assert sorted(german.factors) == sorted(GERMAN[name])
    assert set(german.links["source"]) | set(german.links["target"]) <= set(german.factors)
    assert german.name == english.name
    # the same wheel under other names: the same numbers
    assert german.links[["sign", "strength", "delay"]].equals(
        english.links[["sign", "strength", "delay"]])
    assert german.tipping_friction() == pytest.approx(english.tipping_friction(), abs=1e-12)
    assert len(german.loops()) == len(english.loops())


@pytest.mark.parametrize("name", sorted(GERMAN))
def test_the_current_language_decides(name):
    assert not set(wheel(name).factors) & set(GERMAN[name]) - {"Empfehlungen"}   # English
    fw.set_language("de")
    try:
        assert wheel(name) == wheel(name, "de")
    finally:
        fw.set_language("en")
    assert wheel(name) == wheel(name, "en")
    assert "good classes" in build_your_own.starter().factors


def test_a_german_editor_starts_and_loads_in_german():
    fw.set_language("de")
    try:
        editor = build_your_own.editor()
    finally:
        fw.set_language("en")
    assert [b.value for b in editor.factor_boxes[:4]] == GERMAN["starter"]
    assert editor.flywheel == build_your_own.starter("de")
    for key in ("local_shop", "b2b_software"):
        editor.examples.value = key
        editor._load_example()
        assert editor.flywheel == own_flywheel.example(key, "de")
        assert "Kipp-Reibung" in editor.summary.value
