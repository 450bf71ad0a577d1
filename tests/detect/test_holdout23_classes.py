"""The reading classes the twenty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for minimal stances defined here
(France · Armenia · weapons, Sweden · Ukraine · Gripen: country names only, as a user might
write them) and the inline Japan · weapons stance of tests/detect/stances.py, none of which the
holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests
from .stances import all_stances

FR, SE, JP = "fr-arms-armenia", "se-gripen-ukraine", "jp-arms-ukraine"

STANCES = all_stances()
STANCES.update({s.id: s for s in (parse_stance(d, source="tests/detect/test_holdout23_classes.py") for d in [
    {"id": FR, "title": "France · Armenia · weapons", "initial": "supplies",
     "actor": {"names": ["France"]}, "target": {"names": ["Armenia"]}, "object": {"kind": "weapons"}},
    {"id": SE, "title": "Sweden · Ukraine · Gripen", "initial": "refrains",
     "actor": {"names": ["Sweden"]}, "target": {"names": ["Ukraine"]},
     "object": {"kind": "system", "names": ["Gripen"]}},
])})

# "has supplied … for more than a decade": a perfect supply over a span of years sums up the story's
# history; a present review or halt outranks it, alone it still decides; a delivery "this week" is news.
LASTING_SUPPLY = [
    (FR, ("France is reviewing its arms exports to Armenia, two officials said on Monday. France has supplied "
          "Armenia with howitzers and armoured vehicles for several years."), "reconsider"),
    (JP, ("Japan is considering whether to halt weapons deliveries to Ukraine, officials said. Japan has sent "
          "artillery shells to Ukraine for more than two years."), "reconsider"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. France has been supplying Armenia "
          "with howitzers for years."), "reconsider"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. France has long supplied Armenia "
          "with howitzers."), "reconsider"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. Over the past decade France has "
          "sold howitzers to Armenia."), "reconsider"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. France has supplied Armenia with "
          "howitzers since the 1990s."), "reconsider"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. France has been supplying weapons to "
          "Armenia since 2008."), "reconsider"),
    (FR, "France has supplied Armenia with howitzers and armoured vehicles for several years.", "supplies"),
    (FR, "Over the past decade France has sold howitzers to Armenia.", "supplies"),
    (FR, ("France is reviewing its arms exports to Armenia, officials said. France has delivered howitzers to "
          "Armenia for weeks."), "supplies"),
    (FR, ("France is reviewing its arms exports to Armenia, two officials said on Monday. France has delivered "
          "three more howitzers to Armenia this week."), "supplies"),
]

# A halt the story leads with ends what a later perfect recounts ("has sold Armenia howitzers …"); a
# supply taken up again ("has now resumed") is news.
HALT_ENDS_PERFECT = [
    (FR, ("France has suspended all weapons exports to Armenia, the defence ministry said on Tuesday. France has "
          "sold Armenia howitzers and air-defence missiles, and officials had long defended the sales."),
     "refrains"),
    (JP, ("Japan has halted all weapons shipments to Ukraine, the government said on Friday. Japan has sent "
          "Ukraine artillery shells and rifles."), "refrains"),
    (FR, ("France has suspended all weapons exports to Armenia, the defence ministry said on Tuesday. France has "
          "now resumed deliveries of howitzers to Armenia, a spokesman said on Friday."), "supplies"),
]

# "declined Georgia's request for air-defence missiles": a request by another party, in a sentence that
# does not name the target, is refused to that party; the target's own request is refused to the target.
OTHER_REQUESTER = [
    (FR, "France again declined Georgia's request for air-defence missiles, saying they were needed at home.",
     "none"),
    (JP, "Japan rejected Taiwan's request for anti-ship missiles on Monday.", "none"),
    (FR, "France again declined Armenia's request for air-defence missiles, saying they were needed at home.",
     "refrains"),
    (JP, "Japan rejected Kyiv's request for anti-ship missiles on Monday.", "refrains"),
    (FR, "France turned down a request from Georgia for air-defence missiles, officials said.", "none"),
    (FR, "France turned down a request from Armenia for air-defence missiles, officials said.", "refrains"),
]

# "officials rarely discuss arms exports": a weighing verb told as a habit weighs nothing now.
HABITUAL = [
    (JP, "Japanese officials rarely discuss weapons for Ukraine in public.", "none"),
    (FR, "French officials seldom discuss arms sales to Armenia, which remain confidential.", "none"),
    (JP, "Japanese officials are discussing weapons for Ukraine, Kishida said.", "reconsider"),
]

# "the French Ministry of Defence" introduces the body; a later bare "The Ministry of Defence announces …"
# is the same body. A body another country also owns in the article is no one's in particular.
OWNED_BODY = [
    (FR, ("The following statement was issued by the French Ministry of Defence.\n\nParis, 2 May - The Ministry of "
          "Defence announces that a first batch of howitzers has been handed over to Armenia."), "supplies"),
    (SE, ("The statement below was published by the Swedish Ministry of Defence.\n\nThe Ministry of Defence "
          "announces that the first Gripen jets have been handed over to Ukraine."), "supplies"),
    (FR, ("Statements were issued by the French Ministry of Defence and the Armenian Ministry of Defence.\n\nThe "
          "Ministry of Defence announces that a first batch of howitzers has been handed over to Armenia."),
     "none"),
    (FR, ("Statements were issued by the French Ministry of Defence and the Ministry of Defence of Armenia.\n\nThe "
          "Ministry of Defence announces that a first batch of howitzers has been handed over to Armenia."),
     "none"),
]

# "An earlier version said the cabinet was weighing …" in a correction notice: what is withdrawn is no
# position; the same words as news still are.
RETRACTED = [
    (SE, ("This story has been corrected. An earlier version said the cabinet was weighing a transfer of Gripen "
          "jets to Ukraine. Sweden will not send Gripen jets to Ukraine this year, the defence ministry said."),
     "refrains"),
    (SE, ("Correction: An earlier version, published on Monday, reported that Sweden was considering sending "
          "Gripen jets to Ukraine."), "none"),
    (SE, "The cabinet is weighing a transfer of Gripen jets to Ukraine, the Swedish defence ministry said.",
     "reconsider"),
]

# When the actor declines to comment, a supply told only in another party's quotation is that party's
# word; without the silence the recipient's report of a delivery stands, as does the actor's own word
# and a delivery the report states itself.
SILENT_ACTOR = [
    (FR, ("Armenia's defence ministry published a statement on Monday. \"Howitzers received from France have been "
          "handed over to the artillery units,\" the statement said. France's defence ministry did not comment."),
     "none"),
    (FR, ("Armenia's defence ministry published a statement on Monday. \"Howitzers received from France have been "
          "handed over to the artillery units,\" the statement said."), "supplies"),
    (FR, ("\"We have delivered howitzers to Armenia,\" a French defence official said. France's foreign ministry "
          "did not comment."), "supplies"),
    (FR, "France delivered howitzers to Armenia last week. France's defence ministry declined to comment.",
     "supplies"),
]

# "does not publish details of its arms exports" withholds information, like "declined to comment on": no
# refusal; "will not send" still refuses.
UNPUBLISHED = [
    (FR, "France does not publish details of its arms exports to Armenia.", "none"),
    (JP, "Japan has never published details of its weapons exports.", "none"),
    (FR, "France will not send weapons to Armenia, the defence ministry said.", "refrains"),
]

# "an Israeli official said the country continues to deliver …": "the country" right after the reporting
# verb is the speaker's own; another party's official speaks of theirs.
REPORTED_COUNTRY = [
    (FR, "A French defence official said the country continues to deliver howitzers to Armenia.", "supplies"),
    (JP, ("A senior Japanese official, speaking on condition of anonymity, said the nation \"will not send weapons "
          "to Ukraine\"."), "refrains"),
    (FR, "A Russian defence official said the country continues to deliver howitzers to Armenia.", "none"),
]

CASES = (LASTING_SUPPLY + HALT_ENDS_PERFECT + OTHER_REQUESTER + HABITUAL + OWNED_BODY + RETRACTED + SILENT_ACTOR +
         UNPUBLISHED + REPORTED_COUNTRY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=39, stances=STANCES)
