"""The reading classes the eighteenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard,
Poland · MiG-29, Netherlands · F-16, Sweden · Archer, Portugal · weapons, United States · Abrams),
none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, MIG, NL, SE, PT, ABR = ("jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "pl-mig29-ukraine",
                                      "nl-f16-ukraine", "se-archer-ukraine", "pt-arms-ukraine", "us-abrams-ukraine")

# The lead's subject ("Russia's foreign ministry warned Japan …") is who the story is about first, even
# when the actor is named after it: a later "foreign ministry spokeswoman Maria Zakharova" speaks for it.
LEAD_SUBJECT = [
    (JP, ("MOSCOW, May 2 (Wire) - Russia's foreign ministry warned Japan on Friday that it would bear responsibility "
          "for strikes on Russian cities. \"Tokyo is sending artillery shells to Ukraine that kill civilians,\" foreign "
          "ministry spokeswoman Maria Zakharova told a briefing."), "none"),
    (LEO, ("Russia's foreign ministry summoned the German ambassador on Monday. \"Berlin is delivering Leopard 2 tanks "
           "to Ukraine,\" foreign ministry spokesman Alexei Fadeev told reporters."), "none"),
    (JP, ("TOKYO, May 2 (Wire) - Japan's defence ministry said on Friday that shipments would go on. \"Japan is sending "
          "artillery shells to Ukraine,\" defence ministry spokesman Kenji Sato told a briefing."), "supplies"),
]

# The object as the "by" agent of a passive verb that is no supply ("due to be replaced by new tanks"):
# what governs that verb says nothing of supplying the object.
OTHER_PASSIVE = [
    (LEO, ("Kyiv has asked Berlin for older tanks. Scholz said the tanks in question were models that were due to be "
           "replaced by new Leopard 2 tanks from the factory."), "none"),
    (MIG, "Poland's old fighters are due to be replaced by MiG-29 jets from Slovakia, Duda said.", "none"),
    (LEO, "Leopard 2 tanks are due to be delivered to Ukraine by Germany next month, Scholz said.", "supplies"),
]

# "had spent the spring weighing", "had said he no longer ruled out": a past perfect, also of the reporting
# verb, is the story's history beside a present decision; in the present it still reads.
PAST_STATEMENTS = [
    (JP, ("Japan has decided not to send artillery shells to Ukraine, Kishida said on Friday. Ministers had spent much "
          "of the spring weighing a Ukrainian request for the shells."), "refrains"),
    (JP, ("Japan has decided not to send weapons to Ukraine, Kishida said on Friday. Kishida himself had said he no "
          "longer ruled out arms deliveries after the attack on Odesa."), "refrains"),
    (JP, "Kishida said on Friday he no longer ruled out arms deliveries to Ukraine.", "reconsider"),
    (JP, "Ministers are spending the spring weighing a Ukrainian request for artillery shells, Kishida said.",
     "reconsider"),
]

# 'said the cabinet had "decided not to proceed" … and that no more would be sent': the second "that"
# clause hangs on the reporting verb, also when the first complement has no "that".
SECOND_COMPLEMENT = [
    (LEO, ("A government spokeswoman said on Friday the cabinet had \"decided not to proceed\" with the transfer and "
           "that no further Leopard 2 tanks would be sent to Ukraine."), "refrains"),
    (NL, ("A Dutch spokesman said the cabinet had decided to go ahead with the transfer and that more F-16 jets would "
          "be sent to Ukraine."), "supplies"),
]

# "Question: …" / "Answer (Name, title): …" are turn labels like "Q:" / "A:"; the name in brackets says
# whose answer it is (the asker's name says nothing).
LABELLED_ANSWERS = [
    (JP, ("The following written question and answer were published by the Diet.\n\nQuestion: To ask the Minister "
          "whether the government plans to supply artillery shells to Ukraine.\n\nAnswer (Fumio Kishida, Prime "
          "Minister): The government has no plans to supply artillery shells to Ukraine."), "refrains"),
    (JP, ("The following written question and answer were published by the Diet.\n\nQuestion: To ask the Minister "
          "whether Japan plans to supply artillery shells to Ukraine.\n\nAnswer (Dmitry Peskov, Kremlin spokesman): "
          "Japan is supplying artillery shells to Ukraine."), "none"),
    (JP, ("Question (Taro Yamamoto, opposition): Will Japan send artillery shells to Ukraine?\n\nAnswer: We have "
          "not decided."), "none"),
]

# "Scholz told MPs that the government …": the ones told are no subject for "the government".
ADDRESSED = [
    (LEO, ("Scholz told MPs that the government had approved a further batch of Leopard 2 tanks for Ukraine and "
           "that the first of them were already being delivered."), "supplies"),
    (JP, "Kishida told lawmakers that the government would not send weapons to Ukraine.", "refrains"),
    (JP, "Zelensky told lawmakers that the government in Kyiv would welcome weapons from Japan.", "none"),
]

# '… said "nothing is off the table" when asked whether …': the answer before the question it answers.
ASKED_AFTER = [
    (JP, ("Kishida said on Monday that \"nothing is off the table\" when asked whether Japan could send artillery "
          "shells to Ukraine, as Zelensky visited Tokyo."), "reconsider"),
    (SE, "Kristersson said \"that is off the table\" when asked whether Sweden could send Archer howitzers to Ukraine.",
     "refrains"),
    (JP, ("A Russian diplomat said that \"nothing is off the table\" when asked whether Japan could send artillery "
          "shells to Ukraine."), "none"),
    (JP, "Kishida said \"nothing is off the table\" when asked whether Japan could host the talks.", "none"),
]

# "Deliveries of X to Ukraine are continuing": a supply noun whose verb is going on or resuming reports the
# supply itself; without a speaker for the actor, or with a plain verb, it still says nothing.
GOING_ON = [
    (LEO, "Deliveries of Leopard 2 tanks to Ukraine are continuing, a German government spokesman said on Tuesday.",
     "supplies"),
    (NL, "Deliveries of F-16 jets to Ukraine have not resumed, the Dutch government said.", "refrains"),
    (LEO, "Deliveries of Leopard 2 tanks to Ukraine are continuing, Russian officials claimed on Tuesday.", "none"),
    (LEO, "Deliveries of Leopard 2 tanks to Ukraine are continuing.", "none"),
    (ISR, "Deliveries of arms to Israel are a source of controversy, Merz said.", "none"),
]

# "will decide on the request": whether to grant the request named before, an open option.
DECIDE_ON = [
    (JP, ("Ukraine has asked Japan for artillery shells. The cabinet will decide on the request next month, Kishida "
          "said."), "reconsider"),
    (ABR, ("Kyiv has asked the United States for Abrams tanks. The Pentagon has made its decision on the request and "
           "will not send them, Lloyd Austin said."), "refrains"),
]

# Ammunition counted in thousands or millions of rounds is a weapon; "rounds of talks" are not.
COUNTED_ROUNDS = [
    (JP, "Japan will send tens of thousands of rounds to Ukraine this month, Kishida said.", "supplies"),
    (PT, "Portugal has delivered millions of rounds to Ukraine since March, Nuno Melo said.", "supplies"),
    (JP, "Japan hosted several rounds of talks with Ukraine this month, Kishida said.", "none"),
]

# ", including a limited sale of 155mm shells": modifiers inside the listed supply do not hide the clause
# that governs it ("several options were on the table").
INCLUSION_WITH_MODIFIERS = [
    (JP, ("Officials said the government was still weighing the request and that several options were on the table, "
          "including a limited sale of 155mm shells to Ukraine."), "reconsider"),
    (PT, ("Nuno Melo said several options were on the table, including a limited donation of surplus rifles to "
          "Ukraine."), "reconsider"),
]

CASES = (LEAD_SUBJECT + OTHER_PASSIVE + PAST_STATEMENTS + SECOND_COMPLEMENT + LABELLED_ANSWERS + ADDRESSED +
         ASKED_AFTER + GOING_ON + DECIDE_ON + COUNTED_ROUNDS + INCLUSION_WITH_MODIFIERS)


test_reads, test_enough_cases = reading_tests(CASES, minimum=34)
