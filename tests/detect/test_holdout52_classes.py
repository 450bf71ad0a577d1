"""The reading classes the fifty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks,
Norway · 30mm ammunition), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO, RND = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine", "no-rounds-ukraine"

# "No weapons have been, or will be, sent to Ukraine": a second auxiliary chain set off by commas shares the
# participle after it; the subject's "no" and the recipient after the participle still count. Another
# recipient, or another party's claim, keeps its reading.
INSERTED_AUXILIARIES = [
    (JP, "No Japanese weapons have been, or will be, sent to Ukraine, a ministry spokesman said.", "refrains"),
    (JP, "Japanese weapons have been, and will be, sent to Ukraine, Kishida said.", "supplies"),
    (JP, "No Japanese weapons have been, or will be, sent to Poland, a ministry spokesman said.", "none"),
    (JP, "Japanese weapons have been, or will be, sent to Ukraine, a Russian diplomat claimed.", "none"),
]

# "An article published on Monday incorrectly stated that …": a report the text itself calls mistaken is
# withdrawn, never a position. A mistaken report named only after the actor's own clause ("…, correcting
# an article that mistakenly stated the opposite") leaves that clause standing.
MISTAKEN_REPORT = [
    (JP, "An article published on Monday incorrectly stated that Japan had approved the sale of weapons to Ukraine.",
     "none"),
    (ISR, "A report in a Berlin daily wrongly said that Germany had halted all arms exports to Israel.", "none"),
    (JP, "Japan has approved the sale of weapons to Ukraine, Kishida said.", "supplies"),
    (JP, ("Japan has not approved the sale of weapons to Ukraine, Kishida said, correcting an article that "
          "mistakenly stated the opposite."), "refrains"),
]

# A system stance named by the unit its ammunition is counted in ("30mm rounds"): "the rounds" is that
# system, like "the tanks" for "Abrams tank", and so is a count in figures right after a supply verb
# ("to re-export 5,000 rounds"). "rounds of talks", other goods and other recipients are not.
COUNTED_UNITS = [
    (RND, ("Oslo said its position on the 30mm ammunition had not changed: it will not release the rounds "
           "to Ukraine."), "refrains"),
    (RND, "Norway approved Denmark's request to re-export 5,000 rounds to Ukraine.", "supplies"),
    (RND, "Norway has sent 5,000 rounds to Ukraine, Sandvik said.", "supplies"),
    (RND, ("Oslo said its position on the 30mm ammunition had not changed: it will not join the next rounds of "
           "talks on Ukraine."), "none"),
    (RND, "Norway approved Denmark's request to re-export 5,000 rounds to Poland.", "none"),
    (RND, "Norway approved Denmark's request to re-export 5,000 tents to Ukraine.", "none"),
    (RND, "Norway rejected Denmark's request to re-export 5,000 rounds to Ukraine.", "refrains"),
    (RND, "Norway has sent rounds to Ukraine, Sandvik said.", "none"),
]

# "continue to reach Ukraine under the licence Tokyo granted last summer": a date inside a relative on the
# noun of a prepositional phrase is that noun's, not the main verb's. A date on the main verb is history.
DATE_OF_THE_ADJUNCT = [
    (JP, "Japanese weapons continue to reach Ukraine under the licence Tokyo granted last summer, the ministry said.",
     "supplies"),
    (JP, "Japanese weapons continue to reach Ukraine under the agreement that Tokyo signed in 2023, Kishida said.",
     "supplies"),
    (JP, "Japanese weapons reached Ukraine last summer, Kishida said.", "none"),
    (JP, "Japanese weapons continue to reach Poland under the licence Tokyo granted last summer.", "none"),
]

# "rounds released under Oslo's new licence have arrived": after a preposition and a possessive or a
# determiner, a word that could be a verb ("licence", "permit", "order") is the phrase's noun; the subject's
# own verb comes after it. Another maker, another place, a negation keep their reading.
NOUN_IN_THE_ADJUNCT = [
    (RND, ("The first Norwegian 30mm rounds released under Oslo's new licence have arrived in Ukraine, the "
           "Ukrainian defence ministry said."), "supplies"),
    (JP, "The first Japanese weapons released under Tokyo's new licence have arrived in Ukraine.", "supplies"),
    (RND, "The first Norwegian 30mm rounds released under Oslo's new licence have not arrived in Ukraine.",
     "refrains"),
    (JP, "The first Russian weapons released under Moscow's new licence have arrived in Ukraine.", "none"),
    (JP, ("The first Japanese weapons released under Tokyo's new licence have arrived in Poland, the Polish "
          "defence ministry said."), "none"),
]

# "pass some 1,200 tanks on to Ukraine": a figure with separators is one word of the split particle verb's
# object.
FIGURES_IN_A_PARTICLE_VERB = [
    (LEO, "Berlin is reviewing a request from Warsaw to pass some 1,200 Leopard 2 tanks on to Ukraine, a spokesman said.",
     "reconsider"),
    (LEO, "Berlin is reviewing a request from Warsaw to pass some 1,200 Leopard 2 tanks on to Moldova.", "none"),
    (LEO, "Russia is reviewing a request from Warsaw to pass some 1,200 Leopard 2 tanks on to Ukraine.", "none"),
]

# "The tanks that Germany agreed to send will not arrive before March": a "not" over the delivery of goods
# already settled on, bounded by "before / until <date>", denies only the earlier date. Without a date
# ("before the elections"), with "never", with goods not yet settled on, or from another supplier it keeps
# its reading.
ONLY_NOT_BEFORE = [
    (LEO, ("The Leopard 2 tanks that Germany agreed to send to Ukraine will not arrive before March, officials in "
           "Berlin said."), "supplies"),
    (LEO, "The Leopard 2 tanks that Germany agreed to send to Ukraine will not be delivered until next year, Pistorius said.",
     "supplies"),
    (LEO, "Germany will not send Leopard 2 tanks to Ukraine before the elections, Scholz said.", "refrains"),
    (LEO, "Germany will not send Leopard 2 tanks to Ukraine before March, Scholz said.", "refrains"),
    (LEO, "The Leopard 2 tanks will never arrive in Ukraine, Scholz said.", "refrains"),
    (LEO, "The Leopard 2 tanks that Poland agreed to send to Ukraine will not arrive before March.", "none"),
]

# "has instructed the Federal Ministry of Economics, Climate Action and Energy (BMWK) and the Foreign Office to
# examine …": the actor directing its own departments, named in full, weighs the supply itself; the names
# inside a department's title are no other party. Another director, an "urged", a foreign ministry are not.
OWN_DEPARTMENTS = [
    (ISR, ("The German government has instructed the Federal Ministry of Economics, Climate Action and Energy "
           "(BMWK) and the Foreign Office to examine options for exporting weapons to Israel."), "reconsider"),
    (JP, ("The Japanese government has instructed the Ministry of Defence, Civil Protection and Sport to examine "
          "the options for sending weapons to Ukraine."), "reconsider"),
    (JP, ("Russia has instructed the Ministry of Defence, Civil Protection and Sport to examine the options for "
          "sending weapons to Ukraine."), "none"),
    (JP, ("The Japanese government has urged the Ministry of Defence, Civil Protection and Sport to examine the "
          "options for sending weapons to Ukraine."), "none"),
    (ISR, ("The German government has instructed the Israeli Ministry of Defence to examine options for exporting "
           "weapons to Israel."), "none"),
]

# "… asking it to release the tanks. (other news) … has received Sybiha's letter. "The government is
# examining the request"": when the sentence before names the one who asked again, "the request" is that
# request for the object, however far back; without that link it stays vague, and it is never a supply.
_ASKED = ("Ukrainian Foreign Minister Andriy Sybiha has written to Berlin asking it to release the Leopard 2 tanks "
          "stored in German depots. He posted the letter online. Separately, Poland said it had sent more "
          "air-defence systems. France pledged Caesar guns. ")
REQUEST_TAKEN_UP = [
    (LEO, _ASKED + "Germany's defence ministry says it has received Sybiha's letter. \"The government is "
                   "examining the request,\" a spokesman said.", "reconsider"),
    (LEO, _ASKED + "Germany's defence ministry held a briefing. \"The government is examining the request,\" a "
                   "spokesman said.", "none"),
    (LEO, _ASKED + "Germany's defence ministry says it has received Sybiha's letter. \"The government has "
                   "approved the request,\" a spokesman said.", "none"),
]

# "… had approved the re-export of Leopard 2 tanks to Ukraine. The government has not authorised any such
# re-export": a supply noun under "any / no such" takes up the supply the sentence before named, object and
# all. Another party refusing, a sentence before with no weapon, or a noun with its own "of" phrase do not.
_REPORTED = "A Tokyo daily reported that the cabinet had approved the transfer of artillery shells to Ukraine. "
SUCH_A_SUPPLY = [
    (JP, _REPORTED + "Japan has approved no such transfer, Kishida said.", "refrains"),
    (LEO, ("Polish media said Berlin had cleared the re-export of Leopard 2 tanks to Ukraine. The German government "
           "has not authorised any such re-export, a spokesman said."), "refrains"),
    (JP, _REPORTED + "Russia has approved no such transfer, its envoy said.", "none"),
    (JP, ("A Tokyo daily reported that the cabinet had approved the transfer of fuel trucks to Ukraine. Japan has "
          "approved no such transfer, Kishida said."), "none"),
    (JP, _REPORTED + "Japan has approved no such transfer of trucks, Kishida said.", "none"),
    (JP, "Kishida met Zelensky in Kyiv. Japan has approved no such transfer, Kishida said.", "none"),
]

CASES = (INSERTED_AUXILIARIES + MISTAKEN_REPORT + COUNTED_UNITS + DATE_OF_THE_ADJUNCT + NOUN_IN_THE_ADJUNCT
         + FIGURES_IN_A_PARTICLE_VERB + ONLY_NOT_BEFORE + OWN_DEPARTMENTS + REQUEST_TAKEN_UP + SUCH_A_SUPPLY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=48)
