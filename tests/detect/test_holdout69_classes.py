"""The reading classes the sixty-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stance Japan · Ukraine · weapons of
tests/detect/stances.py, which the holdout does not use. Each group holds near misses that must keep their
reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP = "jp-arms-ukraine"

# "Poland, which borders Ukraine, is a NATO member but has also bought Japanese drones": a buying verb after
# "but / and" shares the subject of the first verb, and that buyer is the recipient, never the target named in a
# relative on it. The target as buyer, or a supplier sharing the subject, keeps its reading.
BUYER_SHARED_BY_COORDINATED_VERB = [
    (JP, "Poland, which has close ties with Ukraine, is a NATO member but has also bought Japanese drones.", "none"),
    (JP, "Moldova, a neighbour of Ukraine, is neutral but has recently bought Japanese rifles.", "none"),
    (JP, "Ukraine is short of shells but has also bought Japanese drones, Kishida said.", "supplies"),
    (JP, "Poland is a NATO member, but Japan has also sent drones to Ukraine.", "supplies"),
    (JP, "Poland, which borders Ukraine, is a NATO member and has sent Japanese-made drones to Kyiv.", "none"),
]

# "Japan's refusal to arm Ukraine could change if …", "could (eventually) be lifted": a refusal noun whose modal
# predicate is a change or an end is a refusal that may go, an opening. "will not change", a change with an
# object of its own ("could change its ties with …") and another party's refusal keep their readings.
REFUSAL_THAT_MAY_CHANGE = [
    (JP, "Japan's refusal to arm Ukraine could change if the war spreads, Kishida said.", "reconsider"),
    (JP, "Japan's refusal to send weapons to Ukraine may soon change, Kishida said.", "reconsider"),
    (JP, "Japan's refusal to send weapons to Ukraine could eventually be lifted, Kishida said.", "reconsider"),
    (JP, "Japan's refusal to arm Ukraine will not change, Kishida said.", "refrains"),
    (JP, "Japan's refusal to arm Ukraine could change its ties with Russia, Kishida said.", "refrains"),
    (JP, "Poland's refusal to arm Ukraine could change, Kishida said.", "none"),
]

# "The leadership is reviewing this question", "I would not exclude anything": a bare "this question / the
# matter / the issue" after a progressive weighing verb, and "anything" after a refusing verb, are the option
# named or asked just before. Another party's review, a question with content of its own ("the question of
# sanctions") and "anything of the kind" excluded keep their readings.
VAGUE_OPTION_WEIGHED = [
    (JP, "Japan has not sent weapons to Ukraine. The cabinet is reviewing this question, Kishida said.", "reconsider"),
    (JP, "Japan has not sent weapons to Ukraine. Kishida said he would not exclude anything.", "reconsider"),
    (JP, "Q: Will Japan send weapons to Ukraine?\nA: So far we have not. Tokyo is studying the matter.", "reconsider"),
    (JP, "Japan has not sent weapons to Ukraine. Poland is reviewing this question.", "refrains"),
    (JP, "Japan has not sent weapons to Ukraine. The cabinet is reviewing the question of sanctions.", "refrains"),
    (JP, "Japan has not sent weapons to Ukraine. Kishida said he would exclude anything of the kind.", "refrains"),
]

# 'Q: Let me turn to Ukraine. Is Japan still sending weapons? A: Yes.': the question turn an answer replies to
# names the recipient for it, like the sentence before; a bare "yes" to "Is Poland still sending …?" keeps Poland
# the agent. Another recipient, a target named only in an earlier turn, or another supplier keep their readings.
QUESTION_TURN_NAMES_TARGET = [
    (JP, "Kishida spoke to us in Tokyo.\nQ: Let me turn to Ukraine. Is Japan still sending weapons?\nA: Yes.", "supplies"),
    (JP, "Kishida spoke to us in Tokyo.\nQ: Let me turn to Ukraine. Is Japan still sending weapons?\nA: No.", "refrains"),
    (JP, "Kishida spoke to us in Tokyo.\nQ: Let me turn to Ukraine. Is Japan still sending weapons to Poland?\nA: Yes.",
     "none"),
    (JP, "Kishida spoke to us in Tokyo.\nQ: Ukraine is calm. Thank you.\nA: Thank you.\nQ: Is Japan still sending "
         "weapons?\nA: Yes.", "none"),
    (JP, "Kishida spoke to us in Tokyo.\nQ: Let me turn to Ukraine. Is Poland still sending weapons?\nA: Yes.", "none"),
    (JP, "Kishida spoke to us in Tokyo.\nQ: Is Poland still sending weapons to Ukraine?\nA: Yes.", "none"),
]

# "Deliveries, including of weapons, continue", "Rifles, rocket-propelled grenades and shells are being delivered":
# a member listed with "of" after a supply noun, and a list whose members carry a hyphenated participle, are the
# subject of the verb after them. A halt, another recipient and another party's word keep their readings.
LISTED_MEMBERS = [
    (JP, "Japanese deliveries to Ukraine, including of weapons, continue as planned, Kishida said.", "supplies"),
    (JP, "Deliveries to Ukraine, including of artillery shells, have been halted, Kishida said.", "refrains"),
    (JP, "Deliveries to Ukraine, including of weapons, continue as planned, Russian officials said.", "none"),
    (JP, "Japanese deliveries to Poland, including of weapons, continue as planned.", "none"),
    (JP, "Rifles, laser-guided missiles and shells are being delivered to Ukraine, Kishida said.", "supplies"),
    (JP, "Rifles, shoulder-fired missiles and shells are not being delivered to Ukraine, Kishida said.", "refrains"),
    (JP, "Rifles, laser-guided missiles and shells are being delivered to Poland, Kishida said.", "none"),
    (JP, "Rifles, laser-guided missiles and shells are being delivered to Ukraine, Russian officials said.", "none"),
]

# "Ammunition continues to flow, the minister said": goods that go on flowing with no destination of their own
# go to the recipient of the story, a supply under way. "no longer", another recipient, another party's word, or
# no target in the story keep their readings.
FLOW_GOES_ON = [
    (JP, "Japan met Ukrainian envoys on Monday. Ammunition continues to flow, Kishida said.", "supplies"),
    (JP, "Japan met Ukrainian envoys on Monday. Shells keep flowing, Kishida said.", "supplies"),
    (JP, "Japan met Ukrainian envoys on Monday. Ammunition no longer continues to flow, Kishida said.", "refrains"),
    (JP, "Japan met Ukrainian envoys on Monday. Ammunition continues to flow, Russian officials said.", "none"),
    (JP, "Japan met Ukrainian envoys on Monday. Ammunition continues to flow to Poland, Kishida said.", "none"),
    (JP, "Ammunition continues to flow, Kishida said.", "none"),
]


def _briefing(place: str, intro: str, answer: str) -> str:
    """A briefing transcript whose lines are labelled by outlet and by the spokesperson's name."""
    return (f"Excerpts from Monday's regular briefing at the foreign ministry in {place}. {intro}\n\n"
            "AFP: Kyiv says a new consignment has arrived. Can you confirm?\n\n"
            f"Ken Sato: Relations with Ukraine are good. {answer}\n\n"
            "Reuters: Will the minister travel to Brussels next week?\n\n"
            "Ken Sato: I have no information to release on that.")


# A briefing transcript ("AFP: …? / Ken Sato: …") whose introduction names the answering label as the
# spokesperson ("The spokesperson was Ken Sato") of "the foreign ministry in Tokyo": the answers are the
# ministry's word. A ministry of another capital, another recipient or another supplier keep their readings.
BRIEFING_SPOKESPERSON = [
    (JP, _briefing("Tokyo", "The spokesperson was Ken Sato.", "Deliveries of weapons continue as planned."), "supplies"),
    (JP, _briefing("Tokyo", "The spokesman, Ken Sato, took questions.",
                   "Deliveries, including of weapons, continue as planned."), "supplies"),
    (JP, _briefing("Tokyo", "The deputy spokesperson, Ken Sato, took questions.", "Weapons deliveries have been halted."),
     "refrains"),
    (JP, _briefing("Moscow", "The spokesperson was Ken Sato.", "Deliveries of weapons continue as planned."), "none"),
    (JP, _briefing("Tokyo", "The spokesperson was Ken Sato.", "Deliveries of weapons to Poland continue as planned."),
     "none"),
    (JP, _briefing("Tokyo", "The spokesperson was Ken Sato.", "Polish deliveries of weapons continue as planned."),
     "none"),
]

CASES = BUYER_SHARED_BY_COORDINATED_VERB + REFUSAL_THAT_MAY_CHANGE + VAGUE_OPTION_WEIGHED + \
    QUESTION_TURN_NAMES_TARGET + LISTED_MEMBERS + FLOW_GOES_ON + BRIEFING_SPOKESPERSON


test_reads, test_enough_cases = reading_tests(CASES, minimum=43)
