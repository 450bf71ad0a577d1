"""Text cut anywhere still reads: feeds truncate summaries mid-sentence, pages carry one-word headings and
dangling commas. Every rule must cope with a sentence that ends early; a failure would be logged and the
sentence skipped, so these tests fail on any error the reader logs."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pytest

from monitor.detect import read
from monitor.detect.sentences import split_sentences
from monitor.extract import extract_html, extract_text

from .stances import CORPUS, all_stances

STANCES = all_stances()
KR = STANCES["kr-arms-ukraine"]


def _cuts(sentence: str) -> list[str]:
    """The sentence, each of its prefixes that ends at a comma, and its first and last words alone."""
    words = sentence.split()
    cuts = [sentence, words[0], " ".join(words[-3:])]
    cuts += [sentence[:i + 1] for i, char in enumerate(sentence) if char == ","]
    return cuts


def _article_sentences(folder: Path) -> list[str]:
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sentences = []
    for row in rows:
        path = folder / row["file"]
        extract = extract_html if path.suffix == ".html" else extract_text
        sentences += [s.text for s in split_sentences(extract(path.read_text(encoding="utf-8"), name=str(path)).text)]
    return sentences


@pytest.mark.parametrize("text", [
    "3. SUBMARINES",
    "Defence Review) - Singapore could reassess its refusal to provide arms to Ukraine if Russia uses weapons of "
    "mass destruction or deliberately targets civilians on a massive scale,",
    "has sent China a list of weapons it wants to buy, including multiple rocket launchers, and Chinese officials "
    "are weighing the request,",
    "Seoul will send shells,",
    ",",
])
def test_cut_text_reads_without_error(text: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="monitor.detect"):
        read(text, KR)
    assert [r.getMessage() for r in caplog.records] == []


def test_every_cut_of_the_corpus_reads_without_error(caplog: pytest.LogCaptureFixture) -> None:
    folders = [CORPUS, CORPUS / "holdout", CORPUS / "holdout406", CORPUS.parents[2] / "shared" / "corpus" / "dev"]
    texts = {cut for folder in folders if folder.is_dir() for sentence in _article_sentences(folder)
             for cut in _cuts(sentence)}
    assert len(texts) > 3000
    with caplog.at_level(logging.ERROR, logger="monitor.detect"):
        for text in texts:
            read(text, KR)
    assert [r.getMessage() for r in caplog.records] == []


def test_a_failing_sentence_loses_only_itself(monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    """A defect in one sentence's rules is logged with the stance and offsets; the others still decide."""
    import monitor.detect.reader as reader

    analyse = reader.analyse_sentence

    def failing(words: str, *args: object) -> object:
        if "Moscow" in words:
            raise IndexError("list index out of range")
        return analyse(words, *args)

    monkeypatch.setattr(reader, "analyse_sentence", failing)
    text = "Moscow said nothing. South Korea has begun delivering 155mm shells to Ukraine, the defence ministry said."
    with caplog.at_level(logging.ERROR, logger="monitor.detect"):
        reading = read(text, KR)
    assert reading.state == "supplies"
    assert [r.levelname for r in caplog.records] == ["ERROR"]
    assert "kr-arms-ukraine: sentence at 0-20 skipped" in caplog.records[0].getMessage()
