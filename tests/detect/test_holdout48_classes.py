"""The reading classes the forty-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Leopard tanks), none of which the holdout uses.
Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "and will instead send a further batch of artillery shells": a container noun ("batch", "shipment")
# with an "of" phrase holds what that phrase names, never the system named earlier in the sentence; a
# bare container, or one "of them", still refers back to it.
CONTAINER_CONTENT = [
    (LEO, ("Germany rejected a Ukrainian request for Leopard tanks, officials said on Monday, and will instead "
           "ship a new consignment of mortar rounds."), "refrains"),
    (LEO, ("Berlin turned down Kyiv's request for Leopard tanks, a spokesman said on Friday, and will send a "
           "second shipment of helmets."), "refrains"),
    (LEO, "Germany promised Leopard tanks to Ukraine and delivered the first batch on Monday.", "supplies"),
    (LEO, "Germany promised Leopard tanks to Ukraine and delivered the first batch of them on Monday.", "supplies"),
]

# "Further shipments of tanks will follow in June, the ministry said": "further / more" supplies as the
# subject of a plain future "will follow / come", in the actor's word, are the next deliveries; a modal,
# another party's word, or another verb keeps the subject reading.
CONTINUED_SUPPLY = [
    (JP, ("Japan delivered rifles to Ukraine last week. More consignments of ammunition will follow next month, "
          "the Japanese defence ministry said."), "supplies"),
    (JP, "Additional shipments of arms to Ukraine will come in the spring, Kishida said.", "supplies"),
    (JP, "Additional shipments of arms to Ukraine might come in the spring, Kishida said.", "none"),
    (JP, "More consignments of arms to Ukraine will follow next month, the Russian foreign ministry said.", "none"),
    (JP, "Further shipments of arms to Ukraine will be discussed in the spring, Kishida said.", "reconsider"),
]

# "lifted the suspension of weapons exports to Poland": lifting a halt of deliveries under way resumes
# them; lifting a ban is an opening as before, and a weighed or refused lifting keeps its own reading.
LIFTED_HALT = [
    (JP, "Japan on Monday lifted its freeze on arms exports to Ukraine, the government said.", "supplies"),
    (JP, "Tokyo has lifted the pause in weapons deliveries to Ukraine.", "supplies"),
    (JP, "Japan is considering lifting the freeze on arms exports to Ukraine.", "reconsider"),
    (JP, "Japan did not lift its suspension of arms exports to Ukraine.", "refrains"),
    (JP, "Japan lifted its ban on arms exports to Ukraine.", "reconsider"),
]

# "Resuming exports is one of the options the government is weighing": a supply subject whose copula
# predicate is an option or a possibility ("is an option", "is one of the options", "is possible") is an
# opening, never a report of the supply; "is not an option" refuses it; any other predicate keeps its reading.
OPTION_PREDICATE = [
    (JP, "Restarting arms deliveries to Ukraine is one of the options on Tokyo's desk, Kishida said.", "reconsider"),
    (JP, "Weapons shipments to Ukraine are an option the cabinet is studying, Kishida said.", "reconsider"),
    (JP, "Arms shipments to Ukraine are possible later this year, Kishida said.", "reconsider"),
    (JP, "Arms shipments to Ukraine are not an option, Kishida said.", "refrains"),
    (JP, "Arms shipments to Ukraine are under way, Kishida said.", "supplies"),
]

CASES = CONTAINER_CONTENT + CONTINUED_SUPPLY + LIFTED_HALT + OPTION_PREDICATE

test_reads, test_enough_cases = reading_tests(CASES, minimum=19)
