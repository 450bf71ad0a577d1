"""The reading classes the forty-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks,
Netherlands · F-16 jets), none of which the holdout uses. Each group holds near misses that must keep
their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, NL = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "nl-f16-ukraine"

# "does not, however, send": a connective between commas inside the verb group leaves the negation
# over the verb; without the negation the verb still supplies.
CONNECTIVE_BETWEEN_COMMAS = [
    (JP, "Japan does not, however, send weapons to Ukraine.", "refrains"),
    (ISR, "The new package does not, however, include weapons for Israel.", "refrains"),
    (JP, "Japan will not, though, provide arms to Ukraine, Kishida said.", "refrains"),
    (ISR, "Germany will, however, deliver weapons to Israel, Merz said.", "supplies"),
    (JP, "Japan, however, is sending weapons to Ukraine.", "supplies"),
]

# "Two senators predicted that Japan would soon begin sending weapons": a forecast is its maker's word,
# like "said"; the actor's own refusal still counts.
FORECAST_BY_OTHERS = [
    (JP, "Two opposition lawmakers predicted that Japan would soon begin sending weapons to Ukraine.", "none"),
    (ISR, "Analysts forecast that Germany will deliver more weapons to Israel next year.", "none"),
    (JP, ("Two lawmakers predicted that Japan would soon send weapons to Ukraine. Japan is not sending weapons to "
          "Ukraine, Kishida said."), "refrains"),
]

# "The government has instructed the Self-Defense Forces / its armed forces to assess whether …": the actor
# directing its own body (its name, its adjective, "its") commissions the weighing; the speaker's own side
# asked ("The prime minister has asked us to look at it again", said for the actor) weighs too. Another
# party directing, or directed, is pressure.
OWN_BODY_DIRECTED = [
    (JP, "Japan has instructed its armed forces to assess whether weapons can be sent to Ukraine.", "reconsider"),
    (JP, ("The government has instructed the Japanese Self-Defense Forces to study whether arms can be sent to "
          "Ukraine."), "reconsider"),
    (ISR, ("The chancellor has asked us to look at weapons deliveries to Israel again, a German official said."),
     "reconsider"),
    (JP, "Ukraine has urged Japan to assess whether weapons can be sent to Ukraine.", "none"),
    (JP, "Japan has asked Germany's army to assess whether weapons can be sent to Ukraine.", "none"),
    (ISR, "Opposition lawmakers have asked us to look at weapons deliveries to Israel again, a German official said.",
     "none"),
]

# "whether the jets can be released to Kyiv": the passive of "release" to a named party hands goods over;
# "released a statement to Kyiv" is news.
RELEASED_TO = [
    (NL, "The Netherlands is assessing whether F-16 jets can be released to Ukraine.", "reconsider"),
    (NL, "Rutte said the F-16s will not be released to Ukraine.", "refrains"),
    (NL, "The Netherlands released a statement to Ukraine about its F-16 jets.", "none"),
    (NL, "The F-16 test results were released to the press.", "none"),
]

# "A senior government official … spoke to the Herald": the official who talks to the paper answers; a
# government noun that heads one of the actor's names ("Dutch government") makes the unowned official the
# actor's, unless another party is named first.
SUBJECT_INTERVIEWEE = [
    (NL, ("A senior government official involved in Ukraine policy spoke to the Hague Herald.\n"
          "Q: Are F-16s for Ukraine off the table?\nA: We are looking at it again."), "reconsider"),
    (NL, ("A senior Dutch official spoke to the Hague Herald.\n"
          "Q: Are F-16s for Ukraine off the table?\nA: We are looking at it again."), "reconsider"),
    (NL, ("A senior Russian official spoke to the Hague Herald.\n"
          "Q: Are F-16s for Ukraine off the table?\nA: They are looking at it again."), "none"),
]

# "The Leopard 2 is among the systems under consideration": membership in a group takes the group's
# predicate; "not among" the weighed ones refuses like "is not under consideration".
GROUP_MEMBER = [
    (LEO, "The Leopard 2 tank is among the tanks under consideration for Ukraine, officials said.", "reconsider"),
    (LEO, "The Leopard 2 tank is one of the tanks under review, officials said.", "reconsider"),
    (LEO, "The Leopard 2 tank is not among the tanks under consideration for Ukraine, officials said.", "refrains"),
    (LEO, "The Leopard 2 tank is among the tanks in service with the army.", "none"),
]

# "A: Germany gave the tanks to Ukraine this spring." said by the recipient's interviewee: a delivery it
# received, like a closing ", Kyiv said"; a forecast or a guess by the same interviewee stays its word.
RECIPIENT_INTERVIEWEE = [
    (LEO, ("A Ukrainian commander spoke to the Herald.\nQ: How did you get the Leopard 2?\n"
           "A: Germany gave the Leopard 2 tanks to Ukraine this spring."), "supplies"),
    (LEO, ("A Ukrainian commander spoke to the Herald.\nQ: Will you get more Leopard 2 tanks?\n"
           "A: Germany will give more Leopard 2 tanks to Ukraine."), "none"),
    (LEO, ("A Ukrainian commander spoke to the Herald.\nQ: Did Germany send the Leopard 2?\n"
           "A: Germany may have sent Leopard 2 tanks to Ukraine."), "none"),
    (LEO, ("A Russian commander spoke to the Herald.\nQ: How did they get the Leopard 2?\n"
           "A: Germany gave the Leopard 2 tanks to Ukraine this spring."), "none"),
]

# "The announcement came a day after Japan unveiled a package …": an "after" clause a day or hours before the
# news is part of it; "years after" stays background beside a present position.
RECENT_AFTER = [
    (JP, ("The announcement came a day after Japan unveiled a new package for Ukraine that includes artillery "
          "shells."), "supplies"),
    (JP, "The talks opened hours after Japan refused to send weapons to Ukraine.", "refrains"),
    (JP, ("Japan is reviewing whether to send weapons to Ukraine, Kishida said. The review began years after Japan "
          "unveiled a package for Ukraine that includes artillery shells."), "reconsider"),
    (JP, "The announcement came a day after Russia claimed Japan was sending weapons to Ukraine.", "none"),
]

CASES = (RECENT_AFTER + CONNECTIVE_BETWEEN_COMMAS + FORECAST_BY_OTHERS + OWN_BODY_DIRECTED + RELEASED_TO + SUBJECT_INTERVIEWEE
         + GROUP_MEMBER + RECIPIENT_INTERVIEWEE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=33)
