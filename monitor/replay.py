"""Files through the whole pipeline: the seed baseline and replayed corpora.

Reading and extracting the files (trafilatura) and reading each text for every stance are
pure work and run in `workers` processes when there are many files; storing, diffing,
tracking and alerting stay in this process, in publication order, `batch` documents per
transaction. The stored rows and the events are those of a one-process run, in the same
order (tests/test_replay_parallel.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from monitor.detect import Reading as DetectedReading
from monitor.detect import Stance, read
from monitor.document import Document
from monitor.errors import InputError
from monitor.pipeline import Event, Pipeline
from monitor.sources import files

log = logging.getLogger(__name__)

#: Below this many files one process is quicker than starting workers (~1 s of imports).
PARALLEL_MIN_FILES = 100
#: Documents per transaction.
BATCH = 32
#: Files handed to a worker at a time, and chunks in flight per worker.
CHUNK = 8
WINDOW_PER_WORKER = 8

_TICK = timedelta(microseconds=1)

Prepared = tuple[Document, Mapping[str, DetectedReading] | None]


@dataclass(frozen=True)
class Failed:
    """A file that could not be read, with its place in the input (streamed out of order)."""

    index: int
    error: InputError


@dataclass
class ReplayStats:
    files: int = 0
    new_versions: int = 0
    alerts: int = 0
    errors: list[InputError] = field(default_factory=list)


def replay(
    pipeline: Pipeline,
    paths: Sequence[Path],
    *,
    baseline: bool,
    on_event: Callable[[Event], None] = lambda _event: None,
    progress: bool = False,
    workers: int | None = None,
    batch: int = BATCH,
    now: datetime | None = None,
) -> ReplayStats:
    """Ingest every file `paths` name, oldest first; bad files are counted and skipped.

    `workers`: extraction processes (None: one per core, up to 4, for 100 files or more;
    1: all in this process). `batch`: documents per transaction. `now`: when files with no
    date were seen (default: as each is read).
    """
    stats = ReplayStats()
    entries, problems = files.collect(paths)
    for problem in problems:
        _report(stats, problem)
    count = default_workers(len(entries)) if workers is None else max(1, workers)
    if count > 1 and len(entries) > 1:
        prepared = parallel_documents(entries, pipeline.stances, count, now=now)
    else:
        prepared = files.documents(entries, now=now)
    load_errors: list[Failed] = []

    def documents() -> Iterator[Prepared]:
        for item in _progress(prepared, len(entries), progress):
            if isinstance(item, Failed):
                load_errors.append(item)
                _report(stats, item.error)
            elif isinstance(item, InputError):
                _report(stats, item)
            else:
                yield item if isinstance(item, tuple) else (item, None)

    try:
        for outcome in pipeline.ingest_many(documents(), baseline=baseline, batch=batch):
            stats.files += 1
            stats.new_versions += outcome.changed
            for event in outcome.events:
                stats.alerts += event["event"] == "alert"
                on_event(event)
    finally:
        if load_errors:  # streamed in publication order: listed in input order, as one process does
            stats.errors[len(problems):] = [f.error for f in sorted(load_errors, key=lambda f: f.index)]
    return stats


def default_workers(files_count: int) -> int:
    if files_count < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def ensure_baseline(pipeline: Pipeline, seeds: Path) -> ReplayStats:
    """Ingest the seed folder as the baseline; idempotent, since stored versions are skipped."""
    stats = replay(pipeline, [seeds], baseline=True)
    if stats.new_versions:
        log.info("baseline: %d seed article(s) stored from %s", stats.new_versions, seeds)
    return stats


# --------------------------------------------------------------------------- worker processes


def parallel_documents(
    entries: Sequence[files.FileEntry], stances: Sequence[Stance], workers: int, *, now: datetime | None = None
) -> Iterator[Prepared | Failed | InputError]:
    """What `files.documents` yields, each document with its readings, made in `workers`
    processes: documents in publication order (unknown dates last, then input order).

    When the manifest dates every entry, that order is known before extracting, so
    documents are yielded as soon as the ones before them are done, errors as `Failed`
    where they fall; otherwise everything is extracted first, then
    errors come in input order and documents in the order their extracted dates give.
    """
    indexed = list(enumerate(entries))
    streaming = all(entry.published is not None for entry in entries)
    if streaming:
        indexed.sort(key=lambda pair: pair[1].published)  # type: ignore[arg-type,return-value]  # stable
    chunks = [indexed[i:i + CHUNK] for i in range(0, len(indexed), CHUNK)]
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(tuple(stances), now))
    try:
        results = _in_order(pool, chunks, workers * WINDOW_PER_WORKER)
        if streaming:
            for index, item in results:
                yield Failed(index, item) if isinstance(item, InputError) else item
            return
        loaded: list[Prepared] = []
        seen: datetime | None = None
        for _index, item in results:
            if isinstance(item, InputError):
                yield item
                continue
            document = item[0]
            if document.published is None and now is None:
                # A file with no date was seen "when it was read": stamped here, in input
                # order, so those times rise as one process's do (workers read out of order).
                seen = max(datetime.now(timezone.utc), seen + _TICK) if seen else datetime.now(timezone.utc)
                item = (replace(document, fetched_at=seen), item[1])
            loaded.append(item)
        far = datetime.max.replace(tzinfo=timezone.utc)
        yield from sorted(loaded, key=lambda prepared: prepared[0].published or far)  # stable
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(pool: ProcessPoolExecutor, chunks: list[list[tuple[int, files.FileEntry]]],
              window: int) -> Iterator[tuple[int, Prepared | InputError]]:
    """Each chunk's results in chunk order, with at most `window` chunks submitted ahead."""
    pending: deque[Future[list[tuple[int, Prepared | InputError]]]] = deque()
    upcoming = iter(chunks)
    for chunk in upcoming:
        pending.append(pool.submit(_prepare_chunk, chunk))
        if len(pending) >= window:
            break
    while pending:
        done = pending.popleft().result()
        following = next(upcoming, None)
        if following is not None:
            pending.append(pool.submit(_prepare_chunk, following))
        yield from done


_STANCES: tuple[Stance, ...] = ()
_NOW: datetime | None = None


def _start_worker(stances: tuple[Stance, ...], now: datetime | None) -> None:
    global _STANCES, _NOW
    _STANCES, _NOW = stances, now
    import trafilatura  # noqa: F401 - paid once per worker, before the first file


def _prepare_chunk(chunk: list[tuple[int, files.FileEntry]]) -> list[tuple[int, Prepared | InputError]]:
    return [(index, _prepare(entry)) for index, entry in chunk]


def _prepare(entry: files.FileEntry) -> Prepared | InputError:
    """Load and extract one file, and read it for every stance (both pure)."""
    try:
        document = files.load(entry, now=_NOW)
    except InputError as exc:
        return exc
    return document, {stance.id: read(document.text, stance) for stance in _STANCES}


# --------------------------------------------------------------------------- helpers


def _report(stats: ReplayStats, problem: InputError) -> None:
    log.error("%s", problem)
    stats.errors.append(problem)


def _progress(items: Iterator[object], total: int, enabled: bool) -> Iterator[object]:
    if not enabled:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, total=total, unit="file", desc="replay", leave=False))
