# %% [markdown]
# # 03 · The physics of a flywheel: slow to start, slow to stop
#
# **Learning goals.** After this lesson you can
# - describe a flywheel with three quantities — the push (torque), the friction and its size
#   (moment of inertia) — and predict its steady speed and how long it takes to get there,
# - explain why a heavier wheel is slower to start yet carries more momentum and keeps turning
#   longer — and what that means for a business with many customers,
# - name the six properties that marketing borrows from the flywheel and show each one with the model.

# %% [markdown de]
# # 03 · Die Physik eines Schwungrads: langsam im Anlauf, langsam im Auslauf
#
# **Lernziele.** Nach dieser Lektion kannst du
# - ein Schwungrad mit drei Kennwerten beschreiben – dem Antrieb (Drehmoment), der Reibung und
#   seiner Größe (Trägheitsmoment) – und vorhersagen, wie schnell es sich am Ende dreht und wie
#   lange es bis dahin braucht,
# - erklären, warum ein schwereres Rad langsamer anläuft, aber mehr Drehimpuls trägt und länger
#   weiterläuft – und was das für ein Unternehmen mit vielen Kunden bedeutet,
# - die sechs Eigenschaften nennen, die sich das Marketing vom Schwungrad leiht, und jede davon
#   am Modell zeigen.

# %% [curious]
import numpy as np

import flywheel_lib as fw
from flywheel_lib import exercises, panels
from flywheel_lib.models import physics

# %% [curious de]
import numpy as np

import flywheel_lib as fw
fw.set_language("de")
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
#   Friction takes energy out all the time. (Lesson 02 used the word in its marketing sense —
#   whatever makes customers give up, counted as an extra loss at every funnel stage. Both take
#   away part of what the push puts in.)
# - **The size.** A heavier wheel, or one larger in diameter, has more *inertia*: the same push
#   speeds it up more slowly, and once it turns, it is just as hard to stop. In the business picture
#   the size stands for the number of customers: a bigger business is a heavier wheel.
#
# Push long enough and the wheel settles at the speed where friction takes out exactly as much as the
# push puts in. Stop pushing and the wheel does not stop at once: it coasts and slowly runs down.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Ein Schwungrad ist ein schweres Rad auf einer Achse. Dampfmaschinen, Töpferscheiben und manche
# Stromnetze nutzen es, um ungleichmäßige Kraft auszugleichen: Du steckst Energie hinein, indem du
# es drehst, und das Rad bewahrt diese Energie als Bewegung auf.
#
# Drei Dinge bestimmen, was das Rad tut:
#
# - **Der Antrieb.** Eine Kraft, die das Rad dreht. In der Physik heißt ihre Drehwirkung
#   *Drehmoment*; man misst sie in Newtonmeter (N·m). Marketingtexte – und die Regler dieses
#   Kits – nennen sie **Energiezufuhr**. Sie ist aber keine Energiemenge: Die Energie, die ein
#   Antrieb liefert, ist das Produkt aus Antrieb und Drehwinkel (dem Winkel, um den sich das Rad
#   dreht). Derselbe Antrieb bringt also pro Sekunde umso mehr Energie hinein, je schneller sich
#   das Rad schon dreht.
# - **Die Reibung.** Lager und Luft bremsen das Rad, und zwar umso stärker, je schneller es sich
#   dreht. Reibung entzieht ständig Energie. (Lektion 02 hat das Wort im Sinn des Marketings
#   benutzt: alles, was Kunden aufgeben lässt, gezählt als zusätzlicher Verlust auf jeder Stufe
#   des Sales Funnels. Beide nehmen einen Teil dessen weg, was der Antrieb hineinsteckt.)
# - **Die Größe.** Ein schwereres Rad oder eines mit größerem Durchmesser ist *träger*: Derselbe
#   Antrieb beschleunigt es langsamer, und dreht es sich einmal, ist es genauso schwer zu stoppen.
#   Im Bild des Geschäfts steht die Größe für die Zahl der Kunden: Ein größeres Unternehmen ist ein
#   schwereres Rad.
#
# Treibst du das Rad lange genug an, pendelt es sich bei der Drehgeschwindigkeit ein, bei der die
# Reibung genau so viel Energie entzieht, wie der Antrieb hineinsteckt. Hörst du auf anzutreiben,
# bleibt das Rad nicht sofort stehen: Es läuft aus und kommt erst allmählich zur Ruhe.

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
# | speed: radians per second (one full turn is about 6.3 radians) | ω | rad/s |
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

# %% [markdown de]
# ## Das Modell
#
# Das Rad aus Lektion 00, in denselben Einheiten, jetzt mit einer Größe, die du wählen kannst:
#
# | Kennwert | Zeichen | Einheit |
# |---|---|---|
# | Antrieb („Energiezufuhr“), ein Drehmoment | τ | N·m |
# | Reibung: Sie bremst mit b·ω | b | N·m·s |
# | Größe: Trägheitsmoment | I | kg·m² |
# | Drehgeschwindigkeit: Radiant pro Sekunde (eine volle Umdrehung sind etwa 6,3 Radiant) | ω | rad/s |
# | ein zusätzliches, gleichbleibendes Bremsmoment (nach Wahl) | c | N·m |
#
# Die Drehgeschwindigkeit ändert sich gemäß I · (Änderung von ω pro Sekunde) = τ − b·ω − c.
# Daraus folgen drei Zahlen:
#
# - die **Gleichgewichts-Drehgeschwindigkeit** (τ − c) / b, bei der sich Antrieb und Verluste
#   die Waage halten;
# - die **Zeitkonstante** I / b, in Sekunden: Nach einer Zeitkonstante hat das Rad 63 % des Wegs
#   zu seiner Gleichgewichts-Drehgeschwindigkeit zurückgelegt (und beim Auslaufen 63 % seiner
#   Drehgeschwindigkeit verloren);
# - die **gespeicherte Energie** ½ · I · ω², in Joule.
#
# Nimm ein Rad mit 5 kg·m², das 60 Sekunden lang mit 4 N·m gegen eine Reibung von 0,2 N·m·s
# angetrieben und dann sich selbst überlassen wird. Seine Gleichgewichts-Drehgeschwindigkeit ist
# 4 N·m ÷ 0,2 N·m·s = 20 rad/s, seine Zeitkonstante 5 kg·m² ÷ 0,2 N·m·s = 25 s. Nach 25 Sekunden
# dreht es sich mit 63,2 % seiner Gleichgewichts-Drehgeschwindigkeit; wenn der Antrieb nach 60 s
# endet, speichert es 827 J.

# %% [curious]
run = physics.spin(inertia=5.0, friction=0.2, torque=4.0,
                   t_end=120.0, push_until=60.0)
run.iloc[::20].round(2)

# %% [curious de]
run = physics.spin(inertia=5.0, friction=0.2, torque=4.0,
                   t_end=120.0, push_until=60.0)
fw.table(run.iloc[::20], decimals=2)

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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
steady = physics.steady_speed(4.0, 0.2)
tau = physics.time_constant(5.0, 0.2)
at = run.set_index("t")
print(f"Gleichgewichts-Drehgeschwindigkeit: {fw.number(steady, '.1f')} rad/s; "
      f"Zeitkonstante: {fw.number(tau, '.0f')} s")
print(f"Drehgeschwindigkeit nach einer Zeitkonstante: "
      f"{fw.number(at.loc[25.0, 'speed'], '.2f')} rad/s = "
      f"{fw.percent(at.loc[25.0, 'speed'] / steady, 1)} der Gleichgewichts-Drehgeschwindigkeit")
print(f"gespeicherte Energie bei Antriebsende: {fw.number(at.loc[60.0, 'energy'], '.0f')} J")

# %% [output de]
# Gleichgewichts-Drehgeschwindigkeit: 20,0 rad/s; Zeitkonstante: 25 s
# Drehgeschwindigkeit nach einer Zeitkonstante: 12,64 rad/s = 63,2 % der Gleichgewichts-Drehgeschwindigkeit
# gespeicherte Energie bei Antriebsende: 827 J

# %% [markdown]
# <details><summary>For the curious: does the model agree with the formula?</summary>
#
# For a constant push the equation has an exact solution, ω(t) = (τ/b)·(1 − e^(−b·t/I)), and after
# the push ends the speed falls as e^(−b·t/I). The kit's model moves the wheel from one moment to
# the next with these formulas; its tests also compare it with a wheel nudged forward in ten
# thousand tiny steps. The folded cell below checks this run against the formula.
#
# </details>

# %% [markdown de]
# <details><summary>Für Neugierige: Stimmt das Modell mit der Formel überein?</summary>
#
# Bei gleichbleibendem Antrieb hat die Gleichung eine exakte Lösung,
# ω(t) = (τ/b)·(1 − e^(−b·t/I)), und nach dem Ende des Antriebs fällt die Drehgeschwindigkeit
# wie e^(−b·t/I). Das Modell des Kits bringt das Rad mit diesen Formeln von einem Zeitpunkt zum
# nächsten; seine Tests vergleichen es außerdem mit einem Rad, das in zehntausend winzigen
# Schritten vorangeschoben wird. Die eingeklappte Zelle unten prüft diesen Lauf an der Formel.
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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
t = run["t"].to_numpy()
exact = np.where(t <= 60, steady * (1 - np.exp(-t / tau)),
                 steady * (1 - np.exp(-60 / tau)) * np.exp(-(t - 60) / tau))
worst = (np.abs(run["speed"] - exact)[1:] / exact[1:]).max()
print(f"kein Rechenpunkt weicht mehr als {fw.percent(0.005, 1)} von der Formel ab: "
      f"{'ja' if worst < 0.005 else 'nein'}")

# %% [output de]
# kein Rechenpunkt weicht mehr als 0,5 % von der Formel ab: ja

# %% [markdown]
# ## The panel
#
# Five sliders set the wheel: the **Energy input** (the push), the **Opposing force** (a constant
# brake), the **Friction**, the **Size** and **Stop pushing at** (the moment the push ends). The
# blue line is your wheel, the grey dotted line a reference wheel with the start values, so you can
# see what each slider changes. The green dashed line is the steady speed; the vertical line marks
# the moment the push ends. The readout under the plot gives the steady speed, the time constant,
# the energy stored when the push ends and how long the wheel coasts until it is down to 10 % of
# that speed.

# %% [markdown de]
# ## Das Panel
#
# Fünf Regler stellen das Rad ein: die **Energiezufuhr** (der Antrieb), das **Bremsmoment** (eine
# gleichbleibende Bremse), die **Reibung**, die **Größe** und **Ende des Antriebs** (der Moment,
# in dem du aufhörst anzutreiben). Die blaue Linie ist dein Rad, die graue gepunktete Linie ein
# Vergleichsrad mit den Startwerten – so siehst du, was jeder Regler ändert. Die grüne
# gestrichelte Linie ist die Gleichgewichts-Drehgeschwindigkeit; die senkrechte Linie markiert das
# Ende des Antriebs. Die Anzeige unter der Grafik nennt die Gleichgewichts-Drehgeschwindigkeit, die
# Zeitkonstante, die bei Antriebsende gespeicherte Energie und wie lange das Rad ausläuft, bis es
# nur noch 10 % dieser Drehgeschwindigkeit hat.

# %%
panels.build("03_flywheel_physics")

# %% [markdown]
# **Try this**
# 1. Move **Energy input** from 4 to 8 N·m and watch the green line: the steady speed doubles, and
#    the stored energy (right) grows four times.
# 2. Halve the **Friction** to 0.10 and watch both plots: the steady speed doubles, and the wheel
#    needs twice as long to get there.
# 3. Move **Size** from 5 to 20 and compare the blue line with the grey reference. How fast does
#    the heavy wheel turn when the push ends? Compare the energy stored at that moment in the
#    readout, and watch the energy plot after the push.
# 4. Move **Stop pushing at** to 10 s, then to 110 s, and watch the readout's stored energy. When
#    is a long push worth it?
# 5. Raise the **Opposing force** (brake) to 2 N·m, then to 4 N·m, the size of the push. What is
#    left?
#
# <details><summary>Answers</summary>
#
# 1. The steady speed is push ÷ friction: 8 ÷ 0.2 = 40 rad/s; energy grows with the square of speed.
# 2. 4 ÷ 0.1 = 40 rad/s, and the time constant 5 ÷ 0.1 = 50 s is twice as long.
# 3. The steady speed 4 ÷ 0.2 = 20 rad/s has no size in it; the time constant 20 ÷ 0.2 = 100 s
#    does. So when the push ends at 60 s the heavy wheel turns at only 9.0 rad/s, less than half
#    the reference wheel's speed. Yet it stores about the same energy (814 J against 827 J):
#    energy is ½ · size · speed², and four times the size makes up for less than half the speed.
#    After the push the difference shows: at 120 s the heavy wheel still holds 245 J, the
#    reference wheel only 7 J.
# 4. A push that ends at 10 s leaves only 109 J in the wheel: it has barely started. One that ends
#    at 110 s leaves 976 J, but the last 50 seconds added little (from 827 J at 60 s), because the
#    wheel was already close to its steady speed. A push is worth keeping up for a few time
#    constants (here 25 s each); after that, more push adds little.
# 5. A 2 N·m brake halves the steady speed; a brake as strong as the push keeps the wheel still.
#
# </details>
#
# These are the numbers the panel shows for experiments 3 and 4:

# %% [markdown de]
# **Probier es aus**
# 1. Schieb die **Energiezufuhr** von 4 auf 8 N·m und beobachte die grüne Linie: Die
#    Gleichgewichts-Drehgeschwindigkeit verdoppelt sich, und die gespeicherte Energie (rechts)
#    wächst auf das Vierfache.
# 2. Halbiere die **Reibung** auf 0,10 und beobachte beide Diagramme: Die
#    Gleichgewichts-Drehgeschwindigkeit verdoppelt sich, und das Rad braucht doppelt so lange, um
#    sie zu erreichen.
# 3. Schieb die **Größe** von 5 auf 20 und vergleiche die blaue Linie mit dem grauen
#    Vergleichsrad. Wie schnell dreht sich das schwere Rad, wenn der Antrieb endet? Vergleiche die
#    Energie, die es in diesem Moment laut Anzeige gespeichert hat, und beobachte das
#    Energie-Diagramm nach dem Antrieb.
# 4. Stell **Ende des Antriebs** auf 10 s, dann auf 110 s, und beobachte die gespeicherte Energie
#    in der Anzeige. Wann lohnt sich ein langer Antrieb?
# 5. Erhöhe das **Bremsmoment** auf 2 N·m, dann auf 4 N·m, so stark wie der Antrieb. Was bleibt
#    übrig?
#
# <details><summary>Antworten</summary>
#
# 1. Die Gleichgewichts-Drehgeschwindigkeit ist Antrieb ÷ Reibung: 8 ÷ 0,2 = 40 rad/s; die
#    Energie wächst mit dem Quadrat der Drehgeschwindigkeit.
# 2. 4 ÷ 0,1 = 40 rad/s, und die Zeitkonstante 5 ÷ 0,1 = 50 s ist doppelt so lang.
# 3. In der Gleichgewichts-Drehgeschwindigkeit 4 ÷ 0,2 = 20 rad/s kommt die Größe nicht vor, in
#    der Zeitkonstante 20 ÷ 0,2 = 100 s schon. Wenn der Antrieb nach 60 s endet, dreht sich das
#    schwere Rad deshalb erst mit 9,0 rad/s, weniger als halb so schnell wie das Vergleichsrad.
#    Trotzdem speichert es etwa gleich viel Energie (814 J gegenüber 827 J): Die Energie ist
#    ½ · Größe · Drehgeschwindigkeit², und die vierfache Größe gleicht die weniger als halb so
#    große Drehgeschwindigkeit aus. Nach dem Antrieb zeigt sich der Unterschied: Nach 120 s hat
#    das schwere Rad noch 245 J, das Vergleichsrad nur noch 7 J.
# 4. Ein Antrieb, der nach 10 s endet, hinterlässt nur 109 J im Rad: Es ist kaum angelaufen.
#    Endet er nach 110 s, sind es 976 J – aber die letzten 50 Sekunden haben wenig gebracht (nach
#    60 s waren es schon 827 J), weil das Rad bereits nahe an seiner
#    Gleichgewichts-Drehgeschwindigkeit war. Ein Antrieb lohnt sich über einige Zeitkonstanten
#    (hier je 25 s); danach bringt mehr Antrieb wenig.
# 5. Ein Bremsmoment von 2 N·m halbiert die Gleichgewichts-Drehgeschwindigkeit; ein Bremsmoment,
#    das so stark ist wie der Antrieb, hält das Rad still.
#
# </details>
#
# Diese Zahlen zeigt das Panel für die Experimente 3 und 4:

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the panel's numbers for experiments 3 and 4
from flywheel_lib.panels.physics import DEFAULTS, wheel_model


def panel_run(**changes):
    """The first panel's wheel with ``changes``, indexed by time."""
    return wheel_model(**{**DEFAULTS, **changes}).set_index("t")


for size in (5.0, 20.0):
    wheel = panel_run(inertia=size)
    print(f"size {size:2.0f}: when the push ends {wheel.loc[60.0, 'speed']:4.1f} rad/s, "
          f"{wheel.loc[60.0, 'energy']:3.0f} J; at 120 s {wheel.loc[120.0, 'energy']:3.0f} J")
for stop in (10.0, 60.0, 110.0):
    energy = panel_run(push_until=stop).loc[stop, "energy"]
    print(f"push ends at {stop:3.0f} s: {energy:3.0f} J stored")

# %% [output]
# size  5: when the push ends 18.2 rad/s, 827 J; at 120 s   7 J
# size 20: when the push ends  9.0 rad/s, 814 J; at 120 s 245 J
# push ends at  10 s: 109 J stored
# push ends at  60 s: 827 J stored
# push ends at 110 s: 976 J stored

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen des Panels für die Experimente 3 und 4
from flywheel_lib.panels.physics import DEFAULTS, wheel_model


def panel_run(**changes):
    """Das Rad des ersten Panels mit ``changes``, mit der Zeit als Index."""
    return wheel_model(**{**DEFAULTS, **changes}).set_index("t")


for size in (5.0, 20.0):
    wheel = panel_run(inertia=size)
    print(f"Größe {fw.number(size, '2.0f')}: bei Antriebsende "
          f"{fw.number(wheel.loc[60.0, 'speed'], '4.1f')} rad/s, "
          f"{fw.number(wheel.loc[60.0, 'energy'], '3.0f')} J; "
          f"nach 120 s {fw.number(wheel.loc[120.0, 'energy'], '3.0f')} J")
for stop in (10.0, 60.0, 110.0):
    energy = panel_run(push_until=stop).loc[stop, "energy"]
    print(f"Antrieb endet bei {fw.number(stop, '3.0f')} s: "
          f"{fw.number(energy, '3.0f')} J gespeichert")

# %% [output de]
# Größe  5: bei Antriebsende 18,2 rad/s, 827 J; nach 120 s   7 J
# Größe 20: bei Antriebsende  9,0 rad/s, 814 J; nach 120 s 245 J
# Antrieb endet bei  10 s: 109 J gespeichert
# Antrieb endet bei  60 s: 827 J gespeichert
# Antrieb endet bei 110 s: 976 J gespeichert

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

# %% [markdown de]
# ## Das schwerere Rad: langsamer im Anlauf, mehr Schwung
#
# Hier scheinen sich zwei Aussagen zu widersprechen. Diese Lektion sagt: Ein größeres Rad läuft
# *langsamer* an. Fachleute für Kundenbeziehungen sagen: Mehr Kunden geben einem Unternehmen mehr
# Gewicht *und* mehr Schwung – als würde Gewicht es schneller machen. Beide haben recht, denn sie
# sprechen von verschiedenen Dingen:
#
# - Die **Drehgeschwindigkeit** sagt, wie schnell sich das Rad dreht: wie rasch sich sichtbar
#   etwas ändert.
# - Der **Drehimpuls** ist das, was das bewegte Rad in sich trägt: seine Größe mal seiner
#   Drehgeschwindigkeit (I · ω, in kg·m²/s). Er hält das Rad in Gang, wenn niemand antreibt, und
#   gegen ihn muss man ankommen, um es zu stoppen. Im Bild des Geschäfts ist er der Schwung.
#
# Gib einem leichten und einem schweren Rad denselben Antrieb. Jede Sekunde fügt der Antrieb
# beiden denselben Drehimpuls hinzu; die Reibung nimmt einen Teil davon weg, und zwar im
# Verhältnis zur Drehgeschwindigkeit. Das schwere Rad dreht sich langsamer, also nimmt ihm die
# Reibung *weniger* weg: Es trägt in jedem Moment mehr Drehimpuls, obwohl es sich langsamer dreht.
# Endet der Antrieb, läuft es viel länger weiter.
#
# Das zweite Panel zeigt genau das: ein leichtes Rad mit 5 kg·m² (gestrichelt) und ein schweres
# Rad (durchgezogen), beide mit 4 N·m gegen eine Reibung von 0,2 N·m·s angetrieben.

# %%
panels.build("03_flywheel_physics:heavy")

# %% [markdown]
# **Try this**
# 1. Move **Size of the heavy wheel** from 20 up to 40 and watch both plots: its speed curve gets
#    flatter, its momentum curve higher.
# 2. Move it down to 5: the two wheels become one.
# 3. Move **Stop pushing at** to 30 s. Which wheel is faster when the push ends, which carries more
#    momentum, and which is still turning at the end of the run?
#
# <details><summary>Answers</summary>
#
# 1. The heavier the wheel, the later its speed rises — and the higher its momentum climbs: at
#    40 kg·m² its steady momentum would be eight times the light wheel's.
# 2. Same size, same push, same friction: the same wheel.
# 3. The light wheel is faster (14.0 against 5.2 rad/s), yet the heavy one carries more momentum
#    (104 against 70 kg·m²/s). At the end of the run the light wheel has practically stopped
#    (0.00 rad/s), while the heavy one is still turning (0.63 rad/s).
#
# </details>
#
# With the start values, and for experiment 3, the panel shows these numbers:

# %% [markdown de]
# **Probier es aus**
# 1. Schieb die **Größe des schweren Rads** von 20 auf 40 und beobachte beide Diagramme: Seine
#    Kurve der Drehgeschwindigkeit wird flacher, seine Kurve des Drehimpulses höher.
# 2. Schieb sie hinunter auf 5: Aus den beiden Rädern wird eins.
# 3. Stell **Ende des Antriebs** auf 30 s. Welches Rad ist schneller, wenn der Antrieb endet,
#    welches trägt mehr Drehimpuls, und welches dreht sich am Ende des Laufs noch?
#
# <details><summary>Antworten</summary>
#
# 1. Je schwerer das Rad, desto später steigt seine Drehgeschwindigkeit – und desto höher klettert
#    sein Drehimpuls: Bei 40 kg·m² wäre sein Drehimpuls im Gleichgewicht achtmal so groß wie der
#    des leichten Rads.
# 2. Gleiche Größe, gleicher Antrieb, gleiche Reibung: dasselbe Rad.
# 3. Das leichte Rad ist schneller (14,0 gegenüber 5,2 rad/s), doch das schwere trägt mehr
#    Drehimpuls (104 gegenüber 70 kg·m²/s). Am Ende des Laufs steht das leichte Rad praktisch
#    still (0,00 rad/s), während sich das schwere noch dreht (0,63 rad/s).
#
# </details>
#
# Mit den Startwerten und für Experiment 3 zeigt das Panel diese Zahlen:

# %% [curious]
# NBVAL_CHECK_OUTPUT
# a light and a heavy wheel, the same push
light = physics.spin(5.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
heavy = physics.spin(20.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
for name, wheel, size in (("light wheel", light, 5.0), ("heavy wheel", heavy, 20.0)):
    print(f"{name} ({size:.0f} kg·m²) when the push ends: {wheel.loc[120.0, 'speed']:.1f} rad/s, "
          f"momentum {wheel.loc[120.0, 'momentum']:.0f} kg·m²/s; coasts to 10 % in "
          f"{physics.coast_time(size, 0.2):.0f} s")
# experiment 3: the push ends at 30 s
for name, size in (("light wheel", 5.0), ("heavy wheel", 20.0)):
    short = physics.spin(size, 0.2, 4.0, 240.0, push_until=30.0, samples=241).set_index("t")
    print(f"push ends at 30 s, {name}: {short.loc[30.0, 'speed']:.1f} rad/s, momentum "
          f"{short.loc[30.0, 'momentum']:.0f} kg·m²/s; at 240 s {short.loc[240.0, 'speed']:.2f} rad/s")

# %% [output]
# light wheel (5 kg·m²) when the push ends: 19.8 rad/s, momentum 99 kg·m²/s; coasts to 10 % in 58 s
# heavy wheel (20 kg·m²) when the push ends: 14.0 rad/s, momentum 280 kg·m²/s; coasts to 10 % in 230 s
# push ends at 30 s, light wheel: 14.0 rad/s, momentum 70 kg·m²/s; at 240 s 0.00 rad/s
# push ends at 30 s, heavy wheel: 5.2 rad/s, momentum 104 kg·m²/s; at 240 s 0.63 rad/s

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# ein leichtes und ein schweres Rad, derselbe Antrieb
light = physics.spin(5.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
heavy = physics.spin(20.0, 0.2, 4.0, 240.0, push_until=120.0, samples=241).set_index("t")
for name, wheel, size in (("leichtes Rad", light, 5.0), ("schweres Rad", heavy, 20.0)):
    print(f"{name} ({fw.number(size, '.0f')} kg·m²) bei Antriebsende: "
          f"{fw.number(wheel.loc[120.0, 'speed'], '.1f')} rad/s, Drehimpuls "
          f"{fw.number(wheel.loc[120.0, 'momentum'], '.0f')} kg·m²/s; läuft in "
          f"{fw.number(physics.coast_time(size, 0.2), '.0f')} s auf 10 % aus")
# Experiment 3: der Antrieb endet nach 30 s
for name, size in (("leichtes Rad", 5.0), ("schweres Rad", 20.0)):
    short = physics.spin(size, 0.2, 4.0, 240.0, push_until=30.0, samples=241).set_index("t")
    print(f"Antrieb endet nach 30 s, {name}: {fw.number(short.loc[30.0, 'speed'], '.1f')} rad/s, "
          f"Drehimpuls {fw.number(short.loc[30.0, 'momentum'], '.0f')} kg·m²/s; "
          f"nach 240 s {fw.number(short.loc[240.0, 'speed'], '.2f')} rad/s")

# %% [output de]
# leichtes Rad (5 kg·m²) bei Antriebsende: 19,8 rad/s, Drehimpuls 99 kg·m²/s; läuft in 58 s auf 10 % aus
# schweres Rad (20 kg·m²) bei Antriebsende: 14,0 rad/s, Drehimpuls 280 kg·m²/s; läuft in 230 s auf 10 % aus
# Antrieb endet nach 30 s, leichtes Rad: 14,0 rad/s, Drehimpuls 70 kg·m²/s; nach 240 s 0,00 rad/s
# Antrieb endet nach 30 s, schweres Rad: 5,2 rad/s, Drehimpuls 104 kg·m²/s; nach 240 s 0,63 rad/s

# %% [markdown]
# *Business reading:* more customers are more to move. A campaign aimed at a large customer base
# shows its effect slowly — the speed rises late. But a large, satisfied base carries the business:
# its recommendations and repeat purchases are momentum that keeps the wheel turning long after a
# campaign ends. A small base reacts fast and stops just as fast.

# %% [markdown de]
# *Geschäftlich gesehen:* Mehr Kunden bedeuten mehr Masse, die in Bewegung gebracht werden muss.
# Eine Kampagne für einen großen Kundenstamm zeigt ihre Wirkung nur langsam – die
# Drehgeschwindigkeit steigt spät. Aber ein großer, zufriedener Kundenstamm trägt das Unternehmen:
# Empfehlungen und Wiederkäufe sind Schwung, der das Rad noch lange nach dem Ende einer Kampagne in
# Gang hält. Ein kleiner Kundenstamm reagiert schnell und kommt ebenso schnell zum Stillstand.

# %% [markdown]
# ## Six properties the metaphor borrows
#
# When people call a business a flywheel, they borrow six properties of the physical wheel. Each one
# can be shown with the model, and each one has a reading in marketing.
#
# ### 1. Slow acceleration
#
# A wheel four times heavier needs four times as long to reach 90 % of its steady speed — but then
# holds four times the energy.

# %% [markdown de]
# ## Sechs Eigenschaften, die sich die Metapher leiht
#
# Wer ein Unternehmen ein Schwungrad nennt, leiht sich sechs Eigenschaften des echten Rads. Jede
# lässt sich mit dem Modell zeigen, und jede hat eine Bedeutung im Marketing.
#
# ### 1. Langsame Beschleunigung
#
# Ein viermal so schweres Rad braucht viermal so lange, um 90 % seiner
# Gleichgewichts-Drehgeschwindigkeit zu erreichen – speichert dann aber die vierfache Energie.

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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
def time_to(frame, share, target):
    """Sekunden, bis die Drehgeschwindigkeit zum ersten Mal ``share`` von ``target`` erreicht."""
    return float(frame.loc[frame["speed"] >= share * target, "t"].iloc[0])


small = physics.spin(5.0, 0.2, 4.0, 1000.0, samples=10001)
big = physics.spin(20.0, 0.2, 4.0, 1000.0, samples=10001)
for name, wheel in (("kleines Rad, I = 5 ", small), ("großes Rad,  I = 20", big)):
    print(f"{name}: 90 % der Gleichgewichts-Drehgeschwindigkeit nach "
          f"{fw.number(time_to(wheel, 0.9, steady), '5.1f')} s; gespeicherte Energie am Ende "
          f"{fw.number(wheel['energy'].iloc[-1], ',.0f')} J")

# %% [output de]
# kleines Rad, I = 5 : 90 % der Gleichgewichts-Drehgeschwindigkeit nach  57,6 s; gespeicherte Energie am Ende 1.000 J
# großes Rad,  I = 20: 90 % der Gleichgewichts-Drehgeschwindigkeit nach 230,3 s; gespeicherte Energie am Ende 4.000 J

# %% [markdown]
# *Marketing reading:* a flywheel business is slow to get going. The first months of content, service
# and word of mouth show little result; the effort has to be kept up long before the curve turns.
#
# ### 2. Directed forces
#
# Not every force pushes the wheel forward. A brake working against the push lowers the steady speed,
# and a brake as strong as the push stops the wheel altogether.

# %% [markdown de]
# *Im Marketing heißt das:* Ein Geschäft, das wie ein Schwungrad funktioniert, kommt langsam in
# Gang. Die ersten Monate mit Inhalten, Service und Mundpropaganda bringen wenig sichtbares
# Ergebnis; du musst die Anstrengung lange durchhalten, bevor die Kurve ansteigt.
#
# ### 2. Gerichtete Kräfte
#
# Nicht jede Kraft treibt das Rad voran. Ein Bremsmoment gegen den Antrieb senkt die
# Gleichgewichts-Drehgeschwindigkeit, und ein Bremsmoment, das so stark ist wie der Antrieb, hält
# das Rad ganz an.

# %% [curious]
# NBVAL_CHECK_OUTPUT
free = physics.spin(5.0, 0.2, 4.0, 300.0)
braked = physics.spin(5.0, 0.2, 4.0, 300.0, drag=1.5)
stuck = physics.spin(5.0, 0.2, 4.0, 300.0, drag=4.0)
print(f"push alone: {free['speed'].iloc[-1]:.1f} rad/s; against a 1.5 N·m brake: "
      f"{braked['speed'].iloc[-1]:.1f} rad/s; against a 4 N·m brake: {stuck['speed'].iloc[-1]:.1f} rad/s")

# %% [output]
# push alone: 20.0 rad/s; against a 1.5 N·m brake: 12.5 rad/s; against a 4 N·m brake: 0.0 rad/s

# %% [curious de]
# NBVAL_CHECK_OUTPUT
free = physics.spin(5.0, 0.2, 4.0, 300.0)
braked = physics.spin(5.0, 0.2, 4.0, 300.0, drag=1.5)
stuck = physics.spin(5.0, 0.2, 4.0, 300.0, drag=4.0)
print(f"nur Antrieb: {fw.number(free['speed'].iloc[-1], '.1f')} rad/s; "
      f"gegen ein Bremsmoment von {fw.number(1.5, '.1f')} N·m: "
      f"{fw.number(braked['speed'].iloc[-1], '.1f')} rad/s; "
      f"gegen ein Bremsmoment von 4 N·m: {fw.number(stuck['speed'].iloc[-1], '.1f')} rad/s")

# %% [output de]
# nur Antrieb: 20,0 rad/s; gegen ein Bremsmoment von 1,5 N·m: 12,5 rad/s; gegen ein Bremsmoment von 4 N·m: 0,0 rad/s

# %% [markdown]
# *Marketing reading:* some of a company's own forces brake the wheel — a sales script that pushes
# too hard, a slow support desk, a billing surprise. Finding them is as useful as pushing harder.
#
# ### 3. Low friction losses
#
# Halving the friction doubles the steady speed, and because energy grows with the *square* of the
# speed, it quadruples the stored energy.

# %% [markdown de]
# *Im Marketing heißt das:* Manche Kräfte im eigenen Unternehmen bremsen das Rad – ein
# Verkaufsgespräch, das zu sehr drängt, ein langsamer Kundendienst, eine böse Überraschung auf der
# Rechnung. Sie aufzuspüren bringt so viel wie stärkeres Antreiben.
#
# ### 3. Geringe Reibungsverluste
#
# Halbierst du die Reibung, verdoppelt sich die Gleichgewichts-Drehgeschwindigkeit – und weil die
# Energie mit dem *Quadrat* der Drehgeschwindigkeit wächst, vervierfacht sich die gespeicherte
# Energie.

# %% [curious]
# NBVAL_CHECK_OUTPUT
smooth = physics.spin(5.0, 0.1, 4.0, 1000.0)
print(f"friction 0.2: {small['speed'].iloc[-1]:.1f} rad/s, {small['energy'].iloc[-1]:,.0f} J; "
      f"friction 0.1: {smooth['speed'].iloc[-1]:.1f} rad/s, {smooth['energy'].iloc[-1]:,.0f} J")

# %% [output]
# friction 0.2: 20.0 rad/s, 1,000 J; friction 0.1: 40.0 rad/s, 4,000 J

# %% [curious de]
# NBVAL_CHECK_OUTPUT
smooth = physics.spin(5.0, 0.1, 4.0, 1000.0)
print(f"Reibung {fw.number(0.2, '.1f')}: {fw.number(small['speed'].iloc[-1], '.1f')} rad/s, "
      f"{fw.number(small['energy'].iloc[-1], ',.0f')} J; "
      f"Reibung {fw.number(0.1, '.1f')}: {fw.number(smooth['speed'].iloc[-1], '.1f')} rad/s, "
      f"{fw.number(smooth['energy'].iloc[-1], ',.0f')} J")

# %% [output de]
# Reibung 0,2: 20,0 rad/s, 1.000 J; Reibung 0,1: 40,0 rad/s, 4.000 J

# %% [markdown]
# *Marketing reading:* friction is every hand-off that loses a customer's goodwill. Processes that fit
# together cost nothing extra to run, yet they let the same effort carry the wheel much further.
#
# ### 4. Scalability
#
# The big wheel from property 1 ends at the same speed as the small one but stores four times the
# energy: a bigger wheel is a bigger store. A stronger push makes it turn faster too.
#
# *Marketing reading:* a wheel that works can grow. More customers — for instance from new
# markets — make it a bigger, heavier wheel that stores more momentum, and more effort turns it
# faster, without changing what makes it turn.
#
# ### 5. Flow
#
# After the push ends the wheel keeps turning: it has lost half its speed after (I/b) · ln 2
# seconds, about 0.69 time constants — 17 s for the small wheel, 69 s for the big one.

# %% [markdown de]
# *Im Marketing heißt das:* Reibung ist jede Übergabe, bei der ein Kunde etwas von seinem
# Wohlwollen verliert. Reibungslose Abläufe kosten nichts extra, aber mit derselben Anstrengung
# kommt das Rad viel weiter.
#
# ### 4. Skalierbarkeit
#
# Das große Rad aus Eigenschaft 1 erreicht dieselbe Drehgeschwindigkeit wie das kleine, speichert
# aber die vierfache Energie: Ein größeres Rad ist ein größerer Speicher. Ein stärkerer Antrieb
# lässt es sich zudem schneller drehen.
#
# *Im Marketing heißt das:* Ein Rad, das funktioniert, kann wachsen. Mehr Kunden – etwa aus neuen
# Märkten – machen es zu einem größeren, schwereren Rad, das mehr Schwung speichert, und mehr
# Anstrengung dreht es schneller, ohne dass sich ändert, was es antreibt.
#
# ### 5. Weiterlaufen
#
# Nach dem Ende des Antriebs dreht sich das Rad weiter: Die Hälfte seiner Drehgeschwindigkeit hat
# es erst nach (I/b) · ln 2 Sekunden verloren, nach etwa 0,69 Zeitkonstanten – beim kleinen Rad
# nach 17 s, beim großen nach 69 s.

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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
for inertia in (5.0, 20.0):
    wheel = physics.spin(inertia, 0.2, 4.0, 1200.0, push_until=600.0, samples=12001)
    after = wheel[wheel["t"] >= 600.0]
    half = after.loc[after["speed"] <= after["speed"].iloc[0] / 2, "t"].iloc[0] - 600.0
    print(f"I = {fw.number(inertia, '2.0f')}: halbe Drehgeschwindigkeit {fw.number(half, '.1f')} s "
          f"nach Antriebsende (Formel: {fw.number(physics.coast_time(inertia, 0.2, 0.5), '.1f')} s)")

# %% [output de]
# I =  5: halbe Drehgeschwindigkeit 17,4 s nach Antriebsende (Formel: 17,3 s)
# I = 20: halbe Drehgeschwindigkeit 69,4 s nach Antriebsende (Formel: 69,3 s)

# %% [markdown]
# (The model writes down the wheel's speed every tenth of a second, and the cell reports the first
# moment it finds at or below half speed. That is why the simulation's time can be up to 0.1 s
# later than the formula's.)
#
# *Marketing reading:* a turning wheel keeps turning for a while even when effort pauses — customers
# keep recommending, content keeps being found. A wheel that has never turned has nothing to coast on.
#
# ### 6. Force transmission
#
# All the energy that goes into the wheel passes through one place, the axle. It is either stored in
# the wheel's motion or lost to friction; nothing else happens to it. Over the first 60 s of the
# example wheel the push puts in 2,981 J: 827 J are stored, 2,155 J are lost to friction. (Each
# number is rounded to whole joules, so the two parts add up to 2,982.)

# %% [markdown de]
# (Das Modell notiert die Drehgeschwindigkeit des Rads jede Zehntelsekunde, und die Zelle meldet
# den ersten Zeitpunkt, zu dem sie auf oder unter der halben Drehgeschwindigkeit liegt. Deshalb
# kann die Zeit aus der Simulation bis zu 0,1 s später liegen als die aus der Formel.)
#
# *Im Marketing heißt das:* Ein Rad, das sich dreht, dreht sich noch eine Weile weiter, auch wenn
# die Anstrengung pausiert – Kunden empfehlen weiter, Inhalte werden weiter gefunden. Ein Rad, das
# sich nie gedreht hat, hat nichts, wovon es zehren könnte.
#
# ### 6. Kraftübertragung
#
# Alle Energie, die ins Rad geht, läuft über eine einzige Stelle, die Achse. Sie wird entweder in
# der Bewegung des Rads gespeichert oder geht durch Reibung verloren; etwas anderes geschieht nicht
# mit ihr. In den ersten 60 s des Beispielrads steckt der Antrieb 2.981 J hinein: 827 J werden
# gespeichert, 2.155 J gehen durch Reibung verloren. (Jede Zahl ist auf ganze Joule gerundet,
# deshalb ergeben die beiden Teile zusammen 2.982.)

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the work put in is push × speed, added up over time;
# friction takes b·ω² per second
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

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# hineingesteckte Arbeit = Antrieb × Drehgeschwindigkeit,
# über die Zeit aufsummiert; die Reibung nimmt b·ω² pro Sekunde
fine = physics.spin(5.0, 0.2, 4.0, 120.0, push_until=60.0, samples=2401)
w, tt = fine["speed"].to_numpy(), fine["t"].to_numpy()
until_60 = tt <= 60.0
work = np.trapezoid(4.0 * w[until_60], tt[until_60])
lost = np.trapezoid(0.2 * w[until_60] ** 2, tt[until_60])
stored = fine.loc[until_60, "energy"].iloc[-1]
print(f"erste 60 s: hineingesteckt {fw.number(work, ',.0f')} J = "
      f"gespeichert {fw.number(stored, ',.0f')} J + "
      f"durch Reibung verloren {fw.number(lost, ',.0f')} J "
      f"(Bilanz weicht um {fw.percent(abs(work - stored - lost) / work, 1)} ab)")

# %% [output de]
# erste 60 s: hineingesteckt 2.981 J = gespeichert 827 J + durch Reibung verloren 2.155 J (Bilanz weicht um 0,0 % ab)

# %% [markdown]
# *Marketing reading:* in the flywheel picture the axle is the customer. Marketing, sales and service
# all push on the same axle; what they put in either builds momentum with customers or is lost along
# the way.

# %% [markdown de]
# *Im Marketing heißt das:* Im Bild des Schwungrads ist der Kunde die Achse. Marketing, Vertrieb
# und Service treiben alle an derselben Achse an; was sie hineinstecken, baut entweder Schwung bei
# den Kunden auf oder geht unterwegs verloren.

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** In the panel, leave the push at its start value and set the size to 6 and the
# friction to 0.4. What is the wheel's steady speed, in rad/s? Work it out first, then compare
# with the readout under the plot.

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drücke auf **Prüfen** (`2,5` und `2.5` gehen beide), oder klicke
# die Antwort an, die du wählst. Die Prüfung sagt dir sofort, ob deine Antwort stimmt, und wenn
# nicht, warum; **Lösung zeigen** öffnet einen ausführlichen Lösungsweg.
#
# **Aufgabe 1.** Lass im Panel den Antrieb auf seinem Startwert und stell die Größe auf 6 und die
# Reibung auf 0,4. Wie groß ist die Gleichgewichts-Drehgeschwindigkeit des Rads, in rad/s? Rechne
# sie zuerst aus und vergleiche sie dann mit der Anzeige unter der Grafik.

# %%
exercises.ask("03.1")

# %% [markdown]
# **Exercise 2.** The same wheel stops being pushed once it turns at its steady speed. How many
# seconds later is it down to half that speed?

# %% [markdown de]
# **Aufgabe 2.** Dasselbe Rad wird nicht mehr angetrieben, sobald es sich mit seiner
# Gleichgewichts-Drehgeschwindigkeit dreht. Wie viele Sekunden später hat es nur noch die Hälfte
# dieser Drehgeschwindigkeit?

# %%
exercises.ask("03.2")

# %% [markdown]
# **Exercise 3.** How much energy, in joules, does this wheel store when it turns at its steady
# speed?

# %% [markdown de]
# **Aufgabe 3.** Wie viel Energie, in Joule, speichert dieses Rad, wenn es sich mit seiner
# Gleichgewichts-Drehgeschwindigkeit dreht?

# %%
exercises.ask("03.3")

# %% [markdown]
# **Exercise 4.** A company doubles the "size" of its wheel — it now has twice as many customers —
# but keeps its effort and its friction. Try it in the panel: press **Reset**, set **Stop pushing
# at** to 120 s (so the push lasts the whole run), then move the **Size** from 5 to 10. By what
# factor does the energy stored when the push ends grow? Read both values in the readout under
# the plot and divide the new one by the old one.

# %% [markdown de]
# **Aufgabe 4.** Ein Unternehmen verdoppelt die „Größe“ seines Rads – es hat jetzt doppelt so
# viele Kunden –, behält aber seine Anstrengung und seine Reibung bei. Probier es im Panel aus:
# Drück auf **Zurücksetzen**, stell **Ende des Antriebs** auf 120 s (dann dauert der Antrieb den
# ganzen Lauf) und schieb danach die **Größe** von 5 auf 10. Um welchen Faktor wächst die
# gespeicherte Energie bei Antriebsende? Lies beide Werte in der Anzeige unter der Grafik ab und
# teile den neuen durch den alten.

# %%
exercises.ask("03.4")

# %% [markdown]
# ## Summary
#
# - A flywheel is described by the push τ (N·m; the "energy input"), the friction b (N·m·s) and
#   its size I (kg·m²). It settles at the steady speed τ/b; the time constant I/b says how long that
#   takes and how long it coasts.
# - A heavier wheel is slower to start and to stop, yet carries more momentum (I·ω) at every moment
#   and, at its steady speed, stores more energy (½·I·ω²): a large customer base is slow to move,
#   and then it carries you. Less friction raises the speed and, by the square, the energy.
# - The six properties — slow acceleration, directed forces, low friction losses, scalability, flow
#   and force transmission — are what the business metaphor borrows from the physics.
#
# A real wheel needs a hand to push it. What if the wheel pushed itself — if each part of a business
# made the next part stronger? That is the Amazon flywheel. **Next:**
# [04 · The Amazon flywheel](04_amazon_flywheel.ipynb).

# %% [markdown de]
# ## Zusammenfassung
#
# - Ein Schwungrad wird beschrieben durch den Antrieb τ (N·m; die „Energiezufuhr“), die Reibung
#   b (N·m·s) und seine Größe I (kg·m²). Es pendelt sich bei der Gleichgewichts-Drehgeschwindigkeit
#   τ/b ein; die Zeitkonstante I/b sagt, wie lange das dauert und wie lange es ausläuft.
# - Ein schwereres Rad läuft langsamer an und langsamer aus, trägt aber in jedem Moment mehr
#   Drehimpuls (I·ω) und speichert im Gleichgewicht mehr Energie (½·I·ω²): Ein großer Kundenstamm
#   ist schwer in Bewegung zu bringen – und dann trägt er dich. Weniger Reibung erhöht die
#   Drehgeschwindigkeit und, über das Quadrat, die Energie.
# - Die sechs Eigenschaften – langsame Beschleunigung, gerichtete Kräfte, geringe
#   Reibungsverluste, Skalierbarkeit, Weiterlaufen und Kraftübertragung – sind das, was sich die
#   Metapher aus der Geschäftswelt von der Physik leiht.
#
# Ein echtes Rad braucht eine Hand, die es antreibt. Was wäre, wenn das Rad sich selbst antriebe –
# wenn jeder Teil eines Unternehmens den nächsten stärker machte? Das ist das Amazon-Schwungrad.
# **Weiter:** [04 · Das Amazon-Schwungrad](04_amazon_flywheel.ipynb).
