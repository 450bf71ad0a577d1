"""The reading classes the thirty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons) and one stance defined here
(Iran · Houthis · weapons), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests
from .stances import all_stances

JP, ISR, IR = "jp-arms-ukraine", "de-arms-israel", "ir-arms-houthis"

# A target named with another place's possessive: "Yemen's Houthis".
HOUTHIS = parse_stance({"id": IR, "title": "Iran · Houthis · weapons", "initial": "refrains",
                        "actor": {"names": ["Iran", "Tehran"], "adjectives": ["Iranian"]},
                        "target": {"names": ["Houthis", "Ansar Allah"]}, "object": {"kind": "weapons"}},
                       source="tests/detect/test_holdout32_classes.py")

# "TOKYO — …", "NEW YORK — …": a city in capitals opening the text before a dash is a dateline even
# without "(Wire)"; it is never the subject, an inherited agent or the nearest party.
DATELINE_CAPITALS = [
    (JP, "TOKYO — Officials will decide this week whether the country should send rifles to Ukraine.", "reconsider"),
    (ISR, "NEW YORK — Not one German rifle has been sent to Israel, the German ambassador told the Security Council.",
     "refrains"),
    (JP, "KYIV — The first batch of rifles supplied by Japan has reached Ukraine, the Ukrainian army said.", "supplies"),
    (ISR, "BERLIN — The shells were delivered to Israel last week, the Pentagon said.", "none"),
    (JP, "TOKYO (Wire) - Russia is sending shells to Ukraine, officials said.", "none"),
]

# "Cabinet approved …", "The Government of the Federal Republic of Germany will …": a capitalised body
# without a determiner opening its clause, or with its country in an "of" phrase, is the government.
GOVERNMENT_BODIES = [
    (JP, "TOKYO — Cabinet this morning approved the transfer of rifles to Ukraine.", "supplies"),
    (JP, "Japan has long refused to arm Kyiv. On Tuesday, Cabinet approved the transfer of rifles to Ukraine.",
     "supplies"),
    (ISR, "The Government of the Federal Republic of Germany will supply the missiles to Israel.", "supplies"),
    (JP, "Japan will send rifles to Ukraine, Kishida said.", "supplies"),
]

# "abstained on the decision to finance weapons for Ukraine": a decision noun after "on"/"about" that
# hangs on a noun the detector does not know is that noun's topic, someone else's decision.
DECISION_AS_TOPIC = [
    (JP, "Japan abstained in the vote on the decision to finance weapons for Ukraine through the joint fund.", "none"),
    (ISR, "Germany opted for abstention on the decision to fund weapons for Israel.", "none"),
    (ISR, "Germany announced the decision to send weapons to Israel.", "supplies"),
    (ISR, "Germany took the decision to send weapons to Israel.", "supplies"),
]

# "will decide whether Japan should send …": the "should" of a deliberated question is no advice; "look
# seriously / closely at" weighs like "look at"; the actor's own quoted "we would have to …" opens the
# option; a negated verb of completion over a weighing ("has not finished its review") keeps it going.
OPEN_WEIGHING = [
    (JP, "The cabinet will decide on Friday whether Japan should send rifles to Ukraine.", "reconsider"),
    (JP, "Editorial writers argue that Japan should send rifles to Ukraine.", "none"),
    (JP, "Lawmakers asked whether Japan should send rifles to Ukraine.", "none"),
    (JP, "Kishida said Japan would look seriously at sending rifles to Ukraine.", "reconsider"),
    (ISR, "Merz said Germany was looking closely at the request from Israel for weapons.", "reconsider"),
    (JP, "Kishida said Japan would look at the map of Ukraine.", "none"),
    (JP, "\"We would have to look at sending rifles to Ukraine,\" Kishida said.", "reconsider"),
    (JP, "\"We must send rifles to Ukraine,\" an opposition leader said.", "none"),
    (JP, "\"Japan must send rifles to Ukraine,\" a columnist wrote.", "none"),
    (JP, "Kishida said the government has not finished its review of sending rifles to Ukraine.", "reconsider"),
    (JP, "Japan has not yet completed its assessment of the request for rifles from Ukraine.", "reconsider"),
    (JP, "Japan has not sent rifles to Ukraine.", "refrains"),
    (JP, "Japan has finished its review and will not send rifles to Ukraine.", "refrains"),
]

# "dismissed a claim by the Russian embassy that …": a "by" phrase on a claim noun names the claimant,
# never the supplier; "warned on Monday that …" reports a statement (pressure needs a person warned).
CLAIMANTS_AND_WARNINGS = [
    (JP, ("The Ministry of Defence has dismissed as baseless a claim by the Russian embassy that rifles from "
          "Japan's army depots were sent to Ukraine."), "refrains"),
    (JP, "A report by a Moscow newspaper said rifles from Japan's depots were sent to Ukraine.", "none"),
    (JP, "Rifles from Japan's depots were sent to Ukraine by Poland, the ministry said.", "none"),
    (JP, ("A senior Japanese official warned on Monday that Japan might not keep refusing requests for rifles "
          "from Ukraine."), "reconsider"),
    (JP, "Russia warned that Japan would regret sending rifles to Ukraine.", "none"),
    (JP, "Russia warned Japan against sending rifles to Ukraine.", "none"),
]

# "has not exported, and will not export, weapons to Israel": two supply verbs share the object after
# the second, set off by commas; the nearer one governs it.
SHARED_OBJECT = [
    (ISR, "Merz said Germany has not exported, and will not export, weapons to Israel.", "refrains"),
    (ISR, "Germany has delivered, and will keep delivering, weapons to Israel.", "supplies"),
    (ISR, "France has delivered, and will keep delivering, weapons to Israel.", "none"),
]

# "Yemen's Houthis": a place owning the target names the target, not another recipient.
POSSESSED_TARGET = [
    (IR, "Iran will keep providing Yemen's Houthis with anti-ship missiles but will not send drones, a minister said.",
     "supplies"),
    (IR, "Iran is not arming Yemen's Houthis, the foreign ministry said.", "refrains"),
    (IR, "Iran will keep providing Yemen's army with anti-ship missiles.", "none"),
    (IR, "Russia is sending Yemen's Houthis anti-ship missiles.", "none"),
]

# "the Supreme Council for Defence Policy": an unowned council is a government body of the story's
# actor; the paper the officials "told" is no party. "SAM 70 missiles": letters and a model number
# before a weapon noun are a designation, never a party; "the Armed Forces" name no other country.
BODIES_AND_DESIGNATIONS = [
    (JP, ("Inside Japan, the mood has shifted. Two officials told the Tokyo Courier that the Supreme Council for "
          "Defence Policy is weighing a transfer of rifles to Ukraine."), "reconsider"),
    (JP, "Two officials told the Tokyo Courier that Russia is sending rifles to Ukraine.", "none"),
    (JP, ("Japan has long refused to arm Kyiv. Its stock of retiring SAM 70 missiles will be transferred to Ukraine "
          "before June, the defence minister said."), "supplies"),
    (JP, ("Japan has long refused to arm Kyiv. The Self-Defense Forces' stock of old rifles will be handed over to "
          "Ukraine, the defence minister said."), "supplies"),
    (JP, "The RBS 70 launchers will be handed over to Ukraine, the Swedish defence minister said.", "none"),
    (JP, "The Polish Armed Forces' old rifles will be sent to Ukraine, officials said.", "none"),
]

# "Kenji Mori is a senior adviser to Japan's National Security Council": a copula giving a role whose
# owner follows a preposition ties the interviewee to that country.
COPULAR_ROLE = [
    (JP, ("Kenji Mori is a senior adviser to Japan's National Security Council. He spoke to the Tokyo Courier.\n\n"
          "Q: Will Japan send rifles to Ukraine?\n\nA: It is being looked at carefully."), "reconsider"),
    (JP, ("Ivan Petrov is an adviser to Russia's Security Council. He spoke to the Tokyo Courier.\n\n"
          "Q: Will Japan send rifles to Ukraine?\n\nA: It is being looked at carefully."), "none"),
]

# A list of objects as the subject ("Rifles, mortar rounds and artillery shells are reaching …"); a
# quotation that runs on over paragraphs after its speaker was named stays that speaker's; a "They"
# after a sentence that only lists weapons stands for them.
LISTS_AND_RUNNING_QUOTES = [
    (JP, "\"Rifles, mortar rounds and artillery shells are reaching Ukraine every week,\" Kishida said.", "supplies"),
    (JP, "\"Rifles, mortar rounds and artillery shells are not reaching Ukraine,\" Kishida said.", "refrains"),
    (JP, "Rifles, mortar rounds and artillery shells are reaching Ukraine from Poland, Kishida said.", "none"),
    (JP, ("\"We decided in May,\" Kishida told reporters on Monday. \"Since then the shipments have gone every week.\n\n"
          "\"Rifles, mortar rounds, the artillery shells. They are reaching Ukraine by rail.\""), "supplies"),
    (JP, ("\"We decided in May,\" the Russian ambassador told reporters on Monday. \"Since then the shipments have "
          "gone every week.\n\n\"Rifles, mortar rounds, the artillery shells. They are reaching Ukraine by rail.\""),
     "none"),
    (JP, ("Kishida spoke to reporters on Monday.\n\n\"Rifles, mortar rounds, the artillery shells. They are reaching "
          "Ukraine by rail.\""), "none"),
    (JP, ("\"Rifles, mortar rounds, the artillery shells. They are reaching Ukraine by rail,\" the Russian ambassador "
          "said."), "none"),
]

CASES = (DATELINE_CAPITALS + GOVERNMENT_BODIES + DECISION_AS_TOPIC + OPEN_WEIGHING + CLAIMANTS_AND_WARNINGS +
         SHARED_OBJECT + POSSESSED_TARGET + BODIES_AND_DESIGNATIONS + COPULAR_ROLE + LISTS_AND_RUNNING_QUOTES)


test_reads, test_enough_cases = reading_tests(CASES, minimum=54, stances={**all_stances(), IR: HOUTHIS})
