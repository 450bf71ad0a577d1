"""Files through the whole pipeline: the seed baseline and replayed corpora."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from monitor.document import Document
from monitor.errors import InputError
from monitor.pipeline import Event, Pipeline
from monitor.sources import files

log = logging.getLogger(__name__)


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
) -> ReplayStats:
    """Ingest every file `paths` name, oldest first; bad files are counted and skipped."""
    stats = ReplayStats()
    entries, problems = files.collect(paths)
    for problem in problems:
        _report(stats, problem)
    for item in _progress(files.documents(entries), len(entries), progress):
        if isinstance(item, InputError):
            _report(stats, item)
            continue
        stats.files += 1
        outcome = pipeline.ingest(item, baseline=baseline)
        stats.new_versions += outcome.changed
        for event in outcome.events:
            stats.alerts += event["event"] == "alert"
            on_event(event)
    return stats


def ensure_baseline(pipeline: Pipeline, seeds: Path) -> ReplayStats:
    """Ingest the seed folder as the baseline; idempotent, since stored versions are skipped."""
    stats = replay(pipeline, [seeds], baseline=True)
    if stats.new_versions:
        log.info("baseline: %d seed article(s) stored from %s", stats.new_versions, seeds)
    return stats


def _report(stats: ReplayStats, problem: InputError) -> None:
    log.error("%s", problem)
    stats.errors.append(problem)


def _progress(items: Iterator[Document | InputError], total: int, enabled: bool) -> Iterator[Document | InputError]:
    if not enabled:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, total=total, unit="file", desc="replay", leave=False))
