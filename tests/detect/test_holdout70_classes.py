"""The reading classes the seventieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "The question of sending Leopard tanks to Ukraine is being studied": a topic noun ("question", "issue",
# "matter") with a supply gerund heads the subject; the clause's own verb decides, as for "Sending tanks
# … is being considered", and the gerund alone never reports a supply. The actor sending, another party
# studying it, or a negated verdict keep their readings.
TOPIC_NOUN_SUBJECT = [
    (LEO, "The question of sending Leopard tanks to Ukraine is being studied in Berlin, Pistorius said.",
     "reconsider"),
    (LEO, "The issue of delivering German Leopard tanks to Kyiv is being examined very carefully, Scholz said.",
     "reconsider"),
    (LEO, "The matter of sending Leopard tanks to Ukraine was discussed by the cabinet, Scholz said.", "reconsider"),
    (LEO, "The issue of sending Leopard tanks to Ukraine is no longer under consideration, Scholz said.", "refrains"),
    (LEO, "The question of sending Leopard tanks to Ukraine is being studied in Paris, Macron said.", "none"),
    (LEO, "Germany is sending Leopard tanks to Ukraine, Scholz said, and the issue is closed.", "supplies"),
]

# "a decision on sending Leopard tanks to Kyiv is close": a decision "on" a supply gerund names the question,
# not the answer (as "a decision on Leopards" does); "the decision to send" still reports one. Another
# recipient or a refusal keep their readings.
DECISION_ON_SUPPLYING = [
    (LEO, "Officials in Berlin said a decision on sending Leopard tanks to Ukraine was close.", "none"),
    (LEO, "A decision on delivering Leopard tanks to Kyiv has not yet been taken, Scholz said.", "none"),
    (LEO, "The decision to send Leopard tanks to Ukraine has been taken, Scholz said.", "supplies"),
    (LEO, "Germany made the decision on Monday to send Leopard tanks to Ukraine.", "supplies"),
    (LEO, "Germany has decided against sending Leopard tanks to Ukraine.", "refrains"),
]

# "The administration has proposed sales of Tomahawk missiles to Japan": the actor named as the recipient
# right after the goods is the buyer, never the supplier arming the target named in the sentence before. A
# request addressed to the actor, the actor selling to the target, or to a third country keep their readings.
ACTOR_AS_BUYER = [
    (JP, ("Kishida discussed Ukraine with American officials on Monday. The administration has proposed sales "
          "of Tomahawk missiles to Japan in recent years."), "none"),
    (JP, ("Kishida discussed Ukraine with American officials on Monday. The government approved the transfer "
          "of Patriot interceptors to Japan last year."), "none"),
    (JP, ("Kishida discussed Ukraine on Monday. The administration has proposed sales of Tomahawk missiles "
          "to Ukraine."), "supplies"),
    (JP, "Japan has delivered air-defence missiles to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan has delivered air-defence missiles to Japan's partners in Europe.", "none"),
]

# '"Let me be clear: we are not sending weapons."': a capitalised verb opening a sentence before "me" or "us"
# is an imperative, never a name that could be the agent of the clause after the colon. A named agent there,
# or an affirmative clause, keep their readings.
IMPERATIVE_OPENING = [
    (JP, "Kishida was asked about Ukraine. \"Let me be very clear: we are not sending weapons to Ukraine.\"",
     "refrains"),
    (JP, "Kishida was asked about Kyiv. \"Let us be honest with you: we will not send arms to Ukraine.\"",
     "refrains"),
    (JP, "\"Let me be clear: we are sending weapons to Ukraine,\" Kishida said.", "supplies"),
    (JP, "Kishida was asked about Ukraine. \"Let me be clear: Poland is sending weapons to Ukraine.\"", "none"),
]

# "part of a weapons package (that) the United Arab Emirates agreed in June to provide to …": a relative on a
# supply noun with the object in front of it ("weapons package"), its subject a name with its article, and a
# date between the commitment and its infinitive, still makes the relative's subject the supplier. Another
# supplier, another recipient or a modal keep their readings.
PACKAGE_RELATIVE = [
    (JP, "The rifles are part of a weapons package that Japan agreed in June to provide to Ukraine.", "supplies"),
    (JP, "The trucks are the first batch of a weapons package Japan agreed last month to provide to Ukraine.",
     "supplies"),
    (JP, "These are weapons that Japan agreed on Monday to provide to Ukraine.", "supplies"),
    (LEO, "The tanks are part of a package the Netherlands agreed in March to provide to Ukraine.", "none"),
    (JP, "The rifles are part of a weapons package that Britain agreed in June to provide to Ukraine.", "none"),
    (JP, "The rifles are part of a weapons package that Japan agreed in June to provide to Poland.", "none"),
    (JP, "The rifles are part of a weapons package that Japan could provide to Ukraine.", "reconsider"),
]

# "Kyiv's request for military equipment, including rifles and mortars, was on the table": an inclusion list
# between commas inside the subject leaves the subject's own verb after it. A refusal, another party's
# discussion, or a supply verb of the actor keep their readings.
INCLUSION_IN_SUBJECT = [
    (JP, ("Japan's ambassador said that Kyiv's request for military equipment, including rifles and mortars, "
          "was on the table."), "reconsider"),
    (JP, ("Kyiv's request for military equipment, including artillery shells, is being studied in Tokyo, "
          "Kishida said."), "reconsider"),
    (JP, "Ukraine's request for military equipment, including rifles, has been rejected, Kishida said.", "refrains"),
    (JP, "Japan sent military equipment, including rifles and mortars, to Ukraine.", "supplies"),
    (JP, ("Ukraine's request for military equipment, including rifles, was discussed by the ministers of "
          "Egypt."), "none"),
]

# "was considering options to help Ukraine, and sending the tanks was among them": "among them" after a supply
# subject, with options named before in the sentence, makes the supply one of those options. Another party's
# options, a negated membership, or goods "among them" after a delivery keep their readings.
AMONG_THE_OPTIONS = [
    (LEO, ("The government said Berlin was weighing several options to help Kyiv, and that sending Leopard tanks "
           "to Ukraine was among them."), "reconsider"),
    (LEO, ("Scholz will discuss Leopard tanks with Zelensky. The chancellor is considering \"the full range\" of "
           "options, and delivering the tanks to Ukraine is among them, his spokesman said."), "reconsider"),
    (LEO, ("Berlin said it was weighing several options, and that sending Leopard tanks to Ukraine was not "
           "among them."), "refrains"),
    (LEO, ("The government said Paris was weighing several options, and that sending Leopard tanks to Ukraine "
           "was among them."), "none"),
]

# "could consider supporting Ukraine's army, including with weapons", "helped Kyiv with shells": supporting or
# helping a party with goods gives them to it, like "supplying it with"; money or training is no weapon, and
# another supporter, another recipient or a negation keep their readings.
SUPPORTED_WITH = [
    (JP, "Japan could consider supporting Ukraine's army, including with weapons, Kishida said.", "reconsider"),
    (JP, "Japan will support Ukraine with artillery shells this winter, Kishida said.", "supplies"),
    (JP, "Japan has helped Kyiv with ammunition since the spring.", "supplies"),
    (JP, "Japan will not support Ukraine with weapons, Kishida said.", "refrains"),
    (JP, "Japan will support Ukraine with money and training, Kishida said.", "none"),
    (JP, "Poland will support Ukraine with weapons, its president said.", "none"),
    (JP, "Japan will support Indonesia with weapons, Kishida said.", "none"),
]

CASES = (TOPIC_NOUN_SUBJECT + DECISION_ON_SUPPLYING + ACTOR_AS_BUYER + IMPERATIVE_OPENING + PACKAGE_RELATIVE
         + INCLUSION_IN_SUBJECT + AMONG_THE_OPTIONS + SUPPORTED_WITH)

test_holdout70_classes, test_holdout70_table_is_complete = reading_tests(CASES, minimum=43)
