"""The reading classes the twenty-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Netherlands · F-16, Germany · Leopard, Poland · MiG-29),
none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, NL, LEO, MIG = "jp-arms-ukraine", "nl-f16-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"

# "Sending arms to Kyiv is not under consideration": a supply gerund as the subject of a negated
# copula before a verdict ("under consideration", "on the table", "being considered"); the negation
# scopes over the verdict, so the weighing is refused.
NEGATED_VERDICT_ON_GERUND = [
    (JP, '"Sending weapons to Ukraine is not under consideration," Kishida said.', "refrains"),
    (JP, "Supplying arms to Kyiv is not on the table, Kishida told reporters.", "refrains"),
    (LEO, "Delivering Leopard 2 tanks to Ukraine is not being considered, Scholz said.", "refrains"),
    (MIG, "Warsaw insists that handing MiG-29 jets to Ukraine is not under review.", "refrains"),
    # near misses: without the negation the weighing stays open; "not ruled out" still opens
    (JP, '"Sending weapons to Ukraine is under consideration," Kishida said.', "reconsider"),
    (LEO, "Delivering Leopard 2 tanks to Ukraine is not ruled out, Scholz said.", "reconsider"),
    (MIG, "Warsaw insists that handing MiG-29 jets to Ukraine is under review.", "reconsider"),
    (JP, "Russia insists that sending weapons to Ukraine is not under consideration in Tokyo.", "none"),
]

# "Norway's acting defence minister, Name, says his country …": a word of tenure ("acting",
# "interim", "caretaker", "new") before the title leaves its holder the actor's minister; "former"
# does not, and another country's minister stays another party.
TENURE_BEFORE_TITLE = [
    (NL, ("The Netherlands' acting defence minister, Piet Jansen, says his country is not ruling out sending "
          "F-16 fighter jets to Ukraine."), "reconsider"),
    (NL, ("The Netherlands' interim defence minister, Piet Jansen, said his country would not send F-16 jets "
          "to Ukraine this year."), "refrains"),
    (MIG, ("Poland's new defence minister, Jan Nowak, said his country was weighing sending MiG-29 jets to "
           "Ukraine."), "reconsider"),
    # near misses: another country's acting minister, a former minister
    (NL, ("Belgium's acting defence minister, Piet Jansen, says his country is not ruling out sending F-16 "
          "fighter jets to Ukraine."), "none"),
    (NL, ("The Netherlands' former defence minister, Piet Jansen, says his country is not ruling out sending "
          "F-16 fighter jets to Ukraine."), "none"),
]

# "We have studied the request, and the answer is no": a weighing whose own sentence gives a negative
# verdict ("the answer / our conclusion is no / negative") is over, and ended in a refusal; an open or
# pending answer keeps the weighing, and another party's verdict stays theirs.
WEIGHED_AND_REFUSED = [
    (JP, ('Kyiv has asked Japan for artillery shells. "We have studied the request carefully, and the answer is '
          'no," Kishida said.'), "refrains"),
    (LEO, "Germany has examined whether to send Leopard 2 tanks to Ukraine, but the answer was no, Scholz said.",
     "refrains"),
    (MIG, ('Kyiv has asked for MiG-29 jets. "We have considered the request, and our conclusion is negative," '
           'Duda said.'), "refrains"),
    # near misses: the answer still to come or unclear; another country's minister
    (MIG, ('Kyiv has asked for MiG-29 jets. "We are considering the request, and the answer will come soon," '
           'Duda said.'), "reconsider"),
    (MIG, ('Kyiv has asked for MiG-29 jets. "We have considered the request, and the answer is not yet clear," '
           'Duda said.'), "reconsider"),
    (NL, ('Kyiv has asked for F-16 jets. "We have considered the request, and the answer is no," a Belgian '
          'minister said.'), "none"),
    (JP, "Japan has considered sending weapons to Ukraine, and the answer is no longer clear.", "reconsider"),
]

CASES = NEGATED_VERDICT_ON_GERUND + TENURE_BEFORE_TITLE + WEIGHED_AND_REFUSED

test_holdout29_class_reads, test_holdout29_class_count = reading_tests(CASES, minimum=20)
