# %% [markdown]
# # 05 · The inbound flywheel: attract, engage, delight
#
# **Learning goals.** After this lesson you can
# - draw HubSpot's inbound flywheel as stocks of people (strangers, prospects, customers, promoters)
#   joined by the flows attract, engage and delight, and say which team drives each flow,
# - give each driver energy and friction in a model and find the driver whose friction costs most,
# - read HubSpot's three factors of momentum — speed, friction, size — off a running wheel,
# - explain with the Bass diffusion model why word of mouth is the engine of the wheel.

# %%
import math

import numpy as np

import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# In 2018, at HubSpot's INBOUND conference, Brian Halligan (HubSpot's co-founder with Dharmesh Shah)
# argued that the funnel of lesson 02 had had its day. His replacement was a wheel. The customer sits
# at its hub; marketing, sales and service make up its rim; and three drivers turn it, one after the
# other:
#
# - **Attract** — marketing earns the attention of strangers with useful content (a blog, guides, a
#   content hub) instead of buying it, so the people who arrive are the ones with a matching problem.
#   They become **prospects**.
# - **Engage** — sales helps prospects decide, with the right answer at the right moment. Some become
#   **customers**.
# - **Delight** — service makes customers successful after the sale. Delighted customers become
#   **promoters**, and what they tell friends and colleagues attracts the next strangers.
#
# The last step is what the funnel lacks: the output of the wheel feeds its input. A recommendation
# from another customer is also more believable than an advert, so this input is worth a lot.
#
# Two words from lesson 03 carry over. **Energy** is the effort a team puts into its driver — content,
# sales time, service time. **Friction** is whatever wastes that effort: weak content and calls to
# action, clumsy sales handling, poor service and hand-offs between teams where the customer has to
# start again. Friction does more than slow the wheel: it makes unhappy customers, and unhappy
# customers talk too.

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
# Each month (in steps of a quarter month):
#
# - **attract** = (1 − marketing friction) × strangers × (marketing pull + word of mouth).
#   Marketing pull grows with marketing energy. Word of mouth adds up the voices of the people in the
#   wheel, each relative to the whole market: promoters speak loudly, happy customers quietly, and the
#   *unhappy* customers — the share of customers that service friction hits — speak **against** the
#   brand, with a minus sign. Bad talk can cancel good talk, but it cannot undo what marketing brings in:
#   the word-of-mouth term never drops below zero.
# - **engage** = (1 − sales friction) × (a base rate + a rate that grows with sales energy) × prospects.
#   Prospects also lose interest and leave, more so when sales friction is high.
# - **delight** = (1 − service friction) × (a base rate + a rate that grows with service energy) ×
#   customers. Customers and promoters churn, more so when service friction is high.
#
# **Energy is money spent on a driver.** One unit is 1,000 € a month (content and campaigns for
# marketing, sales people's time for sales, service people's time and after-sales content for service).
# Each unit adds the same amount to its driver's rate — as in lesson 02, every euro buys the same
# effect. The response constants are invented for teaching, not measured; `inbound.InboundParams`
# lists each with its unit and range.
#
# Because every flow leaves one stock and enters another, nobody is created or lost: the five stocks
# always add up to the market. `inbound.simulate` runs the model and returns one row per month:

# %%
run = inbound.simulate(inbound.InboundParams(), months=60)
run.loc[[0, 12, 24, 36, 48, 60], ["strangers", "prospects", "customers", "promoters", "left",
                                  "new_customers", "cumulative_customers"]].round(0)

# %% [markdown]
# With the default settings — 4, 3 and 3 units of energy for marketing, sales and service, and 20 %
# friction on each — the wheel wins 1,397 customers in its first year and 36,503 in five years. It
# speeds up: 182 new customers in month 12, 1,728 in month 60. The reason is in the column
# `by_word_of_mouth`: in month 12, 19 % of the people attracted came by word of mouth; in month 60,
# 92 %. And the five stocks still add up to the market, to within a millionth of a person:

# %%
# NBVAL_CHECK_OUTPUT
stocks = ["strangers", "prospects", "customers", "promoters", "left"]
word_share = run["by_word_of_mouth"] / run["attracted"]
print(f"customers won: {run.loc[12, 'cumulative_customers']:,.0f} in year 1, "
      f"{run.loc[60, 'cumulative_customers']:,.0f} in five years")
print(f"new customers: {run.loc[12, 'new_customers']:,.0f} in month 12, "
      f"{run.loc[60, 'new_customers']:,.0f} in month 60")
print(f"attracted by word of mouth: {word_share[12]:.0%} in month 12, {word_share[60]:.0%} in month 60")
print(f"the stocks add up to the market within a millionth of a person: "
      f"{(run[stocks].sum(axis=1) - 1_000_000).abs().max() < 1e-6}")

# %% [output]
# customers won: 1,397 in year 1, 36,503 in five years
# new customers: 182 in month 12, 1,728 in month 60
# attracted by word of mouth: 19% in month 12, 92% in month 60
# the stocks add up to the market within a millionth of a person: True

# %% [markdown]
# ## The panel
#
# One energy slider and one friction slider per driver. On the left, the stocks (strangers on the
# right-hand axis, in % of the market); in the middle, new customers per month, with a dotted line for
# the same wheel without any friction (when that line runs off the chart, the text under the sliders
# says how high it would climb); on the right, the wheel itself:
#
# - the **width of each segment** is that driver's share of the energy (the number inside is its
#   energy in thousand € a month; the legend above the wheel names the colours) — this is where the
#   energy goes;
# - the **red rim** on each segment is as thick as the share of customers that this driver's friction
#   costs; the number beside it is how many more customers the wheel would win if that one friction
#   were removed. The boxed number marks the driver where friction bites hardest.
#
# Under the sliders, HubSpot's **three factors of momentum** are read off live: how fast the wheel spins
# (and the force behind it), how much friction costs, and how big the wheel is.

# %%
panels.build("05_inbound_flywheel")

# %% [markdown]
# **Try this**
# 1. Drag all three energies to 0. Why does nothing happen at all, not even slowly? (A wheel at rest
#    stays at rest: with no customers, there is no word of mouth either.)
# 2. Put the energies back (the Reset button) and move only the **service friction** from 20 % to 60 %.
#    Watch the red rim on *Delight*. What do the new customers per month do after month 24? (They stop
#    growing: with bad service, word of mouth dies and the wheel no longer accelerates.)
# 3. With all frictions at 20 %, which driver's friction costs the most? Now set marketing friction to
#    40 %. Does the answer change?
# 4. Spend the same 10 units lopsidedly: 8 on marketing and 1 each on sales and service; then 2, 2, 6.
#    Compare the size with the default 4, 3, 3. (Answer below: a wheel needs all three drivers.)

# %% [markdown]
# *Answer to 4.* Both lopsided wheels end up about half as big as the balanced one, or less:

# %%
# NBVAL_CHECK_OUTPUT
for energies in [(4, 3, 3), (8, 1, 1), (2, 2, 6)]:
    par = inbound.InboundParams(**dict(zip(inbound.DRIVERS, energies)))
    size = inbound.momentum(par, inbound.simulate(par, 60))["size"]
    print(f"marketing, sales, service = {energies}: size {size:,.0f}")

# %% [output]
# marketing, sales, service = (4, 3, 3): size 22,677
# marketing, sales, service = (8, 1, 1): size 8,906
# marketing, sales, service = (2, 2, 6): size 12,194

# %% [markdown]
# ## Where friction bites
#
# `inbound.friction_costs` answers the question the panel's red rims show: for each driver, how many
# more customers the wheel would win in 60 months if that driver's friction alone were removed.

# %%
costs = inbound.friction_costs(inbound.InboundParams(), months=60)
costs.round(0)

# %% [markdown]
# With 20 % friction everywhere, service friction costs the most — 48,457 customers, about twice as
# many as marketing (22,538) or sales (24,471). Friction in service hits the wheel three times: fewer
# customers become promoters, more customers leave, and the unhappy ones speak against the brand. All
# three weaken word of mouth, which is what makes the wheel speed up.

# %%
# NBVAL_CHECK_OUTPUT
print({driver: f"{cost:,.0f}" for driver, cost in costs.items()})
print("costs the most:", costs.idxmax())

# %% [output]
# {'marketing': '22,538', 'sales': '24,471', 'service': '48,457'}
# costs the most: service

# %% [markdown]
# ## HubSpot's three factors of momentum
#
# HubSpot says a flywheel's momentum depends on how fast it spins, how much friction it has, and how
# big it is. `inbound.momentum` reads them off a run: **speed** (people moved one step round the wheel
# in the last month) with the **force** behind it (energy that gets past friction), **friction** (the
# share of a frictionless wheel's customers that friction costs) and **size** (customers and promoters
# at the end). For the default wheel, friction costs 88 % of what the same energy could win: friction
# compounds, because every customer lost is also a voice lost for the next ones.

# %%
# NBVAL_CHECK_OUTPUT
m = inbound.momentum(inbound.InboundParams(), run)
print(f"speed {m['speed']:,.0f} people/month, force {m['force']:.1f} k€/month, "
      f"friction {m['friction']:.0%}, size {m['size']:,.0f}")

# %% [output]
# speed 6,310 people/month, force 8.0 k€/month, friction 88%, size 22,677

# %% [markdown]
# ## Why word of mouth is the engine: the Bass model
#
# In 1969 Frank Bass described how a new product spreads through a market of *m* people. Those who have
# not adopted yet do so for two reasons: on their own, at a rate **p** (the coefficient of innovation —
# advertising, media, curiosity), and because they hear from those who already have, at a rate **q**
# times the share who have adopted (the coefficient of imitation — word of mouth). The share *F* of
# adopters then follows an S-curve with a closed form:
#
# $$F(t) = \frac{1 - e^{-(p+q)t}}{1 + \frac{q}{p}\,e^{-(p+q)t}}, \qquad
#   \text{new adopters peak at } t^* = \frac{\ln(q/p)}{p+q}.$$
#
# Our wheel contains Bass's model as a special case. `inbound.bass_setting(p, q, market)` switches
# everything else off — no energy, no friction, nobody loses interest or leaves — sets the outside pull
# to *p* and lets everyone in the wheel talk with weight *q*. Then `market − strangers` are Bass's
# adopters, step for step. (The tests check this against the closed form for every *p* from 0.001 to
# 0.1 and *q* from 0 to 1: the gap stays under 1 % of the market at every month.)
#
# Which *p* and *q* are realistic? Sultan, Farley and Lehmann (1990) pooled the published applications
# of the Bass model; on average they found p = 0.03 and q = 0.38 per **year**. The kit ships these
# values with their source:

# %%
bass = data.load("bass_coefficients")
bass

# %% [markdown]
# Our model counts in months. Bass's equation keeps its shape when the clock is rescaled, so per month
# the coefficients are p/12 and q/12. Run twenty years:

# %%
coef = bass.iloc[0]
p, q = coef["p"] / 12, coef["q"] / 12
months = np.arange(241)
bass_run = inbound.simulate(inbound.bass_setting(p, q, 1_000_000), 240)
adopters = 1_000_000 - bass_run["strangers"]
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

# %% [markdown]
# The two curves on the left lie on top of each other: the largest gap is 0.08 % of the market. New
# adopters peak in month 75, as the formula predicts (t* = 74.3 months, or 6.2 years); after ten years
# 81 % of the market has adopted.

# %%
# NBVAL_CHECK_OUTPUT
gap = (adopters - closed).abs().max() / 1_000_000
print(f"published per year: p = {coef['p']}, q = {coef['q']}; per month: p = {p:.4f}, q = {q:.4f}")
print(f"largest gap: {gap:.2%} of the market")
print(f"t* = {inbound.bass_peak(p, q):.1f} months = {inbound.bass_peak(p, q) / 12:.1f} years; "
      f"peak month in the model: {bass_run['attracted'].iloc[1:].idxmax()}")
print(f"adopted after 10 years: {adopters[120] / 1_000_000:.0%}")

# %% [output]
# published per year: p = 0.03, q = 0.38; per month: p = 0.0025, q = 0.0317
# largest gap: 0.08% of the market
# t* = 74.3 months = 6.2 years; peak month in the model: 75
# adopted after 10 years: 81%

# %% [markdown]
# Now the point of it. With the published values, q is almost 13 times p: four out of five adopters
# (79 %) come by word of mouth. Take word of mouth away (q = 0) and after twenty years only 45 % of the
# market has adopted instead of nearly all of it. Outside pull starts the wheel; word of mouth is what
# makes it accelerate. The same holds for our flywheel: with word of mouth switched off, the default
# wheel wins 10,138 customers in five years instead of 36,503.

# %%
# NBVAL_CHECK_OUTPUT
no_talk = inbound.simulate(inbound.bass_setting(p, 0.0, 1_000_000), 240)
print(f"q/p = {q / p:.1f}; share of adopters won by word of mouth: "
      f"{bass_run['by_word_of_mouth'].sum() / bass_run['attracted'].sum():.0%}")
print(f"adopted after 20 years: {adopters[240] / 1e6:.0%} with word of mouth, "
      f"{(1e6 - no_talk['strangers'][240]) / 1e6:.0%} without")
silent = inbound.InboundParams(wom_customers=0.0, wom_promoters=0.0, badmouth=0.0)
print(f"flywheel without word of mouth: {inbound.simulate(silent, 60)['cumulative_customers'][60]:,.0f} "
      f"customers in five years")

# %% [output]
# q/p = 12.7; share of adopters won by word of mouth: 79%
# adopted after 20 years: 100% with word of mouth, 45% without
# flywheel without word of mouth: 10,138 customers in five years

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** Bass's coefficients are per year in the source. What is the coefficient of
# innovation *p* **per month**, if p = 0.03 per year?

# %%
answer_1 = ...  # p per month

exercises.check_number(answer_1, 0.03 / 12, name="p per month",
                    mistakes=[(0.03 * 12, "inbound.ex1_times"), (0.03, "inbound.ex1_same")],
                    hint="inbound.ex1_hint")

# %% [markdown]
# **Exercise 2.** With p = 0.03 and q = 0.38 per year, after how many **years** do new adopters peak?
# Use t* = ln(q/p) / (p + q).

# %%
answer_2 = ...  # years

exercises.check_number(answer_2, math.log(0.38 / 0.03) / (0.03 + 0.38), name="peak time",
                    mistakes=[(math.log(0.38 / 0.03) / 0.38, "inbound.ex2_q_only"),
                              (math.log10(0.38 / 0.03) / 0.41, "inbound.ex2_log10"),
                              ((0.38 / 0.03) / 0.41, "inbound.ex2_no_log"),
                              (math.log(0.38 / 0.03) / (0.03 + 0.38) * 12, "inbound.ex2_months")],
                    hint="inbound.ex2_hint")

# %% [markdown]
# **Exercise 3.** A team runs the default energies but has these frictions: marketing 20 %, sales 10 %,
# service 15 %. Which driver's friction costs the most customers over 60 months? Use the panel (set the
# three friction sliders and look for the boxed number) or `inbound.friction_costs`. Answer
# `"marketing"`, `"sales"` or `"service"`.

# %%
answer_3 = ...  # "marketing", "sales" or "service"

team = inbound.InboundParams(friction_marketing=0.2, friction_sales=0.1, friction_service=0.15)
exercises.check_choice(answer_3, inbound.friction_costs(team, 60).idxmax(),
                    choices=inbound.DRIVERS,
                    explanations={"marketing": "inbound.ex3_marketing", "sales": "inbound.ex3_sales",
                                  "service": "inbound.ex3_service"})

# %% [markdown]
# ## Summary
#
# - The inbound flywheel moves people through four stocks — strangers, prospects, customers,
#   promoters — by three drivers: attract (marketing), engage (sales), delight (service).
# - Energy speeds each driver; friction wastes it. Friction in one driver costs far more than its share,
#   because every lost customer is also a lost voice. Service friction is often the costliest: it hits
#   delight, churn and reputation at once.
# - Momentum has three factors: speed (with the force behind it), friction, size.
# - Word of mouth is the engine. In Bass's model, which our wheel contains exactly, imitation (q) is on
#   average about 13 times outside influence (p), and most adopters arrive because others talked.
#
# Is the wheel then always better than the funnel? Not in every month, and not with every budget.
# **Next:** lesson 06 puts the same money into both.
