# %% [markdown]
# # 01 · AIDA: why so few of the people we reach end up buying
#
# **Learning goals.** After this lesson you can
# - name the four AIDA stages in order and say what each one asks of a prospect,
# - compute how many people each stage keeps and loses, and the overall conversion, from stage rates,
# - read the same table from real counts, and spot the stage that loses the most people.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import funnel

# %% [markdown]
# ## The idea in plain words
#
# AIDA is a model of persuasion from the early days of advertising. It says that a person on the way
# to a purchase passes four stages, always in the same order:
#
# - **Attention** — they notice the message at all.
# - **Interest** — they want to know more.
# - **Desire** — they want the product for themselves.
# - **Action** — they buy (or sign up, or call).
#
# Each stage lets through only part of those who arrived at it. Multiply a few of these shares and the
# result is small: that is why the picture is a funnel, wide at the top where many people are reached
# and narrow at the bottom where a few buy.
#
# An online shop can count every stage today. In this kit's shop, which advertises on social media
# and in search results, *attention* means looking at the ad for a second or more, *interest*
# clicking through to the shop, *desire* putting something in the cart, and *action* buying.

# %% [markdown]
# ## The model
#
# If a campaign reaches some people and the four stage rates are r₁ … r₄, the number who pass
# stage k is
#
# $$\text{kept}_k = \text{reached} \cdot r_1 \cdot r_2 \cdots r_k ,$$
#
# and each stage loses the difference between those who entered it and those it kept.
#
# The kit's start rates are **25 %** (look at the ad), **8 %** (click through), **10 %** (put
# something in the cart) and **25 %** (buy). A campaign that reaches 20,000 people then keeps
# 5,000, then 400, then 40, and ends with **10 buyers**: an overall conversion of 0.05 %.

# %% [curious]
table = funnel.aida_table(20_000, funnel.AIDA_RATES)
table

# %% [curious]
# NBVAL_CHECK_OUTPUT
buyers = table["kept"].iloc[-1]
print(f"buyers: {buyers:,.0f} of 20,000; overall conversion {table['overall_rate'].iloc[-1]:.2%}")

# %% [output]
# buyers: 10 of 20,000; overall conversion 0.05%

# %% [markdown]
# **Where these numbers come from.** The four rates are a teaching choice, not one shop's data,
# but each lies inside what studies of online shops report: of the ads that appear on screen only
# about four in ten are looked at for a second; 0.5–3 % of ads shown are clicked (display banners
# least, search ads most); 7–18 % of a shop's visitors put something in the cart; and about 70 %
# of carts are abandoned. Together, 2.5 % of the shop's visitors buy, close to the 2–3 % that
# online shops report. The sources are listed in `data/README.md` ("Funnel calibration"). Lesson 02
# uses the same four rates.

# %% [markdown]
# ## The panel
#
# One slider for the number of people reached, one for each stage rate. The left chart is the funnel
# itself, with the number of people in each bar; the right one shows what share of the people
# reached each stage loses (those four bars and the buyers add up to 100 %). The table below the
# plot has the same numbers, recomputed on every move.

# %%
panels.build("01_aida")

# %% [markdown]
# **Try this**
# 1. Look at the right chart with the start values. Which stage loses the most people? Is it the
#    stage with the lowest rate?
# 2. Move **people reached** from 20,000 to 40,000 and watch the numbers in the bars: all of them
#    double. The right chart does not move: it shows shares.
# 3. Move the **action rate** from 25 % to 50 % and watch the bottom bar and the readout. Put it
#    back, and move the **attention rate** from 25 % to 50 % instead. Compare the buyers.
# 4. Drag the **interest rate** or the **desire rate** to 0 %. What happens to every stage below it,
#    and why does no other slider help any more?
#
# <details><summary>Answers</summary>
#
# 1. Attention loses the most: 15,000 of the 20,000 people (75 %). Interest has the lowest rate
#    (8 %), but only 5,000 people ever reach it, so it loses fewer (4,600).
# 2. Twice the reach, twice the people at every stage: the shares stay the same.
# 3. Both double the buyers, from 10 to 20: the rates multiply, so doubling any one of them doubles
#    the result.
# 4. A zero anywhere empties every stage below it; the stages after it have no one left to convert.
#
# </details>

# %% [markdown]
# ## From real counts to the same table
#
# Campaign reports rarely give rates; they give counts. The kit ships counts for six campaigns of
# the shop — **invented for teaching**, drawn at random with rates typical of each channel (see
# `data/README.md`). For the newsletter, attention means opening the mail; at the trade fair,
# stopping at the stand.

# %% [curious]
campaigns = data.load("aida_campaigns")
campaigns

# %% [markdown]
# The same table as in the model, from the trade fair's counts: 3,200 people passed the stand,
# 2,570 stopped, 902 came to a talk, 259 asked for an offer and 78 ordered.

# %% [curious]
fair = campaigns.set_index("campaign").loc["autumn-fair"]
funnel.aida_table_from_counts(fair[["reached", "attention", "interest", "desire", "action"]].tolist())

# %% [markdown]
# Compared side by side, the campaigns differ almost four-hundred-fold. The cell below computes,
# for each campaign, the overall conversion and the stage that loses the most people.

# %% [curious]
stages = ["reached", "attention", "interest", "desire", "action"]
by_name = campaigns.set_index("campaign")
summary = by_name[["channel"]].copy()
summary["overall_conversion_%"] = 100 * by_name["action"] / by_name["reached"]
summary["leakiest_stage"] = [
    funnel.aida_table_from_counts(counts).sort_values("lost").iloc[-1]["stage"]
    for counts in by_name[stages].to_numpy()
]
summary.sort_values("overall_conversion_%", ascending=False).round(3)

# %% [markdown]
# The trade fair converts best (2.44 %) and the display banners worst (0.006 %): banners reach many
# people cheaply, but almost nobody looks at them. In four campaigns the attention stage loses the
# most people, simply because that is where most people are. The newsletter and the fair are
# different: their audience already pays attention, so the most people drop out one step later, at
# interest.

# %% [curious]
# NBVAL_CHECK_OUTPUT
best, worst = summary["overall_conversion_%"].idxmax(), summary["overall_conversion_%"].idxmin()
print(f"best: {best} {summary.loc[best, 'overall_conversion_%']:.2f} %; "
      f"worst: {worst} {summary.loc[worst, 'overall_conversion_%']:.3f} %")
print(summary["leakiest_stage"].value_counts().to_dict())

# %% [output]
# best: autumn-fair 2.44 %; worst: summer-display 0.006 %
# {'attention': 4, 'interest': 2}

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A newsletter reaches 8,000 people. The stage rates are 50 % (attention), 40 %
# (interest), 30 % (desire) and 20 % (action). How many people buy?

# %%
exercises.ask("01.1")

# %% [markdown]
# **Exercise 2.** For the same newsletter, what is the overall conversion — the share of the 8,000
# people reached who buy, in percent?

# %%
exercises.ask("01.2")

# %% [markdown]
# **Exercise 3.** In the campaigns table above, look at the *spring-search* campaign. What share of
# the people who showed interest went on to desire (the desire stage's rate), in percent?

# %%
exercises.ask("01.3")

# %% [markdown]
# **Exercise 4.** In the panel, put every slider back to its start value (**Reset**). Now halve the
# attention rate and double the interest rate. Before you look: does the campaign win fewer
# buyers, the same number, or more?

# %%
exercises.ask("01.4")

# %% [markdown]
# ## Summary
#
# - AIDA: attention → interest → desire → action, always in this order.
# - Each stage keeps a share of its entrants; the shares multiply, so the overall conversion is small:
#   with rates typical of online shops, 10 of 20,000 people reached buy.
# - Doubling any one rate doubles the buyers; a weak stage anywhere caps the whole funnel.
# - From counts, the same table shows where people are lost — usually at the top, where most of them are.
#
# **Next:** the funnel is a one-way street. In [02 · The sales funnel over time](02_sales_funnel.ipynb)
# you pay to fill it month after month — and see what happens when the money stops.
