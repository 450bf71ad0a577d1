"""Outcome classification, the retry schedule, jitter and Retry-After."""

from __future__ import annotations

import random
from email.utils import format_datetime
from datetime import datetime, timezone

import pytest

from monitor.alerts.retry import (
    DEFAULT_SCHEDULE,
    Outcome,
    RetryPolicy,
    classify,
    parse_retry_after,
    parse_retry_policy,
)
from monitor.errors import ConfigError

DAY = 86400


class Fixed:
    """An rng that always returns one end of the range: the jitter extremes."""

    def __init__(self, end: str) -> None:
        self.end = end

    def uniform(self, a: float, b: float) -> float:
        return a if self.end == "low" else b


@pytest.mark.parametrize(
    "status, outcome",
    [
        (200, Outcome.DELIVERED),
        (201, Outcome.DELIVERED),
        (204, Outcome.DELIVERED),
        (299, Outcome.DELIVERED),
        (301, Outcome.RETRY),
        (302, Outcome.RETRY),
        (307, Outcome.RETRY),
        (308, Outcome.RETRY),
        (400, Outcome.GIVE_UP),
        (401, Outcome.GIVE_UP),
        (403, Outcome.GIVE_UP),
        (404, Outcome.GIVE_UP),
        (405, Outcome.GIVE_UP),
        (413, Outcome.GIVE_UP),
        (422, Outcome.GIVE_UP),
        (408, Outcome.RETRY),
        (409, Outcome.RETRY),
        (425, Outcome.RETRY),
        (429, Outcome.RETRY),
        (410, Outcome.DISABLE),
        (500, Outcome.RETRY),
        (502, Outcome.RETRY),
        (503, Outcome.RETRY),
        (504, Outcome.RETRY),
    ],
)
def test_classify_status(status: int, outcome: Outcome) -> None:
    assert classify(status, None) is outcome


@pytest.mark.parametrize("error", ["timeout after 15 s", "connection error: Connection refused", None])
def test_classify_no_response_retries(error: str | None) -> None:
    assert classify(None, error) is Outcome.RETRY


def test_outcome_values_are_stable_strings_for_the_database() -> None:
    assert [o.value for o in Outcome] == ["delivered", "retry", "give_up", "disable"]
    assert Outcome("give_up") is Outcome.GIVE_UP


def test_default_schedule_follows_standard_webhooks_and_spans_over_a_day() -> None:
    policy = RetryPolicy()
    assert policy.schedule == DEFAULT_SCHEDULE == (5, 300, 1800, 7200, 18000, 36000, 36000)
    assert policy.max_attempts == 8
    assert policy.nominal_span == 99305  # 27 h 35 min 5 s
    assert policy.min_span > DAY


@pytest.mark.parametrize("end", ["low", "high"])
def test_whole_schedule_at_jitter_extremes_spans_over_a_day(end: str) -> None:
    policy = RetryPolicy()
    delays = []
    attempt = 1
    while (delay := policy.next_delay(attempt, None, Fixed(end))) is not None:
        delays.append(delay)
        attempt += 1
    assert attempt == policy.max_attempts == len(delays) + 1
    assert sum(delays) > DAY


def test_jitter_stays_within_bounds() -> None:
    policy = RetryPolicy(jitter=0.2)
    rng = random.Random(1234)
    for attempt, base in enumerate(policy.schedule, start=1):
        seen = [policy.next_delay(attempt, None, rng) for _ in range(500)]
        assert all(base * 0.8 <= d <= base * 1.2 for d in seen)  # type: ignore[operator]
        assert len(set(seen)) > 400  # actually jittered, not constant


def test_no_jitter_gives_the_schedule() -> None:
    policy = RetryPolicy(schedule=(1, 2, 3), jitter=0)
    assert [policy.next_delay(n) for n in (1, 2, 3, 4)] == [1, 2, 3, None]


def test_after_the_last_attempt_dead_letter() -> None:
    policy = RetryPolicy()
    assert policy.next_delay(7) is not None
    assert policy.next_delay(8) is None
    assert policy.next_delay(100) is None
    assert RetryPolicy(schedule=()).next_delay(1) is None  # a single attempt


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_attempt_numbers_are_one_based_ints(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        RetryPolicy().next_delay(bad)  # type: ignore[arg-type]


def test_retry_after_longer_than_schedule_is_honoured_with_upward_jitter() -> None:
    policy = RetryPolicy()
    rng = random.Random(7)
    for _ in range(200):
        delay = policy.next_delay(1, 120.0, rng)
        assert delay is not None and 120.0 <= delay <= 132.0


def test_retry_after_shorter_than_schedule_does_not_shorten_it() -> None:
    policy = RetryPolicy(jitter=0)
    assert policy.next_delay(3, 1.0) == 1800


def test_max_delay_caps_retry_after() -> None:
    policy = RetryPolicy(max_delay=3600)
    assert policy.next_delay(1, 10 * DAY, random.Random(0)) == 3600


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"schedule": (5, 0)}, "schedule[1]"),
        ({"schedule": (5, -3)}, "schedule[1]"),
        ({"schedule": (float("inf"),)}, "schedule[0]"),
        ({"jitter": 1.0}, "jitter"),
        ({"jitter": -0.1}, "jitter"),
        ({"max_delay": 0}, "max_delay"),
    ],
)
def test_policy_validation(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        RetryPolicy(**kwargs)
    assert str(caught.value).startswith(message)


NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=timezone.utc).timestamp()


@pytest.mark.parametrize(
    "value, expected",
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("Sat, 01 Mar 2025 12:01:30 GMT", 90.0),
        ("Saturday, 01-Mar-25 12:01:30 GMT", 90.0),  # obsolete RFC 850 form
        ("Sat Mar  1 12:01:30 2025", 90.0),  # asctime form, no zone: GMT
        ("Sat, 01 Mar 2025 11:00:00 GMT", 0.0),  # in the past
        ("-1", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("inf", None),
        ("Sat, 99 Mar 2025 12:01:30 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_parse_retry_after_date_round_trip() -> None:
    later = datetime.fromtimestamp(NOW + 3600, tz=timezone.utc)
    assert parse_retry_after(format_datetime(later, usegmt=True), NOW) == 3600


def test_parse_retry_policy_default_and_custom() -> None:
    assert parse_retry_policy({}, "shiftwatch.toml") == RetryPolicy()
    policy = parse_retry_policy(
        {"delivery": {"schedule": [1, 60], "jitter": 0.05, "max_delay": 600}}, "shiftwatch.toml"
    )
    assert policy == RetryPolicy(schedule=(1.0, 60.0), jitter=0.05, max_delay=600)
    assert policy.max_attempts == 3


@pytest.mark.parametrize(
    "delivery, message",
    [
        ("fast", "shiftwatch.toml: delivery: must be a table"),
        ({"schedule": "5,300"}, "shiftwatch.toml: delivery.schedule: must be a list"),
        ({"schedule": [5, "1h"]}, "shiftwatch.toml: delivery.schedule[1]: must be a positive"),
        ({"schedule": [5, 0]}, "shiftwatch.toml: delivery.schedule[1]: must be a positive"),
        ({"jitter": 2}, "shiftwatch.toml: delivery.jitter: must be a fraction"),
        ({"max_delay": -1}, "shiftwatch.toml: delivery.max_delay: must be a positive"),
        ({"retries": 3}, "shiftwatch.toml: delivery.retries: unknown key"),
    ],
)
def test_parse_retry_policy_errors_name_source_and_key(delivery: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_retry_policy({"delivery": delivery}, "shiftwatch.toml")
    assert str(caught.value).startswith(message)
