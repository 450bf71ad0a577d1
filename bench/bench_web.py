"""Dashboard and API response times on a store with 100,000 versions.

Builds a synthetic store (bulk inserts, no detector), serves it with the real app under
uvicorn, and times every page and API endpoint over HTTP: median and p95 of several
requests each. Prints a table and writes bench/results/web.json. Not a test.

    python bench/bench_web.py                       # SQLite file under bench/results/
    python bench/bench_web.py --versions 20000      # smaller
    python bench/bench_web.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench --rebuild
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.store.db import open_store  # noqa: E402
from monitor.store.models import (  # noqa: E402
    Alert,
    Article,
    Attempt,
    Delivery,
    Reading,
    Source,
    StanceState,
    Transition,
    Version,
)
from monitor.web.app import WebServer, create_app  # noqa: E402

RESULTS = ROOT / "bench" / "results"
LADDER = ("refrains", "reconsider", "supplies")
EPOCH = datetime(2023, 1, 1, tzinfo=timezone.utc)
WORDS = ("government ministry official said weapons artillery shells support package talks allies minister "
         "defence policy council review decision statement press briefing week report analysts border "
         "security treaty exports aid ukraine seoul washington moscow kyiv reconstruction").split()


@dataclass(frozen=True)
class BenchStance:
    id: str
    title: str
    ladder: tuple[str, ...] = LADDER
    initial: str = "refrains"


STANCES = [BenchStance("kr-arms-ukraine", "South Korea · Ukraine · weapons"),
           BenchStance("us-atacms-ukraine", "United States · Ukraine · ATACMS")]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    return " ".join(words).capitalize() + "."


def regime(stance_index: int, moment: datetime) -> str:
    """The 'true' state: a few moves over two years, so sources mostly agree."""
    days = (moment - EPOCH).days + 90 * stance_index
    return LADDER[(days // 240) % 3]


def build(sessions: sessionmaker[Session], n_versions: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    n_sources = 40
    source_names = [f"Wire {i:02d}" for i in range(n_sources)] + ["Pacific Ledger <b>&</b> \"Co\""]
    now = datetime(2025, 1, 15, tzinfo=timezone.utc)
    with sessions.begin() as session:
        session.execute(insert(Source), [{"id": i + 1, "name": name} for i, name in enumerate(source_names)])

    # Version counts per article: mostly one, some two or three.
    counts: list[int] = []
    total = 0
    while total < n_versions:
        k = min(rng.choices((1, 2, 3), weights=(60, 30, 10))[0], n_versions - total)
        counts.append(k)
        total += k
    span = (now - EPOCH).total_seconds()
    articles, versions, readings = [], [], []
    version_id = reading_id = 0
    # Global and per-source state, walked in publication order below.
    events: list[tuple[datetime, int, int, str, int]] = []  # (time, stance index, source id, state, reading id)
    for article_index, k in enumerate(counts):
        article_id = article_index + 1
        source = rng.randint(1, len(source_names))
        published = EPOCH + timedelta(seconds=span * article_index / len(counts))
        body = [sentence(rng) for _ in range(rng.randint(8, 16))]
        title = f"{' '.join(rng.choice(WORDS) for _ in range(6)).title()} #{article_id}"
        previous_text: str | None = None
        for number in range(1, k + 1):
            version_id += 1
            fetched = published + timedelta(hours=3 * number)
            diff = None
            if previous_text is not None:
                at = rng.randrange(len(body))
                old, new = body[at], sentence(rng)
                body[at] = new
                before = " ".join(body[:at]) + (" " if at else "")
                after = (" " if at < len(body) - 1 else "") + " ".join(body[at + 1:])
                diff = [op for op in ([0, before], [-1, old], [1, new], [0, after]) if op[1]]
            content = " ".join(body)
            versions.append({
                "id": version_id, "article_id": article_id, "number": number, "content_hash": f"{version_id:064x}",
                "title": title, "text": content, "published": published, "fetched_at": fetched, "diff": diff,
            })
            previous_text = content
            for index, stance in enumerate(STANCES):
                reading_id += 1
                if rng.random() < 0.8:
                    state, evidence = "none", []
                else:
                    state = regime(index, published) if rng.random() < 0.9 else rng.choice(LADDER)
                    quote = body[rng.randrange(len(body))]
                    start = content.find(quote)
                    evidence = [{"text": quote, "state": state, "start": start, "end": start + len(quote), "rule": "bench"}]
                    events.append((published, index, source, state, reading_id))
                readings.append({"id": reading_id, "version_id": version_id, "stance": stance.id, "state": state,
                                 "confidence": 0.5 + rng.random() / 2, "evidence": evidence, "created_at": fetched})
        articles.append({
            "id": article_id, "url": f"https://news.example/{source}/{article_id}-story", "source_id": source,
            "title": title, "current_version": k, "first_seen_at": published + timedelta(hours=3),
            "last_checked_at": published + timedelta(hours=3 * k), "last_changed_at": published + timedelta(hours=3 * k),
            "check_step": 0,
        })

    transitions, states = [], {}
    for moment, index, source, state, rid in sorted(events):
        stance = STANCES[index].id
        for scope, name in (("global", ""), ("source", source_names[source - 1])):
            key = (stance, scope, name)
            current = states.get(key, (STANCES[index].initial, None))[0]
            if current != state:
                transitions.append({"stance": stance, "scope": scope, "source": name, "from_state": current,
                                    "to_state": state, "reading_id": rid, "published": moment, "baseline": False,
                                    "created_at": moment})
            states[key] = (state, moment, rid)
    stance_rows = [{"stance": s, "scope": scope, "source": name, "state": st, "since": since, "reading_id": rid,
                    "updated_at": since} for (s, scope, name), (st, since, rid) in states.items()]

    alerts, deliveries, attempts = [], [], []
    globals_ = [t for t in transitions if t["scope"] == "global"]
    delivery_id = 0
    for seq, move in enumerate(globals_[-3000:], start=1):
        alert_id = f"msg_{seq:032x}"
        reading = readings[move["reading_id"] - 1]
        version = versions[reading["version_id"] - 1]
        article = articles[version["article_id"] - 1]
        alerts.append({"id": alert_id, "type": "stance.shift", "stance": move["stance"], "stream": f"{move['stance']}",
                       "seq": seq, "created_at": move["published"] + timedelta(hours=4), "payload": {
                           "type": "stance.shift", "id": alert_id, "sequence": seq, "stance": move["stance"],
                           "from": move["from_state"], "to": move["to_state"],
                           "source": source_names[article["source_id"] - 1],
                           "article": {"url": article["url"], "title": article["title"], "version": version["number"],
                                       "published": version["published"].isoformat()},
                           "evidence": reading["evidence"]}})
        for endpoint in ("ops", "newsroom"):
            delivery_id += 1
            dead = rng.random() < 0.05
            n = 5 if dead else rng.choice((1, 1, 1, 2))
            deliveries.append({"id": delivery_id, "alert_id": alert_id, "endpoint": endpoint,
                               "status": "dead" if dead else "delivered", "attempts": n, "next_attempt_at": None,
                               "last_error": "HTTP 503 from receiver" if dead or n > 1 else None,
                               "created_at": move["published"], "delivered_at": None if dead else move["published"]})
            for i in range(n):
                ok = not dead and i == n - 1
                attempts.append({"delivery_id": delivery_id, "at": move["published"] + timedelta(minutes=2 ** i),
                                 "status_code": 200 if ok else 503, "error": None if ok else "HTTP 503",
                                 "duration_ms": rng.uniform(5, 80), "outcome": "delivered" if ok else ("dead" if dead and i == n - 1 else "retry")})
    # Stored alerts have unique (stream, seq) per stance stream.
    per_stream: dict[str, int] = {}
    for row in alerts:
        per_stream[row["stream"]] = per_stream.get(row["stream"], 0) + 1
        row["seq"] = row["payload"]["sequence"] = per_stream[row["stream"]]

    with sessions.begin() as session:
        for table, rows in ((Article, articles), (Version, versions), (Reading, readings), (Transition, transitions),
                            (StanceState, stance_rows), (Alert, alerts), (Delivery, deliveries), (Attempt, attempts)):
            for start in range(0, len(rows), 5000):
                session.execute(insert(table), rows[start:start + 5000])
    return {"sources": len(source_names), "articles": len(articles), "versions": len(versions), "readings": len(readings),
            "transitions": len(transitions), "alerts": len(alerts), "deliveries": len(deliveries), "attempts": len(attempts)}


def measure(client: httpx.Client, path: str, runs: int) -> dict[str, Any]:
    for _ in range(2):
        response = client.get(path)
        response.raise_for_status()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
    times.sort()
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))]
    return {"path": path, "median_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
            "bytes": len(response.content), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a SQLite file under bench/results/)")
    parser.add_argument("--versions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20, help="timed requests per endpoint")
    parser.add_argument("--rebuild", action="store_true", help="build the store even when it already holds data")
    parser.add_argument("--out", type=Path, default=RESULTS / "web.json")
    args = parser.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    url = args.db or f"sqlite:///{RESULTS / f'web-{args.versions}.db'}"
    if args.rebuild:
        _drop(url)
    sessions = open_store(url)
    with sessions() as session:
        have = session.scalar(select(func.count()).select_from(Version)) or 0
    if have == 0:
        began = time.perf_counter()
        counts = build(sessions, args.versions)
        if not url.startswith("sqlite"):  # autovacuum would; shiftwatch never analyzes SQLite stores
            with sessions.begin() as session:
                session.execute(text("ANALYZE"))
        print(f"built {counts} in {time.perf_counter() - began:.1f}s", file=sys.stderr)
    elif have != args.versions:
        print(f"{url} holds {have} versions, not {args.versions}: use --rebuild", file=sys.stderr)
        return 2
    with sessions() as session:
        counts = {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in
                  (Source, Article, Version, Reading, Transition, Alert, Delivery, Attempt)}
        article_id = session.scalar(select(Version.article_id).where(Version.number == 3).order_by(Version.id.desc()).limit(1))
        middle = session.scalar(select(Article.first_seen_at).order_by(Article.id).offset(counts["articles"] // 2).limit(1))

    app = create_app(sessions, STANCES)
    server = WebServer(app, "127.0.0.1", 0)
    server.start()
    window = f"start={(middle - timedelta(days=45)).date()}&end={(middle + timedelta(days=45)).date()}"
    paths = [
        ("stances page", "/"),
        ("timeline page", "/stances/kr-arms-ukraine"),
        ("timeline page, 90-day window", f"/stances/kr-arms-ukraine?{window}"),
        ("articles page", "/articles"),
        ("articles page, search", "/articles?q=ministry+talks"),
        ("articles page, offset 20000", "/articles?offset=20000"),
        ("article history page (3 versions)", f"/articles/{article_id}"),
        ("alerts page", "/alerts"),
        ("alerts page, dead letters", "/alerts?status=dead"),
        ("GET /api/v1/stances", "/api/v1/stances"),
        ("GET /api/v1/stances/{id}", "/api/v1/stances/kr-arms-ukraine"),
        ("GET /api/v1/stances/{id}/timeline", "/api/v1/stances/kr-arms-ukraine/timeline"),
        ("GET /api/v1/stances/{id}/timeline (window)", f"/api/v1/stances/kr-arms-ukraine/timeline?{window}"),
        ("GET /api/v1/articles", "/api/v1/articles"),
        ("GET /api/v1/articles?q=", "/api/v1/articles?q=ministry+talks"),
        ("GET /api/v1/articles/{id}", f"/api/v1/articles/{article_id}"),
        ("GET /api/v1/readings/{id}", "/api/v1/readings/1"),
        ("GET /api/v1/alerts", "/api/v1/alerts"),
        ("GET /api/v1/alerts?status=dead", "/api/v1/alerts?status=dead"),
    ]
    results = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=30) as client:
            for name, path in paths:
                result = {"name": name, **measure(client, path, args.runs)}
                results.append(result)
                print(f"{name:<46} median {result['median_ms']:7.1f} ms   p95 {result['p95_ms']:7.1f} ms   "
                      f"{result['bytes'] / 1024:7.1f} KiB", flush=True)
    finally:
        server.stop()
    worst = max(r["p95_ms"] for r in results)
    print(f"\nslowest p95: {worst:.1f} ms (budget 200 ms) on {counts['versions']} versions, "
          f"{counts['readings']} readings, {counts['transitions']} transitions, {counts['alerts']} alerts")
    report = {"store": url.split("://")[0], "counts": counts, "runs": args.runs, "python": platform.python_version(),
              "machine": platform.machine(), "budget_ms": 200, "slowest_p95_ms": worst, "results": results}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0 if worst < 200 else 1


def _drop(url: str) -> None:
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
