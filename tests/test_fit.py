"""Fitting the kit's models to a learner's numbers (flywheel_lib.fit).

The fits are checked against the kit's own models run at known parameters: Bass's closed form
(``inbound.bass_adopters``) and the inbound flywheel (``inbound.simulate``), with noise drawn
as counts — negative binomial (variance = mean + mean²/size: real counts scatter more than
Poisson ones) unless a test says Poisson. Every random draw has a fixed seed.
"""
import io
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import flywheel_lib
from flywheel_lib import fit
from flywheel_lib.data import DataError
from flywheel_lib.models import inbound

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def binomial_region(n: int, p: float, level: float = 0.99) -> tuple[int, int]:
    """The central region of Binomial(n, p) holding at least ``level`` of its probability."""
    pmf = [math.comb(n, k) * p ** k * (1 - p) ** (n - k) for k in range(n + 1)]
    lo, hi, tail = 0, n, (1 - level) / 2
    while sum(pmf[:lo + 1]) < tail:
        lo += 1
    while sum(pmf[hi:]) < tail:
        hi -= 1
    return lo, hi


def negative_binomial(rng, mean, size):
    return rng.negative_binomial(size, size / (size + np.asarray(mean)))


def bass_curve(p, q, m, periods):
    """Adopters per period from the kit's closed form of Bass's model."""
    return np.diff(inbound.bass_adopters(np.arange(periods + 1.0), p, q, m))


def wheel_counts(truth: dict, months: int) -> np.ndarray:
    """(months, 3): new prospects, new customers, new promoters of the kit's inbound wheel."""
    run = inbound.simulate(inbound.InboundParams(**truth), months).iloc[1:]
    return run[["attracted", "new_customers", "new_promoters"]].to_numpy()


def counts_frame(values: np.ndarray, names=("new_prospects", "new_customers",
                                            "new_promoters")) -> pd.DataFrame:
    return pd.DataFrame({"month": np.arange(1, len(values) + 1),
                         **{n: values[:, j] for j, n in enumerate(names)}})


# ------------------------------------------------------------------------------------------------
# Bass: closed forms
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("p, q, m, periods", [(0.01, 0.3, 50_000, 60), (0.03, 0.38, 1_000, 15),
                                              (0.002, 0.6, 2e6, 40), (0.2, 0.05, 500, 8)])
def test_bass_returns_the_truth_on_noise_free_data(p, q, m, periods):
    y = bass_curve(p, q, m, periods)
    found = fit.bass(y)
    assert found.p == pytest.approx(p, rel=1e-4)
    assert found.q == pytest.approx(q, rel=1e-4)
    assert found.m == pytest.approx(m, rel=1e-4)
    assert found.peak_period == pytest.approx(inbound.bass_peak(p, q), rel=1e-4, abs=1e-9)
    assert np.allclose(found.fitted["fitted"], y, rtol=1e-6)
    with_market = fit.bass(y, market=m)
    assert (with_market.p, with_market.q) == (pytest.approx(p, rel=1e-4), pytest.approx(q, rel=1e-4))
    assert with_market.ci["m"] == (m, m)


def test_bass_regression_stage_solves_bass_1969_exactly():
    """Data made by Bass's discrete equation S_t = (p + q·Y/m)(m − Y) satisfy his regression
    exactly, so its solution for m, p and q is the truth."""
    p, q, m = 0.015, 0.42, 12_000.0
    sales, before = [], 0.0
    for _ in range(14):
        s = (p + q * before / m) * (m - before)
        sales.append(s)
        before += s
    reg = fit.bass(sales).regression
    assert reg["p"] == pytest.approx(p, rel=1e-9)
    assert reg["q"] == pytest.approx(q, rel=1e-9)
    assert reg["m"] == pytest.approx(m, rel=1e-9)


def test_peak_period_counts_periods_from_the_launch():
    """Period k runs from t = k − 1 to k: the fitted curve's largest period holds t*."""
    found = fit.bass(bass_curve(0.01, 0.3, 50_000, 60))
    biggest = int(found.fitted["fitted"].idxmax()) + 1
    assert biggest == math.ceil(found.peak_period)
    assert fit.bass(bass_curve(0.3, 0.1, 1000, 10)).peak_period == 0.0   # q ≤ p: at the launch


def test_bass_curve_extends_the_fit():
    found = fit.bass(bass_curve(0.01, 0.3, 50_000, 30))
    longer = found.curve(80)
    assert np.allclose(longer[:30], found.fitted["fitted"])
    assert longer.sum() == pytest.approx(50_000, rel=1e-3)        # nearly everybody by then


# ------------------------------------------------------------------------------------------------
# Bass: recovery and coverage on noisy data
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bass_recovers_p_and_q_from_the_kits_wheel_within_10_percent(seed):
    """The kit's inbound wheel in its Bass setting (Euler steps, not the closed form), monthly
    adopters counted as Poisson counts. (With more scatter the estimates scatter more: see the
    coverage test, which uses negative binomial counts and prints how often p and q land within
    10 %.)"""
    p, q, m = 0.008, 0.22, 40_000.0
    run = inbound.simulate(inbound.bass_setting(p, q, m), 48)
    adopters = run["attracted"].to_numpy()[1:]
    y = np.random.default_rng(seed).poisson(adopters)
    found = fit.bass(pd.Series(y))
    assert abs(found.p / p - 1) < 0.10
    assert abs(found.q / q - 1) < 0.10
    assert found.ci["p"][0] < found.p < found.ci["p"][1]
    assert found.ci["m"][0] < found.m < found.ci["m"][1]


def test_bass_intervals_hold_the_truth_in_about_90_percent_of_200_cases():
    """200 data sets: 48 months of the closed form (m = 20,000, p = 0.01, q = 0.25 per month)
    with negative binomial noise (size 100). Each interval (p, q, m) must hold the truth a
    number of times that a coin with 90 % would give (99 % binomial region)."""
    p, q, m, months, cases = 0.01, 0.25, 20_000.0, 48, 200
    mean = bass_curve(p, q, m, months)
    rng = np.random.default_rng(20240)
    held = {"p": 0, "q": 0, "m": 0}
    within = {"p": 0, "q": 0}
    for case in range(cases):
        found = fit.bass(negative_binomial(rng, mean, 100.0), seed=case)
        for name, truth in (("p", p), ("q", q), ("m", m)):
            low, high = found.ci[name]
            held[name] += low <= truth <= high
            if name in within:
                within[name] += abs(getattr(found, name) / truth - 1) < 0.10
    lo, hi = binomial_region(cases, 0.9)
    print(f"\nBass 90 % intervals held the truth in {held} of {cases} cases "
          f"(allowed {lo}–{hi}); within 10 % of the truth: {within}")
    assert all(lo <= k <= hi for k in held.values()), held


def test_bass_with_a_known_market_fits_only_p_and_q():
    mean = bass_curve(0.01, 0.25, 20_000, 36)
    y = negative_binomial(np.random.default_rng(5), mean, 100.0)
    found = fit.bass(y, market=20_000)
    assert found.m == 20_000 and found.ci["m"] == (20_000, 20_000)
    assert found.ci["p"][0] <= 0.01 <= found.ci["p"][1]
    assert found.ci["q"][0] <= 0.25 <= found.ci["q"][1]
    assert found.regression["m"] == 20_000


def test_bass_intervals_are_repeatable_and_seeded():
    y = negative_binomial(np.random.default_rng(9), bass_curve(0.01, 0.25, 20_000, 36), 100.0)
    assert fit.bass(y).ci == fit.bass(y).ci
    assert fit.bass(y, seed=1).ci != fit.bass(y, seed=2).ci


# ------------------------------------------------------------------------------------------------
# Bass: a real series (Bass 1969)
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["room_air_conditioners", "clothes_dryers"])
def test_bass_1969_series_fit(name):
    """The fit of Bass's own products: the peak of the fitted curve lies near the year sales
    peaked, and Bass's regression (his published method) is reported beside the refined fit."""
    frame = fit.read_counts(DATA / f"bass_1969_{name}.csv")
    sales = pd.Series(frame["sales_thousands"].to_numpy(), index=frame["year"].astype(int))
    found = fit.bass(sales)
    reg = found.regression
    peak_year = sales.index[0] - 1 + math.ceil(found.peak_period)
    print(f"\n{name}: least squares p={found.p:.4f} q={found.q:.3f} m={found.m:,.0f} "
          f"peak {peak_year} | Bass's regression p={reg['p']:.4f} q={reg['q']:.3f} "
          f"m={reg['m']:,.0f} | sales peaked in {sales.idxmax()}")
    assert abs(peak_year - sales.idxmax()) <= 3
    for key in ("p", "q", "m"):
        assert found.ci[key][0] <= getattr(found, key) <= found.ci[key][1]
    assert 0 < reg["p"] < 0.1 and 0.1 < reg["q"] < 1
    assert list(found.fitted["label"]) == list(sales.index)
    # the regression is Bass's: fit S_t on Y(t−1) and Y(t−1)² by least squares, solve for m, p, q
    y = sales.to_numpy(float)
    before = np.concatenate([[0.0], np.cumsum(y)[:-1]])
    c, b, a = np.polyfit(before, y, 2)
    m = (-b - math.sqrt(b * b - 4 * a * c)) / (2 * c)
    assert (reg["m"], reg["p"], reg["q"]) == (pytest.approx(m), pytest.approx(a / m),
                                              pytest.approx(-c * m))


# ------------------------------------------------------------------------------------------------
# Inbound: recovery, coverage, price
# ------------------------------------------------------------------------------------------------

TRUTH = {"friction_marketing": 0.30, "friction_sales": 0.25, "friction_service": 0.15,
         "wom_promoters": 0.30}


@pytest.mark.parametrize("seed, names", [
    (1, ("new_prospects", "new_customers", "new_promoters")),
    (2, ("Neue Interessenten", "Neue Kunden", "Neue Promotoren")),
    (3, ("leads", "Kunden", "promoters")),
])
def test_inbound_recovers_the_frictions_within_005(seed, names):
    """60 months of the kit's wheel, Poisson counts. (The coverage test uses negative binomial
    counts and prints how often each friction lands within 0.05.)"""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(wheel_counts(TRUTH, 60))
    found = fit.inbound(counts_frame(counts, names))
    for d in inbound.DRIVERS:
        assert abs(found.frictions[d] - TRUTH[f"friction_{d}"]) < 0.05, (d, found.frictions)
        low, high = found.ci[d]
        assert low <= found.frictions[d] <= high
    assert found.word_of_mouth == pytest.approx(TRUTH["wom_promoters"], abs=0.15)
    assert found.fitted.columns.tolist()[:7] == [
        "month", "new_prospects", "new_prospects_fitted", "new_customers",
        "new_customers_fitted", "new_promoters", "new_promoters_fitted"]


def test_inbound_returns_the_truth_on_noise_free_counts():
    found = fit.inbound(counts_frame(wheel_counts(TRUTH, 48)))
    for d in inbound.DRIVERS:
        assert found.frictions[d] == pytest.approx(TRUTH[f"friction_{d}"], abs=1e-4)
    assert found.word_of_mouth == pytest.approx(TRUTH["wom_promoters"], abs=1e-3)


def test_inbound_intervals_hold_the_truth_in_about_90_percent_of_200_cases():
    """200 data sets of 48 months (the example's wheel, negative binomial noise, size 100),
    fitted as one batch by the routine fit.inbound runs."""
    truth = {"friction_marketing": 0.25, "friction_sales": 0.35, "friction_service": 0.20,
             "wom_promoters": 0.35}
    cases = 200
    rng = np.random.default_rng(4711)
    obs = negative_binomial(rng, np.broadcast_to(wheel_counts(truth, 48), (cases, 48, 3)),
                            100.0).astype(float)
    theta, _, cov, t = fit._fit_inbound(inbound.InboundParams(), obs)
    se = np.sqrt(np.einsum("bkk->bk", cov))
    error = np.abs(theta - np.array(list(truth.values())))
    held = (error <= t * se).sum(axis=0)
    lo, hi = binomial_region(cases, 0.9)
    names = [*inbound.DRIVERS, "word_of_mouth"]
    print(f"\ninbound 90 % intervals held the truth in "
          f"{dict(zip(names, held.tolist()))} of {cases} cases (allowed {lo}–{hi}); "
          f"frictions within 0.05: {dict(zip(names, (error[:, :3] < 0.05).sum(0).tolist()))}")
    assert all(lo <= k <= hi for k in held), held
    # the public function gives the same fit and intervals for one of them
    one = fit.inbound(counts_frame(obs[0]))
    assert [one.frictions[d] for d in inbound.DRIVERS] == pytest.approx(theta[0][:3], abs=1e-6)
    assert one.ci["sales"][0] == pytest.approx(theta[0][1] - t * se[0][1], abs=1e-6)


def test_price_table_is_the_wheel_rerun_without_each_friction():
    counts = negative_binomial(np.random.default_rng(7), wheel_counts(TRUTH, 36), 100.0)
    found = fit.inbound(counts_frame(counts), value_per_customer=250)
    par, months = found.params, 36
    won = inbound.simulate(par, months)["cumulative_customers"].iloc[-1]
    assert found.customers_won == pytest.approx(won)
    for _, row in found.price.iterrows():
        smooth = inbound.simulate(par.__class__(**{**par.__dict__,
                                                    f"friction_{row.driver}": 0.0}), months)
        lost = smooth["cumulative_customers"].iloc[-1] - won
        assert row.customers_lost == pytest.approx(lost, rel=1e-9)
        assert row.eur == pytest.approx(lost * 250)
        assert row.low <= row.customers_lost <= row.high
        assert row.eur_low == pytest.approx(row.low * 250)
        assert row.flow == inbound.FLOWS[row.driver]
        # the slider: no friction at all is the table's price, factor 1 changes nothing
        assert found.what_if(row.driver, 0)["extra_customers"] == pytest.approx(lost)
        assert found.what_if(row.driver, 1)["extra_customers"] == pytest.approx(0, abs=1e-9)
    half = found.what_if("service", 0.5)
    assert half["friction"] == pytest.approx(found.frictions["service"] / 2)
    assert half["eur"] == pytest.approx(half["extra_customers"] * 250)
    assert 0 < half["extra_customers"] < found.price.set_index("driver").customers_lost["service"]
    no_value = fit.inbound(counts_frame(counts))
    assert no_value.price[["eur", "eur_low", "eur_high"]].isna().all().all()
    assert math.isnan(no_value.what_if("sales", 0.5)["eur"])


def test_word_of_mouth_the_counts_cannot_show_gets_the_whole_range():
    """With much friction in service the unhappy customers outtalk the promoters: word of mouth
    never reaches the counts, and its interval says so."""
    truth = {**TRUTH, "friction_service": 0.6}
    found = fit.inbound(counts_frame(np.round(wheel_counts(truth, 24))))
    assert inbound.simulate(inbound.InboundParams(**truth), 24)["by_word_of_mouth"].max() == 0
    assert found.ci["word_of_mouth"] == (0.0, 1.0)
    assert found.frictions["service"] == pytest.approx(0.6, abs=0.05)


def test_the_example_file_is_made_by_its_script_and_fits():
    sys.path.insert(0, str(DATA))
    try:
        import make_fit_examples as gen
    finally:
        sys.path.pop(0)
    made = gen.example_inbound_months(np.random.default_rng(gen.SEED))
    buffer = io.StringIO()
    made.to_csv(buffer, index=False)
    assert buffer.getvalue() == (DATA / "example_inbound_months.csv").read_text(), \
        "data/example_inbound_months.csv is stale: run python data/make_fit_examples.py"
    found = fit.inbound(fit.read_counts(DATA / "example_inbound_months.csv"))
    for d in inbound.DRIVERS:
        low, high = found.ci[d]
        assert low <= gen.TRUTH[f"friction_{d}"] <= high


# ------------------------------------------------------------------------------------------------
# Reading CSV files
# ------------------------------------------------------------------------------------------------

GERMAN = ("\ufeffMonat;Neue Interessenten;Neue Kunden;Neue Promotoren\r\n"
          "Jan 2024;1.234;12,5;0\r\n"
          "Feb 2024;2.050;20;1\r\n"
          "\r\n"
          "Mär 2024;987;7,25;2\r\n")


def test_german_csv_with_semicolons_decimal_commas_and_thousands_dots():
    frame = fit.read_counts(GERMAN.encode("utf-8"))
    assert frame.columns.tolist() == ["Monat", "Neue Interessenten", "Neue Kunden",
                                      "Neue Promotoren"]
    assert frame["Neue Interessenten"].tolist() == [1234.0, 2050.0, 987.0]
    assert frame["Neue Kunden"].tolist() == [12.5, 20.0, 7.25]
    assert frame["Monat"].tolist() == ["Jan 2024", "Feb 2024", "Mär 2024"]


def test_english_csv_with_quoted_thousands_reads_the_same_numbers():
    english = ('month,new_prospects,new_customers,new_promoters\n'
               'Jan 2024,"1,234",12.5,0\nFeb 2024,2050,20,1\nMar 2024,987,7.25,2\n')
    a = fit.read_counts(io.BytesIO(english.encode()))
    b = fit.read_counts(GERMAN.encode())
    assert np.array_equal(a.iloc[:, 1:].to_numpy(), b.iloc[:, 1:].to_numpy())


def test_a_german_file_fits_like_the_english_one(tmp_path):
    counts = np.round(negative_binomial(np.random.default_rng(3), wheel_counts(TRUTH, 36), 100.0))
    english = counts_frame(counts)
    lines = ["Monat;Neue Interessenten;Neue Kunden;Neue Promotoren"]
    lines += [f"{m};{a:,.0f};{b:.0f};{c:.0f}".replace(",", ".") for m, (a, b, c)
              in zip(range(1, 37), counts)]
    path = tmp_path / "zahlen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    german = fit.inbound(fit.read_counts(path))
    assert german.frictions == pytest.approx(fit.inbound(english).frictions)
    assert german.fitted["label"].tolist() == [str(m) for m in range(1, 37)]


@pytest.mark.parametrize("text, pattern", [
    ("", r"the file is empty"),
    ("month;new_customers\n", r"no data rows"),
    ("month;a;a\n1;2;3\n", r"column 'a' appears twice"),
    ("month;a;\n1;2;3\n", r"column 3 has no name"),
    ("month;a;b\n1;2;3\n2;3\n", r"line 3: 2 cells but the header has 3 columns"),
    ("month;a;b\n1;2;3\n2;;3\n", r"column a, line 3: empty; expected a number"),
    ("month;a;b\n1;2;3\n2;zwei;3\n", r"column a, line 3: 'zwei' is not a number"),
    ("month,a,b\n1,2,3\n2,1.5.5,3\n", r"column a, line 3: '1.5.5' is not a number"),
    ("month;a;b\n1;2;nan\n", r"column b, line 2: 'nan' is not a number"),
])
def test_read_counts_names_file_line_and_column(text, pattern, tmp_path):
    path = tmp_path / "meine_zahlen.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"meine_zahlen\.csv.*" + pattern):
        fit.read_counts(path)


def test_read_counts_refuses_binary_and_missing_files(tmp_path):
    with pytest.raises(DataError, match="UTF-16"):
        fit.read_counts("month,a\n1,2\n".encode("utf-16"))
    with pytest.raises(FileNotFoundError):
        fit.read_counts(tmp_path / "nowhere.csv")
    with pytest.raises(TypeError, match="path, the file's bytes or an open file"):
        fit.read_counts(42)


# ------------------------------------------------------------------------------------------------
# Bad input: the kit's DataError, naming the column or value and what is allowed
# ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("adopters, pattern", [
    ([1, 2, 3, 4, 5], r"adopters: 5 periods; at least 6 are needed"),
    ([1, 2, -3, 4, 5, 6], r"adopters, period 3: -3 is negative; expected a count ≥ 0"),
    ([0, 0, 0, 0, 0, 0], r"adopters: every period is 0"),
    ([1, 2, "drei", 4, 5, 6], r"adopters, period 3: 'drei' is not a number"),
    ([1, 2, float("nan"), 4, 5, 6], r"adopters, period 3: empty \(NaN\)"),
    ([1, 2, None, 4, 5, 6], r"adopters, period 3: empty \(NaN\)"),
    ([1, 2, True, 4, 5, 6], r"adopters, period 3: True is not a number"),
    ([1, 2, float("inf"), 4, 5, 6], r"adopters, period 3: inf is not a finite number"),
    (pd.Series([1, 2, -1, 4, 5, 6], index=range(1990, 1996)), r"period 1992: -1 is negative"),
])
def test_bass_bad_adopters(adopters, pattern):
    with pytest.raises(DataError, match=pattern):
        fit.bass(adopters)


def test_bass_bad_arguments():
    y = bass_curve(0.01, 0.3, 1000, 12)
    with pytest.raises(ValueError, match=r"market must be at least the adopters so far"):
        fit.bass(y, market=10)
    with pytest.raises(ValueError, match=r"market must be in \(0, 1e\+15\]; got -5"):
        fit.bass(y, market=-5)
    with pytest.raises(TypeError, match=r"one column of numbers"):
        fit.bass(pd.DataFrame({"a": y}))
    with pytest.raises(TypeError, match=r"1-D"):
        fit.bass(np.ones((6, 2)))
    with pytest.raises(TypeError, match=r"Series, a list or an array"):
        fit.bass("1,2,3,4,5,6")
    with pytest.raises(ValueError, match=r"draws must be in \[20, 5000\]"):
        fit.bass(y, draws=5)


def _good_counts(months=12):
    return counts_frame(np.round(wheel_counts(TRUTH, months)))


def test_inbound_missing_column_lists_the_accepted_names():
    frame = _good_counts().drop(columns="new_promoters")
    with pytest.raises(DataError, match=r"no column for new_promoters; accepted names — "
                                        r"new_promoters: new_promoters, promoters, "
                                        r"neue_fuersprecher, fuersprecher, neue_promotoren"):
        fit.inbound(frame)


@pytest.mark.parametrize("column, row, value, pattern", [
    ("new_customers", 3, -4, r"column new_customers, month 4: -4 is negative"),
    ("new_prospects", 0, "viele", r"column new_prospects, month 1: 'viele' is not a number"),
    ("new_promoters", 5, np.nan, r"column new_promoters, month 6: empty \(NaN\)"),
])
def test_inbound_bad_cells_name_column_and_month(column, row, value, pattern):
    frame = _good_counts().astype(object)
    frame.loc[row, column] = value
    with pytest.raises(DataError, match=pattern):
        fit.inbound(frame)


def test_inbound_other_bad_input():
    with pytest.raises(DataError, match=r"column new_prospects: 5 months; at least 6"):
        fit.inbound(_good_counts().iloc[:5])
    zero = _good_counts()
    zero["new_promoters"] = 0
    with pytest.raises(DataError, match=r"column new_promoters: every month is 0"):
        fit.inbound(zero)
    twice = _good_counts().assign(kunden=1)
    with pytest.raises(DataError, match=r"columns 'new_customers' and 'kunden' both mean "
                                        r"new_customers"):
        fit.inbound(twice)
    with pytest.raises(ValueError, match=r"value_per_customer must be in \[0, 1e\+09\]"):
        fit.inbound(_good_counts(), value_per_customer=-1)
    huge = _good_counts()
    huge["new_prospects"] = 200_000
    with pytest.raises(ValueError, match=r"2,400,000 new prospects in all, more than the "
                                         r"wheel's whole market of 1,000,000 people"):
        fit.inbound(huge)
    with pytest.raises(TypeError, match=r"counts must be a DataFrame"):
        fit.inbound([[1, 2, 3]] * 10)
    found = fit.inbound(_good_counts())
    with pytest.raises(ValueError, match=r"driver must be one of marketing, sales, service"):
        found.what_if("support", 0.5)
    with pytest.raises(ValueError, match=r"factor must be in \[0, 10\]"):
        found.what_if("sales", -1)


def test_bad_cell_in_a_csv_names_file_line_and_column(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("Monat;Neue Interessenten;Neue Kunden;Neue Promotoren\n"
                    + "".join(f"{m};100;10;1\n" for m in range(1, 8))
                    + "8;100;-3;1\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"crm\.csv, column Neue Kunden, line 9: -3 is negative"):
        fit.inbound(fit.read_counts(path))


def test_fit_is_reachable_from_the_package():
    assert flywheel_lib.fit is fit
    assert "fit" in flywheel_lib.__all__


def test_german_excel_csv_in_windows_1252_is_read():
    """German Excel's plain "CSV" is Windows-1252: umlauts in the header and ';' separators."""
    text = "Monat;Neue Interessenten;Neue Kunden;Neue Fürsprecher\n" + "".join(
        f"{m};{40 + 12 * m};{2 + 3 * m},5;{m // 3}\n" for m in range(1, 13))
    frame = fit.read_counts(text.encode("cp1252"))
    assert list(frame.columns) == ["Monat", "Neue Interessenten", "Neue Kunden",
                                   "Neue Fürsprecher"]
    assert frame["Neue Kunden"].iloc[0] == 5.5
    assert fit.read_counts(text.encode("utf-8")).equals(frame)


def test_binary_that_is_no_text_still_fails_as_not_utf8():
    with pytest.raises(DataError, match="not UTF-8"):
        fit.read_counts(b"month,new_customers\n1,\x81\x02\x03\n")
