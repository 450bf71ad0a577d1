"""The reading classes the forty-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · Ukraine · weapons, Germany · Israel · weapons), none of which the
holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "ought to sign a deal with Kyiv … and ship the shells": a bare verb after "and" shares the deontic
# modal of the verb before it, however long that verb's object; it is advice, never a supply. A verb
# with its own auxiliary after "and" is read alone.
SHARED_DEONTIC = [
    (JP, "The Japanese government should sign a contract with Ukraine and ship the arms directly.", "none"),
    (JP, ("The Japanese government ought to sign a contract with Ukraine in its own name and ship the weapons "
          "directly."), "none"),
    (ISR, "Berlin must stop hiding behind its partners and send weapons to Israel.", "none"),
    (JP, "The Japanese government will sign a contract with Ukraine in its own name and ship the arms directly.",
     "supplies"),
    (JP, "The Japanese government signed a contract with Ukraine last week and will ship the arms directly.",
     "supplies"),
]

# "sell weapons to neither Ukraine nor Russia": a "neither" on the recipient negates the supply to it.
NEGATED_RECIPIENT = [
    (JP, "Kishida said Japan's policy was to sell weapons to neither Ukraine nor Russia.", "refrains"),
    (JP, "Japan sells arms neither to Ukraine nor to Russia, the ministry said.", "refrains"),
    (ISR, "Germany will deliver weapons to neither Israel nor Iran, Merz said.", "refrains"),
    (JP, "Japan will send neither weapons nor money to Ukraine.", "refrains"),
    (JP, "Japan will sell weapons to Ukraine but to neither Russia nor Belarus.", "supplies"),
]

# "It is not that Japan cannot send arms": the "that" clause of a cleft opening on "It is not that" is
# an explanation the speaker sets aside, no position; a clause after ";" or "but" is read on its own.
DENIED_EXPLANATION = [
    (JP, "\"It is not that Japan cannot sell weapons to Ukraine,\" Kishida said.", "none"),
    (ISR, "It's not that Germany cannot send weapons to Israel.", "none"),
    (JP, ("Kishida said Japan's refusal to sell arms to Ukraine was a political choice. \"It is not that Japan "
          "cannot sell weapons to Ukraine. It is that we will not,\" he said."), "refrains"),
    (ISR, "\"It was not that Germany could not send weapons to Israel,\" Merz said.", "none"),
    (JP, "It is not that Japan cannot sell weapons to Ukraine; Japan will not sell weapons to Ukraine.", "refrains"),
    (JP, "It is not true that Japan is sending arms to Ukraine.", "refrains"),
    (JP, "Japan cannot sell weapons to Ukraine.", "refrains"),
]

# "We considered it, and we concluded that …": a simple-past weighing closed by its own finding (its
# subject pronoun after ", and") is over; it opens nothing. A weighing still going on keeps it open.
CONCLUDED_WEIGHING = [
    (JP, ("Japan has decided against sending arms to Ukraine, officials said. \"We considered it, and we concluded "
          "that this is not the right time,\" Kishida said."), "refrains"),
    (ISR, "\"We weighed sending weapons to Israel, and we decided that it would not help,\" Merz said.", "none"),
    (JP, "Japan considered sending arms to Ukraine, and it is still weighing them.", "reconsider"),
    (JP, "Japan considered sending arms to Ukraine last week.", "reconsider"),
]

# "The competent ministries will consider the request": plural government bodies resolve like
# "officials"; another country's ministries stay that country's.
PLURAL_BODIES = [
    (JP, "Kyiv has asked for arms. The competent ministries will consider the request.", "reconsider"),
    (ISR, "Israel has asked Germany for weapons. The relevant departments are examining the request.", "reconsider"),
    (JP, "Russia's ministries say Japan will send arms to Ukraine.", "none"),
    (JP, "The ministries of Russia and China will consider the request from Kyiv for arms.", "none"),
]

# "Shells made by Japan's state factories are being delivered to Ukraine": a noun that could be a
# reporting verb ("state", "report") after a possessive is a noun inside the subject's modifier.
POSSESSED_NOUN = [
    (JP, "Mortar rounds made by Japan's state factories are being delivered to Ukraine, the Japanese trade "
         "ministry said.", "supplies"),
    (ISR, "Shells made by Germany's state arsenals are being shipped to Israel, the German economy ministry said.",
     "supplies"),
    (JP, "Mortar rounds made by Japan's state factories are being delivered to Ukraine, Russia's foreign ministry "
         "claimed.", "none"),
]

# ", lifting the suspension in place since October 2023,": a participle clause between commas dates its
# own noun when its participle is a verdict ("lifting", "ending"), not the supply before it; a figure
# (", totalling $42m in 2022") and a year after the clause still date the supply.
PARTICIPLE_DATES = [
    (ISR, ("The German cabinet on Thursday approved the export of air-defence missiles to Israel, lifting the "
           "suspension of licences in place since October 2023, a spokesperson said. Offensive weapons remain "
           "excluded."), "supplies"),
    (JP, ("Japan sent tanks to Ukraine, making good on a promise, in 2023. Japan will not send more arms to Ukraine, "
          "Kishida said."), "refrains"),
    (JP, ("Japan is reviewing its arms export licences for Ukraine, Kishida said. Japan's direct arms exports to "
          "Ukraine are modest, totalling about 42 million dollars in 2022."), "reconsider"),
]

# "Kishida added, however, that weapons ordered under contracts signed before May 2023 are still being
# shipped": a request participle and a dated participle inside the subject are modifiers; the actor's
# named speaker marking the supply as an exception ("however", "still being …") to a halt the article
# led with makes it current news. Without the mark, or in another's mouth, the halt stands.
EXCEPTION_TO_HALT = [
    (JP, ("Japan has stopped granting new licences for arms exports to Ukraine, Kishida said. Kishida added, "
          "however, that weapons ordered under contracts signed before May 2023 are still being shipped to "
          "Ukraine."), "supplies"),
    (ISR, "Merz said that weapons ordered under old contracts are being shipped to Israel.", "supplies"),
    (ISR, "Merz said weapons ordered under contracts signed before October 2023 will not be shipped to Israel.",
     "refrains"),
    (JP, ("Japan has stopped granting new licences for arms exports to Ukraine, Kishida said. Kishida added that "
          "weapons were shipped to Ukraine."), "refrains"),
    (JP, ("Japan has stopped granting new licences for arms exports to Ukraine, Kishida said. Weapons are still "
          "being shipped to Ukraine, a spokeswoman said."), "refrains"),
    (JP, ("Japan has stopped granting new licences for arms exports to Ukraine, Kishida said. Russia claimed, "
          "however, that weapons are still being shipped to Ukraine."), "refrains"),
    (ISR, "Weapons ordered under old contracts are still being shipped to Israel, Russia claimed.", "none"),
]

# '"In that case we would look at sending weapons"': "In that case / In that event / In such a case" stands
# for the "if" clause named before; it is no subject, and the clause after it is conditional: an opening,
# never a supply; a conditional refusal stays a refusal.
ANAPHORIC_CONDITION = [
    (JP, ("\"If Russia attacks Kyiv again, it would be hard for us to stay out. In that case we would look at "
          "sending weapons to Ukraine,\" Kishida said."), "reconsider"),
    (JP, "\"In that case we would send weapons to Ukraine,\" Kishida said.", "reconsider"),
    (ISR, "In that event, Germany will deliver weapons to Israel.", "reconsider"),
    (ISR, "In such a case Germany would not send weapons to Israel.", "refrains"),
    (JP, "In that case Japan will send arms to Ukraine.", "reconsider"),
    (JP, "In that case Japan would not rule out sending arms to Ukraine.", "reconsider"),
    (JP, "In that spirit Japan has sent arms to Ukraine.", "supplies"),  # no condition: a plain opener
    (JP, "In any case Japan will send arms to Ukraine.", "supplies"),
]

CASES = (SHARED_DEONTIC + NEGATED_RECIPIENT + DENIED_EXPLANATION + CONCLUDED_WEIGHING + PLURAL_BODIES +
         POSSESSED_NOUN + PARTICIPLE_DATES + EXCEPTION_TO_HALT +
         ANAPHORIC_CONDITION)


test_reads, test_enough_cases = reading_tests(CASES, minimum=46)
