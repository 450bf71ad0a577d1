"""The reading classes the fortieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan, Germany, Poland, the Netherlands, the United States), none of which the
holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, PL, NL, ABRAMS, LEO = ("jp-arms-ukraine", "de-arms-israel", "pl-mig29-ukraine", "nl-f16-ukraine",
                                "us-abrams-ukraine", "de-leopard-ukraine")

# "told parliament that the kingdom would not …": a lowercase state form opening a reported "that" clause is
# the speaker's own country, like "the country"; the speaker of another country keeps it that country's.
REPORTED_STATE_FORM = [
    (NL, "Mark Rutte told parliament on Tuesday that the kingdom would not deliver F-16s to Ukraine.", "refrains"),
    (NL, "Kajsa Ollongren told reporters that the kingdom was weighing whether to send F-16s to Ukraine.",
     "reconsider"),
    (NL, "Russia's ambassador told reporters that the kingdom would deliver F-16s to Ukraine.", "none"),
]

# "Poland's Higher Defence Council", "the assistant foreign minister": rank words before a title or body are
# part of it, so the possessive still owns the body, and another country's body stays that country's.
RANK_WORDS = [
    (PL, "Poland's Higher Defence Council on Friday approved the transfer of MiG-29 jets to Ukraine.", "supplies"),
    (PL, "Russia's Higher Security Council said Poland would transfer MiG-29 jets to Ukraine.", "none"),
    (JP, ("Taro Yamada, Japan's assistant foreign minister, spoke to The Tokyo Herald in Tokyo.\n"
          "Q: Will you send weapons to Ukraine?\nA: We are examining the request."), "reconsider"),
    (JP, ("Ivan Petrov, Russia's assistant foreign minister, spoke to The Tokyo Herald in Moscow.\n"
          "Q: Will Japan send weapons to Ukraine?\nA: They are examining the request."), "none"),
]

# "approved the release of part of the country's fleet": a generic possessor inside an "of" phrase owns the
# goods; it is not the agent, and the subject further left decides.
OWNER_OF_GOODS = [
    (PL, "Poland on Friday approved the transfer of part of the country's MiG-29 fleet to Ukraine.", "supplies"),
    (PL, "Poland on Friday rejected the transfer of part of the country's MiG-29 fleet to Ukraine.", "refrains"),
    (PL, "Hungary on Friday approved the transfer of part of the country's MiG-29 fleet to Ukraine.", "none"),
]

# "release part of its fleet for Ukraine", "pass several dozen of them to Kyiv": handing goods to a named
# party, and a part of goods named before is still those goods. "passed a bill", "released a statement"
# name no goods.
HANDING_OVER = [
    (LEO, "Germany is weighing whether to release part of its Leopard 2 fleet for Ukraine.", "reconsider"),
    (NL, "The Netherlands will pass eight of its F-16s to Kyiv this year, Ollongren said.", "supplies"),
    (PL, ("Poland, which last spring refused to send its MiG-29 jets to Ukraine, is now studying a plan to pass a "
          "dozen of them to Kyiv."), "reconsider"),
    (PL, "Poland's parliament passed a resolution on MiG-29 jets to Ukraine's disappointment.", "none"),
    (LEO, "Germany released a statement for Ukraine's embassy about Leopard 2 tanks.", "none"),
]

# ", … said on Monday in a written reply to a question from an opposition deputy": a reporting noun after a
# determiner is part of the tail, not the verb that closes the sentence; the speaker before it still speaks.
REPORT_NOUN_TAIL = [
    (LEO, ("Not a single Leopard tank has been sent to Ukraine, Germany's defence ministry said on Friday in a "
           "written reply to a question from an opposition deputy in the Bundestag."), "refrains"),
    (LEO, "Not a single Leopard tank has been sent to Ukraine, Germany's defence ministry said in a statement.",
     "refrains"),
    (LEO, ("Leopard tanks have been sent to Ukraine, Russia's defence ministry said on Friday in a written reply "
           "to a question from a journalist."), "none"),
]

# "the separate question of the tanks remained under review": a subject headed by a topic noun with "of"
# names what is weighed, not a party; its predicate decides.
TOPIC_SUBJECT = [
    (ABRAMS, "Officials said the separate question of Abrams tanks for Ukraine remained under review.", "reconsider"),
    (ABRAMS, "Officials in Washington said the broader issue of Abrams tanks for Ukraine was no longer under discussion.",
     "refrains"),
    (ABRAMS, "A retired general writes that the United States should send Abrams tanks to Ukraine.", "none"),
    (ABRAMS, "The question of Abrams tanks for Ukraine was raised by Russia at the talks.", "none"),
]

# "There has been no decision …, and none is coming": the decision itself is denied for the future too, a
# refusal; a decision expected later, or "no decision" alone, is still undecided.
NO_DECISION_TO_COME = [
    (ABRAMS, "\"There has been no decision to send Abrams tanks to Ukraine, and none is coming,\" Lloyd Austin said.",
     "refrains"),
    (ABRAMS, "\"There is no decision to send Abrams tanks to Ukraine, and none is planned,\" Lloyd Austin said.", "refrains"),
    (ABRAMS, ("\"There has been no decision to send Abrams tanks to Ukraine, and none is expected before the summit,\" "
              "Lloyd Austin said."), "reconsider"),
    (ABRAMS, "\"There has been no decision to send Abrams tanks to Ukraine,\" Lloyd Austin said.", "reconsider"),
]

# "A first consignment of assault rifles, machine guns and ammunition supplied by X arrived at <the target's
# airport>": a listed subject consignment whose own verb is an arrival at a place of the target is a delivery;
# the same consignment as a topic ("would be a mistake") or arriving elsewhere is not.
LISTED_ARRIVAL = [
    (JP, ("A first shipment of rifles, mortars and ammunition supplied by Japan arrived at Kyiv airport on Friday, "
          "Ukraine's defence ministry said."), "supplies"),
    (JP, "Shipments of rifles, mortars and ammunition supplied by Japan would be a mistake, Russia said.", "none"),
    (JP, "A first shipment of rifles, mortars and ammunition supplied by Japan arrived at Warsaw airport on Friday.",
     "none"),
]

# "is assessing a list of weapons requested by Kyiv": goods the target asked for, weighed, are its request.
# Goods another party asked for, or that someone else studies, are no weighing of a supply to the target.
REQUESTED_GOODS = [
    (JP, "Japan's defence ministry is assessing a list of weapons requested by Kyiv, a source in Tokyo said.",
     "reconsider"),
    (JP, "Japan is studying weapons requested by Poland.", "none"),
    (JP, "UN observers are studying Russian weapons captured by Ukraine.", "none"),
]

# "would not hesitate to …": hesitating is reluctance, and its negation lifts it; "needs, including weapons"
# lists the object among what the target needs, governed by the clause before.
HESITATION = [
    (JP, "Japan would not hesitate to look at Ukraine's needs, including weapons, Kishida said.", "reconsider"),
    (JP, "Japan hesitates to send weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan would not hesitate to send weapons to Ukraine if the law allowed it, Kishida said.", "reconsider"),
    (JP, "Japan will look at Ukraine's needs, including weapons.", "reconsider"),
]

# "Q: X officials say Japanese weapons are reaching Ukraine. Is that true? A: It is true, …": an answer that
# affirms a question on the truth of the report before it asserts that report, in the answerer's voice. A
# denial, an embedded "It is true that …" or an answer from another party's official does not.
CONFIRMED_REPORT = [
    (JP, ("Fumio Kishida spoke to The Tokyo Herald in Tokyo.\nQ: Russian officials say Japanese weapons are "
          "reaching Ukraine. Is that true?\nA: It is true, and we are not ashamed of it."), "supplies"),
    (JP, ("Fumio Kishida spoke to The Tokyo Herald in Tokyo.\nQ: Russian officials say Japanese weapons are "
          "reaching Ukraine. Is that true?\nA: It is not true."), "none"),
    (JP, ("Fumio Kishida spoke to The Tokyo Herald in Tokyo.\nQ: Russian officials say Japanese weapons are "
          "reaching Ukraine. Is that true?\nA: It is true that we discussed it, nothing more."), "none"),
    (JP, ("Sergei Lavrov spoke to The Tokyo Herald in Moscow.\nQ: Some say Japanese weapons are reaching Ukraine. "
          "Is that true?\nA: It is true."), "none"),
]

CASES = (REPORTED_STATE_FORM + RANK_WORDS + OWNER_OF_GOODS + HANDING_OVER + REPORT_NOUN_TAIL + TOPIC_SUBJECT +
         NO_DECISION_TO_COME + LISTED_ARRIVAL + REQUESTED_GOODS + HESITATION + CONFIRMED_REPORT)

test_holdout40_classes, test_holdout40_cases_kept = reading_tests(CASES, minimum=40)
