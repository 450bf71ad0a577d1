"""The reading classes the fifty-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Germany · Leopard tanks, Japan · weapons, UK · Challenger 2 tanks), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

DE, JP, UK = "de-leopard-ukraine", "jp-arms-ukraine", "uk-challenger-ukraine"

# "a separate Ukrainian request, for Leopards, was under review": a "for" phrase set off by commas right after
# a request noun still names what is asked for; the clause's own verb decides. Another object, a "for" phrase
# that names no object, or another party's weighing keep their readings.
SET_OFF_REQUEST_OBJECT = [
    (DE, "Pistorius said a second Ukrainian request, for Leopard tanks, was being studied closely.", "reconsider"),
    (UK, "Sunak said a fresh Ukrainian request, for Challenger tanks, is under review.", "reconsider"),
    (DE, "Berlin said a Ukrainian request, for Leopards, had been turned down.", "refrains"),
    (DE, "Pistorius said a second Ukrainian request, for Marder vehicles, was being studied closely.", "none"),
    (DE, "Pistorius said a second Ukrainian request, for the third time this year, was being studied.", "none"),
    (DE, "Moscow said a Ukrainian request, for Leopard tanks, was being studied in Warsaw.", "none"),
]

# '"Our line is unchanged. The tanks stay with our army, and we will not be sending them to Kyiv," he said':
# in a quotation opened sentences before, the "we" is the "he" closing it, who continues the party the story
# is about; a name earlier inside the quotation is no agent. Another party's official, a clause without the
# refusal, or a quotation opened in the sentence itself keep their readings.
CONTINUED_QUOTATION_WE = [
    (UK, ('Defence Secretary Ben Wallace spoke in Leeds on Monday. "Our line is unchanged. The Challengers are '
          'assigned to Army units, and we will not be sending them to Kyiv," he said.'), "refrains"),
    (DE, ('Boris Pistorius was questioned by MPs. "Nothing has moved. The Leopards belong to Brigade 37, and we '
          'will not hand them to Ukraine," he said.'), "refrains"),
    (UK, ('Anna Reed, an opposition MP, said Moscow was watching closely. "Nothing has moved. We will be sending '
          'Challengers to Kyiv," she said.'), "none"),
    (DE, ('Boris Pistorius was questioned by MPs. "Nothing has moved. The Leopards belong to Brigade 37, and '
          'they are old," he said.'), "none"),
]

# "11:02 — Key moment: the chair of Japan's export panel said it was considering …": an adjective before a
# label noun and a colon, also after a live entry's time stamp, is an editorial label, no party to act for
# the clause. Another country's panel, or a refusal, keep their readings.
LABEL_WITH_ADJECTIVE = [
    (JP, ("Key moment: the chair of Japan's export panel said it was considering two applications for permits to "
          "export arms to Ukraine."), "reconsider"),
    (JP, ("14:20 — Major development: the head of Japan's export panel said it was reviewing permits to export "
          "weapons to Ukraine."), "reconsider"),
    (JP, ("14:20 — Major development: the head of Russia's export panel said it was reviewing permits to export "
          "weapons to Ukraine."), "none"),
    (JP, ("Key moment: the chair of Japan's export panel said it was not considering any permits to export arms "
          "to Ukraine."), "refrains"),
]

CASES = SET_OFF_REQUEST_OBJECT + CONTINUED_QUOTATION_WE + LABEL_WITH_ADJECTIVE


test_reads, test_enough_cases = reading_tests(CASES, minimum=14)
