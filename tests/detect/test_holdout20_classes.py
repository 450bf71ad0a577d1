"""The reading classes the twentieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Israel · weapons,
Portugal · weapons), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, IL, PT = "jp-arms-ukraine", "de-arms-israel", "il-arms-ukraine", "pt-arms-ukraine"

# "Japan's neighbour South Korea", "Germany's ally France", "Portugal's partners": a possessed noun of
# relation names another party, never the possessor, as subject or recipient ("to Ukraine's neighbour
# Poland"); "Japan's defence ministry" stays the actor, "Ukraine's armed forces" the target.
RELATION_NOUNS = [
    (JP, "Japan's neighbour South Korea has already shipped artillery shells to Ukraine.", "none"),
    (ISR, "Germany's ally France has delivered missiles to Israel, officials said.", "none"),
    (PT, "Portugal's partners have sent tanks to Ukraine this year.", "none"),
    (JP, "Japan's partner, Australia, has shipped missiles to Ukraine.", "none"),
    (JP, "Japan has shipped missiles to Ukraine's neighbour Poland, Kishida said.", "none"),
    (JP, "Japan has shipped missiles to Ukraine's armed forces, Kishida said.", "supplies"),
    (JP, "Japan's defence ministry has shipped artillery shells to Ukraine.", "supplies"),
    (ISR, "Germany's economy ministry has approved the export of missiles to Israel.", "supplies"),
]

# "claim, without offering evidence, that …": an adjunct between commas after a reporting verb leaves the
# "that" clause its complement, so the claim stays the claimant's; the actor's own speaker still speaks.
ADJUNCT_BEFORE_THAT = [
    (ISR, "Several opposition lawmakers claim, without offering evidence, that Germany secretly armed Israel.", "none"),
    (JP, "Russian officials said, citing intelligence reports, that Japan was shipping shells to Ukraine.", "none"),
    (PT, "Critics allege, in a letter to parliament, that Portugal has sent rifles to Ukraine.", "none"),
    (JP, "Kishida said, speaking in Osaka, that Japan would not send weapons to Ukraine.", "refrains"),
    (JP, "Kishida said, speaking in Osaka, that Japan was weighing sending weapons to Ukraine.", "reconsider"),
]

# "revoked / rescinded / annulled the licences (it granted) for …": undoing a permission is a walk-back like
# "cancelled"; renewing it supplies, weighing the revocation opens the question.
REVOKING = [
    (ISR, "Germany has revoked the licences it issued in March for the export of tank parts to Israel.", "refrains"),
    (PT, "Portugal rescinded the permits for rifle exports to Ukraine on Monday, the defence minister said.",
     "refrains"),
    (IL, "Israel has annulled the contract for the sale of missiles to Ukraine, Netanyahu said.", "refrains"),
    (ISR, "Germany has renewed the licences it issued in March for the export of tank parts to Israel.", "supplies"),
    (PT, "Portugal is considering revoking the permits for rifle exports to Ukraine.", "reconsider"),
]

# '"The shells are being delivered to Ukraine," he told lawmakers' right after a sentence whose subject is
# the actor's speaker: "he" is that speaker, so the agentless passive is the actor's word. After another
# party, an outsider or someone the stance does not know, "he" / "she" is not.
PRONOUN_SPEAKER_PASSIVE = [
    (JP, ('Kishida said the cabinet had approved the shipment. "The shells are being delivered '
          'to Ukraine in two batches," he told lawmakers.'), "supplies"),
    (PT, ('Nuno Melo confirmed the contract on Monday. "The rifles are being delivered to Ukraine this month. '
          'The first batch left Lisbon last week," he said.'), "supplies"),
    (JP, ('Russian foreign ministry spokeswoman Maria Zakharova spoke on Monday. "The shells are being delivered '
          'to Ukraine," she said.'), "none"),
    (JP, ('An opposition lawmaker spoke on Monday. "The shells are being delivered to Ukraine," she said.'), "none"),
    (JP, ('Japan approved the shipment. Taro Yamada of the Citizens Party criticised the decision. "The shells are '
          'being delivered to Ukraine in secret," he said.'), "none"),
    (JP, ('Kishida said the cabinet had met. "The shells could be delivered to Ukraine next year," he told '
          'lawmakers.'), "reconsider"),
]

# "approved for export by Japan's security council": a purpose between the participle and "by", and a body
# named with the actor's possessive, still name who approved the consignment that has been delivered.
APPROVED_FOR_EXPORT = [
    (JP, ("The first batch of artillery shells approved for export by Japan's security council has been "
          "delivered to Ukraine, the government confirmed on Friday."), "supplies"),
    (JP, ("The first batch of artillery shells approved for export by Korea's security council has been "
          "delivered to Ukraine, officials confirmed on Friday."), "none"),
    (ISR, ("The first consignment of missiles approved for export by Germany's security council could be "
           "delivered to Israel next month."), "reconsider"),
]

# '"we could look at it again"', '"we are looking into it"' after a question about the object: a weighing
# with "it" the object asked about; "looked at the map again" weighs nothing.
LOOK_AGAIN = [
    (JP, 'Kishida was asked about the shells for Ukraine. "If the law allows it, we could look at it again," he said.',
     "reconsider"),
    (ISR, 'Merz was asked about arms exports to Israel. "We are looking into it," he said.', "reconsider"),
    (JP, 'Kishida was asked about the shells for Ukraine. "We looked at the map again," he said.', "none"),
]

# "whether to resume military aid to Ukraine": the object of "resume / restart / continue" is resumed
# supplying; "military aid" still never yields `supplies` on its own.
RESUMED_OBJECT = [
    (JP, "The Japanese government is reviewing whether to resume military aid to Ukraine, Kishida said.",
     "reconsider"),
    (PT, "Portugal is weighing whether to restart military assistance to Ukraine, Nuno Melo said.", "reconsider"),
    (JP, "Japan will not resume military aid to Ukraine this year, Kishida said.", "refrains"),
    (JP, "Japan will continue military aid to Ukraine, Kishida said.", "none"),
    (PT, "Portugal will resume its weapons programme next year, Nuno Melo said.", "none"),
]

# "X was asked whether … . "…," he told the forum": a quoted reply closed by "he told …" answers the question
# like "he said"; another party's reply is not the actor's.
TOLD_REPLY = [
    (JP, 'Kishida was asked whether Japan would send weapons to Ukraine. "We are weighing a new package," he '
         'told the forum.', "reconsider"),
    (ISR, 'Merz was asked whether Germany would resume arms exports to Israel. "That has been ruled out," he told '
          'reporters in Berlin.', "refrains"),
    (JP, 'Peskov was asked whether Japan would send weapons to Ukraine. "They are weighing a new package," he '
         'told the forum.', "none"),
]

CASES = (RELATION_NOUNS + ADJUNCT_BEFORE_THAT + REVOKING + PRONOUN_SPEAKER_PASSIVE + APPROVED_FOR_EXPORT +
         LOOK_AGAIN + RESUMED_OBJECT + TOLD_REPLY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
