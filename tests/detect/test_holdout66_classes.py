"""The reading classes the sixty-sixth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, UK · Storm Shadow), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, UK = "jp-arms-ukraine", "de-arms-israel", "uk-stormshadow-ukraine"

# '"If we can keep our own bases safe," Kishida said, "then we could send …"': a quotation split by its
# reporting clause after a leading "if" clause keeps the comma that closes the condition, so the main clause
# is the conditional opening it is (not a second modal inside the condition).
SPLIT_CONDITION = [
    (JP, ('"If our own bases are protected," Kishida said on Monday, "then we could send weapons to '
          'Ukraine."'), "reconsider"),
    (UK, ('"Unless the ceasefire holds," Sunak told MPs, "we could supply Storm Shadow missiles to '
          'Kyiv."'), "reconsider"),
    (JP, ('"If our own bases are protected," Kishida said on Monday, "we will still not send weapons to '
          'Ukraine."'), "refrains"),
    (JP, ('"If the talks collapse," the Russian ambassador said on Monday, "then Japan could send weapons '
          'to Ukraine."'), "none"),
    (JP, '"If we can, we would like to help," Kishida said on Monday, "with food and medicine for Ukraine."',
     "none"),
]

# "has received requests for arms and has turned them down": a pronoun object splitting the particle verb
# is the same refusal as "turned down the requests". Another subject, a negation, or another object keeps
# its reading.
SPLIT_PARTICLE_REFUSAL = [
    (JP, ("Japan has had requests from Ukraine for weapons and has turned them down, Foreign Minister Taro "
          "Sato said."), "refrains"),
    (ISR, "Israel asked Berlin for more artillery shells last spring, and Germany turned it down.", "refrains"),
    (JP, "Japan has had requests from Ukraine for weapons and has not turned them down, Kishida said.",
     "reconsider"),
    (JP, "Poland has had requests from Ukraine for weapons and has turned them down, Kishida said.", "none"),
    (JP, ("Japan has had requests from Ukraine for weapons and has turned the heating down in its embassy, "
          "Kishida said."), "none"),
]

# "the request made by Israel for German shells is being examined": a "by" phrase on a request noun,
# straight or through a participle that makes it (made, submitted, filed), names who asks, like "from";
# the clause's own verb is then the asked party's weighing. A participle that answers the request
# ("rejected by"), or a "by" on the weighing verb itself, keeps its agent.
REQUEST_BY_ASKER = [
    (ISR, "The request made by Israel for German artillery shells is being examined, an official said.",
     "reconsider"),
    (JP, "A request submitted by Kyiv for weapons is under review in Tokyo, Kishida said.", "reconsider"),
    (UK, "The request by Ukraine for Storm Shadow missiles is being studied, Sunak said.", "reconsider"),
    (ISR, "The request made by Israel for German artillery shells is being examined by France, an official said.",
     "none"),
    (JP, "Weapons were sent to Ukraine by Poland, an official said.", "none"),
    (JP, "The request made by Ukraine for weapons was turned down, Kishida said.", "refrains"),
]

# "Daily Star: Has Japan sent weapons …? / Ambassador: No.": an interview labelled by the outlet and by
# the interviewee's role, not "Q:" / "A:", is read like one; a bare "no" denies the question in the voice of
# the one the introduction presents. Another party in the question, or a named stranger answering (a
# transcript of other people), keeps its reading.
LABELLED_INTERVIEW = [
    (JP, ("Japan's ambassador to the EU answered questions from readers.\n\n"
          "Daily Star: Has Japan sent weapons to Ukraine since the invasion?\n\n"
          "Ambassador: No.\n\n"
          "DS: Will that change next year?\n\n"
          "Ambassador: We do not comment on the future."), "refrains"),
    (ISR, ("Germany's ambassador in Jerusalem spoke to our editors.\n\n"
           "Post: Has Germany delivered arms to Israel since October?\n\n"
           "Ambassador: Yes.\n\n"
           "Post: Will that continue?\n\n"
           "Ambassador: That is for the cabinet to say."), "supplies"),
    (JP, ("Japan's ambassador to the EU answered questions from readers.\n\n"
          "Daily Star: Has Russia sent weapons to Ukraine since the invasion?\n\n"
          "Ambassador: No.\n\n"
          "DS: Will that change next year?\n\n"
          "Ambassador: We do not comment on the future."), "none"),
    (JP, ("A transcript of the briefing follows.\n\n"
          "Daily Star: Has Japan sent weapons to Ukraine since the invasion?\n\n"
          "Zakharova: No.\n\n"
          "DS: Will that change?\n\n"
          "Zakharova: Ask Tokyo."), "none"),
    # a bare "no" to a question on another named party denies that party's supply, in its own clause
    (JP, ("Japan's ambassador to the EU answered questions from readers.\n\n"
          "Q: Has Poland supplied weapons to Ukraine this year?\n\nA: No."), "none"),
    (JP, ("Japan's ambassador to the EU answered questions from readers.\n\n"
          "Q: Has Japan supplied weapons to Ukraine this year?\n\nA: No."), "refrains"),
]

# "Zelensky asked Kishida for arms. Tokyo said the Ukrainian request is being examined": the target's
# adjective on a request noun names who asks, never who weighs it; the weighing is the speaker's. Another
# party speaking keeps it that party's, and a request with its own object is read as before.
TARGET_ADJ_REQUEST = [
    (JP, "Zelensky asked Kishida for weapons on Monday. Tokyo said the Ukrainian request is being examined.",
     "reconsider"),
    (ISR, ("Netanyahu asked Merz for more tank shells on Monday. Berlin said the Israeli request is being "
           "studied carefully."), "reconsider"),
    (JP, "Zelensky asked Kishida for weapons on Monday. Poland said the Ukrainian request is being examined.",
     "none"),
    (JP, "Tokyo said the Ukrainian request for weapons is being examined.", "reconsider"),
]

# "The weapons that Japan promised last year have been delivered to Ukraine": a past date inside a relative
# clause on the subject, with a verb of its own, dates that verb; the main clause's perfect delivery is the
# news. A date in the main clause, another recipient, another supplier or a negation keep their readings.
DATE_IN_SUBJECT_RELATIVE = [
    (JP, "The weapons that Japan promised last year have been delivered to Ukraine, Kishida said.", "supplies"),
    (UK, ("The Storm Shadow missiles that Britain pledged earlier this year have been handed over to Ukraine, "
          "Sunak said."), "supplies"),
    (JP, "The weapons that Japan promised last year have been delivered to Poland, Kishida said.", "none"),
    (JP, "The weapons that Russia promised last year have been delivered to Ukraine, Kishida said.", "none"),
    (JP, "The weapons that Japan promised last year have not been delivered to Ukraine, Kishida said.",
     "refrains"),
    (JP, "Kishida said that for years Japan has supplied weapons to Ukraine.", "none"),
]

CASES = DATE_IN_SUBJECT_RELATIVE + TARGET_ADJ_REQUEST + SPLIT_CONDITION + SPLIT_PARTICLE_REFUSAL + REQUEST_BY_ASKER + LABELLED_INTERVIEW


test_reads, test_enough_cases = reading_tests(CASES, minimum=20)
