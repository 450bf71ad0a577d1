"""The reading classes the fiftieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Poland · MiG-29, UK ·
Challenger 2), none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, MIG, CHAL = "jp-arms-ukraine", "de-arms-israel", "pl-mig29-ukraine", "uk-challenger-ukraine"

# "an Israeli general said Germany is weighing a request to supply Israel with …": the recipient telling
# how its own request is being handled is first-hand, not a third party's claim. Only the weighing of a
# request is lifted: a recipient's claim of a supply, or another country's word, stays a claim.
RECIPIENT_ON_OWN_REQUEST = [
    (JP, ("A senior Ukrainian defence official said on Monday that Japan is considering a request to supply "
          "Ukraine with artillery shells."), "reconsider"),
    (MIG, ("A Ukrainian air force spokesman said this week that Poland is reviewing a request to hand over more "
           "MiG-29 jets to Ukraine."), "reconsider"),
    (ISR, "An Israeli official said on Sunday that Germany is reviewing a request to supply Israel with weapons.",
     "reconsider"),
    (JP, "A Russian diplomat said on Monday that Japan is considering a request to supply Ukraine with weapons.",
     "none"),
    (JP, "A senior Ukrainian defence official said on Monday that Japan is preparing to send weapons to Ukraine.",
     "none"),
]

# "Federal ministers on Thursday approved …" under the actor's capital dateline: "ministers" after a
# capitalised government title word is the government sitting, like "the cabinet". Ministers of another
# country, or plain ministers elsewhere, keep their own voice.
TITLED_MINISTERS = [
    (CHAL, ("LONDON — Cabinet ministers on Tuesday approved sending Challenger 2 tanks from army stocks to "
            "Ukraine, two officials said."), "supplies"),
    (CHAL, ("LONDON — Cabinet ministers will meet on Tuesday to review a Ukrainian request for Challenger 2 "
            "tanks, two officials said."), "reconsider"),
    (CHAL, ("LONDON — Polish ministers on Tuesday approved sending Challenger 2 tanks to Ukraine, two "
            "officials said."), "none"),
    (JP, "TOKYO — Cabinet ministers on Friday approved sending weapons to Ukraine, officials said.", "supplies"),
    (JP, "TOKYO — Cabinet ministers on Friday discussed the budget for next year.", "none"),
]

# '"Our position has not changed," she said. "They are not part of what we are providing to Kyiv."': a
# "they" opening the sentence as subject of a negated "part of" is the goods just named, excluded from the
# supply. The same without "not" stays anaphoric and never becomes a supply.
EXCLUDED_PRONOUN = [
    (CHAL, ('"Our position on the Challenger 2 tanks has not changed," Wallace said. "They are not part of what '
            'we are sending to Ukraine."'), "refrains"),
    (MIG, ('Blaszczak was asked about the MiG-29 jets on Friday. "They are not part of what Poland is giving '
           'Ukraine," he said.'), "refrains"),
    (CHAL, ('"Our position on the Challenger 2 tanks has not changed," Wallace said. "They are part of what we '
            'are sending to Ukraine."'), "none"),
    (JP, '"They are not part of our plans," Kishida said of the new tax measures.', "none"),
]

# "… asked to present options for handing Challenger 2 tanks to Ukraine, and Britain is weighing a transfer":
# a supply noun right after a weighing verb, in a sentence that named the object, is that object's supply
# weighed. A supply noun after a verb of deciding is not read this way (no supply from an echo).
WEIGHED_SUPPLY_NOUN = [
    (CHAL, ("The army chief has been asked by the minister to present options for handing Challenger 2 tanks to "
            "Ukraine, and Britain is weighing a transfer of up to twenty, a senior source said."), "reconsider"),
    (MIG, ("Generals were told to draw up options for moving MiG-29 jets to Ukraine, and Poland is considering "
           "a transfer of ten, officials said."), "reconsider"),
    (CHAL, ("The army chief has been asked by the minister to present options for handing Challenger 2 tanks to "
            "Ukraine, and Britain has approved a transfer of fuel trucks to Poland."), "none"),
]

# "In March it said it would not send weapons. Now it is weighing the question again": "the question" after
# a weighing verb and before "again" is the decision named before, reopened. Without "again", or with no
# weighing verb, the question is some other matter.
REOPENED_QUESTION = [
    (JP, ("In March, the Japanese government told Ukraine it would not send weapons. Half a year later, it is "
          "reviewing the question again."), "reconsider"),
    (MIG, ("Last year Poland said it would not hand over its remaining MiG-29 jets to Ukraine. Now it is weighing "
           "the question again."), "reconsider"),
    (JP, ("In March, the Japanese government told Ukraine it would not send weapons. Half a year later, it is "
          "studying the question of energy prices."), "refrains"),
    (JP, "Japan is studying the question again, a spokesman said of the fishing dispute.", "none"),
]

CASES = RECIPIENT_ON_OWN_REQUEST + TITLED_MINISTERS + EXCLUDED_PRONOUN + WEIGHED_SUPPLY_NOUN + REOPENED_QUESTION
test_holdout50_reads, test_holdout50_enough_cases = reading_tests(CASES, minimum=21)
