"""The reading classes the seventy-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Ukraine · Leopard tanks), none
of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, IL, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "shipped hundreds of missiles after the outbreak of the war in October 2023": a simple-past supply placed
# before or after an event of a past year is the story's history, so the present refusal next to it decides.
# An event with no year, a clause after "after", or the same supply alone keep their readings.
SUPPLY_DATED_BY_PAST_EVENT = [
    (IL, ("Germany is no longer sending weapons to Israel, Merz said on Monday. Germany shipped thousands of "
          "shells to Israel after the attacks of October 2023 and trains its pilots."), "refrains"),
    (IL, ("Berlin has stopped approving arms exports to Israel, Merz said. Germany delivered missiles to Israel "
          "before the elections of 2021."), "refrains"),
    (IL, ("Germany is no longer sending weapons to Israel, Merz said on Monday. Germany shipped thousands of "
          "shells to Israel after the attacks last week."), "supplies"),
    (IL, ("Germany is no longer sending weapons to Israel, Merz said on Monday. Germany shipped shells to Israel "
          "after Netanyahu asked for them on Friday."), "supplies"),
    (IL, ("Germany is no longer sending weapons to Israel, Merz said. Germany shipped shells to Israel after "
          "Hamas's attack on Israel in October 2023."), "refrains"),
    (IL, "Germany shipped thousands of shells to Israel after the attacks of October 2023.", "supplies"),
    (IL, "Germany shipped thousands of shells to Egypt after the attacks of October 2023.", "none"),
]

# "Australia selected a frigate built by Mitsubishi, Japan's largest arms export deal": a verbless noun phrase
# closing the sentence renames what the clause's subject, another country, took; that country receives it,
# so the target of the sentence before is not the recipient. A clause of the actor's own, an explicit
# recipient, or the appositive on the actor's own clause keep their readings.
APPOSITIVE_TO_ANOTHER_BUYER = [
    (JP, ("Kishida visited Kyiv on Monday. Poland ordered a batch of Type 10 tanks built by Mitsubishi last year, "
          "Japan's biggest arms export contract so far."), "none"),
    (JP, ("Kishida visited Kyiv on Monday. India picked a Japanese radar built by NEC in March, Japan's first "
          "weapons export deal with New Delhi."), "none"),
    (JP, ("Kishida visited Kyiv on Monday. Japan approved the sale of Type 10 tanks built by Mitsubishi, its "
          "first weapons export to Ukraine."), "supplies"),
    (JP, "Kishida visited Kyiv on Monday. Japan shipped missiles to Ukraine, its first arms export deal.", "supplies"),
    (JP, ("Kishida visited Kyiv on Monday. Poland ordered Type 10 tanks built by Mitsubishi, and Japan will send "
          "weapons to Kyiv, Kishida said."), "supplies"),
]

# "The ships are the first weapons Japan has ever agreed to supply to Ukraine": a relative with no "that"
# opening on the supplier's name, with a commitment verb before the supply verb, tells that supplier's supply
# ("the ships" after a determiner is the vessel, no verb). "would be the first …" only supposes it; another
# supplier, another recipient and a negation keep their readings.
CONTACT_RELATIVE_SUPPLY = [
    (JP, "The ships are the first weapons Japan has ever agreed to supply to Ukraine.", "supplies"),
    (JP, "These tanks are the first arms that Tokyo has decided to send to Kyiv.", "supplies"),
    (JP, "The ships would be the first weapons Japan has ever supplied to Ukraine.", "reconsider"),
    (JP, "The ships are the first weapons Japan has never agreed to supply to Ukraine.", "refrains"),
    (JP, "The ships are the first weapons Korea has ever agreed to supply to Ukraine.", "none"),
    (JP, "The ships are the first weapons Japan has ever agreed to supply to Vietnam.", "none"),
    (JP, "Japan ships weapons to Ukraine every month, Kishida said.", "supplies"),
]

# Frigates, destroyers and corvettes are warships, weapons like "warship"; a patrol vessel is not, and
# sending a warship "to the exercise", or to the target "for joint drills / a port call / on a visit", deploys
# it, no one receives it.
WARSHIP_CLASSES = [
    (JP, "Japan sent a destroyer to Kyiv for joint drills with the Ukrainian navy.", "none"),
    (JP, "A Japanese frigate arrived in Ukraine for a port call on Monday.", "none"),
    (JP, "Japan will send a corvette to Ukraine on a goodwill visit next month.", "none"),
    (JP, "Japan will hand over a frigate to Ukraine for patrols in the Black Sea.", "supplies"),
    (JP, "Japanese missiles arrived in Ukraine on Monday, Kishida said.", "supplies"),
    (JP, "Japan approved the transfer of two destroyers, complete with their guns, to Ukraine.", "supplies"),
    (JP, "Japan will hand over three frigates to the Ukrainian navy, Kishida said.", "supplies"),
    (JP, "Japan is weighing the transfer of a retired corvette to Ukraine.", "reconsider"),
    (JP, "Japan will hand over three patrol vessels to the Ukrainian coast guard, Kishida said.", "none"),
    (JP, "Ukraine held naval drills on Monday. Japan sent a destroyer to the exercise as an observer.", "none"),
    (JP, "Ukraine held naval drills on Monday. Japan sent missiles to Ukraine for its air defence.", "supplies"),
    (JP, "Turkey will hand over three frigates to the Ukrainian navy, officials said.", "none"),
]

# "The government halted deliveries in mid-January" next to a present weighing ("is examining Kyiv's
# request"): a halt dated to a part of a month is the history the weighing reopens, like "in January".
# A halt with no date, or one told as now, keeps refusing.
HALT_DATED_TO_PART_OF_MONTH = [
    (LEO, ("Germany is examining a request from Kyiv for more Leopard tanks, Pistorius said. The government "
           "halted Leopard deliveries to Ukraine in mid-January."), "reconsider"),
    (LEO, ("Germany is examining a request from Kyiv for more Leopard tanks, Pistorius said. Berlin suspended "
           "Leopard tank deliveries to Ukraine in early March."), "reconsider"),
    (LEO, ("Germany is examining a request from Kyiv for more Leopard tanks, Pistorius said. The government "
           "has now halted Leopard deliveries to Ukraine."), "refrains"),
    (LEO, "Berlin halted Leopard deliveries to Ukraine in mid-January, Pistorius said.", "refrains"),
]

# "could send Leopards to Ukraine again": an opening to supply again is an opening to resume, so the halt a
# later sentence recounts ("have been frozen since January") is what it would lift, no walk-back. A halt told
# as new ("has now frozen") still ends it, and a plain "could send" without "again" keeps the later refusal.
SUPPLY_AGAIN_RESUMES = [
    (LEO, ("Germany could send Leopard tanks to Ukraine again within weeks if the cabinet agrees, an official "
           "said. Leopard deliveries to Kyiv have been frozen since January."), "reconsider"),
    (LEO, ("Germany could deliver Leopards to Ukraine again this spring, Pistorius said. Transfers of German "
           "tanks to Kyiv have been suspended since March 3."), "reconsider"),
    (LEO, ("Germany could send Leopard tanks to Ukraine again within weeks, an official said. Berlin has now "
           "frozen Leopard deliveries to Kyiv, Pistorius said."), "refrains"),
]

# "keep our Leopards locked away" holds back goods one owns, like "in storage"; "it will be hard to explain
# (to voters) why we keep them locked away" is a refusal hard to defend, an opening like "hard to justify
# keeping". Another party's goods, or a supply that is hard to explain, keep their readings.
LOCKED_AWAY_HARD_TO_EXPLAIN = [
    (LEO, "Germany is keeping its Leopard tanks locked away, Pistorius said.", "refrains"),
    (LEO, "Berlin keeps the Leopards under lock and key for now, Scholz said.", "refrains"),
    (LEO, ("\"If Russia shells Kyiv again, it will be hard to explain to voters why we keep our Leopards locked "
           "away,\" Scholz said."), "reconsider"),
    (LEO, "Scholz said it would be difficult to explain why Germany keeps its Leopard tanks locked up.",
     "reconsider"),
    (LEO, "Scholz said it would be difficult to explain why Poland keeps its Leopard tanks locked up.", "none"),
    (LEO, "Scholz said it would be difficult to explain why Germany sends Leopard tanks to Ukraine.", "supplies"),
]

CASES = (SUPPLY_DATED_BY_PAST_EVENT + APPOSITIVE_TO_ANOTHER_BUYER + CONTACT_RELATIVE_SUPPLY + WARSHIP_CLASSES +
         HALT_DATED_TO_PART_OF_MONTH + SUPPLY_AGAIN_RESUMES + LOCKED_AWAY_HARD_TO_EXPLAIN)


test_reads, test_enough_cases = reading_tests(CASES, minimum=44)
