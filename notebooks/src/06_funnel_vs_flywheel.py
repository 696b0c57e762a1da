# %% [markdown]
# # 06 · Funnel vs flywheel: the same budget, two strategies
#
# **Learning goals.** After this lesson you can
# - put the same money into the paid funnel of lesson 02 and the inbound flywheel of lesson 05, and
#   say how the euros become reach in one and energy in the other,
# - compare the two with a table: customers won, cost per customer, and customers still arriving
#   after the money stops,
# - explain why the wheel keeps turning after the money stops, and at what friction it stops too.

# %% [curious]
import pandas as pd

import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel, inbound

# %% [markdown]
# ## The idea in plain words
#
# A company has a marketing budget for a year. It can buy attention — ads that feed the funnel —
# or spend it on the three drivers of an inbound flywheel: content that attracts, sales people who
# engage, service that delights. After a year the money stops. What happens next is the real
# difference: the funnel is open at the bottom, so its customers do nothing for it; the wheel has
# stored energy — published content, customers who talk — so, like the physical flywheel of
# lesson 03, it **coasts**.
#
# We run both for five years with the same money in the same months, and compare.

# %% [markdown]
# ## From euros to reach, from euros to energy
#
# **The funnel** (lessons 01 and 02) buys reach: at 15 € per thousand people reached, its four
# stages (25 % look, 8 % click, 10 % fill a cart, 25 % buy) turn each 1,000 € into 33 customers —
# about 30 € a customer.
#
# **The wheel** (lesson 05) turns money into energy: 40 % of the budget goes to marketing, 30 % each
# to sales and service (`inbound.BUDGET_SPLIT`), one unit per 1,000 € a month. The wheel's response
# constants are those of lesson 05: invented, but calibrated so that a customer costs tens of
# euros, as in the funnel, and its conversion and churn lie in published ranges.
#
# **Friction** is one slider for both: it cuts every stage rate of the funnel and every driver of
# the wheel by the same share.

# %% [curious]
# NBVAL_CHECK_OUTPUT
print("5,000 € a month becomes energy (k€/month):",
      {driver: float(e) for driver, e in inbound.energy_from_budget(5000).items()})
reach = 1000 / funnel.DEFAULT_CPM * 1000
customers = reach * funnel.STAGE_RATES[0] * funnel.STAGE_RATES[1] * funnel.STAGE_RATES[2] \
    * funnel.STAGE_RATES[3]
print(f"1,000 € in the funnel: reach {reach:,.0f}, customers {customers:.0f}")

# %% [output]
# 5,000 € a month becomes energy (k€/month): {'marketing': 2.0, 'sales': 1.5, 'service': 1.5}
# 1,000 € in the funnel: reach 66,667, customers 33

# %% [markdown]
# ## One run, side by side: what happens when the money stops
#
# Both get 5,000 € a month for 12 months, with 10 % friction, and we watch them for 60 months.

# %% [curious]
run = inbound.compare_with_funnel(budget=5000, push_until=12, friction=0.1, months=60)
table = inbound.comparison_table(run, push_until=12)
table.round(2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(run.loc[[1, 12, 13, 15, 24, 36, 60],
              ["funnel_new_customers", "wheel_new_customers"]].round(0).to_string())
wheel = run["wheel_new_customers"]
print(f"the wheel's new customers in the month after the money stopped: "
      f"{wheel[13] / wheel[12] - 1:+.0%}")
for _, row in table.iterrows():
    print(f"{row['strategy']}: {row['customers_won']:,.0f} customers in 60 months, "
          f"{row['cost_per_customer']:.2f} € each, {row['won_after_push']:,.0f} after the money stopped")

# %% [output]
#        funnel_new_customers  wheel_new_customers
# month                                           
# 1                     109.0                  0.0
# 12                    109.0                 66.0
# 13                      0.0                 50.0
# 15                      0.0                 53.0
# 24                      0.0                 35.0
# 36                      0.0                 17.0
# 60                      0.0                  9.0
# the wheel's new customers in the month after the money stopped: -25%
# funnel: 1,312 customers in 60 months, 45.72 € each, 0 after the money stopped
# wheel: 1,482 customers in 60 months, 40.49 € each, 1,119 after the money stopped

# %% [markdown]
# The funnel delivers from the first month, 109 customers every month of the push — and none from
# month 13 on. The wheel starts slowly (hardly any in month 1, 66 in month 12): content has to be
# found, prospects need time to decide, and there are no promoters yet.
#
# When the money stops, the wheel does **not** stop. Its new customers fall by a quarter in month
# 13, then even rise a little, and then shrink slowly: 35 in month 24, 17 in month 36. Three things
# keep it turning, and each is a kind of stored energy:
#
# - **Content keeps working.** Guides and posts published during the push still bring readers;
#   they age, losing about a tenth of their pull a month (HubSpot found that some blog posts even
#   bring more visitors years after they were written).
# - **Prospects still decide.** Most of them buy without a sales call, helped by the content. Only
#   the part the sales team added is gone at once — that is the quarter lost in month 13.
# - **Customers keep talking.** Promoters bring new prospects whether anyone pays or not.
#
# Three quarters of the wheel's 1,482 customers arrive after the money stopped. Over five years it
# wins more than the funnel, each customer for less.

# %% [markdown]
# ## The panel
#
# Three sliders: the **budget** both strategies get, the month after which the **money stops**, and
# **friction**. The grey band marks the months with money. The table under the plots compares the
# two; the buttons above load prepared **scenarios** — click through them with *Next scenario* and
# read what to watch for under the buttons.

# %%
panels.build("06_funnel_vs_flywheel")

# %% [markdown]
# **Try this**
# 1. Click *Standard* and find the month in which the green line overtakes the orange one on the
#    right. Then drag **money stops after month** from 12 to 36: how far ahead is the wheel in
#    month 60 now?
# 2. Click *No friction*, then *Much friction*, and watch the green line after the dashed line.
#    How long does the wheel coast in each?
# 3. Click *Money all the time* and watch the left chart: when does the wheel win more new customers
#    a month than the funnel?
# 4. Set the **budget** to 0. Does either strategy win anyone?
#
# <details><summary>Answers</summary>
#
# 1. In month 44, in both cases. With money for 12 months the wheel ends 13 % ahead (1,482
#    against 1,312 customers); with money for 36 months, 28 % ahead (5,032 against 3,937).
# 2. Without friction it coasts for years: two years after the money stopped it still wins about
#    40 % of what it won in month 12. With 50 % friction it is down to an eighth after two years.
# 3. From month 22 on; by month 60 it wins about twice as many a month as the funnel.
# 4. Neither: in this model nobody becomes a customer without any content or advertising.
#
# </details>

# %% [markdown]
# ## The longer the push, the cheaper the wheel
#
# The funnel's cost per customer never changes: 45.72 € whether the money flows for 3 months or 36.
# The wheel gets cheaper the longer it is pushed, because each month of content and each customer
# keep working: 43.49 € with a 3-month push, 35.77 € with 36 months.

# %% [curious]
# NBVAL_CHECK_OUTPUT
rows = []
for stop in (3, 12, 24, 36):
    t = inbound.comparison_table(inbound.compare_with_funnel(5000, stop, 0.1), stop).set_index("strategy")
    rows.append({"money until month": stop,
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "funnel €/customer": round(t.loc["funnel", "cost_per_customer"], 2),
                 "wheel €/customer": round(t.loc["wheel", "cost_per_customer"], 2)})
print(pd.DataFrame(rows).to_string(index=False))

# %% [output]
#  money until month  funnel customers  wheel customers  funnel €/customer  wheel €/customer
#                  3               328              345              45.72             43.49
#                 12              1312             1482              45.72             40.49
#                 24              2624             3234              45.72             37.10
#                 36              3937             5032              45.72             35.77

# %% [markdown]
# This is the flywheel's *slow acceleration* from lesson 03 in money terms: it asks for patience and
# steady effort, and pays back later.

# %% [markdown]
# ## With enough friction, the wheel runs down too
#
# Friction hurts both, in different ways. In the funnel it compounds over four stages: at 50 %
# friction only 6 % of the customers are left. The wheel loses less during the push, but friction
# also silences its word of mouth and loses its prospects, so after the money stops it runs down
# faster: at 10 % friction it still wins 9 customers in month 60, at 30 % under one.

# %% [curious]
# NBVAL_CHECK_OUTPUT
rows = []
for f in (0.0, 0.1, 0.2, 0.3, 0.5):
    r = inbound.compare_with_funnel(5000, 12, f)
    t = inbound.comparison_table(r, 12).set_index("strategy")
    rows.append({"friction": f"{f:.0%}",
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "wheel after the push": round(t.loc["wheel", "won_after_push"]),
                 "wheel in month 36": round(r.loc[36, "wheel_new_customers"], 1),
                 "wheel in month 60": round(t.loc["wheel", "new_last_month"], 1)})
print(pd.DataFrame(rows).to_string(index=False))
print(f"funnel at 50 % friction keeps {0.5 ** 4:.0%} of its customers")

# %% [output]
# friction  funnel customers  wheel customers  wheel after the push  wheel in month 36  wheel in month 60
#       0%              2000             2358                  1902               32.8               26.0
#      10%              1312             1482                  1119               17.0                8.9
#      20%               819              986                   705                9.1                2.9
#      30%               480              681                   467                5.2                0.9
#      50%               125              336                   228                2.5                0.2
# funnel at 50 % friction keeps 6% of its customers

# %% [markdown]
# So a wheel coasts, but not for ever: like the physical wheel of lesson 03, how long it keeps
# turning depends on its friction. Removing friction is worth as much as adding energy.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check**, or click your choice. The check says at once whether it
# holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** In the panel, click the scenario *Short push*: the money flows for three months
# only. How many customers does the flywheel win after the money has stopped? Read it in the table
# under the plot.

# %%
exercises.ask("06.1")

# %% [markdown]
# **Exercise 2.** Click *Standard*, then set the friction to 40 %. Which strategy wins more
# customers in the 36 months? Think first, then look at the table.

# %%
exercises.ask("06.2")

# %% [markdown]
# **Exercise 3.** Click *Standard*, then double the budget to 10,000 € a month. The funnel then wins
# exactly twice as many customers. And the flywheel?

# %%
exercises.ask("06.3")

# %% [markdown]
# ## Summary
#
# - With the same money, the funnel delivers at once and at a fixed price per customer; when the
#   money stops, acquisition stops.
# - The flywheel starts slowly. When the money stops it coasts: content keeps attracting, prospects
#   keep deciding, customers keep talking. Its new customers fall by a quarter, then slowly.
# - The longer it is pushed, the cheaper each customer. Friction shortens the coasting; with enough
#   of it the wheel runs down too.
#
# Keeping the customers you have is the cheapest way to keep a wheel turning. **Next:** lesson 07,
# retention and loyalty, with Amazon Prime as the example.
