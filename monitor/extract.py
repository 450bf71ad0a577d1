"""Page → article: title, body text, publication date and canonical URL.

HTML goes through trafilatura, which drops menus, "most read" lists, related links and
footers, so page boilerplate never reaches the detector. Plain text files are a title
line, a blank line, then the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from monitor.errors import InputError


@dataclass(frozen=True)
class Extracted:
    title: str | None
    text: str
    published: datetime | None
    url: str | None  # the page's own canonical URL, when it declares one


#: trafilatura's settings for the article body: no reader comments, no tables, precision
#: over recall (a stray teaser paragraph would be read as a claim).
_BODY_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": False, "favor_precision": True}
#: htmldate's settings: the original publication date, from the markup's usual places only.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def extract_html(html: str | bytes, *, url: str | None = None, name: str = "page", date: bool = True) -> Extracted:
    """Extract the article of an HTML page; `name` (file or URL) goes into error messages.

    The page is parsed once. Of trafilatura's metadata only what an `Extracted` holds is
    looked for (title, canonical URL, date), by trafilatura's own functions in its own
    order; author, site name, categories, tags and licence, which nothing here uses and
    which cost a third of the extraction, are skipped; so is the date when the caller has
    one already (`date=False`: a feed entry's timestamp wins over the page's).
    """
    import trafilatura  # heavy import, only paid by the stages that extract
    from trafilatura.utils import load_html

    tree = load_html(html)
    meta = _metadata(tree, url, date=date) if tree is not None else None
    # bare_extraction works on a copy of a tree it is handed, so `tree` stays as parsed
    document = trafilatura.bare_extraction(tree if tree is not None else html, url=url, **_BODY_OPTIONS)
    text = (document.text or "").strip() if document is not None else ""
    if not text or meta is None:
        raise InputError(f"{name}: no article text found in the HTML page")
    title = _clean(meta.title)
    return Extracted(
        title=title,
        text=_without_headline(text, title),
        published=_parse_date(meta.date),
        url=_clean(meta.url),
    )


def _metadata(tree: Any, url: str | None, *, date: bool = True) -> Any:
    """Title, URL and date as `trafilatura.extract_metadata` finds them (same functions,
    same order, same clean-up), without the fields nothing here reads."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - as trafilatura: a bug in its JSON-LD reading is no page error
        pass
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    meta.date = find_date(tree, **_DATE_PARAMS, url=meta.url) if date else None
    for field in ("title", "url", "date"):  # Document.clean_and_trim, on the fields kept
        value = getattr(meta, field)
        if isinstance(value, str):
            setattr(meta, field, _trim(value))
    return meta


def _trim(value: str) -> str:
    from html import unescape

    from trafilatura.utils import line_processing

    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))  # type: ignore[no-any-return]


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
