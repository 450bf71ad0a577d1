"""A poll cycle on every core: forked processes poll shares of the claims.

Polling a feed is Python holding the GIL nearly all the time (a 304 costs a fraction of
a millisecond of CPU, parsing a changed feed with feedparser a few milliseconds), so the
threads of one process poll at most one core's worth. `ForkedPolls` runs the same
polling in child processes, one share of the claims each, and streams the results back;
the calling process records them with those it polled itself.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")


class ForkedPolls(Generic[Item, Result]):
    """Run `make_poll()` over each of `shares` in a forked process of its own, with
    `threads` threads.

    Each result is handed to `deliver` in this process (from a reader thread per child)
    as it arrives. Items a child never answers (it died, or a result did not pickle) are
    handed to `lost` instead, so the caller polls them itself: every item is heard of
    exactly once.

    The children are forked when this is made, all before its reader threads start, so
    make it while the process has one thread (`ParserPool.usable()`): a fork copies no
    other thread, and a lock another thread held would stay locked in the child.
    `make_poll` runs in the child, so whatever it builds (a Fetcher with its own
    connections) is not shared with this process; the child touches nothing else it
    inherited (store connections included) and leaves with `os._exit`, as every
    multiprocessing child does.
    """

    def __init__(
        self,
        shares: Sequence[Sequence[Item]],
        make_poll: Callable[[], Callable[[Item], Result]],
        threads: int,
        deliver: Callable[[Result], None],
        lost: Callable[[list[Item]], None],
    ) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._deliver, self._lost = deliver, lost
        self._children: list[tuple[Any, Any, list[Item]]] = []  # (process, our end of its pipe, its items)
        for share in shares:
            ours, theirs = context.Pipe(duplex=False)
            items = list(share)
            process = context.Process(target=_child, args=(theirs, items, make_poll, threads),
                                      name="feed-poller", daemon=True)
            process.start()
            theirs.close()
            self._children.append((process, ours, items))
        self._readers = [threading.Thread(target=self._read, args=(connection, items), name="feed-poller-results",
                                          daemon=True) for _, connection, items in self._children]
        for reader in self._readers:
            reader.start()

    def _read(self, connection: Any, items: list[Item]) -> None:
        answered: set[int] = set()
        missing: list[Item] = []
        try:
            while len(answered) < len(items):
                index, ok, result = connection.recv()
                answered.add(index)
                if ok:
                    self._deliver(result)
                else:
                    missing.append(items[index])
        except (EOFError, OSError):
            log.warning("a feed polling process stopped; polling its feeds in this one")
        finally:
            connection.close()
        missing.extend(item for i, item in enumerate(items) if i not in answered)
        if missing:
            self._lost(missing)

    def close(self) -> None:
        """Wait for the results and the children (killed if they do not end)."""
        for reader in self._readers:
            reader.join()
        for process, _connection, _items in self._children:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()

    def __enter__(self) -> ForkedPolls[Item, Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _child(connection: Any, items: list[Any], make_poll: Callable[[], Callable[[Any], Any]], threads: int) -> None:
    """The forked process: poll every item with `threads` threads, send (index, ok, result)."""
    poll = make_poll()
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(items)):
        todo.put(index)
    sending = threading.Lock()

    def work() -> None:
        while True:
            try:
                index = todo.get_nowait()
            except queue.Empty:
                return
            result = poll(items[index])
            with sending:
                try:
                    connection.send((index, True, result))
                except (EOFError, OSError):
                    return  # the parent is gone
                except Exception:  # a result that does not pickle: the parent polls it again
                    connection.send((index, False, None))

    workers = [threading.Thread(target=work, name="poll") for _ in range(max(1, threads))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    connection.close()
