"""The reading classes the fifty-third blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Sweden · Archer howitzers, Netherlands ·
F-16 jets, Poland · MiG-29 jets, UK · Challenger 2 tanks), none of which the holdout uses. Each group holds near
misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, SE, NL, PL, UK = ("jp-arms-ukraine", "de-arms-israel", "se-archer-ukraine", "nl-f16-ukraine",
                           "pl-mig29-ukraine", "uk-challenger-ukraine")

# "will neither sell nor donate": the correlative "nor" carries the one negation of "neither / not" over the
# second verb; it is no second negation that would turn the refusal into an opening.
CORRELATIVE_NEGATION = [
    (JP, "Japan will neither sell nor give weapons to Ukraine, Kishida told reporters on Monday.", "refrains"),
    (ISR, "Germany neither exports nor lends arms to Israel, Merz said.", "refrains"),
    (JP, "Japan will not lend nor sell weapons to Ukraine, Kishida said.", "refrains"),
    (JP, "Japan will sell weapons to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan does not rule out selling weapons to Ukraine, Kishida said.", "reconsider"),
    (JP, "Neither Russia nor China will sell weapons to Ukraine, Kishida said.", "none"),
]

# "the new request is being studied": an adjective that only dates or ranks the request ("new", "latest",
# "fresh") leaves it the request for the object reported before. Another subject, or a noun that is no
# request, keeps the sentence out of it.
DATED_REQUEST = [
    (NL, ("Ukraine asked the Netherlands in May for more F-16 jets. Rutte said the latest request is being "
          "examined."), "reconsider"),
    (JP, "Kyiv has asked Japan for air-defence weapons. Kishida said the fresh request is being studied.",
     "reconsider"),
    (JP, "Kyiv has asked Japan for air-defence weapons. Kishida said the new trade accord is being studied.",
     "none"),
    (JP, "Kyiv has asked Japan for air-defence weapons. Moscow said it is studying the new request.", "none"),
]

# "The transfer of three Archers to Ukraine has been completed": a supply noun as the subject of a passive
# of completion, with the target in the subject, is a delivery done. A transfer to someone else, a completion
# claimed by another country, or someone else's completed transfer is none of the actor's supply.
COMPLETED_TRANSFER = [
    (SE, "The transfer of four Archer howitzers to Ukraine has been completed, Jonson said.", "supplies"),
    (UK, ("The transfer of fourteen Challenger 2 main battle tanks from Britain to the Ukrainian armed forces "
          "was completed, Wallace said."), "supplies"),
    (SE, "The transfer of four Archer howitzers to Estonia has been completed, Jonson said.", "none"),
    (SE, "The transfer of four Archer howitzers to Ukraine has been completed, the Russian embassy claimed.", "none"),
    (SE, "The transfer of four Archer howitzers from Norway to Ukraine has been completed.", "none"),
]

# "how many tanks, if any, could be sent": the elliptic hedge ", if any," between a subject and its verb is no
# condition on the verb; the weighing around it still decides. A real condition ("if needed") stays one.
IF_ANY_HEDGE = [
    (SE, ("Jonson said the government was examining how many Archer howitzers, if any, could be spared for "
          "Ukraine."), "reconsider"),
    (PL, "Warsaw is reviewing how many MiG-29s, if at all, could be handed to Kyiv, Blaszczak said.",
     "reconsider"),
    (SE, "Jonson said Archer howitzers, if needed, could be sent to Ukraine.", "none"),
    (SE, "Finland is examining how many Archer howitzers, if any, could be spared for Ukraine.", "none"),
    (SE, "Sweden is examining how many Archer howitzers, if any, it could spare for Ukraine, Jonson said.",
     "reconsider"),
]

# "will not send more tanks beyond the three it delivered in March": the excepted goods lie outside the
# refusal's scope, and their relative clause reports the actor's own delivery. Another deliverer, a promise,
# a modal or a negated relative keep the refusal; a delivery to someone else is no supply to the target.
EXCEPTED_DELIVERY = [
    (UK, ("Britain will not send any further tanks to Ukraine beyond the fourteen Challenger 2s it delivered "
          "last spring, Wallace said."), "supplies"),
    (JP, "Japan will not supply more arms to Ukraine on top of the rifles it sold in May, Kishida said.",
     "supplies"),
    (UK, ("Britain will not send any further tanks to Ukraine beyond the fourteen Challenger 2s Poland delivered "
          "last spring, Wallace said."), "refrains"),
    (UK, ("Britain will not send any further tanks to Ukraine beyond the fourteen Challenger 2s it could deliver, "
          "Wallace said."), "refrains"),
    (UK, ("Britain will not send any further tanks to Ukraine beyond the fourteen Challenger 2s it promised, "
          "Wallace said."), "refrains"),
    (UK, ("France will not send any further tanks to Ukraine beyond the fourteen Challenger 2s it delivered, "
          "Wallace said."), "none"),
    (UK, ("Britain will not send any further tanks to Ukraine beyond the fourteen Challenger 2s it sent to Poland, "
          "Wallace said."), "none"),
]

# "…, according to papers seen by this newspaper and confirmed by the government": a passive reporting
# participle names its speaker after "by"; the newspaper that saw the papers is no outsider voicing a view.
# Analysts or another government confirming keep it someone else's word.
CONFIRMED_BY = [
    (JP, ("Japan has approved the sale of weapons to Ukraine, according to files seen by this newspaper and "
          "confirmed by the Japanese government."), "supplies"),
    (ISR, ("Germany has authorised new arms exports to Israel, according to records seen by this paper and "
           "confirmed by Berlin."), "supplies"),
    (JP, ("Japan has approved the sale of weapons to Ukraine, according to files seen by this newspaper and "
          "confirmed by Russian officials."), "none"),
    (JP, ("Japan has approved the sale of weapons to Ukraine, according to files seen by this newspaper and "
          "confirmed by analysts."), "none"),
]

# '"No Archer has left the country, and none is being readied for Ukraine"': a clause-opening "none" after a
# subject headed by "no" is none of those goods, a negation of its own. "none" that takes up another noun
# ("no approval for the delivery of …, and none is being prepared") is none of that noun.
NONE_SUBJECT = [
    (SE, ('"No Swedish Archer howitzer has left the country, and none is being prepared for transfer to '
          'Ukraine," Jonson said.'), "refrains"),
    (PL, '"No MiG-29 has left Poland, and none will be sent to Kyiv," Blaszczak said.', "refrains"),
    (SE, ('"There is no Swedish approval for the delivery of Archer howitzers to Ukraine, and none is being '
          'prepared," Jonson said.'), "refrains"),
    (SE, '"No Archer howitzer has left Norway, and none will be sent to Ukraine," the Norwegian minister said.',
     "none"),
]

CASES = CORRELATIVE_NEGATION + DATED_REQUEST + COMPLETED_TRANSFER + IF_ANY_HEDGE + EXCEPTED_DELIVERY + \
    CONFIRMED_BY + NONE_SUBJECT


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
