#!/usr/bin/env python3
"""Lay out the image that deploy/Dockerfile builds, without Docker, and run shiftwatch in it.

No Docker engine is needed: the Dockerfile is read (its COPY, ENV, WORKDIR, USER, HEALTHCHECK,
ENTRYPOINT and CMD lines), the files it copies are copied into a scratch root that mirrors the
image (`<root>/opt/venv`, `<root>/opt/shiftwatch`), shiftwatch is installed there
*non-editable*, and then, from the image's WORKDIR with the image's environment:

1. `shiftwatch db upgrade --db sqlite:///<root>/x.db` and `shiftwatch replay` (the seeds);
2. `shiftwatch run` (the image's CMD) with a config without feeds, on a free port; the
   Dockerfile's HEALTHCHECK command itself must pass, then SIGTERM must stop it with exit 0.

As root, the app tree is made root-owned and read-only, var/ is given to `nobody`, and the
commands run as `nobody` with no_new_privs, the kernel's memory-deny-write-execute
(PR_SET_MDWE, close to systemd's MemoryDenyWriteExecute=) and a private /proc mounted
`subset=pid,hidepid=invisible` (systemd's ProcSubset=pid, ProtectProc=invisible), each when
the kernel allows it. What is applied is printed.

Install modes:
  --install venv   python -m venv + pip install '.[EXTRAS]' with every dependency (what the
                   image does; needs PyPI, about a minute without a pip cache);
  --install wheel  pip wheel --no-deps, unpacked into a site dir; the dependencies come from
                   the interpreter running this script (quick; used by tests/test_deploy.py).

  python3 deploy/simulate_image.py [--install venv|wheel] [--keep] [--pg URL]

With --pg (a SQLAlchemy PostgreSQL URL of a server that allows CREATE DATABASE), a scratch
database is created and two daemons are started against it one after the other, as the
compose file does, and both must report healthy; the database is dropped at the end.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCKERFILE = REPO / "deploy" / "Dockerfile"
NOBODY = 65534


# -- reading the Dockerfile ------------------------------------------------------------------

@dataclass
class Stage:
    base: str
    name: str | None = None
    copies: list[tuple[list[str], str, str | None]] = field(default_factory=list)  # sources, dest, --from
    env: dict[str, str] = field(default_factory=dict)
    args: dict[str, str] = field(default_factory=dict)
    workdir: str = "/"
    user: str | None = None
    healthcheck: list[str] | None = None
    healthcheck_options: dict[str, str] = field(default_factory=dict)
    entrypoint: list[str] | None = None
    cmd: list[str] | None = None
    runs: list[str] = field(default_factory=list)


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        word, _, rest = buf.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
        buf = ""
    return out


def _exec_form(value: str) -> list[str]:
    value = value.strip()
    return json.loads(value) if value.startswith("[") else ["/bin/sh", "-c", value]


def _env_pairs(rest: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for token in shlex.split(rest):
        key, sep, value = token.partition("=")
        if sep:
            pairs[key] = value
    return pairs


def parse_dockerfile(path: Path = DOCKERFILE) -> list[Stage]:
    stages: list[Stage] = []
    for word, rest in instructions(path.read_text(encoding="utf-8")):
        if word == "FROM":
            parts = rest.split()
            stages.append(Stage(base=parts[0], name=parts[2] if len(parts) >= 3 and parts[1].upper() == "AS" else None))
            continue
        if not stages:
            continue
        stage = stages[-1]
        if word == "COPY":
            words = shlex.split(rest)
            source_stage = None
            while words and words[0].startswith("--"):
                flag = words.pop(0)
                if flag.startswith("--from="):
                    source_stage = flag.split("=", 1)[1]
            stage.copies.append((words[:-1], words[-1], source_stage))
        elif word == "ENV":
            stage.env.update(_env_pairs(rest))
        elif word == "ARG":
            stage.args.update(_env_pairs(rest) if "=" in rest else {rest: ""})
        elif word == "WORKDIR":
            stage.workdir = rest
        elif word == "USER":
            stage.user = rest
        elif word == "RUN":
            stage.runs.append(rest)
        elif word == "ENTRYPOINT":
            stage.entrypoint = _exec_form(rest)
        elif word == "CMD":
            stage.cmd = _exec_form(rest)
        elif word == "HEALTHCHECK":
            options, _, command = rest.partition("CMD")
            stage.healthcheck = _exec_form(command)
            for option in options.split():
                key, _, value = option.lstrip("-").partition("=")
                stage.healthcheck_options[key] = value
    return stages


# -- the scratch image -----------------------------------------------------------------------

def log(message: str) -> None:
    print(f"simulate-image: {message}", flush=True)


def copy_sources(sources: list[str], dest: Path) -> None:
    """COPY semantics for the cases the Dockerfile uses: a directory's contents, or files."""
    dest.mkdir(parents=True, exist_ok=True)
    for source in sources:
        src = REPO / source.rstrip("/")
        if src.is_dir():
            target = dest if len(sources) == 1 and source.endswith("/") else dest / src.name
            shutil.copytree(src, target, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        else:
            shutil.copy2(src, dest / src.name)


def in_root(root: Path, path: str) -> Path:
    return root / path.lstrip("/")


def mapped(root: Path, value: str) -> str:
    """An ENV value with the image's absolute paths moved under the scratch root."""
    return re.sub(r"(?<![\w$])/opt/", f"{root}/opt/", value)


@dataclass
class Image:
    root: Path
    workdir: Path
    env: dict[str, str]
    healthcheck: list[str]
    command: list[str]  # ENTRYPOINT + CMD, the program resolved in the venv
    user: str | None
    extra_site: Path | None = None  # --install wheel: the unpacked wheel


def interpreter_for_venv() -> str:
    """The interpreter for the image's venv: as root, one that `nobody` can run (the image's is
    /usr/local/bin/python3.11, readable by all), so the service can run unprivileged."""
    if os.geteuid() != 0 or _usable_by_nobody(sys.executable):
        return sys.executable
    for candidate in ("/usr/local/bin/python3.11", "/usr/bin/python3.11", "/usr/bin/python3"):
        if Path(candidate).exists() and _usable_by_nobody(candidate):
            probe = subprocess.run([candidate, "-c", "import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))"],
                                   check=False, capture_output=True)
            if probe.returncode == 0:
                return candidate
    return sys.executable


def _usable_by_nobody(python: str) -> bool:
    def drop() -> None:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    try:
        return subprocess.run([python, "-c", "pass"], preexec_fn=drop, check=False, capture_output=True).returncode == 0
    except OSError:
        return False


def build(root: Path, install: str) -> Image:
    build_stage, runtime = parse_dockerfile()[0], parse_dockerfile()[-1]
    src = root / "src"
    for sources, dest, _ in build_stage.copies:
        copy_sources(sources, src / dest if not dest.startswith("/") else in_root(root, dest))
    extras = build_stage.args.get("EXTRAS", "postgres")
    venv = root / "opt" / "venv"
    extra_site = None
    started = time.monotonic()
    if install == "venv":
        python = interpreter_for_venv()
        log(f"venv with {python}")
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                        f"{src}[{extras}]"], check=True)
    else:
        wheels = root / "wheels"
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
                        "-w", str(wheels), str(src)], check=True)
        wheel = next(wheels.glob("shiftwatch-*.whl"))
        extra_site = root / "site"
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(extra_site)
        scripts = venv / "bin"
        scripts.mkdir(parents=True)
        entry = (next(extra_site.glob("shiftwatch-*.dist-info")) / "entry_points.txt").read_text(encoding="utf-8")
        target = re.search(r"^shiftwatch\s*=\s*([\w.]+):(\w+)", entry, re.MULTILINE)
        if not target:
            raise SystemExit("the wheel has no `shiftwatch` console script")
        launcher = scripts / "shiftwatch"
        launcher.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(extra_site)!r})\n"
                            f"from {target.group(1)} import {target.group(2)}\nsys.exit({target.group(2)}())\n")
        launcher.chmod(0o755)
        (scripts / "python").symlink_to(sys.executable)
    log(f"installed ({install}, extras {extras}) in {time.monotonic() - started:.0f} s")
    for sources, dest, source_stage in runtime.copies:
        if source_stage:
            continue  # the venv, made above
        base = in_root(root, runtime.workdir)
        copy_sources(sources, base / dest if not dest.startswith("/") else in_root(root, dest))
    for run in runtime.runs:  # only `mkdir var && chown ...` is expected: do its effect
        if "mkdir var" in run:
            (in_root(root, runtime.workdir) / "var").mkdir(exist_ok=True)
    env = {key: mapped(root, value) for key, value in runtime.env.items()}
    env["PATH"] = env.get("PATH", "").replace("$PATH", "/usr/local/bin:/usr/bin:/bin")
    command = (runtime.entrypoint or []) + (runtime.cmd or [])
    if not runtime.healthcheck:
        raise SystemExit("deploy/Dockerfile has no HEALTHCHECK")
    return Image(root=root, workdir=in_root(root, runtime.workdir), env=env, healthcheck=runtime.healthcheck,
                 command=command, user=runtime.user, extra_site=extra_site)


# -- running in it ---------------------------------------------------------------------------

class Sandbox:
    """As root: the app tree root-owned and read-only, the service as nobody with
    no_new_privs, MDWE and a private /proc (each when the kernel allows it)."""

    def __init__(self, image: Image) -> None:
        self.image = image
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.use_user = self.use_mdwe = self.use_proc = False
        self.applied: list[str] = []
        if os.geteuid() != 0:
            self.applied.append("not root: runs as the current user, no sandbox")
            return
        for path in [image.root, *image.root.rglob("*")]:
            if path.is_symlink():
                continue
            os.chown(path, 0, 0)
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        var = image.workdir / "var"
        os.chown(var, NOBODY, NOBODY)
        var.chmod(0o700)
        self.use_user = self._probe({"user"}, "python as nobody")
        if self.use_user:
            self.applied.append("app tree root-owned, read-only for the service; var/ owned by nobody")
            self.applied.append("runs as nobody (uid 65534) with no_new_privs")
        else:
            self.applied.append("the image's python is not usable by nobody here: runs as root")
        self.use_mdwe = self._probe({"mdwe"}, "PR_SET_MDWE")
        if self.use_mdwe:
            self.applied.append("PR_SET_MDWE (memory-deny-write-execute)")
        self.use_proc = self._probe({"proc"}, "private /proc")
        if self.use_proc:
            self.applied.append("private /proc: subset=pid, hidepid=invisible")

    def _probe(self, what: set[str], label: str) -> bool:
        python = shutil.which("python", path=self.image.env["PATH"]) or sys.executable
        try:
            probe = subprocess.run([python, "-c", "pass"], preexec_fn=lambda: self._enter(what),
                                   check=False, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            return False
        if probe.returncode != 0:
            self.applied.append(f"{label}: not available here (exit {probe.returncode})")
        return probe.returncode == 0

    def _enter(self, only: set[str] | None = None) -> None:
        """Runs in the child between fork and exec."""
        libc = self.libc
        want = only if only is not None else {w for w in ("user", "mdwe", "proc") if getattr(self, f"use_{w}")}
        if "proc" in want:
            clone_newns, ms_rec, ms_private = 0x00020000, 0x4000, 0x40000
            if libc.unshare(clone_newns) != 0:
                os._exit(90)
            if libc.mount(b"none", b"/", None, ms_rec | ms_private, None) != 0:
                os._exit(91)
            if libc.mount(b"proc", b"/proc", b"proc", 0, b"subset=pid,hidepid=invisible") != 0:
                os._exit(92)
        if "mdwe" in want and libc.prctl(65, 1, 0, 0, 0) != 0:  # PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN
            os._exit(93)
        if "user" in want:
            if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
                os._exit(94)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)

    def env(self, **extra: str) -> dict[str, str]:
        env = {"LANG": "C.UTF-8", "HOME": "/nonexistent", **self.image.env, **extra}
        return env

    def run(self, args: list[str], **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._argv(args), cwd=self.image.workdir, env=self.env(**extra), text=True,
                              capture_output=True, preexec_fn=self._enter, timeout=300, check=False)

    def start(self, args: list[str], logfile: Path, **extra: str) -> subprocess.Popen[bytes]:
        handle = logfile.open("wb")
        return subprocess.Popen(self._argv(args), cwd=self.image.workdir, env=self.env(**extra), stdout=handle,
                                stderr=subprocess.STDOUT, preexec_fn=self._enter)  # noqa: PLW1509 (no threads yet)

    def _argv(self, args: list[str]) -> list[str]:
        program = shutil.which(args[0], path=self.image.env["PATH"])
        if program is None:
            raise SystemExit(f"{args[0]}: not found on the image's PATH {self.image.env['PATH']}")
        return [program, *args[1:]]


def check(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        raise SystemExit(f"FAILED: {what} (exit {result.returncode})\n{result.stdout}\n{result.stderr}")
    log(f"ok: {what}")
    return result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def daemon(box: Sandbox, name: str, config: Path, db_url: str) -> tuple[subprocess.Popen[bytes], int, Path]:
    port = free_port()
    logfile = box.image.root / f"{name}.log"
    command = box.image.command + ["--config", str(config), "--port", str(port)]
    return box.start(command, logfile, SHIFTWATCH_DB_URL=db_url), port, logfile


def wait_healthy(box: Sandbox, process: subprocess.Popen[bytes], port: int, logfile: Path, timeout: float = 90) -> None:
    url = f"http://127.0.0.1:{port}/healthz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"FAILED: the daemon exited with {process.returncode}\n{logfile.read_text(errors='replace')}")
        probe = box.run(box.image.healthcheck, SHIFTWATCH_HEALTHCHECK_URL=url)
        if probe.returncode == 0:
            with urllib.request.urlopen(url, timeout=5) as reply:
                log(f"ok: the Dockerfile's HEALTHCHECK passes against {url}: {reply.read().decode()[:160]}")
            return
        time.sleep(1)
    raise SystemExit(f"FAILED: not healthy within {timeout:.0f} s\n{logfile.read_text(errors='replace')}")


def stop(process: subprocess.Popen[bytes], logfile: Path, name: str) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise SystemExit(f"FAILED: {name} did not stop within 30 s of SIGTERM") from None
    if code != 0:
        raise SystemExit(f"FAILED: {name} exited {code} on SIGTERM\n{logfile.read_text(errors='replace')}")
    log(f"ok: {name} stopped on SIGTERM with exit 0")


def html_article(root: Path) -> Path:
    """An HTML page with boilerplate, as fetched articles are: extraction must work read-only."""
    folder = root / "html"
    folder.mkdir()
    body = " ".join(["South Korea's defence ministry said on Tuesday it would review its policy on supplying weapons "
                     "to Ukraine after the Russia-North Korea pact, officials told reporters in Seoul."] * 3)
    (folder / "a.html").write_text(
        "<html><head><title>Seoul to review arms policy</title>"
        '<meta property="article:published_time" content="2024-06-21T08:00:00Z"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Seoul to review arms policy</h1>"
        f"<p>{body}</p><p>{body}</p></article><footer>Most read: weather, sport</footer></body></html>",
        encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,published,source,url\na.html,2024-06-21,Simulated Wire,https://news.example/sim-a\n", encoding="utf-8")
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder / "a.html"


def quiet_config(root: Path) -> Path:
    """The image's config without feeds: nothing is fetched from the network."""
    config = root / "no-feeds.toml"
    config.write_text('[daemon]\nheartbeat = "2s"\nstop_timeout = "5s"\n\n[logging]\nlevel = "INFO"\n', encoding="utf-8")
    config.chmod(0o644)
    return config


def simulate(root: Path, install: str, pg_url: str | None) -> None:
    image = build(root, install)
    box = Sandbox(image)
    for line in box.applied:
        log(f"sandbox: {line}")
    assert image.command[:1] == ["shiftwatch"], image.command
    sqlite = f"sqlite:///{root / 'x.db'}"
    (root / "x.db").touch()
    if box.use_user:
        os.chown(root / "x.db", NOBODY, NOBODY)
    root.chmod(0o1777)  # SQLite's -wal/-shm beside x.db, for nobody
    check(box.run(["shiftwatch", "db", "upgrade", "--db", sqlite]), "shiftwatch db upgrade --db sqlite:///…/x.db")
    out = check(box.run(["shiftwatch", "replay", "--db", sqlite]), "shiftwatch replay --db sqlite:///…/x.db (the seeds)")
    if " 0 error(s)" not in out or "new version(s)" not in out:
        raise SystemExit(f"FAILED: unexpected replay summary:\n{out}")
    log("   " + next(line for line in out.splitlines() if "file(s)" in line))
    html = html_article(root)
    out = check(box.run(["shiftwatch", "replay", "--db", sqlite, str(html)]),
                "shiftwatch replay of an HTML page (trafilatura, date parsing) as the service user")
    if " 0 error(s)" not in out:
        raise SystemExit(f"FAILED: the HTML page was not ingested:\n{out}")
    log("   " + next(line for line in out.splitlines() if "file(s)" in line))
    config = quiet_config(root)
    process, port, logfile = daemon(box, "run", config, f"sqlite:///{image.workdir / 'var' / 'shiftwatch.db'}")
    try:
        wait_healthy(box, process, port, logfile)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
            page = reply.read().decode()
        if "shiftwatch" not in page:
            raise SystemExit("FAILED: the dashboard page (package data: templates) did not render")
        log("ok: dashboard page rendered from the installed package data")
    finally:
        stop(process, logfile, "shiftwatch run (SQLite, default store var/shiftwatch.db)")
    if pg_url:
        postgres_pair(box, config, pg_url)


def postgres_pair(box: Sandbox, config: Path, pg_url: str) -> None:
    """Two daemons on one scratch PostgreSQL database, started one after the other."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"shiftwatch_image_{os.getpid()}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    processes = []
    try:
        check(box.run(["shiftwatch", "db", "upgrade"], SHIFTWATCH_DB_URL=url), "shiftwatch db upgrade (PostgreSQL, the migrate step)")
        for worker in ("worker-1", "worker-2"):
            process, port, logfile = daemon(box, worker, config, url)
            processes.append((process, logfile, worker))
            wait_healthy(box, process, port, logfile)
        status = check(box.run(["shiftwatch", "status", "--format", "json"], SHIFTWATCH_DB_URL=url), "shiftwatch status")
        workers = json.loads(status).get("workers", [])
        if len(workers) != 2:
            raise SystemExit(f"FAILED: expected 2 workers in status, got {workers}")
        log("ok: two daemons registered on one PostgreSQL database")
    finally:
        for process, logfile, worker in processes:
            stop(process, logfile, f"shiftwatch run ({worker}, PostgreSQL)")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", choices=["venv", "wheel"], default="venv")
    parser.add_argument("--keep", action="store_true", help="keep the scratch root")
    parser.add_argument("--pg", metavar="URL", help="also run two daemons on a scratch database of this PostgreSQL server")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shiftwatch-image-"))
    try:
        simulate(root, args.install, args.pg)
    finally:
        if args.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    log("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
