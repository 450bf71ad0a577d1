"""canonical_url: one spelling per article."""

from __future__ import annotations

import pytest

from monitor.sources.urls import canonical_url, is_http_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # scheme and host case, default ports, empty path
        ("HTTP://Example.COM", "http://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:80/a", "https://example.com:80/a"),
        ("http://example.com:8080", "http://example.com:8080/"),
        ("  https://example.com./x  ", "https://example.com/x"),
        # fragments go, except #! routes
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/#!/story/42", "https://example.com/#!/story/42"),
        # tracking parameters go, meaningful ones stay, sorted
        ("https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x", "https://example.com/a"),
        ("https://example.com/a?id=42&fbclid=abc&gclid=def", "https://example.com/a?id=42"),
        (
            "https://example.com/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4&ref=tw&ref_src=twsrc&igshid=5&p=2",
            "https://example.com/a?p=2",
        ),
        ("https://example.com/a?z=1&a=2&m=3", "https://example.com/a?a=2&m=3&z=1"),
        (
            "https://example.com/a?b=2&a=1&b=1",
            "https://example.com/a?a=1&b=2&b=1",
        ),  # repeated keys keep order
        ("https://example.com/a?q=a+b&s=%7euser", "https://example.com/a?q=a+b&s=~user"),
        ("https://example.com/a?x=&&y", "https://example.com/a?x=&y"),
        ("https://example.com/search?reference=1", "https://example.com/search?reference=1"),
        # path normalisation
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/a/%7Euser/%e2%82%ac/%2f", "https://example.com/a/~user/%E2%82%AC/%2F"),
        ("https://example.com/a/", "https://example.com/a/"),  # trailing slash is meaningful
        ("https://example.com/A", "https://example.com/A"),  # paths are case-sensitive
        # hosts
        ("http://[::1]:80/", "http://[::1]/"),
        ("https://BÜCHER.de/", "https://xn--bcher-kva.de/"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    url = "HTTPS://Example.com:443/a/../b?utm_source=x&z=%7e&a=1#frag"
    once = canonical_url(url)
    assert canonical_url(once) == once == "https://example.com/b?a=1&z=~"


def test_variants_of_one_article_collapse() -> None:
    variants = [
        "https://news.example/story/1?utm_source=twitter&utm_medium=social",
        "https://NEWS.example:443/story/1?fbclid=IwAR0",
        "https://news.example/story/1#comments",
        "https://news.example/story/./1",
    ]
    assert {canonical_url(v) for v in variants} == {"https://news.example/story/1"}


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a",
        "javascript:alert(1)",
        "mailto:a@example.com",
        "/relative/path",
        "//example.com/a",
        "http:///nohost",
        "http://example.com:notaport/",
        "file:///etc/passwd",
    ],
)
def test_canonical_url_refuses_what_has_no_canonical_form(url: str) -> None:
    with pytest.raises(ValueError) as info:
        canonical_url(url)
    assert repr(url) in str(info.value)


def test_is_http_url() -> None:
    assert is_http_url("https://example.com/a")
    assert not is_http_url("javascript:alert(1)")
    assert not is_http_url("http://[bad")
