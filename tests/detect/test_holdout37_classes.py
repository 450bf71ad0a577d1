"""The reading classes the thirty-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard, Poland · MiG-29,
Sweden · Archer), none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, MIG, ARCHER = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "pl-mig29-ukraine", \
    "se-archer-ukraine"

# "the jets would remain with the Polish Air Force", "are staying in Poland", "are at their home base": the
# object staying with the actor's own country, forces or base is kept by its owner, a refusal like "stays at
# home". Staying with the target's forces, or in another country, says nothing of the actor's supply.
KEPT_BY_ACTOR = [
    (MIG, "Warsaw said the MiG-29 jets would remain with the Polish Air Force.", "refrains"),
    (MIG, "Duda said the MiG-29s are staying in Poland.", "refrains"),
    (LEO, "Pistorius said the Leopard 2 tanks will stay with the German army.", "refrains"),
    (MIG, "Warsaw said the MiG-29 jets would remain with the Ukrainian Air Force.", "none"),
    (MIG, "Duda said the MiG-29s are staying in Slovakia.", "none"),
    (JP, "Kishida said Japanese weapons will remain in Japan.", "refrains"),
    # present at the owner's own base: kept like "at home" (a past "were at" tells where they were)
    (MIG, '"All of our MiG-29s are at their home base," a Polish defence ministry spokesman said.', "refrains"),
    (MIG, "The Polish MiG-29s were at their home base when the storm hit, Duda said.", "none"),
]

# "Asked whether X could part with …, Prime Minister Y said the jets would remain …": the comma that
# closes a leading reporter's question ends it; the name before it is the question's, never listed with
# the answerer, so the answer after it is read (and the question's "after …" is not the answer's past).
QUESTION_CLOSED_BY_COMMA = [
    (MIG, ("Asked on Monday whether Poland could part with its MiG-29 jets after his talks in Kyiv, Prime Minister "
           "Morawiecki said the jets would remain with the Polish Air Force."), "refrains"),
    (MIG, ("Asked on Monday whether Poland could part with its MiG-29 jets after his talks in Kyiv, Prime Minister "
           "Morawiecki said no decision had been made."), "reconsider"),
    (MIG, ("Asked on Monday whether Poland could part with its MiG-29 jets after his talks in Kyiv, Prime Minister "
           "Morawiecki declined to comment."), "none"),
]

# "the Leopard tanks that Kyiv had also requested are staying in Germany": an object relative clause with
# its own subject (over an adverb, after the system's class noun) hangs on the object; the clause's own
# verb after it decides.
RELATIVE_AFTER_CLASS_NOUN = [
    (LEO, "Germany said the Leopard 2 tanks that Kyiv had also requested are staying in Germany.", "refrains"),
    (LEO, "Scholz said the Leopard 2 tanks that Kyiv had requested are not being sent to Ukraine.", "refrains"),
    (LEO, "Scholz said the Leopard 2 tanks that Kyiv had repeatedly requested are being examined.", "reconsider"),
    # the relative's subject is no recipient: an explicit other one after the clause's verb still wins
    (LEO, "Germany said the Leopard 2 tanks that Kyiv had requested are on their way to Lithuania.", "none"),
    (LEO, "Germany said the Leopard 2s that Kyiv requested were sent to Lithuania.", "none"),
]

# "would be able to release part of its fleet to Ukraine if …": "be able to" is an ability, a modal like
# "could"; "release … to" a recipient hands the object over. What was done ("was able to send") stays done;
# "released footage" names no recipient.
ABILITY_AND_RELEASE = [
    (MIG, ("Poland would be able to release part of its MiG-29 fleet to Ukraine if Washington replaces the jets, "
           "Blaszczak said."), "reconsider"),
    (MIG, "Poland would be able to send MiG-29 jets to Ukraine, Duda said.", "reconsider"),
    (MIG, "Poland has released four MiG-29 jets to Ukraine, Duda said.", "supplies"),
    (MIG, "Poland was able to send MiG-29 jets to Ukraine last year.", "supplies"),
    (MIG, "Poland released footage of its MiG-29 jets on Tuesday.", "none"),
    (MIG, "Poland released a statement to Ukraine about its MiG-29 jets.", "none"),
]

# '"The requests have been looked at carefully, and the answer for the moment is no"': a weighing its own
# sentence closes with a refusal, even with a time adverbial between "the answer" and "is no".
WEIGHED_THEN_NO = [
    (ISR, ('Israel has asked Germany for more weapons. "The requests have been studied carefully, and the answer for '
           'now is no," a German official said.'), "refrains"),
    (ISR, ('Israel has asked Germany for more weapons. "The requests have been studied carefully, and the answer at '
           'this stage is no," a German official said.'), "refrains"),
    (ISR, ('Israel has asked Germany for more weapons. "The requests are being studied carefully," a German official '
           'said.'), "reconsider"),
    (ISR, ('Israel has asked Germany for more weapons. "The requests have been studied carefully, and the answer for '
           'now is yes," a German official said.'), "reconsider"),
]

# "the suspension of arms transfers would be reviewed": a halt noun heading the subject is decided by the
# clause's own verb, which sits over the halt: reviewing it reopens, lifting it reopens, keeping or
# announcing it keeps the refusal, and "would not be reviewed" keeps it too.
HALT_AS_SUBJECT = [
    (ISR, "Germany said the suspension of arms exports to Israel would be reviewed.", "reconsider"),
    (ISR, "Berlin said the freeze on weapons deliveries to Israel is being reviewed.", "reconsider"),
    (ISR, "Germany said the suspension of arms exports to Israel would not be reviewed.", "refrains"),
    (ISR, "Germany said the suspension of arms exports to Israel would be kept.", "refrains"),
]

# "Twelve Bayraktar TB2 drones and a consignment of munitions were handed over to X by Y": a spelled-out
# count opens the subject and a maker before a model number names the model; neither is a party, so the
# passive's "by" agent is the supplier. A count before a party's name still counts that party.
COUNTED_MODEL_SUBJECT = [
    (ISR, ("BERLIN — Twelve Hermes 450 drones and a consignment of guided munitions were handed over to Israel by "
           "Germany on Friday."), "supplies"),
    (ISR, "Twelve drones and a consignment of munitions were handed over to Israel by Germany.", "supplies"),
    (ISR, "Four Russian officials said Germany is sending missiles to Israel.", "none"),
]

# "Germany supplied the drones that proved decisive in the 2014 war": the object's own relative clause in
# a simple past dated to a year makes the supply the story's history; next to a present refusal it does
# not decide. On its own, or with the present, it still counts.
DATED_BY_RELATIVE = [
    (ISR, ("Germany will approve no new weapons exports to Israel, officials said on Monday. Germany supplied "
           "Israel with the Heron TP drones that proved decisive in the 2014 war."), "refrains"),
    (ISR, "Germany supplied Israel with the drones that proved decisive in the 2014 war.", "supplies"),
    (ISR, "Germany supplied Israel with the drones that the army ordered last month.", "supplies"),
]

# "the howitzers approved by the government last month are on their way to Ukraine": in transit to a named
# party is an arrival under way, like "heading to"; a reduced relative whose agent is an unowned body
# modifies the object and leaves the clause's own verb to decide.
ON_THE_WAY = [
    (ARCHER, ("Sweden's defence ministry confirmed that the Archer howitzers approved by the government last month "
              "are on their way to Ukraine."), "supplies"),
    (ARCHER, "Jonson said the Archer howitzers are en route to Ukraine.", "supplies"),
    (ARCHER, "Jonson said the Archer howitzers are not on their way to Ukraine.", "refrains"),
    (ARCHER, "Russia said the Archer howitzers approved by the government are on their way to Ukraine.", "none"),
    (ARCHER, "Jonson said the Archer howitzers are on their way to a firing range.", "none"),
    (LEO, "The first Leopard 2 tanks sent by Germany are on their way to Ukraine, Pistorius said.", "supplies"),
    (LEO, "Pistorius said the Leopard 2 tanks would be on their way to Ukraine if the Bundestag agreed.", "reconsider"),
]

# "… its twelve Leopard 2s were too few to share. … the government approved the donation of four of the
# tanks": a count taken "of the <weapon noun>" within two sentences of one that names the system picks from
# that set. Far from the system's name, or without a count, "the tanks" may be any tanks.
COUNTED_FROM_THE_SET = [
    (LEO, ("For years Berlin said its forty Leopard 2s were too few to share. That changed in the spring. In May "
           "the German government approved the donation of four of the tanks to Ukraine."), "supplies"),
    (LEO, ("For years Berlin said its forty Leopard 2s were too few to share. That changed in the spring. In May "
           "the German government approved the donation of the tanks to Ukraine."), "none"),
    (LEO, ("Berlin owns forty Leopard 2s. The army trains on them. Its drills are weekly. Spare parts are short. "
           "In May the German government approved the donation of four of the tanks to Ukraine."), "none"),
]

CASES = (KEPT_BY_ACTOR + QUESTION_CLOSED_BY_COMMA + RELATIVE_AFTER_CLASS_NOUN + ABILITY_AND_RELEASE + WEIGHED_THEN_NO
         + HALT_AS_SUBJECT + COUNTED_MODEL_SUBJECT + DATED_BY_RELATIVE + ON_THE_WAY + COUNTED_FROM_THE_SET)

test_reads, test_enough_cases = reading_tests(CASES, minimum=46)
