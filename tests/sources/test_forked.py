"""ForkedPolls: work in a forked process, every item heard of exactly once."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

import pytest

from monitor.sources.feeds import ParserPool
from monitor.sources.forked import ForkedPolls


@pytest.fixture(autouse=True)
def single_threaded() -> None:
    if not ParserPool.usable():  # another test left a thread running: never fork then
        pytest.skip("this process has other threads: a fork could copy a held lock")


def run(items: list[int], make_poll: Callable[[], Callable[[int], Any]], threads: int = 3) -> tuple[list[Any], list[int]]:
    delivered: list[Any] = []
    lost: list[int] = []
    lock = threading.Lock()

    def deliver(result: Any) -> None:
        with lock:
            delivered.append(result)

    with ForkedPolls([items[::2], items[1::2]], make_poll, threads, deliver, lost.extend):
        pass
    return delivered, lost


def test_every_item_is_worked_in_another_process() -> None:
    parent = os.getpid()

    def make_poll() -> Callable[[int], tuple[int, int]]:
        return lambda item: (item * item, os.getpid())

    delivered, lost = run(list(range(50)), make_poll)
    assert lost == []
    assert sorted(square for square, _ in delivered) == [i * i for i in range(50)]
    assert len({pid for _, pid in delivered}) == 2 and parent not in {pid for _, pid in delivered}


def test_items_of_a_child_that_dies_are_lost_not_dropped() -> None:
    def make_poll() -> Callable[[int], int]:
        def poll(item: int) -> int:
            if item == 5:
                os._exit(1)
            return item

        return poll

    delivered, lost = run(list(range(10)), make_poll, threads=1)
    assert sorted(delivered + lost) == list(range(10))
    assert 5 in lost and {1, 3} <= set(delivered)  # the other child went on


def test_a_result_that_does_not_pickle_is_lost() -> None:
    def make_poll() -> Callable[[int], Any]:
        return lambda item: (lambda: item) if item == 2 else item

    delivered, lost = run([1, 2, 3], make_poll)
    assert sorted(delivered) == [1, 3] and lost == [2]
