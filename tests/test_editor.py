"""Lesson 09's flywheel editor: a learner builds, checks, loads and saves a flywheel without code,
and the exercises of lesson 09 can be answered with it."""
import datetime
import json

import pytest

import flywheel_lib as fw
from flywheel_lib import exercises
from flywheel_lib.models import own_flywheel
from flywheel_lib.panels import build_your_own


@pytest.fixture(autouse=True)
def own_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path))
    fw.set_language("en")
    yield tmp_path
    fw.set_language("en")


NOW = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def row_of(editor, source, target):
    names = {i: b.value for i, b in enumerate(editor.factor_boxes)}
    return next(r for r in editor.rows
                if names[r["source"].value] == source and names[r["target"].value] == target)


def test_starts_with_the_yoga_studio_built():
    editor = build_your_own.editor()
    assert editor.flywheel == build_your_own.starter()
    assert editor.panel is not None and editor.panel.last_error is None
    assert "0.237" in editor.summary.value and "new members → good classes" in editor.summary.value
    assert "reinforcing" in editor.loops_box.value


def test_exercise_09_3_through_the_editor():
    editor = build_your_own.editor()
    row_of(editor, "new members", "good classes")["strength"].value = 0.25
    wheel = editor.build()
    expected = exercises.get("09.3").solved().answer
    assert wheel.tipping_friction() == pytest.approx(expected)
    assert exercises.format_value(expected, ".3f", "en") in editor.summary.value
    assert exercises.check("09.3", exercises.format_value(expected, ".3f")).ok is True


def test_exercise_09_4_through_the_editor():
    editor = build_your_own.editor()
    editor.examples.value = "local_shop"
    editor._load_example()
    assert editor.flywheel == own_flywheel.example("local_shop")
    editor._remove_row(row_of(editor, "crowding", "advice & atmosphere"))
    wheel = editor.build()
    solved = exercises.get("09.4").solved()
    assert wheel.tipping_friction() == pytest.approx(solved.values["without"], abs=1e-9)
    assert (wheel.tipping_friction() > solved.values["with"]) == (solved.answer == "higher")


def test_a_table_error_names_the_row_and_keeps_the_last_good_wheel():
    editor = build_your_own.editor()
    good, panel = editor.flywheel, editor.panel
    editor._remove_row(editor.rows[-1])                # the loop no longer closes
    assert editor.build() is None
    assert "row" in editor.message.value and "#b00020" in editor.message.value
    editor._add_row()                                  # a row without factors
    assert editor.build() is None and "Link row" in editor.message.value
    assert editor.flywheel is good and editor.panel is panel


def test_renaming_a_factor_keeps_its_links():
    editor = build_your_own.editor()
    editor.factor_boxes[0].value = "great classes"
    wheel = editor.build()
    assert "great classes" in wheel.factors and "good classes" not in wheel.factors
    assert ("great classes", "happy members") in set(zip(wheel.links["source"],
                                                         wheel.links["target"]))


def test_a_brake_makes_a_balancing_loop():
    editor = build_your_own.editor()
    row = editor._add_row(3, 1, -1, 0.1)               # new members → happy members, −
    assert row["sign"].value == -1
    wheel = editor.build()
    assert set(wheel.loops()["polarity"]) == {"reinforcing", "balancing"}
    assert wheel.tipping_friction() < build_your_own.starter().tipping_friction()


def test_save_writes_to_the_own_folder(own_folder):
    editor = build_your_own.editor()
    path = editor.save()
    assert path.parent == own_folder / "flywheels" and path.name == "yoga_studio.json"
    assert own_flywheel.load(path) == editor.flywheel
    assert str(path) in editor.message.value
    assert editor.save() == path                       # replaces its own file


def test_open_a_file_fills_the_editor_and_a_bad_file_is_named(tmp_path):
    editor = build_your_own.editor()
    text = "source,target,sign,strength\na,b,+,0.3\nb,c,+,0.3\nc,a,+,0.3\n"
    editor.upload.value = ({"name": "my_wheel.csv", "type": "text/csv", "size": len(text),
                            "content": memoryview(text.encode()), "last_modified": NOW},)
    assert editor.flywheel.factors == ("a", "b", "c")
    assert editor.name.value == "my_wheel"
    bad = json.dumps({"name": "x", "links": [{"source": "a"}]}).encode()
    editor.upload.value = ({"name": "bad.json", "type": "application/json", "size": len(bad),
                            "content": memoryview(bad), "last_modified": NOW},)
    assert "bad.json" in editor.message.value and "#b00020" in editor.message.value
    assert editor.flywheel.factors == ("a", "b", "c")


def test_rerun_makes_an_independent_editor():
    first, second = build_your_own.editor(), build_your_own.editor()
    first.factor_boxes[0].value = "changed"
    assert second.factor_boxes[0].value == "good classes"
    assert second.rows[0]["source"].options[0][0] == "good classes"
    for box in first.factor_boxes:
        assert len(box._trait_notifiers["value"]["change"]) == 1


def test_editor_in_german():
    fw.set_language("de")
    editor = build_your_own.editor()
    fw.set_language("en")
    assert editor.build_button.description == "Mein Schwungrad bauen"
    assert "0,237" in editor.summary.value and "Kipp-Reibung" in editor.summary.value
