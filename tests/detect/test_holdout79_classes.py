"""The reading classes the seventy-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline and shipped stances of
tests/detect/stances.py (Japan · weapons, United States · Ukraine · ATACMS), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ATACMS = "jp-arms-ukraine", "us-atacms-ukraine"

# "…, Kishida announced on Friday.": "announced" after a comma and a short subject closes the sentence like
# "said", naming its speaker; ", adding to the ten already there" is a count increased, not a word said.
# Another party announcing, a negation or another recipient keep their readings.
CLOSING_ANNOUNCEMENT = [
    (JP, "Four more weapons shipments are being sent to Ukraine, Kishida announced on Friday.", "supplies"),
    (JP, ("Further arms are being delivered to Ukraine, Prime Minister Kishida announced in Osaka, adding to the "
          "batch that Kyiv's troops received in May."), "supplies"),
    (JP, "No weapons will be sent to Ukraine, Kishida announced on Friday.", "refrains"),
    (JP, "Four more weapons shipments are being sent to Ukraine, the Russian ministry announced.", "none"),
    (JP, "Four more weapons shipments are being sent to Poland, Kishida announced on Friday.", "none"),
    (JP, "Japan announced on Monday that it would send weapons to Ukraine.", "supplies"),
]

# "Atacms" for a stance that writes "ATACMS": a model name given in capitals is also written with one capital in
# running text, and is the same system. Other systems, refusals and other recipients keep their readings.
CAPITALISED_MODEL_NAMES = [
    (ATACMS, "The United States is sending Atacms missiles to Ukraine, the Pentagon said.", "supplies"),
    (ATACMS, "Not a single Atacms missile has been sent to Ukraine, the Pentagon said.", "refrains"),
    (ATACMS, "The United States is sending Atacms missiles to Poland, the Pentagon said.", "none"),
    (ATACMS, "The United States is sending Stinger missiles to Ukraine, the Pentagon said.", "none"),
    (ATACMS, "Washington is weighing whether to send Atacms to Kyiv, officials said.", "reconsider"),
]

# "The executive is studying …" (translated European press): "the executive" as a subject before its verb is
# the government of the story, like "the government"; an industry executive or "the executive branch" of
# another country is not.
THE_EXECUTIVE = [
    (JP, "Japan has so far sent no weapons. The executive is studying the possibility of sending arms to Ukraine.",
     "reconsider"),
    (JP, "Japan has so far sent no weapons. The executive has decided not to send arms to Ukraine.", "refrains"),
    (JP, "A defence industry executive is studying the possibility of sending arms to Ukraine.", "none"),
    (JP, "Japan has so far sent no weapons. The executive is studying the possibility of sending arms to Poland.",
     "refrains"),
]

CASES = CLOSING_ANNOUNCEMENT + CAPITALISED_MODEL_NAMES + THE_EXECUTIVE


test_reads, test_enough_cases = reading_tests(CASES, minimum=15)
