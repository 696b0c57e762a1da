# %% [markdown]
# # 07 · Retention and Prime: why a kept customer is worth more than a new one
#
# **Learning goals.** After this lesson you can
# - follow a cohort of customers month by month and read churn and retention from it,
# - compute a customer's lifetime value (CLV) from margin, churn and a discount rate, and say why it
#   matters more the dearer new customers become,
# - explain how a paid membership such as Amazon Prime raises lifetime value, and why it backfires
#   for a business whose core offer is weak,
# - compare three ways of buying loyalty — deep discounts, trust built by good service, a paid
#   membership — and say which ones last.

# %% [markdown de]
# # 07 · Kundenbindung und Prime: warum ein gehaltener Kunde mehr wert ist als ein neuer
#
# **Lernziele.** Nach dieser Lektion kannst du
# - eine Kohorte von Kunden Monat für Monat verfolgen und an ihr Abwanderung und Kundenbindung
#   ablesen,
# - den Kundenwert (CLV) aus Marge, Abwanderung und einem Zinssatz zur Abzinsung berechnen und
#   erklären, warum er umso mehr zählt, je teurer neue Kunden werden,
# - erklären, wie eine bezahlte Mitgliedschaft wie Amazon Prime den Kundenwert erhöht und warum sie
#   nach hinten losgeht, wenn das Kernangebot eines Unternehmens schwach ist,
# - drei Wege vergleichen, Treue zu kaufen – hohe Rabatte, Vertrauen durch guten Service, eine
#   bezahlte Mitgliedschaft –, und sagen, welche davon auf Dauer wirken.

# %% [curious]
import flywheel_lib as fw
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import retention
from flywheel_lib.ui import plotting

# %% [curious de]
import flywheel_lib as fw
fw.set_language("de")
from flywheel_lib import data, exercises, panels
from flywheel_lib.models import retention
from flywheel_lib.ui import plotting

# %% [markdown]
# ## The idea in plain words
#
# The funnel of lesson 02 forgot its buyers the moment they paid; the flywheel only turns if
# customers stay to buy again and to tell others. So: **how long do customers stay, and what is one
# of them worth?** Every month some customers drift away — they *churn* — and winning new ones gets
# dearer as the cheap channels fill up. The dearer acquisition gets, the more a kept customer is
# worth.

# %% [markdown de]
# ## Die Idee in einfachen Worten
#
# Der Sales Funnel aus Lektion 02 vergaß seine Käufer, sobald sie bezahlt hatten; das Schwungrad
# dreht sich nur, wenn Kunden bleiben, wieder kaufen und anderen davon erzählen. Also: **Wie lange
# bleiben Kunden, und was ist ein einzelner Kunde wert?** Jeden Monat gehen einige Kunden verloren –
# sie *wandern ab* –, und neue zu gewinnen wird teurer, sobald die günstigen Kanäle ausgeschöpft
# sind. Je teurer die Kundengewinnung, desto mehr ist ein gehaltener Kunde wert.

# %% [markdown]
# ## A cohort thins out
#
# A *cohort* is a group of customers who joined in the same month. If a share *c* of those still
# active leaves each month (the **churn**), the share still there after *t* months (the
# **retention**) is (1 − *c*)ᵗ. Subscription businesses lose about 4–7 % of their customers a month
# (benchmarks of the subscription-billing firm Recurly; the kit's list of sources, data/README.md,
# gives the details). At 5 % a month, 540 of 1,000 customers are still there after a year, 292 after
# two years and 158 after three.
#
# **How long does a customer stay, on average?** This kit counts the months *after* the month of
# joining. Of the customers who join, the share *r* = 1 − *c* is still there after the first month,
# *r*² after the second, and so on; added up, a customer stays on average **r / c months**. At 5 %
# churn: 0.95 / 0.05 = 19 months. (If you count the month of joining too, you get 1 / *c* = 20,
# one month more. Both ways are in use, so say which one you mean; this kit, and the lifetime
# value below, count from the first month after joining.)

# %% [markdown de]
# ## Eine Kohorte dünnt aus
#
# Eine *Kohorte* ist eine Gruppe von Kunden, die im selben Monat dazugekommen sind. Geht jeden Monat
# ein Anteil *c* der noch aktiven Kunden verloren (die **Abwanderung**), dann ist nach *t* Monaten
# noch der Anteil (1 − *c*)ᵗ da (die **Kundenbindung**). Abo-Unternehmen verlieren etwa 4–7 % ihrer
# Kunden im Monat (Vergleichswerte des Abo-Abrechnungsdienstes Recurly; die Einzelheiten stehen in
# der Quellenliste des Kits, data/README.md). Bei 5 % im Monat sind von 1.000 Kunden nach einem
# Jahr noch 540 da, nach zwei Jahren 292 und nach drei Jahren 158.
#
# **Wie lange bleibt ein Kunde im Durchschnitt?** Dieses Kit zählt die Monate *nach* dem
# Eintrittsmonat. Von den neuen Kunden ist nach dem ersten Monat noch der Anteil *r* = 1 − *c* da,
# nach dem zweiten *r*² und so weiter; zusammengezählt bleibt ein Kunde im Durchschnitt
# **r / c Monate**. Bei 5 % Abwanderung: 0,95 / 0,05 = 19 Monate. (Zählst du den Eintrittsmonat
# mit, kommst du auf 1 / *c* = 20, einen Monat mehr. Beide Zählweisen sind üblich, sag also dazu,
# welche du meinst; dieses Kit und der Kundenwert weiter unten zählen ab dem ersten Monat nach dem
# Eintritt.)

# %% [curious]
cohort = retention.cohort(size=1000, churn=0.05, months=36)
cohort.loc[[1, 2, 3, 12, 24, 36]].round(1)

# %% [curious de]
cohort = retention.cohort(size=1000, churn=0.05, months=36)
fw.table(cohort.loc[[1, 2, 3, 12, 24, 36]].round(1), decimals=1)

# %% [curious]
# NBVAL_CHECK_OUTPUT
active = [f"month {m}: {cohort.loc[m, 'active']:.0f}"
          for m in (12, 24, 36)]
print(", ".join(active))
stay = retention.expected_lifetime(0.05)
print(f"average stay at 5 % churn: {stay:.0f} months after joining "
      f"({1 / 0.05:.0f} counting the joining month)")

# %% [output]
# month 12: 540, month 24: 292, month 36: 158
# average stay at 5 % churn: 19 months after joining (20 counting the joining month)

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# nach einem, zwei und drei Jahren
active = [f"Monat {m}: {fw.number(cohort.loc[m, 'active'], '.0f')}"
          for m in (12, 24, 36)]
print(", ".join(active))
stay = retention.expected_lifetime(0.05)
print(f"Durchschnittliche Verweildauer bei 5 % Abwanderung: {fw.number(stay, '.0f')} Monate "
      f"nach dem Eintritt ({fw.number(1 / 0.05, '.0f')} mit dem Eintrittsmonat)")

# %% [output de]
# Monat 12: 540, Monat 24: 292, Monat 36: 158
# Durchschnittliche Verweildauer bei 5 % Abwanderung: 19 Monate nach dem Eintritt (20 mit dem Eintrittsmonat)

# %% [markdown]
# ## What one customer is worth: lifetime value
#
# Let *m* be the margin a customer earns you per active month (€/month), *r* = 1 − *c* the monthly
# retention, and *d* a monthly discount rate (a euro next year is worth less than a euro today;
# 1 % a month is about 12.7 % a year). Adding up the margin of every month the customer is still
# there gives the **customer lifetime value**:
#
# $$\text{CLV} = \frac{m\, r}{1 + d - r} \qquad [\text{€}].$$
#
# A shop that earns 6 € a month per customer, with 5 % churn and 1 % discounting, has a CLV of
# 6 · 0.95 / 0.06 = 95 €; 84.52 € of it arrive in the first three years.
#
# <details><summary>For the curious: where the formula comes from</summary>
#
# Counting the margin at the end of each month the customer is still there, the value is the sum
# m·(r/(1+d)) + m·(r/(1+d))² + …, a geometric series whose sum is the formula above. The kit's
# tests check the month-by-month sum against it.
#
# </details>

# %% [markdown de]
# ## Was ein Kunde wert ist: der Kundenwert
#
# Sei *m* die Marge, die dir ein Kunde pro aktivem Monat einbringt (€/Monat), *r* = 1 − *c* die
# monatliche Kundenbindung und *d* ein monatlicher Zinssatz zur Abzinsung (ein Euro im nächsten
# Jahr ist weniger wert als ein Euro heute; 1 % im Monat sind etwa 12,7 % im Jahr). Zählst du die
# Marge jedes Monats zusammen, in dem der Kunde noch da ist, erhältst du den **Kundenwert**
# (engl. customer lifetime value, CLV):
#
# $$\text{CLV} = \frac{m\, r}{1 + d - r} \qquad [\text{€}].$$
#
# Ein Händler, der pro Kunde 6 € im Monat verdient, hat bei 5 % Abwanderung und 1 % Abzinsung
# einen Kundenwert von 6 · 0,95 / 0,06 = 95 €; 84,52 € davon kommen in den ersten drei Jahren
# herein.
#
# <details><summary>Für Neugierige: woher die Formel kommt</summary>
#
# Zählt man die Marge am Ende jedes Monats, in dem der Kunde noch da ist, dann ist der Wert die
# Summe m·(r/(1+d)) + m·(r/(1+d))² + …, eine geometrische Reihe, deren Summe die Formel oben ist.
# Die Tests des Kits prüfen die Summe Monat für Monat gegen die Formel.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the lifetime value of one customer
print(f"CLV: {retention.lifetime_value(6, 0.05, 0.01):.2f} €; "
      f"first 36 months: {retention.lifetime_value(6, 0.05, 0.01, months=36):.2f} €")

# %% [output]
# CLV: 95.00 €; first 36 months: 84.52 €

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# der Wert eines Kunden über seine ganze Zeit als Kunde
print(f"Kundenwert: {fw.money(retention.lifetime_value(6, 0.05, 0.01), 2)}; "
      f"erste 36 Monate: {fw.money(retention.lifetime_value(6, 0.05, 0.01, months=36), 2)}")

# %% [output de]
# Kundenwert: 95,00 €; erste 36 Monate: 84,52 €

# %% [markdown]
# ### When new customers get dearer
#
# The *payback month* is when a customer's discounted margin so far covers the **acquisition cost**
# (CAC). At 5 % churn a CAC of 40 € is paid back in month 9; at 80 € only in month 31, because ever
# fewer customers are left to pay. Halving churn to 2.5 % brings it back to month 19. Cheap
# acquisition forgives high churn; dear acquisition does not.

# %% [markdown de]
# ### Wenn neue Kunden teurer werden
#
# Der *Amortisationsmonat* ist der Monat, in dem die bisher verdiente, abgezinste Marge eines
# Kunden seine **Akquisitionskosten** (engl. customer acquisition cost, CAC) deckt: das, was es
# kostet, ihn zu gewinnen. Bei 5 % Abwanderung sind Akquisitionskosten von 40 € in Monat 9 wieder
# eingespielt, von 80 € erst in Monat 31, weil immer weniger Kunden übrig sind, die zahlen.
# Halbierst du die Abwanderung auf 2,5 %, amortisieren sich die 80 € schon in Monat 19. Günstige
# Kundengewinnung verzeiht hohe Abwanderung, teure nicht.

# %% [curious]
# NBVAL_CHECK_OUTPUT
for cac in (40, 60, 80):
    print(f"CAC {cac} €: payback in month {retention.payback_month(cac, 6, 0.05):.0f} at 5 % churn, "
          f"month {retention.payback_month(cac, 6, 0.025):.0f} at 2.5 % churn")

# %% [output]
# CAC 40 €: payback in month 9 at 5 % churn, month 8 at 2.5 % churn
# CAC 60 €: payback in month 17 at 5 % churn, month 13 at 2.5 % churn
# CAC 80 €: payback in month 31 at 5 % churn, month 19 at 2.5 % churn

# %% [curious de]
# NBVAL_CHECK_OUTPUT
for cac in (40, 60, 80):
    print(f"Akquisitionskosten {cac} €: amortisiert in Monat "
          f"{retention.payback_month(cac, 6, 0.05):.0f} bei 5 % Abwanderung, in Monat "
          f"{retention.payback_month(cac, 6, 0.025):.0f} bei {fw.percent(0.025, 1)} Abwanderung")

# %% [output de]
# Akquisitionskosten 40 €: amortisiert in Monat 9 bei 5 % Abwanderung, in Monat 8 bei 2,5 % Abwanderung
# Akquisitionskosten 60 €: amortisiert in Monat 17 bei 5 % Abwanderung, in Monat 13 bei 2,5 % Abwanderung
# Akquisitionskosten 80 €: amortisiert in Monat 31 bei 5 % Abwanderung, in Monat 19 bei 2,5 % Abwanderung

# %% [markdown]
# ## A membership tier: Prime
#
# Amazon Prime is a paid membership: for a yearly fee, members get fast free shipping and, later,
# video, music and more. Having paid, members look at Amazon first: US Prime members shop about
# 25 times a year against 14 for other Amazon customers, spend about twice as much, and more than
# nine in ten say they will renew (surveys by Consumer Intelligence Research Partners, CIRP; see
# data/README.md). People who pay in advance tend to be heavy buyers already — and the shop pays
# for their perks.
#
# The kit's two tiers use invented round numbers in those proportions: a guest orders every second
# month, a member every month, pays 5 €/month and costs 3 € per order in perks; guests churn 5 % a
# month, members 1.5 %. Twice the orders and a third of the churn turn a 95 € guest into a 551.60 €
# member — almost six times the value, although the perks eat a quarter of the member's order
# margin.

# %% [markdown de]
# ## Eine Mitgliedschaft: Prime
#
# Amazon Prime ist eine bezahlte Mitgliedschaft: Gegen eine Jahresgebühr bekommen Mitglieder
# schnellen, kostenlosen Versand und, später dazugekommen, Videos, Musik und mehr. Wer schon bezahlt
# hat, schaut zuerst bei Amazon: Prime-Mitglieder in den USA kaufen etwa 25-mal im Jahr ein, andere
# Amazon-Kunden 14-mal; sie geben etwa doppelt so viel aus, und mehr als neun von zehn wollen ihre
# Mitgliedschaft verlängern (Umfragen von Consumer Intelligence Research Partners, CIRP; siehe
# data/README.md). Wer im Voraus zahlt, kauft meist ohnehin schon viel – und der Händler bezahlt
# die Vorteile dieser Mitglieder.
#
# Die beiden Stufen im Kit nutzen erfundene, runde Zahlen in diesen Verhältnissen: Ein Gast bestellt
# jeden zweiten Monat, ein Mitglied jeden Monat; ein Mitglied zahlt 5 €/Monat und kostet pro
# Bestellung 3 € an Vorteilen. Gäste wandern zu 5 % im Monat ab, Mitglieder zu 1,5 %. Doppelt so
# viele Bestellungen und ein Drittel der Abwanderung machen aus einem Gast mit 95 € Kundenwert ein
# Mitglied mit 551,60 € – fast das Sechsfache, obwohl die Vorteile ein Viertel der Bestellmarge
# des Mitglieds aufzehren.

# %% [curious]
tiers = retention.membership()
tiers.round(2)

# %% [curious de]
tiers = retention.membership()
fw.table(tiers.rename(index={"guest": "Gast", "member": "Mitglied"}).round(2), decimals=2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
# a guest and a member, over their lifetimes
print(f"guest {tiers.loc['guest', 'clv']:.2f} €, member {tiers.loc['member', 'clv']:.2f} €, "
      f"ratio {tiers.loc['member', 'clv'] / tiers.loc['guest', 'clv']:.1f}")

# %% [output]
# guest 95.00 €, member 551.60 €, ratio 5.8

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# ein Gast und ein Mitglied, über ihre ganze Zeit
print(f"Gast {fw.money(tiers.loc['guest', 'clv'], 2)}, "
      f"Mitglied {fw.money(tiers.loc['member', 'clv'], 2)}, Verhältnis "
      f"{fw.number(tiers.loc['member', 'clv'] / tiers.loc['guest', 'clv'], '.1f')}")

# %% [output de]
# Gast 95,00 €, Mitglied 551,60 €, Verhältnis 5,8

# %% [markdown]
# Amazon announced only a few Prime milestones (the kit's file data/prime_milestones.csv lists
# them, each with its source): 13 years from the launch to the first 100 million paid members, 3
# more to double that. They are "more than …" statements, not a yearly series, and cannot tell
# *why* growth sped up.

# %% [markdown de]
# Amazon hat nur wenige Prime-Meilensteine bekannt gegeben (die Datei data/prime_milestones.csv
# des Kits führt sie auf, jeden mit seiner Quelle): 13 Jahre vom Start bis zu den ersten
# 100 Millionen zahlenden Mitgliedern, 3 weitere bis zur Verdopplung. Es sind „mehr als …“-Angaben,
# keine jährliche Zeitreihe, und sie können nicht erklären, *warum* das Wachstum schneller wurde.

# %% [curious]
milestones = data.load("prime_milestones")
milestones[["date", "milestone", "members_millions"]]

# %% [curious de]
milestones = data.load("prime_milestones")
# die Meilensteine auf Deutsch (die Datei beschreibt sie auf Englisch)
milestone_de = {
    "2005-02-02": "Start von Amazon Prime in den USA: unbegrenzter Versand in zwei Tagen "
                  "für 79 USD im Jahr",
    "2018-04-18": "Mehr als 100 Millionen zahlende Prime-Mitglieder weltweit "
                  "(die erste Zahl, die Amazon je nannte)",
    "2020-01-30": "Mehr als 150 Millionen zahlende Prime-Mitglieder weltweit",
    "2021-04-15": "Mehr als 200 Millionen Prime-Mitglieder weltweit",
}
shown = milestones[["date", "milestone", "members_millions"]].assign(
    milestone=milestones["date"].map(milestone_de).fillna(milestones["milestone"]))
fw.table(shown, decimals=0)

# %% [curious]
fig, ax = plotting.figure(width=7, height=3.2)
years = milestones["year"] + (milestones["date"].str[5:7].astype(int) - 0.5) / 12
ax.plot(years, milestones["members_millions"], marker="o", color=plotting.PALETTE["blue"])
for x, y in zip(years, milestones["members_millions"]):
    ax.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(-14, 6))
ax.set_xlabel(fw.t("retention.year_axis"))
ax.set_ylabel(fw.t("retention.members_axis"))
ax.set_title(fw.t("retention.milestones_title"))
plotting.show(fig)

# %% [curious]
# NBVAL_CHECK_OUTPUT
# when Prime passed 100 million members
first = milestones.loc[milestones["members_millions"] >= 100].iloc[0]
double = milestones.loc[milestones["members_millions"] >= 200].iloc[0]
print(f"launch → 100M: {first['year'] - milestones['year'].iloc[0]} years; "
      f"100M → 200M: {double['year'] - first['year']} years")

# %% [output]
# launch → 100M: 13 years; 100M → 200M: 3 years

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# wann Prime 100 Millionen Mitglieder überschritt
first = milestones.loc[milestones["members_millions"] >= 100].iloc[0]
double = milestones.loc[milestones["members_millions"] >= 200].iloc[0]
print(f"Start → 100 Mio.: {first['year'] - milestones['year'].iloc[0]} Jahre; "
      f"100 Mio. → 200 Mio.: {double['year'] - first['year']} Jahre")

# %% [output de]
# Start → 100 Mio.: 13 Jahre; 100 Mio. → 200 Mio.: 3 Jahre

# %% [markdown]
# ## Three ways to buy loyalty: discounts, trust, a membership
#
# **Discounts.** On *Prime Day* members get deep discounts, for minutes, in small quantities. Sales
# jump — mostly among people loyal already — and the buzz draws bargain hunters. Then customers
# learn to **wait for the next deal**, become **more price-sensitive**, and need **ever deeper**
# cuts.
#
# **Trust** is slow: delivery on time, easy returns, a helpful answer. It grows a little every month
# and does not vanish when a campaign ends; friction wears it away.
#
# **A membership** binds customers only if what they get is worth the fee — and that depends on the
# **core offer**: selection, prices, delivery. Should a smaller brand copy Prime? Only if its brand
# is as strong as Amazon's. Otherwise few customers join, those who do feel they pay for nothing,
# and they leave. Loyalty schemes that do not add to the value of the product buy no loyalty
# (Dowling and Uncles, 1997). The retail analyst Kevin Hillstrom (of the consultancy MineThatData),
# quoted in the book *Lean Analytics* by Alistair Croll and Benjamin Yoskovitz, sorts online shops
# by how many of last year's buyers buy again: only in the few shops where 60 % or more do (about
# one in ten mature shops, Amazon among them) do loyalty programmes pay off.
#
# The kit puts all three into one small monthly model of 1,000 customers. Its constants are
# invented to show the mechanisms: promotions build a *discount habit*; trust lowers churn; members
# order more and churn less in proportion to the core's strength, but churn *more* when the fee
# exceeds what they get. Three strategies over four years, without a membership: **discounts
# alone** (30 % off four times a year, with no investment in service), **service alone** (service quality
# at 50 %, no discounts), and **both** together.

# %% [markdown de]
# ## Drei Wege, Treue zu kaufen: Rabatte, Vertrauen, eine Mitgliedschaft
#
# **Rabatte.** Am *Prime Day* bekommen Mitglieder hohe Rabatte, für wenige Minuten und in kleinen
# Mengen. Der Umsatz springt nach oben – vor allem bei Leuten, die ohnehin schon treu sind –, und
# der Rummel zieht Schnäppchenjäger an. Danach lernen Kunden, **auf das nächste Angebot zu
# warten**, werden **preisempfindlicher** und brauchen **immer höhere** Nachlässe.
#
# **Vertrauen** entsteht langsam: durch pünktliche Lieferung, einfache Rücksendungen, eine
# hilfreiche Antwort. Es wächst jeden Monat ein wenig und verschwindet nicht, wenn eine Kampagne
# endet; Reibung trägt es ab.
#
# **Eine Mitgliedschaft** bindet Kunden nur, wenn das, was sie bekommen, den Beitrag wert ist – und
# das hängt vom **Kernangebot** ab: Auswahl, Preise, Lieferung. Sollte eine kleinere Marke Prime
# nachahmen? Nur wenn ihre Marke so stark ist wie die von Amazon. Sonst treten nur wenige Kunden
# bei, und wer beitritt, hat das Gefühl, für nichts zu zahlen, und geht wieder. Treueprogramme, die
# den Wert des Produkts nicht erhöhen, kaufen keine Treue (Dowling und Uncles, 1997). Der
# Handelsanalyst Kevin Hillstrom (von der Beratungsfirma MineThatData), zitiert im Buch *Lean
# Analytics* von Alistair Croll und Benjamin Yoskovitz, ordnet Onlinehändler danach, wie viele der
# Käufer des Vorjahres wieder kaufen: Nur bei den wenigen Händlern, bei denen es 60 % oder mehr sind
# (etwa einer von zehn etablierten Händlern, Amazon darunter), lohnen sich Treueprogramme.
#
# Das Kit bringt alle drei in einem kleinen Monatsmodell mit 1.000 Kunden zusammen. Seine Konstanten
# sind erfunden, um die Mechanismen zu zeigen: Aktionen bauen eine *Rabattgewöhnung* auf; Vertrauen
# senkt die Abwanderung; Mitglieder bestellen mehr und wandern weniger ab, je stärker das
# Kernangebot ist, wandern aber *mehr* ab, wenn der Beitrag höher ist als das, was sie dafür
# bekommen. Drei Strategien über vier Jahre, ohne Mitgliedschaft: **nur Rabatte** (30 % Nachlass
# viermal im Jahr, ohne Investition in den Service), **nur Service** (Servicequalität bei 50 %, keine
# Rabatte) und **beides** zusammen.

# %% [curious]
# the three strategies, four years each
strategies = retention.compare_strategies(depth=0.3, frequency=4, service=0.5, friction=0.2,
                                          months=48)
strategies.round(2)

# %% [curious de]
# die drei Strategien, jeweils vier Jahre
strategies = retention.compare_strategies(depth=0.3, frequency=4, service=0.5, friction=0.2,
                                          months=48)
names_de = {"discounts": "nur Rabatte", "service": "nur Service", "both": "beides"}
fw.table(strategies.rename(index=names_de).round(2), decimals=2)

# %% [curious]
# NBVAL_CHECK_OUTPUT
s = strategies.round(0)
for name in s.index:
    print(f"{name}: peak {s.loc[name, 'peak_orders']:,.0f} orders, {s.loc[name, 'customers']:,.0f} "
          f"customers at the end, margin {s.loc[name, 'total_margin']:,.0f} €")

# %% [output]
# discounts: peak 2,053 orders, 630 customers at the end, margin 192,030 €
# service: peak 1,097 orders, 1,172 customers at the end, margin 533,942 €
# both: peak 2,055 orders, 882 customers at the end, margin 186,090 €

# %% [curious de]
# NBVAL_CHECK_OUTPUT
s = strategies.round(0)
for name in s.index:
    print(f"{names_de[name]}: im Spitzenmonat {fw.number(s.loc[name, 'peak_orders'], ',.0f')} "
          f"Bestellungen, {fw.number(s.loc[name, 'customers'], ',.0f')} Kunden am Ende, "
          f"Marge {fw.money(s.loc[name, 'total_margin'], 0)}")

# %% [output de]
# nur Rabatte: im Spitzenmonat 2.053 Bestellungen, 630 Kunden am Ende, Marge 192.030 €
# nur Service: im Spitzenmonat 1.097 Bestellungen, 1.172 Kunden am Ende, Marge 533.942 €
# beides: im Spitzenmonat 2.055 Bestellungen, 882 Kunden am Ende, Marge 186.090 €

# %% [markdown]
# Quarterly 30 % discounts — alone or on top of service — give the busiest months (2,053 and
# 2,055 orders against 1,097 with service alone). But discounts alone (no investment in service)
# leave 630 customers after four years, where service keeps 1,172, and less than half the margin.
# Discounts on top of service still cost customers (882 instead of 1,172).
#
# And the membership? With the same service and no discounts, a fee of 8 € a month does opposite
# things depending on the core:

# %% [markdown de]
# Rabatte von 30 % jedes Quartal – allein oder zusätzlich zum Service – bringen die stärksten
# Monate (2.053 und 2.055 Bestellungen gegenüber 1.097 mit Service allein). Rabatte allein (ohne
# Investition in den Service) lassen nach vier Jahren aber nur 630 Kunden übrig, wo der Service
# 1.172 hält, und weniger als die Hälfte der Marge. Rabatte zusätzlich zum Service kosten immer
# noch Kunden (882 statt 1.172).
#
# Und die Mitgliedschaft? Mit demselben Service und ohne Rabatte bewirkt ein Beitrag von 8 € im
# Monat je nach Kernangebot genau Gegensätzliches:

# %% [curious]
# NBVAL_CHECK_OUTPUT
plain = retention.loyalty(0.0, 0, 0.5, 0.2, months=48)
print(f"no membership: {plain['customers'].iloc[-1]:,.0f} customers, churn "
      f"{plain['churn'].iloc[-1]:.1%} a month, margin {plain['cumulative_margin'].iloc[-1]:,.0f} €")
for core in (1.0, 0.3):
    run = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=8.0, core=core)
    print(f"fee 8 €, core {core:.0%}: {run['customers'].iloc[-1]:,.0f} customers, churn "
          f"{run['churn'].iloc[-1]:.1%} a month, {run['members'].iloc[-1]:.0%} members, "
          f"margin {run['cumulative_margin'].iloc[-1]:,.0f} €")
worse = run["margin"] < plain["margin"]
print(f"core 30%: less margin a month than without the membership from month "
      f"{worse.idxmax()} on")

# %% [output]
# no membership: 1,172 customers, churn 3.3% a month, margin 533,942 €
# fee 8 €, core 100%: 1,620 customers, churn 1.8% a month, 67% members, margin 1,046,163 €
# fee 8 €, core 30%: 995 customers, churn 4.1% a month, 23% members, margin 556,804 €
# core 30%: less margin a month than without the membership from month 46 on

# %% [curious de]
# NBVAL_CHECK_OUTPUT
plain = retention.loyalty(0.0, 0, 0.5, 0.2, months=48)
print(f"ohne Mitgliedschaft: {fw.number(plain['customers'].iloc[-1], ',.0f')} Kunden, "
      f"Abwanderung {fw.percent(plain['churn'].iloc[-1], 1)} im Monat, "
      f"Marge {fw.money(plain['cumulative_margin'].iloc[-1], 0)}")
for core in (1.0, 0.3):
    run = retention.loyalty(0.0, 0, 0.5, 0.2, months=48, fee=8.0, core=core)
    print(f"Beitrag 8 €, Kernangebot {fw.percent(core)}: "
          f"{fw.number(run['customers'].iloc[-1], ',.0f')} Kunden, "
          f"Abwanderung {fw.percent(run['churn'].iloc[-1], 1)} im Monat, "
          f"{fw.percent(run['members'].iloc[-1])} Mitglieder, "
          f"Marge {fw.money(run['cumulative_margin'].iloc[-1], 0)}")
worse = run["margin"] < plain["margin"]
print(f"Kernangebot 30 %: weniger Marge pro Monat als ohne Mitgliedschaft ab Monat "
      f"{worse.idxmax()}")

# %% [output de]
# ohne Mitgliedschaft: 1.172 Kunden, Abwanderung 3,3 % im Monat, Marge 533.942 €
# Beitrag 8 €, Kernangebot 100 %: 1.620 Kunden, Abwanderung 1,8 % im Monat, 67 % Mitglieder, Marge 1.046.163 €
# Beitrag 8 €, Kernangebot 30 %: 995 Kunden, Abwanderung 4,1 % im Monat, 23 % Mitglieder, Marge 556.804 €
# Kernangebot 30 %: weniger Marge pro Monat als ohne Mitgliedschaft ab Monat 46

# %% [markdown]
# With a core as strong as Amazon's, two customers in three join, churn halves and the margin
# doubles. With a weak core the same membership **backfires**: fewer join, churn rises above the
# level without a membership, and after four years there are 15 % fewer customers. The fees of
# the few members hide it at first — the margin over four years is even a little higher — but
# from month 46 on the shop earns less each month than it would without the membership.

# %% [markdown de]
# Mit einem Kernangebot, das so stark ist wie das von Amazon, treten zwei von drei Kunden bei, die
# Abwanderung halbiert sich und die Marge verdoppelt sich. Mit einem schwachen Kernangebot geht
# dieselbe Mitgliedschaft **nach hinten los**: Weniger Kunden treten bei, die Abwanderung steigt
# über das Niveau ohne Mitgliedschaft, und nach vier Jahren gibt es 15 % weniger Kunden. Die
# Beiträge der wenigen Mitglieder verdecken das zunächst – die Marge über vier Jahre ist sogar
# etwas höher –, doch ab Monat 46 verdient der Händler jeden Monat weniger, als er ohne
# Mitgliedschaft verdienen würde.

# %% [markdown]
# ## The panel
#
# The panel follows one customer base for four years. Its six sliders come in pairs:
#
# - **Discount depth** (start: 30 %) and **Discount promotions** (start: 4 a year): how big each
#   price cut is and how often it comes. Watch the spikes in the orders chart at the top and the
#   orange *discount habit* line at the lower right.
# - **Service quality** (start: 50 %; the energy you put into trust) and **Friction** (start: 20 %;
#   everything that annoys customers). Watch the green *trust* line at the lower right: service
#   builds it slowly, friction wears it away.
# - **Membership fee** (start: 5 € a month; 0 means no membership) and **Strength of the core
#   offer** (start: 50 %; selection, prices and delivery, with Amazon at about 100 %). Watch the
#   pink dash-dotted *members* line and the customers chart at the lower left.
#
# Solid lines show your policy; dashed lines show the same business with the same service but
# without discounts and without a membership. The text under the picture gives, after 48 months,
# the margin earned, the customers, the monthly churn and the share of members, with the dashed
# line's values in brackets. **Reset** puts every slider back to its start value.

# %% [markdown de]
# ## Das Panel
#
# Das Panel verfolgt einen Kundenstamm über vier Jahre. Seine sechs Regler gehören paarweise
# zusammen:
#
# - **Rabatttiefe** (Start: 30 %) und **Rabattaktionen** (Start: 4 im Jahr): wie groß jeder
#   Preisnachlass ist und wie oft er kommt. Achte auf die Spitzen im Diagramm der Bestellungen oben
#   und auf die orangefarbene Linie der *Rabattgewöhnung* unten rechts.
# - **Servicequalität** (Start: 50 %; deine Energiezufuhr für das Vertrauen) und **Reibung**
#   (Start: 20 %; alles, was Kunden verärgert). Achte auf die grüne Linie des *Vertrauens* unten
#   rechts: Service baut es langsam auf, Reibung trägt es ab.
# - **Mitgliedsbeitrag** (Start: 5 € im Monat; 0 heißt keine Mitgliedschaft) und **Stärke des
#   Kernangebots** (Start: 50 %; Auswahl, Preise und Lieferung, Amazon liegt bei etwa 100 %). Achte
#   auf die rosa strichpunktierte Linie der *Mitglieder* und auf das Diagramm der Kunden unten
#   links.
#
# Durchgezogene Linien zeigen deine Strategie; gestrichelte Linien zeigen dasselbe Unternehmen mit
# demselben Service, aber ohne Rabatte und ohne Mitgliedschaft. Der Text unter der Grafik nennt
# nach 48 Monaten die verdiente Marge, die Kunden, die monatliche Abwanderung und den Anteil der
# Mitglieder, in Klammern jeweils den Wert der gestrichelten Linie. **Zurücksetzen** stellt jeden
# Regler auf seinen Startwert zurück.

# %%
panels.build("07_retention_prime")

# %% [markdown]
# **Try this**
# 1. Set the **membership fee** to 0 and the **discount depth** to 0: solid and dashed lines
#    coincide. Now raise the depth step by step: watch the spikes grow — and the valleys between
#    them deepen.
# 2. Keep the fee at 0, set the depth to 30 % and put **promotions** at 12 a year (a permanent
#    price cut). Is the habit still a problem? What happens to the margin?
# 3. Set the depth and the fee to 0 and **service** to 100 %, and watch the trust line climb
#    (exercise 4 asks when it passes 0.5). Then raise **friction** to 60 %: how high does trust
#    get now?
# 4. Set the depth to 0 and the **fee** to 8 €. Move the **core strength** from 100 % down to
#    30 %: watch the members' line and the customers against the dashed line. At which core
#    strength does the membership start to cost customers?
#
# <details><summary>Answers</summary>
#
# 1. Each promotion spike is followed by months below the dashed line: customers wait for the next
#    deal.
# 2. Yes: the habit climbs and stays high, and at 30 % depth over four years the margin turns
#    negative (−15,710 € against 533,942 € without discounts) — a permanent price cut with a habit
#    on top.
# 3. At 60 % friction trust gets no higher than about 0.40: friction wears away most of what
#    service builds.
# 4. At 100 % two customers in three become members and the base ends far above the dashed line.
#    As the core weakens, fewer join and members leave faster; at 8 € the membership costs
#    customers at a core strength of 55 % or less (the solid customers line ends below the dashed
#    one), and at 30 % the base ends 15 % below the dashed line.
#
# </details>

# %% [markdown de]
# **Probier es aus**
# 1. Stell den **Mitgliedsbeitrag** auf 0 und die **Rabatttiefe** auf 0: Durchgezogene und
#    gestrichelte Linien fallen zusammen. Erhöhe jetzt die Tiefe Schritt für Schritt: Die Spitzen
#    wachsen – und die Täler dazwischen werden tiefer.
# 2. Lass den Beitrag bei 0, stell die Tiefe auf 30 % und die **Rabattaktionen** auf 12 im Jahr
#    (ein dauerhafter Preisnachlass). Ist die Gewöhnung dann noch ein Problem? Was passiert mit der
#    Marge?
# 3. Stell Tiefe und Beitrag auf 0 und die **Servicequalität** auf 100 % und beobachte, wie die
#    Linie des Vertrauens steigt (Aufgabe 4 fragt, wann sie 0,5 überschreitet). Erhöhe dann die
#    **Reibung** auf 60 %: Wie hoch kommt das Vertrauen jetzt?
# 4. Stell die Tiefe auf 0 und den **Mitgliedsbeitrag** auf 8 €. Schieb die **Stärke des
#    Kernangebots** von 100 % auf 30 % herunter: Beobachte die Linie der Mitglieder und die Kunden
#    im Vergleich zur gestrichelten Linie. Ab welcher Stärke des Kernangebots kostet die
#    Mitgliedschaft Kunden?
#
# <details><summary>Antworten</summary>
#
# 1. Auf jede Spitze einer Aktion folgen Monate unter der gestrichelten Linie: Die Kunden warten auf
#    das nächste Angebot.
# 2. Ja: Die Gewöhnung steigt und bleibt hoch, und bei 30 % Tiefe wird die Marge über vier Jahre
#    negativ (−15.710 € gegenüber 533.942 € ohne Rabatte) – ein dauerhafter Preisnachlass und
#    obendrauf eine Gewöhnung.
# 3. Bei 60 % Reibung kommt das Vertrauen nicht höher als etwa 0,40: Die Reibung trägt das meiste
#    von dem ab, was der Service aufbaut.
# 4. Bei 100 % werden zwei von drei Kunden Mitglied, und der Kundenstamm endet weit über der
#    gestrichelten Linie. Je schwächer das Kernangebot, desto weniger Kunden treten bei und desto
#    schneller gehen Mitglieder wieder. Bei 8 € kostet die Mitgliedschaft Kunden, sobald die Stärke
#    des Kernangebots bei 55 % oder darunter liegt (die durchgezogene Linie der Kunden endet unter
#    der gestrichelten), und bei 30 % endet der Kundenstamm 15 % unter der gestrichelten Linie.
#
# </details>

# %% [curious]
# NBVAL_CHECK_OUTPUT
# the numbers behind the answers
from flywheel_lib.panels.retention import retention_model, summary

permanent = summary(retention_model(0.3, 12, 0.5, 0.2, fee=0.0))
print(f"fee 0, 30 % depth, 12 promotions a year: margin {permanent['margin']:,.0f} € "
      f"(without discounts {permanent['margin_ref']:,.0f} €)")
trust = retention_model(0.0, 0, 1.0, 0.6, fee=0.0)["trust"]
print(f"service 100 %, friction 60 %: trust at most {trust.max():.2f}")
cores = [c / 100 for c in range(100, 25, -5)]
runs = {c: summary(retention_model(0.0, 0, 0.5, 0.2, fee=8.0, core=c)) for c in cores}
costly = [c for c in cores if runs[c]["customers"] < runs[c]["customers_ref"]]
print(f"fee 8 €, core 100 %: {runs[1.0]['members']:.0f} % members, "
      f"{runs[1.0]['customers']:,.0f} customers against {runs[1.0]['customers_ref']:,.0f}")
print(f"fee 8 €: the membership costs customers at a core strength of {max(costly):.0%} or less; "
      f"at 30 % the base ends {1 - runs[0.3]['customers'] / runs[0.3]['customers_ref']:.0%} "
      f"below the dashed line")

# %% [output]
# fee 0, 30 % depth, 12 promotions a year: margin -15,710 € (without discounts 533,942 €)
# service 100 %, friction 60 %: trust at most 0.40
# fee 8 €, core 100 %: 67 % members, 1,620 customers against 1,172
# fee 8 €: the membership costs customers at a core strength of 55% or less; at 30 % the base ends 15% below the dashed line

# %% [curious de]
# NBVAL_CHECK_OUTPUT
# die Zahlen hinter den Antworten
from flywheel_lib.panels.retention import retention_model, summary

permanent = summary(retention_model(0.3, 12, 0.5, 0.2, fee=0.0))
print(f"Beitrag 0, Rabatttiefe 30 %, 12 Aktionen im Jahr: Marge {fw.money(permanent['margin'], 0)} "
      f"(ohne Rabatte {fw.money(permanent['margin_ref'], 0)})".replace("-", "−"))
trust = retention_model(0.0, 0, 1.0, 0.6, fee=0.0)["trust"]
print(f"Servicequalität 100 %, Reibung 60 %: Vertrauen höchstens {fw.number(trust.max(), '.2f')}")
cores = [c / 100 for c in range(100, 25, -5)]
runs = {c: summary(retention_model(0.0, 0, 0.5, 0.2, fee=8.0, core=c)) for c in cores}
costly = [c for c in cores if runs[c]["customers"] < runs[c]["customers_ref"]]
print(f"Beitrag 8 €, Kernangebot 100 %: {fw.number(runs[1.0]['members'])} % Mitglieder, "
      f"{fw.number(runs[1.0]['customers'])} Kunden gegenüber {fw.number(runs[1.0]['customers_ref'])}")
print(f"Beitrag 8 €: Die Mitgliedschaft kostet Kunden bei einer Stärke des Kernangebots von "
      f"{fw.percent(max(costly))} oder darunter; bei 30 % endet der Kundenstamm "
      f"{fw.percent(1 - runs[0.3]['customers'] / runs[0.3]['customers_ref'])} unter der "
      f"gestrichelten Linie")

# %% [output de]
# Beitrag 0, Rabatttiefe 30 %, 12 Aktionen im Jahr: Marge −15.710 € (ohne Rabatte 533.942 €)
# Servicequalität 100 %, Reibung 60 %: Vertrauen höchstens 0,40
# Beitrag 8 €, Kernangebot 100 %: 67 % Mitglieder, 1.620 Kunden gegenüber 1.172
# Beitrag 8 €: Die Mitgliedschaft kostet Kunden bei einer Stärke des Kernangebots von 55 % oder darunter; bei 30 % endet der Kundenstamm 15 % unter der gestrichelten Linie

# %% [markdown]
# ## Exercises
#
# Type your answer and press **Check** (2.5 and 2,5 both work), or click your choice. The check
# says at once whether it holds and, if not, why; **Show solution** opens a worked solution.
#
# **Exercise 1.** A customer earns you 10 € a month. Churn is 4 % a month and you discount at 1 % a
# month. What is the customer's lifetime value, in €?

# %% [markdown de]
# ## Aufgaben
#
# Gib deine Antwort ein und drück auf **Prüfen** (`2,5` und `2.5` gehen beide), oder klick deine
# Wahl an. Die Prüfung sagt dir sofort, ob deine Antwort stimmt und, falls nicht, warum;
# **Lösung zeigen** öffnet eine ausgearbeitete Lösung.
#
# **Aufgabe 1.** Ein Kunde bringt dir 10 € im Monat ein. Die Abwanderung liegt bei 4 % im Monat,
# und du zinst mit 1 % im Monat ab. Wie hoch ist der Kundenwert dieses Kunden, in €?

# %%
exercises.ask("07.1")

# %% [markdown]
# **Exercise 2.** With 2 % churn a month, how many months does a new customer stay active on
# average? Count as this lesson does, from the first month after joining.

# %% [markdown de]
# **Aufgabe 2.** Bei 2 % Abwanderung im Monat: Wie viele Monate bleibt ein neuer Kunde im
# Durchschnitt aktiv? Zähl wie diese Lektion ab dem ersten Monat nach dem Eintritt.

# %%
exercises.ask("07.2")

# %% [markdown]
# **Exercise 3.** In the panel, press **Reset**, so that every slider is at its start value
# (service 50 %, friction 20 %, membership fee 5 € a month, core strength 50 %). Then give away
# the same discount a year in fewer, deeper promotions: first 15 % depth 8 times a year, then 30 %
# 4 times, then 60 % 2 times. What happens to the margin earned in four years (read it in the
# text under the picture) as the promotions get rarer and deeper?

# %% [markdown de]
# **Aufgabe 3.** Drück im Panel auf **Zurücksetzen**, sodass jeder Regler auf seinem Startwert steht
# (Service 50 %, Reibung 20 %, Mitgliedsbeitrag 5 € im Monat, Stärke des Kernangebots 50 %). Verteil
# dann denselben Rabatt im Jahr auf weniger, dafür tiefere Aktionen: erst 15 % Rabatttiefe 8-mal im
# Jahr, dann 30 % 4-mal, dann 60 % 2-mal. Was passiert mit der Marge, die in vier Jahren verdient
# wird (lies sie im Text unter der Grafik ab), wenn die Aktionen seltener und tiefer werden?

# %%
exercises.ask("07.3")

# %% [markdown]
# **Exercise 4.** In the panel, set the discount depth and the promotions to 0 and the service to
# 100 %, with the friction at its start value (20 %). In which month does trust first pass 0.5?
# Read it on the green trust line at the lower right.

# %% [markdown de]
# **Aufgabe 4.** Stell im Panel die Rabatttiefe und die Rabattaktionen auf 0 und die Servicequalität
# auf 100 %; die Reibung bleibt auf ihrem Startwert (20 %). In welchem Monat überschreitet das
# Vertrauen zum ersten Mal 0,5? Lies es an der grünen Linie des Vertrauens unten rechts ab.

# %%
exercises.ask("07.4")

# %% [markdown]
# ## Summary
#
# - A cohort thins out geometrically: retention after *t* months is (1 − *c*)ᵗ.
# - Lifetime value CLV = *m r* / (1 + *d* − *r*) (€): a small cut in churn raises it a lot, and it
#   matters more the dearer new customers become.
# - A paid membership binds heavy buyers — more orders, less churn — if the core offer makes it
#   worth its fee. Copy Prime only if your brand is as strong: with a weak core it raises churn.
# - Discounts buy a spike and a habit; trust built by service is slow but lasting, and friction eats
#   it.
#
# One company rarely relies on one loop. **Next:** lesson 08 shows Amazon as an ecosystem — a core
# flywheel with satellites such as Prime, video and AWS that feed it.

# %% [markdown de]
# ## Zusammenfassung
#
# - Eine Kohorte dünnt geometrisch aus: Die Kundenbindung nach *t* Monaten ist (1 − *c*)ᵗ.
# - Kundenwert CLV = *m r* / (1 + *d* − *r*) (€): Schon eine kleine Senkung der Abwanderung erhöht
#   ihn stark, und er zählt umso mehr, je teurer neue Kunden werden.
# - Eine bezahlte Mitgliedschaft bindet Vielkäufer – mehr Bestellungen, weniger Abwanderung –, wenn
#   das Kernangebot sie ihren Beitrag wert macht. Ahme Prime nur nach, wenn deine Marke ebenso stark
#   ist: Mit einem schwachen Kernangebot erhöht die Mitgliedschaft die Abwanderung.
# - Rabatte kaufen eine Spitze und eine Gewöhnung; Vertrauen durch Service wächst langsam, hält
#   aber, und Reibung frisst es auf.
#
# Ein Unternehmen verlässt sich selten auf nur einen Kreislauf. **Weiter:** Lektion 08 zeigt
# Amazon als Ökosystem – ein zentrales Schwungrad mit Satelliten wie Prime, Video und AWS, die es
# antreiben.
