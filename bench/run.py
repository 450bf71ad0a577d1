"""Run every benchmark and gather the results in bench/results/latest.json.

    python bench/run.py [--quick] [--only poll,pipeline,repoll,memory,latency] [--no-postgres] [--poll-before TREE]

Not part of the test suite: the figures depend on the machine and on what else runs on it.
Each benchmark prints its own table and writes bench/results/<name>.json; this script
writes them together, with the machine, to bench/results/latest.json (format:
bench/results/README.md). Full run ≈ 30 min on 2 cores; `--quick` ≈ 20 min.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_latency  # noqa: E402
import bench_memory  # noqa: E402
import bench_pipeline  # noqa: E402
import bench_poll  # noqa: E402
import bench_repoll  # noqa: E402
from common import RESULTS, machine  # noqa: E402

BENCHMARKS = {"poll": bench_poll, "pipeline": bench_pipeline, "repoll": bench_repoll, "memory": bench_memory,
              "latency": bench_latency}
POSTGRES = {"pipeline", "repoll"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and shorter runs")
    parser.add_argument("--only", help="comma-separated subset of: " + ", ".join(BENCHMARKS))
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL variants")
    parser.add_argument("--poll-before", metavar="TREE", help="bench_poll.py --before TREE: also time an older tree")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    started = time.time()
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
                               "quick": args.quick, "machine": machine(), "benchmarks": {}}
    failed = []
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        extra = ["--quick"] if args.quick else []
        if args.no_postgres and name in POSTGRES:
            extra.append("--no-postgres")
        if args.poll_before and name == "poll":
            extra += ["--before", args.poll_before]
        try:
            out = BENCHMARKS[name].main(extra)
            out.pop("machine", None)
            results["benchmarks"][name] = out
        except (Exception, SystemExit) as exc:  # one broken benchmark must not lose the others
            traceback.print_exc()
            results["benchmarks"][name] = {"error": f"{type(exc).__name__}: {exc}"}
            failed.append(name)
    results["seconds"] = round(time.time() - started)
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / "latest.json"
    latest.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwrote {latest} ({results['seconds']} s)" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
