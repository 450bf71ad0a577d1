"""The reading classes the thirty-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan, Portugal · Ukraine · weapons, Germany · Israel · weapons), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, PT, ISR = "jp-arms-ukraine", "pt-arms-ukraine", "de-arms-israel"

# "demining machines to clear unexploded bombs", "radar units to Israel to detect drones": the weapon is the
# object of an infinitive of purpose hanging on what is supplied; the supply verb supplies something else.
# Destroying weapons in combat ("the means to shoot down drones") is done with weapons, and an infinitive
# after a verb ("agreed to send") is that verb's complement.
PURPOSE_INFINITIVE = [
    (JP, ("Japan will provide 4 billion yen and armoured mine-clearing vehicles to clear unexploded bombs in "
          "Ukraine's Kherson region."), "none"),
    (ISR, "Germany will supply radar units to Israel to detect drones, the defence ministry said.", "none"),
    (PT, "Portugal is sending Ukraine thermal cameras to spot missiles and rockets, Nuno Melo said.", "none"),
    (JP, "Japan will give Ukraine the means to shoot down the drones that attack its cities, Kishida said.", "supplies"),
    (ISR, "Germany has agreed to send missiles to Israel, Merz said.", "supplies"),
    (PT, "Portugal will send mortars to Ukraine to strengthen its defences, Nuno Melo said.", "supplies"),
]

# "sell Armenia CAESAR howitzers": a known name followed by unknown capitalised words right before a weapon
# noun is the party, then the weapon's model; the name is not swallowed into an unknown organisation.
NAME_THEN_MODEL = [
    (ISR, "Germany has agreed to sell Israel Arrow interceptors, the defence ministry said.", "supplies"),
    (PT, "Portugal will send Ukraine Kormoran patrol drones, Nuno Melo said.", "supplies"),
    (ISR, "Germany has agreed to sell Poland Arrow interceptors, the defence ministry said.", "none"),
    (JP, "The Kyiv Independent reported that Japan might send weapons.", "none"),
]

# '…: "At this stage Japan does not intend to …"': an adverbial opening the quotation (or the part after a
# colon) stands before the subject; the name after it is the subject, not the paper or speaker before.
FRONTED_ADVERBIAL = [
    (JP, ("The ministry's statement, in our translation: \"At this stage Japan does not intend to send weapons to "
          "Ukraine.\""), "refrains"),
    (ISR, "The statement read: \"For the time being Germany will not export weapons to Israel.\"", "refrains"),
    (PT, "In Nuno Melo's words: \"At this point Portugal is examining the Ukrainian request for howitzers.\"",
     "reconsider"),
    (JP, ("The Moscow Times, in its translation: \"At this stage Russia does not intend to send weapons to "
          "Ukraine.\""), "none"),
]

# "Deliveries of the howitzers that Armenia has bought from France continue": a relative clause on the
# object whose subject buys it names the recipient (the buyer) and the supplier (the seller); such a
# supply, with its source named, is news even after a refusal of something else. The actor's own purchase
# names no recipient, and a plain receipt told after a refusal stays an aside.
BOUGHT_FROM = [
    (PT, ("Portugal will not send F-16s to Ukraine, Nuno Melo said on Monday. Deliveries of the mortars that "
          "Ukraine has already bought from Portugal continue on schedule, he added."), "supplies"),
    (ISR, ("Germany will not supply submarines to Israel, Merz said. Shipments of the shells that Israel bought "
           "from Germany continue, the ministry added."), "supplies"),
    (ISR, "Shipments of the shells that Israel bought from the United States continue, the German ministry said.",
     "none"),
    (JP, "Deliveries of the shells that Ukraine bought from Japan have been suspended, Kishida said.", "refrains"),
    (JP, "The Type 03 missiles that Japan bought last year are not being sent to Ukraine, Kishida said.", "refrains"),
    (JP, ("Japan will not send more weapons to Ukraine, Kishida said on Monday. Ukraine has already received "
          "shells from Japan."), "refrains"),
]

# "has not stopped sending", "deliveries have not been suspended", "It is not true that … has stopped
# sending": a negated halt of the supply itself says the supply goes on; negated abandoning or lifting
# (a plan, a ban) keeps its old reading, and someone else's claim stays theirs.
NEGATED_HALT = [
    (PT, "\"It is not true that Portugal has stopped sending weapons to Ukraine,\" the defence ministry said.",
     "supplies"),
    (ISR, "Germany has not halted arms deliveries to Israel, Merz said.", "supplies"),
    (JP, "Arms deliveries to Ukraine have not been suspended, Kishida said.", "supplies"),
    (PT, "Portugal has stopped sending weapons to Ukraine, Nuno Melo said.", "refrains"),
    (ISR, "Germany has not abandoned the idea of sending weapons to Israel.", "reconsider"),
    (ISR, "Germany did not lift its ban on arms exports to Israel.", "refrains"),
    (JP, "Russian state television claimed that Japan has not stopped sending weapons to Ukraine.", "none"),
]

# "the flow of ammunition from Latvia to Ukraine would carry on": "flow" is a supply noun, "carry on" goes
# on like "continue", and a supply noun heading a reported clause takes its source, not the reporter, as
# supplier ("would" there is the report's future, no supposition).
FLOW_CARRIES_ON = [
    (PT, ("Portugal will keep its F-16s, Nuno Melo said. He stressed that the flow of ammunition and mortars from "
          "Portugal to Ukraine would carry on."), "supplies"),
    (ISR, "Merz said the flow of shells from Germany to Israel is continuing.", "supplies"),
    (JP, "Kishida said the flow of shells from Poland to Ukraine would carry on.", "none"),
    (JP, "Kishida said deliveries of shells from Poland to Ukraine would continue.", "none"),
    (PT, "The flow of weapons from Portugal to Ukraine has stopped, Nuno Melo said.", "refrains"),
]

# "Drones are part of the same review": what a weighing takes in is under it, like "under review";
# negated, it is left out like "not under consideration".
PART_OF_REVIEW = [
    (JP, "Kishida said the cabinet was reviewing Ukraine's list. Drones are part of the same review.", "reconsider"),
    (ISR, "\"Air-defence missiles are part of the ongoing assessment,\" Merz said of Israel's request.", "reconsider"),
    (ISR, ("\"Submarines are not part of the assessment,\" Merz said of Israel's request, \"and we will not send "
           "any.\""), "refrains"),
]

# "drones paid for by the Japanese government were handed over": a reporting verb's form after the actor's
# adjective or a determiner ("the Latvian state") is a noun inside the subject's modifier, not a verb that
# ends the subject; the "by" phrase names who paid.
PAID_FOR_BY = [
    (JP, ("A further 300 drones paid for by the Japanese government were handed over to Ukraine last week, the "
          "defence ministry said."), "supplies"),
    (JP, "A further 300 drones paid for by the Korean government were handed over to Ukraine last week.", "none"),
]

CASES = (PURPOSE_INFINITIVE + NAME_THEN_MODEL + FRONTED_ADVERBIAL + BOUGHT_FROM + NEGATED_HALT + FLOW_CARRIES_ON +
         PART_OF_REVIEW + PAID_FOR_BY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=37)
