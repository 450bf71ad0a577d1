"""The reading classes the sixty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "Ukraine has offered to buy back older missiles from the Japanese army": the buyer's offer (or proposal) to
# buy is its wish; the seller has handed over nothing and agreed to nothing. A purchase done, or the seller's
# own offer to sell, keeps its reading.
OFFERED_PURCHASE = [
    (JP, "Ukraine has offered to buy back a batch of surplus rifles from the Japanese army, officials in Tokyo said.",
     "none"),
    (ISR, "Israel has proposed to purchase two hundred tanks from Germany, according to people familiar with the talks.",
     "none"),
    (JP, "Kyiv offered last month to purchase ageing air-defence missiles from Japan, a ministry source said.", "none"),
    (JP, "Ukraine has bought a batch of surplus rifles from the Japanese army, officials in Tokyo said.", "supplies"),
    (ISR, "Israel has bought two hundred tanks from Germany, the manufacturer said.", "supplies"),
    (JP, "Japan has offered to sell surplus rifles to Ukraine, officials in Tokyo said.", "supplies"),
    (JP, "Ukraine has offered to buy back a batch of surplus rifles from Poland, officials said.", "none"),
]

# "A deal signed on Friday will see Germany transfer twelve tanks to Israel": the object of "see" before a bare
# infinitive is that verb's subject, the supplier; the deal that "sees" it is the occasion. Another party as
# that subject, a negated outcome, a guessing modal and other goods keep their readings.
OUTCOME_SEEN = [
    (ISR, "A defence pact signed on Thursday will see Germany transfer twelve tanks to Israel over two years.",
     "supplies"),
    (JP, "The agreement, unveiled in Tokyo, will see Japan hand over sixty air-defence missiles to Ukraine.",
     "supplies"),
    (ISR, "A defence pact signed on Thursday will see Italy transfer twelve tanks to Israel over two years.", "none"),
    (ISR, "The new pact will not see Germany transfer any tanks to Israel, Pistorius said.", "refrains"),
    (JP, "A pact of this kind could see Japan hand over missiles to Ukraine, analysts said.", "none"),
    (JP, "The agreement, unveiled in Tokyo, will see Japan hand over field hospitals to Ukraine.", "none"),
]

CASES = OFFERED_PURCHASE + OUTCOME_SEEN


test_reads, test_enough_cases = reading_tests(CASES, minimum=13)
