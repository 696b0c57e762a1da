"""Lesson 08: the ecosystem of a core and satellites, on top of the causal-loop engine.

The core is lesson 04's wheel: checked link for link against ``loops.amazon`` and, with no
satellites, against lesson 04's tipping friction (r⁵ = r + 1) and its runs. The core's tipping
friction is checked against the engine's own simulation (the core grows just below, decays just
above), also where a satellite grows by itself without reaching the core (AWS alone); the rest are
properties over the panel's ranges and every choice of satellites.
"""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import brentq

import flywheel_lib as fw
from flywheel_lib.models import ecosystem, loops


KEYS = ecosystem.SATELLITE_KEYS
subsets = st.lists(st.sampled_from(KEYS), unique=True)
F = ecosystem.STORY_FRICTION


def test_core_alone_is_lesson_04s_wheel_plus_cash():
    g = ecosystem.build([])
    assert g.factors == (*loops.AMAZON_FACTORS, ecosystem.CASH)
    lesson_04 = loops.amazon()
    ours = g.links[g.links["target"] != ecosystem.CASH].reset_index(drop=True)
    pd.testing.assert_frame_equal(ours, lesson_04.links)           # same links, strengths, delays
    assert set(zip(g.links["source"], g.links["target"])) - \
        set(zip(lesson_04.links["source"], lesson_04.links["target"])) == {("traffic", "cash")}
    polar = g.loops()
    assert len(polar) == 2 and set(polar["polarity"]) == {"reinforcing"}
    # its tipping friction is lesson 04's closed form, 0.15 · r with r⁵ = r + 1
    r = brentq(lambda x: x ** 5 - x - 1, 1.0, 2.0)
    assert ecosystem.tipping_friction(g) == pytest.approx(0.15 * r, rel=1e-9)


def test_core_alone_runs_as_lesson_04s_wheel():
    run = ecosystem.simulate([], energy=5.0, friction=0.10)
    theirs = loops.simulate(loops.amazon(), 0.10, {"customer experience": 5.0}, push_until=24)
    np.testing.assert_allclose(run[list(loops.AMAZON_FACTORS)].to_numpy(), theirs.to_numpy(),
                               rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(run["core"], loops.momentum(theirs), rtol=1e-12)


def test_every_satellite_is_wired_to_core_and_cash():
    g = ecosystem.build()
    links = set(zip(g.links["source"], g.links["target"]))
    for sat in ecosystem.SATELLITES:
        assert (sat.draws_on, sat.key) in links and (ecosystem.CASH, sat.key) in links
        if sat.feeds:
            assert (sat.key, sat.feeds) in links
    assert ("aws", "aws") in links and ("aws", ecosystem.CASH) in links
    assert ("selection", "affiliate") in links and ("affiliate", "traffic") in links
    assert ("grocery", "lower cost structure") in links
    assert not any(src == ecosystem.CASH and tgt in ecosystem.CORE for src, tgt in links)
    assert (g.links["sign"] == 1).all()


def test_feeds_core_follows_chains_of_links():
    assert set(np.array(ecosystem.build(["aws"]).factors)[
        ecosystem.feeds_core(ecosystem.build(["aws"]))]) == set(ecosystem.CORE)
    g = ecosystem.build(["aws", "music"])
    reach = dict(zip(g.factors, ecosystem.feeds_core(g)))
    assert reach["aws"] and reach["cash"] and reach["music"]   # aws → cash → music → core


def test_without_extra_friction_it_agrees_with_the_engine():
    plain = tuple(ecosystem.Satellite(s.key, s.feeds, s.feed, s.draw, s.own, s.funds, 0.0, s.scale,
                                      s.draws_on) for s in ecosystem.SATELLITES)
    g = ecosystem.build(catalogue=plain)
    # every factor leads into the core here; only cash keeps its extra friction: by hand
    a = g.matrix() - np.diag([ecosystem.CASH_FRICTION if f == ecosystem.CASH else 0.0
                              for f in g.factors])
    expected = max(np.linalg.eigvals(a).real)
    assert ecosystem.tipping_friction(g, plain) == pytest.approx(expected, rel=1e-12)
    # and a graph with no extra friction at all is exactly loops.tipping_friction
    core = loops.Graph.from_links(ecosystem.CORE[:4], [(a, b, 1, 0.12) for a, b in
                                                       zip(ecosystem.CORE[:4], ecosystem.CORE[1:4]
                                                           + ecosystem.CORE[:1])])
    assert ecosystem.tipping_friction(core) == pytest.approx(loops.tipping_friction(core))
    assert loops.tipping_friction(core) == pytest.approx(0.12)


@pytest.mark.parametrize("choice", [(), ("prime",), ("music",), ("aws",), ("affiliate",),
                                    ("grocery",), KEYS])
def test_the_core_grows_below_and_decays_above_its_tipping_friction(choice):
    tip = ecosystem.tipping_friction(ecosystem.build(choice))
    below = ecosystem.simulate(choice, energy=1, friction=tip - 0.01, push_until=6, months=600)
    above = ecosystem.simulate(choice, energy=1, friction=tip + 0.01, push_until=6, months=600)
    assert below["core"].iloc[-1] > below["core"].iloc[6]         # keeps spinning by itself
    assert above["core"].iloc[-1] < 0.2 * above["core"].iloc[6]   # friction wins


def test_a_satellite_that_reaches_no_core_factor_grows_alone():
    # AWS alone: its own loop beats friction 0.2, but its money feeds only satellites (none
    # here), so the core runs down as lesson 04's wheel does; the core's tipping point stays 0.175
    run = ecosystem.simulate(["aws"], friction=0.20, months=600)
    assert run["aws"].iloc[-1] > 10 and run["core"].iloc[-1] < 0.01
    assert ecosystem.tipping_friction(ecosystem.build(["aws"])) == \
        pytest.approx(loops.tipping_friction(loops.amazon()), rel=1e-12)


@settings(max_examples=40, deadline=None)
@given(small=subsets, extra=subsets)
def test_adding_satellites_never_lowers_the_tipping_friction(small, extra):
    big = list(dict.fromkeys([*small, *extra]))
    assert ecosystem.tipping_friction(ecosystem.build(big)) >= \
        ecosystem.tipping_friction(ecosystem.build(small)) - 1e-12


@settings(max_examples=30, deadline=None)
@given(small=subsets, extra=subsets, energy=st.floats(0, 30), friction=st.floats(0, 0.4))
def test_adding_satellites_never_slows_the_core(small, extra, energy, friction):
    big = list(dict.fromkeys([*small, *extra]))
    a = ecosystem.simulate(small, energy, friction)["core"].to_numpy()
    b = ecosystem.simulate(big, energy, friction)["core"].to_numpy()
    assert (b >= a - 1e-9).all()


@settings(max_examples=30, deadline=None)
@given(choice=subsets, energy=st.floats(0, 30), friction=st.floats(0, 0.4),
       more=st.floats(0.5, 10), rough=st.floats(0.01, 0.2))
def test_finite_bounded_and_monotone(choice, energy, friction, more, rough):
    run = ecosystem.simulate(choice, energy, friction)
    values = run.to_numpy(float)
    assert np.isfinite(values).all()
    assert (values >= 0).all() and (values <= 100 + 1e-9).all()
    stronger = ecosystem.simulate(choice, min(30, energy + more), friction)
    assert (stronger.to_numpy() >= values - 1e-9).all()
    rougher = ecosystem.simulate(choice, energy, min(0.4, friction + rough))
    assert (rougher.to_numpy() <= values + 1e-9).all()


def test_alone_reference_is_the_bare_core():
    run = ecosystem.simulate(alone=True)
    bare = ecosystem.simulate([])
    np.testing.assert_allclose(run.attrs["alone"].to_numpy(), bare.to_numpy(), atol=1e-12)
    np.testing.assert_allclose(run.to_numpy(), ecosystem.simulate().to_numpy(), atol=1e-12)


def test_the_lesson_stories():
    assert loops.tipping_friction(loops.amazon()) < F          # the story friction: above 04's
    run = ecosystem.simulate(friction=F, alone=True)
    # the whole keeps spinning where the bare core (lesson 04's wheel) runs down
    assert run["core"].iloc[-1] > 10 * run.attrs["alone"]["core"].iloc[-1]
    assert ecosystem.tipping_friction(ecosystem.build()) > F + 0.05
    # a weak satellite is cushioned by strong ones
    lonely = ecosystem.simulate(["music"], friction=F)
    assert run["music"].iloc[-1] > 5 * lonely["music"].iloc[-1]
    # a satellite with its own loop outgrows the core
    rev = ecosystem.revenue(run)
    assert rev["aws"] > rev["core"] > rev["prime"]
    worth = ecosystem.contribution(friction=F)
    assert list(worth.index[:2]) == ["prime", "aws"] and worth.index[-1] == "music"
    assert (worth["loss"] > 0).all()
    # the affiliate programme earns nothing itself, yet the core would miss it
    assert rev["affiliate"] == 0 and worth.loc["affiliate", "loss"] > 1.0
    # grocery feeds the booster: the core gains, but only after the booster's delays
    with_grocery = ecosystem.simulate(["grocery"], friction=0.10)
    without = ecosystem.simulate([], friction=0.10)
    gain = (with_grocery["core"] - without["core"]).to_numpy()
    assert gain[-1] > 1.0 and gain[:8].max() < 0.1 * gain[-1]
    # every single satellite but AWS raises the core's tipping friction; Prime most
    tips = {k: ecosystem.tipping_friction(ecosystem.build([k])) for k in KEYS}
    assert max(tips, key=tips.get) == "prime"
    assert all(tips[k] > tips["aws"] for k in KEYS if k != "aws")


@pytest.mark.parametrize("call, pattern", [
    (lambda: ecosystem.build(["netflix"]), r"unknown satellite 'netflix'; satellites are: prime"),
    (lambda: ecosystem.build(["prime", "prime"]), r"satellite 'prime' is listed twice"),
    (lambda: ecosystem.simulate(energy=-1), r"energy must be in \[0, 100\]"),
    (lambda: ecosystem.simulate(friction=3), r"friction must be in \[0, 1\.5\]"),
    (lambda: ecosystem.Satellite("traffic"), r"taken by the core"),
    (lambda: ecosystem.Satellite("x", feeds="cash"), r"feeds must be one of"),
    (lambda: ecosystem.Satellite("x", draws_on="aws"), r"draws_on must be one of"),
    (lambda: ecosystem.Satellite("x", feed=3), r"satellite 'x': feed must be in \[0, 2\]"),
])
def test_bad_input_is_named(call, pattern):
    with pytest.raises((ValueError, TypeError), match=pattern):
        call()


@pytest.mark.parametrize("language", ["en", "de"])
def test_panel_toggles_and_slider_ends(language):
    from flywheel_lib import panels
    fw.set_language(language)
    p = panels.build("08_ecosystem")
    assert p.last_error is None and set(p.toggles) == set(KEYS)
    before = p.updates
    for key, box in p.toggles.items():
        box.value = False
        assert p.last_error is None, key
    assert p.updates == before + len(KEYS)
    assert "core" in p.last_result.columns and not set(KEYS) & set(p.last_result.columns)
    for key, box in p.toggles.items():
        box.value = True
    for c in p.controls:
        for v in (c.min, c.max):
            p.set(**{c.name: v})
            assert p.last_error is None, (c.name, v, p.last_error)
    if language == "de":
        assert p.toggles["music"].description == "Musik"
        assert p.toggles["affiliate"].description == "Partnerprogramm"
        assert "Kipp-Reibung" in p.readout_box.value


def test_panel_starts_with_a_chosen_set():
    from flywheel_lib import panels
    p = panels.build("08_ecosystem", satellites=["prime"])
    assert [k for k, b in p.toggles.items() if b.value] == ["prime"]
    with pytest.raises(ValueError, match="unknown satellite"):
        panels.build("08_ecosystem", satellites=["netflix"])


# -- issue 15: every public function checks its inputs -----------------------------------------
@pytest.mark.parametrize("call, error, pattern", [
    (lambda: ecosystem.revenue([1, 2]), TypeError, r"run must be the DataFrame"),
    (lambda: ecosystem.revenue(pd.DataFrame({"x": [1.0]})), ValueError, r"'traffic' column"),
    (lambda: ecosystem.tipping_friction(None), TypeError, r"graph must be a loops\.Graph"),
    (lambda: ecosystem.extra_friction("core"), TypeError, r"graph must be a loops\.Graph"),
    (lambda: ecosystem.build(catalogue="prime"), TypeError, r"catalogue must be a sequence"),
    (lambda: ecosystem.build(["x"], catalogue=[{"key": "x"}]), TypeError, r"catalogue\[0\]"),
    (lambda: ecosystem.simulate(None), TypeError, r"satellites must be a list"),
    (lambda: ecosystem.simulate(energy=float("nan")), ValueError, r"energy must be a finite"),
    (lambda: ecosystem.simulate(months=12), ValueError, r"push_until must be in \[0, 12\]"),
    (lambda: ecosystem.Satellite("x", scale=float("inf")), ValueError, r"'x': scale"),
    (lambda: ecosystem.build(core_strength=-0.1), ValueError, r"core_strength must be in \[0, 2\]"),
])
def test_bad_input_names_the_field_and_the_range(call, error, pattern):
    with pytest.raises(error, match=pattern):
        call()


def test_extreme_satellites_stay_finite_and_within_capacity():
    strong = tuple(ecosystem.Satellite(f"s{i}", feeds=f, feed=2.0, draw=2.0, own=2.0, funds=2.0,
                                       friction=0.0, scale=100.0)
                   for i, f in enumerate(("", *ecosystem.CORE)))
    run = ecosystem.simulate([s.key for s in strong], 100.0, 0.0, 24, 48, catalogue=strong)
    values = run.to_numpy()
    assert np.isfinite(values).all() and (values >= 0).all() and (values <= 100 + 1e-9).all()
    g = ecosystem.build([s.key for s in strong], catalogue=strong)
    assert np.isfinite(ecosystem.tipping_friction(g, strong))
