"""The reading classes the sixtieth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, US · Abrams, Sweden · Archer / Gripen, Poland · MiG-29), none
of which the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, ABR, ARCH = "jp-arms-ukraine", "de-arms-israel", "us-abrams-ukraine", "se-archer-ukraine"
GRIP, MIG = "se-gripen-ukraine", "pl-mig29-ukraine"

# "will provide Ukraine with two Abrams full-mission simulators": the system's name modifying a training
# device is not the system; the refusal of the system itself beside it decides. The system with its own
# head noun, or the simulators listed with the system, still supplies.
TRAINING_DEVICES = [
    (ABR, ("The United States will give Ukraine three more Abrams crew simulators and a training course, but will "
           "not send any more Abrams tanks, the Pentagon said."), "refrains"),
    (ABR, "The Pentagon said the United States would ship Abrams simulators to Kyiv next month.", "none"),
    (ARCH, "Sweden will deliver two Archer full-scale simulators to Ukraine, Jonson said.", "none"),
    (ABR, "The United States will send Abrams tanks and simulators to Ukraine, the Pentagon said.", "supplies"),
    (ARCH, "Sweden will deliver two long-range Archer howitzers to Ukraine, Jonson said.", "supplies"),
]

# "have given the jet prominent coverage": the object right after "give" with a bare noun phrase of its own
# after it is the one something else is given to. "gave the arms to Kyiv" and "gave Kyiv the arms" keep the
# object as what is given.
GIVEN_TO_THE_OBJECT = [
    (JP, ("Ukraine has asked for more weapons. Japanese television has given the weapons wide publicity, and "
          "exporters are pleased."), "none"),
    (ISR, "Israel wants the weapons. German papers have given the weapons generous attention.", "none"),
    (JP, "Japan has given the weapons to Ukraine, Kishida said.", "supplies"),
    (JP, "Japan has given Ukraine the weapons, Kishida said.", "supplies"),
    (JP, "Japan will not give the weapons to Ukraine, Kishida said.", "refrains"),
]

# "could provide enough material for hundreds of missiles": when the supply verb's own object is another
# noun, a weapon after "for" only names what that noun is for. Weapons as the verb's own object, or parts
# of them, keep their reading.
PURPOSE_OF_OTHER_GOODS = [
    (JP, "Japan will ship chemicals for several hundred rockets to Ukraine, Kishida said.", "none"),
    (ISR, "Germany will send fuel for the tanks to Israel, Merz said.", "none"),
    (JP, "Japan will ship rockets for the air force to Ukraine, Kishida said.", "supplies"),
    (ISR, "Germany will send ammunition for the tanks to Israel, Merz said.", "supplies"),
    (JP, "Japan will not ship rockets to Ukraine, Kishida said.", "refrains"),
]

# "A prominent Japanese nationalist commentator wrote that Japan must arm Ukraine": a nationality on a pundit,
# a scholar or a critic does not make them a government voice; their "must" is advocacy, their report a view.
# The actor's own officials, diplomats and state media keep speaking for it.
NATIONAL_PUNDIT = [
    (JP, "A well-known Japanese conservative columnist argued on Sunday that Japan must send weapons to Ukraine.",
     "none"),
    (ISR, "A German professor said on Monday that Berlin should resume arms exports to Israel.", "none"),
    (JP, "A Japanese scholar wrote that Japan has begun shipping rockets to Ukraine.", "none"),
    (JP, "A Japanese official said that Japan could send weapons to Ukraine.", "reconsider"),
    (JP, "Japanese diplomats said that Japan could send weapons to Ukraine.", "reconsider"),
]

# "…, an official acknowledged, confirming a practice that Western governments had alleged": an allegation
# inside what the speaker confirms is no doubt on the sentence. Closing on the allegation itself, it is.
CONFIRMED_ALLEGATION = [
    (JP, ("Japan has started shipping rockets to Ukraine via a third country, a Japanese government official "
          "admitted on Friday, confirming reports that foreign governments had alleged for weeks."), "supplies"),
    (ISR, ("Germany has resumed arms deliveries to Israel, a government spokesman said, confirming what "
           "opposition deputies had alleged."), "supplies"),
    (JP, "Japan has started shipping rockets to Ukraine via a third country, Russian officials alleged.", "none"),
    (JP, "Japan has started shipping rockets to Ukraine, Moscow alleged on Friday, without offering proof.", "none"),
]

# "…, a state-run newspaper said, quoting a defence ministry official": a medium that quotes a source passes
# on that source's word. An outsider or another country quoted stays an outside view or a claim, and a
# medium quoting no one stays a report.
QUOTED_SOURCE = [
    (JP, ("Japan no longer rules out sending rockets to Ukraine, a newspaper said on Monday, quoting a "
          "senior defence ministry official."), "reconsider"),
    (JP, ("Japan no longer rules out sending rockets to Ukraine, a newspaper said on Monday, quoting a "
          "Russian diplomat."), "none"),
    (JP, ("Japan no longer rules out sending rockets to Ukraine, a newspaper said on Monday, quoting an "
          "analyst."), "none"),
    (JP, "Japan no longer rules out sending rockets to Ukraine, a newspaper said on Monday.", "none"),
]

# "Tehran submitted a formal request for 40 jets … (other sentences) … Beijing was weighing the request": "the
# request" takes up the last request named as a noun for the object, however many sentences stand between
# (an opening or a refusal only). No request named before leaves it vague.
REQUEST_NAMED_EARLIER = [
    (JP, ("Kyiv handed Tokyo a written request in April for 30 rocket launchers. Japan has been cautious. The "
          "coalition is divided. Officials are tired. A Japanese official said on Friday that Tokyo was "
          "examining the request."), "reconsider"),
    (ISR, ("Israel lodged a formal request last month for artillery shells. Berlin has been quiet. The debate "
          "is loud. The coalition is split. Merz said on Friday that Germany had rejected the request."),
     "refrains"),
    (JP, ("Japan has been cautious. The coalition is divided. Officials are tired. The weather is bad. A Japanese "
          "official said on Friday that Tokyo was examining the request."), "none"),
]

# '"The tanks are now in Ukraine," the actor's speaker said': the object present in the recipient's country
# by now has arrived there. Not yet there, somewhere else, or another party saying so is no delivery by the
# actor.
NOW_IN_THE_RECIPIENT = [
    (ABR, '"The Abrams are now in Ukraine, and the crews are training," Lloyd Austin told reporters.', "supplies"),
    (ARCH, "The first Archer howitzers are already in Ukraine, Jonson said on Tuesday.", "supplies"),
    (ABR, "The Abrams are not yet in Ukraine, Lloyd Austin said.", "none"),
    (ABR, "The Abrams are now in Poland, Lloyd Austin said.", "none"),
    (ABR, "The Abrams were in Germany for an exercise, Lloyd Austin said.", "none"),
]

# A stance naming its system "Gripen fighter": in an article that names the Gripen, "the jets" / "the fighters"
# are that system, though the article never says "Gripen jets". Another agent, another class ("the tanks"), an
# article that never names the system, or a stance whose names carry no class noun keep their reading.
FIGHTER_CLASS = [
    (GRIP, ("Ukraine's pilots trained on the Gripen last year. Kyiv has asked for help. Sweden is studying how it "
            "could send the jets to Ukraine, Jonson said."), "reconsider"),
    (GRIP, ("Ukraine's pilots trained on the Gripen last year. Kyiv has asked for help. Sweden will not send the "
            "fighters to Ukraine, Jonson said."), "refrains"),
    (GRIP, ("Ukraine's pilots trained on the Gripen last year. Kyiv has asked for help. Russia is studying how it "
            "could send the jets to Ukraine."), "none"),
    (GRIP, ("Ukraine's pilots trained on the Gripen last year. Kyiv has asked for help. Sweden is studying how it "
            "could send the tanks to Ukraine, Jonson said."), "none"),
    (GRIP, "Kyiv has asked for help. Sweden has sent the jets to Ukraine, Jonson said.", "none"),
    (MIG, ("Ukraine's pilots trained on the MiG-29 last year. Kyiv has asked for help. Poland is studying how it "
           "could send the jets to Ukraine, Duda said."), "none"),
]

CASES = (FIGHTER_CLASS + TRAINING_DEVICES + GIVEN_TO_THE_OBJECT + PURPOSE_OF_OTHER_GOODS + NATIONAL_PUNDIT + CONFIRMED_ALLEGATION
         + QUOTED_SOURCE + REQUEST_NAMED_EARLIER + NOW_IN_THE_RECIPIENT)


test_reads, test_enough_cases = reading_tests(CASES, minimum=42)
