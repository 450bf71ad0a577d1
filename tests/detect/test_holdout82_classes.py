"""The reading classes the eighty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of tests/detect/stances.py
(Germany · Israel · weapons, Germany · Ukraine · Taurus), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

DE, TAURUS = "de-arms-israel", "de-taurus-ukraine"

# "The minister tells reporters Berlin is reviewing …": after a verb of telling and a plain noun it addresses
# ("reporters", "journalists", "lawmakers"), a clause with no "that" opens with its own subject; the one told is
# no party. Another party as that subject, another recipient, another speaker or a condition keep their readings.
TOLD_ADDRESSEE = [
    (TAURUS, "Scholz told reporters Berlin is reviewing Kyiv's request for Taurus missiles.", "reconsider"),
    (TAURUS, "Pistorius tells journalists Germany will send Taurus missiles to Ukraine.", "supplies"),
    (TAURUS, "Scholz told lawmakers Germany would not send Taurus missiles to Ukraine.", "refrains"),
    (TAURUS, "Scholz told reporters Britain is sending Storm Shadow and Taurus missiles to Ukraine.", "none"),
    (TAURUS, "Scholz told reporters Germany is sending Taurus missiles to Poland.", "none"),
    (TAURUS, "The Russian envoy told reporters Germany is sending Taurus missiles to Ukraine.", "none"),
    (TAURUS, "Scholz told reporters Germany could send Taurus missiles to Ukraine if Russia escalates.", "reconsider"),
]

# "now that the bombs have stopped falling": a verb of ending with a gerund of no supply or travel ends what the
# weapons do, not a supply of them; "stopped arriving / flowing" and a bare "have stopped" still end a supply.
WEAPONS_OWN_ACTIVITY = [
    (DE, "Voices in the coalition want to resume arms sales to Israel now that the bombs have stopped falling.", "none"),
    (DE, "The rockets have stopped falling on Tel Aviv, the German government said.", "none"),
    (DE, "German weapons have stopped arriving in Israel.", "refrains"),
    (DE, "German arms shipments to Israel have stopped.", "refrains"),
    (DE, "German arms shipments to Israel have stopped flowing.", "refrains"),
    (DE, "Germany has stopped selling weapons to Israel.", "refrains"),
]

# "components for the SAMP/T system": a capitalised model name with a one- or two-letter variant after a slash is
# a designation, never a party (so no other recipient); pairs of parties ("US/UK") stay parties.
SLASHED_DESIGNATION = [
    (TAURUS, "Pistorius received Ukraine's defence minister in Berlin. Germany continues to deliver Taurus missiles "
             "and spare parts for the SAMP/T system.", "supplies"),
    (TAURUS, "Germany is delivering Taurus missiles and launchers for the SAMP/T to Ukraine.", "supplies"),
    (TAURUS, "Pistorius received Ukraine's defence minister in Berlin. Germany continues to deliver Taurus missiles "
             "and spare parts for Poland.", "none"),
    (TAURUS, "Germany sends the SAMP/T to Ukraine but will not send Taurus missiles.", "refrains"),
    (TAURUS, "The US/UK have sent Taurus missiles to Ukraine.", "none"),
]

# "We looked at it carefully and concluded that …": a past weighing written as a verb with its particle ends in
# the finding like "examined … and concluded"; a present or unconcluded look, or a conclusion that opens, stays open.
FINISHED_PARTICLE_REVIEW = [
    (DE, "Germany will not supply weapons to Israel, Merz said. \"We looked at it carefully and concluded that "
         "the conditions are not there,\" he said.", "refrains"),
    (DE, "Germany will not supply weapons to Israel, Merz said. \"We are looking at it carefully,\" he said.",
     "reconsider"),
    (DE, "Germany will not supply weapons to Israel, Merz said. \"We looked at it again last week,\" he said.",
     "reconsider"),
    (DE, "Germany has stopped arms exports to Israel. The government looked at the request and concluded that "
         "weapons could be sent to Israel.", "reconsider"),
]
# "Berlin stopped approving arms exports in early 2024": a part of a year ("early 2024", "mid-2023") dates a
# simple-past halt like "in February 2024", so it is the story's background and the present review decides; a halt
# "early this week", or one the article reports alone, keeps its refusal.
YEAR_PART_DATES = [
    (DE, "Germany is reviewing a request from Israel for naval ammunition, the ministry said. Berlin stopped "
         "approving arms exports to Israel in early 2024 after a court case.", "reconsider"),
    (DE, "Germany is reviewing a request from Israel for naval ammunition, the ministry said. Berlin halted arms "
         "exports to Israel in mid-2023.", "reconsider"),
    (DE, "Germany is reviewing a request from Israel for naval ammunition, the ministry said. Berlin halted arms "
         "exports to Israel early this week.", "refrains"),
    (DE, "Germany halted arms exports to Israel in late 2024.", "refrains"),
]

# "Asked explicitly about the Taurus, he said: …": a manner adverb between "Asked" and "about / whether" keeps
# the reporter's question, so the answer is read over the asked supply; declining to comment, another party's
# answer or a plain report keep their readings.
ADVERB_QUALIFIED_QUESTION = [
    (TAURUS, "Scholz spoke in Berlin about Ukraine. Asked explicitly about the Taurus, Scholz said: \"Everything will "
             "be evaluated with our allies.\"", "reconsider"),
    (TAURUS, "Asked directly whether Germany would send Taurus missiles to Ukraine, Scholz said: \"No decision has "
             "been taken.\"", "reconsider"),
    (TAURUS, "Asked specifically about the Taurus, Scholz declined to comment.", "none"),
    (TAURUS, "Asked explicitly whether Germany would send Taurus missiles to Ukraine, the Russian ambassador said it "
             "would.", "none"),
    (TAURUS, "Asked explicitly about the Taurus, Scholz said Germany is sending them to Ukraine.", "supplies"),
    (TAURUS, "Asked directly whether Germany would send Taurus missiles to Ukraine, Scholz said Germany would not "
             "send them.", "refrains"),
]

CASES = (TOLD_ADDRESSEE + WEAPONS_OWN_ACTIVITY + SLASHED_DESIGNATION + FINISHED_PARTICLE_REVIEW + YEAR_PART_DATES +
         ADVERB_QUALIFIED_QUESTION)


test_reads, test_enough_cases = reading_tests(CASES, minimum=32)
