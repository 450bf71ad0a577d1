"""The reading classes the thirtieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Netherlands · F-16, Germany ·
Leopard, Sweden · Archer, UK · Challenger 2), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, NL, LEO, ARCHER, CHAL = ("jp-arms-ukraine", "de-arms-israel", "nl-f16-ukraine", "de-leopard-ukraine",
                                  "se-archer-ukraine", "uk-challenger-ukraine")

# "will not be given to Kyiv", "have been given": the participle of "give" after an auxiliary is a supply
# verb; "given" standing alone is the preposition, and the recipient as subject is no supplier.
GIVEN_PARTICIPLE = [
    (NL, "\"The F-16s will not be given to Ukraine,\" Rutte said.", "refrains"),
    (LEO, "Leopard 2 tanks have been given to Ukraine by Germany, Pistorius said.", "supplies"),
    (LEO, "Given the risks, Pistorius said the Leopard 2 question was closed for now.", "none"),
    (LEO, "Ukraine has been given Leopard 2 tanks by Poland.", "none"),
    (JP, "Kishida said no Japanese weapons had been given to Ukraine.", "refrains"),
    (JP, "Japan's cabinet will examine whether weapons can be given to Ukraine.", "reconsider"),
]

# "Our own batteries will not be given away", "the handover of such a system": in a story about the system,
# the speaker's "our" and "such a" pick out the system named before, like "its own" and "the".
POSSESSED_ECHO = [
    (LEO, ("Germany has many Leopard 2 tanks in storage. \"Our own tanks will not be handed over to Ukraine,\" "
           "Pistorius said."), "refrains"),
    (LEO, ("Germany has many Leopard 2 tanks in storage. \"The handover of such a tank to Ukraine is not planned,\" "
           "Pistorius said."), "refrains"),
    (LEO, "Germany has many Leopard 2 tanks in storage. Our tanks are old, a retired general wrote.", "none"),
]

# "will keep all of its tanks on its own territory / at home", "the tanks stay at home": keeping the object
# at home withholds it. Who keeps decides; "keep sending" is still going on with the supply.
KEPT_AT_HOME = [
    (LEO, "Germany will keep all of its Leopard 2 tanks on its own territory, the defence ministry said.", "refrains"),
    (CHAL, "Britain will keep its Challenger 2 tanks at home, Wallace said.", "refrains"),
    (CHAL, "Ukraine will keep its Challenger 2 tanks at home for now.", "none"),
    (LEO, "Germany will keep sending Leopard 2 tanks to Ukraine, Pistorius said.", "supplies"),
    (CHAL, "The Challenger 2 tanks stay at home, Wallace said.", "refrains"),
    (CHAL, "The Challenger 2 tanks will not stay at home, Wallace said.", "reconsider"),
    (CHAL, "Ukraine's Challenger 2 tanks will remain on its territory.", "none"),
]

# "kept tight controls on exports of drone parts": a noun of oversight over a supply noun regulates the
# trade; it reports no supply. The supply said outright still counts.
OVERSIGHT_NOUN = [
    (JP, "Tokyo said it kept strict controls on exports of drone parts.", "none"),
    (ISR, "Germany said it has tight controls on the export of weapons to Israel.", "none"),
    (ISR, "Merz said Germany had never sold weapons to Israel and that it kept tight controls on exports of drone parts.",
     "refrains"),
    (ISR, "Germany said it exports weapons to Israel.", "supplies"),
    (ISR, "Germany has tightened restrictions on exports of weapons to Israel.", "refrains"),
]

# "The question of whether Japan should send weapons is under review": the noun "question" opening the
# sentence is an open question like "Whether …", decided by its own predicate; a "should" inside a weighed
# "whether" is deliberation, not advice. A reporter's question, or a writer's "should", stays no position.
OPEN_QUESTION = [
    (JP, "The question of whether Japan should send weapons to Ukraine is under review, Kishida said.", "reconsider"),
    (JP, "Japan is studying whether it should supply weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "The question of whether Japan should send weapons to Ukraine was raised by reporters.", "none"),
    (JP, "Questioned by reporters about whether Japan could send weapons to Ukraine, Kishida said he would not speculate.",
     "none"),
    (JP, "Japan should send weapons to Ukraine, the editorial said.", "none"),
]

# "is being analysed", "we are examining it", "I am not excluding it": verbs of weighing and refusing with
# the option as "it" after a question that names it.
WEIGHING_VERBS = [
    (NL, "A transfer of F-16s to Ukraine is being analysed by the Dutch government, Rutte said.", "reconsider"),
    (JP, ("Fumio Kishida has been Japan's prime minister since 2021. The Tokyo Herald spoke to him.\n"
          "Q: Kyiv wants weapons. Will Japan send them?\nA: I am not excluding it. We are examining it carefully."),
     "reconsider"),
    (JP, ("Fumio Kishida has been Japan's prime minister since 2021. The Tokyo Herald spoke to him.\n"
          "Q: Kyiv wants weapons. Will Japan send them?\nA: We will not send weapons."), "refrains"),
]

# "Sweden's Archer howitzers … whether it can part with one howitzer": a stance name that carries its
# noun makes that noun's plurals the system, and a counted singular after a supply verb refers back;
# "part with" is giving up what one holds.
COUNTED_SYSTEM = [
    (ARCHER, ("Sweden has a few dozen Archer howitzers. Officials said the government is evaluating whether it can "
              "part with one howitzer."), "reconsider"),
    (ARCHER, "Sweden has a few dozen Archer howitzers. The army bought two howitzers from Finland last year.", "none"),
    (ARCHER, "Sweden has a few dozen Archer howitzers. Finland has given two howitzers to Ukraine.", "none"),
]

# "Taro Yamada is a deputy minister of defence of Japan": a title whose "of" phrase names the actor makes
# the person the actor's speaker (an interviewee too); another country's official, or a former one, is not.
TITLE_OF_ACTOR = [
    (JP, ("Taro Yamada is a deputy minister of defence of Japan. He spoke to the Tokyo Herald.\n"
          "Q: Will you send weapons to Ukraine?\nA: We are examining the request."), "reconsider"),
    (JP, ("Ivan Petrov is a deputy minister of defence of Russia. He spoke to the Tokyo Herald.\n"
          "Q: Will Japan send weapons to Ukraine?\nA: They are examining the request."), "none"),
]

# "Q: Has Japan begun sending weapons to Ukraine? A: Yes.": a bare "yes" asserts the yes/no question before
# it, in the mouth of the one who answers; from another party it stays that party's word.
YES_ANSWER = [
    (JP, ("Taro Yamada is a deputy minister of defence of Japan. He spoke to the Tokyo Herald.\n"
          "Q: Has Japan begun sending weapons to Ukraine?\nA: Yes. The first shipment left in March."), "supplies"),
    (JP, ("Taro Yamada is a deputy minister of defence of Japan. He spoke to the Tokyo Herald.\n"
          "Q: Could Japan send weapons to Ukraine?\nA: Yes."), "reconsider"),
    (JP, ("Ivan Petrov is a deputy minister of defence of Russia. He spoke to the Tokyo Herald.\n"
          "Q: Has Japan begun sending weapons to Ukraine?\nA: Yes."), "none"),
    (JP, ("Taro Yamada is a deputy minister of defence of Japan. He spoke to the Tokyo Herald.\n"
          "Q: Has Japan begun sending weapons to Ukraine?\nA: No. We send only humanitarian aid."), "refrains"),
]

# "Earlier this month, after talks in Brussels, Japan's minister said the request was "under careful review"":
# "earlier this month" dates the news like "this month"; a possessive after the opening phrase's comma opens
# the subject (the place is listed with no one); a quotation opening after the copula leaves the predicate
# to decide; "earlier this year" is still the story's past.
DATED_NEWS_AND_QUOTED_PREDICATE = [
    (JP, ("Earlier this month, after talks in Brussels, Japan's defence minister said a Ukrainian request for "
          "weapons was under careful review."), "reconsider"),
    (JP, ("Earlier this year, Japan's defence minister said a Ukrainian request for weapons was under careful review. "
          "Japan will not send weapons to Ukraine, Kishida said on Monday."), "refrains"),
    (ISR, "Merz said an Israeli request for weapons was \"under careful review\".", "reconsider"),
    (ISR, "Merz said an Israeli request for weapons was \"unhelpful\".", "none"),
]

# "decided against giving …, the minister said. "We analysed it with our partners."": a weighing of "it"
# told in the past beside a decision against is the review that decision closed; one that goes on ("we
# are looking at it again") keeps the option open.
CLOSED_REVIEW = [
    (NL, ("The Netherlands has decided against giving Ukraine more F-16s, Rutte said on Monday. "
          "\"We analysed it with our partners in good faith.\""), "refrains"),
    (NL, ("The Netherlands has decided against giving Ukraine more F-16s, Rutte said on Monday. "
          "\"We are analysing it again with our partners.\""), "reconsider"),
]

# 'will look at "the conditions under which Japan could provide …"': a quotation opening on the plan-like noun
# leaves the verb before it to decide the content clause; a plan merely floated stays a hypothetical.
QUOTED_PLAN_CONTENT = [
    (JP, ("Japan's cabinet will look at \"the conditions under which Japan could provide weapons to Ukraine,\" the "
          "statement said."), "reconsider"),
    (JP, "Opposition lawmakers floated \"a plan under which Japan could provide weapons to Ukraine.\"", "none"),
]

CASES = (GIVEN_PARTICIPLE + POSSESSED_ECHO + KEPT_AT_HOME + OVERSIGHT_NOUN + OPEN_QUESTION + WEIGHING_VERBS +
         COUNTED_SYSTEM + TITLE_OF_ACTOR + YES_ANSWER + DATED_NEWS_AND_QUOTED_PREDICATE + CLOSED_REVIEW +
         QUOTED_PLAN_CONTENT)

test_reads, test_enough_cases = reading_tests(CASES, minimum=46)
