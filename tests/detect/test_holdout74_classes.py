"""The reading classes the seventy-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Ukraine · Leopard tanks, UK · Ukraine · Challenger 2
tanks), none of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, CHAL = "jp-arms-ukraine", "de-leopard-ukraine", "uk-challenger-ukraine"

# "neither confirm nor deny", "would not confirm or deny": declining both withholds an answer, no denial.
# A plain denial, or a denial beside the declined confirmation, keeps its reading.
CONFIRM_OR_DENY = [
    (JP, "Japanese officials neither confirm nor deny reports of weapons deliveries to Ukraine.", "none"),
    (JP, "Japan would neither confirm nor deny that it had shipped weapons to Ukraine.", "none"),
    (JP, "The defence ministry would not confirm or deny that Japan had sent weapons to Ukraine.", "none"),
    (JP, "Japan denied that it had sent weapons to Ukraine.", "refrains"),
    (JP, "Japan does not confirm reports that it sent weapons to Ukraine, and it denies sending weapons to Ukraine.",
     "refrains"),
]

# "rejected as \"completely false\" a report that …": a degree adverb inside the verdict leaves it one denial
# with the rejecting verb, as "rejected as groundless"; another party's rejection, or a rejected report of a
# halt beside a supply, keeps its reading.
VERDICT_WITH_DEGREE_ADVERB = [
    (JP, "Japan on Monday rejected as \"completely false\" a Russian report that it had shipped weapons to Ukraine.",
     "refrains"),
    (JP, "Japan rejected as entirely groundless a report that it had shipped weapons to Ukraine.", "refrains"),
    (JP, "Japan rejected as \"false\" a report that it had shipped weapons to Ukraine.", "refrains"),
    (JP, "Russia rejected as \"completely false\" a report that it had shipped weapons to Ukraine.", "none"),
    (JP, ("Japan rejected as \"completely false\" a report that it had stopped weapons deliveries to Ukraine, and "
          "said it ships weapons to Ukraine."), "supplies"),
]

# "Handing over tanks to Ukraine is not an option": a particle verb's gerund opening the clause is a supply
# subject like "Sending tanks …", so the copula's predicate decides. Another recipient, another party's word
# or an outsider's judgement keeps its reading.
PARTICLE_GERUND_SUBJECT = [
    (LEO, "Handing over Leopard tanks to Ukraine is not an option, Pistorius said.", "refrains"),
    (LEO, "Handing over Leopard tanks to Ukraine is not under consideration, Pistorius said.", "refrains"),
    (LEO, "Handing over Leopard tanks to Ukraine is one of the options we are weighing, Pistorius said.",
     "reconsider"),
    (LEO, "Handing over Leopard tanks to Ukraine would be a mistake, a German columnist wrote.", "none"),
    (LEO, "Handing over Leopard tanks to Poland is not an option, Pistorius said.", "none"),
    (LEO, "Handing over Leopard tanks to Ukraine is not an option, Polish officials said.", "none"),
]

_INTRO = ("Interview: Japan's defence minister on the war\n\n"
          "Hiro Tanabe Mori, Japan's defence minister, spoke to the Tokyo Ledger in his office. Excerpts.\n\n"
          "Tokyo Ledger: The war goes on. Is Japan worried?\n\nHiro Tanabe: Very worried. We follow it every day.\n\n")

# An interview whose answer label is the start of the name the introduction gives with a role ("Hiro Tanabe"
# for "Hiro Tanabe Mori, Japan's defence minister") answers; "The answer is no." later in an answer denies the
# question like a bare "No." opening it. "yes", another country's minister asked about its own country, or a
# "no" to another question keep their readings.
LABELLED_ANSWERS = [
    (JP, _INTRO + "TL: Will Japan send weapons to Ukraine?\n\nHiro Tanabe: No. We help with money and generators.\n",
     "refrains"),
    (JP, _INTRO + ("TL: Will Japan send weapons to Ukraine?\n\nHiro Tanabe: I know why people ask. The answer is "
                   "no. We help with money and generators.\n"), "refrains"),
    (JP, _INTRO + ("TL: Will Japan send weapons to Ukraine?\n\nHiro Tanabe: I know why people ask. The answer is "
                   "yes. We help with money too.\n"), "none"),
    (JP, _INTRO.replace("Japan's defence", "Poland's defence").replace("Is Japan", "Is Poland")
     + "TL: Will Poland send weapons to Ukraine?\n\nHiro Tanabe: I know why people ask. The answer is no.\n", "none"),
    (JP, _INTRO + ("TL: Is Japan sending rice to Ukraine?\n\nHiro Tanabe: I know why people ask. The answer is no. "
                   "We send weapons to Ukraine instead.\n"), "supplies"),
]

# "the Emir approved …", "the King": a monarch named by title alone heads the state of the story, like "the
# president"; a monarch of another country, another recipient or a negation keep their readings.
MONARCH_BY_TITLE = [
    (CHAL, ("Britain has debated the request for weeks. On Monday the King approved the transfer of Challenger 2 "
            "tanks to Ukraine."), "supplies"),
    (CHAL, "Britain has debated the request for weeks. The Emir approved the transfer of Challenger 2 tanks to Ukraine.",
     "supplies"),
    (CHAL, ("Britain has debated the request for weeks. On Monday the Emir of Qatar approved the transfer of "
            "Challenger 2 tanks to Ukraine."), "none"),
    (CHAL, ("Britain has debated the request for weeks. On Monday the King approved the transfer of Challenger 2 "
            "tanks to Poland."), "none"),
    (CHAL, ("Britain has debated the request for weeks. The King has not approved the transfer of Challenger 2 tanks "
            "to Ukraine."), "refrains"),
]

CASES = CONFIRM_OR_DENY + VERDICT_WITH_DEGREE_ADVERB + PARTICLE_GERUND_SUBJECT + LABELLED_ANSWERS + MONARCH_BY_TITLE


test_reads, test_enough_cases = reading_tests(CASES, minimum=26)
