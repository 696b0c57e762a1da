# %% [markdown]
# # 02 · The sales funnel over time: what happens when the paid push stops?
#
# **Learning goals.** After this lesson you can
# - describe the sales funnel as a machine that turns money into customers, month by month,
# - compute the cost per acquired customer that a leaky funnel implies, and how friction raises it,
# - show with the model that when the paid input stops, acquisition stops — nothing flows back to the top.

# %%
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
# Each month *m*:
#
# - spend = the budget while the push lasts, then 0;
# - people reached = spend / CPM × 1,000 (CPM: the price of reaching a thousand people);
# - new customers = reached × r₁ r₂ r₃ r₄ × (1 − friction)⁴ — friction is extra loss at every stage
#   (a confusing landing page, a slow checkout);
# - customer base = last month's base × (1 − churn) + new customers.
#
# `funnel.sales_funnel` returns one row per month:

# %%
run = funnel.sales_funnel(budget=5_000, months=36, push_until=12, churn=0.03)
run.head(14).round(1)

# %% [markdown]
# With 5,000 € a month at a CPM of 15 €, the funnel reaches 333,333 people a month and turns them into
# 167 new customers: 30 € per customer. In month 13, the first month without budget, it wins
# no one at all:

# %%
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
# The budget is the funnel's **energy input**; friction and churn are its losses. The dashed line marks
# the month after which the paid push stops.

# %%
panels.build("02_sales_funnel")

# %% [markdown]
# **Try this**
# 1. Move the stop month back and forth. What does the *new customers* curve do the month after?
# 2. Set churn to 0 %. Does the customer base still fall after the push? Set it to 10 % and compare.
# 3. Push friction up. Which curve changes most — new customers or cost per customer?
# 4. Double the budget. Does the cost per customer change? (In this simple model it does not: every
#    euro buys the same reach. Real channels get dearer as you buy more of them.)

# %% [markdown]
# ## Friction makes every customer dearer
#
# Friction acts at all four stages, so its effect compounds. A friction of 20 % keeps only
# 0.8⁴ ≈ 41 % of the customers, and the cost per customer rises from 30.00 € to 73.24 €:

# %%
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

# %%
# NBVAL_CHECK_OUTPUT
print(f"customers at month 12: {run.loc[12, 'customers']:,.0f}; at month 36: {run.loc[36, 'customers']:,.0f}; "
      f"new customers in months 13–36: {run.loc[13:, 'new_customers'].sum():.0f}")

# %% [output]
# customers at month 12: 1,701; at month 36: 819; new customers in months 13–36: 0

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** A shop spends 10,000 € a month at a CPM of 20 €. Of the people reached, 0.1 %
# become customers. What does one customer cost, in €?

# %%
answer_1 = ...  # cost per customer in €

exercises.check_number(
    answer_1, 10_000 / (10_000 / 20 * 1000 * 0.001), name="cost per customer",
    mistakes=[(10_000 / (10_000 / 20 * 0.001), "sales.ex1_cpm"),
              (10_000 / (10_000 / 20 * 1000 * 0.1), "sales.ex1_percent")],
    hint="sales.ex1_hint")

# %% [markdown]
# **Exercise 2.** The shop from lesson's model (5,000 € a month, the push stops after month 12) —
# how many new customers does it win in month 20? Check your idea with `run.loc[20]`.

# %%
answer_2 = ...  # new customers in month 20

exercises.check_number(answer_2, run.loc[20, "new_customers"], name="new customers", abs_tol=0.5,
                    mistakes=[(run.loc[12, "new_customers"], "sales.ex2_keeps_going")],
                    hint="sales.ex2_hint")

# %% [markdown]
# **Exercise 3.** A business has 2,000 customers and stops all marketing. Each month 3 % of the
# remaining customers leave. How many are left after 12 months? (Round as you like; within 1 % counts.)

# %%
answer_3 = ...  # customers left after 12 months

exercises.check_number(answer_3, 2000 * 0.97 ** 12, name="customers left",
                    mistakes=[(2000 * (1 - 0.03 * 12), "sales.ex3_linear"),
                              (2000 * 0.03 ** 12, "sales.ex3_churn_kept")],
                    hint="sales.ex3_hint")

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
