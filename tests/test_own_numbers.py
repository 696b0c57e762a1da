"""Lesson 11's panel: the inbound wheel fitted to a learner's counts, the price of each friction,
"what if we cut it", and the learner's own CSV file through the upload button."""
import datetime

import matplotlib.pyplot as plt
import numpy as np
import pytest

import flywheel_lib as fw
from flywheel_lib import fit, i18n, panels
from flywheel_lib.panels import own_numbers

GERMAN_CSV = (
    "Monat;Neue Interessenten;Neue Kunden;Neue Fürsprecher\n"
    + "".join(f"{m};{40 + 12 * m};{int(2 + 3.5 * m)};{m // 3}\n" for m in range(1, 31))
).encode("utf-8")


@pytest.fixture
def panel():
    p = panels.build("11_your_own_numbers")
    yield p
    plt.close(p.fig)


def upload(panel, name: str, content: bytes) -> None:
    button = next(w for w in _widgets(panel.widget) if w.__class__.__name__ == "FileUpload")
    button.value = ({"name": name, "type": "text/csv", "size": len(content),
                     "content": memoryview(content),
                     "last_modified": datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)},)


def _widgets(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _widgets(child)


def test_starts_with_the_example_as_fitted(panel):
    assert panel.last_error is None
    example = own_numbers.fitted()
    assert "6,617" in panel.readout_box.value or f"{example.customers_won:,.0f}" in \
        panel.readout_box.value
    # at the start nothing is cut: the what-if line is the fitted wheel
    assert panel.last_result is not None


@pytest.mark.parametrize("driver", ["marketing", "sales", "service"])
def test_cutting_one_friction_agrees_with_what_if(panel, driver):
    panel.set(**{driver: 0.5})
    expected = own_numbers.fitted().what_if(driver, 0.5)
    shown = panel.last_result
    result = panel.model_result if hasattr(panel, "model_result") else None
    f = own_numbers.fitted()
    scenario = f.scenario(**{driver: 0.5})
    assert scenario.attrs["extra_customers"] == pytest.approx(expected["extra_customers"],
                                                              rel=1e-9)
    assert f"{expected['extra_customers']:,.0f}" in panel.readout_box.value
    assert expected["extra_customers"] > 0, "less friction wins more customers"
    assert shown is not None and result is None


def test_value_per_customer_prices_the_extra_customers(panel):
    panel.set(sales=0.0, value=300)
    extra = own_numbers.fitted().what_if("sales", 0.0)["extra_customers"]
    assert f"{extra * 300:,.0f} €" in panel.readout_box.value
    price = panel.last_result.attrs["fit"].price
    assert price["eur"].tolist() == pytest.approx((price["customers_lost"] * 300).tolist())


def test_a_learners_german_csv_is_fitted_and_shown(panel):
    upload(panel, "meine_zahlen.csv", GERMAN_CSV)
    assert panel.last_error is None
    assert "meine_zahlen.csv" in "".join(
        w.value for w in _widgets(panel.widget) if w.__class__.__name__ == "HTML")
    assert "in 30 months" in panel.readout_box.value
    months = panel.fig.axes[0].lines[0].get_xdata()
    assert len(months) == 30 and months[-1] == 30


def test_a_bad_file_is_named_and_the_panel_keeps_its_data(panel):
    before = panel.readout_box.value
    upload(panel, "broken.csv", b"month,new_prospects,new_customers,new_promoters\n1,5,x,0\n")
    status = "".join(w.value for w in _widgets(panel.widget)
                     if w.__class__.__name__ == "HTML" and "flywheel-error" in w.value)
    assert "broken.csv" in status and "new_customers" in status
    assert panel.readout_box.value == before


def test_german_panel_writes_german(panel):
    i18n.set_language("de")
    try:
        german = panels.build("11_your_own_numbers")
    finally:
        i18n.set_language("en")
    try:
        german.set(marketing=0.5)
        text = german.readout_box.value
        assert "Geschätzte Reibungen" in text and "Kunden mehr" in text
        assert re_english(text) == []
    finally:
        plt.close(german.fig)


def re_english(text):
    import re
    return re.findall(r"\d,\d{3}\b", text)


def test_friction_moves_redraw_only_the_what_if_line(panel):
    """Moving the friction sliders changes one line: no limit or bar is set again, so the
    pictures take the picture engine's fast path (a full draw of the figure costs about three
    times as much in the browser). The y axis may step to a rounder top now and then."""
    from pictures import differing
    panel.set(marketing=0.9)             # (the first move teaches the engine what moves)
    full = panel.frames.full_draws
    for value in (0.85, 0.8, 0.75, 0.7, 0.75, 0.8):
        panel.set(sales=value)
        assert differing(panel) == 0
    assert panel.frames.full_draws - full <= 1, "friction moves redraw the whole figure"


def test_after_an_upload_the_picture_depends_on_the_data_not_the_history(panel):
    """A learner's file, then moves: each picture is what a plain savefig draws, and the last
    one equals the picture of a panel that started with that file and got the same values."""
    from pictures import differing, sent
    panel.set(sales=0.3, value=500)
    upload(panel, "meine_zahlen.csv", GERMAN_CSV)
    assert differing(panel) == 0
    for values in ({"marketing": 0.5}, {"sales": 0.9}, {"value": 200}):
        panel.set(**values)
        assert differing(panel) == 0
    fresh = panels.build("11_your_own_numbers")
    try:
        upload(fresh, "meine_zahlen.csv", GERMAN_CSV)
        fresh.set(marketing=0.5, sales=0.9, value=200)
        assert np.array_equal(sent(fresh), sent(panel))
    finally:
        plt.close(fresh.fig)
