"""The reading classes the eightieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline and shipped stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, South Korea · weapons), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, DE_IL, KR = "jp-arms-ukraine", "de-arms-israel", "kr-arms-ukraine"

# "… announced today that …", "said last week that …": a time word between a reporting verb and "that" dates the
# verb; it is no noun with a relative clause ("countries that keep arming …" still is). Another party reporting,
# or a refusal, keep their readings.
DATED_REPORTING_VERB = [
    (JP, "The Japanese defence ministry announced today that deliveries of weapons to Ukraine continue as planned.",
     "supplies"),
    (JP, "Tokyo said last week that weapons were being delivered to Ukraine.", "supplies"),
    (JP, "Tokyo said last week that no weapons would be sent to Ukraine.", "refrains"),
    (JP, "Russia's foreign ministry said last week that Japan was sending weapons to Ukraine.", "none"),
    (JP, "Countries that keep sending weapons to Ukraine are prolonging the war, the Kremlin said.", "none"),
]

# "a request from Ukraine to add missiles to the package": the object of an infinitive inside a request the target
# makes is what it asks for, like "Ukraine's request to …"; "add X to Y" is an inclusion, not a word said.
# Another asker, another weigher and a refusal keep their readings.
REQUEST_FROM_TARGET = [
    (JP, "Japan is reviewing a request from Ukraine to add air-defence missiles to its aid package.", "reconsider"),
    (JP, "Japan is reviewing Ukraine's request to add air-defence missiles to its aid package.", "reconsider"),
    (JP, "Japan is reviewing a request from Poland to add air-defence missiles to its package.", "none"),
    (JP, "Russia is reviewing a request from Ukraine to add air-defence missiles to the package.", "none"),
    (JP, "Japan has rejected a request from Ukraine to add air-defence missiles to its aid package.", "refrains"),
    (JP, "Kishida added that Japan would not send weapons to Ukraine.", "refrains"),
]

# "Lee Jong-sup" … "Lee said": a romanised East Asian name with a hyphenated given name puts the surname first, so
# the bare surname later in the article is that speaker. Without the full name the surname stays no one's.
SURNAME_FIRST = [
    (KR, ('Defence Minister Shin Won-sik spoke to lawmakers on Tuesday. "We are examining the request from Kyiv '
          'for weapons," Shin said.'), "reconsider"),
    (KR, ('Defence Minister Shin Won-sik spoke to lawmakers on Tuesday. "No weapons will be sent to Ukraine," '
          'Shin said.'), "refrains"),
    (KR, '"We are examining the request from Kyiv for weapons," Shin said.', "none"),
]

# "We are weighing that request and will answer soon": "that" before a singular option noun ending its phrase is a
# determiner like "the"; the request is the one named before, weighed or refused. Before a verb it stays "that".
DEMONSTRATIVE_THAT = [
    (JP, 'Ukraine has asked Japan for air-defence missiles. "We are weighing that request," Kishida said.',
     "reconsider"),
    (JP, ('Ukraine has asked Japan for air-defence missiles. "We are weighing that request and will give an answer '
          'soon," Kishida said.'), "reconsider"),
    (JP, 'Ukraine has asked Japan for air-defence missiles. "We have turned down that request," Kishida said.',
     "refrains"),
    (JP, 'Kishida said that request was made by Ukraine.', "none"),
    (JP, ('Ukraine asked Germany for missiles. Kishida said that request, for German missiles, had been granted by '
          'Berlin.'), "none"),
]

# "rejected \"in line with the government's current policy not to supply weapons to Israel\"": a refusal cited as
# the ground of another act is the refusal; the verb before the citation governs that act, no double negation.
# A changed or weighed policy, and another country's policy, keep their readings.
CITED_REFUSAL = [
    (DE_IL, ("Requests from Israeli buyers were rejected in line with the government's current policy not to supply "
             "weapons to Israel, the German ministry said."), "refrains"),
    (DE_IL, "Germany rejected the requests under its policy of not supplying weapons to Israel.", "refrains"),
    (DE_IL, "Germany has not changed its policy of not sending weapons to Israel.", "refrains"),
    (DE_IL, "Germany will reconsider its policy of not sending weapons to Israel.", "reconsider"),
    (DE_IL, "The requests were rejected in line with Britain's policy not to supply weapons to Israel.", "none"),
]

# "Lee criticised his predecessor for suggesting that weapons might be sent": what the blamed person is said to
# have suggested is their words, which the subject rejects, no opening. The suggestion itself still opens.
CRITICISED_WORDS = [
    (KR, "Lee Jae-myung criticised his predecessor for suggesting that weapons might be sent to Ukraine.", "none"),
    (KR, "Lee Jae-myung suggested that weapons might be sent to Ukraine.", "reconsider"),
]

# "Kishida said the initiative would continue and could expand to include missiles": a common noun opening the
# reported clause is the subject its coordinated verbs share, not the reporting speaker. The actor as that subject
# keeps the opening.
REPORTED_COMMON_SUBJECT = [
    (JP, "Kishida said the initiative would continue next year and could expand to include missiles for Ukraine.",
     "none"),
    (JP, "Kishida said Japan would review its rules and could send missiles to Ukraine.", "reconsider"),
]

# "to the State of Israel": "State of" before a country's name is part of the name, no verb. "from the stocks of
# the German army": the owner of the holding the goods leave is their source, like "from German army stocks";
# another country's stocks name another supplier.
STATE_NAMES_AND_STOCKS = [
    (DE_IL, "Air-defence missiles were delivered to the State of Israel from the stocks of the German army.",
     "supplies"),
    (DE_IL, "Air-defence missiles were delivered to Israel from the stocks of the US Army.", "none"),
    (DE_IL, "Air-defence missiles were delivered to Poland from the stocks of the German army.", "none"),
    (DE_IL, "Germany will not send weapons to the State of Israel, the government said.", "refrains"),
    (DE_IL, ("Russia claimed today that weapons were being delivered to Israel from the stocks of the German army."),
     "none"),
    (DE_IL, "Should Israel ask, missiles could be delivered from the stocks of the German army.", "reconsider"),
]

CASES = (DATED_REPORTING_VERB + REQUEST_FROM_TARGET + SURNAME_FIRST + DEMONSTRATIVE_THAT + CITED_REFUSAL +
         CRITICISED_WORDS + REPORTED_COMMON_SUBJECT + STATE_NAMES_AND_STOCKS)


test_reads, test_enough_cases = reading_tests(CASES, minimum=30)
