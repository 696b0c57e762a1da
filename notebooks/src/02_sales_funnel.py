# %% [markdown]
# # 02 · The sales funnel over time: what happens when the paid push stops?
#
# **Learning goals.** After this lesson you can
# - describe the sales funnel as a machine that turns money into customers, month by month,
# - compute the cost per acquired customer that a leaky funnel implies, and how friction raises it,
# - show with the model that when the paid input stops, acquisition stops — nothing flows back to the top.

# %% [markdown de]
# # 02 · Der Sales Funnel im Zeitverlauf: Was passiert, wenn die bezahlte Werbung endet?
#
# **Lernziele.** Nach dieser Lektion kannst du
# - den Sales Funnel als Maschine beschreiben, die Monat für Monat Geld in Kunden verwandelt,
# - berechnen, was ein gewonnener Kunde bei einem undichten Trichter kostet und wie Reibung diese
#   Kosten erhöht,
# - mit dem Modell zeigen, dass die Kundengewinnung endet, sobald die bezahlte Energiezufuhr
#   endet – nichts fließt zurück nach oben.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel

# %% [curious de]
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel

# %% [markdown]
# ## The idea in plain words
#
# In lesson 01 the funnel was a snapshot. A business runs it every month: it buys attention (ads, paid
# social, sponsored posts), the AIDA stages turn a small share of that attention into customers, and
# some customers drift away again every month.
#
# Two things make the funnel a hard way to grow:
#
# - **It is open at the bottom.** A buyer leaves the funnel at the bottom and does nothing more for it.
#   Next month's customers must again be bought at the top.
# - **It needs constant energy.** The paid budget is the only input. Most of it buys attention from
#   people who drop out on the way down, and when it stops, new customers stop too.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# In Lektion 01 war der Trichter eine Momentaufnahme. Ein Unternehmen betreibt ihn aber jeden
# Monat: Es kauft Aufmerksamkeit (Anzeigen, bezahlte Werbung in sozialen Medien, gesponserte
# Beiträge), die AIDA-Stufen machen aus einem kleinen Teil dieser Aufmerksamkeit Kunden, und
# jeden Monat wandern einige Kunden wieder ab.
#
# Zwei Dinge machen Wachstum mit dem Funnel mühsam:
#
# - **Er ist unten offen.** Ein Käufer verlässt den Trichter unten und tut danach nichts mehr für
#   ihn. Für die Kunden des nächsten Monats muss oben neue Aufmerksamkeit eingekauft werden.
# - **Er braucht ständig Energie.** Das Werbebudget ist die einzige Energiezufuhr. Das meiste davon
#   kauft die Aufmerksamkeit von Menschen, die auf dem Weg nach unten aussteigen. Und wenn das
#   Budget endet, kommen auch keine neuen Kunden mehr.

# %% [markdown]
# ## The model
#
# The shop is the one from lesson 01, with the same four stage rates: 25 % look at the ad, 8 % of
# them click through, 10 % of the visitors (the people who clicked through) put something in the
# cart, 25 % of the carts become orders. This lesson adds three things:
#
# - **money:** the budget buys reach at a price per 1,000 people reached, the CPM ("cost per
#   mille"). The kit uses 15 € and counts every ad shown as one person reached. The published
#   prices are in US dollars: Facebook charges about 5–18 $ per 1,000 ads shown worldwide and about
#   22 $ in the USA (sources in `data/README.md`). 15 € is about 16–18 $, depending on the exchange
#   rate, so it lies inside that range;
# - **time:** the funnel runs month by month, and the budget can stop;
# - **losses:** each month 3 % of the customers leave (churn), and *friction* — a confusing landing
#   page, a slow checkout — can cut every stage rate further. The 3 % and the friction are invented
#   for teaching.
#
# **Two meanings of "friction".** In lessons 00 and 03, friction is physical: the rubbing in a
# wheel's bearings that slows it down. In this lesson it is the marketing meaning: whatever makes
# people give up on the way to a purchase. The model counts it as an *extra loss at every stage*:
# a friction of 20 % means each stage keeps 20 % fewer people than its rate says. The two play the
# same part: both eat up part of what the push puts in, so the same push — or the same budget —
# achieves less.
#
# Each month: people reached = spend ÷ CPM × 1,000; new customers = reached × r₁ r₂ r₃ r₄ ×
# (1 − friction)⁴; customer base = last month's base × (1 − churn) + new customers.

# %% [markdown de]
# ## Das Modell
#
# Der Shop ist der aus Lektion 01, mit denselben vier Stufenquoten: 25 % sehen die Anzeige an,
# 8 % davon klicken durch, 10 % der Besucher (der Menschen, die durchgeklickt haben) legen etwas
# in den Warenkorb, 25 % der Warenkörbe werden zu Bestellungen. Diese Lektion fügt drei Dinge
# hinzu:
#
# - **Geld:** Das Budget kauft Reichweite zu einem Preis pro 1.000 erreichte Personen, dem TKP
#   (Tausend-Kontakt-Preis, engl. CPM). Das Kit rechnet mit 15 € und zählt jede gezeigte Anzeige
#   als eine erreichte Person. Die veröffentlichten Preise sind in US-Dollar angegeben: Facebook
#   verlangt weltweit etwa 5–18 US-Dollar pro 1.000 gezeigte Anzeigen und in den USA etwa
#   22 US-Dollar (Quellen in `data/README.md`). 15 € sind je nach Wechselkurs etwa 16–18 US-Dollar
#   und liegen damit in diesem Bereich;
# - **Zeit:** Der Funnel läuft Monat für Monat, und das Budget kann enden;
# - **Verluste:** Jeden Monat gehen 3 % der Kunden verloren (Abwanderung), und *Reibung* – eine
#   verwirrende Zielseite, ein langsamer Bezahlvorgang – kann jede Stufenquote weiter senken. Die
#   3 % und die Reibung sind für den Unterricht erfunden.
#
# **Zwei Bedeutungen von „Reibung“.** In den Lektionen 00 und 03 ist Reibung physikalisch: das
# Reiben in den Lagern eines Rads, das es abbremst. In dieser Lektion ist die Bedeutung aus dem
# Marketing gemeint: alles, was Menschen auf dem Weg zum Kauf aufgeben lässt. Das Modell zählt sie
# als *zusätzlichen Verlust auf jeder Stufe*: Eine Reibung von 20 % heißt, dass jede Stufe 20 %
# weniger Menschen behält, als ihre Quote sagt. Beide spielen dieselbe Rolle: Sie zehren einen Teil
# dessen auf, was der Antrieb hineinsteckt, sodass derselbe Antrieb – oder dasselbe Budget –
# weniger bewirkt.
#
# Jeden Monat gilt: erreichte Personen = Ausgaben ÷ TKP × 1.000; Neukunden = Erreichte ×
# r₁ r₂ r₃ r₄ × (1 − Reibung)⁴; Kundenstamm = Kundenstamm des Vormonats × (1 − Abwanderung) +
# Neukunden.

# %% [curious]
run = funnel.sales_funnel(budget=5_000, months=36,
                          push_until=12, churn=0.03)
run.head(14).round(1)

# %% [curious de]
run = funnel.sales_funnel(budget=5_000, months=36,
                          push_until=12, churn=0.03)
fw.table(run.head(14), decimals=1)

# %% [markdown]
# With 5,000 € a month, the funnel reaches 333,333 people a month and turns 0.05 % of them — as in
# lesson 01 — into 167 new customers: 30 € per customer. In month 13, the first month without
# budget, it wins no one at all:

# %% [markdown de]
# Mit 5.000 € im Monat erreicht der Funnel 333.333 Menschen pro Monat und macht aus 0,05 % von
# ihnen – wie in Lektion 01 – 167 Neukunden: 30 € pro Kunde. In Monat 13, dem ersten Monat ohne
# Budget, gewinnt er niemanden mehr:

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the first month, in numbers
print(f"reached per month: {run['reached'].iloc[0]:,.0f}; new customers per month: "
      f"{run['new_customers'].iloc[0]:,.0f}; cost per customer: {run['cost_per_customer'].iloc[0]:.2f} €")
print(f"new customers in month 13: {run.loc[13, 'new_customers']:.0f}")

# %% [output]
# reached per month: 333,333; new customers per month: 167; cost per customer: 30.00 €
# new customers in month 13: 0

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# der erste Monat in Zahlen
first = run.iloc[0]
print(f"Erreichte pro Monat: {fw.number(first['reached'], ',.0f')}; Neukunden pro Monat: "
      f"{fw.number(first['new_customers'], ',.0f')}; "
      f"Kosten pro Kunde: {fw.money(first['cost_per_customer'], 2)}")
print(f"Neukunden in Monat 13: {fw.number(run.loc[13, 'new_customers'], '.0f')}")

# %% [output de]
# Erreichte pro Monat: 333.333; Neukunden pro Monat: 167; Kosten pro Kunde: 30,00 €
# Neukunden in Monat 13: 0

# %% [markdown]
# ## The panel
#
# The budget is the funnel's **energy input**. But unlike a flywheel, which keeps turning for a
# while after the push ends, the funnel stops the moment the money stops. Friction and churn are
# the funnel's losses. There are four sliders: the **Paid budget** per month, the **End of the paid
# push** (the last month with budget), the **Friction** and the **Churn**. The dashed line marks
# the month after which the paid push stops.
#
# The right plot, the cost per customer, has a *log scale*: each step up its axis multiplies the
# cost by ten (10 €, 100 €, 1k = 1,000 € …), so that a cost of 30 € and one a hundred times
# higher both fit on one plot.

# %% [markdown de]
# ## Das Panel
#
# Das Budget ist die **Energiezufuhr** des Funnels. Aber anders als ein Schwungrad, das sich nach
# dem letzten Anstoß noch eine Weile weiterdreht, steht der Funnel in dem Moment still, in dem
# das Geld ausbleibt. Reibung und Abwanderung sind die Verluste des Funnels. Es gibt vier Regler:
# **Werbebudget** pro Monat, **Ende der Werbung** (der letzte Monat mit Budget),
# **Reibung (zusätzlicher Verlust je Stufe)** und **Abwanderung**. Die gestrichelte Linie markiert
# den Monat, nach dem die bezahlte Werbung endet.
#
# Die rechte Grafik, die Kosten pro Kunde, hat eine *logarithmische Skala*: Jeder Schritt nach oben
# auf ihrer Achse multipliziert die Kosten mit zehn (10 €, 100 €, 1k = 1.000 € …). So passen Kosten
# von 30 € und hundertmal so hohe Kosten in dieselbe Grafik.

# %%
panels.build("02_sales_funnel")

# %% [markdown]
# **Try this**
# 1. Move **End of the paid push** back and forth and watch the *new customers* curve in the
#    month after the dashed line.
# 2. Set **Churn** to 0 % and watch the *customer base* after the push. Then set it to 10 %.
# 3. Move **Friction** from 0 % to 20 % and compare the left and the right plot: which changes
#    more, new customers or the cost per customer?
# 4. Double the **Paid budget** to 10,000 €. Watch the readout: do the customers double? Does the
#    cost per customer change?
#
# <details><summary>Answers</summary>
#
# 1. It drops to zero in the very next month, wherever the push stops: nothing flows back to the top.
# 2. Without churn the base stays flat after the push — but it never grows again. At 10 % it loses
#    a tenth every month and has shrunk to under a tenth of its size two years later.
# 3. New customers fall to 41 % (0.8⁴); the cost per customer rises from 30 € to 73 €, by a factor
#    of 1/0.41 ≈ 2.4.
# 4. The customers double, the cost per customer stays at 30 €: in this simple model every euro
#    buys the same reach. Real channels get dearer the more of them you buy.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Schieb **Ende der Werbung** hin und her und achte auf die Kurve der *Neukunden* im
#    Monat nach der gestrichelten Linie.
# 2. Stell die **Abwanderung** auf 0 % und achte auf den *Kundenstamm* nach dem Ende der Werbung.
#    Stell sie dann auf 10 %.
# 3. Stell die **Reibung (zusätzlicher Verlust je Stufe)** von 0 % auf 20 % und vergleiche die
#    linke und die rechte Grafik: Was ändert sich stärker, die Neukunden oder die Kosten pro Kunde?
# 4. Verdopple das **Werbebudget** auf 10.000 €. Achte auf die Anzeige: Verdoppeln
#    sich die Kunden? Ändern sich die Kosten pro Kunde?
#
# <details><summary>Antworten</summary>
#
# 1. Sie fällt gleich im nächsten Monat auf null, ganz gleich, wann die Werbung endet: Nichts
#    fließt zurück nach oben.
# 2. Ohne Abwanderung bleibt der Kundenstamm nach dem Ende der Werbung gleich – aber er wächst nie
#    wieder. Bei 10 % verliert er jeden Monat ein Zehntel und ist zwei Jahre später auf weniger als
#    ein Zehntel seiner Größe geschrumpft.
# 3. Die Neukunden fallen auf 41 % (0,8⁴); die Kosten pro Kunde steigen von 30 € auf 73 €, um den
#    Faktor 1/0,41 ≈ 2,4.
# 4. Die Kunden verdoppeln sich, die Kosten pro Kunde bleiben bei 30 €: In diesem einfachen Modell
#    kauft jeder Euro dieselbe Reichweite. Echte Kanäle werden teurer, je mehr man von ihnen kauft.
#
# </details>

# %% [markdown]
# ## Friction makes every customer dearer
#
# Friction acts at all four stages, so its effect compounds. A friction of 20 % keeps only
# 0.8⁴ ≈ 41 % of the customers, and the cost per customer rises from 30.00 € to 73.24 €:

# %% [markdown de]
# ## Reibung macht jeden Kunden teurer
#
# Reibung wirkt auf allen vier Stufen, deshalb multipliziert sich ihre Wirkung. Bei einer Reibung
# von 20 % bleiben nur 0,8⁴ ≈ 41 % der Kunden übrig, und die Kosten pro Kunde steigen von
# 30,00 € auf 73,24 €:

# %% [curious]
# NBVAL_CHECK_OUTPUT
smooth = funnel.sales_funnel(5_000, months=12, friction=0.0)
rough = funnel.sales_funnel(5_000, months=12, friction=0.2)
print(f"cost per customer without friction: {smooth['cost_per_customer'].iloc[-1]:.2f} €")
print(f"cost per customer at 20 % friction: {rough['cost_per_customer'].iloc[-1]:.2f} €")

# %% [output]
# cost per customer without friction: 30.00 €
# cost per customer at 20 % friction: 73.24 €

# %% [curious de]
# NBVAL_CHECK_OUTPUT
smooth = funnel.sales_funnel(5_000, months=12, friction=0.0)
rough = funnel.sales_funnel(5_000, months=12, friction=0.2)
print(f"Kosten pro Kunde ohne Reibung: {fw.money(smooth['cost_per_customer'].iloc[-1], 2)}")
print(f"Kosten pro Kunde bei 20 % Reibung: {fw.money(rough['cost_per_customer'].iloc[-1], 2)}")

# %% [output de]
# Kosten pro Kunde ohne Reibung: 30,00 €
# Kosten pro Kunde bei 20 % Reibung: 73,24 €

# %% [markdown]
# ## After the push: the base only shrinks
#
# After month 12 the base can only lose people. With 3 % churn, of the 1,701 customers on board
# at the end of month 12, 819 are left two years later — and the funnel has won no one in between.

# %% [markdown de]
# ## Nach der Werbung: Der Kundenstamm schrumpft nur noch
#
# Nach Monat 12 kann der Kundenstamm nur noch Menschen verlieren. Bei 3 % Abwanderung sind von den
# 1.701 Kunden, die am Ende von Monat 12 dabei sind, zwei Jahre später noch 819 übrig – und der
# Funnel hat in der Zwischenzeit niemanden gewonnen.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the customer base after the push
print(f"customers at month 12: {run.loc[12, 'customers']:,.0f}; at month 36: {run.loc[36, 'customers']:,.0f}; "
      f"new customers in months 13–36: {run.loc[13:, 'new_customers'].sum():.0f}")

# %% [output]
# customers at month 12: 1,701; at month 36: 819; new customers in months 13–36: 0

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# der Kundenstamm nach dem Ende der Werbung
print(f"Kunden in Monat 12: {fw.number(run.loc[12, 'customers'], ',.0f')}; "
      f"in Monat 36: {fw.number(run.loc[36, 'customers'], ',.0f')}; "
      f"Neukunden in den Monaten 13–36: {fw.number(run.loc[13:, 'new_customers'].sum(), '.0f')}")

# %% [output de]
# Kunden in Monat 12: 1.701; in Monat 36: 819; Neukunden in den Monaten 13–36: 0

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work). The check says at once whether it
# holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A shop spends 10,000 € a month at a CPM of 20 €. Of the people reached, 0.1 %
# become customers. What does one customer cost, in €?

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drück auf **Prüfen** (`2,5` und `2.5` gehen beide). Die Prüfung sagt
# dir sofort, ob deine Antwort stimmt, und wenn nicht, warum; **Lösung zeigen** öffnet einen
# Lösungsweg.
#
# **Aufgabe 1.** Ein Shop gibt im Monat 10.000 € bei einem TKP von 20 € aus. Von den erreichten
# Menschen werden 0,1 % zu Kunden. Was kostet ein Kunde, in €?

# %%
exercises.ask("02.1")

# %% [markdown]
# **Exercise 2.** With the panel's start values the paid push stops after month 12. At that moment
# 1,701 customers are on board, and every month 3 % of those still there leave. How many customers
# are still on board in month 20? Work it out, then compare with the *customer base* plot.

# %% [markdown de]
# **Aufgabe 2.** Mit den Startwerten des Panels endet die bezahlte Werbung nach Monat 12. In diesem
# Moment sind 1.701 Kunden dabei, und jeden Monat wandern 3 % der noch verbliebenen Kunden ab. Wie
# viele Kunden sind in Monat 20 noch dabei? Rechne es aus und vergleiche dann mit der Grafik
# *Kundenstamm*.

# %%
exercises.ask("02.2")

# %% [markdown]
# **Exercise 3.** A business has 2,000 customers and stops all marketing. Each month 3 % of the
# customers still there leave. How many are left after 12 months?

# %% [markdown de]
# **Aufgabe 3.** Ein Unternehmen hat 2.000 Kunden und stellt sein Marketing komplett ein. Jeden
# Monat wandern 3 % der noch verbliebenen Kunden ab. Wie viele sind nach 12 Monaten noch übrig?

# %%
exercises.ask("02.3")

# %% [markdown]
# **Exercise 4.** In the panel, set the friction to 30 % and leave the other sliders at their start
# values. What does one customer cost now, in €? Work it out from the cost without friction, then
# read it under the plot.

# %% [markdown de]
# **Aufgabe 4.** Stell im Panel die Reibung auf 30 % und lass die anderen Regler auf ihren
# Startwerten. Was kostet ein Kunde jetzt, in €? Rechne es aus den Kosten ohne Reibung aus und lies
# es dann unter der Grafik ab.

# %%
exercises.ask("02.4")

# %% [markdown]
# ## Summary
#
# - The funnel turns money into customers at a fixed rate: each customer costs the budget divided by
#   the people reached times the overall conversion.
# - Friction at every stage compounds and makes customers much dearer.
# - The funnel is open at the bottom: customers do nothing for it, so **when the push stops, acquisition
#   stops**, and churn slowly empties the base.
#
# What if customers *did* push the wheel — if their good experience brought the next customers? That is
# the flywheel. First, what a flywheel is physically. **Next:**
# [03 · The physics of a flywheel](03_flywheel_physics.ipynb) — why a flywheel is slow to start and
# slow to stop.

# %% [markdown de]
# ## Zusammenfassung
#
# - Der Funnel verwandelt Geld zu einem festen Kurs in Kunden: Jeder Kunde kostet das Budget
#   geteilt durch (erreichte Personen × Gesamtkonversion).
# - Reibung auf jeder Stufe multipliziert sich und macht Kunden viel teurer.
# - Der Funnel ist unten offen: Kunden tun nichts für ihn. Deshalb gilt: **Wenn die Werbung endet,
#   endet die Kundengewinnung**, und die Abwanderung leert den Kundenstamm langsam.
#
# Was wäre, wenn die Kunden das Rad *doch* anschieben würden – wenn ihre gute Erfahrung die
# nächsten Kunden brächte? Das ist das Schwungrad. Zuerst geht es darum, was ein Schwungrad
# physikalisch ist. **Weiter:** [03 · Die Physik eines Schwungrads](03_flywheel_physics.ipynb) –
# warum ein Schwungrad langsam anläuft und langsam ausläuft.
