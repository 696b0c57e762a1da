# %% [markdown]
# # 00 · Start here
#
# Welcome to the flywheel teaching kit. In about five hours of lessons you will travel from the oldest
# model of persuasion in marketing, AIDA, through the sales funnel and its limits, to the flywheel:
# first as a physical object, then as Amazon's virtuous cycle, then as HubSpot's inbound flywheel.
# You finish by building a flywheel for a business of your own.
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
# 3. **The model** — a few lines of Python from the kit's helper library `flywheel_lib`.
# 4. **A panel** — sliders for energy input and friction, and a plot that redraws as you drag.
# 5. **Try this** — short experiments with the panel.
# 6. **Exercises** — you write an answer; a check tells you at once whether it holds, and if not, why.
# 7. **Summary** and a link to the next lesson.
#
# Run the cells from top to bottom with **Shift + Enter** (or *Run → Run All Cells*). You can run
# them again at any time; nothing breaks.

# %%
import flywheel_lib as fw
from flywheel_lib import lessons, panels

# %% [markdown]
# ## Your first panel
#
# Below is a wheel. The first slider is the **energy input** — how hard you push it. The second is
# **friction** — what slows it down. Drag them and watch the curve: the wheel speeds up, and it settles
# where your push and the friction balance. Press **Reset** to go back to the start values.

# %%
panels.build("00_start_here")

# %% [markdown]
# **Try this**
# - Double the energy input. Does the final speed double too?
# - Halve the friction. What happens to the final speed, and to how long the wheel needs to get there?
#
# The numbers behind the curve come from a formula you will meet again in lesson 03. For the start
# values (energy 2, friction 0.5) the wheel ends up at this speed after 20 seconds:

# %%
# NBVAL_CHECK_OUTPUT
from flywheel_lib.panels.demo import spin_up

print(f"speed after 20 s: {spin_up(2.0, 0.5)['speed'].iloc[-1]:.2f} rad/s")

# %% [output]
# speed after 20 s: 4.00 rad/s

# %% [markdown]
# That is 2 / 0.5 = 4: at the steady state the push exactly makes up for what friction takes away.

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
# Try it: run the next cell, then build the panel again.

# %%
fw.set_language("de")
fw.set_style("presenter")
german_panel = panels.build("00_start_here")
fw.set_language("en")  # back to English for the rest of this notebook
fw.set_style("default")
german_panel

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
# - `fw.set_language("de")` and `fw.set_style("presenter")` switch language and style.
#
# **Next:** [01 · AIDA](01_aida.ipynb) — why so few of the people we reach end up buying.
