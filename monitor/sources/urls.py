"""URL canonicalisation: one spelling per article, so dedupe keys and stored URLs agree.

`canonical_url` is pure (no network, no DNS). It lowercases the scheme and host, drops
default ports, fragments and tracking parameters, sorts the remaining query parameters and
normalises the path, while keeping the parameters that select content (``?id=42``,
``?page=2``) byte for byte.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMS", "TRACKING_PREFIXES", "canonical_url", "is_http_url"]

HTTP_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

#: Query parameters that only say where a click came from; compared case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "cmp",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "smid",
        "smtyp",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "s_cid",
        "vero_id",
        "vero_conv",
        "wickedid",
        "ns_source",
        "ns_mchannel",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "sr_share",
        "guccounter",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "at_link_id",
        "at_link_origin",
        "at_link_type",
        "at_format",
        "at_ptr_name",
        "at_bbc_team",
        "__twitter_impression",
    }
)
#: Prefixes of tracking parameter families (Google Analytics, HubSpot, Piwik, Matomo).
TRACKING_PREFIXES = ("utm_", "hsa_", "pk_", "mtm_", "matomo_")

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


def is_http_url(url: str) -> bool:
    """True when `url` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in HTTP_SCHEMES and bool(parts.hostname)


def canonical_url(url: str) -> str:
    """Return the canonical spelling of an absolute http(s) URL.

    Raises ValueError (naming the URL) for other schemes, relative URLs, URLs without a
    host and unparsable ports, because there is no meaningful canonical form for them.

    >>> canonical_url("HTTPS://Example.COM:443/a/./b/../c?utm_source=rss&b=2&a=1#top")
    'https://example.com/a/c?a=1&b=2'
    """
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port  # raises ValueError on a non-numeric or out-of-range port
    except ValueError as exc:
        raise ValueError(f"{url!r}: not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in HTTP_SCHEMES:
        raise ValueError(f"{url!r}: only http and https URLs have a canonical form")
    if not parts.hostname:
        raise ValueError(f"{url!r}: URL has no host")

    netloc = _netloc(parts.hostname, port, scheme, parts.username, parts.password)
    path = _normalise_path(parts.path)
    query = _normalise_query(parts.query)
    # "#!" fragments are routes on old AJAX sites; every other fragment is in-page.
    fragment = _normalise_escapes(parts.fragment) if parts.fragment.startswith("!") else ""
    return urlunsplit((scheme, netloc, path, query, fragment))


def _netloc(hostname: str, port: int | None, scheme: str, username: str | None, password: str | None) -> str:
    host = _normalise_host(hostname)
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if username is not None:
        userinfo = username if password is None else f"{username}:{password}"
        host = f"{userinfo}@{host}"
    return host


def _normalise_host(hostname: str) -> str:
    # urlsplit already lowercases .hostname; strip the root dot so "a.com." == "a.com".
    host = hostname.rstrip(".")
    if any(ord(ch) > 127 for ch in host):
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass  # keep the Unicode spelling rather than fail on an odd label
    return host


def _normalise_escapes(text: str) -> str:
    """Uppercase percent-escapes and decode the ones that stand for unreserved characters."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"

    return _PERCENT.sub(fix, text)


def _normalise_path(path: str) -> str:
    if not path:
        return "/"
    return _remove_dot_segments(_normalise_escapes(path))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, for absolute paths."""
    out: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def _is_tracking(key: str) -> bool:
    name = key.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _normalise_query(query: str) -> str:
    # Work on the raw "k=v" pieces: decoding and re-encoding would turn "+" into "%20"
    # and change what some servers see. Only the key is decoded, to recognise it.
    kept: list[tuple[str, str]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        raw_key = piece.split("=", 1)[0]
        key = unquote_plus(raw_key)
        if _is_tracking(key):
            continue
        kept.append((key, _normalise_escapes(piece)))
    # Stable sort on the key: repeated keys keep their relative order (it can matter).
    kept.sort(key=lambda item: item[0])
    return "&".join(piece for _, piece in kept)
