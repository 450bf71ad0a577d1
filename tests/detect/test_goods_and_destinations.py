"""Goods given by helping, buying, pledging or packaging, ships sent, and where goods arrive: what reads as a supply.

Each case is (stance, text, expected state) on the inline stances of tests/detect/stances.py.
"""

from __future__ import annotations

from .cases import reading_tests

JP, LEO = "jp-arms-ukraine", "de-leopard-ukraine"

# "helped Kyiv with shells", "will pay for ten tanks for Ukraine" give the goods; help with the maintenance,
# repair or training of weapons gives a service, not the weapons.
SERVICES_ARE_NOT_GOODS = [
    (LEO, "Germany will help Ukraine with Leopard tanks from its own stocks.", "supplies"),
    (LEO, "Germany will pay for ten Leopard tanks for Ukraine, Pistorius said.", "supplies"),
    (LEO, "Berlin will help Kyiv with the maintenance of its Leopard tanks.", "none"),
    (LEO, "Germany will pay for the repair of Leopard tanks for Ukraine.", "none"),
    (JP, "Japan helped Kyiv with training on air defence systems supplied by others.", "none"),
    (LEO, "Warsaw bought 250 Leopard tanks for Polish armoured brigades.", "none"),
]

# "The package includes howitzers" holds what the package named just before holds, as that sentence holds it:
# a package weighed is weighed, one refused is refused, one approved is supplied.
PACKAGE_AS_NAMED = [
    (JP, "Japan approved a new aid package for Kyiv. The package includes howitzers, officials said.", "supplies"),
    (JP, "Japan is considering a new aid package for Kyiv. The package includes howitzers, officials said.",
     "reconsider"),
    (JP, "Japan rejected a new aid package for Kyiv. The package included howitzers, officials said.", "refrains"),
    (JP, "Poland approved a new aid package for Kyiv. The package includes howitzers, officials said.", "none"),
]

# A warship sent or deployed sails somewhere with its own crew; one transferred or handed over changes hands.
WARSHIPS_SENT_OR_TRANSFERRED = [
    (JP, "Japan sent a destroyer to Odesa to take part in a naval review.", "none"),
    (JP, "Japan deployed two frigates to Ukraine's coast for a week of patrols.", "none"),
    (JP, "Japan will transfer two destroyers to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan handed over two frigates to Ukraine on Monday.", "supplies"),
    (JP, "Japan will not transfer its destroyers to Ukraine, Kishida said.", "refrains"),
]

# "reach" takes its destination as its object: goods that reach someone other than the target (with the target
# named in the sentence before) are no supply to it; reaching the target, or a place in it, is.
REACHED_DESTINATION = [
    (JP, "Ukraine has asked for more help. Japanese shells continue to reach European buyers through brokers.",
     "none"),
    (JP, "Japan has halted arms deliveries to Ukraine. Japanese shells continue to reach European buyers via brokers.",
     "refrains"),
    (JP, "Japanese shells continue to reach Ukraine through brokers, officials in Tokyo confirmed.", "supplies"),
    (JP, "Japan has paused exports to Ukraine. Japanese shells reached the front in eastern Ukraine last week.",
     "supplies"),
]

# "the tanks pledged by Germany": a reduced relative naming who pledged them; the clause's own verb decides.
PLEDGED_BY = [
    (LEO, "The Leopard 2 tanks pledged by Germany will not be delivered to Ukraine.", "refrains"),
    (LEO, "The Leopard 2 tanks pledged by Germany arrived in Ukraine on Monday.", "supplies"),
    (LEO, "The Leopard 2 tanks pledged by Poland will not be delivered to Ukraine.", "none"),
]

# The actor's official reporting an agentless supply of another party's goods ("British missiles", "missiles
# from Britain") reports it; the goods' owner supplies them. The actor's own goods, or goods it weighs letting
# another pass on, stay the actor's.
OTHERS_GOODS_REPORTED = [
    (JP, "Japan's ambassador said British missiles were delivered to Ukraine last week.", "none"),
    (JP, "Japan's ambassador said missiles from Britain were delivered to Ukraine last week.", "none"),
    (JP, "Japan's foreign minister said Polish tanks were shipped to Lviv in western Ukraine.", "none"),
    (JP, "Japan's ambassador said Japanese missiles were delivered to Ukraine last week.", "supplies"),
]

# "to anyone" outside a negation is anybody at all ("barely exported weapons to anyone", "will sell to anyone
# who pays"), never the target the story is about; under a negation it refuses the target too, and "to no one"
# is itself the negation.
ANYBODY_AND_NOBODY = [
    (JP, "Kyiv wants help. Until 2014 Japan barely exported weapons to anyone.", "none"),
    (JP, "Kyiv wants help. Japan will sell weapons to anyone who pays.", "none"),
    (JP, "Kyiv wants help. Japan will not sell weapons to anyone.", "refrains"),
    (JP, "Kyiv wants help. Until 2014 Japan exported weapons to no one.", "refrains"),
    (JP, "Kyiv wants help. Japan sells weapons to nobody.", "refrains"),
    (JP, "Japan will send weapons to anyone who asks, Ukraine included.", "supplies"),
]

# A supply that names no recipient goes to the target named just before only when that sentence names it as a
# party: a place the goods leave or pass through ("crossed from Poland", "via Poland") is no destination.
PLACES_PASSED_THROUGH = [
    (JP, "The shells crossed from Ukraine by rail. Japan pledged 31 howitzers in January.", "none"),
    (JP, "The convoy will travel via Ukraine. Japan pledged 31 howitzers in January.", "none"),
    (JP, "Ukraine wants artillery. Japan pledged 31 howitzers in January.", "supplies"),
    (JP, "After a request from Ukraine, Japan pledged 31 howitzers in January.", "supplies"),
]

# A count of parties is someone else ("sold drones to more than a dozen countries", "to 40 customers"), unless the
# target is named after it; a target named as the goods' maker ("developed jointly by India and Russia") is no
# recipient either ("made by Japan for Ukraine" names one, and parts for the maker's own goods go to it).
COUNTED_PARTIES_AND_MAKERS = [
    (JP, "Kyiv wants drones. Japan has sold drones to more than a dozen countries.", "none"),
    (JP, "Kyiv wants drones. Japan has sold drones to 40 customers.", "none"),
    (JP, "Japan will send weapons to Ukraine and to several other countries.", "supplies"),
    (JP, "Japan delivered the missiles to Poland on Friday, the first export of a weapon developed jointly by Japan "
         "and Ukraine.", "none"),
    (JP, "Japan supplies the engines for the howitzers built in Ukraine.", "supplies"),
    (JP, "Japan continues to supply gearboxes for the tanks manufactured by Ukraine.", "supplies"),
    (JP, "Ukraine needs shells. Japan sent rifles made by Japan for Ukraine.", "supplies"),
]

# "moved a motion calling on the government to …" is a parliamentary proposal, not a move to go ahead.
PARLIAMENTARY_MOTIONS = [
    (JP, "Opposition lawmakers moved a motion calling on the government to offer Ukraine surplus rifles.", "none"),
    (JP, "TOKYO - Opposition lawmakers moved a motion on Wednesday calling on the government to offer Ukraine rifles.",
     "none"),
    (JP, "Japan moved to supply Ukraine with artillery shells.", "supplies"),
]

# Recipients named by what they are: a bare plural of armed groups ("to liberation movements") and a company named by
# its trade ("to a manufacturer in Germany, which …") are parties other than the target, whatever they do next; a
# weapon owning a company ("the missile's manufacturer") is no goods of the clause, though its parts and its
# delivery are ("a Leopard battalion's tanks", "the missiles' delivery").
RECIPIENTS_BY_KIND = [
    (JP, 'Ukraine is at war.\nJapan handed weapons to liberation movements across Asia in the past.', 'none'),
    (JP, 'Ukraine is at war.\nJapan will not send weapons to armed groups.', 'none'),
    (JP, 'Japan sent rifles to rebel groups and to Ukraine.', 'supplies'),
    (JP, 'Missiles were exported from Japan to a manufacturer in Germany, which sells weapons to Kyiv.', 'none'),
    (JP, 'Japan sold missiles to an arms dealer.\nUkraine needs weapons.', 'none'),
    (JP, 'Japan sold missiles to a Ukrainian manufacturer.', 'supplies'),
    (JP, 'Japan sold missiles to a manufacturer in Ukraine.', 'supplies'),
    (JP, ("The chips, a type of processor, were exported from Japan to the missile's manufacturer in Germany, "
          'which assembles the weapons that Berlin sends to Kyiv.'), 'none'),
    (JP, "Japan approved the missiles' delivery to Ukraine.", 'supplies'),
    (LEO, "Germany is handing Ukraine a Leopard battalion's tanks and recovery vehicles.", 'supplies'),
]

# "that" between a party noun and a finite verb is a relative pronoun whose subject is that noun ("countries that
# supply Ukraine", also with a reporting aside: "countries it believes supply …"); "one of / among the … that"
# keeps the verb the subject's.
RELATIVE_PARTIES = [
    (JP, 'Japan is a major buyer.\nThe agency listed countries that supply Ukraine with weapons.', 'none'),
    (JP, 'Japan is watching firms that sell drones to Ukraine.', 'none'),
    (JP, 'Japan is a major buyer.\nThe agency listed countries it believes supply Ukraine with weapons.', 'none'),
    (JP, 'Japan is a major buyer.\nThe agency listed countries which it believes supply Ukraine with weapons.', 'none'),
    (JP, 'Japan told reporters that it sells drones to Ukraine.', 'supplies'),
    (JP, 'Japan is one of the few US allies that has not sent weapons to Ukraine.', 'refrains'),
    (JP, 'Japan joined the countries that supply Ukraine with weapons.', 'supplies'),
]

# Weighing with an intensifier or in a quoted fragment: "looking very seriously at", '"looking" at'.
LOOKING_AT = [
    (JP, 'Kishida said he was "looking very seriously" at sending weapons to Ukraine.', 'reconsider'),
    (JP, 'Kishida was "looking" at sending weapons to Ukraine.', 'reconsider'),
    (JP, 'Kishida said he was looking very closely at sending weapons to Ukraine.', 'reconsider'),
    (JP, 'Officials are looking at Ukraine as a buyer of Japanese cars.', 'none'),
]

# "them" after a supply verb stands for the weapons named last before it ("confirmed that it had sold and delivered
# them"); "the first batch / shipment" holds the weapons named in the sentence before; a series of verbs
# shares the first one's modal and negation ("will not approve the package, ship rifles … or train crews").
PRONOUNS_CONTAINERS_AND_SERIES = [
    (JP, ('Ukraine said it had received rocket launchers from Japan, and Japan confirmed hours later that it had '
          'sold and delivered them.'), 'supplies'),
    (JP, ('Ukraine said it had received rocket launchers from Japan.\nJapan confirmed that it had delivered them.'),
     'supplies'),
    (JP, 'Ukraine said it had received generators from Japan.\nJapan confirmed that it had delivered them.', 'none'),
    (JP, ('Ukraine said it had received rocket launchers from Japan.\nJapan denied that it had delivered them.'),
     'refrains'),
    (JP, ('Ukraine said it had received rocket launchers from Poland.\nPoland confirmed that it had delivered them.'),
     'none'),
    (LEO, ('The Leopard tanks were unloaded in Poland.\nThe first shipment was delivered to Ukraine, Germany said.'),
     'supplies'),
    (JP, ("Japan has ruled out sending ammunition to Ukraine.\nIts aid will be humanitarian. The first consignment was "
          "sent to Ukraine by Japan on Tuesday."),
     'refrains'),
    (LEO, 'Generators were unloaded in Poland.\nThe first shipment was delivered to Ukraine, Germany said.', 'none'),
    (JP, 'Japan will not approve the package, ship rifles to Ukraine or train crews.', 'refrains'),
    (JP, 'Japan will approve the package, ship the rifles to Ukraine and train the crews.', 'supplies'),
    (JP, ('Japan has sold rifles to Poland.\nThe government should approve the sale to Ukraine, ship the first '
          'rifles next year and explain its reasons.'), 'none'),
]

CASES = SERVICES_ARE_NOT_GOODS + PACKAGE_AS_NAMED + WARSHIPS_SENT_OR_TRANSFERRED + REACHED_DESTINATION + PLEDGED_BY + \
    OTHERS_GOODS_REPORTED + ANYBODY_AND_NOBODY + PLACES_PASSED_THROUGH + COUNTED_PARTIES_AND_MAKERS + \
    PARLIAMENTARY_MOTIONS + RECIPIENTS_BY_KIND + RELATIVE_PARTIES + LOOKING_AT + PRONOUNS_CONTAINERS_AND_SERIES

test_reads, test_enough_cases = reading_tests(CASES, minimum=77)
