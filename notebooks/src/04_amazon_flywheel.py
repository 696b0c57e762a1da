# %% [markdown]
# # 04 · The Amazon flywheel: when does a virtuous cycle keep turning by itself?
#
# **Learning goals.** After this lesson you can
# - read a causal-loop diagram: what the + and − on an arrow mean, and when a loop is reinforcing
#   or balancing,
# - explain why, in Amazon's flywheel, pushing any one factor lifts all the others,
# - compute the tipping point — the friction at which the loops just keep the wheel turning — and
#   find both behaviours in the model: turning on by itself, or running down,
# - read Amazon's own numbers with pandas and say what they support and what they cannot prove.

# %%
import numpy as np

import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import loops
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# In lesson 03 the wheel needed a hand to push it. A business flywheel is meant to push itself: each
# part makes the next part stronger, and the last part feeds the first.
#
# Jeff Bezos sketched Amazon's version on a napkin around 2001, after the management writer Jim
# Collins had described the flywheel idea to Amazon's leaders. The sketch has a big loop:
#
# - a better **customer experience** brings more **traffic** (visitors who come to buy),
# - more traffic attracts more **sellers** who want to reach those visitors,
# - more sellers mean more **selection**,
# - more selection makes the customer experience better again — and the loop starts over.
#
# Inside it sits a second loop, the booster. All of this **growth** lets Amazon spread its fixed costs
# over more sales: a **lower cost structure**, which pays for **lower prices**, which improve the
# customer experience — and that drives the big loop again. Growth sits at the hub of the sketch, fed
# by the big loop.
#
# Because every factor is part of a loop, energy put into any one of them travels around the circle
# and reaches all the others. And once the wheel turns fast enough, it may need little outside energy.
# *May*: whether it does depends on how strong the links are against the friction that pulls every
# factor back. That threshold is the tipping point, and this lesson computes it.

# %% [markdown]
# ## Causal loops
#
# A causal-loop diagram draws each factor once and an arrow for each effect. The sign on an arrow
# says in which direction the effect goes:
#
# - **+** — more of the source means more of the target (and less means less),
# - **−** — more of the source means less of the target.
#
# Follow a loop all the way round and multiply its signs. If the product is +, the loop is
# **reinforcing**: a change feeds on itself (a virtuous or a vicious circle). If it is −, the loop
# is **balancing**: a change is pushed back, like a thermostat. Two minus signs make a plus.
#
# The kit's causal-loop engine (`flywheel_lib.models.loops`) holds the Amazon sketch as a preset. Every
# link has a strength: the share of the source's level that flows into the target each month.

# %%
# NBVAL_CHECK_OUTPUT
amazon = loops.amazon()
for link in amazon.links.itertuples():
    delay = f", after {link.delay:.0f} months" if link.delay else ""
    print(f"{link.source} → {link.target}: {'+' if link.sign > 0 else '−'} "
          f"{link.strength:.2f} per month{delay}")

# %% [output]
# customer experience → traffic: + 0.15 per month
# traffic → sellers: + 0.15 per month
# sellers → selection: + 0.15 per month
# selection → customer experience: + 0.15 per month
# traffic → growth: + 0.15 per month
# growth → lower cost structure: + 0.15 per month, after 6 months
# lower cost structure → lower prices: + 0.15 per month, after 3 months
# lower prices → customer experience: + 0.15 per month

# %% [markdown]
# The engine finds every loop and names its polarity:

# %%
# NBVAL_CHECK_OUTPUT
for row in amazon.loops().itertuples():
    print(f"{row.polarity:11s} length {row.length}: {row.loop}")

# %% [output]
# reinforcing length 4: customer experience → traffic → sellers → selection → customer experience
# reinforcing length 5: customer experience → traffic → growth → lower cost structure → lower prices → customer experience

# %% [markdown]
# ## The model
#
# Each factor has a level between 0 and 100 (read it as "per cent of what is possible"). Each month:
#
# - **the loops feed it**: the inflow is the sum, over its incoming links, of strength × the source's
#   level (for a delayed link, the level some months ago: cost advantages from growth take 6 months,
#   and 3 more to reach prices),
# - **outside energy** — your push — adds a fixed number of level points per month while it lasts,
# - **capacity** limits growth: the inflow shrinks as the level nears 100,
# - **friction** pulls every factor back: it loses that share of its level every month.
#
# The **momentum** of the wheel is the mean level of all seven factors.
#
# ## The tipping point
#
# Near zero the capacity limit does not matter, and the model is linear: each month every level grows
# by the loops' inflow and shrinks by friction × level. Whether a small push dies out or grows then
# depends on one number, the combined gain of the loops — the largest eigenvalue of the matrix of link
# strengths. If friction is below it, the loops replace more than friction takes, and the wheel keeps
# turning by itself; if friction is above it, every push runs down. That gain is the **tipping
# friction**. For one loop alone it is the geometric mean of its strengths; for Amazon's two loops,
# which share customer experience and traffic, it is 0.15 × r, where r solves r⁵ = r + 1.

# %%
# NBVAL_CHECK_OUTPUT
tip = loops.tipping_friction(amazon)
outer_only = loops.tipping_friction(amazon.without_link("traffic", "growth"))
print(f"tipping friction with both loops: {tip:.4f} per month")
print(f"outer loop alone:                 {outer_only:.4f} per month")

# %% [output]
# tipping friction with both loops: 0.1751 per month
# outer loop alone:                 0.1500 per month

# %% [markdown]
# The booster raises the friction the wheel can withstand from 0.150 to 0.175 per month. The delays
# do not move the tipping point; they only make the wheel slower to respond.
#
# ## The panel
#
# Choose the factor to push (the drop-down list and the number slider are the same control), how much
# energy to put in and when to stop. Each node of the diagram shows its factor's level after 120
# months and fills up like a gauge; the orange ring marks the factor you push. On the right, every
# factor over time, with the momentum in black and the push period shaded.

# %%
panels.build("04_amazon_flywheel")

# %% [markdown]
# **Try this**
# 1. Push *Sellers* instead of *Customer experience*. Do all the other factors still rise? In which
#    order do they start to move?
# 2. Keep the friction at 0.10 and stop the push after 6 months, then after 60. Does the length of the
#    push change where the wheel ends up?
# 3. Raise the friction slowly past 0.175. What happens after the push ends? Read the text under the
#    sliders.
# 4. Set the friction just above the tipping point and the energy to 20. Can more energy save the
#    wheel?

# %% [markdown]
# ## Both behaviours in numbers
#
# The same push — 5 points a month on customer experience for 24 months — at two frictions:

# %%
# NBVAL_CHECK_OUTPUT
for friction in (0.10, 0.25):
    run = loops.simulate(amazon, friction, {"customer experience": 5.0}, push_until=24)
    m = loops.momentum(run)
    print(f"friction {friction:.2f}: momentum {m.loc[24]:4.1f} % when the push ends, "
          f"{m.loc[120]:4.1f} % after 120 months")

# %% [output]
# friction 0.10: momentum 22.3 % when the push ends, 40.9 % after 120 months
# friction 0.25: momentum  6.1 % when the push ends,  0.0 % after 120 months

# %% [markdown]
# Below the tipping point the wheel keeps gaining after the push ends; above it, it loses everything.
#
# Pushing any factor lifts all the others, because every factor lies on a loop. Below the tipping
# point the wheel even ends in the same state whichever factor you push: the loops, not the push,
# decide where it settles.

# %%
# NBVAL_CHECK_OUTPUT
for name in loops.AMAZON_FACTORS:
    run = loops.simulate(amazon, 0.10, {name: 5.0}, push_until=24)
    print(f"push {name:20s} → lowest level of any factor after 120 months: {run.iloc[-1].min():.1f}")

# %% [output]
# push customer experience  → lowest level of any factor after 120 months: 35.8
# push traffic              → lowest level of any factor after 120 months: 35.8
# push sellers              → lowest level of any factor after 120 months: 35.7
# push selection            → lowest level of any factor after 120 months: 35.8
# push lower prices         → lowest level of any factor after 120 months: 35.8
# push lower cost structure → lowest level of any factor after 120 months: 35.7
# push growth               → lowest level of any factor after 120 months: 35.6

# %% [markdown]
# ## The tipping-point map
#
# The map runs the model for a whole grid of energies and frictions at once and colours each cell by
# the momentum after 120 months. The dashed line is the computed tipping friction; the orange dot is
# your current setting. Change the pushed factor or the push length and the map is recomputed.
# (The panel's map uses a 41 × 41 grid with three steps per month instead of four, which keeps it
# fast while you drag; its colours differ from the finer runs by less than half a percentage point.)

# %%
panels.build("04_amazon_flywheel:map")

# %%
# NBVAL_CHECK_OUTPUT
from flywheel_lib.panels import amazon as amazon_panels

coarse = loops.momentum_map(amazon, "customer experience", amazon_panels.MAP_ENERGIES,
                            amazon_panels.MAP_FRICTIONS, push_until=24,
                            steps=amazon_panels.MAP_STEPS)
fine = loops.momentum_map(amazon, "customer experience", amazon_panels.MAP_ENERGIES,
                          amazon_panels.MAP_FRICTIONS, push_until=24)
print(f"panel map: {coarse.shape[0]} × {coarse.shape[1]} cells, within half a percentage point "
      f"of the finer runs: {(coarse - fine).abs().to_numpy().max() < 0.5}")

# %% [output]
# panel map: 41 × 41 cells, within half a percentage point of the finer runs: True

# %% [markdown]
# The full 100 × 100 map — 10,000 runs of 120 months — is a single vectorised call (`python
# tests/benchmark.py` reports how long it takes on your machine; the kit's target is a quarter of a
# second). Just above the tipping point the wheel runs down only slowly, so some momentum is still
# left after ten years; well above it, none is:

# %%
# NBVAL_CHECK_OUTPUT
energies = np.linspace(0, 20, 100)
frictions = np.linspace(0, 0.4, 100)
grid = loops.momentum_map(amazon, "customer experience", energies, frictions, push_until=24)
print(f"grid: {grid.shape[0]} frictions × {grid.shape[1]} energies")
for f in (0.8 * tip, 1.2 * tip, 2.0 * tip):
    row = grid.iloc[int(np.argmin(np.abs(grid.index - f)))]
    print(f"friction ≈ {f:.2f}: momentum after 120 months from {row.iloc[1]:5.1f} % "
          f"(weakest push) to {row.iloc[-1]:5.1f} % (strongest)")

# %% [output]
# grid: 100 frictions × 100 energies
# friction ≈ 0.14: momentum after 120 months from   8.3 % (weakest push) to  18.6 % (strongest)
# friction ≈ 0.21: momentum after 120 months from   0.0 % (weakest push) to   0.6 % (strongest)
# friction ≈ 0.35: momentum after 120 months from   0.0 % (weakest push) to   0.0 % (strongest)

# %% [markdown]
# Above the tipping point more energy buys a longer run-down, never a wheel that turns by itself.
#
# ## A balancing loop
#
# Not every link is a +. Suppose a flood of traffic strains delivery and service, so that more traffic
# makes the customer experience a little *worse*: a − link from traffic back to customer experience.
# The engine finds a new, balancing loop, and the tipping friction drops — the wheel now needs lower
# friction to turn by itself.

# %%
# NBVAL_CHECK_OUTPUT
crowded = amazon.with_link("traffic", "customer experience", sign=-1, strength=0.1)
for row in crowded.loops().itertuples():
    print(f"{row.polarity:11s} {row.loop}")
print(f"tipping friction: {loops.tipping_friction(crowded):.4f} per month (was {tip:.4f})")

# %% [output]
# balancing   customer experience → traffic → customer experience
# reinforcing customer experience → traffic → sellers → selection → customer experience
# reinforcing customer experience → traffic → growth → lower cost structure → lower prices → customer experience
# tipping friction: 0.1575 per month (was 0.1751)

# %% [markdown]
# ## Real data: what Amazon's numbers show
#
# The kit ships two real series, each value with its source (`data/README.md`): Amazon's net sales
# every year since 1997, and the share of physical goods sold on Amazon by independent sellers, which
# Bezos published in his 2018 letter to shareowners. One early value (1998) could not be confirmed
# from an Amazon document; its source says so.

# %%
sales = data.load("amazon_net_sales")
share = data.load("amazon_third_party_share")
sales[["year", "net_sales_usd_m"]].tail(6)

# %%
fig, (ax_s, ax_g, ax_p) = plotting.figure(1, 3, width=13, height=3.6)
ax_s.semilogy(sales["year"], sales["net_sales_usd_m"], marker="o", ms=3,
              color=plotting.PALETTE["blue"])
ax_s.set_title(fw.t("amazon.sales_title"))
ax_s.set_ylabel(fw.t("amazon.sales_axis"))
growth = sales.set_index("year")["net_sales_usd_m"].pct_change() * 100
ax_g.bar(growth.index, growth.to_numpy(), color=plotting.PALETTE["green"])
ax_g.set_title(fw.t("amazon.growth_title"))
ax_g.set_ylabel(fw.t("amazon.growth_axis"))
ax_p.plot(share["year"], share["share_pct"], marker="o", ms=3, color=plotting.PALETTE["orange"])
ax_p.set_title(fw.t("amazon.share_title_short"))
ax_p.set_ylabel(fw.t("amazon.share_axis"))
ax_p.set_ylim(0, 100)
for ax in (ax_s, ax_g, ax_p):
    ax.set_xlabel(fw.t("amazon.year_axis"))
plotting.show(fig)

# %% [markdown]
# On a log scale, a constant growth rate is a straight line. The line is steep at first and flattens:
# Amazon's growth rate has fallen as it became huge, but it stayed positive in every year. pandas
# computes the growth rates and the compound annual growth rate (CAGR) per period:

# %%
# NBVAL_CHECK_OUTPUT
s = sales.set_index("year")["net_sales_usd_m"]


def cagr(first, last):
    return (s.loc[last] / s.loc[first]) ** (1 / (last - first)) - 1


for first, last in ((1997, 2024), (1997, 2004), (2004, 2014), (2014, 2024)):
    print(f"{first}–{last}: {cagr(first, last):6.1%} a year")
print(f"fastest year: {growth.idxmax()} (+{growth.max():.0f} %); slowest: {growth.idxmin()} "
      f"(+{growth.min():.1f} %); years with falling sales: {(growth < 0).sum()}")
print(f"third-party share: {share['share_pct'].iloc[0]:.0f} % in {share['year'].iloc[0]}, "
      f"{share['share_pct'].iloc[-1]:.0f} % in {share['year'].iloc[-1]}")

# %% [output]
# 1997–2024:  36.3% a year
# 1997–2004:  73.2% a year
# 2004–2014:  29.1% a year
# 2014–2024:  21.8% a year
# fastest year: 1998 (+313 %); slowest: 2022 (+9.4 %); years with falling sales: 0
# third-party share: 3 % in 1999, 58 % in 2018

# %% [markdown]
# ### What the data support — and what they cannot prove
#
# - **Consistent with the story.** Sales grew every single year for almost three decades, and the
#   share sold by independent sellers rose from 3 % to 58 %: the sellers → selection part of the loop
#   did happen, and at scale.
# - **Not a proof of the loop.** The numbers show *that* Amazon grew, not *why*. The same curve could
#   come from other causes: e-commerce as a whole grew fast, Amazon entered new countries, bought
#   companies (Whole Foods in 2017) and started businesses outside the sketch — AWS, its cloud
#   service, is part of net sales. No second Amazon without a flywheel exists to compare with.
# - **Different measures.** The third-party share is of *gross merchandise sales* — what customers
#   paid. Net sales count only Amazon's fees on those sales, so the two series cannot be divided into
#   each other.
# - **Who reports.** Both series come from Amazon itself, in documents written to show the company in
#   a good light; the letters choose which numbers to publish.
# - **Not adjusted.** The sales are in current dollars, not corrected for inflation.
#
# The model is a way to think about the loops, not a fitted model of Amazon: its strengths and its
# friction are illustrative. What it does show is the mechanism to look for in real data — factors
# that move together, with the ones downstream following the ones upstream — and the question a
# manager should ask: *is our friction below our loops' gain?*

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** A loop has four links with the signs +, −, −, +. Is it `"reinforcing"` or
# `"balancing"`?

# %%
answer_1 = ...  # "reinforcing" or "balancing"

exercises.check_choice(answer_1, "reinforcing", choices=["reinforcing", "balancing"],
                    explanations={"balancing": "amazon.ex1_minus"})

# %% [markdown]
# **Exercise 2.** A single loop has three links with strengths 0.2, 0.4 and 0.8 per month. At what
# friction (per month) does it tip? Check your answer with `loops.tipping_friction` on a graph you
# build with `loops.Graph.from_links`.

# %%
answer_2 = ...  # tipping friction per month

exercises.check_number(answer_2, (0.2 * 0.4 * 0.8) ** (1 / 3), name="tipping friction",
                    mistakes=[((0.2 + 0.4 + 0.8) / 3, "amazon.ex2_arithmetic"),
                              (0.2 * 0.4 * 0.8, "amazon.ex2_product"),
                              (0.2, "amazon.ex2_weakest")],
                    hint="amazon.ex2_hint")

# %% [markdown]
# **Exercise 3.** From the data, what was Amazon's compound annual growth rate of net sales from 2014
# to 2024? Give it as a share (0.1 = 10 %).

# %%
answer_3 = ...  # CAGR 2014–2024 as a share

exercises.check_number(answer_3, cagr(2014, 2024), name="CAGR", share=True,
                    mistakes=[((s.loc[2024] / s.loc[2014] - 1) / 10, "amazon.ex3_simple"),
                              ((s.loc[2024] / s.loc[2014]) ** (1 / 11) - 1, "amazon.ex3_years")],
                    hint="amazon.ex3_hint")

# %% [markdown]
# **Exercise 4.** The friction is 0.20 per month. A manager wants to push traffic with 20 points a
# month for 36 months, "to get the wheel over the hump". Will the wheel keep turning by itself after
# the push? Answer `"yes"` or `"no"`, then check it in the panel.

# %%
answer_4 = ...  # "yes" or "no"

exercises.check_choice(answer_4, "no", choices=["yes", "no"],
                    explanations={"yes": "amazon.ex4_yes"})

# %% [markdown]
# ## Summary
#
# - In a causal-loop diagram, a loop whose signs multiply to + is reinforcing; to − it is balancing.
#   Amazon's sketch has two reinforcing loops that share customer experience and traffic.
# - Because every factor is on a loop, pushing any one of them lifts all the others.
# - The tipping friction is the loops' combined gain (0.175 per month in the preset). Below it the
#   wheel keeps turning after the push; above it friction wins, however hard you push.
# - Amazon's sales and seller share fit the story, but data like these cannot prove the mechanism.
#
# Amazon's sketch is about a retailer. The next lesson turns the same idea to marketing, sales and
# service: **Next:** lesson 05, HubSpot's inbound flywheel (see the lesson map in
# [00 · Start here](00_start_here.ipynb#Lesson-map)).
