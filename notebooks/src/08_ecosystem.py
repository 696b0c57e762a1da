# %% [markdown]
# # 08 · Ecosystems: a core flywheel and its satellites
#
# **Learning goals.** After this lesson you can
# - describe an ecosystem as a business core with satellites around it, and name Amazon's,
# - explain three ways satellites help the whole: they feed the core, they finance one another, and
#   they spread the risk (weak ones are carried by strong ones),
# - show with the causal-loop engine how satellites raise the friction the core can bear, and judge
#   a satellite by what it does for the whole rather than by what it earns itself.

# %%
from flywheel_lib import exercises, panels
from flywheel_lib.models import ecosystem, loops

# %% [markdown]
# ## The idea in plain words
#
# An online shop on its own is one flywheel. An **ecosystem** is several: a **core** that earns the
# main revenue, and **satellites** around it: side businesses that earn some money themselves and,
# above all, make the core spin faster. Over time a satellite can grow so strong that it becomes a
# core of its own.
#
# Amazon is the textbook case. The **marketplace** is the core: the whole flywheel of lesson 04,
# with its seven factors. Around it sit **Prime**, **video**, **music**, **Kindle and publishing**,
# **devices** such as the Echo speaker, **payments**, **grocery** delivery (Amazon Fresh, and Whole
# Foods since 2017), the **affiliate programme** (Amazon Associates: websites and blogs that link to
# Amazon products earn a commission on what their readers buy), and **AWS**, the cloud business
# that rents out computing power. Three things tie them together:
#
# - **They feed the core.** A Prime member shops more; an Echo at home makes ordering a sentence
#   away; affiliates bring visitors in from other people's websites; Amazon's own grocery delivery
#   fleet makes it less dependent on outside carriers.
# - **Older streams finance newer ones.** Money from the established businesses pays for new ones
#   that may not earn anything for years. What counts is that the whole keeps growing.
# - **They spread the risk.** Many small value streams add up; a weak one is carried by the strong
#   ones instead of pulling the whole down.

# %% [markdown]
# ## The model
#
# `ecosystem.build` turns a choice of satellites into a causal-loop graph for the engine of lesson
# 04. **The core is lesson 04's wheel, unchanged**: the same seven factors, link strengths (0.15 a
# month) and delays, imported from the same place, so on its own it tips at lesson 04's friction,
# 0.175. A **cash** factor collects the core's earnings from its traffic; it feeds nothing back into
# the core by itself. Each satellite draws users from the core and is financed by cash; all but AWS
# feed one core factor back, some earn for cash, and AWS has a loop of its own. The satellites' strengths
# are invented, round numbers chosen to show the mechanisms, not measurements.
#
# <details><summary>For the curious: every satellite's links</summary>
#
# - a link **from a core factor** that brings it its users (the marketplace's traffic for most; for
#   the affiliate programme the selection: the products its partners can link to),
# - a link **to the core factor it improves**: customer experience (Prime, video, music), traffic
#   (Kindle, devices, affiliates), sellers (payments) or the cost structure (grocery),
# - a link **from cash**: the whole finances its satellites, and a link **to cash** if it earns well
#   (Prime, Kindle, payments, AWS),
# - for some, a loop of its own (AWS: more cloud customers bring more scale, lower prices and more
#   cloud customers) or extra friction (music most, as a weak stream; grocery, with thin margins and
#   its own delivery fleet, next; video and devices a little).
#
# </details>
#
# One thing differs from lesson 04 on purpose: this lesson tells its stories at a friction of
# **0.20**, above lesson 04's tipping point, where the bare core runs down, so that you can see what
# the satellites add.

# %% [curious]
# NBVAL_CHECK_OUTPUT
alone, whole = ecosystem.build([]), ecosystem.build()
print(f"core alone: {len(alone.factors)} factors (lesson 04's seven and cash), "
      f"{len(alone.loops())} loops; with all nine satellites: {len(whole.factors)} factors, "
      f"{len(whole.loops())} loops")
print(f"the core's tipping friction: {ecosystem.tipping_friction(alone):.4f}, lesson 04's: "
      f"{loops.tipping_friction(loops.amazon()):.4f}")

# %% [output]
# core alone: 8 factors (lesson 04's seven and cash), 2 loops; with all nine satellites: 17 factors, 57 loops
# the core's tipping friction: 0.1751, lesson 04's: 0.1751

# %% [markdown]
# ### Satellites raise the friction the core can bear
#
# Every satellite that feeds the core adds loops through it, so the core keeps turning by itself up
# to a higher friction: the tipping point of lesson 04 rises, from 0.175 for the core alone to 0.203
# with Prime, 0.177 with music, and 0.272 with all nine. At a friction of 0.20 the bare core
# therefore runs down after the push, while the core with its satellites keeps turning:

# %% [curious]
# NBVAL_CHECK_OUTPUT
tips = {key: ecosystem.tipping_friction(ecosystem.build([key])) for key in ecosystem.SATELLITE_KEYS}
print("the core's tipping friction with one satellite: "
      + ", ".join(f"{key} {value:.3f}" for key, value in tips.items()))
print(f"core alone {ecosystem.tipping_friction(alone):.3f}, all nine "
      f"{ecosystem.tipping_friction(whole):.3f}")
run = ecosystem.simulate(energy=10, friction=0.20, alone=True)
print(f"core momentum after 120 months at friction 0.20: with satellites "
      f"{run['core'].iloc[-1]:.1f} %, core alone {run.attrs['alone']['core'].iloc[-1]:.1f} %")

# %% [output]
# the core's tipping friction with one satellite: prime 0.203, video 0.184, music 0.177, kindle 0.184, devices 0.183, payments 0.180, grocery 0.180, affiliate 0.183, aws 0.175
# core alone 0.175, all nine 0.272
# core momentum after 120 months at friction 0.20: with satellites 18.9 %, core alone 1.0 %

# %% [markdown]
# AWS on its own does not move the core's tipping point at all: its money goes to cash, and with no
# other satellite there is nothing for cash to pay for that reaches the shop.
#
# ## The panel
#
# Tick and untick the satellites under the sliders. The energy input pushes the customer experience
# for the first 24 months (dotted line); friction acts on every factor. The top chart compares the
# core's momentum (lesson 04's momentum: the mean of its seven factors) with your satellites and
# without any; the one below shows each satellite in the colour of its bar; the bars on the right
# show each stream's revenue at the end (an index: the core at full traffic earns 100).

# %%
panels.build("08_ecosystem")

# %% [markdown]
# **Try this**
# 1. Untick every satellite: the two lines on the left coincide and run down, as lesson 04's wheel
#    does at this friction. Add Prime alone. Then add the others one at a time: which one lifts the
#    core most?
# 2. Look at **music** while you switch the others on and off. On its own with the core it almost
#    dies; with strong satellites around it, it holds a steady level.
# 3. Switch AWS on and off. Its bar passes the core's. Which factor of the core does AWS feed
#    directly? (None: it works through cash, which pays for the other satellites.)
# 4. Look at the **affiliates** bar: it stays empty, because Amazon pays its partners a commission
#    and keeps no revenue of its own from them. Now untick affiliates and watch the core's line
#    drop. Do the same with **grocery**, which earns little and is costly to run.
# 5. Raise the friction slowly until the core's momentum collapses. Compare that value with the
#    tipping friction in the text under the sliders.

# %% [markdown]
# ## Which satellite matters most?
#
# `ecosystem.contribution` runs the ecosystem with all satellites and then once without each one:
# the loss is how many percentage points of the core's momentum that satellite is worth.

# %% [curious]
# NBVAL_CHECK_OUTPUT
worth = ecosystem.contribution(energy=10, friction=0.20)
for key, row in worth.iterrows():
    print(f"{key:9s} worth {row['loss']:.1f} points of core momentum")

# %% [output]
# prime     worth 4.8 points of core momentum
# aws       worth 3.7 points of core momentum
# kindle    worth 2.2 points of core momentum
# devices   worth 2.1 points of core momentum
# affiliate worth 2.1 points of core momentum
# grocery   worth 1.5 points of core momentum
# video     worth 1.4 points of core momentum
# payments  worth 1.3 points of core momentum
# music     worth 0.3 points of core momentum

# %% [markdown]
# Prime is worth most to the core (4.8 points), followed by AWS (3.7 points), although AWS does not
# touch the shop at all: its money flows through cash into every other satellite. The affiliate
# programme is worth 2.1 points and grocery 1.5, though one earns nothing and the other little of
# its own: judge a satellite by what it does for the whole, not by its own revenue. Music is worth
# least (0.3 points): a weak stream, carried by the others.
#
# ## A weak satellite, cushioned, and a satellite that outgrows the core
#
# Music has little feed and extra friction. With only the core around it, it fades to almost
# nothing; with the eight others it settles more than twenty times higher. AWS, with a strong loop
# of its own, ends with a revenue index of 44.6 against the core's 27.0:

# %% [curious]
# NBVAL_CHECK_OUTPUT
lonely = ecosystem.simulate(["music"], energy=10, friction=0.20)
rev = ecosystem.revenue(run)
print(f"music level after 120 months: with the core only {lonely['music'].iloc[-1]:.2f} %, "
      f"with all satellites {run['music'].iloc[-1]:.2f} %")
print(f"revenue index at the end: AWS {rev['aws']:.1f}, core {rev['core']:.1f}, "
      f"affiliates {rev['affiliate']:.1f}")

# %% [output]
# music level after 120 months: with the core only 0.41 %, with all satellites 9.98 %
# revenue index at the end: AWS 44.6, core 27.0, affiliates 0.0

# %% [markdown]
# Keep the limits of a model like this in mind: the numbers say what the links you put in imply,
# nothing more. Whether music *really* helps Amazon, or how much AWS money really flows to the
# shop, a causal-loop sketch cannot tell; it can only make the argument explicit enough to test.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (0.12 and 0,12 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A core loop has four links of strength 0.12 each. At what friction does this
# single loop tip? (Recall lesson 04: for one loop it is the geometric mean of the strengths.)

# %%
exercises.ask("08.1")

# %% [markdown]
# **Exercise 2.** In the panel, switch on **only Prime and video** (untick all the other
# satellites). What tipping friction does the text under the sliders give? Three decimals are
# enough.

# %%
exercises.ask("08.2")

# %% [markdown]
# **Exercise 3.** Music is a weak satellite: with only the core around it, it almost dies out; with
# all the other satellites switched on, it holds a steady level. Why?

# %%
exercises.ask("08.3")

# %% [markdown]
# **For the curious (optional): your own choice of satellites in code.** The folded cell builds the
# ecosystem with a list of satellites and asks the engine for its tipping friction and its loops.
# Open it, change the list, and run it again.

# %% [curious]
mine = ecosystem.build(["kindle", "devices"])
print(f"{len(mine.loops())} loops; tipping friction "
      f"{ecosystem.tipping_friction(mine):.3f} per month")

# %% [markdown]
# ## Summary
#
# - An ecosystem is a core with satellites. Satellites feed the core, older streams finance newer
#   ones, and weak streams are carried by strong ones.
# - The core here is lesson 04's wheel. Every satellite that feeds it adds loops, so the core keeps
#   turning by itself at a friction where, alone, it would run down.
# - Judge a satellite by what it does for the whole: the affiliate programme earns nothing itself
#   and still lifts the core; AWS never touches the shop and still ranks second.
# - A satellite with a strong loop of its own can outgrow the core; in the model, AWS does.
#
# **Next:** lesson 09: build your own flywheel, find its loops, its weakest link and its tipping
# point.
