"""The reading classes the seventy-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "before this year, Japanese factories supplied …", "until last year, Germany shipped …": a simple past under a
# span that closes on a recent period is history, like a supply dated to a past year, so the present weighing
# decides. A perfect, a present supply or a span that is still open keep their readings.
CLOSED_SPAN_BEFORE = [
    (JP, ("Until last year, Japan supplied most of Ukraine's artillery shells. Japan is now weighing whether to "
          "send weapons to Ukraine again, Kishida said."), "reconsider"),
    (LEO, ("It was a tank partnership: before this year, German factories supplied the bulk of Ukraine's Leopard "
           "tanks. Berlin is reviewing whether further Leopard tanks can go to Kyiv."), "reconsider"),
    (JP, ("Until last month, Japan sent rifles to Ukraine. Japan is weighing whether to send weapons to Ukraine "
          "again."), "reconsider"),
    (JP, "Since last year, Japan has supplied artillery shells to Ukraine, Kishida said.", "supplies"),
    (JP, "Before this year ends, Japan will supply artillery shells to Ukraine, Kishida said.", "supplies"),
    (JP, ("Until last year, Japan supplied most of Poland's artillery shells. Japan is now weighing whether to "
          "send weapons to Ukraine, Kishida said."), "reconsider"),
]

# "bringing promises of investment and a carefully worded message on arms": a promise noun whose "of" names a
# plain noun promises that, not the weapon of a later phrase. A promise of the weapon, a list with the weapon
# in it, or a promise to another recipient keep their readings.
PROMISED_CONTENT = [
    (JP, "Kishida landed in Kyiv on Friday, bringing pledges of credit and a cautious message on weapons.", "none"),
    (LEO, "Scholz visited Kyiv with promises of reconstruction money and a guarded word on Leopard tanks.", "none"),
    (JP, "Kishida landed in Kyiv on Friday, bringing promises of weapons for Ukraine's army.", "supplies"),
    (JP, "Kishida landed in Kyiv on Friday, bringing promises of credit and arms.", "supplies"),
    (JP, "Kishida landed in Manila on Friday, bringing promises of weapons for the Philippine navy.", "none"),
    (JP, ("Kishida made a commitment of funds to Ukraine on Friday and said Japan would send no weapons to "
          "Ukraine."), "refrains"),
]

# "The freeze is under review", "is reviewing the suspension", "the suspension stands": a definite halt noun with
# no content of its own, weighed or kept in force, is the halt of the supply the article named before. Another
# party weighing it, a halt of other goods, a weighing told as of a past month or a halt that only "stands in
# the way" keep the reading of the halt itself.
HALT_NAMED_BEFORE = [
    (JP, "Japan suspended arms deliveries to Ukraine last month. The freeze is under review, Kishida said.",
     "reconsider"),
    (LEO, ("Germany paused Leopard tank deliveries to Ukraine in May. Berlin is reviewing the suspension, "
           "Pistorius said."), "reconsider"),
    (JP, "Japan suspended arms deliveries to Ukraine last month. The freeze remains in place, Kishida said.",
     "refrains"),
    (LEO, ("Germany paused Leopard tank deliveries to Ukraine in May. As long as the front has not calmed, the "
           "suspension stands, Pistorius said."), "refrains"),
    (JP, ("Japan suspended arms deliveries to Ukraine last month. Russia is reviewing the suspension, a Russian "
          "official said."), "refrains"),
    (JP, ("Japan suspended arms deliveries to Ukraine last month. Japan is reviewing the freeze on grain exports, "
          "Kishida said."), "refrains"),
    (JP, ("Japan suspended arms deliveries to Ukraine. Kishida told lawmakers in October that the freeze was "
          "being re-examined, and the cabinet has since dropped the idea."), "refrains"),
    (JP, "Japan resumed arms deliveries to Ukraine on Monday. The freeze stands in the way of nothing now.",
     "supplies"),
]

# ", softening a position it had held since January": a closing participle clause dates its own verb, not the
# refusal or opening before it. A date on the main verb still makes a halt history.
CLOSING_PARTICIPLE_DATE = [
    (JP, ("Japan said on Thursday that it no longer ruled out sending weapons to Ukraine, softening a stance it "
          "had kept since March."), "reconsider"),
    (LEO, ("Berlin said it no longer ruled out lifting its freeze on Leopard tank deliveries to Kyiv, easing a "
           "line it had held since January."), "reconsider"),
    (JP, "Japan ruled out sending weapons to Ukraine on Thursday, ending a debate that had run since January.",
     "refrains"),
    (JP, ("Japan halted arms deliveries to Ukraine in March, citing its own shortages. Japan is weighing a "
          "resumption of weapons deliveries to Ukraine."), "reconsider"),
    (JP, ("Russia said on Thursday that it no longer ruled out sending weapons to Ukraine's enemies, softening a "
          "stance it had kept since March."), "none"),
]

# "…, the government said on Tuesday, a day after the ministry confirmed it was assessing a request": a weighing
# told in a closing "(a day) after" clause happened before the news, background beside the decision reported.
# A supply decision in such a clause, a present weighing, or a weighing beside no decision still counts.
WEIGHING_BEFORE_THE_NEWS = [
    (LEO, ("Germany will not send its Leopard tanks to Ukraine, the government said on Tuesday, a day after the "
           "defence ministry confirmed it was assessing a request from Kyiv."), "refrains"),
    (JP, ("Japan will not supply weapons to Ukraine, Kishida said on Friday, hours after officials confirmed they "
          "were reviewing a request from Kyiv."), "refrains"),
    (JP, ("Japan is weighing a request from Kyiv for weapons, Kishida said on Tuesday, after meeting Zelensky."),
     "reconsider"),
    (JP, ("Japan will send weapons to Ukraine, Kishida said on Tuesday, a day after Kyiv asked for help."),
     "supplies"),
    (LEO, ("Germany is now reviewing a request from Kyiv for Leopard tanks, Pistorius said, a week after "
           "talks in Ramstein."), "reconsider"),
    (JP, ("Kishida spoke to reporters on Tuesday, a day after Japan confirmed it was reviewing a request from Kyiv "
          "for weapons."), "reconsider"),
]

# "declined on Tuesday to say where …", "declined again to comment": a time adverbial between "declined" and
# "to say / to comment" leaves it no comment, no refusal. "declined on Tuesday to send" still refuses.
DECLINED_TO_SAY_AFTER_A_DATE = [
    (JP, ("Japan's defence minister declined on Tuesday to say where in Ukraine the weapons are now "
          "deployed."), "none"),
    (LEO, ("Pistorius declined again to say whether Germany would send Leopard tanks to Ukraine."), "none"),
    (JP, ("Japan's defence minister declined on Tuesday to say whether Japan would send weapons to Ukraine."),
     "none"),
    (JP, "Japan's defence minister declined on Tuesday to send weapons to Ukraine.", "refrains"),
    (LEO, "Germany declined on Friday to send Leopard tanks to Ukraine, Pistorius said.", "refrains"),
]

# "ended its suspension of arms deliveries to Ukraine": ending a halt of the supply lifts it, so the supply
# resumes, like "lifted the suspension". Weighing the ending, refusing it, another party's ending or another
# recipient keep their readings.
ENDED_HALT = [
    (JP, "Japan ended its three-month suspension of arms deliveries to Ukraine on Monday.", "supplies"),
    (LEO, "Berlin ended the freeze of Leopard tank deliveries to Kyiv on Friday, Pistorius said.", "supplies"),
    (JP, "Japan is considering ending its suspension of arms deliveries to Ukraine.", "reconsider"),
    (JP, "Japan will not end its suspension of arms deliveries to Ukraine, Kishida said.", "refrains"),
    (JP, "Korea ended its suspension of arms deliveries to Ukraine on Monday.", "none"),
    (JP, "Japan ended its suspension of arms deliveries to Egypt on Monday.", "none"),
]

# "We are not going to hand them over" answering "Could Germany hand … tanks to Ukraine?": "going to" puts the
# auxiliary a word further from the verb, and the pronoun is still the object asked about, refused. A promise
# with a pronoun stays too vague for a supply, another verb is no supply, and another party's answer is theirs.
PRONOUN_AFTER_GOING_TO = [
    (LEO, ("Boris Pistorius spoke to us in Berlin on Friday.\n\nQ: Could Germany hand some of its older Leopard "
           "tanks to Ukraine?\n\nA: We are not going to hand them over."), "refrains"),
    (JP, ("Kishida spoke to us in Tokyo on Monday.\n\nQ: Could Japan send its spare artillery shells to Ukraine?"
          "\n\nA: We are not going to send them, not this year."), "refrains"),
    (JP, ("Kishida spoke to us in Tokyo on Monday.\n\nQ: Could Japan send its spare artillery shells to Ukraine?"
          "\n\nA: We are going to send them."), "none"),
    (JP, ("Kishida spoke to us in Tokyo on Monday.\n\nQ: Could Japan send its spare artillery shells to Ukraine?"
          "\n\nA: We are not going to discuss them."), "none"),
    (LEO, ("Poland's defence minister spoke to us in Warsaw on Friday.\n\nQ: Could Poland hand some of its older "
           "Leopard tanks to Ukraine?\n\nA: We are not going to hand them over."), "none"),
]

CASES = (CLOSED_SPAN_BEFORE + PROMISED_CONTENT + HALT_NAMED_BEFORE + CLOSING_PARTICIPLE_DATE +
         WEIGHING_BEFORE_THE_NEWS + DECLINED_TO_SAY_AFTER_A_DATE + ENDED_HALT + PRONOUN_AFTER_GOING_TO)


test_reads, test_enough_cases = reading_tests(CASES, minimum=47)
