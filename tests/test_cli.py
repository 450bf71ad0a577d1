"""The `shiftwatch` command as users run it: a real process, a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DEV_CORPUS, ROOT

STANCE = "kr-arms-ukraine"


def shiftwatch(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def jsonl(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_seed_replay_prints_the_timeline(sqlite_url: str) -> None:
    result = shiftwatch("replay", "--db", sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "2024-06-21  Benzinga" in result.stdout
    assert f"-> {STANCE} global: refrains -> reconsider (baseline)" in result.stdout
    assert "5 file(s), 5 new version(s), 0 alert(s), 0 error(s)" in result.stdout
    assert f"{STANCE}: reconsider since 2024-06-21" in result.stdout


def test_seed_replay_jsonl_then_revision_alert(sqlite_url: str) -> None:
    events = jsonl(shiftwatch("replay", "--db", sqlite_url, "--format", "jsonl"))
    readings = [e for e in events if e["event"] == "reading" and e["stance"] == STANCE]
    assert [r["state"] for r in readings] == ["reconsider"] * 5
    assert [(e["from"], e["to"]) for e in events if e["event"] == "transition" and e["stance"] == STANCE and e["scope"] == "global"] == [("refrains", "reconsider")]
    assert not [e for e in events if e["event"] == "alert"]

    result = shiftwatch("replay", "--db", sqlite_url, "--format", "jsonl", *map(str, sorted(DEV_CORPUS.glob("r01-*"))))
    assert result.returncode == 0, result.stderr
    [alert] = [e for e in jsonl(result) if e["event"] == "alert"]
    assert (alert["type"], alert["stance"], alert["from"], alert["to"]) == ("stance.revision", STANCE, "reconsider", "supplies")

    again = jsonl(shiftwatch("replay", "--db", sqlite_url, "--format", "jsonl"))
    assert [e["changed"] for e in again if e["event"] == "version"] == [False] * 5
    assert {e["event"] for e in again} == {"version"}


def test_bad_input_is_named_and_the_rest_is_processed(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text(
        "file,published,source,url\n"
        "good.txt,2025-03-03,Wire,https://n.example/good\n"
        "empty.txt,2025-03-04,Wire,https://n.example/empty\n"
        "gone.txt,2025-03-05,Wire,https://n.example/gone\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Seoul ships arms\n\nSouth Korea has started delivering air-defence weapons to Ukraine, "
                                       "the defence ministry confirmed on Monday.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = shiftwatch("replay", "--db", sqlite_url, "--format", "jsonl", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path / 'empty.txt'}: the file is empty" in result.stderr
    assert f"{tmp_path / 'manifest.csv'}:4: gone.txt does not exist" in result.stderr
    assert [e["url"] for e in jsonl(result) if e["event"] == "version"] == ["https://n.example/good"]


def test_config_errors_exit_2_and_name_the_key(tmp_path: Path, sqlite_url: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[store]\nurll = 'sqlite://'\n", encoding="utf-8")
    result = shiftwatch("--config", str(config), "replay", "--db", sqlite_url)
    assert result.returncode == 2
    assert f"{config}: store.urll: unknown key" in result.stderr


def test_classify_reads_files_without_a_store() -> None:
    result = shiftwatch("classify", "--format", "jsonl", "--stance", STANCE, str(DEV_CORPUS / "d10-first-shipment-synthetic.txt"))
    assert result.returncode == 0, result.stderr
    [reading] = jsonl(result)
    assert (reading["stance"], reading["state"]) == (STANCE, "supplies")
    text = (DEV_CORPUS / "d10-first-shipment-synthetic.txt").read_text(encoding="utf-8").split("\n\n", 1)[1].strip()
    for evidence in reading["evidence"]:
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_eval_scores_the_dev_corpus() -> None:
    result = shiftwatch("eval", str(DEV_CORPUS), "--fail-under", "1.0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "accuracy" in result.stdout.lower()


def test_eval_needs_only_file_stance_and_state(tmp_path: Path) -> None:
    """A labelled corpus is scored on its articles: url, source and date may be missing or odd."""
    (tmp_path / "stances").mkdir()
    (tmp_path / "stances" / "xx.toml").write_text(
        'id = "xx-arms-yy"\ninitial = "refrains"\n[actor]\nnames = ["Xland"]\n[target]\nnames = ["Yland"]\n',
        encoding="utf-8")
    (tmp_path / "a.txt").write_text("Xland arms\n\nXland has begun delivering artillery shells to Yland, the defence "
                                    "ministry said on Monday.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "\ufefffile,stance,state,published\r\na.txt,xx-arms-yy,supplies,June 2025\r\ngone.txt,xx-arms-yy,none,\r\n",
        encoding="utf-8")
    result = shiftwatch("eval", str(tmp_path))
    assert "accuracy 1.000 (1/1)" in result.stdout
    assert result.returncode == 1 and f"{tmp_path / 'manifest.csv'}:3: gone.txt does not exist" in result.stderr


def test_eval_prefers_the_corpus_own_stance_file(tmp_path: Path) -> None:
    """A corpus labelled against its own version of a configured stance is read with that version."""
    (tmp_path / "stances").mkdir()
    shipped = (ROOT / "config" / "stances" / f"{STANCE}.toml").read_text(encoding="utf-8")
    (tmp_path / "stances" / "kr.toml").write_text(shipped.replace('"Seoul"]', '"Seoul", "Hanbit"]'), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Arms\n\nHanbit has begun delivering artillery shells to Ukraine, the defence "
                                    "ministry said on Monday.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"file,stance,state\na.txt,{STANCE},supplies\n", encoding="utf-8")
    result = shiftwatch("eval", str(tmp_path), "--fail-under", "1.0")
    assert result.returncode == 0, result.stdout + result.stderr


def test_eval_takes_a_stance_file_beside_the_manifest(tmp_path: Path) -> None:
    (tmp_path / "xx.toml").write_text(
        'id = "xx-arms-yy"\ninitial = "refrains"\n[actor]\nnames = ["Xland"]\n[target]\nnames = ["Yland"]\n',
        encoding="utf-8")
    (tmp_path / "a.txt").write_text("Arms\n\nXland will not send weapons to Yland, the defence ministry said.\n",
                                    encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,stance,state\na.txt,xx-arms-yy,refrains\n", encoding="utf-8")
    result = shiftwatch("eval", str(tmp_path), "--fail-under", "1.0")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("command", [[], ["replay"], ["classify"], ["eval"], ["db", "upgrade"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = shiftwatch(*command, "--help")
    assert result.returncode == 0 and "usage: shiftwatch" in result.stdout
