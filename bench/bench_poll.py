"""Poll cycle: `shiftwatch poll --once --all` against urlwatch 2.29 on the same feeds.

    python bench/bench_poll.py [--feeds 1000] [--runs 5] [--quick] [--before TREE]

A local server (bench/feedserver.py, a process of its own) serves `--feeds` RSS feeds of
10 items (~4.5 KB each) with ETag and Last-Modified and answers conditional requests with
304. Each run starts both tools on empty stores and runs each one twice as a whole process:

* **new** — the first cycle: every feed is fetched (200), parsed and its entries stored;
* **unchanged** — the second cycle: every feed answers 304.

The two tools take turns (the order alternates between runs), so a busy moment of the
machine hits both. Medians of `--runs` runs; ratios are shiftwatch / urlwatch of the same
runs. Wall time and CPU time (user + system, the process and its children) per cycle.

Settings, chosen to compare like with like:

* urlwatch runs with its fixed 10 worker threads; shiftwatch with `[http] concurrency = 10`
  (10 fetches at once, shared out between its processes, one per core);
* shiftwatch fetches no articles (`max_articles_per_poll = 0`): urlwatch only fetches the
  feeds, and article fetching and extraction is what bench_pipeline.py measures;
* urlwatch's reporters are off (it would print 1,000 "NEW" blocks), which only helps it;
* shiftwatch stores in SQLite (the default), created with `shiftwatch db upgrade` before
  the timed cycles, as an installation would be;
* both start as the installed command would (`python -m monitor`, urlwatch's own script),
  with bytecode caching on.

Goals (the issue): unchanged wall ≤ 0.25 × urlwatch's; new wall < urlwatch's.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    Timed,
    child_env,
    goal,
    machine,
    median,
    run_timed,
    save,
    shiftwatch_command,
    table,
    urlwatch,
)
from feedserver import FeedServer  # noqa: E402

CONCURRENCY = 10  # urlwatch 2.29: worker.MAX_WORKERS


def shiftwatch_config(folder: Path, server: FeedServer, feeds: int) -> Path:
    lines = [
        f'[store]\nurl = "sqlite:///{folder / "shiftwatch.db"}"',
        f'[paths]\nseeds = "{folder / "no-seeds"}"\nstances = "{Path(__file__).resolve().parents[1] / "config" / "stances"}"',
        f'[http]\nallow_hosts = ["127.0.0.1"]\nconcurrency = {CONCURRENCY}',
        "[daemon]\nmax_articles_per_poll = 0",
    ]
    lines += [f'[[feeds]]\nname = "feed-{i}"\nurl = "{server.url(i)}"' for i in range(feeds)]
    path = folder / "shiftwatch.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def urlwatch_files(folder: Path, server: FeedServer, feeds: int) -> list[str]:
    urls = folder / "urls.yaml"
    urls.write_text("---\n".join(f"name: feed-{i}\nurl: {server.url(i)}\n" for i in range(feeds)), encoding="utf-8")
    config = folder / "urlwatch.yaml"
    config.write_text("report:\n  stdout:\n    enabled: false\n    color: false\n", encoding="utf-8")
    return ["--urls", str(urls), "--config", str(config), "--cache", str(folder / "cache.db"),
            "--hooks", str(folder / "hooks.py")]


class Shiftwatch:
    """One shiftwatch tree (this one, or `--before` another checkout) with its own store."""

    def __init__(self, folder: Path, server: FeedServer, feeds: int, tree: Path | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.feeds = folder, feeds
        self.config = shiftwatch_config(folder, server, feeds)
        self.env = child_env(PYTHONPATH=str(tree)) if tree else child_env()
        # `python -m monitor` puts the working directory first on sys.path, before
        # PYTHONPATH: another tree runs from its own folder, or this one would be timed.
        self.cwd = tree

    def reset(self) -> None:
        for name in ("shiftwatch.db", "shiftwatch.db-wal", "shiftwatch.db-shm", "shiftwatch.db.lock"):
            (self.folder / name).unlink(missing_ok=True)
        done = run_timed(shiftwatch_command("--config", str(self.config), "db", "upgrade"), cwd=self.cwd, env=self.env)
        if done.code:
            raise SystemExit(f"shiftwatch db upgrade failed:\n{done.stderr}")

    def poll(self, expect: str) -> Timed:
        done = run_timed(shiftwatch_command("--config", str(self.config), "poll", "--once", "--all"), cwd=self.cwd,
                         env=self.env)
        found = re.search(r"(\d+) changed, (\d+) not modified", done.stdout)
        counts = {"changed": int(found.group(1)), "not modified": int(found.group(2))} if found else {}
        if done.code or counts.get(expect) != self.feeds:
            raise SystemExit(f"shiftwatch poll did not find {self.feeds} feeds {expect}:\n{done.stdout}\n{done.stderr[-2000:]}")
        return done


class Urlwatch:
    def __init__(self, folder: Path, server: FeedServer, feeds: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.server, self.feeds = folder, server, feeds
        self.command = [str(urlwatch()), *urlwatch_files(folder, server, feeds)]
        self.env = child_env()

    def reset(self) -> None:
        (self.folder / "cache.db").unlink(missing_ok=True)

    def poll(self, expect_status: int) -> Timed:
        before = self.server.stats()
        done = run_timed(self.command, env=self.env)
        after = self.server.stats()
        served = after.get(str(expect_status), 0) - before.get(str(expect_status), 0)
        if done.code or served != self.feeds:
            raise SystemExit(f"urlwatch: {served} responses {expect_status} for {self.feeds} feeds "
                             f"(exit {done.code}):\n{done.stderr[-2000:]}")
        return done


def run(feeds: int, runs: int, before: Path | None = None) -> dict[str, Any]:
    with FeedServer(feeds=feeds) as server, tempfile.TemporaryDirectory(prefix="sw-bench-poll-") as tmp:
        tools: dict[str, Any] = {"uw": Urlwatch(Path(tmp) / "uw", server, feeds),
                                 "sw": Shiftwatch(Path(tmp) / "sw", server, feeds)}
        if before is not None:
            tools["swbefore"] = Shiftwatch(Path(tmp) / "before", server, feeds, before)
        samples: dict[str, list[Timed]] = {f"{t}_{p}": [] for t in tools for p in ("new", "unchanged")}
        for tool in tools.values():  # warm-up (bytecode, page cache), not measured
            tool.reset()
            tool.poll(200 if isinstance(tool, Urlwatch) else "changed")
        names = list(tools)
        for i in range(runs):
            for tool in tools.values():
                tool.reset()
            order = names[i % len(names):] + names[:i % len(names)]  # each tool goes first in turn
            for phase, status, word in (("new", 200, "changed"), ("unchanged", 304, "not modified")):
                for name in order:
                    tool = tools[name]
                    samples[f"{name}_{phase}"].append(tool.poll(status if isinstance(tool, Urlwatch) else word))
            print(f"  run {i + 1}/{runs}: " + ", ".join(
                f"{k} {v[-1].wall:.2f} s" for k, v in samples.items()), flush=True)
        shutil.rmtree(Path(tmp), ignore_errors=True)

    out: dict[str, Any] = {"feeds": feeds, "runs": runs, "concurrency": CONCURRENCY}
    if before is not None:
        out["before_tree"] = str(before)
    for key, values in samples.items():
        out[key] = {"wall_s": round(median([t.wall for t in values]), 3),
                    "cpu_s": round(median([t.cpu for t in values]), 3),
                    "peak_rss_mb": round(median([t.rss_kb for t in values]) / 1024, 1),
                    "walls": [round(t.wall, 3) for t in values]}
    for phase in ("new", "unchanged"):
        for tool in (t for t in samples if t.startswith("sw") and t.endswith(phase)):
            name = tool.rsplit("_", 1)[0]
            ratios = [a.wall / b.wall for a, b in zip(samples[tool], samples[f"uw_{phase}"])]
            prefix = "" if name == "sw" else f"{name}_"
            out[f"{prefix}ratio_{phase}_wall"] = round(median(ratios), 3)
            out[f"{prefix}ratio_{phase}_cpu"] = round(out[tool]["cpu_s"] / out[f"uw_{phase}"]["cpu_s"], 3)
    out["goal_unchanged"] = {"target": "shiftwatch wall <= 0.25 x urlwatch", "met": out["ratio_unchanged_wall"] <= 0.25}
    out["goal_new"] = {"target": "shiftwatch wall < urlwatch", "met": out["ratio_new_wall"] < 1.0}
    return out


def report(out: dict[str, Any]) -> None:
    rows = []
    for phase in ("new", "unchanged"):
        uw = out[f"uw_{phase}"]
        for name, label in (("sw", "shiftwatch"), ("swbefore", "shiftwatch before")):
            if f"{name}_{phase}" not in out:
                continue
            sw = out[f"{name}_{phase}"]
            prefix = "" if name == "sw" else f"{name}_"
            rows.append([phase, label, f"{sw['wall_s']:.2f}", f"{uw['wall_s']:.2f}", f"{out[f'{prefix}ratio_{phase}_wall']:.2f}",
                         f"{sw['cpu_s']:.2f}", f"{uw['cpu_s']:.2f}", f"{out[f'{prefix}ratio_{phase}_cpu']:.2f}",
                         goal(out[f"{prefix}ratio_{phase}_wall"] <= (0.25 if phase == "unchanged" else 0.999))])
    print(f"\nPoll cycle, {out['feeds']} feeds, medians of {out['runs']} runs (seconds, whole process)")
    print(table(rows, ["cycle", "tool", "wall", "urlwatch wall", "ratio", "cpu", "urlwatch cpu", "cpu ratio", "goal"]))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="3 runs")
    parser.add_argument("--before", type=Path, metavar="TREE",
                        help="also time another shiftwatch source tree (e.g. `git archive` of an older commit)")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    out = run(args.feeds, runs, args.before)
    out["machine"] = machine()
    report(out)
    save("poll", out)
    return out


if __name__ == "__main__":
    main()
