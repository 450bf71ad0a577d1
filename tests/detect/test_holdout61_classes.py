"""The reading classes the sixty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Leopard tanks, United States · Abrams tanks,
Sweden · Archer howitzers), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, ABR, ARCH = "jp-arms-ukraine", "de-leopard-ukraine", "us-abrams-ukraine", "se-archer-ukraine"

# "has decided not to send any more tanks to Ukraine, Scholz said, ending deliveries …": a participle after
# the reporting clause opens a free adjunct about the whole event; nothing before the parenthetical governs
# it, so "ending" does not cancel the "not". After an auxiliary the verb group goes on ("is, officials said,
# sending").
FREE_PARTICIPLE = [
    (LEO, ("The German government has decided not to send any more Leopard 2 tanks to Ukraine, Pistorius said "
           "on Friday, ending deliveries that had run for two years."), "refrains"),
    (JP, ("Tokyo has chosen not to ship further weapons to Ukraine, Kishida told reporters, halting transfers "
          "agreed last spring."), "refrains"),
    (LEO, "Germany has decided to send Leopard 2 tanks to Ukraine, Pistorius said on Friday, ending months of delay.",
     "supplies"),
    (LEO, "Germany is, officials said, sending Leopard 2 tanks to Ukraine.", "supplies"),
    (LEO, ("Poland has decided not to send any more Leopard 2 tanks to Ukraine, Duda said on Friday, ending "
           "deliveries that had run for two years."), "none"),
]

# "Any export of weapons requires government approval": a rule every such supply must meet, stated in the
# present, supposes no supply (unlike "any deliveries would be …", a hypothetical).
REQUIREMENT_RULE = [
    (JP, "Any sale of weapons to Ukraine requires a licence from the cabinet.", "none"),
    (JP, ("Japan has not exported weapons to Ukraine, a spokesman said. Any transfer of arms needs the approval "
          "of the cabinet, and none has been given."), "refrains"),
    (JP, "Any deliveries of weapons to Ukraine would require cabinet approval, Kishida said.", "none"),
    (JP, "Japan said any sale of weapons to Ukraine would be considered.", "reconsider"),
]

# "Ukraine has asked … for twenty more tanks. (…) The ministry confirmed receiving the request. 'The ministry
# is reviewing the request,' a spokesman said.": a sentence that speaks of "the request" again keeps it the
# same request for the object, however many sentences stand between it and the asking.
REQUEST_CHAIN = [
    (ABR, ("Ukraine has formally asked the United States for thirty more Abrams tanks, according to a letter. "
           "The letter says several tanks were lost to drones. It proposes that frozen Russian assets pay for the "
           "new ones. The Pentagon confirmed receiving the request. \"We are reviewing the request with the "
           "manufacturer,\" a spokesman said."), "reconsider"),
    (ARCH, ("Kyiv has asked Sweden for twelve additional Archer howitzers. The letter praises the guns' accuracy. "
            "It suggests that allies share the cost. Stockholm acknowledged the request on Monday. \"The "
            "government is examining the request,\" a spokeswoman said."), "reconsider"),
    (ABR, ("Ukraine has formally asked the United States for thirty more Abrams tanks, according to a letter. "
           "The letter says several tanks were lost to drones. It proposes that frozen Russian assets pay for the "
           "new ones. The weather in Kyiv was cold on Monday. \"We are reviewing the request,\" a spokesman "
           "said."), "none"),
    (ABR, ("Ukraine has formally asked the United States for thirty more Abrams tanks, according to a letter. "
           "The letter says several tanks were lost to drones. It proposes that frozen Russian assets pay for the "
           "new ones. Moscow has seen the request. \"We are studying the request,\" the Kremlin said."), "none"),
]

# "According to the minister, another twelve tanks will be handed over to Ukraine": a leading attribution
# names the speaker of the whole sentence, as a closing ", the minister said" would. Another party's, or
# an outsider's, does not make the supply the actor's.
LEADING_ATTRIBUTION = [
    (LEO, "According to the German defence ministry, another twelve Leopard 2 tanks will be handed over to Ukraine "
          "in 2026.", "supplies"),
    (ARCH, ("Swedish Defence Minister Pal Jonson spoke after the cabinet meeting. According to the minister, six more "
            "Archer howitzers will be delivered to Ukraine next year."), "supplies"),
    (LEO, "According to the German defence ministry, the remaining Leopard 2 tanks will not be handed over to Ukraine.",
     "refrains"),
    (LEO, "According to Russian officials, another twelve Leopard 2 tanks will be handed over to Ukraine in 2026.",
     "none"),
    (LEO, "According to analysts in Berlin, another twelve Leopard 2 tanks will be handed over to Ukraine in 2026.",
     "none"),
]

# "the contract paid for by the Nordic states remains valid, and twelve guns will be handed over": the "by"
# agent of a passive in an earlier clause did what its own verb says, not what the next clause reports (and
# "the Nordic states" is a noun phrase, not "states" as a reporting verb).
EARLIER_PASSIVE_AGENT = [
    (ARCH, ("The contract that was paid for by the Baltic states remains valid, and six more Archer howitzers will "
            "be handed over to Ukraine next year, Jonson said."), "supplies"),
    (LEO, ("According to Pistorius, the contract financed by the Nordic states remains in force, and ten more "
           "Leopard 2 tanks will be delivered to Ukraine in 2026."), "supplies"),
    (ARCH, ("The contract that was paid for by the Baltic states remains valid, and six more Archer howitzers will "
            "be handed over to Ukraine next year, Russian officials said."), "none"),
    (ARCH, "Six more Archer howitzers will be handed over to Ukraine by the Baltic states next year.", "none"),
]

# "Zuzana 2 howitzers ordered under the contracts continue to be delivered": a request participle after the
# system's name and its class noun is a reduced relative on the object, not its verb; the clause's own verb
# follows and decides.
ORDERED_AFTER_CLASS_NOUN = [
    (LEO, ("Pistorius acknowledged in parliament that Leopard 2 tanks ordered under the commercial contracts "
           "continue to be delivered to Ukraine."), "supplies"),
    (ARCH, "Jonson said that Archer howitzers ordered under the 2023 deal are being shipped to Ukraine.", "supplies"),
    (LEO, "Pistorius said that Leopard 2 tanks ordered under the contracts are not delivered to Ukraine.", "refrains"),
    (LEO, "Leopard 2 tanks ordered under the contracts are delivered to Ukraine, Russian officials said.", "none"),
    (ARCH, "Jonson said that Archer howitzers ordered under the 2023 deal are being shipped to Poland.", "none"),
]

# "The guns that Ukraine ordered and that our partners paid for are being delivered": two coordinated relative
# clauses (the second with a determiner and a plain noun as subject, and a stranded preposition) sit on the
# object; the main clause's verb comes after both.
COORDINATED_RELATIVES = [
    (LEO, ("\"The Leopard 2 tanks that Kyiv ordered and that our partners paid for are being delivered,\" "
           "Pistorius said."), "supplies"),
    (ARCH, ("\"The Archer howitzers that our allies paid for are being delivered to Ukraine,\" Jonson said."),
     "supplies"),
    (LEO, ("\"The Leopard 2 tanks that Kyiv ordered and that our partners paid for are not being delivered,\" "
           "Pistorius said."), "refrains"),
    (ARCH, ("\"The Archer howitzers that our allies paid for are being delivered to Poland,\" Jonson said."), "none"),
    (LEO, "\"The Leopard 2 tanks that the Russians captured are being shown in Moscow,\" Pistorius said.", "none"),
]

# An interview without "Q:" / "A:" labels: the paragraph after a question paragraph is the answer of the one
# the introduction presents (the actor's minister), as if "…, the minister said" closed it. Not when the
# introduction presents someone else, nor in a transcript whose lines name their speakers.
UNLABELLED_INTERVIEW = [
    (ARCH, ("Interview: \"A contract is a contract\"\n\nSweden's defence minister talks to us about the budget "
            "and exports.\n\nYour prime minister says Sweden has given enough. Are Archer howitzers still going "
            "to Ukraine?\n\nThe Archers that Kyiv ordered and that our partners paid for are being delivered, "
            "yes. More will follow in the autumn."), "supplies"),
    (ARCH, ("Interview: \"A contract is a contract\"\n\nRussia's ambassador talks to us about the war.\n\n"
            "Sweden says it has given enough. Are Archer howitzers still going to Ukraine?\n\nThe Archers that "
            "Kyiv ordered are being delivered, yes."), "none"),
    (ARCH, ("Interview: \"A contract is a contract\"\n\nSweden's defence minister talks to us about the budget "
            "and exports.\n\nYour prime minister says Sweden has given enough. Are Archer howitzers still going "
            "to Ukraine?\n\nThe Archers are not being delivered. That chapter is closed."), "refrains"),
    (ARCH, ("Press conference in Stockholm, excerpts.\n\nReporter: Your prime minister says Sweden has given "
            "enough. Are Archer howitzers still going to Ukraine?\n\nLindqvist: The Archers that Kyiv ordered "
            "are being delivered, yes."), "none"),
]

# "Tokyo is discussing it with partners": the progressive of every weighing verb takes the option named before
# as "it", as "examining it" does. "We discussed it" tells of a talk held, and "declined to discuss it" says
# nothing either way.
WEIGHING_PRONOUN = [
    (JP, "Ukraine has asked Japan for more weapons. Tokyo is discussing it calmly with partners, Kishida said.",
     "reconsider"),
    (ABR, "Kyiv wants more Abrams tanks. Washington is debating it, a Pentagon spokesman said.", "reconsider"),
    (JP, "Ukraine has asked Japan for more weapons. We discussed it at length, Kishida said.", "none"),
    (JP, "Ukraine has asked Japan for more weapons. Kishida declined to discuss it.", "none"),
    (JP, "Ukraine has asked Japan for more weapons. Russian officials are discussing it.", "none"),
]

# "told a press conference": "press" before "conference", "release", "briefing" is the noun, no pressure
# on anyone; the weighing reported after it is the actor's.
PRESS_NOUN = [
    (JP, "Kishida told a press conference on Monday that Japan was weighing weapons deliveries to Ukraine.",
     "reconsider"),
    (LEO, "A press release said that Germany is considering sending Leopard 2 tanks to Ukraine.", "reconsider"),
    (JP, "Kyiv pressed Japan on Monday to send weapons to Ukraine.", "none"),
]

CASES = (FREE_PARTICIPLE + REQUIREMENT_RULE + REQUEST_CHAIN + LEADING_ATTRIBUTION + EARLIER_PASSIVE_AGENT +
         ORDERED_AFTER_CLASS_NOUN + COORDINATED_RELATIVES + UNLABELLED_INTERVIEW + WEIGHING_PRONOUN + PRESS_NOUN)


test_reads, test_enough_cases = reading_tests(CASES, minimum=40)
