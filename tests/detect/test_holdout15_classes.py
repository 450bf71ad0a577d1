"""The reading classes the fifteenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Israel · weapons,
Germany · Leopard, Poland · MiG-29), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, IL, LEO, MIG = "jp-arms-ukraine", "de-arms-israel", "il-arms-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# A minister named by title alone in an article that opens on another country speaks for another
# government: his word that the actor supplies ("…, Novak said", or a quotation running over two
# sentences closed by "he said" right after a sentence about him) is that party's claim. In an
# article that opens on the actor, from a speaker the stance lists, or from a minister introduced in a
# sentence that names the actor, it is still the actor's word.
OTHER_MINISTERS = [
    (JP, ("Foreign Minister Jan Novak told the Czech parliament on Tuesday that the cabinet backs new sanctions. "
          "Novak said the cabinet shares the concern. \"Japan is delivering artillery shells to Ukraine. That "
          "changes the picture,\" he said."), "none"),
    (IL, ("Foreign Minister Ana Pereira told the Portuguese parliament that the cabinet wants talks. Israel is "
          "sending missiles to Ukraine, Pereira said."), "none"),
    (MIG, ("Defence Minister Lars Berg told the Swedish parliament on Monday that more money is needed. Berg said "
           "the cabinet is worried. \"Poland is delivering MiG-29 jets to Ukraine. We follow that closely,\" he "
           "said."), "none"),
    (JP, ("Defence Minister Minoru Kihara told Japanese lawmakers on Tuesday that the budget would grow. Kihara "
          "said the cabinet agreed. \"Japan is delivering artillery shells to Ukraine. That is our duty,\" he "
          "said."), "supplies"),
    (JP, ("Foreign Minister Jan Novak told the Czech parliament on Tuesday that the cabinet backs new sanctions. "
          "Kishida said the cabinet had decided. \"Japan is delivering artillery shells to Ukraine. That is our "
          "duty,\" he said."), "supplies"),
    (JP, ("Ukraine welcomed the decision. Japan has sent artillery shells to Ukraine, Defence Minister Minoru "
          "Kihara said on Monday."), "supplies"),
]

# "Deliveries of X to Y have been halted": the passive verb of ending after a supply in the subject
# ends the supply once; "have resumed" and "are continuing" still supply.
PASSIVE_HALT = [
    (LEO, "Deliveries of Leopard tanks to Ukraine have been halted, the German government said.", "refrains"),
    (MIG, "\"The transfers of MiG-29 jets to Ukraine have been suspended,\" Duda told reporters.", "refrains"),
    (ISR, "Shipments of German weapons to Israel have been stopped, Scholz said on Monday.", "refrains"),
    (LEO, "Deliveries of Leopard tanks to Ukraine have resumed, the German government said.", "supplies"),
    (MIG, "Deliveries of MiG-29 jets to Ukraine are continuing, Duda said.", "supplies"),
]

# An opening to resume a supply ("does not rule out resuming", "is considering restarting") presupposes
# the halt: a halt the article recounts after it is what would be resumed, never how the weighing ended.
# A halt "now" or "again", or one after an opening that resumes nothing, still ends it.
RESUMING = [
    (LEO, ("Germany does not rule out resuming deliveries of Leopard tanks to Ukraine, Scholz said on Monday. "
           "In March, Berlin halted its tank shipments to Kyiv after a dispute over spare parts."), "reconsider"),
    (MIG, ("Poland is considering restarting transfers of MiG-29 jets to Ukraine, Duda said. Under the spring "
           "accord, Warsaw suspended the transfers of the jets to Kyiv."), "reconsider"),
    (MIG, ("Poland was considering sending more MiG-29 jets to Ukraine. Warsaw has now halted the transfers "
           "of the jets to Kyiv, Duda said."), "refrains"),
    (LEO, ("Germany was weighing resuming Leopard tank deliveries to Ukraine. Berlin has now halted Leopard "
           "tank deliveries to Kyiv again, Scholz said."), "refrains"),
]

# "a review (ordered in May) had concluded / found that X could not send …": the weighing noun and its
# modifiers above a verb of concluding are over; the finding below it is the position. A review that
# is still going on ("is examining whether") weighs.
CONCLUDED = [
    (LEO, ("In a letter to parliament, Pistorius wrote that a review ordered in May had concluded that Germany "
           "could not hand over more Leopard tanks to Ukraine."), "refrains"),
    (MIG, "An assessment requested by the cabinet found that Poland could not send its MiG-29 jets to Ukraine.",
     "refrains"),
    (LEO, "A review found that Germany could send more Leopard tanks to Ukraine.", "reconsider"),
    (LEO, "A review is examining whether Germany could send more Leopard tanks to Ukraine.", "reconsider"),
    (MIG, "Poland is reviewing whether it could send its MiG-29 jets to Ukraine.", "reconsider"),
]

# "is weighing how many of its jets it can hand over", "which of the jets it could send": a partitive
# between the question word and the object still fronts the object in a question the weighing verb
# governs; a later "after …" clause about another party does not take the sentence over. Another
# party weighing, or something that is no weapon, weighs nothing of the actor's.
PARTITIVE_CHOICE = [
    (LEO, ("Germany is weighing how many of its Leopard tanks it can send to Ukraine and when, after Poland said "
           "it would approve the transfer of its own tanks, officials said."), "reconsider"),
    (MIG, "Poland is examining which of its MiG-29 jets it could hand over to Ukraine.", "reconsider"),
    (JP, "Japan is studying how many of its artillery shells it can supply to Ukraine.", "reconsider"),
    (LEO, "Poland is weighing how many of its Leopard tanks it can send to Ukraine.", "none"),
    (JP, "Japan is studying how many of its engineers it can send to Ukraine.", "none"),
]

CASES = OTHER_MINISTERS + PASSIVE_HALT + RESUMING + CONCLUDED + PARTITIVE_CHOICE


test_reads, test_enough_cases = reading_tests(CASES, minimum=20)
