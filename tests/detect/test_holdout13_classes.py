"""The reading classes the thirteenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Israel · weapons,
Germany · Leopard, Poland · MiG-29), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, IL, LEO, MIG = "jp-arms-ukraine", "de-arms-israel", "il-arms-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# 'said that the request "is being examined"': a quotation opening on the predicate of "the request"
# still weighs the request named before; another party's official, or a request for another system,
# weighs nothing of the actor's.
QUOTED_PREDICATE = [
    (LEO, ("Kyiv has asked for more Leopard 2 tanks. A spokesman for the defence ministry said on Monday that the "
           "request \"is being examined carefully\" and that no decision had been taken."), "reconsider"),
    (MIG, ("Ukraine has asked for the remaining MiG-29 jets. A government spokeswoman said this week that the "
           "request \"is under review\"."), "reconsider"),
    (LEO, "Kyiv has asked Poland for Leopard 2 tanks. A Polish spokesman said the request \"is being examined\".",
     "none"),
    (LEO, "Kyiv has asked for IRIS-T systems. A government spokesman said the request \"is being examined\".", "none"),
]

# "An official in the ministry's Office of Export Control": an office of the body just named is that
# body, never another party; "an official in the Russian foreign ministry" is Russia's official, whose
# word about the actor is a claim.
OFFICES = [
    (ISR, ("The economy ministry has reviewed arms exports to Israel. An official in the ministry's Office of "
           "Export Control said that licences for tank parts bound for Israel remain suspended."), "refrains"),
    (ISR, "An official in the Russian foreign ministry said Germany is sending arms to Israel.", "none"),
    (JP, "An official in Kyiv said Japan is considering sending weapons to Ukraine.", "none"),
    (JP, "An official in Tokyo said Japan is considering sending weapons to Ukraine.", "reconsider"),
    (ISR, "An official in the German economy ministry said Germany is sending arms to Israel.", "supplies"),
]

# "… remain suspended and there is no plan to restore them": "and there is" opens a clause of its own;
# its "no" does not negate the suspension before it.
CLAUSE_OF_ITS_OWN = [
    (JP, "Licences for artillery shells bound for Ukraine remain suspended and there is no plan to restore them, "
         "Kishida said.", "refrains"),
    (ISR, "Exports of missiles to Israel remain suspended and there is no plan to resume them, a German government "
          "spokesman said.", "refrains"),
]

# A capitalised name before a weapon noun, over one hyphenated modifier, is the weapon's name.
WEAPON_NAMES = [
    (ISR, "Berlin has halted deliveries of Meteor long-range missiles to Israel, Merz said.", "refrains"),
    (JP, "Japan has suspended the export licences for Hawk laser-guided missiles bound for Ukraine.", "refrains"),
]

# "The Harbor Wire spoke with a senior Japanese official": the paper asks, the official answers; an
# answer by another party's official, or by the target about the actor, is their word.
INTERVIEWED_OFFICIAL = [
    (JP, ("The Tokyo Herald spoke with a senior Japanese defence official about Ukraine.\nQ: What has changed?\n"
          "A: The shells are not being sent."), "refrains"),
    (JP, ("The Tokyo Herald spoke with a senior Russian official about Ukraine.\nQ: What has changed?\n"
          "A: The shells are not being sent."), "none"),
    (JP, ("The Tokyo Herald spoke with a Ukrainian official about Japan.\nQ: What has changed?\n"
          "A: Japan is weighing sending shells to Ukraine."), "none"),
]

# "the weapons the kingdom used …": a relative clause without "that" after the object, its subject
# a description ("the kingdom"), leaves the object's own verb to decide.
CONTACT_RELATIVE = [
    (JP, "The shells the kingdom used in 2022 are not being sent to Ukraine, Kishida said.", "refrains"),
    (JP, "The shells the kingdom ordered are being sent to Saudi Arabia, Kishida said.", "none"),
]

# "X is asked whether … . His answer: "…"" (or '"…," he said'): the answer in the next sentence is read
# over the question, when the one asked is the actor's and the answer is not about someone else or the war.
LABELLED_ANSWER = [
    (JP, 'Kishida is asked whether Japan will send weapons to Ukraine. His answer: "We are considering it carefully."',
     "reconsider"),
    (JP, 'Kishida was asked whether Japan will send weapons to Ukraine. He replied: "That has been ruled out."',
     "refrains"),
    (JP, ('Kremlin spokesman Dmitry Peskov is asked whether Japan will send weapons to Ukraine. His answer: "They are '
          'considering it."'), "none"),
    (JP, 'Kishida is asked whether Japan will send weapons to Ukraine. His answer: "I will not comment."', "none"),
    (JP, ('A reporter asked Kishida whether Japan would send weapons to Ukraine. His answer: "We are reviewing that '
          'question."'), "reconsider"),
    (JP, 'Kishida was asked if Japan would send weapons to Ukraine. "We are reviewing that question," he said.',
     "reconsider"),
    (JP, 'Peskov was asked if Japan would send weapons to Ukraine. "They are reviewing that question," he said.',
     "none"),
    (JP, 'Kishida was asked if Japan would send weapons to Ukraine. "Russia must stop the war," he said.', "none"),
    (JP, 'Kishida was asked if Japan would send weapons to Ukraine. "We must stop the war," he said.', "none"),
    (JP, 'Asked whether Japan would send weapons to Ukraine, Kishida said: "We must stop the war."', "none"),
]

# "fighters" after a model designation ("F-15 fighters", "F-35 stealth fighters") are jets; elsewhere
# ("wounded Ukrainian fighters") they are people.
DESIGNATED_FIGHTERS = [
    (JP, "Tokyo is weighing a Ukrainian request for 12 F-15 fighters, officials said.", "reconsider"),
    (IL, "Israel is weighing a Ukrainian request for F-16 stealth fighters, Netanyahu said.", "reconsider"),
    (JP, "Japan will send medical kits for wounded Ukrainian fighters, Kishida said.", "none"),
]

# '"If …, then a great many things become possible, including on arms," an official said': the
# impersonal subject ("things", "everything") is no party, a name inside the "if" clause acts only there,
# and arms are among what the condition makes possible (or what is on / off the table).
IMPERSONAL_OPENING = [
    (IL, ('"If there is a ceasefire agreement with Russia, then a great many things become possible, including on '
          'arms," an Israeli official told reporters.'), "reconsider"),
    (IL, ('"If there is a ceasefire agreement with Russia, then a great many things become possible, including on '
          'arms," a Turkish official told reporters.'), "none"),
    (IL, ('"If there is a ceasefire agreement with Russia, then a great many things become possible, including on '
          'trade," an Israeli official told reporters.'), "none"),
    (IL, '"If Russia attacks Odesa, Russia will send arms to Ukraine," an Israeli official said.', "none"),
    (IL, "Many things become possible, including on arms, a columnist wrote of Israel and Ukraine.", "none"),
    (JP, 'Japan sent helmets to Ukraine. "Everything is on the table, including weapons," Kishida said.', "reconsider"),
    (JP, 'Japan sent helmets to Ukraine. "Everything is off the table, including weapons," Kishida said.', "refrains"),
    (JP, 'Japan sent helmets to Ukraine. "Everything is on the table, including weapons," a Russian diplomat said.',
     "none"),
    (JP, 'Japan sent helmets to Ukraine. "Everything is on the table, including sanctions," Kishida said.', "none"),
]

# A hyphenated model designation standing alone as a noun ("12 F-15s", "buy the F-35.") is the weapon
# for a weapons stance; followed by another noun ("Covid-19 vaccines", "the F-15 programme") it is not.
BARE_DESIGNATIONS = [
    (JP, "Japan will send 12 F-15s to Ukraine, Kishida said.", "supplies"),
    (IL, "Israel is weighing a Ukrainian request to buy the AH-64, Netanyahu said.", "reconsider"),
    (JP, "Japan will send Covid-19 vaccines to Ukraine, Kishida said.", "none"),
    (JP, "Japan will fund the F-15 programme in Ukraine, Kishida said.", "none"),
    (JP, "Russia will sell 24 Su-35s to Iran, Japanese officials said.", "none"),
    (JP, "Japan will send a delegation to the G-20 in Kyiv, Kishida said.", "none"),
]

# A past decision dated with its year before the clause ("In January 2023, …", "On 6 June 2024, …") is
# background beside a present review or refusal; alone it still decides; "On Wednesday, …" is the news.
LEADING_DATE = [
    (LEO, ("In January 2023, Scholz announced that Germany would send Leopard 2 tanks to Ukraine. Kyiv has now "
           "asked for the Leopard 1. A spokeswoman said the request is being examined."), "reconsider"),
    (JP, "In March 2023, Japan sent artillery shells to Ukraine. Japan will not send more weapons to Ukraine, "
         "Kishida said.", "refrains"),
    (LEO, "On 25 January 2023, Scholz announced that Germany would send Leopard 2 tanks to Ukraine.", "supplies"),
    (LEO, ("On Wednesday, Scholz announced that Germany would send Leopard 2 tanks to Ukraine. Kyiv has now asked "
           "for the Leopard 1. A spokeswoman said the request is being examined."), "supplies"),
]

CASES = (QUOTED_PREDICATE + OFFICES + CLAUSE_OF_ITS_OWN + WEAPON_NAMES + INTERVIEWED_OFFICIAL + CONTACT_RELATIVE +
         LABELLED_ANSWER + DESIGNATED_FIGHTERS + IMPERSONAL_OPENING + BARE_DESIGNATIONS +
         LEADING_DATE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
