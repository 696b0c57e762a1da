# %% [markdown]
# # 10 · Presenter dashboard

# %% [markdown de]
# # 10 · Präsentations-Dashboard

# %%
from flywheel_lib.ui.dashboard import dashboard

dashboard()

# %% [de]
from flywheel_lib.ui.dashboard import dashboard

dashboard(language="de")

# %% [markdown]
# ## How to use it
#
# Every lesson's panel in one place, in the large presenter style, with a switch between English and
# German. Pick a lesson in the header; its panel is built the first time you open it.
#
# Lesson 09's panel here shows the **neighbourhood bookshop**, one of that lesson's worked
# examples, not the yoga studio you start with in lesson 09's editor (and not a flywheel of your
# own: build yours in lesson 09 itself).
#
# Every panel's **Save figure** and **Save numbers** buttons write picture files (PNG and SVG) and
# a table of the numbers (CSV, which any spreadsheet opens) into a folder of your own
# (*flywheel_kit/exports* in your home folder) — for slides and handouts.
#
# **For the instructor: showing this page without any code.** To show only the dashboard in a
# browser, without the notebook around it, run this command in a terminal, in the kit's folder:
#
# ```bash
# python -m voila --no-browser notebooks/10_presenter.ipynb
# ```
#
# and open the address Voilà prints. (Voilà turns a notebook into a plain web page. The export
# folder is `~/flywheel_kit/exports` unless the environment variable `FLYWHEEL_USER_DIR` names
# another one.)

# %% [markdown de]
# ## So benutzt du es
#
# Das Panel jeder Lektion an einem Ort, in großer Darstellung für Beamer und Leinwand, mit einem
# Umschalter zwischen Deutsch und Englisch. Wähle oben eine Lektion; ihr Panel wird beim ersten Öffnen aufgebaut.
#
# Das Panel von Lektion 09 zeigt hier den **Buchladen im Viertel**, eines der durchgerechneten
# Beispiele dieser Lektion – nicht das Yogastudio, mit dem du im Editor von Lektion 09 beginnst
# (und auch nicht dein eigenes Schwungrad: das baust du in Lektion 09 selbst).
#
# Die Knöpfe **Grafik speichern** und **Zahlen speichern** jedes Panels legen Bilddateien
# (PNG und SVG) und eine Tabelle der Zahlen in einem eigenen Ordner ab (*flywheel_kit/exports* in
# deinem Benutzerordner) – für Folien und Handouts. Die Tabelle ist für deutsche
# Tabellenprogramme geschrieben: Semikolon zwischen den Spalten, Dezimalkomma, `_de` am Ende des
# Dateinamens.
#
# **Für die Kursleitung: diese Seite ganz ohne Code zeigen.** Um nur das Dashboard im Browser zu
# zeigen, ohne das Notebook drumherum, führe im Ordner des Kits in einem Terminal diesen Befehl
# aus:
#
# ```bash
# python -m voila --no-browser notebooks/de/10_presenter.ipynb
# ```
#
# und öffne die Adresse, die Voilà ausgibt. (Voilà macht aus einem Notebook eine schlichte
# Webseite. Der Ordner für Exporte ist `~/flywheel_kit/exports`, außer die Umgebungsvariable
# `FLYWHEEL_USER_DIR` nennt einen anderen.)

# %% [markdown]
# **Tips for the stage.** Before the talk, pick every lesson once (the first build of a panel
# takes a moment). Keep the friction sliders for last: they are where the story turns.

# %% [markdown de]
# **Tipps für die Bühne.** Wähle vor dem Vortrag jede Lektion einmal aus (der erste Aufbau eines
# Panels dauert einen Moment). Heb dir die Regler für die Reibung bis zum Schluss auf: Mit ihnen
# kommt die Wende der Geschichte.
