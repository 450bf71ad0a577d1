"""The reading classes the sixty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks), none of
which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "has not changed its policy of not sending arms": the outer negation falls on the change of the policy, so
# the policy's own negation alone decides; the refusal holds, no double negation opens it. Another party's
# policy, a change that may come, or a policy that is weighed keep their reading.
UNCHANGED_POLICY = [
    (JP, "Japan has not changed its policy of not sending arms to Ukraine, Kishida told parliament.", "refrains"),
    (ISR, "Berlin has not altered its stance of not approving arms exports to Israel, a spokesman said.", "refrains"),
    (ISR, "Germany had not revised its position of not exporting weapons to Israel, Merz said on Monday.",
     "refrains"),
    (JP, "Russia has not changed its policy of not sending arms to Ukraine, the Kremlin said.", "none"),
    (JP, "Japan may change its policy of not sending arms to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan has not changed its policy of not sending arms to Ukraine but is reviewing it, Kishida said.",
     "reconsider"),
    (JP, "Japan has not ruled out sending arms to Ukraine, Kishida said.", "reconsider"),
]

# 'Asked whether …, he said: "Today it is not possible, and the cabinet has no plan to do it."': two
# clauses with subjects of their own answer side by side; each negation is its own clause's, so they agree on a
# refusal instead of folding into a double negation. A clause about another party answers nothing; clauses that
# disagree, or one answer with no second clause, keep their reading.
COORDINATED_ANSWERS = [
    (JP, ('Asked whether Japan would send arms to Ukraine, Kishida said: "Today it is not possible, and the '
          'cabinet has no plan to do it."'), "refrains"),
    (LEO, ("Asked whether Berlin could send Leopard tanks to Kyiv, Scholz said it was not possible and the "
           "government had no plan to do so."), "refrains"),
    (JP, ('Asked whether Japan would send arms to Ukraine, Kishida said: "That is not possible, and Moscow has '
          'no intention of ending the war."'), "refrains"),
    (JP, ('Asked whether Japan would send arms to Ukraine, Kishida said: "That is possible, and Moscow has no '
          'intention of ending the war."'), "reconsider"),
    (JP, ('Asked whether Japan would send arms to Ukraine, Kishida said: "That is not possible at the moment, '
          'and the government has not ruled it out."'), "reconsider"),
    (JP, "Asked whether Japan would send arms to Ukraine, Kishida said no decision had been made.", "reconsider"),
    (JP, "Asked whether Japan would send arms to Ukraine, Kishida said he had not ruled it out.", "reconsider"),
]

# 'A reporter asked Prime Minister Fumio Kishida whether … . "We have no such intention for now," Kishida
# replied.': a quoted reply closed by the surname of the actor's speaker answers the question before it,
# as ", he replied" does; the one asked may carry a title. A reply closed by another party's name, or one asked
# who is not the actor's, is no answer; "will not comment" answers nothing.
NAMED_REPLY = [
    (JP, ('At a briefing on Friday, a reporter asked Prime Minister Fumio Kishida whether Japan could send arms to '
          'Ukraine.\n\n"We have no such intention for now," Kishida replied.'), "refrains"),
    (JP, ('At a briefing on Friday, a reporter asked Prime Minister Fumio Kishida whether Japan could send arms to '
          'Ukraine.\n\n"We are looking into it carefully," Kishida replied.'), "reconsider"),
    (JP, ('At a briefing on Friday, a reporter asked Prime Minister Fumio Kishida whether Japan could send arms to '
          'Ukraine.\n\n"We have no such intention for now," Zelensky replied.'), "none"),
    (JP, ('At a briefing on Friday, a reporter asked Dmitry Peskov whether Japan could send arms to Ukraine.'
          '\n\n"We have no such intention for now," Peskov replied.'), "none"),
    (JP, ('At a briefing on Friday, a reporter asked Prime Minister Fumio Kishida whether Japan could send arms to '
          'Ukraine.\n\n"I will not comment on that," Kishida replied.'), "none"),
]

CASES = UNCHANGED_POLICY + COORDINATED_ANSWERS + NAMED_REPLY


test_reads, test_enough_cases = reading_tests(CASES, minimum=19)
