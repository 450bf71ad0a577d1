"""The reading classes the third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for Sweden · Gripen, Poland · MiG-29
and Italy · SAMP/T, which appear in no corpus, so a rule that only memorised holdout3 (Korea,
Norway/NASAMS, Spain) fails here. Each group holds near misses that must stay `none` or must not
become `supplies`.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests

_UA = {"names": ["Ukraine", "Kyiv", "Kiev"], "adjectives": ["Ukrainian"]}
STANCES = {s.id: s for s in (parse_stance(d, source="tests/detect/test_holdout3_classes.py") for d in [
    {"id": "se-gripen-ukraine", "title": "Sweden · Ukraine · Gripen", "initial": "refrains",
     "actor": {"names": ["Sweden", "Stockholm", "Swedish government"], "adjectives": ["Swedish"],
               "speakers": ["Ulf Kristersson", "Kristersson", "Pal Jonson", "Jonson"]},
     "target": _UA, "object": {"kind": "system", "names": ["Gripen", "Gripens", "JAS 39 Gripen"]}},
    {"id": "pl-mig29-ukraine", "title": "Poland · Ukraine · MiG-29", "initial": "refrains",
     "actor": {"names": ["Poland", "Warsaw", "Polish government"], "adjectives": ["Polish"],
               "speakers": ["Donald Tusk", "Tusk", "Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"]},
     "target": _UA, "object": {"kind": "system", "names": ["MiG-29", "MiG-29s"]}},
    {"id": "it-sampt-ukraine", "title": "Italy · Ukraine · weapons", "initial": "refrains",
     "actor": {"names": ["Italy", "Rome", "Italian government"], "adjectives": ["Italian"],
               "speakers": ["Giorgia Meloni", "Meloni", "Guido Crosetto", "Crosetto", "Antonio Tajani", "Tajani"]},
     "target": _UA, "object": {"kind": "weapons"}},
])}
SE, PL, IT = "se-gripen-ukraine", "pl-mig29-ukraine", "it-sampt-ukraine"

# A supply that is only the topic of a noun the detector does not know ("restraint on arming")
# is never a supply; an actor's own "might have to" after a pronoun speaker is an opening.
CONDITIONAL = [
    (IT, "Meloni said on Monday that Italy's restraint on arming Ukraine was not unconditional.", "none"),
    (SE, "Kristersson said Sweden's caution about sending Gripen jets to Ukraine was not permanent.", "none"),
    (PL, "Tusk said that Warsaw's hesitation over handing MiG-29 jets to Kyiv was understandable.", "none"),
    (IT, "Meloni spoke first.\nIf Russia strikes the grid again, she said, Italy might have to consider sending "
         "more weapons to Kyiv.", "reconsider"),
    (IT, "Should Russia attack Odesa, Italy could not confine itself to humanitarian aid, Meloni said.",
     "reconsider"),
    (IT, "If the front collapses, Italy could not limit itself to financial support for Ukraine, "
         "Crosetto said.", "reconsider"),
    # for one system, a restriction to money says nothing about that system
    (SE, "If the front collapses, Sweden could not limit itself to financial support for Ukraine, "
         "Kristersson said.", "none"),
]

# A refusal whose object or target is carried by context: passive negation after a coordinated
# predicate, a reporter's question with a setting, a dropped plan, a review that has concluded.
IMPLIED = [
    (SE, "Sweden will send more artillery to Ukraine, the defence ministry said.\nThe Gripen jets in the "
         "air force's own fleet are not part of the package and will not be handed over, Jonson said.",
     "refrains"),
    (PL, "The MiG-29 jets at the Malbork base are not part of the offer and will not be transferred, "
         "Kosiniak-Kamysz said.", "refrains"),
    (SE, "Asked at a briefing in Stockholm whether Sweden might send Gripen jets to Kyiv, Kristersson said "
         "there were no plans to do so at present.", "refrains"),
    (PL, "Asked during a visit to Vilnius whether Poland would hand MiG-29s to Ukraine, Tusk said no decision "
         "had been made.", "reconsider"),
    (SE, "The plan floated in spring to give Ukraine Gripen jets has been abandoned, Kristersson told "
         "parliament; Sweden will keep the aircraft.", "refrains"),
    (PL, "The plan to send MiG-29 jets to Ukraine has been shelved, Tusk told reporters.", "refrains"),
    (IT, "Crosetto said Italy will not send weapons to Ukraine.\nHe told senators that the government had "
         "examined the request carefully and concluded that arming Kyiv would not serve Italian security.",
     "refrains"),
    (PL, "Kosiniak-Kamysz said Poland had reviewed the request and decided that sending MiG-29s would "
         "weaken its own air force.", "none"),
    # a review still under way stays open
    (SE, "Sweden is examining Kyiv's request for Gripen jets, Jonson said.", "reconsider"),
    (PL, "Poland has been reviewing Kyiv's request for MiG-29 jets, Tusk said.", "reconsider"),
]

# A dated simple-past halt next to a present opening is background: the opening stands.
DATED = [
    (IT, "Italy could send more weapons to Ukraine, Crosetto said.\nItaly paused weapons deliveries to "
         "Ukraine in February.", "reconsider"),
    (SE, "Sweden may consider sending Gripen jets to Ukraine, Jonson said.\nSweden suspended the talks on "
         "Gripen jets for Ukraine in 2024.", "reconsider"),
    (PL, "Poland halted MiG-29 transfers to Ukraine in March.", "refrains"),
    (IT, "Italy has halted weapons deliveries to Ukraine, Crosetto said.", "refrains"),
    (IT, "Italy halted weapons deliveries to Ukraine, Crosetto said on Monday.", "refrains"),
]

# Never `supplies` under a condition, question, advocacy or claim.
NEVER_SUPPLIES = [
    (IT, "If Russia escalates, Italy will send air-defence systems to Ukraine, Meloni said.", "reconsider"),
    (SE, "Asked at a press conference in Stockholm whether Sweden would send Gripen jets to Ukraine, "
         "Kristersson declined to comment.", "none"),
    (PL, "Poland must send its MiG-29 jets to Ukraine now, the columnist wrote.", "none"),
    (IT, "Moscow claimed Italy had delivered SAMP/T systems to Ukraine.", "none"),
    # talks and debate weigh the option: open, never a supply
    (SE, "Sweden's talks on sending Gripen jets to Ukraine continued on Tuesday.", "reconsider"),
    (PL, "Warsaw's debate on handing MiG-29s to Kyiv was heated, Tusk said.", "reconsider"),
    # the positive controls stay `supplies`
    (IT, "Italy has delivered a second air-defence battery to Ukraine, Crosetto said.", "supplies"),
    (PL, "Poland has begun sending MiG-29 jets to Ukraine, Tusk said.", "supplies"),
    (SE, "Sweden will send Gripen jets to Ukraine next month, Jonson said.", "supplies"),
]

# A supply noun in the subject whose own verb is an arrival at the target is a delivery.
ARRIVAL = [
    (SE, "A first batch of Gripen jets flown by Swedish crews reached Ukraine on Sunday, Kyiv said.", "supplies"),
    (PL, "A consignment of MiG-29 jets shipped by Poland arrived in Ukraine last week, Tusk said.", "supplies"),
    (IT, "If a shipment of weapons sent by Italy reaches Ukraine, Moscow will respond, Lavrov said.", "none"),
    (PL, "Supplying MiG-29 jets to Ukraine would reach far beyond Polish interests, Tusk said.", "none"),
]

CASES = CONDITIONAL + IMPLIED + DATED + NEVER_SUPPLIES + ARRIVAL


test_reads, test_enough_cases = reading_tests(CASES, minimum=30, stances=STANCES)
