"""The reading classes the forty-seventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "The core ministers of Japan's National Security Council approved …": a member noun ("ministers",
# "members") with "of" and the actor is the actor's own body acting. Another party's members, and
# outsiders who are no members, keep their own voice.
MEMBERS_OF_ACTOR = [
    (JP, ("The senior ministers of Japan's National Security Council on Monday approved the transfer of weapons "
          "to Ukraine."), "supplies"),
    (JP, "Senior members of the Japanese government will meet on Friday to decide whether to send weapons to Ukraine.",
     "reconsider"),
    (JP, "Senior members of the Russian government approved the transfer of weapons to Ukraine.", "none"),
    (JP, "Senior members of the Japanese opposition have been weighing a request for weapons for weeks.", "none"),
    (JP, "Several members of Japan's parliament approved the transfer of weapons to Ukraine.", "none"),
]

# "decided to supply Ukraine with military equipment …, comprising mortar ammunition and grenade launchers":
# a general noun that alone supplies no weapon is named by the weapons listed after it ("comprising",
# "consisting of", "including"); a list of non-weapons, or a list after no supply, stays no supply.
LISTED_MEMBERS = [
    (ISR, ("The German government decided to supply Israel with military equipment from army depots, comprising "
           "mortar ammunition and anti-tank grenade launchers."), "supplies"),
    (ISR, "Germany decided to supply Israel with military equipment, including artillery ammunition.", "supplies"),
    (ISR, "Germany decided to provide Israel with equipment consisting of mortar ammunition.", "supplies"),
    (ISR, "Germany refused to supply Israel with military equipment, including mortar ammunition.", "refrains"),
    (ISR, "Germany supplied military equipment to Israel, comprising trucks and tents.", "none"),
    (ISR, "Germany sent a delegation comprising diplomats and arms experts to Israel.", "none"),
    (ISR, "Russia said Germany decided to supply Israel with military equipment, including mortar ammunition.",
     "none"),
    (ISR, "Germany condemned the strikes on Israel with military equipment, including mortar ammunition.", "none"),
]

# "The previous government ruled out arms deliveries": what a government no longer in office did (simple past)
# is background beside the present; a ban of the previous government that "remains" is still the news.
FORMER_GOVERNMENT = [
    (JP, ("Japan is reviewing whether to send weapons to Ukraine. The previous government ruled out arms deliveries "
          "to Ukraine."), "reconsider"),
    (JP, ("Japan is reviewing whether to send weapons to Ukraine. The former cabinet refused arms deliveries to "
          "Ukraine."), "reconsider"),
    (JP, "The previous government's ban on arms deliveries to Ukraine remains in force.", "refrains"),
    (JP, "The new government ruled out arms deliveries to Ukraine.", "refrains"),
]

# "has ordered a review of the country's refusal to send weapons": a directive whose object is a weighing
# noun commissions the actor's own weighing. Urged by others, or ordered by another party, it is not.
ORDERED_REVIEW = [
    (JP, ("Japan's new government has ordered a review of the country's refusal to send weapons to Ukraine, the "
          "chief cabinet secretary said."), "reconsider"),
    (JP, "Japan has ordered a review of its ban on arms exports to Ukraine.", "reconsider"),
    (JP, "The opposition urged a review of Japan's refusal to send weapons to Ukraine.", "none"),
    (JP, "Russia ordered a review of Japan's refusal to send weapons to Ukraine.", "none"),
    (JP, "Japan ordered the army to send weapons to Ukraine.", "none"),
]

# "… had been taken off, for now": a passive "taken off" that ends its clause has its place ("the table")
# elided and rules the option out; negated, it stays open.
ELIDED_TAKEN_OFF = [
    (JP, "Japan said weapons for Ukraine had been taken off, for now.", "refrains"),
    (JP, "Japan said weapons for Ukraine had not been taken off.", "reconsider"),
]

# "Putting the system on the table was judged premature, and it has been taken off": a coordinated clause whose
# subject "it"/"they" is the option just given a verdict, and whose own verdict withdraws it, replaces that
# verdict. Not withdrawn ("it has not been taken off", "they remain there") the option stays open.
WITHDRAWN_AFTER = [
    (JP, ("Japan has decided against sending weapons to Ukraine. \"Putting weapons on the table was judged "
          "premature, and it has been taken off,\" one of the officials said."), "refrains"),
    (JP, ("Japan has decided against sending weapons to Ukraine. Weapons for Ukraine were on the table, and they "
          "have been taken off, an official said."), "refrains"),
    (JP, ("Japan is not sending weapons to Ukraine. \"Putting weapons on the table was discussed, and it has not "
          "been taken off,\" one of the officials said."), "reconsider"),
    (JP, "Kishida said weapons for Ukraine are on the table.", "reconsider"),
]

# "The missile option had been studied at Manila's request": an option noun in the subject whose verb is past
# perfect is background to the decision the story reports; a present weighing of it is the news.
OPTION_HAD_BEEN = [
    (JP, ("Japan has decided against sending weapons to Ukraine. The weapons option had been studied at Kyiv's "
          "request."), "refrains"),
    (JP, "Japan has decided against sending weapons to Ukraine. The weapons option is being studied again.",
     "reconsider"),
    (JP, "The weapons option is being studied by Japan.", "reconsider"),
]

# "the first consignment of ammunition sent by Budapest crossed into Ukraine": crossing into the target is
# reaching it, an arrival of what the actor sent. Another sender, troops, or a modal crossing are no delivery.
CROSSED_INTO = [
    (JP, ("On Tuesday, the first consignment of weapons sent by Japan crossed into Ukraine, the defence ministry "
          "confirmed."), "supplies"),
    (JP, "On Tuesday, the first consignment of weapons sent by Poland crossed into Ukraine.", "none"),
    (JP, "Russian troops crossed into Ukraine with weapons, Japan said.", "none"),
    (JP, "The first consignment of weapons sent by Japan could cross into Ukraine next month.", "none"),
]

CASES = (CROSSED_INTO + MEMBERS_OF_ACTOR + LISTED_MEMBERS + FORMER_GOVERNMENT + ORDERED_REVIEW + ELIDED_TAKEN_OFF + WITHDRAWN_AFTER +
         OPTION_HAD_BEEN)


test_reads, test_enough_cases = reading_tests(CASES, minimum=35)
