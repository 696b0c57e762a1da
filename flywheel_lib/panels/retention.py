"""Lesson 07's panel: three ways of buying loyalty. Discount depth and frequency, service quality
and friction, a membership fee and the strength of the core offer → orders, customers, trust, the
discount habit and the share of members over four years, beside the same business with the same
service but without discounts and without a membership."""
from __future__ import annotations

import numpy as np

from flywheel_lib import i18n
from flywheel_lib.models import retention
from flywheel_lib.ui import plotting
from flywheel_lib.ui.plotting import PALETTE
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 48
#: the customers plot's fixed top: above the most customers (about 2,650) any slider setting
#: gives. (Orders range from a few hundred to about 8,700 a month, with a strong membership and
#: deep monthly discounts: their scale follows the data.)
CUSTOMERS_TOP = 3000
#: the membership sliders' start values: the fee of the lesson's member tier, an ordinary core
DEFAULT_FEE, DEFAULT_CORE = 5.0, 0.5


def retention_model(depth, frequency, service, friction, fee=DEFAULT_FEE, core=DEFAULT_CORE):
    """The panel's model: :func:`retention.loyalty` with the sliders' values, and the same run
    without discounts and without a membership as the reference (``attrs["reference"]``)."""
    run = retention.loyalty(depth, int(frequency), service, friction, months=MONTHS, fee=fee,
                            core=core)
    run.attrs["reference"] = retention.loyalty(0.0, 0, service, friction, months=MONTHS)
    return run


def summary(run) -> dict:
    """The readout's numbers: margin and customers with and without discounts."""
    ref = run.attrs["reference"]
    return {"margin": run["cumulative_margin"].iloc[-1], "margin_ref": ref["cumulative_margin"].iloc[-1],
            "customers": run["customers"].iloc[-1], "customers_ref": ref["customers"].iloc[-1],
            "peak": run["orders"].max(), "months": MONTHS,
            "members": 100 * run["members"].iloc[-1], "churn": 100 * run["churn"].iloc[-1],
            "churn_ref": 100 * ref["churn"].iloc[-1]}


@register("07_retention_prime", "retention.panel_title")
@plotting.styled  # titles, legends and texts added after figure() get the style too
def retention_panel() -> Panel:
    # orders across the top; customers and the two slow stocks below (narrow enough to leave
    # the sliders room beside the canvas)
    fig, grid = plotting.figure(2, 2, width=9.5, height=6.6)
    spec = grid[0, 0].get_gridspec()
    for ax in grid[0]:
        ax.remove()
    ax_o = fig.add_subplot(spec[0, :])
    ax_c, ax_t = grid[1]
    axes = (ax_o, ax_c, ax_t)
    month = np.arange(1, MONTHS + 1)
    zeros = np.zeros(MONTHS)
    orders_scale = plotting.SlidingScale(ax_o)
    (orders,) = ax_o.plot(month, zeros, color=PALETTE["vermillion"], drawstyle="steps-mid",
                          label=i18n.t("retention.with_policy"))
    (orders_ref,) = ax_o.plot(month, zeros, color=PALETTE["blue"], linestyle="--",
                              label=i18n.t("retention.without_extras"))
    (cust,) = ax_c.plot(month, zeros, color=PALETTE["vermillion"],
                        label=i18n.t("retention.with_policy"))
    (cust_ref,) = ax_c.plot(month, zeros, color=PALETTE["blue"], linestyle="--",
                            label=i18n.t("retention.without_extras"))
    (trust,) = ax_t.plot(month, zeros, color=PALETTE["green"], label=i18n.t("retention.trust"))
    (habit,) = ax_t.plot(month, zeros, color=PALETTE["orange"], label=i18n.t("retention.habit"))
    (members,) = ax_t.plot(month, zeros, color=PALETTE["purple"], linestyle="-.",
                           label=i18n.t("retention.members"))
    for ax, title in zip(axes, ("retention.orders_title", "retention.customers_title",
                                "retention.stocks_title")):
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("common.month"))
        ax.set_xlim(0.5, MONTHS + 0.5)
    ax_o.set_ylabel(i18n.t("retention.orders_axis"))
    ax_c.set_ylabel(i18n.t("retention.customers_axis"))
    ax_t.set_ylabel(i18n.t("retention.level_axis"))
    ax_t.set_ylim(0, 1.02)
    # Customers on a fixed scale, wide enough for every setting: a change shows as a change of
    # the curves (and the scale never has to be redrawn while a slider moves)
    ax_c.set_ylim(0, CUSTOMERS_TOP)
    # its ticks written like the orders' ticks above (German 2.500, English 2.5k)
    ax_c.yaxis.set_major_formatter(plotting.compact_formatter())
    # one legend under the plots: over the moving lines it would be drawn again on every move
    plotting.legend_below(fig, [orders, orders_ref, trust, habit, members], ncols=3)

    def render(run):
        ref = run.attrs["reference"]
        top = max(float(run["orders"].max()), float(ref["orders"].max()), 1.0)
        orders_scale.set_top(top * 1.1)
        orders.set_ydata(orders_scale.fractions(run["orders"].to_numpy()))
        orders_ref.set_ydata(orders_scale.fractions(ref["orders"].to_numpy()))
        cust.set_ydata(run["customers"].to_numpy())
        cust_ref.set_ydata(ref["customers"].to_numpy())
        trust.set_ydata(run["trust"].to_numpy())
        habit.set_ydata(run["habit"].to_numpy())
        members.set_ydata(run["members"].to_numpy())

    def readout(run):
        return i18n.t("retention.readout", **summary(run))

    controls = [
        Control("depth", "retention.slider_depth", 0.0, 0.6, 0.05, 0.3, fmt=".0%"),
        Control("frequency", "retention.slider_frequency", 0, 12, 1, 4,
                unit="retention.unit_per_year", integer=True),
        Control("service", "retention.slider_service", 0.0, 1.0, 0.05, 0.5, fmt=".0%"),
        Control("friction", "retention.slider_friction", 0.0, 1.0, 0.05, 0.2, fmt=".0%"),
        Control("fee", "retention.slider_fee", 0.0, 12.0, 1.0, DEFAULT_FEE, unit="unit.eur_month",
                fmt=".0f"),
        Control("core", "retention.slider_core", 0.0, 1.0, 0.05, DEFAULT_CORE, fmt=".0%"),
    ]
    return Panel(controls, retention_model, render, fig, title="retention.panel_title",
                 readout=readout)
