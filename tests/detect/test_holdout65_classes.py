"""The reading classes the sixty-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "Japan's defence export agency has informed the companies": a trade noun modifying a body or a rule ("export
# agency", "sales office", "export rules") names that body; the sentence reports no supply, so it cannot outweigh
# a halt reported before it. The trade itself ("arms exports to Israel continue") and a body that approves a
# delivery keep their reading.
TRADE_NAMES_A_BODY = [
    (JP, ("Japan has decided to halt weapons exports to Ukraine, officials said. For years Japan was a major "
          "supplier of arms to Kyiv, selling it rifles and radars. Japan's defence export agency has informed "
          "the companies concerned, the officials said."), "refrains"),
    (ISR, ("Germany has decided to suspend arms deliveries to Israel, the ministry said. For decades Germany was a "
           "leading supplier of weapons to Israel. Germany's arms export office has written to the firms "
           "involved."), "refrains"),
    (JP, "Japan's defence export agency has approved arms deliveries to Ukraine, officials said.", "supplies"),
    (ISR, "Germany's arms exports to Israel continue, the ministry said.", "supplies"),
    (JP, "Japan's arms export to Ukraine was approved by the cabinet on Monday.", "supplies"),
]

# "The question is not whether Japan can afford to send weapons": a negated copula before "whether" denies that
# the embedded question is the issue; it states no position on the supply. A negation inside the clause, a
# negated decision about the question, or a "whether or not" adjunct keeps its reading.
NOT_WHETHER = [
    (JP, "The question is not whether Japan can afford to send weapons to Ukraine.", "none"),
    (ISR, "The problem is not whether Berlin can afford to send weapons to Israel.", "none"),
    (JP, "The issue isn't whether Japan will send weapons to Ukraine, a columnist wrote.", "none"),
    (JP, "Japan cannot afford to send weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan has not yet decided whether to send weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan will not send weapons to Ukraine, whether or not the war ends.", "refrains"),
    (ISR, "Merz said Germany was not sending weapons to Israel.", "refrains"),
]

# "Abrams tanks are not part of the United States' support to Ukraine": an article before a possessive name is
# the same determiner as a bare possessive ("not part of Japan's aid"), so the goods left out of what is given
# are withheld. Without the negation, or with what is not given as aid (an assessment), no refusal.
POSSESSIVE_AFTER_ARTICLE = [
    (JP, "Weapons are not part of the Japanese government's aid to Ukraine, the spokesman said.", "refrains"),
    ("us-abrams-ukraine", "Abrams tanks are not part of the United States' support to Ukraine.", "refrains"),
    (JP, "Weapons are not part of Japan's support to Ukraine, the spokesman said.", "refrains"),
    ("us-abrams-ukraine", "Abrams tanks are part of the United States' support to Ukraine.", "none"),
    ("us-abrams-ukraine", "Abrams tanks are not part of the Pentagon's assessment, officials said.", "none"),
]

# '"It is being carefully reviewed," the spokesperson said': a manner adverb in -ly between the passive
# auxiliary and its participle leaves the participle the clause's verb, for a weighing as for a supply. Another
# party's speaker keeps the weighing its own; a negation keeps the refusal.
ADVERB_IN_PASSIVE = [
    (JP, 'Ukraine has asked Japan for weapons. "It is being carefully reviewed in Tokyo," Kishida said.',
     "reconsider"),
    (JP, ('Ukraine has asked Japan for weapons. "The request is being thoroughly reviewed," a spokesperson for the '
          'Japanese embassy said.'), "reconsider"),
    (JP, 'Ukraine has asked Japan for weapons. "It is being carefully reviewed in Moscow," a Russian spokesperson '
         'said.', "none"),
    (JP, "Japanese weapons are being quietly delivered to Ukraine, Kishida said.", "supplies"),
    (JP, "Japanese weapons are not being quietly delivered to Ukraine, Kishida said.", "refrains"),
]

# "A company delivered … under a contract approved by the Japanese defence ministry": a participle of permitting
# whose agent is the actor licenses the company's supply, the actor's own (like "with Berlin's approval"). Another
# approver, another recipient, no approval, or another party reporting it keep their reading.
LICENSED_BY_ACTOR = [
    (JP, ("Mitsubishi Heavy Industries has delivered weapons to Ukraine under a contract approved by the Japanese "
          "defence ministry."), "supplies"),
    (ISR, "Rheinmetall has shipped arms to Israel under export licences authorised by Berlin.", "supplies"),
    (JP, ("Mitsubishi Heavy Industries has delivered weapons to Ukraine under a contract approved by the Korean "
          "government."), "none"),
    (JP, "Mitsubishi Heavy Industries has delivered weapons to Poland under a contract approved by Japan.", "none"),
    (JP, "Mitsubishi Heavy Industries has delivered weapons to Ukraine.", "none"),
    (JP, ("Russia says Mitsubishi Heavy Industries has delivered weapons to Ukraine under a contract approved by "
          "Japan."), "none"),
    (JP, ("Mitsubishi Heavy Industries has not delivered weapons to Ukraine under the contract approved by Japan."),
     "refrains"),
]

# "In January the cabinet halted all exports": a simple-past stop dated by a leading month is the same history as
# "halted all exports in January"; a present review of that halt decides. A halt reported now and an undated one
# keep their refusal.
LEADING_DATE_HALT = [
    (ISR, ("Germany is reviewing its suspension of arms exports to Israel, Merz said on Wednesday. In January the "
           "cabinet halted all arms exports to Israel."), "reconsider"),
    (JP, ("Japan is re-examining its freeze on weapons deliveries to Ukraine, Kishida said. In spring the cabinet "
          "suspended all weapons deliveries to Ukraine."), "reconsider"),
    (ISR, "The cabinet halted all arms exports to Israel in January.", "none"),
    (ISR, "In January the cabinet halted all arms exports to Israel.", "none"),
    (ISR, ("Germany is reviewing its suspension of arms exports to Israel, Merz said on Wednesday. The cabinet has "
           "now halted all arms exports to Israel."), "refrains"),
]

CASES = TRADE_NAMES_A_BODY + NOT_WHETHER + POSSESSIVE_AFTER_ARTICLE + ADVERB_IN_PASSIVE + LICENSED_BY_ACTOR + \
    LEADING_DATE_HALT


test_reads, test_enough_cases = reading_tests(CASES, minimum=34)
