# %% [markdown]
# # 09 · Build your own flywheel
#
# **Learning goals.** After this lesson you can
# - write down your own business's flywheel as a few factors joined by signed links,
# - let the kit check it, draw it and name its loops (reinforcing or balancing),
# - find its weakest link and its tipping point, and push it in a panel,
# - save it to your own folder and open it again — or open a colleague's file.
#
# You need no code for any of this: the editor below has boxes, drop-down lists and sliders.
# Run the cells from top to bottom (**Shift + Enter**); the folded code cells (shown as "…"; click
# to open) and the part *for the curious* at the end show how the same works in Python.

# %% [markdown de]
# # 09 · Dein eigenes Schwungrad bauen
#
# **Lernziele.** Nach dieser Lektion kannst du
# - das Schwungrad deines eigenen Geschäfts aufschreiben: ein paar Faktoren, verbunden durch Pfeile
#   mit Vorzeichen,
# - es vom Kit prüfen und zeichnen lassen und seine Kreisläufe benennen (selbstverstärkend oder
#   ausgleichend),
# - sein schwächstes Glied und seinen Kipppunkt finden und ihm in einem Panel einen Anstoß geben,
# - es in deinem eigenen Ordner speichern und wieder öffnen – oder die Datei einer Kollegin oder
#   eines Kollegen öffnen.
#
# Für all das brauchst du keinen Code: Der Editor unten hat Eingabefelder, Auswahllisten und
# Regler. Führe die Zellen von oben nach unten aus (**Umschalt + Enter**). Die eingeklappten
# Codezellen (als „…“ angezeigt; zum Öffnen anklicken) und der Teil *für Neugierige* am Ende
# zeigen, wie dasselbe in Python geht.

# %% [curious]
# the kit's tools for this lesson
from flywheel_lib import exercises, panels
from flywheel_lib.models import own_flywheel
from flywheel_lib.panels import build_your_own

# %% [curious de]
# die Werkzeuge des Kits für diese Lektion, auf Deutsch
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import exercises, panels
from flywheel_lib.models import own_flywheel
from flywheel_lib.panels import build_your_own

# %% [markdown]
# ## The idea in plain words
#
# Jim Collins, who made the flywheel popular as a management idea, asks a company to name the few
# components of its own wheel and the order in which each one drives the next. His advice from
# working with many teams:
#
# - **Four to six components** is the sweet spot. With fewer, the wheel probably leaves out what
#   really drives it; with more, nobody can explain it or steer by it.
# - **The wheel stalls at its weakest component.**
# - Every arrow must be an honest *because*: "more happy members *because* the classes are good".
#
# In this kit a flywheel is exactly such a list: **factors** and **links**. A link goes from one
# factor to another and has
#
# - a **sign**: `+` when more of the first means more of the second, `−` when more of the first
#   means *less* of the second (a brake),
# - a **strength** between 0 and 1: how much of the first factor's level reaches the second in a
#   month,
# - optionally a **delay** in months, for effects that take time.
#
# Such a list of factors and arrows is a **causal-loop graph**: every arrow stands for a cause, and
# arrows that lead back to where they started form loops. The kit's **engine** — the calculator of
# lesson 04 that works with such graphs — does the rest: it finds the loops, the tipping point and
# the weakest link, and runs the wheel month by month.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Jim Collins, der das Schwungrad als Managementidee bekannt gemacht hat, bittet ein Unternehmen,
# die wenigen Bausteine seines eigenen Rads zu benennen – und die Reihenfolge, in der jeder den
# nächsten antreibt. Sein Rat aus der Arbeit mit vielen Teams:
#
# - **Vier bis sechs Bausteine** sind ideal. Mit weniger lässt das Rad wahrscheinlich weg, was es
#   wirklich antreibt; mit mehr kann es niemand erklären oder danach steuern.
# - **Das Rad stockt an seinem schwächsten Baustein.**
# - Jeder Pfeil muss ein ehrliches *weil* sein: „mehr zufriedene Mitglieder, *weil* die Kurse gut
#   sind“.
#
# In diesem Kit ist ein Schwungrad genau so eine Liste: **Faktoren** und **Verbindungen**. Eine
# Verbindung führt von einem Faktor zu einem anderen und hat
#
# - ein **Vorzeichen**: `+`, wenn mehr vom ersten Faktor mehr vom zweiten bedeutet, `−`, wenn mehr
#   vom ersten *weniger* vom zweiten bedeutet (eine Bremse),
# - eine **Stärke** zwischen 0 und 1: wie viel vom Niveau des ersten Faktors in einem Monat beim
#   zweiten ankommt,
# - wahlweise eine **Verzögerung** in Monaten, für Wirkungen, die Zeit brauchen.
#
# So eine Liste aus Faktoren und Pfeilen ist ein **Wirkungsgraph** (engl. causal-loop graph):
# Jeder Pfeil steht für eine Ursache, und Pfeile, die dorthin zurückführen, wo sie begonnen haben,
# bilden Kreisläufe. Der **Rechenkern** des Kits – der Rechner aus Lektion 04, der mit solchen
# Graphen arbeitet – erledigt den Rest: Er findet die Kreisläufe, den Kipppunkt und das schwächste
# Glied und lässt das Rad Monat für Monat laufen.

# %% [markdown]
# ## The editor
#
# The editor starts with a small yoga studio: good classes make members happy, happy members
# recommend the studio, referrals bring new members, and their fees pay for good classes (two
# months later). Make it your own:
#
# 1. **Name** your flywheel (letters, digits, `_` and `-`; it names the saved file).
# 2. Type your **factors** into the boxes, one per box. Leave the other boxes empty.
# 3. Give every arrow of your wheel a **link row**: choose where it starts (*from*) and where it
#    points (*to*), click `+` or `−`, drag the strength, and type a delay if the effect takes time.
#    **Add a link** gives a new row; **✕** removes one.
# 4. Press **Build my flywheel**. If something is wrong — a link that starts and ends at the same
#    factor, the same link twice, links that never lead back round — a red line says which row and
#    which column to fix. Otherwise you get a summary, a table of the loops and a panel to push
#    your wheel.
#
# The drop-down list at the top has three entries; choose one and press **Load**. *Yoga studio
# (the start)* brings back the studio as it was at the start; *Neighbourhood bookshop (example)*
# and *B2B software company (example)* load the two worked examples further down. **Open a file**
# loads a flywheel saved earlier, yours or a colleague's (more under "Save it, open it, share it"
# below).

# %% [markdown de]
# ## Der Editor
#
# Der Editor beginnt mit einem kleinen Yogastudio: Gute Kurse machen Mitglieder zufrieden,
# zufriedene Mitglieder empfehlen das Studio weiter, Empfehlungen bringen neue Mitglieder, und ihre
# Beiträge bezahlen gute Kurse (zwei Monate später). Im Editor heißen die vier Faktoren
# *gute Kurse*, *zufriedene Mitglieder*, *Empfehlungen* und *neue Mitglieder*; deine eigenen
# Faktoren benennst du, wie du willst. Mach das Rad zu deinem eigenen:
#
# 1. Gib deinem Schwungrad einen **Namen** (Buchstaben, Ziffern, `_` und `-`; er wird zum Namen der
#    gespeicherten Datei).
# 2. Tippe deine **Faktoren** in die Felder, einen pro Feld. Lass die übrigen Felder leer.
# 3. Gib jedem Pfeil deines Rads eine **Verbindungszeile**: Wähle, wo er beginnt (*von*) und wohin
#    er zeigt (*nach*), klick auf `+` oder `−`, zieh die Stärke und tippe eine Verzögerung ein,
#    wenn die Wirkung Zeit braucht. **Verbindung hinzufügen** gibt dir eine neue Zeile; **✕**
#    entfernt eine.
# 4. Drück auf **Mein Schwungrad bauen**. Wenn etwas nicht stimmt – eine Verbindung, die beim
#    selben Faktor beginnt und endet, dieselbe Verbindung zweimal, Verbindungen, die nie
#    zurückführen –, sagt dir eine rote Meldung, welche Zeile und welche Spalte du ändern musst.
#    Sonst bekommst du eine Zusammenfassung, eine Tabelle der Kreisläufe und ein Panel, mit dem du
#    deinem Rad einen Anstoß gibst.
#
# Die Auswahlliste oben hat drei Einträge; wähl einen aus und drück auf **Laden**. *Yogastudio (der
# Anfang)* holt das Studio so zurück, wie es am Anfang war; *Buchladen im Viertel (Beispiel)* und
# *B2B-Softwarefirma (Beispiel)* laden die beiden durchgerechneten Beispiele weiter unten. **Datei
# öffnen** lädt ein früher gespeichertes Schwungrad, dein eigenes oder das einer Kollegin oder
# eines Kollegen (mehr dazu unten unter „Speichern, öffnen, weitergeben“).

# %%
editor = build_your_own.editor()
editor

# %% [markdown]
# ## What the editor tells you
#
# **Loops.** The engine walks every path that leads back to where it started. A loop is
# *reinforcing* when it has an even number of `−` links (more leads, round the loop, to more) and
# *balancing* when the number is odd (more leads to less). A flywheel needs at least one
# reinforcing loop, or it can never keep turning by itself.
#
# **Tipping friction.** As in lesson 04: friction pulls every factor back a little every month.
# Below the tipping friction, the loops put back more than friction takes, and a push makes the
# wheel keep turning by itself; above it, friction wins and the wheel runs down. For a single loop
# the tipping friction is the geometric mean of the strengths (lesson 04): multiply the strengths
# and take the root that matches the number of links — for the studio's four links,
# (0.35 × 0.20 × 0.30 × 0.15)^(1/4) = 0.237 per month.
#
# **Weakest link.** The editor strengthens each link a little in turn and measures how much that
# raises the tipping friction. The link where this helps most is the weakest link: the place where
# extra effort lifts the whole wheel most. For the studio the editor names *new members → good
# classes*: the fees reach the classes late and thinly.
#
# **Warnings.** The editor warns when a wheel has fewer than four or more than six factors, when a
# factor is on no loop, and when there is no reinforcing loop. The studio has four factors on one
# reinforcing loop: no warnings.

# %% [markdown de]
# ## Was dir der Editor sagt
#
# **Kreisläufe.** Der Rechenkern geht jeden Pfad ab, der dorthin zurückführt, wo er begonnen hat.
# Ein Kreislauf ist *selbstverstärkend*, wenn er eine gerade Zahl von `−`-Verbindungen hat (mehr
# führt rund um den Kreislauf zu mehr), und *ausgleichend*, wenn die Zahl ungerade ist (mehr führt
# zu weniger). Ein Schwungrad braucht mindestens einen selbstverstärkenden Kreislauf, sonst kann es
# nie von selbst weiterdrehen.
#
# **Kipp-Reibung.** Wie in Lektion 04 zieht die Reibung jeden Faktor jeden Monat ein wenig zurück.
# Unterhalb der Kipp-Reibung geben die Kreisläufe mehr zurück, als die Reibung nimmt, und nach
# einem Anstoß dreht das Rad von selbst weiter; darüber gewinnt die Reibung, und das Rad läuft
# aus. Für einen einzelnen Kreislauf ist die Kipp-Reibung das geometrische Mittel der Stärken
# (Lektion 04): Multipliziere die Stärken und zieh die Wurzel, die zur Zahl der Verbindungen passt.
# Für die vier Verbindungen des Studios ergibt das (0,35 × 0,20 × 0,30 × 0,15)^(1/4) = 0,237 pro
# Monat.
#
# **Schwächstes Glied.** Der Editor verstärkt jede Verbindung der Reihe nach ein wenig und misst,
# wie sehr das die Kipp-Reibung anhebt. Die Verbindung, bei der das am meisten hilft, ist das
# schwächste Glied: die Stelle, an der zusätzlicher Einsatz das ganze Rad am stärksten hebt. Für
# das Studio nennt der Editor *neue Mitglieder → gute Kurse*: Die Beiträge kommen spät und
# spärlich bei den Kursen an.
#
# **Warnungen.** Der Editor warnt, wenn ein Rad weniger als vier oder mehr als sechs Faktoren hat,
# wenn ein Faktor auf keinem Kreislauf liegt und wenn es keinen selbstverstärkenden Kreislauf gibt.
# Das Studio hat vier Faktoren auf einem selbstverstärkenden Kreislauf: keine Warnungen.

# %% [curious]
# NBVAL_CHECK_OUTPUT
studio = build_your_own.starter()
weak = own_flywheel.weakest_links(studio).iloc[0]
print(f"tipping friction: {studio.tipping_friction():.3f} per month; "
      f"weakest link: {weak['source']} → {weak['target']} ({weak['strength']:.2f})")
print(f"warnings: {own_flywheel.review(studio) or 'none'}")

# %% [output]
# tipping friction: 0.237 per month; weakest link: new members → good classes (0.15)
# warnings: none

# %% [curious de]
# NBVAL_CHECK_OUTPUT
studio = build_your_own.starter()
weak = own_flywheel.weakest_links(studio).iloc[0]
print(f"Kipp-Reibung: {fw.number(studio.tipping_friction(), '.3f')} pro Monat; "
      f"schwächstes Glied: {weak['source']} → {weak['target']} "
      f"({fw.number(weak['strength'], '.2f')})")
print(f"Warnungen: {own_flywheel.review(studio) or 'keine'}")

# %% [output de]
# Kipp-Reibung: 0,237 pro Monat; schwächstes Glied: neue Mitglieder → gute Kurse (0,15)
# Warnungen: keine

# %% [markdown]
# ## The panel: push your own wheel
#
# Under the editor's summary sits a panel made from your table. Every factor's level runs from 0 to
# 100 (per cent of what is possible), as in lesson 04. The sliders:
#
# - **Energy on "…"**, one per factor (start: 5 points a month on the first factor, 0 on the
#   others): how many level points a month you push that factor by. Watch how the push on one
#   factor travels round the loop to the others.
# - **Friction (on every factor)**: one friction slider that acts on every factor alike (start: a
#   little below the tipping friction). Watch whether the levels keep up after the push stops.
# - **Push stops after month** (start: 24): how long you push. The dashed line on the right marks
#   it. Watch what the wheel does after that line.
#
# The diagram on the left shows each factor's level at the end (the gauges fill up); the lines on
# the right show the levels month by month. The text under the picture compares your friction with
# the tipping friction and names the weakest link.
#
# **Try this**
# 1. Keep the friction at its start value, below the tipping friction, and let the push stop after
#    24 months. Does the wheel keep turning? Now move the friction just above the tipping friction
#    (for the studio, 0.245 will do).
# 2. Move all the energy from the first factor to *referrals*. Do all four factors still rise?
# 3. With the friction back at its start value, set **Push stops after month** to 3, then to 60.
#    Where do the levels end after ten years? Then repeat with the friction above the tipping
#    friction.
# 4. In the editor, add a brake: a link from *new members* to *happy members* with the sign `−`
#    (crowded classes make members less happy) and a strength of 0.1. Press **Build my flywheel**.
#    What kind of loop appears, and how many loops does the summary count now?
#
# <details><summary>Answers</summary>
#
# 1. Below the tipping friction the levels dip a little when the push stops and then settle at a
#    steady level: the wheel keeps turning by itself. Just above it, every level slides towards
#    zero once the push stops.
# 2. Yes: in a loop, pushing any factor moves all the others, and after ten years the four levels
#    end where they ended with the push on the first factor.
# 3. Below the tipping friction the length of the push hardly matters for the end: a 3-month push
#    gets the wheel going slowly, a 60-month push holds it higher for longer, and both end close
#    to the same levels. Above the tipping friction the wheel keeps up only while you push and runs
#    down after the dashed line, however long you pushed.
# 4. A **balancing** loop: *happy members → referrals → new members → happy members*, with one `−`
#    link. The summary now reads 2 loops (1 reinforcing): the studio's reinforcing loop is still
#    there, and the brake has added a loop of its own. (The last part of this lesson builds the
#    same wheel in code and shows what the brake does to the tipping friction.)
#
# </details>

# %% [markdown de]
# ## Das Panel: Gib deinem eigenen Rad einen Anstoß
#
# Unter der Zusammenfassung des Editors steht ein Panel, das aus deiner Tabelle gebaut ist. Das
# Niveau jedes Faktors reicht von 0 bis 100 (Prozent des Möglichen), wie in Lektion 04. Die Regler:
#
# - **Energie auf „…“**, einer pro Faktor (Start: 5 Punkte pro Monat auf den ersten Faktor, 0 auf
#   die anderen): um wie viele Niveaupunkte pro Monat du diesen Faktor anschiebst. Achte darauf,
#   wie der Anstoß auf einen Faktor rund um den Kreislauf zu den anderen wandert.
# - **Reibung (auf jeden Faktor)**: ein einziger Regler für die Reibung, die auf jeden Faktor
#   gleich wirkt (Start: knapp unter der Kipp-Reibung). Achte darauf, ob die Niveaus sich halten,
#   wenn der Anstoß endet.
# - **Anstoß endet nach Monat** (Start: 24): wie lange du anschiebst. Die gestrichelte Linie
#   rechts markiert diesen Monat. Achte darauf, was das Rad nach dieser Linie tut.
#
# Das Diagramm links zeigt das Niveau jedes Faktors am Ende (die Anzeigen füllen sich); die Linien
# rechts zeigen die Niveaus Monat für Monat. Der Text unter der Grafik vergleicht deine Reibung
# mit der Kipp-Reibung und nennt das schwächste Glied.
#
# **Probier es aus**
# 1. Lass die Reibung auf ihrem Startwert, also unter der Kipp-Reibung, und lass den Anstoß nach
#    24 Monaten enden. Dreht das Rad weiter? Stell die Reibung jetzt knapp über die Kipp-Reibung
#    (für das Studio reicht 0,245).
# 2. Verschieb die ganze Energie vom ersten Faktor auf *Empfehlungen*. Steigen immer noch alle vier
#    Faktoren?
# 3. Stell die Reibung zurück auf ihren Startwert und setz **Anstoß endet nach Monat** erst auf
#    3, dann auf 60. Wo enden die Niveaus nach zehn Jahren? Wiederhol das dann mit einer Reibung
#    über der Kipp-Reibung.
# 4. Bau im Editor eine Bremse ein: eine Verbindung von *neue Mitglieder* zu
#    *zufriedene Mitglieder* mit dem Vorzeichen `−` (volle Kurse machen Mitglieder weniger
#    zufrieden) und der Stärke 0,1. Drück auf **Mein Schwungrad bauen**. Was für ein Kreislauf
#    entsteht, und wie viele Kreisläufe zählt die Zusammenfassung jetzt?
#
# <details><summary>Antworten</summary>
#
# 1. Unter der Kipp-Reibung sinken die Niveaus ein wenig, wenn der Anstoß endet, und pendeln sich
#    dann auf einer festen Höhe ein: Das Rad dreht von selbst weiter. Knapp darüber rutscht jedes
#    Niveau gegen null, sobald der Anstoß endet.
# 2. Ja: In einem Kreislauf bewegt ein Anstoß auf irgendeinen Faktor alle anderen mit, und nach
#    zehn Jahren enden die vier Niveaus dort, wo sie mit dem Anstoß auf den ersten Faktor geendet
#    haben.
# 3. Unter der Kipp-Reibung spielt die Dauer des Anstoßes für das Ende kaum eine Rolle: Ein Anstoß
#    über 3 Monate bringt das Rad langsam in Gang, einer über 60 Monate hält es länger höher, und
#    beide enden nahe bei denselben Niveaus. Über der Kipp-Reibung hält das Rad sein Niveau nur,
#    solange du anschiebst, und läuft nach der gestrichelten Linie aus, egal wie lange du
#    angeschoben hast.
# 4. Ein **ausgleichender** Kreislauf: *zufriedene Mitglieder → Empfehlungen → neue Mitglieder →
#    zufriedene Mitglieder*, mit einer `−`-Verbindung. Die Zusammenfassung zeigt jetzt
#    2 Kreisläufe, davon einen selbstverstärkenden: Der selbstverstärkende Kreislauf des Studios
#    ist noch da, und die Bremse hat einen eigenen Kreislauf hinzugefügt. (Der letzte Teil dieser
#    Lektion baut dasselbe Rad im Code und zeigt, was die Bremse mit der Kipp-Reibung macht.)
#
# </details>

# %% [markdown]
# ## Two worked examples
#
# The kit comes with two invented flywheels — a B2B software company and a neighbourhood bookshop.
# Both are made up to show the method; neither describes a real firm. Load them in the editor with
# the drop-down list and **Load**.
#
# Both have six factors, a reinforcing core and one **brake**: in the software company new
# accounts load the support team, and an overloaded support team helps customers less; in the
# bookshop, new visitors crowd the shop and spoil the atmosphere that made regulars come.
#
# With a brake, the tipping point needs more care. The simple rule of lesson 04 works it out from
# the link strengths alone (for a single loop, the geometric mean above), and it is exact only
# when all links are positive. With a brake the kit also runs the wheel month by month at many
# frictions and looks for the one where it stops turning. For the software company both ways give
# 0.280. For the bookshop they differ: the simple rule says 0.231, running the wheel gives 0.196.
# Crowding presses *advice & atmosphere* down until it sits at zero, and a factor held at zero
# passes nothing on; the simple rule cannot see that, running the wheel can. The shop then lives
# on its word-of-mouth loop alone.
#
# In the software company the weakest link is *revenue → product quality*: money reaches
# development late (a budget cycle of three months) and thinly. It is not the link with the
# smallest number (*customer success → referrals*, 0.15): that one sits on a loop that matters
# less, so strengthening it lifts the whole wheel less. Here is the software company's panel:

# %% [markdown de]
# ## Zwei durchgerechnete Beispiele
#
# Das Kit bringt zwei erfundene Schwungräder mit – eine B2B-Softwarefirma und einen Buchladen im
# Viertel. Beide sind ausgedacht, um die Methode zu zeigen; keines beschreibt eine echte Firma.
# Lade sie im Editor mit der Auswahlliste und **Laden**.
#
# Beide haben sechs Faktoren, einen selbstverstärkenden Kern und eine **Bremse**: In der
# Softwarefirma belasten neue Kundenkonten das Support-Team, und ein überlastetes Support-Team
# hilft den Kunden weniger. Im Buchladen wird es mit neuen Besuchern eng, und das Gedränge verdirbt
# die Atmosphäre, derentwegen die Stammkunden kamen.
#
# Mit einer Bremse ist beim Kipppunkt Vorsicht geboten. Die einfache Regel aus Lektion 04 berechnet
# ihn allein aus den Stärken der Verbindungen (für einen einzelnen Kreislauf ist das das
# geometrische Mittel von oben), und sie stimmt nur dann genau, wenn alle Verbindungen positiv
# sind. Mit einer Bremse lässt das Kit das Rad zusätzlich Monat für Monat bei vielen Reibungen
# laufen und sucht die, bei der es aufhört zu drehen. Für die Softwarefirma ergeben beide Wege
# 0,280. Beim Buchladen weichen sie voneinander ab: Die einfache Regel sagt 0,231, das laufende Rad
# ergibt 0,196. Das *Gedränge* drückt *Beratung & Atmosphäre* nach unten, bis dieser Faktor bei
# null liegt, und ein Faktor auf null gibt nichts weiter. Die einfache
# Regel sieht das nicht, das laufende Rad schon. Der Laden lebt dann allein von seinem Kreislauf
# der Mundpropaganda.
#
# In der Softwarefirma ist das schwächste Glied *Umsatz → Produktqualität*: Das Geld erreicht die
# Entwicklung spät (ein Budgetzyklus von drei Monaten) und spärlich. Es ist nicht die Verbindung
# mit der kleinsten Zahl (*Kundenerfolg → Empfehlungen*, 0,15): Die liegt auf einem Kreislauf, der
# weniger zählt, darum hebt ihre Verstärkung das ganze Rad weniger. Hier ist das Panel der
# Softwarefirma:

# %% [curious]
# NBVAL_CHECK_OUTPUT
shop = own_flywheel.example("local_shop")
software = own_flywheel.example("b2b_software")
for wheel in (software, shop):
    first = own_flywheel.weakest_links(wheel).iloc[0]
    print(f"{wheel.name}: tipping friction {wheel.tipping_friction():.3f} "
          f"(simple rule {own_flywheel.tipping_point(wheel, 'linear'):.3f}); "
          f"weakest link: {first['source']} → {first['target']}")

# %% [output]
# b2b_software: tipping friction 0.280 (simple rule 0.280); weakest link: revenue → product quality
# local_shop: tipping friction 0.196 (simple rule 0.231); weakest link: advice & atmosphere → regular customers

# %% [curious de]
# NBVAL_CHECK_OUTPUT
shop = own_flywheel.example("local_shop")
software = own_flywheel.example("b2b_software")
names = {"b2b_software": "B2B-Softwarefirma", "local_shop": "Buchladen im Viertel"}
for wheel in (software, shop):
    first = own_flywheel.weakest_links(wheel).iloc[0]
    simple = own_flywheel.tipping_point(wheel, "linear")
    print(f"{names[wheel.name]}: Kipp-Reibung {fw.number(wheel.tipping_friction(), '.3f')} "
          f"(einfache Regel {fw.number(simple, '.3f')}); "
          f"schwächstes Glied: {first['source']} → {first['target']}")

# %% [output de]
# B2B-Softwarefirma: Kipp-Reibung 0,280 (einfache Regel 0,280); schwächstes Glied: Umsatz → Produktqualität
# Buchladen im Viertel: Kipp-Reibung 0,196 (einfache Regel 0,231); schwächstes Glied: Beratung & Atmosphäre → Stammkunden

# %%
panels.build("09_build_your_own", flywheel=own_flywheel.example("b2b_software"))

# %% [markdown]
# ## Save it, open it, share it
#
# **Save** in the editor writes your flywheel as a file, named after your flywheel, into a folder of
# your own (*flywheel_kit/flywheels* in your home folder) and never into the kit's own files. The
# line under the buttons says where the file went. A file of the same name is replaced. Send that
# file to a colleague, and they can open it in their own editor.
#
# If the kit cannot write to your home folder, the line says which folder it could not write to;
# your flywheel stays in the editor. Ask whoever runs the installation for a folder you may write
# to.
#
# **Open a file** reads a flywheel from a file and fills the editor with it: a file the editor
# saved, or a table from a spreadsheet. Every row is checked as if you had typed it, and nothing in
# the file is ever run as a program. In a spreadsheet, use the column headings *source*, *target*,
# *sign* and *strength* (and, if you like, *delay* and *note*), one row per link, and save as
# "CSV UTF-8" (CSV is the plain table format every spreadsheet can save) — a German spreadsheet's
# semicolons and decimal commas are fine. A row with only a source names a factor; if you list
# your factors that way, a misspelt name in a link is caught.
#
# <details><summary>For the curious: file formats and folders</summary>
#
# The editor saves in JSON, a plain-text format for structured data; it can also read the CSV a
# spreadsheet writes. The folder is `~/flywheel_kit/flywheels` (`~` is your home folder), unless
# the environment variable `FLYWHEEL_USER_DIR` names another one — a setting the person who
# installs the kit can use, for example when the home folder is read-only (a locked-down container
# or a shared service account). Files are read as data only: CSV as text cells, JSON as plain
# values.
#
# </details>

# %% [markdown de]
# ## Speichern, öffnen, weitergeben
#
# **Speichern** im Editor schreibt dein Schwungrad als Datei, benannt nach deinem Schwungrad, in
# einen eigenen Ordner (*flywheel_kit/flywheels* in deinem Benutzerordner) und nie in die Dateien
# des Kits selbst. Die Zeile unter den Knöpfen sagt dir, wo die Datei gelandet ist. Eine Datei mit
# demselben Namen wird ersetzt. Schick diese Datei an jemanden aus deinem Team, und er oder sie
# kann sie im eigenen Editor öffnen.
#
# Wenn das Kit nicht in deinen Benutzerordner schreiben darf, nennt die Zeile den Ordner, in den es
# nicht schreiben konnte; dein Schwungrad bleibt im Editor. Frag die Person, die die Installation
# betreut, nach einem Ordner, in den du schreiben darfst.
#
# **Datei öffnen** liest ein Schwungrad aus einer Datei und füllt den Editor damit: eine Datei, die
# der Editor gespeichert hat, oder eine Tabelle aus einem Tabellenprogramm. Jede Zeile wird so
# geprüft, als hättest du sie eingetippt, und nichts aus der Datei wird je als Programm ausgeführt.
# Im Tabellenprogramm nimmst du die englischen Spaltenüberschriften *source* (von), *target*
# (nach), *sign* (Vorzeichen) und *strength* (Stärke), wenn du willst auch *delay* (Verzögerung)
# und *note* (Notiz). Schreib eine Zeile pro Verbindung und speichere als „CSV UTF-8“ (CSV ist das
# schlichte Tabellenformat, das jedes Tabellenprogramm speichern kann). Die Semikolons und
# Dezimalkommas eines deutschen Tabellenprogramms sind kein Problem. Eine Zeile, in der nur
# *source* ausgefüllt ist, benennt einen Faktor; wenn du deine Faktoren so auflistest, fällt ein
# falsch geschriebener Name in einer Verbindung auf.
#
# <details><summary>Für Neugierige: Dateiformate und Ordner</summary>
#
# Der Editor speichert im Format JSON, einem Textformat für strukturierte Daten; er kann auch die
# CSV-Datei lesen, die ein Tabellenprogramm schreibt. Der Ordner ist `~/flywheel_kit/flywheels`
# (`~` ist dein Benutzerordner), außer die Umgebungsvariable `FLYWHEEL_USER_DIR` nennt einen
# anderen. Diese Einstellung kann nutzen, wer das Kit installiert, etwa wenn der Benutzerordner
# schreibgeschützt ist (ein abgeschotteter Container oder ein gemeinsames Dienstkonto). Dateien
# werden nur als Daten gelesen: CSV als Textzellen, JSON als schlichte Werte.
#
# </details>

# %% [markdown]
# ## Exercises
#
# Answer in the box or click your choice; the check says at once whether it holds and, if not,
# why. **Show solution** opens the worked solution — try first.
#
# **Exercise 1.** A single loop has three links with the strengths 0.2, 0.3 and 0.45 per month. At
# what friction does it tip?

# %% [markdown de]
# ## Aufgaben
#
# Antworte im Feld oder klick deine Wahl an; die Prüfung sagt dir sofort, ob deine Antwort stimmt,
# und wenn nicht, warum. **Lösung zeigen** öffnet die ausgearbeitete Lösung – versuch es zuerst
# selbst.
#
# **Aufgabe 1.** Ein einzelner Kreislauf hat drei Verbindungen mit den Stärken 0,2; 0,3 und 0,45
# pro Monat. Bei welcher Reibung kippt er?

# %%
exercises.ask("09.1")

# %% [markdown]
# **Exercise 2.** In that loop, which link would you strengthen first to lift the whole wheel most?

# %% [markdown de]
# **Aufgabe 2.** Welche Verbindung dieses Kreislaufs würdest du zuerst verstärken, um das ganze Rad
# am stärksten zu heben?

# %%
exercises.ask("09.2")

# %% [markdown]
# **Exercise 3.** Back to the yoga studio: choose *Yoga studio (the start)* in the drop-down list
# and press **Load**. Its weakest link has the strength 0.15. Raise it to 0.25, press **Build my
# flywheel**, and read the new tipping friction in the summary.

# %% [markdown de]
# **Aufgabe 3.** Zurück zum Yogastudio: Wähl in der Auswahlliste *Yogastudio (der Anfang)* und
# drück auf **Laden**. Sein schwächstes Glied hat die Stärke 0,15. Erhöhe sie auf 0,25, drück auf
# **Mein Schwungrad bauen** und lies die neue Kipp-Reibung in der Zusammenfassung ab.

# %%
exercises.ask("09.3")

# %% [markdown]
# **Exercise 4.** Load the bookshop (*Neighbourhood bookshop (example)*) and take its brake away:
# remove the row *crowding → advice & atmosphere* with its **✕**. Guess first, then build it: does
# the wheel now tip at a higher, a lower or the same friction?

# %% [markdown de]
# **Aufgabe 4.** Lade den Buchladen (*Buchladen im Viertel (Beispiel)*) und nimm ihm seine Bremse:
# Entferne die Zeile *Gedränge → Beratung & Atmosphäre* mit ihrem **✕**. Schätz zuerst, dann bau das
# Rad: Kippt es jetzt bei einer höheren, einer niedrigeren oder derselben Reibung?

# %%
exercises.ask("09.4")

# %% [markdown]
# ## For the curious (optional): the same in Python
#
# Nothing in this part is needed for the lesson. It shows how the editor's work looks as code, for
# those who want to script their flywheels. The code cells are folded; click "…" to open one.
#
# A flywheel written as a table in a notebook cell: the factors, then one tuple per link
# (*source, target, sign, strength*, and optionally a delay). `own_flywheel.from_table` checks
# every row exactly as the editor does:

# %% [markdown de]
# ## Für Neugierige (freiwillig): dasselbe in Python
#
# Nichts in diesem Teil brauchst du für die Lektion. Er zeigt, wie die Arbeit des Editors als Code
# aussieht – für alle, die ihre Schwungräder mit Skripten bauen wollen. Die Codezellen sind
# eingeklappt; klick auf „…“, um eine zu öffnen.
#
# Ein Schwungrad, als Tabelle in eine Notebook-Zelle geschrieben: erst die Faktoren, dann ein Tupel
# pro Verbindung (*Quelle, Ziel, Vorzeichen, Stärke* und wahlweise eine Verzögerung).
# `own_flywheel.from_table` prüft jede Zeile genau so wie der Editor:

# %% [curious]
mine = own_flywheel.from_table(
    "yoga_studio",
    factors=["good classes", "happy members", "referrals", "new members"],
    links=[
        # source          target            sign  strength  (delay in months)
        ("good classes",  "happy members",  "+",  0.35),
        ("happy members", "referrals",      "+",  0.20),
        ("referrals",     "new members",    "+",  0.30),
        ("new members",   "good classes",   "+",  0.15,     2),  # fees pay for teachers, later
    ],
)
mine.table()

# %% [curious de]
mine = own_flywheel.from_table(
    "yoga_studio",
    factors=["gute Kurse", "zufriedene Mitglieder", "Empfehlungen", "neue Mitglieder"],
    links=[
        # Quelle                  Ziel                     Vorz. Stärke (Verzögerung in Monaten)
        ("gute Kurse",            "zufriedene Mitglieder", "+",  0.35),
        ("zufriedene Mitglieder", "Empfehlungen",          "+",  0.20),
        ("Empfehlungen",          "neue Mitglieder",       "+",  0.30),
        # die Beiträge zahlen die Kurse, aber erst später
        ("neue Mitglieder",       "gute Kurse",            "+",  0.15,  2),
    ],
)
fw.table(mine.table(), decimals=2)

# %% [markdown]
# The studio with the brake of Try this 4 (crowded classes make members less happy), in code: one
# more row, and the engine finds the new balancing loop and the lower tipping friction.

# %% [markdown de]
# Das Studio mit der Bremse aus „Probier es aus“, Punkt 4 (volle Kurse machen Mitglieder weniger
# zufrieden), als Code: eine Zeile mehr, und der Rechenkern findet den neuen ausgleichenden
# Kreislauf und die niedrigere Kipp-Reibung.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the studio with a brake (Try this 4)
braked = own_flywheel.from_table(
    "yoga_studio_brake", mine.factors,
    [*build_your_own.STARTER["links"], ("new members", "happy members", "-", 0.1)])
for row in braked.loops().itertuples():
    print(f"{row.polarity}: {row.loop}")
print(f"tipping friction: {mine.tipping_friction():.3f} without the brake, "
      f"{braked.tipping_friction():.3f} with it")

# %% [output]
# balancing: happy members → referrals → new members → happy members
# reinforcing: good classes → happy members → referrals → new members → good classes
# tipping friction: 0.237 without the brake, 0.209 with it

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# das Studio mit einer Bremse („Probier es aus“, Punkt 4)
rows = [tuple(row) for row in mine.table().itertuples(index=False)]
braked = own_flywheel.from_table(
    "yoga_studio_brake", mine.factors,
    [*rows, ("neue Mitglieder", "zufriedene Mitglieder", "-", 0.1)])
kind = {"reinforcing": "selbstverstärkend", "balancing": "ausgleichend"}
for row in braked.loops().itertuples():
    print(f"{kind[row.polarity]}: {row.loop}")
print(f"Kipp-Reibung: {fw.number(mine.tipping_friction(), '.3f')} ohne die Bremse, "
      f"{fw.number(braked.tipping_friction(), '.3f')} mit ihr")

# %% [output de]
# ausgleichend: zufriedene Mitglieder → Empfehlungen → neue Mitglieder → zufriedene Mitglieder
# selbstverstärkend: gute Kurse → zufriedene Mitglieder → Empfehlungen → neue Mitglieder → gute Kurse
# Kipp-Reibung: 0,237 ohne die Bremse, 0,209 mit ihr

# %% [markdown]
# A typo in a factor name, a sign it cannot read, a strength out of range, the same link twice, or
# links that never lead back round — each gives an error that names the row and the column:

# %% [markdown de]
# Ein Tippfehler in einem Faktornamen, ein Vorzeichen, das das Kit nicht lesen kann, eine Stärke
# außerhalb des erlaubten Bereichs, dieselbe Verbindung zweimal oder Verbindungen, die nie
# zurückführen – jedes davon ergibt einen Fehler, der Zeile und Spalte nennt (im Editor auf
# Deutsch, im Code mit `err.message("de")`):

# %% [curious]
# NBVAL_CHECK_OUTPUT
try:
    own_flywheel.from_table("typo", ["good classes", "happy members"],
                           [("good classes", "happy members", "+", 0.35),
                            ("happy members", "good clases", "+", 0.2)])
except own_flywheel.FlywheelError as err:
    print(err)

# %% [output]
# links, row 2, column 'target': unknown factor 'good clases'; declared factors are: good classes, happy members

# %% [curious de]
# NBVAL_CHECK_OUTPUT
try:
    own_flywheel.from_table("typo", ["gute Kurse", "zufriedene Mitglieder"],
                           [("gute Kurse", "zufriedene Mitglieder", "+", 0.35),
                            ("zufriedene Mitglieder", "gute Kruse", "+", 0.2)])
except own_flywheel.FlywheelError as err:
    print(err.message("de"))

# %% [output de]
# Verbindungen, Zeile 2, Spalte „target“: Unbekannter Faktor 'gute Kruse' (ein Tippfehler?); angegeben sind die Faktoren: gute Kurse, zufriedene Mitglieder

# %% [markdown]
# Saving and loading in code: `own_flywheel.save` writes into your own folder (`overwrite=True`
# replaces a file of the same name; `fmt="csv"` writes a spreadsheet file), `own_flywheel.load`
# reads a file back, and a flywheel saved and loaded again is identical. `panels.build` makes a
# panel from any flywheel, and `build_your_own.editor(mine)` opens the editor with it.

# %% [markdown de]
# Speichern und Laden im Code: `own_flywheel.save` schreibt in deinen eigenen Ordner
# (`overwrite=True` ersetzt eine Datei mit demselben Namen; `fmt="csv"` schreibt eine Datei für
# Tabellenprogramme), `own_flywheel.load` liest eine Datei wieder ein, und ein gespeichertes und
# wieder geladenes Schwungrad ist identisch. `panels.build` baut aus jedem Schwungrad ein Panel,
# und `build_your_own.editor(mine)` öffnet den Editor damit.

# %% [curious]
# NBVAL_CHECK_OUTPUT
try:
    path = own_flywheel.save(mine, overwrite=True)
except own_flywheel.FlywheelError as err:   # no folder to write to: the message says what to do
    path = None
    print(err)
if path is not None:
    print(f"saved as {path.name}; identical after loading: {own_flywheel.load(path) == mine}")

# %% [output]
# saved as yoga_studio.json; identical after loading: True

# %% [curious de]
# NBVAL_CHECK_OUTPUT
try:
    path = own_flywheel.save(mine, overwrite=True)
except own_flywheel.FlywheelError as err:   # kein Ordner zum Schreiben: die Meldung hilft weiter
    path = None
    print(err.message("de"))
if path is not None:
    same = own_flywheel.load(path) == mine
    print(f"gespeichert als {path.name}; nach dem Laden identisch: {'ja' if same else 'nein'}")

# %% [output de]
# gespeichert als yoga_studio.json; nach dem Laden identisch: ja

# %% [markdown]
# **A coding task (optional).** Copy the table cell above into a new cell, write your own business
# into it, and show it with `panels.build("09_build_your_own", flywheel=...)`. Compare what the
# code tells you with what the editor tells you for the same table.
#
# ## Summary
#
# - Your flywheel is a short table: factors, and links with a sign and a strength. Four to six
#   factors is the sweet spot.
# - The kit checks the table and names the row and column of every mistake; opening a file never
#   runs anything in it.
# - Loops are reinforcing (an even number of brakes) or balancing (odd). The tipping friction says
#   how much friction the wheel can bear; the weakest link says where extra effort lifts it most.
# - Save to your own folder, open it again, share the file.
#
# From the leaky funnel of AIDA to a wheel of your own: one step is left. **Next:** lesson 10,
# the presenter page, puts every panel on one screen for a workshop — including this one; then
# [lesson 11](11_your_own_numbers.ipynb) fits the inbound wheel to *your* monthly numbers and
# prices each friction in euros.

# %% [markdown de]
# **Eine Programmieraufgabe (freiwillig).** Kopier die Tabellenzelle oben in eine neue Zelle,
# schreib dein eigenes Geschäft hinein und zeig es mit `panels.build("09_build_your_own",
# flywheel=...)`. Vergleich, was dir der Code sagt, mit dem, was dir der Editor für dieselbe
# Tabelle sagt.
#
# ## Zusammenfassung
#
# - Dein Schwungrad ist eine kurze Tabelle: Faktoren und Verbindungen mit Vorzeichen und Stärke.
#   Vier bis sechs Faktoren sind ideal.
# - Das Kit prüft die Tabelle und nennt für jeden Fehler Zeile und Spalte; beim Öffnen einer Datei
#   wird nichts darin ausgeführt.
# - Kreisläufe sind selbstverstärkend (eine gerade Zahl von Bremsen) oder ausgleichend (eine
#   ungerade). Die Kipp-Reibung sagt, wie viel Reibung das Rad verträgt; das schwächste Glied sagt,
#   wo zusätzlicher Einsatz es am stärksten hebt.
# - Speichere dein Schwungrad in deinem eigenen Ordner, öffne es wieder, gib die Datei weiter.
#
# Vom löchrigen Trichter des AIDA-Modells bis zu deinem eigenen Rad: Ein Schritt fehlt noch.
# **Weiter:** Lektion 10, das Präsentations-Dashboard, zeigt jedes Panel auf einem Bildschirm für
# einen Workshop – auch dieses; danach passt [Lektion 11](11_your_own_numbers.ipynb) das
# Inbound-Schwungrad an *deine* Monatszahlen an und gibt jeder Reibung einen Preis in Euro.
