# %% [markdown]
# # 05 · The inbound flywheel: attract, engage, delight
#
# **Learning goals.** After this lesson you can
# - draw HubSpot's inbound flywheel as stocks of people (strangers, prospects, customers, promoters)
#   joined by the flows attract, engage and delight, and say which team drives each flow,
# - give each driver energy and friction in a model and find the driver whose friction costs most,
# - read HubSpot's three factors of momentum — speed, friction, size — off a running wheel,
# - explain why inbound aims at the *right* people, and how after-sales content makes customers buy
#   again,
# - say why word of mouth is the engine of the wheel.

# %% [markdown de]
# # 05 · Das Inbound-Schwungrad: anziehen, interagieren, begeistern
#
# **Lernziele.** Nach dieser Lektion kannst du
# - HubSpots Inbound-Schwungrad als Bestände von Menschen zeichnen (Fremde, Interessenten, Kunden,
#   Fürsprecher), verbunden durch die Flüsse anziehen, interagieren und begeistern, und sagen,
#   welches Team welchen Fluss antreibt,
# - jedem Antrieb im Modell Energiezufuhr und Reibung geben und den Antrieb finden, dessen Reibung
#   am meisten kostet,
# - HubSpots drei Faktoren für Schwung – Tempo, Reibung, Größe – an einem laufenden Rad ablesen,
# - erklären, warum Inbound auf die *richtigen* Leute zielt und wie After-Sales-Inhalte Kunden
#   wieder kaufen lassen,
# - begründen, warum Mundpropaganda der Motor des Rads ist.

# %% [curious]
import numpy as np

import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting

# %% [curious de]
import numpy as np

import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import inbound
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# At HubSpot's INBOUND conference in 2018, Brian Halligan (co-founder with Dharmesh Shah) replaced
# the funnel of lesson 02 with a wheel. The customer sits at its hub; marketing, sales and service
# make up its rim; three drivers turn it:
#
# - **Attract** — marketing earns attention with useful content (a blog, guides) instead of buying
#   it. Content about the problem the product solves brings the right people: **prospects**.
# - **Engage** — sales helps prospects decide. Some become **customers**.
# - **Delight** — service makes customers successful. Delighted customers become **promoters**, and
#   what they tell others attracts the next strangers.
#
# That last step is what the funnel lacks: the wheel's output feeds its input. And 83 % of people
# trust recommendations from people they know (Nielsen, 2015).
#
# **Energy** is the effort a team puts in. **Friction** wastes it: weak content, clumsy sales
# handling, poor service, hand-offs where the customer has to start again. Friction also makes
# unhappy customers, and they talk too.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Auf HubSpots Konferenz INBOUND 2018 ersetzte Brian Halligan (Mitgründer, zusammen mit Dharmesh
# Shah) den Sales Funnel aus Lektion 02 durch ein Rad. In seiner Nabe sitzt der Kunde; Marketing,
# Vertrieb und Service bilden den Kranz; drei Antriebe drehen es:
#
# - **Anziehen** – das Marketing verdient sich Aufmerksamkeit mit nützlichen Inhalten (einem Blog,
#   Ratgebern), statt sie zu kaufen. Inhalte über das Problem, das das Produkt löst, bringen die
#   richtigen Leute: **Interessenten**.
# - **Interagieren** – der Vertrieb hilft den Interessenten bei der Entscheidung. Einige werden
#   **Kunden**.
# - **Begeistern** – der Service macht die Kunden erfolgreich. Begeisterte Kunden werden zu
#   **Fürsprechern**, und was sie anderen erzählen, zieht die nächsten Fremden an.
#
# Genau dieser letzte Schritt fehlt dem Funnel: Was das Rad hervorbringt, treibt es wieder an. Und
# 83 % der Menschen vertrauen Empfehlungen von Leuten, die sie kennen (Nielsen, 2015).
#
# **Energiezufuhr** ist der Aufwand, den ein Team hineinsteckt. **Reibung** verschwendet ihn:
# schwache Inhalte, ungeschickte Betreuung im Verkauf, schlechter Service, Übergaben, bei denen der
# Kunde wieder von vorn anfangen muss. Reibung macht außerdem Kunden unzufrieden – und auch die
# reden.

# %% [markdown]
# ## The model
#
# Every person in a market of one million is in exactly one of five **stocks**:
#
# ```
#  strangers ──attract──▶ prospects ──engage──▶ customers ──delight──▶ promoters
#      ▲                      │                     │                     │
#      │                      └── lose interest ────┴────── churn ────────┴──▶ left the wheel
#      └──────────── word of mouth (promoters strongly, customers weakly) ◀───┘
# ```
#
# **Churn** means customers who stop buying and leave: they cancel a subscription, switch to a
# competitor or simply drift away. Churned customers and promoters, and prospects who lose interest
# before they buy, end up in *left the wheel*.
#
# **Energy is money spent on a driver**: one unit is 1,000 € a month. Marketing's money buys
# content, and content keeps working after it is paid for, so it piles up in a sixth stock,
# **content still working**, that fades slowly. **Friction** on a driver is the share of its effect
# that is lost; service friction also makes customers unhappy, and they speak *against* the brand.
#
# **Which numbers are invented.** All the model's response constants are invented for teaching,
# but chosen so that the default wheel lands inside published ranges (sources in
# `data/README.md`): one prospect in nine buys (inbound leads close at about 15 %, outbound leads
# under 2 %); 3.6 % of the customers churn each month (subscriptions: 4–7 %); a third become
# promoters; word of mouth brings half the new prospects after five years (McKinsey: it drives
# 20–50 % of purchase decisions); a customer costs about 40 €. The shape is the lesson, not the
# exact numbers.
#
# <details><summary>For the curious: the equations</summary>
#
# Each month, in steps of a quarter month:
#
# - **content** grows by the marketing energy and loses 1/9 of itself a month (a mean life of nine
#   months). Its **pull** is proportional to the content still working.
# - **attract** = (1 − marketing friction) × strangers × (pull + word of mouth). Word of mouth adds
#   up the voices in the wheel, each relative to the whole market: promoters loudly, happy
#   customers quietly, unhappy customers (the share that service friction hits) with a minus sign.
#   It never drops below zero.
# - **engage** = (1 − sales friction) × (a base rate + a rate that grows with sales energy) ×
#   prospects. Prospects also lose interest, more so with sales friction.
# - **delight** = (1 − service friction) × (a base rate + a rate that grows with service energy) ×
#   customers. Customers and promoters churn, more so with service friction.
#
# Every flow leaves one stock and enters another, so the five stocks of people always add up to the
# market. `inbound.InboundParams` lists every constant with its unit and range;
# `inbound.simulate` runs the model. An independent engine (PySD, running the same model written in
# Vensim's language) reproduces every month to the last digit.
#
# </details>
#
# The default wheel gets 4, 3 and 3 units for marketing, sales and service, with 20 % friction on
# each. Over five years:

# %% [markdown de]
# ## Das Modell
#
# Jeder Mensch in einem Markt von einer Million steckt in genau einem von fünf **Beständen**:
#
# ```
#  Fremde ──anziehen──▶ Interessenten ──interagieren──▶ Kunden ──begeistern──▶ Fürsprecher
#     ▲                       │                            │                        │
#     │                       └── verlieren Interesse ─────┴───── Abwanderung ──────┴──▶ Ausgestiegen
#     └────────────────────── Mundpropaganda (Fürsprecher stark, Kunden schwach) ◀──┘
# ```
#
# **Abwanderung** heißt: Kunden hören auf zu kaufen und gehen. Sie kündigen ein Abo, wechseln zur
# Konkurrenz oder verlieren sich einfach. Abgewanderte Kunden und Fürsprecher landen bei
# *Ausgestiegen*, ebenso Interessenten, die vor dem Kauf das Interesse verlieren.
#
# **Energiezufuhr ist Geld, das in einen Antrieb fließt**: Eine Einheit sind 1.000 € im Monat. Mit
# dem Geld des Marketings entstehen Inhalte, und Inhalte wirken weiter, wenn sie längst bezahlt
# sind. Deshalb sammeln sie sich in einem sechsten Bestand, den **noch wirkenden Inhalten**, der
# langsam verblasst. **Reibung** an einem Antrieb ist der Anteil seiner Wirkung, der verloren geht.
# Reibung im Service macht außerdem Kunden unzufrieden, und die reden *gegen* die Marke.
#
# **Welche Zahlen erfunden sind.** Alle Konstanten des Modells sind für den Unterricht erfunden.
# Sie sind aber so gewählt, dass das Rad mit den Startwerten in veröffentlichten
# Spannen landet (Quellen in `data/README.md`): Von neun Interessenten kauft einer (Interessenten
# aus Inbound kaufen zu etwa 15 %, kalt angesprochene zu unter 2 %); 3,6 % der Kunden wandern jeden
# Monat ab (Abonnements: 4–7 %); ein Drittel wird zu Fürsprechern; nach fünf Jahren bringt die
# Mundpropaganda die Hälfte der neuen Interessenten (laut McKinsey beeinflusst sie 20–50 % der
# Kaufentscheidungen); ein Kunde kostet etwa 40 €. Es kommt auf die Form an, nicht auf die genauen
# Zahlen.
#
# <details><summary>Für Neugierige: die Gleichungen</summary>
#
# Jeden Monat, in Schritten von einem Viertelmonat:
#
# - Die **Inhalte** wachsen um die Energiezufuhr des Marketings und verlieren jeden Monat 1/9 ihres
#   Bestands (sie wirken im Mittel neun Monate). Ihr **Sog** ist proportional zu den noch wirkenden
#   Inhalten.
# - **anziehen** = (1 − Reibung im Marketing) × Fremde × (Sog + Mundpropaganda). Die Mundpropaganda
#   zählt die Stimmen im Rad zusammen, jede im Verhältnis zum ganzen Markt: Fürsprecher laut,
#   zufriedene Kunden leise, unzufriedene Kunden (der Anteil, den die Reibung im Service trifft) mit
#   Minuszeichen. Unter null fällt sie nie.
# - **interagieren** = (1 − Reibung im Vertrieb) × (eine Grundrate + eine Rate, die mit der
#   Energiezufuhr des Vertriebs wächst) × Interessenten. Interessenten verlieren auch das Interesse,
#   mit Reibung im Vertrieb häufiger.
# - **begeistern** = (1 − Reibung im Service) × (eine Grundrate + eine Rate, die mit der
#   Energiezufuhr des Service wächst) × Kunden. Kunden und Fürsprecher wandern ab, mit Reibung im
#   Service häufiger.
#
# Jeder Fluss verlässt einen Bestand und mündet in einen anderen. Deshalb ergeben die fünf Bestände
# an Menschen zusammen immer den ganzen Markt. `inbound.InboundParams` führt jede Konstante mit
# Einheit und Spanne auf; `inbound.simulate` rechnet das Modell. PySD, ein unabhängiges Programm,
# rechnet dasselbe Modell in Vensim-Notation nach und kommt in jedem Monat auf dieselben Werte, bis
# auf die letzte Stelle.
#
# </details>
#
# Das Rad mit den Startwerten bekommt 4, 3 und 3 Einheiten für Marketing, Vertrieb und Service, mit
# je 20 % Reibung. Über fünf Jahre:

# %% [curious]
par = inbound.InboundParams()
run = inbound.simulate(par, months=60)
run.loc[[0, 12, 24, 36, 48, 60], ["strangers", "prospects", "customers", "promoters", "left",
                                  "content", "new_customers", "cumulative_customers"]].round(0)

# %% [curious de]
par = inbound.InboundParams()
run = inbound.simulate(par, months=60)
fw.table(run.loc[[0, 12, 24, 36, 48, 60], ["strangers", "prospects", "customers", "promoters",
                                           "left", "content", "new_customers",
                                           "cumulative_customers"]], decimals=0)

# %% [curious]
# NBVAL_CHECK_OUTPUT
won = run["cumulative_customers"]
word = run["by_word_of_mouth"] / run["attracted"]
last = run.iloc[-1]
print(f"customers won: {won[12]:,.0f} in the first year, {won[60]:,.0f} in five years "
      f"({won[60] / par.market:.1%} of the market)")
print(f"new customers a month: {run.loc[12, 'new_customers']:,.0f} in month 12, "
      f"{run.loc[60, 'new_customers']:,.0f} in month 60")
print(f"prospects who became customers: {won[60] / run['attracted'].sum():.0%}")
print(f"new prospects brought by word of mouth: {word[12]:.0%} in month 12, {word[60]:.0%} in month 60")
print(f"promoters: {last['promoters'] / (last['promoters'] + last['customers']):.0%} "
      f"of the customers on board at the end")
print(f"cost per customer won: {60 * 10_000 / won[60]:.0f} €")
stocks = list(inbound.STOCKS)
print(f"the stocks add up to the market within a millionth of a person: "
      f"{(run[stocks].sum(axis=1) - par.market).abs().max() < 1e-6}")

# %% [output]
# customers won: 729 in the first year, 14,325 in five years (1.4% of the market)
# new customers a month: 131 in month 12, 390 in month 60
# prospects who became customers: 11%
# new prospects brought by word of mouth: 3% in month 12, 48% in month 60
# promoters: 32% of the customers on board at the end
# cost per customer won: 42 €
# the stocks add up to the market within a millionth of a person: True

# %% [curious de]
# NBVAL_CHECK_OUTPUT
won = run["cumulative_customers"]
word = run["by_word_of_mouth"] / run["attracted"]
last = run.iloc[-1]
print(f"gewonnene Kunden: {fw.number(won[12])} im ersten Jahr, {fw.number(won[60])} in fünf "
      f"Jahren ({fw.percent(won[60] / par.market, 1)} des Markts)")
print(f"Neukunden pro Monat: {fw.number(run.loc[12, 'new_customers'])} in Monat 12, "
      f"{fw.number(run.loc[60, 'new_customers'])} in Monat 60")
print(f"Interessenten, die Kunden wurden: {fw.percent(won[60] / run['attracted'].sum())}")
print(f"neue Interessenten durch Mundpropaganda: {fw.percent(word[12])} in Monat 12, "
      f"{fw.percent(word[60])} in Monat 60")
print(f"Fürsprecher: {fw.percent(last['promoters'] / (last['promoters'] + last['customers']))} "
      f"der Kunden an Bord am Ende")
print(f"Kosten pro gewonnenem Kunden: {fw.money(60 * 10_000 / won[60], 0)}")
stocks = list(inbound.STOCKS)
exact = (run[stocks].sum(axis=1) - par.market).abs().max() < 1e-6
print(f"die Bestände ergeben zusammen den Markt, bis auf ein Millionstel einer Person genau: "
      f"{'ja' if exact else 'nein'}")

# %% [output de]
# gewonnene Kunden: 729 im ersten Jahr, 14.325 in fünf Jahren (1,4 % des Markts)
# Neukunden pro Monat: 131 in Monat 12, 390 in Monat 60
# Interessenten, die Kunden wurden: 11 %
# neue Interessenten durch Mundpropaganda: 3 % in Monat 12, 48 % in Monat 60
# Fürsprecher: 32 % der Kunden an Bord am Ende
# Kosten pro gewonnenem Kunden: 42 €
# die Bestände ergeben zusammen den Markt, bis auf ein Millionstel einer Person genau: ja

# %% [markdown]
# The wheel starts slowly and speeds up: 131 new customers in month 12, 390 in month 60. The reason
# is word of mouth. In month 12 almost every new prospect came through the content; in month 60
# almost half came because someone in the wheel talked.

# %% [markdown de]
# Das Rad startet langsam und wird dann schneller: 131 Neukunden in Monat 12, 390 in Monat 60. Der
# Grund ist die Mundpropaganda. In Monat 12 kam fast jeder neue Interessent über die Inhalte; in
# Monat 60 kam fast die Hälfte, weil jemand im Rad davon erzählt hat.

# %% [markdown]
# ## The panel
#
# The panel has one energy slider and one friction slider for each driver:
#
# - **Marketing energy (attract)**, **Sales energy (engage)** and **Service energy (delight)** are
#   the money each team gets, in k€ a month (1 k€ = 1,000 €). Watch the segments of the wheel on
#   the right grow and shrink, and the size (the customers and promoters on board) on its hub.
# - **Friction in marketing**, **Friction in sales** and **Friction in service** are the share of
#   each driver's effect that is lost (the slider names give examples of the causes). Watch the
#   red rim of that driver on the wheel and the gap between the solid and the dotted line in the
#   middle.
#
# Left: the stocks of people (strangers on the right-hand axis). Middle: new customers per month,
# dotted for the same wheel without friction. Right: the wheel. A **segment's width** is its
# driver's share of the energy; the **red rim** shows the customers that driver's friction costs
# (the number beside it), boxed where it costs most. Under the picture: HubSpot's **three factors
# of momentum**, live.

# %% [markdown de]
# ## Das Panel
#
# Das Panel hat für jeden Antrieb einen Regler für die Energiezufuhr und einen für die Reibung:
#
# - **Marketing-Energie (Anziehen)**, **Vertriebs-Energie (Interagieren)** und
#   **Service-Energie (Begeistern)** sind das Geld, das jedes Team bekommt, in Tsd. € pro Monat
#   (1 Tsd. € = 1.000 €). Beobachte, wie die Segmente des Rads rechts wachsen und schrumpfen, und
#   auf seiner Nabe die **Größe**: die Kunden und Fürsprecher an Bord.
# - **Reibung im Marketing (schwache Inhalte, schwache Handlungsaufrufe)**,
#   **Reibung im Vertrieb (schlechte Betreuung im Verkauf)** und
#   **Reibung im Service (schlechter Service, holprige Übergaben)** sind der Anteil der Wirkung
#   jedes Antriebs, der verloren geht; in Klammern stehen Beispiele für Ursachen. Beobachte den roten Rand dieses Antriebs am Rad und die Lücke zwischen
#   der durchgezogenen und der gepunkteten Linie in der Mitte.
#
# Links: die Bestände an Menschen (Fremde auf der rechten Achse). Mitte: Neukunden pro Monat,
# gepunktet für dasselbe Rad ohne Reibung. Rechts: das Rad. Die **Breite eines Segments** ist der
# Anteil seines Antriebs an der Energiezufuhr; der **rote Rand** zeigt die Kunden, die die Reibung
# dieses Antriebs kostet (die Zahl daneben), eingerahmt dort, wo sie am meisten kostet. Unter den
# Reglern stehen HubSpots **drei Faktoren für Schwung**, laufend aktualisiert.

# %%
panels.build("05_inbound_flywheel")

# %% [markdown]
# **Try this**
# 1. Drag **Marketing energy**, **Sales energy** and **Service energy** to 0. Why does nothing
#    happen at all, not even slowly?
# 2. Press Reset and move only **Friction in service** from 20 % to 60 %. Watch the red rim on
#    *Delight* and the new customers per month in the middle.
# 3. With all frictions at 20 %, which driver's friction costs the most? Now set **Friction in
#    marketing** to 40 %. Does the boxed number move?
# 4. Spend the same 10 units as 5, 5 and 0: move **Marketing energy** to 5, **Sales energy** to 5
#    and **Service energy** to 0. Watch the promoters' line on the left and the size on the hub.
#
# <details><summary>Answers</summary>
#
# 1. A wheel at rest stays at rest: with no content there are no prospects, and with no customers
#    there is no word of mouth either.
# 2. The rim on *Delight* thickens, and the new customers stop growing: about 225 a month from
#    month 36 on (224 in month 36, at most 226), against 390 in month 60 with good service. With
#    bad service, word of mouth dies and the wheel no longer accelerates.
# 3. At 20 % each, sales friction costs the most (5,034 customers, against 4,467 for marketing and
#    3,851 for service): it loses buyers at the very moment they decide. At 40 % marketing friction
#    the box moves to *Attract*.
# 4. The wheel wins more customers in five years (19,047 against 14,325) and ends bigger (9,327 on
#    board against 7,903) — but it has only 620 promoters instead of 2,535. Without service it runs
#    on money, not on word of mouth; lesson 06 shows what that means when the money stops.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Zieh **Marketing-Energie (Anziehen)**, **Vertriebs-Energie (Interagieren)** und
#    **Service-Energie (Begeistern)** auf 0. Warum passiert gar nichts, nicht einmal langsam?
# 2. Drück **Zurücksetzen** und bewege nur
#    **Reibung im Service (schlechter Service, holprige Übergaben)** von 20 % auf 60 %. Beobachte
#    den roten Rand an *Begeistern* und die Neukunden pro Monat in der Mitte.
# 3. Bei 20 % Reibung auf jedem Antrieb: Welche Reibung kostet am meisten? Stell jetzt
#    **Reibung im Marketing (schwache Inhalte, schwache Handlungsaufrufe)** auf 40 %. Wandert die
#    eingerahmte Zahl?
# 4. Verteile dieselben 10 Einheiten als 5, 5 und 0: **Marketing-Energie (Anziehen)** auf 5,
#    **Vertriebs-Energie (Interagieren)** auf 5 und **Service-Energie (Begeistern)** auf 0.
#    Beobachte links die Linie der Fürsprecher und die Größe auf der Nabe.
#
# <details><summary>Antworten</summary>
#
# 1. Ein Rad in Ruhe bleibt in Ruhe: Ohne Inhalte gibt es keine Interessenten, und ohne Kunden gibt
#    es auch keine Mundpropaganda.
# 2. Der Rand an *Begeistern* wird dicker, und die Neukunden wachsen nicht mehr: ab Monat 36 etwa
#    225 pro Monat (224 in Monat 36, höchstens 226), gegenüber 390 in Monat 60 mit gutem Service.
#    Mit schlechtem Service stirbt die Mundpropaganda, und das Rad beschleunigt nicht mehr.
# 3. Bei je 20 % kostet die Reibung im Vertrieb am meisten (5.034 Kunden, gegenüber 4.467 im
#    Marketing und 3.851 im Service): Hier gehen Käufer genau in dem Moment verloren, in dem sie
#    sich entscheiden. Bei 40 % Reibung im Marketing wandert der Rahmen zu *Anziehen*.
# 4. Das Rad gewinnt in fünf Jahren mehr Kunden (19.047 gegenüber 14.325) und ist am Ende größer
#    (9.327 an Bord gegenüber 7.903) – aber es hat nur 620 Fürsprecher statt 2.535. Ohne Service
#    läuft es mit Geld, nicht mit Mundpropaganda. Lektion 06 zeigt, was das heißt, wenn das Geld
#    ausbleibt.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
from flywheel_lib.panels import inbound as inbound_panels

start = dict(marketing=4.0, sales=3.0, service=3.0, friction_marketing=0.2,
             friction_sales=0.2, friction_service=0.2)
new = inbound_panels.wheel_model(**{**start, "friction_service": 0.6}).frame["new_customers"]
print(f"service friction 60 %: {new[36]:.0f} new customers in month 36, the most ({new.max():.0f}) "
      f"in month {new.idxmax()}, {new[60]:.0f} in month 60")
worst = inbound_panels.wheel_model(**{**start, "friction_marketing": 0.4}).costs
print(f"marketing friction 40 %: friction costs most in {worst.idxmax()}")
for label, energies in (("4, 3, 3", {}), ("5, 5, 0", dict(marketing=5.0, sales=5.0, service=0.0))):
    r = inbound_panels.wheel_model(**{**start, **energies})
    last = r.frame.iloc[-1]
    print(f"energies {label}: {last['cumulative_customers']:,.0f} customers won, size "
          f"{r.momentum['size']:,.0f}, promoters {last['promoters']:,.0f}")

# %% [output]
# service friction 60 %: 224 new customers in month 36, the most (226) in month 43, 222 in month 60
# marketing friction 40 %: friction costs most in marketing
# energies 4, 3, 3: 14,325 customers won, size 7,903, promoters 2,535
# energies 5, 5, 0: 19,047 customers won, size 9,327, promoters 620

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
from flywheel_lib.panels import inbound as inbound_panels

DRIVERS = {"marketing": "Marketing", "sales": "Vertrieb", "service": "Service"}
start = dict(marketing=4.0, sales=3.0, service=3.0, friction_marketing=0.2,
             friction_sales=0.2, friction_service=0.2)
new = inbound_panels.wheel_model(**{**start, "friction_service": 0.6}).frame["new_customers"]
print(f"Reibung im Service 60 %: {fw.number(new[36])} Neukunden in Monat 36, die meisten "
      f"({fw.number(new.max())}) in Monat {new.idxmax()}, {fw.number(new[60])} in Monat 60")
worst = inbound_panels.wheel_model(**{**start, "friction_marketing": 0.4}).costs
print(f"Reibung im Marketing 40 %: am meisten kostet die Reibung im Bereich "
      f"{DRIVERS[worst.idxmax()]}")
for label, energies in (("4, 3, 3", {}), ("5, 5, 0", dict(marketing=5.0, sales=5.0, service=0.0))):
    r = inbound_panels.wheel_model(**{**start, **energies})
    last = r.frame.iloc[-1]
    print(f"Energiezufuhr {label}: {fw.number(last['cumulative_customers'])} Kunden gewonnen, "
          f"Größe {fw.number(r.momentum['size'])}, Fürsprecher {fw.number(last['promoters'])}")

# %% [output de]
# Reibung im Service 60 %: 224 Neukunden in Monat 36, die meisten (226) in Monat 43, 222 in Monat 60
# Reibung im Marketing 40 %: am meisten kostet die Reibung im Bereich Marketing
# Energiezufuhr 4, 3, 3: 14.325 Kunden gewonnen, Größe 7.903, Fürsprecher 2.535
# Energiezufuhr 5, 5, 0: 19.047 Kunden gewonnen, Größe 9.327, Fürsprecher 620

# %% [markdown]
# ## Where friction bites
#
# With 20 % friction on each driver, the wheel wins 61 % fewer customers than the same energy
# would without friction. If the three losses simply multiplied, 0.8 × 0.8 × 0.8 = 51 % would be
# left. Only 39 % is left, because friction **compounds**: every customer lost is also a voice lost
# for the next ones, and every unhappy customer talks against the brand.
#
# This is HubSpot's second factor of momentum. The first is **speed** — how many people move one
# step round the wheel in a month, with the **force** behind it (the energy that gets past
# friction); the third is **size** — the customers and promoters on board:

# %% [markdown de]
# ## Wo die Reibung bremst
#
# Mit 20 % Reibung auf jedem Antrieb gewinnt das Rad 61 % weniger Kunden, als dieselbe
# Energiezufuhr ohne Reibung gewinnen würde. Würden sich die drei Verluste einfach multiplizieren,
# blieben 0,8 × 0,8 × 0,8 = 51 % übrig. Es bleiben aber nur 39 %, denn Reibung **verstärkt sich**:
# Jeder verlorene Kunde ist auch eine verlorene Stimme für die nächsten, und jeder unzufriedene
# Kunde redet gegen die Marke.
#
# Das ist HubSpots zweiter Faktor für Schwung. Der erste ist das **Tempo**: wie viele Menschen in
# einem Monat einen Schritt im Rad weiterkommen, mit der **Kraft** dahinter (der Energiezufuhr, die
# nach Abzug der Reibung ankommt). Der dritte ist die **Größe**: die Kunden und Fürsprecher an Bord.

# %% [curious]
# NBVAL_CHECK_OUTPUT
m = inbound.momentum(par, run)
costs = inbound.friction_costs(par, 60)
print(f"speed {m['speed']:,.0f} people/month, force {m['force']:.1f} k€/month, "
      f"friction {m['friction']:.0%}, size {m['size']:,.0f}")
print("customers each friction costs:", {d: f"{c:,.0f}" for d, c in costs.items()})

# %% [output]
# speed 3,733 people/month, force 8.0 k€/month, friction 61%, size 7,903
# customers each friction costs: {'marketing': '4,467', 'sales': '5,034', 'service': '3,851'}

# %% [curious de]
# NBVAL_CHECK_OUTPUT
m = inbound.momentum(par, run)
costs = inbound.friction_costs(par, 60)
print(f"Tempo {fw.number(m['speed'])} Personen/Monat, Kraft {fw.number(m['force'], '.1f')} "
      f"Tsd. €/Monat, Reibung {fw.percent(m['friction'])}, Größe {fw.number(m['size'])}")
print("Kunden, die jede Reibung kostet: "
      + ", ".join(f"{DRIVERS[d]} {fw.number(c)}" for d, c in costs.items()))

# %% [output de]
# Tempo 3.733 Personen/Monat, Kraft 8,0 Tsd. €/Monat, Reibung 61 %, Größe 7.903
# Kunden, die jede Reibung kostet: Marketing 4.467, Vertrieb 5.034, Service 3.851

# %% [markdown]
# ## The right people, and customers who buy again
#
# A second panel adds two levers to the same default wheel:
#
# - **Attract the right people.** Content can aim at everybody or at the people the product is
#   for. Broad content reaches more strangers, but few of them have the problem the product
#   solves: they rarely buy, and those who do are rarely delighted and leave sooner. The slider
#   **Content aimed beyond the right people** runs from 0 % (only those the product is for: the
#   inbound ideal) to 100 % (everybody). Watch the prospects on the left and the customers on
#   board in the middle.
# - **After-sales content starts a new buying journey.** Tips and how-tos for people who already
#   bought bring them back to buy again, with a shorter decision than the first time. Its slider,
#   **After-sales content**, is the money spent on it in k€ a month. Watch the repeat purchases on
#   the right.
#
# Dashed lines: the same wheel with content for the right people only and no after-sales content.

# %% [markdown de]
# ## Die richtigen Leute, und Kunden, die wieder kaufen
#
# Ein zweites Panel gibt demselben Rad mit den Startwerten zwei weitere Hebel:
#
# - **Die richtigen Leute anziehen.** Inhalte können auf alle zielen oder auf die Menschen, für
#   die das Produkt gedacht ist. Breite Inhalte erreichen mehr Fremde, aber nur wenige von ihnen
#   haben das Problem, das das Produkt löst. Sie kaufen selten, und wer doch kauft, ist selten
#   begeistert und geht früher. Der Regler
#   **Inhalte über die richtigen Leute hinaus (0 % = nur für die, für die das Produkt gedacht ist)**
#   reicht bis 100 % (alle); 0 % ist das Inbound-Ideal. Beobachte links die Interessenten und in
#   der Mitte die Kunden an Bord.
# - **After-Sales-Inhalte starten einen neuen Kaufprozess.** Tipps und Anleitungen für Leute, die
#   schon gekauft haben, bringen sie zu einem weiteren Kauf zurück, und diesmal entscheiden sie
#   schneller als beim ersten Mal. Der zugehörige Regler,
#   **After-Sales-Inhalte (neue Kaufprozesse)**, ist das Geld, das dafür ausgegeben wird, in Tsd. €
#   pro Monat. Beobachte rechts die Wiederkäufe.
#
# Gestrichelte Linien: dasselbe Rad mit Inhalten nur für die richtigen Leute und ohne
# After-Sales-Inhalte.

# %%
panels.build("05_inbound_flywheel:fit")

# %% [markdown]
# **Try this**
# 5. Move **Content aimed beyond the right people** from 0 % to 100 %. Watch the left chart: more
#    prospects arrive. Then watch the middle chart and the conversion in the text: what happens to
#    the customers on board?
# 6. Back at 0 %, move **After-sales content** from 0 to 2 k€ a month. Watch the green lines on the
#    right. From which month on do repeat purchases outnumber first purchases? How many customers
#    buy again within a year?
#
# <details><summary>Answers</summary>
#
# 5. In the first year the broad wheel attracts 18,271 prospects instead of 10,322, but only 2 % of
#    them buy, and after five years it has 1,040 customers and promoters on board instead of 7,903.
#    Volume is not the goal; fit is.
# 6. With 2 k€ a month, repeat purchases overtake first purchases in month 28; by month 60 there
#    are 687 repeat purchases a month beside 390 first ones, and 65 % of customers buy again within
#    a year (38 % without after-sales content). Kevin Hillstrom calls a shop where more than 60 % of last
#    year's buyers buy again a business in "loyalty mode"; most online shops stay below 40 %.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 5. Bewege
#    **Inhalte über die richtigen Leute hinaus (0 % = nur für die, für die das Produkt gedacht ist)**
#    von 0 % auf 100 %. Beobachte das linke Diagramm: Es kommen mehr Interessenten. Dann beobachte
#    das mittlere Diagramm und im Text den Anteil der Interessenten, die kaufen: Was passiert mit
#    den Kunden an Bord?
# 6. Zurück bei 0 %: Bewege **After-Sales-Inhalte (neue Kaufprozesse)** von 0 auf 2 Tsd. € pro
#    Monat. Beobachte die grünen Linien rechts. Ab welchem Monat gibt es mehr Wiederkäufe als
#    Erstkäufe? Wie viele Kunden kaufen innerhalb eines Jahres wieder?
#
# <details><summary>Antworten</summary>
#
# 5. Im ersten Jahr zieht das breite Rad 18.271 Interessenten an statt 10.322, aber nur 2 % von
#    ihnen kaufen, und nach fünf Jahren hat es 1.040 Kunden und Fürsprecher an Bord statt 7.903.
#    Nicht die Menge ist das Ziel, sondern die Passung.
# 6. Mit 2 Tsd. € pro Monat überholen die Wiederkäufe die Erstkäufe in Monat 28. In Monat 60 stehen
#    687 Wiederkäufe pro Monat neben 390 Erstkäufen, und 65 % der Kunden kaufen innerhalb eines
#    Jahres wieder (38 % ohne After-Sales-Inhalte). Kevin Hillstrom sagt über ein Geschäft, in dem
#    mehr als 60 % der Käufer des Vorjahres wieder kaufen, es sei im „Loyalitätsmodus“
#    (engl. loyalty mode); die meisten Onlineshops bleiben unter 40 %.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
broad, narrow = inbound_panels.fit_model(1.0, 0.0), inbound_panels.fit_model(0.0, 0.0)
for label, r in (("everybody", broad), ("right people only", narrow)):
    last = r.frame.iloc[-1]
    print(f"content for {label}: {r.frame['attracted'].iloc[1:13].sum():,.0f} prospects in the "
          f"first year, {inbound_panels.conversion(r.frame):.0%} of them buy, "
          f"{last['customers'] + last['promoters']:,.0f} on board after 60 months")
after = inbound_panels.fit_model(0.0, 2.0)
f = after.frame
overtake = f.index[(f["repeat_purchases"] > f["new_customers"]) & (f.index > 0)][0]
print(f"after-sales content 2 k€: repeat purchases overtake first purchases in month {overtake}; "
      f"month 60: {f['repeat_purchases'].iloc[-1]:,.0f} repeat, "
      f"{f['new_customers'].iloc[-1]:,.0f} first")
print(f"buy again within a year: {inbound_panels.buy_again_within_a_year(after.params):.0%} with, "
      f"{inbound_panels.buy_again_within_a_year(narrow.params):.0%} without after-sales content")

# %% [output]
# content for everybody: 18,271 prospects in the first year, 2% of them buy, 1,040 on board after 60 months
# content for right people only: 10,322 prospects in the first year, 11% of them buy, 7,903 on board after 60 months
# after-sales content 2 k€: repeat purchases overtake first purchases in month 28; month 60: 687 repeat, 390 first
# buy again within a year: 65% with, 38% without after-sales content

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
broad, narrow = inbound_panels.fit_model(1.0, 0.0), inbound_panels.fit_model(0.0, 0.0)
for label, r in (("für alle", broad), ("nur für die richtigen Leute", narrow)):
    last = r.frame.iloc[-1]
    print(f"Inhalte {label}: {fw.number(r.frame['attracted'].iloc[1:13].sum())} Interessenten "
          f"im ersten Jahr, davon kaufen {fw.percent(inbound_panels.conversion(r.frame))}, "
          f"{fw.number(last['customers'] + last['promoters'])} an Bord nach 60 Monaten")
after = inbound_panels.fit_model(0.0, 2.0)
f = after.frame
overtake = f.index[(f["repeat_purchases"] > f["new_customers"]) & (f.index > 0)][0]
print(f"After-Sales-Inhalte 2 Tsd. €: Wiederkäufe überholen Erstkäufe in Monat {overtake}; "
      f"Monat 60: {fw.number(f['repeat_purchases'].iloc[-1])} Wiederkäufe, "
      f"{fw.number(f['new_customers'].iloc[-1])} Erstkäufe")
print(f"kaufen innerhalb eines Jahres wieder: "
      f"{fw.percent(inbound_panels.buy_again_within_a_year(after.params))} mit, "
      f"{fw.percent(inbound_panels.buy_again_within_a_year(narrow.params))} ohne "
      f"After-Sales-Inhalte")

# %% [output de]
# Inhalte für alle: 18.271 Interessenten im ersten Jahr, davon kaufen 2 %, 1.040 an Bord nach 60 Monaten
# Inhalte nur für die richtigen Leute: 10.322 Interessenten im ersten Jahr, davon kaufen 11 %, 7.903 an Bord nach 60 Monaten
# After-Sales-Inhalte 2 Tsd. €: Wiederkäufe überholen Erstkäufe in Monat 28; Monat 60: 687 Wiederkäufe, 390 Erstkäufe
# kaufen innerhalb eines Jahres wieder: 65 % mit, 38 % ohne After-Sales-Inhalte

# %% [markdown]
# ## Why word of mouth is the engine: the Bass model
#
# In 1969 Frank Bass described how a new product spreads. People adopt it on their own, at a rate
# **p** (advertising, curiosity), or because they hear from those who have it, at a rate **q**
# (word of mouth). Our wheel contains Bass's model as a special case.
#
# Across published studies, p averages 0.03 and q 0.38 a year (Sultan, Farley and Lehmann, 1990).
# So q is 13 times p, and four adopters in five come by word of mouth; without it, only 45 % of the
# market adopts in twenty years instead of nearly all. Our wheel without word of mouth wins 10,879
# customers in five years instead of 14,325. Outside pull starts the wheel; word of mouth makes it
# accelerate.

# %% [markdown de]
# ## Warum Mundpropaganda der Motor ist: das Bass-Modell
#
# 1969 beschrieb Frank Bass, wie sich ein neues Produkt verbreitet. Menschen übernehmen es
# unabhängig von anderen Nutzern, mit einer Rate **p** (äußere Einflüsse wie Werbung), oder weil
# sie von denen hören, die es schon haben, mit einer Rate **q** (Mundpropaganda). Unser Rad enthält
# das Modell von Bass als Sonderfall.
#
# Über veröffentlichte Studien hinweg liegt p im Mittel bei 0,03 und q bei 0,38 pro Jahr (Sultan,
# Farley und Lehmann, 1990). q ist also 13-mal so groß wie p, und vier von fünf Übernehmern
# (engl. adopters) kommen durch Mundpropaganda. Ohne sie übernehmen in zwanzig Jahren nur 45 % des Markts das Produkt statt
# fast alle. Unser Rad ohne Mundpropaganda gewinnt in fünf Jahren 10.879 Kunden statt 14.325. Der
# Sog von außen bringt das Rad in Gang; die Mundpropaganda lässt es schneller werden.

# %% [curious]
# NBVAL_CHECK_OUTPUT
bass = data.load("bass_coefficients")
coef = bass.iloc[0]
p, q = coef["p"] / 12, coef["q"] / 12          # per year → per month
bass_run = inbound.simulate(inbound.bass_setting(p, q, 1_000_000), 240)
adopters = 1_000_000 - bass_run["strangers"]
no_talk = inbound.simulate(inbound.bass_setting(p, 0.0, 1_000_000), 240)
silent = inbound.InboundParams(wom_customers=0.0, wom_promoters=0.0, badmouth=0.0)
print(f"q/p = {q / p:.1f}; share of adopters won by word of mouth: "
      f"{bass_run['by_word_of_mouth'].sum() / bass_run['attracted'].sum():.0%}")
print(f"adopted after 20 years: {adopters[240] / 1e6:.0%} with word of mouth, "
      f"{(1e6 - no_talk['strangers'][240]) / 1e6:.0%} without")
print(f"our wheel without word of mouth: "
      f"{inbound.simulate(silent, 60)['cumulative_customers'][60]:,.0f} customers in five years")

# %% [output]
# q/p = 12.7; share of adopters won by word of mouth: 79%
# adopted after 20 years: 100% with word of mouth, 45% without
# our wheel without word of mouth: 10,879 customers in five years

# %% [curious de]
# NBVAL_CHECK_OUTPUT
bass = data.load("bass_coefficients")
coef = bass.iloc[0]
p, q = coef["p"] / 12, coef["q"] / 12          # pro Jahr → pro Monat
bass_run = inbound.simulate(inbound.bass_setting(p, q, 1_000_000), 240)
adopters = 1_000_000 - bass_run["strangers"]
no_talk = inbound.simulate(inbound.bass_setting(p, 0.0, 1_000_000), 240)
silent = inbound.InboundParams(wom_customers=0.0, wom_promoters=0.0, badmouth=0.0)
print(f"q/p = {fw.number(q / p, '.1f')}; Anteil der Übernehmer, die durch Mundpropaganda kamen: "
      f"{fw.percent(bass_run['by_word_of_mouth'].sum() / bass_run['attracted'].sum())}")
print(f"Übernehmer nach 20 Jahren: {fw.percent(adopters[240] / 1e6)} mit Mundpropaganda, "
      f"{fw.percent((1e6 - no_talk['strangers'][240]) / 1e6)} ohne")
print(f"unser Rad ohne Mundpropaganda: "
      f"{fw.number(inbound.simulate(silent, 60)['cumulative_customers'][60])} Kunden in fünf Jahren")

# %% [output de]
# q/p = 12,7; Anteil der Übernehmer, die durch Mundpropaganda kamen: 79 %
# Übernehmer nach 20 Jahren: 100 % mit Mundpropaganda, 45 % ohne
# unser Rad ohne Mundpropaganda: 10.879 Kunden in fünf Jahren

# %% [markdown]
# <details><summary>For the curious: Bass's formula, and the model against it</summary>
#
# The share *F* of adopters after *t* periods has a closed form, and new adopters peak at *t\**:
#
# $$F(t) = \frac{1 - e^{-(p+q)t}}{1 + \frac{q}{p}\,e^{-(p+q)t}}, \qquad
#   t^* = \frac{\ln(q/p)}{p+q}.$$
#
# Bass's equation keeps its shape when the clock is rescaled, so per month the coefficients are
# p/12 and q/12. `inbound.bass_setting(p, q, market)` switches everything else off — no energy, no
# friction, nobody loses interest or leaves — and then `market − strangers` are Bass's adopters.
# The folded cells below draw the model beside the closed form for twenty years: the largest gap
# is 0.08 % of the market, new adopters peak in month 75 (the formula says 74.3), and after ten
# years 81 % have adopted. The kit's tests check the gap for every *p* from 0.001 to 0.1 and *q*
# from 0 to 1.
#
# </details>

# %% [markdown de]
# <details><summary>Für Neugierige: die Formel von Bass und das Modell im Vergleich</summary>
#
# Der Anteil *F* der Übernehmer nach *t* Perioden hat eine geschlossene Form, und die neuen
# Übernehmer erreichen ihren Höhepunkt bei *t\**:
#
# $$F(t) = \frac{1 - e^{-(p+q)t}}{1 + \frac{q}{p}\,e^{-(p+q)t}}, \qquad
#   t^* = \frac{\ln(q/p)}{p+q}.$$
#
# Die Gleichung von Bass behält ihre Form, wenn man die Zeiteinheit ändert; pro Monat sind die
# Koeffizienten daher p/12 und q/12. `inbound.bass_setting(p, q, market)` schaltet alles andere ab
# (keine Energiezufuhr, keine Reibung, niemand verliert das Interesse oder steigt aus), und dann
# sind `market − strangers` die Übernehmer nach Bass. Die eingeklappten Zellen unten zeichnen das
# Modell neben der geschlossenen Form für zwanzig Jahre: Die größte Abweichung beträgt 0,08 % des
# Markts, die neuen Übernehmer erreichen ihren Höhepunkt in Monat 75 (die Formel sagt 74,3), und
# nach zehn Jahren haben 81 % das Produkt übernommen. Die Tests des Kits prüfen die Abweichung für
# jedes *p* von 0,001 bis 0,1 und jedes *q* von 0 bis 1.
#
# </details>

# %% [curious]
months = np.arange(241)
closed = inbound.bass_adopters(months, p, q, 1_000_000)
fig, (ax_f, ax_n) = plotting.figure(1, 2, width=11, height=3.6)
ax_f.plot(months / 12, adopters / 1e4, label=fw.t("inbound.bass_model"))
ax_f.plot(months / 12, closed / 1e4, linestyle=":", color="black", label=fw.t("inbound.bass_closed"))
ax_f.set_xlabel(fw.t("inbound.bass_years"))
ax_f.set_ylabel(fw.t("inbound.bass_share"))
ax_f.set_title(fw.t("inbound.bass_title"))
ax_f.legend()
ax_n.bar(months[1:] / 12, bass_run["attracted"].iloc[1:], width=1 / 12, color=plotting.PALETTE["sky"])
ax_n.axvline(inbound.bass_peak(p, q) / 12, color="black", linestyle="--", label="t*")
ax_n.set_xlabel(fw.t("inbound.bass_years"))
ax_n.set_ylabel(fw.t("inbound.axis_per_month"))
ax_n.set_title(fw.t("inbound.bass_new_title"))
ax_n.legend()
plotting.show(fig)

# %% [curious]
# NBVAL_CHECK_OUTPUT
gap = (adopters - closed).abs().max() / 1_000_000
print(f"largest gap: {gap:.2%} of the market")
print(f"t* = {inbound.bass_peak(p, q):.1f} months; peak month in the model: "
      f"{bass_run['attracted'].iloc[1:].idxmax()}")
print(f"adopted after 10 years: {adopters[120] / 1_000_000:.0%}")

# %% [output]
# largest gap: 0.08% of the market
# t* = 74.3 months; peak month in the model: 75
# adopted after 10 years: 81%

# %% [curious de]
# NBVAL_CHECK_OUTPUT
gap = (adopters - closed).abs().max() / 1_000_000
print(f"größte Abweichung: {fw.percent(gap, 2)} des Markts")
print(f"t* = {fw.number(inbound.bass_peak(p, q), '.1f')} Monate; Monat mit den meisten neuen "
      f"Übernehmern im Modell: {bass_run['attracted'].iloc[1:].idxmax()}")
print(f"Übernehmer nach 10 Jahren: {fw.percent(adopters[120] / 1_000_000)}")

# %% [output de]
# größte Abweichung: 0,08 % des Markts
# t* = 74,3 Monate; Monat mit den meisten neuen Übernehmern im Modell: 75
# Übernehmer nach 10 Jahren: 81 %

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (7.5 and 7,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A new fitness app spreads mainly by word of mouth: its Bass coefficients are
# p = 0.01 and q = 0.5 per year. After how many **years** does the number of new users a month
# reach its peak? Use t* = ln(q/p) / (p + q) and a calculator.

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drücke auf **Prüfen** (`7,5` und `7.5` gehen beide), oder klicke
# deine Wahl an. Die Prüfung sagt dir sofort, ob deine Antwort stimmt, und wenn nicht, warum;
# **Lösung zeigen** öffnet einen Lösungsweg.
#
# **Aufgabe 1.** Eine neue Fitness-App verbreitet sich vor allem durch Mundpropaganda: Ihre
# Bass-Koeffizienten sind p = 0,01 und q = 0,5 pro Jahr. Nach wie vielen **Jahren** erreicht die
# Zahl der neuen Nutzer pro Monat ihren Höhepunkt? Rechne mit t* = ln(q/p) / (p + q) und einem
# Taschenrechner.

# %%
exercises.ask("05.1")

# %% [markdown]
# **Exercise 2.** In the first panel, note the wheel's **size** (in the text under the picture) at
# the start values. Then set **Friction in service** to 60 %. By how many percent does the size
# fall?

# %% [markdown de]
# **Aufgabe 2.** Notier dir im ersten Panel die **Größe** des Rads (im Text unter der Grafik) bei
# den Startwerten. Stell dann **Reibung im Service (schlechter Service, holprige Übergaben)** auf
# 60 %. Um wie viel Prozent sinkt die Größe?

# %%
exercises.ask("05.2")

# %% [markdown]
# **Exercise 3.** A team runs the start energies but has these frictions: marketing 20 %, sales
# 10 %, service 15 %. Which driver's friction costs the most customers over 60 months? Set
# **Friction in marketing**, **Friction in sales** and **Friction in service** in the first panel
# and look for the boxed number on the wheel.

# %% [markdown de]
# **Aufgabe 3.** Ein Team arbeitet mit der Energiezufuhr der Startwerte, hat aber diese Reibungen:
# Marketing 20 %, Vertrieb 10 %, Service 15 %. Welche Reibung kostet über 60 Monate die meisten
# Kunden? Stell im ersten Panel die drei Regler für die Reibung ein
# (**Reibung im Marketing (schwache Inhalte, schwache Handlungsaufrufe)**,
# **Reibung im Vertrieb (schlechte Betreuung im Verkauf)** und
# **Reibung im Service (schlechter Service, holprige Übergaben)**) und such die eingerahmte Zahl am
# Rad.

# %%
exercises.ask("05.3")

# %% [markdown]
# ## Summary
#
# - Three drivers move people from stranger to promoter: attract, engage, delight.
# - Content is stored energy: it keeps attracting after it is paid for.
# - Friction compounds: three 20 % frictions cost 61 % of the customers, not 49 %.
# - Momentum has three factors: speed (with its force), friction, size.
# - Aim at the right people: broad content brings more prospects and fewer customers. After-sales
#   content makes customers buy again.
# - Word of mouth is the engine: in Bass's model most adopters come because others talked.
#
# Is the wheel then always better than the funnel? Not at the start: a funnel bought with the same
# money wins customers from its first month, while the wheel needs months to get going. And what
# happens when the money stops? **Next:** lesson 06 puts the same money into both, then stops the
# money and watches both for five years.

# %% [markdown de]
# ## Zusammenfassung
#
# - Drei Antriebe bringen Menschen vom Fremden zum Fürsprecher: anziehen, interagieren, begeistern.
# - Inhalte sind gespeicherte Energie: Sie ziehen weiter an, wenn sie längst bezahlt sind.
# - Reibung verstärkt sich: Drei Reibungen von je 20 % kosten 61 % der Kunden, nicht 49 %.
# - Schwung hat drei Faktoren: Tempo (mit seiner Kraft), Reibung, Größe.
# - Ziele auf die richtigen Leute: Breite Inhalte bringen mehr Interessenten und weniger Kunden.
#   After-Sales-Inhalte lassen Kunden wieder kaufen.
# - Mundpropaganda ist der Motor: Im Modell von Bass kommen die meisten Übernehmer, weil andere
#   davon erzählt haben.
#
# Ist das Rad also immer besser als der Funnel? Nicht am Anfang: Ein Funnel, der mit demselben Geld
# bezahlt wird, gewinnt vom ersten Monat an Kunden, während das Rad Monate braucht, um in Gang zu
# kommen. Und was passiert, wenn das Geld ausbleibt? **Weiter:** Lektion 06 steckt dasselbe Geld in
# beide, dreht dann den Geldhahn zu und beobachtet beide fünf Jahre lang.
