"""The reading classes the thirty-ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Germany · Leopard), none of
which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, LEO = "jp-arms-ukraine", "de-arms-israel", "de-leopard-ukraine"

# "No drones have gone from X to Y": a named place of origin between a verb of going (or flowing) and
# its destination is the supplier, as in "sent from X to Y"; another country's origin is theirs.
ORIGIN_BEFORE_DESTINATION = [
    (LEO, "No Leopard tanks have gone from Germany to Ukraine, Pistorius said.", "refrains"),
    (ISR, "Weapons have gone from Germany to Israel this year, Merz said.", "supplies"),
    (ISR, "Weapons have gone from Poland to Israel this year, Merz said.", "none"),
    (JP, "Weapons are flowing from Japan to Ukraine, Kishida said.", "supplies"),
    (JP, "Weapons are flowing from the United States to Ukraine, Kishida said.", "none"),
    (JP, "Russia said weapons had gone from Japan to Ukraine.", "none"),
]

# "asking X to make sure that not a single shell leaves for Y": seeing to an outcome ("make sure that",
# "ensure that") embeds no statement; the pressure above it still governs the outcome. Said by the
# actor of itself, it is still a refusal.
SEEING_TO = [
    (JP, "The United States urged Japan to make sure that no weapons are sent to Ukraine.", "none"),
    (ISR, ("\"We are asking our German partners to ensure that not a single rifle goes to Israel,\" the Iranian "
           "envoy said."), "none"),
    (ISR, "Iran called on Germany to ensure that no weapons reach Israel.", "none"),
    (JP, "The United States urged Japan to make sure that weapons are not sent to Ukraine.", "none"),
    (JP, "Japan will make sure that no weapons are sent to Ukraine, Kishida said.", "refrains"),
    (JP, "Kishida said Japan would ensure that no weapons are sent to Ukraine.", "refrains"),
]

# ", the ministry confirmed on Monday, in the first transfer of its kind": a prepositional adjunct after
# the reporting clause does not hide the speaker who closes the sentence, the actor's or another's.
SPEAKER_BEFORE_ADJUNCT = [
    (JP, ("Weapons have been delivered to Ukraine, the Japanese defence ministry confirmed on Monday, in the first "
          "transfer of its kind."), "supplies"),
    (ISR, "Weapons have been delivered to Israel, the German government said, at a briefing in Berlin.", "supplies"),
    (JP, ("Weapons have been delivered to Ukraine, the Japanese defence ministry confirmed, during a visit by "
          "Poland's president."), "supplies"),
    (ISR, "Weapons have been delivered to Israel, the Iranian foreign ministry said on Monday, in a statement.",
     "none"),
    (JP, "Japan will send weapons to Ukraine, Russia said, in a sign of rising tension.", "none"),
]

# "assessing a request for weapons for Ukraine": an anaphoric noun ("request", "idea", "option") whose
# "for"/"of" phrase names the object is no vague "it"; the object named there is weighed.
NAMED_AFTER_ANAPHOR = [
    (JP, "Japan is examining a request for weapons for Ukraine.", "reconsider"),
    (JP, "Tokyo is studying the idea of weapons for Ukraine.", "reconsider"),
    (JP, "Japan rejected a request for weapons for Ukraine.", "refrains"),
    (JP, "Japan is examining a request for weapons for Poland.", "none"),
    (JP, "Japan is examining the request.", "none"),
]

# "was still assessing a request for drones and would reach a conclusion": a modal right after "and"
# opens a second predicate of the subject, not a supposition on the weighed supply. A supply that is
# itself the subject of "would be a mistake" stays a supposition, with "that" or without it.
SECOND_PREDICATE_MODAL = [
    (JP, ("The cabinet was still assessing a Ukrainian request for weapons and would announce a conclusion soon, "
          "Kishida said."), "reconsider"),
    (ISR, "Germany is examining an Israeli request for arms and could decide next week.", "reconsider"),
    (ISR, "Merz said the delivery of weapons to Israel would be a mistake.", "none"),
    (JP, "Kishida said sending weapons to Ukraine could be a mistake.", "none"),
    (JP, "Kishida said that sending weapons to Ukraine could be a mistake.", "none"),
    (JP, "Kishida said sending weapons to Ukraine was under consideration.", "reconsider"),
    (JP, "Kishida said Japan had sent weapons to Ukraine and would send more.", "supplies"),
]

# "The first drones have reached Ukrainian units, a commander said. Taiwan's defence ministry confirmed the
# deliveries.": the actor confirming the delivery the sentence before reported without a supplier makes
# it the actor's report. Another country's delivery, another confirmer, or no confirmation do not.
CONFIRMED_DELIVERY = [
    (JP, ("The first shells have reached Ukrainian units near Bakhmut, a brigade commander said. Japan's defence "
          "ministry confirmed the deliveries."), "supplies"),
    (JP, ("The first shells have reached Ukrainian units in Kharkiv, a battery commander said. Tokyo confirmed the "
          "shipments on Tuesday."), "supplies"),
    (JP, ("The first Polish shells have reached Ukrainian units, a brigade commander said. Japan's defence ministry "
          "confirmed the deliveries."), "none"),
    (JP, ("The first shells have reached Ukrainian units, a brigade commander said. Russia's defence ministry "
          "confirmed the deliveries."), "none"),
    (JP, ("The first shells have reached Ukrainian units, a brigade commander said. Japan's defence ministry did not "
          "confirm the deliveries."), "none"),
    (JP, ("Russia claimed that the first shells had reached Ukraine. Japan's defence ministry denied the "
          "deliveries."), "none"),
]

CASES = (ORIGIN_BEFORE_DESTINATION + SEEING_TO + SPEAKER_BEFORE_ADJUNCT + NAMED_AFTER_ANAPHOR + SECOND_PREDICATE_MODAL +
         CONFIRMED_DELIVERY)


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
