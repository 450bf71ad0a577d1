"""The reading classes the eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, UK · Challenger 2, Germany · Leopard, Poland · MiG-29),
none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, CH, LEO, MIG = "jp-arms-ukraine", "uk-challenger-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# "X has sent … since 2022": a perfect summing up supply since a past year is the story's background;
# it does not outweigh a present refusal or pause. "since last week", "since Monday" stay current.
CUMULATIVE_SINCE_YEAR = [
    (JP, ("Japan will not send any new weapons to Ukraine while the budget review is under way, Kishida said. "
          "Japan has sent millions of dollars' worth of weapons to Ukraine since 2023."), "refrains"),
    (LEO, ("Germany has paused deliveries of Leopard 2 tanks to Ukraine, Pistorius said on Monday. "
           "Germany has delivered Leopard 2 tanks, shells and drones to Ukraine since 2023."), "refrains"),
    (MIG, ("Poland will not transfer more MiG-29 jets to Ukraine for now, Duda said. "
           "Warsaw has handed over MiG-29 jets to Ukraine since 2023, officials noted."), "refrains"),
    (LEO, ("Germany has delivered Leopard 2 tanks to Ukraine since Monday, Pistorius said. "
           "The tanks are heading to the front."), "supplies"),
    (JP, "Japan has sent weapons to Ukraine since last week, Kishida said.", "supplies"),
    (MIG, "Poland has delivered MiG-29 jets to Ukraine since 2023, Duda said.", "supplies"),
]

# "the X, developed jointly by A and B": a participle of origin with its "by" agent names the maker,
# not a supplier; "the sale would be the first export" is hypothetical.
MAKER_NOT_SUPPLIER = [
    (CH, ("Britain has refused to send Challenger 2 tanks to Ukraine. The sale would be the first export of "
          "the Challenger 2, developed jointly by Britain and Germany."), "refrains"),
    (LEO, ("Germany has ruled out sending Leopard 2 tanks to Ukraine. The Leopard 2 tanks, built by "
           "Germany, are prized by many armies."), "refrains"),
    (MIG, ("Poland will not send MiG-29 jets to Ukraine, Duda said. The MiG-29, originally designed by "
           "Russia, is in Polish service."), "refrains"),
    (CH, ("Britain has refused to send Challenger 2 tanks to Ukraine. Challenger 2 tanks supplied by Britain "
          "arrived in Ukraine on Monday."), "supplies"),
    (LEO, "Leopard 2 tanks sent by Germany have arrived in Ukraine, Pistorius said.", "supplies"),
]

# "The position of the government on further X is unchanged": the standing policy said to hold, here
# the refusal reported before; never a supply.
POSITION_UNCHANGED = [
    (JP, ("Japan has no plan to send weapons to Ukraine, Kishida said. "
          "\"The position of the government on further weapons shipments is unchanged,\" he said."), "refrains"),
    (CH, ("Britain will not send Challenger 2 tanks to Ukraine, Sunak said. "
          "Britain's stance on Challenger 2 deliveries remains unchanged, a spokesman said."), "refrains"),
    (MIG, ("Poland has halted MiG-29 deliveries to Ukraine. "
           "The government's position on MiG-29 transfers to Ukraine remains the same, Duda said."), "refrains"),
    (LEO, "Germany has delivered Leopard 2 tanks to Ukraine, Pistorius said on Monday.", "supplies"),
    (JP, ("Japan has no plan to send weapons to Ukraine, Kishida said. "
          "Japan's position on weapons for Ukraine is under review, Kishida said."), "reconsider"),
]

# "rejected appeals to reverse the pause": an appeal followed by a verb is a request to act, which the
# actor may reject or weigh; only "an appeal to/against <a decision>" is a legal challenge to it.
REQUEST_TO_ACT = [
    (JP, "Tokyo rejected appeals to reverse its suspension of weapons deliveries to Ukraine.", "refrains"),
    (LEO, "Berlin is considering appeals to resume Leopard 2 deliveries to Ukraine.", "reconsider"),
    (MIG, "Warsaw turned down appeals to restart MiG-29 transfers to Ukraine, Duda said.", "refrains"),
    (LEO, ("A court dismissed an appeal against the government's halt of Leopard 2 deliveries to Ukraine, "
           "leaving the halt in place."), "refrains"),
]

# "the Council of Ministers", "the Federal Government": a capitalised body made only of title words
# is the actor's own government in a story about it, like "the cabinet" — not another party.
GOVERNMENT_BODIES = [
    (JP, "The Council of Ministers is weighing whether to send weapons to Ukraine, officials in Tokyo said.",
     "reconsider"),
    (LEO, "The Federal Government has decided not to send Leopard 2 tanks to Ukraine, Berlin said.", "refrains"),
    (MIG, "The Polish Council of Ministers approved the transfer of MiG-29 jets to Ukraine.", "supplies"),
    (JP, "The UN Security Council discussed weapons deliveries to Ukraine on Tuesday.", "none"),
]

CASES = CUMULATIVE_SINCE_YEAR + MAKER_NOT_SUPPLIER + POSITION_UNCHANGED + REQUEST_TO_ACT + GOVERNMENT_BODIES


test_reads, test_enough_cases = reading_tests(CASES, minimum=24)
