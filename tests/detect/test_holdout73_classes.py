"""The reading classes the seventy-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "shipped to Odesa in southern Ukraine": an unknown place the sentence puts inside the target is the target's
# as a destination. A place inside another country, a date after "in", or another supplier keep their readings.
PLACE_IN_TARGET = [
    (JP, "Japan is shipping howitzers to Odesa in southern Ukraine.", "supplies"),
    (LEO, "Germany has delivered ten Leopard tanks to Lutsk in Ukraine's north-west.", "supplies"),
    (JP, "Japan is not shipping howitzers to Odesa in southern Ukraine.", "refrains"),
    (JP, "Japan is shipping howitzers to Gdansk in northern Poland.", "none"),
    (JP, "Japan is shipping howitzers to Rzeszow in March.", "none"),
    (LEO, "Poland has delivered ten Leopard tanks to Lutsk in Ukraine's north-west.", "none"),
]

# "are being packed at the depot and shipped to Ukraine": a supply participle joined by a bare "and" to a
# participle of handling shares the passive's auxiliaries, with their negation and modals. Another recipient or
# another party's speaker keep their readings.
SHARED_PASSIVE_PARTICIPLE = [
    (JP, "Howitzers are being packed at a depot in Kobe and shipped to Ukraine, a Japanese official said.",
     "supplies"),
    (LEO, "Leopard tanks are being repaired and sent to Ukraine, a German official said.", "supplies"),
    (JP, "Howitzers are not being packed in crates and shipped to Ukraine, a Japanese official said.", "refrains"),
    (JP, "Howitzers could be packed at a depot and shipped to Ukraine, a Japanese official said.", "reconsider"),
    (JP, "Howitzers are being packed at a depot and shipped to Chile, a Japanese official said.", "none"),
    (JP, "Howitzers are being packed at a depot and shipped to Ukraine, a Polish official said.", "none"),
]

CASES = PLACE_IN_TARGET + SHARED_PASSIVE_PARTICIPLE


test_reads, test_enough_cases = reading_tests(CASES, minimum=12)
