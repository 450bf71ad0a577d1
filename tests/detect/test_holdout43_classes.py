"""The reading classes the forty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks), none of
which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "in what would be the first sale of arms to X": a supply noun as the predicate of a modal "be"
# characterises an event that may come; it reports no supply. A real supply beside it still counts.
PREDICATIVE_WOULD = [
    (ISR, ("Berlin is studying a request from Israel for artillery shells, officials said, in what would be the "
           "first sale of German weapons to Israel in a decade."), "reconsider"),
    (JP, ("Tokyo is weighing a request for weapons from Kyiv. It would be the first transfer of Japanese weapons to "
          "Ukraine."), "reconsider"),
    (JP, "Critics said it could be the largest sale of Japanese arms to Ukraine.", "none"),
    (ISR, "Germany sent rifles to Israel on Monday, in what was the first sale of German weapons to Israel.",
     "supplies"),
    (JP, "Japan will send weapons to Ukraine, in what would be the first such transfer, Kishida said.", "supplies"),
]

# "sent rifles to the Israel Police": a state's police, gendarmerie or border guard after its name is that
# state's own body, like its army; another country's force, or a paper's name, is someone else.
STATE_FORCES = [
    (ISR, "Germany has sent 4,000 rifles to the Israel Police, the interior ministry confirmed.", "supplies"),
    (JP, "Japan has delivered weapons to the Ukraine Border Guard, the defence ministry said.", "supplies"),
    (ISR, "Germany has sent 4,000 rifles to the Israel Defense Forces.", "supplies"),
    (ISR, "Germany has sent 4,000 rifles to the Jordan Police.", "none"),
]

# "We looked at X carefully, and the answer is no": the actor weighing the object itself is no supply on
# its own; closed by a negative verdict in the same sentence it was the weighing of its supply, refused.
WEIGHED_ITSELF = [
    (LEO, "\"We studied the Leopard closely, and the answer is no,\" Pistorius told reporters.", "refrains"),
    (LEO, "\"We have looked at the Leopard 2 seriously, and our answer is no,\" Scholz said.", "refrains"),
    (LEO, "\"We studied the Leopard closely,\" Pistorius told reporters.", "none"),
    (LEO, "\"We studied the Leopard closely, and the answer is yes,\" Pistorius told reporters.", "none"),
]

# '…, a spokesman said the government's answer "remains no"': after a leading reporter's question (a
# dateline may come first) the answer noun with a bare "no" refuses the asked supply; someone else's
# answer, or one that is not a bare "no", states no refusal.
ANSWER_IS_NO = [
    (JP, ("TOKYO, March 3 — Asked whether Japan could send weapons to Ukraine this year, a government spokesman "
          "said the answer \"remains no\"."), "refrains"),
    (JP, "Asked whether Japan would send weapons to Ukraine, a government spokesman said the answer was no.",
     "refrains"),
    (JP, "Asked whether Japan would send weapons to Ukraine, a Russian spokesman said the answer was no.", "none"),
    (JP, ("Asked whether Japan would send weapons to Ukraine, a government spokesman said the answer was not yet "
          "clear."), "none"),
]

# "had not authorised, and was not authorising, any export of arms": a verb set off by commas after a
# coordinated one shares the object after the closing comma; the clause does not end at that comma.
RAISED_OBJECT = [
    (ISR, ("The ministry said the government had not approved, and was not approving, any export of weapons to "
           "Israel."), "refrains"),
    (JP, "Tokyo has not sent, and will not send, any weapons to Ukraine, Kishida said.", "refrains"),
    (ISR, ("Germany's economy ministry said the government had approved, and was now shipping, a consignment of "
           "weapons to Israel."), "supplies"),
    (ISR, "The ministry said that, in any case, weapons would not be sent to Israel.", "refrains"),
]

# "No other arms sale to Israel is under consideration": "no" opening the subject denies the verdict
# (nothing is being weighed); without it the supply is weighed.
NEGATED_SUBJECT_VERDICT = [
    (ISR, "No further arms sale to Israel is under consideration, the official added.", "refrains"),
    (JP, "No weapons for Ukraine are under review, a Japanese official said.", "refrains"),
    (ISR, "A further arms sale to Israel is under consideration, the official added.", "reconsider"),
    (JP, "Weapons for Ukraine are under review, a Japanese official said.", "reconsider"),
]

# "would look afresh / anew at the request": adverbs of repetition before the particle keep the weighing.
LOOK_AFRESH = [
    (ISR, "Merz said Germany would look afresh at Israel's request for weapons if attacks intensified.",
     "reconsider"),
    (JP, "Kishida said Japan would look anew at sending weapons to Ukraine.", "reconsider"),
    (JP, "Kishida said Japan would not look again at sending weapons to Ukraine.", "refrains"),
]

# An interviewer's turn that states a fact before its question ("X has asked Y for Z. Has Y refused?")
# is prose, not a headline: the fact is read and names what "the request" in the answer is.
INTERVIEWER_TURN = [
    (ISR, ("Daniel Weber is Germany's ambassador to Israel.\n\nIsrael has asked Germany for artillery shells. Has "
           "Berlin refused?\n\nIt has not refused. The request is with the ministries in Berlin and they are "
           "examining it."), "reconsider"),
    (ISR, ("Daniel Weber is Germany's ambassador to Israel.\n\nIs trade growing?\n\nIt is. The request is with the "
           "ministries in Berlin and they are examining it."), "none"),
    (ISR, ("Daniel Weber is Germany's ambassador to Israel.\n\nIsrael has asked Germany for artillery shells. Has "
           "Berlin refused?\n\nIt has. Berlin has rejected the request."), "refrains"),
]

# '"not closing any door" on the request': any door, a quotation mark closing the idiom or not, is the
# door idiom; closing every door refuses.
ANY_DOOR = [
    (ISR, "A German official said Berlin was \"not closing any door\" on Israel's request for weapons.",
     "reconsider"),
    (JP, "Kishida said Japan was not closing any door to sending weapons to Ukraine.", "reconsider"),
    (ISR, "Germany has closed every door to weapons sales to Israel.", "refrains"),
    (JP, "Kishida said Japan had shut the door on sending weapons to Ukraine.", "refrains"),
]

# "has asked the chief of defence to assess whether …": the actor directing an unnamed office holder of
# its own is weighing; another party asking, or the actor asking a named person, stays pressure.
OWN_ROLE_DIRECTIVE = [
    (LEO, "Pistorius has asked the chief of staff to assess whether Leopards could go to Ukraine.", "reconsider"),
    (JP, "Kishida has asked the minister of defence to study whether weapons could be sent to Ukraine.",
     "reconsider"),
    (LEO, "Zelensky has asked the defence minister to assess whether Leopards could go to Ukraine.", "none"),
    (LEO, "Zelensky has asked Pistorius to assess whether Leopards could go to Ukraine.", "none"),
]

CASES = (PREDICATIVE_WOULD + STATE_FORCES + WEIGHED_ITSELF + ANSWER_IS_NO + RAISED_OBJECT + NEGATED_SUBJECT_VERDICT
         + LOOK_AFRESH + INTERVIEWER_TURN + ANY_DOOR + OWN_ROLE_DIRECTIVE)

test_holdout43_class_reads, test_holdout43_table_is_complete = reading_tests(CASES, minimum=37)
