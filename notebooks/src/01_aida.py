# %% [markdown]
# # 01 · AIDA: why so few of the people we reach end up buying
#
# **Learning goals.** After this lesson you can
# - name the four AIDA stages in order and say what each one asks of a prospect,
# - compute how many people each stage keeps and loses, and the overall conversion, from stage rates,
# - read the same table from real counts, and spot the stage that loses the most people.

# %% [markdown de]
# # 01 · AIDA: Warum kaufen so wenige der Menschen, die wir erreichen?
#
# **Lernziele.** Nach dieser Lektion kannst du
# - die vier AIDA-Stufen in der richtigen Reihenfolge nennen und sagen, was jede von einem
#   möglichen Kunden verlangt,
# - aus den Stufenquoten berechnen, wie viele Menschen jede Stufe behält und verliert, und die
#   Gesamtkonversion bestimmen,
# - dieselbe Tabelle aus echten Zahlen aufstellen und die Stufe finden, die die meisten Menschen
#   verliert.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import funnel

# %% [curious de]
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import funnel

# %% [markdown]
# ## The idea in plain words
#
# AIDA is a model of persuasion from the early days of advertising. It says that a person on the way
# to a purchase passes four stages, always in the same order:
#
# - **Attention** — they notice the message at all.
# - **Interest** — they want to know more.
# - **Desire** — they want the product for themselves.
# - **Action** — they buy (or sign up, or call).
#
# Each stage lets through only part of those who arrived at it. Multiply a few of these shares and the
# result is small: that is why the picture is a funnel, wide at the top where many people are reached
# and narrow at the bottom where a few buy.
#
# An online shop can count every stage today. In this kit's shop, which advertises on social media
# and in search results, *attention* means looking at the ad for a second or more, *interest*
# clicking through to the shop, *desire* putting something in the cart, and *action* buying. The
# people who click through are the shop's **visitors**.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# AIDA ist ein Stufenmodell der Werbewirkung aus den Anfängen der Werbung. Es besagt: Wer auf dem
# Weg zu einem Kauf ist, durchläuft vier Stufen, immer in derselben Reihenfolge:
#
# - **Aufmerksamkeit** (Attention) – man bemerkt die Botschaft überhaupt.
# - **Interesse** (Interest) – man will mehr wissen.
# - **Verlangen** (Desire) – man will das Produkt für sich haben.
# - **Handlung** (Action) – man kauft (oder meldet sich an, oder ruft an).
#
# Jede Stufe lässt nur einen Teil derer durch, die bei ihr angekommen sind. Multipliziert man ein
# paar solcher Anteile, wird das Ergebnis klein. Deshalb zeichnet man das Bild als Trichter: oben
# breit, wo viele Menschen erreicht werden, und unten schmal, wo wenige kaufen.
#
# Ein Onlineshop kann heute jede Stufe zählen. Im Shop dieses Kits, der in sozialen Medien und in
# Suchergebnissen wirbt, heißt *Aufmerksamkeit*, die Anzeige eine Sekunde oder länger anzusehen,
# *Interesse*, zum Shop durchzuklicken, *Verlangen*, etwas in den Warenkorb zu legen, und
# *Handlung*, zu kaufen. Die Menschen, die durchklicken, sind die **Besucher** des Shops.

# %% [markdown]
# ## The model
#
# If a campaign reaches some people and the four stage rates are r₁ … r₄, the number who pass
# stage k is
#
# $$\text{kept}_k = \text{reached} \cdot r_1 \cdot r_2 \cdots r_k ,$$
#
# and each stage loses the difference between those who entered it and those it kept.
#
# The kit's start rates are **25 %** (look at the ad), **8 %** (click through), **10 %** (put
# something in the cart) and **25 %** (buy). Each rate counts from the people who passed the stage
# before: 8 % of those who *looked at* the ad click, not 8 % of everyone. A campaign that reaches
# 20,000 people then keeps 5,000, then 400, then 40, and ends with **10 buyers**: an overall
# conversion of 0.05 %.

# %% [markdown de]
# ## Das Modell
#
# Erreicht eine Kampagne eine bestimmte Zahl von Menschen und sind r₁ … r₄ die vier Stufenquoten,
# dann schaffen so viele Menschen die Stufe k:
#
# $$\text{behalten}_k = \text{erreicht} \cdot r_1 \cdot r_2 \cdots r_k ,$$
#
# und jede Stufe verliert die Differenz zwischen denen, die in sie eingetreten sind, und denen,
# die sie behält.
#
# Die Startquoten des Kits sind **25 %** (Anzeige ansehen), **8 %** (durchklicken), **10 %**
# (etwas in den Warenkorb legen) und **25 %** (kaufen). Jede Quote zählt ab denen, die die Stufe
# davor geschafft haben: Es klicken 8 % derer, die die Anzeige *angesehen* haben, nicht 8 % aller.
# Eine Kampagne, die 20.000 Menschen erreicht, behält dann 5.000, dann 400, dann 40 und endet mit
# **10 Käufern**: eine Gesamtkonversion von 0,05 %.

# %% [curious]
table = funnel.aida_table(20_000, funnel.AIDA_RATES)
table

# %% [curious de]
table = funnel.aida_table(20_000, funnel.AIDA_RATES)


def german_table(frame):
    """Stufen auf Deutsch, Personen als ganze Zahlen, Quoten in Prozent."""
    return fw.table(frame.assign(
        stage=[fw.t(f"aida.{stage}") for stage in frame["stage"]],
        stage_rate=[fw.percent(r, 2) for r in frame["stage_rate"]],
        overall_rate=[fw.percent(r, 2) for r in frame["overall_rate"]],
    ).astype({"entered": int, "kept": int, "lost": int}))


german_table(table)

# %% [curious]
# NBVAL_CHECK_OUTPUT
buyers = table["kept"].iloc[-1]
print(f"buyers: {buyers:,.0f} of 20,000; overall conversion {table['overall_rate'].iloc[-1]:.2%}")
a, i, d, b = funnel.AIDA_RATES
print(f"click through, of all reached: {a * i:.0%}; "
      f"visitors who buy: {d * b:.1%}")

# %% [output]
# buyers: 10 of 20,000; overall conversion 0.05%
# click through, of all reached: 2%; visitors who buy: 2.5%

# %% [curious de]
# NBVAL_CHECK_OUTPUT
buyers = table["kept"].iloc[-1]
print(f"Käufer: {fw.number(buyers, ',.0f')} von {fw.number(20_000, ',.0f')}; "
      f"Gesamtkonversion {fw.percent(table['overall_rate'].iloc[-1], 2)}")
a, i, d, b = funnel.AIDA_RATES
print(f"Klicks, gemessen an allen Erreichten: {fw.percent(a * i, 0)}; "
      f"Besucher, die kaufen: {fw.percent(d * b, 1)}")

# %% [output de]
# Käufer: 10 von 20.000; Gesamtkonversion 0,05 %
# Klicks, gemessen an allen Erreichten: 2 %; Besucher, die kaufen: 2,5 %

# %% [markdown]
# **Where these numbers come from.** The four rates are a teaching choice, not one shop's data,
# but they agree with what studies of online shops report:
#
# - *Attention, 25 %.* Eye-tracking finds that about four in ten ads that are on screen are looked
#   at for a second or more. The kit stays below that on purpose: it counts from everyone an ad is
#   shown to, and some ads are scrolled past before anyone could look.
# - *Interest, 8 %.* Studies report that 0.5–3 % of *all* ads shown are clicked (display banners
#   least, search ads most). The kit's 8 % counts only those who looked: of everyone reached,
#   25 % × 8 % = 2 % click through — inside that range.
# - *Desire, 10 %.* 7–18 % of a shop's visitors (the people who clicked through) put something in
#   the cart.
# - *Action, 25 %.* Studies find that 55–83 % of carts are abandoned (70 % on average), so
#   17–45 % of carts are bought.
#
# Together, 10 % × 25 % = 2.5 % of the shop's visitors buy, close to the 2–3 % that online shops
# report. The sources are listed in `data/README.md` ("Funnel calibration"). Lesson 02 uses the
# same four rates.

# %% [markdown de]
# **Woher diese Zahlen kommen.** Die vier Quoten sind für den Unterricht gewählt und stammen nicht
# aus den Daten eines bestimmten Shops. Sie passen aber zu dem, was Studien über Onlineshops
# berichten:
#
# - *Aufmerksamkeit, 25 %.* Blickverlaufsstudien (Eye-Tracking) finden, dass etwa vier von zehn
#   Anzeigen, die auf dem Bildschirm zu sehen sind, eine Sekunde oder länger angeschaut werden. Das
#   Kit bleibt mit Absicht darunter: Es zählt ab allen, denen eine Anzeige gezeigt wird, und manche
#   Anzeigen sind schon weggescrollt, bevor jemand hinsehen konnte.
# - *Interesse, 8 %.* Studien berichten, dass 0,5–3 % *aller* gezeigten Anzeigen angeklickt werden
#   (Display-Banner am seltensten, Suchanzeigen am häufigsten). Die 8 % des Kits zählen nur die,
#   die hingesehen haben: Von allen Erreichten klicken 25 % × 8 % = 2 % durch – das liegt in
#   diesem Bereich.
# - *Verlangen, 10 %.* 7–18 % der Besucher eines Shops (der Menschen, die durchgeklickt haben)
#   legen etwas in den Warenkorb.
# - *Handlung, 25 %.* Studien zeigen, dass 55–83 % der Warenkörbe abgebrochen werden (im Schnitt
#   70 %); 17–45 % der Warenkörbe führen also zu einem Kauf.
#
# Zusammen kaufen 10 % × 25 % = 2,5 % der Besucher des Shops, nahe an den 2–3 %, die Onlineshops
# berichten. Die Quellen stehen in `data/README.md`, im englischsprachigen Abschnitt „Funnel
# calibration“. Lektion 02 verwendet dieselben vier Quoten.

# %% [markdown]
# ## The panel
#
# One slider, **Reach**, for the number of people reached, one for each stage rate. The left chart
# is the funnel itself, with the number of people in each bar; the right one shows what share of
# the people reached each stage loses (those four bars and the buyers add up to 100 %). The table
# below the plot has the same numbers, recomputed on every move.

# %% [markdown de]
# ## Das Panel
#
# Ein Regler für die Zahl der erreichten Personen (**Reichweite**), dazu einer für jede Stufenquote.
# Die linke Grafik ist der Trichter selbst, mit der Zahl der Personen in jedem Balken. Die rechte
# zeigt, welchen Anteil der Erreichten jede Stufe verliert (diese vier Balken und die Käufer ergeben
# zusammen 100 %). Die Tabelle unter der Grafik enthält dieselben Zahlen und wird bei jeder Bewegung
# neu berechnet.

# %%
panels.build("01_aida")

# %% [markdown]
# **Try this**
# 1. Look at the right chart with the start values. Which stage loses the most people? Is it the
#    stage with the lowest rate?
# 2. Move **Reach** from 20,000 to 40,000 and watch the numbers in the bars: all of them
#    double. The right chart does not move: it shows shares.
# 3. Move the **Action rate** from 25 % to 50 % and watch the bottom bar and the readout. Put it
#    back, and move the **Attention rate** from 25 % to 50 % instead. Compare the buyers.
# 4. Drag the **Interest rate** or the **Desire rate** to 0 %. What happens to every stage below it,
#    and why does no other slider help any more?
#
# <details><summary>Answers</summary>
#
# 1. Attention loses the most: 15,000 of the 20,000 people (75 %). Interest has the lowest rate
#    (8 %), but only 5,000 people ever reach it, so it loses fewer (4,600).
# 2. Twice the reach, twice the people at every stage: the shares stay the same.
# 3. Both double the buyers, from 10 to 20: the rates multiply, so doubling any one of them doubles
#    the result.
# 4. A zero anywhere empties every stage below it; the stages after it have no one left to convert.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Sieh dir die rechte Grafik mit den Startwerten an. Welche Stufe verliert die meisten
#    Menschen? Ist es die Stufe mit der niedrigsten Quote?
# 2. Stell die **Reichweite** von 20.000 auf 40.000 und achte auf die Zahlen in den Balken:
#    Alle verdoppeln sich. Die rechte Grafik bewegt sich nicht: Sie zeigt Anteile.
# 3. Stell die **Quote Handlung** von 25 % auf 50 % und achte auf den untersten Balken und die
#    Anzeige. Stell sie zurück und schieb stattdessen die **Quote Aufmerksamkeit** von 25 % auf
#    50 %. Vergleiche die Käufer.
# 4. Zieh die **Quote Interesse** oder die **Quote Verlangen** auf 0 %. Was passiert mit jeder
#    Stufe darunter, und warum hilft dann kein anderer Regler mehr?
#
# <details><summary>Antworten</summary>
#
# 1. Die Aufmerksamkeit verliert die meisten: 15.000 der 20.000 Menschen (75 %). Das Interesse hat
#    die niedrigste Quote (8 %), aber dort kommen überhaupt nur 5.000 Menschen an, also verliert
#    es weniger (4.600).
# 2. Doppelte Reichweite, doppelt so viele Menschen auf jeder Stufe: Die Anteile bleiben gleich.
# 3. Beides verdoppelt die Käufer, von 10 auf 20: Die Quoten werden multipliziert, also verdoppelt
#    sich das Ergebnis, sobald sich eine von ihnen verdoppelt.
# 4. Eine Null an irgendeiner Stelle leert jede Stufe darunter; die Stufen danach haben niemanden
#    mehr, den sie weiterbringen könnten.
#
# </details>

# %% [markdown]
# ## From real counts to the same table
#
# Campaign reports rarely give rates; they give counts. The kit ships counts for six campaigns of
# the shop — **invented for teaching**, drawn at random with rates typical of each channel (see
# `data/README.md`). For the newsletter, attention means opening the mail; at the trade fair,
# stopping at the stand.

# %% [markdown de]
# ## Von echten Zahlen zur selben Tabelle
#
# Kampagnenberichte nennen selten Quoten, sondern Anzahlen. Das Kit liefert solche Zahlen für sechs
# Kampagnen des Shops mit – **für den Unterricht erfunden**, zufällig gezogen mit Quoten, wie sie
# für den jeweiligen Kanal typisch sind (siehe `data/README.md`). Beim Newsletter heißt
# Aufmerksamkeit, die Mail zu öffnen; auf der Messe, am Stand stehen zu bleiben.

# %% [curious]
campaigns = data.load("aida_campaigns")
campaigns

# %% [curious de]
campaigns = data.load("aida_campaigns")
# Kampagnen und Kanäle auf Deutsch (in den Daten stehen englische Namen)
campaign_de = {"spring-search": "Frühjahr-Suche", "spring-social": "Frühjahr-Social",
               "summer-display": "Sommer-Banner", "summer-newsletter": "Sommer-Newsletter",
               "autumn-fair": "Herbst-Messe", "autumn-podcast": "Herbst-Podcast"}
channel_de = {"search ads": "Suchanzeigen", "paid social": "bezahlte Social-Media-Anzeigen",
              "display banners": "Display-Banner", "newsletter": "Newsletter",
              "trade fair": "Messe", "podcast sponsoring": "Podcast-Sponsoring"}
fw.table(campaigns.replace({"campaign": campaign_de, "channel": channel_de}))

# %% [markdown]
# The same table as in the model, from the trade fair's counts: 3,200 people passed the stand,
# 2,570 stopped, 902 came to a talk, 259 asked for an offer and 78 ordered.

# %% [markdown de]
# Dieselbe Tabelle wie im Modell, aus den Zahlen der Messe: 3.200 Menschen kamen am Stand vorbei,
# 2.570 blieben stehen, 902 kamen zu einem Gespräch, 259 baten um ein Angebot und 78 bestellten.

# %% [curious]
fair = campaigns.set_index("campaign").loc["autumn-fair"]
funnel.aida_table_from_counts(fair[["reached", "attention", "interest", "desire", "action"]].tolist())

# %% [curious de]
fair = campaigns.set_index("campaign").loc["autumn-fair"]
fair_table = funnel.aida_table_from_counts(
    fair[["reached", "attention", "interest", "desire", "action"]].tolist())
german_table(fair_table)

# %% [markdown]
# Compared side by side, the best campaign converts almost four hundred times as well as the worst.
# The cell below computes, for each campaign, the overall conversion and the stage that loses the
# most people.

# %% [markdown de]
# Im direkten Vergleich konvertiert die beste Kampagne fast vierhundertmal so gut wie die
# schlechteste. Die Zelle unten berechnet für jede Kampagne die Gesamtkonversion und die Stufe,
# die die meisten Menschen verliert.

# %% [curious]
stages = ["reached", "attention", "interest", "desire",
          "action"]
by_name = campaigns.set_index("campaign")
summary = by_name[["channel"]].copy()
summary["overall_conversion_%"] = 100 * by_name["action"] / by_name["reached"]
summary["leakiest_stage"] = [
    funnel.aida_table_from_counts(counts).sort_values("lost").iloc[-1]["stage"]
    for counts in by_name[stages].to_numpy()
]
summary.sort_values("overall_conversion_%", ascending=False).round(3)

# %% [curious de]
stages = ["reached", "attention", "interest", "desire",
          "action"]
by_name = campaigns.set_index("campaign")
summary = by_name[["channel"]].copy()
summary["overall_conversion_%"] = 100 * by_name["action"] / by_name["reached"]
summary["leakiest_stage"] = [
    funnel.aida_table_from_counts(counts).sort_values("lost").iloc[-1]["stage"]
    for counts in by_name[stages].to_numpy()
]
# gezeigt mit deutschen Kampagnen, Kanälen und Stufen
shown = summary.sort_values("overall_conversion_%", ascending=False).replace({"channel": channel_de})
shown["leakiest_stage"] = [fw.t(f"aida.{stage}") for stage in shown["leakiest_stage"]]
fw.table(shown.rename(index=campaign_de), decimals=3)

# %% [markdown]
# The trade fair converts best (2.44 %) and the display banners worst (0.006 %): banners reach many
# people cheaply, but almost nobody looks at them. In four campaigns the attention stage loses the
# most people, simply because that is where most people are. The newsletter and the fair are
# different: their audience already pays attention, so the most people drop out one step later, at
# interest.

# %% [markdown de]
# Die Messe konvertiert am besten (2,44 %), die Display-Banner-Kampagne am schlechtesten
# (0,006 %): Banner erreichen viele Menschen günstig, aber fast niemand sieht sie an. In vier
# Kampagnen verliert die Stufe Aufmerksamkeit die meisten Menschen, einfach weil dort die meisten
# Menschen sind. Newsletter und Messe sind anders: Wer dort ankommt, ist schon aufmerksam, also
# steigen die meisten erst eine Stufe später aus, beim Interesse.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the best and the worst campaign
best, worst = summary["overall_conversion_%"].idxmax(), summary["overall_conversion_%"].idxmin()
print(f"best: {best} {summary.loc[best, 'overall_conversion_%']:.2f} %; "
      f"worst: {worst} {summary.loc[worst, 'overall_conversion_%']:.3f} %")
ratio = summary["overall_conversion_%"].max() / summary["overall_conversion_%"].min()
print(f"the best converts {ratio:.0f} times as well as the worst")
print(summary["leakiest_stage"].value_counts().to_dict())

# %% [output]
# best: autumn-fair 2.44 %; worst: summer-display 0.006 %
# the best converts 381 times as well as the worst
# {'attention': 4, 'interest': 2}

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die beste und die schlechteste Kampagne
conversion = summary["overall_conversion_%"]
best, worst = conversion.idxmax(), conversion.idxmin()
print(f"beste: {campaign_de[best]} {fw.number(conversion[best], '.2f')} %; "
      f"schlechteste: {campaign_de[worst]} {fw.number(conversion[worst], '.3f')} %")
ratio = conversion.max() / conversion.min()
print(f"die beste konvertiert {fw.number(ratio, '.0f')}-mal so gut wie die schlechteste")
counts = summary["leakiest_stage"].value_counts()
print("größter Verlust: " + ", ".join(f"{fw.t('aida.' + stage)} in {n} Kampagnen"
                                      for stage, n in counts.items()))

# %% [output de]
# beste: Herbst-Messe 2,44 %; schlechteste: Sommer-Banner 0,006 %
# die beste konvertiert 381-mal so gut wie die schlechteste
# größter Verlust: Aufmerksamkeit in 4 Kampagnen, Interesse in 2 Kampagnen

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A newsletter reaches 8,000 people. The stage rates are 50 % (attention), 40 %
# (interest), 30 % (desire) and 20 % (action). How many people buy?

# %% [markdown de]
# ## Aufgaben
#
# Tippe deine Antwort ein und drück auf **Prüfen** (`2,5` und `2.5` gehen beide), oder klick deine
# Wahl an. Die Prüfung sagt dir sofort, ob deine Antwort stimmt, und wenn nicht, warum;
# **Lösung zeigen** öffnet einen Lösungsweg.
#
# **Aufgabe 1.** Ein Newsletter erreicht 8.000 Menschen. Die Stufenquoten sind 50 %
# (Aufmerksamkeit), 40 % (Interesse), 30 % (Verlangen) und 20 % (Handlung). Wie viele Menschen
# kaufen?

# %%
exercises.ask("01.1")

# %% [markdown]
# **Exercise 2.** For the same newsletter, what is the overall conversion — the share of the 8,000
# people reached who buy, in percent?

# %% [markdown de]
# **Aufgabe 2.** Wie hoch ist bei demselben Newsletter die Gesamtkonversion – der Anteil der 8.000
# erreichten Menschen, die kaufen, in Prozent?

# %%
exercises.ask("01.2")

# %% [markdown]
# **Exercise 3.** In the campaigns table above, look at the *spring-search* campaign. What share of
# the people who showed interest went on to desire (the desire stage's rate), in percent?

# %% [markdown de]
# **Aufgabe 3.** Sieh dir in der Kampagnentabelle oben die Kampagne *Frühjahr-Suche* an. Welcher
# Anteil der Menschen, die Interesse gezeigt haben, kam bis zum Verlangen (die Quote der Stufe
# Verlangen), in Prozent?

# %%
exercises.ask("01.3")

# %% [markdown]
# **Exercise 4.** In the panel, put every slider back to its start value (**Reset**): the campaign
# wins 10 buyers. Now double the **Attention rate** from 25 % to 50 % and lower the **Interest
# rate** from 8 % to 6 %. How many buyers does the campaign win now? Work it out first, then check
# it in the panel.

# %% [markdown de]
# **Aufgabe 4.** Stell im Panel jeden Regler auf seinen Startwert zurück (**Zurücksetzen**): Die
# Kampagne gewinnt 10 Käufer. Verdopple nun die **Quote Aufmerksamkeit** von 25 % auf 50 % und
# senk die **Quote Interesse** von 8 % auf 6 %. Wie viele Käufer gewinnt die Kampagne jetzt?
# Rechne es zuerst aus und prüf es dann im Panel.

# %%
exercises.ask("01.4")

# %% [markdown]
# ## Summary
#
# - AIDA: attention → interest → desire → action, always in this order.
# - Each stage keeps a share of its entrants; the shares multiply, so the overall conversion is small:
#   with rates typical of online shops, 10 of 20,000 people reached buy.
# - Doubling any one rate doubles the buyers; a weak stage anywhere caps the whole funnel.
# - From counts, the same table shows where people are lost — usually at the top, where most of them are.
#
# **Next:** the funnel is a one-way street. In [02 · The sales funnel over time](02_sales_funnel.ipynb)
# you pay to fill it month after month — and see what happens when the money stops.

# %% [markdown de]
# ## Zusammenfassung
#
# - AIDA: Aufmerksamkeit → Interesse → Verlangen → Handlung, immer in dieser Reihenfolge.
# - Jede Stufe behält einen Anteil derer, die bei ihr ankommen. Die Anteile werden multipliziert,
#   deshalb ist die Gesamtkonversion klein: Mit Quoten, wie sie für Onlineshops typisch sind,
#   kaufen 10 von 20.000 erreichten Menschen.
# - Verdoppelt sich eine einzige Quote, verdoppeln sich die Käufer; eine schwache Stufe begrenzt
#   den ganzen Trichter, ganz gleich, wo sie liegt.
# - Aus echten Zahlen zeigt dieselbe Tabelle, wo Menschen verloren gehen – meist oben, wo die
#   meisten von ihnen sind.
#
# **Weiter:** Der Trichter ist eine Einbahnstraße. In
# [02 · Der Sales Funnel im Zeitverlauf](02_sales_funnel.ipynb) bezahlst du dafür, ihn Monat für
# Monat zu füllen – und siehst, was passiert, wenn das Geld ausbleibt.
