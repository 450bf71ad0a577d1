"""The reading classes the sixty-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "the ministry in Berlin confirmed that …": a body placed "in" the actor's capital speaks for the actor, so
# its report of a future delivery is the actor's word, no third party's prediction. A body in another
# capital, a denial, another recipient or a negation keep their readings.
BODY_IN_CAPITAL_SPEAKS = [
    (LEO, "The ministry in Berlin confirmed on Monday that the Leopard tanks will be handed over to Kyiv.", "supplies"),
    (LEO, "The defence ministry in Berlin said the Leopard tanks will be delivered to Ukraine in spring.", "supplies"),
    (LEO, "The ministry in Moscow said on Monday that the Leopard tanks will be handed over to Kyiv.", "none"),
    (LEO, "The ministry in Berlin denied on Monday that the Leopard tanks will be handed over to Kyiv.", "refrains"),
    (LEO, "The ministry in Berlin confirmed on Monday that the Leopard tanks will be handed over to Egypt.", "none"),
    (LEO, "The ministry in Berlin confirmed on Monday that the Leopard tanks will not be handed over to Kyiv.",
     "refrains"),
]

# '"They write that we are sending tanks," the minister said': in the actor's own voice, "they" who say or
# write something about "us" are others; the actor quotes their claim, it does not make it. "They know that
# we …" grants it, "we said that we …" is the actor's own word, and officials' "they" is the officials.
THEY_SAY_WE = [
    (JP, '"They say that we are sending weapons to Ukraine," Kishida said.', "none"),
    (JP, '"They write that we ship arms to Kyiv every week. Show me the ships," Kishida said.', "none"),
    (JP, '"We are sending weapons to Ukraine," Kishida said.', "supplies"),
    (JP, '"They know that we are sending weapons to Ukraine," Kishida said.', "supplies"),
    (JP, '"We said that we are sending weapons to Ukraine," Kishida said.', "supplies"),
    (JP, "Japanese officials said they would send weapons to Ukraine.", "supplies"),
]

# "If they cross the border, will we stand aside? Then we will give everything": a sentence opening on
# "Then" with a future, after a sentence with an "if" clause, is that condition's consequent, an opening.
# A negated consequent still refuses, a past "Then" tells a sequence, and another supplier is not the actor.
THEN_AFTER_CONDITION = [
    (JP, ('"If Russia marches on Kyiv again, will Japan stand aside? Then we will give Ukraine everything we '
          'have, artillery included," Kishida said.'), "reconsider"),
    (JP, ('"Should the talks fail, and if Moscow escalates, we must act. Then we will send weapons to Ukraine," '
          'Kishida said.'), "reconsider"),
    (JP, '"If Russia escalates, we will consult allies. Then we will not send weapons to Ukraine," Kishida said.',
     "refrains"),
    (JP, "Kishida asked if the ship was ready. Then Japan sent the weapons to Ukraine.", "supplies"),
    (JP, '"If Russia escalates, we will consult. Then Poland will send Ukraine tanks," Kishida said.', "none"),
    (JP, '"Russia keeps attacking. Then we will give Ukraine everything we have, artillery included," Kishida said.',
     "supplies"),
]

# '"not one tank, not one shell" had been handed over': a list whose members each repeat one negated
# quantifier, quoted or not, is one negated subject; ", insisting that …" reports like "insisted that". The
# same words about another recipient, or reported by another party, keep their readings.
NEGATED_MEMBERS_INSISTED = [
    (JP, 'Kishida insisted that "not one tank, not one shell" had been handed to Ukraine.', "refrains"),
    (JP, "Kishida insisted that not one howitzer, not a single shell had been sent to Kyiv.", "refrains"),
    (JP, "Kishida spoke in Tokyo on Friday, insisting that no weapons had been handed to Ukraine.", "refrains"),
    (JP, 'Kishida insisted that "not one tank" had been handed to Ukraine.', "refrains"),
    (JP, 'Kishida insisted that "not one tank, not one shell" had been handed to Poland.', "none"),
    (JP, "Russia spoke at the UN on Friday, insisting that Japan had sent weapons to Ukraine.", "none"),
]

# "Dozens of tanks are being loaded … . The equipment is being transferred to …": "the equipment" opening the
# sentence after one that names the object is that object (for a system stance, only after its own name).
# Equipment after a non-weapon, another recipient or a negation keep their readings.
EQUIPMENT_AFTER_OBJECT = [
    (JP, ("Dozens of Japanese howitzers were loaded onto a freighter in Yokohama on Friday. The equipment will be "
          "delivered to Ukraine next month, Kishida said."), "supplies"),
    (LEO, ("Dozens of Leopard tanks were loaded onto trains near Munich on Friday. The equipment is being "
           "transferred to Ukraine, Pistorius said."), "supplies"),
    (JP, ("Dozens of Japanese tractors were loaded onto a freighter in Yokohama on Friday. The equipment will be "
          "delivered to Ukraine next month, Kishida said."), "none"),
    (LEO, ("Dozens of Marder vehicles were loaded onto trains near Munich on Friday. The equipment is being "
           "transferred to Ukraine, Pistorius said."), "none"),
    (LEO, ("Dozens of Leopard tanks were loaded onto trains near Munich on Friday. The equipment is being "
           "transferred to Egypt, Pistorius said."), "none"),
    (LEO, ("Dozens of Leopard tanks were loaded onto trains near Munich on Friday. The equipment is not being "
           "transferred to Ukraine, Pistorius said."), "refrains"),
]

# "For most of the war, Minsk denied that …": a denial the story opens on a closed span of the past is its
# history; it no longer answers a delivery reported now. "For years, X has denied" still holds.
DENIAL_IN_A_CLOSED_SPAN = [
    (JP, ("Japanese howitzers are being shipped to Ukraine under a government agreement, Kishida said. "
          "For most of the war, Tokyo denied that any of its weapons had reached Ukraine."), "supplies"),
    (JP, ("Japanese howitzers are being shipped to Ukraine under a government agreement. "
          "For years, Tokyo denied that any of its weapons had reached Ukraine."), "supplies"),
    (JP, "For years, Tokyo has denied that any of its weapons reached Ukraine.", "refrains"),
    (JP, "Tokyo denied on Monday that any of its weapons had reached Ukraine.", "refrains"),
    (JP, ("Japanese howitzers are being shipped to Ukraine, Russian officials said. "
          "Tokyo denied on Monday that any of its weapons had reached Ukraine."), "refrains"),
]

# "told Russian state TV that …", "state media": the noun "state" owning an outlet is no reporting verb, so
# the minister who told it remains the speaker; the outlet reporting on its own is still someone else's word.
STATE_OUTLET_ADDRESSED = [
    (JP, "Japan's defence minister told Russian state TV that Tokyo was reviewing a request from Kyiv for weapons.",
     "reconsider"),
    (JP, "Kishida told a state television talk show that Tokyo was reviewing a request from Kyiv for weapons.",
     "reconsider"),
    (JP, "Japan is sending weapons to Ukraine, Russian state TV reported.", "none"),
    (JP, "A Russian state TV host said that Tokyo was reviewing a request from Kyiv for weapons.", "none"),
    (JP, "Japan's defence minister told Russian state TV that Poland was reviewing a request from Kyiv for weapons.",
     "none"),
]

# "Whether Dutch jets will be sent is still being examined": a "whether" clause opening the sentence is its
# subject, and the weighing verb after it weighs the supply inside, like "is examining whether". "is unclear"
# weighs nothing, another recipient or supplier is not the stance.
WHETHER_CLAUSE_WEIGHED = [
    (JP, "Whether Japan will send weapons to Ukraine is still being examined, Kishida said.", "reconsider"),
    (LEO, "Whether German Leopard tanks will be sent to Kyiv is under review, Pistorius said.", "reconsider"),
    (JP, "Whether Japan will send weapons to Poland is still being examined, Kishida said.", "none"),
    (JP, "Whether Japan will send weapons to Ukraine is unclear, analysts said.", "none"),
    (JP, "Whether Poland will send weapons to Ukraine is still being examined, Kishida said.", "none"),
]

# "he had instructed the defence ministry to assess whether …": a definite department no name owns, directed
# by the actor, is the actor's own administration, so the actor commissions the weighing itself. Urging it,
# another director, another party's ministry or another recipient keep their readings.
OWN_DEPARTMENT_DIRECTED = [
    (JP, "Kishida has instructed the defence ministry to assess whether weapons could be transferred to Ukraine.",
     "reconsider"),
    (JP, ("Kishida told the cabinet that he had instructed the foreign ministry to examine whether arms could be "
          "sent to Kyiv."), "reconsider"),
    (JP, "Kishida urged the defence ministry to assess whether weapons could be transferred to Ukraine.", "none"),
    (JP, "Kishida has instructed Poland's defence ministry to assess whether weapons could be sent to Ukraine.",
     "none"),
    (JP, "Kishida has instructed the defence ministry to assess whether weapons could be transferred to Poland.",
     "none"),
    (JP, ("Russia has instructed the defence ministry to assess whether Japanese weapons could be transferred to "
          "Ukraine."), "none"),
]

CASES = (BODY_IN_CAPITAL_SPEAKS + THEY_SAY_WE + THEN_AFTER_CONDITION + NEGATED_MEMBERS_INSISTED +
         EQUIPMENT_AFTER_OBJECT + DENIAL_IN_A_CLOSED_SPAN + STATE_OUTLET_ADDRESSED + WHETHER_CLAUSE_WEIGHED +
         OWN_DEPARTMENT_DIRECTED)


test_reads, test_enough_cases = reading_tests(CASES, minimum=51)
