"""deploy/: the Dockerfile, the compose file, the systemd unit and the env example agree with
the code (ports, commands, options, environment variables) and keep secrets out.

No image is built and no unit is started here (no Docker engine, no systemd as PID 1); the
linters run in `deploy/lint`. The last test lays out the image's filesystem in a scratch
directory and runs shiftwatch from it (`deploy/simulate_image.py --install wheel`).
"""

from __future__ import annotations

import http.server
import importlib.util
import re
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from monitor.cli import build_parser
from monitor.config import ENV_DB_URL
from monitor.daemon import DaemonSettings

from .conftest import ROOT

DEPLOY = ROOT / "deploy"
DEFAULTS = DaemonSettings()
HEALTHZ = f"http://127.0.0.1:{DEFAULTS.port}/healthz"
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "ProtectKernelTunables": "yes",
    "ProtectKernelModules": "yes",
    "ProtectKernelLogs": "yes",
    "ProtectControlGroups": "yes",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "RestrictNamespaces": "yes",
    "LockPersonality": "yes",
    "MemoryDenyWriteExecute": "yes",
    "CapabilityBoundingSet": "",
}


def load_simulator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("simulate_image", DEPLOY / "simulate_image.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SIM = load_simulator()
STAGES = SIM.parse_dockerfile(DEPLOY / "Dockerfile")
RUNTIME = STAGES[-1]


def parses(argv: list[str]) -> Any:
    """The real `shiftwatch` parser accepts these arguments (argparse exits 2 otherwise)."""
    return build_parser().parse_args(argv)


# -- Dockerfile --------------------------------------------------------------------------------

def test_dockerfile_is_multi_stage_on_slim_python_311() -> None:
    assert len(STAGES) >= 2
    assert all(stage.base.startswith("python:3.11-slim") for stage in STAGES), [s.base for s in STAGES]
    assert any(source == "/opt/venv" for sources, _, frm in RUNTIME.copies if frm for source in sources)


def test_dockerfile_installs_the_package_non_editable_with_postgres() -> None:
    build = STAGES[0]
    installs = [run for run in build.runs if "pip install" in run]
    assert installs and not any(re.search(r"\s(-e|--editable)\s", run) for run in installs)
    assert "postgres" in build.args.get("EXTRAS", "") and '".[${EXTRAS}]"' in installs[0]
    copied = {source.rstrip("/") for sources, _, _ in build.copies for source in sources}
    assert {"pyproject.toml", "README.md", "monitor"} <= copied  # README.md: pyproject's readme


def test_runtime_user_is_not_root_and_owns_only_var() -> None:
    assert RUNTIME.user, "the runtime stage sets no USER"
    user = RUNTIME.user.split(":")[0]
    assert user not in {"root", "0"}
    uid = re.search(r"useradd[^&]*--uid (\d+)", " ".join(RUNTIME.runs))
    assert uid and user in {uid.group(1), "shiftwatch"} and int(uid.group(1)) != 0
    assert any("chown shiftwatch:shiftwatch var" in run for run in RUNTIME.runs)


def test_runtime_layout_matches_what_the_code_looks_up() -> None:
    """Relative defaults (config/, seeds/, var/) resolve against WORKDIR; migrations via env."""
    workdir = RUNTIME.workdir
    copied = {dest.rstrip("/") for sources, dest, frm in RUNTIME.copies if not frm}
    assert {"config", "seeds", "migrations"} <= copied
    assert RUNTIME.env["SHIFTWATCH_MIGRATIONS"] == f"{workdir}/migrations"
    assert RUNTIME.env["PATH"].startswith("/opt/venv/bin:")
    assert not any(re.search(r"SECRET|TOKEN|PASSWORD", key) for key in RUNTIME.env)


def test_entrypoint_and_cmd_are_the_daemon() -> None:
    assert RUNTIME.entrypoint == ["shiftwatch"]
    assert RUNTIME.cmd == ["run"]
    args = parses(RUNTIME.cmd)
    assert args.command == "run" and args.host is None  # so [daemon] host (loopback) applies


def test_healthcheck_targets_healthz_on_the_default_host_and_port() -> None:
    command = RUNTIME.healthcheck
    assert command and command[0] == "python" and command[1] == "-c"
    assert f"'{HEALTHZ}'" in command[2]
    assert DEFAULTS.host == "127.0.0.1"  # the healthcheck runs inside the container: loopback reaches it
    default = (ROOT / "config" / "shiftwatch.toml").read_text(encoding="utf-8")
    assert re.search(rf"^port = {DEFAULTS.port}\b", default, re.MULTILINE)
    assert re.search(r'^host = "127\.0\.0\.1"', default, re.MULTILINE)
    options = RUNTIME.healthcheck_options
    assert {"interval", "timeout", "start-period", "retries"} <= set(options)


class _Health(http.server.BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status if self.path == "/healthz" else 404)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[tuple[str, type[_Health]]]:
    handler = type("Handler", (_Health,), {"status": 200})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/healthz", handler
    server.shutdown()
    server.server_close()


def test_healthcheck_command_passes_on_200_and_fails_on_503(health_server: tuple[str, type[_Health]]) -> None:
    url, handler = health_server
    command = [sys.executable, *RUNTIME.healthcheck[1:]]
    env = {"SHIFTWATCH_HEALTHCHECK_URL": url, "PATH": "/usr/bin:/bin"}
    assert subprocess.run(command, check=False, env=env, capture_output=True, timeout=30).returncode == 0
    handler.status = 503
    assert subprocess.run(command, check=False, env=env, capture_output=True, timeout=30).returncode != 0
    closed = {"SHIFTWATCH_HEALTHCHECK_URL": "http://127.0.0.1:9/healthz", "PATH": "/usr/bin:/bin"}
    assert subprocess.run(command, check=False, env=closed, capture_output=True, timeout=30).returncode != 0


def test_dockerignore_keeps_what_the_dockerfile_copies_and_drops_env_files() -> None:
    lines = [l.strip() for l in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines() if l.strip() and not l.startswith("#")]
    assert lines[0] == "*"
    kept = {l[1:].rstrip("/") for l in lines if l.startswith("!")}
    for stage in STAGES:
        for sources, _, frm in stage.copies:
            if not frm:
                assert {s.rstrip("/") for s in sources} <= kept
    assert "**/*.env" in lines


# -- compose -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def _shiftwatch_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose["services"].items() if name != "postgres"}


def test_compose_has_postgres_migrate_and_two_workers(compose: dict[str, Any]) -> None:
    services = compose["services"]
    postgres = services["postgres"]
    assert postgres["image"].startswith("postgres:16")
    assert any(v.endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    migrate = services["migrate"]
    assert parses(migrate["command"]).handler.__name__ == "cmd_db_upgrade"
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    workers = {n: s for n, s in services.items() if s.get("command") == ["run"]}
    assert len(workers) >= 2, sorted(services)
    for name, worker in workers.items():
        assert parses(worker["command"]).command == "run"
        assert worker["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name
        assert worker["depends_on"]["postgres"]["condition"] == "service_healthy", name


def test_compose_services_share_image_env_and_readonly_config(compose: dict[str, Any]) -> None:
    services = _shiftwatch_services(compose)
    assert len({s["image"] for s in services.values()}) == 1
    assert len({tuple(s["env_file"]) for s in services.values()}) == 1
    for name, service in services.items():
        assert service["env_file"] == ["shiftwatch.env"], name
        assert ENV_DB_URL not in service.get("environment", {}), f"{name}: the URL (with its password) belongs in the env file"
        assert any(v.endswith(":/opt/shiftwatch/config:ro") for v in service["volumes"]), name
        assert service["build"]["dockerfile"] == "deploy/Dockerfile" and service["build"]["context"] == ".."
    example = _env_example()
    url = example[ENV_DB_URL]
    postgres = compose["services"]["postgres"]["environment"]
    assert url.startswith(f"postgresql+psycopg://{postgres['POSTGRES_USER']}:")
    assert url.endswith(f"@postgres:5432/{postgres['POSTGRES_DB']}")


def test_compose_keeps_secrets_out_and_stops_cleanly(compose: dict[str, Any]) -> None:
    postgres = compose["services"]["postgres"]
    assert "POSTGRES_PASSWORD" not in postgres["environment"]
    assert postgres["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/postgres_password"
    assert compose["secrets"]["postgres_password"]["file"] == "./secrets/postgres_password"
    for name, service in _shiftwatch_services(compose).items():
        grace = re.fullmatch(r"(\d+)s", service["stop_grace_period"])
        assert grace and int(grace.group(1)) > DEFAULTS.stop_timeout, name
    ignored = (DEPLOY / ".gitignore").read_text().split()
    assert {"shiftwatch.env", "secrets/"} <= set(ignored)


# -- systemd unit ------------------------------------------------------------------------------

def _unit() -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for line in (DEPLOY / "shiftwatch.service").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key, []).append(value)
    return sections


def _seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+)(s|min)?", value)
    assert match, value
    return int(match.group(1)) * (60 if match.group(2) == "min" else 1)


def test_unit_runs_the_daemon_and_restarts_on_failure() -> None:
    service = _unit()["Service"]
    assert service["Type"] == ["simple"]
    assert service["Restart"] == ["on-failure"]
    assert _seconds(service["RestartSec"][0]) >= 1
    assert _seconds(service["TimeoutStopSec"][0]) > DEFAULTS.stop_timeout
    assert service["EnvironmentFile"] == ["/etc/shiftwatch/shiftwatch.env"]
    (pre,), (start,) = service["ExecStartPre"], service["ExecStart"]
    pre_argv, start_argv = shlex.split(pre), shlex.split(start)
    assert pre_argv[0] == start_argv[0] and pre_argv[0].startswith("/") and pre_argv[0].endswith("/bin/shiftwatch")
    assert parses(pre_argv[1:]).handler.__name__ == "cmd_db_upgrade"
    assert parses(start_argv[1:]).command == "run"
    workdir = service["WorkingDirectory"][0]
    assert pre_argv[0].startswith(workdir + "/")


def test_unit_user_state_and_environment() -> None:
    service = _unit()["Service"]
    assert service.get("DynamicUser") == ["yes"] or service.get("User", ["root"])[0] not in {"root", "0"}
    assert service["StateDirectory"] == ["shiftwatch"]
    env = dict(e.split("=", 1) for e in service["Environment"])
    assert env[ENV_DB_URL] == "sqlite:////var/lib/shiftwatch/shiftwatch.db"  # the state dir, writable
    assert env["SHIFTWATCH_MIGRATIONS"] == service["WorkingDirectory"][0] + "/migrations"
    assert not any(re.search(r"SECRET|TOKEN|PASSWORD", key) for key in env)
    assert "/var/lib/shiftwatch" in service["ReadWritePaths"]


def test_unit_hardening() -> None:
    service = _unit()["Service"]
    for key, value in HARDENING.items():
        assert service.get(key) == [value], f"{key}={service.get(key)}"
    assert "@system-service" in service["SystemCallFilter"]


# -- env example -------------------------------------------------------------------------------

def _env_example(commented: bool = False) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in (DEPLOY / "shiftwatch.env.example").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"(#)?([A-Z][A-Z0-9_]*)=(.*)", line.strip())
        if match and (commented or not match.group(1)):
            values[match.group(2)] = match.group(3)
    return values


def test_env_example_has_no_real_looking_secret() -> None:
    values = _env_example(commented=True)
    assert {ENV_DB_URL, "SHIFTWATCH_WEB_TOKEN", "SHIFTWATCH_OPS_SECRET"} <= set(values)
    for name, value in values.items():
        assert not re.search(r"whsec_[A-Za-z0-9+/=]{16,}", value), name
        assert not re.search(r"[0-9a-fA-F]{32,}|[A-Za-z0-9+/]{40,}", value), name
        password = re.search(r"://[^:/@]+:([^@]*)@", value)
        assert password is None or password.group(1) == "CHANGE-ME", name
        if re.search(r"SECRET|TOKEN|PASSWORD|APPRISE", name):
            assert "CHANGE-ME" in value, name
    assert set(_env_example()) == {ENV_DB_URL}  # everything else is commented out


# -- the image, simulated ----------------------------------------------------------------------

@pytest.mark.slow
def test_simulated_image_layout_runs_upgrade_replay_and_the_daemon() -> None:
    """Non-editable (wheel) install + the files the Dockerfile copies, from its WORKDIR."""
    result = subprocess.run([sys.executable, str(DEPLOY / "simulate_image.py"), "--install", "wheel"],
                            check=False, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout
