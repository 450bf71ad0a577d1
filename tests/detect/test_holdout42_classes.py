"""The reading classes the forty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "with shoulder-fired and vehicle-mounted missiles": an untagged noun-participle compound after "and"
# modifies the noun after it; it is no second verb that would carry the clause's negation over. Before a
# determiner ("and fast-tracked the delivery") it is still a verb.
COMPOUND_MODIFIERS = [
    (JP, ("Japan is providing Ukraine with hand-held and truck-mounted anti-aircraft missiles, but will not give "
          "the country long-range missiles, a Japanese official said."), "supplies"),
    (ISR, "Germany is supplying Israel with ship-launched and ground-based interceptor missiles.", "supplies"),
    (ISR, "Germany has not supplied Israel with ship-launched and ground-based interceptor missiles.", "refrains"),
    (JP, "Japan has stopped its weapons deliveries to Ukraine and re-routed them to Taiwan.", "refrains"),
    (JP, "Japan has reviewed and fast-tracked the delivery of weapons to Ukraine.", "supplies"),
]

# 'Japan "will never arm" Ukraine': a closing quotation mark between "arm" and the party armed ends the
# quoted words, not the verb phrase; "arm" is still the verb of arming.
QUOTED_ARMING = [
    (JP, 'A Japanese spokesman said Japan "will never arm" any party in the war, Ukraine included.', "refrains"),
    (ISR, 'Merz said Germany "has never armed and will never arm" Israel.', "refrains"),
    (ISR, 'Merz said Germany "will arm" Israel.', "supplies"),
    (JP, 'Russia said Japan "will arm" Ukraine.', "none"),
]

# "might find it hard to go on turning down the requests": difficulty over a refusal (kept up or not) says
# the refusal may not last, an opening like "impossible to keep refusing"; right before a supply verb
# ("difficult to send") it is a hedged no, never a supply.
HARD_TO_REFUSE = [
    (JP, ("Kishida said that if the shelling went on, Japan might find it hard to go on turning down Ukraine's "
          "requests for weapons."), "reconsider"),
    (ISR, "Merz said Germany would find it difficult to keep rejecting Israel's requests for arms.", "reconsider"),
    (ISR, "Merz said it would be hard for Germany to refuse Israel's requests for weapons.", "reconsider"),
    (JP, "Kishida said it would be difficult to send weapons to Ukraine.", "refrains"),
    (ISR, "It is hard for Germany to supply weapons to Israel, Merz said.", "refrains"),
    (JP, "Japan will not send weapons to Ukraine, although it is hard to refuse friends, Kishida said.", "refrains"),
    (JP, "Kishida said it was hard to say whether Japan would send weapons to Ukraine.", "none"),
]

# ", the defence ministry said on Monday, and a second batch is being prepared": a clause joined by "and"
# after a closing reporting clause is one more statement; the reporting clause still names the speaker of
# what came before it. Another party's claim stays its claim.
SPEAKER_BEFORE_AND = [
    (JP, ("Shells have been shipped to Ukraine, the Japanese defence ministry said on Monday, and a second batch is "
          "being prepared."), "supplies"),
    (ISR, ("Shells have been shipped to Israel, the German government confirmed this week, and a further batch will "
           "follow in May."), "supplies"),
    (JP, "No shells have been shipped to Ukraine, the Japanese defence ministry said, and none are planned.", "refrains"),
    (JP, "Shells have been shipped to Ukraine, a Russian official claimed on Monday, and more would follow.", "none"),
]

_INTERVIEW = ("Fumio Kishida has been Japan's prime minister since 2021. The Tokyo Herald spoke to him in Tokyo.\n"
              "Q: Last year your government said Japan would not send weapons to Ukraine. Has that changed?\n"
              "A: Last year things were different. We said no then. Much has changed since. Today we are {}.")

# "Q: … said Japan would not send weapons. Has that changed? A: … Today we are studying it": an answer's
# "it" is what the question it answers named, however many sentences the answer takes to reach it; a
# supply of "it" still needs the object close by, and a question about something else names nothing.
ANSWER_REACHES_QUESTION = [
    (JP, _INTERVIEW.format("studying it carefully"), "reconsider"),
    (JP, _INTERVIEW.format("not considering it"), "refrains"),
    (JP, _INTERVIEW.format("sending it"), "none"),
    (JP, _INTERVIEW.replace("send weapons to Ukraine", "join the sanctions").format("studying it carefully"), "none"),
]

CASES = COMPOUND_MODIFIERS + QUOTED_ARMING + HARD_TO_REFUSE + SPEAKER_BEFORE_AND + ANSWER_REACHES_QUESTION


test_reads, test_enough_cases = reading_tests(CASES, minimum=23)
