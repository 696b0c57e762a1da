# %% [markdown]
# # 04 · The Amazon flywheel: when does a virtuous cycle keep turning by itself?
#
# **Learning goals.** After this lesson you can
# - read a causal-loop diagram: what the + and − on an arrow mean, and when a loop reinforces itself,
# - explain why, in Amazon's flywheel, pushing any one of its seven factors lifts all the others,
# - say what decides *whether* the wheel keeps turning by itself (friction against the loops: the
#   tipping point) and what your energy buys (time: how soon the wheel takes off),
# - read Amazon's own numbers and say what they support and what they cannot prove.

# %%
from flywheel_lib import exercises, panels
from flywheel_lib.models import loops
from flywheel_lib.panels import amazon as amazon_panels

# %% [markdown]
# ## The idea in plain words
#
# A business flywheel is meant to push itself: each part makes the next one stronger, and the last
# feeds the first. Jeff Bezos sketched Amazon's on a napkin around 2001, after Jim Collins had
# described the flywheel idea to Amazon's leaders. The sketch has **seven factors** in two loops.
# The big loop has four:
#
# - a better **customer experience** brings more **traffic** (visitors who come to buy),
# - more traffic attracts more **sellers**, and more sellers mean more **selection**,
# - more selection makes the customer experience better again.
#
# Inside it sits a booster of three: **growth** spreads fixed costs over more sales (a **lower cost
# structure**), which pays for **lower prices**, which improve the customer experience. Every factor
# lies on a loop, so energy put into any one travels round and reaches all the others.
#
# ## Reading a causal-loop diagram
#
# Each factor appears once, with an arrow for each effect. **+** on an arrow means more of the
# source brings more of the target; **−** means more brings less. Multiply the signs once round a
# loop: **+** makes it **reinforcing** (a change feeds on itself, a virtuous or vicious circle),
# **−** makes it **balancing** (a change is pushed back, as by a thermostat). Both of Amazon's loops
# are reinforcing.

# %% [curious]
# NBVAL_CHECK_OUTPUT
amazon = loops.amazon()
for row in amazon.loops().itertuples():
    print(f"{row.polarity} loop of {row.length} links: {row.loop}")

# %% [output]
# reinforcing loop of 4 links: customer experience → traffic → sellers → selection → customer experience
# reinforcing loop of 5 links: customer experience → traffic → growth → lower cost structure → lower prices → customer experience

# %% [markdown]
# ## The model in words
#
# Each factor has a level from 0 to 100 ("per cent of what is possible"). Every month the loops feed
# it, your push (the energy you put in) adds to it while it lasts, and **friction** takes a share of
# it away. The wheel's **momentum** is the mean level of all seven factors. The numbers are chosen
# to show the mechanism; they are not measured at Amazon.
#
# <details><summary>For the curious: the model's rules</summary>
#
# Each incoming arrow brings 0.15 of its source's level a month; cost advantages from growth arrive
# 6 months late and reach prices 3 months after that. Your push adds a fixed number of points a
# month to the factor you choose. Capacity limits growth: a factor near 100 has little room left.
# Friction takes the same share of every factor's level each month.
#
# </details>
#
# ## The tipping point decides *whether* the wheel keeps turning
#
# Below a certain friction the loops replace more than friction takes, and once pushed the wheel
# keeps turning by itself; above it, every push runs down, however strong. That friction is the
# **tipping point**: 0.175 per month for the sketch (the big loop alone would manage 0.150).
#
# <details><summary>For the curious: where 0.175 comes from</summary>
#
# Near zero the capacity limit does not matter, and the model is linear: each month every level
# changes by its loops' inflow minus friction × level. Whether a small push grows or dies away then
# depends on one number, the largest eigenvalue of the matrix of link strengths: the loops' combined
# gain per month. For one loop alone it is the geometric mean of its strengths (0.15 for the big
# loop). For Amazon's two loops, which share customer experience and traffic, it is 0.15 × r, where
# r solves r⁵ = r + 1 (r ≈ 1.167). Delays do not move the tipping point; they only make the wheel
# slower to respond. The folded cell below computes both values with the engine.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
tip = loops.tipping_friction(amazon)
outer_only = loops.tipping_friction(amazon.without_link("traffic", "growth"))
print(f"tipping friction with both loops: {tip:.4f} per month")
print(f"big loop alone:                   {outer_only:.4f} per month")

# %% [output]
# tipping friction with both loops: 0.1751 per month
# big loop alone:                   0.1500 per month

# %% [markdown]
# ## Energy decides *when* it takes off
#
# Below the tipping point the loops, not your push, decide where the wheel ends up: a **cruising
# momentum** set by the friction (41 % at a friction of 0.10), whatever you pushed. So what does
# energy buy? **Time.** The wheel has **taken off** in the month from which its momentum stays above
# **20 %**, a level its loops then hold by themselves. At a friction of 0.10, with different pushes
# on customer experience:

# %% [curious]
# NBVAL_CHECK_OUTPUT
import numpy as np

print(f"cruising momentum at friction 0.10: {loops.cruising_momentum(amazon, 0.10):.1f} %")
for energy, months in ((0.5, 6), (0.5, 24), (2, 24), (5, 24), (20, 24), (20, 60)):
    run = loops.simulate(amazon, 0.10, {"customer experience": energy}, push_until=months)
    print(f"energy {energy:4.1f} for {months:2d} months: takes off in month "
          f"{loops.takeoff_month(run, amazon, 0.10):2d}; momentum after 120 months "
          f"{loops.momentum(run).iloc[-1]:.1f} %")
frictions = np.arange(0.0, tip, 0.001)
holds_20 = [f for f in frictions if loops.cruising_momentum(amazon, f) >= 20]
print(f"the loops hold 20 % up to a friction of {max(holds_20):.3f}")

# %% [output]
# cruising momentum at friction 0.10: 40.9 %
# energy  0.5 for  6 months: takes off in month 74; momentum after 120 months 38.9 %
# energy  0.5 for 24 months: takes off in month 59; momentum after 120 months 40.1 %
# energy  2.0 for 24 months: takes off in month 37; momentum after 120 months 40.7 %
# energy  5.0 for 24 months: takes off in month 22; momentum after 120 months 40.9 %
# energy 20.0 for 24 months: takes off in month 11; momentum after 120 months 40.9 %
# energy 20.0 for 60 months: takes off in month 11; momentum after 120 months 41.1 %
# the loops hold 20 % up to a friction of 0.138

# %% [markdown]
# After ten years the weakest and the strongest push end about two points apart, but one wheel took
# off in month 74, the other in month 11. In a self-reinforcing loop, energy buys time. Above a
# friction of about 0.138 the loops hold less than 20 %: the wheel turns by itself but never takes
# off. Above 0.175 it runs down.
#
# ## The panel
#
# Choose the factor to push, the energy and when the push stops. Each node shows its factor's level
# after 120 months; the orange ring marks the factor you push. On the right, every factor over time,
# the momentum in black, the 20 % take-off mark dotted and the take-off month dashed. The text under
# the sliders names the cruising momentum and the take-off month.

# %%
panels.build("04_amazon_flywheel")

# %% [markdown]
# **Try this**
# 1. Push *Sellers* instead of *Customer experience*. Do all the other factors still rise? In which
#    order do they start to move? (Whichever factor you push, the wheel settles in the same place.)
# 2. Keep the friction at 0.10 and drag the **energy** from 0.5 to 20. Watch the dashed take-off
#    line and the month in the text, then the momentum after 120 months. What moves, and what hardly
#    does?
# 3. Stop the push after 6 months, then after 60. Does that change *where* the wheel ends up, or
#    *when* it gets there?
# 4. Raise the friction slowly from 0.10. Past about 0.14 the wheel still turns by itself but never
#    takes off; past 0.175 it runs down. Can an energy of 20 save it there?

# %% [markdown]
# ## The tipping-point map
#
# The map runs 41 × 41 energies and frictions at once and colours each cell by the month the wheel
# takes off: bright is early, dark is late, grey is not within ten years. The dashed line is the
# tipping point; the orange dot is your setting.

# %%
panels.build("04_amazon_flywheel:map")

# %% [markdown]
# **Try this**
# 1. Follow a row from left to right (same friction, more energy): how does the colour change?
#    Follow a column upwards (same energy, more friction): where does it turn grey?
# 2. Put the dot just under the dashed line (friction 0.15). The momentum on the right does not run
#    down to zero, so the loops still turn the wheel. Why is the cell grey?
# 3. Let the push last 60 months instead of 24. Which part of the map changes most?

# %% [curious]
# NBVAL_CHECK_OUTPUT
grid = loops.takeoff_map(amazon, "customer experience", amazon_panels.MAP_ENERGIES,
                         amazon_panels.MAP_FRICTIONS, push_until=24)
single = loops.simulate(amazon, 0.10, {"customer experience": 5.0}, push_until=24)
print(f"map: {grid.shape[0]} frictions × {grid.shape[1]} energies; at friction "
      f"{grid.index[10]:.2f} and energy {grid.columns[10]:.1f} it takes off in month "
      f"{grid.iloc[10, 10]:.0f} (a single run: month {loops.takeoff_month(single, amazon, 0.10)})")
print(f"grey cells (no take-off within 120 months): {grid.isna().to_numpy().mean():.0%}")

# %% [output]
# map: 41 frictions × 41 energies; at friction 0.10 and energy 5.0 it takes off in month 22 (a single run: month 22)
# grey cells (no take-off within 120 months): 67%

# %% [markdown]
# <details><summary>For the curious: a balancing loop</summary>
#
# Not every link is a +. Suppose a flood of traffic strains delivery and service, so that more
# traffic makes the customer experience a little *worse*: a − link from traffic back to customer
# experience. That adds a balancing loop, and the tipping point drops from 0.175 to 0.158: the wheel
# now needs lower friction to keep turning by itself. The folded cell below shows it.
#
# </details>

# %% [curious]
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
# Two real series, each value with its source in `data/README.md`: Amazon's net sales since 1997,
# each year from its annual report to the US Securities and Exchange Commission (Form 10-K), and the
# share of goods sold on Amazon by independent sellers, from Bezos's 2018 letter to shareowners.

# %%
amazon_panels.sales_figure()

# %% [markdown]
# On a log scale (left), a constant growth rate is a straight line. Amazon's line is steep at first
# and flattens: growth slowed as the company became huge, but stayed positive in every year, from
# +313 % in 1998 ($147.8 million to $610.0 million) to +9.4 % in 2022, the slowest year.

# %% [curious]
# NBVAL_CHECK_OUTPUT
from flywheel_lib import data

sales = data.load("amazon_net_sales")
share = data.load("amazon_third_party_share")
s = sales.set_index("year")["net_sales_usd_m"]
growth = s.pct_change() * 100


def cagr(first, last):
    return (s.loc[last] / s.loc[first]) ** (1 / (last - first)) - 1


for first, last in ((1997, 2024), (1997, 2004), (2004, 2014), (2014, 2024)):
    print(f"{first}–{last}: {cagr(first, last):6.1%} a year")
print(f"fastest year: {growth.idxmax()} (+{growth.max():.0f} %, from ${s.loc[1997]:.1f} million to "
      f"${s.loc[1998]:.1f} million); slowest: {growth.idxmin()} (+{growth.min():.1f} %); "
      f"years with falling sales: {(growth < 0).sum()}")
print(f"third-party share: {share['share_pct'].iloc[0]:.0f} % in {share['year'].iloc[0]}, "
      f"{share['share_pct'].iloc[-1]:.0f} % in {share['year'].iloc[-1]}")

# %% [output]
# 1997–2024:  36.3% a year
# 1997–2004:  73.2% a year
# 2004–2014:  29.1% a year
# 2014–2024:  21.8% a year
# fastest year: 1998 (+313 %, from $147.8 million to $610.0 million); slowest: 2022 (+9.4 %); years with falling sales: 0
# third-party share: 3 % in 1999, 58 % in 2018

# %% [markdown]
# ### What the data support — and what they cannot prove
#
# - **Consistent with the story.** Sales grew every year for almost three decades, and the share
#   sold by independent sellers rose from 3 % to 58 %: the sellers → selection link did happen.
# - **Not a proof of the loop.** The numbers show *that* Amazon grew, not *why*: e-commerce as a
#   whole grew fast, Amazon entered new countries, bought companies (Whole Foods in 2017) and
#   started businesses outside the sketch, such as AWS. There is no second Amazon without a
#   flywheel to compare with.
# - **Different measures.** The third-party share is of what customers paid. Net sales are Amazon's
#   revenue: its own retail sales count in full, a sale by an independent seller only with the fees
#   Amazon charges. The two series cannot be divided into each other.
# - **Who reports, in what money.** Both come from Amazon itself (the annual reports are audited,
#   the letters pick their numbers), in current dollars, not corrected for inflation.
#
# The model is a way to think about the loops, not a fitted model of Amazon. It leaves a manager
# two questions: *is our friction below our loops' gain?* and *how much push do we need to take off
# in time?*

# %% [markdown]
# ## Exercises
#
# Click your choice or type your answer and press **Check** (0.5 and 0,5 both work). The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A loop has four links with the signs +, −, −, +. Is it reinforcing or balancing?

# %%
exercises.ask("04.1")

# %% [markdown]
# **Exercise 2.** A single loop has three links with the strengths 0.2, 0.4 and 0.8 per month. At
# what friction (per month) does it tip?

# %%
exercises.ask("04.2")

# %% [markdown]
# **Exercise 3.** In the panel, keep the start push on customer experience but let it stop after
# 6 months, and set the friction a little below the tipping point that the text under the sliders
# names. Will the wheel keep turning by itself after the push?

# %%
exercises.ask("04.3")

# %% [markdown]
# **Exercise 4.** Set the friction to 0.10 and compare a push of energy 2 with a push of energy 20
# (on customer experience, for 24 months). What does the stronger push buy?

# %%
exercises.ask("04.4")

# %% [markdown]
# **Exercise 5.** A retailer launches a loyalty programme, and its sales grow in every one of the
# next five years. What can it conclude from these numbers alone?

# %%
exercises.ask("04.5")

# %% [markdown]
# **For the curious (optional): a loop in code.** The engine computes the tipping friction of any
# graph you describe as a list of links (*source, target, sign, strength*). The folded cell builds
# a loop of three links with the strengths 0.1, 0.2 and 0.4; open it, change the strengths or add a
# fourth link, and run it again. Does the result match the geometric mean?

# %% [curious]
my_loop = loops.Graph.from_links(
    ["content", "visitors", "subscribers"],
    [("content", "visitors", "+", 0.1),
     ("visitors", "subscribers", "+", 0.2),
     ("subscribers", "content", "+", 0.4)])
print(f"tipping friction: {loops.tipping_friction(my_loop):.3f} per month")

# %% [markdown]
# ## Summary
#
# - A loop whose signs multiply to + is reinforcing, to − balancing. Amazon's sketch has seven
#   factors in two reinforcing loops, so pushing any one factor lifts all the others.
# - Friction decides *whether* the wheel keeps turning by itself: below the tipping point (0.175 a
#   month in the sketch) the loops carry it; above it friction wins, however hard you push.
# - Energy decides *when*: the wheel ends up at the same cruising momentum whatever the push, but a
#   stronger push makes it take off years sooner.
# - Amazon's numbers fit the story, but cannot prove the mechanism.
#
# Amazon's sketch is about a retailer. The next lesson turns the same idea to marketing, sales and
# service: **Next:** lesson 05, HubSpot's inbound flywheel (see the lesson map in
# [00 · Start here](00_start_here.ipynb#Lesson-map)).
