"""The reading classes the forty-fourth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Netherlands · F-16 jets,
UK · Challenger 2 tanks), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, NL, UK = "jp-arms-ukraine", "de-arms-israel", "nl-f16-ukraine", "uk-challenger-ukraine"

# "Japan's deputy foreign minister sat down with us in Tokyo. Synthetic scenario; condensed.": the
# sentence that introduces the talk ("spoke to us", "sat down with us", "answered our questions") names
# the one who answers; a note after it (a verbless fragment, an editing note) names no one. "He spoke to
# us" still takes the one named before; another country's official still answers for that country.
INTERVIEW_INTRODUCTION = [
    (JP, ("Japan's deputy foreign minister sat down with us in Tokyo. Illustrative example; the interview has been "
          "condensed.\nQ: Is Japan sending weapons to Ukraine?\nA: We are not sending weapons to Ukraine."),
     "refrains"),
    (JP, ("Japan's defence minister answered our questions in Osaka. Abridged transcript.\nQ: Will Tokyo arm Kyiv?"
          "\nA: Japan continues to deliver weapons to Ukraine under the agreement we signed."), "supplies"),
    (ISR, ("Germany's economy minister spoke to us at the ministry. Edited excerpt.\nQ: Where do you stand on "
           "Israel?\nA: We are examining whether to send weapons to Israel."), "reconsider"),
    (JP, ("China's deputy foreign minister sat down with us in Beijing. Abridged transcript.\nQ: What about Japan?"
          "\nA: Japan continues to deliver weapons to Ukraine."), "none"),
    (JP, ("Fumio Kishida is Japan's prime minister. He spoke to us in Tokyo. Abridged transcript.\nQ: Is Japan "
          "arming Ukraine?\nA: We are not sending weapons to Ukraine."), "refrains"),
]

# "By decision of the Government of Japan, Japan will …": a comma after a name governed by "of" inside a
# phrase that opens the sentence with a preposition closes that phrase; the name is not listed with the
# subject after the comma, so the subject's own verb decides. A real list keeps its joint subject.
OPENER_NAME = [
    (JP, "On the instructions of the Cabinet of Japan, Tokyo will send artillery shells to Ukraine.", "supplies"),
    (ISR, "\"By order of the Federal Government of Germany, Berlin will deliver air-defence missiles to Israel.",
     "supplies"),
    (ISR, "On behalf of the government of Germany, Berlin will not export tanks to Israel.", "refrains"),
    (JP, "On the instructions of the Cabinet of Japan, South Korea will send artillery shells to Ukraine.", "none"),
    (ISR, "France, Italy and Germany will deliver air-defence missiles to Israel.", "supplies"),
]

# "MOSCOW — If …, X might have to reconsider …": a dateline before a leading condition is no part of
# the sentence; the clause after the condition's comma is the main clause, read as a conditional opening.
DATELINE_CONDITION = [
    (JP, ("TOKYO — If Russia strikes Japanese ships, Japan might have to reconsider its decision not to send "
          "weapons to Ukraine, the spokesman of Japan's foreign ministry said."), "reconsider"),
    (ISR, ("BERLIN (Wire) — If Iran attacks Israel again, Germany might have to reconsider its refusal to export "
           "tanks to Israel, a spokesman for Germany's foreign ministry said."), "reconsider"),
    (JP, "TOKYO — Japan will not send weapons to Ukraine, Kishida said.", "refrains"),
    (JP, ("TOKYO — If Russia strikes Japanese ships, South Korea might have to reconsider its decision not to "
          "send weapons to Ukraine, Seoul's foreign ministry said."), "none"),
]

# "Russia is reviewing the Venezuelan requests": a request the target owns ("the Ukrainian requests",
# "Kyiv's request") asks for the supply the article named shortly before, like "the request". Far from
# any mention of the object, or with another content of its own ("request for fuel"), it opens nothing.
TARGET_REQUEST = [
    (JP, ("Ukraine has asked Japan for artillery shells and air-defence missiles. Its envoy has visited Tokyo "
          "twice. Japan is reviewing the Ukrainian requests, a Japanese defence official said."), "reconsider"),
    (ISR, ("Israel wants more tank shells. Germany is examining Israel's request, a government spokesman said."),
     "reconsider"),
    (JP, ("Ukraine has asked Japan for artillery shells. Japan has rejected Kyiv's request, Kishida said."),
     "refrains"),
    (JP, "Japan is reviewing the Ukrainian requests, a Japanese official said.", "none"),
    (JP, ("Ukraine has asked Japan for artillery shells. Japan is studying Kyiv's request for fuel, an official "
          "said."), "none"),
]

# "We examined the request carefully and concluded that …": a weighing in the simple past closed by "and
# concluded / found that …" is over; the finding decides. A weighing still going on, or followed by another
# verb, stays open.
FINISHED_SIMPLE_PAST = [
    (JP, ("Ukraine asked Japan for artillery shells. \"We examined the Ukrainian request carefully and concluded "
          "that Japan will not send shells to Ukraine,\" Kishida said."), "refrains"),
    (ISR, ("Israel asked for more tank shells. Germany examined the request and found that it could not export "
           "tank shells to Israel, Merz said."), "refrains"),
    (JP, ("Ukraine asked Japan for artillery shells. Japan examined the request and will decide next month, "
          "Kishida said."), "reconsider"),
    (JP, "Japan is still examining whether to send artillery shells to Ukraine, Kishida said.", "reconsider"),
]

# "We are not sending any jets to Ukraine": for a system stance whose title puts the system in a class
# ("Netherlands · Ukraine · F-16 jets"), a refusal of every member of that class ("not … any jets", "no
# fighter jets will be sent") covers the system. A supply of the class is no supply of the system, the
# class noun modifying another noun ("any jet deliveries") is no object, and another class says nothing.
CLASS_REFUSAL = [
    (NL, "\"We are not sending any jets to Ukraine,\" Rutte said on Tuesday.", "refrains"),
    (NL, "No fighter jets will be sent to Ukraine, Rutte said.", "refrains"),
    (UK, "Britain will not send any tanks to Ukraine this year, Sunak said.", "refrains"),
    (NL, "The Netherlands sent jets to Ukraine last week, Rutte said.", "none"),
    (NL, "Rutte said the Netherlands would train Ukrainian pilots but did not mention any jet deliveries.", "none"),
    (NL, "\"We are not sending any tanks to Ukraine,\" Rutte said on Tuesday.", "none"),
    (UK, "Britain is sending more tanks to Ukraine, Sunak said.", "none"),
]

CASES = INTERVIEW_INTRODUCTION + OPENER_NAME + DATELINE_CONDITION + TARGET_REQUEST + FINISHED_SIMPLE_PAST + \
    CLASS_REFUSAL


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
