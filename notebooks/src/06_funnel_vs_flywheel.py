# %% [markdown]
# # 06 · Funnel vs flywheel: the same budget, two strategies
#
# **Learning goals.** After this lesson you can
# - put the same money into the paid funnel of lesson 02 and the inbound flywheel of lesson 05, and
#   say how the euros become reach in one and energy in the other,
# - compare the two with a table: customers won, cost per customer, and customers still arriving
#   after the money stops,
# - explain why the wheel keeps turning after the money stops, and at what friction it stops too.

# %% [markdown de]
# # 06 · Funnel und Schwungrad: gleiches Budget, zwei Strategien
#
# **Lernziele.** Nach dieser Lektion kannst du
# - dasselbe Geld in den bezahlten Sales Funnel aus Lektion 02 und in das Inbound-Schwungrad aus
#   Lektion 05 stecken und sagen, wie aus dem Geld im einen Reichweite und im anderen Energie
#   wird,
# - beide mit einer Tabelle vergleichen: gewonnene Kunden, Kosten pro Kunde und Kunden, die noch
#   kommen, wenn kein Geld mehr fließt,
# - erklären, warum sich das Schwungrad weiterdreht, wenn das Geld endet, und bei welcher Reibung
#   auch es stehen bleibt.

# %% [curious]
import pandas as pd

import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel, inbound

# %% [curious de]
import pandas as pd

import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import exercises, panels
from flywheel_lib.models import funnel, inbound

# %% [markdown]
# ## The idea in plain words
#
# A company has a marketing budget for a year. It can buy attention — ads that feed the funnel —
# or spend it on the three drivers of an inbound flywheel: content that attracts, sales people who
# engage, service that delights. After a year the money stops. What happens next is the real
# difference: the funnel is open at the bottom, so its customers do nothing for it; the wheel has
# stored energy — published content, customers who talk — so, like the physical flywheel of
# lesson 03, it **coasts**.
#
# We run both for five years with the same money in the same months, and compare.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Ein Unternehmen hat ein Marketingbudget für ein Jahr. Es kann damit Aufmerksamkeit kaufen –
# Anzeigen, die den Funnel füllen – oder das Geld in die drei Antriebe eines Inbound-Schwungrads
# stecken: Inhalte, die Menschen anziehen, Vertriebsleute, die mit Interessenten interagieren,
# Service, der Kunden begeistert. Nach einem Jahr endet das Geld. Was dann passiert, ist der
# eigentliche Unterschied: Der Funnel ist unten offen, seine Kunden tun nichts für ihn. Das
# Schwungrad hat Energie gespeichert – veröffentlichte Inhalte, Kunden, die weitererzählen – und
# **läuft** deshalb wie das physikalische Schwungrad aus Lektion 03 **nach**.
#
# Wir lassen beide fünf Jahre lang laufen, mit demselben Geld in denselben Monaten, und vergleichen.

# %% [markdown]
# ## From euros to reach, from euros to energy
#
# **The funnel** (lessons 01 and 02) buys reach: at 15 € per thousand people reached, its four
# stages (25 % look, 8 % click, 10 % fill a cart, 25 % buy) turn each 1,000 € into 33 customers —
# about 30 € a customer, as long as there is no friction.
#
# **The wheel** (lesson 05) turns money into energy: 40 % of the budget goes to marketing, 30 % each
# to sales and service, one unit per 1,000 € a month. The wheel's response constants are those of
# lesson 05: invented, but calibrated so that a customer costs tens of euros, as in the funnel, and
# its conversion and churn (customers who stop buying and leave) lie in published ranges.
#
# **Friction** is one slider for both: it cuts every stage rate of the funnel and every driver of
# the wheel by the same share. At the 10 % friction used below, each of the funnel's four stages
# keeps only 0.9 of its rate, so 1,000 € bring 33 × 0.9 × 0.9 × 0.9 × 0.9 ≈ 22 customers, and a
# customer costs 45.72 € instead of 30 €.

# %% [markdown de]
# ## Aus Geld wird Reichweite, aus Geld wird Energie
#
# **Der Funnel** (Lektionen 01 und 02) kauft Reichweite: Bei 15 € pro tausend erreichten Personen
# machen seine vier Stufen (25 % schauen hin, 8 % klicken, 10 % legen etwas in den Warenkorb, 25 %
# kaufen) aus je 1.000 € 33 Kunden – etwa 30 € pro Kunde, solange es keine Reibung gibt.
#
# **Das Schwungrad** (Lektion 05) macht aus Geld Energie: 40 % des Budgets gehen ins Marketing, je
# 30 % in Vertrieb und Service, eine Einheit pro 1.000 € im Monat. Wie das Rad darauf reagiert,
# bestimmen dieselben Konstanten wie in Lektion 05: erfunden, aber so eingestellt, dass ein Kunde wie
# im Funnel einige Dutzend Euro kostet und dass seine Konversion und seine Abwanderung (Kunden, die
# nicht mehr kaufen und gehen) in veröffentlichten Bereichen liegen.
#
# **Reibung** ist ein Regler für beide: Sie kürzt jede Stufenquote des Funnels und jeden Antrieb des
# Rads um denselben Anteil. Bei den 10 % Reibung, die wir unten verwenden, behält jede der vier
# Stufen des Funnels nur das 0,9-Fache ihrer Quote. 1.000 € bringen also
# 33 × 0,9 × 0,9 × 0,9 × 0,9 ≈ 22 Kunden, und ein Kunde kostet 45,72 € statt 30 €.

# %% [curious]
# NBVAL_CHECK_OUTPUT
print("5,000 € a month becomes energy (k€/month):",
      {driver: float(e) for driver, e in inbound.energy_from_budget(5000).items()})
reach = 1000 / funnel.DEFAULT_CPM * 1000
customers = reach * funnel.STAGE_RATES[0] * funnel.STAGE_RATES[1] * funnel.STAGE_RATES[2] \
    * funnel.STAGE_RATES[3]
print(f"1,000 € in the funnel: reach {reach:,.0f}, customers {customers:.0f}, "
      f"{1000 / customers:.2f} € each")
with_friction = customers * 0.9 ** 4
print(f"with 10 % friction at every stage: customers {with_friction:.0f}, "
      f"{1000 / with_friction:.2f} € each")

# %% [output]
# 5,000 € a month becomes energy (k€/month): {'marketing': 2.0, 'sales': 1.5, 'service': 1.5}
# 1,000 € in the funnel: reach 66,667, customers 33, 30.00 € each
# with 10 % friction at every stage: customers 22, 45.72 € each

# %% [curious de]
# NBVAL_CHECK_OUTPUT
energy = inbound.energy_from_budget(5000)
print("5.000 € im Monat werden zu Energie (Tsd. € pro Monat): "
      f"Marketing {fw.number(energy['marketing'], '.1f')}, "
      f"Vertrieb {fw.number(energy['sales'], '.1f')}, "
      f"Service {fw.number(energy['service'], '.1f')}")
reach = 1000 / funnel.DEFAULT_CPM * 1000
customers = reach * funnel.STAGE_RATES[0] * funnel.STAGE_RATES[1] * funnel.STAGE_RATES[2] \
    * funnel.STAGE_RATES[3]
print(f"1.000 € im Funnel: Reichweite {fw.number(reach)}, Kunden {fw.number(customers)}, "
      f"je {fw.money(1000 / customers)}")
with_friction = customers * 0.9 ** 4
print(f"mit 10 % Reibung auf jeder Stufe: Kunden {fw.number(with_friction)}, "
      f"je {fw.money(1000 / with_friction)}")

# %% [output de]
# 5.000 € im Monat werden zu Energie (Tsd. € pro Monat): Marketing 2,0, Vertrieb 1,5, Service 1,5
# 1.000 € im Funnel: Reichweite 66.667, Kunden 33, je 30,00 €
# mit 10 % Reibung auf jeder Stufe: Kunden 22, je 45,72 €

# %% [markdown]
# ## One run, side by side: what happens when the money stops
#
# Both get 5,000 € a month for 12 months, with 10 % friction, and we watch them for 60 months.

# %% [markdown de]
# ## Ein Lauf, Seite an Seite: Was passiert, wenn das Geld endet?
#
# Beide bekommen 12 Monate lang 5.000 € im Monat, bei 10 % Reibung, und wir beobachten sie
# 60 Monate lang.

# %% [curious]
run = inbound.compare_with_funnel(
    budget=5000, push_until=12, friction=0.1, months=60)
table = inbound.comparison_table(run, push_until=12)
table.round(2)

# %% [curious de]
run = inbound.compare_with_funnel(
    budget=5000, push_until=12, friction=0.1, months=60)
table = inbound.comparison_table(run, push_until=12)
fw.table(table.replace({"strategy": {"funnel": "Funnel", "wheel": "Schwungrad"}}), decimals=2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
print(run.loc[[1, 12, 13, 15, 24, 36, 60],
              ["funnel_new_customers", "wheel_new_customers"]].round(0).to_string())
wheel = run["wheel_new_customers"]
print(f"the wheel's new customers in the month after the money stopped: "
      f"{wheel[13] / wheel[12] - 1:+.0%}")
for _, row in table.iterrows():
    print(f"{row['strategy']}: {row['customers_won']:,.0f} customers in 60 months, "
          f"{row['cost_per_customer']:.2f} € each, {row['won_after_push']:,.0f} after the money stopped")

# %% [output]
#        funnel_new_customers  wheel_new_customers
# month                                           
# 1                     109.0                  0.0
# 12                    109.0                 66.0
# 13                      0.0                 50.0
# 15                      0.0                 53.0
# 24                      0.0                 35.0
# 36                      0.0                 17.0
# 60                      0.0                  9.0
# the wheel's new customers in the month after the money stopped: -25%
# funnel: 1,312 customers in 60 months, 45.72 € each, 0 after the money stopped
# wheel: 1,482 customers in 60 months, 40.49 € each, 1,119 after the money stopped

# %% [curious de]
# NBVAL_CHECK_OUTPUT
months = [1, 12, 13, 15, 24, 36, 60]
new = run.loc[months, ["funnel_new_customers", "wheel_new_customers"]]
new.columns = ["Neukunden im Funnel", "Neukunden im Schwungrad"]
print(new.round(0).astype(int).rename_axis("Monat").to_string())
wheel = run["wheel_new_customers"]
change = fw.percent(wheel[13] / wheel[12] - 1).replace("-", "−")   # mit echtem Minuszeichen
print(f"Neukunden des Schwungrads im Monat nach dem Ende des Geldes, verglichen mit dem "
      f"Monat davor: {change}")
names = {"funnel": "Funnel", "wheel": "Schwungrad"}
for _, row in table.iterrows():
    print(f"{names[row['strategy']]}: {fw.number(row['customers_won'])} Kunden in 60 Monaten, "
          f"je {fw.money(row['cost_per_customer'])}, {fw.number(row['won_after_push'])} "
          f"nach dem Ende des Geldes")

# %% [output de]
#        Neukunden im Funnel  Neukunden im Schwungrad
# Monat                                              
# 1                      109                        0
# 12                     109                       66
# 13                       0                       50
# 15                       0                       53
# 24                       0                       35
# 36                       0                       17
# 60                       0                        9
# Neukunden des Schwungrads im Monat nach dem Ende des Geldes, verglichen mit dem Monat davor: −25 %
# Funnel: 1.312 Kunden in 60 Monaten, je 45,72 €, 0 nach dem Ende des Geldes
# Schwungrad: 1.482 Kunden in 60 Monaten, je 40,49 €, 1.119 nach dem Ende des Geldes

# %% [markdown]
# The funnel delivers from the first month, 109 customers every month of the push — and none from
# month 13 on. The wheel starts slowly (hardly any in month 1, 66 in month 12): content has to be
# found, prospects need time to decide, and there are no promoters yet.
#
# When the money stops, the wheel does **not** stop. Its new customers fall by a quarter in month
# 13, then even rise a little, and then shrink slowly: 35 in month 24, 17 in month 36. Three things
# keep it turning, and each is a kind of stored energy:
#
# - **Content keeps working.** Guides and posts published during the push still bring readers;
#   they age, losing a ninth of their pull a month (a mean life of nine months, as in lesson 05).
#   HubSpot even found that some blog posts bring more visitors years after they were written.
# - **Prospects still decide.** Most of them buy without a sales call, helped by the content. Only
#   the part the sales team added is gone at once — that is the quarter lost in month 13.
# - **Customers keep talking.** Promoters bring new prospects whether anyone pays or not.
#
# Three quarters of the wheel's 1,482 customers arrive after the money stopped. Over five years it
# wins more than the funnel, each customer for less.

# %% [markdown de]
# Der Funnel liefert ab dem ersten Monat, 109 Kunden in jedem Monat mit Geld – und ab Monat 13
# keinen einzigen mehr. Das Schwungrad läuft langsam an (in Monat 1 kaum jemand, in Monat 12 sind
# es 66): Inhalte müssen erst gefunden werden, Interessenten brauchen Zeit für ihre Entscheidung,
# und Fürsprecher gibt es noch keine.
#
# Wenn das Geld endet, bleibt das Schwungrad **nicht** stehen. Seine Neukunden fallen in Monat 13
# um ein Viertel, steigen dann sogar ein wenig und werden danach langsam weniger: 35 in Monat 24,
# 17 in Monat 36. Drei Dinge halten es in Gang, und jedes ist eine Art gespeicherter Energie:
#
# - **Inhalte wirken weiter.** Ratgeber und Beiträge, die während des Anstoßes erschienen sind,
#   bringen weiter Leser. Sie altern und verlieren jeden Monat ein Neuntel ihrer Anziehungskraft
#   (sie wirken im Mittel neun Monate, wie in Lektion 05). HubSpot hat sogar festgestellt, dass
#   manche Blogbeiträge Jahre nach ihrem Erscheinen mehr Besucher bringen.
# - **Interessenten entscheiden weiter.** Die meisten kaufen ohne Verkaufsgespräch, mithilfe der
#   Inhalte. Nur der Teil, den das Vertriebsteam beigetragen hat, fällt sofort weg – das ist das
#   Viertel, das in Monat 13 fehlt.
# - **Kunden reden weiter.** Fürsprecher bringen neue Interessenten, ob jemand bezahlt oder nicht.
#
# Drei Viertel der 1.482 Kunden des Schwungrads kommen erst nach dem Ende des Geldes. Über fünf
# Jahre gewinnt es mehr Kunden als der Funnel, und jeden davon billiger.

# %% [markdown]
# ## The panel
#
# The panel has three sliders:
#
# - **Budget for both (energy input)**: the money each strategy gets every month. Does more money
#   bring more customers to both in the same proportion?
# - **Money stops after month**: the last month with money (the grey band; the dashed line marks
#   the stop). Watch each line after the dashed line.
# - **Friction (every funnel stage, every driver)**: cuts every funnel stage and every driver of the
#   wheel by the same share. Which strategy loses more?
#
# The funnel is red, the flywheel green: new customers per month on the left, customers won so far
# on the right. The table under the plots and the text under the picture compare the two. The
# buttons load prepared **scenarios**; *Next scenario* steps through them and shows what to watch.

# %% [markdown de]
# ## Das Panel
#
# Das Panel hat drei Regler:
#
# - **Budget für beide (Energiezufuhr)**: das Geld, das jede Strategie jeden Monat bekommt. Bringt
#   mehr Geld beiden im gleichen Verhältnis mehr Kunden?
# - **Geld fließt bis Monat**: der letzte Monat mit Geld (das graue Band; die gestrichelte Linie
#   markiert das Ende). Achte auf jede Linie nach der gestrichelten Linie.
# - **Reibung (jede Funnel-Stufe, jeder Antrieb)**: kürzt jede Stufe des Funnels und jeden Antrieb
#   des Schwungrads um denselben Anteil. Welche Strategie verliert mehr?
#
# Der Funnel ist rot, das Schwungrad grün: links die Neukunden pro Monat, rechts die bisher
# gewonnenen Kunden. Die Tabelle unter den Grafiken und der Text unter der Grafik vergleichen die
# beiden. Die Knöpfe laden vorbereitete **Szenarien**; *Nächstes Szenario* geht sie der Reihe nach
# durch und zeigt, worauf du achten solltest.

# %%
panels.build("06_funnel_vs_flywheel")

# %% [markdown]
# **Try this**
# 1. Click *Standard* and find the month in which the green line overtakes the red one on the
#    right. Then drag **Money stops after month** from 12 to 36: how far ahead is the wheel in
#    month 60 now?
# 2. Click *No friction*, then *Much friction*, and watch the green line after the dashed line.
#    How long does the wheel coast in each?
# 3. Click *Money all the time* and watch the left chart: when does the wheel win more new customers
#    a month than the funnel?
# 4. Set **Budget for both** to 0. Does either strategy win anyone?
#
# <details><summary>Answers</summary>
#
# 1. In month 44, in both cases. With money for 12 months the wheel ends 13 % ahead (1,482
#    against 1,312 customers); with money for 36 months, 28 % ahead (5,032 against 3,937).
# 2. Without friction it coasts for years: two years after the money stopped it still wins about
#    40 % of what it won in month 12. With 50 % friction it is down to an eighth after two years.
# 3. From month 22 on; by month 60 it wins about twice as many a month as the funnel.
# 4. Neither: in this model nobody becomes a customer without any content or advertising.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Klick auf *Standard* und such den Monat, in dem die grüne Linie in der rechten Grafik die rote
#    überholt. Zieh dann **Geld fließt bis Monat** von 12 auf 36: Wie weit liegt das Schwungrad
#    jetzt in Monat 60 vorn?
# 2. Klick auf *Ohne Reibung*, dann auf *Viel Reibung*, und beobachte die grüne Linie nach der
#    gestrichelten Linie. Wie lange läuft das Rad jeweils nach?
# 3. Klick auf *Geld die ganze Zeit* und beobachte die linke Grafik: Ab wann gewinnt das Schwungrad
#    pro Monat mehr Neukunden als der Funnel?
# 4. Stell **Budget für beide (Energiezufuhr)** auf 0. Gewinnt eine der beiden Strategien überhaupt jemanden?
#
# <details><summary>Antworten</summary>
#
# 1. In beiden Fällen in Monat 44. Mit Geld für 12 Monate liegt das Schwungrad am Ende 13 % vorn
#    (1.482 gegen 1.312 Kunden), mit Geld für 36 Monate 28 % (5.032 gegen 3.937).
# 2. Ohne Reibung läuft es jahrelang nach: Zwei Jahre nach dem Ende des Geldes gewinnt es noch etwa
#    40 % dessen, was es in Monat 12 gewann. Bei 50 % Reibung ist es nach zwei Jahren auf ein Achtel
#    gefallen.
# 3. Ab Monat 22; in Monat 60 gewinnt es pro Monat etwa doppelt so viele Kunden wie der Funnel.
# 4. Keine von beiden: In diesem Modell wird niemand Kunde, wenn es weder Inhalte noch Werbung gibt.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
for stop in (12, 36):
    r = inbound.compare_with_funnel(5000, stop, 0.1)
    wheel, paid = r["wheel_cumulative_customers"], r["funnel_cumulative_customers"]
    print(f"money until month {stop}: the wheel is ahead from month {(wheel > paid).idxmax()}; "
          f"month 60: {wheel[60]:,.0f} against {paid[60]:,.0f} ({wheel[60] / paid[60] - 1:.0%} ahead)")
for f in (0.0, 0.5):
    new = inbound.compare_with_funnel(5000, 12, f)["wheel_new_customers"]
    print(f"friction {f:.0%}: new customers in month 36 = {new[36] / new[12]:.0%} of month 12")
r = inbound.compare_with_funnel(5000, 60, 0.1)
wheel, paid = r["wheel_new_customers"], r["funnel_new_customers"]
print(f"money all the time: the wheel wins more a month from month {(wheel > paid).idxmax()}; "
      f"in month 60 {wheel[60] / paid[60]:.2f} times as many")
r = inbound.compare_with_funnel(0, 12, 0.1)
print(f"budget 0: {r['funnel_cumulative_customers'][60]:.0f} and "
      f"{r['wheel_cumulative_customers'][60]:.0f} customers")

# %% [output]
# money until month 12: the wheel is ahead from month 44; month 60: 1,482 against 1,312 (13% ahead)
# money until month 36: the wheel is ahead from month 44; month 60: 5,032 against 3,937 (28% ahead)
# friction 0%: new customers in month 36 = 39% of month 12
# friction 50%: new customers in month 36 = 13% of month 12
# money all the time: the wheel wins more a month from month 22; in month 60 1.95 times as many
# budget 0: 0 and 0 customers

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
for stop in (12, 36):
    r = inbound.compare_with_funnel(5000, stop, 0.1)
    wheel, paid = r["wheel_cumulative_customers"], r["funnel_cumulative_customers"]
    print(f"Geld bis Monat {stop}: das Schwungrad liegt ab Monat {(wheel > paid).idxmax()} vorn; "
          f"Monat 60: {fw.number(wheel[60])} gegen {fw.number(paid[60])} "
          f"({fw.percent(wheel[60] / paid[60] - 1)} vorn)")
for f in (0.0, 0.5):
    new = inbound.compare_with_funnel(5000, 12, f)["wheel_new_customers"]
    print(f"Reibung {fw.percent(f)}: Neukunden in Monat 36 = {fw.percent(new[36] / new[12])} "
          f"von Monat 12")
r = inbound.compare_with_funnel(5000, 60, 0.1)
wheel, paid = r["wheel_new_customers"], r["funnel_new_customers"]
print(f"Geld die ganze Zeit: das Schwungrad gewinnt ab Monat {(wheel > paid).idxmax()} mehr pro "
      f"Monat; in Monat 60 {fw.number(wheel[60] / paid[60], '.2f')}-mal so viele")
r = inbound.compare_with_funnel(0, 12, 0.1)
print(f"Budget 0: {fw.number(r['funnel_cumulative_customers'][60])} und "
      f"{fw.number(r['wheel_cumulative_customers'][60])} Kunden")

# %% [output de]
# Geld bis Monat 12: das Schwungrad liegt ab Monat 44 vorn; Monat 60: 1.482 gegen 1.312 (13 % vorn)
# Geld bis Monat 36: das Schwungrad liegt ab Monat 44 vorn; Monat 60: 5.032 gegen 3.937 (28 % vorn)
# Reibung 0 %: Neukunden in Monat 36 = 39 % von Monat 12
# Reibung 50 %: Neukunden in Monat 36 = 13 % von Monat 12
# Geld die ganze Zeit: das Schwungrad gewinnt ab Monat 22 mehr pro Monat; in Monat 60 1,95-mal so viele
# Budget 0: 0 und 0 Kunden

# %% [markdown]
# ## The longer the push, the cheaper the wheel
#
# The funnel's cost per customer never changes: 45.72 € whether the money flows for 3 months or 36.
# The wheel gets cheaper the longer it is pushed, because each month of content and each customer
# keep working: 43.49 € with a 3-month push, 35.77 € with 36 months.

# %% [markdown de]
# ## Je länger der Anstoß, desto billiger das Schwungrad
#
# Die Kosten pro Kunde ändern sich im Funnel nie: 45,72 €, ob das Geld 3 Monate fließt oder 36. Das
# Schwungrad wird billiger, je länger der Anstoß dauert, denn jeder Monat mit Inhalten und jeder
# Kunde wirken weiter: 43,49 € bei 3 Monaten Anstoß, 35,77 € bei 36 Monaten.

# %% [curious]
# NBVAL_CHECK_OUTPUT
rows = []
for stop in (3, 12, 24, 36):
    t = inbound.comparison_table(inbound.compare_with_funnel(5000, stop, 0.1), stop).set_index("strategy")
    rows.append({"money until month": stop,
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "funnel €/customer": round(t.loc["funnel", "cost_per_customer"], 2),
                 "wheel €/customer": round(t.loc["wheel", "cost_per_customer"], 2)})
print(pd.DataFrame(rows).to_string(index=False))

# %% [output]
#  money until month  funnel customers  wheel customers  funnel €/customer  wheel €/customer
#                  3               328              345              45.72             43.49
#                 12              1312             1482              45.72             40.49
#                 24              2624             3234              45.72             37.10
#                 36              3937             5032              45.72             35.77

# %% [curious de]
# NBVAL_CHECK_OUTPUT
rows = []
for stop in (3, 12, 24, 36):
    t = inbound.comparison_table(inbound.compare_with_funnel(5000, stop, 0.1), stop).set_index("strategy")
    rows.append({"Geld bis Monat": stop,
                 "Kunden Funnel": fw.number(t.loc["funnel", "customers_won"]),
                 "Kunden Schwungrad": fw.number(t.loc["wheel", "customers_won"]),
                 "€/Kunde Funnel": fw.number(t.loc["funnel", "cost_per_customer"], ".2f"),
                 "€/Kunde Schwungrad": fw.number(t.loc["wheel", "cost_per_customer"], ".2f")})
print(pd.DataFrame(rows).to_string(index=False))

# %% [output de]
#  Geld bis Monat Kunden Funnel Kunden Schwungrad €/Kunde Funnel €/Kunde Schwungrad
#               3           328               345          45,72              43,49
#              12         1.312             1.482          45,72              40,49
#              24         2.624             3.234          45,72              37,10
#              36         3.937             5.032          45,72              35,77

# %% [markdown]
# This is the flywheel's *slow acceleration* from lesson 03 in money terms: it asks for patience and
# steady effort, and pays back later.

# %% [markdown de]
# Das ist das *langsame Anlaufen* des Schwungrads aus Lektion 03, in Geld ausgedrückt: Es verlangt
# Geduld und stetigen Einsatz und zahlt sich später aus.

# %% [markdown]
# ## With enough friction, the wheel runs down too
#
# Friction hurts both, in different ways. In the funnel it compounds over four stages: at 50 %
# friction only 6 % of the customers are left. The wheel loses less during the push, but friction
# also silences its word of mouth and loses its prospects, so after the money stops it runs down
# faster: at 10 % friction it still wins 9 customers in month 60, at 30 % under one.

# %% [markdown de]
# ## Bei genug Reibung läuft auch das Schwungrad aus
#
# Reibung schadet beiden, aber auf verschiedene Weise. Im Funnel wirkt sie auf vier Stufen
# nacheinander, ihre Verluste multiplizieren sich: Bei 50 % Reibung bleiben nur 6 % der Kunden
# übrig. Das Schwungrad verliert während des Anstoßes weniger, aber die Reibung dämpft auch seine
# Mundpropaganda und kostet es Interessenten. Nach dem Ende des Geldes läuft es deshalb schneller
# aus: Bei 10 % Reibung gewinnt es in Monat 60 noch 9 Kunden, bei 30 % weniger als einen.

# %% [curious]
# NBVAL_CHECK_OUTPUT
rows = []
for f in (0.0, 0.1, 0.2, 0.3, 0.5):
    r = inbound.compare_with_funnel(5000, 12, f)
    t = inbound.comparison_table(r, 12).set_index("strategy")
    rows.append({"friction": f"{f:.0%}",
                 "funnel customers": round(t.loc["funnel", "customers_won"]),
                 "wheel customers": round(t.loc["wheel", "customers_won"]),
                 "wheel after the push": round(t.loc["wheel", "won_after_push"]),
                 "wheel in month 36": round(r.loc[36, "wheel_new_customers"], 1),
                 "wheel in month 60": round(t.loc["wheel", "new_last_month"], 1)})
print(pd.DataFrame(rows).to_string(index=False))
print(f"funnel at 50 % friction keeps {0.5 ** 4:.0%} of its customers")

# %% [output]
# friction  funnel customers  wheel customers  wheel after the push  wheel in month 36  wheel in month 60
#       0%              2000             2358                  1902               32.8               26.0
#      10%              1312             1482                  1119               17.0                8.9
#      20%               819              986                   705                9.1                2.9
#      30%               480              681                   467                5.2                0.9
#      50%               125              336                   228                2.5                0.2
# funnel at 50 % friction keeps 6% of its customers

# %% [curious de]
# NBVAL_CHECK_OUTPUT
rows = []
for f in (0.0, 0.1, 0.2, 0.3, 0.5):
    r = inbound.compare_with_funnel(5000, 12, f)
    t = inbound.comparison_table(r, 12).set_index("strategy")
    rows.append({"Reibung": fw.percent(f),
                 "Kunden Funnel": fw.number(t.loc["funnel", "customers_won"]),
                 "Kunden Schwungrad": fw.number(t.loc["wheel", "customers_won"]),
                 "Schwungrad nach dem Anstoß": fw.number(t.loc["wheel", "won_after_push"]),
                 "Schwungrad in Monat 36": fw.number(r.loc[36, "wheel_new_customers"], ".1f"),
                 "Schwungrad in Monat 60": fw.number(t.loc["wheel", "new_last_month"], ".1f")})
print(pd.DataFrame(rows).to_string(index=False))
print(f"der Funnel behält bei 50 % Reibung {fw.percent(0.5 ** 4)} seiner Kunden")

# %% [output de]
# Reibung Kunden Funnel Kunden Schwungrad Schwungrad nach dem Anstoß Schwungrad in Monat 36 Schwungrad in Monat 60
#     0 %         2.000             2.358                      1.902                   32,8                   26,0
#    10 %         1.312             1.482                      1.119                   17,0                    8,9
#    20 %           819               986                        705                    9,1                    2,9
#    30 %           480               681                        467                    5,2                    0,9
#    50 %           125               336                        228                    2,5                    0,2
# der Funnel behält bei 50 % Reibung 6 % seiner Kunden

# %% [markdown]
# So a wheel coasts, but not for ever: like the physical wheel of lesson 03, how long it keeps
# turning depends on its friction. Removing friction is worth as much as adding energy.

# %% [markdown de]
# Ein Schwungrad läuft also nach, aber nicht ewig: Wie lange es sich weiterdreht, hängt wie beim
# physikalischen Rad aus Lektion 03 von seiner Reibung ab. Reibung zu beseitigen ist so viel wert,
# wie Energie hinzuzufügen.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work). The check says at once whether it
# holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** In the panel, click the scenario *Short push*: the money flows for three months
# only. How many customers does the flywheel win after the money has stopped? Read it in the table
# under the plot.

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drück auf **Prüfen** (`2,5` und `2.5` gehen beide). Die Prüfung sagt
# dir sofort, ob sie stimmt, und wenn nicht, warum; **Lösung zeigen** öffnet einen ausführlichen
# Lösungsweg.
#
# **Aufgabe 1.** Klick im Panel auf das Szenario *Kurzer Anstoß*: Das Geld fließt nur drei Monate
# lang. Wie viele Kunden gewinnt das Schwungrad, nachdem das Geld geendet hat? Lies es in der
# Tabelle unter der Grafik ab.

# %%
exercises.ask("06.1")

# %% [markdown]
# **Exercise 2.** With the standard money (5,000 € a month for 12 months) and no friction, the
# funnel wins 2,000 customers in the 60 months. How many does it win at 40 % friction? Work it out
# first, then check: click *Standard*, set **Friction** to 40 % and read the funnel's row in the
# table.

# %% [markdown de]
# **Aufgabe 2.** Mit dem Standard-Geld (12 Monate lang 5.000 € im Monat) und ohne Reibung gewinnt
# der Funnel in den 60 Monaten 2.000 Kunden. Wie viele gewinnt er bei 40 % Reibung? Rechne es
# zuerst aus und prüf es dann: Klick auf *Standard*, stell
# **Reibung (jede Funnel-Stufe, jeder Antrieb)** auf 40 % und lies die Zeile des Funnels in der
# Tabelle ab.

# %%
exercises.ask("06.2")

# %% [markdown]
# **Exercise 3.** Click *Standard* (5,000 € a month) and note how many customers the flywheel wins.
# Then set **Budget for both** to 10,000 € a month: the funnel now wins exactly twice as many
# customers as before. By what factor have the flywheel's customers grown? Divide its new number by
# its old one and give the answer with two decimals.

# %% [markdown de]
# **Aufgabe 3.** Klick auf *Standard* (5.000 € im Monat) und schreib dir auf, wie viele Kunden das
# Schwungrad gewinnt. Stell dann **Budget für beide (Energiezufuhr)** auf 10.000 € im Monat: Der Funnel gewinnt
# jetzt genau doppelt so viele Kunden wie vorher. Um welchen Faktor sind die Kunden des Schwungrads
# gewachsen? Teile seine neue Zahl durch die alte und gib die Antwort mit zwei Nachkommastellen an.

# %%
exercises.ask("06.3")

# %% [markdown]
# ## Summary
#
# - With the same money, the funnel delivers at once and at a fixed price per customer; when the
#   money stops, acquisition stops.
# - The flywheel starts slowly. When the money stops it coasts: content keeps attracting, prospects
#   keep deciding, customers keep talking. Its new customers fall by a quarter, then slowly.
# - The longer it is pushed, the cheaper each customer. Friction shortens the coasting; with enough
#   of it the wheel runs down too.
#
# Keeping the customers you have is the cheapest way to keep a wheel turning. **Next:** lesson 07,
# retention and loyalty, with Amazon Prime as the example.

# %% [markdown de]
# ## Zusammenfassung
#
# - Mit demselben Geld liefert der Funnel sofort und zu einem festen Preis pro Kunde; wenn das Geld
#   endet, endet auch die Kundengewinnung.
# - Das Schwungrad läuft langsam an. Wenn das Geld endet, läuft es nach: Inhalte ziehen weiter an,
#   Interessenten entscheiden weiter, Kunden reden weiter. Seine Neukunden fallen um ein Viertel,
#   danach nur langsam.
# - Je länger der Anstoß dauert, desto billiger wird jeder Kunde. Reibung verkürzt das Nachlaufen;
#   bei genug Reibung läuft auch das Schwungrad aus.
#
# Die Kunden zu halten, die du schon hast, ist der billigste Weg, ein Schwungrad in Gang zu halten.
# **Weiter:** Lektion 07, Kundenbindung und Prime, mit Amazon Prime als Beispiel.
