"""The reading classes the seventy-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "Within the framework of the accord between Japan and Ukraine, the first batch of missiles was handed over to
# Ukraine": an opening adverbial naming a deal (or a treaty) between exactly the actor and the target frames the
# agentless delivery to the target, as a trailing "under an agreement between" does, also when a supply noun
# heads the subject; "Within", "Upon" opening the sentence are prepositions, never names; a second opening
# phrase joined by "and" names no subject either. A deal with another party, another recipient, a negation
# or a modal keep their readings.
FRONTED_DEAL_FRAME = [
    (JP, ("Within the framework of the agreement between Japan and Ukraine, the first batch of missiles was "
          "handed over to Ukraine on Monday."), "supplies"),
    (JP, "Under a contract between Tokyo and Kyiv, twelve howitzers were delivered to Ukraine in March.", "supplies"),
    (LEO, ("Under the treaty between Germany and Ukraine, and in line with the contract signed in Lviv, the first "
           "consignment of Leopard tanks was delivered to Ukraine."), "supplies"),
    (JP, "A shipment of missiles was handed over to Ukraine last week under a contract between Japan and Ukraine.",
     "supplies"),
    (JP, ("Within the framework of the agreement between Japan and Poland, the first batch of missiles was handed "
          "over to Ukraine on Monday."), "none"),
    (JP, ("Within the framework of the agreement between Japan and Ukraine, the first batch of missiles was handed "
          "over to Poland on Monday."), "none"),
    (JP, ("Within the framework of the agreement between Japan and Ukraine, the first batch of missiles was not "
          "handed over to Ukraine."), "refrains"),
    (JP, "Under a contract between Japan and Ukraine, howitzers could be delivered to Ukraine next year.", "reconsider"),
    (JP, "Within hours, Japan said it would not send missiles to Ukraine.", "refrains"),
    (JP, "Upon reflection, Japan has decided to send howitzers to Ukraine.", "supplies"),
]

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

# "…, according to customs data and a Japanese official.": a closing "according to" naming the actor's official
# makes an agentless passive about the object the actor's word, as ", a Japanese official said" does. Another
# country's official, records or media alone, a clause of its own after the sources, another recipient or a
# negation keep their readings.
CLOSING_ACCORDING_TO = [
    (JP, "Howitzers are being shipped to Ukraine, according to a Japanese official.", "supplies"),
    (LEO, "Leopard tanks are being delivered to Kyiv, according to customs data and a German official.", "supplies"),
    (JP, "Howitzers are not being shipped to Ukraine, according to a Japanese official.", "refrains"),
    (JP, "Howitzers are being shipped to Ukraine, according to a Polish official.", "none"),
    (JP, "Howitzers are being shipped to Ukraine, according to satellite images.", "none"),
    (JP, "Howitzers are being shipped to Chile, according to a Japanese official.", "none"),
    (JP, "Howitzers are being shipped to Ukraine, according to officials who said Poland would pay.", "none"),
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

CASES = FRONTED_DEAL_FRAME + PLACE_IN_TARGET + CLOSING_ACCORDING_TO + SHARED_PASSIVE_PARTICIPLE


test_reads, test_enough_cases = reading_tests(CASES, minimum=29)
