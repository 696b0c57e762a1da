# %% [markdown]
# # 10 · Presenter dashboard

# %%
from flywheel_lib.ui.dashboard import dashboard

dashboard()

# %% [markdown]
# ## How to use it
#
# Every lesson's panel in one place, in the large presenter style, with a switch between English and
# German. Pick a lesson in the header; its panel is built the first time you open it.
#
# Serve this page without any code for a talk:
#
# ```bash
# python -m voila --no-browser notebooks/10_presenter.ipynb
# ```
#
# and open the address Voilà prints. Every panel's **Save figure** and **Save numbers** buttons write
# PNG/SVG and CSV files into your own folder (`~/flywheel_kit/exports`, or the folder named by the
# environment variable `FLYWHEEL_USER_DIR`) — for slides and handouts.

# %% [markdown]
# **Tips for the stage.** Before the talk, pick every lesson once (the first build of a panel
# takes a moment). Keep the friction sliders for last: they are where the story turns.
