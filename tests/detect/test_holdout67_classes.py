"""The reading classes the sixty-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "F-2 Block III fighters", "F-15 Block 40 fighters": a capitalised word between a model designation and a
# roman numeral or a number counts the model's series; it is no verb ("block") of the clause, and the head noun
# after it is the designated weapon. The verb "block" itself, another recipient or another supplier keep
# their readings.
SERIES_IN_MODEL_NAMES = [
    (JP, "Japan handed over six F-2 Block III fighters to Ukraine at an air base on Monday.", "supplies"),
    (JP, "Japan will supply Ukraine with F-15 Block 40 fighters under a contract signed on Friday.", "supplies"),
    (JP, "Japan has agreed to transfer twelve F-2 Block II fighter jets to Kyiv, Kishida said.", "supplies"),
    (JP, "Japan will block the transfer of F-15 fighters to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan handed over six F-2 Block III fighters to Indonesia at an air base on Monday.", "none"),
    (JP, "Belgium handed over six F-16 Block 15 fighters to Ukraine at an air base on Monday.", "none"),
]

# "lifted the freeze on Leopard tank deliveries to Ukraine": a halt whose "on / of" phrase is a supply noun
# the object modifies halts that supply, so lifting it resumes the supply, as with "lifted the suspension of
# exports". Weighing the lifting stays open, a lifting refused or a freeze imposed refuses, and another
# party's lifting or another recipient is not the stance.
LIFTED_HALT_OF_COMPOUND_SUPPLY = [
    (LEO, "Germany lifted the freeze on Leopard tank deliveries to Ukraine on Monday.", "supplies"),
    (LEO, "Berlin has decided to lift the suspension of Leopard tank exports to Kyiv, Pistorius said.", "supplies"),
    (LEO, "Germany is weighing lifting the freeze on Leopard tank deliveries to Ukraine.", "reconsider"),
    (LEO, "Germany did not lift the freeze on Leopard tank deliveries to Ukraine.", "refrains"),
    (LEO, "Germany imposed a freeze on Leopard tank deliveries to Ukraine on Monday.", "refrains"),
    (LEO, "Germany lifted the freeze on Leopard tank deliveries to Egypt on Monday.", "none"),
]

# "A report on Monday said that X had halted deliveries …. That was incorrect.": a report that the sentence
# after it, on its own, declares wrong is withdrawn, like one the text says was "incorrectly stated". A
# statement that is no report, or a rebuttal attributed to someone, keeps its reading.
REPORT_DECLARED_WRONG = [
    (JP, "A report on Monday said that Japan had halted weapons deliveries to Ukraine. That was incorrect.", "none"),
    (JP, "A newspaper story said Japan had stopped sending arms to Ukraine. This is not true.", "none"),
    (JP, ("An article on Tuesday said that Japan had stopped weapons deliveries to Ukraine. That was incorrect. "
          "Japanese weapons deliveries to Ukraine are continuing, Kishida said."), "supplies"),
    (JP, "Japan has halted weapons deliveries to Ukraine. That was incorrect.", "refrains"),
    (JP, ("A report on Monday said that Japan had halted weapons deliveries to Ukraine. That was incorrect, "
          "Russian officials said."), "refrains"),
    (JP, "A report on Monday said that Japan had halted weapons deliveries to Ukraine. That was expected.", "refrains"),
]

# "is keeping the tanks in port", "kept the missiles in storage": goods the actor holds where they wait to be
# shipped are withheld, a refusal; "hard to justify keeping them in port" then opens it. A storm or another
# party keeping them there, or "keep" going on with a gerund, is no withholding by the actor.
KEPT_IN_PORT = [
    (LEO, "Germany is keeping the Leopard tanks in storage while the talks go on, Pistorius said.", "refrains"),
    (LEO, ("Berlin has frozen Leopard tank deliveries to Ukraine. \"It would be hard to justify keeping the "
           "tanks in port,\" Pistorius said."), "reconsider"),
    (LEO, "Berlin has frozen Leopard tank deliveries to Ukraine. Germany is keeping the tanks in the depots.",
     "refrains"),
    (LEO, "A storm kept the Leopard tanks in port for two days before they sailed for Ukraine.", "none"),
    (LEO, "Poland is keeping its Leopard tanks in storage, Polish officials said.", "none"),
    (LEO, "Berlin has frozen Leopard tank deliveries to Ukraine. Germany keeps the tanks clean.", "refrains"),
]

CASES = SERIES_IN_MODEL_NAMES + LIFTED_HALT_OF_COMPOUND_SUPPLY + REPORT_DECLARED_WRONG + KEPT_IN_PORT


test_reads, test_enough_cases = reading_tests(CASES, minimum=24)
