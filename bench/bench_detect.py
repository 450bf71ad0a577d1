"""Detector throughput, and how it compares with trafilatura's extraction of the same articles.

    python bench/bench_detect.py [--runs 5] [--min-sentences 10000]

Builds a corpus of at least `--min-sentences` sentences by recombining the paragraphs of
the labelled corpora and seeds, reads it with every shipped stance on one core (median of
several runs) and on a news-like mix where one sentence in four mentions the object,
then wraps the same articles as simple HTML pages with menus, related links
and a footer and times trafilatura on them. Prints sentences per second, milliseconds per
article for both, and the ratio. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.detect import load_stances, read  # noqa: E402
from monitor.detect.sentences import split_sentences  # noqa: E402
from monitor.detect.tagging import matcher_for, may_anchor, tokens_of  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "corpus", ROOT / "seeds"]
PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a>
| <a href="/defence">Defence</a> | <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{paragraphs}
</article>
<aside><h2>Related Articles</h2><ul>{related}</ul></aside></main>
<footer><p>© 2025 Example News. All rights reserved.</p><p>Sign up for our newsletter.</p>
<a href="#top">Back to top</a></footer></body></html>"""


def paragraphs() -> list[str]:
    """Every body paragraph of the corpora, title lines left out."""
    found: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            lines = path.read_text(encoding="utf-8").strip().splitlines()
            body = lines[2:] if len(lines) >= 3 and not lines[1].strip() else lines
            found += [line.strip() for line in body if len(line.split()) > 6]
    if not found:
        raise SystemExit("no corpus text found: run from the repository with ../shared beside it")
    return found


def build_articles(pool: list[str], min_sentences: int, seed: int = 0) -> list[tuple[str, str]]:
    """Articles of 3 to 8 recombined paragraphs, until the corpus has `min_sentences` sentences."""
    rng = random.Random(seed)
    articles: list[tuple[str, str]] = []
    count = 0
    while count < min_sentences:
        body = "\n\n".join(rng.sample(pool, rng.randint(3, min(8, len(pool)))))
        title = body.split(".")[0][:80]
        articles.append((title, body))
        count += len(split_sentences(body))
    return articles


def news_mix(pool: list[str], matcher, min_sentences: int, share: float = 0.25, seed: int = 1
             ) -> list[tuple[str, str]]:
    """Articles of 20 corpus sentences in which only `share` mention the object, as in real news."""
    sentences = [s.text for p in pool for s in split_sentences(p)]
    mentioning = [s for s in sentences if may_anchor(tokens_of(s), matcher)]
    other = [s for s in sentences if not may_anchor(tokens_of(s), matcher)]
    rng = random.Random(seed)
    articles = []
    per, total = 20, 0
    while total < min_sentences:
        k = round(per * share)
        chosen = rng.choices(mentioning, k=k) + rng.choices(other, k=per - k)
        rng.shuffle(chosen)
        articles.append(("mix", "\n\n".join(chosen)))
        total += per
    return articles


def time_detector(articles: list[tuple[str, str]], stances: list, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.process_time()
        for _, body in articles:
            for stance in stances:
                read(body, stance)
        timings.append(time.process_time() - start)
    return timings


def time_trafilatura(articles: list[tuple[str, str]], runs: int) -> list[float]:
    import trafilatura

    pages = []
    for index, (title, body) in enumerate(articles):
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        related = "".join(f'<li><a href="/story/{index}-{k}">Other story {k} about the war</a></li>' for k in range(5))
        pages.append(PAGE.format(title=html.escape(title), paragraphs=paras, related=related))
    timings = []
    for _ in range(runs):
        start = time.process_time()
        for page in pages:
            trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
        timings.append(time.process_time() - start)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--min-sentences", type=int, default=10_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    stances = load_stances(ROOT / "config" / "stances")
    articles = build_articles(paragraphs(), args.min_sentences)
    sentences = sum(len(split_sentences(body)) for _, body in articles)
    for _, body in articles[:20]:
        for stance in stances:
            read(body, stance)  # warm-up: compile each stance's patterns once

    matcher = matcher_for(stances[0])
    share = sum(may_anchor(tokens_of(s.text), matcher) for _, b in articles for s in split_sentences(b)) / sentences
    one = time_detector(articles, stances[:1], args.runs)
    every = time_detector(articles, stances, args.runs)
    mix = news_mix(paragraphs(), matcher, args.min_sentences)
    mix_sentences = sum(len(split_sentences(body)) for _, body in mix)
    mixed = time_detector(mix, stances[:1], args.runs)
    extraction = time_trafilatura(articles, max(1, args.runs // 2))
    n = len(articles)
    one_s, every_s, extract_s = statistics.median(one), statistics.median(every), statistics.median(extraction)
    print(f"corpus: {n} articles, {sentences} sentences, {share:.0%} of them mention the object "
          f"(median of {args.runs} runs, one core, CPU time)")
    print(f"detector, 1 stance ({stances[0].id}): {sentences / one_s:,.0f} sentences/s, "
          f"{1000 * one_s / n:.3f} ms/article")
    print(f"detector, {len(stances)} stances: {sentences * len(stances) / every_s:,.0f} sentence-readings/s, "
          f"{1000 * every_s / n:.3f} ms/article")
    print(f"detector, 1 stance, news mix (25% mention the object): "
          f"{mix_sentences / statistics.median(mixed):,.0f} sentences/s")
    print(f"trafilatura extract: {1000 * extract_s / n:.3f} ms/article")
    print(f"ratio trafilatura / detector (1 stance): {extract_s / one_s:.1f}x "
          f"(all stances: {extract_s / every_s:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
