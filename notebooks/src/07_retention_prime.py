# %% [markdown]
# # 07 · Retention and Prime: why a kept customer is worth more than a new one
#
# **Learning goals.** After this lesson you can
# - follow a cohort of customers month by month and read churn and retention from it,
# - compute a customer's lifetime value (CLV) from margin, churn and a discount rate, and say why it
#   matters more the dearer new customers become,
# - explain how a paid membership such as Amazon Prime raises lifetime value, and why it backfires
#   for a business whose core offer is weak,
# - compare three ways of buying loyalty — deep discounts, trust built by good service, a paid
#   membership — and say which ones last.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import retention
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# The funnel of lesson 02 forgot its buyers the moment they paid; the flywheel only turns if
# customers stay to buy again and to tell others. So: **how long do customers stay, and what is one
# of them worth?** Every month some customers drift away — they *churn* — and winning new ones gets
# dearer as the cheap channels fill up. The dearer acquisition gets, the more a kept customer is
# worth.

# %% [markdown]
# ## A cohort thins out
#
# A *cohort* is a group of customers who joined in the same month. If a share *c* of those still
# active leaves each month (the **churn**), the share still there after *t* months (the
# **retention**) is (1 − *c*)ᵗ. Subscription businesses lose about 4–7 % of their customers a month
# (Recurly's benchmarks; `data/README.md`). At 5 % a month, 540 of 1,000 customers are still there
# after a year, 292 after two years and 158 after three:

# %% [curious]
cohort = retention.cohort(size=1000, churn=0.05, months=36)
cohort.loc[[1, 2, 3, 12, 24, 36]].round(1)

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(", ".join(f"month {m}: {cohort.loc[m, 'active']:.0f}" for m in (12, 24, 36)))

# %% [output]
# month 12: 540, month 24: 292, month 36: 158

# %% [markdown]
# ## What one customer is worth: lifetime value
#
# Let *m* be the margin a customer earns you per active month (€/month), *r* = 1 − *c* the monthly
# retention, and *d* a monthly discount rate (a euro next year is worth less than a euro today;
# 1 % a month is about 12.7 % a year). Adding up the margin of every month the customer is still
# there gives the **customer lifetime value**:
#
# $$\text{CLV} = \frac{m\, r}{1 + d - r} \qquad [\text{€}].$$
#
# A shop that earns 6 € a month per customer, with 5 % churn and 1 % discounting, has a CLV of
# 6 · 0.95 / 0.06 = 95 €; 84.52 € of it arrive in the first three years.
#
# <details><summary>For the curious: where the formula comes from</summary>
#
# Counting the margin at the end of each month the customer is still there, the value is the sum
# m·(r/(1+d)) + m·(r/(1+d))² + …, a geometric series whose sum is the formula above. The kit's
# tests check the month-by-month sum against it.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(f"CLV: {retention.lifetime_value(6, 0.05, 0.01):.2f} €; "
      f"first 36 months: {retention.lifetime_value(6, 0.05, 0.01, months=36):.2f} €")

# %% [output]
# CLV: 95.00 €; first 36 months: 84.52 €

# %% [markdown]
# ### When new customers get dearer
#
# The *payback month* is when a customer's discounted margin so far covers the **acquisition cost**
# (CAC). At 5 % churn a CAC of 40 € is paid back in month 9; at 80 € only in month 31, because ever
# fewer customers are left to pay. Halving churn to 2.5 % brings it back to month 19. Cheap
# acquisition forgives high churn; dear acquisition does not.

# %% [curious]
# NBVAL_CHECK_OUTPUT
for cac in (40, 60, 80):
    print(f"CAC {cac} €: payback in month {retention.payback_month(cac, 6, 0.05):.0f} at 5 % churn, "
          f"month {retention.payback_month(cac, 6, 0.025):.0f} at 2.5 % churn")

# %% [output]
# CAC 40 €: payback in month 9 at 5 % churn, month 8 at 2.5 % churn
# CAC 60 €: payback in month 17 at 5 % churn, month 13 at 2.5 % churn
# CAC 80 €: payback in month 31 at 5 % churn, month 19 at 2.5 % churn

# %% [markdown]
# ## A membership tier: Prime
#
# Amazon Prime is a paid membership: for a yearly fee, members get fast free shipping and, later,
# video, music and more. Having paid, members look at Amazon first: US Prime members shop about
# 25 times a year against 14 for other Amazon customers, spend about twice as much, and more than
# nine in ten say they will renew (CIRP's surveys, `data/README.md`). People who pay in advance
# tend to be heavy buyers already — and the shop pays for their perks.
#
# The kit's two tiers use invented round numbers in those proportions: a guest orders every second
# month, a member every month, pays 5 €/month and costs 3 € per order in perks; guests churn 5 % a
# month, members 1.5 %. Twice the orders and a third of the churn turn a 95 € guest into a 551.60 €
# member — almost six times the value, although the perks eat a quarter of the member's order
# margin.

# %% [curious]
tiers = retention.membership()
tiers.round(2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(f"guest {tiers.loc['guest', 'clv']:.2f} €, member {tiers.loc['member', 'clv']:.2f} €, "
      f"ratio {tiers.loc['member', 'clv'] / tiers.loc['guest', 'clv']:.1f}")

# %% [output]
# guest 95.00 €, member 551.60 €, ratio 5.8

# %% [markdown]
# Amazon announced only a few Prime milestones (`data/prime_milestones.csv`, each with its source):
# 13 years from the launch to the first 100 million paid members, 3 more to double that. They are
# "more than …" statements, not a yearly series, and cannot tell *why* growth sped up.

# %% [curious]
milestones = data.load("prime_milestones")
milestones[["date", "milestone", "members_millions"]]

# %% [curious]
fig, ax = plotting.figure(width=7, height=3.2)
years = milestones["year"] + (milestones["date"].str[5:7].astype(int) - 0.5) / 12
ax.plot(years, milestones["members_millions"], marker="o", color=plotting.PALETTE["blue"])
for x, y in zip(years, milestones["members_millions"]):
    ax.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(-14, 6))
ax.set_xlabel(fw.t("retention.year_axis"))
ax.set_ylabel(fw.t("retention.members_axis"))
ax.set_title(fw.t("retention.milestones_title"))
plotting.show(fig)

# %% [curious]
# NBVAL_CHECK_OUTPUT
first = milestones.loc[milestones["members_millions"] >= 100].iloc[0]
double = milestones.loc[milestones["members_millions"] >= 200].iloc[0]
print(f"launch → 100M: {first['year'] - milestones['year'].iloc[0]} years; "
      f"100M → 200M: {double['year'] - first['year']} years")

# %% [output]
# launch → 100M: 13 years; 100M → 200M: 3 years

# %% [markdown]
# ## Three ways to buy loyalty: discounts, trust, a membership
#
# **Discounts.** On *Prime Day* members get deep discounts, for minutes, in small quantities. Sales
# jump — mostly among people loyal already — and the buzz draws bargain hunters. Then customers
# learn to **wait for the next deal**, become **more price-sensitive**, and need **ever deeper**
# cuts.
#
# **Trust** is slow: delivery on time, easy returns, a helpful answer. It grows a little every month
# and does not vanish when a campaign ends; friction wears it away.
#
# **A membership** binds customers only if what they get is worth the fee — and that depends on the
# **core offer**: selection, prices, delivery. Should a smaller brand copy Prime? Only if its brand
# is as strong as Amazon's. Otherwise few customers join, those who do feel they pay for nothing,
# and they leave. Loyalty schemes that do not add to the value of the product buy no loyalty
# (Dowling and Uncles, 1997), and Hillstrom finds that loyalty programmes pay only for the few shops
# where most customers buy again anyway.
#
# `retention.loyalty` puts all three into one small monthly model of 1,000 customers. Its constants
# are invented to show the mechanisms: promotions build a *discount habit*; trust lowers churn;
# members order more and churn less in proportion to the core's strength, but churn *more* when the
# fee exceeds what they get. Three strategies over four years, without a membership:

# %% [curious]
strategies = retention.compare_strategies(depth=0.3, frequency=4, service=0.5, friction=0.2,
                                          months=48)
strategies.round(2)

# %% [curious]
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
# Quarterly 30 % discounts give the busiest month by far (2,053 orders against 1,097 with service
# alone), but after four years they leave 630 customers where service keeps 1,172, and less than
# half the margin. Discounts on top of service still cost customers.
#
# And the membership? With the same service and no discounts, a fee of 8 € a month does opposite
# things depending on the core:

# %% [curious]
# NBVAL_CHECK_OUTPUT
plain = retention.loyalty(0.0, 0, 0.5, 0.2, months=48)
print(f"no membership: {plain['customers'].iloc[-1]:,.0f} customers, churn "
      f"{plain['churn'].iloc[-1]:.1%} a month, margin {plain['cumulative_margin'].iloc[-1]:,.0f} €")
for core in (1.0, 0.3):
    run = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=8.0, core=core)
    print(f"fee 8 €, core {core:.0%}: {run['customers'].iloc[-1]:,.0f} customers, churn "
          f"{run['churn'].iloc[-1]:.1%} a month, {run['members'].iloc[-1]:.0%} members, "
          f"margin {run['cumulative_margin'].iloc[-1]:,.0f} €")

# %% [output]
# no membership: 1,172 customers, churn 3.3% a month, margin 533,942 €
# fee 8 €, core 100%: 1,620 customers, churn 1.8% a month, 67% members, margin 1,046,163 €
# fee 8 €, core 30%: 995 customers, churn 4.1% a month, 23% members, margin 556,804 €

# %% [markdown]
# With a core as strong as Amazon's, two customers in three join, churn halves and the margin
# doubles. With a weak core the same membership **backfires**: fewer join, churn rises above the
# level without a membership, and after four years there are 15 % fewer customers. The fees of
# the few members hide it at first — the margin is even a little higher — but by the fourth year
# the shop earns less each month than without the membership.

# %% [markdown]
# ## The panel
#
# Six sliders: **discount depth** and **promotions a year**; **service quality** (the energy put
# into trust) and **friction**; the **membership fee** (0 = none) and the **strength of the core
# offer**. Solid lines: your policy; dashed: the same service without discounts or membership.
# Lower right: trust, the discount habit and the share of members.

# %%
panels.build("07_retention_prime")

# %% [markdown]
# **Try this**
# 1. Set the **membership fee** to 0 and the **discount depth** to 0: solid and dashed lines
#    coincide. Now raise the depth step by step: watch the spikes grow — and the valleys between
#    them deepen.
# 2. Put **promotions** at 12 a year (a permanent price cut). Is the habit still a problem? What
#    happens to the margin?
# 3. With depth and fee at 0, set **service** to 100 %. How many months until trust passes 0.5?
#    Then raise **friction** to 60 %: how much of the service's effect is left?
# 4. Set the depth to 0 and the **fee** to 8 €. Move the **core strength** from 100 % down to
#    30 %: watch the members' line and the customers against the dashed line. Below which core
#    strength does the membership cost customers?
#
# <details><summary>Answers</summary>
#
# 1. Each promotion spike is followed by months below the dashed line: customers wait for the next
#    deal.
# 2. Yes: the habit climbs and stays high, and over four years the margin turns negative
#    (−15,710 € against 533,942 € without discounts) — a permanent price cut with a habit on top.
# 3. About a year (exercise 4 asks for the month). At 60 % friction trust never gets past 0.4.
# 4. At 100 % two customers in three become members and the base ends far above the dashed line.
#    As the core weakens, fewer join and members leave faster; at 8 € the membership costs
#    customers once the core is below about 55 %, and at 30 % the base ends 15 % below the dashed
#    line.
#
# </details>

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A customer earns you 10 € a month. Churn is 4 % a month and you discount at 1 % a
# month. What is the customer's lifetime value, in €?

# %%
exercises.ask("07.1")

# %% [markdown]
# **Exercise 2.** With 2 % churn a month, how many months does a new customer stay active on
# average (counting from the first month after joining)?

# %%
exercises.ask("07.2")

# %% [markdown]
# **Exercise 3.** In the panel, set the discount depth to 30 % and try 2, 4 and 8 promotions a year
# (service and friction at their start values). What happens to the margin earned in four years
# as the promotions get more frequent?

# %%
exercises.ask("07.3")

# %% [markdown]
# **Exercise 4.** In the panel, set the discount depth and the promotions to 0 and the service to
# 100 %, with the friction at its start value. In which month does trust first pass 0.5? Read it
# on the right-hand chart.

# %%
exercises.ask("07.4")

# %% [markdown]
# ## Summary
#
# - A cohort thins out geometrically: retention after *t* months is (1 − *c*)ᵗ.
# - Lifetime value CLV = *m r* / (1 + *d* − *r*) (€): a small cut in churn raises it a lot, and it
#   matters more the dearer new customers become.
# - A paid membership binds heavy buyers — more orders, less churn — if the core offer makes it
#   worth its fee. Copy Prime only if your brand is as strong: with a weak core it raises churn.
# - Discounts buy a spike and a habit; trust built by service is slow but lasting, and friction eats
#   it.
#
# One company rarely relies on one loop. **Next:** lesson 08 shows Amazon as an ecosystem — a core
# flywheel with satellites such as Prime, video and AWS that feed it.
