from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.errors import InputError
from monitor.extract import extract_html, extract_text

DATA = Path(__file__).parent / "data"


def test_html_keeps_the_article_and_drops_the_boilerplate() -> None:
    page = (DATA / "article-with-boilerplate.html").read_bytes()
    extracted = extract_html(page, url="https://news.example/x")
    assert extracted.title == "Seoul approves arms for Ukraine after security meeting"
    assert extracted.text.startswith("South Korea's National Security Council on Friday approved")
    assert "first deliveries will be air-defence missiles" in extracted.text
    for boilerplate in ("Most read", "rules out arming", "no plan to provide", "Privacy", "World", "All rights reserved"):
        assert boilerplate not in extracted.text
    assert extracted.published == datetime(2025, 2, 14, tzinfo=timezone.utc)
    assert extracted.url == "https://news.example/seoul-approves-arms"


def test_html_without_an_article_is_an_error_naming_the_page() -> None:
    with pytest.raises(InputError, match="menu.html: no article text"):
        extract_html(b"<html><head><script>var x = 1;</script></head><body></body></html>", name="menu.html")


def test_text_is_title_line_blank_line_body() -> None:
    extracted = extract_text("A title\n\nFirst paragraph.\n\nSecond paragraph.\n")
    assert extracted.title == "A title"
    assert extracted.text == "First paragraph.\n\nSecond paragraph."


def test_text_without_blank_line_is_all_body() -> None:
    extracted = extract_text("South Korea has indicated a shift.\nThis move comes in response.")
    assert extracted.title is None
    assert extracted.text.startswith("South Korea has indicated")


def test_empty_text_is_an_error() -> None:
    with pytest.raises(InputError, match="x.txt: the file is empty"):
        extract_text("  \n\n", name="x.txt")
