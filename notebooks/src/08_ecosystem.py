# %% [markdown]
# # 08 · Ecosystems: a core flywheel and its satellites
#
# **Learning goals.** After this lesson you can
# - describe an ecosystem as a business core with satellites around it, and name Amazon's,
# - explain three ways satellites help the whole: they feed the core, they finance one another, and
#   they spread the risk (weak ones are carried by strong ones),
# - show with the causal-loop engine how adding satellites raises the friction the whole can bear,
#   and how a satellite with a loop of its own can grow bigger than the core.

# %%
import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import ecosystem, loops

# %% [markdown]
# ## The idea in plain words
#
# An online shop on its own is one flywheel. An **ecosystem** is several: a **core** that earns the
# main revenue, and **satellites** around it — side businesses that earn some money themselves and,
# above all, make the core spin faster. Over time a satellite can grow so strong that it becomes a
# core of its own.
#
# Amazon is the textbook case. The **marketplace** is the core: the loop of lesson 04 (customer
# experience → traffic → sellers → selection → customer experience). Around it sit **Prime**, **video**,
# **music**, **Kindle and publishing**, **devices** such as the Echo speaker, **payments**, and
# **AWS**, the cloud business that rents out computing power. Three things tie them together:
#
# - **They feed the core.** A Prime member shops more; an Echo at home makes ordering a sentence
#   away; payments bring the sellers of other shops into contact with Amazon.
# - **Older streams finance newer ones.** Money from the established businesses pays for new ones
#   that may not earn anything for years. What counts is that the whole keeps growing.
# - **They spread the risk.** Many small value streams add up; a weak one is carried by the strong
#   ones instead of pulling the whole down.

# %% [markdown]
# ## The model
#
# `ecosystem.build` turns a choice of satellites into a causal-loop graph for the engine of lesson 04
# (`flywheel_lib.models.loops`). Levels run from 0 to 100 (% of what is possible), time in months. Every
# satellite gets
#
# - a link **traffic → satellite**: the marketplace's visitors are its first users;
# - a link **satellite → a core factor** (customer experience, traffic or sellers): it feeds the core;
# - a link **cash → satellite**: a shared *cash* factor, fed by the core's traffic (and by satellites
#   that earn well), finances every satellite and part of the customer experience;
# - optionally a loop of its own (AWS: more cloud customers → more scale → lower prices → more cloud
#   customers, drawn as one factor with a link onto itself) and extra friction (a weak satellite).
#
# The strengths are invented, round numbers chosen to show the mechanisms, not measurements. The
# core alone has two loops; with all seven satellites the engine finds 44:

# %%
# NBVAL_CHECK_OUTPUT
alone, whole = ecosystem.build([]), ecosystem.build()
print(f"core alone: {len(alone.factors)} factors, {len(alone.loops())} loops; "
      f"with all satellites: {len(whole.factors)} factors, {len(whole.loops())} loops")

# %% [output]
# core alone: 5 factors, 2 loops; with all satellites: 12 factors, 44 loops

# %% [markdown]
# ### Satellites raise the friction the whole can bear
#
# Recall the **tipping friction** from lesson 04: the friction at which the loops just balance it.
# Below it, a push makes the wheel keep turning by itself; above it, friction wins. Every satellite
# adds links and loops, so it raises the tipping friction — some a little, some a lot:

# %%
tips = {key: ecosystem.tipping_friction(ecosystem.build([key])) for key in ecosystem.SATELLITE_KEYS}
tips["(core alone)"] = ecosystem.tipping_friction(alone)
tips["(all seven)"] = ecosystem.tipping_friction(whole)
{key: round(value, 3) for key, value in tips.items()}

# %% [markdown]
# The core alone tips at a friction of 0.126 a month. Prime alone lifts that to 0.149, music hardly
# at all (0.127), and all seven together to 0.225. At a friction of 0.14 the bare core therefore
# runs down after the push, while the ecosystem keeps turning:

# %%
# NBVAL_CHECK_OUTPUT
run = ecosystem.simulate(energy=10, friction=0.14, alone=True)
print(f"tipping friction: core alone {tips['(core alone)']:.3f}, with Prime {tips['prime']:.3f}, "
      f"with music {tips['music']:.3f}, all seven {tips['(all seven)']:.3f}")
print(f"core momentum after 120 months at friction 0.14: with satellites {run['core'].iloc[-1]:.1f} %, "
      f"core alone {run.attrs['alone']['core'].iloc[-1]:.1f} %")

# %% [output]
# tipping friction: core alone 0.126, with Prime 0.149, with music 0.127, all seven 0.225
# core momentum after 120 months at friction 0.14: with satellites 23.2 %, core alone 2.5 %

# %% [markdown]
# (`ecosystem.tipping_friction` also counts each satellite's own extra friction;
# `loops.tipping_friction` of lesson 04 assumes the same friction everywhere.)

# %% [markdown]
# ## The panel
#
# Tick and untick the satellites under the sliders. The energy input pushes the customer experience
# for the first 24 months (dotted line); friction acts on every factor. The left chart compares the
# core's momentum with your satellites and without any; the middle one shows each satellite; the
# right one each stream's revenue at the end (an index: the core at full traffic earns 100).

# %%
panels.build("08_ecosystem")

# %% [markdown]
# **Try this**
# 1. Untick every satellite: the two lines on the left coincide and run down. Add Prime alone. Then
#    add the others one at a time — which one lifts the core most?
# 2. Look at **music** while you switch the others on and off. On its own with the core it almost
#    dies; with strong satellites around it, it holds a steady level.
# 3. Switch AWS on and off. Its bar passes the core's. Which factor does AWS feed directly? (None of
#    the core's — it works through cash.)
# 4. Raise the friction slowly until the core's momentum collapses. Compare that value with the
#    tipping friction in the readout.

# %% [markdown]
# ## Which satellite matters most?
#
# `ecosystem.contribution` runs the ecosystem with all satellites and then once without each one:
# the loss is how many percentage points of the core's momentum that satellite is worth.

# %%
worth = ecosystem.contribution(energy=10, friction=0.14)
worth.round(2)

# %% [markdown]
# Prime is worth most to the core (6.1 points), followed by AWS (5.0 points) — although AWS does not
# touch the shop at all. Its money flows through the cash factor into every other satellite. Music is
# worth least (0.4 points): a weak stream, carried by the others.

# %%
# NBVAL_CHECK_OUTPUT
print(f"most: {worth.index[0]} {worth['loss'].iloc[0]:.1f} points; second: {worth.index[1]} "
      f"{worth['loss'].iloc[1]:.1f}; least: {worth.index[-1]} {worth['loss'].iloc[-1]:.1f}")

# %% [output]
# most: prime 6.1 points; second: aws 5.0; least: music 0.4

# %% [markdown]
# ## A weak satellite, cushioned — and a satellite that outgrows the core
#
# Music has little feed and extra friction. With only the core around it, it fades to almost
# nothing; with the six others it settles at a steady level more than ten times higher. AWS, with a
# strong loop of its own, ends with a revenue index of 63.4 against the core's 25.9:

# %%
# NBVAL_CHECK_OUTPUT
lonely = ecosystem.simulate(["music"], energy=10, friction=0.14)
rev = ecosystem.revenue(run)
print(f"music level after 120 months: with the core only {lonely['music'].iloc[-1]:.2f} %, "
      f"with all satellites {run['music'].iloc[-1]:.2f} %")
print(f"revenue index at the end: AWS {rev['aws']:.1f}, core {rev['core']:.1f}")

# %% [output]
# music level after 120 months: with the core only 0.79 %, with all satellites 8.79 %
# revenue index at the end: AWS 63.4, core 25.9

# %% [markdown]
# Keep the limits of a model like this in mind: the numbers say what the links you put in imply,
# nothing more. Whether music *really* helps Amazon, or how much AWS money really flows to the
# shop, a causal-loop sketch cannot tell — it can only make the argument explicit enough to test.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** A core loop has four links of strength 0.12 each. From lesson 04: at what friction
# does this single loop tip? (For one loop it is the geometric mean of the strengths.)

# %%
answer_1 = ...  # friction per month

exercises.check_number(answer_1, 0.12, name="tipping friction",
                    mistakes=[(0.12 ** 4, "eco.ex1_product"), (4 * 0.12, "eco.ex1_sum")],
                    hint="eco.ex1_hint")

# %% [markdown]
# **Exercise 2.** Use the panel or `ecosystem.tipping_friction`: with the core and **only Prime**
# switched on, what is the tipping friction? Give three decimals.

# %%
answer_2 = ...  # e.g. ecosystem.tipping_friction(ecosystem.build(["prime"]))

exercises.check_number(answer_2, ecosystem.tipping_friction(ecosystem.build(["prime"])),
                    name="tipping friction", rel_tol=0.005,
                    mistakes=[(ecosystem.tipping_friction(alone), "eco.ex2_core_only"),
                              (ecosystem.tipping_friction(whole), "eco.ex2_all")],
                    hint="eco.ex2_hint")

# %% [markdown]
# **Exercise 3.** Which satellite in this model does **not** feed any factor of the core directly,
# yet ranks second in the contribution table? (Answer with its key, e.g. `"video"`.)

# %%
answer_3 = ...  # a key from ecosystem.SATELLITE_KEYS

exercises.check_choice(answer_3, "aws", choices=ecosystem.SATELLITE_KEYS,
                    explanations={"prime": "eco.ex3_prime", "music": "eco.ex3_music"})

# %% [markdown]
# ## Summary
#
# - An ecosystem is a core with satellites. Satellites feed the core, older streams finance newer
#   ones, and weak streams are carried by strong ones.
# - In the causal-loop engine every satellite adds loops, so the whole tips at a higher friction
#   than the core alone: it keeps spinning where the bare core would run down.
# - A satellite with a strong loop of its own can outgrow the core — in the model, AWS does.
#
# **Next:** lesson 09 — build your own flywheel, find its loops, its weakest link and its tipping
# point.
