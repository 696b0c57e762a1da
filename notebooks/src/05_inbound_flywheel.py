# %% [markdown]
# # 05 · The inbound flywheel: attract, engage, delight
#
# **Learning goals.** After this lesson you can
# - draw HubSpot's inbound flywheel as stocks of people (strangers, prospects, customers, promoters)
#   joined by the flows attract, engage and delight, and say which team drives each flow,
# - give each driver energy and friction in a model and find the driver whose friction costs most,
# - read HubSpot's three factors of momentum — speed, friction, size — off a running wheel,
# - explain why inbound aims at the *right* people, and how after-sales content makes customers buy
#   again,
# - say why word of mouth is the engine of the wheel.

# %% [curious]
import numpy as np

import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# At HubSpot's INBOUND conference in 2018, Brian Halligan (co-founder with Dharmesh Shah) replaced
# the funnel of lesson 02 with a wheel. The customer sits at its hub; marketing, sales and service
# make up its rim; three drivers turn it:
#
# - **Attract** — marketing earns attention with useful content (a blog, guides) instead of buying
#   it. Content about the problem the product solves brings the right people: **prospects**.
# - **Engage** — sales helps prospects decide. Some become **customers**.
# - **Delight** — service makes customers successful. Delighted customers become **promoters**, and
#   what they tell others attracts the next strangers.
#
# That last step is what the funnel lacks: the wheel's output feeds its input. And 83 % of people
# trust recommendations from people they know (Nielsen, 2015).
#
# **Energy** is the effort a team puts in. **Friction** wastes it: weak content, clumsy sales
# handling, poor service, hand-offs where the customer has to start again. Friction also makes
# unhappy customers, and they talk too.

# %% [markdown]
# ## The model
#
# Every person in a market of one million is in exactly one of five **stocks**:
#
# ```
#  strangers ──attract──▶ prospects ──engage──▶ customers ──delight──▶ promoters
#      ▲                      │                     │                     │
#      │                      └── lose interest ────┴────── churn ────────┴──▶ left the wheel
#      └──────────── word of mouth (promoters strongly, customers weakly) ◀───┘
# ```
#
# **Energy is money spent on a driver**: one unit is 1,000 € a month. Marketing's money buys
# content, and content keeps working after it is paid for, so it piles up in a sixth stock,
# **content still working**, that fades slowly. **Friction** on a driver is the share of its effect
# that is lost; service friction also makes customers unhappy, and they speak *against* the brand.
#
# **Which numbers are invented.** All the model's response constants are invented for teaching,
# but chosen so that the default wheel lands inside published ranges (sources in
# `data/README.md`): one prospect in nine buys (inbound leads close at about 15 %, outbound leads
# under 2 %); customers churn 3.6 % a month (subscriptions: 4–7 %); a third become promoters; word
# of mouth brings half the new prospects after five years (McKinsey: it drives 20–50 % of purchase
# decisions); a customer costs about 40 €. The shape is the lesson, not the exact numbers.
#
# <details><summary>For the curious: the equations</summary>
#
# Each month, in steps of a quarter month:
#
# - **content** grows by the marketing energy and loses 1/9 of itself a month (a mean life of nine
#   months). Its **pull** is proportional to the content still working.
# - **attract** = (1 − marketing friction) × strangers × (pull + word of mouth). Word of mouth adds
#   up the voices in the wheel, each relative to the whole market: promoters loudly, happy
#   customers quietly, unhappy customers (the share that service friction hits) with a minus sign.
#   It never drops below zero.
# - **engage** = (1 − sales friction) × (a base rate + a rate that grows with sales energy) ×
#   prospects. Prospects also lose interest, more so with sales friction.
# - **delight** = (1 − service friction) × (a base rate + a rate that grows with service energy) ×
#   customers. Customers and promoters churn, more so with service friction.
#
# Every flow leaves one stock and enters another, so the five stocks of people always add up to the
# market. `inbound.InboundParams` lists every constant with its unit and range;
# `inbound.simulate` runs the model. An independent engine (PySD, running the same model written in
# Vensim's language) reproduces every month to the last digit.
#
# </details>
#
# The default wheel gets 4, 3 and 3 units for marketing, sales and service, with 20 % friction on
# each. Over five years:

# %% [curious]
par = inbound.InboundParams()
run = inbound.simulate(par, months=60)
run.loc[[0, 12, 24, 36, 48, 60], ["strangers", "prospects", "customers", "promoters", "left",
                                  "content", "new_customers", "cumulative_customers"]].round(0)

# %% [curious]
# NBVAL_CHECK_OUTPUT
won = run["cumulative_customers"]
word = run["by_word_of_mouth"] / run["attracted"]
last = run.iloc[-1]
print(f"customers won: {won[12]:,.0f} in the first year, {won[60]:,.0f} in five years "
      f"({won[60] / par.market:.1%} of the market)")
print(f"new customers a month: {run.loc[12, 'new_customers']:,.0f} in month 12, "
      f"{run.loc[60, 'new_customers']:,.0f} in month 60")
print(f"prospects who became customers: {won[60] / run['attracted'].sum():.0%}")
print(f"new prospects brought by word of mouth: {word[12]:.0%} in month 12, {word[60]:.0%} in month 60")
print(f"promoters: {last['promoters'] / (last['promoters'] + last['customers']):.0%} "
      f"of the customers on board at the end")
print(f"cost per customer won: {60 * 10_000 / won[60]:.0f} €")
stocks = list(inbound.STOCKS)
print(f"the stocks add up to the market within a millionth of a person: "
      f"{(run[stocks].sum(axis=1) - par.market).abs().max() < 1e-6}")

# %% [output]
# customers won: 729 in the first year, 14,325 in five years (1.4% of the market)
# new customers a month: 131 in month 12, 390 in month 60
# prospects who became customers: 11%
# new prospects brought by word of mouth: 3% in month 12, 48% in month 60
# promoters: 32% of the customers on board at the end
# cost per customer won: 42 €
# the stocks add up to the market within a millionth of a person: True

# %% [markdown]
# The wheel starts slowly and speeds up: 131 new customers in month 12, 390 in month 60. The reason
# is word of mouth. In month 12 almost every new prospect came through the content; in month 60
# almost half came because someone in the wheel talked.

# %% [markdown]
# ## The panel
#
# One energy and one friction slider per driver. Left: the stocks of people (strangers on the
# right-hand axis). Middle: new customers per month, dotted for the same wheel without friction.
# Right: the wheel. A **segment's width** is its driver's share of the energy; the **red rim** shows
# the customers that driver's friction costs (the number beside it), boxed where it costs most.
# Under the sliders: HubSpot's **three factors of momentum**, live.

# %%
panels.build("05_inbound_flywheel")

# %% [markdown]
# **Try this**
# 1. Drag all three **energies** to 0. Why does nothing happen at all, not even slowly?
# 2. Press Reset and move only the **service friction** from 20 % to 60 %. Watch the red rim on
#    *Delight* and the new customers per month in the middle.
# 3. With all frictions at 20 %, which driver's friction costs the most? Now set the **marketing
#    friction** to 40 %. Does the boxed number move?
# 4. Spend the same 10 units as 5, 5 and 0: move **marketing energy** to 5, **sales energy** to 5
#    and **service energy** to 0. Watch the promoters' line on the left and the size on the hub.
#
# <details><summary>Answers</summary>
#
# 1. A wheel at rest stays at rest: with no content there are no prospects, and with no customers
#    there is no word of mouth either.
# 2. The rim on *Delight* thickens, and the new customers stop growing after about month 36: with
#    bad service, word of mouth dies and the wheel no longer accelerates.
# 3. At 20 % each, sales friction costs the most (5,034 customers, against 4,467 for marketing and
#    3,851 for service): it loses buyers at the very moment they decide. At 40 % marketing friction
#    the box moves to *Attract*.
# 4. The wheel wins more customers in five years (19,047 against 14,325) and ends bigger (9,327 on
#    board against 7,903) — but it has only 620 promoters instead of 2,535. Without service it runs
#    on money, not on word of mouth; lesson 06 shows what that means when the money stops.
#
# </details>

# %% [markdown]
# ## Where friction bites
#
# With 20 % friction on each driver, the wheel wins 61 % fewer customers than the same energy
# would without friction. If the three losses simply multiplied, 0.8 × 0.8 × 0.8 = 51 % would be
# left. Only 39 % is left, because friction **compounds**: every customer lost is also a voice lost
# for the next ones, and every unhappy customer talks against the brand.
#
# This is HubSpot's second factor of momentum. The first is **speed** — how many people move one
# step round the wheel in a month, with the **force** behind it (the energy that gets past
# friction); the third is **size** — the customers and promoters on board:

# %% [curious]
# NBVAL_CHECK_OUTPUT
m = inbound.momentum(par, run)
costs = inbound.friction_costs(par, 60)
print(f"speed {m['speed']:,.0f} people/month, force {m['force']:.1f} k€/month, "
      f"friction {m['friction']:.0%}, size {m['size']:,.0f}")
print("customers each friction costs:", {d: f"{c:,.0f}" for d, c in costs.items()})

# %% [output]
# speed 3,733 people/month, force 8.0 k€/month, friction 61%, size 7,903
# customers each friction costs: {'marketing': '4,467', 'sales': '5,034', 'service': '3,851'}

# %% [markdown]
# ## The right people, and customers who buy again
#
# A second panel adds two levers to the same default wheel:
#
# - **Attract the right people.** Content can aim at everybody or at the people the product is
#   for. Broad content reaches more strangers, but few of them have the problem the product
#   solves: they rarely buy, and those who do are rarely delighted and leave sooner. The slider
#   *content aimed beyond the right people* runs from 0 % (the inbound ideal) to 100 % (everybody).
# - **After-sales content starts a new buying journey.** Tips and how-tos for people who already
#   bought bring them back to buy again, with a shorter decision than the first time. Its slider
#   is its energy in k€ a month.
#
# Dashed lines: the same wheel with content for the right people only and no after-sales content.

# %%
panels.build("05_inbound_flywheel:fit")

# %% [markdown]
# **Try this**
# 5. Move **content aimed beyond the right people** from 0 % to 100 %. Watch the left chart: more
#    prospects arrive. Then watch the middle chart and the conversion in the text: what happens to
#    the customers on board?
# 6. Back at 0 %, move **after-sales content** from 0 to 2 k€ a month. Watch the green lines on the
#    right. From which month on do repeat purchases outnumber first purchases? How many customers
#    buy again within a year?
#
# <details><summary>Answers</summary>
#
# 5. In the first year the broad wheel attracts 18,271 prospects instead of 10,322, but only 2 % of
#    them buy, and after five years it has 1,040 customers and promoters on board instead of 7,903.
#    Volume is not the goal; fit is.
# 6. With 2 k€ a month, repeat purchases overtake first purchases in month 28; by month 60 there
#    are 687 repeat purchases a month beside 390 first ones, and 65 % of customers buy again within
#    a year (38 % without after-sales content). Kevin Hillstrom calls a shop where more than 60 % of last
#    year's buyers buy again a business in "loyalty mode"; most online shops stay below 40 %.
#
# </details>

# %% [markdown]
# ## Why word of mouth is the engine: the Bass model
#
# In 1969 Frank Bass described how a new product spreads. People adopt it on their own, at a rate
# **p** (advertising, curiosity), or because they hear from those who have it, at a rate **q**
# (word of mouth). Our wheel contains Bass's model as a special case.
#
# Across published studies, p averages 0.03 and q 0.38 a year (Sultan, Farley and Lehmann, 1990).
# So q is 13 times p, and four adopters in five come by word of mouth; without it, only 45 % of the
# market adopts in twenty years instead of nearly all. Our wheel without word of mouth wins 10,879
# customers in five years instead of 14,325. Outside pull starts the wheel; word of mouth makes it
# accelerate.

# %% [curious]
# NBVAL_CHECK_OUTPUT
bass = data.load("bass_coefficients")
coef = bass.iloc[0]
p, q = coef["p"] / 12, coef["q"] / 12          # per year → per month
bass_run = inbound.simulate(inbound.bass_setting(p, q, 1_000_000), 240)
adopters = 1_000_000 - bass_run["strangers"]
no_talk = inbound.simulate(inbound.bass_setting(p, 0.0, 1_000_000), 240)
silent = inbound.InboundParams(wom_customers=0.0, wom_promoters=0.0, badmouth=0.0)
print(f"q/p = {q / p:.1f}; share of adopters won by word of mouth: "
      f"{bass_run['by_word_of_mouth'].sum() / bass_run['attracted'].sum():.0%}")
print(f"adopted after 20 years: {adopters[240] / 1e6:.0%} with word of mouth, "
      f"{(1e6 - no_talk['strangers'][240]) / 1e6:.0%} without")
print(f"our wheel without word of mouth: "
      f"{inbound.simulate(silent, 60)['cumulative_customers'][60]:,.0f} customers in five years")

# %% [output]
# q/p = 12.7; share of adopters won by word of mouth: 79%
# adopted after 20 years: 100% with word of mouth, 45% without
# our wheel without word of mouth: 10,879 customers in five years

# %% [markdown]
# <details><summary>For the curious: Bass's formula, and the model against it</summary>
#
# The share *F* of adopters after *t* periods has a closed form, and new adopters peak at *t\**:
#
# $$F(t) = \frac{1 - e^{-(p+q)t}}{1 + \frac{q}{p}\,e^{-(p+q)t}}, \qquad
#   t^* = \frac{\ln(q/p)}{p+q}.$$
#
# Bass's equation keeps its shape when the clock is rescaled, so per month the coefficients are
# p/12 and q/12. `inbound.bass_setting(p, q, market)` switches everything else off — no energy, no
# friction, nobody loses interest or leaves — and then `market − strangers` are Bass's adopters.
# The folded cells below draw the model beside the closed form for twenty years: the largest gap
# is 0.08 % of the market, new adopters peak in month 75 (the formula says 74.3), and after ten
# years 81 % have adopted. The kit's tests check the gap for every *p* from 0.001 to 0.1 and *q*
# from 0 to 1.
#
# </details>

# %% [curious]
months = np.arange(241)
closed = inbound.bass_adopters(months, p, q, 1_000_000)
fig, (ax_f, ax_n) = plotting.figure(1, 2, width=11, height=3.6)
ax_f.plot(months / 12, adopters / 1e4, label=fw.t("inbound.bass_model"))
ax_f.plot(months / 12, closed / 1e4, linestyle=":", color="black", label=fw.t("inbound.bass_closed"))
ax_f.set_xlabel(fw.t("inbound.bass_years"))
ax_f.set_ylabel(fw.t("inbound.bass_share"))
ax_f.set_title(fw.t("inbound.bass_title"))
ax_f.legend()
ax_n.bar(months[1:] / 12, bass_run["attracted"].iloc[1:], width=1 / 12, color=plotting.PALETTE["sky"])
ax_n.axvline(inbound.bass_peak(p, q) / 12, color="black", linestyle="--", label="t*")
ax_n.set_xlabel(fw.t("inbound.bass_years"))
ax_n.set_ylabel(fw.t("inbound.axis_per_month"))
ax_n.set_title(fw.t("inbound.bass_new_title"))
ax_n.legend()
plotting.show(fig)

# %% [curious]
# NBVAL_CHECK_OUTPUT
gap = (adopters - closed).abs().max() / 1_000_000
print(f"largest gap: {gap:.2%} of the market")
print(f"t* = {inbound.bass_peak(p, q):.1f} months; peak month in the model: "
      f"{bass_run['attracted'].iloc[1:].idxmax()}")
print(f"adopted after 10 years: {adopters[120] / 1_000_000:.0%}")

# %% [output]
# largest gap: 0.08% of the market
# t* = 74.3 months; peak month in the model: 75
# adopted after 10 years: 81%

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (7.5 and 7,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A new fitness app spreads mainly by word of mouth: its Bass coefficients are
# p = 0.01 and q = 0.5 per year. After how many **years** do its new users peak? Use
# t* = ln(q/p) / (p + q) and a calculator.

# %%
exercises.ask("05.1")

# %% [markdown]
# **Exercise 2.** In the panel, note the wheel's **size** (in the text under the sliders) at the
# start values. Then set the service friction to 60 %. By how many percent does the size fall?

# %%
exercises.ask("05.2")

# %% [markdown]
# **Exercise 3.** A team runs the start energies but has these frictions: marketing 20 %, sales
# 10 %, service 15 %. Which driver's friction costs the most customers over 60 months? Set the
# three friction sliders and look for the boxed number on the wheel.

# %%
exercises.ask("05.3")

# %% [markdown]
# ## Summary
#
# - Three drivers move people from stranger to promoter: attract, engage, delight.
# - Content is stored energy: it keeps attracting after it is paid for.
# - Friction compounds: three 20 % frictions cost 61 % of the customers, not 49 %.
# - Momentum has three factors: speed (with its force), friction, size.
# - Aim at the right people: broad content brings more prospects and fewer customers. After-sales
#   content makes customers buy again.
# - Word of mouth is the engine: in Bass's model most adopters come because others talked.
#
# Is the wheel then always better than the funnel? Not in every month, and not with every budget.
# **Next:** lesson 06 puts the same money into both — and stops it.
