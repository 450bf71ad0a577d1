"""The reading classes the nineteenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Israel · weapons, UK ·
Challenger, Sweden · Archer, Netherlands · F-16), none of which the holdout uses. Each group holds
near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, IL, CHAL, ARCHER, NLF = ("jp-arms-ukraine", "de-arms-israel", "il-arms-ukraine", "uk-challenger-ukraine",
                                  "se-archer-ukraine", "nl-f16-ukraine")

# '"Nations that keep sending weapons only prolong the war"': a subjectless clause after a common noun
# is a relative clause; its subject is that class of agents, never the actor quoted around it.
CLASS_RELATIVE = [
    (JP, ("Japan's foreign ministry said in a statement that \"nations that keep sending weapons to Ukraine "
          "only prolong the war\" and urged talks."), "none"),
    (JP, "Japan has joined the coalition that sends weapons to Ukraine, Kishida said.", "none"),
    (ISR, "Germany's government said that \"countries that supply arms to Israel bear responsibility\".", "none"),
    (IL, "Israel's foreign ministry said \"governments that send weapons to Ukraine must be careful\".", "none"),
    # near misses: a complement clause with its own subject, and a verb after its subject
    (JP, "Japan's foreign ministry said that Japan will continue to send weapons to Ukraine.", "supplies"),
    (ISR, "Merz insists that Germany will not send arms to Israel.", "refrains"),
]

# "… and no further delivery to Ukraine is planned": "no further / more" before a supply noun with no
# object of its own is another supply of the object named before it.
NO_FURTHER = [
    (CHAL, ("\"The last Challenger 2 tanks we have must stay with the army in Estonia, and no further delivery "
            "to Ukraine is planned,\" Wallace told MPs."), "refrains"),
    (ARCHER, ("The Archer howitzers are needed at home, and no more deliveries to Ukraine are planned, "
              "Jonson said."), "refrains"),
    # near miss: the further supply names another object of its own
    (CHAL, ("Challenger 2 tanks are in short supply, and no further transfer of rifles to Ukraine is planned, "
            "Wallace said."), "none"),
]

# ", a blogger said, without citing any evidence.": a claim its speaker does not support.
WITHOUT_EVIDENCE = [
    (JP, "Japan has begun sending artillery shells to Ukraine, a blogger said, without citing any evidence.", "none"),
    (NLF, ("The Netherlands has begun sending more F-16 jets to Ukraine, a pro-Kremlin channel said, without "
           "offering any proof."), "none"),
    # near miss: a tail without the want of evidence
    (JP, "Japan has begun sending artillery shells to Ukraine, Kishida said, without giving details.", "supplies"),
]

# "can contribute Challenger tanks to Ukraine": with an object of its own "contribute" is a supply verb;
# "contributed to the counter-offensive" is not.
CONTRIBUTE = [
    (CHAL, "Britain is examining whether it can contribute Challenger 2 tanks to Ukraine, Sunak said.", "reconsider"),
    (CHAL, "Britain has contributed 14 Challenger 2 tanks to Ukraine, Wallace said.", "supplies"),
    (CHAL, "British Challenger 2 tanks contributed to Ukraine's gains in the south, analysts said.", "none"),
    (CHAL, "British Challenger 2 tanks contributed greatly to Ukraine's gains, Wallace said.", "none"),
    (CHAL, "Britain has contributed more to the Challenger coalition for Ukraine than anyone, Wallace said.", "none"),
]

# "Sweden's defence minister, Pal Jonson, told reporters that …": a name in apposition to a title,
# right before the reporting verb, is the speaker; another party's official stays theirs.
APPOSITIVE_SPEAKER = [
    (ARCHER, ("Sweden's defence minister, Pal Jonson, told reporters that the eight Archer howitzers had arrived "
              "in Ukraine."), "supplies"),
    (NLF, ("The Netherlands' defence minister, Kajsa Ollongren, said on Friday that the F-16 jets would not be "
           "sent to Ukraine this year."), "refrains"),
    (ARCHER, ("Russia's foreign ministry spokeswoman, Maria Zakharova, said that Sweden had sent Archer "
              "howitzers to Ukraine."), "none"),
]

# "the defence ministry said": a definite body with a lowercase field word is a government body, which
# continues the actor named before it, never the city or newspaper of the dateline.
LOWERCASE_BODY = [
    (CHAL, ("LONDON (Harbor Wire) - Many of the British army's Challenger 2 tanks need new engines, a leaked audit "
            "shows, and the defence ministry said on Tuesday that there was no plan to send any of them to Ukraine."),
     "refrains"),
    # a quantifier after the dateline ("Half of …") is no name, the dateline's agency no party
    (CHAL, ("LONDON (Harbor Wire) - Half of the British army's Challenger 2 tanks lack engines, and the defence "
            "ministry said on Tuesday that there was no plan to send any of them to Ukraine."), "refrains"),
    (CHAL, ("LONDON (Harbor Wire) - Poland's army has too few tanks, according to a report seen by Harbor Wire, and "
            "the Polish defence ministry said there was no plan to send Challenger tanks to Ukraine."), "none"),
]

# "missile-engine components", "fighting-vehicle spare parts": a hyphenated compound naming a weapon makes
# its parts weapons; "car-engine parts" are not.
WEAPON_COMPOUND_PARTS = [
    (JP, "A first batch of fighting-vehicle spare parts approved by Tokyo has been delivered to Ukraine.", "supplies"),
    (ISR, "The German government has approved the transfer of missile-engine components to an Israeli company.",
     "supplies"),
    (ISR, "The German government has approved the transfer of car-engine parts to an Israeli company.", "none"),
]

# "defence exports", "defence-industry sales": the trade in arms, read like "arms exports".
DEFENCE_TRADE = [
    (JP, "Japan is considering lifting its ban on defence exports to Ukraine, officials said.", "reconsider"),
    (IL, "Israel could approve defence-industry sales to Kyiv next year, Gallant said.", "reconsider"),
    (IL, "Israeli defence exports hit a record last year.", "none"),
]

# "Israeli arms exports to Ukraine amounted to $12m a year": the trade noun as the
# subject of a measure is a figure, not a supply decided; an approval worth a sum still supplies.
TRADE_FIGURES = [
    (IL, "Israeli arms exports to Ukraine amounted to less than $12m a year, a think tank estimates.", "none"),
    (JP, "Sales of shells to Ukraine rose sharply, an industry group said.", "none"),
    (ISR, "Germany approved arms exports worth 20 million euros to Israel this month, the ministry said.",
     "supplies"),
]

# "Asked whether …, he said that question was being examined": the answer by "he", when the sentence
# before is about the actor's speaker, is the actor's; with no one named before it is no one's.
PRONOUN_ANSWER = [
    (JP, ("Kishida flew to Kyiv on Monday. Asked whether missiles might be shipped to Ukraine, he said that question "
          "was being examined."), "reconsider"),
    (JP, "Asked whether missiles might be shipped to Ukraine, he said that question was being examined.", "none"),
    (JP, ("Kishida flew to Kyiv on Monday. Asked whether missiles might be shipped to Ukraine, he said he would not "
          "comment."), "none"),
]

# "the Archer howitzers that Sweden committed to Ukraine have been delivered": a relative clause with
# its own subject between the object and its verb; its subject, if it committed or sent them, supplies.
RELATIVE_BEFORE_VERB = [
    (ARCHER, "The Archer howitzers that Sweden committed to Ukraine have been delivered to the Ukrainian army.",
     "supplies"),
    (ARCHER, "The Archer howitzers that Denmark pledged have been delivered to Ukraine.", "none"),
    (ARCHER, "The Archer howitzers that Sweden bought last year are not being sent to Ukraine, Jonson said.",
     "refrains"),
]

# '"… a second consignment of shells," the embassy said' right after "Russia's embassy in Canberra said …":
# a definite body closing a quotation continues the other party named before; after a sentence about
# the actor the ministry is the actor's, an unowned embassy never.
CONTINUED_BODY = [
    (JP, ("Russia's embassy in Canberra said on Monday that Japan was preparing to ship shells to Ukraine. \"Tokyo "
          "is loading a second consignment of shells bound for Kyiv,\" the embassy said."), "none"),
    # "the embassy" owned by no one is a foreign mission, even in a story about the actor
    (JP, ("Japan's defence ministry did not respond to questions. \"The Japanese authorities are sending a new batch "
          "of shells to Kyiv,\" the embassy said."), "none"),
    (IL, ("Iran's foreign ministry accused Israel of arming Ukraine. \"Israel is sending missiles to Kyiv,\" the "
          "ministry said in a statement."), "none"),
    (JP, ("Kishida met reporters on Monday. \"Japan is preparing a second batch of shells for Kyiv,\" the ministry "
          "said."), "supplies"),
]

CASES = (CLASS_RELATIVE + NO_FURTHER + WITHOUT_EVIDENCE + CONTRIBUTE + APPOSITIVE_SPEAKER + LOWERCASE_BODY +
         CONTINUED_BODY + WEAPON_COMPOUND_PARTS + DEFENCE_TRADE + TRADE_FIGURES + PRONOUN_ANSWER +
         RELATIVE_BEFORE_VERB)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
