"""The reading classes the eighty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of tests/detect/stances.py
(Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEOPARD = "jp-arms-ukraine", "de-leopard-ukraine"

# "Japan's foreign minister said his country might have to revisit its refusal …": a singular pronoun ("his
# country", "it") under the necessity, reported by the actor's own official, is the actor announcing an opening.
# "they", another country's minister, an opposition lawmaker, and a "should" on the speaker's own verb ("Japan
# should say that it will not …", advice to the speaker) keep their readings; nothing here becomes a supply.
OWN_COUNTRY_NECESSITY = [
    (JP, "Japan's foreign minister said his country might have to revisit its refusal to send weapons to Ukraine.",
     "reconsider"),
    (JP, ("Japan's defence minister said it might have to supply weapons to Ukraine if attacks on civilians "
          "continued."), "reconsider"),
    (JP, "Japan's foreign minister said his country must send weapons to Ukraine.", "reconsider"),
    (JP, "Japan's foreign minister said they might have to supply weapons to Ukraine.", "none"),
    (JP, "Russia's foreign minister said his country might have to supply weapons to Ukraine.", "none"),
    (JP, "A Japanese opposition lawmaker said his country must send weapons to Ukraine.", "none"),
    (JP, "Japan should say plainly that it will not send weapons to Ukraine, the columnist wrote.", "none"),
    (JP, "Japan's foreign minister said his country will not send weapons to Ukraine.", "refrains"),
    (JP, "Japan's defence minister said its allies should send weapons to Ukraine.", "none"),
    (JP, "Japan's foreign minister said her counterparts in Europe must send weapons to Ukraine.", "none"),
    (JP, "Japan's foreign minister said it must be up to Germany to send weapons to Ukraine.", "none"),
    (JP, "Japan's foreign minister said it should be left to NATO to send weapons to Ukraine.", "none"),
]

# '… all 14 Leopards are at their base. "They have not been sent to Ukraine," a spokesperson said': "They"
# opening a negated passive supply is the object the sentence before named last (plural, with no other plural
# noun after it there, and that sentence's subject neither another party nor other people). A positive passive stays too vague to be a supply; crews named after the tanks, a
# "they" who would receive ("supplied with"), an active "they" and another recipient keep their readings.
WITHHELD_PRONOUN = [
    (LEOPARD, ("All 14 German Leopards are at their base in Munster. \"They have not been sent to Ukraine,\" a "
               "defence ministry spokesperson said."), "refrains"),
    (LEOPARD, "Germany owns 300 Leopards. They will not be handed over to Kyiv, Pistorius said.", "refrains"),
    (JP, "Japan holds large stocks of old shells. They were never delivered to Ukraine, the ministry said.",
     "refrains"),
    (LEOPARD, "Germany owns 300 Leopards. They will be handed over to Kyiv, Pistorius said.", "none"),
    (LEOPARD, "Germany's Leopards are operated by conscripts. They have not been sent to Ukraine, the ministry said.",
     "none"),
    (LEOPARD, "Ukrainian crews train on Polish Leopards. They have not been supplied with German tanks, Berlin said.",
     "none"),
    (LEOPARD, "Germany owns 300 Leopards. They have not been sent to Poland, the ministry said.", "none"),
    (JP, "Japan sent doctors to Ukraine. They have not been sent to the front, the ministry said.", "none"),
    (JP, ("Japanese volunteers joined the fight with their own rifles. They have not been sent to Ukraine by the "
          "government, Tokyo stressed."), "none"),
    (JP, ('Germany delivered more Leopard tanks and missiles to Kyiv on Friday. "They have not been sent by Japan," '
          'a Ukrainian official said.'), "none"),
]

# "is considering whether the Leopards should go to Ukraine": "should / must" heading the verb group of an object
# subject is read like "can"; a weighing around it opens the option, while the same words as anyone's advice
# (a columnist's, Russia's demand, a bare "should") state no position, and never a supply.
SUBJECT_DEONTIC = [
    (LEOPARD, "Germany is considering whether the Leopards should go to Ukraine.", "reconsider"),
    (LEOPARD, ("Officials confirmed this week that the German government is weighing whether the Leopards should "
               "be sent to Kyiv."), "reconsider"),
    (LEOPARD, "The Leopards should be sent to Ukraine, a columnist wrote.", "none"),
    (LEOPARD, "The Leopards must go to Ukraine now, the editorial argued.", "none"),
    (LEOPARD, "Russia said the Leopards must not be sent to Ukraine.", "none"),
    (LEOPARD, "Kyiv says the Leopards should go to Ukraine.", "none"),
    (LEOPARD, "Germany is considering whether the Leopards can go to Ukraine.", "reconsider"),
]

CASES = OWN_COUNTRY_NECESSITY + WITHHELD_PRONOUN + SUBJECT_DEONTIC


test_reads, test_enough_cases = reading_tests(CASES, minimum=23)
