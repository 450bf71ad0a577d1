"""The reading classes the twenty-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Germany · Leopard, Poland · MiG-29, UK · Challenger 2, Netherlands ·
F-16, Sweden · Archer), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

LEO, MIG, CHAL, F16, ARCH = ("de-leopard-ukraine", "pl-mig29-ukraine", "uk-challenger-ukraine", "nl-f16-ukraine",
                             "se-archer-ukraine")

# "We have not sent tanks to Kyiv, the Challenger or anything else": the object in apposition right after
# the weapon class the clause supplies is one of them, as after ", including"; a clause of its own after
# the comma, or another supplier, keeps its reading.
APPOSITIVE_MEMBER = [
    (CHAL, "\"We have not sent tanks to Ukraine, the Challenger or anything else, since I took office,\" Sunak "
           "told reporters.", "refrains"),
    (LEO, "Berlin has not delivered tanks to Kyiv, the Leopard 2 or any other model, Pistorius said.", "refrains"),
    (F16, "The Netherlands has not sent jets, the F-16 or anything else, to Ukraine, Rutte said.", "refrains"),
    (MIG, "Poland has sent jets to Ukraine, the MiG-29 and the Su-22, Duda said.", "supplies"),
    (LEO, "Poland has not sent tanks to Ukraine, the Leopard or anything else, Duda said.", "none"),
    (CHAL, "Britain has not sent troops to Ukraine, the Challenger or anything else, Sunak said.", "none"),
    (CHAL, "Britain has not sent tanks to Ukraine, the Challenger crews said.", "none"),
]

# '"We are reviewing all our commitments," he told the radio, when asked about the F-16': a quoted answer
# before its speaker and the question it answers is read as "Asked about …, he said: …"; an answer about
# another party, or no answer at all, says nothing of the actor.
ANSWER_BEFORE_QUESTION = [
    (F16, ("Rutte has signalled a shift on military aid. \"We are reviewing all our defence commitments, including "
           "what Kyiv has asked of us,\" he told public radio on Sunday, when asked about the F-16."), "reconsider"),
    (ARCH, "\"We are looking at it again,\" Kristersson told reporters in Stockholm, when asked about the Archer.",
     "reconsider"),
    (LEO, "Pistorius said Germany was weighing the request when asked about the Leopard.", "reconsider"),
    (LEO, "\"Poland is weighing it,\" Pistorius said when asked about the Leopard.", "none"),
    (LEO, "Pistorius said Poland was reviewing its commitments when asked about the Leopard.", "none"),
    (F16, "\"The war must end,\" Rutte told reporters, when asked about the F-16.", "none"),
    (ARCH, "\"We will not speculate,\" Kristersson said, when asked about the Archer.", "none"),
    (ARCH, "\"We are reviewing our commitments,\" Lavrov told reporters, when asked about the Archer.", "none"),
]

# "If the sanctions return, Berlin might not be able to keep its tank aid within the limits it has set, and
# that includes the Leopard": a bound on the supply that the actor may not keep is an opening, like "could
# not confine itself to"; a bound kept (the supply goes on within it), or another party's, is not.
LIMIT_NOT_HELD = [
    (LEO, ("If Russia strikes Berlin's embassy, Germany might not be able to keep its tank aid to Ukraine within the "
           "limits it has observed so far, and that includes the Leopard, Scholz said."), "reconsider"),
    (MIG, ("If the attacks go on, Warsaw could not keep its air support for Ukraine within those bounds, and that "
           "includes the MiG-29, Duda said."), "reconsider"),
    (MIG, ("Warsaw will keep its air support for Ukraine within those bounds, and that includes the MiG-29, Duda "
           "said."), "supplies"),
    (LEO, ("If Russia strikes Berlin's embassy, Poland might not be able to keep its tank aid to Ukraine within the "
           "limits it has observed so far, and that includes the Leopard, Duda said."), "none"),
]

# "There will be no more Leopards": a future existential negation of the object is a refusal to supply it;
# after "MiG-29 fighters", "no more jets" means more of those.
NONE_TO_COME = [
    (LEO, "Germany has sent tanks to Ukraine before. \"There will be no more Leopards,\" Scholz said on Monday.",
     "refrains"),
    (CHAL, "Sunak said there would be no further Challenger tanks for Kyiv.", "refrains"),
    (MIG, ("Poland gave Ukraine 14 MiG-29 fighters last year. \"There will be no more jets and no more shells from "
           "our army,\" Duda said."), "refrains"),
    (MIG, ("Slovakia gave Ukraine 13 MiG-29 fighters last year. \"There will be no more jets from Slovakia,\" Duda "
           "said."), "none"),
    (MIG, "Poland gave Ukraine 14 MiG-29 fighters last year. \"There are no more jets in our hangars,\" Duda said.",
     "supplies"),
    (LEO, "Germany is considering sending Leopard tanks to Ukraine. \"There will be no more delays,\" Scholz said.",
     "reconsider"),
]

CASES = APPOSITIVE_MEMBER + ANSWER_BEFORE_QUESTION + LIMIT_NOT_HELD + NONE_TO_COME

test_holdout26_class, test_holdout26_table_size = reading_tests(CASES, minimum=20)
