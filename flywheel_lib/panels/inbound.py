"""Lesson 05's panels.

* ``05_inbound_flywheel``: energy and friction per driver → the stocks of people, new customers,
  and a live wheel whose segments show where the energy goes and whose red rims show where
  friction bites. The readout gives HubSpot's three factors of momentum (speed with the force
  behind it, friction, size) and names the driver whose friction costs the most customers.
* ``05_inbound_flywheel:fit``: the same wheel with two more levers — how broadly the content aims
  (the right people, or everybody) and after-sales content → prospects, customers on board, and
  first and repeat purchases, each beside the wheel that aims at the right people only and has no
  after-sales content.
"""
from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from matplotlib.patches import Circle, Patch, Wedge

from flywheel_lib import i18n
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting
from flywheel_lib.ui.plotting import PALETTE
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 60
#: colour of each driver's segment (Okabe–Ito) and of friction
COLOURS = {"marketing": PALETTE["blue"], "sales": PALETTE["orange"], "service": PALETTE["green"]}
FRICTION = PALETTE["vermillion"]
#: the stocks drawn on the left (those who left the wheel are in the saved numbers: drawn, they
#: would dwarf the customers, as most prospects lose interest)
STOCK_COLOURS = {"prospects": PALETTE["sky"], "customers": PALETTE["orange"],
                 "promoters": PALETTE["green"]}
MIN_SHARE = 0.12   # a driver without energy keeps a sliver of the wheel, so it stays visible
RING_OUT, RING_WIDTH, HUB = 1.0, 0.42, 0.5
RIM_GAP, RIM_MAX = 0.03, 0.32
CLIP = 3.0         # the frictionless curve is shown up to 3× the top of the actual one
#: the frame round the number of the driver whose friction bites hardest
FRAME = dict(boxstyle="round,pad=0.2", facecolor="white", edgecolor=FRICTION)
STRANGERS_TOP = 102.0   # the right-hand axis (strangers, % of the market) runs 0 … 102


@dataclass(frozen=True)
class WheelRun:
    """What one update computes: the run, the frictionless run, each driver's friction cost."""

    params: inbound.InboundParams
    frame: pd.DataFrame
    smooth: pd.DataFrame
    costs: pd.Series
    momentum: dict


def wheel_model(marketing, sales, service, friction_marketing, friction_sales, friction_service,
                months=MONTHS) -> WheelRun:
    """The panel's model: :func:`inbound.simulate` with the sliders' energies and frictions, the
    same wheel without friction, and :func:`inbound.friction_costs`."""
    par = inbound.InboundParams(marketing=marketing, sales=sales, service=service,
                                friction_marketing=friction_marketing,
                                friction_sales=friction_sales, friction_service=friction_service)
    frame = inbound.simulate(par, months)
    smooth = inbound.simulate(replace(par, friction_marketing=0.0, friction_sales=0.0,
                                      friction_service=0.0), months)
    costs = inbound.friction_costs(par, months, won=frame["cumulative_customers"].iloc[-1])
    mom = inbound.momentum(par, frame, smooth=smooth["cumulative_customers"].iloc[-1])
    return WheelRun(par, frame, smooth, costs, mom)


def segment_shares(energies) -> np.ndarray:
    """Angular share of each driver's segment: its share of the energy, at least MIN_SHARE."""
    e = np.asarray(energies, dtype=float)
    total = e.sum()
    share = e / total if total > 0 else np.full(len(e), 1 / len(e))
    share = np.maximum(share, MIN_SHARE)
    return share / share.sum()


def friction_bites(run: WheelRun) -> np.ndarray:
    """Per driver, how hard its friction bites, in [0, 1): its cost in customers over
    (customers won + the largest cost). The costliest driver gets the share of customers its friction
    costs; the others are scaled like their costs, so rim thickness compares the drivers fairly."""
    won = float(run.frame["cumulative_customers"].iloc[-1])
    costs = np.maximum(run.costs.reindex(inbound.DRIVERS).to_numpy(dtype=float), 0.0)
    total = won + costs.max()
    return costs / total if total > 0 else np.zeros(len(costs))


def translated(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with headers in the current language (labels ``inbound.col.<column>``)."""
    return frame.rename(columns={c: i18n.t(f"inbound.col.{c}") for c in frame.columns
                                 if i18n.has(f"inbound.col.{c}")})


def numbers(run: WheelRun) -> pd.DataFrame:
    """The numbers behind the picture, for the 'save numbers' button."""
    frame = run.frame.copy()
    frame["new_customers_without_friction"] = run.smooth["new_customers"]
    return translated(frame.reset_index())


def _fmt(value: float) -> str:
    return i18n.number(value)


def off_chart_peak(run: WheelRun) -> float | None:
    """The frictionless run's peak of new customers per month when it is cut off the chart
    (above ``CLIP`` times the actual run's peak), else None."""
    new = run.frame["new_customers"].to_numpy()[1:]
    ideal = run.smooth["new_customers"].to_numpy()[1:]
    top = max(float(new.max()), 1.0)
    return float(ideal.max()) if ideal.max() > CLIP * top else None


def readout(run: WheelRun) -> str:
    """HubSpot's three momentum factors, and where friction costs the most."""
    m = run.momentum
    worst = run.costs.idxmax()
    worst_cost = float(run.costs.max())
    lines = [
        f"<b>{html.escape(i18n.t('inbound.momentum'))}</b>",
        i18n.t("inbound.readout_speed", speed=_fmt(m["speed"]), force=i18n.number(m['force'], '.1f')),
        i18n.t("inbound.readout_friction", share=i18n.number(100 * m['friction'])),
        i18n.t("inbound.readout_size", size=_fmt(m["size"])),
    ]
    if worst_cost > 0.5:
        lines.append(i18n.t("inbound.readout_worst", driver=i18n.t(f"inbound.driver_{worst}"),
                            cost=_fmt(worst_cost)))
    else:
        lines.append(i18n.t("inbound.readout_no_friction"))
    peak = off_chart_peak(run)
    if peak is not None:
        lines.append(i18n.t("inbound.off_chart", peak=_fmt(peak)))
    return "<br>".join(lines)


@register("05_inbound_flywheel", "inbound.panel_title")
@plotting.styled
def inbound_panel() -> Panel:
    fig, (ax_s, ax_n, ax_w) = plotting.figure(
        1, 3, width=14, height=5.2, gridspec_kw={"width_ratios": [1.05, 0.95, 1.3]})
    fig.get_layout_engine().set(wspace=0.06)
    month = np.arange(MONTHS + 1)
    zeros = np.zeros(MONTHS + 1)

    # The stocks and new customers grow by orders of magnitude as the sliders move, so their
    # scales follow the data on most moves: sliding scales (the numbers change, the plot's limits
    # and grid stay), so that a new scale is not a redraw of the whole figure.
    stock_scale = plotting.SlidingScale(ax_s)
    new_scale = plotting.SlidingScale(ax_n)

    # -- stocks: prospects, customers, promoters (+ left) on the left axis, strangers on the right
    stock_lines = {}
    for name, colour in STOCK_COLOURS.items():
        (stock_lines[name],) = ax_s.plot(month, zeros, color=colour,
                                         linestyle="--" if name == "left" else "-",
                                         label=i18n.t(f"inbound.stock_{name}"))
    # Strangers in % of the market on a right-hand axis that belongs to the stocks' plot (the
    # line is drawn there as a fraction of 102 %, the plot's fixed height): nothing is drawn over
    # the moving lines, as a second plot on top of this one would be
    ax_st = ax_s.secondary_yaxis("right", functions=(lambda y: y * STRANGERS_TOP,
                                                     lambda p: p / STRANGERS_TOP))
    ax_st.set_ylabel(i18n.t("inbound.axis_strangers_share"))
    (strangers,) = ax_s.plot(month, zeros, color=PALETTE["black"], linestyle=":",
                             label=i18n.t("inbound.stock_strangers_right"))
    plotting.set_title(ax_s, i18n.t("inbound.stocks_title"))
    ax_s.set_xlabel(i18n.t("common.month"))
    ax_s.set_ylabel(i18n.t("inbound.axis_people"))
    ax_s.set_xlim(0, MONTHS)
    # (legends under the plots: over the moving lines they would be drawn again on every move)
    handles = [*stock_lines.values(), strangers]
    plotting.legend_under(ax_s, handles, ncols=2, fontsize="small")

    # -- new customers per month, and what the wheel would do without friction
    (new_line,) = ax_n.plot(month[1:], zeros[1:], color=PALETTE["orange"],
                            label=i18n.t("inbound.new_as_set"))
    (smooth_line,) = ax_n.plot(month[1:], zeros[1:], color="0.45", linestyle=":",
                               label=i18n.t("inbound.new_without_friction"))
    plotting.set_title(ax_n, i18n.t("inbound.new_title"))
    ax_n.set_xlabel(i18n.t("common.month"))
    ax_n.set_ylabel(i18n.t("inbound.axis_per_month"))
    ax_n.set_xlim(1, MONTHS)
    plotting.legend_under(ax_n, ncols=1, fontsize="small")

    # -- the wheel: three segments (energy), a red rim on each (friction), the customer at the hub
    lim = 2.1
    ax_w.set_aspect("equal")   # round circles; wider than tall, for the labels left and right
    ax_w.set_xlim(-1.35 * lim, 1.35 * lim)
    ax_w.set_ylim(-lim, lim)
    ax_w.set_axis_off()
    plotting.set_title(ax_w, "\n".join(textwrap.wrap(i18n.t("inbound.wheel_title"), 28)))
    segments, rims, seg_text, rim_text = {}, {}, {}, {}
    for d in inbound.DRIVERS:
        segments[d] = ax_w.add_patch(Wedge((0, 0), RING_OUT, 0, 120, width=RING_WIDTH,
                                           facecolor=COLOURS[d], edgecolor="white", linewidth=2))
        rims[d] = ax_w.add_patch(Wedge((0, 0), RING_OUT + RIM_GAP, 0, 120, width=0.0,
                                       facecolor=FRICTION, edgecolor=FRICTION, alpha=0.85,
                                       linewidth=0.5))   # (no hatch: it doubled the rims' cost)
        seg_text[d] = ax_w.text(0, 0, "", ha="center", va="center", color="white",
                                fontweight="bold")
        rim_text[d] = ax_w.text(0, 0, "", ha="center", va="center", color=FRICTION,
                                fontweight="bold", fontsize="small")
    # the segments' names in a legend that never moves (names that followed the segments round
    # the wheel cost a text draw each on every frame)
    ax_w.legend(handles=[Patch(facecolor=COLOURS[d], label=i18n.t(f"inbound.flow_{d}"))
                         for d in inbound.DRIVERS],
                loc="upper center", ncol=3, fontsize="small", handlelength=1.2, columnspacing=1.0)
    # the hub and its name never move: drawn below the ring (they do not touch it), they stay in
    # the fast redraw's background, and only the number on the hub is drawn on each move
    ax_w.add_patch(Circle((0, 0), HUB, facecolor="white", edgecolor="0.3", linewidth=1.5,
                          zorder=0.8))
    ax_w.text(0, 0.04, i18n.t("inbound.hub"), ha="center", va="bottom", fontsize="small",
              zorder=0.9)
    hub_text = ax_w.text(0, -0.02, "", ha="center", va="top", fontsize="small")
    ax_w.text(0, -lim, "\n".join(textwrap.wrap(i18n.t("inbound.wheel_note"), 48)), ha="center",
              va="bottom", fontsize="x-small", color="0.3", zorder=0.5)   # (below the moving parts:
    # nothing that moves is ever drawn under it, so the fast redraw never has to watch it)
    # texts that move with the data must not move the layout (constrained layout would otherwise
    # make room for them, and the picture would depend on the slider's history)
    for text in ax_w.texts:
        text.set_in_layout(False)
    # The moving parts are clipped to the wheel (and the numbers beside it) as they stand: each
    # move then redraws that area only, not the legend above it or the note below
    reach = RING_OUT + RIM_GAP + RIM_MAX + 0.05
    plotting.clip_to([*segments.values(), *rims.values(), *seg_text.values()], ax_w,
                     -reach, -reach, reach, reach)
    plotting.clip_to(rim_text.values(), ax_w, -1.32 * lim, -1.65, 1.32 * lim, 1.65)
    plotting.clip_to([hub_text], ax_w, -HUB, -HUB, HUB, HUB)

    def place(texts, radius, angle_deg):
        a = np.deg2rad(angle_deg)
        x, y = radius * np.cos(a), radius * np.sin(a)
        ha = "left" if x > 0.35 else "right" if x < -0.35 else "center"
        for t in texts:
            t.set_position((x, y))
            t.set_horizontalalignment(ha)

    def shape(wedge, theta1, theta2, radius, width):
        # (a wedge computes its outline again after any setter: only when something changed)
        if (wedge.theta1, wedge.theta2, wedge.r, wedge.width) != (theta1, theta2, radius, width):
            wedge.set_theta1(theta1)
            wedge.set_theta2(theta2)
            wedge.set_radius(radius)
            wedge.set_width(width)

    def render(run: WheelRun):
        frame, smooth, par = run.frame, run.smooth, run.params
        top = max(float(frame[list(STOCK_COLOURS)].to_numpy().max()), 1.0)
        stock_scale.set_top(top * 1.12)
        for name, line in stock_lines.items():
            line.set_ydata(stock_scale.fractions(frame[name].to_numpy()))
        strangers.set_ydata(100.0 * frame["strangers"].to_numpy() / par.market / STRANGERS_TOP)
        new = frame["new_customers"].to_numpy()[1:]
        ideal = smooth["new_customers"].to_numpy()[1:]
        top = max(float(new.max()), 1.0)
        shown = min(float(ideal.max()), CLIP * top) if ideal.max() > top else top
        new_scale.set_top(max(shown, top) * 1.12)
        new_line.set_ydata(new_scale.fractions(new))
        smooth_line.set_ydata(new_scale.fractions(ideal))

        energies = [getattr(par, d) for d in inbound.DRIVERS]
        shares = segment_shares(energies)
        bites = friction_bites(run)
        worst = int(np.argmax(bites)) if bites.max() > 0 else -1
        start = 90.0
        for j, d in enumerate(inbound.DRIVERS):   # clockwise from the top: attract, engage, delight
            theta2, theta1 = start, start - 360.0 * shares[j]
            start = theta1
            mid = (theta1 + theta2) / 2
            shape(segments[d], theta1, theta2, RING_OUT, RING_WIDTH)
            rim = RIM_MAX * bites[j]
            shape(rims[d], theta1 + 1.5, theta2 - 1.5, RING_OUT + RIM_GAP + rim, rim)
            rims[d].set_visible(rim > 0.002)
            seg_text[d].set_text(i18n.number(energies[j], ".1f"))
            a = np.deg2rad(mid)
            seg_text[d].set_position(((RING_OUT - RING_WIDTH / 2) * np.cos(a),
                                      (RING_OUT - RING_WIDTH / 2) * np.sin(a)))
            cost = float(run.costs[d])
            rim_text[d].set_text("−" + i18n.number(cost) if cost >= 0.5 else "")
            framed = rim_text[d].get_bbox_patch() is not None   # framed: where friction bites
            if framed != (j == worst):                           # most (only that one has a
                rim_text[d].set_bbox(FRAME if j == worst else None)   # frame: cheaper to draw)
            place((rim_text[d],), RING_OUT + RIM_GAP + RIM_MAX + 0.08, mid)
        hub_text.set_text(_fmt(run.momentum["size"]))
        return None

    controls = [
        Control("marketing", "inbound.slider_marketing", 0.0, 10.0, 0.5, 4.0,
                unit="inbound.unit_keur_month", fmt=".1f"),
        Control("sales", "inbound.slider_sales", 0.0, 10.0, 0.5, 3.0,
                unit="inbound.unit_keur_month", fmt=".1f"),
        Control("service", "inbound.slider_service", 0.0, 10.0, 0.5, 3.0,
                unit="inbound.unit_keur_month", fmt=".1f"),
        Control("friction_marketing", "inbound.slider_friction_marketing", 0.0, 0.9, 0.05, 0.2,
                fmt=".0%"),
        Control("friction_sales", "inbound.slider_friction_sales", 0.0, 0.9, 0.05, 0.2,
                fmt=".0%"),
        Control("friction_service", "inbound.slider_friction_service", 0.0, 0.9, 0.05, 0.2,
                fmt=".0%"),
    ]
    return Panel(controls, wheel_model, render, fig, title="inbound.panel_title",
                 readout=readout, numbers=numbers, name="05_inbound_flywheel")


# -- the second panel: fit and repeat purchases ------------------------------------------------

@dataclass(frozen=True)
class FitRun:
    """What one move of the fit panel computes: the wheel as set, the same wheel with content for
    the right people only (``right``), and the same wheel without after-sales content
    (``no_after``)."""

    params: inbound.InboundParams
    frame: pd.DataFrame
    right: pd.DataFrame
    no_after: pd.DataFrame


def fit_model(breadth, after_sales, months=MONTHS) -> FitRun:
    """The fit panel's model: lesson 05's default wheel (4, 3, 3 k€ a month, 20 % friction) with
    the sliders' ``breadth`` and ``after_sales``, and its two references."""
    par = inbound.InboundParams(breadth=breadth, after_sales=after_sales)
    return FitRun(par, inbound.simulate(par, months),
                  inbound.simulate(replace(par, breadth=0.0), months),
                  inbound.simulate(replace(par, after_sales=0.0), months))


def conversion(frame: pd.DataFrame) -> float:
    """Share of the prospects attracted over the run who became customers (0 if nobody came)."""
    attracted = float(frame["attracted"].sum())
    return float(frame["cumulative_customers"].iloc[-1]) / attracted if attracted > 0 else 0.0


def buy_again_within_a_year(par: inbound.InboundParams) -> float:
    """Share of customers who buy again within 12 months (repeat purchases arrive at random at the
    monthly rate (1 − service friction) × (repeat_base + repeat_per_energy × after_sales))."""
    rate = (1 - par.friction_service) * (par.repeat_base + par.repeat_per_energy * par.after_sales)
    return 1 - float(np.exp(-12 * rate))


def fit_readout(run: FitRun) -> str:
    last, right = run.frame.iloc[-1], run.right.iloc[-1]
    return "<br>".join([
        i18n.t("inbound.fit_readout_conversion", share=i18n.number(100 * conversion(run.frame), ".1f"),
               right=i18n.number(100 * conversion(run.right), ".1f")),
        i18n.t("inbound.fit_readout_base", base=_fmt(last["customers"] + last["promoters"]),
               right=_fmt(right["customers"] + right["promoters"])),
        i18n.t("inbound.fit_readout_repeat", repeat=_fmt(last["repeat_purchases"]),
               first=_fmt(last["new_customers"]),
               again=i18n.number(100 * buy_again_within_a_year(run.params))),
    ])


def fit_numbers(run: FitRun) -> pd.DataFrame:
    """The numbers behind the fit panel, for the 'save numbers' button."""
    frame = run.frame.copy()
    frame["new_customers_right_people_only"] = run.right["new_customers"]
    frame["repeat_purchases_without_after_sales"] = run.no_after["repeat_purchases"]
    return translated(frame.reset_index())


@register("05_inbound_flywheel:fit", "inbound.fit_title")
@plotting.styled
def fit_panel() -> Panel:
    fig, axes = plotting.figure(1, 3, width=12, height=4.4)
    ax_p, ax_b, ax_r = axes
    fig.get_layout_engine().set(wspace=0.08)
    month = np.arange(1, MONTHS + 1)
    zeros = np.zeros(MONTHS)
    scales = [plotting.SlidingScale(ax) for ax in axes]
    (prospects,) = ax_p.plot(month, zeros, color=PALETTE["sky"], label=i18n.t("inbound.fit_as_set"))
    (prospects_ref,) = ax_p.plot(month, zeros, color="0.45", linestyle="--",
                                 label=i18n.t("inbound.fit_right_only"))
    (base,) = ax_b.plot(month, zeros, color=PALETTE["orange"], label=i18n.t("inbound.fit_as_set"))
    (base_ref,) = ax_b.plot(month, zeros, color="0.45", linestyle="--",
                            label=i18n.t("inbound.fit_right_only"))
    (first,) = ax_r.plot(month, zeros, color=PALETTE["orange"],
                         label=i18n.t("inbound.fit_first_purchases"))
    (again,) = ax_r.plot(month, zeros, color=PALETTE["green"],
                         label=i18n.t("inbound.fit_repeat_purchases"))
    (again_ref,) = ax_r.plot(month, zeros, color=PALETTE["green"], linestyle="--",
                             label=i18n.t("inbound.fit_repeat_without"))
    for ax, title, ylabel in ((ax_p, "inbound.fit_prospects_title", "inbound.axis_per_month"),
                              (ax_b, "inbound.fit_base_title", "inbound.axis_people"),
                              (ax_r, "inbound.fit_purchases_title", "inbound.axis_purchases")):
        plotting.set_title(ax, i18n.t(title))
        ax.set_xlabel(i18n.t("common.month"))
        ax.set_ylabel(i18n.t(ylabel))
        ax.set_xlim(1, MONTHS)
        plotting.legend_under(ax, ncols=1, fontsize="small")

    def render(run: FitRun):
        pairs = ((scales[0], ((prospects, run.frame["attracted"]),
                              (prospects_ref, run.right["attracted"]))),
                 (scales[1], ((base, run.frame["customers"] + run.frame["promoters"]),
                              (base_ref, run.right["customers"] + run.right["promoters"]))),
                 (scales[2], ((first, run.frame["new_customers"]),
                              (again, run.frame["repeat_purchases"]),
                              (again_ref, run.no_after["repeat_purchases"]))))
        for scale, lines in pairs:
            data = [series.to_numpy()[1:] for _line, series in lines]
            scale.set_top(max(max(float(d.max()) for d in data), 1.0) * 1.12)
            for (line, _series), d in zip(lines, data):
                line.set_ydata(scale.fractions(d))
        return None

    controls = [
        Control("breadth", "inbound.slider_breadth", 0.0, 1.0, 0.05, 0.0, fmt=".0%"),
        Control("after_sales", "inbound.slider_after_sales", 0.0, 6.0, 0.5, 0.0,
                unit="inbound.unit_keur_month", fmt=".1f"),
    ]
    return Panel(controls, fit_model, render, fig, title="inbound.fit_title",
                 readout=fit_readout, numbers=fit_numbers, name="05_inbound_flywheel:fit")
