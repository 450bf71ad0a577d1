"""The reading classes the twenty-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for minimal stances defined here
(Norway · Ukraine · NASAMS, Canada · Estonia · weapons: country names only, as a user might
write them) and the inline Japan · weapons stance of tests/detect/stances.py, none of which the
holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests
from .stances import all_stances

NO, CA, JP = "no-nasams-ukraine", "ca-arms-estonia", "jp-arms-ukraine"

STANCES = all_stances()
STANCES.update({s.id: s for s in (parse_stance(d, source="tests/detect/test_holdout25_classes.py") for d in [
    {"id": NO, "title": "Norway · Ukraine · NASAMS", "initial": "refrains",
     "actor": {"names": ["Norway"]}, "target": {"names": ["Ukraine"]},
     "object": {"kind": "system", "names": ["NASAMS"]}},
    {"id": CA, "title": "Canada · Estonia · weapons", "initial": "refrains",
     "actor": {"names": ["Canada"]}, "target": {"names": ["Estonia"]}, "object": {"kind": "weapons"}},
])})

# "The Northern Post spoke with a senior defence ministry official about Canadian aid to Estonia": the
# paper asks; an official no name owns is the actor's when the actor is the first country the article
# names (as a minister named by title alone), and no one's when another country comes first.
UNOWNED_INTERVIEWEE = [
    (CA, ("The Northern Post spoke with a senior defence ministry official about Canadian aid to Estonia.\n"
          "Q: Is Ottawa slowing down?\nA: No. We continue to send Estonia the weapons it needs."), "supplies"),
    (CA, ("The Northern Post spoke with a senior defence ministry official about Canada and Estonia.\n"
          "Q: What has changed?\nA: We have stopped sending weapons to Estonia."), "refrains"),
    (CA, ("The Northern Post spoke with a senior defence ministry official about Russian pressure on Canada.\n"
          "Q: Is Ottawa slowing down?\nA: No. We continue to send Estonia the weapons it needs."), "none"),
    (CA, ("The Northern Post spoke with a senior Latvian defence official about Canada.\n"
          "Q: Is Ottawa slowing down?\nA: No. We continue to send Estonia the weapons it needs."), "none"),
]

# "Jonas Gahr Store is Norway's prime minister": a copula giving the actor's title ties the name to
# the actor as an appositive does; "was" (a former holder) and another country's title do not.
COPULAR_TITLE = [
    (NO, ("Bjorn Arild Gram has been Norway's defence minister since April. In an interview he talks about air "
          "defence.\nQ: What is Oslo doing?\nA: We have delivered NASAMS launchers to Ukraine, and we keep "
          "delivering them."), "supplies"),
    (NO, ("Bjorn Arild Gram is Norway's defence minister. In an interview he talks about air defence.\n"
          "Q: What is Oslo doing?\nA: We are weighing whether to send more NASAMS launchers to Ukraine."),
     "reconsider"),
    (NO, ("Frank Bakke Jensen was Norway's defence minister until 2021. In an interview he talks about air "
          "defence.\nQ: What is Oslo doing?\nA: We have delivered NASAMS launchers to Ukraine."), "none"),
    (NO, ("Rustem Umerov is Ukraine's defence minister. In an interview he talks about air defence.\n"
          "Q: What is Norway doing?\nA: We have received NASAMS launchers."), "none"),
]

# "can be made available to Ukraine", "will make two batteries available to Kyiv": giving, as "provide";
# "available for" with no one making it so, or money made available, is not.
MADE_AVAILABLE = [
    (NO, "Norway will make two NASAMS batteries available to Ukraine, the defence minister said.", "supplies"),
    (NO, "Oslo is examining whether more NASAMS launchers can be made available to Ukraine this year.",
     "reconsider"),
    (NO, "Norway will not make NASAMS launchers available to Ukraine, the government said.", "refrains"),
    (JP, "Japan made artillery shells available to Ukraine last year, Kishida said.", "supplies"),
    (NO, "Norway has made money available for Ukraine to buy NASAMS launchers.", "none"),
]

# "is weighing, together with its allies, whether …": an adjunct between commas leaves the verb of
# weighing its "whether", as "claim, without offering evidence, that" keeps its "that".
WEIGHING_OVER_ADJUNCT = [
    (NO, "Norway is considering, together with the manufacturer, whether to send NASAMS launchers to Ukraine.",
     "reconsider"),
    (JP, "Japan is examining, jointly with its allies, whether artillery shells can be sent to Ukraine.",
     "reconsider"),
    (NO, "Norway is weighing, after talks with Kyiv, whether it will send NASAMS launchers to Ukraine.",
     "reconsider"),
    (NO, "Norway, together with Denmark, will send NASAMS launchers to Ukraine.", "supplies"),
    (NO, "Norway, together with Denmark, has refused to send NASAMS launchers to Ukraine.", "refrains"),
]

# "resuming some shipments, including interceptors", "the Estonian requests again, very seriously,
# including rockets": a supply or request noun before ", including" heads the list, whose member is
# the object, and the target owning the request is the one it is for ("interceptors for Sky Shield" names
# no other recipient); a request the actor rejects stays refused, a received list stays the recipient's.
LIST_HEADED_BY_SUPPLY = [
    (CA, "Canada is not ruling out resuming some shipments, including rockets, to Estonia.", "reconsider"),
    (CA, "Canada has halted shipments, including rockets, to Estonia.", "refrains"),
    (CA, "Ottawa is considering the Estonian requests again, very seriously, including rockets.", "reconsider"),
    (CA, "Ottawa has rejected the Estonian requests, including rockets.", "refrains"),
    (CA, "Estonia received shipments, including rockets, from Canada.", "supplies"),
    (CA, "Canada is criticising the Latvian requests, including rockets.", "none"),
    (CA, "Ottawa is weighing Estonia's requests again, including interceptors for Sky Shield.", "reconsider"),
    (CA, "Ottawa is weighing the Latvian requests, including interceptors for Sky Shield.", "none"),
]

CASES = UNOWNED_INTERVIEWEE + COPULAR_TITLE + MADE_AVAILABLE + WEIGHING_OVER_ADJUNCT + LIST_HEADED_BY_SUPPLY


test_reads, test_enough_cases = reading_tests(CASES, minimum=26, stances=STANCES)
