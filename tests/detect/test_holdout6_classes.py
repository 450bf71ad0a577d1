"""The reading classes the sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Poland · MiG-29, United States · F-16 for Taiwan, Germany · weapons for
Israel, Japan · weapons), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

PL, F16, IL, JP = "pl-mig29-ukraine", "us-f16-taiwan", "de-arms-israel", "jp-arms-ukraine"

# "has never sold or donated X": two supply verbs share the object and the negation before the first.
PAIRED_VERBS = [
    (JP, "Japan has never sold or donated weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "Tokyo has not sold or lent arms to Kyiv, a spokesman said.", "refrains"),
    (JP, "Japan has sold and delivered weapons to Ukraine, Kishida said.", "supplies"),
]

# Under export control "military goods / items / equipment" are arms; elsewhere "military
# equipment" may be trucks or radios and never makes a supply.
EXPORT_GOODS = [
    (IL, "Germany on Friday suspended every export licence for military goods to Israel.", "refrains"),
    (IL, "Berlin will keep allowing exports of military equipment to Israel, Scholz said.", "supplies"),
    (IL, "Germany granted new export licences for military items bound for Israel.", "supplies"),
    (IL, "Germany sent military equipment to Israel, Scholz said.", "none"),
]

# A trade figure for a past year ("exports … totalled X in 2023") is the story's history: beside a
# present review it does not decide; its own future verb ("will resume in 2026") is no history.
TRADE_FIGURE = [
    (IL, ("Berlin is reviewing its arms export licences to Israel, Scholz said. Germany's arms exports to "
          "Israel are small, totalling about 300 million euros in 2023, according to official data."),
     "reconsider"),
    (IL, "Arms deliveries from Germany to Israel will resume in 2026, Scholz said.", "supplies"),
]

# A story that leads with the reversal ("called off the sale") and then recounts the approval it
# reversed is a refusal; a delivery reported after the reversal still counts.
REVERSAL_FIRST = [
    (PL, ("Duda on Thursday called off the sale of MiG-29 jets to Ukraine. On Wednesday Blaszczak told "
          "reporters that Duda had authorised the sale of six MiG-29 jets to Ukraine."), "refrains"),
    (PL, ("Duda approved the sale of MiG-29 jets to Ukraine on Wednesday, Blaszczak said. "
          "Poland has already delivered four MiG-29 jets to Ukraine."), "supplies"),
]

# "what the government has concluded": a wh-clause embeds its own subject and verb.
WH_CLAUSE = [
    (IL, ("Scholz will tell parliament on Monday what the government has concluded from its review of "
          "German arms export licences to Israel."), "reconsider"),
]

# A court rules on the challenge; the decision it leaves standing is the government's.
COURT_CHALLENGE = [
    (IL, ("The Federal Administrative Court on Thursday dismissed a challenge to the government's "
          "suspension of arms exports to Israel."), "refrains"),
    (IL, ("A court in Leipzig rejected a legal challenge to the government's decision to keep supplying "
          "weapons to Israel."), "supplies"),
    (IL, "A court in Leipzig blocked arms exports to Israel.", "none"),
]

# "look again at the suspension": a review of a halt opens the option.
LOOK_AGAIN = [
    (IL, "Germany will look again at its ban on arms exports to Israel, Scholz said.", "reconsider"),
    (IL, "Germany will keep its ban on arms exports to Israel, Scholz said.", "refrains"),
]

# Not speaking about it is no position: "did not address", "declined to comment on", "did not say
# whether".
NO_COMMENT = [
    (IL, "The Israeli prime minister did not address Germany's arms export policy.", "none"),
    (IL, "A German spokesperson declined to comment on the minister's remarks about arms.", "none"),
    (PL, "Duda did not say whether Poland would send MiG-29 jets to Ukraine.", "none"),
    (PL, ("Lavrov did not present evidence and did not say whether the jets had been supplied by Poland "
          "itself or by a third country."), "none"),
    (PL, "Duda said Poland would not send MiG-29 jets to Ukraine.", "refrains"),
]

# "KYIV, June 23 (Wire) - …": the dateline city is no subject.
DATELINE_CITY = [
    (PL, ("WARSAW, June 23 (Wire) - A first consignment of Polish MiG-29 jets has arrived in Ukraine, "
          "Polish officials said on Tuesday."), "supplies"),
    (PL, "WARSAW, June 23 (Wire) - A first consignment of Slovak MiG-29 jets has arrived in Ukraine.", "none"),
]

# Authorising another country to hand the object on to the target (a re-export) is the actor's supply.
REEXPORT_AUTHORISED = [
    (PL, "Poland has authorised Slovakia to send its Polish-made MiG-29 jets to Ukraine, Duda said.", "supplies"),
    (PL, "Poland has not authorised Slovakia to send MiG-29 jets to Ukraine, Duda said.", "refrains"),
    (PL, "Poland urged Slovakia to send MiG-29 jets to Ukraine.", "none"),
]

# "since last June, when the sale was called off": a clause describing a dated past is history.
DATED_WHEN = [
    (PL, ("Poland no longer rules out sending MiG-29 jets to Ukraine, Duda said on Monday. It was the "
          "clearest signal since last June, when a sale of MiG-29 jets to Kyiv was approved and then "
          "called off by the president."), "reconsider"),
]

# "to Slovakia for onward delivery to Ukraine": the end user is the recipient.
ONWARD = [
    (PL, "Poland will not sell MiG-29 jets to Slovakia for onward delivery to Ukraine, Duda said.", "refrains"),
    (PL, "Poland sold MiG-29 jets to Slovakia for re-export to Ukraine, Duda said.", "supplies"),
    (PL, "Poland sold MiG-29 jets to Slovakia, Duda said.", "none"),
]

# "a request (from Kyiv) to buy X" is a request for its sale: examined, rejected or granted.
REQUEST_TO_BUY = [
    (PL, "Poland is examining a Slovak request to buy MiG-29 jets for Ukraine, Duda said.", "reconsider"),
    (PL, ("A request from Ukraine to buy Polish MiG-29 jets is being examined by the government, a defence "
          "ministry official said."), "reconsider"),
    (PL, "Poland rejected a Ukrainian request to buy MiG-29 jets.", "refrains"),
    (PL, "Ukraine hopes to buy MiG-29 jets from Poland.", "none"),
]

# A subject pronoun after ", but" takes the clause's subject, not a name inside "in Gaza".
PRONOUN_SUBJECT = [
    (IL, ("Germany suspended some arms export licences to Israel over the risk of their use in Gaza, but it "
          "kept supplying parts for fighter jets."), "supplies"),
]

# "would continue to be supplied": the aspect verb keeps the passive supply.
CONTINUE_PASSIVE = [
    (F16, "Washington confirmed that F-16 jets would continue to be supplied to Taiwan.", "supplies"),
    (F16, "F-16 jets will not continue to be supplied to Taiwan, Blinken said.", "refrains"),
]

# "its arms suspension", "the weapons freeze": a halt named after the object is the halt of its supply.
HALT_NOUN = [
    (IL, "The government is reviewing its arms suspension for Israel, Scholz said.", "reconsider"),
    (IL, "Germany kept its arms freeze on Israel, Scholz said.", "refrains"),
]

# A model designation ("F-35", "A400M") is equipment, not a party that could be the agent; "the
# government" after the actor's name is that actor's, also when it is the one confirming.
DESIGNATION_AND_BODY = [
    (IL, ("Germany added drone engines to the list of items it will not licence for export to Israel, but "
          "the government confirmed that parts for A400M transport planes and tank shells would continue "
          "to be supplied to Israel."), "supplies"),
    (IL, ("Italy added drone engines to its list of banned exports to Israel, but the government confirmed "
          "that tank shells would continue to be supplied to Israel."), "none"),
]

# What a dated simple past says as it happens (", saying …") belongs to that date: history.
DATED_PARTICIPLE = [
    (IL, ("Germany on Friday called off the resumption of arms exports to Israel. The government restored "
          "licences on Oct. 6 after a review, saying tank shells could again be exported to Israel."),
     "refrains"),
    (IL, "Germany on Monday restored licences, saying tank shells could again be exported to Israel.",
     "reconsider"),
]

CASES = (HALT_NOUN + DESIGNATION_AND_BODY + DATED_PARTICIPLE + PAIRED_VERBS + EXPORT_GOODS + TRADE_FIGURE + REVERSAL_FIRST + WH_CLAUSE + COURT_CHALLENGE + LOOK_AGAIN +
         NO_COMMENT + DATELINE_CITY + REEXPORT_AUTHORISED + DATED_WHEN + ONWARD + REQUEST_TO_BUY + PRONOUN_SUBJECT +
         CONTINUE_PASSIVE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
