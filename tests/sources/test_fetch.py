"""The guarded fetcher: statuses, redirects, limits, address policy, content types.

Most tests mock HTTP with `responses` (no socket is opened, so DNS is faked by patching
socket.getaddrinfo). The last section runs a real http.server on 127.0.0.1 to cover what
a mock cannot: decompression of a real gzip stream, keep-alive reuse, the connect-time
address check and a stalled body.
"""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import pytest
import requests
import responses

from monitor.errors import FetchError
from monitor.sources.fetch import (
    DEFAULT_USER_AGENT,
    BlockedAddress,
    ConnectionFailed,
    ContentError,
    Fetcher,
    FetchLimits,
    FetchPolicy,
    FetchTimeout,
    Gone,
    HTTPStatusError,
    InvalidURL,
    RedirectLoop,
    TooLarge,
    TooManyRedirects,
    address_problem,
    parse_retry_after,
    sniff_media_type,
)

FEED = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    b"<item><title>A</title><link>https://news.test/a</link></item></channel></rss>"
)
HTML = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>hi</p></body></html>"
PUBLIC_IP = "93.184.216.34"

_real_getaddrinfo = socket.getaddrinfo


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Fake resolver: names map to the listed addresses, unknown names to a public one.
    IP literals (the real server tests) go to the real resolver, which needs no DNS."""
    table: dict[str, list[str]] = {}

    def fake(
        host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in table:
            addresses = table[name]
        else:
            try:
                return _real_getaddrinfo(name, port, family, type, proto, flags | socket.AI_NUMERICHOST)
            except socket.gaierror:
                addresses = [PUBLIC_IP]
        result: list[Any] = []
        for address in addresses:
            if ":" in address:
                result.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                result.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return result

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return table


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


@pytest.fixture
def fetcher(dns: dict[str, list[str]]) -> Iterator[Fetcher]:
    with Fetcher(FetchLimits(max_bytes=64 * 1024), FetchPolicy()) as f:
        yield f


def rss(mock: responses.RequestsMock, url: str, **kwargs: Any) -> None:
    mock.add(responses.GET, url, body=RSS, content_type="application/rss+xml", **kwargs)


# --------------------------------------------------------------------------- statuses


def test_200_returns_body_validators_and_identifies_itself(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    rss(
        mock,
        "https://news.test/feed",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"},
    )
    result = fetcher.get("https://news.test/feed", accept=FEED)
    assert result.status == 200 and not result.not_modified
    assert result.body == RSS
    assert result.url == result.requested_url == "https://news.test/feed"
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert result.media_type == "application/rss+xml"
    assert result.permanent_redirect is None and result.redirects == ()
    sent = mock.calls[0].request.headers
    assert sent["User-Agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("shiftwatch/0.1.0 (+https://github.com/shiftwatch/shiftwatch)")
    assert "application/rss+xml" in sent["Accept"]
    assert "If-None-Match" not in sent and "If-Modified-Since" not in sent


def test_304_sends_validators_and_has_no_body(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", status=304, headers={"ETag": '"v2"'})
    result = fetcher.get(
        "https://news.test/feed", accept=FEED, etag='"v1"', last_modified="Wed, 01 Jan 2025 00:00:00 GMT"
    )
    assert result.not_modified and result.status == 304
    assert result.body == b""
    assert result.etag == '"v2"'
    sent = mock.calls[0].request.headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert len(mock.calls) == 1


def test_410_raises_gone(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", status=410)
    with pytest.raises(Gone) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    assert isinstance(info.value, HTTPStatusError) and isinstance(info.value, FetchError)
    assert info.value.status == 410
    assert "https://news.test/feed" in str(info.value) and "410" in str(info.value)


def test_500_raises_status_error_not_gone(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", status=500)
    with pytest.raises(HTTPStatusError) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    assert not isinstance(info.value, Gone)
    assert info.value.status == 500
    assert str(info.value) == "https://news.test/feed: HTTP 500 Internal Server Error"


def test_503_carries_retry_after(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", status=503, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    assert info.value.retry_after == 120.0


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (requests.exceptions.ConnectTimeout("connect timed out"), FetchTimeout),
        (requests.exceptions.ReadTimeout("read timed out"), FetchTimeout),
        (requests.exceptions.ConnectionError("refused"), ConnectionFailed),
        (requests.exceptions.SSLError("bad certificate"), ConnectionFailed),
    ],
)
def test_transport_errors_map_to_fetch_errors(
    fetcher: Fetcher, mock: responses.RequestsMock, raised: Exception, expected: type[FetchError]
) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=raised)
    with pytest.raises(expected) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    assert str(info.value).startswith("https://news.test/feed: ")


# --------------------------------------------------------------------------- redirects


def test_permanent_chain_reports_final_url(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "http://news.test/rss", status=301, headers={"Location": "https://news.test/rss"})
    mock.add(responses.GET, "https://news.test/rss", status=308, headers={"Location": "/feed.xml#frag"})
    rss(mock, "https://news.test/feed.xml")
    result = fetcher.get("http://news.test/rss", accept=FEED)
    assert result.url == "https://news.test/feed.xml"
    assert result.permanent_redirect == "https://news.test/feed.xml"
    assert result.redirects == ("http://news.test/rss", "https://news.test/rss")
    assert result.requested_url == "http://news.test/rss"


def test_302_is_not_permanent(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/rss", status=302, headers={"Location": "https://cdn.test/rss"})
    rss(mock, "https://cdn.test/rss")
    result = fetcher.get("https://news.test/rss", accept=FEED)
    assert result.url == "https://cdn.test/rss"
    assert result.permanent_redirect is None


def test_permanent_then_temporary_stops_at_the_permanent_target(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    mock.add(responses.GET, "https://a.test/rss", status=301, headers={"Location": "https://b.test/rss"})
    mock.add(responses.GET, "https://b.test/rss", status=307, headers={"Location": "https://c.test/rss"})
    rss(mock, "https://c.test/rss")
    result = fetcher.get("https://a.test/rss", accept=FEED)
    assert result.url == "https://c.test/rss"
    assert result.permanent_redirect == "https://b.test/rss"


def test_conditional_headers_follow_redirects(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://a.test/rss", status=301, headers={"Location": "https://b.test/rss"})
    mock.add(responses.GET, "https://b.test/rss", status=304)
    result = fetcher.get("https://a.test/rss", accept=FEED, etag='"x"')
    assert result.not_modified and result.permanent_redirect == "https://b.test/rss"
    assert mock.calls[1].request.headers["If-None-Match"] == '"x"'


def test_redirect_loop_is_detected(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://a.test/1", status=302, headers={"Location": "https://a.test/2"})
    mock.add(responses.GET, "https://a.test/2", status=302, headers={"Location": "/1"})
    with pytest.raises(RedirectLoop) as info:
        fetcher.get("https://a.test/1", accept=FEED)
    assert "https://a.test/1 -> https://a.test/2 -> https://a.test/1" in str(info.value)
    assert len(mock.calls) == 2


def test_self_redirect_is_a_loop(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://a.test/1", status=301, headers={"Location": "https://a.test/1"})
    with pytest.raises(RedirectLoop):
        fetcher.get("https://a.test/1", accept=FEED)


def _chain(mock: responses.RequestsMock, hops: int) -> None:
    for i in range(hops):
        mock.add(
            responses.GET, f"https://a.test/{i}", status=302, headers={"Location": f"https://a.test/{i + 1}"}
        )
    rss(mock, f"https://a.test/{hops}")


def test_max_redirects_is_allowed(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    _chain(mock, 5)
    assert fetcher.get("https://a.test/0", accept=FEED).url == "https://a.test/5"


def test_too_many_redirects(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    _chain(mock, 6)
    with pytest.raises(TooManyRedirects) as info:
        fetcher.get("https://a.test/0", accept=FEED)
    assert "more than 5 redirects" in str(info.value)
    assert len(mock.calls) == 6  # the 7th URL is never requested


def test_cookie_wall_revisit_is_not_a_loop_and_cookies_do_not_leak(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    def article(request: requests.PreparedRequest) -> tuple[int, dict[str, str], bytes]:
        if "consent=yes" in request.headers.get("Cookie", ""):
            return 200, {"Content-Type": "application/rss+xml"}, RSS
        return 302, {"Location": "https://a.test/consent"}, b""

    mock.add_callback(responses.GET, "https://a.test/feed", callback=article)
    mock.add(
        responses.GET,
        "https://a.test/consent",
        status=302,
        headers={"Location": "https://a.test/feed", "Set-Cookie": "consent=yes; Path=/"},
    )
    assert fetcher.get("https://a.test/feed", accept=FEED).body == RSS
    # The next fetch starts without the cookie: feeds never share cookies across calls.
    with pytest.raises(RedirectLoop):
        mock.replace(
            responses.GET, "https://a.test/consent", status=302, headers={"Location": "https://a.test/feed"}
        )
        fetcher.get("https://a.test/feed", accept=FEED)


# --------------------------------------------------------------------------- size limits


def test_oversize_body_with_content_length_is_refused_before_reading(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    body = b"<rss>" + b"x" * (64 * 1024)
    mock.add(
        responses.GET,
        "https://a.test/big",
        body=body,
        content_type="application/rss+xml",
        auto_calculate_content_length=True,
    )
    with pytest.raises(TooLarge) as info:
        fetcher.get("https://a.test/big", accept=FEED)
    assert "Content-Length" in str(info.value) and str(info.value).startswith("https://a.test/big: ")


def test_oversize_streamed_body_is_cut(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        "https://a.test/big",
        body=b"<rss>" + b"x" * (64 * 1024),
        content_type="application/rss+xml",
    )
    assert "Content-Length" not in mock.registered()[0].get_headers()
    with pytest.raises(TooLarge, match="after decoding"):
        fetcher.get("https://a.test/big", accept=FEED)


def test_body_of_exactly_max_bytes_is_accepted(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    body = RSS + b" " * (64 * 1024 - len(RSS))
    mock.add(responses.GET, "https://a.test/edge", body=body, content_type="application/rss+xml")
    assert len(fetcher.get("https://a.test/edge", accept=FEED).body) == 64 * 1024


def test_gzip_bomb_is_cut_after_decoding(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * (20 * 1024 * 1024))
    assert len(bomb) < 64 * 1024  # small on the wire: only the decoded size can catch it
    mock.add(
        responses.GET,
        "https://a.test/bomb",
        body=bomb,
        content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip", "Content-Length": str(len(bomb))},
    )
    with pytest.raises(TooLarge, match="after decoding"):
        fetcher.get("https://a.test/bomb", accept=FEED)


def test_gzip_body_is_decoded(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        "https://a.test/gz",
        body=gzip.compress(RSS),
        content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip"},
    )
    assert fetcher.get("https://a.test/gz", accept=FEED).body == RSS


def test_deflate_body_is_decoded(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        "https://a.test/df",
        body=zlib.compress(RSS),
        content_type="application/rss+xml",
        headers={"Content-Encoding": "deflate"},
    )
    assert fetcher.get("https://a.test/df", accept=FEED).body == RSS


def test_broken_gzip_is_a_content_error(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(
        responses.GET,
        "https://a.test/gz",
        body=b"this is not gzip at all" * 10,
        content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip"},
    )
    with pytest.raises(ContentError, match="cannot decode gzip"):
        fetcher.get("https://a.test/gz", accept=FEED)


# --------------------------------------------------------------------------- address policy


BLOCKED = [
    ("http://127.0.0.1/feed", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
    ("http://[::1]/feed", "loopback"),
    ("http://10.0.0.1/feed", "private"),
    ("http://[fd00::1]/feed", "unique-local"),
    ("http://[::ffff:127.0.0.1]/feed", "loopback"),
    ("http://0.0.0.0/feed", "unspecified"),
    ("http://224.0.0.1/feed", "multicast"),
]


@pytest.mark.parametrize(("url", "kind"), BLOCKED)
def test_private_addresses_are_refused_before_any_request(
    fetcher: Fetcher, mock: responses.RequestsMock, url: str, kind: str
) -> None:
    mock.add(responses.GET, url, body=RSS, content_type="application/rss+xml")
    with pytest.raises(BlockedAddress) as info:
        fetcher.get(url, accept=FEED)
    assert str(info.value).startswith(url + ": ")
    assert kind in str(info.value)
    assert len(mock.calls) == 0


@pytest.mark.parametrize(
    ("url", "allow"),
    [
        ("http://127.0.0.1/feed", "127.0.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.0.0/16"),
        ("http://[::1]/feed", "::1"),
        ("http://10.0.0.1/feed", "10.0.0.0/8"),
    ],
)
def test_allow_listed_addresses_are_fetched(
    dns: dict[str, list[str]], mock: responses.RequestsMock, url: str, allow: str
) -> None:
    mock.add(responses.GET, url, body=RSS, content_type="application/rss+xml")
    fetcher = Fetcher(FetchLimits(), FetchPolicy(allow_hosts=(allow,)))
    assert fetcher.get(url, accept=FEED).body == RSS


def test_every_resolved_address_is_checked(
    fetcher: Fetcher, dns: dict[str, list[str]], mock: responses.RequestsMock
) -> None:
    dns["mixed.test"] = [PUBLIC_IP, "2606:4700::1111", "10.1.2.3"]
    mock.add(responses.GET, "https://mixed.test/feed", body=RSS, content_type="application/rss+xml")
    with pytest.raises(
        BlockedAddress, match=r"mixed\.test resolves to 10\.1\.2\.3, which is a private address"
    ):
        fetcher.get("https://mixed.test/feed", accept=FEED)
    assert len(mock.calls) == 0


def test_name_resolving_to_ipv6_loopback_is_refused(
    fetcher: Fetcher, dns: dict[str, list[str]], mock: responses.RequestsMock
) -> None:
    dns["six.test"] = ["::1"]
    with pytest.raises(BlockedAddress, match="loopback"):
        fetcher.get("https://six.test/feed", accept=FEED)


def test_hostname_allow_list_trusts_the_name(dns: dict[str, list[str]], mock: responses.RequestsMock) -> None:
    dns["feeds.internal"] = ["10.0.0.5"]
    rss(mock, "http://feeds.internal/rss")
    blocked = Fetcher(policy=FetchPolicy())
    with pytest.raises(BlockedAddress):
        blocked.get("http://feeds.internal/rss", accept=FEED)
    allowed = Fetcher(policy=FetchPolicy(allow_hosts=("Feeds.Internal",)))
    assert allowed.get("http://feeds.internal/rss", accept=FEED).status == 200


def test_redirect_hop_to_metadata_is_refused(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    target = "http://169.254.169.254/latest/meta-data/iam/"
    mock.add(responses.GET, "https://news.test/feed", status=302, headers={"Location": target})
    mock.add(responses.GET, target, body=b"secret", content_type="text/plain")
    with pytest.raises(BlockedAddress) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    assert str(info.value).startswith(target + ": ") and "cloud metadata" in str(info.value)
    assert [c.request.url for c in mock.calls] == ["https://news.test/feed"]


def test_redirect_to_name_resolving_private_is_refused(
    fetcher: Fetcher, dns: dict[str, list[str]], mock: responses.RequestsMock
) -> None:
    dns["intranet.test"] = ["192.168.1.10"]
    mock.add(
        responses.GET, "https://news.test/feed", status=301, headers={"Location": "http://intranet.test/"}
    )
    with pytest.raises(BlockedAddress, match="private"):
        fetcher.get("https://news.test/feed", accept=FEED)
    assert len(mock.calls) == 1


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://news.test/feed.xml",
        "javascript:alert(1)",
        "gopher://news.test/",
        "news.test/feed",
        "http:///nohost",
        "http://a.test:99999/",
    ],
)
def test_non_http_and_malformed_urls_are_refused(
    fetcher: Fetcher, mock: responses.RequestsMock, url: str
) -> None:
    with pytest.raises(InvalidURL) as info:
        fetcher.get(url, accept=FEED)
    assert str(info.value).startswith(url + ": ")
    assert len(mock.calls) == 0


def test_redirect_to_file_scheme_is_refused(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(InvalidURL, match="scheme 'file' is not allowed"):
        fetcher.get("https://news.test/feed", accept=FEED)


def test_unresolvable_host_is_a_connection_failure(fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(ConnectionFailed, match=r"cannot resolve host 'nowhere\.test'"):
        fetcher.get("https://nowhere.test/feed", accept=FEED)


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
        ("127.0.0.2", "loopback"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("172.16.5.4", "private"),
        ("192.168.0.1", "private"),
        ("100.64.0.1", "shared (carrier-grade NAT)"),
        ("fc00::1", "unique-local"),
        ("ff02::1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "private"),  # reserved; ipaddress also marks it private
        ("::", "unspecified"),
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::1", "6to4-embedded loopback"),
        ("64:ff9b::7f00:1", "NAT64"),
        ("fec0::1", "site-local"),
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    import ipaddress

    assert address_problem(ipaddress.ip_address(address)) == problem


def test_policy_rejects_bad_configuration() -> None:
    with pytest.raises(ValueError, match="subset of http, https"):
        FetchPolicy(schemes=frozenset({"ftp"}))
    with pytest.raises(ValueError, match="neither a hostname nor an IP"):
        FetchPolicy(allow_hosts=("10.0.0.0/99",))
    with pytest.raises(ValueError, match="max_bytes"):
        FetchLimits(max_bytes=0)


def test_https_only_policy(dns: dict[str, list[str]], mock: responses.RequestsMock) -> None:
    with pytest.raises(InvalidURL, match="only https"):
        Fetcher(policy=FetchPolicy(schemes=frozenset({"https"}))).get("http://news.test/", accept=FEED)


# --------------------------------------------------------------------------- content types


def test_html_page_where_a_feed_is_expected_is_refused(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=HTML, content_type="text/html; charset=utf-8")
    with pytest.raises(ContentError) as info:
        fetcher.get("https://news.test/feed", accept=FEED)
    message = str(info.value)
    assert (
        message.startswith("https://news.test/feed: ")
        and "HTML page" in message
        and "application/rss+xml" in message
    )


def test_html_body_behind_a_feed_content_type_is_refused(
    fetcher: Fetcher, mock: responses.RequestsMock
) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=HTML, content_type="application/rss+xml")
    with pytest.raises(ContentError, match="declared application/rss\\+xml but the body is an HTML page"):
        fetcher.get("https://news.test/feed", accept=FEED)


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", None, "text/html"])
def test_feed_body_with_vague_content_type_is_sniffed(
    fetcher: Fetcher, mock: responses.RequestsMock, content_type: str | None
) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=RSS, content_type=content_type)
    assert fetcher.get("https://news.test/feed", accept=FEED).body == RSS


def test_html_as_text_plain_is_refused(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=HTML, content_type="text/plain")
    with pytest.raises(ContentError, match="served text/plain and the body is an HTML page"):
        fetcher.get("https://news.test/feed", accept=FEED)


def test_foreign_type_is_refused_without_sniffing(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/feed", body=RSS, content_type="image/png")
    with pytest.raises(ContentError, match="served image/png, expected one of"):
        fetcher.get("https://news.test/feed", accept=FEED)


def test_accept_patterns_and_html_callers(fetcher: Fetcher, mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, "https://news.test/rdf", body=RSS, content_type="application/rdf+xml")
    mock.add(responses.GET, "https://news.test/article", body=HTML, content_type="text/html")
    assert fetcher.get("https://news.test/rdf", accept=("application/*+xml",)).status == 200
    assert fetcher.get("https://news.test/article", accept=("text/html",)).body == HTML
    assert mock.calls[0].request.headers["Accept"] == "*/*;q=0.1"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">', "application/rss+xml"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "application/atom+xml"),
        (b"<rdf:RDF xmlns:rdf='x'>", "application/rdf+xml"),
        ('<?xml version="1.0" encoding="utf-16"?><rss>'.encode("utf-16"), "application/rss+xml"),
        (b"  <!doctype HTML><html>", "text/html"),
        (b"<html lang=en>", "text/html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "text/html"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "application/json"),
        (b"<sitemap>", "application/xml"),
        (b"plain words", None),
        (b"", None),
        (b"<!-- never closed", None),
    ],
)
def test_sniff_media_type(body: bytes, expected: str | None) -> None:
    assert sniff_media_type(body) == expected


# --------------------------------------------------------------------------- retry-after


def test_parse_retry_after() -> None:
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after(format_datetime(now + timedelta(minutes=2), usegmt=True), now=now) == 120.0
    assert parse_retry_after(format_datetime(now - timedelta(minutes=2), usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# --------------------------------------------------------------------------- real server on 127.0.0.1


class _Server:
    """http.server on 127.0.0.1 in a thread; `routes` maps a path to a handler."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[http.server.BaseHTTPRequestHandler], None]] = {}
        self.requests: list[tuple[str, int]] = []  # (path, client port): client port = connection
        self.release = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is observable

            def do_GET(self) -> None:
                server.requests.append((self.path, self.client_address[1]))
                server.routes[self.path](self)

            def log_message(self, *args: Any) -> None:
                pass

        class Quiet(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # the client hanging up mid-body is what several tests do on purpose

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _send(
    handler: http.server.BaseHTTPRequestHandler, body: bytes, headers: dict[str, str] | None = None
) -> None:
    handler.send_response(200)
    for name, value in {
        "Content-Type": "application/rss+xml",
        "Content-Length": str(len(body)),
        **(headers or {}),
    }.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    yield srv
    srv.close()


@pytest.fixture(params=["requests", "direct"])
def transport(request: pytest.FixtureRequest) -> str:
    """Every real-server test runs on both transports: their checks must not differ."""
    return str(request.param)


@pytest.fixture
def local_fetcher(dns: dict[str, list[str]], transport: str) -> Iterator[Fetcher]:
    limits = FetchLimits(connect_timeout=2, read_timeout=0.5, max_bytes=1024 * 1024)
    with Fetcher(limits, FetchPolicy(allow_hosts=("127.0.0.1",)), transport=transport) as f:
        yield f


def test_real_gzip_bomb_is_cut(server: _Server, local_fetcher: Fetcher) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * (64 * 1024 * 1024))
    server.routes["/bomb"] = lambda h: _send(h, bomb, {"Content-Encoding": "gzip"})
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge, match="after decoding"):
            local_fetcher.get(server.url("/bomb"), accept=FEED)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Inflating the bomb would need 64 MB; streaming with a 1 MB limit needs a few.
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes: the body was not decoded in bounded chunks"


def test_real_server_feed_and_keep_alive_reuse(server: _Server, local_fetcher: Fetcher) -> None:
    server.routes["/feed"] = lambda h: _send(h, gzip.compress(RSS), {"Content-Encoding": "gzip"})
    for _ in range(3):
        assert local_fetcher.get(server.url("/feed"), accept=FEED).body == RSS
    assert len(server.requests) == 3
    assert len({port for _, port in server.requests}) == 1  # one pooled connection


def test_loopback_server_is_refused_without_allow_list(
    server: _Server, dns: dict[str, list[str]], transport: str
) -> None:
    server.routes["/feed"] = lambda h: _send(h, RSS)
    with pytest.raises(BlockedAddress, match="loopback"):
        Fetcher(transport=transport).get(server.url("/feed"), accept=FEED)
    assert server.requests == []


def test_connect_time_check_catches_dns_rebinding(
    server: _Server, monkeypatch: pytest.MonkeyPatch, transport: str
) -> None:
    """The pre-flight lookup sees a public address; the connect-time lookup (urllib3's
    own) gets 127.0.0.1. The socket check must refuse before any request is sent."""
    server.routes["/feed"] = lambda h: _send(h, RSS)
    answers = iter([PUBLIC_IP])

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "rebind.test":
            address = next(answers, "127.0.0.1")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return _real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(BlockedAddress) as info:
        Fetcher(transport=transport).get(server.url("/feed", host="rebind.test"), accept=FEED)
    assert "connected to 127.0.0.1, a loopback address" in str(info.value)
    assert str(info.value).startswith(server.url("/feed", host="rebind.test"))
    assert server.requests == []


def test_stalled_body_times_out(server: _Server, local_fetcher: Fetcher) -> None:
    def stall(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"<rss>")
        handler.wfile.flush()
        server.release.wait(5)  # released at teardown

    server.routes["/slow"] = stall
    with pytest.raises(FetchTimeout, match="stalled"):
        local_fetcher.get(server.url("/slow"), accept=FEED)


def test_slow_headers_time_out(server: _Server, local_fetcher: Fetcher) -> None:
    def hang(handler: http.server.BaseHTTPRequestHandler) -> None:
        server.release.wait(5)  # released at teardown

    server.routes["/slow"] = hang
    with pytest.raises(FetchTimeout, match=r"no response within 0\.5 s"):
        local_fetcher.get(server.url("/slow"), accept=FEED)


def test_total_timeout_bounds_a_dribbling_body(server: _Server, dns: dict[str, list[str]], transport: str) -> None:
    def dribble(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()  # no length: read until close
        handler.close_connection = True
        while not server.release.wait(0.05):
            try:
                handler.wfile.write(b" ")
                handler.wfile.flush()
            except OSError:
                return

    server.routes["/drip"] = dribble
    limits = FetchLimits(read_timeout=1, total_timeout=0.4, chunk_size=1)
    fetcher = Fetcher(limits, FetchPolicy(allow_hosts=("127.0.0.1",)), transport=transport)
    with pytest.raises(FetchTimeout, match=r"longer than 0\.4 s"):
        fetcher.get(server.url("/drip"), accept=FEED)


def test_shared_fetcher_from_a_thread_pool(server: _Server, local_fetcher: Fetcher) -> None:
    server.routes.update({f"/f{i}": (lambda h: _send(h, RSS)) for i in range(8)})
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda i: local_fetcher.get(server.url(f"/f{i % 8}"), accept=FEED), range(80))
        )
    assert all(r.body == RSS for r in results)
    assert len(server.requests) == 80
    assert len({port for _, port in server.requests}) <= 8 + 8  # pooled, not one connection per request


# --------------------------------------------------------------------------- both transports, real server
#
# The mocked tests above run on the requests transport (what `responses` patches); these
# run what they check on a real server, on both transports, so "direct" (the daemon's
# and `poll --once`'s) is held to the same behaviour.


def _reply(status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> Callable[[Any], None]:
    def handle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            handler.send_header(name, value)
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    return handle


def test_real_304_sends_validators_and_identifies_itself(server: _Server, local_fetcher: Fetcher) -> None:
    seen: list[dict[str, str]] = []

    def conditional(handler: http.server.BaseHTTPRequestHandler) -> None:
        seen.append(dict(handler.headers.items()))
        _reply(304, {"ETag": '"v2"'})(handler)

    server.routes["/feed"] = conditional
    result = local_fetcher.get(server.url("/feed"), accept=FEED, etag='"v1"', last_modified="Wed, 01 Jan 2025 00:00:00 GMT")
    assert result.not_modified and result.body == b"" and result.etag == '"v2"'
    assert seen[0]["If-None-Match"] == '"v1"'
    assert seen[0]["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert seen[0]["User-Agent"] == DEFAULT_USER_AGENT
    assert seen[0]["Accept-Encoding"] == "gzip, deflate"
    assert seen[0]["Accept"].startswith("application/rss+xml, ")
    assert "Cookie" not in seen[0]
    # the 304 handed its connection back: the next request reuses it
    server.routes["/other"] = lambda h: _send(h, RSS)
    local_fetcher.get(server.url("/other"), accept=FEED)
    assert len({port for _, port in server.requests}) == 1


@pytest.mark.parametrize(("status", "error"), [(410, Gone), (500, HTTPStatusError), (404, HTTPStatusError)])
def test_real_error_statuses(server: _Server, local_fetcher: Fetcher, status: int, error: type[Exception]) -> None:
    server.routes["/feed"] = _reply(status, {"Retry-After": "120"}, b"nope")
    with pytest.raises(error) as info:
        local_fetcher.get(server.url("/feed"), accept=FEED)
    assert isinstance(info.value, HTTPStatusError) and info.value.status == status
    assert info.value.retry_after == 120.0
    assert (type(info.value) is Gone) == (status == 410)


def test_real_redirects_permanent_then_temporary(server: _Server, local_fetcher: Fetcher) -> None:
    server.routes["/a"] = _reply(301, {"Location": "/b"})
    server.routes["/b"] = _reply(308, {"Location": server.url("/c#frag")})
    server.routes["/c"] = _reply(302, {"Location": "/d"})
    server.routes["/d"] = lambda h: _send(h, RSS)
    result = local_fetcher.get(server.url("/a"), accept=FEED)
    assert result.body == RSS and result.url == server.url("/d")
    assert result.permanent_redirect == server.url("/c")
    assert result.redirects == (server.url("/a"), server.url("/b"), server.url("/c"))


def test_real_redirect_loop_and_limit(server: _Server, local_fetcher: Fetcher) -> None:
    server.routes["/1"] = _reply(302, {"Location": "/2"})
    server.routes["/2"] = _reply(302, {"Location": "/1"})
    with pytest.raises(RedirectLoop):
        local_fetcher.get(server.url("/1"), accept=FEED)
    server.routes.update({f"/r{i}": _reply(302, {"Location": f"/r{i + 1}"}) for i in range(10)})
    with pytest.raises(TooManyRedirects):
        local_fetcher.get(server.url("/r0"), accept=FEED)


def test_real_redirect_to_a_refused_address_sends_nothing(
    server: _Server, transport: str, dns: dict[str, list[str]]
) -> None:
    dns["intranet.test"] = ["10.0.0.5"]
    server.routes["/feed"] = _reply(302, {"Location": "http://intranet.test/feed"})
    fetcher = Fetcher(FetchLimits(), FetchPolicy(allow_hosts=("127.0.0.1",)), transport=transport)
    with pytest.raises(BlockedAddress, match="private"):
        fetcher.get(server.url("/feed"), accept=FEED)
    server.routes["/meta"] = _reply(302, {"Location": "http://169.254.169.254/latest"})
    with pytest.raises(BlockedAddress, match="cloud metadata"):
        fetcher.get(server.url("/meta"), accept=FEED)
    server.routes["/file"] = _reply(302, {"Location": "file:///etc/passwd"})
    with pytest.raises(InvalidURL, match="scheme 'file'"):
        fetcher.get(server.url("/file"), accept=FEED)


def test_real_cookie_wall_is_not_a_loop_and_cookies_stay_in_one_call(server: _Server, local_fetcher: Fetcher) -> None:
    cookies: list[str | None] = []

    def feed(handler: http.server.BaseHTTPRequestHandler) -> None:
        cookies.append(handler.headers.get("Cookie"))
        if "consent=yes" in (handler.headers.get("Cookie") or ""):
            _send(handler, RSS)
        else:
            _reply(302, {"Location": "/consent"})(handler)

    server.routes["/feed"] = feed
    server.routes["/consent"] = _reply(302, {"Location": "/feed", "Set-Cookie": "consent=yes; Path=/"})
    assert local_fetcher.get(server.url("/feed"), accept=FEED).body == RSS
    assert cookies == [None, "consent=yes"]
    cookies.clear()
    with pytest.raises(RedirectLoop):  # the next call starts without the cookie
        server.routes["/consent"] = _reply(302, {"Location": "/feed"})
        local_fetcher.get(server.url("/feed"), accept=FEED)
    assert cookies == [None]


def test_real_content_checks(server: _Server, local_fetcher: Fetcher) -> None:
    server.routes["/html"] = lambda h: _send(h, HTML, {"Content-Type": "text/html; charset=utf-8"})
    with pytest.raises(ContentError, match="HTML page"):
        local_fetcher.get(server.url("/html"), accept=FEED)
    server.routes["/pdf"] = lambda h: _send(h, b"%PDF-1.4", {"Content-Type": "application/pdf"})
    with pytest.raises(ContentError, match="served application/pdf"):
        local_fetcher.get(server.url("/pdf"), accept=FEED)
    server.routes["/plain"] = lambda h: _send(h, RSS, {"Content-Type": "text/plain"})
    assert local_fetcher.get(server.url("/plain"), accept=FEED).body == RSS
    server.routes["/deflate"] = lambda h: _send(h, zlib.compress(RSS), {"Content-Encoding": "deflate"})
    assert local_fetcher.get(server.url("/deflate"), accept=FEED).body == RSS
    server.routes["/broken"] = lambda h: _send(h, b"\x1f\x8bnot gzip at all", {"Content-Encoding": "gzip"})
    with pytest.raises(ContentError, match="cannot decode gzip"):
        local_fetcher.get(server.url("/broken"), accept=FEED)
    big = b"<rss>" + b" " * (2 * 1024 * 1024)
    server.routes["/big"] = lambda h: _send(h, big)
    with pytest.raises(TooLarge, match="Content-Length"):
        local_fetcher.get(server.url("/big"), accept=FEED)


def test_real_refused_connection_is_a_connection_failure(transport: str) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fetcher = Fetcher(FetchLimits(connect_timeout=2), FetchPolicy(allow_hosts=("127.0.0.1",)), transport=transport)
    with pytest.raises(ConnectionFailed, match="connection failed"):
        fetcher.get(f"http://127.0.0.1:{port}/feed", accept=FEED)


def test_transport_must_be_known() -> None:
    with pytest.raises(ValueError, match="unknown transport"):
        Fetcher(transport="carrier-pigeon")
    with pytest.raises(ValueError, match="needs transport='requests'"):
        Fetcher(session=requests.Session(), transport="direct")


def test_real_connection_the_server_closed_meanwhile_is_replaced(server: _Server, local_fetcher: Fetcher) -> None:
    def once(handler: http.server.BaseHTTPRequestHandler) -> None:
        _send(handler, RSS)
        handler.close_connection = True  # hangs up without saying so (no Connection: close)

    server.routes["/feed"] = once
    assert local_fetcher.get(server.url("/feed"), accept=FEED).body == RSS
    time.sleep(0.2)  # "meanwhile": the hang-up reaches the client before its next request
    assert local_fetcher.get(server.url("/feed"), accept=FEED).body == RSS
    assert len({port for _, port in server.requests}) == 2


def test_real_truncated_body_is_a_connection_failure(server: _Server, local_fetcher: Fetcher) -> None:
    def truncated(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(RSS) + 100))
        handler.end_headers()
        handler.wfile.write(RSS)
        handler.close_connection = True

    server.routes["/feed"] = truncated
    with pytest.raises(ConnectionFailed, match="connection broken while reading the body"):
        local_fetcher.get(server.url("/feed"), accept=FEED)
