"""The reading classes the tenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Israel · weapons,
Germany · Leopard, Poland · MiG-29), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, IL, LEO, MIG = "jp-arms-ukraine", "de-arms-israel", "il-arms-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# A trade figure dated inside a longer span of a past year ("in the first half of 2021") is history.
YEAR_SPAN_HISTORY = [
    (JP, ("Japan will not approve new weapons exports to Ukraine, Kishida said. Japan approved weapons sales "
          "worth 30 million dollars to Ukraine in the first half of 2021."), "refrains"),
    (IL, ("Israel has frozen all arms sales to Ukraine, Netanyahu said. Israel sold weapons worth $5m to "
          "Ukraine in the last three months of 2019."), "refrains"),
    (JP, "Japan approved weapons sales to Ukraine on Monday, Kishida said.", "supplies"),
]

# "to the island", "to the kingdom": a place named before by a description may be any country of the
# story, so it is no supply to the target; a refusal with it keeps its reading.
DESCRIBED_RECIPIENT = [
    (JP, ("Taiwan wants more drones for its coast guard. Japanese officials said Tokyo had agreed to deliver "
          "missiles to the island this year. Ukraine has asked for air defence."), "none"),
    (IL, ("Israel is close to Bahrain. Officials said Israel would ship rockets to the kingdom under a new "
          "pact; Ukraine was not mentioned."), "none"),
    (JP, "Japan has agreed to deliver missiles to Ukraine this year, Kishida said.", "supplies"),
]

# The parts of a weapon or of a model designation are weapons; civil parts are not.
WEAPON_PARTS = [
    (ISR, "Germany approved exports of missile components to Israel last week, Merz said.", "supplies"),
    (ISR, "Germany has halted exports of tank parts to Israel, the economy ministry said.", "refrains"),
    (JP, "Japan will send F-15 parts to Ukraine, Kishida said on Monday.", "supplies"),
    (ISR, "Germany sent car parts and generators to Israel, a ministry spokesman said.", "none"),
]

# "licences for <weapons>" are export licences, read like the export they permit; a licence for
# something else is not.
LICENCES_FOR_OBJECT = [
    (JP, "No licences for artillery shells bound for Ukraine have been granted this year, Kishida said.",
     "refrains"),
    (IL, "Israel has granted licences for missiles to Ukraine, Netanyahu said on Tuesday.", "supplies"),
    (IL, "Israel has granted licences for field hospitals in Ukraine, Netanyahu said on Tuesday.", "none"),
    (JP, "If the front holds, the government could review the licences for Ukraine, Kishida said.", "reconsider"),
    (IL, "Israel has granted fishing licences for Ukraine, Netanyahu said.", "none"),
]

# "has yet to decide / send": not yet done, like "has not yet"; "yet to respond" states no position.
YET_TO = [
    (JP, "Tokyo has yet to decide on Kyiv's request for artillery shells, a government spokesman said.",
     "reconsider"),
    (IL, "Israel is yet to decide on Ukraine's request for air-defence missiles, officials said.", "reconsider"),
    (LEO, "Germany has yet to send Leopard 2 tanks to Ukraine, Pistorius said.", "refrains"),
    (IL, "Ukraine asked Israel for missiles; Israel has yet to respond to the request.", "none"),
]

# A closing appositive ", a deal X approved" names who approved the passive supply before it.
APPROVING_APPOSITIVE = [
    (JP, "Japanese-made shells are being shipped to Ukraine through Poland, a deal Tokyo approved in May.",
     "supplies"),
    (LEO, "Leopard 2 tanks are being delivered to Ukraine via Spain, an arrangement Berlin approved last month.",
     "supplies"),
    (JP, "Japanese-made shells are being shipped to Ukraine through Poland, a deal Tokyo criticised in May.",
     "none"),
    (JP, "Japanese-made shells are being shipped to Ukraine through Poland, a deal Warsaw approved in May.",
     "none"),
]

# A capitalised word before a weapon noun is the weapon's name ("Meteor missiles"), and a name after
# "its" modifies the owner's noun ("for its Eurofighter fleet"): neither is a party or a recipient.
WEAPON_NAMES_NOT_PARTIES = [
    (IL, "Israel is considering a request from Kyiv for Barak missiles, Netanyahu said.", "reconsider"),
    (JP, "Japan is weighing a Ukrainian request for more weapons for its Sukhoi fleet, Kishida said.",
     "reconsider"),
    (IL, "Israel is considering a request from Kyiv for missiles for Poland, Netanyahu said.", "none"),
]

# A supply in a clause that is the content of a plan ("a proposal under which X would send") is
# decided by what is done to the plan; a bare "would" nobody is reported to say is a hypothetical.
PLAN_CONTENT = [
    (JP, "Tokyo is studying a US proposal under which Japan would send artillery shells to Ukraine.",
     "reconsider"),
    (IL, "Israel rejected a plan under which it would transfer Hawk missiles to Ukraine, Netanyahu said.",
     "refrains"),
    (JP, "Japan approved a plan under which it would send artillery shells to Ukraine, Kishida said.", "supplies"),
    (JP, "Washington floated a plan under which Japan would send artillery shells to Ukraine.", "none"),
    (MIG, "Poland would hand MiG-29 jets to Ukraine.", "none"),
    (MIG, "Duda said Poland would hand MiG-29 jets to Ukraine.", "supplies"),
]

# ", including <weapon>" after a clause that supplies a general noun is a member of what it supplies;
# a list hanging on something else ("since the suspension of …, including …") is not.
INCLUDED_WEAPONS = [
    (JP, "Japan is delivering the promised equipment to Ukraine, including anti-tank missiles, Kishida said.",
     "supplies"),
    (IL, "Israel will send the agreed package to Ukraine, including air-defence missiles, Netanyahu said.",
     "supplies"),
    (ISR, ("No German weapons have been exported to Israel since the suspension of all licences in March, "
           "including F-35 parts, a German official said."), "refrains"),
    (JP, "Japan condemned the strikes on Kyiv, including missiles fired at hospitals.", "none"),
]

# "a spokeswoman for the economy ministry" speaks for the government of the story; someone speaking
# for another country's body does not.
BODY_SPOKESPERSON = [
    (JP, ("Japan has long debated the order. A spokeswoman for the defence ministry confirmed that export "
          "licences for shells to Ukraine have been granted."), "supplies"),
    (IL, ("Israel has long debated the request. A spokesman for the foreign ministry confirmed that the "
          "transfer of missiles to Ukraine has been approved."), "supplies"),
    (JP, ("Japan has long debated the order. A spokeswoman for the Russian foreign ministry claimed that "
          "licences for shells to Ukraine have been granted."), "none"),
]

# The object inside the description of a closing speaker (", said a group against arms exports") is
# part of who speaks, not a claim; "X is against arms exports" still refuses.
SPEAKER_DESCRIPTION = [
    (ISR, ('"The war must end," said a spokeswoman for a campaign group against arms exports. Germany has '
           "a long relationship with Israel."), "none"),
    (JP, '"Peace first," said a member of an alliance against weapons exports, speaking in Tokyo.', "none"),
    (ISR, "Germany is against arms exports to Israel, Merz said on Monday.", "refrains"),
]

# A pronoun inside a phrase ("not ruling it out") or right after a supply verb ("we are not sending
# them") stands for the object named just before, also as a topic ("As for weapons, …").
PRONOUN_OBJECTS = [
    (JP, ("Kishida was asked whether Japan would send artillery shells to Ukraine. \"I am not ruling it out,\" "
          "Kishida said."), "reconsider"),
    (IL, "Israel was asked for missiles by Ukraine. Netanyahu has ruled them out.", "refrains"),
    (JP, "As for weapons, the government position is unchanged. We are not sending them, Kishida said.",
     "refrains"),
    (IL, "Regarding air-defence missiles, Israel is not sending them to Ukraine, Netanyahu said.", "refrains"),
    (JP, "Japan sent helmets to Ukraine. Not donate them, sell them, a columnist wrote.", "none"),
]

# "cannot afford to give": a necessity weighed, like "needs to": a writer's argument is advocacy,
# the actor's own speaker refuses.
NECESSITY = [
    (JP, "Japan faces a hostile neighbour. It cannot afford to give away a single missile.", "none"),
    (IL, "Israel cannot afford to send air-defence missiles to Ukraine, Netanyahu said.", "refrains"),
    (JP, "Japan needs to send weapons to Ukraine.", "none"),
]

# Whose word: "quoted X as saying that …" makes X the speaker, and a claim by the target about the
# actor ("Kyiv said …") is the target's claim, never the actor's supply or opening.
QUOTED_AS_SAYING = [
    (JP, ("A Kyiv daily quoted a Ukrainian general as saying that \"Japan has agreed to send shells\" and "
          "that deliveries of the shells would start soon."), "none"),
    (IL, "The paper quoted a Russian diplomat as saying that Israel is weighing arms for Ukraine.", "none"),
    (JP, "A Ukrainian minister said Japan is considering sending weapons to Ukraine.", "none"),
    (JP, "A newspaper quoted Kishida as saying that Japan is considering sending weapons to Ukraine.",
     "reconsider"),
]

CASES = (YEAR_SPAN_HISTORY + DESCRIBED_RECIPIENT + WEAPON_PARTS + LICENCES_FOR_OBJECT + YET_TO +
         APPROVING_APPOSITIVE + WEAPON_NAMES_NOT_PARTIES + PLAN_CONTENT + INCLUDED_WEAPONS + BODY_SPOKESPERSON +
         SPEAKER_DESCRIPTION + PRONOUN_OBJECTS + NECESSITY + QUOTED_AS_SAYING)


test_reads, test_enough_cases = reading_tests(CASES, minimum=40)
