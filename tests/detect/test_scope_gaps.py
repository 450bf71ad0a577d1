"""Reading classes of scope: a weighed purchase, an unclear "whether", a change of a refusal not ruled out.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons). Each group holds near misses that
must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "The purchase of Japanese weapons by Ukraine is being evaluated": the target buys the actor's goods, and
# the passive weighing verb after the purchase is its verdict; the sale is weighed, not made. A completed
# or approved purchase keeps its supply; another buyer or another country's goods name no supply of the
# actor's to the target.
WEIGHED_PURCHASE = [
    (JP, "The purchase of Japanese arms by Kyiv is being evaluated, officials said.", "reconsider"),
    (JP, "The purchase of Japanese weapons by Ukraine was being considered in March.", "reconsider"),
    (ISR, "The purchase of German weapons by Israel is being weighed in Berlin.", "reconsider"),
    (JP, "Ukraine's purchase of Japanese weapons is being studied.", "reconsider"),
    (JP, "The purchase of Japanese weapons by Ukraine was approved on Monday.", "supplies"),
    (JP, "The purchase of Japanese arms by Kyiv was completed last month.", "supplies"),
    (JP, "The purchase of Japanese weapons by Poland is being evaluated.", "none"),
    (JP, "The purchase of American weapons by Ukraine is being evaluated.", "none"),
]

# "It is not clear whether Japan will send …", "Japan has not made clear whether it will send …": a negated
# "clear" over an open "whether" is uncertainty or a withheld answer, no refusal. "made clear that it will
# not" still refuses; "has not decided whether" still weighs.
UNCLEAR_WHETHER = [
    (JP, "It is not clear whether Tokyo will supply arms to Kyiv this year.", "none"),
    (ISR, "It was not yet clear whether Germany would approve new arms exports to Israel.", "none"),
    (JP, "Japan has not made clear whether it will provide weapons to Ukraine, Kishida said.", "none"),
    (JP, "Japan has made clear that it will not provide weapons to Ukraine.", "refrains"),
    (JP, "It is clear that Tokyo will not supply arms to Kyiv.", "refrains"),
    (JP, "Japan has not decided whether it will provide weapons to Ukraine.", "reconsider"),
]

# "has not ruled out changing its policy of not sending arms": what is not ruled out is ending the refusal,
# so the option is open. Ruling the change out keeps the refusal; an unchanged refusal stays a refusal.
UNRULED_CHANGE = [
    (JP, "Tokyo has not ruled out altering its policy of not supplying arms to Kyiv, Kishida said.", "reconsider"),
    (ISR, "Berlin has not ruled out changing its policy of not exporting weapons to Israel.", "reconsider"),
    (JP, "Japan has ruled out changing its policy of not providing weapons to Ukraine.", "refrains"),
    (JP, "Japan has not changed its policy of not providing weapons to Ukraine.", "refrains"),
    (JP, "Japan has not ruled out providing weapons to Ukraine.", "reconsider"),
]

CASES = WEIGHED_PURCHASE + UNCLEAR_WHETHER + UNRULED_CHANGE


test_reads, test_enough_cases = reading_tests(CASES, minimum=19)
