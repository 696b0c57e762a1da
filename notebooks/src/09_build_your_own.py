# %% [markdown]
# # 09 · Build your own flywheel
#
# **Learning goals.** After this lesson you can
# - write down your own business's flywheel as a few factors joined by signed links,
# - let the kit check it, draw it and name its loops (reinforcing or balancing),
# - find its weakest link and its tipping point, and push it in a panel,
# - save it to your own folder and open it again — or open a colleague's file.
#
# You need no code for any of this: the editor below has boxes, drop-down lists and sliders.
# Run the cells from top to bottom (**Shift + Enter**); the folded code cells (shown as "…"; click
# to open) and the part *for the curious* at the end show how the same works in Python.

# %%
from flywheel_lib import exercises, panels
from flywheel_lib.models import own_flywheel
from flywheel_lib.panels import build_your_own

# %% [markdown]
# ## The idea in plain words
#
# Jim Collins, who made the flywheel popular as a management idea, asks a company to name the few
# components of its own wheel and the order in which each one drives the next. His advice from
# working with many teams:
#
# - **Four to six components** is the sweet spot. With fewer, the wheel probably leaves out what
#   really drives it; with more, nobody can explain it or steer by it.
# - **The wheel stalls at its weakest component.** Effort pays off most where the chain is weakest.
# - Every arrow must be an honest *because*: "more happy members *because* the classes are good".
#
# In this kit a flywheel is exactly such a list: **factors** and **links**. A link goes from one
# factor to another and has
#
# - a **sign**: `+` when more of the first means more of the second, `−` when more of the first
#   means *less* of the second (a brake),
# - a **strength** between 0 and 1: how much of the first factor's level reaches the second in a
#   month,
# - optionally a **delay** in months, for effects that take time.
#
# The causal-loop engine of lesson 04 does the rest: it finds the loops, the tipping point and the
# weakest link, and runs the wheel month by month.

# %% [markdown]
# ## The editor
#
# The editor starts with a small yoga studio: good classes make members happy, happy members
# recommend the studio, referrals bring new members, and their fees pay for good classes (two
# months later). Make it your own:
#
# 1. **Name** your flywheel (letters, digits, `_` and `-`; it names the saved file).
# 2. Type your **factors** into the boxes, one per box. Leave the other boxes empty.
# 3. Give every arrow of your wheel a **link row**: choose where it starts (*from*) and where it
#    points (*to*), click `+` or `−`, drag the strength, and type a delay if the effect takes time.
#    **Add a link** gives a new row; **✕** removes one.
# 4. Press **Build my flywheel**. If something is wrong — a link that starts and ends at the same
#    factor, the same link twice, links that never lead back round — a red line says which row and
#    which column to fix. Otherwise you get a summary, a table of the loops and a panel to push
#    your wheel.
#
# The drop-down list at the top loads two worked examples instead (a bookshop and a software
# company); **Open a file** loads a flywheel saved as CSV or JSON, yours or a colleague's.

# %%
editor = build_your_own.editor()
editor

# %% [markdown]
# ## What the editor tells you
#
# **Loops.** The engine walks every path that leads back to where it started. A loop is
# *reinforcing* when it has an even number of `−` links (more leads, round the loop, to more) and
# *balancing* when the number is odd (more leads to less). A flywheel needs at least one
# reinforcing loop, or it can never keep turning by itself.
#
# **Tipping friction.** As in lesson 04: friction pulls every factor back a little every month.
# Below the tipping friction, the loops put back more than friction takes, and a push makes the
# wheel keep turning by itself; above it, friction wins and the wheel runs down. For a single loop
# the tipping friction is the geometric mean of the strengths — for the studio,
# (0.35 × 0.20 × 0.30 × 0.15)^(1/4) = 0.237 per month.
#
# **Weakest link.** The editor strengthens each link a little in turn and measures how much that
# raises the tipping friction. The link where this helps most is the weakest link: the place where
# extra effort lifts the whole wheel most. In a single loop it is simply the smallest strength —
# for the studio *new members → good classes* (0.15): the fees reach the classes late and thinly.
#
# **Warnings.** The editor warns when a wheel has fewer than four or more than six factors, when a
# factor is on no loop, and when there is no reinforcing loop. The studio has four factors on one
# reinforcing loop: no warnings.

# %% [curious]
# NBVAL_CHECK_OUTPUT
studio = build_your_own.starter()
weak = own_flywheel.weakest_links(studio).iloc[0]
print(f"tipping friction: {studio.tipping_friction():.3f} per month; "
      f"weakest link: {weak['source']} → {weak['target']} ({weak['strength']:.2f})")
print(f"warnings: {own_flywheel.review(studio) or 'none'}")

# %% [output]
# tipping friction: 0.237 per month; weakest link: new members → good classes (0.15)
# warnings: none

# %% [markdown]
# ## The panel: push your own wheel
#
# Under the editor's summary sits a panel made from your table: one **energy** slider per factor
# (how many level points a month you push it by), one **friction** slider for every factor, and
# the month the push stops. The diagram on the left shows each factor's level at the end (the
# gauges fill up); the lines on the right show the levels month by month. The text under the
# sliders compares your friction with the tipping friction and names the weakest link.
#
# **Try this**
# 1. Keep the friction below the tipping friction and let the push stop after 24 months. Does the
#    wheel keep turning? Now move the friction just above the tipping friction.
# 2. Move all the energy from the first factor to *referrals*. Do all four factors still rise?
#    (In a loop, pushing any factor moves all the others.)
# 3. In the editor, add a brake: a link from *new members* to *happy members* with the sign `−`
#    (crowded classes make members less happy) and a strength of 0.1. Press **Build**. What kind
#    of loop appears, and what happens to the tipping friction?

# %% [markdown]
# ## Two worked examples
#
# The kit ships two invented flywheels in its `data/` folder — a B2B software company and a
# neighbourhood bookshop. Both are made up to show the method; neither describes a real firm.
# Load them in the editor with the drop-down list and **Load**.
#
# Both have six factors, a reinforcing core and one **brake**: in the software company new
# accounts load the support team, and an overloaded support team helps customers less; in the
# bookshop, new visitors crowd the shop and spoil the atmosphere that made regulars come.
#
# A brake changes the tipping point, and the simple rule of lesson 04 (the loops' combined gain)
# only holds when all links are positive. With a brake the kit finds the tipping point by running
# the engine at many frictions. For the software company both give 0.280. For the bookshop they
# differ: the simple rule says 0.231, the engine finds 0.196. Crowding presses *advice &
# atmosphere* down until it sits at zero, and a factor held at zero passes nothing on; the simple
# rule cannot see that, the engine can. The shop then lives on its word-of-mouth loop alone.
#
# In the software company the weakest link is *revenue → product quality*: money reaches
# development late (a budget cycle of three months) and thinly. It is not the link with the
# smallest number (*customer success → referrals*, 0.15): that one sits on a loop that matters
# less, so strengthening it lifts the whole wheel less. Here is the software company's panel:

# %% [curious]
# NBVAL_CHECK_OUTPUT
shop = own_flywheel.example("local_shop")
software = own_flywheel.example("b2b_software")
for wheel in (software, shop):
    first = own_flywheel.weakest_links(wheel).iloc[0]
    print(f"{wheel.name}: tipping friction {wheel.tipping_friction():.3f} "
          f"(simple rule {own_flywheel.tipping_point(wheel, 'linear'):.3f}); "
          f"weakest link: {first['source']} → {first['target']}")

# %% [output]
# b2b_software: tipping friction 0.280 (simple rule 0.280); weakest link: revenue → product quality
# local_shop: tipping friction 0.196 (simple rule 0.231); weakest link: advice & atmosphere → regular customers

# %%
panels.build("09_build_your_own", flywheel=own_flywheel.example("b2b_software"))

# %% [markdown]
# ## Save it, open it, share it
#
# **Save** in the editor writes your flywheel as a JSON file into your own folder —
# `~/flywheel_kit/flywheels`, or the folder named by the environment variable `FLYWHEEL_USER_DIR`
# — and never into the kit's own files. The line under the buttons says where the file went. A
# file of the same name is replaced.
#
# Some installations cannot write to your home folder (a read-only container, a shared service
# account). Then the line says which folder it could not write to; your flywheel stays in the
# editor. Ask whoever runs the installation for a writable folder.
#
# **Open a file** reads a flywheel from a CSV or JSON file and fills the editor with it. It never
# runs anything inside the file: CSV is read as text cells, JSON as plain data, and every row is
# checked as if you had typed it. In a spreadsheet, use the columns `source`, `target`, `sign`,
# `strength` (and optionally `delay`, `note`), one row per link, and save as "CSV UTF-8" — a German
# spreadsheet's semicolons and decimal commas are fine. A row with only a source names a factor;
# if you list your factors that way, a misspelt name in a link is caught.

# %% [markdown]
# ## Exercises
#
# Answer in the box or click your choice; the check says at once whether it holds and, if not,
# why. **Show solution** opens the worked solution — try first.
#
# **Exercise 1.** A single loop has three links with the strengths 0.2, 0.3 and 0.45 per month. At
# what friction does it tip?

# %%
exercises.ask("09.1")

# %% [markdown]
# **Exercise 2.** In that loop, which link would you strengthen first to lift the whole wheel most?

# %%
exercises.ask("09.2")

# %% [markdown]
# **Exercise 3.** Back to the yoga studio (load *Yoga studio* in the editor). Its weakest link has
# the strength 0.15. Raise it to 0.25, press **Build**, and read the new tipping friction.

# %%
exercises.ask("09.3")

# %% [markdown]
# **Exercise 4.** Load the bookshop and take its brake away (remove the row *crowding → advice &
# atmosphere*). Guess first, then build it: does the wheel now tip at a higher, a lower or the same
# friction?

# %%
exercises.ask("09.4")

# %% [markdown]
# ## For the curious (optional): the same in Python
#
# Nothing in this part is needed for the lesson. It shows how the editor's work looks as code, for
# those who want to script their flywheels. The code cells are folded; click "…" to open one.
#
# A flywheel written as a table in a notebook cell: the factors, then one tuple per link
# (*source, target, sign, strength*, and optionally a delay). `own_flywheel.from_table` checks
# every row exactly as the editor does:

# %% [curious]
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
# A typo in a factor name, a sign it cannot read, a strength out of range, the same link twice, or
# links that never lead back round — each gives an error that names the row and the column:

# %% [curious]
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
# Saving and loading in code: `own_flywheel.save` writes into your own folder (`overwrite=True`
# replaces a file of the same name; `fmt="csv"` writes a spreadsheet file), `own_flywheel.load`
# reads a file back, and a flywheel saved and loaded again is identical. `panels.build` makes a
# panel from any flywheel, and `build_your_own.editor(mine)` opens the editor with it.

# %% [curious]
# NBVAL_CHECK_OUTPUT
try:
    path = own_flywheel.save(mine, overwrite=True)
except own_flywheel.FlywheelError as err:   # no folder to write to: the message says what to do
    path = None
    print(err)
if path is not None:
    print(f"saved as {path.name}; identical after loading: {own_flywheel.load(path) == mine}")

# %% [output]
# saved as yoga_studio.json; identical after loading: True

# %% [markdown]
# **A coding task (optional).** Copy the table cell above into a new cell, write your own business
# into it, and show it with `panels.build("09_build_your_own", flywheel=...)`. Compare what the
# code tells you with what the editor tells you for the same table.
#
# ## Summary
#
# - Your flywheel is a short table: factors, and links with a sign and a strength. Four to six
#   factors is the sweet spot.
# - The kit checks the table and names the row and column of every mistake; opening a file never
#   runs anything in it.
# - Loops are reinforcing (an even number of brakes) or balancing (odd). The tipping friction says
#   how much friction the wheel can bear; the weakest link says where extra effort lifts it most.
# - Save to your own folder, open it again, share the file.
#
# This is the end of the lessons: from the leaky funnel of AIDA to a wheel of your own. **Next:**
# lesson 10, the presenter page, puts every panel on one screen for a workshop — including this one.
