"""Stance tracking: how one reading moves the global and per-source states, and what it alerts.

Pure logic: the pipeline loads the current states, asks `plan` what to do, and writes the
result. A state remembers `since`, the publication time of the reading that set it, so a
reading published before that cannot move it back (feeds deliver out of order).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

NONE = "none"
GLOBAL, SOURCE = "global", "source"
SHIFT, REVISION = "stance.shift", "stance.revision"


@dataclass(frozen=True)
class StateView:
    state: str
    since: datetime | None


@dataclass(frozen=True)
class Move:
    scope: str  # global | source
    source: str  # "" for global
    from_state: str
    to_state: str


@dataclass(frozen=True)
class AlertIntent:
    type: str  # stance.shift | stance.revision
    from_state: str
    to_state: str


@dataclass(frozen=True)
class Plan:
    moves: tuple[Move, ...]
    alert: AlertIntent | None


def moves_to(current: StateView, reported: str, published: datetime) -> str | None:
    """The state a reading moves `current` to, or None when it does not move it."""
    if reported == NONE or reported == current.state:
        return None
    if current.since is not None and published < current.since:
        return None
    return reported


def plan(
    reported: str,
    published: datetime,
    *,
    source: str,
    global_state: StateView,
    source_state: StateView,
    previous_reading: str | None,
    baseline: bool,
) -> Plan:
    """Decide the moves and the alert for one reading of one stance.

    `previous_reading` is what the previous version of the same article read (None for a
    new article). The baseline sets states without alerting.
    """
    moves: list[Move] = []
    to_global = moves_to(global_state, reported, published)
    if to_global is not None:
        moves.append(Move(GLOBAL, "", global_state.state, to_global))
    to_source = moves_to(source_state, reported, published)
    if to_source is not None:
        moves.append(Move(SOURCE, source, source_state.state, to_source))
    return Plan(tuple(moves), None if baseline else _alert(reported, previous_reading, to_global, global_state))


def _alert(reported: str, previous_reading: str | None, to_global: str | None, global_state: StateView) -> AlertIntent | None:
    # A revision that changes what the article says is news even when the global state
    # does not move; it carries the diff, so it replaces the plain shift alert.
    if previous_reading is not None and previous_reading != reported:
        return AlertIntent(REVISION, previous_reading, reported)
    if to_global is not None:
        return AlertIntent(SHIFT, global_state.state, to_global)
    return None
