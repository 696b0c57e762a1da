# %% [markdown]
# # 09 · Build your own flywheel
#
# **Learning goals.** After this lesson you can
# - write down your own business's flywheel as a small table of factors and signed links,
# - let the kit check it, draw it, and name its loops (reinforcing or balancing),
# - find its weakest link and its tipping point, and push it in a panel made from your table,
# - save it to your own folder and load it again — or load a colleague's file.

# %%
import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import own_flywheel

# %% [markdown]
# ## The idea in plain words
#
# Jim Collins, who made the flywheel popular as a management idea, asks companies to name the few
# components of their own wheel and the order in which each one drives the next. His advice from
# working with many teams:
#
# - **Four to six components** is the sweet spot. Fewer, and the wheel probably leaves out what
#   really drives it; more, and nobody can explain it or steer by it.
# - **The wheel stalls at its weakest component.** Effort pays off most where the chain is weakest.
# - Every arrow must be an honest *because*: "more happy members *because* the classes are good".
#
# In this kit a flywheel is exactly such a list: **factors** and **links**. A link has a source, a
# target, a **sign** (`+`: more source → more target; `-`: more source → less target, a brake) and a
# **strength** per month between 0 and 1 (how much of the source's level reaches the target in a
# month), optionally a **delay** in months. The engine of lesson 04 does the rest.

# %% [markdown]
# ## Your flywheel as a table
#
# Here is a small yoga studio, written straight into the notebook. Change the names and numbers to
# your own business — the rest of the lesson follows your table.

# %%
mine = own_flywheel.from_table(
    "yoga_studio",
    factors=["good classes", "happy members", "referrals", "new members"],
    links=[
        # source          target            sign  strength  (delay in months)
        ("good classes",  "happy members",  "+",  0.35),
        ("happy members", "referrals",      "+",  0.20),
        ("referrals",     "new members",    "+",  0.30),
        ("new members",   "good classes",   "+",  0.15,     2),  # fees pay for teachers, later
    ],
)
mine.table()

# %% [markdown]
# The kit checks every row. A typo in a factor name, a sign it cannot read, a strength out of range,
# the same link twice, or links that never lead back round — each gives an error that says which row
# and which column to fix:

# %%
# NBVAL_CHECK_OUTPUT
try:
    own_flywheel.from_table("typo", ["good classes", "happy members"],
                           [("good classes", "happy members", "+", 0.35),
                            ("happy members", "good clases", "+", 0.2)])
except own_flywheel.FlywheelError as err:
    print(err)

# %% [output]
# links, row 2, column 'target': unknown factor 'good clases'; declared factors are: good classes, happy members

# %% [markdown]
# ## Its loops, its weak spot, its tipping point
#
# **Loops.** The engine walks every path that leads back to where it started. A loop is
# *reinforcing* when it has an even number of `-` links (more leads to more), *balancing* when the
# number is odd (more leads, round the loop, to less).

# %%
mine.loops()[["loop", "polarity", "gain"]]

# %% [markdown]
# **Tipping point.** As in lesson 04: below the tipping friction a push makes the wheel keep turning
# by itself; above it, friction wins. For a single loop it is the geometric mean of the strengths —
# here (0.35 · 0.20 · 0.30 · 0.15)^(1/4) = 0.237 per month.
#
# **Weakest link.** `own_flywheel.weakest_links` strengthens each driving link a little (by 0.05) and
# measures how much that raises the tipping friction. The first row is the weakest link: the place
# where extra effort lifts the whole wheel most. In a single loop that is simply the smallest
# strength — here *new members → good classes* (0.15): the studio's fees reach the classes too
# slowly and too thinly.

# %%
own_flywheel.weakest_links(mine).round(4)

# %%
# NBVAL_CHECK_OUTPUT
weak = own_flywheel.weakest_links(mine).iloc[0]
print(f"tipping friction: {mine.tipping_friction():.3f} per month; "
      f"weakest link: {weak['source']} → {weak['target']} ({weak['strength']:.2f})")
print(f"warnings: {own_flywheel.review(mine) or 'none'}")

# %% [output]
# tipping friction: 0.237 per month; weakest link: new members → good classes (0.15)
# warnings: none

# %% [markdown]
# `own_flywheel.review` warns when a wheel has fewer than four or more than six factors, when a factor
# is on no loop, and when there is no reinforcing loop at all. The studio has four factors on one
# reinforcing loop: no warnings.

# %% [markdown]
# ## The panel: push your own wheel
#
# `panels.build("09_build_your_own", flywheel=mine)` makes a panel from any flywheel: one **energy**
# slider per factor, one **friction** slider, and the month the push stops. The diagram on the left
# shows each factor's level at the end (the gauges fill up); the table under the plot lists the loops.
# The readout compares your friction with the tipping friction and names the weakest link.

# %%
panels.build("09_build_your_own", flywheel=mine)

# %% [markdown]
# **Try this**
# 1. Keep the friction below the tipping friction and let the push stop after 24 months. Does the
#    wheel keep turning? Now move friction just above the tipping friction.
# 2. Move the energy from the first factor to *referrals*. Do all four factors still rise? Where do
#    they end up? (In a loop, pushing any factor moves all the others.)
# 3. In the table above, raise the weakest strength from 0.15 to 0.25, run the cells again and read
#    the new tipping friction. Then raise the strongest link by the same amount instead and compare.

# %% [markdown]
# ## Two worked examples from files
#
# The kit ships two invented flywheels in `data/` — a B2B software company (`flywheel_b2b_software.csv`)
# and a neighbourhood bookshop (`flywheel_local_shop.json`). Both are made up to show the format and
# the method; neither describes a real firm. Loading a file never runs anything inside it: CSV is read
# as text cells, JSON as plain data.

# %%
shop = own_flywheel.example("local_shop")
software = own_flywheel.example("b2b_software")
software.table()

# %% [markdown]
# Both have six factors, a reinforcing core and one **brake**: in the software company new accounts
# load the support team, and an overloaded support team helps customers less; in the bookshop, new
# visitors crowd the shop and spoil the atmosphere that made regulars come.
#
# A brake changes the tipping point, and the simple eigenvalue rule of lesson 04 only holds when all
# links are positive. With a brake the kit finds the tipping point by running the engine at many
# frictions. For the bookshop the two differ: the simple rule says 0.231, the engine finds 0.196. For
# the software company they agree (0.280):

# %%
# NBVAL_CHECK_OUTPUT
for wheel in (software, shop):
    print(f"{wheel.name}: tipping friction {wheel.tipping_friction():.3f} "
          f"(simple rule {own_flywheel.tipping_point(wheel, 'linear'):.3f}); weakest link: "
          f"{own_flywheel.weakest_links(wheel).iloc[0]['source']} → "
          f"{own_flywheel.weakest_links(wheel).iloc[0]['target']}")

# %% [output]
# b2b_software: tipping friction 0.280 (simple rule 0.280); weakest link: revenue → product quality
# local_shop: tipping friction 0.196 (simple rule 0.231); weakest link: advice & atmosphere → regular customers

# %% [markdown]
# Why do the two differ for the bookshop? Crowding presses *advice & atmosphere* down until it sits at
# zero (see it in `panels.build("09_build_your_own", flywheel=shop)`), and a factor held at zero passes
# nothing on. The simple rule cannot see that; the engine can. The shop then lives on its word-of-mouth
# loop alone.
#
# In the software company the weakest link is *revenue → product quality*: money reaches development
# late (a budget cycle of 3 months) and thinly. Note that it is not the link with the smallest number
# (*customer success → referrals*, 0.15): that one sits on a loop that matters less, so strengthening
# it lifts the whole wheel less.

# %%
panels.build("09_build_your_own", flywheel=software)

# %% [markdown]
# ## Save it, load it, share it
#
# `own_flywheel.save` writes your flywheel as JSON (or CSV with `fmt="csv"`) into your own folder —
# `~/flywheel_kit/flywheels`, or the folder named by the environment variable `FLYWHEEL_USER_DIR` —
# and never into the kit's `data/`. An existing file is kept unless you say `overwrite=True`.
#
# Some installations cannot write to your home folder (a read-only container, a shared service
# account). Then `save` says which folder it could not write, and your flywheel stays here in the
# notebook: set `FLYWHEEL_USER_DIR` to a folder you can write to — in a cell,
# `%env FLYWHEEL_USER_DIR=/tmp/my_flywheels` — and run the cell again.

# %%
try:
    path = own_flywheel.save(mine, overwrite=True)
except own_flywheel.FlywheelError as err:   # no folder to write to: the message says what to do
    path = None
    print(err)
path

# %% [markdown]
# Loading it again gives the identical flywheel:

# %%
# NBVAL_CHECK_OUTPUT
if path is not None:
    again = own_flywheel.load(path)
    print(f"saved as {path.name}; identical after loading: {again == mine}")

# %% [output]
# saved as yoga_studio.json; identical after loading: True

# %% [markdown]
# In a spreadsheet, use the columns `source, target, sign, strength` (and optionally `delay`, `note`),
# one row per link, and save as "CSV UTF-8" — a German spreadsheet's semicolons and decimal commas are
# fine. A row with only a source names a factor; if you list your factors that way, a misspelt name in
# a link is caught. Then `own_flywheel.load("my_wheel.csv")`.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** A single loop has three links with strengths 0.2, 0.3 and 0.45 per month. At what
# friction does it tip?

# %%
answer_1 = ...  # friction per month

exercises.check_number(answer_1, (0.2 * 0.3 * 0.45) ** (1 / 3), name="tipping friction",
                    mistakes=[((0.2 + 0.3 + 0.45) / 3, "byo.ex1_arithmetic"),
                              (0.2 * 0.3 * 0.45, "byo.ex1_product"),
                              (0.2, "byo.ex1_minimum")],
                    hint="byo.ex1_hint")

# %% [markdown]
# **Exercise 2.** In that loop, which link would you strengthen first — the one of strength `"0.2"`,
# `"0.3"` or `"0.45"`?

# %%
answer_2 = ...  # "0.2", "0.3" or "0.45"

exercises.check_choice(answer_2, "0.2", choices=["0.2", "0.3", "0.45"],
                    explanations={"0.45": "byo.ex2_strongest", "0.3": "byo.ex2_middle"})

# %% [markdown]
# **Exercise 3.** Take the bookshop's brake away (the link *crowding → advice & atmosphere*). Will the
# wheel then tip at a `"higher"` or a `"lower"` friction than 0.196? Guess first, then check with
# `own_flywheel.from_table` and `tipping_friction()`.

# %%
answer_3 = ...  # "higher" or "lower"

exercises.check_choice(answer_3, "higher", choices=["higher", "lower"],
                    explanations={"lower": "byo.ex3_lower"})

# %% [markdown]
# ## Summary
#
# - Your flywheel is a short table: factors, and links with a sign and a strength. Four to six factors
#   is the sweet spot.
# - The kit checks the table and names the row and column of every mistake; it never runs code from a
#   file.
# - Loops are reinforcing (an even number of brakes) or balancing (odd). The tipping friction says how
#   much friction the wheel can bear; the weakest link says where extra effort lifts it most.
# - Save to your own folder, load again, share the file.
#
# This is the end of the lessons: from the leaky funnel of AIDA to a wheel of your own. **Next:**
# lesson 10, the presenter page, puts every panel on one screen for a workshop — including this one.
