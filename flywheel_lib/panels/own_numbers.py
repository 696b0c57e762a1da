"""Lesson 11's panel: the inbound flywheel fitted to a learner's own monthly counts, what each
friction costs, and "what if we cut this friction".

The fit is :func:`flywheel_lib.fit.inbound` (done once per file: about 0.15 s); a slider move is
one run of the fitted wheel (:meth:`~flywheel_lib.fit.InboundFit.scenario`, about a millisecond).
The panel starts with the shipped example (``data/example_inbound_months.csv``); a learner's
own CSV file comes in through the file-upload button (or ``own_numbers_panel(counts=...)``).
"""
from __future__ import annotations

import html

import ipywidgets as W
import numpy as np
from matplotlib.ticker import MaxNLocator

from flywheel_lib import data, fit, i18n
from flywheel_lib.models import inbound as inbound_model
from flywheel_lib.ui import plotting
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

#: the shipped example: 48 months of an invented business (data/README.md says how it was made)
EXAMPLE = "example_inbound_months"
#: what one customer is worth at the start, € (the slider: 0–1,000 €)
VALUE = 120.0
COLOURS = {"marketing": plotting.PALETTE["blue"], "sales": plotting.PALETTE["orange"],
           "service": plotting.PALETTE["green"]}


def example_counts():
    """The shipped example's counts (a DataFrame: month, new_prospects, new_customers,
    new_promoters)."""
    return fit.read_counts(data.data_dir() / f"{EXAMPLE}.csv")


def fitted(counts=None, value_per_customer: float = VALUE) -> fit.InboundFit:
    """The inbound wheel fitted to ``counts`` (default: the shipped example)."""
    return fit.inbound(example_counts() if counts is None else counts, value_per_customer)


def readout_text(result, language: str | None = None) -> str:
    """The fitted frictions with their 90 % intervals, word of mouth, and what the sliders' cuts
    would have brought, in customers and euros."""
    f = result.attrs["fit"]
    lines = [i18n.t("yours.readout_frictions", language,
                    marketing=_share(f, "marketing", language), sales=_share(f, "sales", language),
                    service=_share(f, "service", language), wom=_word_of_mouth(f, language))]
    extra = result.attrs["extra_customers"]
    if abs(extra) < 0.5:
        lines.append(i18n.t("yours.readout_as_fitted", language, months=f.months,
                            customers=f.customers_won))
    else:
        lines.append(i18n.t("yours.readout_what_if", language, months=f.months,
                            extra=extra, eur=result.attrs["eur"],
                            value=f.value_per_customer or 0.0))
    return "<br>".join(lines)


def _word_of_mouth(f, language) -> str:
    low, high = f.ci["word_of_mouth"]
    return i18n.t("yours.wom_ci", language, wom=f.word_of_mouth, low=low, high=high)


def _share(f, driver: str, language) -> str:
    low, high = f.ci[driver]
    return i18n.t("yours.share_ci", language, share=100 * f.frictions[driver], low=100 * low,
                  high=100 * high)


@register("11_your_own_numbers", "yours.panel_title")
@plotting.styled
def own_numbers_panel(counts=None) -> Panel:
    """The panel; ``counts``: a DataFrame of monthly counts (default: the shipped example)."""
    state = {"fit": fitted(counts), "value": VALUE, "source": None}
    fig, (ax_n, ax_p) = plotting.figure(1, 2, width=11, height=4.2,
                                        gridspec_kw={"width_ratios": [1.5, 1]})
    # lines, not bars: a learner's file may have any number of months
    (observed,) = ax_n.plot([], [], drawstyle="steps-mid", color="#999999", linewidth=2.5,
                            label=i18n.t("yours.observed"))
    (fitted_line,) = ax_n.plot([], [], color=plotting.PALETTE["blue"],
                               label=i18n.t("yours.fitted"))
    (what_if_line,) = ax_n.plot([], [], color=plotting.PALETTE["green"], linestyle="--",
                                label=i18n.t("yours.what_if"))
    ax_n.set_xlabel(i18n.t("common.month"))
    ax_n.set_ylabel(i18n.t("yours.new_customers_axis"))
    plotting.set_title(ax_n, i18n.t("yours.customers_title"))
    plotting.legend_under(ax_n, ncols=3)
    drivers = list(inbound_model.DRIVERS)
    bars = ax_p.barh(range(3), np.zeros(3), color=[COLOURS[d] for d in drivers])
    spans = ax_p.hlines(range(3), np.zeros(3), np.zeros(3), color="black", linewidth=2)
    ax_p.set_yticks(range(3), [i18n.t(f"inbound.driver_{d}") for d in drivers])
    ax_p.invert_yaxis()
    ax_p.xaxis.set_major_locator(MaxNLocator(4))   # few numbers: the axis is narrow
    ax_p.set_xlabel(i18n.t("yours.price_axis"))
    plotting.set_title(ax_p, i18n.t("yours.price_title"))
    price_texts = [ax_p.text(0, k, "", va="center", ha="left", fontsize="small") for k in range(3)]

    def model(marketing, sales, service, value):
        f = state["fit"]
        if value != state["value"]:   # the euros follow the value per customer; no refit
            state["value"] = value
            f = state["fit"] = _revalue(f, value)
        result = f.scenario(marketing, sales, service)
        result.attrs["fit"] = f
        return result

    shown = {"fitted": None, "top": 1.0, "eur": None}   # what the picture shows (see render)

    def render(result):
        # Only what changed is touched: a limit or a bar set again, even to the same value,
        # makes the next picture a full draw of the figure (flywheel_lib.ui.frames), about three
        # times slower than drawing the one line that moves with the sliders.
        f = result.attrs["fit"]
        frame = f.fitted
        what_if_line.set_data(frame["month"].to_numpy(), result["new_customers"].to_numpy())
        price = f.price.set_index("driver").loc[drivers]
        if frame is not shown["fitted"]:          # a new fit: new data, new price bars
            shown["fitted"] = frame
            months = frame["month"].to_numpy()
            observed.set_data(months, frame["new_customers"].to_numpy())
            fitted_line.set_data(months, frame["new_customers_fitted"].to_numpy())
            ax_n.set_xlim(0.5, months[-1] + 0.5)
            shown["top"] = max(float(frame["new_customers"].max()),
                               float(frame["new_customers_fitted"].max()), 1.0)
            lost = price["customers_lost"].to_numpy()
            for bar, width in zip(bars, lost):
                bar.set_width(width)
            low, high = price["low"].to_numpy(), price["high"].to_numpy()
            spans.set_segments([[(lo, k), (hi, k)] for k, (lo, hi) in enumerate(zip(low, high))])
            right = max(float(np.nanmax(high)), float(lost.max()), 1.0)
            ax_p.set_xlim(0, plotting.nice_ceiling(right * 1.45, plotting.SlidingScale.LADDER))
            for k, text in enumerate(price_texts):
                text.set_position((max(float(high[k]), float(lost[k])) + right * 0.03, k))
            shown["eur"] = None
        # the y axis grows (and shrinks) in round steps: most moves leave it as it is
        top = max(shown["top"], float(result["new_customers"].max()))
        ceiling = plotting.nice_ceiling(top * 1.05, plotting.SlidingScale.LADDER)
        if ax_n.get_ylim() != (0.0, ceiling):
            ax_n.set_ylim(0, ceiling)
        eur = [i18n.money(v, 0) if np.isfinite(v) else "" for v in price["eur"].to_numpy()]
        if eur != shown["eur"]:                   # the euros follow the value per customer
            shown["eur"] = eur
            for text, words in zip(price_texts, eur):
                text.set_text(words)
        return f.price

    controls = [
        Control("marketing", "yours.slider_marketing", 0.0, 1.0, 0.05, 1.0, fmt=".0%"),
        Control("sales", "yours.slider_sales", 0.0, 1.0, 0.05, 1.0, fmt=".0%"),
        Control("service", "yours.slider_service", 0.0, 1.0, 0.05, 1.0, fmt=".0%"),
        Control("value", "yours.slider_value", 0.0, 1000.0, 10.0, VALUE, unit="yours.unit_eur",
                integer=True),
    ]
    language = i18n.get_language()      # the readout speaks the language the panel was built in
    panel = Panel(controls, model, render, fig, title="yours.panel_title",
                  readout=lambda result: readout_text(result, language),
                  numbers=lambda result: result.attrs["fit"].price)
    _add_upload(panel, state)
    return panel


def _revalue(f: fit.InboundFit, value: float) -> fit.InboundFit:
    """``f`` with the euros of its price table for another value per customer (no refit)."""
    from dataclasses import replace
    price = f.price.copy()
    for column, source in (("eur", "customers_lost"), ("eur_low", "low"), ("eur_high", "high")):
        price[column] = price[source] * value
    return replace(f, price=price, value_per_customer=float(value))


def _add_upload(panel: Panel, state: dict) -> None:
    """A file-upload button for the learner's own CSV file: read, fit, redraw; a file that cannot
    be used is named with what is wrong, and the panel keeps the data it had."""
    upload = W.FileUpload(accept=".csv,.txt", multiple=False,
                          description=i18n.t("yours.upload"), layout=W.Layout(width="auto"))
    upload.add_class("flywheel-upload")
    status = W.HTML(i18n.t("yours.source_example"))
    status.add_class("flywheel-upload-status")
    language = panel.language

    def received(change) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        name = str(item.get("name", ""))
        try:
            counts = fit.read_counts(bytes(item["content"]))
            state["fit"] = fit.inbound(counts, state["value"])
        except (ValueError, TypeError) as exc:
            # a DataError says it in the panel's language (fit.err.* labels); others in English
            said = exc.message(language) if callable(getattr(exc, "message", None)) else str(exc)
            status.value = ("<span class='flywheel-error'>"
                            + html.escape(i18n.t("yours.upload_failed", language, name=name,
                                                 problem=said)) + "</span>")
            return
        state["source"] = name
        status.value = i18n.t("yours.source_file", language, name=html.escape(name),
                              months=state["fit"].months)
        panel.update()

    upload.observe(received, names="value")
    panel.add_controls(W.HBox([upload, status], layout=W.Layout(flex_flow="row wrap",
                                                                 align_items="center")))
