# %% [markdown]
# # 04 · The Amazon flywheel: when does a virtuous cycle keep turning by itself?
#
# **Learning goals.** After this lesson you can
# - read a causal-loop diagram: what the + and − on an arrow mean, and when a loop reinforces itself,
# - explain why, in Amazon's flywheel, pushing any one of its seven factors lifts all the others,
# - say what decides *whether* the wheel keeps turning by itself (friction against the loops: the
#   tipping point) and what your energy buys (time: how soon the wheel takes off),
# - read Amazon's own numbers and say what they support and what they cannot prove.

# %% [markdown de]
# # 04 · Das Amazon-Schwungrad: Wann hält sich ein selbstverstärkender Kreislauf von selbst in Gang?
#
# **Lernziele.** Nach dieser Lektion kannst du
# - ein Wirkungsdiagramm lesen: was + und − an einem Pfeil bedeuten und wann sich ein Kreislauf
#   selbst verstärkt,
# - erklären, warum im Amazon-Schwungrad ein Anstoß auf einen beliebigen seiner sieben Faktoren
#   alle anderen mitzieht,
# - sagen, was darüber entscheidet, *ob* sich das Rad von selbst weiterdreht (die Reibung gegen die
#   Kreisläufe: der Kipppunkt), und was dir deine Energiezufuhr bringt (Zeit: wie früh das Rad
#   abhebt),
# - Amazons eigene Zahlen lesen und sagen, was sie stützen und was sie nicht beweisen können.

# %% [curious]
from flywheel_lib import exercises, panels
from flywheel_lib.models import loops
from flywheel_lib.panels import amazon as amazon_panels

# %% [curious de]
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import exercises, panels
from flywheel_lib.models import loops
from flywheel_lib.panels import amazon as amazon_panels

# %% [markdown]
# ## The idea in plain words
#
# A business flywheel is meant to push itself: each part makes the next one stronger, and the last
# feeds the first. Jeff Bezos sketched Amazon's on a napkin around 2001, after Jim Collins had
# described the flywheel idea to Amazon's leaders. The sketch has **seven factors** in two loops.
# The big loop (marked R1 in the panel) joins four of them:
#
# - a better **customer experience** brings more **traffic** (visitors who come to buy),
# - more traffic attracts more **sellers**, and more sellers mean more **selection**,
# - more selection makes the customer experience better again.
#
# The booster (R2) adds the other three. More traffic also means **growth** (more sales); growth
# spreads fixed costs over more sales (a **lower cost structure**), which pays for **lower
# prices**, which improve the customer experience. So the booster's three factors, together with
# customer experience and traffic, close a second loop of five links: customer experience →
# traffic → growth → lower cost structure → lower prices → customer experience. Every factor lies on
# a loop, so energy put into any one travels round and reaches all the others.
#
# ## Reading a causal-loop diagram
#
# Each factor appears once, with an arrow for each effect. **+** on an arrow means more of the
# source brings more of the target; **−** means more brings less. Multiply the signs once round a
# loop: **+** makes it **reinforcing** (a change feeds on itself, a virtuous or vicious circle),
# **−** makes it **balancing** (a change is pushed back, as by a thermostat). Both of Amazon's loops
# are reinforcing.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Ein Schwungrad im Unternehmen (engl. flywheel) soll sich selbst antreiben: Jeder Teil stärkt den
# nächsten, und der letzte speist wieder den ersten. Jeff Bezos skizzierte Amazons Schwungrad um
# 2001 auf einer Serviette, nachdem Jim Collins der Führung von Amazon die Idee des Schwungrads
# vorgestellt hatte. Die Skizze hat **sieben Faktoren** in zwei Kreisläufen. Der große Kreislauf
# (im Panel mit R1 markiert) verbindet vier davon:
#
# - Ein besseres **Kundenerlebnis** bringt mehr **Besucher (Traffic)**, also Menschen, die zum
#   Einkaufen kommen.
# - Mehr Besucher ziehen mehr **Verkäufer** an, und mehr Verkäufer bedeuten mehr **Auswahl**.
# - Mehr Auswahl verbessert wiederum das Kundenerlebnis.
#
# Der Verstärker (R2) fügt die anderen drei hinzu. Mehr Besucher bedeuten auch **Wachstum** (mehr
# Umsatz). Mit dem Wachstum verteilen sich die Fixkosten auf mehr Verkäufe (eine **niedrigere
# Kostenstruktur**). Das finanziert **niedrigere Preise**, und die verbessern das Kundenerlebnis.
# Die drei Faktoren des Verstärkers schließen also zusammen mit Kundenerlebnis und Besuchern einen
# zweiten Kreislauf aus fünf Verbindungen: Kundenerlebnis → Besucher → Wachstum → niedrigere
# Kostenstruktur → niedrigere Preise → Kundenerlebnis. Jeder Faktor liegt auf einem Kreislauf.
# Energie, die du in einen davon steckst, läuft deshalb rundherum und erreicht alle anderen.
#
# ## Ein Wirkungsdiagramm lesen
#
# Im Wirkungsdiagramm (engl. causal-loop diagram) kommt jeder Faktor einmal vor, mit einem Pfeil
# für jede Wirkung. **+** an einem Pfeil heißt: Mehr vom Ausgangsfaktor bringt mehr vom Zielfaktor.
# **−** heißt: Mehr bringt weniger. Multipliziere die Vorzeichen einmal rund um einen Kreislauf.
# Ergibt das **+**, ist er **selbstverstärkend**: Eine Veränderung nährt sich selbst, im Guten wie
# im Schlechten. Ergibt es **−**, ist er **ausgleichend**: Eine Veränderung wird zurückgedrängt,
# wie von einem Thermostat. Beide Kreisläufe von Amazon sind selbstverstärkend.

# %% [curious]
# NBVAL_CHECK_OUTPUT
amazon = loops.amazon()
for row in amazon.loops().itertuples():
    print(f"{row.polarity} loop of {row.length} links: {row.loop}")

# %% [output]
# reinforcing loop of 4 links: customer experience → traffic → sellers → selection → customer experience
# reinforcing loop of 5 links: customer experience → traffic → growth → lower cost structure → lower prices → customer experience

# %% [curious de]
# NBVAL_CHECK_OUTPUT
amazon = loops.amazon()


def german_loop(factors):
    """Ein Kreislauf als Text, mit den deutschen Namen der Faktoren."""
    names = [amazon_panels.factor_label(f) for f in factors]
    return " → ".join(names + names[:1])


for row in amazon.loops().itertuples():
    kind = "selbstverstärkender" if row.polarity == "reinforcing" else "ausgleichender"
    print(f"{kind} Kreislauf aus {row.length} Verbindungen: {german_loop(row.factors)}")

# %% [output de]
# selbstverstärkender Kreislauf aus 4 Verbindungen: Kundenerlebnis → Besucher (Traffic) → Verkäufer → Auswahl → Kundenerlebnis
# selbstverstärkender Kreislauf aus 5 Verbindungen: Kundenerlebnis → Besucher (Traffic) → Wachstum → Niedrigere Kostenstruktur → Niedrigere Preise → Kundenerlebnis

# %% [markdown]
# ## The model in words
#
# Each factor has a level from 0 to 100 ("per cent of what is possible"). Every month the loops feed
# it, your push (the energy you put in) adds to it while it lasts, and **friction** takes a share of
# it away. The wheel's **momentum** is the mean level of all seven factors. The numbers are chosen
# to show the mechanism; they are not measured at Amazon.
#
# <details><summary>For the curious: the model's rules</summary>
#
# Each incoming arrow brings 0.15 of its source's level a month; cost advantages from growth arrive
# 6 months late and reach prices 3 months after that. Your push adds a fixed number of points a
# month to the factor you choose. Capacity limits growth: a factor near 100 has little room left.
# Friction takes the same share of every factor's level each month.
#
# </details>
#
# ## The tipping point decides *whether* the wheel keeps turning
#
# Below a certain friction the loops replace more than friction takes, and once pushed the wheel
# keeps turning by itself; above it, every push runs down, however strong. That friction marks the
# **tipping point**; we call it the **tipping friction**: 0.175 per month for the sketch (the big
# loop alone would manage 0.150).
#
# <details><summary>For the curious: where 0.175 comes from</summary>
#
# Near zero the capacity limit does not matter, and the model is linear: each month every level
# changes by its loops' inflow minus friction × level. Whether a small push grows or dies away then
# depends on one number, the largest eigenvalue of the matrix of link strengths: the loops' combined
# gain per month. For one loop alone it is the geometric mean of its strengths (0.15 for the big
# loop). For Amazon's two loops, which share customer experience and traffic, it is 0.15 × r, where
# r solves r⁵ = r + 1 (r ≈ 1.167). Delays do not move the tipping point; they only make the wheel
# slower to respond. The folded cell below computes both values with the engine.
#
# </details>

# %% [markdown de]
# ## Das Modell in Worten
#
# Jeder Faktor hat ein Niveau von 0 bis 100 („Prozent des Möglichen“). Jeden Monat speisen ihn
# die Kreisläufe, dein Anstoß (die Energie, die du zuführst) erhöht ihn, solange er dauert, und die
# **Reibung** nimmt ihm einen Anteil weg. Der **Schwung** des Rads ist das mittlere Niveau aller
# sieben Faktoren. Die Zahlen sind so gewählt, dass sie den Mechanismus zeigen; sie sind nicht bei
# Amazon gemessen.
#
# <details><summary>Für Neugierige: die Regeln des Modells</summary>
#
# Jeder eingehende Pfeil bringt pro Monat 0,15 vom Niveau seines Ausgangsfaktors. Kostenvorteile
# aus dem Wachstum kommen 6 Monate später an und erreichen die Preise weitere 3 Monate danach. Dein
# Anstoß fügt dem gewählten Faktor jeden Monat eine feste Zahl von Punkten hinzu. Die Kapazität
# bremst das Wachstum: Ein Faktor nahe 100 hat wenig Luft nach oben. Die Reibung nimmt jeden Monat
# denselben Anteil vom Niveau jedes Faktors.
#
# </details>
#
# ## Der Kipppunkt entscheidet, *ob* sich das Rad weiterdreht
#
# Unterhalb einer bestimmten Reibung ersetzen die Kreisläufe mehr, als die Reibung nimmt: Einmal
# angestoßen, dreht sich das Rad von selbst weiter. Oberhalb davon läuft jeder Anstoß aus, egal wie
# stark er ist. Diese Reibung markiert den **Kipppunkt**; wir nennen sie die **Kipp-Reibung**:
# 0,175 pro Monat für die Skizze (der große Kreislauf allein käme auf 0,150).
#
# <details><summary>Für Neugierige: woher die 0,175 kommt</summary>
#
# Nahe null spielt die Kapazitätsgrenze keine Rolle, und das Modell ist linear: Jeden Monat ändert
# sich jedes Niveau um den Zufluss aus seinen Kreisläufen minus Reibung × Niveau. Ob ein kleiner
# Anstoß wächst oder abklingt, hängt dann von einer einzigen Zahl ab, dem größten Eigenwert der
# Matrix der Verbindungsstärken: der gemeinsamen Verstärkung der Kreisläufe pro Monat. Für einen
# Kreislauf allein ist das das geometrische Mittel seiner Stärken (0,15 für den großen Kreislauf).
# Für Amazons zwei Kreisläufe, die sich Kundenerlebnis und Besucher teilen, ist es 0,15 × r, wobei
# r die Gleichung r⁵ = r + 1 löst (r ≈ 1,1673). Verzögerungen verschieben den Kipppunkt nicht; sie
# lassen das Rad nur träger reagieren. Die eingeklappte Zelle unten berechnet beide Werte mit dem
# Rechenkern des Kits.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
tip = loops.tipping_friction(amazon)
outer_only = loops.tipping_friction(amazon.without_link("traffic", "growth"))
print(f"tipping friction with both loops: {tip:.4f} per month")
print(f"big loop alone:                   {outer_only:.4f} per month")

# %% [output]
# tipping friction with both loops: 0.1751 per month
# big loop alone:                   0.1500 per month

# %% [curious de]
# NBVAL_CHECK_OUTPUT
tip = loops.tipping_friction(amazon)
outer_only = loops.tipping_friction(amazon.without_link("traffic", "growth"))
print(f"Kipp-Reibung mit beiden Kreisläufen: {fw.number(tip, '.4f')} pro Monat")
print(f"großer Kreislauf allein:             {fw.number(outer_only, '.4f')} pro Monat")

# %% [output de]
# Kipp-Reibung mit beiden Kreisläufen: 0,1751 pro Monat
# großer Kreislauf allein:             0,1500 pro Monat

# %% [markdown]
# ### The tipping point of a single loop
#
# Going once round a loop, each link passes on only a share of the effect, so the shares multiply.
# For a loop on its own this gives a simple rule: **its tipping friction is the geometric mean of
# its link strengths**. Multiply the strengths of its links, then take the root that matches the
# number of links: the square root for two links, the cube root for three, the fourth root for four.
#
# An example: a loop of two links with the strengths 0.1 and 0.4 per month. The product is
# 0.1 × 0.4 = 0.04, and its square root is 0.2, so the loop tips at a friction of 0.2 per month.
# That is less than the plain average of the two strengths (0.25): a weak link holds the whole loop
# back. Amazon's big loop has four links of 0.15 each, so on its own it tips at 0.15 (see above).
# The booster feeds it a second way round, so the whole sketch can bear more friction: 0.175.
#
# A phone calculator does this for you: turn it sideways to see the scientific keys, multiply the
# strengths, then press the root key **ʸ√x** and type the number of links (0.04 ʸ√x 2 = 0.2). If
# it has only **xʸ**, raise the product to the power 1 ÷ number of links (0.04 xʸ 0.5 = 0.2).

# %% [markdown de]
# ### Der Kipppunkt eines einzelnen Kreislaufs
#
# Einmal rund um einen Kreislauf gibt jede Verbindung nur einen Anteil der Wirkung weiter, die
# Anteile multiplizieren sich also. Für einen Kreislauf allein ergibt das eine einfache Regel:
# **Seine Kipp-Reibung ist das geometrische Mittel seiner Verbindungsstärken.** Multipliziere die
# Stärken seiner Verbindungen und zieh dann die Wurzel, die zur Zahl der Verbindungen passt: die
# Quadratwurzel bei zwei Verbindungen, die dritte Wurzel bei drei, die vierte Wurzel bei vier.
#
# Ein Beispiel: ein Kreislauf aus zwei Verbindungen mit den Stärken 0,1 und 0,4 pro Monat. Das
# Produkt ist 0,1 × 0,4 = 0,04, seine Quadratwurzel 0,2. Der Kreislauf kippt also bei einer
# Reibung von 0,2 pro Monat. Das ist weniger als der einfache Durchschnitt der beiden Stärken
# (0,25): Eine schwache Verbindung bremst den ganzen Kreislauf. Amazons großer Kreislauf hat vier
# Verbindungen mit je 0,15, kippt allein also bei 0,15 (siehe oben). Der Verstärker speist ihn auf
# einem zweiten Weg, deshalb verträgt die ganze Skizze mehr Reibung: 0,175.
#
# Der Rechner im Handy erledigt das für dich: Dreh das Handy quer, dann siehst du die
# wissenschaftlichen Tasten. Multipliziere die Stärken, drück die Wurzeltaste **ʸ√x** und gib die
# Zahl der Verbindungen ein (0,04 ʸ√x 2 = 0,2). Hat der Rechner nur **xʸ**, nimm das Produkt hoch
# 1 ÷ Zahl der Verbindungen (0,04 xʸ 0,5 = 0,2).

# %% [curious]
# NBVAL_CHECK_OUTPUT
# a loop of two links, 0.1 and 0.4
pair = loops.Graph.from_links(["a", "b"], [("a", "b", "+", 0.1), ("b", "a", "+", 0.4)])
print(f"two links, 0.1 and 0.4: product {0.1 * 0.4:.2f}, square root {(0.1 * 0.4) ** 0.5:.2f}, "
      f"plain average {(0.1 + 0.4) / 2:.2f}")
print(f"tipping friction from the engine: {loops.tipping_friction(pair):.2f} per month")

# %% [output]
# two links, 0.1 and 0.4: product 0.04, square root 0.20, plain average 0.25
# tipping friction from the engine: 0.20 per month

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# ein Kreislauf aus zwei Verbindungen, 0,1 und 0,4
pair = loops.Graph.from_links(["a", "b"], [("a", "b", "+", 0.1), ("b", "a", "+", 0.4)])
print(f"zwei Verbindungen, 0,1 und 0,4: Produkt {fw.number(0.1 * 0.4, '.2f')}, "
      f"Quadratwurzel {fw.number((0.1 * 0.4) ** 0.5, '.2f')}, "
      f"einfacher Durchschnitt {fw.number((0.1 + 0.4) / 2, '.2f')}")
print(f"Kipp-Reibung laut Rechenkern: {fw.number(loops.tipping_friction(pair), '.2f')} pro Monat")

# %% [output de]
# zwei Verbindungen, 0,1 und 0,4: Produkt 0,04, Quadratwurzel 0,20, einfacher Durchschnitt 0,25
# Kipp-Reibung laut Rechenkern: 0,20 pro Monat

# %% [markdown]
# ## Energy decides *when* it takes off
#
# Below the tipping point the loops, not your push, decide where the wheel ends up: a **cruising
# momentum** set by the friction (41 % at a friction of 0.10), whatever you pushed. So what does
# energy buy? **Time.** The wheel has **taken off** in the month from which its momentum stays above
# **20 %**, a level its loops then hold by themselves. At a friction of 0.10, with different pushes
# on customer experience:

# %% [markdown de]
# ## Die Energie entscheidet, *wann* das Rad abhebt
#
# Unterhalb des Kipppunkts bestimmen die Kreisläufe, wo das Rad am Ende steht, nicht dein Anstoß:
# bei einem **Dauerschwung**, den die Reibung festlegt (41 % bei einer Reibung von 0,10), egal wie
# du angestoßen hast. Was bringt die Energie dann? **Zeit.** Das Rad ist in dem Monat
# **abgehoben**, von dem an sein Schwung über **20 %** bleibt, einem Niveau, das seine Kreisläufe
# dann von selbst halten. Bei einer Reibung von 0,10 und verschiedenen Anstößen auf das
# Kundenerlebnis:

# %% [curious]
# NBVAL_CHECK_OUTPUT
import numpy as np

print(f"cruising momentum at friction 0.10: {loops.cruising_momentum(amazon, 0.10):.1f} %")
for energy, months in ((0.5, 6), (0.5, 24), (2, 24), (5, 24), (20, 24), (20, 60)):
    run = loops.simulate(amazon, 0.10, {"customer experience": energy}, push_until=months)
    print(f"energy {energy:4.1f} for {months:2d} months: takes off in month "
          f"{loops.takeoff_month(run, amazon, 0.10):2d}; momentum after 120 months "
          f"{loops.momentum(run).iloc[-1]:.1f} %")
frictions = np.arange(0.0, tip, 0.001)
holds_20 = [f for f in frictions if loops.cruising_momentum(amazon, f) >= 20]
print(f"the loops hold 20 % up to a friction of {max(holds_20):.3f}")

# %% [output]
# cruising momentum at friction 0.10: 40.9 %
# energy  0.5 for  6 months: takes off in month 74; momentum after 120 months 38.9 %
# energy  0.5 for 24 months: takes off in month 59; momentum after 120 months 40.1 %
# energy  2.0 for 24 months: takes off in month 37; momentum after 120 months 40.7 %
# energy  5.0 for 24 months: takes off in month 22; momentum after 120 months 40.9 %
# energy 20.0 for 24 months: takes off in month 11; momentum after 120 months 40.9 %
# energy 20.0 for 60 months: takes off in month 11; momentum after 120 months 41.1 %
# the loops hold 20 % up to a friction of 0.138

# %% [curious de]
# NBVAL_CHECK_OUTPUT
import numpy as np

print(f"Dauerschwung bei Reibung 0,10: {fw.number(loops.cruising_momentum(amazon, 0.10), '.1f')} %")
for energy, months in ((0.5, 6), (0.5, 24), (2, 24), (5, 24), (20, 24), (20, 60)):
    run = loops.simulate(amazon, 0.10, {"customer experience": energy}, push_until=months)
    print(f"Energie {fw.number(energy, '4.1f')} für {months:2d} Monate: hebt in Monat "
          f"{loops.takeoff_month(run, amazon, 0.10):2d} ab; Schwung nach 120 Monaten "
          f"{fw.number(loops.momentum(run).iloc[-1], '.1f')} %")
frictions = np.arange(0.0, tip, 0.001)
holds_20 = [f for f in frictions if loops.cruising_momentum(amazon, f) >= 20]
print(f"die Kreisläufe halten 20 % bis zu einer Reibung von {fw.number(max(holds_20), '.3f')}")

# %% [output de]
# Dauerschwung bei Reibung 0,10: 40,9 %
# Energie  0,5 für  6 Monate: hebt in Monat 74 ab; Schwung nach 120 Monaten 38,9 %
# Energie  0,5 für 24 Monate: hebt in Monat 59 ab; Schwung nach 120 Monaten 40,1 %
# Energie  2,0 für 24 Monate: hebt in Monat 37 ab; Schwung nach 120 Monaten 40,7 %
# Energie  5,0 für 24 Monate: hebt in Monat 22 ab; Schwung nach 120 Monaten 40,9 %
# Energie 20,0 für 24 Monate: hebt in Monat 11 ab; Schwung nach 120 Monaten 40,9 %
# Energie 20,0 für 60 Monate: hebt in Monat 11 ab; Schwung nach 120 Monaten 41,1 %
# die Kreisläufe halten 20 % bis zu einer Reibung von 0,138

# %% [markdown]
# After ten years the weakest and the strongest push end about two percentage points apart, but
# one wheel took off in month 74, the other in month 11. In a self-reinforcing loop, energy buys
# time. Above a friction of about 0.138 the loops hold less than 20 %: the wheel turns by itself
# but never takes off. Above the tipping point, 0.1751, it runs down.
#
# ## The panel
#
# The panel has five controls:
#
# - **Push on** chooses the factor you push. The slider under it, **Pushed factor (no.)**, is the
#   same choice as a number (1 is customer experience, 7 is growth), so you can step through the
#   factors. Watch in which order the other factors start to rise.
# - **Energy input** is the size of the push, in level points a month. Watch the take-off month
#   more than the levels at the end.
# - **Friction** is the share of every factor's level lost each month. The readout under the plot
#   compares it with the tipping point, given to four decimal places (0.1751), so that a friction
#   of 0.175 still shows as just below it.
# - **End of the push** is the month the push stops; the yellow band on the right marks the
#   months of pushing. Watch whether the wheel keeps rising after the band.
#
# Each node of the diagram shows its factor's level after 120 months; the orange ring marks the
# factor you push. On the right, every factor over time, the momentum in black, the 20 % take-off
# mark dotted and the take-off month dashed. The readout under the plot names the cruising
# momentum and the take-off month.

# %% [markdown de]
# Nach zehn Jahren liegen der schwächste und der stärkste Anstoß nur etwa zwei Prozentpunkte
# auseinander, aber das eine Rad hob in Monat 74 ab, das andere in Monat 11. In einem
# selbstverstärkenden Kreislauf kauft Energie Zeit. Oberhalb einer Reibung von etwa 0,138 halten
# die Kreisläufe weniger als 20 %: Das Rad dreht sich von selbst, hebt aber nie ab. Über dem
# Kipppunkt, 0,1751, läuft es aus.
#
# ## Das Panel
#
# Das Panel hat fünf Bedienelemente:
#
# - **Anstoß auf** wählt den Faktor, den du anstößt. Der Regler darunter, **Angestoßener Faktor
#   (Nr.)**, ist dieselbe Wahl als Zahl (1 ist das Kundenerlebnis, 7 das Wachstum). So kannst du
#   die Faktoren der Reihe nach durchgehen. Achte darauf, in welcher Reihenfolge die anderen
#   Faktoren zu steigen beginnen.
# - **Energiezufuhr** ist die Stärke des Anstoßes, in Niveaupunkten pro Monat. Achte mehr auf den
#   Abhebe-Monat als auf die Niveaus am Ende.
# - **Reibung** ist der Anteil vom Niveau jedes Faktors, der jeden Monat verloren geht. Die Anzeige
#   unter der Grafik vergleicht sie mit dem Kipppunkt, auf vier Nachkommastellen genau (0,1751),
#   damit eine Reibung von 0,175 noch knapp darunter erscheint.
# - **Ende des Anstoßes** legt fest, in welchem Monat der Anstoß aufhört; das gelbe Band rechts
#   markiert die Monate des Anstoßes. Achte darauf, ob das Rad nach dem Band weiter steigt.
#
# Jeder Knoten des Diagramms zeigt das Niveau seines Faktors nach 120 Monaten; der orangefarbene
# Ring markiert den Faktor, den du anstößt. Rechts siehst du jeden Faktor im Zeitverlauf, den
# Schwung in Schwarz, die Abhebe-Marke von 20 % gepunktet und den Abhebe-Monat gestrichelt. Die
# Anzeige unter der Grafik nennt den Dauerschwung und den Abhebe-Monat.

# %%
panels.build("04_amazon_flywheel")

# %% [markdown]
# **Try this**
# 1. Set **Push on** to *Sellers* instead of *Customer experience*. Do all the other factors still
#    rise? In which order do they start to move? Where does the wheel end up?
# 2. Keep the **friction** at 0.10 and set the **energy input** first to 0.5, then to 20. Watch the
#    dashed take-off line and the month in the readout, then the momentum after 120 months. What
#    moves, and what hardly does?
# 3. Set **End of the push** to 6, then to 60. Does that change *where* the wheel ends up, or
#    *when* it gets there?
# 4. Raise the **friction** slowly from 0.10 and watch the readout under the plot. From which
#    friction on does the wheel no longer take off, and from which does friction win? Can an energy
#    of 20 save the wheel there?
#
# <details><summary>Answers</summary>
#
# 1. Yes, all of them rise, one link after another: sellers first, then selection (month 2),
#    customer experience (month 5), traffic (month 8), growth (month 12), lower cost structure
#    (month 21) and lower prices (month 28). The wheel ends where it ends when you push customer
#    experience (40.8 % against 40.9 % after 120 months); it only takes off later, in month 28
#    instead of month 22.
# 2. The take-off month moves a lot: month 59 with an energy of 0.5, month 11 with 20. The momentum
#    after 120 months hardly moves: 40.1 % against 40.9 %.
# 3. Only *when*: with the push ending in month 6 the wheel takes off in month 38, with 60 months
#    of pushing in month 22. After 120 months both are at about 41 % (40.7 % and 41.0 %).
# 4. At 0.135 the wheel still takes off; from 0.140 on the loops keep it turning at less than
#    20 %, so it never takes off. Above the tipping point, 0.1751, friction wins and it runs down.
#    An energy of 20 cannot save it: at a friction of 0.140 it lifts the momentum to 27.8 % while
#    the push lasts, but the wheel falls back once the push ends (19.3 % after 120 months).
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Stell **Anstoß auf** auf *Verkäufer* statt auf *Kundenerlebnis*. Steigen alle anderen
#    Faktoren trotzdem? In welcher Reihenfolge setzen sie sich in Bewegung? Wo landet das Rad am
#    Ende?
# 2. Lass die **Reibung** bei 0,10 und stell die **Energiezufuhr** erst auf 0,5, dann auf 20.
#    Beobachte die gestrichelte Abhebe-Linie und den Monat in der Anzeige, dann den Schwung nach 120
#    Monaten. Was bewegt sich, und was kaum?
# 3. Stell **Ende des Anstoßes** auf 6, dann auf 60. Ändert das, *wo* das Rad landet, oder
#    *wann* es dort ankommt?
# 4. Erhöhe die **Reibung** langsam von 0,10 aus und lies die Anzeige unter der Grafik. Ab welcher
#    Reibung hebt das Rad nicht mehr ab, und ab welcher gewinnt die Reibung? Kann eine
#    Energiezufuhr von 20 das Rad dort retten?
#
# <details><summary>Antworten</summary>
#
# 1. Ja, alle steigen, einer nach dem anderen entlang der Verbindungen: zuerst die Verkäufer, dann
#    die Auswahl (Monat 2), das Kundenerlebnis (Monat 5), die Besucher (Monat 8), das Wachstum
#    (Monat 12), die niedrigere Kostenstruktur (Monat 21) und die niedrigeren Preise (Monat 28).
#    Das Rad landet dort, wo es auch beim Anstoß auf das Kundenerlebnis landet (40,8 % gegenüber
#    40,9 % nach 120 Monaten); es hebt nur später ab, in Monat 28 statt in Monat 22.
# 2. Der Abhebe-Monat verschiebt sich stark: Monat 59 mit einer Energiezufuhr von 0,5, Monat 11
#    mit 20. Der Schwung nach 120 Monaten bewegt sich kaum: 40,1 % gegenüber 40,9 %.
# 3. Nur *wann*: Endet der Anstoß in Monat 6, hebt das Rad in Monat 38 ab, mit 60 Monaten Anstoß
#    in Monat 22. Nach 120 Monaten stehen beide bei etwa 41 % (40,7 % und 41,0 %).
# 4. Bei 0,135 hebt das Rad noch ab; ab 0,140 halten die Kreisläufe es mit weniger als 20 % in
#    Gang, es hebt also nie ab. Über dem Kipppunkt, 0,1751, gewinnt die Reibung, und das Rad läuft
#    aus. Eine Energiezufuhr von 20 rettet es nicht: Bei einer Reibung von 0,140 hebt sie den
#    Schwung auf 27,8 %, solange der Anstoß dauert, aber das Rad fällt zurück, sobald er endet
#    (19,3 % nach 120 Monaten).
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
def run_for(factor="customer experience", energy=5.0, friction=0.10, until=24):
    return loops.simulate(amazon, friction, {factor: energy}, push_until=until)


for factor in ("sellers", "customer experience"):
    r = run_for(factor)
    first = sorted((int((r[f] >= 1).idxmax()), f) for f in amazon.factors)
    print(f"push on {factor}: takes off in month {loops.takeoff_month(r, amazon, 0.10)}, "
          f"momentum after 120 months {loops.momentum(r).iloc[-1]:.1f} %")
    print("  first month at 1 point: " + ", ".join(f"{f} {m}" for m, f in first))
for until in (6, 60):
    r = run_for(until=until)
    print(f"push ends in month {until}: takes off in month "
          f"{loops.takeoff_month(r, amazon, 0.10)}, momentum after 120 months "
          f"{loops.momentum(r).iloc[-1]:.1f} %")
for f in (0.135, 0.140):
    r = run_for(energy=20.0, friction=f)
    m = loops.momentum(r)
    print(f"friction {f:.3f}, energy 20: cruising {loops.cruising_momentum(amazon, f):.1f} %, "
          f"highest {m.max():.1f} %, after 120 months {m.iloc[-1]:.1f} %, takes off in month "
          f"{loops.takeoff_month(r, amazon, f) or 'none'}")

# %% [output]
# push on sellers: takes off in month 28, momentum after 120 months 40.8 %
#   first month at 1 point: sellers 1, selection 2, customer experience 5, traffic 8, growth 12, lower cost structure 21, lower prices 28
# push on customer experience: takes off in month 22, momentum after 120 months 40.9 %
#   first month at 1 point: customer experience 1, traffic 2, growth 5, sellers 5, selection 8, lower cost structure 14, lower prices 21
# push ends in month 6: takes off in month 38, momentum after 120 months 40.7 %
# push ends in month 60: takes off in month 22, momentum after 120 months 41.0 %
# friction 0.135, energy 20: cruising 21.7 %, highest 28.8 %, after 120 months 21.9 %, takes off in month 13
# friction 0.140, energy 20: cruising 18.9 %, highest 27.8 %, after 120 months 19.3 %, takes off in month none

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
def run_for(factor="customer experience", energy=5.0, friction=0.10, until=24):
    return loops.simulate(amazon, friction, {factor: energy}, push_until=until)


name = amazon_panels.factor_label     # der deutsche Name eines Faktors
for factor in ("sellers", "customer experience"):
    r = run_for(factor)
    first = sorted((int((r[f] >= 1).idxmax()), f) for f in amazon.factors)
    print(f"Anstoß auf {name(factor)}: hebt in Monat {loops.takeoff_month(r, amazon, 0.10)} ab, "
          f"Schwung nach 120 Monaten {fw.number(loops.momentum(r).iloc[-1], '.1f')} %")
    print("  erster Monat mit 1 Punkt: " + ", ".join(f"{name(f)} {m}" for m, f in first))
for until in (6, 60):
    r = run_for(until=until)
    print(f"Anstoß endet in Monat {until}: hebt in Monat "
          f"{loops.takeoff_month(r, amazon, 0.10)} ab, Schwung nach 120 Monaten "
          f"{fw.number(loops.momentum(r).iloc[-1], '.1f')} %")
for f in (0.135, 0.140):
    r = run_for(energy=20.0, friction=f)
    m = loops.momentum(r)
    month = loops.takeoff_month(r, amazon, f)
    print(f"Reibung {fw.number(f, '.3f')}, Energie 20: Dauerschwung "
          f"{fw.number(loops.cruising_momentum(amazon, f), '.1f')} %, höchster Schwung "
          f"{fw.number(m.max(), '.1f')} %, nach 120 Monaten {fw.number(m.iloc[-1], '.1f')} %, "
          + (f"hebt in Monat {month} ab" if month else "hebt nie ab"))

# %% [output de]
# Anstoß auf Verkäufer: hebt in Monat 28 ab, Schwung nach 120 Monaten 40,8 %
#   erster Monat mit 1 Punkt: Verkäufer 1, Auswahl 2, Kundenerlebnis 5, Besucher (Traffic) 8, Wachstum 12, Niedrigere Kostenstruktur 21, Niedrigere Preise 28
# Anstoß auf Kundenerlebnis: hebt in Monat 22 ab, Schwung nach 120 Monaten 40,9 %
#   erster Monat mit 1 Punkt: Kundenerlebnis 1, Besucher (Traffic) 2, Wachstum 5, Verkäufer 5, Auswahl 8, Niedrigere Kostenstruktur 14, Niedrigere Preise 21
# Anstoß endet in Monat 6: hebt in Monat 38 ab, Schwung nach 120 Monaten 40,7 %
# Anstoß endet in Monat 60: hebt in Monat 22 ab, Schwung nach 120 Monaten 41,0 %
# Reibung 0,135, Energie 20: Dauerschwung 21,7 %, höchster Schwung 28,8 %, nach 120 Monaten 21,9 %, hebt in Monat 13 ab
# Reibung 0,140, Energie 20: Dauerschwung 18,9 %, höchster Schwung 27,8 %, nach 120 Monaten 19,3 %, hebt nie ab

# %% [markdown]
# ## The tipping-point map
#
# The map runs 41 × 41 energies and frictions at once and colours each cell by the month the wheel
# takes off: bright is early, dark is late, grey is not within ten years. The dashed line is the
# tipping point; the orange dot is your setting. On the right, the momentum of your setting over
# time.
#
# The map panel has the same controls as the panel above. **Energy input** and **Friction** move
# the dot across the map: watch the colour of the cell it sits on. **Push on** (or **Pushed factor
# (no.)**) and **End of the push** draw a new map, because they change every cell: watch which
# part of the map changes.

# %% [markdown de]
# ## Die Kipppunkt-Karte
#
# Die Karte rechnet 41 × 41 Kombinationen aus Energiezufuhr und Reibung auf einmal durch und färbt
# jede Zelle nach dem Monat, in dem das Rad abhebt: hell heißt früh, dunkel heißt spät, grau heißt
# nicht innerhalb von zehn Jahren. Die gestrichelte Linie ist der Kipppunkt; der orangefarbene
# Punkt ist deine Einstellung. Rechts siehst du den Schwung deiner Einstellung im Zeitverlauf.
#
# Das Panel der Karte hat dieselben Bedienelemente wie das Panel oben. **Energiezufuhr** und
# **Reibung** bewegen den Punkt über die Karte: Achte auf die Farbe der Zelle, auf der er sitzt.
# **Anstoß auf** (oder **Angestoßener Faktor (Nr.)**) und **Ende des Anstoßes** zeichnen eine
# neue Karte, weil sie jede Zelle verändern: Achte darauf, welcher Teil der Karte sich ändert.

# %%
panels.build("04_amazon_flywheel:map")

# %% [markdown]
# **Try this**
# 1. Follow a row from left to right (same friction, more energy): how does the colour change?
#    Follow a column upwards (same energy, more friction): where does it turn grey?
# 2. Put the dot between the grey edge and the dashed line, at a friction of 0.16. Watch the
#    momentum on the right after the push ends: does it run down to zero? Why is the cell grey?
# 3. Set **End of the push** to 60 instead of 24. Which part of the map changes most?
#
# <details><summary>Answers</summary>
#
# 1. From left to right the cells get brighter: more energy, an earlier take-off (at friction 0.10
#    from month 59 with an energy of 0.5 to month 11 with 20). Upwards they get darker, and from a
#    friction of 0.14 up every cell is grey, however much energy you give. Below that, only the
#    column with no energy at all is grey.
# 2. No. After the push it sinks slowly towards 8.1 %, the momentum its loops hold by themselves
#    at this friction: the wheel keeps turning. But 8.1 % is below the 20 % take-off mark, so it
#    never takes off, and the cell is grey.
# 3. The darkest cells just under the grey part (little energy, a friction near 0.13) get brighter:
#    at a friction of 0.13 and an energy of 0.5 the wheel takes off in month 106 instead of month
#    120. The grey part does not change: a longer push cannot make the loops hold more.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Folge einer Zeile von links nach rechts (gleiche Reibung, mehr Energie): Wie ändert sich die
#    Farbe? Folge einer Spalte nach oben (gleiche Energie, mehr Reibung): Wo wird sie grau?
# 2. Setz den Punkt zwischen den grauen Rand und die gestrichelte Linie, auf eine Reibung von 0,16.
#    Beobachte rechts den Schwung nach dem Ende des Anstoßes: Sinkt er auf null? Warum ist die
#    Zelle grau?
# 3. Stell **Ende des Anstoßes** auf 60 statt auf 24. Welcher Teil der Karte ändert sich am
#    meisten?
#
# <details><summary>Antworten</summary>
#
# 1. Von links nach rechts werden die Zellen heller: mehr Energie, ein früheres Abheben (bei einer
#    Reibung von 0,10 von Monat 59 mit einer Energiezufuhr von 0,5 bis Monat 11 mit 20). Nach oben
#    werden sie dunkler, und ab einer Reibung von 0,14 ist jede Zelle grau, egal wie viel Energie du
#    zuführst. Darunter ist nur die Spalte ganz ohne Energie grau.
# 2. Nein. Nach dem Anstoß sinkt er langsam in Richtung 8,1 % – so viel Schwung halten seine
#    Kreisläufe bei dieser Reibung von selbst: Das Rad dreht sich weiter. Aber 8,1 % liegen unter
#    der Abhebe-Marke von 20 %. Das Rad hebt also nie ab, und die Zelle ist grau.
# 3. Die dunkelsten Zellen direkt unter dem grauen Teil (wenig Energie, eine Reibung nahe 0,13)
#    werden heller: Bei einer Reibung von 0,13 und einer Energiezufuhr von 0,5 hebt das Rad in
#    Monat 106 statt in Monat 120 ab. Der graue Teil ändert sich nicht: Ein längerer Anstoß kann
#    die Kreisläufe nicht dazu bringen, mehr zu halten.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
grid = loops.takeoff_map(amazon, "customer experience",
                         amazon_panels.MAP_ENERGIES,
                         amazon_panels.MAP_FRICTIONS, push_until=24)
single = loops.simulate(amazon, 0.10, {"customer experience": 5.0}, push_until=24)
print(f"map: {grid.shape[0]} frictions × {grid.shape[1]} energies; at friction "
      f"{grid.index[10]:.2f} and energy {grid.columns[10]:.1f} it takes off in month "
      f"{grid.iloc[10, 10]:.0f} (a single run: month {loops.takeoff_month(single, amazon, 0.10)})")
print(f"grey cells (no take-off within 120 months): {grid.isna().to_numpy().mean():.0%}")
grey_rows = grid.index[grid.isna().all(axis=1)]
longer = loops.takeoff_map(amazon, "customer experience",
                           amazon_panels.MAP_ENERGIES,
                           amazon_panels.MAP_FRICTIONS, push_until=60)
print(f"every cell grey from friction {grey_rows.min():.2f} up; cruising momentum at 0.16: "
      f"{loops.cruising_momentum(amazon, 0.16):.1f} %")
print(f"friction {grid.index[13]:.2f}, energy {grid.columns[1]:.1f}: takes off in month "
      f"{grid.iloc[13, 1]:.0f} with 24 months of pushing, {longer.iloc[13, 1]:.0f} with 60; "
      f"grey cells with 60 months: {longer.isna().to_numpy().mean():.0%}")

# %% [output]
# map: 41 frictions × 41 energies; at friction 0.10 and energy 5.0 it takes off in month 22 (a single run: month 22)
# grey cells (no take-off within 120 months): 67%
# every cell grey from friction 0.14 up; cruising momentum at 0.16: 8.1 %
# friction 0.13, energy 0.5: takes off in month 120 with 24 months of pushing, 106 with 60; grey cells with 60 months: 67%

# %% [curious de]
# NBVAL_CHECK_OUTPUT
grid = loops.takeoff_map(amazon, "customer experience",
                         amazon_panels.MAP_ENERGIES,
                         amazon_panels.MAP_FRICTIONS, push_until=24)
single = loops.simulate(amazon, 0.10, {"customer experience": 5.0}, push_until=24)
print(f"Karte: {grid.shape[0]} Reibungen × {grid.shape[1]} Energien; bei Reibung "
      f"{fw.number(grid.index[10], '.2f')} und Energie {fw.number(grid.columns[10], '.1f')} "
      f"hebt das Rad in Monat {grid.iloc[10, 10]:.0f} ab "
      f"(ein einzelner Lauf: Monat {loops.takeoff_month(single, amazon, 0.10)})")
print(f"graue Zellen (kein Abheben in 120 Monaten): {fw.percent(grid.isna().to_numpy().mean())}")
grey_rows = grid.index[grid.isna().all(axis=1)]
longer = loops.takeoff_map(amazon, "customer experience",
                           amazon_panels.MAP_ENERGIES,
                           amazon_panels.MAP_FRICTIONS, push_until=60)
print(f"jede Zelle grau ab Reibung {fw.number(grey_rows.min(), '.2f')}; Dauerschwung bei 0,16: "
      f"{fw.number(loops.cruising_momentum(amazon, 0.16), '.1f')} %")
print(f"Reibung {fw.number(grid.index[13], '.2f')}, Energie {fw.number(grid.columns[1], '.1f')}: "
      f"hebt mit 24 Monaten Anstoß in Monat {grid.iloc[13, 1]:.0f} ab, mit 60 in Monat "
      f"{longer.iloc[13, 1]:.0f}; graue Zellen mit 60 Monaten: "
      f"{fw.percent(longer.isna().to_numpy().mean())}")

# %% [output de]
# Karte: 41 Reibungen × 41 Energien; bei Reibung 0,10 und Energie 5,0 hebt das Rad in Monat 22 ab (ein einzelner Lauf: Monat 22)
# graue Zellen (kein Abheben in 120 Monaten): 67 %
# jede Zelle grau ab Reibung 0,14; Dauerschwung bei 0,16: 8,1 %
# Reibung 0,13, Energie 0,5: hebt mit 24 Monaten Anstoß in Monat 120 ab, mit 60 in Monat 106; graue Zellen mit 60 Monaten: 67 %

# %% [markdown]
# <details><summary>For the curious: a balancing loop</summary>
#
# Not every link is a +. Suppose a flood of traffic strains delivery and service, so that more
# traffic makes the customer experience a little *worse*: a − link from traffic back to customer
# experience. That adds a balancing loop, and the tipping point drops from 0.1751 to 0.1575: the
# wheel now needs lower friction to keep turning by itself. The folded cell below shows it.
#
# </details>

# %% [markdown de]
# <details><summary>Für Neugierige: ein ausgleichender Kreislauf</summary>
#
# Nicht jede Verbindung trägt ein +. Angenommen, ein Ansturm von Besuchern überlastet Lieferung und
# Service, sodass mehr Besucher das Kundenerlebnis ein wenig *verschlechtern*: eine Verbindung mit
# − von den Besuchern zurück zum Kundenerlebnis. Das fügt einen ausgleichenden Kreislauf hinzu,
# und der Kipppunkt sinkt von 0,1751 auf 0,1575: Das Rad verträgt jetzt weniger Reibung, wenn es
# sich von selbst weiterdrehen soll. Die eingeklappte Zelle unten zeigt es.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# crowding: more traffic, a worse experience
crowded = amazon.with_link("traffic", "customer experience", sign=-1, strength=0.1)
for row in crowded.loops().itertuples():
    print(f"{row.polarity:11s} {row.loop}")
print(f"tipping friction: {loops.tipping_friction(crowded):.4f} per month (was {tip:.4f})")

# %% [output]
# balancing   customer experience → traffic → customer experience
# reinforcing customer experience → traffic → sellers → selection → customer experience
# reinforcing customer experience → traffic → growth → lower cost structure → lower prices → customer experience
# tipping friction: 0.1575 per month (was 0.1751)

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# Gedränge: mehr Besucher, ein schlechteres Kundenerlebnis
crowded = amazon.with_link("traffic", "customer experience", sign=-1, strength=0.1)
for row in crowded.loops().itertuples():
    kind = "selbstverstärkend" if row.polarity == "reinforcing" else "ausgleichend"
    print(f"{kind:18s} {german_loop(row.factors)}")
print(f"Kipp-Reibung: {fw.number(loops.tipping_friction(crowded), '.4f')} pro Monat "
      f"(vorher {fw.number(tip, '.4f')})")

# %% [output de]
# ausgleichend       Kundenerlebnis → Besucher (Traffic) → Kundenerlebnis
# selbstverstärkend  Kundenerlebnis → Besucher (Traffic) → Verkäufer → Auswahl → Kundenerlebnis
# selbstverstärkend  Kundenerlebnis → Besucher (Traffic) → Wachstum → Niedrigere Kostenstruktur → Niedrigere Preise → Kundenerlebnis
# Kipp-Reibung: 0,1575 pro Monat (vorher 0,1751)

# %% [markdown]
# ## Real data: what Amazon's numbers show
#
# Two real series, each value with its source in `data/README.md`: Amazon's net sales since 1997,
# each year from its annual report to the US Securities and Exchange Commission (Form 10-K), and the
# share of goods sold on Amazon by independent sellers, from Bezos's 2018 letter to shareowners.

# %% [markdown de]
# ## Echte Daten: was Amazons Zahlen zeigen
#
# Zwei echte Zeitreihen, jeder Wert mit seiner Quelle in `data/README.md`: Amazons Nettoumsatz
# seit 1997, jedes Jahr aus dem Jahresbericht an die US-Börsenaufsicht SEC (Form 10-K), und der
# Anteil der Waren, die unabhängige Verkäufer auf Amazon verkauft haben, aus dem Brief von Bezos an
# die Aktionäre von 2018.

# %%
amazon_panels.sales_figure()

# %% [markdown]
# On a log scale (left), a constant growth rate is a straight line. Amazon's line is steep at first
# and flattens: growth slowed as the company became huge, but stayed positive in every year, from
# +313 % in 1998 ($147.8 million to $610.0 million) to +9.4 % in 2022, the slowest year.

# %% [markdown de]
# Auf einer logarithmischen Skala (links) ist eine gleichbleibende Wachstumsrate eine Gerade.
# Amazons Linie ist anfangs steil und wird dann flacher: Das Wachstum ließ nach, als das
# Unternehmen riesig wurde, blieb aber in jedem Jahr positiv, von +313 % im Jahr 1998 (von
# 147,8 Mio. USD auf 610,0 Mio. USD) bis +9,4 % im Jahr 2022, dem langsamsten Jahr.

# %% [curious]
# NBVAL_CHECK_OUTPUT
from flywheel_lib import data

sales = data.load("amazon_net_sales")
share = data.load("amazon_third_party_share")
s = sales.set_index("year")["net_sales_usd_m"]
growth = s.pct_change() * 100


def cagr(first, last):
    return (s.loc[last] / s.loc[first]) ** (1 / (last - first)) - 1


for first, last in ((1997, 2024), (1997, 2004), (2004, 2014), (2014, 2024)):
    print(f"{first}–{last}: {cagr(first, last):6.1%} a year")
print(f"fastest year: {growth.idxmax()} (+{growth.max():.0f} %, from ${s.loc[1997]:.1f} million to "
      f"${s.loc[1998]:.1f} million); slowest: {growth.idxmin()} (+{growth.min():.1f} %); "
      f"years with falling sales: {(growth < 0).sum()}")
print(f"third-party share: {share['share_pct'].iloc[0]:.0f} % in {share['year'].iloc[0]}, "
      f"{share['share_pct'].iloc[-1]:.0f} % in {share['year'].iloc[-1]}")

# %% [output]
# 1997–2024:  36.3% a year
# 1997–2004:  73.2% a year
# 2004–2014:  29.1% a year
# 2014–2024:  21.8% a year
# fastest year: 1998 (+313 %, from $147.8 million to $610.0 million); slowest: 2022 (+9.4 %); years with falling sales: 0
# third-party share: 3 % in 1999, 58 % in 2018

# %% [curious de]
# NBVAL_CHECK_OUTPUT
from flywheel_lib import data

sales = data.load("amazon_net_sales")
share = data.load("amazon_third_party_share")
s = sales.set_index("year")["net_sales_usd_m"]
growth = s.pct_change() * 100


def cagr(first, last):
    return (s.loc[last] / s.loc[first]) ** (1 / (last - first)) - 1


for first, last in ((1997, 2024), (1997, 2004), (2004, 2014), (2014, 2024)):
    print(f"{first}–{last}: {fw.percent(cagr(first, last), 1):>6} pro Jahr")
print(f"schnellstes Jahr: {growth.idxmax()} (+{fw.number(growth.max(), '.0f')} %, von "
      f"{fw.money(s.loc[1997], 1, unit='Mio. USD')} auf {fw.money(s.loc[1998], 1, unit='Mio. USD')}); "
      f"langsamstes: {growth.idxmin()} (+{fw.number(growth.min(), '.1f')} %); "
      f"Jahre mit sinkendem Umsatz: {(growth < 0).sum()}")
print(f"Anteil unabhängiger Verkäufer: {share['share_pct'].iloc[0]:.0f} % im Jahr "
      f"{share['year'].iloc[0]}, {share['share_pct'].iloc[-1]:.0f} % im Jahr "
      f"{share['year'].iloc[-1]}")

# %% [output de]
# 1997–2024: 36,3 % pro Jahr
# 1997–2004: 73,2 % pro Jahr
# 2004–2014: 29,1 % pro Jahr
# 2014–2024: 21,8 % pro Jahr
# schnellstes Jahr: 1998 (+313 %, von 147,8 Mio. USD auf 610,0 Mio. USD); langsamstes: 2022 (+9,4 %); Jahre mit sinkendem Umsatz: 0
# Anteil unabhängiger Verkäufer: 3 % im Jahr 1999, 58 % im Jahr 2018

# %% [markdown]
# ### What the data support — and what they cannot prove
#
# - **Consistent with the story.** Sales grew every year for almost three decades, and the share
#   sold by independent sellers rose from 3 % to 58 %: the sellers → selection link did happen.
# - **Not a proof of the loop.** The numbers show *that* Amazon grew, not *why*: e-commerce as a
#   whole grew fast, Amazon entered new countries, bought companies (Whole Foods in 2017) and
#   started businesses outside the sketch, such as AWS. There is no second Amazon without a
#   flywheel to compare with.
# - **Different measures.** The third-party share is of what customers paid. Net sales are Amazon's
#   revenue: its own retail sales count in full, a sale by an independent seller only with the fees
#   Amazon charges. The two series cannot be divided into each other.
# - **Who reports, in what money.** Both come from Amazon itself (the annual reports are audited,
#   the letters pick their numbers), in current dollars, not corrected for inflation.
#
# The model is a way to think about the loops, not a fitted model of Amazon. It leaves a manager
# two questions: *is our friction below our loops' gain?* and *how much push do we need to take off
# in time?*

# %% [markdown de]
# ### Was die Daten stützen – und was sie nicht beweisen können
#
# - **Passt zur Geschichte.** Der Umsatz wuchs fast drei Jahrzehnte lang in jedem Jahr, und der
#   Anteil unabhängiger Verkäufer stieg von 3 % auf 58 %: Die Verbindung Verkäufer → Auswahl gab es
#   wirklich.
# - **Kein Beweis für den Kreislauf.** Die Zahlen zeigen, *dass* Amazon gewachsen ist, nicht
#   *warum*: Der Onlinehandel insgesamt wuchs schnell, Amazon ging in neue Länder, kaufte
#   Unternehmen (Whole Foods im Jahr 2017) und baute Geschäfte außerhalb der Skizze auf, etwa AWS.
#   Es gibt kein zweites Amazon ohne Schwungrad, mit dem man es vergleichen könnte.
# - **Unterschiedliche Maße.** Der Anteil unabhängiger Verkäufer bezieht sich auf das, was Kunden
#   bezahlt haben. Der Nettoumsatz ist Amazons Erlös: Eigene Handelsverkäufe zählen voll, ein
#   Verkauf eines unabhängigen Verkäufers nur mit den Gebühren, die Amazon dafür verlangt. Man
#   kann die eine Reihe deshalb nicht sinnvoll durch die andere teilen.
# - **Quelle und Währung.** Beide stammen von Amazon selbst (die Jahresberichte sind
#   geprüft, die Briefe wählen ihre Zahlen aus), in Dollar des jeweiligen Jahres, nicht
#   inflationsbereinigt.
#
# Das Modell ist eine Denkhilfe für die Kreisläufe, kein an Amazon angepasstes Modell. Es gibt
# einer Führungskraft zwei Fragen mit: *Liegt unsere Reibung unter der Verstärkung unserer
# Kreisläufe?* und *Wie viel Anstoß brauchen wir, um rechtzeitig abzuheben?*

# %% [markdown]
# ## Exercises
#
# Click your choice or type your answer and press **Check** (0.5 and 0,5 both work). The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A loop has four links with the signs +, −, −, +. Is it reinforcing or balancing?

# %% [markdown de]
# ## Aufgaben
#
# Klick deine Wahl an oder tipp deine Antwort ein und drück **Prüfen** (`0,5` und `0.5` gehen
# beide). Die Prüfung sagt sofort, ob deine Antwort stimmt, und wenn nicht, warum; **Lösung
# zeigen** öffnet einen Lösungsweg.
#
# **Aufgabe 1.** Ein Kreislauf hat vier Verbindungen mit den Vorzeichen +, −, −, +. Ist er
# selbstverstärkend oder ausgleichend?

# %%
exercises.ask("04.1")

# %% [markdown]
# **Exercise 2.** A single loop has three links with the strengths 0.2, 0.4 and 0.8 per month. At
# what friction (per month) does it tip? Use the geometric-mean rule from above and a calculator.

# %% [markdown de]
# **Aufgabe 2.** Ein einzelner Kreislauf hat drei Verbindungen mit den Stärken 0,2; 0,4 und 0,8 pro
# Monat. Bei welcher Reibung (pro Monat) kippt er? Nutze die Regel vom geometrischen Mittel von
# oben und einen Taschenrechner.

# %%
exercises.ask("04.2")

# %% [markdown]
# **Exercise 3.** In the first panel, keep the preset push on customer experience, set **End of
# the push** to 6 and the **friction** to 0.150. Will the wheel keep turning by itself after the
# push?

# %% [markdown de]
# **Aufgabe 3.** Lass im ersten Panel den voreingestellten Anstoß auf dem Kundenerlebnis, stell
# **Ende des Anstoßes** auf 6 und die **Reibung** auf 0,150. Dreht sich das Rad nach dem Anstoß
# von selbst weiter?

# %%
exercises.ask("04.3")

# %% [markdown]
# **Exercise 4.** In the first panel, press **Reset** (the push on customer experience ends in
# month 24), then set the **friction** to 0.12 and the **energy input** to 2. In which month does
# the wheel take off?

# %% [markdown de]
# **Aufgabe 4.** Drück im ersten Panel auf **Zurücksetzen** (der Anstoß auf das Kundenerlebnis
# endet in Monat 24) und stell dann die **Reibung** auf 0,12 und die **Energiezufuhr** auf 2. In
# welchem Monat hebt das Rad ab?

# %%
exercises.ask("04.4")

# %% [markdown]
# **Exercise 5.** A retailer with many branches launches a loyalty programme, and its sales grow in
# every one of the next five years. Which of these would tell it most about whether the programme
# caused the growth?

# %% [markdown de]
# **Aufgabe 5.** Ein Händler mit vielen Filialen führt ein Treueprogramm ein, und sein Umsatz
# wächst in jedem der folgenden fünf Jahre. Was davon sagt ihm am meisten darüber, ob das Programm
# das Wachstum verursacht hat?

# %%
exercises.ask("04.5")

# %% [markdown]
# **For the curious (optional): a loop in code.** The engine computes the tipping friction of any
# graph you describe as a list of links (*source, target, sign, strength*). The folded cell builds
# a loop of three links with the strengths 0.1, 0.2 and 0.4; open it, change the strengths or add a
# fourth link, and run it again. Does the result match the geometric mean?

# %% [markdown de]
# **Für Neugierige (freiwillig): ein Kreislauf im Code.** Der Rechenkern des Kits berechnet die
# Kipp-Reibung jedes Graphen, den du als Liste von Verbindungen beschreibst (*Ausgangsfaktor,
# Zielfaktor, Vorzeichen, Stärke*). Die eingeklappte Zelle baut einen Kreislauf aus drei
# Verbindungen mit den Stärken 0,1; 0,2 und 0,4. Öffne sie, ändere die Stärken oder füge eine
# vierte Verbindung hinzu und führe sie erneut aus. Passt das Ergebnis zum geometrischen Mittel?

# %% [curious]
my_loop = loops.Graph.from_links(
    ["content", "visitors", "subscribers"],
    [("content", "visitors", "+", 0.1),
     ("visitors", "subscribers", "+", 0.2),
     ("subscribers", "content", "+", 0.4)])
print(f"tipping friction: {loops.tipping_friction(my_loop):.3f} per month")

# %% [curious de]
# ein Kreislauf aus drei Verbindungen
# (Ausgangsfaktor, Zielfaktor, Vorzeichen, Stärke)
my_loop = loops.Graph.from_links(
    ["Inhalte", "Besucher", "Abonnenten"],
    [("Inhalte", "Besucher", "+", 0.1),
     ("Besucher", "Abonnenten", "+", 0.2),
     ("Abonnenten", "Inhalte", "+", 0.4)])
print(f"Kipp-Reibung: {fw.number(loops.tipping_friction(my_loop), '.3f')} pro Monat")

# %% [markdown]
# ## Summary
#
# - A loop whose signs multiply to + is reinforcing, to − balancing. Amazon's sketch has seven
#   factors in two reinforcing loops, so pushing any one factor lifts all the others.
# - Friction decides *whether* the wheel keeps turning by itself: below the tipping point (0.175 a
#   month in the sketch) the loops carry it; above it friction wins, however hard you push. A
#   single loop tips at the geometric mean of its link strengths: a weak link holds it back.
# - Energy decides *when*: the wheel ends up at the same cruising momentum whatever the push, but a
#   stronger push makes it take off years sooner.
# - Amazon's numbers fit the story, but cannot prove the mechanism.
#
# Amazon's sketch is about a retailer. The next lesson turns the same idea to marketing, sales and
# service: **Next:** lesson 05, HubSpot's inbound flywheel (see the lesson map in
# [00 · Start here](00_start_here.ipynb#Lesson-map)).

# %% [markdown de]
# ## Zusammenfassung
#
# - Ein Kreislauf, dessen Vorzeichen multipliziert + ergeben, ist selbstverstärkend; ergeben sie
#   −, ist er ausgleichend. Amazons Skizze hat sieben Faktoren in zwei selbstverstärkenden
#   Kreisläufen. Deshalb zieht ein Anstoß auf einen beliebigen Faktor alle anderen mit.
# - Die Reibung entscheidet, *ob* sich das Rad von selbst weiterdreht: Unter dem Kipppunkt (in der
#   Skizze 0,175 pro Monat) tragen es die Kreisläufe; darüber gewinnt die Reibung, egal wie stark
#   du anstößt. Ein einzelner Kreislauf kippt beim geometrischen Mittel seiner Verbindungsstärken:
#   Eine schwache Verbindung bremst ihn.
# - Die Energie entscheidet, *wann*: Das Rad landet beim selben Dauerschwung, egal wie du
#   anstößt, aber ein stärkerer Anstoß lässt es Jahre früher abheben.
# - Amazons Zahlen passen zur Geschichte, können den Mechanismus aber nicht beweisen.
#
# Amazons Skizze beschreibt einen Händler. Die nächste Lektion überträgt dieselbe Idee auf
# Marketing, Vertrieb und Service. **Weiter:** Lektion 05, das Inbound-Schwungrad von HubSpot
# (siehe die Lektionsübersicht in [00 · Hier beginnen](00_start_here.ipynb#Lektionsübersicht)).
