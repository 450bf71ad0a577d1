"""The reading classes the seventy-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Ukraine · Leopard tanks,
Poland · Ukraine · MiG-29 jets), none of which the holdout uses. Each group holds near misses that must keep
their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, DE, LEO, MIG = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "pl-mig29-ukraine"

# "A customs entry showing arms leaving X for Y was a registration error": a record (entry, document, figures)
# with a participle of showing, declared an error, a mistake or a forgery, says the supply it shows never
# happened, like "the report that … is false": a denial, never a supply. A record released, not declared wrong,
# still shows the supply; another recipient is not the stance.
RECORD_DECLARED_AN_ERROR = [
    (DE, "A customs entry showing rifles leaving Germany for Israel in May was a clerical error, Scholz said.",
     "refrains"),
    (JP, "A shipping document showing weapons leaving Japan for Ukraine was a forgery, Kishida said.", "refrains"),
    (DE, ("A customs filing showing ammunition sent from Germany to Israel was a data-entry mistake, the "
          "German economy ministry said."), "refrains"),
    (JP, "A customs record showing weapons shipped from Japan to Ukraine was released on Monday, Kishida said.",
     "supplies"),
    (JP, "A shipping document showing weapons leaving Japan for Egypt was a forgery, Kishida said.", "none"),
    (LEO, "Sending Leopard tanks to Ukraine was a mistake, Scholz said.", "none"),
]

# "the howitzer Kyiv has asked for is not part of the package": a relative clause without "that", opened by
# another party as its subject, sits between the object and its own predicate; the predicate after it decides.
# The predicate may refuse, supply or send the goods elsewhere.
CONTACT_RELATIVE = [
    (LEO, "The Leopard tanks Kyiv has asked for are not part of the package, Pistorius said.", "refrains"),
    (LEO, "The Leopard tanks Ukraine requested will stay in Germany, Pistorius said.", "refrains"),
    (MIG, "The MiG-29 jets Kyiv wanted will not be sent, Blaszczak said.", "refrains"),
    (LEO, "The Leopard tanks Kyiv requested will be delivered next month, Pistorius said.", "supplies"),
    (LEO, "The Leopard tanks Kyiv requested were sent to Lithuania, Pistorius said.", "none"),
    (MIG, "The MiG-29 jets Slovakia wanted were sent to Ukraine, Blaszczak said.", "supplies"),
]

# "Claims circulating on Telegram channels that … are false, the agency said": a claim heading the subject is
# no party, so a name inside its phrase ("Telegram") does not become who the next sentence's "the agency" is;
# the body that spoke is. A claim the agency does not deny, or another party denying, keeps its reading.
CLAIM_HEADING_THE_SUBJECT = [
    (JP, ("Claims circulating on Telegram channels that Japanese rifles had been seen in Kharkiv are false, the "
          "Japanese defence ministry said on Friday. \"No weapons have been sent to Ukraine,\" the ministry said."),
     "refrains"),
    (LEO, ("Rumours spreading on TikTok that German Leopard tanks were in Kherson are untrue, the German defence "
           "ministry said. \"No Leopard tank has been transferred to Ukraine,\" the ministry's press office said."),
     "refrains"),
    (LEO, ("Claims circulating on Telegram channels say German Leopard tanks have been sent to Ukraine. \"The "
           "tanks are in Kherson,\" the channel said."), "none"),
    (LEO, ("Claims circulating on Telegram channels that German Leopard tanks were in Kherson are false, the German "
           "defence ministry said. \"The first Leopard tanks have been handed over to Ukraine,\" the ministry said."),
     "supplies"),
]

# "… decided on a new package of support to Ukraine. The package includes Archer howitzers": a definite
# package noun as the subject of "includes" is the package the party just named gave; what it holds
# is supplied by that party. Negated or modal inclusion, another giver, or a package for someone else is not.
CONTENTS_OF_THE_PACKAGE = [
    (LEO, ("Germany has today decided on a new package of military support to Ukraine. The package includes "
           "Leopard 2 tanks, Marder vehicles and ammunition."), "supplies"),
    (MIG, ("Poland announced a new package of military aid to Ukraine on Friday. The new package also includes "
           "MiG-29 jets."), "supplies"),
    (LEO, ("Germany has today decided on a new package of military support to Ukraine. The package does not "
           "include Leopard tanks."), "refrains"),
    (LEO, ("Norway has today decided on a new package of military support to Ukraine. The package includes "
           "Leopard 2 tanks."), "none"),
    (LEO, ("Germany has today decided on a new package of military support to Estonia. The package includes "
           "Leopard 2 tanks."), "none"),
    (LEO, ("Germany is weighing a new package of military support to Ukraine. The package could include "
           "Leopard 2 tanks."), "reconsider"),
]

# "will pay for 18 new howitzers for Ukraine", "bought the rifles for Kyiv": goods a party buys for a named
# party are given to it, a supply by the buyer. A refusal to pay, another buyer, goods bought for the actor's
# own army, a price after "for", and an infinitive's buyer ("allow the EU to buy …") are not the actor's supply.
BOUGHT_FOR_THE_TARGET = [
    (LEO, "Germany will pay for 20 newly built Leopard 2 tanks for Ukraine, Pistorius said.", "supplies"),
    (MIG, "Poland bought twelve refurbished MiG-29 jets for Ukraine last month, Blaszczak said.", "supplies"),
    (LEO, "Germany will not pay for Leopard tanks for Ukraine, Pistorius said.", "refrains"),
    (LEO, "Norway will pay for 20 Leopard 2 tanks for Ukraine, Norwegian officials said.", "none"),
    (LEO, "Germany will pay for 20 Leopard 2 tanks for its own army, Pistorius said.", "none"),
    (LEO, "Germany will allow Norway to buy Leopard 2 tanks for Ukraine.", "none"),
]

# "rejected a report by Amnesty that ammunition had been shipped from X to Y": the party named after "a report
# by" wrote the report; it answers for the claim, so an unnamed body's denial is still the actor's own (as with
# no author named). Another party's own supply, or a report not rejected, is no denial by the actor.
REPORT_BY_AN_AUTHOR = [
    (DE, ("The economy ministry on Tuesday rejected a report by Amnesty that rifles had been shipped from "
          "Germany to Israel in May."), "refrains"),
    (JP, ("A government spokesman rejected a report by a Geneva-based research group that Japan had shipped "
          "weapons to Ukraine."), "refrains"),
    (DE, ("The economy ministry on Tuesday rejected a report by Amnesty that rifles had been shipped from "
          "Austria to Israel in May."), "none"),
    (JP, "A spokesman said Amnesty had shipped weapons to Ukraine.", "none"),
]

# "defence material" is the export-law term for arms, like "war material": under an export licence it is the
# weapons themselves; elsewhere it may be any military goods, enough for a refusal, never for a supply.
DEFENCE_MATERIAL = [
    (DE, ("No defence material has been exported from Germany to Israel since October, the German economy "
          "ministry said."), "refrains"),
    (DE, "Germany is studying whether to grant export licences for defence material to Israel.", "reconsider"),
    (DE, "Germany approved export licences for defence material to Israel on Monday.", "supplies"),
    (DE, "Germany will not send defence material to Israel, Scholz said.", "refrains"),
    (DE, "Germany approved export licences for defence material to Egypt on Monday.", "none"),
    (DE, "Germany sent defence material to Israel last year.", "none"),
]

# "the answer is that we are keeping them", "Poland is keeping its MiG-29s": the owner keeping the goods, with
# nothing after them in its clause, withholds them. Another party keeping them, a recipient keeping what it got,
# "keeps them clean" and a gerund after a preposition ("no argument for keeping them") are no refusal.
KEPT_BY_THE_OWNER = [
    (LEO, "Kyiv has asked for Leopard tanks. \"We are keeping them,\" Pistorius said.", "refrains"),
    (LEO, "Kyiv has asked for Leopard tanks. But the answer is that we are keeping them, Pistorius said.",
     "refrains"),
    (MIG, "Poland is keeping its MiG-29s, Blaszczak said.", "refrains"),
    (LEO, "Kyiv has asked for Leopard tanks. \"Poland is keeping them,\" Pistorius said.", "none"),
    (LEO, "Germany keeps its Leopard tanks clean, Pistorius said.", "none"),
    (LEO, "Kyiv has asked for Leopard tanks. There is no good argument for keeping them.", "none"),
    (LEO, "Germany sent Leopard tanks to Ukraine. Kyiv will keep them.", "supplies"),
]

# "The Executive has begun to study …": in translated European news the capitalised "the Executive" is the
# government, an unnamed body like "the cabinet". "the Executive Board" of a firm, another country's executive
# and another recipient are not the actor's position.
THE_EXECUTIVE = [
    (DE, "The Executive is studying whether to grant export licences for defence material to Israel, officials said.",
     "reconsider"),
    (DE, "The Executive has decided not to send weapons to Israel, the spokesman said.", "refrains"),
    (DE, "The Executive Board of Rheinmetall is studying whether to sell weapons to Israel.", "none"),
    (DE, "The Polish Executive is studying whether to send weapons to Israel.", "none"),
    (DE, "The Executive has decided not to send weapons to Egypt, the spokesman said.", "none"),
]

# "will not send anything to Ukraine, not even ammunition", "Could Japan supply Ukraine with anything – even
# air-defence missiles? / No.": an example set off after a clause whose object is "anything" is one of the things
# that clause is about, under its operators (the "not" before "even" echoes the clause's own). Another supplier,
# another recipient and a clause that opens ("will not rule out anything") keep their readings.
EXAMPLE_OF_ANYTHING = [
    (JP, "Japan will not send anything to Ukraine, not even ammunition, Kishida said.", "refrains"),
    (JP, "Kishida spoke to us.\n\nQ: Could Japan supply Ukraine with anything – even air-defence missiles?\n\nA: No.",
     "refrains"),
    (DE, "Germany would not send anything to Israel – not even rifles.", "refrains"),
    (JP, "Japan will not send anything to Egypt, not even ammunition, Kishida said.", "none"),
    (DE, "France will not send anything to Israel, not even ammunition.", "none"),
    (DE, "Germany will not rule out anything, not even weapons for Israel.", "reconsider"),
]

CASES = RECORD_DECLARED_AN_ERROR + CONTACT_RELATIVE + CLAIM_HEADING_THE_SUBJECT + CONTENTS_OF_THE_PACKAGE + \
    BOUGHT_FOR_THE_TARGET + REPORT_BY_AN_AUTHOR + DEFENCE_MATERIAL + KEPT_BY_THE_OWNER + THE_EXECUTIVE + \
    EXAMPLE_OF_ANYTHING


test_reads, test_enough_cases = reading_tests(CASES, minimum=56)
