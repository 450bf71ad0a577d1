"""Feed parsing, polling with conditional GET, and backoff."""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import feedparser
import pytest
import responses

from monitor.errors import FetchError
from monitor.sources import feeds
from monitor.sources.feeds import Backoff, FeedError, parse_feed, poll
from monitor.sources.fetch import ContentError, Fetcher, FetchLimits, FetchPolicy, HTTPStatusError

FEED_URL = "https://news.test/feed.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>News Test</title><link>https://news.test/</link>
  <item>
    <title>Seoul weighs arms</title>
    <link>https://news.test/a/1?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">news-1</guid>
    <pubDate>Tue, 10 Jun 2025 04:00:00 +0200</pubDate>
    <description>Summary &lt;b&gt;one&lt;/b&gt;</description>
  </item>
  <item>
    <title>Relative link, no guid</title>
    <link>/a/2#top</link>
  </item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Test</title><link href="https://atom.test/"/><id>urn:feed</id><updated>2025-06-10T00:00:00Z</updated>
  <entry>
    <title>Entry one</title><link rel="alternate" href="https://atom.test/e/1"/>
    <id>urn:uuid:1</id><updated>2025-06-09T12:30:00+01:00</updated><summary>First</summary>
  </entry>
  <entry>
    <title>Entry two</title><link href="https://atom.test/e/2"/>
    <id>urn:uuid:2</id><published>2025-06-08T10:00:00Z</published><updated>2025-06-09T10:00:00Z</updated>
  </entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://rdf.test/"><title>RDF Test</title><link>https://rdf.test/</link></channel>
  <item rdf:about="https://rdf.test/i/1"><title>Item</title><link>https://rdf.test/i/1</link></item>
</rdf:RDF>"""

# Unescaped "&" and an unclosed channel: not well-formed, but the item is readable.
BOZO = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Tom & Jerry</title>
<item><title>Still here</title><link>https://news.test/b/1</link><guid>b-1</guid></item>"""

HTML = b"""<!DOCTYPE html><html><head><title>News Test</title>
<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>
<body><h1>Latest</h1><a href="/a/1">Story</a></body></html>"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Test",
 "home_page_url": "https://json.test/",
 "items": [
   {"id": "j1", "url": "https://json.test/j/1?fbclid=x", "title": "J one",
    "date_published": "2025-06-10T08:00:00+02:00", "summary": "S"},
   {"id": 2, "url": "/j/2", "content_text": "body text"},
   {"id": "j1", "url": "https://json.test/dupe"}
 ]}"""


# --------------------------------------------------------------------------- parse_feed


def test_rss20() -> None:
    feed = parse_feed(RSS, FEED_URL, content_type="application/rss+xml; charset=utf-8")
    assert feed.format == "rss20"
    assert feed.title == "News Test" and feed.link == "https://news.test/"
    assert feed.warnings == ()
    first, second = feed.entries
    assert first.key == "news-1"
    assert first.url == "https://news.test/a/1"
    assert first.title == "Seoul weighs arms"
    assert first.published == datetime(2025, 6, 10, 2, 0, tzinfo=timezone.utc)
    assert first.published.tzinfo is timezone.utc
    # no guid: the key is the canonical link, resolved against the feed URL
    assert second.key == second.url == "https://news.test/a/2"
    assert second.published is None


def test_atom() -> None:
    feed = parse_feed(ATOM, "https://atom.test/feed")
    assert feed.format == "atom10" and feed.title == "Atom Test"
    one, two = feed.entries
    assert (one.key, one.url) == ("urn:uuid:1", "https://atom.test/e/1")
    assert one.published == datetime(2025, 6, 9, 11, 30, tzinfo=timezone.utc)  # falls back to <updated>
    assert two.published == datetime(2025, 6, 8, 10, 0, tzinfo=timezone.utc)  # <published> wins


def test_rss10_rdf() -> None:
    feed = parse_feed(RDF, "https://rdf.test/rss")
    assert feed.format == "rss10"
    assert [e.url for e in feed.entries] == ["https://rdf.test/i/1"]


def test_json_feed() -> None:
    feed = parse_feed(JSON_FEED, "https://json.test/feed.json")
    assert feed.format == "json1" and feed.title == "JSON Test" and feed.link == "https://json.test/"
    assert [(e.key, e.url) for e in feed.entries] == [
        ("j1", "https://json.test/j/1"),
        ("2", "https://json.test/j/2"),
    ]
    assert feed.entries[0].published == datetime(2025, 6, 10, 6, 0, tzinfo=timezone.utc)


def test_bozo_feed_with_entries_is_read_with_a_warning() -> None:
    feed = parse_feed(BOZO, FEED_URL, content_type="application/rss+xml")
    assert [e.key for e in feed.entries] == ["b-1"]
    assert feed.entries[0].title == "Still here"
    assert len(feed.warnings) == 1
    assert feed.warnings[0].startswith(f"{FEED_URL}: feed is not well-formed")


def test_text_plain_or_untyped_feed_is_not_flagged_bozo() -> None:
    assert parse_feed(RSS, FEED_URL, content_type="text/plain").warnings == ()
    assert parse_feed(RSS, FEED_URL).warnings == ()


def test_charset_from_http_header_is_used() -> None:
    latin = '<?xml version="1.0"?><rss version="2.0"><channel><title>Café</title><item><title>Été</title><link>https://x.test/1</link></item></channel></rss>'
    feed = parse_feed(latin.encode("latin-1"), FEED_URL, content_type="text/xml; charset=ISO-8859-1")
    assert feed.title == "Café" and feed.entries[0].title == "Été"
    assert feed.warnings == ()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (HTML, "HTML page, not a feed"),
        (b"\x00\x01\x02 garbage <<< >>>", "no RSS, Atom or JSON feed found"),
        (
            b"<?xml version='1.0'?><rss><channel><item><title>unclosed",
            "malformed feed with no usable entries",
        ),
        (b"", "no RSS, Atom or JSON feed found"),
        (b'{"data": [1, 2, 3]}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": ', "invalid JSON"),
    ],
)
def test_no_usable_feed_raises_feed_error(body: bytes, message: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body, FEED_URL)
    assert isinstance(info.value, FetchError)
    assert str(info.value).startswith(f"{FEED_URL}: ")
    assert message in str(info.value)


def test_empty_but_valid_feed_has_no_entries() -> None:
    feed = parse_feed(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', FEED_URL
    )
    assert feed.entries == () and feed.title == "Quiet" and feed.warnings == ()


def test_body_that_looks_like_a_path_is_never_opened(tmp_path: Path) -> None:
    """feedparser.parse(bytes) tries open(bytes) first: a body naming a local file would
    be read from disk. parse_feed must parse the bytes themselves."""
    local = tmp_path / "local.xml"
    local.write_bytes(RSS)
    body = str(local).encode()
    assert len(feedparser.parse(body).entries) == 2  # the hazard is real
    with pytest.raises(FeedError):
        parse_feed(body, FEED_URL)


def test_entity_expansion_is_bounded() -> None:
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><rss version="2.0"><channel><title>&e9;</title>'
        "<item><title>x</title><link>https://x.test/1</link></item></channel></rss>"
    )
    started = time.monotonic()
    feed = parse_feed(bomb.encode(), FEED_URL)
    assert time.monotonic() - started < 10
    assert len(feed.title or "") < 1000


def test_dedupe_keys() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>D</title>
    <item><title>first</title><guid>g-1</guid><link>https://d.test/1</link></item>
    <item><title>repeat of first</title><guid>g-1</guid><link>https://d.test/1-again</link></item>
    <item><title>link only</title><link>https://d.test/2?utm_source=rss</link></item>
    <item><title>same link, other tracking</title><link>https://D.test:443/2?fbclid=z#c</link></item>
    <item><title>same link, different guid</title><guid>g-3</guid><link>https://d.test/2</link></item>
    <item><title>nothing to key on</title><description>x</description></item>
    <item><title>script link</title><guid>g-4</guid><link>javascript:alert(1)</link></item>
    </channel></rss>"""
    feed = parse_feed(body, "https://d.test/feed")
    assert [(e.key, e.url, e.title) for e in feed.entries] == [
        ("g-1", "https://d.test/1", "first"),
        ("https://d.test/2", "https://d.test/2", "link only"),
        ("g-3", "https://d.test/2", "same link, different guid"),
        ("g-4", None, "script link"),
    ]
    assert any("skipped entry 'nothing to key on'" in w for w in feed.warnings)
    assert any("non-http link 'javascript:alert(1)'" in w for w in feed.warnings)


def test_guid_keys_do_not_depend_on_the_feed_url() -> None:
    """An RSS <guid> without isPermaLink="false" is nominally a URL; a relative one must
    stay as written, or every key would change when the feed moves."""
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>
    <item><title>a</title><guid>story-17</guid><link>/s/17</link></item></channel></rss>"""
    here = parse_feed(body, "https://old.test/rss").entries[0]
    there = parse_feed(body, "https://new.test/feed").entries[0]
    assert here.key == there.key == "story-17"
    assert (here.url, there.url) == ("https://old.test/s/17", "https://new.test/s/17")


# --------------------------------------------------------------------------- poll


@pytest.fixture
def fetcher(monkeypatch: pytest.MonkeyPatch) -> Iterator[Fetcher]:
    def public(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(socket, "getaddrinfo", public)
    with Fetcher(FetchLimits(), FetchPolicy()) as f:
        yield f


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


def test_poll_200(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        FEED_URL,
        body=RSS,
        content_type="application/rss+xml",
        headers={"ETag": 'W/"abc"', "Last-Modified": "Tue, 10 Jun 2025 02:00:00 GMT"},
    )
    result = poll(fetcher, FEED_URL)
    assert result.status == 200 and not result.not_modified and not result.gone
    assert result.etag == 'W/"abc"' and result.last_modified == "Tue, 10 Jun 2025 02:00:00 GMT"
    assert result.title == "News Test"
    assert [e.key for e in result.entries] == ["news-1", "https://news.test/a/2"]
    assert result.moved_to is None and result.final_url == FEED_URL


def test_poll_304_sends_validators_and_skips_parsing(
    fetcher: Fetcher, mock: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_parse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a 304 must not be parsed")

    monkeypatch.setattr(feeds, "parse_feed", must_not_parse)
    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    mock.add(responses.GET, FEED_URL, status=304)
    result = poll(fetcher, FEED_URL, etag='"v1"', last_modified="Tue, 10 Jun 2025 02:00:00 GMT")
    assert result.not_modified and result.entries == ()
    # the server sent no new validators: keep the ones we have
    assert result.etag == '"v1"' and result.last_modified == "Tue, 10 Jun 2025 02:00:00 GMT"
    assert len(mock.calls) == 1
    sent = mock.calls[0].request.headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 10 Jun 2025 02:00:00 GMT"


def test_poll_304_with_new_etag(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, FEED_URL, status=304, headers={"ETag": '"v2"'})
    assert poll(fetcher, FEED_URL, etag='"v1"').etag == '"v2"'


def test_poll_moved_permanently(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "http://news.test/rss", status=301, headers={"Location": FEED_URL})
    mock.add(responses.GET, FEED_URL, body=RSS, content_type="application/rss+xml")
    result = poll(fetcher, "http://news.test/rss")
    assert result.moved_to == FEED_URL and result.final_url == FEED_URL
    assert len(result.entries) == 2


def test_poll_temporary_redirect_is_not_a_move(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "http://news.test/rss", status=302, headers={"Location": FEED_URL})
    mock.add(responses.GET, FEED_URL, body=RSS, content_type="application/rss+xml")
    result = poll(fetcher, "http://news.test/rss")
    assert result.moved_to is None and result.final_url == FEED_URL


def test_poll_gone(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, FEED_URL, status=410)
    result = poll(fetcher, FEED_URL, etag='"v1"')
    assert result.gone and result.status == 410 and result.entries == ()


def test_poll_server_error_raises(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, FEED_URL, status=500)
    with pytest.raises(HTTPStatusError, match="HTTP 500"):
        poll(fetcher, FEED_URL)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/plain", "application/rss+xml"])
def test_poll_html_served_as_feed_is_refused(
    fetcher: Fetcher, mock: responses.RequestsMock, content_type: str
) -> None:
    mock.add(responses.GET, FEED_URL, body=HTML, content_type=content_type)
    with pytest.raises(ContentError, match="HTML page") as info:
        poll(fetcher, FEED_URL)
    assert str(info.value).startswith(FEED_URL)


def test_poll_garbage_xml_is_a_feed_error(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        FEED_URL,
        body=b"<?xml version='1.0'?><rss><channel><item><title>cut",
        content_type="application/xml",
    )
    with pytest.raises(FeedError, match="malformed feed with no usable entries"):
        poll(fetcher, FEED_URL)


def test_poll_bozo_feed_returns_entries_and_warning(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, FEED_URL, body=BOZO, content_type="application/rss+xml")
    result = poll(fetcher, FEED_URL)
    assert [e.key for e in result.entries] == ["b-1"] and len(result.warnings) == 1


def test_poll_json_feed(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET, "https://json.test/feed.json", body=JSON_FEED, content_type="application/feed+json"
    )
    assert [e.key for e in poll(fetcher, "https://json.test/feed.json").entries] == ["j1", "2"]


# --------------------------------------------------------------------------- backoff


def test_backoff_grows_by_factor_without_jitter() -> None:
    backoff = Backoff(jitter=0)
    assert [backoff.next_delay(n, 600) for n in range(6)] == [600, 1200, 2400, 4800, 9600, 19200]


def test_backoff_is_capped() -> None:
    backoff = Backoff(jitter=0, cap=3600)
    assert backoff.next_delay(3, 600) == 3600
    assert backoff.next_delay(10_000, 600) == 3600  # no float overflow
    assert Backoff(jitter=0, factor=1e300).next_delay(5, 600) == 24 * 3600
    # a feed polled less often than the cap is never polled more often because of errors
    assert backoff.next_delay(2, 7200) == 7200


def test_backoff_jitter_stays_between_interval_and_cap() -> None:
    backoff = Backoff(jitter=0.2, cap=86400, rng=random.Random(1))
    for n in range(1, 30):
        for _ in range(20):
            ideal = min(86400, 600 * 2**n)
            delay = backoff.next_delay(n, 600)
            assert max(600, ideal * 0.8) <= delay <= ideal
    assert backoff.next_delay(0, 600) == 600  # no errors: the plain interval


def test_backoff_jitter_spreads_and_is_deterministic_with_a_seed() -> None:
    first = Backoff(rng=random.Random(7)).next_delay(4, 600)
    draws_a = Backoff(rng=random.Random(7))
    draws_b = Backoff(rng=random.Random(7))
    seq_a = [draws_a.next_delay(4, 600) for _ in range(10)]
    seq_b = [draws_b.next_delay(4, 600) for _ in range(10)]
    assert seq_a == seq_b and seq_a[0] == first
    assert len(set(seq_a)) == 10  # actually jittered


def test_backoff_honours_retry_after_up_to_the_cap() -> None:
    backoff = Backoff(jitter=0, cap=3600)
    assert backoff.next_delay(1, 60, retry_after=900) == 900
    assert backoff.next_delay(1, 60, retry_after=10) == 120
    assert backoff.next_delay(1, 60, retry_after=10**9) == 3600


def test_backoff_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        Backoff().next_delay(-1, 600)
    with pytest.raises(ValueError):
        Backoff().next_delay(1, 0)
    with pytest.raises(ValueError):
        Backoff(jitter=1.5)
    with pytest.raises(ValueError):
        Backoff(factor=0.5)


# --------------------------------------------------------------------------- parsing in worker processes


@pytest.fixture
def parser_pool() -> Iterator[feeds.ParserPool]:
    if not feeds.ParserPool.usable():  # another test left a thread running: never fork then
        pytest.skip("this process has other threads: a fork could copy a held lock")
    with feeds.ParserPool(2) as pool:
        yield pool


def test_parser_pool_reads_what_parse_feed_reads(parser_pool: feeds.ParserPool, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="monitor.sources.feeds"):
        for body, content_type in ((RSS, "application/rss+xml"), (ATOM, None), (RDF, "text/xml"),
                                   (JSON_FEED, "application/feed+json"), (BOZO, "application/rss+xml")):
            caplog.clear()
            expected = parse_feed(body, FEED_URL, content_type=content_type)
            logged = [r.getMessage() for r in caplog.records]
            caplog.clear()
            assert parser_pool(body, FEED_URL, content_type) == expected
            # warnings are logged here, in the calling process, as parse_feed logs them
            assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
                ("monitor.sources.feeds", "WARNING", m) for m in logged]
    assert any("not well-formed" in w for w in parse_feed(BOZO, FEED_URL).warnings)


def test_parser_pool_raises_what_parse_feed_raises(parser_pool: feeds.ParserPool) -> None:
    with pytest.raises(FeedError) as here:
        parse_feed(HTML, FEED_URL)
    with pytest.raises(FeedError) as there:
        parser_pool(HTML, FEED_URL, "text/html")
    assert str(there.value) == str(here.value) and there.value.url == FEED_URL


def test_parser_pool_goes_on_in_the_caller_when_a_worker_dies(
    parser_pool: feeds.ParserPool, caplog: pytest.LogCaptureFixture
) -> None:
    assert parser_pool(RSS, FEED_URL, None).entries
    first, second = (process for process, _ in parser_pool._workers)
    first.kill()
    first.join(5)
    for _ in range(3):  # the other worker parses
        assert parser_pool(ATOM, FEED_URL, None) == parse_feed(ATOM, FEED_URL)
    assert "parsing goes on in the others" in caplog.text
    second.kill()
    second.join(5)
    for _ in range(2):  # no worker left: this process parses
        assert parser_pool(RDF, FEED_URL, None) == parse_feed(RDF, FEED_URL)
    assert "parsing in this process from now on" in caplog.text


def test_parser_pool_from_many_threads(parser_pool: feeds.ParserPool) -> None:
    from concurrent.futures import ThreadPoolExecutor

    bodies = [RSS, ATOM, RDF, JSON_FEED, BOZO] * 20
    with ThreadPoolExecutor(8) as threads:
        parsed = list(threads.map(lambda body: parser_pool(body, FEED_URL, None), bodies))
    assert parsed == [parse_feed(body, FEED_URL) for body in bodies]


def test_poll_uses_the_given_parser(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, FEED_URL, body=RSS, content_type="application/rss+xml")
    calls: list[tuple[bytes, str, str | None]] = []

    def parser(body: bytes, url: str, content_type: str | None) -> feeds.ParsedFeed:
        calls.append((body, url, content_type))
        return parse_feed(body, url, content_type=content_type)

    result = poll(fetcher, FEED_URL, parser=parser)
    assert calls == [(RSS, FEED_URL, "application/rss+xml")]
    assert [e.key for e in result.entries] == ["news-1", "https://news.test/a/2"]


MARKUP_TITLES = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Tom &amp;amp; Jerry</title>
<item><title>Seoul &lt;b&gt;weighs&lt;/b&gt;
  arms</title><link>https://news.test/m/1</link><guid isPermaLink="false">m-1?x=1&amp;para=2</guid></item>
<item><title>&lt;script&gt;alert(1)&lt;/script&gt;</title><link>https://news.test/m/2</link></item>
</channel></rss>"""

ATOM_HTML_TITLE = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &lt;i&gt;Test&lt;/i&gt; &amp;amp; more</title>
  <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Kyiv <em>asks</em> again</div></title>
    <link href="https://atom.test/x/1"/><id>urn:x:1</id><updated>2025-06-09T10:00:00Z</updated></entry>
</feed>"""


def test_titles_are_plain_text_and_ids_stay_as_given() -> None:
    feed = parse_feed(MARKUP_TITLES, FEED_URL, content_type="application/rss+xml")
    assert feed.title == "Tom & Jerry"
    first, second = feed.entries
    assert first.title == "Seoul weighs arms"
    assert first.key == "m-1?x=1&para=2"  # an entity-like id is not unescaped: keys must not change
    assert second.title == "alert(1)"  # markup never reaches the store or the dashboard
    atom = parse_feed(ATOM_HTML_TITLE, "https://atom.test/feed")
    assert atom.title == "Atom Test & more"
    assert atom.entries[0].title == "Kyiv asks again"
