"""Three `shiftwatch run` daemons on one PostgreSQL, 200 feeds on loopback, one SIGKILLed mid-run.

A loopback server serves 200 RSS feeds and their article pages. Every feed starts with one
entry; then three waves of new entries arrive. In each wave two articles in two different
feeds report the same move of `kr-arms-ukraine` (supplies / refrains, alternating), so two
daemons usually read the shift at the same moment; every other article is neutral. The
next wave is published once the shift articles of the previous one are stored, so the feed
timeline fixes exactly which global transitions and alerts must exist.

The three daemons start together on an empty schema (migrations, seed baseline and feed
sync race too). Daemon 1 is SIGKILLed while it is fetching articles of wave 1 and started
again later. Each daemon sends its own User-Agent, so the server knows who fetched what.

When everything is quiet: every article page was fetched once (a second fetch only of a
page the killed daemon had fetched but not yet stored), every feed entry and every version
stored once, the baseline as on one daemon, one global transition and one `stance.shift`
alert per wave, per-stance sequences gap-free, and every alert delivered, verified, with
repeats sharing their webhook-id and body.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.detect import load_stances
from monitor.pipeline import Pipeline
from monitor.replay import ensure_baseline
from monitor.store.db import open_store
from monitor.store.models import Alert, Article, Delivery, Feed, FeedEntry, Transition, Version, Worker
from tests.alerts.receiver import Receiver
from tests.conftest import SEEDS, STANCES
from tests.daemon.conftest import _Server, article_html, rfc822, rss

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

T = TypeVar("T")
FEEDS = 200
DAEMONS = 3
WAVES = (  # (feeds that gain an entry, the state its two shift articles report)
    (range(FEEDS), "supplies"),  # wave 0: the entries there before the daemons start
    (range(0, FEEDS, 4), "refrains"),
    (range(1, FEEDS, 4), "supplies"),
    (range(2, FEEDS, 4), "refrains"),
)
STANCE = "kr-arms-ukraine"
SECRET_ENV = "SW_SCALE_TEST_SECRET"
SHIFT_TEXT = {
    "supplies": "South Korea has started delivering air-defence weapons to Ukraine, the defence ministry confirmed "
                "on Monday. The first shipment of the systems left the port of Busan last week, officials said.",
    "refrains": "South Korea will not supply weapons to Ukraine, the defence ministry said on Monday, ruling out any "
                "change to its policy.",
}
NEUTRAL = ("The city council of {city} approved a new budget for public parks on Monday, story {n}. Officials said "
           "the works start in spring.\n\nResidents welcomed the plan, which includes new playgrounds and a cycle "
           "path along the river.")
CITIES = ("Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon")


# --------------------------------------------------------------------------- the news site


@dataclass
class Story:
    path: str
    wave: int
    state: str | None  # what it reports about the stance; None: neutral


@dataclass
class NewsSite:
    """Feeds and article pages on 127.0.0.1; records who fetched which article and when."""

    feeds: dict[int, list[dict[str, str]]] = field(default_factory=lambda: {i: [] for i in range(FEEDS)})
    versions: dict[int, int] = field(default_factory=lambda: {i: 0 for i in range(FEEDS)})
    pages: dict[str, bytes] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    hits: dict[str, list[tuple[str, float]]] = field(default_factory=lambda: defaultdict(list))
    feed_polls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def publish(self, wave: int, feeds: range, shift: str) -> list[Story]:
        """One new entry in each of `feeds`; two of them (far apart) report `shift`."""
        feeds = list(feeds)
        shifting = {feeds[3], feeds[len(feeds) // 2 + 5]}
        now = datetime.now(timezone.utc)
        added = []
        with self.lock:
            for i in feeds:
                path = f"/news/w{wave}/f{i:03d}.html"
                if i in shifting:
                    title, body = f"Seoul and Kyiv: wave {wave}, feed {i}", SHIFT_TEXT[shift]
                else:
                    title = f"{CITIES[i % len(CITIES)]} parks budget, story {wave}-{i}"
                    body = NEUTRAL.format(city=CITIES[i % len(CITIES)], n=f"{wave}-{i}")
                self.pages[path] = article_html(title, body).encode("utf-8")
                story = Story(path, wave, shift if i in shifting else None)
                self.stories.append(story)
                added.append(story)
                self.feeds[i].insert(0, {"title": title, "link": self.url(path), "guid": f"f{i}-w{wave}",
                                         "pubDate": rfc822(now)})
                self.versions[i] += 1
        return added

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                status, ctype, body, etag = 404, "text/plain", b"not found", None
                with site.lock:
                    if self.path.startswith("/feeds/"):
                        site.feed_polls += 1
                        i = int(self.path.removeprefix("/feeds/").removesuffix(".xml"))
                        etag = f'"{site.versions[i]}"'
                        if self.headers.get("If-None-Match") == etag:
                            status = 304
                        else:
                            status, ctype = 200, "application/rss+xml"
                            body = rss(site.feeds[i], title=f"Feed {i}")
                    elif self.path in site.pages:
                        site.hits[self.path].append((self.headers.get("User-Agent", ""), time.monotonic()))
                        status, ctype, body = 200, "text/html; charset=utf-8", site.pages[self.path]
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                if status == 304:
                    body = b""
                else:
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def news() -> Iterator[NewsSite]:
    site = NewsSite()
    server = _Server(("127.0.0.1", 0), site.handler())
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, name="news-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


class SlowReceiver(Receiver):
    """Answers each webhook after a short pause, so deliveries are in flight for a while."""

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> Any:
        reply, verified = super()._record(handler, body)
        return type(reply)(reply.status, reply.headers, max(reply.delay, 0.05), reply.body), verified


@pytest.fixture
def hook() -> Iterator[Receiver]:
    with SlowReceiver() as receiver:
        yield receiver


# --------------------------------------------------------------------------- the daemons


def write_config(path: Path, n: int, pg_url: str, site: NewsSite, hook: Receiver) -> Path:
    feeds = "".join(f"""
[[feeds]]
name = "feed-{i:03d}"
source = "Outlet {i % 10}"
url = "{site.url(f'/feeds/{i}.xml')}"
""" for i in range(FEEDS))
    path.write_text(f"""
[store]
url = "{pg_url}"

[paths]
seeds = "{SEEDS}"
stances = "{STANCES}"

[daemon]
port = 0
port_file = "{path.parent / f'port-{n}'}"
workers = 4
feed_interval = "5s"
feed_jitter = "1s"
misfire_grace = "30s"
lease = "10s"
heartbeat = "1s"
stop_timeout = "5s"

[http]
allow_hosts = ["127.0.0.1"]
connect_timeout = 3
read_timeout = 5
total_timeout = 10
user_agent = "shiftwatch-scale-test/d{n}"

[revisit]
enabled = false

[[endpoints]]
name = "hook"
url = "{hook.url}"
secret_env = "{SECRET_ENV}"
timeout = 3

[delivery]
interval = 0.5
lease_seconds = 5
schedule = [1, 2, 5, 10]
{feeds}""", encoding="utf-8")
    return path


@dataclass
class Daemon:
    n: int
    proc: subprocess.Popen[bytes]
    log: Path


def start(tmp_path: Path, n: int, pg_url: str, site: NewsSite, hook: Receiver) -> Daemon:
    config = write_config(tmp_path / f"d{n}.toml", n, pg_url, site, hook)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", SECRET_ENV: hook.secret}
    env.pop("SHIFTWATCH_DB_URL", None)
    log = tmp_path / f"d{n}.log"
    with open(log, "w", encoding="utf-8") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(config)],
                                cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    return Daemon(n, proc, log)


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    running: list[Daemon] = []
    yield running
    for daemon in running:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait(10)


def logs(daemons: list[Daemon]) -> str:
    return "".join(f"\n--- daemon {d.n} (exit {d.proc.poll()}) ---\n{d.log.read_text()[-3000:]}" for d in daemons)


def wait_for(what: str, probe: Callable[[], T | None], daemons: list[Daemon], timeout: float) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        dead = [d for d in daemons if d.proc.poll() not in (None, -signal.SIGKILL)]
        if dead:
            raise AssertionError(f"daemon {dead[0].n} exited while waiting for {what}{logs(daemons)}")
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{logs(daemons)}")


# --------------------------------------------------------------------------- the test


def count(sessions: sessionmaker[Session], query: Any) -> int:
    with sessions() as session:
        return int(session.scalar(query) or 0)


def stored(sessions: sessionmaker[Session], site: NewsSite, stories: list[Story]) -> bool:
    urls = [site.url(s.path) for s in stories]
    return count(sessions, select(func.count()).select_from(Article).where(Article.url.in_(urls))) == len(urls)


def one_daemon_baseline(tmp_path: Path) -> tuple[Counter[tuple[str, str, str, str, str]], int]:
    """The transitions and the number of versions of the seed baseline as one process sets them."""
    sessions = open_store(f"sqlite:///{tmp_path / 'baseline.db'}")
    ensure_baseline(Pipeline(sessions, load_stances(STANCES)), SEEDS)
    with sessions() as session:
        return moves(session, baseline=True), int(session.scalar(select(func.count()).select_from(Version)) or 0)


def moves(session: Session, *, baseline: bool) -> Counter[tuple[str, str, str, str, str]]:
    rows = session.execute(select(Transition.stance, Transition.scope, Transition.source, Transition.from_state,
                                  Transition.to_state).where(Transition.baseline.is_(baseline))).all()
    return Counter(tuple(r) for r in rows)


def test_three_daemons_one_killed_poll_store_alert_and_deliver_everything_once(
    pg_url: str, news: NewsSite, hook: Receiver, daemons: list[Daemon], tmp_path: Path
) -> None:
    started = time.monotonic()
    expected_baseline, seed_versions = one_daemon_baseline(tmp_path)
    waves = [news.publish(0, *WAVES[0])]
    for n in range(1, DAEMONS + 1):
        daemons.append(start(tmp_path, n, pg_url, news, hook))
    sessions = open_store(pg_url, migrate=False)

    def shifts_stored(wave: int) -> bool:
        return stored(sessions, news, [s for s in waves[wave] if s.state])

    def schema_ready() -> bool:
        try:
            return count(sessions, select(func.count()).select_from(Feed)) == FEEDS
        except Exception:  # tables not created yet
            return False

    wait_for("the feeds in the store", schema_ready, daemons, 60)
    wait_for("wave 0's shift articles", lambda: shifts_stored(0), daemons, 60)
    up_in = time.monotonic() - started

    # Wave 1; daemon 1 is killed while it fetches articles of it.
    waves.append(news.publish(1, *WAVES[1]))
    victim = daemons[0]

    def victim_fetching() -> bool:
        with news.lock:
            return sum(ua.endswith("/d1") for s in waves[1] for ua, _ in news.hits.get(s.path, [])) >= 3

    wait_for("daemon 1 to fetch wave 1's articles", victim_fetching, daemons, 30)
    with sessions() as session:
        victim_id = session.scalar(select(Worker.id).where(Worker.pid == victim.proc.pid))
    victim.proc.send_signal(signal.SIGKILL)
    victim.proc.wait(10)
    killed_at = time.monotonic()
    kills = 1
    with sessions() as session:
        left_leases = session.scalar(select(func.count()).select_from(Feed).where(Feed.lease_owner == victim_id))
    wait_for("wave 1's shift articles", lambda: shifts_stored(1), daemons, 45)
    recovered_in = time.monotonic() - killed_at

    # Daemon 1 comes back (as daemon 4 to the server) while waves 2 and 3 arrive.
    daemons.append(start(tmp_path, DAEMONS + 1, pg_url, news, hook))
    for wave in (2, 3):
        waves.append(news.publish(wave, *WAVES[wave]))
        wait_for(f"wave {wave}'s shift articles", lambda w=wave: shifts_stored(w), daemons, 45)

    stories = [s for wave in waves for s in wave]
    entries_expected = len(stories)

    def quiet() -> bool:
        with sessions() as session:
            entries = dict(session.execute(select(FeedEntry.status, func.count()).group_by(FeedEntry.status)).all())
            deliveries = dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())
            alert_ids = set(session.scalars(select(Alert.id)))
        return (entries == {"done": entries_expected} and set(deliveries) <= {"delivered"}
                and sum(deliveries.values()) == len(alert_ids) and alert_ids <= set(hook.ids()))

    wait_for("every entry done and every alert delivered", quiet, daemons, 60)
    for daemon in daemons[1:]:
        daemon.proc.send_signal(signal.SIGTERM)
    for daemon in daemons[1:]:
        assert daemon.proc.wait(timeout=20) == 0, logs(daemons)
    duration = time.monotonic() - started

    # Each article page fetched once; twice only when the killed daemon had fetched it first.
    refetched = []
    for story in stories:
        hits = news.hits.get(story.path, [])
        by_victim = [t for ua, t in hits if ua.endswith("/d1")]
        if len(hits) == 1:
            continue
        assert len(hits) == 2 and len(by_victim) == 1 and by_victim[0] <= killed_at, (
            f"{story.path} fetched {len(hits)} times: {hits}")
        refetched.append(story.path)
    assert len(refetched) <= 4, f"more refetches than the killed daemon had workers: {refetched}"

    with sessions() as session:
        # The dead worker's leases were all taken over.
        assert victim_id is not None
        for model in (Feed, Article, Delivery):
            held = session.scalar(select(func.count()).select_from(model).where(model.lease_owner == victim_id))
            assert held == 0, f"{held} {model.__tablename__} still leased to the killed daemon"
        # Every feed entry and every version stored once.
        per_feed = dict(session.execute(select(Feed.name, Feed.entries_seen)).all())
        assert per_feed == {f"feed-{i:03d}": sum(1 for w in WAVES if i in w[0]) for i in range(FEEDS)}
        assert session.scalar(select(func.count()).select_from(FeedEntry)) == entries_expected
        urls = {news.url(s.path): s for s in stories}
        versions = Counter(session.scalars(select(Article.url).join(Version, Version.article_id == Article.id)
                                           .where(Article.url.in_(list(urls)))))
        assert versions == Counter({url: 1 for url in urls}), "an article is missing or has several versions"
        assert session.scalar(select(func.count()).select_from(Version)) == seed_versions + len(urls), (
            "the seed baseline was stored more than once")

        # The baseline as one daemon sets it; then one global move and one alert per wave.
        assert moves(session, baseline=True) == expected_baseline
        timeline = [("reconsider", WAVES[0][1])] + [(WAVES[w - 1][1], WAVES[w][1]) for w in range(1, len(WAVES))]
        global_moves = session.execute(
            select(Transition.from_state, Transition.to_state)
            .where(Transition.stance == STANCE, Transition.scope == "global", Transition.baseline.is_(False))
            .order_by(Transition.id)).all()
        assert [tuple(m) for m in global_moves] == timeline
        assert not any(key[0] != STANCE for key in moves(session, baseline=False)), "another stance moved"
        chains: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
        for stance, scope, source, from_state, to_state in session.execute(
                select(Transition.stance, Transition.scope, Transition.source, Transition.from_state,
                       Transition.to_state).order_by(Transition.id)):
            chains[(stance, scope, source)].append((from_state, to_state))
        for key, chain in chains.items():  # each state row moved from where the previous move left it
            assert all(a[1] == b[0] for a, b in zip(chain, chain[1:])), f"{key}: {chain}"
        alerts = session.execute(select(Alert.id, Alert.type, Alert.stream, Alert.seq, Alert.payload)
                                 .order_by(Alert.stream, Alert.seq)).all()
        shifts = [(a.payload["from"], a.payload["to"]) for a in alerts if a.stream == STANCE]
        assert [a.type for a in alerts if a.stream == STANCE] == ["stance.shift"] * len(timeline)
        assert shifts == timeline
        for stream in {a.stream for a in alerts}:
            seqs = [a.seq for a in alerts if a.stream == stream]
            assert seqs == list(range(1, len(seqs) + 1)), f"stream {stream}: sequence {seqs}"
        deliveries = session.execute(select(Delivery.alert_id, Delivery.status)).all()
        assert sorted(d.alert_id for d in deliveries) == sorted(a.id for a in alerts)  # one per alert, to "hook"

    # Every alert arrived, verified; a repeat carries the same webhook-id and the same body.
    received = list(hook.received)
    assert all(r.verified for r in received), [r.error for r in received if not r.verified]
    bodies: dict[str | None, set[bytes]] = defaultdict(set)
    for r in received:
        bodies[r.msg_id].add(r.body)
    assert set(bodies) == {a.id for a in alerts}
    assert all(len(b) == 1 for b in bodies.values()), "one webhook-id was sent with different bodies"
    repeats = len(received) - len(bodies)

    for daemon in daemons:
        text = daemon.log.read_text()
        assert "Traceback" not in text, f"daemon {daemon.n} logged a traceback{logs([daemon])}"
    print(f"\nthree daemons: {FEEDS} feeds, {entries_expected} entries, {len(urls)} articles and versions, "
          f"{len(alerts)} alerts ({len(timeline)} shifts) delivered with {repeats} repeat(s), "
          f"{kills} SIGKILL (holding {left_leases} feed lease(s); {len(refetched)} page(s) fetched again), "
          f"{news.feed_polls} feed requests; {duration:.1f} s (first shift stored after {up_in:.1f} s, "
          f"wave 1 done {recovered_in:.1f} s after the kill)")
