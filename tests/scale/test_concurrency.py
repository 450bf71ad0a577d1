"""Several workers on one store at the same moment (real threads; PostgreSQL in READ COMMITTED,
and SQLite, where one daemon's threads race the same way).

* two articles that report one shift of a stance at once: one global transition, one
  `stance.shift` alert, gap-free sequence numbers -- raced many times;
* one article URL ingested by two workers at once: one article, one version per content,
  and neither worker fails;
* daemons starting together on PostgreSQL: the migrations and the feed sync run once,
  nobody crashes.

A second daemon on one SQLite file is refused: see `tests/daemon/test_e2e.py` (the
command) and `tests/daemon/test_daemon.py` (the lock).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.detect import load_stances, read
from monitor.document import Document
from monitor.pipeline import Outcome, Pipeline
from monitor.replay import ensure_baseline
from monitor.sources import poller
from monitor.store.db import current_revision, open_store
from monitor.store.models import Alert, Article, Delivery, Feed, Source, Transition, Version
from tests.conftest import SEEDS, STANCES

STANCE = "kr-arms-ukraine"
ROUNDS = 20
TEXTS = {
    "supplies": (
        "South Korea has started delivering air-defence weapons to Ukraine, the defence ministry confirmed on "
        "Monday. The first shipment of the systems left the port of Busan last week, officials said.",
        "Seoul has begun sending artillery shells and other weapons directly to Ukraine, South Korean officials "
        "said on Tuesday.",
    ),
    "refrains": (
        "South Korea will not supply weapons to Ukraine, the defence ministry said on Monday, ruling out any "
        "change to its policy.",
        "Seoul reiterated that it does not provide lethal arms to Ukraine and has no plans to do so.",
    ),
    "reconsider": (
        "South Korea is reviewing whether to supply air-defence weapons to Ukraine, the defence ministry said on "
        "Monday, correcting an earlier report that deliveries had started.",
        "South Korea said it is considering sending weapons to Ukraine, a senior official in Seoul said.",
    ),
    "none": (
        "The city council of Busan approved a new budget for public parks on Monday. Officials said the works "
        "start in spring.",
        "Residents of Busan welcomed the new cycle path along the river, which opened on Saturday after two years "
        "of works.",
    ),
}
START = datetime(2026, 1, 5, tzinfo=timezone.utc)  # after the seed baseline (2024)


@pytest.fixture(scope="module")
def stances() -> list[Any]:
    loaded = list(load_stances(STANCES))
    stance = next(s for s in loaded if s.id == STANCE)
    for state, texts in TEXTS.items():
        for text in texts:  # the race is only meaningful if the detector reads these as meant
            assert read(text, stance).state == state, f"the detector no longer reads {text!r} as {state}"
    return loaded


@pytest.fixture
def pipeline(store_url: str, stances: list[Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[Pipeline]:
    sessions = open_store(store_url)
    pipeline = Pipeline(sessions, stances, subscribers=lambda _type, _stance, _states: ["hook"])
    ensure_baseline(pipeline, SEEDS)

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        # Reading happens inside the ingest's transaction: a pause there keeps both racers'
        # transactions in flight together, where otherwise one thread may finish before the
        # other starts.
        time.sleep(0.02)
        return read(*args, **kwargs)

    monkeypatch.setattr("monitor.pipeline.read", slow_read)
    yield pipeline
    sessions.kw["bind"].dispose()


def race(*work: Callable[[], Any]) -> tuple[list[Any], list[tuple[float, float]]]:
    """Run each callable in its own thread, released together by a barrier; re-raise any error.

    Returns the results and each call's (start, end) on the monotonic clock.
    """
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)
    spans: list[tuple[float, float]] = [(0.0, 0.0)] * len(work)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            started = time.monotonic()
            results[i] = work[i]()
            spans[i] = (started, time.monotonic())
        except BaseException as exc:  # noqa: BLE001 -- reported below, never lost
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,), name=f"racer-{i}") for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a racer hangs (deadlock?)"
    if errors:
        raise errors[0]
    return results, spans


def overlapped(spans: Sequence[tuple[float, float]]) -> bool:
    return max(s for s, _ in spans) < min(e for _, e in spans)


def doc(url: str, text: str, source: str, published: datetime) -> Document:
    return Document(url=url, source=source, title=None, text=text, published=published, fetched_at=published,
                    origin=url)


def global_moves(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Transition.from_state, Transition.to_state)
        .where(Transition.stance == STANCE, Transition.scope == "global", Transition.baseline.is_(False))
        .order_by(Transition.id)
    ).all()
    return [(r[0], r[1]) for r in rows]


def test_two_articles_reporting_one_shift_at_once_move_the_stance_once(pipeline: Pipeline) -> None:
    targets = ["supplies", "refrains", "reconsider"]
    expected: list[tuple[str, str]] = []
    state, overlaps = "reconsider", 0  # the seeds' baseline
    for round_ in range(ROUNDS):
        target = targets[round_ % len(targets)]
        published = START + timedelta(hours=round_)
        sources = ("Wire A", "Wire A") if round_ % 2 else ("Wire A", "Wire B")  # one source row contested too
        docs = [doc(f"https://news.test/r{round_}/{i}", TEXTS[target][i], sources[i], published + timedelta(minutes=i))
                for i in range(2)]
        outcomes, spans = race(*(lambda d=d: pipeline.ingest(d) for d in docs))
        overlaps += overlapped(spans)
        expected.append((state, target))
        state = target

        shifts = [e for o in outcomes for e in o.events if e["event"] == "alert"]
        assert [(e["type"], e["from"], e["to"]) for e in shifts] == [("stance.shift", expected[-1][0], target)], (
            f"round {round_}: {shifts}")
        moves = [e for o in outcomes for e in o.events if e["event"] == "transition" and e["scope"] == "global"]
        assert len(moves) == 1, f"round {round_}: {len(moves)} global transitions: {moves}"
        per_source = [e["source"] for o in outcomes for e in o.events if e["event"] == "transition" and e["scope"] == "source"]
        assert len(per_source) == len(set(per_source)), f"round {round_}: a source moved twice: {per_source}"

    with pipeline.sessions() as session:
        assert global_moves(session) == expected
        alerts = session.execute(select(Alert.type, Alert.seq, Alert.payload).where(Alert.stream == STANCE)
                                 .order_by(Alert.seq)).all()
        assert [a.type for a in alerts] == ["stance.shift"] * ROUNDS
        assert [a.seq for a in alerts] == list(range(1, ROUNDS + 1)), "per-stance sequence has gaps or repeats"
        assert [(a.payload["from"], a.payload["to"]) for a in alerts] == expected
        assert session.scalar(select(func.count()).select_from(Delivery)) == ROUNDS  # one per alert, to "hook"
    print(f"\nstance race: {ROUNDS} rounds, {overlaps} with both transactions in flight at once, "
          f"{len(expected)} global transitions, {ROUNDS} alerts")
    assert overlaps >= ROUNDS // 2, f"only {overlaps} of {ROUNDS} rounds actually raced"


def test_one_url_ingested_by_two_workers_at_once_is_one_article(pipeline: Pipeline) -> None:
    published = START
    outcomes_seen: list[tuple[bool, ...]] = []
    overlaps = 0
    for round_ in range(ROUNDS):
        url = f"https://news.test/same/{round_}"
        same = round_ % 2 == 0  # the same text (two feeds linking one story), or two texts (an edit in between)
        texts = (TEXTS["none"][0], TEXTS["none"][0] if same else TEXTS["none"][1])
        sources = ("Wire A", "Wire B")
        docs = [doc(url, texts[i], sources[i], published) for i in range(2)]
        outcomes: list[Outcome]
        outcomes, spans = race(*(lambda d=d: pipeline.ingest(d) for d in docs))
        overlaps += overlapped(spans)
        changed = tuple(sorted(o.changed for o in outcomes))
        outcomes_seen.append(changed)
        assert changed == ((False, True) if same else (True, True)), f"round {round_}: {changed}"
        with pipeline.sessions() as session:
            articles = session.scalars(select(Article.id).where(Article.url == url)).all()
            assert len(articles) == 1, f"round {round_}: {len(articles)} articles for one URL"
            numbers = sorted(session.scalars(select(Version.number).where(Version.article_id == articles[0])))
            assert numbers == ([1] if same else [1, 2]), f"round {round_}: versions {numbers}"
    with pipeline.sessions() as session:
        assert sorted(session.scalars(select(Source.name).where(Source.name.like("Wire %")))) == ["Wire A", "Wire B"]
    print(f"\nsame URL race: {ROUNDS} rounds, {overlaps} overlapping")
    assert overlaps >= ROUNDS // 2, f"only {overlaps} of {ROUNDS} rounds actually raced"


@pytest.mark.postgres
def test_daemons_starting_together_migrate_and_sync_feeds_once(pg_url: str) -> None:
    # Alembic keeps global state, so the migrations race in processes, as daemons do.
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SHIFTWATCH_DB_URL", None)
    command = [sys.executable, "-m", "monitor", "db", "upgrade", "--db", pg_url]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
             for _ in range(3)]
    outputs = [(proc.wait(timeout=120), proc.stdout.read()) for proc in procs if proc.stdout is not None]
    assert [code for code, _ in outputs] == [0, 0, 0], "\n".join(out[-2000:] for _, out in outputs)

    engines = [create_engine(pg_url) for _ in range(3)]
    try:
        assert current_revision(engines[0]) == "0004"
        sessions = [sessionmaker(e, expire_on_commit=False) for e in engines]
        specs = [poller.FeedSpec(name=f"feed-{i:03d}", url=f"https://news.test/{i}.xml", source=f"Outlet {i % 7}",
                                 interval=60) for i in range(50)]
        now = datetime.now(timezone.utc)
        states, _ = race(*(lambda s=s: poller.sync_feeds(s, specs, now) for s in sessions))
        assert all(len(found) == len(specs) for found in states)
        with sessions[0]() as session:
            assert session.scalar(select(func.count()).select_from(Feed)) == len(specs)
            assert session.scalar(select(func.count()).select_from(Source)) == 7
    finally:
        for engine in engines:
            engine.dispose()
