"""The reading classes the seventy-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks, United States · Ukraine · Abrams
tanks), none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, ABR = "jp-arms-ukraine", "de-leopard-ukraine", "us-abrams-ukraine"

# "ordered the release of the tanks to Ukraine": an order whose object is the handing over of the goods is the
# orderer's decision to hand them over, not pressure on someone else. Its negation, a modal, another
# recipient or another party ordering keep their readings.
ORDERED_HANDOVER = [
    (LEO, "Scholz has ordered the release of twelve Leopard 2 tanks to Ukraine from army stocks.", "supplies"),
    (ABR, "Biden ordered the delivery of 31 Abrams tanks to Kyiv on Wednesday.", "supplies"),
    (LEO, "Scholz has not ordered the release of the Leopard tanks to Ukraine.", "refrains"),
    (LEO, "Scholz may order the release of Leopard tanks to Ukraine next month.", "reconsider"),
    (LEO, "Scholz ordered the release of Leopard tanks to Egypt.", "none"),
    (LEO, "Poland ordered the delivery of Leopard tanks to Ukraine.", "none"),
]

# "the tanks withheld from Kyiv since March remain paused": "from" after a withholding participle names the
# party kept without the goods (the recipient), never their source, and the clause's own verb after the
# reduced relative decides. Another party withheld from, or a negated delivery, keep their readings.
WITHHELD_FROM_RELATIVE = [
    (ABR, "Lloyd Austin said the batch of Abrams tanks withheld from Kyiv since March remains paused.", "refrains"),
    (ABR, "Lloyd Austin said the Abrams tanks held back from Ukraine since June will be delivered next week.",
     "supplies"),
    (ABR, "Lloyd Austin said the Abrams tanks held back from Ukraine since June will not be delivered.", "refrains"),
    (ABR, "Lloyd Austin said the batch of Abrams tanks withheld from Georgia since March remains paused.", "none"),
]

# "releasing a paused shipment", "sent the frozen tanks": a halting participle before goods that a supply verb
# takes as its object tells what became of them before; the verb decides. A halt that is the subject's own
# description, another supplier or another recipient keep their readings.
HALTED_GOODS_SUPPLIED = [
    (ABR, "The Pentagon declined to rule out releasing a paused shipment of Abrams tanks to Ukraine.", "reconsider"),
    (ABR, "The United States has released the frozen shipment of Abrams tanks to Ukraine.", "supplies"),
    (ABR, "The United States will not send the halted shipment of Abrams tanks to Ukraine.", "refrains"),
    (ABR, "The paused shipment of Abrams tanks to Ukraine remains in storage, Lloyd Austin said.", "refrains"),
    (ABR, "Poland released a paused shipment of Abrams tanks to Ukraine.", "none"),
    (ABR, "The United States released a paused shipment of Abrams tanks to Egypt.", "none"),
]

# "what we have not sent, and what we are not going to send, is weapons": a pseudo-cleft whose "what" clause
# is coordinated with a second one (after a colon, too) is one negated supply of what follows "is". Another
# party, another recipient or a modal clause keep their readings.
COORDINATED_CLEFT = [
    (JP, '"What we have not sent to Ukraine, and what we are not going to send, is weapons," Kishida said.',
     "refrains"),
    (JP, '"To be clear: what we have not shipped, and what we will not ship, is arms," Kishida told lawmakers.',
     "refrains"),
    (JP, '"What Poland has not sent, and what it is not going to send, is weapons," Kishida said.', "none"),
    (JP, '"What we have not sent, and what we will not send, is weapons to Russia," Kishida said.', "none"),
    (JP, '"What we might send to Ukraine, and what we are studying, is weapons," Kishida said.', "reconsider"),
]

# "Ukraine's defence minister thanked Germany for the tanks": the target thanking a party for goods
# acknowledges receiving them from it, like "received … from". Thanks to another party, by another
# recipient, for non-lethal aid or for a weighing keep their readings.
THANKED_FOR_GOODS = [
    (LEO, "Ukraine's defence minister thanked Germany on Monday for the Leopard tanks.", "supplies"),
    (JP, "Kyiv thanked Tokyo for the weapons delivered in March.", "supplies"),
    (LEO, "Ukraine thanked Poland for the Leopard tanks.", "none"),
    (LEO, "Moldova thanked Germany for the Leopard tanks.", "none"),
    (JP, "Ukraine thanked Japan for its humanitarian aid.", "none"),
    (JP, "Ukraine thanked Japan for considering a transfer of weapons.", "reconsider"),
]

# "is reviewing the ban imposed last year on …": a past date right after a reduced relative on the verb's
# object dates that object, not the clause, so the present review is no background. A past verb dated
# itself, another party reviewing, or a negated review keep their readings.
DATED_OBJECT_RELATIVE = [
    (LEO, "Berlin is reviewing the ban imposed last year on Leopard tank exports to Ukraine.", "reconsider"),
    (LEO, "Germany is reviewing the freeze announced last month on Leopard deliveries to Kyiv, Pistorius said.",
     "reconsider"),
    (LEO, "Germany banned Leopard tank exports to Ukraine last year.", "refrains"),
    (LEO, "Poland is reviewing the ban imposed last year on Leopard tank exports to Ukraine.", "none"),
    (LEO, "Berlin is not reviewing the ban imposed last year on Leopard tank exports to Ukraine.", "refrains"),
]

# "the sale of jets to a foreign customer", "to another country": an unnamed party said to be another one is
# a recipient other than the target, so weighing that sale is no opening towards the target. The target
# named as the recipient, or as an example of that party, keeps the reading.
UNNAMED_OTHER_RECIPIENT = [
    (JP, "Japan is negotiating the sale of patrol boats and rifles to a foreign customer, Kishida said.", "none"),
    (JP, "Tokyo is weighing the export of weapons to another country.", "none"),
    (LEO, "Germany is considering the sale of Leopard tanks to an unnamed buyer.", "none"),
    (LEO, "Germany is considering the sale of Leopard tanks to Ukraine.", "reconsider"),
    (LEO, "Germany is considering the sale of Leopard tanks to a third country such as Ukraine.", "reconsider"),
    (LEO, "Germany will not sell Leopard tanks to a foreign customer like Ukraine, Pistorius said.", "refrains"),
]

# "the German army's Leopard tanks arrived in Ukraine": a demonym on the body whose possessive owns the goods
# names their owner as it does on the goods themselves ("German tanks"). Another country's army, another
# destination or a negated sending keep their readings.
BODY_POSSESSIVE_OWNER = [
    (LEO, "Last month the German army's Leopard tanks arrived in Ukraine.", "supplies"),
    (JP, "In March the Japanese army's weapons reached Ukrainian soldiers at the front.", "supplies"),
    (LEO, "Last month the Polish army's Leopard tanks arrived in Ukraine.", "none"),
    (LEO, "Last month the German army's Leopard tanks arrived in Lithuania.", "none"),
    (LEO, "The German army's Leopard tanks will not be sent to Ukraine, Pistorius said.", "refrains"),
]

# "military equipment to Ukraine, made up of mortar ammunition and …": a set-off "made up of / composed of"
# lists the content of the vague noun before, like ", comprising", so the weapons listed are what is supplied.
# Non-lethal content, another supplier or a weighing keep their readings.
MADE_UP_OF_CONTENT = [
    (JP, "Japan has sent military equipment to Ukraine, made up of mortar ammunition and grenade launchers.",
     "supplies"),
    (JP, "Tokyo will deliver a package of military equipment to Kyiv, composed of rifles and anti-tank rockets.",
     "supplies"),
    (JP, "Japan has sent military equipment to Ukraine, made up of helmets and vests.", "none"),
    (JP, "Poland has sent military equipment to Ukraine, made up of mortar ammunition and grenade launchers.", "none"),
    (JP, "Japan is considering a package of military equipment for Ukraine, made up of mortar ammunition and rifles.",
     "reconsider"),
]

# "the tanks are still the subject of talks with Kyiv": goods a copula puts under talks or negotiations are
# weighed, like "under discussion". Another party's goods, or the phrase as the subject, keep their readings.
SUBJECT_OF_TALKS = [
    (ABR, "A senior US official said the Abrams tanks are still the subject of talks with Kyiv.", "reconsider"),
    (LEO, "The Leopard tanks for Ukraine remain the subject of intense negotiations in Berlin, Pistorius said.",
     "reconsider"),
    (LEO, "Polish Leopard tanks for Ukraine are the subject of talks in Warsaw.", "none"),
    (LEO, "The subject of the talks in Berlin was Leopard tanks for Ukraine, Pistorius said.", "none"),
]

# "that one batch — the tanks held back since March — is still under review": the object in a dashed
# apposition to the subject noun (with a reduced relative of withholding and its date) shares the verb after
# the closing dash. A negated verb keeps its reading; an owner on the noun before the dashes is left to the
# walk, so another country's package stays unread.
DASHED_APPOSITIVE_SUBJECT = [
    (ABR, "Lloyd Austin said that one batch — the Abrams tanks for Ukraine — is still under review.", "reconsider"),
    (LEO, ("Pistorius said that the package — the Leopard tanks held back since March — will be delivered to "
           "Ukraine next week."), "supplies"),
    (LEO, ("Pistorius said that the package — the Leopard tanks held back since March — will not be delivered to "
           "Ukraine."), "refrains"),
    (LEO, "Pistorius said that the Polish package — the Leopard tanks — will be delivered to Ukraine next week.",
     "none"),
    (LEO, "Pistorius said that the Leopard tanks held back since March are still under review for Ukraine.",
     "reconsider"),
]

# "The tanks were held back in early March": a past passive of a halt dated to a month or year is the story's
# history like its simple past ("Berlin held them back in March"); a halt dated "on Monday" or in the present
# is still the news.
DATED_PAST_PASSIVE_HALT = [
    (LEO, "The Leopard tanks for Kyiv were held back in early March over fears of escalation.", "none"),
    (LEO, "Leopard tanks for Ukraine were blocked in January 2023, before Berlin changed course.", "none"),
    (LEO, "The Leopard tanks for Kyiv were held back on Monday over fears of escalation.", "refrains"),
    (LEO, "The Leopard tanks for Kyiv are held back, Pistorius said.", "refrains"),
]

# "Tokyo, 3 March 2025" on a line of its own atop a ministry statement: a press release dated from the actor's
# capital is datelined there, so its unowned "the Ministry" and agentless passives are the actor's. A release
# dated from another capital, or undated, names no one behind the passive.
_RELEASE = ("Ministry of Defence statement\n\n{}The Ministry received a note from the Embassy of Ukraine requesting "
            "weapons. The request is being evaluated by a working group that will also consult Poland.")
RELEASE_DATELINE = [
    (JP, _RELEASE.format("Tokyo, 3 March 2025\n\n"), "reconsider"),
    (JP, _RELEASE.format("Tokyo, March 3, 2025\n\n"), "reconsider"),
    (JP, _RELEASE.format("Seoul, 3 March 2025\n\n"), "none"),
    (JP, _RELEASE.format(""), "none"),
]

CASES = (ORDERED_HANDOVER + WITHHELD_FROM_RELATIVE + HALTED_GOODS_SUPPLIED + COORDINATED_CLEFT + THANKED_FOR_GOODS
         + DATED_OBJECT_RELATIVE + UNNAMED_OTHER_RECIPIENT + BODY_POSSESSIVE_OWNER + MADE_UP_OF_CONTENT
         + SUBJECT_OF_TALKS + DASHED_APPOSITIVE_SUBJECT + DATED_PAST_PASSIVE_HALT + RELEASE_DATELINE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=65)
