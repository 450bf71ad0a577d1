"""The guarded HTTP fetcher: the only place shiftwatch talks HTTP to sources.

Every request goes through `Fetcher.get`, which

* accepts only http(s) URLs and refuses hosts that resolve to loopback, private,
  link-local, unique-local, multicast, reserved, unspecified or cloud-metadata addresses
  (unless allow-listed in `FetchPolicy.allow_hosts`), checking every address a name
  resolves to, on every redirect hop, and once more on the socket actually connected
  (so a DNS answer that changes between our check and the connect is still caught);
* follows redirects itself, one checked hop at a time, and reports whether the chain
  started with permanent redirects (301/308) so the caller can update a stored URL;
* streams the body and stops at `FetchLimits.max_bytes` of *decoded* bytes, so a small
  gzip bomb cannot expand in memory;
* checks the content type against what the caller accepts, sniffing the body when the
  server sends no type, a generic one, or text/html;
* maps every failure to one `FetchError` subclass whose message names the URL.

Two transports carry the requests, with the same checks (see "transports" below):
requests (the default, what `responses` mocks) and http.client directly ("direct", what
the daemon and `poll --once` use: a 304 costs a fraction of the CPU).
"""

from __future__ import annotations

import email.utils
import fnmatch
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from http.cookiejar import DefaultCookiePolicy
from importlib import metadata
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from monitor.errors import FetchError

if TYPE_CHECKING:  # requests and urllib3 are imported when a Fetcher is built on them (transport="requests")
    import requests
    from urllib3.connectionpool import HTTPConnectionPool

__all__ = [
    "DEFAULT_USER_AGENT",
    "BlockedAddress",
    "ConnectionFailed",
    "ContentError",
    "FetchLimits",
    "FetchPolicy",
    "FetchResult",
    "FetchTimeout",
    "Fetcher",
    "Gone",
    "HTTPStatusError",
    "InvalidURL",
    "RedirectError",
    "RedirectLoop",
    "TooLarge",
    "TooManyRedirects",
    "address_problem",
    "parse_retry_after",
    "sniff_media_type",
]

log = logging.getLogger(__name__)

IP = ipaddress.IPv4Address | ipaddress.IPv6Address


def _version() -> str:
    try:
        return metadata.version("shiftwatch")
    except metadata.PackageNotFoundError:
        return "dev"


DEFAULT_USER_AGENT = f"shiftwatch/{_version()} (+https://github.com/shiftwatch/shiftwatch)"

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_STATUSES = frozenset({301, 308})
#: Declared types that say nothing reliable about the body: decide by sniffing it.
#: text/html is here because some feeds are served as text/html; an actual HTML page is
#: still refused when the caller does not accept text/html.
SNIFFED_TYPES = frozenset(
    {
        "",
        "text/plain",
        "text/html",
        "application/octet-stream",
        "binary/octet-stream",
        "application/x-unknown",
        "application/unknown",
    }
)


# --------------------------------------------------------------------------- errors


class _URLProblem(FetchError):
    """A fetch error about one URL; `str()` is "<url>: <problem>"."""

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"{url}: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:  # keep picklable across process pools
        return (type(self), (self.url, self.problem))


class InvalidURL(_URLProblem):
    """The URL is malformed or uses a scheme other than http/https."""


class BlockedAddress(_URLProblem):
    """The host resolves to (or connected to) an address the policy refuses."""


class ConnectionFailed(_URLProblem):
    """DNS, TCP, TLS or the connection broke before a complete response arrived."""


class FetchTimeout(_URLProblem):
    """Connecting, waiting for a response, or the whole fetch took too long."""


class TooLarge(_URLProblem):
    """The body (after decompression) is larger than `FetchLimits.max_bytes`."""


class ContentError(_URLProblem):
    """The body is not of an accepted type (e.g. an HTML page where a feed was expected)
    or cannot be decoded (broken gzip)."""


class RedirectError(_URLProblem):
    """The redirect chain cannot be followed."""


class RedirectLoop(RedirectError):
    """A redirect leads back to a URL already visited in this chain."""


class TooManyRedirects(RedirectError):
    """More redirects than `FetchLimits.max_redirects`."""


class HTTPStatusError(_URLProblem):
    """A final response with a status that is neither 2xx nor 304."""

    def __init__(self, url: str, status: int, *, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        problem = f"HTTP {status} {reason}".rstrip()
        if retry_after is not None:
            problem += f" (Retry-After {retry_after:g} s)"
        super().__init__(url, problem)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_status_error, (type(self), self.url, self.status, self.retry_after))


class Gone(HTTPStatusError):
    """HTTP 410: the source says the resource will not come back; stop polling it."""


def _rebuild_status_error(
    cls: type[HTTPStatusError], url: str, status: int, retry_after: float | None
) -> HTTPStatusError:
    return cls(url, status, retry_after=retry_after)


# --------------------------------------------------------------------------- policy

_METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
        "fd00:ec2::254",  # AWS IPv6
    )
)
# Ranges that ipaddress does not flag (or flags as global) in some Python versions.
_EXTRA_BLOCKED: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("100.64.0.0/10", "shared (carrier-grade NAT)"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("64:ff9b::/96", "NAT64"),
        ("64:ff9b:1::/48", "local NAT64"),
        ("fc00::/7", "unique-local"),
    )
)


def address_problem(ip: IP) -> str | None:
    """Why `ip` must not be fetched by default ("loopback", …), or None if it is public."""
    if ip in _METADATA_ADDRESSES:
        return "cloud metadata"
    if isinstance(ip, ipaddress.IPv6Address):
        # Addresses that embed an IPv4 address are judged by that address.
        if ip.ipv4_mapped is not None:
            return address_problem(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            inner = address_problem(ip.sixtofour)
            if inner:
                return f"6to4-embedded {inner}"
        if ip.teredo is not None:
            inner = address_problem(ip.teredo[1])
            if inner:
                return f"Teredo-embedded {inner}"
        if ip.is_site_local:
            return "site-local"
    for flag, name in (
        ("is_unspecified", "unspecified"),
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
    ):
        if getattr(ip, flag):
            return name
    for net, why in _EXTRA_BLOCKED:
        if ip.version == net.version and ip in net:
            return why
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "non-global"
    return None


def _parse_ip(text: str) -> IP | None:
    try:
        return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


@dataclass(frozen=True)
class FetchPolicy:
    """What may be fetched.

    `allow_hosts` lists hostnames (exact, case-insensitive; trusted whatever they resolve
    to) and IP addresses or CIDR networks (trusted wherever they appear) that may be
    fetched even though they are private, loopback, … Tests and local feeds need it;
    production usually leaves it empty.
    """

    allow_hosts: tuple[str, ...] = ()
    schemes: frozenset[str] = frozenset({"http", "https"})
    user_agent: str = DEFAULT_USER_AGENT
    _hostnames: frozenset[str] = field(init=False, repr=False, compare=False)
    _networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        allow = tuple(self.allow_hosts)
        schemes = frozenset(s.lower() for s in self.schemes)
        if not schemes or not schemes <= {"http", "https"}:
            raise ValueError(f"FetchPolicy.schemes must be a subset of http, https: {sorted(schemes)}")
        names: set[str] = set()
        networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allow:
            text = entry.strip().lower()
            try:
                networks.append(ipaddress.ip_network(text.strip("[]"), strict=False))
            except ValueError:
                if not text or "/" in text or ":" in text:
                    raise ValueError(
                        f"FetchPolicy.allow_hosts: {entry!r} is neither a hostname nor an IP/CIDR"
                    ) from None
                names.add(text.rstrip("."))
        object.__setattr__(self, "allow_hosts", allow)
        object.__setattr__(self, "schemes", schemes)
        object.__setattr__(self, "_hostnames", frozenset(names))
        object.__setattr__(self, "_networks", tuple(networks))

    def hostname_allowed(self, host: str) -> bool:
        """True when `host` is allow-listed by name (its addresses are then not checked)."""
        return host.lower().rstrip(".") in self._hostnames

    def address_refusal(self, ip: IP) -> str | None:
        """Why the policy refuses `ip`, or None when it may be fetched."""
        plain = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip
        if any(plain.version == net.version and plain in net for net in self._networks):
            return None
        return address_problem(ip)


@dataclass(frozen=True)
class FetchLimits:
    """Timeouts (seconds) and sizes; every fetch is bounded by all of them."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # per socket read, as in requests
    total_timeout: float = 60.0  # the whole get(), all hops; checked between body chunks
    max_bytes: int = 5 * 1024 * 1024  # decoded body size
    max_redirects: int = 5
    pool_hosts: int = 256  # hosts whose idle connections are kept
    pool_per_host: int = 8  # idle connections kept per host
    chunk_size: int = 64 * 1024

    def __post_init__(self) -> None:
        for name in (
            "connect_timeout",
            "read_timeout",
            "total_timeout",
            "max_bytes",
            "pool_hosts",
            "pool_per_host",
            "chunk_size",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchLimits.{name} must be positive, got {getattr(self, name)!r}")
        if self.max_redirects < 0:
            raise ValueError(f"FetchLimits.max_redirects must be >= 0, got {self.max_redirects!r}")


@dataclass(frozen=True)
class FetchResult:
    """One successful fetch (2xx) or a 304. Header values are raw strings or None."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int
    body: bytes  # decoded (no Content-Encoding); b"" for 304
    content_type: str | None
    etag: str | None
    last_modified: str | None
    retry_after: float | None
    permanent_redirect: str | None  # where the leading run of 301/308 hops ended
    redirects: tuple[str, ...]  # URLs that answered with a redirect, in order
    elapsed: float  # seconds, all hops

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        return _media_type(self.content_type)


# --------------------------------------------------------------------------- helpers


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _accepted(media_type: str, accept: Iterable[str]) -> bool:
    return bool(media_type) and any(fnmatch.fnmatchcase(media_type, p.lower()) for p in accept)


_TAG = re.compile(r"<([A-Za-z_][\w:.-]*)")
_HTML_ROOTS = frozenset(
    {
        "html",
        "head",
        "body",
        "div",
        "p",
        "script",
        "meta",
        "title",
        "table",
        "span",
        "a",
        "br",
        "link",
        "style",
    }
)
_XML_ROOTS = {"rss": "application/rss+xml", "rdf": "application/rdf+xml", "feed": "application/atom+xml"}


def sniff_media_type(body: bytes) -> str | None:
    """Guess the media type from the first bytes: an XML/feed root element, an HTML page,
    or JSON. None when nothing is recognisable."""
    head = body[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "application/json"
    while text.startswith("<"):
        if text.startswith("<?"):
            end, skip = text.find("?>"), 2
        elif text.startswith("<!--"):
            end, skip = text.find("-->"), 3
        elif text[:9].lower() == "<!doctype":
            end, skip = text.find(">"), 1
            if "html" in text[: end if end >= 0 else 200].lower():
                return "text/html"
        else:
            match = _TAG.match(text)
            if not match:
                return None
            local = match.group(1).lower().rsplit(":", 1)[-1]
            if local in _HTML_ROOTS:
                return "text/html"
            return _XML_ROOTS.get(local, "application/xml")
        if end < 0:
            return None
        text = text[end + skip :].lstrip()
    return None


class _NoCookies(DefaultCookiePolicy):
    """Session-wide jar policy: keep nothing, so feeds never see each other's cookies.
    Cookies live only for one get() call (cookie walls redirect to set them)."""

    def set_ok(self, cookie: Any, request: Any) -> bool:
        return False


# --------------------------------------------------------------------------- connection guard


def _check_peer(policy: FetchPolicy, host: str, sock: socket.socket, scheme: str) -> None:
    """Refuse (and close) a socket connected to an address the policy refuses, right after
    TCP connect, before TLS or any request byte: closes the DNS-rebinding gap between the
    pre-flight resolution and the connect's own."""
    host = host.strip("[]")
    if policy.hostname_allowed(host):
        return
    peer = str(sock.getpeername()[0])
    ip = _parse_ip(peer)
    problem = policy.address_refusal(ip) if ip is not None else "unparsable"
    if problem:
        sock.close()
        raise BlockedAddress(f"{scheme}://{host}", f"connected to {peer}, a {problem} address")


def _guarded_pool_classes(policy: FetchPolicy) -> dict[str, type[HTTPConnectionPool]]:
    """urllib3 pool classes (for requests' adapter) whose connections `_check_peer`."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            _check_peer(policy, self.host or "", sock, "http")
            return sock

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            _check_peer(policy, self.host or "", sock, "https")
            return sock

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}


_ADAPTER_CLASS: type | None = None


def _guarded_adapter(policy: FetchPolicy, **kwargs: Any) -> Any:
    """A requests HTTPAdapter whose connections refuse peers the policy refuses. Its
    urllib3 PoolManager is thread-safe and shared by all threads using the Fetcher.
    (The class is built on first use, so that importing this module does not import
    requests.)"""
    global _ADAPTER_CLASS
    if _ADAPTER_CLASS is None:
        from requests.adapters import HTTPAdapter

        class _GuardedAdapter(HTTPAdapter):
            def __init__(self, policy: FetchPolicy, **kwargs: Any) -> None:
                self._policy = policy
                super().__init__(**kwargs)

            def init_poolmanager(
                self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
            ) -> None:
                super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
                self.poolmanager.pool_classes_by_scheme = _guarded_pool_classes(self._policy)

            def __setstate__(self, state: dict[str, Any]) -> None:  # pragma: no cover - pickling
                self._policy = state.pop("_policy", FetchPolicy())
                super().__setstate__(state)

        _ADAPTER_CLASS = _GuardedAdapter
    return _ADAPTER_CLASS(policy, **kwargs)


# --------------------------------------------------------------------------- transports
#
# A transport sends one GET (no redirects followed) and hands back a `_Reply`; every
# check (URL, addresses, redirects, limits, content types) is `Fetcher`'s and the same
# whichever transport runs. Two transports:
#
# * "requests": a requests.Session with the guarded HTTPAdapter (the default; what
#   `responses` mocks in tests, and what a caller-supplied session plugs into);
# * "direct": http.client keep-alive connections of our own (`_GuardedConnection`), without
#   requests' and urllib3's per-request machinery (settings merging, hooks, header
#   normalisation, retry bookkeeping): a 304 costs a fraction of the CPU, and a feed
#   answering 304 costs little else. The daemon and `poll --once` use it.


class _Reply:
    """One response, whichever transport fetched it."""

    status: int
    headers: Any  # case-insensitive mapping; repeated headers joined with ", "

    def content(self) -> bytes:
        """The body of a 304, which is empty: read so that the connection can be reused."""
        raise NotImplementedError

    def chunks(self, url: str, size: int, read_timeout: float) -> Iterable[bytes]:
        """The decoded body in pieces of at most `size` bytes; FetchErrors for broken bodies."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _RequestsReply(_Reply):
    def __init__(self, response: requests.Response) -> None:
        self.response = response
        self.status = response.status_code
        self.headers = response.headers

    def content(self) -> bytes:
        return self.response.content

    def chunks(self, url: str, size: int, read_timeout: float) -> Iterable[bytes]:
        import requests

        encoded = self.headers.get("Content-Encoding", "identity").strip().lower()
        try:
            # iter_content decodes gzip/deflate incrementally; urllib3 (>= 2.x) bounds each
            # decompression step by chunk_size, so counting here bounds memory too.
            yield from self.response.iter_content(size)
        except requests.exceptions.ContentDecodingError as exc:
            raise ContentError(url, f"cannot decode {encoded} body ({_reason(exc)})") from None
        except requests.exceptions.ConnectionError as exc:
            from urllib3.exceptions import ReadTimeoutError

            # requests reports a read timeout *during streaming* as ConnectionError.
            if exc.args and isinstance(exc.args[0], ReadTimeoutError):
                raise FetchTimeout(url, f"body stalled for {read_timeout:g} s") from None
            raise ConnectionFailed(
                url, f"connection broken while reading the body ({_reason(exc)})"
            ) from None
        except requests.exceptions.RequestException as exc:
            raise ConnectionFailed(
                url, f"connection broken while reading the body ({_reason(exc)})"
            ) from None

    def close(self) -> None:
        self.response.close()


class _RequestsTransport:
    """A requests.Session that is never mutated after construction (no proxies from the
    environment, redirects handled by the Fetcher, session cookies disabled, cookies kept
    per call) with one guarded HTTPAdapter."""

    def __init__(self, limits: FetchLimits, policy: FetchPolicy, session: requests.Session | None) -> None:
        import requests

        self.limits = limits
        self.own_session = session is None
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no HTTP(S)_PROXY (would bypass the address guard), no .netrc
            session.cookies.set_policy(_NoCookies())
        self.session = session
        adapter = _guarded_adapter(
            policy, pool_connections=limits.pool_hosts, pool_maxsize=limits.pool_per_host, max_retries=0
        )
        session.mount("http://", adapter)
        session.mount("https://", adapter)

    def new_jar(self) -> Any:
        from requests.cookies import RequestsCookieJar

        return RequestsCookieJar()

    def send(self, url: str, headers: dict[str, str], jar: Any) -> _Reply:
        import requests
        from urllib3.exceptions import ClosedPoolError

        limits = self.limits
        for attempt in (1, 2):
            try:
                response = self.session.get(
                    url,
                    headers=headers,
                    cookies=jar,
                    stream=True,
                    allow_redirects=False,
                    timeout=(limits.connect_timeout, limits.read_timeout),
                )
                return _RequestsReply(response)
            except BlockedAddress as exc:  # raised by the connection guard
                raise BlockedAddress(url, exc.problem) from None
            except requests.exceptions.ConnectTimeout:
                raise FetchTimeout(url, f"no connection within {limits.connect_timeout:g} s") from None
            except requests.exceptions.ReadTimeout:
                raise FetchTimeout(url, f"no response within {limits.read_timeout:g} s") from None
            except requests.exceptions.SSLError as exc:
                raise ConnectionFailed(url, f"TLS error ({_reason(exc)})") from None
            except requests.exceptions.ConnectionError as exc:
                if attempt == 1 and exc.args and isinstance(exc.args[0], ClosedPoolError):
                    log.debug("%s: connection pool closed under us, retrying once", url)
                    continue
                raise ConnectionFailed(url, f"connection failed ({_reason(exc)})") from None
            except (
                requests.exceptions.InvalidURL,
                requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema,
            ) as exc:
                raise InvalidURL(url, f"malformed URL ({exc})") from None
            except requests.exceptions.RequestException as exc:
                raise ConnectionFailed(url, f"request failed ({_reason(exc)})") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def keep_cookies(self, jar: Any, reply: _Reply, url: str, headers: dict[str, str]) -> Any:
        from requests.cookies import extract_cookies_to_jar

        assert isinstance(reply, _RequestsReply)
        extract_cookies_to_jar(jar, reply.response.request, reply.response.raw)
        return jar

    def close(self) -> None:
        if self.own_session:
            self.session.close()


_Key = tuple[str, str, int | None]  # scheme, host, port: one pool of idle connections


class _DirectReply(_Reply):
    def __init__(self, response: http.client.HTTPResponse, conn: _GuardedConnection, key: _Key,
                 transport: _DirectTransport) -> None:
        self.response = response
        self.status = response.status
        self.headers = _Headers(response.msg)
        self.conn, self.key, self.transport = conn, key, transport

    def content(self) -> bytes:
        return self.response.read()

    def chunks(self, url: str, size: int, read_timeout: float) -> Iterable[bytes]:
        encodings = _content_codings(self.headers.get("Content-Encoding"))
        pieces = self._raw(url, size, read_timeout)
        for coding in reversed(encodings):  # the last coding listed was applied last
            pieces = _inflate(pieces, coding, size, url)
        yield from pieces

    def _raw(self, url: str, size: int, read_timeout: float) -> Iterator[bytes]:
        response = self.response
        try:
            while True:
                data = response.read(size)
                if not data:
                    break
                yield data
        except TimeoutError:
            raise FetchTimeout(url, f"body stalled for {read_timeout:g} s") from None
        except (http.client.HTTPException, OSError) as exc:  # OSError includes ssl.SSLError
            raise ConnectionFailed(url, f"connection broken while reading the body ({_reason(exc)})") from None
        if response.length:  # the server closed before Content-Length bytes came
            raise ConnectionFailed(
                url, f"connection broken while reading the body ({response.length} of the declared bytes missing)"
            )

    def close(self) -> None:
        # As requests does: a body read to the end hands the connection back to the pool;
        # one left unread (a redirect, an error) closes it.
        reusable = self.response.isclosed() and not self.response.will_close
        self.response.close()
        if reusable:
            self.transport.give_back(self.key, self.conn)
        else:
            self.conn.close()


class _Headers:
    """A response's headers by case-insensitive name; repeated ones joined with ", "
    (as urllib3 and requests give them)."""

    def __init__(self, message: http.client.HTTPMessage) -> None:
        self.values: dict[str, str] = {}
        for name, value in message.items():
            key = name.lower()
            self.values[key] = f"{self.values[key]}, {value}" if key in self.values else value

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.values.get(name.lower(), default)


def _content_codings(header: str | None) -> list[str]:
    """The codings of Content-Encoding we decode, in the order listed; none when any is
    unknown (the body is then handed on as sent, as urllib3 does)."""
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    return codings if all(c in _INFLATE_BITS for c in codings) else []


#: zlib window bits per coding: gzip header, zlib header (deflate as RFC 9110 means it).
_INFLATE_BITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def _inflate(pieces: Iterable[bytes], coding: str, size: int, url: str) -> Iterator[bytes]:
    """Decode one content coding, yielding at most `size` bytes at a time, so counting the
    output bounds memory (a small gzip bomb is cut after max_bytes)."""
    bits = _INFLATE_BITS[coding]
    decoder = zlib.decompressobj(bits)
    started = False
    try:
        for data in pieces:
            while data:
                try:
                    out = decoder.decompress(data, size)
                except zlib.error:
                    if coding != "deflate" or started:
                        raise
                    bits = -zlib.MAX_WBITS  # servers that send raw deflate without the zlib header
                    decoder = zlib.decompressobj(bits)
                    out = decoder.decompress(data, size)
                started = True
                if out:
                    yield out
                data = decoder.unconsumed_tail
                if decoder.eof and decoder.unused_data:  # another gzip member follows
                    data = decoder.unused_data
                    decoder = zlib.decompressobj(bits)
        rest = decoder.flush()
        if rest:
            yield rest
    except zlib.error as exc:
        raise ContentError(url, f"cannot decode {coding} body ({exc})") from None


class _GuardedConnection(http.client.HTTPConnection):
    """An HTTP connection that checks the peer address right after TCP connect, before
    TLS or any request byte (closes the DNS-rebinding gap between the pre-flight
    resolution and the connect's own), then waits up to `read_timeout` per read."""

    def __init__(self, host: str, port: int | None, policy: FetchPolicy, limits: FetchLimits) -> None:
        super().__init__(host, port, timeout=limits.connect_timeout)
        self.policy = policy
        self.read_timeout = limits.read_timeout

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), self.timeout)
        _check_peer(self.policy, self.host, sock, "https" if self.default_port == 443 else "http")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(self.read_timeout)
        self.sock = sock


class _GuardedTLSConnection(_GuardedConnection):
    default_port = 443

    def __init__(self, host: str, port: int | None, policy: FetchPolicy, limits: FetchLimits,
                 context: ssl.SSLContext) -> None:
        super().__init__(host, port, policy, limits)
        self.context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self.context.wrap_socket(self.sock, server_hostname=self.host)


#: Errors of a request on an idle pooled connection that the server closed meanwhile:
#: sent again once on a new connection (a GET may be repeated).
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ConnectionAbortedError)
_TARGET_SAFE = "/?&=;:@!$'()*+,%"  # kept in a request target (as urllib3 keeps them); the rest is percent-encoded


class _StaleConnection(Exception):
    """A pooled connection turned out to be closed by the server before our request."""


def _ascii_host(host: str) -> str:
    return host if host.isascii() else host.encode("idna").decode("ascii")


class _DirectTransport:
    """http.client keep-alive connections with the peer check (`_GuardedConnection`),
    pooled per host: up to `limits.pool_per_host` idle connections for each of the
    `limits.pool_hosts` hosts used last; thread-safe (a connection serves one request at
    a time). No proxies, no retries (but a request on a connection the server has closed
    meanwhile goes out again on a new one), no redirects (the Fetcher follows them),
    certificates checked against certifi's bundle (as requests does). Cookies live only
    for one get() call, as with requests."""

    def __init__(self, limits: FetchLimits, policy: FetchPolicy) -> None:
        self.limits = limits
        self.policy = policy
        self._idle: OrderedDict[_Key, list[_GuardedConnection]] = OrderedDict()
        self._lock = threading.Lock()
        self._context: ssl.SSLContext | None = None

    def new_jar(self) -> Any:
        return None  # made when a response sets a cookie

    def send(self, url: str, headers: dict[str, str], jar: Any) -> _Reply:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        try:
            host = _ascii_host(parts.hostname or "")
            key = (scheme, host, parts.port)
        except (ValueError, UnicodeError) as exc:
            raise InvalidURL(url, f"malformed URL ({exc})") from None
        target = quote(urlunsplit(("", "", parts.path or "/", parts.query, "")), safe=_TARGET_SAFE)
        headers = {**headers, "Connection": "keep-alive"}  # what requests sends too
        if jar:
            cookie = _cookie_header(jar, url, headers)
            if cookie:
                headers["Cookie"] = cookie
        conn = self._take(key)
        if conn is not None:
            try:
                return self._request(conn, key, target, headers, url, pooled=True)
            except _StaleConnection:
                pass
        return self._request(self._connect(key, url), key, target, headers, url, pooled=False)

    def _connect(self, key: _Key, url: str) -> _GuardedConnection:
        scheme, host, port = key
        limits = self.limits
        try:
            conn = (_GuardedTLSConnection(host, port, self.policy, limits, self._tls()) if scheme == "https"
                    else _GuardedConnection(host, port, self.policy, limits))
        except http.client.InvalidURL as exc:
            raise InvalidURL(url, f"malformed URL ({exc})") from None
        try:
            conn.connect()
        except BlockedAddress as exc:  # raised by the connection guard
            raise BlockedAddress(url, exc.problem) from None
        except TimeoutError:
            conn.close()
            raise FetchTimeout(url, f"no connection within {limits.connect_timeout:g} s") from None
        except ssl.SSLError as exc:  # includes certificate errors
            conn.close()
            raise ConnectionFailed(url, f"TLS error ({_reason(exc)})") from None
        except (OSError, UnicodeError) as exc:
            conn.close()
            raise ConnectionFailed(url, f"connection failed ({_reason(exc)})") from None
        return conn

    def _request(self, conn: _GuardedConnection, key: _Key, target: str, headers: dict[str, str], url: str, *,
                 pooled: bool) -> _Reply:
        try:
            conn.request("GET", target, headers=headers)
            response = conn.getresponse()
        except _STALE as exc:
            conn.close()
            if pooled:
                raise _StaleConnection() from None
            raise ConnectionFailed(url, f"connection failed ({_reason(exc)})") from None
        except TimeoutError:
            conn.close()
            raise FetchTimeout(url, f"no response within {self.limits.read_timeout:g} s") from None
        except http.client.InvalidURL as exc:
            conn.close()
            raise InvalidURL(url, f"malformed URL ({exc})") from None
        except ssl.SSLError as exc:
            conn.close()
            raise ConnectionFailed(url, f"TLS error ({_reason(exc)})") from None
        except (http.client.HTTPException, OSError, ValueError) as exc:
            conn.close()
            raise ConnectionFailed(url, f"connection failed ({_reason(exc)})") from None
        return _DirectReply(response, conn, key, self)

    def _take(self, key: _Key) -> _GuardedConnection | None:
        with self._lock:
            idle = self._idle.get(key)
            return idle.pop() if idle else None

    def give_back(self, key: _Key, conn: _GuardedConnection) -> None:
        """Keep an idle connection for the next request to its host (or close it when
        the host has enough); the least recently used host's are closed beyond `pool_hosts`."""
        closing: list[_GuardedConnection] = []
        with self._lock:
            idle = self._idle.setdefault(key, [])
            self._idle.move_to_end(key)
            if len(idle) < self.limits.pool_per_host:
                idle.append(conn)
            else:
                closing.append(conn)
            while len(self._idle) > self.limits.pool_hosts:
                closing.extend(self._idle.popitem(last=False)[1])
        for extra in closing:
            extra.close()

    def _tls(self) -> ssl.SSLContext:
        with self._lock:
            if self._context is None:  # made on first use: loading the CA bundle costs ~20 ms
                import certifi

                context = ssl.create_default_context(cafile=certifi.where())
                context.minimum_version = ssl.TLSVersion.TLSv1_2
                self._context = context
            return self._context

    def keep_cookies(self, jar: Any, reply: _Reply, url: str, headers: dict[str, str]) -> Any:
        assert isinstance(reply, _DirectReply)
        if not reply.headers.get("Set-Cookie") and not reply.headers.get("Set-Cookie2"):
            return jar
        from http.cookiejar import CookieJar

        jar = jar if jar is not None else CookieJar()
        jar.extract_cookies(reply.response, _urllib_request(url, headers))
        return jar

    def close(self) -> None:
        with self._lock:
            idle = [conn for conns in self._idle.values() for conn in conns]
            self._idle.clear()
        for conn in idle:
            conn.close()


def _urllib_request(url: str, headers: dict[str, str]) -> Any:
    import urllib.request

    return urllib.request.Request(url, headers=headers)


def _cookie_header(jar: Any, url: str, headers: dict[str, str]) -> str | None:
    request = _urllib_request(url, headers)
    jar.add_cookie_header(request)
    return request.get_header("Cookie")


# --------------------------------------------------------------------------- fetcher


class Fetcher:
    """Fetch URLs under `limits` and `policy`.

    Thread safety: one Fetcher may be shared by a thread pool. Its transport keeps up to
    `limits.pool_hosts` hosts' idle keep-alive connections for reuse across polls, in a
    thread-safe pool. (With requests, when more hosts than that are in use at once,
    urllib3 may close a pool another thread is about to use (psf/requests#1871); that
    ClosedPoolError is retried once.)

    `transport` is "requests" (the default: one `requests.Session`, which is what
    `responses` mocks and what a caller-supplied `session` plugs into; the guarded adapter
    is mounted on it for http:// and https://) or "direct" (http.client connections of
    our own: the same guard on every connection and the same checks, at a fraction of the
    CPU per request).
    """

    def __init__(
        self,
        limits: FetchLimits | None = None,
        policy: FetchPolicy | None = None,
        session: requests.Session | None = None,
        *,
        transport: str = "requests",
    ) -> None:
        self.limits = limits or FetchLimits()
        self.policy = policy or FetchPolicy()
        self._transport: _RequestsTransport | _DirectTransport
        if transport == "requests":
            self._transport = _RequestsTransport(self.limits, self.policy, session)
        elif transport == "direct":
            if session is not None:
                raise ValueError("a requests session needs transport='requests'")
            self._transport = _DirectTransport(self.limits, self.policy)
        else:
            raise ValueError(f"unknown transport {transport!r} (requests or direct)")
        self.transport = transport

    @property
    def _session(self) -> requests.Session:
        assert isinstance(self._transport, _RequestsTransport), "no requests session with transport='direct'"
        return self._transport.session

    def close(self) -> None:
        """Close pooled connections (not those of a session the caller supplied)."""
        self._transport.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- public

    def get(
        self, url: str, *, accept: tuple[str, ...], etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url`, following up to `max_redirects` checked redirects.

        `accept` lists media types (fnmatch patterns such as "application/*+xml" allowed)
        the caller can use. A 304 returns a result with `not_modified` and no body; other
        non-2xx statuses raise `HTTPStatusError` (`Gone` for 410).
        """
        if not accept:
            raise ValueError("accept must name at least one media type")
        started = time.monotonic()
        deadline = started + self.limits.total_timeout
        requested = url.strip()
        headers = self._headers(accept, etag, last_modified)
        transport = self._transport
        jar = transport.new_jar()
        current = _strip_fragment(requested)
        redirects: list[str] = []
        seen: set[tuple[str, frozenset[tuple[str, str]]]] = set()
        permanent: str | None = None
        still_permanent = True

        while True:
            self._check_url(current)
            seen.add((current, _cookie_state(jar)))
            if time.monotonic() > deadline:
                raise FetchTimeout(current, f"fetch took longer than {self.limits.total_timeout:g} s")
            reply = transport.send(current, headers, jar)
            try:
                jar = transport.keep_cookies(jar, reply, current, headers)
                status = reply.status
                location = reply.headers.get("Location")
                if status in REDIRECT_STATUSES and location:
                    target = self._redirect_target(current, location, redirects, seen, jar)
                    if still_permanent and status in PERMANENT_STATUSES:
                        permanent = target
                    else:
                        still_permanent = False
                    log.debug("%s: HTTP %d redirect to %s", current, status, target)
                    redirects.append(current)
                    current = target
                    continue
                result = self._finish(
                    reply, requested, current, accept, deadline, redirects, permanent, started
                )
            finally:
                reply.close()
            if result.permanent_redirect:
                log.info("%s: moved permanently to %s", requested, result.permanent_redirect)
            return result

    # ----------------------------------------------------------------- steps

    def _headers(
        self, accept: tuple[str, ...], etag: str | None, last_modified: str | None
    ) -> dict[str, str]:
        concrete = [t for t in accept if "*" not in t]
        headers = {
            "User-Agent": self.policy.user_agent,
            "Accept": ", ".join([*concrete, "*/*;q=0.1"]),
            # Only encodings whose decoding both transports bound per read (no brotli/zstd surprises).
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _check_url(self, url: str) -> None:
        """Scheme, host and every resolved address of `url`, before any connection."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise InvalidURL(url, f"malformed URL ({exc})") from None
        scheme = parts.scheme.lower()
        if scheme not in self.policy.schemes:
            allowed = ", ".join(sorted(self.policy.schemes))
            raise InvalidURL(url, f"scheme {scheme or '(none)'!r} is not allowed (only {allowed})")
        host = parts.hostname
        if not host:
            raise InvalidURL(url, "URL has no host")
        if self.policy.hostname_allowed(host):
            return
        for ip in self._resolve(url, host, port or (443 if scheme == "https" else 80)):
            problem = self.policy.address_refusal(ip)
            if problem:
                shown = host if _parse_ip(host) is not None else f"{host} resolves to {ip}, which"
                raise BlockedAddress(
                    url, f"{shown} is a {problem} address; refused (add it to allow_hosts to fetch it)"
                )

    @staticmethod
    def _resolve(url: str, host: str, port: int) -> list[IP]:
        literal = _parse_ip(host)
        if literal is not None:
            return [literal]
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise ConnectionFailed(url, f"cannot resolve host {host!r} ({exc})") from None
        addresses: list[IP] = []
        for info in infos:
            ip = _parse_ip(str(info[4][0]))
            if ip is None:
                raise BlockedAddress(url, f"{host} resolves to unparsable address {info[4][0]!r}")
            if ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise ConnectionFailed(url, f"host {host!r} resolves to no address")
        return addresses

    def _redirect_target(
        self,
        current: str,
        location: str,
        redirects: list[str],
        seen: set[tuple[str, frozenset[tuple[str, str]]]],
        jar: Any,
    ) -> str:
        target = _strip_fragment(urljoin(current, location.strip()))
        if len(redirects) >= self.limits.max_redirects:
            raise TooManyRedirects(
                current, f"more than {self.limits.max_redirects} redirects (next: {target})"
            )
        # Revisiting a URL is a loop unless the hop set new cookies (cookie walls do that).
        if (target, _cookie_state(jar)) in seen:
            chain = " -> ".join([*redirects, current, target])
            raise RedirectLoop(current, f"redirect loop: {chain}")
        return target

    def _finish(
        self,
        reply: _Reply,
        requested: str,
        url: str,
        accept: tuple[str, ...],
        deadline: float,
        redirects: list[str],
        permanent: str | None,
        started: float,
    ) -> FetchResult:
        status = reply.status
        headers = reply.headers
        retry_after = parse_retry_after(headers.get("Retry-After"))
        if status == 304:
            body = reply.content()  # empty; reading it lets close() hand the connection back to the pool
        elif 200 <= status < 300:
            declared = _media_type(headers.get("Content-Type"))
            if not _accepted(declared, accept) and declared not in SNIFFED_TYPES:
                raise ContentError(url, f"served {declared}, expected one of: {', '.join(accept)}")
            body = self._read_body(reply, url, deadline)
            _check_body_type(url, declared, body, accept)
        elif status == 410:
            raise Gone(url, status, retry_after=retry_after)
        else:
            raise HTTPStatusError(url, status, retry_after=retry_after)
        return FetchResult(
            url=url,
            requested_url=requested,
            status=status,
            body=body,
            content_type=headers.get("Content-Type"),
            etag=headers.get("ETag"),
            last_modified=headers.get("Last-Modified"),
            retry_after=retry_after,
            permanent_redirect=permanent,
            redirects=tuple(redirects),
            elapsed=time.monotonic() - started,
        )

    def _read_body(self, reply: _Reply, url: str, deadline: float) -> bytes:
        max_bytes = self.limits.max_bytes
        length = reply.headers.get("Content-Length") or ""
        encoded = (reply.headers.get("Content-Encoding") or "identity").strip().lower()
        if length.isdigit() and int(length) > max_bytes and encoded in ("", "identity"):
            raise TooLarge(url, f"Content-Length {length} exceeds the limit of {max_bytes} bytes")
        chunks: list[bytes] = []
        total = 0
        for chunk in reply.chunks(url, self.limits.chunk_size, self.limits.read_timeout):
            total += len(chunk)
            if total > max_bytes:
                raise TooLarge(url, f"body exceeds the limit of {max_bytes} bytes after decoding")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchTimeout(url, f"fetch took longer than {self.limits.total_timeout:g} s")
        return b"".join(chunks)


def _check_body_type(url: str, declared: str, body: bytes, accept: tuple[str, ...]) -> None:
    sniffed = sniff_media_type(body)
    wanted = ", ".join(accept)
    if _accepted(declared, accept):
        if sniffed == "text/html" and not _accepted("text/html", accept):
            raise ContentError(
                url, f"declared {declared} but the body is an HTML page, expected one of: {wanted}"
            )
        return
    if sniffed is None or not _accepted(sniffed, accept):
        what = "an HTML page" if sniffed == "text/html" else (sniffed or "nothing recognisable")
        raise ContentError(
            url, f"served {declared or 'no content type'} and the body is {what}, expected one of: {wanted}"
        )
    log.debug("%s: served %s, accepted as sniffed %s", url, declared or "no content type", sniffed)


def _strip_fragment(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url  # _check_url reports it
    return urlunsplit(parts._replace(fragment=""))


def _cookie_state(jar: Any) -> frozenset[tuple[str, str]]:
    return frozenset((c.name, c.value or "") for c in jar) if jar is not None else frozenset()


def _reason(exc: BaseException) -> str:
    """The innermost useful message of a requests/urllib3 exception chain."""
    inner: BaseException = exc
    while inner.args and isinstance(inner.args[0], BaseException):
        inner = inner.args[0]
    reason = getattr(inner, "reason", None)
    if isinstance(reason, BaseException):
        inner = reason
    return str(inner) or type(inner).__name__
