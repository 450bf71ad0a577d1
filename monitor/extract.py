"""Page → article: title, body text, publication date and canonical URL.

HTML goes through trafilatura, which drops menus, "most read" lists, related links and
footers, so page boilerplate never reaches the detector. Plain text files are a title
line, a blank line, then the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from monitor.errors import InputError


@dataclass(frozen=True)
class Extracted:
    title: str | None
    text: str
    published: datetime | None
    url: str | None  # the page's own canonical URL, when it declares one


def extract_html(html: str | bytes, *, url: str | None = None, name: str = "page") -> Extracted:
    """Extract the article of an HTML page; `name` (file or URL) goes into error messages."""
    import trafilatura  # heavy import, only paid by the stages that extract

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise InputError(f"{name}: no article text found in the HTML page")
    title = _clean(document.title)
    return Extracted(
        title=title,
        text=_without_headline(text, title),
        published=_parse_date(document.date),
        url=_clean(document.url),
    )


def extract_text(content: str, *, name: str = "text") -> Extracted:
    """A .txt article: title line, blank line, body; without the blank line it is all body."""
    lines = content.strip().splitlines()
    if not lines:
        raise InputError(f"{name}: the file is empty")
    if len(lines) >= 3 and not lines[1].strip():
        title, body = lines[0].strip(), "\n".join(lines[2:]).strip()
    else:
        title, body = None, "\n".join(lines).strip()
    if not body:
        raise InputError(f"{name}: a title but no body")
    return Extracted(title=title, text=body, published=None, url=None)


def _without_headline(text: str, title: str | None) -> str:
    """trafilatura keeps the <h1> as the first line; the body, as in .txt files, starts after it."""
    first, _, rest = text.partition("\n")
    return rest.strip() if title and rest.strip() and first.strip() == title else text


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _parse_date(value: str | None) -> datetime | None:
    """trafilatura returns YYYY-MM-DD; midnight UTC keeps ordering stable."""
    if not value or not _ISO_DATE.match(value):
        return None
    parsed = date.fromisoformat(value[:10])
    return datetime(parsed.year, parsed.month, parsed.day, tzinfo=timezone.utc)
