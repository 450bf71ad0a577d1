"""One document through store → diff → detect → track → alert, in one transaction.

Every source (seed files, replay corpora, feeds, revisits) hands its extracted documents
to `Pipeline.ingest`. The version, its readings, the state moves and the alerts with their
deliveries commit together or not at all, so a crash never leaves an alert half-raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
from monitor.store.models import Article, Reading, Sighting, StanceState, Transition, Version

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
        self._sources: dict[str, int] = {}  # committed source ids by name (sources are never deleted)

    def ingest(self, document: Document, *, baseline: bool = False,
               detected: Mapping[str, DetectedReading] | None = None) -> Outcome:
        """Store `document` as a version of its article and act on what it says.

        `detected` are the document's readings when they were made beforehand (`detect`,
        e.g. in the worker process that extracted it); otherwise they are made here, and
        only when the text is new.
        """
        with self.sessions.begin() as session:
            return self._ingest(session, document, baseline, detected)

    def detect(self, text: str) -> dict[str, DetectedReading]:
        """Every stance's reading of `text`: what `ingest` makes of a new version (pure)."""
        return {stance.id: read(text, stance) for stance in self.stances}

    def ingest_many(
        self,
        items: Iterable[Document | tuple[Document, Mapping[str, DetectedReading] | None]],
        *,
        baseline: bool = False,
        batch: int = 32,
    ) -> Iterator[Outcome]:
        """`ingest` each document in order, up to `batch` of them per transaction.

        Yields each document's outcome once its transaction has committed, in input order.
        What is stored, and every event, is what one `ingest` after another gives; only the
        commits are fewer. When a batch fails it is rolled back whole and its documents are
        ingested again one transaction each, so every document before the bad one is kept
        and the error that stops the run names the bad document (as one `ingest` at a time
        would stop there). Meant for bulk input (replay): a batch holds its article and
        stance-state locks until it commits.
        """
        pending: list[tuple[Document, Mapping[str, DetectedReading] | None]] = []
        source = iter(items)
        while True:
            try:
                item = next(source)
            except StopIteration:
                break
            except BaseException:
                # the input failed (a worker died, a file could not be read): what came
                # before it is stored, as when each document was ingested on arrival
                yield from self._commit_batch(pending, baseline)
                raise
            pending.append(item if isinstance(item, tuple) else (item, None))
            if len(pending) >= max(1, batch):
                yield from self._commit_batch(pending, baseline)
                pending = []
        yield from self._commit_batch(pending, baseline)

    def _commit_batch(
        self, items: Sequence[tuple[Document, Mapping[str, DetectedReading] | None]], baseline: bool
    ) -> Iterator[Outcome]:
        if not items:
            return
        if len(items) > 1:
            try:
                with self.sessions.begin() as session:
                    held = session.info[_BATCH] = {}
                    held[_ARTICLES] = self._batch_articles(session, [document for document, _ in items])
                    held.update(repo.stance_states(session, [s.id for s in self.stances], {d.source for d, _ in items}))
                    outcomes = [self._ingest(session, document, baseline, detected) for document, detected in items]
                    created = dict(held.get(_SOURCES, {}))
            except Exception as exc:  # noqa: BLE001 - retried one by one below, where it is raised again
                log.warning("a batch of %d documents failed (%s: %s); ingesting them one at a time",
                            len(items), type(exc).__name__, exc)
            else:
                self._sources.update(created)
                yield from outcomes
                return
        for document, detected in items:
            try:
                outcome = self.ingest(document, baseline=baseline, detected=detected)
            except Exception as exc:
                log.error("ingesting %s failed: %s: %s", document.origin, type(exc).__name__, exc)
                exc.add_note(f"while ingesting {document.origin} ({document.url})")
                raise
            yield outcome

    def _batch_articles(self, session: Session, documents: Sequence[Document]) -> dict[str, Article]:
        """Every article of a batch, locked: the stored ones loaded in one query, the new
        ones created in one statement (first seen when the batch began)."""
        articles = repo.articles_by_url(session, {document.url for document in documents}, lock=True)
        now = self.clock()
        new: dict[str, dict[str, Any]] = {}
        for document in documents:
            if document.url not in articles and document.url not in new:
                new[document.url] = _article_row(session, document, now, self._sources)
        articles.update(repo.add_articles(session, list(new.values())))
        return articles

    def _ingest(self, session: Session, document: Document, baseline: bool,
                detected: Mapping[str, DetectedReading] | None = None) -> Outcome:
        # Nothing is flushed per document: a version, its sighting and readings and the
        # transitions are linked by relationships, and a batch's rows go in one flush at
        # commit. What a later document of the batch needs of them is kept in the batch
        # (`_stored_versions`, `_previous_states`), since queries do not see them.
        with session.no_autoflush:
            return self._ingest_unflushed(session, document, baseline, detected)

    def _ingest_unflushed(self, session: Session, document: Document, baseline: bool,
                          detected: Mapping[str, DetectedReading] | None) -> Outcome:
        now = self.clock()
        digest = repo.content_hash(document.title, document.text)
        article = _article(session, document, now, self._sources)
        stored = _stored_versions(session, article)
        known = next((v for v in stored if v.content_hash == digest), None)
        current = next((v for v in stored if v.number == article.current_version), None)
        if known is not None:
            article.last_checked_at = now
            return self._seen_before(session, article, known, current, document, now)

        previous = current if isinstance(current, Version) or current is None else session.get(Version, current.id)
        version = Version(
            article_id=article.id,
            number=max((v.number for v in stored), default=0) + 1,
            content_hash=digest,
            title=document.title,
            text=document.text,
            published=document.published,
            fetched_at=document.fetched_at,
            diff=diffing.diff(previous.text, document.text) if previous else None,
        )
        session.add(version)
        session.add(Sighting(article_id=article.id, version=version, seen_at=now, flip_back=False))

        step = _NewVersion(session, document, version, previous, baseline, now)
        events: list[Event] = [_version_event(document, version, changed=True)]
        previous_states = _previous_states(session, previous)
        found = [(stance, _reading(detected, document.text, stance)) for stance in self.stances]
        readings = _store_readings(session, version, [d for _, d in found], now)
        _hold_new_version(session, version, readings)
        for (stance, detected_reading), reading in zip(found, readings):
            events.append(_reading_event(document, version, detected_reading))
            events += self._track(step, stance, reading, previous_states.get(stance.id))
        # last, so the article's row is written once (with the next flush)
        article.last_checked_at = now
        article.current_version = version.number
        article.last_changed_at = now
        if document.title:
            article.title = document.title
        return Outcome(tuple(events), changed=True)

    def _seen_before(self, session: Session, article: Article, known: repo.VersionKey | Version,
                     current: repo.VersionKey | Version | None,
                     document: Document, now: datetime) -> Outcome:
        """Unchanged text adds nothing; a flip back to an older text is recorded, not alerted.

        Replaying an older snapshot (taken before the current version) is history, not a flip.
        """
        if known.number != article.current_version and current is not None and document.fetched_at > current.fetched_at:
            log.info("%s flipped back to version %d", document.url, known.number)
            if isinstance(known, Version):
                session.add(Sighting(article_id=article.id, version=known, seen_at=now, flip_back=True))
            else:
                session.add(Sighting(article_id=article.id, version_id=known.id, seen_at=now, flip_back=True))
            article.current_version = known.number
            article.last_changed_at = now
        return Outcome((_version_event(document, known, changed=False),), changed=False)

    def _track(self, step: _NewVersion, stance: Stance, reading: Reading, previous_reading: str | None) -> list[Event]:
        session, document, baseline, now = step.session, step.document, step.baseline, step.now
        if reading.state == track.NONE and previous_reading in (None, track.NONE):
            return []  # says nothing about this stance: no state to touch, nothing to alert
        published = document.effective_time
        global_row = _stance_state(session, stance, track.GLOBAL, "", now)
        source_row = _stance_state(session, stance, track.SOURCE, document.source, now)
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
            row.state, row.since, row.reading, row.updated_at = move.to_state, published, reading, now
            session.add(Transition(
                stance=stance.id, scope=move.scope, source=move.source, from_state=move.from_state,
                to_state=move.to_state, reading=reading, published=published, baseline=baseline, created_at=now,
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


def _article(session: Session, document: Document, now: datetime, known_sources: dict[str, int]) -> Article:
    """The document's article, locked; created when its URL is new. Within a batch, the
    one the batch loaded or created."""
    held = session.info.get(_BATCH)
    if held is not None:
        return held[_ARTICLES][document.url]  # type: ignore[no-any-return]
    return repo.article_by_url(session, document.url, lock=True) or _new_article(session, document, now, known_sources)


def _new_article(session: Session, document: Document, now: datetime, known_sources: dict[str, int]) -> Article:
    """The article of a URL not stored yet, or the one another worker stored meanwhile."""
    return repo.add_article(session, **_article_row(session, document, now, known_sources))


def _article_row(session: Session, document: Document, now: datetime, known_sources: dict[str, int]) -> dict[str, Any]:
    return {"url": document.url, "source_id": _source_id(session, document.source, known_sources),
            "title": document.title, "current_version": 0,
            "first_seen_at": now, "last_checked_at": now, "last_changed_at": now}


def _source_id(session: Session, name: str, known: dict[str, int]) -> int:
    """The source's id: known once a transaction that saw it committed (a batch's are
    added to `known` after its commit), else looked up, or created, once per batch."""
    if name in known:
        return known[name]
    held = session.info.get(_BATCH)
    if held is None:
        return repo.source_id(session, name)
    found = held.setdefault(_SOURCES, {})
    if name not in found:
        found[name] = repo.source_id(session, name)
    return found[name]  # type: ignore[no-any-return]


def _reading(detected: Mapping[str, DetectedReading] | None, text: str, stance: Stance) -> DetectedReading:
    """The reading made beforehand, else made now (only new text is read)."""
    made = detected.get(stance.id) if detected is not None else None
    return made if made is not None else read(text, stance)


def _store_readings(session: Session, version: Version, detected: Sequence[DetectedReading], now: datetime) -> list[Reading]:
    """One row per stance, in stance order (inserted with the batch's flush)."""
    readings = [
        Reading(
            version=version,
            stance=d.stance,
            state=d.state,
            confidence=d.confidence,
            evidence=[evidence_dict(e) for e in d.evidence],
            created_at=now,
        )
        for d in detected
    ]
    session.add_all(readings)
    return readings


def _hold_new_version(session: Session, version: Version, readings: Sequence[Reading]) -> None:
    """Keep a version the batch added, with its readings' states, for the batch's later
    documents (`_stored_versions`, `_previous_states`): no query sees them before the flush."""
    held = session.info.get(_BATCH)
    if held is not None:
        held.setdefault(_VERSIONS, {}).setdefault(version.article_id, []).append(version)
        held.setdefault(_READINGS, {})[version] = {r.stance: r.state for r in readings}


def _stored_versions(session: Session, article: Article) -> list[repo.VersionKey | Version]:
    """Every version of the article by number: the stored ones without their texts, then
    those this batch added (not flushed yet, so no query sees them).

    An article gets its first version in the transaction that creates it, so one whose
    current version is still 0 has none: nothing to look up.
    """
    held = session.info.get(_BATCH) or {}
    added: list[Version] = held.get(_VERSIONS, {}).get(article.id, [])
    first_added = added[0].number if added else article.current_version + 1
    stored = repo.version_keys(session, article.id) if first_added > 1 else []
    return [v for v in stored if v.number < first_added] + added


def _previous_states(session: Session, previous: Version | None) -> dict[str, str]:
    """The states the previous version was read as, by stance."""
    if previous is None:
        return {}
    held = session.info.get(_BATCH) or {}
    if previous in held.get(_READINGS, {}):
        return held[_READINGS][previous]  # type: ignore[no-any-return]
    return {stance: reading.state for stance, reading in repo.readings_of(session, previous.id).items()}


#: `session.info` key of what one batch's transaction already holds: its articles and
#: sources, locked stance states, and the versions it added with their readings' states.
_BATCH = "shiftwatch.batch"
_ARTICLES, _SOURCES, _VERSIONS, _READINGS = "articles", "sources", "versions", "readings"


def _stance_state(session: Session, stance: Stance, scope: str, source: str, now: datetime) -> StanceState:
    """The locked state row; within a batch the one the batch locked when it began or an
    earlier document created (the lock lasts until the batch commits)."""
    held = session.info.get(_BATCH)
    if held is None:
        return repo.stance_state(session, stance.id, scope, source, initial=stance.initial, now=now)
    key = (stance.id, scope, source)
    row = held.get(key)
    if row is None:
        row = held[key] = repo.stance_state(session, stance.id, scope, source, initial=stance.initial, now=now)
    return row


def evidence_dict(evidence: Any) -> dict[str, Any]:
    return {"text": evidence.text, "state": evidence.state, "start": evidence.start, "end": evidence.end, "rule": evidence.rule}


def _version_event(document: Document, version: Version | repo.VersionKey, *, changed: bool) -> Event:
    return {"event": "version", "url": document.url, "version": version.number, "source": document.source,
            "published": _iso(document.published), "changed": changed, "title": document.title}


def _reading_event(document: Document, version: Version, detected: DetectedReading) -> Event:
    return {"event": "reading", "stance": detected.stance, "url": document.url, "version": version.number,
            "source": document.source, "state": detected.state, "confidence": detected.confidence,
            "evidence": [evidence_dict(e) for e in detected.evidence]}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
