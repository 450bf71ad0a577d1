"""The reading classes the fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Poland · MiG-29, United States · F-16 for Taiwan, Germany · weapons for
Israel, UK · Challenger 2, Japan · weapons), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

PL, F16, IL, CH, JP = "pl-mig29-ukraine", "us-f16-taiwan", "de-arms-israel", "uk-challenger-ukraine", "jp-arms-ukraine"

# A simple past dated to a year ("sent … in 2023", "agreed in 2020 to sell") is the story's
# history: beside a present refusal or review it does not decide; alone it still does.
DATED_PAST = [
    (PL, ("Poland will not send any more MiG-29s to Ukraine, Blaszczak said on Monday. "
          "Poland sent fourteen MiG-29 jets to Ukraine in 2023."), "refrains"),
    (PL, ("Warsaw is weighing a Ukrainian request for more MiG-29s, Duda said. "
          "Poland and Slovakia delivered MiG-29 jets to Ukraine in the spring of 2023."), "reconsider"),
    (F16, ("The Pentagon is reviewing a Taiwanese request for more F-16 jets, officials said. "
           "The United States agreed in 2019 to sell Taiwan 66 F-16V fighters."), "reconsider"),
    (PL, "Poland sent fourteen MiG-29 jets to Ukraine in 2023.", "supplies"),
    (PL, ("Poland sent four MiG-29 jets to Ukraine last week, Blaszczak said. "
          "Warsaw will not send more this year, he added."), "supplies"),
]

# A halt dated in the simple past ("froze … in March") or in the perfect with "since" ("has frozen
# … since March") is the standing state a present review reopens.
DATED_HALT = [
    (IL, ("Berlin is reviewing its arms exports to Israel, Scholz said on Friday. "
          "Germany froze new weapons exports to Israel in March."), "reconsider"),
    (IL, ("Germany is weighing the resumption of arms deliveries to Israel, a spokesman said. "
          "Berlin has frozen weapons exports to Israel since March."), "reconsider"),
    (IL, "Germany has frozen weapons exports to Israel, Scholz said on Friday.", "refrains"),
]

# The object's own infinitive or relative clause holds the supply verb: "has no X to hand to Y",
# "there is no X that A can send" refuse; without the negation it is only availability.
OBJECT_CLAUSE = [
    (PL, "Poland has no spare MiG-29 jets to hand to Ukraine, Blaszczak said.", "refrains"),
    (CH, "Today there is no Challenger 2 that Britain can send to Ukraine, Wallace said.", "refrains"),
    (CH, "Britain has a few Challenger 2 tanks to give to Ukraine, Wallace said.", "reconsider"),
    (PL, "The MiG-29 jets that Slovakia sent to Ukraine are already flying, Duda said.", "none"),
]

# "and that includes X" / "which includes X": the inclusion is governed by the clause before it.
INCLUSION = [
    (CH, "\"Nothing is ruled out, and that includes the Challenger 2,\" Sunak told reporters in Kyiv.",
     "reconsider"),
    (JP, "Japan will not send lethal equipment to Ukraine, and that includes ammunition, Kishida said.",
     "refrains"),
    (JP, "Tokyo is considering every request from Kyiv, which includes missiles, Kishida said.", "reconsider"),
]

# A supply or opening quoted from another party's official ("…," the Russian foreign ministry
# spokesman said) is that party's claim; a bare organisation or an unlisted title is not enough.
FOREIGN_OFFICIAL = [
    (IL, ("\"Berlin is preparing to ship more tank shells to Israel,\" Iranian foreign ministry spokesman "
          "Nasser Kanaani said."), "none"),
    (PL, "\"Warsaw will send MiG-29 jets to Kyiv within weeks,\" Russian embassy spokesman Ivan Petrov said.",
     "none"),
    (CH, "Challenger 2 tanks are being delivered to Ukraine, British Defence Secretary Grant Shapps said.",
     "supplies"),
]

# A dateline ends at its dash: "WASHINGTON (Wire) - President X said that …" names the speaker.
DATELINE = [
    (F16, ("WASHINGTON, May 2 (Wire) - President Joe Biden said on Tuesday that the United States might have "
           "to reconsider its hold on F-16 sales to Taiwan if the talks failed."), "reconsider"),
]

# A reduced relative of buying names the seller ("bought from the US"); the clause's own verb
# (an arrival at the target) is the delivery. A future arrival told by the recipient stays a
# forecast, and a modal phrase after the object ("are likely to be sent") is no delivery.
BOUGHT_FROM = [
    (F16, "The first F-16V jets bought from the United States have arrived in Taiwan, the ministry said.",
     "supplies"),
    (F16, ("The F-16V jets bought from the United States will arrive in Taiwan next year, Taiwan's defence "
           "ministry said."), "none"),
    (CH, "Challenger 2 tanks are likely to be sent to Ukraine, British officials said.", "reconsider"),
    (CH, "Challenger 2 tanks are unlikely to be sent to Ukraine, British officials said.", "refrains"),
]

# "coastal-defence systems" are weapons like "air-defence systems".
COASTAL = [
    (JP, "Japan has delivered coastal-defence systems to Ukraine, Kishida said.", "supplies"),
]

# "approved the possible sale": in sale wording the adjective names what was proposed; the
# approval decides it. A modal on the approval itself still opens only.
APPROVAL = [
    (F16, "The State Department has approved the possible sale of 40 F-16 jets to Taiwan.", "supplies"),
    (F16, "The State Department may approve the possible sale of 40 F-16 jets to Taiwan.", "reconsider"),
    (F16, "The State Department has not approved the possible sale of F-16 jets to Taiwan.", "refrains"),
    (F16, "The State Department approved a potential $8 billion sale of F-16 jets to Taiwan.", "supplies"),
    (F16, "The State Department approved a potential sale of F-16 jets to Taiwan, Beijing claimed.", "none"),
    # The supply noun in the subject takes its clause's verb: a passive approval decides it.
    (F16, "The sale of F-16 jets to Taiwan was approved by the State Department on Tuesday.", "supplies"),
    (F16, "The sale of F-16 jets to Taiwan was approved by Congress on Tuesday.", "none"),
    (F16, "The sale of F-16 jets to Taiwan was welcomed by Taipei on Tuesday.", "none"),
]

# "rejected an accusation / a report that it had delivered …" is a denial of the claim.
REJECTED_CLAIM = [
    (IL, "Germany rejected an accusation by Iran that it had secretly delivered tank shells to Israel.",
     "refrains"),
    (PL, ("Poland rejected a report that it had sent MiG-29 jets to Ukraine in violation of its own freeze "
          "on deliveries."), "refrains"),
    (PL, "Poland rejected a Ukrainian request for MiG-29 jets.", "refrains"),
]

# "no such transfer" is the supply of the object named before it; "the government" is the nearest
# actor or party named outside a prepositional phrase ("together with Slovakia" is not it).
SUCH_SUPPLY = [
    (PL, ("No MiG-29 has left Poland for Ukraine since the jets sent together with Slovakia, and the "
          "government has authorised no such transfer, the ministry said."), "refrains"),
    (PL, ("Poland rejected a report that MiG-29 jets had been sent to Ukraine and said it would deny any "
          "such transfer."), "refrains"),
    (PL, ("Slovakia sent its MiG-29s to Ukraine after talks with Poland, and the government has approved "
          "another such transfer."), "none"),
]

# An armed service after the actor's name ("the US Air Force") acts for the actor; another
# capitalised word after it still makes an organisation ("the Washington Post").
ARMED_SERVICE = [
    (F16, "F-16V jets were delivered to Taiwan by the US Air Force on Monday.", "supplies"),
    (F16, "F-16V jets were delivered to Taiwan, the Washington Post reported.", "none"),
]

# "Secretary of State", "Minister of Defence" are one title: with the actor's name before it the
# speaker is the actor's, with another party's name it is that party's; a title alone is no one.
TITLE_OF = [
    (F16, ("US Secretary of State Marcus Ellery said on Tuesday that Washington was considering sending "
           "F-16 jets to Taiwan."), "reconsider"),
    (F16, "Chinese Minister of Defence Dong Jun said Washington will send F-16 jets to Taiwan.", "none"),
    (IL, "Israel's request for tank shells is being studied by the Ministry of Defence, Scholz said.",
     "reconsider"),
]

# A sentence opening on a preposition ("Unlike previous sales, …") names no one: "It" in the next
# sentence is still the package the actor is sending.
OPENER = [
    (IL, ("Unlike previous arms sales, which Israel paid for, the package will be delivered from German "
          "stocks. It includes tank shells and drones for Israel, according to two German officials."),
     "supplies"),
    (IL, ("Unlike France, Britain will send tank shells to Israel. It includes drones, according to two "
          "British officials."), "none"),
]

CASES = (TITLE_OF + OPENER + ARMED_SERVICE + SUCH_SUPPLY + DATED_PAST + DATED_HALT + OBJECT_CLAUSE + INCLUSION + FOREIGN_OFFICIAL + DATELINE + BOUGHT_FROM +
         COASTAL + APPROVAL + REJECTED_CLAIM)


test_reads, test_enough_cases = reading_tests(CASES, minimum=25)
