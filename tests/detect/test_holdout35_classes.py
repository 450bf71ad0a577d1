"""The reading classes the thirty-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard tanks), none
of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "Late on Friday, …", "Two Japanese officials told …": a time adverb opening the sentence is no name,
# and a number counting the subject is part of its noun phrase, never a party of its own.
OPENERS_AND_COUNTS = [
    (JP, "Late on Friday, Japan's foreign ministry said that Tokyo has not sent weapons to Ukraine.", "refrains"),
    (JP, "Early on Friday, Russia said that Japan is sending weapons to Ukraine.", "none"),
    (JP, ("Three Japanese officials told the Tokyo Courier that the cabinet is now weighing whether to send Ukraine "
          "weapons."), "reconsider"),
    (JP, "Three Russian officials said that Japan is now weighing whether to send Ukraine weapons.", "none"),
    (JP, "Two Japanese officials said Tokyo would not send weapons to Ukraine.", "refrains"),
]

# "a senior foreign ministry official": plain words between the determiner and the role noun modify it;
# the official is nobody else. A country among them still owns the official.
PLAIN_MODIFIERS = [
    (JP, "A senior foreign ministry official said there was no plan to send weapons to Ukraine.", "refrains"),
    (JP, "A senior Russian foreign ministry official said Japan plans to send weapons to Ukraine.", "none"),
    (JP, "A senior foreign ministry official said Japan is considering sending weapons to Ukraine.", "reconsider"),
]

# "drones for use in Russia": a purpose phrase names where the weapons go, the recipient.
PURPOSE_RECIPIENT = [
    (ISR, "Germany has denied supplying drones for use in Russia.", "none"),
    (ISR, "Germany has not supplied drones for use in Russia.", "none"),
    (ISR, "Germany has denied supplying drones.", "refrains"),
    (ISR, "Germany has supplied drones for use by Israel's army, Merz said.", "supplies"),
]

# "They stay here … we are not handing them to Kyiv": a pronoun object of a supply verb with "to" and the
# target is the system named before; "are not going anywhere" keeps the object like "stays at home".
# Neither the pronoun nor the idiom can make a supply.
KEPT_OBJECT = [
    (LEO, "Q: What about the Leopard 2 tanks?\nA: We are not handing them to Kyiv.", "refrains"),
    (LEO, "Q: What about the Leopard 2 tanks?\nA: We are handing them to Kyiv.", "none"),
    (LEO, "Pistorius said the Leopard 2 tanks are not going anywhere.", "refrains"),
    (LEO, "Pistorius said the Leopard 2 tanks won't go anywhere.", "refrains"),
    (LEO, "Talks on the Leopard 2 tanks are not going anywhere, Pistorius said.", "none"),
    (LEO, "The Leopard 2 tanks are going to Ukraine, Pistorius said.", "supplies"),
]

# "the Munster batteries": a place before a weapon head noun modifies it, it is no party; the one asked
# answers for the actor.
PLACE_BEFORE_WEAPON = [
    (JP, ("Asked whether the purchases would free the Okinawa batteries for Ukraine, a senior defence ministry "
          "official said there was no plan to send weapons to Ukraine."), "refrains"),
    (JP, ("Asked whether the purchases would free the Okinawa batteries for Ukraine, a senior Russian defence "
          "ministry official said Japan would send weapons to Ukraine."), "none"),
]

# "A plan under which the tanks would be handed to Ukraine is being studied by Germany": the object is the
# subject of the plan's content clause; the verb on the plan decides, and a plan merely floated is none.
PLAN_CONTENT = [
    (LEO, "A plan under which Leopard 2 tanks would be handed to Ukraine is being studied by Germany's defence ministry.",
     "reconsider"),
    (LEO, "A plan under which Leopard 2 tanks would be handed to Ukraine has been rejected by Germany.", "refrains"),
    (LEO, "A plan under which Leopard 2 tanks would be handed to Ukraine is not being considered by Germany.",
     "refrains"),
    (LEO, "Pistorius said that a plan under which Leopard 2 tanks would go to Ukraine is being examined.", "reconsider"),
    (LEO, "German officials floated a plan under which Leopard 2 tanks would be handed to Ukraine.", "none"),
    (LEO, "Germany is examining a proposal under which Leopard 2 tanks would be handed to Ukraine.", "reconsider"),
]

# ", an official confirmed on Monday, after the newspaper first reported it": the confirmation is the
# source; the newspaper's earlier report is when, not whose word. A report on its own is still media.
CONFIRMED_AFTER_REPORT = [
    (JP, ("Japan is sending weapons to Ukraine, a defence ministry official confirmed on Monday, after the newspaper "
          "Asahi first reported it."), "supplies"),
    (JP, "Japan is sending weapons to Ukraine, the newspaper Asahi reported.", "none"),
    (JP, ("Japan is sending weapons to Ukraine, a Russian official claimed on Monday, after the newspaper Asahi "
          "reported it."), "none"),
]

# "The senator, visiting Tokyo with a delegation, told reporters that Japan could …": what the outsider is
# doing between commas does not make the view the actor's.
OUTSIDER_APPOSITIVE = [
    (JP, ("The senator, visiting Tokyo with a congressional delegation, told reporters that Japan could send "
          "weapons to Ukraine."), "none"),
    (JP, "The senator told reporters that Japan could send weapons to Ukraine.", "none"),
    (JP, ("Kishida, visiting Kyiv with a delegation, told reporters that Japan could send weapons to Ukraine."),
     "reconsider"),
]

# "difficult for Japan to insist on giving Ukraine only food and blankets", "confine its help to diplomatic and
# humanitarian support": aid-only lists (goods that are never weapons, political support) and the verbs
# between "to" and the aid; the aid-only line that may not hold is an opening, held it is a refusal.
AID_ONLY = [
    (JP, ("\"If the shelling goes on, it may become very hard for Japan to insist on giving Ukraine only food and "
          "blankets,\" Kishida said."), "reconsider"),
    (JP, ("Kishida said Japan might find it impossible to confine its help for Ukraine to diplomatic and "
          "humanitarian support."), "reconsider"),
    (JP, "Japan gives Ukraine only food and blankets, Kishida said.", "refrains"),
    (JP, "Japan gives Ukraine only political support, Kishida said.", "refrains"),
    (JP, "Japan will send Ukraine food and blankets, Kishida said.", "none"),
]

# "will not strip its own brigades of the Leopard tanks": giving up what one holds is a supply verb, but it
# supplies only a recipient it names.
DIVESTING = [
    (LEO, "Germany will not strip its own brigades of the Leopard 2 tanks, Pistorius said.", "refrains"),
    (LEO, "Germany has stripped a brigade of its Leopard 2 tanks, Pistorius said in Kyiv.", "none"),
    (LEO, "Germany has stripped a brigade of its Leopard 2 tanks for Ukraine, Pistorius said.", "supplies"),
    (ISR, "Germany will not strip Israel of its weapons, Merz said.", "none"),
]

# "What we have not done, and will not do, is send …": a pseudo-cleft whose "what" clause repeats its
# negation between commas governs the verb after "is" once.
PSEUDO_CLEFT = [
    (LEO, "\"What we have not done, and will not do, is send Leopard 2 tanks to Kyiv,\" Pistorius said.", "refrains"),
    (LEO, "What Germany will do, and has done, is send Leopard 2 tanks to Kyiv.", "supplies"),
    (LEO, "What Germany will not do, Pistorius said, is send Leopard 2 tanks to Kyiv.", "refrains"),
]

# "Russian officials said that Japan is weighing whether …": the subject of the weighing is its agent, and
# the one who reports it above is still the speaker whose word it is.
REPORTED_WEIGHING = [
    (JP, "Russian officials said Japan is weighing whether to send weapons to Ukraine.", "none"),
    (JP, "Kishida said Japan is weighing whether to send weapons to Ukraine.", "reconsider"),
    (JP, "Japanese officials said Japan is weighing whether to send weapons to Ukraine.", "reconsider"),
]

CASES = (OPENERS_AND_COUNTS + REPORTED_WEIGHING + PLAIN_MODIFIERS + PURPOSE_RECIPIENT + KEPT_OBJECT + PLACE_BEFORE_WEAPON + PLAN_CONTENT
         + CONFIRMED_AFTER_REPORT + OUTSIDER_APPOSITIVE + AID_ONLY + DIVESTING + PSEUDO_CLEFT)


test_reads, test_enough_cases = reading_tests(CASES, minimum=47)
