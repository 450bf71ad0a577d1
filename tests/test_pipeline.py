"""The whole pipeline on files, on SQLite and PostgreSQL: baseline, revisions, idempotence."""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.detect import load_stances
from monitor.document import Document
from monitor.pipeline import Pipeline
from monitor.replay import ensure_baseline, replay
from monitor.store.db import open_store
from monitor.store.models import Alert, Delivery, Reading, Sighting, StanceState, Transition, Version

from .conftest import DEV_CORPUS, SEEDS, STANCES

STANCE = "kr-arms-ukraine"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def pipeline(store_url: str) -> Pipeline:
    subscribers = lambda _type, _stance, _states: ["ops"]  # noqa: E731
    return Pipeline(open_store(store_url), load_stances(STANCES), subscribers=subscribers, clock=lambda: NOW)


def events_of(pipeline: Pipeline, paths: list[Path], *, baseline: bool) -> list[dict]:
    events: list[dict] = []
    stats = replay(pipeline, paths, baseline=baseline, on_event=events.append)
    assert stats.errors == []
    return events


def count(pipeline: Pipeline, model: type) -> int:
    with pipeline.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_seed_baseline_reads_reconsider_and_raises_no_alert(pipeline: Pipeline) -> None:
    events = events_of(pipeline, [SEEDS], baseline=True)
    readings = [e for e in events if e["event"] == "reading" and e["stance"] == STANCE]
    assert len(readings) == 5 and {r["state"] for r in readings} == {"reconsider"}
    assert all(r["evidence"] for r in readings)
    moves = [(e["from"], e["to"]) for e in events if e["event"] == "transition" and e["stance"] == STANCE and e["scope"] == "global"]
    assert moves == [("refrains", "reconsider")]
    assert [e for e in events if e["event"] == "alert"] == []
    with pipeline.sessions() as session:
        state = session.scalars(select(StanceState).where(StanceState.stance == STANCE, StanceState.scope == "global")).one()
        assert (state.state, state.since.date().isoformat()) == ("reconsider", "2024-06-21")


def test_replaying_again_adds_nothing(pipeline: Pipeline) -> None:
    ensure_baseline(pipeline, SEEDS)
    events_of(pipeline, [DEV_CORPUS], baseline=False)
    before = [count(pipeline, m) for m in (Version, Reading, Transition, Alert, Sighting)]
    again = events_of(pipeline, [SEEDS, DEV_CORPUS], baseline=False)
    assert {e["event"] for e in again} == {"version"} and not any(e["changed"] for e in again)
    assert [count(pipeline, m) for m in (Version, Reading, Transition, Alert, Sighting)] == before


def test_revision_raises_an_alert_with_the_changed_sentence(pipeline: Pipeline) -> None:
    ensure_baseline(pipeline, SEEDS)
    r01 = sorted(DEV_CORPUS.glob("r01-*"))
    events = events_of(pipeline, r01, baseline=False)
    versions = [(e["version"], e["changed"]) for e in events if e["event"] == "version"]
    assert versions == [(1, True), (2, True)]
    [alert] = [e for e in events if e["event"] == "alert"]
    assert (alert["type"], alert["from"], alert["to"]) == ("stance.revision", "reconsider", "supplies")
    with pipeline.sessions() as session:
        stored = session.get(Alert, alert["id"])
        passages = stored.payload["diff"]["passages"]
        assert any("approved supplying weapons to Ukraine" in p["after"] and "will meet on Friday" in p["before"] for p in passages)
        assert stored.payload["article"]["version"] == 2 and stored.payload["evidence"]
        assert session.scalars(select(Delivery.endpoint).where(Delivery.alert_id == alert["id"])).all() == ["ops"]
        state = session.scalars(select(StanceState).where(StanceState.stance == STANCE, StanceState.scope == "global")).one()
        assert state.state == "supplies"


def test_a_new_article_after_the_baseline_raises_a_shift(pipeline: Pipeline) -> None:
    ensure_baseline(pipeline, SEEDS)
    events = events_of(pipeline, [DEV_CORPUS / "d10-first-shipment-synthetic.txt"], baseline=False)
    [alert] = [e for e in events if e["event"] == "alert"]
    assert (alert["type"], alert["from"], alert["to"], alert["sequence"]) == ("stance.shift", "reconsider", "supplies", 1)


def test_an_older_report_does_not_move_a_newer_state(pipeline: Pipeline) -> None:
    ensure_baseline(pipeline, SEEDS)  # reconsider since 2024-10-22 for its latest seed
    events = events_of(pipeline, [DEV_CORPUS / "d01-seoul-reaffirms-no-lethal.txt"], baseline=False)  # refrains, 2022
    assert [e for e in events if e["event"] in ("alert",) or (e["event"] == "transition" and e["scope"] == "global")] == []


def document(text: str, *, fetched_hour: int, title: str = "Seoul and Kyiv") -> Document:
    return Document(url="https://news.example/live", source="Wire", title=title, text=text,
                    published=datetime(2025, 3, 1, tzinfo=timezone.utc),
                    fetched_at=datetime(2025, 3, 1, fetched_hour, tzinfo=timezone.utc), origin="test")


def test_cosmetic_changes_are_not_versions_and_flip_backs_are_recorded_silently(pipeline: Pipeline) -> None:
    refusal = "South Korea will not supply weapons to Ukraine, the ministry said."
    assert pipeline.ingest(document(refusal, fetched_hour=1)).changed
    assert not pipeline.ingest(document("South Korea  will not supply weapons to Ukraine,\nthe ministry said.", fetched_hour=2)).changed
    supply = "South Korea has started delivering air-defence weapons to Ukraine, the ministry said."
    assert pipeline.ingest(document(supply, fetched_hour=3)).changed
    alerts = count(pipeline, Alert)
    flip = pipeline.ingest(document(refusal, fetched_hour=4))
    assert not flip.changed and [e["event"] for e in flip.events] == ["version"]
    assert count(pipeline, Alert) == alerts and count(pipeline, Version) == 2
    with pipeline.sessions() as session:
        assert session.scalars(select(Sighting.flip_back).order_by(Sighting.id)).all() == [False, False, True]
