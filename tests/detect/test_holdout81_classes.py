"""The reading classes the eighty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline and shipped stances of
tests/detect/stances.py (Japan · weapons, Germany · Leopard tanks, Sweden · Archer howitzers), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEOPARD, ARCHER = "jp-arms-ukraine", "de-leopard-ukraine", "se-archer-ukraine"

# "financed Zuzana howitzers and is supplying the howitzers": a definite class noun after another model named
# earlier in the same sentence refers back to that model, never to the stance's system. Named before it, or
# with no other model in the sentence, the class noun still means the system.
CLASS_NOUN_AFTER_OTHER_MODEL = [
    (ARCHER, ("Ukraine asked Sweden for Archer howitzers in May. Sweden has since financed Zuzana howitzers and is "
              "supplying the howitzers to Ukraine."), "none"),
    (ARCHER, "Ukraine asked Sweden for Archer howitzers in May. Sweden is now supplying the howitzers to Ukraine.",
     "supplies"),
    (ARCHER, ("Ukraine asked Sweden for Archer howitzers in May. Sweden has since financed Archer howitzers and is "
              "supplying the howitzers to Ukraine."), "supplies"),
]

# "the battery Germany promised has arrived": a relative clause without "that" whose named subject promised or
# handed over the object reads like its "that" form: that subject is the supplier. Another party's promise,
# a refusal in the relative or another's report keep their readings.
CONTACT_RELATIVE_SUPPLIER = [
    (LEOPARD, "The Leopard 2 tanks Germany promised have arrived in Ukraine.", "supplies"),
    (LEOPARD, "The Leopard 2 tanks that Germany promised have arrived in Ukraine.", "supplies"),
    (LEOPARD, "The Leopard 2 tanks Poland promised have arrived in Ukraine.", "none"),
    (LEOPARD, "The Leopard 2 tanks Germany refused to send are still in Germany.", "none"),
    (LEOPARD, "The Leopard 2 tanks Russia claims Germany sent have not arrived in Ukraine.", "none"),
    (LEOPARD, "The Leopard 2 tanks Germany promised the Netherlands have arrived in Ukraine.", "none"),
    (JP, "The missiles Japan promised the United States have arrived in Ukraine.", "none"),
]

# "Its position of not selling or donating weapons … has not changed": the negated change of a policy that is
# the subject keeps the policy's own refusal, also over coordinated supply verbs (no double negation that
# opens it). Another party's policy stays another's.
UNCHANGED_POLICY_AS_SUBJECT = [
    (JP, "Japan's position of not selling or donating weapons to Ukraine has not changed, an official said.",
     "refrains"),
    (JP, "Japan's policy of not selling or giving weapons to Ukraine has not changed.", "refrains"),
    (JP, "Japan's policy of not selling weapons to Ukraine has not changed.", "refrains"),
    (JP, "South Korea's policy of not selling or giving weapons to Ukraine has not changed.", "none"),
]

# "Ukraine asked for X. The minister ruled that out.": a demonstrative object inside "rule … out" stands for the
# option just named, like "it". Not ruling it out opens the option; alone, with nothing named, it says nothing.
DEMONSTRATIVE_RULED_OUT = [
    (LEOPARD, "Ukraine has asked Germany for Leopard 2 tanks. Scholz ruled that out on Friday.", "refrains"),
    (LEOPARD, "Ukraine has asked Germany for Leopard 2 tanks. Scholz has not ruled that out.", "reconsider"),
    (LEOPARD, "Ukraine has asked Germany for Leopard 2 tanks. Scholz said he could not rule this out.", "reconsider"),
    (LEOPARD, "Scholz ruled that out on Friday.", "none"),
]

# "Ukraine uses rifles that Japan sold to Poland": the object's own relative clause (with or without "that"),
# with the actor by name as subject and a plain supply verb, names where the goods went; another recipient there
# is never the target's. A relative naming the target decides nothing by itself: the main clause may deny, halt
# or doubt it, so "a consignment … that Japan is delivering to Ukraine" is left to the main clause.
NAMED_RELATIVE_DELIVERY = [
    (JP, ("The ministry confirmed that the vehicles were part of a consignment of armoured carriers and small arms "
          "that Japan is delivering to Ukraine."), "none"),
    (JP, "Tokyo dismissed allegations about missiles that Japan has delivered to Ukraine.", "refrains"),
    (JP, "Tokyo has frozen shipments of missiles that Japan was sending to Ukraine.", "refrains"),
    (JP, "Japan is investigating claims about shells that Japan shipped to Ukraine.", "none"),
    (JP, "There is no evidence of weapons that Japan has supplied to Ukraine.", "none"),
    (JP, "The rifles that Japan sent to Ukraine are old, Kishida said.", "supplies"),
    (JP, "The rifles Japan sent to Ukraine are old.", "supplies"),
    (JP, "The rifles Japan sent to Poland are old.", "none"),
    (JP, "Russia says the rifles Japan sent to Ukraine are old.", "none"),
    (JP, "The rifles Japan refused to send to Ukraine are old.", "none"),
    (JP, "The vehicles were part of a consignment of small arms that Poland is delivering to Ukraine.", "none"),
    (JP, "The vehicles were part of a consignment of small arms that Japan is delivering to Poland.", "none"),
    (JP, "Russia claims the vehicles were part of a consignment of small arms that Japan is delivering to Ukraine.",
     "none"),
    (JP, "Kyiv says the rifles that Japan sent are old.", "none"),
    (JP, "A Russian diplomat said the rifles that Japan sent to Ukraine are old.", "none"),
    (JP, "An analyst said the rifles that Japan sent to Ukraine are old.", "none"),
    (JP, "Were the vehicles part of a consignment of small arms that Japan is delivering to Ukraine?", "none"),
    (JP, "If the vehicles are part of a consignment of rifles that Japan is delivering to Ukraine, Russia will respond.",
     "none"),
    (JP, "Ukraine uses rifles that Japan sold to Poland.", "none"),
    (JP, "The drones could become the first weapons Japan has supplied to Ukraine.", "reconsider"),
]

CASES = (CLASS_NOUN_AFTER_OTHER_MODEL + CONTACT_RELATIVE_SUPPLIER + UNCHANGED_POLICY_AS_SUBJECT +
         DEMONSTRATIVE_RULED_OUT + NAMED_RELATIVE_DELIVERY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=25)
