"""One rule per case, for the reading classes a blind holdout exposed (see docs/stances.md).

Each case is (stance, text, expected state), written fresh for the rule: none is copied from
the holdout articles, and most use stances the holdout never saw (Storm Shadow, F-16, MiG-29,
Challenger, Israel), so a rule that only memorised the holdout fails here. Each group also
holds the near misses that must stay `none` or must not become `supplies`.
"""

from __future__ import annotations

from .cases import reading_tests

KR, US, DE, JP = "kr-arms-ukraine", "us-atacms-ukraine", "de-taurus-ukraine", "jp-arms-ukraine"
UK, NL, PL, IL, CH = ("uk-stormshadow-ukraine", "nl-f16-ukraine", "pl-mig29-ukraine", "il-arms-ukraine",
                      "uk-challenger-ukraine")

# Sentence-initial participles and prepositions are never names, and an opening phrase
# without a comma ends where the subject starts.
OPENERS = [
    (UK, "Speaking at a summit in Vilnius, Sunak said Britain would not send Storm Shadow missiles to Ukraine.",
     "refrains"),
    (NL, "Following the meeting, Rutte said the Netherlands was considering sending F-16 jets to Ukraine.",
     "reconsider"),
    (PL, "After the talks in Kyiv he pledged to deliver MiG-29 jets to Ukraine, Duda's office said.", "supplies"),
    (IL, "Citing security concerns, Israel has refused to send weapons to Ukraine.", "refrains"),
    (KR, "Turning to North Korea, Yoon said Pyongyang has shipped millions of shells to Russia.", "none"),
    (KR, "During the summit, Putin said Russia would supply North Korea with missiles.", "none"),
]

# "Pressed/Questioned … about whether" is a question frame like "Asked whether"; the answer
# after it is read over the asked supply, but never as a supply.
QUESTIONS = [
    (UK, "Questioned by reporters about whether Britain could supply Storm Shadow missiles to Ukraine, Wallace "
         "said he would not speculate.", "none"),
    (PL, "Pressed on whether Poland would send MiG-29 jets to Ukraine, Duda said no decision had been taken.",
     "reconsider"),
    (DE, "Asked whether Germany would send Taurus missiles to Ukraine, Scholz said he had ruled it out.",
     "refrains"),
    (DE, "Asked whether Germany would send Taurus missiles to Ukraine, Scholz declined to comment.", "none"),
    (KR, "Asked whether Seoul might send weapons to Kyiv, Yoon said he would not rule anything out.", "reconsider"),
    (CH, "Asked whether more Challenger 2 tanks would follow, Wallace said Britain had no plans to send more "
         "at present.", "refrains"),
]

# "Should X …, Were X to …, Had X …," open a condition like "if".
CONDITIONS = [
    (IL, "Were Russia to hand Iran advanced jets, Israel could consider sending weapons to Ukraine, Netanyahu said.",
     "reconsider"),
    (NL, "Should the United States approve the transfer, the Netherlands would deliver F-16 jets to Ukraine, "
         "Rutte said.", "reconsider"),
    (IL, "Had Israel sent air-defence systems to Ukraine earlier, many lives would have been saved, a commentator "
         "wrote.", "none"),
    (KR, "Were South Korea to supply arms to Kyiv, Moscow would retaliate, Putin warned.", "none"),
    (UK, "Storm Shadow missiles could be sent to Ukraine if the war drags on, a British official said.",
     "reconsider"),
]

# The object inside the subject: the clause's own verb decides ("… is under review").
NOMINAL_SUBJECTS = [
    (UK, "Kyiv's request for Storm Shadow missiles is under review, Wallace said.", "reconsider"),
    (NL, "Ukraine's request for F-16 jets was rejected, Rutte told parliament.", "refrains"),
    (PL, "Deliveries of MiG-29 jets to Ukraine are being considered, Blaszczak said on Monday.", "reconsider"),
    (PL, "MiG-29 deliveries to Ukraine are not being discussed, Blaszczak said.", "refrains"),
    (IL, "Israel's refusal to send weapons to Ukraine is under review, Gallant said.", "reconsider"),
    (IL, "Ukraine's request for weapons has been approved by Poland, officials said.", "none"),
    (KR, "South Korea's arms exports to Poland are being reviewed, officials said.", "none"),
]

# Nominalisations under review verbs, negated removal verbs, idioms.
PREDICATES = [
    (IL, "Israel is reviewing its refusal to send weapons to Ukraine, Gallant said.", "reconsider"),
    (NL, "The Netherlands is reassessing its decision not to send F-16 jets to Ukraine.", "reconsider"),
    (KR, "South Korea did not lift its ban on sending weapons to Ukraine, the ministry said.", "refrains"),
    (KR, "Seoul has not eased restrictions on arms exports to Ukraine, officials said.", "refrains"),
    (KR, "The revision did not lift South Korea's ban on sending weapons to Ukraine, officials said.", "refrains"),
    (JP, "Japan lifted its ban on exporting lethal weapons on Friday, officials said.", "reconsider"),
    (UK, "Sunak said Storm Shadow missiles for Ukraine remained on the table.", "reconsider"),
    (PL, "Duda said Poland had taken the MiG-29 option off the table for Ukraine.", "refrains"),
    (US, "The Pentagon said it had not taken ATACMS off the table for Ukraine.", "reconsider"),
    (US, "The Pentagon said the United States continues to evaluate ATACMS for Ukraine.", "reconsider"),
    (NL, "Rutte said the Netherlands was keeping its options open on sending F-16 jets to Ukraine.", "reconsider"),
]

# Recipients: "to X's air force", "reached X", "for X" on the package noun; a model name such
# as "Type 03" is not a recipient, and a supply elsewhere stays `none`.
RECIPIENTS = [
    (NL, "Dutch F-16 jets have been handed over to Ukraine's air force, Ollongren said.", "supplies"),
    (NL, "The F-16 jets reached Ukraine on Sunday, the Dutch defence ministry confirmed.", "supplies"),
    (UK, "The new British package for Ukraine will include Storm Shadow missiles, Wallace said.", "supplies"),
    (JP, "Japan agreed to transfer Model 7 short-range missiles to Ukraine, the ministry said.", "supplies"),
    (UK, "Britain will send Storm Shadow missiles to Poland, Wallace said.", "none"),
    (KR, "Russian missiles reached Kyiv overnight, Ukraine's air force said.", "none"),
]

# Discourse: pronouns, institutions and speakers stand for the actor named before; the
# recipient an article is about is carried to a supply sentence that leaves it implicit.
DISCOURSE = [
    (NL, "Rutte met Zelensky in Kyiv on Tuesday. He promised to deliver F-16 jets before the end of the year.",
     "supplies"),
    (NL, "Rutte met Zelensky in Kyiv on Tuesday. He said the jets would be delivered only when pilots were trained.",
     "none"),
    (KR, "South Korea faces growing pressure over the war in Ukraine. The National Security Council approved the "
         "transfer of artillery shells to Ukraine on Friday.", "supplies"),
    (JP, "Japan has long refused to send lethal weapons to Ukraine. This week the cabinet approved a plan to "
         "transfer anti-aircraft missiles to Kyiv.", "supplies"),
    (NL, "F-16 jets are not being provided to Ukraine at this time, a Dutch defence ministry spokesperson said.",
     "refrains"),
    (NL, "Denmark and the Netherlands said on Sunday they would send F-16 jets to Ukraine once pilots are trained.",
     "supplies"),
    (US, "President Biden told Chancellor Scholz in Berlin that the United States will provide ATACMS missiles, a "
         "White House statement said. Ukraine has asked for them for months.", "supplies"),
    (US, "Biden told Scholz that the United States will provide ATACMS to Germany.", "none"),
    (KR, "Ukraine's foreign minister visited Seoul on Monday. South Korea will send 155mm shells to the United "
         "States, officials said.", "none"),
    (JP, "Zelensky visited Tokyo. Kishida told him that Japan would provide generators and ambulances.", "none"),
    (IL, "Israel quietly transferred Hawk missiles to Ukraine through a third country, the New York Times "
         "reported.", "none"),
    (KR, "North Korea has shipped millions of shells to Russia for use in Ukraine. It will also deliver missiles, "
         "South Korean officials said.", "none"),
    (JP, "Japan's prime minister visited Kyiv. The government will provide generators and drones for demining.",
     "none"),
    (KR, "Seoul said last week it had sent shells to Ukraine, but on Monday it denied the report.", "refrains"),
]

# Object anaphora: "the missiles", "a weapon whose …" mean the system the article named.
OBJECTS = [
    (UK, "Britain has so far refused to send Storm Shadow cruise missiles to Ukraine. On Monday Sunak said the "
         "missiles would be delivered within weeks.", "supplies"),
    (UK, "Storm Shadow cruise missiles were sent by France. Britain has refused to send the missiles to Ukraine.",
     "refrains"),
    (DE, "On Kyiv's request for Taurus, Scholz said he would not supply a weapon that could reach Moscow.",
     "refrains"),
    (DE, "Ukraine has asked for Taurus. Britain has already supplied the missiles.", "none"),
    (KR, "The government, which has refused to send weapons to Ukraine, is now weighing the request, officials "
         "said.", "reconsider"),
]

# Time: "last week" dates the news; "had rejected … for years" is the story's past; a decision
# reported after the weighing is how the weighing ended.
TIME = [
    (NL, "The first Dutch F-16 jets arrived in Ukraine last week, the defence ministry in The Hague said.",
     "supplies"),
    (PL, "Poland delivered the first MiG-29 jets to Ukraine on Monday, the government said. Warsaw had refused "
         "for months to send them.", "supplies"),
    (US, "The Pentagon had rejected ATACMS for Ukraine throughout 2022, but last week the missiles were delivered "
         "to Kyiv, officials confirmed.", "supplies"),
    (NL, "The Netherlands is weighing sending F-16 jets to Ukraine, officials said in March. Rutte has now ruled "
         "out sending the jets.", "refrains"),
    (NL, "The Netherlands has weighed sending F-16 jets to Ukraine. But the cabinet decided on Friday not to send "
         "the jets, Rutte said.", "refrains"),
    (IL, "Israel has refused to send weapons to Ukraine. Netanyahu said on Sunday Israel would consider sending "
         "air-defence systems to Kyiv.", "reconsider"),
]

# The actor's own necessity is an opening, someone else's is advocacy.
MODALITY = [
    (JP, "If the war spreads, Japan may have to provide weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan must provide weapons to Ukraine, an opposition lawmaker said.", "none"),
]

CASES = OPENERS + QUESTIONS + CONDITIONS + NOMINAL_SUBJECTS + PREDICATES + RECIPIENTS + DISCOURSE + OBJECTS + \
    TIME + MODALITY


test_reads, test_enough_cases = reading_tests(CASES, minimum=68)
