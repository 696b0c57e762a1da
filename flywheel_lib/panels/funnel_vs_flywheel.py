"""Lesson 06's panel: one budget, one stop month, one friction → the paid funnel and the inbound
wheel side by side, a table (customers, cost per customer, customers still arriving after the
push), and scenario buttons a presenter can click through.

The panel itself is a plain :class:`~flywheel_lib.ui.panel.Panel`; the scenario buttons and the
scenario table are added to its widget here and call ``panel.set(...)``.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as W
import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting
from flywheel_lib.ui.plotting import PALETTE
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

#: five years, as in lesson 05: long enough to see the wheel coast after the money stops
MONTHS = 60
FUNNEL, WHEEL = PALETTE["vermillion"], PALETTE["green"]


@dataclass(frozen=True)
class Scenario:
    """A preset: label key, slider values, and the key of what to watch for."""

    key: str
    budget: int
    push_until: int
    friction: float

    @property
    def values(self) -> dict:
        return {"budget": self.budget, "push_until": self.push_until, "friction": self.friction}


#: The presets, in the order a presenter clicks through them.
SCENARIOS = (
    Scenario("standard", 5000, 12, 0.1),
    Scenario("no_friction", 5000, 12, 0.0),
    Scenario("much_friction", 5000, 12, 0.5),
    Scenario("short_push", 5000, 3, 0.1),
    Scenario("endless_push", 5000, 60, 0.1),
    Scenario("double_budget", 10000, 12, 0.1),
)


def compare_model(budget, push_until, friction, months=MONTHS) -> pd.DataFrame:
    """The panel's model: :func:`inbound.compare_with_funnel` over :data:`MONTHS` months."""
    run = inbound.compare_with_funnel(budget, push_until=push_until, friction=friction,
                                      months=months)
    run.attrs["push_until"] = int(push_until)
    return run


def display_table(run: pd.DataFrame) -> pd.DataFrame:
    """The comparison table as a learner sees it: strategy names and headers translated,
    whole people, € with two decimals, '–' where no customer was won."""
    table = inbound.comparison_table(run, run.attrs["push_until"])

    def whole(column):
        return [i18n.number(v) for v in table[column].tolist()]

    # (built from plain lists with translated headers: this runs on every slider move)
    return pd.DataFrame({
        i18n.t("fvf.col.strategy"): [i18n.t(f"fvf.strategy_{s}") for s in table["strategy"]],
        i18n.t("fvf.col.customers_won"): whole("customers_won"),
        i18n.t("fvf.col.cost_per_customer"): [i18n.money(v)
                                              for v in table["cost_per_customer"].tolist()],
        i18n.t("fvf.col.won_after_push"): whole("won_after_push"),
        i18n.t("fvf.col.new_last_month"): whole("new_last_month"),
        i18n.t("fvf.col.base_at_end"): whole("base_at_end"),
    })


def scenario_table() -> pd.DataFrame:
    """The presets as a small table (translated), for the presenter."""
    return pd.DataFrame({
        i18n.t("fvf.col.scenario"): [i18n.t(f"fvf.scenario_{s.key}") for s in SCENARIOS],
        i18n.t("fvf.col.budget"): [i18n.money(s.budget, 0) for s in SCENARIOS],
        i18n.t("fvf.col.push_until"): [s.push_until for s in SCENARIOS],
        i18n.t("fvf.col.friction"): [i18n.percent(s.friction) for s in SCENARIOS],
        i18n.t("fvf.col.watch"): [i18n.t(f"fvf.watch_{s.key}") for s in SCENARIOS],
    })


def numbers(run: pd.DataFrame) -> pd.DataFrame:
    """Month by month, both strategies (headers translated), for the 'save numbers' button."""
    frame = run.reset_index()
    return frame.rename(columns={c: i18n.t(f"fvf.col.{c}") for c in frame.columns
                                 if i18n.has(f"fvf.col.{c}")})


def readout(run: pd.DataFrame) -> str:
    stop = run.attrs["push_until"]
    table = inbound.comparison_table(run, stop)
    funnel_row, wheel_row = table.iloc[0], table.iloc[1]
    after = i18n.t("fvf.readout_after", stop=stop, funnel=i18n.number(funnel_row['won_after_push']),
                   wheel=i18n.number(wheel_row['won_after_push'])) if stop < MONTHS else \
        i18n.t("fvf.readout_no_stop")
    ratio = (wheel_row["customers_won"] / funnel_row["customers_won"]
             if funnel_row["customers_won"] > 0 else float("nan"))
    won = i18n.t("fvf.readout_ratio", ratio=i18n.number(ratio, ".2f")) if np.isfinite(ratio) else \
        i18n.t("fvf.readout_no_funnel")
    return f"{after}<br>{won}"


def add_scenarios(panel: Panel) -> Panel:
    """Put a row of preset buttons, a 'next scenario' button and the scenario table into the
    panel's widget. Each button calls ``panel.set(...)`` with its preset's values."""
    buttons = []
    for s in SCENARIOS:
        b = W.Button(description=i18n.t(f"fvf.scenario_{s.key}"),
                     tooltip=i18n.t(f"fvf.watch_{s.key}"), layout=W.Layout(width="auto"))
        b.add_class("flywheel-scenario")
        b.on_click(lambda _b, s=s: apply(s))
        buttons.append(b)
    next_button = W.Button(description=i18n.t("fvf.next_scenario"), icon="forward",
                           button_style="info", layout=W.Layout(width="auto"))
    status = W.HTML(value="")
    state = {"index": -1}

    def apply(s: Scenario):
        state["index"] = SCENARIOS.index(s)
        panel.set(**s.values)
        status.value = (f"<b>{html.escape(i18n.t(f'fvf.scenario_{s.key}'))}</b>: "
                        f"{html.escape(i18n.t(f'fvf.watch_{s.key}'))}")

    next_button.on_click(lambda _b: apply(SCENARIOS[(state["index"] + 1) % len(SCENARIOS)]))
    table = W.HTML(scenario_table().to_html(index=False, border=0, classes="flywheel-table"))
    box = W.VBox([W.HTML(f"<b>{html.escape(i18n.t('fvf.scenarios'))}</b>"),
                  W.HBox([*buttons, next_button], layout=W.Layout(flex_flow="row wrap")),
                  status, W.Accordion(children=[table], titles=(i18n.t("fvf.scenario_table"),))])
    panel.scenario_buttons = {s.key: b for s, b in zip(SCENARIOS, buttons)}
    panel.next_scenario_button = next_button
    panel.scenario_status = status
    panel.apply_scenario = lambda key: apply(next(s for s in SCENARIOS if s.key == key))
    children = list(panel.widget.children)
    children.insert(1 if children and isinstance(children[0], W.HTML) else 0, box)
    panel.widget.children = tuple(children)
    return panel


@register("06_funnel_vs_flywheel", "fvf.panel_title")
@plotting.styled
def funnel_vs_flywheel_panel() -> Panel:
    fig, (ax_new, ax_won) = plotting.figure(1, 2, width=12, height=4.4)
    # The wheel's numbers grow by orders of magnitude as the sliders move, so the scales follow
    # the data on most moves: sliding scales (the numbers change, the plots' limits and grid
    # stay), so that a new scale is not a redraw of the whole figure.
    scales = {"new_customers": plotting.SlidingScale(ax_new),
              "cumulative_customers": plotting.SlidingScale(ax_won)}
    # a little room under 0: a line at 0 (the funnel's new customers once the money stops) is
    # drawn above the axis, not hidden under it; the legend sits under the plots (below)
    for ax in (ax_new, ax_won):
        ax.set_ylim(-0.03, 1.0)
    month = np.arange(1, MONTHS + 1)
    zeros = np.zeros(MONTHS)
    lines = {}
    for ax, key, title, ylabel in (
            (ax_new, "new_customers", "fvf.new_title", "fvf.axis_per_month"),
            (ax_won, "cumulative_customers", "fvf.won_title", "fvf.axis_people")):
        for strategy, colour, style in (("funnel", FUNNEL, "-"), ("wheel", WHEEL, "-")):
            (lines[strategy, key],) = ax.plot(
                month, zeros, color=colour, linestyle=style,
                drawstyle="steps-mid" if key == "new_customers" else "default",
                label=i18n.t(f"fvf.strategy_{strategy}"))
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("common.month"))
        ax.set_ylabel(i18n.t(ylabel))
        ax.set_xlim(0.5, MONTHS + 0.5)
    stops = [ax.axvline(0, color="0.3", linestyle="--", linewidth=1.5) for ax in (ax_new, ax_won)]
    stops[0].set_label(i18n.t("fvf.push_ends"))
    # one legend under both plots: over the moving lines it would be drawn again on every move
    plotting.legend_below(fig, [lines["funnel", "new_customers"], lines["wheel", "new_customers"],
                                stops[0]])
    shade = [ax.axvspan(0.5, 0.5, color="0.85", alpha=0.5, zorder=0.6)   # over the grid
             for ax in (ax_new, ax_won)]

    def render(run: pd.DataFrame):
        for ax, key in ((ax_new, "new_customers"), (ax_won, "cumulative_customers")):
            top = max(float(run[f"funnel_{key}"].max()), float(run[f"wheel_{key}"].max()), 1.0)
            scale = scales[key]
            scale.set_top(top * 1.15)
            for strategy in ("funnel", "wheel"):
                lines[strategy, key].set_ydata(scale.fractions(run[f"{strategy}_{key}"]))
        stop = run.attrs["push_until"] + 0.5
        for s in stops:
            s.set_xdata([stop, stop])
        for patch in shade:   # the months with paid push
            patch.set_x(0.5)
            patch.set_width(stop - 0.5)
        return display_table(run)

    controls = [
        Control("budget", "fvf.slider_budget", 0, 20000, 500, 5000, unit="unit.eur_month",
                integer=True),
        Control("push_until", "fvf.slider_stop", 0, MONTHS, 1, 12, unit="unit.month",
                integer=True),
        Control("friction", "fvf.slider_friction", 0.0, 0.9, 0.05, 0.1, fmt=".0%"),
    ]
    panel = Panel(controls, compare_model, render, fig, title="fvf.panel_title", readout=readout,
                  numbers=numbers, name="06_funnel_vs_flywheel")
    return add_scenarios(panel)
