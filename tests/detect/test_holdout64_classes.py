"""The reading classes the sixty-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "delivered jets to Myanmar's army": a possessive naming another country as the owner of the receiving
# body makes that country the recipient, even when the target was named in the sentences before. The
# target's own body, or no possessor at all, keeps the reading.
POSSESSED_RECIPIENT = [
    (JP, "Japan has delivered six howitzers to Chad's armed forces, the defence ministry said.", "none"),
    (ISR, "Germany confirmed it had shipped air-defence systems to Egypt's military government.", "none"),
    (JP, "Japan has delivered six howitzers to Ukraine's armed forces, the defence ministry said.", "supplies"),
    (ISR, "Germany confirmed it had shipped air-defence systems to Israel's army.", "supplies"),
    (JP, "Japan has not delivered howitzers to Ukraine's armed forces, the defence ministry said.", "refrains"),
]

# "distanced itself from a lawmaker who said Tokyo would send …": the main clause disowns the words of
# the person a relative "who said" reports; they are nobody's position. Without the disowning verb, or
# when the actor's own leader is the one who said it, the report keeps its reading.
DISOWNED_REPORT = [
    (JP, ("The foreign ministry distanced itself on Monday from a senior MP who said Tokyo would hand weapons "
          "to Ukraine before winter."), "none"),
    (ISR, ("The chancellery corrected comments by a German diplomat who suggested that arms exports to Israel "
           "could resume next month."), "none"),
    (JP, "Kishida, who said Japan would send weapons to Ukraine this year, met Zelensky on Friday.", "supplies"),
    (ISR, "Germany has resumed arms exports to Israel, the chancellery said on Monday.", "supplies"),
    (JP, ("The foreign ministry distanced itself from a senior MP who said Tokyo would hand weapons to Ukraine, "
          "saying Japan will not send weapons to Ukraine."), "refrains"),
]

# "Poland has shipped drones to Japan, Seoul told lawmakers. The ministry confirmed …": the actor named only
# as a recipient ("to Japan") or as a passive's agent ("by Israeli crews") is no subject that "the ministry"
# of the next sentence stands for. Named as the subject, the actor still lends its body the next claim.
SALIENT_SUBJECT_ONLY = [
    (JP, ("Poland has shipped thousands of drones to Japan, officials in Seoul told lawmakers. The ministry "
          "confirmed it had delivered weapons to Ukraine."), "none"),
    (ISR, ("Most of the rockets fired at Gaza were launched by Israeli crews trained abroad, a report said. "
           "The ministry confirmed it had delivered arms to Israel."), "none"),
    (JP, ("Japan has shipped thousands of drones to Poland, officials told lawmakers. The ministry confirmed it "
          "had delivered weapons to Ukraine."), "supplies"),
    (ISR, ("Germany has shipped tank engines to Egypt, officials said. The ministry confirmed it had delivered "
           "arms to Israel."), "supplies"),
    (JP, ("Japan has shipped thousands of drones to Poland, officials told lawmakers. The ministry said it had "
          "not delivered weapons to Ukraine."), "refrains"),
]

# "is reviewing Kyiv's request to reinstate the weapons": the object of an infinitive inside the target's own
# request is what the target asks to have, whatever the verb; weighing it weighs a supply. Another party's
# request, someone else doing the weighing, or a rejection keep their reading.
TARGET_REQUEST_INFINITIVE = [
    (JP, "Japan is studying Ukraine's request to reinstate the weapons dropped from its aid plan in May.",
     "reconsider"),
    (ISR, "Germany is examining Israel's request to restore the arms cut from last year's package.", "reconsider"),
    (JP, "Japan is studying Poland's request to reinstate the weapons dropped from its aid plan.", "none"),
    (JP, "Russia is studying Ukraine's request to reinstate the weapons dropped from its aid plan.", "none"),
    (JP, "Japan has turned down Ukraine's request to reinstate the weapons dropped from its aid plan.", "refrains"),
]

# "may find it hard to justify withholding the weapons": a refusal its owner finds hard to justify or defend
# may not last, like "hard to keep refusing": an opening. Found easy to justify, kept up plainly, or someone
# else's, it keeps its reading.
HARD_TO_JUSTIFY_REFUSAL = [
    (JP, "Should the shelling go on, Japan may find it hard to justify withholding arms from Ukraine.", "reconsider"),
    (ISR, "Germany could find it difficult to defend withholding weapons from Israel, Merz conceded.", "reconsider"),
    (JP, "Japan found it easy to justify withholding arms from Ukraine.", "refrains"),
    (JP, "Japan will keep withholding arms from Ukraine, Kishida said.", "refrains"),
    (JP, "Russia may find it hard to justify withholding arms from Ukraine.", "none"),
]

CASES = (POSSESSED_RECIPIENT + DISOWNED_REPORT + SALIENT_SUBJECT_ONLY + TARGET_REQUEST_INFINITIVE +
         HARD_TO_JUSTIFY_REFUSAL)


test_reads, test_enough_cases = reading_tests(CASES, minimum=25)
