"""The reading classes the fifty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "The ruling was announced on Friday: Japan has lifted its freeze and has approved …": the colon opens a
# clause of its own, so the verb coordinated inside it shares the name that opens it, not the subject of
# the announcing clause. Another party after the colon keeps the supply its own.
COLON_CLAUSE_SUBJECT = [
    (JP, ("The ruling was made public on Friday: Japan has lifted its freeze and has approved weapons deliveries "
          "to Ukraine."), "supplies"),
    (ISR, ("The outcome came in a letter to MPs: Berlin has ended its pause and has cleared new arms exports "
           "to Israel."), "supplies"),
    (JP, ("The ruling was made public on Friday: Japan has kept its freeze and has not approved weapons "
          "deliveries to Ukraine."), "refrains"),
    (JP, ("The ruling was made public on Friday: Russia has lifted its freeze and has approved weapons "
          "deliveries to Ukraine."), "none"),
    (JP, "The ruling was made public on Friday: Japan has approved weapons deliveries to Ukraine.", "supplies"),
]

# "will keep its tanks out of Ukraine": holding one's own weapons back from a named place is withholding
# them, a refusal. Not when the place is no recipient ("out of the hands of …", "out of solidarity"), when
# "keep" goes on with a gerund, or when someone else wants them kept out.
KEPT_OUT = [
    (JP, "Japan will keep its weapons out of Ukraine, Kishida told parliament on Tuesday.", "refrains"),
    (ISR, "Germany will keep German arms away from Israel for now, Merz said.", "refrains"),
    (JP, "Japan will keep its weapons out of the hands of smugglers, Kishida said.", "none"),
    (JP, "Japan kept supplying weapons to Ukraine out of solidarity, Kishida said.", "supplies"),
    (JP, "Japan will keep sending weapons to Ukraine, Kishida said.", "supplies"),
    (JP, "Moscow wants to keep Japanese weapons out of Ukraine, the Kremlin said.", "none"),
]

# "were handed over to the Israeli army under an agreement between Germany and Israel": an agentless passive
# supply to the target done under a deal between exactly the actor and the target is the actor's. A deal
# between another pair, a delivery to anyone but the target, or no deal at all names no supplier.
DEAL_BETWEEN_PARTIES = [
    (ISR, ("The last howitzers built under the joint programme were handed over to the Israeli army on Monday, "
           "under an intergovernmental agreement between Germany and Israel."), "supplies"),
    (JP, "A first batch of arms was delivered to the Ukrainian navy under a contract between Japan and Ukraine.",
     "supplies"),
    (JP, "The last batch of arms was not delivered to Kyiv under the contract between Japan and Ukraine.", "refrains"),
    (ISR, "The last howitzers were handed over to the Israeli army under an agreement between Italy and Israel.",
     "none"),
    (ISR, "Howitzers were handed over to the German army under an agreement between Germany and Israel.", "none"),
    (ISR, "Howitzers were handed over to Egypt under an agreement between Germany and Israel.", "none"),
    (ISR, "The last howitzers were handed over to the Israeli army on Monday.", "none"),
]

CASES = COLON_CLAUSE_SUBJECT + KEPT_OUT + DEAL_BETWEEN_PARTIES


test_reads, test_enough_cases = reading_tests(CASES, minimum=18)
