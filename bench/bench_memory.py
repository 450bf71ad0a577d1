"""Memory: resident set of `shiftwatch run` with 10,000 feeds and 100,000 stored versions,
sampled while it polls, with the slope of a linear fit.

    python bench/bench_memory.py [--feeds 10000] [--versions 100000] [--minutes 8] [--quick]

The store is built once (bench_web.build: 100,000 versions with their readings,
transitions and alerts, bulk-inserted; cached under bench/.cache/) and copied for each run.
The daemon runs with 10,000 `[[feeds]]` on the bench server (bench/feedserver.py), which
answers 304 to every poll except after a change: once a second the benchmark adds an item
to a random feed, so the daemon also fetches, extracts, reads and stores articles and
raises alerts, as in production.

**Simulated time.** Each feed is due every 60 s instead of the default 30 min (a 30× clock).
An hour of 10,000 feeds at 30 minutes is 20,000 polls; the simulated hours reported are the
polls actually made / 20,000 (the daemon may poll slower than due: `polls_per_s` says how
fast it went). Revisits, deliveries, heartbeat and maintenance run as configured.

VmRSS is read from /proc/<pid>/status every second. The slope is a least-squares fit over
the samples after the first full polling cycle (warm-up: start, sync of 10,000 feeds, first
poll of each), in MB per real hour and per simulated hour. Goal (the issue): at most 300 MB,
flat.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CACHE, ROOT, child_env, machine, rss_kb, save, shiftwatch_command, slope, table  # noqa: E402
from feedserver import FeedServer  # noqa: E402

INTERVAL = 60  # seconds per feed poll: the default 30 minutes on a 30x clock
SPEEDUP = 1800 / INTERVAL  # when the daemon keeps up


def store(versions: int) -> Path:
    """The 100,000-version store, built once (a few minutes) and cached."""
    path = CACHE / f"memory-store-{versions}.db"
    if path.exists():
        return path
    from bench_web import build

    from monitor.store.db import open_store

    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    print(f"building a store of {versions} versions under {path.relative_to(ROOT)} …", flush=True)
    sessions = open_store(f"sqlite:///{tmp}")
    counts = build(sessions, versions)
    engine = sessions.kw["bind"]
    with engine.begin() as connection:  # build() writes alerts with sequence numbers but not their counters
        connection.exec_driver_sql("INSERT OR REPLACE INTO counters (name, value) "
                                   "SELECT stream, max(seq) FROM alerts GROUP BY stream")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    tmp.replace(path)
    print(f"  {counts}", flush=True)
    return path


def config(folder: Path, server: FeedServer, feeds: int, db: Path) -> Path:
    lines = [
        f'[store]\nurl = "sqlite:///{db}"',
        f'[paths]\nseeds = "{ROOT / "seeds"}"\nstances = "{ROOT / "config" / "stances"}"',
        f'[daemon]\nfeed_interval = "{INTERVAL}s"\nfeed_jitter = "15s"',
        '[http]\nallow_hosts = ["127.0.0.1"]',
        '[logging]\nlevel = "WARNING"',
    ]
    lines += [f'[[feeds]]\nname = "feed-{i:05d}"\nsource = "Outlet {i % 500}"\nurl = "{server.url(i)}"'
              for i in range(feeds)]
    path = folder / "shiftwatch.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(feeds: int, versions: int, minutes: float) -> dict[str, Any]:
    source = store(versions)
    samples: list[tuple[float, float]] = []  # (seconds since start, MB)
    changes = 0
    with FeedServer(feeds=feeds, items=3, initial=0) as server, \
            tempfile.TemporaryDirectory(prefix="sw-bench-mem-") as tmp:
        folder = Path(tmp)
        db = folder / "shiftwatch.db"
        shutil.copyfile(source, db)
        cfg = config(folder, server, feeds, db)
        log = open(folder / "daemon.log", "w")
        command = shiftwatch_command("run", "--config", str(cfg), "--port", "0", "--port-file", str(folder / "port"))
        started = time.monotonic()
        daemon = subprocess.Popen(command, env=child_env(), stdout=log, stderr=subprocess.STDOUT, cwd=folder)
        rng = random.Random(11)
        ready_at = None
        try:
            end = started + minutes * 60
            next_change = started + 5
            while time.monotonic() < end:
                if daemon.poll() is not None:
                    raise SystemExit(f"the daemon exited ({daemon.returncode}):\n{(folder / 'daemon.log').read_text()[-3000:]}")
                kb = rss_kb(daemon.pid)
                if kb:
                    samples.append((time.monotonic() - started, kb / 1024))
                if ready_at is None and (folder / "port").exists():
                    ready_at = time.monotonic() - started
                if ready_at is not None and time.monotonic() >= next_change:
                    server.bump(rng.randrange(feeds))
                    changes += 1
                    next_change += 1.0
                time.sleep(1.0)
            served = server.stats()
        finally:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(60)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
        tail = (folder / "daemon.log").read_text()[-1500:]
        import sqlite3

        with sqlite3.connect(db) as connection:
            stored = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("feeds", "feed_entries", "articles", "versions", "alerts")}
    warm = (ready_at or 0) + INTERVAL  # after the first full cycle of polls
    steady = [(t, mb) for t, mb in samples if t >= warm] or samples
    per_second = slope([t for t, _ in steady], [mb for _, mb in steady])
    polls = served.get("200", 0) + served.get("304", 0)
    run_seconds = samples[-1][0] - (ready_at or 0) if samples else 0
    out = {
        "feeds": feeds, "versions_in_store": versions, "minutes": minutes,
        # what a 30-minute interval would take to poll as often: two polls per feed an hour
        "simulated_hours": round(polls / (2 * feeds), 2),
        "feed_interval_s": INTERVAL, "clock_speedup": SPEEDUP,
        "startup_s": round(ready_at, 1) if ready_at else None,
        "polls": polls, "polls_per_s": round(polls / run_seconds, 1) if run_seconds else None,
        "feed_changes": changes, "stored_after": stored,
        "rss_mb": {"after_start": next((round(mb, 1) for t, mb in samples if t >= (ready_at or 0)), None),
                   "peak": round(max(mb for _, mb in samples), 1), "end": round(samples[-1][1], 1),
                   "steady_median": round(sorted(mb for _, mb in steady)[len(steady) // 2], 1)},
        "slope_mb_per_hour": round(per_second * 3600, 1),
        "slope_mb_per_simulated_hour": round(per_second * run_seconds / (polls / (2 * feeds)), 2) if polls else None,
        "samples": [[round(t, 1), round(mb, 1)] for t, mb in samples],
        "daemon_log_tail": tail,
    }
    out["goal"] = {"target": "peak RSS <= 300 MB and flat", "met": out["rss_mb"]["peak"] <= 300,
                   "note": "flatness: see slope"}
    return out


def report(out: dict[str, Any]) -> None:
    rss = out["rss_mb"]
    print(f"\nMemory of `shiftwatch run`, {out['feeds']} feeds, {out['versions_in_store']} stored versions, "
          f"{out['minutes']} min = {out['simulated_hours']} simulated h ({out['polls']} polls, {out['feed_changes']} changes)")
    print(table([[rss["after_start"], rss["steady_median"], rss["peak"], rss["end"], out["slope_mb_per_hour"],
                  out["slope_mb_per_simulated_hour"], "met" if out["goal"]["met"] else "NOT met"]],
                ["RSS MB after start", "steady median", "peak", "end", "slope MB/h (real)", "MB/simulated h",
                 "<= 300 MB"]))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--versions", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=8.0)
    parser.add_argument("--quick", action="store_true", help="4 minutes")
    args = parser.parse_args(argv)
    out = run(args.feeds, args.versions, 4.0 if args.quick else args.minutes)
    out["machine"] = machine()
    report(out)
    save("memory", out)
    return out


if __name__ == "__main__":
    main()
