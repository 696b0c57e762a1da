# %% [markdown]
# # 03 · The physics of a flywheel: slow to start, slow to stop
#
# **Learning goals.** After this lesson you can
# - describe a flywheel with three quantities — the push (torque), the friction and its size
#   (moment of inertia) — and predict its steady speed and how long it takes to get there,
# - explain why a heavier wheel is slower to start yet carries more momentum and keeps turning
#   longer — and what that means for a business with many customers,
# - name the six properties that marketing borrows from the flywheel and show each one with the model.

# %% [curious]
import numpy as np

import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import physics

# %% [markdown]
# ## The idea in plain words
#
# A flywheel is a heavy wheel on an axle. Steam engines, potter's wheels and some electric grids use
# one to smooth out uneven power: you put energy in by turning it, and the wheel keeps that energy as
# motion.
#
# Three things decide what the wheel does:
#
# - **The push.** A force that turns the wheel. Physicists call its turning effect *torque* and
#   measure it in newton-metres (N·m). Marketing texts — and this kit's sliders — call it the
#   **energy input**, but it is not an amount of energy: the energy a push delivers is the push
#   times how far the wheel turns. So the same push puts in more energy per second the faster the
#   wheel already turns.
# - **The friction.** Bearings and air brake the wheel, and they brake harder the faster it turns.
#   Friction takes energy out all the time.
# - **The size.** A heavier or wider wheel has more *inertia*: the same push speeds it up more slowly,
#   and once it turns, it is just as hard to stop.
#
# Push long enough and the wheel settles at the speed where friction takes out exactly as much as the
# push puts in. Stop pushing and the wheel does not stop at once: it coasts and slowly runs down.

# %% [markdown]
# ## The model
#
# Lesson 00's wheel, in the same units, now with a size you can choose:
#
# | quantity | symbol | unit |
# |---|---|---|
# | push ("energy input"), a torque | τ | N·m |
# | friction: it brakes with b·ω | b | N·m·s |
# | size: moment of inertia | I | kg·m² |
# | speed (radians per second) | ω | rad/s |
# | an optional constant brake | c | N·m |
#
# The speed changes as I · (change of ω per second) = τ − b·ω − c. Three numbers follow from it:
#
# - the **steady speed** (τ − c) / b, where push and losses balance;
# - the **time constant** I / b, in seconds: after one time constant the wheel has covered 63 % of
#   the way to its steady speed (and when coasting, lost 63 % of its speed);
# - the **stored energy** ½ · I · ω², in joules.
#
# Take a wheel of 5 kg·m², pushed with 4 N·m against a friction of 0.2 N·m·s for 60 seconds, then
# left to coast. Its steady speed is 4 N·m ÷ 0.2 N·m·s = 20 rad/s and its time constant
# 5 kg·m² ÷ 0.2 N·m·s = 25 s. After 25 seconds it turns at 63.2 % of its steady speed; when the push
# ends at 60 s it stores 827 J.

# %% [curious]
run = physics.spin(inertia=5.0, friction=0.2, torque=4.0, t_end=120.0, push_until=60.0)
run.iloc[::20].round(2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
steady = physics.steady_speed(4.0, 0.2)
tau = physics.time_constant(5.0, 0.2)
at = run.set_index("t")
print(f"steady speed: {steady:.1f} rad/s; time constant: {tau:.0f} s")
print(f"speed after one time constant: {at.loc[25.0, 'speed']:.2f} rad/s "
      f"= {at.loc[25.0, 'speed'] / steady:.1%} of the steady speed")
print(f"stored energy when the push ends: {at.loc[60.0, 'energy']:.0f} J")

# %% [output]
# steady speed: 20.0 rad/s; time constant: 25 s
# speed after one time constant: 12.64 rad/s = 63.2% of the steady speed
# stored energy when the push ends: 827 J

# %% [markdown]
# <details><summary>For the curious: does the model agree with the formula?</summary>
#
# For a constant push the equation has an exact solution, ω(t) = (τ/b)·(1 − e^(−b·t/I)), and after
# the push ends the speed falls as e^(−b·t/I). The kit's model moves the wheel from one moment to
# the next with these formulas; its tests also compare it with a wheel nudged forward in ten
# thousand tiny steps. The folded cell below checks this run against the formula.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
t = run["t"].to_numpy()
exact = np.where(t <= 60, steady * (1 - np.exp(-t / tau)),
                 steady * (1 - np.exp(-60 / tau)) * np.exp(-(t - 60) / tau))
worst = (np.abs(run["speed"] - exact)[1:] / exact[1:]).max()
print(f"every sample within 0.5 % of the formula: {worst < 0.005}")

# %% [output]
# every sample within 0.5 % of the formula: True

# %% [markdown]
# ## The panel
#
# The blue line is your wheel, the grey dotted line a reference wheel with the start values, so you
# can see what each slider changes. The green dashed line is the steady speed; the vertical line marks
# the moment the push ends. The text under the sliders gives the steady speed, the time constant, the
# energy stored when the push ends and how long the wheel coasts until it is down to 10 % of that speed.

# %%
panels.build("03_flywheel_physics")

# %% [markdown]
# **Try this**
# 1. Move **energy input** from 4 to 8 N·m and watch the green line: the steady speed doubles, and
#    the stored energy (right) grows four times.
# 2. Halve the **friction** to 0.10 and watch both plots: the steady speed doubles, and the wheel
#    needs twice as long to get there.
# 3. Move **size** from 5 to 20 and compare the blue line with the grey reference: same steady
#    speed, reached much later; more energy at the end.
# 4. Move **stop pushing at** to 10 s, then to 110 s, and watch the readout's stored energy. When
#    is a long push worth it?
# 5. Raise the **opposing force** (brake) to 2 N·m, then to 4 N·m, the size of the push. What is
#    left?
#
# <details><summary>Answers</summary>
#
# 1. The steady speed is push ÷ friction: 8 ÷ 0.2 = 40 rad/s; energy grows with the square of speed.
# 2. 4 ÷ 0.1 = 40 rad/s, and the time constant 5 ÷ 0.1 = 50 s is twice as long.
# 3. The steady speed 4 ÷ 0.2 = 20 rad/s has no size in it; the time constant 20 ÷ 0.2 = 100 s
#    does. In 120 s the big wheel gets only part of the way.
# 4. At 10 s the wheel has little speed and little energy (about 110 J). A push is worth keeping up
#    until the wheel is near its steady speed — after a few time constants more push adds little.
# 5. A 2 N·m brake halves the steady speed; a brake as strong as the push keeps the wheel still.
#
# </details>

# %% [markdown]
# ## The heavier wheel: slower to start, more momentum
#
# Here two statements seem to clash. This lesson says a bigger wheel is *slower* to start. Writers
# on customer relationships say that more customers give a business more weight *and* more
# momentum — as if weight made it faster. Both are right, because they speak of different things:
#
# - **Speed** is how fast the wheel turns: how quickly things visibly change.
# - **Momentum** is what the moving wheel carries: its size times its speed (I · ω, in kg·m²/s).
#   It is what keeps the wheel going when nobody pushes, and what it takes to stop it.
#
# Give a light and a heavy wheel the same push. Every second the push adds the same momentum to
# each; friction takes some away, in proportion to speed. The heavy wheel turns more slowly, so
# friction takes *less* from it: it carries more momentum at every moment, though it turns slower.
# When the push ends it keeps going far longer.
#
# The second panel shows exactly this: a light wheel of 5 kg·m² (dashed) and a heavy wheel (solid),
# both pushed with 4 N·m against a friction of 0.2 N·m·s.

# %%
panels.build("03_flywheel_physics:heavy")

# %% [markdown]
# **Try this**
# 1. Move **size of the heavy wheel** from 20 up to 40 and watch both plots: its speed curve gets
#    flatter, its momentum curve higher.
# 2. Move it down to 5: the two wheels become one.
# 3. Move **stop pushing at** to 30 s. Which wheel is faster when the push ends, which carries more
#    momentum, and which is still turning at the end of the run?
#
# <details><summary>Answers</summary>
#
# 1. The heavier the wheel, the later its speed rises — and the higher its momentum climbs: at
#    40 kg·m² its steady momentum would be eight times the light wheel's.
# 2. Same size, same push, same friction: the same wheel.
# 3. The light wheel is faster (14.0 against 5.2 rad/s), yet the heavy one carries more momentum
#    (104 against 70 kg·m²/s); at the end of the run only the heavy wheel is still turning.
#
# </details>
#
# With the start values the panel shows these numbers:

# %% [curious]
# NBVAL_CHECK_OUTPUT
light = physics.spin(5.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
heavy = physics.spin(20.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
for name, wheel, size in (("light wheel", light, 5.0), ("heavy wheel", heavy, 20.0)):
    print(f"{name} ({size:.0f} kg·m²) when the push ends: {wheel.loc[120.0, 'speed']:.1f} rad/s, "
          f"momentum {wheel.loc[120.0, 'momentum']:.0f} kg·m²/s; coasts to 10 % in "
          f"{physics.coast_time(size, 0.2):.0f} s")

# %% [output]
# light wheel (5 kg·m²) when the push ends: 19.8 rad/s, momentum 99 kg·m²/s; coasts to 10 % in 58 s
# heavy wheel (20 kg·m²) when the push ends: 14.0 rad/s, momentum 280 kg·m²/s; coasts to 10 % in 230 s

# %% [markdown]
# *Business reading:* more customers are more to move. A campaign aimed at a large customer base
# shows its effect slowly — the speed rises late. But a large, satisfied base carries the business:
# its recommendations and repeat purchases are momentum that keeps the wheel turning long after a
# campaign ends. A small base reacts fast and stops just as fast.

# %% [markdown]
# ## Six properties the metaphor borrows
#
# When people call a business a flywheel, they borrow six properties of the physical wheel. Each one
# can be shown with the model, and each one has a reading in marketing.
#
# ### 1. Slow acceleration
#
# A wheel four times heavier needs four times as long to reach 90 % of its speed — but then holds four
# times the energy.

# %% [curious]
# NBVAL_CHECK_OUTPUT
def time_to(frame, share, target):
    """Seconds until the speed first reaches ``share`` of ``target``."""
    return float(frame.loc[frame["speed"] >= share * target, "t"].iloc[0])


small = physics.spin(5.0, 0.2, 4.0, 1000.0, samples=10001)
big = physics.spin(20.0, 0.2, 4.0, 1000.0, samples=10001)
for name, wheel in (("small wheel, I = 5 ", small), ("big wheel,   I = 20", big)):
    print(f"{name}: 90 % of the steady speed after {time_to(wheel, 0.9, steady):5.1f} s; "
          f"stored energy at the end {wheel['energy'].iloc[-1]:,.0f} J")

# %% [output]
# small wheel, I = 5 : 90 % of the steady speed after  57.6 s; stored energy at the end 1,000 J
# big wheel,   I = 20: 90 % of the steady speed after 230.3 s; stored energy at the end 4,000 J

# %% [markdown]
# *Marketing reading:* a flywheel business is slow to get going. The first months of content, service
# and word of mouth show little result; the effort has to be kept up long before the curve turns.
#
# ### 2. Directed forces
#
# Not every force pushes the wheel forward. A brake working against the push lowers the steady speed,
# and a brake as strong as the push stops the wheel altogether.

# %% [curious]
# NBVAL_CHECK_OUTPUT
free = physics.spin(5.0, 0.2, 4.0, 300.0)
braked = physics.spin(5.0, 0.2, 4.0, 300.0, drag=1.5)
stuck = physics.spin(5.0, 0.2, 4.0, 300.0, drag=4.0)
print(f"push alone: {free['speed'].iloc[-1]:.1f} rad/s; against a 1.5 N·m brake: "
      f"{braked['speed'].iloc[-1]:.1f} rad/s; against a 4 N·m brake: {stuck['speed'].iloc[-1]:.1f} rad/s")

# %% [output]
# push alone: 20.0 rad/s; against a 1.5 N·m brake: 12.5 rad/s; against a 4 N·m brake: 0.0 rad/s

# %% [markdown]
# *Marketing reading:* some of a company's own forces brake the wheel — a sales script that pushes
# too hard, a slow support desk, a billing surprise. Finding them is as useful as pushing harder.
#
# ### 3. Low friction losses
#
# Halving the friction doubles the steady speed, and because energy grows with the *square* of the
# speed, it quadruples the stored energy.

# %% [curious]
# NBVAL_CHECK_OUTPUT
smooth = physics.spin(5.0, 0.1, 4.0, 1000.0)
print(f"friction 0.2: {small['speed'].iloc[-1]:.1f} rad/s, {small['energy'].iloc[-1]:,.0f} J; "
      f"friction 0.1: {smooth['speed'].iloc[-1]:.1f} rad/s, {smooth['energy'].iloc[-1]:,.0f} J")

# %% [output]
# friction 0.2: 20.0 rad/s, 1,000 J; friction 0.1: 40.0 rad/s, 4,000 J

# %% [markdown]
# *Marketing reading:* friction is every hand-off that loses a customer's goodwill. Processes that fit
# together cost nothing extra to run, yet they let the same effort carry the wheel much further.
#
# ### 4. Scalability
#
# The big wheel from property 1 ends at the same speed as the small one but stores four times the
# energy: a bigger wheel is a bigger store. A stronger push makes it turn faster too.
#
# *Marketing reading:* a wheel that works can be made bigger — more markets, more products — and
# turned faster with more effort, without changing what makes it turn.
#
# ### 5. Flow
#
# After the push ends the wheel keeps turning: it has lost half its speed after (I/b) · ln 2
# seconds, about 0.69 time constants — 17 s for the small wheel, 69 s for the big one.

# %% [curious]
# NBVAL_CHECK_OUTPUT
for inertia in (5.0, 20.0):
    wheel = physics.spin(inertia, 0.2, 4.0, 1200.0, push_until=600.0, samples=12001)
    after = wheel[wheel["t"] >= 600.0]
    half = after.loc[after["speed"] <= after["speed"].iloc[0] / 2, "t"].iloc[0] - 600.0
    print(f"I = {inertia:2.0f}: half speed {half:.1f} s after the push ends "
          f"(formula: {physics.coast_time(inertia, 0.2, 0.5):.1f} s)")

# %% [output]
# I =  5: half speed 17.4 s after the push ends (formula: 17.3 s)
# I = 20: half speed 69.4 s after the push ends (formula: 69.3 s)

# %% [markdown]
# (The simulation reports the first sample, every 0.1 s, at or below half speed, hence the extra 0.1 s.)
#
# *Marketing reading:* a turning wheel keeps turning for a while even when effort pauses — customers
# keep recommending, content keeps being found. A wheel that has never turned has nothing to coast on.
#
# ### 6. Force transmission
#
# All the energy that goes into the wheel passes through one place, the axle. It is either stored in
# the wheel's motion or lost to friction; nothing else happens to it. Over the first 60 s of the
# example wheel the push puts in 2,981 J: 827 J are stored, 2,155 J are lost to friction.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the work put in is push × speed, added up over time; friction takes b·ω² per second
fine = physics.spin(5.0, 0.2, 4.0, 120.0, push_until=60.0, samples=2401)
w, tt = fine["speed"].to_numpy(), fine["t"].to_numpy()
until_60 = tt <= 60.0
work = np.trapezoid(4.0 * w[until_60], tt[until_60])
lost = np.trapezoid(0.2 * w[until_60] ** 2, tt[until_60])
stored = fine.loc[until_60, "energy"].iloc[-1]
print(f"first 60 s: put in {work:,.0f} J = stored {stored:,.0f} J + lost to friction {lost:,.0f} J "
      f"(balance off by {abs(work - stored - lost) / work:.1%})")

# %% [output]
# first 60 s: put in 2,981 J = stored 827 J + lost to friction 2,155 J (balance off by 0.0%)

# %% [markdown]
# *Marketing reading:* in the flywheel picture the axle is the customer. Marketing, sales and service
# all push on the same axle; what they put in either builds momentum with customers or is lost along
# the way.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** In the panel, leave the push at its start value and set the size to 6 and the
# friction to 0.4. What is the wheel's steady speed, in rad/s? Work it out first, then compare
# with the text under the sliders.

# %%
exercises.ask("03.1")

# %% [markdown]
# **Exercise 2.** The same wheel stops being pushed once it turns at its steady speed. How many
# seconds later is it down to half that speed?

# %%
exercises.ask("03.2")

# %% [markdown]
# **Exercise 3.** How much energy, in joules, does this wheel store when it turns at its steady
# speed?

# %%
exercises.ask("03.3")

# %% [markdown]
# **Exercise 4.** A company doubles the "size" of its wheel (a second product line that shares the
# same customers) but keeps its effort and its friction. What changes: the steady speed, the
# stored energy, both, or neither? Try it with the panel's size slider.

# %%
exercises.ask("03.4")

# %% [markdown]
# ## Summary
#
# - A flywheel is described by the push τ (N·m; the "energy input"), the friction b (N·m·s) and
#   its size I (kg·m²). It settles at the steady speed τ/b; the time constant I/b says how long that
#   takes and how long it coasts.
# - A heavier wheel is slower to start and to stop, yet carries more momentum (I·ω) at every moment
#   and stores more energy (½·I·ω²): a large customer base is slow to move, and then it carries you.
#   Less friction raises the speed and, by the square, the energy.
# - The six properties — slow acceleration, directed forces, low friction losses, scalability, flow
#   and force transmission — are what the business metaphor borrows from the physics.
#
# A real wheel needs a hand to push it. What if the wheel pushed itself — if each part of a business
# made the next part stronger? That is the Amazon flywheel: **Next:** lesson 04 (see the lesson map in
# [00 · Start here](00_start_here.ipynb#Lesson-map)).
