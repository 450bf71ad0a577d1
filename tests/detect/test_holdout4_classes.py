"""The reading classes the fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for Italy · weapons, the Netherlands ·
F-16 and Canada · weapons, which appear in no corpus. Each group holds near misses that must stay
`none` or must not become `supplies`.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests

_UA = {"names": ["Ukraine", "Kyiv", "Kiev"], "adjectives": ["Ukrainian"]}
STANCES = {s.id: s for s in (parse_stance(d, source="tests/detect/test_holdout4_classes.py") for d in [
    {"id": "it-arms-ukraine", "title": "Italy · Ukraine · weapons", "initial": "refrains",
     "actor": {"names": ["Italy", "Rome", "Italian government"], "adjectives": ["Italian"],
               "speakers": ["Giorgia Meloni", "Meloni", "Guido Crosetto", "Crosetto"]},
     "target": _UA, "object": {"kind": "weapons"}},
    {"id": "nl-f16-ukraine", "title": "Netherlands · Ukraine · F-16", "initial": "refrains",
     "actor": {"names": ["the Netherlands", "The Hague", "Dutch government"], "adjectives": ["Dutch"],
               "speakers": ["Ruben Brekelmans", "Brekelmans", "Dick Schoof", "Schoof"]},
     "target": _UA, "object": {"kind": "system", "names": ["F-16", "F-16s"]}},
    {"id": "ca-arms-ukraine", "title": "Canada · Ukraine · weapons", "initial": "refrains",
     "actor": {"names": ["Canada", "Ottawa", "Canadian government"], "adjectives": ["Canadian"],
               "speakers": ["Bill Blair", "Blair", "Mark Carney", "Carney"]},
     "target": _UA, "object": {"kind": "weapons"}},
])}
IT, NL, CA = "it-arms-ukraine", "nl-f16-ukraine", "ca-arms-ukraine"

# ", provided …" after a comma is a condition, never the supply verb "provided": a conditional
# opening is `reconsider`, and a split particle verb ("pass the tanks on to Kyiv") is a supply verb.
CONDITION = [
    (IT, "Crosetto said Italy could send older howitzers to Ukraine, provided new guns from Germany "
         "arrive in time.", "reconsider"),
    (CA, "Ottawa could hand surplus rifles to Ukraine, providing the new contract is signed, Blair said.",
     "reconsider"),
    (IT, "\"If the new guns arrive on time, we could pass the old howitzers on to Ukraine,\" Crosetto said.",
     "reconsider"),
    (CA, "Canada has provided artillery shells to Ukraine since 2022, Blair said.", "supplies"),
    (IT, "Italy handed the air-defence missiles over to Ukraine last month, Crosetto said.", "supplies"),
]

# Beside a refusal in the same sentence, "no decision to send any" restates it: `refrains`.
DENIAL = [
    (NL, "\"No F-16s have been sent to Ukraine, and there is no decision to send any,\" Brekelmans said.",
     "refrains"),
    (CA, "No weapons have gone to Ukraine from Canadian stocks and there is no decision to send any, "
         "Blair said.", "refrains"),
    (NL, "Brekelmans said there was no decision yet on sending F-16s to Ukraine.", "reconsider"),
]

# A perfect arrival ("have arrived") of a consignment the actor promised is a delivery, not a
# third party's prediction; the future remains a prediction.
ARRIVAL = [
    (NL, "The first F-16s promised by the Netherlands have arrived in Ukraine, the Ukrainian air force said.",
     "supplies"),
    (CA, "Armoured vehicles pledged by Canada have reached Ukraine, Kyiv's defence ministry said.", "supplies"),
    (NL, "The F-16s promised by the Netherlands will arrive in Ukraine next year, the Ukrainian air force said.",
     "none"),
]

# "taken off the table" is a refusal like "off the table"; negated, it keeps the option open.
TABLE = [
    (NL, "Schoof said that F-16s for Ukraine had not been taken off the table.", "reconsider"),
    (CA, "Blair said that sending tanks to Ukraine had been taken off the table.", "refrains"),
    (IT, "Crosetto said that a rate hike had not been taken off the table.", "none"),
]

CASES = CONDITION + DENIAL + ARRIVAL + TABLE


test_reads, test_enough_cases = reading_tests(CASES, minimum=12, stances=STANCES)
