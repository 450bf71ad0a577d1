"""The reading classes the fifty-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the stances of tests/detect/stances.py and
the shipped and test corpus stances (Japan · weapons, Germany · Israel · weapons, Germany · Leopard,
Sweden · Archer, US · ATACMS, Germany · Taurus), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, ARCHER, ATACMS, TAURUS = ("jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine",
                                        "se-archer-ukraine", "us-atacms-ukraine", "de-taurus-ukraine")

# "So no — we are not sending …", "Hence Berlin will …": a connective adverb opening the sentence is no
# capitalised name and no subject; the clause after it is read as if it were not there. Another party
# after the connective keeps the supply its own.
OPENING_CONNECTIVE = [
    (JP, "So no, we are not sending weapons to Ukraine, Kishida told reporters.", "refrains"),
    (LEO, "So we will not deliver Leopard tanks to Kyiv.", "refrains"),
    (ISR, "Hence Germany will keep approving arms exports to Israel, Merz said.", "supplies"),
    (JP, "Consequently, Japan is reviewing whether to provide weapons to Ukraine.", "reconsider"),
    (JP, "So Russia is sending weapons to Ukraine's enemies, Kishida said.", "none"),
    (LEO, "So Poland will deliver Leopard tanks to Kyiv.", "none"),
    (LEO, "So far, Germany has not delivered Leopard tanks to Ukraine.", "refrains"),
]

# "the battery approved for Ukraine in March has now been delivered": a commitment participle whose "for /
# to" names the target (and its date) is a reduced relative on the object; the clause's own verb follows
# and decides. Another recipient or another party's word keep theirs.
COMMITTED_FOR_TARGET = [
    (LEO, "Berlin confirmed that the Leopard tanks promised to Ukraine in January have been delivered.", "supplies"),
    (ARCHER, "The Archer howitzers approved for Kyiv in 2024 have now arrived, Jonson said.", "supplies"),
    (LEO, "The Leopard tanks promised to Ukraine will be delivered in May, Pistorius said.", "supplies"),
    (LEO, "The Leopard tanks approved for Lithuania have been delivered, Pistorius said.", "none"),
    (LEO, "Moscow claimed that the Leopard tanks promised to Ukraine in January have been delivered.", "none"),
]

# "… to rebuild stocks depleted by Slovak donations to Ukraine": the target after another party's supply
# noun ("Slovak donations to", "Poland's deliveries to") receives that party's supply; it is neither the
# recipient of the clause's own supply nor the recipient it goes to by default. A recipient of the clause's
# own ("send Ukraine …", "to Ukraine" on the actor's own verb) still decides.
OTHERS_SUPPLY_RECIPIENT = [
    (JP, "Japan will sell Australia shells to refill stocks emptied by Australian donations to Ukraine.", "none"),
    (JP, "Japan will sell shells to replace stocks drained by Poland's deliveries to Ukraine.", "none"),
    (JP, "Japan will send Ukraine shells to make up for Polish donations.", "supplies"),
    (JP, "Japan will send shells to Ukraine to match Polish donations to Ukraine.", "supplies"),
    (JP, "Japan will speed up its arms deliveries to Ukraine.", "supplies"),
]

# "…, with the first arriving in Britain in April": an arrival in another named country within the supply's
# clause says where the goods go; the target named in the sentence before is no default recipient then.
ARRIVING_ELSEWHERE = [
    (ARCHER, ("Ukraine has had Swedish guns for a year. Sweden will deliver the Archers from its production "
              "line, with the first arriving in Norway in April."), "none"),
    (ARCHER, ("Ukraine has had Swedish guns for a year. Sweden will deliver the Archers from its production "
              "line, with the first arriving in Ukraine in April."), "supplies"),
    (ARCHER, ("Ukraine has had Swedish guns for a year. Sweden will deliver the Archers from its production "
              "line."), "supplies"),
]

# "… headline "X agrees to send ATACMS to Ukraine" …. X has not agreed to send the system.": in the
# sentence after one that names the stance's system, "the system" means it. Another party, another
# recipient, or an unrelated "system" keep their reading.
SYSTEM_NOUN_AFTER_NAMING = [
    (ATACMS, ("A report said Washington had approved ATACMS for Kyiv. The United States has not agreed to "
              "send the system."), "refrains"),
    (ATACMS, "Kyiv has asked for ATACMS. Washington is weighing whether to supply the system.", "reconsider"),
    (ATACMS, "Kyiv has asked for ATACMS. Russia says Iran will send the system to Ukraine.", "none"),
    (ATACMS, "Kyiv has asked for ATACMS. Washington will send the system to Taiwan.", "none"),
    (ATACMS, "Kyiv has asked for ATACMS. Washington will not change its export-control system.", "none"),
]

# "there is no decision to transfer X, and the existing policy stands": "no decision" beside the status
# quo said to hold is the standing refusal, not an open option. A policy still "under review" keeps it
# open, and so does a plain "no decision yet".
NO_DECISION_POLICY_STANDS = [
    (TAURUS, ("Berlin said that \"there is no decision to deliver Taurus to Ukraine, and the existing policy "
              "stands.\""), "refrains"),
    (JP, "Tokyo said there is no decision to send weapons to Ukraine and its position remains unchanged.",
     "refrains"),
    (TAURUS, "Berlin said there is no decision to deliver Taurus to Ukraine, but the policy remains under review.",
     "reconsider"),
    (TAURUS, "Berlin said there is no decision yet to deliver Taurus to Ukraine.", "reconsider"),
    (TAURUS, "Paris said there is no decision to deliver Taurus to Ukraine, and the existing policy stands.", "none"),
]

# "its position on sending X to Ukraine has not changed": a supply gerund after a policy noun's "on" is the
# topic of that policy, never a supply. Said to be unchanged, the position is the refusal that stands (the
# guidelines' "position unchanged"); "changed" alone does not say which way. A verb that weighs the policy
# still opens the option; a plain supply stays one.
POLICY_TOPIC = [
    (JP, "Japan's position on sending weapons to Ukraine has not changed, Kishida said.", "refrains"),
    (LEO, "Germany's position on delivering Leopard tanks to Ukraine is unchanged, Scholz said.", "refrains"),
    (JP, "Japan changed its stance on sending weapons to Ukraine last week.", "none"),
    (JP, "Japan is reviewing its policy on sending weapons to Ukraine.", "reconsider"),
    (JP, "Japan will send weapons to Ukraine on Monday.", "supplies"),
]

CASES = (OPENING_CONNECTIVE + COMMITTED_FOR_TARGET + OTHERS_SUPPLY_RECIPIENT + ARRIVING_ELSEWHERE
         + SYSTEM_NOUN_AFTER_NAMING + NO_DECISION_POLICY_STANDS + POLICY_TOPIC)


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
