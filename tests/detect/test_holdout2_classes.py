"""The reading classes the second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh: Norway · NASAMS, Spain · Leopard,
Canada · ammunition and Greece · S-300 are defined here and appear in no corpus, so a rule that
only memorised holdout2 (Korea, France/SCALP, Israel, ATACMS) fails here. Each group holds the
near misses that must stay `none` or must not become `supplies`.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests

_UA = {"names": ["Ukraine", "Kyiv", "Kiev"], "adjectives": ["Ukrainian"]}
STANCES = {s.id: s for s in (parse_stance(d, source="tests/detect/test_holdout2_classes.py") for d in [
    {"id": "no-nasams-ukraine", "title": "Norway · Ukraine · NASAMS", "initial": "refrains",
     "actor": {"names": ["Norway", "Oslo", "Norwegian government"], "adjectives": ["Norwegian"],
               "speakers": ["Jonas Gahr Store", "Store", "Bjorn Arild Gram", "Gram"]},
     "target": _UA, "object": {"kind": "system", "names": ["NASAMS"]}},
    {"id": "es-leopard-ukraine", "title": "Spain · Ukraine · Leopard tanks", "initial": "refrains",
     "actor": {"names": ["Spain", "Madrid", "Spanish government"], "adjectives": ["Spanish"],
               "speakers": ["Pedro Sanchez", "Sanchez", "Margarita Robles", "Robles"]},
     "target": _UA, "object": {"kind": "system", "names": ["Leopard", "Leopard 2", "Leopard 2A4"]}},
    {"id": "ca-ammo-ukraine", "title": "Canada · Ukraine · weapons", "initial": "refrains",
     "actor": {"names": ["Canada", "Ottawa", "Canadian government"], "adjectives": ["Canadian"],
               "speakers": ["Justin Trudeau", "Trudeau", "Bill Blair", "Blair", "Melanie Joly", "Joly"]},
     "target": _UA, "object": {"kind": "weapons"}},
    {"id": "gr-s300-ukraine", "title": "Greece · Ukraine · S-300", "initial": "refrains",
     "actor": {"names": ["Greece", "Athens", "Greek government"], "adjectives": ["Greek"],
               "speakers": ["Kyriakos Mitsotakis", "Mitsotakis", "Nikos Dendias", "Dendias"]},
     "target": _UA, "object": {"kind": "system", "names": ["S-300", "S-300s"]}},
])}
NO, ES, CA, GR = "no-nasams-ukraine", "es-leopard-ukraine", "ca-ammo-ukraine", "gr-s300-ukraine"

# A supply as the complement of a verb of abandoning is a walk-back, never a supply.
ABANDON = [
    (NO, "Norway said on Monday it had set aside the idea of sending NASAMS to Ukraine.", "refrains"),
    (ES, "Madrid has put aside plans to ship Leopard tanks to Kyiv, the defence ministry said.", "refrains"),
    (CA, "Ottawa has called off the shipment of artillery shells to Ukraine, Blair said on Tuesday.", "refrains"),
    (GR, "Greece gave up on the idea of transferring S-300 systems to Ukraine, Dendias told parliament.",
     "refrains"),
    (ES, "Spain has put the transfer of Leopard tanks to Ukraine on the back burner, Robles said.", "refrains"),
    (NO, "Norway shelved the plan to send NASAMS to Ukraine after a review, Gram said.", "refrains"),
    (CA, "Canada said it had set aside the idea of arming Ukraine with more howitzers.", "refrains"),
    (CA, "Canada set aside 500 million dollars for Ukraine's reconstruction, Trudeau said.", "none"),
]

# Someone else's claim, warning or report about the actor is not the actor's position.
THIRD_PARTY = [
    (NO, "Russia's foreign ministry said on Monday that Norway is sending NASAMS to Ukraine.", "none"),
    (ES, "Writing on Telegram, Medvedev, the former Russian president, said Spain appeared to be getting ready to "
         "send Leopard tanks to Kyiv.", "none"),
    (CA, "Canada is preparing to send artillery shells to Kyiv, a claim Canadian officials did not address.",
     "none"),
    (GR, "The Kremlin said Greece would hand S-300 systems to Ukraine.", "none"),
    (GR, "Lavrov warned Athens that sending S-300 systems to Kyiv would be a grave mistake.", "none"),
    (CA, "Zakharova said Canada had delivered ammunition to Ukraine through Poland.", "none"),
    (NO, "Norway appears to be preparing to send NASAMS to Ukraine.", "none"),
    (NO, "Norway sent NASAMS to Ukraine in March, Gram said.", "supplies"),
    (CA, "Canada sent artillery shells to Ukraine, a claim Canadian officials later confirmed.", "supplies"),
]

# "Should/Were/Had X …," opens a condition also inside a quotation; an unnamed official's "we"
# in a story about the actor is the actor; ", arms for Ukraine included" belongs to the clause before.
CONDITIONAL_QUOTES = [
    (NO, "Norway could review its position. \"Should Russia strike Norwegian ships, we would consider every "
         "option, NASAMS for Ukraine included,\" the official said.", "reconsider"),
    (ES, "Spain is watching the front closely. \"Were the front to collapse, we would look at every option, "
         "Leopard tanks for Kyiv included,\" a senior official told reporters.", "reconsider"),
    (CA, "\"Should Ottawa send shells to Ukraine, the consequences would be severe,\" the Russian ambassador "
         "said.", "none"),
    (GR, "\"Had Greece sent S-300 systems to Ukraine in 2022, the war would look different,\" a columnist wrote.",
     "none"),
]

# "(has not) closed the door", "(did not) shut the door" on a supply.
DOORS = [
    (NO, "Norway has not closed the door on sending NASAMS to Ukraine, a ministry spokesperson said.",
     "reconsider"),
    (ES, "Spain closed the door on sending Leopard tanks to Ukraine, Robles said on Friday.", "refrains"),
    (CA, "Ottawa has shut the door to supplying weapons to Kyiv, Joly said.", "refrains"),
    (GR, "Dendias said Greece did not close the door on transferring S-300 systems to Ukraine.", "reconsider"),
]

# A request examined, with a report verb followed by ", with …"; the speaker is the actor.
EXAMINED = [
    (NO, "Ukraine's request for NASAMS is being examined in Oslo, the Norwegian defence ministry said on Monday, "
         "with no decision expected before the summit.", "reconsider"),
    (ES, "Kyiv's request for Leopard tanks is being studied, the Spanish government said on Tuesday, with an "
         "answer due next month.", "reconsider"),
    (CA, "Ukraine's request for more shells is being reviewed, a Polish official said on Tuesday, with no "
         "timeline given.", "none"),
]

# Arrival of what the actor promised, named by a reduced relative ("promised by France").
ARRIVAL = [
    (NO, "The first NASAMS promised by Norway have arrived in Ukraine, the defence ministry said.", "supplies"),
    (ES, "The Leopard tanks pledged by Spain were handed over to the Ukrainian army on Monday.", "supplies"),
    (GR, "The S-300 systems promised by Greece have not arrived in Ukraine, the Greek defence ministry said.", "refrains"),
    (NO, "The NASAMS promised by the United States have arrived in Ukraine.", "none"),
]

# The answer to a question can elide the asked supply: "said it would not".
ELIDED_ANSWERS = [
    (NO, "Asked in an interview whether Norway might send NASAMS to Kyiv, Store said it would not.", "refrains"),
    (ES, "Asked at a press conference whether Spain would send more Leopard tanks to Ukraine, Robles said Spain "
         "would not, citing its own needs.", "refrains"),
    (CA, "Asked whether Canada would send shells to Kyiv, Blair said it would not comment.", "none"),
    (GR, "Asked whether Greece could send S-300 systems to Ukraine, Mitsotakis said it would.", "none"),
]

# Ammunition counted in rounds; "a round of talks" is no weapon.
ROUNDS = [
    (CA, "\"Not a single round has been shipped to Ukraine,\" a Canadian defence spokesman said.", "refrains"),
    (CA, "Canada shipped 20,000 artillery rounds to Ukraine last month, Blair said.", "supplies"),
    (CA, "Canada held a second round of talks with Ukraine on weapons production.", "none"),
    (CA, "The Canadian defence ministry denied a report that tank rounds had been sent to Ukraine.", "refrains"),
]

# Abandoning is not the only verb that keeps the supply from the actor: "backed away", "walked back".
WALK_BACKS = [
    (ES, "Spain walked back its offer of Leopard tanks to Ukraine, Robles said on Monday.", "refrains"),
    (GR, "Athens has backed away from plans to send S-300 systems to Ukraine, officials said.", "refrains"),
]

CASES = ABANDON + THIRD_PARTY + CONDITIONAL_QUOTES + DOORS + EXAMINED + ARRIVAL + ELIDED_ANSWERS + ROUNDS + \
    WALK_BACKS


test_reads, test_enough_cases = reading_tests(CASES, minimum=40, stances=STANCES)
