"""Lesson 02's panel: paid budget, friction, churn and stop month → the funnel over time."""
from __future__ import annotations

import numpy as np

from flywheel_lib import i18n
from flywheel_lib.models import funnel
from flywheel_lib.ui import plotting
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 36
FRICTION_MAX, FRICTION_STEP = 0.9, 0.05   # the friction slider's range and step
BUDGET_RANGES = (5000, 10000, 20000)      # € a month: the plots' scales suit these budgets


def funnel_model(budget, push_until, friction, churn):
    """The panel's model: :func:`funnel.sales_funnel` over 36 months at the default stage rates."""
    return funnel.sales_funnel(budget, months=MONTHS, push_until=push_until,
                               friction=friction, churn=churn)


@register("02_sales_funnel", "sales.panel_title")
@plotting.styled
def sales_funnel_panel() -> Panel:
    fig, axes = plotting.figure(1, 3, width=12, height=4.0)
    # New customers and the customer base on scales set by the budget's range (up to 5,000,
    # 10,000 or 20,000 € a month), each wide enough for every stop month, friction and churn:
    # within a range, more budget, friction or churn visibly moves the curves. Sliding scales
    # (the numbers change, the plots' limits and grid stay): a new range is not a full redraw.
    scales = [plotting.SlidingScale(ax) for ax in axes[:2]]
    # room between the plots: a scale's numbers grow wider with the budget ("8k" to "30k") and
    # must stay clear of the plot beside them (these plots have no axis label to keep the room)
    fig.get_layout_engine().set(wspace=0.05)
    month = np.arange(1, MONTHS + 1)
    keys = ("new_customers", "customers", "cost_per_customer")
    titles = ("sales.new_title", "sales.base_title", "sales.cpc_title")
    lines, stops = [], []
    for ax, key, title, colour in zip(axes, keys, titles, plotting.CYCLE):
        (line,) = ax.plot(month, np.zeros(MONTHS), color=colour, drawstyle="steps-mid")
        lines.append(line)
        stops.append(ax.axvline(0, color="0.3", linestyle="--", linewidth=1.5))
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("common.month"))
        ax.set_xlim(0.5, MONTHS + 0.5)
    # The cost per customer climbs by four orders of magnitude over the friction slider's range:
    # a log axis spanning that whole range shows every setting, and never has to move.
    grid = np.round(np.arange(0.0, FRICTION_MAX + 1e-9, FRICTION_STEP), 10)
    costs = np.concatenate([funnel_model(5000, MONTHS, f, 0.0)["cost_per_customer"].to_numpy()
                            for f in grid])
    costs = costs[np.isfinite(costs) & (costs > 0)]
    lines[2].set_ydata(np.full(MONTHS, np.nan))   # (zeros have no place on a log axis)
    span = 10.0 ** np.floor(np.log10(costs.min())), 10.0 ** np.ceil(np.log10(costs.max()))
    axes[2].set_ylim(*span)   # limits first: a log scale then has nothing to autoscale
    axes[2].set_yscale("log")
    axes[2].set_ylim(*span)
    axes[2].yaxis.set_major_formatter(plotting.compact_formatter())
    axes[2].set_ylabel(i18n.t("sales.log_axis"))
    stops[0].set_label(i18n.t("sales.push_ends"))
    no_cpc = axes[2].text(0.5, 0.5, i18n.t("sales.no_customers"), transform=axes[2].transAxes,
                          ha="center", va="center", visible=False, clip_on=True,
                          bbox={"facecolor": "white", "edgecolor": "none"})
    no_cpc.set_clip_box(axes[2].bbox)   # (a moving text's redraw stays inside its plot)
    # the legend under the plots: over a moving line it would be drawn again on every move
    plotting.legend_below(fig, [stops[0]])
    # the most new customers a month and the largest base a budget range can give
    per_euro = funnel_model(1000, MONTHS, 0.0, 0.0)["new_customers"].max() / 1000

    def render(frame):
        money = max(BUDGET_RANGES[0], plotting.nice_ceiling(frame.attrs["budget"]))
        for scale, most in zip(scales, (money * per_euro, money * per_euro * MONTHS)):
            scale.set_top(most * 1.05)
        for line, key, scale in zip(lines, keys, (*scales, None)):
            values = frame[key].to_numpy()
            line.set_ydata(values if scale is None else scale.fractions(values))
        no_cpc.set_visible(not np.isfinite(frame["cost_per_customer"].to_numpy()).any())
        stop = frame.attrs["push_until"] + 0.5
        for s in stops:
            s.set_xdata([stop, stop])

    def model(budget, push_until, friction, churn):
        frame = funnel_model(budget, push_until, friction, churn)
        frame.attrs.update(push_until=push_until, budget=budget)
        return frame

    def readout(frame):
        won = frame["cumulative_customers"].iloc[-1]
        cpc = frame["cost_per_customer"].iloc[-1]
        after = frame["new_customers"].iloc[-1]
        return i18n.t("sales.readout", won=won, cpc=i18n.number(cpc, ",.2f"),
                      after=after, base=frame["customers"].iloc[-1], months=MONTHS)

    controls = [
        Control("budget", "sales.slider_budget", 0, BUDGET_RANGES[-1], 500, 5000,
                unit="unit.eur_month", integer=True),
        Control("push_until", "sales.slider_stop", 0, MONTHS, 1, 12, unit="unit.month",
                integer=True),
        Control("friction", "sales.slider_friction", 0.0, FRICTION_MAX, FRICTION_STEP, 0.0,
                fmt=".0%"),
        Control("churn", "sales.slider_churn", 0.0, 0.3, 0.01, 0.03, unit="unit.per_month",
                fmt=".0%"),
    ]
    return Panel(controls, model, render, fig, title="sales.panel_title", readout=readout)
