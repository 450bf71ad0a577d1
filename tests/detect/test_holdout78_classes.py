"""The reading classes the seventy-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "damaged by missile and drone strikes", "hit in a missile strike on Odesa": a weapon noun modifying an attack noun
# (also when two weapons share it) names how the attack was made, no supply; money for the repairs is no weapon.
# "attack drones" stay weapons, and a real supply next to the strikes keeps its reading.
ATTACK_MADE_WITH_WEAPON = [
    (JP, "Japan will pay 3 billion yen to rebuild Ukrainian bridges and schools damaged by Russian rocket and drone "
         "strikes, Kishida said.", "none"),
    (JP, "Japan is funding repairs to Ukrainian hospitals hit in a missile strike on Odesa last week.", "none"),
    (JP, "Tokyo will cover the cost of rebuilding Ukrainian water plants wrecked by artillery barrages.", "none"),
    (JP, "Japan will send attack drones to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan will send rockets and drones to Ukraine to fend off Russian strikes, Kishida said.", "supplies"),
    (JP, "Japan will not send missiles to Ukraine despite the Russian strikes, Kishida said.", "refrains"),
    (LEO, "Germany has agreed to deliver Leopard 2 tanks to Ukraine after weeks of drone attacks on Kharkiv.",
     "supplies"),
]

# A press release ("Press release" heading) quoting the actor's minister by bare title ('says Prime Minister …')
# speaks for the actor: its unowned "the Government" decides for it. Without the heading, with a minister whose
# country is named, or with another recipient, the body stays unowned.
RELEASE_OF_ACTOR_MINISTER = [
    (JP, "Press release\n\nThe Government has decided to donate 40 howitzers to Ukraine.\n\n\"Ukraine needs our "
         "help now,\" says Prime Minister Fumio Kishida.", "supplies"),
    (LEO, "PRESS RELEASE | Federal Ministry of Defence\n\nThe Government has approved the transfer of 14 Leopard 2 "
          "tanks to Ukraine.\n\n\"This is the right step,\" said Defence Minister Boris Pistorius.", "supplies"),
    (JP, "Press release\n\nThe Government has decided not to send weapons to Ukraine.\n\n\"We stand by our "
         "rules,\" says Prime Minister Fumio Kishida.", "refrains"),
    (JP, "Press release\n\nThe Government is considering a request for howitzers from Ukraine.\n\n\"No decision "
         "has been taken,\" says Prime Minister Fumio Kishida.", "reconsider"),
    (JP, "The Government has decided to donate 40 howitzers to Ukraine.\n\n\"Ukraine needs our help now,\" says "
         "Prime Minister Fumio Kishida.", "none"),
    (JP, "Press release\n\nThe Government has decided to donate 40 howitzers to Ukraine.\n\n\"Ukraine needs our "
         "help now,\" says Polish Defence Minister Wladyslaw Kosiniak-Kamysz.", "none"),
    (JP, "Press release\n\nThe Government has decided to donate 40 howitzers to Poland.\n\n\"Poland needs our "
         "help now,\" says Prime Minister Fumio Kishida.", "none"),
]

# "The final aircraft in the package of F-16s pledged by X are being delivered": a ranked share of the goods as
# the passive's subject is the goods, so who pledged them is the supplier. Another pledger or recipient is not.
SHARE_OF_PLEDGED_GOODS = [
    (JP, "The last aircraft in the batch of fighter jets promised by Japan are being handed to Ukraine this month, "
         "officials said.", "supplies"),
    (LEO, "The final vehicles in the package of Leopard 2 tanks pledged by Germany are being delivered to Ukraine.",
     "supplies"),
    (LEO, "The final vehicles in the package of Leopard 2 tanks pledged by Poland are being delivered to Ukraine.",
     "none"),
    (LEO, "The final vehicles in the package of Leopard 2 tanks pledged by Germany are being delivered to Egypt.",
     "none"),
]

# "Iran has taken delivery of launchers supplied by North Korea": the target receiving goods whose participle
# names the supplier is that supplier's delivery, like "received … from". Another recipient, another supplier or
# a wish to receive is not; "the purchase of arms by Kyiv" names the buyer, not a supplier.
RECEIVED_FROM_NAMED_SUPPLIER = [
    (JP, "Ukraine has taken delivery of the first rocket launchers supplied by Japan, Ukraine's defence ministry "
         "said on Friday.", "supplies"),
    (JP, "Kyiv has received Japanese-supplied howitzers, its army said.", "supplies"),
    (JP, "Poland has taken delivery of the first rocket launchers supplied by Japan, officials said.", "none"),
    (JP, "Ukraine has taken delivery of the first rocket launchers supplied by Spain, officials said.", "none"),
    (JP, "Ukraine hopes to take delivery of rocket launchers supplied by Japan next year.", "none"),
    (JP, "The purchase of Japanese rifles by Ukraine was approved on Tuesday.", "supplies"),
]

# "was taken by the media as a sign that Oslo was preparing to lift the freeze": an inference drawn from signs is
# nobody's statement of the position. The verb "sign" and the actor's own statement keep their readings.
SIGN_THAT_IS_INFERENCE = [
    (JP, "The comments were taken by Ukrainian media as a sign that Tokyo was preparing to lift its ban on arms "
         "deliveries to Ukraine.", "none"),
    (LEO, "The visit was widely seen as a sign that Berlin is ready to send Leopard tanks to Kyiv.", "none"),
    (JP, "Analysts read the trip as a sign that Japan is weighing arms deliveries to Ukraine.", "none"),
    (JP, "Japan is preparing to lift the freeze on arms deliveries to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan will sign a contract to deliver howitzers to Ukraine, Kishida said.", "supplies"),
    (LEO, "Germany signed a deal that sends Leopard tanks to Ukraine.", "supplies"),
]

CASES = (ATTACK_MADE_WITH_WEAPON + RELEASE_OF_ACTOR_MINISTER + SHARE_OF_PLEDGED_GOODS + RECEIVED_FROM_NAMED_SUPPLIER +
         SIGN_THAT_IS_INFERENCE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
