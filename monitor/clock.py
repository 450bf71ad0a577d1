"""The one clock every stage reads (and tests replace by passing their own)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone

Clock = Callable[[], datetime]
# Which endpoints want an alert: (type, stance, states) -> endpoint names.
Subscribers = Callable[[str, str | None, tuple[str, ...]], Sequence[str]]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def no_subscribers(_type: str, _stance: str | None, _states: tuple[str, ...]) -> Sequence[str]:
    return ()
