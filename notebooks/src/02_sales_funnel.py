# %% [markdown]
# # 02 · The sales funnel over time: what happens when the paid push stops?
#
# **Learning goals.** After this lesson you can
# - describe the sales funnel as a machine that turns money into customers, month by month,
# - compute the cost per acquired customer that a leaky funnel implies, and how friction raises it,
# - show with the model that when the paid input stops, acquisition stops — nothing flows back to the top.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel

# %% [markdown]
# ## The idea in plain words
#
# In lesson 01 the funnel was a snapshot. A business runs it every month: it buys attention (ads, paid
# social, sponsored posts), the AIDA stages turn a small share of that attention into customers, and
# some customers drift away again every month.
#
# Two things make the funnel a hard way to grow:
#
# - **It is open at the bottom.** A buyer leaves the funnel at the bottom and does nothing more for it.
#   Next month's customers must again be bought at the top.
# - **It needs constant energy.** The paid budget is the only input. Most of it buys attention from
#   people who drop out on the way down, and when it stops, new customers stop too.

# %% [markdown]
# ## The model
#
# The shop is the one from lesson 01, with the same four stage rates: 25 % look at the ad, 8 % of
# them click through, 10 % of the visitors put something in the cart, 25 % of the carts become
# orders. This lesson adds three things:
#
# - **money:** the budget buys reach at a price per 1,000 people reached, the CPM. The kit uses
#   15 €, inside the range that social media platforms charge (about 5–22 $ per 1,000 ads shown;
#   sources in `data/README.md`);
# - **time:** the funnel runs month by month, and the budget can stop;
# - **losses:** each month 3 % of the customers leave (churn), and *friction* — a confusing landing
#   page, a slow checkout — can cut every stage rate further. The 3 % and the friction are invented
#   for teaching.
#
# Each month: people reached = spend ÷ CPM × 1,000; new customers = reached × r₁ r₂ r₃ r₄ ×
# (1 − friction)⁴; customer base = last month's base × (1 − churn) + new customers.

# %% [curious]
run = funnel.sales_funnel(budget=5_000, months=36, push_until=12, churn=0.03)
run.head(14).round(1)

# %% [markdown]
# With 5,000 € a month, the funnel reaches 333,333 people a month and turns 0.05 % of them — as in
# lesson 01 — into 167 new customers: 30 € per customer. In month 13, the first month without
# budget, it wins no one at all:

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(f"reached per month: {run['reached'].iloc[0]:,.0f}; new customers per month: "
      f"{run['new_customers'].iloc[0]:,.0f}; cost per customer: {run['cost_per_customer'].iloc[0]:.2f} €")
print(f"new customers in month 13: {run.loc[13, 'new_customers']:.0f}")

# %% [output]
# reached per month: 333,333; new customers per month: 167; cost per customer: 30.00 €
# new customers in month 13: 0

# %% [markdown]
# ## The panel
#
# The budget is the funnel's **energy input**: like the push on the wheel in lesson 00, it works
# only while it lasts. Friction and churn are the funnel's losses. The dashed line marks the month
# after which the paid push stops; the right plot has a log scale, so that very different costs fit.

# %%
panels.build("02_sales_funnel")

# %% [markdown]
# **Try this**
# 1. Move **push stops after month** back and forth and watch the *new customers* curve in the
#    month after the dashed line.
# 2. Set **churn** to 0 % and watch the *customer base* after the push. Then set it to 10 %.
# 3. Move **friction** from 0 % to 20 % and compare the left and the right plot: which changes
#    more, new customers or the cost per customer?
# 4. Double the **paid budget** to 10,000 €. Watch the readout: do the customers double? Does the
#    cost per customer change?
#
# <details><summary>Answers</summary>
#
# 1. It drops to zero in the very next month, wherever the push stops: nothing flows back to the top.
# 2. Without churn the base stays flat after the push — but it never grows again. At 10 % it loses
#    a tenth every month and has shrunk to under a tenth of its size two years later.
# 3. New customers fall to 41 % (0.8⁴); the cost per customer rises from 30 € to 73 €, by a factor
#    of 1/0.41 ≈ 2.4.
# 4. The customers double, the cost per customer stays at 30 €: in this simple model every euro
#    buys the same reach. Real channels get dearer the more of them you buy.
#
# </details>

# %% [markdown]
# ## Friction makes every customer dearer
#
# Friction acts at all four stages, so its effect compounds. A friction of 20 % keeps only
# 0.8⁴ ≈ 41 % of the customers, and the cost per customer rises from 30.00 € to 73.24 €:

# %% [curious]
# NBVAL_CHECK_OUTPUT
smooth = funnel.sales_funnel(5_000, months=12, friction=0.0)
rough = funnel.sales_funnel(5_000, months=12, friction=0.2)
print(f"cost per customer without friction: {smooth['cost_per_customer'].iloc[-1]:.2f} €")
print(f"cost per customer at 20 % friction: {rough['cost_per_customer'].iloc[-1]:.2f} €")

# %% [output]
# cost per customer without friction: 30.00 €
# cost per customer at 20 % friction: 73.24 €

# %% [markdown]
# ## After the push: the base only shrinks
#
# After month 12 the base can only lose people. With 3 % churn, of the 1,701 customers on board
# at the end of month 12, 819 are left two years later — and the funnel has won no one in between.

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(f"customers at month 12: {run.loc[12, 'customers']:,.0f}; at month 36: {run.loc[36, 'customers']:,.0f}; "
      f"new customers in months 13–36: {run.loc[13:, 'new_customers'].sum():.0f}")

# %% [output]
# customers at month 12: 1,701; at month 36: 819; new customers in months 13–36: 0

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work). The check says at once whether it
# holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A shop spends 10,000 € a month at a CPM of 20 €. Of the people reached, 0.1 %
# become customers. What does one customer cost, in €?

# %%
exercises.ask("02.1")

# %% [markdown]
# **Exercise 2.** In the panel, with the start values, the paid push stops after month 12. How many
# new customers does the funnel win in month 20?

# %%
exercises.ask("02.2")

# %% [markdown]
# **Exercise 3.** A business has 2,000 customers and stops all marketing. Each month 3 % of the
# customers still there leave. How many are left after 12 months?

# %%
exercises.ask("02.3")

# %% [markdown]
# **Exercise 4.** In the panel, set the friction to 30 % and leave the other sliders at their start
# values. What does one customer cost now, in €? Work it out from the cost without friction, then
# read it under the plot.

# %%
exercises.ask("02.4")

# %% [markdown]
# ## Summary
#
# - The funnel turns money into customers at a fixed rate: each customer costs the budget divided by
#   the people reached times the overall conversion.
# - Friction at every stage compounds and makes customers much dearer.
# - The funnel is open at the bottom: customers do nothing for it, so **when the push stops, acquisition
#   stops**, and churn slowly empties the base.
#
# What if customers *did* push the wheel — if their good experience brought the next customers? That is
# the flywheel. First, what a flywheel is physically: **Next:** lesson 03, the physics of a flywheel
# (see the lesson map in [00 · Start here](00_start_here.ipynb#Lesson-map)).
