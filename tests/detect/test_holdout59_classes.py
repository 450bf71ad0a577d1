"""The reading classes the fifty-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard, UK · Challenger 2),
none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, CHAL = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "uk-challenger-ukraine"

# "We fully support the transfer of jets to Ukraine": supporting, welcoming, backing or endorsing a supply
# (often someone else's) is a wish about it, like "encourage", never a decision to make it. The supply
# itself, or a supply "in support of" something, keeps its reading.
ENDORSED_SUPPLY = [
    (JP, '"We fully support the transfer of weapons to Ukraine by our partners," the spokesperson said.', "none"),
    (ISR, "Berlin welcomed the delivery of American arms to Israel, a government spokesman said.", "none"),
    (LEO, "Germany backs the transfer of Leopard tanks to Ukraine by Poland, Scholz said.", "none"),
    (CHAL, "Britain endorses sending more Challenger tanks to Ukraine, a minister said.", "none"),
    (JP, "Japan has sent weapons to Ukraine in support of its defence, Kishida said.", "supplies"),
    (ISR, "Germany will deliver the arms to Israel, Merz said, backing the decision of his cabinet.", "supplies"),
    (LEO, "Germany backed away from sending Leopard tanks to Ukraine.", "refrains"),
]

# "Iran has finalised arrangements for Russia to deliver fighter jets": the party after "for" is the subject
# of the infinitive, so it supplies; the one who arranged it neither supplies nor receives as that party.
# An infinitive without a subject of its own is still the sentence subject's.
INFINITIVE_SUBJECT = [
    (JP, "Japan has made arrangements for Poland to ship weapons to Ukraine, the minister said.", "none"),
    (ISR, "Germany has finalised arrangements for Israel to deliver drones to the Bundeswehr.", "none"),
    (LEO, "Berlin paid for Spain to send its Leopard tanks to Ukraine.", "none"),
    (JP, "Japan has finalised arrangements to deliver weapons to Ukraine, the minister said.", "supplies"),
]

# "Asked about Ukrainian calls for Western jets, the ministry said …": every name inside a reporter's
# question that opens the sentence is the question's, so it never becomes the government body after it;
# a name that is itself the subject after the comma still is.
ASKED_OPENER = [
    (LEO, ("Germany funds air defence for Kyiv. Asked about Polish calls for Western fighter jets, the ministry "
           "said there were no plans to send Leopards to Ukraine."), "refrains"),
    (CHAL, ("Britain will fund drones for Kyiv. Asked whether Poland would send tanks, the ministry said there "
            "were no plans to send Challenger tanks to Ukraine."), "refrains"),
    (LEO, ("Germany funds air defence for Kyiv. Asked about Polish calls for Western fighter jets, Poland said "
           "there were no plans to send Leopards to Ukraine."), "none"),
]

# "Ukraine has asked Japan for weapons, and the request is under review": an anaphoric request noun that is the
# subject of its own present weighing opens a clause of its own (no coordinated object), and the one who asked
# is not the one weighing it; the one asked is. A request to another party, or a past review, keeps none.
REQUEST_CLAUSE = [
    (JP, ("Ukraine has formally asked Japan for weapons, and the request is now under review at the defence "
          "ministry, a spokesperson said."), "reconsider"),
    (CHAL, ("Kyiv has asked Britain for more Challenger tanks, and the request is being examined, a spokesman "
            "said."), "reconsider"),
    (JP, ("Ukraine has formally asked Poland for weapons, and the request is now being examined, a spokesperson "
          "said."), "none"),
    (JP, "Ukraine has formally asked Japan for weapons, and the request was examined last year, a spokesperson said.",
     "none"),
]

# "No jets are to be transferred": present "is / are to be" is an auxiliary of the future, like "will be".
# A past "were to be" (often a condition) and another recipient keep their reading.
BE_TO_FUTURE = [
    (JP, "No weapons are to be sent to Ukraine, Kishida said.", "refrains"),
    (CHAL, "No Challenger tanks are to be handed over to Kyiv this year, Sunak told MPs.", "refrains"),
    (JP, "If weapons were to be sent to Ukraine, Kishida said, Japan would protest.", "none"),
    (JP, "No weapons are to be sent to Poland, Kishida said.", "none"),
    (JP, "The weapons are to be used against drones, Kishida said.", "none"),
]

# "sending jets to Ukraine is not a taboo": a taboo (or "off limits") is a prohibition, so calling the supply
# one refuses it and denying it opens the option, like "not excluded". Another party's taboo is not the actor's.
TABOO = [
    (JP, 'Kishida said that sending weapons to Ukraine was "not a taboo".', "reconsider"),
    (LEO, "Scholz said supplying Leopard tanks to Ukraine was no longer off limits.", "reconsider"),
    (JP, "Kishida said that sending weapons to Ukraine was a taboo.", "refrains"),
    (LEO, "Scholz said that sending Leopard tanks to Ukraine was off limits.", "refrains"),
    (JP, "Moscow said that sending weapons to Ukraine was not a taboo for Poland.", "none"),
]

# "The first consignment of missiles under the contract with Russia has been delivered": a past passive
# delivery with no destination of its own, whose subject names the target as the other party of a deal, went
# to the target. A deal with someone else, or another destination, names no supply to the target.
CONTRACT_DELIVERY = [
    (JP, ("The first consignment of missiles under the defence cooperation contract with Ukraine has been "
          "delivered, a spokesman for Japan's defence ministry said on Tuesday."), "supplies"),
    (ISR, ("The second shipment of shells under the agreement with Israel has been delivered, a spokeswoman for "
           "Germany's defence ministry said."), "supplies"),
    (JP, ("The first consignment of missiles under the contract with Poland has been delivered, a spokesman for "
          "Japan's defence ministry said on Tuesday."), "none"),
    (JP, ("The first consignment of missiles under the contract with Ukraine has been delivered to Poland, a "
          "spokesman for Japan's defence ministry said."), "none"),
    (JP, ("The first consignment of missiles under the contract with Ukraine has been delivered, a spokesman for "
          "Poland's defence ministry said."), "none"),
]

# "a spokesman for Japan's Ministry of Defence and Armed Forces Logistics": a capitalised "Armed" before a
# capitalised word is part of a body's name, not the verb "arm" with a recipient; "armed Ukraine" still is.
ARMED_IN_A_NAME = [
    (JP, ("The first consignment of weapons has been delivered to Ukraine, a spokesman for Japan's Ministry of "
          "Defence and Armed Forces Logistics said."), "supplies"),
    (JP, "Japan armed Ukraine with drones last year, the minister said.", "supplies"),
]

CASES = (ENDORSED_SUPPLY + INFINITIVE_SUBJECT + ASKED_OPENER + REQUEST_CLAUSE + BE_TO_FUTURE + TABOO +
         CONTRACT_DELIVERY + ARMED_IN_A_NAME)


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
