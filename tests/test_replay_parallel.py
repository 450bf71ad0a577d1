"""Replay in worker processes and in batched transactions: the same rows and events as one
process ingesting one document per transaction."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from monitor.detect import load_stances
from monitor.document import Document
from monitor.pipeline import Pipeline
from monitor.replay import ensure_baseline, replay
from monitor.store.db import open_store
from monitor.store.models import Version

from .conftest import DEV_CORPUS, ROOT, SEEDS, STANCES, reset_postgres

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
CORPORA = [ROOT / "tests" / "corpus" / name for name in ("holdout", "holdout2", "holdout3", "holdout4")]
TABLES = ["sources", "articles", "versions", "sightings", "readings", "stance_states", "transitions", "counters",
          "alerts", "deliveries"]


def make_pipeline(url: str) -> Pipeline:
    subscribers = lambda _type, _stance, _states: ["ops"]  # noqa: E731
    return Pipeline(open_store(url), load_stances(STANCES), subscribers=subscribers, clock=lambda: NOW)


def run(url: str, paths: list[Path], **options: Any) -> tuple[list[dict], dict[str, list[tuple]], Any]:
    pipeline = make_pipeline(url)
    ensure_baseline(pipeline, SEEDS)
    events: list[dict] = []
    stats = replay(pipeline, paths, baseline=False, on_event=events.append, **options)
    rows = dump(pipeline)
    pipeline.sessions.kw["bind"].dispose()
    return [without_ids(e) for e in events], rows, stats


def without_ids(event: dict) -> dict:
    """Alert ids are random (uuid4); everything else must match."""
    return {k: v for k, v in event.items() if k != "id"}


def dump(pipeline: Pipeline) -> dict[str, list[tuple]]:
    """Every row of the pipeline's tables, in id order, alert ids replaced by their stream order."""
    engine = pipeline.sessions.kw["bind"]
    out: dict[str, list[tuple]] = {}
    with engine.connect() as connection:
        alert_ids = {row[0]: f"alert-{row[1]}-{row[2]}" for row in connection.execute(text("SELECT id, stream, seq FROM alerts"))}
        for table in TABLES:
            columns = [c["name"] for c in inspect(connection).get_columns(table)]
            order = "id" if "id" in columns and table != "alerts" else ", ".join(columns[:2])
            rows = connection.execute(text(f"SELECT * FROM {table} ORDER BY {order}")).all()
            out[table] = [tuple(_plain(alert_ids.get(v, v) if isinstance(v, str) else v) for v in row) for row in rows]
            if table == "alerts":
                out[table].sort(key=repr)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("{"):
        try:
            payload = json.loads(value)
        except ValueError:
            return value
        payload.pop("id", None)
        return json.dumps(payload, sort_keys=True)
    if isinstance(value, dict):
        return json.dumps({k: v for k, v in value.items() if k != "id"}, sort_keys=True)
    return value


def fresh(url: str, name: str) -> str:
    """A store URL of its own for one run: a new SQLite file, or the emptied PostgreSQL db."""
    if url.startswith("sqlite"):
        return url.replace("shiftwatch.db", f"{name}.db")
    reset_postgres(url)
    return url


def test_parallel_batched_replay_gives_the_serial_events_and_rows(store_url: str) -> None:
    """Worker processes, streaming in manifest order, 16 documents per transaction, against
    one process and one transaction per document (the behaviour before both existed)."""
    paths = [*CORPORA, DEV_CORPUS]
    serial = run(fresh(store_url, "serial"), paths, workers=1, batch=1)
    parallel = run(fresh(store_url, "parallel"), paths, workers=2, batch=16)
    assert serial[2].files > 150 and serial[2].alerts > 0 and serial[1]["transitions"]
    assert parallel[0] == serial[0]
    assert parallel[1] == serial[1]
    assert (parallel[2].files, parallel[2].new_versions, parallel[2].alerts) == \
        (serial[2].files, serial[2].new_versions, serial[2].alerts)


def undated_folder(tmp_path: Path) -> Path:
    """No manifest: the order comes from the dates extracted from the pages (known only
    after extracting all of them); undated text files go last; two bad files mixed in."""
    folder = tmp_path / "undated"
    folder.mkdir()
    pages = sorted(p for corpus in CORPORA for p in corpus.glob("*.html"))
    for i, page in enumerate(pages):
        (folder / f"{i:03d}-{page.name}").write_bytes(page.read_bytes())
    for i, text in enumerate(sorted(DEV_CORPUS.glob("*.txt"))[:12]):
        (folder / f"t{i:02d}-{text.name}").write_bytes(text.read_bytes())
    (folder / "050-empty.html").write_text("  \n", encoding="utf-8")
    (folder / "051-no-article.html").write_text("<html><head><script>var x;</script></head><body></body></html>",
                                               encoding="utf-8")
    return folder


def test_parallel_replay_of_undated_files_keeps_the_serial_order_and_errors(tmp_path: Path) -> None:
    folder = undated_folder(tmp_path)
    serial = run(f"sqlite:///{tmp_path / 'serial.db'}", [folder], workers=1, batch=1, now=NOW)
    parallel = run(f"sqlite:///{tmp_path / 'parallel.db'}", [folder], workers=2, batch=8, now=NOW)
    assert len(serial[2].errors) == 2 and serial[2].files > 30
    assert [str(e) for e in parallel[2].errors] == [str(e) for e in serial[2].errors]
    assert parallel[0] == serial[0]
    assert parallel[1] == serial[1]


def test_undated_files_read_by_workers_are_stamped_in_input_order(tmp_path: Path) -> None:
    """Without `now`, a file with no date is seen when it is read; workers read out of
    order, so the stamps are given in input order, rising as one process gives them."""
    from monitor.replay import parallel_documents
    from monitor.sources import files

    entries, _ = files.collect([undated_folder(tmp_path)])
    undated = [item[0] for item in parallel_documents(entries, load_stances(STANCES), 2)
               if isinstance(item, tuple) and item[0].published is None]
    assert len(undated) > 5
    assert [d.origin for d in undated] == sorted(d.origin for d in undated)  # input order (sorted names)
    stamps = [d.fetched_at for d in undated]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))


def test_streamed_errors_are_listed_in_input_order(tmp_path: Path) -> None:
    """Dated entries are extracted in publication order; the errors still come out in the
    manifest's order, as one process lists them."""
    folder = tmp_path / "dated"
    folder.mkdir()
    rows = ["file,published,source,url"]
    pages = sorted(p for corpus in CORPORA for p in corpus.glob("*.html"))[:10]
    for i, page in enumerate(pages):
        (folder / page.name).write_bytes(page.read_bytes())
        rows.append(f"{page.name},2024-01-{28 - 2 * i:02d},Wire,https://wire.example/{i}")
    for i, day in ((0, 27), (1, 3)):  # the later-dated bad file comes first in the manifest
        (folder / f"bad{i}.html").write_text(" \n", encoding="utf-8")
        rows.append(f"bad{i}.html,2024-01-{day:02d},Wire,https://wire.example/bad{i}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    serial = run(f"sqlite:///{tmp_path / 'serial.db'}", [folder], workers=1)
    parallel = run(f"sqlite:///{tmp_path / 'parallel.db'}", [folder], workers=2)
    assert [str(e) for e in serial[2].errors] == [f"{folder / 'bad0.html'}: the file is empty",
                                                  f"{folder / 'bad1.html'}: the file is empty"]
    assert [str(e) for e in parallel[2].errors] == [str(e) for e in serial[2].errors]
    assert parallel[0] == serial[0] and parallel[1] == serial[1]


def documents(count: int) -> list[Document]:
    texts = sorted(DEV_CORPUS.glob("*.txt"))[:count]
    return [Document(url=f"https://wire.example/{i}", source="Wire", title=f"Story {i}",
                     text=path.read_text(encoding="utf-8").split("\n", 2)[-1], published=NOW, fetched_at=NOW,
                     origin=str(path)) for i, path in enumerate(texts)]


def test_a_failing_document_rolls_its_batch_back_and_is_named(store_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """The documents before the bad one are stored (once), the bad one stops the run with
    its name, the ones after it are not stored: as one transaction per document does."""
    import monitor.pipeline as pipeline_module

    docs = documents(6)
    bad = docs[3]
    real_read = pipeline_module.read

    def read(text: str, stance: Any) -> Any:
        if text == bad.text:
            raise RuntimeError("detector bug")
        return real_read(text, stance)

    monkeypatch.setattr(pipeline_module, "read", read)
    pipeline = make_pipeline(store_url)
    outcomes = []
    with pytest.raises(RuntimeError, match="detector bug") as raised:
        for outcome in pipeline.ingest_many(docs, batch=10):
            outcomes.append(outcome)
    assert any(bad.origin in note for note in getattr(raised.value, "__notes__", []))
    assert f"ingesting {bad.origin} failed" in caplog.text
    assert [o.events[0]["url"] for o in outcomes] == [d.url for d in docs[:3]]
    with pipeline.sessions() as session:
        stored = session.scalars(select(Version.title).order_by(Version.id)).all()
    assert stored == [d.title for d in docs[:3]]

    monkeypatch.setattr(pipeline_module, "read", real_read)  # fixed: the rest goes in, nothing twice
    again = list(pipeline.ingest_many(docs, batch=10))
    assert [o.changed for o in again] == [False] * 3 + [True] * 3
    with pipeline.sessions() as session:
        assert len(session.scalars(select(Version.id)).all()) == 6


def test_batches_store_what_single_transactions_store(store_url: str) -> None:
    docs = documents(12)
    twice = docs + docs[:4]  # seen-before documents inside one batch
    one = make_pipeline(fresh(store_url, "one"))
    singles = [o.events for o in one.ingest_many(twice, batch=1)]
    rows_one = dump(one)
    one.sessions.kw["bind"].dispose()
    many = make_pipeline(fresh(store_url, "many"))
    batched = [o.events for o in many.ingest_many(twice, batch=7)]
    assert [[without_ids(e) for e in events] for events in batched] == [[without_ids(e) for e in events] for events in singles]
    assert dump(many) == rows_one


def test_prepared_readings_are_used_instead_of_reading_again(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.pipeline as pipeline_module

    pipeline = make_pipeline(store_url)
    docs = documents(3)
    prepared = [(d, pipeline.detect(d.text)) for d in docs]
    monkeypatch.setattr(pipeline_module, "read", lambda *_: pytest.fail("read again"))
    outcomes = list(pipeline.ingest_many(prepared))
    readings = [e for o in outcomes for e in o.events if e["event"] == "reading"]
    assert len(readings) == 3 * len(pipeline.stances)


def test_documents_before_a_failing_input_are_stored(sqlite_url: str) -> None:
    """The input stops with an error mid-batch: what arrived before it is committed first."""
    docs = documents(5)

    def arriving() -> Any:
        yield from docs[:3]
        raise OSError("worker died")

    pipeline = make_pipeline(sqlite_url)
    outcomes = []
    with pytest.raises(OSError, match="worker died"):
        for outcome in pipeline.ingest_many(arriving(), batch=10):
            outcomes.append(outcome)
    assert len(outcomes) == 3
    with pipeline.sessions() as session:
        assert len(session.scalars(select(Version.id)).all()) == 3


def test_cli_replay_with_workers_prints_the_same_jsonl(tmp_path: Path) -> None:
    import subprocess
    import sys

    def replay_jsonl(workers: str) -> list[dict]:
        db = f"sqlite:///{tmp_path / f'cli-{workers}.db'}"
        result = subprocess.run([sys.executable, "-m", "monitor", "replay", "--db", db, "--format", "jsonl",
                                 "--workers", workers, *map(str, CORPORA)],
                                cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        return [without_ids(json.loads(line)) for line in result.stdout.splitlines() if line.strip()]

    one, two = replay_jsonl("1"), replay_jsonl("2")
    assert len(one) > 300 and any(e["event"] == "alert" for e in one)
    assert two == one
