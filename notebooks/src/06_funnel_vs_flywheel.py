# %% [markdown]
# # 06 · Funnel vs flywheel: the same budget, two strategies
#
# **Learning goals.** After this lesson you can
# - put the same money into the paid funnel of lesson 02 and the inbound flywheel of lesson 05, and
#   say how the euros become reach in one and energy in the other,
# - compare the two with a table: customers won, cost per customer, and customers still arriving
#   after the money stops,
# - name the conditions under which the flywheel wins, and the friction at which it stops too.

# %%
import pandas as pd

import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel, inbound

# %% [markdown]
# ## The idea in plain words
#
# A company has a marketing budget for a year. It can buy attention with it — ads and paid social that
# feed the funnel — or spend it on the three drivers of an inbound flywheel: content that attracts,
# sales people who engage, service that delights. After a year the money stops. What happens next is
# the real difference between the two: the funnel is open at the bottom, so its customers do nothing
# for it; the wheel's customers talk, so it can keep turning on its own for a while.
#
# We run both for 36 months with the same money in the same months, and then compare.

# %% [markdown]
# ## From euros to reach, from euros to energy
#
# **The funnel** (lesson 02) buys reach: at a CPM of 15 €, each 1,000 € reaches 66,667 people, and the
# four stages (10 %, 20 %, 25 %, 10 %) turn them into 33 customers.
#
# **The wheel** (lesson 05) turns money into energy: one unit of energy is 1,000 € a month spent on a
# driver. The budget is split 40 % marketing, 30 % sales, 30 % service (`inbound.BUDGET_SPLIT`).
# Each unit of marketing energy pulls 0.01 % of the strangers a month into the wheel — 100 prospects a
# month from a market of a million at the start. Whether they buy depends on the sales energy, whether
# they talk on the service energy. None of these response constants is measured; they are invented to
# be plausible, and the point of the lesson is the shape of the curves, not the exact numbers.
#
# **Friction** is one slider for both: it cuts every stage rate of the funnel and every driver of the
# wheel by the same share.

# %%
# NBVAL_CHECK_OUTPUT
print("5,000 € a month becomes energy (k€/month):",
      {driver: float(e) for driver, e in inbound.energy_from_budget(5000).items()})
reach = 1000 / 15 * 1000
print(f"1,000 € in the funnel: reach {reach:,.0f}, customers {reach * 0.1 * 0.2 * 0.25 * 0.1:.0f}")
print(f"1 unit of marketing energy at the start: "
      f"{1_000_000 * inbound.InboundParams().attract_per_energy:.0f} prospects a month")

# %% [output]
# 5,000 € a month becomes energy (k€/month): {'marketing': 2.0, 'sales': 1.5, 'service': 1.5}
# 1,000 € in the funnel: reach 66,667, customers 33
# 1 unit of marketing energy at the start: 100 prospects a month

# %% [markdown]
# ## One run, side by side
#
# `inbound.compare_with_funnel` runs both with the same budget, stop month and friction, and
# `inbound.comparison_table` sums them up. Here: 5,000 € a month for 12 months, friction 10 %.

# %%
run = inbound.compare_with_funnel(budget=5000, push_until=12, friction=0.1, months=36)
table = inbound.comparison_table(run, push_until=12)
table.round(2)

# %% [markdown]
# Month by month, the difference in character is plain. The funnel delivers from the first month, 109
# customers every month of the push — and none from month 13 on. The wheel starts slowly (5 customers in
# month 1, 81 in month 12): content has to be found, prospects need time to decide, and there are no
# promoters yet. When the money stops it slows down hard, but it does not stop: 342 more customers
# arrive after the push, 11 of them in month 36.

# %%
# NBVAL_CHECK_OUTPUT
print(run.loc[[1, 12, 13, 36], ["funnel_new_customers", "wheel_new_customers"]].round(0).to_string())
print(f"won after the push: funnel {table.loc[0, 'won_after_push']:.0f}, "
      f"wheel {table.loc[1, 'won_after_push']:.0f}")

# %% [output]
#        funnel_new_customers  wheel_new_customers
# month                                           
# 1                     109.0                  5.0
# 12                    109.0                 81.0
# 13                      0.0                 20.0
# 36                      0.0                 11.0
# won after the push: funnel 0, wheel 342

# %% [markdown]
# Over the 36 months, though, the funnel has won more: 1,312 customers at 45.72 € each against the
# wheel's 933 at 64.33 €. A wheel pushed for only one year is still light. Whether it pays depends on
# how long it is pushed and on friction — which is what the panel lets you explore.

# %%
# NBVAL_CHECK_OUTPUT
for _, row in table.iterrows():
    print(f"{row['strategy']}: {row['customers_won']:,.0f} customers, "
          f"{row['cost_per_customer']:.2f} € each")

# %% [output]
# funnel: 1,312 customers, 45.72 € each
# wheel: 933 customers, 64.33 € each

# %% [markdown]
# ## The panel
#
# Three sliders: the budget both strategies get, the month after which the money stops, and friction.
# The grey band marks the months with money. The table under the plot compares the two; the buttons
# above load prepared **scenarios** — click through them in order with *Next scenario*, and read what
# to watch for under the buttons.

# %%
panels.build("06_funnel_vs_flywheel")

# %% [markdown]
# **Try this**
# 1. Click *Standard*, then drag the stop month from 12 to 36. At which stop month does the wheel win
#    more customers than the funnel?
# 2. Click *No friction*. After the money stops, do the wheel's new customers fall or rise?
# 3. Click *Much friction*. Which strategy suffers more from friction — and does the wheel still turn
#    at the end?
# 4. Set the budget to 0. Does either strategy win anyone? (Neither does: in this model there are no
#    customers for free.)

# %% [markdown]
# ## The longer the push, the better the wheel
#
# The funnel's cost per customer never changes: 45.72 € whether the money flows for 3 months or 36.
# The wheel gets cheaper the longer it is pushed, because each customer brings more: 98.81 € with a
# 3-month push, 42.26 € with 36 months — then it beats the funnel on both counts, 4,259 customers
# against 3,937.

# %%
# NBVAL_CHECK_OUTPUT
rows = []
for stop in (3, 6, 12, 24, 36):
    t = inbound.comparison_table(inbound.compare_with_funnel(5000, stop, 0.1), stop).set_index("strategy")
    rows.append({"money until month": stop,
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "funnel €/customer": round(t.loc["funnel", "cost_per_customer"], 2),
                 "wheel €/customer": round(t.loc["wheel", "cost_per_customer"], 2)})
print(pd.DataFrame(rows).to_string(index=False))

# %% [output]
#  money until month  funnel customers  wheel customers  funnel €/customer  wheel €/customer
#                  3               328              152              45.72             98.81
#                  6               656              367              45.72             81.75
#                 12              1312              933              45.72             64.33
#                 24              2624             2385              45.72             50.32
#                 36              3937             4259              45.72             42.26

# %% [markdown]
# This is the flywheel's *slow acceleration* from lesson 03 in money terms: it asks for patience and
# steady effort, and pays back later.

# %% [markdown]
# ## With enough friction, the wheel stops too
#
# Friction hurts both, in different ways. In the funnel it compounds over four stages: at 50 % friction
# only 6 % of the customers are left. The wheel loses less during the push, but friction also silences
# its word of mouth, so after the money stops it runs down: at 30 % friction it wins under one customer
# in month 36; at 50 %, 0.2.

# %%
# NBVAL_CHECK_OUTPUT
rows = []
for f in (0.0, 0.1, 0.2, 0.3, 0.5):
    r = inbound.compare_with_funnel(5000, 12, f)
    t = inbound.comparison_table(r, 12).set_index("strategy")
    rows.append({"friction": f"{f:.0%}",
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "wheel after the push": round(t.loc["wheel", "won_after_push"]),
                 "wheel in month 36": round(t.loc["wheel", "new_last_month"], 1)})
print(pd.DataFrame(rows).to_string(index=False))
print(f"funnel at 50 % friction keeps {0.5 ** 4:.0%} of its customers")

# %% [output]
# friction  funnel customers  wheel customers  wheel after the push  wheel in month 36
#       0%              2000             1514                   735               33.9
#      10%              1312              933                   342               11.2
#      20%               819              612                   166                3.3
#      30%               480              426                    93                0.9
#      50%               125              201                    37                0.2
# funnel at 50 % friction keeps 6% of its customers

# %% [markdown]
# Without friction the wheel's new customers rise again after the push (from 29 in month 13 to 34 in
# month 36): word of mouth alone keeps it accelerating. With friction the same wheel coasts to a halt.
# That is the teaching of HubSpot's picture: removing friction is worth as much as adding energy.

# %%
# NBVAL_CHECK_OUTPUT
smooth = inbound.compare_with_funnel(5000, 12, 0.0)
print(f"no friction: {smooth.loc[13, 'wheel_new_customers']:.0f} new customers in month 13, "
      f"{smooth.loc[36, 'wheel_new_customers']:.0f} in month 36")

# %% [output]
# no friction: 29 new customers in month 13, 34 in month 36

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** In the standard run both strategies get 5,000 € a month for 12 months. The wheel wins
# 933 customers in 36 months. What did one customer cost, in €?

# %%
answer_1 = ...  # € per customer

exercises.check_number(answer_1, 5000 * 12 / 933, name="cost per customer",
                    mistakes=[(5000 / 933, "fvf.ex1_one_month"),
                              (5000 * 36 / 933, "fvf.ex1_all_months")],
                    hint="fvf.ex1_hint")

# %% [markdown]
# **Exercise 2.** At 50 % friction (5,000 € for 12 months), which strategy wins more customers in 36
# months? Answer `"funnel"` or `"wheel"`. Think first, then check with the panel's *Much friction*
# scenario.

# %%
answer_2 = ...  # "funnel" or "wheel"

exercises.check_choice(answer_2, "wheel", choices=["funnel", "wheel"],
                    explanations={"funnel": "fvf.ex2_funnel"})

# %% [markdown]
# **Exercise 3.** Double the budget to 10,000 € a month (12 months, 10 % friction). The funnel then wins
# exactly twice as many customers. And the wheel? Answer `"less than twice"`, `"exactly twice"` or
# `"more than twice"`.

# %%
answer_3 = ...  # "less than twice", "exactly twice" or "more than twice"

exercises.check_choice(answer_3, "more than twice",
                    choices=["less than twice", "exactly twice", "more than twice"],
                    explanations={"exactly twice": "fvf.ex3_exactly",
                                  "less than twice": "fvf.ex3_less"})

# %% [markdown]
# ## Summary
#
# - With the same money, the funnel delivers at once and at a fixed price per customer; when the money
#   stops, acquisition stops.
# - The flywheel starts slowly, keeps winning customers after the money stops, and gets cheaper the
#   longer and harder it is pushed — because customers bring customers.
# - Friction hurts both. The funnel's stages compound it; the wheel loses its word of mouth and, with
#   enough friction, stops too.
#
# Keeping the customers you have is the cheapest way to keep a wheel turning. **Next:** lesson 07,
# retention and loyalty, with Amazon Prime as the example.
