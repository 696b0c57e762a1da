"""Exercise checks: blank answers run, right answers pass, typical slips are explained."""
import pytest

import flywheel_lib as fw
from flywheel_lib import exercises, i18n


def test_blank_answer_is_not_an_error():
    for blank in (..., None):
        fb = exercises.check_number(blank, 24)
        assert fb.ok is None and "Not answered yet" in fb.message
        assert "✔" not in fb._repr_html_() and "…" in fb._repr_html_()


def test_right_answer_within_tolerance():
    assert exercises.check_number(24.1, 24).ok is True
    assert exercises.check_number(25, 24).ok is False


def test_known_mistake_is_explained():
    fb = exercises.check_number(120, 24, mistakes=[(120, "aida.ex1_three_stages")])
    assert fb.ok is False and fb.message == i18n.t("aida.ex1_three_stages")


def test_percent_instead_of_share_is_explained():
    fb = exercises.check_number(0.6, 0.006, share=True)
    assert fb.message == i18n.t("check.percent")
    fb = exercises.check_number(0.006, 0.6, share=False)
    assert fb.message == i18n.t("check.fraction")


def test_too_high_too_low_with_hint():
    fb = exercises.check_number(100, 24, hint="aida.ex1_hint")
    assert "too high" in fb.message and i18n.t("aida.ex1_hint") in fb.message
    assert "too low" in exercises.check_number(1, 24).message


def test_wrong_type_names_the_answer():
    fb = exercises.check_number("24", 24, name="buyers")
    assert fb.ok is False and "buyers" in fb.message and "'24'" in fb.message


def test_choice_checks():
    choices = ["attention", "interest", "desire", "action"]
    assert exercises.check_choice(" Interest ", "interest", choices=choices).ok is True
    fb = exercises.check_choice("action", "interest", choices=choices,
                             explanations={"action": "aida.ex3_lowest_rate"})
    assert fb.message == i18n.t("aida.ex3_lowest_rate")
    fb = exercises.check_choice("buying", "interest", choices=choices)
    assert "attention, interest, desire, action" in fb.message
    assert exercises.check_choice(..., "interest", choices=choices).ok is None


def test_feedback_in_german():
    fw.set_language("de")
    assert exercises.check_number(24, 24).message == "Richtig!"
    assert "Noch nicht beantwortet" in exercises.check_number(..., 24).message


@pytest.mark.parametrize("answer", [float("nan"), float("inf"), float("-inf"), 10 ** 400])
def test_nan_and_infinity_are_not_a_number_never_too_high_or_low(answer):
    import numpy as np
    for a in (answer, np.float64(answer) if not isinstance(answer, int) else answer):
        fb = exercises.check_number(a, 24, name="buyers", hint="aida.ex1_hint",
                                    mistakes=[(float("inf"), "aida.ex1_three_stages")])
        assert fb.ok is False
        assert "too high" not in fb.message and "too low" not in fb.message
        assert fb.message.startswith("Expected a number for buyers, got ")
        assert "not a number that can be checked" in fb.message
        assert len(fb.message) < 300


def test_not_a_number_in_german():
    fw.set_language("de")
    try:
        fb = exercises.check_number(float("nan"), 24, name="Käufer")
        assert fb.ok is False and "Käufer" in fb.message and "keine Zahl" in fb.message
        assert "zu hoch" not in fb.message and "zu niedrig" not in fb.message
    finally:
        fw.set_language("en")
    assert i18n.has("check.not_finite")
    en, de = (i18n.t("check.not_finite", lang, name="x", got="nan") for lang in ("en", "de"))
    assert en != de
