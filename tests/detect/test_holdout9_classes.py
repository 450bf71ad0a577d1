"""The reading classes the ninth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Leopard, UK · Challenger 2, Poland · MiG-29,
Sweden · Archer howitzers), none of which the holdout uses. Each group holds near misses that must
keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, CH, MIG, ARCHER = ("jp-arms-ukraine", "de-leopard-ukraine", "uk-challenger-ukraine", "pl-mig29-ukraine",
                            "se-archer-ukraine")

# "war material" is the export-law word for arms; "the War Material Act" is a law, not arms.
WAR_MATERIAL = [
    (JP, "Japan does not authorise the export of war material to Ukraine, Kishida said.", "refrains"),
    (JP, "No export licences for war material destined for Ukraine have been issued by Tokyo this year.",
     "refrains"),
    (JP, "Japan has delivered war material to Ukraine, Kishida said on Monday.", "supplies"),
    (JP, "Japanese companies exported war material worth $1bn to 40 countries, the trade ministry said.", "none"),
    (JP, "Japan's War Material Act was amended by parliament on Monday to speed up exports to Ukraine.", "none"),
]

# "remains under active consideration": a manner adjective inside the postposed weighing.
UNDER_ACTIVE_CONSIDERATION = [
    (LEO, "Ukraine's request for Leopard 2 tanks remains under active consideration, Pistorius said.", "reconsider"),
    (MIG, "Kyiv's request for MiG-29 jets is under careful review in Warsaw, Duda said.", "reconsider"),
    (LEO, "Ukraine's request for Leopard 2 tanks is no longer under active consideration, Pistorius said.",
     "refrains"),
    (LEO, "Ukraine's request for Leopard 2 tanks remains under active consideration in Madrid, Spanish officials said.",
     "none"),
]

# A stance name that carries its class noun ("Archer howitzer") lets "the howitzers" name the system:
# a request for them is a request for its supply, so "the request" after it is understood.
NAMED_CLASS_NOUN = [
    (ARCHER, ("Ukraine has asked for the howitzers, which the Swedish Army is replacing. "
              "The government is examining the request, Swedish officials said."), "reconsider"),
    (ARCHER, ("Kyiv first asked for the old howitzers in 2023. More recently, Jonson said the request is being "
              "considered."), "reconsider"),
    (ARCHER, "Ukraine has asked for the howitzers, which the Swedish Army is replacing.", "none"),
    (ARCHER, ("Sweden became the first country to export the howitzer when it signed a deal with Norway in 2016. "
              "Sweden has suspended deliveries of Archer howitzers to Ukraine, Jonson said."), "refrains"),
    (ARCHER, "Sweden has sent the howitzers to Estonia, Jonson said.", "none"),
]

# "the request is being considered": a present passive weighing of the request reported before; a
# past one ("had said … was being evaluated") does not reopen what was decided since.
WEIGHED_REQUEST = [
    (JP, "Ukraine asked Japan for weapons in March. Kishida said on Monday the request is being considered.",
     "reconsider"),
    (JP, ("Japan has decided not to send weapons to Ukraine, Kishida said. A minister had said in May that the "
          "request was being studied."), "refrains"),
    (JP, "Ukraine asked Poland for weapons in March. Polish officials said the request is being considered.", "none"),
]

# '"No X have been sent to Ukraine. The government has not made a decision to send any."': "no
# decision" right after the actor's present refusal restates it; after "But …" the option is open.
NO_DECISION_AFTER_REFUSAL = [
    (LEO, ('"No Leopard 2 tanks have been sent to Ukraine. The German government has not made a decision to send '
           'any," a government spokesperson said.'), "refrains"),
    (MIG, ('"No MiG-29 jets have been handed to Ukraine. There is no decision to transfer them," Blaszczak said.'),
     "refrains"),
    (LEO, ("No Leopard 2 tanks have been sent to Ukraine. But the government has not made a decision on sending "
           "Leopard 2 tanks, Pistorius said."), "reconsider"),
    (LEO, "The German government has not made a decision to send Leopard 2 tanks to Ukraine, Pistorius said.",
     "reconsider"),
]

# ", X said on Friday, as allies debated sending Leopard 2 tanks": a closing reporting clause ends
# the clause; a name after it is no recipient of the supply before it.
CLAUSE_ENDS_AT_REPORT = [
    (CH, ("Britain will send more Mastiff vehicles to Ukraine but has no plans to provide its Challenger 2 tanks, "
          "Wallace said on Friday, as allies debated sending Leopard 2 tanks."), "refrains"),
    (CH, "Britain will send Challenger 2 tanks to Poland, Wallace said on Friday, as Ukraine waited.", "none"),
    (CH, ("Britain will provide Challenger 2 tanks to Ukraine, Sunak said on Monday, as Germany weighed sending "
          "Leopard 2 tanks."), "supplies"),
]

# Permission given to a third party to pass the object on ("allowing Germany to pass the rounds to
# Ukraine", "approved Germany's request to pass …", "passed on by Denmark with Bern's permission") is
# the actor's own supply decision; refusing that request or another party's permission stays apart.
PERMITTED_RE_EXPORT = [
    (JP, ("Japan no longer rules out allowing the United States to pass Japanese-made shells to Ukraine, a deputy "
          "minister said."), "reconsider"),
    (JP, "Tokyo on Tuesday approved Washington's request to pass 20,000 Japanese-made shells to Ukraine.",
     "supplies"),
    (JP, ("A first batch of Japanese-made shells passed on by the United States with Tokyo's permission has arrived "
          "in Ukraine, the ministry said."), "supplies"),
    (JP, "Tokyo rejected Washington's request to pass Japanese-made shells to Ukraine.", "refrains"),
    (JP, ("A first batch of Japanese-made shells passed on by the United States without Tokyo's permission has "
          "arrived in Ukraine, Russian media claimed."), "none"),
    (JP, "South Korea allowed Poland to send Korean-made shells to Ukraine, Seoul said.", "none"),
    (JP, ("A first batch of shells passed on by the United States with Poland's permission has arrived in Ukraine, "
          "the ministry said."), "none"),
    # The actor permitted by someone else decides nothing yet.
    (JP, "The United States allowed Japan to send Patriot missiles to Ukraine.", "none"),
    (JP, "The new law allows Japan to export weapons to Ukraine.", "none"),
    (JP, "Japan is now allowed to send weapons to Ukraine under the new rules, officials said.", "reconsider"),
]

# "The X are not going to Ukraine": the object's own travel to a named place is its delivery;
# "going to be retired" is a future, and another destination is another recipient.
OBJECT_GOES = [
    (CH, "The Challenger 2 tanks are not going to Ukraine, Sunak said.", "refrains"),
    (CH, "Britain's Challenger 2 tanks are heading to Ukraine, Wallace said on Monday.", "supplies"),
    (CH, "The Challenger 2 tanks are going to be retired next year, Sunak said.", "none"),
    (CH, "The Challenger 2 tanks are going to Poland for an exercise, Sunak said.", "none"),
]

CASES = (WAR_MATERIAL + UNDER_ACTIVE_CONSIDERATION + NAMED_CLASS_NOUN + WEIGHED_REQUEST + NO_DECISION_AFTER_REFUSAL
         + CLAUSE_ENDS_AT_REPORT + PERMITTED_RE_EXPORT + OBJECT_GOES)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
