"""The reading classes the thirty-eighth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan, Germany · Israel, Portugal, Sweden · Archer, Netherlands · F-16) and
one minimal stance defined here (Czech Republic · Georgia, names only), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests
from .stances import all_stances

JP, ISR, PT, SE = "jp-arms-ukraine", "de-arms-israel", "pt-arms-ukraine", "se-archer-ukraine"
CZ = "cz-arms-georgia"

STANCES = all_stances()
STANCES[CZ] = parse_stance({"id": CZ, "title": "Czech Republic · Georgia · weapons", "initial": "refrains",
                            "actor": {"names": ["Czech Republic"]}, "target": {"names": ["Georgia"]},
                            "object": {"kind": "weapons"}}, source="tests/detect/test_holdout38_classes.py")

# '"The Republic has not sent weapons …," the Portuguese defence ministry said': a capitalised state form
# after "the" with no "of <country>" is the story's own country, a definite body continued from its
# speaker, never another party; "to the Kingdom" stays a place, no recipient.
STATE_FORM = [
    (PT, ("\"The Republic has not sent weapons to Ukraine and has no intention of doing so,\" the Portuguese defence "
          "ministry said."), "refrains"),
    (SE, "\"The Kingdom is not sending Archer howitzers to Ukraine,\" a Swedish government spokesperson said.",
     "refrains"),
    (PT, "\"The Republic has not sent weapons to Ukraine,\" the Russian foreign ministry said.", "none"),
    (SE, "Sweden will send Archer howitzers to the Kingdom, a Swedish government spokesperson said.", "none"),
]

# "The Council directed the competent authorities to examine the request": an unnamed executive body
# ("the Council", "the Cabinet") giving a directive to its own officials is the government of the story;
# too weak an agent for a supply, and another country's body stays another country's.
UNNAMED_BODY_DIRECTIVE = [
    (JP, ("Japan's cabinet met on Tuesday. The Council directed the defence ministry to examine the request "
          "submitted by Ukraine for weapons."), "reconsider"),
    (JP, ("Japan's cabinet met on Tuesday. The Cabinet directed the defence ministry to examine Kyiv's request for "
          "weapons."), "reconsider"),
    (JP, ("Russia's security council met on Tuesday. The Council directed the army to examine the request submitted "
          "by Ukraine for weapons."), "none"),
    (JP, ("Poland's president met Zelensky in Warsaw. The cabinet directed the defence ministry to send weapons to "
          "Ukraine."), "none"),
]

# "instructed the defence ministry to identify weapons … that could be sent to Ukraine": a directive
# with no supply verb of its own tells officials to handle the object; listing what "could be sent"
# weighs the option, a plain list is nothing, and a directive to send still supplies.
DIRECTIVE_WITHOUT_SUPPLY = [
    (JP, ("Japan's government on Tuesday instructed the defence ministry to identify weapons in its depots that "
          "could be sent to Ukraine."), "reconsider"),
    (JP, "Japan's government ordered the defence ministry to list the weapons in its depots.", "none"),
    (JP, "Japan's government instructed the defence ministry to send weapons to Ukraine.", "supplies"),
]

# "is once more being delivered": "once more" / "once again" is an adverb of repetition, not "once"
# opening a clause; "Once the weapons are delivered, …" still opens one.
ONCE_MORE = [
    (JP, "Japanese artillery shells are once more being delivered to Ukraine, the defence ministry confirmed on Monday.",
     "supplies"),
    (JP, "Shells from Japanese stocks are once again being delivered to Ukraine, the Japanese defence ministry said.",
     "supplies"),
    (JP, "Once the weapons are delivered to Ukraine, Russia will retaliate, Moscow warned.", "none"),
]

# "A new Estonian package of …": the actor's adjective opening the supply noun names whose supply it is,
# like a possessive, so a later sentence reporting it is not a lone aside beside a refusal of another
# system; an adjective on a law or on the weapons themselves is no such owner.
OWNED_SUPPLY_NOUN = [
    (JP, ("Japan will not send its tanks to Ukraine, Kishida said. A new Japanese package of rifles and shells is "
          "being loaded for Ukraine this week, officials said."), "supplies"),
    (JP, ("Japan will not send its tanks to Ukraine, Kishida said. The latest Japanese consignment of shells reached "
          "Ukraine on Friday, officials said."), "supplies"),
    (JP, ("Japan will not send its tanks to Ukraine, Kishida said. Japanese weapons captured by Russia were shown in "
          "Moscow, officials said."), "refrains"),
]

# "export law requires cabinet approval for the sale of weapons": an approval something requires is a
# condition of a supply, not one given; an approval given still supplies.
REQUIRED_APPROVAL = [
    (JP, "Japanese export law requires cabinet approval for the sale of weapons to Ukraine, officials said.", "none"),
    (JP, "Japan's cabinet gave its approval for the sale of weapons to Ukraine.", "supplies"),
]

# "Adel al-Harbi, <actor>'s minister of state for foreign affairs, spoke to …": a name with a lower-case
# particle and a title with "of"/"for" complements tie the one interviewed to the actor (or to another
# country); a minimal stance's possessive ("Czech Republic's") is found before its adjective ("Czech").
APPOSITIVE_OFFICIAL = [
    (ISR, ("Karl von Alden, Germany's minister of state for defence, spoke to the Courier in Berlin.\n"
           "Q: Is Germany arming Israel?\nA: We are providing Israel with air-defence missiles."), "supplies"),
    (ISR, ("Pavel al-Rashid, Russia's minister of state for foreign affairs, spoke to the Courier in Moscow.\n"
           "Q: Is Germany arming Israel?\nA: They are providing Israel with air-defence missiles."), "none"),
    (CZ, ("Jan Novak, the Czech Republic's minister of state for defence, spoke to the Courier in Prague.\n"
          "Q: Is your country arming Georgia?\nA: We are providing Georgia with air-defence missiles."), "supplies"),
    (CZ, ("Pavel Orlov, Russia's deputy foreign minister, spoke to the Courier in Moscow.\n"
          "Q: Is the Czech Republic arming Georgia?\nA: They are providing Georgia with air-defence missiles."), "none"),
]

# "does not arm either party", "arm the SAF": "arm" before a determiner and a party is the verb of
# arming; another party armed is no supply to the target.
ARM_DETERMINED_PARTY = [
    (ISR, "Germany does not arm either side in the Gaza war, Merz said.", "refrains"),
    (ISR, "Germany does not arm the Israeli army, Merz said.", "refrains"),
    (ISR, "Germany is arming the Kurds in Iraq, Merz said.", "none"),
    (JP, "Japan is arming the Philippines, Kishida said.", "none"),
]

# "Asked … whether <actor> might reconsider …, Foreign Minister Name said …": a minister named by title
# alone (a particle in the name too) who answers a question about the actor, in a story that opens on
# another country, answers for the actor; another country's minister, or one asked nothing, does not.
ANSWERING_MINISTER = [
    (ISR, ("Egypt hosted the talks on Gaza on Sunday. Asked at the news conference whether Germany might reconsider "
           "supplying weapons to Israel, Foreign Minister Ursula von Alden said the country \"does not arm either "
           "party, and that has not changed\"."), "refrains"),
    (ISR, ("Egypt hosted the talks on Gaza on Sunday. Foreign Minister Sameh Shoukry said the country \"does not arm "
           "either party\"."), "none"),
]

# "told the delegation that the request would be studied": a weighing promised for the request just
# named is open like "is being studied"; the requester's own word, or a weighing ended in a rejection,
# is not.
PROMISED_WEIGHING = [
    (JP, ("Ukraine's defence minister asked Japan for air-defence systems during talks in Tokyo. Japanese officials "
          "told the delegation that the request would be studied."), "reconsider"),
    (JP, ("Ukraine's defence minister asked Japan for air-defence systems during talks in Tokyo. Ukrainian officials "
          "said the request would be studied."), "none"),
]

# "It would be wrong to say that X will never …", "impossible to keep refusing": a clause denied by
# "wrong / incorrect to say" and a negation by "impossible to / that" turn what follows, so a denied
# refusal opens the option and a denied supply refuses it.
DENIED_CLAUSE = [
    (JP, "It would be wrong to say that Japan will never send weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "It is wrong to say that Japan is sending weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "It is incorrect to suggest that Japan has ruled out sending weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan might find it impossible to keep refusing Ukraine the weapons it asks for, Kishida said.", "reconsider"),
    (JP, "Japan will find it impossible to send weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "It is not impossible that Japan sends weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "Japan will keep refusing Ukraine the weapons it asks for, Kishida said.", "refrains"),
]

# "It would be a mistake to send weapons to Ukraine": a supply infinitive extraposed after a judgement is
# judged, never reported; "it is ready to send", whose "it" is the country, still opens the option.
EXTRAPOSED_JUDGEMENT = [
    (JP, "It would be a mistake to send weapons to Ukraine, Kishida said.", "none"),
    (JP, "It is important to send weapons to Ukraine, Kishida said.", "none"),
    (JP, "Japan thinks it would be unwise to send weapons to Ukraine.", "none"),
    (JP, "Japan said it is ready to send weapons to Ukraine.", "reconsider"),
    (JP, "Japan said it will send weapons to Ukraine.", "supplies"),
]

CASES = (STATE_FORM + UNNAMED_BODY_DIRECTIVE + DIRECTIVE_WITHOUT_SUPPLY + ONCE_MORE + OWNED_SUPPLY_NOUN +
         REQUIRED_APPROVAL + APPOSITIVE_OFFICIAL + ARM_DETERMINED_PARTY + ANSWERING_MINISTER + PROMISED_WEIGHING +
         DENIED_CLAUSE + EXTRAPOSED_JUDGEMENT)

test_reads, test_enough_cases = reading_tests(CASES, minimum=43, stances=STANCES)
