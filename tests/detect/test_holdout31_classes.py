"""The reading classes the thirty-first blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons), none of which the holdout
uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR = "jp-arms-ukraine", "de-arms-israel"

# "KYIV/TOKYO, June 2 —": a joint dateline names two cities with a slash; neither is the subject.
JOINT_DATELINE = [
    (JP, ("KYIV/TOKYO, June 2 — A shipment of artillery shells sent by Japan reached Ukraine on Friday, Japan's "
          "defence ministry said."), "supplies"),
    (ISR, ("BERLIN/JERUSALEM, May 4 — A batch of tank shells sent by Germany reached Israel on Friday, the German "
           "government said."), "supplies"),
    (JP, ("KYIV/WARSAW, June 2 — A shipment of artillery shells sent by Poland reached Ukraine on Friday, the Polish "
          "defence ministry said."), "none"),
]

# "Its defence ministry confirmed that …": "its" before a government body is the discourse actor's, like
# "the defence ministry"; that body reporting an agentless delivery speaks for the actor. After a sentence
# about another country, "its" body is that country's.
POSSESSIVE_BODY = [
    (JP, ("Japan has made its choice. Its defence ministry confirmed on Monday that a batch of drones had been "
          "handed over to Ukraine."), "supplies"),
    (JP, ("Japan has made its choice. The defence ministry confirmed on Monday that a batch of drones had been "
          "handed over to Ukraine."), "supplies"),
    (ISR, ("Germany has made its choice. Its foreign ministry said on Monday that no more tank shells would be "
           "shipped to Israel."), "refrains"),
    (JP, ("Russia has made its choice. Its defence ministry confirmed on Monday that drones had been handed over "
          "to Ukraine."), "none"),
]

# "drones and Carl Gustaf anti-tank rounds had been handed over": capitalised words the detector does not
# know, right before a weapon noun, name the weapon's model; they do not end the subject.
MODEL_NAME = [
    (JP, "Kishida said mortars and Hoshi Kaze anti-tank rockets had been handed over to Ukraine.", "supplies"),
    (ISR, "Merz said drones and Adler Nord guided missiles had been delivered to Israel.", "supplies"),
    (ISR, "Merz said drones and Adler Nord guided missiles had not been delivered to Israel.", "refrains"),
    (JP, "Kishida said mortars and Hoshi Kaze anti-tank rockets had been handed over to Poland.", "none"),
]

# "We are not sending weapons — not shells, not mortars": a "not" opening a list member repeats the
# clause's negation; it is no second negation ("not ruling out"). Without a negated verb it contrasts.
ECHOED_NEGATION = [
    (JP, "\"We are not sending arms to Ukraine — not rifles, not missiles, nothing,\" Kishida said.", "refrains"),
    (ISR, "Germany will not deliver weapons to Israel, not tanks, not shells, Merz said.", "refrains"),
    (JP, "Japan is sending shells to Ukraine, not missiles, Kishida said.", "supplies"),
    (JP, "Japan is not ruling out sending missiles to Ukraine, Kishida said.", "reconsider"),
]

# "… responding to Russia's intelligence report, published last week, which said Tokyo may be preparing
# …": a reporting verb whose subject is a relative pronoun reports its antecedent's words; another
# party's report about the actor is that party's claim.
RELATIVE_REPORT = [
    (JP, ("The ministry was responding to a Chinese intelligence report, released on Monday, which said Tokyo "
          "had shipped missiles to Ukraine."), "none"),
    (ISR, "Berlin was replying to Iran's annual assessment, which said Germany may be readying tanks for Israel.",
     "none"),
    (JP, ("The ministry was responding to a Chinese intelligence report, which said Tokyo had shipped missiles to "
          "Ukraine, and Kishida said Japan would not send missiles to Ukraine."), "refrains"),
    (ISR, "Merz said Germany will not send tanks to Israel.", "refrains"),
]

# "Andrei Petrov, the defence minister of Japan, answered …": an appositive title with an "of" owner
# ties the person to that country as "Japan's defence minister" does; the answers are its position.
OF_OWNER_TITLE = [
    (JP, ("Hiro Tanaka, the defence minister of Japan, answered our questions in Tokyo.\n\n"
          "Q: Could Japan spare some rifles for Ukraine?\n\nA: We have not given Ukraine weapons and we are not "
          "giving any."), "refrains"),
    (JP, "The foreign minister of Japan, Hiro Tanaka, said: \"We will not send weapons to Ukraine.\"", "refrains"),
    (JP, "The foreign minister of Russia, Ivan Sokolov, said: \"We will not send weapons to Ukraine.\"", "none"),
    (JP, "Hiro Tanaka, the former foreign minister of Japan, said: \"We should send weapons to Ukraine.\"", "none"),
]

# "Our weapons we do not give": an object fronted before its clause's subject and supply verb is that
# verb's object. A fronted noun whose clause is a relative inside a subject ("The shells we send …, are
# old") is not.
FRONTED_OBJECT = [
    (JP, "\"We give Ukraine money and food. Our weapons we do not give, and we never will,\" Kishida said.",
     "refrains"),
    (ISR, "\"Tanks we will not send to Israel,\" Merz said.", "refrains"),
    (JP, "\"Rifles, shells, mortars — we are sending to Ukraine,\" Kishida said.", "supplies"),
    (JP, "\"The weapons we send to Ukraine,\" Kishida said, \"are old.\"", "none"),
    (JP, "The rifles we sent to Poland, Kishida said, were old.", "none"),
]

# "Asked whether Japan would send …, Kishida paused. "I will not say no," he said.": a leading question
# whose own clause answers nothing; the quoted reply after it answers it. Refusing to say no keeps the
# question open; another party asked answers for itself.
ANSWER_AFTER_PAUSE = [
    (JP, ("Asked by a reporter whether Japan would send missiles to Ukraine, Kishida smiled. \"I will not say no,\" "
          "he said."), "reconsider"),
    (JP, ("Asked by a reporter whether Japan would send missiles to Ukraine, Kishida hesitated. \"We are "
          "considering it,\" he said."), "reconsider"),
    (JP, "Asked by a reporter whether Japan would send missiles to Ukraine, Kishida paused.", "none"),
    (JP, ("Asked by a reporter whether Japan would send missiles to Ukraine, Sokolov smiled. \"I will not say no,\" "
          "he said."), "none"),
    (JP, "Asked whether Japan would send missiles to Ukraine, Kishida said: I will not say no.", "reconsider"),
    (JP, "Asked whether Japan would resume arms deliveries to Ukraine, Kishida said they had been paused.",
     "refrains"),
]

# "Not one weapon has left army stocks for Ukraine": leaving a place "for" a named party is travel to it,
# like "gone to"; for a place that is no party ("for the front") it is not.
LEAVING_FOR = [
    (JP, "\"Not a single rifle has left Japanese depots for Ukraine,\" Kishida said.", "refrains"),
    (ISR, "The first tank shells left Germany for Israel on Tuesday, Merz said.", "supplies"),
    (JP, "The first shells left Japan for Poland on Tuesday, Kishida said.", "none"),
    (JP, "The new rifles left the depots for the training grounds on Tuesday, Kishida said.", "none"),
]

# "Our decision to stop military transfers to Ukraine stands": "military transfers / deliveries" name the
# supply of military aid, enough for a refusal, never for a supply. A halt that "remained in place" is the
# status quo, so it does not end an opening reported before it.
MILITARY_TRANSFERS = [
    (JP, "\"Our decision to stop military transfers to Ukraine stands,\" Kishida said.", "refrains"),
    (JP, "Japan will resume military deliveries to Ukraine, Kishida said.", "none"),
    (ISR, ("Merz said Germany could reconsider its freeze on arms exports to Israel if the fighting ends. He stressed "
           "that the current policy, a pause on military transfers, remained in place for now."), "reconsider"),
    (ISR, ("Merz said Germany could reconsider its freeze on arms exports to Israel. On Friday the cabinet decided "
           "to halt all military transfers to Israel."), "refrains"),
]

# "The Government of Japan resolves:" then "1. To transfer … to the Armed Forces of Ukraine …": each
# numbered infinitive is governed by the enacting line that names the actor; "the Armed Forces of X" is
# X's military, not another party named "Forces".
ENACTED_ITEMS = [
    (JP, ("RESOLUTION No. 7\n\nThe Government of Japan resolves:\n\n1. To transfer free of charge to the Armed "
          "Forces of Ukraine 81 mm mortar rounds from the reserves of the Self-Defense Forces.\n\n2. To instruct "
          "the Ministry of Defense to carry out the transfer."), "supplies"),
    (JP, ("The Government of Japan rejects the following proposals:\n\n1. To transfer mortar rounds to the Armed "
          "Forces of Ukraine."), "refrains"),
    (JP, "The opposition party proposes:\n\n1. To transfer mortar rounds to the Armed Forces of Ukraine.", "none"),
    (JP, "Japan will transfer mortar rounds to the Armed Forces of Ukraine, Kishida said.", "supplies"),
    (JP, "Japan will transfer mortar rounds to the Armed Forces of Poland, Kishida said.", "none"),
]

# "… sent weapons to Ukraine and it is not sending any": a subject pronoun after "and" opens a clause of its
# own; it is not listed with the name before "and", so the first clause's "not" stays there.
PRONOUN_AFTER_AND = [
    (JP, "Japan has not sent rifles to Ukraine and it is not sending any.", "refrains"),
    (ISR, "\"We have not delivered tanks to Israel and we are not delivering shells,\" Merz said.", "refrains"),
    (JP, "Japan has not sent rifles to Ukraine and it is now weighing sending some.", "reconsider"),
    (ISR, "Germany and France will deliver shells to Israel, Merz said.", "supplies"),
]

CASES = (PRONOUN_AFTER_AND + JOINT_DATELINE + POSSESSIVE_BODY + MODEL_NAME + ECHOED_NEGATION + RELATIVE_REPORT + OF_OWNER_TITLE +
         FRONTED_OBJECT + ANSWER_AFTER_PAUSE + LEAVING_FOR + MILITARY_TRANSFERS + ENACTED_ITEMS)


test_reads, test_enough_cases = reading_tests(CASES, minimum=49)
