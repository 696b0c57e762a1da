"""Our inbound flywheel against an independent engine: the same model written in Vensim's language
(tests/inbound.mdl), translated and run by PySD. PySD integrates with Euler's method only, so both
use the same TIME STEP; trajectories must agree to 1e-6 relative at every saved month.

PySD translates a model into a .py file beside it, so the .mdl is copied into a temporary folder.
``model.run(params={"TIME STEP": ...})`` does not change the step PySD integrates with; the step is
passed as ``run(time_step=...)`` instead.
"""
import shutil
from dataclasses import fields, replace
from pathlib import Path

import numpy as np
import pytest

from flywheel_lib.models import inbound


pysd = pytest.importorskip("pysd")
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword")

MDL = Path(__file__).with_name("inbound.mdl")

#: our field → the constant's name in inbound.mdl
NAMES = {
    "market": "Market", "initial_customers": "Initial Customers", "marketing": "Marketing",
    "sales": "Sales", "service": "Service", "after_sales": "After Sales",
    "friction_marketing": "Friction Marketing", "friction_sales": "Friction Sales",
    "friction_service": "Friction Service", "breadth": "Breadth",
    "attract_base": "Attract Base", "attract_per_energy": "Attract Per Energy",
    "content_life": "Content Life", "broad_reach": "Broad Reach", "fit_floor": "Fit Floor",
    "engage_base": "Engage Base", "engage_per_energy": "Engage Per Energy",
    "prospect_loss": "Prospect Loss", "prospect_loss_friction": "Prospect Loss Friction",
    "delight_base": "Delight Base", "delight_per_energy": "Delight Per Energy",
    "churn_customers": "Churn Customers", "churn_promoters": "Churn Promoters",
    "churn_friction": "Churn Friction", "churn_misfit": "Churn Misfit",
    "wom_prospects": "WOM Prospects", "wom_customers": "WOM Customers",
    "wom_promoters": "WOM Promoters", "badmouth": "Badmouth",
    "repeat_base": "Repeat Base", "repeat_per_energy": "Repeat Per Energy",
}
#: our columns → PySD's stocks
COLUMNS = {"strangers": "Strangers", "prospects": "Prospects", "customers": "Customers",
           "promoters": "Promoters", "left": "Left", "content": "Content",
           "cumulative_customers": "Won"}


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pysd_inbound")
    shutil.copy(MDL, folder / MDL.name)
    return pysd.read_vensim(str(folder / MDL.name))


def pysd_params(par: inbound.InboundParams) -> dict:
    """Our parameters under inbound.mdl's names (also used by tests/bench_inbound.py)."""
    params = {NAMES[f]: getattr(par, f) for f in NAMES}
    params["Push Until"] = 1e6 if par.push_until is None else par.push_until
    return params


def run_pysd(model, par: inbound.InboundParams, months: int):
    params = pysd_params(par)
    model.reload()
    out = model.run(params=params, time_step=par.dt, saveper=1, final_time=months,
                    return_columns=[*COLUMNS.values(), "Repeated"])
    np.testing.assert_array_equal(out.index.to_numpy(), np.arange(months + 1, dtype=float))
    return out


def assert_agree(ours, theirs, market):
    for col, name in COLUMNS.items():
        a, b = ours[col].to_numpy(), theirs[name].to_numpy()
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-9 * market, err_msg=col)
    # repeat purchases: ours month by month, PySD's as a stock of all since the start
    np.testing.assert_allclose(ours["repeat_purchases"].cumsum().to_numpy(),
                               theirs["Repeated"].to_numpy(), rtol=1e-6, atol=1e-9 * market,
                               err_msg="repeat_purchases")


def test_every_constant_of_the_mdl_is_mapped():
    assert set(NAMES) == {f.name for f in fields(inbound.InboundParams)} - {"push_until", "dt"}
    text = MDL.read_text(encoding="utf-8")
    for name in [*NAMES.values(), "Push Until", *COLUMNS.values(), "Repeated"]:
        assert f"\n{name} =" in text, name


def test_mdl_defaults_are_our_defaults(model):
    """Run PySD on the file as written: it must equal our default parameters."""
    model.reload()
    out = model.run(return_columns=[*COLUMNS.values(), "Repeated"])
    assert_agree(inbound.simulate(inbound.InboundParams(), 60), out, 1e6)


SCENARIOS = {
    "lesson 05 defaults, dt 1/4": dict(),
    "dt 1/16": dict(dt=1 / 16),
    "monthly steps": dict(dt=1.0),
    "push stops after 12 months": dict(push_until=12.0, marketing=2.0, sales=1.5, service=1.5,
                                       friction_marketing=0.1, friction_sales=0.1,
                                       friction_service=0.1),
    "push stops inside a month": dict(push_until=7.3, dt=0.125),
    "much service friction (bad talk wins)": dict(friction_service=0.8, service=1.0),
    "all sliders at their maximum": dict(marketing=10.0, sales=10.0, service=10.0,
                                         friction_marketing=0.9, friction_sales=0.9,
                                         friction_service=0.9),
    "no friction, strong energy": dict(marketing=10.0, sales=10.0, service=10.0,
                                       friction_marketing=0.0, friction_sales=0.0,
                                       friction_service=0.0),
    "a starting base of customers": dict(initial_customers=5000.0, marketing=0.0, sales=0.0),
    "broad content, after-sales content (lesson 05's second panel)": dict(
        breadth=0.7, after_sales=4.0, push_until=30.0),
    "short-lived content, everybody reached": dict(content_life=1.0, breadth=1.0,
                                                   broad_reach=2.5, dt=0.125),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_trajectories_agree(model, name):
    par = replace(inbound.InboundParams(), **SCENARIOS[name])
    months = 60
    assert_agree(inbound.simulate(par, months), run_pysd(model, par, months), par.market)


@pytest.mark.parametrize("p, q", [(0.03 / 12, 0.38 / 12), (0.001, 1.0), (0.1, 0.0)])
def test_bass_setting_agrees(model, p, q):
    par = inbound.bass_setting(p, q, 1e6)
    months = 48
    assert_agree(inbound.simulate(par, months), run_pysd(model, par, months), par.market)


def test_agreement_is_exact_step_for_step(model):
    """Same arithmetic in the same order: at dt 1/16 the stocks agree to the last bit."""
    par = replace(inbound.InboundParams(), dt=1 / 16)
    ours = inbound.simulate(par, 60)
    theirs = run_pysd(model, par, 60)
    for col in ("strangers", "prospects", "customers", "promoters", "left"):
        np.testing.assert_array_equal(ours[col].to_numpy(), theirs[COLUMNS[col]].to_numpy())
