# %% [markdown]
# # 03 · The physics of a flywheel: slow to start, slow to stop
#
# **Learning goals.** After this lesson you can
# - describe a flywheel with three quantities — its size (moment of inertia), the push (torque) and
#   the friction — and predict its steady speed and how long it takes to get there,
# - explain why a big wheel is slow to start but stores more energy and keeps turning longer,
# - name the six properties that marketing borrows from the flywheel and show each one with the model.

# %%
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
# - **The push.** A force that turns the wheel (physicists call its turning effect *torque*). While
#   you push, the wheel speeds up.
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
# With moment of inertia *I* (kg·m²), torque *τ* (N·m), friction coefficient *b* (N·m·s) and an
# optional constant brake *c* (N·m), the speed *ω* (radians per second) changes as
#
# $$I\,\frac{d\omega}{dt} = \tau - b\,\omega - c .$$
#
# From this equation follow three numbers worth remembering:
#
# - the **steady speed** (τ − c) / b, where push and losses balance,
# - the **time constant** I / b: after one time constant the wheel has covered 63 % of the way to its
#   steady speed (and when coasting, lost 63 % of its speed),
# - the **stored energy** ½ · I · ω², in joules.
#
# `physics.spin` solves the equation step by step and returns time, speed and energy. Here a wheel of
# 5 kg·m² is pushed with 4 N·m against a friction of 0.2 for 60 seconds, then left to coast:

# %%
run = physics.spin(inertia=5.0, friction=0.2, torque=4.0, t_end=120.0, push_until=60.0)
run.iloc[::20].round(2)

# %% [markdown]
# The steady speed is 4 / 0.2 = 20 rad/s and the time constant 5 / 0.2 = 25 s. After 25 seconds
# the wheel turns at 63.2 % of its steady speed; when the push ends at 60 s it stores 827 J.

# %%
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
# **Does the model agree with the formula?** For a constant push the equation has an exact
# solution, ω(t) = (τ/b)·(1 − e^(−b·t/I)), and after the push ends the speed falls as e^(−b·t/I).
# The kit's model moves the wheel from one moment to the next with these formulas; its tests also
# compare it with a wheel nudged forward in ten thousand tiny steps. Here is the check for this run:

# %%
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
# 1. Make the wheel four times bigger (size 20). Where does it end up, and how long does it take?
#    Compare the stored energy with the grey reference.
# 2. Halve the friction. What happens to the steady speed — and to the stored energy?
# 3. Stop pushing at 10 s, then at 110 s. When is a long push worth it?
# 4. Add a brake (opposing force) of 2 N·m. Then raise it to the size of the push. What is left?

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

# %%
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

# %%
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

# %%
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
# After the push ends the wheel keeps turning. How long it keeps its momentum depends on its size:
# the half-speed time is (I/b)·ln 2.

# %%
# NBVAL_CHECK_OUTPUT
for inertia in (5.0, 20.0):
    wheel = physics.spin(inertia, 0.2, 4.0, 1200.0, push_until=600.0, samples=12001)
    after = wheel[wheel["t"] >= 600.0]
    half = after.loc[after["speed"] <= after["speed"].iloc[0] / 2, "t"].iloc[0] - 600.0
    print(f"I = {inertia:2.0f}: half speed {half:.1f} s after the push ends "
          f"(formula: {inertia / 0.2 * np.log(2):.1f} s)")

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
# the wheel's motion or lost to friction; nothing else happens to it. The model keeps this account
# exactly: the work put in (torque × speed, added up over time) equals the energy stored plus the
# energy lost (b·ω², added up).

# %%
# NBVAL_CHECK_OUTPUT
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
# **Exercise 1.** A wheel of 8 kg·m² is pushed with 6 N·m against a friction of 0.4 N·m·s (no brake).
# What is its steady speed, in rad/s?

# %%
answer_1 = ...  # steady speed in rad/s

exercises.check_number(answer_1, 6 / 0.4, name="steady speed",
                    mistakes=[(6 * 0.4, "physics.ex1_multiplied"),
                              (6 / 8, "physics.ex1_inertia"),
                              (8 / 0.4, "physics.ex1_time_constant")],
                    hint="physics.ex1_hint")

# %% [markdown]
# **Exercise 2.** The same wheel stops being pushed once it turns at its steady speed. How many
# seconds later is it down to half that speed?

# %%
answer_2 = ...  # seconds until half speed

exercises.check_number(answer_2, 8 / 0.4 * np.log(2), name="half-speed time",
                    mistakes=[(8 / 0.4, "physics.ex2_time_constant"),
                              (8 / 0.4 / 2, "physics.ex2_half_tau"),
                              (0.4 / 8 * np.log(2), "physics.ex2_upside_down")],
                    hint="physics.ex2_hint")

# %% [markdown]
# **Exercise 3.** How much energy, in joules, does the wheel store at its steady speed?

# %%
answer_3 = ...  # stored energy in J

exercises.check_number(answer_3, 0.5 * 8 * (6 / 0.4) ** 2, name="stored energy",
                    mistakes=[(8 * (6 / 0.4) ** 2, "physics.ex3_half"),
                              (0.5 * 8 * 6 / 0.4, "physics.ex3_square"),
                              (8 * 6 / 0.4, "physics.ex3_square")],
                    hint="physics.ex3_hint")

# %% [markdown]
# **Exercise 4.** A company doubles the "size" of its wheel (a second product line that shares the
# same customers) but keeps its effort and its friction. Which changes: the steady speed, the stored
# energy, or both? Answer `"speed"`, `"energy"` or `"both"`.

# %%
answer_4 = ...  # "speed", "energy" or "both"

exercises.check_choice(answer_4, "energy", choices=["speed", "energy", "both"],
                    explanations={"speed": "physics.ex4_speed", "both": "physics.ex4_both"})

# %% [markdown]
# ## Summary
#
# - A flywheel is described by its inertia *I*, the push *τ* and the friction *b*. It settles at the
#   steady speed τ/b; the time constant I/b says how long that takes and how long it coasts.
# - A bigger wheel is slower to start and to stop, and stores more energy (½·I·ω²). Less friction
#   raises the speed and, by the square, the energy.
# - The six properties — slow acceleration, directed forces, low friction losses, scalability, flow
#   and force transmission — are what the business metaphor borrows from the physics.
#
# A real wheel needs a hand to push it. What if the wheel pushed itself — if each part of a business
# made the next part stronger? That is the Amazon flywheel: **Next:** lesson 04 (see the lesson map in
# [00 · Start here](00_start_here.ipynb#Lesson-map)).
