"""The reading classes the forty-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "Asked at a news conference after a dinner with NATO ministers whether …": the setting of a reporter's
# question may be a prepositional phrase with a second one hung on it; the answer after the comma is
# still read over the asked supply. A refusal to comment stays `none`, a plain report keeps its reading.
LONG_QUESTION_SETTING = [
    (JP, ("Asked at a news conference after a dinner with NATO ministers whether Japan might send weapons to "
          "Ukraine, Kishida said the answer was no."), "refrains"),
    (ISR, ("Asked during a visit to Haifa after a meeting with Netanyahu whether Germany would resume arms exports "
           "to Israel, Merz said no decision had been made."), "reconsider"),
    (JP, ("Asked at a news conference whether Japan might send weapons to Ukraine, Kishida said the answer was "
          "no."), "refrains"),
    (JP, ("Asked at a news conference after a dinner with NATO ministers whether Japan might send weapons to "
          "Ukraine, Kishida declined to comment."), "none"),
    (JP, ("Kishida said at a news conference after a dinner with NATO ministers that Japan might send weapons to "
          "Ukraine."), "reconsider"),
]

# "military cooperation, including weapons, is being studied by my government": an example introduced
# by ", including" between commas takes the clause of the noun it illustrates, like ", such as"; the
# passive's agent still decides whose weighing it is, and a list after a verb of its own is no example.
INCLUDING_EXAMPLE = [
    (ISR, "Merz said defence cooperation with Israel, including weapons, was being reviewed by the cabinet.",
     "reconsider"),
    (JP, ("Kishida said military cooperation with Ukraine, including weapons, was being examined by his "
          "government."), "reconsider"),
    (JP, "Kishida said military cooperation with Ukraine, including weapons, was being examined by Poland.", "none"),
    (JP, ("Russia said military cooperation with Ukraine, including Japanese weapons, was being examined in "
          "Tokyo."), "none"),
    (ISR, ("Merz condemned the strikes, including missiles fired at Haifa, and said Germany would not send weapons "
           "to Israel."), "refrains"),
]

# "will keep its ammunition out of any assistance to Kyiv": keeping the object out of one's aid or
# package excludes it from the supply, a refusal; out of someone's hands, or urged by others, is not.
KEPT_OUT_OF_AID = [
    (JP, "Japan's cabinet confirmed that it will keep its weapons out of any assistance to Ukraine.", "refrains"),
    (ISR, "Germany will keep weapons out of its aid package for Israel, Merz said.", "refrains"),
    (ISR, "Merz said Germany kept the weapons out of the hands of Hamas.", "none"),
    (JP, "Russia urged Japan to keep weapons out of its aid to Ukraine.", "none"),
    (JP, "Japan kept sending weapons out of its own stocks to Ukraine.", "supplies"),
]

# "was going through the list of rounds that Kyiv had sent": combing a list or request is examining it,
# and a list of the object that the target handed in (a relative clause with the target as subject)
# is the target's request being weighed. Another party's list, or the goods themselves, are not; a
# review closed with a finding reads as the finding.
TARGET_LIST_WEIGHED = [
    (JP, ("Kishida said his cabinet was going through the list of weapons that Kyiv had submitted and would "
          "decide within weeks."), "reconsider"),
    (ISR, "Merz said the government was going through Israel's requests for weapons.", "reconsider"),
    (ISR, "Merz said officials were studying the list of weapons that Israel had sent to Berlin.", "reconsider"),
    (JP, "Kishida said his cabinet was studying the list of weapons that Russia had sent to Tokyo.", "none"),
    (JP, "Kishida said his cabinet was studying the weapons that Kyiv had sent to Tokyo.", "none"),
    (JP, "Kishida said weapons going through Poland were not Japanese.", "none"),
    (ISR, ("Merz said the cabinet had gone through the requests and concluded that no weapons could be sent to "
           "Israel."), "refrains"),
]

CASES = LONG_QUESTION_SETTING + INCLUDING_EXAMPLE + KEPT_OUT_OF_AID + TARGET_LIST_WEIGHED


test_reads, test_enough_cases = reading_tests(CASES, minimum=22)
