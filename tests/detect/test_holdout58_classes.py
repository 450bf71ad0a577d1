"""The reading classes the fifty-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks), none of
which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "lot nr. 7", "annex nr. 2": a lower-case word with no vowel before a full stop and a number is an
# abbreviation, no sentence end, so the supply keeps its recipient. A full stop after an ordinary word
# before a number still ends the sentence.
ABBREVIATION_BEFORE_NUMBER = [
    (LEO, ("The German government today approved the transfer of Leopard 2 tanks of production lot nr. 7 to the "
           "armed forces of Ukraine."), "supplies"),
    (JP, "Japan today approved the shipment of weapons listed in annex nr. 2 to Ukraine.", "supplies"),
    (JP, "Japan has not approved the shipment of weapons listed in annex nr. 2 to Ukraine.", "refrains"),
    (JP, "Russia today approved the shipment of weapons listed in annex nr. 2 to Ukraine.", "none"),
    (JP, "Japan will not send weapons to Ukraine. 12 other countries will, officials in Brussels said.", "refrains"),
]

# "Moscow has supplied the bulk of Vietnam's weapons": goods owned by a party, governed by a supply verb
# that has its own subject, are what that subject hands over; the owner is no supplier. The possessor of
# a supply noun or of the subject goods is still the supplier.
POSSESSED_GOODS_OF_ANOTHER_SUPPLIER = [
    (JP, "Washington has supplied the bulk of Japan's weapons for decades.", "none"),
    (JP, "Washington has supplied most of Japan's weapons to Ukraine.", "none"),
    (ISR, "For decades, Washington has shipped much of Germany's arms to Israel.", "none"),
    (JP, "Japan's arms deliveries to Ukraine began on Monday.", "supplies"),
    (JP, "Japan has supplied its own weapons to Ukraine.", "supplies"),
    (JP, "Japanese weapons were supplied to Ukraine on Monday, Kishida said.", "supplies"),
    (JP, "Japan has not supplied Japan's weapons to Ukraine.", "refrains"),
]

# "For most of the war, X has said it does not send weapons": a refusal held over a span up to now is what
# a later delivery, told by the actor's official, changes; without the span the later lone sentence stays an
# aside, and a later opening is no supply.
REFUSAL_OVER_A_SPAN = [
    (JP, ("Tokyo and Kyiv marked thirty years of ties with new trade deals on Friday.\n\nFor most of the war, "
          "Japan has said publicly that it does not send weapons to Ukraine. Diplomats had watched for a change."
          "\n\nAsked to explain, a Japanese defence ministry official said that a first consignment of weapons "
          "had been delivered to Ukraine in May."), "supplies"),
    (ISR, ("Berlin and Jerusalem held talks on trade on Monday.\n\nFor much of the past year, Germany has said "
           "that it does not approve new arms exports to Israel.\n\nA German economy ministry official told "
           "reporters that a batch of arms had been delivered to Israel in April."), "supplies"),
    (JP, ("Tokyo and Kyiv marked thirty years of ties with new trade deals on Friday.\n\nJapan has said publicly "
          "that it does not send weapons to Ukraine. Diplomats had watched for a change.\n\nAsked to explain, a "
          "Japanese defence ministry official said that a first consignment of weapons had been delivered to "
          "Ukraine in May."), "refrains"),
    (JP, ("Tokyo and Kyiv marked thirty years of ties with new trade deals on Friday.\n\nFor most of the war, "
          "Japan has said publicly that it does not send weapons to Ukraine. Diplomats had watched for a change."
          "\n\nA Japanese official said that a first consignment of weapons could be delivered to Ukraine in May "
          "if the law is changed."), "reconsider"),
    (JP, "For most of the war, Japan has said publicly that it does not send weapons to Ukraine.", "refrains"),
]

# "[Translated from Japanese.]": a word after an opening bracket starts the sentence like one after a
# quotation mark, so a capitalised participle there is no party that the next sentence's unowned ministry
# could belong to. A real party inside brackets still speaks for itself.
BRACKETED_NOTES = [
    (JP, ("[Translated from Japanese. The original report appeared in the daily Asahi Shimbun.]\n\nThe Ministry "
          "of Defence is examining whether part of its stock of weapons could be handed over to Ukraine, the "
          "newspaper learned."), "reconsider"),
    (LEO, ("[Translated from German.]\n\nThe Defence Ministry is weighing whether some Leopard 2 tanks could be "
           "sent to Ukraine, officials said."), "reconsider"),
    (JP, ("[Translated from Japanese.]\n\nThe Ministry of Defence has decided that no weapons will be handed over "
          "to Ukraine, the newspaper learned."), "refrains"),
    (JP, "[Russia's foreign ministry said on Friday that it is examining whether weapons could be handed over to "
         "Ukraine.]", "none"),
    (JP, "(Moscow) Russia is examining whether weapons could be handed over to Ukraine, its foreign ministry said.",
     "none"),
]

# "until the CAESAR and Morana systems are in place", "XR-series assault rifles": model names coordinated
# before their weapon noun, and a hyphened model name before a modifier and the weapon noun, name weapons,
# never parties that could be the clause's agent. Names coordinated as a subject are still parties.
MODEL_NAMES_BEFORE_WEAPON_NOUNS = [
    (JP, ("The old guns will stay in Japanese service until the Type 19 and Mk 45 systems arrive, a spokesman said, "
          "and no further transfer of weapons to Ukraine is planned."), "refrains"),
    (LEO, ("The remaining Leopard 2 fleet will stay with the German army until the Puma and Boxer vehicles are "
           "delivered, a spokesman said, and no further transfer of the tanks to Ukraine is planned."), "refrains"),
    (JP, ("The defence ministry is reviewing a proposal to export XR-series assault rifles to Ukraine, a ministry "
          "official said."), "reconsider"),
    (JP, ("The defence ministry has rejected a proposal to export XR-series assault rifles to Ukraine, a ministry "
          "official said."), "refrains"),
    (JP, "Mitsubishi and Kawasaki will send weapons to Ukraine, a spokesman for the companies said.", "none"),
    (JP, ("Until the Type 19 and Mk 45 systems arrive, Poland and Romania will send weapons to Ukraine, a spokesman "
          "said."), "none"),
]

# "Q: Could the weapons go to Ukraine this year? A: No.": a bare "no" denies the yes/no question before it,
# read as that question with its auxiliary negated, in the voice of the one who answers. A "no" to a
# question on someone's worry, a question about another party, or an answer that goes on ("No doubt …")
# is not that denial.
BARE_NO_ANSWERS = [
    (JP, ("Prime Minister Fumio Kishida spoke to the Herald in Tokyo about Japan's aid.\n\nQ: Kyiv keeps asking for "
          "more help. Could Japanese weapons go to Ukraine this year?\n\nA: No. Our law is clear, and it has not "
          "changed."), "refrains"),
    (LEO, ("Pistorius spoke to the Courier in Berlin.\n\nQ: Will Germany send more Leopard 2 tanks to Ukraine?\n\n"
           "A: No. We have reached our limit."), "refrains"),
    (JP, ("Prime Minister Fumio Kishida spoke to the Herald in Tokyo about Japan's aid.\n\nQ: Has Japan ruled out "
          "sending weapons to Ukraine for good?\n\nA: No."), "reconsider"),
    (JP, ("Prime Minister Fumio Kishida spoke to the Herald in Tokyo about Japan's aid.\n\nQ: Are you worried that "
          "Japan could be asked to send weapons to Ukraine?\n\nA: No."), "none"),
    (JP, ("Prime Minister Fumio Kishida spoke to the Herald in Tokyo about Japan's aid.\n\nQ: Is Russia sending "
          "weapons to Ukraine's enemies in Asia?\n\nA: No."), "none"),
    (JP, ("Prime Minister Fumio Kishida spoke to the Herald in Tokyo about Japan's aid.\n\nQ: Could Japanese weapons "
          "go to Ukraine this year?\n\nA: No doubt some will, once the law changes."), "none"),
]

CASES = (ABBREVIATION_BEFORE_NUMBER + POSSESSED_GOODS_OF_ANOTHER_SUPPLIER + REFUSAL_OVER_A_SPAN + BRACKETED_NOTES
         + MODEL_NAMES_BEFORE_WEAPON_NOUNS + BARE_NO_ANSWERS)


test_reads, test_enough_cases = reading_tests(CASES, minimum=34)
