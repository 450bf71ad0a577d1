"""The reading classes the twenty-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for stances the holdout does not use
(Japan · weapons, Israel · weapons, Germany · Leopard, Portugal · weapons). Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, IL, LEO, PT = "jp-arms-ukraine", "il-arms-ukraine", "de-leopard-ukraine", "pt-arms-ukraine"

# "…, alleging that Tokyo is sending weapons": the participle of "allege" files its complement as the
# subject's claim, like "alleged" or "claiming"; the actor's own statement still supplies.
ALLEGING = [
    (JP, "Moscow has stepped up its propaganda campaign, alleging that Japan is sending weapons to Ukraine.", "none"),
    (IL, "Iranian media have run a series of reports, alleging that Israel is shipping missiles to Kyiv.", "none"),
    (JP, "Moscow has stepped up its propaganda campaign, claiming that Japan is sending weapons to Ukraine.", "none"),
    (JP, "Japan is sending weapons to Ukraine, Kishida said on Monday.", "supplies"),
]

# "Should the United States …, Pyongyang will not rule out …": a name that ends a leading "If / Should"
# clause is not listed with the main clause's subject after the comma; the main clause is the actor's
# conditional opening, another party's when another party is its subject.
CONDITION_THEN_SUBJECT = [
    (JP, ("Should Russia continue to shell the cities of Ukraine, Japan will not rule out any form of help to Kyiv, "
          "including the supply of weapons, Kishida said."), "reconsider"),
    (PT, ("If the strikes on the grain ports spread to Moldova, Portugal will not rule out any form of assistance "
          "to Kyiv, including the supply of weapons."), "reconsider"),
    (JP, ("Should Russia continue to shell the cities of Ukraine, Poland will not rule out any form of help to Kyiv, "
          "including the supply of weapons."), "none"),
    (JP, "Poland, Japan and Canada will not rule out any form of help to Kyiv, including the supply of weapons.",
     "reconsider"),
]

# "rejected / dismissed as groundless a report that it had sent …": the verb and its "as" verdict make
# one denial of the claim, never two negations; a plain rejection of a claim is a denial too.
VERDICT_COMPLEMENT = [
    (LEO, ("Germany on Monday rejected as \"baseless\" a new Russian allegation that it had delivered Leopard 2 "
           "tanks to Ukraine."), "refrains"),
    (JP, "Tokyo dismissed as false the reports that it had shipped weapons to Ukraine.", "refrains"),
    (IL, "Israel rejected as groundless an accusation that it had sold missiles to Kyiv, Gallant said.", "refrains"),
    (IL, "Israel rejected an accusation that it had sold missiles to Kyiv, Gallant said.", "refrains"),
]

# ", state media reported": unowned state media closing a sentence whose subject is the actor announce
# the actor's own decision; another country's state media, a newspaper or another subject do not.
STATE_MEDIA = [
    (IL, "Israel has decided to send air-defence missiles to Ukraine, state television reported on Sunday.",
     "supplies"),
    (IL, "Israel has decided to send air-defence missiles to Ukraine, state media reported on Sunday.", "supplies"),
    (PT, "Portugal has begun delivering artillery shells to Ukraine, state-run media reported.", "supplies"),
    (IL, "Israel has decided to send air-defence missiles to Ukraine, Russian state media reported on Sunday.",
     "none"),
    (IL, "Israel has decided to send air-defence missiles to Ukraine, a newspaper reported on Sunday.", "none"),
    (IL, "Poland has decided to send air-defence missiles to Ukraine, state media reported on Sunday.", "none"),
]

# "is studying, at the request of Kyiv, the possibility of sending …": an adjunct between commas opened
# by "at" names on whose initiative; the weighing verb before it still governs the object.
INITIATIVE_ADJUNCT = [
    (JP, ("According to the minutes, Tokyo is studying, at the request of the Polish government, the possibility "
          "of sending weapons to Ukraine."), "reconsider"),
    (JP, ("According to the minutes of the meeting, Kishida told the Polish delegation that the government \"is "
          "studying, at the request of Kyiv, the possibility of sending weapons to Ukraine\"."), "reconsider"),
    (PT, ("The government is examining, at Kyiv's request, the possibility of supplying howitzers to Ukraine, "
          "Nuno Melo said."), "reconsider"),
    (JP, ("According to the minutes, Warsaw is studying, at the request of the Ukrainian government, the "
          "possibility of sending weapons to Ukraine."), "none"),
    (JP, ("Japan is studying, at the request of the Ukrainian government, the possibility of sending helmets to "
          "Ukraine."), "none"),
    (JP, "Poland is studying, at the request of Kyiv, the possibility of sending weapons to Ukraine.", "none"),
]

# "told deputies of the X Assembly that the government …": a body named inside the phrase of the ones told
# is never "the government"; the speaker's own government is.
TOLD_BODY = [
    (JP, ("Kishida told members of the European Parliament that the government is considering sending weapons to "
          "Ukraine."), "reconsider"),
    (PT, ("Nuno Melo told a delegation of the European Commission that the government is weighing the supply of "
          "artillery shells to Ukraine."), "reconsider"),
    (JP, "The European Parliament said the government is considering sending weapons to Ukraine.", "none"),
]

CASES = ALLEGING + CONDITION_THEN_SUBJECT + VERDICT_COMPLEMENT + STATE_MEDIA + INITIATIVE_ADJUNCT + TOLD_BODY


test_reads, test_enough_cases = reading_tests(CASES, minimum=27)
