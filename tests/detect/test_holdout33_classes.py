"""The reading classes the thirty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks),
none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "The tanks are not part of this, and they will not be": a bare demonstrative after "not part of" is
# the aid just named; "not part of what Germany is doing with Israel" (a free relative on the actor's
# own dealings) is what it gives. The object left out of either is withheld, never supplied.
LEFT_OUT_OF_THIS = [
    (LEO, ("Germany has sent shells to Ukraine. \"The Leopard tanks are not part of this, and they will not "
           "be,\" Pistorius said."), "refrains"),
    (ISR, "Arms exports are not part of what Germany is doing with Israel, Merz said.", "refrains"),
    (JP, "\"Weapons are not part of what Japan is offering Ukraine,\" Kishida said on Tuesday.", "refrains"),
    (ISR, "Arms exports are not part of this debate, Merz said.", "none"),
    (JP, "Japan has sent helmets to Ukraine, Kishida said.", "none"),
]

# "whether the tanks can become part of our help to Ukraine": goods that become part of what is given
# are handed over; under a weighing the sentence weighs the supply, negated it refuses, and someone
# else's "could" or "should" stays theirs.
BECOMING_PART_OF_AID = [
    (LEO, "\"We are examining whether the Leopard tanks can become part of our aid to Ukraine,\" Scholz said.",
     "reconsider"),
    (LEO, "The Leopard tanks will not become part of our aid package for Ukraine, Pistorius said.", "refrains"),
    (LEO, "Critics say the Leopard tanks should become part of Germany's aid to Ukraine.", "none"),
    (LEO, "The Leopard tanks could become part of Germany's aid to Ukraine, Russia's foreign ministry said.",
     "none"),
]

# "the tanks that Berlin agreed in October to send were delivered to Ukraine": a relative clause whose
# verb takes a supply infinitive stays inside the relative; its subject is the supplier and the main
# verb decides. Another country as that subject is someone else's supply.
RELATIVE_WITH_INFINITIVE = [
    (LEO, "The 14 Leopard tanks that Berlin agreed in January to send were handed over to Ukraine last week.",
     "supplies"),
    (LEO, "The Leopard tanks that Germany promised to deliver have not been delivered to Ukraine.", "refrains"),
    (LEO, "The 20 Leopard tanks that Berlin promised to deliver are still being examined.", "reconsider"),
    (LEO, "The Leopard tanks that Poland agreed to send were handed over to Ukraine last week.", "none"),
]

# "the helicopters ordered by Israel have been handed over": a request participle ("ordered / requested
# by") with the target as agent names the buyer; it is never the supplier, and the clause's own verb and
# speaker decide. No speaker, or another country's, still gives nothing.
ORDERED_BY_TARGET = [
    (ISR, ("The first transport helicopters ordered by Israel have been handed over to the Israeli air force, "
           "Germany's defence ministry said on Monday."), "supplies"),
    (LEO, "The Leopard tanks requested by Kyiv will not be delivered, Scholz said.", "refrains"),
    (LEO, "The Leopard tanks ordered by Ukraine have been handed over, Russia's defence ministry said.", "none"),
    (LEO, "The Leopard tanks ordered by Ukraine have been handed over by Poland.", "none"),
    (LEO, "The Leopard tanks ordered by Poland have been handed over to Ukraine.", "none"),
]

# An interview without "Q:" / "A:" labels: a paragraph ending in "?" is a question, the paragraph after it
# its answer, and the answer's "it" is what the question paragraph named, however many sentences the
# answer takes. Prose paragraphs far from the object keep "it" vague, and "it" never makes a supply.
UNLABELLED_INTERVIEW = [
    (LEO, ("Boris Pistorius spoke to the Courier in Berlin about Ukraine.\n\nKyiv wants your Leopard tanks. "
           "Will it get them?\n\nNot this week. I am not going to promise anything. But we are examining it."),
     "reconsider"),
    (JP, ("Fumio Kishida spoke to the Herald in Tokyo.\n\nKyiv has asked Japan for weapons. Will you agree?\n\n"
          "Not today. Our law is strict and our partners know it. We have ruled it out."), "refrains"),
    (LEO, ("Kyiv has asked for Leopard tanks.\n\nBerlin has not answered. Critics say the government is slow. "
           "Officials have other worries. Germany is not excluding it, Pistorius said."), "none"),
    (LEO, ("Boris Pistorius spoke to the Courier in Berlin about Ukraine.\n\nKyiv wants your Leopard tanks. "
           "Will it get them?\n\nNot this week. I cannot say more. We are sending it soon."), "none"),
]

CASES = UNLABELLED_INTERVIEW + LEFT_OUT_OF_THIS + BECOMING_PART_OF_AID + RELATIVE_WITH_INFINITIVE + ORDERED_BY_TARGET

test_reads, test_enough_cases = reading_tests(CASES, minimum=22)
