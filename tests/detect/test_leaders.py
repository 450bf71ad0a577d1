"""A stance that names its actor by the country alone still knows who speaks for it, and a dateline in the
actor's capital makes the story's unowned government the actor's when the story names the actor."""

from __future__ import annotations

import pytest

from monitor.detect import parse_stance, read
from monitor.detect.demonyms import country_of
from monitor.detect.leaders import _PEOPLE, speakers_for


def minimal(actor: str, target: str) -> dict[str, object]:
    return {"id": "x-arms-y", "title": f"{actor} · {target} · weapons", "initial": "refrains",
            "actor": {"names": [actor]}, "target": {"names": [target]}, "object": {"kind": "weapons"}}


BY_RU = parse_stance(minimal("Belarus", "Russia"))
JP_PH = parse_stance(minimal("Japan", "Philippines"))
TH_MM = parse_stance(minimal("Thailand", "Myanmar"))
CO_UA = parse_stance(minimal("Colombia", "Ukraine"))


def test_every_country_of_the_table_is_a_known_country() -> None:
    for country in _PEOPLE:
        assert (country_of(country) or "").lower() == country, country


def test_a_minimal_stance_gets_its_countrys_leaders_after_the_ones_it_gives() -> None:
    assert "Lukashenko" in BY_RU.actor_speakers and "Khrenin" in BY_RU.actor_speakers
    assert "Putin" not in BY_RU.actor_speakers  # the target's president speaks for the target
    given = speakers_for(["Minsk"], ["Viktor Khrenin", "Natalya Eismont"])
    assert given[:2] == ("Viktor Khrenin", "Natalya Eismont") and given.count("Viktor Khrenin") == 1
    assert speakers_for(["Atlantis"], ["Someone"]) == ("Someone",)


@pytest.mark.parametrize(("stance", "text", "expected"), [
    # a leader's "we" is the actor's, though the stance file names no one
    (BY_RU, '"We are not sending weapons to Russia and we will not," Lukashenko told reporters in Minsk.', "refrains"),
    (BY_RU, '"We are reviewing the request from Moscow for shells," Khrenin said on Tuesday.', "reconsider"),
    (JP_PH, '"We will provide air-defence missiles to the Philippines," Koizumi told reporters.', "supplies"),
    (TH_MM, '"Thailand will not sell weapons to Myanmar\'s junta," Anutin told parliament.', "refrains"),
    (TH_MM, 'Anutin said his government was considering a request from Naypyidaw for artillery shells.', "reconsider"),
    (CO_UA, '"We will not send a single rifle to Ukraine," Gustavo Petro said in Bogotá.', "refrains"),
    # another country's leader keeps his own voice
    (BY_RU, '"We will never need weapons from anyone," Putin told reporters in Moscow.', "none"),
    (JP_PH, '"We will provide air-defence missiles to the Philippines," Albanese told reporters.', "none"),
    # another country's leader or minister known by name, with or without a title, speaks for that country
    (JP_PH, '"Tokyo has armed Manila," Defence Minister Pedro Sanchez said.', "none"),
    (JP_PH, '"Tokyo has armed Manila," President Erdogan said.', "none"),
    (JP_PH, '"Tokyo has armed Manila," Defence Minister Gen Nakatani said.', "supplies"),
    # a bare first name shared with another country's leader is no one's: Petro Poroshenko is no Colombian
    (CO_UA, '"We need rifles, not promises," Petro Poroshenko said in Kyiv.', "none"),
])
def test_a_known_leader_speaks_for_the_actor(stance: object, text: str, expected: str) -> None:
    assert read(text, stance).state == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("TOKYO, June 16 (Wire) - The government decided on Tuesday to supply the Philippine navy with "
     "surface-to-air missiles.\n\nJapanese officials said the first battery would ship in August.", "supplies"),
    # a wire desk's city, in a report that never names the actor, says nothing of whose ministry speaks
    ("TOKYO, June 16 (Wire) - The ministry said on Tuesday that surface-to-air missiles had been sent to the "
     "Philippine navy's northern bases.", "none"),
    ("TOKYO — The government is considering supplying weapons to the Philippines, officials said.", "reconsider"),
    # a dateline elsewhere leaves the government unowned
    ("CANBERRA, June 16 (Wire) - The government decided on Tuesday to supply the Philippine navy with "
     "surface-to-air missiles.", "none"),
])
def test_a_dateline_at_home_makes_the_unowned_government_the_actors(text: str, expected: str) -> None:
    assert read(text, JP_PH).state == expected


RO_UA = parse_stance(minimal("Romania", "Ukraine"))
TR_PK = parse_stance(minimal("Turkey", "Pakistan"))


@pytest.mark.parametrize(("stance", "text", "expected"), [
    # a national body named without its country decides for it
    (RO_UA, "The Supreme Council of National Defence approved the donation of air-defence missiles to Ukraine.",
     "supplies"),
    (TR_PK, "The SSB is reviewing a request from Islamabad for attack drones, officials said.", "reconsider"),
    # another country's body does not
    (TR_PK, "Rosoboronexport said it would deliver attack helicopters to Pakistan next year.", "none"),
])
def test_a_national_body_speaks_for_its_country(stance: object, text: str, expected: str) -> None:
    assert read(text, stance).state == expected  # type: ignore[arg-type]
