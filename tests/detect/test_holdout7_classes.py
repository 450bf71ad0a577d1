"""The reading classes the seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · weapons for Israel, UK · Storm Shadow),
none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, IL, UK = "jp-arms-ukraine", "de-arms-israel", "uk-stormshadow-ukraine"

# "… said any X reaching Ukraine would be a mistake": "any" opens a clause whose subject is the
# object, and a modal follows; the supply is supposed, never reported.
SUPPOSED_OBJECT = [
    (JP, "In Moscow, spokesman Ivan Petrov said any Japanese weapons sent to Ukraine would be a mistake.", "none"),
    (JP, 'Kyiv wants shells. He said any Japanese weapons reaching Ukraine "would be a grave error".', "none"),
    (JP, "Japanese weapons sent to Ukraine have arrived in Lviv, Kishida said.", "supplies"),
    (JP, "Japan has not sent any weapons to Ukraine, Kishida said.", "refrains"),
]

# "Japan's arms exports hit a record", "exports of shells": the trade in general names no recipient,
# so the target named in the sentence before is not carried over to it.
TRADE_IN_GENERAL = [
    (JP, ("Ukrainian troops have used howitzers near Kharkiv for months. Japan's arms exports rose sharply "
          "last year, with Australia buying most of the frigates."), "none"),
    (JP, ("Kyiv has asked its partners for shells. Tokyo said exports of ammunition had gone to allies "
          "under strict end-use rules."), "none"),
    (JP, "Kyiv needs more shells. Japan has approved the export of artillery shells, Kishida said.", "supplies"),
    (IL, "Germany's arms exports to Israel have continued this month, Scholz said.", "supplies"),
]

# "…, but its Security Council has approved …": a possessive pronoun's body is the subject named before.
POSSESSIVE_BODY = [
    (UK, ("Britain will not send tanks to Ukraine, but its Defence Council has approved the transfer of "
          "Storm Shadow missiles to Kyiv."), "supplies"),
    (UK, "Britain will not send tanks to Ukraine, but its ministry has approved the transfer of Storm Shadow missiles to Kyiv.",
     "supplies"),
    (UK, ("France will not send tanks to Ukraine, but its Defence Council has approved the transfer of "
          "Storm Shadow missiles to Kyiv."), "none"),
]

# "has long rejected", "had always refused": a policy held over time is the status quo, no
# walk-back of an opening reported in the same story.
STANDING_POLICY = [
    (JP, ("Kishida said Japan does not exclude the possibility of sending weapons to Ukraine. Tokyo has long "
          "rejected calls for lethal aid, citing its export rules."), "reconsider"),
    (IL, ("Scholz said Germany is weighing further arms deliveries to Israel. Berlin has always rejected "
          "calls for a full embargo on weapons for Israel."), "reconsider"),
    # a dated rejection after the weighing is a decision: the walk-back stands
    (JP, ("Kishida said Japan was weighing sending weapons to Ukraine. On Friday Tokyo rejected sending "
          "weapons to Ukraine."), "refrains"),
]

# "any exports had gone to allies": with a perfect, "any" ranges over what happened; it opens nothing.
ANY_WITH_PERFECT = [
    (JP, "Japan has not provided weapons to Ukraine. Kishida said any exports of ammunition had gone to allies.",
     "refrains"),
    # the noun's own modal keeps "any" a supposition: the actor's condition opens the option
    (JP, "Kishida said any deliveries of weapons to Ukraine would need parliament's approval.", "reconsider"),
]

# "shells are flowing to Ukraine", "have begun moving to Ukraine": the object itself travels to the
# recipient, as with "arrived in".
MOTION_TO_TARGET = [
    (JP, "Japanese artillery shells have begun moving to Ukraine, a senior government official said.", "supplies"),
    (JP, "Japanese ammunition is flowing to Ukraine, Kishida confirmed.", "supplies"),
    (JP, "Japanese ammunition is flowing to Poland, Kishida confirmed.", "none"),
    (JP, "Japan is moving to ease its export rules, Kishida said.", "none"),
    (JP, "Tokyo is moving toward sending weapons to Ukraine, Kishida said.", "none"),
]

# '"Should North Korea …, the government could …"': a body in the main clause is never the
# subject of the leading condition; it is the speaker's.
CONDITION_SUBJECT = [
    (JP, ('"Should North Korea send troops to Russia, the government could not confine itself to humanitarian '
          'aid," Kishida said.'), "reconsider"),
    (JP, '"If China arms Russia, the government could not confine itself to humanitarian aid," Kishida said.',
     "reconsider"),
    (JP, '"If China arms Russia, China could not confine itself to humanitarian aid," Kishida said.', "none"),
]

# "would look at every option, including weapons": the clause before ", including" governs the
# object when it names options or measures; other lists ("the strikes, including missiles") supply nothing.
INCLUDING = [
    (JP, "Kishida said Japan would have to look at every option, including weapons for Ukraine.", "reconsider"),
    (JP, "Japan will consider every option, including weapons for Ukraine, Kishida said.", "reconsider"),
    (JP, "Kishida said Poland would have to look at every option, including weapons for Ukraine.", "none"),
    (JP, "Japan has ruled out several options, including weapons for Ukraine, Kishida said.", "refrains"),
    (JP, "Japan condemned the strikes, including missiles fired at Kyiv.", "none"),
    (JP, "Japan has sent aid of every kind, including medicine, to Ukraine, Kishida said.", "none"),
]

# "Ukraine's latest order for X has been cleared by London": plain adjectives between the possessor
# and a request noun keep it the subject whose own verb decides it.
ADJECTIVE_REQUEST = [
    (UK, "Ukraine's latest order for Storm Shadow missiles has been cleared by London.", "supplies"),
    (UK, "Kyiv's fresh request for Storm Shadow missiles is being examined by London, Sunak said.", "reconsider"),
    (UK, "Ukraine's latest order for Storm Shadow missiles has been rejected by London.", "refrains"),
    (UK, "Ukraine's latest order for Storm Shadow missiles has been cleared by Paris.", "none"),
]

CASES = ADJECTIVE_REQUEST + CONDITION_SUBJECT + INCLUDING + SUPPOSED_OBJECT + TRADE_IN_GENERAL + POSSESSIVE_BODY + STANDING_POLICY + ANY_WITH_PERFECT + MOTION_TO_TARGET


test_reads, test_enough_cases = reading_tests(CASES, minimum=32)
