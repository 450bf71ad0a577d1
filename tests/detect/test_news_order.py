"""Weighing the claims of an article: a report leads with its news. A lone, later supply that
does not name the actor does not outweigh the refusal or review the article led with; a supply
the article leads with, repeats or states with the actor's name still decides, and so does a
supply after a refusal "up to now"."""

from __future__ import annotations

import pytest

from monitor.detect.claims import RECONSIDER, REFRAINS, SUPPLIES, Claim
from monitor.detect.reader import decide
from monitor.detect.sentences import Sentence

LEAD_REFUSAL = "Hungary will not send weapons to Ukraine, the foreign minister said on Monday."
LEAD_REVIEW = "The Czech government is considering Kyiv's request for howitzers, the defence minister said."
UNTIL_NOW = "Britain has so far refused to send the missiles to Ukraine."
LATER = "He said the guns were due to be sent, a spokeswoman added."


def article(*claims: tuple[str, str, str]) -> list[tuple[Sentence, tuple[Claim, ...]]]:
    found, start = [], 0
    for index, (text, state, how) in enumerate(claims):
        found.append((Sentence(text, start, start + len(text), index), (Claim(state, "test", agent="actor", how=how),)))
        start += len(text) + 1
    return found


@pytest.mark.parametrize(("claims", "expected"), [
    ([(LEAD_REFUSAL, REFRAINS, "name"), (LATER, SUPPLIES, "pronoun")], REFRAINS),
    ([(LEAD_REVIEW, RECONSIDER, "name"), (LATER, SUPPLIES, "speaker")], RECONSIDER),
    # near misses: the supply leads, is repeated, names the actor, or follows a refusal up to now
    ([(LATER, SUPPLIES, "pronoun"), (LEAD_REFUSAL, REFRAINS, "name")], SUPPLIES),
    ([(LEAD_REFUSAL, REFRAINS, "name"), (LATER, SUPPLIES, "pronoun"), (LATER, SUPPLIES, "speaker")], SUPPLIES),
    ([(LEAD_REFUSAL, REFRAINS, "name"), (LATER, SUPPLIES, "name")], SUPPLIES),
    ([(UNTIL_NOW, REFRAINS, "name"), (LATER, SUPPLIES, "pronoun")], SUPPLIES),
])
def test_a_lone_later_supply_does_not_outweigh_the_lead(claims: list[tuple[str, str, str]], expected: str) -> None:
    assert decide("x", article(*claims)).state == expected
