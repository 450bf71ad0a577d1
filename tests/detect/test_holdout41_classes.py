"""The reading classes the forty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, UK · Storm Shadow), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, SS = "jp-arms-ukraine", "de-arms-israel", "uk-stormshadow-ukraine"

# "PORT HAIFA — …": a dateline city of several words merged into one name unit is still a dateline, never
# the subject of the sentence after the dash.
MULTIWORD_DATELINE = [
    (ISR, ("PORT HAIFA — A second consignment of German artillery shells has been delivered to Israel's army, the "
           "German defence ministry said on Friday."), "supplies"),
    (JP, ("PORT KYIV — A first batch of Japanese mortar rounds has been delivered to Ukraine's army, the Japanese "
          "defence ministry said."), "supplies"),
    (ISR, "PORT HAIFA — Germany will not send weapons to Israel, Merz said.", "refrains"),
    (ISR, "PORT HAIFA — Russia has delivered weapons to Israel, the Russian defence ministry said.", "none"),
]

# "will not be a source of arms to any of the parties": being the supplier of the goods, after a copula,
# is supplying them, with the copula's tense and negation. Another country as the supplier, or a source of
# something that is no weapon, is not the actor's supply.
SUPPLIER_PREDICATE = [
    (JP, "Japan will never be a source of weapons for either side in Ukraine, Kishida said.", "refrains"),
    (ISR, "Germany does not want to be a supplier of weapons to Israel, Merz said.", "refrains"),
    (JP, "Japan has become a major supplier of ammunition to Ukraine, the Japanese defence ministry said.",
     "supplies"),
    (JP, "Japan is a source of financial support for Ukraine, Kishida said.", "none"),
    (ISR, "The United States is the main supplier of weapons to Israel, Merz said.", "none"),
]

# "spare parts for the Hawk launchers": a class noun with a capitalised model name of its own names
# another system, not the stance's system named before ("the launchers", "the older missiles", "the
# British-made missiles" still echo it).
OTHER_MODEL_CLASS_NOUN = [
    (SS, ("France says more Storm Shadow missiles will reach Ukraine. Sunak says Britain will send spare parts "
          "for the Brimstone missiles already in Ukraine."), "none"),
    (SS, ("Storm Shadow missiles are in high demand. Sunak says Britain will send the Brimstone missiles to "
          "Ukraine."), "none"),
    (SS, "Storm Shadow missiles are in high demand. Sunak says Britain will send the missiles to Ukraine.",
     "supplies"),
    (SS, ("Storm Shadow missiles are in high demand. Sunak says Britain will send the British-made missiles to "
          "Ukraine."), "supplies"),
]

# "there is no plan to transfer any launcher or missile": in a sentence that names the system, a class noun
# under "any" in a negated clause denies every one, the system included. Without a negation "any" does not
# name the system, and never makes a supply.
NEGATED_ANY = [
    (SS, ("Britain's Storm Shadow missiles are needed at home, and there is no plan to transfer any launcher or "
          "missile to Ukraine, Sunak said."), "refrains"),
    (SS, "Britain keeps its Storm Shadow stocks, and Sunak said it will not send any missile to Ukraine.",
     "refrains"),
    (SS, "Britain has Storm Shadow stocks, and Sunak said it will send any missile Ukraine asks for.", "none"),
]

# "Spain's jets remain assigned to a mission in Türkiye, and there is no plan to …": a party named inside a
# prepositional phrase of place is no subject; an agentless clause after it takes the subject named
# before it. "a spokesperson for X" is ownership, not a place.
PLACE_PHRASE_NOT_AGENT = [
    (SS, ("\"Britain's Storm Shadow missiles remain assigned to a NATO mission in Poland, and there is no plan to "
          "transfer any missile to Ukraine,\" a ministry spokeswoman said."), "refrains"),
    (JP, ("\"Japan's stocks remain with units based in Okinawa and in Guam, and there is no plan to send weapons "
          "to Ukraine,\" a ministry spokeswoman said."), "refrains"),
    (ISR, ("\"Russia's tanks are stationed in Syria, and there is no plan to send weapons to Israel,\" a "
           "spokeswoman said."), "none"),
]

# "will not confine itself to relief convoys": relief goods are aid like humanitarian aid, so refusing to
# stop at them is an opening (after a condition, a conditional one).
RELIEF_AID_ONLY = [
    (JP, ("\"If the front collapses, Japan will not confine itself to relief convoys,\" Kishida said."),
     "reconsider"),
    (ISR, "Germany will not limit itself to relief supplies for Israel, Merz said.", "reconsider"),
    (ISR, "Germany confines itself to relief convoys for Israel, Merz said.", "refrains"),
    (ISR, "Russia will not confine itself to relief convoys for Israel, Merz said.", "none"),
]

# "Weapons are not part of it", "Storm Shadows are not part of that contribution": the object left out of
# what is given is withheld. A coordinated second refusal ("… are not being provided and are not going
# anywhere") agrees with the first instead of cancelling it. Another country's aid is not the actor's.
LEFT_OUT_OF_THE_AID = [
    (JP, ("A Japanese official said the convoy showed what Japan sends to Ukraine: \"Food, medicine, fuel. "
          "Weapons are not part of it, and they will not be.\""), "refrains"),
    (SS, ("Sunak said Britain's contribution is training and money. \"Storm Shadow missiles are not part of that "
          "contribution,\" he said."), "refrains"),
    (SS, "Storm Shadow missiles are not being provided to Ukraine and are not going anywhere, Sunak said.",
     "refrains"),
    (SS, "Storm Shadow missiles are not being provided to Ukraine and are off the table, Sunak said.", "refrains"),
    (SS, "Storm Shadow missiles are not off the table, Sunak said.", "reconsider"),
    (ISR, "Russia said weapons are not part of its aid to Israel.", "none"),
]

# "that examination covers the Patriot interceptors as well": a weighing noun that takes in the object
# weighs it, like "part of the review"; "Together with the ministry, we …" is a prepositional opener, no
# party.
REVIEW_TAKES_IN = [
    (SS, ("Sunak said Britain is examining what more it can contribute to Ukraine, and that examination covers "
          "Storm Shadow missiles as well."), "reconsider"),
    (SS, "Sunak said the review now includes the Storm Shadow missiles.", "reconsider"),
    (SS, "France said its review includes Storm Shadow missiles for Ukraine.", "none"),
    (SS, "Together with France, Britain will not send Storm Shadow missiles to Ukraine, Sunak said.", "refrains"),
]

# "reviewing a list of weapons requested by the Sudanese army": the target's forces after "by the" are the
# target asking, so the weighed goods are its request; another country's forces are not.
REQUESTED_BY_THE_TARGETS_FORCES = [
    (JP, ("A Japanese defence official confirmed that the government is assessing a list of weapons requested by "
          "the Ukrainian army."), "reconsider"),
    (JP, "Japan is assessing a list of weapons requested by the Ukrainian army, Kishida said.", "reconsider"),
    (JP, "Japan is assessing a list of weapons requested by the Russian navy.", "none"),
]

# "Every one of the Patriot interceptors that this country promised Kyiv … has been delivered": a relative on
# the object whose subject is the speaker's own country ("this country", "we") hangs on the object; the
# main verb after it decides, and whose supply it is the speaker's side tells (another country's speaker,
# or the recipient's "that we requested", supplies nothing of the actor's).
OWN_COUNTRY_RELATIVE = [
    (SS, ("Sunak spoke in the Commons. \"Every one of the Storm Shadow missiles that this country promised Kyiv has "
          "been delivered,\" he said."), "supplies"),
    (SS, ("Sunak spoke in the Commons. \"The Storm Shadow missiles that we promised Kyiv have been delivered,\" he "
          "said."), "supplies"),
    (SS, "\"The Storm Shadow missiles that we promised Kyiv have not been delivered,\" Sunak said.", "refrains"),
    (SS, "\"The Storm Shadow missiles that we requested have been delivered,\" Ukraine's defence minister said.",
     "none"),
    (SS, ("Lavrov spoke in Moscow. \"The Storm Shadow missiles that this country promised Kyiv have been "
          "delivered,\" he said."), "none"),
]

CASES = (OWN_COUNTRY_RELATIVE + REQUESTED_BY_THE_TARGETS_FORCES + MULTIWORD_DATELINE + SUPPLIER_PREDICATE + OTHER_MODEL_CLASS_NOUN + NEGATED_ANY + PLACE_PHRASE_NOT_AGENT +
         RELIEF_AID_ONLY + LEFT_OUT_OF_THE_AID + REVIEW_TAKES_IN)


test_reads, test_enough_cases = reading_tests(CASES, minimum=41)
