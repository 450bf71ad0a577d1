"""Ministers named by title alone, and country adjectives the stance file leaves out: a stance
that gives only names (no adjectives, no speakers) still reads the actor's ministers, also those
the built-in list of leaders does not know (the names here are invented for that reason)."""

from __future__ import annotations

from monitor.detect import parse_stance
from monitor.detect.officials import first_country_word, titled_ministers

from .cases import reading_tests

BARE = {s.id: s for s in (parse_stance(d, source="tests/detect/test_officials.py") for d in [
    {"id": "au-abrams-ua", "initial": "refrains", "actor": {"names": ["Australia", "Canberra"]},
     "target": {"names": ["Ukraine", "Kyiv"]}, "object": {"kind": "system", "names": ["Abrams", "M1A1"]}},
    {"id": "no-arms-ua", "initial": "refrains", "actor": {"aliases": ["Norway", "Oslo"]},
     "target": {"aliases": ["Ukraine", "Kyiv"]}},
])}
AU, NO = "au-abrams-ua", "no-arms-ua"

CASES = [
    (AU, "Australia will send eight more Abrams tanks to Ukraine, Defence Minister Richard Harlow said on Thursday.",
     "supplies"),
    (AU, ("Australia is weighing Kyiv's request for its retired Abrams tanks. \"We are looking at it carefully,\" "
          "Defence Minister Richard Harlow told reporters."), "reconsider"),
    (NO, "Norway will not send weapons to Ukraine at this stage, Foreign Minister Ola Brekke said.", "refrains"),
    (NO, "Norwegian officials said Norway is considering sending more weapons to Ukraine.", "reconsider"),
    # near misses: another country's minister, a former one, one who is spoken to
    (AU, ("Australia hosted talks on Monday. Rustem Umerov, Ukraine's defence minister, visited Canberra. "
          "Australia will send the Abrams tanks to Ukraine, Defence Minister Umerov said."), "none"),
    (AU, "Australia should send its Abrams tanks to Ukraine, former Defence Minister Christopher Pyne said.", "none"),
    (NO, ("Ukrainian Foreign Minister Dmytro Kuleba said Norway will send weapons to Ukraine. Foreign Minister "
          "Kuleba said he expected them soon."), "none"),
]


# Another country closing the sentence ("…, Russia said", "…, the Kremlin said") reports a claim of its
# own, never the actor's position; the recipient, an alliance or the actor's own officials do not.
CLOSING_PARTY = [
    ("il-arms-ukraine", "Israel is sending weapons to Ukraine, Russia said.", "none"),
    ("il-arms-ukraine", "Israel is sending weapons to Ukraine, the Kremlin said on Monday.", "none"),
    ("jp-arms-ukraine", "Japan has begun delivering artillery shells to Ukraine, the Chinese foreign ministry said.",
     "none"),
    ("il-arms-ukraine", "Israel has delivered air-defence missiles to Ukraine, Kyiv said.", "supplies"),
    ("il-arms-ukraine", "Israel has delivered air-defence missiles to Ukraine, NATO said.", "supplies"),
    ("il-arms-ukraine", "Israel has delivered air-defence missiles to Ukraine, Israeli officials said.", "supplies"),
]


def test_a_minister_who_speaks_in_a_report_on_the_actor_is_the_actors() -> None:
    stance = BARE[AU]
    text = "Australia will send tanks to Ukraine, Defence Minister Richard Harlow said. He met Chancellor Olaf Scholz."
    assert titled_ministers(text, stance) == (("Richard Harlow", "Harlow", "Richard"), frozenset())
    assert titled_ministers("Ukraine thanked Australia, Defence Minister Rustem Umerov said.", stance)[0] == ()


test_reads, test_enough_cases = reading_tests(CASES, minimum=7, stances=BARE)
test_closing_party, test_enough_closing = reading_tests(CLOSING_PARTY, minimum=6)


def test_the_first_country_is_no_language_and_no_lowercase_us() -> None:
    assert first_country_word("[Translated from Spanish.] The president instructed us to assess what Mexico could "
                              "make available.") == "mexico"
    assert first_country_word("The US said it would help Mexico.") == "us"


def test_a_title_with_its_portfolio_after_it_names_a_minister() -> None:
    stance = BARE[NO]
    text = ("OSLO — Norway will not send weapons to Ukraine, Minister for Defence Kari Lund said on Monday. Lund said "
            "the position was unchanged.")
    own, _ = titled_ministers(text, stance)
    assert "Kari Lund" in own
