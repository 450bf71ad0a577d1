"""The reading classes the twenty-second blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, South Korea · weapons, Switzerland · weapons, Germany ·
Leopard, Sweden · Archer, Netherlands · F-16, United States · Abrams), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, KR, CH = "jp-arms-ukraine", "kr-arms-ukraine", "ch-arms-ukraine"
LEO, ARCHER, F16, ABRAMS = "de-leopard-ukraine", "se-archer-ukraine", "nl-f16-ukraine", "us-abrams-ukraine"

# "delivered 30 howitzers between 2022 and 2023", "from 2022 to 2024": a simple past dated by a span of
# past years is the story's history; beside a present refusal it does not decide, alone it still does.
SPANNED_YEARS = [
    (ARCHER, ("Sweden has no plans to send more Archer howitzers to Ukraine, Jonson said on Monday. Sweden "
              "delivered eight Archer howitzers between 2023 and 2024."), "refrains"),
    (KR, ("South Korea will not provide weapons to Ukraine, Yoon said. South Korea shipped artillery shells to "
          "Ukraine from 2022 to 2023, according to a parliamentary report."), "refrains"),
    (ARCHER, "Sweden delivered eight Archer howitzers to Ukraine between 2023 and 2024.", "supplies"),
    (ARCHER, ("Sweden has no plans to send more Archer howitzers to Ukraine, Jonson said on Monday. On Friday, "
              "Sweden delivered eight Archer howitzers to Ukraine."), "supplies"),
]

# "the French-built jets", "the German-designed tanks": where the weapon was made is a modifier, so the
# definite noun still means the system named before; without the system named, or to someone else, not.
ORIGIN_MODIFIER = [
    (F16, ("Kyiv has long asked for F-16 fighter jets. Rutte said the Netherlands was open to sending the "
           "American-built jets to Ukraine."), "reconsider"),
    (ABRAMS, ("Ukraine wants more Abrams tanks. Lloyd Austin said the United States was considering sending the "
              "American-designed tanks to Ukraine."), "reconsider"),
    (F16, "Rutte said the Netherlands was open to sending the French-built jets to Ukraine.", "none"),
    (F16, ("Kyiv has long asked for F-16 fighter jets. Rutte said the Netherlands was open to sending the "
           "American-built jets to Romania."), "none"),
]

# "is examining how many howitzers it can send to Ukraine": "how many / how much" after a weighing verb
# asks what to supply, like "which"; a decision already taken, or another party choosing, is no opening.
HOW_MANY = [
    (ARCHER, "The Swedish government is examining how many Archer howitzers it can send to Ukraine.", "reconsider"),
    (JP, "Japan is assessing how much ammunition it could provide to Ukraine, Kishida said.", "reconsider"),
    (ARCHER, "Norway is examining how many Archer howitzers it can send to Ukraine.", "none"),
    (JP, "Japan is assessing how many refugees it could host from Ukraine, Kishida said.", "none"),
]

# "had, until this year, said …": an adjunct between commas after "had" leaves a past perfect, the story's
# history; beside a present opening the opening decides, alone the history still does.
INTERRUPTED_PERFECT = [
    (JP, ("Japan is weighing a Ukrainian request for artillery shells, Kishida said on Monday. The foreign "
          "ministry had, until last year, said Japan did not supply weapons to Ukraine."), "reconsider"),
    (CH, ("Switzerland is reviewing a request to re-export ammunition to Ukraine, Amherd said on Friday. Bern "
          "had, for many years, refused to send weapons to Ukraine."), "reconsider"),
    (JP, "The foreign ministry had, until last year, said Japan did not supply weapons to Ukraine.", "refrains"),
    (CH, ("Switzerland is reviewing a request to re-export ammunition to Ukraine, Amherd said on Friday. Bern "
          "has, for now, refused to send weapons to Ukraine."), "reconsider"),
]

# '"Any suggestion that Tokyo is considering arms sales to Kyiv is incorrect"': a suggestion or report
# said to be incorrect, inaccurate or false is denied, which restates the policy; merely reported, it is
# someone's claim.
DENIED_SUGGESTION = [
    (JP, ("\"Any suggestion that Japan is considering arms sales to Ukraine is incorrect,\" a foreign ministry "
          "spokesman said."), "refrains"),
    (KR, ("The report that South Korea is sending shells to Ukraine is inaccurate, the presidential office "
          "said."), "refrains"),
    (JP, "There have been suggestions that Japan is considering arms sales to Ukraine, Russian media said.", "none"),
    (KR, "A report that South Korea is sending shells to Ukraine was published by a Russian newspaper.", "none"),
]

# A present decision against ("has shelved", "has decided not to") ends an opening that the article
# recounts as said before the news ("said last month that … was open to"), wherever it recounts it; an
# opening said now, after the lead's walk-back, is the news and keeps the option open.
DATED_OPENING_WALKED_BACK = [
    (LEO, ("Germany has shelved plans to send Leopard 2 tanks to Ukraine, officials said on Tuesday. Pistorius "
           "said last month that Germany was open to sending the tanks."), "refrains"),
    (ARCHER, ("The Swedish government has decided not to send Archer howitzers to Ukraine for now. Jonson said "
              "two months ago that Sweden was considering sending the howitzers."), "refrains"),
    (LEO, ("Germany has shelved plans to send Leopard 2 tanks to Ukraine, officials said on Tuesday. But "
           "Pistorius said on Wednesday that Germany is open to sending the tanks later this year."), "reconsider"),
    (LEO, "Pistorius said last month that Germany was open to sending Leopard 2 tanks to Ukraine.", "reconsider"),
]

# "Selling shells is not the same as going to war": a supply gerund as the subject of a negated copula
# with a noun phrase that holds no verdict word judges supplying in general; "is not an option", "is not
# on the agenda" still refuse.
NEGATED_EVALUATION = [
    (KR, ("South Korea keeps its arms policy. Selling artillery shells to Ukraine is not the same as joining "
          "the war."), "none"),
    (CH, "Switzerland remains neutral. Exporting ammunition is not a crime under Swiss law.", "none"),
    (KR, "South Korea keeps its arms policy. Selling artillery shells to Ukraine is not an option.", "refrains"),
    (CH, ("Switzerland remains neutral. Exporting ammunition to Ukraine is not on the agenda, Amherd "
          "said."), "refrains"),
]

CASES = (SPANNED_YEARS + ORIGIN_MODIFIER + HOW_MANY + INTERRUPTED_PERFECT + DENIED_SUGGESTION +
         DATED_OPENING_WALKED_BACK + NEGATED_EVALUATION)


test_reads, test_enough_cases = reading_tests(CASES, minimum=28)
