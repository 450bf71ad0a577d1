"""What every benchmark shares: timing child processes, statistics, the machine, results,
a PostgreSQL database of its own, and the urlwatch reference in a virtualenv of its own.

Not a test helper: benchmarks are run by hand (`python bench/run.py`), never by pytest.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
CACHE = BENCH / ".cache"
PG_ADMIN_URL = os.environ.get("SHIFTWATCH_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
URLWATCH_VERSION = "2.29"

sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------- statistics


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def p95(values: Sequence[float]) -> float:
    """The 95th percentile, nearest-rank (of 20 values: the 19th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[max(0, -(-95 * len(ordered) // 100) - 1)])


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ys over xs."""
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")


def goal(met: bool) -> str:
    return "met" if met else "NOT met"


# --------------------------------------------------------------------------- processes


@dataclass(frozen=True)
class Timed:
    wall: float
    cpu: float  # user + system of the process and the children it waited for
    rss_kb: int  # peak resident set
    code: int
    stdout: str
    stderr: str


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured processes: as a normal install runs, with bytecode
    caching on (this workplace sets PYTHONDONTWRITEBYTECODE, which makes every start
    recompile the package)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(extra)
    return env


def run_timed(command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
              timeout: float = 600) -> Timed:
    """Run `command` to completion; wall time, CPU time (wait4) and peak RSS of the child."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env or child_env(), stdout=out, stderr=err)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Timed(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode,
                     out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def shiftwatch_command(*args: str) -> list[str]:
    """`shiftwatch …` as the console script runs it (the interpreter, no shell shim)."""
    return [sys.executable, "-m", "monitor", *args]


def rss_kb(pid: int) -> int | None:
    """VmRSS of a process from /proc, in kB (None once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


# --------------------------------------------------------------------------- the machine


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        found = re.search(r"^Model name:\s*(.+)$", lscpu, re.M)
        info["cpu"] = found.group(1).strip() if found else platform.processor()
    except (OSError, subprocess.SubprocessError):
        info["cpu"] = platform.processor()
    try:
        mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
        info["memory_gb"] = round(int(mem) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    try:
        info["postgresql"] = pg_version()
    except Exception as exc:  # no server: the PostgreSQL parts say so
        info["postgresql"] = f"unavailable ({type(exc).__name__})"
    try:
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    return info


# --------------------------------------------------------------------------- results


def save(name: str, data: dict[str, Any]) -> Path:
    """Write bench/results/<name>.json (run.py gathers them into latest.json)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"benchmark": name, "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **data}
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# --------------------------------------------------------------------------- PostgreSQL


def pg_version() -> str:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


@contextmanager
def pg_database(name: str) -> Iterator[str]:
    """A fresh database `name` on the local server (dropped before and after); yields its
    SQLAlchemy URL. Never the shared `test` database."""
    import psycopg

    assert name.startswith("sw_bench"), name
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_size(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- urlwatch


def urlwatch() -> Path:
    """The urlwatch 2.29 command, installed into bench/.cache/urlwatch-2.29/ on first use."""
    venv = CACHE / f"urlwatch-{URLWATCH_VERSION}"
    command = venv / "bin" / "urlwatch"
    if command.exists():
        return command
    print(f"installing urlwatch {URLWATCH_VERSION} into {venv.relative_to(ROOT)} …", flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    f"urlwatch=={URLWATCH_VERSION}"], check=True)
    # compile its bytecode now, as pip does for site-packages, so no run pays for it
    subprocess.run([str(venv / "bin" / "urlwatch"), "--version"], check=True, capture_output=True,
                   env=child_env())
    return command
