# %% [markdown]
# # 11 · Your own numbers
#
# **Learning goals.** After this lesson you can
# - fit the inbound flywheel of lesson 05 to a business's monthly counts — the example's or your
#   own — and read what each friction cost, in customers and in euros,
# - say what the fit finds (three frictions and word of mouth), what it keeps fixed, and why energy
#   and friction cannot be told apart in counts,
# - read a 90 % interval, and tell a solid ranking of frictions from a shaky one,
# - prepare a spreadsheet of your own months as a CSV file, in English or German, and upload it.

# %% [markdown de]
# # 11 · Deine eigenen Zahlen
#
# **Lernziele.** Nach dieser Lektion kannst du
# - das Inbound-Schwungrad aus Lektion 05 an die Monatszahlen eines Geschäfts anpassen – an die
#   des Beispiels oder an deine eigenen – und ablesen, was jede Reibung gekostet hat, in Kunden und
#   in Euro,
# - sagen, was die Anpassung schätzt (drei Reibungen und die Mundpropaganda), was sie festhält und
#   warum sich Energiezufuhr und Reibung in Monatszahlen nicht unterscheiden lassen,
# - ein 90-%-Intervall lesen und eine sichere Rangfolge der Reibungen von einer wackligen
#   unterscheiden,
# - eine Tabelle deiner eigenen Monate als CSV-Datei vorbereiten, mit deutschen oder englischen
#   Spaltennamen, und hochladen.

# %% [curious]
import math

import flywheel_lib as fw
from flywheel_lib import data, exercises, fit, panels
from flywheel_lib.models import inbound
from flywheel_lib.panels import own_numbers

# %% [curious de]
import math

import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import data, exercises, fit, panels
from flywheel_lib.models import inbound
from flywheel_lib.panels import own_numbers

# %% [markdown]
# ## The idea in plain words
#
# Every model so far ran on invented numbers: constants made up for teaching, chosen to land in
# published ranges. This lesson turns that round. You bring the numbers — how many new prospects,
# new customers and new promoters a business had in each month — and the kit looks for the frictions
# that make the inbound wheel of lesson 05 reproduce them. Then it answers the question a manager
# asks: **what did each friction cost us, and what would cutting it have brought?**
#
# The kit starts with an example: 48 months of an invented business (the file
# `data/example_inbound_months.csv`; it describes no real firm). You can replace it with your own
# file.
#
# **What is fitted.** Four numbers: the friction in marketing, in sales and in service (as in lesson
# 05, the share of each driver's effect that is lost), and the strength of word of mouth (how many
# strangers one promoter brings in a month). The fit tries combination after combination until the
# wheel's three monthly curves come as close as they can to your three columns.
#
# **What is kept fixed, and why.** Everything else stays as in lesson 05's wheel: a market of one
# million people, an energy of 4, 3 and 3 thousand € a month for marketing, sales and service, how
# fast content fades, how fast prospects lose interest and customers leave. The most important of
# these is energy, because **in counts, energy and friction look alike**. A count shows only what
# comes out of a driver: the effort put in, minus what friction wastes. A sales team that works
# twice as hard and wastes more closes the same deals as one that works half as hard and wastes
# little, and their monthly counts are the same. So the fit cannot tell energy from friction, and it
# does not try: it keeps lesson 05's energy and lets friction take up the difference.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Alle Modelle bisher liefen mit erfundenen Zahlen: Konstanten, für den Unterricht ausgedacht und so
# gewählt, dass sie innerhalb veröffentlichter Spannen liegen. Diese Lektion dreht das um. Du
# bringst die Zahlen mit – wie viele neue Interessenten, neue Kunden und neue Fürsprecher ein
# Geschäft in jedem Monat hatte –, und das Kit sucht die Reibungen, mit denen das Inbound-Schwungrad
# aus Lektion 05 genau diese Zahlen hervorbringt. Dann beantwortet es die Frage, die sich jede
# Geschäftsführung stellt: **Was hat uns jede Reibung gekostet, und was hätte es gebracht, sie zu
# senken?**
#
# Das Kit beginnt mit einem Beispiel: 48 Monate eines erfundenen Geschäfts (die Datei
# `data/example_inbound_months.csv`; sie beschreibt keine echte Firma). Du kannst sie durch deine
# eigene Datei ersetzen.
#
# **Was geschätzt wird.** Vier Zahlen: die Reibung im Marketing, im Vertrieb und im Service (wie in
# Lektion 05 der Anteil der Wirkung eines Antriebs, der verloren geht) und die Stärke der
# Mundpropaganda (wie viele Fremde ein Fürsprecher im Monat heranholt). Die Anpassung probiert eine
# Kombination nach der anderen, bis die drei Monatskurven des Rads so nah wie möglich an deinen drei
# Spalten liegen.
#
# **Was festgehalten wird, und warum.** Alles andere bleibt wie im Rad aus Lektion 05: ein Markt von
# einer Million Menschen, eine Energiezufuhr von 4, 3 und 3 Tausend € im Monat für Marketing,
# Vertrieb und Service, wie schnell Inhalte veralten, wie schnell Interessenten das Interesse
# verlieren und Kunden abwandern. Das Wichtigste davon ist die Energiezufuhr, denn **in Monatszahlen
# sehen Energiezufuhr und Reibung gleich aus**. Die Monatszahlen zeigen nur, was aus einem Antrieb
# herauskommt: den Einsatz, abzüglich dessen, was die Reibung verschwendet. Ein Vertriebsteam, das
# doppelt so viel arbeitet und mehr verschwendet, schließt genauso viele Geschäfte ab wie eines, das
# halb so viel arbeitet und wenig verschwendet – ihre Monatszahlen sind dieselben. Die Anpassung
# kann Energiezufuhr und Reibung also nicht auseinanderhalten, und sie versucht es auch nicht: Sie
# behält die Energiezufuhr aus Lektion 05 bei und lässt die Reibung den Unterschied aufnehmen.

# %% [curious]
# NBVAL_CHECK_OUTPUT
counts = own_numbers.example_counts()
kept = inbound.InboundParams()
print(f"kept as in lesson 05: a market of {kept.market:,.0f} people; energy {kept.marketing:.0f}, "
      f"{kept.sales:.0f} and {kept.service:.0f} thousand € a month for marketing, sales and "
      f"service")
print(f"the example: {len(counts)} months, {counts['new_customers'].sum():,.0f} new customers")
fits = {energy: fit.inbound(counts, params=inbound.InboundParams(sales=energy))
        for energy in (1.5, 3.0, 6.0)}
for energy, found in fits.items():
    low, high = found.ci["sales"]
    line = (f"sales energy {energy:.1f}: sales friction {100 * found.frictions['sales']:.0f} % "
            f"(90 % interval {100 * low:.0f}–{100 * high:.0f} %), "
            f"{found.customers_won:,.0f} customers won")
    if energy != kept.sales:        # the prices at the kit's own energy: see the panel
        lost = found.price.set_index("driver")["customers_lost"]
        line += (f"; the sales friction cost {lost['sales']:,.0f} customers, the marketing "
                 f"friction {lost['marketing']:,.0f}")
    print(line)
gap = max((fits[e].fitted[f"{c}_fitted"] - fits[3.0].fitted[f"{c}_fitted"]).abs().max()
          for e in (1.5, 6.0) for c in ("new_prospects", "new_customers", "new_promoters"))
print(f"the three fitted wheels differ by at most {gap:.1f} people a month in any count")

# %% [output]
# kept as in lesson 05: a market of 1,000,000 people; energy 4, 3 and 3 thousand € a month for marketing, sales and service
# the example: 48 months, 6,649 new customers
# sales energy 1.5: sales friction 20 % (90 % interval 17–24 %), 6,618 customers won; the sales friction cost 2,013 customers, the marketing friction 2,381
# sales energy 3.0: sales friction 37 % (90 % interval 34–40 %), 6,617 customers won
# sales energy 6.0: sales friction 56 % (90 % interval 54–58 %), 6,616 customers won; the sales friction cost 9,979 customers, the marketing friction 2,402
# the three fitted wheels differ by at most 1.0 people a month in any count

# %% [curious de]
# NBVAL_CHECK_OUTPUT
counts = own_numbers.example_counts()
kept = inbound.InboundParams()
print(f"festgehalten wie in Lektion 05: ein Markt von {fw.number(kept.market)} Menschen; "
      f"Energiezufuhr {fw.number(kept.marketing)}, {fw.number(kept.sales)} und "
      f"{fw.number(kept.service)} Tausend € im Monat für Marketing, Vertrieb und Service")
print(f"das Beispiel: {len(counts)} Monate, {fw.number(counts['new_customers'].sum())} Neukunden")
fits = {energy: fit.inbound(counts, params=inbound.InboundParams(sales=energy))
        for energy in (1.5, 3.0, 6.0)}
for energy, found in fits.items():
    low, high = found.ci["sales"]
    line = (f"Energiezufuhr im Vertrieb {fw.number(energy, '.1f')}: Reibung im Vertrieb "
            f"{fw.percent(found.frictions['sales'])} (90-%-Intervall {fw.number(100 * low)}–"
            f"{fw.percent(high)}), {fw.number(found.customers_won)} Kunden gewonnen")
    if energy != kept.sales:        # die Preise bei der Energiezufuhr des Kits: siehe Panel
        lost = found.price.set_index("driver")["customers_lost"]
        line += (f"; die Reibung im Vertrieb kostete {fw.number(lost['sales'])} Kunden, die im "
                 f"Marketing {fw.number(lost['marketing'])}")
    print(line)
gap = max((fits[e].fitted[f"{c}_fitted"] - fits[3.0].fitted[f"{c}_fitted"]).abs().max()
          for e in (1.5, 6.0) for c in ("new_prospects", "new_customers", "new_promoters"))
print(f"die drei angepassten Räder unterscheiden sich in ihren Monatszahlen um höchstens "
      f"{fw.number(gap, '.1f')} Personen im Monat")

# %% [output de]
# festgehalten wie in Lektion 05: ein Markt von 1.000.000 Menschen; Energiezufuhr 4, 3 und 3 Tausend € im Monat für Marketing, Vertrieb und Service
# das Beispiel: 48 Monate, 6.649 Neukunden
# Energiezufuhr im Vertrieb 1,5: Reibung im Vertrieb 20 % (90-%-Intervall 17–24 %), 6.618 Kunden gewonnen; die Reibung im Vertrieb kostete 2.013 Kunden, die im Marketing 2.381
# Energiezufuhr im Vertrieb 3,0: Reibung im Vertrieb 37 % (90-%-Intervall 34–40 %), 6.617 Kunden gewonnen
# Energiezufuhr im Vertrieb 6,0: Reibung im Vertrieb 56 % (90-%-Intervall 54–58 %), 6.616 Kunden gewonnen; die Reibung im Vertrieb kostete 9.979 Kunden, die im Marketing 2.402
# die drei angepassten Räder unterscheiden sich in ihren Monatszahlen um höchstens 1,0 Personen im Monat

# %% [markdown]
# The cell above shows it with the example. Fitted with half, the same and twice lesson 05's sales
# energy (1.5, 3 and 6 thousand € a month), the sales friction comes out at 20 %, 37 % and 56 %, and
# the three wheels differ by at most one person a month in any count: the counts cannot choose
# between them. But the price of the sales friction differs: 2,013 customers with half the energy,
# 9,979 with twice. With half the energy, the marketing friction (2,381) would cost more than the
# sales friction. The panel below shows the prices for the kit's own energy.
#
# So read every friction, and every price, as **measured against the kit's wheel**: the friction the
# kit's wheel needs to reproduce your counts. That is good for comparing — this year against last
# year, one shop against another, before and after a change, each fitted the same way — as long as
# they put in about the same effort: the kit reads a bigger budget as less friction. It is not a
# measurement of how much your team wastes.
#
# **What a 90 % interval means.** Counts scatter: a good month, a bad month, a trade fair, a
# holiday. So a fitted friction is an estimate, and the kit gives each one a 90 % interval: the
# range of values that the counts leave open. In plain words: if the same business lived the same
# months again with different luck, and you fitted it each time, nine intervals in ten would hold
# the true friction — provided the business runs like the kit's wheel. A narrow interval means the
# counts pin the friction down; a wide one means they say little about it. Where the intervals of
# two frictions do not overlap, their order is safe; where they overlap, the order may be luck.
#
# The interval covers only this luck in the months, not the kit's assumptions. It is measured in the
# kit's wheel, with lesson 05's energy kept fixed, and cannot show how far that wheel is from the
# real business. In the cell above, the sales friction moved from 20 % to 56 % with the energy, far
# outside its 90 % interval of 34–40 %, and each of the three fits has a narrow interval (17–24 %,
# 34–40 %, 54–58 %) that overlaps no other.

# %% [markdown de]
# Die Zelle oben zeigt es am Beispiel. Passt man das Rad mit der halben, der gleichen und der
# doppelten Energiezufuhr im Vertrieb aus Lektion 05 an (1,5 sowie 3 und 6 Tausend € im Monat),
# kommt die Reibung im Vertrieb auf 20 %, 37 % und 56 %, und die drei Räder unterscheiden sich in
# ihren Monatszahlen um höchstens eine Person im Monat: Die Zahlen können nicht zwischen ihnen
# wählen. Der Preis der Reibung im Vertrieb ist aber ein anderer: 2.013 Kunden mit der halben
# Energiezufuhr, 9.979 mit der doppelten. Mit der halben Energiezufuhr würde die Reibung im
# Marketing (2.381) mehr kosten als die im Vertrieb. Das Panel unten zeigt die Preise für die
# Energiezufuhr des Kits.
#
# Lies deshalb jede Reibung und jeden Preis als **gemessen am Rad des Kits**: die Reibung, die das
# Rad des Kits braucht, um deine Zahlen hervorzubringen. Zum Vergleichen taugt das gut – dieses Jahr
# mit dem letzten, eine Filiale mit einer anderen, vor und nach einer Änderung, jedes Mal auf
# dieselbe Weise angepasst –, solange dabei etwa gleich viel Einsatz geleistet wird: Ein größeres
# Budget liest das Kit als weniger Reibung. Eine Messung, wie viel dein Team verschwendet, ist es
# nicht.
#
# **Was ein 90-%-Intervall bedeutet.** Monatszahlen schwanken: ein guter Monat, ein schlechter, eine
# Messe, die Ferien. Jede geschätzte Reibung ist also unsicher, und das Kit gibt jeder ein
# 90-%-Intervall mit: den Bereich von Werten, den die Zahlen offenlassen. In einfachen Worten: Wenn
# dasselbe Geschäft dieselben Monate noch einmal mit anderem Glück erlebte und du es jedes Mal neu
# anpassen würdest, dann enthielten neun von zehn Intervallen die wahre Reibung – sofern das
# Geschäft so läuft wie das Rad des Kits. Ein schmales Intervall heißt: Die Zahlen legen die Reibung
# fest. Ein breites heißt: Sie sagen wenig über sie aus. Wo sich die Intervalle zweier Reibungen
# nicht überlappen, steht ihre Reihenfolge fest; wo sie sich überlappen, kann die Reihenfolge Zufall
# sein.
#
# Das Intervall erfasst nur dieses Glück in den Monaten, nicht die Annahmen des Kits. Es ist im Rad
# des Kits gemessen, mit der festgehaltenen Energiezufuhr aus Lektion 05, und kann nicht zeigen, wie
# weit dieses Rad vom echten Geschäft entfernt ist. In der Zelle oben wanderte die Reibung im
# Vertrieb mit der Energiezufuhr von 20 % bis 56 %, weit außerhalb ihres 90-%-Intervalls von
# 34–40 %, und jede der drei Anpassungen hat ein schmales Intervall (17–24 %, 34–40 %, 54–58 %), das
# sich mit keinem anderen überlappt.

# %% [markdown]
# ## The panel
#
# The panel has four sliders and an upload button:
#
# - **Keep this much of the marketing friction**, **Keep this much of the sales friction** and
#   **Keep this much of the service friction** (0–100 %, start 100 %): how much of each fitted
#   friction is left. 100 % is the business as it was, 50 % halves that friction, 0 % removes it.
#   The fit is not redone: the sliders ask "what if?".
# - **Value of one customer** (start 120 €): what a customer is worth to the business, for instance
#   the customer lifetime value of lesson 07. It turns customers into euros and changes no count.
# - **Your CSV file**: uploads your own months. The panel fits the wheel to them and shows your
#   numbers instead of the example's. A file it cannot use is named with what is wrong, and the
#   panel keeps the data it had.
#
# On the left, the grey steps are the new customers observed in each month, the blue line is the
# fitted wheel, and the green dashed line is the wheel with your cuts (it lies on the blue line
# until you move a slider). On the right, each bar is what one friction cost over the months: how
# many more customers the wheel would have won with that friction at zero, everything else as
# fitted. The black line at the end of a bar is its 90 % interval, and the euros beside it are the
# bar's value. The text under the picture gives the fitted frictions and word of mouth with their
# 90 % intervals, and what your cuts would have brought. Watch the gap between the blue and the
# green line, month by month.

# %% [markdown de]
# ## Das Panel
#
# Das Panel hat vier Regler und einen Knopf zum Hochladen:
#
# - **Verbleibender Anteil der Reibung im Marketing**, **Verbleibender Anteil der Reibung im
#   Vertrieb** und **Verbleibender Anteil der Reibung im Service** (0–100 %, Startwert 100 %): wie
#   viel von jeder geschätzten Reibung übrig bleibt. 100 % ist das Geschäft, wie es war, 50 %
#   halbiert diese Reibung, 0 % beseitigt sie. Die Anpassung wird dabei nicht wiederholt: Die Regler
#   fragen „Was wäre, wenn?“.
# - **Wert eines Kunden** (Startwert 120 €): was ein Kunde dem Geschäft wert ist, zum Beispiel sein
#   Kundenwert aus Lektion 07. Der Regler rechnet Kunden in Euro um und ändert keine der Zahlen.
# - **Deine CSV-Datei**: lädt deine eigenen Monate hoch. Das Panel passt das Rad an sie an und zeigt
#   deine Zahlen statt der des Beispiels. Bei einer Datei, die es nicht verwenden kann, sagt es, was
#   daran nicht stimmt, und behält die Daten, die es hatte.
#
# Links zeigen die grauen Stufen die beobachteten Neukunden jedes Monats, die blaue Linie das
# angepasste Rad und die grüne gestrichelte Linie das Rad mit deinen Senkungen (sie liegt auf der
# blauen, bis du einen Regler bewegst). Rechts zeigt jeder Balken, was eine Reibung in diesen
# Monaten gekostet hat: wie viele Kunden das Rad mehr gewonnen hätte, wäre diese Reibung null
# gewesen und alles andere wie angepasst. Die schwarze Linie am Ende eines Balkens ist sein
# 90-%-Intervall, und der Betrag daneben ist der Wert des Balkens in Euro. Der Text unter der Grafik
# nennt die geschätzten Reibungen und die Mundpropaganda mit ihren 90-%-Intervallen und was deine
# Senkungen gebracht hätten. Achte auf den Abstand zwischen der blauen und der grünen Linie, Monat
# für Monat.

# %%
panels.build("11_your_own_numbers")

# %% [markdown]
# **Try this**
# 1. Set **Keep this much of the marketing friction** to 0 %. How many more customers would the
#    business have won in its 48 months, and what were they worth? Compare with the marketing bar on
#    the right.
# 2. Put marketing back to 100 % and set **Keep this much of the service friction** to 0 %. How many
#    more customers now? Look at the service bar: why is its interval line so long compared with its
#    bar?
# 3. Leave service at 0 % and set **Value of one customer** to 300 €. What changes, and what does
#    not?
# 4. Put service back to 100 %. Then drag **Keep this much of the sales friction** slowly from 100 %
#    to 0 % and watch the green dashed line. Does its gap to the blue line stay the same over the
#    months, or grow?
# 5. Read the fitted frictions and their 90 % intervals in the text under the picture. Which ranking
#    of the three frictions is solid?
# 6. Make a file shaped like the example, but with the first two years only: open
#    `data/example_inbound_months.csv` from the kit's folder, delete months 25 to 48, save it as a
#    CSV file (see "How to prepare your own file" below) and upload it with **Your CSV file**. What
#    happens to the intervals in the text under the picture? To return to the example, run the panel
#    cell again.
#
# <details><summary>Answers</summary>
#
# 1. 2,391 more customers, worth 286,961 € at 120 € a customer — exactly the marketing bar: each bar
#    is "this friction at zero, everything else as fitted".
# 2. 638 more. The bar's interval runs from 285 to 992 customers: its line is longer than the bar
#    itself (111 % of it), while the marketing bar's line is 34 % of its bar and the sales bar's
#    23 %. The service friction itself is uncertain: 16 %, with an interval from 9 % to 23 %.
#    Service friction shows mainly in the new promoters, the smallest of the three counts (63 in the
#    last month, against 2,176 new prospects), so the counts say least about it.
# 3. The euros: the 638 extra customers are now worth about 191,500 € instead of about 76,600 €, and
#    the euros at the ends of the bars grow in the same proportion. The lines, the bars and every
#    customer count stay as they were: the value only prices them.
# 4. It grows. With no sales friction the wheel would win 155 new customers in month 12 instead of
#    96, and 363 in month 48 instead of 201. Customers won early become promoters, and promoters
#    bring new prospects: a friction cut pays more the longer the wheel turns.
# 5. Only part of it. Sales, 37 % (34–40 %), surely has the largest friction: its interval lies
#    above both others. Marketing, 25 % (22–28 %), and service, 16 % (9–23 %), overlap from 22 % to
#    23 %, so that marketing loses more than service may be luck.
# 6. The panel fits again, to 24 months: marketing 26 % (22–30 %), sales 36 % (32–41 %), service
#    19 % (6–31 %). Every interval is wider than with 48 months, service's most: fewer months, less
#    evidence. Word of mouth cannot be pinned down at all from two years: its interval is the whole
#    range from 0.00 to 1.00, because in a young wheel the promoters are still too few to be heard.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Stell **Verbleibender Anteil der Reibung im Marketing** auf 0 %. Wie viele Kunden mehr hätte
#    das Geschäft in seinen 48 Monaten gewonnen, und was wären sie wert gewesen? Vergleiche mit dem
#    Balken für das Marketing rechts.
# 2. Stell das Marketing zurück auf 100 % und **Verbleibender Anteil der Reibung im Service** auf
#    0 %. Wie viele Kunden mehr sind es jetzt? Schau dir den Balken für den Service an: Warum ist
#    seine Intervall-Linie im Vergleich zum Balken so lang?
# 3. Lass den Service auf 0 % und stell **Wert eines Kunden** auf 300 €. Was ändert sich, und was
#    nicht?
# 4. Stell den Service zurück auf 100 %. Zieh dann **Verbleibender Anteil der Reibung im Vertrieb**
#    langsam von 100 % auf 0 % und beobachte die grüne gestrichelte Linie. Bleibt ihr Abstand zur
#    blauen Linie über die Monate gleich, oder wächst er?
# 5. Lies die geschätzten Reibungen und ihre 90-%-Intervalle im Text unter der Grafik. Welche
#    Rangfolge der drei Reibungen steht fest?
# 6. Mach eine Datei, die aufgebaut ist wie das Beispiel, aber nur die ersten zwei Jahre enthält:
#    Öffne `data/example_inbound_months.csv` aus dem Ordner des Kits, lösch die Monate 25 bis 48,
#    speichere sie als CSV-Datei (siehe „So bereitest du deine eigene Datei vor“ weiter unten) und
#    lade sie mit **Deine CSV-Datei** hoch. Was passiert mit den Intervallen im Text unter der
#    Grafik? Zurück zur Beispieldatei kommst du, wenn du die Zelle mit dem Panel noch einmal
#    ausführst.
#
# <details><summary>Antworten</summary>
#
# 1. 2.391 Kunden mehr, wert 286.961 € bei 120 € pro Kunde – genau der Balken für das Marketing:
#    Jeder Balken bedeutet „diese Reibung bei null, alles andere wie angepasst“.
# 2. 638 mehr. Das Intervall des Balkens reicht von 285 bis 992 Kunden: Seine Linie ist länger als
#    der Balken selbst (111 % davon), beim Balken für das Marketing sind es 34 %, beim Balken für
#    den Vertrieb 23 %. Schon die Reibung im Service ist unsicher: 16 %, mit einem Intervall von 9 %
#    bis 23 %. Reibung im Service zeigt sich vor allem bei den neuen Fürsprechern, der kleinsten der
#    drei Monatszahlen (63 im letzten Monat, gegenüber 2.176 neuen Interessenten); über diese
#    Reibung sagen die Zahlen deshalb am wenigsten.
# 3. Die Euro: Die 638 zusätzlichen Kunden sind jetzt rund 191.500 € wert statt rund 76.600 €, und
#    die Beträge an den Enden der Balken wachsen im selben Verhältnis. Die Linien, die Balken und
#    jede Kundenzahl bleiben, wie sie waren: Der Wert gibt ihnen nur einen Preis.
# 4. Er wächst. Ohne Reibung im Vertrieb würde das Rad im 12. Monat 155 statt 96 Neukunden gewinnen
#    und im 48. Monat 363 statt 201. Früh gewonnene Kunden werden zu Fürsprechern, und Fürsprecher
#    bringen neue Interessenten: Eine gesenkte Reibung zahlt sich umso mehr aus, je länger sich das
#    Rad dreht.
# 5. Nur zum Teil. Der Vertrieb hat mit 37 % (34–40 %) sicher die größte Reibung: Sein Intervall
#    liegt über beiden anderen. Die Intervalle für Marketing, 25 % (22–28 %), und Service, 16 %
#    (9–23 %), überlappen sich von 22 % bis 23 %; dass das Marketing mehr verliert als der Service,
#    kann Zufall sein.
# 6. Das Panel passt das Rad neu an, an 24 Monate: Marketing 26 % (22–30 %), Vertrieb 36 %
#    (32–41 %), Service 19 % (6–31 %). Jedes Intervall ist breiter als mit 48 Monaten, das für den
#    Service am meisten: weniger Monate, weniger Belege. Die Mundpropaganda lässt sich aus zwei
#    Jahren gar nicht festlegen: Ihr Intervall ist der ganze Bereich von 0,00 bis 1,00, denn in
#    einem jungen Rad sind die Fürsprecher noch zu wenige, um gehört zu werden.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
# (the panel's example, 120 € a customer)
example = own_numbers.fitted()
price = example.price.set_index("driver")
cut = example.scenario(marketing=0.0).attrs
print(f"1. marketing friction at 0: {cut['extra_customers']:+,.0f} customers, {cut['eur']:,.0f} €; "
      f"the marketing bar: {price.loc['marketing', 'customers_lost']:,.0f}")
cut = example.scenario(service=0.0).attrs
low, high = example.ci["service"]
print(f"2. service friction at 0: {cut['extra_customers']:+,.0f} customers; the bar's interval "
      f"{price.loc['service', 'low']:,.0f} to {price.loc['service', 'high']:,.0f}; service "
      f"friction {100 * example.frictions['service']:.0f} % ({100 * low:.0f} to {100 * high:.0f} %)")
line = (price["high"] - price["low"]) / price["customers_lost"]
print("   interval line as a share of its bar: "
      + ", ".join(f"{d} {100 * line[d]:.0f} %" for d in inbound.DRIVERS))
last = counts.iloc[-1]
print(f"   last month: {last['new_prospects']:,.0f} new prospects, "
      f"{last['new_promoters']:,.0f} new promoters")
print(f"3. at 300 € a customer: {cut['extra_customers']:.1f} customers, about "
      f"{round(cut['extra_customers'] * 300, -2):,.0f} € instead of about "
      f"{round(cut['eur'], -2):,.0f} €")
what_if = example.scenario(sales=0.0)["new_customers"]
as_fitted = example.fitted["new_customers_fitted"]
for month in (12, 48):
    print(f"4. month {month}: {what_if[month - 1]:.0f} new customers without sales friction, "
          f"{as_fitted[month - 1]:.0f} as fitted")
ci = example.ci
print("5. " + "; ".join(f"{d} {100 * example.frictions[d]:.0f} % ({100 * ci[d][0]:.0f}–"
                        f"{100 * ci[d][1]:.0f} %)" for d in inbound.DRIVERS))
pairs = [(a, b) for i, a in enumerate(inbound.DRIVERS) for b in inbound.DRIVERS[i + 1:]]
print("   intervals that overlap: " + (", ".join(
    f"{a} and {b}" for a, b in pairs if ci[a][0] <= ci[b][1] and ci[b][0] <= ci[a][1]) or "none"))
two_years = fit.read_counts(counts.iloc[:24].to_csv(index=False).encode("utf-8"))
young = fit.inbound(two_years)
print("6. 24 months: " + "; ".join(
    f"{d} {100 * young.frictions[d]:.0f} % ({100 * young.ci[d][0]:.0f}–{100 * young.ci[d][1]:.0f} %)"
    for d in inbound.DRIVERS))
print(f"   word of mouth: 90 % interval {young.ci['word_of_mouth'][0]:.2f} to "
      f"{young.ci['word_of_mouth'][1]:.2f}")

# %% [output]
# 1. marketing friction at 0: +2,391 customers, 286,961 €; the marketing bar: 2,391
# 2. service friction at 0: +638 customers; the bar's interval 285 to 992; service friction 16 % (9 to 23 %)
#    interval line as a share of its bar: marketing 34 %, sales 23 %, service 111 %
#    last month: 2,176 new prospects, 63 new promoters
# 3. at 300 € a customer: 638.5 customers, about 191,500 € instead of about 76,600 €
# 4. month 12: 155 new customers without sales friction, 96 as fitted
# 4. month 48: 363 new customers without sales friction, 201 as fitted
# 5. marketing 25 % (22–28 %); sales 37 % (34–40 %); service 16 % (9–23 %)
#    intervals that overlap: marketing and service
# 6. 24 months: marketing 26 % (22–30 %); sales 36 % (32–41 %); service 19 % (6–31 %)
#    word of mouth: 90 % interval 0.00 to 1.00

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
# (das Beispiel des Panels, 120 € pro Kunde)
names = {"marketing": "Marketing", "sales": "Vertrieb", "service": "Service"}
example = own_numbers.fitted()
price = example.price.set_index("driver")
cut = example.scenario(marketing=0.0).attrs
print(f"1. Reibung im Marketing bei 0: +{fw.number(cut['extra_customers'])} Kunden, "
      f"{fw.money(cut['eur'], 0)}; der Balken für das Marketing: "
      f"{fw.number(price.loc['marketing', 'customers_lost'])}")
cut = example.scenario(service=0.0).attrs
low, high = example.ci["service"]
print(f"2. Reibung im Service bei 0: +{fw.number(cut['extra_customers'])} Kunden; Intervall des "
      f"Balkens {fw.number(price.loc['service', 'low'])} bis "
      f"{fw.number(price.loc['service', 'high'])}; Reibung im Service "
      f"{fw.percent(example.frictions['service'])} ({fw.percent(low)} bis {fw.percent(high)})")
line = (price["high"] - price["low"]) / price["customers_lost"]
print("   Intervall-Linie im Verhältnis zu ihrem Balken: "
      + ", ".join(f"{names[d]} {fw.percent(line[d])}" for d in inbound.DRIVERS))
last = counts.iloc[-1]
print(f"   letzter Monat: {fw.number(last['new_prospects'])} neue Interessenten, "
      f"{fw.number(last['new_promoters'])} neue Fürsprecher")
print(f"3. bei 300 € pro Kunde: {fw.number(cut['extra_customers'], '.1f')} Kunden, rund "
      f"{fw.money(round(cut['extra_customers'] * 300, -2), 0)} statt rund "
      f"{fw.money(round(cut['eur'], -2), 0)}")
what_if = example.scenario(sales=0.0)["new_customers"]
as_fitted = example.fitted["new_customers_fitted"]
for month in (12, 48):
    print(f"4. Monat {month}: {fw.number(what_if[month - 1])} Neukunden ohne Reibung im Vertrieb, "
          f"{fw.number(as_fitted[month - 1])} wie angepasst")
ci = example.ci
print("5. " + "; ".join(f"{names[d]} {fw.percent(example.frictions[d])} "
                        f"({fw.number(100 * ci[d][0])}–{fw.percent(ci[d][1])})"
                        for d in inbound.DRIVERS))
pairs = [(a, b) for i, a in enumerate(inbound.DRIVERS) for b in inbound.DRIVERS[i + 1:]]
print("   Intervalle, die sich überlappen: " + (", ".join(
    f"{names[a]} und {names[b]}" for a, b in pairs
    if ci[a][0] <= ci[b][1] and ci[b][0] <= ci[a][1]) or "keine"))
two_years = fit.read_counts(counts.iloc[:24].to_csv(index=False).encode("utf-8"))
young = fit.inbound(two_years)
print("6. 24 Monate: " + "; ".join(
    f"{names[d]} {fw.percent(young.frictions[d])} "
    f"({fw.number(100 * young.ci[d][0])}–{fw.percent(young.ci[d][1])})"
    for d in inbound.DRIVERS))
print(f"   Mundpropaganda: 90-%-Intervall {fw.number(young.ci['word_of_mouth'][0], '.2f')} bis "
      f"{fw.number(young.ci['word_of_mouth'][1], '.2f')}")

# %% [output de]
# 1. Reibung im Marketing bei 0: +2.391 Kunden, 286.961 €; der Balken für das Marketing: 2.391
# 2. Reibung im Service bei 0: +638 Kunden; Intervall des Balkens 285 bis 992; Reibung im Service 16 % (9 % bis 23 %)
#    Intervall-Linie im Verhältnis zu ihrem Balken: Marketing 34 %, Vertrieb 23 %, Service 111 %
#    letzter Monat: 2.176 neue Interessenten, 63 neue Fürsprecher
# 3. bei 300 € pro Kunde: 638,5 Kunden, rund 191.500 € statt rund 76.600 €
# 4. Monat 12: 155 Neukunden ohne Reibung im Vertrieb, 96 wie angepasst
# 4. Monat 48: 363 Neukunden ohne Reibung im Vertrieb, 201 wie angepasst
# 5. Marketing 25 % (22–28 %); Vertrieb 37 % (34–40 %); Service 16 % (9–23 %)
#    Intervalle, die sich überlappen: Marketing und Service
# 6. 24 Monate: Marketing 26 % (22–30 %); Vertrieb 36 % (32–41 %); Service 19 % (6–31 %)
#    Mundpropaganda: 90-%-Intervall 0,00 bis 1,00

# %% [markdown]
# ## How to prepare your own file
#
# One row per month, in order, and these four columns, with headers in English or in German:
#
# | column | German header | what it counts in each month |
# |---|---|---|
# | `month` | `Monat` | the month: 1, 2, 3 … or a date such as 2024-01 (only a label) |
# | `new_prospects` | `Neue Interessenten` | strangers who became prospects: sign-ups, enquiries, trial accounts, leads |
# | `new_customers` | `Neue Kunden` | prospects who bought for the first time (repeat purchases do not count) |
# | `new_promoters` | `Neue Fürsprecher` | customers who became fans who recommend you, e.g. who answered 9 or 10 to "would you recommend us?" for the first time, or who referred a friend |
#
# The example file starts like this:
#
# ```
# month,new_prospects,new_customers,new_promoters
# 1,55,0,0
# 2,248,4,0
# 3,476,10,0
# ```
#
# - **At least 6 months**, better two years or more: the fit has four numbers to find, and the more
#   months, the narrower the intervals.
# - **Start at the beginning.** The kit's wheel starts empty, with no customers, in month 1. Give
#   the months from the launch of the business or of the product. A file that starts in the middle
#   of a running business is read as a young wheel, and its frictions and word of mouth come out
#   distorted: compare only files that start alike.
# - **A number in every cell**, 0 or more; no empty cells. Delete columns with text in them (notes);
#   other columns of numbers are ignored. In all, at most a million new prospects: the kit's market.
# - **Save as "CSV UTF-8"** from your spreadsheet. German Excel writes `;` between the columns and
#   a decimal comma (`2,5`) — the kit reads that as well as `,` with a decimal point, and in a
#   `;` file `1.234` means one thousand two hundred and thirty-four. Besides the German headers
#   above it accepts `Interessenten`, `Kunden`, `Neukunden` and `Fürsprecher`. (German Excel shows
#   a file with commas, like the example, in a single column when you double-click it; open it
#   with *Data → From Text/CSV* instead.)
#
# Then click **Your CSV file** in the panel. The folded cell below does the same in code, for the
# curious: it reads the example with `fit.read_counts` and fits it with `fit.inbound`. The example
# was made with known values (see `data/README.md`), so you can check the intervals: each holds the
# value it was made with. That works only because the example was made with the kit's own wheel,
# lesson 05's energy included; for a real business, no interval shows how far the kit's assumptions
# are off. The same numbers written the German way (`;` between the columns, German headers) give
# exactly the same fit.

# %% [markdown de]
# ## So bereitest du deine eigene Datei vor
#
# Eine Zeile pro Monat, der Reihe nach, und diese vier Spalten, mit deutschen oder englischen
# Spaltennamen:
#
# | Spaltenname | englisch | was sie in jedem Monat zählt |
# |---|---|---|
# | `Monat` | `month` | den Monat: 1, 2, 3 … oder ein Datum wie 2024-01 (nur eine Beschriftung) |
# | `Neue Interessenten` | `new_prospects` | Fremde, die zu Interessenten wurden: Anmeldungen, Anfragen, Testzugänge, Kontakte |
# | `Neue Kunden` | `new_customers` | Interessenten, die zum ersten Mal gekauft haben (Wiederkäufe zählen nicht) |
# | `Neue Fürsprecher` | `new_promoters` | Kunden, die zu Fans wurden, die dich empfehlen, z. B. die zum ersten Mal 9 oder 10 auf „Würdest du uns empfehlen?“ geantwortet oder jemanden geworben haben |
#
# So beginnt die Beispieldatei:
#
# ```
# month,new_prospects,new_customers,new_promoters
# 1,55,0,0
# 2,248,4,0
# 3,476,10,0
# ```
#
# - **Mindestens 6 Monate**, besser zwei Jahre oder mehr: Die Anpassung muss vier Zahlen finden, und
#   je mehr Monate, desto schmaler die Intervalle.
# - **Fang am Anfang an.** Das Rad des Kits beginnt in Monat 1 leer, ohne Kunden. Gib die Monate ab
#   dem Start des Geschäfts oder des Produkts an. Eine Datei, die mitten in einem laufenden Geschäft
#   beginnt, wird wie ein junges Rad gelesen, und ihre Reibungen und ihre Mundpropaganda kommen
#   verzerrt heraus: Vergleiche nur Dateien, die gleich beginnen.
# - **In jeder Zelle eine Zahl**, 0 oder mehr; keine leeren Zellen. Lösch Spalten mit Text
#   (Notizen); weitere Spalten mit Zahlen werden ignoriert. Insgesamt höchstens eine Million neue
#   Interessenten: der Markt des Kits.
# - **Speichere als „CSV UTF-8“** aus deiner Tabellenkalkulation. Deutsches Excel schreibt `;`
#   zwischen die Spalten und ein Dezimalkomma (`2,5`) – das Kit liest das genauso wie `,` mit
#   Dezimalpunkt, und in einer Datei mit `;` ist `1.234` eintausendzweihundertvierunddreißig. Außer
#   den deutschen Spaltennamen oben versteht es auch `Interessenten`, `Kunden`, `Neukunden` und
#   `Fürsprecher`. (Deutsches Excel zeigt eine Datei mit Kommas wie das Beispiel beim Doppelklick in
#   einer einzigen Spalte; öffne sie stattdessen über *Daten → Aus Text/CSV*.)
#
# Dann klick im Panel auf **Deine CSV-Datei**. Die eingeklappte Zelle unten macht dasselbe mit Code,
# für Neugierige: Sie liest das Beispiel mit `fit.read_counts` und passt es mit `fit.inbound` an.
# Das Beispiel wurde mit bekannten Werten erzeugt (siehe `data/README.md`), du kannst die Intervalle
# also prüfen: Jedes enthält den Wert, mit dem das Beispiel gemacht wurde. Das klappt nur, weil das
# Beispiel mit dem Rad des Kits selbst erzeugt wurde, samt der Energiezufuhr aus Lektion 05; bei
# einem echten Geschäft zeigt kein Intervall, wie weit die Annahmen des Kits danebenliegen.
# Dieselben Zahlen auf deutsche Art geschrieben (`;` zwischen den Spalten, deutsche Spaltennamen)
# ergeben genau dieselbe Anpassung.

# %% [curious]
# NBVAL_CHECK_OUTPUT
# read and fit the example file, as the panel does
counts = fit.read_counts(data.data_dir() / "example_inbound_months.csv")
example = fit.inbound(counts, value_per_customer=120)
made_with = {"marketing": 0.25, "sales": 0.35, "service": 0.20,   # data/README.md
             "word_of_mouth": 0.35}
print(f"read {len(counts)} months; columns: {', '.join(counts.columns)}")
for name, truth in made_with.items():
    value = example.word_of_mouth if name == "word_of_mouth" else example.frictions[name]
    low, high = example.ci[name]
    print(f"{name}: {value:.2f} (90 % interval {low:.2f} to {high:.2f}); made with {truth:.2f}, "
          f"inside: {'yes' if low <= truth <= high else 'no'}")
people = counts.astype({column: int for column in counts.columns[1:]})   # whole people
german = people.rename(columns={"month": "Monat", "new_prospects": "Neue Interessenten",
                                "new_customers": "Neue Kunden",
                                "new_promoters": "Neue Fürsprecher"})
text = german.to_csv(sep=";", decimal=",", index=False)
print(text.splitlines()[2])
again = fit.inbound(fit.read_counts(text.encode("utf-8")))
print(f"the German way, the same frictions: {'yes' if again.frictions == example.frictions else 'no'}")

# %% [output]
# read 48 months; columns: month, new_prospects, new_customers, new_promoters
# marketing: 0.25 (90 % interval 0.22 to 0.28); made with 0.25, inside: yes
# sales: 0.37 (90 % interval 0.34 to 0.40); made with 0.35, inside: yes
# service: 0.16 (90 % interval 0.09 to 0.23); made with 0.20, inside: yes
# word_of_mouth: 0.33 (90 % interval 0.13 to 0.54); made with 0.35, inside: yes
# 2;248;4;0
# the German way, the same frictions: yes

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Beispieldatei lesen und anpassen, wie das Panel
counts = fit.read_counts(data.data_dir() / "example_inbound_months.csv")
example = fit.inbound(counts, value_per_customer=120)
made_with = {"marketing": 0.25, "sales": 0.35, "service": 0.20,   # data/README.md
             "word_of_mouth": 0.35}
names = {"marketing": "Marketing", "sales": "Vertrieb", "service": "Service",
         "word_of_mouth": "Mundpropaganda"}
print(f"{len(counts)} Monate gelesen; Spalten: {', '.join(counts.columns)}")
for name, truth in made_with.items():
    value = example.word_of_mouth if name == "word_of_mouth" else example.frictions[name]
    low, high = example.ci[name]
    print(f"{names[name]}: {fw.number(value, '.2f')} (90-%-Intervall {fw.number(low, '.2f')} bis "
          f"{fw.number(high, '.2f')}); erzeugt mit {fw.number(truth, '.2f')}, darin: "
          f"{'ja' if low <= truth <= high else 'nein'}")
people = counts.astype({column: int for column in counts.columns[1:]})   # ganze Personen
german = people.rename(columns={"month": "Monat", "new_prospects": "Neue Interessenten",
                                "new_customers": "Neue Kunden",
                                "new_promoters": "Neue Fürsprecher"})
text = german.to_csv(sep=";", decimal=",", index=False)
print(text.splitlines()[0])
print(text.splitlines()[2])
again = fit.inbound(fit.read_counts(text.encode("utf-8")))
print(f"auf deutsche Art, dieselben Reibungen: {'ja' if again.frictions == example.frictions else 'nein'}")

# %% [output de]
# 48 Monate gelesen; Spalten: month, new_prospects, new_customers, new_promoters
# Marketing: 0,25 (90-%-Intervall 0,22 bis 0,28); erzeugt mit 0,25, darin: ja
# Vertrieb: 0,37 (90-%-Intervall 0,34 bis 0,40); erzeugt mit 0,35, darin: ja
# Service: 0,16 (90-%-Intervall 0,09 bis 0,23); erzeugt mit 0,20, darin: ja
# Mundpropaganda: 0,33 (90-%-Intervall 0,13 bis 0,54); erzeugt mit 0,35, darin: ja
# Monat;Neue Interessenten;Neue Kunden;Neue Fürsprecher
# 2;248;4;0
# auf deutsche Art, dieselben Reibungen: ja

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2500 and 2,500 both work). The check says at once whether it
# holds and, if not, why; **Show solution** opens a worked solution. Both exercises use the example
# file; if you uploaded your own, the panel shows other numbers. To return to the example, run the
# panel cell again.
#
# **Exercise 1.** With the example file, how many customers did the sales friction cost the business
# over its 48 months: how many more would the wheel have won without it, everything else as fitted?
# The nearest hundred is enough.

# %% [markdown de]
# ## Aufgaben
#
# Tipp deine Antwort ein und drück auf **Prüfen** (`2500` und `2.500` gehen beide). Die Prüfung sagt
# dir sofort, ob deine Antwort stimmt, und wenn nicht, warum; **Lösung zeigen** öffnet einen
# Lösungsweg. Beide Aufgaben gehen von der Beispieldatei aus; wenn du eine eigene Datei hochgeladen
# hast, zeigt das Panel andere Zahlen. Zurück zur Beispieldatei kommst du, wenn du die Zelle mit dem
# Panel noch einmal ausführst.
#
# **Aufgabe 1.** Wie viele Kunden hat die Reibung im Vertrieb das Geschäft mit der Beispieldatei in
# seinen 48 Monaten gekostet: Wie viele mehr hätte das Rad ohne sie gewonnen, alles andere wie
# angepasst? Es genügt, auf Hunderter zu runden.

# %%
exercises.ask("11.1")

# %% [markdown]
# **Exercise 2.** With the example file, set **Keep this much of the sales friction** to 50 % —
# the sales friction halved — and leave the other sliders at 100 %. How many more customers would
# the business have won in its 48 months?

# %% [markdown de]
# **Aufgabe 2.** Stell mit der Beispieldatei **Verbleibender Anteil der Reibung im Vertrieb** auf
# 50 % – die Reibung im Vertrieb halbiert – und lass die anderen Regler auf 100 %. Wie viele Kunden
# mehr hätte das Geschäft in seinen 48 Monaten gewonnen?

# %%
exercises.ask("11.2")

# %% [markdown]
# ## For the curious: the Bass curve on real sales
#
# The kit has a second fit, `fit.bass`: it draws the Bass curve of lesson 05 through sales per
# period and finds the innovation rate p, the imitation rate q and the market m, each with a 90 %
# interval. Frank Bass tested his model in 1969 on eleven consumer durables; `data/` holds two of
# his series, US sales of room air conditioners and of clothes dryers from 1949 to 1961, in
# thousands of units (transcribed from a secondary copy, see `data/README.md`). The cell below fits
# the air conditioners and sets the result beside Bass's own estimation method (his 1969
# regression) and beside the average over published studies from lesson 05 (Sultan, Farley and
# Lehmann, 1990).
#
# The fitted p is 0.0094 a year, a third of the published average of 0.03; q is 0.37, close to the
# average of 0.38. Room air conditioners started slowly and spread mainly by imitation, so their
# curve peaks late: 9.6 years after the launch (in 1958) against 6.2 years for the average
# coefficients. Sales in the data were highest in 1956, with 1,828 thousand units, and stayed near
# that level to the end: the curve's peak is broad. Try the clothes dryers too
# (`bass_1969_clothes_dryers.csv`).

# %% [markdown de]
# ## Für Neugierige: die Bass-Kurve an echten Verkaufszahlen
#
# Das Kit hat eine zweite Anpassung, `fit.bass`: Sie legt die Bass-Kurve aus Lektion 05 durch
# Verkaufszahlen pro Periode und findet die Innovationsrate p, die Imitationsrate q und den Markt m,
# jede mit einem 90-%-Intervall. Frank Bass prüfte sein Modell 1969 an elf langlebigen Konsumgütern;
# in `data/` liegen zwei seiner Reihen, die Verkäufe von Raumklimageräten und von Wäschetrocknern in
# den USA von 1949 bis 1961, in tausend Stück (aus einer Sekundärquelle übernommen, siehe
# `data/README.md`). Die Zelle unten passt die Kurve an die Raumklimageräte an und stellt das
# Ergebnis neben die Schätzmethode von Bass selbst (seine Regression von 1969) und neben den
# Mittelwert veröffentlichter Studien aus Lektion 05 (Sultan, Farley und Lehmann, 1990).
#
# Das geschätzte p ist 0,0094 pro Jahr, ein Drittel des veröffentlichten Mittelwerts von 0,03; q ist
# 0,37, nah am Mittelwert von 0,38. Raumklimageräte kamen also langsam in Gang und verbreiteten sich
# vor allem durch Nachahmung; ihre Kurve erreicht den Höhepunkt deshalb spät: 9,6 Jahre nach der
# Markteinführung (1958), bei den mittleren Koeffizienten nach 6,2 Jahren. In den Daten lagen die
# Verkäufe 1956 am höchsten, mit gut 1,8 Millionen Stück, und blieben bis zum Ende etwa auf diesem
# Niveau: Der Höhepunkt der Kurve ist breit. Probier auch die Wäschetrockner aus
# (`bass_1969_clothes_dryers.csv`).

# %% [curious]
# NBVAL_CHECK_OUTPUT
# Bass (1969): room air conditioners, US sales per year
frame = fit.read_counts(data.data_dir() / "bass_1969_room_air_conditioners.csv")
sales = frame.set_index("year")["sales_thousands"]
found = fit.bass(sales)
first = int(sales.index[0])
print(f"room air conditioners, {sales.index[0]}–{sales.index[-1]}: highest sales in "
      f"{sales.idxmax()} ({sales.max():,.0f} thousand)")
print(f"fitted: p = {found.p:.4f} ({found.ci['p'][0]:.4f} to {found.ci['p'][1]:.4f}), "
      f"q = {found.q:.2f} ({found.ci['q'][0]:.2f} to {found.ci['q'][1]:.2f}), "
      f"m = {found.m:,.0f} ({found.ci['m'][0]:,.0f} to {found.ci['m'][1]:,.0f}) thousand")
print(f"the fitted curve peaks after {found.peak_period:.1f} years, "
      f"in {first - 1 + math.ceil(found.peak_period)}")
reg = found.regression
print(f"Bass's regression: p = {reg['p']:.4f}, q = {reg['q']:.2f}, m = {reg['m']:,.0f} thousand")
avg = data.load("bass_coefficients").iloc[0]
print(f"published average: p = {avg['p']:.2f}, q = {avg['q']:.2f}, "
      f"peak after {math.log(avg['q'] / avg['p']) / (avg['p'] + avg['q']):.1f} years")

# %% [output]
# room air conditioners, 1949–1961: highest sales in 1956 (1,828 thousand)
# fitted: p = 0.0094 (0.0067 to 0.0125), q = 0.37 (0.30 to 0.45), m = 18,713 (16,516 to 21,870) thousand
# the fitted curve peaks after 9.6 years, in 1958
# Bass's regression: p = 0.0170, q = 0.40, m = 17,091 thousand
# published average: p = 0.03, q = 0.38, peak after 6.2 years

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# Bass (1969): Raumklimageräte, Verkäufe in den USA pro Jahr
frame = fit.read_counts(data.data_dir() / "bass_1969_room_air_conditioners.csv")
sales = frame.set_index("year")["sales_thousands"]
found = fit.bass(sales)
first = int(sales.index[0])
n = fw.number
print(f"Raumklimageräte, {sales.index[0]}–{sales.index[-1]}: die meisten Verkäufe "
      f"{sales.idxmax()} ({n(sales.max())} Tausend)")
print(f"angepasst: p = {n(found.p, '.4f')} ({n(found.ci['p'][0], '.4f')} bis "
      f"{n(found.ci['p'][1], '.4f')}), q = {n(found.q, '.2f')} ({n(found.ci['q'][0], '.2f')} bis "
      f"{n(found.ci['q'][1], '.2f')}), m = {n(found.m)} ({n(found.ci['m'][0])} bis "
      f"{n(found.ci['m'][1])}) Tausend")
print(f"die angepasste Kurve erreicht ihren Höhepunkt nach {n(found.peak_period, '.1f')} Jahren, "
      f"{first - 1 + math.ceil(found.peak_period)}")
reg = found.regression
print(f"Regression von Bass: p = {n(reg['p'], '.4f')}, q = {n(reg['q'], '.2f')}, "
      f"m = {n(reg['m'])} Tausend")
avg = data.load("bass_coefficients").iloc[0]
print(f"veröffentlichter Mittelwert: p = {n(avg['p'], '.2f')}, q = {n(avg['q'], '.2f')}, "
      f"Höhepunkt nach {n(math.log(avg['q'] / avg['p']) / (avg['p'] + avg['q']), '.1f')} Jahren")

# %% [output de]
# Raumklimageräte, 1949–1961: die meisten Verkäufe 1956 (1.828 Tausend)
# angepasst: p = 0,0094 (0,0067 bis 0,0125), q = 0,37 (0,30 bis 0,45), m = 18.713 (16.516 bis 21.870) Tausend
# die angepasste Kurve erreicht ihren Höhepunkt nach 9,6 Jahren, 1958
# Regression von Bass: p = 0,0170, q = 0,40, m = 17.091 Tausend
# veröffentlichter Mittelwert: p = 0,03, q = 0,38, Höhepunkt nach 6,2 Jahren

# %% [markdown]
# ## Summary
#
# - Monthly counts of new prospects, new customers and new promoters are enough to fit the kit's
#   inbound wheel: three frictions and the strength of word of mouth.
# - In counts, energy and friction look alike. The kit keeps lesson 05's energy and reads the rest
#   as friction, so every friction and every price is measured against the kit's wheel: compare
#   files fitted the same way, with about the same effort.
# - A 90 % interval is the range the counts leave open: it covers the luck in the months, not the
#   kit's assumptions. A ranking holds where the intervals do not overlap; where they overlap, the
#   order may be luck. Fewer months give wider intervals.
# - The price of a friction — the customers it cost, and what they were worth — says where a cut
#   pays most; the sliders ask "what if?", and gains grow the longer the wheel turns.
# - Your own file: one row per month from the start, four columns in English or German, saved as CSV
#   UTF-8 with `,` or `;`.
#
# **Next:** go back to the [lesson map](00_start_here.ipynb#Lesson-map) for any lesson you want to
# see again; sketch the wheel of your own business, with the factors the inbound wheel leaves out,
# in [lesson 09](09_build_your_own.ipynb); or show this panel in a workshop with the [presenter
# dashboard](10_presenter.ipynb).

# %% [markdown de]
# ## Zusammenfassung
#
# - Monatszahlen zu neuen Interessenten, neuen Kunden und neuen Fürsprechern reichen, um das
#   Inbound-Schwungrad des Kits anzupassen: drei Reibungen und die Stärke der Mundpropaganda.
# - In Monatszahlen sehen Energiezufuhr und Reibung gleich aus. Das Kit behält die Energiezufuhr aus
#   Lektion 05 bei und liest den Rest als Reibung; jede Reibung und jeder Preis ist also am Rad des
#   Kits gemessen. Vergleiche Dateien, die auf dieselbe Weise angepasst wurden, bei etwa gleichem
#   Einsatz.
# - Ein 90-%-Intervall ist der Bereich, den die Monatszahlen offenlassen: Es erfasst das Glück in
#   den Monaten, nicht die Annahmen des Kits. Eine Rangfolge steht, wo sich die Intervalle nicht
#   überlappen; wo sie sich überlappen, kann die Reihenfolge Zufall sein. Weniger Monate ergeben
#   breitere Intervalle.
# - Der Preis einer Reibung – die Kunden, die sie gekostet hat, und was sie wert waren – zeigt, wo
#   sich eine Senkung am meisten lohnt. Die Regler fragen „Was wäre, wenn?“, und der Zugewinn an
#   Kunden wächst, je länger sich das Rad dreht.
# - Deine eigene Datei: eine Zeile pro Monat ab dem Start, vier Spalten mit deutschen oder
#   englischen Spaltennamen, gespeichert als CSV UTF-8 mit `,` oder `;`.
#
# **Weiter:** Geh zurück zur [Lektionsübersicht](00_start_here.ipynb#Lektionsübersicht), um eine
# Lektion noch einmal anzusehen; skizziere in [Lektion 09](09_build_your_own.ipynb) das Schwungrad
# deines eigenen Geschäfts, mit den Faktoren, die das Inbound-Schwungrad weglässt; oder zeig dieses
# Panel in einem Workshop mit dem [Präsentations-Dashboard](10_presenter.ipynb).
