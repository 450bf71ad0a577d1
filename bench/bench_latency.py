"""Alert latency: from the moment a feed changes to the signed webhook arriving at a
loopback receiver, through the running daemon.

    python bench/bench_latency.py [--trials 20] [--quick]

`shiftwatch run` polls one feed every second (`interval = "1s"`, no jitter) on the bench
server (bench/feedserver.py), which also plays the article site and the webhook receiver.
Deliveries run every second too (`[delivery] interval = 1`; the default is 5 s). Each
trial publishes a new item in the feed (a page whose text moves kr-arms-ukraine: a first
shipment, then a refusal, alternately, so every trial is a `stance.shift`) at a random
moment of the poll cycle and waits for the webhook that names the new article. The
latency is the receiver's clock at arrival minus the server's clock at the change (one
machine, one clock): poll wait + feed fetch and parse + article fetch, extraction,
detection, tracking and outbox write + delivery wait + signed POST.

Median and 95th percentile over `--trials` trials.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, child_env, machine, median, p95, save, shiftwatch_command, table  # noqa: E402
from feedserver import FeedServer  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
ARTICLES = {"supplies": CORPUS / "k06-first-shipment-synthetic.txt", "refrains": CORPUS / "k05-no-intention.txt"}
SECRET = "whsec_" + base64.b64encode(b"shiftwatch-bench-latency-secret!").decode()


def page(state: str, trial: int) -> str:
    lines = ARTICLES[state].read_text(encoding="utf-8").strip().splitlines()
    title, body = lines[0], [line for line in lines[2:] if line.strip()]
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{html.escape(title)}</h1>"
            f"<p>Update {trial}.</p>{paragraphs}</article><footer>© Bench News</footer></body></html>")


def config(folder: Path, server: FeedServer) -> Path:
    path = folder / "shiftwatch.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{folder / 'shiftwatch.db'}"
[paths]
seeds = "{ROOT / 'seeds'}"
stances = "{ROOT / 'config' / 'stances'}"
[daemon]
feed_interval = "1s"
feed_jitter = 0
heartbeat = "5s"
[http]
allow_hosts = ["127.0.0.1"]
[delivery]
interval = 1
[[endpoints]]
name = "bench"
url = "{server.base}/hook"
secret_env = "SW_BENCH_SECRET"
[[feeds]]
name = "latency"
source = "Bench News"
url = "{server.url(0)}"
""", encoding="utf-8")
    return path


def start_daemon(cfg: Path, folder: Path) -> subprocess.Popen:
    log = open(folder / "daemon.log", "w")
    command = shiftwatch_command("--log-level", "WARNING", "run", "--config", str(cfg), "--port", "0",
                                 "--port-file", str(folder / "port"))
    process = subprocess.Popen(command, env=child_env(SW_BENCH_SECRET=SECRET), stdout=log, stderr=subprocess.STDOUT,
                               cwd=folder)
    deadline = time.monotonic() + 120
    while not (folder / "port").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the daemon did not start:\n{(folder / 'daemon.log').read_text()[-3000:]}")
        time.sleep(0.1)
    return process


def wait_for(server: FeedServer, url: str, timeout: float) -> dict[str, Any] | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for hook in server.hooks():
            body = json.loads(hook["body"])
            if body.get("article", {}).get("url") == url and body.get("type") == "stance.shift":
                return {"time": hook["time"], "body": body, "signed": "webhook-signature" in hook["headers"]}
        time.sleep(0.02)
    return None


def run(trials: int) -> dict[str, Any]:
    latencies: list[float] = []
    missed = 0
    with FeedServer(feeds=1, items=5, initial=0) as server, tempfile.TemporaryDirectory(prefix="sw-bench-lat-") as tmp:
        folder = Path(tmp)
        daemon = start_daemon(config(folder, server), folder)
        try:
            time.sleep(3)  # baseline ingested, first polls done
            server.hooks()  # forget anything raised so far
            rng = random.Random(5)
            state = "supplies"
            for trial in range(trials):
                time.sleep(rng.uniform(0.3, 1.3))  # a random phase of the 1-second poll
                changed = server.bump(0, page(state, trial))
                got = wait_for(server, changed["url"], timeout=30)
                if got is None:
                    missed += 1
                    print(f"  trial {trial + 1}: no webhook within 30 s", flush=True)
                else:
                    latencies.append(got["time"] - changed["time"])
                    print(f"  trial {trial + 1}/{trials}: {state:<9} {latencies[-1]:.3f} s", flush=True)
                state = "refrains" if state == "supplies" else "supplies"
        finally:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(30)
            except subprocess.TimeoutExpired:
                daemon.kill()
    return {"trials": trials, "received": len(latencies), "missed": missed,
            "median_s": round(median(latencies), 3), "p95_s": round(p95(latencies), 3),
            "min_s": round(min(latencies), 3) if latencies else None,
            "max_s": round(max(latencies), 3) if latencies else None,
            "latencies_s": [round(x, 3) for x in latencies],
            "settings": {"poll_interval_s": 1, "feed_jitter_s": 0, "delivery_interval_s": 1, "store": "SQLite"}}


def report(out: dict[str, Any]) -> None:
    print(f"\nAlert latency, feed change -> webhook received, {out['received']}/{out['trials']} trials")
    print(table([[f"{out['median_s']:.2f}", f"{out['p95_s']:.2f}", f"{out['min_s']}", f"{out['max_s']}"]],
                ["median s", "p95 s", "min s", "max s"]))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="8 trials")
    args = parser.parse_args(argv)
    out = run(8 if args.quick else args.trials)
    out["machine"] = machine()
    report(out)
    save("latency", out)
    return out


if __name__ == "__main__":
    main()
