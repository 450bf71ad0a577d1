"""When to try a delivery again: outcome of one attempt, and the delay before the next.

The default schedule follows the Standard Webhooks recommendation: an immediate first
attempt, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h -- eight attempts spanning
27 h 35 min 5 s (more than a day even with the full -10 % jitter). After the last
attempt the delivery is dead-lettered.
"""

from __future__ import annotations

import enum
import math
import random
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

from monitor.errors import ConfigError

DEFAULT_SCHEDULE: tuple[float, ...] = (5, 300, 1800, 7200, 18000, 36000, 36000)
DEFAULT_JITTER = 0.1
DEFAULT_MAX_DELAY = 86400.0  # caps hostile or mistaken Retry-After values too

# Besides 429 and 5xx, these 4xx mean "not now" rather than "never".
RETRYABLE_4XX = frozenset({408, 409, 425, 429})
GONE = 410


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"
    RETRY = "retry"
    GIVE_UP = "give_up"
    DISABLE = "disable"


class UniformRNG(Protocol):
    def uniform(self, a: float, b: float) -> float: ...


_rng = random.Random()


def classify(status_code: int | None, error: str | None) -> Outcome:
    """What one attempt's result means for the delivery.

    No status (timeout, connection error) -> retry. 2xx -> delivered. 410 -> disable the
    endpoint. 408/409/425/429 and other 4xx: retry / give up. 3xx (redirects are not
    followed), 5xx and anything else -> retry, as the spec treats them as failures.
    """
    if status_code is None:
        return Outcome.RETRY  # error or not, nothing was answered
    if 200 <= status_code <= 299:
        return Outcome.DELIVERED
    if status_code == GONE:
        return Outcome.DISABLE
    if 400 <= status_code <= 499:
        return Outcome.RETRY if status_code in RETRYABLE_4XX else Outcome.GIVE_UP
    return Outcome.RETRY


@dataclass(frozen=True)
class RetryPolicy:
    """Delays (seconds) between attempts after the immediate first one.

    ``schedule[i]`` is the nominal wait after attempt ``i + 1`` fails; each is jittered by
    up to ``±jitter`` (a fraction) and capped at ``max_delay``. ``len(schedule) + 1``
    attempts in all.
    """

    schedule: tuple[float, ...] = DEFAULT_SCHEDULE
    jitter: float = DEFAULT_JITTER
    max_delay: float = DEFAULT_MAX_DELAY

    def __post_init__(self) -> None:
        object.__setattr__(self, "schedule", tuple(self.schedule))
        for i, delay in enumerate(self.schedule):
            if not _positive(delay):
                raise ValueError(f"schedule[{i}]: must be a positive number of seconds")
        if not _number(self.jitter) or not 0 <= self.jitter < 1:
            raise ValueError("jitter: must be a fraction from 0 (none) to below 1")
        if not _positive(self.max_delay):
            raise ValueError("max_delay: must be a positive number of seconds")

    @property
    def max_attempts(self) -> int:
        return len(self.schedule) + 1

    @property
    def nominal_span(self) -> float:
        """Seconds from the first to the last attempt without jitter."""
        return float(sum(min(d, self.max_delay) for d in self.schedule))

    @property
    def min_span(self) -> float:
        """The shortest the schedule can be with jitter (all delays at -jitter)."""
        return float(sum(min(d * (1 - self.jitter), self.max_delay) for d in self.schedule))

    def next_delay(
        self,
        attempt_number: int,
        retry_after: float | None = None,
        rng: UniformRNG | None = None,
    ) -> float | None:
        """Seconds to wait after attempt ``attempt_number`` (1-based) failed; None = dead-letter.

        A receiver's Retry-After is a lower bound: the wait is the larger of it and the
        jittered schedule, plus up to ``jitter`` on top when Retry-After wins, so that
        throttled senders do not all return in the same second.
        """
        if isinstance(attempt_number, bool) or not isinstance(attempt_number, int):
            raise TypeError("attempt_number must be an int")
        if attempt_number < 1:
            raise ValueError("attempt_number is 1-based: the attempt that just failed")
        if attempt_number > len(self.schedule):
            return None
        rng = rng or _rng
        base = self.schedule[attempt_number - 1]
        delay = base * (1 + rng.uniform(-self.jitter, self.jitter))
        if retry_after is not None and _number(retry_after) and retry_after > delay:
            delay = retry_after * (1 + rng.uniform(0, self.jitter))
        return min(delay, self.max_delay)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date.

    Returns None when absent or unparseable; dates in the past give 0.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        seconds = float(text)
        return seconds if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" or no zone: HTTP-dates are GMT
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def parse_retry_policy(table: Mapping[str, Any], source: str) -> RetryPolicy:
    """Read the optional ``[delivery]`` table: ``schedule`` (seconds), ``jitter``, ``max_delay``.

    Errors name ``source`` and the key, e.g. ``shiftwatch.toml: delivery.schedule[2]: ...``.
    """
    section = table.get("delivery", {})
    if not isinstance(section, Mapping):
        raise ConfigError(f"{source}: delivery: must be a table")
    unknown = sorted(set(section) - {"schedule", "jitter", "max_delay"})
    if unknown:
        raise ConfigError(
            f"{source}: delivery.{unknown[0]}: unknown key "
            "(expected schedule, jitter, max_delay)"
        )
    schedule: Sequence[Any] = section.get("schedule", DEFAULT_SCHEDULE)
    if not isinstance(schedule, (list, tuple)):
        raise ConfigError(f"{source}: delivery.schedule: must be a list of seconds")
    for i, delay in enumerate(schedule):
        if not _positive(delay):
            raise ConfigError(
                f"{source}: delivery.schedule[{i}]: must be a positive number of seconds"
            )
    jitter = section.get("jitter", DEFAULT_JITTER)
    max_delay = section.get("max_delay", DEFAULT_MAX_DELAY)
    try:
        return RetryPolicy(tuple(float(d) for d in schedule), jitter, max_delay)
    except ValueError as exc:
        raise ConfigError(f"{source}: delivery.{exc}") from None


def _number(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _positive(value: object) -> bool:
    return _number(value) and value > 0  # type: ignore[operator]
