"""One document through store → diff → detect → track → alert, in one transaction.

Every source (seed files, replay corpora, feeds, revisits) hands its extracted documents
to `Pipeline.ingest`. The version, its readings, the state moves and the alerts with their
deliveries commit together or not at all, so a crash never leaves an alert half-raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Subscribers, no_subscribers, utcnow
from monitor import diffing, track
from monitor.detect import Reading as DetectedReading
from monitor.detect import Stance, read
from monitor.document import Document
from monitor.store import repo
from monitor.store.models import Article, Reading, Sighting, Transition, Version

log = logging.getLogger(__name__)

Event = dict[str, Any]


@dataclass(frozen=True)
class _NewVersion:
    """What every stance's tracking of one new version shares."""

    session: Session
    document: Document
    version: Version
    previous: Version | None
    baseline: bool
    now: datetime


@dataclass(frozen=True)
class Outcome:
    """What ingesting one document did, as contract events (see DESIGN.md)."""

    events: tuple[Event, ...]
    changed: bool


class Pipeline:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        stances: Sequence[Stance],
        *,
        subscribers: Subscribers = no_subscribers,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.stances = tuple(stances)
        self.subscribers = subscribers
        self.clock = clock

    def ingest(self, document: Document, *, baseline: bool = False) -> Outcome:
        """Store `document` as a version of its article and act on what it says."""
        with self.sessions.begin() as session:
            return self._ingest(session, document, baseline)

    def _ingest(self, session: Session, document: Document, baseline: bool) -> Outcome:
        now = self.clock()
        digest = repo.content_hash(document.title, document.text)
        article = repo.article_by_url(session, document.url, lock=True)
        if article is None:
            article = _new_article(session, document, now)
        article.last_checked_at = now
        known = repo.version_by_hash(session, article.id, digest)
        if known is not None:
            return self._seen_before(session, article, known, document, now)

        previous = repo.version_by_number(session, article.id, article.current_version) if article.current_version else None
        version = Version(
            article_id=article.id,
            number=repo.latest_number(session, article.id) + 1,
            content_hash=digest,
            title=document.title,
            text=document.text,
            published=document.published,
            fetched_at=document.fetched_at,
            diff=diffing.diff(previous.text, document.text) if previous else None,
        )
        session.add(version)
        session.flush()
        session.add(Sighting(article_id=article.id, version_id=version.id, seen_at=now, flip_back=False))
        article.current_version = version.number
        article.last_changed_at = now
        if document.title:
            article.title = document.title

        step = _NewVersion(session, document, version, previous, baseline, now)
        events: list[Event] = [_version_event(document, version, changed=True)]
        previous_readings = repo.readings_of(session, previous.id) if previous else {}
        for stance in self.stances:
            detected = read(document.text, stance)
            reading = _store_reading(session, version, detected, now)
            events.append(_reading_event(document, version, detected))
            before = previous_readings.get(stance.id)
            events += self._track(step, stance, reading, before.state if before else None)
        return Outcome(tuple(events), changed=True)

    def _seen_before(self, session: Session, article: Article, known: Version, document: Document, now: datetime) -> Outcome:
        """Unchanged text adds nothing; a flip back to an older text is recorded, not alerted.

        Replaying an older snapshot (taken before the current version) is history, not a flip.
        """
        current = repo.version_by_number(session, article.id, article.current_version)
        if known.number != article.current_version and current is not None and document.fetched_at > current.fetched_at:
            log.info("%s flipped back to version %d", document.url, known.number)
            session.add(Sighting(article_id=article.id, version_id=known.id, seen_at=now, flip_back=True))
            article.current_version = known.number
            article.last_changed_at = now
        return Outcome((_version_event(document, known, changed=False),), changed=False)

    def _track(self, step: _NewVersion, stance: Stance, reading: Reading, previous_reading: str | None) -> list[Event]:
        session, document, baseline, now = step.session, step.document, step.baseline, step.now
        if reading.state == track.NONE and previous_reading in (None, track.NONE):
            return []  # says nothing about this stance: no state to touch, nothing to alert
        published = document.effective_time
        global_row = repo.stance_state(session, stance.id, track.GLOBAL, "", initial=stance.initial, now=now)
        source_row = repo.stance_state(session, stance.id, track.SOURCE, document.source, initial=stance.initial, now=now)
        decision = track.plan(
            reading.state,
            published,
            source=document.source,
            global_state=track.StateView(global_row.state, global_row.since),
            source_state=track.StateView(source_row.state, source_row.since),
            previous_reading=previous_reading,
            baseline=baseline,
        )
        events: list[Event] = []
        for move in decision.moves:
            row = global_row if move.scope == track.GLOBAL else source_row
            row.state, row.since, row.reading_id, row.updated_at = move.to_state, published, reading.id, now
            session.add(Transition(
                stance=stance.id, scope=move.scope, source=move.source, from_state=move.from_state,
                to_state=move.to_state, reading_id=reading.id, published=published, baseline=baseline, created_at=now,
            ))
            events.append({
                "event": "transition", "stance": stance.id, "scope": move.scope, "source": document.source,
                "from": move.from_state, "to": move.to_state, "url": document.url, "baseline": baseline,
            })
        if decision.alert is not None:
            events.append(self._raise(step, stance, reading, decision.alert))
        return events

    def _raise(self, step: _NewVersion, stance: Stance, reading: Reading, intent: track.AlertIntent) -> Event:
        document, version, previous = step.document, step.version, step.previous
        payload: dict[str, Any] = {
            "stance": stance.id,
            "from": intent.from_state,
            "to": intent.to_state,
            "source": document.source,
            "article": {
                "url": document.url,
                "title": document.title,
                "published": _iso(document.published),
                "version": version.number,
            },
            "evidence": reading.evidence,
            "confidence": reading.confidence,
        }
        if intent.type == track.REVISION and previous is not None and version.diff is not None:
            payload["diff"] = {
                "from_version": previous.number,
                "to_version": version.number,
                "passages": [{"before": p.before, "after": p.after} for p in diffing.changed_passages(version.diff)],
            }
        endpoints = self.subscribers(intent.type, stance.id, (intent.from_state, intent.to_state))
        alert = repo.add_alert(step.session, type=intent.type, stance=stance.id, payload=payload, endpoints=endpoints, now=step.now)
        log.info("alert %s %s %s: %s -> %s (%s)", alert.id, intent.type, stance.id, intent.from_state, intent.to_state, document.url)
        return {"event": "alert", "id": alert.id, "type": intent.type, "stance": stance.id, "from": intent.from_state,
                "to": intent.to_state, "url": document.url, "sequence": alert.seq}


def _new_article(session: Session, document: Document, now: datetime) -> Article:
    """The article of a URL not stored yet, or the one another worker stored meanwhile."""
    return repo.add_article(
        session,
        url=document.url,
        source_id=repo.source_id(session, document.source),
        title=document.title,
        current_version=0,
        first_seen_at=now,
        last_checked_at=now,
        last_changed_at=now,
    )


def _store_reading(session: Session, version: Version, detected: DetectedReading, now: datetime) -> Reading:
    reading = Reading(
        version_id=version.id,
        stance=detected.stance,
        state=detected.state,
        confidence=detected.confidence,
        evidence=[evidence_dict(e) for e in detected.evidence],
        created_at=now,
    )
    session.add(reading)
    session.flush()
    return reading


def evidence_dict(evidence: Any) -> dict[str, Any]:
    return {"text": evidence.text, "state": evidence.state, "start": evidence.start, "end": evidence.end, "rule": evidence.rule}


def _version_event(document: Document, version: Version, *, changed: bool) -> Event:
    return {"event": "version", "url": document.url, "version": version.number, "source": document.source,
            "published": _iso(document.published), "changed": changed, "title": document.title}


def _reading_event(document: Document, version: Version, detected: DetectedReading) -> Event:
    return {"event": "reading", "stance": detected.stance, "url": document.url, "version": version.number,
            "source": document.source, "state": detected.state, "confidence": detected.confidence,
            "evidence": [evidence_dict(e) for e in detected.evidence]}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
