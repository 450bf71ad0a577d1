"""The reading classes the twenty-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "whether she could guarantee that no Japanese weapons would be sent": a negative determiner opening
# the subject does not hide the clause above it; the question or demand still governs the supply. Said
# by the actor, or with the speaker after it, the "no" is still a refusal.
NEGATED_SUBJECT_EMBEDDED = [
    (JP, ("Asked by an opposition lawmaker whether he could guarantee that no Japanese weapons would be sent to "
          "Ukraine, Kishida said he would not speculate."), "none"),
    (ISR, "Opposition deputies demanded assurances that no German weapons would be sent to Israel.", "none"),
    (ISR, "The Greens asked whether the chancellor could promise that no German arms would be exported to Israel.",
     "none"),
    (ISR, "Merz said that no German weapons would be sent to Israel.", "refrains"),
    (ISR, "No German weapons will be exported to Israel, Merz said.", "refrains"),
]

# "has not blocked EU funding for arms deliveries": another party's name before a noun whose "for"/"of"
# phrase holds the object makes the supply that party's; neither blocking nor approving it is the
# actor's own supply. A request of another party still asks the actor, and a supply with no owner
# between stays the actor's.
OWNED_SUPPLY = [
    (ISR, "Germany has not blocked EU funding for arms deliveries to Israel.", "none"),
    (ISR, "Germany has approved NATO funding for weapons for Israel.", "none"),
    (ISR, ("Germany will not send weapons to Israel, Merz said. Germany has not blocked EU funding for arms "
           "deliveries to Israel."), "refrains"),
    (ISR, "Germany rejected Israeli requests for arms deliveries.", "refrains"),
    (ISR, "Germany has not ruled out arms deliveries to Israel.", "reconsider"),
    (ISR, "Germany has blocked arms deliveries to Israel.", "refrains"),
]

# "a senior official in the Department of Defence Production": a capitalised government body that
# names no country is unowned, like "the Ministry of Defence", never another party; a body a country
# owns ("the Russian Department of …", "… of Iran") is that country's.
UNOWNED_BODY = [
    (ISR, ("\"Germany will supply missiles to Israel under an approved export contract,\" a senior official in the "
           "Department of Defence Production told reporters."), "supplies"),
    (ISR, "\"Germany will supply missiles to Israel,\" an official in the Office for Strategic Exports said on Monday.",
     "supplies"),
    (ISR, "\"Germany will supply missiles to Israel,\" a senior official in the Ministry of Defence told reporters.",
     "supplies"),
    (ISR, ("\"Germany will supply missiles to Israel,\" a senior official in the Russian Department of Defence "
           "Production told reporters."), "none"),
    (ISR, ("\"Germany will supply missiles to Israel,\" an official in the Department of Military Cooperation of Iran "
           "told reporters."), "none"),
]

# "The Herald spoke with a senior Japanese defence ministry official", "… spoke to him": the paper
# asks; the one interviewed answers, whether the role takes several words or a pronoun stands for
# the one the sentence before names. Another country's official answers for that country.
INTERVIEWEE = [
    (JP, ("The Tokyo Herald spoke with a senior Japanese defence ministry official about Ukraine.\n"
          "Q: Could Japan send weapons to Ukraine?\nA: We are not ruling it out."), "reconsider"),
    (JP, ("The Tokyo Herald spoke with a senior Russian defence ministry official about Ukraine.\n"
          "Q: Could Japan send weapons to Ukraine?\nA: We are not ruling it out."), "none"),
    (JP, ("Fumio Kishida has been Japan's prime minister since 2021. The Tokyo Herald spoke to him in Tokyo about "
          "Ukraine.\nQ: Will you send weapons to Ukraine?\nA: We are examining the request."), "reconsider"),
    (JP, ("Fumio Kishida has been Japan's prime minister since 2021. The Tokyo Herald spoke to him in Tokyo about "
          "Ukraine.\nQ: Will you send weapons to Ukraine?\nA: We will not send weapons."), "refrains"),
    (JP, ("Sergei Lavrov has been Russia's foreign minister since 2004. The Tokyo Herald spoke to him in Moscow about "
          "Ukraine.\nQ: Will Japan send weapons to Ukraine?\nA: They are examining the request."), "none"),
]

# "whether defensive systems, such as air-defence ammunition, could be made available": an example
# between commas takes the clause of the noun it illustrates; its speaker, agent and condition still
# decide whose supply it is.
EXAMPLE_APPOSITION = [
    (ISR, ("Merz said the government was considering whether defensive systems, such as air-defence ammunition, "
           "could be made available to Israel."), "reconsider"),
    (JP, ("Kishida said the cabinet was examining whether equipment, such as artillery shells, could be made "
          "available to Ukraine."), "reconsider"),
    (ISR, "Merz said defensive systems, such as air-defence missiles, will not be sent to Israel.", "refrains"),
    (ISR, "Poland said defensive systems, such as air-defence missiles, will be sent to Israel.", "none"),
    (ISR, ("Merz said defensive systems, such as air-defence missiles, were sent to Israel by the United States."),
     "none"),
    (ISR, "Russia claims that defensive systems, such as air-defence missiles, are being sent to Israel by Germany.",
     "none"),
    (JP, "If defensive systems, such as air-defence missiles, were sent to Ukraine, Kishida said, Russia would protest.",
     "none"),
]

CASES = NEGATED_SUBJECT_EMBEDDED + OWNED_SUPPLY + UNOWNED_BODY + INTERVIEWEE + EXAMPLE_APPOSITION


test_reads, test_enough_cases = reading_tests(CASES, minimum=28)
