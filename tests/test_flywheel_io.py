"""Lesson 09: your own flywheel — files, validation, round trip, weakest link, tipping point, panel.

The catalogue of malformed files checks that each mistake is named with its row and column. The
tipping point is checked against the engine's simulation; the weakest link against the geometric
mean of a single loop.
"""
import csv
import json
import math
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import flywheel_lib as fw
from flywheel_lib.models import own_flywheel as io
from flywheel_lib.models import loops
from flywheel_lib.models.own_flywheel import FlywheelError
from flywheel_lib.panels.build_your_own import byo_model

H = "source,target,sign,strength\n"
LOOP = "a,b,+,0.3\nb,c,+,0.2\nc,a,+,0.25\n"


@pytest.fixture(autouse=True)
def user_folder(tmp_path, monkeypatch):
    """Saving goes to a temporary user folder, never to the real home."""
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding=encoding)
    return path


# -- the catalogue of malformed files -------------------------------------------------------------

CATALOGUE = [
    # (file name, content, row, column, words in the message)
    ("missing.csv", "source,target,strength\na,b,0.3\n", None, "sign", "missing column"),
    ("unknown_factor.csv", H + "a,,,\nb,,,\nc,,,\n" + "a,b,+,0.3\nb,cc,+,0.2\nc,a,+,0.25\n", 5,
     "target", "unknown factor 'cc'"),
    ("bad_sign.csv", H + "a,b,+,0.3\nb,c,plus,0.2\nc,a,+,0.25\n", 2, "sign", "sign must be"),
    ("range.csv", H + "a,b,+,0.3\nb,c,+,1.5\nc,a,+,0.25\n", 2, "strength", "(0, 1]"),
    ("zero.csv", H + "a,b,+,0\nb,c,+,0.2\nc,a,+,0.25\n", 1, "strength", "(0, 1]"),
    ("not_a_number.csv", H + "a,b,+,strong\nb,a,+,0.2\n", 1, "strength", "must be a number"),
    ("duplicate.csv", H + LOOP + "a,b,-,0.1\n", 4, "target", "duplicate link a → b"),
    ("no_loop.csv", H + "a,b,+,0.3\nb,c,+,0.2\n", 2, "target", "no loop"),
    ("empty.csv", "", None, None, "empty"),
    ("header_only.csv", H, None, None, "no rows"),
    ("self_link.csv", H + "a,a,+,0.3\n", 1, "target", "to itself"),
    ("extra_column.csv", "source,target,sign,strength,weight\na,b,+,0.3,1\n", None, "weight",
     "unknown column"),
    ("blank_name.csv", H + "a,b,+,0.3\n,a,+,0.2\n", 2, "source", "expected a factor name"),
    ("delay.csv", "source,target,sign,strength,delay\na,b,+,0.3,30\nb,a,+,0.2,0\n", 1, "delay",
     "delay must be in [0, 24]"),
    ("stray_cell.csv", H + "a,b,+,0.3,9\nb,a,+,0.2\n", 1, None, "5 cells"),
    ("unused.csv", H + "a,,,\nb,,,\nz,,,\na,b,+,0.3\nb,a,+,0.2\n", 3, "source", "has no link"),
    ("unknown_factor.json", json.dumps({"factors": ["a", "b"], "links": [
        {"source": "a", "target": "b", "sign": "+", "strength": 0.3},
        {"source": "b", "target": "x", "sign": "+", "strength": 0.3}]}), 2, "target",
     "unknown factor 'x'"),
    ("bad_sign.json", json.dumps({"links": [
        {"source": "a", "target": "b", "sign": "up", "strength": 0.3},
        {"source": "b", "target": "a", "sign": "+", "strength": 0.3}]}), 1, "sign",
     "sign must be"),
    ("range.json", json.dumps({"links": [
        {"source": "a", "target": "b", "sign": "+", "strength": 0.3},
        {"source": "b", "target": "a", "sign": "+", "strength": -1}]}), 2, "strength", "(0, 1]"),
    ("missing_key.json", json.dumps({"links": [{"source": "a", "target": "b", "sign": "+"}]}),
     1, "strength", "missing 'strength'"),
    ("duplicate.json", json.dumps({"links": [
        {"source": "a", "target": "b", "sign": "+", "strength": 0.3},
        {"source": "b", "target": "a", "sign": "+", "strength": 0.3},
        {"source": "a", "target": "b", "sign": "+", "strength": 0.1}]}), 3, "target", "duplicate"),
    ("no_loop.json", json.dumps({"links": [
        {"source": "a", "target": "b", "sign": "+", "strength": 0.3}]}), 1, "target", "no loop"),
    ("empty.json", "", None, None, "empty"),
    ("empty_links.json", json.dumps({"links": []}), None, None, "no links"),
    ("broken.json", '{"links": [ {"source": "a",, }]}', None, None, "not valid JSON"),
    ("list.json", "[1, 2]", None, None, "expected an object"),
    ("unknown_key.json", json.dumps({"links": [], "script": "x"}), None, "script", "unknown key"),
    ("code.json", json.dumps({"links": "__import__('os').system('echo hacked')"}), None, "links",
     "must be a list"),
    ("bad_name.json", json.dumps({"name": "my wheel!", "links": []}), None, "name",
     "name must be"),
]


@pytest.mark.parametrize("name, text, row, column, words", CATALOGUE,
                         ids=[c[0] for c in CATALOGUE])
def test_malformed_file_is_named_by_row_and_column(tmp_path, name, text, row, column, words):
    path = write(tmp_path, name, text)
    with pytest.raises(FlywheelError) as info:
        io.load(path)
    err = info.value
    assert words in str(err)
    assert err.file == name and name in str(err)
    assert err.row == row and err.column == column
    if row is not None:
        assert f"row {row}" in str(err)
    if column is not None:
        assert repr(column) in str(err)


def test_wrong_encoding_names_line_row_and_column(tmp_path):
    text = H + "a,b,+,0.3\nb,Zufriedenheit für alle,+,0.2\n"
    path = write(tmp_path, "latin1.csv", text.encode("latin-1"))
    with pytest.raises(FlywheelError) as info:
        io.load(path)
    err = info.value
    assert "not UTF-8" in str(err) and "0xFC" in str(err)
    assert (err.row, err.line, err.column) == (2, 3, "target")


def test_wrong_encoding_json(tmp_path):
    path = write(tmp_path, "latin1.json", '{"links": [{"source": "Größe"}]}'.encode("latin-1"))
    with pytest.raises(FlywheelError, match=r"line 1: not UTF-8"):
        io.load(path)


def test_other_suffix_and_missing_file(tmp_path):
    with pytest.raises(FlywheelError, match=r"expected a \.csv or \.json"):
        io.load(write(tmp_path, "wheel.txt", H + LOOP))
    with pytest.raises(FileNotFoundError):
        io.load(tmp_path / "nope.csv")


def test_loading_never_evaluates_anything(tmp_path, monkeypatch):
    import builtins
    import pickle

    def forbidden(*_a, **_k):
        raise AssertionError("loading must not evaluate or unpickle")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(pickle, "loads", forbidden)
    monkeypatch.setattr(pickle, "load", forbidden)
    for name in io.examples():
        io.example(name)
    io.load(write(tmp_path, "x.csv", H + "__import__('os'),b,+,0.3\nb,__import__('os'),+,0.2\n"))


# -- what good files give -------------------------------------------------------------------------

def test_csv_variants_semicolon_decimal_comma_bom_and_declarations(tmp_path):
    plain = io.load(write(tmp_path, "w.csv", H + LOOP))
    semi = io.load(write(tmp_path, "w2.csv", "source;target;sign;strength\na;b;+;0,3\nb;c;+;0,2\n"
                         "c;a;+;0,25\n"))
    bom = io.load(write(tmp_path, "w3.csv", "\ufeff" + H + LOOP))
    assert plain.factors == semi.factors == bom.factors == ("a", "b", "c")
    pd.testing.assert_frame_equal(plain.links, semi.links)
    declared = io.load(write(tmp_path, "w4.csv", H + "c,,,\nb,,,\na,,,\n" + LOOP))
    assert declared.factors == ("c", "b", "a")
    assert list(plain.links["sign"]) == [1, 1, 1]
    assert plain.name == "w"


def test_from_table_in_a_notebook():
    wheel = io.from_table("shop", ["a", "b"], [("a", "b", "+", 0.3), ("b", "a", "-", 0.2, 2)])
    assert wheel.links["delay"].tolist() == [0.0, 2.0] and wheel.links["sign"].tolist() == [1, -1]
    with pytest.raises(FlywheelError, match=r"links, row 2, column 'target': unknown factor 'c'"):
        io.from_table("shop", ["a", "b"], [("a", "b", "+", 0.3), ("b", "c", "+", 0.2)])
    with pytest.raises(FlywheelError, match=r"row 1, column 'strength'"):
        io.from_table("shop", None, pd.DataFrame({"source": ["a", "b"], "target": ["b", "a"],
                                                  "sign": ["+", "+"], "strength": [3, 0.2]}))
    with pytest.raises(FlywheelError, match="name must be"):
        io.from_table("my shop", None, [("a", "b", "+", 0.3), ("b", "a", "+", 0.2)])


# -- round trip -----------------------------------------------------------------------------------

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß &-", min_size=1, max_size=12).map(
    str.strip).filter(lambda s: s and " " not in s[:1] and "  " not in s)


@st.composite
def flywheels(draw):
    factors = draw(st.lists(names, min_size=2, max_size=7, unique=True))
    n = len(factors)
    order = factors  # a ring through all factors guarantees a loop
    links = {(order[i], order[(i + 1) % n]) for i in range(n)}
    extra = draw(st.lists(st.tuples(st.sampled_from(factors), st.sampled_from(factors)),
                          max_size=6))
    links |= {(a, b) for a, b in extra if a != b}
    rows = [(a, b, draw(st.sampled_from(["+", "-"])) if (a, b) not in
             {(order[i], order[(i + 1) % n]) for i in range(n)} else "+",
             draw(st.floats(0.001, 1.0)), draw(st.sampled_from([0.0, 1.0, 2.5, 24.0])))
            for a, b in sorted(links)]
    return io.from_table(draw(st.sampled_from(["w1", "my-wheel", "Shop_2"])), factors, rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wheel=flywheels(), fmt=st.sampled_from(["json", "csv"]))
def test_round_trip_gives_an_identical_flywheel(wheel, fmt, user_folder):
    path = io.save(wheel, fmt=fmt, overwrite=True)
    assert path.parent == user_folder / "flywheels"
    again = io.load(path)
    assert again == wheel
    assert again.links["strength"].tolist() == wheel.links["strength"].tolist()  # bit for bit


def test_save_refuses_shipped_data_and_existing_files(user_folder):
    from flywheel_lib.data import data_dir
    wheel = io.example("local_shop")
    with pytest.raises(PermissionError, match="shipped data"):
        io.save(wheel, folder=data_dir())
    with pytest.raises(PermissionError, match="shipped data"):
        io.save(wheel, folder=data_dir() / "sub")
    first = io.save(wheel)
    assert first == user_folder / "flywheels" / "local_shop.json"
    with pytest.raises(FileExistsError, match="overwrite=True"):
        io.save(wheel)
    io.save(wheel, overwrite=True)


def test_default_user_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("FLYWHEEL_USER_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    path = io.save(io.example("b2b_software"), fmt="csv")
    assert path == tmp_path / "flywheel_kit" / "flywheels" / "b2b_software.csv"


def test_save_checks_the_name_again(user_folder, tmp_path):
    """A name changed after loading (a frozen dataclass can still be replaced) must not lead
    out of the folder."""
    import dataclasses
    wheel = io.example("local_shop")
    for name in ("../escaped", "../../etc/x", "a/b", "/abs", "", " ", ".hidden", "x" * 61,
                 "nul\x00", 7):
        bad = dataclasses.replace(wheel, name=name)
        with pytest.raises(FlywheelError, match="name must be"):
            io.save(bad, folder=tmp_path / "in")
    assert not (tmp_path / "in").exists() or list((tmp_path / "in").iterdir()) == []
    assert not (tmp_path / "escaped.json").exists()


# -- names a spreadsheet would run as formulas ---------------------------------------------------

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULAS = ["=1+1", "@SUM(1+1)", "+x", "-x", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\")",
            "-0.9", "'=quoted", "''@", "'", "-", "+"]


NUMBER = r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?"   # a plain number is no formula


def looks_like_formula(cell: str) -> bool:
    return cell.startswith(TRIGGERS) and not re.fullmatch(NUMBER, cell)


@pytest.mark.parametrize("name", FORMULAS)
def test_formula_names_are_neutralised_and_read_back(name, user_folder):
    wheel = io.from_table("formulas", None, [(name, "b", "+", 0.3), ("b", name, "+", 0.2)])
    path = io.save(wheel, fmt="csv")
    text = path.read_text(encoding="utf-8")
    cells = [c for row in csv.reader(io_text(text)) for c in row[:2]]
    assert not any(looks_like_formula(c) for c in cells), text
    assert io.load(path) == wheel and io.load(path).factors[0] == " ".join(name.split())


def io_text(text):
    import io as stdio
    return stdio.StringIO(text, newline="")


risky = st.tuples(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "'=", "''+", "-1", ""]),
                  st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs")), max_size=12)
                  ).map(lambda p: " ".join("".join(p).split())[:40].strip()).filter(bool)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(factors=st.lists(risky, min_size=2, max_size=5, unique=True))
def test_any_name_survives_a_csv_round_trip(factors, user_folder):
    n = len(factors)
    wheel = io.from_table("risky", factors,
                          [(factors[i], factors[(i + 1) % n], "+", 0.3) for i in range(n)])
    path = io.save(wheel, fmt="csv", overwrite=True)
    text = path.read_text(encoding="utf-8")
    for row in csv.reader(io_text(text)):
        assert not any(looks_like_formula(c) for c in row[:2]), row
    again = io.load(path)
    assert again == wheel and again.factors == tuple(factors)


@given(st.text(max_size=8).map(lambda t: t.replace("\x00", "")))
def test_neutralise_and_restore_are_inverse(text):
    from flywheel_lib.userdir import neutralise_cell, restore_cell
    safe = neutralise_cell(text)
    assert restore_cell(safe) == text
    assert not looks_like_formula(safe)
    assert neutralise_cell(-0.9) == -0.9 and neutralise_cell("-0.9") == "-0.9"


# -- the shipped examples ------------------------------------------------------------------------

@pytest.mark.parametrize("name", io.examples())
def test_examples_are_valid_and_in_the_sweet_spot(name):
    wheel = io.example(name)
    assert wheel.name == name
    assert 4 <= len(wheel.factors) <= 6 and io.review(wheel) == []
    found = wheel.loops()
    assert set(found["polarity"]) == {"reinforcing", "balancing"}


def test_review_warns_outside_the_sweet_spot():
    small = io.from_table("s", None, [("a", "b", "+", 0.3), ("b", "a", "+", 0.2)])
    notes = io.review(small)
    assert any("Collins" in n and "4–6" in n for n in notes)
    big = io.from_table("b", None, [(f"f{i}", f"f{(i + 1) % 8}", "+", 0.3) for i in range(8)])
    assert any("8 factors" in n for n in io.review(big))
    tail = io.from_table("t", None, [("a", "b", "+", 0.3), ("b", "c", "+", 0.2),
                                     ("c", "a", "+", 0.2), ("c", "d", "+", 0.2)])
    assert any("“d” is on no loop" in n for n in io.review(tail))
    brake = io.from_table("x", None, [("a", "b", "+", 0.3), ("b", "a", "-", 0.2)])
    assert any("No reinforcing loop" in n for n in io.review(brake))
    fw.set_language("de")
    assert any("Komponenten" in n for n in io.review(small))


# -- weakest link and tipping point -----------------------------------------------------------------

def test_weakest_link_of_a_single_loop_is_its_smallest_strength():
    wheel = io.from_table("ring", None, [("a", "b", "+", 0.4), ("b", "c", "+", 0.1),
                                         ("c", "d", "+", 0.3), ("d", "a", "+", 0.2)])
    ranked = io.weakest_links(wheel)
    assert (ranked.loc[0, "source"], ranked.loc[0, "target"]) == ("b", "c")
    assert list(ranked["strength"]) == [0.1, 0.2, 0.3, 0.4]
    # the tipping friction of one loop is the geometric mean of its strengths
    gm = (0.4 * 0.1 * 0.3 * 0.2) ** 0.25
    assert wheel.tipping_friction() == pytest.approx(gm)
    step = 0.05
    assert ranked.loc[0, "gain"] == pytest.approx((0.4 * 0.15 * 0.3 * 0.2) ** 0.25 - gm)
    assert (ranked["without"] == 0).all()


def test_braking_links_come_last():
    ranked = io.weakest_links(io.example("b2b_software"))
    assert ranked["gain"].iloc[:-2].notna().all() and ranked["gain"].iloc[-2:].isna().all()
    assert set(ranked["sign"].iloc[-2:]) == {1, -1}


def test_simulated_tipping_point_agrees_with_the_linear_one_for_positive_links():
    wheel = io.from_table("pos", None, [("a", "b", "+", 0.3), ("b", "c", "+", 0.2),
                                        ("c", "a", "+", 0.25), ("c", "d", "+", 0.1),
                                        ("d", "b", "+", 0.2)])
    linear = io.tipping_point(wheel, "linear")
    assert io.tipping_point(wheel) == linear
    assert io.tipping_point(wheel, "simulate") == pytest.approx(linear, abs=0.002)


@pytest.mark.parametrize("name", io.examples())
def test_tipping_point_separates_spinning_from_running_down(name):
    wheel = io.example(name)
    tip = wheel.tipping_friction()
    driver = io.weakest_links(wheel).loc[0, "source"]

    def level(friction):
        run = loops.simulate(wheel.graph, friction, push={driver: 10}, push_until=24, months=2400)
        return run.mean(axis=1)

    below, above = level(tip - 0.01), level(tip + 0.01)
    assert below.iloc[-1] > 0.5 and abs(below.iloc[-1] - below.iloc[-600]) < 1e-3  # steady
    assert above.iloc[-1] < 1e-3 * above.iloc[24]                                  # gone


def test_local_shop_linear_estimate_is_wrong_with_its_brake():
    wheel = io.example("local_shop")
    assert io.tipping_point(wheel, "linear") > wheel.tipping_friction() + 0.02


# -- the panel and its model --------------------------------------------------------------------

B2B = io.example("b2b_software")
#: the B2B wheel without its brake: all links positive, so the engine is monotone
POSITIVE = io.from_table("pos", None, [r for r in B2B.table().itertuples(index=False)
                                       if r.sign == "+"])


@settings(max_examples=40, deadline=None)
@given(energies=st.lists(st.floats(0, 20), min_size=6, max_size=6),
       friction=st.floats(0, 0.6), push_until=st.integers(0, 120))
def test_panel_model_finite_and_bounded(energies, friction, push_until):
    run = byo_model(B2B, friction, push_until, energies)
    values = run.to_numpy(float)
    assert np.isfinite(values).all() and (values >= 0).all() and (values <= 100 + 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(energies=st.lists(st.floats(0, 20), min_size=6, max_size=6),
       friction=st.floats(0, 0.6), push_until=st.integers(0, 120),
       more=st.floats(0.5, 10), rough=st.floats(0.005, 0.2), which=st.integers(0, 5))
def test_panel_model_monotone_in_energy_and_friction(energies, friction, push_until, more,
                                                     rough, which):
    assert len(POSITIVE.factors) == 6 and (POSITIVE.links["sign"] == 1).all()
    base = byo_model(POSITIVE, friction, push_until, energies).to_numpy()
    stronger = list(energies)
    stronger[which] = min(20.0, stronger[which] + more)
    assert (byo_model(POSITIVE, friction, push_until, stronger).to_numpy() >= base - 1e-9).all()
    rougher = byo_model(POSITIVE, min(2.0, friction + rough), push_until, energies).to_numpy()
    assert (rougher <= base + 1e-9).all()


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", [None, "b2b_software"])
def test_panel_survives_every_slider_end(language, name):
    from flywheel_lib import panels
    fw.set_language(language)
    p = panels.build("09_build_your_own") if name is None else \
        panels.build("09_build_your_own", flywheel=io.example(name))
    assert p.last_error is None
    assert len([n for n in p.sliders if n.startswith("energy_")]) == len(p.flywheel.factors)
    for c in p.controls:
        for v in (c.min, c.max):
            p.set(**{c.name: v})
            assert p.last_error is None, (c.name, v, p.last_error)
    p.set(**{c.name: c.max for c in p.controls})
    p.set(**{c.name: c.min for c in p.controls})
    assert p.last_error is None
    factor = p.flywheel.factors[0]
    assert factor in p.sliders["energy_0"].description
    if language == "de":
        assert "Kipp-Reibung" in p.readout_box.value and "Kreislauf" in p.table_box.value


def test_panel_verdict_follows_the_tipping_point():
    from flywheel_lib import panels
    p = panels.build("09_build_your_own")
    tip = p.flywheel.tipping_friction()
    p.set(friction=round(tip - 0.02, 3))
    assert "keeps turning" in p.readout_box.value
    p.set(friction=round(tip + 0.02, 3))
    assert "runs down" in p.readout_box.value
    with pytest.raises(TypeError, match="flywheel must be a Flywheel"):
        panels.build("09_build_your_own", flywheel="shop.csv")


MATH_NAMES = ["$x", "a$b$c", "_hidden", "\\alpha", "$x$", "$\\frac{1}{0", "=1+1"]


def test_panel_draws_names_exactly_as_typed(user_folder):
    """Names are no math text: an unbalanced $ does not break the drawing, a pair is not turned
    into math, and a name starting with _ is still in the legend; both Save buttons work."""
    from flywheel_lib import panels
    n = len(MATH_NAMES)
    wheel = io.from_table("maths", MATH_NAMES,
                          [(MATH_NAMES[i], MATH_NAMES[(i + 1) % n], "+", 0.3) for i in range(n)])
    p = panels.build("09_build_your_own", flywheel=wheel)
    assert p.last_error is None, p.last_error
    texts = [t for t in p.fig.findobj(lambda a: hasattr(a, "get_parse_math"))
             if t.get_text() in MATH_NAMES]
    drawn = sorted(t.get_text() for t in texts)
    assert drawn == sorted(MATH_NAMES * 2)            # once in the diagram, once in the legend
    assert not any(t.get_parse_math() for t in texts)
    legend = [t.get_text() for t in p.fig.axes[1].get_legend().get_texts()]
    assert legend[:n] == MATH_NAMES and "_hidden" in legend
    p.save_figure_button.click()
    assert "Saved:" in p.saved_box.value, p.saved_box.value
    p.save_numbers_button.click()
    assert "Saved:" in p.saved_box.value, p.saved_box.value
    svg = sorted((user_folder / "exports").glob("*.svg"))[0].read_text(encoding="utf-8")
    assert "<svg" in svg
    import matplotlib.pyplot as plt
    plt.close(p.fig)
