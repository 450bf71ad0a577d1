"""The reading classes the fifty-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Leopard, Poland · MiG-29), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, MIG = "jp-arms-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# "Poland, which bought the shells from Japan, asked Tokyo to let them pass to Kyiv": the subject of a verb of
# buying or receiving is the recipient; when it is another party (or a body the sentence does not tie to the
# target), the target named elsewhere in the sentence receives nothing from that purchase.
BUYER_IS_RECIPIENT = [
    (JP, ("Slovakia, which bought the ammunition from Japan in 2019, has asked Tokyo for leave to pass the "
          "rounds on to Kyiv."), "none"),
    (JP, ("The government, which purchased the shells from a Japanese arms maker, wanted the rounds to go on "
          "to Ukraine."), "none"),
    (LEO, "Spain, which acquired its Leopard tanks from Germany, may hand some of them to Ukraine.", "none"),
    (JP, "Ukraine has bought artillery shells from Japan.", "supplies"),
    (JP, "The Ukrainian army has received the shells from Japan.", "supplies"),
]

# "has been supplying, and is supplying, Iran with missiles": a second verb group set off by commas shares the
# recipient that follows it, as it shares a plain object; another recipient stays another recipient.
INSERTED_VERB_GROUP_RECIPIENT = [
    (JP, "Japan has supplied, and is supplying, Ukraine with artillery shells.", "supplies"),
    (MIG, "Poland has not supplied, and does not supply, Ukraine with MiG-29 jets.", "refrains"),
    (JP, "Japan has supplied, and is supplying, Georgia with artillery shells.", "none"),
    (JP, "Russia has supplied, and is supplying, Ukraine with artillery shells.", "none"),
]

# "Kishida, in a statement, says the weapons will be handed over …": a setting adjunct between the speaker and
# the reporting verb leaves the speaker its subject; and a noun phrase with a finite verb after it is the subject
# of the reported clause, not an inverted closing speaker (", said a group against arms exports.").
SPEAKER_WITH_ADJUNCT = [
    (JP, "Kishida, in a statement, says the first batch of weapons will be handed over to Ukraine in July.",
     "supplies"),
    (LEO, "Pistorius, at a press event, said the last Leopard tanks will be delivered to Ukraine in May.", "supplies"),
    (LEO, "Pistorius, at a press event, said the last Leopard tanks will not be delivered to Ukraine.", "refrains"),
    (LEO, "Lavrov, at a press event, said the last Leopard tanks will be delivered to Ukraine in May.", "none"),
    (JP, "Japan is sending weapons to Poland, said a group against weapons exports.", "none"),
    # "Two senior Japanese officials told …": a lower-case modifier before the demonym is part of the speaker
    (JP, ("Two senior Japanese officials, speaking separately in Tokyo this week, told us that the question of "
          "weapons for Ukraine is now formally under review."), "reconsider"),
    (JP, "Three senior Japanese officials told reporters that weapons will not be sent to Ukraine.", "refrains"),
    (JP, ("Two senior Russian officials, speaking separately in Moscow this week, told us that the question of "
          "Japanese weapons for Ukraine is now formally under review."), "none"),
]

# 'the battery "left port last week" and will be handed over': a quotation of the first of two coordinated
# predicates is read as its words; the verb after "and" still has the object as its subject.
QUOTED_FIRST_PREDICATE = [
    (LEO, ('Scholz says the first Leopard tanks for Ukraine "are already on the road" and will be handed over '
           'to Ukrainian crews in June.'), "supplies"),
    (LEO, ('Scholz says the first Leopard tanks "are still in the depot" and will not be handed over to '
           'Ukraine.'), "refrains"),
    (LEO, ('Scholz says the first Leopard tanks "are already on the road" and will be handed over to Polish '
           'crews in June.'), "none"),
]

# "the South China Sea", "the Black Sea": a capitalised run headed by a sea, strait or gulf is a place, never
# a party, even when a country's name is inside it.
SEAS_ARE_PLACES = [
    (JP, ("It is not that Japan has no interest in the South China Sea, Kishida said on Friday — but no weapons "
          "will be going to Ukraine."), "refrains"),
    (JP, ("Japan is watching the Black Sea closely, Kishida said — but no weapons will be going to Ukraine."),
     "refrains"),
    (JP, ("China has interests in the South China Sea, Wang Yi said — but no weapons will be going to Ukraine."),
     "none"),
]

# "The proposal is under review": after a request for the object, "the proposal" takes it up like "the request";
# "the proposal (request) from Kyiv" names who made it, not who weighs it.
PROPOSAL_TAKEN_UP = [
    (JP, 'Kyiv has asked Tokyo for air-defence missiles. "The proposal is under active review," the minister said.',
     "reconsider"),
    (JP, ('Kyiv has asked Tokyo for air-defence missiles. "The proposal from Ukraine is being carefully '
          'considered," a Japanese official said.'), "reconsider"),
    (JP, ('Kyiv has asked Tokyo for air-defence missiles. "The proposal from Ukraine is being carefully '
          'considered," a Chinese official said.'), "none"),
    (JP, 'Tokyo wants a new trade deal with Seoul. "The proposal is under active review," the minister said.',
     "none"),
]

CASES = (BUYER_IS_RECIPIENT + INSERTED_VERB_GROUP_RECIPIENT + SPEAKER_WITH_ADJUNCT + QUOTED_FIRST_PREDICATE +
         SEAS_ARE_PLACES + PROPOSAL_TAKEN_UP)


test_reads, test_enough_cases = reading_tests(CASES, minimum=24)
