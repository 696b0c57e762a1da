# %% [markdown]
# # 00 · Start here
#
# Welcome to the flywheel teaching kit. The lessons lead from the oldest model of persuasion in
# marketing, AIDA, through the sales funnel and its limits, to the flywheel: first as a physical
# wheel, then as Amazon's virtuous cycle, then as HubSpot's inbound flywheel. At the end you
# build a flywheel for a business of your own.
#
# **In this notebook you will learn**
# - how a lesson is organised and in which order to take them,
# - how to work a panel: drag a slider and the picture answers at once,
# - how to switch every label to German and the plots to the large presenter style.

# %% [markdown]
# ## How a lesson works
#
# Every lesson has the same shape, so you always know where you are:
#
# 1. **Learning goals** — what you can do at the end.
# 2. **The idea in plain words** — no formulas yet.
# 3. **The model** — the idea as numbers. You need no programming: the code sits in folded cells
#    marked *for the curious* (click the three dots to open one).
# 4. **A panel** — sliders and a picture that redraws as you drag.
# 5. **Try this** — short experiments: move one slider and watch one thing.
# 6. **Exercises** — you answer by clicking or typing a number; a check says at once whether it
#    holds, and if not, why. Each exercise has a worked solution that stays folded until you ask.
# 7. **Summary** and a link to the next lesson.
#
# Run the cells from top to bottom with **Shift + Enter** (or *Run → Run All Cells*). You can run
# them again at any time; nothing breaks.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import lessons, panels

# %% [markdown]
# ## Your first panel
#
# Below is a wheel on an axle, at rest. The panel has two sliders:
#
# - **Energy input** — how hard you push the wheel round. This kit uses the word that marketing
#   uses for effort, but be exact about what the slider sets: a *push*, which physicists call a
#   torque and measure in newton-metres (N·m). It is not an amount of energy. The energy you put
#   in is the push times how far the wheel turns, so the same push delivers more energy once the
#   wheel is moving.
# - **Friction** — what slows the wheel down. The faster it turns, the harder friction brakes:
#   a friction of 0.5 N·m·s brakes with 0.5 N·m for every unit of speed (radians per second).
#
# Run the next cell and drag the sliders. The wheel speeds up and settles where push and friction
# balance. **Reset** goes back to the start values.

# %%
panels.build("00_start_here")

# %% [markdown]
# **Try this**
# - Move **energy input** from 2 to 4 and watch the right end of the curve and the readout under
#   the sliders: the final speed doubles.
# - Move **friction** from 0.5 down to 0.25 and watch the curve's bend: the wheel ends twice as
#   fast, and it needs longer to get there.
# - Put **energy input** to 0: no push, no motion — the line stays on 0.
#
# For the start values the wheel turns at this speed after 20 seconds:

# %% [curious]
# NBVAL_CHECK_OUTPUT
from flywheel_lib.panels.demo import spin_up

print(f"speed after 20 s: {spin_up(2.0, 0.5)['speed'].iloc[-1]:.2f} rad/s")

# %% [output]
# speed after 20 s: 4.00 rad/s

# %% [markdown]
# That is the push divided by the friction: 2 N·m ÷ 0.5 N·m·s = 4 per second, i.e. 4 radians per
# second. At that speed friction brakes exactly as hard as you push. Lesson 03 explains this
# wheel in full; it is the same model in the same units.

# %% [markdown]
# ## German labels and the presenter style
#
# Every label, slider, table header and feedback message exists in English and German. One call
# switches them; panels built afterwards use the new language. The presenter style makes type and
# lines large enough for a projector.
#
# ```python
# fw.set_language("de")        # "en" switches back
# fw.set_style("presenter")    # "default" switches back
# ```
#
# To start a whole session in German and in presenter style, set two environment variables before
# starting JupyterLab or Voilà: `FLYWHEEL_LANG=de FLYWHEEL_STYLE=presenter`.
#
# Run the next cell to see the same panel in German and in the presenter style.

# %% [curious]
fw.set_language("de")
fw.set_style("presenter")
german_panel = panels.build("00_start_here")
fw.set_language("en")  # back to English for the rest of this notebook
fw.set_style("default")
german_panel

# %% [markdown]
# ## Exercises
#
# Every lesson ends with exercises like these two. Type your answer in the box (2.5 and 2,5 both
# work) and press **Check**, or click your choice: the check says at once whether your answer
# holds and, if not, what probably went wrong. **Show solution** opens a worked solution — try
# first. Nothing breaks if you run a cell again.

# %% [curious]
from flywheel_lib import exercises

# %% [markdown]
# **Exercise 1.** In the panel above, set the energy input to 5 and the friction to 2. What speed
# does the text under the sliders show after 20 seconds, in rad/s?

# %%
exercises.ask("00.1")

# %% [markdown]
# **Exercise 2.** You want the wheel to settle at 6 rad/s, with the friction at 0.5. What energy
# input (push, in N·m) do you need? Work it out first, then check it in the panel.

# %%
exercises.ask("00.2")

# %% [markdown]
# ## Lesson map
#
# Take the lessons in order; each one ends with a link to the next. Every lesson also stands alone,
# so a workshop can pick one.

# %% [markdown]
# <!-- lesson-map -->
#
# The map grows as lessons are written; the full arc runs on to the physics of a flywheel, the Amazon
# flywheel, the inbound flywheel, funnel vs flywheel, retention, ecosystems, building your own, and a
# presenter dashboard.
#
# ## Summary
# - Each lesson: goals, idea, model, panel, try-this, exercises, summary.
# - A panel answers as you drag; **Reset** restores its start values.
# - The "energy input" of a wheel is a push (a torque, N·m); friction (N·m·s) brakes harder the
#   faster the wheel turns; the wheel settles at push ÷ friction.
# - `fw.set_language("de")` and `fw.set_style("presenter")` switch language and style.
#
# **Next:** [01 · AIDA](01_aida.ipynb) — why so few of the people we reach end up buying.
