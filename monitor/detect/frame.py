"""The record of the walk around one anchor: operators, agent, speaker, recipient and flags."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.detect.agents import Agent


@dataclass
class Frame:
    """What the walk around one anchor has found so far."""

    ops: list[tuple[str, int, float]] = field(default_factory=list)  # (op, unit index, clause level; .5 = verdict after the clause)
    agent: Agent | None = None
    speaker: Agent | None = None
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # (how, class, unit index)
    recipient: str = ""  # target | generic | other | other-supply (the target only receives another's supply)
    requester_target: bool = False
    hypothetical: bool = False
    background: bool = False
    inherit: bool = False  # the clause has no subject of its own: take the sentence's
    existential: bool = False  # "…, and there is no plan to deliver": no subject to take; the speaker's word
    right_verb: bool = False  # a verb follows the anchor in its clause
    right_modal: bool = False  # … and it is "would"/"could": "Seoul's decision to send … would be a mistake"
    no_comment: bool = False  # "declined to say whether …"
    passive: bool = False  # the supply verb is a passive or reduced relative after the object
    subject_supply: bool = False  # "Delivering Taurus to Ukraine was out of the question": the supply is a subject
    verdict: bool = False  # … and the rest of the clause says what becomes of it
    available: bool = False  # "no F-16s available for Ukraine": the subject is the one who has them
    controlled_by: int = -1  # "blocked Denmark from sending": index of "blocked"
    controller: Agent | None = None  # … and who blocked
    other_first_object: bool = False  # "sent Russia shells": another name right after the supply verb
    addressee: str = ""  # "told Zelensky that … will provide": who the clause is said to
    civil_use: bool = False  # "drones for demining": the object is for a civilian purpose
