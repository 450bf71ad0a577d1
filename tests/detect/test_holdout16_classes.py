"""The reading classes the sixteenth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Israel · weapons, Germany · Leopard, Poland · MiG-29,
Portugal · weapons), none of which the holdout uses. Each group holds near misses that must keep
their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, IL, LEO, MIG, PT = "jp-arms-ukraine", "il-arms-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine", "pt-arms-ukraine"

# "Every shipment of weapons feeds the war", "voters who think that arms sales mean escalation": a supply noun
# opening its clause as the subject of a plain verb speaks of supplying in general, never a supply.
GENERIC_SUBJECT = [
    (JP, '"Japan does not send weapons to Ukraine. Every shipment of weapons feeds the war," Kishida said.',
     "refrains"),
    (IL, ("Israel has never sent arms to Ukraine. Netanyahu told a public used to hearing that arms deliveries "
          "mean escalation that nothing would change."), "refrains"),
    (IL, "Every shipment of weapons to Ukraine costs lives, Netanyahu said.", "none"),
    (MIG, "A consignment of MiG-29 jets shipped by Poland arrived in Ukraine.", "supplies"),
    (JP, "Japanese weapons deliveries to Ukraine have begun, Kishida said.", "supplies"),
]

# ", which the ministry had been preparing, has been called off": a relative clause set off by commas
# between a subject and its verb; the subject's own verb still decides the supply noun.
PARENTHETICAL_RELATIVE = [
    (JP, ("A planned shipment of artillery shells to Ukraine, which the defence ministry had been preparing for "
          "months, has been called off, Kishida said."), "refrains"),
    (MIG, ("The transfer of MiG-29 jets to Ukraine, which Warsaw had announced in March, has been suspended, "
           "Duda said."), "refrains"),
    (MIG, "The transfer of MiG-29 jets to Ukraine, which Warsaw announced in March, is under review, Duda said.",
     "reconsider"),
]

# ", including the sale of shells" after a clause: one of the things that clause is about; the clause's
# verb (expand, consider, reject) decides it.
INCLUDED_SUPPLY_NOUN = [
    (JP, "Kishida said Japan would consider closer defence ties with Ukraine, including the sale of missiles.",
     "reconsider"),
    (JP, "Japan has rejected closer defence ties with Ukraine, including the sale of missiles, Kishida said.",
     "refrains"),
    (JP, ("Kishida said that Chinese pressure could push Tokyo to consider defence cooperation with Kyiv that it "
          "had so far avoided, including the sale of missiles."), "none"),
]

# "In June 2023 the cabinet approved …": a leading date with its year tells history even without a
# comma, when a subject and a simple past follow; a present refusal outranks it.
LEADING_DATE_NO_COMMA = [
    (JP, ("Japan has decided not to send further weapons to Ukraine, Kishida said. In May 2024 the cabinet "
          "approved the first shipments, reversing Tokyo's long refusal to arm Kyiv."), "refrains"),
    (LEO, ("Germany has halted deliveries of Leopard 2 tanks to Ukraine, Scholz said. In March 2023 Berlin "
           "lifted its refusal to send Leopard tanks."), "refrains"),
    (JP, "In May 2024 the cabinet will decide whether to send weapons to Ukraine, Kishida said.", "reconsider"),
]

# A speaker the stance lists by full name ("Nuno Melo") is the same person as the bare surname later in
# an article that names them in full; without the full name, the surname is nobody in particular.
SURNAME_OF_SPEAKER = [
    (PT, ('Nuno Melo, the defence minister, spoke in Lisbon on Monday after talks with Russia. "We are '
          'considering sending artillery shells to Ukraine," Melo said.'), "reconsider"),
    (PT, '"We are considering sending artillery shells to Ukraine," Melo said.', "none"),
]

# "it would be difficult for us to insist only on humanitarian aid", "might not be able to limit its
# support for Ukraine to humanitarian aid": the aid-only line may not hold, an opening.
HARD_TO_KEEP_AID_ONLY = [
    (JP, ('"If Russian forces strike civilians again, it would be very difficult for us to insist only on '
          'humanitarian aid," Kishida said.'), "reconsider"),
    (JP, "Japan might not be able to limit its support for Ukraine to humanitarian aid, Kishida said.",
     "reconsider"),
    (JP, "Japan will provide only humanitarian aid to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan limits its support for Ukraine to humanitarian aid, Kishida said.", "refrains"),
]

# In a Q&A the interviewer's question states no position, but it names what the answer's "it" means.
QUESTION_ANTECEDENT = [
    (JP, ("Japan's defence minister spoke to the Tokyo Herald.\nQ: Ukraine has asked Japan for shells. Will you "
          "send them?\nA: The request is being assessed seriously. I am not ruling it out."), "reconsider"),
    (JP, ("Japan's defence minister spoke to the Tokyo Herald.\nQ: Ukraine has asked Japan for shells. Will you "
          "send them?\nA: We want peace."), "none"),
    (JP, ("Japan's defence minister spoke to the Tokyo Herald.\nQ: Is Japan sending weapons to Ukraine?\n"
          "A: We want peace."), "none"),
]

# "It is being examined": a sentence-opening "it" as the subject of a present passive weighing is the
# request just named; with nothing named before, it weighs nothing.
WEIGHED_PRONOUN = [
    (JP, ("Ukraine has asked Japan for artillery shells, Kishida confirmed. It is being examined by the "
          "relevant ministries."), "reconsider"),
    (JP, "It is being examined by the relevant ministries.", "none"),
]

# A sentence that is one whole quotation, right after a quotation closed by its speaker, continues that
# speaker: an outsider's word stays theirs, the actor's speaker's "we" stays the actor's.
CONTINUED_QUOTATION = [
    (JP, ('"Both parties want peace," said a professor at Keio University. "No party in Japanese politics '
          'wants to arm Ukraine."'), "none"),
    (JP, '"We want peace," Kishida said. "We are not sending weapons to Ukraine."', "refrains"),
    (JP, '"We want peace," said a Russian diplomat. "We are not sending weapons to Ukraine."', "none"),
]

# "If confirmed, …", "If the report is true, …": a condition on the truth of a report leaves what
# follows unconfirmed; an actor's condition on events is still a conditional opening.
TRUTH_CONDITION = [
    (JP, "If confirmed, analysts said, the plan would mark the first transfer of weapons to Ukraine by Japan.",
     "none"),
    (JP, "If the report is true, Japan is sending artillery shells to Ukraine.", "none"),
    (JP, "If Russia escalates, Japan could send weapons to Ukraine, Kishida said.", "reconsider"),
]

# "neither is accused of selling weapons", "had no indication that Tokyo was providing weapons": a
# negation over an accusation or evidence states no one's policy; a denial of it still refuses.
NEGATED_ACCUSATION = [
    (JP, "China and Japan buy Russian gas, though neither is accused of sending weapons to Ukraine.", "none"),
    (JP, ("A Russian spokesman said Moscow had \"no indication\" that Japan was providing lethal weapons to "
          "Ukraine."), "none"),
    (JP, "Japan denied accusations that it was sending weapons to Ukraine.", "refrains"),
    (JP, "Japan is not sending weapons to Ukraine, Kishida said.", "refrains"),
]

CASES = (GENERIC_SUBJECT + PARENTHETICAL_RELATIVE + INCLUDED_SUPPLY_NOUN + LEADING_DATE_NO_COMMA +
         SURNAME_OF_SPEAKER + HARD_TO_KEEP_AID_ONLY + QUESTION_ANTECEDENT + WEIGHED_PRONOUN +
         CONTINUED_QUOTATION + TRUTH_CONDITION + NEGATED_ACCUSATION)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
