"""Realistic synthetic news pages for the benchmarks.

A page is what a news site serves: a ``<head>`` with meta tags, JSON-LD, inline script
and style; a cookie banner, a navigation bar with dozens of links, a breadcrumb; the
article (headline, byline, date, 6-12 paragraphs, a figure, a "read more" box, share
buttons); a "most read" list, related-article teasers, reader comments, a newsletter
box and a footer with dozens more links. About 40 KB, as front-line news pages are
once ads and trackers are left out.

The article paragraphs mix the project's own corpora (seeds, tests/corpus and, when
present, ../shared/corpus/dev: paragraphs about the configured stances, so the detector
has real work) with generic news sentences, about one stance paragraph in three.

Everything is deterministic in the page number, so two runs and two tools see the same
bytes. `revised(n, r)` is revision *r* of page *n*: one paragraph edited per revision,
for the diff stage.
"""

from __future__ import annotations

import csv
import html
import random
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "seeds", ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
START = datetime(2025, 1, 6, 7, 0, tzinfo=timezone.utc)

GENERIC = [
    "The ministry said the talks had been constructive and that officials would meet again next month.",
    "Analysts said the decision reflected growing pressure from allies and from domestic industry.",
    "Opposition lawmakers criticised the government for a lack of transparency over the negotiations.",
    "The central bank left interest rates unchanged on Thursday, citing uncertainty over energy prices.",
    "Shares in regional defence companies rose in early trading before falling back by the close.",
    "A spokesperson declined to comment on the details, saying the discussions were continuing.",
    "The summit is expected to produce a joint statement on trade, climate and regional security.",
    "Officials stressed that no final decision had been taken and that several options remained open.",
    "Local media reported that the foreign minister had cut short a visit abroad to attend the meeting.",
    "The agreement still needs to be ratified by parliament, where the ruling party lacks a majority.",
    "Diplomats said the timing of the announcement was meant to send a message ahead of the summit.",
    "Public opinion remains divided, according to a poll published by a national broadcaster this week.",
    "The government also announced new measures to support small businesses hit by higher costs.",
    "Experts warned that supply chains for ammunition and spare parts remain stretched across Europe.",
    "The talks were overshadowed by a dispute over fishing rights and a long-running trade row.",
    "A senior official told reporters that the country would continue to consult closely with its partners.",
    "Protesters gathered outside the embassy on Saturday, demanding an end to the fighting.",
    "The report, compiled by an independent research institute, was based on satellite imagery and customs data.",
    "Observers noted that the language of the statement was softer than in previous years.",
    "The defence budget for next year is set to rise by more than five percent under the draft plan.",
    "Humanitarian organisations appealed for more funding ahead of the winter months.",
    "The president is due to travel to Europe later this month for a series of bilateral meetings.",
    "Officials said the new rules would take effect at the start of the next fiscal year.",
    "The move drew a sharp response from the neighbouring country's foreign ministry.",
]
SECTIONS = ["World", "Politics", "Business", "Defence", "Asia", "Europe", "Opinion", "Technology", "Science",
            "Climate", "Sport", "Culture", "Health", "Video", "Podcasts", "Newsletters"]
TEASERS = ["Markets edge higher as investors weigh rate outlook", "Parliament passes revised budget after long debate",
           "Storm warning issued for coastal regions", "Tech firms face new scrutiny over data rules",
           "Election campaign enters final week", "Scientists report progress on battery recycling",
           "Rail strike called off after late-night deal", "Football: champions held to a draw at home",
           "Central bank signals patience on rate cuts", "Museum reopens after two-year renovation",
           "Ceasefire talks resume amid cautious optimism", "Exports rise for third month in a row"]


@lru_cache(maxsize=1)
def paragraph_pool() -> tuple[str, ...]:
    """Body paragraphs of the corpora (title lines left out)."""
    found: list[str] = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            lines = path.read_text(encoding="utf-8").strip().splitlines()
            body = lines[2:] if len(lines) >= 3 and not lines[1].strip() else lines
            found += [line.strip() for line in body if len(line.split()) > 6]
    if not found:
        raise SystemExit("bench/pages.py: no corpus text found (seeds/ or tests/corpus/)")
    return tuple(found)


def _paragraphs(rng: random.Random) -> list[str]:
    pool = paragraph_pool()
    out = []
    for _ in range(rng.randint(6, 12)):
        if rng.random() < 0.35:
            out.append(rng.choice(pool))
        else:
            out.append(" ".join(rng.sample(GENERIC, rng.randint(2, 4))))
    return out


def _links(rng: random.Random, count: int, prefix: str) -> str:
    return "".join(f'<li><a href="/{prefix}/{rng.randint(1000, 99999)}">{html.escape(rng.choice(TEASERS))}</a></li>'
                   for _ in range(count))


def article_page(n: int, revision: int = 0, *, url: str | None = None, published: datetime | None = None) -> str:
    """Page number `n` (revision `revision`): about 40 KB of HTML."""
    rng = random.Random(n)
    paragraphs = _paragraphs(rng)
    title = html.escape(paragraphs[0].split(".")[0][:90].strip() or f"Story {n}")
    if revision:
        edit = random.Random(n * 31 + revision)
        for r in range(1, revision + 1):
            i = (n + r) % len(paragraphs)
            paragraphs[i] = paragraphs[i] + " " + edit.choice(GENERIC)
    when = published or START + timedelta(minutes=7 * n)
    url = url or f"https://news.example/world/{n:06d}-story"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    lead = html.escape(paragraphs[0])
    script = "".join(f"window.dataLayer.push({{'event':'view','slot':'ad-{i}','n':{rng.randint(0, 10**6)}}});"
                     for i in range(160))
    style = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}"
                    for i in range(160))
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    sub_nav = _links(rng, 40, "topic")
    comments = "".join(f'<div class="comment"><p class="author">reader{rng.randint(1, 999)}</p>'
                       f'<p>{html.escape(rng.choice(GENERIC))}</p></div>' for _ in range(rng.randint(2, 6)))
    teasers = "".join(f'<div class="teaser"><h3><a href="/news/{rng.randint(1000, 99999)}">{html.escape(t)}</a></h3>'
                      f'<p>{html.escape(rng.choice(GENERIC))}</p></div>' for t in rng.sample(TEASERS, 6))
    footer = _links(rng, 60, "info")
    iso = when.isoformat().replace("+00:00", "Z")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Example News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{lead[:150]}">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="World"><meta name="author" content="Staff Reporter">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",
"datePublished":"{iso}","author":{{"@type":"Person","name":"Staff Reporter"}}}}</script>
<style>{style}</style>
<script>window.dataLayer=window.dataLayer||[];{script}</script>
</head><body>
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience and to show you personalised
advertising. By continuing you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">Example News</a>
<nav class="main-nav"><ul>{nav}</ul></nav><nav class="topics"><ul>{sub_nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a> › <a href="/world/asia">Asia</a></div>
<main><article class="story">
<h1>{title}</h1>
<p class="byline">By Staff Reporter · <time datetime="{iso}">{when:%d %B %Y}</time></p>
<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<figure><img src="/img/{n}.jpg" alt="Officials at a meeting"><figcaption>Officials at the meeting (file photo).
Photo: Agency</figcaption></figure>
<p class="lead">{lead}</p>
{body}
<div class="read-more"><h4>Read more</h4><ul>{_links(rng, 3, "news")}</ul></div>
<p class="tags">Topics: <a href="/t/defence">Defence</a>, <a href="/t/diplomacy">Diplomacy</a></p>
</article>
<section class="comments"><h2>Comments</h2>{comments}</section>
<aside class="most-read"><h2>Most read</h2><ol>{_links(rng, 10, "news")}</ol></aside>
<section class="related"><h2>Related articles</h2>{teasers}</section>
<aside class="newsletter"><h2>Sign up to our morning briefing</h2><p>The day's top stories in your inbox.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
</main>
<footer class="site-footer"><ul>{footer}</ul><p>© 2025 Example News Ltd. All rights reserved. Registered in
England and Wales.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></p>
</footer></body></html>
"""


def write_corpus(folder: Path, count: int, *, revisions: float = 0.2, source_count: int = 20) -> list[Path]:
    """`count` pages under `folder` with a `manifest.csv` (for `shiftwatch replay`).

    A share `revisions` of them are later revisions of earlier pages (same URL, one
    paragraph edited), so the diff stage runs. Returns the files in manifest order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(12345)
    rows, files = [], []
    originals: list[int] = []
    for i in range(count):
        if originals and rng.random() < revisions:
            n = rng.choice(originals)
            revision = 1 + sum(1 for r in rows if r["n"] == n)
        else:
            n, revision = i, 0
            originals.append(n)
        url = f"https://news{n % source_count}.example/world/{n:06d}-story"
        published = START + timedelta(minutes=7 * n, hours=revision)
        path = folder / f"{i:05d}.html"
        path.write_text(article_page(n, revision, url=url, published=published), encoding="utf-8")
        rows.append({"n": n, "file": path.name, "published": published.isoformat().replace("+00:00", "Z"),
                     "source": f"Example News {n % source_count}", "url": url})
        files.append(path)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "published", "source", "url"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return files


if __name__ == "__main__":
    page = article_page(1)
    print(page)
    print(f"<!-- {len(page.encode())} bytes -->")
