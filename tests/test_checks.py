"""The exercise engine: typed answers are read as people write them, every kind of exercise is
checked with its reasons, the widget keeps its solution hidden until asked and survives re-runs,
and nothing a learner types makes it raise. (The older ``check_number``/``check_choice`` too.)"""
import math

import pytest

import flywheel_lib as fw
from flywheel_lib import exercises, i18n
from flywheel_lib.exercises import read_number


@pytest.fixture(autouse=True)
def english():
    fw.set_language("en")
    yield
    fw.set_language("en")


# -- reading numbers ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, language, first, others", [
    ("2.5", "en", 2.5, ()),
    ("2,5", "en", 2.5, ()),
    ("2,5", "de", 2.5, ()),
    ("1,250", "en", 1250.0, (1.25,)),       # a thousands comma in English, else a decimal comma
    ("1,250", "de", 1.25, (1250.0,)),
    ("1.250", "de", 1250.0, (1.25,)),
    ("0,125", "en", 0.125, ()),              # a leading 0 is never a thousands group
    ("1,234,567", "en", 1234567.0, ()),
    ("1.234.567,5", "de", 1234567.5, ()),
    ("1,234.5", "en", 1234.5, ()),
    ("36 503", "en", 36503.0, ()),
    ("36\u202f503", "de", 36503.0, ()),
    ("36'503", "en", 36503.0, ()),
    ("15 rad/s", "en", 15.0, ()),
    ("192 €", "en", 192.0, ()),
    ("€ 192", "en", 192.0, ()),
    ("36.5k", "en", 36500.0, ()),
    ("2,5 Monate", "de", 2.5, ()),
    ("1e3", "en", 1000.0, ()),
    ("1,5e3", "de", 1500.0, ()),
    ("\u22123", "en", -3.0, ()),
    (".5", "en", 0.5, ()),
    ("6/0,4", "de", 15.0, ()),
    ("0.5*8*10^2", "en", 400.0, ()),
    ("(0,2·0,4·0,8)^(1/3)", "de", 0.4, ()),
    ("  7  ", "en", 7.0, ()),
])
def test_numbers_are_read_as_people_write_them(text, language, first, others):
    reading = read_number(text, language)
    assert not reading.problem
    assert math.isclose(reading.values[0], first, rel_tol=1e-12)
    assert all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(reading.values[1:], others))
    assert len(reading.values) == 1 + len(others)


def test_percent_sign_is_noticed():
    assert read_number("1,2 %", "de").percent and read_number("1,2 %", "de").values == (1.2,)
    assert not read_number("1.2", "en").percent


@pytest.mark.parametrize("text", [None, ..., "", "   ", "\n"])
def test_blank(text):
    assert read_number(text).problem == "blank"


@pytest.mark.parametrize("text", ["abc", "twelve", "1 2 3 abc 4", "%%%", "--", "1..2..3x*",
                                  "import os", "__import__('os')", "💥", "\x00", True, False])
def test_not_a_number(text):
    assert read_number(text).problem == "not_a_number"


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "1e999", "6/0", "9**9**9**9",
                                  "(-8)**(1/3)", "10" * 400, float("nan"), float("inf"),
                                  10 ** 400])
def test_not_finite_values_are_read_as_such(text):
    reading = read_number(text)
    assert reading.problem or not all(math.isfinite(v) for v in reading.values)


# -- checking: numbers --------------------------------------------------------------------------
def test_number_within_tolerance_and_decimal_comma():
    expected = exercises.get("03.2").solved().answer             # T · ln 2, about 13.86 s
    assert exercises.check("03.2", f"{expected:.1f}").ok is True
    assert exercises.check("03.2", f"{expected:.1f}".replace(".", ","), "de").ok is True
    assert exercises.check("03.2", f"{expected:.1f} s").ok is True
    assert exercises.check("03.2", expected).ok is True           # a number, not text
    assert exercises.check("03.2", str(2 * expected)).ok is False


def test_percent_and_share_are_both_accepted_with_a_note():
    answer = exercises.get("01.2").solved().answer                 # 1.2 (percent)
    assert exercises.check("01.2", f"{answer} %").ok is True
    share = exercises.check("01.2", f"{answer / 100}")
    assert share.ok is True and "is the same as" in share.message
    assert exercises.check("01.2", f"{answer / 100}".replace(".", ","), "de").ok is True
    # a rate per month that is not a percentage, typed with a % sign
    p = exercises.get("05.1")
    assert p.kind.percent is False


def test_a_known_mistake_gets_its_explanation():
    ex = exercises.get("03.1")
    for name, value in ex.solved().mistakes.items():
        fb = exercises.check("03.1", f"{value:.6g}")
        assert fb.ok is False and fb.message == ex.why(name)


def test_too_high_and_too_low_name_the_number_and_give_the_hint():
    ex = exercises.get("07.1")
    high = exercises.check("07.1", "100000")
    assert "too high" in high.message and ex.hint() in high.message
    assert "too low" in exercises.check("07.1", "1").message


def test_not_a_number_and_not_finite_are_never_too_high_or_low():
    for text in ("abc", "nan", "1e999", "6/0"):
        fb = exercises.check("03.1", text)
        assert fb.ok is False
        assert "too high" not in fb.message and "too low" not in fb.message
        assert text in fb.message


def test_blank_is_not_wrong():
    assert exercises.check("03.1", "").ok is None
    assert exercises.check("04.1", None).ok is None
    assert "Noch nicht beantwortet" in exercises.check("03.1", "", "de").message


# -- checking: choices --------------------------------------------------------------------------
def test_choice_accepts_ids_labels_in_both_languages_and_synonyms():
    ex = exercises.get("04.1")
    right = ex.solved().answer
    for form in (right, ex.option_label(right, "en"), ex.option_label(right, "de"),
                 f"  {ex.option_label(right, 'de').upper()}  ", "virtuous", "'reinforcing'",
                 "verstärkend"):
        assert exercises.check("04.1", form).ok is True, form
    assert exercises.check("04.3", "ja").ok is (ex_answer("04.3") == "yes")
    assert exercises.check("09.2", "0,2").ok is True          # a number as option, decimal comma


def ex_answer(eid):
    return exercises.get(eid).solved().answer


def test_wrong_choice_is_explained_and_unknown_choice_lists_the_options():
    ex = exercises.get("04.5")
    fb = exercises.check("04.5", "longer")
    assert fb.ok is False and fb.message == ex.why("longer")
    unknown = exercises.check("04.5", "banana")
    assert unknown.ok is False
    assert all(ex.option_label(o) in unknown.message for o in ex.kind.options)
    de = exercises.check("04.5", "Banane", "de")
    assert "ist keine der Antworten" in de.message


def test_generic_explanation_for_options_without_their_own():
    ex = exercises.get("05.3")
    wrong = next(o for o in ex.kind.options if o != ex.solved().answer)
    message = exercises.check("05.3", wrong).message
    assert message == i18n.t("ex.05.3.why_other", **ex.texts(option=wrong))


# -- never raises -------------------------------------------------------------------------------
GARBAGE = ["", " ", "abc", "nan", "-inf", "1e999", "1e-999", "6/0", "0/0", "9**9**9**9",
           "(" * 200, "1" * 5000, "💥", "\x00\x01", "%", "€", "k", "1,2,3,4", "--1", None, ...,
           True, 3, -0.0, float("nan"), float("inf"), 10 ** 400, [], {}, object(), b"12"]


@pytest.mark.parametrize("eid", sorted(exercises.bank()))
def test_no_input_makes_a_check_raise(eid):
    for value in GARBAGE:
        for language in ("en", "de"):
            fb = exercises.check(eid, value, language)
            assert fb.ok in (True, False, None) and fb.message, (eid, value)


def test_a_failing_model_is_reported_not_raised(monkeypatch):
    ex = exercises.get("03.1")

    def broken():
        raise RuntimeError("model exploded")
    monkeypatch.setattr(exercises, "_solved", lambda _id: broken())
    fb = exercises.check("03.1", "10")
    assert fb.ok is False and "model exploded" in fb.message
    assert ex.id == "03.1"


def test_unknown_exercise_is_named():
    with pytest.raises(KeyError, match="no exercise '99.9'"):
        exercises.ask("99.9")


# -- the widget ---------------------------------------------------------------------------------
def test_number_widget_checks_what_is_typed_and_hides_the_solution_until_asked():
    ask = exercises.ask("03.1")
    ex = ask.exercise
    assert ask.solution_box.value == "" and not ask.solution_shown
    assert ask.feedback_box.value == "" and ask.feedback is None
    ask.input.value = "10,0"                  # what the browser sends on Enter: the observer checks
    assert ask.feedback.ok is True and "✔" in ask.feedback_box.value
    ask._on_check(None)                       # the Check button
    assert ask.feedback.ok is True
    assert ask.answer("2.4").ok is False      # what the student types next
    assert ex.answer_text() not in ask.feedback_box.value
    assert ask.solution_box.value == ""
    assert ask.toggle_solution() is True
    assert ex.answer_text() in ask.solution_box.value
    assert ask.solution_button.description == "Hide solution"
    assert ask.toggle_solution() is False and ask.solution_box.value == ""


def test_choice_widget_checks_a_click():
    ask = exercises.ask("04.1")
    ask.input.value = "balancing"
    assert ask.feedback.ok is False and ask.feedback.message == ask.exercise.why("balancing")
    ask.input.value = "reinforcing"
    assert ask.feedback.ok is True
    assert ask.answer("verstärkend").ok is True


def test_long_options_are_radio_buttons_short_ones_toggle_buttons():
    assert type(exercises.ask("08.3").input).__name__ == "RadioButtons"
    assert type(exercises.ask("04.1").input).__name__ == "ToggleButtons"


def test_the_stored_view_shows_no_answer():
    ask = exercises.ask("03.3")
    bundle = ask._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert data["text/plain"] == "[exercise 03.3: run the cell to answer]"
    assert "application/vnd.jupyter.widget-view+json" in data
    answer = ask.exercise.answer_text()
    state = [w.get_state() for w in (ask.header, ask.feedback_box, ask.solution_box)]
    assert all(answer not in str(s.get("value", "")) for s in state)


def test_rerun_makes_independent_widgets_without_piling_observers():
    first, second = exercises.ask("03.1"), exercises.ask("03.1")
    for ask in (first, second):
        notifiers = ask.input._trait_notifiers["value"]["change"]
        assert len(notifiers) == 1
        assert len(ask.solution_button._click_handlers.callbacks) == 1
    first.answer("10")
    assert first.feedback.ok is True and second.feedback is None
    assert second.feedback_box.value == ""


def test_callbacks_never_raise(monkeypatch):
    ask = exercises.ask("03.1")
    monkeypatch.setattr(exercises, "check", lambda *a, **k: 1 / 0)
    ask.input.value = "10"                      # the observer runs; it must not raise
    assert ask.feedback.ok is False and "ZeroDivisionError" in ask.feedback.message
    ask._on_check(None)
    assert "ZeroDivisionError" in ask.feedback_box.value


def test_widget_in_german():
    fw.set_language("de")
    ask = exercises.ask("03.2")
    fw.set_language("en")                       # the widget keeps the language it was built in
    assert ask.check_button.description == "Prüfen"
    assert ask.solution_button.description == "Lösung zeigen"
    typed = exercises.format_value(ask.exercise.solved().answer, ".1f", "de")   # e.g. 10,4
    assert "," in typed
    assert ask.answer(typed).message == "Richtig!"
    ask.toggle_solution()
    assert "Lösungsweg" in ask.solution_box.value and typed in ask.solution_box.value


def test_solution_numbers_follow_the_language():
    ex = exercises.get("02.3")
    assert "1,388" in ex.solution("en") and "1.388" in ex.solution("de")
    assert exercises.format_value(1234.5, ",.1f", "de") == "1.234,5"


def test_a_recalibrated_model_moves_the_answer(monkeypatch):
    from flywheel_lib.panels import physics as panel
    exercises.clear_cache()
    try:
        monkeypatch.setitem(panel.DEFAULTS, "torque", 8.0)
        assert exercises.get("03.1").solved().answer == pytest.approx(20.0)
        assert exercises.check("03.1", "20").ok is True
    finally:
        monkeypatch.undo()
        exercises.clear_cache()
    assert exercises.get("03.1").solved().answer == pytest.approx(10.0)


# -- the older checks ---------------------------------------------------------------------------
def test_old_checks_still_work():
    assert exercises.check_number(..., 24).ok is None
    assert exercises.check_number(24.1, 24).ok is True
    assert exercises.check_number(25, 24).ok is False
    fb = exercises.check_number(120, 24, mistakes=[(120, "ex.01.1.why.average")])
    assert fb.message == i18n.t("ex.01.1.why.average")
    assert exercises.check_number(0.6, 0.006, share=True).message == i18n.t("check.percent")
    assert exercises.check_number(0.006, 0.6, share=False).message == i18n.t("check.fraction")
    assert "too high" in exercises.check_number(100, 24, hint="ex.05.1.why.no_log").message
    assert "'24'" in exercises.check_number("24", 24, name="buyers").message
    for bad in (float("nan"), float("inf"), 10 ** 400):
        fb = exercises.check_number(bad, 24, name="buyers")
        assert fb.ok is False and "not a number that can be checked" in fb.message
    choices = ["attention", "interest"]
    assert exercises.check_choice(" Interest ", "interest", choices=choices).ok is True
    assert "attention, interest" in exercises.check_choice("x", "interest", choices=choices).message
    fb = exercises.check_choice("attention", "interest", choices=choices,
                                explanations={"attention": "ex.01.1.why.average"})
    assert fb.message == i18n.t("ex.01.1.why.average")
    fw.set_language("de")
    assert exercises.check_number(24, 24).message == "Richtig!"
