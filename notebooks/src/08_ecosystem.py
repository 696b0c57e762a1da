# %% [markdown]
# # 08 · Ecosystems: a core flywheel and its satellites
#
# **Learning goals.** After this lesson you can
# - describe an ecosystem as a business core with satellites around it, and name Amazon's,
# - explain three ways satellites help the whole: they feed the core, they finance one another, and
#   they spread the risk,
# - show with the kit's loop calculator (its *engine*) how satellites raise the friction the core
#   can bear, and judge a satellite by what it does for the whole rather than by what it earns
#   itself.

# %% [markdown de]
# # 08 · Ökosysteme: ein Kern-Schwungrad und seine Satelliten
#
# **Lernziele.** Nach dieser Lektion kannst du
# - ein Ökosystem als Kerngeschäft mit Satelliten drumherum beschreiben und die Satelliten von
#   Amazon nennen,
# - drei Wege erklären, wie Satelliten dem Ganzen helfen: Sie speisen den Kern, sie finanzieren
#   sich gegenseitig, und sie streuen das Risiko,
# - mit dem Kreislauf-Rechner des Kits (seinem *Rechenkern*) zeigen, wie Satelliten die Reibung
#   erhöhen, die der Kern verkraftet, und einen Satelliten danach beurteilen, was er für das Ganze
#   leistet, statt danach, was er selbst verdient.

# %% [curious]
# the kit's tools for this lesson
from flywheel_lib import exercises, panels
from flywheel_lib.models import ecosystem, loops

# %% [curious de]
# die Werkzeuge des Kits für diese Lektion
import flywheel_lib as fw
fw.set_language("de")
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
# - **They spread the risk.** Many small value streams add up, and one weak stream does not pull
#   the whole down.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Ein Onlineshop für sich allein ist ein Schwungrad. Ein **Ökosystem** besteht aus mehreren: einem
# **Kern**, der den Hauptumsatz bringt, und **Satelliten** drumherum. Das sind Nebengeschäfte, die
# selbst etwas Geld verdienen und vor allem den Kern schneller drehen lassen. Mit der Zeit kann ein
# Satellit so stark werden, dass er selbst zu einem Kern wird.
#
# Amazon ist das Lehrbuchbeispiel. Der **Marktplatz** ist der Kern: das ganze Schwungrad aus
# Lektion 04 mit seinen sieben Faktoren. Um ihn herum liegen **Prime**, **Video**, **Musik**,
# **Kindle und Verlag**, **Geräte** wie der Lautsprecher Echo, der **Bezahldienst**, die Lieferung
# von **Lebensmitteln** (Amazon Fresh und seit 2017 Whole Foods), das **Partnerprogramm** (Amazon
# Associates: Websites und Blogs, die auf Amazon-Produkte verlinken, bekommen eine Provision auf
# das, was ihre Leser kaufen) und **AWS**, das Cloud-Geschäft, das Rechenleistung vermietet. Drei
# Dinge verbinden sie:
#
# - **Satelliten speisen den Kern.** Ein Prime-Mitglied kauft mehr ein; mit einem Echo zu Hause
#   ist die nächste Bestellung nur einen Satz entfernt; die Partner bringen Besucher von fremden
#   Websites; Amazons eigene Lieferflotte für Lebensmittel macht das Unternehmen unabhängiger von
#   fremden Paketdiensten.
# - **Ältere Ströme finanzieren neuere.** Geld aus den etablierten Geschäften bezahlt neue, die
#   vielleicht jahrelang nichts verdienen. Entscheidend ist, dass das Ganze weiter wächst.
# - **Satelliten streuen das Risiko.** Viele kleine Wertströme summieren sich, und ein schwacher
#   Strom zieht nicht das Ganze nach unten.

# %% [markdown]
# ## The model
#
# The kit writes the ecosystem down as a **causal-loop graph**: the diagram of lesson 04 as a list.
# It names the factors (traffic, selection, cash, Prime, …) and the arrows between them; each arrow
# says "more of this brings more of that" and has a strength, the share of one factor's level that
# reaches the next in a month. Arrows that lead back to where they started form loops, which is
# where the name comes from. The kit's **engine** is the calculator of lesson 04 that works with
# such a graph: it finds every loop, computes the tipping friction and runs the whole month by
# month.
#
# **The core is lesson 04's wheel, unchanged**: the same seven factors, link strengths (0.15 a
# month) and delays, taken from the same place, so on its own it tips at lesson 04's friction,
# 0.175. A **cash** factor collects the core's earnings from its traffic; it feeds nothing back into
# the core by itself. Each satellite draws users from the core and is financed by cash; all but AWS
# feed one core factor back, some earn for cash, and AWS has a loop of its own. The satellites'
# strengths are invented, round numbers chosen to show the mechanisms, not measurements.
#
# **The rule for a single loop** (from lesson 04). An effect travels one link a month, so going
# once round a loop of *k* links takes *k* months, and on the way it is multiplied by every link's
# strength in turn. Friction, meanwhile, takes its share every month. So the friction a single
# loop can bear is its strength *per month*, the **geometric mean** of its link strengths:
# multiply the strengths of its *k* links and take the *k*-th root. For a loop of three links
# with the strengths 0.1, 0.2 and 0.4: 0.1 × 0.2 × 0.4 = 0.008, and the cube root of 0.008 is
# 0.2 — the loop tips at a friction of 0.2 per month. When several loops share factors, as here,
# the engine works out the combined value for you.
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

# %% [markdown de]
# ## Das Modell
#
# Das Kit schreibt das Ökosystem als **Wirkungsgraph** (engl. causal-loop graph) auf: das Diagramm
# aus Lektion 04 als Liste. Er nennt die Faktoren (Besucher, Auswahl, Kasse, Prime, …) und die
# Pfeile zwischen ihnen. Jeder Pfeil sagt „mehr hiervon bringt mehr davon“ und hat eine Stärke: den
# Anteil am Niveau eines Faktors, der in einem Monat beim nächsten ankommt. Pfeile, die zu ihrem
# Ausgangspunkt zurückführen, bilden Kreisläufe – daher der Name. Der **Rechenkern** des Kits ist
# der Rechner aus Lektion 04, der mit einem solchen Graphen arbeitet: Er findet jeden Kreislauf,
# berechnet die Kipp-Reibung und lässt das Ganze Monat für Monat laufen.
#
# **Der Kern ist das Rad aus Lektion 04, unverändert**: dieselben sieben Faktoren,
# Verbindungsstärken (0,15 pro Monat) und Verzögerungen, aus derselben Quelle übernommen. Für sich
# allein kippt er also bei der Reibung aus Lektion 04, bei 0,175. Ein Faktor **Kasse** sammelt, was
# der Kern mit seinen Besuchern verdient; von sich aus speist er nichts in den Kern zurück. Jeder
# Satellit bezieht seine Nutzer aus dem Kern und wird aus der Kasse finanziert. Alle außer AWS
# speisen einen Faktor des Kerns zurück, einige verdienen Geld für die Kasse, und AWS hat einen
# eigenen Kreislauf. Die Stärken der Satelliten sind erfunden: runde Zahlen, die die Mechanismen
# zeigen sollen, keine Messwerte.
#
# **Die Regel für einen einzelnen Kreislauf** (aus Lektion 04). Eine Wirkung wandert pro Monat
# eine Verbindung weiter. Ein Umlauf durch einen Kreislauf mit *k* Verbindungen dauert also *k*
# Monate, und unterwegs wird die Wirkung nacheinander mit der Stärke jeder Verbindung
# multipliziert. Die Reibung nimmt sich derweil jeden Monat ihren Anteil. Die Reibung, die ein
# einzelner Kreislauf verkraftet, ist deshalb seine Stärke *pro Monat*: das **geometrische Mittel**
# seiner Verbindungsstärken. Multipliziere die Stärken seiner *k* Verbindungen und zieh die *k*-te
# Wurzel. Ein Kreislauf aus drei Verbindungen mit den Stärken 0,1; 0,2 und 0,4 ergibt
# 0,1 × 0,2 × 0,4 = 0,008, und die dritte Wurzel aus 0,008 ist 0,2 – der Kreislauf kippt bei einer
# Reibung von 0,2 pro Monat. Wenn sich mehrere Kreisläufe Faktoren teilen, wie hier, rechnet das
# Rechenkern den gemeinsamen Wert für dich aus.
#
# <details><summary>Für Neugierige: alle Verbindungen der Satelliten</summary>
#
# - eine Verbindung **von einem Faktor des Kerns**, der dem Satelliten seine Nutzer bringt (bei den
#   meisten die Besucher des Marktplatzes; beim Partnerprogramm die Auswahl: die Produkte, auf die
#   seine Partner verlinken können),
# - eine Verbindung **zu dem Faktor des Kerns, den er verbessert**: Kundenerlebnis (Prime, Video,
#   Musik), Besucher (Kindle, Geräte, Partnerprogramm), Verkäufer (Bezahldienst) oder
#   Kostenstruktur (Lebensmittel),
# - eine Verbindung **von der Kasse**, denn das Ganze finanziert seine Satelliten, und eine
#   Verbindung **zur Kasse**, wenn der Satellit gut verdient (Prime, Kindle, Bezahldienst, AWS),
# - bei manchen ein eigener Kreislauf (AWS: Mehr Cloud-Kunden bringen mehr Größe, niedrigere Preise
#   und noch mehr Cloud-Kunden) oder zusätzliche Reibung (am meisten bei der Musik, einem schwachen
#   Strom; danach bei den Lebensmitteln mit ihren dünnen Margen und der eigenen Lieferflotte; ein
#   wenig bei Video und Geräten).
#
# </details>
#
# In einem Punkt weicht diese Lektion bewusst von Lektion 04 ab: Alle Beispiele dieser Lektion
# spielen bei einer Reibung von **0,20**. Das liegt über dem Kipppunkt aus Lektion 04; dort läuft
# der Kern allein aus. So siehst du, was die Satelliten beitragen.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the single-loop rule, checked with the engine
three = loops.Graph.from_links(["a", "b", "c"], [("a", "b", "+", 0.1), ("b", "c", "+", 0.2),
                                                 ("c", "a", "+", 0.4)])
print(f"geometric mean {(0.1 * 0.2 * 0.4) ** (1 / 3):.3f}, "
      f"engine {loops.tipping_friction(three):.3f} per month")

# %% [output]
# geometric mean 0.200, engine 0.200 per month

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Regel für einen Kreislauf, vom Rechenkern geprüft
three = loops.Graph.from_links(["a", "b", "c"], [("a", "b", "+", 0.1), ("b", "c", "+", 0.2),
                                                 ("c", "a", "+", 0.4)])
print(f"geometrisches Mittel {fw.number((0.1 * 0.2 * 0.4) ** (1 / 3), '.3f')}, "
      f"Rechenkern {fw.number(loops.tipping_friction(three), '.3f')} pro Monat")

# %% [output de]
# geometrisches Mittel 0,200, Rechenkern 0,200 pro Monat

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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
alone, whole = ecosystem.build([]), ecosystem.build()
print(f"Kern allein: {len(alone.factors)} Faktoren (die sieben aus Lektion 04 und die Kasse), "
      f"{len(alone.loops())} Kreisläufe; mit allen neun Satelliten: {len(whole.factors)} "
      f"Faktoren, {len(whole.loops())} Kreisläufe")
print(f"Kipp-Reibung des Kerns: {fw.number(ecosystem.tipping_friction(alone), '.4f')}, "
      f"in Lektion 04: {fw.number(loops.tipping_friction(loops.amazon()), '.4f')}")

# %% [output de]
# Kern allein: 8 Faktoren (die sieben aus Lektion 04 und die Kasse), 2 Kreisläufe; mit allen neun Satelliten: 17 Faktoren, 57 Kreisläufe
# Kipp-Reibung des Kerns: 0,1751, in Lektion 04: 0,1751

# %% [markdown]
# ### Satellites raise the friction the core can bear
#
# Every satellite that feeds the core adds loops through it, so the core keeps turning by itself up
# to a higher friction: the tipping point of lesson 04 rises, from 0.175 for the core alone to 0.203
# with Prime, 0.177 with music, and 0.272 with all nine. At a friction of 0.20 the bare core
# therefore runs down after the push, while the core with its satellites keeps turning:

# %% [markdown de]
# ### Satelliten erhöhen die Reibung, die der Kern verkraftet
#
# Jeder Satellit, der den Kern speist, fügt Kreisläufe durch ihn hinzu. Deshalb dreht der Kern bis
# zu einer höheren Reibung von selbst weiter: Der Kipppunkt aus Lektion 04 steigt, von 0,175 für
# den Kern allein auf 0,203 mit Prime, auf 0,177 mit Musik und auf 0,272 mit allen neun. Bei einer
# Reibung von 0,20 läuft der Kern allein nach dem Anstoß also aus, während der Kern mit seinen
# Satelliten weiterdreht:

# %% [curious]
# NBVAL_CHECK_OUTPUT
tips = {
    key: ecosystem.tipping_friction(ecosystem.build([key]))
    for key in ecosystem.SATELLITE_KEYS}
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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
tips = {
    key: ecosystem.tipping_friction(ecosystem.build([key]))
    for key in ecosystem.SATELLITE_KEYS}
print("Kipp-Reibung des Kerns mit einem Satelliten:")
for key, value in tips.items():
    print(f"  {fw.t(f'eco.sat.{key}') + ':':17s}{fw.number(value, '.3f')}")
print(f"Kern allein {fw.number(ecosystem.tipping_friction(alone), '.3f')}, alle neun "
      f"{fw.number(ecosystem.tipping_friction(whole), '.3f')}")
run = ecosystem.simulate(energy=10, friction=0.20, alone=True)
print(f"Schwung des Kerns nach 120 Monaten bei einer Reibung von {fw.number(0.20, '.2f')}: "
      f"mit Satelliten {fw.number(run['core'].iloc[-1], '.1f')} %, "
      f"Kern allein {fw.number(run.attrs['alone']['core'].iloc[-1], '.1f')} %")

# %% [output de]
# Kipp-Reibung des Kerns mit einem Satelliten:
#   Prime:           0,203
#   Video:           0,184
#   Musik:           0,177
#   Kindle & Verlag: 0,184
#   Geräte (Echo):   0,183
#   Bezahldienst:    0,180
#   Lebensmittel:    0,180
#   Partnerprogramm: 0,183
#   AWS (Cloud):     0,175
# Kern allein 0,175, alle neun 0,272
# Schwung des Kerns nach 120 Monaten bei einer Reibung von 0,20: mit Satelliten 18,9 %, Kern allein 1,0 %

# %% [markdown]
# AWS on its own does not move the core's tipping point at all: its money goes to cash, and with no
# other satellite there is nothing for cash to pay for that reaches the shop.
#
# ## The panel
#
# The panel runs the ecosystem for ten years (120 months). It has two sliders and a box to tick
# for each satellite:
#
# - **Energy input** (start: 10 points a month): how hard you push the core's customer experience
#   during the first 24 months (up to the dotted line). Watch how fast the core's line rises while
#   you push — and where it ends.
# - **Friction** (start: 0.20 per month; it acts on every factor): watch whether the core keeps
#   turning after the push stops, and compare your friction with the tipping friction in the text
#   under the picture.
# - **Satellites**: tick a box to add a satellite, untick it to remove it.
#
# The top chart compares the core's momentum (lesson 04's momentum: the mean level of its seven
# factors) with your satellites (solid line) and without any (dashed line); the chart below shows
# each satellite's level in the colour of its bar; the bars on the right show each stream's
# revenue at the end (an index: the core at full traffic earns 100). The text under the picture
# gives the tipping friction of the core with the satellites you ticked, and the core's momentum
# at the end.

# %% [markdown de]
# AWS allein verschiebt den Kipppunkt des Kerns überhaupt nicht: Sein Geld fließt in die Kasse,
# und ohne weitere Satelliten kann die Kasse nichts bezahlen, was beim Shop ankommt.
#
# ## Das Panel
#
# Das Panel lässt das Ökosystem zehn Jahre (120 Monate) laufen. Es hat zwei Regler und für jeden
# Satelliten ein Kästchen zum Anhaken:
#
# - **Energiezufuhr** (Start: 10 Punkte pro Monat): wie stark du in den ersten 24 Monaten (bis zur
#   gepunkteten Linie) das Kundenerlebnis des Kerns anschiebst. Beobachte, wie schnell die Linie
#   des Kerns steigt, solange du anschiebst – und wo sie endet.
# - **Reibung (auf jeden Faktor)** (Start: 0,20 pro Monat): Beobachte, ob der Kern weiterdreht,
#   wenn der Anstoß endet, und vergleiche deine Reibung mit der Kipp-Reibung im Text unter den
#   Reglern.
# - **Satelliten**: Setz einen Haken, um einen Satelliten hinzuzufügen; nimm ihn weg, um den
#   Satelliten zu entfernen.
#
# Das obere Diagramm vergleicht den Schwung des Kerns (den Schwung aus Lektion 04: das mittlere
# Niveau seiner sieben Faktoren) mit deinen Satelliten (durchgezogene Linie) und ganz ohne
# Satelliten (gestrichelte Linie). Das Diagramm darunter zeigt das Niveau jedes Satelliten in der
# Farbe seines Balkens. Die Balken rechts zeigen den Umsatz jedes Stroms am Ende (als Index: Der
# Kern verdient bei vollem Besucherstrom 100). Der Text unter der Grafik nennt die Kipp-Reibung
# des Kerns mit den Satelliten, die du angehakt hast, und den Schwung des Kerns am Ende.

# %%
panels.build("08_ecosystem")

# %% [markdown]
# **Try this**
# 1. Untick every satellite: the two lines at the top left coincide and run down, as lesson 04's wheel
#    does at this friction. Add Prime alone. Then try the others one at a time instead of Prime:
#    which single satellite lifts the core most?
# 2. Look at **music** while you switch the others on and off. On its own with the core it almost
#    dies; with strong satellites around it, it holds a steady level. (Exercise 3 asks why.)
# 3. Switch AWS on and off. Its bar passes the core's. Which factor of the core does AWS feed
#    directly?
# 4. Look at the **affiliates** bar: it stays empty, because Amazon pays its partners a commission
#    and keeps no revenue of its own from them. Now untick affiliates and watch the core's line
#    drop. Do the same with **grocery**, which earns little and is costly to run.
# 5. With all satellites ticked, raise the **friction** slowly until the core's momentum collapses.
#    Compare that value with the tipping friction in the text under the picture.
# 6. Set the **energy input** to 1, then to 30 points a month, and watch the core's line. What
#    changes during the push, and what at the end of the ten years?
#
# <details><summary>Answers</summary>
#
# 1. Prime: on its own it raises the core's tipping friction most (to 0.203, as printed above), so
#    at a friction of 0.20 the core with Prime keeps turning.
# 3. None: AWS works through cash, which pays for the other satellites. With AWS as the only
#    satellite the core does not gain at all.
# 4. Both lines drop: each of them lifts the core, though one earns nothing of its own and the
#    other little. The next section puts numbers on it.
# 5. The core's momentum at the end shrinks steadily as you approach the tipping friction (0.272
#    with all nine satellites) and is close to zero above it: near the tipping point the loops only
#    just make up for what friction takes, so the collapse is gradual rather than sudden.
# 6. A bigger push lifts the core faster while it lasts, but ten years later the core with its
#    satellites ends at almost the same momentum either way: below the tipping point the loops, not
#    the size of the push, decide where the wheel settles. Untick all satellites and the core runs
#    down after the push, however hard you push.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Nimm bei allen Satelliten den Haken weg: Die beiden Linien oben links fallen zusammen und laufen
#    aus, wie das Rad aus Lektion 04 bei dieser Reibung. Füge nur Prime hinzu. Probier dann statt
#    Prime die anderen einzeln aus: Welcher einzelne Satellit hebt den Kern am meisten?
# 2. Beobachte die **Musik**, während du die anderen an- und ausschaltest. Allein mit dem Kern
#    stirbt sie fast ab; mit starken Satelliten um sich herum hält sie ein stetiges Niveau.
#    (Aufgabe 3 fragt, warum.)
# 3. Schalte AWS an und aus. Sein Balken überholt den des Kerns. Welchen Faktor des Kerns speist
#    AWS direkt?
# 4. Schau dir den Balken **Partnerprogramm** an: Er bleibt leer, weil Amazon seinen Partnern eine
#    Provision zahlt und selbst keinen Umsatz aus ihnen behält. Nimm jetzt beim Partnerprogramm den
#    Haken weg und beobachte, wie die Linie des Kerns sinkt. Mach dasselbe mit **Lebensmittel**:
#    Dieser Satellit verdient wenig und ist teuer im Betrieb.
# 5. Hake alle Satelliten an und erhöhe die **Reibung** langsam, bis der Schwung des Kerns
#    zusammenbricht. Vergleiche diesen Wert mit der Kipp-Reibung im Text unter der Grafik.
# 6. Stell die **Energiezufuhr** auf 1, dann auf 30 Punkte pro Monat, und beobachte die Linie des
#    Kerns. Was ändert sich während des Anstoßes, was am Ende der zehn Jahre?
#
# <details><summary>Antworten</summary>
#
# 1. Prime: Dieser Satellit hebt allein die Kipp-Reibung des Kerns am meisten (auf 0,203, wie oben
#    ausgegeben). Bei einer Reibung von 0,20 dreht der Kern mit Prime also weiter.
# 3. Keinen: AWS wirkt über die Kasse, die die anderen Satelliten bezahlt. Mit AWS als einzigem
#    Satelliten gewinnt der Kern überhaupt nichts.
# 4. Beide Male sinkt die Linie: Jeder der beiden hebt den Kern, obwohl der eine selbst nichts
#    verdient und der andere wenig. Der nächste Abschnitt beziffert das.
# 5. Der Schwung des Kerns am Ende schrumpft stetig, je näher du der Kipp-Reibung kommst (0,272 mit
#    allen neun Satelliten), und liegt darüber nahe null: Nahe am Kipppunkt gleichen die
#    Kreisläufe gerade noch aus, was die Reibung wegnimmt. Deshalb kommt der Zusammenbruch
#    allmählich und nicht plötzlich.
# 6. Ein stärkerer Anstoß hebt den Kern schneller, solange er dauert. Zehn Jahre später endet der
#    Kern mit seinen Satelliten aber so oder so bei fast demselben Schwung: Unterhalb des
#    Kipppunkts entscheiden die Kreisläufe, nicht die Größe des Anstoßes, wo sich das Rad
#    einpendelt. Nimmst du bei allen Satelliten den Haken weg, läuft der Kern nach dem Anstoß aus,
#    egal wie stark du anschiebst.
#
# </details>

# %% [markdown]
# ## Which satellite matters most?
#
# The kit runs the ecosystem with all satellites, and then once more without each satellite in
# turn. What the core's momentum loses when a satellite is left out is what that satellite is
# worth. Because momentum is itself a percentage (of what is possible), the loss is measured in
# **percentage points**: the plain difference between two percentages. With all nine satellites
# the core ends at 18.9 %; without Prime it ends at 14.1 %, so Prime is worth 4.8 percentage points
# (not 4.8 % *of* the momentum, which would be far less).

# %% [markdown de]
# ## Welcher Satellit zählt am meisten?
#
# Das Kit lässt das Ökosystem mit allen Satelliten laufen und danach noch einmal, jedes Mal ohne
# einen anderen Satelliten. Was der Schwung des Kerns verliert, wenn ein Satellit fehlt, ist der
# Wert dieses Satelliten. Weil der Schwung selbst ein Prozentwert ist (in Prozent des Möglichen),
# misst du den
# Verlust in **Prozentpunkten**: als einfache Differenz zweier Prozentwerte. Mit allen neun
# Satelliten endet der Kern bei 18,9 %, ohne Prime bei 14,1 %. Prime ist also 4,8 Prozentpunkte
# wert (nicht 4,8 % *des* Schwungs, das wäre viel weniger).

# %% [curious]
# NBVAL_CHECK_OUTPUT
worth = ecosystem.contribution(energy=10, friction=0.20)
print(f"core momentum with all nine: {worth['core_with_all'].iloc[0]:.1f} %")
for key, row in worth.iterrows():
    print(f"{key:9s} worth {row['loss']:.1f} points of core momentum "
          f"({row['core_without']:.1f} % without it)")

# %% [output]
# core momentum with all nine: 18.9 %
# prime     worth 4.8 points of core momentum (14.1 % without it)
# aws       worth 3.7 points of core momentum (15.2 % without it)
# kindle    worth 2.2 points of core momentum (16.7 % without it)
# devices   worth 2.1 points of core momentum (16.8 % without it)
# affiliate worth 2.1 points of core momentum (16.8 % without it)
# grocery   worth 1.5 points of core momentum (17.5 % without it)
# video     worth 1.4 points of core momentum (17.5 % without it)
# payments  worth 1.3 points of core momentum (17.6 % without it)
# music     worth 0.3 points of core momentum (18.6 % without it)

# %% [curious de]
# NBVAL_CHECK_OUTPUT
worth = ecosystem.contribution(energy=10, friction=0.20)
print(f"Schwung des Kerns mit allen neun: {fw.number(worth['core_with_all'].iloc[0], '.1f')} %")
for key, row in worth.iterrows():
    print(f"{fw.t(f'eco.sat.{key}') + ':':17s}{fw.number(row['loss'], '.1f')} Prozentpunkte "
          f"(Kern ohne diesen Satelliten: {fw.number(row['core_without'], '.1f')} %)")

# %% [output de]
# Schwung des Kerns mit allen neun: 18,9 %
# Prime:           4,8 Prozentpunkte (Kern ohne diesen Satelliten: 14,1 %)
# AWS (Cloud):     3,7 Prozentpunkte (Kern ohne diesen Satelliten: 15,2 %)
# Kindle & Verlag: 2,2 Prozentpunkte (Kern ohne diesen Satelliten: 16,7 %)
# Geräte (Echo):   2,1 Prozentpunkte (Kern ohne diesen Satelliten: 16,8 %)
# Partnerprogramm: 2,1 Prozentpunkte (Kern ohne diesen Satelliten: 16,8 %)
# Lebensmittel:    1,5 Prozentpunkte (Kern ohne diesen Satelliten: 17,5 %)
# Video:           1,4 Prozentpunkte (Kern ohne diesen Satelliten: 17,5 %)
# Bezahldienst:    1,3 Prozentpunkte (Kern ohne diesen Satelliten: 17,6 %)
# Musik:           0,3 Prozentpunkte (Kern ohne diesen Satelliten: 18,6 %)

# %% [markdown]
# Prime is worth most to the core (4.8 points), followed by AWS (3.7 points), although AWS does not
# touch the shop at all: its money flows through cash into every other satellite. The affiliate
# programme is worth 2.1 points and grocery 1.5, though one earns nothing and the other little of
# its own: judge a satellite by what it does for the whole, not by its own revenue. Music is worth
# least (0.3 points).
#
# ## A weak satellite, and a satellite that outgrows the core
#
# With only the core around it, music fades to almost nothing; with the eight others it settles
# more than twenty times higher. AWS, with a strong loop of its own, ends with a revenue index of
# 44.6 against the core's 27.0:

# %% [markdown de]
# Prime ist für den Kern am meisten wert (4,8 Prozentpunkte), gefolgt von AWS (3,7 Prozentpunkte),
# obwohl AWS
# den Shop gar nicht berührt: Sein Geld fließt über die Kasse in jeden anderen Satelliten. Das
# Partnerprogramm ist 2,1 Prozentpunkte wert und die Lebensmittel 1,5, obwohl das eine selbst nichts und
# das andere wenig verdient. Beurteile einen Satelliten also danach, was er für das Ganze leistet,
# nicht nach seinem eigenen Umsatz. Am wenigsten ist die Musik wert (0,3 Prozentpunkte).
#
# ## Ein schwacher Satellit und einer, der den Kern überholt
#
# Nur mit dem Kern schwindet die Musik fast auf null; mit den acht anderen pendelt sie sich auf
# einem mehr als zwanzigmal so hohen Niveau ein. AWS mit seinem starken eigenen Kreislauf endet bei einem Umsatzindex
# von 44,6, der Kern bei 27,0:

# %% [curious]
# NBVAL_CHECK_OUTPUT
# a satellite without the core
lonely = ecosystem.simulate(["music"], energy=10, friction=0.20)
rev = ecosystem.revenue(run)
print(f"music level after 120 months: with the core only {lonely['music'].iloc[-1]:.2f} %, "
      f"with all satellites {run['music'].iloc[-1]:.2f} %")
print(f"revenue index at the end: AWS {rev['aws']:.1f}, core {rev['core']:.1f}, "
      f"affiliates {rev['affiliate']:.1f}")

# %% [output]
# music level after 120 months: with the core only 0.41 %, with all satellites 9.98 %
# revenue index at the end: AWS 44.6, core 27.0, affiliates 0.0

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# ein Satellit nur mit dem Kern
lonely = ecosystem.simulate(["music"], energy=10, friction=0.20)
rev = ecosystem.revenue(run)
print(f"Niveau der Musik nach 120 Monaten: nur mit dem Kern "
      f"{fw.number(lonely['music'].iloc[-1], '.2f')} %, mit allen Satelliten "
      f"{fw.number(run['music'].iloc[-1], '.2f')} %")
print(f"Umsatzindex am Ende: AWS {fw.number(rev['aws'], '.1f')}, "
      f"Kern {fw.number(rev['core'], '.1f')}, Partnerprogramm {fw.number(rev['affiliate'], '.1f')}")

# %% [output de]
# Niveau der Musik nach 120 Monaten: nur mit dem Kern 0,41 %, mit allen Satelliten 9,98 %
# Umsatzindex am Ende: AWS 44,6, Kern 27,0, Partnerprogramm 0,0

# %% [markdown]
# Keep the limits of a model like this in mind: the numbers say what the links you put in imply,
# nothing more. Whether music *really* helps Amazon, or how much AWS money really flows to the
# shop, a causal-loop sketch cannot tell; it can only make the argument explicit enough to test.

# %% [markdown de]
# Behalte die Grenzen eines solchen Modells im Kopf: Die Zahlen sagen, was aus den Verbindungen
# folgt, die du hineingesteckt hast, und nicht mehr. Ob die Musik Amazon *wirklich* hilft oder wie
# viel Geld von AWS wirklich beim Shop ankommt, kann ein Wirkungsdiagramm nicht sagen. Sie kann
# das Argument nur so deutlich machen, dass es sich prüfen lässt.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A core loop has four links of strength 0.12 each. At what friction does this
# single loop tip? (Use the rule for a single loop from "The model" above.)

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drücke **Prüfen** (`2,5` und `2.5` gehen beide), oder klick deine
# Wahl an. Die Prüfung sagt dir sofort, ob deine Antwort stimmt, und wenn nicht, warum; **Lösung
# zeigen** öffnet einen ausführlichen Lösungsweg.
#
# **Aufgabe 1.** Ein Kreislauf des Kerns hat vier Verbindungen mit der Stärke 0,12. Bei welcher
# Reibung kippt dieser einzelne Kreislauf? (Nutze die Regel für einen einzelnen Kreislauf aus
# „Das Modell“ oben.)

# %%
exercises.ask("08.1")

# %% [markdown]
# **Exercise 2.** In the panel, switch on **only Prime and video** (untick all the other
# satellites). What tipping friction does the text under the picture give? Three decimals are
# enough.

# %% [markdown de]
# **Aufgabe 2.** Schalte im Panel **nur Prime und Video** ein (nimm bei allen anderen Satelliten
# den Haken weg). Welche Kipp-Reibung nennt der Text unter der Grafik? Drei Nachkommastellen
# genügen.

# %%
exercises.ask("08.2")

# %% [markdown]
# **Exercise 3.** Music is a weak satellite: with only the core around it, it almost dies out; with
# all the other satellites switched on, it holds a steady level. Why?

# %% [markdown de]
# **Aufgabe 3.** Die Musik ist ein schwacher Satellit: Nur mit dem Kern stirbt sie fast aus; sind
# alle anderen Satelliten eingeschaltet, hält sie ein stetiges Niveau. Warum?

# %%
exercises.ask("08.3")

# %% [markdown]
# **For the curious (optional): your own choice of satellites in code.** The folded cell builds the
# ecosystem with a list of satellites and asks the engine for its tipping friction and its loops.
# Open it, change the list, and run it again.

# %% [markdown de]
# **Für Neugierige (freiwillig): deine eigene Auswahl an Satelliten im Code.** Die eingeklappte
# Zelle baut das Ökosystem mit einer Liste von Satelliten und fragt den Rechenkern nach seiner
# Kipp-Reibung und seinen Kreisläufen. Öffne sie, ändere die Liste und führe sie erneut aus.

# %% [curious]
# your own choice of satellites
mine = ecosystem.build(["kindle", "devices"])
print(f"{len(mine.loops())} loops; tipping friction "
      f"{ecosystem.tipping_friction(mine):.3f} per month")

# %% [curious de]
# deine eigene Auswahl an Satelliten
mine = ecosystem.build(["kindle", "devices"])
print(f"{len(mine.loops())} Kreisläufe; Kipp-Reibung "
      f"{fw.number(ecosystem.tipping_friction(mine), '.3f')} pro Monat")

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

# %% [markdown de]
# ## Zusammenfassung
#
# - Ein Ökosystem ist ein Kern mit Satelliten. Satelliten speisen den Kern, ältere Ströme
#   finanzieren neuere, und schwache Ströme werden von starken getragen.
# - Der Kern ist hier das Rad aus Lektion 04. Jeder Satellit, der ihn speist, fügt Kreisläufe
#   hinzu. So dreht der Kern bei einer Reibung von selbst weiter, bei der er allein auslaufen
#   würde.
# - Beurteile einen Satelliten danach, was er für das Ganze leistet: Das Partnerprogramm verdient
#   selbst nichts und hebt trotzdem den Kern; AWS berührt den Shop nie und liegt trotzdem auf
#   Platz zwei.
# - Ein Satellit mit einem starken eigenen Kreislauf kann den Kern überholen; im Modell tut AWS
#   genau das.
#
# **Weiter:** Lektion 09: Bau dein eigenes Schwungrad und finde seine Kreisläufe, seine schwächste
# Verbindung und seinen Kipppunkt.

