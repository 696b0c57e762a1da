# %% [markdown]
# # 00 · Start here
#
# Welcome to the flywheel teaching kit. The lessons lead from the oldest model of persuasion in
# marketing, AIDA, through the sales funnel and its limits, to the flywheel: first as a physical
# wheel, then as Amazon's virtuous cycle, then as HubSpot's inbound flywheel. At the end you
# build a flywheel for a business of your own.
#
# **In this notebook you will learn**
# - how a lesson is organised and in which order to take them,
# - how to work a panel: drag a slider and the picture answers at once,
# - how to switch every label to German and the plots to the large presenter style.

# %% [markdown de]
# # 00 · Hier beginnen
#
# Willkommen im Lehrkit zum Schwungrad (engl. flywheel). Die Lektionen führen vom ältesten
# Werbewirkungsmodell, AIDA, über den Sales Funnel und seine Grenzen zum Schwungrad: zuerst als
# physikalisches Rad, dann als selbstverstärkender Kreislauf bei Amazon, dann als
# Inbound-Schwungrad von HubSpot. Am Ende baust du ein Schwungrad für ein eigenes Unternehmen.
#
# **In diesem Notebook lernst du**
# - wie eine Lektion aufgebaut ist und in welcher Reihenfolge du die Lektionen durcharbeitest,
# - wie du ein Panel bedienst: Du ziehst an einem Regler, und die Grafik antwortet sofort,
# - wie du zwischen Deutsch und Englisch umschaltest und die Grafiken auf den großen Vortragsstil
#   stellst.

# %% [markdown]
# ## How a lesson works
#
# Every lesson has the same shape, so you always know where you are:
#
# 1. **Learning goals** — what you can do at the end.
# 2. **The idea in plain words** — no formulas yet.
# 3. **The model** — the idea as numbers. You need no programming: the code sits in folded cells
#    marked *for the curious* (click the three dots to open one).
# 4. **A panel** — sliders and a picture that redraws as you drag.
# 5. **Try this** — short experiments: move one slider and watch one thing.
# 6. **Exercises** — you answer by clicking or typing a number; a check says at once whether it
#    holds, and if not, why. Each exercise has a worked solution that stays folded until you ask.
# 7. **Summary** and a link to the next lesson.
#
# Run the cells from top to bottom with **Shift + Enter** (or *Run → Run All Cells*). You can run
# them again at any time; nothing breaks.

# %% [markdown de]
# ## So funktioniert eine Lektion
#
# Jede Lektion ist gleich aufgebaut, damit du immer weißt, wo du gerade bist:
#
# 1. **Lernziele** – was du am Ende kannst.
# 2. **Die Idee in einfachen Worten** – noch ohne Formeln.
# 3. **Das Modell** – die Idee in Zahlen. Programmieren musst du dafür nicht: Der Code steckt in
#    eingeklappten Zellen *für Neugierige* (klick auf die drei Punkte, um eine zu öffnen).
# 4. **Ein Panel** – Schieberegler und eine Grafik, die sich neu zeichnet, während du ziehst.
# 5. **Probier es aus** – kurze Experimente: Du bewegst einen Regler und achtest auf eine Sache.
# 6. **Aufgaben** – du antwortest per Klick oder mit einer Zahl; eine Prüfung sagt dir sofort, ob
#    deine Antwort stimmt, und wenn nicht, warum. Zu jeder Aufgabe gibt es einen Lösungsweg, der
#    eingeklappt bleibt, bis du ihn öffnest.
# 7. **Zusammenfassung** und ein Link zur nächsten Lektion.
#
# Führe die Zellen von oben nach unten mit **Umschalt + Enter** aus (oder über *Run → Run All
# Cells*, in der deutschen Oberfläche *Ausführen → Alle Zellen ausführen*). Du kannst sie jederzeit
# noch einmal ausführen; dabei geht nichts kaputt.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import lessons, panels

# %% [curious de]
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import lessons, panels

# %% [markdown]
# ## Your first panel
#
# Below is a wheel on an axle, at rest. The plot shows how fast it turns during its first 20
# seconds. Speed is measured in **radians per second (rad/s)**. A radian is a measure of how far
# a wheel has turned: one full turn is about 6.3 radians (2π). So a wheel at 4 rad/s makes about
# two-thirds of a turn every second.
#
# The panel has two sliders:
#
# - **Energy input** — how hard you push the wheel round. This kit uses the word that marketing
#   uses for effort, but be exact about what the slider sets: a *push*, which physicists call a
#   torque and measure in newton-metres (N·m). It is not an amount of energy. The energy you put
#   in is the push times how far the wheel turns, so the same push delivers more energy once the
#   wheel is moving.
# - **Friction** — what slows the wheel down: here the rubbing in the wheel's bearings. The
#   faster the wheel turns, the harder friction brakes: a friction of 0.5 N·m·s brakes with
#   0.5 N·m for every radian per second of speed. (Marketing borrows the word for whatever makes
#   customers give up — a slow checkout, a confusing form. Lesson 02 uses it in that sense and
#   says how the two meanings fit together.)
#
# Run the next cell and drag the sliders. The wheel speeds up and settles where push and friction
# balance. **Reset** goes back to the start values.

# %% [markdown de]
# ## Dein erstes Panel
#
# Unten siehst du ein Rad auf einer Achse, das anfangs stillsteht. Die Grafik zeigt, wie schnell es
# sich in den ersten 20 Sekunden dreht. Die Drehgeschwindigkeit wird in **Radiant pro Sekunde
# (rad/s)** gemessen. Ein Radiant ist ein Maß dafür, wie weit sich ein Rad gedreht hat: Eine volle
# Umdrehung sind etwa 6,3 Radiant (2π). Ein Rad mit 4 rad/s schafft also etwa zwei Drittel einer
# Umdrehung pro Sekunde.
#
# Das Panel hat zwei Regler:
#
# - **Energiezufuhr** – wie kräftig du das Rad anschiebst. Das Kit verwendet hier das Wort, mit
#   dem das Marketing Aufwand bezeichnet. Genau genommen stellt der Regler aber einen *Antrieb*
#   ein, den die Physik Drehmoment nennt und in Newtonmeter (N·m) misst. Das ist keine
#   Energiemenge. Die Energie, die du hineinsteckst, ist das Produkt aus Antrieb und Drehwinkel
#   (dem Winkel, um den sich das Rad dreht). Derselbe Antrieb liefert also mehr Energie, sobald
#   sich das Rad bewegt.
# - **Reibung** – was das Rad abbremst: hier das Reiben in den Lagern des Rads. Je schneller sich
#   das Rad dreht, desto stärker bremst die Reibung: Eine Reibung von 0,5 N·m·s bremst mit 0,5 N·m
#   je rad/s Drehgeschwindigkeit. (Das Marketing leiht sich das Wort für
#   alles, was Kunden aufgeben lässt – einen langsamen Bezahlvorgang, ein verwirrendes Formular.
#   Lektion 02 verwendet es in diesem Sinn und erklärt, wie die beiden Bedeutungen
#   zusammenpassen.)
#
# Führe die nächste Zelle aus und zieh an den Reglern. Das Rad wird schneller und pendelt sich
# dort ein, wo sich Antrieb und Reibung die Waage halten. **Zurücksetzen** stellt die Startwerte
# wieder her.

# %%
panels.build("00_start_here")

# %% [markdown]
# **Try this**
# - Move **energy input** from 2 to 4 and watch the right end of the curve and the readout under
#   the plot: the final speed doubles.
# - Move **friction** from 0.5 down to 0.25 and watch the curve's bend: the wheel ends (almost)
#   twice as fast, and it needs longer to get there.
# - Put **energy input** to 0: no push, no motion — the line stays on 0.
#
# For the start values the wheel turns at this speed after 20 seconds:

# %% [markdown de]
# **Probier es aus**
# - Stell die **Energiezufuhr** von 2 auf 4 und achte auf das rechte Ende der Kurve und auf die
#   Anzeige unter der Grafik: Die Drehgeschwindigkeit am Ende verdoppelt sich.
# - Senk die **Reibung** von 0,5 auf 0,25 und achte darauf, wie sich die Kurve biegt: Das Rad
#   dreht sich am Ende (fast) doppelt so schnell und braucht länger, bis es so weit ist.
# - Stell die **Energiezufuhr** auf 0: kein Antrieb, keine Bewegung – die Linie bleibt auf 0.
#
# Mit den Startwerten dreht sich das Rad nach 20 Sekunden so schnell:

# %% [curious]
# NBVAL_CHECK_OUTPUT
from flywheel_lib.panels.demo import spin_up

print(f"speed after 20 s: {spin_up(2.0, 0.5)['speed'].iloc[-1]:.2f} rad/s")

# %% [output]
# speed after 20 s: 4.00 rad/s

# %% [curious de]
# NBVAL_CHECK_OUTPUT
from flywheel_lib.panels.demo import spin_up

speed = spin_up(2.0, 0.5)["speed"].iloc[-1]
print(f"Drehgeschwindigkeit nach 20 s: {fw.number(speed, '.2f')} rad/s")

# %% [output de]
# Drehgeschwindigkeit nach 20 s: 4,00 rad/s

# %% [markdown]
# That is the push divided by the friction: 2 N·m ÷ 0.5 N·m·s = 4 per second, i.e. 4 radians per
# second. At that speed friction brakes exactly as hard as you push. Lesson 03 explains this
# wheel in full; it is the same model in the same units.

# %% [markdown de]
# Das ist der Antrieb geteilt durch die Reibung: 2 N·m ÷ 0,5 N·m·s = 4 pro Sekunde, also 4 Radiant
# pro Sekunde. Bei dieser Drehgeschwindigkeit bremst die Reibung genau so stark, wie du anschiebst.
# Lektion 03 erklärt dieses Rad ausführlich; es ist dasselbe Modell in denselben Einheiten.

# %% [markdown]
# ## German labels and the presenter style
#
# Every panel's labels, sliders and tables, and every exercise's feedback, exist in English and
# German. One call switches them; panels built afterwards use the new language. The presenter style
# makes type and lines large enough for a projector.
#
# ```python
# fw.set_language("de")        # "en" switches back
# fw.set_style("presenter")    # "default" switches back
# ```
#
# To start a whole session in German and in presenter style, set two environment variables before
# starting JupyterLab or Voilà: `FLYWHEEL_LANG=de FLYWHEEL_STYLE=presenter`.
#
# Run the next cell to see the same panel in German and in the presenter style.

# %% [markdown de]
# ## Sprache und Vortragsstil
#
# Die Beschriftungen, Regler und Tabellen der Panels und die Rückmeldungen der Aufgaben gibt es auf
# Deutsch und auf Englisch. Dieses Notebook hat gleich in seiner ersten Code-Zelle auf Deutsch
# umgeschaltet. Ein einziger Aufruf schaltet die Sprache um; Panels, die du danach baust, verwenden
# die neue Sprache. Der Vortragsstil macht Schrift und Linien so groß, dass man sie auch über einen
# Beamer gut erkennt.
#
# ```python
# fw.set_language("en")        # "de" schaltet zurück auf Deutsch
# fw.set_style("presenter")    # "default" schaltet zurück
# ```
#
# Um eine ganze Sitzung auf Deutsch und im Vortragsstil zu beginnen, setz vor dem Start von
# JupyterLab oder Voilà zwei Umgebungsvariablen: `FLYWHEEL_LANG=de FLYWHEEL_STYLE=presenter`.
#
# Führe die nächste Zelle aus, um dasselbe Panel im Vortragsstil zu sehen.

# %% [curious]
fw.set_language("de")
fw.set_style("presenter")
german_panel = panels.build("00_start_here")
fw.set_language("en")  # back to English for the rest of this notebook
fw.set_style("default")
german_panel

# %% [curious de]
fw.set_style("presenter")
presenter_panel = panels.build("00_start_here")
fw.set_style("default")  # zurück zum normalen Stil für den Rest dieses Notebooks
presenter_panel

# %% [markdown]
# ## Exercises
#
# Every lesson ends with exercises like these two. Type your answer in the box (2.5 and 2,5 both
# work) and press **Check**, or click your choice: the check says at once whether your answer
# holds and, if not, what probably went wrong. **Show solution** opens a worked solution — try
# first. Nothing breaks if you run a cell again.

# %% [markdown de]
# ## Aufgaben
#
# Jede Lektion endet mit Aufgaben wie diesen beiden. Tippe deine Antwort in das Feld (`2,5` und
# `2.5` gehen beide) und drück auf **Prüfen**, oder klick deine Wahl an: Die Prüfung sagt dir
# sofort, ob deine Antwort stimmt, und wenn nicht, was wahrscheinlich schiefgegangen ist.
# **Lösung zeigen** öffnet einen Lösungsweg – versuch es aber zuerst selbst. Es geht nichts kaputt,
# wenn du eine Zelle noch einmal ausführst.

# %% [curious]
from flywheel_lib import exercises

# %% [markdown]
# **Exercise 1.** In the panel above, set the energy input to 5 and the friction to 2. What speed
# does the readout under the plot show after 20 seconds, in rad/s?

# %% [markdown de]
# **Aufgabe 1.** Stell im Panel oben die Energiezufuhr auf 5 und die Reibung auf 2. Welche
# Drehgeschwindigkeit zeigt die Anzeige unter der Grafik nach 20 Sekunden, in rad/s?

# %%
exercises.ask("00.1")

# %% [markdown]
# **Exercise 2.** You want the wheel to settle at 6 rad/s, with the friction at 0.5. What energy
# input (push, in N·m) do you need? Work it out first, then check it in the panel.

# %% [markdown de]
# **Aufgabe 2.** Das Rad soll sich bei 6 rad/s einpendeln, die Reibung steht auf 0,5. Welche
# Energiezufuhr (Antrieb in N·m) brauchst du? Rechne es zuerst aus und prüf es dann im Panel.

# %%
exercises.ask("00.2")

# %% [markdown]
# ## Lesson map
#
# Take the lessons in order; each one ends with a link to the next. Every lesson also stands alone,
# so a workshop can pick one.

# %% [markdown de]
# ## Lektionsübersicht
#
# Arbeite die Lektionen der Reihe nach durch; jede endet mit einem Link zur nächsten. Jede Lektion
# steht aber auch für sich, sodass ein Workshop einzelne herausgreifen kann.

# %% [markdown]
# <!-- lesson-map -->
#
# ## Summary
# - Each lesson: goals, idea, model, panel, try-this, exercises, summary.
# - A panel answers as you drag; **Reset** restores its start values.
# - The "energy input" of a wheel is a push (a torque, N·m); friction (N·m·s) brakes harder the
#   faster the wheel turns; the wheel settles at push ÷ friction.
# - `fw.set_language("de")` and `fw.set_style("presenter")` switch language and style.
#
# **Next:** [01 · AIDA](01_aida.ipynb) — why so few of the people we reach end up buying.

# %% [markdown de]
# <!-- lesson-map -->
#
# ## Zusammenfassung
# - Jede Lektion: Lernziele, Idee, Modell, Panel, Ausprobieren, Aufgaben, Zusammenfassung.
# - Ein Panel antwortet, während du ziehst; **Zurücksetzen** stellt die Startwerte wieder her.
# - Die „Energiezufuhr“ eines Rads ist ein Antrieb (ein Drehmoment, N·m); die Reibung (N·m·s)
#   bremst umso stärker, je schneller sich das Rad dreht; das Rad pendelt sich bei
#   Antrieb ÷ Reibung ein.
# - `fw.set_language("de")` und `fw.set_style("presenter")` stellen Sprache und Stil um.
#
# **Weiter:** [01 · AIDA](01_aida.ipynb) – warum so wenige der erreichten Menschen am Ende kaufen.
