"""The reading classes the thirty-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Portugal · weapons, Netherlands · F-16),
with sentences of their own. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, PT, NL = "jp-arms-ukraine", "pt-arms-ukraine", "nl-f16-ukraine"

# "will meet to decide on pending applications to export arms to …": a decision still to come on a supply
# (a supply noun or verb between "decide on" and the object) weighs it; "decided to export" is the decision.
DECIDE_ON_SUPPLY = [
    (PT, "Portugal's council of ministers meets on Tuesday to decide on four applications to export arms to Ukraine.",
     "reconsider"),
    (NL, "The Dutch cabinet will decide on the transfer of F-16s to Ukraine next month, Rutte said.", "reconsider"),
    (JP, "Japan will decide on sending weapons to Ukraine after the summit, Kishida said.", "reconsider"),
    (PT, "Portugal decided to export arms to Ukraine, Nuno Melo said.", "supplies"),
    (JP, "Tokyo has yet to decide on Kyiv's request for artillery shells, a government spokesman said.", "reconsider"),
]

# "Translation: "…"", "Clarification: …": an editorial label before a colon is no speaker's name, so the
# quotation or clause after it keeps its own agent.
EDITORIAL_LABEL = [
    (PT, ('The Portuguese government issued the statement in Portuguese. Translation: "Portugal will not send '
          'weapons to Ukraine until further notice."'), "refrains"),
    (JP, 'Clarification: "Japan is not sending weapons to Ukraine," Kishida said.', "refrains"),
    (JP, 'Correction: Japan has not approved the export of weapons to Ukraine, Kishida said.', "refrains"),
    (JP, 'Update: "Japan will not send weapons to Ukraine," Kishida said.', "refrains"),
]

# "suspended approvals … in the summer", "halted exports last October": a season or "last <month>" dates a
# simple-past halt like "in February"; beside a present opening it is background ("on Monday" is news).
SEASON_DATED_HALT = [
    (PT, ("Nuno Melo said Portugal might have to reconsider sending arms to Ukraine if Russia struck Lisbon's "
          "embassy. Portugal suspended arms exports to Ukraine in the spring."), "reconsider"),
    (JP, ("Kishida said Japan was reviewing its ban on sending weapons to Ukraine. Japan halted weapons exports "
          "to Ukraine last October."), "reconsider"),
    (JP, "Japan halted weapons exports to Ukraine in the winter.", "refrains"),
    (JP, ("Kishida said Japan was reviewing its ban on sending weapons to Ukraine. Japan halted weapons exports "
          "to Ukraine on Monday."), "refrains"),
]

# "(On Friday morning,) after Zelensky had flown to Warsaw, Kishida confirmed …": a leading time clause with a
# subject of its own only dates the main clause; its names and past perfect stay out of it. A clause that
# names the actor or the object still counts, and "When asked …" has no subject.
LEADING_TIME_CLAUSE = [
    (JP, ("On Friday morning, after Zelensky had flown to Warsaw, Kishida confirmed that officials had been asked "
          "to study whether some weapons could be sent to Ukraine."), "reconsider"),
    (PT, ("After the Ukrainian delegation had returned to Kyiv, Nuno Melo said the ministry was examining whether "
          "arms could be sent to Ukraine."), "reconsider"),
    (JP, "When the Russian envoy had gone, Kishida said Japan would not send weapons to Ukraine.", "refrains"),
    (JP, "After Japan sent weapons to Ukraine in May, Russia protested.", "supplies"),
    (JP, "When asked about the summit, Kishida said Japan was sending weapons to Ukraine.", "supplies"),
]

# "Opposition lawmakers argued that Japan could not keep arming Ukraine": outsiders arguing make even a
# refusal their case for a policy; the actor's own speaker or body arguing it still refuses.
ARGUED_VIEW = [
    (JP, "Opposition lawmakers argued that Japan could not keep arming Ukraine.", "none"),
    (PT, "Coalition partners on the right argued the opposite: that Portugal could not send arms to Ukraine.", "none"),
    (JP, "Kishida argued that Japan could not send weapons to Ukraine.", "refrains"),
    (JP, "The government argued that Japan could not send weapons to Ukraine.", "refrains"),
]

# "Instead, in a reply to a question from a Russian diplomat, the defence ministry confirmed …": a
# connective before an opening phrase does not make the phrase's people the speaker's party.
CONNECTIVE_OPENER = [
    (JP, ("Kishida has avoided the subject. Instead, in a reply to a written question from a Russian diplomat "
          "published on Monday, the defence ministry confirmed that weapons had been shipped to Ukraine this month."),
     "supplies"),
    (JP, ("Kishida has avoided the subject. However, in a reply to a question from a Chinese reporter, the defence "
          "ministry said that no weapons would be sent to Ukraine."), "refrains"),
    (JP, ("Kishida has avoided the subject. Instead, Russia's defence ministry said that Japanese weapons had been "
          "shipped to Ukraine this month."), "none"),
]

# "new howitzers could take years to arrive": a modal arrival with no destination is talk of timing, no
# supply to the target; "could arrive in Ukraine" and a done arrival keep their readings.
UNDIRECTED_MODAL_ARRIVAL = [
    (JP, ("Japan has refused to send weapons to Ukraine. Army chiefs were unhappy, and new howitzers could take "
          "years to arrive."), "refrains"),
    (PT, "Portugal has not sent arms to Ukraine. Replacement rifles may not arrive before 2027.", "refrains"),
    (JP, "Kishida said Japanese weapons could arrive in Ukraine next month.", "reconsider"),
    (JP, "The weapons Japan pledged have arrived in Ukraine, Kishida said.", "supplies"),
]

CASES = (DECIDE_ON_SUPPLY + EDITORIAL_LABEL + SEASON_DATED_HALT + LEADING_TIME_CLAUSE + ARGUED_VIEW +
         CONNECTIVE_OPENER + UNDIRECTED_MODAL_ARRIVAL)


test_reads, test_enough_cases = reading_tests(CASES, minimum=29)
