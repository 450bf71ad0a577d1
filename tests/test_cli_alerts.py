"""`shiftwatch alerts …` and `shiftwatch deliver`, on SQLite and PostgreSQL, and the documented config."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from monitor.alerts import outbox
from monitor.alerts.retry import RetryPolicy, classify
from monitor.alerts.service import load_alerting
from monitor.alerts.webhook import Attempt
from monitor.cli import main
from monitor.config import load_config
from monitor.store import repo
from monitor.store.db import open_store
from monitor.store.models import Delivery

try:  # tests/ as a package (tests/__init__.py) or as a rootdir on sys.path
    from .alerts.receiver import Receiver, Reply, receiver  # noqa: F401  (fixture)
except ImportError:
    from alerts.receiver import Receiver, Reply, receiver  # type: ignore[no-redef]  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
DOCS = ROOT / "docs" / "alerts.md"
SECRET_ENV = "SW_CLI_TEST_SECRET"


@pytest.fixture(autouse=True)
def keep_logging() -> Iterator[None]:
    """main() installs its own log handler on the root logger; put pytest's back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_config(tmp_path: Path, url: str = "https://hooks.example.org/a", **delivery: Any) -> Path:
    config = tmp_path / "shiftwatch.toml"
    extra = "".join(f"{k} = {json.dumps(v)}\n" for k, v in delivery.items())
    config.write_text(f'[[endpoints]]\nname = "ops"\nurl = "{url}"\nsecret_env = "{SECRET_ENV}"\ntimeout = 5\n\n'
                      f"[delivery]\nschedule = [10, 20]\njitter = 0\n{extra}", encoding="utf-8")
    return config


def attempt(claim: outbox.Claim, status: int) -> Attempt:
    error = None if 200 <= status < 300 else f"HTTP {status}"
    return Attempt(claim.endpoint, claim.alert_id, int(NOW.timestamp()), status, error, 7, classify(status, error), None)


@pytest.fixture
def history(store_url: str) -> dict[str, str]:
    """Four alerts: delivered, dead (after a 503 and a 404), pending after a 503, parked by a 410."""
    sessions = open_store(store_url)
    ids: dict[str, str] = {}
    with sessions.begin() as session:
        for name, stance, endpoint in (("delivered", "kr", "ops"), ("dead", "kr", "ops"), ("pending", "jp", "ops"), ("parked", "jp", "gone")):
            payload = {"stance": stance, "from": "refrains", "to": "reconsider", "source": "Wire",
                       "article": {"url": f"https://news.example/{name}", "title": name, "published": None, "version": 1}}
            ids[name] = repo.add_alert(session, type="stance.shift", stance=stance, payload=payload, endpoints=[endpoint], now=NOW).id
    policy = RetryPolicy((10, 20), 0)
    script = {ids["delivered"]: [200], ids["dead"]: [503, 404], ids["pending"]: [503], ids["parked"]: [410]}
    when = NOW
    while script:
        for claim in outbox.claim_due(sessions, "w1", when, 10, 30):
            if script.get(claim.alert_id):
                outbox.record(sessions, claim, attempt(claim, script[claim.alert_id].pop(0)), policy, when)
            else:
                outbox.release(sessions, [claim])  # left pending, due again
        script = {k: v for k, v in script.items() if v}
        when += timedelta(seconds=11)
    return {**ids, "url": store_url}


# -- help -------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [["alerts"], ["alerts", "list"], ["alerts", "show"], ["alerts", "redeliver"],
                                  ["alerts", "enable"], ["deliver"]])
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: shiftwatch") and len(out.splitlines()) > 4


# -- list / show ------------------------------------------------------------------------------

def test_list_shows_every_alert_with_its_deliveries(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "list", "--db", history["url"])
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4
    line = {name: next(line for line in lines if history[name] in line) for name in ("delivered", "dead", "pending", "parked")}
    assert lines == [line["pending"], line["parked"], line["delivered"], line["dead"]]  # by stream, then sequence
    assert line["delivered"].endswith("ops:delivered(1)") and f"{history['delivered']}  kr#1 " in line["delivered"]
    assert line["dead"].endswith("ops:dead(2)") and "refrains -> reconsider" in line["dead"]
    assert line["pending"].endswith("ops:pending(1)") and line["parked"].endswith("gone:parked(1)")


def test_list_pending_and_dead(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "alerts", "list", "--pending", "--db", history["url"])
    assert {history["pending"], history["parked"]} == set(re.findall(r"msg_[0-9a-f]+", out))
    _, out, _ = run(capsys, "alerts", "list", "--dead", "--db", history["url"])
    assert re.findall(r"msg_[0-9a-f]+", out) == [history["dead"]]
    code, out, err = run(capsys, "alerts", "list", "--limit", "1", "--db", history["url"])
    assert code == 0 and len(out.splitlines()) == 1 and "latest 1 of 4" in err


def test_list_json(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "list", "--dead", "--format", "json", "--db", history["url"])
    [alert] = json.loads(out)
    assert code == 0 and alert["id"] == history["dead"] and (alert["stream"], alert["sequence"]) == ("kr", 2)
    [delivery] = alert["deliveries"]
    assert (delivery["endpoint"], delivery["status"], delivery["attempts"]) == ("ops", "dead", 2)
    assert delivery["last_error"] == "HTTP 404"


def test_list_marks_endpoints_missing_from_the_config(history: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_config(tmp_path)
    with open_store(history["url"]).begin() as session:
        repo.add_alert(session, type="stance.shift", stance="kr", payload={}, endpoints=["retired"], now=NOW)
    _, out, _ = run(capsys, "--config", str(config), "alerts", "list", "--pending", "--db", history["url"])
    assert "retired:pending[not in config]" in out and "ops:pending(1)" in out


def test_show_payload_deliveries_and_attempts(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "show", history["dead"], "--db", history["url"])
    assert code == 0
    assert f"alert     {history['dead']}" in out and "stream    kr, sequence 2" in out
    assert '"url": "https://news.example/dead"' in out and f'"id": "{history["dead"]}"' in out
    assert "ops: dead, 2 attempt(s)" in out and f"shiftwatch alerts redeliver {history['dead']}" in out
    assert re.search(r"  503  retry\s+7 ms  HTTP 503", out) and re.search(r"  404  give_up\s+7 ms  HTTP 404", out)

    code, out, _ = run(capsys, "alerts", "show", history["parked"][:14], "--format", "json", "--db", history["url"])
    detail = json.loads(out)
    assert code == 0 and detail["id"] == history["parked"] and detail["payload"]["sequence"] == 2
    [delivery] = detail["deliveries"]
    assert delivery["parked"] and delivery["endpoint_disabled"] and delivery["status"] == "pending"
    assert [(a["status_code"], a["outcome"], a["duration_ms"]) for a in delivery["attempt_log"]] == [(410, "disable", 7)]


def test_show_unknown_alert(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "alerts", "show", "msg_nothere", "--db", history["url"])
    assert code == 1 and out == "" and "alert 'msg_nothere': no such alert" in err


# -- redeliver / enable -----------------------------------------------------------------------

def test_redeliver_a_dead_letter(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "redeliver", history["dead"], "--db", history["url"])
    assert code == 0 and out.strip() == f"{history['dead']} -> ops: requeued (was dead)"
    with open_store(history["url"])() as session:
        row = session.scalars(select(Delivery).where(Delivery.alert_id == history["dead"])).one()
    assert (row.status, row.attempts, row.retry_base) == ("pending", 2, 2)
    _, out, _ = run(capsys, "alerts", "list", "--dead", "--db", history["url"])
    assert history["dead"] not in out

    code, _, err = run(capsys, "alerts", "redeliver", history["dead"], "--endpoint", "chat", "--db", history["url"])
    assert code == 1 and "no delivery to endpoint 'chat'" in err


def test_enable_a_disabled_endpoint(history: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "redeliver", history["parked"], "--db", history["url"])
    assert code == 0 and "parked (endpoint disabled)" in out
    code, out, _ = run(capsys, "alerts", "enable", "gone", "--db", history["url"])
    assert code == 0 and out.strip() == "endpoint gone enabled; 1 parked deliveries due now"
    _, out, _ = run(capsys, "alerts", "list", "--pending", "--db", history["url"])
    assert "gone:pending(1)" in out
    code, _, err = run(capsys, "alerts", "enable", "nobody", "--db", history["url"])
    assert code == 1 and "no such endpoint" in err


# -- deliver ----------------------------------------------------------------------------------

def test_deliver_once_sends_due_alerts_and_never_prints_the_secret(
    store_url: str, tmp_path: Path, receiver: Receiver, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SECRET_ENV, receiver.secret)
    config = write_config(tmp_path, receiver.url)
    with open_store(store_url).begin() as session:
        ids = [repo.add_alert(session, type="stance.shift", stance="kr", payload={"stance": "kr"}, endpoints=["ops"],
                              now=datetime.now(timezone.utc)).id for _ in range(3)]
    receiver.reply(Reply(503))
    code, out, err = run(capsys, "--config", str(config), "--log-level", "DEBUG", "deliver", "--once", "--db", store_url)
    assert code == 0 and "delivered once: claimed 3: delivered 2, retrying 1" in out
    assert sorted(receiver.ids()) == sorted(ids) and all(r.verified for r in receiver.received)
    shown = [run(capsys, "alerts", "show", i, "--db", store_url) for i in ids]
    listed = run(capsys, "alerts", "list", "--format", "json", "--db", store_url)
    core = receiver.secret.removeprefix("whsec_")
    for text in [out, err, listed[1], *(s[1] for s in shown)]:
        assert receiver.secret not in text and core not in text and receiver.url not in text


def test_deliver_refuses_to_start_without_the_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    code, _, err = run(capsys, "--config", str(write_config(tmp_path)), "deliver", "--once", "--db", sqlite_url)
    assert code == 2 and f"environment variable {SECRET_ENV} is not set" in err and "Traceback" not in err


def test_deliver_without_endpoints_is_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    config = tmp_path / "empty.toml"
    config.write_text("[delivery]\ninterval = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "--config", str(config), "deliver", "--once", "--db", sqlite_url)
    assert code == 2 and "no [[endpoints]] configured" in err


def test_pipeline_commands_check_endpoint_secrets_at_startup(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    code, _, err = run(capsys, "--config", str(write_config(tmp_path)), "replay", "--db", sqlite_url)
    assert code == 2 and SECRET_ENV in err


def test_bad_delivery_table_is_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.setenv(SECRET_ENV, "whsec_" + "A" * 32)
    config = write_config(tmp_path, concurrency=0)
    code, _, err = run(capsys, "--config", str(config), "deliver", "--once", "--db", sqlite_url)
    assert code == 2 and "delivery.concurrency" in err


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_deliver_worker_stops_cleanly_on_signal(signum: int, sqlite_url: str, tmp_path: Path, receiver: Receiver) -> None:
    config = write_config(tmp_path, receiver.url, interval=0.1)
    with open_store(sqlite_url).begin() as session:
        repo.add_alert(session, type="stance.shift", stance="kr", payload={}, endpoints=["ops"], now=datetime.now(timezone.utc))
    env = {**os.environ, SECRET_ENV: receiver.secret}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "deliver", "--db", sqlite_url],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        receiver.wait_for(1, timeout=20)
        time.sleep(0.2)
        process.send_signal(signum)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "stopped: claimed 1: delivered 1" in out


# -- the documented configuration -------------------------------------------------------------

def test_documented_config_parses_and_loads(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert blocks, f"{DOCS}: no toml example"
    config_path = tmp_path / "shiftwatch.toml"
    config_path.write_text(blocks[0], encoding="utf-8")
    config = load_config(config_path)
    table = tomllib.loads(blocks[0])
    env = {e["secret_env"]: "whsec_" + "QUFB" * 8 for e in table["endpoints"]}
    alerting = load_alerting(config.raw, config.source, env)
    assert [e.name for e in alerting.endpoints] == ["ops", "archive"]
    assert alerting.settings.policy.max_attempts == 8 and alerting.settings.concurrency == 4
    assert alerting.subscribers("stance.shift", "kr-arms-ukraine", ("reconsider", "supplies")) == ["ops", "archive"]
    assert alerting.subscribers("stance.shift", "other", ("reconsider", "supplies")) == ["archive"]
    assert alerting.subscribers("feed.failing", None, ()) == ["ops", "archive"]


def test_documented_body_example_has_the_documented_fields() -> None:
    text = DOCS.read_text(encoding="utf-8")
    [block] = re.findall(r"```json\n(.*?)```", text, re.S)
    body = json.loads(block)
    assert list(body) == sorted(body)  # as sent: sorted keys
    assert {"type", "id", "sequence", "stance", "from", "to", "source", "article", "evidence", "confidence", "diff"} <= set(body)
    assert set(body["article"]) == {"url", "title", "published", "version"}
    for field in ("type", "id", "sequence", "stance", "from", "to", "source", "article", "evidence", "confidence", "diff"):
        assert f"| `{field}`" in text or f"| `from`, `to`" in text
