# %% [markdown]
# # 01 · AIDA: why so few of the people we reach end up buying
#
# **Learning goals.** After this lesson you can
# - name the four AIDA stages in order and say what each one asks of a prospect,
# - compute how many people each stage keeps and loses, and the overall conversion, from stage rates,
# - compute the same table from real counts, and spot the stage that loses the most people.

# %%
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

# %% [markdown]
# ## The model
#
# If `reached` people see the message and the four stage rates are r₁ … r₄, then the number who pass
# stage k is
#
# $$\text{kept}_k = \text{reached} \cdot r_1 \cdot r_2 \cdots r_k ,$$
#
# and each stage loses `entered − kept`. The kit computes the whole table in one call:

# %%
table = funnel.aida_table(20_000, funnel.AIDA_RATES)
table

# %% [markdown]
# With the default rates (40 %, 30 %, 25 % and 10 %), a campaign that reaches 20,000 people
# ends with 60 buyers — an overall conversion of 0.30 %. The cell below prints the two numbers
# that sentence quotes, and the tests check them:

# %%
# NBVAL_CHECK_OUTPUT
buyers = table["kept"].iloc[-1]
print(f"buyers: {buyers:,.0f} of 20,000; overall conversion {table['overall_rate'].iloc[-1]:.2%}")

# %% [output]
# buyers: 60 of 20,000; overall conversion 0.30%

# %% [markdown]
# ## The panel
#
# One slider for the number of people reached, one for each stage rate. The left chart is the funnel
# itself; the right one shows what share of the people reached each stage loses (those four bars and
# the buyers add up to 100 %). The table below the plot is the same drop-off table as above, with the
# counts, recomputed on every move.

# %%
panels.build("01_aida")

# %% [markdown]
# **Try this**
# 1. Which stage loses the most people with the start values? Is it the stage with the lowest rate?
# 2. Raise the *action* rate from 10 % to 20 %. How many more buyers do you get? Now put it back and
#    raise the *attention* rate by the same factor of two instead. Compare.
# 3. Drag any one rate to 0 %. What happens to every stage below it — and why does no other slider
#    help any more?
#
# (Answers to 2 and 3: doubling any single rate doubles the buyers, since the rates multiply; a zero
# anywhere empties everything below it.)

# %% [markdown]
# ## From real counts to the same table
#
# Campaign reports rarely give rates; they give counts. The kit ships counts for six campaigns of an
# invented shop (made by `data/make_invented_data.py` with a fixed seed — see `data/README.md`).
# `data.load` finds the file from any folder and checks it before you use it.

# %%
campaigns = data.load("aida_campaigns")
campaigns

# %% [markdown]
# `funnel.aida_table_from_counts` turns one campaign's counts into the drop-off table. Here is the
# trade-fair campaign:

# %%
fair = campaigns.set_index("campaign").loc["autumn-fair"]
funnel.aida_table_from_counts(fair[["reached", "attention", "interest", "desire", "action"]].tolist())

# %% [markdown]
# With pandas we can compare all six campaigns at once: the overall conversion and the stage that loses
# the most people in each.

# %%
stages = ["reached", "attention", "interest", "desire", "action"]
by_name = campaigns.set_index("campaign")
summary = by_name[["channel"]].copy()
summary["overall_conversion_%"] = 100 * by_name["action"] / by_name["reached"]
summary["leakiest_stage"] = [
    funnel.aida_table_from_counts(counts).sort_values("lost").iloc[-1]["stage"]
    for counts in by_name[stages].to_numpy()
]
summary.sort_values("overall_conversion_%", ascending=False).round(2)

# %% [markdown]
# The trade fair converts best (3.25 %) and the display banners worst (0.03 %): banners reach many
# people cheaply, but almost nobody notices them. In four campaigns the attention stage loses the most
# people, simply because that is where most people are. The newsletter and the fair are different:
# their audience already pays attention, so the most people drop out one step later, at interest.

# %%
# NBVAL_CHECK_OUTPUT
best, worst = summary["overall_conversion_%"].idxmax(), summary["overall_conversion_%"].idxmin()
print(f"best: {best} {summary.loc[best, 'overall_conversion_%']:.2f} %; "
      f"worst: {worst} {summary.loc[worst, 'overall_conversion_%']:.2f} %")
print(summary["leakiest_stage"].value_counts().to_dict())

# %% [output]
# best: autumn-fair 3.25 %; worst: summer-display 0.03 %
# {'attention': 4, 'interest': 2}

# %% [markdown]
# ## Exercises
#
# Replace the `...` with your answer and run the cell. The check tells you at once whether it holds —
# and if not, what probably went wrong. A cell left with `...` still runs.
#
# **Exercise 1.** A newsletter reaches 8,000 people. The stage rates are 50 % (attention), 40 %
# (interest), 30 % (desire) and 20 % (action). How many people buy?

# %%
answer_1 = ...  # your number of buyers

exercises.check_number(
    answer_1, 8000 * 0.5 * 0.4 * 0.3 * 0.2, name="buyers",
    mistakes=[(8000 * 0.5 * 0.4 * 0.3, "aida.ex1_three_stages"),
              (8000 * (0.5 + 0.4 + 0.3 + 0.2) / 4, "aida.ex1_average"),
              (8000 * 0.2, "aida.ex1_last_only")],
    hint="aida.ex1_hint")

# %% [markdown]
# **Exercise 2.** For the same newsletter, what is the overall conversion — the share of the 8,000
# who buy? Give it as a share between 0 and 1 (for example 0.05 for 5 %).

# %%
answer_2 = ...  # a share between 0 and 1

exercises.check_number(answer_2, 0.5 * 0.4 * 0.3 * 0.2, name="overall conversion", share=True,
                    mistakes=[(0.2, "aida.ex2_last_rate")], hint="aida.ex2_hint")

# %% [markdown]
# **Exercise 3.** In the *summer-newsletter* campaign, which stage loses the most people? Answer with one
# of `"attention"`, `"interest"`, `"desire"`, `"action"`. Use `funnel.aida_table_from_counts`.

# %%
answer_3 = ...  # one of "attention", "interest", "desire", "action"

newsletter = by_name.loc["summer-newsletter", stages].tolist()
exercises.check_choice(
    answer_3, funnel.aida_table_from_counts(newsletter).sort_values("lost").iloc[-1]["stage"],
    choices=funnel.AIDA_STAGES,
    explanations={"attention": "aida.ex3_most_entrants", "action": "aida.ex3_lowest_rate",
                  "desire": "aida.ex3_rate_not_count"})

# %% [markdown]
# ## Summary
#
# - AIDA: attention → interest → desire → action, always in this order.
# - Each stage keeps a share of its entrants; the shares multiply, so the overall conversion is small.
# - Doubling any one rate doubles the buyers; a weak stage anywhere caps the whole funnel.
# - From counts, the same table shows where people are lost — usually at the top, where most of them are.
#
# **Next:** the funnel is a one-way street. In [02 · The sales funnel over time](02_sales_funnel.ipynb)
# you pay to fill it month after month — and see what happens when the money stops.
