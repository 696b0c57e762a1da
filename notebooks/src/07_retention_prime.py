# %% [markdown]
# # 07 · Retention and Prime: why a kept customer is worth more than a new one
#
# **Learning goals.** After this lesson you can
# - follow a cohort of customers month by month and read churn and retention from it,
# - compute a customer's lifetime value (CLV) from margin, churn and a discount rate, and say why it
#   matters more the dearer new customers become,
# - explain how a paid membership such as Amazon Prime raises lifetime value — and what it costs,
# - compare two ways of buying loyalty, deep discounts and trust built by good service, and say which
#   one lasts.

# %%
import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import retention
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# The funnel of lesson 02 forgot its buyers the moment they paid. The flywheel of lessons 04–06 only
# turns if customers stay long enough to buy again and to tell others. So the question of this lesson
# is simple: **how long do customers stay, and what is one of them worth?**
#
# Two facts make it urgent. First, every month some customers drift away — they *churn*. Second,
# winning a new customer tends to get dearer over time: the cheap channels fill up, and people who
# already have accounts with several shops are slow to open yet another one. When acquisition gets
# dearer, every customer you keep is worth more, because replacing them costs more.

# %% [markdown]
# ## A cohort thins out
#
# A *cohort* is a group of customers who joined in the same month. If a share *c* of those still
# active leaves each month (the **churn**), the share still there after *t* months (the
# **retention**) is (1 − *c*)ᵗ. The losses are largest at the start, when the cohort is largest.

# %%
cohort = retention.cohort(size=1000, churn=0.05, months=36)
cohort.loc[[1, 2, 3, 12, 24, 36]].round(1)

# %% [markdown]
# At 5 % churn a month, 540 of 1,000 customers are still there after a year, 292 after two years
# and 158 after three:

# %%
# NBVAL_CHECK_OUTPUT
print(", ".join(f"month {m}: {cohort.loc[m, 'active']:.0f}" for m in (12, 24, 36)))

# %% [output]
# month 12: 540, month 24: 292, month 36: 158

# %% [markdown]
# ## What one customer is worth: lifetime value
#
# Let *m* be the margin a customer earns you per active month (€/month), *r* = 1 − *c* the monthly
# retention, and *d* a monthly discount rate (a euro next year is worth less than a euro today;
# 1 % a month is about 12.7 % a year). Counting the margin at the end of each month the customer is
# still there, the **customer lifetime value** is the sum
#
# $$\text{CLV} = \sum_{t=1}^{\infty} m \left(\frac{r}{1+d}\right)^{t} = \frac{m\, r}{1 + d - r}
# \qquad [\text{€}].$$
#
# The right-hand side is the closed form of the geometric series; the kit's tests check the
# month-by-month sum against it. A shop that earns 6 € a month per customer, with 5 % churn and
# 1 % discounting, has a CLV of 6 · 0.95 / 0.06 = 95 €. Only 84.52 € of it arrive in the first
# three years:

# %%
# NBVAL_CHECK_OUTPUT
print(f"CLV: {retention.lifetime_value(6, 0.05, 0.01):.2f} €; "
      f"first 36 months: {retention.lifetime_value(6, 0.05, 0.01, months=36):.2f} €")

# %% [output]
# CLV: 95.00 €; first 36 months: 84.52 €

# %% [markdown]
# ### When new customers get dearer
#
# Compare the lifetime value with the **acquisition cost** (CAC: what it costs to win one customer).
# The *payback month* is the month in which the customer's discounted margin so far covers the CAC.
# At 5 % churn, a CAC of 40 € is paid back in month 9; double it to 80 € and the payback moves to
# month 31 — more than three times as long, because fewer and fewer customers are left to pay.
# Halving churn to 2.5 % brings the 80 € customer back to month 19:

# %%
# NBVAL_CHECK_OUTPUT
for cac in (40, 60, 80):
    print(f"CAC {cac} €: payback in month {retention.payback_month(cac, 6, 0.05):.0f} at 5 % churn, "
          f"month {retention.payback_month(cac, 6, 0.025):.0f} at 2.5 % churn")

# %% [output]
# CAC 40 €: payback in month 9 at 5 % churn, month 8 at 2.5 % churn
# CAC 60 €: payback in month 17 at 5 % churn, month 13 at 2.5 % churn
# CAC 80 €: payback in month 31 at 5 % churn, month 19 at 2.5 % churn

# %% [markdown]
# Cheap acquisition forgives high churn; dear acquisition does not. That is the business case for
# retention.

# %% [markdown]
# ## A membership tier: Prime
#
# Amazon Prime is a paid membership: for a yearly fee, members get fast free shipping and, later,
# video, music and more. A fee paid in advance is a commitment — people who pay it tend to be heavy
# buyers already, and having paid, they look at Amazon first. Members **buy more often** and
# **leave less often**; in return the shop pays for their perks.
#
# The kit's two tiers use invented round numbers: a guest orders every second month, a member every
# month, pays 5 €/month and costs 3 € per order in perks; guests churn 5 % a month, members 1.5 %.

# %%
tiers = retention.membership()
tiers.round(2)

# %% [markdown]
# Twice the orders and a third of the churn turn a 95 € guest into a 551.60 € member — almost six
# times the value, although the perks eat a quarter of the member's order margin:

# %%
# NBVAL_CHECK_OUTPUT
print(f"guest {tiers.loc['guest', 'clv']:.2f} €, member {tiers.loc['member', 'clv']:.2f} €, "
      f"ratio {tiers.loc['member', 'clv'] / tiers.loc['guest', 'clv']:.1f}")

# %% [output]
# guest 95.00 €, member 551.60 €, ratio 5.8

# %% [markdown]
# ### Real milestones
#
# Amazon rarely publishes how many Prime members it has. The kit ships the few milestones it did
# announce, each with its source (`data/prime_milestones.csv`, see `data/README.md`):

# %%
milestones = data.load("prime_milestones")
milestones[["date", "milestone", "members_millions"]]

# %%
fig, ax = plotting.figure(width=7, height=3.2)
years = milestones["year"] + (milestones["date"].str[5:7].astype(int) - 0.5) / 12
ax.plot(years, milestones["members_millions"], marker="o", color=plotting.PALETTE["blue"])
for x, y in zip(years, milestones["members_millions"]):
    ax.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(-14, 6))
ax.set_xlabel(fw.t("retention.year_axis"))
ax.set_ylabel(fw.t("retention.members_axis"))
ax.set_title(fw.t("retention.milestones_title"))
plotting.show(fig)

# %% [markdown]
# It took 13 years from the launch to the first 100 million paid members, and only 3 more years to
# double that. Read the line with care: it joins four announcements, not a yearly series, the numbers
# are "more than …" statements, and the 2021 letter says "Prime members" without "paid". The data
# cannot tell *why* growth sped up (more countries, video, faster delivery, the pandemic years all
# happened at once) — only that it did.

# %%
# NBVAL_CHECK_OUTPUT
first = milestones.loc[milestones["members_millions"] >= 100].iloc[0]
double = milestones.loc[milestones["members_millions"] >= 200].iloc[0]
print(f"launch → 100M: {first['year'] - milestones['year'].iloc[0]} years; "
      f"100M → 200M: {double['year'] - first['year']} years")

# %% [output]
# launch → 100M: 13 years; 100M → 200M: 3 years

# %% [markdown]
# ## Two ways to buy loyalty: discounts or trust
#
# On **Prime Day** Amazon gives members deep discounts on selected items, for minutes and in small
# quantities. Sales jump — but mostly among people who are already loyal (they are members), and the
# buzz draws in bargain hunters. Discounts work fast. Their trouble is what comes after:
#
# - customers learn to **wait for the next deal** and buy less in between,
# - they become **more price-sensitive**: they compare, and leave for whoever is cheaper today,
# - the same cut pulls less once it is expected, so the business needs **ever deeper** discounts.
#
# The other way is slow: **trust**, built by service that works — delivery on time, easy returns, a
# helpful answer. It grows a little every month and does not vanish when a campaign ends. Friction
# (late parcels, unanswered mails) slows trust down and wears it away.
#
# `retention.loyalty` puts both into one small monthly model of a customer base (1,000 customers in
# a market of 10,000, invented constants listed in `retention.LoyaltyParams`):
#
# - a **promotion month** multiplies orders and new customers by a factor that grows with the
#   discount depth, shrinks with the *discount habit* H, and costs margin;
# - each promotion raises H (0 … 1), which fades slowly; outside promotions a share of orders waits
#   for the next deal and churn rises with H;
# - **trust** T (0 … 1) grows with service quality (your energy input) and fades with friction; it
#   lowers churn and brings word-of-mouth customers; service costs 1.50 € per customer-month at full
#   quality.
#
# Here are three strategies over four years: quarterly 30 % discounts without extra service, half
# service without discounts, and both:

# %%
strategies = retention.compare_strategies(depth=0.3, frequency=4, service=0.5, friction=0.2,
                                          months=48)
strategies.round(2)

# %% [markdown]
# The discounts give the busiest month by far (2,053 orders against 1,097), but after four years
# they leave 630 customers where service keeps 1,172, and they earn less than half the margin.
# Adding discounts on top of service still costs customers:

# %%
# NBVAL_CHECK_OUTPUT
s = strategies.round(0)
for name in s.index:
    print(f"{name}: peak {s.loc[name, 'peak_orders']:,.0f} orders, {s.loc[name, 'customers']:,.0f} "
          f"customers at the end, margin {s.loc[name, 'total_margin']:,.0f} €")

# %% [output]
# discounts: peak 2,053 orders, 630 customers at the end, margin 192,030 €
# service: peak 1,097 orders, 1,172 customers at the end, margin 533,942 €
# both: peak 2,055 orders, 882 customers at the end, margin 186,090 €

# %% [markdown]
# ## The panel
#
# Four sliders: the **discount depth** and how many **promotions a year**, the **service quality**
# (the energy you put into trust) and the **friction**. The solid lines are your policy; the dashed
# lines are the same business with the same service but no discounts. The right-hand chart shows the
# two slow stocks: trust and the discount habit.

# %%
panels.build("07_retention_prime")

# %% [markdown]
# **Try this**
# 1. Set the discount depth to 0. The solid and dashed lines coincide. Now raise the depth step by
#    step: watch the spikes grow — and the valleys between them deepen.
# 2. Put promotions at 12 a year (a permanent price cut). Is the habit still a problem? What happens
#    to the margin?
# 3. Set discounts to 0 and service to 100 %. How many months until trust passes 0.5? Then raise
#    friction to 60 %: how much of the service's effect is left?
# 4. Find a setting where discounts *win* on customers after four years. What does it cost in margin?

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** A customer earns you 10 € a month. Churn is 4 % a month and you discount at 1 % a
# month. What is the customer lifetime value, in €?

# %%
answer_1 = ...  # CLV in €

exercises.check_number(
    answer_1, 10 * 0.96 / (1.01 - 0.96), name="CLV",
    mistakes=[(10 * 0.96 / 0.04, "retention.ex1_no_discount"),
              (10 / 0.04, "retention.ex1_margin_over_churn"),
              (10 * 0.96 / (1.01 - 0.04), "retention.ex1_churn_for_retention")],
    hint="retention.ex1_hint")

# %% [markdown]
# **Exercise 2.** With 2 % churn a month, how many months does a new customer stay active on
# average (counting from the first month after joining)?

# %%
answer_2 = ...  # expected active months

exercises.check_number(answer_2, retention.expected_lifetime(0.02), name="months",
                    mistakes=[(1 / 0.02, "retention.ex2_one_over_c"),
                              (0.02 / 0.98, "retention.ex2_upside_down")],
                    hint="retention.ex2_hint")

# %% [markdown]
# **Exercise 3.** In the strategy table above, which strategy has the *busiest single month* —
# `"discounts"`, `"service"` or `"both"`? And which one would you pick to have the most customers
# after four years? Answer the second question.

# %%
answer_3 = ...  # "discounts", "service" or "both"

exercises.check_choice(answer_3, "service", choices=["discounts", "service", "both"],
                    explanations={"discounts": "retention.ex3_discounts",
                                  "both": "retention.ex3_both"})

# %% [markdown]
# ## Summary
#
# - A cohort thins out geometrically: retention after *t* months is (1 − *c*)ᵗ.
# - Lifetime value CLV = *m r* / (1 + *d* − *r*) (€): a small cut in churn raises it a lot, and it
#   matters more the dearer new customers become.
# - A paid membership binds heavy buyers: more orders, less churn, a fee — at the cost of the perks.
#   Prime grew from its launch in 2005 to more than 100 million paid members in 2018 and more than
#   200 million members in 2021.
# - Discounts buy a spike and a habit; trust built by service is slow but lasting, and friction eats
#   it.
#
# One company rarely relies on one loop. **Next:** lesson 08 shows Amazon as an ecosystem — a core
# flywheel with satellites such as Prime, video and AWS that feed it.
