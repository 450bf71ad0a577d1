"""The reading classes the twelfth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Netherlands · F-16, Poland · MiG-29, UK · Challenger 2, Germany · Leopard,
Sweden · Archer, Japan · weapons), none of which the holdout uses. Each group holds near misses
that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

NL, MIG, CH, LEO, ARCHER, JP = ("nl-f16-ukraine", "pl-mig29-ukraine", "uk-challenger-ukraine", "de-leopard-ukraine",
                                "se-archer-ukraine", "jp-arms-ukraine")

# A quotation that runs over several sentences is said by the one named where it closes; a named
# official whose country is not given, right after a sentence about another party, speaks for it.
QUOTE_OVER_SENTENCES = [
    (NL, ("Russia's foreign ministry accused the Netherlands on Monday of escalating the war with F-16 jets. "
          "\"The Netherlands is sending F-16 jets to Ukraine. This is escalation,\" spokeswoman Maria Zakharova "
          "told a briefing."),
     "none"),
    (MIG, ("The Belarusian foreign ministry accused Poland of arming Kyiv with MiG-29 jets. \"Poland is handing "
           "MiG-29 jets to Ukraine. Everyone can see it,\" spokesman Anatol Glaz said."), "none"),
    (CH, "\"Britain is sending Challenger 2 tanks to Ukraine. We know this,\" a Kremlin spokesman said.", "none"),
    (NL, ("Rutte spoke after the summit. \"The Netherlands is sending F-16 jets to Ukraine. The first are on "
          "their way,\" Rutte said."), "supplies"),
    (MIG, ("Duda met Zelensky in Kyiv. \"Poland will not send MiG-29 jets to Ukraine. That is final,\" Duda "
           "told reporters."), "refrains"),
    (NL, ("The Dutch defence ministry gave an update on Monday. \"No F-16 jets will be sent to Ukraine this year. "
          "That is final,\" spokesman Jan Smit said."), "refrains"),
]

# The actor's adjective or possessive next to a title ("Swedish Defence Minister Pal Jonson",
# "Ulf Kristersson, Sweden's prime minister") makes the person the actor's speaker for the whole
# article, also where the title stands alone ("Prime Minister Ulf Kristersson said …"). A former
# holder, another country's minister and an opposition leader stay other parties.
TITLED_OFFICIALS = [
    (NL, ("Dutch Prime Minister Dick Schoof arrived in Kyiv on Monday. Prime Minister Dick Schoof said the "
          "Netherlands was discussing the possible transfer of more F-16 jets to Ukraine."), "reconsider"),
    (MIG, ("Wladyslaw Kosiniak-Kamysz, Poland's defence minister, visited Lviv. Kosiniak-Kamysz said Poland "
           "would send its remaining MiG-29 jets to Ukraine."), "supplies"),
    (CH, ("Grant Shapps, the British defence secretary, spoke in London. Shapps said Britain had ruled out "
          "sending more Challenger 2 tanks to Ukraine."), "refrains"),
    (NL, ("Former Dutch Prime Minister Jan Peter Balkenende spoke in Kyiv. Balkenende said the Netherlands "
          "was sending more F-16 jets to Ukraine."), "none"),
    (MIG, ("Polish opposition leader Jan Kowalski spoke in Warsaw. Kowalski said Poland would send its "
           "remaining MiG-29 jets to Ukraine."), "none"),
    (NL, ("Russian Foreign Minister Sergei Lavrov spoke in Moscow. Lavrov said the Netherlands was sending "
          "more F-16 jets to Ukraine."), "none"),
]

# "A spokesperson, asked by reporters whether …, said: '…'": the question sits between commas after
# the speaker, as in "Asked whether …, X said"; the answer is read over the asked supply, and a live
# blog's time stamp ("10:15 -") is not the speaker.
APPOSITIVE_QUESTION = [
    (NL, ("10:15 - A Dutch government spokesperson, asked by reporters whether the Netherlands would now "
          "send F-16 jets to Ukraine, said: \"No decision has been made.\""), "reconsider"),
    (MIG, ("A Polish government spokesman, asked whether Warsaw would send more MiG-29 jets to Ukraine, "
           "said: \"That has been ruled out.\""), "refrains"),
    (NL, ("A Russian government spokesperson, asked by reporters whether the Netherlands would send F-16 "
          "jets to Ukraine, said: \"The request is being reviewed in The Hague.\""), "none"),
    (MIG, ("A Polish government spokesman, asked whether Warsaw would send more MiG-29 jets to Ukraine, "
           "declined to comment."), "none"),
]

# "a second, larger batch of X": a comma between a determiner's adjectives stays inside the noun
# phrase, so the verbs before it still govern the object.
ADJECTIVE_COMMA = [
    (ARCHER, ("Sweden denied a report that it had agreed to send a second, larger batch of Archer howitzers "
              "to Ukraine."), "refrains"),
    (LEO, "Germany has sent a new, upgraded batch of Leopard 2 tanks to Ukraine, Pistorius said.", "supplies"),
    (LEO, "Berlin is weighing whether to send a third, smaller batch of Leopard 2 tanks to Ukraine.",
     "reconsider"),
    (LEO, "Spain has sent a second, larger batch of Leopard 2 tanks to Ukraine.", "none"),
]

# "The first consignment of X has been delivered to <target>, A and <actor> said": a past passive
# delivery of a subject consignment is a delivery; a statement made jointly with the actor is the
# actor's word; the dateline city and a closing ", nearly two years after …" change neither.
SUBJECT_CONSIGNMENT = [
    (ARCHER, ("BRUSSELS (Wire) - The first consignment of Archer howitzers has been delivered to the "
              "Ukrainian army, Kyiv and the Swedish defence ministry said, nearly a year after Ukraine first "
              "asked for them."), "supplies"),
    (CH, ("The first batch of Challenger 2 tanks has been delivered to Ukraine, Kyiv and Britain's defence "
          "ministry said on Monday."), "supplies"),
    (CH, "The first batch of Challenger 2 tanks has been delivered to Ukraine, Kyiv and Moscow said.", "none"),
    (CH, "The first batch of Challenger 2 tanks has been delivered to Poland, the British defence ministry said.",
     "none"),
    (ARCHER, ("KYIV (Wire) - The first consignment of Archer howitzers has been delivered to the Ukrainian "
              "army, Ukrainian officials and Denmark said."), "none"),
]

# "licences for the hulls and other German-made parts of the Leopard 2 tanks …": where a part is
# made, inside a conjunct, is a modifier, not the subject of the verb that governs it.
ORIGIN_IN_CONJUNCT = [
    (LEO, ("The German government has granted export licences for the turrets and other German-made parts of "
           "the Leopard 2 tanks ordered by Ukraine."), "supplies"),
    (LEO, ("Berlin has refused licences for the engines and other German-made parts of the Leopard 2 tanks "
           "ordered by Ukraine."), "refrains"),
    (LEO, "German-made Leopard 2 tanks are being shipped to Ukraine through Poland, Warsaw said.", "none"),
]

# "The Federal Government has informed the German Bundestag of the decision to approve …": a
# government informs its own parliament, so the unnamed government is the actor's. "The Republic of
# X" is X. An unnamed government informing another country's parliament, or officials, decides nothing.
INFORMS_OWN_PARLIAMENT = [
    (ARCHER, ("The Government has today informed the Swedish Riksdag of its decision to approve the export "
              "of Archer howitzers to Ukraine."), "supplies"),
    (MIG, ("The Council of Ministers has informed the Polish Sejm of its decision to approve the transfer of "
           "MiG-29 jets to the Republic of Ukraine."), "supplies"),
    (ARCHER, ("The Government has informed the Ukrainian parliament of its decision to approve the export of "
              "Archer howitzers to Ukraine."), "none"),
    (ARCHER, ("The Government has informed Swedish officials of its decision to approve the export of Archer "
              "howitzers to Ukraine."), "none"),
    (ARCHER, ("The Swedish Government has informed the Riksdag of its decision to approve the export of Archer "
              "howitzers to the Republic of Korea."), "none"),
]

# "the request", "it": the object named up to three sentences before (a quote of two sentences may
# stand between); further away, or with nothing named, the anaphor stays too vague to decide.
ANAPHOR_REACH = [
    (LEO, ("Ukraine has asked for Leopard 2 tanks, Zelensky said. \"There are talks going on,\" Pistorius said. "
           "\"Nothing is settled.\" He said Germany would weigh the request."), "reconsider"),
    (LEO, ("Ukraine has asked for Leopard 2 tanks, Zelensky said. Pistorius spoke in Vilnius. He met troops. "
           "He toured a plant. He visited a school. He said Germany would weigh the request."), "none"),
    (LEO, "Pistorius spoke in Vilnius. He said Germany would weigh the request.", "none"),
]

CASES = (QUOTE_OVER_SENTENCES + TITLED_OFFICIALS + APPOSITIVE_QUESTION + ADJECTIVE_COMMA + SUBJECT_CONSIGNMENT +
         ORIGIN_IN_CONJUNCT + INFORMS_OWN_PARLIAMENT + ANAPHOR_REACH)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
