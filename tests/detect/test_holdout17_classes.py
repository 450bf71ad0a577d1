"""The reading classes the seventeenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard,
Poland · MiG-29, Netherlands · F-16), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from monitor.detect.sentences import split_sentences

from .cases import reading_tests

JP, ISR, LEO, MIG, NL = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "pl-mig29-ukraine", "nl-f16-ukraine"

# "But if …, …": a conjunction before the condition still makes the main clause conditional.
CONJOINED_CONDITION = [
    (JP, ("\"We want to stay out of the war. But if Japan is attacked, it will be very hard for us to keep all our "
          "positions as they are, weapons for Ukraine included,\" Kishida told reporters."), "reconsider"),
    (LEO, "But if Russia uses chemical weapons, Germany will send Leopard 2 tanks to Ukraine, Scholz said.",
     "reconsider"),
    (LEO, "But Germany will send Leopard 2 tanks to Ukraine, Scholz said on Monday.", "supplies"),
]

# "All exports of weapons are carried out under the law": a supply noun under "all / every" with no
# recipient of its own speaks of exports in general, never of a supply to the target.
EXPORTS_IN_GENERAL = [
    (JP, ("Japan does not send weapons to Ukraine, Kishida said. All exports of weapons from Japan are carried out "
          "in accordance with the law and need an end-user certificate."), "refrains"),
    (ISR, "Every shipment of arms from Germany is checked by customs officers, Merz said.", "none"),
    (ISR, "Merz said Germany will continue all deliveries of arms to Israel.", "supplies"),
]

# "the Law on Foreign Trade in Weapons", "the Arms Trade Treaty": a capitalised weapon word in the name of
# a law or treaty names the law; lowercase arms in the same sentence are still arms.
LAW_NAMES = [
    (JP, ("Japan will not send weapons to Ukraine, Kishida said. Exports from Japan follow the Law on Trade in "
          "Weapons and Military Equipment."), "refrains"),
    (ISR, "Germany ratified the Arms Trade Treaty in 2014, Merz told parliament.", "none"),
    (ISR, "Germany has approved exports of arms to Israel under the War Weapons Control Act, Merz said.",
     "supplies"),
]

# '"…," Lin said' after "Chinese foreign ministry spokesman Lin Jian": an official the article introduced as
# another party's speaks for that party, also over a quotation of several sentences; the actor's own
# official, introduced the same way, still speaks for the actor.
INTRODUCED_OFFICIALS = [
    (JP, ("Chinese foreign ministry spokesman Lin Jian on Friday accused Japanese firms of arming Ukraine. "
          "\"Japanese shells keep arriving in Ukraine through Poland. We have evidence,\" Lin said."), "none"),
    (MIG, ("Belarusian defence ministry spokeswoman Olga Petrova spoke to reporters on Tuesday. \"Polish MiG-29 jets "
           "are being delivered to Ukraine,\" Petrova said."), "none"),
    (JP, ("Japanese defence ministry spokesman Taro Sato briefed reporters on Friday. \"Japanese shells are being "
          "delivered to Ukraine,\" Sato said."), "supplies"),
]

# "will go ahead / press ahead with delivering …", "proceed with the sale": going on with a course is a
# decision, never a mere topic; negated it refuses, with a modal it opens, urged by others it is pressure.
GOING_AHEAD = [
    (LEO, "Germany will go ahead with delivering Leopard 2 tanks to Ukraine as agreed, Pistorius said.", "supplies"),
    (NL, "The Netherlands will press ahead with sending F-16s to Ukraine, Rutte said on Monday.", "supplies"),
    (JP, "Japan will proceed with the sale of artillery shells to Ukraine, Kishida said.", "supplies"),
    (LEO, "Germany will not go ahead with sending Leopard 2 tanks to Ukraine, Scholz said.", "refrains"),
    (NL, "The Netherlands could go ahead with sending F-16s to Ukraine, Rutte said.", "reconsider"),
    (LEO, "Kyiv urged Germany to press ahead with sending Leopard 2 tanks to Ukraine.", "none"),
]

# "A: No. Japan does not …": "No." before a word that is not a number is the answer "no", a sentence of
# its own ("No. 10 Downing Street" keeps its number).
ANSWER_NO = [
    (JP, ("Tanaka Ichiro is Japan's foreign minister. He spoke to the Osaka Review.\nQ: Is Japan arming Ukraine?\n"
          "A: No. Japan does not supply weapons to Ukraine, and it does not supply weapons to Russia."), "refrains"),
    (ISR, ("Merz spoke to the Rhine Post.\nQ: Are you still sending arms to Israel?\nA: No. Germany has stopped "
           "sending arms to Israel."), "refrains"),
    (JP, "Japan does not send weapons to Ukraine, Kishida said. No. Japan will not change its position.", "refrains"),
]


def test_no_before_a_number_is_no_sentence_end() -> None:
    assert [s.text for s in split_sentences("He spoke at No. 10 Downing Street. No. It was not.")] == \
        ["He spoke at No. 10 Downing Street.", "No.", "It was not."]

# "said that work would be suspended and that no tanks would be sent": a second "that" complement of the
# same verb is read alone; the first complement's verbs do not govern it.
SECOND_COMPLEMENT = [
    (LEO, ("Pistorius informed Ukrainian counterparts that training would be suspended and that no Leopard 2 tanks "
           "would be sent to Ukraine this year."), "refrains"),
    (JP, "Kishida said that the ban would be lifted and that weapons would be sent to Ukraine.", "supplies"),
    (JP, "Kishida said that talks had stalled and that Japan might send weapons to Ukraine.", "reconsider"),
]

# "The ministry said Japan would sign the deal and will deliver …": a verb coordinated inside the reported
# clause shares that clause's subject, not the reporter's.
REPORTED_SUBJECT = [
    (NL, "The ministry said the Netherlands would sign the contract and will deliver F-16s to Ukraine next year.",
     "supplies"),
    (MIG, "The ministry said Slovakia would sign the contract and will deliver MiG-29 jets to Ukraine.", "none"),
    (JP, "The ministry said Japan would not sign the deal and will not deliver weapons to Ukraine.", "refrains"),
]

# "cannot control every resale of ammunition exported …": the object of a verb of oversight is what
# others do with it; the negation belongs to "control", never to a supply.
OVERSIGHT = [
    (JP, ("Japanese officials have said that they cannot control every resale of ammunition exported to other "
          "countries."), "none"),
    (ISR, "Merz said Germany could not track the shipments of arms to Israel by other countries.", "none"),
    (JP, "Kishida said Japan has not made any deliveries of weapons to Ukraine.", "refrains"),
    (ISR, "Merz said Germany will not send arms to Israel while the fighting lasts.", "refrains"),
]

# ", arms for Ukraine included" after a clause that only keeps or names positions ("will keep all its
# positions as they are") is no supply; a review or change of the positions still opens it.
POSITIONS_KEPT = [
    (LEO, "Scholz said Germany will keep all its positions as they are, Leopard tanks for Ukraine included.",
     "none"),
    (NL, "Rutte said the Netherlands will review all its positions, F-16s for Ukraine included.", "reconsider"),
    (JP, "Kishida said Japan could change all its positions, weapons for Ukraine included.", "reconsider"),
]

CASES = (POSITIONS_KEPT + CONJOINED_CONDITION + EXPORTS_IN_GENERAL + LAW_NAMES + INTRODUCED_OFFICIALS + GOING_AHEAD + ANSWER_NO +
         SECOND_COMPLEMENT + REPORTED_SUBJECT + OVERSIGHT)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
