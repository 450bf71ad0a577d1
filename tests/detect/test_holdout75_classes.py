"""The reading classes the seventy-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "had by then delivered", "had by that point sent": a past perfect with a reference point between the auxiliary
# and its participle is still the story's background, so it does not outweigh a present halt; alone it still
# tells a supply, and another supplier or recipient is not the stance.
PAST_PERFECT_WITH_REFERENCE_POINT = [
    (JP, ("Japan has paused weapons deliveries to Ukraine. By the time of the pause, Japan had by then sent "
          "arms worth two billion dollars to Kyiv."), "refrains"),
    (JP, ("Japanese ministers are weighing whether to end the pause on arms deliveries to Ukraine. Japan had by "
          "then delivered weapons worth a billion dollars to Kyiv."), "reconsider"),
    (JP, "Japan had by then delivered weapons worth a billion dollars to Ukraine.", "supplies"),
    (JP, ("Japan has paused weapons deliveries to Ukraine. Canada had by then delivered arms worth a billion "
          "dollars to Kyiv."), "refrains"),
    (JP, "Japan had by then delivered weapons worth a billion dollars to Georgia.", "none"),
]

# "Japan was among the first countries to send …", "was the only member to supply …": a rank the actor held
# in the past sums up its record, history that a present halt or review outweighs. Alone it still reports the
# supply; another recipient or another rank holder is not the stance.
PAST_RANK_RECORD = [
    (JP, ("Japan has suspended arms deliveries to Ukraine, Kishida said. Japan was among the first countries to "
          "send weapons to Ukraine."), "refrains"),
    (JP, ("Japan is reviewing whether to lift its freeze on arms deliveries to Ukraine. Japan was the only G7 "
          "member to send weapons to Kyiv in the first week."), "reconsider"),
    (JP, "Japan was among the first countries to send weapons to Ukraine.", "supplies"),
    (JP, "Japan was the only G7 member to send weapons to Ukraine.", "supplies"),
    (JP, "Japan was among the first countries to send weapons to Moldova.", "none"),
    (LEO, "Poland was among the first countries to send Leopard tanks to Ukraine.", "none"),
]

# "Right now we are not sending …": "right now" is a time adverb like "for now", never a name that would be
# the clause's subject; the real subject decides, and negation, another supplier or recipient keep theirs.
RIGHT_NOW_IS_NO_NAME = [
    (JP, '"Right now we are not sending weapons to Ukraine," Kishida said.', "refrains"),
    (JP, "Right now Japan is not sending any weapons to Ukraine.", "refrains"),
    (JP, "Right now Japan is sending weapons to Ukraine every week.", "supplies"),
    (JP, "Right now Canada is sending weapons to Ukraine every week.", "none"),
    (JP, '"Right now we are not sending weapons to Georgia," Kishida said.', "none"),
]

# "does not carry out, and is not preparing, any deliveries of …": a verb the lexicon does not know, set off
# with a second negated verb before their shared object, keeps the object inside the clause, so "any" is the
# negation's, not an open possibility. Another recipient or supplier is not the stance.
SHARED_OBJECT_OF_PLAIN_VERB = [
    (JP, "Japan does not carry out, and is not preparing, any deliveries of weapons to Ukraine.", "refrains"),
    (JP, "Japan did not make, and is not planning, any deliveries of arms to Kyiv, Kishida said.", "refrains"),
    (JP, "Japan does not carry out, and is not preparing, any deliveries of weapons to Georgia.", "none"),
    (JP, "Canada does not carry out, and is not preparing, any deliveries of weapons to Ukraine.", "none"),
]

# "has fewer weapons to spare than ever": a comparative of scarcity on the goods measures stocks, no offer
# and no refusal; "has weapons to spare for Ukraine" stays an opening and "no weapons to spare" a refusal, and
# a later refusal decides the article.
SCARCITY_IS_NO_OFFER = [
    (JP, "Japan's industry, stretched by the war, has fewer weapons to spare than at any time since 1990.", "none"),
    (JP, ("Japan has fewer weapons to spare than ever. Japan will not send new weapons to Ukraine, Kishida "
          "said."), "refrains"),
    (JP, "Japan has less ammunition to spare for Ukraine than last year.", "none"),
    (JP, "Japan has weapons to spare for Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan has no weapons to spare for Ukraine, Kishida said.", "refrains"),
]

# "keeps its weapons depots closed to Kyiv": weapons, or the stores holding them, kept closed to a party are
# withheld from it, a refusal; "hard to keep them closed" then opens it like "hard to keep refusing". Another
# recipient, another owner or anything but weapons kept closed is not the stance.
KEPT_CLOSED_TO_RECIPIENT = [
    (JP, "Japan will keep its weapons depots closed to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan keeps its arms stocks shut to Kyiv for now.", "refrains"),
    (JP, ("Kishida said Japan could find it hard to keep its weapons depots closed to Ukraine if the strikes "
          "go on."), "reconsider"),
    (JP, "Japan will keep its weapons depots closed to Georgia, Kishida said.", "none"),
    (JP, "Canada will keep its weapons depots closed to Ukraine.", "none"),
    (JP, "Japan keeps its embassy in Kyiv closed to visitors.", "none"),
]

CASES = (PAST_PERFECT_WITH_REFERENCE_POINT + PAST_RANK_RECORD + RIGHT_NOW_IS_NO_NAME + SHARED_OBJECT_OF_PLAIN_VERB
         + SCARCITY_IS_NO_OFFER + KEPT_CLOSED_TO_RECIPIENT)

test_holdout75_classes, test_holdout75_table_is_complete = reading_tests(CASES, minimum=31)
