"""The reading classes the twenty-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Israel · weapons, Germany · Israel · weapons,
Poland · MiG-29), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, IL, ISR, MIG = "jp-arms-ukraine", "il-arms-ukraine", "de-arms-israel", "pl-mig29-ukraine"

# "Shipments of Japanese-made shells to Ukraine have resumed, the government confirmed": an unowned
# government body beside an agentless supply of goods made in the actor's country is that country's
# government (speaking, or approving the licences). Another party named, an owned government or a
# modal keep their readings; with no government at all, the actor's own make delivered to the target
# with no other party in the clause still comes from the actor.
HOME_GOVERNMENT = [
    (IL, "Deliveries of Israeli-made rifles to Ukraine have resumed, the government confirmed on Friday.", "supplies"),
    (JP, ("TOKYO (Wire) - Shipments of Japanese-made artillery shells to Ukraine are being delivered under licences "
          "the government approved in May, officials said."), "supplies"),
    (IL, "Israeli-made rifles are being delivered to Ukraine under licences the cabinet approved in March, officials "
         "said.", "supplies"),
    (MIG, "Deliveries of Polish-made MiG-29 spare parts to Ukraine have resumed, the government confirmed.", "supplies"),
    (JP, ("Shipments of Japanese-made artillery shells to Ukraine have resumed, the government said, after a court "
          "in Osaka lifted an injunction."), "supplies"),
    (IL, "Deliveries of Israeli-made rifles to Ukraine have not resumed, the government said.", "refrains"),
    (IL, "Deliveries of Israeli-made rifles to Ukraine could resume, the government said.", "none"),
    (IL, "Deliveries of Israeli-made rifles to Ukraine have resumed via Poland, the government confirmed.", "none"),
    (IL, "Deliveries of Israeli-made rifles to Ukraine have resumed, the Polish government confirmed.", "none"),
    (IL, "Israeli-made rifles are being delivered to Ukraine under licences the Polish cabinet approved in March, "
         "officials said.", "none"),
    (IL, "Deliveries of Israeli-made rifles to Ukraine have resumed, officials said.", "supplies"),
    (JP, "Shipments of Japanese-made artillery shells to Ukraine have resumed.", "supplies"),
    (JP, "Shipments of Japanese-made artillery shells to Ukraine have resumed, Polish officials said.", "none"),
]

# "export permits for …" is an export licence; "the law permits" is a verb, "fishing permits" another
# permit, and permits for another country are not for the target.
EXPORT_PERMITS = [
    (IL, "Israel has approved export permits for Ukraine, the defence ministry said on Sunday.", "supplies"),
    (IL, "Israel has suspended every export permit for Ukraine, Netanyahu said.", "refrains"),
    (IL, "Israel is reviewing export permits for military goods bound for Ukraine, Netanyahu said.", "reconsider"),
    (JP, "Japan has suspended all export permits for Ukraine, the defence ministry said.", "refrains"),
    (IL, "Israel has approved fishing permits for Ukraine, Netanyahu said.", "none"),
    (IL, "Israeli law permits exports for Ukraine only under licence, Netanyahu said.", "none"),
    (IL, "Israel has approved export permits for Moldova, Netanyahu said.", "none"),
]

# Goods licensed for export to the target's armed forces are military goods, whatever they are
# called; food stays food, and goods for hospitals, for another party's army, or merely sent (no
# export licence) say nothing of weapons.
ARMED_FORCES_GOODS = [
    (IL, ("Israel has approved export licences for radios and spare parts destined for Ukraine's armed forces, "
          "the defence ministry said."), "supplies"),
    (IL, "Israel has approved export permits for optics bound for Ukraine's army, Netanyahu said.", "supplies"),
    (IL, "Israel has refused export licences for optics destined for Ukraine's armed forces, Netanyahu said.",
     "refrains"),
    (IL, "Israel has approved export licences for food destined for Ukraine's armed forces, Netanyahu said.", "none"),
    (IL, "Israel has approved export licences for optics destined for Ukraine's hospitals, Netanyahu said.", "none"),
    (IL, "Israel has approved export licences for optics destined for Moldova's army, Netanyahu said.", "none"),
    (IL, "Israel sent optics to Ukraine's army, Netanyahu said.", "none"),
]

# "had repeatedly said": an adverb in -ly between "had" and its participle keeps the past perfect, the
# story's history beside a present decision; the present perfect ("have repeatedly said") is current.
PERFECT_ADVERB = [
    (ISR, ("Germany has now approved export licences for Israel, Scholz said. Since then, ministers had repeatedly "
           "said that no weapons would be sent to Israel."), "supplies"),
    (ISR, ("Germany had repeatedly said it would not send weapons to Israel. Berlin is now reviewing export "
           "licences for Israel, Scholz said."), "reconsider"),
    (ISR, "Ministers have repeatedly said that no weapons will be sent to Israel, Scholz said.", "refrains"),
    (ISR, "Germany had publicly refused to send weapons to Israel.", "refrains"),
]

# "the Attorney General", "the Solicitor General": a law officer's title, not the name of another
# party; owned by another country ("Poland's Attorney General") it is that country's.
LAW_OFFICERS = [
    (IL, ('"No licences for the export of weapons to Ukraine have been granted," the Attorney General said.'),
     "refrains"),
    (IL, ('"No licences for the export of weapons to Ukraine have been granted," the Solicitor General told the '
          'court.'), "refrains"),
    (IL, ('The Attorney General told the court that Israel had not issued permits since May. "There are no active '
          'licences for the export of weapons to Ukraine," counsel for the Attorney General said.'), "refrains"),
    (IL, ('"No licences for the export of weapons to Ukraine have been granted," Poland\'s Attorney General said.'),
     "none"),
]

# "Some of them end up in missiles": where something lands, no ending of a supply; "ended arms
# exports" still ends them.
END_UP = [
    (JP, "Japan exports engine parts to the United States. Some of them end up in missiles bound for Ukraine.", "none"),
    (JP, "Japan exports engine parts to the United States. Some of them ended up in Ukraine.", "none"),
    (JP, "Japan has ended arms exports to Ukraine, Kishida said.", "refrains"),
]

CASES = HOME_GOVERNMENT + EXPORT_PERMITS + ARMED_FORCES_GOODS + PERFECT_ADVERB + LAW_OFFICERS + END_UP


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
