"""The reading classes the twenty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Germany · Leopard, UK · Challenger 2, Japan · weapons, Poland · MiG-29,
Netherlands · F-16, Portugal · weapons), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

LEO, CHAL, JP, MIG, NL, PT = ("de-leopard-ukraine", "uk-challenger-ukraine", "jp-arms-ukraine", "pl-mig29-ukraine",
                              "nl-f16-ukraine", "pt-arms-ukraine")

# "The decision on Leopard tanks stands": a decision noun whose topic is the object itself, with no supply
# word, does not say what was decided; "the decision to send", "a decision on the delivery of …" and "no
# decision on …" keep their readings.
DECISION_TOPIC = [
    (LEO, ("\"The chancellor's decision on Leopard tanks stands, and they are not going to Ukraine,\" a German "
           "government spokesman said."), "none"),
    (LEO, "\"Our decision on the Leopard 2 remains in force,\" Scholz told reporters in Kyiv.", "none"),
    (CHAL, "A decision on Challenger 2 tanks for Ukraine is expected within days, Sunak said.", "none"),
    (LEO, "Scholz said the decision to send Leopard 2 tanks to Ukraine had been taken.", "supplies"),
    (LEO, "No decision on Leopard tanks for Ukraine has been made, Scholz said.", "reconsider"),
    (LEO, "The cabinet adopted a decision on the delivery of Leopard 2 tanks to Ukraine, Scholz said.", "supplies"),
]

# "Analysts say that …", "Diplomats in Tokyo have long said that …": outsiders opening the sentence as the
# subject of its reporting verb give their view, not the actor's position. The actor's own diplomats or
# officials, and "quoted Kishida as saying", still speak for the actor.
LEADING_OUTSIDERS = [
    (JP, "Analysts in Tokyo say that Japan is quietly sending ammunition to Ukraine.", "none"),
    (JP, "Diplomats in Tokyo have long said that Japanese shells reach Ukraine by sea.", "none"),
    (JP, "Experts say Japan could send artillery shells to Ukraine next year.", "none"),
    (JP, "Japanese diplomats said Japan would send artillery shells to Ukraine.", "supplies"),
    (JP, "Japanese officials say Japan is sending artillery shells to Ukraine.", "supplies"),
    (JP, "A newspaper quoted Kishida as saying that Japan is considering sending weapons to Ukraine.", "reconsider"),
]

# "In reply to a question from a Russian journalist, the minister said …": a name deep inside a phrase that
# opens the sentence belongs to that phrase (the one asking, the partner in talks), never to the body that
# speaks after the comma.
OPENING_PHRASE = [
    (MIG, ("Poland has been asked for more jets. In reply to a question from a Russian journalist, the minister said "
           "that no MiG-29 jets had been sent to Ukraine and that the government had taken no decision to send any."),
     "refrains"),
    (MIG, ("Poland has been asked for more jets. In reply to a question from a Russian journalist, the defence "
           "minister said that MiG-29 jets had been sent to Ukraine."), "supplies"),
    (MIG, ("Poland has been asked for more jets. After talks with Hungary, the government said that MiG-29 jets "
           "would not be sent to Ukraine."), "refrains"),
    (MIG, "In Warsaw, the Polish government said that MiG-29 jets would be sent to Ukraine.", "supplies"),
]

# "will overhaul Ukrainian howitzers": a verb of changing whose direct object is the weapon itself is work on
# the weapons (a repair, a refit), no change of policy on supplying them; a change of the policy, a shift
# on arms or a rethink of the deliveries still opens the option.
WORK_ON_WEAPONS = [
    (JP, ("Japan will not send weapons to Ukraine, Kishida said. Instead, Japanese workshops would service "
          "Ukrainian howitzers and overhaul Ukrainian artillery."), "refrains"),
    (JP, "Japanese firms will refit Ukrainian howitzers and overhaul Ukrainian tanks, Kishida said.", "none"),
    (JP, "Japan will change its policy on weapons for Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan will rethink arms deliveries to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan signalled a shift on arms for Ukraine, Kishida said.", "reconsider"),
]

# "Correction: An earlier version of this story reported that …": what a correction withdraws is no one's
# position; the same words outside a correction still count.
CORRECTION_NOTICE = [
    (NL, ("The Dutch government said on Monday that it has no plan to send F-16 jets to Ukraine. Correction: An "
          "earlier version of this story reported that the government was reviewing a Ukrainian request for "
          "F-16s."), "refrains"),
    (NL, ("Correction: A previous version of this article said the Netherlands was considering sending F-16 jets "
          "to Ukraine."), "none"),
    (NL, "The Netherlands is considering sending F-16 jets to Ukraine, Rutte said.", "reconsider"),
]

# A present review, then a walk-back dated before the news ("shelved the plan last month", "two months ago"):
# the review reopened what was shelved. A walk-back dated as news ("on Monday", "has now"), one after a past
# weighing ("considered"), or one alone, still ends the weighing.
DATED_WALK_BACK = [
    (LEO, ("The German government is reviewing a new Ukrainian request for Leopard 2 tanks, officials said. Scholz "
           "shelved a plan to send the tanks last month."), "reconsider"),
    (LEO, ("Germany is reviewing a new Ukrainian request for Leopard 2 tanks, officials said. Scholz shelved the "
           "plan to send the tanks two months ago, saying talks needed a chance."), "reconsider"),
    (LEO, ("The German government was reviewing a Ukrainian request for Leopard 2 tanks, officials said. On Monday "
           "Scholz shelved the plan to send the tanks."), "refrains"),
    (LEO, ("Germany is reviewing a Ukrainian request for Leopard 2 tanks, officials said. Scholz has now shelved "
           "the plan to send the tanks."), "refrains"),
    (LEO, "Germany shelved a plan to send Leopard 2 tanks to Ukraine last month.", "refrains"),
    (LEO, "Germany considered sending Leopard tanks to Ukraine. Last month, Scholz decided not to send the tanks.",
     "refrains"),
]

# "is assessing which weapons the country could spare for Ukraine": the object fronted in a question that a
# weighing verb governs is a choice of what to supply; another recipient, another supplier, or a verb that
# supplies nothing is not.
WEIGHED_CHOICE = [
    (PT, ("Portugal's defence ministry is assessing which weapons and ammunition the country could spare for "
          "Ukraine, Nuno Melo said."), "reconsider"),
    (PT, "Portugal is examining what weapons it could send to Ukraine, the minister said.", "reconsider"),
    (PT, "Portugal is examining which weapons could be sent to Ukraine.", "reconsider"),
    (PT, "Portugal is assessing which weapons it could send to Morocco.", "none"),
    (PT, "Portugal is assessing which weapons Spain could send to Ukraine.", "none"),
    (PT, "Portugal is assessing which weapons Ukraine could use.", "none"),
    (PT, "Portugal knows which weapons Ukraine needs.", "none"),
]

# "Kyiv has long wanted the tanks. … he might send them": a sentence that names the object but
# claims nothing still tells what a later "them" or "the request" means; with no such sentence nearby the
# pronoun stays too vague to read.
NAMED_WITHOUT_CLAIM = [
    (CHAL, ("Ukraine wants Challenger 2 tanks, Zelensky said. The war is in its third year. Talks have stalled. "
            "Winter is coming. Kyiv has long wanted the tanks. Nobody knows. Sunak said on Friday he might "
            "send them if Russia did not stop the offensive."), "reconsider"),
    (CHAL, ("Ukraine wants Challenger 2 tanks, Zelensky said. The war is in its third year. Talks have stalled. "
            "Winter is coming. Kyiv has long wanted the tanks. Asked about the call, Sunak said he is "
            "still weighing the request."), "reconsider"),
    (CHAL, ("Ukraine wants Challenger 2 tanks, Zelensky said. The war is in its third year. Talks have stalled. "
            "Winter is coming. Nothing is simple. Nobody knows. Sunak said on Friday he might send them if Russia did "
            "not stop the offensive."), "none"),
]

CASES = (DECISION_TOPIC + LEADING_OUTSIDERS + OPENING_PHRASE + WORK_ON_WEAPONS + CORRECTION_NOTICE +
         DATED_WALK_BACK + WEIGHED_CHOICE + NAMED_WITHOUT_CLAIM)


test_reads, test_enough_cases = reading_tests(CASES, minimum=39)
