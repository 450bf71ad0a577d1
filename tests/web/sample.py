"""A small hand-made store for the dashboard tests: two sources, a revised article with a
diff, a hostile article, transitions, and alerts with deliveries and attempts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker

from monitor import diffing
from monitor.store import repo
from monitor.store.models import (
    Article,
    Attempt,
    Delivery,
    Reading,
    Source,
    StanceState,
    Transition,
    Version,
)

STANCE = "kr-arms-ukraine"
OTHER = "us-atacms-ukraine"  # in the store, not in the configuration
HOSTILE_TITLE = '<script>alert("title")</script>'
HOSTILE_TEXT = 'Seoul "><img src=x onerror=alert(1)> will not send weapons. <script>alert("body")</script> End.'
HOSTILE_SOURCE = '<b onmouseover="x()">Evil</b> & Co'
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_ERROR = '502 from "><img src=x onerror=alert(2)>'

V1 = ("Seoul will not provide weapons to Ukraine, the ministry said on Tuesday. "
      "Officials repeated that the policy is unchanged. The talks continue next week.")
V2 = ("Seoul is reviewing the supply of weapons to Ukraine, the ministry said on Tuesday. "
      "Officials repeated that the policy is unchanged. The talks continue next week.")
V3 = ("Seoul is reviewing the supply of weapons to Ukraine, the ministry said on Tuesday. "
      "Officials said a decision could come within weeks. The talks continue next week.")


@dataclass(frozen=True)
class FakeStance:
    id: str
    title: str
    ladder: tuple[str, ...] = ("refrains", "reconsider", "supplies")
    initial: str = "refrains"


STANCES = [FakeStance(STANCE, "South Korea · Ukraine · weapons")]


@dataclass(frozen=True)
class Ids:
    revised: int  # article with three versions
    hostile: int  # article whose text, title, source and URL are hostile
    other: int  # a second source's article
    v2_reading: int
    alert_shift: str
    alert_dead: str


def at(day: int, hour: int = 0) -> datetime:
    return datetime(2024, 6, day, hour, tzinfo=timezone.utc)


def populate(sessions: sessionmaker[Session]) -> Ids:
    with sessions.begin() as s:
        harbor = Source(name="Harbor Wire")
        ledger = Source(name="Pacific Ledger")
        evil = Source(name=HOSTILE_SOURCE)
        s.add_all([harbor, ledger, evil])
        s.flush()

        revised = _article(s, "https://news.example/seoul-arms", harbor.id, "Seoul reviews arms policy", at(20, 9), versions=3)
        other = _article(s, "https://ledger.example/yoon", ledger.id, "Yoon keeps the door open", at(19, 12), versions=1)
        hostile = _article(s, HOSTILE_URL, evil.id, HOSTILE_TITLE, at(21, 8), versions=1)

        texts = [V1, V2, V3]
        versions = []
        for number, text in enumerate(texts, start=1):
            previous = texts[number - 2] if number > 1 else None
            v = Version(article_id=revised.id, number=number, content_hash=repo.content_hash("t", text),
                        title="Seoul reviews arms policy" if number > 1 else "Seoul rules out arms",
                        text=text, published=at(18 + number), fetched_at=at(18 + number, 6),
                        diff=[list(op) for op in diffing.diff(previous, text)] if previous else None)
            s.add(v)
            versions.append(v)
        v_other = Version(article_id=other.id, number=1, content_hash="b" * 64, title="Yoon keeps the door open",
                          text="President Yoon said Seoul may consider sending weapons.", published=at(19, 12),
                          fetched_at=at(19, 13), diff=None)
        v_hostile = Version(article_id=hostile.id, number=1, content_hash="c" * 64, title=HOSTILE_TITLE,
                            text=HOSTILE_TEXT, published=None, fetched_at=at(21, 8), diff=None)
        s.add_all([v_other, v_hostile])
        s.flush()

        def reading(version: Version, state: str, quote: str | None, stance: str = STANCE) -> Reading:
            start = version.text.find(quote) if quote else -1
            evidence = [{"text": quote, "state": state, "start": start, "end": start + len(quote), "rule": "test"}] if quote else []
            r = Reading(version_id=version.id, stance=stance, state=state, confidence=0.9, evidence=evidence,
                        created_at=version.fetched_at)
            s.add(r)
            s.flush()
            return r

        r1 = reading(versions[0], "refrains", "Seoul will not provide weapons to Ukraine")
        r2 = reading(versions[1], "reconsider", "Seoul is reviewing the supply of weapons to Ukraine")
        r3 = reading(versions[2], "reconsider", "Officials said a decision could come within weeks.")
        r_other = reading(v_other, "reconsider", "President Yoon said Seoul may consider sending weapons.")
        r_hostile = reading(v_hostile, "refrains", 'Seoul "><img src=x onerror=alert(1)> will not send weapons.')
        reading(v_other, "none", None, stance=OTHER)
        reading(versions[0], "refrains", "Seoul will not provide weapons to Ukraine", stance=OTHER)

        def move(scope: str, source: str, old: str, new: str, r: Reading, when: datetime, baseline: bool = False) -> None:
            s.add(Transition(stance=STANCE, scope=scope, source=source, from_state=old, to_state=new, reading_id=r.id,
                             published=when, baseline=baseline, created_at=when))

        move("global", "", "reconsider", "refrains", r1, at(19), baseline=True)
        move("source", "Harbor Wire", "reconsider", "refrains", r1, at(19), baseline=True)
        move("source", "Pacific Ledger", "refrains", "reconsider", r_other, at(19, 12))
        move("global", "", "refrains", "reconsider", r_other, at(19, 12))
        move("source", "Harbor Wire", "refrains", "reconsider", r2, at(20))
        s.add_all([
            StanceState(stance=STANCE, scope="global", source="", state="reconsider", since=at(19, 12), reading_id=r_other.id, updated_at=at(21)),
            StanceState(stance=STANCE, scope="source", source="Harbor Wire", state="reconsider", since=at(20), reading_id=r2.id, updated_at=at(21)),
            StanceState(stance=STANCE, scope="source", source="Pacific Ledger", state="reconsider", since=at(19, 12), reading_id=r_other.id, updated_at=at(21)),
            StanceState(stance=STANCE, scope="source", source=HOSTILE_SOURCE, state="refrains", since=at(21, 8), reading_id=r_hostile.id, updated_at=at(21)),
            StanceState(stance=OTHER, scope="global", source="", state="refrains", since=at(19), reading_id=None, updated_at=at(21)),
        ])
        _ = r3

        shift = repo.add_alert(s, type="stance.shift", stance=STANCE, endpoints=["ops", "chat"], now=at(19, 13), payload={
            "stance": STANCE, "from": "refrains", "to": "reconsider", "source": "Pacific Ledger",
            "article": {"url": other.url, "title": other.title, "published": "2024-06-19T12:00:00Z", "version": 1},
            "evidence": r_other.evidence})
        dead = repo.add_alert(s, type="stance.revision", stance=STANCE, endpoints=["chat"], now=at(20, 7), payload={
            "stance": STANCE, "from": "refrains", "to": "reconsider", "source": "Harbor Wire",
            "article": {"url": revised.url, "title": HOSTILE_TITLE, "published": "2024-06-20T00:00:00Z", "version": 2},
            "evidence": r2.evidence})
        s.flush()
        deliveries = {(d.alert_id, d.endpoint): d for d in s.query(Delivery)}
        ok = deliveries[(shift.id, "ops")]
        ok.status, ok.attempts, ok.delivered_at = "delivered", 1, at(19, 13)
        retried = deliveries[(shift.id, "chat")]
        retried.status, retried.attempts, retried.delivered_at, retried.last_error = "delivered", 2, at(19, 14), "HTTP 503"
        failed = deliveries[(dead.id, "chat")]
        failed.status, failed.attempts, failed.last_error, failed.next_attempt_at = "dead", 3, HOSTILE_ERROR, None
        s.add_all([
            Attempt(delivery_id=ok.id, at=at(19, 13), status_code=200, error=None, duration_ms=12.5, outcome="delivered"),
            Attempt(delivery_id=retried.id, at=at(19, 13), status_code=503, error="HTTP 503", duration_ms=30.0, outcome="retry"),
            Attempt(delivery_id=retried.id, at=at(19, 14), status_code=200, error=None, duration_ms=20.0, outcome="delivered"),
            *[Attempt(delivery_id=failed.id, at=at(20, 7) + timedelta(minutes=i), status_code=502, error=HOSTILE_ERROR,
                      duration_ms=40.0, outcome="dead" if i == 2 else "retry") for i in range(3)],
        ])
        return Ids(revised.id, hostile.id, other.id, r2.id, shift.id, dead.id)


def _article(s: Session, url: str, source_id: int, title: str, when: datetime, versions: int) -> Article:
    article = Article(url=url, source_id=source_id, title=title, current_version=versions, first_seen_at=when,
                      last_checked_at=when + timedelta(days=versions), last_changed_at=when + timedelta(days=versions - 1))
    s.add(article)
    s.flush()
    return article
