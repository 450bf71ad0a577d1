"""Re-poll cost: unchanged content, ten times over, stores nothing new.

    python bench/bench_repoll.py [--pages 2000] [--feeds 100] [--cycles 10] [--quick] [--no-postgres]

Two ways content comes back unchanged, each measured as database size and row counts per
table before and after `--cycles` cycles:

* **articles** — the bench pages (bench/pages.py, one in five a revision) are ingested once
  through the pipeline, then every page is ingested again `--cycles` times, unchanged (what
  a revisit or a replay of the same files does); on SQLite and on PostgreSQL;
* **feeds** — `shiftwatch poll --once --all` on `--feeds` feeds of 5 items each, whose
  articles are fetched, extracted and stored on the first cycle; then `--cycles` more
  cycles against a server that ignores ETag/If-Modified-Since (every poll downloads and
  parses the whole feed again), on SQLite.

SQLite size is the database file after a WAL checkpoint; PostgreSQL size is
`pg_database_size` (its MVCC keeps dead row versions of updated rows until VACUUM, so
bookkeeping updates such as `last_checked_at` can grow it without a new row).
Goal (the issue): no new rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    ROOT,
    child_env,
    goal,
    machine,
    pg_database,
    pg_size,
    run_timed,
    save,
    shiftwatch_command,
    table,
)
from feedserver import FeedServer  # noqa: E402


def counts(url: str) -> dict[str, int]:
    from sqlalchemy import create_engine, func, select

    from monitor.store.models import Base

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
                    for name, t in sorted(Base.metadata.tables.items())}
    finally:
        engine.dispose()


def size(url: str) -> int:
    if url.startswith("sqlite"):
        import sqlite3

        path = url.split("///", 1)[1]
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Path(path).stat().st_size
    return pg_size(url)


def snapshot(url: str) -> dict[str, Any]:
    return {"bytes": size(url), "rows": counts(url)}


def compare(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    new_rows = {t: after["rows"][t] - before["rows"][t] for t in before["rows"] if after["rows"][t] != before["rows"][t]}
    return {"before": before, "after": after, "new_rows": new_rows, "bytes_added": after["bytes"] - before["bytes"],
            "goal": {"target": "no new rows", "met": not any(v > 0 for v in new_rows.values())}}


def articles(url: str, pages: int, cycles: int) -> dict[str, Any]:
    from bench_pipeline import corpus

    from monitor.detect import load_stances
    from monitor.pipeline import Pipeline
    from monitor.sources import files
    from monitor.store.db import open_store

    pipeline = Pipeline(open_store(url), load_stances(ROOT / "config" / "stances"))
    entries, _ = files.collect([corpus(pages)])
    documents = list(files.documents(entries))
    for document in documents:
        pipeline.ingest(document)
    before = snapshot(url)
    started = time.perf_counter()
    changed = sum(pipeline.ingest(d).changed for _ in range(cycles) for d in documents)
    seconds = time.perf_counter() - started
    pipeline.sessions.kw["bind"].dispose()
    out = compare(before, snapshot(url))
    out.update({"documents": len(documents), "cycles": cycles, "reported_changed": changed,
                "ms_per_unchanged_ingest": round(1000 * seconds / (cycles * len(documents)), 2)})
    return out


def feeds(feed_count: int, cycles: int) -> dict[str, Any]:
    with FeedServer(feeds=feed_count, items=5, conditional=False) as server, \
            tempfile.TemporaryDirectory(prefix="sw-bench-repoll-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'shiftwatch.db'}"
        cfg = folder / "shiftwatch.toml"
        cfg.write_text("\n".join([
            f'[store]\nurl = "{url}"',
            f'[paths]\nseeds = "{folder / "no-seeds"}"\nstances = "{ROOT / "config" / "stances"}"',
            '[http]\nallow_hosts = ["127.0.0.1"]',
        ] + [f'[[feeds]]\nname = "feed-{i}"\nurl = "{server.url(i)}"' for i in range(feed_count)]) + "\n")
        env = child_env()
        poll = shiftwatch_command("--config", str(cfg), "poll", "--once", "--all")
        first = run_timed(poll, env=env)
        if first.code:
            raise SystemExit(f"first poll failed:\n{first.stdout}\n{first.stderr[-2000:]}")
        before = snapshot(url)
        walls = []
        for _ in range(cycles):
            done = run_timed(poll, env=env)
            if done.code:
                raise SystemExit(f"poll failed:\n{done.stdout}\n{done.stderr[-2000:]}")
            walls.append(done.wall)
        out = compare(before, snapshot(url))
        out.update({"feeds": feed_count, "cycles": cycles, "first_cycle": first.stdout.strip(),
                    "last_cycle": done.stdout.strip(), "served": server.stats()})
    return out


def run(pages: int, feed_count: int, cycles: int, postgres: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sw-bench-repoll-") as tmp:
        out["articles_sqlite"] = articles(f"sqlite:///{tmp}/articles.db", pages, cycles)
    print("  articles on SQLite done", flush=True)
    if postgres:
        with pg_database("sw_bench_repoll") as url:
            out["articles_postgresql"] = articles(url, pages, cycles)
        print("  articles on PostgreSQL done", flush=True)
    out["feeds_sqlite"] = feeds(feed_count, cycles)
    return out


def report(out: dict[str, Any]) -> None:
    rows = []
    for key, label in (("articles_sqlite", "articles, SQLite"), ("articles_postgresql", "articles, PostgreSQL"),
                       ("feeds_sqlite", "feeds without 304, SQLite")):
        if key in out:
            r = out[key]
            total_before = sum(r["before"]["rows"].values())
            total_after = sum(r["after"]["rows"].values())
            rows.append([label, r["cycles"], f"{r['before']['bytes'] / 1e6:.2f}", f"{r['after']['bytes'] / 1e6:.2f}",
                         total_before, total_after, r["new_rows"] or "none", goal(r["goal"]["met"])])
    print("\nRe-poll cost: unchanged content ingested again")
    print(table(rows, ["", "cycles", "MB before", "MB after", "rows before", "rows after", "changed tables", "goal"]))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="500 pages, 50 feeds")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    pages, feed_count = (500, 50) if args.quick else (args.pages, args.feeds)
    out = run(pages, feed_count, args.cycles, postgres=not args.no_postgres)
    out["machine"] = machine()
    report(out)
    save("repoll", out)
    return out


if __name__ == "__main__":
    main()
